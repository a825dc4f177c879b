"""The ``articlean`` command: parse, build Options, clean every input, render, decide the exit code.

Startup stays fast: nothing here imports trafilatura, lxml, rich or multiprocessing; the core
imports them only for the inputs that need them.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from typing import BinaryIO, Literal, NamedTuple

import click

from articlean import __version__, regexes, runner
from articlean.batch import Outcome, Settings, Task
from articlean.cli_options import BatchOptions, batch_options, cleaning_options, input_options, output_options
from articlean.errors import ArticleanError
from articlean.exitcodes import ExitCode
from articlean.files import (
    DEFAULT_GLOBS,
    STDIN,
    Inputs,
    Source,
    UsageProblem,
    collect,
    display_path,
    spool,
)
from articlean.inspect_cli import inspection_options, inspection_sink
from articlean.model import CaptionPolicy, InputFormat, Mode, Options
from articlean.output import STDOUT_NAME, DirectorySink, JsonlFileSink, Sink, StreamSink, WriteFailed
from articlean.render import OutputFormat

Fate = Literal["cleaned", "empty", "failed", "skipped"]

EXAMPLES = """\b
Examples:
  articlean page.txt                      the article body of one dump
  cat page.txt | articlean                the same from standard input
  articlean --format json page.md         body and metadata as one JSON object
  articlean dumps/ -o clean/              every dump in a folder, one .txt each
  articlean dumps/ --format jsonl > all.jsonl
  articlean site/ --glob '*.html' --no-recursive --precision
  articlean dumps/ -o all.jsonl           one JSON line per dump, in input order
  articlean dumps/ -o clean/ --resume     go on where a killed run stopped
  find dumps -name '*.txt' | articlean --files-from - -o clean/
  articlean dumps/ -o clean/ --boilerplate-table site.table
  articlean --explain page.txt            every line: kept, moved to metadata, or dropped and why
  articlean --diff page.txt               a unified diff from the dump to its body
  articlean --stats dumps/                which reasons fired, and the files worth a look

\b
Exit codes: 0 ok, 1 some input failed (the others are still written),
2 usage error, 130 interrupted, 143 terminated (SIGTERM).
"""


class Tally:
    """How the inputs fared; decides the exit code and the summary line."""

    __slots__ = ("cleaned", "empty", "failed", "internal", "skipped", "started")

    def __init__(self) -> None:
        self.cleaned = self.empty = self.failed = self.skipped = 0
        self.internal = 0  # of the failed: articlean's own errors (bugs)
        self.started = time.monotonic()

    def add(self, fate: Fate) -> None:
        setattr(self, fate, getattr(self, fate) + 1)

    @property
    def exit_code(self) -> ExitCode:
        if self.internal:
            return ExitCode.INTERNAL
        return ExitCode.INPUT_FAILED if self.failed else ExitCode.OK

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        return (
            f"{self.cleaned} cleaned, {self.empty} empty, {self.failed} failed, "
            f"{self.skipped} skipped in {seconds:.1f}s"
        )


def complain(source: str, message: str) -> None:
    """One line on stderr: ``articlean: PATH: message``."""
    with contextlib.suppress(OSError):  # stderr closed too: nothing left to tell
        click.echo(f"articlean: {source}: {message}", err=True)


def build_options(input_format: str, precision: bool, recall: bool, captions: str | None) -> Options:
    if precision and recall:
        raise click.UsageError("--precision and --recall exclude each other")
    mode = Mode.PRECISION if precision else Mode.RECALL if recall else Mode.BALANCED
    policy = CaptionPolicy(captions) if captions else None
    return Options(input_format=InputFormat(input_format), mode=mode, captions=policy)


def open_files_from(files_from: str, paths: Sequence[str]) -> BinaryIO:
    """The --files-from list, spooled ('-' is standard input, which then is not a dump)."""
    if files_from == STDIN:
        if STDIN in paths:
            raise click.UsageError("--files-from - and the input '-' both want standard input")
        return spool(sys.stdin.buffer)
    try:
        with open(files_from, "rb") as stream:
            return spool(stream)
    except OSError as error:
        raise click.FileError(files_from, error.strerror) from error


def gather(
    paths: Sequence[str],
    globs: Sequence[str],
    recursive: bool,
    output_dir: str | None,
    files_from: str | None = None,
) -> Inputs:
    if not paths and files_from is None and sys.stdin is not None and sys.stdin.isatty():
        raise click.UsageError("no input: give a PATH, or pipe a dump into standard input")
    listing = None if files_from is None else open_files_from(files_from, paths)
    try:
        return collect(paths, globs or DEFAULT_GLOBS, recursive, output_dir, listing)
    except UsageProblem as problem:
        raise click.UsageError(str(problem)) from problem


def output_sink(ctx: click.Context, output: str | None, fmt: OutputFormat, several: bool) -> Sink:
    """Standard output, one file per input under a folder, or one JSONL file (-o ends in .jsonl)."""
    if output is None:
        return StreamSink(sys.stdout.buffer, fmt, several)
    if output.endswith(".jsonl") and not os.path.isdir(output):
        explicit = ctx.get_parameter_source("output_format") is not click.core.ParameterSource.DEFAULT
        if explicit and fmt is not OutputFormat.JSONL:
            raise click.UsageError(f"-o {output} writes JSON lines; it cannot take --format {fmt.value}")
        try:
            return JsonlFileSink(output)
        except ArticleanError as error:
            raise click.ClickException(str(error)) from error
    if os.path.exists(output) and not os.path.isdir(output):
        raise click.UsageError(f"-o {output} is a file: give a folder, or a name ending in .jsonl")
    return DirectorySink(output, fmt)


def read_stdin(inputs: Inputs, max_size: int | None) -> bytes | None:
    """Standard input, when it is an input: read once (a batch may go over its inputs twice), and
    no more than one byte over --max-size, which is enough to refuse it."""
    if STDIN not in inputs.paths:
        return None
    stream = sys.stdin.buffer
    return stream.read() if max_size is None else stream.read(max_size + 1)


def deliver(outcome: Outcome, source: Source, sink: Sink, quiet: bool) -> Fate:
    """Write one outcome and report it; returns how it fared (``cleaned``, ``empty``, ``failed``)."""
    if outcome.result is None and outcome.rendered is None:
        complain(source.display, outcome.error or "failed")
        return "failed"
    try:
        if outcome.result is None:
            sink.write_rendered(source, outcome.rendered or "")
        else:
            sink.write(source, outcome.result)
    except WriteFailed:
        raise  # the output as a whole: the run stops
    except ArticleanError as error:
        complain(source.display, str(error))
        return "failed"
    empty = outcome.empty if outcome.result is None else not outcome.result.text
    if not empty:
        return "cleaned"
    if not quiet:
        complain(source.display, "no article text found")
    return "empty"


class Job(NamedTuple):
    """One command's batch: its inputs, what is kept, how it runs, where the outputs go."""

    inputs: Inputs
    options: Options
    batch: BatchOptions
    output_dir: str | None
    extension: str
    walking: tuple[Sequence[str], bool]
    stdin: bytes | None = None

    def tasks(self) -> Iterator[tuple[Source, Task]]:
        """Every input with its batch task, in input order, listed afresh; files are read by
        whoever cleans them."""
        for index, source in enumerate(self.inputs):
            if source.path is None:
                yield source, Task(index, source.display, data=self.stdin)
            else:
                yield source, Task(index, source.display, path=source.path)

    def every_task(self) -> Iterator[Task]:
        """The tasks of every input, also those --resume skips (learning reads them all)."""
        return (task for _, task in self.tasks())

    def pending(self, tally: Tally) -> Iterator[tuple[Source, Task]]:
        """The inputs still to clean: with --resume, those whose output is missing or older
        (the others are counted as skipped as they go by)."""
        resume = self.output_dir if self.batch.resume else None
        for source, task in self.tasks():
            if resume is not None and runner.fresh(source, resume, self.extension):
                tally.skipped += 1
                continue
            yield source, task


def process(job: Job, sink: Sink, tally: Tally, quiet: bool) -> None:
    """Learn (when asked), then clean every input in order, writing each as soon as it is done.

    The inputs stream through: only the tasks in flight (a bounded window) are remembered."""
    job = job._replace(stdin=read_stdin(job.inputs, job.batch.max_size))
    show = job.inputs.several and not quiet and sys.stderr is not None and sys.stderr.isatty()
    backend = runner.Backend(job.batch, job.pending(Tally()) if job.inputs.several else [None])
    progress = runner.reporter(show, job.inputs)
    in_flight: dict[int, Source] = {}

    def todo() -> Iterator[Task]:
        for source, task in job.pending(tally):
            in_flight[task.index] = source
            yield task

    try:
        timeout = job.batch.time_limit(job.inputs.several)
        settings = Settings(
            job.options, max_size=job.batch.max_size, timeout=timeout, render=sink.rendered_format
        )
        table = None
        if runner.count(job.pending(Tally()), 1):  # all done already: no need to learn
            table = runner.boilerplate(job.batch, backend, job.every_task, settings, progress, job.walking)
        progress.phase("cleaning", runner.count(job.pending(Tally())) if show else 0)
        for outcome in backend.clean(todo(), settings._replace(boilerplate=table)):
            fate = deliver(outcome, in_flight.pop(outcome.task.index), sink, quiet)
            tally.add(fate)
            tally.internal += outcome.internal
            progress.advance(1, outcome.size, fate == "failed")
    finally:
        progress.close()
        backend.close()
    sink.close()


def output_folder(output: str | None, batch: BatchOptions) -> str | None:
    """The -o folder, or None when the output is stdout or one FILE.jsonl."""
    if output is not None and output.endswith(".jsonl") and not os.path.isdir(output):
        output = None
    if batch.resume and output is None:
        raise click.UsageError("--resume needs an output folder (-o DIR)")
    return output


def execute(ctx: click.Context, job: Job, sink: Sink, tally: Tally, quiet: bool) -> None:
    """Run the batch; a closed stdout, Ctrl-C or a failing run end it with the right exit code."""
    try:
        process(job, sink, tally, quiet)
    except WriteFailed as error:  # a full disk, a device error: nothing more can be written
        if isinstance(sink, JsonlFileSink):
            sink.abort()  # the previous file stays as it was
        if error.path == STDOUT_NAME:
            silence_stdout()  # or the flush at exit fails again, with a traceback
        complain(display_path(error.path), str(error))
        ctx.exit(ExitCode.INPUT_FAILED)
    except ArticleanError as error:  # the run itself (a table, the cluster), not one input
        if isinstance(sink, JsonlFileSink):
            sink.abort()
        raise click.ClickException(str(error)) from error
    except BrokenPipeError:
        silence_stdout()  # the reader has all it wanted; say nothing more
        ctx.exit(tally.exit_code)
    except KeyboardInterrupt as interruption:  # Ctrl-C, or SIGTERM as Terminated
        if isinstance(sink, JsonlFileSink):
            sink.abort()  # no half-written file
        ctx.exit(ExitCode.TERMINATED if isinstance(interruption, Terminated) else ExitCode.INTERRUPTED)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that it unwinds like Ctrl-C: temporary files are
    removed, nothing half-written stays, and the exit code is 143."""


def _terminate(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the clean-up short
    raise Terminated


@contextlib.contextmanager
def sigterm_exits(ctx: click.Context) -> Iterator[None]:
    """While the command runs, SIGTERM raises Terminated and ends it with exit code 143 (``execute``
    cleans up when it comes during the batch). The previous handler comes back after, which matters
    when the command runs inside another program, such as a test runner."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    except Terminated:
        ctx.exit(ExitCode.TERMINATED)
    finally:
        signal.signal(signal.SIGTERM, previous)


def silence_stdout() -> None:
    """After the reader of our stdout went away, point stdout at /dev/null so that the flush at
    interpreter exit does not raise BrokenPipeError again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file descriptor (e.g. under a test runner)


_frozen = False


def freeze_start_up() -> None:
    """Move what start-up made (modules, their functions, classes and patterns: all alive until the
    process ends) out of the cyclic collector's way, once per process: otherwise each full collection
    of the run, and the one at exit, walks them all again (about 8 ms of a 105 ms run on one small
    file, as much as the cleaning). Once: a caller invoking the command again in one process (tests)
    keeps what the later runs leave to the collector."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


@click.command(
    "articlean",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXAMPLES,
)
@click.argument("paths", nargs=-1, metavar="[PATH|-]...", type=click.Path(allow_dash=True, path_type=str))
@input_options
@cleaning_options
@output_options
@batch_options
@inspection_options
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
    captions: str | None,
    output_format: str,
    output_dir: str | None,
    quiet: bool,
    batch: BatchOptions,
) -> None:
    """Clean scraped article dumps (plain text, markdown or HTML) down to the article.

    Reads each PATH (a file, or a folder walked for dumps), or standard input when PATH is '-' or
    absent, and writes the article body, or with --format json its metadata too, to stdout or to
    files under --output-dir.
    """
    freeze_start_up()
    with sigterm_exits(ctx):
        options = build_options(input_format, precision, recall, captions)
        folder = output_folder(output_dir, batch)
        inputs = gather(paths, globs, recursive, folder, batch.files_from)
        fmt = OutputFormat(output_format)
        job = Job(inputs, options, batch, folder, fmt.extension, (globs or DEFAULT_GLOBS, recursive))
        sink: Sink
        if (inspection := inspection_sink(ctx)) is not None:  # --explain, --diff, --stats
            sink = inspection
        else:
            sink = output_sink(ctx, output_dir, fmt, inputs.several)
        tally = Tally()
        execute(ctx, job, sink, tally, quiet)
        if inputs.several and not quiet:
            click.echo(tally.summary(), err=True)
        regexes.save()  # the patterns this run compiled, for the next run's start-up
        ctx.exit(tally.exit_code)
