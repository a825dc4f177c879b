"""The batch over a Dask cluster (the optional ``articlean[dask]`` extra), imported only when asked for.

Dask schedules; articlean only cuts the batch into partitions and maps the same functions as the
local pool (:func:`articlean.batch.clean_chunk`, :func:`articlean.batch.count_chunk`) over them.
Paths must be readable from the workers (shared storage). Outcomes come back in input order and
the learned tables merge in input order, so the output equals a local run's.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from articlean.batch import (
    LEARN_CHUNKSIZE,
    Outcome,
    Settings,
    Task,
    absorb,
    chunks,
    clean_chunk,
    count_chunk,
)
from articlean.corpus import LineTable
from articlean.errors import ArticleanError

# Documents per Dask task: enough work to dwarf the scheduler's per-task overhead (about 1 ms).
PARTITION_SIZE = 64
# How many partitions may be in flight at once, per worker thread, to bound client memory.
IN_FLIGHT_PER_THREAD = 4
ADDRESS_VARIABLE = "DASK_SCHEDULER_ADDRESS"
# How long to wait for a remote scheduler before giving up with a message.
CONNECT_TIMEOUT = "10s"
LOCAL = "local"

__all__ = ["ADDRESS_VARIABLE", "LOCAL", "clean_partition", "connect", "learn", "run"]


class DaskUnavailableError(ArticleanError):
    """Dask is not installed, or the scheduler cannot be reached."""


def clean_partition(tasks: Sequence[Task], settings: Settings) -> list[Outcome]:
    """Clean a partition of tasks; the function to map in Dask bags, Spark or Ray too."""
    return clean_chunk(tasks, settings)


def connect(address: str | None) -> Any:
    """A Dask client: ``local`` starts an in-process LocalCluster (closed with the client);
    anything else is a scheduler's address. None reads ``DASK_SCHEDULER_ADDRESS``."""
    try:
        from dask.distributed import Client
    except ImportError as error:
        raise DaskUnavailableError("--dask needs the dask extra: pip install 'articlean[dask]'") from error
    address = address or os.environ.get(ADDRESS_VARIABLE) or LOCAL
    try:
        if address == LOCAL:
            # ":0": a free port for the dashboard, so a second local cluster does not warn about 8787
            return Client(processes=False, dashboard_address=":0")
        return Client(address, timeout=CONNECT_TIMEOUT)
    except OSError as error:
        raise DaskUnavailableError(f"cannot reach the Dask scheduler at {address}: {error}") from error


def _window(client: Any) -> int:
    threads: int = sum(client.nthreads().values())
    return max(1, threads) * IN_FLIGHT_PER_THREAD


def _ordered(
    client: Any, function: Callable[..., Any], parts: Iterable[list[Task]], *args: Any
) -> Iterator[Any]:
    """``function(part, *args)`` of every part on the cluster, in order, a bounded window at a time."""
    window = _window(client)
    pending: deque[Any] = deque()
    try:
        for part in parts:
            pending.append(client.submit(function, part, *args, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def learn(
    client: Any, tasks: Iterable[Task], settings: Settings, on_chunk: Callable[[int], None] | None = None
) -> LineTable:
    """Line keys computed over the cluster, counted on the client in input order."""
    return absorb(_ordered(client, count_chunk, chunks(tasks, LEARN_CHUNKSIZE), settings), on_chunk)


def run(client: Any, tasks: Iterable[Task], settings: Settings) -> Iterator[Outcome]:
    """Outcomes of every task in task order, computed on the cluster a window of partitions at a time."""
    [shared] = client.scatter([settings], broadcast=True)
    for outcomes in _ordered(client, clean_partition, chunks(tasks, PARTITION_SIZE), shared):
        yield from outcomes
