"""The stability re-check of a markdown dump (or a page written as one): what cleaning the output
again as plain text drops goes only when the kept blocks' own markdown, read again, drops it too."""

from __future__ import annotations

import pytest

from articlean import pipeline
from articlean.model import Document, InputFormat, Label, Metadata, Mode, Options, Result, Verdict
from articlean.segment import segment
from conftest import PROSE, PROSE_2

# A release note: its headline, then a list of short items under a bold line, then its paragraphs.
# Read as the output's plain text, the items are short lines at the top (a menu); in markdown they
# are a list under the article's headline.
NOTE = """\
* [Home](/)
* [Games](/games/)
* [Blog](/blog/)
* [Contact](/contact/)

# Pebble Garden / March update

  * March 3, 2024
  * Posted by [ Mira ](/author/mira/)
  * [Leave a comment](/pebble-garden-march/#respond)

**What’s new in 1.4 (March update)?**

  * New seeds for the spring season
  * More puzzles in the greenhouse
  * Weekly events coming soon
  * Better tablet support
  * Bugs fixed

Plant something new in your garden this weekend!

[Click here](/games/pebble-garden/) to read more about the game or to download it for your phone.

**Who is this game for?**

You like quiet games that you can play for ten minutes on the bus and put away again without losing anything.

You want a garden that grows while you are away, and you like to come back to see what has changed.

Or you simply like flowers and stones and water.

This game is for you!

### Leave a Reply [Cancel reply](/pebble-garden-march/#respond)

You must be [logged in](/login/) to post a comment.

##### More Games

  * [Stone Path](/games/stone-path/)
  * [River Run](/games/river-run/)

© 2024 [Pebble Studio](/). All rights reserved
"""
ITEMS = ("New seeds for the spring season", "Better tablet support", "Bugs fixed")


def test_a_list_the_plain_text_takes_for_a_menu_is_kept() -> None:
    result = pipeline.clean(NOTE)
    assert all(item in result.text.splitlines() or f"- {item}" in result.text.splitlines() for item in ITEMS)
    assert not [entry for entry in result.ledger if entry.reason == "recheck-menu"]


def test_what_the_markdown_read_again_drops_too_still_goes() -> None:
    result = pipeline.clean(NOTE)
    dropped = {entry.text: entry.reason for entry in result.ledger}
    assert dropped["This game is for you!"] == "recheck-outside-article"
    assert "This game is for you!" not in result.text


def test_the_plain_text_read_alone_drops_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the markdown reading (as for plain text input), the items go as a menu."""
    monkeypatch.setattr(pipeline, "MARKUP_FORMATS", ())
    result = pipeline.clean(NOTE)
    assert {entry.reason for entry in result.ledger if "Bugs fixed" in entry.text} == {"recheck-menu"}


@pytest.mark.parametrize(("mode", "reads"), [(Mode.BALANCED, True), (Mode.RECALL, False)])
def test_recall_mode_does_not_read_the_markdown_again(
    monkeypatch: pytest.MonkeyPatch, mode: Mode, reads: bool
) -> None:
    """Both readings keep the kept text's edges in recall mode, the markdown one more of them (recall
    re-checks balanced's output too, as balanced mode does: not counted)."""
    calls = []
    kept_markup = pipeline._kept_markup

    def counted(result: Result, *args: object) -> object:
        calls.append(result.options.mode)
        return kept_markup(result, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_kept_markup", counted)
    pipeline.clean(NOTE, Options(mode=mode))
    assert (mode in calls) is reads


def _result(lines: list[str], kept: set[int]) -> Result:
    """A markdown document whose blocks at positions ``kept`` are body and the rest boilerplate."""
    blocks = segment(lines, markdown=True)
    verdicts = [
        Verdict(Label.BODY if block.index in kept else Label.BOILERPLATE, 0.5, "test") for block in blocks
    ]
    document = Document(tuple(lines), InputFormat.MARKDOWN)
    return Result(document, tuple(blocks), tuple(verdicts), Metadata(), Options())


def test_lines_without_dropped_words_between_kept_blocks_are_read_again() -> None:
    """A table's rule (no words, dropped) stays between its header and its rows: the table is read
    again as a table."""
    lines = [PROSE, "", "Team | Wins | Losses", "---|---|---", "Hawks | 12 | 3", "Owls | 9 | 6", "", PROSE_2]
    result = _result(lines, {0, 1, 3, 4, 5})
    assert [block.text for block in result.blocks][2] == ""  # the rule: a block without words
    document, again, owners = pipeline._kept_markup(result, ())
    assert document.lines == tuple(lines)
    assert len(again) == len(result.blocks)
    worded = [owner for owner, block in zip(owners, again, strict=True) if block.text]
    assert worded == [[0], [1], [2], [3], [4]]


def test_dropped_words_between_kept_blocks_leave_one_blank_line() -> None:
    lines = [PROSE, "", "Share this story", "Subscribe now", "", PROSE_2]
    result = _result(lines, {0, 3})
    assert [block.text for block in result.blocks][1:3] == ["Share this story", "Subscribe now"]
    document, _, owners = pipeline._kept_markup(result, ())
    assert document.lines == (PROSE, "", PROSE_2)
    assert owners == [[0], [1]]


def _unstable_with(monkeypatch: pytest.MonkeyPatch, lines: list[str], reason: str) -> dict[int, Verdict]:
    """The re-check's drops of a markdown output whose plain text read again drops its first block for
    ``reason`` and whose markdown read again drops nothing."""
    readings: list[int] = []

    def dropping_first(result: Result, options: Options, *rest: object) -> dict[int, Verdict]:
        readings.append(1)
        first = result.kept_blocks()[0].index
        return {first: Verdict(Label.BOILERPLATE, 0.0, reason)} if len(readings) == 1 else {}

    monkeypatch.setattr(pipeline, "_dropped", dropping_first)
    result = _result(lines, set(range(len(segment(lines, markdown=True)))))
    dropped = pipeline._unstable(result, Options())
    assert len(readings) == 2  # the plain text, then the markdown
    return dropped


def test_an_opening_line_read_as_the_title_goes_whatever_the_markdown_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cleaning the output again would move it to the metadata: it goes now."""
    dropped = _unstable_with(monkeypatch, ["View all (23)", "", PROSE, "", PROSE_2], "recheck-title")
    assert [verdict.reason for verdict in dropped.values()] == ["recheck-title"]


@pytest.mark.parametrize(
    ("opening", "reason"),
    [
        ("## Background", "recheck-title"),  # the article's subheading
        ("* New seeds for the spring season", "recheck-title"),  # a list's item
        ("Team | Wins | Losses", "recheck-title"),  # a table's row
        ("View all (23)", "recheck-menu"),  # another reason: the markdown decides
    ],
)
def test_other_opening_lines_the_markdown_keeps_stay(
    monkeypatch: pytest.MonkeyPatch, opening: str, reason: str
) -> None:
    assert _unstable_with(monkeypatch, [opening, "", PROSE, "", PROSE_2], reason) == {}
