"""Benchmark: leaklint against the floor it cannot beat, plain tree-sitter parsing.

    python tests/perf/bench.py PATH [--repeat 3]

Prints the files and megabytes found under PATH, then the median seconds of each
measurement and its ratio to plain parsing measured in the same run: absolute times drift
between machines and runs, ratios much less.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from tree_sitter import Parser

from leaklint.discover import discover
from leaklint.engine import analyse_paths, default_jobs
from leaklint.parse import language, language_for
from leaklint.rules import load_rules


def plain_parse(files: list[str]) -> None:
    """Read and parse every file with the right grammar, in one process, and nothing else."""
    parsers = {name: Parser(language(name)) for name in ("javascript", "typescript", "tsx")}
    for path in files:
        parsers[language_for(path) or "javascript"].parse(Path(path).read_bytes())


def median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    files = discover([args.path]).files
    megabytes = sum(Path(f).stat().st_size for f in files) / 1e6
    rules = load_rules()
    jobs = default_jobs()
    print(f"{args.path}: {len(files)} files, {megabytes:.2f} MB, {len(rules)} rules, {jobs} cores")

    parse_time = median_seconds(lambda: plain_parse(files), args.repeat)
    rows = [
        ("tree-sitter parse, 1 process", parse_time),
        ("leaklint --jobs 1", median_seconds(lambda: analyse_paths(files, rules, jobs=1), args.repeat)),
        (f"leaklint --jobs {jobs}", median_seconds(lambda: analyse_paths(files, rules, jobs=jobs), args.repeat)),
    ]
    width = max(len(name) for name, _ in rows)
    for name, seconds in rows:
        print(f"  {name.ljust(width)}  {seconds:8.3f} s  {seconds / parse_time:6.2f}x parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
