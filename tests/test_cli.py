"""The command through click's CliRunner and through a real ``python -m articlean`` process.

These tests check the plumbing (inputs, formats, files, exit codes, messages), not the quality of
the cleaning: their dumps are long prose among obvious boilerplate.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from articlean import batch, cli
from articlean.exitcodes import ExitCode
from conftest import EXAMPLE, PROSE, PROSE_2


def invoke(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), input=stdin, catch_exceptions=False)


def spawn(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "articlean", *args]
    return subprocess.run(command, input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "dumps"
    (root / "sub").mkdir(parents=True)
    (root / "one.txt").write_text(f"{PROSE}\n", encoding="utf-8")
    (root / "sub" / "two.md").write_text(f"{PROSE_2}\n", encoding="utf-8")
    (root / "skip.pdf").write_bytes(b"%PDF-1.4 not a dump")
    return root


# --- one input --------------------------------------------------------------------------------


def test_file_prints_the_body(article: Path) -> None:
    result = invoke(str(article))
    assert result.exit_code == ExitCode.OK
    assert result.stdout == f"{PROSE}\n\n{PROSE_2}\n"
    assert result.stderr == ""


@pytest.mark.parametrize("args", [(), ("-",)])
def test_stdin_gives_the_same_body(article: Path, args: tuple[str, ...]) -> None:
    result = invoke(*args, stdin=article.read_bytes())
    assert result.exit_code == ExitCode.OK
    assert result.stdout == invoke(str(article)).stdout


def test_json_is_one_object_with_the_schema(article: Path) -> None:
    result = invoke("--format", "json", str(article))
    record = json.loads(result.stdout)
    assert record["schema_version"] == 1
    assert record["source"] == str(article)
    assert record["text"] == f"{PROSE}\n\n{PROSE_2}"
    assert record["input_format"] == "text"
    assert record["word_count"] > 60
    assert {item["text"] for item in record["removed"] + record["moved"]} >= {"Home", "Share"}


def test_json_source_of_stdin_is_a_dash(article: Path) -> None:
    assert json.loads(invoke("-f", "json", stdin=article.read_bytes()).stdout)["source"] == "-"


def test_jsonl_is_one_line(article: Path) -> None:
    out = invoke("--format", "jsonl", str(article)).stdout
    assert out.count("\n") == 1
    assert json.loads(out)["text"] == f"{PROSE}\n\n{PROSE_2}"


def test_version() -> None:
    from articlean import __version__

    result = invoke("--version")
    assert result.exit_code == ExitCode.OK
    assert result.stdout == f"articlean {__version__}\n"


def test_help_has_examples_and_exit_codes() -> None:
    out = invoke("--help").stdout
    assert "Examples:" in out and "articlean page.txt" in out
    assert out.startswith("Usage: articlean [OPTIONS] [PATH|-]...")
    assert "130 interrupted" in out and "143 terminated" in out


# --- several inputs ---------------------------------------------------------------------------


def test_folder_to_stdout_has_head_style_headers(folder: Path) -> None:
    result = invoke(str(folder))
    assert result.exit_code == ExitCode.OK
    one, two = str(folder / "one.txt"), str(folder / "sub" / "two.md")
    assert result.stdout == f"==> {one} <==\n{PROSE}\n\n==> {two} <==\n{PROSE_2}\n"
    assert re.fullmatch(r"2 cleaned, 0 empty, 0 failed, 0 skipped in \d+\.\ds\n", result.stderr)


def test_several_json_inputs_make_one_array(folder: Path) -> None:
    records = json.loads(invoke("--format", "json", str(folder)).stdout)
    assert [record["text"] for record in records] == [PROSE, PROSE_2]


def test_an_empty_folder_gives_an_empty_array(tmp_path: Path) -> None:
    result = invoke("--format", "json", str(tmp_path))
    assert result.stdout == "[]\n"
    assert re.fullmatch(r"0 cleaned, 0 empty, 0 failed, 0 skipped in \d+\.\ds\n", result.stderr)


def test_several_jsonl_inputs_make_one_line_each(folder: Path) -> None:
    lines = invoke("--format", "jsonl", str(folder)).stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [
        str(folder / "one.txt"),
        str(folder / "sub" / "two.md"),
    ]


def test_quiet_drops_the_summary(folder: Path) -> None:
    assert invoke("--quiet", str(folder)).stderr == ""


def test_output_dir_mirrors_the_folder(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke(str(folder), "-o", str(out), "--format", "json")
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""
    written = sorted(str(path.relative_to(out)) for path in out.rglob("*") if path.is_file())
    assert written == ["one.json", "sub/two.json"]
    assert json.loads((out / "sub" / "two.json").read_text(encoding="utf-8"))["text"] == PROSE_2


def test_output_dir_inside_the_input_folder_is_never_read_back(folder: Path) -> None:
    out = folder / "out"
    for _ in range(2):
        result = invoke(str(folder), "-o", str(out))
        assert re.fullmatch(r"2 cleaned, 0 empty, 0 failed, 0 skipped in \d+\.\ds\n", result.stderr)
    assert sorted(path.name for path in out.rglob("*") if path.is_file()) == ["one.txt", "two.txt"]


def test_output_dir_that_is_the_input_folder_is_a_usage_error(folder: Path) -> None:
    result = invoke(str(folder), "-o", str(folder))
    assert result.exit_code == ExitCode.USAGE
    assert "is an input folder" in result.stderr


def test_two_inputs_with_one_output_name_fail_the_second(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for name in ("a", "b"):
        (tmp_path / name / "x.txt").write_text(PROSE, encoding="utf-8")
    result = invoke(str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "is also the output of" in result.stderr


def test_output_never_overwrites_its_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PROSE, encoding="utf-8")
    result = invoke(str(tmp_path / "a.txt"), "-o", str(tmp_path))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "would overwrite the input" in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == PROSE


# --- failures and exit codes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--bogus",), "No such option"),
        (("--format", "xml"), "Invalid value for '-f' / '--format'"),
        (("--precision", "--recall"), "exclude each other"),
        (("-", "-"), "only once"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = invoke(*args, stdin=b"")
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr
    assert result.stdout == ""


def test_a_missing_file_fails_alone(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "missing.txt"
    result = invoke(str(missing), str(article), "-o", str(out))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert f"articlean: {missing}: No such file or directory\n" in result.stderr
    assert re.search(r"1 cleaned, 0 empty, 1 failed, 0 skipped in \d+\.\ds\n\Z", result.stderr)
    assert (out / "article.txt").read_text(encoding="utf-8") == f"{PROSE}\n\n{PROSE_2}\n"


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    image = tmp_path / "image.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = invoke(str(image))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr == f"articlean: {image}: not a text file (binary content)\n"
    assert result.stdout == ""


def test_no_article_text_is_a_warning_not_a_failure(tmp_path: Path, article: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke(str(empty), str(article))
    assert result.exit_code == ExitCode.OK
    warning = f"articlean: {empty}: no article text found\n"
    assert result.stderr.startswith(f"{warning}1 cleaned, 1 empty, 0 failed, 0 skipped in ")
    quiet = invoke("-q", str(empty))
    assert quiet.exit_code == ExitCode.OK and quiet.stderr == "" and quiet.stdout == ""


def test_ctrl_c_exits_130(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run", interrupted)
    result = invoke(str(article))
    assert result.exit_code == ExitCode.INTERRUPTED
    assert "Traceback" not in result.output


def test_a_bug_on_one_input_is_one_line_and_exit_3(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from articlean import pipeline

    real_clean = pipeline.clean

    def buggy(data: bytes | str, *args: object, **kwargs: object) -> object:
        if b"second" in (data if isinstance(data, bytes) else data.encode()):
            raise ValueError("32 is not in list")
        return real_clean(data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "clean", buggy)
    monkeypatch.delenv("ARTICLEAN_DEBUG", raising=False)
    (folder / "two.txt").write_text("The second input.\n", encoding="utf-8")
    result = invoke("--jobs", "1", str(folder))
    assert result.exit_code == ExitCode.INTERNAL
    assert "Traceback" not in result.output
    reports = [line for line in result.stderr.splitlines() if "internal error" in line]
    assert reports == [
        f"articlean: {folder / 'two.txt'}: internal error (ValueError: 32 is not in list); "
        "please report it, ARTICLEAN_DEBUG=1 shows where"
    ]
    assert PROSE in result.stdout  # the other inputs were still cleaned
    monkeypatch.setenv("ARTICLEAN_DEBUG", "1")
    with pytest.raises(ValueError, match="32 is not in list"):
        invoke("--jobs", "1", str(folder))


# --- a real process ---------------------------------------------------------------------------


def test_process_file_stdin_and_dash_agree(article: Path) -> None:
    by_file = spawn(str(article))
    assert by_file.returncode == 0 and by_file.stderr == b""
    assert by_file.stdout.decode("utf-8") == f"{PROSE}\n\n{PROSE_2}\n"
    assert spawn(stdin=article.read_bytes()).stdout == by_file.stdout
    assert spawn("-", stdin=article.read_bytes()).stdout == by_file.stdout


def test_process_example_prints_its_last_paragraph() -> None:
    done = spawn(str(EXAMPLE))
    assert done.returncode == 0
    assert b"Indeed, the US approach to Cambodia has often been defined" in done.stdout


def test_process_exit_codes(article: Path, tmp_path: Path) -> None:
    assert spawn("--no-such-option").returncode == 2
    out = tmp_path / "out"
    done = spawn(str(tmp_path / "missing.txt"), str(article), "-f", "json", "-o", str(out))
    assert done.returncode == 1
    assert done.stderr.count(b"\n") == 2 and b"Traceback" not in done.stderr
    assert json.loads((out / "article.json").read_text(encoding="utf-8"))["text"].startswith(PROSE)


def test_process_folder_to_output_dir(folder: Path, tmp_path: Path) -> None:
    done = spawn(str(folder), "--output-dir", str(tmp_path / "out"), "--format", "jsonl")
    assert done.returncode == 0
    assert re.fullmatch(rb"2 cleaned, 0 empty, 0 failed, 0 skipped in \d+\.\ds\n", done.stderr)
    one = (tmp_path / "out" / "one.json").read_text(encoding="utf-8")
    assert one.count("\n") == 1 and json.loads(one)["text"] == PROSE


def test_process_is_quiet_on_a_closed_pipe(tmp_path: Path) -> None:
    for index in range(200):
        (tmp_path / f"{index:03}.txt").write_text(f"{PROSE}\n\n{PROSE_2}\n" * 20, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "articlean", str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # what `| head -1` does
    errors = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert errors == b""


def test_process_exits_130_on_ctrl_c() -> None:
    # Blocked reading a stdin that never ends, as a user at a terminal would leave it.
    process = subprocess.Popen(
        [sys.executable, "-m", "articlean", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(2)  # past the imports, into the read
    process.send_signal(signal.SIGINT)
    out, errors = process.communicate(timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED
    assert out == b"" and b"Traceback" not in errors


def test_process_exits_143_on_sigterm(tmp_path: Path) -> None:
    # Killed while blocked reading stdin, and while a -o FILE.jsonl is open: no file is left.
    target = tmp_path / "out" / "all.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "articlean", "-", "-o", str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(2)  # past the imports, into the read
    process.send_signal(signal.SIGTERM)
    out, errors = process.communicate(timeout=60)
    assert process.returncode == ExitCode.TERMINATED
    assert out == b"" and errors == b""
    assert list(target.parent.iterdir()) == []


def test_startup_does_not_import_heavy_modules() -> None:
    code = (
        "import sys, articlean.cli; "
        "print(sorted(m for m in ('trafilatura', 'lxml', 'rich', 'multiprocessing') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=dict(os.environ))
    assert done.stdout == b"[]\n"
