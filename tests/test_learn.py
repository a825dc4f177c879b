"""Learning the site's boilerplate from a batch: the table, its rules, and the options that drive it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from articlean import batch, cli
from articlean.corpus import LineTable
from articlean.exitcodes import ExitCode
from articlean.model import Options
from conftest import ROOT

SITES = ROOT / "benchmarks" / "sites"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli.main, list(args), catch_exceptions=False)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """One synthetic site of 30 dumps (menus, footers and prompts varying a little per page)."""
    root = tmp_path / "lantern"
    root.mkdir()
    for path in sorted((SITES / "lantern").glob("*.txt"))[:30]:
        shutil.copy(path, root / path.name)
    return root


def site_drops(output: str) -> int:
    records = [json.loads(line) for line in output.splitlines()]
    return sum(item["reason"] == "site-boilerplate" for record in records for item in record["removed"])


def tasks_of(folder: Path) -> list[batch.Task]:
    return [batch.Task(i, str(p), path=str(p)) for i, p in enumerate(sorted(folder.glob("*.txt")))]


def test_the_learned_table_is_the_same_whatever_the_jobs(site: Path) -> None:
    settings = batch.Settings(Options())
    one = batch.learn(tasks_of(site), settings, jobs=1)
    two = batch.learn(tasks_of(site), settings, jobs=2)
    assert one.documents == 30 and one.dumps() == two.dumps()


def test_identical_dumps_count_once(site: Path) -> None:
    first = sorted(site.iterdir())[0]
    for copy in range(25):
        shutil.copy(first, site / f"copy{copy}.txt")
    table = batch.learn(tasks_of(site), batch.Settings(Options()))
    assert table.documents == 30


def test_learning_drops_site_boilerplate_with_its_reason(site: Path) -> None:
    plain = invoke(str(site), "-f", "jsonl", "--no-learn")
    learned = invoke(str(site), "-f", "jsonl", "--learn")
    default = invoke(str(site), "-f", "jsonl")  # 30 files: on by default
    assert site_drops(plain.stdout) == 0
    assert site_drops(learned.stdout) > 30
    assert default.stdout == learned.stdout


def test_learning_is_off_by_default_for_small_batches(site: Path) -> None:
    for path in sorted(site.iterdir())[10:]:
        path.unlink()
    assert site_drops(invoke(str(site), "-f", "jsonl").stdout) == 0


def test_boilerplate_table_is_saved_then_reused(site: Path, tmp_path: Path) -> None:
    table = tmp_path / "site.table"
    first = invoke(str(site), "-f", "jsonl", "--boilerplate-table", str(table))
    saved = LineTable.loads(table.read_text(encoding="utf-8"))
    assert saved.documents == 30
    stamp = table.stat().st_mtime_ns
    for path in sorted(site.iterdir())[:20]:
        path.unlink()
    # 10 files: below the default, but a table given is used, and not learned again from these 10.
    again = invoke(str(site), "-f", "jsonl", "--boilerplate-table", str(table))
    assert table.stat().st_mtime_ns == stamp
    assert again.stdout.splitlines() == first.stdout.splitlines()[20:]


def test_learn_from_another_folder(site: Path, tmp_path: Path) -> None:
    target = tmp_path / "new"
    target.mkdir()
    for path in sorted(site.iterdir())[:3]:
        os.replace(path, target / path.name)
    plain = invoke(str(target), "-f", "jsonl", "--no-learn")
    learned = invoke(str(target), "-f", "jsonl", "--learn-from", str(site))
    assert site_drops(plain.stdout) == 0 < site_drops(learned.stdout)


def test_a_bad_table_is_an_error(site: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.table"
    bad.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(cli.main, [str(site), "--boilerplate-table", str(bad)])
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "not an articlean boilerplate table" in result.output


def test_no_learn_wins_over_a_table(site: Path, tmp_path: Path) -> None:
    table = tmp_path / "t"
    out = tmp_path / "o"
    assert invoke(str(site), "--no-learn", "--boilerplate-table", str(table), "-o", str(out)).exit_code == 0
    assert not table.exists()


def test_the_table_rules() -> None:
    table = LineTable()
    prompt = "Sign up for our newsletter today"
    for index in range(40):
        table.add_document([prompt, "Close", f"A sentence only document {index} has, about {index} things."])
    assert table.is_boilerplate("SIGN UP  for our newsletter today")  # case and spacing ignored
    assert not table.is_boilerplate("Close")  # too short to judge across pages: the classifier does
    assert table.is_boilerplate("A sentence only document 7 has, about 7 things.")  # digits ignored too
    again = LineTable.loads(table.dumps())
    assert again.documents == 40 and again.is_boilerplate(prompt)


def test_a_line_in_few_documents_is_not_boilerplate() -> None:
    table = LineTable()
    quote = "Two pages that quote one sentence do not make it boilerplate."
    for index in range(200):
        table.add_document([quote] if index < 4 else [f"Body text of document number {'x' * index}"])
    assert not table.is_boilerplate(quote)  # 4 documents: fewer than 5
    merged = LineTable()
    merged.merge(table)
    assert merged.documents == 200 and merged.dumps() == table.dumps()
