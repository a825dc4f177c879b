"""The documentation says what the code does: every option, every module, the CI test command."""

from __future__ import annotations

import re

import click
import pytest

from articlean.cli import main
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
OPTIONS = sorted(
    name
    for parameter in main.params
    if isinstance(parameter, click.Option)
    for name in (*parameter.opts, *parameter.secondary_opts)
)
MODULES = sorted(path.name for path in (ROOT / "src" / "articlean").glob("*.py"))


@pytest.mark.parametrize("option", OPTIONS)
def test_every_option_is_in_the_readme(option: str) -> None:
    assert re.search(rf"`[^`]*{re.escape(option)}\b[^`]*`", README), f"README.md does not document {option}"


@pytest.mark.parametrize("choice_option", [p for p in main.params if isinstance(p.type, click.Choice)])
def test_every_choice_is_in_the_readme(choice_option: click.Parameter) -> None:
    assert isinstance(choice_option.type, click.Choice)
    for choice in choice_option.type.choices:
        assert str(choice) in README


@pytest.mark.parametrize("module", MODULES)
def test_every_module_is_in_the_module_map(module: str) -> None:
    assert f"`{module}`" in CONTRIBUTING, f"add a line for {module} to the module map in CONTRIBUTING.md"


def test_the_readme_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines() if line.strip() and not line.strip().startswith("#")]
    assert "pip install -e '.[test]' && pytest" in README
    assert "python -m pip install --quiet -e '.[test]'" in commands
    assert commands[-1] == "pytest"
