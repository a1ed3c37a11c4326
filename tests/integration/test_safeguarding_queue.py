"""One safeguarding queue: every channel, gravest first, decisions audited, counts that agree."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.conftest import csrf_token
from tests.integration.staff_fixtures import create_staff, sign_in


@pytest.fixture
def flagged(app, make_inspection):
    """An inspection with flags from the parents' survey, the young people's survey and the webinar."""
    from voice.extensions import db
    from voice.models import Comment, Inspection, WebinarQuestion, utcnow

    now = utcnow()
    inspection = make_inspection(webinar_at=now + timedelta(days=3))
    with app.app_context():
        record = db.session.get(Inspection, inspection["id"])
        webinar_survey = record.survey_for("webinar")
        rows = {
            # Oldest first; the neglect flag is older but less grave than the self-harm one.
            "neglect": Comment(inspection_id=record.id, audience="parent_carer", question="could_be_better",
                               text="He is left with no food all weekend.",
                               redacted="He is left with no food all weekend.",
                               machine_sentiment="negative", sentiment="negative", safeguarding=True,
                               safeguarding_reasons="neglect", created_at=now - timedelta(hours=5)),
            "self_harm": Comment(inspection_id=record.id, audience="young_person", question="tell_us_more",
                                 text="I cut myself when school is bad.", redacted="I cut myself when school is bad.",
                                 machine_sentiment="negative", sentiment="negative", safeguarding=True,
                                 safeguarding_reasons="self_harm", created_at=now - timedelta(hours=1)),
            "unflagged": Comment(inspection_id=record.id, audience="parent_carer", question="could_be_better",
                                 text="The EHCP was late.", redacted="The EHCP was late.",
                                 machine_sentiment="negative", sentiment="negative", created_at=now),
        }
        db.session.add_all(rows.values())
        rows["webinar"] = WebinarQuestion(
            inspection_id=record.id, survey_id=webinar_survey.id, submission_key=f"sg-{record.id}",
            text="A teaching assistant hits my son in the quiet room.",
            redacted="A teaching assistant hits my son in the quiet room.", sentiment="negative",
            safeguarding=True, safeguarding_reasons="abuse_injury", created_at=now - timedelta(hours=3))
        rows["repeat"] = WebinarQuestion(
            inspection_id=record.id, survey_id=webinar_survey.id, submission_key=f"sg2-{record.id}",
            text="He is left with no food all weekend.", redacted="He is left with no food all weekend.",
            sentiment="negative", safeguarding=True, safeguarding_reasons="neglect",
            created_at=now - timedelta(hours=4))
        db.session.add_all([rows["webinar"], rows["repeat"]])
        db.session.commit()
        ids = {key: row.id for key, row in rows.items()}
    create_staff(app, role="inspector", inspection_ids=(inspection["id"],), email="queue@example.com")
    return {"id": inspection["id"], **ids}


@pytest.fixture
def queue_client(client, flagged):
    sign_in(client, "queue@example.com")
    return client


def test_the_webinar_question_is_in_the_queue_and_the_summary_count(app, flagged, queue_client):
    from voice.services import safeguarding_queue
    from voice.services.summary import safeguarding_counts

    page = queue_client.get(f"/inspections/{flagged['id']}/safeguarding")
    assert page.status_code == 200
    assert "A teaching assistant hits my son in the quiet room." in page.text
    assert "Webinar question" in page.text
    with app.app_context():
        counts = safeguarding_queue.counts(inspection_id=flagged["id"])
        summary = safeguarding_counts(inspection_id=flagged["id"])
    assert counts.flagged == 4 and counts.unreviewed == 4
    assert (summary.flagged, summary.unreviewed) == (4, 4)
    assert "4 comments may be a safeguarding disclosure." in queue_client.get(
        f"/inspections/{flagged['id']}/summary").text


def test_the_queue_puts_the_gravest_category_first_then_the_longest_waiting(app, flagged):
    from voice.services import safeguarding_queue

    with app.app_context():
        page = safeguarding_queue.page_of(inspection_id=flagged["id"])
    order = [(flag.kind, flag.id) for flag in page.rows]
    assert order == [
        ("comment", flagged["self_harm"]),   # suicide or self-harm
        ("webinar", flagged["webinar"]),     # injury or abuse
        ("comment", flagged["neglect"]),     # neglect, waiting 5 hours
        ("webinar", flagged["repeat"]),      # neglect, waiting 4 hours
    ]


def test_the_same_text_flagged_twice_is_pointed_out(queue_client, flagged):
    page = queue_client.get(f"/inspections/{flagged['id']}/safeguarding").text
    assert page.count("The same text is flagged 1 other time.") == 2


@pytest.mark.parametrize("decision", ["reviewed", "referred", "duplicate"])
def test_each_decision_is_saved_audited_and_leaves_the_new_flags(app, queue_client, flagged, decision):
    from voice.extensions import db
    from voice.models import AuditEvent, WebinarQuestion

    url = f"/inspections/{flagged['id']}/safeguarding/webinar/{flagged['webinar']}"
    form = queue_client.get(url)
    assert form.status_code == 200 and "A teaching assistant hits my son" in form.text
    done = queue_client.post(url, data={"csrf_token": csrf_token(form.text), "decision": decision,
                                        "note": "Passed to the LADO by phone."})
    assert done.status_code == 302
    with app.app_context():
        question = db.session.get(WebinarQuestion, flagged["webinar"])
        assert question.safeguarding_status == decision and question.safeguarding_reviewed_by_id is not None
        details = [e.detail for e in db.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "safeguarding_review"))]
    assert details == [f"webinar question {flagged['webinar']}: new -> {decision}"]
    new_only = queue_client.get(f"/inspections/{flagged['id']}/safeguarding?status=new").text
    assert "A teaching assistant hits my son" not in new_only
    chosen = queue_client.get(f"/inspections/{flagged['id']}/safeguarding?status={decision}").text
    assert "A teaching assistant hits my son" in chosen and "Passed to the LADO by phone." in chosen
    assert "3 have not been reviewed yet." in queue_client.get(f"/inspections/{flagged['id']}/summary").text


def test_a_decision_needs_a_known_choice_and_a_note_and_stores_nothing_otherwise(app, queue_client, flagged):
    from voice.extensions import db
    from voice.models import Comment

    url = f"/inspections/{flagged['id']}/safeguarding/{flagged['self_harm']}"
    token = csrf_token(queue_client.get(url).text)
    bad_choice = queue_client.post(url, data={"csrf_token": token, "decision": "ignored", "note": "x"})
    no_note = queue_client.post(url, data={"csrf_token": token, "decision": "referred", "note": " "})
    assert bad_choice.status_code == 400 and no_note.status_code == 400
    assert "Enter what you did about this comment" in no_note.text
    with app.app_context():
        assert db.session.get(Comment, flagged["self_harm"]).safeguarding_status is None


def test_review_notes_are_stored_as_plain_text(app, queue_client, flagged):
    from voice.extensions import db
    from voice.models import Comment

    url = f"/inspections/{flagged['id']}/safeguarding/{flagged['neglect']}"
    token = csrf_token(queue_client.get(url).text)
    # A control character is refused for the whole request (issue 14, defect 3): nothing is stored.
    refused = queue_client.post(url, data={"csrf_token": token, "decision": "referred", "note": "Rang\x07 them"})
    assert refused.status_code == 400
    with app.app_context():
        assert db.session.get(Comment, flagged["neglect"]).safeguarding_note is None
    queue_client.post(url, data={"csrf_token": token, "decision": "referred",
                                 "note": "Rang the MASH <script>alert(1)</script> &lt;b&gt;today"})
    with app.app_context():
        note = db.session.get(Comment, flagged["neglect"]).safeguarding_note
    assert "<script>" not in note and "<b>" not in note and note.startswith("Rang the MASH")


def test_unflagged_rows_and_other_inspections_have_no_review_page(app, queue_client, flagged, make_inspection):
    other = make_inspection()
    assert queue_client.get(f"/inspections/{flagged['id']}/safeguarding/{flagged['unflagged']}").status_code == 404
    assert queue_client.get(
        f"/inspections/{flagged['id']}/safeguarding/webinar/{flagged['repeat'] + 1000}").status_code == 404
    assert queue_client.get(f"/inspections/{other['id']}/safeguarding").status_code in (403, 404)


def test_the_severity_of_reasons_stored_under_older_names():
    from voice.services.safeguarding_queue import UNKNOWN_SEVERITY, severity_of

    assert severity_of(["suicidal_thoughts"]) == 0
    assert severity_of(["neglect", "missing"]) == 1
    assert severity_of(["possible_disclosure"]) == UNKNOWN_SEVERITY
    assert severity_of([]) == UNKNOWN_SEVERITY
