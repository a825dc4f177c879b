"""Start-up stays light: the command imports no heavy module unless an input or option needs it.

Each check runs a fresh interpreter and lists ``sys.modules`` (or what the collector holds) when it
exits, but one that counts calls in this process (the speed itself is measured by
``benchmarks/speed.py``; no test here asserts a time).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlean import cli
from conftest import PROSE, PROSE_2

# Modules that only HTML input, a charset guess, a batch over several processes, the inspection
# view or a Dask cluster may import.
HEAVY = ("trafilatura", "lxml", "rich", "multiprocessing", "charset_normalizer", "dask", "justext")

# Runs articlean's command with the given arguments, then writes the names of the loaded modules to
# the file named by the first argument, whatever the exit code.
WRAPPER = """
import atexit, json, sys
target = sys.argv.pop(1)
atexit.register(lambda: open(target, "w").write(json.dumps(sorted(sys.modules))))
sys.argv[0] = "articlean"
from articlean.cli import main
main()
"""


def loaded_by(arguments: list[str], tmp_path: Path) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    listing = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(listing), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    return set(json.loads(listing.read_text(encoding="utf-8"))), done


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if name.split(".")[0] in HEAVY)


def test_importing_the_cli_imports_nothing_heavy() -> None:
    code = "import json, sys, articlean.cli; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert heavy_in(set(json.loads(done.stdout))) == []


def test_version_imports_nothing_heavy(tmp_path: Path) -> None:
    modules, done = loaded_by(["--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("articlean ")
    assert heavy_in(modules) == []


def test_version_loads_none_of_the_cleaning_stages(tmp_path: Path) -> None:
    """``--version`` and ``--help`` clean nothing: the pipeline and its stages stay unloaded."""
    modules, done = loaded_by(["--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    stages = {"articlean.pipeline", "articlean.classify", "articlean.features", "articlean.metadata"}
    assert sorted(stages & modules) == []


@pytest.mark.parametrize("name", ["small.txt", "small.md"])
def test_cleaning_a_text_file_imports_nothing_heavy(tmp_path: Path, name: str) -> None:
    small = tmp_path / name
    small.write_text(f"Home | News | Sport\n\n{PROSE}\n\n{PROSE_2}\n\nShare this article\n", encoding="utf-8")
    modules, done = loaded_by([str(small)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert PROSE in done.stdout
    assert heavy_in(modules) == []


# Modules a run printing one cleaned file does not need: diffs for --diff, hashes for a folder of
# outputs or a batch learning boilerplate, the boilerplate tables for --learn (each import costs a
# few milliseconds of start-up).
DEFERRED = ("difflib", "hashlib", "articlean.corpus")


def test_cleaning_a_text_file_to_stdout_defers_what_options_need(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text(f"{PROSE}\n\n{PROSE_2}\n", encoding="utf-8")
    modules, done = loaded_by([str(small)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(set(DEFERRED) & modules) == []
    modules, done = loaded_by([str(small), "--diff"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "difflib" in modules


def test_html_input_does_import_trafilatura(tmp_path: Path) -> None:
    """The other side of the checks above: the listing does see a heavy import when one happens."""
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article><p>{PROSE}</p><p>{PROSE_2}</p></article></body></html>")
    modules, done = loaded_by([str(page)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "trafilatura" in modules


def test_a_run_moves_start_up_objects_out_of_the_collector(tmp_path: Path) -> None:
    """What start-up made lives as long as the process: frozen, no collection walks it again."""
    small = tmp_path / "small.txt"
    small.write_text(f"{PROSE}\n\n{PROSE_2}\n", encoding="utf-8")
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print(gc.get_freeze_count(), file=sys.stderr))\n"
        "sys.argv[0] = 'articlean'\n"
        "from articlean.cli import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(small)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert PROSE in done.stdout
    assert int(done.stderr.split()[-1]) > 10_000


def test_start_up_is_frozen_once_per_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A caller running the command again in one process keeps what later runs leave to the collector."""
    freezes = []
    monkeypatch.setattr(cli, "_frozen", False)
    monkeypatch.setattr(cli.gc, "freeze", lambda: freezes.append(1))
    small = tmp_path / "small.txt"
    small.write_text(f"{PROSE}\n", encoding="utf-8")
    for _ in range(2):
        assert CliRunner().invoke(cli.main, [str(small)]).exit_code == 0
    assert freezes == [1]
