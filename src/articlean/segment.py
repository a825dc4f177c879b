"""Text -> blocks, each with its source line span. Segmentation drops nothing.

A block is one source line, or several when a line continues the previous one: scrapers that print
every text node on its own line (BeautifulSoup ``get_text("\\n")``) split a sentence at each link
or emphasis, and hard-wrapped dumps split paragraphs at a fixed width. Classifying the rejoined
sentence is what the study of the dev split found to work; the ledger still sees every line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from articlean.markdown import MarkdownLine, strip_lines
from articlean.model import Block

_TEXT_BULLET = re.compile(r"^(?:[*+\-•·▪◦‣–]|\d{1,3}[.)])\s+")
_WORD = re.compile(r"\w+")
# A line that ends like this has not finished its sentence.
_OPEN_END = ("(", "[", "{", "“", "‘", "„", "«", ",", "-", "–", "—", "/", "&")
# A line that starts like this continues the previous one.
_CONTINUATION_START = (",", ".", ";", ":", "!", "?", ")", "]", "}", "”", "’", "»", "%", "…")
_TERMINAL_END = (".", "!", "?", "…", ":", ";", '"', "”", "’", "»", ")", "。", "！", "？", "」")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def text_lines(lines: Iterable[str]) -> list[MarkdownLine]:
    """Plain-text lines: whitespace normalised, a leading bullet noted and removed."""
    result: list[MarkdownLine] = []
    for line in lines:
        text = " ".join(line.split())
        bullet = _TEXT_BULLET.match(text)
        if bullet and bullet.end() < len(text):
            result.append(MarkdownLine(text[bullet.end() :], list_item=True))
        elif text in ("*", "+", "-", "•"):
            result.append(MarkdownLine("", list_item=True))
        else:
            result.append(MarkdownLine(text))
    return result


def _continues(previous: str, line: MarkdownLine) -> bool:
    """Whether ``line`` is the rest of a sentence that ``previous`` started."""
    if line.list_item or line.heading_level or not line.text or not previous:
        return False
    if previous.endswith(_OPEN_END):
        return True
    first = line.text[0]
    return first.islower() or line.text.startswith(_CONTINUATION_START)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def segment(lines: Sequence[str], markdown: bool = False) -> list[Block]:
    """Cut lines into blocks. Blank lines separate groups and belong to no block."""
    stripped = strip_lines(lines) if markdown else text_lines(lines)
    blocks: list[Block] = []
    group = 0
    previous_blank = True
    current: Block | None = None
    for number, (raw, line) in enumerate(zip(lines, stripped, strict=True)):
        if not raw.strip():
            if not previous_blank:
                group += 1
            previous_blank = True
            current = None
            continue
        previous_blank = False
        if current is not None and _continues(current.text, line):
            current = _extend(current, number, line)
            blocks[-1] = current
            continue
        current = Block(
            index=len(blocks),
            first_line=number,
            last_line=number,
            text=line.text,
            group=group,
            indent=_indent(raw),
            list_item=line.list_item,
            heading_level=line.heading_level,
            link_chars=line.link_chars,
            image=line.image,
        )
        blocks.append(current)
    return blocks


def _extend(block: Block, number: int, line: MarkdownLine) -> Block:
    glue = (
        "" if line.text.startswith(_CONTINUATION_START) or block.text.endswith(("(", "[", "“", "‘")) else " "
    )
    return Block(
        index=block.index,
        first_line=block.first_line,
        last_line=number,
        text=block.text + glue + line.text,
        group=block.group,
        indent=block.indent,
        list_item=block.list_item,
        heading_level=block.heading_level,
        link_chars=block.link_chars + line.link_chars,
        image=block.image or line.image,
    )


def paragraph_groups(blocks: Sequence[Block]) -> list[tuple[str, list[int]]]:
    """Output paragraphs with the positions (in ``blocks``) of the blocks each is made of.

    Adjacent blocks of one group are joined when the first did not end its sentence: a wrapped
    line, or a fragment the segmenter could not prove to be a continuation.
    """
    result: list[tuple[str, list[int]]] = []
    previous: Block | None = None
    for position, block in enumerate(blocks):
        if not block.text:
            continue
        text = f"- {block.text}" if block.list_item else block.text
        if (
            previous is not None
            and result
            and block.group == previous.group
            and block.first_line == previous.last_line + 1
            and not (block.list_item or block.heading_level or previous.heading_level)
            and not previous.text.endswith(_TERMINAL_END)
        ):
            joined, members = result[-1]
            result[-1] = (f"{joined} {text}", [*members, position])
        else:
            result.append((text, [position]))
        previous = block
    return result


def paragraphs(blocks: Sequence[Block]) -> list[str]:
    """Output paragraphs (see :func:`paragraph_groups`)."""
    return [text for text, _ in paragraph_groups(blocks)]
