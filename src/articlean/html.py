"""HTML -> lines of the main content plus metadata hints, through trafilatura.

This is the only module that imports trafilatura, and it does so inside functions: importing it costs
about half a second, which ``articlean --version`` and text input should not pay.

trafilatura runs once per page (``bare_extraction``): its XML body gives the structure and its
metadata the hints. The body is written out as markdown-ish lines, one paragraph, heading, list item
or table row per line, blank lines between blocks, so that segmentation (markdown mode) sees what
trafilatura knew: ``# `` headings, ``- `` list items, fenced code. The cleaning stages still run on
these lines, because trafilatura leaves captions, widgets and prompts behind.

When trafilatura finds nothing (tiny or odd pages), its baseline extractor is tried, then the plain
text of the page; a page with no text at all gives no lines. Malformed HTML never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from articlean.htmlauthors import page_author
from articlean.htmltitles import declared_title
from articlean.markdown import strip_line
from articlean.model import Document, InputFormat, Metadata, Mode, Options
from articlean.titleparts import without_site

# lxml.etree._Element: lxml ships no type stubs, and lxml-stubs is not a dependency.
_Element = Any

# Settings chosen on the 230 pages of the dev split (benchmarks/html_split.py; table in the report):
# comments out (+0.0014 F1 over extracting them aside), tables in (+0.005), no formatting: structure
# comes from the XML body instead, written as markdown below.
_EXTRACT_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_formatting": False,
    "include_links": False,
    "deduplicate": False,
    "with_metadata": True,
}
# htmldate's extensive search parses free text with dateparser: +2 s of regex compiling per process and
# ~15% of the extraction time per page, for no date gained on the dev split (23/23 gold dates either way).
_DATE_SETTINGS: dict[str, Any] = {"original_date": True, "extensive_search": False}
# Elements of trafilatura's XML that start a block of their own.
_BLOCKS = frozenset(("p", "head", "quote", "list", "item", "table", "row", "div", "graphic", "code", "lb"))
# A paragraph starting like this would read as markdown block syntax; a backslash keeps it text.
_BLOCK_START = re.compile(r"^(\d{1,3})?(#|>|[*+\-]\s|[.)]\s|```|~~~|(?:[-*_]\s*){3,}$)")
# What segmentation's markdown stripping would read as markup in plain text: a tag-like angle bracket
# ("<The Palace>" in Korean titles, "<img>" in docs), brackets ("[6][7]" citations read as a reference
# link), a backslash before punctuation. Emphasis and code spans are not escapable there; they only
# lose their * and ` marks.
_LITERAL = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!<>|~])|<(?=/?[a-zA-Z])|[\[\]]|(?<=\])\(")
_DEFAULT_HEADING_LEVEL = 2
_FENCE = "```"
# The language is declared in <html lang> or a content-language meta near the top of the page.
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]+)", re.IGNORECASE)
_META_LANG = re.compile(
    r"<meta\b[^>]*?content-language[^>]*?content\s*=\s*[\"']?\s*([A-Za-z]+)", re.IGNORECASE
)
_LANG_SCAN = 20_000
# trafilatura looks for "html" in the first 50 characters to accept a page.
_PAGE_MARK_SCAN = 50
# An inline base64 payload (an image in a data: URI) this long or longer is cut to "data:,": it is
# never text, and libxml2 silently drops the rest of the page after an attribute over 10 MB.
# For tag_stripped_lines: what no reader sees, the tags that start a new line, and any tag.
_INVISIBLE = re.compile(
    r"<(head|script|style|noscript|template|svg)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|main|"
    r"blockquote|pre|figure|figcaption|dd|dt|dl|hr|title|body|html|head)\b[^>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<[^>]*>")
_INLINE_DATA = re.compile(r"data:[\w/+.;=-]{0,100};base64,[A-Za-z0-9+/=\s]{4096,}")


def _escape(line: str) -> str:
    """Text as markdown that strips back to the same text; escaped only where it would not."""
    if strip_line(line).text == line:
        return line
    line = _LITERAL.sub(lambda match: "\\" + match.group(0), line)
    return _BLOCK_START.sub(lambda match: f"{match.group(1) or ''}\\{match.group(2)}", line)


@dataclass
class _LineWriter:
    """Collects the lines of a trafilatura body; the line being built sits in ``pending``."""

    lines: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    prefix: str = ""

    def text(self, value: str | None) -> None:
        if value:
            self.pending.append(value)

    def end_line(self) -> None:
        line = " ".join("".join(self.pending).split())
        self.pending.clear()
        if line:
            self.lines.append(self.prefix + _escape(line))
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


def _heading_level(element: _Element) -> int:
    rend = str(element.get("rend") or "")
    if len(rend) == 2 and rend[0] == "h" and rend[1] in "123456":
        return int(rend[1])
    return _DEFAULT_HEADING_LEVEL


def _is_code_block(element: _Element) -> bool:
    parent = element.getparent()
    return "\n" in "".join(element.itertext()).strip() or (
        parent is not None and parent.tag in ("body", "quote")
    )


def _write_code(element: _Element, writer: _LineWriter) -> None:
    writer.end_block()
    code = "".join(element.itertext()).strip("\n")
    writer.lines.extend([_FENCE, *(line.rstrip() for line in code.splitlines()), _FENCE, ""])


def _write_children(element: _Element, writer: _LineWriter) -> None:
    writer.text(element.text)
    for child in element:
        _write(child, writer)
        writer.text(child.tail)


def _write_row(element: _Element, writer: _LineWriter) -> None:
    cells = [" ".join("".join(cell.itertext()).split()) for cell in element if cell.tag == "cell"]
    cells = [cell for cell in cells if cell]
    if cells:
        writer.end_line()
        writer.lines.append("| " + " | ".join(cells) + " |")


def _write(element: _Element, writer: _LineWriter) -> None:
    """Write one element of trafilatura's body: blocks on lines of their own, inline text joined."""
    tag = element.tag
    if tag not in _BLOCKS:
        _write_children(element, writer)
    elif tag == "lb":
        writer.end_line()
    elif tag == "code" and _is_code_block(element):
        _write_code(element, writer)
    elif tag == "code":
        _write_children(element, writer)
    elif tag == "row":
        _write_row(element, writer)
    elif tag == "item":
        writer.start("- ")
        _write_children(element, writer)
        writer.end_line()
    else:
        writer.end_block()
        if tag == "head":
            writer.start("#" * _heading_level(element) + " ")
        _write_children(element, writer)
        writer.end_block()


def body_lines(body: _Element | None) -> tuple[str, ...]:
    """The lines of a trafilatura XML body (or baseline's), blank lines between blocks."""
    if body is None:
        return ()
    writer = _LineWriter()
    _write_children(body, writer)
    return writer.result()


def _language(text: str) -> str | None:
    """The page's declared language as a lowercase primary subtag ("en-US" -> "en")."""
    declared = _HTML_LANG.search(text, 0, _LANG_SCAN) or _META_LANG.search(text, 0, _LANG_SCAN)
    primary = declared.group(1).lower() if declared else ""
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _hints(extracted: Any, text: str, options: Options) -> Metadata:
    """trafilatura's metadata as articlean's; the page's URL is the source unless one was given."""

    def field_value(name: str) -> str | None:
        value = getattr(extracted, name, None) if extracted is not None else None
        return " ".join(str(value).split()) or None if value else None

    def listed(name: str) -> tuple[str, ...]:
        values = getattr(extracted, name, None) if extracted is not None else None
        return tuple(" ".join(str(v).split()) for v in values or () if str(v).strip())

    sitename = field_value("sitename")
    extracted_title = field_value("title")
    title = declared_title(text, sitename) or (
        without_site(extracted_title, sitename) if extracted_title else None
    )
    return Metadata(
        title=title,
        author=page_author(text, field_value("author"), sitename),
        date=field_value("date"),
        sitename=sitename,
        description=field_value("description"),
        categories=listed("categories"),
        tags=listed("tags"),
        language=field_value("language") or _language(text),
        source=options.source or field_value("url"),
    )


def _fallback_lines(text: str) -> tuple[str, ...]:
    """When trafilatura's extraction finds nothing: its baseline, else every text line of the page,
    else the page's text read without a tree (:func:`tag_stripped_lines`)."""
    from trafilatura import baseline, html2txt

    body, found, _ = baseline(text)
    lines = body_lines(body) if found.strip() else ()
    if not lines:
        plain = html2txt(text) or ""
        lines = tuple(_escape(" ".join(line.split())) for line in plain.splitlines() if line.strip())
    if not lines:
        lines = tuple(_escape(line) for line in tag_stripped_lines(text))
    return lines


def tag_stripped_lines(text: str) -> list[str]:
    """The text of a page without parsing it into a tree: its head, scripts, styles and comments removed, a
    line break at every block tag, other tags removed, entities decoded.

    libxml2 stops building the tree 256 elements deep, so the text of a page nested deeper than that
    is lost to every tree-based extractor; this reads it all the same."""
    import html as entities

    text = _INVISIBLE.sub(" ", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    return [" ".join(line.split()) for line in entities.unescape(text).splitlines() if line.strip()]


def _date_settings() -> dict[str, Any]:
    from datetime import date

    return {**_DATE_SETTINGS, "max_date": date.today().isoformat()}


def _extract(text: str, options: Options) -> Any:
    from trafilatura import bare_extraction

    return bare_extraction(
        text,
        url=options.source,
        favor_precision=options.mode is Mode.PRECISION,
        favor_recall=options.mode is Mode.RECALL,
        date_extraction_params=_date_settings(),
        **_EXTRACT_SETTINGS,
    )


def _as_page(text: str) -> str:
    """A fragment ("<p>Hello</p>") as a page: trafilatura rejects input without "html" near its start."""
    return text if "html" in text[:_PAGE_MARK_SCAN].lower() else f"<html><body>{text}</body></html>"


def html_document(text: str, encoding: str, options: Options) -> Document:
    """The main content of an HTML page as lines, with what the page says about itself as hints."""
    text = _as_page(_INLINE_DATA.sub("data:,", text))
    extracted = _extract(text, options)
    lines = body_lines(extracted.body) if extracted is not None else ()
    if not lines:
        lines = _fallback_lines(text)
    if extracted is None:  # the metadata were lost with the content; ask for them alone
        from trafilatura import extract_metadata

        extracted = extract_metadata(text, options.source, _date_settings())
    return Document(lines, InputFormat.HTML, encoding, _hints(extracted, text, options))
