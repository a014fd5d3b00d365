"""The benchmark's scoring logic, on small synthetic cases that need no clone of anything."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest
import score
from score import Case, Finding, Verdict

SHA_A, SHA_B = "a" * 40, "b" * 40

LEAKY = """const express = require('express');
const app = express();
const seen = new Map();

app.get('/x', (req, res) => {
  seen.set(req.query.id, Date.now());
  res.send('ok');
});
"""
FIXED = LEAKY.replace("  res.send('ok');\n", "  res.send('ok');\n  seen.delete(req.query.id);\n")


def case(**changes) -> Case:
    fields = dict(repo="o/r", fix=SHA_A, parent=SHA_B, path="lib/x.js", family="B", leak_lines=(3, 6),
                  fixed_clean=True, description="d", url="https://github.com/o/r/pull/1")
    return Case(**{**fields, **changes})


def finding(line: int, *others: int, rule: str = "unbounded-collection", level: str = "warning", fp: str = "") -> Finding:
    return Finding(path="lib/x.js", rule=rule, level=level, line=line, lines=(line, *others), fingerprint=fp, message="m")


def sarif_result(line: int, related: list[int] = (), flow: list[int] = (), rule: str = "listener-leak") -> dict:
    def location(n: int, end: int | None = None) -> dict:
        return {"physicalLocation": {"artifactLocation": {"uri": "a.js"}, "region": {"startLine": n, "endLine": end or n}}}

    return {
        "ruleId": rule,
        "level": "warning",
        "message": {"text": "m"},
        "locations": [location(line)],
        "relatedLocations": [location(n, n + 40) for n in related],
        "codeFlows": [{"threadFlows": [{"locations": [{"location": location(n)} for n in flow]}]}] if flow else [],
        "partialFingerprints": {"leaklint/v1": "f" * 32},
    }


def test_sarif_findings_keep_primary_related_and_flow_lines_by_their_start():
    [found] = score.findings_from_sarif({"runs": [{"results": [sarif_result(10, related=[20], flow=[30, 31])]}]})
    assert found.lines == (10, 20, 30, 31)
    assert found.fingerprint == "f" * 32 and found.path == "a.js"
    # a related region spanning a whole handler does not point at the lines inside it
    assert not score.points_at(found, [45])


@pytest.mark.parametrize("leak, expected", [(12, True), (8, True), (13, False), (7, False), (22, True), (33, True)])
def test_a_finding_points_at_a_leak_within_two_lines_of_any_location(leak, expected):
    assert score.points_at(finding(10, 20, 31), [leak]) is expected


def test_line_map_follows_insertions_and_replacements():
    before = "a\nb\nc\nd\n"
    after = "a\nnew\nb\nC\nd\n"
    mapped = score.line_map(before, after)
    assert [mapped(n) for n in (1, 2, 3, 4)] == [1, 3, 4, 5]


def test_a_found_leak_that_the_fix_removes_is_silenced():
    result = score.score_case(case(), [finding(3, 6)], [], LEAKY, FIXED)
    assert result.found and result.silenced and result.level == "warning"


def test_a_finding_that_only_moved_is_not_silenced():
    before_text = LEAKY
    after_text = "// header\n// more\n// more\n// more\n" + LEAKY  # the finding moves 4 lines down
    result = score.score_case(case(), [finding(3, 6)], [finding(7, 10)], before_text, after_text)
    assert result.found and not result.silenced


def test_the_same_fingerprint_survives_any_move():
    result = score.score_case(case(), [finding(3, fp="x")], [finding(300, fp="x")], LEAKY, FIXED)
    assert result.remaining and not result.silenced


def test_other_rules_after_the_fix_do_not_count_as_survivors():
    result = score.score_case(case(), [finding(3)], [finding(3, rule="listener-leak")], LEAKY, FIXED)
    assert result.silenced


def test_findings_away_from_the_leak_are_other_findings():
    result = score.score_case(case(leak_lines=(6,)), [finding(40), finding(5)], [], LEAKY, FIXED)
    assert [f.line for f in result.matched] == [5] and [f.line for f in result.others] == [40]


def test_a_miss_is_neither_found_nor_silenced():
    result = score.score_case(case(leak_lines=(6,)), [finding(40)], [], LEAKY, FIXED)
    assert not result.found and not result.silenced and result.level == ""


def test_summary_per_family_and_total_leaves_unscored_cases_out_of_recall():
    results = [
        score.score_case(case(family="A"), [finding(3, level="note")], [], LEAKY, FIXED),
        score.score_case(case(family="A", fix="c" * 40), [], [], LEAKY, FIXED),
        score.CaseResult(case(family="A", fix="d" * 40), error="no clone"),
        score.score_case(case(family="D"), [finding(6, level="error"), finding(50)], [finding(6)], LEAKY, LEAKY),
    ]
    rows = {row.family: row for row in score.summarise(results)}
    assert (rows["A"].cases, rows["A"].scored, rows["A"].found, rows["A"].found_warning) == (3, 2, 1, 0)
    assert rows["A"].recall == 0.5 and rows["A"].silenced == 1
    assert (rows["D"].found, rows["D"].found_warning, rows["D"].silenced, rows["D"].others) == (1, 1, 0, 1)
    assert (rows["all"].scored, rows["all"].found) == (3, 2)
    assert rows["B"].recall == 0.0
    table = score.recall_table(score.summarise(results), markdown=True)
    assert "| A listeners | 2 of 3 | 1 | 50% | 0 | 1 of 1 | 0 |" in table


@pytest.mark.parametrize(
    "change, message",
    [
        ({"fix": "abc"}, "40-hex"),
        ({"parent": SHA_A}, "same commit"),
        ({"family": "F"}, "family"),
        ({"leak_lines": []}, "leak_lines"),
        ({"leak_lines": [0]}, "leak_lines"),
        ({"path": "lib/x.py"}, "path"),
        ({"url": "https://example.com/o/r/pull/1"}, "url"),
        ({"fixed_clean": "yes"}, "fixed_clean"),
        ({"repo": "noslash"}, "owner/name"),
    ],
)
def test_bad_case_entries_are_refused_with_a_reason(change, message):
    entry = dict(repo="o/r", fix=SHA_A, parent=SHA_B, path="lib/x.js", family="B", leak_lines=[3],
                 fixed_clean=True, description="d", url="https://github.com/o/r/pull/1")
    with pytest.raises(score.ManifestError, match=message):
        score.parse_case({**entry, **change})


def test_precision_rows_match_verdicts_by_fingerprint_or_place_and_flag_the_rest():
    found = {"o/r": [finding(5, fp="moved"), finding(9), finding(12), finding(14, level="note"), finding(20, rule="uncleared-interval", level="error")]}
    verdicts = [
        Verdict("o/r", "lib/x.js", 99, "unbounded-collection", "moved", "FALSE", "bounded keys"),
        Verdict("o/r", "lib/x.js", 9, "unbounded-collection", "", "REAL", "grows per request"),
        Verdict("other/repo", "lib/x.js", 12, "unbounded-collection", "", "REAL", "another repository"),
    ]
    rows, untriaged = score.precision_rows(found, verdicts)
    by_rule = {row.rule: row for row in rows}
    collection = by_rule["unbounded-collection"]
    assert (collection.warnings, collection.notes, collection.untriaged) == (3, 1, 1)
    assert collection.verdicts == Counter({"FALSE": 1, "REAL": 1})
    assert [f.line for _, f in untriaged] == [12, 20]
    assert by_rule["total"].warnings == 4 and by_rule["total"].untriaged == 2


def test_notes_need_no_verdict_but_their_verdicts_are_counted():
    found = {"o/r": [finding(14, level="note"), finding(15, level="note")]}
    verdicts = [Verdict("o/r", "lib/x.js", 14, "unbounded-collection", "", "FALSE", "bounded keys")]
    rows, untriaged = score.precision_rows(found, verdicts)
    total = rows[-1]
    assert untriaged == [] and (total.notes, total.note_verdicts) == (2, Counter({"FALSE": 1}))
    assert "| unbounded-collection | 0 | 0 | 0 | 0 | 0 | 2 | 0 / 0 / 1 |" in score.precision_table(rows, markdown=True)


# --- the committed manifests obey the benchmark's own rules -------------------------------------


def test_the_recall_manifest_is_broad_enough():
    cases = score.load_cases()
    families = Counter(c.family for c in cases)
    repos = Counter(c.repo for c in cases)
    assert len(cases) >= 45
    assert all(families[f] >= 8 for f in score.FAMILIES), families
    assert max(repos.values()) <= 2, repos.most_common(3)
    assert len(set(repos) - score.WEB_FRAMEWORKS) >= 15


def test_the_precision_list_and_its_triage_agree():
    targets = score.load_targets()
    kinds = Counter(t.kind for t in targets)
    assert kinds["library"] >= 10 and kinds["application"] >= 5
    pinned = {t.repo for t in targets}
    for verdict in score.load_triage():
        assert verdict.repo in pinned, verdict
        assert verdict.rule and verdict.line > 0


# --- end to end on a repository made here ---------------------------------------------------------


def _git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def clones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clones folder with one repository `acme/api`: a leak, then its fix."""
    repo = tmp_path / "clones" / "acme+api"
    (repo / "src").mkdir(parents=True)
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.com")
    _git(repo, "config", "user.name", "t")
    (repo / "src" / "app.js").write_text(LEAKY)
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "leak")
    (repo / "src" / "app.js").write_text(FIXED)
    _git(repo, "commit", "-q", "-am", "fix")
    monkeypatch.setattr(score, "CACHE", tmp_path / "cache")
    return tmp_path / "clones"


def test_recall_end_to_end_on_a_local_clone(clones: Path):
    repo = clones / "acme+api"
    fix, parent = _git(repo, "rev-parse", "HEAD"), _git(repo, "rev-parse", "HEAD^")
    leak = case(repo="acme/api", fix=fix, parent=parent, path="src/app.js", leak_lines=(6,))
    gone = case(repo="acme/gone", fix=fix, parent=parent, path="src/app.js")
    found, unscored = score.run_recall([leak, gone], clones)
    assert found.found and found.silenced and found.level == "error"
    assert unscored.error == "no clone of acme/gone"
    assert (score.CACHE / "recall" / "before" / leak.id / "src" / "app.js").read_text() == LEAKY


def test_precision_end_to_end_on_a_local_clone(clones: Path):
    repo = clones / "acme+api"
    parent = _git(repo, "rev-parse", "HEAD^")
    target = score.Target(repo="acme/api", commit=parent, paths=("src",), kind="application", language="js")
    found, missing = score.run_precision([target], clones)
    assert missing == []
    [warning] = found["acme/api"]
    assert (warning.path, warning.line, warning.rule) == ("src/app.js", 3, "unbounded-collection")
    _, untriaged = score.precision_rows(found, [])
    assert len(untriaged) == 1


def test_readme_accuracy_tables_cover_the_committed_manifests():
    readme = (Path(score.HERE).parents[1] / "README.md").read_text(encoding="utf-8")
    accuracy = readme.split("## Accuracy", 1)[1].split("\n## ", 1)[0]
    families = Counter(c.family for c in score.load_cases())
    for family, name in score.FAMILIES.items():
        assert f"| {family} {name} | {families[family]} |" in accuracy, family
    assert f"| total | {sum(families.values())} |" in accuracy
    precision = accuracy.split("Precision, warnings by rule", 1)[1]
    assert "| rule | warnings | REAL | PLAUSIBLE | FALSE | untriaged |" in precision
    assert "| total |" in precision


def test_update_readme_replaces_only_the_marked_block(tmp_path: Path):
    readme = tmp_path / "README.md"
    readme.write_text("intro\n<!-- t -->\nold\n<!-- /t -->\nrest\n")
    score.update_readme("t", "| new |", readme)
    assert readme.read_text() == "intro\n<!-- t -->\n| new |\n<!-- /t -->\nrest\n"
    with pytest.raises(score.ManifestError, match="no <!-- other -->"):
        score.update_readme("other", "x", readme)


def test_sarif_uris_are_compared_as_paths_once_percent_decoded():
    location = {"physicalLocation": {"artifactLocation": {"uri": "case/lib/%40elastic/es.js"}}}
    assert score._location_path(location) == "case/lib/@elastic/es.js"
