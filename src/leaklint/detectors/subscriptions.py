"""The subscription detector: `store.subscribe(fn)` in a component's start, whose unsubscribe
is thrown away, so the component's end cannot undo it.

A store, a MotionValue, an auth service or a router outlives the components that subscribe
to it. `subscribe` hands back the only way out (an unsubscribe function, a Subscription):
dropping it in `componentDidMount()`, `ngOnInit()`, a `useEffect` callback, or subscribing in
`useMemo`, which has no cleanup at all, leaves one subscription (and the component its
callback closes over) per mount. Read from semantic.lifecycles: where the start is, whether it
has an end, and whether the receiver is something the start made itself.
"""

from __future__ import annotations

import re
from typing import Iterator

from tree_sitter import Node

from ..project import project_specifier
from ..context import FileContext
from ..semantic.effects import Kind, Vocabulary
from ..semantic.custom_pairs import CustomPair, custom_pairs
from ..semantic.platform import app_global
from ..semantic.provenance import fixed_value
from ..semantic.frameworks import CLEANUP_HOOKS, END_HOOKS, LIFECYCLE_METHODS, TEARDOWN_METHODS, UPDATE_HOOKS
from ..semantic.lifecycles import held_past_component_end, immediately_invoked, lifecycle_start, made_in, may_hold_starts, settled_callback
from ..semantic.search import calls_named, name_nodes
from ..findings import NOWHERE, OWN, RESULT, Requirement, Severity, Summary, injected_slot
from ..semantic.callers import call_flow, refine
from ..semantic.summaries import call_sites, imported_calls, slot_of
from ..semantic.exports import INSTANCE_STEP, function_exports, summary_chains, instance_exports, top_level_functions
from ..semantic.injected import handed_to_new, injected_parameter, instance_method_calls, kept_from_constructor, made_by_new
from ..semantic.guards import guarded_once
from ..semantic.keyed_entries import dropped_with_entry, kept_per_key, store_parts, stored_over_key
from ..semantic.handles import direct_calls, kept_for_a_look, kept_unread, stored_over_previous
from ..semantic.keys import this_owner
from ..semantic.lifetimes import Lifetime, access_root, receiver_of
from ..semantic.frameworks import VSCODE_EVENT, app_root_service, di_singleton, vscode_namespace
from ..semantic.owners import injected_service, own_constructed
from ..semantic.nodes import (
    CLASS_TYPES, FUNCTION_TYPES, ancestors, call_arguments, callee_name, callee_object, contains, enclosing_function, function_name, is_constructor,
    module_statements, outermost, returned_values,
    parameter_property_type, required_module, returned_by, returned_disposer_key,
    running_function, short_text, string_value, text, unwrap, walk,
)
from ..semantic.releases import ENDLESS_SOURCES, never_completes, normalised
from ..semantic.runs import RunContext, RunsHow, host_listener_event, run_context, vue_component_method
from ..semantic.scopes import BindingKind
from ..semantic.missed_paths import NORMAL_END_EVENTS, lifecycle_miss, listener_of, missed_path, never_caused_by, remover_on_finish_only
from ..semantic.nodes import shown_callee, unawaited
from .base import calls_table_entry, released_on_client_request_only, Detector, Report, captured_request, kept_remover_missed, repeated_run, undoes_another_function, keep_own_summaries, own_object_calls, own_summaries, repeated_imported_calls, repeating_report, repeating_site, with_both_paths
from .parameters import PARAMETERS


UPDATE_HOOK_CALLS = tuple(f"{hook}(" for hook in UPDATE_HOOKS)


# Names a kept teardown goes by: `cleanups`, `dispose`, `unsubscribe`, `off`, `restore`...
TEARDOWN_NAMES = re.compile(r"(?i)clean|dispos|unsub|unlisten|unwatch|unhook|unbind|unregister|teardown|undo|restore|release|^_*off|^_*stop|destroy|cancel")

# `unwrapCleanups = wrapShow(...)`: a teardown's name, `=`, a called function name (bytes, before parsing).
TEARDOWN_LITERALS = (b"clean", b"Clean", b"ispos", b"nsub", b"nlisten", b"nwatch", b"nhook", b"nbind", b"nregister", b"undo", b"Undo", b"eardown", b"estore")
# From a teardown word's end: the rest of the name it is part of, `=`, and the called function.
ASSIGNED_CALL = re.compile(rb"[\w$]*\s*=\s*([A-Za-z_$][\w$]*)\s*\(")
# `cleanup?.()`: a name called only if it holds something.
OPTIONAL_CALL = re.compile(rb"([A-Za-z_$][\w$]*)\?\.\(")
# rxjs operators (and the usual custom ones) after which a subscription ends by itself.
ENDING_OPERATORS = re.compile(r"^(?:take|first|single|find|elementAt|timeout)|(?<!distinct)(?<!distinctKey)[Uu]ntil(?!Changed|KeyChanged)|[Dd]estroy")
# Subscribe-like names that a server's code means otherwise: `server.listen(port, onListening)`.
SERVER_VERBS = frozenset({"listen"})
# `immediate: true`, `fireImmediately: true`: a watch that runs its callback inside the call.
IMMEDIATE_TRUE = re.compile(rb"(?:immediate|fireImmediately)\s*:\s*true")


# What ends the handle a field holds: `this.sub.unsubscribe()`, `this.observer?.disconnect()`.
HANDLE_ENDS = "unsubscribe|dispose|close|disconnect|destroy|abort|cancel|stop|remove|off|release"


def _field_released_elsewhere(method: Node, field: str) -> bool:
    """Another method of the class ends what the field holds: calls it (`this.unsubscribe?.()`,
    for a field named as a teardown) or ends it (`this.subscription?.unsubscribe()`)."""
    body = method.parent
    called = rf"this\.{re.escape(field)}\s*(?:\?\.)?\(" if TEARDOWN_NAMES.search(field) else None
    ended = rf"this\.{re.escape(field)}\s*\??\.\s*(?:{HANDLE_ENDS})\s*\("
    return any(m != method and m.type == "method_definition" and (re.search(ended, text(m)) or (called and re.search(called, text(m))))
               for m in (body.named_children if body is not None else ()))


# `set symbol(value) {`: a property setter (bytes, before parsing).
SETTER = re.compile(rb"\bset\s+[\w$]+\s*\(")


def _runs_on_every_update(method: Node) -> bool:
    """A method a component runs again and again while it lives: an update hook
    (`ngOnChanges`, `componentDidUpdate`), a property setter (an Angular `@Input() set
    symbol(v)` or a Lit property runs on every change of the value) or a host listener."""
    return text(method.child_by_field_name("name")) in UPDATE_HOOKS or _is_setter(method) or host_listener_event(method) is not None


def _is_setter(method: Node) -> bool:
    return any(c.type == "set" for c in method.children)


def _stores_of_update(hook: Node, ctx: FileContext) -> Iterator[tuple[Node, list[tuple[Node, Node]]]]:
    """`this.<field> = <call>` that an update hook runs: in its own body, or in a method of the
    class it calls (`this.subscribe(id)`); each with the code that runs before it there (the
    hook up to the call, and the method up to the store)."""
    body = hook.child_by_field_name("body")
    cls = hook.parent.parent if hook.parent is not None else None
    methods = ctx.methods_of(cls) if cls is not None else {}
    for node in walk(body, skip=FUNCTION_TYPES) if body is not None else ():
        if _stores_call_in_field(node):
            yield node, [(body, node)]
        elif node.type == "call_expression" and callee_object(node) is not None and unwrap(callee_object(node)).type == "this":
            method = methods.get(callee_name(node) or "")
            inner = method.child_by_field_name("body") if method is not None and method is not hook else None
            for store in (n for n in walk(inner, skip=FUNCTION_TYPES) if _stores_call_in_field(n)) if inner is not None else ():
                yield store, [(body, node), (inner, store)]


def _stores_call_in_field(node: Node) -> bool:
    """`this.unsubscribe = store.subscribe(fn)`: a call's result stored in a field of `this`."""
    if node.type != "assignment_expression":
        return False
    left, right = unwrap(node.child_by_field_name("left")), unwrap(node.child_by_field_name("right"))
    return left is not None and left.type == "member_expression" and unwrap(left.child_by_field_name("object")).type == "this" \
        and right is not None and right.type == "call_expression"


def _field_read_before(body: Node, field: str, assignment: Node) -> bool:
    """The hook reads `this.<field>` before it stores the new one (calls it, tests it): it
    deals with the previous teardown itself."""
    for node in walk(body):
        if node.start_byte >= assignment.start_byte:
            return False
        if node.type == "member_expression" and text(node.child_by_field_name("property")) == field \
                and unwrap(node.child_by_field_name("object")).type == "this":
            return True
    return False


def kept_teardowns(data: bytes) -> set[str]:
    """The functions whose result the file stores under a teardown's name: `cleanups = wrap(`.
    Found with plain substring searches (a regex alternation scans a large file slowly); the
    name's tail, `=` and the call are matched in C from each hit."""
    found: set[str] = set()
    for literal in TEARDOWN_LITERALS:
        if literal not in data:  # answered from the file's distinct chunks (parse.SourceBytes), faster than a find
            continue
        at = data.find(literal)
        while at >= 0:
            end = at + len(literal)
            assigned = ASSIGNED_CALL.match(data, end)
            if assigned is not None:
                found.add(assigned.group(1).decode())
            at = data.find(literal, end)
    return found


# `client.interceptors.request` or `.response`: an axios instance's interceptor chain.
INTERCEPTOR_CHAIN = re.compile(r"[\w$.]+\.interceptors\.(?:request|response)")

# Operators that subscribe to an inner source per value: a `takeUntil` before them cannot end it.
FLATTENING = frozenset({"switchMap", "mergeMap", "concatMap", "exhaustMap", "flatMap", "switchMapTo", "mergeMapTo", "concatMapTo",
                        "expand", "mergeScan", "switchScan", "combineLatestWith", "withLatestFrom"})


class SubscriptionDetector(Detector):
    kind = "subscription"
    parameters = PARAMETERS["subscription"]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of({Kind.SUBSCRIBE: self.params["subscribe_methods"]})

    def check(self, ctx: FileContext) -> Iterator[Report]:
        data = ctx.source.data
        if data.has_any(self.spelled("subscribe_methods")):
            effects = [e for e in ctx.effects.of(Kind.SUBSCRIBE, self.params["subscribe_methods"]) if e.is_method]
            # A method of an instance of the project's own class (injected, or made with `new`)
            # that is handed no callback (`hub.subscribe(res)`: the response, which the hub
            # lets go on close): nothing that the caller drops keeps a closure of its own.
            classes = {c.site.id for c in imported_calls(ctx.source.root, data, ctx.relative_imports) if INSTANCE_STEP in c.chain} \
                if effects and ctx.relative_imports else set()
            paired = {site.id for pair in custom_pairs(ctx) for site in call_sites(pair.function, ctx.model)} if effects else set()
            for effect in effects:
                if effect.node.id in paired:
                    continue  # a call of this file's own pair (`gauges.watch(name, fn)`): _pair_dropped judges it, knowing what it returns
                if effect.node.id not in classes or _hands_a_callback(effect.node, ctx):
                    report = self._judge(effect.node, ctx)
                    if report is not None:
                        yield report
        if data.has_any(self.spelled("immediate_options")) and IMMEDIATE_TRUE.search(data):
            yield from self._stopped_too_early(ctx)
        if b"takeUntil" in data and b".pipe(" in data:
            yield from self._take_until_too_early(ctx)
        if b"interceptors" in data:
            yield from self._interceptors_never_ejected(ctx)
        if b"vue" in data and b"watch" in data:
            yield from self._vue_watch_dropped(ctx)
            if b"await" in data or b".then(" in data:
                yield from self._vue_watch_after_await(ctx)
        if b"?.()" in data:
            yield from self._never_assigned(ctx)
        if b"$onAction" in data or b"$subscribe" in data:
            yield from self._detached_store_subscriptions(ctx)
        if data.has_any(UPDATE_HOOK_CALLS) or b"set " in data and SETTER.search(data) is not None or b"@HostListener(" in data:
            yield from self._teardown_overwritten_on_update(ctx)
        if data.has_any(END_SPELLINGS) and may_hold_starts(ctx):
            yield from self._disposer_overwritten_in_repeats(ctx)
        kept = kept_teardowns(data)
        if kept:
            yield from self._disposer_dropped(ctx, kept)
        for pair in custom_pairs(ctx):
            yield from self._pair_dropped(pair, ctx)
        if ctx.relative_imports:
            yield from own_object_calls(ctx, self.rule.id, "subscription made", "never unsubscribed", "a source that outlives the caller")
            yield from self._sources_handed_to_helpers(ctx)

    def _teardown_overwritten_on_update(self, ctx: FileContext) -> Iterator[Report]:
        """`componentDidUpdate() { this.unsubscribe = this.subscribeTo(id) }`: an update hook
        stores a new teardown (or subscription) in the field the component's end calls (or
        ends), over the one the run before stored, without ending that one first; every update that gets there leaves the
        previous subscription running, with the component it closes over."""
        for method in (n for n in ctx.captures("(method_definition) @m", "m") if _runs_on_every_update(n)):
            for node, before in _stores_of_update(method, ctx):
                left, right = unwrap(node.child_by_field_name("left")), unwrap(node.child_by_field_name("right"))
                field = text(left.child_by_field_name("property"))
                if not _field_released_elsewhere(method, field) or any(_field_read_before(b, field, at) for b, at in before):
                    continue
                name = text(method.child_by_field_name("name"))
                hook = f"the `{name}` setter" if _is_setter(method) else f"`{name}()`"
                yield Report(node, f"{hook} stores a new subscription (or its teardown) in `this.{field}` over the one the run before "
                                   f"stored, without ending that one first: every update that gets here leaves the previous one running, "
                                   f"with the component it closes over, and the component's end can undo only the last; end "
                                   f"`this.{field}` before subscribing again", related=[(method, f"{hook} runs on every update")], acquisition=right)

    def _detached_store_subscriptions(self, ctx: FileContext) -> Iterator[Report]:
        """`store.$onAction(fn, true)` or `store.$subscribe(fn, { detached: true })` (Pinia) in a
        component's setup: detached, the subscription is not ended with the component, so the
        app-wide store keeps one more callback, and the component it closes over, per mount,
        unless the unsubscribe function it returns is called."""
        for call in ctx.calls_named(("$onAction", "$subscribe")):
            args = call_arguments(call)
            second = text(args[1]) if len(args) >= 2 else ""
            if not (second == "true" or re.search(r"\bdetached\s*:\s*true\b", second)):
                continue
            parent = outermost(call).parent
            if parent is None or not (parent.type == "expression_statement" or kept_unread(call, ctx)):
                continue
            shown = short_text(call.child_by_field_name('function'), 40)
            started = lifecycle_start(call)
            if started is None:
                runs = refine(ctx.run_context(call), ctx.model)
                if runs.how is not RunsHow.REPEATED:
                    yield from self._detached_in_composable(call, shown, ctx)
                    continue
                if guarded_once(call, ctx):
                    continue
                where, repeats = runs.where, "every run"
            else:
                where, repeats = f"in {started.start_name}", started.repeats
            message = (f"`{shown}()` subscribes detached {where}, so the store does not end "
                       f"the subscription with the component, and the function it returns to end it is dropped: {repeats} adds one "
                       "more callback to the store, which keeps the component alive after it is gone; keep what it returns and call "
                       "it in the component's end")
            yield Report(call, message, acquisition=call)

    def _detached_in_composable(self, call: Node, shown: str, ctx: FileContext) -> Iterator[Report]:
        """The detached subscription made in a composable (a function that hands back nothing
        to end it): judged at the calls of it in a component's setup in this file, and for
        callers in other files through its summary (slot OWN)."""
        fn = enclosing_function(call)
        if fn is None or enclosing_function(fn) is not None:
            return
        keep_own_summaries(ctx, self.rule.id, fn, f"`{shown}()` subscribes detached here, and what it returns is dropped", call)
        helper = function_name(fn) or "the composable"
        for site in call_sites(fn, ctx.model):
            started = lifecycle_start(site)
            if started is None:
                continue
            message = (f"`{helper}()` subscribes to a store detached (`{shown}()`, line {call.start_point[0] + 1}) and drops the function "
                       f"that ends it, and this call is in {started.start_name}: the store does not end a detached subscription with "
                       f"the component, so {started.repeats} adds one more callback, which keeps that component alive after it is gone; "
                       "keep what it returns and call it in the component's end")
            yield Report(site, message, code_flow=[(site, f"`{helper}()` is called here"), (call, "the subscription is made here, detached")],
                         acquisition=call)

    def _interceptors_never_ejected(self, ctx: FileContext) -> Iterator[Report]:
        """`api.interceptors.request.use(fn)` per request on a client the module keeps: each
        call adds one more interceptor (with what its function closes over) to every later
        request's chain, unless the id it hands back is given to `eject()`."""
        for call in ctx.calls_named(("use",)):
            chain = unwrap(call.child_by_field_name("function")).child_by_field_name("object")
            if chain is None or not INTERCEPTOR_CHAIN.fullmatch("".join(text(chain).split())):
                continue
            client = access_root(chain)[0]
            aliased = ctx.model.binding_of(client) if client is not None and client.type == "identifier" else None
            if aliased is not None and aliased.kind is BindingKind.CONST and not aliased.is_module_level and unwrap(aliased.value) is not None \
                    and unwrap(aliased.value).type == "identifier":
                client = unwrap(aliased.value)  # `const api = billingApi`: the module's client itself
            kept = _kept_source(client, ctx) if client is not None else None
            given = slot_of(client, ctx.model) if kept is None and client is not None and client.type == "identifier" else None
            fn = enclosing_function(call)
            if given is not None and given.function == fn and given.index >= 0 and b"export" in ctx.source.data \
                    and returned_by(call) != fn and outermost(call).parent.type == "expression_statement":
                # `withCorrelationId(client, id) { client.interceptors.request.use(...) }`, exported: callers
                # that hand it a client their module keeps decide (the parameter's slot; project.join)
                keep_own_summaries(ctx, self.rule.id, fn, f"the interceptor is added to `{text(client)}` here and never ejected", call,
                                   slot=given.index)
                continue
            if kept is None:
                continue
            holder = outermost(call).parent
            name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
            if name is not None and fn is not None and any(n.type == "call_expression" and callee_name(n) == "eject"
                                                           and any(text(a) == text(name) for a in call_arguments(n)) for n in walk(fn)):
                continue
            runs = refine(ctx.run_context(call), ctx.model)
            if runs.how is RunsHow.MAYBE and fn is not None and b"export" in ctx.source.data and not guarded_once(call, ctx):
                # `withContext(req, fn)`, exported: callers in other files decide how often (slot OWN)
                keep_own_summaries(ctx, self.rule.id, fn, f"the interceptor is added to `{text(client)}` here and never ejected", call)
            if runs.how is not RunsHow.REPEATED or guarded_once(call, ctx):
                continue
            message = (f"interceptor added to `{text(client)}`, {kept}, {runs.where}, and never ejected: every run adds one more to the "
                       "chain every later request goes through, with what its function closes over; keep the id `use()` returns and "
                       "pass it to `eject()` when the run's work ends")
            yield repeating_report(call, message, runs, "the interceptor is added here")

    def _take_until_too_early(self, ctx: FileContext) -> Iterator[Report]:
        """`.pipe(takeUntil(this.destroy$), switchMap(() => timer(0, 10_000)))`.subscribe(...)`:
        `takeUntil` ends only what comes before it; an operator after it that subscribes to an
        inner source (`switchMap`, `mergeMap`...) keeps that inner subscription, and what it
        closes over, running after the notifier fires. It must come last."""
        for pipe in ctx.calls_named(("pipe",)):
            args = [unwrap(a) for a in call_arguments(pipe)]
            until = next((i for i, a in enumerate(args) if a is not None and a.type == "call_expression" and callee_name(a) == "takeUntil"), None)
            if until is None:
                continue
            later = next((a for a in args[until + 1:] if a is not None and a.type == "call_expression" and callee_name(a) in FLATTENING), None)
            member = pipe.parent
            subscribed = member is not None and member.type == "member_expression" and member.parent is not None \
                and member.parent.type == "call_expression" and callee_name(member.parent) == "subscribe"
            if later is None or not subscribed:
                continue
            yield Report(args[until], f"`takeUntil()` comes before `{callee_name(later)}()` in this pipe, so it ends only the outer "
                                      f"stream: the inner subscription `{callee_name(later)}()` makes keeps running (with what it closes "
                                      "over) after the notifier fires; put `takeUntil()` last", related=[(later, "this operator's inner subscription outlives it")])

    def _sources_handed_to_helpers(self, ctx: FileContext) -> Iterator[Report]:
        """Calls of imported helpers in code that repeats (or a component's start) that hand
        them a source that outlives the run (`follow(cartStore, fn)`): findings if the helper's
        summary says it subscribes to that parameter and drops the subscription, or hands it
        back to a caller that drops it (project.join decides)."""
        # (any use: `return iterate(pubsub, id)` from a subscription resolver hands on the result, but
        # what the helper drops stays dropped; a disposer it hands back counts as kept, for the join)
        for call, parent, runs in repeated_imported_calls(ctx, any_use=True):
            if not ctx.judges_for(call, self.rule.id):
                continue
            args = call_arguments(call.site)
            started = lifecycle_start(call.site)
            made = made_by_new(call.site, ctx.model) if call.chain[-2:-1] == (INSTANCE_STEP,) else None  # what the instance was handed
            given = handed_to_new(made, call.chain, ctx.model)  # (`new Badge({ store: cart })`: each option under its step)
            for index, argument, chain in [*((i, a, call.chain) for i, a in enumerate(args)), *given]:
                root = access_root(argument)[0]
                if root is None or root.type not in ("identifier", "this"):
                    continue
                # in a component's start, what the component was handed or took from a hook (`useStore()`, a
                # prop, a context) outlives each mount, as for a subscription written there (_through_helper)
                if _kept_source(argument, ctx) is None and (started is None or root.type != "identifier" or made_in(argument, started.start, ctx)):
                    continue
                helper, shown = shown_callee(call.site), short_text(argument, 40)
                related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
                kept = parent.type != "expression_statement" and not kept_unread(call.site, ctx)
                yield Report(call.site, f"subscription made to `{shown}` through `{helper}()` {runs.where}; never unsubscribed",
                             related=related, needs=Requirement(self.rule.id, call.specifier, chain, index, shown, kept))

    def summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions (and methods of an exported module-level instance) that subscribe
        to a source their module keeps, and drop the subscription or hand it back: callers in
        other files that repeat them add one per run (slot OWN; a kept hand-back is a disposer)."""
        data = ctx.source.data
        if b"export" not in data:
            return []
        found = own_summaries(ctx, self.rule.id) + self._endless_returns(ctx) + self._pair_summaries(ctx) + self._vue_watch_summaries(ctx)
        if not data.has_any(self.spelled("subscribe_methods")):
            return found
        for effect in ctx.effects.of(Kind.SUBSCRIBE, self.params["subscribe_methods"]):
            # (`return new Promise((resolve) => src.subscribe(resolve))`: once per call of the method around the executor)
            call, fn = effect.node, running_function(effect.node)
            receiver = _piped_source(callee_object(call), ctx) if callee_object(call) is not None else None
            if not effect.is_method or fn is None or receiver is None or callee_name(call) in SERVER_VERBS:
                continue
            handed_back = returned_by(call) == fn
            parent = outermost(call).parent
            key = "" if handed_back else _disposer_kept_for_caller(call, fn, ctx)
            handed_back = handed_back or key is not None
            if not handed_back and (parent is None or parent.type != "expression_statement") and not kept_unread(call, ctx):
                continue  # (`const sub = pubsub.subscribe(...)`, never read again: as good as dropped)
            if _unsubscribed_by_callback(call, receiver, ctx) or guarded_once(call, ctx):
                continue
            root = access_root(receiver)[0]
            slot = slot_of(root, ctx.model) if root is not None and root.type == "identifier" and root == unwrap(receiver) else None
            if slot is not None and slot.function == fn and slot.index >= 0:  # `follow(store, fn) { store.subscribe(fn) }`
                name = (function_name(fn) or "").rsplit(".", 1)[-1]
                found += [(Summary(self.rule.id, chain, slot.index, name, NOWHERE, "the subscription is made here", disposer=handed_back,
                                   disposer_key=key or ""), call)
                          for chain in summary_chains(fn, ctx.model)]
                continue
            injected = kept_from_constructor(receiver, ctx.model)
            if injected is not None and injected[0] == fn:  # `follow(fn) { this.store.subscribe(fn) }`, `this.store` handed to `new`
                name = (function_name(fn) or "").rsplit(".", 1)[-1]
                suffix = injected[2]  # (`this.store = options.store`: under the option's step)
                found += [(Summary(self.rule.id, (*chain, *suffix), injected_slot(injected[1]), name, NOWHERE, "the subscription is made here",
                                   disposer=handed_back, disposer_key=key or ""), call)
                          for chain in function_exports(fn, ctx.model) if chain[-2:-1] == (INSTANCE_STEP,)]
                continue
            if _kept_source(receiver, ctx) is None:
                continue
            cls = fn.parent.parent if fn.type == "method_definition" and fn.parent is not None else None
            if cls is not None and cls.type in CLASS_TYPES and not any(c.type == "static" for c in fn.children):
                name = text(fn.child_by_field_name("name"))
                chains = {(*chain, name) for chain in instance_exports(cls, ctx.model)}
                if di_singleton(cls):  # an injected service: callers hold the one instance
                    chains |= function_exports(fn, ctx.model)
            else:
                name, chains = (function_name(fn) or "").rsplit(".", 1)[-1], summary_chains(fn, ctx.model)
            found += [(Summary(self.rule.id, chain, OWN, name, NOWHERE, "the subscription is made here", disposer=handed_back), call)
                      for chain in chains]
        return found

    def _vue_watch_summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported plain functions (not a component's `setup`, not a `useX` composable, which
        run inside a component's effect scope) that start a Vue watcher: nothing stops it but
        the handle `watch()` returns, handed back (a disposer) or dropped (slot OWN)."""
        found = []
        for call, fn in _vue_watchers(ctx):
            handed_back = returned_by(call) == fn
            parent = outermost(call).parent
            if fn is None or (not handed_back and (parent is None or parent.type != "expression_statement")):
                continue
            name = (function_name(fn) or "").rsplit(".", 1)[-1]
            found += [(Summary(self.rule.id, chain, OWN, name, NOWHERE, f"`{name}()` starts a Vue watcher here, outside any component, which "
                               "only its stop handle ends", disposer=handed_back), call) for chain in summary_chains(fn, ctx.model)]
        return found

    def _vue_watch_after_await(self, ctx: FileContext) -> Iterator[Report]:
        """`onMounted(async () => { await load(); watchEffect(...) })` or an `async setup()`: a
        watcher made after the first `await` is no longer bound to the component, which Vue
        knows only until then, so its unmount does not stop it; with its stop handle dropped,
        every mount adds one more, with the component's state in its callback."""
        for call in _vue_watcher_calls(ctx):
            fn = enclosing_function(call)
            parent = outermost(call).parent
            if fn is None or parent is None or not (parent.type == "expression_statement" or kept_unread(call, ctx)):
                continue
            settled = settled_callback(fn) if not any(c.type == "async" for c in fn.children) else None
            if settled is None and not any(c.type == "async" for c in fn.children):
                continue
            # past the first `await`, or in a `.then()` callback of a promise the start makes
            waited = settled if settled is not None else next((n for n in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES)
                                                               if n.type == "await_expression" and n.end_byte <= call.start_byte), None)
            started = lifecycle_start(call) if waited is not None else None
            if started is None or any(a.type == "call_expression" and callee_name(a) == "run" for a in ancestors(call) if contains(fn, a)):
                continue  # (`scope.run(() => watchEffect(...))`: an effect scope the code stops itself)
            when = "once that promise settles, after the start has returned" if settled is not None else "past the first await"
            message = (f"`{callee_name(call)}()` starts a Vue watcher after `{short_text(waited, 40)}` in {started.start_name}: {when}, "
                       f"Vue no longer ties it to the component, so the unmount does not stop it, and its stop handle is "
                       f"dropped: {started.repeats} adds one more watcher, with what its callback closes over; keep the handle and "
                       "call it on unmount, or run it in an effect scope the component stops")
            yield Report(call, message, related=[(waited, "after this wait the watcher is no longer the component's")], acquisition=call)

    def _vue_watch_dropped(self, ctx: FileContext) -> Iterator[Report]:
        """`watch(userId, fn)` (Vue) outside a component, in code that repeats (a router guard,
        a handler), its stop handle dropped: a watcher made outside a component's effect scope
        lives until stopped, so every run adds one more, with its callback."""
        for call, fn in _vue_watchers(ctx):
            parent = outermost(call).parent
            if parent is not None and parent.type == "variable_declarator" and not guarded_once(call, ctx):
                stopped = self._vue_watch_stopped_on_one_path(call, parent, ctx)
                if stopped is not None:
                    yield stopped
                continue
            if parent is None or parent.type != "expression_statement" or guarded_once(call, ctx):
                continue
            runs = refine(ctx.run_context(call), ctx.model)
            method = vue_component_method(fn) if runs.how is RunsHow.MAYBE and fn is not None else None
            if method is not None:  # `methods: { enableAutosave() { watch(...) } }`: each call, and each mount, adds one
                runs = RunContext(RunsHow.REPEATED, f"in the Vue component's `{method}()` (again on every call and every mount)", None)
            if runs.how is not RunsHow.REPEATED:
                continue
            message = (f"`{callee_name(call)}()` starts a Vue watcher {runs.where}, outside any component's setup, and drops its stop "
                       "handle: no component scope ends it, so every run adds one more watcher, with its callback and what that closes "
                       "over; keep the handle and call it when the work ends, or start the watcher once")
            yield repeating_report(call, message, runs, "the watcher is started here")

    def _vue_watch_stopped_on_one_path(self, call: Node, holder: Node, ctx: FileContext) -> Report | None:
        """`const stop = watch(() => jobs[id]?.status, (s) => { if (s === 'done') { stop(); resolve() }
        else if (s === 'failed') reject(err) })` outside a component: the watcher is stopped on
        some paths only (here, inside its own callback, on one branch of the wait it serves), and
        every run that ends the other way leaves it watching for good."""
        name = holder.child_by_field_name("name")
        binding = ctx.model.binding_of(name) if name is not None and name.type == "identifier" else None
        if binding is None:
            return None
        stops, only_called = direct_calls(binding)
        if not only_called:
            return None  # handed on, returned or stored: its keeper stops it
        args = call_arguments(call)
        own = unwrap(args[1]) if len(args) > 1 and unwrap(args[1]) is not None and unwrap(args[1]).type in FUNCTION_TYPES else None
        if own is None or not stops or not all(contains(own, stop) for stop in stops):
            return None  # (stopped by what the run waits on, `done.then(() => stop())`: its keeper's call)
        missed = missed_path(call, stops, own=own)
        runs = refine(ctx.run_context(call), ctx.model)
        if missed is None or runs.how is RunsHow.ONCE:
            return None
        message = (f"`{callee_name(call)}()` starts a Vue watcher {runs.where}, outside any component's setup, and `{binding.name}()` stops "
                   f"it {missed.release_path}, not on {missed.path}: no component scope ends it, so every run that ends that way leaves "
                   "it watching for good, with its callback and what that closes over; stop it on every path")
        return with_both_paths(repeating_report(call, message, runs, "the watcher is started here"), missed, "stopping it", "stopped")

    def _pair_summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions of the custom-pair shape (semantic.custom_pairs) over a container of
        their module, and such methods of an exported module-level instance: a caller in another
        file that repeats the call and drops what it returns adds a callback per run (slot OWN,
        a disposer: keeping it answers)."""
        found = []
        for pair in custom_pairs(ctx):
            if pair.undo:
                continue  # callers in other files end it through the counterpart: the collection rule's summary of the growth, with its `unless_used`
            cls = pair.function.parent.parent if pair.on_this else None
            if cls is not None:
                chains = {(*chain, pair.name) for chain in instance_exports(cls, ctx.model)}
                if di_singleton(cls):
                    chains |= function_exports(pair.function, ctx.model)
            else:
                chains = summary_chains(pair.function, ctx.model)
            found += [(Summary(self.rule.id, chain, OWN, pair.name, NOWHERE, "the callback is added here", disposer=True,
                               key_slot=pair.key_slot), pair.growth)
                      for chain in chains]
            found += self._pair_relays(pair, ctx)
        return found

    def _pair_relays(self, pair: CustomPair, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that hand back what a custom pair of this file returns
        (`watchPrice(symbol, fn) { return feed.subscribe(symbol, fn) }`, on the module's own
        instance): the same summary, for the function callers in other files call."""
        found = []
        for relay, _, key_slot in _relays(pair, ctx):
            name = (function_name(relay) or "").rsplit(".", 1)[-1]
            found += [(Summary(self.rule.id, chain, OWN, name, NOWHERE, f"the callback is added here, through `{pair.name}()`", disposer=True,
                               key_slot=key_slot), pair.growth)
                      for chain in summary_chains(relay, ctx.model)]
        return found

    def _pair_dropped(self, pair: CustomPair, ctx: FileContext) -> Iterator[Report]:
        """Calls of a custom pair of this file (semantic.custom_pairs) that drop the remover it
        hands back, in code that repeats or in a component's start. A method's call counts on
        an instance the module keeps (`const ticker = new Ticker()`), not on one made per run."""
        relayed = [(site, key_slot, inner) for relay, inner, key_slot in ([] if pair.undo else _relays(pair, ctx))
                   for site in call_sites(relay, ctx.model) if not contains(relay, site)]
        for site, key_slot, inner in [*((site, pair.key_slot, None) for site in call_sites(pair.function, ctx.model)), *relayed]:
            instance = own_constructed(callee_object(site), ctx.model) if pair.on_this and inner is None else None
            if inner is None and (contains(pair.function, site) or (pair.on_this and (instance is None or not instance.is_module_level))):
                continue
            args = call_arguments(site)
            if 0 <= key_slot < len(args) and fixed_value(args[key_slot]) is not None:
                continue  # `register('json', fn)`: one entry under that name, replaced by the next call
            shown = shown_callee(site)
            flow = [(site, f"`{shown}()` is called"), *([(inner, f"it hands back what `{shown_callee(inner)}()` returns")] if inner is not None else []),
                    (pair.growth, f"the callback is added to `{pair.container}` here")]
            started = lifecycle_start(site)
            if pair.undo:
                yield from self._counterpart_never_called(pair, site, started, flow, ctx)
                continue
            if started is not None:
                if made_in(callee_object(site), started.start, ctx):
                    continue
                if not (_dropped(site, started.start) or kept_unread(site, ctx)):
                    # kept and called at the end, but on one path only (`unsubscribe = feed.subscribe(...)` after a wait)
                    report = self._ended_at_end_on_one_path(site, started, ctx)
                    if report is not None:
                        yield report
                    continue
                yield Report(site, f"`{shown}()` adds its callback to `{pair.container}` in {started.start_name} and hands back the function "
                                   f"that takes it out, which this call drops, so {started.end_name} cannot undo it: {started.repeats} "
                                   "adds one more, which keeps the component alive after it is gone; keep what it returns and call it "
                                   "in the component's end", code_flow=flow, acquisition=site)
                continue
            parent = outermost(site).parent
            finish = remover_on_finish_only(site)
            if parent is None or not (parent.type == "expression_statement" or kept_unread(site, ctx) or finish is not None):
                continue
            runs = repeated_run(site, ctx)
            if runs is None:
                continue
            related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
            captured = captured_request(call_arguments(site), ctx)
            fate = (f"which this call keeps only for `{short_text(callee_object(finish), 20)}`'s '{string_value(call_arguments(finish)[0])}', "
                    f"{never_caused_by(finish)}: every abandoned response leaves" if finish is not None
                    else "which this call drops: every run leaves")
            if finish is not None:
                related.append((finish, "the remover runs only here"))
            yield Report(site, f"`{shown}()` adds its callback to `{pair.container}` {runs.where} and hands back the function that "
                               f"takes it out, {fate} one more callback there, with what it closes "
                               f"over" + (f" (it captures `{captured[0]}`, so each one keeps a whole request alive)" if captured else "")
                               + f"; keep what `{shown}()` returns and call it when the run's work ends"
                               + (" (on 'close', which always comes)" if finish is not None else ""),
                         related=related, code_flow=[*flow, *(captured[1] if captured else [])], acquisition=site)

    def _counterpart_never_called(self, pair: CustomPair, site: Node, started, flow: list, ctx: FileContext) -> Iterator[Report]:
        """A call of a custom pair whose callers undo it through its counterpart
        (`themeManager.addListener(h)`, ended by `themeManager.removeListener(h)`), in a
        component's start whose end never calls the counterpart on the same receiver, or in code
        that repeats where nothing in the file does."""
        shown, receiver = shown_callee(site), callee_object(site)
        args = call_arguments(site)
        if pair.slot >= len(args) or not _function_value(args[pair.slot], ctx):
            return  # an entry that is not a callback (`presence.add(id, session)`): the collection rule judges the growth
        on = f" on `{short_text(receiver, 30)}`" if receiver is not None else ""
        same = "key" if pair.key_slot >= 0 else "callback"
        # a callback written at the call (`addListener((t) => ...)`) is handed to nothing else: no counterpart call can take it out
        value = unwrap(args[pair.slot])
        bound = value.type == "call_expression" and callee_name(value) == "bind"  # `this.onStatus.bind(this)`: a new function per call
        written = pair.key_slot < 0 and (value.type in FUNCTION_TYPES or bound)
        if started is not None:
            if made_in(receiver, started.start, ctx) or (not written and _undone_by_counterpart(site, started.ends, pair.undo)):
                return
            ends = (f"hands `{pair.undo}()`{on} another function (each `.bind()` makes a new one), which takes nothing out"
                    if bound and _undone_by_counterpart(site, started.ends, pair.undo) else f"never calls `{pair.undo}()`{on} to take it out")
            yield Report(site, f"`{shown}()` adds its callback to `{pair.container}` in {started.start_name}, and {started.end_name} {ends}: "
                               f"{started.repeats} adds one more, which keeps the component alive after it is gone; call "
                               f"`{pair.undo}()` with the same {same} in the component's end",
                         code_flow=flow, acquisition=site)
            return
        if not written and _undone_by_counterpart(site, (ctx.source.root,), pair.undo):
            return  # the file takes it out somewhere: on which path, the missed-path readings judge
        runs = repeated_run(site, ctx)
        if runs is None:
            return
        related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
        captured = captured_request(call_arguments(site), ctx)
        yield Report(site, f"`{shown}()` adds its callback to `{pair.container}` {runs.where}, and nothing calls `{pair.undo}()`{on} "
                           f"to take it out: every run leaves one more callback there, with what it closes over"
                           + (f" (it captures `{captured[0]}`, so each one keeps a whole request alive)" if captured else "")
                           + f"; call `{pair.undo}()` with the same {same} when the run's work ends",
                     related=related, code_flow=[*flow, *(captured[1] if captured else [])], acquisition=site)

    def _endless_returns(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions and methods that hand back an observable that never completes
        (`quotes(s) { return timer(0, 2000).pipe(switchMap(...)) }`): a caller that subscribes
        and drops the subscription in code that repeats, or in a component's start, leaves one
        running for good (slot RESULT)."""
        data = ctx.source.data
        found = self._subject_returns(ctx) if b"Subject" in data or _may_share(data) else []
        if b"Subject" in ctx.source.data or b"share(" in ctx.source.data or b"shareReplay(" in ctx.source.data:
            found += self._module_stream_returns(ctx)
        if not any(name.encode() in ctx.source.data for name in (*ENDLESS_SOURCES, "timer")):
            return found
        for source in ctx.calls_named((*ENDLESS_SOURCES, "timer")):
            if not never_completes(source):
                continue
            outer = source
            while outer.parent is not None and outer.parent.type == "member_expression" and outer.parent.parent is not None \
                    and outer.parent.parent.type == "call_expression" and callee_name(outer.parent.parent) == "pipe":
                outer = outer.parent.parent
            fn = running_function(outer)
            if fn is None or (returned_by(outer) != fn and not _returned_through_local(outer, fn)) or _piped_source(outer, ctx) != source:
                continue  # not handed back, or piped through an operator that ends it
            name = (function_name(fn) or "").rsplit(".", 1)[-1]
            found += [(Summary(self.rule.id, chain, RESULT, name, NOWHERE, f"`{name}()` hands back `{short_text(source, 30)}` here, which never completes"), outer)
                      for chain in summary_chains(fn, ctx.model)]
        return found

    def _module_stream_returns(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that hand back the module's own shared stream (`export const
        ticks$ = source.pipe(share())`, a module-level Subject), as it is, piped through
        operators that pass subscribers on, or `asObservable()`: it lives as long as the module,
        so a caller that subscribes per request and drops the subscription keeps each subscriber
        (slot RESULT)."""
        found: list[tuple[Summary, Node]] = []
        streams = _module_streams(ctx)
        if not streams:
            return found
        for fn in top_level_functions(ctx.source.root):
            body = fn.child_by_field_name("body")
            if body is None or not any(name.encode() in (body.text or b"") for name in streams):
                continue
            for value in returned_values(fn):
                source = _piped_source(value, ctx)
                source = unwrap(callee_object(source)) if source.type == "call_expression" and callee_name(source) == "asObservable" else source
                if source is None or source.type != "identifier" or not _module_stream(source, ctx):
                    continue
                name = (function_name(fn) or "").rsplit(".", 1)[-1]
                found += [(Summary(self.rule.id, chain, RESULT, name, NOWHERE, f"`{name}()` hands back the module's shared `{text(source)}` "
                                   "here, which completes only when the module goes"), value) for chain in summary_chains(fn, ctx.model)]
                break
        return found

    def _subject_returns(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Methods of an exported class that hand back its own Subject (`return this.stream$`,
        `this.stream$.pipe(filter(...))`, `this.stream$.asObservable()`), a field made once per
        instance that completes, if ever, when the instance is torn down: for a service one
        instance serves the whole app, so a caller that subscribes per request and drops the
        subscription keeps each subscriber (slot RESULT)."""
        found = []
        fields = dict.fromkeys([*(m.group(1).decode() for m in SUBJECT_FIELD.finditer(ctx.source.data)), *_shared_fields(ctx)])
        if not fields:
            return found
        for field in fields:
            for node in ctx.calls_named(("pipe", "asObservable")) + [n for n in ctx.captures(THIS_FIELD_RETURNS, "value")]:
                target = unwrap(node.child_by_field_name("function")).child_by_field_name("object") if node.type == "call_expression" else node
                if target is not None and unwrap(target).type == "call_expression" and callee_name(unwrap(target)) == "asObservable":
                    target = callee_object(unwrap(target))  # `this.changes.asObservable().pipe(filter(...))`
                if target is None or text(target) != f"this.{field}":
                    continue
                fn = running_function(node)
                if fn is None or fn.type != "method_definition" or returned_by(node) != fn:
                    continue
                if node.type == "call_expression" and callee_name(node) == "pipe" and _piped_source(node, ctx) is None:
                    continue  # piped through an operator that ends it (`take(1)`, `takeUntil`)
                name = text(fn.child_by_field_name("name"))
                cls = fn.parent.parent if fn.parent is not None else None
                chains = function_exports(fn, ctx.model) | {(*chain, name) for chain in (instance_exports(cls, ctx.model) if cls is not None else ())}
                found += [(Summary(self.rule.id, chain, RESULT, name, NOWHERE, f"`{name}()` hands back the instance's `{field}` here, which "
                                   "completes only when the instance goes"), node) for chain in chains]  # (`stock.watch()` of `module.exports = { stock }` too)
        return found

    def _disposer_dropped(self, ctx: FileContext, names: set[str]) -> Iterator[Report]:
        """`cleanups = intercept(x)` and later `cleanups.forEach((fn) => fn())`, but elsewhere a
        bare `intercept(x);`: the function hands back its own undo, kept at one call and thrown
        away at another, where what it did can never be undone. `names`: the functions whose
        result the file stores under a teardown's name, found in the text first."""
        calls: dict[str, list[Node]] = {}
        for node in calls_named(ctx.source.root, ctx.source.data, names):
            fn = unwrap(node.child_by_field_name("function"))
            if fn is not None and fn.type == "identifier":
                calls.setdefault(text(fn), []).append(node)
        for name, sites in calls.items():
            if len(sites) < 2 or ctx.model.function_named(unwrap(sites[0].child_by_field_name("function"))) is None:
                continue  # only the file's own functions, called more than once
            kept = next((holder for site in sites if (holder := _kept_in(site)) is not None and text(holder) != name
                         and TEARDOWN_NAMES.search(text(holder)) and _undone(holder, ctx)), None)
            if kept is None:
                continue
            for site in sites:
                parent = outermost(site).parent
                if parent is not None and parent.type == "expression_statement":
                    yield Report(site, f"the teardown `{name}()` returns is dropped here; elsewhere it is kept in "
                                       f"`{text(kept)}` and called to undo what `{name}()` did, so what this call does is never undone",
                                 related=[(kept, "kept and undone here")], acquisition=site)

    def _stopped_too_early(self, ctx: FileContext) -> Iterator[Report]:
        """`stop = watch(src, (v) => { if (done(v)) stop?.() }, { immediate: true })`: the
        callback runs inside `watch()`, before `stop` holds anything, so the watcher that should
        stop itself at once is never stopped."""
        for node in walk(ctx.source.root):
            if node.type != "assignment_expression" and node.type != "variable_declarator":
                continue
            target = node.child_by_field_name("left") or node.child_by_field_name("name")
            call = unwrap(node.child_by_field_name("right") or node.child_by_field_name("value"))
            if target is None or target.type != "identifier" or call is None or call.type != "call_expression":
                continue
            args = call_arguments(call)
            options = unwrap(args[-1]) if args else None
            if options is None or options.type != "object" or not _immediate(options, self.params["immediate_options"]):
                continue
            name = text(target)
            callbacks = [unwrap(a) for a in args[:-1] if unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES]
            stops = [(n, cb) for cb in callbacks for n in walk(cb)
                     if n.type == "call_expression" and text(unwrap(n.child_by_field_name("function"))) == name]
            if any(enclosing_function(n) != cb for n, cb in stops):
                continue  # `nextTick(() => stop?.())`: a deferred stop runs after the handle is assigned
            stops = [n for n, _ in stops]
            if stops:
                yield Report(call, f"`{name}` gets the handle `{callee_name(call)}()` returns only after the call, but with an "
                                   f"immediate option the callback runs inside it, where `{text(stops[0])}` finds nothing to "
                                   "stop: when the first run already meets the condition, nothing ever stops it",
                             related=[(stops[0], "the callback stops it here, before the handle is assigned")], acquisition=call)

    def _never_assigned(self, ctx: FileContext) -> Iterator[Report]:
        """`let cleanup; ...; onDestroy(() => cleanup?.())` with no assignment anywhere: the end
        calls a teardown that was never kept, so what it should undo stays."""
        names = {m.group(1).decode() for m in OPTIONAL_CALL.finditer(ctx.source.data)}
        seen: set[int] = set()
        for call in calls_named(ctx.source.root, ctx.source.data, names):
            callee = unwrap(call.child_by_field_name("function"))
            binding = ctx.model.binding_of(callee) if callee is not None and callee.type == "identifier" else None
            if binding is None or id(binding) in seen or binding.kind not in (BindingKind.LET, BindingKind.VAR):
                continue
            seen.add(id(binding))
            declarator = binding.identifier.parent
            if declarator is None or declarator.type != "variable_declarator" or declarator.child_by_field_name("value") is not None \
                    or binding.writes or not _called(callee):
                continue
            yield Report(binding.identifier, f"`{binding.name}` is called to tear something down but never assigned: "
                                             "the teardown it should hold was dropped where it was made, so it never runs",
                         related=[(callee, "called here, with nothing in it")], acquisition=binding.identifier)

    def _judge(self, call: Node, ctx: FileContext) -> Report | None:
        receiver = callee_object(call)
        args = call_arguments(call)
        if len(args) >= 3 and VSCODE_EVENT.match(callee_name(call) or "") and text(unwrap(args[2])) not in ("null", "undefined"):
            return None  # `onDidChangeTextDocument(fn, null, this.disposables)`: VS Code keeps it in the array handed in
        page = _page_target(call)
        if page is not None:
            return self._page_listener(call, page, ctx)
        if args and unwrap(args[-1]) is not None and unwrap(args[-1]).type == "object" and not _observer(unwrap(args[-1])) \
                and any(unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES for a in args[:-1]):
            args = args[:-1]  # `store.subscribe(selector, listener, { fireImmediately: true })`: options after the callback
        if receiver is None or not args or unwrap(args[-1]) is None or unwrap(args[-1]).type not in (*FUNCTION_TYPES, "identifier", "member_expression") \
                and not _observer(unwrap(args[-1])):
            return None  # `x.subscribe()` with no callback: nothing of ours is kept
        if unwrap(args[-1]).type in ("identifier", "member_expression") and NAMED_NOT_CALLBACK.search(text(unwrap(args[-1])).rsplit(".", 1)[-1]):
            return None  # `client.subscribe(topic)`: what it names is a topic, not a callback
        if len(args) >= 2 and _completion_callback(unwrap(args[-1])):
            return None  # `client.subscribe(topic, opts, (err) => ...)`: told once that it is done, kept by nothing
        if len(args) >= 2 and _mqtt_client(receiver, ctx):
            return None  # MQTT.js: `client.subscribe(topic, () => ...)` is told when the broker granted it; the client holds one per topic
        receiver = _piped_source(receiver, ctx)
        if unwrap(receiver).type == "call_expression":
            receiver = _returned_by_local_helper(unwrap(receiver), ctx) or receiver
        endless = never_completes(receiver)
        if unwrap(receiver).type == "call_expression" and not endless:
            return self._endless_from_helper(call, unwrap(receiver), ctx)
        if unwrap(receiver).type in ("this", "super"):
            return None  # the component's own
        render = self._render_hook(call)
        if render is not None:
            return self._report(call, f"in `{render}()`, which has no cleanup", "every recomputation (each mount, each change of its dependencies)")
        started = lifecycle_start(call)
        if started is None:
            if endless:
                return self._endless_per_run(call, receiver, ctx)
            return self._judge_repeating(call, receiver, ctx) or self._through_helper(call, receiver, ctx) \
                or self._through_own_instances(call, receiver, ctx) \
                or self._injected_in_constructor(call, receiver, ctx) or self._beyond_own_teardown(call, receiver, ctx) \
                or self._held_past_end(call, receiver)
        if _undone_by_counterpart(call, started.ends):
            return None  # `feed.subscribe(symbol)` and `feed.unsubscribe(symbol)` in the cleanup
        if _ends_with_component(receiver) and not _flattens(callee_object(call)):
            return None  # `this.route.params`: Angular's router completes it when the component is destroyed
            # (not through `switchMap(() => store.select(...))`, whose inner source outlives the outer's end)
        dropped = _dropped(call, started.start)
        overwritten = _ref_overwritten(call, started.start) if not dropped else None
        twice = _field_stored_twice(call, started.start) if not dropped and overwritten is None else None
        if twice is not None and not (made_in(receiver, started.start, ctx) and not endless):
            field = " ".join(text(twice.child_by_field_name("left")).split())
            start_name = function_name(started.start) or "the start"
            message = (f"`{short_text(call.child_by_field_name('function'), 40)}()` subscribes in `{start_name.rsplit('.', 1)[-1]}()` and is kept "
                       f"in `{field}`, which the same start overwrites at line {twice.start_point[0] + 1} before anything ends this one: the "
                       f"component's end reaches only the last, and {started.repeats} leaves this subscription on "
                       f"`{short_text(callee_object(call), 30)}`, keeping the component alive; keep each in a field of its own (or a "
                       "Subscription you add both to)")
            return Report(call, message, related=[(twice, "the field is overwritten here")], acquisition=call)
        if overwritten is not None and not (made_in(receiver, started.start, ctx) and not endless):
            return self._report(call, f"in an effect that runs again whenever its dependencies change, and each run overwrites the "
                                      f"subscription kept in `{overwritten}` without ending the one before, so only the last is ended on "
                                      "unmount", "every change of its dependencies")
        if made_in(receiver, started.start, ctx) and not endless:
            return None
        if not (dropped or kept_unread(call, ctx)):
            return self._ended_at_end_on_one_path(call, started, ctx)
        holder = None if dropped else outermost(call).parent
        stored = holder.child_by_field_name("left") or holder.child_by_field_name("name") if holder is not None else None
        fate = "dropped" if dropped else f"kept in `{short_text(stored, 30)}` but never called"
        fn = enclosing_function(call)
        where = started.start_name if fn == started.start or _method_name_of(fn) is None else f"`{_method_name_of(fn)}()`, which {started.start_name} calls"
        return _at_call_in_start(self._report(call, f"in {where}, and its unsubscribe is {fate}, so {started.end_name} cannot undo it",
                                              started.repeats), call, started.start)

    def _held_past_end(self, call: Node, receiver: Node) -> Report | None:
        """`this.unlisten = this.renderer.listen('document', ...)` in a component's `open()`, called
        only by `close()`, with `ngOnDestroy()` calling neither (semantic.lifecycles.held_past_component_end):
        a component destroyed while it holds the subscription leaves it on a source that outlives it."""
        if (_ends_with_component(receiver) and not _flattens(callee_object(call))) \
                or (unwrap(receiver) is not None and unwrap(receiver).type in ("this", "super")):
            return None
        missed = held_past_component_end(call)
        if missed is None:
            return None
        method = function_name(enclosing_function(call)) or "a method"
        report = self._report(call, f"in `{method.rsplit('.', 1)[-1]}()`, and it is ended {missed.release_path}, not on {missed.path}",
                              "every component that ends while it holds it")
        return with_both_paths(report, missed, "unsubscribing", "unsubscribed")

    def _disposer_overwritten_in_repeats(self, ctx: FileContext) -> Iterator[Report]:
        """`let stop = null; watch(() => props.userId, (id) => { stop = bus.listen(...) })` with
        `onBeforeUnmount(() => stop?.())`: the component's end calls the disposer it keeps in a
        variable of its start, so that variable holds one, but code that runs again and again
        within one mount (a watcher, a handler) stores a new one over it without calling the old
        one first. Only the last is undone at the end; every earlier one stays, with its callback
        and the component it closes over."""
        for assignment in ctx.captures("(assignment_expression left: (identifier) right: (call_expression)) @a", "a"):
            left = assignment.child_by_field_name("left")
            binding = ctx.model.binding_of(left)
            if binding is None or binding.kind not in (BindingKind.LET, BindingKind.VAR):
                continue
            started = lifecycle_start(binding.identifier)
            name = binding.name
            if started is None or not started.ends or binding.scope.function_scope.node != started.start or not any(
                    n.type == "call_expression" and normalised(n.child_by_field_name("function")) == name for end in started.ends for n in walk(end)):
                continue  # a variable of the start that its end calls: the kept disposer
            runs = refine(run_context(assignment, owner=started.start), ctx.model, owner=started.start)
            fn = enclosing_function(assignment)
            if runs.how is not RunsHow.REPEATED or fn is None or fn == started.start:
                continue
            if any(n.type == "call_expression" and normalised(n.child_by_field_name("function")) == name and n.start_byte < assignment.start_byte
                   for n in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES)):
                continue  # `stop?.(); stop = bus.listen(...)`: the old one ends first
            call = unwrap(assignment.child_by_field_name("right"))
            message = (f"`{short_text(call.child_by_field_name('function'), 40)}()` hands back a disposer that is stored in `{name}` "
                       f"{runs.where}, over the one stored before, which is never called: only the last is called by {started.end_name}, "
                       f"so every earlier run leaves its subscription, with what it closes over; call `{name}` before storing the new one")
            yield Report(call, message, related=[(end, "the end calls only the disposer stored last") for end in started.ends[:1]],
                         acquisition=call)

    def _ended_at_end_on_one_path(self, call: Node, started, ctx: FileContext) -> Report | None:
        """`loadPrefs().then((p) => { unsubscribe = store.subscribe(render) })` in an effect whose
        cleanup calls `unsubscribe` if it is set: the component's end undoes the subscription on
        one path only (semantic.missed_paths.lifecycle_miss), here an unmount before the wait
        ends, after which the subscription is made and kept by nothing that is ever called."""
        holder = outermost(call).parent
        stored = holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else \
            holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
        if stored is None or unwrap(stored).type not in ("identifier", "member_expression"):
            return None
        shown = normalised(stored)
        releases = [n for end in started.ends for n in walk(end) if n.type == "call_expression" and (
            normalised(n.child_by_field_name("function")) == shown or (callee_name(n) == "unsubscribe" and normalised(callee_object(n)) == shown))]
        missed = lifecycle_miss(call, releases) if releases else kept_remover_missed(call, ctx)  # (`if (live) return unsubscribe`)
        if missed is None:
            return None
        report = self._report(call, f"in {started.start_name}, and {started.end_name} ends it {missed.release_path}, not on {missed.path}",
                              started.repeats)
        return with_both_paths(report, missed, "unsubscribing", "unsubscribed")

    def _judge_repeating(self, call: Node, receiver: Node, ctx: FileContext) -> Report | None:
        """`prices$.subscribe(fn)` in a request or connection handler (or a helper it calls),
        on a source this module made and keeps (a module-level Subject or store, a field of a
        long-lived instance), with the subscription dropped: one more per run, each keeping its
        callback and whatever that closes over."""
        if callee_name(call) in SERVER_VERBS or _unsubscribed_by_callback(call, receiver, ctx):
            return None
        report = self._dropped_per_run(call, receiver, call, ctx) or self._ended_on_request_only(call, receiver, ctx) \
            or self._table_entry_ended_on_request_only(call, receiver, ctx) \
            or self._released_on_one_path(call, receiver, ctx) or self._read_and_dropped(call, receiver, ctx) \
            or self._kept_per_key(call, receiver, ctx) or self._stored_over_key(call, receiver, ctx) \
            or self._stored_over_variable(call, receiver, ctx)
        shown = normalised(receiver)
        undo = next((u for u in ctx.calls_named(["unsubscribe"]) if callee_object(u) is not None and normalised(callee_object(u)) == shown
                     and undoes_another_function(call, u)), None) if report is not None else None
        if undo is not None:
            report.message += (f"; `{short_text(undo.child_by_field_name('function'), 40)}()` at line {undo.start_point[0] + 1} is handed "
                               "another function than the one written at this call, so it removes nothing: keep the callback in a const "
                               "and hand that same one to both")
            report.related.append((undo, "this removal is handed another function than the one subscribed"))
        return report

    def _stored_over_key(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`subs.set(symbol, feed.subscribe(send))` per client message, on a source the module
        keeps, with nothing that looks at the entry already under that key first: a client that
        asks for the same symbol twice leaves the first subscription out of reach, and the
        connection's end unsubscribes only what the table still holds (semantic.keyed_entries)."""
        if _kept_source(source, ctx) is None or b".set(" not in ctx.source.data:
            return None
        store = stored_over_key(call, ctx)
        if store is None:
            return None
        target, key = store_parts(store)
        runs = refine(ctx.run_context(store), ctx.model)
        held, shown = short_text(target, 30), short_text(key, 30)
        message = (f"`{short_text(call.child_by_field_name('function'), 40)}()` subscribes {runs.where} and is kept in `{held}` under "
                   f"`{shown}` over the subscription an earlier run stored under the same key, which is never ended: every repeat for "
                   f"a key leaves one more on `{short_text(source, 30)}`, with what its callback closes over; unsubscribe the one in "
                   f"`{held}` first, or skip a key already held")
        report = repeating_report(call, message, runs, "the subscription starts here")
        report.related.append((store, "stored here, over whatever the key held"))
        return report

    def _stored_over_variable(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`watch = quotes$.pipe(...).subscribe(send)` in a connection's message handler, with
        `watch` a variable of the connection (or a field of the instance) that nothing ends
        before the store (semantic.handles.stored_over_previous): each repeat loses the last
        subscription, which stays on a source the module keeps; the connection's end can end
        only the last."""
        kept = _kept_source(source, ctx)
        if kept is None or outermost(call).parent is None or outermost(call).parent.type != "assignment_expression" \
                or not stored_over_previous(call, ctx):
            return None
        store = outermost(call).parent
        held = short_text(store.child_by_field_name("left"), 30)
        runs = refine(ctx.run_context(call), ctx.model)
        message = (f"`{short_text(source, 30)}.{callee_name(call)}()` subscribes {runs.where}, and is stored in `{held}` over "
                   f"the subscription an earlier run stored there, which is never ended: every repeat leaves one more on "
                   f"`{short_text(source, 30)}`, {kept}, with what its callback closes over; end the one in `{held}` first")
        report = repeating_report(call, message, runs, "the subscription starts here")
        report.related.append((store, "stored here, over the one before"))
        return report

    def _kept_per_key(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`subs.set(msg.id, prices$.subscribe(send))` in a connection's message handler, with
        `subs` made per connection and ended only by key, on the client's 'unsubscribe'
        (semantic.keyed_entries): a client that just goes away leaves every subscription it
        still had on a source the module keeps, with the connection its callback sends to."""
        kept = _kept_source(source, ctx)
        keyed = kept_per_key(call, ctx) if kept is not None else None
        if keyed is None or refine(ctx.run_context(call), ctx.model).how is not RunsHow.REPEATED:
            return None
        shown = short_text(source, 30)
        message = (f"`{shown}.{callee_name(call)}()` keeps its subscription in `{keyed.container}`, made {keyed.where}, "
                   f"{keyed.fate('ended', 'subscription')} on `{shown}`, {kept}, with its callback; end every entry of "
                   f"`{keyed.container}` when that code's work ends")
        flow = [(keyed.declaration, f"`{keyed.container}` is made here, {keyed.where}"), (call, "the subscription is made here"),
                (keyed.store, f"and kept in `{keyed.container}` here")]
        return Report(call, message, related=[(keyed.declaration, f"`{keyed.container}` is made {keyed.where}")], code_flow=flow,
                      acquisition=call)

    def _read_and_dropped(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`let token; session.subscribe((s) => { token = s.token }); return token` in a plain
        function: a subscription made only to read the current value into the function's own
        locals, then dropped. Every call leaves one more subscriber on a store the module keeps,
        however often the function runs (a note: that, its callers say)."""
        holder = outermost(call).parent
        fn = enclosing_function(call)
        callback = unwrap(call_arguments(call)[-1]) if call_arguments(call) else None
        if holder is None or holder.type != "expression_statement" or fn is None or callback is None or callback.type not in FUNCTION_TYPES:
            return None
        kept = _kept_source(source, ctx)
        targets = [unwrap(n.child_by_field_name("left")) for n in walk(callback) if n.type == "assignment_expression"]
        if kept is None or not targets or any(t is None or t.type != "identifier" for t in targets):
            return None
        bindings = [ctx.model.binding_of(t) for t in targets]
        if any(b is None or b.kind is not BindingKind.LET or b.scope.function_scope.node != fn for b in bindings):
            return None
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE or guarded_once(call, ctx):
            return None
        shown, name = short_text(source, 30), (function_name(fn) or "the function").rsplit(".", 1)[-1]
        read = ", ".join(dict.fromkeys(f"`{text(t)}`" for t in targets))
        message = (f"`{shown}.{callee_name(call)}()` in `{name}()` only reads the current value into {read} and drops the subscription: "
                   f"every call leaves one more subscriber on `{shown}`, {kept}, with its closure; read the value without subscribing "
                   "(`get()` of a store, a BehaviorSubject's `value`), or unsubscribe right after")
        return Report(call, message, severity=None if runs.how is RunsHow.REPEATED else Severity.NOTE, acquisition=call)

    def _released_on_one_path(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`const sub = quotes$.subscribe((q) => { if (match) { clearTimeout(t); sub.unsubscribe(); resolve(q) } })`
        beside `setTimeout(() => reject(err), ms)`: the subscription (or the disposer a store
        hands back, `const unsubscribe = store.subscribe(check)`) is kept in a local, or added to
        a local `Subscription`, and ended on one path only (semantic.missed_paths); the
        other way the operation ends leaves it on a source that outlives it."""
        holder = outermost(call).parent
        if holder is not None and holder.type == "arguments" and holder.parent is not None and callee_name(holder.parent) == "add":
            holder = holder.parent.child_by_field_name("function").child_by_field_name("object")  # `sub.add(src.subscribe(...))`
        elif holder is not None and holder.type == "variable_declarator":
            holder = holder.child_by_field_name("name")
        else:
            return None
        kept = _kept_source(source, ctx)
        fn = enclosing_function(call)
        if holder is None or unwrap(holder).type != "identifier" or kept is None or fn is None:
            return None
        shown = text(unwrap(holder))
        releases = [n for n in walk(fn) if n.type == "call_expression" and (
            (callee_name(n) == "unsubscribe" and text(callee_object(n)) == shown)  # `sub.unsubscribe()`
            or text(n.child_by_field_name("function")) == shown)]  # `unsubscribe()`: the disposer a store hands back
        args = call_arguments(call)
        own = unwrap(args[-1]) if args else None
        own = own if own is not None and own.type in FUNCTION_TYPES else ctx.model.function_named(own)  # `store.subscribe(check)`
        missed = missed_path(call, releases, own=own) if releases else None
        if missed is None:
            return None
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        message = (f"subscription to `{short_text(source, 30)}`, {kept}, made {runs.where}, is ended {missed.release_path}, but not on "
                   f"{missed.path}: every run that ends there leaves it subscribed, with its callback and what that closes over")
        return with_both_paths(repeating_report(call, message, runs, "the subscription is made here"), missed, "unsubscribing", "unsubscribed")

    def _injected_in_constructor(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`constructor(@Inject(LANGUAGES) languages: Observable<string[]>) { languages.subscribe((l)
        => { this.languages = l }) }`: the source is handed in by whoever makes the instance and
        outlives it; the dropped subscription's callback holds the instance, so every instance
        made stays reachable from the source. Once per instance: a note, as for a listener on an
        injected emitter."""
        fn = enclosing_function(call)
        if fn is None or not is_constructor(fn) or outermost(call).parent is None or outermost(call).parent.type != "expression_statement":
            return None
        if fn.parent is not None and fn.parent.parent is not None and app_root_service(fn.parent.parent):
            return None  # `providedIn: 'root'`: the injector's one instance lives as long as what it subscribes to
        root, _ = access_root(source)
        if root is None:
            return None
        if root.type == "identifier":
            binding = ctx.model.binding_of(root)
            injected = binding is not None and binding.kind is BindingKind.PARAMETER and binding.scope.node == fn
        else:
            injected = root.type == "this" and _parameter_field(source, fn)
        callback = unwrap(call_arguments(call)[-1])
        if not injected or callback is None or callback.type not in FUNCTION_TYPES or not any(n.type == "this" for n in walk(callback)):
            return None
        shown = short_text(source, 30)
        cls = this_owner(fn.child_by_field_name("body") or fn)
        name = text(cls.child_by_field_name("name")) if cls is not None and cls.child_by_field_name("name") is not None else "the class"
        message = (f"subscription to the injected `{shown}` made in the constructor of `{name}` (once per instance) is dropped: "
                   f"its callback holds the instance, so `{shown}`, which whoever made the instance keeps, keeps every instance "
                   "alive; keep the subscription and unsubscribe in the class's teardown (or end it with `takeUntil`)")
        return Report(call, message, severity=Severity.NOTE, acquisition=call)

    def _beyond_own_teardown(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`constructor() { vscode.workspace.onDidChangeTextDocument(() => this.render()) }` in a
        class with a teardown (`dispose()`): the subscription to a source that outlives every
        instance is dropped, so the teardown cannot end it, and its callback keeps each instance
        alive after it is disposed. Once per instance: a note, unless the file makes instances
        from code that repeats."""
        fn = enclosing_function(call)
        kept = _kept_source(source, ctx)
        if kept is None or fn is None or not is_constructor(fn) or outermost(call).parent is None \
                or outermost(call).parent.type != "expression_statement":
            return None
        callback = unwrap(call_arguments(call)[0]) if call_arguments(call) else None
        cls = this_owner(fn.child_by_field_name("body") or fn)
        if cls is None or callback is None or callback.type not in FUNCTION_TYPES or not any(n.type == "this" for n in walk(callback)):
            return None
        teardown = next((name for name in ctx.methods_of(cls) if TEARDOWN_METHODS.match(name)), None)
        if teardown is None:
            return None
        runs = refine(RunContext(RunsHow.MAYBE, "in the constructor (once per instance)", function=fn), ctx.model)
        name = text(cls.child_by_field_name("name")) if cls.child_by_field_name("name") is not None else "the class"
        shown = short_text(source, 30)
        message = (f"`{short_text(call.child_by_field_name('function'), 50)}()` subscribes to `{shown}`, {kept}, in the constructor of "
                   f"`{name}` and drops the subscription, so `{teardown}()` cannot end it: its callback keeps every instance alive after "
                   f"it is done; keep it and dispose of it in `{teardown}()`")
        severity = None if runs.how is RunsHow.REPEATED else Severity.NOTE
        return Report(call, message, severity=severity, acquisition=call)

    def _ended_on_request_only(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`watching = quotes$.subscribe(...)` in a socket's 'watch' handler, kept in a variable
        of the connection handler and unsubscribed only in its 'unwatch' listener: a client that
        disconnects without asking (or asks to watch twice) leaves the subscription on a source
        that outlives it. Every unsubscribe waits for an ordinary event, none for the end."""
        holder = outermost(call).parent
        target = unwrap(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" else None
        binding = ctx.model.binding_of(target) if target is not None and target.type == "identifier" else None
        kept = _kept_source(source, ctx)
        if binding is None or kept is None or binding.kind is BindingKind.PARAMETER or binding.is_module_level:
            return None
        owner = binding.scope.function_scope.node
        events = []
        for reference in binding.references:
            parent = reference.identifier.parent
            if parent is None or parent.type != "member_expression" or text(parent.child_by_field_name("property")) != "unsubscribe":
                continue
            found = listener_of(reference.identifier, owner) if owner is not None else None
            if found is None or found[1] in NORMAL_END_EVENTS:
                return None  # unsubscribed where the owner's code runs, or when it ends
            events.append(found[1])
        if not events or owner is None or owner.type not in FUNCTION_TYPES or ctx.run_context(call).how is not RunsHow.REPEATED:
            return None
        shown = short_text(source, 30)
        message = (f"subscription to `{shown}` kept in `{binding.name}` is ended only in the '{events[0]}' listener: a client that goes away "
                   f"without it (or a second subscribe that replaces `{binding.name}`) leaves it on `{shown}`, {kept}, with its callback and "
                   "what that closes over; unsubscribe when the connection ends too")
        return Report(call, message, acquisition=call)

    def _table_entry_ended_on_request_only(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`watches.set(id, feed.subscribe(id, send))` in a socket's 'watch' listener, the table
        made per connection, its entries called (or unsubscribed) only in the 'unwatch' listener
        while the 'disconnect' listener at most clears the table: a client that leaves without
        asking leaves each subscription on `feed`, with the socket its callback closes over."""
        kept = _kept_source(source, ctx) if b".set(" in ctx.source.data else None
        found = released_on_client_request_only(call, ctx, lambda n, table: calls_table_entry(n, table, ctx.model)) if kept is not None else None
        if found is None:
            return None
        table, peer, (release, event) = found
        shown = short_text(source, 30)
        message = (f"subscription to `{shown}` kept in `{table.name}`, a table of each connection, is ended only on the client's "
                   f"'{event}', never when `{peer}` ends (clearing the table ends nothing): a client that leaves without asking "
                   f"leaves each one on `{shown}`, {kept}, with its callback and what that closes over; end every one `{table.name}` "
                   "holds when the connection ends")
        return Report(call, message, related=[(release, f"ended here, only on the client's '{event}'")], acquisition=call)

    def _dropped_per_run(self, site: Node, source: Node, call: Node, ctx: FileContext, inside: bool = False) -> Report | None:
        """The subscription `call` makes on `source`, dropped at `site` (the subscribe call
        itself, or the call of a helper of this file that hands it back, or that drops it
        `inside`) in code that repeats."""
        parent = outermost(site).parent
        kept = _kept_source(source, ctx)
        if parent is not None and parent.type != "expression_statement" and not inside and site == call and _settled_only(site):
            if _unsubscribed_by_method(call, source, ctx):
                return None  # `subscriber.unsubscribe(channel, forward)`: node-redis's pair, by method
            parent = outermost(_settled_only(site)).parent  # `await sub.subscribe(ch, fn)`, `.subscribe(...).catch(log)`: a promise, no handle
        looked_at = parent is not None and parent.type == "variable_declarator" and kept_for_a_look(site, ctx)  # held, never ended
        outer = _outer_source(source, site, ctx) if kept is None and site == call else None
        if outer is not None:
            kept, runs = outer
        if parent is None or (parent.type != "expression_statement" and not inside and not looked_at) or kept is None:
            return None
        if outer is None:
            runs = ctx.run_context(site)
            runs = refine(runs, ctx.model) if runs.how is RunsHow.MAYBE else runs
        if runs.how is not RunsHow.REPEATED or guarded_once(site, ctx):
            return None
        shown = short_text(source, 30)
        if site == call:
            fate = f"kept in `{text(parent.child_by_field_name('name'))}` only to be looked at, never ended" if looked_at else "dropped"
            what, flow = f"`{shown}.{callee_name(call)}()` subscribes {runs.where}, and the subscription is {fate}", \
                call_flow(runs, call, "the subscription is made here")
        else:
            helper = shown_callee(site)
            what = f"`{helper}()` subscribes to `{shown}` {runs.where} and " + (
                "drops the subscription itself" if inside else "hands back the subscription, which this call drops")
            flow = [(site, f"`{helper}()` is given `{shown}`"), (call, "the subscription is made here")]
        message = (f"{what}: every run adds one more to `{shown}`, {kept}, and each keeps its callback (and what that closes over) "
                   "alive; keep the subscription and unsubscribe when the run's work ends")
        piped = unwrap(callee_object(call))
        matched = next((o for a in (call_arguments(piped) if piped is not None and piped.type == "call_expression" else [])
                        if (o := unwrap(a)) is not None and o.type == "call_expression" and callee_name(o) in FIRST_MATCH_OPERATORS), None)
        if matched is not None:
            message = message.replace("keep the subscription", f"`{callee_name(matched)}()` ends it only when a matching value comes, which "
                                      "may be never; add a `timeout`, or keep the subscription", 1)
        related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
        return Report(repeating_site(runs, site), message, related=related, code_flow=flow, acquisition=call)

    def _through_own_instances(self, call: Node, receiver: Node, ctx: FileContext) -> Report | None:
        """`attach(el) { this.store.subscribe(...) }` dropping the subscription, in a class of this
        file whose constructor keeps what it is handed in `this.store`, and `new CartBadge(cart).attach(el)`
        in code that repeats with a source that outlives it: reported at that method call."""
        injected = injected_parameter(receiver, ctx.model)
        method = injected[0] if injected is not None else None
        cls = this_owner(unwrap(receiver)) if method is not None and method.type == "method_definition" else None
        name = cls.child_by_field_name("name") if cls is not None else None
        if name is None or not _dropped(call, method) or _unsubscribed_by_callback(call, receiver, ctx):
            return None
        for spelled in name_nodes(ctx.source.root, ctx.source.data, text(name)):
            made = spelled.parent
            args = call_arguments(made) if made is not None and made.type == "new_expression" and made.child_by_field_name("constructor") == spelled else []
            if len(args) <= injected[1]:
                continue
            for site, called in instance_method_calls(made, ctx.model):
                report = self._dropped_per_run(site, _piped_source(args[injected[1]]), call, ctx, inside=True) \
                    if called == text(method.child_by_field_name("name")) else None
                if report is not None:
                    return report
        return None

    def _through_helper(self, call: Node, receiver: Node, ctx: FileContext) -> Report | None:
        """A helper of this file that subscribes and hands the subscription back, to the source
        it is given (`watch(store, fn) { return store.subscribe(fn) }`) or to one its module
        keeps (`withConfig(fn) { return config$.subscribe(fn) }`), called from a component's
        start or from code that repeats, which drops it: reported at that call."""
        if _unsubscribed_by_callback(call, receiver, ctx):
            return None  # `watcher.watch(id, fn)`, then `watcher.unwatch(id, fn)` on close: ended by its callback, nothing dropped
        fn = enclosing_function(call)
        root, _ = access_root(receiver)
        inside = (_dropped(call, fn) or kept_unread(call, ctx)) if fn is not None and returned_by(call) != fn else False  # `follow(store, fn) { store.subscribe(fn) }`
        if fn is None or root is None or (returned_by(call) != fn and not inside):
            return None
        slot = slot_of(root, ctx.model) if root.type == "identifier" else None
        given = slot is not None and slot.function == fn and slot.index >= 0
        if not given and _kept_source(receiver, ctx) is None:
            return None
        for site in call_sites(fn, ctx.model):
            args = call_arguments(site)
            if given and slot.index >= len(args):
                continue
            argument = args[slot.index] if given else receiver
            started = lifecycle_start(site)
            if started is None:
                report = self._dropped_per_run(site, _piped_source(argument), call, ctx, inside)
                if report is not None:
                    return report
                continue
            source = _piped_source(argument)
            if not (inside or _dropped(site, started.start)) or unwrap(source) is None or unwrap(source).type in ("call_expression", "this", "super") \
                    or (given and made_in(source, started.start, ctx)):
                continue  # as for a subscription written in the start itself (_judge)
            helper = shown_callee(site)
            fate = "drops the subscription itself" if inside else "hands back the subscription, which this call drops"
            message = (f"`{helper}()` subscribes to `{short_text(source, 30)}` in {started.start_name} and {fate}, "
                       f"so {started.end_name} cannot undo it: {started.repeats} adds one more, which keeps the "
                       "component alive after it is gone; " + ("have it return the subscription, and end that in the component's end" if inside
                                                               else "keep what it returns and call it in the component's end"))
            flow = [(site, f"`{helper}()` is given `{short_text(source, 30)}`" if given else f"`{helper}()` is called"),
                    (call, "the subscription is made here")]
            return Report(site, message, code_flow=flow, acquisition=call)
        return None

    def _render_hook(self, call: Node) -> str | None:
        """`useMemo(() => source.onChange(f), [source])`, its result unused: a subscription made
        while rendering, with no way to end it."""
        fn = enclosing_function(call)
        holder = outermost(fn).parent if fn is not None else None
        hook = holder.parent if holder is not None and holder.type == "arguments" else None
        if hook is None or hook.type != "call_expression" or callee_name(hook) not in self.params["render_hooks"]:
            return None
        return callee_name(hook) if outermost(hook).parent is not None and outermost(hook).parent.type == "expression_statement" else None

    def _endless_from_helper(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`this.prices.quotes(s).pipe(...).subscribe(fn)` with the subscription dropped, in a
        component's start or in code that repeats: a finding if the imported helper's summary says
        it hands back an observable that never completes (project.join decides). Any other call
        is a per-call source that completes (`http.get(url)`)."""
        helper = next((c for c in ctx.imported_calls if c.site == source), None) if ctx.relative_imports else None
        own = _own_service_stream(source, ctx) if helper is None and b"Subject" in ctx.source.data else None
        if helper is None and own is None and b".unsubscribe(" in ctx.source.data:
            kept = _kept_beside(call, source, ctx)  # `this.feed.ticker$(s)` kept and unsubscribed a few lines up
            own = f"a stream to end, as the subscription to what `{shown_callee(unwrap(_piped_source(callee_object(kept), ctx)))}()` hands " \
                  f"back at line {kept.start_point[0] + 1} shows, which is kept to be unsubscribed" if kept is not None else None
        if (helper is None and own is None) or guarded_once(call, ctx):
            return None
        started = lifecycle_start(call)
        if started is not None:
            if not (_dropped(call, started.start) or kept_unread(call, ctx)):
                partial = self._ended_at_end_on_one_path(call, started, ctx)  # `if (this.chart) { ...; this.sub.unsubscribe() }`
                if partial is not None and helper is not None:
                    partial.needs = Requirement(self.rule.id, helper.specifier, helper.chain, RESULT, "", False)
                return partial
            where, repeats = f"in {started.start_name}", started.repeats
        else:
            parent = outermost(call).parent
            runs = refine(ctx.run_context(call), ctx.model)
            if runs.how is not RunsHow.REPEATED or parent is None:
                return None
            if not (parent.type == "expression_statement" or kept_unread(call, ctx)):
                return self._helper_stream_in_table(call, source, helper, own, ctx)
            where, repeats = runs.where, "every run"
        shown = shown_callee(source)
        message = (f"`{short_text(call.child_by_field_name('function'), 40)}()` subscribes to what `{shown}()` hands back {where} and "
                   f"drops the subscription: {repeats} leaves one more running for good, with its callback and what that closes over; "
                   "keep the subscription and unsubscribe when the work ends")
        if own is not None:  # the file's own service: its method's return is read here
            report = Report(call, message.replace(" and drops", f" ({own}) and drops", 1), acquisition=call)
        else:
            report = Report(call, message, acquisition=call, needs=Requirement(self.rule.id, helper.specifier, helper.chain, RESULT, "", False))
        return _at_call_in_start(report, call, started.start) if started is not None else report

    def _helper_stream_in_table(self, call: Node, source: Node, helper, own: str | None, ctx: FileContext) -> Report | None:
        """`subs.set(symbol, marketData.ticks(symbol).subscribe(send))` in a connection's client
        listener, the table made per connection and ended only on the client's 'unsubscribe':
        when what the helper hands back never completes (its summary, at the join; or the file's
        own service), each client that leaves without asking leaves its subscriptions running."""
        found = released_on_client_request_only(call, ctx, lambda n, table: calls_table_entry(n, table, ctx.model)) \
            if b".set(" in ctx.source.data else None
        if found is None:
            return None
        table, peer, (release, event) = found
        shown = shown_callee(source)
        message = (f"subscription to what `{shown}()` hands back kept in `{table.name}`, a table of each connection, is ended only on the "
                   f"client's '{event}', never when `{peer}` ends (clearing the table ends nothing): a client that leaves without asking "
                   f"leaves each one running, with its callback and what that closes over; end every one `{table.name}` holds when the "
                   "connection ends")
        related = [(release, f"ended here, only on the client's '{event}'")]
        if own is not None:
            return Report(call, message, related=related, acquisition=call)
        return Report(call, message, related=related, acquisition=call, needs=Requirement(self.rule.id, helper.specifier, helper.chain, RESULT, "", False))

    def _endless_per_run(self, call: Node, source: Node, ctx: FileContext) -> Report | None:
        """`interval(1000).subscribe(...)` in a request handler, its subscription dropped: the
        source never completes, so each run leaves one more ticking for good."""
        parent = outermost(call).parent
        entry = dropped_with_entry(call, ctx) if parent is not None and parent.type != "expression_statement" else None
        if parent is None or not (parent.type == "expression_statement" or kept_unread(call, ctx) or entry is not None) or guarded_once(call, ctx):
            return None
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is not RunsHow.REPEATED:
            return None
        shown = short_text(call.child_by_field_name('function'), 40)
        related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
        if entry is not None:  # `this.streams.set(id, sub)`, and `this.streams.delete(id)` without `unsubscribe()`
            store, removal = entry
            held = short_text(store.child_by_field_name("function").child_by_field_name("object"), 30)
            message = (f"`{shown}()` subscribes to `{short_text(source, 30)}`, which never completes, {runs.where}, and keeps the "
                       f"subscription only in `{held}`, " + (f"whose entry is deleted (line {removal.start_point[0] + 1}) without unsubscribing"
                                                             if removal is not None else "which nothing reads back")
                       + ": every run leaves one more running for good, with its callback and what that closes over; unsubscribe "
                       "it before deleting the entry")
            related += [(store, "kept here"), *([(removal, "deleted here, still subscribed")] if removal is not None else [])]
            return Report(call, message, related=related, acquisition=call)
        message = (f"`{shown}()` subscribes to `{short_text(source, 30)}`, which never "
                   f"completes, {runs.where}, and drops the subscription: every run leaves one more running for good, with its "
                   "callback and what that closes over; keep the subscription and unsubscribe when the run's work ends")
        return Report(call, message, related=related, acquisition=call)

    def _page_listener(self, call: Node, page: str, ctx: FileContext) -> Report | None:
        """`this.renderer.listen('document', 'pointermove', fn)` in a handler that runs per
        event (`@HostListener`), or in a component's start, with the unlisten function it
        returns dropped: the page keeps one more listener each time, and the listener keeps
        the component or directive it closes over after it is gone."""
        parent = outermost(call).parent
        if parent is None or not (parent.type == "expression_statement" or kept_unread(call, ctx)):
            return self._held_past_end(call, callee_object(call)) if parent is not None and parent.type == "assignment_expression" else None
        started = lifecycle_start(call)
        if started is not None:
            where, repeats = f"in {started.start_name}", started.repeats  # (its name comes quoted: "`ngOnInit()`")
        else:
            runs = ctx.run_context(call)
            runs = refine(runs, ctx.model) if runs.how is RunsHow.MAYBE else runs
            if runs.how is not RunsHow.REPEATED or guarded_once(call, ctx):
                return None
            where, repeats = runs.where, "every run"
        event = short_text(call_arguments(call)[1], 30)
        message = (f"`{short_text(call.child_by_field_name('function'), 40)}()` adds a listener for {event} to `{page}` {where} and "
                   f"drops the function that removes it: {repeats} adds one more to `{page}`, which lives as long as the page and "
                   "keeps each listener, and what it closes over, alive; keep what it returns and call it when the work is done "
                   "(and in the component's end)")
        return Report(call, message, acquisition=call)

    def _report(self, call: Node, where: str, repeats: str) -> Report:
        message = (f"`{short_text(call.child_by_field_name('function'), 40)}()` subscribes {where}: {repeats} adds one more "
                   f"subscription to `{short_text(callee_object(call), 30)}`, which keeps the component alive after it is gone; "
                   "keep what it returns and call it in the component's end")
        return Report(call, message, acquisition=call)


def _function_value(argument: Node, ctx: FileContext) -> bool:
    """A function written at the call, a name of the file bound to one, or a method or arrow
    field of the class around the call (`this.onStatus`): a callback handed over."""
    node = unwrap(argument)
    if node is None:
        return False
    if node.type in FUNCTION_TYPES:
        return True
    if node.type == "call_expression" and callee_name(node) == "bind":  # `this.onStatus.bind(this)`: that method, bound anew
        target = unwrap(node.child_by_field_name("function"))
        return target is not None and target.type == "member_expression" and _function_value(target.child_by_field_name("object"), ctx)
    if node.type == "identifier":
        binding = ctx.model.binding_of(node)
        return binding is not None and (binding.kind is BindingKind.FUNCTION or (
            binding.value is not None and unwrap(binding.value) is not None and unwrap(binding.value).type in FUNCTION_TYPES))
    holder = unwrap(node.child_by_field_name("object")) if node.type == "member_expression" else None
    owner = this_owner(node) if holder is not None and holder.type == "this" else None
    return owner is not None and text(node.child_by_field_name("property")).lstrip("#") in ctx.methods_of(owner)


def _undone_by_counterpart(call: Node, ends: tuple[Node, ...], undo: str = "") -> bool:
    """The component's end calls the method's counterpart on the same receiver
    (`feed.unsubscribe(symbol)` for `feed.subscribe(symbol)`, `store.unwatch(...)`; `undo`
    when the counterpart is known by another name: `removeListener`)."""
    name, receiver = callee_name(call), callee_object(call)
    if not name or (receiver is None and not undo):
        return False
    undo, spelled = undo or f"un{name}", normalised(receiver) if receiver is not None else None
    # on the same receiver, or both bare: `addThemeWatcher(fn)` undone by `removeThemeWatcher(fn)`
    return any(n.type == "call_expression" and callee_name(n) == undo and (
        normalised(callee_object(n)) == spelled if callee_object(n) is not None else spelled is None) for end in ends for n in walk(end))


# A component's end as spelled: an unmount hook or method, or a hook whose callback returns its cleanup.
END_SPELLINGS = tuple(sorted({*(e.encode() for entry in LIFECYCLE_METHODS for e in entry.ends), *(e.encode() for e in END_HOOKS),
                              *(h.encode() for h in CLEANUP_HOOKS)}))

# What Angular's `Renderer2.listen(target, ...)` names as a target that lives with the page.
PAGE_TARGETS = frozenset({"document", "window", "body"})


def _page_target(call: Node) -> str | None:
    """`renderer.listen('document', 'click', fn)` (or `listen(window, ...)`): the page-lifetime
    target a renderer's listen adds to, as written; None for any other call."""
    args = call_arguments(call)
    if callee_name(call) != "listen" or len(args) != 3 or string_value(args[1]) is None:
        return None
    target = string_value(args[0])
    if target is None and unwrap(args[0]) is not None and unwrap(args[0]).type == "identifier":
        target = text(unwrap(args[0]))
    return target if target in PAGE_TARGETS else None


# `private readonly stream$ = new Subject<...>()`, `this.events = new BehaviorSubject(x)`: a
# field that holds a Subject (group 1: its name).
SUBJECT_FIELD = re.compile(rb"(?:this\s*\.\s*)?([\w$]+)\s*(?::[^=;\n]*)?=\s*new\s+(?:Behavior|Replay|Async)?Subject\b")
# `readonly orders$ = this.state.asObservable()`: a field that shows a Subject field (group 1, group 2).
SUBJECT_VIEW = re.compile(rb"([\w$]+)\s*(?::[^=;\n]*)?=\s*this\s*\.\s*([\w$]+)\s*\.\s*(?:asObservable|pipe)\(")
# `return this.stream$;`: a field handed back as it is.
THIS_FIELD_RETURNS = "(return_statement (member_expression object: (this)) @value)"


# A multicast stream that one subscription keeps alive for all: `share()`, `shareReplay(1)`, `publish()`.
SHARING = re.compile(r"\b(?:share|shareReplay|publish|publishReplay|multicast)\(")
SUBJECT_MADE = re.compile(r"^new\s+(?:Behavior|Replay|Async)?Subject\b")


SHARING_BYTES = re.compile(SHARING.pattern.encode())  # the same spellings, searched in a file's bytes
SHARING_WORDS = (b"share", b"publish", b"multicast")  # one of them is in every spelling of SHARING


def _may_share(data: bytes) -> bool:
    """SHARING in a file's bytes, asked of its words first: most files name none of them."""
    return data.has_any(SHARING_WORDS) and SHARING_BYTES.search(data) is not None


def _shared_fields(ctx: FileContext) -> list[str]:
    """Fields of a class made by sharing a stream (`readonly quotes$ = this.socket.pipe(...,
    share())`, or `this.quotes$ = ...` in the constructor): one multicast stream per instance,
    which every subscriber of a long-lived service keeps until it unsubscribes."""
    found = []
    data = ctx.source.data
    if b"share" not in data and b"publish" not in data and b"multicast" not in data:
        return found
    for match in SHARING_BYTES.finditer(data):
        node = ctx.source.root.descendant_for_byte_range(match.start(), match.end() - 1)
        for holder in ancestors(node) if node is not None else ():
            if holder.type in ("public_field_definition", "field_definition"):
                found.append(text(holder.child_by_field_name("name") or holder.child_by_field_name("property")))
                break
            if holder.type == "assignment_expression":
                left = unwrap(holder.child_by_field_name("left"))
                if left is not None and left.type == "member_expression" and unwrap(left.child_by_field_name("object")).type == "this":
                    found.append(text(left.child_by_field_name("property")))
                break
            if holder.type in FUNCTION_TYPES and holder.type != "arrow_function":
                break
    return found


def _module_stream(name: Node, ctx: FileContext) -> bool:
    """A module-level const of this file holding a Subject or a shared (multicast) stream."""
    binding = ctx.model.binding_of(name)
    return binding is not None and binding.is_module_level and binding.source_module is None and binding.kind is BindingKind.CONST \
        and binding.name in _module_streams(ctx)


def _module_streams(ctx: FileContext) -> set[str]:
    """The names of the file's top-level consts that hold a Subject or a shared stream, read
    from the top-level statements once per file."""
    found = ctx.shared.get("subscriptions.module_streams")
    if found is None:
        found = ctx.shared["subscriptions.module_streams"] = set()
        for statement in module_statements(ctx.source.root):
            declaration = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
            if declaration is None or declaration.type != "lexical_declaration" or not declaration.children \
                    or declaration.children[0].type != "const":
                continue
            for declarator in (d for d in declaration.named_children if d.type == "variable_declarator"):
                value, name = unwrap(declarator.child_by_field_name("value")), declarator.child_by_field_name("name")
                if value is not None and name is not None and name.type == "identifier" \
                        and (SUBJECT_MADE.match(text(value)) is not None or SHARING.search(text(value)) is not None):
                    found.add(text(name))
    return found




# Injected services whose observables end with the component that was handed them (Angular's
# router completes a route's `params`, `data`, `queryParams` when its component is destroyed).
SELF_ENDING_SERVICES = frozenset({"ActivatedRoute"})


# Operators that subscribe to an inner source per value: the result ends only when the last
# inner source does, whenever the outer one ends.
FLATTENING_OPERATORS = frozenset({"switchMap", "mergeMap", "concatMap", "exhaustMap", "flatMap", "switchMapTo", "mergeMapTo", "concatMapTo"})


def _flattens(receiver: Node | None) -> bool:
    """`source.pipe(switchMap((id) => store.select(byId(id))))`: a flattening operator in the pipe."""
    node = unwrap(receiver)
    while node is not None and node.type == "call_expression" and callee_name(node) in DERIVING_METHODS:
        if any(callee_name(unwrap(a)) in FLATTENING_OPERATORS for a in call_arguments(node) if unwrap(a) is not None and unwrap(a).type == "call_expression"):
            return True
        node = unwrap(callee_object(node))
    return False


def _ends_with_component(source: Node) -> bool:
    """A source read from a field that holds a service whose observables end with the component
    (`this.route.params` with `route: ActivatedRoute` injected, or `route = inject(ActivatedRoute)`)."""
    node = unwrap(source)
    while node is not None and node.type in ("member_expression", "call_expression"):
        inner = unwrap(node.child_by_field_name("object") if node.type == "member_expression" else node.child_by_field_name("function"))
        if node.type == "member_expression" and inner is not None and inner.type == "this":
            break
        node = inner
    if node is None or node.type != "member_expression":
        return False
    owner, field_name = this_owner(node), text(node.child_by_field_name("property"))
    declared = parameter_property_type(owner, field_name) or ""
    body = owner.child_by_field_name("body") if owner is not None else None
    for member in body.named_children if body is not None and not declared else ():
        if member.type in ("public_field_definition", "field_definition") and text(member.child_by_field_name("name") or member.child_by_field_name("property")) == field_name:
            value = unwrap(member.child_by_field_name("value"))
            args = call_arguments(value) if value is not None and value.type == "call_expression" and callee_name(value) == "inject" else []
            declared = text(args[0]) if args else ""
    return declared.split("<", 1)[0].strip() in SELF_ENDING_SERVICES


def _parameter_field(source: Node, constructor: Node) -> bool:
    """`this.languages$` where the constructor takes `languages$` as a parameter property
    (`private readonly languages$: Observable<string[]>`), of a type whose sources do not end
    with the instance by themselves."""
    node = unwrap(source)
    while node is not None and node.type == "member_expression" and unwrap(node.child_by_field_name("object")) is not None \
            and unwrap(node.child_by_field_name("object")).type != "this":
        node = unwrap(node.child_by_field_name("object"))
    if node is None or node.type != "member_expression":
        return False
    declared = parameter_property_type(this_owner(node), text(node.child_by_field_name("property")))
    return declared is not None and declared.split("<", 1)[0].strip() not in SELF_ENDING_SERVICES


# Calls that derive an observable from their receiver, which then holds every subscriber:
# operators (`pipe`), and a store's selectors (NgRx `store.select(selectUser)`).
DERIVING_METHODS = frozenset({"pipe", "select"})


def _disposer_kept_for_caller(call: Node, fn: Node, ctx: FileContext) -> str | None:
    """`const unsubscribe = store.subscribe(fn)`, called only inside a function that `fn` hands
    back (`return { value, stop }` with `stop() { unsubscribe() }`): the property of the returned
    object the caller must keep and call ("" for the value itself), or None."""
    holder = outermost(call).parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    binding = ctx.model.binding_of(name) if name is not None and name.type == "identifier" else None
    reads = [r.identifier for r in binding.references if not r.is_write] if binding is not None else []
    if not reads or not all(r.parent is not None and r.parent.type == "call_expression" and r.parent.child_by_field_name("function") == r for r in reads):
        return None
    keys = {returned_disposer_key(r, fn) for r in reads}
    return next(iter(keys)) if len(keys) == 1 and None not in keys else None


def _own_service_stream(source: Node, ctx: FileContext) -> str | None:
    """`this.hub.forUser(id)` where `hub` is injected as a DI singleton class of this file whose
    `forUser()` hands back its own Subject field (piped, or `asObservable()`): the one instance
    the injector shares keeps every subscriber. How a message says so, or None."""
    function = source.child_by_field_name("function") if source.type == "call_expression" else None
    field = unwrap(function.child_by_field_name("object")) if function is not None and function.type == "member_expression" else None
    if field is None or field.type != "member_expression" or unwrap(field.child_by_field_name("object")).type != "this":
        return None
    type_name = parameter_property_type(this_owner(unwrap(field.child_by_field_name("object"))), text(field.child_by_field_name("property")))
    cls = next((c for c in ctx.captures("(class_declaration) @c", "c") if text(c.child_by_field_name("name")) == type_name), None) if type_name else None
    if cls is None or not di_singleton(cls):
        return None
    name = text(function.child_by_field_name("property"))
    method = next((m for m in cls.child_by_field_name("body").named_children if m.type == "method_definition"
                   and text(m.child_by_field_name("name")) == name), None)
    subjects = {m.group(1).decode() for m in SUBJECT_FIELD.finditer(cls.text or b"")}
    subjects |= {m.group(1).decode() for m in SUBJECT_VIEW.finditer(cls.text or b"") if m.group(2).decode() in subjects}
    for value in returned_values(method) if method is not None else ():
        held = _piped_source(value, ctx)
        held = unwrap(callee_object(held)) if held.type == "call_expression" and callee_name(held) == "asObservable" else held
        if held is not None and held.type == "member_expression" and text(held.child_by_field_name("object")) == "this" \
                and text(held.child_by_field_name("property")) in subjects:
            return f"the Subject `{text(held)}` of `{type_name}`, which the injector makes once for the whole application"
    return None


def _kept_beside(call: Node, source: Node, ctx: FileContext) -> Node | None:
    """Another subscription in the same function to what a method of the same object hands
    back (`this.feed.ticker$(s)` beside `this.feed.trades$(s)`), kept in a variable, a field
    or a table rather than dropped: the code itself treats that object's streams as ones to
    end. That subscription, or None."""
    owner = callee_object(source)
    fn = enclosing_function(call)
    if owner is None or fn is None:
        return None
    shown = normalised(owner)
    for other in ctx.calls_named(["subscribe"]):
        if other == call or not contains(fn, other) or callee_object(other) is None:
            continue
        origin = unwrap(_piped_source(callee_object(other), ctx))
        if origin is None or origin.type != "call_expression" or callee_object(origin) is None or normalised(callee_object(origin)) != shown:
            continue
        holder = outermost(other).parent
        if holder is not None and (holder.type in ("variable_declarator", "assignment_expression")
                                   or holder.type == "arguments" and callee_name(holder.parent) in ("set", "add", "push")):
            return other
    return None


def _piped_source(receiver: Node, ctx: FileContext | None = None) -> Node:
    """`ticks$.pipe(filter(...), map(...))` subscribes to `ticks$` itself: operators pass the
    subscriber on to their source, so the source keeps it (and `store.select(f)` to `store`). Unless an operator ends the
    subscription (`take(1)`, `first()`, `takeUntil(destroy$)`, `untilDestroyed(this)`): then the
    piped call stays what it is, a source of its own that completes. With the file's context,
    `takeUntil(shutdown$)` on a module-level notifier ends nothing before the process does."""
    node = unwrap(receiver)
    if node is not None and node.type == "identifier" and ctx is not None:  # `const quote$ = this.quotes$.pipe(...)` of the function
        binding = ctx.model.binding_of(node)
        value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and not binding.is_module_level \
            and binding.value is not None else None
        if value is not None and value.type == "call_expression" and callee_name(value) in DERIVING_METHODS:
            node = value
    while node is not None and node.type == "call_expression" and callee_name(node) in DERIVING_METHODS and callee_object(node) is not None:
        operators = [o for a in call_arguments(node) if (o := unwrap(a)) is not None and o.type == "call_expression"]
        if any(ENDING_OPERATORS.search(callee_name(o) or "") and not _never_ending_notifier(o, ctx) and not _ends_on_a_match_only(o, operators, ctx)
               for o in operators):
            # (`const updates$ = x.pipe(takeUntil(this.destroy$))`: the const's pipe, a source of its own that ends)
            return node if unwrap(receiver) is not None and unwrap(receiver).type == "identifier" else receiver
        node = unwrap(callee_object(node))
    if node is not None and node.type == "call_expression" and callee_name(node) in COMBINING_FUNCTIONS and callee_object(node) is None:
        args = [unwrap(a) for a in call_arguments(node)]
        inputs = [unwrap(e) for e in args[0].named_children] if len(args) == 1 and args[0] is not None and args[0].type == "array" else args
        if inputs and inputs[0] is not None:  # `combineLatest([store.select(a), store.select(b)])`: each input keeps the subscriber
            return _piped_source(inputs[0], ctx)
    return node if node is not None else receiver


# Functions that subscribe to every source they are handed and end only when all of those do.
COMBINING_FUNCTIONS = frozenset({"combineLatest", "merge"})


# Operators that end after the first value they let through: with a condition, that value may never come.
FIRST_MATCH_OPERATORS = frozenset({"first", "take", "find", "findIndex", "single", "elementAt"})


def _ends_on_a_match_only(operator: Node, operators: list[Node], ctx: FileContext | None) -> bool:
    """`trades$.pipe(filter((t) => t.symbol === symbol), first())`, or `first((t) => ...)`, with
    no `timeout` in the pipe: it ends when a matching value comes, which for a symbol nobody
    trades is never (judged with the file's context only, as for notifiers)."""
    name = callee_name(operator)
    if ctx is None or name not in FIRST_MATCH_OPERATORS or (name == "take" and [text(a) for a in call_arguments(operator)] != ["1"]):
        return False
    if any((callee_name(o) or "").startswith(("timeout", "takeUntil")) for o in operators):
        return False
    conditioned = any(unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES for a in call_arguments(operator))
    return conditioned or any(callee_name(o) == "filter" and o.start_byte < operator.start_byte for o in operators)


def _never_ending_notifier(operator: Node, ctx: FileContext | None) -> bool:
    """`takeUntil(shutdown$)` whose notifier is a module-level (or imported) binding: it fires
    once for the whole process, so a subscription made per request lives until then. Or
    `takeUntil(this.destroy$)` where nothing in the file ever emits on `destroy$`."""
    if ctx is None or callee_name(operator) != "takeUntil":
        return False
    args = call_arguments(operator)
    notifier = unwrap(args[0]) if args else None
    if notifier is not None and notifier.type == "member_expression" and unwrap(notifier.child_by_field_name("object")) is not None \
            and unwrap(notifier.child_by_field_name("object")).type == "this":
        return not _fired(text(notifier.child_by_field_name("property")), ctx.source.data)
    binding = ctx.model.binding_of(notifier) if notifier is not None and notifier.type == "identifier" else None
    return binding is not None and binding.is_module_level and binding.kind is not BindingKind.PARAMETER


def _fired(field: str, data: bytes) -> bool:
    """`destroy$.next(`, `destroy$?.emit(`: something in the file makes the notifier fire.
    `takeUntil` ends on a value only: `destroy$.complete()` alone ends nothing."""
    return re.search(re.escape(field.encode()) + rb"\s*\??\.\s*(?:next|emit)\s*\(", data) is not None


def _unsubscribed_by_callback(call: Node, receiver: Node, ctx: FileContext) -> bool:
    """`channel.subscribe(cb)` paired with `channel.unsubscribe(cb)` (diagnostics_channel, many
    buses): the source removes by callback, not by a returned handle, so nothing is dropped."""
    shown = normalised(receiver)
    if any(normalised(callee_object(other)) == shown and not undoes_another_function(call, other)
           for other in ctx.calls_named(["unsubscribe", "unsubscribeAll"]) if callee_object(other) is not None and call_arguments(other)):
        return True
    # `presence.onChange(relay)` ... `presence.offChange(relay)`: the same callback handed to an
    # undoing method of the same source (whatever `onChange` returns, nothing needs keeping)
    args = call_arguments(call)
    callback = unwrap(args[-1]) if args else None
    binding = ctx.model.binding_of(callback) if callback is not None and callback.type == "identifier" else None
    for reference in binding.references if binding is not None else ():
        holder = outermost(reference.identifier).parent
        other = holder.parent if holder is not None and holder.type == "arguments" else None
        if other is not None and other != call and other.type == "call_expression" and callee_object(other) is not None \
                and normalised(callee_object(other)) == shown and (TEARDOWN_NAMES.search(name := callee_name(other) or "") or name.startswith("remove")):
            return True
    return False


def _settled_only(call: Node) -> Node | None:
    """`await client.subscribe(ch, fn)` or `client.subscribe(ch, fn).catch(log)` as a statement:
    the subscription's result is a promise that is only awaited or settled, so the outermost
    expression around it (whose parent says whether it is kept); None otherwise."""
    node = call
    while True:
        parent = node.parent
        if parent is not None and parent.type == "await_expression":
            node = parent
        elif parent is not None and parent.type == "member_expression" and parent.parent is not None and parent.parent.type == "call_expression" \
                and callee_name(parent.parent) in ("then", "catch", "finally"):
            node = parent.parent
        else:
            break
    return node if node != call else None


def _unsubscribed_by_method(call: Node, source: Node, ctx: FileContext) -> bool:
    """The file takes the callback off the same source by method: `source.unsubscribe(ch, fn)`."""
    args = call_arguments(call)
    handler = text(unwrap(args[-1])) if args else ""
    shown = text(source)
    return any(n.type == "call_expression" and callee_name(n) in ("unsubscribe", "off", "removeListener", "pUnsubscribe")
               and text(callee_object(n)) == shown and (not handler or any(text(unwrap(a)) == handler for a in call_arguments(n)))
               for n in ctx.calls_named(("unsubscribe", "off", "removeListener", "pUnsubscribe")))


def _returned_through_local(value: Node, fn: Node) -> bool:
    """`stream = timer(0, ms).pipe(...)` (or `const stream = ...`) and `return stream` in the
    same function: the value is handed back through the local it is kept in."""
    holder = outermost(value).parent
    name = holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else \
        holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    if name is None or name.type != "identifier":
        return False
    return any(n.type == "return_statement" and n.named_children and text(unwrap(n.named_children[0])) == text(name)
               and enclosing_function(n) == fn for n in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES))


def _field_stored_twice(call: Node, start: Node) -> Node | None:
    """`ngOnInit() { this.sub = a$.subscribe(f); this.sub = b$.subscribe(g) }`: a later statement
    of the same start stores another value in the field that keeps this subscription, with no
    unsubscribe of it between; the store that loses it."""
    holder = outermost(call).parent
    if holder is None or holder.type != "assignment_expression" or enclosing_function(call) != start:
        return None
    field = " ".join(text(holder.child_by_field_name("left")).split())
    statement = holder.parent
    body = start.child_by_field_name("body")
    if not field.startswith("this.") or statement is None or statement.parent != body:
        return None  # (a store inside a branch may exclude the other)
    for later in (n for n in body.named_children if n.start_byte > statement.end_byte):
        if any(n.type == "call_expression" and callee_name(n) == "unsubscribe" and callee_object(n) is not None
               and normalised(callee_object(n)) == field for n in walk(later)):
            return None
        store = later.named_children[0] if later.type == "expression_statement" and later.named_children else None
        if store is not None and store.type == "assignment_expression" and " ".join(text(store.child_by_field_name("left")).split()) == field:
            return store
    return None


def _outer_source(source: Node, site: Node, ctx: FileContext) -> tuple[str, RunContext] | None:
    """`makeRoutes(store) { router.get('/feed', (req, res) => store.subscribe(send)) }`: a source
    an outer function holds (its parameter, or a const it made) for every run of the handler
    inside it, which repeats between them: the source outlives each run, and the run's
    subscription stays on it. The words for it and how often the run repeats."""
    last = unwrap(call_arguments(site)[-1]) if call_arguments(site) else None
    binding = ctx.model.binding_of(last) if last is not None and last.type == "identifier" else None
    if last is None or not (last.type in FUNCTION_TYPES or binding is not None and (
            binding.declaration is not None and binding.declaration.type in FUNCTION_TYPES
            or binding.value is not None and unwrap(binding.value) is not None and unwrap(binding.value).type in FUNCTION_TYPES)):
        return None  # handed a function the run made (not a topic's options): that is what the source keeps
    receiver = receiver_of(source, ctx.model)
    if receiver is None or receiver.lifetime is not Lifetime.OUTER or receiver.fresh or receiver.owner is None:
        return None
    runs = run_context(site, owner=receiver.owner)
    if runs.how is not RunsHow.REPEATED or runs.registration is None:
        return None
    return f"which outlives each run of {runs.where.removeprefix('inside ')}", runs


def _returned_by_local_helper(call: Node, ctx: FileContext) -> Node | None:
    """`quotesFor(symbol)`, a function of this file that hands back `ticks$.pipe(filter(...))`:
    what is subscribed to is the source it pipes, when that source outlives every run (a
    module-level Subject, not one of the helper's own parameters or locals)."""
    fn = ctx.model.function_named(unwrap(call.child_by_field_name("function")))
    returned = returned_values(fn) if fn is not None else []
    sources = {id(source): source for value in returned if (source := unwrap(_piped_source(value, ctx))) is not None}
    if len(sources) != 1:
        return None
    source = next(iter(sources.values()))
    return source if source.type != "call_expression" and _kept_source(source, ctx) is not None else None


def _relays(pair: CustomPair, ctx: FileContext) -> Iterator[tuple[Node, Node, int]]:
    """The functions of the file that hand back what a call of the pair returns (`return
    feed.subscribe(symbol, fn)`, on an instance the module keeps), with that call and the
    relay's own parameter that carries the pair's key (-1 for none)."""
    for site in call_sites(pair.function, ctx.model):
        relay = returned_by(site)
        if relay is None or contains(pair.function, site):
            continue
        if pair.on_this:
            instance = own_constructed(callee_object(site), ctx.model)
            if instance is None or not instance.is_module_level:
                continue  # an instance made per call: its callback goes with it
        args = call_arguments(site)
        key_slot = -1
        if 0 <= pair.key_slot < len(args):
            if fixed_value(args[pair.key_slot]) is not None:
                continue  # `feed.subscribe('EUR', fn)`: one entry under that key, replaced by the next call
            root = access_root(args[pair.key_slot])[0]
            slot = slot_of(root, ctx.model) if root is not None and root.type == "identifier" else None
            key_slot = slot.index if slot is not None and slot.function == relay else -1
        yield relay, site, key_slot


# Names of what a subscribe call names rather than calls back: `subscribe(topic)`, `listen(channel)`.
NAMED_NOT_CALLBACK = re.compile(r"^_*(?:topic|channel|subject|queue|room|pattern|path|url|name|key|id|filter)s?$"
                                r"|(?<=[a-z0-9])(?:Topic|Channel|Subject|Queue|Room|Pattern|Path|Url|URL|Name|Key|Id|ID|Filter)s?$")


def _kept_source(receiver: Node, ctx: FileContext) -> str | None:
    """How a message names a source that outlives every run: a module-level binding this file
    gives a value it makes (not a parameter), one it imports from a module of the project (that
    module's own Subject or store), or a field of an instance of a long-lived class of the file;
    None for anything else (a package's export may be a factory's fresh result)."""
    root, steps = access_root(receiver)
    if root is None:
        return None
    if root.type == "identifier":
        binding = ctx.model.binding_of(root)
        if binding is not None and binding.is_module_level and project_specifier(binding.source_module or ""):
            return "imported from another module of the project, where it lives as long as that module"
        if binding is not None and (binding.source_module or "").removeprefix("node:") == "diagnostics_channel":
            return "whose named channels live as long as the process"  # `dc.subscribe('db:query', fn)`
        if binding is not None and vscode_namespace(binding.source_module, binding.imported_name, steps):
            return "VS Code's own, which lives as long as the extension host"  # `vscode.workspace.onDidChangeTextDocument(fn)`
        value = unwrap(binding.value) if binding is not None else None
        if binding is None or not binding.is_module_level or binding.source_module is not None or value is None:
            return None
        if value.type == "object" and binding.kind is BindingKind.CONST:
            return "which lives as long as the module"  # `export const cartStore = { subscribe(fn) {...} }`
        if value.type not in ("new_expression", "call_expression") or required_module(value) is not None:
            return None
        if own_constructed(root, ctx.model) is not None:
            return None  # an instance of this file's own class: its methods are read where they are written
        return "which lives as long as the module"
    if root.type == "this" and steps == 1 and app_global(receiver) is not None:
        return f"the app's `{app_global(receiver)}`, one for the whole application"
    if root.type == "this" and steps > 0:
        service = injected_service(outermost(root).parent) if steps > 1 else None
        if service is not None:  # `this.auth.user$`: a field of an injected service
            return f"a field of the injected `{service}`, one instance for the whole application"
        owner = this_owner(root)
        long_lived = next((c for c in ctx.long_lived_classes if c.node == owner), None)
        return f"a field of `{long_lived.name}`, whose instance is {long_lived.why}" if long_lived is not None else None
    return None


def _method_name_of(fn: Node | None) -> str | None:
    return text(fn.child_by_field_name("name")) if fn is not None and fn.type == "method_definition" else None


def _dropped(call: Node, start: Node) -> bool:
    """The subscription's return value is thrown away in the start (not kept, returned or passed on),
    or in a method of the same class that only the start calls (`ngOnInit() { this.bind() }`)."""
    parent = outermost(call).parent
    fn = enclosing_function(call)
    if fn is not None and fn != start and (immediately_invoked(fn) or settled_callback(fn) is not None) and enclosing_function(fn) == start:
        fn = start  # `(async () => { await ready(); feed.subscribe(...) })()` in an effect: the start's own code, after its wait
    return parent is not None and parent.type == "expression_statement" and (
        fn == start or fn is not None and fn.type == "method_definition" and fn.parent is not None and fn.parent == start.parent)


def _at_call_in_start(report: Report, call: Node, start: Node) -> Report:
    """A subscription made in a method that a component's start calls (`ngOnInit() {
    this.listen() }`) stands at that call in the start, as a leak through any helper does
    (issue 14), with the steps to the subscription."""
    fn = enclosing_function(call)
    name = _method_name_of(fn) if fn is not None and fn != start else None
    site = _own_method_call(start, name) if name is not None else None
    if site is not None:
        report.node = site
        report.code_flow = [(site, f"`{name}()` is called here"), (call, "it subscribes here"), *report.code_flow]
    return report


def _own_method_call(start: Node, name: str) -> Node | None:
    """The first `this.name()` in the start's own body (not in a callback it hands on)."""
    body = start.child_by_field_name("body") or start
    return next((n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "call_expression"
                 and text(unwrap(n.child_by_field_name("function"))).replace("?.", ".") in (f"this.{name}", f"this.#{name.lstrip('#')}")), None)


def _immediate(options: Node, names: list[str]) -> bool:
    return any(
        child.type == "pair" and text(child.child_by_field_name("key")).strip("'\"") in names
        and text(child.child_by_field_name("value")) == "true"
        for child in options.named_children
    )


def _called(identifier: Node) -> bool:
    """`cleanup?.()`: the name is called, where it is expected to be set by then."""
    parent = identifier.parent
    return parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == identifier \
        and any(child.type == "optional_chain" or text(child) == "?." for child in parent.children)


def _kept_in(call: Node) -> Node | None:
    """The variable a call's value is stored in: `v = f()` or `const v = f()`."""
    parent = outermost(call).parent
    if parent is not None and parent.type == "assignment_expression" and parent.child_by_field_name("right") == outermost(call):
        target = parent.child_by_field_name("left")
    elif parent is not None and parent.type == "variable_declarator" and parent.child_by_field_name("value") == outermost(call):
        target = parent.child_by_field_name("name")
    else:
        return None
    return target if target is not None and target.type == "identifier" else None


def _undone(holder: Node, ctx: FileContext) -> bool:
    """The kept value is called (`v()`), or its items are (`v.forEach((fn) => fn())`)."""
    binding = ctx.model.binding_of(holder)
    for reference in binding.references if binding is not None else ():
        node = reference.identifier
        parent = node.parent
        if parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == node:
            return True
        if parent is not None and parent.type == "member_expression" and text(parent.child_by_field_name("property")) == "forEach":
            call = parent.parent
            args = call_arguments(call) if call is not None and call.type == "call_expression" else []
            callback = unwrap(args[0]) if args else None
            params = callback.child_by_field_name("parameters") or callback.child_by_field_name("parameter") if callback is not None and callback.type in FUNCTION_TYPES else None
            first = params.named_children[0] if params is not None and params.type == "formal_parameters" and params.named_children else params
            item = text(first.child_by_field_name("pattern") or first) if first is not None else ""
            if item and any(n.type == "call_expression" and text(n.child_by_field_name("function")) == item for n in walk(callback)):
                return True
    return False


VUE_MODULES = frozenset({"vue", "@vue/runtime-core", "@vue/reactivity", "@vue/composition-api", "vue-demi"})
VUE_WATCHERS = frozenset({"watch", "watchEffect", "watchPostEffect", "watchSyncEffect"})
# Functions Vue runs inside a component's effect scope, which stops their watchers with it.
IN_COMPONENT_SCOPE = re.compile(r"^(?:setup|use[A-Z0-9_]\w*|data|created|beforeCreate|mounted)$")


def _vue_watchers(ctx: FileContext) -> list[tuple[Node, Node | None]]:
    """Calls of Vue's `watch` (and `watchEffect`...) imported from Vue, made outside a
    component's setup, a composable or an effect scope's `run()`, with the function they are
    made in. Found once per file."""
    found = ctx.shared.get("subscriptions.vue_watchers")
    if found is not None:
        return found
    found = ctx.shared["subscriptions.vue_watchers"] = []
    if b"vue" not in ctx.source.data or b"watch" not in ctx.source.data:
        return found
    for call in _vue_watcher_calls(ctx):
        fn = enclosing_function(call)
        outer = [f for f in ancestors(call) if f.type in FUNCTION_TYPES]
        if any(IN_COMPONENT_SCOPE.match((function_name(f) or "").rsplit(".", 1)[-1]) for f in outer) \
                or (b"defineComponent" in ctx.source.data and (fn is None or vue_component_method(fn) is None)) or b"effectScope" in ctx.source.data:
            continue  # stopped with the component (or the scope) it is made in (not in an options-API method, run outside setup)
        found.append((call, fn))
    return found


def _vue_watcher_calls(ctx: FileContext) -> list[Node]:
    """Every call of Vue's `watch`, `watchEffect`... imported from Vue in this file."""
    if b"vue" not in ctx.source.data or b"watch" not in ctx.source.data:
        return []
    local = {b.name for b in ctx.model.module_scope.bindings.values() if b.source_module in VUE_MODULES and b.imported_name in VUE_WATCHERS}
    found = []
    for call in ctx.calls_named(tuple(local)) if local else ():
        callee = unwrap(call.child_by_field_name("function"))
        binding = ctx.model.binding_of(callee) if callee is not None and callee.type == "identifier" else None
        if binding is not None and binding.source_module in VUE_MODULES:
            found.append(call)
    return found


EFFECT_HOOKS = frozenset({"useEffect", "useLayoutEffect"})


def _ref_overwritten(call: Node, effect: Node) -> str | None:
    """`subRef.current = source$.subscribe(...)` in a React effect that runs again (dependencies
    that change, or none given) and returns no cleanup, without ending what the ref holds
    first: the ref it overwrites, or None."""
    holder = outermost(call).parent
    if holder is None or holder.type != "assignment_expression" or holder.child_by_field_name("right") != outermost(call):
        return None
    target = holder.child_by_field_name("left")
    if target is None or target.type != "member_expression" or text(target.child_by_field_name("property")) != "current":
        return None
    handed = outermost(effect).parent
    hook = handed.parent if handed is not None and handed.type == "arguments" else None
    if hook is None or hook.type != "call_expression" or callee_name(hook) not in EFFECT_HOOKS:
        return None
    args = call_arguments(hook)
    deps = unwrap(args[1]) if len(args) > 1 else None
    if deps is not None and (deps.type != "array" or not deps.named_children):
        return None  # `[]`: runs once per mount, and unmount's cleanup ends the one it made
    body = effect.child_by_field_name("body")
    if body is None or body.type != "statement_block" or any(n.type == "return_statement" for n in walk(body, skip=FUNCTION_TYPES)):
        return None  # a cleanup of its own ends each run's subscription
    spelled = text(target)
    before = (body.text or b"")[:max(0, holder.start_byte - body.start_byte)]
    if spelled.encode() in before and b"unsubscribe" in before:
        return None  # `subRef.current?.unsubscribe()` first
    return spelled


def _observer(node: Node) -> bool:
    """`{ next: (v) => ..., error: ... }`: an observer object holding callbacks of ours."""
    return node.type == "object" and any(
        (p.type == "pair" and text(p.child_by_field_name("key")) in ("next", "error", "complete")) or
        (p.type == "method_definition" and text(p.child_by_field_name("name")) in ("next", "error", "complete"))
        or (p.type == "shorthand_property_identifier" and text(p) in ("next", "error", "complete"))
        for p in node.named_children)


# The first parameter of a node-style completion callback.
ERROR_FIRST = frozenset({"err", "error", "e", "er", "ex"})


def _mqtt_client(receiver: Node | None, ctx: FileContext) -> bool:
    """A local made by MQTT.js's `connect()` (`mqtt.connect(url)`, or `connect` imported from 'mqtt'),
    whose `subscribe(topic, callback)` hands the callback the broker's grant, not the messages."""
    node = unwrap(receiver)
    binding = ctx.model.binding_of(node) if node is not None and node.type == "identifier" else None
    value = unawaited(unwrap(binding.value)) if binding is not None and binding.value is not None else None
    if value is None or value.type != "call_expression" or callee_name(value) not in ("connect", "connectAsync"):
        return False
    root = access_root(value.child_by_field_name("function"))[0]
    made = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
    return made is not None and made.source_module == "mqtt"


def _completion_callback(fn: Node | None) -> bool:
    """A function whose first parameter is the error (`(err, granted) => ...`): the node-style
    callback of one operation, called once when it completes, not a handler of what arrives."""
    if fn is None or fn.type not in FUNCTION_TYPES:
        return False
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return False
    if params.type == "identifier":
        return text(params) in ERROR_FIRST
    first = next(iter(params.named_children), None)
    name = first.child_by_field_name("pattern") if first is not None and first.type in ("required_parameter", "optional_parameter") else first
    return name is not None and name.type == "identifier" and text(name) in ERROR_FIRST


def _hands_a_callback(call: Node, ctx: FileContext) -> bool:
    """Some argument can be a callback or an observer: a function, an object literal, a bound
    method, or a name for one (a parameter may be anything, unless its type says otherwise)."""
    for argument in call_arguments(call):
        node = unwrap(argument)
        if node is None or node.type in FUNCTION_TYPES or node.type in ("object", "call_expression", "member_expression"):
            return True
        if node.type != "identifier":
            continue
        binding = ctx.model.binding_of(node)
        if binding is None or binding.kind is not BindingKind.PARAMETER:
            return True
        annotation = binding.identifier.parent.child_by_field_name("type") if binding.identifier.parent is not None else None
        if annotation is None or "=>" in text(annotation) or "Observer" in text(annotation) or "Handler" in text(annotation):
            return True
    return False
