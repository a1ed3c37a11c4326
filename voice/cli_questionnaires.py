"""`flask questionnaires lint` and `flask questionnaires lock`: the authoring linter from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

questionnaires_group = AppGroup("questionnaires", help="Check questionnaire files before their links go out.")


@questionnaires_group.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--language", "languages", multiple=True, help="Only this language (repeat for more).")
def lint_command(paths: tuple[Path, ...], languages: tuple[str, ...]) -> None:
    """Check every questionnaire (or the files given) in every language the service ships."""
    from voice.questionnaires import lint

    chosen = languages or tuple(current_app.config["LANGUAGES"])
    files = list(paths) or lint.shipped_files()
    problems = []
    for language in chosen:
        translate = lint.translator(language) if language != "en" else None
        for path in files:
            problems += lint.lint_file(path, language=language, translate=translate)
    for problem in problems:
        click.echo(str(problem))
    click.echo(f"{len(files)} questionnaire(s), {len(chosen)} language(s): {len(problems)} problem(s).")
    if problems:
        sys.exit(1)


@questionnaires_group.command("lock")
def lock_command() -> None:
    """Record the codes now in use, after adding codes. Dropping a code still needs a migration."""
    from voice.questionnaires import lint, load_file

    lint.write_lock([load_file(path) for path in lint.shipped_files()])
    click.echo(f"wrote {lint.LOCK_FILE}")
