from datetime import date, datetime

import pytest

from voice.services import working_days as wd


def test_weekends_are_not_working_days():
    assert not wd.is_working_day(date(2026, 11, 21))  # Saturday
    assert not wd.is_working_day(date(2026, 11, 22))  # Sunday
    assert wd.is_working_day(date(2026, 11, 23))


def test_a_five_day_window_from_a_thursday_skips_the_weekend():
    opens, closes = wd.window(date(2026, 11, 19), 5)
    # Thu 19, Fri 20, Mon 23, Tue 24, Wed 25: closes at the end of Wednesday (UK midnight = 00:00 UTC in winter)
    assert opens == datetime(2026, 11, 19, 0, 0)
    assert closes == datetime(2026, 11, 26, 0, 0)


def test_a_window_across_christmas_skips_both_bank_holidays_and_the_weekend():
    # Wed 23 Dec 2026: 23, 24, (25 Fri bank holiday), (26-27 weekend), (28 Mon substitute Boxing Day), 29
    assert wd.nth_working_day(date(2026, 12, 23), 3) == date(2026, 12, 29)


def test_easter_bank_holidays_are_skipped():
    # Good Friday 3 April 2026 and Easter Monday 6 April 2026
    assert wd.nth_working_day(date(2026, 4, 2), 2) == date(2026, 4, 7)


def test_british_summer_time_moves_the_utc_closing_time():
    _opens, closes = wd.window(date(2026, 6, 1), 1)
    assert closes == datetime(2026, 6, 1, 23, 0)  # midnight BST is 23:00 UTC


def test_a_notification_on_a_weekend_counts_from_the_next_working_day():
    assert wd.nth_working_day(date(2026, 11, 21), 1) == date(2026, 11, 23)


def test_years_beyond_the_bundled_data_use_the_statutory_pattern():
    assert wd.is_bank_holiday(date(2031, 12, 25))
    assert wd.is_bank_holiday(date(2031, 4, 11))  # Good Friday 2031
    assert wd.is_bank_holiday(date(2032, 12, 27))  # Christmas on Saturday: Monday substitute
    assert not wd.is_bank_holiday(date(2031, 6, 3))


def test_the_computed_pattern_matches_the_bundled_data_where_both_exist():
    bundled, last_year = wd._bundled()
    for year in range(2019, last_year + 1):
        if year in (2020, 2022, 2023):  # VE Day move, Jubilee, Queen's funeral, Coronation
            continue
        assert wd._computed(year) == {d for d in bundled if d.year == year}, year


def test_zero_working_days_is_refused():
    with pytest.raises(ValueError):
        wd.nth_working_day(date(2026, 1, 5), 0)


def test_uk_times_round_trip():
    local = datetime(2026, 7, 1, 18, 0)
    assert wd.to_uk(wd.from_uk(local)).replace(tzinfo=None) == local
