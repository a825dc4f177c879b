"""The inspection views, recorded from a rich Console against golden files in ``tests/golden/view/``.

The results are built by hand (blocks, verdicts, metadata), not by the cleaner, so that the
goldens pin the rendering only and a better classifier never breaks them. Each view is recorded
without colour (what a pipe gets) and with 16 colours (what a terminal gets), at a fixed width.
``pytest --regen`` rewrites the goldens: review the diff.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console, RenderableType

from articlean import view
from articlean.diffs import unified_diff
from articlean.model import (
    Block,
    Caption,
    CaptionPolicy,
    Document,
    InputFormat,
    Label,
    Metadata,
    Options,
    Result,
    Verdict,
)
from articlean.stats import BatchStats
from conftest import PROSE, PROSE_2

GOLDEN = Path(__file__).resolve().parent / "golden" / "view"
WIDTH = 80

# One row per source line: its text, and the label and reason of the one-line block holding it
# (None for blank lines, which belong to no block).
ROWS: list[tuple[str, Label, str] | None] = [
    ("Advertisement", Label.BOILERPLATE, "ad-label"),
    None,
    ("Council approves the budget", Label.TITLE, "headline"),
    ("By Jane Reporter", Label.BYLINE, "byline"),
    None,
    (PROSE, Label.BODY, "prose"),
    ("[Photo] The council chamber on Tuesday. Photo: AP", Label.CAPTION, "caption"),
    None,
    (PROSE_2, Label.BODY, "prose"),
    ("Share this article", Label.BOILERPLATE, "interface-phrase"),
    ("[bold]Most read[/bold]", Label.BOILERPLATE, "repeated"),
]
METADATA = Metadata(
    title="Council approves the budget",
    author="Jane Reporter",
    categories=("Local",),
    language="en",
    reading_time=1,
    captions=(Caption("[Photo] The council chamber on Tuesday.", "AP"),),
)


def build(
    rows: list[tuple[str, Label, str] | None],
    metadata: Metadata = METADATA,
    captions: CaptionPolicy = CaptionPolicy.SEPARATE,
) -> Result:
    blocks: list[Block] = []
    verdicts: list[Verdict] = []
    group = 0
    for number, row in enumerate(rows):
        if row is None:
            group += 1
            continue
        text, label, reason = row
        blocks.append(Block(len(blocks), number, number, text, group))
        verdicts.append(Verdict(label, 1.0 if label.is_body else 0.0, reason))
    lines = tuple("" if row is None else row[0] for row in rows)
    document = Document(lines, InputFormat.TEXT)
    return Result(document, tuple(blocks), tuple(verdicts), metadata, Options(captions=captions))


def record(renderable: RenderableType, colour: bool) -> str:
    """What a console of WIDTH columns writes: plain, or with 16-colour escape sequences."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=WIDTH,
        color_system="standard" if colour else None,
        force_terminal=colour,
        legacy_windows=False,
        highlight=False,
        markup=False,
        _environ={},  # neither NO_COLOR nor FORCE_COLOR of the machine running the tests
    )
    console.print(renderable)
    return buffer.getvalue()


def check_golden(name: str, actual: str, regen: bool) -> None:
    path = GOLDEN / name
    if regen:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} missing: run pytest --regen"
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from its golden (pytest --regen)"


def batch_stats() -> BatchStats:
    stats = BatchStats()
    stats.add("news/budget.txt", build(ROWS))
    stats.add("news/clean.txt", build([(PROSE, Label.BODY, "prose"), None, (PROSE_2, Label.BODY, "prose")]))
    menu: list[tuple[str, Label, str] | None] = [
        ("Advertisement", Label.BOILERPLATE, "ad-label"),
        ("Share this article", Label.BOILERPLATE, "interface-phrase"),
        ("Sign in", Label.BOILERPLATE, "interface-phrase"),
    ]
    stats.add("news/menu.txt", build(menu, Metadata()))
    return stats


@pytest.mark.parametrize("colour", [False, True], ids=["plain", "colour"])
def test_explain_golden(colour: bool, regen: bool) -> None:
    rendered = record(view.explain_renderable(build(ROWS), "news/budget.txt"), colour)
    check_golden(f"explain.{'ansi' if colour else 'txt'}", rendered, regen)


@pytest.mark.parametrize("colour", [False, True], ids=["plain", "colour"])
def test_stats_golden(colour: bool, regen: bool) -> None:
    rendered = record(view.stats_renderable(batch_stats()), colour)
    check_golden(f"stats.{'ansi' if colour else 'txt'}", rendered, regen)


def test_diff_golden(regen: bool) -> None:
    check_golden("budget.diff", unified_diff(build(ROWS), "news/budget.txt"), regen)


def test_diff_ranges_are_those_of_diff_u() -> None:
    result = build([("Menu", Label.BOILERPLATE, "menu"), None, (PROSE, Label.BODY, "prose")])
    assert unified_diff(result, "s") == f"--- s\n+++ s (cleaned)\n@@ -1,3 +1 @@\n-Menu\n-\n {PROSE}\n"
    assert unified_diff(build([(PROSE, Label.BODY, "prose")]), "s") == ""


def test_explain_accounts_for_every_nonblank_line() -> None:
    plain = record(view.explain_renderable(build(ROWS), "news/budget.txt"), colour=False)
    assert "2 lines kept · 3 moved to metadata · 3 dropped" in plain  # the caption is moved
    assert "[bold]Most read[/bold]" in plain  # brackets shown as they are, not read as markup
    for reason in ("ad-label", "interface-phrase", "repeated", "title", "author", "caption"):
        assert reason in plain


def test_explain_dims_and_strikes_dropped_lines_only() -> None:
    coloured = record(view.explain_renderable(build(ROWS), "news/budget.txt"), colour=True)
    struck = "\x1b[2;9m"  # dim + strike
    assert f"{struck}Advertisement" in coloured
    assert f"{struck}Council" not in coloured and f"{struck}The council voted" not in coloured


def test_kept_captions_are_plain_and_tagged() -> None:
    result = build(ROWS, captions=CaptionPolicy.KEEP)
    plain = record(view.explain_renderable(result, "news/budget.txt"), colour=False)
    assert "3 lines kept · 2 moved to metadata · 3 dropped" in plain
    assert "\x1b[2;9m[Photo]" not in record(view.explain_renderable(result, "x"), colour=True)


def test_an_empty_document_explains_to_nothing_dropped() -> None:
    plain = record(view.explain_renderable(build([], Metadata()), "-"), colour=False)
    assert "0 lines kept · 0 moved to metadata · 0 dropped · 0 words" in plain
    assert "nothing" in plain


def test_long_lines_wrap_to_the_width() -> None:
    plain = record(view.explain_renderable(build(ROWS), "news/budget.txt"), colour=False)
    assert max(len(line) for line in plain.splitlines()) <= WIDTH
    assert "The council voted on Tuesday" in plain and "since the winter." in plain


def test_stats_counts_reasons_and_files() -> None:
    stats = batch_stats()
    assert stats.reasons["interface-phrase"] == 3 and stats.reason_files["interface-phrase"] == 2
    assert stats.moved == {"title", "author", "caption"}
    assert stats.dropped_lines["Advertisement"] == 2
    assert sorted(item.source for item in stats.outliers()) == ["news/clean.txt", "news/menu.txt"]


def test_stats_merge_is_the_same_as_adding() -> None:
    menu = build([("Sign in", Label.BOILERPLATE, "interface-phrase"), (PROSE, Label.BODY, "prose")])
    whole, left, right = BatchStats(), BatchStats(), BatchStats()
    whole.add("a", build(ROWS))
    whole.add("b", menu)
    left.add("a", build(ROWS))
    right.add("b", menu)
    left.merge(right)
    assert left == whole


def test_make_console_follows_color_and_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    text = view.Text("x", style="red")
    outputs = {}
    for choice in ("auto", "always", "never"):
        buffer = io.StringIO()
        view.make_console(choice, buffer, width=20).print(text)
        outputs[choice] = buffer.getvalue()
    assert outputs["auto"] == outputs["never"] == "x\n"  # not a terminal
    assert "\x1b[31m" in outputs["always"]  # --color always wins over NO_COLOR


@pytest.mark.parametrize(
    ("pager", "expected"),
    [
        ("sed 's/^/PAGED|/'", "PAGED|one\nPAGED|two\n"),
        ("no-such-pager-articlean", "one\ntwo\n"),  # no pager: the text still shows
    ],
)
def test_terminal_pager(
    pager: str, expected: str, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PAGER", pager)
    view.TerminalPager().show("one\ntwo\n")
    assert capfd.readouterr().out == expected


def test_the_pager_gets_less_options_unless_set(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PAGER", 'echo "$LESS"; cat >/dev/null')
    monkeypatch.delenv("LESS", raising=False)
    view.TerminalPager().show("text\n")
    monkeypatch.setenv("LESS", "-S")
    view.TerminalPager().show("text\n")
    assert capfd.readouterr().out == "FRX\n-S\n"
