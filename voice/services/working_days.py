"""Working days in England: no weekends, no England and Wales bank holidays.

The bank holidays come from the data bundled inside govuk-bank-holidays, so nothing
is fetched at run time. For years past the bundled data we compute the usual
statutory pattern, which is right except for one-off royal holidays.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from govuk_bank_holidays.bank_holidays import BankHolidays

UK = ZoneInfo("Europe/London")
_DIVISION = BankHolidays.ENGLAND_AND_WALES


@lru_cache(maxsize=1)
def _bundled() -> tuple[frozenset[date], int]:
    holidays = BankHolidays(use_cached_holidays=True).get_holidays(division=_DIVISION)
    dates = frozenset(h["date"] for h in holidays)
    return dates, max(d.year for d in dates)


def _easter_sunday(year: int) -> date:
    """Anonymous Gregorian computus."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _first_monday(year: int, month: int) -> date:
    d = date(year, month, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    d = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=d.weekday())


@lru_cache(maxsize=64)
def _computed(year: int) -> frozenset[date]:
    easter = _easter_sunday(year)
    new_year = date(year, 1, 1)
    if new_year.weekday() >= 5:
        new_year += timedelta(days=7 - new_year.weekday())
    christmas, boxing = date(year, 12, 25), date(year, 12, 26)
    if christmas.weekday() == 5:  # Saturday: Mon 27 and Tue 28
        christmas, boxing = date(year, 12, 27), date(year, 12, 28)
    elif christmas.weekday() == 6:  # Sunday: Tue 27 for Christmas, Mon 26 stays Boxing Day
        christmas = date(year, 12, 27)
    elif boxing.weekday() == 5:  # Friday Christmas: Boxing Day moves to Monday 28
        boxing = date(year, 12, 28)
    return frozenset({
        new_year,
        easter - timedelta(days=2),
        easter + timedelta(days=1),
        _first_monday(year, 5),
        _last_monday(year, 5),
        _last_monday(year, 8),
        christmas,
        boxing,
    })


def is_bank_holiday(day: date) -> bool:
    bundled, last_year = _bundled()
    if day.year <= last_year:
        return day in bundled
    return day in _computed(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day)


def nth_working_day(start: date, n: int) -> date:
    """The nth working day counting from start (start itself is day 1 if it is a working day)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    day = start
    count = 0
    while True:
        if is_working_day(day):
            count += 1
            if count == n:
                return day
        day += timedelta(days=1)


def previous_working_day(on_or_before: date) -> date:
    day = on_or_before
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def uk_midnight_utc(day: date) -> datetime:
    """The start of a UK calendar day, as naive UTC (it moves with British Summer Time)."""
    return datetime.combine(day, time(0), tzinfo=UK).astimezone(UTC).replace(tzinfo=None)


def window(notification_date: date, working_days: int) -> tuple[datetime, datetime]:
    """Opens at the start of the notification date; closes at the end of its Nth working day."""
    last_day = nth_working_day(notification_date, working_days)
    return uk_midnight_utc(notification_date), uk_midnight_utc(last_day + timedelta(days=1))


def to_uk(moment: datetime) -> datetime:
    """Naive UTC from the database to an aware UK local time for display."""
    return moment.replace(tzinfo=UTC).astimezone(UK)


def from_uk(local: datetime) -> datetime:
    """A UK wall-clock time (naive) to naive UTC for storage."""
    return local.replace(tzinfo=UK).astimezone(UTC).replace(tzinfo=None)
