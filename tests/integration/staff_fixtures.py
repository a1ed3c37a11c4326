"""Fixtures for the inspector's pages: staff accounts, signing in, and a coded inspection.

Import what a test module needs: `from tests.integration.staff_fixtures import ...`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import csrf_token

__all__ = ["coded", "coordinator", "inspector"]  # the fixtures: `import *` them into a test module

PASSWORD = "correct horse battery staple"


def create_staff(app, *, role: str, inspection_ids: tuple[int, ...] = (), email: str | None = None) -> int:
    """A user with a role, assigned to the inspections given; returns the user's id."""
    from werkzeug.security import generate_password_hash

    from voice.extensions import db
    from voice.models import Inspection, User

    with app.app_context():
        user = User(email=email or f"{role}{len(inspection_ids)}@example.com", name=f"Test {role}", role=role,
                    password_hash=generate_password_hash(PASSWORD))
        for inspection_id in inspection_ids:
            user.inspections.append(db.session.get(Inspection, inspection_id))
        db.session.add(user)
        db.session.commit()
        return user.id


def sign_in(client, email: str) -> None:
    """Sign in through the real sign-in page."""
    page = client.get("/sign-in")
    response = client.post("/sign-in", data={
        "csrf_token": csrf_token(page.text), "email": email, "password": PASSWORD,
    })
    assert response.status_code == 302, "sign-in failed"


# Each comment: (audience, text, themes, sentiment, safeguarding, helped)
COMMENTS = [
    ("parent_carer", "We waited two years for the EHC plan and the annual review never happened.",
     ("ehc_plans",), "negative", False, False),
    ("parent_carer", "The EHC plan is not followed by the school at all.", ("ehc_plans", "education_support"),
     "negative", False, False),
    ("parent_carer", "Her plan was finished in 18 weeks and it is really good.", ("ehc_plans",), "positive",
     False, False),
    ("parent_carer", "CAMHS waiting list is over a year and nobody rings back.", ("health_services",),
     "negative", False, False),
    ("parent_carer", "=HYPERLINK(\"http://evil.example\") the speech therapist was great",
     ("health_services",), "positive", False, False),
    ("parent_carer", "My son said he wants to hurt himself and no one is helping.", ("health_services",),
     "negative", True, False),
    ("young_person", "I like my school and my teacher helps me.", ("education_support",), "positive", False,
     True),
    ("young_person", "I do not have any friends at college.", ("inclusion_wellbeing",), "negative", False,
     False),
]


def seed_coded_inspection(app, inspection_id: int) -> dict:
    """Responses with answers and hand-tagged comments, so tests know exactly what to expect."""
    from voice.extensions import db
    from voice.models import Answer, Comment, CommentTheme, Inspection, Response, utcnow

    ids: dict[str, list[int]] = {"comments": [], "responses": []}
    with app.app_context():
        inspection = db.session.get(Inspection, inspection_id)
        now = utcnow()
        for n, (audience, text, themes, sentiment, flagged, helped) in enumerate(COMMENTS):
            survey = inspection.survey_for(audience)
            response = Response(
                survey_id=survey.id, inspection_id=inspection_id, audience=audience,
                submission_key=f"key-{inspection_id}-{n}", reference=f"R{inspection_id:03d}{n:04d}",
                submitted_at=now - timedelta(minutes=n), age_phase="age_5_10" if n % 2 == 0 else "age_11_15",
                setting="mainstream", ehc_plan="yes" if n < 3 else "no",
                helped_by=("parent_carer" if helped else ("own" if audience == "young_person" else None)),
            )
            response.answers.append(Answer(question="right_help", value="disagree" if n % 3 else "agree"))
            db.session.add(response)
            db.session.flush()
            comment = Comment(
                inspection_id=inspection_id, response_id=response.id, audience=audience,
                question="could_be_better" if audience == "parent_carer" else "tell_us_more",
                text=text + (" Jane Smith 07700 900123" if n == 0 else ""), redacted=text,
                machine_sentiment=sentiment, sentiment=sentiment, safeguarding=flagged,
                safeguarding_reasons="self_harm" if flagged else "", created_at=now - timedelta(minutes=n),
            )
            comment.themes = [CommentTheme(theme=theme, origin="machine") for theme in themes]
            db.session.add(comment)
            db.session.flush()
            ids["comments"].append(comment.id)
            ids["responses"].append(response.id)
        db.session.commit()
    return ids


@pytest.fixture
def coded(app, make_inspection):
    """An inspection with known comments, and an inspector assigned to it (not signed in)."""
    inspection = make_inspection()
    ids = seed_coded_inspection(app, inspection["id"])
    create_staff(app, role="inspector", inspection_ids=(inspection["id"],), email="inspector@example.com")
    return {"id": inspection["id"], **ids}


@pytest.fixture
def inspector(client, coded):
    sign_in(client, "inspector@example.com")
    return client


@pytest.fixture
def coordinator(app, client, coded):
    create_staff(app, role="coordinator", email="coordinator@example.com")
    sign_in(client, "coordinator@example.com")
    return client
