"""Where a finding inside a helper is shown: at the call in the code that repeats.

A helper of one module (`sendExportFile(res, file)`, `keepAlive(ws)`) that a rule judges on its
own is reported where it pipes or registers; but what repeats is the code that calls it, in
another file, and that call is the line its reviewer must see. After the join, such a finding
moves to the first call of the helper in the run's files, preferring calls that do not
provably run once, and its code flow leads from the call into the helper, to the line it was
found at. A helper no analysed file calls keeps its finding where it is (a library's API), and
so does one every caller calls once, at start-up: those calls repeat nothing. A note (how
often the helper runs is unknown there) that every such caller answers with "once" is dropped.
"""

from __future__ import annotations

import os
from dataclasses import replace

from .findings import Chain, FileResult, Finding, HelperCall, Related, Severity
from .project import is_test_path, resolve

MAX_OTHER_CALLS = 3  # further callers named as related places


def at_callers(results: list[FileResult], analysed: list[FileResult]) -> list[FileResult]:
    """`results` (joined) with each finding inside a called helper moved to its caller's file;
    the calls are read from `analysed`, the files' own facts before the join."""
    wanted = {(os.path.normpath(r.path), chain) for r in results for f in r.findings for chain in f.in_helper}
    if not wanted:
        return results
    known = frozenset(os.path.normpath(r.path) for r in analysed)
    calls: dict[tuple[str, Chain], list[HelperCall]] = {}
    for result in analysed:
        for call in result.helper_calls:
            if call.site is None or is_test_path(result.path):  # a test's call repeats nothing a user runs
                continue
            target = resolve(result.path, call.specifier, known)
            if target is not None and (target, call.chain) in wanted:
                calls.setdefault((target, call.chain), []).append(call)
    if not calls:
        return results
    staying: dict[str, list[Finding]] = {}
    arriving: dict[str, list[Finding]] = {}
    dropped = False
    for result in results:
        path = os.path.normpath(result.path)
        for finding in result.findings:
            callers = [c for chain in finding.in_helper for c in calls.get((path, chain), ())]
            if callers and finding.severity is Severity.NOTE and all(call.once for call in callers):
                dropped = True  # the note asked how often it runs, and every call runs once
                continue
            shown = _moved(finding, callers)
            if shown is finding:
                staying.setdefault(path, []).append(finding)
            else:  # listed with the caller's file, where it is now shown
                arriving.setdefault(os.path.normpath(shown.location.path), []).append(shown)
    if not arriving and not dropped:
        return results
    return [replace(r, findings=tuple(sorted([*staying.get(p, ()), *arriving.get(p, ())], key=Finding.sort_key)))
            for r in results for p in (os.path.normpath(r.path),)]


def _moved(finding: Finding, calls: list[HelperCall]) -> Finding:
    if not calls or all(call.once for call in calls):
        return finding  # nobody calls it here, or only at start-up: it stands where it is
    ordered = sorted(calls, key=lambda call: (call.once, call.site.path, call.site.start_line, call.site.start_column))
    first, others = ordered[0], [c for c in ordered[1:] if c.site != ordered[0].site]
    name = first.chain[-1] if first.chain[-1] != "default" else os.path.splitext(os.path.basename(finding.location.path))[0]
    where = os.path.basename(finding.location.path)
    return replace(
        finding,
        location=first.site,
        snippet=first.snippet,
        message=f"through `{name}()`, called here: {finding.message}",
        code_flow=(Related(first.site, f"`{name}()` is called"), Related(finding.location, f"`{name}()` does it here, in {where}"), *finding.code_flow),
        related=(*finding.related, *(Related(c.site, f"`{name}()` is called here too") for c in others[:MAX_OTHER_CALLS])),
    )
