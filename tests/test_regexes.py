"""articlean.regexes: patterns compiled once per Python, their code kept beside the bytecode.

A pattern rebuilt from kept code must be the pattern ``re.compile`` makes (patterns compare equal
only when their compiled code is the same), and whatever is wrong with the kept file (missing,
corrupt, another engine's code, a folder Python may not write to) only means compiling again.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from articlean import regexes
from articlean.metaphrases import alternation
from conftest import PROSE, PROSE_2

# Patterns of the kinds the cleaner compiles: str and bytes, flags, named and numbered groups,
# look-arounds, wide classes, case-insensitive alternations.
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"^(?P<label>read\s+more|see\s+also)\W{0,3}[:：]\W*(?P<headline>.*)$", re.IGNORECASE),
    (r"(?<=[\s.;,(|/–—-])\(?((?:(?-i:[A-Z\d])[\w&'’-]*[ /]+){0,3}?)\)?\s*$", re.IGNORECASE),
    ("[\u3040-\u30ff]|[\u4e00-\u9fff]|[\uac00-\ud7af]", 0),
    (rb"\xe0[\xb8-\xbf]|[\xe1-\xf4]", 0),
    (r"^\s*(\d+)\s+of\s+(\d+)\s*$", re.MULTILINE | re.IGNORECASE),
]


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """An empty store of this process, kept in a file under ``tmp_path``, writes allowed."""
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(regexes, "store_path", lambda: str(path))
    monkeypatch.setattr(regexes, "_store", regexes._Store())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    yield path


def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process compiled, as a new process would."""
    monkeypatch.setattr(regexes, "_store", regexes._Store())


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_kept_code_is_re_compiles(
    store: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    first = regexes.compile(pattern, flags)
    regexes.save()
    assert store.exists()
    fresh_process(monkeypatch)
    monkeypatch.setattr(regexes, "_compiled", lambda *_: pytest.fail("compiled again"))
    again = regexes.compile(pattern, flags)
    expected = re.compile(pattern, flags)
    assert first == expected
    assert again == expected  # same flags, pattern and compiled code
    assert again.groupindex == expected.groupindex
    assert (again.groups, again.flags) == (expected.groups, expected.flags)


def test_kept_code_matches_as_re_does(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"^(?P<label>read\s+more|see\s+also)\W{0,3}[:：]\W*(?P<headline>.*)$"
    regexes.compile(pattern, re.IGNORECASE)
    regexes.save()
    fresh_process(monkeypatch)
    kept = regexes.compile(pattern, re.IGNORECASE)
    for line in ("READ MORE: Storm hits coast", "See also – x", "Read  more:", "Related: no"):
        found, expected = kept.match(line), re.match(pattern, line, re.IGNORECASE)
        assert (found and found.groupdict()) == (expected and expected.groupdict())


def test_nothing_is_written_when_nothing_new_was_compiled(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regexes.compile(r"\d+")
    regexes.save()
    fresh_process(monkeypatch)
    regexes.compile(r"\d+")  # read from the file
    store.unlink()
    regexes.save()
    assert not store.exists()


def test_nothing_is_written_where_python_writes_no_bytecode(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    regexes.compile(r"\w+\s+\w+")
    regexes.save()
    assert not store.exists()


def test_saving_keeps_what_other_processes_saved(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexes.compile(r"first")
    regexes.save()
    fresh_process(monkeypatch)
    regexes._store.entries = {}  # this process read the file before the other one saved
    regexes.compile(r"second")
    regexes.save()
    assert set(marshal.loads(store.read_bytes())) == {("first", 0), ("second", 0)}


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps([1, 2, 3])])
def test_an_unreadable_store_means_compiling_again(store: Path, content: bytes) -> None:
    store.write_bytes(content)
    assert regexes.compile(r"(\d+) of (\d+)") == re.compile(r"(\d+) of (\d+)")


def test_code_the_engine_turns_down_is_compiled_again(store: Path) -> None:
    store.write_bytes(marshal.dumps({("a+b", 0): (32, [1, 2, 3, 99999], 0, {}, (None,))}))
    assert regexes.compile("a+b") == re.compile("a+b")
    assert regexes.compile("a+b").fullmatch("aab")


def test_locale_patterns_are_compiled_each_time(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = regexes.compile(rb"[a-z]+", re.LOCALE | re.IGNORECASE)
    assert pattern == re.compile(rb"[a-z]+", re.LOCALE | re.IGNORECASE)
    regexes.save()
    assert not store.exists()


def test_a_folder_it_may_not_write_to_is_no_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setattr(regexes, "store_path", lambda: str(blocked / "patterns.marshal"))
    monkeypatch.setattr(regexes, "_store", regexes._Store())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    regexes.compile(r"x{2,}")
    regexes.save()
    assert not (blocked / "patterns.marshal").exists()


def test_the_store_is_kept_beside_the_bytecode(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    path = regexes.store_path()
    assert path is not None
    assert path.startswith(str(tmp_path))
    assert sys.implementation.cache_tag in os.path.basename(path)


def test_an_alternation_reads_the_same_whatever_the_order_of_its_phrases() -> None:
    """Patterns built from phrase lists must be the same text in every process to be found again."""
    phrases = ["photo by", "image credit", "illustration", "image source", "via"]
    assert alternation(phrases) == alternation(list(reversed(phrases)))
    assert alternation(phrases).split("|")[:3] == ["illustration", r"image\s+credit", r"image\s+source"]


# Runs the command on one file with a bytecode folder of its own; prints how many patterns it had
# to compile (rather than rebuild from kept code) on stderr as JSON.
COUNTING = """
import atexit, json, sys
from articlean import regexes
compiled = []
real = regexes._compiled
regexes._compiled = lambda pattern, flags: compiled.append(pattern) or real(pattern, flags)
atexit.register(lambda: print(json.dumps(len(compiled)), file=sys.stderr))
sys.argv[0] = "articlean"
from articlean.cli import main
main()
"""


def test_a_second_run_of_the_command_compiles_no_pattern(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text(f"Home | News | Sport\n\n{PROSE}\n\n{PROSE_2}\n\nShare this article\n", encoding="utf-8")
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "bytecode")
    counts = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", COUNTING, str(small)], capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        assert PROSE in done.stdout
        counts.append(json.loads(done.stderr.split()[-1]))
    assert counts[0] > 50
    assert counts[1] == 0
    stored = list((tmp_path / "bytecode").rglob("regexes.*.marshal"))
    assert len(stored) == 1
    for (pattern, flags), kept in marshal.loads(stored[0].read_bytes()).items():
        assert regexes._sre.compile(pattern, *kept) == re.compile(pattern, flags)


def test_version_reads_no_kept_patterns() -> None:
    """``--version`` and ``--help`` compile no pattern of articlean's: the file is not even read."""
    code = (
        "import atexit, sys\n"
        "unread = lambda: sys.modules['articlean.regexes']._store.entries is None\n"
        "atexit.register(lambda: print(unread(), file=sys.stderr))\n"
        "sys.argv[0] = 'articlean'\n"
        "from articlean.cli import main\n"
        "main()\n"
    )
    for option in ("--version", "--help"):
        command = [sys.executable, "-c", code, option]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stderr.split()[-1] == "True"
