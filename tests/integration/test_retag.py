"""Re-tagging an inspection with the current analyser never overwrites a person's decision."""

from __future__ import annotations

from sqlalchemy import select

from voice.analysis import analyse

TEXT = "We waited two years for an autism assessment and CAMHS never rang back. Call Jane Smith on 07700 900123."


def _comment(app, inspection_id, *, themes, text=TEXT, **fields):
    from voice.extensions import db
    from voice.models import Comment, CommentTheme

    with app.app_context():
        comment = Comment(inspection_id=inspection_id, audience="parent_carer", question="could_be_better",
                          text=text, redacted="stale", machine_sentiment="positive", sentiment="positive",
                          **fields)
        comment.themes = [CommentTheme(**row) for row in themes]
        db.session.add(comment)
        db.session.commit()
        return comment.id


def _state(app, comment_id):
    from voice.extensions import db
    from voice.models import Comment, CommentTheme

    with app.app_context():
        comment = db.session.get(Comment, comment_id)
        rows = {r.theme: (r.origin, r.removed, r.human_decided)
                for r in db.session.scalars(select(CommentTheme).where(CommentTheme.comment_id == comment_id))}
        return comment, rows


def _retag(app, inspection_id):
    from voice.services.retag import retag_inspection

    with app.app_context():
        return retag_inspection(inspection_id=inspection_id)


def test_retagging_refreshes_what_the_machine_owns(app, make_inspection):
    inspection_id = make_inspection()["id"]
    comment_id = _comment(app, inspection_id, themes=[{"theme": "transport", "origin": "machine"}])
    result = _retag(app, inspection_id)
    expected = analyse(TEXT)
    comment, rows = _state(app, comment_id)
    assert result.comments == 1 and result.changed == 1
    assert comment.redacted == expected.redacted and "Jane Smith" not in comment.redacted
    assert comment.machine_sentiment == comment.sentiment == expected.sentiment
    assert set(rows) == set(expected.themes)
    assert all(origin == "machine" and not removed for origin, removed, _decided in rows.values())


def test_retagging_keeps_every_human_decision(app, make_inspection):
    inspection_id = make_inspection()["id"]
    expected = analyse(TEXT)
    kept_off = expected.themes[0]
    comment_id = _comment(app, inspection_id, human_sentiment="mixed", themes=[
        {"theme": kept_off, "origin": "machine", "removed": True, "human_decided": True},
        {"theme": "transport", "origin": "human", "human_decided": True},
    ])
    result = _retag(app, inspection_id)
    comment, rows = _state(app, comment_id)
    assert rows[kept_off] == ("machine", True, True)
    assert rows["transport"] == ("human", False, True)
    assert comment.human_sentiment == comment.sentiment == "mixed"
    assert comment.machine_sentiment == expected.sentiment
    assert result.human_decisions_kept == 3


def test_a_reviewed_safeguarding_flag_stays_with_its_review(app, make_inspection):
    from voice.models import utcnow

    inspection_id = make_inspection()["id"]
    comment_id = _comment(app, inspection_id, text="The bus was late again.", themes=[], safeguarding=True,
                          safeguarding_reviewed_at=utcnow(), safeguarding_note="Checked: not a disclosure.")
    _retag(app, inspection_id)
    comment, _rows = _state(app, comment_id)
    assert comment.safeguarding and comment.safeguarding_note == "Checked: not a disclosure."


def test_retagging_touches_only_the_inspection_named(app, make_inspection):
    first, second = make_inspection()["id"], make_inspection()["id"]
    other = _comment(app, second, themes=[{"theme": "transport", "origin": "machine"}])
    _retag(app, first)
    comment, rows = _state(app, other)
    assert comment.redacted == "stale" and set(rows) == {"transport"}


def test_the_command_prints_progress_and_a_count(app, runner, make_inspection):
    inspection_id = make_inspection()["id"]
    for _ in range(3):
        _comment(app, inspection_id, themes=[])
    result = runner.invoke(args=["analyse", "--inspection", str(inspection_id), "--batch-size", "2"])
    assert result.exit_code == 0, result.output
    assert "re-tagged [" in result.output  # a progress bar, batch by batch
    assert "2/3" in result.output and "3/3 100%" in result.output
    assert f"Re-tagged 3 comments for inspection {inspection_id}" in result.output


def test_the_command_says_when_there_is_no_such_inspection(runner, app):
    result = runner.invoke(args=["analyse", "--inspection", "999"])
    assert result.exit_code != 0
    assert "There is no inspection 999" in result.output


def test_retagging_stores_both_vectors_once_and_then_never_runs_an_encoder(app, make_inspection, monkeypatch,
                                                                         request):
    import pytest

    from voice.analysis import encoder, multilingual, pipeline, tuned
    from voice.models import Comment

    monkeypatch.setenv("VOICE_SECOND_ENCODER", "on")  # off by default
    for cached in (pipeline.second_embedding_wanted, pipeline.tuned_wanted):
        cached.cache_clear()
        request.addfinalizer(cached.cache_clear)
    expected = analyse(TEXT)
    if expected.embedding is None or expected.second_embedding is None or expected.tuned_output is None:
        pytest.skip("both encoders and the fine-tuned view are needed")
    inspection_id = make_inspection()["id"]
    comment_id = _comment(app, inspection_id, themes=[])
    _retag(app, inspection_id)
    with app.app_context():
        from voice.extensions import db

        stored = db.session.get(Comment, comment_id)
        first, second = stored.embedding, stored.second_embedding
        assert stored.tuned_adapter == tuned.adapter_digest()
        assert stored.tuned_output is not None and len(stored.tuned_output) == 15 * 4
    assert first is not None and second is not None and len(second) == 384 * 4

    def refuse(*args, **kwargs):
        raise AssertionError("an encoder ran although the vectors are stored")

    monkeypatch.setattr(encoder, "embed", refuse)
    monkeypatch.setattr(multilingual, "embed", refuse)
    monkeypatch.setattr(tuned, "vectors", refuse)
    pipeline._embed_one.cache_clear()
    pipeline._embed_second.cache_clear()
    pipeline._tuned_one.cache_clear()
    _retag(app, inspection_id)
    comment, rows = _state(app, comment_id)
    assert set(rows) == set(expected.themes)
    assert comment.machine_sentiment == expected.sentiment


def test_outputs_made_by_another_adapter_are_made_again(app, make_inspection, monkeypatch, request):
    import pytest

    from voice.analysis import pipeline, tuned
    from voice.extensions import db
    from voice.models import Comment

    monkeypatch.setenv("VOICE_SECOND_ENCODER", "on")
    for cached in (pipeline.second_embedding_wanted, pipeline.tuned_wanted):
        cached.cache_clear()
        request.addfinalizer(cached.cache_clear)
    if not pipeline.tuned_wanted():
        pytest.skip("the fine-tuned view is needed")
    inspection_id = make_inspection()["id"]
    comment_id = _comment(app, inspection_id, themes=[], tuned_output=b"\0" * 60, tuned_adapter="an-old-adapter")
    _retag(app, inspection_id)
    with app.app_context():
        stored = db.session.get(Comment, comment_id)
        assert stored.tuned_adapter == tuned.adapter_digest()
        assert stored.tuned_output != b"\0" * 60
