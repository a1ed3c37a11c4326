"""One runner for every questionnaire: start, pages, check answers, save and return, send.

Each public channel is a blueprint with the same views: its own address (so the links
already given out keep working) and its own audience. Which questions are asked, in
what order and with what words comes from the survey's questionnaire file
(``voice/questionnaires``); the layout (standard GOV.UK or easy-read) too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from flask import Blueprint, Flask


@dataclass(frozen=True)
class Channel:
    blueprint: str
    url_prefix: str
    audience: str


CHANNELS = (
    Channel("survey", "/s/<token>", "parent_carer"),
    Channel("young_people", "/y/<token>", "young_person"),
    Channel("practitioner", "/p/<token>", "practitioner"),
)
CHANNEL_BY_BLUEPRINT = {channel.blueprint: channel for channel in CHANNELS}
START_ENDPOINTS = {channel.audience: f"{channel.blueprint}.start" for channel in CHANNELS}


@cache
def _blueprint(channel: Channel) -> Blueprint:
    """Built once per process, like a module-level blueprint: each app that registers it shares
    its rate limit (building it again would add the limit again)."""
    from voice.rate_limits import COUNTED_IN_VIEW
    from voice.runner import views

    bp = Blueprint(channel.blueprint, __name__, url_prefix=channel.url_prefix)
    # Its public posts are limited by voice.rate_limits.check_public_post, added at app set-up.
    for rule, view, methods in views.ROUTES:
        bp.add_url_rule(rule, view_func=view, methods=methods)
    COUNTED_IN_VIEW.add(f"{channel.blueprint}.{views.check.__name__}")  # see views.check
    rule, endpoint, view, methods = views.VERSIONED_ROUTE
    bp.add_url_rule(rule, endpoint, view_func=view, methods=methods)
    bp.context_processor(views.runner_context)
    return bp


def register_runner(app: Flask) -> None:
    for channel in CHANNELS:
        app.register_blueprint(_blueprint(channel))
