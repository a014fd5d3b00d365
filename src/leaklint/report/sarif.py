"""SARIF 2.1.0, built with sarif-om, for GitHub code scanning and other SARIF viewers.

Rule descriptors come straight from rules/*.toml; paths are relative to %SRCROOT% (the
current folder) so code scanning maps them onto the repository. Notifications about files
that could not be read or parsed become toolExecutionNotifications.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

import attr
import sarif_om as sarif

from .. import __version__
from ..findings import Finding, Location, Notification, Related, Severity
from ..rules import Rule
from . import Run

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "leaklint/v1"
ALWAYS_WRITTEN = frozenset({"level", "version"})


def artifact_location(path: str, root: Path | None = None) -> sarif.ArtifactLocation:
    """A URI relative to %SRCROOT% when the file lies below it, an absolute file URI otherwise."""
    absolute = Path(os.path.abspath(path))
    root = root or Path(os.getcwd())
    try:
        relative = absolute.relative_to(root).as_posix()
    except ValueError:
        return sarif.ArtifactLocation(uri=absolute.as_uri())
    return sarif.ArtifactLocation(uri=quote(relative, safe="/"), uri_base_id=SRCROOT)


def _region(loc: Location, snippet: str | None = None) -> sarif.Region:
    return sarif.Region(
        start_line=loc.start_line,
        start_column=loc.start_column,
        end_line=loc.end_line,
        end_column=loc.end_column,
        snippet=sarif.ArtifactContent(text=snippet) if snippet else None,
    )


def _location(loc: Location, root: Path, message: str | None = None, ident: int | None = None, snippet: str | None = None) -> sarif.Location:
    return sarif.Location(
        id=ident,
        physical_location=sarif.PhysicalLocation(artifact_location=artifact_location(loc.path, root), region=_region(loc, snippet)),
        message=sarif.Message(text=message) if message else None,
    )


def _descriptor(rule: Rule) -> sarif.ReportingDescriptor:
    return sarif.ReportingDescriptor(
        id=rule.id,
        name=rule.name,
        short_description=sarif.MultiformatMessageString(text=rule.short_description),
        full_description=sarif.MultiformatMessageString(text=rule.full_description),
        help=sarif.MultiformatMessageString(text=rule.help_text, markdown=rule.help_markdown),
        default_configuration=sarif.ReportingConfiguration(level=rule.severity.value),
        properties={"tags": list(rule.tags), "precision": "high", "problem.severity": _problem_severity(rule.severity)},
    )


def _problem_severity(severity: Severity) -> str:
    return {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "recommendation"}[severity]


def _code_flow(steps: tuple[Related, ...], root: Path) -> list[sarif.CodeFlow]:
    if not steps:
        return []
    locations = [sarif.ThreadFlowLocation(location=_location(step.location, root, step.message)) for step in steps]
    return [sarif.CodeFlow(thread_flows=[sarif.ThreadFlow(locations=locations)])]


def _result(finding: Finding, rule_index: dict[str, int], root: Path) -> sarif.Result:
    suppressions = None
    if finding.suppression is not None:
        suppressions = [sarif.Suppression(kind="inSource", justification=finding.suppression or None)]
    return sarif.Result(
        rule_id=finding.rule_id,
        rule_index=rule_index[finding.rule_id],
        level=finding.severity.value,
        kind="fail",
        message=sarif.Message(text=finding.message),
        locations=[_location(finding.location, root, snippet=finding.snippet or None)],
        related_locations=[_location(r.location, root, r.message, ident=i) for i, r in enumerate(finding.related, 1)] or None,
        code_flows=_code_flow(finding.code_flow, root) or None,
        partial_fingerprints={FINGERPRINT_KEY: finding.fingerprint},
        suppressions=suppressions,
        baseline_state=finding.baseline_state,
    )


def _notification(note: Notification, root: Path) -> sarif.Notification:
    region = sarif.Region(start_line=note.line, start_column=note.column) if note.line else None
    return sarif.Notification(
        level=note.severity.value,
        message=sarif.Message(text=note.message),
        locations=[
            sarif.Location(
                physical_location=sarif.PhysicalLocation(artifact_location=artifact_location(note.path), region=region)
            )
        ],
        descriptor=sarif.ReportingDescriptorReference(id=f"leaklint/{note.kind.value}"),
    )


def build_log(run: Run) -> sarif.SarifLog:
    root = run.root or Path(os.getcwd())
    rules = sorted(run.rules, key=lambda r: r.id)
    rule_index = {rule.id: i for i, rule in enumerate(rules)}
    driver = sarif.ToolComponent(
        name="leaklint",
        version=__version__,
        semantic_version=__version__,
        rules=[_descriptor(rule) for rule in rules],
    )
    invocation = sarif.Invocation(
        execution_successful=run.exit_code != 2,
        exit_code=run.exit_code,
        command_line=run.command_line or None,
        tool_execution_notifications=[_notification(n, root) for n in run.result.notifications] or None,
    )
    root_uri = root.as_uri().rstrip("/") + "/"
    return sarif.SarifLog(
        version="2.1.0",
        schema_uri=SCHEMA_URI,
        runs=[
            sarif.Run(
                tool=sarif.Tool(driver=driver),
                invocations=[invocation],
                original_uri_base_ids={SRCROOT: sarif.ArtifactLocation(uri=root_uri)},
                column_kind="unicodeCodePoints",
                results=[_result(f, rule_index, root) for f in run.result.findings],
                automation_details=sarif.RunAutomationDetails(id=f"{run.category.strip('/')}/") if run.category else None,
                version_control_provenance=_provenance(run),
            )
        ],
    )


def _provenance(run: Run) -> list[sarif.VersionControlDetails] | None:
    """The commit the results belong to; SARIF requires a repository URI, so no remote, no entry."""
    checkout = run.checkout
    if checkout is None or not checkout.remote:
        return None
    return [
        sarif.VersionControlDetails(
            repository_uri=checkout.remote,
            revision_id=checkout.revision,
            branch=checkout.branch,
            mapped_to=sarif.ArtifactLocation(uri_base_id=SRCROOT) if run.root == checkout.root else None,
        )
    ]


def to_json(value):
    """sarif-om objects to SARIF's JSON shape: camelCase names, defaults and Nones left out."""
    if attr.has(type(value)):
        out = {}
        for field in attr.fields(type(value)):
            item = getattr(value, field.name)
            if item is None:
                continue
            if field.default is not attr.NOTHING and item == field.default and field.name not in ALWAYS_WRITTEN:
                continue
            out[field.metadata.get("schema_property_name", field.name)] = to_json(item)
        return out
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    return value


def render(run: Run) -> str:
    return json.dumps(to_json(build_log(run)), indent=2, ensure_ascii=False) + "\n"
