"""``--explain``, ``--diff`` and ``--stats``: the inspection modes of the command, as output sinks.

An inspection is one more place cleaned documents go, so it rides on everything the command does
for a batch (inputs, order, jobs, failures, exit codes): :func:`inspection_sink` gives the sink that
replaces the text/JSON output. The option values travel in ``ctx.meta`` so that the command's
signature does not grow. Importing this module does not import rich; the views do, when printed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from articlean.files import Source
from articlean.model import Result
from articlean.output import ResultSink, Sink

F = TypeVar("F", bound=Callable[..., Any])

_META_KEY = "articlean.inspection"
MODES = ("explain", "diff", "stats")
COLORS = ("auto", "always", "never")


def _remember(ctx: click.Context, parameter: click.Parameter, value: Any) -> Any:
    ctx.meta.setdefault(_META_KEY, {})[parameter.name] = value
    return value


def _option(*declarations: str, **attributes: Any) -> Callable[[F], F]:
    """An option whose value goes to ``ctx.meta``, not to the command's arguments."""
    return click.option(*declarations, callback=_remember, expose_value=False, **attributes)


def inspection_options(function: F) -> F:
    """What is shown instead of the cleaned text: a ledger, a diff or batch statistics."""
    for decorator in reversed(
        (
            _option(
                "--explain",
                is_flag=True,
                help="Show every input line: kept, moved to metadata (with its field) or dropped (with why).",
            ),
            _option("--diff", is_flag=True, help="Print a unified diff from each input to its cleaned text."),
            _option(
                "--stats",
                is_flag=True,
                help="For a batch: how often each reason fired, frequent dropped lines, files worth a look.",
            ),
            _option(
                "--color",
                type=click.Choice(COLORS),
                default="auto",
                show_default=True,
                help="Colours of --explain and --stats; auto: on a terminal unless NO_COLOR is set.",
            ),
            _option(
                "--pager/--no-pager",
                default=True,
                show_default=True,
                help="Page --explain through $PAGER (less) when stdout is a terminal.",
            ),
        )
    ):
        function = decorator(function)
    return function


def inspection_sink(ctx: click.Context) -> Sink | None:
    """The sink of the inspection asked for, or None; a click.UsageError for options that clash."""
    values: dict[str, Any] = ctx.meta.get(_META_KEY, {})
    modes = [mode for mode in MODES if values.get(mode)]
    if not modes:
        return None
    if len(modes) > 1:
        raise click.UsageError("--explain, --diff and --stats exclude each other")
    mode = modes[0]
    if ctx.params.get("output_dir") is not None:
        raise click.UsageError(f"--{mode} prints to stdout; it cannot be combined with --output-dir")
    if ctx.get_parameter_source("output_format") is ParameterSource.COMMANDLINE:
        raise click.UsageError(f"--{mode} has its own output; it cannot be combined with --format")
    color, pager = str(values.get("color", "auto")), bool(values.get("pager", True))
    if mode == "diff":
        return DiffSink()
    if mode == "stats":
        return StatsSink(color)
    terminal = _stdout_is_a_terminal()
    return ExplainSink(color, pager and terminal, terminal)


def _stdout_is_a_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except ValueError:  # closed
        return False


def _ends_with_newline(path: str | None) -> bool:
    """Whether the file at ``path`` ends with a line break (or is empty); standard input, which
    cannot be read again, is taken to."""
    if path is None:
        return True
    try:
        with open(path, "rb") as stream:
            if stream.seek(0, os.SEEK_END) == 0:
                return True
            stream.seek(-1, os.SEEK_END)
            return stream.read(1) in (b"\n", b"\r")
    except OSError:
        return True


class DiffSink(ResultSink):
    """Each input's unified diff on stdout, as it comes; nothing for an input left unchanged."""

    def write(self, source: Source, result: Result) -> None:
        from articlean.diffs import unified_diff  # difflib, only when a diff is asked for

        diff = unified_diff(result, source.display, final_newline=_ends_with_newline(source.path))
        sys.stdout.buffer.write(diff.encode("utf-8", "replace"))
        sys.stdout.buffer.flush()

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


class ExplainSink(ResultSink):
    """The explain view of each input. Into a pipe or file each is printed as it comes; on a
    terminal all are held until the batch is done (and its progress bar gone), then printed at
    once, through the pager unless ``--no-pager``."""

    def __init__(self, color: str, pager: bool, terminal: bool) -> None:
        from articlean import view  # rich, only now that a view is printed

        self._view = view
        self._console = view.make_console(color, sys.stdout)
        self._pager = pager
        self._hold = terminal
        self._held: list[tuple[str, Result]] = []

    def write(self, source: Source, result: Result) -> None:
        if self._hold:
            self._held.append((source.display, result))
            return
        self._view.print_explain(self._console, [(source.display, result)], pager=False)
        sys.stdout.flush()  # a reader of the pipe sees each input as it is done

    def close(self) -> None:
        if self._held:
            self._view.print_explain(self._console, self._held, pager=self._pager)

    def abort(self) -> None:
        self._held.clear()


class StatsSink(ResultSink):
    """Counts every input; prints the tables once the batch is done."""

    def __init__(self, color: str) -> None:
        from articlean.stats import BatchStats  # only --stats counts

        self._color = color
        self._stats = BatchStats()

    def write(self, source: Source, result: Result) -> None:
        self._stats.add(source.display, result)

    def close(self) -> None:
        from articlean import view  # rich, only now that a view is printed

        view.print_stats(view.make_console(self._color, sys.stdout), self._stats)
        sys.stdout.flush()  # before the summary line on stderr

    def abort(self) -> None:
        pass  # an interrupted batch has no statistics worth printing
