"""Many inputs -> ordered outcomes, in-process or over a process pool. Failures are counted, never hidden.

Workers read their own input files (only the path crosses the process boundary), clean them and
send back the result or a one-line error; results come back in input order, so the output of a
batch is byte-identical whatever the number of jobs.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from articlean.errors import ArticleanError, Deadline, TimedOut
from articlean.model import Options, Result

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from articlean.corpus import LineTable
    from articlean.render import OutputFormat

T = TypeVar("T")

# Documents per task sent to a worker: large enough to amortise inter-process traffic,
# small enough that a batch of a few hundred files still spreads over every core.
DEFAULT_CHUNKSIZE = 8
# Chunks in flight per worker: enough to keep every worker busy, few enough that a batch of a
# million inputs holds only a handful of results in memory.
IN_FLIGHT_PER_JOB = 4
# Documents per learning chunk. Its tables merge in input order; the same size whatever --jobs
# keeps the learned table, hence the output, byte-identical.
LEARN_CHUNKSIZE = 32
# Set in the environment, a bug met while cleaning an input raises with its traceback instead of
# being reported in one line (for debugging articlean itself).
DEBUG_VARIABLE = "ARTICLEAN_DEBUG"
# Characters of a bug's message kept in its one-line report.
INTERNAL_DETAIL_CHARS = 160


class Task:
    """One input: a file path, or the bytes of standard input (``path`` is then None)."""

    __slots__ = ("data", "display", "index", "path")

    def __init__(self, index: int, display: str, path: str | None = None, data: bytes | None = None) -> None:
        self.index = index
        self.display = display
        self.path = path
        self.data = data


class Outcome(NamedTuple):
    """What became of one task: a result, or the error that stopped it."""

    task: Task
    result: Result | None = None
    error: str | None = None
    size: int = 0
    # With Settings.render: the result as rendered where it was cleaned, instead of the Result (a
    # string crosses between processes for a fraction of the cost), and whether its body was empty.
    rendered: str | None = None
    empty: bool = False
    #: The error is articlean's own (a bug), not the input's.
    internal: bool = False


class Settings(NamedTuple):
    """What every worker needs besides its task; sent once per worker."""

    options: Options
    boilerplate: LineTable | None = None
    max_size: int | None = None
    #: Seconds one input may take to read and clean (None: no limit).
    timeout: float | None = None
    #: Render each result in this format where it is cleaned (see Outcome.rendered).
    render: OutputFormat | None = None


def read_input(task: Task, max_size: int | None) -> bytes:
    """The bytes of a task's input; raises ArticleanError or OSError with a message for the user.

    No more than one byte over ``max_size`` is ever read, so a device that never ends (/dev/zero)
    or a file that grows while it is read is refused, not loaded into memory."""
    if task.data is not None:
        data = task.data
    else:
        assert task.path is not None
        if max_size is not None and os.path.getsize(task.path) > max_size:
            raise ArticleanError(f"larger than --max-size ({max_size} bytes)")
        with open(task.path, "rb") as handle:
            data = handle.read() if max_size is None else handle.read(max_size + 1)
    if max_size is not None and len(data) > max_size:
        raise ArticleanError(f"larger than --max-size ({max_size} bytes)")
    return data


def _alarm_works() -> bool:
    import threading

    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[Deadline | None]:
    """Limit the work inside to ``seconds``: the Deadline the pipeline checks between stages and,
    in a main thread (``--jobs 1``, a pool worker), SIGALRM, which also stops a long stage (HTML
    parsing, the classifier's rounds) in the middle. Elsewhere (Dask threads) the checks alone."""
    if seconds is None:
        yield None
        return
    deadline = Deadline(seconds)
    if not _alarm_works():
        yield deadline
        return

    armed = [True]

    def expire(signum: int, frame: object) -> None:
        if armed[0]:  # not once the work is over: an alarm in the finally below would escape it
            raise TimedOut(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield deadline
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def describe_os_error(error: OSError) -> str:
    """An OSError as the short phrase users know ("No such file or directory")."""
    return error.strerror or str(error)


def run_task(task: Task, settings: Settings) -> Outcome:
    """Read and clean one input; a read failure or unusable input becomes an Outcome with an error.

    Errors about the input itself (an OSError while reading, an ArticleanError from the core) make
    an ordinary failure. Anything else is a bug in articlean and must not pass for a bad input: it is
    reported as an internal error (exit code 3), or raised with its traceback when the environment
    variable :data:`DEBUG_VARIABLE` is set.
    """
    data = b""
    try:
        with time_limit(settings.timeout) as deadline:
            data = read_input(task, settings.max_size)
            from articlean.pipeline import clean  # deferred: --version and --help need none of the stages

            result = clean(data, settings.options, boilerplate=settings.boilerplate, deadline=deadline)
    except ArticleanError as error:
        return Outcome(task, error=str(error), size=len(data))
    except OSError as error:  # only reading raises it: the core does no I/O
        return Outcome(task, error=describe_os_error(error))
    except RecursionError:
        return Outcome(task, error="document too deeply nested to clean", size=len(data))
    except Exception as error:  # a bug in articlean: said as such, and the batch goes on
        if os.environ.get(DEBUG_VARIABLE):
            raise
        return Outcome(task, error=internal_error(error), size=len(data), internal=True)
    if settings.render is not None:
        from articlean.render import render

        text = render(result, task.display, settings.render)
        return Outcome(task, size=len(data), rendered=text, empty=not result.text)
    return Outcome(task, result=result, size=len(data))


def internal_error(error: Exception) -> str:
    """The one-line report of a bug met while cleaning an input."""
    detail = " ".join(str(error).split())[:INTERNAL_DETAIL_CHARS]
    what = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return f"internal error ({what}); please report it, {DEBUG_VARIABLE}=1 shows where"


def clean_chunk(tasks: Sequence[Task], settings: Settings) -> list[Outcome]:
    """Clean a chunk of tasks in order: the unit of work of the pool, Dask, Spark or Ray."""
    return [run_task(task, settings) for task in tasks]


def count_chunk(tasks: Sequence[Task], settings: Settings) -> list[frozenset[int]]:
    """The distinct line keys of each input of a chunk, for learning site boilerplate (the costly
    part: reading, decoding, HTML extraction, hashing); they are counted in order by a Learner.

    An input that cannot be read or loaded is left out: the cleaning pass reports its failure.
    """
    from articlean.corpus import document_keys  # only when learning: start-up imports less
    from articlean.pipeline import load

    keys = []
    for task in tasks:
        try:
            with time_limit(settings.timeout):
                document = load(read_input(task, settings.max_size), settings.options)
                keys.append(frozenset(document_keys(document.lines)))
        except (ArticleanError, OSError, RecursionError):
            continue
    return keys


def chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    """Consecutive lists of ``size`` tasks (the last one shorter)."""
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    import signal

    global _worker_settings
    _worker_settings = settings
    # Ctrl-C reaches the whole process group: the parent alone decides, and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler, whose exception would end it with a
    # traceback; the default action ends it silently, and the parent reports the termination.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _clean_in_worker(tasks: list[Task]) -> list[Outcome]:
    assert _worker_settings is not None, "worker not initialised"
    return clean_chunk(tasks, _worker_settings)


def _count_in_worker(tasks: list[Task]) -> list[frozenset[int]]:
    assert _worker_settings is not None, "worker not initialised"
    return count_chunk(tasks, _worker_settings)


def _pool(jobs: int, settings: Settings) -> Executor:
    import gc
    import multiprocessing  # deferred: a single file never pays for it
    from concurrent.futures import ProcessPoolExecutor

    # The inputs' bookkeeping (paths, tasks) is shared with forked workers; a worker's garbage
    # collector walking those objects would copy their pages into every worker. Frozen, it does not.
    gc.freeze()
    # fork shares the loaded stoplists, model and boilerplate table with the workers; spawn elsewhere.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(settings,),
    )


def _ordered(
    work: Callable[[list[Task]], T], tasks: Iterable[Task], settings: Settings, jobs: int, chunksize: int
) -> Iterator[T]:
    """``work`` of every chunk, in order, over a pool with a bounded window of chunks in flight,
    so memory stays flat however long the batch is."""
    executor = _pool(jobs, settings)
    pending: deque[Future[T]] = deque()
    try:
        for chunk in chunks(tasks, chunksize):
            pending.append(executor.submit(work, chunk))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


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
    for outcomes in _ordered(_clean_in_worker, tasks, settings, jobs, chunksize):
        yield from outcomes


def learn(
    tasks: Iterable[Task],
    settings: Settings,
    jobs: int = 1,
    on_chunk: Callable[[int], None] | None = None,
) -> LineTable:
    """The line table of every task: line keys computed a chunk at a time (in ``jobs`` processes)
    and counted in input order, so the table, hence the output, is the same whatever ``jobs`` is."""
    if jobs <= 1:
        parts = chunks(tasks, LEARN_CHUNKSIZE)
        counted: Iterator[list[frozenset[int]]] = (count_chunk(chunk, settings) for chunk in parts)
    else:
        counted = _ordered(_count_in_worker, tasks, settings, jobs, LEARN_CHUNKSIZE)
    return absorb(counted, on_chunk)


def absorb(
    counted: Iterable[list[frozenset[int]]], on_chunk: Callable[[int], None] | None = None
) -> LineTable:
    """Count the documents of every chunk, in order, each distinct document once."""
    from articlean.corpus import Learner

    learner = Learner()
    for documents in counted:
        for keys in documents:
            learner.add(keys)
        if on_chunk is not None:
            on_chunk(len(documents))
    return learner.table


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
