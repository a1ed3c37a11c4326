from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError


def init_error_handlers(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return render_template("errors/csrf.html"), 400

    @app.errorhandler(400)
    def bad_request(error):
        return render_template("errors/400.html"), 400

    @app.errorhandler(404)
    def not_found(error):
        return render_template("errors/404.html"), 404

    @app.errorhandler(405)
    def method_not_allowed(error):
        return render_template("errors/405.html"), 405

    @app.errorhandler(429)
    def too_many(error):
        return render_template("errors/429.html"), 429

    @app.errorhandler(500)
    def server_error(error):
        return render_template("errors/500.html"), 500
