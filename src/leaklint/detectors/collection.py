"""The collection detector: a long-lived Map, Set, array or dictionary that only ever grows.

For every container (semantic.containers) it classifies each use of the container's keys:
growth (`set`, `add`, `push`, `obj[k] = v`), shrink (`delete`, `clear`, `splice`, `shift`,
`pop`, `length = 0`, reassignment), an alias (followed), an escape (handed to code we cannot
see: precision first, someone else may bound it) or a neutral read. A container is reported
when it grows from code that runs again and nothing can shrink it. Growth that cannot pile up
does not count: code that runs once, keys limited to literal values, and adds guarded by a
size check.

A container exported to other modules is reported with the names it is exported under; the
engine drops the finding when another analysed file shrinks it (leaklint.project).

Owners beyond the module (semantic.owners) are judged per operation: a field of a long-lived
class's instances counts when a method adds to it with a fresh key (semantic.provenance) and no
removal runs on the normal path (semantic.paths); a function's local counts when a closure the
function hands out grows it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..findings import ALLOWLIST, NOWHERE, OWN, RESULT, ImportedUse, Requirement, Severity, Summary, injected_index, injected_slot, option_step
from ..semantic import RunContext, RunsHow, run_context
from ..semantic.guards import guarded_once
from ..semantic.inner_lists import inner_lists
from ..semantic.injected import instance_method_calls, kept_from_constructor, kept_field, made_by_new, method_named, own_class_made
from ..semantic.platform import run_at_exit_only
from ..semantic.runs import takes_a_request
from ..semantic.callers import call_flow, never_called, refine
from ..semantic.frameworks import TEARDOWN_METHODS
from ..semantic.missed_paths import (waited_before, skipped_by_throw, Miss, at_shutdown, exit_before, drained_in_try_only, failure_skips_release, remover_on_finish_only, in_timer_callback, lifecycle_miss, line,
                                     listener_of, missed_by_some, missed_path, thrown_in_helper)
from ..semantic.lifecycles import lifecycle_start
from ..semantic.containers import CLOSURE_INSTANCE, EXTENDERS, PLATFORM_READ, PROPERTY_CONTAINER, Container, closure_candidates, find_containers, platform_containers, platform_read_containers, reused_or_made
from ..semantic.keys import Key, key_of, prototype_constructor, read_table, this_owner
from ..semantic.scopes import ONCE_BLOCKS, BindingKind
from ..semantic.exports import (
    INSTANCE_STEP, LOCAL_STEP, SHARED_STEP, class_exports, constructor_exports, exported_class_method_only, exported_method_only, exported_only, function_exports, summary_chains, instance_exports,
    made_at_load, top_level_functions, value_exports,
)
from ..semantic.effects import Effect, Kind
from ..semantic.handles import ESCAPE_PARENTS
from ..semantic.releases import HANDED_ON, clears_of, handle_cleared, handle_kept, never_finalized, releasing_names
from ..semantic.nodes import (
    in_returned_disposer,
    promise_of_executor,
    CLASS_TYPES,
    BRANCHING_TYPES,
    FUNCTION_TYPES,
    handed_to,
    method_call_on,
    returned_by,
    returned_disposer_key,
    returned_values,
    top_level_function,
    LOOP_TYPES,
    ancestors,
    module_statements,
    callee_name,
    callee_object,
    walk,
    call_arguments,
    contains,
    enclosing_function,
    function_name,
    is_constructor,
    outermost,
    running_function,
    short_text,
    shown_callee,
    string_value,
    text,
    unwrap,
)
from ..semantic.counterparts import counterpart, spelled_name
from ..semantic.summaries import parameter_index, parameter_list
from ..semantic.requests import is_request_handler, request_data
from ..semantic.answers import answers_entry
from ..semantic.owners import calls_of_own_method, method_calls_by_name, module_called, owner_method, stored_in_field
from ..semantic.callers import same_file_callee
from ..semantic.paths import LISTEN_METHODS, Path, path_of
from ..semantic.siblings import forgotten_siblings
from ..semantic.lifetimes import access_root
from ..semantic.listens import registration_parts
from ..semantic.releases import normalised, removed_key
from ..semantic.provenance import allowlisted, asks_a_list, bounded_argument, bounded_as_passed, fresh_key, from_fixed_list, is_bounded_key, key_from_own_list, one_of_few, request_source
from ..semantic.search import BLANK_BYTES, DOT, IDENTIFIER_BYTES, class_bodies, matches_at_word_start, name_nodes, word_positions
from ..semantic.known_apis import known_effect
from ..semantic.uses import Use, iterator_result, use_of
from ..semantic.summaries import MAX_HOPS, THIS, Hop, ImportedCall, Slot, call_sites, helper_hop, imported_call_at, parameter_names, slot_of, substitute
from .connection_ends import disconnect_after_acknowledge_only, end_skipped_by_guard
from ..semantic.outcome_ends import released_on_one_outcome
from ..semantic.custom_pairs import custom_pairs
from .base import (Detector, Report, argument_freshness, asked_only, at_connection_end, handed_back_remover_misses, kept_remover_missed, keep_own_summaries, method_calls_on_result, own_object_calls,
                   own_summaries, per_mount, remover_path_words, repeated_constructions, repeated_run, repeating_report, teardown_calls)
from ..project import FIELD
from .imported_containers import container_summaries, derived_from, imported_growth, looked_up, shared_field_summaries, timed_out_helper_adds
from .parameters import PARAMETERS

MAX_ALIAS_DEPTH = 3


@dataclass
class Growth:
    site: Node  # the call or assignment that adds
    key: Node | None  # what decides whether a new entry appears: a key, an added value, or None
    via: Node | None = None  # where a helper that `site` calls adds the entry


@dataclass
class Uses:
    growths: list[Growth] = field(default_factory=list)
    shrinks: bool = False
    escapes: bool = False
    size_checks: list[Node] = field(default_factory=list)
    pending: list[tuple[ImportedCall, int, Node]] = field(default_factory=list)  # handed to imported helpers
    releases: list[Effect | None] = field(default_factory=list)  # each shrink, when it is read as an effect
    dead_releases: list[Effect] = field(default_factory=list)  # shrinks in functions nothing calls (callers.never_called)
    misses: list[tuple[Effect, str]] = field(default_factory=list)  # shrinks by a field no entry has (_settle_missing_fields)
    wrong_keys: list[tuple[Effect, str]] = field(default_factory=list)  # a counterpart's shrinks by another key (_settle_wrong_keys)
    swept_at_end: bool = False  # then only a sweep at the end of a client's connection is left
    exported_releases: set[tuple[str, ...]] = field(default_factory=set)  # chains of exported functions that shrink, uncalled here
    deferred: list[Effect] = field(default_factory=list)  # those shrinks themselves: where in their function they remove still counts
    exported_methods: list[tuple[Effect, set[tuple[str, ...]]]] = field(default_factory=list)  # shrinks in an exported instance's methods, uncalled here
    exported_functions: list[tuple[Effect, set[tuple[str, ...]]]] = field(default_factory=list)  # shrinks in exported functions, uncalled here
    offered: bool = False  # a factory's clear() offered on what it hands out, which only callers may call
    offered_names: tuple[str, ...] = ()  # the names it offers them under (`release` of `{ register, release }`)
    reset_by: str = ""  # the teardown of the module's one instance that empties it wholesale, once, at the end
    reset_at_exit: bool = False  # ... or a function that only the process's exit and signal listeners call
    capped_when: Node | None = None  # the other condition of a size cap that holds only with it (_settle_conditional_caps)


# Words of a removal routine's name, before any tree is read (plain substring searches: an
# alternation with IGNORECASE scans a large file slowly).
REMOVAL_WORDS = (b"remove", b"Remove", b"unregister", b"Unregister", b"forget", b"Forget", b"drop", b"Drop", b"evict", b"Evict",
                 b"release", b"Release", b"cleanup", b"Cleanup", b"untrack", b"Untrack", b"detach", b"Detach")


# Members of a memoized function that only report on it (`quote.stats()`, `quote.size`): reading
# them manages nothing, unlike `quote.clear()` or `quote.cache`.
READ_ONLY_MEMBERS = re.compile(r"^(?:stats|size|length|name|hits|misses|info|inspect|toString)$")


class CollectionDetector(Detector):
    kind = "collection"
    parameters = PARAMETERS["collection"]
    _summary_depth = 0  # helpers followed so far while classifying one use

    def check(self, ctx: FileContext) -> Iterator[Report]:
        if ctx.relative_imports:
            yield from own_object_calls(ctx, self.rule.id, "entry added", "never pruned", "a container of its module", module_life=True)
            yield from imported_growth(self, ctx)
            yield from timed_out_helper_adds(self.rule.id, ctx)
            yield from self._made_at_load_and_called(ctx)
            yield from self._constructed_per_run(ctx)
        if ctx.source.data.has_any(PLATFORM_OWNERS_SPELLED) and PROPERTY_CONTAINER.search(ctx.source.data) is not None:
            for container in platform_containers(ctx.model):  # `req.socket.server.inflight = new Map()`
                report = self._judge(container, ctx)
                if report is not None:
                    yield report
        if (b".locals." in ctx.source.data or b".server." in ctx.source.data) and PLATFORM_READ.search(ctx.source.data) is not None:
            for container in platform_read_containers(ctx.model):  # `const registry = req.app.locals.inflight`
                report = self._judge(container, ctx)
                if report is not None:
                    yield report
        if b"performance" in ctx.source.data and (b".mark(" in ctx.source.data or b".measure(" in ctx.source.data):
            yield from self._performance_timeline(ctx)
        if not _may_hold_containers(ctx):
            return
        yield from self._forgotten_siblings(ctx)
        data = ctx.source.data
        deeper = _owned_container(data)
        # Instance fields count only with a fresh key or value: look for one in the bytes first.
        instances = deeper and (_fresh_growth_spelled(data) or _emptied_spelled(data) or REQUEST_ARGUMENT.search(data) is not None
                                or _field_handed_to_helper(data))
        if deeper and not instances and _queued_waiter_spelled(data):
            instances = ctx.shared["collection.queues only"] = True  # fields judged for abandoned waiters alone
        closures = deeper and (bool(closure_candidates(ctx.source.root)) or b"class" in data and CLOSURE_INSTANCE.search(data) is not None)
        module = _top_level_candidates(ctx.source) or DECORATED_CONTAINER.search(data) is not None
        if not (instances or closures or module):
            return
        classes = ctx.long_lived_classes if instances else None
        reported: set[int] = set()  # a field read both as a singleton's and as an owner's is one container
        for container in find_containers(ctx.model, module=module, instances=instances, closures=closures, classes=classes):
            if container.kind == "WeakMap" and not _bracket_written(container, data) or container.declaration.id in reported:
                continue
            report = self._judge(container, ctx)
            reset = ctx.shared.pop("collection.reset_only", None)
            if report is not None and reset is not None:
                by, at_exit = reset
                report.message += (f"; only `{by}()` empties it, and only the process's exit and signal listeners call that: until "
                                   "then nothing prunes it" if at_exit else
                                   f"; only `{by}()`, the teardown of the module's one instance, empties it, and that runs once, at "
                                   "the end: until then nothing prunes it")
            if report is not None:
                reported.add(container.declaration.id)
                yield report
                yield from ctx.shared.pop("collection.more_pending", [])

    def _constructed_per_run(self, ctx: FileContext) -> Iterator[Report]:
        """`new DeliveryContext(msg)` per message, of an imported class whose constructor adds the
        instance to a container of its own module (the class's summary, slot OWN, decides at the
        join): pending reports. The instance's own way out (`ctx.dispose()`), called on one path
        only, is named with that path; called on every path, the join lets it go."""
        for call, runs in repeated_constructions(ctx):
            if not ctx.judges_for(call, self.rule.id):
                continue
            stops = teardown_calls(call.site, ctx) or []
            miss = missed_path(call.site, stops) if stops else None
            partial = tuple(sorted({(*call.chain[:-1], callee_name(stop) or "") for stop in stops})) if miss is not None else ()
            if not stops:  # no method named like a way out: whichever the class's summary names (`job.complete()`) is judged by its paths
                groups: dict[object, list[Node]] = {}
                for method_call in method_calls_on_result(call.site, ctx) or []:
                    groups.setdefault(callee_name(method_call) or "", []).append(method_call)
                names, miss = missed_by_some(call.site, groups)
                partial = tuple(sorted((*call.chain[:-1], name) for name in names))
            related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
            yield Report(call.site, f"entry added by `{shown_callee(call.site)}()` to a container of its module {runs.where}; never pruned",
                         related=related, needs=Requirement(self.rule.id, call.specifier, call.chain, OWN, "", False,
                                                            partial=partial, partial_path=f"{miss.release_path}, not on {miss.path}" if miss else ""))

    def _forgotten_siblings(self, ctx: FileContext) -> Iterator[Report]:
        """A removal routine that forgets one of the fields an entry is kept in under the same
        key (semantic.siblings): the paths that end an operation through it leave that entry."""
        data = ctx.source.data
        if not (b".delete(" in data or b"delete this" in data) or not data.has_any(REMOVAL_WORDS):
            return
        for body in class_bodies(ctx.source.root, data):  # classes first: which live long is asked only of a suspect
            forgotten_fields = forgotten_siblings(body, data)
            owner = next((o for o in ctx.long_lived_classes if o.node.child_by_field_name("body") == body), None) if forgotten_fields else None
            if owner is None:
                continue
            for forgotten in forgotten_fields:
                line = forgotten.caller.start_point[0] + 1
                message = (f"`this.{forgotten.field_name}` of `{owner.name}` gains an entry here under the key that "
                           f"`{forgotten.routine}()` removes from `this.{forgotten.removed_from}`, but the routine leaves this one: "
                           f"an operation ended through it (as at line {line}) keeps its entry here for good; delete it in "
                           f"`{forgotten.routine}()` too; `{owner.name}` is {owner.why}")
                yield Report(forgotten.growth, message, related=[(forgotten.caller, "ends an operation without removing this entry")])

    def facts(self, ctx: FileContext) -> list[ImportedUse]:
        """Shrinks and hand-offs of values imported from relative modules, for the project join.

        Runs on every file, so it never builds the semantic model: imports are read from the
        top-level statements and their uses found by a byte search. A shadowing local could
        only add a fact, and a fact can only silence a finding.
        """
        data = ctx.source.data
        found = [ImportedUse(FIELD, (name,)) for name in _fields_shrunk_elsewhere(data)]
        if b"./" not in data or (b"require" not in data and b"import" not in data):
            return found
        imported = ctx.followed_imports  # the others release nothing the run reports
        if not imported:
            return found
        for ident in self._occurrences_to_judge(ctx.source.data, ctx.source.root, ctx.import_positions):
            entry = imported.get(text(ident))
            if entry is None or _is_declaration(ident):
                continue
            module, prefix = entry
            if at_shutdown(ident):
                continue  # `process.once('SIGTERM', () => restoreAll(patches))`: empties nothing while the program serves
            chain, effect, node = self._chain_use(ident, ctx)
            if effect in ("shrink", "escape"):
                found.append(ImportedUse(module, prefix + chain, _handed_to_helper(node, ctx) if effect == "escape" else None))
        return found

    def _occurrences_to_judge(self, data: bytes, root: Node, positions: dict[str, list[tuple[int, int]]]) -> list[Node]:
        """Identifiers spelled like one of `names`, less the calls: most uses of an imported
        module call it (`helper(x)`, `m.util.format(x)`), which neither shrinks nor hands it
        over unless the method is a shrink. Told from the bytes after the name, before any
        tree lookup."""
        shrinks = {*self.params["shrink_methods"], "splice"}
        found = []
        for name, spelled in positions.items():
            for start, end in spelled:
                call = CALLED_CHAIN.match(data, end)
                if call is not None and NEW_BEFORE.search(data, max(0, start - 8), start) is None:
                    last = call.group(1).rsplit(b".", 1)[-1].strip().decode("utf-8", "replace") if call.group(1) else ""
                    if last not in shrinks:
                        continue
                node = root.descendant_for_byte_range(start, end)
                if node is not None and node.type == "identifier" and node.start_byte == start and node.end_byte == end:
                    found.append(node)
        return sorted(found, key=lambda n: n.start_byte)

    # -- the verdict -----------------------------------------------------------------------

    def _judge(self, container: Container, ctx: FileContext) -> Report | None:
        uses = Uses()
        for key in container.keys:
            self._collect(key, container, uses, ctx, 0)
        _settle_wrong_keys(uses, ctx)
        _settle_refreshes(uses)
        _settle_exported_methods(uses, container, uses.exported_functions and any(
            ctx.run_context(g.site).how is RunsHow.REPEATED for g in uses.growths))
        _settle_teardown_only_releases(uses, container, ctx)
        _settle_missing_fields(uses, container, ctx)
        _settle_conditional_caps(uses)
        verdict = self._verdict(container, uses, ctx)
        if verdict is not None and verdict.severity is not Severity.NOTE:
            return verdict
        inner = self._inner_list_report(container, uses, ctx)  # (a sure one over a note on the table itself)
        return inner if inner is not None and (verdict is None or inner.severity is None) else verdict

    def _inner_list_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`topics.set(name, { history: [] })` and `topics.get(name).history.push(m)` per publish,
        trimmed nowhere: however few entries the table keeps, each one's list grows for as long
        as the entry lives (semantic.inner_lists). Entries the table drops take their lists along."""
        if container.kind not in ("Map", "object") or not uses.growths or uses.escapes or b".push(" not in ctx.source.data \
                or uses.releases or uses.deferred or uses.exported_releases or uses.dead_releases or uses.reset_by:
            return None
        for inner in inner_lists(container.keys, [g.site for g in uses.growths], ctx.model):
            runs = refine(ctx.run_context(inner.growth), ctx.model)
            if runs.how is RunsHow.ONCE or guarded_once(inner.growth, ctx):
                continue
            unknown = "" if runs.how is RunsHow.REPEATED else " (how often that code runs is unknown)"
            message = (f"array `{inner.field}` in each entry of {container.described} gains an element {runs.where}{unknown} and nothing "
                       f"ever trims it: however few entries the table keeps, each one's `{inner.field}` grows for as long as the entry "
                       f"lives; cap it (drop the oldest past a limit), or trim it when its elements are done")
            return Report(inner.growth, message, severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE,
                          related=[(inner.made, "each entry is made with this array"), (container.declaration, "the table, declared here")])
        return None

    def _verdict(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        if uses.reset_by and not uses.releases and not uses.deferred:  # for the message (check)
            ctx.shared["collection.reset_only"] = (uses.reset_by, uses.reset_at_exit)
        if container.where in ("module-level", "instance") and b"export" in ctx.source.data:
            container_summaries(container, uses, ctx, self.rule.id)  # what importers add to it, they judge (project.join)
        if container.where == "owner":
            report = self._judge_owner(container, uses, ctx)
            if report is not None and uses.wrong_keys and "removes by" not in report.message:
                release, missed = uses.wrong_keys[0]  # `this.connections.delete(userId)`, entries keyed `${userId}:${socket.id}`
                report.message = report.message.replace("and nothing ever removes it", f"and its removal at line {line(release.node)} "
                                                        f"removes by {missed}, so it removes nothing", 1)
                report.related.append((release.node, "removes by another key than the one entries are added under"))
            return report
        if container.where == "closure" and uses.shrinks and uses.releases and None not in uses.releases:
            offered = [r for r in uses.releases if (name := _offered_name(r.node, container.factory))
                       and not any(contains(enclosing_function(g.site), r.node) for g in uses.growths)  # (the growing function's own removal)
                       and not _offered_way_taken(name, container.factory, ctx)]
            if offered:  # `memoized.clear = () => cache.clear()`: a way out offered, which only callers may take
                uses.releases = [r for r in uses.releases if r not in offered]
                uses.shrinks = bool(uses.releases)
                uses.offered = True
                uses.offered_names = tuple(sorted({_offered_name(r.node, container.factory) for r in offered}))
        # Removed only on an error, cancel or cleared-timer path: entries the normal path adds
        # with a fresh key (one per operation) stay; the verdict below then asks for that key.
        partial = [r for r in uses.releases if r is not None and _off_path(r, ctx, uses.releases)]
        only_off_path = bool(partial) and len(partial) == len(uses.releases) and container.kind != "array"
        if uses.shrinks and not only_off_path and not uses.escapes and container.kind != "array" and None not in uses.releases:
            abandoned = _abandoned(container, uses, ctx)
            if abandoned is not None:
                return self._abandoned_report(container, uses, abandoned, ctx)
            tombstoned = self._tombstone_report(container, uses, ctx)
            if tombstoned is not None:
                return tombstoned
            return self._cleared_timeout_report(container, uses, ctx) or self._one_path_report(container, uses, ctx) \
                or self._handed_back_removal_report(container, uses, ctx) or self._remover_called_on_one_path_report(container, uses, ctx) \
                or self._parked_report(container, uses, ctx) or self._one_case_report(container, uses, ctx) \
                or self._expired_on_read_report(container, uses, ctx) or self._emptied_but_kept_report(container, uses, ctx) \
                or self._self_registered_report(container, uses, ctx) or self._asked_only_report(container, uses, ctx) \
                or self._client_message_only_report(container, uses, ctx) \
                or self._component_end_one_path_report(container, uses, ctx) or self._fired_timer_kept_report(container, uses, ctx) \
                or self._given_up_report(container, uses, ctx) or self._given_up_skipped_report(container, uses, ctx) \
                or self._settled_but_kept_report(container, uses, ctx) \
                or self._seen_only_report(container, uses, ctx) \
                or self._release_skipped_report(container, uses, ctx)
        if uses.shrinks and container.kind == "array" and not uses.escapes and None not in uses.releases:
            # `waiters.push({ res })`, spliced out only by the code that answers; or `inflight.push(e); await next();
            # inflight.splice(...)`, spliced out on one path only
            # (a `shift()` or `pop()` takes out whichever entry is oldest or newest: a cap, not this operation's own)
            spliced = all(r.verb == "splice" for r in uses.releases if r is not None)
            return self._parked_report(container, uses, ctx) or (self._one_path_report(container, uses, ctx) if spliced else None) \
                or self._given_up_skipped_report(container, uses, ctx)
        if (uses.shrinks and not only_off_path) or uses.escapes:
            return None
        if container.where == "closure":
            return self._judge_closure(container, uses, ctx)
        if uses.pending:
            # Handed to one imported helper and nothing else: its summary decides (project.join).
            # (What a teardown hands it to, `unwrapAll(patches)` in `disable()`, empties it once
            # per life, not once per operation: the helper that grows it still decides.)
            pending = [p for p in uses.pending if not TEARDOWN_NAMES.match(_running_name(p[0].site))] or uses.pending
            helpers = {(c.specifier, c.chain, i) for c, i, _ in pending}
            if uses.growths or len({c.specifier for c, _, _ in pending}) != 1:
                return None
            if len(helpers) == 1:
                return self._pending_report(container, pending, ctx)
            # Handed to several helpers of one module (`alreadySeen(seen, id)`, `remember(seen, id)`):
            # one pending report per helper; the one whose summary grows it decides, and that
            # summary's `unless_used` names the module's removers the caller may call.
            first = {}
            for entry in pending:
                first.setdefault((entry[0].chain, entry[1]), entry)
            chains = tuple(sorted({chain for chain, _ in first}))
            reports = [r for r in (self._pending_report(container, [entry], ctx, chains) for entry in first.values()) if r is not None]
            ctx.shared.setdefault("collection.more_pending", []).extend(reports[1:])
            return reports[0] if reports else None
        if not uses.growths:
            return None
        growing: list[tuple[Growth, RunContext]] = []
        shared_maybe: list[tuple[Growth, RunContext]] = []  # callers in other files decide (summaries)
        for growth in uses.growths:
            # Relative to the module's life: a loop that fills a table from data is bounded by it.
            runs = refine(run_context(growth.site, ctx.source.root), ctx.model, owner=ctx.source.root)
            started = lifecycle_start(growth.site) if runs.how is RunsHow.MAYBE and container.where in ("module-level", "static") else None
            runs = per_mount(started) if started is not None else runs  # `connectedCallback() { Menu.all.add(this) }`: once per mount
            if runs.how is RunsHow.ONCE or self._runs_once_per_singleton(growth.site, container):
                continue
            if container.shared_class and runs.how is not RunsHow.REPEATED:
                shared_maybe.append((growth, runs))
                continue  # other modules' instances of the class may be the ones that grow
            if growth.key is not None and container.kind != "array" and (
                    is_bounded_key(growth.key, container, ctx.model, growth.site) or _literal_at_every_call(growth.key, ctx)
                    or allowlisted(growth.key, growth.site) or bounded_as_passed(growth.key, runs, ctx.model)
                    or from_fixed_list(growth.key, ctx.model)):
                continue
            if _size_checked(growth.site, uses.size_checks):
                continue
            if only_off_path and fresh_key(growth.key, ctx.model) is None and request_source(growth.key, runs, ctx.model) is None:
                continue  # removed on some path, and nothing says each operation adds a new key
            method = next((a for a in ancestors(growth.site) if a.type == "method_definition"), None)
            if method is not None and _replaced_after_removal_only(method, uses, ctx):
                continue  # a pool's `spawn()`, called again only by its own 'error' handler after it removed the dead one
            growing.append((growth, runs))
        if shared_maybe:  # removed by a function only importers call, if it is exported: whether they do decides too
            self._parked_or_undone_summaries(container, uses, shared_maybe, ctx)
        if not growing:
            return None
        if uses.exported_releases:  # removed by an exported function this file never calls
            registered = self._self_registered_report(container, uses, ctx)  # ... by an instance this file makes and never ends
            if registered is not None:
                return registered
            timer = _abandoned_by_timeout(container, uses, ctx)  # ... but not when the operation times out
            report = self._abandoned_report(container, uses, Abandoned(timer, LEFT_BY_TIMEOUT, TIMEOUT_LEAVES), ctx) if timer is not None else None
            if report is not None:
                if all(r.how is RunsHow.MAYBE for _, r in growing):
                    self._own_growth_summaries(container, growing, ctx, removal=", and its timeout settles the call without removing the entry")
                return report
            # ... or when the function that removes ends the operation another way (`case 'failed':`)
            report = self._one_case_report(container, uses, ctx, uses.deferred)
            if report is not None:
                return report
            # ... or only answers a parked response (`deliver(userId, n)`), whoever calls it: a client gone first stays
            report = self._parked_report(container, replace(uses, releases=list(uses.deferred)), ctx, deferred=True) if uses.deferred else None
            if report is not None:
                return report
            if all(r.how is RunsHow.MAYBE for _, r in growing):
                self._parked_or_undone_summaries(container, uses, growing, ctx)
            return None  # here, other modules may call it: precision first
        report = self._report(container, growing, ctx)
        disposers = ctx.shared.get("collection.disposer_missed", {})
        undone = next(((g.site, disposers[g.site.id]) for g, _ in growing if g.site.id in disposers), None)
        if undone is not None:
            site, missed = undone
            how = f"which runs {missed.release_path}, not on {missed.path}" if missed is not None else "which is dropped"
            report.message = report.message.replace("is never pruned", f"is pruned only by the disposer `{shown_callee(site)}()` hands back, {how}", 1)
            report.related.append((missed.release if missed is not None else site, "the disposer runs here only" if missed is not None else "the disposer is dropped here"))
        if uses.capped_when is not None:
            report.message += f"; its size cap applies only when `{short_text(uses.capped_when, 40)}` holds too, so otherwise nothing trims it"
            report.related.append((uses.capped_when, "the cap applies only when this holds"))
        if uses.misses:
            release, name = uses.misses[0]
            report.message += f"; its removal (`{short_text(release.node, 50)}`) looks the entry up by `{name}`, a field no entry has, so it removes nothing"
            report.related.append((release.node, f"removes by `{name}`, which the entries added here never have"))
        if uses.wrong_keys:
            release, missed = uses.wrong_keys[0]
            remover = spelled_name(running_function(release.node))
            remover = f"`{remover}()`, which undoes the add," if remover else \
                f"its removal at line {line(release.node)}" if handed_to(running_function(release.node)) is not None else "the disposer it hands back, which undoes the add,"
            report.message += f"; {remover} removes by {missed}, so it removes nothing"
            if uses.swept_at_end:
                report.message = report.message.replace("is never pruned", "is pruned only when a client's connection ends", 1)
            report.related.append((release.node, "removes by another key than the one entries are added under"))
        if uses.dead_releases:
            dead = uses.dead_releases[0].node
            unshared = never_finalized(dead)
            report.message += ("; its only removal is in a `finalize()` that never runs: the pipe's `shareReplay` keeps its endless "
                               "source subscribed after the last subscriber leaves (add `refCount: true`)" if unshared else
                               f"; its only removal is in `{function_name(enclosing_function(dead)) or 'a function'}()`, which nothing calls")
            report.related.append((dead, "removes entries, but this never runs" if unshared else "removes entries, but nothing calls this function"))
        if only_off_path:
            report.message = report.message.replace(
                "is never pruned", f"loses entries only {_off_path_words(partial[0])} (`{short_text(partial[0].node, 40)}`), never when an operation ends normally")
            report.related += [(r.node, f"removed here only {_off_path_words(r)}") for r in partial[:2]]
        return report

    def _cleared_timeout_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`ws.send(msg, (err) => { if (err) { clearTimeout(timer); reject(err) } })`: the
        entry's timeout removes it when the reply never comes, and this path clears that timeout
        without removing the entry itself, so nothing ever will: one entry per operation that
        ends there."""
        found = _cleared_without_removal(container, uses, ctx)
        growth = next((g for g in uses.growths if fresh_key(g.key, ctx.model) is not None), None)
        if found is None or growth is None:
            return None
        clear, timed = found
        runs = refine(ctx.run_context(growth.site), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        message = (f"{container.described} gains an entry with every operation (key: {fresh_key(growth.key, ctx.model)}), which its timeout "
                   f"removes if nothing else does; `{short_text(clear, 40)}` at line {line(clear)} clears that timeout on a path that does "
                   "not remove the entry, so there the entry stays for good, one per operation that ends that way")
        related = [(growth.site, "grows here"), (timed, "the timeout removes it here"), (clear, "this path clears the timeout and keeps the entry")]
        severity = None if runs.how is RunsHow.REPEATED or container.where == "owner" else Severity.NOTE
        return Report(container.declaration, message, severity=severity, related=related)

    def _remover_called_on_one_path_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`const token = tracker.begin(topic, offset)` per message and `tracker.end(token)` in one
        `case` of the switch that follows: every removal sits in one function of the file other
        than the adding one, and where code that repeats calls the adding function, the calls of
        the removing one after it miss a path (semantic.missed_paths): each run that ends that
        way keeps its entry."""
        releases = [r.node for r in uses.releases if r is not None]
        removers = {f.id: f for r in releases if (f := running_function(r)) is not None}
        adders = {f.id: f for g in uses.growths if (f := running_function(g.site)) is not None}
        if not removers or len(removers) > 3 or len(adders) != 1 or set(adders) & set(removers) or len(releases) != len(uses.releases):
            return None  # (`complete(key)` and `abandon(key)`: every way the caller may end the operation counts)
        adder = next(iter(adders.values()))
        growth = uses.growths[0]
        if growth.key is not None and container.kind != "array" and is_bounded_key(growth.key, container, ctx.model, growth.site):
            return None
        undo_sites = [site for remover in removers.values() for site in call_sites(remover, ctx.model)]
        for site in call_sites(adder, ctx.model):
            fn = enclosing_function(site)
            runs = refine(ctx.run_context(site), ctx.model)
            later = [u for u in undo_sites if fn is not None and contains(fn, u) and u.start_byte > site.start_byte]  # (in a `.then()` too)
            if runs.how is not RunsHow.REPEATED or not later:
                continue
            missed = missed_path(site, later)
            if missed is None or listener_of(missed.release, fn) is not None:
                continue  # (a removal in an event's listener: whether that event always comes is the listener rules' question)
            remover = running_function_of_call(missed.release, removers, ctx) or next(iter(removers.values()))
            added, removed = ((function_name(f) or "").rsplit(".", 1)[-1] for f in (adder, remover))
            message = (f"{container.described} gains an entry with every call of `{added}()` {runs.where}, and `{removed}()` takes it "
                       f"out {missed.release_path}, not on {missed.path}: every run that ends that way keeps its entry; call "
                       f"`{removed}()` on every path (in `finally`)")
            report = repeating_report(site, message, runs, "the entry is added here")
            report.related = [(missed.release, "removed here, on that path only"), (missed.node, "this path removes nothing"), *report.related]
            return report
        return None

    def _handed_back_removal_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`acquire(key) { this.active.set(key, n + 1); return () => this.active.delete(key) }`: the
        only removal is the remover the adding function hands back, and a caller in code that
        repeats drops it or calls it on one path only (`await next(); release()`, missed when
        `next()` throws): every such run keeps its entry."""
        releases = [r.node for r in uses.releases if r is not None]
        growing = {id(g): (g, f) for g in uses.growths if (f := running_function(g.site)) is not None}
        # (`else this.active.set(key, left)` in the remover itself: a count going down, no add)
        adders = {f.id: f for g, f in growing.values() if not any(in_returned_disposer(g.site, other) for _, other in growing.values())}
        adder = next(iter(adders.values())) if len(adders) == 1 else None
        if adder is None or not releases or not all(in_returned_disposer(r, adder) for r in releases):
            return None
        if any(pair.function == adder for pair in custom_pairs(ctx)):
            return None  # `subscribe(fn) { subs.add(fn); return () => subs.delete(fn) }`: a callback's pair, dropped-unsubscribe's
        name = (function_name(adder) or "").rsplit(".", 1)[-1] or "the function"
        growth = next(g for g, f in growing.values() if f is adder)
        if growth.key is not None and container.kind != "array" and is_bounded_key(growth.key, container, ctx.model, growth.site):
            return None
        slot = slot_of(access_root(growth.key)[0], ctx.model) if growth.key is not None and container.kind != "array" else None
        for site, lost, missed in handed_back_remover_misses(adder, ctx):
            runs = repeated_run(site, ctx)
            args = call_arguments(site)
            if runs is None or lost == "unused":
                continue  # (kept and never called, or handed on as `.finally(closed.cancel)`: precision first)
            if slot is not None and slot.function == adder and 0 <= slot.index < len(args) \
                    and (string_value(args[slot.index]) is not None or one_of_few(args[slot.index], ctx.model)):
                continue  # `registerFormatter('last', fn)`: one entry under that name, replaced by the next call
            fate = remover_path_words(missed) if missed is not None else "this call drops it"
            message = (f"{container.described} gains an entry with every call of `{name}()` {runs.where}, and only the remover "
                       f"`{name}()` hands back takes it out; {fate}: every run that ends that way keeps its entry")
            related = [(releases[0], "the remover handed back removes it here")]
            if missed is not None:
                related.append((missed.release, "the remover runs here, on that path only"))
            report = repeating_report(site, message, runs, "the entry is added here")
            report.related = [*related, *report.related]
            return report
        return None

    def _one_path_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`inflight.set(id, p); await p; inflight.delete(id)`, or `p.then(() => inflight.delete(id))`:
        every removal sits in the function that adds, and runs on one path only (semantic.
        missed_paths), so each operation that fails leaves its entry. Judged with a key new per
        operation; with a parameter for the key, callers in other files decide (the summary's
        key slot)."""
        if container.where not in ("module-level", "singleton", "static", "instance", "owner", "closure", "app", "platform"):
            return None
        releases = [r.node for r in uses.releases if r is not None]
        for growth in uses.growths:
            fn = enclosing_function(growth.site)
            if fn is None or fn.type == "method_definition" and _replaced_after_removal_only(fn, uses, ctx):
                continue  # (a pool's `spawn()`, run again only to replace what its 'error' handler took out)
            adds_at = growth.site  # where the operation adds: the growth, or its call of the helper that grows
            if all(contains(fn, r) for r in releases):
                miss = missed_path(growth.site, releases)
            else:  # removed by a helper the adding function calls: `wrapper(key, p)` awaits, then deletes
                helper = enclosing_function(releases[0]) if releases else None
                calls_it = helper is not None and all(enclosing_function(r) == helper for r in releases) \
                    and any(contains(fn, site) for site in call_sites(helper, ctx.model))
                miss = thrown_in_helper(helper, releases) if calls_it else None
                found = _missed_after_adder(growth.site, fn, helper, releases, ctx) if miss is None and helper is not None and helper != fn else None
                if found is not None:
                    (adds_at, miss), fn = found, helper
                elif miss is None and helper is not None and helper != fn:  # `track(ctx); await next(); untrack(id)`: both through helpers
                    between = _missed_between_helpers(growth.site, fn, helper, releases, ctx)
                    if between is not None:
                        adds_at, miss, fn = between
            if miss is None and releases:
                miss = end_skipped_by_guard(growth.site, fn, releases)
            if miss is None and releases:
                miss = disconnect_after_acknowledge_only(growth.site, releases)
            if miss is None and releases:
                miss = skipped_by_throw(releases, fn)  # removed in the end's `try`, after an awaited call that may fail
            if miss is None and releases and container.kind in ("Map", "object"):
                miss = released_on_one_outcome(container.name, releases, ctx.model)  # deleted on 'completed', read but kept on 'failed'
            if miss is None and releases and container.kind == "array" and not any(contains(fn, r) for r in releases):
                miss = drained_in_try_only(releases)  # a flush that takes the batch out only once its write succeeds
            if miss is None:
                continue
            runs = refine(ctx.run_context(adds_at), ctx.model)
            fresh = fresh_key(growth.key, ctx.model) or request_source(growth.key, runs, ctx.model)
            if runs.how is RunsHow.ONCE:
                continue
            if runs.how is RunsHow.MAYBE:  # callers in other files decide too, by what they pass for the key
                self._own_growth_summaries(container, [(growth, runs)], ctx, removal=f"{miss.release_path}, not on {miss.path}")
            if not isinstance(fresh, str):  # the author meant entries to go: any key that is not one of a few values leaks
                if growth.key is None or is_bounded_key(growth.key, container, ctx.model, growth.site) or _literal_at_every_call(growth.key, ctx) \
                        or allowlisted(growth.key, growth.site):
                    continue
                fresh = f"`{short_text(growth.key, 30)}`"
            name = (function_name(fn) or "").rsplit(".", 1)[-1]
            when = f"with every call of `{name}()`" if name else runs.where
            listed = container.kind == "array"
            message = (f"{container.described} gains an entry {when} ({'value' if listed else 'key'}: {fresh}) and loses it "
                       f"{miss.release_path}, but not on {miss.path}: there the entry stays, one more for every "
                       + ("operation that fails" if listed else "key whose operation fails"))
            related = [(growth.site, "grows here"), (miss.release, "removed here, on that path only"), (miss.node, "this path leaves the entry")]
            if adds_at != growth.site:
                related.insert(1, (adds_at, f"calls `{shown_callee(adds_at)}()`, which adds the entry"))
            owner = container.where == "owner"  # a long-lived class's field: judged per call of its method, as above
            return Report(container.declaration, message, severity=None if runs.how is RunsHow.REPEATED or owner else Severity.NOTE, related=related)
        return None

    def _fired_timer_kept_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`this.timers.set(job.id, setTimeout(run, delay))`, removed by `cancel()` and the
        teardown but not by the timer's own callback: every timer that fires as planned (the
        normal end of its job) leaves its handle, and the closure with the job, in the container.
        Judged with a key new per operation."""
        if container.kind not in ("Map", "object") or container.where not in ("module-level", "singleton", "static", "instance", "owner"):
            return None
        releases = [r.node for r in uses.releases if r is not None]
        releasing = releasing_names(releases)
        for growth in uses.growths:
            callback = _timer_callback_stored(growth, ctx)
            if callback is None or any(contains(callback, r) for r in releases):
                continue
            if releasing and any(n.type == "call_expression" and callee_name(n) in releasing for n in walk(callback)):
                continue  # `setTimeout(() => this.finish(id), ms)`, and `finish()` removes it
            fresh = fresh_key(growth.key, ctx.model)
            runs = refine(ctx.run_context(growth.site), ctx.model)
            if fresh is None or runs.how is RunsHow.ONCE:
                continue
            name = (function_name(running_function(growth.site)) or "").rsplit(".", 1)[-1]
            removers = sorted({f"`{n}()`" for n in releasing}) or ["other code"]
            message = (f"{container.described} keeps the handle of a timer {f'with every call of `{name}()`' if name else runs.where} "
                       f"(key: {fresh}), and loses it only in {', '.join(removers)}: the timer's own callback, which runs when the "
                       "timer fires as planned, never removes it, so every timer that fires keeps its entry, and the closure it holds; "
                       "delete the entry in the callback too")
            related = [(growth.site, "the handle is kept here"), (callback, "the timer's callback removes nothing")]
            related += [(r, "removed here, when cancelled") for r in releases[:1]]
            return Report(container.declaration, message, severity=None if runs.how is RunsHow.REPEATED or container.where != "owner" else Severity.NOTE,
                          related=related)
        return None

    def _given_up_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`if (attempt >= MAX_ATTEMPTS) { deadLetter(msg) } else { attempts.set(id, attempt) }`
        with `attempts.delete(id)` only where the work succeeds: the entry an earlier failure
        added stays when the operation gives up, one per operation that never succeeds."""
        releases = [r.node for r in uses.releases if r is not None and r.verb != "clear"]  # (a teardown's `clear()` empties it once)
        if not releases or container.kind == "array":
            return None
        for growth in uses.growths:
            fn = enclosing_function(growth.site)
            test = next((a for a in ancestors(growth.site) if a.type == "if_statement" and fn is not None and contains(fn, a)), None)
            if test is None or not all(contains(fn, r) for r in releases) or any(contains(test, r) for r in releases):
                continue
            then, otherwise = test.child_by_field_name("consequence"), test.child_by_field_name("alternative")
            if then is None or otherwise is None or not GIVE_UP_TEST.search(text(test.child_by_field_name("condition"))):
                continue
            gives_up = otherwise if contains(then, growth.site) else then
            fresh = fresh_key(growth.key, ctx.model)
            runs = refine(ctx.run_context(growth.site), ctx.model)
            if fresh is None or runs.how is RunsHow.ONCE:
                continue
            condition = short_text(unwrap(test.child_by_field_name("condition")), 40)
            message = (f"{container.described} keeps an entry for each operation that fails and will be tried again (key: {fresh}), and "
                       f"loses it only when the operation succeeds (line {line(releases[0])}): when it gives up instead ({condition}, "
                       f"line {line(gives_up)}), nothing removes it, so every operation that never succeeds keeps its entry; "
                       "delete it where it gives up too")
            related = [(growth.site, "kept here, for the next try"), (releases[0], "removed here, on success only"),
                       (gives_up, "gives up here, and keeps the entry")]
            return Report(container.declaration, message, severity=None if runs.how is RunsHow.REPEATED or container.where == "owner" else Severity.NOTE,
                          related=related)
        return None

    def _given_up_skipped_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`for (const task of [...this.tasks]) { if (task.attempts >= this.maxAttempts) continue; ...
        this.remove(task) }` with the removal on success only, and `task.attempts += 1` on each
        failure: an entry that has used up its tries is skipped by every later round and never
        removed, one for good per operation that never succeeds, with what it holds."""
        releases = [r.node for r in uses.releases if r is not None]
        skipped = _skipped_for_good(container, releases, ctx) if releases and b"continue" in ctx.source.data else None
        if skipped is None:
            return None
        test, counter = skipped
        for growth in uses.growths:
            runs = self._runs_of_partly_removed(container, growth, ctx,
                                                f"only when its operation succeeds, not once its `{counter}` runs out (line {line(test)})")
            if runs is None:
                continue
            message = (f"{container.described} gains an entry {runs.where} and loses it only when its operation succeeds: once its "
                       f"`{counter}` runs out, the round at line {line(test)} skips it for good and nothing removes it, so every "
                       "operation that never succeeds keeps its entry, with what it holds; remove it where it gives up")
            related = [(growth.site, "grows here"), (test, "skipped here for good, never removed"), (releases[0], "removed here, on success only")]
            return Report(container.declaration, message, severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE, related=related)
        return None

    def _runs_of_partly_removed(self, container: Container, growth: Growth, ctx: FileContext, removal: str) -> RunContext | None:
        """How often a growth runs, for a reading that found its entry removed on one path only
        (`removal` says which): None when it runs once; at an unknown rate, it is summarised too,
        for the callers in other files to decide."""
        runs = refine(ctx.run_context(growth.site), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        if runs.how is RunsHow.MAYBE:
            self._own_growth_summaries(container, [(growth, runs)], ctx, removal=removal)
        return runs

    def _settled_but_kept_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`const call = this.pending.get(msg.id)` in the code that answers, with `delete` only in
        its `if (msg.error) { ...; return }` branch, while the way on past it settles the entry
        (`call.resolve(msg.result)`) and keeps it: every call that succeeds leaves its entry."""
        if container.kind not in ("Map", "object"):
            return None
        releases = [r.node for r in uses.releases if r is not None]
        growers = {running_function(g.site) for g in uses.growths}
        for fn in dict.fromkeys(running_function(r) for r in releases):
            if fn is None or fn in growers:
                continue
            kept = _settled_past_branch(fn, [r for r in releases if running_function(r) == fn], container, ctx)
            if kept is None:
                continue
            settle, branch = kept
            path = f"only in the branch at line {line(branch)}, not where `{short_text(settle, 40)}` settles it (line {line(settle)})"
            for growth in uses.growths:
                fresh = fresh_key(growth.key, ctx.model) if growth.key is not None else None
                runs = self._runs_of_partly_removed(container, growth, ctx, path) if fresh is not None else None
                if runs is None:
                    continue
                message = (f"{container.described} gains an entry {runs.where} (key: {fresh}) and loses it {path}: every operation "
                           "that ends that way keeps its entry, with what it holds; delete it before settling, on every path")
                related = [(growth.site, "grows here"), (branch, "removed in this branch only"), (settle, "settled here, and kept")]
                return Report(container.declaration, message, severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE, related=related)
        return None

    def _asked_only_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`presence.join(room, socket)` in a socket's 'room:join' handler, with the registry's
        `leave()` called only in its 'room:leave' handler: a client that disconnects without
        asking keeps every entry it joined (base.asked_only, as for an imported registry)."""
        if container.where not in ("module-level", "singleton", "instance") or b".on(" not in ctx.source.data:
            return None
        releasing = {fn for r in uses.releases if r is not None and (fn := running_function(r.node)) is not None}
        for growth in uses.growths:
            grower = running_function(growth.site)
            if grower is None or grower in releasing or not releasing:
                continue
            undo = {function_name(fn) or "": call_sites(fn, ctx.model) for fn in releasing}
            called = {name for name, sites in undo.items() if sites}
            stoppers = _timer_stoppers(grower, releasing, ctx)
            if stoppers == []:
                continue  # `setTimeout(() => pending.delete(key), ms)` in the grower, a timer nothing clears without deleting
            for site in call_sites(grower, ctx.model):
                asked, path = asked_only(site, undo)
                if not asked or set(asked) != called:
                    continue  # (another remover, `cancel()` in the 'disconnecting' handler, runs when the client goes)
                name = (function_name(grower) or "").rsplit(".", 1)[-1]
                stopped = f"; `{(function_name(stoppers[0]) or 'a function').rsplit('.', 1)[-1]}()` stops the timer that would " \
                    "remove it, and removes nothing" if stoppers else ""
                message = (f"{container.described} gains an entry with every call of `{name}()` and loses it through "
                           f"`{'()`, `'.join(n.rsplit('.', 1)[-1] for n in asked)}()` {path}{stopped}: every client that goes "
                           "without asking keeps its entries for good")
                return Report(container.declaration, message, related=[(s, "removed only here") for n in asked for s in undo[n][:1]],
                              code_flow=[(site, f"`{name}()` is called here"), (growth.site, "the entry is added here")])
        return None

    def _client_message_only_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`this.clients.set(socket.id, ...)` for each connection, deleted only in the socket's
        'logout' listener and never on its 'disconnect': a client that just goes (a closed tab, a
        lost network) keeps its entry, and what it holds, for good."""
        if b".on(" not in ctx.source.data or not uses.releases or None in uses.releases:
            return None
        heard = [listener_of(r.node) or _heard_through_method(r.node, ctx) for r in uses.releases]
        if any(h is None or h[1] in CONNECTION_ENDS for h in heard):
            return None  # removed where the connection ends (or somewhere this does not place)
        peers = {normalised(callee_object(h[0])) for h in heard}
        for growth in uses.growths:
            root = access_root(growth.key)[0] if growth.key is not None else None
            bound = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
            handed = enclosing_function(bound.identifier) if bound is not None else None
            if bound is None or bound.kind is not BindingKind.PARAMETER or handed is None or not contains(handed, growth.site) \
                    or text(root) not in peers:
                continue  # keyed by the connection (or its id) the function (or the handler around it) is handed, whose messages remove it
            runs = refine(ctx.run_context(growth.site), ctx.model)
            if runs.how is not RunsHow.REPEATED:
                continue
            asked = "', '".join(sorted({h[1] for h in heard}))
            message = (f"{container.described} gains an entry {runs.where} (key: `{short_text(growth.key, 30)}`) and loses it only when "
                       f"`{text(root)}` sends '{asked}', never when it disconnects: every client that goes without "
                       "asking keeps its entry for good; delete it when the connection ends too")
            return Report(container.declaration, message, related=[(growth.site, "grows here")] + [(r.node, "removed here, on the client's request only")
                                                                                                  for r in uses.releases[:1]])
        return None

    def _abandoned_report(self, container: Container, uses: Uses, abandoned: "Abandoned", ctx: FileContext) -> Report | None:
        """`requests.set(id, request)` in `clusterMetrics()`, deleted by the reply handler only,
        while the timeout (or the failure handler) that fails the operation leaves the entry:
        one per call that times out or fails."""
        growth = next((g for g in uses.growths if _per_operation_key(g, ctx)), None)
        operation = _operation_of(growth.site, container) if growth is not None else None
        if growth is None or operation is None:
            return None
        runs = refine(ctx.run_context(growth.site), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        name = (function_name(operation) or "").rsplit(".", 1)[-1]
        every = f"with every call of `{name}()`" if name else runs.where
        message = (f"{container.described} gains an entry {every} (key: {fresh_key(growth.key, ctx.model) or f'`{short_text(growth.key, 30)}`'}) "
                   f"{abandoned.left}, or wherever the operation settles")
        related = [(growth.site, "grows here"), (abandoned.node, abandoned.related)]
        related += [(r.node, "removed here, on completion only") for r in uses.releases[:1] if r is not None]
        return Report(container.declaration, message, severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE, related=related)

    def _emptied_but_kept_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`channels.set(channel, new Set())` and, on the way out, `handlers.delete(fn); if
        (handlers.size === 0) client.unsubscribe(channel)` with the channel's entry kept: the code
        sees the inner container empty and keeps the key anyway, so the table gains one key for
        every channel (room, user, topic) ever used and loses them only at teardown."""
        data = ctx.source.data
        if b".size" not in data and b".length" not in data and b".delete(" not in data and b".splice(" not in data:
            return None
        releases = [r.node for r in [*uses.releases, *uses.deferred] if r is not None]  # (also in exported functions no one here calls)
        if any(not TEARDOWN_NAMES.match(_running_name(r)) for r in releases):
            return None  # removed outside a teardown too
        growth = next((g for g in uses.growths if _holds_new_container(_added_value(g.site), g.site, ctx)), None)
        emptied = _emptiness_checked(container, uses, ctx) if growth is not None else None
        pruned = _inner_pruned(container, uses, ctx) if growth is not None and emptied is None else None
        if pruned is not None and (growth.key is None or is_bounded_key(growth.key, container, ctx.model, growth.site)):
            pruned = None  # a few fixed keys: their empty containers are all it keeps
        if emptied is None and pruned is None:
            return None
        runs = refine(ctx.run_context(growth.site), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        if emptied is not None:
            checker = _running_name(emptied)
            seen = f"{'`' + checker + '()`' if checker else 'the code'} sees that inner container empty (line {line(emptied)}) but keeps the key"
            related_at = (emptied, "the inner container is found empty here, and kept")
        else:
            pruner = _running_name(pruned)
            seen = (f"{'`' + pruner + '()`' if pruner else 'the code'} takes members out of that inner container (line {line(pruned)}) "
                    "but never its key, even when it is left empty")
            related_at = (pruned, "members leave the inner container here; its key stays")
        message = (f"{container.described} gains an entry holding a container of its own per key {runs.where}, and {seen}: "
                   "the table keeps one entry for every key ever used"
                   + (", until a teardown clears it" if releases else "") + "; delete the key when its container is empty")
        related = [(growth.site, "a key and its container are added here"), related_at]
        return Report(container.declaration, message, severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE, related=related)

    def _self_registered_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`constructor(req) { Span.open.add(this) }` and `end() { Span.open.delete(this) }`, with
        `const span = new Span(req); res.once('finish', () => span.end())` in code that repeats:
        each instance registers itself on creation, and the code that makes one per operation
        calls the method that takes it out on one path only (semantic.missed_paths)."""
        if container.where not in ("module-level", "static") or b"this" not in ctx.source.data:
            return None
        growth = next((g for g in uses.growths if (fn := running_function(g.site)) is not None and is_constructor(fn)
                       and g.key is not None and unwrap(g.key).type == "this"), None)
        releases = [r.node for r in uses.releases if r is not None]
        methods = {running_function(r) for r in releases}
        cls = running_function(growth.site).parent.parent if growth is not None and running_function(growth.site).parent is not None else None
        if growth is not None and not releases and cls is not None:  # `dispose()` of an exported class, uncalled here
            names = {chain[-1] for chain in uses.exported_releases}
            methods = {m for m in (cls.child_by_field_name("body").named_children if cls.child_by_field_name("body") is not None else ())
                       if m.type == "method_definition" and text(m.child_by_field_name("name")) in names}
        if growth is None or len(methods) != 1 or None in methods:
            return None
        remover = methods.pop()
        if remover.type != "method_definition" or cls is None or remover.parent is None or remover.parent.parent != cls:
            return None
        name, remover_name = text(cls.child_by_field_name("name")), text(remover.child_by_field_name("name"))
        for ctor in name_nodes(ctx.source.root, ctx.source.data, name):
            made = ctor.parent
            holder = outermost(made).parent if made is not None and made.type == "new_expression" else None
            local = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
            fn = enclosing_function(made) if local is not None and local.type == "identifier" else None
            if fn is None:
                continue
            ends = [n.parent.parent for n in name_nodes(ctx.source.root, ctx.source.data, text(local), fn.start_byte, fn.end_byte)
                    if n.parent is not None and n.parent.type == "member_expression" and n.parent.child_by_field_name("object") == n
                    and text(n.parent.child_by_field_name("property")) == remover_name and n.parent.parent.type == "call_expression"]
            miss = missed_path(made, ends) if ends else None
            escapes = not ends and _handed_on(local, ctx)  # returned, stored, passed: its new owner ends it
            runs = refine(ctx.run_context(made), ctx.model) if miss is not None or not (ends or escapes) else None
            if runs is None or runs.how is not RunsHow.REPEATED:
                continue
            if miss is None:  # `const run = new ImportRun(...)` per request, `run.dispose()` nowhere
                message = (f"{container.described} gains each `{name}` as it is made (line {line(growth.site)}), and only `{remover_name}()` "
                           f"takes it out; `new {name}()` runs {runs.where} and nothing calls `{remover_name}()` on it: every instance "
                           f"stays in the container, with all it holds; call `{remover_name}()` when its work ends")
                return Report(container.declaration, message, related=[(growth.site, "each instance adds itself here"), (made, "made here, once per run")])
            message = (f"{container.described} gains each `{name}` as it is made (line {line(growth.site)}), and only `{remover_name}()` takes "
                       f"it out; `new {name}()` runs {runs.where} and calls `{remover_name}()` {miss.release_path}, but not on {miss.path}: "
                       f"there the instance stays in the container, with all it holds; call `{remover_name}()` on every path (on 'close', which always comes)")
            related = [(growth.site, "each instance adds itself here"), (made, "made here, once per run"),
                       (miss.release, "taken out here, on that path only"), (miss.node, "this path leaves it")]
            return Report(container.declaration, message, related=related)
        made_here = any(n.parent is not None and n.parent.type == "new_expression" for n in name_nodes(ctx.source.root, ctx.source.data, name))
        if container.where == "module-level" and not made_here and class_exports(cls, ctx.model):
            # made only by the library's users: whoever drops an instance without the teardown keeps it here
            message = (f"{container.described} keeps every `{name}` from its constructor (line {line(growth.site)}) until `{remover_name}()` "
                       f"takes it out: an instance its user drops without calling `{remover_name}()` is never collected, with all it "
                       f"holds; hold instances weakly (a WeakRef, or let them register on demand) or make the teardown unavoidable")
            return Report(container.declaration, message, severity=Severity.NOTE,
                          related=[(growth.site, "each instance adds itself here"), (releases[0], f"only `{remover_name}()` takes it out")])
        return None

    def _component_end_one_path_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`connectedCallback() { Menu.instances.add(this) }` and `disconnectedCallback() { if
        (this.open) { Menu.instances.delete(this) } }`: a long-lived container a component's
        start adds to, and its end empties on one path only (semantic.missed_paths.lifecycle_miss):
        every component that ends the other way stays in it, with all it holds."""
        if container.where not in ("module-level", "static") or not uses.growths:
            return None
        releases = [r.node for r in uses.releases if r is not None]
        for growth in uses.growths:
            started = lifecycle_start(growth.site)
            miss = lifecycle_miss(growth.site, releases) if started is not None and releases else None
            if miss is None:
                continue
            message = (f"{container.described} gains an entry in {started.start_name}, on {started.repeats}, and loses it "
                       f"{miss.release_path}, not on {miss.path}: every component that ends that way stays in it, with all it holds; "
                       "remove the entry on every path of the component's end")
            return Report(container.declaration, message, related=[(growth.site, "added here, once per mount"),
                                                                   (miss.release, "removed here, on one path only")])
        return None

    def _seen_only_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`mounted(el) { pending.set(el, src); observer.observe(el) }` with `pending.delete(img)`
        only in the observer's callback, when the element comes into view, and nothing at the
        component's (or directive's) end: an element unmounted before that keeps its entry, and
        with it the element, for good."""
        if container.where not in ("module-level", "static", "singleton") or not uses.growths:
            return None
        releases = [r.node for r in uses.releases if r is not None]
        if not releases or not all((h := _in_callback_handed_to(r)) is not None and not _timer_call(h) for r in releases):
            return None  # (a sweep a timer runs comes anyway: a bound by time)
        handed = _in_callback_handed_to(releases[0])
        if container.where == "module-level" and b"export" in ctx.source.data:
            # `export function whenVisible(el, cb) { pending.set(el, cb); observer.observe(el) }`: a component
            # in another file that calls it per mount decides (the summary says when the entry goes)
            maybe = [(g, runs) for g in uses.growths if (runs := refine(ctx.run_context(g.site), ctx.model)).how is RunsHow.MAYBE
                     and lifecycle_start(g.site) is None and not any(contains(enclosing_function(g.site), r) for r in releases)]
            if maybe:
                self._own_growth_summaries(container, maybe, ctx, removal=f"only in the callback handed to `{shown_callee(handed)}`, when it "
                                           "fires for the entry, not when the caller's work ends first")
        for growth in uses.growths:
            started = lifecycle_start(growth.site)
            if started is None or any(contains(end, r) for end in started.ends for r in releases) or any(contains(started.start, r) for r in releases):
                continue
            message = (f"{container.described} gains an entry in {started.start_name}, on {started.repeats}, and loses it only in the "
                       f"callback handed to `{shown_callee(handed)}` (line {line(releases[0])}), when that fires for it; "
                       f"{started.end_name} does not remove it, so every one that ends before then stays in it, with all it holds; "
                       "remove the entry in the end too")
            return Report(container.declaration, message, related=[(growth.site, "added here, once per mount"),
                                                                   (releases[0], "removed here, only when the callback fires for it")])
        return None

    def _expired_on_read_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`get(sid) { const s = this.sessions.get(sid); if (!s || s.expiresAt < Date.now()) return undefined; ... }`
        with entries added under a key new per call and removed only by an explicit end
        (`destroy()`): the code knows entries expire, but an expired one is only ignored, never
        deleted, so every entry whose end never comes (a user who closes the tab) stays."""
        data = ctx.source.data
        if b"now()" not in data or b".get(" not in data:
            return None
        growth = next((g for g in uses.growths if fresh_key(g.key, ctx.model) is not None), None)
        if growth is None:
            return None
        expired = _ignored_when_expired(container, uses, ctx)
        if expired is None:
            return None
        runs = refine(ctx.run_context(growth.site), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        release = next(r for r in uses.releases if r is not None)
        remover = _running_name(release.node)
        adder = _running_name(growth.site)
        when = f"with every call of `{adder}()`" if adder else runs.where
        message = (f"{container.described} gains an entry {when} (key: {fresh_key(growth.key, ctx.model)}), and treats an expired one as "
                   f"missing (line {expired.start_point[0] + 1}) without deleting it: only "
                   f"{'`' + remover + '()`' if remover else f'the code at line {release.node.start_point[0] + 1}'} removes entries, so every "
                   "one whose owner never ends it that way stays after it expires; delete an entry when it is found expired, or sweep them")
        related = [(growth.site, "grows here"), (expired, "an expired entry is ignored here, and kept"), (release.node, "removed here only")]
        return Report(container.declaration, message, severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE, related=related)

    def _performance_timeline(self, ctx: FileContext) -> Iterator[Report]:
        """`performance.mark(`req-${id}`)` per request with no `clearMarks()` in the file: the
        process's (or page's) performance timeline buffers every mark until it is cleared, so
        one entry stays per run, for good. A `measure()` adds one too (a note: some code reads
        measures through an observer and lets the buffer go at a cap)."""
        data = ctx.source.data
        for method, clear in (("mark", "clearMarks"), ("measure", "clearMeasures")):
            if f".{method}(".encode() not in data or clear.encode() in data:
                continue
            for call in ctx.calls_named((method,)):
                owner = callee_object(call)
                if owner is None or text(owner).rsplit(".", 1)[-1] != "performance":
                    continue
                runs = refine(ctx.run_context(call), ctx.model)
                if runs.how is not RunsHow.REPEATED:
                    continue
                message = (f"`performance.{method}()` {runs.where} adds an entry to the performance timeline on every run, and nothing "
                           f"in this file calls `performance.{clear}()`: the timeline keeps each entry for good; clear it once the "
                           "timing is read")
                report = repeating_report(call, message, runs, f"the {method} is added here")
                if method == "measure":
                    report.severity = Severity.NOTE
                yield report
                break

    def _tombstone_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`uploads.set(id, null)` where an operation ends, with the only deletes in a sweep that
        skips entries whose value is not set (`if (upload && now - upload.at > TTL) delete`): the
        key stays with its null value, and the sweep never looks at it again. One key per
        operation, for good."""
        nulled = [g for g in uses.growths if _stores_nothing(g.site)]
        releases = [r.node for r in uses.releases if r is not None]
        if not nulled or not releases or not all(_sweep_skips_unset(r) for r in releases):
            return None
        growth = next((g for g in uses.growths if not _stores_nothing(g.site)), None)
        runs = refine(ctx.run_context(growth.site), ctx.model) if growth is not None else None
        fresh = (fresh_key(growth.key, ctx.model) or request_source(growth.key, runs, ctx.model)) if growth is not None and growth.key is not None else None
        if growth is None or runs is None or runs.how is RunsHow.ONCE or fresh is None:
            return None
        message = (f"{container.described} gains an entry {runs.where} (key: {fresh}) and is 'emptied' of it at line "
                   f"{nulled[0].site.start_point[0] + 1} by storing `{short_text(_stored_value(nulled[0].site), 20)}`, which keeps the key; the "
                   f"sweep at line {releases[0].start_point[0] + 1} deletes only entries whose value is set, so every such key stays; "
                   "delete the entry instead")
        return Report(container.declaration, message, related=[(nulled[0].site, "the entry is set to nothing here, not deleted"),
                                                               (releases[0], "the sweep skips entries without a value")],
                      severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE)

    def _release_skipped_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`onRequest` adds, `onResponse` deletes, but first `if (ignore.has(route)) return`: the
        function that runs at every operation's end leaves early on a condition about something
        else than the entry, one the adding code does not share, so every operation that ends
        that way keeps its entry (health checks polled every few seconds, say). Other removals
        only for an abort, an error or a timeout do not cover it."""
        releases = [r.node for r in uses.releases if r is not None]
        ends = {fn.id: fn for r in releases if (fn := enclosing_function(r)) is not None}
        adders = {fn.id for g in uses.growths if (fn := enclosing_function(g.site)) is not None}
        if not releases or not uses.growths or adders & set(ends):
            return None
        normal = [fn for fn in ends.values() if not FAILURE_ONLY_HOOK.search(_hook_event(fn) or function_name(fn) or "")]
        if len(normal) != 1:
            return None
        end = normal[0]
        first = min((r for r in releases if enclosing_function(r) == end), key=lambda r: r.start_byte)
        exit_ = exit_before(first, end)
        if exit_ is None or first.type != "call_expression" or not call_arguments(first):
            return None
        spelled = " ".join(text(exit_.child_by_field_name("condition")).split())
        key_text = text(call_arguments(first)[0])
        if re.search(rf"\b{re.escape(container.name.split('.')[-1])}\b", spelled) or key_text in spelled:
            return None  # `if (!inflight.has(id)) return`, `if (!id) return`: about the entry itself
        if any(n.type == "variable_declarator" and n.end_byte <= exit_.start_byte for n in walk(end.child_by_field_name("body"))):
            return None  # the condition may read what the entry holds, through a local
        adding = {fn.id: fn for g in uses.growths if (fn := enclosing_function(g.site)) is not None}
        if any(n.type == "if_statement" and " ".join(text(n.child_by_field_name("condition")).split()) == spelled
               for fn in adding.values() for n in walk(fn)):
            return None  # the adding code skips the same operations: they never had an entry
        growth = uses.growths[0]
        runs = ctx.run_context(growth.site)
        fresh = (fresh_key(growth.key, ctx.model) or request_source(growth.key, runs, ctx.model)) if growth.key is not None else None
        if runs.how is RunsHow.ONCE or fresh is None:
            return None  # (a key that need not be new per operation: the entry may be the next one's too)
        site = growth.site
        message = (f"{container.described} gains an entry {runs.where} (key: {fresh}) and loses it at line {first.start_point[0] + 1} only "
                   f"past the early return at line {exit_.start_point[0] + 1} (`{short_text(unwrap(exit_.child_by_field_name('condition')), 50)}`): "
                   "every operation that leaves there keeps its entry; delete it before returning")
        return Report(container.declaration, message, related=[(exit_, "the early return skips the delete"), (site, "the entry is added here")],
                      severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE)

    def _parked_report(self, container: Container, uses: Uses, ctx: FileContext, deferred: bool = False) -> Report | None:
        """`waiters.add({ user, res })` per long-poll request, removed only where an answer comes
        (`notify()`), with no 'close' listener and no timer where the entry is made: a client
        that goes away first is never answered, and its response stays in the container."""
        parked = _parked_connection(container, uses, ctx, deferred)
        if parked is None:
            return None
        growth, runs, held = parked
        release = next(r for r in uses.releases if r is not None)
        answering = function_name(running_function(release.node))
        where = f"`{answering.rsplit('.', 1)[-1]}()`" if answering else f"the code at line {release.node.start_point[0] + 1}"
        message = (f"{container.described} keeps the `{held}` of every waiting client {runs.where}, and loses it only when "
                   f"{where} answers it: nothing removes it when the client goes away first (no 'close' listener, no "
                   f"timeout that takes it out), so every client that disconnects before its answer leaves its `{held}` behind; delete the entry "
                   "on the request's 'close' too")
        related = [(growth.site, "parked here"), (release.node, "removed here, when answered only")]
        if runs.registration is not None:
            related.append((runs.registration, "this registration makes the code run repeatedly"))
        return Report(container.declaration, message, related=related, acquisition=growth.site)

    def _one_case_report(self, container: Container, uses: Uses, ctx: FileContext, deferred: list[Effect] = ()) -> Report | None:
        """`switch (update.status) { case 'done': jobs.delete(id); ...; case 'failed': notify(); }`,
        or the same as `if (state === 'done') {...} else if (state === 'failed') {...}`: every
        removal sits in one branch over how an operation ended, and another branch that names an
        end ('failed', 'cancelled', 'timeout') removes nothing: each operation that ends that way
        keeps its entry. `deferred` are removals in exported functions this file never calls:
        whoever calls them, the other branch still removes nothing. Growth at an unknown rate
        counts when its key is new per operation (a note)."""
        releases = [r.node for r in [*uses.releases, *deferred] if r is not None]
        branches = {id(b): b for r in releases if (b := _ending_branch(r)) is not None}
        if not releases or len(branches) != 1 or not all(_ending_branch(r) is not None for r in releases):
            return None
        branch = next(iter(branches.values()))
        other = next((o for o in _sibling_branches(branch) if _names_an_end(o) and not any(contains(o, r) for r in releases)), None)
        growths = [(g, refine(ctx.run_context(g.site), ctx.model)) for g in uses.growths
                   if g.key is not None and not is_bounded_key(g.key, container, ctx.model, g.site)]
        growth, runs = next(((g, r) for g, r in growths if r.how is RunsHow.REPEATED), None) \
            or next(((g, r) for g, r in growths if r.how is RunsHow.MAYBE and fresh_key(g.key, ctx.model) is not None), (None, None))
        if other is None or growth is None:
            return None
        label, missed = _branch_label(branch), _branch_label(other)
        message = (f"{container.described} gains an entry {runs.where} (key: `{short_text(growth.key, 30)}`) and loses it only in "
                   f"{label} (line {line(branch)}), not in {missed} (line {line(other)}), which ends the operation "
                   "another way: every operation that ends so keeps its entry; delete it there too, or before the branches")
        # (a long-lived instance's method with a fresh key: one entry per operation, however often it is called)
        quiet = runs.how is RunsHow.MAYBE and container.where != "owner"
        return Report(container.declaration, message, severity=Severity.NOTE if quiet else None,
                      related=[(growth.site, "grows here"), (releases[0], f"removed here, in {label} only"), (other, "this end removes nothing")])

    # -- owners beyond the module (semantic.owners) ------------------------------------------

    def _recreated_after_wait_report(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """`attach(socket)` adds the connection's entry and its 'disconnect' listener deletes it,
        while `loadProfile(id)` sets the entry again after an `await` (`this.sessions.set(id,
        {...(this.sessions.get(id) || fresh)})`), looking at nothing first: a connection that ends
        during the wait has its entry deleted, then made again, and nothing deletes it after."""
        releases = [r for r in uses.releases if r is not None]
        if not releases or not all(at_connection_end(r.node) for r in releases):
            return None
        for growth in uses.growths:
            awaited = waited_before(growth.site)
            if awaited is None or fresh_key(growth.key, ctx.model) is None or _existence_checked(growth, container, awaited, ctx):
                continue
            name = (function_name(running_function(growth.site)) or "its function").rsplit(".", 1)[-1]
            message = (f"{container.described} loses a connection's entry when the connection ends, but `{name}()` sets it again after "
                       f"`{short_text(awaited, 40)}` without looking whether it is still there: a connection that ends during that wait "
                       "has its entry deleted first and made again after, and nothing deletes it then; check that the entry exists "
                       "before setting it")
            return Report(growth.site, message, related=[(awaited, "the wait during which the connection may end"),
                                                         (releases[0].node, "the entry is deleted here, when the connection ends")])
        return None

    def _judge_owner(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """A field of a long-lived class's instances: growth per call of a method with a fresh
        key (or a fresh value in an array), removed on no normal path. What the class's teardown
        hands the field to (`_.each(this._timers, clearTimeout)` in `close()`) prunes nothing
        while the instance serves."""
        pending = [p for p in uses.pending if not TEARDOWN_NAMES.match(_running_name(p[0].site))]
        if uses.escapes:
            return None
        if pending:
            return self._owner_pending_report(container, uses, pending, ctx)
        keyed = container.kind != "array"
        cleared = {id(r): clear for r in uses.releases if r is not None and (clear := _removed_when_cleared(r, uses, ctx)) is not None}
        kept = [r for r in uses.releases if r is None or (not _off_path(r, ctx) and id(r) not in cleared
                                                          and not ((keyed or cleared) and _teardown_reset(r, container)))]
        abandoned = (_abandoned(container, uses, ctx) if keyed else _abandoned_in_queue(container, uses, ctx)) \
            if kept and None not in kept else None
        if abandoned is None and ctx.shared.get("collection.queues only"):
            return None
        if kept and abandoned is None:
            if None in kept:
                return None
            if not keyed:  # a queue spliced by the code that serves it: on every path, or once its write succeeds only
                return self._one_path_report(container, uses, ctx) if all(r.verb == "splice" for r in kept) else None
            return self._cleared_timeout_report(container, uses, ctx) or self._one_path_report(container, uses, ctx) \
                or self._given_up_report(container, uses, ctx) or self._client_message_only_report(container, uses, ctx) \
                or self._one_case_report(container, uses, ctx) or self._recreated_after_wait_report(container, uses, ctx)
        if keyed and abandoned is None:
            emptied = self._emptied_but_kept_report(container, uses, ctx)
            if emptied is not None:
                return emptied
        partial = [r for r in uses.releases if r is not None and _off_path(r, ctx, uses.releases)]
        growing = []
        for growth in uses.growths:
            method = owner_method(growth.site, container.owner.node, through_callbacks=True)
            if method is None:  # `namespace._contexts.set(asyncId, ...)` in a hook the factory that made the instance installs
                runs = ctx.run_context(growth.site)
                if runs.how is not RunsHow.REPEATED or runs.registration is None:
                    continue
                method, name, shown, verb = runs.registration, "", runs.where.removeprefix("inside "), "run"
            elif method == container.owner.node:
                continue
            else:
                name = (function_name(method) or "<anonymous>").rsplit(".", 1)[-1]
                shown, verb = f"`{name}()`", "call"
            if is_constructor(method):
                # The constructor runs once per instance, but a handler it registers runs per event.
                runs = run_context(growth.site, owner=method)
                if runs.how is not RunsHow.REPEATED or runs.registration is None:
                    continue
                shown, verb = runs.where.removeprefix("inside "), "run"
            if container.kind == "array" and SETUP_METHODS.match(name):
                continue  # `use(fn)`, `register(x)`: called while the program is set up
            if _replaced_after_removal_only(method, uses, ctx):
                continue  # `spawn()` from the constructor, and again only from its own 'error' handler that removed the last one
            fresh = fresh_key(growth.key, ctx.model) or ("a timer's handle" if cleared and _timer_handle(growth.key, ctx) else None) \
                or _request_data_at_callers(growth, ctx) or _composed_of_connection(growth.key, ctx) or _fresh_from_callers(growth, method, ctx)
            if fresh is None or _size_checked(growth.site, uses.size_checks) or allowlisted(growth.key, growth.site):
                continue  # (`if (!this.cameras.has(id)) return` first: only keys the instance already knows)
            if growth.key is not None and key_from_own_list(growth.key, growth.site, ctx.model):
                continue  # `this.feeds.map((feed) => this.pollOne(feed))`: one entry per item of the instance's own list
            growing.append((growth, shown, fresh, verb))
        if not growing:
            return None
        prop = container.name.removeprefix("this.")
        shrunk = ctx.shared.get("collection.fields")
        if shrunk is None:
            shrunk = ctx.shared["collection.fields"] = _fields_shrunk_elsewhere(ctx.source.data)
        if container.instance_names and prop in shrunk:  # (what the factory's own instance removes, the uses above hold)
            shrunk = _fields_shrunk_elsewhere(ctx.source.data, container.instance_names)
        if prop in shrunk:
            return None  # `delete client.pending[id]` in a handler: the object travelled there
        growth, method, fresh, verb = growing[0]
        what = "key" if container.kind != "array" else "value"
        if abandoned is not None:
            released = abandoned.left
        elif partial:
            released = f"and loses it only {_off_path_words(partial[0])}; remove it when the operation completes normally too"
        elif cleared:
            clear = next(iter(cleared.values()))
            released = (f"and loses it only when that timer is cleared (`{short_text(clear, 40)}` at line {clear.start_point[0] + 1}), never "
                        "when the timer fires, which is how most of them end; remove it when the timer fires too")
        else:
            released = "and nothing ever removes it; delete entries when their operation is done"

        related = [(g.site, f"grows here, in {m}") for g, m, _, _ in growing[: self.params["max_related"]]]
        related += [(r.node, f"removed here only {_off_path_words(r)}") for r in partial[:2]]
        if abandoned is not None:
            related.append((abandoned.node, abandoned.related))
        elif not partial and cleared:
            related.append((next(iter(cleared.values())), "removed only on this path, when the timer is cleared"))
        # A fresh key proves one entry per operation; an array's pushes may come from set-up code
        # (how often the method runs is unknown), unless the push runs in code that repeats.
        repeated = keyed or any(refine(ctx.run_context(g.site), ctx.model).how is RunsHow.REPEATED for g, _, _, _ in growing)
        unknown = "" if repeated else " (how often it is called is unknown)"
        every = f"every {verb} of {method}"
        message = (f"{container.described} gains an entry with {every}{unknown} ({what}: {fresh}) {released}; "
                   f"`{container.owner.name}` is {container.owner.why}")
        # Another file may empty the field through an instance it was handed (project.join).
        return Report(container.declaration, message, severity=None if repeated else Severity.NOTE, related=related,
                      exports=((FIELD, prop),))

    def _owner_pending_report(self, container: Container, uses: Uses, pending: list[tuple[ImportedCall, int, Node]],
                              ctx: FileContext) -> Report | None:
        """`trackInflight(this.inflight, id, entry)` in a method of a long-lived class, with the
        helper imported: if its summary grows the parameter under a key the call hands it new
        on every call (`++this.seq`), each call leaves an entry, unless the class removes it on
        the normal path (project.join decides, as for a module's container)."""
        helpers = {(c.specifier, c.chain, i) for c, i, _ in pending}
        normal = [r for r in uses.releases if r is None or not _off_path(r, ctx, uses.releases)]
        if uses.growths or len(helpers) != 1 or normal:
            return None  # grown here too, by several helpers, or removed when the operation completes
        call, index, argument = pending[0]
        imported = ctx.model.binding_of(call.callee)
        method = owner_method(call.site, container.owner.node, through_callbacks=True)
        if imported is None or not imported.is_module_level or imported.source_module != call.specifier \
                or method is None or method == container.owner.node or is_constructor(method):
            return None
        name = (function_name(method) or "<anonymous>").rsplit(".", 1)[-1]
        if container.kind == "array" and SETUP_METHODS.match(name):
            return None
        runs = refine(run_context(call.site, ctx.source.root), ctx.model, owner=ctx.source.root)
        fresh = argument_freshness(call.site, runs, ctx)
        if not any(fresh):
            return None  # nothing the call hands it is new per call: no key the helper could add a new entry under
        helper = shown_callee(call.site)
        partial = [r for r in uses.releases if r is not None]
        released = f"and loses it only {_off_path_words(partial[0])}; remove it when the operation completes normally too" if partial \
            else "and nothing ever removes it; delete entries when their operation is done"
        related = [(call.site, f"grows here, through `{helper}()`, in `{name}()`")]
        related += [(r.node, f"removed here only {_off_path_words(r)}") for r in partial[:2]]
        message = (f"{container.described} gains an entry through `{helper}()` with every call of `{name}()` {released}; "
                   f"`{container.owner.name}` is {container.owner.why}")
        return Report(container.declaration, message, severity=None if container.kind != "array" else Severity.NOTE, related=related,
                      exports=((FIELD, container.name.removeprefix("this.")),),
                      needs=Requirement(self.rule.id, call.specifier, call.chain, index, short_text(argument, 40), fresh=fresh),
                      needs_site=call.site)

    def _made_at_load_and_called(self, ctx: FileContext) -> Iterator[Report]:
        """`const formatPrice = memoize(format)` at the top of a module, and `formatPrice(p)` in
        code that repeats: what the imported factory hands out lives as long as the module and
        runs on every repeat. If the factory's summary says that function adds to a container it
        closes over and never prunes it (slot RESULT), each call keeps an entry for good
        (project.join decides)."""
        for call in ctx.imported_calls:
            holder = outermost(call.site).parent
            name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
            binding = ctx.model.binding_of(name) if name is not None and name.type == "identifier" and call.chain[-1:] != ("constructor",) else None
            if binding is None or not binding.is_module_level or any(
                    r.identifier.parent is not None and r.identifier.parent.type == "member_expression"
                    and not READ_ONLY_MEMBERS.match(text(r.identifier.parent.child_by_field_name("property"))) for r in binding.references):
                continue  # (`formatPrice.clear()`, `.cache`: the module manages what the factory handed it; `.stats()` reads only)
            for reference in binding.references:
                used = reference.identifier.parent
                if used is None or used.type != "call_expression" or used.child_by_field_name("function") != reference.identifier:
                    continue
                runs = refine(ctx.run_context(used), ctx.model)
                if all(bounded_argument(a, used, ctx.model) for a in call_arguments(used)):
                    continue  # `regionConfig(region)`, the region checked against a fixed list: one entry per value at most
                if runs.how is RunsHow.REPEATED:
                    yield Report(call.site, f"`{binding.name}`, made by `{shown_callee(call.site)}()` when the module loads, is called "
                                            f"{runs.where}, and adds to what it closes over on every call; never pruned",
                                 related=[(used, "called here, on every run")], code_flow=[(used, f"`{binding.name}()` is called here")],
                                 needs=Requirement(self.rule.id, call.specifier, call.chain, RESULT, ""))
                    break

    def _judge_closure(self, container: Container, uses: Uses, ctx: FileContext) -> Report | None:
        """A function's local container grown by a closure that outlives the call: it lives as
        long as the closure, and grows once per call of it."""
        added = [g for g in uses.growths if any(contains(c, g.site) for c in container.closures) and not _size_checked(g.site, uses.size_checks)]
        growing = [
            g for g in added
            if any(contains(closure, g.site) and not _called_once_by_owner(closure) for closure in container.closures)
            and not (g.key is not None and container.kind != "array" and is_bounded_key(g.key, container, ctx.model, g.site))
        ]
        factory = function_name(container.factory) or "<anonymous>"
        if container.kind != "WeakMap" and b"export" in ctx.source.data and not module_called(container.factory, ctx.model) \
                and function_exports(container.factory, ctx.model):
            # (every add its result's methods make: a key they are handed is the importer's to judge)
            self._result_member_summaries(container, added, factory, ctx, uses.offered_names)
        if not growing:
            return None
        if container.kind == "WeakMap":
            return Report(container.declaration, _weak_brackets(container, f" in `{factory}()`"),
                          related=[(g.site, "written with brackets here") for g in growing[: self.params["max_related"]]])
        at_start = module_called(container.factory, ctx.model)
        if at_start and _bounded_at_every_call(container, growing, ctx):
            return None  # `const loadSchema = memoize(load)`, called only with allowlisted versions
        registered = next((runs for g in growing if (runs := ctx.run_context(g.site)).how is RunsHow.REPEATED and runs.registration is not None
                           and contains(container.factory, runs.registration)), None)
        related = [(g.site, "grows here") for g in growing[: self.params["max_related"]]]
        if registered is not None:  # `fastify.addHook('onRequest', (req) => samples.push(...))` in a plugin
            grown = next(g for g in growing if ctx.run_context(g.site) is registered)
            source = request_source(grown.key, registered, ctx.model) if grown.key is not None else None
            held = "keyed by" if container.kind in ("Map", "object") else "holding"
            message = (f"{container.described} of `{factory}()` grows {registered.where}, which `{factory}()` registers and which "
                       "runs for as long as what it is registered on; it is never pruned"
                       + (f": {held} {request_data(source)}" if source is not None else "")
                       + "; bound it, or delete entries when they are done")
            return Report(container.declaration, message, severity=Severity.ERROR if source is not None else None,
                          related=[*related, (registered.registration, "registered here")],
                          acquisition=grown.site)  # what a captured request rides in: one finding for both
        if at_start and uses.offered and made_at_load(container.factory, ctx.model):
            return None  # `remove(id) { cursors.delete(id) }` beside `move()` on the board the module exports: its users decide
        held = "created at module level, so it lives as long as the process" if at_start else "which outlives each call of it"
        message = (f"{container.described} of `{factory}()` is kept by a closure the function hands out ({held}) and grows "
                   "on every call of that closure; it is never pruned: bound it, or delete entries when they are done")
        if not at_start and b"export" in ctx.source.data and function_exports(container.factory, ctx.model):
            # `const format = memoize(fn)` in an importer: whether what it hands out lives long and runs often, callers decide
            # (this note goes when an importer's finding leads through it: project.join)
            keep_own_summaries(ctx, self.rule.id, container.factory, f"`{factory}()` hands out a function that adds to {container.described} "
                               "on every call and never prunes it", container.declaration, slot=RESULT, per_result_call=True)
            if uses.offered:
                return None  # it offers its callers a clear(): whether they keep it long and never call that, they decide
        return Report(container.declaration, message, severity=None if at_start else Severity.NOTE, related=related)

    def _result_member_summaries(self, container: Container, growing: list[Growth], factory: str, ctx: FileContext,
                                 offered: tuple[str, ...] = ()) -> None:
        """`createHistogram()` hands out `{ observe, render }`, and `observe(v)` pushes into the
        factory's own `samples`: an importer that keeps one result for its whole life
        (`const latency = createHistogram()` at its top level) and calls `observe()` from code that
        repeats grows it once per run. Summarised on the result it shares (SHARED_STEP, slot OWN),
        with the parameter that is the key (or, for an array, the value), and the removals the
        result offers (`release(id)`), which an importer that calls them takes."""
        chains = summary_chains(container.factory, ctx.model)
        done: set[str] = set()
        for growth in growing:
            member = returned_disposer_key(growth.site, container.factory)
            closure = next((c for c in container.closures if contains(c, growth.site)), None)
            if not member or member in done or closure is None:
                continue
            params = parameter_list(closure)
            root = access_root(growth.key)[0] if growth.key is not None else None
            index = params.index(text(root)) if root is not None and root.type == "identifier" and text(root) in params else -1
            appended = container.kind == "array"
            if not appended and index < 0 and (growth.key is None or is_bounded_key(growth.key, container, ctx.model, growth.site)):
                continue  # keyed by something of its own that takes a few values
            done.add(member)
            action = f"`{member}()` of what `{factory}()` hands out adds to {container.described}, made here, and nothing removes from it"
            # (at the container, where the factory's own note stands: an importer's finding that leads through it takes its place)
            for chain in chains:
                keep_own_summaries(ctx, self.rule.id, container.factory, action, container.declaration, chains={(*chain, SHARED_STEP, member)},
                                   key_slot=-1 if appended else index, value_slot=index if appended else -1,
                                   unless_used=tuple((*chain, SHARED_STEP, name) for name in offered))

    def _report(self, container: Container, growing: list[tuple[Growth, RunContext]], ctx: FileContext) -> Report:
        repeated = [(g, r) for g, r in growing if r.how is RunsHow.REPEATED]
        sourced = [(g, r, src) for g, r in repeated for src in [request_source(g.key, r, ctx.model)] if src is not None]
        if sourced:
            growth, runs, source = sourced[0]
            severity = Severity.ERROR
            held = "keyed by" if container.kind in ("Map", "object") else "holding"
            why = f": {held} {request_data(source)}"
        elif repeated:
            growth, runs = repeated[0]
            severity, why = None, ""
        else:
            growth, runs = growing[0]
            severity, why = Severity.NOTE, " (how often that code runs is unknown)"
            self._own_growth_summaries(container, growing, ctx)
            fn = running_function(growth.site)
            undo = counterpart(fn, ctx.source.root, ctx.source.data) if container.kind != "WeakMap" else None
            if undo is not None:  # however seldom the pair runs, each cycle leaves an entry
                severity = None
                why = (f", not even by `{spelled_name(undo)}()`, which undoes `{spelled_name(fn)}()`: what "
                       f"`{spelled_name(fn)}()` adds stays after `{spelled_name(undo)}()`")
        message = f"{container.described} grows {runs.where} and is never pruned{why}; bound it, or delete entries when they are done"
        if container.kind == "WeakMap":
            message = _weak_brackets(container, f" {runs.where}")
        related = [(g.site, "grows here" if g.via is None else f"grows here, through `{callee_text(g.site)}()`")
                   for g, _ in growing[: self.params["max_related"]]]
        flow = []
        if growth.via is not None:
            made = made_by_new(growth.site, ctx.model) if growth.site.type == "call_expression" else None
            given = (f"`{callee_name(growth.site)}()` adds to the field that `new {short_text(made.child_by_field_name('constructor'), 30)}()` "
                     "keeps the container in") if made is not None else f"`{callee_text(growth.site)}()` is given the container"
            flow = [(growth.site, given), (growth.via, "the entry is added here")]
        elif runs.calls:  # grown inside a helper of this file that the repeating code calls: the flow leads from that call
            flow = call_flow(runs, growth.site, "the entry is added here")
        if runs.registration is not None:
            related.append((runs.registration, "this registration makes the code run repeatedly"))
        return Report(container.declaration, message, severity=severity, related=related, code_flow=flow,
                      exports=tuple(sorted(container.exports)), acquisition=growth.site)

    def _parked_or_undone_summaries(self, container: Container, uses: Uses, growing: list[tuple[Growth, RunContext]], ctx: FileContext) -> None:
        """Summaries of growth that the functions removing from the container undo, if importers
        call them; unless what the growing function parks is a response (or socket) it is handed
        and those functions only answer what they find (`deliver(userId)`): then a caller that
        hands in its request's response keeps it there whenever its client leaves first."""
        parked = [(growth, runs, found) for growth, runs in growing if (found := _parks_a_parameter(growth, container, uses, ctx)) is not None]
        for growth, runs, (slot, name) in parked:
            answering = sorted({n.rsplit(".", 1)[-1] for r in (*uses.releases, *uses.deferred) if r is not None and (n := _running_name(r.node))})
            by = " or ".join(f"`{n}()`" for n in answering) or "the code that answers"
            self._own_growth_summaries(container, [(growth, runs)], ctx, removal=f"only when {by} answers it, never when the client of "
                                       f"the `{name}` it parks goes away first", parked_slot=slot)
        rest = [(growth, runs) for growth, runs in growing if all(growth is not p[0] for p in parked)]
        if rest:
            self._own_growth_summaries(container, rest, ctx, unless_used=tuple(sorted(uses.exported_releases)))

    def _own_growth_summaries(self, container: Container, growing: list[tuple[Growth, RunContext]], ctx: FileContext,
                              unless_used: tuple[tuple[str, ...], ...] = (), removal: str = "", parked_slot: int = -1) -> None:
        """A module's container grown by functions it exports, at an unknown rate: callers in
        other files decide (slot OWN; project.join puts the finding at a caller in code that
        repeats and drops this note). Kept for `summaries`, which the engine asks next."""
        if container.where not in ("module-level", "static", "instance"):
            return
        for growth, _ in growing:
            fn = running_function(growth.site)
            key_slot = self._key_slot(growth, container, fn, ctx) if fn is not None else None
            inner = _inner_entry(growth, fn, ctx) if fn is not None else None
            others: tuple[int, ...] = ()
            if inner is not None:  # a new entry of the inner Set per value, and of the table per key
                key_slot, others = inner, ((key_slot,) if key_slot is not None and key_slot >= 0 else ())
            elif key_slot is not None and key_slot >= 0 and growth.key is not None:  # `${market}/${currency}`: new in any, a new entry
                root = access_root(growth.key)[0]
                others = tuple(i for p in (derived_from(root, fn, ctx) if _composed(root, ctx) else [])
                               if (slot := slot_of(p, ctx.model)) is not None and (i := slot.index) >= 0 and i != key_slot)
            if parked_slot >= 0:  # every call parks one more response, whatever the key
                key_slot, others = -1, ()
            if key_slot is None:
                continue
            helper = (function_name(fn) or "").rsplit(".", 1)[-1]
            cls = fn.parent.parent if fn.type == "method_definition" and fn.parent is not None else prototype_constructor(fn)
            if container.where == "instance" and (cls is None or cls != container.singleton_class):
                continue  # grown elsewhere than in a method of the singleton's class
            chains = {(*chain, helper) for chain in instance_exports(cls, ctx.model)} if container.where == "instance" \
                else constructor_exports(fn, ctx.model) if helper == "constructor" and fn.type == "method_definition" else None
            # `return () => off(topic, fn)`: the caller keeps the way to take its entry out again
            disposer = inner is not None and _hands_back_removal_of(fn, inner)
            keep_own_summaries(ctx, self.rule.id, fn, f"`{helper}()` adds to {container.described}, declared here"
                               + (f", and removes it {removal}" if removal else ""), container.declaration, chains, key_slot=key_slot,
                               value_slot=parked_slot if parked_slot >= 0 else self._value_slot(growth, container, fn, ctx),
                               unless_used=unless_used, removed_only=removal,
                               other_key_slots=others, disposer=disposer)

    def _key_slot(self, growth: Growth, container: Container, fn: Node, ctx: FileContext) -> int | None:
        """What decides, at a caller, whether a helper's add makes a new entry: nothing for an
        array or a fresh key (-1: every call adds one), the parameter that is the key (a caller
        passing a literal adds one entry at most), or None when the helper's own key is bounded
        or unknown (no summary: precision first)."""
        if container.kind == "array" or growth.key is None:
            return -1
        if allowlisted(growth.key, growth.site):
            return None  # `if (!this.cameras.has(id)) return` first: bounded by what the module knows
        root, _ = access_root(growth.key)  # `req.headers.authorization`: the parameter it is read from
        slot = slot_of(root, ctx.model)
        if slot is not None and slot.function == fn and slot.index >= 0:
            return slot.index
        if _read_from_a_table(root, ctx):
            return None  # `const entry = this.sockets[id]; statuses.set(entry.userId, ...)`: a key that came with an entry already kept
        normalised = _normalised_parameter(root, ctx)
        slot = slot_of(normalised, ctx.model) if normalised is not None else None
        if slot is not None and slot.function == fn and slot.index >= 0:
            return slot.index  # `const key = term.trim().toLowerCase()`: one key per value of the parameter still
        if fresh_key(growth.key, ctx.model) is not None:
            return -1
        derived = derived_from(root, fn, ctx) if _composed(root, ctx) else []  # `const key = `${eventId}:${seat}``, made from parameters
        slots = [slot_of(p, ctx.model) for p in derived[:1]]
        return slots[0].index if slots and slots[0] is not None and slots[0].function == fn and slots[0].index >= 0 else None

    def _value_slot(self, growth: Growth, container: Container, fn: Node, ctx: FileContext) -> int:
        """The parameter an array's added entry is (or is read from): `remember(req)` pushing it."""
        if container.kind != "array" or growth.key is None:
            return -1
        slot = slot_of(access_root(growth.key)[0], ctx.model)
        return slot.index if slot is not None and slot.function == fn and slot.index >= 0 else -1

    def _pending_report(self, container: Container, pending: list[tuple[ImportedCall, int, Node]], ctx: FileContext,
                        handed_with: tuple[tuple[str, ...], ...] = ()) -> Report | None:
        for call, index, argument in pending:
            imported = ctx.model.binding_of(call.callee)
            if imported is None or not imported.is_module_level or imported.source_module != call.specifier:
                continue  # a local spelled like the import
            runs = refine(run_context(call.site, ctx.source.root), ctx.model, owner=ctx.source.root)
            if runs.how is RunsHow.ONCE or self._runs_once_per_singleton(call.site, container):
                continue
            helper = shown_callee(call.site)
            why = " (how often that code runs is unknown)" if runs.how is RunsHow.MAYBE else ""
            related = [(call.site, f"grows here, through `{helper}()`")]
            if runs.registration is not None:
                related.append((runs.registration, "this registration makes the code run repeatedly"))
            return Report(
                container.declaration,
                f"{container.described} grows through `{helper}()` {runs.where} and is never pruned{why}; "
                "bound it, or delete entries when they are done",
                severity=Severity.NOTE if runs.how is RunsHow.MAYBE else None,
                related=related,
                exports=tuple(sorted(container.exports)),
                needs=Requirement(self.rule.id, call.specifier, call.chain, index, short_text(argument, 40),
                                  handed_with=tuple(c for c in handed_with if c != call.chain),
                                  fresh=argument_freshness(call.site, runs, ctx) if injected_index(index) >= 0 else ()),
                needs_site=call.site,
            )
        return None

    def _runs_once_per_singleton(self, site: Node, container: Container) -> bool:
        """Growth inside a singleton's constructor happens once: there is one instance."""
        if container.singleton_class is None:
            return False
        fn = enclosing_function(site)
        return fn is not None and fn.parent is not None and fn.parent.parent == container.singleton_class and text(fn.child_by_field_name("name")) == "constructor"

    # -- uses of a key ---------------------------------------------------------------------

    def _collect(self, key: Key, container: Container, uses: Uses, ctx: FileContext, depth: int) -> None:
        for node in _nodes_with_key(key, ctx):
            if contains(container.declaration, node) or (container.accessor is not None and contains(container.accessor, node)):
                continue  # the declaration itself (or the accessor's making and handing out), not a use
            self._classify(node, container, uses, ctx, depth)
        for call in call_sites(container.accessor, ctx.model) if container.accessor is not None and depth == 0 else ():
            self._classify(call, container, uses, ctx, depth)  # `getCache().set(k, v)`: the container itself
        for size in range(len(key.path)):
            self._collect_holder(Key(key.root, key.path[:size]), key.path[size:], container, uses, ctx, depth)

    def _collect_holder(self, holder: Key, rest: tuple[str, ...], container: Container, uses: Uses, ctx: FileContext, depth: int) -> None:
        """Uses of an object that holds the container: `const { pending } = state`, `send(state)`."""
        this_itself = container.where == "owner" and not holder.path and holder.root.startswith("this@")
        for node in _this_aliases(holder.root, ctx) if this_itself else _nodes_with_key(holder, ctx):
            parent = node.parent
            if parent is not None and parent.type in ("member_expression", "subscript_expression") and parent.child_by_field_name("object") == node:
                continue  # a longer path: the container itself or a sibling field
            if _extended_in_place(node):
                continue  # `Object.assign(Pusher, {...})`: properties copied onto it, nothing handed away
            effect, detail = self.use_effect(node, "holder", ctx)
            if effect in ("escape", "pending") and (container.where in ("owner", "static") or container.factory is not None and container.where == "instance") \
                    and not holder.path:
                continue  # a class hands `this` (or itself: `customElements.define('x-menu', Menu)`, or a function its own instance:
                # `fastify.decorate('limiter', limiter)`) around; who gets it rarely empties its fields
            if effect in ("escape", "pending", "shrink"):
                setattr(uses, "shrinks" if effect == "shrink" else "escapes", True)
            elif effect == "alias":
                self._follow_holder_alias(detail, rest, container, uses, ctx, depth)

    def _follow_holder_alias(self, declarator: Node, rest: tuple[str, ...], container: Container, uses: Uses, ctx: FileContext, depth: int) -> None:
        if depth >= MAX_ALIAS_DEPTH:
            uses.escapes = True
            return
        name = unwrap(declarator.child_by_field_name("name"))
        if name is not None and name.type == "identifier":
            alias = key_of(name, ctx.model)
            if alias is not None and alias.root.startswith("this@") and not alias.path:
                return  # `const self = this`: keys already see through it
            if alias is not None:
                self._collect(Key(alias.root, alias.path + rest), container, uses, ctx, depth + 1)
            return
        if name is not None and name.type == "object_pattern":
            for ident in _pattern_names_for(name, rest[0]):
                alias = key_of(ident, ctx.model) if ident.type == "identifier" else None
                binding = ctx.model.binding_of(ident)
                if binding is not None:
                    self._collect(Key(binding.uid, rest[1:]), container, uses, ctx, depth + 1)
                elif alias is None:
                    uses.escapes = True
            return
        uses.escapes = True

    def _classify(self, node: Node, container: Container, uses: Uses, ctx: FileContext, depth: int) -> None:
        effect, detail = self.use_effect(node, container.kind, ctx)
        if effect == "grow":
            uses.growths.append(detail)
        elif effect == "shrink" and detail is not None and _in_dead_code(detail.node, ctx):
            uses.dead_releases.append(detail)  # a removal nothing can run: no removal at all
        elif effect == "shrink" and detail is not None and container.where == "static" \
                and (chains := exported_class_method_only(detail.node, ctx.calls_named, ctx.model)):
            # `dispose() { Context.active.splice(...this) }`: an exported class's instance method taking the instance out of
            # the class's own registry, which only the importers that make instances call
            uses.exported_functions.append((detail, chains))  # decided once the growths are known (_settle_exported_methods)
        elif effect == "shrink" and detail is not None and (chains := exported_method_only(detail.node, ctx.calls_named, ctx.model)):
            uses.exported_methods.append((detail, chains))  # decided once the growths are known (_settle_exported_methods)
        elif effect == "shrink" and detail is not None and (chains := exported_only(detail.node, ctx.model)):
            uses.exported_functions.append((detail, chains))  # decided once the growths are known (_settle_exported_methods)
        elif effect == "shrink":
            uses.shrinks = True
            uses.releases.append(detail)
        elif effect == "escape":
            uses.escapes = True
        elif effect == "size":
            uses.size_checks.append(detail)
        elif effect == "pending":
            uses.pending.extend(detail) if isinstance(detail, list) else uses.pending.append(detail)  # (a list: the methods of an instance it went to)
        elif effect == "alias":
            self._follow_alias(detail, container, uses, ctx, depth)

    def _follow_alias(self, declarator: Node, container: Container, uses: Uses, ctx: FileContext, depth: int) -> None:
        """`const m = cache` or `const { sessions } = state`: uses of the alias are uses of the container."""
        if depth >= MAX_ALIAS_DEPTH:
            uses.escapes = True
            return
        name = declarator.child_by_field_name("name")
        if name is not None and name.type == "identifier":
            alias = key_of(name, ctx.model)
            if alias is not None:
                self._collect(alias, container, uses, ctx, depth + 1)
                return
        uses.escapes = True  # a destructured container: its parts go where we do not follow

    def use_effect(self, node: Node, kind: str, ctx: FileContext, with_model: bool = True) -> tuple[str, object]:
        """What the code around `node`, which denotes a container, does to it (semantic.uses),
        with what only this rule decides: which calls only read it, what a helper of this file
        or another does to it, and which values flow to other modules."""
        found = use_of(node, kind, self.params["grow_methods"], self.params["shrink_methods"])
        if found.use is Use.GROW:
            return "grow", Growth(found.effect.node, found.effect.key)
        if found.use is Use.RELEASE:
            if kind == "WeakMap" and found.effect is not None and found.effect.node.type == "call_expression":
                return "neutral", None  # WeakMap#delete removes an entry, never a property written with brackets
            return "shrink", found.effect
        if found.use in (Use.ALIAS, Use.SIZE):
            return found.use.value, found.node
        if found.use is Use.ARGUMENT:
            call = found.node
            known = known_effect(call, outermost(node)) if call is not None else None
            if known is not None:  # a platform function whose effect is data (semantic.known_apis)
                role, key = known
                return ("grow", Growth(call, key)) if role == "grow" else ("shrink", None) if role == "release" else ("neutral", None)
            if call is not None and ((with_model and ctx.model.is_logging(call)) or self._is_read_only(call)):
                return "neutral", None
            summary = self._helper_effect(call, outermost(node), kind, ctx) if with_model and call is not None else None
            return summary or ("escape", None)
        if found.use is Use.VALUE:
            # Exported values are judged across files (leaklint.project); anything else that
            # takes the value may keep or bound it where we cannot see.
            if _stored_on_itself(node):
                return "neutral", None  # `Socket.Socket = Socket`: a name of its own, nobody new holds it
            handed = self._option_handed_to_instance(outermost(node), ctx) if with_model and ctx.relative_imports else None
            if handed is not None:  # `new Tally({ table: ballots })`: one option of what an imported class is made with
                return ("pending", handed) if handed else ("neutral", None)
            return ("neutral", None) if with_model and value_exports(outermost(node), ctx.model) else ("escape", None)
        return "neutral", None

    def _helper_effect(self, call: Node, argument: Node, kind: str, ctx: FileContext) -> tuple[str, object] | None:
        """What a function of this file does to the container passed to it: its summary for
        that parameter, applied at this call (`record(list, item)` grows `list` here). A
        function imported from another analysed file is asked at the join (project.join)."""
        imported = imported_call_at(call, ctx.relative_imports) if ctx.relative_imports else None
        if imported is not None:
            index = next(i for i, arg in enumerate(call_arguments(call)) if arg == argument)
            return "pending", (imported, index, argument)
        handed = self._handed_to_instance(call, argument, ctx) if call.type == "new_expression" and ctx.relative_imports else None
        if handed is not None:
            return ("pending", handed) if handed else ("neutral", None)
        own = self._grown_by_own_instance(call, argument, ctx) if call.type == "new_expression" else None
        if own is not None:
            return own
        hop = helper_hop(call, argument, ctx.model)
        if hop is None:
            return None
        effect, inner = self._parameter_effect(hop.slot_identifier, kind, ctx)
        if effect == "pending":
            return effect, inner  # `traceQueries(client, stats, patches)` hands it on to an imported `wrapMethod()`
        if effect == "disposed":  # `const restore = wrap(res, 'end', fn, patches)`: undone by the disposer, if the caller calls it
            missed = _disposer_missed(call, ctx) if handle_kept(call) else None
            if handle_kept(call) and missed is None:
                return "shrink", None
            ctx.shared.setdefault("collection.disposer_missed", {})[call.id] = missed
            effect = "grow"
        if effect != "grow":
            return effect, None
        return "grow", Growth(call, substitute(inner.key, hop.hop, ctx.model), via=inner.via or inner.site)

    def _grown_by_own_instance(self, made: Node, argument: Node, ctx: FileContext) -> tuple[str, object] | None:
        """`new Recorder(seen).remember(id, v)` with `class Recorder` of this file keeping what it
        is handed in `this.store`, which `remember()` grows and nothing in the class empties:
        growth at the method's call, keyed as the call passes it, as through a helper function
        of the file. None when the class does something else with it (the caller's reading stands)."""
        cls = own_class_made(made, ctx.model)
        index = next((i for i, a in enumerate(call_arguments(made)) if a == argument), None) if cls is not None else None
        field_name = kept_field(cls, index, ctx.model) if index is not None else None
        calls = instance_method_calls(made, ctx.model) if field_name is not None else []
        if not calls or not self._only_grown(field_name, cls.child_by_field_name("body") or cls, ctx):
            return None
        for call, name in calls:
            method = method_named(cls, name)
            if method is None:
                return None  # a method the class inherits: unknown
            for growth in self._field_growths(method, field_name, ctx):
                hop = Hop(call, Slot(method, THIS, "this"), callee_object(call))
                return "grow", Growth(call, substitute(growth.key, hop, ctx.model) if growth.key is not None else None, via=growth.site)
        return "neutral", None

    def _field_growths(self, method: Node, field_name: str, ctx: FileContext) -> Iterator[Growth]:
        """The adds to `this.<field>` written in `method`."""
        for name, _, member in self._field_adds(method, ctx):
            effect, growth = self.use_effect(member, "any", ctx) if name == field_name else ("", None)
            if effect == "grow" and enclosing_function(growth.site) == method:
                yield growth

    def _field_adds(self, scope: Node, ctx: FileContext) -> Iterator[tuple[str, Node, Node]]:
        """`this.<field>.set(` or `this.<field>[key] =` spelled inside `scope`, found by one search
        of its bytes: (the field's name, the `this`, the member expression)."""
        for match in matches_at_word_start(_injected_adds(tuple(self.params["grow_methods"])), ctx.source.data, scope.start_byte, scope.end_byte):
            this = scope.descendant_for_byte_range(match.start(), match.start() + 4)
            member = outermost(this).parent if this is not None and this.type == "this" else None
            if member is not None and member.type == "member_expression":
                yield match.group(1).decode(), this, member

    def _option_handed_to_instance(self, node: Node, ctx: FileContext) -> list[tuple[ImportedCall, int, Node]] | None:
        """`new Tally({ table: ballots })` (or `{ ballots }`): the container is one option of what
        `new` hands an imported class, which may keep it in a field (`this.table = options.table`):
        as _handed_to_instance, with the option's step in each method's chain."""
        pair = node.parent if node.type != "shorthand_property_identifier" else None
        name = text(node) if pair is None else text(pair.child_by_field_name("key")) \
            if pair.type == "pair" and pair.child_by_field_name("value") == node else ""
        literal = (node.parent if pair is None else pair.parent)
        made = literal.parent.parent if literal is not None and literal.type == "object" and literal.parent is not None \
            and literal.parent.type == "arguments" else None
        if not name or made is None or made.type != "new_expression":
            return None
        handed = self._handed_to_instance(made, outermost(literal), ctx)
        return [(replace(call, chain=(*call.chain, option_step(name))), slot, node) for call, slot, _ in handed] if handed is not None else None

    def _handed_to_instance(self, made: Node, argument: Node, ctx: FileContext) -> list[tuple[ImportedCall, int, Node]] | None:
        """`new Recorder(seen)` of an imported class, then `recorder.remember(id, v)`: the
        instance may keep the container in a field its methods grow. One pending use per
        method called on it that a summary may judge, at the constructor's parameter (injected
        slots; project.join). Methods of a class this rule summarises for none of its methods
        may take entries out: None, as for an instance nothing but `new` is seen of. A class it
        summarises empties nothing (its summaries say so), so its other methods only read."""
        index = next((i for i, a in enumerate(call_arguments(made)) if a == argument), None)
        cls = unwrap(made.child_by_field_name("constructor"))
        if index is None or cls is None or cls.type != "identifier" or text(cls) not in ctx.relative_imports:
            return None
        calls = [call for call in ctx.helper_calls
                 if call.chain[-2:-1] == (INSTANCE_STEP,) and call.chain[-1] != "constructor" and made_by_new(call.site, ctx.model) == made]
        summarised = {call.chain[:-1] for call in ctx.imported_calls if ctx.judges_for(call, self.rule.id)}
        judged = set(map(id, ctx.imported_calls))
        if not calls or calls[0].chain[:-1] not in summarised:
            return None
        return [(call, injected_slot(index), argument) for call in calls if id(call) in judged]

    def _parameter_effect(self, identifier: Node, kind: str, ctx: FileContext) -> tuple[str, Growth | None]:
        """What a function does to the container its parameter `identifier` receives."""
        binding = ctx.model.binding_of(identifier)
        if binding is None or binding.writes or self._summary_depth >= MAX_HOPS:
            return "escape", None
        growths: list[Growth] = []
        handed: list[object] = []  # handed on to one imported helper: its summary decides at the join
        disposed = False  # removed only by a disposer the helper hands back: the caller's use of it decides
        helper = enclosing_function(binding.identifier)
        self._summary_depth += 1
        try:
            for reference in binding.references:
                if reference.is_write:
                    continue
                effect, detail = self.use_effect(reference.identifier, kind, ctx)
                if effect == "pending" and not handed:
                    handed.append(detail)
                    continue
                if effect == "shrink" and helper is not None and in_returned_disposer(reference.identifier, helper):
                    disposed = True
                    continue
                if effect in ("shrink", "escape", "alias", "pending"):
                    return ("shrink", None) if effect == "shrink" else ("escape", None)
                if effect == "size":
                    return "neutral", None  # the helper bounds what it adds
                if effect == "grow":
                    growths.append(detail)
        finally:
            self._summary_depth -= 1
        if handed and not growths:
            return "pending", handed[0]
        if disposed:
            return ("disposed", growths[0]) if growths else ("shrink", None)
        return ("grow", growths[0]) if growths else ("neutral", None)

    def summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that add to the container one of their parameters receives and
        never remove from it: `export function record(list, item) { list.push(item) }`."""
        data = ctx.source.data
        if b"export" not in data:
            return []
        own = own_summaries(ctx, self.rule.id) + shared_field_summaries(self.rule.id, ctx) + self._injected_summaries(ctx) \
            + _list_predicates(self.rule.id, ctx)
        # Adds on a plain name (`list.push(`), found in one search of the bytes; only those on
        # a parameter of a top-level function are resolved (most files have none).
        adds = _plain_adds(data, tuple(self.params["grow_methods"]))
        if not adds:
            return list(own)
        found, seen = list(own), set()
        for fn in top_level_functions(ctx.source.root):
            for receiver in _parameter_adds(fn, adds):
                slot = slot_of(receiver, ctx.model)
                if slot is None or slot.index < 0 or slot.function != fn or (fn, slot.index) in seen:
                    continue
                seen.add((fn, slot.index))
                chains = summary_chains(fn, ctx.model)
                effect, growth = self._parameter_effect(receiver, "any", ctx) if chains else ("neutral", None)
                if effect == "grow":
                    site = growth.via or growth.site
                    # (a helper no module imports reaches importers through its exported callers, which read no removers)
                    undo = _parameter_removers(fn, ctx) if any(chain[:1] != (LOCAL_STEP,) for chain in chains) else ()
                    found += [(Summary(self.rule.id, chain, slot.index, slot.helper, NOWHERE, "the entry is added here", removers=undo), site)
                              for chain in chains]
                    default = _module_container_default(receiver, ctx)
                    if default is not None:  # `list = replacements`: a caller that leaves it out grows the module's own
                        held = _held_parameter(growth.site, fn, ctx)
                        found += [(Summary(self.rule.id, chain, OWN, slot.helper, NOWHERE, f"the entry is added to `{default}` here",
                                           value_slot=held, omitted_slot=slot.index), site) for chain in chains]
        return found

    def _injected_summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`remember(id, v) { this.store.set(id, v) }` in an exported class whose constructor
        keeps what it is handed in `this.store`, which the class never empties nor bounds: each
        call adds an entry to the container the code that made the instance chose (slot
        injected_slot(i); project.join decides, with the caller's key)."""
        data = ctx.source.data
        found: list[tuple[Summary, Node]] = []
        judged: dict[tuple[int, str], bool] = {}  # by class and field: whether every use in the class only reads or grows it
        for field_name, this, member in self._field_adds(ctx.source.root, ctx) if b"this." in data else ():
            injected = kept_from_constructor(member, ctx.model)
            if injected is None:
                continue
            method, index, suffix = injected  # (a suffix for `this.table = options.table`)
            owner = (this_owner(this).id, field_name)
            if owner not in judged:
                judged[owner] = self._only_grown(field_name, this, ctx)
            effect, growth = self.use_effect(member, "any", ctx)
            if not judged[owner] or effect != "grow" or enclosing_function(growth.site) != method:
                continue  # (in a callback of the method's: judged where it is, not per call)
            key_slot = self._injected_key_slot(growth, method, ctx)
            if key_slot is None:
                continue
            value = slot_of(access_root(growth.key)[0], ctx.model) if growth.key is not None else None
            name = (function_name(method) or "").rsplit(".", 1)[-1]
            found += [(Summary(self.rule.id, (*chain, *suffix), injected_slot(index), name, NOWHERE, "the entry is added here", key_slot=key_slot,
                               value_slot=value.index if value is not None and value.function == method and value.index >= 0 else -1),
                       growth.site)
                      for chain in function_exports(method, ctx.model) if chain[-2:-1] == (INSTANCE_STEP,)]
        return found

    def _only_grown(self, field_name: str, inside: Node, ctx: FileContext) -> bool:
        """Whether the class around `inside` only adds to and reads `this.<field>`: no removal,
        no size check (a bound), and the container handed nowhere else."""
        cls = next((a for a in ancestors(inside) if a.type in CLASS_TYPES), None) or prototype_constructor(enclosing_function(inside))
        if cls is None:
            return False
        spelled = re.compile(rb"\bthis\s*\.\s*" + re.escape(field_name.encode()) + rb"\b")
        scope = cls if cls.type in CLASS_TYPES else ctx.source.root  # a constructor function's methods are its prototype's, anywhere
        for match in spelled.finditer(ctx.source.data, scope.start_byte, scope.end_byte):
            node = scope.descendant_for_byte_range(match.start(), match.start() + 4)
            member = outermost(node).parent if node is not None and node.type == "this" else None
            if member is None or member.type != "member_expression":
                continue
            holder = outermost(member).parent
            if holder is not None and holder.type == "assignment_expression" and holder.child_by_field_name("left") == outermost(member):
                continue  # the constructor's `this.store = store`
            effect, _ = self.use_effect(member, "any", ctx)
            if effect not in ("grow", "neutral"):
                return False
        return True

    def _injected_key_slot(self, growth: Growth, method: Node, ctx: FileContext) -> int | None:
        """The method's parameter the entry's key is (a caller's literal adds one entry at
        most), -1 when every call adds one (a push, a fresh key), None when bounded or unknown."""
        if growth.key is None or growth.site.type == "call_expression" and callee_name(growth.site) in ("push", "unshift"):
            return -1  # (a Set's `add(id)` adds one entry per value: its value is its key)
        root = access_root(growth.key)[0]
        slot = slot_of(root, ctx.model)
        if slot is not None and slot.function == method and slot.index >= 0:
            return slot.index
        return -1 if fresh_key(growth.key, ctx.model) is not None else None

    def _is_read_only(self, call: Node) -> bool:
        fn = unwrap(call.child_by_field_name("function") or call.child_by_field_name("constructor"))
        if call.type == "new_expression":
            return text(fn) in ("Map", "Set", "WeakSet")
        return text(fn) in self.params["read_only_functions"]

    def _chain_use(self, ident: Node, ctx: FileContext) -> tuple[tuple[str, ...], str, Node]:
        """For an imported name: the property chain used (`m.cache`), what is done to it, and
        the node that denotes it."""
        chain: list[str] = []
        node = ident
        while True:
            node = outermost(node)
            parent = node.parent
            if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == node:
                outer = parent.parent
                called = outer is not None and outer.type == "call_expression" and outer.child_by_field_name("function") == parent
                if not called and text(parent.child_by_field_name("property")) not in ("length", "size"):
                    chain.append(text(parent.child_by_field_name("property")))
                    node = parent
                    continue
            effect, _ = self.use_effect(node, "any", ctx, with_model=False)
            return tuple(chain), effect, node


# Paths a release may run on and still leave the normal path leaking (semantic.paths).
OFF_PATHS = frozenset({Path.ERROR, Path.TIMEOUT, Path.CANCEL})
TEARDOWN_NAMES = re.compile(r"^_*(?:close|destroy|dispose|stop|end|shutdown|disconnect|reset|teardown|terminate|quit|clear|cleanup|unload|disable)", re.I)
# Functions that end what a module does (turn it off, shut it down): what they empty, they empty once.
ENDING_THE_MODULE = re.compile(r"^_*(?:stop|close|destroy|dispose|shutdown|terminate|teardown|quit|unmount|disable|uninstall)(?:[A-Z_]|$)")
# Methods called while a program is set up, not per operation: arrays they fill are registries.
SETUP_METHODS = re.compile(
    r"^_*(?:use|route|register|plugin|define|extend|install|mount|on|once|configure|setup|init|initialize|decorate|when|before|after|"
    r"hook|add(?:Listener|Hook|Plugin|Middleware|Route|Handler|Rule|Schema|Format|Keyword|Type|Command|Option|Transport|Filter|Helper|Method|Decorator|Extension|Loader|Reporter|Serializer|Parser)|"
    r"get|post|put|delete|patch|all|head|options)(?:[A-Z_]|$)"
)


# What other code does to a field of some object, by the field's name: objects travel (a handler
# gets the client and deletes from `client.pending`), where receiver keys cannot follow them.
# Two searches, each opening with a literal so that the regular expression skips ahead in C.
FIELD_SHRINK_CALL = re.compile(rb"\.\s*([\w$]+)\s*(?:\.\s*(?:delete|clear|splice|shift|pop)\s*\(|\.\s*length\s*=[^=])")
FIELD_DELETE = re.compile(rb"delete\s+([\w$]+)(?:\s*\.\s*[\w$]+)*?\s*\.\s*([\w$]+)\s*\[")
THIS_STORE = re.compile(rb"=[ \t]*this[ \t]*[;,\n]")  # `= this;` (the byte before tells it from `=== this`)
ASSIGNING = frozenset(b"=!<>+-*/%&|^?")


def _extended_in_place(node: Node) -> bool:
    """The first argument of `Object.assign(target, {...})` or `_.extend(target, {...})`."""
    arguments = outermost(node).parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    return call is not None and call.type == "call_expression" and callee_name(call) in EXTENDERS and call_arguments(call)[:1] == [outermost(node)]


def _handed_to_helper(node: Node, ctx: FileContext) -> tuple[str, tuple[str, ...], int] | None:
    """`wrap(res, 'send', fn, hooks)` with `wrap` imported from this project: the helper and the
    argument's index, for the join to ask whether the helper grows what it gets there."""
    arguments = node.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    imported = imported_call_at(call, ctx.relative_imports) if call is not None and call.type == "call_expression" else None
    if imported is None:
        return None
    index = next((i for i, argument in enumerate(call_arguments(call)) if argument == node), None)
    return (imported.specifier, imported.chain, index) if index is not None else None


def _heard_through_method(release: Node, ctx: FileContext) -> tuple[Node, str] | None:
    """`handle(socket, msg) { ... case 'logout': delete this.clients[socket.id] }`, a method
    called only as `this.handle(socket, msg)` from the socket's 'presence' listener: that
    listener's registration and event, as if the release were written in it."""
    method = next((a for a in ancestors(release) if a.type == "method_definition"), None)
    body = method.parent if method is not None else None
    if body is None or body.type != "class_body":
        return None
    heard = [listener_of(call) for call in calls_of_own_method(body, ctx.source.root, ctx.source.data, text(method.child_by_field_name("name")))]
    return heard[0] if heard and None not in heard and len({h[1] for h in heard}) == 1 else None


def _replaced_after_removal_only(method: Node, uses: Uses, ctx: FileContext) -> bool:
    """A worker pool's `spawn()`: called `this.spawn()` by the constructor (a fixed number of
    times) and otherwise only from a callback of its own that first removes the entry it made
    (`worker.on('error', () => { this.all.delete(worker); this.spawn() })`). Each later run
    replaces an entry the pool lost, so the container holds as many as the constructor made."""
    removals = [r.node for r in uses.releases if r is not None and contains(method, r.node)]
    name = text(method.child_by_field_name("name")) if method.type == "method_definition" else ""
    if not removals or not name or is_constructor(method):
        return False
    cls = next((a for a in ancestors(method) if a.type in CLASS_TYPES), None)
    calls = method_calls_by_name(ctx.source.root, ctx.source.data, name)
    if cls is None or not calls:
        return False
    for call in calls:
        if not contains(cls, call) or unwrap(callee_object(call)) is None or unwrap(callee_object(call)).type != "this":
            return False  # `pool.grow()` from a route too: more than replacements
        caller = enclosing_function(call)
        if caller is not None and is_constructor(caller):
            continue
        if caller is None or caller == method or not contains(method, caller) \
                or not any(contains(caller, r) and r.start_byte < call.start_byte for r in removals):
            return False
    return True


def _fields_shrunk_elsewhere(data: bytes, also_own: tuple[str, ...] = ()) -> set[str]:
    """Field names shrunk through a receiver other than `this` or a name that holds it (`var
    client = this`, or one of `also_own`): `client.pending.delete(id)`, `delete conn.inflight[id]`."""
    own = {b"this", b"self", *_names_of_this(data), *(n.encode() for n in also_own)}
    found = {m.group(2).decode("utf-8", "replace") for m in FIELD_DELETE.finditer(data) if m.group(1) not in own} if b"delete" in data else set()
    for match in FIELD_SHRINK_CALL.finditer(data):
        if _name_before(data, match.start()) not in own:
            found.add(match.group(1).decode("utf-8", "replace"))
    return found


def _names_of_this(data: bytes) -> set[bytes]:
    """The names a file gives `this` (`var self = this`, `client = this;`), found from each
    `= this` backwards: one search that skips ahead in C, not a pattern tried at every line."""
    found = set()
    for match in THIS_STORE.finditer(data):
        if match.start() > 0 and data[match.start() - 1] in ASSIGNING:
            continue  # `x === this`, `x += this`
        name = _name_before(data, match.start())
        if name:
            found.add(name)
    return found


def _name_before(data: bytes, end: int) -> bytes:
    """The plain name that ends, before blanks, at `end` (`client` in `client.pending`, `self` in
    `self = this`); empty when there is none or it is a property (`a.client`)."""
    return _name_span_before(data, end)[1]


def _name_span_before(data: bytes, end: int) -> tuple[int, bytes]:
    """(where it starts, the name) for _name_before."""
    while end > 0 and data[end - 1] in BLANK_BYTES:
        end -= 1
    start = end
    while start > 0 and data[start - 1] in IDENTIFIER_BYTES:
        start -= 1
    return (start, data[start:end]) if start < end and (start == 0 or data[start - 1] != DOT) else (start, b"")


# What a message says of an entry that the operation's timeout leaves behind.
LEFT_BY_TIMEOUT = ("and loses it only when the operation completes; its timeout settles the operation without removing it, "
                   "so every call that times out leaves an entry behind; delete it in the timeout too")
TIMEOUT_LEAVES = "this timeout ends the operation and leaves the entry"
SETTLE_CALLS = frozenset({"reject", "resolve", "callback", "cb", "done", "fail"})


# ... and what it says of one that the operation's failure handler leaves (`.catch(reject)`).
LEFT_BY_CLOSE = ("and loses it only when the reply comes; its 'close' handler ends the connection without removing "
                 "the entries in flight (settled or not), so every call pending at a disconnect leaves an entry, with its caller's callbacks, behind; "
                 "settle and delete them there too")
LEFT_BY_FAILURE = ("and loses it only when the operation completes; its failure handler settles the operation without removing it, "
                   "so every call that fails leaves an entry behind; delete it there too")
FAILURE_SETTLERS = SETTLE_CALLS - {"resolve"}


@dataclass(frozen=True)
class Abandoned:
    node: Node  # the timer, or the failure handler, that ends the operation
    left: str  # what the message says of the entry it leaves
    related: str  # what the related location says


def _abandoned(container: Container, uses: Uses, ctx: FileContext) -> Abandoned | None:
    """Where an operation that adds an entry ends without removing it, while the reply that
    completes it does: its timeout, or its failure handler."""
    timer = _abandoned_by_timeout(container, uses, ctx)
    if timer is not None:
        return Abandoned(timer, LEFT_BY_TIMEOUT, TIMEOUT_LEAVES)
    handler = _abandoned_by_failure(container, uses, ctx)
    if handler is not None:
        return Abandoned(handler, LEFT_BY_FAILURE, "this failure handler ends the operation and leaves the entry")
    failed = _failed_reply_listener(container, uses, ctx)
    if failed is not None:
        return Abandoned(failed, LEFT_BY_FAILURE, "this failure listener settles the operation and leaves the entry")
    settled = _settled_where_kept(container, uses, ctx)
    if settled is not None:
        return Abandoned(settled, LEFT_BY_FAILURE, "this branch settles the operation and leaves the entry")
    ended = _abandoned_by_close(container, uses, ctx)
    if ended is not None:
        event = string_value(call_arguments(ended)[0]) or "close"
        return Abandoned(ended, LEFT_BY_CLOSE.replace("'close'", f"'{event}'"),
                         f"this '{event}' handler ends the connection and leaves the entries in flight")
    return None


# The events that end (or break) the connection or worker an instance's operations wait on:
# its normal end, or a failure or exit where it has none.
NORMAL_ENDS = frozenset({"close", "end", "disconnect"})
CONNECTION_ENDS = NORMAL_ENDS | {"exit", "error"}


# The events a client's connection emits when it is (re)established.
CONNECTED_EVENTS = frozenset({"connect", "open", "ready", "reconnect", "secureConnect"})


def _replayed_on_connect(container: Container, owner: Node, ctx: FileContext) -> bool:
    """`socket.on('connect', () => { for (const [id, job] of this.inflight) this.write(...) })`:
    the client sends every entry in flight again once it is connected again, so a disconnect
    does not abandon them; each still waits for its reply."""
    field = container.name.removeprefix("this.")
    for effect in ctx.effects.of(Kind.LISTEN, ("on", "once", "addListener", "addEventListener")):
        parts = registration_parts(effect.node) if effect.is_method else None
        handler = unwrap(parts.handler) if parts is not None and string_value(parts.event) in CONNECTED_EVENTS else None
        if handler is None or handler.type not in FUNCTION_TYPES or not contains(owner, effect.node):
            continue
        for loop in (n for n in walk(handler) if n.type == "for_in_statement"):
            iterated = text(loop.child_by_field_name("right"))
            if re.fullmatch(rf"this\.{re.escape(field)}(?:\.(?:values|entries|keys)\(\))?", iterated) \
                    and any(n.type == "call_expression" for n in walk(loop.child_by_field_name("body"))):
                return True
    return False


def _abandoned_by_close(container: Container, uses: Uses, ctx: FileContext) -> Node | None:
    """`this.pending.set(id, { resolve, reject })` in `request()`, deleted only when the reply
    comes (`_onData`), while the instance's 'close' listener on its connection neither settles
    nor removes what is in flight: every request pending at a disconnect stays, with the
    promise functions (and what they hold) of its caller. Only a field of a class whose
    entries are waited on (settle functions or a callback in the value), only when the class
    has such a listener: it shows where the end is handled, and that it forgets them."""
    owner = container.owner.node if container.owner is not None else container.singleton_class  # an owner's field, or a singleton's
    if owner is None or not any(fresh_key(g.key, ctx.model) is not None and _waited_on(g, ctx) for g in uses.growths):
        return None
    if any(r is not None and in_timer_callback(r.node) for r in uses.releases):
        return None  # a reply timeout takes each entry out in the end, disconnect or not
    if any(r is not None and (method := _operation_of(g.site, container)) is not None and _finally_after_wait(r.node, method)
           for r in uses.releases for g in uses.growths):
        return None  # the operation's own `finally` takes it out however its wait ends (a timeout's rejection included)
    reads = _field_reads(container)
    if reads is None or _replayed_on_connect(container, owner, ctx):
        return None
    methods = ctx.methods_of(owner)
    ends = [(effect, parts) for effect in ctx.effects.of(Kind.LISTEN, ("on", "once", "addListener", "addEventListener"))
            if (parts := registration_parts(effect.node) if effect.is_method else None) is not None
            and string_value(parts.event) in CONNECTION_ENDS and owner_method(effect.node, owner) is not None
            and (root := access_root(parts.receiver)[0]) is not None and (root.type == "this" or _instance_connection(root, owner, ctx))]
    # A failure ('error', a worker's 'exit') counts only for a source whose normal end the
    # instance does not listen for: a socket's 'error' is followed by its 'close'.
    # (a child process's 'error' is followed by its 'exit', when it ran at all)
    closing = {normalised(parts.receiver): string_value(parts.event) for _, parts in ends if string_value(parts.event) in (*NORMAL_ENDS, "exit")}
    leaving: list[tuple[Node, str]] = []
    handled: set[str] = set()  # connections with an end handler that settles and removes what is in flight
    for effect, parts in ends:
        if string_value(parts.event) not in NORMAL_ENDS and closing.get(normalised(parts.receiver), string_value(parts.event)) != string_value(parts.event):
            continue
        if _connected_once(effect.node, parts.receiver, owner) and _refused_after_end(uses, owner, ctx):
            continue  # one connection per instance, and no call after its end: what is in flight then is all it leaves
        handler = _handler_body(parts.handler, owner, ctx)
        if handler is None and unwrap(parts.handler) is not None and unwrap(parts.handler).type == "identifier":
            handler = unwrap(parts.handler)  # `socket.once('close', resolve)`: the executor's own settle function, handed over
        if handler is None:
            continue
        reactions = _reactions_it_settles(handler, owner)
        # the methods the handler calls, or the reactions it runs (`this.closed.then(() => this.failInflight())`)
        called = [methods[callee_name(n)] for body in (handler, *reactions) for n in walk(body) if n.type == "call_expression"
                  and callee_name(n) in methods and callee_object(n) is not None and unwrap(callee_object(n)).type == "this"]
        # (not the method the handler sits in, called again to reconnect: its reads are the reply's)
        bodies = [handler, *(c for c in called if not contains(c, handler)), *reactions]
        receiver = normalised(parts.receiver)
        if not any(reads.search(text(b)) for b in bodies):
            leaving.append((effect.node, receiver))
            continue
        emptied = _field_emptying(container)
        others = [b for b in bodies if not contains(b, handler)]  # not the method the handler sits in (`this.connect()` again)
        # (and the methods those call: `failAll() { for (...) this.take(id)?.reject(err) }`, where `take()` deletes)
        further = [methods[callee_name(n)] for b in others for n in walk(b) if n.type == "call_expression" and callee_name(n) in methods
                   and callee_object(n) is not None and unwrap(callee_object(n)).type == "this" and not contains(methods[callee_name(n)], handler)]
        if emptied is not None and not any(emptied.search(text(b)) for b in [handler, *others, *further]) \
                and any(n.type in ("for_in_statement", "call_expression") and reads.search(text(n)) and "reject" in text(n)
                        for b in [handler, *others] for n in walk(b)):  # (in the handler, or a method it calls: `this.#failAll(err)`)
            leaving.append((effect.node, receiver))  # `for (const q of this.inflight.values()) q.reject(err)`: settled, but left in the map
            continue
        handled.add(receiver)
    # (a one-shot 'close' wait in `ready()` beside the instance's own end handler leaves nothing)
    return next((node for node, receiver in leaving if receiver not in handled), None)


def _field_emptying(container: Container) -> "re.Pattern[str] | None":
    """A search for the container's field being emptied or replaced: `.inflight.clear()`,
    `.inflight.delete(`, `this.inflight = new Map()`, `.inflight.length = 0`, `.splice(`."""
    field = container.keys[0].path[-1] if container.keys and container.keys[0].path else None
    if field is None:
        return None
    name = re.escape(field)
    return re.compile(rf"\.\s*{name}\s*(?:\.\s*(?:clear|delete|splice|shift|pop)\s*\(|\.\s*length\s*=[^=]|=[^=])|delete\s+[\w$.]*\.\s*{name}\b")


# `if (this.socket.destroyed) throw ...`: an operation refused once the connection is gone.
REFUSED_AFTER_END = re.compile(r"\bif\s*\([^)]*\.\s*(?:destroyed|closed|ended|writableEnded|readyState|connected|isOpen)\b[^)]*\)\s*\{?\s*(?:throw|return)\b")


def _refused_after_end(uses: Uses, owner: Node, ctx: FileContext) -> bool:
    """Every method that adds an entry, or every method of the class that calls it, first refuses
    to go on when the connection has ended: no entry is added after the end."""
    methods = ctx.methods_of(owner)
    for growth in uses.growths:
        method = owner_method(growth.site, owner)
        if method is None:
            return False
        name = text(method.child_by_field_name("name"))
        callers = [m for m in methods.values() if m != method and re.search(rf"\bthis\s*\.\s*{re.escape(name)}\s*\(", text(m))]
        if not REFUSED_AFTER_END.search(text(method)) and not (callers and all(REFUSED_AFTER_END.search(text(m)) for m in callers)):
            return False
    return bool(uses.growths)


def _connected_once(listen: Node, receiver: Node, owner: Node) -> bool:
    """`constructor() { this.socket = net.connect(...); this.socket.once('close', ...) }` with no
    other store to `this.socket`: the instance connects once, so its connection ends once, and
    the entries it leaves then are bounded by the calls in flight at that moment."""
    method = enclosing_function(listen)
    field = unwrap(receiver)
    body = owner.child_by_field_name("body") if owner.type in CLASS_TYPES else None  # (a prototype's methods live elsewhere)
    if body is None or method is None or not is_constructor(method) or field is None or field.type != "member_expression" \
            or unwrap(field.child_by_field_name("object")).type != "this":
        return False
    name = text(field.child_by_field_name("property"))
    made = re.compile(rf"\bthis\s*\.\s*{re.escape(name)}\s*=\s*(?:new\s+)?[\w$.]+\s*\(")
    if not made.search(text(method)):
        return False  # handed in (a client that reconnects by itself may end many times)
    stored = re.compile(rf"\bthis\s*\.\s*{re.escape(name)}\s*=[^=]")
    return not any(stored.search(text(m)) for m in body.named_children if m.type == "method_definition" and m != method)


def _instance_connection(name: Node, owner: Node, ctx: FileContext) -> bool:
    """`const sock = net.connect(...); this.socket = sock` in a method: a local that holds the
    instance's own connection, kept on a field of it."""
    binding = ctx.model.binding_of(name) if name.type == "identifier" else None
    fn = enclosing_function(binding.identifier) if binding is not None else None
    if binding is None or fn is None or owner_method(binding.identifier, owner) is None or binding.value is None:
        return False
    shown = text(name)
    return any(n.type == "assignment_expression" and text(n.child_by_field_name("right")) == shown
               and text(n.child_by_field_name("left")).startswith("this.") for n in walk(fn))


def _reactions_it_settles(handler: Node, owner: Node) -> list[Node]:
    """`this.closed = new Promise((resolve) => socket.once('close', () => resolve()))` and
    `this.closed.then(() => this.pending.clear())`: the handler resolves a promise the instance
    keeps, and the reactions on that promise run as part of it."""
    promise = next((a for a in ancestors(handler) if a.type == "new_expression" and text(a.child_by_field_name("constructor")) == "Promise"), None)
    args = call_arguments(promise) if promise is not None else []
    executor = unwrap(args[0]) if args else None
    params = executor.child_by_field_name("parameters") or executor.child_by_field_name("parameter") if executor is not None and executor.type in FUNCTION_TYPES else None
    first = params if params is not None and params.type == "identifier" else next(iter(params.named_children), None) if params is not None else None
    settle = text(first.child_by_field_name("pattern") or first) if first is not None else ""
    holder = outermost(promise).parent if promise is not None else None
    kept = holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else None
    settles = handler.type == "identifier" and text(handler) == settle or any(
        n.type == "call_expression" and text(n.child_by_field_name("function")) == settle for n in walk(handler))
    if not settle or kept is None or not settles:
        return []
    shown = normalised(kept)
    return [unwrap(call_arguments(n)[0]) for n in walk(owner) if n.type == "call_expression" and callee_name(n) in ("then", "finally")
            and callee_object(n) is not None and normalised(callee_object(n)) == shown and call_arguments(n)]


# An event that reports an operation's failure, by its name: 'error', 'job.failed', 'nack'.
FAILURE_EVENT = re.compile(r"(?i)(?:^|[._:-])(?:error|fail(?:ed|ure)?|reject(?:ed)?|timeout|nack|abort(?:ed)?|cancel(?:led)?)$")


def _failed_reply_listener(container: Container, uses: Uses, ctx: FileContext) -> Node | None:
    """`broker.on('job.done', (id, r) => { const w = this.waiting.get(id); this.waiting.delete(id);
    w.resolve(r) })` beside `broker.on('job.failed', (id, e) => this.waiting.get(id)?.reject(e))`:
    the instance answers its waiting operations from the replies of one source, and the
    listener for the failure reply settles the operation but keeps its entry. Only for entries
    that are waited on (settle functions in the value) under fresh keys."""
    if container.owner is None or not uses.releases or not any(fresh_key(g.key, ctx.model) is not None and _waited_on(g, ctx) for g in uses.growths):
        return None
    reads = _field_reads(container)
    if reads is None:
        return None
    listens = [(e.node, parts, handler) for e in ctx.effects.of(Kind.LISTEN, ("on", "once", "addListener"))
               if e.is_method and (parts := registration_parts(e.node)) is not None
               and owner_method(e.node, container.owner.node) is not None
               and (handler := _handler_body(parts.handler, container.owner.node, ctx)) is not None]
    removing = {normalised(parts.receiver) for _, parts, handler in listens
                if any(r is not None and contains(handler, r.node) for r in uses.releases) or _calls_releasing(handler, uses)}
    for call, parts, handler in listens:
        event = string_value(parts.event)
        if event is None or not FAILURE_EVENT.search(event) or normalised(parts.receiver) not in removing:
            continue  # a failure listener of a source whose replies remove entries elsewhere
        if reads.search(text(handler)) and _settles_entry(handler) and not _calls_releasing(handler, uses) \
                and not any(r is not None and contains(handler, r.node) for r in uses.releases):
            return call
    return None


def _handler_body(handler: Node | None, owner: Node, ctx: FileContext) -> Node | None:
    """The function a listener runs: written in place, or the owner's own, named through `this`
    (`this.onReply`, `this.onReply.bind(this)`): a method, an arrow field, or a function the
    constructor stores (`this.onReply = (id, v) => ...`)."""
    handler = unwrap(handler)
    if handler is not None and handler.type == "call_expression" and callee_name(handler) == "bind":
        handler = unwrap(callee_object(handler))
    if handler is None or handler.type in FUNCTION_TYPES:
        return handler
    if handler.type != "member_expression" or unwrap(handler.child_by_field_name("object")).type != "this":
        return None
    name = text(handler.child_by_field_name("property"))
    found = ctx.methods_of(owner).get(name)
    if found is not None:
        return found
    value = stored_in_field(owner, name)  # `this.onReply = (id, v) => ...` in the constructor
    return value if value is not None and value.type in FUNCTION_TYPES else None


def _settles_entry(handler: Node) -> bool:
    """The handler settles what it looked up: `w.reject(err)`, `entry?.callback(err)`."""
    return any(n.type == "call_expression" and callee_name(n) in SETTLE_CALLS and callee_object(n) is not None
               and unwrap(callee_object(n)).type != "this" for n in walk(handler))


def _waited_on(growth: Growth, ctx: FileContext) -> bool:
    """The added value holds what settles a caller's wait: `{ resolve, reject }`, `callback`
    (`m.set(id, {...})`, `o[id] = {...}`, `list.push(waiter)` with the object in `waiter`)."""
    site = growth.site
    args = call_arguments(site) if site.type == "call_expression" else []
    value = _added_value(site) or (unwrap(args[0]) if callee_name(site) in ("push", "unshift") and len(args) == 1 else None)
    if value is not None and value.type == "identifier":
        binding = ctx.model.binding_of(value)
        value = unwrap(binding.value) if binding is not None and binding.value is not None and unwrap(binding.value).type == "object" else value
    if value is None:
        return False
    names = {text(n) for n in walk(value) if n.type in ("identifier", "shorthand_property_identifier")}
    return bool(names & SETTLE_CALLS)


def _field_reads(container: Container) -> "re.Pattern[str] | None":
    """A search for reads of the container's field (`.pending`), in code that names it through
    `this` or an alias; None for a container that is no field."""
    field = container.keys[0].path[-1] if container.keys and container.keys[0].path else None
    return re.compile(rf"\.\s*{re.escape(field)}\b") if field is not None else None


def _settled_where_kept(container: Container, uses: Uses, ctx: FileContext) -> Node | None:
    """`const entry = this.pending.get(msg.id); if (msg.ok) { this.pending.delete(msg.id);
    entry.resolve(r) } else { entry.reject(e) }`: the reply handler settles the waiting call in
    a branch that removes nothing, while another branch removes its entry."""
    every = [r.node for r in uses.releases if r is not None]
    if not every or not any(fresh_key(g.key, ctx.model) is not None and _waited_on(g, ctx) for g in uses.growths):
        return None
    for handler in dict.fromkeys(enclosing_function(r) for r in every):  # (the reply handler; a worker's 'exit' that drops its own)
        found = _settled_in_branch(handler, [r for r in every if enclosing_function(r) == handler], container, ctx) if handler is not None else None
        if found is not None:
            return found
    return None


# The blocks a branch of a handler runs: braces, or the statements of a `case`.
BRANCH_BLOCKS = frozenset({"statement_block", "switch_case", "switch_default"})


def _settled_in_branch(handler: Node, releases: list[Node], container: Container, ctx: FileContext) -> Node | None:
    for node in walk(handler):
        if node.type != "call_expression" or callee_name(node) not in SETTLE_CALLS or enclosing_function(node) != handler:
            continue
        entry = unwrap(callee_object(node))
        binding = ctx.model.binding_of(entry) if entry is not None and entry.type == "identifier" else None
        if binding is None or not _read_from(binding.identifier, container, ctx):
            continue
        block = next((a for a in ancestors(node) if a.type in BRANCH_BLOCKS), None)  # (a `case` of a switch on the reply's type too)
        exits = any(c.type in ("return_statement", "throw_statement") for c in block.named_children) if block is not None else False
        if block is None or block == handler.child_by_field_name("body") or any(contains(block, r) for r in releases) \
                or any(contains(b, node) and (r.start_byte < node.start_byte or not exits)
                       for r in releases if (b := next((a for a in ancestors(r) if a.type in BRANCH_BLOCKS), None)) is not None):
            continue  # settled where the entry is removed (or before or after a removal that runs anyway)
        return node
    return None


def _abandoned_by_failure(container: Container, uses: Uses, ctx: FileContext) -> Node | None:
    """The failure handler of an operation that adds an entry: `this.inflight.set(id, { resolve,
    reject }); producer.send(msg).catch(reject)` with the delete only in the reply handler. The
    handler (a `.catch()`'s, or a `.then()`'s second) is the operation's own settle function
    (`reject`, `fail`, `cb`: a parameter, not a local function that may remove the entry), or a
    callback that settles it, removes nothing and calls no method of the instance. A removal
    routine that takes the key (`removePendingRequest(id)`) lets whoever catches the failure
    take the entry out (an error middleware in another file): then nothing is said."""
    if any(r is not None and _removal_routine(r, ctx) for r in uses.releases):
        return None
    for growth in uses.growths:
        method = _operation_of(growth.site, container)
        if method is None or fresh_key(growth.key, ctx.model) is None:
            continue
        for call in ctx.calls_named(("catch", "then")):
            args = call_arguments(call)
            handler = unwrap(args[0] if callee_name(call) == "catch" and len(args) == 1 else args[1] if len(args) == 2 else None)
            if handler is None or not contains(method, call) or _operation_of(call, container) != method:
                continue
            if handler.type == "identifier":
                binding = ctx.model.binding_of(handler)
                if text(handler) in FAILURE_SETTLERS and binding is not None and binding.kind is BindingKind.PARAMETER:
                    return call
            elif handler.type in FUNCTION_TYPES and (settler := _settler(handler, container, ctx)) is not None \
                    and not _calls_releasing(handler, uses) and not _calls_releasing(settler, uses) \
                    and not any(r is not None and (contains(handler, r.node) or contains(settler, r.node)) for r in uses.releases):
                return call
        failed = _failure_listener(method, uses, ctx)
        if failed is not None:
            return failed
    return None


# Events by which an operation in flight fails: its 'error', its own 'timeout', or the 'abort'
# of the signal it was given.
OPERATION_FAILURES = frozenset({"error", "timeout", "abort"})


def _failure_listener(method: Node, uses: Uses, ctx: FileContext) -> Node | None:
    """`sender.on('error', (err) => req.emit('error', err))` (or `signal.addEventListener('abort',
    () => reject(...))`) in the method that adds the entry: the operation's failure is passed on to its caller (an 'error' emitted, a settle function
    called) and nothing removes the entry, which only the reply handler deletes."""
    listens = [e for e in ctx.effects.of(Kind.LISTEN, ("on", "once", "addListener", "addEventListener"))
               if e.is_method and contains(method, e.node) and unwrap(e.value) is not None]
    releasing = {normalised(e.target) for e in listens if any(r is not None and contains(unwrap(e.value), r.node) for r in uses.releases)
                 or _calls_releasing(unwrap(e.value), uses)}
    for effect in listens:
        handler = unwrap(effect.value)
        if string_value(effect.event) not in OPERATION_FAILURES or normalised(effect.target) in releasing:
            continue  # another listener on the same object (its 'close', its timeout) removes the entry: the failure meets it there
        if (handler.type in FUNCTION_TYPES or callee_name(handler) == "bind") and _settles(handler, passed_on=True) \
                or handler.type == "identifier" and text(handler) in FAILURE_SETTLERS:
            return effect.node  # `(err) => job.emit('error', err)`, `req.emit.bind(req, 'error')`, `reject`
    return None


def _removal_routine(release: Effect, ctx: FileContext) -> bool:
    """The removal is keyed by a parameter of the named function it is in: `remove(id) {
    this.pending.delete(id) }`, callable by anyone who has the key."""
    key = _removed_key(release)
    fn = enclosing_function(release.node)
    if key is None or key.type != "identifier" or fn is None or fn.type not in ("method_definition", "function_declaration"):
        return False
    binding = ctx.model.binding_of(key)
    return binding is not None and binding.kind is BindingKind.PARAMETER and binding.scope.node == fn


def _abandoned_by_timeout(container: Container, uses: Uses, ctx: FileContext) -> Node | None:
    """The timeout of an operation that adds an entry and ends the operation without removing
    it: `this.pending[id] = { resolve, reject }; setTimeout(() => reject(...), ms)` with the
    delete only in the reply handler. The timer must be started where the entry is added, its
    callback must settle the operation, and it must not call a method of the instance (which
    may well remove the entry)."""
    for growth in uses.growths:
        method = _operation_of(growth.site, container)
        fresh = _per_operation_key(growth, ctx)
        if method is not None and any(r is not None and contains(method, r.node) and (_in_end_listener(r.node, method) or _run_by_finally(r.node, method)
                                                                                    or _finally_after_wait(r.node, method))
                                      for r in uses.releases):
            continue  # `res.on('close', () => waiting.delete(id))`, `done.finally(cleanup)`, `try { await reply } finally { ... }`:
            # the end every outcome reaches removes it
        timer = _settling_timer(method, container, uses, ctx) if method is not None and fresh else None
        if timer is None and method is not None:
            timer = _settling_timer_of_caller(growth, method, container, uses, ctx)
        if timer is not None:
            return timer
    return None


def _settling_timer_of_caller(growth: Growth, method: Node, container: Container, uses: Uses, ctx: FileContext) -> Node | None:
    """`call() { const id = this.nextId++; setTimeout(() => reject(...), ms); this.track(id, entry) }`
    with `track(id, entry) { this.pending.set(id, entry) }`: the operation adds through a helper
    of its own, handing it a key new per call; its timeout is judged in the caller."""
    for site, argument in _arguments_at_callers(growth, method, ctx):
        caller = _operation_of(site, container)
        if caller is None or caller == method or fresh_key(argument, ctx.model) is None:
            continue
        timer = _settling_timer(caller, container, uses, ctx)
        if timer is not None:
            return timer
    return None


def _finally_after_wait(release: Node, method: Node) -> bool:
    """`try { return await Promise.race([reply, closed]) } finally { this.pending.delete(id) }` in the
    method itself: whatever settles what it waits for (the reply, the timeout's rejection), the
    `finally` runs."""
    clause = next((a for a in ancestors(release) if a.type == "finally_clause"), None)
    statement = clause.parent if clause is not None else None
    body = statement.child_by_field_name("body") if statement is not None and statement.type == "try_statement" else None
    return body is not None and enclosing_function(release) == method and enclosing_function(statement) == method \
        and any(n.type == "await_expression" for n in walk(body, skip=FUNCTION_TYPES))


def _run_by_finally(release: Node, method: Node) -> bool:
    """`const cleanup = () => { delete this.seats[id] }; reconnection.then(ok, fail).finally(() =>
    cleanup())`: the removal runs in a promise's `finally` reaction, directly or through a local
    function that reaction calls (or that is handed to it), so it runs however the promise settles."""
    fn = enclosing_function(release)
    names = set()
    holder = outermost(fn).parent if fn is not None else None
    if holder is not None and holder.type == "variable_declarator" and holder.child_by_field_name("name") is not None:
        names.add(text(holder.child_by_field_name("name")))
    for call in walk(method):
        if call.type != "call_expression" or callee_name(call) != "finally" or not call_arguments(call):
            continue
        reaction = unwrap(call_arguments(call)[0])
        if reaction is None:
            continue
        if contains(reaction, release) or text(reaction) in names or any(
                n.type == "call_expression" and text(n.child_by_field_name("function")) in names for n in walk(reaction)):
            return True
    return False


LEFT_IN_QUEUE = ("and loses it only when the queue is served; its timeout settles the waiting operation without taking "
                 "it out, so while the queue waits every call that times out leaves its entry (and what it holds) behind; "
                 "remove it in the timeout too")


def _abandoned_in_queue(container: Container, uses: Uses, ctx: FileContext) -> Abandoned | None:
    """`this.waiters.push({ resolve, reject }); setTimeout(() => reject(new Error('timeout')), ms)`
    with the `shift()` only where the queue is served: the waiter that timed out stays in
    the queue, holding its caller's promise functions, until something is handed out, which
    under the load that made it wait may be never. An array of an instance's waiters."""
    for growth in uses.growths:
        method = _operation_of(growth.site, container)
        if method is None or growth.site.type != "call_expression" or callee_name(growth.site) not in ("push", "unshift") \
                or not _waited_on(growth, ctx):
            continue
        timer = _settling_timer(method, container, uses, ctx, touching_ok=False)
        if timer is not None:
            return Abandoned(timer, LEFT_IN_QUEUE, TIMEOUT_LEAVES)
    return None


def _settling_timer(method: Node, container: Container, uses: Uses, ctx: FileContext, touching_ok: bool = True) -> Node | None:
    """A `setTimeout` that the operation `method` starts whose callback settles the operation
    (itself, or through the one method of the owner it calls) and removes nothing: no removal
    inside, no call of a function that removes, and (unless `touching_ok`) no use of the
    container's field at all (`this.waiters.indexOf(w)` may well take the entry out)."""
    for timer in ctx.effects.of(Kind.START, ("setTimeout",)):
        if not contains(method, timer.node) or _operation_of(timer.node, container) != method:
            continue
        callback = unwrap(timer.value)
        settler = _settler(callback, container, ctx, answers=True) if callback is not None and callback.type in FUNCTION_TYPES else None
        if settler is None or any(r is not None and (contains(callback, r.node) or contains(settler, r.node)) for r in uses.releases) \
                or _calls_releasing(callback, uses) or _calls_releasing(settler, uses) \
                or (not touching_ok and _names_container(callback, container)):
            continue
        return timer.node
    return None


def _names_container(callback: Node, container: Container) -> bool:
    """The callback touches the queue itself (`this.waiters.indexOf(w)`): it may take the entry out."""
    reads = _field_reads(container)
    return reads is not None and reads.search(text(callback)) is not None


def _settler(callback: Node, container: Container, ctx: FileContext, answers: bool = False) -> Node | None:
    """What settles the operation when `callback` runs: the callback itself (`() => reject(e)`),
    or the one method of the owner it hands that to (`() => this._cancel(id, 'timeout')`, with
    `_cancel` rejecting and removing nothing); None when neither settles."""
    if _settles(callback, answers=answers):
        return callback
    if container.owner is None:
        return None
    called = [n for n in walk(callback) if n.type == "call_expression" and callee_object(n) is not None and unwrap(callee_object(n)).type == "this"]
    if len(called) != 1:
        return None
    method = ctx.methods_of(container.owner.node).get(callee_name(called[0]) or "")
    return method if method is not None and _settles(method) else None


def _cleared_without_removal(container: Container, uses: Uses, ctx: FileContext) -> tuple[Node, Node] | None:
    """A clear of the timer whose callback removes the entry (`clearTimeout(timer)` with the
    variable that holds it, or `clearTimeout(entry.timer)` with an entry read from this
    container), in a function that neither removes the entry nor calls, by name, one that
    does: (the clear, the timeout's removal)."""
    timed = [r for r in uses.releases if r is not None and r.path is Path.TIMEOUT]
    others = [r for r in uses.releases if r is not None and r.path is not Path.TIMEOUT]
    if not timed:
        return None
    for release in timed:
        timer = _timer_of(release.node)
        holder = outermost(timer).parent if timer is not None else None
        target = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else \
            holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else None
        handle = ctx.model.binding_of(target) if target is not None and target.type == "identifier" else None
        if handle is None:
            continue
        for clear in ctx.calls_named(("clearTimeout",)):
            args = call_arguments(clear)
            fn = enclosing_function(clear)
            if not args or fn is None or contains(unwrap(call_arguments(timer)[0]), clear) or not _names_timer(args[0], handle, container, ctx):
                continue
            after = [r.node for r in others if enclosing_function(r.node) == fn and _reached_after(clear, r.node, fn)]
            if (after and not _in_one_branch_only(clear, after, fn)) or _calls_releasing(fn, uses) or _deletes_after(clear, fn, container, ctx):
                continue
            if any(contains(g.site, clear) or _made_by_a_local_the_growth_uses(clear, g.site) for g in uses.growths):
                continue  # a callback stored as the entry: whoever takes it out calls it
            if any(n.type == "call_expression" and callee_name(n) == "setTimeout" and n.start_byte > clear.start_byte
                   for n in walk(fn.child_by_field_name("body") or fn)):
                continue  # `clearTimeout(entry.timer); entry.timer = setTimeout(...)`: armed again, it removes later
            return clear, release.node
    return None


def _existence_checked(growth: Growth, container: Container, awaited: Node, ctx: FileContext) -> bool:
    """Between the wait and the add, an `if` that asks the container about the entry
    (`if (!this.sessions.has(id)) return`), or the add itself is under such a test."""
    fn = running_function(growth.site)
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES) if fn is not None else ():
        if node.type == "if_statement" and awaited.end_byte <= node.start_byte <= growth.site.start_byte:
            condition = node.child_by_field_name("condition")
            if any(n.type == "call_expression" and callee_name(n) in ("has", "get") and key_of(callee_object(n), ctx.model) in container.keys
                   for n in walk(condition)) or any(n.type == "identifier" for n in walk(condition)):
                return True  # (a test of a local read from it, `if (!session) return`, too)
    return False


def running_function_of_call(call: Node, functions: dict[int, Node], ctx: FileContext) -> Node | None:
    """Which of `functions` the call `call` (a call site found by call_sites) calls."""
    return next((f for f in functions.values() if call in call_sites(f, ctx.model)), None)


def _made_by_a_local_the_growth_uses(clear: Node, growth: Node) -> bool:
    """`const settle = (fn) => (value) => { clearTimeout(timer); fn(value) }` and then
    `pending.set(id, { resolve: settle(resolve) })`: the clear sits in a function that a local of
    the adding function makes (or is), and the entry is made from that local, so the clear runs
    when whoever takes the entry out calls what it holds."""
    home = enclosing_function(growth)
    fn = enclosing_function(clear)
    while fn is not None and fn != home:
        holder = fn.parent
        name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
        if name is not None and name.type == "identifier" and enclosing_function(holder) == home:
            spelled = text(name)
            return any(n.type == "identifier" and text(n) == spelled for n in walk(growth))
        fn = enclosing_function(fn)
    return False


def _deletes_after(clear: Node, fn: Node, container: Container, ctx: FileContext) -> bool:
    """`if (entry) clearTimeout(entry.timer); pending.delete(id)` in a function whose removal
    the judge left to importers (an exported `resume(id)`): the clear's own function removes
    the entry after it all the same."""
    deletes = [n for n in walk(fn) if n.type == "call_expression" and callee_name(n) == "delete" and enclosing_function(n) == fn
               and key_of(callee_object(n), ctx.model) in container.keys and _reached_after(clear, n, fn)]
    return bool(deletes) and not _in_one_branch_only(clear, deletes, fn)


def _reached_after(clear: Node, release: Node, fn: Node) -> bool:
    """The removal has run by the time the clear has (it comes first), or runs after it with no
    `return` or `throw` of the function in between (`if (body.error) { reject(e); return }`),
    nor a `continue` that skips the rest of a loop body holding the removal."""
    if release.start_byte < clear.start_byte:
        return True
    return not any(clear.end_byte <= node.start_byte < release.start_byte and enclosing_function(node) == fn
                   and (node.type in ("return_statement", "throw_statement")
                        or (node.type == "continue_statement" and _skips_to_next_round(node, release)))
                   for node in walk(fn))


def _in_one_branch_only(clear: Node, removals: list[Node], fn: Node) -> bool:
    """`clearTimeout(entry.timer); if (status === 'ok') { pending.delete(id); ... } else { reject(...) }`:
    every removal after the clear sits in the same branch of one `if`, which the clear is
    outside of, and the other branch removes nothing: that other way keeps the entry."""
    branches = set()
    for removal in removals:
        branch = next((a for a in ancestors(removal) if a.parent is not None and a.parent.type == "if_statement"
                       and a != a.parent.child_by_field_name("condition") and contains(fn, a)), None)
        if branch is None or contains(branch, clear):
            return False
        branches.add((branch.parent.id, branch.id))
    return len(branches) == 1


def _skips_to_next_round(jump: Node, release: Node) -> bool:
    """A `continue` whose loop also holds the removal: the rest of that round never runs."""
    loop = next((a for a in ancestors(jump) if a.type in LOOP_TYPES), None)
    return loop is not None and contains(loop, release)


def _names_timer(argument: Node, handle, container: Container, ctx: FileContext) -> bool:
    """`timer`, the variable the timer was kept in, or `entry.timer` with `entry` read from the
    container (`const entry = pending.get(id)`, `pending[id]`, `pending.forEach((entry) => ...)`)."""
    argument = unwrap(argument)
    if argument is None:
        return False
    if argument.type == "identifier":
        return ctx.model.binding_of(argument) is handle
    if argument.type != "member_expression" or text(argument.child_by_field_name("property")) != handle.name:
        return False
    entry = unwrap(argument.child_by_field_name("object"))
    binding = ctx.model.binding_of(entry) if entry is not None and entry.type == "identifier" else None
    if binding is None:
        return False
    if _read_from(entry, container, ctx):
        return True
    fn = binding.scope.node if binding.kind is BindingKind.PARAMETER else None
    holder = outermost(fn).parent if fn is not None else None
    loop = holder.parent if holder is not None and holder.type == "arguments" else None
    return loop is not None and loop.type == "call_expression" and callee_name(loop) == "forEach" \
        and key_of(callee_object(loop), ctx.model) in container.keys


def _calls_releasing(callback: Node, uses: Uses) -> bool:
    """The callback calls, by name, a function that removes the entry: `request.done(err)`
    where `done` deletes it."""
    releasing = releasing_names(r.node for r in uses.releases if r is not None)
    return bool(releasing) and any(n.type == "call_expression" and callee_name(n) in releasing for n in walk(callback))


def _operation_of(node: Node, container: Container) -> Node | None:
    """The method of the container's owner that `node` runs in; for a module-level container,
    the named function (not a callback) it runs in: the operation that adds and times out."""
    if container.owner is not None:
        return owner_method(node, container.owner.node, through_callbacks=True)
    fn = enclosing_function(node)
    while fn is not None and fn.type == "arrow_function" and enclosing_function(fn) is not None:
        fn = enclosing_function(fn)
    return fn  # (a top-level arrow, a route handler, is the operation itself)


def _per_operation_key(growth: Growth, ctx: FileContext) -> bool:
    """A key new with each operation: a fresh id or counter, or what the request names (a
    long poll's `req.params.jobId`)."""
    return growth.key is not None and (fresh_key(growth.key, ctx.model) is not None
                                       or request_source(growth.key, ctx.run_context(growth.site), ctx.model) is not None)


def _in_end_listener(node: Node, operation: Node) -> bool:
    """`node` runs in a listener, registered by the operation, for an end every outcome reaches
    ('close' of the response or connection)."""
    fn = enclosing_function(node)
    while fn is not None and fn != operation:
        handed = handed_to(fn)
        if handed is not None and callee_name(handed[0]) in ("on", "once", "addListener", "addEventListener") \
                and string_value(call_arguments(handed[0])[0] if call_arguments(handed[0]) else None) in ("close",):
            return True
        fn = enclosing_function(fn)
    return False


def _answers_request(call: Node) -> bool:
    """`res.status(204).end()`, `reply.send(x)`: a long poll's timeout answers the request."""
    if callee_name(call) not in ("end", "send", "json", "sendStatus"):
        return False
    root = callee_object(call)
    while root is not None and root.type == "call_expression":
        root = callee_object(root)
    return root is not None and text(root) in ("res", "response", "reply")


def _settles(callback: Node, passed_on: bool = False, answers: bool = False) -> bool:
    """The callback settles an operation (`reject(...)`, `cb(err)`, `request.done(err)`) and
    calls no method of the instance, whose effects this rule does not follow. With
    `passed_on`, handing the failure to whoever waits also settles: `x.emit('error', err)`, or
    `x.emit.bind(x, 'error')` as the callback itself; with `answers`, answering the request
    (a long poll's timeout: `res.status(204).end()`)."""
    settles = False
    for node in walk(callback):
        if node.type != "call_expression":
            continue
        owner = callee_object(node)
        if owner is not None and unwrap(owner).type == "this":
            return False
        if callee_name(node) in SETTLE_CALLS or (passed_on and _emits_failure(node)) or (answers and _answers_request(node)):
            settles = True
    return settles


def _emits_failure(call: Node) -> bool:
    """`x.emit('error', ...)`, or `x.emit.bind(x, 'error')`."""
    args = call_arguments(call)
    if callee_name(call) == "emit":
        return bool(args) and string_value(args[0]) in OPERATION_FAILURES
    bound = unwrap(callee_object(call)) if callee_name(call) == "bind" else None
    return bound is not None and bound.type == "member_expression" and text(bound.child_by_field_name("property")) == "emit" \
        and len(args) >= 2 and string_value(args[1]) in OPERATION_FAILURES


# Between a helper's growth and the helper itself: the growth may not happen on every call.
CONDITIONAL_TYPES = BRANCHING_TYPES | {"for_in_statement", "do_statement", "binary_expression"}


def _missed_after_adder(growth: Node, adder: Node, holder: Node, releases: list[Node], ctx: FileContext) -> tuple[Node, Miss] | None:
    """`this.begin(id); try { ...; this.inflight.delete(id) } catch (e) { throw e }`: the entry is
    added by a helper (`begin()`) that the function holding every removal calls; judged from
    that call as if the helper's growth were written there. The call and the path it misses.
    Only for a helper that adds on every call (not a get-or-create accessor, not a loop) and
    removals of that entry by key (a reset with `clear()` ends a whole run, not an operation)."""
    if not _by_key_in(holder, releases) or not _adds_on_every_call(growth, adder):
        return None
    for site in call_sites(adder, ctx.model):
        if enclosing_function(site) == holder:
            miss = missed_path(site, releases)
            if miss is not None:
                return site, miss
    return None


def _missed_between_helpers(growth: Node, adder: Node, remover: Node, releases: list[Node], ctx: FileContext) -> tuple[Node, Miss, Node] | None:
    """`track(ctx); await next(); untrack(id)`: one helper adds, another removes, and a function
    calls both; judged there as if both were written in it (_missed_after_adder's rules). The
    adding call, the path it misses, and the function calling both."""
    if not _by_key_in(remover, releases) or not _adds_on_every_call(growth, adder):
        return None
    removing = call_sites(remover, ctx.model)
    for site in call_sites(adder, ctx.model):
        holder = enclosing_function(site)
        removals = [r for r in removing if enclosing_function(r) == holder] or _disposals_of_result(site, growth, adder, remover, releases)
        miss = missed_path(site, removals) if holder is not None and removals else None
        if miss is None and holder is not None and not removals:  # `socket.on('end', () => untrack(id))` beside an 'error' listener that does not
            miss = failure_skips_release(site, [r for r in removing if contains(holder, r)])
        if miss is not None:
            return site, miss, holder
    return None


def _disposals_of_result(site: Node, growth: Node, adder: Node, remover: Node, releases: list[Node]) -> list[Node]:
    """`const ws = await Workspace.create(p); ...; await ws.dispose()`, where `create()` adds the
    instance it hands back to a registry and `dispose()` takes `this` out of it: the calls of
    the removing method on the variable the caller keeps the added entry in."""
    added = unwrap(call_arguments(growth)[-1]) if growth.type == "call_expression" and call_arguments(growth) else None
    if added is None or added.type != "identifier" or remover.type != "method_definition" \
            or not all(r.type == "call_expression" and [text(a) for a in call_arguments(r)] == ["this"] for r in releases):
        return []
    if not any(n.type == "return_statement" and text(unwrap(n.named_children[0]) if n.named_children else None) == text(added)
               for n in walk(adder.child_by_field_name("body") or adder, skip=FUNCTION_TYPES)):
        return []  # the adder hands back something else than the entry it adds
    value = outermost(site)
    if value.parent is not None and value.parent.type == "await_expression":
        value = outermost(value.parent)
    holder = value.parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    fn = enclosing_function(site)
    if name is None or name.type != "identifier" or fn is None:
        return []
    method = f"{text(name)}.{text(remover.child_by_field_name('name'))}"
    return [n for n in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES)
            if n.type == "call_expression" and normalised(n.child_by_field_name("function")) == method]


# `store.delete(key)`, `list.splice(i, 1)`, `delete map[key]`, `store.clear()` on a name.
PARAMETER_REMOVAL = re.compile(r"([A-Za-z_$][\w$]*)\s*(?:\??\.\s*(?:delete|clear|splice|pop|shift)\s*\(|\[)")


def _parameter_removers(grower: Node, ctx: FileContext) -> tuple[tuple[str, ...], ...]:
    """The chains of the file's other exported functions that remove from a container one of
    their parameters receives (`forget(store, key) { store.delete(key) }`): a caller that hands
    them the container the growing helper fills undoes what it adds (the summary's removers)."""
    removers = ctx.shared.get("collection.parameter_removers")
    if removers is None:  # the same for every growing helper of the file: read once
        removers = ctx.shared["collection.parameter_removers"] = []
        for fn in top_level_functions(ctx.source.root):
            body = fn.child_by_field_name("body")
            if body is None:
                continue
            names = set(parameter_names(fn))
            spelled = text(body)
            if any(m.group(1) in names and (spelled[m.end() - 1] != "[" or spelled[:m.start()].rstrip().endswith("delete"))
                   for m in PARAMETER_REMOVAL.finditer(spelled)):
                removers.append((fn, function_exports(fn, ctx.model)))
    return tuple(sorted({chain for fn, chains in removers if fn != grower for chain in chains}))


def _by_key_in(fn: Node, releases: list[Node]) -> bool:
    """Every removal sits in `fn` and takes one entry by key (not a whole-table reset)."""
    return all(enclosing_function(r) == fn and _removes_by_key(r) for r in releases)


def _adds_on_every_call(growth: Node, adder: Node) -> bool:
    """No condition between the adding function and its growth (not a get-or-create accessor)."""
    for node in ancestors(growth):
        if node == adder:
            return True
        if node.type in CONDITIONAL_TYPES:
            return False
    return True


def _removes_by_key(release: Node) -> bool:
    """`m.delete(k)` or `delete o[k]`: one entry goes, not the whole container."""
    if release.type == "call_expression":
        return callee_name(release) == "delete" and bool(call_arguments(release))
    return release.type == "unary_expression" and text(release).startswith("delete")


def _off_path(release: Effect, ctx: FileContext, others: "list[Effect | None]" = ()) -> bool:
    """A release that the normal end of an operation skips: in a `catch`, an error or cancel
    handler, or a timer's callback when the program clears that timer on the other path (a
    timer nobody clears always fires: cleaning up after a delay is a normal path)."""
    if release.path not in OFF_PATHS:
        return _called_off_path_only(release.node, ctx)
    if release.path is not Path.TIMEOUT:
        return True
    timer = _timer_of(release.node)
    if timer is not None and _removes_own_handle(release.node, timer):
        return False  # `const id = setTimeout(() => { timers.delete(id); ... })`: the timer's entry goes when it fires
    if timer is not None and others:
        clears = clears_of(timer, ctx.effects.of(Kind.RELEASE, ("clearTimeout",)))
        if clears and all(any(contains(fn, r.node) for r in others if r is not release) for c in clears
                          if (fn := enclosing_function(c.node)) is not None):
            return False  # `cancel(id) { clearTimeout(h); pending.delete(id) }`: fired or cancelled, the entry goes either way
    return timer is None or handle_cleared(timer, ctx.effects.of(Kind.RELEASE, ("clearTimeout",)), debounce_fires=True)


def _off_path_words(release: Effect) -> str:
    """When an off-path release runs, for messages: "on error", or the function it sits in,
    which the file calls on a failure's path only (_called_off_path_only)."""
    if release.path in OFF_PATHS:
        return release.path.value
    fn = enclosing_function(release.node)
    return f"in `{(function_name(fn) or 'a function').rsplit('.', 1)[-1]}()`, which the file calls on a failure's path only"


def _called_off_path_only(release: Node, ctx: FileContext) -> bool:
    """`untrack(id) { this.heartbeats.delete(id) }` that the file calls only from a failure's
    path (`socket.on('error', () => this.untrack(socket.id))`, a `catch`): the function is the
    way out, and the normal end of the operation never takes it."""
    fn = enclosing_function(release)
    sites = call_sites(fn, ctx.model) if fn is not None else []
    if not sites and fn is not None and fn.type == "method_definition" and not is_constructor(fn):
        # `ctx.dispose()` on an instance a lookup hands back (`RequestContext.of(req)`): every call of that name in the file
        sites = [c for c in ctx.calls_named((text(fn.child_by_field_name("name")),)) if callee_object(c) is not None]
    return bool(sites) and all(path_of(site) in (Path.ERROR, Path.CANCEL) for site in sites)


def _removes_own_handle(release: Node, timer: Node) -> bool:
    """A removal, in a timer's callback, of the very handle that timer was stored under."""
    holder = outermost(timer).parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    args = call_arguments(release) if release.type == "call_expression" else []
    return name is not None and name.type == "identifier" and bool(args) and text(unwrap(args[0])) == text(name)


TIMER_STARTS = frozenset({"setTimeout", "setInterval"})
TIMER_CLEARS = frozenset({"clearTimeout", "clearInterval"})


def _removed_when_cleared(release: Effect, uses: Uses, ctx: FileContext) -> Node | None:
    """`clearTimeout(id); list.splice(list.indexOf(id), 1)` for a list of timer handles: the
    removal runs on the path that cancels the timer, a block that first clears it, and nowhere
    in a callback the timer runs. A timer that fires, the usual end, leaves its handle (and the
    callback it holds) in the list. The clear, or None."""
    if not uses.growths or not all(_timer_handle(g.key, ctx) for g in uses.growths):
        return None
    fn = enclosing_function(release.node)
    if fn is None or _timer_of(release.node) is not None:
        return None
    for block in ancestors(release.node):
        if block == fn:
            break
        if block.type != "statement_block":
            continue
        for statement in block.named_children:
            if statement.start_byte >= release.node.start_byte:
                break
            call = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
            if call is not None and call.type == "call_expression" and callee_name(call) in TIMER_CLEARS:
                return call
    return None


def _timer_handle(value: Node | None, ctx: FileContext) -> bool:
    """A handle `setTimeout`/`setInterval` returned: the call itself, or a name one of them is
    stored in."""
    value = unwrap(value)
    if value is None:
        return False
    if value.type == "call_expression":
        return callee_name(value) in TIMER_STARTS and callee_object(value) is None
    binding = ctx.model.binding_of(value) if value.type == "identifier" else None
    if binding is None:
        return False
    stored = [unwrap(binding.value)] if binding.value is not None else []
    stored += [unwrap(w.identifier.parent.child_by_field_name("right")) for w in binding.writes
               if w.identifier.parent is not None and w.identifier.parent.type == "assignment_expression"]
    return any(v is not None and v.type == "call_expression" and callee_name(v) in TIMER_STARTS for v in stored)


def _timer_of(node: Node) -> Node | None:
    """The `setTimeout(...)` call whose callback `node` runs in."""
    fn = enclosing_function(node)
    holder = outermost(fn).parent if fn is not None else None
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    return call if call is not None and call.type == "call_expression" else None


def _teardown_reset(release: Effect, container: Container) -> bool:
    """A whole-container clear or reassignment in a teardown method (`close()`, `reset()`):
    it bounds growth per life of the owner, not growth per operation within one."""
    if release.verb not in ("clear", "=", "length"):
        return False
    method = owner_method(release.node, container.owner.node, through_callbacks=True) if container.owner is not None else None
    return method is not None and bool(TEARDOWN_NAMES.match((function_name(method) or "").rsplit(".", 1)[-1]))  # `Cls.prototype.close` too


def _stored_on_itself(node: Node) -> bool:
    """`Socket.Socket = Socket`: a value stored as a property of itself (the CommonJS idiom for a
    named export beside the default one)."""
    parent = outermost(node).parent
    if parent is None or parent.type != "assignment_expression" or parent.child_by_field_name("right") != outermost(node):
        return False
    root, _ = access_root(parent.child_by_field_name("left"))
    return root is not None and node.type == "identifier" and root.type == "identifier" and text(root) == text(node)


def _in_dead_code(node: Node, ctx: FileContext) -> bool:
    """A removal nothing can run: in a function nothing calls, or in a `finalize()` that a
    `shareReplay` without `refCount` never lets run (semantic.releases.never_finalized)."""
    fn = enclosing_function(node)
    return fn is not None and (never_called(fn, ctx.model) or (b"shareReplay" in ctx.source.data and never_finalized(node)))


def _settle_missing_fields(uses: Uses, container: Container, ctx: FileContext) -> None:
    """`delete self.requests[request.requestid]` where `request` is read from the same
    container and no entry it gains (object literals, every one) has a `requestid`: the key is
    `undefined`, and the removal removes nothing. Such removals count as none."""
    fields: set[str] = set()
    for growth in uses.growths:
        value = _added_value(growth.site)
        if value is None or value.type != "object" or any(c.type == "spread_element" for c in value.named_children):
            return
        fields |= {text(c.child_by_field_name("key") or c.child_by_field_name("name") or c) for c in value.named_children}
    if not fields:
        return
    kept: list[Effect | None] = []
    for release in uses.releases:
        key = _removed_key(release) if release is not None else None
        entry = unwrap(key.child_by_field_name("object")) if key is not None and key.type == "member_expression" else None
        name = text(key.child_by_field_name("property")) if entry is not None else ""
        if entry is not None and entry.type == "identifier" and name not in fields and _read_from(entry, container, ctx):
            uses.misses.append((release, name))
        else:
            kept.append(release)
    if uses.misses:
        uses.releases = kept
        uses.shrinks = bool(kept)


def _wrapper_of_parameter(key: Node, fn: Node, ctx: FileContext) -> str | None:
    """The parameter of `fn` that the added value wraps: `const notify = throttle(onChange, 100)`,
    a local const made by a call handed the parameter itself; None otherwise."""
    node = unwrap(key)
    binding = ctx.model.binding_of(node) if node is not None and node.type == "identifier" else None
    made = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST else None
    if made is None or made.type != "call_expression" or enclosing_function(made) != fn:
        return None
    params = set(parameter_list(fn))
    return next((text(a) for a in (unwrap(x) for x in call_arguments(made)) if a is not None and a.type == "identifier" and text(a) in params), None)


def _read_from_a_table(root: Node | None, ctx: FileContext) -> bool:
    """`const entry = this.sockets[socketId]` or `registry.get(id)`: a const holding what a table
    already keeps, so what is read from it (`entry.userId`) names something already there."""
    binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
    return binding is not None and binding.kind is BindingKind.CONST and looked_up(binding.value)


def _key_parts(key: Node, ctx: FileContext) -> dict[int, str]:
    """The declarations of the names a local const key is spelled from, with those names
    (`const key = `${tenant}/${clientId}``): a removal by one of them looks up another key."""
    node = unwrap(key)
    binding = ctx.model.binding_of(node) if node is not None and node.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST else node
    if value is not None and value.type == "call_expression" and _composes_its_arguments(value, ctx):
        # `this.keyFor(userId, socket)`, which returns `${userId}:${socket.id}`: made from the names handed in
        names = [n for a in call_arguments(value) if (n := unwrap(a)) is not None and n.type == "identifier"]
    elif value is not None and value.type in ("template_string", "binary_expression"):
        names = [n for n in walk(value) if n.type == "identifier"]
    else:
        return {}
    return {b.identifier.id: b.name for n in names if (b := ctx.model.binding_of(n)) is not None}


def _composed_of_connection(key: Node | None, ctx: FileContext) -> str | None:
    """`this.keyFor(userId, socket)`, a key made of its arguments, one of them the connection a
    connection handler is handed (or a fresh id): a new key per connection."""
    node = unwrap(key)
    if node is None or node.type != "call_expression" or not _composes_its_arguments(node, ctx):
        return None
    from ..semantic.requests import client_connection

    for argument in call_arguments(node):
        if client_connection(argument):
            return f"made from the connection `{text(argument)}`"
        fresh = fresh_key(argument, ctx.model)
        if fresh is not None:
            return fresh
    return None


def _composes_its_arguments(call: Node, ctx: FileContext) -> bool:
    """A function or method of the file, handed two or more arguments, that returns a string
    made of its parameters (`keyFor(user, socket) { return `${user}:${socket.id}` }`)."""
    if len(call_arguments(call)) < 2:
        return False
    callee = unwrap(call.child_by_field_name("function"))
    fn = None
    if callee is not None and callee.type == "identifier":
        fn = ctx.model.function_named(callee)
    elif callee is not None and callee.type == "member_expression" and unwrap(callee.child_by_field_name("object")) is not None \
            and unwrap(callee.child_by_field_name("object")).type == "this":
        cls = next((a for a in ancestors(call) if a.type in CLASS_TYPES), None)
        body = cls.child_by_field_name("body") if cls is not None else None
        name = text(callee.child_by_field_name("property"))
        fn = next((m for m in (body.named_children if body is not None else ()) if m.type == "method_definition"
                   and text(m.child_by_field_name("name")) == name), None)
    values = returned_values(fn) if fn is not None else []
    params = set(parameter_list(fn)) if fn is not None else set()
    return len(values) == 1 and unwrap(values[0]) is not None and unwrap(values[0]).type in ("template_string", "binary_expression") \
        and len(params & {text(n) for n in walk(values[0]) if n.type == "identifier"}) >= 2


def _settle_wrong_keys(uses: Uses, ctx: FileContext) -> None:
    """`add(item) { this.items.set(item.id, item) }` and its counterpart `remove(item) {
    this.items.delete(item) }`: the counterpart takes the same thing, under the same name at
    the same position, but removes by the whole of it where entries are keyed by a field of
    it, so it removes nothing. (`remove(id) { this.items.delete(id) }` is the usual, right
    shape.) Such removals count as none, named in the report. Read before the removals that
    importers may run are set aside (_settle_exported_methods)."""
    added: list[tuple[Node, Node, int]] = []  # (growing function, key, parameter position)
    wrapped: list[tuple[Node, Node, str]] = []  # (growing function, key, the parameter it wraps)
    for growth in uses.growths:
        fn = running_function(growth.site)
        position = _parameter_key(growth.key, fn) if fn is not None and growth.key is not None else None
        if position is not None:
            added.append((fn, growth.key, position))
        made_from = _wrapper_of_parameter(growth.key, fn, ctx) if fn is not None and growth.key is not None else None
        if made_from is not None:
            wrapped.append((fn, growth.key, made_from))
    composed = [(growth.key, parts) for growth in uses.growths if growth.key is not None and (parts := _key_parts(growth.key, ctx))]
    if not added and not wrapped and not composed:
        return

    def wrong(release: Effect | None) -> str | None:
        key = _removed_key(release) if release is not None else None
        remover = running_function(release.node) if release is not None else None
        for add_key, parts in composed:  # `const key = `${tenant}/${id}`; map.set(key, v)` and `map.delete(id)`
            binding = ctx.model.binding_of(unwrap(key)) if key is not None and unwrap(key) is not None and unwrap(key).type == "identifier" else None
            if binding is not None and binding.identifier.id in parts:
                return f"`{text(key)}`, where entries are keyed by `{text(add_key)}`, made from it"
            if binding is not None and binding.kind is BindingKind.PARAMETER and remover is not None and len(parts) > 1 \
                    and binding.name in parts.values() and not contains(remover, add_key):
                # `ack(ws, deliveryId) { this.unacked.delete(deliveryId) }` where `deliver()` keys by `${ws.clientId}:${deliveryId}`
                return f"`{text(key)}`, where entries are keyed by `{text(add_key)}`, made from a `{binding.name}` of its own"
        for fn, add_key, parameter in wrapped:  # `const notify = throttle(fn); set.add(notify); return () => set.delete(fn)`
            if key is not None and contains(fn, release.node) and unwrap(key).type == "identifier" and text(unwrap(key)) == parameter:
                return f"`{parameter}`, where the entry added is `{text(add_key)}`, made from it"
        for fn, add_key, position in added:
            if key is None or remover is None or counterpart(fn, ctx.source.root, ctx.source.data) != remover:
                continue
            if _parameter_key(key, remover) == position and _steps(add_key) == 1 and _steps(key) == 0 \
                    and text(unwrap(key)) == text(unwrap(unwrap(add_key).child_by_field_name("object"))):
                return f"`{text(key)}`, where entries are keyed by `{text(add_key)}`"  # same name, the whole for its field
            handed = parameter_list(remover)
            if _steps(add_key) == 0 and position < len(handed) and not _from_parameters(key, remover, ctx):
                # `init(asyncId) { m.set(asyncId, ctx) }`, `destroy(asyncId) { m.delete(executionAsyncId()) }`
                return f"`{text(key)}`, while entries are keyed by the `{handed[position]}` it is handed and ignores"
        return None

    for name in ("releases", "exported_methods", "exported_functions"):
        kept = []
        for entry in getattr(uses, name):
            release = entry[0] if isinstance(entry, tuple) else entry
            missed = wrong(release)
            if missed is None:
                kept.append(entry)
            else:
                uses.wrong_keys.append((release, missed))
        setattr(uses, name, kept)
    if uses.wrong_keys:
        # What is left then, a sweep when the client's connection ends (`ws.on('close', ...)`) or
        # a whole clear, empties per connection or per life: the per-operation removal meant
        # to run on every ack is the void one, so entries gather for as long as a client stays.
        if uses.releases and all(r is not None and (at_connection_end(r.node) or r.verb == "clear") for r in uses.releases):
            uses.swept_at_end, uses.releases = any(at_connection_end(r.node) for r in uses.releases), []
        uses.shrinks = bool(uses.releases)


def _parameter_key(key: Node, fn: Node) -> int | None:
    """The position of `fn`'s parameter a key is, or is one field of (`item`, `item.id`)."""
    node = unwrap(key)
    if node is not None and node.type == "member_expression" and unwrap(node.child_by_field_name("object")) is not None \
            and unwrap(node.child_by_field_name("object")).type == "identifier":
        node = unwrap(node.child_by_field_name("object"))
    if node is None or node.type != "identifier":
        return None
    names = parameter_list(fn)
    return names.index(text(node)) if text(node) in names else None


def _from_parameters(key: Node, fn: Node, ctx: FileContext) -> bool:
    """Whether a key may come from `fn`'s parameters: it uses one, directly or through a local
    made from them (`const k = keyOf(id)`), or it reads state from outside `fn` (`this.current`,
    a module variable), which may hold one. Only a key made by calls of their own
    (`executionAsyncId()`) and literals is surely not the entry a call of `fn` is handed."""
    parameters = set(parameter_list(fn))
    seen: set[int] = set()
    nodes = [key]
    while nodes:
        for node in walk(nodes.pop()):
            if node.type == "this":
                return True
            if node.type not in ("identifier", "shorthand_property_identifier") or node.id in seen:
                continue
            seen.add(node.id)
            parent = node.parent
            callee = parent.parent if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == node \
                and parent.parent is not None and parent.parent.type == "call_expression" and parent.parent.child_by_field_name("function") == parent \
                else parent if parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == node else None
            if callee is not None:
                continue  # the function called (`asyncHooks.executionAsyncId()`), not a value handed to it
            binding = ctx.model.binding_of(node)
            if text(node) in parameters or binding is None:
                return True
            if not contains(fn, binding.identifier):
                value = _set_first_in(fn, binding, node, ctx)  # `currentUid = executionAsyncId()` on the body's first lines
                if value is None:
                    return True
                nodes.append(value)
            elif binding.value is not None and binding.kind in (BindingKind.CONST, BindingKind.LET, BindingKind.VAR):
                nodes.append(binding.value)
    return False


def _set_first_in(fn: Node, binding, use: Node, ctx: FileContext) -> Node | None:
    """What a statement of `fn`'s own body stores in an outer variable before `use`, when one
    does: the variable then holds that value at `use`, whatever it held before."""
    body = fn.child_by_field_name("body")
    value = None
    for statement in body.named_children if body is not None and body.type == "statement_block" else ():
        if statement.start_byte >= use.start_byte:
            break
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        left = unwrap(assignment.child_by_field_name("left")) if assignment is not None and assignment.type == "assignment_expression" else None
        if left is not None and left.type == "identifier" and ctx.model.binding_of(left) is binding:
            value = assignment.child_by_field_name("right")
    return value


def _steps(key: Node) -> int:
    """0 for a parameter itself, 1 for one of its fields."""
    return 1 if unwrap(key) is not None and unwrap(key).type == "member_expression" else 0


def _removed_key(release: Effect) -> Node | None:
    """The key a removal names: `m.delete(k)`'s `k`, `delete o[k]`'s `k`."""
    return unwrap(release.key) if release.key is not None else removed_key(release.node)


# The events that end a client's connection, and the calls that end a wait on their own: with
# any of them where an entry is parked, its end is handled there (or judged by another reading).
CLIENT_ENDS = frozenset({"close", "aborted", "end", "finish", "error", "disconnect"})
WAIT_ENDERS = frozenset({"setTimeout", "setInterval", "timeout", "race"})


def _timer_stoppers(grower: Node, releasing: set[Node], ctx: FileContext) -> list[Node] | None:
    """When the grower starts a timer whose callback removes the entry (`setTimeout(() =>
    pending.delete(key), ms)`), the functions that clear timers without removing it (a
    `cancel()` that stops the expiry and leaves the entry); None when it starts no such timer.
    An empty list: each entry leaves on its own when its time is up, whoever asks or not."""
    timed = [fn for fn in releasing if fn.parent is not None and fn.parent.type == "arguments" and contains(grower, fn)
             and callee_name(fn.parent.parent) == "setTimeout"]
    if not timed:
        return None
    clearing = [running_function(n) for n in name_nodes(ctx.source.root, ctx.source.data, "clearTimeout")
                if n.parent is not None and n.parent.type == "call_expression"]
    return list(dict.fromkeys(fn for fn in clearing if fn is not None and fn not in releasing and fn != grower))


def _skipped_for_good(container: Container, releases: list[Node], ctx: FileContext) -> tuple[Node, str] | None:
    """A loop over the container (`for (const task of [...this.tasks])`) that removes entries,
    itself or through a function of the file, and first skips, with `continue`, those whose
    counter has reached a limit (`if (task.attempts >= max) continue`), a counter the file only
    ever raises, with no removal under a test of it anywhere: the skip and the counter's name."""
    removers = {fn for r in releases if (fn := running_function(r)) is not None}
    sites = [site for fn in removers for site in call_sites(fn, ctx.model)]  # calls of a function that removes
    loops = dict.fromkeys(a for node in [*releases, *sites] for a in ancestors(node) if a.type == "for_in_statement")
    for loop in loops:  # (each one around a removal, or around such a call)
        walked, left, body = loop.child_by_field_name("right"), loop.child_by_field_name("left"), loop.child_by_field_name("body")
        if walked is None or left is None or body is None or not any(key_of(n, ctx.model) in container.keys for n in walk(walked)):
            continue
        item = text(left).split()[-1]
        for test in (n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "if_statement"):
            then = test.child_by_field_name("consequence")
            if then is None or not (then.type == "continue_statement" or then.named_children and then.named_children[0].type == "continue_statement"):
                continue
            for found in re.finditer(rf"(?<![\w$.]){re.escape(item)}\.(\w+)\s*(?:>=|>|===)", text(test.child_by_field_name("condition"))):
                counter = found.group(1)
                if _raised_only(counter, test, [*releases, *sites], ctx):
                    return test, counter
    return None


def _raised_only(counter: str, test: Node, removing: list[Node], ctx: FileContext) -> bool:
    """The file only ever raises the entries' `counter` (`task.attempts += 1`), and nothing that
    removes (a removal, or a call of a function that removes) sits under a test of it."""
    raised = re.search(rf"\.{counter}\s*(?:\+=|\+\+)|\+\+\s*[\w$.]+\.{counter}\b".encode(), ctx.source.data)
    lowered = re.search(rf"\.{counter}\s*(?:-=|--|=(?!=))".encode(), ctx.source.data)
    tested = any(a.type == "if_statement" and a != test and f".{counter}" in text(a.child_by_field_name("condition"))
                 for node in removing for a in ancestors(node))
    return bool(raised) and not lowered and not tested


def _settled_past_branch(fn: Node, releases: list[Node], container: Container, ctx: FileContext) -> tuple[Node, Node] | None:
    """In `fn`'s body: `const call = <container>.get(k)`, later an `if` whose branch removes the
    entry and leaves (`return`), and past it, with no removal, a call on `call` that settles it
    (`call.resolve(...)`, `call(...)`): that call and the branch."""
    body = fn.child_by_field_name("body")
    statements = body.named_children if body is not None and body.type == "statement_block" else []
    entry = None
    for index, statement in enumerate(statements):
        if entry is None:
            declarator = statement.named_children[0] if statement.type in ("lexical_declaration", "variable_declaration") and statement.named_children else None
            value = unwrap(declarator.child_by_field_name("value")) if declarator is not None else None
            if value is not None and value.type == "call_expression" and callee_name(value) == "get" and callee_object(value) is not None \
                    and key_of(callee_object(value), ctx.model) in container.keys \
                    and (declarator.child_by_field_name("name") or value).type == "identifier":
                entry = text(declarator.child_by_field_name("name"))
            continue
        if any(contains(statement, r) for r in releases):
            if statement.type != "if_statement" or statement.child_by_field_name("alternative") is not None \
                    or not any(n.type == "return_statement" for n in walk(statement.child_by_field_name("consequence"), skip=FUNCTION_TYPES)):
                return None  # removed on the way on, or in a branch that does not leave
            branch = statement
            for later in statements[index + 1:]:
                if any(contains(later, r) for r in releases):
                    return None
                settle = next((n for n in walk(later, skip=FUNCTION_TYPES) if n.type == "call_expression"
                               and (text(n.child_by_field_name("function")) == entry
                                    or (callee_object(n) is not None and text(callee_object(n)) == entry))), None)
                if settle is not None:
                    return settle, branch
            return None
    return None


def _parked_connection(container: Container, uses: Uses, ctx: FileContext, deferred: bool = False) -> tuple[Growth, RunContext, str] | None:
    """A growth in code that repeats per request whose entry holds the handler's own request,
    response or socket, while every removal runs in another function and nothing where the
    entry is made (the handler, or the helper it calls) listens for the client's end or starts
    a timer: the growth, its run and the held parameter's name."""
    if container.where not in ("module-level", "singleton", "instance") or not _answered_only(uses.releases, container, ctx, deferred):
        return None
    for growth in uses.growths:
        grown_in = running_function(growth.site)
        if grown_in is None or any(running_function(r.node) == grown_in for r in uses.releases):
            continue
        grouped = _pushed_into_group(growth.site, ctx) if growth.key is not None else None
        runs = refine(ctx.run_context(growth.site), ctx.model)
        if runs.how is not RunsHow.REPEATED or runs.registration is None:
            continue
        if container.kind != "array" and growth.key is not None and fresh_key(growth.key, ctx.model) is None and grouped is None \
                and request_source(growth.key, runs, ctx.model) is None:
            continue  # `waiting.set(slot, res)` under a key of the code's own: a later poll replaces it
            # (a key the request names, `req.get('x-user-id')`, is one per client that ever came: those that left stay)
        added = grouped if grouped is not None else \
            _added_value(growth.site) if growth.site.type != "call_expression" or callee_name(growth.site) == "set" else _pushed_value(growth.site)
        local = ctx.model.binding_of(added) if added is not None and added.type == "identifier" else None
        if local is not None and local.kind is BindingKind.CONST and not local.is_module_level and unwrap(local.value) is not None \
                and unwrap(local.value).type == "object":
            added = unwrap(local.value)  # `const waiter = { channel, res }; waiters.push(waiter)`
        held = _held_connection(added, runs, grown_in)
        handler = enclosing_function(runs.calls[0]) if runs.calls else grown_in
        removers = {container.name.encode(), *(_running_name(r.node).encode() for r in uses.releases)} - {b""}
        if held is None or any(_watches_end(fn, removers) for fn in {grown_in, handler} if fn is not None):
            continue
        return growth, runs, held
    return None


def _group_answered(release: Node, container: Container, ctx: FileContext) -> bool:
    """`const list = waiters.get(channel); waiters.delete(channel); for (const res of list)
    res.json(...)`: the code that answers a key's group takes the whole group out, with the
    entries of clients long gone; none leaves when its own client does."""
    fn = running_function(release)
    body = fn.child_by_field_name("body") if fn is not None else None
    for declarator in (n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "variable_declarator") if body is not None else ():
        value = unwrap(declarator.child_by_field_name("value"))
        if value is not None and value.type == "binary_expression" and text(value.child_by_field_name("operator")) in ("||", "??"):
            value = unwrap(value.child_by_field_name("left"))  # `waiters.get(channel) || []`
        name = declarator.child_by_field_name("name")
        if value is None or name is None or name.type != "identifier" or value.type != "call_expression" or callee_name(value) != "get" \
                or key_of(callee_object(value), ctx.model) not in container.keys:
            continue
        binding = ctx.model.binding_of(name)
        if binding is not None and any(_iterated(r.identifier) for r in binding.references):
            return True
    return False


def _pushed_into_group(site: Node, ctx: FileContext) -> Node | None:
    """`let list = waiters.get(channel); if (!list) { list = []; waiters.set(channel, list) }
    list.push(res)`: the entry is a group every call of the function adds to, whatever the key;
    what the call pushes."""
    value = unwrap(call_arguments(site)[1]) if site.type == "call_expression" and callee_name(site) == "set" and len(call_arguments(site)) == 2 else None
    binding = ctx.model.binding_of(value) if value is not None and value.type == "identifier" else None
    fn = enclosing_function(site)
    if binding is None or fn is None or binding.is_module_level:
        return None
    for reference in binding.references:
        call = method_call_on(reference.identifier)
        if call is not None and callee_name(call) in ("push", "add", "unshift") and enclosing_function(call) == fn and call_arguments(call):
            return unwrap(call_arguments(call)[0])
    return None


def _swapped_out(release: Node, container: Container, ctx: FileContext) -> bool:
    """`const waiters = this.waiters; this.waiters = []; for (const w of waiters) w.resolve(m)`:
    the code that answers takes every entry out at once and answers each, those of clients that
    are long gone included."""
    if release.type != "assignment_expression" or key_of(release.child_by_field_name("left"), ctx.model) not in container.keys:
        return False
    fn = running_function(release)
    body = fn.child_by_field_name("body") if fn is not None else None
    for declarator in (n for n in walk(body) if n.type == "variable_declarator") if body is not None else ():
        name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
        if name is None or name.type != "identifier" or value is None or key_of(value, ctx.model) not in container.keys:
            continue
        binding = ctx.model.binding_of(name)
        if binding is not None and declarator.start_byte < release.start_byte and any(_iterated(r.identifier) for r in binding.references):
            return True
    return False


def _iterated(use: Node) -> bool:
    """`for (const w of waiters)` or `waiters.forEach(...)`: each entry is visited (also as
    `waiters ?? []`, `waiters || []`)."""
    use = outermost(use)
    parent = use.parent
    if parent is not None and parent.type == "binary_expression" and parent.child_by_field_name("left") == use \
            and text(parent.child_by_field_name("operator")) in ("??", "||"):
        use, parent = parent, parent.parent
    if parent is not None and parent.type == "for_in_statement" and parent.child_by_field_name("right") == use:
        return True
    return parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == use \
        and text(parent.child_by_field_name("property")) in ("forEach", "map", "splice")


def _answered_from(release: Node, container: Container, ctx: FileContext, depth: int = 0) -> bool:
    """`waiters.delete(w)` where `w` comes out of the container itself (`for (const w of
    waiters)`, `const w = waiters.get(id)`): the code that answers removes the entries it
    finds, those of other clients; not a request's own end removing its own entry."""
    args = call_arguments(release) if release.type == "call_expression" else []
    root = access_root(args[0])[0] if args else None
    binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
    if binding is None:
        return False
    found = _index_of(binding, container, ctx)  # `waiters.splice(waiters.indexOf(w), 1)`: the entry is `w`
    if found is not None:
        binding = found
    if binding.kind is BindingKind.PARAMETER and depth == 0:  # `removeWaiter(w)`: what every caller hands it
        fn = running_function(binding.identifier)
        index = parameter_index(fn, binding.identifier) if fn is not None else None
        sites = call_sites(fn, ctx.model) if fn is not None and index is not None else []
        return bool(sites) and all(index < len(call_arguments(site)) and _answered_value(call_arguments(site)[index], container, ctx)
                                   for site in sites)
    if _read_from(binding.identifier, container, ctx):
        return True
    return _looped_over(binding, container, ctx)


def _index_of(binding, container: Container, ctx: FileContext):
    """`const i = waiters.indexOf(w)`: the binding of `w`, or None."""
    value = unwrap(binding.value)
    if value is None or value.type != "call_expression" or callee_name(value) != "indexOf" \
            or key_of(callee_object(value), ctx.model) not in container.keys:
        return None
    args = call_arguments(value)
    found = unwrap(args[0]) if args else None
    return ctx.model.binding_of(found) if found is not None and found.type == "identifier" else None


def _answered_value(argument: Node, container: Container, ctx: FileContext) -> bool:
    root = access_root(argument)[0]
    binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
    return binding is not None and (_read_from(binding.identifier, container, ctx) or _looped_over(binding, container, ctx))


def _looped_over(binding, container: Container, ctx: FileContext) -> bool:
    """The loop variable of `for (const w of waiters)`, of a copy (`[...waiters]`,
    `waiters.slice()`, `Array.from(waiters)`) or of its `values()`; or the index of a counted
    loop over it (`for (let i = waiters.length - 1; i >= 0; i--)`)."""
    loop = binding.identifier.parent
    while loop is not None and loop.type in ("array_pattern", "object_pattern", "pair_pattern", "shorthand_property_identifier_pattern"):
        loop = loop.parent
    counted = loop.parent.parent if loop is not None and loop.type == "variable_declarator" and loop.parent is not None else None
    if counted is not None and counted.type == "for_statement":
        bounds = [counted.child_by_field_name(f) for f in ("initializer", "condition")]
        return any(n.type == "member_expression" and text(n.child_by_field_name("property")) == "length"
                   and key_of(n.child_by_field_name("object"), ctx.model) in container.keys
                   for part in bounds if part is not None for n in walk(part))
    if loop is None or loop.type != "for_in_statement":
        return False
    right = unwrap(loop.child_by_field_name("right"))
    if right is not None and right.type == "call_expression" and callee_name(right) in ("values", "entries", "keys", "slice"):
        right = unwrap(callee_object(right))
    elif right is not None and right.type == "call_expression" and text(right.child_by_field_name("function")) == "Array.from" \
            and call_arguments(right):
        right = unwrap(call_arguments(right)[0])
    elif right is not None and right.type == "array" and len(right.named_children) == 1 and right.named_children[0].type == "spread_element":
        right = unwrap(right.named_children[0].named_children[0]) if right.named_children[0].named_children else None
    return right is not None and key_of(right, ctx.model) in container.keys


def _pushed_value(site: Node) -> Node | None:
    args = call_arguments(site)
    return unwrap(args[-1]) if args else None


def _held_parts(value: Node | None) -> list[Node]:
    """What an added value may hold of its function's parameters: the name itself, the values
    of an object literal (`{ userId, res }`), or the response a callback answers
    (`(items) => res.json(items)`)."""
    if value is None:
        return []
    if value.type in FUNCTION_TYPES:  # `list.push((items) => res.json(items))`: a callback that answers the parked response
        params = set(parameter_list(value))
        value = next((n for n in walk(value) if n.type == "identifier" and text(n) in HANDLER_PARAMETER_NAMES and text(n) not in params
                      and n.parent is not None and n.parent.type == "member_expression" and n.parent.child_by_field_name("object") == n), None)
        if value is None:
            return []
    parts = [value] if value.type == "identifier" else [
        c if c.type == "shorthand_property_identifier" else unwrap(c.child_by_field_name("value"))
        for c in value.named_children if c.type in ("shorthand_property_identifier", "pair")] if value.type == "object" else []
    return [part for part in parts if part is not None and part.type in ("identifier", "shorthand_property_identifier")]


def _answered_only(releases: list, container: Container, ctx: FileContext, deferred: bool = False) -> bool:
    """Every removal is in code that answers what it finds in the container, or swaps an
    entry out: none is a client's own end taking its own entry out. `deferred`: the removals
    are in exported functions this file never calls from its handlers (a `deliver()`)."""
    return bool(releases) and None not in releases and not any(in_timer_callback(r.node, frozenset({"setInterval"})) for r in releases) and all(
        _answered_from(r.node, container, ctx) or _swapped_out(r.node, container, ctx) or _group_answered(r.node, container, ctx)
        or answers_entry(r.node, ctx.model, from_importers=deferred)
        for r in releases)  # (a sweep on an interval takes old entries out, whoever asked: not an answer)


def _held_connection(value: Node | None, runs: RunContext, grown_in: Node) -> str | None:
    """The request handler's own parameter (`res`, `reply`, `ctx`, `socket`) that `value`
    holds, directly or as a property of an object literal, passed down unchanged through the
    helpers the handler calls (`park(userId, req, res)`)."""
    for part in _held_parts(value):
        fn, name = grown_in, text(part)
        for call in reversed(runs.calls):
            params = parameter_list(fn)
            args = call_arguments(call)
            index = params.index(name) if name in params else -1
            argument = unwrap(args[index]) if 0 <= index < len(args) else None
            if argument is None or argument.type != "identifier":
                fn = None
                break
            fn, name = enclosing_function(call), text(argument)
        if fn is not None and name in parameter_list(fn) and (is_request_handler(fn) or (fn == runs.registration and takes_a_request(fn))):
            return name  # (a function that takes a request and its response is one too, whoever calls it)
    return None


# The parameters through which a handler answers its client, as a parked callback captures them.
HANDLER_PARAMETER_NAMES = frozenset({"res", "response", "reply", "ctx", "socket", "ws"})

# A new, empty container: `new Set()`, `new Map()`, `[]`.
NEW_CONTAINER = re.compile(r"^(?:new\s+(?:Set|Map|Array)\b|\[\s*\]$)")
# `x.size === 0`, `x.size == 0`, `!x.size`, `x.length === 0`, `x.size < 1` (group 1: `x`).
EMPTINESS = re.compile(r"^(?:!\s*([\w$]+)\s*\.\s*(?:size|length)|([\w$]+)\s*\.\s*(?:size|length)\s*(?:===?\s*0|<\s*1|<=\s*0))$")


def _holds_new_container(value: Node | None, site: Node, ctx: FileContext) -> bool:
    """The value an add stores is a new empty container, in place or through a local of the
    adding function (`handlers = new Set(); map.set(key, handlers)`)."""
    if value is None:
        return False
    if NEW_CONTAINER.match(text(value)):
        return True
    fn = running_function(site)
    return value.type == "identifier" and fn is not None and re.search(
        re.escape(text(value)) + r"\s*=\s*(?:new\s+(?:Set|Map|Array)\b|\[\s*\])", text(fn)) is not None


def _emptiness_checked(container: Container, uses: Uses, ctx: FileContext) -> Node | None:
    """A test that a container read from `container` (`const handlers = this.map.get(ch)`) is
    empty, in a function that removes nothing from `container` itself."""
    for name, fn in _locals_read_from(container, uses, ctx):
        for node in walk(fn):
            if node.type in ("binary_expression", "unary_expression") and (found := EMPTINESS.match(" ".join(text(node).split()))) \
                    and (found.group(1) or found.group(2)) == name:
                return node
    return None


def _inner_pruned(container: Container, uses: Uses, ctx: FileContext) -> Node | None:
    """A removal from a container read from `container` (`const subs = this.topics.get(t);
    subs.delete(ws)`), in a function that removes nothing from `container` itself."""
    for name, fn in _locals_read_from(container, uses, ctx):
        for node in walk(fn):
            if node.type == "call_expression" and callee_name(node) in ("delete", "splice") and text(callee_object(node)) == name:
                return node
    return None


def _locals_read_from(container: Container, uses: Uses, ctx: FileContext) -> Iterator[tuple[str, Node]]:
    """`const s = this.sessions.get(sid)`: each local that holds an entry read from the
    container, with the function it is read in, where that function removes nothing from it."""
    releases = [r.node for r in [*uses.releases, *uses.deferred] if r is not None]
    for read in ctx.calls_named(("get",)):
        receiver = unwrap(callee_object(read))
        holder = outermost(read).parent
        if receiver is None or key_of(receiver, ctx.model) not in container.keys or holder is None or holder.type != "variable_declarator":
            continue
        fn = running_function(read)
        if fn is not None and not any(contains(fn, r) for r in releases):
            yield text(holder.child_by_field_name("name")), fn


# `Date.now()`, `performance.now()`, `Date.now() - x`: the clock an expiry is compared with.
NOW = re.compile(r"\bnow\(\)")
ORDERING = frozenset({"<", ">", "<=", ">="})


def _ignored_when_expired(container: Container, uses: Uses, ctx: FileContext) -> Node | None:
    """The comparison of an entry read from the container (`const s = this.sessions.get(sid)`)
    against the clock (`s.expiresAt < Date.now()`) in a function that removes nothing from the
    container, when no sweep elsewhere removes by expiry either: the entry is ignored, not
    deleted. None otherwise."""
    releases = [r.node for r in uses.releases if r is not None]
    if any(NOW.search(text(running_function(r) or r)) for r in releases):
        return None  # a removal in code that reads the clock: a sweep, or a delete on expiry
    removers = {f.id for r in releases if (f := enclosing_function(r)) is not None}
    for name, fn in _locals_read_from(container, uses, ctx):
        if any(n.type == "call_expression" and _calls_remover(n, removers, ctx) for n in walk(fn)):
            continue  # `if (hit) invalidate(id)`: the expired entry goes through the file's own remover
        for node in walk(fn):
            if node.type == "binary_expression" and text(node.child_by_field_name("operator")) in ORDERING \
                    and NOW.search(text(node)) and f"{name}." in text(node) and not _acted_on(node):
                return node
    return None


def _acted_on(comparison: Node) -> bool:
    """`if (Date.now() - h.lastSeen > TIMEOUT) h.missed += 1`: the test of an `if` that goes on
    with the entry (no way out in its branch, no other branch): the code acts on the age, it
    does not treat an old entry as missing."""
    node = comparison
    while node.parent is not None and node.parent.type in ("binary_expression", "unary_expression", "parenthesized_expression"):
        node = node.parent
    branch = node.parent
    if branch is None or branch.type != "if_statement" or branch.child_by_field_name("alternative") is not None:
        return False
    consequence = branch.child_by_field_name("consequence")
    last = consequence.named_children[-1] if consequence is not None and consequence.type == "statement_block" and consequence.named_children else consequence
    return last is not None and last.type not in ("return_statement", "throw_statement", "continue_statement", "break_statement")


def _calls_remover(call: Node, removers: set[int], ctx: FileContext) -> bool:
    """A call of a function of the file (`invalidate(id)`) or a method of the same class
    (`this.evict(id)`) whose body removes from the container."""
    callee = same_file_callee(call, ctx)
    return callee is not None and callee.id in removers


def _parks_a_parameter(growth: Growth, container: Container, uses: Uses, ctx: FileContext) -> tuple[int, str] | None:
    """`wait(userId, res) { let list = this.waiting.get(userId); ...; list.push(res) }`, with
    every removal in code that answers what it finds (_parked_connection's test) and nothing in
    the growing function that listens for the client's end or starts a timer: (the index, the
    name) of the parameter whose response, reply or socket the function parks, directly, in an
    object literal or in a callback that answers it."""
    fn = running_function(growth.site)
    releases = [*uses.releases, *uses.deferred]  # (removals in exported functions this file never calls too)
    if fn is None or not _answered_only(releases, container, ctx):
        return None
    params = parameter_list(fn)
    removers = {container.name.encode(), *(_running_name(r.node).encode() for r in releases)} - {b""}
    if _watches_end(fn, removers):
        return None
    for call in (n for n in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES) if n.type == "call_expression"):
        if callee_name(call) not in ("push", "add", "set", "unshift"):
            continue
        value = _added_value(call) if callee_name(call) == "set" else _pushed_value(call)
        name = next((n for n in map(text, _held_parts(value)) if n in HANDLER_PARAMETER_NAMES and n in params), None)
        if name is not None:
            return params.index(name), name
    return None


def _watches_end(fn: Node, removers: set[bytes]) -> bool:
    """Whether the code that parks an entry listens for the client's end, or starts a timer
    whose callback takes the entry out (spells the container or a function that removes from
    it): `res.setTimeout(ms, () => res.status(204).end())` answers the client and keeps the entry."""
    for node in walk(fn):
        if node.type != "call_expression":
            continue
        name = callee_name(node)
        if name in WAIT_ENDERS:
            callback = next((unwrap(a) for a in call_arguments(node) if unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES), None)
            if callback is None or any(word in (callback.text or b"") for word in removers):
                return True
            continue
        if name in LISTEN_METHODS:
            args = call_arguments(node)
            if args and string_value(args[0]) in CLIENT_ENDS:
                return True
    return False


# A switch case that names how an operation ended: `case 'failed':`, `case Status.Cancelled:`.
END_LABEL = re.compile(r"(?i)done|complete|finish|fail|error|cancel|abort|timeout|timed.?out|reject|close|expire|success|succeed|end(?:ed)?\b")


def _case_of(node: Node) -> Node | None:
    """The switch case `node` runs in, within its function."""
    fn = enclosing_function(node)
    for parent in ancestors(node):
        if parent == fn:
            return None
        if parent.type == "switch_case":
            return parent
    return None


def _names_an_end(branch: Node) -> bool:
    value = _branch_value(branch)
    return value is not None and bool(END_LABEL.search(text(value)))


def _ending_branch(node: Node) -> Node | None:
    """The switch case, or the `if (x === 'done')` of an else-if chain over one value, that
    `node` runs in, within its function."""
    case = _case_of(node)
    if case is not None:
        return case
    fn = enclosing_function(node)
    for parent in ancestors(node):
        if parent == fn:
            return None
        if parent.type == "if_statement" and contains(parent.child_by_field_name("consequence"), node) and _compared(parent) is not None:
            return parent
    return None


def _compared(branch: Node) -> tuple[str, Node] | None:
    """`x === 'done'` (or `==`) as an `if`'s condition: the compared text and the literal."""
    condition = unwrap(branch.child_by_field_name("condition"))
    if condition is None or condition.type != "binary_expression" or (condition.child_by_field_name("operator").text or b"") not in (b"===", b"=="):
        return None
    left, right = unwrap(condition.child_by_field_name("left")), unwrap(condition.child_by_field_name("right"))
    if string_value(right) is not None:
        return text(left), right
    if string_value(left) is not None:
        return text(right), left
    return None


def _branch_value(branch: Node) -> Node | None:
    if branch.type == "switch_case":
        return branch.child_by_field_name("value")
    compared = _compared(branch)
    return compared[1] if compared is not None else None


def _branch_label(branch: Node) -> str:
    if branch.type == "switch_case":
        return f"`case {text(branch.child_by_field_name('value'))}`"
    return f"the `{text(unwrap(branch.child_by_field_name('condition')))}` branch"


def _sibling_branches(branch: Node) -> list[Node]:
    """The other cases of its switch (those that do not fall into it), or the other `if`s of its
    else-if chain that compare the same value."""
    if branch.type == "switch_case":
        switch = branch.parent
        return [c for c in switch.named_children if c.type == "switch_case" and c != branch and not _falls_into(c, branch)] if switch is not None else []
    subject = _compared(branch)[0]
    head = branch
    while head.parent is not None and head.parent.type == "else_clause" and head.parent.parent is not None and head.parent.parent.type == "if_statement":
        head = head.parent.parent
    chain, current = [], head
    while current is not None and current.type == "if_statement":
        compared = _compared(current)
        if compared is None or compared[0] != subject:
            break
        if current != branch:
            chain.append(current)
        alternative = current.child_by_field_name("alternative")
        current = next((c for c in alternative.named_children if c.type == "if_statement"), None) if alternative is not None else None
    return chain


def _falls_into(case: Node, target: Node) -> bool:
    """`case 'failed': case 'done': ...`: an empty case runs the next one's statements."""
    siblings = [c for c in case.parent.named_children if c.type == "switch_case"]
    at = siblings.index(case)
    while at < len(siblings) and len([c for c in siblings[at].named_children if c != siblings[at].child_by_field_name("value")]) == 0:
        at += 1
    return at < len(siblings) and siblings[at] == target


def _in_callback_handed_to(node: Node) -> Node | None:
    """The call (or `new`) whose callback `node` runs in: `new IntersectionObserver((entries) => ...)`,
    `emitter.on('x', () => ...)`; None when it runs in a function of its own."""
    fn = enclosing_function(node)
    handed = handed_to(fn) if fn is not None and fn.type in ("arrow_function", "function_expression", "function") else None
    return handed[0] if handed is not None else None


def _timer_call(call: Node) -> bool:
    """`setInterval(...)`, `setTimeout(...)` and their kin: what they are handed runs anyway."""
    return call.type == "call_expression" and callee_name(call) in ("setInterval", "setTimeout", "setImmediate", "requestAnimationFrame",
                                                                    "queueMicrotask", "requestIdleCallback")


def _timer_callback_stored(growth: Growth, ctx: FileContext) -> Node | None:
    """The callback of the one-shot timer whose handle an add stores: `m.set(id, setTimeout(fn,
    ms))`, or a local `const handle = setTimeout(...)` of the same function stored after it."""
    value = _added_value(growth.site)
    if value is not None and value.type == "identifier":
        binding = ctx.model.binding_of(value)
        made = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST else None
        value = made if made is not None and enclosing_function(made) == enclosing_function(growth.site) else None
    if value is None or value.type != "call_expression" or callee_name(value) != "setTimeout" or not call_arguments(value):
        return None
    callback = unwrap(call_arguments(value)[0])
    return callback if callback is not None and callback.type in FUNCTION_TYPES else None


def _added_value(site: Node) -> Node | None:
    """What an add stores: `m.set(k, v)`'s `v`, `o[k] = v`'s `v`."""
    if site.type == "call_expression":
        args = call_arguments(site)
        return unwrap(args[1]) if callee_name(site) == "set" and len(args) > 1 else None
    return unwrap(site.child_by_field_name("right")) if site.type == "assignment_expression" else None


def _read_from(entry: Node, container: Container, ctx: FileContext) -> bool:
    """`entry` holds what the container gave back: `const entry = pending[id]`, `pending.get(id)`."""
    binding = ctx.model.binding_of(entry)
    table = read_table(binding.value) if binding is not None else None  # (`id ? pending.get(id) : undefined`, `reply && pending[reply.id]`)
    return table is not None and key_of(table, ctx.model) in container.keys


def _settle_refreshes(uses: Uses) -> None:
    """`m.delete(k); m.set(k, v)`: a delete followed, in the same block, by an add under the same
    key moves the entry to the end (an LRU's touch) and removes nothing; it is no prune."""
    kept = []
    for release in uses.releases:
        args = call_arguments(release.node) if release is not None and release.node.type == "call_expression" else []
        statement = outermost(release.node).parent if release is not None else None
        block = statement.parent if statement is not None and statement.type == "expression_statement" else None
        later = [s for s in block.named_children if s.start_byte > statement.end_byte] if block is not None \
            and block.type in ("statement_block", "program") else []
        refreshed = bool(args) and callee_name(release.node) == "delete" and any(
            g.key is not None and any(contains(s, g.site) for s in later) and enclosing_function(g.site) == enclosing_function(release.node)
            and normalised(g.key) == normalised(args[0]) for g in uses.growths)  # a later statement of the same block, not another branch
        if not refreshed:
            kept.append(release)
    if len(kept) != len(uses.releases):
        uses.releases = kept
        uses.shrinks = bool(kept)


def _settle_exported_methods(uses: Uses, container: Container, repeated: bool = False) -> None:
    """Removals in methods of an exported instance's class, uncalled in this file: they wait
    for the importers (project.join) only when the container is that instance's field and the
    method does not grow it too. One that also grows it runs whenever the growth does
    (`touch(id) { m.delete(id); m.set(id, v) }`), and a field judged for every instance of
    the class (an owner) may be emptied through any of them. With `repeated` (growth in code
    known to repeat), an exported function that ends the module (`disable()`, `shutdown()`) and
    empties it whole is a reset, not a removal the importers may run per operation."""
    grown_in = {fn.id for g in uses.growths if (fn := running_function(g.site)) is not None}
    by_key = any(r is not None and _removes_by_key(r.node) for r in (*uses.releases, *(e for e, _ in uses.exported_methods + uses.exported_functions)))
    # `instances.push(this)` in the constructor: each instance's own end would take it out; a
    # static teardown that empties the whole registry (`closeAll()`) runs once, at shutdown
    self_registered = bool(uses.growths) and all(g.key is not None and unwrap(g.key).type == "this" for g in uses.growths)
    for release, chains in uses.exported_methods:
        name = _running_name(release.node)
        if self_registered and TEARDOWN_NAMES.match(name) and _in_static_method(release.node):
            uses.reset_by = name
            continue
        if not _removes_by_key(release.node) and (by_key and TEARDOWN_NAMES.match(name) or container.where == "instance" and TEARDOWN_METHODS.match(name)):
            uses.reset_by = name  # (a `clear()` or `reset()` method is an emptying any caller may ask for, not the one instance's end)
            continue  # `close() { this.inflight.clear() }` empties it once per life; each operation's own removal decides
        if container.where != "instance" or running_function(release.node).id in grown_in:
            uses.shrinks = True
            uses.releases.append(release)
        else:
            uses.exported_releases |= chains
            uses.deferred.append(release)
    # An exported function, uncalled here, that removes: importers decide (project.join), unless
    # it is the function that adds (`add; await work(); delete`), whose removal runs with the add.
    for release, chains in uses.exported_functions:
        if by_key and not _removes_by_key(release.node) and TEARDOWN_NAMES.match(_running_name(release.node)):
            continue  # (the same for an exported instance's teardown)
        if repeated and not by_key and not _removes_by_key(release.node) and ENDING_THE_MODULE.match(_running_name(release.node)) \
                and running_function(release.node).id not in grown_in:  # (growth at an unknown rate: importers still decide)
            uses.reset_by = _running_name(release.node)  # `disable() { hook.disable(); contexts.clear() }`: once, when the module is done
            continue
        if running_function(release.node).id in grown_in:
            uses.shrinks = True
            uses.releases.append(release)
        else:
            uses.exported_releases |= chains
            uses.deferred.append(release)
    uses.exported_methods, uses.exported_functions = [], []


def _settle_teardown_only_releases(uses: Uses, container: Container, ctx: FileContext) -> None:
    """`flush() { const batch = this.pending.splice(0); ... }` that only `close()` calls in the
    file: the container is emptied once per life, at the end, not as it is used. For the
    module's one instance, importers may still call the method themselves: it waits for them
    (project.join, as an exported method's removal does); otherwise it counts as a reset."""
    if container.where not in ("instance", "owner", "module-level") or not uses.releases or not uses.growths:
        return
    kept = []
    for release in uses.releases:
        method = running_function(release.node) if release is not None else None
        if container.where == "module-level" and method is not None and method.type != "method_definition" and run_at_exit_only(method, ctx.model):
            uses.reset_by, uses.reset_at_exit = (function_name(method) or "").rsplit(".", 1)[-1], True
            continue  # `runHooks()`, called from `process.once('exit', ...)`: it empties the registry when nothing is left to run
        name = text(method.child_by_field_name("name")) if method is not None and method.type == "method_definition" else ""
        sites = call_sites(method, ctx.model) if name and not TEARDOWN_NAMES.match(name) and _called_by_teardowns_only(method, name) else []
        callers = {(function_name(running_function(site)) or "").rsplit(".", 1)[-1] for site in sites}
        if not sites or not all(caller and TEARDOWN_NAMES.match(caller) for caller in callers):
            kept.append(release)
            continue
        cls = method.parent.parent if method.parent is not None else None
        chains = {(*chain, name) for chain in instance_exports(cls, ctx.model)} if container.where == "instance" and cls is not None else set()
        if chains:
            uses.exported_releases |= chains  # `audit.flush()` from an importer would still empty it
            uses.deferred.append(release)
        elif cls is not None and not class_exports(cls, ctx.model):
            uses.reset_by = sorted(callers)[0]
        else:
            kept.append(release)  # a method of an exported class: its importers may call it as they use it (`unschedule(id)`)
    if len(kept) != len(uses.releases):
        uses.releases = kept
        uses.shrinks = bool(kept)


def _called_by_teardowns_only(method: Node, name: str) -> bool:
    """A cheap look, before any call is resolved: `.name(` is spelled in the method's class, and
    only inside methods named for a teardown (`close()`, `shutdown()`)."""
    body = method.parent
    spelled = f".{name}(".encode()
    callers = [m for m in (body.named_children if body is not None else ()) if m.type == "method_definition" and spelled in (m.text or b"")]
    return bool(callers) and all(TEARDOWN_NAMES.match(text(m.child_by_field_name("name"))) for m in callers)


def _in_static_method(node: Node) -> bool:
    method = running_function(node)
    return method is not None and method.type == "method_definition" and any(c.type == "static" for c in method.children)


CONTAINER_SPELLINGS = (b"Map", b"Set", b"[", b"{}", b"Array", b"Object.create")
GROWTH_OR_HANDOUT_SPELLINGS = (b".set(", b".add(", b".push(", b".unshift(", b".splice(", b"] =", b"]=", b"] ??=", b"] ||=", b"= [", b".concat(", b"./",
                               b"export")


def _may_hold_containers(ctx: FileContext) -> bool:
    """Cheap test before any model is built: no container, and no growth call, no computed
    store, no project module to hand a container to (a helper there may grow it) and no export
    (importers may grow it: imported_containers)."""
    data = ctx.source.data
    return data.has_any(CONTAINER_SPELLINGS) and data.has_any(GROWTH_OR_HANDOUT_SPELLINGS)


# A container made for an instance's field or a function's local, found before any model: only
# then are owners beyond the module (semantic.owners) worth looking for. Two searches, each
# opening with a literal (an alternation at the top would be tried at every byte): a container
# stored on `this`, and an indented `= new Map()`, `= []` or `= {}`.
THIS_CONTAINER = re.compile(
    rb"this\s*\.\s*#?[\w$]+\s*=\s*(?:new\s+(?:Map|Set|Array|WeakMap)\b|\[|\{\s*\}|Object\.create\(null\)|this\s*\.\s*#?[\w$]+\s*(?:\|\||\?\?))"
)
ASSIGNED_CONTAINER = re.compile(rb"=[ \t]*(?:new\s+(?:Map|Set|WeakMap)\b|\[\s*\]|\{\s*\}|Object\.create\(null\))")


def _owned_container(data: bytes) -> bool:
    """A container made for an instance's field or a function's local (not at the top level)."""
    if THIS_CONTAINER.search(data):
        return True
    for match in ASSIGNED_CONTAINER.finditer(data):
        line = data.rfind(b"\n", 0, match.start()) + 1
        if data[line:line + 1] in (b" ", b"\t"):
            return True
    return False


# Growth of a field of `this` with a key or value that may be fresh per call (an id, a counter,
# an object literal): what makes an instance's fields worth judging (provenance.fresh_key
# decides for real). Each search opens with the literal `this`.
FRESH_WORD = rb"[\w$.]*(?:[iI]d|ID|[Ss]eq|[Cc]ounter|[Uu]uid|UUID|Nonce)s?"
FRESH_GROWTH_TAILS = (
    rb"\.#?[\w$]+\s*\[\s*(?:" + FRESH_WORD + rb"|[^\]\n]*\+\+)\s*\]\s*=[^=]",
    rb"\.#?[\w$]+\s*\.\s*(?:set|add|push|unshift)\(\s*(?:" + FRESH_WORD + rb"\s*[,)]|\{|\[|new\s|[^)\n]*\+\+)",
    rb"\.#?[\w$]+\s*\.\s*(?:add|push)\(\s*(?:[\w$]*(?:[Hh]andle|[Tt]imer|[Tt]imeout)s?\s*\)|set(?:Timeout|Interval)\()",  # timer handles
    rb"\.#?[\w$]+\s*\.\s*set\(\s*[\w$.]+\s*,\s*(?:\{|new\s)",  # `this.inFlight.set(key, { ... })`: a record made per call
    rb"\.#?[\w$]+\s*\.\s*set\(\s*(?:`|(?:this\s*\.\s*)?[\w$]+\([^()\n]*,)",  # a key composed per call: `${user}:${socket.id}`, `this.keyFor(user, socket)`
    rb"\.#?[\w$]+\((?:[^()\n]*,\s*)?(?:\{|new\s|\+\+)",  # a record made per call handed to a method that keeps it: `this.track({ id, resolve })`
)
FRESH_GROWTH = tuple(re.compile(rb"this" + tail) for tail in FRESH_GROWTH_TAILS)
FRESH_GROWTH_AFTER_NAME = tuple(re.compile(tail) for tail in FRESH_GROWTH_TAILS)  # the name before, checked apart


# `this.waiters.push(waiter)`: a named value queued on a field (what it holds, the judge reads).
QUEUED_NAME = re.compile(rb"this\s*\.\s*#?[\w$]+\s*\.\s*(?:push|unshift)\(\s*[\w$]+\s*\)")


def _queued_waiter_spelled(data: bytes) -> bool:
    """Whether a field may queue waiters that a timeout settles (judged by _abandoned_in_queue)."""
    return b"setTimeout" in data and (b"reject" in data or b"callback" in data) and QUEUED_NAME.search(data) is not None


# `const tag = ++this.tag`, `let n = this.seq++`, `const key = ++counter`: a local that takes
# the next value of a counter (group 1: its name).
COUNTED_LOCALS = tuple(re.compile(keyword + rb"\s+([\w$]+)\s*=\s*(?:\+\+\s*(?:this\s*\.\s*)?[\w$]+|(?:this\s*\.\s*)?[\w$]+\s*\+\+)")
                       for keyword in (b"const", b"let", b"var"))  # each opens with a literal: searched fast


# `const key = `${a}:${b}``: a local composed from a template (group 1: its name).
COMPOSED_LOCAL = re.compile(rb"\b(?:const|let)\s+([\w$]+)\s*(?::\s*string\s*)?=\s*`")
# `this.inflight.set(tag`, `this.byId[tag] =`: a field keyed by a plain name (group 1 or 2).
FIELD_KEYED = re.compile(rb"this\s*\.\s*#?[\w$]+\s*(?:\.\s*(?:set|add)\(\s*([\w$]+)\b|\[\s*([\w$]+)\s*\]\s*=[^=])")


# `this.x.set(k, new Set())` (or through a local) and a test that some container is empty.
EMPTIED_SPELLED = re.compile(rb"\.\s*(?:size|length)\s*(?:===?\s*0|<\s*1)|!\s*[\w$]+\s*\.\s*size\b")


# Each read into a local: `const set = this.map.get(` (group 1: the local, 2: the table), read back
# from the `.get(` found first: a pattern that began at `const` would be tried at every byte.
GET_CALL = re.compile(rb"\.\s*get\(")
READ_INTO_LOCAL_BEFORE = re.compile(rb"(?<![\w$])(?:const|let|var)\s+([\w$]+)\s*=\s*((?:this\s*\.\s*)?[\w$.]+)\s*\Z")
# Read from the dot on: `.size === 0`, `.length < 1`; `!name.size` from the `!`.
EMPTY_TEST_AFTER_DOT = re.compile(rb"\.\s*(?:size|length)\s*(?:===?\s*0|<\s*1)")
NOT_SIZE = re.compile(rb"!\s*([\w$]+)\s*\.\s*size\b")
# `.delete(` (or `?.delete(`), found first: the name before it is read back from there, since a
# search that starts with a name would try every byte of every name in the file.
DELETE_CALL = re.compile(rb"\??\.\s*delete\(")
LAST_NAME_BEFORE = re.compile(rb"([\w$]+)\s*$")
# From the dot of `.set(`: the key, then a new container or a name (group 1).
SET_VALUE_AFTER_DOT = re.compile(rb"\.\s*set\([^,()]+,\s*(new\s+(?:Set|Map)\b|\[\s*\]|[\w$]+\s*\))")
NAME_BEFORE = re.compile(rb"((?:this\s*\.\s*)?[\w$.]*[\w$])\s*$")


def _name_ending_at(data: bytes, end: int) -> bytes:
    found = NAME_BEFORE.search(data, max(0, end - 80), end)
    return found.group(1) if found is not None else b""


def _names_deleted_from(data: bytes) -> Iterator[bytes]:
    """The name just before each `.delete(`: `set` in `set.delete(ws)`, `subs` in `this.subs.delete(`."""
    for call in DELETE_CALL.finditer(data):
        found = LAST_NAME_BEFORE.search(data, max(0, call.start() - 80), call.start())
        if found is not None:
            yield found.group(1)


def _reads_into_locals(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(local, table) for each `const set = this.map.get(`: the declaration sits in the 200
    bytes before the `.get(`."""
    for call in GET_CALL.finditer(data):
        start = call.start()
        found = READ_INTO_LOCAL_BEFORE.search(data, max(0, start - 200), start)
        if found is not None:
            yield found.group(1), found.group(2)


def _emptied_spelled(data: bytes) -> bool:
    """Whether a field may hold inner containers whose emptiness the code tests on a local read
    from a table that takes new containers (`this.map.set(k, new Set())`, or a local made one;
    then `const set = this.map.get(k); ... if (set.size === 0)`: _emptied_but_kept_report), read
    from the bytes before any model: each search starts at a literal (a dot, a `!`, `const`)."""
    pruned = b".delete(" in data  # `subs.delete(ws)` on a local read from the table: _inner_pruned
    if b".get(" not in data or (b"new Set" not in data and b"new Map" not in data) or (EMPTIED_SPELLED.search(data) is None and not pruned):
        return False
    locals_read = set(_reads_into_locals(data))
    if not locals_read:
        return False
    tested = {_name_ending_at(data, m.start()) for m in EMPTY_TEST_AFTER_DOT.finditer(data)} | {m.group(1) for m in NOT_SIZE.finditer(data)}
    if pruned:
        deleted_from = set(_names_deleted_from(data))
        tested |= {local for local, _ in locals_read if local in deleted_from}
    reads = {(local, table) for local, table in locals_read if local in tested}
    if not reads:
        return False
    tables = {read_table for _, read_table in reads}
    for m in SET_VALUE_AFTER_DOT.finditer(data):
        table = _name_ending_at(data, m.start())
        if table not in tables:
            continue
        value = m.group(1).rstrip(b") ").strip()
        if value.startswith((b"new", b"[")) or (value, table) in reads:
            return True
    return False


def _request_data_at_callers(growth: Growth, ctx: FileContext) -> str | None:
    """`hit(key) { this.windows.set(key, w) }` with `limiter.hit(request.ip)` in a request hook
    of the file: the key is what each request carries, as the repeating caller passes it."""
    if growth.key is None or not REQUEST_ARGUMENT.search(ctx.source.data):
        return None
    runs = refine(ctx.run_context(growth.site), ctx.model)
    source = request_source(growth.key, runs, ctx.model) if runs.how is RunsHow.REPEATED and runs.calls else None
    return f"request data `{short_text(source, 40)}`" if source is not None else None


def _fresh_from_callers(growth: Growth, method: Node, ctx: FileContext) -> str | None:
    """`_record(item) { this.log.push(item) }` with `this._record({ method, at: Date.now() })` in
    `request()`: the method keeps what it is handed, and a caller of the file hands it a value
    (or key) new on every call; what the caller passes decides, as a summary over the method's
    parameter would. Callers made once per instance (its constructor, a set-up method) or that
    run once fill the field a bounded number of times."""
    if method.type != "method_definition":
        return None
    for site, argument in _arguments_at_callers(growth, method, ctx):
        caller = enclosing_function(site)
        while caller is not None and caller.type == "arrow_function" and promise_of_executor(caller) is not None:
            caller = enclosing_function(caller)  # `new Promise((resolve) => this.track(...))` runs in the call
        name = (function_name(caller) or "").rsplit(".", 1)[-1] if caller is not None else ""
        if caller is None or caller == method or is_constructor(caller) or SETUP_METHODS.match(name):
            continue
        fresh = fresh_key(argument, ctx.model)
        if fresh is not None and refine(ctx.run_context(site), ctx.model).how is not RunsHow.ONCE:
            return f"{fresh}, handed to it by `{name}()` at line {line(site)}" if name else f"{fresh}, handed to it at line {line(site)}"
    return None


def _arguments_at_callers(growth: Growth, method: Node, ctx: FileContext) -> Iterator[tuple[Node, Node]]:
    """When the growth's key (or an array's value) is a parameter of `method`, the file's calls
    of the method with what each hands in that place (none past a spread: its place is unknown)."""
    key = unwrap(growth.key)
    binding = ctx.model.binding_of(key) if key is not None and key.type == "identifier" else None
    index = parameter_index(method, binding.identifier) if binding is not None and binding.kind is BindingKind.PARAMETER else None
    if index is None:
        return
    for site in call_sites(method, ctx.model):
        args = call_arguments(site)
        if index < len(args) and not any(a.type == "spread_element" for a in args[:index + 1]):
            yield site, args[index]


# A test against a retry limit: `attempt >= MAX_ATTEMPTS`, `tries < this.maxRetries`.
GIVE_UP_TEST = re.compile(r"[<>]=?\s*[\w$.]*(?i:max|limit|retries|attempts)|(?i:max|limit|retries|attempts)[\w$.]*\s*[<>]=?")


# `limiter.hit(request.ip)`, `sessions.open(req.params.id)`: a method handed what a request carries,
# which a field of the method's instance may be keyed by (_judge_owner asks the callers).
REQUEST_ARGUMENT = re.compile(rb"\.[A-Za-z_$][\w$]*\([^;\n)]{0,40}?(?<![\w$.])(?:req|request|ctx)\.(?:ip|ips|params|query|body|headers|url|path|hostname|socket)\b")


# `track(this.inflight, id, entry)`: a field handed first to a call that takes more, the shape of
# a helper that adds to the container it is given (what it adds, its summary says).
HANDED_FIELD = re.compile(rb"\(\s*this\s*\.\s*(#?[\w$]+)\s*,")  # (after a callee's name: _called_with_field)
FIELD_MADE = re.compile(rb"this\s*\.\s*(#?[\w$]+)\s*=\s*(?:new\s+(?:Map|Set|Array)\b|\[|\{\s*\}|Object\.create\(null\))")
# ... or declared as a class field (`private readonly runs = new Map<string, Run>()`, `#seen = new Set()`).
CLASS_FIELD_MADE = re.compile(rb"\n[ \t]+(?:(?:private|protected|public|readonly|static|declare)\s+)*(#?[\w$]+)\??(?:\s*:[^=;\n]+)?\s*=\s*"
                              rb"(?:new\s+(?:Map|Set|Array)\b|\[|\{\s*\}|Object\.create\(null\))")


def _field_handed_to_helper(data: bytes) -> bool:
    """Whether a field the code makes a container is handed, first of several arguments, to a
    call: a helper that may grow it per call, with a key no byte search of this file can see."""
    if b"(this" not in data and b"( this" not in data:
        return False
    handed = {m.group(1) for m in HANDED_FIELD.finditer(data) if _after_callee(data, m.start())}
    return bool(handed) and (any(m.group(1) in handed for m in FIELD_MADE.finditer(data))
                             or any(m.group(1) in handed for m in CLASS_FIELD_MADE.finditer(b"\n" + data)))  # (a line's start: after a newline)


def _after_callee(data: bytes, paren: int) -> bool:
    """A name's last character before the `(` at `paren`, blanks between: a call, not a group."""
    at = paren - 1
    while at >= 0 and data[at] in b" \t\n\r\f\v":
        at -= 1
    return at >= 0 and (data[at] in b"_$" or data[at:at + 1].isalnum())


def _fresh_growth_spelled(data: bytes) -> bool:
    """Whether some field grows with a fresh key or value, through `this` or a name that holds
    it (`var client = this; client.pending[id] = cb`), or under a local that takes a counter's
    next value (`const tag = ++this.tag; this.inflight.set(tag, q)`)."""
    if any(pattern.search(data) for pattern in FRESH_GROWTH):
        return True
    keyed = {m.group(1) or m.group(2) for m in FIELD_KEYED.finditer(data)} if b"++" in data or b"`" in data else set()
    if keyed and b"++" in data and any(m.group(1) in keyed for pattern in COUNTED_LOCALS for m in pattern.finditer(data)):
        return True
    if keyed and b"`" in data and any(m.group(1) in keyed for m in COMPOSED_LOCAL.finditer(data)):
        return True  # `const key = `${tenant}:${requestId}`; this.open.set(key, units)`: a key composed per call
    aliases = _names_of_this(data) if b"this" in data else set()
    if b"new " in data:  # `const store = new ContextStore()`: an instance a factory of the file keeps and fills
        aliases |= {m.group(1) for m in matches_at_word_start(LOCAL_INSTANCE, data)}
    return any(_grows_after(data, alias) for alias in aliases)


def _grows_after(data: bytes, name: bytes) -> bool:
    """A fresh growth spelled right after `name`, a plain name and not a property (`client.pending[id] =`):
    read from each occurrence of the name, not from every growth-like spelling of the file."""
    for start, finish in word_positions(data, name):
        if start and data[start - 1] == DOT:
            continue
        while finish < len(data) and data[finish] in BLANK_BYTES:
            finish += 1
        if any(pattern.match(data, finish) for pattern in FRESH_GROWTH_AFTER_NAME):
            return True
    return False


LOCAL_INSTANCE = re.compile(rb"(?:const|let|var)\s+([\w$]+)\s*=\s*new\s+[A-Z]")  # (at a word's start: matches_at_word_start)


# `name(`, `name.a.b(`: a call on an imported name (group 1: the properties, if any).
CALLED_CHAIN = re.compile(rb"((?:\s*\.\s*[\w$]+)*)\s*\(")
NEW_BEFORE = re.compile(rb"\bnew\s*$")
GROWN_AFTER = re.compile(rb"\s*(?:\.\s*(?:set|add|push|unshift|splice|concat)\s*\(|\[|=[^=]|\s*\})")
ALIASED_BEFORE = re.compile(rb"(?:=|\{[^}]*|[(,])\s*$")  # assigned, in an object literal, or handed to a call


# `fastify.decorate('stats', new Map())`: a container hung on the app (semantic.containers).
def _stored_value(site: Node) -> Node | None:
    if site.type == "call_expression" and callee_name(site) == "set" and len(call_arguments(site)) == 2:
        return unwrap(call_arguments(site)[1])
    return unwrap(site.child_by_field_name("right")) if site.type == "assignment_expression" else None


def _stores_nothing(site: Node) -> bool:
    """`table.set(id, null)`, `table[id] = undefined`: an entry kept with no value."""
    value = _stored_value(site)
    return value is not None and (value.type in ("null", "undefined") or text(value) in ("null", "undefined", "void 0"))


def _sweep_skips_unset(release: Node) -> bool:
    """A delete inside a loop over the table's entries, under a condition that needs the entry's
    value to be set (`if (upload && now - upload.updatedAt > TTL)`, `if (!upload) continue`)."""
    loop = next((a for a in ancestors(release) if a.type == "for_in_statement"), None)
    left = loop.child_by_field_name("left") if loop is not None else None
    names = [text(n) for n in walk(left) if n.type == "identifier"] if left is not None else []
    value = names[-1] if names else None
    if value is None:
        return False
    guards = [a for a in ancestors(release) if a.type == "if_statement" and contains(loop, a)]
    return any(re.search(rf"(?<![\w$.!])\s*{re.escape(value)}\s*(?:&&|\)\s*$|$|!==?\s*(?:null|undefined))",
                         text(g.child_by_field_name("condition")).strip("() ")) for g in guards)


# How code names an object the platform keeps for the process (semantic.containers.platform_containers).
PLATFORM_OWNERS_SPELLED = (b".server", b".locals", b"req.app", b"ctx.app", b"request.app", b"res.app")


# Hooks and listeners that run only when an operation fails, is aborted or times out.
FAILURE_ONLY_HOOK = re.compile(r"(?i)abort|error|timeout|cancel|fail|reject")


def _hook_event(fn: Node) -> str | None:
    """The event or hook a function is registered for: `app.addHook('onResponse', fn)`,
    `res.on('finish', fn)`."""
    handed = handed_to(fn)
    args = call_arguments(handed[0]) if handed is not None and handed[1] > 0 else []
    return string_value(args[0]) if args else None


DECORATED_CONTAINER = re.compile(rb"\.decorate\(\s*['\"`][\w$]+['\"`]\s*,\s*(?:new\s+(?:Map|Set)\b|\[|\{\s*\}|Object\.create\(null\))")


def _once_block_statements(statements) -> list[Node]:
    """Top-level statements, and those of the blocks that run once as the module loads (the
    branches of a top-level `if`): containers declared there live as long as the module."""
    found, todo = [], list(statements)
    while todo:
        statement = todo.pop(0)
        found.append(statement)
        if statement.type in ONCE_BLOCKS:  # the blocks a binding stays module-level in (Binding.is_module_level)
            for child in statement.named_children:
                if child.type == "statement_block":
                    todo.extend(child.named_children)
                elif child.type in ONCE_BLOCKS:
                    todo.append(child)
    return found


def _top_level_candidates(source) -> bool:
    """Cheap, before any model: could a top-level statement declare a long-lived container
    that the file then grows?

    Collects the names of possible containers (module bindings and top-level assignments whose
    value looks like a container or holds one, static container fields) and looks, by a byte
    search, for one of them being added to, indexed or aliased. A `new` of a class declared in
    the file (a possible singleton) always counts. Most files stop here without a model.
    """
    root = source.root
    statements = [s.child_by_field_name("declaration") or s.child_by_field_name("value") or s if s.type == "export_statement" else s
                  for s in _once_block_statements(module_statements(root))]
    exported = {s.id for s in statements if s.parent is not None and s.parent.type == "export_statement"}
    classes = {text(s.child_by_field_name("name")) for s in statements if s.type in ("class_declaration", "abstract_class_declaration")}
    classes |= {name for s in statements if s.type == "function_declaration" and (name := text(s.child_by_field_name("name")))[:1].isupper()
                and f"{name}.prototype".encode() in source.data}  # prototype-style constructors
    names: set[str] = set()
    for node in statements:
        if node.type in ("class_declaration", "abstract_class_declaration"):
            names.update(_static_container_names(node))
        elif node.type == "new_expression" and text(node.child_by_field_name("constructor")) in classes:
            return True
        elif node.type == "expression_statement" and node.named_children:
            assignment = node.named_children[0]
            made = unwrap(reused_or_made(assignment)) if assignment.type == "assignment_expression" else None
            if made is not None and made.type == "object" and any(
                    p.type == "pair" and _looks_like_container(p.child_by_field_name("value"), 0, classes)
                    and unwrap(p.child_by_field_name("value")).type == "new_expression"
                    and text(unwrap(p.child_by_field_name("value")).child_by_field_name("constructor")) in classes for p in made.named_children):
                return True  # `module.exports = { feed: new Feed(url) }`: a possible singleton, as a bare `new` above
            if assignment.type in ("assignment_expression", "augmented_assignment_expression") \
                    and _looks_like_container(reused_or_made(assignment), 1, classes):
                names.add(text(assignment.child_by_field_name("left")).rsplit(".", 1)[-1])
            elif assignment.type == "call_expression" and callee_name(assignment) in EXTENDERS:  # `Object.assign(Cls, { all: [] })`
                literal = next((unwrap(a) for a in call_arguments(assignment)[1:2] if unwrap(a) is not None and unwrap(a).type == "object"), None)
                names.update(_field_names(literal) if literal is not None else ())
        elif node.type in ("lexical_declaration", "variable_declaration"):
            for declarator in node.named_children:
                value = declarator.child_by_field_name("value") if declarator.type == "variable_declarator" else None
                if value is None or not _looks_like_container(value, 2, classes):
                    continue
                if unwrap(value).type == "new_expression" and text(unwrap(value).child_by_field_name("constructor")) in classes:
                    return True
                if node.id in exported:
                    return True  # `export const sessions = new Map()`: importers may fill it (imported_containers)
                names.add(text(declarator.child_by_field_name("name")))
                names.update(_field_names(unwrap(value)))
    data = source.data
    if (b"?=" in data or b"|=" in data) and LAZY_CONTAINER.search(data):  # the literal first: the pattern opens with an alternation
        return True  # `cache ??= new Map()` in an accessor (singletons.lazy_container)
    if any(_stored_new(data, name) for name in classes if name):
        return True  # a lazy singleton (`Cache.instance = new Cache()`): semantic.singletons decides
    if classes and data.has_any(DI_DECORATORS) and _owned_container(data):
        return True  # a DI singleton's fields (frameworks.di_singleton)
    names = {n for n in names if n and re.fullmatch(r"#?[\w$]+", n)}  # `#byId`: a private static field
    if not names:
        return False
    for name in names:
        for start, end in word_positions(data, name.encode()):
            if GROWN_AFTER.match(data, end) or ALIASED_BEFORE.search(data[max(0, start - 40) : start]):
                return True
    return False


DI_DECORATORS = (b"@Injectable(", b"@Service(", b"@singleton(")
# A container made on first use: `cache ??= new Map()`, `cache ||= []`.
LAZY_CONTAINER = re.compile(rb"(?:\?\?|\|\|)=\s*(?:new\s+(?:Map|Set)\b|\[\s*\]|\{\s*\})")


def _stored_new(data: bytes, name: str) -> bool:
    """`Name.instance = new Name(`, `instance = new Name(`, `slot ??= new Name(`: an instance of
    the file's class stored where a lazy singleton keeps it (not a declaration, not `this.x`)."""
    needle = f"new {name}".encode()
    at = data.find(needle)
    while at >= 0:
        line = data[data.rfind(b"\n", 0, at) + 1:at]
        if LAZY_STORE.search(line) and not DECLARED.search(line):
            return True
        at = data.find(needle, at + len(needle))
    return False


# What comes before `new Name(` on its line in a lazy singleton's store, and what does not.
LAZY_STORE = re.compile(rb"(?:\?\?=|\|\|=|(?<![=!<>])=)\s*\(?\s*$")
DECLARED = re.compile(rb"(?:\b(?:const|let|var)\s+[\w$]+|\bthis\s*\.\s*#?[\w$]+|\breturn)\s*(?:=|\?\?=|\|\|=)?\s*\(?\s*$")


def _field_names(obj: Node | None) -> set[str]:
    """Keys of an object literal (and of objects nested in it): fields that may be containers."""
    found: set[str] = set()
    stack = [obj]
    while stack:
        node = stack.pop()
        if node is None or node.type != "object":
            continue
        for pair in node.named_children:
            if pair.type == "pair":
                found.add(text(pair.child_by_field_name("key")).strip("'\"`"))
                stack.append(unwrap(pair.child_by_field_name("value")))
    return found


def _static_container_names(cls: Node) -> set[str]:
    body = cls.child_by_field_name("body")
    found = set()
    for member in body.named_children if body is not None else ():
        if member.type in ("field_definition", "public_field_definition") and any(c.type == "static" for c in member.children):
            if _looks_like_container(member.child_by_field_name("value"), 0):
                found.add(text(member.child_by_field_name("property") or member.child_by_field_name("name")))
    return found


def _looks_like_container(value: Node | None, depth: int, classes: set[str] = frozenset()) -> bool:
    """A container literal, `new Map/Set/Array`, `Object.create`, `new` of a class declared here
    (a possible singleton), or an object literal holding one of these."""
    value = unwrap(value)
    if value is None:
        return False
    if value.type == "array":
        return True
    if value.type == "new_expression":
        return text(value.child_by_field_name("constructor")) in ("Map", "Set", "Array", "WeakMap", *classes)
    if value.type == "call_expression":
        return text(value.child_by_field_name("function")) == "Object.create"
    if value.type == "object":
        pairs = [c for c in value.named_children if c.type != "comment"]
        if not pairs:
            return True
        return depth > 0 and any(p.type == "pair" and _looks_like_container(p.child_by_field_name("value"), depth - 1) for p in pairs)
    return False








def _is_declaration(ident: Node) -> bool:
    parent = ident.parent
    if parent is None:
        return False
    if parent.type == "variable_declarator" and parent.child_by_field_name("name") == ident:
        return True
    return parent.type in ("import_specifier", "import_clause", "namespace_import", "pair_pattern", "object_pattern")


def _pattern_names_for(pattern: Node, prop: str) -> list[Node]:
    """The names `{ pending }`, `{ pending: p }` or `{ pending = [] }` bind to property `prop`."""
    found = []
    for part in pattern.named_children:
        if part.type == "shorthand_property_identifier_pattern" and text(part) == prop:
            found.append(part)
        elif part.type == "pair_pattern" and text(part.child_by_field_name("key")) == prop:
            value = unwrap(part.child_by_field_name("value"))
            if value is not None and value.type == "assignment_pattern":
                value = value.child_by_field_name("left")
            if value is not None:
                found.append(value)
        elif part.type == "object_assignment_pattern":
            left = part.child_by_field_name("left")
            if left is not None and text(left) == prop:
                found.append(left)
        elif part.type == "rest_pattern":
            found.append(part)  # `...others` keeps the container: treated as handed away
    return found




def _weak_brackets(container: Container, where: str) -> str:
    name = container.name
    return (f"WeakMap `{name}` is written with brackets{where} (`{name}[key] = value`): that adds a plain property "
            f"keyed by the key's string, held strongly and never removed by `{name}.delete()`; use `{name}.set(key, value)`")


def _bracket_written(container: Container, data: bytes) -> bool:
    """A WeakMap is a container here only when written with brackets (`spans[span] = x`)."""
    name = container.name.rsplit(".", 1)[-1].encode("utf-8")
    position = data.find(name + b"[")
    while position != -1:
        if position == 0 or data[position - 1] not in IDENTIFIER_BYTES:
            return True
        position = data.find(name + b"[", position + 1)
    return False


def _this_aliases(root: str, ctx: FileContext) -> list[Node]:
    """The uses of `this` that name it again (`const { queue } = this`, `const self = this`):
    for an instance's field, the only uses of `this` itself that matter (a class hands `this`
    around all the time, and whoever gets it rarely empties the field). Found once per class."""
    found = ctx.shared.get(f"collection.aliases:{root}")
    if found is None:
        found = ctx.shared[f"collection.aliases:{root}"] = [
            node for node in ctx.root_uses(root)
            if (parent := outermost(node).parent) is not None and parent.type == "variable_declarator"
        ]
    return found


def _disposer_missed(site: Node, ctx: FileContext) -> Miss | None:
    """The path on which the disposer a growing helper hands back, kept by the caller at
    `site`, is not called: run only on a response's 'finish', or past an early return."""
    finish = remover_on_finish_only(site)
    if finish is not None:
        event, emitter = string_value(call_arguments(finish)[0]), short_text(callee_object(finish), 30)
        path = (f"a normal end of `{emitter}`, which never emits 'error'" if event == "error"
                else f"an early close of `{emitter}` ('close' without '{event}', as when the client goes away first)")
        return Miss(finish, path, finish, f"in the '{event}' listener at line {line(finish)} only")
    return kept_remover_missed(site, ctx)


def _handed_on(local: Node, ctx: FileContext) -> bool:
    """The instance in `local` goes somewhere else: returned, stored, handed to a call, put in
    an object: whoever gets it may end it."""
    binding = ctx.model.binding_of(local)
    for reference in binding.references if binding is not None else ():
        node = outermost(reference.identifier)
        parent = node.parent
        if parent is None or reference.is_write:
            continue
        if parent.type == "member_expression" and parent.child_by_field_name("object") == node:
            continue  # `run.add(row)`, `run.errors`: used, not handed on
        if parent.type in HANDED_ON or parent.type in ESCAPE_PARENTS or parent.type == "object":  # (`{ run }` too)
            return True
    return False


def _nodes_with_key(key: Key, ctx: FileContext) -> list[Node]:
    if not key.path:
        binding = ctx.model.binding_with_uid(key.root)
        return [r.identifier for r in binding.references] if binding is not None else []
    return ctx.accesses(key)


# What empties a container, by its name: `list.splice(`, `cache.delete(`, `queue.length = 0`.
EMPTIED_AFTER = re.compile(rb"\s*\.\s*(?:splice|shift|pop|delete|clear)\s*\(|\s*\.\s*length\s*=[^=]|\s*=[^=>]")


def _module_container_default(receiver: Node, ctx: FileContext) -> str | None:
    """The name of the module-level container the parameter `receiver` names defaults to
    (`list = replacements`, with `const replacements = []` at the top level), when nothing in
    the file empties or reassigns it; None otherwise."""
    parameter = ctx.model.binding_of(receiver)
    holder = parameter.identifier.parent if parameter is not None else None
    if holder is not None and holder.type in ("required_parameter", "optional_parameter"):
        value = holder.child_by_field_name("value")
    else:
        value = holder.child_by_field_name("right") if holder is not None and holder.type == "assignment_pattern" else None
    value = unwrap(value)
    binding = ctx.model.binding_of(value) if value is not None and value.type == "identifier" else None
    if binding is None or not binding.is_module_level or binding.kind not in (BindingKind.CONST, BindingKind.LET, BindingKind.VAR):
        return None
    made = unwrap(binding.value)
    if made is None or not (made.type == "array" or (made.type == "new_expression" and text(made.child_by_field_name("constructor")) in ("Map", "Set"))):
        return None
    name = binding.name.encode()
    if any(EMPTIED_AFTER.match(ctx.source.data, m.end()) for m in re.finditer(rb"(?<![\w$.])" + re.escape(name) + rb"(?![\w$])", ctx.source.data)
           if m.start() != binding.identifier.start_byte):
        return None
    return binding.name


def _held_parameter(site: Node, fn: Node, ctx: FileContext) -> int:
    """The first parameter of `fn` that the value an add stores holds (`list.push({ target, name })`
    holds `target`): request data there makes the caller's finding an error; -1 for none."""
    args = call_arguments(site) if site.type == "call_expression" else []
    value = _added_value(site) or (unwrap(args[0]) if args else None)
    names = parameter_list(fn)
    held = [names.index(text(n)) for n in walk(value) if n.type in ("identifier", "shorthand_property_identifier") and text(n) in names] \
        if value is not None else []
    return min(held) if held else -1


# Names of the hooks a framework calls once on what it is handed (a plugin, a middleware, a
# service): `created(broker)`, `started()`, `install(app)`.
ONCE_HOOKS = re.compile(r"^(?:created|started|stopped|init|initialize|setup|install|register|mounted|beforeCreate|ready|boot|load)$")


def _called_once_by_owner(closure: Node) -> bool:
    """A method of the object a factory hands out whose name is a hook its owner calls once
    (`return { created(broker) { ... } }`): what it adds, it adds once per object."""
    return closure.type == "method_definition" and bool(ONCE_HOOKS.match(text(closure.child_by_field_name("name"))))


def _bounded_at_every_call(container: Container, growing: list[Growth], ctx: FileContext) -> bool:
    """`const formatterFor = memoize(make)` at module level, where the closure `memoize` hands
    out keys its cache by its own parameter, and every call of `formatterFor` passes a value of
    a fixed set there (a literal, an allowlisted name, what `resolveLocale(req)` returns): the
    cache holds one entry per value at most."""
    factory_name = container.factory.child_by_field_name("name") if container.factory is not None else None
    if factory_name is None and container.factory is not None and container.factory.parent is not None \
            and container.factory.parent.type == "variable_declarator":
        factory_name = container.factory.parent.child_by_field_name("name")
    factory = ctx.model.binding_of(factory_name) if factory_name is not None and factory_name.type == "identifier" else None
    if factory is None:
        return False
    slots = set()
    for growth in growing:
        key = unwrap(growth.key)
        binding = ctx.model.binding_of(key) if key is not None and key.type == "identifier" else None
        closure = binding.scope.node if binding is not None and binding.kind is BindingKind.PARAMETER else None
        index = parameter_index(closure, binding.identifier) if closure is not None and closure in container.closures else None
        if index is None:
            return False
        slots.add(index)
    made = []  # the module-level names each memoized function is kept under
    for reference in factory.references:
        call = outermost(reference.identifier).parent
        if call is None or call.type != "call_expression" or enclosing_function(call) is not None:
            continue
        declarator = outermost(call).parent
        name = declarator.child_by_field_name("name") if declarator is not None and declarator.type == "variable_declarator" else None
        memo = ctx.model.binding_of(name) if name is not None and name.type == "identifier" else None
        if memo is None or memo.kind is not BindingKind.CONST:
            return False  # handed out otherwise: its callers are not all here
        made.append(memo)
    if not made or any(function_exports(memo.declaration, ctx.model) for memo in made if memo.declaration is not None):
        return False
    for memo in made:
        for reference in memo.references:
            call = reference.identifier.parent
            if call is None or call.type != "call_expression" or call.child_by_field_name("function") != reference.identifier:
                return False
            args = call_arguments(call)
            if not all(index < len(args) and bounded_argument(args[index], call, ctx.model) for index in slots):
                return False
    return True


# String methods that keep one result per value of what they are called on.
NORMALISERS = frozenset({"toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "trim", "trimStart", "trimEnd",
                         "normalize", "toString"})


def _normalised_parameter(key: Node | None, ctx: FileContext) -> Node | None:
    """The identifier a key is a normalised copy of (`term.trim().toLowerCase()`, `String(id)`,
    or a const holding one), for the caller's argument to decide; None otherwise."""
    node = unwrap(key)
    for _ in range(8):
        if node is None:
            return None
        if node.type == "identifier":
            binding = ctx.model.binding_of(node)
            if binding is None or binding.kind is not BindingKind.CONST or binding.is_module_level or binding.value is None:
                return node
            node = unwrap(binding.value)
        elif node.type == "call_expression" and callee_name(node) in NORMALISERS and callee_object(node) is not None:
            node = unwrap(callee_object(node))
        elif node.type == "call_expression" and text(node.child_by_field_name("function")) == "String" and len(call_arguments(node)) == 1:
            node = unwrap(call_arguments(node)[0])
        else:
            return None
    return None


def _composed(key: Node | None, ctx: FileContext) -> bool:
    """A const key spelled out of its parts (`${eventId}:${seat}`, `a + ':' + b`), whose values
    are the parameters' own: not one a function computes from them (`labelKey(labels)`, which
    may keep a few fields of an object)."""
    binding = ctx.model.binding_of(key) if key is not None and key.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and binding.value is not None else None
    return value is not None and value.type in ("template_string", "binary_expression")


def _literal_at_every_call(key: Node, ctx: FileContext) -> bool:
    """`getPool(name)` keyed by its parameter, and every call in the file passes a string
    literal there (`getPool('replica')`): one entry per literal, however often it runs."""
    slot = slot_of(key, ctx.model)
    if slot is None or slot.index < 0:
        return False
    sites = call_sites(slot.function, ctx.model)
    # (or a value of a handful: `bus.on(type, fn)` where `type: K` of `<K extends keyof AppEvents>`)
    return bool(sites) and all(slot.index < len(args := call_arguments(site)) and (string_value(args[slot.index]) is not None
                                                                                  or one_of_few(args[slot.index], ctx.model))
                               for site in sites)


def _size_checked(site: Node, checks: list[Node]) -> bool:
    """An add guarded by a size comparison in the same function: the author bounded it."""
    if not checks:
        return False
    scope = enclosing_function(site)
    for check in checks:
        fn = enclosing_function(check)
        if (fn == scope or (fn is not None and any(a == fn for a in ancestors(site)))) and not _evicts_nothing(check, site) \
                and _capped_only_when(check) is None:
            return True
    return False


def _settle_conditional_caps(uses: Uses) -> None:
    """`if (config.expose && recent.length > max) recent.shift()` as the only removals: the cap
    holds only when the flag does, so with it off nothing trims the container."""
    releases = [r for r in uses.releases if r is not None]
    if not releases or len(releases) != len(uses.releases):
        return
    flags = []
    for release in releases:
        statement = next((a for a in ancestors(release.node) if a.type == "if_statement"), None)
        condition = statement.child_by_field_name("condition") if statement is not None else None
        if condition is not None and contains(condition, release.node):
            return  # `if (set.size === 0 && table.delete(key))`: the removal is the test's own second half
        check = next((n for n in walk(condition) if n.type == "member_expression" and text(n.child_by_field_name("property")) in ("length", "size")), None) \
            if condition is not None else None
        flag = _capped_only_when(check) if check is not None else None
        if flag is None:
            return
        flags.append(flag)
    uses.releases, uses.shrinks, uses.capped_when = [], False, flags[0]


def _capped_only_when(check: Node) -> Node | None:
    """`if (config.debug && list.length > max) list.shift()`: a cap that holds only when
    something else is true as well; that something, or None for a cap that always holds."""
    statement = next((a for a in ancestors(check) if a.type == "if_statement"), None)
    condition = unwrap(statement.child_by_field_name("condition")) if statement is not None else None
    while condition is not None and condition.type == "parenthesized_expression":
        condition = unwrap(condition.named_children[0]) if condition.named_children else None
    if condition is None or condition.type != "binary_expression" or text(condition.child_by_field_name("operator")) != "&&":
        return None
    sides = [unwrap(condition.child_by_field_name(side)) for side in ("left", "right")]
    others = [side for side in sides if side is not None and not contains(side, check)]
    holder = unwrap(check.child_by_field_name("object")) if check.type == "member_expression" else None
    spelled = text(holder) if holder is not None else text(access_root(check)[0])
    if len(others) != 1 or spelled in text(others[0]):
        return None  # (`!this.calls.has(k) && ...`: about the container itself)
    comparison = next((a for a in (check, *ancestors(check)) if a.type == "binary_expression" and contains(condition, a)
                       and text(a.child_by_field_name("operator")) in ORDERING), None)
    measured = next((n for n in walk(comparison) if n.type == "member_expression" and text(n.child_by_field_name("property")) in ("length", "size")),
                    None) if comparison is not None else None
    limit = next((side for side in (comparison.child_by_field_name("left"), comparison.child_by_field_name("right"))
                  if side is not None and measured is not None and not contains(side, measured)), None) if comparison is not None else None
    if limit is not None and text(limit) in text(others[0]):
        return None  # `if (max && cache.size > max)`: the test that a limit was given, about the limit itself
    return others[0]


# Calls that only report (`console.warn(...)`, `log.info(...)`): a size check that guards nothing else evicts nothing.
REPORTING_METHODS = frozenset({"warn", "info", "debug", "error", "log", "trace", "emitWarning"})


def _evicts_nothing(check: Node, site: Node) -> bool:
    """`if (cache.size > max) cache.delete(cache.keys().next())`: the branch the size check
    guards removes only by an iterator's `{ value, done }` result, which is no key, so the
    bound the author meant is never applied. So with a branch that only reports
    (`if (cache.size === max) console.warn(...)`), unless the add is in it or it leaves first."""
    statement = next((a for a in ancestors(check) if a.type == "if_statement"), None)
    body = statement.child_by_field_name("consequence") if statement is not None else None
    removals = [n for n in walk(body) if n.type == "call_expression" and callee_name(n) in ("delete", "clear", "shift", "pop", "splice")] \
        if body is not None else []
    if body is not None and not removals:
        calls = [n for n in walk(body) if n.type == "call_expression"]
        return bool(calls) and all(callee_name(c) in REPORTING_METHODS for c in calls) and not contains(statement, site) \
            and statement.child_by_field_name("alternative") is None \
            and not any(n.type in ("return_statement", "throw_statement", "break_statement", "continue_statement") for n in walk(body))
    return bool(removals) and all(callee_name(r) == "delete" and call_arguments(r) and iterator_result(call_arguments(r)[0]) for r in removals)


def callee_text(call: Node) -> str:
    return shown_callee(call)


def _plain_adds(data: bytes, methods: tuple[str, ...]) -> list[tuple[int, str]]:
    """Where `name.method(` or `name[key] =` is spelled with a plain name before the dot or the
    bracket (not `a.name.method(`): (the name's offset, the name), in source order."""
    found = []
    for match in (*_add_pattern(methods).finditer(data), *(BRACKET_STORE.finditer(data) if b"] =" in data or b"]=" in data else ())):
        start, name = _name_span_before(data, match.start())
        if name:
            found.append((start, name.decode("utf-8", "replace")))
    return sorted(found)


def _list_predicates(rule_id: str, ctx: FileContext) -> list[tuple[Summary, Node]]:
    """Exported functions that answer whether their argument is on a fixed list (`isPreset(p)
    { return PRESETS.includes(p) }`): a caller that leaves unless one says yes passes one of a
    few values to what it calls next (slot ALLOWLIST; project.join)."""
    data = ctx.source.data
    if not data.has_any(LIST_WORDS):
        return []
    found = []
    for fn in top_level_functions(ctx.source.root):
        spelled = data[fn.start_byte:fn.end_byte]  # a predicate is short and asks in so many words: read the bytes first
        if len(spelled) > 400 or not any(word in spelled for word in LIST_WORDS) or not asks_a_list(fn):
            continue
        name = (function_name(fn) or "").rsplit(".", 1)[-1]
        found += [(Summary(rule_id, chain, ALLOWLIST, name, NOWHERE, "asks a fixed list here"), fn) for chain in function_exports(fn, ctx.model)]
    return found


LIST_WORDS = (b".includes(", b".has(", b"hasOwn", b" in ")  # how a predicate asks a list (provenance.LIST_QUESTION)


@lru_cache(maxsize=8)
def _injected_adds(methods: tuple[str, ...]) -> re.Pattern[bytes]:
    """`this.store.set(` or `this.store[key] =`: an add to a field of the instance."""
    names = b"|".join(re.escape(m.encode()) for m in sorted(methods, key=len, reverse=True))
    return re.compile(rb"this\s*\.\s*([\w$]+)\s*(?:\.\s*(?:" + names + rb")\s*\(|\[[^\]\n]*\][ \t]*=(?![=>]))")  # (at a word's start: matches_at_word_start)


BRACKET_STORE = re.compile(rb"\[[^\]\n]*\][ \t]*=(?![=>])")  # `[key] = value`: a store under a computed key


@lru_cache(maxsize=8)
def _add_pattern(methods: tuple[str, ...]) -> re.Pattern[bytes]:
    names = b"|".join(re.escape(m.encode()) for m in sorted(methods, key=len, reverse=True))
    return re.compile(rb"\.[ \t\r\n]*(?:" + names + rb")[ \t\r\n]*\(")


def _defaulted_names(fn: Node) -> set[str]:
    """The names of `fn`'s parameters whose default is a name (`list = replacements`): the only
    defaults that may be the module's own container."""
    params = fn.child_by_field_name("parameters")
    found = set()
    for param in params.named_children if params is not None else ():
        if param.type == "assignment_pattern":
            left, default = param.child_by_field_name("left"), param.child_by_field_name("right")
        elif param.type in ("required_parameter", "optional_parameter"):
            left, default = param.child_by_field_name("pattern"), param.child_by_field_name("value")
        else:
            continue
        if left is not None and left.type == "identifier" and default is not None and unwrap(default).type == "identifier":
            found.add(text(left))
    return found


def _parameter_adds(fn: Node, adds: list[tuple[int, str]]) -> Iterator[Node]:
    """Receivers of the adds inside `fn` that are spelled like one of its parameters."""
    names = None
    for position, name in adds:
        if not (fn.start_byte <= position < fn.end_byte):
            continue
        names = parameter_names(fn) | _defaulted_names(fn) if names is None else names
        if name not in names:
            continue
        node = fn.descendant_for_byte_range(position, position + len(name.encode()))
        member = node.parent if node is not None else None
        call = member.parent if member is not None else None
        if node.type == "identifier" and member is not None and member.type == "member_expression" and call is not None and call.type == "call_expression":
            yield node
        elif node.type == "identifier" and member is not None and member.type == "subscript_expression" and member.child_by_field_name("object") == node \
                and call is not None and call.type == "assignment_expression" and call.child_by_field_name("left") == member:
            yield node  # `table[key] = value`


def _inner_entry(growth: Growth, fn: Node, ctx: FileContext) -> int | None:
    """`subscribe(topic, fn) { let set = this.handlers.get(topic); if (!set) { set = new Set();
    this.handlers.set(topic, set) } set.add(fn) }`: the outer entry is one per topic, but each
    call puts its parameter into the inner Set (or under it, in an inner Map), so that parameter decides whether an entry is
    new. None when nothing is put in (an inner array's own bound is read where it is judged)."""
    args = call_arguments(growth.site) if growth.site.type == "call_expression" and callee_name(growth.site) == "set" else []
    inner = unwrap(args[1]) if len(args) == 2 else None
    if inner is None or inner.type != "identifier":
        return None
    for node in name_nodes(ctx.source.root, ctx.source.data, text(inner), fn.start_byte, fn.end_byte):
        call = node.parent.parent if node.parent is not None and node.parent.type == "member_expression" else None
        if call is None or call.type != "call_expression" or callee_object(call) != node or callee_name(call) not in ("add", "set"):
            continue  # (`subscribers.set(clientId, deliver)`: an inner Map, keyed by what the call is handed)
        added = call_arguments(call)
        slot = slot_of(access_root(unwrap(added[0]))[0], ctx.model) if added and unwrap(added[0]) is not None else None
        if slot is not None and slot.function == fn and slot.index >= 0:
            return slot.index
    return None


def _offered_name(release: Node, factory: Node | None) -> str:
    """The name a factory offers a release under on what it hands out: a property it hangs on
    the handed-out function (`memoized.clear = () => cache.clear()`), or a member of the object
    it returns (nodes.returned_disposer_key); "" for any other release (one the handed-out
    function runs itself, an eviction, prunes for real)."""
    if factory is None:
        return ""
    key = returned_disposer_key(release, factory)
    if key:
        return key
    fn = enclosing_function(release)
    holder = outermost(fn).parent if fn is not None and fn != factory else None
    assigned = holder.parent.parent.parent if holder is not None and holder.type == "pair" and holder.parent is not None \
        and holder.parent.parent is not None and holder.parent.parent.type == "arguments" else None
    if assigned is not None and assigned.type == "call_expression" and text(assigned.child_by_field_name("function")) == "Object.assign" \
            and returned_by(assigned) == factory:
        return text(holder.child_by_field_name("key"))  # `return Object.assign(memoized, { clear: () => cache.clear() })`
    left = unwrap(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" \
        and enclosing_function(holder) == factory else None
    if left is None or left.type != "member_expression" or unwrap(left.child_by_field_name("object")).type != "identifier":
        return ""
    return text(left.child_by_field_name("property"))


def _offered_way_taken(name: str, factory: Node, ctx: FileContext) -> bool:
    """The file calls what the factory offers (`formatPrice.clear()`) somewhere outside it."""
    return any(not contains(factory, call) for call in ctx.calls_named((name,)))


def _hands_back_removal_of(fn: Node, index: int) -> bool:
    """`fn` hands back a function that removes what it put in an inner container, its
    parameter `index`: `return () => set.delete(handler)`, or through a function of the file
    it calls with that parameter (`return () => off(type, handler)`, `off` deleting its own
    parameter at that place)."""
    params = parameter_list(fn)
    name = params[index] if 0 <= index < len(params) else ""
    if not name:
        return False
    for value in (unwrap(v) for v in returned_values(fn)):
        if value is None or value.type not in FUNCTION_TYPES:
            continue
        for call in (n for n in walk(value) if n.type == "call_expression"):
            args = [text(unwrap(a)) for a in call_arguments(call)]
            if name not in args:
                continue
            if callee_name(call) in ("delete", "splice", "remove"):
                return True  # `() => set.delete(handler)`
            callee = unwrap(call.child_by_field_name("function"))
            called = top_level_function(fn, text(callee)) if callee is not None and callee.type == "identifier" else None
            inner = parameter_list(called) if called is not None else []
            at = args.index(name)
            passed = inner[at] if at < len(inner) else ""
            if passed and any(n.type == "call_expression" and callee_name(n) == "delete" and passed in [text(unwrap(a)) for a in call_arguments(n)]
                              for n in walk(called)):
                return True  # `off(type, handler) { ...?.delete(handler) }`
    return False


def _running_name(node: Node) -> str:
    """The plain name of the function `node` runs in (`close` for `Pool.prototype.close`), or ''."""
    fn = running_function(node)
    return (function_name(fn) or "").rsplit(".", 1)[-1] if fn is not None else ""
