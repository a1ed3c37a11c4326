"""Many families sending at once, over real HTTP: nothing is lost and nothing is doubled."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from voice.models import Comment, Draft, Response

_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
_KEY = re.compile(r'name="submission_key" type="hidden" value="([^"]+)"')


class Family:
    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=30) as response:
            return response.read().decode()

    def post(self, path: str, data: dict) -> str:
        body = urllib.parse.urlencode(data).encode()
        with self.opener.open(self.base + path, data=body, timeout=30) as response:
            return response.read().decode()


def _answer_survey(base: str, token: str, number: int) -> str:
    family = Family(base)
    page = family.get(f"/s/{token}/")
    csrf = _CSRF.search(page).group(1)
    family.post(f"/s/{token}/start", {"csrf_token": csrf})
    family.post(f"/s/{token}/about-your-child", {"csrf_token": csrf, "continue_": "1", "age_phase": "age_5_10"})
    family.post(f"/s/{token}/your-experience", {
        "csrf_token": csrf, "continue_": "1", "needs_identified": "agree", "involved_in_decisions": "disagree",
        "right_help": "disagree", "next_steps": "dont_know", "valued_included": "agree"})
    check = family.post(f"/s/{token}/your-comments", {
        "csrf_token": csrf, "continue_": "1",
        "could_be_better": f"Family {number}: we waited months for speech and language therapy."})
    key = _KEY.search(check).group(1)
    submit = {"csrf_token": csrf, "submission_key": key, "submit": "y"}
    # Every family double-clicks "Send".
    with ThreadPoolExecutor(max_workers=2) as clicks:
        pages = list(clicks.map(lambda _: family.post(f"/s/{token}/check", submit), range(2)))
    assert all("Thank you" in p for p in pages)
    return key


def test_forty_families_sending_at_once_are_all_stored_exactly_once(live_server, make_inspection, db_session):
    token = make_inspection()["parent_carer"]
    with ThreadPoolExecutor(max_workers=8) as pool:
        keys = list(pool.map(lambda n: _answer_survey(live_server, token, n), range(40)))
    db_session.expire_all()
    assert len(set(keys)) == 40
    assert db_session.scalar(select(func.count()).select_from(Response)) == 40
    assert db_session.scalar(select(func.count()).select_from(Comment)) == 40
    assert db_session.scalar(select(func.count()).select_from(Draft)) == 0
    texts = set(db_session.scalars(select(Comment.text)))
    assert {f"Family {n}: we waited months for speech and language therapy." for n in range(40)} == texts
