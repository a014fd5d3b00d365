"""A run over many files: cached results first, the rest analysed (in a pool when it pays;
in one process, helpers before their callers), the files that must judge a helper's calls
again (leaklint.helper_index), then the project-level join of the per-file facts. A run whose every file is unchanged since
a run that joined them takes that run's joined findings from the cache as they are.

The analysis itself (leaklint.engine, the detectors, tree-sitter) is imported only when some
file is not in the cache, so a run answered wholly from the cache never loads it.
"""

from __future__ import annotations

import gc
import os
from typing import TYPE_CHECKING, Callable, Sequence

from .discover import read_regular_file
from .findings import FileResult
from .helper_index import HelperIndex, helpers_first, needing_helpers
from .callsites import at_callers
from .project import join
from .settings import Settings

if TYPE_CHECKING:
    from .cache import Cache
    from .rules import Rule


def collect_cycles_seldom() -> None:
    """A run allocates millions of short-lived objects (tree nodes, tuples) and few cycles, so
    Python's cycle collector, run every 700 allocations by default, costs 3-4% of the run for
    little memory. Run it a thirtieth as often, and never over the modules loaded by now."""
    gc.freeze()
    gc.set_threshold(20000, 10, 10)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def analyse_paths(
    paths: Sequence[str],
    rules: Sequence["Rule"],
    jobs: int | None = None,
    settings: Settings = Settings(),
    cache: "Cache | None" = None,
    progress: "Callable[[int, int], None] | None" = None,
) -> list[FileResult]:
    """Analyse every file (cached results first, the rest in a pool when it pays), then join
    the per-file facts in one pass."""
    results: list[FileResult | None] = [None] * len(paths)
    keys: dict[int, str] = {}
    for index, path in enumerate(paths):
        if cache is None:
            break
        try:
            keys[index] = cache.key(path, read_regular_file(path, settings.limits.max_bytes + 1))
        except OSError:
            continue  # the analysis itself reports it
    whole = cache.project_key([(paths[i], key) for i, key in sorted(keys.items())]) if cache is not None and len(keys) == len(paths) else None
    joined = cache.joined(whole) if cache is not None and whole is not None else None
    if joined is not None:  # nothing changed since a run that joined these very files
        if progress is not None:
            progress(len(paths), len(paths))
        return joined
    for index, key in keys.items():
        results[index] = cache.get(paths[index], key) if cache is not None else None
    todo = sorted((i for i, result in enumerate(results) if result is None), key=lambda i: -_file_size(paths[i]))
    done = len(paths) - len(todo)
    if progress is not None:
        progress(done, len(paths))
    jobs = jobs or default_jobs()
    helpers = HelperIndex(paths)
    for result in results:
        if result is not None:
            helpers.add(result)
    if todo:
        from .engine import analyse_many, in_process  # the analysis, loaded only for files the cache cannot answer

        if in_process(jobs, len(todo)):  # one at a time: helpers first, so that their summaries are known to their callers
            order = helpers_first([paths[i] for i in todo], lambda path: read_regular_file(path, settings.limits.max_bytes + 1))
            todo = [todo[k] for k in order]
        for index, result in zip(todo, analyse_many([paths[i] for i in todo], rules, jobs, settings, helpers)):
            results[index] = result
            helpers.add(result)  # before the next file is analysed: the generator waits for us
            if cache is not None and index in keys:
                cache.put(paths[index], keys[index], result)
            done += 1
            if progress is not None:
                progress(done, len(paths))
    _judge_again(paths, results, rules, jobs, settings, cache, keys, helpers)  # also for cached results: their helpers may have changed
    analysed = [r for r in results if r is not None]
    joined = [FileResult(r.path, r.findings, r.notifications) for r in at_callers(join(analysed), analysed)]
    if cache is not None:
        cache.save()
        if whole is not None:
            cache.put_joined(whole, joined)
    return joined  # the findings and notices of each file: its facts served the join alone


def _judge_again(paths: Sequence[str], results: "list[FileResult | None]", rules: Sequence["Rule"], jobs: int,
                 settings: Settings, cache: "Cache | None", keys: dict[int, str], helpers: HelperIndex) -> None:
    """The files that listed a call of a helper without judging it, where the helper turned out
    to have a summary (its file analysed later, in a worker, or a relay), analysed again with
    every call judged; until none is left, since those may relay summaries further."""
    while True:
        wanted = needing_helpers(helpers, [r for r in results if r is not None])
        again = [i for i, r in enumerate(results) if r is not None and os.path.normpath(r.path) in wanted]
        if not again:
            return
        from .engine import analyse_many

        # The index, which by now knows every file, picks the calls worth judging (those of
        # helpers with a summary), in this process or in each worker, which gets a copy.
        for index, result in zip(again, analyse_many([paths[i] for i in again], rules, jobs, settings, helpers, complete=True)):
            results[index] = result
            helpers.add(result)
            if cache is not None and index in keys:
                cache.put(paths[index], keys[index], result)


def _file_size(path: str) -> int:
    """Largest files first, so that no worker is left alone with a big one at the end."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
