"""The public surveys' timeout, done the GOV.UK way (WCAG 2.2.1, issue 14).

Nothing is thrown away when a family pauses: each page's answers are kept in their
draft on the server as they go. After PUBLIC_IDLE_TIMEOUT without a page, the next
page they open says they timed out and offers one button back to where they were.
Every page says, in words, when that will happen (so it works without JavaScript);
with JavaScript a warning offers more time a few minutes before.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from flask import current_app, url_for

from voice.templating import uk_datetime

DEFAULT_IDLE_TIMEOUT = timedelta(hours=4)
WARN_BEFORE = timedelta(minutes=5)


def _key(survey) -> str:
    return f"seen:{survey.id}"


def idle_timeout() -> timedelta:
    value = current_app.config.get("PUBLIC_IDLE_TIMEOUT", DEFAULT_IDLE_TIMEOUT)
    return value if isinstance(value, timedelta) else timedelta(seconds=int(value))


def touch(session, survey) -> None:
    session[_key(survey)] = int(time.time())


def timed_out(session, survey) -> bool:
    seen = session.get(_key(survey))
    return isinstance(seen, int) and time.time() - seen > idle_timeout().total_seconds()


def status(survey) -> dict:
    """For the JavaScript warning: how long is left, in seconds, and when that is."""
    seconds = int(idle_timeout().total_seconds())
    ends = datetime.now(UTC).replace(tzinfo=None) + idle_timeout()
    return {"seconds_left": seconds, "ends_at": uk_datetime(ends, "h:mmaaa").lower()}


def notice(survey) -> dict:
    """What every question page says about the timeout, and what the warning needs."""
    from flask import request

    here = request.blueprint or ""
    token = survey.token
    timeout = idle_timeout()
    ends = datetime.now(UTC).replace(tzinfo=None) + timeout
    return {
        "ends_at": uk_datetime(ends, "h:mmaaa").lower(),
        "seconds": int(timeout.total_seconds()),
        "warn_seconds": int(min(WARN_BEFORE, timeout / 2).total_seconds()),
        "keep_alive_url": url_for(f"{here}.keep_alive", token=token, next=request.path),
        "timed_out_url": url_for(f"{here}.timed_out", token=token),
    }
