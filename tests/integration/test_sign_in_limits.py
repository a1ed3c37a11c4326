"""A stranger cannot lock an inspector out, and cannot make more than a few guesses a day.

Failures slow down only the address they come from; past a daily cap per account,
only browsers the account has signed in on (or one that has just used a reset link)
may try, so the owner keeps signing in while a spread-out guesser is stopped.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.conftest import csrf_token
from tests.staff_support import PASSWORD, create_user
from voice.extensions import db
from voice.models import User
from voice.models.base import utcnow
from voice.services import sign_in_limits


def _attempt(client, address: str, password: str, email: str = "ivy@example.org"):
    page = client.get("/sign-in", environ_base={"REMOTE_ADDR": address})
    return client.post("/sign-in", environ_base={"REMOTE_ADDR": address}, data={
        "csrf_token": csrf_token(page.text), "email": email, "password": password})


def _limits(app) -> sign_in_limits.Limits:
    return sign_in_limits.Limits(free_failures=app.config["SIGN_IN_FREE_FAILURES"],
                                 max_delay=app.config["SIGN_IN_MAX_DELAY"],
                                 daily_cap=app.config["SIGN_IN_ACCOUNT_DAILY_CAP"],
                                 secret=app.config["SECRET_KEY"])


def test_a_strangers_wrong_passwords_slow_the_stranger_but_never_the_inspector(app):
    create_user(app, email="ivy@example.org", role="inspector")
    stranger = app.test_client()
    codes = [_attempt(stranger, "203.0.113.9", f"guess {n}").status_code for n in range(8)]
    assert codes[:5] == [200] * 5  # a few free tries
    assert set(codes[5:]) == {429}  # then a wait, not a lock-out
    slowed = _attempt(stranger, "203.0.113.9", PASSWORD)
    assert slowed.status_code == 429 and "Wait" in slowed.text  # the password is not even checked
    # The inspector, elsewhere, signs in at once: the stranger's failures do not touch her.
    inspector = app.test_client()
    assert _attempt(inspector, "198.51.100.7", PASSWORD).status_code == 302
    assert inspector.get("/inspections").status_code == 200


def test_past_the_daily_cap_the_inspectors_own_browser_still_signs_in(app):
    ivy_id = create_user(app, email="ivy@example.org", role="inspector")
    inspector = app.test_client()
    assert _attempt(inspector, "198.51.100.7", PASSWORD).status_code == 302  # her browser is now known
    inspector.post("/sign-out", data={"csrf_token": csrf_token(inspector.get("/inspections").text)})
    limits = _limits(app)
    with app.app_context():
        ivy = db.session.get(User, ivy_id)
        now = utcnow()
        # A guesser spread over a hundred addresses, each staying within its free tries.
        for n in range(limits.daily_cap):
            sign_in_limits.record_failure(user=ivy, address=f"192.0.2.{n % 250}", trusted=False, limits=limits,
                                          now=now - timedelta(minutes=n))
    # Any browser the account has never signed in on is now refused, right password or not...
    refused = _attempt(app.test_client(), "203.0.113.50", PASSWORD)
    assert refused.status_code == 429 and "device you have used before" in refused.text
    # ...but the inspector's own browser is not, even from a new address.
    assert _attempt(inspector, "198.51.100.99", PASSWORD).status_code == 302
    # And on a new device, a reset link from her email lifts the cap there too.
    from voice.services import account_links

    with app.app_context():
        token = account_links.issue(user=db.session.get(User, ivy_id), purpose="reset",
                                    lifetime=timedelta(hours=1), now=utcnow())
    laptop = app.test_client()
    path = f"/set-password/{token}"
    page = laptop.get(path, environ_base={"REMOTE_ADDR": "203.0.113.51"})
    laptop.post(path, environ_base={"REMOTE_ADDR": "203.0.113.51"}, data={
        "csrf_token": csrf_token(page.text), "password": "a new long password", "confirm": "a new long password"})
    assert _attempt(laptop, "203.0.113.51", "a new long password").status_code == 302


def test_a_guesser_who_tries_whenever_allowed_gets_at_most_the_daily_cap_in_a_day(app):
    ivy_id = create_user(app, email="ivy@example.org", role="inspector")
    limits = _limits(app)
    guesses = 0
    with app.app_context():
        ivy = db.session.get(User, ivy_id)
        start = utcnow()
        # A guess a minute for a day, each from a different address.
        for step in range(0, 24 * 3600, 60):
            now = start + timedelta(seconds=step)
            address = f"10.{step // 60 // 250}.{step // 60 % 250}.1"
            if sign_in_limits.check(user=ivy, address=address, trusted=False, limits=limits, now=now).allowed:
                guesses += 1
                sign_in_limits.record_failure(user=ivy, address=address, trusted=False, limits=limits, now=now)
        assert db.session.scalar(select(User.active).where(User.id == ivy_id)) is True
    assert guesses == limits.daily_cap == 100  # against 14,400 a day before


def test_one_address_is_slowed_with_a_doubling_wait_up_to_a_ceiling(app):
    ivy_id = create_user(app, email="ivy@example.org", role="inspector")
    limits = _limits(app)
    with app.app_context():
        ivy = db.session.get(User, ivy_id)
        now = utcnow()
        waits = []
        for _ in range(16):
            decision = sign_in_limits.check(user=ivy, address="203.0.113.9", trusted=True, limits=limits, now=now)
            waits.append(decision.wait_seconds)
            now += timedelta(seconds=decision.wait_seconds)
            sign_in_limits.record_failure(user=ivy, address="203.0.113.9", trusted=True, limits=limits, now=now)
    assert waits[:5] == [0] * 5
    assert waits[5:9] == [2, 4, 8, 16]
    assert max(waits) == 15 * 60
