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

from . import __version__
from .discover import discover
from .engine import analyse_paths
from .findings import FileResult, RunResult
from .output import write_atomically
from .report import Run, render
from .report.text import render_notifications
from .rules import RuleError, load_rules, select_rules

app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    help="Find memory-leak patterns in JavaScript and TypeScript before they ship.",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
SUBCOMMANDS = ("check", "rules", "explain")
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


def _load(select: list[str], ignore: list[str]):
    try:
        return select_rules(load_rules(), select, ignore)
    except RuleError as error:
        raise fail(str(error)) from None


def _use_color(stream, output: Optional[Path]) -> bool:
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or stream.isatty()


@app.command()
def check(
    paths: List[str] = typer.Argument(None, help="Files and folders to analyse (default: the current folder)."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to FILE (atomically) instead of stdout."),
    select: List[str] = typer.Option([], "--select", help="Run only this rule (repeatable)."),
    ignore: List[str] = typer.Option([], "--ignore", help="Do not run this rule (repeatable)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when leaks are found (errors still exit 2)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print findings only: no code frames, summary or notes."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: number of cores)."),
) -> None:
    """Analyse files and folders and report leak patterns."""
    rules = _load(select, ignore)
    discovery = discover(paths or ["."])
    results = analyse_paths(discovery.files, rules, jobs) if rules else [FileResult(p) for p in discovery.files]
    if discovery.notifications:
        results.append(FileResult("", notifications=tuple(discovery.notifications)))
    result = RunResult(results)
    exit_code = _exit_code(result, exit_zero)
    run = Run(
        result=result,
        rules=rules,
        file_count=len(discovery.files),
        exit_code=exit_code,
        color=_use_color(sys.stdout, output),
        quiet=quiet,
        command_line=shlex.join(["leaklint", *sys.argv[1:]]),
    )
    _emit(format, run, output)
    raise typer.Exit(exit_code)


def _exit_code(result: RunResult, exit_zero: bool) -> int:
    if any(n.is_failure for n in result.notifications):
        return EXIT_ERROR
    if result.findings and not exit_zero:
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


@app.command("rules")
def list_rules() -> None:
    """List the available rules."""
    rules = _load([], [])
    width = max(len(r.id) for r in rules)
    typer.echo(f"{'RULE'.ljust(width)}  {'SEVERITY'.ljust(8)}  DESCRIPTION")
    for rule in rules:
        typer.echo(f"{rule.id.ljust(width)}  {rule.severity.value.ljust(8)}  {rule.short_description}")


@app.command()
def explain(rule_id: str = typer.Argument(..., help="The rule to explain, e.g. uncleared-interval.")) -> None:
    """Print a rule's documentation: what it does, why it leaks, and how to fix it."""
    rules = {r.id: r for r in _load([], [])}
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
