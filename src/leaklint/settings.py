"""What a run is told besides its rules: suppression policy, framework extensions, limits.

Plain data, importable without the analysis itself (the engine, the detectors, tree-sitter),
so the command line can settle a run answered wholly from the cache without loading them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Policy:
    """How inline suppressions are judged (leaklint.suppressions)."""

    known_rules: frozenset[str] = frozenset()  # every rule id that exists
    active_rules: frozenset[str] = frozenset()  # the rules this run checks
    strict: bool = False  # a reason after `--` is required


@dataclass(frozen=True)
class Limits:
    """Files beyond these are skipped with a notification rather than analysed."""

    max_bytes: int = 5 * 1024 * 1024  # config `max-file-bytes`
    max_line_length: int = 10_000  # config `max-line-length`: a line this long is a bundle
    max_seconds: float = 20.0  # config `max-file-seconds`: one pathological file cannot stall CI


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Settings:
    """What every worker needs beside the rules: suppression policy and framework extensions."""

    policy: Policy = Policy()
    handler_methods: tuple[str, ...] = ()
    handler_functions: tuple[str, ...] = ()
    root: str = ""  # fingerprints name files relative to this folder (the checkout's top)
    limits: Limits = DEFAULT_LIMITS
