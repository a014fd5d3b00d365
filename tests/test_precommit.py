"""The pre-commit hook, run by the real pre-commit against a throwaway repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

LEAKY = "export function start(s) {\n  setInterval(() => s.ping(), 1000);\n}\n"
FIXED = "export function start(s) {\n  const t = setInterval(() => s.ping(), 1000);\n  return () => clearInterval(t);\n}\n"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _snapshot_of_leaklint(target: Path) -> Path:
    """A committed copy of this working tree, so the hook under test is the code under test."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git(target, "init", "-q")
    _git(target, "add", ".")
    _git(target, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-qm", "snapshot")
    return target


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_hook_fails_on_a_leak_and_passes_once_fixed(tmp_path):
    pytest.importorskip("pre_commit")
    (ROOT / ".git").exists() or pytest.skip("needs leaklint's own git checkout")
    hook_repo = _snapshot_of_leaklint(tmp_path / "leaklint")
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "test@example.invalid")
    _git(repo, "config", "user.name", "test")
    leak = repo / "src" / "poll.mts"
    leak.parent.mkdir()
    leak.write_text(LEAKY)
    (repo / "README.md").write_text("not analysed\n")
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}

    def run_hook() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "leaklint", "--all-files", "--color", "never"],
            cwd=repo,
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )

    failed = run_hook()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "src/poll.mts:2:3: uncleared-interval" in failed.stdout

    leak.write_text(FIXED)
    _git(repo, "add", ".")
    passed = run_hook()
    assert passed.returncode == 0, passed.stdout + passed.stderr

    # The hook honours the repository's config: the same leak, switched off for src/.
    leak.write_text(LEAKY)
    (repo / "leaklint.toml").write_text('[per-path-ignores]\n"src/**" = ["uncleared-interval"]\n')
    _git(repo, "add", ".")
    configured = run_hook()
    assert configured.returncode == 0, configured.stdout + configured.stderr
