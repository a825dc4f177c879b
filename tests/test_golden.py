"""Golden cases, each run through the library, the CLI with a file and the CLI with stdin.

``tests/cases/NAME.EXT`` and ``examples/NAME.EXT`` are dumps; ``NAME.expected.txt`` is the body,
byte for byte, and ``NAME.expected.json`` its JSON; an optional ``NAME.args`` holds extra CLI
arguments. The dumps are small and their correct cleaning unambiguous. The JSON comparison covers
the schema's keys, the text and which lines left the body; the metadata values are left to the
example requirements below and to the metadata stage's own tests, so that improving that stage
does not break goldens.
``pytest --regen`` rewrites the expected files from the current output: review the diff.

``examples/scmp-opinion.txt`` is checked against what a careful editor REQUIRES of it, one
assertion per requirement, rather than against a file.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from articlean import Options, clean
from articlean.cli import main
from articlean.render import render_text
from conftest import CASES, EXAMPLE

_EXPECTED = (".expected.txt", ".expected.json", ".args")
# The seed example has its goldens beside it in examples/, as users see them.
CASE_FILES = sorted(
    path
    for folder in (CASES, EXAMPLE.parent)
    for path in folder.iterdir()
    if not path.name.endswith(_EXPECTED)
)


def args_of(case: Path) -> list[str]:
    extra = case.with_name(case.stem + ".args")
    return shlex.split(extra.read_text(encoding="utf-8")) if extra.exists() else []


def run_cli(*args: str, stdin: bytes | None = None) -> str:
    result = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def stable_view(record: dict[str, Any]) -> dict[str, Any]:
    """What the golden pins of a JSON record (see the module docstring)."""
    return {
        "keys": list(record),
        "schema_version": record["schema_version"],
        "text": record["text"],
        "word_count": record["word_count"],
        "input_format": record["input_format"],
        "not_in_body": sorted(item["line"] for item in record["removed"] + record["moved"]),
    }


@pytest.mark.parametrize("case", CASE_FILES, ids=lambda path: path.name)
def test_text_golden(case: Path, regen: bool) -> None:
    expected_path = case.with_name(case.stem + ".expected.txt")
    by_file = run_cli(*args_of(case), str(case))
    if regen:
        expected_path.write_text(by_file, encoding="utf-8")
    expected = expected_path.read_text(encoding="utf-8")
    assert by_file == expected
    assert run_cli(*args_of(case), stdin=case.read_bytes()) == expected
    assert run_cli(*args_of(case), "-", stdin=case.read_bytes()) == expected
    if not args_of(case):
        assert render_text(clean(case.read_bytes(), Options())) == expected


@pytest.mark.parametrize("case", CASE_FILES, ids=lambda path: path.name)
def test_json_golden(case: Path, regen: bool) -> None:
    expected_path = case.with_name(case.stem + ".expected.json")
    record = json.loads(run_cli(*args_of(case), "--format", "json", str(case)))
    assert record["source"] == str(case)
    record["source"] = case.name
    if regen:
        expected_path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert stable_view(record) == stable_view(expected)
    via_stdin = json.loads(run_cli(*args_of(case), "--format", "json", stdin=case.read_bytes()))
    assert via_stdin["source"] == "-"
    assert stable_view(via_stdin) == stable_view(expected)


# --- the seed example: what a careful editor requires -----------------------------------------

EXAMPLE_LINES = EXAMPLE.read_text(encoding="utf-8").splitlines()
# 1-based line numbers of the six body paragraphs of the example, in order.
BODY_LINES = (11, 13, 14, 15, 16, 24)


@pytest.fixture(scope="module")
def example_record() -> dict[str, Any]:
    record: dict[str, Any] = json.loads(run_cli("--format", "json", str(EXAMPLE)))
    return record


def test_example_body_is_the_six_paragraphs_whole_and_in_order(example_record: dict[str, Any]) -> None:
    assert example_record["text"].split("\n\n") == [EXAMPLE_LINES[number - 1] for number in BODY_LINES]


@pytest.mark.parametrize(
    "fragment",
    [
        "Advertisement",
        "Reading Time",
        "Why you can trust SCMP",
        "03:05",
        "Putin, Kim sign",  # the video widget's title, shown twice
        "loading",
        "Why the US is suddenly going soft",  # the headline
        "goodwill gesture",  # the standfirst
        "Photo: AFP",  # the photo caption
    ],
)
def test_example_body_leaves_out(example_record: dict[str, Any], fragment: str) -> None:
    assert fragment not in example_record["text"]


def test_example_body_leaves_out_the_lone_comment_count(example_record: dict[str, Any]) -> None:
    assert "4" not in example_record["text"].split("\n\n")
    assert any(item["line"] == 9 for item in example_record["removed"] + example_record["moved"])


def test_example_metadata(example_record: dict[str, Any]) -> None:
    assert "Why the US is suddenly going soft on Cambodia" in (example_record["title"] or "")
    assert (example_record["description"] or "").startswith("It’s likely a goodwill gesture")
    assert example_record["reading_time"] == 3
    captions = example_record["captions"]
    assert len(captions) == 1
    assert captions[0]["text"].startswith("US Defence Secretary Lloyd Austin with Cambodian Senate President")
    assert "AFP" in (captions[0]["credit"] or captions[0]["text"])


def test_example_accounts_for_every_line(example_record: dict[str, Any]) -> None:
    elsewhere = [item["line"] for item in example_record["removed"] + example_record["moved"]]
    assert len(elsewhere) == len(set(elsewhere))
    non_blank = {number for number, line in enumerate(EXAMPLE_LINES, 1) if line.strip()}
    assert set(elsewhere) | set(BODY_LINES) == non_blank
    assert not set(elsewhere) & set(BODY_LINES)
