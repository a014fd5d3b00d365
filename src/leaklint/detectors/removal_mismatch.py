"""The removal-mismatch detector: an `off(...)` that can never remove anything.

Listeners are removed by identity. An inline function or a fresh `.bind(...)` handed to a
removal is a new object that was never registered, so the call is a silent no-op and the
listener it was meant to remove stays.
"""

from __future__ import annotations

import re

from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..semantic.effects import Kind, Vocabulary
from ..findings import NOWHERE, Requirement, Summary
from ..semantic.exports import function_exports
from ..semantic.nodes import FUNCTION_TYPES, call_arguments, callee_name, callee_object, enclosing_function, function_name, returned_values, shown_callee, short_text, string_value, text, unwrap, walk
from ..semantic.scopes import BindingKind
from ..semantic.summaries import call_sites, slot_of
from .base import Detector, Report
from .parameters import PARAMETERS

# Methods that register what the removal would take down.
REGISTER_METHODS = frozenset({"on", "addListener", "addEventListener", "prependListener", "once"})
# Emitter methods that return the emitter, so calls chain on one receiver.
CHAINING_METHODS = REGISTER_METHODS | {"off", "removeListener", "removeAllListeners", "prependOnceListener", "setMaxListeners"}


class RemovalMismatchDetector(Detector):
    kind = "removal-mismatch"
    parameters = PARAMETERS["removal-mismatch"]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of({Kind.RELEASE: self.params["remove_methods"]})

    def check(self, ctx: FileContext) -> Iterator[Report]:
        names = self.params["remove_methods"]
        if ctx.relative_imports:
            yield from self._imported_removals(ctx)
        if not ctx.source.data.has_any(names):
            return
        for removal in ctx.effects.of(Kind.RELEASE, names):
            if not removal.is_method:
                continue
            call = removal.node
            args = call_arguments(call)
            if not args:
                continue  # off() with no arguments removes every listener: nothing to mismatch
            handler = unwrap(args[1]) if len(args) >= 2 else None
            event = string_value(args[0])
            shown = f"'{event}'" if event is not None else f"`{text(args[0])}`"
            problem = _never_registered(handler)
            if problem is not None:
                added = _registration_for(call, ctx)
                yield Report(
                    call,
                    f"{callee_name(call)}({shown}, ...) is given {problem}, which was never registered; "
                    "the call removes nothing and the listener it targets stays",
                    related=[(added, "the listener that stays is registered here")] if added is not None else [],
                )
                continue
            handed = _never_registered_through_helper(handler, ctx)
            if handed:
                for site, argument, problem in handed:
                    added = _handed_alike(site, argument, ctx)
                    yield Report(site, f"`{callee_name(site)}()` is handed {problem} for the listener it removes with "
                                       f"{callee_name(call)}({shown}, ...), which was never registered; the call removes nothing and the "
                                       "listener it targets stays", related=[(call, "the removal that can find nothing"),
                                                                             *([(added, "the listener that stays is registered here")] if added else [])])
                continue
            phase = _other_phase(call, ctx) if callee_name(call) == "removeEventListener" else None
            if phase is not None:
                yield Report(
                    call,
                    f"removeEventListener({shown}, {text(handler)}) removes the listener of the {'capture' if _captures(call) else 'bubbling'} "
                    f"phase, but it was added for the {'capture' if _captures(phase) else 'bubbling'} phase (line {phase.start_point[0] + 1}): "
                    "the capture flag is part of what identifies a listener, so the call removes nothing and the listener stays; pass the "
                    "same `capture` to both",
                    related=[(phase, "the listener that stays is registered here")],
                )
                continue
            other = _other_handler_registered(call, handler, ctx)
            if other is not None:
                yield Report(
                    _link(call),
                    f"{callee_name(call)}({shown}, {text(handler)}) removes `{text(handler)}`, which is never registered for "
                    f"{shown} on `{text(_chain_root(callee_object(call)))}`; the listener registered there is "
                    f"`{text(call_arguments(other)[1])}` (line {_link(other).start_point[0] + 1}), and it stays",
                    related=[(_link(other), "the listener that stays is registered here")],
                )
                continue
            later = _registered_later_per_call(call, handler, ctx)
            if later is not None:
                yield Report(
                    call,
                    f"{callee_name(call)}({shown}, {text(handler)}) removes this call's own `{text(handler)}`, a function "
                    f"made anew on every call and registered only below (line {later.start_point[0] + 1}); the listener an "
                    f"earlier call added is a different function and stays; declare `{text(handler)}` outside the function",
                    related=[(later, f"registered here with a new `{text(handler)}` on every call")],
                )


    def summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that remove the listener they are handed: a caller in another file
        that hands them a new function (`offAbort(signal, this.cancel.bind(this))`) removes nothing."""
        names = self.params["remove_methods"]
        if b"export" not in ctx.source.data or not ctx.source.data.has_any(names):
            return []
        return [(Summary(self.rule.id, chain, index, (function_name(fn) or "").rsplit(".", 1)[-1], NOWHERE,
                         "the listener it is handed is removed here, by identity"), removal)
                for removal, index, fn in _removed_parameters(ctx, names) for chain in function_exports(fn, ctx.model)]

    def _imported_removals(self, ctx: FileContext) -> Iterator[Report]:
        """Calls of imported helpers handed a function made in place (an arrow, a `.bind()`, a
        wrapper): if the helper's file summarises that parameter as a removal, the call removes
        nothing (project.join)."""
        for call in ctx.imported_calls:
            if call.chain[-1:] == ("constructor",) or not ctx.judges_for(call, self.rule.id):
                continue
            for index, argument in enumerate(call_arguments(call.site)):
                problem = _never_registered(unwrap(argument))
                if problem is None:
                    continue
                name = shown_callee(call.site)
                yield Report(call.site, f"`{name}()` is handed {problem} for the listener it removes, which was never registered; "
                                        "the call removes nothing and the listener it targets stays",
                             needs=Requirement(self.rule.id, call.specifier, call.chain, index, short_text(argument, 40), False))


def _registration_for(removal: Node, ctx: FileContext) -> Node | None:
    """The registration a removal aims at: the last one before it, on a receiver spelled alike,
    for the same event, whose handler is spelled alike (`this.onClick.bind(this)` twice)."""
    receiver, args = text(callee_object(removal)), call_arguments(removal)
    if len(args) < 2:
        return None
    event, handler = text(args[0]), "".join(text(unwrap(args[1])).split())
    found = None
    for call in ctx.calls_named(REGISTER_METHODS):
        given = call_arguments(call)
        if len(given) >= 2 and text(callee_object(call)) == receiver and text(given[0]) == event \
                and ("".join(text(unwrap(given[1])).split()) == handler or unwrap(given[1]).type in FUNCTION_TYPES):
            found = call if found is None or abs(call.start_byte - removal.start_byte) < abs(found.start_byte - removal.start_byte) else found
    return found


def _captures(call: Node) -> bool:
    """Whether an add/removeEventListener call names the capture phase: `true`, or `{ capture: true }`."""
    args = call_arguments(call)
    option = unwrap(args[2]) if len(args) > 2 else None
    if option is None:
        return False
    if option.type == "true":
        return True
    return option.type == "object" and any(p.type == "pair" and text(p.child_by_field_name("key")) == "capture"
                                           and unwrap(p.child_by_field_name("value")).type == "true" for p in option.named_children)


def _other_phase(removal: Node, ctx: FileContext) -> Node | None:
    """The `addEventListener` of the same event and handler on a receiver spelled alike, made
    for the other phase than the removal names, when none is made for the same phase."""
    receiver, args = text(callee_object(removal)), call_arguments(removal)
    if len(args) < 2 or (len(args) > 2 and unwrap(args[2]).type not in ("true", "false", "object")):
        return None  # options held in a variable: cannot tell
    event, handler = text(args[0]), text(unwrap(args[1]))
    same = [c for c in ctx.calls_named(("addEventListener",)) if text(callee_object(c)) == receiver and len(call_arguments(c)) >= 2
            and text(call_arguments(c)[0]) == event and text(unwrap(call_arguments(c)[1])) == handler]
    if not same or any(len(call_arguments(c)) > 2 and unwrap(call_arguments(c)[2]).type not in ("true", "false", "object") for c in same):
        return None
    wanted = _captures(removal)
    if any(_captures(c) == wanted for c in same):
        return None
    if any(enclosing_function(c) == enclosing_function(removal) and c.start_byte > removal.start_byte for c in same):
        return None  # remove-then-add: the add of the same function reference is ignored by the DOM if it is there already
    return same[0]


def _removed_parameters(ctx: FileContext, names: list[str]) -> Iterator[tuple[Node, int, Node]]:
    """The removals of the file that take off a listener a function was handed (`offAbort(signal,
    fn) { signal.removeEventListener('abort', fn) }`), with that function and the parameter's
    position, when the function does not register it itself."""
    for removal in ctx.effects.of(Kind.RELEASE, names):
        args = call_arguments(removal.node)
        handler = unwrap(args[1]) if removal.is_method and len(args) >= 2 else None
        slot = slot_of(handler, ctx.model) if handler is not None and handler.type == "identifier" else None
        if slot is None or slot.index < 0 or _registers_itself(slot.function, handler):
            continue  # (one that registers it too removes what it registered itself)
        yield removal.node, slot.index, slot.function


def _registers_itself(fn: Node, handler: Node) -> bool:
    """`fn` also registers the function it removes: it removes what it registered."""
    return any(n.type == "call_expression" and callee_name(n) in REGISTER_METHODS and any(text(a) == text(handler) for a in call_arguments(n))
               for n in walk(fn))


def _never_registered(handler: Node | None) -> str | None:
    if handler is None:
        return None
    if handler.type in FUNCTION_TYPES:
        return "an inline function"
    if handler.type == "call_expression" and callee_name(handler) == "bind" and callee_object(handler) is not None:
        return f"a fresh `{text(handler)}`"
    if handler.type == "call_expression" and WRAPPERS.match(callee_name(handler) or "") \
            and any(unwrap(a) is not None and (unwrap(a).type in FUNCTION_TYPES or unwrap(a).type in ("identifier", "member_expression"))
                    for a in call_arguments(handler)[:1]):
        return f"a new wrapper, `{text(handler)}`"  # `throttle(fn, 150)` makes another function on every call
    if handler.type == "call_expression" and handler.child_by_field_name("function") is not None \
            and handler.child_by_field_name("function").type == "identifier" and FACTORY_NAMES.match(callee_name(handler) or ""):
        return f"a new function, `{short_text(handler, 50)}`"  # `createQuoteHandler(symbol)` makes another one on every call
    return None


# Functions named for making something new: a handler they return is another one on every call.
FACTORY_NAMES = re.compile(r"^(?:create|make|build|new)[A-Z]\w*(?:Handler|Listener|Callback|Fn|Function)$")


def _never_registered_through_helper(handler: Node | None, ctx: FileContext) -> list[tuple[Node, Node, str]]:
    """`unbindHotkeys(this.onKey.bind(this))` with `function unbindHotkeys(fn) { document.removeEventListener('keydown', fn) }`:
    the helper removes the function its caller hands it, and a caller that hands it a new one
    removes nothing. Each such call, with what it hands and why it is new."""
    slot = slot_of(handler, ctx.model) if handler is not None and handler.type == "identifier" else None
    if slot is None or slot.index < 0:
        return []
    if _registers_itself(slot.function, handler):
        return []  # `watch(e, fn) { e.on('x', fn); return () => e.off('x', fn) }`: it removes what it registered itself
    found = []
    for site in call_sites(slot.function, ctx.model):
        args = call_arguments(site)
        argument = unwrap(args[slot.index]) if slot.index < len(args) else None
        problem = _never_registered(argument)
        if problem is not None:
            found.append((site, argument, problem))
    return found


def _handed_alike(site: Node, argument: Node, ctx: FileContext) -> Node | None:
    """Another call of the file handed an argument spelled as `argument` (`listen(window,
    'scroll', this.onScroll.bind(this))` beside the `unlisten(...)` at `site`): the registration
    whose listener the removal misses, as its reader would pair them."""
    spelled = argument.text or b""
    data = ctx.source.data
    at = data.find(spelled)
    while spelled and at != -1:
        node = ctx.source.root.descendant_for_byte_range(at, at + len(spelled))
        while node is not None and node.parent is not None and (node.start_byte, node.end_byte) == (node.parent.start_byte, node.parent.end_byte):
            node = node.parent
        holder = node.parent if node is not None else None
        call = holder.parent if holder is not None and holder.type == "arguments" else None
        if call is not None and call.type == "call_expression" and call != site and (node.start_byte, node.end_byte) == (at, at + len(spelled)):
            return call
        at = data.find(spelled, at + 1)
    return None


# Functions that wrap the function they are given in a new one: lodash's and their like.
WRAPPERS = re.compile(r"^(?:throttle|debounce|once|memoize|rafThrottle|rafSchedule|wrap|wrapHandler|withErrorHandling)$")


def _registered_later_per_call(removal: Node, handler: Node | None, ctx: FileContext) -> Node | None:
    """`function clear() {}; cm.off('blur', clear); ... cm.on('blur', clear)` in one function:
    the handler is made per call, and the removal runs before this call registers it, so it can
    only have been meant for an earlier call's registration, whose function it is not."""
    fn = enclosing_function(removal)
    if handler is None or handler.type != "identifier" or fn is None:
        return None
    binding = ctx.model.binding_of(handler)
    made = binding.declaration if binding is not None else None
    if made is None or enclosing_function(made) != fn or binding.kind not in (BindingKind.FUNCTION, BindingKind.CONST, BindingKind.LET, BindingKind.VAR):
        return None  # declared outside: the same function object on every call
    receiver, event = text(callee_object(removal)), text(call_arguments(removal)[0])
    later = None
    for node in walk(fn):
        if node.type != "call_expression" or callee_name(node) not in REGISTER_METHODS:
            continue
        args = call_arguments(node)
        if len(args) >= 2 and enclosing_function(node) == fn and text(callee_object(node)) == receiver \
                and text(args[0]) == event and text(unwrap(args[1])) == text(handler):
            if node.start_byte < removal.start_byte:
                return None  # this call registered it first: the removal takes down its own listener
            later = later or node
    return later


def _chain_root(node: Node | None) -> Node | None:
    """`socket.removeListener('a', f).removeListener('b', g)`: every call in the chain is on `socket`."""
    node = unwrap(node)
    while node is not None and node.type == "call_expression" and callee_name(node) in CHAINING_METHODS:
        node = unwrap(callee_object(node))
    return node


def _other_handler_registered(removal: Node, handler: Node | None, ctx: FileContext) -> Node | None:
    """`socket.on('close', onFinished)` but `socket.removeListener('close', onClose)`, in the
    function where the handlers are made: the removal takes down a listener nobody added for
    that event on that receiver, and the one that was added stays."""
    binding = ctx.model.binding_of(handler) if handler is not None and handler.type == "identifier" else None
    scope = enclosing_function(binding.declaration) if binding is not None else None
    if scope is None:
        return None  # a module-level or imported handler: registered who knows where
    receiver, event = text(_chain_root(callee_object(removal))), text(call_arguments(removal)[0])
    if string_value(call_arguments(removal)[0]) is None:
        return None  # `off(type, fn)`: which event is a run-time value
    others = []
    for node in walk(scope):
        if node.type != "call_expression" or callee_name(node) not in REGISTER_METHODS:
            continue
        args = call_arguments(node)
        if len(args) < 2 or text(args[0]) != event or text(_chain_root(callee_object(node))) != receiver:
            continue
        if text(unwrap(args[1])) == text(handler):
            return None  # it is registered: the removal matches
        others.append(node)
    other = others[0] if len(others) == 1 and unwrap(call_arguments(others[0])[1]).type == "identifier" else None
    if other is None or _aliased(handler, text(unwrap(call_arguments(other)[1])), scope):
        return None
    registered = text(unwrap(call_arguments(other)[1]))
    for node in walk(scope):  # the registered one is removed too: this removal is a stray no-op, nothing stays
        if node.type == "call_expression" and node != removal and callee_name(node) == callee_name(removal):
            args = call_arguments(node)
            if len(args) >= 2 and text(args[0]) == event and text(unwrap(args[1])) == registered \
                    and text(_chain_root(callee_object(node))) == receiver:
                return None
    return other


def _aliased(handler: Node, other: str, scope: Node) -> bool:
    """`_resolve = resolve`: the removed name holds the registered function."""
    name = text(handler)
    for node in walk(scope):
        if node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        elif node.type == "variable_declarator":
            left, right = node.child_by_field_name("name"), node.child_by_field_name("value")
        else:
            continue
        if {text(left), text(unwrap(right))} == {name, other}:
            return True
        if text(left) == name and _returns_handler(unwrap(right), other, scope):
            return True  # `active = listen(next)`, `listen` returning the `onPointerDown` it registered
    return False


def _returns_handler(value: Node | None, other: str, scope: Node) -> bool:
    """`value` calls a function declared in `scope` that hands back the function `other`."""
    callee = unwrap(value.child_by_field_name("function")) if value is not None and value.type == "call_expression" else None
    if callee is None or callee.type != "identifier":
        return False
    for node in walk(scope):
        declared = node if node.type == "function_declaration" and text(node.child_by_field_name("name")) == text(callee) else \
            unwrap(node.child_by_field_name("value")) if node.type == "variable_declarator" and text(node.child_by_field_name("name")) == text(callee) else None
        if declared is not None and declared.type in (*FUNCTION_TYPES, "function_declaration"):
            return any(text(unwrap(v)) == other for v in returned_values(declared))
    return False


def _link(call: Node) -> Node:
    """Where a call of a chain is written: `.on('close', f)` of `socket.on(...).on(...)`, not the
    chain's first line."""
    member = call.child_by_field_name("function")
    if member is None or member.type != "member_expression" or unwrap(member.child_by_field_name("object")).type != "call_expression":
        return call
    return member.child_by_field_name("property") or call
