"""The removal-mismatch detector: an `off(...)` that can never remove anything.

Listeners are removed by identity. An inline function or a fresh `.bind(...)` handed to a
removal is a new object that was never registered, so the call is a silent no-op and the
listener it was meant to remove stays.
"""

from __future__ import annotations

from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..semantic.effects import Kind, Vocabulary
from ..semantic.nodes import FUNCTION_TYPES, call_arguments, callee_name, callee_object, enclosing_function, string_value, text, unwrap, walk
from ..semantic.scopes import BindingKind
from .base import Detector, Report
from .parameters import PARAMETERS

# Methods that register what the removal would take down.
REGISTER_METHODS = frozenset({"on", "addListener", "addEventListener", "prependListener", "once"})


class RemovalMismatchDetector(Detector):
    kind = "removal-mismatch"
    parameters = PARAMETERS["removal-mismatch"]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of({Kind.RELEASE: self.params["remove_methods"]})

    def check(self, ctx: FileContext) -> Iterator[Report]:
        names = self.params["remove_methods"]
        if not any(name.encode() in ctx.source.data for name in names):
            return
        for removal in ctx.effects.of(Kind.RELEASE, names):
            if not removal.is_method:
                continue
            call = removal.node
            args = call_arguments(call)
            handler = unwrap(args[1]) if len(args) >= 2 else None
            event = string_value(args[0])
            shown = f"'{event}'" if event is not None else f"`{text(args[0])}`"
            problem = _never_registered(handler)
            if problem is not None:
                yield Report(
                    call,
                    f"{callee_name(call)}({shown}, ...) is given {problem}, which was never registered; "
                    "the call removes nothing and the listener it targets stays",
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


def _never_registered(handler: Node | None) -> str | None:
    if handler is None:
        return None
    if handler.type in FUNCTION_TYPES:
        return "an inline function"
    if handler.type == "call_expression" and callee_name(handler) == "bind" and callee_object(handler) is not None:
        return f"a fresh `{text(handler)}`"
    return None


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
    for node in walk(fn):
        if node.type != "call_expression" or node.start_byte <= removal.end_byte or callee_name(node) not in REGISTER_METHODS:
            continue
        args = call_arguments(node)
        if len(args) >= 2 and enclosing_function(node) == fn and text(callee_object(node)) == receiver \
                and text(args[0]) == event and text(unwrap(args[1])) == text(handler):
            return node
    return None
