"""The inspectors' webinar pages: grouped questions, merge, split, regroup, running order, PDF."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select

from tests.conftest import csrf_token
from tests.integration.webinar_fixtures import *  # noqa: F403  (fixtures: webinar_inspection, ask, ...)
from tests.integration.webinar_fixtures import sign_in
from voice.models import AuditEvent, Inspection
from voice.models.webinar import WebinarGroup, WebinarGroupChange, WebinarQuestion, WebinarQuestionTheme

AUTISM = [
    "Why is the waiting time for an autism assessment so long and what is being done about it?",
    "How long is the current wait for an ASD assessment for primary school age children?",
    "Is there any support for families while they wait for an autism assessment?",
]
EHCP = ["Why are so few EHC plans issued within 20 weeks?", "What is being done about EHCP delays?"]
TRANSPORT = "What can be done about SEN taxis that turn up late every day?"
OWN_CASE = "My daughter Amelia's EHCP has been in draft for 30 weeks, can you chase it?"


def _groups(db_session, inspection_id: int) -> list[WebinarGroup]:
    db_session.expire_all()
    return list(db_session.scalars(select(WebinarGroup).where(WebinarGroup.inspection_id == inspection_id)))


def _group_of(db_session, text: str) -> WebinarGroup:
    db_session.expire_all()
    return db_session.scalars(select(WebinarQuestion).where(WebinarQuestion.text == text)).one().group


def _token(client, inspection_id: int) -> str:
    return csrf_token(client.get(f"/inspections/{inspection_id}/webinar/").text)


def _post(client, inspection_id: int, path: str, **data):
    return client.post(f"/inspections/{inspection_id}/webinar/{path}",
                       data={"csrf_token": _token(client, inspection_id), **data})


def _count(db_session, model) -> int:
    return db_session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def questions(ask, webinar_inspection):
    ask(webinar_inspection["webinar"], *AUTISM, *EHCP, TRANSPORT, OWN_CASE)
    return webinar_inspection["id"]


def test_the_demo_questions_are_grouped_as_an_inspector_would_group_them(
    app, inspector_client, webinar_inspection, db_session
):
    from voice.demo.webinar import seed_webinar

    inspection_id = webinar_inspection["id"]
    with app.app_context():
        from voice.extensions import db

        written = seed_webinar(random.Random(2026), db.session.get(Inspection, inspection_id))
    assert written >= 70
    autism = _group_of(db_session, AUTISM[0])
    assert {q.text for q in autism.questions} >= set(AUTISM) | {
        "what is the area doing about the 2+ year waits for autism diagnosis",
        "How do autism diagnosis waiting times here compare with other areas?",
    }
    assert autism.theme == "identification_assessment"
    assert _group_of(db_session, EHCP[0]) is _group_of(db_session, EHCP[1]) is not autism
    assert _group_of(db_session, TRANSPORT) not in (autism, _group_of(db_session, EHCP[0]))

    page = inspector_client.get(f"/inspections/{inspection_id}/webinar/").text
    count = len(autism.questions)
    heading = f"{count} questions about identifying and assessing needs"
    assert heading in page
    # Most-asked first: the autism group leads the list, ahead of the EHC plan delays.
    most_asked = page.split("Most asked")[1].split("</ol>")[0]
    assert most_asked.index(heading) < most_asked.index("questions about EHC plans")
    assert "Why is the waiting time for an autism assessment so long" in page


def test_the_page_groups_questions_by_theme_with_counts(inspector_client, questions):
    page = inspector_client.get(f"/inspections/{questions}/webinar/")
    assert page.status_code == 200
    assert "3 questions about identifying and assessing needs" in page.text
    assert '<h2 class="govuk-heading-m" id="theme-identification_assessment">' in page.text
    assert "“Why is the waiting time for an autism assessment so long" in page.text
    assert "1 question is about a family&#39;s own case" in page.text


def test_only_signed_in_staff_on_the_inspection_see_its_questions(
    app, client, make_staff, questions, make_inspection
):
    path = f"/inspections/{questions}/webinar/"
    assert client.get(path).status_code == 302  # to sign in
    other = make_inspection()["id"]
    sign_in(client, make_staff(inspection_ids=(other,), email="elsewhere@example.com"))
    assert client.get(path).status_code == 404
    sign_in(client, make_staff(role="coordinator", email="coordinator@example.com"))
    assert client.get(path).status_code == 200


def test_an_inspector_merges_groups_and_it_is_recorded(inspector_client, questions, db_session):
    autism, transport = _group_of(db_session, AUTISM[0]), _group_of(db_session, TRANSPORT)
    before = len(_groups(db_session, questions))
    page = inspector_client.get(f"/inspections/{questions}/webinar/merge?group={autism.id}")
    assert f'value="{autism.id}" checked' in page.text
    merged = inspector_client.post(f"/inspections/{questions}/webinar/merge", data={
        "csrf_token": csrf_token(page.text), "groups": [autism.id, transport.id]})
    assert merged.status_code == 302
    assert merged.headers["Location"].endswith(f"/webinar/groups/{autism.id}")
    assert len(_groups(db_session, questions)) == before - 1
    group = _group_of(db_session, TRANSPORT)
    assert group.id == autism.id and group.manual and len(group.questions) == 4
    change = db_session.scalars(select(WebinarGroupChange)).one()
    assert (change.action, change.group_id, change.other_group_ids) == ("merge", autism.id, str(transport.id))
    assert db_session.scalars(select(AuditEvent).where(AuditEvent.action == "webinar_merge")).one()
    assert "The groups have been merged" in inspector_client.get(merged.headers["Location"]).text


def test_merging_one_group_says_to_select_two(inspector_client, questions, db_session):
    autism = _group_of(db_session, AUTISM[0])
    page = inspector_client.get(f"/inspections/{questions}/webinar/merge")
    response = inspector_client.post(f"/inspections/{questions}/webinar/merge", data={
        "csrf_token": csrf_token(page.text), "groups": [autism.id]})
    assert response.status_code == 200
    assert "<title>Error: Merge groups" in response.text
    assert response.text.count("Select at least 2 groups to merge") >= 2
    assert _count(db_session, WebinarGroupChange) == 0


def test_an_inspector_splits_a_question_into_its_own_group(inspector_client, questions, db_session):
    autism = _group_of(db_session, AUTISM[0])
    moving = next(q for q in autism.questions if q.text == AUTISM[2])
    response = _post(inspector_client, questions, f"questions/{moving.id}/split")
    assert response.status_code == 302
    alone = _group_of(db_session, AUTISM[2])
    assert alone.id != autism.id and len(alone.questions) == 1 and alone.manual
    assert len(_group_of(db_session, AUTISM[0]).questions) == 2
    change = db_session.scalars(select(WebinarGroupChange)).one()
    assert (change.action, change.question_id) == ("split", moving.id)
    # A question on its own cannot be split again.
    assert _post(inspector_client, questions, f"questions/{moving.id}/split").status_code == 404


def test_regrouping_rebuilds_machine_groups_but_keeps_merges_and_splits(
    inspector_client, questions, ask, webinar_inspection, db_session
):
    autism = _group_of(db_session, AUTISM[0])
    transport = _group_of(db_session, TRANSPORT)
    _post(inspector_client, questions, "merge", groups=[autism.id, transport.id])
    moving = next(q for q in _group_of(db_session, AUTISM[0]).questions if q.text == AUTISM[1])
    _post(inspector_client, questions, f"questions/{moving.id}/split")
    ask(webinar_inspection["webinar"], "What is the area doing about autism assessment waiting times?")

    response = _post(inspector_client, questions, "regroup")
    assert response.status_code == 302
    assert "Questions regrouped" in inspector_client.get(response.headers["Location"]).text
    kept = _group_of(db_session, AUTISM[0])
    assert kept.id == autism.id and _group_of(db_session, TRANSPORT).id == autism.id
    assert len(_group_of(db_session, AUTISM[1]).questions) == 1  # the split stays split
    assert _group_of(db_session, "What is the area doing about autism assessment waiting times?").id == autism.id
    assert _group_of(db_session, EHCP[0]) is _group_of(db_session, EHCP[1])
    assert {c.action for c in db_session.scalars(select(WebinarGroupChange))} == {"merge", "split", "regroup"}


def test_an_inspector_builds_and_reorders_the_running_order(inspector_client, questions, db_session):
    autism, ehcp, transport = (_group_of(db_session, t) for t in (AUTISM[0], EHCP[0], TRANSPORT))
    for group in (autism, ehcp, transport):
        assert _post(inspector_client, questions, f"groups/{group.id}/shortlist",
                     shortlisted="yes").status_code == 302

    def order():
        return [g.id for g in sorted((g for g in _groups(db_session, questions) if g.shortlisted),
                                     key=lambda g: g.position)]

    assert order() == [autism.id, ehcp.id, transport.id]
    moved = _post(inspector_client, questions, f"groups/{transport.id}/move", direction="up",
                  back="running_order")
    assert moved.headers["Location"].endswith(f"/running-order#group-{transport.id}")
    assert order() == [autism.id, transport.id, ehcp.id]
    _post(inspector_client, questions, f"groups/{autism.id}/move", direction="up")  # already first
    assert order() == [autism.id, transport.id, ehcp.id]
    _post(inspector_client, questions, f"groups/{transport.id}/shortlist", shortlisted="no")
    assert order() == [autism.id, ehcp.id]
    assert sorted(g.position for g in _groups(db_session, questions) if g.shortlisted) == [1, 2]
    page = inspector_client.get(f"/inspections/{questions}/webinar/running-order").text
    assert page.index("identifying and assessing needs") < page.index("questions about EHC plans")
    assert "Move down" in page
    actions = {e.action for e in db_session.scalars(select(AuditEvent))}
    assert {"webinar_shortlist", "webinar_move_up", "webinar_unshortlist"} <= actions


def test_an_inspector_marks_a_group_answered_and_can_undo_it(inspector_client, questions, db_session):
    group = _group_of(db_session, EHCP[0])
    _post(inspector_client, questions, f"groups/{group.id}/answered", answered="yes", back="group")
    assert _group_of(db_session, EHCP[0]).answered is True
    page = inspector_client.get(f"/inspections/{questions}/webinar/groups/{group.id}").text
    assert "Marked as answered" in page and "Mark as not answered" in page
    _post(inspector_client, questions, f"groups/{group.id}/answered", answered="no")
    assert _group_of(db_session, EHCP[0]).answered is False


def test_the_running_order_prints_and_downloads_as_a_pdf(inspector_client, questions, db_session):
    for text in (EHCP[0], AUTISM[0]):
        _post(inspector_client, questions, f"groups/{_group_of(db_session, text).id}/shortlist",
              shortlisted="yes")
    printable = inspector_client.get(f"/inspections/{questions}/webinar/running-order/print")
    assert printable.status_code == 200 and "voice-print-page" in printable.text
    assert printable.text.index("questions about EHC plans") < printable.text.index("identifying and assessing")
    pdf = inspector_client.get(f"/inspections/{questions}/webinar/running-order.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    assert pdf.data.startswith(b"%PDF") and len(pdf.data) > 2000
    assert "attachment" in pdf.headers["Content-Disposition"]
    assert db_session.scalars(
        select(AuditEvent).where(AuditEvent.action == "webinar_running_order_pdf")).one()


def test_the_individual_cases_page_lists_questions_about_a_familys_own_case(inspector_client, questions):
    page = inspector_client.get(f"/inspections/{questions}/webinar/individual-cases")
    assert page.status_code == 200
    assert "My daughter [name]" in page.text or "can you chase it?" in page.text
    assert "Amelia" not in page.text
    assert "autism assessment" not in page.text


def test_actions_need_a_csrf_token(inspector_client, questions, db_session):
    group = _group_of(db_session, EHCP[0])
    response = inspector_client.post(f"/inspections/{questions}/webinar/groups/{group.id}/shortlist",
                                     data={"shortlisted": "yes"})
    assert response.status_code == 400
    assert _group_of(db_session, EHCP[0]).shortlisted is False


def test_a_group_from_another_inspection_cannot_be_changed(
    inspector_client, questions, make_inspection, ask, db_session
):
    from voice.models import utcnow

    other = make_inspection(webinar_at=utcnow().replace(year=utcnow().year + 1))
    ask(other["webinar"], "How will the council fix transport?")
    foreign = _groups(db_session, other["id"])[0]
    assert _post(inspector_client, questions, f"groups/{foreign.id}/shortlist",
                 shortlisted="yes").status_code == 404
    assert inspector_client.get(f"/inspections/{questions}/webinar/groups/{foreign.id}").status_code == 404


def test_deleting_an_inspections_responses_deletes_its_webinar_questions_and_groups(
    app, questions, db_session
):
    from voice.extensions import db
    from voice.services.coordination import delete_webinar_questions

    with app.app_context():
        deleted = delete_webinar_questions(inspection=db.session.get(Inspection, questions))
        db.session.commit()
    assert deleted == len(AUTISM) + len(EHCP) + 2
    for model in (WebinarQuestion, WebinarQuestionTheme, WebinarGroup):
        assert _count(db_session, model) == 0


def test_every_inspector_page_passes_the_page_checks(inspector_client, questions, db_session):
    group = _group_of(db_session, AUTISM[0])
    _post(inspector_client, questions, f"groups/{group.id}/shortlist", shortlisted="yes")
    for path in ("", f"groups/{group.id}", "merge", "running-order", "running-order/print",
                 "individual-cases"):
        page = inspector_client.get(f"/inspections/{questions}/webinar/{path}")
        assert page.status_code == 200, path
        assert 'style="' not in page.text, path  # the CSP blocks style attributes


def test_the_running_order_pdf_is_tagged_for_screen_readers(inspector_client, questions, db_session):
    import re
    import zlib

    _post(inspector_client, questions, f"groups/{_group_of(db_session, EHCP[0]).id}/shortlist", shortlisted="yes")
    data = inspector_client.get(f"/inspections/{questions}/webinar/running-order.pdf").data
    opened = [data]
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            opened.append(zlib.decompress(stream.group(1)))
        except zlib.error:
            continue
    pdf = b"\n".join(opened)
    assert b"/StructTreeRoot" in pdf and b"/MarkInfo" in pdf  # tagged
    assert b"/H1" in pdf and (b"/L " in pdf or b"/L>>" in pdf or b"/LI" in pdf or b"/Table" in pdf)
    assert b"/Lang (en)" in pdf and b"/DisplayDocTitle true" in pdf
    assert b"pdfuaid:part" in pdf  # declares PDF/UA-1
