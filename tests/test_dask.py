"""The Dask path against a real in-process LocalCluster: same outcomes, same table, same output."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from articlean import batch, cli
from articlean.model import Options
from conftest import ROOT

distributed_dask = pytest.importorskip("dask.distributed")
from articlean import distributed  # noqa: E402

SITES = ROOT / "benchmarks" / "sites"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed_dask.LocalCluster(processes=False, n_workers=2, threads_per_worker=1,
                                            dashboard_address=None)
    with distributed_dask.Client(cluster) as connected:
        yield connected
    cluster.close()


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    root = tmp_path / "dumps"
    for site in ("courier", "kestrel"):
        (root / site).mkdir(parents=True)
        for path in sorted((SITES / site).glob("*.txt"))[:15]:
            shutil.copy(path, root / site / path.name)
    (root / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return root


def tasks_of(folder: Path) -> list[batch.Task]:
    return [batch.Task(i, str(p), path=str(p)) for i, p in enumerate(sorted(folder.rglob("*.txt")))]


def test_outcomes_and_table_equal_the_local_run(client: Any, dumps: Path) -> None:
    settings = batch.Settings(Options())
    tasks = tasks_of(dumps)
    assert distributed.learn(client, tasks, settings).dumps() == batch.learn(tasks, settings).dumps()
    table = batch.learn(tasks, settings)
    learned = batch.Settings(Options(), boilerplate=table)
    remote = list(distributed.run(client, tasks, learned))
    local = list(batch.run(tasks, learned, jobs=1))
    assert [o.task.index for o in remote] == list(range(len(tasks)))
    assert [(o.error, o.result and o.result.text) for o in remote] == [
        (o.error, o.result and o.result.text) for o in local
    ]
    assert sum(o.error is not None for o in remote) == 1


def test_the_command_with_dask_local_writes_what_the_local_run_writes(dumps: Path) -> None:
    runner = CliRunner()
    local = runner.invoke(cli.main, [str(dumps), "-f", "jsonl", "--jobs", "2"], catch_exceptions=False)
    remote = runner.invoke(cli.main, [str(dumps), "-f", "jsonl", "--dask", "local"], catch_exceptions=False)
    assert local.exit_code == remote.exit_code == 1  # broken.txt, counted the same way
    assert remote.stdout == local.stdout
    assert "30 cleaned, 0 empty, 1 failed" in remote.stderr


def test_an_unreachable_scheduler_is_one_clear_error(dumps: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(cli.main, [str(dumps), "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.output
