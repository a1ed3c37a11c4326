"""How long does the inspector's summary page take at 1,000 and at 20,000 responses?

Seeds an inspection of each size into a throwaway SQLite database (bulk core
inserts of responses, answers, comments and themes, tagged by the real analyser
over the demo texts), signs in through the real sign-in page, then times
GET /inspections/<id>/summary through the Flask test client (service, presenter
and template render) several times. Prints the median for each size and the
ratio 20k / 1k: it should stay under 4, because the counts are database
aggregates and the words come from a bounded sample.

    .venv/bin/python benchmarks/bench_summary.py [--sizes 1000 20000] [--runs 7]

With VOICE_BENCH_DATABASE_URL set, the same runs happen on that PostgreSQL
database too. Its tables are dropped and rebuilt: never point it at real data.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PASSWORD = "benchmark password 2026"
STATEMENTS = ("needs_identified", "involved_in_decisions", "right_help", "next_steps", "valued_included")
SCALE = ("strongly_agree", "agree", "neither", "disagree", "strongly_disagree", "dont_know")
SCALE_WEIGHTS = (8, 20, 14, 26, 24, 8)
YOUNG_SHARE = 0.11


def _app(database_url: str | None, sqlite_file: str):
    """A fresh app on a freshly migrated database."""
    os.environ.pop("VOICE_TEST_DATABASE_URL", None)
    os.environ["VOICE_TEST_SQLITE"] = sqlite_file
    if database_url:
        os.environ["VOICE_TEST_DATABASE_URL"] = database_url
    from flask_migrate import upgrade

    from voice import create_app
    from voice.extensions import db

    app = create_app("testing")
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(db.text("DROP TABLE IF EXISTS alembic_version"))
        upgrade(revision="heads")
    return app


def _tagged_pools() -> dict[str, list[tuple[str, object]]]:
    """Every demo text, analysed once: seeding then costs a random choice per comment."""
    from voice.analysis import analyse
    from voice.demo import texts

    pools = {
        "works_well": texts.PARENT_WORKS_WELL, "could_be_better": texts.PARENT_COULD_BE_BETTER,
        "anything_else": texts.PARENT_ANYTHING_ELSE, "tell_us_more": texts.YOUNG_PERSON_TELL_US_MORE,
        "one_thing": texts.YOUNG_PERSON_ONE_THING,
    }
    return {key: [(text, analyse(text)) for text in pool] for key, pool in pools.items()}


def _rows(n: int, inspection, rng: random.Random, pools, first_id: int):
    """Plain dicts for core inserts: responses, answers, comments, comment themes, drafts."""
    from voice.questionnaires.catalogue import AGE_PHASES, EHC_PLAN, SETTINGS

    opens = inspection.surveys[0].opens_at
    surveys = {s.audience: s.id for s in inspection.surveys}
    responses, answers, comments, themes, drafts = [], [], [], [], []
    comment_id = first_id
    for i in range(n):
        response_id = first_id + i
        young = rng.random() < YOUNG_SHARE
        audience = "young_person" if young else "parent_carer"
        submitted = opens + timedelta(seconds=rng.random() * 5 * 24 * 3600)
        helped_by = rng.choice(("own", "own", "parent_carer", "school_college")) if young else None
        child = {
            "age_phase": rng.choice(AGE_PHASES)[0] if rng.random() < 0.85 else None,
            "setting": rng.choice(SETTINGS)[0] if rng.random() < 0.85 else None,
            "ehc_plan": rng.choice(EHC_PLAN)[0] if rng.random() < 0.85 else None,
        }
        responses.append({
            "id": response_id, "survey_id": surveys[audience], "inspection_id": inspection.id,
            "audience": audience, "submission_key": f"bench-{inspection.id}-{i}",
            "reference": f"B{inspection.id:02d}{i:07d}", "submitted_at": submitted, "locale": "en",
            "helped_by": helped_by, "helper_wrote": bool(helped_by and helped_by != "own" and rng.random() < 0.4),
            **({} if young else child),
        })
        for key in STATEMENTS:
            answers.append({"response_id": response_id, "question": key,
                            "value": rng.choices(SCALE, SCALE_WEIGHTS)[0]})
        if not young:
            answers += [{"response_id": response_id, "question": k, "value": v} for k, v in child.items() if v]
        questions = (("tell_us_more", 0.7), ("one_thing", 0.6)) if young else (
            ("works_well", 0.6), ("could_be_better", 0.8), ("anything_else", 0.25))
        for question, chance in questions:
            if rng.random() >= chance:
                continue
            text, result = rng.choice(pools[question])
            comments.append({
                "id": comment_id, "inspection_id": inspection.id, "response_id": response_id,
                "audience": audience, "question": question, "text": text, "redacted": result.redacted,
                "machine_sentiment": result.sentiment, "sentiment": result.sentiment,
                "polarity": result.polarity, "safeguarding": result.safeguarding,
                "safeguarding_reasons": ",".join(result.safeguarding_reasons), "tagged_at": submitted,
                "created_at": submitted,
            })
            themes += [{"comment_id": comment_id, "theme": theme, "origin": "machine", "removed": False,
                        "human_decided": False} for theme in dict.fromkeys(result.themes)]
            comment_id += 1
    for i in range(n // 10):  # surveys started and not sent, for the completion rate
        drafts.append({"survey_id": surveys["parent_carer"], "key": f"draft-{inspection.id}-{i}", "answers": {},
                       "created_at": opens, "updated_at": opens})
    return responses, answers, comments, themes, drafts


def _seed(app, n: int, pools, seed: int, first_id: int) -> tuple[int, int]:
    """An inspection with n responses; returns (inspection id, comments)."""
    from sqlalchemy import insert

    from voice.demo.seed import DEMO_AREA
    from voice.extensions import db
    from voice.models import Answer, Comment, CommentTheme, Draft, Response, utcnow
    from voice.services import working_days
    from voice.services.areas import area_by_code, load_local_areas
    from voice.services.inspections import create_inspection

    with app.app_context():
        load_local_areas()
        inspection = create_inspection(
            local_area=area_by_code(DEMO_AREA), kind="framework_2023",
            notification_date=working_days.previous_working_day(utcnow().date()),
        )
        responses, answers, comments, themes, drafts = _rows(n, inspection, random.Random(seed), pools, first_id)
        for model, rows in ((Response, responses), (Answer, answers), (Comment, comments),
                            (CommentTheme, themes), (Draft, drafts)):
            for start in range(0, len(rows), 5000):
                db.session.execute(insert(model), rows[start:start + 5000])
        db.session.commit()
        return inspection.id, len(comments)


def _sign_in(app, client) -> None:
    import re

    from voice.extensions import db
    from voice.models import User
    from voice.services.users import hash_password

    with app.app_context():
        db.session.add(User(email="bench@example.com", name="Bench", role="coordinator",
                            password_hash=hash_password(PASSWORD)))
        db.session.commit()
    page = client.get("/sign-in").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = client.post("/sign-in", data={"csrf_token": token, "email": "bench@example.com",
                                             "password": PASSWORD})
    assert response.status_code == 302, "could not sign in"


def _time_page(app, client, inspection_id: int, timings: dict[str, list[float]]) -> None:
    """One timed request for the page: wall-clock and CPU milliseconds.

    CPU time (this process: Python and the in-process SQLite engine) is printed beside
    wall time because a busy machine stretches wall time without the work growing.
    """
    started, cpu = time.perf_counter(), time.process_time()
    response = client.get(f"/inspections/{inspection_id}/summary")
    timings["page"].append((time.perf_counter() - started) * 1000)
    timings["page_cpu"].append((time.process_time() - cpu) * 1000)
    assert response.status_code == 200, response.status_code


def _time_service(app, inspection_id: int, timings: dict[str, list[float]]) -> None:
    from voice.services.summary import Filters, build_summary

    with app.app_context():
        started = time.perf_counter()
        build_summary(inspection_id=inspection_id, filters=Filters())
        timings["service"].append((time.perf_counter() - started) * 1000)


def _bench(label: str, database_url: str | None, sizes: list[int], runs: int, pools) -> None:
    """Seed one inspection per size into one database, then interleave the timed runs.

    Sharing a database is realistic (it holds many inspections) and checks that every
    query is narrowed to its inspection; interleaving means a busy spell hits all sizes alike.
    """
    print(f"== {label}")
    with tempfile.TemporaryDirectory() as tmp:
        app = _app(database_url, str(Path(tmp) / "bench.sqlite3"))
        subjects = []
        first_id = 1
        for size in sizes:
            started = time.perf_counter()
            inspection_id, comment_count = _seed(app, size, pools, seed=size, first_id=first_id)
            first_id += size * 4
            subjects.append((size, inspection_id, comment_count, time.perf_counter() - started,
                             {"page": [], "page_cpu": [], "service": []}))
        with app.test_client() as client:
            _sign_in(app, client)
            for _size, inspection_id, *_rest in subjects:
                client.get(f"/inspections/{inspection_id}/summary")  # warm-up: templates compiled
            for _ in range(runs):
                for _size, inspection_id, _count, _seeded, timings in subjects:
                    _time_page(app, client, inspection_id, timings)
                    _time_service(app, inspection_id, timings)
    medians: dict[int, tuple[float, float]] = {}
    for size, _id, comment_count, seeded, timings in subjects:
        page = timings["page"]
        medians[size] = (statistics.median(page), statistics.median(timings["page_cpu"]))
        print(f"{size:>7,} responses ({comment_count:,} comments, seeded in {seeded:.1f} s), {runs} runs: "
              f"summary page median {medians[size][0]:.1f} ms wall (min {min(page):.1f}, max {max(page):.1f}), "
              f"{medians[size][1]:.1f} ms CPU; build_summary alone median "
              f"{statistics.median(timings['service']):.1f} ms wall")
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        wall = medians[large][0] / medians[small][0]
        cpu = medians[large][1] / medians[small][1]
        verdict = "under 4: OK" if wall < 4 else "NOT under 4"
        print(f"ratio {large:,} / {small:,}: {wall:.2f} wall ({verdict}); {cpu:.2f} CPU")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    pools = _tagged_pools()
    _bench("SQLite", None, args.sizes, args.runs, pools)
    if os.environ.get("VOICE_BENCH_DATABASE_URL"):
        _bench("PostgreSQL", os.environ["VOICE_BENCH_DATABASE_URL"], args.sizes, args.runs, pools)


if __name__ == "__main__":
    main()
