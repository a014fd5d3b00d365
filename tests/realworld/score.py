"""Recall on real leak fixes and precision on real code: the project's accuracy benchmark.

The corpus specifies what leaklint must say; this script measures what it says on code nobody
wrote for it. Two runs, both over local clones of public repositories (nothing fetched is ever
committed: the manifests hold metadata only):

  recall     each case in cases.toml is a real leak fix. The file before the fix should be
             reported near its leak lines; the file after the fix tells whether the fix
             silenced what leaklint found.
  precision  every warning leaklint gives on the pinned libraries and applications of
             precision.toml must have a verdict in triage.toml (REAL, PLAUSIBLE or FALSE).

    python tests/realworld/score.py recall --clones DIR [--markdown] [--verbose]
    python tests/realworld/score.py precision --clones DIR [--markdown] [--verbose]
    python tests/realworld/score.py missing --clones DIR

DIR holds one clone per repository, as `owner+name`, `owner/name` or `name` (a work tree or a
bare/mirror git directory, possibly in a `repo` subfolder). Files are extracted with git into
the git-ignored .cache/ beside this script, and leaklint runs on them as a user would run it.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import uuid
from urllib.parse import unquote
from concurrent.futures import ThreadPoolExecutor
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
CASES_FILE = HERE / "cases.toml"
PRECISION_FILE = HERE / "precision.toml"
TRIAGE_FILE = HERE / "triage.toml"
CACHE = HERE / ".cache"
README = HERE.parents[1] / "README.md"

NEAR = 2  # a finding counts when one of its locations is this close to a leak line
FAMILIES = {
    "A": "listeners",
    "B": "growing collections",
    "C": "kept alive by a closure or store",
    "D": "timers",
    "E": "promises, streams, subscriptions, observers",
}
LEVELS = ("note", "warning", "error")
VERDICTS = ("REAL", "PLAUSIBLE", "FALSE")
TRIAGED_LEVELS = ("warning", "error")  # notes are counted, not triaged: their frequency is unknown
# Web frameworks, told apart so the benchmark is not a framework benchmark.
WEB_FRAMEWORKS = frozenset({
    "expressjs/express", "koajs/koa", "fastify/fastify", "hapijs/hapi", "nestjs/nest", "vercel/next.js",
    "nuxt/nuxt", "restify/node-restify", "balderdashy/sails", "meteor/meteor", "feathersjs/feathers",
    "adonisjs/core", "strapi/strapi", "loopbackio/loopback-next", "sveltejs/kit", "remix-run/remix",
})
SOURCE_SUFFIXES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx")


class ManifestError(ValueError):
    """A manifest entry that cannot be scored as written."""


# ---------------------------------------------------------------------------------------------
# Manifests


@dataclass(frozen=True)
class Case:
    repo: str
    fix: str
    parent: str
    path: str
    family: str
    leak_lines: tuple[int, ...]
    fixed_clean: bool
    description: str
    url: str
    pattern: str = ""

    @property
    def id(self) -> str:
        return f"{self.family}-{self.repo.split('/')[1]}-{self.fix[:8]}"


@dataclass(frozen=True)
class Target:
    repo: str
    commit: str
    paths: tuple[str, ...]
    kind: str  # library | application
    language: str
    description: str = ""


@dataclass(frozen=True)
class Verdict:
    repo: str
    path: str
    line: int
    rule: str
    fingerprint: str
    verdict: str
    reason: str


def _read_toml(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _is_sha(value: object) -> bool:
    return isinstance(value, str) and len(value) == 40 and all(c in "0123456789abcdef" for c in value)


def _is_repo(value: object) -> bool:
    return isinstance(value, str) and value.count("/") == 1 and all(value.split("/"))


def parse_case(entry: dict) -> Case:
    """One [[case]] table, checked field by field so a bad entry names what is wrong."""
    where = f"case {entry.get('repo', '?')}@{str(entry.get('fix', '?'))[:8]}"
    if not _is_repo(entry.get("repo")):
        raise ManifestError(f"{where}: repo must be 'owner/name'")
    for key in ("fix", "parent"):
        if not _is_sha(entry.get(key)):
            raise ManifestError(f"{where}: {key} must be a full 40-hex commit")
    if entry["fix"] == entry["parent"]:
        raise ManifestError(f"{where}: fix and parent are the same commit")
    path = entry.get("path")
    if not isinstance(path, str) or not path.endswith(SOURCE_SUFFIXES) or path.startswith("/"):
        raise ManifestError(f"{where}: path must be a relative JS/TS source path")
    if entry.get("family") not in FAMILIES:
        raise ManifestError(f"{where}: family must be one of {', '.join(FAMILIES)}")
    lines = entry.get("leak_lines")
    if not isinstance(lines, list) or not lines or not all(isinstance(n, int) and n > 0 for n in lines):
        raise ManifestError(f"{where}: leak_lines must be a non-empty list of 1-based line numbers")
    if not isinstance(entry.get("fixed_clean"), bool):
        raise ManifestError(f"{where}: fixed_clean must be true or false")
    for key in ("description", "url"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ManifestError(f"{where}: {key} is required")
    if not entry["url"].startswith("https://github.com/"):
        raise ManifestError(f"{where}: url must be the GitHub pull request, issue or commit")
    return Case(
        repo=entry["repo"],
        fix=entry["fix"],
        parent=entry["parent"],
        path=path,
        family=entry["family"],
        leak_lines=tuple(sorted(set(lines))),
        fixed_clean=entry["fixed_clean"],
        description=entry["description"].strip(),
        url=entry["url"],
        pattern=str(entry.get("pattern", "")).strip(),
    )


def load_cases(path: Path = CASES_FILE) -> list[Case]:
    cases = [parse_case(entry) for entry in _read_toml(path).get("case", [])]
    ids = Counter(case.id for case in cases)
    repeated = [case_id for case_id, count in ids.items() if count > 1]
    if repeated:
        raise ManifestError(f"the same fix and path appear twice: {', '.join(repeated)}")
    return cases


def load_targets(path: Path = PRECISION_FILE) -> list[Target]:
    targets = []
    for entry in _read_toml(path).get("target", []):
        where = f"target {entry.get('repo', '?')}"
        if not _is_repo(entry.get("repo")) or not _is_sha(entry.get("commit")):
            raise ManifestError(f"{where}: repo must be 'owner/name' and commit a full 40-hex commit")
        paths = entry.get("paths")
        if not isinstance(paths, list) or not paths or not all(isinstance(p, str) and p for p in paths):
            raise ManifestError(f"{where}: paths must be a non-empty list")
        if entry.get("kind") not in ("library", "application"):
            raise ManifestError(f"{where}: kind must be 'library' or 'application'")
        targets.append(
            Target(
                repo=entry["repo"],
                commit=entry["commit"],
                paths=tuple(paths),
                kind=entry["kind"],
                language=str(entry.get("language", "")),
                description=str(entry.get("description", "")),
            )
        )
    return targets


def load_triage(path: Path = TRIAGE_FILE) -> list[Verdict]:
    if not path.exists():
        return []
    verdicts = []
    for entry in _read_toml(path).get("warning", []):
        if entry.get("verdict") not in VERDICTS:
            raise ManifestError(f"triage {entry.get('path', '?')}:{entry.get('line', '?')}: verdict must be one of {VERDICTS}")
        if not str(entry.get("reason", "")).strip():
            raise ManifestError(f"triage {entry.get('path', '?')}:{entry.get('line', '?')}: a reason is required")
        verdicts.append(
            Verdict(
                repo=entry["repo"],
                path=entry["path"],
                line=int(entry["line"]),
                rule=entry["rule"],
                fingerprint=str(entry.get("fingerprint", "")),
                verdict=entry["verdict"],
                reason=entry["reason"].strip(),
            )
        )
    return verdicts


# ---------------------------------------------------------------------------------------------
# Findings as the scorer sees them


@dataclass(frozen=True)
class Finding:
    path: str
    rule: str
    level: str
    line: int  # primary location's start line
    lines: tuple[int, ...]  # start lines of the primary, related and code-flow locations
    fingerprint: str
    message: str


def _start_line(location: dict) -> int | None:
    region = (location.get("physicalLocation") or {}).get("region") or {}
    line = region.get("startLine")
    return line if isinstance(line, int) else None


def _location_path(location: dict) -> str:
    # SARIF URIs are percent-encoded (`@scope` is `%40scope`): compare them as paths.
    return unquote(((location.get("physicalLocation") or {}).get("artifactLocation") or {}).get("uri", ""))


def findings_from_sarif(document: dict) -> list[Finding]:
    """Every result of a SARIF log, with the lines of all the places it points at.

    Regions are reduced to their start line: a related location that spans a whole handler
    would otherwise "point at" every line inside it.
    """
    found = []
    for run in document.get("runs", []):
        for result in run.get("results", []):
            primary = (result.get("locations") or [{}])[0]
            line = _start_line(primary)
            if line is None:
                continue
            places = [line]
            places += [n for loc in result.get("relatedLocations", []) if (n := _start_line(loc)) is not None]
            for flow in result.get("codeFlows", []):
                for thread in flow.get("threadFlows", []):
                    for step in thread.get("locations", []):
                        n = _start_line(step.get("location") or {})
                        if n is not None:
                            places.append(n)
            found.append(
                Finding(
                    path=_location_path(primary),
                    rule=result.get("ruleId", ""),
                    level=result.get("level", "warning"),
                    line=line,
                    lines=tuple(dict.fromkeys(places)),
                    fingerprint=(result.get("partialFingerprints") or {}).get("leaklint/v1", ""),
                    message=(result.get("message") or {}).get("text", ""),
                )
            )
    return found


def by_path(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.path, []).append(finding)
    return grouped


# ---------------------------------------------------------------------------------------------
# Recall scoring


def points_at(finding: Finding, leak_lines: Iterable[int], near: int = NEAR) -> bool:
    return any(abs(place - leak) <= near for place in finding.lines for leak in leak_lines)


def line_map(before: str, after: str) -> Callable[[int], int]:
    """Where a line of the file before the fix stands after it (1-based).

    Unchanged lines map exactly; a changed line maps to the start of what replaced it, so a
    finding that merely moved is still recognised as the same finding.
    """
    old, new = before.splitlines(), after.splitlines()
    opcodes = difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()

    def mapped(line: int) -> int:
        index = line - 1
        for tag, a0, a1, b0, b1 in opcodes:
            if a0 <= index < a1:
                if tag == "equal":
                    return b0 + (index - a0) + 1
                return b0 + 1
        return len(new) + 1

    return mapped


def survives(finding: Finding, after: Iterable[Finding], mapped: Callable[[int], int], near: int = NEAR) -> bool:
    """Whether the fixed file still reports what `finding` reported in the leaky one."""
    target = mapped(finding.line)
    for later in after:
        if later.rule != finding.rule:
            continue
        if finding.fingerprint and later.fingerprint == finding.fingerprint:
            return True
        if abs(later.line - target) <= near:
            return True
    return False


@dataclass
class CaseResult:
    case: Case
    error: str = ""  # why the case could not be scored (no clone, no such commit)
    matched: list[Finding] = field(default_factory=list)
    others: list[Finding] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)  # matched findings the fix left in place

    @property
    def scored(self) -> bool:
        return not self.error

    @property
    def found(self) -> bool:
        return bool(self.matched)

    @property
    def silenced(self) -> bool:
        return self.found and not self.remaining

    @property
    def level(self) -> str:
        """The most severe level among the findings that point at the leak."""
        return max((f.level for f in self.matched), key=LEVELS.index, default="")


def score_case(case: Case, before: list[Finding], after: list[Finding], before_text: str, after_text: str) -> CaseResult:
    matched = [f for f in before if points_at(f, case.leak_lines)]
    others = [f for f in before if f not in matched]
    mapped = line_map(before_text, after_text)
    remaining = [f for f in matched if survives(f, after, mapped)]
    return CaseResult(case=case, matched=matched, others=others, remaining=remaining)


@dataclass
class FamilyRow:
    family: str
    cases: int = 0
    scored: int = 0
    found: int = 0
    found_warning: int = 0  # found at warning or error level
    silenced: int = 0
    others: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.scored if self.scored else 0.0


def summarise(results: list[CaseResult]) -> list[FamilyRow]:
    """One row per family, then the total."""
    rows = {family: FamilyRow(family) for family in FAMILIES}
    total = FamilyRow("all")
    for result in results:
        for row in (rows[result.case.family], total):
            row.cases += 1
            if not result.scored:
                continue
            row.scored += 1
            row.others += len(result.others)
            if result.found:
                row.found += 1
                row.found_warning += result.level in ("warning", "error")
                row.silenced += result.silenced
    return [*rows.values(), total]


def recall_table(rows: list[FamilyRow], markdown: bool) -> str:
    header = ["family", "cases", "found", "recall", "found as warning+", "silenced by the fix", "other findings"]
    body = []
    for row in rows:
        name = f"{row.family} {FAMILIES[row.family]}" if row.family in FAMILIES else "total"
        cases = f"{row.scored}" if row.scored == row.cases else f"{row.scored} of {row.cases}"
        body.append([name, cases, str(row.found), f"{row.recall:.0%}", str(row.found_warning), f"{row.silenced} of {row.found}", str(row.others)])
    return _table(header, body, markdown)


# ---------------------------------------------------------------------------------------------
# Precision scoring


def find_verdict(verdicts: list[Verdict], repo: str, finding: Finding) -> Verdict | None:
    """A finding's verdict: by fingerprint first (lines move), else by place and rule."""
    for verdict in verdicts:
        if verdict.repo == repo and verdict.fingerprint and verdict.fingerprint == finding.fingerprint:
            return verdict
    for verdict in verdicts:
        if (verdict.repo, verdict.path, verdict.line, verdict.rule) == (repo, finding.path, finding.line, finding.rule):
            return verdict
    return None


@dataclass
class RuleRow:
    rule: str
    notes: int = 0
    warnings: int = 0
    verdicts: Counter = field(default_factory=Counter)
    untriaged: int = 0
    note_verdicts: Counter = field(default_factory=Counter)  # notes need no verdict, but may have one


def precision_rows(found: dict[str, list[Finding]], verdicts: list[Verdict]) -> tuple[list[RuleRow], list[tuple[str, Finding]]]:
    """Warnings per rule with their verdicts, and the warnings no verdict covers yet."""
    rows: dict[str, RuleRow] = {}
    untriaged = []
    for repo, findings in found.items():
        for finding in findings:
            row = rows.setdefault(finding.rule, RuleRow(finding.rule))
            verdict = find_verdict(verdicts, repo, finding)
            if finding.level not in TRIAGED_LEVELS:
                row.notes += 1
                if verdict is not None:
                    row.note_verdicts[verdict.verdict] += 1
                continue
            row.warnings += 1
            if verdict is None:
                row.untriaged += 1
                untriaged.append((repo, finding))
            else:
                row.verdicts[verdict.verdict] += 1
    ordered = sorted(rows.values(), key=lambda r: r.rule)
    total = RuleRow("total", notes=sum(r.notes for r in ordered), warnings=sum(r.warnings for r in ordered),
                    verdicts=sum((r.verdicts for r in ordered), Counter()), untriaged=sum(r.untriaged for r in ordered),
                    note_verdicts=sum((r.note_verdicts for r in ordered), Counter()))
    return [*ordered, total], untriaged


def precision_table(rows: list[RuleRow], markdown: bool) -> str:
    header = ["rule", "warnings", "REAL", "PLAUSIBLE", "FALSE", "untriaged", "notes", "notes REAL / PLAUSIBLE / FALSE"]
    body = [
        [r.rule, str(r.warnings), *(str(r.verdicts[v]) for v in VERDICTS), str(r.untriaged), str(r.notes),
         " / ".join(str(r.note_verdicts[v]) for v in VERDICTS)]
        for r in rows
    ]
    return _table(header, body, markdown)


def _table(header: list[str], body: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in [header, *body])


# ---------------------------------------------------------------------------------------------
# Clones, extraction and running leaklint


def git_dir(clones: Path, repo: str) -> Path | None:
    """The git directory of a repository's clone in `clones`, in any of the usual layouts."""
    owner, name = repo.split("/")
    for folder in (clones / f"{owner}+{name}", clones / owner / name, clones / name):
        for candidate in (folder / "repo", folder):
            if not candidate.is_dir():
                continue
            probe = subprocess.run(["git", "-C", str(candidate), "rev-parse", "--absolute-git-dir"], capture_output=True, text=True)
            if probe.returncode == 0:
                return Path(probe.stdout.strip())
    return None


def git_show(git: Path, commit: str, path: str) -> bytes | None:
    shown = subprocess.run(["git", f"--git-dir={git}", "show", f"{commit}:{path}"], capture_output=True)
    return shown.stdout if shown.returncode == 0 else None


def _fresh_tree(folder: Path) -> None:
    """An empty folder that is its own checkout top, so this project's .gitignore and config stay out."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True)


def run_leaklint(cwd: Path, paths: list[str]) -> list[Finding]:
    """leaklint as a user runs it, in SARIF, with no cache so the code under test is measured."""
    if not paths:
        return []
    out = cwd / f"leaklint-{uuid.uuid4().hex}.sarif"  # runs may share a folder, in parallel
    command = [sys.executable, "-m", "leaklint", "--format", "sarif", "--no-cache", "-o", str(out), *paths]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    if done.returncode not in (0, 1) and not out.exists():
        raise RuntimeError(f"leaklint failed in {cwd}: {done.stderr.strip()}")
    document = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    return findings_from_sarif(document)


def run_recall(cases: list[Case], clones: Path) -> list[CaseResult]:
    results: dict[str, CaseResult] = {}
    texts: dict[str, tuple[str, str]] = {}
    sides = {side: CACHE / "recall" / side for side in ("before", "after")}
    for folder in sides.values():
        _fresh_tree(folder)
    for case in cases:
        git = git_dir(clones, case.repo)
        if git is None:
            results[case.id] = CaseResult(case, error=f"no clone of {case.repo}")
            continue
        before, after = git_show(git, case.parent, case.path), git_show(git, case.fix, case.path)
        if before is None or after is None:
            results[case.id] = CaseResult(case, error=f"{case.path} not found at {case.parent[:8]} or {case.fix[:8]}")
            continue
        for side, content in (("before", before), ("after", after)):
            target = sides[side] / case.id / case.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        texts[case.id] = (before.decode("utf-8", "replace"), after.decode("utf-8", "replace"))
    relative = {case.id: f"{case.id}/{case.path}" for case in cases if case.id in texts}
    # One run per case and side: each case is a project of its own, so facts that leaklint joins
    # across the files of a run (a field emptied in another file) never cross from one case to another.
    jobs = [(side, folder, path) for side, folder in sides.items() for path in sorted(relative.values())]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        runs = list(pool.map(lambda job: (job[0], run_leaklint(job[1], [job[2]])), jobs))
    found = {side: by_path([f for s, found in runs if s == side for f in found]) for side in sides}
    for case in cases:
        if case.id in texts:
            path = relative[case.id]
            results[case.id] = score_case(case, found["before"].get(path, []), found["after"].get(path, []), *texts[case.id])
    return [results[case.id] for case in cases]


def run_precision(targets: list[Target], clones: Path) -> tuple[dict[str, list[Finding]], list[str]]:
    found, missing = {}, []
    for target in targets:
        git = git_dir(clones, target.repo)
        if git is None:
            missing.append(target.repo)
            continue
        tree = CACHE / "precision" / target.repo.replace("/", "+")
        _fresh_tree(tree)
        archive = subprocess.run(["git", f"--git-dir={git}", "archive", target.commit, "--", *target.paths], capture_output=True)
        if archive.returncode != 0:
            missing.append(f"{target.repo} (commit {target.commit[:8]} or its paths: {archive.stderr.decode().strip()})")
            continue
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        found[target.repo] = run_leaklint(tree, list(target.paths))
    return found, missing


# ---------------------------------------------------------------------------------------------
# Command line


def update_readme(marker: str, body: str, readme: Path = README) -> None:
    """Replace what stands between `<!-- marker -->` and `<!-- /marker -->`, atomically."""
    text = readme.read_text(encoding="utf-8")
    start, end = f"<!-- {marker} -->\n", f"\n<!-- /{marker} -->"
    if start not in text or end not in text:
        raise ManifestError(f"README.md has no {start.strip()} ... {end.strip()} block")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    temporary = readme.with_name(readme.name + ".tmp")
    temporary.write_text(head + start + body + end + tail, encoding="utf-8")
    os.replace(temporary, readme)


def _recall(args: argparse.Namespace) -> int:
    results = run_recall(load_cases(args.cases), args.clones)
    print(f"Recall on {len(results)} real leak fixes (a finding within {NEAR} lines of a leak line):\n")
    print(recall_table(summarise(results), args.markdown))
    if args.update_readme:
        update_readme("recall-table", recall_table(summarise(results), markdown=True))
    for result in results:
        if not result.scored:
            print(f"  not scored  {result.case.id}: {result.error}")
    print("\nMissed:" if any(r.scored and not r.found for r in results) else "")
    for result in results:
        if result.scored and not result.found:
            print(f"  {result.case.id}  {result.case.path}:{','.join(map(str, result.case.leak_lines))}  {result.case.pattern or result.case.description}")
    if args.verbose:
        print("\nFound:")
        for result in results:
            if result.found:
                state = "silenced by the fix" if result.silenced else "still reported after the fix"
                rules = ", ".join(sorted({f"{f.rule} ({f.level}) at {f.line}" for f in result.matched}))
                print(f"  {result.case.id}  {rules}; {state}")
        print("\nOther findings in the leaky files:")
        for result in results:
            for other in result.others:
                print(f"  {result.case.id}  {other.path}:{other.line} {other.rule} ({other.level}) {other.message}")
    return 0


def _precision(args: argparse.Namespace) -> int:
    targets = load_targets()
    found, missing = run_precision(targets, args.clones)
    rows, untriaged = precision_rows(found, load_triage())
    kinds = Counter(t.kind for t in targets if t.repo in found)
    print(f"Precision on {kinds['library']} libraries and {kinds['application']} applications:\n")
    print(precision_table(rows, args.markdown))
    by_kind = []
    for kind in ("library", "application"):
        findings = [f for t in targets if t.kind == kind for f in found.get(t.repo, [])]
        warnings = sum(f.level in TRIAGED_LEVELS for f in findings)
        by_kind.append(f"{kind} code: {warnings} warnings, {len(findings) - warnings} notes")
        print(by_kind[-1])
    if args.update_readme:
        update_readme("precision-table", precision_table(rows, markdown=True) + "\n\n" + "; ".join(by_kind).capitalize() + ".")
    for repo in missing:
        print(f"  not scored: {repo}")
    if args.verbose:
        print("\nWarnings per repository:")
        for repo, findings in found.items():
            warnings = [f for f in findings if f.level in TRIAGED_LEVELS]
            print(f"  {repo}: {len(warnings)} warnings, {len(findings) - len(warnings)} notes")
    if untriaged:
        print(f"\n{len(untriaged)} warnings have no verdict in {TRIAGE_FILE.name} yet:")
        for repo, finding in untriaged:
            print(f"  UNTRIAGED {repo} {finding.path}:{finding.line} {finding.rule} [{finding.fingerprint}] {finding.message}")
        return 1
    return 0


def _missing(args: argparse.Namespace) -> int:
    repos = sorted({c.repo for c in load_cases()} | {t.repo for t in load_targets()})
    absent = [repo for repo in repos if git_dir(args.clones, repo) is None]
    for repo in absent:
        print(f"git clone https://github.com/{repo} {args.clones / repo.replace('/', '+')}")
    print(f"{len(repos) - len(absent)} of {len(repos)} repositories are present in {args.clones}", file=sys.stderr)
    return 1 if absent else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, handler, help_text in (
        ("recall", _recall, "score the real leak fixes of cases.toml"),
        ("precision", _precision, "count and check the triage of warnings on precision.toml's repositories"),
        ("missing", _missing, "print clone commands for the repositories not in --clones"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--clones", type=Path, required=True, help="folder of local clones")
        command.add_argument("--markdown", action="store_true", help="tables in Markdown, as README.md shows them")
        command.add_argument("--verbose", action="store_true", help="list every finding behind the numbers")
        command.add_argument("--update-readme", action="store_true", help="write the table into README.md's Accuracy section")
        command.set_defaults(handler=handler)
        if name == "recall":
            command.add_argument("--cases", type=Path, default=CASES_FILE, help="another manifest of cases (default: cases.toml)")
    args = parser.parse_args(argv)
    if not args.clones.is_dir():
        parser.error(f"--clones {args.clones}: no such folder")
    try:
        return args.handler(args)
    except ManifestError as error:
        print(f"score.py: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
