"""Markdown markup -> plain text, line by line, so every output line keeps its source line.

Crawler exports (html2text, markdownify, Jina-style readers) write links, images, emphasis and
headings as markup. The words of the page are what we keep; URLs, image sources and markers are not
words of the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple, cast

from articlean import regexes

# A backslash escapes a parenthesis in the URL ("filters:focal\\(0x0:659x692\\)"), which does not close it.
_IMAGE = regexes.compile(r"!\[([^\]]*)\]\((?:\\.|[^)\\])*\)|!\[([^\]]*)\]\[[^\]]*\]")
# A link's text may itself hold brackets one level deep ("[[1]](url)"); the URL may hold parentheses.
# Wrapped exports may break the line between the URL and its title (see strip_lines).
# A title may quote ("… is \"the best\"…") unescaped, as html2text writes it: a quote ends it only
# before the closing parenthesis. At most eight quotes inside: unbounded, a line of many
# "[a](u \"t\" …" without a closing parenthesis made every link's match scan to the line's end.
_LINK = regexes.compile(
    r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s\x1f]|\([^)]*\))*"
    r"(?:[\s\x1f]+\"[^\"]*(?:\"(?![\s\x1f]*\))[^\"]*){0,8}\")?\)"
)
_REF_LINK = regexes.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\[[^\]]*\]")
_LINK_DEFINITION = regexes.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
# The end of a link whose text held whole paragraphs or list items (html2text writes "[" before a
# linked block and "](url)" after it, with blank lines between): markup as a whole line when it
# follows a blank line (right under its text, it ends a wrapped link, stripped with it).
_LINK_CLOSER = regexes.compile(r"^\s*\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)\s*$")
_AUTOLINK = regexes.compile(r"(?<!\\)<((?:https?|ftp|mailto):[^>\s]+)>")
_HEADING = regexes.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)")
_HEADING_TRAIL = regexes.compile(r"\s+#+\s*$")
_QUOTE = regexes.compile(r"^\s*(?:>\s?)+")
_BULLET = regexes.compile(r"^(\s*)(?:[*+\-•·▪◦‣]|\d{1,3}[.)])\s+")
_RULE = regexes.compile(r"^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
# "\s*(?:\|\s*)?" rather than "\s*\|?\s*": two adjacent \s* split a long run of blanks in n ways,
# and a line of a few thousand spaces (indented dumps have them) then took 0.1 s to fail.
_TABLE_RULE = regexes.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")
_STRONG = regexes.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = regexes.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EMPHASIS_UNDERSCORE = regexes.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = regexes.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = regexes.compile(r"`+([^`]*)`+")
_ESCAPE = regexes.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_FENCE = regexes.compile(r"^\s*(```|~~~)")
# Inline HTML: a tag of an HTML element. Other words in angle brackets are text ("<The Palace>", a
# Korean title's brackets; "<level>" in a spec); an escaped "\<" is a literal angle bracket too
# (articlean.html writes text so).
_HTML_ELEMENTS = (
    "a|abbr|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|center|cite|code|col|colgroup|dd|"
    "del|details|dfn|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|"
    "iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|object|ol|option|p|picture|pre|q|"
    "s|samp|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|"
    "textarea|tfoot|th|thead|time|title|tr|tt|u|ul|var|video|wbr"
)
_TAG = regexes.compile(rf"(?<!\\)</?(?:{_HTML_ELEMENTS})(?![\w:-])[^>\n]{{0,200}}>", re.IGNORECASE)


# Joins the lines of one paragraph while their inline markup is stripped: a control character that no
# pattern takes for a space or a bracket. Text that holds it already is stripped line by line.
_JOIN = "\x1f"
_JOIN_PATTERN = regexes.compile(_JOIN)
# Characters without which no inline markup can span two lines.
_SPANNING = frozenset("[*_`<")
_TABLE_ROW = regexes.compile(r"^\s*\|")
# A link whose title (its tooltip: not text the page shows) opens on this line and goes on over the
# next ones, blank lines included: html2text copies a multi-paragraph title attribute as it stands.
_OPEN_TITLE = regexes.compile(r"\]\((?:[^()\s]|\([^)]*\))+\s+\"[^\"]*$")
_TITLE_CLOSER = regexes.compile(r"\"\s*\)")
# The most lines an open link title is followed over before it is taken for text.
_TITLE_MAX_LINES = 12


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
    in_link: bool = False  # the line goes on with the text of a link opened on a line above


def strip_inline(text: str, tags: bool = True) -> tuple[str, int, bool]:
    """Remove inline markup; return the text, the characters that were link text, and image presence.
    ``tags=False``: see :func:`_strip_inline`."""
    text, link_chars, images, _ = _strip_inline(text, 1, tags)
    return text, link_chars[0], images[0]


def _kept_breaks(match: re.Match[str]) -> str:
    """Nothing for removed markup, but the line breaks it spanned."""
    return _JOIN * match.group(0).count(_JOIN)


def _line_finder(text: str) -> Callable[[re.Match[str]], int]:
    """Which of the joined lines (see :data:`_JOIN`) of ``text`` a match in it starts on.

    The joins are found once: counting them from the start for every match was quadratic in the
    length of a paragraph with many links."""
    joins = [join.start() for join in _JOIN_PATTERN.finditer(text)] if _JOIN in text else []
    return lambda match: bisect.bisect_left(joins, match.start())


def _strip_inline(
    text: str, lines: int, tags: bool = True
) -> tuple[str, list[int], list[bool], list[bool]]:
    """Remove inline markup from ``lines`` lines joined by :data:`_JOIN`; return the text and, per
    line, the characters that were link text, whether it held an image and whether it goes on with
    the text of a link opened on a line above. ``tags=False`` leaves
    tag-like text (an indented code block's ``<script src=...>``) as it stands.

    Each pattern runs only when the text holds the literal characters it cannot match without
    (tested right before it: an earlier substitution may bring such characters together).
    """
    images = [False] * lines
    if "![" in text:
        line_of = _line_finder(text)

        def _no_image(match: re.Match[str]) -> str:
            images[line_of(match)] = True
            return _kept_breaks(match)

        text = _IMAGE.sub(_no_image, text)
    link_chars = [0] * lines
    in_link = [False] * lines
    if "[" in text:
        text = _strip_links(text, link_chars, in_link)
    if "<" in text:
        if ":" in text:
            text = _AUTOLINK.sub(r"\1", text)
        if tags:
            text = _TAG.sub(_kept_breaks, text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "*" in text or "_" in text or "~" in text:
        text = _emphasis(text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text, link_chars, images, in_link


def _strip_links(text: str, link_chars: list[int], in_link: list[bool]) -> str:
    """Links replaced by their text, whose characters are added to ``link_chars`` line by line;
    ``in_link`` marks the lines after the first that a link's text goes on over."""
    lines = len(link_chars)
    line_of = _line_finder(text)

    def _link_text(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        if single:  # the common case, without splitting and counting joins
            link_chars[0] += len(inner)
            return inner
        line = line_of(match)
        for offset, piece in enumerate(inner.split(_JOIN)):
            link_chars[min(line + offset, lines - 1)] += len(piece.strip())
            if offset:
                in_link[min(line + offset, lines - 1)] = True
        # a line break between the URL and its title stays a line break
        return inner + _JOIN * (match.group(0).count(_JOIN) - inner.count(_JOIN))

    single = _JOIN not in text  # one line: every link's text counts on the first
    if "](" in text:
        text = _LINK.sub(_link_text, text)
    if "][" in text:
        line_of = _line_finder(text)
        text = _REF_LINK.sub(_link_text, text)
    return text


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
    found = _line_markup(line, in_fence)
    if isinstance(found, MarkdownLine):
        return found
    return _inline_line(*found)


def _line_markup(line: str, in_fence: bool) -> MarkdownLine | tuple[str, int, bool]:
    """A line that is markup as a whole (fence, rule, link definition, fenced code) as its
    :class:`MarkdownLine`; any other line as its text without the line-level markup (quote, heading,
    bullet) with its heading level and whether it is a list item."""
    if not line:  # a third of a written page's lines: the blank lines between its blocks
        return MarkdownLine("") if in_fence else (line, 0, False)
    if not in_fence and line.lstrip()[:1].isalpha():
        # No line-level markup (fence, rule, table rule, quote, heading, bullet) starts with a letter.
        return line, 0, False
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
    return text, heading_level, list_item


def _inline_line(text: str, heading_level: int, list_item: bool, *, tags: bool = True) -> MarkdownLine:
    if not text:
        return MarkdownLine(text, heading_level, list_item)
    text, link_chars, image = strip_inline(text, tags)
    return _line(text, heading_level, list_item, link_chars, image)


def _indented_code(text: str, heading_level: int, list_item: bool) -> bool:
    """Whether a paragraph's first line is indented as a code block (four columns, no bullet)."""
    indented = text[:1] in " \t" and text[:4].expandtabs(4).startswith(" " * 4)
    return indented and not (heading_level or list_item)


def _line(
    text: str, heading_level: int, list_item: bool, link_chars: int, image: bool, in_link: bool = False
) -> MarkdownLine:
    if text[:1] == "[" and "]" not in text:  # the start of a link that spans blocks (_LINK_CLOSER)
        text = text[1:]
    if "|" in text and text.count("|") >= 2:
        text = " ".join(cell.strip() for cell in text.strip().strip("|").split("|") if cell.strip())
    return MarkdownLine(" ".join(text.split()), heading_level, list_item, link_chars, image, in_link=in_link)


def strip_lines(lines: Sequence[str], known: Sequence[MarkdownLine | None] = ()) -> list[MarkdownLine]:
    """Strip a whole document, tracking code fences across lines.

    Exports wrapped at a fixed width (html2text's default) split links and emphasis over lines: the
    lines of one paragraph are stripped together, and each keeps the part of the text it held.
    ``known``: per line, what stripping it alone gives where its writer knows (a page written by
    :mod:`articlean.pagerender`), None elsewhere; such a line is not stripped again unless another
    line of its paragraph holds markup that may span lines."""
    result: list[MarkdownLine] = []
    run: list[tuple[str, int, bool]] = []
    run_known: list[MarkdownLine | None] = []
    in_fence = False
    in_title = 0  # lines left to follow an open link title over (see _OPEN_TITLE)
    for number, line in enumerate(lines):
        plain = known[number] if known and not (in_fence or in_title) else None
        if plain is not None:
            if not line or plain.heading_level or plain.list_item:  # these start a new run
                result.extend(_strip_run(run, run_known))
                run, run_known = [], []
            run.append((_unprefixed(line, plain), plain.heading_level, plain.list_item))
            run_known.append(plain)
            continue
        found = _line_markup(line, in_fence)
        if isinstance(found, MarkdownLine) and not (in_title and not found.fence):
            result.extend(_strip_run(run, run_known))
            run, run_known = [], []
            in_title = 0
            if found.fence:
                in_fence = not in_fence
            result.append(found)
            continue
        text, heading_level, list_item = (line, 0, False) if isinstance(found, MarkdownLine) else found
        if in_title:
            run.append((text, heading_level, list_item))
            run_known.append(None)
            in_title = 0 if _TITLE_CLOSER.search(text) else in_title - 1
            continue
        if (not run or not run[-1][0].strip()) and _LINK_CLOSER.match(text):
            text = ""
        # A blank line, a heading or a new list item starts a new run (a heading wrapped at a fixed
        # width goes on over the lines that follow it, as a paragraph does).
        if not text.strip() or heading_level or list_item or _TABLE_ROW.match(text):
            result.extend(_strip_run(run, run_known))
            run, run_known = [], []
        run.append((text, heading_level, list_item))
        run_known.append(None)
        if '"' in text and _OPEN_TITLE.search(text):
            in_title = _TITLE_MAX_LINES
    result.extend(_strip_run(run, run_known))
    return result


def _unprefixed(line: str, plain: MarkdownLine) -> str:
    """A known line without its heading's "# " or its list item's "* " (what _line_markup leaves)."""
    if plain.heading_level:
        return line[plain.heading_level + 1 :]
    return line[2:] if plain.list_item else line


def _may_span(text: str) -> bool:
    """Whether the text holds a character of :data:`_SPANNING`: five ``in`` tests, which cost less
    than a set of the text's characters (a fifth of the time on a paragraph)."""
    return "[" in text or "*" in text or "_" in text or "`" in text or "<" in text


def _strip_run(
    run: Sequence[tuple[str, int, bool]], known: Sequence[MarkdownLine | None]
) -> list[MarkdownLine]:
    """The lines of one paragraph: stripped together when markup may span them; as ``known`` has
    them when it has them all (no markup of theirs spans lines then: see :func:`strip_lines`).

    A paragraph indented as a code block (:func:`_indented_code`) keeps its tag-like text: converters
    write a page's ``<pre>`` so, and a tag there is the code sample's, not markup."""
    if None not in known:
        return cast("list[MarkdownLine]", list(known))
    first = next((line for line in run if line[0].strip()), None)
    tags = first is None or not _indented_code(*first)
    if len(run) < 2 or not any(_may_span(text) for text, _, _ in run):
        return [_inline_line(*line, tags=tags) for line in run]
    joined = _JOIN.join(text for text, _, _ in run)
    text, link_chars, images, in_link = _strip_inline(joined, len(run), tags)
    pieces = text.split(_JOIN)
    if len(pieces) != len(run):  # the text held the joining character itself
        return [_inline_line(*line, tags=tags) for line in run]
    return [
        _line(piece, heading_level, list_item, chars, image, linked)
        for piece, (_, heading_level, list_item), chars, image, linked in zip(
            pieces, run, link_chars, images, in_link, strict=True
        )
    ]
