"""A written page's lines come with their stripped form where the writer knows it
(``pagerender.page_dump``), and segmentation reads them as it would have stripped them."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html

from articlean.markdown import MarkdownLine, strip_lines
from articlean.pagerender import page_dump


def _dump(body: str) -> tuple[tuple[str, ...], tuple[MarkdownLine | None, ...]]:
    return page_dump(html.fromstring(f"<html><body>{body}</body></html>"))


def test_lines_of_links_images_headings_and_items_come_stripped() -> None:
    lines, known = _dump(
        "<h2>Harbour <a href='/'>news</a></h2><p>Read <a href='/a'>the report</a>!</p>"
        "<ul><li><a href='/x'><img src='a.png'> Opinion</a></li><li>Sport</li></ul>"
    )
    assert lines == ("## Harbour [news]()", "", "Read [the report]()!", "", "* [![]() Opinion]()", "* Sport")
    assert known == (
        MarkdownLine("Harbour news", heading_level=2, link_chars=4),
        MarkdownLine(""),
        MarkdownLine("Read the report!", link_chars=10),
        MarkdownLine(""),
        MarkdownLine("Opinion", list_item=True, link_chars=7, image=True),
        MarkdownLine("Sport", list_item=True),
    )
    assert strip_lines(lines) == list(known)


def test_blanks_that_open_a_line_are_left_out_and_blanks_between_words_kept() -> None:
    lines, _ = _dump("<div>\n  <a href='/'>\n  Home</a>\n  <p>\n <b>One</b> <i>two</i><a>\n</a></p></div>")
    assert lines == ("[Home]()", "", "One two")


def test_lines_that_may_hold_other_markup_are_left_to_the_stripping() -> None:
    lines, known = _dump(
        "<p>a *starred* word</p><p>• a bullet of the text</p><p>snake_case</p>"
        "<p>Wow!<a href='/'>link</a></p><pre>code</pre><p>Plain.</p>"
    )
    left = [number for number, line in enumerate(lines) if line and known[number] is None]
    assert left == [0, 2, 4, 6, 8, 9, 10]
    assert known[-1] == MarkdownLine("Plain.")
    assert lines[6] == "Wow![link]()"  # stripped as an image with "link" as its alternative text
    assert strip_lines(lines) == strip_lines(lines, known)
    assert strip_lines(lines)[6] == MarkdownLine("Wow", image=True)


def test_known_lines_are_stripped_again_with_markup_that_spans_their_paragraph() -> None:
    lines = ["one *two", "three four*"]
    known = (None, MarkdownLine("wrong"))
    assert [line.text for line in strip_lines(lines, known)] == ["one two", "three four"]


def test_known_lines_inside_a_code_fence_are_read_as_code() -> None:
    lines = ["```", "[x]()", "```"]
    known = (None, MarkdownLine("x", link_chars=1), None)
    assert strip_lines(lines, known)[1] == MarkdownLine("[x]()")


_TOKENS = st.sampled_from(
    ["x", "word", " ", "!", "[", "]", "*", "_", "•", "-", "1.", "#", ":", "|", "(", ")", '"', "&lt;b&gt;",
     "\\", "![", "](", "~", "`", "--", "&gt;", "+", "]()", "[]", "\u00b7"]
)  # fmt: skip
_TAGS = st.sampled_from(["p", "a", "li", "h2", "em", "span", "div", "ul", "td"])


@st.composite
def _bodies(draw: st.DrawFn, depth: int = 0) -> str:
    text = "".join(draw(st.lists(_TOKENS, max_size=4)))
    if depth > 2 or draw(st.booleans()):
        return text + draw(st.sampled_from(["", "<br>", "<img src='i.png'>"]))
    tag = draw(_TAGS)
    inner = "".join(draw(st.lists(_bodies(depth + 1), max_size=3)))
    return f"{text}<{tag}>{inner}</{tag}>"


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_bodies(), min_size=1, max_size=4))
def test_a_known_line_is_what_stripping_it_gives(parts: list[str]) -> None:
    lines, known = _dump("".join(parts))
    for line, stripped in zip(lines, known, strict=True):
        if stripped is not None:
            assert strip_lines([line]) == [stripped], line
    assert strip_lines(lines, known) == strip_lines(lines)


def test_the_stripped_lines_serve_segmentation_and_stay_out_of_the_result() -> None:
    from articlean import clean
    from articlean.model import InputFormat, Options
    from articlean.pipeline import load

    page = "<html><body><h1>Harbour wall</h1><p>The council voted to extend it.</p></body></html>"
    options = Options(input_format=InputFormat.HTML)
    assert load(page, options).stripped == (MarkdownLine("Harbour wall", heading_level=1), MarkdownLine(""),
                                            MarkdownLine("The council voted to extend it."))  # fmt: skip
    assert clean(page, options).document.stripped == ()
