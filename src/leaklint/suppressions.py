"""Inline suppressions: `// leaklint-disable-next-line <rule-id> -- reason` and friends.

Three forms, as in ESLint: `leaklint-disable-next-line`, `leaklint-disable-line` and a
file-wide `leaklint-disable`. Rule ids are separated by commas or spaces; none means every
rule. Suppressed findings are kept and marked (SARIF reports them as inSource suppressions),
and a directive that names an unknown rule, suppresses nothing, or (in strict mode) gives no
reason is reported back to the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from tree_sitter import QueryCursor

from .findings import Finding, Notification, NoticeKind, Severity
from .parse import SourceFile, query
from .settings import Policy

DIRECTIVE = re.compile(r"leaklint-(disable-next-line|disable-line|disable)(?=\s|$|\*/)\s*(.*)", re.S)


@dataclass
class Directive:
    kind: str  # 'disable-next-line', 'disable-line' or 'disable'
    line: int  # the comment's line (1-based)
    target: int | None  # the line it covers; None for the whole file
    rules: tuple[str, ...]  # empty: every rule
    reason: str
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> bool:
        if self.target is not None and finding.location.start_line != self.target:
            return False
        return not self.rules or finding.rule_id in self.rules


def directives(source: SourceFile) -> list[Directive]:
    if b"leaklint-disable" not in source.data:
        return []
    found = []
    comments = QueryCursor(query(source.language, "(comment) @c")).captures(source.root).get("c", [])
    for comment in sorted(comments, key=lambda n: n.start_byte):
        body = (comment.text or b"").decode("utf-8", "replace")
        body = body[2:] if body.startswith("//") else body[2:-2] if body.startswith("/*") else body
        match = DIRECTIVE.search(body)
        if match is None:
            continue
        kind, rest = match.group(1), match.group(2).strip()
        ids, _, reason = rest.partition("--")
        rules = tuple(r for r in re.split(r"[\s,]+", ids.strip()) if r)
        start, end = comment.start_point[0] + 1, comment.end_point[0] + 1
        target = {"disable-next-line": end + 1, "disable-line": start, "disable": None}[kind]
        found.append(Directive(kind, start, target, rules, reason.strip()))
    return found


def apply(findings: list[Finding], source: SourceFile, policy: Policy) -> tuple[list[Finding], list[Notification]]:
    """Mark suppressed findings and report directives that are unknown, unused or unexplained."""
    found = directives(source)
    if not found:
        return findings, []
    notes: list[Notification] = []
    usable = []
    for directive in found:
        unknown = [r for r in directive.rules if r not in policy.known_rules]
        for rule_id in unknown:
            notes.append(_note(source, directive, f"unknown rule {rule_id!r} in leaklint-{directive.kind} comment"))
        if policy.strict and not directive.reason:
            notes.append(_note(source, directive, f"leaklint-{directive.kind} comment without a reason after `--`; it suppresses nothing in strict mode"))
            continue
        usable.append(directive)
    marked = []
    for finding in findings:
        directive = next((d for d in usable if d.covers(finding)), None)
        if directive is None:
            marked.append(finding)
            continue
        directive.used.add(finding.rule_id)
        marked.append(replace(finding, suppression=directive.reason))
    for directive in usable:
        named = [r for r in directive.rules if r in policy.active_rules]
        if directive.rules and not named:
            continue  # only unknown or inactive rules: nothing it could have suppressed this run
        unused = [r for r in named if r not in directive.used] if directive.rules else ([] if directive.used else ["any rule"])
        for rule_id in unused:
            what = "any finding" if rule_id == "any rule" else f"a {rule_id} finding"
            notes.append(_note(source, directive, f"unused leaklint-{directive.kind} comment: it suppresses {what} that does not occur here"))
    return marked, notes


def _note(source: SourceFile, directive: Directive, message: str) -> Notification:
    return Notification(source.path, NoticeKind.SUPPRESSION, message, Severity.WARNING, directive.line, 1)
