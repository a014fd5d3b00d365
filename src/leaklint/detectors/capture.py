"""The capture detector: a closure that keeps a whole request alive after the request is over.

It starts from request-like parameters (semantic.requests), never from names alone, and
follows each reference outwards. A closure created in the handler that uses the request itself
is reported when the closure lands somewhere that outlives the request: a timer, a listener on
a longer-lived emitter, a queue or collection that outlives the handler, or a variable or
property of such an object. Storing the request object itself there is reported too. Work that
belongs to the request stays quiet: callbacks passed to ordinary functions and promises,
`process.nextTick`, listeners on the request's own objects, timers that finish the response,
collections the program empties again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from tree_sitter import Node

from ..project import project_specifier
from ..context import FileContext
from ..findings import NOWHERE, OWN, Requirement, Severity, Summary
from ..semantic.keys import key_of, this_owner
from ..semantic.containers import made_once_at_load
from ..semantic.provenance import fresh_key
from ..semantic.effects import Kind, Vocabulary
from ..semantic.listens import registration_parts
from ..semantic.stale import emptied_anywhere, member_emptied_anywhere
from ..semantic.releases import handle_cleared, handle_kept, matching_removal, removes_itself
from ..semantic.uses import Use, use_of
from ..semantic.helper_removals import removed_through_helper
from ..semantic.owners import constructed_by, own_constructed
from ..semantic.platform import work_queue, worker_stall
from ..semantic.scopes import BindingKind
from ..semantic.summaries import ImportedCall, helper_hop, parameter_at, substitute
from ..semantic.search import class_bodies
from ..semantic.lifetimes import Lifetime, access_root, receiver_of, server_behind_path
from ..semantic.missed_paths import in_timer_callback
from ..semantic.nodes import (
    CLASS_TYPES,
    FUNCTION_TYPES,
    ancestors,
    call_arguments,
    callee_name,
    callee_object,
    contains,
    declared_name,
    enclosing_function,
    function_name,
    is_constructor,
    literal_below,
    outermost,
    returned_by,
    returned_values,
    short_text,
    shown_callee,
    text,
    unwrap,
    walk,
)
from ..semantic.exports import LOCAL_STEP, SHARED_STEP, summary_chains, top_level_functions, top_level_imports
from ..semantic.keeps import parameter_keeps
from ..semantic.requests import SERVER_MODULES, RequestParam, request_params
from ..semantic.answers import answers_entry
from ..semantic.model import SemanticModel
from ..semantic.runs import callback_role
from .base import Detector, Report
from .watchdog import reschedule_of
from .parameters import PARAMETERS

MAX_HOPS = 3
# Text any recognised handler registration needs (semantic.requests): a route with a path, a
# middleware, a hook, createServer, a request event, a route object, a NestJS decorator.
# Several patterns, each opening with a literal, because Python's re searches for a literal
# prefix at memchr speed but tries an alternation at every byte (five times slower here).
# Each with the literal it opens with: a file that lacks it (most lack `createServer`) is
# answered from the words its bytes remember (parse.SourceBytes), with no search at all.
HANDLER_HINTS = tuple(
    (word, re.compile(pattern))
    for word, pattern in (
        (b".", rb"\.\s*(?:(?:get|post|put|patch|delete|del|head|options|all)\s*\(\s*['\"`][/*]|(?:use|pre|handle|route|addHook)\s*\("
               rb"|(?:on|addListener|prependListener)\s*\(\s*['\"`](?:request|connection|upgrade|connect|checkContinue|stream)['\"`])"),
        (b"createServer", rb"createServer"),
        (b"next", rb"\(\s*(?:(?:err|error|e)\s*,\s*)?(?:req|request)\s*,\s*(?:res|response)\s*,\s*next\s*\)"),  # a middleware a factory hands back
        (b"andler", rb"andler\s*[:(]"),  # handler, preHandler
        (b"onRequest", rb"onRequest\s*[:(]"),
        (b"@", rb"@(?:Get|Post|Put|Patch|Delete|All|Head|Options|MessagePattern|EventPattern|SubscribeMessage|OnEvent)\b"),
        (b"res, next", rb"res, next\b"),  # `function (req, res, next)`: a middleware, whoever registers it
        (b"NextFunction", rb"NextFunction"),
    )
)
QUEUE_REMOVALS = frozenset({"delete", "clear", "splice", "shift", "pop", "filter"})
LISTENER_REMOVALS = ("off", "removeListener", "removeEventListener")
LISTENER_REMOVALS_OF_ALL = ("removeAllListeners",)
TIMER_CLEARS = ("clearTimeout", "clearInterval")


@dataclass
class Sink:
    node: Node  # the call or assignment that keeps the value
    described: str  # "setInterval() runs it again and again"
    severity: Severity | None = None
    needs: Requirement | None = None  # kept by an imported helper: a finding if its summary says so (project.join)
    held_at: Node | None = None  # the store inside a helper of this file that keeps it (the container's own report may stand there)


@dataclass
class Capture:
    param: RequestParam
    sink: Sink
    uses: list[Node] = field(default_factory=list)


class CaptureDetector(Detector):
    kind = "capture"
    parameters = PARAMETERS["capture"]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of({Kind.RELEASE: [*LISTENER_REMOVALS, *LISTENER_REMOVALS_OF_ALL]}, {Kind.RELEASE: TIMER_CLEARS})

    def check(self, ctx: FileContext) -> Iterator[Report]:
        if not self._may_have_handlers(ctx):
            return  # no handler and no request type: skip the semantic model altogether
        params = request_params(ctx.model, frozenset(self.params["request_types"]), frozenset(self.params["request_names"]))
        ctx.shared["capture.params"] = {p.binding.identifier.id for p in params}  # (a helper's own request parameter is judged there)
        captures: dict[int, tuple[Node, Capture]] = {}
        stores: dict[int, tuple[Node, Capture]] = {}
        for param in params:
            for reference in param.binding.references:
                if reference.is_write:
                    continue
                self._follow(reference.identifier, param, captures, stores, ctx)
        for closure, capture in sorted(captures.values(), key=lambda item: item[0].start_byte):
            yield self._closure_report(closure, capture)
        for stored, capture in sorted(stores.values(), key=lambda item: item[0].start_byte):
            if not any(contains(closure, stored) for closure, _ in captures.values()):
                yield self._store_report(stored, capture)

    def _may_have_handlers(self, ctx: FileContext) -> bool:
        """Found in the bytes: a registration the model would call a request handler, or a
        request type. The parameter lists themselves are read by request_params, which
        resolves no name before it has found a handler or a typed parameter."""
        if self.params["request_names"]:
            return True
        data = ctx.source.data
        if any(word in data and hint.search(data) for word, hint in HANDLER_HINTS):
            return True
        return ctx.source.language != "javascript" and self._may_have_server_types(ctx, set(self.params["request_types"]))

    def _may_have_server_types(self, ctx: FileContext, types: set[str]) -> bool:
        """A type annotation naming a request type that is global or a server framework's.

        A byte search and the file's top-level imports, before any query: in a browser
        automation library every file says `Request`, and none of them means a server's.
        """
        pattern = _type_pattern(tuple(sorted(types)))
        imports = None
        for match in pattern.finditer(ctx.source.data):
            first = (match.group(1) or match.group(2)).decode("utf-8", "replace").split(".", 1)[0]
            if imports is None:
                imports = top_level_imports(ctx.source.root)
            module = imports.get(first, (None,))[0]
            if module is None or module.removeprefix("node:") in SERVER_MODULES:
                return True
        return False

    def _follow(self, ident: Node, param: RequestParam, captures, stores, ctx: FileContext) -> None:
        widest = self._held_closure(ident, param.handler, param, ctx)
        if widest is not None:
            closure, sink = widest
            entry = captures.setdefault(closure.id, (closure, Capture(param, sink)))
            entry[1].uses.append(ident)
            return
        sink = self._value_sink(ident, param, ctx, None, 0)
        if sink is not None:
            stores.setdefault(sink.node.id, (sink.node, Capture(param, sink, [ident])))

    # -- where a closure or the request goes --------------------------------------------------

    def _held_closure(self, ident: Node, within: Node, param: RequestParam, ctx: FileContext) -> tuple[Node, Sink] | None:
        """The outermost closure between `ident` and `within` that something outliving the
        request keeps (a timer, a long-lived queue or emitter), with where it is kept."""
        widest: tuple[Node, Sink] | None = None
        for node in ancestors(ident):
            if node == within:
                break
            if node.type in FUNCTION_TYPES:
                sink = self._closure_sink(node, param, ctx)
                if sink is not None:
                    widest = (node, sink)
        return widest

    def _closure_sink(self, closure: Node, param: RequestParam, ctx: FileContext) -> Sink | None:
        sink = self._value_sink(closure, param, ctx, closure, 0)
        if sink is not None:
            return sink
        name = declared_name(closure)
        binding = ctx.model.binding_of(name) if name is not None else None
        for reference in binding.references if binding is not None else ():
            if not reference.is_write and reference.identifier != name:
                sink = self._value_sink(reference.identifier, param, ctx, closure, 0)
                if sink is not None:
                    return sink
        return None

    def _value_sink(self, value: Node, param: RequestParam, ctx: FileContext, closure: Node | None, hops: int) -> Sink | None:
        """Where the value at `value` ends up, when that place outlives the request."""
        node = outermost(value)
        parent = node.parent
        if parent is None or hops > MAX_HOPS:
            return None
        kind = parent.type
        if kind == "arguments" and parent.parent is not None and parent.parent.type in ("call_expression", "new_expression"):
            sink = self._call_sink(parent.parent, node, param, ctx, closure) if parent.parent.type == "call_expression" else None
            if sink is None and closure is not None and (node.type == "object" or parent.parent.type == "new_expression"):
                return self._made_with(parent.parent, param, ctx)
            return sink
        if kind in ("pair", "array", "shorthand_property_identifier") or (kind == "object" and node.type == "shorthand_property_identifier"):
            holder = parent.parent if kind == "pair" else parent
            return self._value_sink(holder, param, ctx, closure, hops + 1) if holder is not None else None
        if kind == "assignment_expression" and parent.child_by_field_name("right") == node:
            return self._assignment_sink(parent, param, ctx)
        if kind == "variable_declarator" and parent.child_by_field_name("value") == node:
            local = parent.child_by_field_name("name")
            binding = ctx.model.binding_of(local) if local is not None and local.type == "identifier" else None
            for reference in binding.references if binding is not None else ():
                if not reference.is_write:
                    sink = self._value_sink(reference.identifier, param, ctx, closure, hops + 1)
                    if sink is not None:
                        return sink
        return None

    def _made_with(self, made: Node, param: RequestParam, ctx: FileContext) -> Sink | None:
        """`client = createClient({ onError: (e) => ctx.log.error(e) })`, `pool = new Pool(() => req)`:
        an object made with the closure as a callback of its options (or of its constructor) keeps
        it, and the object is stored where it outlives the request (a lazily made module client).
        Not a function of the project: what it keeps, its own reading says."""
        holder = outermost(made).parent
        if holder is None or holder.type != "assignment_expression" or holder.child_by_field_name("right") != outermost(made):
            return None
        callee = unwrap(made.child_by_field_name("constructor") if made.type == "new_expression" else made.child_by_field_name("function"))
        binding = ctx.model.binding_of(callee) if callee is not None and callee.type == "identifier" else None
        if binding is not None and (binding.source_module is None or project_specifier(binding.source_module)):
            return None  # the file's own function or class, or one of the project's: read where it is written
        kept = self._assignment_sink(holder, param, ctx)
        if kept is None:
            return None
        shown = short_text(callee, 30) if callee is not None else "the call"
        return Sink(holder, f"the object `{shown}` makes keeps it as a callback, and {kept.described}")

    def _call_sink(self, call: Node, arg: Node, param: RequestParam, ctx: FileContext, closure: Node | None) -> Sink | None:
        name = callee_name(call)
        args = call_arguments(call)
        position = next((i for i, a in enumerate(args) if a == arg or contains(a, arg)), -1)
        if name in self.params["timer_functions"] and self._is_timer(call, ctx):
            if closure is not None and position != 0 or closure is None and position < 2:
                return None
            if handle_cleared(call, ctx.effects.of(Kind.RELEASE, TIMER_CLEARS)):
                return None
            helper = returned_by(call)
            if helper is not None and callback_role(helper)[0] == "plain":
                return None  # `return setInterval(...)`: the helper's caller gets the handle and decides (uncleared-interval judges it)
            if name == "setInterval":
                return Sink(call, "setInterval() keeps it and runs it again and again")
            if len(args) < 2 or literal_below(args[1], self.params["min_delay_ms"]):
                return None  # `setTimeout(fn, 10)`, or no delay at all: gone almost at once, with what it holds
            executor = _awaited_promise_executor(call)
            if executor is not None and _settles_executor(call, executor):
                return None  # the handler awaits the promise this timer settles: it is the request's own work
            if closure is not None and _works_for_request(closure, ctx):
                return None  # the timer finishes the response: it is part of the request
            return Sink(call, f"{name}() keeps it until the timer fires", Severity.NOTE)
        owner = callee_object(call)
        if closure is not None and position >= 0 and ctx.relative_imports:
            kept = self._imported_keep_sink(call, position, param, ctx)
            if kept is not None:
                return kept
        if owner is None and closure is None and position >= 0:  # `instrument(db, req)`: the helper may keep the request itself
            hop = helper_hop(call, args[position], ctx.model)
            if hop is not None:
                return self._kept_by_helper(call, hop.hop.slot, param, ctx) or self._stored_by_helper(call, hop, param, ctx)
            return self._imported_store_sink(call, position, ctx) if ctx.relative_imports else None
        if owner is None:
            return self._helper_sink(call, args[position], param, ctx) if closure is not None and position >= 0 else None
        if position >= 0:  # `diagnostics.note(ctx)`, `reporter.setContext(() => req)`: a method of a long-lived instance may keep it
            kept = self._kept_by_method(call, position, param, ctx)
            lives = self._outlives(owner, param, ctx, passed_to=call) if kept is None and ctx.relative_imports else None
            if lives is not None:  # (an instance the handler makes ends with it: `new Scope().bind(req)`)
                kept = self._imported_store_sink(call, position, ctx, lives)
            if kept is not None:
                return kept
        if name in self.params["listener_methods"]:
            parts = registration_parts(call)
            if parts is not None and removes_itself(parts.options):
                return None  # `{ signal }` or `{ once: true }`: the same release listener-leak honours
            lives = self._outlives(owner, param, ctx)
            if lives is None or parts is None or _removed(parts.event, parts.handler, parts.receiver, ctx):
                return None
            return Sink(call, f"it is registered as a listener on {lives}, which outlives the request")
        if name in self.params["queue_methods"]:
            if _imported_from_project(owner, ctx):
                return None  # `active.add(ctx)` on another analysed module's object: its summary says what the method keeps
            if name == "publish" and _diagnostics_channel(owner, ctx):
                return None  # `dc.channel('x').publish({ req })`: handed to the subscribers at once, kept by none of it
            if own_constructed(owner, ctx.model) is not None or _made_from_project_class(owner, ctx):
                return None  # `presence.add(id, { socket })` of `new Presence()`: the class's method, not a Set's; unbounded-collection reads its field
                # (of a class another module of the project declares, that module's summary says what its method keeps)
            lives = self._outlives(owner, param, ctx)
            removals = _removals(owner, ctx) if lives is not None else None
            parked = _drained(removals) and lives is not None
            if lives is None or parked and not (closure is None and enclosing_function(call) == param.handler and _parked_unwatched(arg, param, removals, ctx.model)):
                return None  # (parked by the handler itself, not by a listener it adds: `socket.on('message', ...)` parks a live connection)
            binding = ctx.model.binding_of(unwrap(owner)) if unwrap(owner).type == "identifier" else None
            stall = worker_stall(binding.value, ctx.model) if binding is not None and binding.is_module_level else None
            if stall is not None:
                return Sink(call, f"`{short_text(call.child_by_field_name('function'), 40)}()` hands it to the work queue `{text(owner)}`, which outlives "
                                  f"the request: its worker returns at line {stall.start_point[0] + 1} without calling its done callback, so each "
                                  "such run loses a slot for good, and once none is left every task pushed waits in the queue for ever")
            capped = bool(removals) and all(_caps(node) for node in removals)
            return Sink(call, f"`{short_text(call.child_by_field_name('function'), 40)}()` keeps it in {lives}, which outlives the request"
                              f"{PARKED if parked else CAPPED if capped else SWEPT if removals else ''}",  # (not drained, yet removals: all a sweep's)
                        Severity.NOTE if capped else None)  # (as many requests as the cap, not one per request for good)
        return None

    def _helper_sink(self, call: Node, argument: Node, param: RequestParam, ctx: FileContext) -> Sink | None:
        """A closure handed to a function of this file that registers its parameter as a
        listener on a long-lived emitter (its own parameter's argument here, or a module
        object), and never removes it: the helper's summary, applied at this call."""
        hop = helper_hop(call, argument, ctx.model)
        if hop is None and ctx.relative_imports:  # another module's function: its summary says whether it keeps the closure
            return self._imported_store_sink(call, call_arguments(call).index(argument), ctx)
        binding = ctx.model.binding_of(hop.slot_identifier) if hop is not None else None
        if binding is None or binding.writes:
            return None
        for reference in binding.references:
            inside = outermost(reference.identifier).parent
            registration = inside.parent if inside is not None and inside.type == "arguments" else None
            if registration is None or callee_name(registration) not in self.params["listener_methods"]:
                continue
            parts = registration_parts(registration)
            if parts is None or parts.handler != outermost(reference.identifier) or removes_itself(parts.options):
                continue
            if parts.options is not None and removes_itself(substitute(parts.options, hop.hop, ctx.model)):
                continue  # `listen(bus, 'x', fn, { signal })`: the helper hands this caller's options on
            if _removed(parts.event, parts.handler, parts.receiver, ctx):
                return None  # the helper takes it down again
            if returned_by(registration) == hop.hop.slot.function and handle_kept(call):
                return None  # the helper hands back what the registration returns, and this caller keeps it
            receiver = substitute(parts.receiver, hop.hop, ctx.model)
            if _made_per_call(receiver, hop.hop.slot.function, ctx):
                return None  # `const poller = new UsagePoller(id); poller.on('usage', fn)`: the helper's own object, one per call
            if receiver is not None and (_removed(substitute(parts.event, hop.hop, ctx.model), argument, receiver, ctx)
                                         or removed_through_helper(receiver, _listener_removals(ctx), ctx)):
                return None  # `onMiss(cache, record)`, then `cache.off('miss', record)` (or `offMiss(cache, record)`) here: as listener-leak reads it
            lives = self._outlives(receiver, param, ctx) if receiver is not None else None
            if lives is not None:
                helper = shown_callee(call)
                return Sink(call, f"`{helper}()` registers it as a listener on {lives}, which outlives the request")
        return self._kept_by_helper(call, hop.hop.slot, param, ctx) or self._stored_by_helper(call, hop, param, ctx, handed=argument)

    def _kept_by_helper(self, call: Node, slot, param: RequestParam, ctx: FileContext) -> Sink | None:
        """`wrapMethod(pool, 'query', hook)` of this file, which stores a wrapper calling `hook`
        on `pool`'s property: the closure stays on `pool` (and each call wraps the wrapper
        before, so none ever goes), for as long as the object the caller hands in lives."""
        args = call_arguments(call)
        for keep in parameter_keeps(slot.function, ctx.model):
            if keep.kept != slot.index or keep.holder >= len(args):
                continue
            lives = self._outlives(args[keep.holder], param, ctx, passed_to=call)
            if lives is not None:
                return Sink(call, f"`{shown_callee(call)}()` keeps it on {lives} (line {keep.store.start_point[0] + 1}), which outlives the request")
        return None

    def _stored_by_helper(self, call: Node, hop, param: RequestParam, ctx: FileContext, handed: Node | None = None) -> Sink | None:
        """`touch(req)` of this file, which stores what it is handed in a module-level table
        (`lastSeen.set(tenant, { req })`), or `later(() => send(req))`, which hands the closure
        it is given on to a timer or a long-lived queue: the request stays there after it ends."""
        binding = ctx.model.binding_of(hop.slot_identifier)
        if binding is None or binding.writes or binding.identifier.id in ctx.shared.get("capture.params", ()):
            return None  # (a parameter that is a request itself, `remember(ctx: Context)`: reported where it is kept)
        followed = ctx.shared.setdefault("capture.followed", set())  # the helpers being read: a recursive one ends here
        if binding.identifier.id in followed or len(followed) >= MAX_HOPS:
            return None
        followed.add(binding.identifier.id)
        helper = hop.hop.slot.function
        probe = RequestParam(binding, helper, "the function")  # (its own locals end with its call, not the handler's)
        finishes = handed is not None and _works_for_request(handed, ctx)  # `later(() => res.end())`: part of the response
        try:
            for reference in binding.references:
                if reference.is_write or reference.identifier == binding.identifier:
                    continue
                inner = self._kept_past_call(reference.identifier, helper, probe, ctx)
                if inner is None or inner.node == call or finishes and inner.node.type == "call_expression" and self._is_timer(inner.node, ctx):
                    continue
                return Sink(call, f"`{shown_callee(call)}()` keeps it: {inner.described} (line {inner.node.start_point[0] + 1})",
                            inner.severity, held_at=inner.node)
            return None
        finally:
            followed.discard(binding.identifier.id)

    def _kept_past_call(self, ident: Node, fn: Node, probe: RequestParam, ctx: FileContext, summarising: bool = False) -> Sink | None:
        """Where a use of `fn`'s parameter keeps it after `fn` returns: stored in a long-lived
        place (`lastSeen.set(k, { req })`), captured by a closure that `fn` hands to a timer or a
        long-lived queue (`queue.add(() => deliver(ctx))`), or, a function, handed there itself
        (`setTimeout(task, ms)`). Not a store into what `fn` was handed: its caller decides that."""
        held = self._held_closure(ident, fn, probe, ctx)
        sink = held[1] if held is not None else self._value_sink(ident, probe, ctx, None, 1)
        place = outermost(ident).parent
        if sink is None and held is None and place is not None and place.type == "arguments":
            sink = self._value_sink(ident, probe, ctx, ident, 1)  # the parameter is the callback itself
        if sink is None or sink.needs is not None or _into_parameter(sink.node, fn, ctx):
            return None
        timer = sink.node if sink.node.type == "call_expression" and callee_name(sink.node) in self.params["timer_functions"] else None
        if timer is not None and (callee_name(timer) == "setInterval" or _handle_handed_back(timer, fn)):
            return None  # a loop (uncleared-interval judges it, this as part of it), or a handle the caller gets to clear
        loop, endless = reschedule_of(timer, ctx) if timer is not None else (None, False)
        if loop is not None and any(v.type in FUNCTION_TYPES or v.type == "object" for v in returned_values(fn)):
            return None  # a loop whose stop the caller gets: uncleared-timeout judges whether it is called
        if endless and summarising:
            return None  # a loop nothing ends: uncleared-timeout's summary, whose callers' finding names the capture
        return sink

    def _kept_by_method(self, call: Node, position: int, param: RequestParam, ctx: FileContext) -> Sink | None:
        """`diagnostics.noteRequest(ctx)` on a module-level `new Diagnostics()` of this file, whose
        method sets a field of its instance to what it is handed (`this.last = ctx`, or a record
        holding it): the instance outlives the request, and so does the request."""
        owner = callee_object(call)
        made = constructed_by(owner, ctx.model)
        if made is None or made[1].source_module is not None or made[1].kind is not BindingKind.CLASS:
            return None  # (an imported class's method: its own module's summary says what it keeps)
        cls = unwrap(made[1].value) if made[1].value is not None else made[1].identifier.parent
        method = ctx.methods_of(cls).get(callee_name(call) or "") if cls is not None else None
        ident = parameter_at(method, position) if method is not None and method.type == "method_definition" else None
        lives = self._outlives(owner, param, ctx, passed_to=call) if ident is not None else None
        store = _kept_in_field(method, ident, _without_constructor(cls, ctx), ctx) if lives is not None else None
        if store is None:
            return None
        return Sink(call, f"`{shown_callee(call)}()` keeps it on {lives}, in `{short_text(store, 40)}` (line {store.start_point[0] + 1}), "
                          "which outlives the request")

    def _imported_store_sink(self, call: Node, position: int, ctx: FileContext, lives: str | None = None) -> Sink | None:
        """The same through a helper of another analysed module: pending, a finding if the
        helper's summary says it stores that parameter where it outlives the call (slot OWN,
        keeps_slot: the parameter)."""
        imported = _imported_call_at(call, ctx, self.rule.id)
        if imported is None:
            return None
        where = f"on {lives}" if lives is not None else "in a store of its module"  # (a method keeps it on the instance it is called on)
        return Sink(call, f"`{shown_callee(call)}()` keeps it {where}, which outlives the request",
                    needs=Requirement(self.rule.id, imported.specifier, imported.chain, OWN, "", handed_closure=position))

    def _imported_keep_sink(self, call: Node, position: int, param: RequestParam, ctx: FileContext) -> Sink | None:
        """The same through a helper of another analysed module: a pending sink for each argument
        that outlives the request, which the helper's summary confirms if it keeps the closure's
        parameter on that one's object (slot: the holder; keeps_slot: the closure's)."""
        imported = _imported_call_at(call, ctx)
        if imported is None:
            return None
        for index, argument in enumerate(call_arguments(call)):
            lives = self._outlives(argument, param, ctx, passed_to=call) if index != position else None
            if lives is not None:
                return Sink(call, f"`{shown_callee(call)}()` keeps it on {lives}, which outlives the request",
                            needs=Requirement(self.rule.id, imported.specifier, imported.chain, index, text(argument), handed_closure=position))
        return None

    def summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that keep one parameter on another's object (semantic.keeps):
        callers in other files that hand a closure of a request there, with a long-lived object,
        keep the request on it (project.join)."""
        if b"export" not in ctx.source.data or b"=" not in ctx.source.data:
            return []
        found = []
        for fn in top_level_functions(ctx.source.root):
            keeps = parameter_keeps(fn, ctx.model)
            if not keeps:
                continue
            name = (function_name(fn) or "").rsplit(".", 1)[-1]
            chains = [chain for chain in summary_chains(fn, ctx.model) if chain[:1] != (LOCAL_STEP,)]  # (what importers call, not relays)
            for keep in keeps:
                found += [(Summary(self.rule.id, chain, keep.holder, name, NOWHERE, "it is kept on the object here", keeps_slot=keep.kept),
                           keep.store) for chain in chains]
        for fn, index, sink, handed_on in self._parameter_stores(ctx):
            name = (function_name(fn) or "").rsplit(".", 1)[-1]
            action = sink.described if handed_on else "it is kept here, in a store of the module"
            found += [(Summary(self.rule.id, chain, OWN, name, NOWHERE, action, keeps_slot=index), sink.node)
                      for chain in summary_chains(fn, ctx.model) if chain[:1] != (LOCAL_STEP,)]
        for fn, index, store in self._method_field_stores(ctx):
            name = (function_name(fn) or "").rsplit(".", 1)[-1]
            found += [(Summary(self.rule.id, chain, OWN, name, NOWHERE, "it is kept here, in a field of the instance", keeps_slot=index), store)
                      for chain in summary_chains(fn, ctx.model) if chain[:1] != (LOCAL_STEP,)]
        return found

    def _parameter_stores(self, ctx: FileContext) -> Iterator[tuple[Node, int, Sink, bool]]:
        """The file's top-level functions that keep a parameter where it outlives the call: a
        store into a module-level table (`lastSeen.set(key, { req })`), or a closure over it (or
        the parameter itself, a callback) handed to a timer or a module-level queue. With the
        parameter's position, the sink, and whether a closure or the callback was handed on: a
        caller that hands them a request, or a closure over one, keeps it there."""
        held = _module_stores(ctx.source.root)  # a store that outlives the call is spelled with one of them
        held_names = set(held)
        for fn in top_level_functions(ctx.source.root):
            params = fn.child_by_field_name("parameters")  # (or a lone `parameter` of an arrow: `req => ...`)
            count = len(params.named_children) if params is not None else int(fn.child_by_field_name("parameter") is not None)
            body = fn.child_by_field_name("body")
            spelled = (body.text or b"") if body is not None else b""
            stores = any(m.group(1) in held_names for m in STORE_SPELLED.finditer(spelled)) if held_names else False
            stores = stores or APP_FIELD_STORE.search(spelled) is not None  # `req.app.locals.url = () => req.path`: on the application
            timers = TIMER_CALL.search(spelled) is not None
            if not count or not (stores or timers):
                continue  # (no store into one of them and no timer, spelled: most functions, read in C)
            if not any(chain[:1] != (LOCAL_STEP,) for chain in summary_chains(fn, ctx.model)):
                continue  # no caller in another file can hand it anything
            for index in range(count):
                ident = parameter_at(fn, index)
                binding = ctx.model.binding_of(ident) if ident is not None else None
                if binding is None or binding.writes or ident.id in ctx.shared.get("capture.params", ()):
                    continue  # (a request itself, `note(request: Request)`: reported where it is kept, by check)
                probe = RequestParam(binding, fn, "the function")
                for reference in binding.references:
                    use = reference.identifier
                    if reference.is_write or use == ident:
                        continue
                    direct = stores and _stored_into(use, held)
                    inner = enclosing_function(use) != fn
                    if not (direct or inner or timers and outermost(use).parent.type == "arguments"):
                        continue  # (neither stored, nor in a closure, nor handed to a call in a function with a timer)
                    sink = self._kept_past_call(use, fn, probe, ctx, summarising=True)
                    if sink is not None and not (sink.node.type == "call_expression" and callee_name(sink.node) in self.params["listener_methods"]):
                        yield fn, index, sink, not direct  # (a listener it registers: listener-leak's summary, one cause)
                        break

    def _method_field_stores(self, ctx: FileContext) -> Iterator[tuple[Node, int, Node]]:
        """Methods of the file's classes that put a parameter in a field of their instance
        (`noteRequest(ctx) { this.last = ctx }`): a caller in another module that hands one a
        request, on the module's own instance, keeps the request there (the summary's chain
        says which instance: `module.exports = new Diagnostics()`)."""
        data = ctx.source.data
        if b"this" not in data or not METHOD_FIELD_STORE.search(data):
            return
        for cls in class_bodies(ctx.source.root, data):
            emptied = None
            for method in cls.named_children:
                params = method.child_by_field_name("parameters") if method.type == "method_definition" else None
                body = method.child_by_field_name("body")
                if params is None or body is None or text(method.child_by_field_name("name")) == "constructor":
                    continue
                # the names the method's own `this.x = ...` assign, alone or in a record written on the line: read in C
                assigned = {name for match in METHOD_FIELD_STORE.finditer(body.text or b"") for name in NAME.findall(match.group(1))}
                cached = FIELD_CALLBACK_STORE.search(body.text or b"") is not None  # `this.compiled.set(name, (data) => ...)`
                if not assigned and not cached or not any(chain[:1] != (LOCAL_STEP,) for chain in summary_chains(method, ctx.model)):
                    continue  # (nothing stored from a parameter, spelled; or no caller in another file)
                for index, _ in enumerate(p for p in params.named_children if p.type != "comment"):
                    ident = parameter_at(method, index)
                    if ident is None or ((ident.text or b"") not in assigned and not cached):
                        continue
                    if emptied is None:
                        emptied = _without_constructor(cls.parent, ctx)
                    store = _kept_in_field(method, ident, emptied, ctx)
                    if store is not None:
                        yield method, index, store

    def _assignment_sink(self, assignment: Node, param: RequestParam, ctx: FileContext) -> Sink | None:
        target = unwrap(assignment.child_by_field_name("left"))
        if target is None:
            return None
        if target.type == "identifier":
            binding = ctx.model.binding_of(target)
            if binding is None or not binding.is_module_level:
                return None  # one slot in an enclosing call lives only as long as that call's closures
            if emptied_anywhere(binding, ctx.source.data):
                return None  # `current = null` in a finally or a 'close' handler: held while in use only
            return Sink(assignment, f"it is stored in the module variable `{binding.name}`, which outlives the request")
        if target.type in ("member_expression", "subscript_expression"):
            lives = self._outlives(target.child_by_field_name("object"), param, ctx)
            removals = _removals(target.child_by_field_name("object"), ctx) if lives is not None else None
            if lives is None or _drained(removals) or member_emptied_anywhere(target, ctx.source.data):
                return None
            return Sink(assignment, f"it is stored on {lives}, which outlives the request{SWEPT if removals else ''}")
        return None

    def _outlives(self, expr: Node | None, param: RequestParam, ctx: FileContext, passed_to: Node | None = None) -> str | None:
        """How to name `expr` when the object it denotes lives longer than one request (handed
        to `passed_to`, the call judged, which does not make it short-lived)."""
        if expr is None:
            return None
        receiver = receiver_of(expr, ctx.model)
        if receiver is None or receiver.fresh:
            return None
        if receiver.lifetime in (Lifetime.GLOBAL, Lifetime.MODULE):
            return receiver.description
        if receiver.lifetime is Lifetime.INSTANCE:
            return receiver.description if _is_singleton_service(param.handler) or _of_module_instance(expr, param, ctx) else None
        if receiver.lifetime is Lifetime.OUTER and receiver.declaration is not None and not contains(param.handler, receiver.declaration):
            declaring = enclosing_function(receiver.declaration)
            if declaring is not None and callback_role(declaring)[0] == "pass":
                return None  # a local of a test or promise callback: it ends with that callback
            if _handed_out(expr, ctx, passed_to):
                return None  # returned or passed on: whoever receives it decides how long it lives
            return f"{receiver.description}, declared outside the handler"
        return None

    def _is_timer(self, call: Node, ctx: FileContext) -> bool:
        fn = unwrap(call.child_by_field_name("function"))
        if fn is not None and fn.type == "identifier":
            binding = ctx.model.binding_of(fn)
            return binding is None or (binding.source_module or "").removeprefix("node:") == "timers"
        owner = callee_object(call)
        return owner is not None and text(owner) in ("globalThis", "global", "window", "timers")

    # -- reports ---------------------------------------------------------------------------------

    def _closure_report(self, closure: Node, capture: Capture) -> Report:
        name = capture.param.binding.name
        message = (
            f"closure in {capture.param.described} captures `{name}` and {capture.sink.described}, "
            f"so the whole request stays alive{_projection_hint(name, capture.uses)}"
        )
        flow = [
            (capture.param.binding.identifier, f"`{name}` is the per-request object of {capture.param.described}"),
            (closure, f"this closure captures `{name}`"),
            (capture.sink.node, capture.sink.described),
        ]
        part = f"the closure it keeps captures `{name}` from {capture.param.described}, so each one keeps a whole request alive"
        return Report(closure, message, severity=capture.sink.severity, code_flow=flow, holder=capture.sink.node, as_part=part,
                      needs=capture.sink.needs, needs_site=capture.sink.node if capture.sink.needs is not None else None)

    def _store_report(self, stored: Node, capture: Capture) -> Report:
        name = capture.param.binding.name
        message = f"`{name}` from {capture.param.described} is kept after the request: {capture.sink.described}"
        flow = [
            (capture.param.binding.identifier, f"`{name}` is the per-request object of {capture.param.described}"),
            (capture.uses[0], f"`{name}` itself is handed on here"),
            (stored, capture.sink.described),
        ]
        # Into a container (`map.set(id, req)`, `list.push(req)`, `byId[id] = req`): when the
        # container's own report stands on this add, the request becomes part of it.
        left = unwrap(stored.child_by_field_name("left")) if stored.type == "assignment_expression" else None
        into_container = stored.type == "call_expression" or (left is not None and left.type == "subscript_expression")
        part = f"each entry is `{name}` itself, from {capture.param.described}, kept alive with all it references"
        holder = capture.sink.held_at or (stored if into_container else None)
        return Report(stored, message, severity=capture.sink.severity, code_flow=flow, holder=holder, as_part=part,
                      needs=capture.sink.needs, needs_site=stored if capture.sink.needs is not None else None,
                      leads=into_container and capture.sink.held_at is None)


TIMER_CALL = re.compile(rb"\b(?:setTimeout|setInterval|setImmediate)\s*\(")
# A store into a field of the application behind a request: `req.app.locals.isActive = `, `ctx.app.context.user = `.
APP_FIELD_STORE = re.compile(rb"\.\s*app\s*(?:\.\s*[\w$]+\s*)+=[^=]")
# A store spelled on a name: `name.set(`, `name.push(`..., `name[key] = `, `name.field = `, `name = ` (group 1: the name).
STORE_SPELLED = re.compile(rb"(?<![\w$.])([A-Za-z_$][\w$]*)\s*(?:\.\s*(?:set|add|push|unshift|enqueue)\s*\(|\[[^\]\n]*\]\s*=[^=]|(?:\.\s*[\w$]+\s*)*=[^=>])")


def _imported_call_at(call: Node, ctx: FileContext, rule_id: str | None = None) -> ImportedCall | None:
    """The imported helper a call runs, other than a constructor (judged for `rule_id`, if
    given). A method called on an instance this module makes of an imported class is listed
    twice, as the class's method (INSTANCE_STEP) and as the method of the instance the module
    shares (SHARED_STEP): the class's own method is what every instance runs, so it comes first
    whoever judges (a pool's second pass judges every call)."""
    found = [c for c in ctx.imported_calls if c.site == call and c.chain[-1:] != ("constructor",)
             and (rule_id is None or ctx.judges_for(c, rule_id))]
    return min(found, key=lambda c: SHARED_STEP in c.chain, default=None)


def _without_constructor(cls: Node, ctx: FileContext) -> bytes:
    """The file's bytes with the class's constructor blanked out: `this.last = null` there only
    starts the field empty, it releases nothing."""
    data = bytes(ctx.source.data)
    body = cls.child_by_field_name("body")
    constructor = next((m for m in body.named_children if m.type == "method_definition" and text(m.child_by_field_name("name")) == "constructor"),
                       None) if body is not None else None
    if constructor is None:
        return data
    return data[:constructor.start_byte] + b" " * (constructor.end_byte - constructor.start_byte) + data[constructor.end_byte:]


# `this.last = x`, `this.current = { x, at }`: a field of the instance set in a method (group 1:
# the name assigned, or the rest of the line that opens a record).
METHOD_FIELD_STORE = re.compile(rb"this\s*\.\s*#?[\w$]+\s*=(?![=>])\s*([\w$]+|[{\[][^\n]*)")
NAME = re.compile(rb"[A-Za-z_$][\w$]*")
# A closure put in a field's table or list, or in the field itself: `this.compiled.set(name, (data) =>`, `this.render = (`.
FIELD_CALLBACK_STORE = re.compile(rb"this\s*\.\s*#?[\w$]+\s*(?:\.\s*(?:set|push|unshift|add)\s*\([^;]*?=>|=\s*(?:async\s*)?(?:\(|function\b|[\w$]+\s*=>))")


def _kept_in_field(method: Node, parameter: Node, emptied: bytes, ctx: FileContext) -> Node | None:
    """The field of its instance the method sets to its `parameter` (or a record holding it),
    when no code outside the constructor (`emptied`: the bytes without it) lets go of it."""
    binding = ctx.model.binding_of(parameter)
    if binding is None or binding.writes:
        return None
    for reference in binding.references:
        store = _field_store(reference.identifier, method)
        if store is not None and not member_emptied_anywhere(store, emptied):
            return store
        closure = next((a for a in ancestors(reference.identifier) if a.type in FUNCTION_TYPES), None)
        if closure is None or closure == method or enclosing_function(closure) != method:
            continue  # (a closure of the method's own, over the parameter: what keeps the closure keeps it)
        store = _field_store(closure, method)
        if store is not None and not member_emptied_anywhere(store, emptied):
            return store
        cached = _field_callback_cache(closure, ctx)
        if cached is not None and not _emptied_table(callee_object(cached), emptied):
            return cached
    return None


# What makes a diagnostics channel (node:diagnostics_channel, or a wrapper of the same name).
CHANNEL_MAKERS = frozenset({"channel", "tracingChannel"})


def _diagnostics_channel(owner: Node, ctx: FileContext) -> bool:
    """`owner` is a diagnostics channel: made by `channel(...)` or `tracingChannel(...)`, at the
    call or where the name it is read through is given its value (`const readCh =
    channel('x:read')`, `tracing.start`). Its publish runs the subscribers there and then."""
    node = unwrap(owner)
    root = access_root(node)[0] if node is not None and node.type == "member_expression" else node
    if root is not None and root.type == "identifier":
        binding = ctx.model.binding_of(root)
        node = unwrap(binding.value) if binding is not None and binding.value is not None else node
    return node is not None and node.type == "call_expression" and callee_name(node) in CHANNEL_MAKERS


def _module_stores(root: Node) -> list[bytes]:
    """The names the module declares at its top level that a function may store into: every
    `let` and `var`, and a `const` table, list or object (read from the top-level statements,
    before any scope is built)."""
    found = []
    for statement in root.named_children:
        node = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
        if node is None or node.type not in ("lexical_declaration", "variable_declaration"):
            continue
        constant = node.type == "lexical_declaration" and (node.child(0) is not None and node.child(0).type == "const")
        for declarator in node.named_children:
            name, value = declarator.child_by_field_name("name"), unwrap(declarator.child_by_field_name("value"))
            if declarator.type == "variable_declarator" and name is not None and name.type == "identifier" and (
                    not constant or value is not None and value.type in ("array", "object", "new_expression")):
                found.append(name.text or b"")
    return found


def _field_callback_cache(closure: Node, ctx: FileContext) -> Node | None:
    """`this.compiled.set(name, (data) => render(data, ctx))`: the call that puts a closure in a
    table or list of the instance, under a key that is not new per call (a fresh key makes an
    entry per call: unbounded-collection judges that growth)."""
    place = outermost(closure).parent
    call = place.parent if place is not None and place.type == "arguments" else None
    owner = unwrap(callee_object(call)) if call is not None and call.type == "call_expression" else None
    if owner is None or owner.type != "member_expression" or unwrap(owner.child_by_field_name("object")).type != "this" \
            or callee_name(call) not in ("set", "push", "unshift", "add"):
        return None
    args = call_arguments(call)
    if callee_name(call) == "set" and (len(args) != 2 or fresh_key(args[0], ctx.model) is not None):
        return None
    return call


def _emptied_table(table: Node, emptied: bytes) -> bool:
    """`this.compiled.clear()`, `this.compiled.delete(`, or the field let go of, outside the constructor."""
    spelled = text(table).encode()
    return member_emptied_anywhere(table, emptied) or any(spelled + verb in emptied for verb in (b".clear(", b".delete(", b".splice(", b".shift("))


def _field_store(use: Node, method: Node) -> Node | None:
    """The field of the method's own instance that `use` (or a record holding it) is assigned
    to: `this.last = use`, `this.current = { use, at }`. (What a method adds to a table or list
    of its instance, and what takes it out again, unbounded-collection judges.)"""
    node = outermost(use)
    while node.parent is not None and node.parent.type in ("pair", "shorthand_property", "object", "array"):
        node = outermost(node.parent)  # `{ ctx, at: Date.now() }`: the record holds it
    holder = node.parent
    if holder is None or holder.type != "assignment_expression" or holder.child_by_field_name("right") != node:
        return None
    target = unwrap(holder.child_by_field_name("left"))
    owner = unwrap(target.child_by_field_name("object")) if target is not None and target.type == "member_expression" else None
    if owner is None or owner.type != "this" or enclosing_function(use) != method:
        return None
    return target


def _stored_into(value: Node, held: list[bytes]) -> bool:
    """`value` goes straight (alone, or inside an object or array literal) into a call on, or an
    assignment to, something spelled with one of the names `held`: read before anything dearer."""
    node = outermost(value)
    while node.parent is not None and node.parent.type in ("pair", "object", "array", "shorthand_property_identifier"):
        node = outermost(node.parent)
    holder = node.parent
    if holder is not None and holder.type == "arguments" and holder.parent is not None and holder.parent.type == "call_expression":
        place = callee_object(holder.parent)
    elif holder is not None and holder.type == "assignment_expression" and holder.child_by_field_name("right") == node:
        place = holder.child_by_field_name("left")
    else:
        return False
    root, _ = access_root(place) if place is not None else (None, None)
    return root is not None and (root.text or b"") in held


def _into_parameter(store: Node, fn: Node, ctx: FileContext) -> bool:
    """The store puts the value into something `fn` was handed (`list.push(x)`, `target[k] = x`):
    its caller's argument decides how long that lives, not the helper."""
    place = callee_object(store) if store.type == "call_expression" else unwrap(store.child_by_field_name("left"))
    if server_behind_path(place) is not None:
        return False  # `req.app.locals.x = ...`: the application behind what it was handed, which outlives every caller
    root, _ = access_root(place) if place is not None else (None, None)
    binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
    return binding is not None and binding.kind is BindingKind.PARAMETER and binding.scope.node == fn


def _handle_handed_back(timer: Node, fn: Node) -> bool:
    """`fn` returns the timer's handle (`return setTimeout(...)`, or `const t = setTimeout(...)`
    and `t` in what it returns): its caller holds what clears the timer."""
    if returned_by(timer) == fn:
        return True
    declarator = outermost(timer).parent
    name = declarator.child_by_field_name("name") if declarator is not None and declarator.type == "variable_declarator" else None
    if name is None or name.type != "identifier":
        return False
    word = re.compile(rb"(?<![\w$])" + re.escape(name.text or b"") + rb"(?![\w$])")
    return any(word.search(value.text or b"") for value in returned_values(fn))


def _awaited_promise_executor(call: Node) -> Node | None:
    """The executor of `await new Promise((resolve) => ...)` that `call` runs in, if any."""
    fn = enclosing_function(call)
    if fn is None:
        return None
    arguments = outermost(fn).parent
    new = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    if new is None or new.type != "new_expression" or text(new.child_by_field_name("constructor")) != "Promise":
        return None
    user = outermost(new).parent
    return fn if user is not None and user.type in ("await_expression", "return_statement") else None


def _settles_executor(timer: Node, executor: Node) -> bool:
    """The timer settles the promise the handler awaits: its callback is the executor's
    `resolve` (or `reject`), or calls one. A timer that the executor merely starts before it
    resolves at once (`setTimeout(later, 600_000); resolve()`) is not awaited."""
    params = executor.child_by_field_name("parameters") or executor.child_by_field_name("parameter")
    names = {text(p) for p in walk(params) if p.type == "identifier"} if params is not None else set()
    args = call_arguments(timer)
    callback = unwrap(args[0]) if args else None
    if callback is None or not names:
        return False
    if callback.type == "identifier":
        return text(callback) in names
    return any(n.type == "call_expression" and text(n.child_by_field_name("function")) in names for n in walk(callback))


def _projection_hint(name: str, uses: list[Node]) -> str:
    """When the closure only reads a few fields, say which to copy out before the boundary."""
    paths: list[str] = []
    for ident in uses:
        parent = ident.parent
        if parent is None or parent.type != "member_expression" or parent.child_by_field_name("object") != ident:
            return ""  # the object itself is used or passed on
        grand = parent.parent
        if grand is not None and grand.type == "call_expression" and grand.child_by_field_name("function") == parent:
            return ""  # `res.write(...)`: the method needs the object itself
        path = parent
        while path.parent is not None and path.parent.type == "member_expression" and path.parent.child_by_field_name("object") == path:
            outer = path.parent
            if outer.parent is not None and outer.parent.type == "call_expression" and outer.parent.child_by_field_name("function") == outer:
                break  # `req.headers.get(...)`: keep the object the method is called on
            path = outer
        shown = text(path)
        if shown not in paths:
            paths.append(shown)
    if not paths or len(paths) > 3:
        return ""
    return f"; it only reads {', '.join(f'`{p}`' for p in paths)}: copy {'it' if len(paths) == 1 else 'them'} into a local before and capture that"


@lru_cache(maxsize=8)
def _type_pattern(types: tuple[str, ...]) -> re.Pattern[bytes]:
    alternatives = b"|".join(re.escape(t.encode()) for t in types)
    return re.compile(rb":\s*(?:([A-Za-z_$][\w$]*)\.(?:[\w$]+\.)*)?(" + alternatives + rb")\b")


# Objects reached from a request that are not its own answer: the long-lived application or
# server behind it, and its logger.
NOT_THE_ANSWER = frozenset({"app", "server", "log", "logger", "state", "locals"})


def _works_for_request(closure: Node, ctx: FileContext) -> bool:
    """The closure calls a method of, or sets a property on, a request-like parameter it closes
    over (not on the application, server or logger reached through it: `ctx.app.emit(...)`)."""
    for node in walk(closure):
        if node.type == "call_expression":
            target = callee_object(node)
        elif node.type == "assignment_expression":
            left = unwrap(node.child_by_field_name("left"))
            target = left.child_by_field_name("object") if left is not None and left.type == "member_expression" else None
        else:
            continue
        steps = text(unwrap(target)).split(".")[1:] if target is not None else []
        if any(step in NOT_THE_ANSWER for step in steps):
            continue
        root, _ = access_root(target)
        binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
        if binding is not None and binding.kind.value == "parameter" and not contains(closure, binding.identifier):
            return True
    return False


def _listener_removals(ctx: FileContext) -> list:
    return ctx.effects.of(Kind.RELEASE, [*LISTENER_REMOVALS, *LISTENER_REMOVALS_OF_ALL])


def _removed(event: Node | None, handler: Node | None, receiver: Node, ctx: FileContext) -> bool:
    """The listener is taken down again: the same removal listener-leak looks for (semantic.releases)."""
    removals = _listener_removals(ctx)
    return matching_removal(event, handler, receiver, key_of(receiver, ctx.model), removals, LISTENER_REMOVALS_OF_ALL, ctx.model) is not None


def _made_per_call(receiver: Node | None, helper: Node, ctx: FileContext) -> bool:
    """A const of `helper` itself that holds an object made there (`new X()`): one per call of
    the helper, as long-lived as whoever keeps what the helper hands back."""
    node = unwrap(receiver)
    binding = ctx.model.binding_of(node) if node is not None and node.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and not binding.is_module_level else None
    return value is not None and value.type == "new_expression" and binding.scope.function_scope.node == helper


# What a handler does when its client may go away first: listens for the end, or sets a deadline.
CLIENT_END_WATCHED = re.compile(rb"""\.\s*(?:on|once|addListener)\(\s*['"](?:close|finish|aborted|end|error)['"]|\bset(?:Timeout|Interval)\(|\bsignal\b""")


PARKED = ("; only the code that answers a waiting client takes its entry out, and nothing here listens for the client's end: one "
          "that goes away first leaves its response behind for good")


def _parked_unwatched(arg: Node, param: RequestParam, removals: list[Node] | None, model: SemanticModel) -> bool:
    """`waiting.set(userId, res)`: the handler's own response (or socket) parked whole, taken out
    only by other functions, those that answer it, while the handler neither listens for its
    client's end nor sets a deadline: a client that leaves before its answer stays in the
    container, response and all (unbounded-collection's parked reading says the same of it)."""
    value = unwrap(arg)
    if not removals or value is None or value.type != "identifier" or value.text != param.binding.identifier.text:
        return False
    if any(contains(param.handler, removal) or not answers_entry(removal, model) for removal in removals):
        return False
    return CLIENT_END_WATCHED.search(param.handler.text or b"") is None


def _drained(removals: list[Node] | None) -> bool:
    """A collection the program takes entries out of again (its _removals): a queue, or entries
    deleted on close. Not one whose entries only a periodic sweep deletes (`setInterval(() =>
    ... map.delete(k))`): that keeps every request it holds until a later sweep, long after the
    request; with removals and not drained, all of them are such a sweep's."""
    return removals is None or any(not _sweeps(node) and not _caps(node) for node in removals)


def _caps(use: Node) -> bool:
    """`if (crumbs.length > MAX) crumbs.shift()`: a cap on a list, which keeps the last entries,
    each until later ones push it out, long after its own request ended."""
    member = outermost(use).parent
    if member is None or member.type != "member_expression" or text(member.child_by_field_name("property")) not in ("shift", "splice"):
        return False
    guard = next((a for a in ancestors(use) if a.type in ("if_statement", "while_statement") or a.type in FUNCTION_TYPES), None)
    condition = guard.child_by_field_name("condition") if guard is not None and guard.type not in FUNCTION_TYPES else None
    return condition is not None and ".length" in text(condition) and text(member.child_by_field_name("object")) in text(condition)


def _sweeps(use: Node) -> bool:
    """`table.delete(key)` (or `delete table[key]`) in an interval's callback: entries picked by
    age on a clock; or `batch.splice(0, batch.length)` there, a flush every so often, which keeps
    each entry until the next one as well. A queue the interval takes one job from at a time
    (`pending.shift()`) is a worker draining it."""
    member = outermost(use).parent
    if member is None or member.type not in ("member_expression", "subscript_expression"):
        return False
    above = member.parent
    deleting = text(member.child_by_field_name("property")) in ("delete", "splice") if member.type == "member_expression" else \
        above is not None and above.type == "unary_expression" and text(above.child_by_field_name("operator")) == "delete"
    return deleting and (in_timer_callback(use, SWEEPING_TIMERS) or _run_by_interval(enclosing_function(use)))


def _run_by_interval(fn: Node | None) -> bool:
    """`function flush() {...}` handed to `setInterval(flush, ms)` by its name, in its file."""
    name = fn.child_by_field_name("name") if fn is not None and fn.type == "function_declaration" else None
    root = fn
    while root is not None and root.parent is not None:
        root = root.parent
    spelled = re.escape(name.text or b"") if name is not None else None
    return spelled is not None and root is not None and re.search(rb"\bsetInterval\s*\(\s*" + spelled + rb"\s*,", root.text or b"") is not None


SWEEPING_TIMERS = frozenset({"setInterval"})
CAPPED = ("; a cap takes the oldest entries out as new ones come, but each keeps its whole request until then, long after it "
          "ended: store the fields you need")
SWEPT = "; a periodic sweep (or flush) takes entries out later, but each keeps its whole request until then: store the fields you need"


def _removals(owner: Node | None, ctx: FileContext) -> list[Node] | None:
    """The uses that take entries out of the collection; None when it lets them go by itself
    (a WeakMap, a work queue whose worker finishes), [] when nothing takes any out."""
    key = key_of(owner, ctx.model) if owner is not None else None
    if key is None:
        return []
    if not key.path and _is_weak(ctx.model.binding_with_uid(key.root)) or len(key.path) == 1 and _weak_field(owner):
        return None  # a WeakMap or WeakSet never keeps its keys alive
    binding = ctx.model.binding_with_uid(key.root) if not key.path else None
    if binding is not None and work_queue(binding.value, ctx.model) is not None:
        # `queue(worker, 4)` of 'async': the worker takes each task and the queue lets it go when done,
        # unless the worker returns without `done()` on some path and so stops the queue
        return None if worker_stall(binding.value, ctx.model) is None else []
    if key.path:
        nodes = ctx.accesses(key)
    else:
        binding = ctx.model.binding_with_uid(key.root)
        nodes = [r.identifier for r in binding.references] if binding is not None else []
    # (a field's constructor sets it up, `this.seen = new Map()`: it empties nothing added later)
    return [node for node in nodes if use_of(node, "any", (), QUEUE_REMOVALS).use is Use.RELEASE and not _in_constructor(node)]


def _in_constructor(node: Node) -> bool:
    fn = enclosing_function(node)
    return fn is not None and is_constructor(fn)


def _handed_out(expr: Node, ctx: FileContext, passed_to: Node | None = None) -> bool:
    """The local that holds the object is returned, put in an object or array, or passed to a
    call (other than `passed_to`, the call being judged)."""
    root, _ = access_root(expr)
    binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
    for reference in binding.references if binding is not None else ():
        parent = outermost(reference.identifier).parent
        if parent is None or (passed_to is not None and parent.parent == passed_to):
            continue
        if parent.type in ("return_statement", "pair", "array", "arguments", "spread_element") or reference.identifier.type == "shorthand_property_identifier":
            return True
    return False


def _is_weak(binding) -> bool:
    value = unwrap(binding.value) if binding is not None else None
    return value is not None and value.type == "new_expression" and text(value.child_by_field_name("constructor")) in ("WeakMap", "WeakSet", "WeakRef")


# `this.marks = new WeakMap()`, or a class field `marks = new WeakSet()` (group 1: the field).
WEAK_FIELD = re.compile(rb"(?:this\s*\.\s*|^[ \t]+(?:(?:private|protected|public|readonly|static)\s+)*)(#?[\w$]+)\??(?:\s*:[^=;\n]+)?\s*=\s*new\s+Weak(?:Map|Set)\b", re.M)


def _weak_field(owner: Node) -> bool:
    """`this.marks` of a class that makes that field a WeakMap or WeakSet: it keeps no key alive."""
    node = unwrap(owner)
    root = unwrap(node.child_by_field_name("object")) if node is not None and node.type == "member_expression" else None
    cls = this_owner(root) if root is not None and root.type == "this" else None
    field = (node.child_by_field_name("property").text or b"") if cls is not None else b""
    return bool(field) and any(m.group(1) == field for m in WEAK_FIELD.finditer(cls.text or b""))


def _is_singleton_service(handler: Node) -> bool:
    """A decorated class (a NestJS controller or gateway) has one instance for the process."""
    if handler.type != "method_definition" or is_constructor(handler):
        return False
    cls = handler.parent.parent if handler.parent is not None else None
    if cls is None or cls.type not in CLASS_TYPES:
        return False
    previous = cls.prev_named_sibling
    return any(c.type == "decorator" for c in cls.children) or (previous is not None and previous.type == "decorator") or (
        cls.parent is not None and cls.parent.type == "export_statement" and any(c.type == "decorator" for c in cls.parent.children)
    )


def _of_module_instance(expr: Node, param: RequestParam, ctx: FileContext) -> bool:
    """`this.seen` in a handler a method of the class makes (`middleware() { return (req, res,
    next) => {...} }`), in a class whose one instance the module makes as it loads (`const
    tracker = new Tracker()`): a field of that instance lives as long as the module. (A method
    that takes the request itself is judged at its callers: _kept_by_method, and summaries.)"""
    if param.handler.type == "method_definition":
        return False
    root = access_root(expr)[0]
    cls = this_owner(root) if root is not None and root.type == "this" else None
    return cls is not None and made_once_at_load(cls, ctx.model)


def _made_from_project_class(owner: Node, ctx: FileContext) -> bool:
    """`queue` in `queue.enqueue(job)` with `const queue = new RetryQueue(...)`, the class imported
    from a module of this project: its `enqueue` is that class's method, not an array's."""
    found = constructed_by(owner, ctx.model)
    return found is not None and found[1].is_module_level and project_specifier(found[1].source_module or "")


def _imported_from_project(owner: Node, ctx: FileContext) -> bool:
    """`active` in `active.add(ctx)` where `active` is imported from a module of this project:
    whether its `add` keeps what it is handed is that module's to say (a pending finding through
    its summary), not a Set's `add` taken on trust."""
    root = access_root(owner)[0]
    if root is None or root.type != "identifier" or text(root) not in ctx.relative_imports:
        return False
    binding = ctx.model.binding_of(root)
    return binding is not None and binding.is_module_level and binding.source_module is not None
