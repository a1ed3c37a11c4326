"""`flask send-population refresh FILE`: replace the shipped EHC plan counts from a newer DfE file."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext


@click.group("send-population")
def send_population_group() -> None:
    """The number of children and young people with EHC plans in each local authority."""


@send_population_group.command("refresh")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def refresh_command(source: Path) -> None:
    """Read DfE's caseload.csv (Education, health and care plans release) and replace the shipped figures.

    The file is checked whole before anything is written; on any error the shipped file is unchanged.
    """
    from voice.services import coverage

    try:
        result = coverage.refresh(source, coverage.POPULATION_CSV)
    except coverage.PopulationFileError as error:
        raise click.ClickException(f"{error}. Nothing was changed.") from None
    click.echo(f"{result.authorities} local authorities written for {result.time_period[:4]}/"
               f"{result.time_period[4:]} (January {int(result.time_period[:4]) + 1}).")
    for name in result.unmatched_areas:
        click.echo(f"no figure: {name}", err=True)
    click.echo("Update voice/data/send_population.md with the release and its address.")
