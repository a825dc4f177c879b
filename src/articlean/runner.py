"""A batch as the command runs it: resume skips, the learning pass, local pool or Dask, progress.

No click here: problems the user must fix are raised as ArticleanError for the CLI to report.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from articlean import batch
from articlean.batch import Outcome, Settings, Task
from articlean.cli_options import LEARN_MIN_FILES, BatchOptions
from articlean.errors import ArticleanError
from articlean.files import Source, is_fresh, output_path, walk, write_atomic

if TYPE_CHECKING:
    from articlean.corpus import LineTable


class Reporter(Protocol):
    def phase(self, label: str, files: int) -> None: ...

    def advance(self, files: int = 1, size: int = 0, failed: bool = False) -> None: ...

    def close(self) -> None: ...


class Silent:
    """The reporter when stderr is not a terminal, or with --quiet: says nothing."""

    def phase(self, label: str, files: int) -> None:
        pass

    def advance(self, files: int = 1, size: int = 0, failed: bool = False) -> None:
        pass

    def close(self) -> None:
        pass


def count(items: Iterable[object], limit: int | None = None) -> int:
    """How many ``items`` there are, going no further than ``limit``."""
    return sum(1 for _ in itertools.islice(items, limit))


def reporter(show: bool, sources: Iterable[Source]) -> Reporter:
    """A progress bar over ``sources`` when ``show``; rich is imported only then."""
    if not show:
        return Silent()
    from articlean.view import BatchProgress

    files = total = 0
    for source in sources:
        files += 1
        if source.path is not None:
            with contextlib.suppress(OSError):  # reported when it is cleaned
                total += os.path.getsize(source.path)
    return BatchProgress(files, total)


def fresh(source: Source, output_dir: str, extension: str) -> bool:
    """--resume: the output of ``source`` exists and is newer than it."""
    if source.path is None:
        return False
    return is_fresh(output_path(source, output_dir, extension), source.path)


class Backend:
    """Where the work runs: this machine's process pool (``jobs``) or a Dask cluster."""

    def __init__(self, options: BatchOptions, tasks: Iterable[object]) -> None:
        """``tasks``: what there is to clean, counted only as far as the number of jobs."""
        self.client: Any = None
        self.jobs = max(1, count(tasks, options.jobs or batch.default_jobs()))
        if options.dask is not None:
            from articlean import distributed  # deferred: Dask is an optional extra

            self.client = distributed.connect(options.dask)

    def learn(self, tasks: Iterable[Task], settings: Settings, reporter: Reporter) -> LineTable:
        if self.client is not None:
            from articlean import distributed

            return distributed.learn(self.client, tasks, settings, lambda done: reporter.advance(done))
        return batch.learn(tasks, settings, self.jobs, lambda done: reporter.advance(done))

    def clean(self, tasks: Iterable[Task], settings: Settings) -> Iterator[Outcome]:
        if self.client is not None:
            from articlean import distributed

            return distributed.run(self.client, tasks, settings)
        return batch.run(tasks, settings, self.jobs)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


def load_table(path: str) -> LineTable:
    from articlean.corpus import LineTable  # only with a table: start-up imports less

    try:
        with open(path, encoding="utf-8") as stream:
            return LineTable.loads(stream.read())
    except (OSError, ValueError, KeyError) as error:
        raise ArticleanError(f"cannot read the boilerplate table {path}: {error}") from error


def learning_tasks(
    options: BatchOptions, tasks: Iterable[Task], globs: Sequence[str], recursive: bool
) -> Iterable[Task]:
    """What the table is learned from: the dumps of --learn-from DIR, else every input (also the
    ones --resume skips, so a resumed run learns the same table as an uninterrupted one)."""
    if options.learn_from is None:
        return tasks
    return (Task(index, source.display, path=source.path)
            for index, source in enumerate(walk(options.learn_from, globs, recursive)))


def boilerplate(
    options: BatchOptions,
    backend: Backend,
    tasks: Callable[[], Iterable[Task]],
    settings: Settings,
    progress: Reporter,
    walking: tuple[Sequence[str], bool],
) -> LineTable | None:
    """The site-boilerplate table of this run, or None without learning.

    With --boilerplate-table FILE: FILE is loaded when it exists (no learning pass), else the table
    is learned and saved to FILE (atomically)."""
    if not options.learns(count(tasks(), LEARN_MIN_FILES)):
        return None
    path = options.boilerplate_table
    if path is not None and os.path.exists(path):
        return load_table(path)
    shown = not isinstance(progress, Silent)  # the inputs are counted for a progress bar only
    progress.phase("learning", count(learning_tasks(options, tasks(), *walking)) if shown else 0)
    table = backend.learn(learning_tasks(options, tasks(), *walking), settings, progress)
    if path is not None:
        try:
            write_atomic(path, table.dumps().encode("utf-8"))
        except OSError as error:
            raise ArticleanError(f"cannot save the boilerplate table {path}: {error.strerror}") from error
    return table
