"""The rich inspection views (``--explain``, ``--stats``). The only module that imports rich.

Every string that comes from a document is wrapped in :class:`~rich.text.Text`, so brackets in a
scraped line are shown as they are, never read as rich markup.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.pager import Pager
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from articlean.model import LedgerEntry, Result
from articlean.render import fate
from articlean.stats import BatchStats

# Styles of the ledger: kept lines plain, metadata highlighted, dropped lines dimmed and struck.
_STYLE_KEPT = ""
_STYLE_MOVED = "cyan"
_STYLE_REMOVED = "dim strike"
_STYLE_TAG_MOVED = "bold cyan"
_STYLE_TAG_REMOVED = "red"
# How many frequent dropped lines, and outlier files of each kind, ``--stats`` lists.
_TOP_LINES = 15
_TOP_FILES = 10
# The pager when $PAGER is not set, and less's options when $LESS is not set (git's choice: quit when
# the text fits on one screen, pass colours through, leave the text on the screen).
_DEFAULT_PAGER = "less"
_DEFAULT_LESS = "FRX"
# What a POSIX shell exits with when $PAGER names no program.
_SHELL_COMMAND_NOT_FOUND = 127


class _CommandConsole(Console):
    """A console that leaves a closed pipe to the command (rich would exit with status 1), which
    goes quiet and exits with the status its inputs earned."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def make_console(color: str, file: TextIO | None = None, width: int | None = None) -> Console:
    """A console for ``--color auto|always|never``.

    ``auto`` leaves the decision to rich: colour on a terminal, none in a pipe or file, none with
    ``NO_COLOR`` set (styles such as dim and strike stay), colour with ``FORCE_COLOR`` set.
    ``always`` wins over ``NO_COLOR``; ``never`` writes no escape sequence at all.
    """
    always, never = color == "always", color == "never"
    return _CommandConsole(
        file=file,
        width=width,
        force_terminal=True if always else None,
        no_color=False if always else None,
        color_system=None if never else "auto",
        highlight=False,
        markup=False,
        emoji=False,
    )


class TerminalPager(Pager):
    """``$PAGER`` (``less`` by default) fed through a pipe, as git does.

    pydoc's pager, rich's default, runs ``less`` without ``-R`` and so shows colours as escape codes.
    """

    def show(self, content: str) -> None:
        command = os.environ.get("PAGER") or _DEFAULT_PAGER
        environment = {**os.environ, "LESS": os.environ.get("LESS") or _DEFAULT_LESS}
        try:
            process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=environment)
        except OSError:
            process = None
        if process is None or _feed(process, content) == _SHELL_COMMAND_NOT_FOUND:
            sys.stdout.write(content)  # no pager to be had: the text is what matters
            sys.stdout.flush()


def _feed(process: subprocess.Popen[bytes], content: str) -> int:
    """Give the pager the text and wait for the reader to quit it; its exit status."""
    assert process.stdin is not None
    try:
        with process.stdin as pipe:
            pipe.write(content.encode("utf-8", "replace"))
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the reader quit the pager before the end
    # Ctrl-C belongs to the pager while it runs; leaving early would strand the terminal in its mode.
    while True:
        try:
            return process.wait()
        except KeyboardInterrupt:
            continue


def _metadata_table(result: Result, source: str) -> Table:
    meta = result.metadata
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    captions = "; ".join(c.text + (f" ({c.credit})" if c.credit else "") for c in meta.captions)
    rows: list[tuple[str, str | None]] = [
        ("source", source),
        ("title", meta.title),
        ("author", meta.author),
        ("date", meta.date),
        ("sitename", meta.sitename),
        ("description", meta.description),
        ("categories", ", ".join(meta.categories) or None),
        ("tags", ", ".join(meta.tags) or None),
        ("captions", captions or None),
        ("reading time", f"{meta.reading_time} min" if meta.reading_time is not None else None),
        ("language", meta.language),
        ("input format", result.input_format.value),
    ]
    for name, value in rows:
        if value:
            table.add_row(name, Text(value))
    return table


def _fates(result: Result) -> list[tuple[LedgerEntry, str]]:
    """The non-blank lines of the ledger with ``kept``, ``moved`` or ``removed``."""
    captions = result.options.caption_policy
    return [(entry, fate(entry, captions)) for entry in result.ledger if entry.text.strip()]


def _counts(fates: list[tuple[LedgerEntry, str]], result: Result) -> Text:
    count = Counter(where for _, where in fates)
    return Text(
        f"{count['kept']} lines kept · {count['moved']} moved to metadata · {count['removed']} dropped"
        f" · {result.word_count} words",
        style="bold",
    )


def _tag(entry: LedgerEntry, where: str) -> tuple[str, Text]:
    """The style of a line and the tag of its right-hand column."""
    if where == "kept":
        return _STYLE_KEPT, Text("" if entry.label.is_body else entry.label.value, style=_STYLE_TAG_MOVED)
    if where == "moved":
        return _STYLE_MOVED, Text(entry.label.value, style=_STYLE_TAG_MOVED)
    return _STYLE_REMOVED, Text(entry.reason, style=_STYLE_TAG_REMOVED)


def _ledger_table(fates: list[tuple[LedgerEntry, str]]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, pad_edge=False)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("line", ratio=1, overflow="fold")
    table.add_column("why", no_wrap=True)
    for entry, where in fates:
        style, tag = _tag(entry, where)
        table.add_row(str(entry.line), Text(entry.text.rstrip().expandtabs(4), style=style), tag)
    return table


def _reason_summary(fates: list[tuple[LedgerEntry, str]]) -> Table:
    removed = Counter(entry.reason for entry, where in fates if where == "removed")
    moved = Counter(entry.label.value for entry, where in fates if where == "moved")
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    table.add_row("dropped", Text(_tally(removed), style=_STYLE_TAG_REMOVED if removed else "dim"))
    table.add_row("moved", Text(_tally(moved), style=_STYLE_TAG_MOVED if moved else "dim"))
    return table


def _tally(counts: Counter[str]) -> str:
    """``reason ×n`` items, most frequent first; ``nothing`` when empty."""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{name} ×{count}" for name, count in ordered) or "nothing"


def explain_renderable(result: Result, source: str) -> RenderableType:
    """Header panel (metadata and counts), the line-by-line ledger, and a per-reason footer."""
    fates = _fates(result)
    header = Panel(Group(_metadata_table(result, source), _counts(fates, result)), title="articlean")
    return Group(header, _ledger_table(fates), _reason_summary(fates))


def print_explain(console: Console, results: Iterable[tuple[str, Result]], pager: bool) -> None:
    """Print the explain view of each result, through the pager when asked."""
    if not pager:
        for source, result in results:
            console.print(explain_renderable(result, source))
        return
    with console.pager(TerminalPager(), styles=True):
        for source, result in results:
            console.print(explain_renderable(result, source))


def _section(title: str, *columns: str) -> Table:
    """A table under its own heading line; columns named ``>name`` are right-aligned numbers."""
    table = Table(
        title=Text(title, style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        min_width=len(title),  # a narrow table would wrap its heading
    )
    for column in columns:
        numeric = column.startswith(">")
        table.add_column(column.lstrip(">"), justify="right" if numeric else "left", overflow="fold")
    return table


def _reasons_table(stats: BatchStats) -> Table:
    table = _section("Why lines were dropped or moved", "reason", ">lines", ">files")
    for reason, count in stats.reasons.most_common():
        style = _STYLE_TAG_MOVED if reason in stats.moved else _STYLE_TAG_REMOVED
        table.add_row(Text(reason, style=style), str(count), str(stats.reason_files[reason]))
    return table


def _frequent_table(stats: BatchStats) -> Table:
    table = _section("Most frequent dropped lines", ">times", "line")
    for line, count in stats.dropped_lines.most_common(_TOP_LINES):
        table.add_row(str(count), Text(line))
    return table


def _outliers_table(stats: BatchStats) -> Table:
    outliers = stats.outliers()
    title = f"Files worth a look ({len(outliers)} of {len(stats.files)})"
    table = _section(title, "file", ">lines", ">kept", ">words", "why")
    # Both ends, each capped, so that many files of one kind do not hide the other.
    dropped = sorted((f for f in outliers if f.kept_share < 0.5), key=lambda f: (f.kept_share, f.source))
    kept = sorted((f for f in outliers if f.kept_share >= 0.5), key=lambda f: (-f.kept_share, f.source))
    for why, items in (("almost all dropped", dropped), ("nothing dropped", kept)):
        for item in items[:_TOP_FILES]:
            table.add_row(Text(item.source), str(item.lines), f"{item.kept_share:.0%}", str(item.words), why)
    return table


def stats_renderable(stats: BatchStats) -> RenderableType:
    """A summary line, then tables of reasons, most frequent dropped lines and the files worth a look."""
    files = stats.files
    summary = Text(
        f"{len(files)} files · {sum(f.lines for f in files)} lines · "
        f"{sum(f.kept for f in files)} kept · {sum(f.words for f in files)} words",
        style="bold",
    )
    tables = (_reasons_table(stats), _frequent_table(stats), _outliers_table(stats))
    return Group(summary, *(Group(Text(""), table) for table in tables))


def print_stats(console: Console, stats: BatchStats) -> None:
    console.print(stats_renderable(stats))


class BatchProgress:
    """The progress bar of a batch on stderr: files, MB, docs/s, ETA and failures.

    Refreshed by hand (at most ``_REFRESHES_PER_SECOND``) rather than by rich's refresh thread, so
    no thread runs while the process pool forks its workers.
    """

    _REFRESHES_PER_SECOND = 8

    def __init__(self, files: int, total_bytes: int) -> None:
        import time

        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self._clock = time.monotonic
        self._console = Console(stderr=True)
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total} files"),
            TextColumn("{task.fields[megabytes]}"),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[failures]}"),
            console=self._console,
            auto_refresh=False,
            transient=True,
        )
        self._total_megabytes = total_bytes / 1e6
        self._task = self._progress.add_task("", total=files, megabytes="", rate="", failures="")
        self._started = self._shown = self._clock()
        self._bytes = self._failures = 0
        self._progress.start()

    def phase(self, label: str, files: int) -> None:
        """Start counting again under ``label`` ("learning", "cleaning") over ``files`` inputs."""
        self._started = self._clock()
        self._bytes = self._failures = 0
        self._progress.reset(self._task, total=files, description=label)
        self._show(force=True)

    def advance(self, files: int = 1, size: int = 0, failed: bool = False) -> None:
        self._bytes += size
        self._failures += failed
        self._progress.advance(self._task, files)
        self._show()

    def _show(self, force: bool = False) -> None:
        now = self._clock()
        if not force and now - self._shown < 1 / self._REFRESHES_PER_SECOND:
            return
        self._shown = now
        done = self._progress.tasks[0].completed
        elapsed = max(now - self._started, 1e-9)
        self._progress.update(
            self._task,
            megabytes=f"{self._bytes / 1e6:.1f}/{self._total_megabytes:.1f} MB" if self._bytes else "",
            rate=f"{done / elapsed:.0f} docs/s",
            failures=f"[red]{self._failures} failed[/]" if self._failures else "",
        )
        self._progress.refresh()

    def close(self) -> None:
        self._progress.stop()
