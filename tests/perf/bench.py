"""Benchmark: leaklint against the floor it cannot beat, plain tree-sitter parsing.

    python tests/perf/bench.py PATH [--repeat 3]
    python tests/perf/bench.py --generated 1000,5000,20000 [--repeat 1]

For PATH it prints the files and megabytes found, then, for plain tree-sitter parsing in one
process and for the `leaklint` command with one job (all rules, and one cheap rule alone: the
pipeline's own floor), with all cores and with a warm cache
(and on an empty folder: the start-up every run pays), the median seconds, the peak memory of the largest process, and each time as a ratio to the
parse time measured in the same run: absolute times drift between machines and runs, ratios
much less; each ratio is the median over rounds of the ratio within a round. leaklint runs as a user runs it (a new process, `--quiet`), so its times include
starting Python.

With --generated it writes synthetic projects of the given sizes (tests/perf/generate.py) and
prints seconds per MB for each, to show that time grows linearly with the code.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tree_sitter import Parser

from leaklint.discover import discover
from leaklint.pipeline import default_jobs
from leaklint.parse import language, language_for
from leaklint.rules import load_rules

HERE = Path(__file__).resolve().parent


# A rule whose own reading is cheap: a run with it alone shows what every run pays before any
# rule's judgement (start-up, discovery, parsing, the model, imports across files, the join).
FLOOR_RULE = "uncleared-interval"


def plain_parse(files: list[str]) -> None:
    """Read and parse every file with the right grammar, in one process, and nothing else."""
    parsers = {name: Parser(language(name)) for name in ("javascript", "typescript", "tsx")}
    for path in files:
        parsers[language_for(path) or "javascript"].parse(Path(path).read_bytes())


def timed(action) -> tuple[float, float]:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def leaklint(path: str, *options: str) -> tuple[float, float]:
    """One run of the CLI in a new process: (seconds, peak MB of its largest process)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "leaklint", "--quiet", "--exit-zero", *options, path],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"leaklint failed on {path} with {options}")
    return seconds, usage.ru_maxrss / 1024


def median(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s for s, _ in samples), max(m for _, m in samples)


def compile_leaklint() -> None:
    """Cache leaklint's bytecode first, as pip does when it installs a package: from an
    editable install, or with PYTHONDONTWRITEBYTECODE=1, every run would otherwise compile all
    of leaklint's sources again, which no installed copy does."""
    import leaklint

    compileall.compile_dir(str(Path(leaklint.__file__).parent), quiet=1)


def bench(path: str, repeat: int) -> dict[str, tuple[float, float]]:
    compile_leaklint()
    files = discover([path]).files
    megabytes = sum(Path(f).stat().st_size for f in files) / 1e6
    jobs = default_jobs()
    print(f"{path}: {len(files)} files, {megabytes:.2f} MB, {len(load_rules())} rules, {jobs} cores")
    parse, one, many, filled, warm = "tree-sitter parse, 1 process", "leaklint --jobs 1", f"leaklint --jobs {jobs}", f"leaklint --jobs {jobs}, filling the cache", "leaklint, warm cache"
    start = "leaklint start-up (an empty folder)"
    floor = f"leaklint --jobs 1, one rule ({FLOOR_RULE})"
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in (parse, one, floor, many, filled, warm, start)}
    for _ in range(repeat):  # rounds, not blocks: a slow spell on a shared machine hits every row alike
        samples[parse].append(timed(lambda: plain_parse(files)))
        with tempfile.TemporaryDirectory() as empty:
            samples[start].append(leaklint(empty, "--no-cache"))  # the fixed cost inside every other row
        samples[one].append(leaklint(path, "--no-cache", "--jobs", "1"))
        samples[floor].append(leaklint(path, "--no-cache", "--jobs", "1", "--select", FLOOR_RULE))
        samples[many].append(leaklint(path, "--no-cache", "--jobs", str(jobs)))
        with tempfile.TemporaryDirectory() as cache:
            samples[filled].append(leaklint(path, "--cache-dir", cache, "--jobs", str(jobs)))
            samples[warm].append(leaklint(path, "--cache-dir", cache))
    rows = {name: median(values) for name, values in samples.items()}
    cold = rows[filled]
    # Each row's ratio is the median of its ratios to the parse of the same round: the machine's
    # speed drifts between rounds, much less within one.
    ratios = {name: statistics.median(s / p for (s, _), (p, _) in zip(values, samples[parse])) for name, values in samples.items()}
    width = max(len(name) for name in rows)
    for name, (seconds, memory) in rows.items():
        print(f"  {name.ljust(width)}  {seconds:8.3f} s  {memory:7.0f} MB  {ratios[name]:6.2f}x parse")
    warm, filled = rows["leaklint, warm cache"][0], cold[0]
    print(f"  warm cache / first run: {warm / filled:.1%}   time per MB (--jobs {jobs}): {rows[f'leaklint --jobs {jobs}'][0] / megabytes:.3f} s")
    return rows


def generated(sizes: list[int], repeat: int) -> None:
    from generate import generate

    compile_leaklint()
    points: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as root:
        for size in sizes:
            folder = Path(root) / f"gen-{size}"
            megabytes = generate(folder, size)
            seconds = statistics.median(leaklint(str(folder), "--no-cache")[0] for _ in range(repeat))
            marginal = ""
            if points:
                before_mb, before_s = points[-1]
                marginal = f"  {(seconds - before_s) / (megabytes - before_mb):.3f} s per added MB"
            points.append((megabytes, seconds))
            print(f"  {size:6d} files  {megabytes:7.2f} MB  {seconds:8.2f} s  {seconds / megabytes:.3f} s/MB{marginal}")
    per_mb = [s / mb for mb, s in points]
    print(f"  time per MB from the smallest to the largest project: {per_mb[-1] / per_mb[0] - 1:+.1%} (fixed start-up costs weigh most on the smallest)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--generated", help="comma-separated project sizes in files, e.g. 1000,5000,20000")
    args = parser.parse_args(argv)
    if args.generated:
        sys.path.insert(0, str(HERE))
        generated([int(n) for n in args.generated.split(",")], args.repeat)
    if args.path:
        bench(args.path, args.repeat)
    if not args.path and not args.generated:
        parser.error("give a PATH, --generated, or both")
    return 0


if __name__ == "__main__":
    sys.exit(main())
