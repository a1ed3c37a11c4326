"""Flask CLI commands: demo data, reference data."""

from __future__ import annotations

import os

import click
from flask import Flask, current_app, url_for
from flask.cli import with_appcontext

from voice.cli_analyse import analyse_command, worker_command
from voice.cli_exports import exports_tidy_command
from voice.cli_population import send_population_group
from voice.cli_questionnaires import questionnaires_group
from voice.cli_retention import retention_command
from voice.cli_users import users_group

PUBLIC_START_ENDPOINTS = {
    "parent_carer": "survey.start",
    "young_person": "young_people.start",
    "practitioner": "practitioner.start",
    "webinar": "webinar.start",
}


def init_cli(app: Flask) -> None:
    from voice.cli_users import mail_due_command  # flask mail-due: for cron

    app.cli.add_command(mail_due_command)
    app.cli.add_command(demo_command)
    app.cli.add_command(areas_command)
    app.cli.add_command(analyse_command)
    app.cli.add_command(worker_command)
    app.cli.add_command(retention_command)
    app.cli.add_command(exports_tidy_command)
    app.cli.add_command(questionnaires_group)
    app.cli.add_command(users_group)
    app.cli.add_command(send_population_group)


@click.command("demo")
@click.option("--base-url", default=lambda: os.environ.get("VOICE_BASE_URL", "http://127.0.0.1:5000"),
              show_default="VOICE_BASE_URL or http://127.0.0.1:5000")
@click.option("--responses", default=300, show_default=True, help="Parent and carer responses to write.")
@click.option("--young-people", default=60, show_default=True, help="Young people's responses to write.")
@click.option("--practitioners", default=40, show_default=True, help="Practitioners' responses to write.")
@click.option("--seed", default=2026, show_default=True)
@click.option("--if-empty", is_flag=True, help="Keep a demo that is still open instead of rewriting it.")
@with_appcontext
def demo_command(base_url: str, responses: int, young_people: int, practitioners: int, seed: int,
                 if_empty: bool) -> None:
    """Seed a demo inspection whose windows are open today, and print its links."""
    from voice.demo.seed import seed_demo

    result = seed_demo(parent_responses=responses, young_people=young_people, practitioners=practitioners,
                       seed=seed, keep_existing=if_empty, base_url=base_url)
    click.echo(result.summary, err=True)
    app = current_app._get_current_object()
    with app.test_request_context(base_url=base_url):
        for audience, token in result.links:
            endpoint = PUBLIC_START_ENDPOINTS[audience]
            if endpoint in app.view_functions:
                click.echo(f"{audience}: {url_for(endpoint, token=token, _external=True)}")
        for line in result.accounts:
            click.echo(line)


@click.command("areas")
@with_appcontext
def areas_command() -> None:
    """Load or refresh the list of English local areas."""
    from voice.services.areas import load_local_areas

    click.echo(f"{load_local_areas()} local areas loaded")
