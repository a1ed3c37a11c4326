"""Theme summaries: counts, shares, sentiment, key phrases and typical quotes."""

from __future__ import annotations

from voice.analysis import TaggedComment, analyse, summarise


def tagged(i: int, text: str, respondent: str | None = None) -> TaggedComment:
    result = analyse(text)
    return TaggedComment(
        id=str(i),
        text=text,
        redacted=result.redacted,
        themes=result.themes,
        sentiment=result.sentiment,
        polarity=result.polarity,
        respondent_id=respondent,
    )


TRANSPORT = [
    "The school bus is late every morning and he misses the start of lessons.",
    "The taxi is late most mornings, sometimes by half an hour.",
    "Our transport is often late and the driver keeps changing.",
    "The bus was late again this week, he was upset all day.",
    "Late transport every single week, we have complained to the council.",
    "Transport is brilliant. Same driver every day, always on time, and my son loves the "
    "journey because they sing songs together, stop to look at the tractors in the fields, "
    "chat about football, count red cars, talk about his favourite programmes on television, "
    "plan what he will do at the weekend and wave at his friends from the window on the way.",
]


def test_themes_are_counted_by_respondent_and_sorted_by_count() -> None:
    comments = [tagged(i, t) for i, t in enumerate(TRANSPORT)]
    comments.append(tagged(10, "CAMHS have a two year waiting list."))
    summary = summarise(comments, total_respondents=8)
    assert [t.key for t in summary.themes][:2] == ["transport", "health_services"]
    transport = summary.themes[0]
    assert transport.count == 6
    assert transport.share == 6 / 8
    assert transport.words == "most"
    assert transport.label == "Transport"
    assert sum(transport.sentiment.values()) == 6
    assert transport.sentiment["negative"] >= 4
    assert summary.total_comments == 7
    assert sum(summary.sentiment.values()) == 7


def test_one_respondent_raising_a_theme_twice_counts_once() -> None:
    comments = [
        tagged(1, "The taxi is late.", respondent="r1"),
        tagged(2, "The taxi driver is rude.", respondent="r1"),
        tagged(3, "The bus is fine.", respondent="r2"),
    ]
    summary = summarise(comments, total_respondents=4)
    assert summary.themes[0].count == 2
    assert summary.themes[0].words == "about half"


def test_quotes_are_typical_of_the_theme_not_the_longest() -> None:
    comments = [tagged(i, t) for i, t in enumerate(TRANSPORT)]
    quotes = summarise(comments, total_respondents=6).themes[0].quotes
    assert len(quotes) == 3
    assert TRANSPORT[-1] not in quotes
    assert all("late" in q.lower() for q in quotes)


def test_quotes_are_redacted() -> None:
    comments = [
        tagged(1, "Mrs Patel, the taxi escort, is late every day."),
        tagged(2, "The taxi is late every day for my son Jayden."),
    ]
    quotes = summarise(comments, total_respondents=2).themes[0].quotes
    assert quotes and all("Patel" not in q and "Jayden" not in q for q in quotes)


def test_key_phrases_show_what_the_theme_is_about() -> None:
    comments = [tagged(i, t) for i, t in enumerate(TRANSPORT)]
    phrases = summarise(comments, total_respondents=6).themes[0].key_phrases
    assert "late" in " ".join(phrases)
    assert all(p not in {"the", "and", "is"} for p in phrases)


def test_an_empty_set_of_comments_gives_an_empty_summary() -> None:
    summary = summarise([], total_respondents=0)
    assert summary.themes == []
    assert summary.sentiment == {"positive": 0, "negative": 0, "mixed": 0, "neutral": 0}
