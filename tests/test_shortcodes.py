"""CMS shortcodes printed as text: dropped as ``shortcode``, wherever they stand; brackets that are no
shortcode stay."""

from __future__ import annotations

import pytest

from articlean.classify import classify
from articlean.model import Block, Label, Mode, Options, Verdict
from articlean.segment import segment
from articlean.shortcodes import shortcode_line
from conftest import LIBRARY_PROSE

PROSE = LIBRARY_PROSE

SHORTCODES = [
    '[button link="https://example.com/review/" type="big" newwindow="yes"] Send us your review[/button]',
    "[button link=”https://example.com/review/” type=”big”] Send us your review[/button]",
    '[caption id="attachment_12" align="alignright" width="300"]Jane Doe, the mayor[/caption]',
    "[embed]https://video.example.com/watch/123[/embed]",
    '[gallery ids="10,11,12" columns="3"]',
    "[automerge]1574096160[/automerge]",
]
NOT_SHORTCODES = [
    "[sic]",
    "[1]",
    "[edit]",
    "[Home](https://example.com/) [About]",
    "[b]Note[/b]",
    "[x] done [y]",
    '[quote name="Jane"]This is a long quotation that someone wrapped in a shortcode and that runs on '
    "for many more words than a button's label[/quote]",
    'See [button link="https://example.com/"]here[/button] for more.',
]


@pytest.mark.parametrize("text", SHORTCODES)
def test_shortcode_lines(text: str) -> None:
    assert shortcode_line(text)


@pytest.mark.parametrize("text", NOT_SHORTCODES)
def test_brackets_that_are_no_shortcode(text: str) -> None:
    assert not shortcode_line(text)


@pytest.mark.parametrize("mode", list(Mode))
def test_shortcode_inside_the_article_is_dropped(mode: Mode) -> None:
    line = SHORTCODES[0]
    blocks, verdicts = _classified([*PROSE[:2], line, *PROSE[2:]], mode)
    by_text = {block.text: verdict for block, verdict in zip(blocks, verdicts, strict=True)}
    assert (by_text[line].label, by_text[line].reason) == (Label.BOILERPLATE, "shortcode")
    assert all(by_text[paragraph].label is Label.BODY for paragraph in PROSE)


def _classified(paragraphs: list[str], mode: Mode) -> tuple[list[Block], list[Verdict]]:
    lines = [line for paragraph in paragraphs for line in (paragraph, "")]
    blocks = segment(lines)
    return blocks, classify(blocks, Options(mode=mode))
