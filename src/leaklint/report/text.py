"""The terminal format: `path:line:col: rule-id message`, a code frame, a summary line."""

from __future__ import annotations

from collections import Counter

from ..findings import Finding, Severity
from . import Run

COLORS = {"bold": "1", "red": "31", "yellow": "33", "cyan": "36", "dim": "2"}
SEVERITY_COLOR = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


class Painter:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, *styles: str) -> str:
        if not self.enabled or not styles:
            return text
        codes = ";".join(COLORS[s] for s in styles)
        return f"\x1b[{codes}m{text}\x1b[0m"


def render(run: Run) -> str:
    paint = Painter(run.color)
    lines: list[str] = []
    for finding in shown_findings(run):
        lines.append(_headline(finding, paint))
        if not run.quiet:
            lines.extend(_frame(finding, paint))
            lines.extend(_related(finding, paint))
    if not run.quiet:
        lines.append(_summary(run))
    return "\n".join(lines) + ("\n" if lines else "")


def _headline(finding: Finding, paint: Painter) -> str:
    loc = finding.location
    where = paint(f"{loc.path}:{loc.start_line}:{loc.start_column}:", "bold")
    rule = paint(finding.rule_id, SEVERITY_COLOR[finding.severity], "bold")
    severity = "" if finding.severity is Severity.WARNING else f"[{finding.severity.value}] "
    suppressed = "" if finding.suppression is None else paint("[suppressed] ", "dim")
    return f"{where} {rule} {suppressed}{severity}{finding.message}"


def _frame(finding: Finding, paint: Painter) -> list[str]:
    if not finding.snippet:
        return []
    loc = finding.location
    gutter = str(loc.start_line)
    pad = " " * len(gutter)
    line = finding.snippet.expandtabs(4)
    start = len(finding.snippet[: loc.start_column - 1].expandtabs(4))
    end = loc.end_column - 1 if loc.end_line == loc.start_line else len(finding.snippet)
    width = max(1, len(finding.snippet[: max(end, loc.start_column - 1)].expandtabs(4)) - start)
    return [
        f"  {paint(gutter, 'dim')} | {line}",
        f"  {pad} | {' ' * start}{paint('^' * width, SEVERITY_COLOR[finding.severity])}",
    ]


def _related(finding: Finding, paint: Painter) -> list[str]:
    steps = finding.code_flow or finding.related
    return [
        paint(f"    {'->' if finding.code_flow else 'note:'} {r.location.path}:{r.location.start_line}:{r.location.start_column}: {r.message}", "dim")
        for r in steps
    ]


def shown_findings(run: Run) -> list[Finding]:
    """Suppressed findings only on request, findings already in the baseline never."""
    return [
        f for f in run.result.findings
        if f.baseline_state != "unchanged" and (f.suppression is None or run.show_suppressed)
    ]


def _summary(run: Run) -> str:
    findings = [f for f in run.result.findings if f.counts]
    files = run.file_count
    noun = "file" if files == 1 else "files"
    hidden = _hidden(run)
    if not findings:
        return f"No leaks found in {files} {noun}{hidden}."
    counts = Counter(f.severity for f in findings)
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in (Severity.ERROR, Severity.WARNING, Severity.NOTE) if counts[s]]
    total = len(findings)
    return f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)}) in {files} {noun}{hidden}."


def _hidden(run: Run) -> str:
    suppressed = sum(1 for f in run.result.findings if f.suppression is not None)
    baselined = sum(1 for f in run.result.findings if f.suppression is None and f.baseline_state == "unchanged")
    parts = []
    if suppressed:
        parts.append(f"{suppressed} suppressed{'' if run.show_suppressed else ' (--show-suppressed lists them)'}")
    if baselined:
        parts.append(f"{baselined} in the baseline")
    return f"; {', '.join(parts)}" if parts else ""


def render_notifications(run: Run) -> str:
    """Notifications go to stderr in text mode, so stdout stays a list of findings."""
    lines = []
    for note in run.result.notifications:
        if run.quiet and note.severity is Severity.NOTE:
            continue
        where = note.path + (f":{note.line}:{note.column}" if note.line else "")
        lines.append(f"{where}: {note.severity.value}: {note.message}")
    return "\n".join(lines) + ("\n" if lines else "")
