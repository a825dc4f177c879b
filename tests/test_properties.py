"""Properties that hold for any text dump (hypothesis).

* the body's words are a subsequence of the input's words: nothing invented, nothing reordered;
* cleaning the body again changes nothing;
* the ledger accounts for every input line exactly once;
* the output format (text, json, jsonl, stdout or --output-dir) never changes the body.

Inputs are read as plain text (``--input-format text``) so that markup removal, which rightly
changes words, does not enter the comparison. The decoder removes NUL characters, so the input's
words are taken after that.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from articlean import InputFormat, Mode, Options, batch, clean
from articlean.batch import Task
from articlean.cli import main
from articlean.decode import looks_binary
from articlean.files import DEFAULT_GLOBS, collect
from articlean.render import OutputFormat, render
from conftest import ROOT

TEXT = Options(input_format=InputFormat.TEXT)
_WORD = re.compile(r"\w+")

# Prose-like words (so that some lines are kept) mixed with boilerplate and arbitrary text.
_VOCABULARY = re.split(
    " +",
    "the a of and to in that it was for on with as is by at from they he she would have been "
    "council budget city voted year money schools roads mayor said residents plan meeting "
    "Home Share Menu Subscribe Advertisement Reading Time: 3 minutes © 2024 | • — ( ) , . : 12 03:05",
)
_word = st.one_of(
    st.sampled_from(_VOCABULARY),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=6),
)
_line = st.one_of(
    st.lists(_word, min_size=12, max_size=45).map(" ".join),
    st.lists(_word, min_size=0, max_size=5).map(" ".join),
    st.just(""),
)
documents = st.lists(_line, max_size=25).map("\n".join)

RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(any(word == candidate for candidate in remaining) for word in needle)


@RELAXED
@given(documents)
def test_body_words_come_from_the_input_in_order(document: str) -> None:
    body = clean(document, TEXT).text
    assert is_subsequence(words(body), words(document.replace("\x00", "")))


@RELAXED
@given(documents)
def test_cleaning_the_body_again_changes_nothing(document: str) -> None:
    body = clean(document, TEXT).text
    assert clean(body, TEXT).text == body


@RELAXED
@given(documents)
def test_the_ledger_accounts_for_every_line_once(document: str) -> None:
    result = clean(document, TEXT)
    ledger = result.ledger
    lines = document.replace("\x00", "").splitlines()
    if len(ledger) == len(lines):
        assert [entry.line for entry in ledger] == list(range(1, len(lines) + 1))
        assert [entry.text for entry in ledger] == lines
    else:  # run-on lines cut into pieces (articlean.runons): the pieces hold all but seam spaces
        assert sorted({entry.line for entry in ledger}) == list(range(1, len(lines) + 1))
        for number, line in enumerate(lines, start=1):
            pieces = "".join(entry.text for entry in ledger if entry.line == number)
            assert "".join(pieces.split()) == "".join(line.split())
    covered = [number for block in result.blocks for number in range(block.first_line, block.last_line + 1)]
    assert len(covered) == len(set(covered)), "a line belongs to two blocks"
    assert all(entry.reason for entry in ledger)


@settings(RELAXED, max_examples=25)
@given(documents)
def test_the_output_format_never_changes_the_body(document: str) -> None:
    data = document.encode("utf-8")
    assume(not looks_binary(data))  # refused as not text, whatever the format
    runner = CliRunner()

    def out(*args: str) -> str:
        result = runner.invoke(main, ["--input-format", "text", *args], input=data, catch_exceptions=False)
        assert result.exit_code == 0
        return result.stdout

    text = out()
    assert json.loads(out("--format", "json"))["text"] == text.removesuffix("\n")
    assert json.loads(out("--format", "jsonl"))["text"] == text.removesuffix("\n")
    with tempfile.TemporaryDirectory() as folder:
        out("-o", folder)
        assert (Path(folder) / "stdin.txt").read_text(encoding="utf-8") == text


def batch_bytes(folder: str, jobs: int) -> bytes:
    """A folder cleaned through the batch API, every outcome as the bytes the command writes."""
    tasks = [Task(index, source.display, path=source.path)
             for index, source in enumerate(collect([folder], DEFAULT_GLOBS, True, None))]
    chunks = []
    for outcome in batch.run(tasks, batch.Settings(Options()), jobs=jobs, chunksize=1):
        if outcome.result is None:
            chunks.append(f"error: {outcome.error}\n")
        else:
            chunks.append(render(outcome.result, outcome.task.display, OutputFormat.JSONL))
    return "".join(chunks).encode("utf-8", "surrogatepass")


@settings(RELAXED, max_examples=8)
@given(st.lists(st.one_of(documents, st.binary(max_size=300).map(lambda data: data.decode("latin-1"))),
                min_size=1, max_size=6))
def test_a_folder_gives_the_same_bytes_whatever_the_jobs(pages: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for number, page in enumerate(pages):
            Path(folder, f"{number:02}.txt").write_bytes(page.encode("utf-8", "surrogatepass"))
        assert batch_bytes(folder, 1) == batch_bytes(folder, 2) == batch_bytes(folder, 3)


def test_a_short_fuzz_run_finds_no_crash() -> None:
    """The CI share of benchmarks/fuzz.py (which runs for minutes locally): decoder and HTML path."""
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    sys.modules["fuzz"] = fuzz  # its dataclass looks its module up there
    spec.loader.exec_module(fuzz)
    crashes = fuzz.run(seconds=float("inf"), examples_per_round=40, rounds=1, start_seed=0)
    assert crashes.examples == 40 * len(fuzz.TARGETS)
    assert crashes.seen == {}


@RELAXED
@given(documents, st.sampled_from([Mode.PRECISION, Mode.RECALL]))
def test_modes_keep_the_input_words_in_order_and_are_stable(document: str, mode: Mode) -> None:
    """--precision and --recall move the article's edges (articlean.modes), never invent or reorder
    words, and cleaning their body again in the same mode changes nothing."""
    options = Options(input_format=InputFormat.TEXT, mode=mode)
    body = clean(document, options).text
    assert is_subsequence(words(body), words(document.replace("\x00", "")))
    assert clean(body, options).text == body
