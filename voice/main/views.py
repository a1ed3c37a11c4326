from flask import render_template

from voice.main import bp


@bp.get("/")
def index():
    return render_template("main/index.html")


@bp.get("/privacy")
def privacy():
    return render_template("main/privacy.html")


@bp.get("/accessibility")
def accessibility():
    return render_template("main/accessibility.html")


@bp.get("/healthz")
def health():
    return {"status": "ok"}
