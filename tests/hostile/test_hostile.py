"""Hostile and broken input, built at test time and run through the real CLI.

Every case sits next to a file with a known leak (`good.js`): whatever the hostile file does,
the run must end, print no traceback, report the hostile file, and still report good.js.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

from conftest import run_leaklint

LEAK = "export function start(s) {\n  setInterval(() => s.ping(), 1000);\n}\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "good.js").write_text(LEAK)
    return root


def analyse(root: Path, *args: str):
    result = run_leaklint("--format", "json", "--no-cache", *args, ".", cwd=root)
    assert "Traceback" not in result.stderr, result.stderr
    document = json.loads(result.stdout)
    findings = {(f["location"]["path"], f["location"]["start_line"]) for f in document["findings"]}
    notes = {n["path"]: n["message"] for n in document["notifications"]}
    assert ("good.js", 2) in findings, "another file's finding was lost"
    return result.returncode, findings, notes


def test_binary_data_named_js(tree):
    (tree / "blob.js").write_bytes(bytes(range(256)) * 40)
    code, _, notes = analyse(tree)
    assert code == 1 and "binary" in notes["blob.js"]


def test_a_nul_byte_in_source(tree):
    (tree / "nul.js").write_bytes(b"var a = 1;\x00\nsetInterval(f, 1);\n")
    code, _, notes = analyse(tree)
    assert code == 1 and "NUL" in notes["nul.js"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_js_is_never_opened(tree):
    os.mkfifo(tree / "pipe.js")
    started = time.monotonic()
    code, _, _ = analyse(tree)
    named = run_leaklint("--no-cache", "pipe.js", cwd=tree)
    assert code == 1 and time.monotonic() - started < 120
    assert named.returncode == 0 and "not a regular file" in named.stderr


def test_symbolic_links_dangling_looping_and_leaving_the_tree(tree, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.js").write_text(LEAK)
    (tree / "dangling.js").symlink_to("nowhere.js")
    (tree / "loop").symlink_to("..")
    (tree / "escape.js").symlink_to(outside / "secret.js")
    (tree / "outdir").symlink_to(outside)
    code, findings, notes = analyse(tree)
    assert code == 1
    assert "symbolic link to nothing" in notes["dangling.js"]
    assert "outside the analysed tree" in notes["escape.js"]
    assert not any("secret" in path or "outdir" in path or "loop" in path for path, _ in findings)
    named = run_leaklint("--format", "json", "--no-cache", "escape.js", cwd=tree)
    assert json.loads(named.stdout)["findings"] == []


def test_a_directory_named_like_a_source_file(tree):
    (tree / "weird.js").mkdir()
    (tree / "weird.js" / "inner.ts").write_text(LEAK)
    _, findings, _ = analyse(tree)
    assert ("weird.js/inner.ts", 2) in findings


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.js", b""), ("bom.js", b"\xef\xbb\xbf"), ("spaces.ts", b"   \n\t\n")],
)
def test_empty_files(tree, name, content):
    (tree / name).write_bytes(content)
    code, findings, notes = analyse(tree)
    assert code == 1 and not any(path == name for path, _ in findings) and name not in notes


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_crlf_and_lone_cr_keep_line_numbers(tree, newline):
    (tree / "endings.js").write_bytes(b"// one\n".replace(b"\n", newline) + LEAK.encode().replace(b"\n", newline))
    _, findings, notes = analyse(tree)
    assert ("endings.js", 3) in findings and "endings.js" not in notes


def test_latin1_and_utf16_sources(tree):
    (tree / "latin.js").write_bytes("// café\n".encode("latin-1") + LEAK.encode())
    (tree / "wide.ts").write_bytes(b"\xff\xfe" + ("// ünïcode\n" + LEAK).encode("utf-16-le"))
    _, findings, notes = analyse(tree)
    assert ("latin.js", 3) in findings and "Latin-1" in notes["latin.js"]
    assert ("wide.ts", 3) in findings


def test_deeply_nested_expression(tree):
    (tree / "deep.js").write_text("x = " + "(" * 5000 + "1" + ")" * 5000 + ";\n" + LEAK)
    code, findings, notes = analyse(tree)
    assert code == 1 and (("deep.js", 3) in findings or "deep.js" in notes)


def test_a_50_mb_file_is_skipped_without_reading_it_all(tree):
    with open(tree / "huge.js", "wb") as handle:
        line = b"const value = 1; // padding padding padding padding padding padding padding\n"
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    started = time.monotonic()
    _, _, notes = analyse(tree)
    assert "larger than 5 MiB (max-file-bytes)" in notes["huge.js"] and time.monotonic() - started < 120


def test_a_minified_single_line_bundle(tree):
    (tree / "bundle.js").write_text("var a=1;" * 25_000)
    _, _, notes = analyse(tree)
    assert "max-line-length" in notes["bundle.js"]


def test_a_file_deleted_between_discovery_and_reading(tree):
    from leaklint.discover import discover
    from leaklint.pipeline import analyse_paths
    from leaklint.rules import load_rules

    (tree / "gone.js").write_text(LEAK)
    files = discover([str(tree)]).files
    (tree / "gone.js").unlink()
    results = {Path(r.path).name: r for r in analyse_paths(files, load_rules(), jobs=1)}
    assert "cannot read file" in results["gone.js"].notifications[0].message
    assert results["good.js"].findings


def test_paths_with_spaces_unicode_hash_and_percent(tree):
    odd = tree / "my dir #1" / "ünï 100%.js"
    odd.parent.mkdir()
    odd.write_text(LEAK)
    _, findings, _ = analyse(tree)
    assert ("my dir #1/ünï 100%.js", 2) in findings
    report = tree.parent / "odd.sarif"
    run_leaklint("--format", "sarif", "--no-cache", "-o", str(report), ".", cwd=tree)
    sarif = json.loads(report.read_text())
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert "my%20dir%20%231/%C3%BCn%C3%AF%20100%25.js" in uris
    from test_sarif import _validate, validator

    tool = validator()
    if tool is not None:
        assert _validate(tool, report, tree.parent, "Gh;Sarif") == []


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root can read any file, so the case cannot be built")
def test_an_unreadable_file(tree):
    locked = tree / "locked.js"
    locked.write_text(LEAK)
    locked.chmod(0)
    try:
        code, _, notes = analyse(tree)
    finally:
        locked.chmod(0o600)
    assert code == 2 and "cannot read file" in notes["locked.js"]


def test_time_budget_names_the_limit(tree):
    body = "".join(f"function f{i}(a) {{ setInterval(() => a.x{i}(), {i}); }}\n" for i in range(3000))
    (tree / "slow.js").write_text(body)
    (tree / "leaklint.toml").write_text("max-file-seconds = 0.001\n")
    result = run_leaklint("--format", "json", "--no-cache", "--jobs", "1", "slow.js", cwd=tree)
    notes = [n["message"] for n in json.loads(result.stdout)["notifications"]]
    assert any("max-file-seconds" in n for n in notes), notes


def test_interrupted_output_leaves_no_partial_file(tree, tmp_path, monkeypatch):
    """Killed after writing but before the rename: the old report stays whole, no temp file stays."""
    from leaklint import output

    out = tmp_path / "report.sarif"
    out.write_text("previous complete report")

    def killed(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        output.write_atomically(out, "{" + "x" * 1_000_000)
    assert out.read_text() == "previous complete report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.sarif", "tree"]


def test_a_class_cut_off_inside_its_last_method(tree):
    # A mutation of corpus/unclosed-watcher/clean-watcher-in-client-entry-swept-and-closed.js the
    # fuzz test met: cut inside `close()`, so a release ends up with no function around it.
    (tree / "cut.js").write_text(CUT_CLASS)
    _, _, notes = analyse(tree)
    assert "internal error" not in notes.get("cut.js", ""), notes["cut.js"]


CUT_CLASS = "const chokidar = require('chokidar');\n\nclass LiveReload {\n  constructor() {\n    this.clients = new Map();\n    this.sweep = setInterval(() => this.dropIdle(), 60000);\n  }\n\n  attach(id, dir, send) {\n    const entry = { seen: Date.now(), watcher: chokidar.watch(dir, { ignoreInitial: true }) };\n    entry.watcher.on('change', (path) => send({ type: 'reload', path }));\n    this.clients.set(id, entry);\n  }\n\n  touch(id) {\n    const entry = this.clients.get(id);\n    if (entry) entry.seen = Date.now();\n  }\n\n  dropIdle() {\n    const cutoff = Date.now() - 5 * 60000;\n    for (const [id, entry] of this.clients) {\n      if (entry.seen < cutoff) {\n        entry.watcher.close();\n        this.clients.delete(id);\n      }\n    }\n  }\n\n  close() {\n    clearInterval(this.sweep);\n    for (const entry olues()) entry.watcher.close();\n    this.clients.cleodule.exports = new LiveReload();\n"
