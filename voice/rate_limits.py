"""Who a rate limit counts against.

On the public channels a family that has started a draft is counted by its draft, not by
its address: a school or library session puts 30 families behind one address, and each
posts about six pages. Starting a draft, and any post without one, is counted by address,
so a flood cannot mint fresh keys for free; and a ceiling on all public posts from one
address together stops a flood spread over many drafts.

Staff sign-in is always counted by address (and by email): a draft must never buy more
password guesses.
"""

from __future__ import annotations

import hashlib

from flask import Flask, current_app, request, session
from flask_limiter.util import get_remote_address

PUBLIC_BLUEPRINTS = frozenset({"survey", "young_people", "practitioner", "webinar"})
DRAFT_PREFIX = "draft:"  # as voice.public_views.draft_session_key writes it


def limit_key() -> str:
    """The limiter's default key: the draft on public pages where there is one, else the address."""
    if request.blueprint in PUBLIC_BLUEPRINTS:
        drafts = sorted(str(value) for name, value in session.items() if name.startswith(DRAFT_PREFIX) and value)
        if drafts:
            digest = hashlib.sha256("|".join(drafts).encode()).hexdigest()[:32]
            return f"draft:{digest}"
    return address_key()


def address_key() -> str:
    return "address:" + (get_remote_address() or "unknown")


def public_address_ceiling() -> str:
    return str(current_app.config["PUBLIC_ADDRESS_POST_RATE_LIMIT"])


_CEILINGS: set[int] = set()


def init_rate_limits(app: Flask) -> None:
    """Add the per-address ceiling to each public blueprint (once, however many apps are made)."""
    from voice.extensions import limiter
    from voice.webinar import bp as webinar_bp

    for blueprint in (*(app.blueprints[name] for name in PUBLIC_BLUEPRINTS if name != "webinar"
                        and name in app.blueprints), webinar_bp):
        # Blueprints live for the process; decorating one twice would count every post twice.
        if blueprint.name in app.blueprints and id(blueprint) not in _CEILINGS:
            _CEILINGS.add(id(blueprint))
            ceiling = limiter.shared_limit(public_address_ceiling, "public-address", key_func=address_key,
                                           methods=["POST"])
            ceiling(blueprint)  # type: ignore[call-overload]
