"""Crisis signposting on the confirmation page, for someone whose own words suggest risk.

The decision is made with the fast rules screen, so the help is on the very next page
without waiting for the background analysis. A draft is screened as each page is saved
and keeps the outcome beside its answers, fingerprinted by the words it was made on (and
the screen's version), so the final submit only reads it; a draft whose words no longer
match (edited some other way, or saved before the rules changed) is screened as it is sent. The session
keeps only a yes against the reference, never the words or why: the page offers help
as help anyone might need and never says anything was noticed. The yes stays for the
rest of the session (a few references at most), so switching language or reloading
the page does not take the help away.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from voice.analysis.safeguarding import screen, screen_version
from voice.models import Draft, Inspection, Survey
from voice.services import codes, responses

SESSION_KEY = "signposting"
MAX_REMEMBERED = 5
# A UK phone number in the coordinator's contact text: 0 or +44, then 9 or 10 digits.
_UK_PHONE = re.compile(r"(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[ -]?\d){8,9}(?!\d)")


@dataclass(frozen=True)
class Phone:
    """A number as people read it, and as a tel: link."""

    text: str

    @property
    def href(self) -> str:
        return "tel:" + re.sub(r"[^\d+]", "", self.text)


SAMARITANS = Phone("116 123")
CHILDLINE = Phone("0800 1111")
NSPCC = Phone("0808 800 5000")
EMERGENCY = Phone("999")


@dataclass(frozen=True)
class Contact:
    """The area's contact text, split around its phone number (if it has one) for a link."""

    before: str
    phone: Phone | None
    after: str


@dataclass(frozen=True)
class CrisisHelp:
    samaritans: Phone
    childline: Phone
    nspcc: Phone
    emergency: Phone
    contact: Contact | None


def needs_signposting(texts: Iterable[object]) -> bool:
    """True when any of these free-text answers may disclose harm or risk."""
    return any(screen(str(text)) for text in texts if text)


def _fingerprint(answers: Mapping[str, object], free_text: Iterable[str]) -> str:
    """The free-text answers as screened (each with its length, so no two sets of words
    share one), under this version of the screen."""
    digest = hashlib.blake2b(screen_version().encode(), digest_size=16)
    for key in free_text:
        value = answers.get(key)
        text = str(value).encode("utf-8", "surrogatepass") if value else b""
        digest.update(b"%d:" % len(text) + text)
    return digest.hexdigest()


def screened(answers: Mapping[str, object], free_text: Iterable[str]) -> str:
    """The outcome a draft keeps under ``responses.SCREENED_KEY``: "<fingerprint>:1" when its
    words need signposting, ":0" when not. The draft's kept outcome is reused while its words
    (and the screen) are unchanged, so saving a page without free text screens nothing."""
    free_text = tuple(free_text)
    fingerprint = _fingerprint(answers, free_text)
    kept = answers.get(responses.SCREENED_KEY)
    if isinstance(kept, str) and kept[:-2] == fingerprint and kept[-2:] in (":0", ":1"):
        return kept
    flagged = needs_signposting(answers.get(key) for key in free_text)
    return f"{fingerprint}:{int(flagged)}"


def answers_need_signposting(answers: Mapping[str, object], free_text: Iterable[str]) -> bool:
    """Whether a draft's answers need signposting: its kept outcome when that was made on
    these very words, else the screen run now."""
    return screened(answers, free_text).endswith(":1")


def draft_needs_signposting(*, survey: Survey, submission_key: str, free_text: Iterable[str],
                            draft: Draft | None = None) -> bool:
    """Screen the draft's free text; call before submitting, which deletes the draft.
    ``draft``, when given, is that draft already read under this key."""
    if draft is None or draft.key != submission_key:
        draft = responses.get_draft(survey=survey, key=submission_key)
    answers: Mapping[str, object] = (draft.answers or {}) if draft is not None else {}
    return answers_need_signposting(answers, free_text)


def remember(store: MutableMapping[str, Any], *, reference: str, flagged: bool) -> None:
    """Record (or clear) the yes for this reference in the session."""
    key = codes.normalise(reference)
    kept = [k for k in store.get(SESSION_KEY) or [] if isinstance(k, str) and k != key]
    if flagged:
        kept = [*kept, key][-MAX_REMEMBERED:]
    if kept:
        store[SESSION_KEY] = kept
    else:
        store.pop(SESSION_KEY, None)


def is_flagged(store: Mapping[str, Any], *, reference: str) -> bool:
    return codes.normalise(reference) in (store.get(SESSION_KEY) or [])


def split_contact(text: str | None) -> Contact | None:
    text = (text or "").strip()
    if not text:
        return None
    match = _UK_PHONE.search(text)
    if match is None:
        return Contact(before=text, phone=None, after="")
    return Contact(before=text[:match.start()], phone=Phone(match.group()), after=text[match.end():])


def crisis_help(*, inspection: Inspection) -> CrisisHelp:
    return CrisisHelp(
        samaritans=SAMARITANS, childline=CHILDLINE, nspcc=NSPCC, emergency=EMERGENCY,
        contact=split_contact(inspection.childrens_services_contact),
    )


def crisis_help_for(store: Mapping[str, Any], *, reference: str, inspection: Inspection) -> CrisisHelp | None:
    """The help to show on a confirmation page, or None when the page needs none."""
    if not is_flagged(store, reference=reference):
        return None
    return crisis_help(inspection=inspection)
