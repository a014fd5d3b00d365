"""Project-level facts: what one file does to values another file exports.

Workers never see more than one file. Each one sends back, beside its findings, the facts
other files may need: which imported values it shrinks or hands away (`ImportedUse`) and which
names it re-exports from elsewhere (`ReExport`). After the pool is done, `join` reads them in
one pass and drops the findings they answer, such as a cache exported from `cache.js` and
cleared in `jobs.js`. A file is parsed twice only when a helper it calls turned out to
matter after it was analysed (leaklint.helper_index), and module paths are resolved only against the
files of this run: the file system is never asked.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from functools import cache

from .findings import ALLOWLIST, BASE_END, CONTAINER, INSTANCE_STEP, LENT_TO, OWN, RESULT, WATCHDOG, Chain, FileResult, Finding, Location, Related, Requirement, Severity, Summary, injected_index, is_option_step

# A field of a class's instances, emptied by any file through any instance (detectors.collection).
FIELD = "#field"
EXTENSIONS = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx")
MAX_REEXPORT_HOPS = 4
MAX_RELAY_ROUNDS = 3  # helpers deep, across files
MAX_ALIAS_ROOT_DEPTH = 8  # folders above an importer tried as the root an alias names
# Test code: a folder named for tests, mocks or fixtures, or a file named `*.test.*` / `*.spec.*`.
TEST_PATH = re.compile(r"(?:^|/)(?:tests?|__tests__|spec|e2e|__mocks__|fixtures?)/|\.(?:test|spec)\.[cm]?[jt]sx?$")


def is_test_path(path: str) -> bool:
    """A test's file: its process ends with its suite, and its calls repeat nothing a user runs."""
    return TEST_PATH.search(path.replace(os.sep, "/").replace("\\", "/")) is not None


# Rules that judge a call of a project module's function by its name alone, not knowing what
# the function does: their finding at a call that a helper's summary explains gives way.
NAME_JUDGED_RULES = frozenset({"dropped-unsubscribe"})


# The root aliases bundlers and frameworks set up by default (`@/lib/hub` in Next.js and Vue
# CLI projects, `~/utils/x` in Nuxt): a specifier that starts with one names a project file.
ROOT_ALIASES = ("@/", "~/")


def project_specifier(specifier: str) -> bool:
    """A specifier that names a file of the project: relative, or under a root alias."""
    return specifier.startswith((".", *ROOT_ALIASES))


def resolve(importer: str, specifier: str, known: "set[str] | frozenset[str]") -> str | None:
    """The analysed file a relative specifier names, tried the way Node and TypeScript do (a
    root alias from the nearest folder above the importer, or its `src`, that holds the file).
    With a frozenset of the run's files, remembered per importer (and per folder) and
    specifier: a run asks for each import several times (ordering, helpers, the join)."""
    if not project_specifier(specifier):
        return None
    if not isinstance(known, frozenset):
        return _resolve(os.path.dirname(importer), specifier, known)
    answers = _answers(known)
    key = (importer, specifier)
    found = answers.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        folder_key = (os.path.dirname(importer), specifier)
        found = answers.get(folder_key, _UNKNOWN)
        if found is _UNKNOWN:
            found = answers[folder_key] = _resolve(folder_key[0], specifier, known)
        answers[key] = found
    return found


_UNKNOWN = object()
# The answers for each set of files: the set kept alive with them, found by identity first;
# an equal set made elsewhere in the run shares them (compared once, not at every lookup).
_resolved: dict[int, tuple[frozenset[str], dict[tuple[str, str], "str | None"]]] = {}


def _answers(known: frozenset[str]) -> dict[tuple[str, str], "str | None"]:
    entry = _resolved.get(id(known))
    if entry is not None and entry[0] is known:
        return entry[1]
    answers = next((a for k, a in _resolved.values() if k == known), None)
    if answers is None:
        if len(_resolved) >= 8:
            _resolved.clear()
        answers = {}
    _resolved[id(known)] = (known, answers)
    return answers


def _resolve(folder: str, specifier: str, known: "set[str] | frozenset[str]") -> str | None:
    if specifier.startswith(ROOT_ALIASES):
        rest = "./" + specifier[2:]
        for _ in range(MAX_ALIAS_ROOT_DEPTH):
            found = _resolve(folder, rest, known) or _resolve(os.path.join(folder, "src"), rest, known)
            parent = os.path.dirname(folder)
            if found is not None or parent == folder:
                return found
            folder = parent
        return None
    base = os.path.normpath(os.path.join(folder, specifier))
    if base in known:
        return base
    stem, ext = os.path.splitext(base)
    # Tried lazily and in order: most specifiers name a file by its stem, found on the second try.
    retyped = (stem + other for other in EXTENSIONS) if ext in EXTENSIONS else ()  # './x.js' meaning './x.ts'
    suffixed = (base + other for other in EXTENSIONS)
    indexes = (base + os.sep + "index" + other for other in EXTENSIONS)
    return next((c for group in (retyped, suffixed, indexes) for c in group if c in known), None)


def join(results: list[FileResult]) -> list[FileResult]:
    """Findings through helpers of other files, by their summaries; then drop findings on
    exported values that another analysed file shrinks or takes over."""
    results = apply_summaries(results)
    if not any(f.exported_as for r in results for f in r.findings):
        return results
    by_path = {os.path.normpath(r.path): r for r in results}
    known = frozenset(by_path)
    released: set[tuple[str, Chain]] = set()
    if any(chain[:1] != (FIELD,) for r in results for f in r.findings for chain in f.exported_as):
        released = _released_uses(by_path, known)
    wanted = {os.path.normpath(r.path) for r in results for f in r.findings if any(c[:1] == (FIELD,) for c in f.exported_as)}
    fields = _emptied_fields(by_path, known, wanted) if wanted else {}
    joined = []
    for result in results:
        path = os.path.normpath(result.path)
        kept = tuple(f for f in result.findings if not any(
            (chain[1] in fields.get(path, ())) if chain[:1] == (FIELD,) else _released(path, chain, released) for chain in f.exported_as))
        joined.append(result if len(kept) == len(result.findings) else replace(result, findings=kept))
    return joined


def _emptied_fields(by_path: dict[str, FileResult], known: frozenset[str], wanted: set[str]) -> dict[str, set[str]]:
    """For each file, the field names that files near it in the import graph (it imports them
    or they import it, up to two steps) empty through some object: a handler module given the
    client deletes from `client.pending`. Unrelated files that share a field name stay apart."""
    emptied = {path: {u.chain[0] for u in r.imported_uses if u.specifier == FIELD and u.chain} for path, r in by_path.items()}
    if not any(emptied.values()):
        return {}
    near: dict[str, set[str]] = {path: set() for path in by_path}
    resolved: dict[tuple[str, str], str | None] = {}  # many files import the same module from one folder
    for path, result in by_path.items():
        folder = os.path.dirname(path)
        for specifier in result.imports:
            target = resolved.get((folder, specifier), "")
            if target == "":
                target = resolved[(folder, specifier)] = resolve(path, specifier, known)
            if target is not None and target != path:
                near[path].add(target)
                near[target].add(path)
    found: dict[str, set[str]] = {}
    for path in wanted:
        reach = set(near[path])
        for step in list(reach):
            reach |= near[step]
        reach.discard(path)
        found[path] = set().union(*(emptied[other] for other in reach)) if reach else set()
    return found


def _through_reexports(released: set[tuple[str, Chain]], by_path: dict[str, FileResult], known: frozenset[str]) -> set[tuple[str, Chain]]:
    """A use of `index.js`'s `cache` that `index.js` re-exports from `cache.js` is a use of cache.js."""
    found: set[tuple[str, Chain]] = set()
    frontier = set(released)
    for _ in range(MAX_REEXPORT_HOPS):
        step: set[tuple[str, Chain]] = set()
        for path, chain in frontier:
            result = by_path.get(path)
            for reexport in result.reexports if result is not None else ():
                if chain[: len(reexport.ours)] != reexport.ours:
                    continue
                target = resolve(path, reexport.specifier, known)
                if target is not None:
                    step.add((target, reexport.theirs + chain[len(reexport.ours):]))
        frontier = step - found - released
        found |= frontier
        if not frontier:
            break
    return found


def _released(path: str, chain: Chain, released: set[tuple[str, Chain]]) -> bool:
    """Released when the chain itself, or an object that holds it, was shrunk or handed away."""
    return any((path, chain[:n]) in released for n in range(1, len(chain) + 1))


def apply_summaries(results: list[FileResult]) -> list[FileResult]:
    """A call of an imported helper is a finding when the helper's file summarises what the
    call hands it (or the helper's own module object, slot OWN, or what it starts, slot
    RESULT) the same way; otherwise the pending finding is dropped (unknown callees stay
    unknown). One finding per cause: the helper's own finding on the step a promoted finding
    leads through goes, as does one on a step that every call in the project runs once."""
    if not any(r.pending for r in results) and not any(s.slot in PER_CALL_SLOTS or _constructing(s.chain) or injected_index(s.slot) >= 0
                                                        for r in results for s in r.summaries):
        return results
    by_path = {os.path.normpath(r.path): r for r in results}
    known = frozenset(by_path)
    summaries: dict[tuple[str, str, Chain, int], Summary] = {}
    steps: dict[tuple[str, str, Chain, int], list[Location]] = {}  # every place a helper does it (three `process.on`s)
    keeping: dict[tuple[str, str, Chain, int, int], Summary] = {}  # by the parameter kept, when one function keeps several
    for path, result in by_path.items():
        for summary in result.summaries:
            key = (summary.rule_id, path, summary.chain, summary.slot)
            summaries.setdefault(key, summary)
            steps.setdefault(key, []).append(summary.location)
            if summary.keeps_slot >= 0:
                keeping.setdefault((*key, summary.keeps_slot), summary)
    used = cache(lambda: _used_chains(by_path, known))  # asked only by a summary with `unless_used`
    emptied = cache(lambda: _emptied_containers(by_path, known, summaries))  # asked only by a container's summary
    promoted: dict[str, list[Finding]] = {}
    reached: set[tuple[str, Location]] = set()  # helpers' own steps that a caller's finding leads through
    waiting = [(os.path.normpath(r.path), f) for r in results for f in r.pending]
    undone: set[tuple[str, Location]] = set()  # calls whose helper's module has a remover for what they add, which is called
    for _ in range(MAX_RELAY_ROUNDS):  # a helper's summary passed on through helpers of further files; the bound ends cycles
        relayed, still = False, []
        for path, finding in waiting:
            needs = finding.needs
            target, summary = _summary_for(needs, resolve(path, needs.specifier, known), by_path, known, summaries)
            if summary is None:
                still.append((path, finding))
                continue
            if summary.keeps_slot >= 0 and summary.keeps_slot != needs.handed_closure:  # (a function that keeps several parameters)
                summary = keeping.get((needs.rule_id, target, summary.chain, summary.slot, needs.handed_closure))
                if summary is None:
                    continue  # `wrapMethod(pool, 'query', hook)`: it keeps what is in another place than the caller's closure
            ended = _instance_removers(summary) if needs.instance_read else set()
            if summary.replaces and not needs.first_on_fresh and not needs.relay:
                ended = set()  # `session.start()` per message: its teardown ends the last one started, not those it replaced
            if ended and (needs.handed_on or ended & set(needs.instance_calls)):
                continue  # `ws.dispose()` in a finally, or the instance handed on (returned, stored, passed) to whoever ends it
            if summary.once_per_instance and not needs.instance_read:
                continue  # one per object, on an object this run did not make (a long-lived channel's timer)
            if needs.torn_down and not ended and not summary.outlives_teardown:
                continue  # `poller.stop()` on the same instance, and the summary names no removers of its own to check it against
            if summary.disposer and needs.kept and not ended and not _disposer_left_behind(summary, needs) and not _own_end_missed(summary, needs):
                if needs.hands_back:  # `relay(res) { return hub.listen(fn) }`: its callers get the disposer to keep
                    relayed |= _relay(needs, path, summary, None, summaries, steps, disposer=True)
                continue
            if set(summary.removers) & set(needs.handed_with):
                continue  # `forget(seen, id)`: the caller also hands the container to the module's remover
            if summary.options_slot >= 0 and summary.options_slot in needs.self_ending:
                continue  # `subscribe(bus, fn, { signal })`: the caller's options end the registration
            if summary.reused_only and not needs.reused:
                continue  # `socket.once('connect', fn)`: the next 'connect' of an object that is not reused consumes it
            if summary.result_property != needs.result_property:
                continue  # `openObject(key).body` piped: the helper's summary must say that property holds what it opens
            if summary.partner_slot != needs.partner or summary.pipe_into != needs.piped_into:
                continue  # `bridge(a, b)` pairs two other parameters than the two this caller hands it
            if summary.slot == LENT_TO and summary.lent_to != needs.lent_to:
                continue  # lends to another callback, or another argument of it
            if needs.lender is not None and not _lends(needs, path, by_path, known, summaries):
                continue  # `withConnection(work)` of another module does not lend a pool's connection to `work`
            if summary.over_key_slot >= 0 and (needs.fresh[summary.over_key_slot:summary.over_key_slot + 1] or ("",))[0] in ("id", "connection"):
                continue  # `typing.start(client.id)`: a new key per run, so no earlier entry under it to lose
            if summary.replaces and (needs.first_on_fresh or needs.relay) and not (ended and needs.instance_read):
                continue  # `const s = new Session(); s.start()`: no running one on that instance to lose (nor proof of a second call)
                # (unless only `s.stop()` ends it, which this run never calls: the first one stays too)
            if summary.omitted_slot >= 0 and len(needs.literals) > summary.omitted_slot:
                continue  # `wrap(res, 'end', fn, mine)`: the caller hands its own list in place of the module's
            undoing = [chain for chain in summary.unless_used if (target, chain) in used()]
            one_path = bool(undoing) and all(chain[-1:] in {c[-1:] for c in needs.partial} for chain in undoing)  # one function, however exported
            mismatched = bool(undoing) and all(chain[-1] in needs.mismatched for chain in undoing)  # `unsubscribe(setItems)` for an inline arrow
            if undoing and not needs.left_by_timeout and not one_path and not mismatched:
                undone.add((path, finding.location))
                continue  # some file calls (or takes) the function that removes what the helper adds (not this call's timeout)
            if mismatched and any(key[0] == REMOVAL_MISMATCH and key[1] == target and key[2] in undoing for key in summaries):
                continue  # the remover is handed a new function: the mismatch rule reports that call, the one cause (as in one file)
            held = _container_held(needs, path, summary, target, by_path, known, summaries, used, emptied)
            if held is None:
                continue  # the container it grows is emptied, bounded or taken over somewhere
            if summary.key_slot >= 0 and _asked_a_list(needs.rule_id, needs.guarded, summary.key_slot, path, by_path, known, summaries):
                continue  # `if (!isPreset(p)) return` first, with `isPreset()` asking a fixed list: one of a few keys
            keys = [needs.fresh[slot] for slot in (summary.key_slot, *summary.other_key_slots) if 0 <= slot < len(needs.fresh)]
            key = "request" if "request" in keys else next((k for k in keys if k), "")
            if summary.key_slot >= 0 and not key and (not summary.disposer or _fixed_at(needs, summary.key_slot)):
                continue  # `templates.load('page.html')`, `loggerFor(config.name)`: keys that need not be new per run
                # (a helper that hands back what removes its entry: any key but a fixed one leaves it when dropped)
            found = _through_summary(finding, summary, target, held)
            if summary.resource:  # `a watcher is started through render()`, which starts a worker
                found = replace(found, message=_named_resource(found.message, summary.resource))
            if summary.disposer and needs.kept and _own_end_missed(summary, needs):  # kept, but only other methods called on it
                called = f"only `{'()`, `'.join(needs.ended_with)}()` is called on it" if needs.ended_with else "nothing is called on it"
                found = replace(found, message=f"{found.message}; the caller keeps it, but {called}, never "
                                               f"{' or '.join(f'`{m}()`' for m in summary.own_releases)}, which alone end it")
            elif summary.disposer and needs.kept:  # kept, but destructured without the disposer
                found = replace(found, message=f"{found.message}; `{summary.helper}()` hands back `{summary.disposer_key}` to end it, "
                                               f"and the caller takes only `{'`, `'.join(needs.taken)}` from its result")
            if summary.over_key_slot >= 0:  # `scheduler.schedule(tenantId, ms)` per request: what that key held before is lost
                head = found.message.split(" and ", 1)[0]
                found = replace(found, message=f"{head}, which keeps it under the key of argument {summary.over_key_slot + 1} over the one "
                                               "an earlier call kept under the same key, without ending that one: every repeat for a key "
                                               "leaves one more running that nothing can reach")
            if summary.outlives_teardown and needs.torn_down:  # `poller.stop()` on close, a stop that clears nothing
                found = replace(found, message=f"{found.message}; the teardown this code calls on the instance does not end it")
            if summary.removed_only:  # the helper removes (or ends) it itself, on one path of the operation only
                kept = "keeps its entry" if "; never pruned" in found.message else "leaves it behind"
                def tail(match: re.Match) -> str:
                    verb = "removes" if match.group(1) in ("pruned", "removed") else "ends"
                    return f"; the helper {verb} it {summary.removed_only}: every operation that ends the other way {kept}"
                found = replace(found, message=re.sub(r"(?:;| and) never (pruned|removed|closed|cleared|stopped|terminated|released|disconnected|killed)",
                                                      tail, found.message, count=1))
            if mismatched:
                found = replace(found, message=f"{found.message.replace('; never pruned', '', 1).replace('; never removed', '', 1)}; "
                                               f"`{undoing[0][-1]}()` is called with another function than the one written at this call, "
                                               "so it takes nothing out")
            if one_path:  # `begin(id)`, then `finish(id)` in the `.then()` only
                names = " or ".join(dict.fromkeys(f"`{chain[-1]}()`" for chain in undoing))  # (`complete()` or `abandon()`: either ends it)
                found = replace(found, message=f"{re.sub(r'; never (?:pruned|removed|unsubscribed|cleared|closed)', '', found.message, count=1)}; {names} removes it "
                                                  f"{needs.partial_path}: every operation that ends that way keeps "
                                                  + ("its entry" if summary.rule_id == "unbounded-collection" else "what it added"))
            if ended:  # `const ws = new Workspace()`, then `ws.dispose()` at the end of the `try` only, or never
                once = sorted(ended & set(needs.instance_partial))
                shown = "`, `".join(f"{name}()" for name in sorted(ended))
                how = (f"this run calls `{once[0]}()` on the instance {needs.partial_path}: every run that ends that way leaves it" if once
                       else "this run never calls it on the instance it makes")
                found = replace(found, message=re.sub(r"(?:;| and) never (?:removed|pruned|cleared|stopped|closed|disconnected)",
                                                      lambda _: f"; only `{shown}` ends it, and {how}",
                                                      found.message, count=1))
            value = needs.fresh[summary.value_slot] if 0 <= summary.value_slot < len(needs.fresh) else ""
            if key == "request":  # as in one file: a key the client chooses grows the container without bound
                found = replace(found, severity=Severity.ERROR, message=f"{found.message}: keyed by request data, it gains an entry with every request")
            elif value == "request":
                found = replace(found, severity=Severity.ERROR, message=f"{found.message}: holding request data, it gains an entry with every request")
            elif "connection" in (key, value):  # the connection a connection handler is handed: one entry per client
                found = replace(found, severity=Severity.ERROR, message=f"{found.message}: {'keyed by' if key == 'connection' else 'holding'} "
                                                                        "the client's connection, it gains an entry with every connection")
            promoted.setdefault(path, []).append(found)
            reached |= {(summary.rule_id, step) for step in steps[(summary.rule_id, target, summary.chain, summary.slot)]}
            relayed |= _relay(needs, path, summary, found.location, summaries, steps)
        waiting = still
        if not relayed:
            break
    reached |= _run_once_only(by_path, known, summaries, steps)
    guessed = _judged_by_every_caller(by_path, known, steps)  # (only a note there is a guess about its callers)
    joined = []
    for result in results:
        path = os.path.normpath(result.path)
        # One finding per cause: the helper's own note on the step a caller's finding leads through goes.
        kept = [f for f in result.findings if (f.rule_id, f.location) not in reached
                and not (f.severity is Severity.NOTE and (f.rule_id, f.location) in guessed)]
        if not result.pending and len(kept) == len(result.findings):
            joined.append(result)
            continue
        # Not a middle step another file's finding covers, nor a call the file's rule reports by itself.
        own = {(f.rule_id, f.location) for f in kept}
        relayed_on = [f for f in promoted.get(path, ()) if (f.rule_id, f.location) not in reached and (f.rule_id, f.location) not in own]
        # A guess from a method's name (`events.subscribe(bus, fn)` drops a subscription) yields
        # to what the helper's summary shows the call does there: one finding per cause.
        explained = {f.location for f in relayed_on} | {location for at, location in undone if at == path}
        kept = [f for f in kept if not (f.rule_id in NAME_JUDGED_RULES and f.location in explained)]
        findings = tuple(sorted((*kept, *relayed_on), key=Finding.sort_key))
        joined.append(replace(result, findings=findings, pending=()))
    return joined


def _asked_a_list(rule_id: str, guarded: tuple[tuple[int, str, Chain], ...], slot: int, path: str, by_path: dict[str, FileResult],
                  known: frozenset[str], summaries: dict[tuple[str, str, Chain, int], Summary]) -> bool:
    """Whether a guard before a call checked its argument `slot` with an imported predicate
    whose own file summarises it as asking a fixed list (`guarded`: Requirement.guarded)."""
    return any(index == slot and _summary_for(Requirement(rule_id, specifier, chain, ALLOWLIST, ""), resolve(path, specifier, known),
                                              by_path, known, summaries)[1] is not None
               for index, specifier, chain in guarded)


def _fixed_at(needs, slot: int) -> bool:
    """The caller passes one of a few values there (a literal, `req.method`): one entry at most."""
    return 0 <= slot < len(needs.literals) and needs.literals[slot] is not None


def _own_end_missed(summary: Summary, needs: Requirement) -> bool:
    """The caller keeps what the helper hands back (a Redis connection) and calls methods on it,
    none of them one of the few that end it (`unsubscribe()`, not `quit()`)."""
    return bool(summary.own_releases) and needs.ended_with is not None and not set(needs.ended_with) & set(summary.own_releases)


def _disposer_left_behind(summary: Summary, needs) -> bool:
    """The caller destructures the helper's result without the property that holds its
    disposer (`const { data } = usePolling(url)` of `return { data, stop }`): nothing it keeps
    can release what the helper started."""
    return bool(summary.disposer_key) and needs.taken is not None and summary.disposer_key not in needs.taken


def _relay(needs, path: str, summary: Summary, location: Location | None, summaries: dict, steps: dict, disposer: bool = False) -> bool:
    """`watchTopic(name, fn) { subscribe(bus, ...) }`, exported: its callers do it too (a
    summary of slot OWN for each chain the calling function is exported under). Whether it
    added one: the join then reads the waiting calls again."""
    where = location if location is not None else needs.site
    added = False
    slot = RESULT if needs.slot == RESULT else OWN  # what a helper starts and loses, its relaying function loses too
    for chain in needs.relay:
        relay_key = (needs.rule_id, path, chain, slot)
        if relay_key not in summaries and where is not None:
            summaries[relay_key] = Summary(needs.rule_id, chain, slot, chain[-1], where,
                                           f"`{summary.helper}()` is called here, and {summary.action.replace(' here', ' in it', 1)}",
                                           summary.event, summary.event_slot, disposer=disposer,
                                           removed_only=summary.removed_only or (needs.partial_path if not (needs.partial or needs.instance_read) else ""))
                                           # (`const unlink = link(...); await q; unlink()`: what the relaying code removes on one path)
            steps[relay_key] = [where]
            added = True
        elif where is not None and relay_key in steps and where not in steps[relay_key]:
            steps[relay_key].append(where)  # a second call of it in the same function: a step of the same relayed summary
    return added


def _summary_for(needs, target: str | None, by_path: dict[str, FileResult], known: frozenset[str],
                 summaries: dict[tuple[str, str, Chain, int], Summary]) -> tuple[str | None, Summary | None]:
    """The summary a pending call needs, in the file it imports from or, through that file's
    re-exports (`export { f } from './f'`, `export * from './f'`), in the file that defines it."""
    frontier = [(target, needs.chain)] if target is not None else []
    for _ in range(MAX_REEXPORT_HOPS + 1):
        step = []
        for path, chain in frontier:
            summary = summaries.get((needs.rule_id, path, chain, needs.slot))
            if summary is not None:
                return path, summary
            result = by_path.get(path)
            for hop in result.reexports if result is not None else ():
                if chain[:len(hop.ours)] == hop.ours:
                    origin = resolve(path, hop.specifier, known)
                    if origin is not None:
                        step.append((origin, hop.theirs + chain[len(hop.ours):]))
        frontier = step
    return None, None


def _lends(needs, path: str, by_path: dict[str, FileResult], known: frozenset[str],
           summaries: dict[tuple[str, str, Chain, int], Summary]) -> bool:
    """Whether the function the caller hands its callback to (`needs.lender`) lends that
    callback what a pool lends, at the argument and position the call's argument came from."""
    specifier, chain = needs.lender
    lender = replace(needs, specifier=specifier, chain=chain, slot=LENT_TO)
    summary = _summary_for(lender, resolve(path, specifier, known), by_path, known, summaries)[1]
    return summary is not None and summary.lent_to == needs.lent_to


def _container_held(needs, path: str, summary: Summary, target: str, by_path: dict[str, FileResult], known: frozenset[str],
                    summaries: dict[tuple[str, str, Chain, int], Summary], used, emptied) -> "tuple[str, Summary | None] | None":
    """For a pending add to an imported container (directly, slot CONTAINER, or through a helper
    it is handed to): the container's file and summary, or None when the container's module
    does not summarise it or some analysed file empties it, takes it over or calls what
    removes its entries. (target, None) for a finding that grows no imported container."""
    if summary.slot == CONTAINER:
        where, container = target, summary
    elif needs.container is not None:
        specifier, chain = needs.container
        where, container = _summary_for(replace(needs, chain=chain, slot=CONTAINER), resolve(path, specifier, known), by_path, known, summaries)
        if container is None:
            return None
    else:
        return target, None
    if container.unless_used and any((where, chain) in used() for chain in container.unless_used):
        return None
    if _released(where, container.chain, emptied()):
        return None
    return where, container


def _emptied_containers(by_path: dict[str, FileResult], known: frozenset[str],
                        summaries: dict[tuple[str, str, Chain, int], Summary]) -> set[tuple[str, Chain]]:
    """Every (file, chain) of an exported container that some analysed file shrinks or hands
    away, where a hand-off to a helper whose summary adds to what it gets there (`wrap(res,
    'send', fn, hooks)` grows `hooks`) is an add, not a release."""
    return _released_uses(by_path, known, frozenset(key[1:] for key in summaries))


def _released_uses(by_path: dict[str, FileResult], known: frozenset[str],
                   growing: "frozenset[tuple[str, Chain, int]]" = frozenset()) -> set[tuple[str, Chain]]:
    """Every (file, chain) of an exported value that some analysed file shrinks or hands away,
    through re-exports; a hand-off to a helper's parameter in `growing` (file, chain, slot)
    does not count."""
    released: set[tuple[str, Chain]] = set()
    slots = growing
    for path, result in by_path.items():
        for use in result.imported_uses:
            target = resolve(path, use.specifier, known) if use.specifier != FIELD else None
            if target is None:
                continue
            if use.via is not None:
                specifier, chain, slot = use.via
                helper = resolve(path, specifier, known)
                if helper is not None and (helper, chain, slot) in slots:
                    continue  # handed to a helper that grows it: an add, judged at that call
            released.add((target, use.chain))
    return released | _through_reexports(released, by_path, known)


def _used_chains(by_path: dict[str, FileResult], known: frozenset[str]) -> set[tuple[str, Chain]]:
    """Every (file, chain) some analysed file calls or takes as a value, through re-exports."""
    used: set[tuple[str, Chain]] = set()
    for path, result in by_path.items():
        for chain, specifier in [*((c.chain, c.specifier) for c in result.helper_calls if not c.at_shutdown),
                                 *((u.chain, u.specifier) for u in result.imported_uses)]:
            target = resolve(path, specifier, known) if specifier != FIELD else None
            if target is not None:
                used.add((target, chain))
    return used | _through_reexports(used, by_path, known)


# The rule that reports a removal handed a function never registered (detectors.removal_mismatch).
REMOVAL_MISMATCH = "listener-removal-mismatch"

# Slots of what a helper does on every call whatever its caller hands it: called only once, it does it once.
PER_CALL_SLOTS = (OWN, RESULT, WATCHDOG)


def _run_once_only(by_path: dict[str, FileResult], known: frozenset[str], summaries: dict[tuple[str, str, Chain, int], Summary],
                   steps: dict[tuple[str, str, Chain, int], list[Location]]) -> set[tuple[str, Location]]:
    """The steps of helpers (slots PER_CALL_SLOTS) that the project calls, and only in ways that
    add nothing per run: from code that runs once, at start-up, or with a string literal for the
    key the entry is stored under. Their own notes go. A helper nobody here calls keeps its note
    (its callers are unknown)."""
    by_chain: dict[tuple[str, Chain], list[Summary]] = {}
    for (_, where, chain, slot), summary in summaries.items():
        if slot in PER_CALL_SLOTS or _constructing(chain):
            by_chain.setdefault((where, chain), []).append(summary)
    harmless: dict[tuple[str, str, Chain], bool] = {}
    for path, result in by_path.items():
        for call in result.helper_calls:
            target, chain = _defined_at(resolve(path, call.specifier, known), call.chain, by_path, known, by_chain)
            for summary in by_chain.get((target, chain), ()) if target is not None else ():
                fixed_key = 0 <= summary.key_slot < len(call.literals) and (call.literals[summary.key_slot] is not None or (
                    call.guarded and _asked_a_list(summary.rule_id, call.guarded, summary.key_slot, path, by_path, known, summaries)))
                key = (summary.rule_id, target, chain)
                harmless[key] = harmless.get(key, True) and (call.once or fixed_key) and not summary.per_result_call
    return {(rule, step) for (rule, target, chain, slot), places in steps.items()
            if (slot in PER_CALL_SLOTS or _constructing(chain)) and harmless.get((rule, target, chain)) for step in places}


def _judged_by_every_caller(by_path: dict[str, FileResult], known: frozenset[str],
                            steps: dict[tuple[str, str, Chain, int], list[Location]]) -> set[tuple[str, Location]]:
    """The steps of methods acting on what their instance's constructor was handed (injected
    slots), where the project calls the method and every call judged what its `new` hands over:
    the callers decide (a finding of theirs, or none for an object that dies with the run), so
    the method's own note, a guess for callers nobody knows, goes (a warning there stands on its own)."""
    calls: dict[tuple[str, Chain], bool] = {}
    wanted = {(target, _without_option(chain)): None for (_, target, chain, slot) in steps if injected_index(slot) >= 0}
    for path, result in by_path.items():
        for call in result.helper_calls:
            target, chain = _defined_at(resolve(path, call.specifier, known), call.chain, by_path, known, wanted)
            if target is not None:
                calls[(target, chain)] = calls.get((target, chain), True) and call.judged
    return {(rule, step) for (rule, target, chain, slot), places in steps.items()
            if injected_index(slot) >= 0 and calls.get((target, _without_option(chain))) for step in places}


def _defined_at(target: str | None, chain: Chain, by_path: dict[str, FileResult], known: frozenset[str],
                wanted: "dict[tuple[str, Chain], object]") -> tuple[str | None, Chain]:
    """The file and chain a call's chain names, through re-exports (`export { onStock } from
    './stock'` in an index file), when the file it imports from has nothing under it in `wanted`."""
    for _ in range(MAX_REEXPORT_HOPS):
        result = by_path.get(target) if target is not None else None
        if result is None or (target, chain) in wanted:
            break
        hop = next((h for h in result.reexports if chain[:len(h.ours)] == h.ours), None)
        origin = resolve(target, hop.specifier, known) if hop is not None else None
        if origin is None:
            break
        target, chain = origin, hop.theirs + chain[len(hop.ours):]
    return target, chain


def _without_option(chain: Chain) -> Chain:
    """A method's chain without the step that names one option of what `new` hands it (`{bus}`)."""
    return chain[:-1] if chain and is_option_step(chain[-1]) else chain


def _instance_removers(summary: Summary) -> set[str]:
    """The methods of an instance that undo what its making did (`dispose()` taking its 'exit'
    hook off `process`, `destroy()` clearing its interval): a summary of slot OWN or RESULT whose
    removers are the instance's own methods."""
    return {chain[-1] for chain in summary.removers if chain[-2:-1] == (INSTANCE_STEP,)} if summary.slot in (OWN, RESULT) else set()


def _constructing(chain: Chain) -> bool:
    """A class's constructor (`new Client(bus)`): what it does to what it is handed happens once
    per instance, and an instance made only at start-up does it once."""
    return chain[-1:] == ("constructor",)


def _named_resource(message: str, resource: str) -> str:
    """The caller's message with the rule's word for what starts (`a watcher is started through`,
    `watcher started through`) replaced by what the helper's summary says it starts."""
    from .semantic.nodes import article  # (here, not at the top: a run the cache answers never loads the analysis)

    def named(match: re.Match) -> str:
        return f"{article(resource) + ' ' if match.group(1) else ''}{resource}{match.group(2) or ''} started through"
    return re.sub(r"^(an? )?[\w ]+?( is)? started through", named, message, count=1)


def _through_summary(finding: Finding, summary: Summary, target: str, held: "tuple[str, Summary | None]") -> Finding:
    needs = finding.needs
    event = summary.event
    if event is None and 0 <= summary.event_slot < len(needs.literals):
        event = needs.literals[summary.event_slot]
    shown = f"'{event}'" if event is not None else "an event"
    if summary.slot == CONTAINER:
        steps = (
            Related(needs.site or finding.location, f"an entry is added to `{needs.argument}` here"),
            Related(summary.location, f"{summary.action}, in {os.path.basename(target)}"),
        )
        return replace(finding, code_flow=(*steps, *finding.code_flow), needs=None)
    given = f"gets `{needs.argument}` as parameter {summary.slot + 1}" if summary.slot >= 0 else \
        f"acts on `{needs.argument}`, which `new` handed its instance as parameter {injected_index(summary.slot) + 1}" \
        if injected_index(summary.slot) >= 0 else "is called"
    if summary.slot == BASE_END:
        steps = (Related(needs.site or finding.location, f"this `{needs.chain[-1]}()` replaces the one of `{needs.argument}`"),
                 Related(summary.location, f"{summary.action}, in {os.path.basename(target)}"))
        return replace(finding, code_flow=(*steps, *finding.code_flow), needs=None)
    steps = (
        Related(needs.site or finding.location, f"`{summary.helper}()` {given}"),
        Related(summary.location, f"{summary.action}, in {os.path.basename(target)}, reached through `{summary.helper}()`"),
    )
    where, container = held
    if container is not None:
        steps += (Related(container.location, f"{container.action}, in {os.path.basename(where)}"),)
    message = finding.message.replace("listener added", f"listener for {shown} added", 1)
    if summary.keeps_slot >= 0 and finding.code_flow:  # the closure's own steps end at the call: the helper's store comes last
        return replace(finding, message=message, code_flow=(*finding.code_flow, steps[1]), needs=None)
    return replace(finding, message=message, code_flow=(*steps, *finding.code_flow), needs=None)
