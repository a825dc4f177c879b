"""Markdown markup -> plain text, one line at a time, so every output line keeps its source line.

Crawler exports (html2text, markdownify, Jina-style readers) write links, images, emphasis and
headings as markup. The words of the page are what we keep; URLs, image sources and markers are not
words of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
# A link's text may itself hold brackets one level deep ("[[1]](url)"); the URL may hold parentheses.
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\[[^\]]*\]")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_AUTOLINK = re.compile(r"(?<!\\)<((?:https?|ftp|mailto):[^>\s]+)>")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)")
_HEADING_TRAIL = re.compile(r"\s+#+\s*$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_BULLET = re.compile(r"^(\s*)(?:[*+\-•·▪◦‣]|\d{1,3}[.)])\s+")
_RULE = re.compile(r"^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
# "\s*(?:\|\s*)?" rather than "\s*\|?\s*": two adjacent \s* split a long run of blanks in n ways,
# and a line of a few thousand spaces (indented dumps have them) then took 0.1 s to fail.
_TABLE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`]*)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_FENCE = re.compile(r"^\s*(```|~~~)")
# An escaped "\<" is a literal angle bracket (articlean.html writes text such as "<The Title>" so).
_TAG = re.compile(r"(?<!\\)</?[a-zA-Z][^>\n]{0,200}>")


class MarkdownLine(NamedTuple):
    """One source line with its markup removed and what the markup said about it.

    A named tuple rather than a frozen dataclass: one is made per input line, and this is the
    cheapest immutable record to build."""

    text: str
    heading_level: int = 0
    list_item: bool = False
    link_chars: int = 0
    image: bool = False
    fence: bool = False


def strip_inline(text: str) -> tuple[str, int, bool]:
    """Remove inline markup; return the text, the characters that were link text, and image presence.

    Each pattern runs only when the text holds the literal characters it cannot match without
    (tested right before it: an earlier substitution may bring such characters together).
    """
    image = False
    if "![" in text:
        new = _IMAGE.sub("", text)
        image = new != text
        text = new
    link_chars = 0
    if "[" in text:

        def _link_text(match: re.Match[str]) -> str:
            nonlocal link_chars
            inner = match.group(1).strip()
            link_chars += len(inner)
            return inner

        if "](" in text:
            text = _LINK.sub(_link_text, text)
        if "][" in text:
            text = _REF_LINK.sub(_link_text, text)
    if "<" in text:
        if ":" in text:
            text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub("", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "*" in text or "_" in text or "~" in text:
        text = _emphasis(text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text, link_chars, image


def _emphasis(text: str) -> str:
    if "**" in text or "__" in text:
        text = _STRONG.sub(r"\2", text)
    if "*" in text:
        text = _EMPHASIS_STAR.sub(r"\1", text)
    if "_" in text:
        text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    if "~~" in text:
        text = _STRIKE.sub(r"\1", text)
    return text


def strip_line(line: str, in_fence: bool = False) -> MarkdownLine:
    """Plain text of one markdown line. Inside a code fence the line is kept as it is."""
    if not in_fence and line.lstrip()[:1].isalpha():
        # No line-level markup (fence, rule, table rule, quote, heading, bullet) starts with a letter.
        return _inline_line(line, 0, False)
    if _FENCE.match(line):
        return MarkdownLine("", fence=True)
    if in_fence:
        return MarkdownLine(line.rstrip())
    if _LINK_DEFINITION.match(line) or _RULE.match(line) or _TABLE_RULE.match(line):
        return MarkdownLine("")
    text = _QUOTE.sub("", line)
    heading_level = 0
    heading = _HEADING.match(text)
    if heading:
        heading_level = len(heading.group(1))
        text = _HEADING_TRAIL.sub("", text[heading.end() :])
    list_item = False
    bullet = _BULLET.match(text)
    if bullet:
        list_item = True
        text = text[bullet.end() :]
    return _inline_line(text, heading_level, list_item)


def _inline_line(text: str, heading_level: int, list_item: bool) -> MarkdownLine:
    text, link_chars, image = strip_inline(text)
    if "|" in text and text.count("|") >= 2:
        text = " ".join(cell.strip() for cell in text.strip().strip("|").split("|") if cell.strip())
    return MarkdownLine(" ".join(text.split()), heading_level, list_item, link_chars, image)


def strip_lines(lines: Sequence[str]) -> list[MarkdownLine]:
    """Strip a whole document, tracking code fences across lines."""
    result: list[MarkdownLine] = []
    in_fence = False
    for line in lines:
        stripped = strip_line(line, in_fence)
        if stripped.fence:
            in_fence = not in_fence
        result.append(stripped)
    return result
