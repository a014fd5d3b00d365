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

from ..context import FileContext
from ..semantic.effects import Kind, Vocabulary
from ..semantic.lifecycles import lifecycle_start, made_in
from ..semantic.search import calls_named
from ..semantic.nodes import FUNCTION_TYPES, call_arguments, callee_name, callee_object, enclosing_function, outermost, short_text, text, unwrap, walk
from ..semantic.scopes import BindingKind
from .base import Detector, Report
from .parameters import PARAMETERS


# Names a kept teardown goes by: `cleanups`, `dispose`, `unsubscribe`, `off`, `restore`...
TEARDOWN_NAMES = re.compile(r"(?i)clean|dispos|unsub|unlisten|unwatch|unhook|unbind|unregister|teardown|undo|restore|release|^off|^stop|destroy|cancel")

# `unwrapCleanups = wrapShow(...)`: a teardown's name, `=`, a called function name (bytes, before parsing).
TEARDOWN_LITERALS = (b"clean", b"Clean", b"ispos", b"nsub", b"nlisten", b"nwatch", b"nhook", b"nbind", b"nregister", b"undo", b"Undo", b"eardown", b"estore")
# From a teardown word's end: the rest of the name it is part of, `=`, and the called function.
ASSIGNED_CALL = re.compile(rb"[\w$]*\s*=\s*([A-Za-z_$][\w$]*)\s*\(")
# `cleanup?.()`: a name called only if it holds something.
OPTIONAL_CALL = re.compile(rb"([A-Za-z_$][\w$]*)\?\.\(")
# `immediate: true`, `fireImmediately: true`: a watch that runs its callback inside the call.
IMMEDIATE_TRUE = re.compile(rb"(?:immediate|fireImmediately)\s*:\s*true")


def kept_teardowns(data: bytes) -> set[str]:
    """The functions whose result the file stores under a teardown's name: `cleanups = wrap(`.
    Found with plain substring searches (a regex alternation scans a large file slowly); the
    name's tail, `=` and the call are matched in C from each hit."""
    found: set[str] = set()
    for literal in TEARDOWN_LITERALS:
        at = data.find(literal)
        while at >= 0:
            end = at + len(literal)
            assigned = ASSIGNED_CALL.match(data, end)
            if assigned is not None:
                found.add(assigned.group(1).decode())
            at = data.find(literal, end)
    return found


class SubscriptionDetector(Detector):
    kind = "subscription"
    parameters = PARAMETERS["subscription"]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of({Kind.SUBSCRIBE: self.params["subscribe_methods"]})

    def check(self, ctx: FileContext) -> Iterator[Report]:
        data = ctx.source.data
        if any(name.encode() in data for name in self.params["subscribe_methods"]):
            for effect in ctx.effects.of(Kind.SUBSCRIBE, self.params["subscribe_methods"]):
                if effect.is_method:
                    report = self._judge(effect.node, ctx)
                    if report is not None:
                        yield report
        if any(option.encode() in data for option in self.params["immediate_options"]) and IMMEDIATE_TRUE.search(data):
            yield from self._stopped_too_early(ctx)
        if b"?.()" in data:
            yield from self._never_assigned(ctx)
        kept = kept_teardowns(data)
        if kept:
            yield from self._disposer_dropped(ctx, kept)

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
        if receiver is None or not args or unwrap(args[-1]) is None or unwrap(args[-1]).type not in (*FUNCTION_TYPES, "identifier", "member_expression"):
            return None  # `x.subscribe()` with no callback: nothing of ours is kept
        if unwrap(receiver).type in ("call_expression", "this", "super"):
            return None  # `http.get(url).subscribe(...)`: a per-call source that completes; or the component's own
        render = self._render_hook(call)
        if render is not None:
            return self._report(call, f"in `{render}()`, which has no cleanup", "every recomputation (each mount, each change of its dependencies)")
        started = lifecycle_start(call)
        if started is None or made_in(receiver, started.start, ctx) or not _dropped(call, started.start):
            return None
        return self._report(call, f"in {started.start_name}, and its unsubscribe is dropped, so {started.end_name} cannot undo it",
                            started.repeats)

    def _render_hook(self, call: Node) -> str | None:
        """`useMemo(() => source.onChange(f), [source])`, its result unused: a subscription made
        while rendering, with no way to end it."""
        fn = enclosing_function(call)
        holder = outermost(fn).parent if fn is not None else None
        hook = holder.parent if holder is not None and holder.type == "arguments" else None
        if hook is None or hook.type != "call_expression" or callee_name(hook) not in self.params["render_hooks"]:
            return None
        return callee_name(hook) if outermost(hook).parent is not None and outermost(hook).parent.type == "expression_statement" else None

    def _report(self, call: Node, where: str, repeats: str) -> Report:
        message = (f"`{short_text(call.child_by_field_name('function'), 40)}()` subscribes {where}: {repeats} adds one more "
                   f"subscription to `{short_text(callee_object(call), 30)}`, which keeps the component alive after it is gone; "
                   "keep what it returns and call it in the component's end")
        return Report(call, message, acquisition=call)


def _dropped(call: Node, start: Node) -> bool:
    """The subscription's return value is thrown away in the start (not kept, returned or passed on)."""
    parent = outermost(call).parent
    return parent is not None and parent.type == "expression_statement" and enclosing_function(call) == start


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
