"""The options of the ``articlean`` command, one decorator per group: which inputs are read and how
(``input_options``), what is kept (``cleaning_options``), what is written and where
(``output_options``), and how a batch runs (``batch_options``).

``batch_options`` adds ``--jobs``, ``--max-size``, ``--timeout``, ``--resume``, ``--files-from``, ``--learn``,
``--learn-from``, ``--boilerplate-table`` and ``--dask`` and hands the command one frozen
``BatchOptions`` instead of nine keyword arguments.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import click

from articlean import regexes
from articlean.files import DEFAULT_GLOBS
from articlean.model import CaptionPolicy, InputFormat
from articlean.render import OutputFormat

F = TypeVar("F", bound=Callable[..., Any])

# The default --max-size. Real dumps are kilobytes to a few MB; parsing 32 MB of HTML already takes
# about a gigabyte, so a larger input is far likelier a mistake (a video, an archive) than an article.
DEFAULT_MAX_SIZE = "32M"
# The least number of inputs for which learning the site's boilerplate is on by default: below it
# a line recurring in 5 documents (corpus.DEFAULT_MIN_DOCUMENTS) is a quarter of the batch or more.
LEARN_MIN_FILES = 20
# The default --timeout of a batch, in seconds: a large real dump takes a few seconds; one page
# that takes minutes is pathological and must not stall the 100,000 behind it. One input given
# alone has no limit by default: its user is watching it.
BATCH_TIMEOUT = 120.0
_UNITS = {"": 1, "K": 10**3, "M": 10**6, "G": 10**9, "KI": 2**10, "MI": 2**20, "GI": 2**30}


@functools.cache  # compiled when a size is read: --version and --help read none
def _size() -> re.Pattern[str]:
    return regexes.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMG]I?)?B?\s*", re.IGNORECASE)


class BatchOptions(NamedTuple):
    """How a batch runs (not what is kept, which is ``Options``)."""

    jobs: int | None = None
    max_size: int | None = None
    resume: bool = False
    files_from: str | None = None
    learn: bool | None = None
    learn_from: str | None = None
    boilerplate_table: str | None = None
    dask: str | None = None
    #: --timeout as given: None when not given, 0 for no limit.
    timeout: float | None = None

    def time_limit(self, several: bool) -> float | None:
        """Seconds one input may take (None: no limit); ``several``: the command is a batch."""
        if self.timeout is None:
            return BATCH_TIMEOUT if several else None
        return self.timeout or None

    def learns(self, inputs: int) -> bool:
        """Whether to learn the site's boilerplate from a batch of ``inputs`` files."""
        if self.learn is not None:
            return self.learn
        return bool(self.learn_from or self.boilerplate_table) or inputs >= LEARN_MIN_FILES


def parse_size(text: str) -> int:
    """``10M`` → 10,000,000; ``1Gi`` → 2**30; ``512`` → 512 bytes. Raises ValueError."""
    match = _size().fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a size such as 500K, 10M or 1G")
    number, unit = match.groups()
    return int(float(number) * _UNITS[(unit or "").upper()])


class ByteSize(click.ParamType):  # type: ignore[type-arg]
    name = "SIZE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            return parse_size(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)


_OPTIONS = (
    click.option(
        "-j", "--jobs", type=click.IntRange(min=1), metavar="N",
        help="Clean in N processes (default: one per core; 1 cleans in this process).",
    ),
    click.option(
        "--max-size", type=ByteSize(), default=DEFAULT_MAX_SIZE, show_default=True,
        help="Fail inputs larger than SIZE (500K, 10M, 1G; 0 = no limit).",
    ),
    click.option(
        "--timeout", type=click.FloatRange(min=0), metavar="SECONDS",
        help=f"Fail an input that takes longer to clean (default: {BATCH_TIMEOUT:g} in a batch, "
        "no limit for one input; 0 = no limit).",
    ),
    click.option(
        "--resume", is_flag=True,
        help="Skip inputs whose output under -o DIR exists and is newer than the input.",
    ),
    click.option(
        "--files-from", metavar="LIST", type=click.Path(allow_dash=True, dir_okay=False, path_type=str),
        help="Also read input paths from LIST, one a line ('-' for standard input).",
    ),
    click.option(
        "--learn/--no-learn", default=None,
        help=f"Learn the site's boilerplate from the batch (default: on for {LEARN_MIN_FILES}+ files).",
    ),
    click.option(
        "--learn-from", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=str),
        help="Learn the boilerplate from the dumps in DIR instead of from the inputs.",
    ),
    click.option(
        "--boilerplate-table", metavar="FILE", type=click.Path(dir_okay=False, path_type=str),
        help="Use the learned table in FILE if it exists; else learn it and save it there.",
    ),
    click.option(
        "--dask", metavar="ADDRESS", envvar="DASK_SCHEDULER_ADDRESS",
        help="Clean on a Dask cluster: a scheduler address, or 'local' for an in-process one.",
    ),
)


def batch_options(function: F) -> F:
    """Add the batch options; the command receives them as ``batch: BatchOptions``."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        max_size = kwargs.pop("max_size")
        batch = BatchOptions(
            jobs=kwargs.pop("jobs"),
            max_size=max_size or None,
            resume=kwargs.pop("resume"),
            files_from=kwargs.pop("files_from"),
            learn=kwargs.pop("learn"),
            learn_from=kwargs.pop("learn_from"),
            boilerplate_table=kwargs.pop("boilerplate_table"),
            dask=kwargs.pop("dask") or None,
            timeout=kwargs.pop("timeout"),
        )
        return function(*args, batch=batch, **kwargs)

    decorated: Any = wrapper
    for decorator in reversed(_OPTIONS):
        decorated = decorator(decorated)
    return decorated  # type: ignore[no-any-return]


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
            click.option(
                "--precision",
                is_flag=True,
                help="Keep less: a stricter article end; no body when nothing is sure.",
            ),
            click.option("--recall", is_flag=True, help="Keep more: the article's gaps and edges too."),
            click.option(
                "--captions",
                type=click.Choice([item.value for item in CaptionPolicy]),
                default=None,
                help="Photo captions: metadata only (separate; the default), also in the body (keep; the "
                "default with --recall), or nowhere (drop).",
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
                metavar="DIR|FILE.jsonl",
                type=click.Path(path_type=str),
                help="Write one file per input under DIR (mirroring folders), or every input as one "
                "line of FILE.jsonl, instead of to stdout.",
            ),
            click.option("-q", "--quiet", is_flag=True, help="No warnings, no summary; errors still show."),
        )
    ):
        function = decorator(function)
    return function
