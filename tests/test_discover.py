"""Discovery: which files are analysed, and which never are."""

from __future__ import annotations

import os
from pathlib import Path

from leaklint.discover import discover


def names(result, base: Path) -> set[str]:
    return {Path(p).relative_to(base).as_posix() if Path(p).is_absolute() else p for p in result.files}


def test_extensions_and_default_excludes(write, tmp_path):
    for name in ("a.js", "b.mjs", "c.cjs", "d.jsx", "e.ts", "f.mts", "g.cts", "h.tsx", "notes.md", "x.py"):
        write(f"src/{name}", "")
    for name in ("node_modules/m/i.js", "dist/j.js", "build/k.js", "coverage/l.js", ".git/m.js", "src/n.min.js", "src/types.d.ts"):
        write(name, "")
    found = {Path(p).name for p in discover([str(tmp_path)]).files}
    assert found == {"a.js", "b.mjs", "c.cjs", "d.jsx", "e.ts", "f.mts", "g.cts", "h.tsx"}


def test_explicit_files_are_always_analysed(write, tmp_path):
    vendored = write("node_modules/pkg/index.js", "")
    minified = write("public/app.min.js", "")
    result = discover([str(vendored), str(minified)])
    assert result.files == [str(vendored), str(minified)]


def test_explicit_non_source_file_is_skipped_with_a_note(write, tmp_path):
    readme = write("README.md", "")
    result = discover([str(readme)])
    assert result.files == [] and "not a JavaScript or TypeScript file" in result.notifications[0].message


def test_gitignore_is_honoured_with_negation_and_nesting(write, tmp_path):
    (tmp_path / ".git").mkdir()
    write(".gitignore", "generated/\n*.gen.js\n/top-only.js\n!keep.gen.js\n")
    write("sub/.gitignore", "local.js\n")
    for name in ("generated/a.js", "x.gen.js", "keep.gen.js", "top-only.js", "sub/top-only.js", "sub/local.js", "sub/ok.js"):
        write(name, "")
    found = names(discover([str(tmp_path)]), tmp_path)
    assert found == {"keep.gen.js", "sub/top-only.js", "sub/ok.js"}


def test_gitignore_above_the_given_root_applies(write, tmp_path):
    (tmp_path / ".git").mkdir()
    write(".gitignore", "src/legacy/\n")
    write("src/legacy/old.js", "")
    write("src/new.js", "")
    found = names(discover([str(tmp_path / "src")]), tmp_path)
    assert found == {"src/new.js"}


def test_symlinks_never_lead_out_of_the_roots(write, tmp_path):
    outside = write("outside/secret.js", "")
    root = tmp_path / "project"
    write("project/app.js", "")
    (root / "link.js").symlink_to(outside)
    (root / "linked-dir").symlink_to(outside.parent, target_is_directory=True)
    (root / "self.js").symlink_to(root / "app.js")
    (root / "loop").symlink_to(root, target_is_directory=True)
    found = {Path(p).name for p in discover([str(root)]).files}
    assert found == {"app.js"}  # the inside link duplicates app.js and is read once


def test_paths_are_shown_as_given(write, tmp_path, monkeypatch):
    write("src/a.js", "")
    monkeypatch.chdir(tmp_path)
    assert discover(["."]).files == ["src/a.js"]
    assert discover(["src"]).files == [os.path.join("src", "a.js")]
