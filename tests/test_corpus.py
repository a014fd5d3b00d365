"""The corpus harness: every rule runs on every corpus file, and the findings must be
exactly the annotated ones, no more, no less."""

from __future__ import annotations

import pytest

from conftest import CORPUS, ROOT
from corpus_annotations import corpus_files, expected_findings
from leaklint.pipeline import analyse_paths
from leaklint.rules import load_rules

FILES = corpus_files(CORPUS)


@pytest.fixture(scope="module")
def results():
    rules = load_rules()
    found = analyse_paths([str(p) for p in FILES], rules, jobs=1)
    return {r.path: r for r in found}


def test_corpus_is_not_empty():
    assert len(FILES) >= 16


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_file(path, results):
    result = results[str(path)]
    assert not [n for n in result.notifications if n.is_failure], result.notifications
    found_list = [(f.location.start_line, f.rule_id) for f in result.findings]
    found = set(found_list)
    assert len(found_list) == len(found), f"one rule reports one line twice in {path.relative_to(ROOT)}: one finding per cause"
    expected = expected_findings(path)
    assert found - expected == set(), f"unexpected findings in {path.relative_to(ROOT)}"
    assert expected - found == set(), f"missing findings in {path.relative_to(ROOT)}"


def test_harness_reads_annotations(tmp_path):
    sample = tmp_path / "x.js"
    sample.write_text("a(); // expect: uncleared-interval\nb(); /* expect: a-rule, b-rule */\n")
    assert expected_findings(sample) == {(1, "uncleared-interval"), (2, "a-rule"), (2, "b-rule")}
