"""Many inputs -> ordered outcomes, in-process or over a process pool. Failures are counted, never hidden.

Workers read their own input files (only the path crosses the process boundary), clean them and
send back the result or a one-line error; results come back in input order, so the output of a
batch is byte-identical whatever the number of jobs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from articlean.corpus import LineTable
from articlean.errors import ArticleanError
from articlean.model import Options, Result
from articlean.pipeline import clean

if TYPE_CHECKING:
    from concurrent.futures import Executor

# Documents per task sent to a worker: large enough to amortise inter-process traffic,
# small enough that a batch of a few hundred files still spreads over every core.
DEFAULT_CHUNKSIZE = 8


@dataclass(frozen=True, slots=True)
class Task:
    """One input: a file path, or the bytes of standard input (``path`` is then None)."""

    index: int
    display: str
    path: str | None = None
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one task: a result, or the error that stopped it."""

    task: Task
    result: Result | None = None
    error: str | None = None
    size: int = 0


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs besides its task; sent once per worker."""

    options: Options
    boilerplate: LineTable | None = None
    max_size: int | None = None


def read_input(task: Task, max_size: int | None) -> bytes:
    """The bytes of a task's input; raises ArticleanError or OSError with a message for the user."""
    if task.data is not None:
        data = task.data
    else:
        assert task.path is not None
        if max_size is not None and os.path.getsize(task.path) > max_size:
            raise ArticleanError(f"larger than --max-size ({max_size} bytes)")
        with open(task.path, "rb") as handle:
            data = handle.read()
    if max_size is not None and len(data) > max_size:
        raise ArticleanError(f"larger than --max-size ({max_size} bytes)")
    return data


def describe_os_error(error: OSError) -> str:
    """An OSError as the short phrase users know ("No such file or directory")."""
    return error.strerror or str(error)


def run_task(task: Task, settings: Settings) -> Outcome:
    """Read and clean one input; a read failure or unusable input becomes an Outcome with an error.

    Only errors about the input itself are caught: an OSError while reading, an ArticleanError
    from the core. Anything else is a bug in articlean and must not pass for a bad input.
    """
    try:
        data = read_input(task, settings.max_size)
    except ArticleanError as error:
        return Outcome(task, error=str(error))
    except OSError as error:
        return Outcome(task, error=describe_os_error(error))
    try:
        result = clean(data, settings.options, boilerplate=settings.boilerplate)
    except ArticleanError as error:
        return Outcome(task, error=str(error), size=len(data))
    except RecursionError:
        return Outcome(task, error="document too deeply nested to clean", size=len(data))
    return Outcome(task, result=result, size=len(data))


_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings


def _run_in_worker(task: Task) -> Outcome:
    assert _worker_settings is not None, "worker not initialised"
    return run_task(task, _worker_settings)


def _pool(jobs: int, settings: Settings) -> Executor:
    import multiprocessing  # deferred: a single file never pays for it
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the loaded stoplists and model with the workers; spawn elsewhere.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(settings,),
    )


def run(
    tasks: Iterable[Task],
    settings: Settings,
    jobs: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[Outcome]:
    """Outcomes of every task, in task order. ``jobs`` > 1 cleans in that many processes."""
    if jobs <= 1:
        for task in tasks:
            yield run_task(task, settings)
        return
    executor = _pool(jobs, settings)
    try:
        yield from executor.map(_run_in_worker, tasks, chunksize=chunksize)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
