"""The page's footer kept as prose past the menus that close a page goes as ``page-footer``; an
article that goes on past a long gap stays."""

from __future__ import annotations

import pytest

from articlean.model import Label, Verdict
from articlean.pagefooters import FOOTER_MIN_GAP, TAIL_FOOTER_MIN_GAP, copyright_notice
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


# A get_text() dump glues the footer's lines into one block, its legal note after the others.
GLUED_FOOTER = (
    "Contact editorial example.com brings you the latest reviews and news every day. Copyright © "
    "Example Media Ltd, Media Centre, Example Way. Telephone: 01234 567890 | Privacy Policy | Terms"
)
# What a page prints after its footer (a dialog's text, hidden on screen).
DIALOG = "Members of the club get early access to the annual show and to its workshops in the spring."


def test_a_glued_footer_closer_than_the_long_gap_goes_with_what_follows_it() -> None:
    kept, dropped = settled_after_menu(MENU[:TAIL_FOOTER_MIN_GAP], [GLUED_FOOTER, DIALOG])
    assert kept == [*ARTICLE, CLOSING]
    assert dropped == {GLUED_FOOTER: "page-footer", DIALOG: "page-footer"}


def test_a_glued_footer_right_under_the_article_stays() -> None:
    kept, dropped = settled_after_menu(MENU[: TAIL_FOOTER_MIN_GAP - 1], [GLUED_FOOTER])
    assert kept == [*ARTICLE, CLOSING, GLUED_FOOTER]
    assert not dropped


def test_a_notice_on_its_own_block_closer_than_the_long_gap_stays() -> None:
    """Only a note glued after the footer's other lines marks a footer closer than the long gap."""
    kept, dropped = settled_after_menu(MENU[:TAIL_FOOTER_MIN_GAP], ["Copyright © Example Media Ltd."])
    assert kept == [*ARTICLE, CLOSING, "Copyright © Example Media Ltd."]
    assert not dropped


def test_a_glued_footer_before_more_kept_text_stays() -> None:
    """The closer footer is the page's last kept run: the article may go on past a glued note."""
    kept, dropped = settled_after_menu(MENU[:TAIL_FOOTER_MIN_GAP], [GLUED_FOOTER, *MENU, LATER])
    assert GLUED_FOOTER in kept
    assert not dropped


# Pieces of legal notes in each case form the search ignores, the letters re.IGNORECASE matches beyond
# str.lower() ("İ", "ı", "ſ", the Kelvin sign), and words near them.
NOTE_PIECES = (
    "copyright", "COPYRIGHT", "Copyright", "©", "(c)", "all rights reserved", "ALL RIGHTS RESERVED",
    "All Rights Reserved", "tous droits réservés", "TOUS DROITS RÉSERVÉS", "alle Rechte vorbehalten",
    "todos los derechos reservados", "todos os direitos reservados", "tutti i diritti riservati",
    "rıghts", "rİghts", "reſerved", "all rightſ reserved", "copyrıght", "CopyrİGHT", "\u212a", "server",
    "Contact editorial", "Privacy Policy", "Example Media Ltd", "one two three four five six", " ", "",
)  # fmt: skip


def test_the_legal_note_prefilter_turns_away_only_texts_the_search_cannot_match() -> None:
    """The glued-note test looks for what every legal note holds before it searches: it must answer as
    the search alone does (``_LEGAL_NOTE`` and the word bound), on texts built from notes' pieces."""
    import random

    from articlean import pagefooters

    generator = random.Random(9)
    texts = [" ".join(generator.choices(NOTE_PIECES, k=generator.randint(1, 9))) for _ in range(4000)]
    texts += [text.replace(" ", "") for text in texts[:500]]

    def searched(text: str) -> bool:
        note = pagefooters._LEGAL_NOTE.search(text)
        return note is not None and len(text[: note.start()].split()) >= pagefooters.GLUED_NOTE_MIN_WORDS

    answers = [pagefooters._glued_legal_note(text) for text in texts]
    assert [text for text, answer in zip(texts, answers, strict=True) if answer != searched(text)] == []
    assert any(answers) and not all(answers)
    assert pagefooters._glued_legal_note("one two three four five copyrıght ©")
    assert not pagefooters._glued_legal_note("one two three four copyright © all rights reserved")
    assert searched("one two three four five all rightſ reſerved")
    assert pagefooters._glued_legal_note("one two three four five all rightſ reſerved")
