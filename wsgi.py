import os

from werkzeug.middleware.proxy_fix import ProxyFix

from voice import create_app

app = create_app()

# Behind a load balancer, trust its X-Forwarded-* headers (set VOICE_PROXY_HOPS to the
# number of proxies) so rate limits see each family's address, not the proxy's.
if int(os.environ.get("VOICE_PROXY_HOPS", "0")) > 0:
    hops = int(os.environ["VOICE_PROXY_HOPS"])
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)  # type: ignore[method-assign]
