"""Property-based tests: mutated corpus files never make leaklint raise, every file gets a
result, and every finding points inside its file.

Mutations are what broken code in review looks like: tokens deleted or duplicated, files cut
short, random bytes spliced in. The budget is bounded so the whole module stays well under a
minute in CI.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS
from corpus_annotations import corpus_files
from leaklint.pipeline import analyse_paths
from leaklint.rules import load_rules

SOURCES = [(p.suffix, p.read_bytes()) for p in corpus_files(CORPUS)]
RULES = load_rules()
EXAMPLES = int(os.environ.get("LEAKLINT_FUZZ_EXAMPLES", "500"))


@st.composite
def mutated_sources(draw) -> tuple[str, bytes]:
    suffix, data = draw(st.sampled_from(SOURCES))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if not data:
            break
        start = draw(st.integers(min_value=0, max_value=len(data) - 1))
        end = draw(st.integers(min_value=start, max_value=min(len(data), start + 40)))
        operation = draw(st.sampled_from(["delete", "duplicate", "truncate", "splice"]))
        if operation == "delete":
            data = data[:start] + data[end:]
        elif operation == "duplicate":
            data = data[:end] + data[start:end] + data[end:]
        elif operation == "truncate":
            data = data[:start]
        else:
            data = data[:start] + draw(st.binary(min_size=1, max_size=12)) + data[start:]
    return suffix, data


def _check(results, path: Path, data: bytes) -> None:
    assert len(results) == 1 and results[0].path == str(path)
    result = results[0]
    for note in result.notifications:
        assert "internal error" not in note.message, note.message
    lines = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for finding in result.findings:
        loc = finding.location
        assert 1 <= loc.start_line <= loc.end_line <= len(lines), (loc, len(lines))
        assert loc.start_column >= 1 and loc.end_column >= 1


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_sources())
def test_mutated_sources_never_break_the_analysis(mutation):
    suffix, data = mutation
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"mutated{suffix}"
        path.write_bytes(data)
        _check(analyse_paths([str(path)], RULES, jobs=1), path, data)


@settings(max_examples=max(20, EXAMPLES // 3), deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".js", ".ts", ".tsx", ".mjs"]))
def test_random_bytes_never_break_the_analysis(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        _check(analyse_paths([str(path)], RULES, jobs=1), path, data)
