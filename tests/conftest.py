"""Shared fixtures. ``pytest --regen`` rewrites the byte-exact golden files (review the diff!)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# In CI (CI=true, as .ci/run sets it) the property tests draw the same examples on every run, so that a
# run passes or fails on the code alone; elsewhere each run explores new examples. Cleaning is stable
# after at most a few re-check rounds (articlean.pipeline), and a rare document needs more: found
# by such exploration, not a reason for CI to fail at random. No per-example deadline in CI either: a
# loaded machine makes an example slow, not wrong (the linear-time tests guard speed).
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "scmp-opinion.txt"
CASES = Path(__file__).resolve().parent / "cases"

# Four paragraphs of one article, for tests that need a body of several paragraphs.
LIBRARY_PROSE = [
    "The council voted on Tuesday to extend the opening hours of the central library, after a year in "
    "which the number of visitors grew faster than at any time since the building opened in 1994.",
    "Supporters of the change said that students and shift workers had asked for it for years, and that "
    "the extra cost would be covered by savings on heating that the new roof has already made possible.",
    "Opponents argued that the money should instead go to the smaller branches in the suburbs, several of "
    "which have cut their hours twice in the last five years and are now open only three days a week.",
    "The new hours will start in September, when the library will stay open until ten o'clock in the "
    "evening on weekdays and until six o'clock on Saturdays, the council said in a statement.",
]
# Headlines run into their summaries, as a dump without separators prints a box of other stories.
GLUED_TEASERS = [
    "Customers Leave Without Paying Bill At Downtown SteakhouseA party of six left the restaurant in the "
    "city centre without paying their bill after a fight broke out at the table.",
    "State To Mail Panel Applications To 250,000The state will mail applications encouraging voters to "
    "apply to serve on a new commission responsible for drawing the maps.",
    "First Snowfall Of The Season In The MetroOfficially, the start of winter is weeks away, but that "
    "does not mean that this is the first time this year that we will see snow.",
]

# A paragraph any cleaner must keep: long, ordinary prose.
PROSE = (
    "The council voted on Tuesday to approve the new budget for the coming year, which sets aside "
    "more money for the schools and the roads that have been waiting for repairs since the winter."
)
PROSE_2 = (
    "Residents who spoke at the meeting said they were glad that the plan had finally been agreed, "
    "although some of them worried that the work would not be finished before the end of the year."
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen", action="store_true", help="rewrite golden expected files")


@pytest.fixture
def regen(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen"))


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A small dump whose body is two prose paragraphs among obvious boilerplate."""
    path = tmp_path / "article.txt"
    dump = f"Home\nWorld\nSign in\n\n{PROSE}\n\n{PROSE_2}\n\nShare\nComments (3)\n"
    path.write_text(dump, encoding="utf-8")
    return path
