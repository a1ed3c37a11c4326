"""How much does tagging on the way in cost a submission?

Stores N parent responses through the real submit() service on a throwaway SQLite
database (or VOICE_BENCH_DATABASE_URL), twice in the same run: once with the full
analysis pipeline inline, and once with tagging replaced by a constant. Prints the
median and 95th percentile per submission, and the share tagging adds.

    .venv/bin/python benchmarks/bench_submit_inline.py [--n 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _app(tmp: str):
    os.environ.setdefault("VOICE_TEST_SQLITE", str(Path(tmp) / "bench.sqlite3"))
    if os.environ.get("VOICE_BENCH_DATABASE_URL"):
        os.environ["VOICE_TEST_DATABASE_URL"] = os.environ["VOICE_BENCH_DATABASE_URL"]
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


def _run(app, n: int, texts: list[str]) -> list[float]:
    from voice.demo.seed import DEMO_AREA
    from voice.models import utcnow
    from voice.services import responses, working_days
    from voice.services.areas import area_by_code, load_local_areas
    from voice.services.inspections import create_inspection

    with app.app_context():
        load_local_areas()
        inspection = create_inspection(
            local_area=area_by_code(DEMO_AREA), kind="framework_2023",
            notification_date=working_days.previous_working_day(utcnow().date()),
        )
        survey = inspection.survey_for("parent_carer")
        timings = []
        for i in range(n):
            draft = responses.start_draft(survey=survey, now=utcnow())
            answers = {key: "agree" for key in ("needs_identified", "involved_in_decisions", "right_help",
                                                "next_steps", "valued_included")}
            answers["could_be_better"] = texts[i % len(texts)]
            answers["works_well"] = texts[(i * 7) % len(texts)]
            responses.save_answers(survey=survey, draft=draft, answers=answers, now=utcnow())
            started = time.perf_counter()
            responses.submit(survey=survey, submission_key=draft.key, required=(),
                             free_text=("works_well", "could_be_better"), now=utcnow())
            timings.append((time.perf_counter() - started) * 1000)
        return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args()

    from voice.analysis import Analysis
    from voice.demo import texts
    from voice.services import responses

    pool = texts.PARENT_COULD_BE_BETTER + texts.PARENT_WORKS_WELL + texts.PARENT_ANYTHING_ELSE
    with tempfile.TemporaryDirectory() as tmp:
        app = _app(tmp)
        tagged = _run(app, args.n, pool)
        real_analyse = responses.analyse
        responses.analyse = lambda text: Analysis((), "neutral", 0.0, text, False, ())
        try:
            untagged = _run(app, args.n, pool)
        finally:
            responses.analyse = real_analyse

    def describe(name: str, values: list[float]) -> str:
        p95 = statistics.quantiles(values, n=20)[-1]
        return f"{name:<28} median {statistics.median(values):7.2f} ms   p95 {p95:7.2f} ms"

    print(f"submissions: {args.n} each, 2 free-text answers per submission")
    print(describe("submit, tagging inline", tagged))
    print(describe("submit, tagging stubbed", untagged))
    extra = statistics.median(tagged) - statistics.median(untagged)
    print(f"tagging adds {extra:.2f} ms per submission (median), "
          f"{extra / statistics.median(tagged) * 100:.0f}% of the inline submit")


if __name__ == "__main__":
    main()
