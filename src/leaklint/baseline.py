"""Baselines: adopt leaklint on legacy code by failing only on findings that are new.

A baseline file lists today's findings by fingerprint (leaklint.findings.fingerprint), which
names the rule, the file, the enclosing functions and the flagged line's text, never its line
number: a finding keeps matching when lines are added above it or elsewhere in the file, and
drops out once it is fixed.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from .findings import Finding
from .output import write_atomically

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names the file."""


def write_baseline(path: Path, findings: list[Finding]) -> None:
    entries = [
        {"fingerprint": f.fingerprint, "rule_id": f.rule_id, "path": f.location.path, "line": f.location.start_line, "message": f.message}
        for f in findings
        if f.suppression is None
    ]
    document = {"leaklint_baseline": VERSION, "findings": entries}
    write_atomically(path, json.dumps(document, indent=2, sort_keys=True) + "\n")


def read_baseline(path: Path) -> set[str]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BaselineError(f"{path}: cannot read baseline: {error}") from None
    if not isinstance(document, dict) or document.get("leaklint_baseline") != VERSION or not isinstance(document.get("findings"), list):
        raise BaselineError(f"{path}: not a leaklint baseline (version {VERSION})")
    return {entry["fingerprint"] for entry in document["findings"] if isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str)}


def apply_baseline(findings: list[Finding], known: set[str]) -> list[Finding]:
    """Mark each finding new or unchanged against the baseline."""
    return [replace(f, baseline_state="unchanged" if f.fingerprint in known else "new") for f in findings]
