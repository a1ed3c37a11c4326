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
import logging
from functools import cache
from typing import Any

from flask import Flask, abort, current_app, request, session
from flask_limiter.util import get_remote_address
from limits import RateLimitItem, parse_many
from limits.storage import RedisStorage, Storage

log = logging.getLogger(__name__)

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


# Every public limit is counted in one Redis round trip: each counter is a fixed window
# (incremented, and given its expiry when new), as Flask-Limiter's fixed-window strategy
# keeps them, but all of a request's counters in one script rather than one call each.
_COUNT_ALL = """
local counts = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('EXPIRE', key, ARGV[i]) end
  counts[i] = count
end
return counts
"""


@cache
def _limits(text: str) -> tuple[RateLimitItem, ...]:
    return tuple(parse_many(text))


_SCRIPTS: dict[int, Any] = {}


def _count_all(storage: Storage, counters: list[tuple[str, RateLimitItem]]) -> list[int]:
    if isinstance(storage, RedisStorage):
        client = storage.storage
        script = _SCRIPTS.get(id(client))
        if script is None:
            script = _SCRIPTS.setdefault(id(client), client.register_script(_COUNT_ALL))
        counts = script(keys=[storage.prefixed_key(key) for key, _ in counters],
                        args=[item.get_expiry() for _, item in counters])
        return [int(count) for count in counts]
    return [storage.incr(key, item.get_expiry()) for key, item in counters]


# Endpoints whose view counts the post itself (``check_public_post(in_view=True)``), once it
# knows the post needs counting: the final submit's usual case stores a draft, which can
# happen once per draft (storing deletes it), and drafts are counted as they are started and
# filled in; so only a final submit that does anything else (an unknown or spent key, a
# missing answer) is counted, like every other public post.
COUNTED_IN_VIEW: set[str] = set()


def check_public_post(*, in_view: bool = False) -> None:
    """Before every POST on a public channel: the draft's (or address's) limit for this
    channel and the address's ceiling over all public channels, counted together in one
    round trip; 429 (a polite page) when any is exceeded. Kept in the limiter's storage, so
    ``limiter.reset()`` clears them. A limiter store that cannot be reached lets the post
    through rather than lose a family's answers (the failure is logged)."""
    from voice.extensions import limiter

    if request.method != "POST" or request.blueprint not in PUBLIC_BLUEPRINTS or not limiter.enabled:
        return
    if not in_view and request.endpoint in COUNTED_IN_VIEW:
        return
    config = current_app.config
    counters = [(item.key_for("public", request.blueprint or "", limit_key()), item)
                for item in _limits(str(config["PUBLIC_POST_RATE_LIMIT"]))]
    address = address_key()
    counters += [(item.key_for("public-address", address), item)
                 for item in _limits(str(config["PUBLIC_ADDRESS_POST_RATE_LIMIT"]))]
    try:
        counts = _count_all(limiter.storage, counters)
    except Exception:  # noqa: BLE001 - an unreachable store must not cost a family their answers
        log.exception("rate limit store unreachable; public post let through")
        return
    if any(count > item.amount for count, (_, item) in zip(counts, counters, strict=True)):
        abort(429)


def public_request() -> bool:
    """Flask-Limiter's request filter: public channels' limits are counted by check_public_post."""
    return request.blueprint in PUBLIC_BLUEPRINTS


def init_rate_limits(app: Flask) -> None:
    """Check the public limits before every public channel's views (and only there)."""
    app.before_request(check_public_post)
