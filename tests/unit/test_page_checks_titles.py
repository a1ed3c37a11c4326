"""The page check accepts a translated "Error:" before the title in every script."""

import pytest

from accessibility.page_checks import check_page

PAGE = '<!DOCTYPE html><html lang="x"><head><title>{title}</title></head><body><main><h1>{h1}</h1></main></body></html>'


@pytest.mark.parametrize("prefix", ["Error:", "Błąd:", "خطأ:", "خرابی:", "ਗ਼ਲਤੀ:", "ত্রুটি:", "Hata:"])
def test_a_translated_error_prefix_is_accepted(prefix):
    problems = check_page(PAGE.format(title=f"{prefix} ਤੁਹਾਡਾ ਤਜਰਬਾ – Voice", h1="ਤੁਹਾਡਾ ਤਜਰਬਾ"))
    assert not [p for p in problems if "title" in p]


def test_a_title_that_does_not_match_its_heading_is_still_caught():
    problems = check_page(PAGE.format(title="ਗ਼ਲਤੀ: Something else – Voice", h1="ਤੁਹਾਡਾ ਤਜਰਬਾ"))
    assert any("does not start with the h1" in p for p in problems)
