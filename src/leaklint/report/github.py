"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""

from __future__ import annotations

from ..findings import Severity
from . import Run

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(run: Run) -> str:
    lines = []
    for finding in run.result.findings:
        if not finding.counts:
            continue  # suppressed or in the baseline: annotations are for what needs attention
        loc = finding.location
        properties = ",".join(
            [
                f"file={_escape_property(loc.path)}",
                f"line={loc.start_line}",
                f"col={loc.start_column}",
                f"endLine={loc.end_line}",
                f"endColumn={loc.end_column}",
                f"title={_escape_property('leaklint ' + finding.rule_id)}",
            ]
        )
        lines.append(f"::{COMMAND[finding.severity]} {properties}::{_escape_data(finding.message)}")
    for note in run.result.notifications:
        where = f"file={_escape_property(note.path)}" + (f",line={note.line}" if note.line else "")
        lines.append(f"::{COMMAND[note.severity]} {where},title=leaklint::{_escape_data(note.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
