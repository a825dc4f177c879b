"""Text-mode browser dumps (``lynx -dump``, ``elinks -dump``): numbered link markers and their list.

Such dumps print every link as ``[12]Link text`` and close the page with a "References" list of the
numbered URLs. The markers are markup, not words of the page (``[12]Home`` would read as the words
"12" and "Home"), and the list is the page's URLs: both go, the line structure stays, and the
characters that follow a marker count as link text, as markdown links do. So do the placeholders
lynx prints for images without alt text and for embeds ("[IMG]", "[INLINE]"): the line keeps a mark
that it held an image, as a markdown image does; and so does an image's alt text in brackets where
lynx prints it ("[12][Photo of the bridge]Bridge closes", or alone on its line).

Links that follow one another with nothing between them ("[2]News[3]Sport", a run of cards whose
headlines and summaries wrap over several lines) are link text from marker to marker: the text
between two glued markers is all one link's, whatever lines it wraps over.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from articlean import regexes
from articlean.model import Block, Label, Verdict
from articlean.phrases import normalise

_MARKER = regexes.compile(r"\[\d{1,5}\]")
# What lynx prints for an element it cannot show as text: an image without alt text, an inline frame.
_PLACEHOLDER = regexes.compile(r"\[(?:IMG|INLINE|EMBED|BUTTON|OBJ|FRAME|IFRAME)\]")
# An image's alt text in brackets: right after a marker (an image inside a link), or alone on its line.
_ALT_AFTER_MARKER = regexes.compile(r"(\[\d{1,5}\]\s*)\[(?!\d{1,5}\])[^\[\]]{1,200}\]")
# A gallery's images are a list: lynx prints each alt text after the item's bullet ("* [Photo of ...]").
_ALT_BULLET = r"(?:[*+•-]\s+)?"
_ALT_LINE = regexes.compile(rf"^\s*{_ALT_BULLET}\[(?!\d{{1,5}}\])[^\[\]]{{1,200}}\]\s*$")
# An image's alt text in brackets that opens a line, with its caption after it: lynx prints a picture
# as its alt text, and the caption under it (which often says the alt again) follows on the same
# line ("[Glass cloche terrariums] Glass cloche terrariums (Lucy Akins)").
_ALT_OPENING = regexes.compile(rf"^(\s*{_ALT_BULLET})\[(?!\d{{1,5}}\])([^\[\]]{{1,200}})\]\s+(?=\S)")
# An echo of the alt text read on a line cut by the dump's wrapping has at least this many words.
ECHO_MIN_WORDS = 2
# A paragraph of nothing but images' alt texts in brackets, which lynx wraps like any text: one alt
# over several lines, or several side by side. Paragraphs longer than ALT_PARAGRAPH_MAX_CHARS are
# not read (prose, and a bound on the work).
_ALTS = regexes.compile(rf"{_ALT_BULLET}(?:\[(?!\d{{1,5}}\])[^\[\]]{{1,400}}\]\s*)+")
ALT_PARAGRAPH_MAX_CHARS = 800
# Where an image was, while the links of a run are read (see strip_dump_lines): the object
# replacement character, no space (Python's isspace() holds for the ASCII separators "\x1c"-"\x1f").
_IMAGE = "\ufffc"
# The first word after a marker, image marks and spaces aside.
_FIRST_WORD = regexes.compile(r"[\s\ufffc]*([^\s\ufffc]+)")
# A line that starts an item of a list: it starts a new run of lines (see strip_dump_lines).
_ITEM = regexes.compile(r"^\s*(?:[*+o-]|\d{1,3}[.)])\s")
# The heading of the closing list, and the sub-headings elinks writes inside it.
_LIST_HEADINGS = frozenset({"references", "visible links", "visible links:", "hidden links", "hidden links:"})
# One numbered URL (absolute, or relative as some dumpers leave them): one token.
_LIST_ENTRY = regexes.compile(r"^\s*\d{1,5}\.\s+\S+\s*$")
# Why the closing list of URLs is dropped (one block, see articlean.segment).
LIST_REASON = "link-references"
# Markers a dump needs before its brackets are read as link markers rather than citations.
MIN_MARKERS = 3
# A dump without the closing list (``lynx -dump -nolist``) is read as one by its other marks: most
# of its text lines (at least NOLIST_INDENT_SHARE) indented by lynx's margin of three spaces, and
# MIN_MARKERS link markers glued to their link's text ("[4]Sport", where a citation follows a word:
# "said.[4] The") or as many image placeholders and alt texts alone on their line.
NOLIST_INDENT_SHARE = 0.5
_MARGIN = regexes.compile(r"   (?! )")
_OPENING_MARKER = regexes.compile(r"\[\d{1,5}\](?=[^\s\[\]]|\[(?!\d))")


def reference_list_start(lines: Sequence[str]) -> int | None:
    """Index of the "References" line that opens the closing list of URLs, or None when the dump
    does not end with one (every line after it is blank, a list heading or a numbered URL)."""
    entries = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line or line.isspace():
            continue
        key = line.strip().casefold()
        if key == "references" and entries:
            return index
        if _LIST_ENTRY.match(line):
            entries += 1
        elif key not in _LIST_HEADINGS:
            return None
    return None


def reference_list(lines: Sequence[str]) -> int | None:
    """Where the closing list of URLs starts, when the dump is a text-mode browser's: it ends with
    that list and has link markers before it. None for any other text."""
    start = reference_list_start(lines)
    if start is None:
        return None
    markers = 0
    for index in range(start):
        if "[" in lines[index]:
            markers += len(_MARKER.findall(lines[index]))
            if markers >= MIN_MARKERS:
                return start
    return None


def dump_end(lines: Sequence[str]) -> int | None:
    """Where the text of a text-mode browser's dump ends: where its closing list of URLs starts
    (:func:`reference_list`), or after its last line when it has no list but the browser's other
    marks (see NOLIST_INDENT_SHARE). None for any other text."""
    start = reference_list(lines)
    if start is not None:
        return start
    return len(lines) if _nolist_dump(lines) else None


def _nolist_dump(lines: Sequence[str]) -> bool:
    """Whether ``lines`` read as a text-mode browser's dump printed without its list of URLs."""
    text_lines = indented = markers = images = 0
    for line in lines:
        if not line or line.isspace():
            continue
        text_lines += 1
        if _MARGIN.match(line):
            indented += 1
        if "[" in line:
            markers += len(_OPENING_MARKER.findall(line))
            images += strip_placeholders(line)[1]
    return (
        text_lines > 0
        and indented >= NOLIST_INDENT_SHARE * text_lines
        and max(markers, images) >= MIN_MARKERS
    )


def mark_reference_list(
    lines: Sequence[str], blocks: Sequence[Block], verdicts: list[Verdict]
) -> list[Verdict]:
    """``verdicts`` with the block of the closing list of URLs dropped as :data:`LIST_REASON`."""
    start = reference_list(lines)
    if start is None:
        return verdicts
    return [
        Verdict(Label.BOILERPLATE, 0.0, LIST_REASON) if block.first_line >= start else verdict
        for block, verdict in zip(blocks, verdicts, strict=True)
    ]


def is_reference_dump(lines: Sequence[str]) -> bool:
    """A dump with link markers and the closing list that numbers them."""
    return reference_list(lines) is not None


def strip_placeholders(text: str, mark: str = "") -> tuple[str, bool]:
    """``text`` without lynx's placeholders for images and embeds ("[IMG]") and without the alt
    text of images in brackets (after a marker, or alone on the line), and whether it had one.
    ``mark``: what each image is replaced with (nothing by default)."""
    if "[" not in text:
        return text, False
    stripped = _PLACEHOLDER.sub(mark, text)
    if _ALT_LINE.match(stripped):
        return "", True
    if "][" in stripped or "] [" in stripped:
        stripped = _ALT_AFTER_MARKER.sub(lambda alt: alt.group(1) + mark, stripped)
    opening = _ALT_OPENING.match(stripped)
    if opening and _echoes(opening.group(2), stripped[opening.end() :]):
        stripped = opening.group(1) + mark + stripped[opening.end() :]
    return stripped, stripped != text


def _echoes(alt: str, caption: str) -> bool:
    """Whether a caption opens with its picture's alt text (or, cut by the dump's wrapping, with
    ECHO_MIN_WORDS words or more of it): then the brackets are the picture's, not an editor's note
    ("[Update: …] The company said …")."""
    alt_key, caption_key = normalise(alt), normalise(caption)
    if not alt_key or not caption_key:
        return False
    if caption_key == alt_key or caption_key.startswith(alt_key + " "):
        return True
    return len(caption_key.split()) >= ECHO_MIN_WORDS and alt_key.startswith(caption_key + " ")


def strip_markers(text: str) -> tuple[str, int]:
    """``text`` without link markers, and how many of its characters are link text.

    A dump does not show where a link's text ends: a line that starts with a marker, after its
    bullet if it is a list item (a menu entry, a list of links: "1. [5] Headline"), is link text to
    its end; a marker inside a sentence counts the word after it."""
    if "[" not in text:
        return text, 0
    parts = _MARKER.split(text)
    if len(parts) == 1:
        return text, 0
    if not _ITEM.sub("", parts[0]).strip():  # a list item's bullet is no text before the marker
        return "".join(parts), sum(len(part.strip()) for part in parts[1:])
    glued = (part.split(None, 1) for part in parts[1:] if part[:1] and not part[:1].isspace())
    return "".join(parts), sum(len(words[0]) for words in glued if words)


def strip_dump_lines(lines: Sequence[str]) -> tuple[list[str], list[int], list[bool]]:
    """Every line without its link markers and image placeholders (:func:`strip_placeholders`), how
    many of its characters are link text, and whether it held an image.

    Lines are read in runs (a paragraph: lines up to a blank line or a list item), since a link's
    text may wrap over lines. A marker's text is link text up to the next marker when that marker
    is glued to it ("[2]News[3]Sport"), or when both open with an image (a run of cards: "[4][IMG]
    Headline Summary [5][IMG] ..."); the last link of such a run is link text to the run's end. Any
    other marker counts as :func:`strip_markers` counts it, line by line. A paragraph of nothing
    but alt texts (:func:`alt_paragraphs`) is images, not text."""
    alts = alt_paragraphs(lines)
    placeholders = [
        ("", True) if number in alts else strip_placeholders(line, _IMAGE)
        for number, line in enumerate(lines)
    ]
    marked = [text for text, _ in placeholders]
    texts: list[str] = []
    chars: list[int] = []
    start = 0
    for end in range(1, len(marked) + 1):
        if (
            end == len(marked)
            or not marked[end].strip()
            or not marked[end - 1].strip()
            or _ITEM.match(marked[end])
        ):
            run_texts, run_chars = _strip_run(marked[start:end])
            texts += run_texts
            chars += run_chars
            start = end
    return texts, chars, [image for _, image in placeholders]


def alt_paragraphs(lines: Sequence[str]) -> set[int]:
    """Indexes of the lines of paragraphs (runs of lines between blank lines) that hold nothing but
    images' alt texts in brackets: "[Photo of the old bridge, closed since" / "March]"."""
    found: set[int] = set()
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and lines[end].strip():
            continue
        paragraph = lines[start:end]
        if paragraph and paragraph[0].lstrip().lstrip("*+•-").lstrip().startswith("["):
            text = " ".join(line.strip() for line in paragraph)
            if len(text) <= ALT_PARAGRAPH_MAX_CHARS and _ALTS.fullmatch(text):
                found.update(range(start, end))
        start = end + 1
    return found


def _strip_run(lines: Sequence[str]) -> tuple[list[str], list[int]]:
    """The lines of one run without markers and image marks, and the link characters of each (see
    strip_dump_lines)."""
    joined = "\n".join(lines)
    markers = list(_MARKER.finditer(joined)) if "[" in joined else []
    if len(markers) < 2 and not (markers and _card(joined, markers[0])):
        stripped = [strip_markers(line.replace(_IMAGE, "")) for line in lines]
        return [text for text, _ in stripped], [count for _, count in stripped]
    spans: list[tuple[int, int]] = []
    previous_whole = False
    # where each line starts and where its text starts, to place a marker in O(log n), not by
    # scanning its line: a line of many markers was quadratic
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    texts_at = [start + _text_start(line) for start, line in zip(starts, lines, strict=True)]
    # what follows each marker up to the next one
    afters = [joined[marker.end() : following.start()] for marker, following in itertools.pairwise(markers)]
    afters.append(joined[markers[-1].end() :])
    for number, (marker, after) in enumerate(zip(markers, afters, strict=True)):
        following = markers[number + 1] if number + 1 < len(markers) else None
        end = marker.end() + len(after)
        row = bisect.bisect_right(starts, marker.start()) - 1
        line_end = starts[row] + len(lines[row])
        # "[5][1] text": a citation, not a link's text; nor is a marker glued to one ("...[6][2]")
        opens = _opens_link(after)
        linked_after = (
            following is not None
            and _opens_link(afters[number + 1])
            and (not joined[end - 1].isspace() or (_opens_image(after) and _opens_image(afters[number + 1])))
        )
        glued_before = marker.start() > 0 and not joined[marker.start() - 1].isspace()
        closes_run = previous_whole and (glued_before or _opens_image(after))
        last_of_run = following is None and (closes_run or (number == 0 and _card(joined, marker)))
        previous_whole = opens and (linked_after or last_of_run)
        starts_line = marker.start() <= texts_at[row]
        if starts_line:  # a line that starts with a marker: link text to its end
            spans.append((marker.end(), line_end))
        if previous_whole:
            spans.append((marker.end(), end))
        elif opens and not starts_line:
            word = _FIRST_WORD.match(joined, marker.end(), line_end)
            if word:
                spans.append(word.span(1))
    mask = bytearray(len(joined))  # 1 where a character is link text; one pass over the spans
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    blanked = _MARKER.sub(_blank, joined).replace(_IMAGE, "\0")
    linked = "".join(char if flag else "\0" for char, flag in zip(blanked, mask, strict=True))
    texts: list[str] = []
    chars: list[int] = []
    offset = 0
    for line in lines:
        texts.append(_MARKER.sub("", line).replace(_IMAGE, ""))
        chars.append(sum(len(piece.strip()) for piece in linked[offset : offset + len(line)].split("\0")))
        offset += len(line) + 1
    return texts, chars


def _card(joined: str, marker: re.Match[str]) -> bool:
    """Whether ``marker`` opens its paragraph with a linked image ("[4][IMG] Headline summary..."):
    a card, whose link holds the whole paragraph, as a markdown dump shows it."""
    return not joined[: marker.start()].strip() and _opens_image(joined[marker.end() :])


def _text_start(line: str) -> int:
    """Where the text of a line starts: after its indentation and a list item's bullet or number."""
    item = _ITEM.match(line)
    return item.end() if item else len(line) - len(line.lstrip())


def _opens_link(after: str) -> bool:
    """Whether a marker followed by ``after`` opens a link: its text (or an image) straight after
    the marker, not a space, nor the next marker."""
    return bool(after) and (not after[0].isspace() or _opens_image(after))


def _opens_image(after: str) -> bool:
    return after.lstrip()[:1] == _IMAGE


def _blank(marker: re.Match[str]) -> str:
    """A marker as characters that are no link text, so that the text around it keeps its offsets."""
    return "\0" * len(marker.group())
