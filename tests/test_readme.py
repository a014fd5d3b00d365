"""README.md opens with the two commands that work on a fresh machine; CI runs the second."""

from __future__ import annotations

import re

from conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)[:2]


def test_readme_opens_with_install_and_test_commands():
    install, test = readme_commands()
    assert "pip install" in install and "leaklint corpus/" in install
    assert "pip install" in test and "npm ci --prefix tests" in test and "pytest" in test


def test_ci_runs_the_readme_test_command():
    _, test = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


def test_readme_lists_every_rule():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule_file in (ROOT / "rules").glob("*.toml"):
        assert f"`{rule_file.stem}`" in text
