"""Which files to analyse: walk the given paths, skip what is not hand-written source.

Explicitly named files are always analysed (pre-commit passes file names); folders are walked
without following symbolic links out of the roots, honouring .gitignore files on the way.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Notification, NoticeKind, Severity
from .languages import LANGUAGE_BY_SUFFIX

DEFAULT_EXCLUDED_DIRS = frozenset({"node_modules", ".git", ".hg", ".svn", "dist", "build", "coverage"})
EXCLUDED_SUFFIXES = (".min.js", ".min.mjs", ".min.cjs", ".d.ts", ".d.mts", ".d.cts")


@dataclass
class Discovery:
    files: list[str] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)


def is_source_name(name: str) -> bool:
    lowered = name.lower()
    return Path(lowered).suffix in LANGUAGE_BY_SUFFIX


def is_excluded_name(name: str) -> bool:
    return name.lower().endswith(EXCLUDED_SUFFIXES)


class GitIgnore:
    """The patterns of one .gitignore file, matched against paths relative to its folder."""

    def __init__(self, base: Path, lines: list[str]) -> None:
        self.base = base
        self.rules: list[tuple[re.Pattern[str], bool, bool]] = []  # (regex, negated, dirs only)
        for raw in lines:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            line = line.rstrip(" ") if not line.endswith("\\ ") else line
            negated = line.startswith("!")
            if negated:
                line = line[1:]
            if line.startswith("\\"):
                line = line[1:]
            dirs_only = line.endswith("/")
            line = line.rstrip("/")
            if not line:
                continue
            anchored = "/" in line
            self.rules.append((_glob_regex(line.lstrip("/"), anchored), negated, dirs_only))

    @classmethod
    def load(cls, folder: Path) -> "GitIgnore | None":
        path = folder / ".gitignore"
        try:
            if not path.is_file():
                return None
            return cls(folder, path.read_text(encoding="utf-8", errors="replace").splitlines())
        except OSError:
            return None

    def verdict(self, relative: str, is_dir: bool) -> bool | None:
        """True: ignored, False: re-included by a negation, None: no pattern speaks."""
        result = None
        for regex, negated, dirs_only in self.rules:
            if dirs_only and not is_dir:
                continue
            if regex.match(relative):
                result = not negated
        return result


def _glob_regex(pattern: str, anchored: bool) -> re.Pattern[str]:
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append("/.*")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(char))
            else:
                body = pattern[i + 1 : end].replace("\\", "\\\\")
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                i = end
        else:
            out.append(re.escape(char))
        i += 1
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(prefix + "".join(out) + "$")


def _ignored(path: Path, is_dir: bool, ignores: list[GitIgnore]) -> bool:
    result = False
    for ignore in ignores:
        try:
            relative = path.relative_to(ignore.base).as_posix()
        except ValueError:
            continue
        verdict = ignore.verdict(relative, is_dir)
        if verdict is not None:
            result = verdict
    return result


def _ancestor_ignores(folder: Path) -> list[GitIgnore]:
    """.gitignore files above a root, up to the repository's top (the folder holding .git)."""
    found = []
    current = folder.parent
    while True:
        loaded = GitIgnore.load(current)
        if loaded:
            found.append(loaded)
        if (current / ".git").exists() or current.parent == current:
            break
        current = current.parent
    return list(reversed(found))


def discover(paths: list[str]) -> Discovery:
    result = Discovery()
    seen: set[str] = set()
    roots = [Path(os.path.abspath(p)) for p in paths]
    real_roots = [Path(os.path.realpath(p)) for p in paths]
    for given, root in zip(paths, roots):
        try:
            mode = os.stat(root).st_mode
        except OSError as error:
            if os.path.islink(root):
                result.notifications.append(Notification(given, NoticeKind.SKIPPED, BROKEN, Severity.NOTE))
                continue
            result.notifications.append(
                Notification(given, NoticeKind.UNREADABLE, f"cannot read path: {error.strerror or error}", Severity.ERROR)
            )
            continue
        if stat.S_ISDIR(mode):
            _walk(given, root, real_roots, result, seen)
        elif not stat.S_ISREG(mode):
            result.notifications.append(Notification(given, NoticeKind.SKIPPED, "skipped: not a regular file", Severity.NOTE))
        elif is_source_name(root.name):
            if os.path.islink(root) and not _inside_tree(Path(os.path.realpath(root)), real_roots):
                result.notifications.append(Notification(given, NoticeKind.SKIPPED, OUTSIDE, Severity.NOTE))
                continue
            _add(given, root, real_roots, result, seen, explicit=True)
        else:
            result.notifications.append(
                Notification(given, NoticeKind.SKIPPED, "skipped: not a JavaScript or TypeScript file", Severity.NOTE)
            )
    return result


OUTSIDE = "skipped: a symbolic link that leads outside the analysed tree is never followed"
BROKEN = "skipped: a symbolic link to nothing"


def _inside_tree(real: Path, real_roots: list[Path]) -> bool:
    """Inside a folder we were given, or below the current folder (named files' tree)."""
    cwd = Path(os.path.realpath(os.getcwd()))
    return any(_within(real, root) for root in real_roots if root.is_dir()) or _within(real, cwd)


def _add(display: str, path: Path, real_roots: list[Path], result: Discovery, seen: set[str], explicit: bool, real: str | None = None) -> None:
    """`real` is given by the walk for entries that are not links: no realpath() per file."""
    if real is None:
        real = os.path.realpath(path)
        if not explicit and not any(_within(Path(real), root) for root in real_roots if root.is_dir()):
            result.notifications.append(Notification(display, NoticeKind.SKIPPED, OUTSIDE, Severity.NOTE))
            return
    if real in seen:
        return
    seen.add(real)
    result.files.append(display)


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _walk(given: str, root: Path, real_roots: list[Path], result: Discovery, seen: set[str]) -> None:
    # Linked folders are never entered, so below the root's real path every entry that is not
    # itself a link has a real path of real folder + name.
    stack: list[tuple[Path, str, list[GitIgnore], str]] = [(root, given, _ancestor_ignores(root), os.path.realpath(root))]
    while stack:
        folder, display, inherited, real_folder = stack.pop()
        own = GitIgnore.load(folder)
        ignores = inherited + [own] if own else inherited
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            result.notifications.append(
                Notification(display, NoticeKind.UNREADABLE, f"cannot list folder: {error.strerror or error}", Severity.ERROR)
            )
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            shown = os.path.normpath(os.path.join(display, entry.name))
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                links_to_dir = entry.is_symlink() and entry.is_dir()
                is_special = not is_dir and not entry.is_symlink() and not entry.is_file(follow_symlinks=False)
            except OSError:
                is_dir = links_to_dir = is_special = False
            if is_dir:
                if entry.name not in DEFAULT_EXCLUDED_DIRS and not _ignored(path, True, ignores):
                    subfolders.append((path, shown, ignores, os.path.join(real_folder, entry.name)))
                continue
            if links_to_dir or is_special:
                continue  # never walk into linked folders (they may lead anywhere), nor read FIFOs or devices
            if not is_source_name(entry.name) or is_excluded_name(entry.name) or _ignored(path, False, ignores):
                continue
            linked = entry.is_symlink()
            if linked and not os.path.exists(path):
                result.notifications.append(Notification(shown, NoticeKind.SKIPPED, BROKEN, Severity.NOTE))
                continue
            _add(shown, path, real_roots, result, seen, explicit=False, real=None if linked else os.path.join(real_folder, entry.name))
        stack.extend(reversed(subfolders))


def read_regular_file(path: str, limit: int) -> bytes:
    """Read at most `limit` bytes; refuse FIFOs and devices, which could block forever."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        chunks, remaining = [], limit
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
