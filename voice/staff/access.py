"""Access rules for every route. A meta-test fails if a route has none.

Views in the public blueprints (main, survey, young_people, webinar, heard) are public by
blueprint. Every other view must carry one of these decorators.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import abort, g
from flask_login import current_user

from voice.extensions import db, login_manager
from voice.models import Inspection, User

ACCESS_RULES = ("public", "signed_in", "coordinator", "inspection")
PUBLIC_BLUEPRINTS = ("main", "survey", "young_people", "webinar", "heard", "static")


def _mark(view: Callable, rule: str) -> Callable:
    view.access_rule = rule  # type: ignore[attr-defined]
    return view


def public(view: Callable) -> Callable:
    return _mark(view, "public")


def signed_in_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        return view(*args, **kwargs)

    return _mark(wrapped, "signed_in")


def coordinator_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        if current_user.role != "coordinator":
            abort(403)
        return view(*args, **kwargs)

    return _mark(wrapped, "coordinator")


def can_view_inspection(user: User, inspection_id: int) -> bool:
    if user.role == "coordinator":
        return True
    return any(inspection.id == inspection_id for inspection in user.inspections)


def can_see_exact_counts(user: User) -> bool:
    """Coordinators see exact counts; everyone else sees groups under 10 as "fewer than 10"."""
    return bool(getattr(user, "is_authenticated", False)) and user.role == "coordinator"


def can_view_original(user: User) -> bool:
    """Unredacted text is for coordinators only (they handle safeguarding referrals)."""
    return user.role == "coordinator"


def inspection_required(view: Callable) -> Callable:
    """For views with an `inspection_id` URL argument: coordinators, or inspectors assigned to it.

    Anyone else gets 404, so the existence of other inspections is not revealed.
    The inspection is loaded into g.inspection.
    """

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        inspection_id = kwargs.get("inspection_id")
        if inspection_id is None or not can_view_inspection(current_user, int(inspection_id)):
            abort(404)
        inspection = db.session.get(Inspection, int(inspection_id))
        if inspection is None:
            abort(404)
        g.inspection = inspection
        return view(*args, **kwargs)

    return _mark(wrapped, "inspection")


def access_rule_for(endpoint: str, view: Callable) -> str | None:
    blueprint = endpoint.split(".", 1)[0] if "." in endpoint else endpoint
    if blueprint in PUBLIC_BLUEPRINTS:
        return "public"
    return getattr(view, "access_rule", None)
