"""The JSON format: a stable, documented schema (see README, "JSON output").

Keys are only ever added, never renamed or removed, within a schema version.
"""

from __future__ import annotations

import json
from collections import Counter

from .. import __version__
from ..findings import Finding, Location, Notification, Related
from . import Run

SCHEMA_VERSION = 1


def _location(loc: Location) -> dict:
    return {
        "path": loc.path,
        "start_line": loc.start_line,
        "start_column": loc.start_column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
    }


def _related(related: Related) -> dict:
    return {**_location(related.location), "message": related.message}


def _finding(finding: Finding) -> dict:
    return {
        "rule_id": finding.rule_id,
        "severity": finding.severity.value,
        "message": finding.message,
        "location": _location(finding.location),
        "related": [_related(r) for r in finding.related],
        "code_flow": [_related(r) for r in finding.code_flow],
        "fingerprint": finding.fingerprint,
        "suppressed": finding.suppression is not None,
        "suppression_reason": finding.suppression or None,
        "baseline_state": finding.baseline_state,
    }


def _notification(note: Notification) -> dict:
    return {
        "path": note.path,
        "kind": note.kind.value,
        "severity": note.severity.value,
        "message": note.message,
        "line": note.line,
        "column": note.column,
    }


def render(run: Run) -> str:
    findings = run.result.findings
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "leaklint", "version": __version__},
        "findings": [_finding(f) for f in findings],
        "notifications": [_notification(n) for n in run.result.notifications],
        "summary": {
            "files": run.file_count,
            "findings": len(findings),
            "by_severity": dict(sorted(Counter(f.severity.value for f in findings).items())),
            "by_rule": dict(sorted(Counter(f.rule_id for f in findings).items())),
            "suppressed": sum(1 for f in findings if f.suppression is not None),
            "in_baseline": sum(1 for f in findings if f.suppression is None and f.baseline_state == "unchanged"),
            "exit_code": run.exit_code,
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
