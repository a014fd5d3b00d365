"""The watchdog detector: a `setTimeout` that ends an operation if it takes too long, whose
handle is thrown away, so it is never cleared when the operation finishes first.

`setTimeout(() => { child.kill(); reject(new Error('timeout')) }, 120_000)` raced against the
work it guards keeps the child, the promise's functions and whatever else the callback closes
over alive for the whole delay after the work is done; called per request or per job, pending
timers pile up faster than they fire (design 3d: a release on one path only). The rule asks
three things of a timer effect (semantic.effects): its handle is dropped, its delay is long
enough to matter, and its callback settles or tears down an operation; then how often the code
runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..semantic import RunsHow
from ..semantic.callers import refine
from ..semantic.effects import Kind, Vocabulary
from ..semantic.keyed_entries import KeyedEntries, kept_per_key
from ..semantic.handles import Fate, Releasers, destination, kept_unread, uses_of
from ..semantic.scopes import BindingKind
from ..semantic.frameworks import END_METHODS, EVENT_OWNERS, TEARDOWN_METHODS
from ..semantic.lifecycles import EventDriven, event_driven, lifecycle_start, options_method, options_method_calls
from ..semantic.keys import COMPUTED, this_owner
from ..semantic.releases import normalised
from ..semantic.listens import registration_parts
from ..semantic.missed_paths import EMITTER_END_EVENTS, Miss, answers_handler_response, failure_callback_only, fulfilled_only, line, listener_of, method_of, missed_path, restarted_only
from ..semantic.paths import LISTEN_METHODS, Path, path_of
from ..semantic.search import calls_named, name_nodes
from ..semantic.owners import owner_method, this_called
from ..semantic.nodes import (
    literal_below,
    CLASS_TYPES,
    FUNCTION_TYPES,
    ancestors,
    GLOBAL_OBJECT_NAMES,
    call_arguments,
    callee_name,
    callee_object,
    contains,
    declared_name,
    enclosing_function,
    function_name,
    handed_to,
    in_returned_disposer,
    is_static_member,
    outermost,
    promise_of_executor,
    short_text,
    string_value,
    text,
    unwrap,
    walk,
)
from ..findings import NOWHERE, RACED, RESULT, WATCHDOG, Requirement, Severity, Summary
from ..semantic.exports import class_exports, function_exports, summary_chains, top_level_imports
from ..semantic.guards import guarded_once
from ..semantic.summaries import call_sites, field_arrow, parameter_list
from ..semantic.nodes import BRANCHING_TYPES, shown_callee
from .base import instance_left_running, Detector, Report, entry_left_running, in_start, keep_own_summaries, own_object_calls, own_summaries, per_mount, repeated_imported_calls, repeating_report, repeating_site, with_both_paths
from .parameters import PARAMETERS

# Methods on a timer handle that neither clear it nor hand it away.
NEUTRAL_TIMER_METHODS = ("unref", "ref", "refresh", "hasRef")
# Methods that end what a field holds: a teardown that calls one on a field ends activity.
ENDING_METHODS = frozenset({"clear", "close", "destroy", "end", "abort", "removeAllListeners", "disconnect", "terminate", "kill", "stop"})


# Where a loop's reschedule (or its early return) runs only sometimes: the loop can end.
CONDITIONAL_TYPES = BRANCHING_TYPES

# Method calls that give an operation another way to end: listeners and promise reactions.
RACE_METHODS = frozenset({"on", "once", "addListener", "addEventListener", "then", "catch", "finally"})


class WatchdogDetector(Detector):
    kind = "watchdog"
    parameters = PARAMETERS["watchdog"]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of(functions={Kind.START: self.params["timer_functions"]})

    def check(self, ctx: FileContext) -> Iterator[Report]:
        if ctx.relative_imports:
            yield from own_object_calls(ctx, self.rule.id, "a polling loop is started", "it reschedules itself and nothing ever stops it", "")
            yield from self._stop_dropped_through_helper(ctx)
            yield from self._imported_timer_races(ctx)
            yield from self._imported_watchdogs(ctx)
        if not ctx.source.data.has_any(self.spelled("timer_functions")):
            return
        if b"timers/promises" in ctx.source.data:
            yield from self._promise_timer_races(ctx)
        for start in ctx.effects.of(Kind.START, self.params["timer_functions"]):
            report = self._reconnect_past_close(start.node, ctx) or self._judge(start.node, ctx) or self._entry_left_pending(start.node, ctx) \
                or self._reconnect_doubled(start.node, ctx)
            if report is not None:
                yield report
                continue
            loop = self._poll_loop(start.node, ctx) or self._loop_left_running(start.node, ctx) or self._effect_loop_without_cleanup(start.node, ctx) \
                or self._retry_left_at_end(start.node, ctx) or self._rearmed_after_wait(start.node, ctx) or self._loop_of_unclosed_instance(start.node, ctx) \
                or self._rearm_beyond_stop(start.node, ctx) or self._stop_ends_nothing(start.node, ctx)
            if loop is not None:
                yield loop
            else:
                yield from self._raced_through_helper(start.node, ctx)

    def summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that start a polling loop that never stops (found by `check`,
        which runs first), or one that only the stop they hand back ends: callers in other
        files that repeat them start one per run, unless they keep and call that stop."""
        found = own_summaries(ctx, self.rule.id)
        if b"export" not in ctx.source.data or not ctx.source.data.has_any(self.spelled("timer_functions")):
            return found
        for start in ctx.effects.of(Kind.START, self.params["timer_functions"]):
            guard = self._watchdog_helper(start.node, ctx)  # `export function withTimeout(work, ms)`: every call leaves one when the work wins
            if guard is not None:
                shown = (function_name(guard) or "<anonymous>").rsplit(".", 1)[-1]
                found += [(Summary(self.rule.id, chain, WATCHDOG, shown, NOWHERE, f"`{shown}()` starts the timer here and never clears it "
                                   "when the work settles first"), start.node) for chain in summary_chains(guard, ctx.model)]
                continue
            helper = _timer_promise_helper(start.node, self._settles)  # `export function deadline(ms) { return new Promise(...) }`
            if helper is not None:
                found += [(Summary(self.rule.id, chain, RACED, helper[0], NOWHERE, f"`{helper[0]}()` starts the timer here and "
                                   "hands back only the promise it settles"), start.node) for chain in function_exports(helper[1], ctx.model)]
                continue
            stoppable = _stoppable_loop(start.node, ctx)
            if stoppable is None:
                continue
            starter = stoppable[0]
            helper = function_name(starter) or "<anonymous>"
            found += [(Summary(self.rule.id, chain, RESULT, helper, NOWHERE, "the loop reschedules itself here, until the returned stop is called",
                               disposer=True), start.node) for chain in summary_chains(starter, ctx.model)]
        return found

    def _poll_loop(self, call: Node, ctx: FileContext) -> Report | None:
        """`function poll() { ...; setTimeout(poll, 1000) }`: a timer that reschedules its own
        function every time, with no condition and no kept handle, is an interval nobody can
        clear. Started from code that repeats (`poll()` in a request handler, or in a helper
        it calls), every run adds one more loop, which keeps what it closes over for good."""
        loop = _rescheduled_function(call, ctx)
        left = _terminal_state_polled_on(call, ctx) if loop is None and (b"case" in ctx.source.data or b"===" in ctx.source.data) else None
        if left is not None:  # it stops at 'completed', and goes on polling a job that ended 'failed'
            loop = left.loop
        if loop is None or guarded_once(call, ctx):
            return None
        name = function_name(loop) or "the loop"
        if b"export" in ctx.source.data:  # `module.exports = { poll }`: each importer's call starts one more loop (slot OWN)
            keep_own_summaries(ctx, self.rule.id, loop, f"`{name}()` reschedules itself here, and nothing stops it", call)
        deferred = _deferred_starts(loop, ctx)
        for site in [*call_sites(loop, ctx.model), *deferred]:
            if contains(loop, site):
                continue  # the loop's own reschedule
            runs = refine(ctx.run_context(site), ctx.model)
            if runs.how is RunsHow.MAYBE and (site in deferred and loop.type != "function_declaration" or _in_hook_callback(site)):
                runs = in_start(runs, site, ctx)  # `componentDidMount() { requestAnimationFrame(this.draw) }`, `onMounted(() => poll())`: once per mount
            if runs.how is RunsHow.MAYBE:
                self._loop_summaries(site, call, name, ctx)
            if runs.how is not RunsHow.REPEATED or guarded_once(site, ctx):
                continue
            message = (f"`{name}()` reschedules itself with {callee_name(call)}() on every run and nothing stops it: started "
                       f"{runs.where}, every run adds one more loop that runs for good, with what it closes over; "
                       "keep the handle and clear it (or check a flag the caller sets) when the work it serves ends")
            if left is not None:
                message = (f"`{name}()` reschedules itself with {callee_name(call)}() until `{left.subject}` is {left.stops}, but when it "
                           f"is {left.state} (line {left.case.start_point[0] + 1}), an end too, it reschedules all the same: started "
                           f"{runs.where}, every run whose work ends that way leaves one more loop polling for good, with what it closes "
                           f"over; stop there as well")
            related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
            if left is not None:
                related.append((left.case, "this end goes on to the reschedule"))
            flow = [*((c, f"`{short_text(c.child_by_field_name('function'), 40)}` is called here") for c in runs.calls),
                    (site, f"`{name}()` starts the loop here"), (call, "it reschedules itself here, unconditionally")]
            return Report(repeating_site(runs, site), message, related=related, code_flow=flow, acquisition=call)
        return self._instance_loop(loop, call, name, ctx)

    def _effect_loop_without_cleanup(self, call: Node, ctx: FileContext) -> Report | None:
        """`const poll = useCallback(async () => { ...; ref.current = setTimeout(poll, ms) }, [...])`
        started by `useEffect(() => void poll(), [poll])`: the loop re-arms itself (whatever it
        keeps the handle in), and the effect hands React no cleanup, so nothing clears the
        pending timer at unmount or before the effect runs again; each run leaves one loop
        polling for good, with the component's callbacks in its closure."""
        loop = _own_reschedule(call, ctx)
        name = _declared_as(loop) if loop is not None else None
        if name is None or b"Effect" not in ctx.source.data:
            return None
        inside = lifecycle_start(loop)
        if inside is not None and inside.start_name.startswith("a React") and outermost(call).parent is not None \
                and outermost(call).parent.type == "expression_statement" and not _stopped_by_cleanup(loop, inside.ends):
            # `useEffect(() => { const poll = async () => { ...; setTimeout(poll, ms) }; ... })`: the re-armed
            # timer's handle is dropped, and no cleanup sets anything the loop reads: it outlives the effect
            message = (f"`{name}()` re-arms its own timer with {callee_name(call)}() and drops the handle, inside {inside.start_name} whose "
                       f"cleanup neither can clear that timer nor sets anything `{name}()` checks: {inside.repeats} leaves one more "
                       "loop polling after the component is gone, with what it closes over; keep the current handle (or a `cancelled` "
                       "flag) and clear (or set) it in the cleanup")
            return Report(call, message, related=[(end, "this cleanup does not stop the loop") for end in inside.ends[:1]], acquisition=call)
        if inside is not None and inside.start_name.startswith("a React") and inside.ends:
            missed = _rearm_missed_by_cleanup(call, loop, inside.ends)
            if missed is not None:
                message = (f"`{name}()` re-arms its own timer here with {callee_name(call)}(), on a path that checks nothing "
                           f"{inside.start_name}'s cleanup sets, into {missed} the cleanup does not clear: after the component is gone "
                           f"this path keeps re-arming, {inside.repeats} leaving one more loop with what it closes over; check the "
                           "flag here too, or clear this timer in the cleanup")
                return Report(call, message, related=[(end, "this cleanup misses the timer armed on that path") for end in inside.ends[:1]],
                              acquisition=call)
        for site in calls_named(ctx.source.root, ctx.source.data, {name}):
            started = lifecycle_start(site)
            if started is None or contains(loop, site) or started.ends or not started.start_name.startswith("a React"):
                continue
            if outermost(site).parent == started.start and not any(c.type == "async" for c in loop.children):
                continue  # `useEffect(() => start(), [])`: what a plain function returns may be the cleanup
            if any(n.type == "member_expression" and text(n.child_by_field_name("property")) == "current" and "unmount" in text(n).lower()
                   for n in walk(loop)):
                continue  # `if (unmountedRef.current) return`: the loop looks for the component's end itself
            message = (f"`{name}()` re-arms its own timer with {callee_name(call)}() on every run, and {started.start_name} starts it "
                       "without returning a cleanup that clears the pending timer: "
                       f"{started.repeats} leaves one more loop polling after the component is gone, with the callbacks it closes "
                       "over; return a cleanup that clears the timer (and stops the loop from re-arming)")
            return Report(site, message, code_flow=[(site, f"`{name}()` starts the loop here"), (call, "it re-arms itself here")],
                          acquisition=call)
        return None

    def _retry_left_at_end(self, call: Node, ctx: FileContext) -> Report | None:
        """`source.onerror = () => { source.close(); retryTimer = setTimeout(connect, ms) }` in a
        composable or component whose end closes the source but leaves `retryTimer`: a retry
        pending at unmount runs `connect()` after the end, which opens a source that nothing
        will close and that goes on reconnecting, with the component's state in its closure."""
        holder = outermost(call).parent
        target = unwrap(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" else None
        binding = ctx.model.binding_of(target) if target is not None and target.type == "identifier" else None
        scope = enclosing_function(binding.identifier) if binding is not None else None
        args = call_arguments(call)
        callback = unwrap(args[0]) if args else None
        if scope is None or callback is None:
            return None
        if callback.type in FUNCTION_TYPES:  # `setTimeout(() => connect(), ms)`
            body = unwrap(callback.child_by_field_name("body"))
            callback = unwrap(body.child_by_field_name("function")) if body is not None and body.type == "call_expression" else None
        retried = ctx.model.binding_of(callback) if callback is not None and callback.type == "identifier" else None
        loop = retried.declaration if retried is not None and retried.kind is BindingKind.FUNCTION else None
        if loop is None or not contains(loop, call) or enclosing_function(loop) != scope:
            return None
        started = lifecycle_start(loop)
        if started is None or started.start != scope or not started.ends:
            return None
        missed = _rearm_missed_by_cleanup(call, loop, started.ends, flagged=False)
        if missed is None:
            return None
        name = text(callback)
        message = (f"`{name}()` is retried here with {callee_name(call)}() into {missed} {started.end_name} do not clear, and "
                   "this path checks nothing they set: a retry pending when the component goes runs "
                   f"`{name}()` after its end, which starts again what the end has just released, for good; clear the timer there "
                   "too (or check a flag they set before retrying)")
        return Report(call, message, related=[(end, "this end misses the pending retry") for end in started.ends[:1]], acquisition=call)

    def _reconnect_doubled(self, call: Node, ctx: FileContext) -> Report | None:
        """`socket.on('error', () => this.scheduleReconnect()); socket.on('close', () =>
        this.scheduleReconnect())` in `connect()`, where `scheduleReconnect()` arms a timer that
        calls `connect()` without clearing (or checking) the one pending: a failing connection
        emits 'error' and then 'close', so every failure arms two reconnects, and each of them
        registers both again. Connections and timers double with every failed round."""
        if callee_name(call) != "setTimeout" or not call_arguments(call):
            return None
        connect = _timer_target(call, ctx)
        scheduler = enclosing_function(call)
        if connect is None or scheduler is None or scheduler == connect or _clears_before(call, scheduler):
            return None
        scheduler_name = (function_name(scheduler) or "").rsplit(".", 1)[-1]
        events: dict[str, dict[str, Node]] = {}  # emitter -> event -> registration
        for node in walk(connect.child_by_field_name("body") or connect):
            if node.type != "call_expression" or callee_name(node) not in ("on", "once", "addEventListener") or callee_object(node) is None:
                continue
            args = call_arguments(node)
            event = string_value(args[0]) if args else None
            handler = unwrap(args[1]) if len(args) > 1 else None
            if event in ("error", "close", "end") and handler is not None and any(
                    n.type == "call_expression" and (callee_name(n) or "") == scheduler_name for n in walk(handler)):
                events.setdefault(normalised(callee_object(node)), {})[event] = node
        emitter, seen = next(((e, found) for e, found in events.items() if "error" in found and ("close" in found or "end" in found)), (None, None))
        if emitter is None:
            return None
        end = "close" if "close" in seen else "end"
        message = (f"`{scheduler_name}()` is run by both the 'error' and the '{end}' listener of `{emitter}`, and a failing connection "
                   f"emits both: each failure arms two reconnects (the second handle overwrites the first, which still fires), and each "
                   f"`{(function_name(connect) or 'connect').rsplit('.', 1)[-1]}()` registers both listeners again, so connections and timers "
                   f"double with every failed round; clear the pending timer, or return while one is pending, before arming")
        return Report(call, message, related=[(seen["error"], "the 'error' listener schedules a reconnect"),
                                              (seen[end], f"the '{end}' listener schedules another")], acquisition=call)

    def _reconnect_past_close(self, call: Node, ctx: FileContext) -> Report | None:
        """`ws.on('close', () => this.scheduleReconnect())` in `connect()`, where the timer calls
        `connect()` again, beside `close() { this.ws.close() }`: the client's own close closes
        the socket, whose 'close' then arms the reconnect like any other, since nothing on that
        path asks whether the client was closed on purpose. Nothing can stop the client: every
        instance reconnects for good, keeping itself and its listeners' subscribers alive."""
        if not call_arguments(call) or b"close" not in ctx.source.data:
            return None
        connect = _timer_target(call, ctx)
        scheduler = enclosing_function(call)
        cls = connect.parent.parent if connect is not None and connect.type == "method_definition" and connect.parent is not None else None
        if connect is None or scheduler is None or cls is None or cls.type not in CLASS_TYPES or _guarded_within(call, scheduler):
            return None
        if any(n.type in ("return_statement", "throw_statement") and enclosing_function(n) == connect for n in walk(connect, skip=FUNCTION_TYPES)):
            return None  # `connect() { if (this.closed) return; ... }`: the reconnect asks there
        scheduler_name = (function_name(scheduler) or "").rsplit(".", 1)[-1]
        closing = None
        for node in walk(connect.child_by_field_name("body") or connect):
            if node.type != "call_expression" or callee_name(node) not in ("on", "once", "addEventListener") or callee_object(node) is None:
                continue
            args = call_arguments(node)
            handler = unwrap(args[1]) if len(args) > 1 else None
            if not args or string_value(args[0]) not in ("close", "end", "disconnect") or handler is None or handler.type not in FUNCTION_TYPES:
                continue
            runs_it = call if contains(handler, call) else next(
                (n for n in walk(handler) if n.type == "call_expression" and scheduler != handler and (callee_name(n) or "") == scheduler_name), None)
            if runs_it is not None and not _guarded_within(runs_it, handler):
                closing = node
                break
        if closing is None:
            return None
        socket = normalised(callee_object(closing))
        body = cls.child_by_field_name("body")
        methods = [m for m in (body.named_children if body is not None else ()) if m.type == "method_definition"]
        stop = next((m for m in methods if TEARDOWN_METHODS.match(text(m.child_by_field_name("name"))) and m != connect
                     and _closes_connection(m, socket)), None)
        if stop is None:
            return None
        stop_name = text(stop.child_by_field_name("name"))
        event = string_value(call_arguments(closing)[0])
        message = (f"the '{event}' listener that `{(function_name(connect) or 'connect').rsplit('.', 1)[-1]}()` adds arms a reconnect with "
                   f"{callee_name(call)}() whatever caused the '{event}', and `{stop_name}()` only closes the connection: the '{event}' that follows "
                   f"reconnects the client it meant to stop, so nothing can stop it and every instance made keeps reconnecting for good, "
                   f"with everything it holds; set a flag in `{stop_name}()` and check it before reconnecting, and clear the pending timer")
        return Report(call, message, related=[(closing, f"the '{event}' listener reconnects unconditionally"),
                                              (stop, f"`{stop_name}()` closes the connection and sets nothing that stops the reconnect")],
                      acquisition=call)

    def _rearmed_after_wait(self, call: Node, ctx: FileContext) -> Report | None:
        """`async function push() { await load(); ...; timer = setTimeout(push, ms) }` with
        `ws.on('close', () => clearTimeout(timer))`: the stop clears the timer that is pending,
        but while `push()` waits there is none, and the loop re-arms afterwards unless it looks
        at something the stop sets. A stop that lands in the wait, the likelier the longer the
        wait, is undone, and the loop runs on for good with what it closes over."""
        loop = _own_reschedule(call, ctx)
        holder = outermost(call).parent
        stored = holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else None
        if loop is None or stored is None or not any(c.type == "async" for c in loop.children):
            return None
        awaited = [n for n in walk(loop.child_by_field_name("body") or loop, skip=FUNCTION_TYPES)
                   if n.type == "await_expression" and n.end_byte <= call.start_byte]
        if not awaited:
            return None
        spelled = normalised(stored)
        stops = [n for n in calls_named(ctx.source.root, ctx.source.data, TIMER_CLEARS)
                 if call_arguments(n) and normalised(call_arguments(n)[0]) == spelled and not contains(loop, n)]
        stoppers = {fn.id: fn for stop in stops if (fn := enclosing_function(stop)) is not None}
        flags = {text(n.child_by_field_name("left")) for fn in stoppers.values() for n in walk(fn) if n.type == "assignment_expression"}
        if not stops or _flag_checked_before(call, loop, flags):
            return None
        starts = [site for site in [*call_sites(loop, ctx.model), *_deferred_starts(loop, ctx), *options_method_calls(loop)] if not contains(loop, site)]
        runs = next((r for site in starts if (r := refine(ctx.run_context(site), ctx.model)).how is RunsHow.REPEATED), None) \
            or next((per_mount(started) for site in starts if (started := lifecycle_start(site)) is not None), None)
        handed = any(in_returned_disposer(stop, fn) for stop in stops for fn in ancestors(stop) if fn.type in FUNCTION_TYPES)
        if runs is None and not handed:
            return None  # started once, and stopped by nothing callers are handed: the race comes at most once
        name = _declared_as(loop) or function_name(loop) or "poll"
        started = f", started {runs.where}" if runs is not None else ""
        message = (f"`{name}()` re-arms its timer into `{text(stored)}` after waiting (`{short_text(awaited[-1], 40)}`), and checks "
                   f"nothing the stop sets: a stop that clears `{text(stored)}` during that wait finds no timer pending, and the loop "
                   f"re-arms afterwards and runs for good{started}; set a flag in the stop and check it before re-arming")
        return Report(call, message, related=[(stops[0], "this stop clears only a pending timer")], acquisition=call,
                      severity=None if runs is not None else Severity.NOTE)

    def _loop_of_unclosed_instance(self, call: Node, ctx: FileContext) -> Report | None:
        """A timeout chain a method of the file's class keeps in a field that only the class's
        teardown clears, on an instance made per run that the run never tears down
        (base.instance_left_running): every run leaves its loop going, with the instance."""
        holder = outermost(call).parent
        if holder is None or holder.type != "assignment_expression" or not (_own_reschedule(call, ctx) or _method_rearmed_within(call)):
            return None
        left = instance_left_running(call, holder.child_by_field_name("left"), ctx)
        if left is None:
            return None
        shown = short_text(left.construction, 40)
        message = (f"`{shown}` {left.runs.where} starts, through `{left.started_by}()`, a loop that re-arms its timer (line "
                   f"{call.start_point[0] + 1}) until `{left.teardown}()` clears it, and this code never calls `{left.teardown}()` on "
                   "that instance: every run leaves one loop going for good, with the instance it keeps; call it when the run's work ends")
        flow = [(left.construction, f"`{shown}` is made here, and `{left.started_by}()` is called on it"), (call, "the loop re-arms its timer here")]
        return Report(left.construction, message, related=[(call, "the loop re-arms its timer here")], code_flow=flow, acquisition=call)

    def _stop_ends_nothing(self, call: Node, ctx: FileContext) -> Report | None:
        """`schedule(ms) { this.timer = setTimeout(() => this.tick(), ms) }` with `tick()` calling
        `this.schedule(...)` again on every path, and a `stop()` that neither clears a timer nor
        sets anything the loop tests before it re-arms (it only drops callbacks): the stop ends
        nothing, and every instance once started runs its loop for good, keeping itself and what
        it holds. Judged where instances are made: per run in this file, or by importers that
        call the starting method (slot OWN, whatever teardown they call: outlives_teardown)."""
        loop = _endless_method_loop(call, ctx)
        if loop is None:
            return None
        arming, rearm, cls = loop
        methods = ctx.methods_of(cls)
        stops = _teardowns_ending_nothing(methods, arming, rearm, call)
        if not stops:
            return None
        arming_name = text(arming.child_by_field_name("name"))
        stop = text(stops[0].child_by_field_name("name"))
        starters = [m for n, m in methods.items() if m != arming and arming_name in this_called(m) and not TEARDOWN_METHODS.match(n)]
        action = f"the loop re-arms here, and `{stop}()` does not stop it"
        for starter in [arming, *starters]:
            keep_own_summaries(ctx, self.rule.id, starter, action, call, outlives_teardown=True)
        name = text(cls.child_by_field_name("name")) if cls.child_by_field_name("name") is not None else "the class"
        made = [(n.parent, runs) for n in name_nodes(ctx.source.root, ctx.source.data, name)
                if n.parent is not None and n.parent.type == "new_expression" and n.parent.child_by_field_name("constructor") == n
                and (runs := refine(ctx.run_context(n.parent), ctx.model)).how is RunsHow.REPEATED]
        if not made and class_exports(cls, ctx.model):
            return None  # its importers' runs decide (the summaries above)
        where = f" (one is made {made[0][1].where})" if made else ""
        message = (f"`{arming_name}()` re-arms its timer with {callee_name(call)}() on every run of the loop (line {line(rearm)}), and "
                   f"`{stop}()` neither clears it nor sets anything the loop tests before re-arming: once started, an instance of "
                   f"`{name}`{where} polls for good, stopped or not, and stays reachable from its timer with all it holds; clear the "
                   f"timer in `{stop}()`, or set a flag there that the loop checks")
        related = [(rearm, "the loop re-arms here"), (stops[0], f"`{stop}()` ends nothing of the loop")]
        related += [(made[0][0], "an instance is made here, once per run")] if made else []
        return Report(call, message, severity=None if made else Severity.NOTE, related=related, acquisition=call)

    def _rearm_beyond_stop(self, call: Node, ctx: FileContext) -> Report | None:
        """`loop() { ...; requestAnimationFrame(this.loop) }` beside `start() { this.frame =
        requestAnimationFrame(this.loop) }` and `stop() { cancelAnimationFrame(this.frame) }`: the
        loop re-arms with its handle dropped, so the stop cancels only the first timer, long
        fired, and the loop runs on after every stop, keeping what it closes over (the instance,
        its element) for good. The same with a variable (`timer = setTimeout(poll, ms)`)."""
        loop = _rescheduled_function(call, ctx)
        if loop is None or any(n.type in ("return_statement", "throw_statement") and enclosing_function(n) == loop for n in walk(loop)):
            return None  # `if (!sampling) return`: a flag the stop may set (module-level state included)
        for start in ctx.effects.of(Kind.START, self.params["timer_functions"]):
            first = start.node
            holder = outermost(first).parent
            if first == call or contains(loop, first) or holder is None or holder.type != "assignment_expression" \
                    or _scheduled_function(first, ctx) != loop:
                continue
            stored = holder.child_by_field_name("left")
            clear = next((c for c in calls_named(ctx.source.root, ctx.source.data, TIMER_CLEARS) if not contains(loop, c)
                          and any(normalised(a) == normalised(stored) for a in call_arguments(c))), None)
            if clear is None:
                continue
            name, kept, stops = function_name(loop) or _declared_as(loop) or "the loop", short_text(stored, 30), callee_name(clear)
            where = function_name(enclosing_function(clear))
            message = (f"`{name}()` re-arms its own timer with {callee_name(call)}() and drops the handle, while {stops}() "
                       f"{'in `' + where + '()` ' if where else ''}cancels only `{kept}`, which holds the timer that started the loop: "
                       f"once the loop has run, the stop cancels a timer already fired and the loop goes on for good with what it "
                       f"keeps; store every re-arm's handle in `{kept}`, or check a flag the stop sets")
            return Report(call, message, related=[(first, "the loop's first timer, the only one kept"), (clear, "the stop, which reaches only that one")],
                          code_flow=[(first, f"the loop starts here, its handle kept in `{kept}`"), (call, "each run re-arms here, dropping the handle"),
                                     (clear, f"the stop cancels `{kept}` only")], acquisition=call)
        return None

    def _instance_loop(self, loop: Node, call: Node, name: str, ctx: FileContext) -> Report | None:
        """`constructor() { this.poll() }` with `poll() { setTimeout(() => { ...; this.poll() }, ms) }`
        in an exported class: each instance starts a loop that nothing can stop, which keeps
        the instance (and what it holds) for good. A note: how many instances there are is
        the importers' business."""
        owner = this_owner(call)
        if owner is None or owner.type not in CLASS_TYPES or not class_exports(owner, ctx.model):
            return None
        methods = ctx.methods_of(owner)
        if loop not in methods.values():
            return None  # a function of its own, not the instance's method
        spelled = f"this.{name}"  # an arrow field (`poll = () => {...}`) has no binding to follow
        sites = call_sites(loop, ctx.model) or [n for n in walk(owner) if n.type == "call_expression"
                                                and normalised(n.child_by_field_name("function")) == spelled]
        site = next((s for s in sites if not contains(loop, s) and owner_method(s, owner) is not None), None)
        if site is None:
            return None
        shown = function_name(owner) or "the class"
        message = (f"`{name}()` reschedules itself with {callee_name(call)}() on every run and nothing stops it: every instance of "
                   f"the exported class `{shown}` starts it, and each one keeps polling, and stays alive, for good; keep the handle "
                   "and clear it in a stop method (or check a flag it sets)")
        return Report(site, message, severity=Severity.NOTE, code_flow=[(site, f"`{name}()` starts the loop here"),
                      (call, "it reschedules itself here, unconditionally")], acquisition=call)

    def _loop_left_running(self, call: Node, ctx: FileContext) -> Report | None:
        """`function poll(id) { let stopped = false; const tick = async () => { ...; if
        (!stopped) timer = setTimeout(tick, ms) }; tick(); return () => { stopped = true;
        clearTimeout(timer) } }`: a loop whose only ways out (the flags it tests, the handle it
        keeps) are set by the stop its starter hands back. A caller in code that repeats which
        drops that stop, or keeps it and never reads it, leaves one more loop running per run."""
        stoppable = _stoppable_loop(call, ctx)
        if stoppable is None:
            return None
        starter, exits = stoppable
        shown = function_name(starter) or "the helper"
        for site in call_sites(starter, ctx.model):
            holder = outermost(site).parent
            if holder is None or contains(starter, site):
                continue
            keyed = None if holder.type == "expression_statement" or kept_unread(site, ctx) else kept_per_key(site, ctx)
            if keyed is not None:
                return self._loop_kept_per_key(site, starter, call, keyed)
            if not (holder.type == "expression_statement" or kept_unread(site, ctx)):
                continue
            runs = in_start(ctx.run_context(site), site, ctx)
            if runs.how is not RunsHow.REPEATED or guarded_once(site, ctx):
                continue
            fate = "drops it" if holder.type == "expression_statement" else "keeps it but never calls it"
            message = (f"`{shown}()` starts a loop that reschedules itself with {callee_name(call)}() until the stop it hands back is "
                       f"called, and this call {runs.where} {fate}: every run adds one more loop that runs for good, with what it closes over")
            related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
            flow = [(site, f"`{shown}()` is called and the stop it returns is never called"), (call, "the loop reschedules itself here"),
                    (exits[0], "only the returned stop ends it")]
            return Report(site, message, related=related, code_flow=flow, acquisition=call)
        return None

    def _loop_kept_per_key(self, site: Node, starter: Node, call: Node, keyed: KeyedEntries) -> Report:
        """The stop of a loop kept in a container made per connection that is used by key
        only (semantic.keyed_entries): the connection's end drops the container, not the loops."""
        shown = function_name(starter) or "the helper"
        message = (f"`{shown}()` starts a loop that reschedules itself with {callee_name(call)}() until the stop it hands back is "
                   f"called, and its stop is kept in `{keyed.container}`, made {keyed.where}, {keyed.fate('called', 'loop')}, with "
                   f"what it closes over; call every stop in `{keyed.container}` when that code's work ends")
        flow = [(keyed.declaration, f"`{keyed.container}` is made here, {keyed.where}"), (site, "the stop is kept in it here"),
                (call, "the loop reschedules itself here")]
        return Report(site, message, related=[(keyed.declaration, f"`{keyed.container}` is made {keyed.where}")], code_flow=flow,
                      acquisition=call)

    def _stop_dropped_through_helper(self, ctx: FileContext) -> Iterator[Report]:
        """Calls of imported helpers in code that repeats whose result is dropped or kept and
        never read: findings if the helper's summary (slot RESULT, a disposer) says it starts a
        loop only that result stops (project.join decides)."""
        for call, parent, runs in repeated_imported_calls(ctx):
            if not ctx.judges_for(call, self.rule.id):
                continue
            failure = None
            if parent.type != "expression_statement" and not kept_unread(call.site, ctx):
                failure = failure_callback_only(call.site, ctx.model)
                if failure is None:
                    continue
            helper = shown_callee(call.site)
            related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
            fate = "never calls it: every run" if failure is None else f"calls it {failure.release_path}: {failure.path}"
            if failure is not None:
                related.append((failure.release, "the stop is called only here, when the work fails"))
            yield Report(call.site, f"`{helper}()` starts a loop that runs until the stop it hands back is called, and this call {runs.where} "
                         f"{fate} adds one more loop that runs for good, with what it closes over", related=related,
                         needs=Requirement(self.rule.id, call.specifier, call.chain, RESULT, "", False))

    def _loop_summaries(self, site: Node, call: Node, name: str, ctx: FileContext) -> None:
        """The exported function that starts the loop, for callers in other files (slot OWN)."""
        starter = enclosing_function(site)
        if starter is not None:
            keep_own_summaries(ctx, self.rule.id, starter, f"`{name}()` reschedules itself here, and nothing stops it", call)

    def _raced_through_helper(self, call: Node, ctx: FileContext) -> Iterator[Report]:
        """`const timeout = (ms) => new Promise((_, reject) => setTimeout(() => reject(...), ms))`
        raced in `Promise.race([work(), timeout(10_000)])`: the helper hands back no way to clear
        its timer, so every race the work wins leaves it pending, with its closure and whatever
        the arm's reactions captured, for the whole delay. Reported at each race that repeats."""
        helper = _timer_promise_helper(call, self._settles)
        if helper is None:
            return
        name, fn = helper
        for use in calls_named(ctx.source.root, ctx.source.data, [name]):
            race = _race_of_arm(use)
            if race is None or contains(fn, use):
                continue
            runs = refine(ctx.run_context(race), ctx.model)
            if runs.how is RunsHow.ONCE:
                continue
            message = (f"`{short_text(use, 40)}` races a timer that `{name}()` starts (line {call.start_point[0] + 1}) and never "
                       f"lets anyone clear: when the other arm wins, the timer stays pending for its whole delay with its "
                       f"closure and what the arm's reactions captured, once for each run {runs.where}; have `{name}()` hand back "
                       "a way to clear it (or take an AbortSignal) and clear it once the race settles")
            report = repeating_report(use, message, runs, f"`{name}()` starts the timer here and drops its handle")
            yield Report(report.node, report.message, severity=report.severity,
                         related=[*report.related, (call, f"the timer `{name}()` starts")], code_flow=report.code_flow,
                         acquisition=call)

    def _imported_timer_races(self, ctx: FileContext) -> Iterator[Report]:
        """`Promise.race([work(), deadline(30_000)])` in code that repeats, with `deadline`
        imported: if its module summarises it as a timer that hands back only its promise
        (slot RESULT), every race the work wins leaves the timer pending (project.join)."""
        if b"Promise." not in ctx.source.data:
            return
        for call in ctx.imported_calls:
            race = _race_of_arm(call.site)
            if race is None or call.chain[-1:] == ("constructor",):
                continue
            runs = refine(ctx.run_context(race), ctx.model)
            if runs.how is not RunsHow.REPEATED or guarded_once(race, ctx):
                continue
            name = shown_callee(call.site)
            message = (f"`{short_text(call.site, 40)}` races a timer that `{name}()` starts and never lets anyone clear: when the other "
                       f"arm wins, the timer stays pending for its whole delay with its closure, once for each run {runs.where}; have "
                       f"`{name}()` hand back a way to clear it (or take an AbortSignal) and clear it once the race settles")
            yield self._pending(call, message, runs, f"`{name}()` is raced here", RACED)

    def _settles(self, callback: Node, executor: Node) -> bool:
        """The timer's callback settles the executor's promise: `resolve` itself, or a function
        that calls a settle function."""
        if callback.type == "identifier":
            params = executor.child_by_field_name("parameters") or executor.child_by_field_name("parameter")
            return params is not None and text(callback) in {text(p) for p in walk(params) if p.type == "identifier"}
        return callback.type in FUNCTION_TYPES and self._ended_by(callback) is not None

    def _judge(self, call: Node, ctx: FileContext) -> Report | None:
        holder = outermost(call).parent
        args = call_arguments(call)
        if holder is None or not _is_global_timer(call, ctx):
            return None
        if len(args) < 2 or self._short(args[1]):
            # A deferral (`setTimeout(fn)`, `setTimeout(fn, 0)`) is gone almost at once, unless
            # the same work also runs inline beside it and never cancels it.
            return self._judge_deferral(call, holder, ctx) if args else None
        if any(entry.marker.encode() in ctx.source.data for entry in EVENT_OWNERS):
            driven = event_driven(call)
            if driven is not None:
                return self._judge_event_driven(call, driven)
        if holder.type != "expression_statement" and not (holder.type == "arrow_function" and promise_of_executor(holder) is not None) \
                and not self._kept_in_name_only(call, ctx):
            return self._judge_kept(call, ctx)  # whoever keeps the handle can clear it: on every path?
        ends = self._watchdog_end(call)
        if ends is None:
            return self._judge_unstoppable(call, ctx)  # not a watchdog: can its owner's teardown stop it?
        if TEARDOWN_METHODS.match(method_of(call)):
            return None  # `shutdown()` racing its flush against a deadline: once in the owner's life
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        delay = short_text(args[1], 30)
        message = (f"watchdog timer ({delay}) that {ends} is never cleared when the operation finishes first: "
                   f"each run {runs.where} leaves a pending timer holding its closure until it fires; "
                   "keep the handle and clearTimeout() it when the operation completes")
        return repeating_report(call, message, runs, "the timer is started here and its handle dropped")

    def _watchdog_end(self, call: Node) -> str | None:
        """What a dropped timer's callback ends (`calls reject()`) when it is a watchdog: the
        operation it guards can also end another way, first, and nothing then clears it."""
        args = call_arguments(call)
        callback = unwrap(args[0]) if args else None
        ends = self._ended_by(callback) if callback is not None and callback.type in FUNCTION_TYPES else None
        return ends if ends is not None and not _after_the_end(call) and self._raced(call, callback) else None

    def _watchdog_helper(self, call: Node, ctx: FileContext) -> Node | None:
        """The exported function that starts the dropped watchdog `call` on every call of its own:
        the timer is in its body, or in a promise executor there (`return new Promise((resolve,
        reject) => { setTimeout(...); work.then(resolve, reject) })`, or an arm of its own
        `Promise.race`). Its callers, not the helper, say how often that happens."""
        holder = outermost(call).parent
        if holder is None or len(call_arguments(call)) < 2 or self._short(call_arguments(call)[1]) or not _is_global_timer(call, ctx):
            return None
        if holder.type != "expression_statement" and not (holder.type == "arrow_function" and promise_of_executor(holder) is not None):
            return None  # its handle is kept: whoever keeps it can clear it
        if self._watchdog_end(call) is None or TEARDOWN_METHODS.match(method_of(call)):
            return None
        fn = enclosing_function(call)
        while fn is not None and promise_of_executor(fn) is not None:
            fn = enclosing_function(fn)  # an executor runs when its promise is made: once per call of the function around it
        return fn if fn is not None and _hands_back_promise(fn) and summary_chains(fn, ctx.model) else None

    def _imported_watchdogs(self, ctx: FileContext) -> Iterator[Report]:
        """`await withTimeout(fetchStock(sku), 45_000)` in code that repeats, with `withTimeout`
        imported: if its module summarises it as starting a watchdog it never clears (slot
        WATCHDOG), every run whose work wins leaves the timer pending (project.join)."""
        for call in ctx.imported_calls:
            if call.chain[-1:] == ("constructor",) or not ctx.judges_for(call, self.rule.id):
                continue
            runs = refine(ctx.run_context(call.site), ctx.model)
            if runs.how is RunsHow.ONCE or guarded_once(call.site, ctx):
                continue  # (a method of a client, called per operation by its users: a note, as for a timer of its own)
            name = shown_callee(call.site)
            message = (f"`{short_text(call.site, 40)}` starts a watchdog timer in `{name}()` that nothing clears when the work it "
                       f"guards finishes first: the timer stays pending for its whole delay with its closure, once for each run "
                       f"{runs.where}; have `{name}()` clear its timer once the work settles")
            yield self._pending(call, message, runs, f"`{name}()` is called here", WATCHDOG)

    def _pending(self, call, message: str, runs, step: str, slot: int) -> Report:
        """The report at an imported helper's call that the helper's summary of `slot` decides (project.join)."""
        report = repeating_report(call.site, message, runs, step)
        return Report(report.node, report.message, severity=report.severity, related=report.related, code_flow=report.code_flow,
                      needs=Requirement(self.rule.id, call.specifier, call.chain, slot, "", False))

    def _entry_left_pending(self, call: Node, ctx: FileContext) -> Report | None:
        """A timeout kept in an entry of a long-lived table (`{ timer: setTimeout(...) }` in
        `this.pending`) whose entry a way out removes without clearing it (semantic.entry_timers)."""
        args = call_arguments(call)
        if len(args) < 2 or self._short(args[1]) or not _is_global_timer(call, ctx):
            return None
        return entry_left_running(call, tuple(self.params["clear_functions"]), "timer",
                                  f"it stays pending for its whole delay ({short_text(args[1], 30)}) and keeps the entry and its closure alive "
                                  "until it fires", ctx)

    def _watchdog_cleared_on_failure(self, call: Node, releases: list[Node]) -> Miss | None:
        """`setTimeout(() => res.end(504), 30_000)` cleared only in `req.on('aborted', ...)`: a
        watchdog (its callback ends the operation) that the function also completes another way
        (`res.end('done')`), cleared only when the operation fails or is cancelled. The normal
        completion leaves it pending, with the request, for the whole delay. (A timer that is
        itself the normal end, like a sleep, is not a watchdog: its callback ends nothing.)"""
        args = call_arguments(call)
        callback = unwrap(args[0]) if args else None
        if callback is None or callback.type not in FUNCTION_TYPES or self._ended_by(callback) is None:
            return None
        if any(path_of(r) not in (Path.ERROR, Path.CANCEL) for r in releases) or not self._raced(call, callback):
            return None
        fn = enclosing_function(call)
        handle = _handle_name(call)
        body = fn.child_by_field_name("body") or fn
        if handle is None or any(n.type == "shorthand_property_identifier" and text(n) == handle for n in walk(body)):
            return None  # `{ timeout, resolve }` queued: whoever takes the entry clears it
        ending = next((n for n in walk(body, skip=FUNCTION_TYPES)
                       if n.type == "call_expression" and n.start_byte > call.end_byte and self._completes(n)), None)
        if ending is None:
            return None
        return Miss(ending, f"the normal completion at line {line(ending)}", releases[0],
                    f"at line {line(releases[0])} {path_of(releases[0]).value} only")

    def _completes(self, node: Node) -> bool:
        """`res.end(...)`, `resolve(...)`, `callback(...)`: the function ends its operation here."""
        name = callee_name(node)
        return (callee_object(node) is None and name in self.params["settle_functions"]) or \
            (callee_object(node) is not None and name in self.params["teardown_methods"])

    def _judge_event_driven(self, call: Node, driven: EventDriven) -> Report | None:
        """A timer per message in a Node-RED node's 'input' handler that no 'close' handler
        clears: the framework closes the node on every redeploy, and each pending timer keeps
        the old node, and the message it closes over, until it fires."""
        clears = set(self.params["clear_functions"])
        if any(n.type == "call_expression" and callee_name(n) in clears for end in driven.ends for n in walk(end)):
            return None
        entry = driven.entry
        event = entry.per_event[0]
        end = entry.end_events[0]
        missing = f"its '{end}' handler does not clear it" if driven.ends else f"it has no '{end}' handler to clear it"
        message = (f"timer started in the '{event}' handler of a {entry.framework} node, once per message, and {missing}: the "
                   f"framework closes the node {entry.ends}, and every pending timer keeps the old node and its message alive "
                   f"until it fires; keep the handles and clear them in a '{end}' handler")
        related = [(driven.handler, f"the '{event}' handler, run for every message")]
        related += [(end_handler, f"the '{end}' handler, which clears no timer") for end_handler in driven.ends[:1]]
        return Report(call, message, related=related, acquisition=call)

    def _judge_deferral(self, call: Node, holder: Node, ctx: FileContext) -> Report | None:
        """`if (empty) setTimeout(() => this.flush()) else if (full) this.flush()`: a deferred
        call of the method that another branch calls at once, with the handle dropped, so the
        inline run cannot cancel the pending one. A publisher that outpaces the event loop
        queues one timer per call, each holding its closure, until the loop catches up."""
        if holder.type != "expression_statement":
            return None
        callback = unwrap(call_arguments(call)[0])
        deferred = _single_method_call(callback)
        branch = _branch_of(call)
        if deferred is None or branch is None:
            return None
        inline = next((n for n in _other_branches(branch, call)
                       if n.type == "call_expression" and text(n.child_by_field_name("function")) == deferred), None)
        runs = refine(ctx.run_context(call), ctx.model) if inline is not None else None
        if inline is None or runs is None or runs.how is RunsHow.ONCE:
            return None
        message = (f"`{deferred}()` is deferred with a timer whose handle is dropped, while another branch calls it at once "
                   f"(line {inline.start_point[0] + 1}) without cancelling the pending one: each call {runs.where} that defers adds a "
                   "timer and its closure, and a caller that outpaces the event loop piles them up; keep the handle and clear it "
                   "when the work runs inline")
        report = repeating_report(call, message, runs, "the deferred call is scheduled here")
        report.related.append((inline, "the same work runs inline here, leaving the timer pending"))
        return report

    def _kept_in_name_only(self, call: Node, ctx: FileContext) -> bool:
        """`timer = setTimeout(...)` in a variable nothing ever clears, returns or hands on:
        as good as dropped."""
        releasers = Releasers.of(self.params["clear_functions"], (), NEUTRAL_TIMER_METHODS)
        kept = destination(call, releasers, ctx)
        if kept.fate is not Fate.STORED or kept.key is None or kept.key.path:
            return False  # a field of an object: another method may clear it
        binding = ctx.model.binding_with_uid(kept.key.root)
        return binding is not None and not any(not r.is_write for r in binding.references)  # never read again

    def _judge_kept(self, call: Node, ctx: FileContext) -> Report | None:
        """A kept handle cleared on one path only (semantic.missed_paths): cleared by the success
        callback while the `catch` rejects without clearing, or after an `await` that may throw."""
        releasers = Releasers.of(self.params["clear_functions"], (), NEUTRAL_TIMER_METHODS)
        kept = destination(call, releasers, ctx)
        if kept.fate is not Fate.STORED or kept.key is None:
            return None
        uses = uses_of(kept.key, releasers, ctx, call)
        if uses.escaped or not uses.released or restarted_only(call, uses.releases):
            return None
        missed = missed_path(call, uses.releases) or self._watchdog_cleared_on_failure(call, uses.releases)
        callback = unwrap(call_arguments(call)[0]) if call_arguments(call) else None
        executor = enclosing_function(call)
        if missed is None and callback is not None and executor is not None and promise_of_executor(executor) is not None \
                and self._settles(callback, executor):
            missed = fulfilled_only(call, uses.releases)  # a deadline on the promise, cleared when the work resolves, not when it rejects
        if missed is None:
            return self._kept_past_teardown(call, kept.key, uses.releases, ctx)
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        message = (f"timer stored in `{short_text(kept.target, 40)}` {runs.where} is cleared {missed.release_path}, "
                   f"but not on {missed.path}: there it stays pending and holds its closure until it fires; "
                   "clear it on that path too, or in a `finally`")
        return with_both_paths(repeating_report(call, message, runs, "the timer is started here"), missed, "clearTimeout()", "cleared")

    def _kept_past_teardown(self, call: Node, key, releases: list[Node], ctx: FileContext) -> Report | None:
        """`this.showTimer = setTimeout(...)` in a component's event handler, cleared only by
        another handler (`handleMouseLeave()`), while the teardown (`componentWillUnmount()`,
        `stop()`) clears nothing of it: a timer pending when the instance ends still fires and
        keeps the instance alive until it does (at most its delay: a note)."""
        owner = this_owner(call)
        if owner is None or len(key.path) != 1 or key.path[0] == COMPUTED or not key.root.startswith("this@"):
            return None  # (a timer kept in a table's entry, `this.timers[id]`, is entry_timers' to judge)
        methods = ctx.methods_of(owner)  # (arrow fields among them: `handleMouseEnter = () => {...}`)
        method = next((fn for fn in methods.values() if contains(fn, call)), None)
        if method is None or is_static_member(method):
            return None
        ends = [(name, fn) for name, fn in methods.items() if name in END_METHODS or TEARDOWN_METHODS.match(name) and _ends_activity(fn)]
        if len(ends) != 1 or contains(ends[0][1], call) or any(contains(ends[0][1], r) for r in releases):
            return None
        teardown, end = ends[0]
        reached = _own_methods_reached(end, methods)
        holders = {name for name, fn in methods.items() if any(contains(fn, r) for r in releases)}
        if not holders or holders & reached or not _holds_instance(call, owner, ctx) or _tears_down(call):
            return None  # (the teardown calls the method that clears it: `componentWillUnmount() { this.hide() }`)
        if _cleared_when_resource_ends(methods, holders, releases):
            return None  # `session.once('close', () => this.handleDisconnect())`, which clears it: the teardown closes the session
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        name = function_name(owner) or "this"
        clearing = "`, `".join(f"{h}()" for h in sorted(holders))
        message = (f"timer stored in `{short_text(outermost(call).parent.child_by_field_name('left') or call, 40)}` {runs.where} is cleared "
                   f"only by `{clearing}`, and `{teardown}()` does not clear it: one pending when the `{name}` instance ends still "
                   f"fires and keeps the instance alive until it does; clear it in `{teardown}()` too")
        report = repeating_report(call, message, runs, "the timer is started here")
        report.node = call  # the fix is the teardown's, whichever code starts the timer
        report.severity = Severity.NOTE  # it holds the instance until it fires: bounded by its delay
        report.related.append((end, "this teardown does not clear it"))
        return report

    def _judge_unstoppable(self, call: Node, ctx: FileContext, callback: Node | None = None, helper: str = "") -> Report | None:
        """A dropped timer in a method of a class that has a teardown (`stop()`, `close()`):
        the teardown cannot cancel it, so a timer pending when the instance stops still fires
        (a poll, a retry, a delayed run) and keeps the instance alive until it does. With
        `helper`, `call` is a method's call of a function of the file that starts the timer
        with `callback` and drops it (`retryLater(() => this.connect(), ms)`)."""
        found = self._unstoppable_in_method(call, ctx, callback, helper)
        return found if found is not None or helper else self._unstoppable_through_helper(call, ctx)

    def _unstoppable_in_method(self, call: Node, ctx: FileContext, callback: Node | None, helper: str) -> Report | None:
        owner = this_owner(call)
        method = owner_method(call, owner) if owner is not None else None
        if method is None and owner is not None and END_METHODS & set(ctx.methods_of(owner)):
            # a component's arrow-field handler (`handleClick = async () => {...}`): a method too
            method = next((fn for fn in ctx.methods_of(owner).values() if fn.type == "arrow_function" and contains(fn, call)), None)
        if method is None or is_static_member(method):
            return None  # a static method's `this` is the class itself: it lives as long as the module
        methods = ctx.methods_of(owner)
        teardown = next((name for name, fn in methods.items() if TEARDOWN_METHODS.match(name) and _ends_activity(fn) or name in END_METHODS), None)
        if teardown is None or contains(methods[teardown], call) or not _holds_instance(call, owner, ctx, callback):
            return None
        if self._checks_state_first(call, methods, ctx, callback) or _tears_down(call, callback):
            return None
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        name = function_name(owner) or "this"
        through = f" through `{helper}()`" if helper else ""
        message = (f"timer started{through} {runs.where} drops its handle, so `{teardown}()` cannot cancel it: a timer pending when "
                   f"the `{name}` instance stops still fires and keeps the instance alive until it does; keep the handle "
                   f"and clear it in `{teardown}()`")
        report = repeating_report(call, message, runs, "the timer is started here and its handle dropped")
        report.severity = Severity.NOTE  # it holds the instance until it fires: bounded by its delay
        report.related.append((methods[teardown], "this teardown cannot reach the timer"))
        return report

    def _unstoppable_through_helper(self, call: Node, ctx: FileContext) -> Report | None:
        """`function retryLater(task, ms) { setTimeout(task, ms) }`, a function of the module
        that starts a timer with its parameter and drops the handle: each call from a method of
        a class with a teardown (`retryLater(() => this.connect(), delay)`) is judged as that
        method's own dropped timer, at the call, with the parameter's argument as its callback."""
        fn = enclosing_function(call)
        args = call_arguments(call)
        callback = unwrap(args[0]) if args else None
        if fn is None or callback is None or callback.type != "identifier" or enclosing_function(fn) is not None:
            return None
        binding = ctx.model.binding_of(callback)
        if binding is None or binding.kind is not BindingKind.PARAMETER or binding.scope.node != fn or binding.writes:
            return None
        index = parameter_list(fn).index(binding.name) if binding.name in parameter_list(fn) else -1
        name = (function_name(fn) or "").rsplit(".", 1)[-1]
        for site in call_sites(fn, ctx.model) if index >= 0 and name else ():
            handed = call_arguments(site)
            if index < len(handed) and outermost(site).parent is not None and outermost(site).parent.type == "expression_statement":
                report = self._unstoppable_in_method(site, ctx, unwrap(handed[index]), name)
                if report is not None:
                    report.related.append((call, f"`{name}()` starts the timer here and drops its handle"))
                    report.acquisition = call
                    return report
        return None

    def _checks_state_first(self, call: Node, methods: dict[str, Node], ctx: FileContext, callback: Node | None = None) -> bool:
        """The callback (or the method or local function it runs) starts by checking the
        instance's state (`if (this.stopped) return`): a late firing does nothing."""
        callback = callback or unwrap(call_arguments(call)[0])
        if callback is None:
            return False
        bodies = []
        if callback.type in FUNCTION_TYPES:
            bodies.append(callback)
            body = callback.child_by_field_name("body")
            inner = unwrap(body) if body is not None and body.type != "statement_block" else None
            statements = _statements(body)
            if len(statements) == 1 and statements[0].type == "expression_statement":
                inner = unwrap(statements[0].named_children[0])
            callback = inner if inner is not None and inner.type == "call_expression" else callback
        if callback.type == "call_expression":
            target = callback.child_by_field_name("function")
            callback = unwrap(target.child_by_field_name("object")) if callee_name(callback) == "bind" else target
        if callback is not None and callback.type == "member_expression" and text(callback.child_by_field_name("object")) == "this":
            method = methods.get(text(callback.child_by_field_name("property")).strip("#"))
            bodies.append(method) if method is not None else None
        elif callback is not None and callback.type == "identifier":
            fn = ctx.model.function_named(callback)
            bodies.append(fn) if fn is not None else None
        return any(_starts_with_state_check(fn) for fn in bodies)

    def _promise_timer_races(self, ctx: FileContext) -> Iterator[Report]:
        """`Promise.race([work, sleep(ms).then(fail)])` with `sleep` the promise timer of
        'timers/promises': when the work wins, nothing cancels the timer (only an AbortSignal in
        its options can), so each race leaves it pending, with its reactions, until it fires."""
        names = [name for name, (module, chain) in top_level_imports(ctx.source.root).items()
                 if module in PROMISE_TIMER_MODULES and chain[-1:] == ("setTimeout",)]
        for call in ctx.calls_named(tuple(names)) if names else ():
            callee = unwrap(call.child_by_field_name("function"))
            if callee is None or callee.type != "identifier" or text(callee) not in names:
                continue
            args = call_arguments(call)
            options = unwrap(args[2]) if len(args) > 2 else None
            if not args or self._short(args[0]) or (options is not None and ("signal" in text(options) or options.type == "identifier")):
                continue  # a deferral, or a timer the caller can cancel through its signal
            race = _race_of_arm(call) or _race_through_const(call)
            if race is None or not self._reactions_capture(call, ctx):
                continue  # not raced, or all it keeps pending is a timer and a closure that holds nothing
            runs = refine(ctx.run_context(call), ctx.model)
            if runs.how is RunsHow.ONCE:
                continue
            message = (f"promise timer `{text(callee)}({short_text(args[0], 30)})` raced against other work is never cancelled when that "
                       f"work wins: each run {runs.where} leaves it pending, with its reactions and what they hold, until it fires; "
                       "pass `{ signal }` of a controller and abort it once the race settles")
            report = repeating_report(call, message, runs, "the promise timer is started here")
            report.related.append((race, "the race that can end without it"))
            yield report

    def _reactions_capture(self, call: Node, ctx: FileContext) -> bool:
        """A reaction chained on the promise timer (`sleep(ms).then(() => { throw new
        Error(url) })`) closes over a name of the code around it: that is what the pending timer
        keeps alive until it fires."""
        node = call
        while node.parent is not None and node.parent.type == "member_expression" and node.parent.parent is not None \
                and node.parent.parent.type == "call_expression":
            node = node.parent.parent
            for callback in (unwrap(a) for a in call_arguments(node)):
                if callback is None or callback.type not in FUNCTION_TYPES:
                    continue
                for ident in walk(callback):
                    binding = ctx.model.binding_of(ident) if ident.type == "identifier" else None
                    if binding is not None and not contains(callback, binding.identifier):
                        return True
        return False

    def _short(self, delay: Node) -> bool:
        """A literal delay below the rule's threshold: the timer is gone almost at once."""
        return literal_below(delay, self.params["min_delay_ms"])

    def _raced(self, call: Node, callback: Node) -> bool:
        """The operation can also end another way, in the function that starts the timer: a
        listener or promise reaction is registered, something is awaited or returned, or the
        same settle or teardown calls appear outside the timer's callback."""
        fn = enclosing_function(call)
        if fn is None:
            return False
        if _race_arm(fn):
            return True  # `Promise.race([work, new Promise((_, reject) => setTimeout(...))])`
        settle, teardown = set(self.params["settle_functions"]), set(self.params["teardown_methods"])
        failures = [n for n in walk(fn) if n.type == "call_expression" and callee_object(n) is not None
                    and callee_name(n) in RACE_METHODS and _failure_only(n)]
        # `if (retries++ < max) setTimeout(retry, ms); else reject(e)`: the other branch is another path, not a rival
        others = [a.child_by_field_name("alternative") for a in ancestors(call) if a.type == "if_statement" and contains(fn, a)
                  and a.child_by_field_name("consequence") is not None and contains(a.child_by_field_name("consequence"), call)
                  and a.child_by_field_name("alternative") is not None]
        catches = [n for n in walk(fn) if n.type == "catch_clause" and not contains(n, call)]
        for node in walk(fn):
            if contains(callback, node) or any(contains(f, node) for f in failures) or any(contains(o, node) for o in others) \
                    or any(contains(c, node) for c in catches):
                continue  # the timer's own end, or a failure beside it (`watcher.once('error', ...)`, a `catch`): not a normal end that beats it
            # An ending the function reaches before it starts the timer (`if (ok) return
            # res.json(x)`) is another path, not a race; one inside a callback runs later.
            later = node.start_byte > call.end_byte or enclosing_function(node) != fn
            if later and (node.type == "await_expression" or (node.type == "return_statement" and node.named_children)):
                return True
            if node.type == "call_expression" and node != call:
                name = callee_name(node)
                method = callee_object(node) is not None
                if (method and name in RACE_METHODS) or (later and ((method and name in teardown) or (not method and name in settle))):
                    return True
        return False

    def _ended_by(self, callback: Node) -> str | None:
        """How the callback ends an operation (`rejects its promise`, `calls child.kill()`), or None."""
        settle, teardown = set(self.params["settle_functions"]), set(self.params["teardown_methods"])
        for node in walk(callback):
            if node.type != "call_expression":
                continue
            name = callee_name(node)
            if callee_object(node) is None and name in settle:
                return f"calls `{name}()`"
            if callee_object(node) is not None and (name in teardown or answers_handler_response(node)):
                return f"calls `{short_text(node.child_by_field_name('function'), 40)}()`"
        return None


# Events after which nothing is left to race (missed_paths.EMITTER_END_EVENTS): a timer started
# in their listener (a delay before reconnecting) comes after the operation, not beside it.
ENDED_EVENTS = EMITTER_END_EVENTS


def _own_methods_reached(fn: Node, methods: dict[str, Node], depth: int = 3) -> set[str]:
    """The instance's methods `fn` calls through `this`, and those they call, a few calls deep
    (`componentWillUnmount() { this.reset() }` with `reset() { this.hide() }`)."""
    reached: set[str] = set()
    frontier = [fn]
    for _ in range(depth):
        called = {name for f in frontier for c in walk(f) if c.type == "call_expression" and text(callee_object(c)) == "this"
                  and (name := callee_name(c)) and name in methods} - reached
        reached |= called
        frontier = [methods[name] for name in called]
    return reached


def _cleared_when_resource_ends(methods: dict[str, Node], holders: set[str], releases: list[Node]) -> bool:
    """A release (or a call of a method that leads to one, through the instance's own methods)
    runs in a listener for the end of something the instance holds (`session.once('close', () =>
    this.handleDisconnect())`): when the teardown closes that, the timer is cleared after all."""
    leading = set(holders)
    for _ in range(3):  # methods that call a holder, a few calls deep
        leading |= {name for name, fn in methods.items() if any(
            n.type == "call_expression" and callee_name(n) in leading and text(callee_object(n)) == "this" for n in walk(fn))}
    sites = [*releases, *(n for fn in methods.values() for n in walk(fn)
                          if n.type == "call_expression" and callee_name(n) in leading and text(callee_object(n)) == "this")]
    return any((found := listener_of(site)) is not None and found[1] in RESOURCE_END_EVENTS for site in sites)


# The events that come when something an instance holds ends (closed by its teardown, or by the peer).
RESOURCE_END_EVENTS = frozenset({"close", "end", "exit", "disconnect", "disconnected", "finish"})


def _failure_only(registration: Node) -> bool:
    """A listener for an 'error' alone (or a `.catch()`): the timer is then the operation's
    normal end, and a failure that comes first leaves it pending for its delay at most."""
    name = callee_name(registration)
    if name == "catch":
        return True
    args = call_arguments(registration)
    return name in LISTEN_METHODS and bool(args) and string_value(args[0]) == "error"


def _after_the_end(call: Node) -> bool:
    """`sock.on('close', () => { setTimeout(() => { sock.destroy(); reconnect() }, retry) })`:
    started once the operation has ended, the timer is a delay, not a watchdog."""
    fn = enclosing_function(call)
    arguments = outermost(fn).parent if fn is not None else None
    listening = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    parts = registration_parts(listening) if listening is not None and listening.type == "call_expression" else None
    return parts is not None and unwrap(parts.handler) == fn and string_value(parts.event) in ENDED_EVENTS


# Every way to cancel a pending timer or frame, whichever started it.
TIMER_CLEARS = ("clearTimeout", "clearInterval", "cancelAnimationFrame", "cancelIdleCallback", "clearImmediate")
# ... and every way to start one.
TIMER_STARTS = frozenset({"setTimeout", "setInterval", "requestAnimationFrame", "requestIdleCallback", "setImmediate"})


def _endless_method_loop(call: Node, ctx: FileContext) -> tuple[Node, Node, Node] | None:
    """`schedule() { this.timer = setTimeout(() => this.tick(), ms) }` with `tick() { ...;
    this.schedule(next) }`, or the callback calling `this.schedule()` itself: the method that
    arms the timer, the re-arming call (on every path of its method: no test around it, no
    return or throw in that method) and the class."""
    arming = enclosing_function(call)
    if arming is None or arming.type != "method_definition" or arming.parent is None or arming.parent.type != "class_body":
        return None
    args = call_arguments(call)
    callback = unwrap(args[0]) if args else None
    name = text(arming.child_by_field_name("name"))
    cls = arming.parent.parent
    if callback is None or callback.type not in FUNCTION_TYPES or not name or cls is None or cls.type not in CLASS_TYPES:
        return None
    methods = ctx.methods_of(cls)
    reached = [callback] + [methods[n] for n in this_called(callback) if n in methods and n != name]
    for fn in reached:
        rearm = next((n for n in walk(fn) if n.type == "call_expression" and text(n.child_by_field_name("function")) == f"this.{name}"), None)
        if rearm is None:
            continue
        owner = enclosing_function(rearm)
        if any(a.type in CONDITIONAL_TYPES for a in ancestors(rearm) if contains(owner, a) and a != owner) \
                or any(n.type in ("return_statement", "throw_statement") and enclosing_function(n) == owner for n in walk(owner)):
            return None  # a loop that may end on its own
        return arming, rearm, cls
    return None


def _teardowns_ending_nothing(methods: dict[str, Node], arming: Node, rearm: Node, call: Node) -> list[Node]:
    """The class's teardown methods (`stop()`, `close()`), by its `methods`, when there are some
    and none of them, nor the methods they call on `this`, clears a timer or sets anything the
    loop tests on its way to re-arming; else []."""
    stops = [m for n, m in methods.items() if TEARDOWN_METHODS.match(n) and m != arming]
    reached = stops + [methods[n] for stop in stops for n in this_called(stop) if n in methods and methods[n] != arming]
    if not stops or any(n.type == "call_expression" and callee_name(n) in TIMER_CLEARS for fn in reached for n in walk(fn)):
        return []
    flags = {text(n.child_by_field_name("left")) for fn in reached for n in walk(fn) if n.type == "assignment_expression"}
    if _flag_checked_before(rearm, enclosing_function(rearm), flags) or _flag_checked_before(call, arming, flags):
        return []
    return stops


def _method_rearmed_within(call: Node) -> bool:
    """`this.timer = setTimeout(() => { this.refresh().then(() => this.schedule(ms)) }, ms)` in
    `schedule()`: the timer's callback calls the method it is in again, however deep."""
    method = enclosing_function(call)
    while method is not None and method.type != "method_definition":
        method = enclosing_function(method)
    args = call_arguments(call)
    callback = unwrap(args[0]) if args else None
    name = f"this.{text(method.child_by_field_name('name'))}" if method is not None else None
    return name is not None and callback is not None and callback.type in FUNCTION_TYPES and any(
        n.type == "call_expression" and text(n.child_by_field_name("function")) == name for n in walk(callback))


def _rearm_missed_by_cleanup(call: Node, loop: Node, cleanups: tuple[Node, ...], flagged: bool = True) -> str | None:
    """`catch { retryTimer = setTimeout(refresh, backoff) }` in an effect's loop whose cleanup
    sets `cancelled` and clears only `pollTimer`: the re-arm keeps its handle where no cleanup
    clears it, and nothing on its own path (a test around it, an `if (cancelled) return` before
    it in an enclosing block) reads a name the cleanup assigns. Where the handle goes, or None.
    With `flagged`, only when the loop reads some name the cleanup assigns (a loop that reads
    none is the dropped-handle reading's)."""
    assigned = {text(n.child_by_field_name("left")) for c in cleanups for n in walk(c) if n.type == "assignment_expression"}
    cleared = {text(unwrap(call_arguments(n)[0])) for c in cleanups for n in walk(c)
               if n.type == "call_expression" and callee_name(n) in TIMER_CLEARS and call_arguments(n)}
    holder = outermost(call).parent
    stored = text(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" else None
    if stored is None or stored in cleared or (flagged and not any(_reads(loop, name) for name in assigned)):
        return None  # this handle is cleared, or no flag the loop looks at (the dropped-handle reading's case)
    return None if _flag_checked_before(call, loop, assigned) else f"`{stored}`, which"


def _flag_checked_before(call: Node, loop: Node, flags: set[str]) -> bool:
    """On the way from the top of `loop` to `call`, a test of one of `flags`: around the call
    (`if (!cancelled) retry = setTimeout(...)`), or an `if (cancelled) return` before it in an
    enclosing block."""
    child = call
    for node in ancestors(call):
        if node == loop:
            break
        if node.type in CONDITIONAL_TYPES and any(_reads(node.child_by_field_name("condition") or node, name) for name in flags):
            return True
        if node.type == "statement_block":
            for statement in node.named_children:
                if statement.start_byte >= child.start_byte:
                    break
                if any(n.type == "if_statement" and any(_reads(n.child_by_field_name("condition"), name) for name in flags)
                       and any(m.type in ("return_statement", "throw_statement") for m in walk(n))
                       for n in walk(statement, skip=FUNCTION_TYPES)):
                    return True  # (also inside an earlier `try`/`catch` that returns on the flag)
        child = node
    return False


def _reads(node: Node | None, name: str) -> bool:
    return node is not None and re.search(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", text(node)) is not None


def _stopped_by_cleanup(loop: Node, cleanups: tuple[Node, ...]) -> bool:
    """A cleanup assigns a name the loop reads (`cancelled = true`, `stopped.current = true`)."""
    assigned = {text(n.child_by_field_name("left")) for c in cleanups for n in walk(c) if n.type == "assignment_expression"}
    return any(_reads(loop, name) for name in assigned if name)


def _declared_as(fn: Node) -> str | None:
    """The const a function is declared under, also through `useCallback(fn, deps)`."""
    holder = outermost(fn).parent
    if holder is not None and holder.type == "arguments" and holder.parent is not None \
            and text(holder.parent.child_by_field_name("function")).rsplit(".", 1)[-1] == "useCallback":
        holder = outermost(holder.parent).parent
    if holder is not None and holder.type == "variable_declarator" and holder.child_by_field_name("name").type == "identifier":
        return text(holder.child_by_field_name("name"))
    return function_name(fn) if fn.type == "function_declaration" else None


def reschedule_of(call: Node, ctx: FileContext) -> tuple[Node | None, bool]:
    """For the other rules: the function a timer schedules again from inside itself (a loop),
    and whether nothing in it ends the loop, which this rule then reports as the one cause."""
    loop = _own_reschedule(call, ctx)
    return loop, loop is not None and _rescheduled_function(call, ctx) is not None


def _rescheduled_function(call: Node, ctx: FileContext) -> Node | None:
    """The named function that `call` (`setTimeout(poll, ms)`, `setTimeout(() => poll(), ms)`)
    schedules again from inside itself, unconditionally and dropping the handle; else None."""
    loop = _own_reschedule(call, ctx)
    if loop is None:
        return None
    holder = outermost(call).parent
    concise = holder is not None and holder.type == "arrow_function"  # `.finally(() => setTimeout(poll, 1000))`
    if holder is None or not (holder.type == "expression_statement" or concise or kept_unread(call, ctx)):
        return None  # the handle is kept, returned or passed on: someone may clear it (a variable nothing reads is no keeping)
    for node in ancestors(call):
        if node == loop:
            break
        if node.type in CONDITIONAL_TYPES or (node.type == "binary_expression" and text(node.child_by_field_name("operator")) in ("&&", "||", "??")):
            return None  # rescheduled only under a condition: the loop can end
    if any(n.type in ("return_statement", "throw_statement") and enclosing_function(n) == loop and not _still_rescheduled(n, call, loop) and
           any(a.type in CONDITIONAL_TYPES and not _process_long_test(a, ctx) for a in ancestors(n) if contains(loop, a)) for n in walk(loop)):
        return None  # `if (stopped) return`: the loop checks a way out
    if _way_out_in_callback(call, loop, ctx):
        return None
    return loop


def _in_hook_callback(site: Node) -> bool:
    """`onMounted(() => { poll() })`, `useEffect(() => { poll() }, [])`: a call in a callback a
    component's start hook runs (not in the setup or composable body that registers it)."""
    fn = enclosing_function(site)
    holder = outermost(fn).parent if fn is not None else None
    return holder is not None and holder.type == "arguments" and lifecycle_start(site) is not None


def _still_rescheduled(exit_: Node, call: Node, loop: Node) -> bool:
    """The `return` or `throw` does not leave without the reschedule: the reschedule is in the
    `finally` of a `try` around it (`try { if (!res.ok) throw ... } finally { setTimeout(poll, ms) }`),
    or the `throw` is caught by a `catch` of the loop's own, after which the loop goes on."""
    for node in ancestors(exit_):
        if node == loop:
            return False
        if node.type != "try_statement":
            continue
        finalizer = node.child_by_field_name("finalizer")
        if finalizer is not None and contains(finalizer, call) and not contains(finalizer, exit_):
            return True
        body = node.child_by_field_name("body")
        if exit_.type == "throw_statement" and body is not None and contains(body, exit_) and node.child_by_field_name("handler") is not None:
            return True
    return False


def _way_out_in_callback(call: Node, loop: Node, ctx: FileContext) -> bool:
    """`send(msg, (err) => { if (!err) return; if (attempt >= MAX) return; setTimeout(() =>
    deliver(attempt + 1), ms) })`: the reschedule sits in a callback of the loop, and before it
    that callback returns on a test of something besides its own parameters (a count of tries,
    the connection's state). A test of its own error alone is no way out: what fails for good
    (a closed socket) is retried for good."""
    fn = enclosing_function(call)
    while fn is not None and fn != loop and contains(loop, fn):
        parameters = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        own = {text(n) for n in walk(parameters) if n.type == "identifier"} if parameters is not None else set()
        for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
            if node.start_byte >= call.start_byte:
                break
            if node.type not in ("return_statement", "throw_statement"):
                continue
            tests = [a for a in ancestors(node) if a.type == "if_statement" and contains(fn, a) and not _process_long_test(a, ctx)]
            if any(n.type == "this" or (n.type == "identifier" and text(n) not in own) for t in tests for n in walk(t.child_by_field_name("condition"))):
                return True
        fn = enclosing_function(fn)
    return False


# The values of a state that mean the work it tracks is over, one way or another.
TERMINAL_STATES = re.compile(r"^(?:completed?|done|finished|succeeded|success(?:ful)?|failed|failure|errored|error|cancell?ed|"
                             r"aborted|rejected|expired|timed_?out|timeout|dead|stopped|closed|terminated)$", re.IGNORECASE)


@dataclass(frozen=True)
class TerminalLeft:
    """A poll loop that stops at some end states of what it polls and reschedules at another."""

    loop: Node
    subject: str  # what it tests: `job.state`
    stops: str  # the ends it stops at, for messages: "'completed'"
    state: str  # the end it goes on after: "'failed'"
    case: Node  # where that end is handled


def _terminal_state_polled_on(call: Node, ctx: FileContext) -> TerminalLeft | None:
    """`switch (job.state) { case 'completed': ...; return; case 'failed': ...; break }` and then
    `setTimeout(poll, ms)`: the loop tests the state of what it polls and stops at some of its
    ends, so it means to stop at each; an end it handles without leaving goes on to the
    reschedule, and a job that ends that way is polled for good."""
    loop = _own_reschedule(call, ctx)
    holder = outermost(call).parent
    if loop is None or holder is None or holder.type != "expression_statement":
        return None
    branches: dict[str, list[tuple[str, Node, bool]]] = {}  # subject -> (state, where, leaves)
    for node in walk(loop.child_by_field_name("body") or loop, skip=FUNCTION_TYPES):
        if node.end_byte > call.start_byte:
            continue
        if node.type == "switch_statement":
            subject = text(unwrap(node.child_by_field_name("value"))).strip("()")
            body = node.child_by_field_name("body")
            for case in (c for c in (body.named_children if body is not None else ()) if c.type == "switch_case"):
                state = string_value(case.child_by_field_name("value"))
                if state is not None:
                    branches.setdefault(subject, []).append((state, case, _leaves(case, loop)))
        elif node.type == "if_statement":
            tested = _state_test(node.child_by_field_name("condition"))
            if tested is not None:
                branches.setdefault(tested[0], []).append((tested[1], node, _leaves(node.child_by_field_name("consequence"), loop)))
    for subject, found in branches.items():
        ends = [(state, where, leaves) for state, where, leaves in found if TERMINAL_STATES.match(state)]
        stops = [state for state, _, leaves in ends if leaves]
        goes_on = next(((state, where) for state, where, leaves in ends if not leaves), None)
        if stops and goes_on is not None:
            return TerminalLeft(loop, subject, " or ".join(f"'{s}'" for s in stops), f"'{goes_on[0]}'", goes_on[1])
    return None


def _state_test(condition: Node | None) -> tuple[str, str] | None:
    """`(job.state === 'failed')`: what is compared with a string, and the string."""
    node = unwrap(condition)
    if node is None or node.type != "binary_expression" or text(node.child_by_field_name("operator")) not in ("===", "=="):
        return None
    left, right = unwrap(node.child_by_field_name("left")), unwrap(node.child_by_field_name("right"))
    for subject, value in ((left, right), (right, left)):
        state = string_value(value)
        if state is not None and subject is not None and subject.type in ("member_expression", "identifier"):
            return text(subject), state
    return None


def _leaves(code: Node | None, loop: Node) -> bool:
    """Whether `code` leaves the loop's function: a `return` or `throw` of its own in it."""
    return code is not None and any(n.type in ("return_statement", "throw_statement") for n in walk(code, skip=FUNCTION_TYPES)) \
        and enclosing_function(code) == loop


def _own_reschedule(call: Node, ctx: FileContext) -> Node | None:
    """The named function whose own body schedules it again with `call` (`setTimeout(tick,
    ms)`, `setTimeout(() => tick(), ms)`, `setTimeout(() => retry(key, attempt + 1), ms)`),
    whatever the conditions and the handle. Kept per call: the poll-loop readings all ask."""
    known = ctx.shared.setdefault("watchdog.reschedules", {})
    if call.id not in known:
        known[call.id] = _find_own_reschedule(call, ctx)
    return known[call.id]


def _find_own_reschedule(call: Node, ctx: FileContext) -> Node | None:
    loop = _scheduled_function(call, ctx)
    if loop is None or not contains(loop, call) or _in_listener(call, loop):
        return None
    return loop


def _scheduled_function(call: Node, ctx: FileContext) -> Node | None:
    """The function of the file a timer runs: `setTimeout(poll, ms)`, `setTimeout(() => poll(),
    ms)`, `requestAnimationFrame(this.loop)`, or the last call of a block callback."""
    args = call_arguments(call)
    callback = unwrap(args[0]) if args else None
    if callback is not None and callback.type == "arrow_function" and callback.child_by_field_name("body").type != "statement_block":
        body = _called_in(unwrap(callback.child_by_field_name("body")))
        callback = unwrap(body.child_by_field_name("function")) if body is not None and body.type == "call_expression" else None
    elif callback is not None and callback.type in FUNCTION_TYPES:
        callback = _last_call_of(callback)  # `setTimeout(() => { work(); poll() }, ms)`
    return _function_called(callback, call, ctx) if callback is not None else None


def _in_listener(call: Node, loop: Node) -> bool:
    """`connect() { sock.on('close', () => setTimeout(() => this.connect(), 1000)) }`: started
    by an event the function listens for (a reconnect after a close), not on every run."""
    fn = enclosing_function(call)
    while fn is not None and fn != loop:
        handed = handed_to(fn)
        if handed is not None and handed[0].type == "call_expression" and callee_name(handed[0]) in LISTEN_METHODS:
            return True
        fn = enclosing_function(fn)
    return False


def _last_call_of(callback: Node) -> Node | None:
    """What a callback's block calls as one of its own statements, after whatever else it does,
    when nothing in it returns or throws first: `{ await check(); this.poll() }` calls `this.poll`."""
    body = callback.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return None
    if any(n.type in ("return_statement", "throw_statement") and enclosing_function(n) == callback for n in walk(body)):
        return None  # the callback may leave before it reschedules
    for statement in reversed(body.named_children):
        called = _called_in(unwrap(statement.named_children[0])) if statement.type == "expression_statement" and statement.named_children else None
        if called is not None and called.type == "call_expression":
            return unwrap(called.child_by_field_name("function"))
    return None


def _function_called(callee: Node, call: Node, ctx: FileContext) -> Node | None:
    """The function a callee names: a function of the file (`poll`), or a method of the
    instance the timer runs in (`this.poll`)."""
    if callee.type == "identifier":
        return ctx.model.function_named(callee)
    if callee.type != "member_expression" or unwrap(callee.child_by_field_name("object")).type != "this":
        return None
    owner = this_owner(call)
    if owner is None:  # a method of a component's options object (Vue's `methods: { poll() {...} }`)
        return options_method(call, text(callee.child_by_field_name("property")))
    return ctx.methods_of(owner).get(text(callee.child_by_field_name("property")))


def _stoppable_loop(call: Node, ctx: FileContext) -> tuple[Node, list[Node]] | None:
    """The function that starts the loop `call` reschedules, and the nodes that can end it,
    when all of those sit in the stop that function hands back; else None."""
    loop = _own_reschedule(call, ctx)
    starter = enclosing_function(loop) if loop is not None else None
    if starter is None or not _started_in(loop, starter, ctx):
        return None
    exits = _ways_out(call, loop, starter, ctx)
    return (starter, exits) if exits and all(in_returned_disposer(node, starter) for node in exits) else None


def _started_in(loop: Node, starter: Node, ctx: FileContext) -> bool:
    """`tick()` (or `void tick()`, `setTimeout(tick)`) in the function that declares the loop."""
    return any(contains(starter, site) and not contains(loop, site) for site in [*call_sites(loop, ctx.model), *_deferred_starts(loop, ctx)])


def _ways_out(call: Node, loop: Node, starter: Node, ctx: FileContext) -> list[Node]:
    """What can end the loop that `call` reschedules, when all of it is the starter's own
    state: the writes of every local the conditions around the reschedule (and the loop's
    conditional returns) test, and the clears of the local the handle is kept in. Empty when
    anything else decides (a response's status, a parameter, a module-level flag): the loop
    may end by itself."""
    tests: list[Node] = []
    for node in ancestors(call):
        if node == loop:
            break
        if node.type in ("if_statement", "ternary_expression", "while_statement"):
            tests.append(node.child_by_field_name("condition"))
        elif node.type == "binary_expression" and text(node.child_by_field_name("operator")) in ("&&", "||", "??"):
            tests.append(node.child_by_field_name("left"))
        elif node.type in CONDITIONAL_TYPES:
            return []  # a catch, a switch, a loop statement: decided by what the work does
    for node in walk(loop):
        if node.type in ("return_statement", "throw_statement") and enclosing_function(node) == loop:
            tests += [a.child_by_field_name("condition") for a in ancestors(node) if contains(loop, a) and a.type == "if_statement"]
    names = [n for test in tests if test is not None for n in walk(test) if n.type == "identifier"]
    if any(n.type in ("call_expression", "member_expression", "subscript_expression") for test in tests if test is not None for n in walk(test)):
        return []  # `if (res.status === 'done')`, `if (isDone())`: the work itself may end it
    holder = outermost(call).parent
    if holder is not None and holder.type == "assignment_expression" and unwrap(holder.child_by_field_name("left")).type == "identifier":
        names.append(unwrap(holder.child_by_field_name("left")))
    elif holder is None or holder.type != "expression_statement":
        return []  # the handle goes somewhere else: whoever holds it may clear it
    exits: list[Node] = []
    for name in names:
        binding = ctx.model.binding_of(name)
        if binding is None or binding.kind is BindingKind.PARAMETER or binding.scope.function_scope.node != starter:
            return []
        for reference in binding.references:
            ident = reference.identifier
            if ident == binding.identifier or contains(loop, ident) or _arms(ident):
                continue
            if reference.is_write or _cleared(ident):
                exits.append(ident)
    return exits


def _timer_target(call: Node, ctx: FileContext) -> Node | None:
    """The function of the file a timer calls (`setTimeout(() => this.connect(), ms)`,
    `setTimeout(connect, ms)`): what a reconnect arms."""
    callback = unwrap(call_arguments(call)[0])
    body = unwrap(callback.child_by_field_name("body")) if callback is not None and callback.type in ("arrow_function", "function_expression", "function") else None
    if body is not None and body.type == "statement_block":  # `() => { this.timer = null; this.open(); }`: its last statement's call
        last = body.named_children[-1] if body.named_children else None
        body = unwrap(last.named_children[0]) if last is not None and last.type == "expression_statement" and last.named_children else None
    inner = _called_in(body)
    target = unwrap(inner.child_by_field_name("function")) if inner is not None and inner.type == "call_expression" else callback
    return _function_called(target, call, ctx) if target is not None and target.type in ("identifier", "member_expression") else None


def _guarded_within(node: Node, fn: Node) -> bool:
    """`node` runs only under a condition inside `fn`, or `fn` can leave earlier under one."""
    for parent in ancestors(node):
        if parent == fn:
            break
        if parent.type in CONDITIONAL_TYPES or (parent.type == "binary_expression" and text(parent.child_by_field_name("operator")) in ("&&", "||", "??")):
            return True
    return any(n.type in ("return_statement", "throw_statement") and n.end_byte <= node.start_byte and enclosing_function(n) == fn
               for n in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES))


def _closes_connection(method: Node, socket: str) -> bool:
    """A teardown that closes the connection the 'close' listener is on (`this.ws?.close()`),
    without taking that listener off first."""
    field = socket.removeprefix("this.") if socket.startswith("this.") else socket
    closes = any(n.type == "call_expression" and callee_name(n) in ("close", "end", "destroy", "terminate", "disconnect")
                 and field in normalised(callee_object(n) or n) for n in walk(method))
    detaches = any(n.type == "call_expression" and callee_name(n) in ("removeAllListeners", "off", "removeListener", "removeEventListener")
                   and field in normalised(callee_object(n) or n) for n in walk(method))  # (the client's own `this.removeAllListeners('tick')` is no detach)
    return closes and not detaches


def _clears_before(call: Node, fn: Node) -> bool:
    """Whether `fn` clears a timer, or leaves when one is pending (`if (this.timer) return`),
    before it arms `call`: then a second run replaces no pending timer."""
    holder = outermost(call).parent
    stored = normalised(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" else None
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.start_byte >= call.start_byte:
            break
        if node.type == "call_expression" and callee_name(node) in TIMER_CLEARS:
            return True
        if node.type == "if_statement" and stored and stored in text(node.child_by_field_name("condition")):
            return True
    return False


def _arms(ident: Node) -> bool:
    """`timer = setTimeout(tick, 0)`: the write that starts the loop, not a way out of it."""
    holder = outermost(ident).parent
    value = unwrap(holder.child_by_field_name("right")) if holder is not None and holder.type == "assignment_expression" else None
    return value is not None and value.type == "call_expression" and callee_name(value) in TIMER_STARTS


def _cleared(ident: Node) -> bool:
    """`clearTimeout(timer)`: the handle passed to a clear."""
    parent = outermost(ident).parent
    call = parent.parent if parent is not None and parent.type == "arguments" else None
    return call is not None and call.type == "call_expression" and (callee_name(call) or "").startswith("clear")


def _called_in(body: Node | None) -> Node | None:
    """The call an arrow's body makes, through `void` and the reactions chained on its promise:
    `() => void renew().catch(log)` calls `renew()`."""
    while body is not None:
        if body.type == "unary_expression" and text(body.child_by_field_name("operator")) == "void":
            body = unwrap(body.child_by_field_name("argument"))
        elif body.type == "call_expression" and callee_name(body) in ("catch", "then", "finally") and callee_object(body) is not None \
                and callee_object(body).type == "call_expression":
            body = callee_object(body)
        else:
            return body
    return None


DEFERRING = frozenset({"setTimeout", "setImmediate", "nextTick", "queueMicrotask", "requestAnimationFrame"})


def _deferred_starts(loop: Node, ctx: FileContext) -> list[Node]:
    """`setTimeout(tick, ms)` outside `tick`: the loop's first run, deferred."""
    name = declared_name(loop)
    binding = ctx.model.binding_of(name) if name is not None else None
    starts = []
    field = field_arrow(loop)
    method = (field[0], field[1]) if field is not None else \
        (loop.parent.parent, text(loop.child_by_field_name("name"))) if loop.type == "method_definition" and loop.parent is not None else None
    if method is not None:  # `requestAnimationFrame(this.draw)` in `componentDidMount()`, for `draw = () => {...}`
        spelled = f"this.{method[1]}"
        starts += [c for c in walk(method[0]) if c.type == "call_expression" and callee_name(c) in DEFERRING and not contains(loop, c)
                   and call_arguments(c) and normalised(call_arguments(c)[0]) == spelled]
    for reference in binding.references if binding is not None else ():
        holder = outermost(reference.identifier).parent
        call = holder.parent if holder is not None and holder.type == "arguments" else None
        if call is not None and call.type == "call_expression" and callee_name(call) in DEFERRING and not contains(loop, call):
            starts.append(call)
    return starts


def _process_long_test(conditional: Node, ctx: FileContext) -> bool:
    """`if (shutdownSignal.aborted) return`: a test of module-level (or imported) state only,
    which changes once for the whole process, so a loop started per run still outlives it."""
    condition = conditional.child_by_field_name("condition")
    names = [n for n in walk(condition) if n.type == "identifier"] if condition is not None else []
    if not names or any(n.type in ("call_expression", "this") for n in walk(condition)):
        return False
    for name in names:
        parent = name.parent
        if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("property") == name:
            continue
        binding = ctx.model.binding_of(name)
        if binding is None or not binding.is_module_level:
            return False
    return True


def _timer_promise_helper(call: Node, settles) -> tuple[str, Node] | None:
    """The named function that returns a promise its timer settles: `function timeout(ms) {
    return new Promise((_, reject) => setTimeout(() => reject(...), ms)) }`, `const sleep = (ms)
    => new Promise((r) => setTimeout(r, ms))`. None when the timer's handle is kept."""
    executor = outermost(call).parent
    if executor is not None and executor.type == "expression_statement":
        block = executor.parent
        executor = block.parent if block is not None and block.type == "statement_block" else None
    if executor is None or executor.type not in FUNCTION_TYPES or promise_of_executor(executor) is None:
        return None
    args = call_arguments(call)
    callback = unwrap(args[0]) if args else None
    if callback is None or not settles(callback, executor):
        return None
    made = outermost(promise_of_executor(executor))
    holder = made.parent
    if holder is not None and holder.type == "return_statement":
        block = holder.parent
        helper = block.parent if block is not None and block.type == "statement_block" else None
    else:
        helper = holder if holder is not None and holder.type == "arrow_function" else None
    if helper is None or helper.type not in FUNCTION_TYPES:
        return None
    name = function_name(helper)
    return (name.rsplit(".", 1)[-1], helper) if name else None


def _race_of_arm(use: Node) -> Node | None:
    """The `Promise.race([...])`/`Promise.any([...])` call that `use` (or a `.then`/`.catch` chain
    on it) is an element of."""
    node = use
    while node.parent is not None and node.parent.type == "member_expression" and node.parent.parent is not None \
            and node.parent.parent.type == "call_expression":
        node = node.parent.parent  # `sleep(ms).then(...)`
    node = outermost(node)
    arms = node.parent
    race = arms.parent.parent if arms is not None and arms.type == "array" and arms.parent is not None else None
    if race is not None and race.type == "call_expression" and text(race.child_by_field_name("function")) in ("Promise.race", "Promise.any"):
        return race
    return None


# The modules whose `setTimeout` returns a promise, cancellable only through `{ signal }`.
PROMISE_TIMER_MODULES = frozenset({"timers/promises", "node:timers/promises"})


def _race_through_const(call: Node) -> Node | None:
    """`const deadline = sleep(ms).then(fail); return Promise.race([work, deadline])`: the race
    that takes the const holding the timer's promise (or a chain on it)."""
    node = call
    while node.parent is not None and node.parent.type == "member_expression" and node.parent.parent is not None \
            and node.parent.parent.type == "call_expression":
        node = node.parent.parent
    holder = outermost(node).parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    scope = enclosing_function(holder) if name is not None and name.type == "identifier" else None
    if scope is None:
        return None
    return next((race for n in walk(scope) if n.type == "identifier" and n != name and text(n) == text(name)
                 and (race := _race_of_arm(n)) is not None), None)


def _race_arm(fn: Node) -> bool:
    """`fn` is the executor of a `new Promise(...)` that is an arm of `Promise.race([...])`:
    the other arms are the work the timer races against."""
    made = promise_of_executor(fn)
    if made is None:
        return False
    if _race_of_arm(made) is not None:
        return True
    holder = outermost(made).parent  # `const timeout = new Promise(...); return Promise.race([work, timeout])`
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    scope = enclosing_function(holder) if name is not None else None
    return scope is not None and name.type == "identifier" and any(
        n.type == "identifier" and n != name and text(n) == text(name) and _race_of_arm(n) is not None for n in walk(scope))


def _handle_name(call: Node) -> str | None:
    """`timer` of `const timer = setTimeout(...)` or `timer = setTimeout(...)`."""
    holder = outermost(call).parent
    if holder is not None and holder.type == "variable_declarator":
        return text(holder.child_by_field_name("name"))
    if holder is not None and holder.type == "assignment_expression":
        left = unwrap(holder.child_by_field_name("left"))
        return text(left) if left is not None and left.type == "identifier" else None
    return None


def _single_method_call(callback: Node | None) -> str | None:
    """`() => { this.flushPending(); }` or `() => this.flush()`: the one call it makes, as text."""
    if callback is None or callback.type not in FUNCTION_TYPES:
        return None
    body = unwrap(callback.child_by_field_name("body"))
    if body is not None and body.type == "statement_block":
        statements = [n for n in body.named_children if n.type != "comment"]
        if len(statements) != 1 or statements[0].type != "expression_statement":
            return None
        body = unwrap(statements[0].named_children[0]) if statements[0].named_children else None
    if body is None or body.type != "call_expression" or call_arguments(body):
        return None
    callee = body.child_by_field_name("function")
    owner = unwrap(callee.child_by_field_name("object")) if callee is not None and callee.type == "member_expression" else None
    return text(callee) if owner is not None and owner.type == "this" else None  # the instance's own work: `this.flush()`


def _branch_of(call: Node) -> Node | None:
    """The `if` whose consequence or alternative holds the call (in the same function)."""
    node = call.parent
    while node is not None and node.type not in FUNCTION_TYPES:
        if node.type == "if_statement":
            return node
        node = node.parent
    return None


def _other_branches(branch: Node, call: Node) -> Iterator[Node]:
    """Every node in the conditional branches of `branch`'s if/else-if chain other than the one
    that holds `call`."""
    first = branch
    while first.parent is not None and first.parent.type == "else_clause" and first.parent.parent is not None \
            and first.parent.parent.type == "if_statement":
        first = first.parent.parent  # up to the first `if` of an `else if` chain
    current: Node | None = first
    while current is not None and current.type == "if_statement":
        consequence = current.child_by_field_name("consequence")
        if consequence is not None and not contains(consequence, call):
            yield from walk(consequence, skip=FUNCTION_TYPES)
        alternative = current.child_by_field_name("alternative")
        inner = next((c for c in alternative.named_children), None) if alternative is not None else None
        current = inner if inner is not None and inner.type == "if_statement" else None
    # A plain `else` is the other half of one decision per call (defer this time, or not): only
    # a branch with a condition of its own (a full buffer) runs later, while a timer is pending.


def _is_global_timer(call: Node, ctx: FileContext) -> bool:
    fn = unwrap(call.child_by_field_name("function"))
    if fn is not None and fn.type == "identifier":
        binding = ctx.model.binding_of(fn)
        return binding is None or (binding.source_module or "").removeprefix("node:") == "timers"
    owner = callee_object(call)
    return owner is not None and text(owner) in (*GLOBAL_OBJECT_NAMES, "timers")


def _starts_with_state_check(fn: Node) -> bool:
    """`if (this.closed) return` (or `if (!this.running) { return }`) as the first statement."""
    body = fn.child_by_field_name("body")
    statements = _statements(body)
    first = statements[0] if statements else None
    if first is None or first.type != "if_statement":
        return False
    condition = text(first.child_by_field_name("condition"))
    consequence = first.child_by_field_name("consequence")
    ends = consequence is not None and (consequence.type == "return_statement" or text(consequence).lstrip("{ \t\r\n").startswith("return"))
    only = len(statements) == 1 and first.child_by_field_name("alternative") is None  # `if (!this.stopped) { ... }`
    return (ends or only) and "this." in condition


def _holds_instance(call: Node, owner: Node, ctx: FileContext, callback: Node | None = None) -> bool:
    """The timer's callback reaches the instance: an arrow or local function that uses the
    owner's `this`, or a bound method. A plain `function () {}` callback has a `this` of its own."""
    callback = callback or unwrap(call_arguments(call)[0])
    if callback is not None and callback.type == "identifier":
        callback = ctx.model.function_named(callback)
    if callback is None:
        return False
    if callback.type == "member_expression" or callback.type == "call_expression":
        return text(callback).startswith("this.")
    return any(node.type == "this" and this_owner(node) == owner for node in walk(callback))


def _tears_down(call: Node, callback: Node | None = None) -> bool:
    """`setTimeout(() => this.destroy(), 1000)`: the timer is the teardown, not kept from it."""
    callback = callback or unwrap(call_arguments(call)[0])
    return callback is not None and any(
        node.type == "call_expression" and TEARDOWN_METHODS.match(callee_name(node) or "") is not None
        and text(callee_object(node)) == "this"
        for node in walk(callback)
    )


def _statements(body: Node | None) -> list[Node]:
    """A block's statements, without its comments."""
    if body is None or body.type != "statement_block":
        return []
    return [node for node in body.named_children if node.type != "comment"]


def _ends_activity(method: Node) -> bool:
    """A teardown that changes the instance's state (`this.stopped = true`, `this.timer = null`)
    or clears a timer: `disconnectSockets()` that only sends a message is named like one, but is not."""
    for node in walk(method):
        if node.type == "assignment_expression" and text(node.child_by_field_name("left")).startswith("this."):
            return True
        if node.type == "call_expression" and callee_name(node) in ("clearTimeout", "clearInterval"):
            return True
        if node.type == "call_expression" and callee_name(node) in ENDING_METHODS and text(callee_object(node)).startswith("this."):
            return True  # `this.subscribers.clear()`, `this.socket.destroy()`
    return False


def _hands_back_promise(fn: Node) -> bool:
    """`fn` hands back the promise its watchdog settles: it is async, or returns `new Promise(...)`
    or a `Promise.race(...)`. A function that hands back a signal its timer aborts
    (`AbortSignal.timeout()` written by hand) guards no work of its caller's."""
    if any(c.type == "async" for c in fn.children):
        return True
    body = fn.child_by_field_name("body")
    values = [unwrap(body)] if body is not None and body.type != "statement_block" else \
        [unwrap(n.named_children[0]) for n in walk(body, frozenset(FUNCTION_TYPES)) if n.type == "return_statement" and n.named_children] if body is not None else []
    return any(v is not None and ((v.type == "new_expression" and text(v.child_by_field_name("constructor")) == "Promise")
                                  or (v.type == "call_expression" and text(v.child_by_field_name("function")) in ("Promise.race", "Promise.any")))
               for v in values)
