"""Demo staff accounts: a coordinator, and an inspector assigned to the demo inspection.

The passwords are fixed and printed by `flask demo`: these accounts exist for trying
the product out and must never be created on a live service. Outside production the
demo accounts are left without two-factor sign-in (re-running the demo turns it off
again), so the printed email and password are all anyone needs to sign in.
"""

from __future__ import annotations

from flask import current_app, url_for

from voice.models import Inspection
from voice.services import two_factor, users

DEMO_COORDINATOR = ("coordinator@voice-demo.org.uk", "Demo Coordinator", "demo-coordinator-pass")
DEMO_INSPECTOR = ("inspector@voice-demo.org.uk", "Demo Inspector", "demo-inspector-pass")


def seed_staff(inspection: Inspection, *, base_url: str) -> list[str]:
    """Create demo accounts; return the lines to print: "sign-in: URL", "inspector: EMAIL PASSWORD"..."""
    coordinator_email, coordinator_name, coordinator_password = DEMO_COORDINATOR
    inspector_email, inspector_name, inspector_password = DEMO_INSPECTOR
    users.create_or_update_user(email=coordinator_email, name=coordinator_name, role="coordinator",
                                password=coordinator_password)
    inspector, _created = users.create_or_update_user(
        email=inspector_email, name=inspector_name, role="inspector", password=inspector_password,
    )
    users.assign(user=inspector, inspection=inspection)
    if not current_app.config.get("STAFF_TWO_FACTOR_REQUIRED"):
        # So anyone (or any outside checker) can sign in with just the printed lines.
        for email in (coordinator_email, inspector_email):
            account = users.user_by_email(email)
            if account is not None and account.totp_secret is not None:
                two_factor.turn_off(user=account)
    app = current_app._get_current_object()
    with app.test_request_context(base_url=base_url):
        sign_in = url_for("auth.sign_in", _external=True)
    return [
        f"sign-in: {sign_in}",
        f"inspector: {inspector_email} {inspector_password}",
        f"coordinator: {coordinator_email} {coordinator_password}",
    ]
