"""The command line: argument handling only; the analysis lives in engine and friends.

`leaklint PATH...` is short for `leaklint check PATH...`, as with ruff.
"""

from __future__ import annotations

import os
import shlex
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from dataclasses import replace

from . import __version__
from .cache import CACHE_DIR_NAME, Cache, clean as clean_cache
from .progress import progress_for
from .baseline import BaselineError, apply_baseline, read_baseline, write_baseline
from .config import Config, ConfigError, custom_rules, find_config, load_config, with_severity, write_starter
from .discover import discover
from .pipeline import analyse_paths, collect_cycles_seldom
from .settings import Policy, Settings
from .findings import SEVERITY_RANK, FileResult, RunResult, Severity
from .vcs import find_checkout
from .output import write_atomically
from .report import Run, render
from .report.text import render_notifications
from .rules import Rule, RuleError, load_rules, select_rules

app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    help="Find memory-leak patterns in JavaScript and TypeScript before they ship.",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
SUBCOMMANDS = ("check", "rules", "explain", "init", "clean", "server")
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


def fail(message: str) -> typer.Exit:
    typer.echo(f"leaklint: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"leaklint {__version__}")
        raise typer.Exit(EXIT_CLEAN)


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Find memory-leak patterns in JavaScript and TypeScript before they ship."""


def _load(select: list[str], ignore: list[str], config: Config | None = None):
    try:
        rules = load_rules() + (custom_rules(config) if config is not None else [])
        if config is not None:
            rules = _with_request_settings(with_severity(rules, config), config)
        return select_rules(rules, select, ignore), {r.id for r in rules}
    except RuleError as error:
        raise fail(str(error)) from None


def _with_request_settings(rules: list[Rule], config: Config) -> list[Rule]:
    """Config `request-names`/`request-types` extend every rule served by the capture detector."""
    if not config.request_names and not config.request_types:
        return rules
    extended = []
    for rule in rules:
        if rule.detector == "capture":
            parameters = dict(rule.parameters)
            parameters["request_names"] = [*parameters.get("request_names", []), *config.request_names]
            parameters["request_types"] = [*parameters.get("request_types", []), *config.request_types]
            rule = replace(rule, parameters=parameters)
        extended.append(rule)
    return extended


def _config(paths: list[str], explicit: Optional[Path]) -> Config:
    try:
        found = explicit if explicit is not None else find_config(Path(paths[0]) if paths else Path.cwd())
        return load_config(found)
    except ConfigError as error:
        raise fail(str(error)) from None


def _use_color(stream, output: Optional[Path]) -> bool:
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or stream.isatty()


class Level(str, Enum):
    note = "note"
    warning = "warning"
    error = "error"


@app.command()
def check(
    paths: List[str] = typer.Argument(None, help="Files and folders to analyse (default: the current folder)."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to FILE (atomically) instead of stdout."),
    select: List[str] = typer.Option([], "--select", help="Run only this rule (repeatable)."),
    ignore: List[str] = typer.Option([], "--ignore", help="Do not run this rule (repeatable)."),
    config_file: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of searching for one."),
    fail_on: Optional[Level] = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit code 1 (default: note, or the config's fail-on)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when leaks are found (errors still exit 2)."),
    show_suppressed: bool = typer.Option(False, "--show-suppressed", help="List findings silenced by leaklint-disable comments too."),
    strict_suppressions: bool = typer.Option(False, "--strict-suppressions", help="Require a reason after `--` in every leaklint-disable comment."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Fail only on findings that are not in this baseline file."),
    write_baseline_to: Optional[Path] = typer.Option(None, "--write-baseline", help="Record today's findings in FILE (atomically) and exit 0."),
    category: str = typer.Option("leaklint", "--category", help="SARIF automationDetails category, to tell several uploads apart."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Analyse every file again; neither read nor write the cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Where to keep the cache (default: .leaklint_cache at the project's top)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print findings only: no code frames, summary or notes."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: number of cores)."),
) -> None:
    """Analyse files and folders and report leak patterns."""
    paths = paths or ["."]
    config = _config(paths, config_file)
    rules, known = _load(select or config.select, [*config.ignore, *ignore], config)
    known_baseline = _read_baseline(baseline)
    checkout = find_checkout(Path.cwd())
    root = checkout.root if checkout is not None else config.base if config.path is not None else Path.cwd()
    bar = progress_for(sys.stderr) if not quiet else None
    collect_cycles_seldom()
    result, files = project_run(paths, config, rules, known, root, known_baseline, strict_suppressions,
                                None if no_cache else (cache_dir or root / CACHE_DIR_NAME), jobs, bar)
    if bar is not None:
        bar.finish()
    if write_baseline_to is not None:
        _write_baseline(write_baseline_to, result)
        raise typer.Exit(EXIT_ERROR if any(n.is_failure for n in result.notifications) else EXIT_CLEAN)
    threshold = Severity((fail_on.value if fail_on is not None else None) or config.fail_on.value)
    exit_code = _exit_code(result, exit_zero, threshold)
    run = Run(
        result=result,
        rules=rules,
        file_count=len(files),
        exit_code=exit_code,
        color=_use_color(sys.stdout, output),
        quiet=quiet,
        command_line=shlex.join(["leaklint", *sys.argv[1:]]),
        root=root,
        checkout=checkout,
        category=category,
        show_suppressed=show_suppressed,
    )
    _emit(format, run, output)
    raise typer.Exit(exit_code)


def project_run(paths: list[str], config: Config, rules: list[Rule], known, root: Path, known_baseline: set[str] | None,
                strict: bool, cache_dir: Optional[Path], jobs: Optional[int], bar=None) -> tuple[RunResult, list[str]]:
    """One run as `leaklint check` makes it (discovery, exclusions, the cache, the analysis and
    its cross-file join, per-path ignores, the baseline): the CLI and the language server share it."""
    discovery = discover(paths)
    files = _without_excluded(discovery.files, config)
    settings = Settings(
        policy=Policy(frozenset(known), frozenset(r.id for r in rules), strict or config.strict_suppressions),
        handler_methods=tuple(config.handler_methods),
        handler_functions=tuple(config.handler_functions),
        root=str(root),
        limits=config.limits,
    )
    cache = None if cache_dir is None else Cache(cache_dir, _cache_context(rules, settings))
    results = analyse_paths(files, rules, jobs, settings, cache, bar) if rules else [FileResult(p) for p in files]
    results = [_without_path_ignores(r, config) for r in results]
    if discovery.notifications:
        results.append(FileResult("", notifications=tuple(discovery.notifications)))
    if known_baseline is not None:
        results = [replace(r, findings=tuple(apply_baseline(list(r.findings), known_baseline))) for r in results]
    return RunResult(results), files


@app.command()
def server() -> None:
    """Start the language server (LSP over stdio) that editors talk to."""
    try:
        from .server import main as serve
    except ImportError:
        raise fail("the language server needs pygls: python3 -m pip install 'leaklint[server]'") from None
    serve()


def _cache_context(rules: list[Rule], settings: Settings) -> list:
    """Everything besides a file's path and bytes that decides its result."""
    described = [(r.id, r.detector, r.severity.value, sorted(r.parameters.items())) for r in rules]
    policy = settings.policy
    return [
        described,
        sorted(policy.known_rules), sorted(policy.active_rules), policy.strict,
        list(settings.handler_methods), list(settings.handler_functions), settings.root,
    ]


def _without_excluded(files: list[str], config: Config) -> list[str]:
    excluder = config.excluder()
    if excluder is None:
        return files
    kept = []
    for path in files:
        absolute = Path(path).resolve()
        try:
            relative = absolute.relative_to(excluder.base).as_posix()
        except ValueError:
            kept.append(path)
            continue
        parts = relative.split("/")
        excluded = any(excluder.verdict("/".join(parts[: i + 1]), i + 1 < len(parts)) for i in range(len(parts)))
        if not excluded:
            kept.append(path)
    return kept


def _without_path_ignores(result: FileResult, config: Config) -> FileResult:
    if not config.per_path_ignores or not result.findings:
        return result
    off = config.ignored_rules(result.path)
    if not off:
        return result
    return replace(result, findings=tuple(f for f in result.findings if f.rule_id not in off))


def _read_baseline(path: Optional[Path]) -> set[str] | None:
    if path is None:
        return None
    try:
        return read_baseline(path)
    except BaselineError as error:
        raise fail(str(error)) from None


def _write_baseline(path: Path, result: RunResult) -> None:
    try:
        write_baseline(path, result.findings)
    except OSError as error:
        raise fail(f"cannot write {path}: {error.strerror or error}") from None
    kept = sum(1 for f in result.findings if f.suppression is None)
    typer.echo(f"leaklint: wrote {kept} finding{'s' if kept != 1 else ''} to the baseline {path}", err=True)


def _exit_code(result: RunResult, exit_zero: bool, threshold: Severity = Severity.NOTE) -> int:
    if any(n.is_failure for n in result.notifications):
        return EXIT_ERROR
    failing = [f for f in result.findings if f.counts and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]]
    if failing and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _emit(format: Format, run: Run, output: Optional[Path]) -> None:
    report = render(format.value, run)
    if format is Format.text or output is not None:
        notes = render_notifications(run)
        if notes:
            sys.stderr.write(notes)
    if output is None:
        sys.stdout.write(report)
        return
    try:
        write_atomically(output, report)
    except OSError as error:
        raise fail(f"cannot write {output}: {error.strerror or error}") from None


@app.command()
def clean(
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="The cache to remove (default: the project's .leaklint_cache)."),
) -> None:
    """Remove the cache."""
    checkout = find_checkout(Path.cwd())
    folder = cache_dir or (checkout.root if checkout is not None else Path.cwd()) / CACHE_DIR_NAME
    try:
        removed = clean_cache(folder)
    except OSError as error:
        raise fail(str(error)) from None
    typer.echo(f"leaklint: {'removed' if removed else 'no cache at'} {folder}")


@app.command()
def init(
    path: Path = typer.Argument(Path("leaklint.toml"), help="Where to write the starter config."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented starter leaklint.toml."""
    if path.exists() and not force:
        raise fail(f"{path} already exists (use --force to overwrite it)")
    try:
        write_starter(path)
    except OSError as error:
        raise fail(f"cannot write {path}: {error.strerror or error}") from None
    typer.echo(f"leaklint: wrote {path}; edit it, then run `leaklint`")


@app.command("rules")
def list_rules() -> None:
    """List the available rules."""
    rules, _ = _load([], [], _config([], None))
    width = max(len(r.id) for r in rules)
    typer.echo(f"{'RULE'.ljust(width)}  {'SEVERITY'.ljust(8)}  DESCRIPTION")
    for rule in rules:
        typer.echo(f"{rule.id.ljust(width)}  {rule.severity.value.ljust(8)}  {rule.short_description}")


@app.command()
def explain(rule_id: str = typer.Argument(..., help="The rule to explain, e.g. uncleared-interval.")) -> None:
    """Print a rule's documentation: what it does, why it leaks, and how to fix it."""
    rules = {r.id: r for r in _load([], [], _config([], None))[0]}
    rule = rules.get(rule_id)
    if rule is None:
        raise fail(f"unknown rule id {rule_id!r} (known: {', '.join(sorted(rules))})")
    typer.echo(f"{rule.id} ({rule.name}), default severity: {rule.severity.value}")
    typer.echo(f"tags: {', '.join(rule.tags)}\n")
    typer.echo(rule.full_description + "\n")
    typer.echo(rule.help_markdown, nl=False)


def main(argv: Optional[list[str]] = None) -> None:
    """Console entry point: route `leaklint PATH...` to the `check` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in SUBCOMMANDS and args[0] not in ("-h", "--help", "--version")):
        args.insert(0, "check")
    app(args=args, prog_name="leaklint")
