"""The practitioners' survey: the third survey of the 2023 framework, run from its schema file."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from tests.conftest import csrf_token
from tests.integration.staff_fixtures import *  # noqa: F403  (coded, coordinator)
from voice.models import Answer, Comment, Response

STATEMENT_PAGES = {
    "identifying-needs": {"needs_identified": "disagree"},
    "families-involved": {"involved_in_decisions": "agree"},
    "right-help": {"right_help": "strongly_disagree"},
    "next-steps": {"next_steps": "dont_know"},
    "valued-included": {"valued_included": "neither"},
}


def _post(client, page, data):
    url = page.request.full_path.rstrip("?")
    response = client.post(url, data={"csrf_token": csrf_token(page.text), "continue_": "Continue", **data})
    assert response.status_code == 302, response.text[:800]
    return client.get(response.headers["Location"])


def _complete(client, token):
    start = client.get(f"/p/{token}/")
    assert "Tell inspectors how SEND support works in East Sussex" in start.text
    started = client.post(f"/p/{token}/start", data={"csrf_token": csrf_token(start.text)})
    page = client.get(started.headers["Location"])
    assert page.request.path.endswith("/your-role") and "What is your role?" in page.text
    page = _post(client, page, {"role": "health"})
    page = _post(client, page, {"work_setting": "health_service"})
    for slug, answer in STATEMENT_PAGES.items():
        assert page.request.path.endswith(f"/{slug}"), page.request.path
        page = _post(client, page, answer)
    return _post(client, page, {
        "strengths": "The designated clinical officer answers quickly.",
        "improvements": "The waiting list for the autism assessment is over two years.",
    })


def test_a_practitioner_answers_one_thing_per_page_and_their_words_are_analysed(client, make_inspection, db_session):
    token = make_inspection()["practitioner"]
    check = _complete(client, token)
    assert "Check your answers before sending them" in check.text and "Health" in check.text
    key = re.search(r'name="submission_key" type="hidden" value="([^"]+)"', check.text).group(1)
    sent = client.post(f"/p/{token}/check", data={"csrf_token": csrf_token(check.text), "submission_key": key})
    assert sent.status_code == 302 and "/done/" in sent.headers["Location"]
    assert "Thank you: your answers have been sent" in client.get(sent.headers["Location"]).text

    response = db_session.scalars(select(Response)).one()
    assert (response.audience, response.role, response.age_phase) == ("practitioner", "health", None)
    answers = {a.question: a.value for a in db_session.scalars(select(Answer))}
    assert answers["work_setting"] == "health_service" and answers["right_help"] == "strongly_disagree"
    comments = {c.question: c for c in db_session.scalars(select(Comment))}
    assert set(comments) == {"strengths", "improvements"}
    assert all(c.audience == "practitioner" and not c.analysis_pending for c in comments.values())
    assert "identification_assessment" in {t.theme for t in comments["improvements"].themes}


def test_a_role_that_is_not_offered_is_refused_and_never_stored(client, make_inspection, db_session):
    from voice.models import Draft

    token = make_inspection()["practitioner"]
    start = client.get(f"/p/{token}/")
    started = client.post(f"/p/{token}/start", data={"csrf_token": csrf_token(start.text)})
    page = client.get(started.headers["Location"])
    refused = client.post(page.request.path, data={
        "csrf_token": csrf_token(page.text), "save": "Save", "role": "inspector" * 5})
    assert refused.status_code == 200 and "Select one of the answers shown" in refused.text
    assert "role" not in (db_session.scalars(select(Draft)).one().answers or {})


def test_each_kind_of_inspection_runs_its_own_set_of_surveys(app, make_inspection):
    from voice.extensions import db
    from voice.models import LocalArea
    from voice.services.inspections import create_inspection

    assert set(make_inspection()) >= {"parent_carer", "young_person", "practitioner"}
    with app.app_context():
        area = db.session.query(LocalArea).filter_by(ons_code="E10000011").one()
        older = create_inspection(local_area=area, kind="framework_2016", notification_date=date.today())
        assert {s.audience for s in older.surveys} == {"parent_carer", "young_person"}


def test_the_practitioner_link_has_a_qr_code_and_a_poster(client, coordinator, make_inspection):
    inspection = make_inspection()
    share = client.get(f"/admin/inspections/{inspection['id']}/share")
    assert "Survey for practitioners" in share.text and f"/p/{inspection['practitioner']}/" in share.text
    qr = client.get(f"/admin/inspections/{inspection['id']}/qr/practitioner.svg")
    assert qr.status_code == 200 and qr.mimetype == "image/svg+xml"
    poster = client.get(f"/admin/inspections/{inspection['id']}/poster/practitioner.pdf")
    assert poster.status_code == 200 and poster.data.startswith(b"%PDF")


def test_the_demo_prints_a_practitioner_link_beside_the_others(app, runner, db_session, monkeypatch):
    monkeypatch.setattr("voice.demo.seed.seed_webinar", lambda rng, inspection: 0)  # slow, and not the point here
    result = runner.invoke(args=["demo", "--responses", "2", "--young-people", "1", "--practitioners", "3",
                                 "--base-url", "https://voice.example"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if re.match(r"^[a-z_]+: https?://", line)]
    audiences = [line.split(":", 1)[0] for line in lines]
    assert {"parent_carer", "young_person", "practitioner", "webinar"} <= set(audiences)
    assert re.search(r"^practitioner: https://voice\.example/p/[\w-]+/$", result.stdout, re.M)
    assert db_session.scalar(select(Response).where(Response.audience == "practitioner")) is not None


def test_practitioners_are_shown_apart_from_families_in_the_summary(db_session, app, client, inspector, coded):
    from voice.models import Inspection, utcnow
    from voice.services import codes
    from voice.services.responses import tag_comment

    inspection = db_session.get(Inspection, coded["id"])
    survey = inspection.survey_for("practitioner")
    response = Response(
        survey_id=survey.id, inspection_id=inspection.id, audience="practitioner", role="health",
        submission_key=codes.new_token(), reference=codes.new_code(), submitted_at=utcnow(),
        answers=[Answer(question="right_help", value="strongly_disagree")])
    db_session.add(response)
    db_session.flush()
    comment = Comment(inspection_id=inspection.id, response_id=response.id, audience="practitioner",
                      question="improvements", text="CAMHS will not accept referrals until a crisis.",
                      created_at=utcnow())
    tag_comment(comment)
    db_session.add(comment)
    db_session.commit()
    html = client.get(f"/inspections/{coded['id']}/summary").text
    assert "Themes: Practitioners" in html
    assert html.index("Themes: Parents and carers") < html.index("Themes: Practitioners")
    # One practitioner is a group under 10: inspectors see no number for it.
    assert "Practitioners (fewer than 10 answered: not shown)" in html
    only = client.get(f"/inspections/{coded['id']}/summary?audience=practitioner").text
    assert "Themes: Practitioners" in only and "Themes: Parents and carers" not in only
