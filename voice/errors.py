"""The app's own error pages: every refusal gets a clear page with the usual security headers."""

from __future__ import annotations

from flask import Flask, render_template
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from voice.security import BAD_INPUT

# Status -> (heading, what to do). Statuses with their own template are handled above these.
_OTHER_PAGES = {
    413: (_l("What you sent is too long"),
          _l("Go back, make your answer shorter and try again. Answers you had already saved are safe.")),
    414: (_l("That web address is too long"),
          _l("Check the link you were given, or go back and try again.")),
    431: (_l("Your browser sent too much information"),
          _l("Clear this site's cookies in your browser, then try the link again.")),
}
_FALLBACK = (_l("Sorry, we could not do that"),
             _l("Go back and try again. Answers you had already saved are safe."))


def init_error_handlers(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return render_template("errors/csrf.html"), 400

    @app.errorhandler(400)
    def bad_request(error):
        if getattr(error, "description", None) == BAD_INPUT:
            return render_template("errors/bad_input.html"), 400
        return render_template("errors/400.html"), 400

    @app.errorhandler(404)
    def not_found(error):
        return render_template("errors/404.html"), 404

    @app.errorhandler(405)
    def method_not_allowed(error):
        return render_template("errors/405.html"), 405, {"Allow": ", ".join(error.valid_methods or ())}

    @app.errorhandler(429)
    def too_many(error):
        return render_template("errors/429.html"), 429

    @app.errorhandler(500)
    def server_error(error):
        return render_template("errors/500.html"), 500

    @app.errorhandler(HTTPException)
    def other_http_error(error: HTTPException):
        """413, 414, 431 and any other refusal: never Werkzeug's bare page."""
        code = error.code or 500
        if code >= 500:
            return render_template("errors/500.html"), code
        heading, advice = _OTHER_PAGES.get(code, _FALLBACK)
        response = error.get_response()
        response.set_data(render_template("errors/other.html", heading=heading, advice=advice))
        response.mimetype = "text/html"
        return response, code
