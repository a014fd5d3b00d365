"""The result cache (hits, misses, invalidation, damage, concurrent runs) and the progress
bar, which only a terminal ever sees."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import run_leaklint
from leaklint.cache import Cache, clean
from leaklint.pipeline import analyse_paths
from leaklint.rules import load_rules

LEAK = "export function start(s) {\n  setInterval(() => s.ping(), 1000);\n}\n"
CLEAN = "export function start(s) {\n  const t = setInterval(() => s.ping(), 1000);\n  return () => clearInterval(t);\n}\n"


def _run(paths, cache):
    return analyse_paths([str(p) for p in paths], load_rules(), jobs=1, cache=cache)


def _cold_then_warm(paths, tmp_path):
    """A run that fills a new cache, then one answered from it: (first results, second
    results, the second run's cache)."""
    first = _run(paths, Cache(tmp_path / "cache", ["ctx"]))
    cache = Cache(tmp_path / "cache", ["ctx"])
    return first, _run(paths, cache), cache


def test_second_run_hits_and_gives_the_same_results(write, tmp_path):
    files = [write(f"f{i}.js", LEAK if i % 2 else CLEAN) for i in range(4)]
    first, second, cache = _cold_then_warm(files, tmp_path)
    assert (cache.hits, cache.misses) == (4, 0)
    assert second == first


def test_changed_content_context_or_code_is_a_miss(write, tmp_path, monkeypatch):
    path = write("a.js", LEAK)
    _run([path], Cache(tmp_path / "cache", ["ctx"]))
    path.write_text(CLEAN)
    changed = Cache(tmp_path / "cache", ["ctx"])
    assert _run([path], changed)[0].findings == () and changed.misses == 1
    other_rules = Cache(tmp_path / "cache", ["other rules"])
    _run([path], other_rules)
    assert other_rules.misses == 1
    monkeypatch.setattr("leaklint.cache.code_fingerprint", lambda: "a newer leaklint")
    newer = Cache(tmp_path / "cache", ["ctx"])
    _run([path], newer)
    assert newer.misses == 1


def test_a_run_on_some_files_keeps_the_entries_of_the_others(write, tmp_path):
    """pre-commit passes only the staged files: that must not cost the rest their entries."""
    a, b = write("a.js", LEAK), write("b.js", CLEAN)
    _run([a, b], Cache(tmp_path / "cache", ["ctx"]))
    a.write_text(CLEAN)
    subset = Cache(tmp_path / "cache", ["ctx"])
    _run([a], subset)
    assert (subset.hits, subset.misses) == (0, 1)
    both = Cache(tmp_path / "cache", ["ctx"])
    assert all(r.findings == () for r in _run([a, b], both))
    assert (both.hits, both.misses) == (2, 0)


def test_a_damaged_entry_is_a_miss_not_a_crash(write, tmp_path):
    path = write("a.js", LEAK)
    _run([path], Cache(tmp_path / "cache", ["ctx"]))
    (index,) = [p for p in (tmp_path / "cache").rglob("*.json") if not p.name.endswith(".joined.json")]
    stored = json.loads(index.read_text())
    stored["entries"][str(path)][1]["findings"] = [{"rule_id": 3}]
    index.write_text(json.dumps(stored))
    for joined in (tmp_path / "cache").rglob("*.joined.json"):
        joined.unlink()  # or the last run's joined findings would answer without the index
    cache = Cache(tmp_path / "cache", ["ctx"])
    assert len(_run([path], cache)[0].findings) == 1 and cache.misses == 1
    index.write_text('{"entries": [1, 2')  # cut short
    for joined in (tmp_path / "cache").rglob("*.joined.json"):
        joined.write_text('{"key": ')  # damaged as well: a miss too
    cache = Cache(tmp_path / "cache", ["ctx"])
    assert len(_run([path], cache)[0].findings) == 1 and cache.misses == 1


def test_an_unchanged_project_takes_the_last_joined_findings(write, tmp_path, monkeypatch):
    """No file changed: the last run's joined findings answer, no file's facts are rebuilt;
    one changed file (or another set of files) goes the long way again."""
    helper = write("helper.js", "export function every(ms, fn) {\n  return setInterval(fn, ms);\n}\n")
    caller = write("caller.js", "import http from 'http';\nimport { every } from './helper.js';\n"
                   "http.createServer((req, res) => {\n  every(1000, () => res.write('.'));\n}).listen(8080);\n")
    first = _run([helper, caller], Cache(tmp_path / "cache", ["ctx"]))
    assert any(r.findings for r in first)
    monkeypatch.setattr(Cache, "get", lambda *args: pytest.fail("a file's entry was read"))
    cache = Cache(tmp_path / "cache", ["ctx"])
    assert _run([helper, caller], cache) == first and cache.hits == 2
    monkeypatch.undo()
    caller.write_text("import http from 'http';\nhttp.createServer((req, res) => res.end('.')).listen(8080);\n")
    changed = Cache(tmp_path / "cache", ["ctx"])
    assert all(r.findings == () for r in _run([helper, caller], changed)) and changed.misses == 1


def test_cli_cache_folder_config_invalidation_and_clean(write, tmp_path):
    write("a.js", LEAK)
    assert run_leaklint(cwd=tmp_path).returncode == 1
    folder = tmp_path / ".leaklint_cache"
    assert (folder / "CACHEDIR.TAG").is_file() and (folder / ".gitignore").read_text().strip().endswith("*")
    entries = len(list(folder.rglob("*.json")))
    assert run_leaklint(cwd=tmp_path).returncode == 1
    assert len(list(folder.rglob("*.json"))) == entries  # the warm run wrote nothing new
    write("leaklint.toml", 'ignore = ["uncleared-interval"]\n')
    assert run_leaklint(cwd=tmp_path).returncode == 0  # a config change is never served from the cache
    before = sorted(folder.rglob("*.json"))
    write("b.js", LEAK)
    assert run_leaklint("--no-cache", cwd=tmp_path).returncode == 0
    assert sorted(folder.rglob("*.json")) == before  # --no-cache neither reads nor writes
    cleaned = run_leaklint("clean", cwd=tmp_path)
    assert cleaned.returncode == 0 and not folder.exists()


def test_clean_refuses_a_folder_that_is_not_a_cache(tmp_path):
    (tmp_path / "precious").mkdir()
    with pytest.raises(OSError):
        clean(tmp_path / "precious")
    assert (tmp_path / "precious").exists()


def test_concurrent_runs_share_a_cache_safely(write, tmp_path):
    for i in range(30):
        write(f"src/f{i}.js", LEAK if i % 3 == 0 else CLEAN)
    command = [sys.executable, "-m", "leaklint", "--format", "json", "--jobs", "2", "src"]
    env = {**os.environ, "NO_COLOR": "1"}
    runs = [subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, env=env) for _ in range(4)]
    outputs = [json.loads(p.communicate(timeout=300)[0])["findings"] for p in runs]
    assert all(len(found) == 10 for found in outputs)
    warm = json.loads(run_leaklint("--format", "json", "src", cwd=tmp_path).stdout)["findings"]
    assert [f["fingerprint"] for f in warm] == [f["fingerprint"] for f in outputs[0]]
    assert not list((tmp_path / ".leaklint_cache").rglob(".tmp-*"))


def test_progress_bar_only_on_a_terminal(write, tmp_path):
    pty = pytest.importorskip("pty")
    for i in range(3):
        write(f"f{i}.js", LEAK)
    env = {**os.environ, "LEAKLINT_PROGRESS_DELAY": "0", "NO_COLOR": "1"}
    piped = subprocess.run([sys.executable, "-m", "leaklint", "--no-cache", str(tmp_path)], capture_output=True, text=True, env=env)
    assert "files/s" not in piped.stderr and "files/s" not in piped.stdout
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "leaklint", "--no-cache", "--format", "json", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=follower, env=env,
    )
    os.close(follower)
    stdout, _ = process.communicate(timeout=300)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert b"3/3 files" in seen
    assert json.loads(stdout)["summary"]["findings"] == 3  # stdout stays machine-readable


def test_a_run_the_cache_answers_never_loads_the_analysis(write, tmp_path):
    """Start-up is most of a warm run: the engine, the detectors and tree-sitter stay unloaded."""
    write("a.js", LEAK)
    assert run_leaklint(cwd=tmp_path).returncode == 1  # fills the cache
    probe = (
        "import runpy, sys\n"
        "sys.argv = ['leaklint', 'check', '--quiet', '.']\n"
        "try:\n    runpy.run_module('leaklint', run_name='__main__')\n"
        "except SystemExit as stop:\n    code = stop.code\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'tree_sitter' or m in ('leaklint.engine', 'leaklint.semantic'))\n"
        "print(code, loaded, file=sys.stderr)\n"
    )
    warm = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert warm.stderr.strip().splitlines()[-1] == "1 []", warm.stderr
    assert "a.js" in warm.stdout
    write("b.js", CLEAN)  # a miss: now the analysis is needed
    cold = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert "'leaklint.engine'" in cold.stderr.strip().splitlines()[-1], cold.stderr


HELPER = "export function follow(bus, fn) {\n  bus.on('tick', fn);\n}\n"
CALLER = (
    "import express from 'express';\nimport { EventEmitter } from 'events';\nimport { follow } from './helper.js';\n"
    "const bus = new EventEmitter();\nconst app = express();\napp.get('/', (req, res) => { follow(bus, () => 1); res.end(); });\n"
)


def test_summaries_and_pending_findings_survive_the_cache(write, tmp_path):
    """A leak through a helper in another file is joined from cached facts as from fresh ones."""
    files = [write("helper.js", HELPER), write("caller.js", CALLER)]
    first, second, cache = _cold_then_warm(files, tmp_path)
    assert cache.hits == 2 and second == first
    [finding] = [f for r in second for f in r.findings]
    assert finding.rule_id == "listener-leak" and finding.location.start_line == 6
    assert [step.location.path.endswith("helper.js") for step in finding.code_flow] == [False, True]
    assert _run([files[1]], None)[0].findings == ()  # without the helper's file, the call stays unknown


PATCHES = (
    "export const applied = [];\n"
    "export function patch(target, method, hook, log) {\n  const original = target[method];\n"
    "  target[method] = (...args) => { hook(...args); return original(...args); };\n  log.push({ target, method });\n}\n"
)
PATCHER = (
    "import http from 'http';\nimport { patch, applied } from './patches.js';\n"
    "http.createServer((req, res) => { patch(res, 'end', () => req.url, applied); res.end(); }).listen(80);\n"
)
UNDOER = "import { applied } from './patches.js';\nexport function undoAll() { applied.splice(0); }\n"


def test_an_imported_container_handed_to_an_imported_helper_survives_the_cache(write, tmp_path):
    """A requirement's container and a hand-off's helper are stored and read back: the joined
    findings from cached facts are those from fresh ones, with and without a file that empties
    the container."""
    files = [write("patches.js", PATCHES), write("server.js", PATCHER)]
    first, second, cache = _cold_then_warm(files, tmp_path)
    assert cache.hits == 2 and second == first
    [finding] = [f for r in second for f in r.findings]
    assert finding.location.path.endswith("server.js") and [s.location.start_line for s in finding.code_flow] == [3, 5, 1]
    emptied = [*files, write("undo.js", UNDOER)]
    assert [f for r in _run(emptied, Cache(tmp_path / "cache", ["ctx"])) for f in r.findings] == []


def _filled(cls, **given):
    """An instance of a facts dataclass with every field set off its default (so that a field
    the cache forgets to read back shows as a difference)."""
    import dataclasses

    from leaklint.findings import Location

    values = {}
    for f in dataclasses.fields(cls):
        default = f.default if f.default is not dataclasses.MISSING else (False if str(f.type) == "bool" else None)
        if f.name in given:
            values[f.name] = given[f.name]
        elif isinstance(default, bool):
            values[f.name] = not default
        elif isinstance(default, int):
            values[f.name] = default + 7
        elif isinstance(default, str):
            values[f.name] = f"{f.name}!"
        elif f.type in ("Location | None", "'Location | None'") or "Location" in str(f.type):
            values[f.name] = Location("/p/a.js", 3, 1, 3, 9)
        elif "tuple[tuple[int, str, Chain]" in str(f.type):
            values[f.name] = ((1, "./x", ("isX",)),)
        elif "tuple[Chain" in str(f.type) or "tuple[tuple[str, ...], ...]" in str(f.type):
            values[f.name] = (("a", "b"),)
        elif "tuple[str, Chain]" in str(f.type):
            values[f.name] = ("./y", ("c",))
        elif "tuple[int, int]" in str(f.type):
            values[f.name] = (2, 3)
        elif "tuple[int, ...]" in str(f.type):
            values[f.name] = (4,)
        elif "tuple" in str(f.type):
            values[f.name] = ("v",)
    return cls(**values)


def test_every_field_of_a_requirement_a_summary_and_a_helper_call_survives_the_cache(tmp_path):
    """Each field the analysis fills in is stored and read back: one the decoder forgets makes a
    warm run judge otherwise than a cold one."""
    from leaklint.findings import FileResult, Finding, HelperCall, Location, Requirement, Severity, Summary

    needs = _filled(Requirement, rule_id="unbounded-collection", specifier="./h", chain=("track",), slot=-3, argument="x", literals=("a",))
    pending = Finding("unbounded-collection", Severity.WARNING, "grows", Location("/p/a.js", 5, 1, 5, 9), needs=needs)
    summary = _filled(Summary, rule_id="unbounded-collection", chain=("track",), slot=-3, helper="track",
                      location=Location("/p/a.js", 2, 1, 2, 9), action="adds here", event="e")
    call = _filled(HelperCall, specifier="./h", chain=("track",), literals=("a", None))
    result = FileResult("/p/a.js", pending=(pending,), summaries=(summary,), helper_calls=(call,))
    cache = Cache(tmp_path / "cache", ["ctx"])
    cache.put("/p/a.js", "k", result)
    cache.save()
    back = Cache(tmp_path / "cache", ["ctx"]).get("/p/a.js", "k")
    assert back.pending[0].needs == needs
    assert back.summaries == (summary,)
    assert back.helper_calls == (call,)
