"""A whole HTML page as the lines of a markdown dump, for the text cleaner to read as it reads one.

The cleaner finds the article in a dump of the whole page better than in what trafilatura's
extraction keeps of it (on the dev pages' HTML: F1 0.9649 against 0.9551), so the page is written as
a crawler's markdown export would write it: nav, menus, footers and all, minus what no reader sees
(scripts, styles, ``hidden`` elements). One paragraph, heading (``# ``), list item (``* ``) or table
row (``| a | b |``) per line, blank lines between blocks, code in fences. Links are written as
``[text]()`` and images as ``![]()``: their addresses are not words of the page, but the share of a
line that is link text and where the images are are what tells a menu or a card from a paragraph
(without them: 0.9582 on the same pages). Text is escaped where it would read as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from articlean.markdown import MarkdownLine, strip_line

# lxml.etree._Element: lxml ships no type stubs, and lxml-stubs is not a dependency.
_Element = Any

# What no reader sees: the benchmark renderers remove the first five, and the rest hold no text of
# the page (a <select>'s options are a list of choices, an <iframe>'s text is for old browsers).
_UNSEEN = frozenset((
    "script", "style", "noscript", "template", "svg", "head", "title", "meta", "link", "iframe",
    "object", "embed", "canvas", "select",
))  # fmt: skip
# Elements that start a block of their own (HTML's block-level elements and table parts).
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "main",
    "nav", "ol", "p", "section", "summary", "ul", "table", "tbody", "thead", "tfoot", "caption", "menu",
    "legend", "html", "audio", "video", "picture", "td", "th",
))  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CELLS = ("td", "th")
# A row whose cells hold any of these is layout (a page laid out in a table), read as blocks; a data
# table's cells may hold paragraphs, divs and line breaks, and are still one row of the table.
_LAYOUT = ("table", "ul", "ol", "dl", "pre", "blockquote", "article", "section", *_HEADINGS)
# Inline styles that hide an element; hidden text is not part of what the page shows (readers drop it).
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_FENCE = "```"
_IMAGE = "![]()"
_LINK_OPEN, _LINK_CLOSE = "[", "]()"
# A space inside a link's brackets (the line's whitespace collapsed first: "\s+\]" tried at every
# blank of a long run is quadratic), moved outside so the link's text is its words alone.
_LINK_SPACE = re.compile(r"(?<!\\)\[ | \]\(\)")
_LIST_ITEM = "* "
# A paragraph starting like this would read as markdown block syntax; a backslash keeps it text.
BLOCK_START = re.compile(r"^(\d{1,3})?(#|>|[*+\-]\s|[.)]\s|```|~~~|(?:[-*_]\s*){3,}$)")
# What segmentation's markdown stripping would read as markup in plain text: a tag-like angle bracket
# ("<The Palace>" in Korean titles, "<img>" in docs), brackets ("[6][7]" citations read as a reference
# link), a backslash before punctuation. Emphasis and code spans are not escapable there; they only
# lose their * and ` marks.
LITERAL = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!<>|~])|<(?=/?[a-zA-Z])|[\[\]]|(?<=\])\(")


def escape(line: str) -> str:
    """Text as markdown that strips back to the same text; escaped only where it would not."""
    if strip_line(line).text == line:
        return line
    return _escape_start(_escape_inline(line))


# The characters that :data:`LITERAL` and :data:`BLOCK_START` can match first: most text holds none
# of the one and most lines open with none of the other, which an ``in`` test tells for less than the
# regular expression's search does (the page is written piece by piece: 200k pieces on the dev pages).
# :func:`_escape_inline` tests LITERAL's four one by one (a generator over them cost more).
_LITERAL_STARTS = ("\\", "<", "[", "]")
_BLOCK_STARTS = frozenset("0123456789#>*+-.)`~_")


def _escape_inline(text: str) -> str:
    if not ("[" in text or "]" in text or "<" in text or "\\" in text):
        return text
    return LITERAL.sub(lambda match: "\\" + match.group(0), text)


def _escape_start(line: str) -> str:
    if line[:1] not in _BLOCK_STARTS:
        return line
    return BLOCK_START.sub(lambda match: f"{match.group(1) or ''}\\{match.group(2)}", line)


@dataclass
class _PageWriter:
    """Collects the lines of a page; the pieces of the line being built sit in ``pending``, each
    with whether it is inside a link and whether it is markup (written as it is) or text."""

    lines: list[str] = field(default_factory=list)
    pending: list[tuple[str, bool, bool]] = field(default_factory=list)
    prefix: str = ""
    links: int = 0  # how many <a> the walk is inside
    # The lines whose markdown the writer knows to be its own (see _plain), stripped, by line number
    plain: dict[int, MarkdownLine] = field(default_factory=dict)

    def text(self, value: str | None) -> None:
        if value:
            self.pending.append((value, self.links > 0, False))

    def markup(self, value: str) -> None:
        self.pending.append((value, self.links > 0, True))

    def end_line(self) -> None:
        if not self.pending:  # most block ends: nothing written since the last one
            self.prefix = ""
            return
        line = " ".join(_joined(self.pending).split())
        self.pending.clear()
        if _LINK_CLOSE in line:
            line = " ".join(_LINK_SPACE.sub(_outside, line).split())
        if line:
            line = _escape_start(line)
            plain = _plain(line, self.prefix)
            if plain is not None:
                self.plain[len(self.lines)] = plain
            self.lines.append(self.prefix + line)
        self.prefix = ""

    def end_block(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def start(self, prefix: str) -> None:
        self.end_line()
        self.prefix = prefix

    def result(self) -> tuple[str, ...]:
        self.end_block()
        return tuple(self.lines[:-1] if self.lines and not self.lines[-1] else self.lines)


# What segmentation's markdown stripping may read as markup of the text's own (escapes, tags,
# emphasis, code, table cells, a heading's closing #s): a line holding one is left for it to strip.
_TEXT_MARKS = re.compile(r"[\\<*_`~|#]")
# What a line may open with that line-level markdown (quote, heading, bullet, rule, fence, table
# rule) starts with: such a line is left for it too.
_LINE_MARKS = frozenset(">#*+-|:`~_\\•·▪◦‣")


def _plain(line: str, prefix: str) -> MarkdownLine | None:
    """A written line as :func:`articlean.markdown.strip_lines` reads it, when the only markdown in
    it is the writer's own (its prefix, ``[text]()`` links, ``![]()`` images): the text without them,
    its link characters and whether it had an image. None for a line that may hold other markup.

    Segmentation then need not strip it again (it was 5 % of the HTML path). What the stripping does
    with such a line: an image is removed, a link is replaced by its text (``strip``ped, as the
    link pattern's group is), and the whitespace is collapsed (the writer's was)."""
    if line[0] in _LINE_MARKS or _TEXT_MARKS.search(line):
        return None
    heading_level = len(prefix) - 1 if prefix[:1] == "#" else 0
    list_item = prefix == _LIST_ITEM
    if "[" not in line:  # no link, no image: the line's text as it stands
        return MarkdownLine(line, heading_level, list_item)
    image = False
    if "![" in line:
        if line.count("![") != line.count(_IMAGE):  # a "!" of the text before a link: read as an image
            return None
        image = True
        line = line.replace(_IMAGE, "")
    link_chars = 0
    if _LINK_OPEN in line:
        # the text's brackets are escaped: each "[" opens a link that the next "]()" closes
        if line.count(_LINK_OPEN) != line.count(_LINK_CLOSE):
            return None
        pieces = line.replace(_LINK_CLOSE, _LINK_OPEN).split(_LINK_OPEN)  # outside, link, outside...
        texts = [text.strip() for text in pieces[1::2]]
        link_chars = sum(map(len, texts))
        pieces[1::2] = texts
        line = "".join(pieces)
    return MarkdownLine(" ".join(line.split()), heading_level, list_item, link_chars, image)


def _outside(match: re.Match[str]) -> str:
    found = match.group(0)
    return " " + found.strip() if found[0] == "[" else found.strip() + " "


def _joined(pieces: list[tuple[str, bool, bool]]) -> str:
    """The pieces of a line as markdown: text escaped, each run of linked pieces with words in it
    as one ``[text]()`` (a link with no text, an icon's, is left out)."""
    out: list[str] = []
    run: list[str] = []
    for value, linked, is_markup in pieces:
        piece = value if is_markup else _escape_inline(value)
        if linked:
            run.append(piece)
            continue
        if run:
            out.extend(_link(run))
            run = []
        out.append(piece)
    if run:
        out.extend(_link(run))
    return "".join(out)


def _link(run: list[str]) -> list[str]:
    text = "".join(run)
    return [_LINK_OPEN, text, _LINK_CLOSE] if text.strip() else []


def _children(element: _Element, writer: _PageWriter) -> None:
    # writer.text() written out: this runs for every element of the page, and the call cost more.
    # Blanks that open a line are left out: the line's whitespace is collapsed and stripped, and a
    # link's opening blanks go outside it (half of the page's pieces are the source's indentation).
    pending = writer.pending
    text = element.text
    if text and (pending or not text.isspace()):
        pending.append((text, writer.links > 0, False))
    for child in element:
        _write(child, writer)
        text = child.tail
        if text and (pending or not text.isspace()):
            pending.append((text, writer.links > 0, False))


def _cell_texts(row: _Element) -> list[str] | None:
    """The cells of a table row holding data (one line each), or None for a row used for layout."""
    cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in _CELLS]
    if any(next(cell.iter(*_LAYOUT), None) is not None for cell in cells):
        return None
    texts = (" ".join(line for line in _cell_lines(cell) if line) for cell in cells)
    return [text.replace("|", "\\|") for text in texts if text]


def _cell_lines(cell: _Element) -> tuple[str, ...]:
    writer = _PageWriter()
    _children(cell, writer)
    return writer.result()


def _write_row(row: _Element, writer: _PageWriter) -> None:
    cells = _cell_texts(row)
    if cells is None or len(cells) < 2:  # layout, or a one-cell row: read as blocks
        writer.end_block()
        _children(row, writer)
        writer.end_block()
        return
    writer.end_line()
    writer.lines.append("| " + " | ".join(cells) + " |")


def _write_code(element: _Element, writer: _PageWriter) -> None:
    writer.end_block()
    code = "".join(element.itertext()).strip("\n")
    if code.strip():
        writer.lines.extend([_FENCE, *(line.rstrip() for line in code.splitlines()), _FENCE, ""])


def _write(element: _Element, writer: _PageWriter) -> None:
    """Write one element: blocks on lines of their own, inline text joined, links marked."""
    # Written out (no _hidden()) and the tag read once: lxml makes a new string on each read, and
    # this runs for every element of the page.
    tag = element.tag
    if not isinstance(tag, str):  # a comment or processing instruction
        return
    tag = tag.lower()
    if tag in _UNSEEN or element.get("hidden") is not None:
        return
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):  # an inline style that hides it
        return
    if tag == "a":
        writer.links += 1
        _children(element, writer)
        writer.links -= 1
    elif tag == "img":
        writer.markup(_IMAGE)
    elif tag == "br":
        writer.end_line()
    elif tag == "pre":
        _write_code(element, writer)
    elif tag == "tr":
        _write_row(element, writer)
    elif tag == "li":
        writer.start(_LIST_ITEM)
        _children(element, writer)
        writer.end_line()
    elif tag in _HEADINGS or tag in _BLOCKS:
        writer.end_block()
        if tag in _HEADINGS:
            writer.start("#" * _HEADINGS[tag] + " ")
        _children(element, writer)
        writer.end_block()
    else:
        _children(element, writer)


def page_lines(root: _Element) -> tuple[str, ...]:
    """The lines of a parsed page's ``<body>`` (of the whole tree when it has none)."""
    return page_dump(root)[0]


def page_dump(root: _Element) -> tuple[tuple[str, ...], tuple[MarkdownLine | None, ...]]:
    """The lines of a parsed page's ``<body>`` (of the whole tree when it has none), and each line
    stripped of its markdown where the writer knows what stripping it gives (None elsewhere)."""
    body = root.find("body")
    writer = _PageWriter()
    _children(root if body is None else body, writer)
    lines = writer.result()
    plain = writer.plain
    return lines, tuple(plain.get(number, None if line else _BLANK) for number, line in enumerate(lines))


# A blank line between blocks, as markdown stripping reads it.
_BLANK = MarkdownLine("")
