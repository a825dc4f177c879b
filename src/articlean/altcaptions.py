"""A caption printed under its picture that repeats the picture's alt text.

Markdown exports write a picture as ``![alt](src)`` and the page's caption below it; sites fill
the alt text with the caption (often with its credit), so the line after the picture says what the
alt text says ("![Jane Doe speaks in Denver, Tuesday. Photo: AP](...)" then "Jane Doe speaks in
Denver, Tuesday."). :mod:`articlean.markdown` keeps only the mark that a line held a picture;
the alt text is read here from the picture's source line.
"""

from __future__ import annotations

from articlean import regexes
from articlean.captions import split_credit
from articlean.metapage import Page
from articlean.model import Block, Caption, Label

# The alt text of the last picture on a line; escaped brackets ("\[AP\]") belong to it.
_ALT_TEXT = regexes.compile(r"!\[((?:\\.|[^\]\\])*)\]")
_WORDS = regexes.compile(r"\w+")
# Fewer shared words are a name or a label ("Jane Doe"), which pictures of people print as text too.
MIN_SHARED_WORDS = 4
# A caption cut short ends with a toggle the alt text lacks ("… less", "… more").
MAX_TOGGLE_WORDS = 2
# A caption that repeats the whole alt text may add its credit ("Credit: Jane Doe/The Daily").
MAX_CREDIT_WORDS = 8
# Pages print the caption twice (a short and a long form, a slideshow's two views).
MAX_COPIES = 2
# A line that is mostly link text is a teaser's headline under its picture, not a caption.
MAX_LINK_SHARE = 0.5


def read_alt_text_captions(page: Page) -> None:
    """Relabel body lines that repeat a picture's alt text as its caption."""
    alts = _alt_texts(page)
    if not alts:
        return
    recorded: set[tuple[str, ...]] = set()
    for number, block in enumerate(page.blocks):
        if not page.verdicts[number].label.is_body or not _may_be_caption(block):
            continue
        words = _WORDS.findall(block.text.casefold())
        alt = next(
            (alt for alt in alts.get(tuple(words[:MIN_SHARED_WORDS]), ()) if _repeats(words, alt)), None
        )
        if alt is None:
            continue
        page.relabel(number, Label.CAPTION, "caption", strong=True)
        if alt not in recorded:  # one caption for the copies of it
            recorded.add(alt)
            caption, credit = split_credit(block.text) or (block.text, None)
            page.captions.append(Caption(caption or block.text, credit))


def _alt_texts(page: Page) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """The words of the pictures' alt texts, by their first words."""
    alts: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for block in page.blocks:
        if not block.image:
            continue
        for line in page.document.lines[block.first_line : block.last_line + 1]:
            for match in _ALT_TEXT.finditer(line):
                words = tuple(_WORDS.findall(match.group(1).casefold()))
                if len(words) >= MIN_SHARED_WORDS:
                    alts.setdefault(words[:MIN_SHARED_WORDS], []).append(words)
    return alts


def _may_be_caption(block: Block) -> bool:
    """Headings and links under a picture are a teaser's headline, not a caption."""
    return (
        bool(block.text) and not block.heading_level and block.link_chars <= MAX_LINK_SHARE * len(block.text)
    )


def _repeats(words: list[str], alt: tuple[str, ...]) -> bool:
    """The words say what the alt text says: all of it, or its start, with no more than a toggle or
    a credit added."""
    shared = 0
    while shared < min(len(words), len(alt)) and words[shared] == alt[shared]:
        shared += 1
    added = len(words) - shared
    return shared >= MIN_SHARED_WORDS and (
        added <= MAX_TOGGLE_WORDS or (shared == len(alt) and added <= MAX_CREDIT_WORDS)
    )
