"""The inspector's summary, drill-down and safeguarding review, through the Flask client."""

from __future__ import annotations

import re

from sqlalchemy import event, select

from tests.conftest import csrf_token
from tests.integration.staff_fixtures import *  # noqa: F403  (fixtures: coded, inspector, coordinator)
from tests.integration.staff_fixtures import create_staff, seed_coded_inspection, sign_in


def _summary(client, inspection_id, query=""):
    page = client.get(f"/inspections/{inspection_id}/summary{query}")
    assert page.status_code == 200
    return page.text


def test_a_coordinator_sees_exact_headline_numbers_themes_and_quotes(coordinator, coded):
    html = _summary(coordinator, coded["id"])
    assert "Summary: East Sussex" in html
    assert "8 responses." in html
    assert "Completion rate" in html and "100%" in html
    assert "Responses by day" in html
    # EHC plans: 3 of the 6 parents raised it, which reports call "about half".
    assert "About half of respondents raised this: 3 of 6 (50%)." in html
    assert "We waited two years for the EHC plan" in html
    assert "Jane Smith" not in html  # quotes are the redacted text


def test_an_inspector_sees_groups_under_10_as_fewer_than_10_with_no_percentage(inspector, coded):
    html = _summary(inspector, coded["id"])
    assert "Fewer than 10 responses." in html and "8 responses." not in html
    assert "About half of respondents raised this (out of fewer than 10 responses)." in html
    assert "3 of 6" not in html and "(50%)" not in html and "100%" not in html
    assert "Not shown for fewer than 10" in html
    assert "Parents and carers: fewer than 10 answers, not shown." in html
    assert "We waited two years for the EHC plan" in html  # the words are still heard


def test_safeguarding_comes_first_with_a_count_and_a_link(inspector, coded):
    html = _summary(inspector, coded["id"])
    assert html.index("Safeguarding") < html.index("Closed questions") < html.index("Themes: Parents and carers")
    assert "1 comment may be a safeguarding disclosure." in html
    assert "1 has not been reviewed yet." in html
    assert f'href="/inspections/{coded["id"]}/safeguarding"' in html


def test_young_people_are_kept_apart_and_help_is_marked(coordinator, coded):
    html = _summary(coordinator, coded["id"])
    parents = html.index("Themes: Parents and carers</h2>")
    young = html.index("Themes: Children and young people</h2>")
    assert parents < young
    assert "I like my school" in html[young:] and "I like my school" not in html[parents:young]
    assert "1 was given with help: these answers are marked." in html
    assert "Answered with help" in html[young:]


def test_closed_questions_are_an_svg_chart_with_a_data_table(coordinator, coded):
    html = _summary(coordinator, coded["id"])
    chart = re.search(r'<svg class="voice-chart"[^>]*role="img"[^>]*aria-labelledby="chart-right_help-title '
                      r'chart-right_help-desc"', html)
    assert chart, "the chart needs role=img and a labelled title"
    assert '<title id="chart-right_help-title">Right help at the right time</title>' in html
    assert "Parents and carers: Agree: 2 (33%), Disagree: 4 (67%)." in html
    assert "<table" in html[chart.end():chart.end() + 4000]
    assert "style=" not in html


def test_filters_narrow_the_summary_without_javascript(coordinator, coded):
    html = _summary(coordinator, coded["id"], "?audience=young_person")
    assert "Themes: Children and young people" in html and "Themes: Parents and carers" not in html
    assert "Showing: Children and young people." in html

    html = _summary(coordinator, coded["id"], "?ehc_plan=yes")
    assert "3 responses." in html
    assert "CAMHS" not in html
    # Drafts carry no answers to filter on, so with filters on there is no started count or rate to give.
    assert "Not shown with filters" in html

    html = _summary(coordinator, coded["id"], "?age_phase=age_11_15&setting=mainstream")
    assert "4 responses." in html


def test_filter_values_that_are_not_choices_are_ignored(coordinator, coded):
    html = _summary(coordinator, coded["id"], "?audience=robots&ehc_plan=%27%3Bdrop")
    assert "8 responses." in html


def test_the_summary_uses_corrected_tags(app, inspector, coded):
    from voice.extensions import db
    from voice.models import CommentTheme

    with app.app_context():
        for row in db.session.scalars(select(CommentTheme).where(CommentTheme.theme == "ehc_plans")):
            row.removed = True
            row.human_decided = True
        db.session.commit()
    html = _summary(inspector, coded["id"])
    assert "EHC plans" not in html.split("Themes: Parents and carers</h2>")[1].split("Downloads")[0]


def test_the_drill_down_lists_every_comment_in_a_theme(inspector, coded):
    page = inspector.get(f"/inspections/{coded['id']}/themes/ehc_plans?audience=parent_carer")
    assert page.status_code == 200
    assert "EHC plans: comments" in page.text
    assert "3 comments." in page.text
    assert page.text.count('class="voice-comment"') == 3
    assert "Correct the tags" in page.text


def test_the_drill_down_is_searchable_case_insensitively(inspector, coded):
    page = inspector.get(f"/inspections/{coded['id']}/themes/ehc_plans?q=ANNUAL+review")
    assert "1 comment matches &#39;ANNUAL review&#39;." in page.text
    assert "annual review never happened" in page.text
    literal = inspector.get(f"/inspections/{coded['id']}/themes/ehc_plans?q=%25")
    assert "0 comments match" in literal.text


def test_a_search_that_is_too_long_shows_an_error(inspector, coded):
    page = inspector.get(f"/inspections/{coded['id']}/themes/ehc_plans?q=" + "x" * 101)
    assert page.status_code == 400
    assert "<title>Error: " in page.text
    assert "Search words must be 100 characters or fewer" in page.text


def test_the_drill_down_is_paged(app, inspector, coded):
    from voice.extensions import db
    from voice.models import Comment, CommentTheme

    with app.app_context():
        for n in range(55):
            comment = Comment(inspection_id=coded["id"], response_id=coded["responses"][0], audience="parent_carer",
                              question="anything_else", text=f"Transport note {n}", redacted=f"Transport note {n}",
                              machine_sentiment="neutral", sentiment="neutral")
            comment.themes = [CommentTheme(theme="transport")]
            db.session.add(comment)
        db.session.commit()
    first = inspector.get(f"/inspections/{coded['id']}/themes/transport")
    assert first.text.count('class="voice-comment"') == 50
    assert "Showing 1 to 50" in first.text and "govuk-pagination" in first.text
    second = inspector.get(f"/inspections/{coded['id']}/themes/transport?page=2")
    assert second.text.count('class="voice-comment"') == 5
    assert "Transport note 0" in second.text


def test_an_unknown_theme_is_not_found(inspector, coded):
    assert inspector.get(f"/inspections/{coded['id']}/themes/astrology").status_code == 404


def test_an_inspector_cannot_see_another_inspection(app, client, make_inspection, coded):
    other = make_inspection()
    seed_coded_inspection(app, other["id"])
    create_staff(app, role="inspector", inspection_ids=(other["id"],), email="other@example.com")
    sign_in(client, "other@example.com")
    for path in ("summary", "themes/ehc_plans", "safeguarding", f"comments/{coded['comments'][0]}",
                 "export/comments.csv"):
        assert client.get(f"/inspections/{coded['id']}/{path}").status_code == 404, path


def test_the_summary_needs_a_session(client, coded):
    response = client.get(f"/inspections/{coded['id']}/summary")
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


def test_flagged_comments_can_be_reviewed_with_a_note(app, inspector, coded):
    from voice.extensions import db
    from voice.models import AuditEvent, Comment

    flagged = coded["comments"][5]
    listing = inspector.get(f"/inspections/{coded['id']}/safeguarding")
    assert "1 flag in this list." in listing.text and "Not reviewed" in listing.text
    form = inspector.get(f"/inspections/{coded['id']}/safeguarding/{flagged}")
    empty = inspector.post(f"/inspections/{coded['id']}/safeguarding/{flagged}",
                           data={"csrf_token": csrf_token(form.text), "decision": "reviewed", "note": "  "})
    assert empty.status_code == 400 and "Enter what you did about this comment" in empty.text
    done = inspector.post(f"/inspections/{coded['id']}/safeguarding/{flagged}",
                          data={"csrf_token": csrf_token(form.text), "decision": "reviewed",
                                "note": "Passed to the local authority DSL."})
    assert done.status_code == 302
    listing = inspector.get(done.headers["Location"])
    assert "Your decision has been saved" in listing.text
    assert "Passed to the local authority DSL." in listing.text
    with app.app_context():
        comment = db.session.get(Comment, flagged)
        assert comment.safeguarding_reviewed_at is not None and comment.safeguarding_reviewed_by_id is not None
        actions = [e.action for e in db.session.scalars(select(AuditEvent))]
        assert "safeguarding_review" in actions
    assert "All of them have been reviewed." in _summary(inspector, coded["id"])


def test_a_comment_that_is_not_flagged_cannot_be_reviewed(inspector, coded):
    assert inspector.get(f"/inspections/{coded['id']}/safeguarding/{coded['comments'][0]}").status_code == 404


def test_the_summary_is_built_by_a_fixed_number_of_queries(app, inspector, coded):
    """Database aggregation: more comments must not mean more queries (no per-comment loading)."""
    from voice.extensions import db
    from voice.services.summary import Filters, build_summary

    def count_queries() -> int:
        statements = []
        with app.app_context():
            listener = lambda *args: statements.append(args[2])  # noqa: E731
            event.listen(db.engine, "before_cursor_execute", listener)
            try:
                build_summary(inspection_id=coded["id"], filters=Filters())
            finally:
                event.remove(db.engine, "before_cursor_execute", listener)
        return len(statements)

    before = count_queries()
    _more(app, coded)
    assert count_queries() == before


def _more(app, coded) -> None:
    from voice.extensions import db
    from voice.models import Comment, CommentTheme

    with app.app_context():
        for n in range(40):
            comment = Comment(inspection_id=coded["id"], response_id=coded["responses"][n % 6],
                              audience="parent_carer", question="anything_else", text=f"More {n}",
                              redacted=f"More about the EHC plan {n}", machine_sentiment="neutral", sentiment="neutral")
            comment.themes = [CommentTheme(theme="ehc_plans"), CommentTheme(theme="transport")]
            db.session.add(comment)
        db.session.commit()
