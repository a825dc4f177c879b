"""HTML -> lines of the main content plus metadata hints, through trafilatura.

This is the only module that imports trafilatura, and it does so inside functions: importing it costs
about half a second, which ``articlean --version`` and text input should not pay.

The page is parsed once: the metadata hints are read from the tree (as trafilatura would, minus
what articlean does not use), then trafilatura's extraction (``bare_extraction``) runs on a copy of
it. Its XML body is written out as markdown-ish lines, one paragraph, heading, list item or table
row per line, blank lines between blocks, so that segmentation (markdown mode) sees what
trafilatura knew: ``# `` headings, ``- `` list items, fenced code. The cleaning stages still run on
these lines, because trafilatura leaves captions, widgets and prompts behind.

When trafilatura finds nothing (tiny or odd pages), its baseline extractor is tried, then the plain
text of the page; a page with no text at all gives no lines. Malformed HTML never raises.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Any

from articlean.htmlauthors import page_author
from articlean.htmltitles import declared_description, declared_title
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
    # _page_metadata reads the fields articlean uses, for less (all of them cost 0.37x extract() on dev)
    "with_metadata": False,
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
# trafilatura keeps a category or tag link only when its address has /category/ or /tag/ (its own
# test in extract_catstags); a page whose source has no such address has none, and the XPath scans
# for them (each over the whole tree) are skipped.
_CATEGORY_ADDRESS = re.compile(r"/categor(?:y|ies|s)?/")
_TAG_ADDRESS = re.compile(r"/tag(?:y|ies|s)?/")
# Every attribute value and element name that trafilatura's author XPaths test holds one of these
# (tests/test_html_metadata.py checks them against its XPaths): a page whose source has none has no
# author element, and those scans are skipped. Looked for with ``in`` in the lowercased page: a
# case-insensitive regular expression of them took 2.5 times as long (0.21 s on 125 dev pages).
_AUTHOR_WORDS = (
    "author", "byl", "bbl", "username", "screenname", "writer", "zuozhe", "bianji", "xiaobian",
    "channel-name", "submitted-by", "posted-by", "journalist-name", "<rel",
)  # fmt: skip
# trafilatura's fallback for categories: the article's section declared in a meta tag.
_SECTION_META = './/head//meta[@property="article:section" or contains(@name, "subject")][@content]'


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


def _hints(found: Any, text: str, options: Options) -> Metadata:
    """trafilatura's metadata (:func:`_page_metadata`) as articlean's; the page's URL is the source
    unless one was given."""

    def field_value(name: str) -> str | None:
        value = getattr(found, name, None) if found is not None else None
        return " ".join(str(value).split()) or None if value else None

    def listed(name: str) -> tuple[str, ...]:
        values = getattr(found, name, None) if found is not None else None
        return tuple(" ".join(str(v).split()) for v in values or () if str(v).strip())

    sitename = field_value("sitename")
    found_title = field_value("title")
    title = declared_title(text, sitename) or (without_site(found_title, sitename) if found_title else None)
    return Metadata(
        title=title,
        author=page_author(text, field_value("author"), sitename),
        date=field_value("date"),
        sitename=sitename,
        description=declared_description(text) or field_value("description"),
        categories=listed("categories"),
        tags=listed("tags"),
        language=field_value("language") or _language(text),
        source=options.source or field_value("url"),
    )


def _page_metadata(tree: _Element, text: str, source: str | None) -> Any:
    """What trafilatura's ``extract_metadata`` finds in a parsed page, as far as articlean uses it, for
    less: no licence, and the XPath scans over the whole tree skipped where the page's source shows
    they find nothing: categories and tags need a link to one (:data:`_CATEGORY_ADDRESS`), an author
    element a class or id that names one (:func:`may_name_author`). Those scans cost most of its time
    (of 1.7 s on the 230 dev pages, 1.4 s the author's and 0.5 s the categories' and tags')."""
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_author,
        extract_catstags,
        extract_meta_json,
        extract_title,
        extract_url,
    )

    found = examine_meta(tree)
    if found.author and " " not in found.author:  # trafilatura's: a one-word author is a handle
        found.author = None
    # trafilatura guards its JSON-LD reader the same way: its known bugs raise on odd JSON, and the
    # page then keeps what its meta tags say
    with contextlib.suppress(Exception):
        found = extract_meta_json(tree, found)
    found.title = found.title or extract_title(tree)
    if not found.author and may_name_author(text):
        found.author = extract_author(tree)
    found.url = found.url or extract_url(tree, source)
    found.date = find_date(tree, **_date_settings(), url=found.url)
    found.sitename = _sitename(tree, found.sitename, found.url)
    found.categories = found.categories or _categories(tree, text)
    found.tags = found.tags or (extract_catstags("tag", tree) if _TAG_ADDRESS.search(text) else [])
    found.clean_and_trim()  # trafilatura's last step: entities decoded, whitespace and length trimmed
    return found


def may_name_author(page: str) -> bool:
    """Whether trafilatura's author XPaths may find an element in the page (:data:`_AUTHOR_WORDS`)."""
    lowered = page.lower()
    return any(word in lowered for word in _AUTHOR_WORDS)


def _sitename(tree: _Element, declared: str | None, url: str | None) -> str | None:
    """trafilatura's site name: declared, else the part of ``<title>`` that is a domain, else the
    URL's host."""
    from trafilatura.metadata import META_URL, extract_sitename

    sitename = declared or extract_sitename(tree)
    if not sitename:
        host = META_URL.match(url) if url else None
        return host[1] if host else None
    sitename = sitename.lstrip("@")
    return sitename.title() if sitename and "." not in sitename and not sitename[0].isupper() else sitename


def _categories(tree: _Element, text: str) -> list[str]:
    """trafilatura's categories: its category links, else the article's section meta tag."""
    from trafilatura.metadata import extract_catstags
    from trafilatura.utils import line_processing

    if _CATEGORY_ADDRESS.search(text):
        return list(extract_catstags("category", tree))
    sections = (element.get("content") for element in tree.xpath(_SECTION_META))
    values = dict.fromkeys(line_processing(section) for section in sections if section)
    return [value for value in values if value]


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


def _extract(tree: _Element, options: Options) -> Any:
    from trafilatura import bare_extraction

    return bare_extraction(
        tree,  # trafilatura works on a copy of it
        url=options.source,
        favor_precision=options.mode is Mode.PRECISION,
        favor_recall=options.mode is Mode.RECALL,
        **_EXTRACT_SETTINGS,
    )


def _as_page(text: str) -> str:
    """A fragment ("<p>Hello</p>") as a page: trafilatura rejects input without "html" near its start."""
    return text if "html" in text[:_PAGE_MARK_SCAN].lower() else f"<html><body>{text}</body></html>"


def html_document(text: str, encoding: str, options: Options) -> Document:
    """The main content of an HTML page as lines, with what the page says about itself as hints."""
    from trafilatura import load_html

    text = _as_page(_INLINE_DATA.sub("data:,", text))
    tree = load_html(text)
    found = extracted = None
    if tree is not None:
        found = _page_metadata(tree, text, options.source)
        extracted = _extract(tree, options)
    lines = body_lines(extracted.body) if extracted is not None else ()
    return Document(
        lines or _fallback_lines(text), InputFormat.HTML, encoding, _hints(found, text, options)
    )
