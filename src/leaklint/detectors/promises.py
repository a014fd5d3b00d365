"""The promise detector: reactions added again and again to a promise that settles only when
its owner ends.

`await Promise.race([this.closed, nextMessage()])` in a loop subscribes to `this.closed` on
every turn: a pending promise keeps every reaction, and each reaction keeps the race's
promise and whatever the losing arm resolved to, until `this.closed` settles, which for a
connection or a worker may be the end of the process. The same for `this.stopped.then(...)`
per call. The long-lived promise is recognised by its owner (a field of the instance, a module
variable) and a name that says it settles at the end (`closed`, `stopped`, `aborted`...);
how often the race runs comes from semantic.runs.
"""

from __future__ import annotations


import re
from functools import cached_property
from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..findings import Severity, Summary
from ..semantic import RunsHow
from ..semantic.callers import refine
from ..semantic.frameworks import STARTUP_METHODS, TEARDOWN_METHODS, WIRING_METHODS
from ..semantic.nodes import (
    FIELD_TYPES, LOOP_TYPES, ancestors, contains,
    call_arguments, callee_name, callee_object, enclosing_function, is_constructor, outermost, running_function, short_text, string_value, text, unwrap, walk,
)
from ..semantic.missed_paths import EMITTER_END_EVENTS
from ..semantic.runs import handed_role
from ..semantic.scopes import BindingKind
from ..semantic.search import calls_named, class_bodies, method_calls
from .base import Detector, Report, keep_own_summaries, own_object_calls, own_summaries, repeating_report
from .parameters import PARAMETERS


class PromiseDetector(Detector):
    kind = "promise"
    parameters = PARAMETERS["promise"]

    @cached_property
    def _capitalised_ends(self) -> tuple[str, ...]:
        """`onClose` for `close`: an end name as a handler or field spells it."""
        return tuple(name[:1].upper() + name[1:] for name in self.params["end_names"])

    def check(self, ctx: FileContext) -> Iterator[Report]:
        if ctx.relative_imports:
            yield from own_object_calls(ctx, self.rule.id, "a reaction is added", "it stays until that promise settles at its owner's end",
                                        "a long-lived promise of its module")
        data = ctx.source.data
        reactions = [m for m in self.params["reaction_methods"] if f".{m}".encode() in data]
        if not reactions and b"Promise." not in data:
            return  # nothing subscribes to a promise: the end names need no search
        if not data.has_any(self.spelled("end_names")) and not data.has_any(self._capitalised_ends) \
                and not self._settled_at_end(ctx) and not (b".promise" in data and b"oken" in data) and not _settled_once(ctx) \
                and not (b"once(" in data and b"events" in data) and not (b"equested" in data and REQUESTED_END_SPELLED.search(data)):
            return  # (`token.promise`: a cancel token's, _cancel_token; a field only an end method settles, _settled_at_end)
        if b"Promise." in data:
            for call in calls_named(ctx.source.root, data, self.params["race_functions"]):
                report = self._judge_race(call, ctx)
                if report is not None:
                    yield report
        for call in method_calls(ctx.source.root, data, set(reactions)) if reactions else ():
            report = self._judge_reaction(call, ctx)
            if report is not None:
                yield report

    def _judge_race(self, call: Node, ctx: FileContext) -> Report | None:
        if text(callee_object(call)) != "Promise":
            return None
        args = call_arguments(call)
        arms = unwrap(args[0]) if args else None
        if arms is None or arms.type != "array":
            return None
        lasting = next((arm for arm in arms.named_children if self._lasting(arm, call, ctx)), None)
        if lasting is None or len(arms.named_children) < 2 or _reaction_kept(lasting, ctx):
            return None
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        if runs.how is RunsHow.MAYBE:
            self._own_summaries(call, "the race subscribes to the long-lived promise here", ctx)
        message = (f"`Promise.{callee_name(call)}()` {runs.where} subscribes to `{short_text(lasting, 40)}`, which settles only "
                   "when its owner ends: each run adds a reaction that keeps this race's promise and its other arms' results "
                   "until then; race against a per-call promise (an AbortSignal of the operation), or settle the arm per call")
        return repeating_report(call, message, runs, "the race subscribes here")

    def _judge_reaction(self, call: Node, ctx: FileContext) -> Report | None:
        promise = unwrap(callee_object(call))
        if promise is None or not self._lasting(promise, call, ctx):
            return None
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.MAYBE:  # an exported helper: its callers in other files decide how often
            self._own_summaries(call, "the reaction is added to the long-lived promise here", ctx)
        if runs.how is RunsHow.ONCE or (runs.how is RunsHow.MAYBE and _once_per_owner(call)):
            return None  # once per owner (a constructor, a start-up) is how such a promise is meant to be used
        message = (f"`.{callee_name(call)}()` on `{short_text(promise, 40)}`, which settles only when its owner ends, {runs.where}: "
                   "each run adds a reaction (and its closure) that stays until then")
        report = repeating_report(call, message, runs, "the reaction is added here")
        if runs.how is RunsHow.MAYBE:
            report.severity = Severity.NOTE  # a method run per operation, how often unknown
        return report

    def summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that subscribe to their module's long-lived promise on every call
        (found by `check`, which runs first): callers in other files that repeat them add one
        reaction per run (slot OWN)."""
        return own_summaries(ctx, self.rule.id)

    def _own_summaries(self, call: Node, action: str, ctx: FileContext) -> None:
        fn = running_function(call)  # (`run(task) { return new Promise((resolve, reject) => { this.stopped.then(...) }) }`: `run`'s)
        if fn is not None:  # the owner's end is what settles the promise: each call's reaction waits for it (outlives_teardown)
            keep_own_summaries(ctx, self.rule.id, fn, action, call, outlives_teardown=True)

    def _settled_at_end(self, ctx: FileContext) -> frozenset[str]:
        """The promise fields of the file's classes that only an end settles: `this.promise =
        new Promise((resolve) => { this._resolve = resolve })` in the constructor, with
        `this._resolve(...)` called only in methods named for an end (`cancel()`, `close()`):
        a cancel token's promise, which stays pending for every operation that is not
        cancelled. Read once per file."""
        found = ctx.shared.get("promises.settled_at_end")
        if found is None:
            found = ctx.shared["promises.settled_at_end"] = frozenset(self._end_settled_fields(ctx)) \
                if b"new Promise" in ctx.source.data and b"class" in ctx.source.data else frozenset()
        return found

    def _end_settled_fields(self, ctx: FileContext) -> Iterator[str]:
        for body in class_bodies(ctx.source.root, ctx.source.data):
            methods = [m for m in body.named_children if m.type == "method_definition"]
            constructor = next((m for m in methods if is_constructor(m)), None)
            for field, made in _promise_fields(body, constructor):
                kept = {text(n.child_by_field_name("left")) for n in walk(made) if n.type == "assignment_expression"
                        and text(n.child_by_field_name("left")).startswith("this.")}  # `this._resolve = resolve`
                callers = [m for m in methods if m != constructor and any(re.search(rf"{re.escape(k)}\s*\(", text(m)) for k in kept)]
                if kept and callers and all(TEARDOWN_METHODS.match(n := text(m.child_by_field_name("name")).lstrip("#_")) or n.startswith("cancel")
                                            for m in callers):
                    yield field

    def _end_named(self, name: str) -> bool:
        """`closed`, `shutdown`, or one of them after a word that waits for it (`whenCancelled`)."""
        if name in self.params["end_names"]:
            return True
        lowered = name.lower()
        if REQUESTED_END.fullmatch(lowered):
            return True  # `shutdownRequested`, `stopRequested`: settles when someone asks the owner to end
        return any(lowered.endswith(end.lower()) and lowered[:-len(end)] in END_PREFIXES for end in self.params["end_names"])

    def _lasting(self, node: Node, at: Node, ctx: FileContext) -> bool:
        """`this.closed`, `conn.closed`, a module-level `shutdown` promise: named for the end of
        something that outlives the call at `at` (not made in the same function)."""
        node = unwrap(node)
        if node is not None and node.type == "call_expression" and not call_arguments(node):
            node = unwrap(node.child_by_field_name("function"))  # `nc.closed()`: the owner's end, by method
        if node is None:
            return False
        if node.type == "member_expression":
            name = text(node.child_by_field_name("property")).lstrip("#_")
            owner = unwrap(node.child_by_field_name("object"))
            while owner is not None and owner.type == "member_expression":
                owner = unwrap(owner.child_by_field_name("object"))  # `this.api.nc.closed`: whose is `this`'s
            if not self._end_named(name) and text(node.child_by_field_name("property")) in self._settled_at_end(ctx):
                name = "cancelled"  # `token.promise` of a class of the file that settles it only in `cancel()`
            elif not self._end_named(name) and name == "promise" and _cancel_token(node.child_by_field_name("object"), ctx):
                name = "cancelled"  # `token.promise` of a cancel token: it settles when the token is cancelled, and only then
            if not self._end_named(name) or owner is None:
                return False
            if owner.type == "this":
                return not _assigned_before(node.child_by_field_name("object"), at)  # `this.transport = new T()` first: a fresh one
            binding = ctx.model.binding_of(owner) if owner.type == "identifier" else None
            if binding is None:
                return False
            handed = binding.kind is BindingKind.PARAMETER  # a connection handed in outlives the call
            if handed and _event_payload(binding, enclosing_function(at)):
                return False  # `queue.on('job', (job) => race([job.finished(), ...]))`: one race per job
            if handed and _made_for_every_call(binding, ctx):
                return False  # `fetchPage(url, new CancelToken())`: each call's own token, one reaction each
            return handed or not _made_in(binding.declaration, enclosing_function(at)) or _looped_after(binding.identifier, at)
        if node.type == "identifier" and self._end_named(text(node).lstrip("_")):
            binding = ctx.model.binding_of(node)  # the module's, or one the caller hands in
            if binding is not None and not binding.is_module_level and binding.kind is BindingKind.CONST \
                    and binding.value is not None and _looped_after(binding.identifier, at):
                return self._lasting(binding.value, at, ctx)  # `const closed = nc.closed()`, raced in a loop below
        if _end_event_waited(node, at, ctx):  # `once(this.socket, 'close')`: settles when the socket ends
            return True
        if node.type == "identifier" and self._end_named(text(node).lstrip("_")):
            binding = ctx.model.binding_of(node)  # the module's, or one the caller hands in
            return binding is not None and (binding.is_module_level or binding.kind is BindingKind.PARAMETER)
        if node.type == "identifier" and text(node) in _settled_once(ctx):
            binding = ctx.model.binding_of(node)
            return binding is not None and binding.is_module_level
        return False


def _looped_after(declared: Node | None, at: Node) -> bool:
    """`at` runs in a loop of the function that declares `declared` (a name, or a parameter),
    after it: every round races against the one object made before the loop (`for await (const
    msg of sub)`)."""
    fn = enclosing_function(at)
    if declared is None or fn is None or enclosing_function(declared) != fn:
        return False
    return any(a.type in LOOP_TYPES and a.start_byte > declared.end_byte for a in ancestors(at) if contains(fn, a))


def _reaction_kept(arm: Node, ctx: FileContext) -> bool:
    """`const gone = once(socket, 'close').then(...)`, then `race([answer, gone])`: the arm is a
    reaction made just before, which _judge_reaction reports; one finding for the one cause."""
    arm = unwrap(arm)
    binding = ctx.model.binding_of(arm) if arm is not None and arm.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and not binding.is_module_level \
        and binding.value is not None else arm  # (or written in place: `race([reply, once(w, 'exit').then(f)])`)
    return value is not None and value.type == "call_expression" and callee_name(value) in ("then", "catch", "finally")


def _end_event_waited(node: Node, at: Node, ctx: FileContext) -> bool:
    """`once(this.socket, 'close')` of Node's events module (or a local const holding it, with
    `.then()` after it) on an emitter that outlives the call at `at`: it settles only when that
    emitter ends, and keeps a listener on it until then."""
    if node.type == "identifier":
        binding = ctx.model.binding_of(node)
        if binding is None or binding.kind is not BindingKind.CONST or binding.is_module_level or binding.value is None:
            return False
        node = unwrap(binding.value)
    while node is not None and node.type == "call_expression" and callee_name(node) in ("then", "catch", "finally") and callee_object(node) is not None:
        node = unwrap(callee_object(node))
    callee = unwrap(node.child_by_field_name("function")) if node is not None and node.type == "call_expression" else None
    if callee is None or callee_name(node) != "once":
        return False
    root = callee if callee.type == "identifier" else unwrap(callee.child_by_field_name("object")) if callee.type == "member_expression" else None
    bound = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
    if bound is None or (bound.source_module or "").removeprefix("node:") != "events":
        return False
    args = call_arguments(node)
    if len(args) < 2 or string_value(args[1]) not in EMITTER_END_EVENTS:  # settles when the emitter is done
        return False
    if len(args) > 2 and _signal_aborted_in(args[2], at, ctx):
        return False  # `once(this.lifecycle, 'close', { signal: stop.signal })` with `stop.abort()` in the call: settles then
    emitter = unwrap(args[0])
    owner = emitter
    while owner is not None and owner.type == "member_expression":
        owner = unwrap(owner.child_by_field_name("object"))
    if owner is not None and owner.type == "this" and emitter != owner:
        return not _assigned_before(emitter, at)
    held = ctx.model.binding_of(owner) if owner is not None and owner.type == "identifier" else None
    return held is not None and (held.is_module_level or _looped_after(held.identifier, at))  # (or one a loop below keeps)


def _signal_aborted_in(options: Node, at: Node, ctx: FileContext) -> bool:
    """`{ signal: stop.signal }` with `const stop = new AbortController()` made in the function
    that runs `at` and aborted there too: the wait (and its listener) ends with that call."""
    options = unwrap(options)
    pair = next((p for p in options.named_children if p.type == "pair" and text(p.child_by_field_name("key")) == "signal"),
                None) if options is not None and options.type == "object" else None
    value = unwrap(pair.child_by_field_name("value")) if pair is not None else None
    controller = unwrap(value.child_by_field_name("object")) if value is not None and value.type == "member_expression" else None
    binding = ctx.model.binding_of(controller) if controller is not None and controller.type == "identifier" else None
    fn = enclosing_function(at)
    made = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST else None
    if made is None or made.type != "new_expression" or text(made.child_by_field_name("constructor")) != "AbortController" \
            or fn is None or not contains(fn, binding.identifier):
        return False
    return any((p := r.identifier.parent) is not None and p.type == "member_expression" and text(p.child_by_field_name("property")) == "abort"
               and contains(fn, p) for r in binding.references)


# `const appQuitting = new Promise((resolve) => { markQuitting = resolve })` at the top of a module.
MODULE_PROMISE = re.compile(rb"(?:const|let|var)\s+([\w$]+)\s*(?::[^=\n]+)?=\s*new\s+Promise\s*(?:<[^>\n]*>)?\s*\(")


def _settled_once(ctx: FileContext) -> frozenset[str]:
    """Module-level promises whose executor hands its settle functions to module variables
    (`markQuitting = resolve`) that only code running once calls (a `once` listener for the
    app's quit, the module's top level), or nothing calls: whatever their name, they settle at
    most once, at the program's end. Read once per file."""
    found = ctx.shared.get("promises.settled_once")
    if found is None:
        found = ctx.shared["promises.settled_once"] = frozenset(_promises_settled_once(ctx)) if b"new Promise" in ctx.source.data else frozenset()
    return found


def _promises_settled_once(ctx: FileContext) -> Iterator[str]:
    data = ctx.source.data
    for match in MODULE_PROMISE.finditer(data):
        ident = ctx.source.root.descendant_for_byte_range(match.start(1), match.end(1))
        declarator = ident.parent if ident is not None else None
        made = unwrap(declarator.child_by_field_name("value")) if declarator is not None and declarator.type == "variable_declarator" else None
        binding = ctx.model.binding_of(ident) if made is not None and made.type == "new_expression" else None
        if binding is None or not binding.is_module_level:
            continue
        kept = [unwrap(n.child_by_field_name("left")) for n in walk(made) if n.type == "assignment_expression"]
        kept = [k for k in kept if k is not None and k.type == "identifier" and (b := ctx.model.binding_of(k)) is not None and b.is_module_level]
        if not kept:
            continue
        calls = [c for k in kept for c in ctx.calls_named((text(k),)) if unwrap(c.child_by_field_name("function")) is not None
                 and unwrap(c.child_by_field_name("function")).type == "identifier"]
        if all(_runs_once(c, ctx) for c in calls):
            yield text(ident)


# Events of the program's (or the app's) end: `before-quit`, `SIGTERM`, `beforeExit`, `shutdown`.
PROGRAM_END_EVENTS = re.compile(r"quit|exit|SIG(?:TERM|INT|HUP|QUIT)|shut_?down|terminat", re.IGNORECASE)


def _runs_once(call: Node, ctx: FileContext) -> bool:
    """In a listener for the program's end registered at the module's top level
    (`app.once('before-quit', ...)`, `process.on('SIGTERM', ...)`): a settle there comes at the
    end. One at the top level itself (a latch resolved once the database connects) is a start,
    after which reactions run at once: not this."""
    fn = enclosing_function(call)
    holder = outermost(fn).parent if fn is not None else None
    registration = holder.parent if holder is not None and holder.type == "arguments" else None
    if registration is None or registration.type != "call_expression" or callee_name(registration) not in ("once", "on", "prependOnceListener"):
        return False
    event = string_value(call_arguments(registration)[0]) if call_arguments(registration) else None
    return event is not None and PROGRAM_END_EVENTS.search(event) is not None and ctx.run_context(registration).how is RunsHow.ONCE


# Words before an end's name that still name the end (`whenCancelled`, `untilClosed`).
# An end's stem and a word saying it was asked for: `shutdownRequested`, `stop_requested`.
REQUESTED_END = re.compile(r"_*(?:shutdown|stop|close|abort|cancel|exit|terminat(?:e|ion)|drain|dispose)_?requested")
REQUESTED_END_SPELLED = re.compile(REQUESTED_END.pattern.encode(), re.I)  # (the gate, in a file's bytes: `stopRequested`)
END_PREFIXES = frozenset({"when", "until", "on", "waitfor", "waituntil", "after"})


def _event_payload(binding, fn: Node | None) -> bool:
    """A parameter of `fn` itself, where `fn` is a handler a repeating registration calls once
    per event: what it is handed is that event's own object, which ends with it."""
    if fn is None or binding.scope.node.id != fn.id:
        return False
    return handed_role(outermost(fn))[0] == "repeat"


def _once_per_owner(call: Node) -> bool:
    """In a constructor, a start-up or teardown method, or a plain function: where reacting to
    the owner's end once is the point. Only another method of the owner runs per operation."""
    fn = enclosing_function(call)
    while fn is not None and fn.type == "arrow_function" and not _takes_an_operation(fn):
        fn = enclosing_function(fn)
    if fn is not None and fn.type != "method_definition" and _takes_an_operation(fn):
        return False  # `runJob(job) { stopping.then(...) }`: a function handed one job, request or message per call
    if fn is None or fn.type != "method_definition" or is_constructor(fn):
        return True
    name = text(fn.child_by_field_name("name"))
    return any(pattern.match(name) is not None for pattern in (STARTUP_METHODS, TEARDOWN_METHODS, WIRING_METHODS))



# What a function handed one unit of work per call names its parameter.
OPERATION_PARAMETERS = frozenset({"job", "task", "req", "request", "message", "msg", "payload", "work", "order", "item"})


def _takes_an_operation(fn: Node) -> bool:
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return False
    names = [params] if params.type == "identifier" else [p.child_by_field_name("pattern") or p for p in params.named_children]
    return any(n is not None and n.type == "identifier" and text(n) in OPERATION_PARAMETERS for n in names)


# A name for a cancel token (`token`, `cancelToken`, `shutdownToken`, `ct`), or its type's.
CANCEL_TOKEN_NAME = re.compile(r"(?i)(?:\w*(?:cancel|abort|shutdown|stop)\w*)?token|ct")
CANCEL_TOKEN_TYPE = re.compile(r"\b(?:Cancel|Cancellation|Abort)\w*Token\b")


def _cancel_token(holder: Node | None, ctx: FileContext) -> bool:
    """`token`, `cancelToken`, `opts.shutdownToken`, or a parameter typed `CancellationToken`:
    a cancel token, whose `.promise` settles only if the token is cancelled."""
    holder = unwrap(holder)
    if holder is None:
        return False
    spelled = text(holder.child_by_field_name("property")) if holder.type == "member_expression" else text(holder) if holder.type == "identifier" else ""
    if CANCEL_TOKEN_NAME.fullmatch(spelled.lstrip("#_")):
        return True
    binding = ctx.model.binding_of(holder) if holder.type == "identifier" else None
    annotation = binding.identifier.parent.child_by_field_name("type") if binding is not None and binding.identifier.parent is not None else None
    return annotation is not None and CANCEL_TOKEN_TYPE.search(text(annotation)) is not None


def _made_for_every_call(binding, ctx: FileContext) -> bool:
    """Every call the file makes of the parameter's function hands it something made for that
    call: `new CancelToken()`, or a local of the caller (`source.token` of a `const source`
    made there). Each such object gets one reaction and goes with its call."""
    from ..semantic.summaries import call_sites, parameter_index

    fn = binding.scope.node
    index = parameter_index(fn, binding.identifier) if fn is not None else None
    sites = call_sites(fn, ctx.model) if index is not None else []
    if not sites:
        return False
    for site in sites:
        arguments = call_arguments(site)
        argument = unwrap(arguments[index]) if index < len(arguments) else None
        while argument is not None and argument.type == "member_expression":
            argument = unwrap(argument.child_by_field_name("object"))
        if argument is None or argument.type == "new_expression":
            continue
        local = ctx.model.binding_of(argument) if argument.type == "identifier" else None
        if local is None or local.is_module_level or local.kind in (BindingKind.PARAMETER, BindingKind.IMPORT) \
                or not _made_in(local.declaration, enclosing_function(site)):
            return False
    return True


def _made_in(declaration: Node | None, fn: Node | None) -> bool:
    return declaration is not None and fn is not None and fn.start_byte <= declaration.start_byte < fn.end_byte


def _assigned_before(holder: Node | None, at: Node) -> bool:
    """The object holding the promise (`this.transport`) is assigned in the same function before
    `at`: the promise belongs to an object made in this call."""
    fn = enclosing_function(at)
    shown = text(unwrap(holder))
    if fn is None or not shown:
        return False
    for node in walk(fn):
        if node.type == "assignment_expression" and node.end_byte <= at.start_byte and text(node.child_by_field_name("left")) == shown:
            return True
    return False


def _promise_fields(body: Node, constructor: Node | None) -> Iterator[tuple[str, Node]]:
    """The fields a class sets to a `new Promise(...)`: in its constructor (`this.closed = new
    Promise(...)`) or where it declares them (`readonly closed = new Promise(...)`)."""
    for member in body.named_children:
        if member.type in FIELD_TYPES and not any(c.type == "static" for c in member.children):
            made = unwrap(member.child_by_field_name("value"))
            name = member.child_by_field_name("name") or member.child_by_field_name("property")
            if made is not None and made.type == "new_expression" and text(made.child_by_field_name("constructor")) == "Promise" and name is not None:
                yield text(name), made
    for node in walk(constructor) if constructor is not None else ():
        left = unwrap(node.child_by_field_name("left")) if node.type == "assignment_expression" else None
        made = unwrap(node.child_by_field_name("right")) if left is not None else None
        if left is not None and left.type == "member_expression" and made is not None and made.type == "new_expression" \
                and text(made.child_by_field_name("constructor")) == "Promise":
            yield text(left.child_by_field_name("property")), made
