"""The day in the page's own address: from its share links, or the address it was cleaned with."""

from __future__ import annotations

import pytest

from articlean.model import Options
from articlean.pageurls import address_day, page_day, shared_address
from test_metadata import PARAGRAPHS, run

ADDRESS = "https://news.example.org/politik/2017/12/15/die-neue-bruecke"
ENCODED = "https%3A%2F%2Fnews.example.org%2Fpolitik%2F2017%2F12%2F15%2Fdie-neue-bruecke"
SHARE_BAR = (
    f"  * [ Facebook ](https://www.facebook.com/sharer/sharer.php?u={ENCODED})\n"
    f"  * [ Twitter ](https://twitter.com/intent/tweet?text=Bridge&url={ENCODED})\n"
    f"  * [ Reddit ](https://reddit.com/submit?title=Bridge&url={ADDRESS})"
)
UPDATED = {
    "en": "Updated Jul 24, 2018",
    "de": "Aktualisiert am 24.07.2018",
    "fr": "Mis à jour le 24 juillet 2018",
}


@pytest.mark.parametrize("language", sorted(UPDATED))
def test_the_address_day_wins_over_an_update(language: str) -> None:
    """A page that prints only when it was updated: its address, shared by its buttons, keeps the
    day it was published."""
    dump = "\n\n".join(["# Bridge", UPDATED[language], SHARE_BAR, PARAGRAPHS[language]])
    assert run(dump)[0].date == "2017-12-15"
    without_share_bar = "\n\n".join(["# Bridge", UPDATED[language], PARAGRAPHS[language]])
    assert run(without_share_bar)[0].date == "2018-07-24"


PUBLISHED = {"en": "June 12, 2024", "de": "12.06.2024", "fr": "12 juin 2024"}


@pytest.mark.parametrize("language", sorted(PUBLISHED))
def test_a_printed_date_wins_over_the_address(language: str) -> None:
    dump = "\n\n".join(["# Bridge", PUBLISHED[language], SHARE_BAR, PARAGRAPHS[language]])
    assert run(dump)[0].date == "2024-06-12"


def test_the_address_it_was_cleaned_with() -> None:
    dump = "\n\n".join(["# Bridge", PARAGRAPHS["en"]])
    assert run(dump)[0].date is None
    assert run(dump, Options(source="https://example.org/blog/2015/3/7/bridge"))[0].date == "2015-03-07"
    assert run(dump, Options(source="dumps/2015/03/07/bridge.txt"))[0].date is None


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (ADDRESS, "2017-12-15"),
        ("https://example.org/2019/11/8/20948348/slug", "2019-11-08"),
        ("http://example.org/blog/2018/10/15", "2018-10-15"),
        ("https://example.org/2018/10/slug", None),  # a month, no day
        ("https://example.org/2018/13/15/slug", None),
        ("https://example.org/archive/12/15/2018/slug", None),
        ("https://example.org/search?from=/2018/10/15/", None),  # not the path
        (None, None),
    ],
)
def test_address_day(address: str | None, expected: str | None) -> None:
    found = address_day(address)
    assert (found.iso if found else None) == expected


def test_the_most_shared_address_and_ties() -> None:
    assert shared_address(SHARE_BAR.splitlines()) == ADDRESS
    teasers = [
        "[Share](https://www.facebook.com/sharer/sharer.php?u=https://example.org/2019/01/02/one)",
        "[Share](https://www.facebook.com/sharer/sharer.php?u=https://example.org/2019/03/04/two)",
    ]
    assert shared_address(teasers) is None
    assert page_day(teasers, None) is None
    assert shared_address(["[Home](https://example.org/?ref=http)"]) is None
