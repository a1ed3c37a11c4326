from voice import create_app

# Behind a load balancer, set VOICE_PROXY_HOPS (how many proxies) and VOICE_TRUSTED_PROXIES
# (their addresses): create_app then believes X-Forwarded-For only from those peers.
app = create_app()
