"""The result cache: a file whose content, path, rules, settings and leaklint itself are
unchanged is not analysed again.

One index per context (leaklint's code, the rules, the settings): a JSON file mapping each
path to the hash of its content and its result, read once at the start of a run and written
once at its end. Hundreds of small entry files cost more to create than the analysis they
saved. Never pickle: whoever can write the cache folder must not be able to run code. The
index is written to a temporary file and renamed into place, after merging what other runs
wrote meanwhile, so concurrent runs can lose each other's entries (a later miss) but never
read a partial index. A damaged index or entry is a miss. Per-file project facts are cached
with the findings, so the cross-file join of a warm run reads only cached facts; and when no
file changed at all, the joined findings of the last run are taken as they are (a second, small
file per context), without rebuilding any file's facts.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, Iterable

from . import __version__
from .findings import FileResult, Finding, HelperCall, ImportedUse, Location, Notification, NoticeKind, ReExport, Related, Requirement, Severity, Summary

CACHE_DIR_NAME = ".leaklint_cache"
FORMAT = 19  # 3: pending findings stored once per helper call (_pending_compact); 4: options slots; 5: helper calls judged or listed;
# 6: imported containers (a requirement's container, a hand-off's helper); 7: disposers by property (taken, disposer_key), removers handed the same container (handed_with, removers)
# 8: summaries of what a helper hands out that grows per call of its own (per_result_call); 9: counterparts called with another function (mismatched)
# 10: what a caller does with the instance a call makes (instance_calls, instance_partial, handed_on); parameters kept on another's object (keeps_slot, handed_closure)
# 11: a start kept over the entry under the caller's key (over_key_slot); 12: a pool connection lent by another module's function (lender)
# 13: a loop an instance's teardown does not end (outlives_teardown); 14: what a summary starts, named (resource)
# 15: two parameters a summary pairs (partner_slot), and the caller's argument beside the slot's (partner);
# a `once` that holds only on an object the platform reuses (reused_only, reused); a parameter piped into another (pipe_into, piped_into)
# 16: a watchdog timer a helper never clears (slot WATCHDOG)
# 17: the helper a finding stands in (in_helper), and where a file first calls a helper (site)
# 18: arguments a guard checks with an imported predicate (a requirement's and a helper call's `guarded`)
# 19: the methods a caller calls on a kept handle (ended_with) and the only ones that end it (own_releases);
# the property of a helper's result that holds what it opens (result_property)


def code_fingerprint() -> str:
    """leaklint's own version and source files: a changed analyzer never trusts old entries."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}:{FORMAT}".encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".toml") and path.is_file():
            stat = path.stat()
            digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


class Cache:
    def __init__(self, folder: Path, context: Iterable[Any]) -> None:
        self.folder = folder
        digest = hashlib.sha256(code_fingerprint().encode())
        for part in context:  # plain data only: a set's order would change between runs
            digest.update(json.dumps(part, sort_keys=True).encode())
        self.context = digest.hexdigest()
        self.hits = 0
        self.misses = 0
        self._entries: dict[str, list] | None = None  # path -> [content key, result], as stored
        self._fresh: dict[str, list] = {}

    @property
    def index(self) -> Path:
        return self.folder / f"v{FORMAT}" / f"{self.context}.json"

    def key(self, path: str, content: bytes) -> str:
        digest = hashlib.sha256(path.encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        digest.update(content)
        return digest.hexdigest()

    def get(self, path: str, key: str) -> FileResult | None:
        if self._entries is None:
            self._entries = self._read_index()
        entry = self._entries.get(path)
        try:
            if entry is None or entry[0] != key:
                raise KeyError(path)
            result = _result_from(entry[1])
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, path: str, key: str, result: FileResult) -> None:
        if any(n.is_failure for n in result.notifications):
            return  # an unreadable file may be readable next time
        stored = asdict(replace(result, pending=()))
        stored["pending_sites"], stored["pending"] = _pending_compact(result.pending)
        self._fresh[path] = [key, stored]

    def project_key(self, files: list[tuple[str, str]]) -> str:
        """One key for a whole run: every file's path and content key, in this context."""
        digest = hashlib.sha256(self.context.encode())
        for path, key in sorted(files):
            digest.update(f"{path}\0{key}\n".encode("utf-8", "surrogateescape"))
        return digest.hexdigest()

    @property
    def joined_index(self) -> Path:
        return self.folder / f"v{FORMAT}" / f"{self.context}.joined.json"

    def joined(self, key: str) -> list[FileResult] | None:
        """The joined findings of the last run over exactly these files, if that was this run."""
        try:
            data = json.loads(self.joined_index.read_text(encoding="utf-8"))
            if data["key"] != key:
                return None
            self.hits += len(data["results"])
            return [FileResult(r["path"], tuple(_finding(f) for f in r["findings"]), tuple(_notification(n) for n in r["notifications"]))
                    for r in data["results"]]
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None

    def put_joined(self, key: str, results: list[FileResult]) -> None:
        """Keep a run's joined findings (only those: the per-file facts are in the index) for
        the next run over the same files; a run with a file that failed keeps nothing."""
        if any(n.is_failure for r in results for n in r.notifications):
            return
        stored = {"key": key, "results": [{"path": r.path, "findings": [asdict(f) for f in r.findings],
                                           "notifications": [asdict(n) for n in r.notifications]} for r in results]}
        try:
            self.joined_index.parent.mkdir(parents=True, exist_ok=True)
            self._mark_folder()
            _write_json(self.joined_index, stored)
        except OSError:
            pass  # a read-only or full disk makes the cache useless, not the run wrong

    def save(self) -> None:
        """Write this run's new entries, merged into the index as it is on disk now."""
        if not self._fresh:
            return  # a warm run writes nothing
        try:
            self.index.parent.mkdir(parents=True, exist_ok=True)
            self._mark_folder()
            _write_json(self.index, {"entries": {**self._read_index(), **self._fresh}})
        except OSError:
            pass  # a read-only or full disk makes the cache useless, not the run wrong
        self._fresh = {}

    def _read_index(self) -> dict[str, list]:
        try:
            data = json.loads(self.index.read_text(encoding="utf-8"))
            entries = data["entries"]
            return entries if isinstance(entries, dict) else {}
        except (OSError, ValueError, KeyError, TypeError):
            return {}  # none yet, or damaged: every file is a miss

    def _mark_folder(self) -> None:
        """Like ruff: keep the cache out of git and out of backups."""
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# Automatically created by leaklint.\n*\n", encoding="utf-8")
            (self.folder / "CACHEDIR.TAG").write_text(
                "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by leaklint.\n",
                encoding="utf-8",
            )


def _write_json(path: Path, data: Any) -> None:
    """Written to a temporary file and renamed into place: a reader never sees half of it."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, default=_enum_value, separators=(",", ":"))
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def clean(folder: Path) -> bool:
    """Remove a cache folder; refuses anything that does not look like one."""
    if not folder.is_dir():
        return False
    if not (folder / "CACHEDIR.TAG").is_file() and folder.name != CACHE_DIR_NAME:
        raise OSError(f"{folder} does not look like a leaklint cache (no CACHEDIR.TAG)")
    shutil.rmtree(folder)
    return True


def _enum_value(value: Any) -> Any:
    if isinstance(value, (Severity, NoticeKind)):
        return value.value
    raise TypeError(f"cannot cache {type(value).__name__}")


def _location(data: dict) -> Location:
    return Location(data["path"], data["start_line"], data["start_column"], data["end_line"], data["end_column"])


def _related(data: dict) -> Related:
    return Related(_location(data["location"]), data["message"])


def _finding(data: dict) -> Finding:
    return Finding(
        rule_id=data["rule_id"],
        severity=Severity(data["severity"]),
        message=data["message"],
        location=_location(data["location"]),
        related=tuple(_related(r) for r in data["related"]),
        code_flow=tuple(_related(r) for r in data["code_flow"]),
        fingerprint=data["fingerprint"],
        snippet=data["snippet"],
        exported_as=tuple(tuple(chain) for chain in data["exported_as"]),
        suppression=data["suppression"],
        baseline_state=data["baseline_state"],
        needs=_requirement(data["needs"]) if data.get("needs") else None,
        in_helper=tuple(tuple(chain) for chain in data.get("in_helper", ())),
    )


def _requirement(data: dict) -> Requirement:
    site = _location(data["site"]) if data.get("site") else None
    return Requirement(data["rule_id"], data["specifier"], tuple(data["chain"]), data["slot"], data["argument"], data["kept"],
                       tuple(data["literals"]), site, tuple(data.get("fresh", ())), tuple(tuple(c) for c in data.get("relay", ())),
                       tuple(data.get("self_ending", ())), _specified_chain(data.get("container")), data.get("left_by_timeout", False),
                       data.get("hands_back", False), tuple(tuple(c) for c in data.get("partial", ())), data.get("partial_path", ""),
                       data.get("first_on_fresh", False), tuple(data.get("lent_to", (-1, -1))),
                       tuple(data["taken"]) if data.get("taken") is not None else None, tuple(tuple(c) for c in data.get("handed_with", ())),
                       tuple(data.get("mismatched", ())), tuple(data.get("instance_calls", ())), tuple(data.get("instance_partial", ())),
                       data.get("handed_on", False), data.get("handed_closure", -1), data.get("torn_down", False),
                       data.get("instance_read", False), _specified_chain(data.get("lender")), data.get("partner", -1),
                       data.get("reused", False), data.get("piped_into", -1), _guards(data.get("guarded", ())),
                       tuple(data["ended_with"]) if data.get("ended_with") is not None else None, data.get("result_property", ""))


def _guards(data: list) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    return tuple((index, specifier, tuple(chain)) for index, specifier, chain in data)


def _specified_chain(data: "list | None") -> "tuple[str, tuple[str, ...]] | None":
    return (data[0], tuple(data[1])) if data else None


def _imported_use(data: dict) -> ImportedUse:
    via = data.get("via")
    return ImportedUse(data["specifier"], tuple(data["chain"]), (via[0], tuple(via[1]), via[2]) if via else None)


def _summary(data: dict) -> Summary:
    return Summary(data["rule_id"], tuple(data["chain"]), data["slot"], data["helper"], _location(data["location"]),
                   data["action"], data["event"], data["event_slot"], data["disposer"], data.get("key_slot", -1), data.get("value_slot", -1),
                   tuple(tuple(c) for c in data.get("unless_used", ())), data.get("options_slot", -1), data.get("omitted_slot", -1),
                   data.get("replaces", False), data.get("removed_only", ""),
                   tuple(data.get("lent_to", (-1, -1))), tuple(data.get("other_key_slots", ())), data.get("disposer_key", ""),
                   tuple(tuple(c) for c in data.get("removers", ())), data.get("per_result_call", False), data.get("keeps_slot", -1),
                   data.get("once_per_instance", False), data.get("over_key_slot", -1),
                   data.get("outlives_teardown", False), data.get("resource", ""), data.get("partner_slot", -1),
                   data.get("reused_only", False), data.get("pipe_into", -1), tuple(data.get("own_releases", ())),
                   data.get("result_property", ""))


def _notification(data: dict) -> Notification:
    return Notification(data["path"], NoticeKind(data["kind"]), data["message"], Severity(data["severity"]), data["line"], data["column"])


def _pending_compact(pending: tuple[Finding, ...]) -> tuple[list[dict], list[list]]:
    """Every rule's pending finding of one helper call shares its place, line and requirement
    (but its rule): stored once per call, with each rule's own fields beside it. Most of a
    warm run's index is these."""
    sites: list[dict] = []
    index: dict[str, int] = {}
    rows = []
    for finding in pending:
        needs = asdict(finding.needs) if finding.needs is not None else None
        if needs is not None:
            needs.pop("rule_id")
        shared = {"location": asdict(finding.location), "snippet": finding.snippet, "needs": needs}
        spelled = json.dumps(shared, sort_keys=True)
        if spelled not in index:
            index[spelled] = len(sites)
            sites.append(shared)
        rows.append([index[spelled], finding.rule_id, finding.severity.value, finding.message, [asdict(r) for r in finding.related],
                     [asdict(r) for r in finding.code_flow], finding.fingerprint, [list(c) for c in finding.exported_as]])
    return sites, rows


def _pending_from(sites: list[dict], rows: list[list]) -> tuple[Finding, ...]:
    places = [(_location(site["location"]), site["snippet"], site["needs"]) for site in sites]
    found = []
    for site, rule_id, severity, message, related, code_flow, fingerprint, exported_as in rows:
        location, snippet, needs = places[site]
        found.append(Finding(rule_id, Severity(severity), message, location, tuple(_related(r) for r in related),
                             tuple(_related(r) for r in code_flow), fingerprint, snippet, tuple(tuple(c) for c in exported_as),
                             needs=_requirement({**needs, "rule_id": rule_id}) if needs is not None else None))
    return tuple(found)


def _result_from(data: dict) -> FileResult:
    return FileResult(
        path=data["path"],
        findings=tuple(_finding(f) for f in data["findings"]),
        notifications=tuple(_notification(n) for n in data["notifications"]),
        imported_uses=tuple(_imported_use(u) for u in data["imported_uses"]),
        reexports=tuple(ReExport(tuple(r["ours"]), r["specifier"], tuple(r["theirs"])) for r in data["reexports"]),
        summaries=tuple(_summary(x) for x in data.get("summaries", ())),
        pending=_pending_from(data["pending_sites"], data["pending"]),
        imports=tuple(data.get("imports", ())),
        helper_calls=tuple(HelperCall(c["specifier"], tuple(c["chain"]), c["once"], tuple(c.get("literals", ())), c["judged"], c.get("at_shutdown", False),
                                      _location(c["site"]) if c.get("site") else None, c.get("snippet", ""), _guards(c.get("guarded", ())))
                           for c in data.get("helper_calls", ())),
        unlisted=tuple((specifier, tuple(chain)) for specifier, chain in data["unlisted"]),
    )
