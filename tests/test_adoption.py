"""What a team needs to adopt leaklint, through the CLI: config, suppressions, baselines,
custom pairs and the details GitHub code scanning reads from SARIF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_leaklint
from test_sarif import validator, _validate

LEAK = "export function start(s) {\n  setInterval(() => s.ping(), 1000);\n}\n"
TWO_LEAKS = (
    "export function a(s) {\n"
    "  // leaklint-disable-next-line uncleared-interval -- restarted hourly by the supervisor\n"
    "  setInterval(() => s.ping(), 1000);\n"
    "}\n"
    "export function b(s) {\n"
    "  setInterval(() => s.ping(), 1000);\n"
    "}\n"
)


def _json(result) -> dict:
    return json.loads(result.stdout)


# -- configuration -------------------------------------------------------------------------


def test_config_error_is_one_line_naming_file_and_key(write, tmp_path):
    write("a.js", LEAK)
    write("leaklint.toml", 'selectt = ["listener-leak"]\n')
    result = run_leaklint(str(tmp_path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "leaklint.toml" in lines[0] and "'selectt'" in lines[0]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('fail-on = "fatal"\n', "fail-on"),
        ("[severity]\n\"listener-leak\" = \"loud\"\n", "severity.listener-leak"),
        ('exclude = "vendor"\n', "exclude"),
        ('[[rules]]\nid = "x-y"\ndetector = "pairing"\nparameters = { acquire = 3 }\n', "rules[0].parameters.acquire"),
        ('[[rules]]\nid = "x-y"\ndetector = "nope"\n', "rules[0].detector"),
    ],
)
def test_bad_config_values(write, tmp_path, text, key):
    write("a.js", LEAK)
    write("leaklint.toml", text)
    result = run_leaklint(str(tmp_path))
    assert result.returncode == 2 and f"'{key}'" in result.stderr, result.stderr


def test_pyproject_table_and_search_upward(write, tmp_path):
    write("pkg/src/a.js", LEAK)
    write("pkg/pyproject.toml", '[project]\nname = "x"\n\n[tool.leaklint]\nignore = ["uncleared-interval"]\n')
    assert run_leaklint(str(tmp_path / "pkg" / "src")).returncode == 0
    assert run_leaklint(str(tmp_path / "pkg" / "src" / "a.js")).returncode == 0
    assert run_leaklint("--config", str(tmp_path / "missing.toml"), str(tmp_path)).returncode == 2


def test_exclude_per_path_ignores_severity_and_fail_on(write, tmp_path):
    write("src/a.js", LEAK)
    write("vendor/v.js", LEAK)
    write("test/t.js", LEAK)
    write(
        "leaklint.toml",
        'exclude = ["vendor/"]\nfail-on = "error"\n[per-path-ignores]\n"test/**" = ["uncleared-interval"]\n'
        '[severity]\n"uncleared-interval" = "error"\n',
    )
    result = run_leaklint("--format", "json", str(tmp_path))
    document = _json(result)
    assert [(Path(f["location"]["path"]).name, f["severity"]) for f in document["findings"]] == [("a.js", "error")]
    assert document["summary"]["files"] == 2 and result.returncode == 1
    write("leaklint.toml", 'fail-on = "error"\n')
    write("src/a.js", "app.get('/', (req, res) => {\n  setInterval(() => res.write('.'), 1000);\n});\n")
    assert run_leaklint("--select", "uncleared-interval", str(tmp_path / "src")).returncode == 0  # a warning is below error
    assert run_leaklint("--select", "uncleared-interval", "--fail-on", "warning", str(tmp_path / "src")).returncode == 1


def test_init_writes_a_valid_commented_config(tmp_path, write):
    write("a.js", LEAK)
    created = run_leaklint("init", cwd=tmp_path)
    assert created.returncode == 0 and (tmp_path / "leaklint.toml").read_text().startswith("# leaklint configuration")
    assert run_leaklint(cwd=tmp_path).returncode == 1  # the starter file loads and changes nothing for a.js
    again = run_leaklint("init", cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr


# -- custom pairs --------------------------------------------------------------------------

PAIR = (
    '[[rules]]\nid = "unclosed-subscription"\ndetector = "pairing"\nmessage = "subscription never unsubscribed"\n'
    'parameters = { acquire = [], acquire_methods = ["subscribe"], acquire_modules = [], release_functions = [], '
    'release_methods = ["unsubscribe"], resource = "subscription", release_verb = "unsubscribed" }\n'
)


def test_custom_pair_from_config(write, tmp_path):
    write("leaklint.toml", PAIR)
    write(
        "a.ts",
        "export function leaky(feed) {\n  feed.subscribe(() => {});\n}\n"
        "export function fine(feed) {\n  const sub = feed.subscribe(() => {});\n  return () => sub.unsubscribe();\n}\n"
        "export function kept(feed, self) {\n  self.sub = feed.subscribe(() => {});\n}\n",
    )
    document = _json(run_leaklint("--format", "json", "--select", "unclosed-subscription", str(tmp_path)))
    found = [(f["rule_id"], f["location"]["start_line"]) for f in document["findings"]]
    assert found == [("unclosed-subscription", 2), ("unclosed-subscription", 9)]
    assert "can never be unsubscribed" in document["findings"][0]["message"]
    listed = run_leaklint("rules", cwd=tmp_path)
    assert "unclosed-subscription" in listed.stdout


# -- suppressions --------------------------------------------------------------------------


def test_suppression_hides_exactly_one_finding(write, tmp_path):
    path = write("a.js", TWO_LEAKS)
    text = run_leaklint(str(path))
    assert text.returncode == 1
    assert text.stdout.count("uncleared-interval") == 1 and ":6:3:" in text.stdout
    assert "1 suppressed" in text.stdout
    shown = run_leaklint("--show-suppressed", str(path))
    assert "[suppressed]" in shown.stdout and ":3:3:" in shown.stdout
    document = _json(run_leaklint("--format", "json", str(path)))
    flags = [(f["location"]["start_line"], f["suppressed"], f["suppression_reason"]) for f in document["findings"]]
    assert flags == [(3, True, "restarted hourly by the supervisor"), (6, False, None)]


def test_suppressed_only_finding_does_not_fail(write):
    path = write("a.js", "export function a(s) {\n  setInterval(() => s.ping(), 1000); // leaklint-disable-line -- fine\n}\n")
    assert run_leaklint(str(path)).returncode == 0


def test_unknown_unused_and_unexplained_suppressions_are_reported(write):
    path = write(
        "a.js",
        "// leaklint-disable-next-line no-such-rule\nconst a = 1;\n"
        "// leaklint-disable-next-line listener-leak -- nothing here\nconst b = 2;\n"
        "export function c(s) {\n  setInterval(() => s.ping(), 1000); // leaklint-disable-line uncleared-interval\n}\n",
    )
    relaxed = run_leaklint(str(path))
    assert "unknown rule 'no-such-rule'" in relaxed.stderr
    assert "unused leaklint-disable-next-line comment" in relaxed.stderr and ":3:" in relaxed.stderr
    assert relaxed.returncode == 0
    strict = run_leaklint("--strict-suppressions", str(path))
    assert "without a reason" in strict.stderr and strict.returncode == 1


def test_file_level_suppression(write):
    path = write("a.js", "/* leaklint-disable uncleared-interval -- fixture */\n" + LEAK)
    assert run_leaklint(str(path)).returncode == 0


# -- baseline ------------------------------------------------------------------------------


def test_baseline_survives_ten_lines_on_top_and_catches_new_findings(write, tmp_path):
    _fake_checkout(tmp_path)
    path = write("src/a.js", LEAK)
    baseline = tmp_path / "baseline.json"
    recorded = run_leaklint("--write-baseline", str(baseline), "src", cwd=tmp_path)
    assert recorded.returncode == 0 and json.loads(baseline.read_text())["findings"]
    path.write_text("".join(f"// line {i}\n" for i in range(10)) + LEAK)
    same = run_leaklint("--baseline", str(baseline), "src", cwd=tmp_path)
    assert same.returncode == 0, same.stdout
    assert "1 in the baseline" in same.stdout
    from_inside = run_leaklint("--baseline", str(baseline), ".", cwd=tmp_path / "src")
    assert from_inside.returncode == 0, from_inside.stdout
    path.write_text(path.read_text() + "export function more(s) {\n  setInterval(() => s.ping(), 5);\n}\n")
    grown = run_leaklint("--baseline", str(baseline), "--format", "sarif", "src", cwd=tmp_path)
    assert grown.returncode == 1
    states = sorted(r["baselineState"] for r in json.loads(grown.stdout)["runs"][0]["results"])
    assert states == ["new", "unchanged"]


def test_bad_baseline_is_a_clear_error(write, tmp_path):
    write("a.js", LEAK)
    write("baseline.json", "{}")
    result = run_leaklint("--baseline", str(tmp_path / "baseline.json"), str(tmp_path))
    assert result.returncode == 2 and "not a leaklint baseline" in result.stderr


# -- code scanning -------------------------------------------------------------------------


def _fake_checkout(root: Path) -> None:
    git = root / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (git / "HEAD").write_text("ref: refs/heads/main\n")
    (git / "refs" / "heads" / "main").write_text("0123456789abcdef0123456789abcdef01234567\n")
    (git / "config").write_text('[remote "origin"]\n\turl = https://user:secret@github.com/acme/shop.git\n')


def test_sarif_maps_paths_to_the_checkout_from_a_subfolder_and_several_roots(write, tmp_path):
    _fake_checkout(tmp_path)
    write("services/api/a.js", TWO_LEAKS)
    write("packages/shared/b.js", LEAK)
    out = tmp_path / "services" / "out.sarif"
    result = run_leaklint("--format", "sarif", "-o", str(out), "--category", "api", "api", "../packages/shared", cwd=tmp_path / "services")
    assert result.returncode == 1
    run = json.loads(out.read_text())["runs"][0]
    assert run["automationDetails"] == {"id": "api/"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    provenance = run["versionControlProvenance"][0]
    assert provenance["repositoryUri"] == "https://github.com/acme/shop"
    assert provenance["revisionId"] == "0123456789abcdef0123456789abcdef01234567"
    assert provenance["branch"] == "refs/heads/main"
    uris = sorted(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"])
    assert uris == ["packages/shared/b.js", "services/api/a.js", "services/api/a.js"]
    suppressed = [r for r in run["results"] if r.get("suppressions")]
    assert suppressed and suppressed[0]["suppressions"] == [{"kind": "inSource", "justification": "restarted hourly by the supervisor"}]
    tool = validator()
    if tool is not None:
        assert _validate(tool, out, tmp_path, "Gh;Sarif") == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("git@github.com:acme/shop.git", "https://github.com/acme/shop"),
        ("https://token@github.com/acme/shop.git", "https://github.com/acme/shop"),
        ("/srv/git/shop", "file:///srv/git/shop"),
        ("../shop", None),
    ],
)
def test_remote_urls_become_absolute_uris_without_credentials(tmp_path, url, expected):
    from leaklint.vcs import find_checkout

    _fake_checkout(tmp_path)
    (tmp_path / ".git" / "config").write_text(f'[remote "origin"]\n\turl = {url}\n')
    assert find_checkout(tmp_path).remote == expected
