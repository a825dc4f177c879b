"""The bad-input matrix (issue 8): every odd input, through a real ``python -m articlean`` process.

Each case asserts the documented exit code; an error is one ``articlean: PATH: …`` line on stderr
and never a traceback; a success is valid UTF-8 and valid JSON. The README section "Behaviour on
bad input" lists the same cases.
"""

from __future__ import annotations

import base64
import codecs
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
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


# --- size: refused by --max-size without ever being loaded -----------------------------------------

# Python, the command's imports and one --max-size (32 MB) buffer fit well under this; loading a
# 100 MB or 500 MB input (with its decoded copy) would not.
PEAK_RSS_BOUND_MB = 200
# Runs the command given as arguments and writes its peak RSS (KiB on Linux) to the file argv[1]:
# getrusage(RUSAGE_CHILDREN) of this wrapper covers that one command only, not the other tests'.
_MEASURED = """\
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def spawn_measured(
    tmp_path: Path, *args: str, stdin: Path | None = None
) -> tuple[subprocess.CompletedProcess[bytes], float]:
    """Run the command; also return its peak resident set size in MB."""
    peak = tmp_path / "peak"
    command = [sys.executable, "-c", _MEASURED, str(peak), sys.executable, "-m", "articlean", *args]
    with open(stdin or os.devnull, "rb") as stream:
        done = subprocess.run(command, stdin=stream, capture_output=True, timeout=120)
    return done, int(peak.read_text()) / 1024


def test_a_500_mb_file_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:  # sparse: instant, and takes no disk
        stream.truncate(500 * 10**6)
    done, peak = spawn_measured(tmp_path, str(path))
    assert_one_error(done, str(path), "larger than --max-size (32000000 bytes)")
    assert peak < PEAK_RSS_BOUND_MB


def test_a_100_mb_line_on_stdin_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    with open(path, "wb") as stream:
        for _ in range(100):
            stream.write(b"word " * 200_000)  # 1 MB each, no line break anywhere
    done, peak = spawn_measured(tmp_path, "-", stdin=path)
    assert_one_error(done, "-", "larger than --max-size (32000000 bytes)")
    assert peak < PEAK_RSS_BOUND_MB


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_an_endless_device_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    # Its size is 0 to stat(): only reading no more than --max-size + 1 bytes stops it.
    done, peak = spawn_measured(tmp_path, "--max-size", "1M", "/dev/zero")
    assert_one_error(done, "/dev/zero", "larger than --max-size (1000000 bytes)")
    assert peak < PEAK_RSS_BOUND_MB


# --- HTML extremes --------------------------------------------------------------------------------


def _deep(depth: int) -> str:
    return f"<html><body>{'<div>' * depth}<p>{PROSE}</p><p>{PROSE_2}</p>{'</div>' * depth}</body></html>"


@pytest.mark.parametrize("name,args", [("deep.html", ["--input-format", "html"]), ("deep.txt", [])])
def test_html_nested_10000_deep_keeps_its_text(
    tmp_path: Path, name: str, args: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(_deep(10_000), encoding="utf-8")
    done, record = clean_json(path, *args)
    assert record["input_format"] == "html"
    # libxml2 stops building the tree 256 levels down; the text is read without a tree instead
    assert record["text"] == f"{PROSE}\n\n{PROSE_2}"
    assert done.returncode == 0 and not done.stderr


@pytest.mark.parametrize("name,args", [("photo.html", ["--input-format", "html"]), ("photo.txt", [])])
def test_a_huge_inline_base64_image_does_not_hide_the_text_after_it(
    tmp_path: Path, name: str, args: list[str]
) -> None:
    blob = base64.b64encode(random.Random(3).randbytes(12 * 2**20)).decode("ascii")  # 16 MiB of base64
    page = (
        f"<!DOCTYPE html><html><body><article><p>{PROSE}</p>"
        f'<img alt="chart" src="data:image/png;base64,{blob}"><p>{PROSE_2}</p></article></body></html>'
    )
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    done, peak = spawn_measured(tmp_path, "-f", "json", *args, str(path))
    assert done.returncode == ExitCode.OK, done.stderr
    record = json.loads(done.stdout)
    assert record["input_format"] == "html"
    assert record["text"] == f"{PROSE}\n\n{PROSE_2}"
    assert peak < PEAK_RSS_BOUND_MB


# --- paths: links and names -------------------------------------------------------------------------


def test_symlink_loops_inside_a_walked_folder(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "page.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "up").symlink_to("..")  # a folder loop: dumps/sub/up/sub/up/...
    (folder / "self.txt").symlink_to("self.txt")  # a file that links to itself
    (folder / "ping.txt").symlink_to("pong.txt")
    (folder / "pong.txt").symlink_to("ping.txt")
    done = spawn("-f", "jsonl", "-q", str(folder))
    assert done.returncode == ExitCode.INPUT_FAILED
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [record["source"] for record in records] == [str(folder / "sub" / "page.txt")]
    errors = done.stderr.decode("utf-8").splitlines()
    loops = ("ping.txt", "pong.txt", "self.txt")
    assert errors == [f"articlean: {folder / name}: Too many levels of symbolic links" for name in loops]


def test_names_that_are_not_utf8_are_read_and_mirrored(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "dumps")
    os.mkdir(folder)
    name = b"caf\xe9 \xff.txt"  # Latin-1 and a byte that is nothing at all: not UTF-8
    with open(os.path.join(folder, name), "wb") as stream:
        stream.write(ARTICLE.encode("utf-8"))
    shown = f"{tmp_path}/dumps/caf\ufffd \ufffd.txt"  # as messages and the JSON source show it
    command = [sys.executable, "-m", "articlean", "-f", "json", os.path.join(folder, name)]
    done = subprocess.run(command, capture_output=True, timeout=60)
    assert done.returncode == ExitCode.OK, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["source"] == shown
    out = os.fsencode(tmp_path / "out")
    for given in (folder, os.path.join(folder, name)):  # walked, and named
        command = [sys.executable, "-m", "articlean", "-q", "-o", out, given]
        assert subprocess.run(command, capture_output=True, timeout=60).returncode == ExitCode.OK
        assert os.listdir(out) == [name]
        with open(os.path.join(out, name), "rb") as stream:
            assert stream.read() == f"{PROSE}\n\n{PROSE_2}\n".encode()
        shutil.rmtree(out)
    missing = os.path.join(folder, b"gone \xff.txt")
    done = subprocess.run([sys.executable, "-m", "articlean", missing], capture_output=True, timeout=60)
    assert done.returncode == ExitCode.INPUT_FAILED
    message = f"articlean: {tmp_path}/dumps/gone \ufffd.txt: No such file or directory\n"
    assert done.stderr.decode("utf-8") == message


# --- time -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_timeout_fails_the_slow_input_and_the_batch_goes_on(tmp_path: Path, jobs: str) -> None:
    small, slow = tmp_path / "a-small.txt", tmp_path / "b-slow.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    # Cleaning takes about 14 s on a shared machine, 5 times the limit; the small dump 20 ms, a
    # hundredth of it, so that a loaded machine (a load average of 13 made it 0.5 s) still cleans it.
    slow.write_text("\n".join(f"Menu item {number}" for number in range(120_000)), encoding="utf-8")
    started = time.monotonic()
    done = spawn("-f", "jsonl", "-q", "--jobs", jobs, "--timeout", "2.5", str(small), str(slow), str(small))
    assert time.monotonic() - started < 15
    assert done.returncode == ExitCode.INPUT_FAILED
    assert done.stderr.decode("utf-8") == f"articlean: {slow}: timed out after 2.5s\n"
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [record["text"] for record in records] == [f"{PROSE}\n\n{PROSE_2}"] * 2


# --- a full disk ----------------------------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("args", [[], ["-f", "jsonl", "PATH"]], ids=["one", "several"])
def test_a_full_stdout_fails_with_one_line(article: Path, args: list[str]) -> None:
    rest = (str(article) if arg == "PATH" else arg for arg in args)
    command = [sys.executable, "-m", "articlean", str(article), *rest]
    with open("/dev/full", "wb") as full:
        done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert done.returncode == ExitCode.INPUT_FAILED
    assert done.stderr.decode("utf-8") == "articlean: <stdout>: cannot write: No space left on device\n"


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs (root only; skipped elsewhere), unmounted after the test."""
    mount = tmp_path / "disk"
    mount.mkdir()
    command = ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)]
    done = subprocess.run(command, capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def fill(folder: Path) -> None:
    """Take every byte left on the file system of ``folder``."""
    with contextlib.suppress(OSError), open(folder / "filler", "wb", buffering=0) as stream:
        while True:
            stream.write(b"x" * 4096)


def test_a_full_disk_keeps_the_previous_jsonl_file(full_disk: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "dumps"
    inputs.mkdir()
    for number in range(400):  # about 400 KB of JSON lines: more than the disk holds
        (inputs / f"{number:03}.txt").write_text(ARTICLE, encoding="utf-8")
    target = full_disk / "all.jsonl"
    target.write_bytes(b'{"previous": true}\n')
    done = spawn("-q", "--no-learn", "-o", str(target), str(inputs))
    assert done.returncode == ExitCode.INPUT_FAILED
    assert done.stderr.decode("utf-8") == f"articlean: {target}: cannot write: No space left on device\n"
    assert target.read_bytes() == b'{"previous": true}\n'
    assert sorted(path.name for path in full_disk.iterdir()) == ["all.jsonl"]


def test_a_full_disk_stops_the_batch_and_keeps_previous_outputs(full_disk: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "dumps"
    inputs.mkdir()
    for name in ("a.txt", "b.txt"):
        (inputs / name).write_text(ARTICLE, encoding="utf-8")
    out = full_disk / "out"
    out.mkdir()
    (out / "a.txt").write_text("previous\n", encoding="utf-8")
    fill(full_disk)
    done = spawn("-q", "-o", str(out), str(inputs))
    assert done.returncode == ExitCode.INPUT_FAILED
    message = f"articlean: {out / 'a.txt'}: cannot write: No space left on device\n"
    assert done.stderr.decode("utf-8") == message
    assert (out / "a.txt").read_text(encoding="utf-8") == "previous\n"
    assert [path.name for path in out.iterdir()] == ["a.txt"]  # no temporary file left
    assert "b.txt" not in done.stderr.decode("utf-8")  # stopped at the first: b would fail the same way
