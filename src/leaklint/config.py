"""Project configuration: leaklint.toml, .leaklint.toml or [tool.leaklint] in pyproject.toml.

Found from the first analysed path upward (the nearest folder that has one wins), or named
with `--config`. Every key is checked: an unknown key or a bad value is one line naming the
file and the key, like a bad rule file (leaklint.rules).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .discover import GitIgnore, _glob_regex
from .findings import Severity
from .settings import DEFAULT_LIMITS, Limits
from .rules import RULE_ID, Rule, RuleDocs, RuleError, check_keys, validate_parameters
from .detectors import KINDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = ("leaklint.toml", ".leaklint.toml", "pyproject.toml")
SEVERITIES = tuple(s.value for s in Severity)
KEYS: dict[str, type] = {
    "select": list,
    "ignore": list,
    "exclude": list,
    "per-path-ignores": dict,
    "severity": dict,
    "fail-on": str,
    "strict-suppressions": bool,
    "handler-methods": list,
    "handler-functions": list,
    "request-names": list,
    "request-types": list,
    "rules": list,
    "max-file-bytes": int,
    "max-line-length": int,
    "max-file-seconds": (int, float),
}
CUSTOM_RULE_KEYS: dict[str, type] = {
    "id": str,
    "detector": str,
    "severity": str,
    "message": str,
    "description": str,
    "parameters": dict,
}


class ConfigError(Exception):
    """A configuration file that does not validate; the message names the file and the key."""


@dataclass
class Config:
    path: Path | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    per_path_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.NOTE
    strict_suppressions: bool = False
    handler_methods: list[str] = field(default_factory=list)
    handler_functions: list[str] = field(default_factory=list)
    request_names: list[str] = field(default_factory=list)
    request_types: list[str] = field(default_factory=list)
    custom_rules: list[dict[str, Any]] = field(default_factory=list)
    limits: Limits = DEFAULT_LIMITS

    @property
    def base(self) -> Path:
        """Globs in the file are relative to the folder that holds it."""
        return self.path.parent if self.path is not None else Path.cwd()

    def excluder(self) -> GitIgnore | None:
        return GitIgnore(self.base.resolve(), self.exclude) if self.exclude else None

    def ignored_rules(self, path: str) -> set[str]:
        """Rules switched off for one file by `per-path-ignores`."""
        try:
            relative = Path(path).resolve().relative_to(self.base.resolve()).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        found: set[str] = set()
        for pattern, rule_ids in self.per_path_ignores.items():
            anchored = "/" in pattern.rstrip("/")
            if _glob_regex(pattern.strip("/"), anchored).match(relative) or _glob_regex(pattern.strip("/") + "/**", anchored).match(relative):
                found.update(rule_ids)
        return found


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in `start` (a file's folder) or above it."""
    folder = start if start.is_dir() else start.parent
    folder = folder.resolve()
    for current in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = current / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_section(candidate)):
                return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return "leaklint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read config file: {error}") from None
    prefix = ""
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("leaklint", {})
        prefix = "tool.leaklint."
    return _parse(path, data, prefix)


def _parse(path: Path, data: dict, prefix: str) -> Config:
    where = str(path)
    for key, value in data.items():
        expected = KEYS.get(key)
        if expected is None:
            raise ConfigError(f"{where}: key '{prefix}{key}': unknown key (allowed: {', '.join(sorted(KEYS))})")
        if not isinstance(value, expected) or isinstance(value, bool) and expected is not bool:
            shown = "a number" if isinstance(expected, tuple) else _kind(expected)
            raise ConfigError(f"{where}: key '{prefix}{key}': expected {shown}, got {_kind(type(value))}")
        if key.startswith("max-") and value <= 0:
            raise ConfigError(f"{where}: key '{prefix}{key}': must be greater than 0")
        if expected is list and key != "rules" and not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: key '{prefix}{key}': every item must be a string")
    config = Config(path=path)
    config.select = list(data.get("select", []))
    config.ignore = list(data.get("ignore", []))
    config.exclude = list(data.get("exclude", []))
    for pattern, ids in data.get("per-path-ignores", {}).items():
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ConfigError(f"{where}: key '{prefix}per-path-ignores.{pattern}': expected a list of rule ids")
        config.per_path_ignores[pattern] = list(ids)
    for rule_id, level in data.get("severity", {}).items():
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: key '{prefix}severity.{rule_id}': {level!r} is not one of {', '.join(SEVERITIES)}")
        config.severity[rule_id] = Severity(level)
    fail_on = data.get("fail-on", "note")
    if fail_on not in SEVERITIES:
        raise ConfigError(f"{where}: key '{prefix}fail-on': {fail_on!r} is not one of {', '.join(SEVERITIES)}")
    config.fail_on = Severity(fail_on)
    config.strict_suppressions = data.get("strict-suppressions", False)
    config.handler_methods = list(data.get("handler-methods", []))
    config.handler_functions = list(data.get("handler-functions", []))
    config.request_names = list(data.get("request-names", []))
    config.request_types = list(data.get("request-types", []))
    config.limits = Limits(
        data.get("max-file-bytes", DEFAULT_LIMITS.max_bytes),
        data.get("max-line-length", DEFAULT_LIMITS.max_line_length),
        float(data.get("max-file-seconds", DEFAULT_LIMITS.max_seconds)),
    )
    for index, table in enumerate(data.get("rules", [])):
        config.custom_rules.append(_custom_rule(where, f"{prefix}rules[{index}]", table))
    return config


def _custom_rule(where: str, key: str, table: Any) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: key '{key}': expected a table")
    try:
        check_keys(where, f"{key}.", table, CUSTOM_RULE_KEYS, required=("id", "detector"))
    except RuleError as error:
        raise ConfigError(str(error)) from None
    if not RULE_ID.match(table["id"]):
        raise ConfigError(f"{where}: key '{key}.id': {table['id']!r} must be kebab-case")
    if table["detector"] not in KINDS:
        raise ConfigError(f"{where}: key '{key}.detector': unknown detector {table['detector']!r} (known: {', '.join(sorted(KINDS))})")
    if table.get("severity", "warning") not in SEVERITIES:
        raise ConfigError(f"{where}: key '{key}.severity': {table['severity']!r} is not one of {', '.join(SEVERITIES)}")
    try:
        table = {**table, "parameters": validate_parameters(f"{where}: {key}", table["detector"], table.get("parameters", {}))}
    except RuleError as error:
        raise ConfigError(str(error).replace("key 'parameters.", f"key '{key}.parameters.")) from None
    return table


def custom_rules(config: Config) -> list[Rule]:
    """Rules declared in the config, served by the built-in detectors."""
    found = []
    for table in config.custom_rules:
        description = table.get("description", f"Custom {table['detector']} rule from {config.path}")
        docs = RuleDocs(what_it_does=description, why_it_leaks=description, example="", use_instead="")
        found.append(
            Rule(
                id=table["id"],
                name="".join(part.capitalize() for part in table["id"].split("-")),
                detector=table["detector"],
                severity=Severity(table.get("severity", "warning")),
                tags=("memory-leak", "custom"),
                short_description=table.get("message", description),
                full_description=description,
                docs=docs,
                parameters=table["parameters"],
                source=str(config.path),
            )
        )
    return found


def with_severity(rules: list[Rule], config: Config) -> list[Rule]:
    return [replace(rule, severity=config.severity[rule.id], fixed_severity=True) if rule.id in config.severity else rule for rule in rules]


def _kind(kind: type) -> str:
    return {list: "an array", dict: "a table", str: "a string", bool: "true or false", int: "an integer", float: "a number"}.get(kind, kind.__name__)


STARTER = """\
# leaklint configuration. Every key is optional; remove what you do not need.
# Globs are relative to this file's folder. See `leaklint rules` for rule ids.

# Run only these rules (default: all), or skip some.
# select = ["listener-leak", "uncleared-interval"]
# ignore = ["unbounded-cache-config"]

# Files to leave out, in .gitignore syntax (node_modules, dist and build are always left out).
exclude = ["vendor/", "**/*.generated.js"]

# Rules to switch off for some paths.
[per-path-ignores]
"test/**" = ["request-capture", "unbounded-collection"]

# Severity per rule: note, warning or error.
[severity]
# "unbounded-collection" = "error"

# The lowest severity that makes leaklint exit 1 (--fail-on overrides it).
# fail-on = "warning"

# Require a reason after `--` in every leaklint-disable comment.
# strict-suppressions = true

# Methods and functions of your own frameworks whose callbacks run once per request or event.
# handler-methods = ["onMessage"]
# handler-functions = ["defineHandler"]

# Parameter names and TypeScript types that are per-request objects (request-capture).
# request-names = ["req"]
# request-types = ["MyRequest"]

# Per-file budgets: a file over these is skipped with a note that names the limit.
# max-file-bytes = 5242880
# max-line-length = 10000
# max-file-seconds = 20

# Your own acquire/release pairs, served by the detector uncleared-interval uses.
# [[rules]]
# id = "unclosed-subscription"
# detector = "pairing"
# severity = "warning"
# message = "subscription never unsubscribed"
# parameters = { acquire = ["subscribe"], acquire_modules = [], release_functions = [], release_methods = ["unsubscribe"], resource = "subscription" }
"""


def write_starter(path: Path) -> None:
    from .output import write_atomically

    write_atomically(path, STARTER)

