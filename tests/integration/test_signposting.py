"""Crisis signposting: someone whose own words suggest risk sees where to get help now.

The confirmation page offers the help; it never says that anything was noticed.
"""

from __future__ import annotations

import re

import pytest

from accessibility.easy_read import check_images_in_html, check_text
from tests.conftest import csrf_token
from tests.integration.webinar_fixtures import webinar_inspection  # noqa: F401  (fixture)
from voice.extensions import db
from voice.models import Inspection

DISCLOSURE = "He says he wants to kill himself and nobody is helping us."
NEUTRAL = "We waited two years for an autism assessment and nobody rings back."
CONTACT = "Children's Services Front Door: 01234 567890"
NEVER_SAID = ("flagged", "safeguarding", "screen", "concern", "worrying", "risk")


def _key(html: str) -> str:
    return re.search(r'name="submission_key" type="hidden" value="([^"]+)"', html).group(1)


def _post(client, page, data, button):
    url = page.request.full_path.rstrip("?")
    response = client.post(url, data={"csrf_token": csrf_token(page.text), button: "Continue", **data})
    assert response.status_code == 302, response.text[:500]
    return client.get(response.headers["Location"])


def _send_check_page(client, check, prefix):
    sent = client.post(f"{prefix}/check", data={
        "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"})
    assert sent.status_code == 302
    return client.get(sent.headers["Location"])


def _parent_sends(client, token, could_be_better):
    check, _comments = _parent_fills(client, token, could_be_better)
    return _send_check_page(client, check, f"/s/{token}")


def _young_person_sends(client, token, tell_us_more):
    start = client.get(f"/y/{token}/")
    started = client.post(f"/y/{token}/start", data={"csrf_token": csrf_token(start.text), "start": "Start"})
    page = client.get(started.headers["Location"])
    answers = [{"helped_by": "own"}] + [{key: "agree"} for key in (
        "needs_identified", "involved_in_decisions", "right_help", "next_steps", "valued_included")]
    answers += [{"tell_us_more": tell_us_more}, {"one_thing": "A quiet place to go"}]
    for data in answers:
        page = _post(client, page, data, "continue_")
    assert "Check your answers" in page.text
    return _send_check_page(client, page, f"/y/{token}")


def _ask(client, token, question):
    page = client.get(f"/w/{token}/")
    sent = client.post(f"/w/{token}/", data={
        "csrf_token": csrf_token(page.text), "submission_key": _key(page.text), "question": question})
    assert sent.status_code == 302
    return client.get(sent.headers["Location"])


def _set_contact(app, inspection_id, contact):
    with app.app_context():
        db.session.get(Inspection, inspection_id).childrens_services_contact = contact
        db.session.commit()


def _assert_never_says_why(html):
    lowered = html.lower()
    assert not [word for word in NEVER_SAID if word in lowered]


def test_the_screen_flags_the_disclosure_used_here_and_not_the_neutral_comment():
    from voice.services.signposting import needs_signposting

    assert needs_signposting([DISCLOSURE]) and not needs_signposting([NEUTRAL, "", None])


def test_a_parent_whose_words_suggest_risk_sees_where_to_get_help_now(client, make_inspection):
    done = _parent_sends(client, make_inspection()["parent_carer"], DISCLOSURE)
    assert "Thank you: your answers have been sent" in done.text
    assert "If you or your child need help now" in done.text
    assert 'href="tel:116123">116 123</a>' in done.text
    assert 'href="tel:08001111">0800 1111</a>' in done.text
    assert 'href="tel:08088005000">0808 800 5000</a>' in done.text
    assert 'href="tel:999">999</a>' in done.text
    assert "Samaritans" in done.text and "Childline" in done.text and "NSPCC" in done.text
    _assert_never_says_why(done.text)


def test_the_help_stays_when_the_page_is_reloaded_or_the_language_changed(client, make_inspection):
    done = _parent_sends(client, make_inspection()["parent_carer"], DISCLOSURE)
    again = client.get(done.request.path, query_string={"lang": "en"})
    assert "Samaritans" in again.text


def test_a_neutral_comment_gets_the_usual_confirmation_page(client, make_inspection):
    done = _parent_sends(client, make_inspection()["parent_carer"], NEUTRAL)
    assert "Thank you: your answers have been sent" in done.text
    assert "Samaritans" not in done.text and "tel:" not in done.text


def test_the_confirmation_page_works_without_anything_in_the_session(client, make_inspection):
    token = make_inspection()["parent_carer"]
    done = client.get(f"/s/{token}/done/ABCD-EFGH")
    assert done.status_code == 200 and "Samaritans" not in done.text


def test_the_areas_childrens_services_contact_shows_when_the_inspection_has_one(app, client, make_inspection):
    ids = make_inspection()
    _set_contact(app, ids["id"], CONTACT)
    done = _parent_sends(client, ids["parent_carer"], DISCLOSURE)
    assert "Children&#39;s Services Front Door: " in done.text
    assert 'href="tel:01234567890">01234 567890</a>' in done.text
    assert "East Sussex" in done.text
    _assert_never_says_why(done.text)


def test_a_young_person_sees_the_easy_read_help_with_a_picture(app, client, make_inspection):
    ids = make_inspection()
    _set_contact(app, ids["id"], CONTACT)
    done = _young_person_sends(client, ids["young_person"], "Sometimes I want to kill myself.")
    assert "Thank you. We have your answers." in done.text
    assert "If you feel unsafe or very sad, you can talk to someone now." in done.text
    assert 'Childline: call <a class="govuk-link" href="tel:08001111">0800 1111</a>. It is free.' in done.text
    assert 'href="tel:116123"' in done.text and 'href="tel:999"' in done.text
    assert 'href="tel:01234567890"' in done.text
    assert "easy-read/help.svg" in done.text and not check_images_in_html(done.text)
    assert "NSPCC" not in done.text  # for adults: not in the young person's version
    _assert_never_says_why(done.text)


def test_a_young_persons_neutral_answers_get_the_usual_page(client, make_inspection):
    done = _young_person_sends(client, make_inspection()["young_person"], "I like the quiet room.")
    assert "Thank you. We have your answers." in done.text
    assert "Childline" not in done.text and "easy-read/help.svg" not in done.text


@pytest.mark.parametrize("sentence", [
    "If you feel unsafe or very sad, you can talk to someone now.",
    "Childline: call 0800 1111. It is free.",
    "Childline is for children and young people.",
    "Samaritans: call 116 123. It is free, day or night.",
    "People in East Sussex can help keep you safe too.",
    "If you are in danger now, call 999.",
])
def test_the_young_peoples_help_is_easy_read(sentence):
    assert check_text(sentence) == []


def test_a_webinar_question_with_a_disclosure_shows_the_help(app, client, webinar_inspection):  # noqa: F811
    _set_contact(app, webinar_inspection["id"], CONTACT)
    sent = _ask(client, webinar_inspection["webinar"],
                "My son says he wants to kill himself. Why is there no mental health support?")
    assert "Your question has been sent" in sent.text
    assert "If you or your child need help now" in sent.text and 'href="tel:116123"' in sent.text
    assert 'href="tel:01234567890"' in sent.text
    _assert_never_says_why(sent.text)


def test_a_later_neutral_webinar_question_does_not_show_the_help(client, webinar_inspection):  # noqa: F811
    token = webinar_inspection["webinar"]
    assert "Samaritans" in _ask(client, token, "My daughter has bruises from the taxi escort.").text
    sent = _ask(client, token, "Why is the waiting time for an autism assessment so long?")
    assert "Your question has been sent" in sent.text and "Samaritans" not in sent.text


# --- screened as each page is saved, read on the final submit ---------------------------

def _parent_fills(client, token, could_be_better):
    """The parent's journey up to the check page; returns (check page, comments page path)."""
    start = client.get(f"/s/{token}/")
    started = client.post(f"/s/{token}/start", data={"csrf_token": csrf_token(start.text)})
    page = client.get(started.headers["Location"])
    page = _post(client, page, {"age_phase": "age_5_10", "setting": "mainstream", "ehc_plan": "yes"}, "continue_")
    page = _post(client, page, {"needs_identified": "agree", "involved_in_decisions": "agree",
                                "right_help": "agree", "next_steps": "agree", "valued_included": "agree"},
                 "continue_")
    comments = page
    check = _post(client, page, {"works_well": "Her teaching assistant is brilliant.",
                                 "could_be_better": could_be_better, "anything_else": ""}, "continue_")
    assert "Check your answers" in check.text
    return check, comments


def _screen_must_not_run(monkeypatch):
    def refuse(_text):
        raise AssertionError("the final submit screened words the draft had already screened")

    monkeypatch.setattr("voice.services.signposting.screen", refuse)


@pytest.mark.parametrize(("words", "helped"), [(DISCLOSURE, True), (NEUTRAL, False)])
def test_the_final_submit_reads_the_outcome_screened_as_the_page_was_saved(
        client, make_inspection, monkeypatch, words, helped):
    token = make_inspection()["parent_carer"]
    check, _comments = _parent_fills(client, token, words)
    _screen_must_not_run(monkeypatch)
    done = _send_check_page(client, check, f"/s/{token}")
    assert "Thank you: your answers have been sent" in done.text
    assert ("Samaritans" in done.text) is helped


@pytest.mark.parametrize(("first", "then", "helped"), [(DISCLOSURE, NEUTRAL, False), (NEUTRAL, DISCLOSURE, True)])
def test_a_comment_changed_after_it_was_screened_decides_the_help(client, make_inspection, first, then, helped):
    token = make_inspection()["parent_carer"]
    _check, comments = _parent_fills(client, token, first)
    changed = client.get(comments.request.path, query_string={"change": "1"})
    check = _post(client, changed, {"works_well": "Her teaching assistant is brilliant.", "could_be_better": then,
                                    "anything_else": ""}, "continue_")
    assert "Check your answers" in check.text
    done = _send_check_page(client, check, f"/s/{token}")
    assert ("Samaritans" in done.text) is helped


def test_words_changed_outside_the_pages_are_screened_as_they_are_sent(app, client, make_inspection):
    from voice.models import Draft

    token = make_inspection()["parent_carer"]
    check, _comments = _parent_fills(client, token, NEUTRAL)
    with app.app_context():
        draft = db.session.scalars(db.select(Draft)).one()
        assert draft.answers["_signposting"].endswith(":0")  # kept as the page was saved
        draft.answers = {**draft.answers, "could_be_better": DISCLOSURE}  # the stale outcome kept
        db.session.commit()
    done = _send_check_page(client, check, f"/s/{token}")
    assert "Samaritans" in done.text


def test_an_outcome_kept_under_another_version_of_the_screen_is_not_trusted(monkeypatch):
    from voice.services import signposting

    answers = {"could_be_better": DISCLOSURE}
    kept = signposting.screened(answers, ["could_be_better"])
    assert kept.endswith(":1")
    forged = {**answers, "_signposting": kept[:-1] + "0"}
    assert not signposting.answers_need_signposting(forged, ["could_be_better"])  # same words, same screen: read
    monkeypatch.setattr(signposting, "screen_version", lambda: "the rules changed")
    assert signposting.answers_need_signposting(forged, ["could_be_better"])  # screened again


def test_the_kept_outcome_is_not_stored_as_an_answer(app, client, make_inspection):
    from voice.models import Answer

    token = make_inspection()["parent_carer"]
    check, _comments = _parent_fills(client, token, DISCLOSURE)
    _send_check_page(client, check, f"/s/{token}")
    with app.app_context():
        assert not db.session.scalars(db.select(Answer).where(Answer.question.like("\\_%", escape="\\"))).all()
