"""The bad-input matrix (issue 8): every odd input, through a real ``python -m articlean`` process.

Each case asserts the documented exit code; an error is one ``articlean: PATH: …`` line on stderr
and never a traceback; a success is valid UTF-8 and valid JSON. The README section "Behaviour on
bad input" lists the same cases.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from articlean.exitcodes import ExitCode
from conftest import PROSE, PROSE_2

FRENCH = (
    "Le conseil municipal a voté mardi le nouveau budget de l'année à venir, qui prévoit davantage "
    "d'argent pour les écoles et pour les routes qui attendent des réparations depuis l'hiver dernier."
)
SMART = (
    "“We are glad the plan has finally been agreed,” said one resident, who added that it’s the "
    "first budget in years that puts the schools and the roads first – and that’s what matters."
)
JAPANESE = (
    "市議会は火曜日、来年度の新しい予算案を可決した。この予算は、冬から修理を待っている学校と道路に"
    "より多くの資金を充てるもので、住民の多くは計画がようやく合意されたことを喜んでいると述べた。"
)
CHINESE = (
    "市议会周二投票通过了来年的新预算，为学校和自冬季以来一直等待维修的道路拨出了更多资金。"
    "在会上发言的居民表示，他们很高兴该计划终于获得通过，尽管其中一些人担心工程无法在年底前完成。"
)
ARTICLE = f"{PROSE}\n\n{PROSE_2}\n"


def spawn(*args: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "articlean", *args]
    return subprocess.run(command, capture_output=True, timeout=60)


def clean_json(path: Path, *args: str) -> tuple[subprocess.CompletedProcess[bytes], dict[str, Any]]:
    """Clean one file to JSON; the run must succeed with valid UTF-8 JSON and no traceback."""
    done = spawn("-f", "json", *args, str(path))
    assert b"Traceback" not in done.stderr
    assert done.returncode == ExitCode.OK, done.stderr
    record = json.loads(done.stdout.decode("utf-8"))
    assert isinstance(record, dict)
    return done, record


def assert_one_error(done: subprocess.CompletedProcess[bytes], display: str, message: str) -> None:
    """Exit code 1, nothing on stdout, and exactly the line ``articlean: PATH: message``."""
    assert done.returncode == ExitCode.INPUT_FAILED
    assert done.stdout == b""
    assert done.stderr.decode("utf-8") == f"articlean: {display}: {message}\n"


# --- empty and binary -----------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\n \r\n  \n"], ids=["empty", "whitespace"])
def test_nothing_to_clean_is_a_warning_and_an_empty_body(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    done, record = clean_json(path)
    assert record["text"] == ""
    assert done.stderr.decode("utf-8") == f"articlean: {path}: no article text found\n"


def _random_bytes() -> bytes:
    return random.Random(8).randbytes(4096)


BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "gzip": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + ARTICLE.encode("utf-8"),
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "random": _random_bytes(),
}


@pytest.mark.parametrize("kind", sorted(BINARIES))
def test_binary_files_are_refused_as_not_text(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(BINARIES[kind])
    assert_one_error(spawn(str(path)), str(path), "not a text file (binary content)")


# --- encodings ------------------------------------------------------------------------------------

ENCODED = {
    "utf-8": (ARTICLE.encode("utf-8"), PROSE),
    "utf-8-bom": (codecs.BOM_UTF8 + f"{FRENCH}\n".encode(), FRENCH),
    "utf-16-le-bom": (codecs.BOM_UTF16_LE + f"{FRENCH}\n".encode("utf-16-le"), FRENCH),
    "utf-16-be-bom": (codecs.BOM_UTF16_BE + f"{FRENCH}\n".encode("utf-16-be"), FRENCH),
    "latin-1": (f"{FRENCH}\n\n{FRENCH}\n".encode("latin-1"), FRENCH),
    "windows-1252": (f"{SMART}\n\n{SMART}\n".encode("cp1252"), SMART),
    "shift-jis": (f"{JAPANESE}\n".encode("shift_jis"), JAPANESE),
    "gb18030": (f"{CHINESE}\n".encode("gb18030"), CHINESE),
}


@pytest.mark.parametrize("encoding", list(ENCODED))
def test_encodings_are_decoded_to_utf8(tmp_path: Path, encoding: str) -> None:
    data, expected = ENCODED[encoding]
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    _, record = clean_json(path)
    assert expected in record["text"]
    assert "\ufeff" not in record["text"]


def test_invalid_utf8_bytes_are_replaced_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(PROSE.encode() + b" \xff\xfe\xc3( broken\n\n" + PROSE_2.encode() + b"\n")
    _, record = clean_json(path)
    assert PROSE_2 in record["text"]


def test_one_stray_byte_does_not_turn_utf8_into_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes(f"{FRENCH}\n\n{FRENCH} ".encode() + b"\xff\n")
    _, record = clean_json(path)
    assert FRENCH in record["text"] and "\ufffd" in record["text"]


def test_nul_bytes_do_not_break_the_json(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(PROSE.encode() + b"\x00\n\n" + PROSE_2.encode() + b"\n")
    _, record = clean_json(path)
    assert PROSE_2 in record["text"]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "mixed"])
def test_line_endings_are_all_understood(tmp_path: Path, newline: str) -> None:
    lines = ["Home", "World", "", PROSE, "", PROSE_2, "", "Share"]
    if newline == "mixed":
        text = "\r\n".join(lines[:3]) + "\n" + "\r".join(lines[3:6]) + "\n" + "\n".join(lines[6:]) + "\n"
    else:
        text = newline.join(lines) + newline
    path = tmp_path / "lines.txt"
    path.write_bytes(text.encode("utf-8"))
    _, record = clean_json(path)
    assert record["text"] == f"{PROSE}\n\n{PROSE_2}"


def test_invisible_characters_survive_as_valid_utf8(tmp_path: Path) -> None:
    odd = PROSE.replace(" the ", " the\u200b ").replace("council", "council\u00a0")
    odd = odd.replace("new", "\u200fnew\u200e")  # zero-width space, no-break space, bidi marks
    path = tmp_path / "invisible.txt"
    path.write_text(f"{odd}\n\n\t{PROSE_2}\n", encoding="utf-8")
    _, record = clean_json(path)
    assert PROSE_2 in record["text"]
    assert "council" in record["text"]


# --- HTML -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        f"<!doctype html><html><head><title>Budget</title></head><body><article><p>{PROSE}</p><p>{PROSE_2}",
        f"<html><body><div><p>{PROSE}</span></b><p>{PROSE_2}</div></table></i></body><div><<p>",
    ],
    ids=["truncated", "malformed"],
)
def test_broken_html_is_still_cleaned(tmp_path: Path, html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    _, record = clean_json(path)
    assert record["input_format"] == "html"
    assert PROSE in record["text"] and "<" not in record["text"]


def test_html_named_txt_is_sniffed_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    page = f"<!DOCTYPE html><html><body><article><p>{PROSE}</p><p>{PROSE_2}</p></article></body></html>"
    path.write_text(page, encoding="utf-8")
    _, record = clean_json(path)
    assert record["input_format"] == "html"
    assert record["text"] == f"{PROSE}\n\n{PROSE_2}"


def test_text_with_angle_brackets_is_not_html(tmp_path: Path) -> None:
    quoted = f"{PROSE} When x < 3 and y > 4, the <b> tag or a <div> is just quoted here, not markup."
    path = tmp_path / "tutorial.txt"
    path.write_text(f"{quoted}\n\n{PROSE_2}\n", encoding="utf-8")
    _, record = clean_json(path)
    assert record["input_format"] == "text"
    assert quoted in record["text"]


# --- paths ----------------------------------------------------------------------------------------


def test_a_missing_path_fails_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert_one_error(spawn(str(missing)), str(missing), "No such file or directory")


def test_a_folder_with_input_format_is_walked(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    done = spawn("--input-format", "text", "-f", "jsonl", "-q", str(tmp_path))
    assert done.returncode == ExitCode.OK and done.stderr == b""
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [record["text"] for record in records] == [f"{PROSE}\n\n{PROSE_2}"]


def test_a_folder_where_a_file_is_expected_fails_with_one_line(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tmp_path}\n", encoding="utf-8")
    done = spawn("--files-from", str(listing), "--input-format", "html", "-q")
    assert_one_error(done, str(tmp_path), "Is a directory")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read every file")
def test_an_unreadable_file_fails_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    assert_one_error(spawn(str(path)), str(path), "Permission denied")


def test_names_with_spaces_and_newlines(tmp_path: Path) -> None:
    spaced, broken = tmp_path / "my page.txt", tmp_path / "two\nlines.txt"
    for path in (spaced, broken):
        path.write_text(ARTICLE, encoding="utf-8")
    _, record = clean_json(spaced)
    assert record["source"] == str(spaced)
    _, record = clean_json(broken)
    assert record["source"] == str(broken).replace("\n", "\\n")
    out = tmp_path / "out"
    done = spawn("-o", str(out), "-q", str(spaced), str(broken))
    assert done.returncode == ExitCode.OK
    assert sorted(path.name for path in out.iterdir()) == ["my page.txt", "two\nlines.txt"]
    missing = tmp_path / "gone\nmissing.txt"
    assert_one_error(spawn(str(missing)), str(missing).replace("\n", "\\n"), "No such file or directory")


def test_an_existing_output_file_is_replaced(tmp_path: Path) -> None:
    source, out = tmp_path / "page.txt", tmp_path / "out"
    source.write_text(ARTICLE, encoding="utf-8")
    out.mkdir()
    (out / "page.txt").write_text("old output\n", encoding="utf-8")
    (out / "all.jsonl").write_text("old line\n", encoding="utf-8")
    assert spawn("-o", str(out), str(source)).returncode == ExitCode.OK
    assert (out / "page.txt").read_text(encoding="utf-8") == f"{PROSE}\n\n{PROSE_2}\n"
    assert spawn("-o", str(out / "all.jsonl"), str(source)).returncode == ExitCode.OK
    lines = (out / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["text"] == f"{PROSE}\n\n{PROSE_2}"
    assert not [path for path in out.iterdir() if path.name.startswith(".")]
