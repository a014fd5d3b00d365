"""The git checkout a run happens in, read from .git files (no git process is started).

Code scanning maps SARIF paths relative to the repository's top, and wants the commit the
results belong to (versionControlProvenance); fingerprints use the same root, so a baseline
written at the top still matches when leaklint runs from a subfolder.
"""

from __future__ import annotations

import configparser
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Checkout:
    root: Path
    revision: str | None = None
    branch: str | None = None
    remote: str | None = None


def find_checkout(start: Path) -> Checkout | None:
    start = start.resolve()
    for folder in (start, *start.parents):
        marker = folder / ".git"
        if marker.is_dir():
            return _read(folder, marker)
        if marker.is_file():  # a worktree or submodule: "gitdir: <path>"
            text = _read_text(marker) or ""
            if text.startswith("gitdir:"):
                return _read(folder, (folder / text.split(":", 1)[1].strip()).resolve())
    return None


def _read(root: Path, git_dir: Path) -> Checkout:
    head = (_read_text(git_dir / "HEAD") or "").strip()
    branch = revision = None
    common = git_dir
    commondir = _read_text(git_dir / "commondir")
    if commondir:
        common = (git_dir / commondir.strip()).resolve()
    if head.startswith("ref:"):
        ref = head.split(":", 1)[1].strip()
        branch = ref
        revision = (_read_text(git_dir / ref) or _read_text(common / ref) or _packed_ref(common, ref) or "").strip() or None
    elif len(head) == 40:
        revision = head
    return Checkout(root, revision, branch, _remote(common))


def _packed_ref(git_dir: Path, ref: str) -> str | None:
    for line in (_read_text(git_dir / "packed-refs") or "").splitlines():
        parts = line.split(" ", 1)
        if len(parts) == 2 and parts[1].strip() == ref and len(parts[0]) == 40:
            return parts[0]
    return None


def _remote(git_dir: Path) -> str | None:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    try:
        parser.read_string(_read_text(git_dir / "config") or "")
    except configparser.Error:
        return None
    url = parser.get('remote "origin"', "url", fallback=None)
    if not url:
        return None
    if url.startswith("git@") and ":" in url:  # git@github.com:owner/repo.git
        host, path = url[4:].split(":", 1)
        url = f"https://{host}/{path}"
    if url.startswith("/"):
        return Path(url).as_uri()  # a clone of a local repository: SARIF wants an absolute URI
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", url):
        return None  # a relative path or something SARIF could not use as a URI
    if "@" in url.split("//", 1)[-1].split("/", 1)[0]:
        scheme, rest = url.split("//", 1)
        url = f"{scheme}//{rest.split('@', 1)[1]}"  # never publish credentials
    return url.removesuffix(".git")


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
