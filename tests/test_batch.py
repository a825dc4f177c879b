"""Batches: --jobs, --max-size, --resume, --files-from, -o FILE.jsonl, progress, interruption."""

from __future__ import annotations

import errno
import json
import os
import pty
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from articlean import batch, clean, cli
from articlean.cli_options import BATCH_TIMEOUT, BatchOptions, parse_size
from articlean.errors import Deadline, TimedOut
from articlean.exitcodes import ExitCode
from conftest import PROSE, PROSE_2, ROOT

SITES = ROOT / "benchmarks" / "sites"


def invoke(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), input=stdin, catch_exceptions=False)


def spawn(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "articlean", *args]
    streams: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.Popen(command, **streams)  # type: ignore[call-overload]


def tree(folder: Path) -> dict[str, bytes]:
    """Every visible file under ``folder`` (temporary files start with a dot) and its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    }


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    """A mixed folder: the three synthetic sites (10 dumps each) and a few odd files."""
    root = tmp_path / "dumps"
    for site in ("courier", "kestrel", "lantern"):
        (root / site).mkdir(parents=True)
        for path in sorted((SITES / site).glob("*.txt"))[:10]:
            shutil.copy(path, root / site / path.name)
    (root / "short.txt").write_text(f"Home\n\n{PROSE}\n\n{PROSE_2}\n\nShare\n", encoding="utf-8")
    (root / "menu.txt").write_text("Home\nNews\nSport\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return root


def test_sizes_take_suffixes() -> None:
    assert parse_size("512") == 512
    assert parse_size("10M") == 10_000_000
    assert parse_size("1G") == 10**9
    assert parse_size("2Ki") == 2048
    assert parse_size("1.5k") == 1500
    with pytest.raises(ValueError):
        parse_size("lots")


def test_learning_is_on_by_default_from_20_files() -> None:
    assert not BatchOptions().learns(19)
    assert BatchOptions().learns(20)
    assert not BatchOptions(learn=False).learns(1000)
    assert BatchOptions(boilerplate_table="t.json").learns(2)


@pytest.mark.parametrize("output_format", ["jsonl", "text"])
def test_output_is_byte_identical_whatever_the_jobs(dumps: Path, output_format: str) -> None:
    runs = [invoke(str(dumps), "-f", output_format, "--jobs", str(jobs)) for jobs in (1, 2, 3)]
    assert all(run.exit_code == ExitCode.INPUT_FAILED for run in runs)  # binary.txt
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert runs[0].stdout.count("==> ") == 32 or output_format == "jsonl"


def test_batch_run_keeps_input_order_over_a_pool(dumps: Path) -> None:
    tasks = [batch.Task(i, str(p), path=str(p)) for i, p in enumerate(sorted(dumps.rglob("*.txt")))]
    settings = batch.Settings(cli.build_options("auto", False, False, "separate"))
    one = list(batch.run(tasks, settings, jobs=1))
    two = list(batch.run(tasks, settings, jobs=2, chunksize=3))
    assert [o.task.index for o in two] == list(range(len(tasks)))
    assert [(o.error, o.result and o.result.text) for o in one] == [
        (o.error, o.result and o.result.text) for o in two
    ]


def test_too_big_fails_that_input_only(dumps: Path, tmp_path: Path) -> None:
    (dumps / "big.txt").write_text(PROSE * 200, encoding="utf-8")
    result = invoke(str(dumps), "-o", str(tmp_path / "out"), "--max-size", "10K", "--no-learn")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "big.txt: larger than --max-size (10000 bytes)" in result.stderr
    assert ", 2 failed" in result.stderr  # big.txt and binary.txt
    assert (tmp_path / "out" / "short.txt").exists() and not (tmp_path / "out" / "big.txt").exists()
    assert invoke(str(dumps / "big.txt"), "--max-size", "0").exit_code == ExitCode.OK


def test_bad_size_is_a_usage_error(article: Path) -> None:
    assert CliRunner().invoke(cli.main, [str(article), "--max-size", "huge"]).exit_code == ExitCode.USAGE


def test_resume_skips_fresh_outputs_and_redoes_changed_inputs(dumps: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = invoke(str(dumps), "-o", str(out), "-f", "json")
    before = tree(out)
    changed = dumps / "short.txt"
    time.sleep(0.01)
    changed.write_text(f"{PROSE_2}\n\n{PROSE}\n", encoding="utf-8")
    again = invoke(str(dumps), "-o", str(out), "-f", "json", "--resume")
    assert again.exit_code == first.exit_code == ExitCode.INPUT_FAILED  # binary.txt has no output
    assert "1 cleaned, 0 empty, 1 failed, 31 skipped" in again.stderr
    after = tree(out)
    assert json.loads(after["short.json"])["text"].startswith(PROSE_2)
    assert {k: v for k, v in after.items() if k != "short.json"} == {
        k: v for k, v in before.items() if k != "short.json"
    }


def test_resume_needs_an_output_folder(article: Path) -> None:
    result = CliRunner().invoke(cli.main, [str(article), "--resume"])
    assert result.exit_code == ExitCode.USAGE and "--resume needs an output folder" in result.output


def test_files_from_stdin(dumps: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = sorted(dumps.rglob("*.txt"))[1:5]  # not binary.txt
    names = "".join(f"{path}\n" for path in listed).encode()
    result = invoke("--files-from", "-", "-f", "jsonl", "--no-learn", stdin=names)
    assert result.exit_code == ExitCode.OK
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(p) for p in listed]
    relative = tmp_path / "list.txt"
    relative.write_text("\n".join(os.path.relpath(p, dumps) for p in listed) + "\n", encoding="utf-8")
    monkeypatch.chdir(dumps)
    out = tmp_path / "out"
    assert invoke("--files-from", str(relative), "-o", str(out), "--no-learn").exit_code == ExitCode.OK
    assert sorted(tree(out)) == sorted(os.path.relpath(p, dumps) for p in listed)


def test_jsonl_file_output_is_the_stdout_stream(dumps: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    to_file = invoke(str(dumps), "-o", str(target), "--jobs", "2")
    to_stdout = invoke(str(dumps), "-f", "jsonl", "--jobs", "2")
    assert to_file.exit_code == to_stdout.exit_code == ExitCode.INPUT_FAILED
    assert target.read_text(encoding="utf-8") == to_stdout.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_jsonl_file_refuses_another_format(article: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli.main, [str(article), "-o", str(tmp_path / "x.jsonl"), "-f", "text"])
    assert result.exit_code == ExitCode.USAGE


def test_progress_bar_only_on_a_terminal(dumps: Path) -> None:
    controller, terminal = pty.openpty()
    process = spawn(str(dumps), "-f", "jsonl", "--no-learn", stderr=terminal)
    os.close(terminal)
    out, _ = process.communicate(timeout=120)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert out.count(b"\n") == 32
    assert b"docs/s" in shown and b"cleaned" in shown and b"skipped in" in shown
    piped = spawn(str(dumps), "-f", "jsonl", "--no-learn")
    _, errors = piped.communicate(timeout=120)
    assert b"docs/s" not in errors and b"\x1b" not in errors


def make_many(folder: Path, count: int) -> None:
    for index in range(count):
        sub = folder / f"{index // 500:02}"
        sub.mkdir(parents=True, exist_ok=True)
        body = f"{PROSE} Item {index} of the batch.\n\n{PROSE_2}\n"
        (sub / f"{index:05}.txt").write_text(f"Home\nNews\n\n{body}\nShare\n", encoding="utf-8")


def wait_for_outputs(folder: Path, at_least: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if folder.exists() and sum(1 for _ in folder.rglob("*.txt")) >= at_least:
            return
        time.sleep(0.05)
    raise AssertionError("the batch finished or stalled before it could be interrupted")


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """2,000 tiny dumps and the outputs of an uninterrupted run over them."""
    inputs, whole = tmp_path_factory.mktemp("many"), tmp_path_factory.mktemp("whole")
    make_many(inputs, 2000)
    done = subprocess.run([sys.executable, "-m", "articlean", str(inputs), "-o", str(whole), "-q"])
    assert done.returncode == 0
    return inputs, tree(whole)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_a_killed_batch_resumed_equals_an_uninterrupted_one(
    tmp_path: Path, how: signal.Signals, uninterrupted: tuple[Path, dict[str, bytes]]
) -> None:
    inputs, whole = uninterrupted
    broken = tmp_path / "broken"
    command = [sys.executable, "-m", "articlean", str(inputs), "-o"]
    process = spawn(str(inputs), "-o", str(broken), "--jobs", "2", start_new_session=True)
    wait_for_outputs(broken, 300, process)
    os.killpg(process.pid, how)  # the whole group, as a terminal's Ctrl-C or a kill of the job does
    _, errors = process.communicate(timeout=60)
    if how is not signal.SIGKILL:
        code = ExitCode.INTERRUPTED if how is signal.SIGINT else ExitCode.TERMINATED
        assert process.returncode == code and b"Traceback" not in errors, errors
        assert not [p for p in broken.rglob(".*")]  # no partial file
    assert 300 <= len(tree(broken)) < 2000
    resumed = subprocess.run([*command, str(broken), "--resume"], capture_output=True)
    assert resumed.returncode == 0
    assert b" skipped in " in resumed.stderr and b" 0 skipped" not in resumed.stderr
    assert tree(broken) == whole


# --- --timeout, in the library --------------------------------------------------------------------

SLOW = "\n".join(f"Menu item {number}" for number in range(60_000))  # about 6 s to clean


def test_timeout_defaults_to_a_limit_for_batches_only() -> None:
    assert BatchOptions().time_limit(several=True) == BATCH_TIMEOUT
    assert BatchOptions().time_limit(several=False) is None
    assert BatchOptions(timeout=0).time_limit(several=True) is None
    assert BatchOptions(timeout=3).time_limit(several=False) == 3


def test_timeout_in_a_thread_is_checked_between_stages() -> None:
    # Dask runs tasks in threads, where SIGALRM cannot reach: the pipeline's own checks stop it.
    settings = batch.Settings(cli.build_options("text", False, False, "separate"), timeout=0.05)
    task = batch.Task(0, "slow", data=SLOW.encode())
    outcomes: list[batch.Outcome] = []
    worker = threading.Thread(target=lambda: outcomes.append(batch.run_task(task, settings)))
    worker.start()
    worker.join(timeout=120)
    [outcome] = outcomes
    assert outcome.result is None and outcome.error == "timed out after 0.05s"


def test_a_deadline_that_passed_stops_clean() -> None:
    with pytest.raises(TimedOut, match=r"^timed out after 1s$"):
        clean(PROSE, deadline=Deadline(1, start=time.monotonic() - 2))
    assert clean(PROSE, deadline=Deadline(60)).text == PROSE


def test_the_alarm_is_disarmed_after_each_input() -> None:
    settings = batch.Settings(cli.build_options("text", False, False, "separate"), timeout=0.2)
    outcome = batch.run_task(batch.Task(0, "small", data=PROSE.encode()), settings)
    assert outcome.result is not None
    time.sleep(0.3)  # an alarm left armed would raise TimedOut here
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# --- a failing writer -----------------------------------------------------------------------------


def test_a_full_disk_during_jsonl_keeps_the_previous_file(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "all.jsonl"
    target.write_bytes(b"previous\n")

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)  # the last moment a full disk shows
    result = CliRunner().invoke(cli.main, [str(article), str(article), "-o", str(target)])
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr == f"articlean: {target}: cannot write: No space left on device\n"
    assert target.read_bytes() == b"previous\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["all.jsonl", "article.txt"]
