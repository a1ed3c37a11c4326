"""The summary's charts come from the questionnaires an inspection runs, with no code per survey."""

from __future__ import annotations

import uuid

from tests.staff_support import create_user, sign_in


def _answer(app, inspection_id: int, answers: dict[str, str], count: int) -> None:
    from voice.extensions import db
    from voice.models import Answer, Inspection, Response, utcnow

    with app.app_context():
        survey = db.session.get(Inspection, inspection_id).survey_for("parent_carer")
        for _ in range(count):
            db.session.add(Response(
                survey_id=survey.id, inspection_id=inspection_id, audience="parent_carer",
                submission_key=uuid.uuid4().hex, reference=uuid.uuid4().hex[:12], submitted_at=utcnow(),
                answers=[Answer(question=key, value=value) for key, value in answers.items()]))
        db.session.commit()


def _thematic(app, make_inspection) -> int:
    from voice.extensions import db
    from voice.models import Inspection

    inspection_id = make_inspection()["id"]
    with app.app_context():
        # A thematic visit runs its own questionnaires: the same surveys, other files.
        inspection = db.session.get(Inspection, inspection_id)
        inspection.kind = "thematic"
        for survey in list(inspection.surveys):
            if survey.audience in ("parent_carer", "young_person"):
                survey.questionnaire = f"thematic_{survey.audience}"
            elif survey.audience == "practitioner":
                inspection.surveys.remove(survey)
        db.session.commit()
    return inspection_id


def test_a_thematic_visits_own_closed_questions_are_charted(app, client, make_inspection):
    inspection_id = _thematic(app, make_inspection)
    _answer(app, inspection_id, {"reason_not_in_school": "anxiety", "right_help": "disagree"}, 12)
    _answer(app, inspection_id, {"reason_not_in_school": "excluded", "right_help": "agree"}, 3)
    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "cora@example.org")
    html = client.get(f"/inspections/{inspection_id}/summary").text
    assert "What is the main reason your child is not in school?" in html
    assert "Anxiety or mental health makes going to school too hard: 12 (80%)" in html
    assert "Excluded, or asked to stay at home: 3 (20%)" in html
    # The statement questions come first, then the visit's own questions, in file order.
    assert html.index("Right help at the right time") < html.index("What is the main reason your child")
    # A question the parents' survey asks but this visit does not is not charted.
    assert "Needs identified and assessed in good time" not in html


def test_the_usual_inspection_still_charts_the_five_statements(app, client, make_inspection):
    from voice.extensions import db
    from voice.services.summary import closed_question_keys

    inspection_id = make_inspection()["id"]
    with app.app_context():
        keys = closed_question_keys(inspection_id)
        db.session.remove()
    assert keys[:5] == ("needs_identified", "involved_in_decisions", "right_help", "next_steps", "valued_included")
