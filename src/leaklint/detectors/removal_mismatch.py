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
from ..semantic.nodes import FUNCTION_TYPES, call_arguments, callee_name, callee_object, string_value, text, unwrap
from .base import Detector, Report
from .parameters import PARAMETERS


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
            problem = _never_registered(handler)
            if problem is None:
                continue
            event = string_value(args[0])
            shown = f"'{event}'" if event is not None else f"`{text(args[0])}`"
            yield Report(
                call,
                f"{callee_name(call)}({shown}, ...) is given {problem}, which was never registered; "
                "the call removes nothing and the listener it targets stays",
            )


def _never_registered(handler: Node | None) -> str | None:
    if handler is None:
        return None
    if handler.type in FUNCTION_TYPES:
        return "an inline function"
    if handler.type == "call_expression" and callee_name(handler) == "bind" and callee_object(handler) is not None:
        return f"a fresh `{text(handler)}`"
    return None
