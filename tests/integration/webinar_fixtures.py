"""Fixtures for the webinar tests: an inspection with a webinar, and a signed-in inspector.

Import the fixtures you need into a test module; conftest.py is shared and stays small.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

__all__ = ["ask", "inspector_client", "make_staff", "sign_in", "webinar_inspection"]


@pytest.fixture
def webinar_inspection(make_inspection):
    """An inspection whose webinar is three days away, so questions are open now."""
    from voice.models import utcnow

    return make_inspection(webinar_at=utcnow() + timedelta(days=3))


@pytest.fixture
def make_staff(app):
    """Factory: a user with a role, assigned to the given inspections; returns the user's id."""
    from werkzeug.security import generate_password_hash

    from voice.extensions import db
    from voice.models import Inspection, User

    def factory(*, role: str = "inspector", inspection_ids: tuple[int, ...] = (),
                email: str = "inspector@example.com") -> int:
        with app.app_context():
            user = User(email=email, name="Ina Spector", role=role,
                        password_hash=generate_password_hash("correct horse battery staple"))
            for inspection_id in inspection_ids:
                user.inspections.append(db.session.get(Inspection, inspection_id))
            db.session.add(user)
            db.session.commit()
            return user.id

    return factory


def sign_in(client, user_id: int) -> None:
    """Sign in without the sign-in page, with the session times the staff auth checks."""
    now = time.time()
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
        session["_fresh"] = True
        session["staff_signed_in_at"] = now
        session["staff_seen_at"] = now


@pytest.fixture
def inspector_client(client, make_staff, webinar_inspection):
    """The test client, signed in as an inspector assigned to the webinar inspection."""
    sign_in(client, make_staff(inspection_ids=(webinar_inspection["id"],)))
    return client


@pytest.fixture
def ask(app):
    """Send questions straight through the service, as the public page would."""
    from voice.extensions import db
    from voice.models import Survey, utcnow
    from voice.services import codes
    from voice.services.webinar import submit_question

    def send(token: str, *texts: str, role: str | None = None, age_phase: str | None = None):
        receipts = []
        with app.app_context():
            survey = db.session.query(Survey).filter_by(token=token).one()
            for text in texts:
                receipts.append(submit_question(
                    survey=survey, submission_key=codes.new_token(), text=text,
                    asker_role=role, age_phase=age_phase, now=utcnow(),
                ))
        return receipts

    return send
