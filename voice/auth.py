"""Session loading for signed-in staff. Sign-in views live in the staff blueprints."""

from __future__ import annotations

from voice.extensions import db, login_manager
from voice.models import User


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    if not user_id.isdigit():
        return None
    return db.session.get(User, int(user_id))
