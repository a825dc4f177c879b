"""The ``articlean`` command: parse, build Options, clean every input, render, decide the exit code.

Startup stays fast: nothing here imports trafilatura, lxml, rich or multiprocessing; the core
imports them only for the inputs that need them.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import click

from articlean import __version__
from articlean.batch import Outcome, Settings, Task, run
from articlean.errors import ArticleanError
from articlean.exitcodes import ExitCode
from articlean.files import DEFAULT_GLOBS, Inputs, Source, UsageProblem, collect
from articlean.model import CaptionPolicy, InputFormat, Mode, Options
from articlean.output import DirectorySink, Sink, StreamSink
from articlean.render import OutputFormat

F = TypeVar("F", bound=Callable[..., Any])
Fate = Literal["cleaned", "empty", "failed"]

EXAMPLES = """\b
Examples:
  articlean page.txt                      the article body of one dump
  cat page.txt | articlean                the same from standard input
  articlean --format json page.md         body and metadata as one JSON object
  articlean dumps/ -o clean/              every dump in a folder, one .txt each
  articlean dumps/ --format jsonl > all.jsonl
  articlean site/ --glob '*.html' --no-recursive --precision

\b
Exit codes: 0 ok, 1 some input failed (the others are still written),
2 usage error, 130 interrupted.
"""


def input_options(function: F) -> F:
    """Which files are read and how they are parsed."""
    for decorator in reversed(
        (
            click.option(
                "--glob",
                "globs",
                metavar="PATTERN",
                multiple=True,
                help=f"File names to take from folders (repeatable). Default: {' '.join(DEFAULT_GLOBS)}.",
            ),
            click.option(
                "--recursive/--no-recursive", default=True, show_default=True, help="Walk sub-folders."
            ),
            click.option(
                "--input-format",
                type=click.Choice([item.value for item in InputFormat]),
                default=InputFormat.AUTO.value,
                show_default=True,
                help="What the inputs are; auto decides per input.",
            ),
        )
    ):
        function = decorator(function)
    return function


def cleaning_options(function: F) -> F:
    """What is kept."""
    for decorator in reversed(
        (
            click.option("--precision", is_flag=True, help="Keep less: drop doubtful lines."),
            click.option("--recall", is_flag=True, help="Keep more: keep doubtful lines."),
            click.option(
                "--captions",
                type=click.Choice([item.value for item in CaptionPolicy]),
                default=CaptionPolicy.SEPARATE.value,
                show_default=True,
                help="Photo captions: metadata only (separate), also in the body (keep), or nowhere (drop).",
            ),
        )
    ):
        function = decorator(function)
    return function


def output_options(function: F) -> F:
    """What is written, and where."""
    for decorator in reversed(
        (
            click.option(
                "-f",
                "--format",
                "output_format",
                type=click.Choice([item.value for item in OutputFormat]),
                default=OutputFormat.TEXT.value,
                show_default=True,
                help="text: the body; json: body, metadata and removed lines; jsonl: one JSON object a line.",
            ),
            click.option(
                "-o",
                "--output-dir",
                metavar="DIR",
                type=click.Path(file_okay=False, path_type=str),
                help="Write one file per input under DIR (mirroring folders) instead of to stdout.",
            ),
            click.option("-q", "--quiet", is_flag=True, help="No warnings, no summary; errors still show."),
        )
    ):
        function = decorator(function)
    return function


@dataclass(slots=True)
class Tally:
    """How the inputs fared; decides the exit code and the summary line."""

    cleaned: int = 0
    empty: int = 0
    failed: int = 0

    def add(self, fate: Fate) -> None:
        setattr(self, fate, getattr(self, fate) + 1)

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.INPUT_FAILED if self.failed else ExitCode.OK

    def summary(self) -> str:
        return f"{self.cleaned} cleaned, {self.empty} empty, {self.failed} failed"


def complain(source: str, message: str) -> None:
    """One line on stderr: ``articlean: PATH: message``."""
    with contextlib.suppress(OSError):  # stderr closed too: nothing left to tell
        click.echo(f"articlean: {source}: {message}", err=True)


def build_options(input_format: str, precision: bool, recall: bool, captions: str) -> Options:
    if precision and recall:
        raise click.UsageError("--precision and --recall exclude each other")
    mode = Mode.PRECISION if precision else Mode.RECALL if recall else Mode.BALANCED
    return Options(input_format=InputFormat(input_format), mode=mode, captions=CaptionPolicy(captions))


def gather(paths: Sequence[str], globs: Sequence[str], recursive: bool, output_dir: str | None) -> Inputs:
    if not paths and sys.stdin is not None and sys.stdin.isatty():
        raise click.UsageError("no input: give a PATH, or pipe a dump into standard input")
    try:
        return collect(paths, globs or DEFAULT_GLOBS, recursive, output_dir)
    except UsageProblem as problem:
        raise click.UsageError(str(problem)) from problem


def tasks_of(sources: Sequence[Source]) -> list[Task]:
    """Batch tasks in input order; standard input is read here, files by whoever cleans them."""
    tasks = []
    for index, source in enumerate(sources):
        if source.path is None:
            tasks.append(Task(index, source.display, data=sys.stdin.buffer.read()))
        else:
            tasks.append(Task(index, source.display, path=source.path))
    return tasks


def deliver(outcome: Outcome, source: Source, sink: Sink, quiet: bool) -> Fate:
    """Write one outcome and report it; returns how it fared (``cleaned``, ``empty``, ``failed``)."""
    if outcome.result is None:
        complain(source.display, outcome.error or "failed")
        return "failed"
    try:
        sink.write(source, outcome.result)
    except ArticleanError as error:
        complain(source.display, str(error))
        return "failed"
    if outcome.result.text:
        return "cleaned"
    if not quiet:
        complain(source.display, "no article text found")
    return "empty"


def process(inputs: Inputs, options: Options, sink: Sink, tally: Tally, quiet: bool) -> None:
    """Clean every input in order, writing each as soon as it is done."""
    for outcome in run(tasks_of(inputs.sources), Settings(options)):
        tally.add(deliver(outcome, inputs.sources[outcome.task.index], sink, quiet))
    sink.close()


def silence_stdout() -> None:
    """After the reader of our stdout went away, point stdout at /dev/null so that the flush at
    interpreter exit does not raise BrokenPipeError again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file descriptor (e.g. under a test runner)


@click.command(
    "articlean",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXAMPLES,
)
@click.argument("paths", nargs=-1, metavar="[PATH|-]...", type=click.Path(allow_dash=True, path_type=str))
@input_options
@cleaning_options
@output_options
@click.version_option(__version__, "--version", prog_name="articlean", message="%(prog)s %(version)s")
@click.pass_context
def main(
    ctx: click.Context,
    paths: tuple[str, ...],
    globs: tuple[str, ...],
    recursive: bool,
    input_format: str,
    precision: bool,
    recall: bool,
    captions: str,
    output_format: str,
    output_dir: str | None,
    quiet: bool,
) -> None:
    """Clean scraped article dumps (plain text, markdown or HTML) down to the article.

    Reads each PATH (a file, or a folder walked for dumps), or standard input when PATH is '-' or
    absent, and writes the article body, or with --format json its metadata too, to stdout or to
    files under --output-dir.
    """
    options = build_options(input_format, precision, recall, captions)
    inputs = gather(paths, globs, recursive, output_dir)
    fmt = OutputFormat(output_format)
    sink: Sink
    if output_dir is not None:
        sink = DirectorySink(output_dir, fmt)
    else:
        sink = StreamSink(sys.stdout.buffer, fmt, inputs.several)
    tally = Tally()
    try:
        process(inputs, options, sink, tally, quiet)
    except BrokenPipeError:
        silence_stdout()  # the reader has all it wanted; say nothing more
        ctx.exit(tally.exit_code)
    except KeyboardInterrupt:
        ctx.exit(ExitCode.INTERRUPTED)
    if inputs.several and not quiet:
        click.echo(tally.summary(), err=True)
    ctx.exit(tally.exit_code)
