"""The GitHub Action (action.yml): its metadata, and its shell steps run here on a fixture
repository the way the runner would run them (inputs as environment variables), with the SARIF
they write checked by the validator."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from test_sarif import _validate, validator

ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")
LEAKY = """const http = require('node:http');
const { EventEmitter } = require('node:events');
const bus = new EventEmitter();
http.createServer((req, res) => {
  setInterval(() => res.write('.'), 1000);
  bus.on('tick', () => res.write('tick'));
}).listen(8080);
"""


def test_the_metadata_is_a_composite_action_whose_inputs_are_documented_and_never_pasted_into_scripts():
    assert ACTION["name"] == "leaklint" and ACTION["description"]
    assert ACTION["runs"]["using"] == "composite"
    for name, spec in ACTION["inputs"].items():
        assert spec.get("description"), name
        assert "default" in spec, name  # every input is optional: one `uses:` line works
    for step in ACTION["runs"]["steps"]:
        assert step.get("name")
        if "run" in step:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"], f"{step['name']}: inputs go through env, not into the script"
        else:
            assert re.fullmatch(r"[\w-]+/[\w-]+(/[\w-]+)*@v\d+", step["uses"]), step["uses"]
    assert set(ACTION["outputs"]) == {"sarif-file", "exit-code"}


def _evaluate(value: str, inputs: dict[str, str], outputs: dict[str, str]) -> str:
    def one(match: re.Match) -> str:
        expr = match.group(1)
        if expr.startswith("inputs."):
            name = expr.removeprefix("inputs.")
            return inputs.get(name, ACTION["inputs"][name].get("default", ""))
        if expr.startswith("steps.run.outputs."):
            return outputs.get(expr.removeprefix("steps.run.outputs."), "")
        raise AssertionError(f"unexpected expression {expr}")
    return EXPRESSION.sub(one, str(value))


def run_action(repo: Path, tmp_path: Path, **inputs: str) -> tuple[int, dict[str, str], str]:
    """Run the action's shell steps in `repo` as a runner would: each step's env evaluated,
    GITHUB_OUTPUT collected. The install step is left out: the test environment has leaklint
    installed already, and reinstalling it from the checkout would replace the editable install."""
    inputs = {"python": sys.executable, **inputs}
    outputs: dict[str, str] = {}
    printed = ""
    for step in ACTION["runs"]["steps"]:
        if "run" not in step or step["name"].startswith("Install"):
            continue
        output_file = tmp_path / f"output-{step.get('id', 'step')}"
        output_file.write_text("")
        env = {**os.environ, "GITHUB_ACTION_PATH": str(ROOT), "GITHUB_OUTPUT": str(output_file)}
        env.update({key: _evaluate(value, inputs, outputs) for key, value in step.get("env", {}).items()})
        done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True, timeout=300)
        printed += done.stdout + done.stderr
        for line in output_file.read_text().splitlines():
            key, _, value = line.partition("=")
            outputs[key] = value
        if done.returncode != 0:
            return done.returncode, outputs, printed
    return 0, outputs, printed


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    (folder / "src").mkdir(parents=True)
    (folder / "src" / "handler.js").write_text(LEAKY)
    (folder / "src" / "clean.js").write_text("module.exports = (a, b) => a + b;\n")
    return folder


def test_the_steps_write_sarif_the_validator_accepts_and_fail_the_job_on_findings(repo, tmp_path):
    code, outputs, printed = run_action(repo, tmp_path, paths="src", category="js-leaks")
    assert code == 1, printed
    assert outputs["exit-code"] == "1" and outputs["sarif-file"] == "leaklint.sarif"
    log = json.loads((repo / "leaklint.sarif").read_text())
    run = log["runs"][0]
    assert run["automationDetails"]["id"].startswith("js-leaks")
    assert {r["ruleId"] for r in run["results"]} >= {"uncleared-interval", "listener-leak"}
    tool = validator()
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("the SARIF validator is missing: run `npm ci --prefix tests`")
        pytest.skip("npm package @microsoft/sarif-multitool not installed (npm ci --prefix tests)")
    for rule_kind in (None, "Gh;Sarif"):  # the validator's own rules, and GitHub code scanning's
        assert _validate(tool, repo / "leaklint.sarif", tmp_path, rule_kind) == []


def test_without_code_scanning_the_findings_become_annotations(repo, tmp_path):
    code, outputs, printed = run_action(repo, tmp_path, paths="src", **{"upload-sarif": "false"})
    assert code == 1
    assert re.search(r"^::warning file=src/handler\.js,line=5", printed, re.M), printed


def test_fail_on_never_and_a_baseline_let_the_job_pass(repo, tmp_path):
    code, outputs, _ = run_action(repo, tmp_path, paths="src", **{"fail-on": "never"})
    assert code == 0 and outputs["exit-code"] == "0"
    baseline = repo / "leaklint-baseline.json"
    subprocess.run([sys.executable, "-m", "leaklint", "check", "src", "--write-baseline", str(baseline)], cwd=repo, check=True,
                   capture_output=True)
    code, outputs, printed = run_action(repo, tmp_path, paths="src", baseline=baseline.name)
    assert code == 0, printed


def test_an_error_fails_the_step_with_its_own_exit_code(repo, tmp_path):
    code, outputs, printed = run_action(repo, tmp_path, paths="src", config="missing.toml")
    assert code == 2 and outputs["exit-code"] == "2"
    assert "::error title=leaklint::" in printed
