"""SARIF output: its structure, and Microsoft's validator with and without GitHub's rules."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import CORPUS, run_leaklint

TESTS = Path(__file__).resolve().parent


def validator() -> Path | None:
    """The validator binary from tests/node_modules, installed by `npm ci --prefix tests`."""
    if shutil.which("node") is None:
        return None
    found = subprocess.run(
        ["node", "-e", "console.log(require('@microsoft/sarif-multitool'))"],
        cwd=TESTS,
        capture_output=True,
        text=True,
    )
    path = Path(found.stdout.strip()) if found.returncode == 0 else None
    if path is None or not path.is_file():
        return None
    if not os.access(path, os.X_OK):  # npm may skip the package's chmod install script
        path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture(scope="module")
def corpus_sarif(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sarif") / "corpus.sarif"
    result = run_leaklint("--format", "sarif", "-o", str(out), "corpus")
    assert result.returncode == 1, result.stderr
    return out


def test_sarif_structure(corpus_sarif):
    log = json.loads(corpus_sarif.read_text())
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "leaklint" and driver["version"]
    rules = {r["id"]: r for r in driver["rules"]}
    interval = rules["uncleared-interval"]
    for key in ("shortDescription", "fullDescription", "help", "defaultConfiguration", "properties"):
        assert key in interval
    assert interval["help"]["markdown"].startswith("## What it does")
    assert "CWE-401" in interval["properties"]["tags"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file://")
    assert run["invocations"][0]["executionSuccessful"] is True
    results = run["results"]
    assert results
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert location["artifactLocation"]["uri"].startswith("corpus/")
        assert location["region"]["startLine"] >= 1
        assert result["partialFingerprints"]["leaklint/v1"]
        assert result["level"] in ("note", "warning", "error")


def test_request_capture_results_carry_a_three_step_code_flow(corpus_sarif):
    results = [r for r in json.loads(corpus_sarif.read_text())["runs"][0]["results"] if r["ruleId"] == "request-capture"]
    assert len(results) >= 10
    for result in results:
        steps = result["codeFlows"][0]["threadFlows"][0]["locations"]
        messages = [step["location"]["message"]["text"] for step in steps]
        if result["message"]["text"].startswith("through `"):  # shown at another file's call of the helper that keeps it (callsites)
            assert "is called" in messages[0] and "does it here" in messages[1]
            steps, messages = steps[2:], messages[2:]
        assert "per-request object" in messages[0]
        assert "outlives the request" in messages[2] or "timer" in messages[2] or "again" in messages[2]
        # Through a helper of another file, one more step: where the helper keeps it.
        assert len(steps) == 3 or (len(steps) == 4 and "reached through" in messages[3]
                                   and steps[3]["location"]["physicalLocation"]["artifactLocation"]["uri"]
                                   != steps[2]["location"]["physicalLocation"]["artifactLocation"]["uri"])


def test_a_captured_request_is_part_of_the_leak_that_holds_it(corpus_sarif):
    """One finding per cause: the listener or interval that keeps the closure carries the
    capture's steps, and no second request-capture result stands on the same leak."""
    results = json.loads(corpus_sarif.read_text())["runs"][0]["results"]
    folded = [r for r in results if r["ruleId"] in ("listener-leak", "uncleared-interval") and "keeps a whole request alive" in r["message"]["text"]]
    assert len(folded) >= 10
    across = {r["ruleId"] for r in folded if len({s["location"]["physicalLocation"]["artifactLocation"]["uri"]
                                                  for s in r["codeFlows"][0]["threadFlows"][0]["locations"]}) > 1}
    assert across == {"listener-leak", "uncleared-interval"}  # through a helper in another file too
    for result in folded:
        steps = [s["location"]["message"]["text"] for s in result["codeFlows"][0]["threadFlows"][0]["locations"]]
        assert any("per-request object" in step for step in steps) and any("captures" in step for step in steps)
    holders = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in folded}
    for result in results:
        if result["ruleId"] == "request-capture":
            last = result["codeFlows"][0]["threadFlows"][0]["locations"][-1]["location"]["physicalLocation"]
            assert (last["artifactLocation"]["uri"], last["region"]["startLine"]) not in holders


def test_a_request_kept_in_a_container_is_part_of_the_containers_finding(corpus_sarif):
    """One finding per cause: `inflight.set(id, request)` or `tasks.push(() => req...)` is the
    growth of a container that is itself reported; the request's steps join that finding, and
    no request-capture result stands on the add."""
    results = json.loads(corpus_sarif.read_text())["runs"][0]["results"]
    grown = [r for r in results if r["ruleId"] == "unbounded-collection" and ("itself, from" in r["message"]["text"] or "captures `" in r["message"]["text"])]
    assert len(grown) >= 5
    for result in grown:
        steps = [s["location"]["message"]["text"] for s in result["codeFlows"][0]["threadFlows"][0]["locations"]]
        assert any("per-request object" in step for step in steps)
        assert result["level"] == "error"
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        adds = {s["location"]["physicalLocation"]["region"]["startLine"] for s in result["codeFlows"][0]["threadFlows"][0]["locations"]}
        assert not any(r["ruleId"] == "request-capture" and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri
                       and r["locations"][0]["physicalLocation"]["region"]["startLine"] in adds for r in results)


def test_a_leak_through_a_helper_leads_from_the_call_to_the_registration(corpus_sarif):
    results = json.loads(corpus_sarif.read_text())["runs"][0]["results"]
    through = [r for r in results if " through `" in r["message"]["text"]]
    assert {r["ruleId"] for r in through} >= {"listener-leak", "unbounded-collection", "uncleared-interval", "uncleared-timeout", "dropped-unsubscribe", "unclosed-watcher"}
    for result in through:
        steps = result["codeFlows"][0]["threadFlows"][0]["locations"]
        first = steps[0]["location"]
        if result["ruleId"] != "unbounded-collection":  # a container is reported where it is declared
            assert first["physicalLocation"]["region"]["startLine"] == result["locations"][0]["physicalLocation"]["region"]["startLine"]
        assert "`" in first["message"]["text"]
        assert any("here" in step["location"]["message"]["text"] for step in steps)  # the helper's own step


def test_sarif_counts_match_annotations(corpus_sarif):
    from corpus_annotations import corpus_files, expected_findings

    log = json.loads(corpus_sarif.read_text())
    expected = sum(len(expected_findings(p)) for p in corpus_files(CORPUS))
    assert len(log["runs"][0]["results"]) == expected


def _validate(tool: Path, sarif_file: Path, tmp_path: Path, rule_kind: str | None) -> list[dict]:
    report = tmp_path / f"validation-{rule_kind or 'default'}.sarif".replace(";", "-")
    args = [str(tool), "validate", str(sarif_file), "-o", str(report), "--log", "ForceOverwrite"]
    if rule_kind:
        args += ["--rule-kind", rule_kind]
    completed = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert report.exists(), completed.stdout + completed.stderr
    results = json.loads(report.read_text(encoding="utf-8-sig"))["runs"][0].get("results", [])
    return [r for r in results if r.get("level") == "error"]


@pytest.mark.parametrize("rule_kind", [None, "Gh;Sarif"], ids=["default-rules", "github-rules"])
def test_sarif_passes_microsoft_validator(corpus_sarif, tmp_path, rule_kind):
    tool = validator()
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("the SARIF validator is missing: run `npm ci --prefix tests`")
        pytest.skip("npm package @microsoft/sarif-multitool not installed (npm ci --prefix tests)")
    errors = _validate(tool, corpus_sarif, tmp_path, rule_kind)
    assert errors == [], json.dumps(errors, indent=2)[:4000]


def test_sarif_with_notifications_passes_validator(tmp_path, write):
    write("broken.js", "function f( {\n  setInterval(() => {}, 1);\n")
    write("binary.js", b"\x00\x01\x02")
    out = tmp_path / "out.sarif"
    result = run_leaklint("--format", "sarif", "-o", str(out), str(tmp_path), cwd=tmp_path)
    log = json.loads(out.read_text())
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert {n["descriptor"]["id"] for n in notes} >= {"leaklint/syntax-error", "leaklint/skipped"}
    assert result.returncode in (0, 1)
    tool = validator()
    if tool is not None:
        assert _validate(tool, out, tmp_path, "Gh;Sarif") == []
