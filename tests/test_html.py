"""The HTML path: the whole page as the lines of a markdown dump, its metadata as hints."""

from __future__ import annotations

import subprocess
import sys

import pytest

from articlean.html import html_document
from articlean.markdown import strip_lines
from articlean.model import InputFormat, Options
from articlean.pagerender import page_lines
from articlean.segment import segment
from timing import assert_linear

PARAGRAPH = (
    "The council voted on Tuesday to extend the harbour wall by another forty metres, a project that "
    "engineers say will protect the old town from the winter storms that flooded it twice last year."
)
SECOND = (
    "Residents who spoke at the meeting were divided, with some worried about the cost and others "
    "saying that the town could not afford to wait for another flood before acting on the plan."
)

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <title>Harbour wall to be extended | The Coastal Times</title>
  <meta name="author" content="Jane Smith">
  <meta name="description" content="The council approved the extension of the harbour wall.">
  <meta property="og:site_name" content="The Coastal Times">
  <meta property="article:published_time" content="2023-03-14T09:30:00Z">
  <link rel="canonical" href="https://coastal.example.com/news/harbour-wall">
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
    <li><a href="/sport">Sport</a></li></ul></nav>
  <article>
    <h1>Harbour wall to be extended</h1>
    <p>{PARAGRAPH}</p>
    <h2>What residents said</h2>
    <p>{SECOND}</p>
    <ul><li>Forty metres of new wall, finished in stone from the local quarry.</li>
        <li>Work to start in the spring, once the fishing season has ended.</li></ul>
    <p>{PARAGRAPH.replace("Tuesday", "Wednesday")}</p>
  </article>
  <footer><p>Copyright 2023 The Coastal Times. All rights reserved.</p>
    <a href="/privacy">Privacy policy</a></footer>
</body>
</html>
"""


def document(text: str, options: Options | None = None) -> tuple[str, ...]:
    return html_document(text, "utf-8", options or Options()).lines


def test_the_whole_page_is_written_as_blocks() -> None:
    lines = document(PAGE)
    assert PARAGRAPH in lines
    assert SECOND in lines
    assert "## What residents said" in lines
    assert "* Forty metres of new wall, finished in stone from the local quarry." in lines
    # the page around the article stays, as in a dump: the cleaner decides what goes
    assert "* [Sport]()" in lines
    assert "[Privacy policy]()" in lines


def test_navigation_and_footer_are_dropped_by_the_cleaner() -> None:
    from articlean import clean

    text = clean(PAGE, Options(input_format=InputFormat.HTML)).text
    assert PARAGRAPH in text and SECOND in text
    assert "Sport" not in text
    assert "All rights reserved" not in text
    assert "Privacy policy" not in text


def test_blocks_are_separated_by_blank_lines_and_list_items_kept_together() -> None:
    lines = document(PAGE)
    first = lines.index(PARAGRAPH)
    assert lines[first - 1] == "" and lines[first + 1] == ""
    item = lines.index("* Forty metres of new wall, finished in stone from the local quarry.")
    assert lines[item + 1].startswith("* Work to start")


def test_segmentation_sees_headings_and_list_items() -> None:
    blocks = segment(document(PAGE), markdown=True)
    heading = next(block for block in blocks if block.text == "What residents said")
    assert heading.heading_level == 2
    assert sum(block.list_item for block in blocks) == 5  # the menu's three and the article's two


def test_metadata_hints_are_mapped() -> None:
    hints = html_document(PAGE, "utf-8", Options()).hints
    assert hints.title is not None and hints.title.startswith("Harbour wall to be extended")
    assert hints.author == "Jane Smith"
    assert hints.date == "2023-03-14"
    assert hints.sitename == "The Coastal Times"
    assert hints.description == "The council approved the extension of the harbour wall."
    assert hints.language == "en"
    assert hints.source == "https://coastal.example.com/news/harbour-wall"


def test_a_given_source_wins_over_the_page_url() -> None:
    hints = html_document(PAGE, "utf-8", Options(source="file:///tmp/page.html")).hints
    assert hints.source == "file:///tmp/page.html"


def test_document_says_it_came_from_html() -> None:
    result = html_document(PAGE, "latin-1", Options())
    assert result.input_format is InputFormat.HTML
    assert result.encoding == "latin-1"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n",
        "<html",
        "<html><body><div><p>Unclosed paragraph <b>bold <i>both",
        PAGE[: len(PAGE) // 2],
        "<html><head><title>Nothing here</title></head><body></body></html>",
        "<html><body><script>var a = 1;</script><style>p {}</style></body></html>",
        "<div>" * 3000 + "deep" + "</div>" * 3000,
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared XML.</p></body></html>',
        "\x00\x01\x02 not really html",
    ],
)
def test_malformed_truncated_or_empty_html_does_not_raise(text: str) -> None:
    lines = document(text)
    assert all(isinstance(line, str) for line in lines)


def test_truncated_page_still_gives_its_first_paragraph() -> None:
    cut = PAGE.index(SECOND)
    assert PARAGRAPH in "\n".join(document(PAGE[:cut]))


def test_page_without_content_gives_no_lines() -> None:
    assert document("<html><head><title>Nothing here</title></head><body></body></html>") == ()


def test_fragment_falls_back_to_its_text() -> None:
    assert document("<p>Short note.</p>") == ("Short note.",)


def test_markup_lookalikes_in_text_survive_markdown_stripping() -> None:
    page = (
        "<html><body><p>1. Not a list</p><p># not a heading</p>"
        "<p>Opera &lt;The Palace&gt; opened.[6][7]</p><p>C:\\dir\\*</p></body></html>"
    )
    lines = [line for line in document(page) if line]
    assert [line.text for line in strip_lines(lines)] == [
        "1. Not a list",
        "# not a heading",
        "Opera <The Palace> opened.[6][7]",
        "C:\\dir\\*",
    ]
    assert all(block.heading_level == 0 and not block.list_item for block in segment(lines, markdown=True))


def _rendered(body: str) -> tuple[str, ...]:
    from lxml import html

    return page_lines(html.fromstring(f"<html><body>{body}</body></html>"))


def test_code_blocks_are_fenced_verbatim() -> None:
    lines = _rendered("<p>Run this:</p><pre>for x in y:\n    print(x)</pre>")
    assert lines == ("Run this:", "", "```", "for x in y:", "    print(x)", "```")


def test_line_breaks_stay_in_one_block_group() -> None:
    assert _rendered("<p>First line<br>second line</p><p>Next</p>") == (
        "First line",
        "second line",
        "",
        "Next",
    )


def test_links_and_images_are_marked_without_their_addresses() -> None:
    lines = _rendered(
        '<p>Read <a href="/a">the  report</a> here.</p><a href="/"><img src="logo.png"></a>'
        '<a href="/x"><svg></svg></a><p><img src="b.png"> Caption</p>'
    )
    assert lines == ("Read [the report]() here.", "", "[![]()]()", "", "![]() Caption")
    assert strip_lines(lines)[0].link_chars == len("the report")


def test_hidden_elements_are_not_written() -> None:
    lines = _rendered(
        '<p>Shown.</p><p hidden>Hidden.</p><div style="display: none">Gone.</div>'
        '<span style="visibility:hidden">Away.</span>'
    )
    assert lines == ("Shown.",)


def test_data_tables_are_rows_and_layout_tables_are_blocks() -> None:
    data = _rendered(
        "<table><tr><th>City</th><th>People</th></tr><tr><td>Oslo<br>(capital)</td><td>700,000</td></tr></table>"
    )
    assert data == ("| City | People |", "| Oslo (capital) | 700,000 |")
    layout = _rendered(
        "<table><tr><td><h2>News</h2><p>First.</p></td><td><ul><li>Menu</li></ul></td></tr></table>"
    )
    assert layout == ("## News", "", "First.", "", "* Menu")


def test_text_that_reads_as_markup_is_escaped() -> None:
    lines = _rendered("<p>+ Added [x] &lt;b&gt;</p><p><a href='/'>[1]</a></p>")
    assert [line.text for line in strip_lines(lines) if line.text] == ["+ Added [x] <b>", "[1]"]


def test_importing_the_pipeline_does_not_import_trafilatura() -> None:
    code = "import sys, articlean.pipeline, articlean.html; sys.exit('trafilatura' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_heading_that_differs_from_the_declared_title_stays_in_the_body() -> None:
    """The page's title comes from its <title> and meta tags; the stability re-check reads the output
    as text, where the first heading would look like a title, and must not drop it for that."""
    from articlean import clean

    paragraph = (
        "The council voted on Tuesday to extend the opening hours of the central library, after a year "
        "in which the number of visitors grew faster than at any time since the building opened. "
    )
    page = (
        "<html><head><title>Library hours: the council decides</title></head><body><article>"
        "<h1>Library hours: longer evenings from September</h1>"
        f"<p>{paragraph * 2}</p><p>{paragraph}</p></article></body></html>"
    )
    result = clean(page, Options(input_format=InputFormat.HTML))
    assert result.metadata.title == "Library hours: the council decides"
    assert result.text.startswith("Library hours: longer evenings from September")


def test_time_grows_with_a_run_of_blanks_in_a_linked_line() -> None:
    """Indented source puts long runs of blanks in a line's text; the link's spaces are moved out
    after the line's whitespace is collapsed (a pattern tried at every blank was quadratic)."""
    import time

    from lxml import html

    def seconds(count: int) -> float:
        tree = html.fromstring(f"<html><body><p><a href='/'>x</a>{' ' * count}y</p></body></html>")
        start = time.process_time()
        assert page_lines(tree) == ("[x]() y",)
        return time.process_time() - start

    assert_linear(seconds, 20_000, 80_000)


def test_every_line_of_the_page_is_kept_moved_or_dropped_with_a_reason() -> None:
    from articlean import clean

    result = clean(PAGE, Options(input_format=InputFormat.HTML))
    ledger = [entry for entry in result.ledger if entry.text.strip()]
    assert [entry.text for entry in ledger] == [line for line in result.document.lines if line.strip()]
    assert all(entry.reason != "blank" for entry in ledger)
    dropped = {entry.text: entry.reason for entry in ledger if not entry.label.is_body}
    assert dropped["* [Sport]()"] and dropped["[Privacy policy]()"]
    assert "# Harbour wall to be extended" in dropped  # moved to the title


@pytest.mark.parametrize(
    "page",
    [
        PAGE,
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/x.dtd">\n'
        "<html><body><p>After a doctype with slashes.</p></body></html>",
        "<html/>\n<body><p>A self-closing html tag.</p></body>",
        "<html><body><p>Control\x07 characters\x1b and \ufffe noncharacters.</p></body></html>",
        "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>Caf\xe9 cr\xe8me</p></body></html>",
        '<html><head><meta charset="windows-1252"></head><body><p>“Curly” — ünïcödé 中文</p></body></html>',
        "<html><body><p>A lone \ud800 surrogate.</p></body></html>",
        "<html>",
        "<!DOCTYPE html><html><body><p>A one-line page after a doctype.</p></body></html>",
        "<!DOCTYPE html SYSTEM 'a/b'><html><body><p>One line, a doctype with a slash.</p></body></html>",
        "<!DOCTYPE html>\n<html><body><p>Doctype \x00 and a NUL.</p></body></html>\n",
        "<!DOCTYPE html><html><body><!-- a comment --><?pi x?><form action='/s'><label for='q'>Find</label>"
        "<input id='q' name='q' value='x'><select><option>a</option></select><textarea>t</textarea>"
        "</form></body></html>",
    ],
)
def test_a_page_parses_to_the_tree_trafilatura_builds(page: str) -> None:
    from lxml import etree
    from trafilatura import load_html

    from articlean.html import parse_page

    expected, tree = load_html(page), parse_page(page)
    assert (tree is None) == (expected is None)
    if tree is not None:
        assert etree.tostring(tree) == etree.tostring(expected)
    # Given the page's UTF-8 bytes (an input decoded as UTF-8), the parser reads them where no repair
    # changed the page, and the tree is the same.
    try:
        utf8 = page.encode("utf-8")
    except UnicodeEncodeError:
        return
    from_bytes = parse_page(page, utf8)
    assert (from_bytes is None) == (expected is None)
    if from_bytes is not None:
        assert etree.tostring(from_bytes) == etree.tostring(expected)


def test_parsed_elements_have_the_html_element_methods_the_readers_call() -> None:
    from articlean.html import parse_page

    tree = parse_page("<html><body><form><label>Find <input name='q'></label></form><p>Text</p></body>")
    assert tree is not None
    assert [element.text_content() for element in tree.iter("form", "p")] == ["Find ", "Text"]
    assert tree.find_class is not None and tree.xpath("//p")[0].getparent().tag == "body"


def test_only_strict_utf8_input_hands_its_bytes_to_the_parser() -> None:
    """The decoder keeps the input's bytes only where they are the text's UTF-8; a page read from
    them cleans as the same page given as text (a NUL the decoder removes makes the bytes another
    page's: the text is encoded again)."""
    import codecs

    from articlean import clean
    from articlean.decode import decode

    assert decode("café".encode()).utf8 == "café".encode()
    assert decode("café".encode("latin-1") + b" and more words in the page").utf8 is None
    assert decode(codecs.BOM_UTF8 + b"<p>x</p>").utf8 is None
    assert decode("café").utf8 is None
    options = Options(input_format=InputFormat.HTML)
    for page in (PAGE, PAGE.replace("<p>", "<p>\x00", 1), "<!DOCTYPE html><p>Caf\u00e9 cr\u00e8me.</p>"):
        from_bytes, from_text = clean(page.encode("utf-8"), options), clean(page.replace("\x00", ""), options)
        assert (from_bytes.text, from_bytes.metadata) == (from_text.text, from_text.metadata)
