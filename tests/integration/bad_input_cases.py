"""The bad-input corpus: every public form and address, fed what no careful browser sends.

Targets are read from the form classes themselves (which fields are choices, which are
free text, which buttons there are), so a new field is covered without editing this file.
Each case is plain data; ``test_bad_input.py`` sends it and checks the page and the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from wtforms import HiddenField, SubmitField, TextAreaField
from wtforms.fields.core import UnboundField

ONE_MB = 1024 * 1024

# Placeholders filled in when a case is sent.
TOKEN = "{token}"
NEW_KEY = "{new_key}"  # a fresh, well-formed webinar submission key
CSRF = "{csrf}"

WRONG_CHOICES = (
    "bogus", "x" * 25, "<b>agree</b>", "agree\x00", "AGREE", " agree", "1", "-1",
    "agree' OR '1'='1", "strongly_agree" * 3, "\U0001f642", "&lt;script&gt;",
)
BAD_TEXTS = {
    "null": "We waited\x00 two years",
    "controls": "Help\x01\x02\x03 us\x1b[31m please\x7f",
    "bidi": "Support \u202egnissim\u202c and \u2066isolates\u2069",
    "vertical-tab": "one\x0btwo\x0cthree",
    "markup": "<script>alert(1)</script><b>Good</b> support",
    "entity-markup": "&lt;img src=x onerror=alert(1)&gt;Good support",
    "double-entity": "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;Fine",
    "only-markup": "<img src=x onerror=alert(1)>",
    "sql": "'; DROP TABLE response; --",
    "template": "{{ config.SECRET_KEY }} {% print 1 %}",
    "whitespace": " \t\n\r\n ",
}
SAMPLE_TEXTS = ("null", "controls", "entity-markup")
SAMPLE_CHOICES = (0, 1, 3)
FORGED_CSRF = {
    "missing": None,
    "empty": "",
    "garbage": "not-a-token",
    "well-formed-wrong": "ImE5ZjBlZmE2ZDAzNWE0YzQ1ZjA1In0.Z1aAAA.bm90LXNpZ25lZC1ieS11cy1hdC1hbGw",
    "null": "abc\x00def",
    "long": "A" * 5000,
}
FORGED_RESUME_CODES = (
    "ABCD-2345", "ZZZZ-ZZZZ", "abcd2345", "0000-0000", "AAAA-AAAA-AAAA", "A" * 64, "ABCD-234\x00",
    "' OR 1=1 --", "<script>", "ABCD 2345", "ABCD-2345\u202e", "../../etc", "",
)
FORGED_KEYS = (
    "", "a", "a\x00b", "x" * 300, "' OR '1'='1", "../../", "KEY-0000-0000", "k" * 32, "%00", "\u202ekey",
)


@dataclass(frozen=True)
class Target:
    """One public form: where it posts, a valid set of answers, and what each field is."""

    name: str
    channel: str  # whose session it needs: "parent", "young", "webinar" or "none"
    path: str
    valid: dict[str, str]
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    texts: dict[str, int] = field(default_factory=dict)  # field -> its character limit
    actions: tuple[dict[str, str], ...] = ({},)
    # The young people's question pages share one handler: the first gets every case, the rest a sample.
    thorough: bool = True


@dataclass(frozen=True)
class Case:
    id: str
    target: str
    channel: str
    method: str
    path: str
    form: tuple[tuple[str, str], ...] | None = None  # sent url-encoded, repeated names allowed
    raw: bytes | None = None
    content_type: str | None = None
    csrf: str = "valid"  # "valid", or a key of FORGED_CSRF (already applied to form)
    action: str = ""
    mutation: str = ""
    headers: tuple[tuple[str, str], ...] = ()


def _fields(form_class: type) -> dict[str, UnboundField]:
    found = {}
    for klass in reversed(form_class.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, UnboundField):
                found[name] = value
    return found


def _describe(form_class: type) -> tuple[dict[str, tuple[str, ...]], dict[str, int], list[str], list[str]]:
    choices: dict[str, tuple[str, ...]] = {}
    texts: dict[str, int] = {}
    buttons: list[str] = []
    hidden: list[str] = []
    for name, unbound in _fields(form_class).items():
        kind = unbound.field_class
        if issubclass(kind, SubmitField):
            buttons.append(name)
        elif unbound.kwargs.get("choices") is not None:
            choices[name] = tuple(str(code) for code, _label in unbound.kwargs["choices"])
        elif issubclass(kind, HiddenField):
            hidden.append(name)
        elif issubclass(kind, TextAreaField) or name in ("question", "code", "email", "password", "website"):
            texts[name] = int(unbound.kwargs.get("max_chars", 2000))
    return choices, texts, buttons, hidden


def _actions(buttons: list[str]) -> tuple[dict[str, str], ...]:
    return tuple({button: "y"} for button in buttons) or ({},)


def targets() -> list[Target]:
    from voice.forms.runner import ResumeForm, form_for
    from voice.forms.webinar import QuestionForm
    from voice.questionnaires import get
    from voice.services.webinar import MAX_QUESTION_CHARS

    found = []
    parent = get("parent_carer")
    for page in parent.pages:
        choices, texts, buttons, _hidden = _describe(form_for(parent, page, "standard"))
        valid = {name: codes[0] for name, codes in choices.items()} | {name: "Fine." for name in texts}
        found.append(Target(f"parent:{page.slug}", "parent", f"/s/{TOKEN}/{page.slug}", valid, choices, texts,
                            _actions(buttons)))
    found.append(Target("parent:start", "none", f"/s/{TOKEN}/start", {"start": "y"}))
    found.append(Target("parent:check", "parent-empty", f"/s/{TOKEN}/check",
                        {"submission_key": "{draft_key}", "submit": "y"}, texts={"submission_key": 64}))
    _c, texts, _b, _h = _describe(ResumeForm)
    found.append(Target("parent:resume", "none", f"/s/{TOKEN}/resume", {"code": "ABCD-2345", "submit": "y"},
                        texts={"code": 12}))
    young = get("young_person")
    for number, page in enumerate(young.pages):
        # Easy-read and standard pages share a handler: alternate them to keep the corpus quick.
        for version in (("easy", "standard") if number == 0 else ("easy",) if number % 2 else ("standard",)):
            choices, texts, buttons, _hidden = _describe(form_for(young, page, version))
            valid = {name: codes[0] for name, codes in choices.items()} | {name: "Fine." for name in texts}
            found.append(Target(f"young:{version}:{page.slug}", "young", f"/y/{TOKEN}/{version}/{page.slug}",
                                valid, choices, texts, _actions(buttons), thorough=number == 0))
    found.append(Target("young:start", "none", f"/y/{TOKEN}/start", {"start": "y"}))
    found.append(Target("young:check", "young-empty", f"/y/{TOKEN}/check",
                        {"submission_key": "{draft_key}", "submit": "y"}, texts={"submission_key": 64}))
    found.append(Target("young:display", "none", f"/y/{TOKEN}/display", {"large_text": "y", "next": "/"},
                        texts={"next": 2000}))
    choices, _texts, buttons, _hidden = _describe(QuestionForm)
    found.append(Target(
        "webinar", "none", f"/w/{TOKEN}/",
        {"question": "Why are waits for speech and language therapy so long?", "submission_key": NEW_KEY,
         "asker_role": "parent", "age_phase": "age_5_10"},
        choices, {"question": MAX_QUESTION_CHARS, "website": 200, "submission_key": 64}, _actions(buttons)))
    found.append(Target("sign-in", "none", "/sign-in", {"email": "someone@example.com", "password": "wrong horse"},
                        texts={"email": 254, "password": 200}))
    return found


def _pairs(data: dict[str, str], csrf: str | None = CSRF) -> tuple[tuple[str, str], ...]:
    pairs = [("csrf_token", csrf)] if csrf is not None else []
    return tuple(pairs + list(data.items()))


def _urlencoded(pairs: tuple[tuple[str, str], ...]) -> bytes:
    return "&".join(f"{quote(k, safe='{}_')}={quote(v, safe='{}_')}" for k, v in pairs).encode()


def cases_for(target: Target) -> list[Case]:
    made: list[Case] = []

    def add(mutation: str, *, form=None, raw=None, content_type=None, csrf="valid", action=None, headers=()):
        label = "+".join(action) if action else ""
        made.append(Case(
            id=f"{target.name}|{mutation}" + (f"|{label}" if label else ""), target=target.name,
            channel=target.channel, method="POST", path=target.path, form=form, raw=raw,
            content_type=content_type, csrf=csrf, action=label, mutation=mutation, headers=headers,
        ))

    for action in target.actions:
        base = target.valid | action
        # Every kind of bad value goes into a page's first field; the others get a sample, which
        # keeps the corpus to a minute or two while every field still meets bad input.
        for position, (name, limit) in enumerate(target.texts.items()):
            add(f"{name}:over-limit", form=_pairs(base | {name: "a" * (limit + 1)}), action=action)
            if position == 0 and target.thorough:
                add(f"{name}:200k", form=_pairs(base | {name: "Long " * 40_000}), action=action)
            for kind, text in BAD_TEXTS.items():
                if (position == 0 and target.thorough) or kind in SAMPLE_TEXTS:
                    add(f"{name}:{kind}", form=_pairs(base | {name: text}), action=action)
        for position, name in enumerate(target.choices):
            for number, wrong in enumerate(WRONG_CHOICES):
                if (position == 0 and target.thorough) or number in SAMPLE_CHOICES:
                    add(f"{name}:wrong-choice-{number}", form=_pairs(base | {name: wrong}), action=action)
            first = target.choices[name][0]
            add(f"{name}:repeated", form=_pairs(base) + ((name, "bogus"), (name, first)), action=action)
        add("missing-fields", form=_pairs(action), action=action)
    base = target.valid | target.actions[0]
    add("json-body", raw=json.dumps({"csrf_token": CSRF, **base}).encode(), content_type="application/json")
    add("one-mb-body", form=_pairs(base | {"padding": "x" * ONE_MB}))
    add("csrf:missing", form=_pairs(base, csrf=None), csrf="missing")
    if target.thorough:
        _whole_body_cases(target, base, add)
    _forged_cases(target, base, add)
    return made


def _forged_cases(target: Target, base: dict[str, str], add) -> None:
    if target.name == "parent:resume":
        for number, code in enumerate(FORGED_RESUME_CODES):
            add(f"forged-resume-code-{number}", form=_pairs(base | {"code": code}))
    if target.name.endswith(":check"):
        for number, key in enumerate(FORGED_KEYS):
            add(f"forged-submission-key-{number}", form=_pairs(base | {"submission_key": key}))


def _whole_body_cases(target: Target, base: dict[str, str], add) -> None:
    add("json-body-as-form", raw=json.dumps({"csrf_token": CSRF, **base}).encode(),
        content_type="application/x-www-form-urlencoded")
    add("one-mb-field", form=_pairs(base | {next(iter(target.texts or target.valid)): "y" * ONE_MB}))
    add("raw-not-utf8", raw=_urlencoded(_pairs(base)) + b"&extra=caf\xe9\xff",
        content_type="application/x-www-form-urlencoded")
    add("encoded-not-utf8", raw=_urlencoded(_pairs(base)) + b"&" + next(iter(base)).encode() + b"=%C3%28%ED%A0%80",
        content_type="application/x-www-form-urlencoded")
    add("null-in-name", form=_pairs(base) + (("na\x00me", "x"),))
    add("repeated-csrf", form=(("csrf_token", "forged"),) + _pairs(base))
    add("multipart", form=_pairs(base), content_type="multipart/form-data")
    add("empty-body", raw=b"", content_type="application/x-www-form-urlencoded")
    add("text-plain-body", raw=_urlencoded(_pairs(base)), content_type="text/plain")
    for name, value in FORGED_CSRF.items():
        if name != "missing":
            add(f"csrf:{name}", form=_pairs(base, csrf=value), csrf=name)


GET_PATHS = (
    ("token-null", "/s/%00/"), ("token-null-mid", "/s/abc%00def/"), ("token-not-utf8", "/s/%FF%FE/"),
    ("token-overlong", "/s/" + "a" * 3000 + "/"), ("token-traversal", "/s/..%2F..%2Fetc/"),
    ("token-script", "/s/%3Cscript%3E/"), ("young-null", "/y/%00/"), ("webinar-null", "/w/%00/"),
    ("webinar-controls", "/w/%01%02/"), ("young-not-utf8", "/y/%C3%28/"),
    ("page-unknown-slug", f"/s/{TOKEN}/no-such-page"), ("young-unknown-version", f"/y/{TOKEN}/odd/feelings"),
    ("done-forged-reference", f"/s/{TOKEN}/done/%3Cb%3E"), ("done-null-reference", f"/s/{TOKEN}/done/a%00b"),
    ("young-done-forged", f"/y/{TOKEN}/done/' OR 1=1"), ("query-null", f"/s/{TOKEN}/?lang=%00"),
    ("query-not-utf8", f"/s/{TOKEN}/?lang=%FF"), ("query-controls", f"/w/{TOKEN}/?x=%1B%5B31m"),
    ("query-change-null", f"/s/{TOKEN}/about-your-child?change=%00"), ("query-long", f"/s/{TOKEN}/?x=" + "q" * 8000),
    ("query-repeated-lang", f"/s/{TOKEN}/?lang=en&lang=xx&lang=%3Cb%3E"),
    ("query-lang-bogus", f"/y/{TOKEN}/?lang=../../"),
    ("sign-in-next-offsite", "/sign-in?next=https://evil.example/"), ("sign-in-next-null", "/sign-in?next=/%00"),
    ("sign-in-next-slashes", "/sign-in?next=//evil.example"), ("saved-without-code", f"/s/{TOKEN}/saved"),
    ("sent-without-question", f"/w/{TOKEN}/sent"), ("root-null", "/%00"), ("root-controls", "/%7F%1F"),
    ("static-traversal", "/static/..%2F..%2Fconfig.py"), ("healthz-null", "/healthz?%00"),
    ("privacy-not-utf8", "/privacy?%FE=%FF"),
)


def get_cases() -> list[Case]:
    made = [Case(id=f"GET|{name}", target="get", channel="none", method="GET", path=path, mutation=name)
            for name, path in GET_PATHS]
    for name, method, path in (("parent-put", "PUT", f"/s/{TOKEN}/"), ("webinar-delete", "DELETE", f"/w/{TOKEN}/"),
                               ("sign-in-patch", "PATCH", "/sign-in"), ("young-trace", "TRACE", f"/y/{TOKEN}/")):
        made.append(Case(id=f"{method}|{name}", target="method", channel="none", method=method, path=path,
                         mutation=name))
    return made


def all_cases() -> list[Case]:
    cases = get_cases()
    for target in targets():
        cases.extend(cases_for(target))
    return cases


def sendable(case: Case, values: dict[str, str]) -> dict[str, Any]:
    """Keyword arguments for the test client, with the placeholders filled in."""

    def fill(text: str) -> str:
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text

    kwargs: dict[str, Any] = {"method": case.method, "path": fill(case.path), "headers": dict(case.headers)}
    if case.raw is not None:
        kwargs["data"] = fill(case.raw.decode("latin-1")).encode("latin-1")
        kwargs["content_type"] = case.content_type
    elif case.form is not None:
        pairs = [(fill(k), fill(v)) for k, v in case.form]
        if case.content_type == "multipart/form-data":
            kwargs["data"] = {k: v for k, v in pairs}
            kwargs["content_type"] = "multipart/form-data"
        else:
            kwargs["data"] = _urlencoded(tuple(pairs))
            kwargs["content_type"] = "application/x-www-form-urlencoded"
    return kwargs
