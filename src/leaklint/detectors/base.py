"""What every detector is: a rule's parameters in, reports about nodes out.

A detector never builds findings itself: it yields `Report`s, and the engine turns them into
findings in one place (locations, fingerprints, suppressions later), as ruff does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterator

from tree_sitter import Node

from ..semantic import RunContext, RunsHow
from ..semantic.callers import call_flow, refine
from ..semantic.lifecycles import Started, held_past_component_end, instance_start, lifecycle_start, may_hold_starts
from ..semantic.effects import Vocabulary
from ..semantic.handles import kept_unread, stored_over_previous
from ..semantic.nodes import FUNCTION_TYPES, callee_name, callee_object, contains, enclosing_function, iterated_by, outermost, returned_by, short_text, text, unwrap, walk
from ..semantic.owners import this_calls
from ..semantic.scopes import BindingKind
from ..findings import ImportedUse, Requirement, Severity, Summary
from ..semantic.nodes import shown_callee
from .parameters import Param

if TYPE_CHECKING:
    from ..semantic.missed_paths import Miss
    from ..semantic.summaries import ImportedCall
    from ..context import FileContext
    from ..rules import Rule


@dataclass
class Report:
    node: Node
    message: str
    severity: Severity | None = None  # None: the rule's configured severity
    related: list[tuple[Node, str]] = field(default_factory=list)
    code_flow: list[tuple[Node, str]] = field(default_factory=list)
    exports: tuple[tuple[str, ...], ...] = ()  # names other modules reach the flagged value by
    # The call or store that keeps what this report is about, and how to say so inside that
    # call's own report: when another rule reports the holder, one fix silences both, so the
    # engine folds this report into that one (one finding per cause).
    holder: Node | None = None
    as_part: str = ""
    # The request itself is what the holder keeps (`clients.set(id, res)`): this report stands,
    # and a growing container's report on that store becomes its part instead.
    leads: bool = False
    # The registration, interval or store itself, when the report stands elsewhere (at the
    # call of the helper that makes it): what other reports' `holder` points at.
    acquisition: Node | None = None
    # A call of an imported helper: a finding only if the helper's file summarises it so.
    needs: Requirement | None = None
    needs_site: Node | None = None  # the call of that helper, when the report stands elsewhere


def repeated_run(site: Node, ctx: "FileContext") -> RunContext | None:
    """How often `site` runs, when the file shows it repeats and no flag makes it once."""
    from ..semantic.guards import guarded_once  # guards imports the file context, which would import it back

    runs = ctx.run_context(site)
    runs = refine(runs, ctx.model) if runs.how is RunsHow.MAYBE else runs
    return runs if runs.how is RunsHow.REPEATED and not guarded_once(site, ctx) else None


def repeating_report(call: Node, message: str, runs: RunContext, step: str) -> Report:
    """A report at `call`, made in code whose frequency `runs` (semantic.runs) tells: a warning
    when the code is proven to repeat, a note when only maybe; the registration that makes it
    repeat is a related location, and the code flow leads from the repeating code to `step`."""
    related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
    return Report(repeating_site(runs, call), message, severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE, related=related,
                  code_flow=call_flow(runs, call, step), acquisition=call)


def repeating_site(runs: RunContext, call: Node) -> Node:
    """Where a finding about `call` stands: at the call in the repeating code that runs it
    through helpers, or at `call` itself when that call is in `call`'s own function (a
    reconnect or retry loop that calls itself again: the acquisition is what repeats)."""
    if not runs.calls or contains(enclosing_function(call) or call, runs.calls[0]):
        return call
    return runs.calls[0]


def base_form(verb: str) -> str:
    """The verb a message tells the reader to do: "closed" -> "close", "cleared" -> "clear"."""
    if verb.endswith(("sed", "ved", "ued", "ced", "ated")):
        return verb[:-1]
    return verb.removesuffix("ed")


def gerund(verb: str) -> str:
    """"closed" -> "closing", "cleared" -> "clearing", "terminated" -> "terminating"."""
    base = base_form(verb)
    return (base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"


def entry_left_running(call: Node, clears: tuple[str, ...], resource: str, lasting: str, ctx: "FileContext",
                       verb: str = "cleared", endless: bool | None = None) -> Report | None:
    """A timer (or a watcher: `verb` closed, `endless`) kept in an entry of a long-lived table
    (semantic.entry_timers) that a way out removes without releasing: reported at the start,
    with the removal as the step that forgets it. `lasting` says how long a forgotten one keeps
    its closure."""
    from ..semantic.entry_timers import removed_uncleared
    from ..semantic.missed_paths import line
    from ..semantic.nodes import function_name
    from ..semantic.provenance import fresh_key

    left = removed_uncleared(call, clears, ctx, endless)
    if left is None:
        return None
    runs = in_start(ctx.run_context(call), call, ctx)
    if runs.how is RunsHow.ONCE:
        return None
    fresh = fresh_key(left.key, ctx.model) if left.key is not None else None
    if runs.how is RunsHow.MAYBE and fresh is not None:  # one entry per call, keyed to tell calls apart: the call repeats
        runs = RunContext(RunsHow.REPEATED, f"{runs.where}, one entry per call (keyed by {fresh})", runs.registration)
    remover = enclosing_function(left.removal)
    name = function_name(remover) if remover is not None else None
    named = f"`{name}()`" if name else "a callback" if remover is not None else "the code"
    if left.cleared_elsewhere is not None and remover is not None and contains(remover, left.cleared_elsewhere):
        cleared = (f"is {verb} in only one branch of {named} (line {line(left.cleared_elsewhere)}), though {named} removes the entry "
                   f"whichever branch runs (line {line(left.removal)})")
    elif left.cleared_elsewhere is not None:
        cleared = f"is {verb} on one way out (line {line(left.cleared_elsewhere)}), but {named} removes the entry (line {line(left.removal)}) without {gerund(verb)} it"
    elif left.fires_removal:
        cleared = f"removes its entry when it fires, but {named} removes the entry first (line {line(left.removal)}) and leaves it pending"
    else:
        cleared = f"is never {verb}, and {named} removes the entry that holds its only handle (line {line(left.removal)})"
    kept = f"kept in `{left.prop}` of each entry of `{left.container}`" if left.prop else f"kept as an entry of `{left.container}`"
    message = (f"{resource} {kept} {runs.where} {cleared}: {lasting}; "
               f"{base_form(verb)} it wherever the entry is removed")
    report = repeating_report(call, message, runs, f"{resource} started here and kept in the entry")
    report.related.append((left.removal, f"the entry is removed here, its {resource} left running"))
    if left.cleared_elsewhere is not None:
        report.related.append((left.cleared_elsewhere, f"{verb} here, on another way out"))
    report.code_flow.append((left.removal, f"the entry is removed without {gerund(verb)} its {resource}"))
    return report


def first_on_fresh_instance(site: Node, ctx: "FileContext") -> bool:
    """`const s = new Session(sock); s.start()`: the only call of that method on an instance
    made by the same run of the same function (no loop between them): whatever the method
    replaces on the instance, there is nothing running there yet."""
    from ..semantic.nodes import LOOP_TYPES, callee_name

    receiver = unwrap(callee_object(site))
    binding = ctx.model.binding_of(receiver) if receiver is not None and receiver.type == "identifier" else None
    if binding is None or binding.is_module_level or binding.kind not in (BindingKind.CONST, BindingKind.LET):
        return False
    value = unwrap(binding.value)
    fn = enclosing_function(site)
    if value is None or value.type != "new_expression" or fn is None or enclosing_function(binding.declaration) != fn:
        return False
    node = site.parent
    while node is not None and node != fn:
        if node.type in LOOP_TYPES and not contains(node, binding.declaration):
            return False
        node = node.parent
    method = callee_name(site)
    calls = [r for r in binding.references if r.identifier.parent is not None and r.identifier.parent.type == "member_expression"
             and text(r.identifier.parent.child_by_field_name("property")) == method]
    return len(calls) == 1


def once_per_fresh_instance(method: Node | None, ctx: "FileContext") -> bool:
    """`const s = new Session(ws); s.start()` is every call of `start()` there is: the class is
    not exported, and each call is the first on an instance made just before
    (first_on_fresh_instance). A second run on one instance never comes, so what the method
    replaces or adds on it has no earlier run to lose."""
    from ..semantic.exports import function_exports
    from ..semantic.summaries import call_sites

    cls = method.parent.parent if method is not None and method.type == "method_definition" and method.parent is not None else None
    if cls is None or cls.type not in ("class_declaration", "class") or function_exports(cls, ctx.model):
        return False
    sites = call_sites(method, ctx.model)
    return bool(sites) and all(first_on_fresh_instance(site, ctx) for site in sites)


def in_start(runs: RunContext, call: Node, ctx: "FileContext") -> RunContext:
    """How often code of unknown frequency runs, when the file says more: its callers repeat
    it (callers.refine), or it is a component's start (`componentDidMount()`), which runs on
    every mount."""
    if runs.how is not RunsHow.MAYBE:
        return runs
    refined = refine(runs, ctx.model)
    if refined.how is not RunsHow.MAYBE:
        return refined  # proven to repeat (a warning), or to run once at start-up
    started = lifecycle_start(call)
    return per_mount(started) if started is not None else runs


def per_mount(started: "Started") -> RunContext:
    """A component's start (`componentDidMount()`, a useEffect callback) runs on every mount."""
    said = ", which " in started.start_name  # "`setup()`, which Vue runs once per mount" says it already
    return RunContext(RunsHow.REPEATED, f"in {started.start_name}" + ("" if said else f", which runs on {started.repeats}"), None)


def with_both_paths(report: Report, missed: "Miss", without: str, only: str) -> Report:
    """A release that misses one path (semantic.missed_paths): the report points at that path
    and at the release that runs elsewhere."""
    report.related += [(missed.node, f"this path ends without {without}"), (missed.release, f"{only} here only")]
    return report


# Where a helper call's value may land for its summary to decide: dropped, stored, or only
# tested (`if (!markSeen(id))`), through `await` and `!`.
VALUE_HOLDERS = frozenset({"expression_statement", "variable_declarator", "assignment_expression", "if_statement"})
# Reactions chained on a helper's promise (`helper(...).catch(log)`): the value still lands where the chain's does.
PROMISE_CHAIN = frozenset({"then", "catch", "finally"})


def _value_holder(call: Node) -> Node | None:
    node = outermost(call)
    while node.parent is not None:
        parent = node.parent
        operator = parent.child_by_field_name("operator") if parent.type == "unary_expression" else None
        if parent.type == "await_expression" or (operator is not None and operator.type in ("!", "void")):  # `void helper()`: dropped
            node = outermost(parent)
        elif _chained_reaction(node):
            node = outermost(parent.parent)
        else:
            break
    parent = node.parent
    if parent is not None and parent.type == "parenthesized_expression" and parent.parent is not None and parent.parent.type == "if_statement":
        return parent.parent
    return parent


def _chained_reaction(node: Node) -> bool:
    """`helper(...).catch(log)`: a reaction chained on the call's promise, whose own value is
    the same run's outcome."""
    member = node.parent
    call = member.parent if member is not None and member.type == "member_expression" and member.child_by_field_name("object") == node else None
    return call is not None and call.type == "call_expression" and call.child_by_field_name("function") == member \
        and text(member.child_by_field_name("property")) in PROMISE_CHAIN


# Methods that end what an instance started (`watcher.unwatchAll()`, `client.close()`, `sub.dispose()`).
INSTANCE_RELEASES = re.compile(r"^_*(?:stop|close|destroy|dispose|shutdown|disconnect|terminate|teardown|cleanup|quit|unmount|end|abort"
                               r"|un[a-z]|remove|release|detach|off|clear|reset)", re.IGNORECASE)


def released_instance(site: Node, ctx: "FileContext") -> bool:
    """`watcher.watch(feed, ...)` on an instance of an imported class whose end the caller also
    calls (`watcher.unwatchAll()` on disconnect): whatever the method adds, the instance can take
    back, and here it is asked to. Searched by spelling in the function the call is in."""
    answers = ctx.shared.setdefault("base.released_instance", {})  # asked by every rule of the same call
    if site.id not in answers:
        answers[site.id] = _released_instance(site, ctx)
    return answers[site.id]


def _released_instance(site: Node, ctx: "FileContext") -> bool:
    from ..semantic.keys import this_owner
    from ..semantic.nodes import parameter_property_type

    receiver = callee_object(site)
    if receiver is None or receiver.type not in ("identifier", "member_expression"):
        return False
    holder = unwrap(receiver.child_by_field_name("object")) if receiver.type == "member_expression" else None
    if holder is not None and holder.type == "this" \
            and parameter_property_type(this_owner(receiver), text(receiver.child_by_field_name("property"))) is not None:
        return False  # `this.audit.end(id)` on an injected service: the operation's end, not the one instance's
    return calls_teardown_on(text(receiver), enclosing_function(site) or ctx.source.root)


@dataclass(frozen=True)
class LeftRunning:
    """A construction, per run, of a class of the file whose method starts something only the
    class's teardown stops, with the teardown never called on that instance."""

    construction: Node  # `new PartnerClient(...)`
    runs: RunContext
    started_by: str  # the method called on the instance that leads to the start: `connect`
    teardown: str  # `close`


def instance_left_running(call: Node, target: Node | None, ctx: "FileContext") -> LeftRunning | None:
    """`client = new PartnerClient(creds); await client.connect()` per request, where `connect()`
    (itself or through `this.scheduleRefresh()`) stores a timer in `this.refreshTimer` and only
    `close()` clears it, and the request never calls `client.close()` nor hands `client` on: every
    run leaves an instance whose timer runs for good. `target` is where the start is kept."""
    from ..semantic.nodes import CLASS_TYPES

    target = unwrap(target)
    method = enclosing_function(call)
    while method is not None and method.type != "method_definition":
        method = enclosing_function(method)
    cls = method.parent.parent if method is not None and method.parent is not None else None
    if target is None or target.type != "member_expression" or unwrap(target.child_by_field_name("object")).type != "this" \
            or cls is None or cls.type not in CLASS_TYPES or cls.child_by_field_name("name") is None:
        return None
    field = f"this.{text(target.child_by_field_name('property'))}"
    methods = {text(m.child_by_field_name("name")): m for m in (cls.child_by_field_name("body").named_children if cls.child_by_field_name("body") else ())
               if m.type == "method_definition"}
    teardowns = [name for name, m in methods.items() if INSTANCE_RELEASES.match(name) and field in text(m)]
    if not teardowns or text(method.child_by_field_name("name")) == "constructor":
        return None
    # the methods that lead to the start: it, and those that call it through `this.` (one hop)
    start = text(method.child_by_field_name("name"))
    leading = {start} | {name for name, m in methods.items() if f"this.{start}(" in text(m) and name not in teardowns}
    name = text(cls.child_by_field_name("name"))
    if f"new {name}".encode() not in ctx.source.data:
        return None  # made nowhere in the file (as spelled most often), before the tree is walked
    for new in (n for n in walk(ctx.source.root) if n.type == "new_expression" and text(n.child_by_field_name("constructor")) == name):
        holder = outermost(new).parent
        kept = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
        fn = enclosing_function(new)
        if kept is None or kept.type != "identifier" or fn is None:
            continue
        spelled = text(kept)
        body = text(fn)
        called = next((m for m in leading if re.search(rf"\b{re.escape(spelled)}\s*\.\s*{re.escape(m)}\s*\(", body)), None)
        if called is None or calls_teardown_on(spelled, fn) or re.search(rf"(?:\breturn\s+|[(,]\s*){re.escape(spelled)}\s*[,)]|return\s+{re.escape(spelled)}\b", body):
            continue  # not started here, ended here, or handed on to whoever ends it
        runs = refine(ctx.run_context(new), ctx.model)
        if runs.how is not RunsHow.REPEATED:  # `const poller = new Poller(...)` in a composable, `onMounted(() => poller.start())`
            runs = _started_per_mount(fn, spelled, called, ctx) or runs
        if runs.how is RunsHow.REPEATED:
            return LeftRunning(new, runs, called, teardowns[0])
    return None


def _started_per_mount(fn: Node, spelled: str, method: str, ctx: "FileContext") -> RunContext | None:
    """How often `spelled.method()` runs when a component's start inside `fn` calls it: once per
    mount, unless that component's end tears the object down."""
    for call in ctx.calls_named((method,)):
        receiver = callee_object(call)
        if receiver is None or text(receiver) != spelled or not contains(fn, call):
            continue
        started = lifecycle_start(call)
        if started is not None and not any(calls_teardown_on(spelled, end) for end in started.ends):
            return per_mount(started)
    return None


def calls_teardown_on(spelled: str, scope: Node) -> bool:
    """Whether `scope` calls a teardown-named method (`stop()`, `dispose()`, `close()`...) on what
    is spelled `spelled` there (`poller`, `ctx.cache`, with or without `?.`)."""
    pattern = re.compile(re.escape(spelled).replace(r"\.", r"\s*\??\.\s*") + r"\s*\??\.\s*([A-Za-z_$][\w$]*)\s*\(")
    return any(INSTANCE_RELEASES.match(m.group(1)) for m in pattern.finditer(text(scope)))


def _torn_down_at_end(site: Node, started: Started) -> bool:
    """The call is on a field of the instance (`this.metrics.init()`) that the instance's
    teardown tears down (`this.metrics.stop()`)."""
    receiver = unwrap(callee_object(site))
    while receiver is not None and receiver.type == "member_expression" and unwrap(receiver.child_by_field_name("object")).type != "this":
        receiver = unwrap(receiver.child_by_field_name("object"))
    return receiver is not None and receiver.type == "member_expression" and any(calls_teardown_on(text(receiver), end) for end in started.ends)


def repeated_imported_calls(ctx: "FileContext", any_use: bool = False) -> list[tuple["ImportedCall", Node, RunContext]]:
    """Calls of imported helpers, in code that repeats and unguarded, whose result is dropped or
    stored: what a helper's summary in another file may make a leak (project.join decides).
    With `any_use`, also those whose result goes into another expression (`res.end(await
    ask(x))`): what a helper does to its own module's objects does not depend on it. Found
    once per file for every rule that asks."""
    from ..semantic.guards import guarded_once  # guards imports the file context, which would import it back

    found = ctx.shared.get("imported.repeated")
    if found is None:
        found = ctx.shared["imported.repeated"] = []
        starts: bool | None = None  # whether the file spells any component start, asked at the first call that needs it
        for call in ctx.imported_calls:
            if call.chain[-1:] == ("constructor",):
                continue  # a `new`: what its constructor starts, only repeated_constructions asks
            parent = _value_holder(call.site)
            if parent is None:
                continue
            runs = ctx.run_context(call.site)
            if runs.how is RunsHow.MAYBE and starts is None:
                starts = may_hold_starts(ctx)
            if runs.how is RunsHow.MAYBE and starts:
                # `onMounted(() => listen(...))`: a component's start runs per mount, whatever it does
                # with the result (the join lets a kept disposer pass; one the component keeps and
                # never releases, pairing judges; one left out of a destructuring, the summary's key tells)
                started = lifecycle_start(call.site)
                runs = RunContext(RunsHow.REPEATED, f"in {started.start_name}", None) if started is not None else runs
            if runs.how is RunsHow.MAYBE:  # a method of the file's own instance, called from a handler of its file
                runs = refine(runs, ctx.model)
            if runs.how is RunsHow.MAYBE and b"class" in ctx.source.data:
                # `mount() { listenTo(center, fn) }` in a class whose `destroy()` ends its instances: once per instance, for good
                started = instance_start(call.site, ctx.model)
                if started is not None and _torn_down_at_end(call.site, started):
                    continue  # `this.metrics.init()` beside `stop() { this.metrics.stop() }`: the teardown ends what it started
                runs = RunContext(RunsHow.REPEATED, f"in {started.start_name}, once for every instance ({started.end_name} "
                                  "says instances come and go)", None) if started is not None else runs
            if runs.how is RunsHow.REPEATED and not guarded_once(call.site, ctx):
                found.append((call, parent, runs))
    # Otherwise the value goes into another expression: whoever takes it decides.
    return found if any_use else [entry for entry in found if entry[1].type in VALUE_HOLDERS]


def repeated_constructions(ctx: "FileContext") -> list[tuple["ImportedCall", RunContext]]:
    """`new Session(ws)` of an imported class in code that repeats (or a component's start),
    wherever the instance goes: what the constructor starts, it starts anyway (its summary in
    the class's file decides, project.join)."""
    from ..semantic.guards import guarded_once

    found = ctx.shared.get("imported.constructions")
    if found is None:
        found = ctx.shared["imported.constructions"] = []
        for call in ctx.imported_calls:
            if call.chain[-1:] != ("constructor",):
                continue
            runs = ctx.run_context(call.site)
            started = lifecycle_start(call.site) if runs.how is RunsHow.MAYBE and may_hold_starts(ctx) else None
            if started is not None:
                runs = per_mount(started)
            if runs.how is RunsHow.MAYBE:  # `handle(msg) { new Context(msg) }`, called from the file's consumer
                runs = refine(runs, ctx.model)
            if runs.how is RunsHow.REPEATED and not guarded_once(call.site, ctx):
                found.append((call, runs))
    return found


def argument_freshness(site: Node, runs: RunContext, ctx: "FileContext") -> tuple[str, ...]:
    """For each argument of a helper's call, whether it is new on every run: "request" (read
    from the request), "id" (a fresh id, a counter), "connection" (the client's connection a
    connection handler is handed: a new one per client), or "" (a key checked against an
    allowlist first, `if (!PERIODS.includes(p)) throw`, or anything else): what decides at the
    join whether the helper's add makes a new entry per call."""
    from ..semantic.nodes import call_arguments
    from ..semantic.provenance import allowlisted, fresh_key, request_source
    from ..semantic.requests import client_connection

    return tuple("" if allowlisted(a, site, ctx.model) else "connection" if client_connection(a)
                 else "request" if request_source(a, runs, ctx.model) is not None
                 else "id" if fresh_key(a, ctx.model) is not None else "closure" if _made_per_run(a, site, ctx)
                 else "element" if _own_element(a, ctx) else ""
                 for a in call_arguments(site))


def _own_element(argument: Node, ctx: "FileContext") -> bool:
    """The DOM node of the component that is mounting, a new one with every mount: `ref.current`
    of a React `useRef()`, an Angular `ElementRef`'s `nativeElement` read in a method of the
    directive, Vue's `this.$el`, or a local const read from one of them."""
    node = unwrap(argument)
    if node is not None and node.type == "identifier":
        binding = ctx.model.binding_of(node)
        node = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and not binding.is_module_level else None
    if node is None or node.type != "member_expression":
        return False
    prop, holder = text(node.child_by_field_name("property")), unwrap(node.child_by_field_name("object"))
    if prop in ("nativeElement", "$el"):  # `this.host.nativeElement`, `this.$el`: read through the instance
        return holder is not None and (holder.type == "this" or holder.type == "member_expression"
                                       and unwrap(holder.child_by_field_name("object")).type == "this")
    if prop != "current":
        return False
    binding = ctx.model.binding_of(holder) if holder is not None and holder.type == "identifier" else None
    made = unwrap(binding.value) if binding is not None else None
    return made is not None and made.type == "call_expression" and callee_name(made) == "useRef"


def _made_per_run(argument: Node, site: Node, ctx: "FileContext") -> bool:
    """A function written at the call, a bound one made there (`this.show.bind(this)`), or a
    local const holding one made in the same function: a new closure on every run, never equal
    to the last one."""
    from ..semantic.nodes import FUNCTION_TYPES, callee_name

    node = unwrap(argument)
    if node is not None and node.type == "identifier":
        binding = ctx.model.binding_of(node)
        value = unwrap(binding.value) if binding is not None and not binding.is_module_level and not binding.writes else None
        node = value if value is not None and enclosing_function(value) == enclosing_function(site) else None
    if node is not None and node.type == "call_expression" and callee_name(node) == "bind" and callee_object(node) is not None:
        return True
    return node is not None and node.type in FUNCTION_TYPES


def own_object_calls(ctx: "FileContext", rule_id: str, what: str, never: str, owner: str = "an object of its module",
                     module_life: bool = False) -> Iterator[Report]:
    """Calls of imported helpers in code that repeats, as pending reports: findings if the
    helper's file summarises it as acting on an object of its own module on every call (slot
    OWN; project.join decides). `what` and `never` say what the helper does and what nothing
    does ("listener added", "never removed"); `owner` what it acts on, if worth saying. With
    `module_life`, repeating is judged against the module's life, as for its containers: a loop
    that fills a table from data is bounded."""
    from ..findings import OWN
    from ..semantic.exports import INSTANCE_STEP, SHARED_STEP
    from ..semantic.nodes import call_arguments
    from ..semantic.missed_paths import never_caused_by, remover_on_finish_only, route_leave_only, timeout_leaves_helper_entry
    from ..semantic.nodes import string_value
    from ..semantic.runs import run_context

    for call, _, runs in repeated_imported_calls(ctx, any_use=True):
        if not ctx.judges_for(call, rule_id):
            continue  # a helper only other rules summarise: no finding of this rule can come from it
        # `poller.stop()` on the instance too: settled, unless the summary says its teardown ends nothing (project.join)
        torn_down = INSTANCE_STEP in call.chain and released_instance(call.site, ctx)
        fresh: tuple[str, ...] = ()
        related: list[tuple[Node, str]] = []
        if module_life and runs.registration is None and lifecycle_start(call.site) is None:  # repeated by a loop, not by a handler or a component's start: ask again
            runs = refine(run_context(call.site, ctx.source.root), ctx.model, owner=ctx.source.root)
            if runs.how is not RunsHow.REPEATED:
                continue
        if module_life:
            fresh = argument_freshness(call.site, runs, ctx)
        helper, literals, kept = _call_parts(call.site, ctx)
        asked = handle_used_on_request_only(call.site, ctx) if kept and not module_life else None
        if asked is not None:  # `stops.set(id, feed.subscribe(...))` per 'watch', each called on 'unwatch' only
            kept = False
            table, peer, (release, event) = asked
            never = (f"what it hands back is kept in `{table.name}`, a table of each connection, and called only on the client's "
                     f"'{event}', never when `{peer}` ends: a client that leaves without asking keeps each one")
            related.append((release, f"called here, only on the client's '{event}'"))
        finish = remover_on_finish_only(call.site) if kept and not module_life else None
        if finish is not None:  # kept only for a 'finish' an abandoned response never emits
            kept = False
            related.append((finish, "the remover runs only here"))
        missed = kept_remover_missed(call.site, ctx) if kept and finish is None and not module_life else None
        if missed is not None:  # `stopListening()` past an early return of the unmount: called on one path only
            kept = False
            never = remover_path_words(missed)
            related.append((missed.release, "the remover runs here, on that path only"))
        guard = route_leave_only(call.site, ctx.model) if kept and missed is None and finish is None and b"RouteLeave" in ctx.source.data else None
        if guard is not None:  # kept, and released only when the route changes: a `v-if` on the same route unmounts without it
            kept = False
            never = (f"its remover runs only in `{callee_name(guard)}()`, which a component unmounted without leaving the route "
                     "(a `v-if`, a drawer, a tab) never runs")
            related.append((guard, "the remover runs only here"))
        holder = callee_object(call.site) if SHARED_STEP in call.chain else None  # `feed.subscribe(fn)`, `feed` made here from the imported class
        acted_on = f"module-level `{short_text(holder, 30)}`" if holder is not None else owner
        related += [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
        captured = captured_request(call_arguments(call.site), ctx)
        timer = timeout_leaves_helper_entry(call.site, ctx.relative_imports, call.specifier) if module_life else None
        # the module's other functions this run calls after it on one path only (`offProgress(id, send)` on 'finish' alone)
        partial, partial_path = _one_path_siblings(call, ctx) if module_life or not kept else ((), "")
        use = instance_use(call.site, ctx) if kept else InstanceUse()  # `const ws = await Workspace.create()`: what the run does with it
        if timer is not None:  # removed by the module's other function, which this operation's timeout never calls
            related.append((timer, TIMEOUT_LEAVES_ENTRY))
        yield Report(
            call.site,
            f"{what} through `{helper}()`{' to ' + acted_on if acted_on else ''} {runs.where}; "
            + (f"its timeout (line {timer.start_point[0] + 1}) settles the call without removing it, so every call that times out "
               "keeps its entry" if timer is not None else
               f"the remover it hands back runs only on `{short_text(callee_object(finish), 20)}`'s '{string_value(call_arguments(finish)[0])}', "
               f"{never_caused_by(finish)}, so every abandoned response keeps it" if finish is not None else never)
            + (f"; the closure it hands over captures `{captured[0]}`, so each one keeps a whole request alive" if captured else ""),
            code_flow=captured[1] if captured else [],
            related=related,
            severity=Severity.ERROR if captured and module_life else None,  # a container that keeps a request per run, as in one file
            needs=Requirement(rule_id, call.specifier, call.chain, OWN, "", kept, literals, fresh=fresh, left_by_timeout=timer is not None,
                              partial=partial, partial_path=partial_path or use.partial_path, mismatched=mismatched_undo(call.site, ctx),
                              instance_calls=use.every, instance_partial=use.partial, handed_on=use.handed_on, instance_read=kept,
                              torn_down=torn_down, guarded=imported_guards(call.site, ctx) if module_life else ()),
        )
    if not module_life:
        yield from _relayed_own_object_calls(ctx, rule_id, what, never, owner)


def imported_guards(site: Node, ctx: "FileContext") -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    """The arguments of `site` a guard before it checks with a predicate imported from the
    project (`if (!isPreset(p)) return`): whether that predicate asks a fixed list, its own
    file's summary says (slot ALLOWLIST; project.join)."""
    from ..semantic.nodes import call_arguments
    from ..semantic.provenance import guarding_predicate

    found = []
    for index, argument in enumerate(call_arguments(site)):
        predicate = guarding_predicate(unwrap(argument), site) if unwrap(argument) is not None else None
        entry = ctx.relative_imports.get(text(predicate)) if predicate is not None and predicate.type == "identifier" else None
        if entry is not None:
            found.append((index, entry[0], entry[1]))
    return tuple(found)


def mismatched_undo(site: Node, ctx: "FileContext") -> tuple[str, ...]:
    """`subscribe((next) => setItems(next))` beside `unsubscribe(setItems)`: a function written
    at the call can be handed to nothing else, so a counterpart of the helper (semantic.counterparts)
    called with as many arguments, a function in that place, takes something else out. Those
    counterparts' names, or none when the call hands in no function written in place."""
    from ..semantic.counterparts import counterpart_names
    from ..semantic.nodes import call_arguments, callee_name

    name = callee_name(site)
    if not name or not any(_made_in_place(a) for a in call_arguments(site)):
        return ()
    undo = set(counterpart_names(name))
    return tuple(sorted({callee_name(call) for call in (ctx.calls_named(tuple(undo)) if undo else ()) if undoes_another_function(site, call)}))


def undoes_another_function(site: Node, undo: Node) -> bool:
    """`subscribe(id, (m) => send(m))` beside `unsubscribe(id, handler)` on the same receiver: a
    function written at `site` can be handed to nothing else, so an undo with as many
    arguments, something other than a string in that place, takes something else out."""
    from ..semantic.nodes import call_arguments

    args, other = call_arguments(site), call_arguments(undo)
    written = [i for i, a in enumerate(args) if _made_in_place(a)]
    receiver, theirs = callee_object(site), callee_object(undo)
    bound = [i for i in written if unwrap(args[i]).type == "call_expression"]  # `on(window, 'resize', this.fit.bind(this))`
    return bool(written) and len(other) == len(args) and (text(receiver) if receiver is not None else None) == (text(theirs) if theirs is not None else None) \
        and all(unwrap(other[i]) is not None and unwrap(other[i]).type != "string" for i in written) \
        and (not bound or all(text(a) == text(b) for i, (a, b) in enumerate(zip(args, other)) if i not in written))


def _made_in_place(argument: Node) -> bool:
    """A function made by the call's own argument, new on every evaluation: written there, or
    `this.onResize.bind(this)`. Nothing else can hand the same one to a removal."""
    from ..semantic.nodes import FUNCTION_TYPES

    node = unwrap(argument)
    return node is not None and (node.type in FUNCTION_TYPES or node.type == "call_expression" and callee_name(node) == "bind")


def remover_path_words(missed: "Miss") -> str:
    """How a message says where a kept remover runs, and where not."""
    return f"its remover runs {missed.release_path}, not on {missed.path}"


def handed_back_remover_misses(fn: Node, ctx: "FileContext") -> "Iterator[tuple[Node, str, Miss | None]]":
    """The calls of `fn`, which hands back the only remover of what it adds, outside code that
    runs once, that lose the remover: "dropped" (a statement of its own), "one path" (kept and
    called on one path only, with that path) or "unused" (kept and never called). Calls that
    call it on every path, or hand it on, are skipped."""
    from ..semantic.releases import handle_kept
    from ..semantic.summaries import call_sites

    for site in call_sites(fn, ctx.model):
        if refine(ctx.run_context(site), ctx.model).how is RunsHow.ONCE:
            continue
        parent = outermost(site).parent
        if parent is not None and parent.type == "expression_statement":
            yield site, "dropped", None
            continue
        kept, missed = kept_remover_on_one_path(site, ctx)
        if missed is not None:
            yield site, "one path", missed
        elif handle_kept(site) and not kept:
            yield site, "unused", None


def kept_remover_on_one_path(site: Node, ctx: "FileContext") -> "tuple[bool, Miss | None]":
    """Whether the caller keeps what the helper it calls at `site` hands back, and reads it; and
    if so, the path on which it never calls it (kept_remover_missed), or None."""
    from ..semantic.handles import kept_unread
    from ..semantic.releases import handle_kept

    kept = handle_kept(site) and not kept_unread(site, ctx)
    stops = teardown_calls(site, ctx) if kept else None
    if stops is not None and not stops and not _methods_called(site, ctx):
        return False, None  # `const rec = record(id)`, read for `rec.events` and never stopped (nor any method of it called)
    return kept, kept_remover_missed(site, ctx) if kept else None


def kept_remover_missed(site: Node, ctx: "FileContext") -> "Miss | None":
    """The path on which the remover a call hands back, kept in a local (`const stop = on(...)`,
    `const off = consumer.on(...)`) and only ever called, is not called (semantic.missed_paths).
    The remover may be a teardown method of an object handed back (`rec.stop()`)."""
    from ..semantic.missed_paths import missed_path

    reads = _kept_reads(site, ctx)
    calls = [r.parent for r in reads if r.parent is not None and r.parent.type == "call_expression" and r.parent.child_by_field_name("function") == r]
    returned = [r.parent for r in reads if r.parent is not None and r.parent.type == "return_statement"]
    if returned and len(returned) + len(calls) == len(reads):
        return _cleanup_without_remover(site, returned, calls)
    if calls:
        return missed_path(site, calls) if len(calls) == len(reads) else None
    stops = teardown_calls(site, ctx)
    return missed_path(site, stops) if stops else held_past_component_end(site)


def _cleanup_without_remover(site: Node, returned: list[Node], calls: list[Node]) -> "Miss | None":
    """`const unsubscribe = store.subscribe(...); if (live) return unsubscribe; ...; return () =>
    clearInterval(t)`: an effect hands the remover back as its cleanup on one branch, and on
    another returns a cleanup that never calls it, so a run down that branch keeps the
    subscription after the component is gone."""
    from ..semantic.missed_paths import Miss, line

    started = lifecycle_start(site)
    effect = started.start if started is not None else None
    if effect is None or any(enclosing_function(r) != effect for r in returned):
        return None
    name = text(returned[0].named_children[0]) if returned[0].named_children else ""
    for exit_ in walk(effect.child_by_field_name("body") or effect, skip=FUNCTION_TYPES):
        if exit_.type != "return_statement" or exit_ in returned or not exit_.named_children or exit_.start_byte < site.end_byte:
            continue
        value = unwrap(exit_.named_children[0])
        if value is not None and any(c in calls and contains(value, c) for c in calls):
            continue  # `return () => { clearInterval(t); unsubscribe() }`
        return Miss(exit_, f"the cleanup returned at line {line(exit_)}, which never calls `{name}`", returned[0],
                    f"at line {line(returned[0])} only, as the cleanup of that branch")
    return None


# The names a handed-back disposer goes by: `stop`, `dispose`, `unsubscribe`, `releaseLock`; not `stopping`.
DISPOSER_NAMES = re.compile(r"^_*(?:stop|close|destroy|dispose|teardown|cleanup|un[a-z][\w$]*|remove|release|detach|off|cancel|abort|end|free|clear)"
                            r"(?:[A-Z][\w$]*)?$")


def _kept_reads(site: Node, ctx: "FileContext") -> list[Node]:
    """The reads of the local const or let a call's result is kept in (none if it is not); of a
    destructured result, those of the names taken for its teardown (`const { ready, stop } =`)."""
    holder = outermost(site).parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    if name is not None and name.type == "object_pattern":
        names = [n for n in name.named_children if n.type == "shorthand_property_identifier_pattern" and DISPOSER_NAMES.match(text(n))]
        names += [v for p in name.named_children if p.type == "pair_pattern" and DISPOSER_NAMES.match(text(p.child_by_field_name("key")))
                  and (v := p.child_by_field_name("value")) is not None and v.type == "identifier"]
        bindings = [b for n in names if (b := ctx.model.binding_of(n)) is not None]
        return [r.identifier for b in bindings for r in b.references if not r.is_write]
    binding = ctx.model.binding_of(name) if name is not None and name.type == "identifier" else None
    return [r.identifier for r in binding.references if not r.is_write] if binding is not None else []


def _methods_called(site: Node, ctx: "FileContext") -> bool:
    """Any method called on the object a call hands back, kept in a local: one whose name does
    not say teardown (`shutdown.settle()`) may be the way out all the same."""
    return any(r.parent is not None and r.parent.type == "member_expression" and r.parent.parent is not None
               and r.parent.parent.type == "call_expression" and r.parent.parent.child_by_field_name("function") == r.parent
               for r in _kept_reads(site, ctx))


def teardown_calls(site: Node, ctx: "FileContext") -> list[Node] | None:
    """`const rec = record(id); ...; rec.stop()`: the calls of a teardown method (stop, dispose,
    close, off...) on the object a call hands back, when the caller only reads its fields
    (`rec.events`) and hands it on nowhere; None when it is used otherwise."""
    calls = method_calls_on_result(site, ctx)
    return None if calls is None else [c for c in calls if INSTANCE_RELEASES.match(name := callee_name(c) or "") or DISPOSER_NAMES.match(name)]


def base_end_reports(ctx: "FileContext", rule_id: str, is_release: "Callable[[Node, Node], bool]", what: str) -> Iterator[Report]:
    """A subclass's end method that overrides its base's without calling `super.<end>()`
    (semantic.overrides): what the base releases there (`is_release(call, base_class)`), the
    subclass's instances keep. With the base in this file, judged here; imported from another
    analysed module, a pending report its summary decides (slot BASE_END, project.join)."""
    from ..findings import BASE_END, INSTANCE_STEP
    from ..semantic.overrides import end_method, framework_end, redone_in, releases_in, skipping_overrides

    overrides = ctx.shared.get("base.overrides")
    if overrides is None:
        overrides = ctx.shared["base.overrides"] = skipping_overrides(ctx.source.root, ctx.source.data)
    for override in overrides:
        subclass = text(override.cls.child_by_field_name("name")) or "the subclass"
        severity = None if framework_end(override.name) else Severity.NOTE
        message = (f"`{subclass}.{override.name}()` overrides `{override.base}.{override.name}()` without calling `super.{override.name}()`: "
                   f"the {what} the base releases there is never released for `{subclass}` instances"
                   + (", and each mount of one leaves it" if framework_end(override.name) else "") + f"; call `super.{override.name}()`")
        binding = ctx.model.module_scope.bindings.get(override.base)
        base = unwrap(binding.value) if binding is not None and binding.value is not None else None
        if base is None and binding is not None and binding.declaration.type in CLASS_DECLARATIONS:
            base = binding.declaration
        if base is not None and base.type in CLASS_DECLARATIONS + ("class",):
            end = end_method(base, override.name)
            releases = releases_in(end, lambda call: is_release(call, base)) if end is not None else []
            if releases and not redone_in(override.method, releases):
                yield Report(override.method.child_by_field_name("name"), message, severity=severity,
                             related=[(releases[0], "the base releases it here")], acquisition=releases[0])
            continue
        imported = ctx.relative_imports.get(override.base)
        if imported is not None:
            yield Report(override.method.child_by_field_name("name"), message, severity=severity,
                         needs=Requirement(rule_id, imported[0], (*imported[1], INSTANCE_STEP, override.name), BASE_END, override.base))


def base_end_summaries(ctx: "FileContext", rule_id: str, is_release: "Callable[[Node, Node], bool]") -> list[tuple[Summary, Node]]:
    """What each exported class's end methods release (slot BASE_END), for subclasses in
    other files that override them."""
    from ..findings import BASE_END, INSTANCE_STEP, NOWHERE
    from ..semantic.exports import class_exports
    from ..semantic.nodes import module_statements
    from ..semantic.overrides import is_end_method, releases_in

    data = ctx.source.data
    if b"export" not in data or b"class" not in data:
        return []
    ends = ctx.shared.get("base.class_ends")
    if ends is None:  # every top-level class's end methods with their calls, read once for every rule
        ends = ctx.shared["base.class_ends"] = []
        for statement in module_statements(ctx.source.root):
            cls = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
            body = cls.child_by_field_name("body") if cls is not None and cls.type in CLASS_DECLARATIONS else None
            for method in (m for m in (body.named_children if body is not None else ()) if m.type == "method_definition"):
                name = text(method.child_by_field_name("name"))
                if is_end_method(name):
                    ends.append((cls, name, releases_in(method, lambda call: True)))
    found = []
    for cls, name, calls in ends:
        releases = [call for call in calls if is_release(call, cls)]
        if releases:
            found += [(Summary(rule_id, (*chain, INSTANCE_STEP, name), BASE_END, text(cls.child_by_field_name("name")), NOWHERE,
                               f"the base's `{name}()` releases it here"), releases[0]) for chain in class_exports(cls, ctx.model)]
    return found


CLASS_DECLARATIONS = ("class_declaration", "abstract_class_declaration")


def released_on_client_request_only(call: Node, ctx: "FileContext", is_release: "Callable[[Node, Any], bool]") -> "tuple[Any, str, tuple[Node, str]] | None":
    """`watchers.set(path, fs.watch(...))` (or `const stop = feed.subscribe(...); stops.set(id,
    stop)`) in a connection's client listener ('watch'), the table made per connection and its
    entries released (`is_release(call, table)`) only in another of the client's listeners
    ('unwatch'), never where the connection ends ('close', 'disconnect'): a client that leaves
    without asking leaves each one active. The table's binding, the connection as spelled, and
    the release with the event it waits for."""
    from ..semantic.missed_paths import END_EVENTS, listener_of
    from ..semantic.nodes import call_arguments, declared_name, handed_to, string_value
    from ..semantic.releases import normalised

    local = declared_name(call)
    binding = ctx.model.binding_of(local) if local is not None else None
    handler = enclosing_function(call)
    connection_fn = enclosing_function(handler) if handler is not None else None
    registration = listener_of(call, connection_fn) if connection_fn is not None else None
    if registration is None or registration[1] in END_EVENTS:
        return None
    stores = [handed[0] for ident in ([r.identifier for r in binding.references] if binding is not None else [call])
              if (handed := handed_to(ident)) is not None and handed[0].type == "call_expression" and callee_name(handed[0]) == "set"
              and handed[1] == 1]
    table = ctx.model.binding_of(unwrap(callee_object(stores[0]))) if len(stores) == 1 and unwrap(callee_object(stores[0])) is not None else None
    peer = normalised(callee_object(registration[0]))
    if table is None or table.kind is not BindingKind.CONST or table.scope.function_scope.node != connection_fn:
        return None  # a table of the connection's own function: one per connection
    releases = [n for n in walk(connection_fn) if n.type == "call_expression" and is_release(n, table)]
    heard = [(release, listener_of(release, connection_fn)) for release in releases]
    asked = [(release, found) for release, found in heard if found is not None
             and (found[0] != registration[0] or _other_branch(release, call, handler))  # `if (msg.type === 'unwatch')` of the same listener
             and normalised(callee_object(found[0])) == peer and found[1] not in END_EVENTS]
    if not asked or any(found is None or found[1] in END_EVENTS for _, found in heard):
        return None  # released where the connection ends (or somewhere this does not place): trust it
    if any(normalised(callee_object(c)) == peer and string_value(call_arguments(c)[0] if call_arguments(c) else None) in END_EVENTS
           and any(n.type == "call_expression" and ctx.model.function_named(unwrap(n.child_by_field_name("function"))) is not None
                   for n in walk(call_arguments(c)[-1])) for c in ctx.calls_named(("on", "once")) if contains(connection_fn, c)):
        return None  # the end calls a function of the file: it may release them
    return table, peer, (asked[0][0], asked[0][1][1])


def _other_branch(release: Node, call: Node, handler: Node) -> bool:
    """The release sits in a branch (an `if`'s block, a `case`) of the handler that the
    acquisition is not in: another kind of message the same listener takes (`'unwatch'`)."""
    from ..semantic.nodes import ancestors

    for node in ancestors(release):
        if node == handler:
            return False
        if node.type in ("switch_case", "statement_block") and node.parent is not None \
                and node.parent.type in ("if_statement", "else_clause", "switch_body") and not contains(node, call):
            return True
    return False


# Methods that end what a table entry holds: a subscription, a watcher, a poller's handle.
ENTRY_ENDERS = frozenset({"unsubscribe", "dispose", "stop", "close", "cancel", "destroy", "abort", "disconnect", "terminate", "unwatch"})


def handle_used_on_request_only(site: Node, ctx: "FileContext") -> "tuple[Any, str, tuple[Node, str]] | None":
    """What `site` hands back (a disposer, a subscription, a poller's handle), kept in a table
    of each connection and called (or stopped) only on the client's request: read from the
    bytes first (`.set(`), then released_on_client_request_only."""
    if b".set(" not in ctx.source.data:
        return None
    return released_on_client_request_only(site, ctx, lambda n, table: calls_table_entry(n, table, ctx.model))


def calls_table_entry(call: Node, table, model) -> bool:
    """`stop()` with `const stop = stops.get(id)`, `stops.get(id)()`, or `.unsubscribe()` (or
    `.stop()`, `.close()`) on one: a call of what the table keeps (a disposer, a subscription,
    a handle that ends what the helper started)."""
    target = unwrap(call.child_by_field_name("function"))
    if target is not None and target.type == "member_expression" and text(target.child_by_field_name("property")) in ENTRY_ENDERS:
        target = unwrap(target.child_by_field_name("object"))
    binding = model.binding_of(target) if target is not None and target.type == "identifier" else None
    if binding is not None and binding.value is None:  # `for (const stop of stops.values()) stop()`, `stops.forEach((stop) => stop())`
        walked = iterated_by(binding.identifier, frozenset({"forEach"}))
        return walked is not None and text(walked) == table.name
    if binding is not None:
        target = unwrap(binding.value)
    return target is not None and target.type == "call_expression" and callee_name(target) == "get" \
        and text(callee_object(target)) == table.name


def instance_method_calls(site: Node, ctx: "FileContext") -> "tuple[Node, dict[str, list[Node]] | None]":
    """What a run does with the instance a call makes (`new Workspace()`, `await
    Workspace.create()`): the value as the code holds it, and the calls of the instance's
    methods by name, when the run keeps it in a local and only reads its fields and calls its
    methods ({} when it keeps no hold of it); None when it hands it on (returned, stored,
    passed), to code that may end it."""
    value = outermost(site)
    if value.parent is not None and value.parent.type == "await_expression":
        value = outermost(value.parent)
    if value.parent is not None and value.parent.type == "expression_statement":
        return value, {}
    reads = _kept_reads(value, ctx)
    if not reads:
        return value, None  # not kept in a local of its own (returned, stored, passed): its new holder's to end
    found: dict[str, list[Node]] = {}
    for read in reads:
        member = read.parent if read.parent is not None and read.parent.type == "member_expression" \
            and read.parent.child_by_field_name("object") == read else None
        if member is not None:
            if member.parent is not None and member.parent.type == "call_expression" and member.parent.child_by_field_name("function") == member:
                found.setdefault(callee_name(member.parent) or "", []).append(member.parent)
            continue
        used = _used_by_own_function(read, ctx)
        if used is None:
            return value, None  # handed on (returned, stored, passed) to code that may end it
        for name in used:  # `cached(users, key, load)`, whose `cache.get(key)`, `cache.set(...)` act on it here
            found.setdefault(name, []).append(read.parent.parent)
    # `session.commit()` of a class of this file whose `commit()` calls `this.release()`: a call of
    # it is a call of that method too (one level)
    made = unwrap(site.child_by_field_name("constructor")) if site.type == "new_expression" else None
    binding = ctx.model.module_scope.bindings.get(text(made)) if made is not None and made.type == "identifier" else None
    if binding is not None and binding.declaration.type in CLASS_DECLARATIONS:
        for name, inner in this_calls(binding.declaration).items():
            for method in inner if name in found else ():
                found.setdefault(method, []).extend(found[name])
    return value, found


def _used_by_own_function(read: Node, ctx: "FileContext") -> "list[str] | None":
    """The methods a function of this file calls on its parameter when `read` is handed to it
    (`cached(users, id, load)`, with `cache.get(k)` and `cache.set(k, v)` inside), if all it does
    with the parameter is read its fields and call its methods; None otherwise."""
    from ..semantic.nodes import call_arguments
    from ..semantic.summaries import parameter_list

    call = read.parent.parent if read.parent is not None and read.parent.type == "arguments" else None
    callee = unwrap(call.child_by_field_name("function")) if call is not None and call.type == "call_expression" else None
    fn = ctx.model.function_named(callee) if callee is not None and callee.type == "identifier" else None
    if fn is None:
        return None
    index = next((i for i, a in enumerate(call_arguments(call)) if unwrap(a) == read), -1)
    names = parameter_list(fn)
    if not 0 <= index < len(names) or names[index] is None:
        return None
    body = fn.child_by_field_name("body")
    used = []
    for node in walk(body) if body is not None else ():
        if node.type != "identifier" or text(node) != names[index]:
            continue
        member = node.parent
        if member is None or member.type != "member_expression" or member.child_by_field_name("object") != node:
            return None  # handed on, stored, returned or compared: it may end up where it is ended
        if member.parent is not None and member.parent.type == "call_expression" and member.parent.child_by_field_name("function") == member:
            used.append(callee_name(member.parent) or "")
    return used


@dataclass(frozen=True)
class InstanceUse:
    """What a run does with the instance a call makes or hands back, for a requirement: the
    methods it calls on it on every path, those it calls on one path only and that path, or
    whether it hands the instance on."""

    every: tuple[str, ...] = ()
    partial: tuple[str, ...] = ()
    partial_path: str = ""
    handed_on: bool = False


def instance_use(site: Node, ctx: "FileContext") -> InstanceUse:
    """instance_method_calls, each method judged on its paths (semantic.missed_paths); asked by
    every rule of the same call, answered once."""
    from ..semantic.missed_paths import missed_path

    answers = ctx.shared.setdefault("base.instance_use", {})
    if site.id not in answers:
        value, calls = instance_method_calls(site, ctx)
        if calls is None:
            answers[site.id] = InstanceUse(handed_on=True)
        else:
            every, partial, path = [], [], ""
            for name, sites in sorted(calls.items()):
                miss = missed_path(value, sites)
                (every if miss is None else partial).append(name)
                path = path or (f"{miss.release_path}, not on {miss.path}" if miss is not None else "")
            answers[site.id] = InstanceUse(tuple(every), tuple(partial), path)
    return answers[site.id]


def instance_release(site: Node, methods: "set[str]", ctx: "FileContext") -> "Miss | str | None":
    """How a run treats the instance a call makes when only its methods `methods` release what
    it holds (`dispose()` takes its 'exit' hook off `process`): "dropped" when the run keeps no
    hold of it, "never" when it never calls one of them on it, the path on which none runs
    (semantic.missed_paths), or None when every path calls one, or the instance is handed on."""
    from ..semantic.missed_paths import missed_path

    value, calls = instance_method_calls(site, ctx)
    if calls is None:
        return None
    if not calls and value.parent is not None and value.parent.type == "expression_statement":
        return "dropped"
    releasing = [c for name in methods for c in calls.get(name, ())]
    return missed_path(value, releasing) if releasing else "never"


def method_calls_on_result(site: Node, ctx: "FileContext") -> list[Node] | None:
    """Every method call on the object a call hands back (`job.advance(...)`, `job.complete()`),
    when the caller only reads its fields and calls its methods; None when it is used otherwise."""
    reads = _kept_reads(site, ctx)
    members = [r.parent for r in reads if r.parent is not None and r.parent.type == "member_expression" and r.parent.child_by_field_name("object") == r]
    if not reads or len(members) != len(reads):
        return None
    return [m.parent for m in members if m.parent is not None and m.parent.type == "call_expression" and m.parent.child_by_field_name("function") == m]


def _relayed_own_object_calls(ctx: "FileContext", rule_id: str, what: str, never: str, owner: str) -> Iterator[Report]:
    """Calls of imported helpers whose frequency is unknown, made (their result dropped) by an
    exported function of this file: `followUser(ws, id) { notifier.listen(id, fn) }`. If the
    helper's summary holds, the exported function does the same to that module's object on
    every call (the Requirement's relay: project.join passes it on to callers in further
    files), and the call here is a note."""
    from ..findings import OWN
    from ..semantic.exports import INSTANCE_STEP, function_exports
    from ..semantic.guards import guarded_once

    if b"export" not in ctx.source.data:
        return
    repeated = {id(call) for call, _, _ in repeated_imported_calls(ctx, any_use=True)}
    for call in ctx.imported_calls:
        if id(call) in repeated or call.chain[-1:] == ("constructor",) or (INSTANCE_STEP in call.chain and released_instance(call.site, ctx)):
            continue
        parent = outermost(call.site).parent
        runs = ctx.run_context(call.site)
        outer = enclosing_function(call.site)
        hands_back = outer is not None and returned_by(call.site) == outer  # `relay(res) { return hub.listen(fn) }`
        if parent is None or runs.how is not RunsHow.MAYBE or guarded_once(call.site, ctx):
            continue
        # `const cancel = onShutdown(fn); try { ... } finally { ... } cancel()`: kept, and called past what may throw
        missed = kept_remover_missed(call.site, ctx) if parent.type == "variable_declarator" and not hands_back else None
        if parent.type != "expression_statement" and not hands_back and missed is None:
            continue
        relay = tuple(sorted(function_exports(outer, ctx.model))) if outer is not None else ()
        if not relay:
            continue
        helper, literals, kept = _call_parts(call.site, ctx)
        said = remover_path_words(missed) if missed is not None else never
        related = [(missed.release, "the remover runs here, on that path only")] if missed is not None else []
        yield Report(call.site, f"{what} through `{helper}()`{' to ' + owner if owner else ''} {runs.where}; {said}",
                     severity=Severity.NOTE, related=related,
                     needs=Requirement(rule_id, call.specifier, call.chain, OWN, "", (kept and missed is None) or hands_back, literals,
                                       relay=relay, hands_back=hands_back))


def _one_path_siblings(call: "ImportedCall", ctx: "FileContext") -> tuple[tuple[tuple[str, ...], ...], str]:
    """The other functions of the same module that the calling function calls after `call` on
    one path only (semantic.missed_paths), with that path: `begin(id); load().then(() =>
    finish(id))` gives ((finish,), "at line 9 when it resolves only, not on a rejection of ...")."""
    from ..semantic.missed_paths import missed_by_some
    from ..semantic.nodes import call_arguments

    fn = enclosing_function(call.site)
    started = lifecycle_start(call.site)
    ends = started.ends if started is not None else ()  # `ngOnDestroy() { viewport.unobserve(el) }`: the component's end runs after it too
    siblings = [c for c in ctx.helper_calls if c.specifier == call.specifier and _other_function(c, call)
                and (fn is not None and contains(fn, c.site) and c.site.start_byte > call.site.start_byte
                     and not _argument_of(c.site, call.site)  # (`begin(id, routeName(...))`: an argument runs with the call, before it)
                     or any(contains(end, c.site) for end in ends))]
    own = next((a for a in (unwrap(x) for x in call_arguments(call.site)) if a is not None and a.type in FUNCTION_TYPES
                and any(contains(a, c.site) for c in siblings)), None)  # `begin(id, (s) => { if (s.done) finish(id) })`
    groups: dict[object, list[Node]] = {}
    for sibling in siblings:
        groups.setdefault(sibling.chain, []).append(sibling.site)
    chains, miss = missed_by_some(call.site, groups, own=own)
    if miss is None:
        return _asked_for_only(call, ctx)
    if any(c.chain in chains and fn is not None and not contains(fn, c.site) and at_connection_end(c.site) for c in ctx.helper_calls):
        return (), ""  # `handleDisconnect(client) { registry.forget(client.id) }` too: every end takes it out
    return tuple(sorted(chains)), f"{miss.release_path}, not on {miss.path}"


def _argument_of(inner: Node, call: Node) -> bool:
    """`inner` is computed as part of `call`'s arguments, not in a callback handed to it."""
    from ..semantic.nodes import enclosing_function

    return contains(call, inner) and enclosing_function(inner) == enclosing_function(call)


def at_connection_end(site: Node) -> bool:
    """`site` runs when a connection ends, however it ends: a gateway's `handleDisconnect()`, or
    a listener for 'close', 'disconnect', 'end'."""
    found = _registration_of(site)
    return found is not None and found[1] in ENDED_EVERY_TIME


def _other_function(sibling: "ImportedCall", call: "ImportedCall") -> bool:
    """Another function of the same module than `call`'s, not `call` itself nor a method of
    what it hands back (`openSink(id)`, then `sink.write(chunk)` on its stream)."""
    return sibling.chain[:len(call.chain)] != call.chain


# The events that end a connection every time it ends: 'error' comes only when it fails.
ENDED_EVERY_TIME = frozenset({"disconnect", "disconnecting", "close", "end", "finish", "aborted"})
# The events that end a connection: a handler for one runs however the client goes.
CONNECTION_END_EVENTS = frozenset({"disconnect", "disconnecting", "close", "end", "error", "finish", "aborted"})


def _asked_for_only(call: "ImportedCall", ctx: "FileContext") -> tuple[tuple[tuple[str, ...], ...], str]:
    """`socket.on('room:join', (r) => presence.join(r, socket.id))` with `presence.leave(...)`
    only in `socket.on('room:leave', ...)`: the other functions of the helper's module are
    called only in handlers of other events the client sends on the same connection, never in
    one for its end. A client that goes without asking keeps what it joined."""
    siblings: dict[tuple[str, ...], list[Node]] = {}
    for sibling in ctx.helper_calls:
        if sibling.specifier == call.specifier and _other_function(sibling, call):
            siblings.setdefault(sibling.chain, []).append(sibling.site)
    asked, path = asked_only(call.site, siblings)
    if not asked:  # `handleDisconnect(c) { if (!c.data.user) return; registry.unregister(c.id) }`, the user set by a message
        from .connection_ends import end_skipped_by_guard

        start = enclosing_function(call.site)
        for chain, sites in siblings.items():
            miss = end_skipped_by_guard(call.site, start, sites) if start is not None else None
            if miss is not None:
                return (chain,), f"{miss.release_path}, not on {miss.path}"
    return tuple(sorted(asked)), path


def asked_only(site: Node, siblings: "dict[Any, list[Node]]") -> tuple[list[Any], str]:
    """Which of `siblings` (calls grouped by what they call) run only in handlers of other
    events the client sends on the connection whose handler runs `site`, or in another branch
    of that handler (`if (op === 'unwatch')`), never in one for the connection's end; and the
    path that says so ("in the 'room:leave' handler only, when the client asks, not when
    `socket` disconnects"). None such: ([], "")."""
    own = _registration_of(site)
    if own is None or own[1] in CONNECTION_END_EVENTS:
        return [], ""
    # in the 'connection' handler itself, what the client asks for comes on the connection it is handed
    client = _connection_parameter(site) if own[1] in ("connection", "secureConnection") else None
    branch = _branch_of(site)
    places: dict[Any, list[tuple[str, str] | None]] = {}
    for key, sites in siblings.items():
        for other in sites:
            found = _registration_of(other)
            if found == own and (branch is None or contains(branch, other) or enclosing_function(other) != enclosing_function(site)):
                found = None  # the same handler, on the same path
            places.setdefault(key, []).append(found)
    asked = {key: found for key, found in places.items()
             if all(p is not None and p[0] in (own[0], client) and p[1] not in ENDED_EVERY_TIME for p in found)}
    if not asked:
        return [], ""
    undoing = {key: found for key, found in asked.items() if UNDO_NAMES.match(key[-1] if isinstance(key, tuple) else key)} or asked
    events = " and ".join(dict.fromkeys(f"'{p[1]}'" for found in undoing.values() for p in found if p is not None))
    who = "the client" if gateway_event(enclosing_function(site)) == own else f"`{client or own[0]}`"
    failed = [p for found in undoing.values() for p in found if p is not None and p[1] == "error"]
    if len(failed) == sum(len(found) for found in undoing.values()):  # `ws.on('error', () => rooms.leaveAll(ws))`
        return list(asked), f"in the {events} handler only, when the connection fails, not when {who} closes normally"
    if failed:  # asked for by the client, or by a failure
        events = " and ".join(dict.fromkeys(f"'{p[1]}'" for found in undoing.values() for p in found if p is not None and p[1] != "error"))
        return list(asked), f"in the {events} handler only, when the client asks, and on 'error', when the connection fails, not when {who} closes normally"
    return list(asked), f"in the {events} handler only, when the client asks, not when {who} disconnects"


def _connection_parameter(site: Node) -> str | None:
    """The connection a 'connection' handler that runs `site` is handed (`socket` in
    `io.on('connection', (socket) => ...)`)."""
    from ..semantic.builder import pattern_identifiers

    fn = enclosing_function(site)
    params = (fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")) if fn is not None else None
    names = [text(i) for i in pattern_identifiers(params)] if params is not None else []
    return names[0] if names else None


def _registration_of(site: Node) -> tuple[str, str] | None:
    """(the emitter, the event) of the listener `site` runs in: `socket.on('room:join', ...)`,
    or a NestJS gateway's handler."""
    from ..semantic.nodes import call_arguments, callee_name, handed_to, string_value
    from ..semantic.paths import LISTEN_METHODS

    fn = enclosing_function(site)
    gateway = gateway_event(fn) if fn is not None and fn.type == "method_definition" else None
    if gateway is not None:  # a NestJS gateway's handler: the connection's events, by decorator or hook name
        return gateway
    handed = handed_to(fn) if fn is not None else None
    if handed is None or callee_name(handed[0]) not in LISTEN_METHODS or callee_object(handed[0]) is None:
        return None
    event = string_value(call_arguments(handed[0])[0]) if call_arguments(handed[0]) else None
    return (text(callee_object(handed[0])), event) if event is not None else None


# A NestJS gateway's hooks for the connection's start and end.
GATEWAY_HOOKS = {"handleConnection": "connection", "handleDisconnect": "disconnect"}


def gateway_event(method: Node) -> tuple[str, str] | None:
    """(the gateway, the event) a method of a NestJS gateway handles: `@SubscribeMessage('logout')`,
    `handleConnection()`, `handleDisconnect()`. None for any other method."""
    from ..semantic.nodes import call_arguments, string_value
    from ..semantic.runs import decorator_name, decorators_of

    cls = method.parent.parent if method.parent is not None else None
    if cls is None or not any(decorator_name(d) == "WebSocketGateway" for d in decorators_of(cls)):
        return None
    owner = text(cls.child_by_field_name("name")) or "the gateway"
    name = text(method.child_by_field_name("name"))
    if name in GATEWAY_HOOKS:
        return owner, GATEWAY_HOOKS[name]
    for decorator in decorators_of(method):
        arguments = decorator.named_children[0] if decorator.named_children else None
        event = string_value(call_arguments(arguments)[0]) if arguments is not None and arguments.type == "call_expression" \
            and decorator_name(decorator) == "SubscribeMessage" and call_arguments(arguments) else None
        if event is not None:
            return owner, event
    return None


def _branch_of(node: Node) -> Node | None:
    """The branch of an `if` or `switch` that `node` runs in, within its function."""
    fn = enclosing_function(node)
    current = node
    while current.parent is not None and current.parent != fn:
        parent = current.parent
        if parent.type == "switch_case" or (parent.type == "if_statement" and current != parent.child_by_field_name("condition")) \
                or parent.type == "else_clause":
            return current
        current = parent
    return None


# Names of functions that undo what another did: `leave`, `removeMember`, `unsubscribe`, `untrack`.
UNDO_NAMES = re.compile(r"(?i)^(?:leave|remove|delete|del|drop|forget|release|un[a-z]|off|part|quit|exit|stop|end|close|clear|detach|evict|cancel)")


TIMEOUT_LEAVES_ENTRY = "this timeout settles the operation without removing the entry"


def keep_own_summaries(ctx: "FileContext", rule_id: str, fn: Node, action: str, node: Node,
                       chains: "set[tuple[str, ...]] | None" = None, slot: int | None = None, **fields: Any) -> None:
    """What `fn`, exported, does to its own module's object on every call (slot OWN), found
    while checking: kept for the detector's `summaries` (own_summaries), which the engine asks
    next. `chains` default to the names the module exports `fn` under."""
    from ..findings import NOWHERE, OWN
    from ..semantic.exports import summary_chains
    from ..semantic.nodes import function_name

    helper = (function_name(fn) or "").rsplit(".", 1)[-1]
    found = ctx.shared.setdefault(f"own.{rule_id}", [])
    for chain in summary_chains(fn, ctx.model) if chains is None else chains:
        found.append((Summary(rule_id, chain, OWN if slot is None else slot, helper, NOWHERE, action, **fields), node))


def own_summaries(ctx: "FileContext", rule_id: str) -> list[tuple[Summary, Node]]:
    return list(ctx.shared.get(f"own.{rule_id}", []))


def _call_parts(site: Node, ctx: "FileContext") -> tuple[str, tuple[str | None, ...], bool]:
    """What every rule's pending report of one helper call says alike, read once per call."""
    from ..semantic.nodes import call_arguments, string_value
    from ..semantic.releases import handle_kept

    parts = ctx.shared.setdefault("imported.parts", {})
    found = parts.get(site.id)
    if found is None:
        found = parts[site.id] = (shown_callee(site),
                                  tuple(string_value(a) for a in call_arguments(site)),
                                  handle_kept(site) and not kept_unread(site, ctx) and not stored_over_previous(site, ctx))
    return found


class Detector:
    kind: ClassVar[str]
    parameters: ClassVar[dict[str, Param]] = {}

    def __init__(self, rule: "Rule") -> None:
        self.rule = rule
        self.params: dict[str, Any] = {name: rule.parameters.get(name, p.default) for name, p in self.parameters.items()}

    def check(self, ctx: "FileContext") -> Iterator[Report]:  # pragma: no cover - interface
        raise NotImplementedError

    def spelled(self, name: str, form: str = "{}") -> tuple[str, ...]:
        """A parameter's words as code spells them (`.{}(`: a method call), made once per
        detector: the list SourceBytes.has_any tests each file for in one call."""
        made = self.__dict__.setdefault("_spelled", {})
        words = made.get((name, form))
        if words is None:
            words = made[(name, form)] = tuple(form.format(word) for word in self.params[name])
        return words

    def vocabulary(self) -> Vocabulary:
        """The names this detector asks the file's effects about (semantic.effects): the engine
        searches for every detector's at once."""
        return Vocabulary()

    def facts(self, ctx: "FileContext") -> list["ImportedUse"]:
        """What this file does to values it imports, for findings in other files (project.join)."""
        return []

    def summaries(self, ctx: "FileContext") -> list[tuple[Summary, Node]]:
        """What this file's exported functions do to their parameters, for callers in other
        files; each with the node its location is taken from (the engine fills it in)."""
        return []


# Parameter names of the per-request objects a handler is given.
REQUEST_NAMES = frozenset({"req", "res", "request", "response", "reply", "ctx"})


def captured_request(args: list[Node], ctx: "FileContext") -> tuple[str, list[tuple[Node, str]]] | None:
    """The request (or response) of an enclosing handler that a function handed to a helper
    uses: what the registration keeps alive with the closure (`subscribe(bus, () => res.write(x))`).
    Its name, and the steps that show it (for the finding's code flow)."""
    for argument in args:
        closure = unwrap(argument)
        if closure is None or closure.type not in FUNCTION_TYPES:
            continue
        for node in walk(closure):
            if node.type != "identifier" or text(node) not in REQUEST_NAMES:
                continue
            binding = ctx.model.binding_of(node)
            if binding is not None and binding.kind is BindingKind.PARAMETER and not contains(closure, binding.identifier):
                return binding.name, [(binding.identifier, f"`{binding.name}` is the per-request object of the handler"),
                                      (closure, f"this closure captures `{binding.name}`")]
    return None
