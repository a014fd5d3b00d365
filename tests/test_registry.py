"""Every rule is complete (ESLint's checkRuleFiles): it validates, has leaky and clean corpus
cases in JS and TS, and its documented example fires while its fixed example stays quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, RULES
from corpus_annotations import corpus_files, expected_findings
from leaklint.engine import analyse_source, build_detectors
from leaklint.parse import parse
from leaklint.rules import RuleError, load_rule, load_rules

ALL_RULES = load_rules(RULES)
JS = {".js", ".mjs", ".cjs", ".jsx"}
TS = {".ts", ".mts", ".cts", ".tsx"}


def _rule_ids(findings):
    return {f.rule_id for f in findings}


def _analyse(code: str, suffix: str, rules):
    return analyse_source(parse(f"example.{suffix}", code), build_detectors(rules))


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_has_leaky_and_clean_cases_in_js_and_ts(rule):
    files = corpus_files(CORPUS / rule.id)
    leaky = [p for p in files if any(r == rule.id for _, r in expected_findings(p))]
    clean = [p for p in files if not expected_findings(p)]
    for language in (JS, TS):
        assert any(p.suffix in language for p in leaky), f"{rule.id}: no leaky case in {sorted(language)}"
        assert any(p.suffix in language for p in clean), f"{rule.id}: no clean case in {sorted(language)}"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_example_fires_and_fix_is_quiet(rule):
    suffix = rule.docs.example_language
    assert rule.id in _rule_ids(_analyse(rule.docs.example, suffix, [rule])), "the example must fire"
    assert _analyse(rule.docs.use_instead, suffix, ALL_RULES) == [], "the fixed example must be clean for every rule"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_help_has_every_section(rule):
    for heading in ("## What it does", "## Why it leaks", "## Example", "## Use instead"):
        assert heading in rule.help_markdown


def _broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    source = RULES / "uncleared-interval.toml"
    target = tmp_path / "uncleared-interval.toml"
    text = source.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    "old, new, key",
    [
        ('severity = "warning"', 'severity = "fatal"', "severity"),
        ('detector = "pairing"', 'detector = "nope"', "detector"),
        ('severity = "warning"', 'severity = "warning"\nseverty = "x"', "severty"),
        ('resource = "interval"', 'resource = 3', "parameters.resource"),
        ('resource = "interval"', 'resourse = "x"', "parameters.resourse"),
        ("[docs]\n", "[docs]\nexample_language = 'cobol'\n", "docs.example_language"),
        ('id = "uncleared-interval"', 'id = "other-rule"', "id"),
        ('name = "UnclearedInterval"\n', "", "name"),
    ],
)
def test_malformed_rule_file_names_file_and_key(tmp_path, old, new, key):
    broken = _broken_copy(tmp_path, old, new)
    with pytest.raises(RuleError) as error:
        load_rule(broken)
    assert str(broken) in str(error.value)
    assert f"'{key}'" in str(error.value)


def test_invalid_toml_is_a_clear_error(tmp_path):
    broken = tmp_path / "uncleared-interval.toml"
    broken.write_text("id = [unclosed\n")
    with pytest.raises(RuleError, match="cannot read rule file"):
        load_rule(broken)


def test_installed_package_finds_rules():
    assert {r.id for r in load_rules()} == {p.stem for p in RULES.glob("*.toml")}


@pytest.mark.parametrize(
    "old, new, key",
    [
        ('library = "node-cache"', 'libary = "node-cache"', "parameters.factories[1].libary"),
        ("options_argument = 0\nnumber_argument_bounds = false", 'options_argument = "0"\nnumber_argument_bounds = false', "parameters.factories[1].options_argument"),
        ('library = "memoizee"\n', "", "parameters.factories[2].library"),
    ],
)
def test_malformed_cache_factory_names_the_table_and_key(tmp_path, old, new, key):
    source = RULES / "unbounded-cache-config.toml"
    target = tmp_path / source.name
    target.write_text(source.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_rule(target)
    assert f"'{key}'" in str(error.value)
