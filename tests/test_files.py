"""Paths, folders, '-', output mapping and atomic writes."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

import pytest

from articlean.files import (
    DEFAULT_GLOBS,
    STDIN,
    Source,
    UsageProblem,
    collect,
    display_path,
    matches,
    output_path,
    write_atomic,
)


def tree(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name, encoding="utf-8")


def relatives(sources: Iterable[Source]) -> list[str]:
    return [str(source.relative) for source in sources]


def test_no_path_means_stdin() -> None:
    inputs = collect([], DEFAULT_GLOBS, True, None)
    assert tuple(inputs) == (Source(STDIN, None, PurePosixPath("stdin")),)
    assert not inputs.several


def test_stdin_only_once() -> None:
    with pytest.raises(UsageProblem):
        collect(["-", "-"], DEFAULT_GLOBS, True, None)


def test_folder_walk_is_sorted_filtered_and_recursive(tmp_path: Path) -> None:
    tree(tmp_path, "b.txt", "a.md", "c.html", "d.htm", "e.pdf", "sub/f.TXT", "sub/deeper/g.txt", ".git/h.txt")
    inputs = collect([str(tmp_path)], DEFAULT_GLOBS, True, None)
    assert relatives(inputs) == ["a.md", "b.txt", "c.html", "d.htm", "sub/f.TXT", "sub/deeper/g.txt"]
    assert inputs.several  # a folder may hold many: the output shape must not depend on how many
    assert next(iter(inputs)).path == os.path.join(str(tmp_path), "a.md")


def test_no_recursive_stays_at_the_top(tmp_path: Path) -> None:
    tree(tmp_path, "a.txt", "sub/b.txt")
    assert relatives(collect([str(tmp_path)], DEFAULT_GLOBS, False, None)) == ["a.txt"]


def test_glob_replaces_the_default(tmp_path: Path) -> None:
    tree(tmp_path, "a.txt", "b.dump", "sub/c.dump")
    assert relatives(collect([str(tmp_path)], ["*.dump"], True, None)) == ["b.dump", "sub/c.dump"]
    assert relatives(collect([str(tmp_path)], ["sub/*"], True, None)) == ["sub/c.dump"]


def test_matches_is_case_insensitive() -> None:
    assert matches(PurePosixPath("x/PAGE.HTML"), DEFAULT_GLOBS)
    assert not matches(PurePosixPath("x/page.pdf"), DEFAULT_GLOBS)


def test_files_keep_their_order_and_missing_files_stay_inputs(tmp_path: Path) -> None:
    tree(tmp_path, "z.txt")
    missing = str(tmp_path / "missing.txt")
    inputs = collect([str(tmp_path / "z.txt"), missing, "-"], DEFAULT_GLOBS, True, None)
    assert relatives(inputs) == ["z.txt", "missing.txt", "stdin"]
    assert list(inputs)[1].path == missing
    assert inputs.several


def test_output_folder_inside_the_input_folder_is_not_read(tmp_path: Path) -> None:
    tree(tmp_path, "a.txt", "out/a.txt", "out/sub/b.txt")
    inputs = collect([str(tmp_path)], DEFAULT_GLOBS, True, str(tmp_path / "out"))
    assert relatives(inputs) == ["a.txt"]


def test_output_folder_equal_to_the_input_folder_is_refused(tmp_path: Path) -> None:
    tree(tmp_path, "a.txt")
    with pytest.raises(UsageProblem, match="is an input folder"):
        collect([str(tmp_path)], DEFAULT_GLOBS, True, str(tmp_path))


def test_symlink_loops_are_not_followed(tmp_path: Path) -> None:
    tree(tmp_path, "a.txt")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert relatives(collect([str(tmp_path)], DEFAULT_GLOBS, True, None)) == ["a.txt"]


@pytest.mark.parametrize(
    ("relative", "extension", "expected"),
    [
        ("page.html", ".json", "out/page.json"),
        ("case.r1.txt", ".json", "out/case.r1.json"),
        ("case.r1.txt", ".txt", "out/case.r1.txt"),
        ("sub/deeper/a.md", ".txt", "out/sub/deeper/a.txt"),
        ("stdin", ".json", "out/stdin.json"),
        ("README", ".txt", "out/README.txt"),
    ],
)
def test_output_path_mirrors_and_replaces_the_extension(relative: str, extension: str, expected: str) -> None:
    source = Source("x", "x", PurePosixPath(relative))
    assert output_path(source, "out", extension) == expected


def test_display_path_is_one_printable_line() -> None:
    assert display_path("a\nb") == "a\\nb"
    assert display_path(os.fsdecode(b"caf\xe9.txt")) == "caf\ufffd.txt"


def test_write_atomic_creates_folders_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deep" / "a.txt"
    write_atomic(str(target), b"one")
    write_atomic(str(target), b"two")
    assert target.read_bytes() == b"two"
    assert sorted(os.listdir(target.parent)) == ["a.txt"]  # no temporary file left behind
    assert target.stat().st_mode & 0o644 == 0o644


def test_write_atomic_keeps_the_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"previous")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="No space"):
        write_atomic(str(target), b"new")
    assert target.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["a.txt"]
