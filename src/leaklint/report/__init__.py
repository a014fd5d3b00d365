"""Reporters turn a finished run into text, JSON, SARIF or GitHub annotations.

Each format is one module with a `render(run) -> str`; writing the result (to stdout or,
atomically, to a file) happens once, in `output`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..findings import RunResult
from ..rules import Rule
from ..vcs import Checkout


@dataclass
class Run:
    """Everything a reporter may show: the result plus the context it was produced in."""

    result: RunResult
    rules: list[Rule]
    file_count: int
    exit_code: int = 0
    color: bool = False
    quiet: bool = False
    command_line: str = ""
    root: Path | None = None  # %SRCROOT%: the checkout's top, else the current folder
    checkout: Checkout | None = None
    category: str = "leaklint"  # SARIF automationDetails: tells several uploads apart
    show_suppressed: bool = False


FORMATS = ("text", "json", "sarif", "github")


def render(format_name: str, run: Run) -> str:
    if format_name == "text":
        from . import text as module
    elif format_name == "json":
        from . import json as module
    elif format_name == "sarif":
        from . import sarif as module
    elif format_name == "github":
        from . import github as module
    else:  # pragma: no cover - the CLI restricts the choice
        raise ValueError(format_name)
    return module.render(run)
