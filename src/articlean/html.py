"""HTML -> the lines of the whole page plus metadata hints, the hints through trafilatura.

This is the only module that imports trafilatura, and it does so inside functions: importing it costs
about half a second, which ``articlean --version`` and text input should not pay.

The page is parsed once (as trafilatura's ``load_html`` would, for less: :func:`parse_page`): the
metadata hints are read from the tree (as trafilatura would, minus what articlean does not use),
then the whole page is written out as a markdown dump (:mod:`articlean.pagerender`) for the
cleaning stages, which find the article in it as they do in a crawler's dump. trafilatura's own
extraction (``bare_extraction``) is not run: the cleaner found the article in the whole page better
than in what it kept (dev pages' HTML: F1 0.9652 against 0.9551), and it was most of the HTML path's
time.

A page whose tree holds no text (libxml2 stops building it 256 elements deep) is read without a
tree; a page with no text at all gives no lines. Malformed HTML never raises.
"""

from __future__ import annotations

import contextlib
import functools
import re
from typing import Any

from articlean.authorscan import extract_author
from articlean.htmlauthors import page_author
from articlean.htmltitles import declared_description, declared_title
from articlean.markdown import MarkdownLine
from articlean.model import Document, InputFormat, Metadata, Options
from articlean.pagerender import escape, page_dump
from articlean.titleparts import without_site

# lxml.etree._Element: lxml ships no type stubs, and lxml-stubs is not a dependency.
_Element = Any

# htmldate's extensive search parses free text with dateparser: +2 s of regex compiling per process and
# ~15% of the extraction time per page, for no date gained on the dev split (23/23 gold dates either way).
_DATE_SETTINGS: dict[str, Any] = {"original_date": True, "extensive_search": False}
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
_BASE64 = ";base64,"
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
    (of 1.7 s on the 230 dev pages, 1.4 s the author's and 0.5 s the categories' and tags'); the
    author's is done in one walk over the tree (:mod:`articlean.authorscan`)."""
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
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
        found.author = extract_author(tree)  # trafilatura's, in one walk over the tree
    found.url = found.url or extract_url(tree, source)
    found.date = find_date(tree, **_date_settings(), url=found.url)
    found.sitename = _sitename(tree, found.sitename, found.url)
    found.categories = found.categories or _categories(tree, text)
    found.tags = found.tags or (catstags("tag", tree) if _TAG_ADDRESS.search(text) else [])
    found.clean_and_trim()  # trafilatura's last step: entities decoded, whitespace and length trimmed
    return found


def may_name_author(page: str) -> bool:
    """Whether trafilatura's author XPaths may find an element in the page (:data:`_AUTHOR_WORDS`, in
    the lowercased page).

    The page is lowercased as UTF-8 bytes, whose ``lower`` changes ASCII letters only; a page with a
    character whose lowercase holds an ASCII letter (:data:`LOWER_TO_ASCII`) is lowercased as text.
    ``str.lower`` of a page with non-ASCII text took 2.7 times as long (0.15 s against 0.055 s on
    the 230 dev pages)."""
    if any(char in page for char in LOWER_TO_ASCII):
        lowered = page.lower()
        return any(word in lowered for word in _AUTHOR_WORDS)
    encoded = page.encode("utf-8", "surrogatepass").lower()
    return any(word in encoded for word in _AUTHOR_BYTES)


_AUTHOR_BYTES = tuple(word.encode() for word in _AUTHOR_WORDS)
# The characters beyond ASCII whose lowercase holds an ASCII letter: "İ" -> "i̇", the Kelvin sign -> "k"
# (tests/test_html_metadata.py checks that there are no others).
LOWER_TO_ASCII = ("\u0130", "\u212a")


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
    from trafilatura.utils import line_processing

    if _CATEGORY_ADDRESS.search(text):
        return catstags("category", tree)
    sections = (element.get("content") for element in tree.xpath(_SECTION_META))
    values = dict.fromkeys(line_processing(section) for section in sections if section)
    return [value for value in values if value]


def catstags(metatype: str, tree: _Element) -> list[str]:
    """trafilatura's ``extract_catstags(metatype, tree)`` ("category" or "tag"), found from the links.

    trafilatura tries its XPaths in turn (``//div[...]//a[@href]``: the links inside an element of a
    category or tag box), each a scan of the whole tree (one tests each div's class with a regular
    expression called back in Python), and keeps the first one's links whose address names the
    metatype. Here the page's links that name it are found first (few are), and the XPaths are asked
    of their ancestors (``ancestor::div[...]``): the same links in the same order, for a fraction of
    the scans (tags 0.083 -> 0.02 s over every second dev page). Falls back to trafilatura's own
    where its XPaths are not of that form."""
    from trafilatura.baseline import block_text
    from trafilatura.metadata import extract_catstags
    from trafilatura.utils import line_processing

    tests = _ancestor_tests(metatype)
    if tests is None:
        return list(extract_catstags(metatype, tree))
    stem = "/" + metatype.rstrip("y")
    address = re.compile(stem + "(?:y|ies|s)?/")  # trafilatura's, built alike
    # only the links whose address holds the stem are handed to Python: a page has hundreds of links
    links = [link for link in _links()(tree, stem=stem) if address.search(link.attrib["href"])]
    results: list[str] = []
    for test in tests:
        results.extend(block_text(link) for link in links if test(link))
        if results:
            break
    if metatype == "category" and not results:
        results.extend(element.attrib["content"] for element in tree.xpath(_SECTION_META))
    values = dict.fromkeys(line_processing(result) for result in results if result)
    return [value for value in values if value]


_XPATH_LITERAL = re.compile(r"'[^']*'|\"[^\"]*\"")
# trafilatura's category and tag XPaths end so: the links inside the element their one step finds.
_LINKS_STEP = "//a[@href]"


@functools.cache
def _links() -> Any:
    from lxml.etree import XPath

    return XPath("//a[contains(@href, $stem)]")


@functools.cache
def _ancestor_tests(metatype: str) -> tuple[Any, ...] | None:
    """trafilatura's XPaths for ``metatype`` as tests of a link: whether an ancestor of it is an
    element that the XPath's step finds (``//STEP//a[@href]`` -> ``boolean(ancestor::STEP)``);
    None when one is not of that form."""
    from lxml.etree import XPath
    from trafilatura.xpaths import CATEGORIES_XPATHS, REGEXP_NS, TAGS_XPATHS

    tests = []
    for xpath in CATEGORIES_XPATHS if metatype == "category" else TAGS_XPATHS:
        path = xpath.path.strip()
        step = path[2 : -len(_LINKS_STEP)]
        unquoted = _XPATH_LITERAL.sub("''", step)  # a "|" in a literal (a regular expression's) is no union
        if not (path.startswith("//") and path.endswith(_LINKS_STEP)) or "//" in unquoted or "|" in unquoted:
            return None
        tests.append(XPath(f"boolean(ancestor::{step})", namespaces={"re": REGEXP_NS}))
    return tuple(tests)


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


def _as_page(text: str) -> str:
    """A fragment ("<p>Hello</p>") as a page: trafilatura rejects input without "html" near its start."""
    return text if "html" in text[:_PAGE_MARK_SCAN].lower() else f"<html><body>{text}</body></html>"


# The characters trafilatura's repair removes (``trafilatura.utils.INVALID_XML_CHARS``): C0 controls but
# tab, line feed and carriage return, and the two noncharacters U+FFFE and U+FFFF.
_INVALID_XML = tuple(chr(code) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF))


def parse_page(page: str, utf8: bytes | None = None) -> _Element | None:
    """The tree trafilatura's ``load_html`` builds of a page that :func:`_as_page` returned, for less.

    ``load_html`` repairs the page (invalid characters removed, a doctype with a slash and a
    self-closing ``<html/>`` near the top undone), then parses the text, and parses its UTF-8 bytes
    when that fails or gives an empty tree. Two of its steps cost more than their use: removing the
    invalid characters is a regular expression substitution over the whole page that finds nothing
    on almost every page (one ``in`` test per character scans the page in a third of its time), and
    libxml2 reads a page as UTF-8 bytes faster than as text (its text is recoded first), giving the
    same tree (the 460 pages of the dev split and the HTML split alike): the bytes are parsed at once.
    Text with a lone surrogate (a ``str`` handed to :func:`articlean.clean`; decoded bytes have none)
    has no UTF-8 form and goes to ``load_html`` itself. A page without "html" in its first 50
    characters, which ``load_html`` may reject, never comes: :func:`_as_page` wraps it. Parsing
    0.42 -> 0.29 s over every second dev page. ``utf8``: the page's UTF-8 bytes when the caller has
    them (the input, decoded as strict UTF-8, which is one to one): a page no repair changed is
    parsed from them, not encoded again (0.038 s over every second dev page)."""
    from lxml.etree import LxmlError
    from lxml.html import fromstring
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS, load_html

    original = page
    beginning = page[:_PAGE_MARK_SCAN].lower()  # read before the repair, as load_html reads it
    if any(char in page for char in _INVALID_XML):
        page = INVALID_XML_CHARS.sub("", page)
        utf8 = None
    if "doctype" in beginning:  # libxml2 drops the page after <!DOCTYPE .../...>
        first_line, newline, rest = page.partition("\n")
        first_line, removed = DOCTYPE_TAG.subn("", first_line, count=1)
        if removed or not newline:  # else the page stands as it was (a one-line page gains a "\n")
            page = first_line + "\n" + rest
            utf8 = None
    for line in page[:4096].splitlines()[:4]:  # a self-closing <html/> on the first lines
        if "<html" in line and line.endswith("/>"):
            page = FAULTY_HTML.sub(r"\1>", page, count=1)
            utf8 = None
            break
    try:
        data = page.encode("utf-8") if utf8 is None else utf8
    except UnicodeEncodeError:
        return load_html(original)
    try:
        return fromstring(data, parser=_parser())
    except (LxmlError, ValueError):  # as load_html: a page libxml2 cannot parse has no tree
        return None


@functools.cache
def _parser() -> Any:
    """trafilatura's parser (``trafilatura.utils.HTML_PARSER``'s options) with each element's class
    chosen in C: lxml.html's parser calls a Python lookup for every element handed to Python (to give
    forms and inputs their own classes, which no reader here uses), 156,000 calls over every second
    dev page; the writer and the metadata readers over those pages 0.63 -> 0.55 s."""
    from lxml.etree import ElementDefaultClassLookup
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction

    parser = HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        ElementDefaultClassLookup(
            element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
        )
    )
    return parser


def html_document(text: str, encoding: str, options: Options, utf8: bytes | None = None) -> Document:
    """An HTML page as the lines of a dump of it, with what the page says about itself as hints.
    ``utf8``: the bytes ``text`` was decoded from as strict UTF-8, when it was (its encoding then)."""
    if _BASE64 in text:  # a plain search first: most pages have no inline payload to cut
        text = _INLINE_DATA.sub("data:,", text)
        utf8 = None
    page = _as_page(text)
    tree = parse_page(page, utf8 if page is text else None)
    text = page
    found = None
    lines: tuple[str, ...] = ()
    stripped: tuple[MarkdownLine | None, ...] = ()
    if tree is not None:
        found = _page_metadata(tree, text, options.source)
        lines, stripped = page_dump(tree)
    if not lines:  # no tree, or one whose text libxml2 lost (nested too deep): read it without one
        lines = tuple(escape(line) for line in tag_stripped_lines(text))
    hints = _hints(found, text, options)
    return Document(lines, InputFormat.HTML, encoding, hints, stripped=stripped)
