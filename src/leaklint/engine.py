"""Per-file analysis and the process pool that runs it.

Each worker reads, parses and checks whole files and sends back only findings and
notifications: parse trees never cross a process boundary. A file that cannot be read or
parsed becomes a notification; nothing a file contains can stop the run.
"""

from __future__ import annotations

import os
import re
import signal
import threading
from contextlib import contextmanager
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

from tree_sitter import Node

from .project import project_specifier
from .context import FileContext, Helpers
from .detectors import detector_class
from .detectors.base import Detector, Report, imported_guards
from .findings import INSTANCE_STEP, SEVERITY_RANK, Chain, FileResult, Finding, HelperCall, ImportedUse, ReExport, Location, Notification, NoticeKind, Related, Severity, Summary, fingerprint
from .helper_index import HelperIndex, ListAll
from .parse import DecodingError, SourceFile, decode, looks_binary, parse, syntax_errors
from . import suppressions
from .semantic import RunsHow, frameworks, run_context
from .semantic.callers import refine
from .semantic.frameworks import STARTUP_METHODS
from .semantic.lifecycles import lifecycle_start
from .semantic.missed_paths import at_shutdown
from .semantic.effects import Vocabulary
from .settings import Limits, Settings
from .discover import read_regular_file
from .rules import Rule
from .semantic.exports import reexports as _reexports
from .semantic.guards import guarded_once
from .semantic.relays import exported, relayed
from .semantic.provenance import allowlisted, fixed_value
from .semantic.releases import destructured_keys
from .semantic.listens import CHAINED
from .semantic.nodes import ancestors, call_arguments, callee_name, enclosing_function, function_name, module_statements, promise_of_executor, string_value, FUNCTION_TYPES, CLASS_TYPES, text
from .semantic.exports import LOCAL_STEP, summary_chains


# Functions a finding may stand in for its callers: declared, assigned or a method; an arrow or
# function expression handed to a call is a callback whose registration says how often it runs.
HELPER_TYPES = frozenset({"function_declaration", "method_definition", "function_expression", "arrow_function", "generator_function_declaration"})
# Rules whose finding stays in the helper, called from wherever: a checkout and its release
# belong to one function, and the path that misses the release is in the helper that checks
# out, where the fix goes; a container is shown where it is made or grows, where its bound goes.
STAYS_IN_HELPER = frozenset({"unreleased-lock", "unreleased-pool-connection", "unbounded-collection", "unbounded-cache-config"})
POOL_THRESHOLD = 8  # below this many files a pool costs more than it saves
MAX_SNIPPET = 400


def analyse_source(source: SourceFile, detectors: Sequence[Detector]) -> list[Finding]:
    """Run detectors on a parsed file and turn their reports into findings, in one place."""
    return [f for f in analyse_with_facts(source, detectors)[0] if f.needs is None]


def analyse_with_facts(source: SourceFile, detectors: Sequence[Detector], root: str = "",
                       helpers: Helpers | None = None) -> tuple[list[Finding], FileFacts]:
    """Findings, plus what other files' findings need to know about this one (project.join).
    `helpers` picks the calls of imported helpers to judge (all by default) and to list."""
    ctx = FileContext(source, vocabulary_of(detectors), helpers)
    seen: Counter[tuple[str, str, str]] = Counter()
    findings = []
    uses: dict[ImportedUse, None] = {}
    reports: list[tuple[Rule, Report]] = []
    made: list[tuple[Summary, Node]] = []
    for detector in detectors:
        for report in detector.check(ctx):
            if report.node.has_error:
                continue  # the flagged construct itself is broken: its meaning is a guess
            reports.append((detector.rule, report))
        uses.update(dict.fromkeys(detector.facts(ctx)))
        made += [(replace(summary, location=node_location(source, node)), node) for summary, node in detector.summaries(ctx)]
    summaries = exported([summary for summary, _ in made])
    if made:
        summaries += relayed(made, ctx.model, lambda call: guarded_once(call, ctx))
    project_path = _project_path(source.path, root)  # the same for every finding of the file
    places: dict[int, tuple[Location, str, str]] = {}  # every rule's pending report of one helper call stands at the same node
    said: set[tuple[str, int, str]] = set()  # two timers a helper starts, reported at its one call: one finding
    hooks = b"export" in source.data and (b"created" in source.data or b"mounted" in source.data)
    for rule, report in fold_into_holders(apart_at_shared_calls(reports)):
        if report.needs is None:
            if (rule.id, report.node.id, report.message) in said:
                continue
            said.add((rule.id, report.node.id, report.message))
        if hooks and report.severity is None and _in_mixin_hook(report):
            report.severity = Severity.NOTE  # mixed into components, or into the root app alone: its importers say
        findings.append(_finding(source, rule, report, seen, project_path, places))
        helper = _helper_names(rule, report, ctx) if report.needs is None and b"export" in source.data else ()
        if helper:
            findings[-1] = replace(findings[-1], in_helper=helper)
    reexports = tuple(ReExport(ours, spec, theirs) for ours, spec, theirs in _reexports(source.root, ctx.relative_imports)) if b"export" in source.data else ()
    imports = tuple(sorted({spec for spec, _ in ctx.relative_imports.values()})) if b"./" in source.data else ()
    calls = _helper_calls(ctx) if ctx.relative_imports else ()
    if b"require(" in source.data and b")(" in source.data:
        calls = (*calls, *_required_and_called(source.root))
    return sorted(findings, key=Finding.sort_key), FileFacts(tuple(uses), reexports, tuple(summaries), imports, calls, ctx.unlisted)


def _helper_names(rule: Rule, report: Report, ctx: FileContext) -> tuple[Chain, ...]:
    """The names other modules call the function a finding stands in by, when it stands in
    it directly (not in a callback the function hands elsewhere): a helper that the code which
    repeats calls from other files (callsites.at_callers)."""
    if rule.id in STAYS_IN_HELPER:
        return ()
    fn = enclosing_function(report.node)
    while fn is not None and promise_of_executor(fn) is not None:  # `return new Promise((resolve) => ...)` runs in the call
        fn = enclosing_function(fn)
    if fn is None or fn.type not in HELPER_TYPES:
        return ()
    # (a method of instances its callers make, `new Reporter().init()`, is the class's: it stays)
    return tuple(sorted(chain for chain in summary_chains(fn, ctx.model) if chain[:1] != (LOCAL_STEP,) and INSTANCE_STEP not in chain))


def _in_mixin_hook(report: Report) -> bool:
    """The report's start is a hook of an exported mixin (semantic.lifecycles.Started.mixin)."""
    started = lifecycle_start(report.acquisition or report.node)
    return started is not None and started.mixin


def _helper_calls(ctx: FileContext) -> tuple[HelperCall, ...]:
    """This file's calls of imported helpers, each with whether it provably runs once: at the
    top of the module, or in a start-up function the file calls only from there (`main()`,
    `start()`). Other functions and methods are not followed: reading their call sites for
    every import would cost more than the few notes it could drop."""
    found: dict[HelperCall, None] = {}
    judged = {id(call) for call in ctx.imported_calls}
    for call in ctx.helper_calls:
        shutdown = b"process" in ctx.source.data and at_shutdown(call.site)
        # where a finding inside the helper is shown (callsites)
        shown = {"site": node_location(ctx.source, call.site), "snippet": ctx.source.line_text(call.site.start_point[0])[:MAX_SNIPPET]}
        if id(call) not in judged:  # listed only: enough for the run to see that it has no summary
            found.setdefault(HelperCall(call.specifier, call.chain, False, judged=False, at_shutdown=shutdown, **shown))
            continue
        runs = ctx.run_context(call.site)
        if runs.how is RunsHow.MAYBE and runs.function is not None and runs.function.type == "function_declaration" \
                and STARTUP_METHODS.match(function_name(runs.function) or ""):
            runs = refine(runs, ctx.model)
        if runs.how is RunsHow.REPEATED and runs.registration is None and lifecycle_start(call.site) is None:
            # repeated by a loop only: over a fixed list in start-up code, as good as once (`for (q of QUEUES) new Consumer(q)`)
            runs = refine(run_context(call.site, ctx.source.root), ctx.model, owner=ctx.source.root)
        literals = tuple(fixed_value(a) or (text(a) if allowlisted(a, call.site, ctx.model) else None)  # (`if (!isKnownChannel(c)) return`)
                         for a in call_arguments(call.site)) if runs.how is not RunsHow.ONCE else ()
        guarded = imported_guards(call.site, ctx) if literals and None in literals else ()
        found.setdefault(HelperCall(call.specifier, call.chain, runs.how is RunsHow.ONCE, literals, at_shutdown=shutdown, guarded=guarded, **shown))
    return tuple(found)


def _required_and_called(root: Node) -> tuple[HelperCall, ...]:
    """`require('./edit')(Posts)` as a statement of the module: the module's exported function
    called once, when this module loads (CommonJS modules that extend an object they are
    handed)."""
    found = []
    for statement in module_statements(root):
        call = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        loader = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
        if loader is None or loader.type != "call_expression" or text(loader.child_by_field_name("function")) != "require":
            continue
        args = call_arguments(loader)
        specifier = string_value(args[0]) if len(args) == 1 else None
        if specifier is not None and project_specifier(specifier):
            found.append(HelperCall(specifier, ("*",), True))  # the module object itself, called (exports.top_level_imports)
    return tuple(found)


_merged: list[tuple[tuple[Detector, ...], Vocabulary]] = []


def vocabulary_of(detectors: Sequence[Detector]) -> Vocabulary:
    """Every detector's names, merged once per set of detectors: what each file's effects
    are searched for at once."""
    for known, vocabulary in _merged:
        if len(known) == len(detectors) and all(a is b for a, b in zip(known, detectors)):
            return vocabulary
    vocabulary = Vocabulary.union(d.vocabulary() for d in detectors)
    _merged[:] = [(tuple(detectors), vocabulary)]  # one set of detectors per run: keep the last
    return vocabulary


def apart_at_shared_calls(reports: list[tuple[Rule, Report]]) -> list[tuple[Rule, Report]]:
    """A report about an acquisition inside a helper stands at the call in the code that
    repeats; when one rule finds two acquisitions behind the same call (a helper that adds two
    listeners, or one beside the call), the first stands there and the others at their own
    acquisitions, so that each cause keeps a line of its own. Reports standing at their own
    acquisition keep their place first."""
    taken: set[tuple[str, int]] = set()  # (rule, line): a reader, and an annotation, tells findings apart by line
    for rule, report in sorted(reports, key=lambda pair: pair[1].acquisition is None or pair[1].acquisition == pair[1].node, reverse=True):
        if (rule.id, report.node.start_point[0]) in taken and report.acquisition is not None and report.acquisition != report.node:
            report.node = report.acquisition
        taken.add((rule.id, report.node.start_point[0]))
    return reports


def fold_into_holders(reports: list[tuple[Rule, Report]]) -> list[tuple[Rule, Report]]:
    """One finding per cause: a report whose holder another rule reports becomes part of that
    report (its message and code flow) instead of a second finding on the same leak."""
    by_node, rules = {}, {}
    for rule, r in sorted(reports, key=lambda pair: pair[1].needs is None):  # a report of its own wins over a pending one at the same node
        if r.holder is None:  # the call a report stands at, and the acquisition it is about
            by_node.update({(n.start_byte, n.end_byte): r for n in (r.node, r.acquisition) if n is not None})
            rules[id(r)] = rule.id
    kept, taken = [], set()
    for rule, report in reports:
        holder = by_node.get((report.holder.start_byte, report.holder.end_byte)) if report.holder is not None else None
        if holder is None or holder is report or report.needs is not None:  # (a pending report stands or falls by its own summary)
            kept.append((rule, report))
            continue
        if report.leads and holder.needs is None and rules.get(id(holder)) == GROWING_HOLDER:
            _lead_over(report, holder)  # the request kept whole in a growing container: the capture is the cause to name
            taken.add(id(holder))
            kept.append((rule, report))
            continue
        named = report.as_part and any(f"captures `{name}`" in holder.message for name in _captured_names(report.as_part))
        if not named:  # the holder's own report names the capture already (a helper's call), with its steps
            holder.message = f"{holder.message}; {report.as_part}" if report.as_part else holder.message
            holder.code_flow = [*holder.code_flow, *report.code_flow]
        if holder.severity is Severity.NOTE and report.severity is not Severity.NOTE:
            holder.severity = None  # the captured request proves the code repeats: the rule's own level
    return [(rule, report) for rule, report in kept if id(report) not in taken]


# The rule whose report on a store of the request itself becomes that capture's part.
GROWING_HOLDER = "unbounded-collection"


def _lead_over(report: Report, holder: Report) -> None:
    """`streams.set(userId, res)`: the capture of the request stands at the store, and what the
    container's own report says (it grows, keyed by request data, never pruned) becomes its part,
    with the container's places; its level is the higher of the two."""
    report.message = f"{report.message}; {holder.message[:1].lower()}{holder.message[1:]}"
    report.related = [*report.related, (holder.node, "the container is declared here"),
                      *((node, why) for node, why in holder.related if node != report.node)]
    if SEVERITY_RANK.get(holder.severity, 1) > SEVERITY_RANK.get(report.severity, 1):  # (None: the rule's own level, a warning)
        report.severity = holder.severity


def _captured_names(part: str) -> list[str]:
    """The names a capture's message part says are captured: `res` in "... captures `res` ..."."""
    return re.findall(r"captures `([^`]+)`", part)


@dataclass(frozen=True)
class FileFacts:
    imported_uses: tuple[ImportedUse, ...] = ()
    reexports: tuple[ReExport, ...] = ()
    summaries: tuple[Summary, ...] = ()
    imports: tuple[str, ...] = ()
    helper_calls: tuple[HelperCall, ...] = ()
    unlisted: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _finding(source: SourceFile, rule: Rule, report: Report, seen: Counter, project_path: str,
             places: dict[int, tuple[Location, str, str]]) -> Finding:
    place = places.get(report.node.id)
    if place is None:
        shown = _chained_link(report.node)
        location = node_location(source, shown) if shown is report.node else replace(node_location(source, report.node),
                                                                                        start_line=shown.start_point[0] + 1,
                                                                                        start_column=source.column(*shown.start_point))
        place = places[report.node.id] = (location, _context_name(report.node), source.line_text(shown.start_point[0]))
    location, context, line = place
    anchor = line.strip()
    # A pending report is counted among those waiting on the same summary only: which other
    # helper calls a file judges depends on what the run knew of their helpers, and a count
    # shifted by one of those, dropped at the join, would change this one's fingerprint.
    needs = report.needs
    occurrence_key = (rule.id, context, " ".join(anchor.split()), (needs.specifier, needs.chain, needs.slot) if needs is not None else None)
    seen[occurrence_key] += 1
    return Finding(
        rule_id=rule.id,
        severity=rule.severity if rule.fixed_severity else report.severity or rule.severity,
        message=report.message,
        location=location,
        related=tuple(Related(node_location(source, node), message) for node, message in report.related),
        code_flow=tuple(Related(node_location(source, node), message) for node, message in report.code_flow),
        fingerprint=fingerprint(rule.id, project_path, context, anchor, seen[occurrence_key]),
        snippet=line[:MAX_SNIPPET],
        exported_as=report.exports,
        needs=replace(report.needs, site=location if report.needs_site is None else node_location(source, report.needs_site),
                      taken=destructured_keys(report.needs_site or report.node)) if report.needs else None,
    )


def _chained_link(node: Node) -> Node:
    """`proxy.once('a', f).once('error', g)`: a registration chained on the emitter the previous
    one hands back is shown from its own method name, the line a reader looks at; so is the
    last call of a chain written over several lines (`source$\n.pipe(...)\n.subscribe(fn)`)."""
    callee = node.child_by_field_name("function") if node.type == "call_expression" else None
    inner = callee.child_by_field_name("object") if callee is not None and callee.type == "member_expression" else None
    if inner is None or inner.type != "call_expression":
        return node
    prop = callee.child_by_field_name("property")
    if callee_name(node) in CHAINED and callee_name(inner) in CHAINED:
        return prop or node
    return prop if prop is not None and prop.start_point[0] > node.start_point[0] else node


def _project_path(path: str, root: str) -> str:
    """The file as the project names it, however the command line spelled it (`./src/a.js`, `src/a.js`)."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, root or os.getcwd())
    return (absolute if relative.startswith("..") else relative).replace(os.sep, "/")


def node_location(source: SourceFile, node: Node) -> Location:
    (start_row, start_col), (end_row, end_col) = node.start_point, node.end_point
    return Location(
        source.path,
        start_row + 1,
        source.column(start_row, start_col),
        end_row + 1,
        source.column(end_row, end_col),
    )


def _context_name(node: Node) -> str:
    """Names of the enclosing functions and classes: what a fingerprint keeps when lines move."""
    names = []
    for parent in ancestors(node):
        if parent.type in FUNCTION_TYPES:
            names.append(function_name(parent) or "<anonymous>")
        elif parent.type in CLASS_TYPES:
            names.append(text(parent.child_by_field_name("name")) or "<class>")
    return "/".join(reversed(names))


class BudgetExceeded(Exception):
    """Raised inside a file's analysis when its time budget runs out."""


@contextmanager
def time_budget(seconds: float):
    """Interrupt the analysis of one file after `seconds` (SIGALRM; a no-op where unavailable:
    other platforms, or a thread that is not the main one)."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise BudgetExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def analyse_file(path: str, detectors: Sequence[Detector], limits: Limits | None = None, settings: Settings | None = None,
                 helpers: Helpers | None = None) -> FileResult:
    settings = settings or Settings()
    limits = limits or settings.limits
    try:
        with time_budget(limits.max_seconds):
            return _analyse_file(path, detectors, limits, settings, helpers)
    except BudgetExceeded:
        message = f"skipped: analysis took longer than {limits.max_seconds:g} s (max-file-seconds)"
        return FileResult(path, notifications=(Notification(path, NoticeKind.SKIPPED, message, Severity.WARNING),))


def _analyse_file(path: str, detectors: Sequence[Detector], limits: Limits, settings: Settings, helpers: Helpers | None) -> FileResult:
    try:
        raw = read_regular_file(path, limits.max_bytes + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        return FileResult(path, notifications=(Notification(path, NoticeKind.UNREADABLE, f"cannot read file: {reason}", Severity.ERROR),))
    skipped = _skip_reason(raw, limits)
    if skipped:
        return FileResult(path, notifications=(Notification(path, NoticeKind.SKIPPED, skipped, Severity.NOTE),))
    try:
        text_, decoding_note = decode(raw)
    except DecodingError as error:
        return FileResult(path, notifications=(Notification(path, NoticeKind.SKIPPED, f"not analysed: {error}", Severity.NOTE),))
    notes = [Notification(path, NoticeKind.DECODING, decoding_note, Severity.NOTE)] if decoding_note else []
    source = parse(path, text_)
    notes.extend(_syntax_notes(source))
    findings, facts = analyse_with_facts(source, detectors, settings.root, helpers)
    findings, suppression_notes = suppressions.apply(findings, source, settings.policy)
    notes.extend(suppression_notes)
    final = tuple(f for f in findings if f.needs is None)
    pending = tuple(f for f in findings if f.needs is not None)
    return FileResult(path, final, tuple(notes), facts.imported_uses, facts.reexports, facts.summaries, pending, facts.imports,
                      facts.helper_calls, facts.unlisted)


def _skip_reason(raw: bytes, limits: Limits) -> str | None:
    if len(raw) > limits.max_bytes:
        return f"skipped: larger than {_size(limits.max_bytes)} (max-file-bytes)"
    if looks_binary(raw):
        return "skipped: binary content (NUL bytes), not JavaScript or TypeScript source"
    longest = max(map(len, raw.splitlines()), default=0) if len(raw) > limits.max_line_length else 0
    if longest > limits.max_line_length:
        return f"skipped: a line of {longest} bytes looks like a minified bundle (max-line-length {limits.max_line_length})"
    return None


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):g} MiB" if count >= 1024 * 1024 else f"{count} bytes"


def _syntax_notes(source: SourceFile) -> list[Notification]:
    errors = syntax_errors(source)
    notes = []
    for node in errors[:3]:
        row, col = node.start_point
        what = f"missing {node.type}" if node.is_missing else "syntax error"
        notes.append(
            Notification(
                source.path,
                NoticeKind.SYNTAX_ERROR,
                f"{what}; the rest of the file was analysed",
                Severity.WARNING,
                row + 1,
                source.column(row, col),
            )
        )
    if len(errors) > 3:
        notes.append(Notification(source.path, NoticeKind.SYNTAX_ERROR, f"{len(errors) - 3} more syntax errors", Severity.WARNING))
    return notes


# -- the pool ---------------------------------------------------------------------------------

_worker_detectors: list[Detector] = []
_worker_settings = Settings()
_worker_helpers: Helpers | None = None


def build_detectors(rules: Iterable[Rule]) -> list[Detector]:
    return [detector_class(rule.detector)(rule) for rule in rules]


def _init_worker(rules: list[Rule], settings: Settings, helpers: "HelperIndex | ListAll | None") -> None:
    global _worker_detectors, _worker_settings, _worker_helpers
    from .pipeline import collect_cycles_seldom

    collect_cycles_seldom()
    frameworks.extend(settings.handler_methods, settings.handler_functions)
    _worker_detectors = build_detectors(rules)
    _worker_settings = settings
    _worker_helpers = helpers


def _analyse_in_worker(path: str) -> FileResult:
    helpers = _worker_helpers.view(path) if isinstance(_worker_helpers, HelperIndex) else _worker_helpers
    return _safe_analyse(path, _worker_detectors, _worker_settings, helpers)


def _safe_analyse(path: str, detectors: Sequence[Detector], settings: Settings | None = None, helpers: Helpers | None = None) -> FileResult:
    """The last line of defence: a bug in leaklint becomes a notification, not a lost run."""
    try:
        return analyse_file(path, detectors, settings=settings, helpers=helpers)
    except RecursionError:
        return FileResult(path, notifications=(Notification(path, NoticeKind.SKIPPED, "skipped: nested too deeply to analyse", Severity.WARNING),))
    except Exception as error:  # noqa: BLE001 - reported, never swallowed silently
        message = f"internal error while analysing this file ({type(error).__name__}: {error}); please report it"
        return FileResult(path, notifications=(Notification(path, NoticeKind.UNREADABLE, message, Severity.ERROR),))


def in_process(jobs: int, count: int) -> bool:
    return jobs <= 1 or count < POOL_THRESHOLD


def analyse_many(paths: Sequence[str], rules: Sequence[Rule], jobs: int, settings: Settings,
                 helpers: "HelperIndex | None" = None, complete: bool = False) -> Iterator[FileResult]:
    """Results in the order of `paths`: in this process, or in a pool of `jobs` workers. With
    `helpers`, a file judges only the calls of helpers that have a summary by what the index
    knows when it is analysed: in this process the results come one at a time, and the caller
    adds each to the index before asking for the next (so helpers first is best); a worker
    knows nothing of the other files, lists every call and judges none: the run asks again for
    the files that need it (helper_index.needing_helpers). When the index is `complete` (it
    knows every file: that second pass), each worker gets a copy and judges as this process would."""
    if in_process(jobs, len(paths)):
        frameworks.extend(settings.handler_methods, settings.handler_functions)
        detectors = build_detectors(rules)
        for path in paths:
            yield _safe_analyse(path, detectors, settings, helpers.view(path) if helpers is not None else None)
        return
    chunksize = max(1, min(4, len(paths) // (jobs * 8)))
    from concurrent.futures import ProcessPoolExecutor  # here: a warm or one-job run never starts a pool

    given = (helpers if complete else ListAll()) if helpers is not None else None
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(list(rules), settings, given)) as pool:
        yield from pool.map(_analyse_in_worker, paths, chunksize=chunksize)
