"""Load rules/<id>.toml: the one source of a rule's metadata, parameters and documentation.

Every file is validated strictly. A typo in a key or a bad value is an error that names the file
and the key: a rule that silently vanished would be worse than no rule (Fixit's lesson).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .detectors import KINDS, PARAMETERS
from .findings import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

RULE_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
TOP_LEVEL_KEYS = {
    "id": str,
    "name": str,
    "detector": str,
    "severity": str,
    "tags": list,
    "short_description": str,
    "full_description": str,
    "docs": dict,
    "parameters": dict,
}
DOC_KEYS = {
    "what_it_does": str,
    "why_it_leaks": str,
    "example": str,
    "use_instead": str,
    "example_language": str,
    "options": str,
}
REQUIRED_DOC_KEYS = ("what_it_does", "why_it_leaks", "example", "use_instead")
EXAMPLE_LANGUAGES = ("js", "ts", "tsx", "jsx")


class RuleError(Exception):
    """A rule file that does not validate; the message names the file and the key."""


@dataclass(frozen=True)
class RuleDocs:
    what_it_does: str
    why_it_leaks: str
    example: str
    use_instead: str
    example_language: str = "js"
    options: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    detector: str
    severity: Severity
    tags: tuple[str, ...]
    short_description: str
    full_description: str
    docs: RuleDocs
    parameters: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""
    fixed_severity: bool = False  # set by a config override: every finding of the rule gets it

    @property
    def help_markdown(self) -> str:
        fence = self.docs.example_language
        parts = [
            f"## What it does\n\n{self.docs.what_it_does.strip()}",
            f"## Why it leaks\n\n{self.docs.why_it_leaks.strip()}",
            f"## Example\n\n```{fence}\n{self.docs.example.strip()}\n```",
            f"## Use instead\n\n```{fence}\n{self.docs.use_instead.strip()}\n```",
        ]
        if self.docs.options.strip():
            parts.append(f"## Options\n\n{self.docs.options.strip()}")
        return "\n\n".join(parts) + "\n"

    @property
    def help_text(self) -> str:
        return re.sub(r"^```\w*\n", "", self.help_markdown.replace("\n```\n", "\n"), flags=re.M).replace("## ", "")


def rules_dir() -> Path:
    """rules/ ships inside the wheel as leaklint/rules; in a source checkout it is the top level."""
    packaged = Path(__file__).resolve().parent / "rules"  # plain paths: importlib.resources costs 6 ms a start
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def load_rules(directory: Path | None = None) -> list[Rule]:
    directory = directory or rules_dir()
    if not directory.is_dir():
        raise RuleError(f"{directory}: rules folder not found; the installation is incomplete")
    rules = [load_rule(path) for path in sorted(directory.glob("*.toml"))]
    if not rules:
        raise RuleError(f"{directory}: no rule files found")
    return rules


def load_rule(path: Path) -> Rule:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise RuleError(f"{path}: cannot read rule file: {error}") from error
    where = str(path)
    check_keys(where, "", data, TOP_LEVEL_KEYS, required=TOP_LEVEL_KEYS.keys() - {"parameters"})
    rule_id = data["id"]
    if not RULE_ID.match(rule_id) or rule_id != path.stem:
        raise RuleError(f"{where}: key 'id': {rule_id!r} must be kebab-case and match the file name {path.stem!r}")
    if data["severity"] not in {s.value for s in Severity}:
        raise RuleError(f"{where}: key 'severity': {data['severity']!r} is not one of note, warning, error")
    if not all(isinstance(t, str) for t in data["tags"]):
        raise RuleError(f"{where}: key 'tags': every tag must be a string")
    if data["detector"] not in KINDS:
        raise RuleError(f"{where}: key 'detector': unknown detector {data['detector']!r} (known: {', '.join(sorted(KINDS))})")
    docs = data["docs"]
    check_keys(where, "docs.", docs, DOC_KEYS, required=REQUIRED_DOC_KEYS)
    if docs.get("example_language", "js") not in EXAMPLE_LANGUAGES:
        raise RuleError(f"{where}: key 'docs.example_language': must be one of {', '.join(EXAMPLE_LANGUAGES)}")
    parameters = validate_parameters(where, data["detector"], data.get("parameters", {}))
    return Rule(
        id=rule_id,
        name=data["name"],
        detector=data["detector"],
        severity=Severity(data["severity"]),
        tags=tuple(data["tags"]),
        short_description=data["short_description"].strip(),
        full_description=data["full_description"].strip(),
        docs=RuleDocs(**docs),
        parameters=parameters,
        source=where,
    )


def validate_parameters(where: str, kind: str, given: dict[str, Any]) -> dict[str, Any]:
    """A rule's parameters for detector `kind`, checked against what it accepts, defaults filled in."""
    spec = PARAMETERS[kind]
    for name, value in given.items():
        param = spec.get(name)
        if param is None:
            known = ", ".join(sorted(spec)) or "none"
            raise RuleError(f"{where}: key 'parameters.{name}': unknown parameter for detector {kind!r} (known: {known})")
        if not isinstance(value, param.kind) or isinstance(value, bool) != (param.kind is bool):
            raise RuleError(f"{where}: key 'parameters.{name}': expected {param.kind.__name__}, got {type(value).__name__}")
        if param.item_kind is not None and not all(isinstance(v, param.item_kind) for v in value):
            raise RuleError(f"{where}: key 'parameters.{name}': every item must be a {param.item_kind.__name__}")
        if param.item_keys is not None:
            for index, item in enumerate(value):
                check_keys(where, f"parameters.{name}[{index}].", item, param.item_keys, required=param.item_keys)
        if param.choices and value not in param.choices:
            raise RuleError(f"{where}: key 'parameters.{name}': {value!r} is not one of {', '.join(param.choices)}")
    return {name: given.get(name, param.default) for name, param in spec.items()}


def check_keys(where: str, prefix: str, data: dict, allowed: dict[str, type], required) -> None:
    """Unknown, mistyped or missing keys of a table, as one error naming the file and the key."""
    for key, value in data.items():
        expected = allowed.get(key)
        if expected is None:
            raise RuleError(f"{where}: key '{prefix}{key}': unknown key (allowed: {', '.join(sorted(allowed))})")
        if not isinstance(value, expected):
            raise RuleError(f"{where}: key '{prefix}{key}': expected {expected.__name__}, got {type(value).__name__}")
    for key in required:
        if key not in data:
            raise RuleError(f"{where}: key '{prefix}{key}': missing")


def select_rules(rules: list[Rule], select: list[str], ignore: list[str]) -> list[Rule]:
    """Apply --select/--ignore; an unknown id is an error, never silently nothing."""
    known = {r.id for r in rules}
    for rule_id in [*select, *ignore]:
        if rule_id not in known:
            raise RuleError(f"unknown rule id {rule_id!r} (known: {', '.join(sorted(known))})")
    chosen = [r for r in rules if not select or r.id in select]
    return [r for r in chosen if r.id not in ignore]
