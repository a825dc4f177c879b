"""The page's footer kept as prose past the menus that close a page goes as ``page-footer``; an
article that goes on past a long gap stays."""

from __future__ import annotations

import pytest

from articlean.model import Label, Verdict
from articlean.pagefooters import FOOTER_MIN_GAP, copyright_notice
from articlean.segment import segment
from articlean.settle import settle
from settling import ARTICLE, paragraphs

CLOSING = (
    "The authority said the next phase, a wall along the eastern bank, would start in the spring and "
    "should be finished before the winter storms of the following year."
)
MENU = [f"Section {number}" for number in range(1, FOOTER_MIN_GAP + 1)]
DISCLAIMER = (
    "The information provided on this website is for informational purposes only and is not "
    "intended to replace the advice of a professional."
)
COPYRIGHT = "© 2019 Example, LLC. All rights reserved. Example is the owner of the Example trademarks."
APPEAL = "We cannot afford to slow down. To keep going, we need your financial support."
LATER = (
    "Shop owners on the river front said they were relieved, although several added that the work had "
    "kept customers away for months."
)


def settled_after_menu(
    menu: list[str], tail: list[str], article: tuple[str, ...] = (*ARTICLE, CLOSING)
) -> tuple[list[str], dict[str, str]]:
    """What settle() keeps when the model kept the article and ``tail`` and dropped ``menu`` between
    them, and the reason of each block it drops that the model had kept."""
    blocks = segment(paragraphs([*article, *menu, *tail]))
    first = [
        Verdict(Label.BOILERPLATE, 0.1, "menu")
        if block.text in menu
        else Verdict(Label.BODY, 0.9, "in-article")
        for block in blocks
    ]
    verdicts = settle(blocks, first)
    kept = [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]
    dropped = {
        block.text: verdict.reason
        for block, verdict, before in zip(blocks, verdicts, first, strict=True)
        if before.label.is_body and not verdict.label.is_body
    }
    return kept, dropped


def test_a_footer_with_a_copyright_notice_past_the_menus_goes() -> None:
    kept, dropped = settled_after_menu(MENU, [DISCLAIMER, COPYRIGHT])
    assert kept == [*ARTICLE, CLOSING]
    assert dropped == {DISCLAIMER: "page-footer", COPYRIGHT: "page-footer"}


def test_a_paragraph_over_an_appeal_past_the_menus_goes() -> None:
    kept, dropped = settled_after_menu(MENU, [DISCLAIMER, APPEAL])
    assert kept == [*ARTICLE, CLOSING]
    assert dropped[DISCLAIMER] == "page-footer"


def test_a_copyright_notice_right_under_the_article_stays() -> None:
    """A wire story's own notice closes its text (the gap is the menus' mark of a footer)."""
    kept, dropped = settled_after_menu(MENU[: FOOTER_MIN_GAP - 1], [DISCLAIMER, COPYRIGHT])
    assert kept == [*ARTICLE, CLOSING, DISCLAIMER, COPYRIGHT]
    assert not dropped


def test_the_article_going_on_past_a_long_gap_stays() -> None:
    kept, dropped = settled_after_menu(MENU, [LATER])
    assert kept == [*ARTICLE, CLOSING, LATER]
    assert not dropped


def test_a_footer_as_long_as_the_article_stays() -> None:
    """More words than the text before it: the page's text, not its footer."""
    long_tail = [DISCLAIMER, LATER, CLOSING + " " + LATER, COPYRIGHT]
    kept, dropped = settled_after_menu(MENU, long_tail)
    assert COPYRIGHT in kept
    assert not dropped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("© 2019 Example, LLC.", True),
        ("Copyright 2014 IETF Trust", True),
        ("Copyright (c) 2014 IETF Trust", True),
        ("Tous droits réservés.", True),
        ("All Rights Reserved.", True),
        ("© Jane Doe", False),  # a picture's credit
        ("The copyright office rejected the claim last year.", False),
        ("She reserved all the rooms for the wedding.", False),
    ],
)
def test_copyright_notices(text: str, expected: bool) -> None:
    assert copyright_notice(text) is expected


def test_a_footer_after_an_article_of_short_lines_stays() -> None:
    """A meal plan's menus are kept whole only while prose follows them (module note): the footer
    stays where the text before the gap is mostly short lines."""
    plan = [f"Meal {number}: 1 cup oats, 1 apple, 1 tsp. nut butter" for number in range(1, 9)]
    kept, dropped = settled_after_menu(MENU, [DISCLAIMER, COPYRIGHT], (ARTICLE[0], *plan))
    assert COPYRIGHT in kept
    assert not dropped
