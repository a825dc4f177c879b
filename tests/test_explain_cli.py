"""``--explain``, ``--diff`` and ``--stats`` through the command: CliRunner for the plumbing, a real
pseudo-terminal for the decisions that depend on one (colour, pager).

The dumps are long prose among obvious boilerplate; assertions are about what the views show and
where, not about which reason id the classifier picks.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from articlean import cli
from articlean.diffs import NO_NEWLINE
from articlean.exitcodes import ExitCode
from conftest import EXAMPLE, PROSE, PROSE_2, ROOT

ESCAPE = "\x1b["
# Environment variables that change colour decisions; each test sets what it needs.
_COLOUR_VARIABLES = ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "PAGER")


@pytest.fixture(autouse=True)
def neutral_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _COLOUR_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def invoke(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), input=stdin, env=env, catch_exceptions=False)


# --- --explain --------------------------------------------------------------------------------


def test_explain_shows_every_line_and_the_counts(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A relative name: the panel folds a long source path, and pytest's temporary paths vary in length.
    monkeypatch.chdir(article.parent)
    result = invoke("--explain", article.name)
    assert result.exit_code == ExitCode.OK
    out = result.stdout
    assert "articlean" in out and str(article.name) in out
    assert "lines kept" in out and "dropped" in out and "words" in out
    for line in ("Home", "World", "Sign in", "Share", "Comments (3)", "The council voted"):
        assert line in out
    assert ESCAPE not in out  # not a terminal: no colour


def test_explain_keeps_each_line_s_indentation() -> None:
    dump = f"Home\n\n{PROSE}\n\n    indented = code(sample)\n\tafter_a_tab()\n\n{PROSE_2}\n"
    out = invoke("--explain", stdin=dump.encode(), env={"COLUMNS": "200"}).stdout
    # the "#" column is 4 wide; then the line as written, a tab as 4 spaces
    assert "\n5       indented = code(sample)" in out
    assert "\n6       after_a_tab()" in out


def test_explain_reads_stdin(article: Path) -> None:
    out = invoke("--explain", stdin=article.read_bytes()).stdout
    assert "source" in out and " - " in out
    assert "The council voted" in out


def test_explain_of_several_inputs_has_one_panel_each(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.txt"
    other.write_text(f"Menu\n\n{PROSE_2}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # relative names: a long temporary path would be folded in the panel
    out = invoke("--explain", str(article.relative_to(tmp_path)), other.name).stdout
    assert out.count("╭") == 2 and "article.txt" in out and "other.txt" in out
    assert out.index("article.txt") < out.index("other.txt")


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (("--color", "always"), {}, True),
        (("--color", "always"), {"NO_COLOR": "1"}, True),  # the explicit option wins
        (("--color", "never"), {"FORCE_COLOR": "1"}, False),
        (("--color", "auto"), {"FORCE_COLOR": "1"}, True),
        (("--color", "auto"), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ((), {}, False),
    ],
)
def test_colour_choice(article: Path, args: tuple[str, ...], env: dict[str, str], coloured: bool) -> None:
    out = invoke("--explain", *args, str(article), env=env).stdout
    has_colour = any(f"{ESCAPE}{code}" in out for code in ("31m", "36m", "1;36m", "31;", "36;"))
    assert has_colour is coloured


def test_columns_set_the_width(article: Path) -> None:
    out = invoke("--explain", str(article), env={"COLUMNS": "60"}).stdout
    assert max(len(line) for line in out.splitlines()) == 60


def test_explain_counts_a_failed_input(article: Path, tmp_path: Path) -> None:
    result = invoke("--explain", str(article), str(tmp_path / "missing.txt"))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "missing.txt: No such file or directory" in result.stderr
    assert "The council voted" in result.stdout


# --- --diff ------------------------------------------------------------------------------------


def test_diff_is_a_unified_diff_to_the_cleaned_text(article: Path) -> None:
    result = invoke("--diff", str(article))
    assert result.exit_code == ExitCode.OK
    lines = result.stdout.splitlines()
    assert lines[:2] == [f"--- {article}", f"+++ {article} (cleaned)"]
    assert lines[2].startswith("@@ ")
    assert "-Home" in lines and "-Share" in lines
    after = [line[1:] for line in lines[3:] if line[:1] in (" ", "+")]
    assert PROSE in after and PROSE_2 in after
    assert ESCAPE not in result.stdout


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs patch(1)")
def test_patch_turns_the_input_into_the_output(article: Path, tmp_path: Path) -> None:
    diff = tmp_path / "article.diff"
    diff.write_text(invoke("--diff", str(article)).stdout, encoding="utf-8")
    expected = invoke(str(article)).stdout
    subprocess.run(["patch", "-s", str(article), str(diff)], check=True, timeout=60)
    assert article.read_text(encoding="utf-8") == expected


def test_diff_of_text_that_is_all_body_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(f"{PROSE}\n\n{PROSE_2}\n", encoding="utf-8")
    assert invoke("--diff", str(path)).stdout == ""


def test_diff_reads_stdin(article: Path) -> None:
    assert invoke("--diff", "-", stdin=article.read_bytes()).stdout.startswith("--- -\n+++ - (cleaned)\n")


# --- --stats -----------------------------------------------------------------------------------


def test_stats_of_a_folder(article: Path, tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    # nothing to drop: the cleaner may have missed the boilerplate, worth a look
    (folder / "all-prose.txt").write_text(f"{PROSE}\n\n{PROSE_2}\n", encoding="utf-8")
    result = invoke("--stats", str(folder), env={"COLUMNS": "240"})  # room for the long tmp path
    assert result.exit_code == ExitCode.OK
    out = result.stdout
    assert out.startswith("4 files · ")
    assert "Why lines were dropped or moved" in out and "Most frequent dropped lines" in out
    assert "Files worth a look" in out and "all-prose.txt" in out
    assert "4 cleaned" in result.stderr or "3 cleaned" in result.stderr  # the summary stays on stderr


# --- usage -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--explain", "--diff"), "exclude each other"),
        (("--stats", "--explain"), "exclude each other"),
        (("--explain", "-f", "json"), "cannot be combined with --format"),
        (("--diff", "-o", "out"), "cannot be combined with --output-dir"),
    ],
)
def test_inspection_usage_errors(article: Path, args: tuple[str, ...], message: str) -> None:
    result = CliRunner().invoke(cli.main, [*args, str(article)])
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr


def test_diff_and_plain_runs_do_not_import_rich(article: Path) -> None:
    code = (
        "import atexit, sys; "
        "atexit.register(lambda: print('rich' in sys.modules, file=sys.stderr)); "
        "from articlean.cli import main; main(sys.argv[1:])"
    )
    for args in (["--diff", str(article)], [str(article)]):
        command = [sys.executable, "-c", code, *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert done.stderr.strip().splitlines()[-1] == "False", done.stderr


def test_explain_is_quiet_on_a_closed_pipe(tmp_path: Path) -> None:
    inputs = []
    for number in range(40):  # far more than a pipe buffer holds
        inputs.append(tmp_path / f"{number}.txt")
        inputs[-1].write_bytes(EXAMPLE.read_bytes())
    command = [sys.executable, "-m", "articlean", "--explain", *map(str, inputs)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    assert process.wait(timeout=120) == ExitCode.OK
    assert process.stderr.read() == b""


# --- a real terminal ---------------------------------------------------------------------------


def run_in_pty(*args: str, env: dict[str, str]) -> str:
    """Everything ``python -m articlean ARGS`` writes to a 100x40 pseudo-terminal."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    environment = {k: v for k, v in os.environ.items() if k not in _COLOUR_VARIABLES}
    environment.update(TERM="xterm-256color", **env)
    process = subprocess.Popen(
        [sys.executable, "-m", "articlean", *args],
        stdin=follower, stdout=follower, stderr=follower, cwd=ROOT, env=environment, close_fds=True,
    )  # fmt: skip
    os.close(follower)
    output = bytearray()
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            process.kill()
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: every writer closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0
    return output.decode("utf-8", "replace")


# A pager that marks every line it shows, so the test can tell paged output from direct output.
MARKING_PAGER = "sed 's/^/PAGED|/'"


def test_in_a_terminal_explain_is_coloured_and_paged() -> None:
    out = run_in_pty("--explain", str(EXAMPLE.relative_to(ROOT)), env={"PAGER": MARKING_PAGER})
    assert ESCAPE in out
    assert "PAGED|" in out and "Advertisement" in out
    assert max(len(line) for line in _without_escapes(out).splitlines()) <= 100 + len("PAGED|")


def test_in_a_terminal_no_pager_prints_directly() -> None:
    out = run_in_pty("--explain", "--no-pager", str(EXAMPLE.relative_to(ROOT)), env={"PAGER": MARKING_PAGER})
    assert ESCAPE in out and "PAGED|" not in out and "Advertisement" in out


def test_in_a_terminal_no_color_keeps_styles_but_not_colours() -> None:
    out = run_in_pty("--explain", "--no-pager", str(EXAMPLE.relative_to(ROOT)), env={"NO_COLOR": "1"})
    assert "\x1b[31m" not in out and "\x1b[36m" not in out
    assert "\x1b[2;9m" in out  # dropped lines still dimmed and struck


def test_in_a_pipe_explain_is_plain_and_not_paged() -> None:
    environment = {k: v for k, v in os.environ.items() if k not in _COLOUR_VARIABLES}
    environment["PAGER"] = MARKING_PAGER
    done = subprocess.run(
        [sys.executable, "-m", "articlean", "--explain", str(EXAMPLE)],
        capture_output=True, text=True, env=environment, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0
    assert ESCAPE not in done.stdout and "PAGED|" not in done.stdout and "Advertisement" in done.stdout


def _without_escapes(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text).replace("\r", "")


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs patch(1)")
@pytest.mark.parametrize("ending", ["Share", PROSE_2], ids=["dropped", "kept"])
def test_patch_works_on_an_input_without_a_final_newline(tmp_path: Path, ending: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"Home\nWorld\n\n{PROSE}\n\n{ending}", encoding="utf-8")
    diff = invoke("--diff", str(article)).stdout
    assert diff.endswith(f"\n{NO_NEWLINE}") or f"\n{NO_NEWLINE}+" in diff
    (tmp_path / "article.diff").write_text(diff, encoding="utf-8")
    expected = invoke(str(article)).stdout
    subprocess.run(["patch", "-s", str(article), str(tmp_path / "article.diff")], check=True, timeout=60)
    assert article.read_text(encoding="utf-8") == expected
