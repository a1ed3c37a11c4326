"""Staff accounts: creating them, checking passwords, and assigning inspectors to inspections."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from voice.extensions import db
from voice.models import Inspection, User
from voice.models.users import ROLES

PASSWORD_METHOD = "scrypt"
MIN_PASSWORD_LENGTH = 12
# Checked when no account matches, so a wrong email costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not-a-real-password-but-the-same-work", method=PASSWORD_METHOD)


class AccountError(ValueError):
    """An account cannot be made or changed as asked; the message says why."""


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=PASSWORD_METHOD)


def user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def user_by_id(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def authenticate(*, email: str, password: str) -> tuple[User | None, User | None]:
    """(the signed-in user, or None; and the account the email named, if any, for the audit log).

    Every failure does the same hashing work, so timing does not reveal which emails have accounts.
    """
    user = user_by_email(email)
    if user is None or not user.has_password:
        check_password_hash(_DUMMY_HASH, password or "")
        return None, user
    if not check_password_hash(user.password_hash, password or "") or not user.active:
        return None, user
    return user, user


def check_new_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password must be {MIN_PASSWORD_LENGTH} characters or more")


def create_or_update_user(*, email: str, name: str, role: str, password: str | None) -> tuple[User, bool]:
    """Create an account, or update the name, role and (if given) password of an existing one.

    Returns the user and whether it was created.
    """
    if role not in ROLES:
        raise AccountError(f"The role must be one of: {', '.join(ROLES)}")
    try:
        address = validate_email(email, check_deliverability=False).normalized.lower()
    except EmailNotValidError as error:
        raise AccountError(f"Enter a valid email address ({error})") from None
    user = user_by_email(address)
    created = user is None
    if user is None:
        if password is None:
            raise AccountError("A new account needs a password")
        check_new_password(password)
        user = User(email=address, name=name.strip(), role=role, password_hash=hash_password(password),
                    active=True)
        db.session.add(user)
    else:
        user.name = name.strip() or user.name
        user.role = role
        user.active = True
        if password is not None:
            check_new_password(password)
            user.password_hash = hash_password(password)
    db.session.commit()
    return user, created


def mark_signed_out(*, user: User, at: datetime) -> None:
    user.signed_out_at = at
    db.session.commit()


def record_sign_in(*, user: User, at: datetime) -> None:
    user.last_signed_in_at = at
    db.session.commit()


def all_accounts() -> list[User]:
    return list(db.session.scalars(select(User).order_by(User.active.desc(), User.role, User.name, User.email)))


def invite_user(*, email: str, name: str, role: str, inspections: Sequence[Inspection] = ()) -> User:
    """A new account with no password yet: the person sets one through their invitation link."""
    if role not in ROLES:
        raise AccountError(f"The role must be one of: {', '.join(ROLES)}")
    try:
        address = validate_email(email, check_deliverability=False).normalized.lower()
    except EmailNotValidError as error:
        raise AccountError(f"Enter a valid email address ({error})") from None
    if user_by_email(address) is not None:
        raise AccountError("There is already an account with that email address")
    user = User(email=address, name=name.strip(), role=role, password_hash="", active=True)
    if role == "inspector":
        user.inspections = list(inspections)
    db.session.add(user)
    db.session.commit()
    return user


def set_active(*, user: User, active: bool, at: datetime) -> None:
    """Deactivating also ends every session the person has open."""
    user.active = active
    if not active:
        user.signed_out_at = at
    db.session.commit()


def set_password(*, user: User, password: str, at: datetime) -> None:
    """A new password ends every session begun with the old one."""
    check_new_password(password)
    user.password_hash = hash_password(password)
    user.signed_out_at = at
    db.session.commit()


def inspectors() -> list[User]:
    return list(db.session.scalars(
        select(User).where(User.role == "inspector", User.active.is_(True)).order_by(User.name, User.email)
    ))


def assign(*, user: User, inspection: Inspection) -> bool:
    """Give an inspector access to an inspection. Returns False if they already had it."""
    if user.role != "inspector":
        raise AccountError("Only inspectors are assigned to inspections: coordinators see them all")
    if any(assigned.id == inspection.id for assigned in user.inspections):
        return False
    user.inspections.append(inspection)
    db.session.commit()
    return True


def unassign(*, user: User, inspection: Inspection) -> bool:
    kept = [assigned for assigned in user.inspections if assigned.id != inspection.id]
    if len(kept) == len(user.inspections):
        return False
    user.inspections = kept
    db.session.commit()
    return True


def assigned_inspectors(*, inspection: Inspection) -> list[User]:
    return list(db.session.scalars(
        select(User).where(User.inspections.any(Inspection.id == inspection.id)).order_by(User.name, User.email)
    ))
