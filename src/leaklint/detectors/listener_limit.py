"""The listener-limit detector: code that switches off Node's leak warning.

`emitter.setMaxListeners(0)` (or Infinity) and `EventEmitter.defaultMaxListeners = 0` silence
MaxListenersExceededWarning, the only signal Node gives at run time that listeners pile up.
A finite raise (`setMaxListeners(50)`) keeps the warning and is left alone.
"""

from __future__ import annotations

from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..semantic.nodes import call_arguments, callee_name, callee_object, text, unwrap
from .base import Detector, Report
from .parameters import PARAMETERS

UNLIMITED = "unlimited"


class ListenerLimitDetector(Detector):
    kind = "listener-limit"
    parameters = PARAMETERS["listener-limit"]

    def check(self, ctx: FileContext) -> Iterator[Report]:
        names = [*self.params["limit_methods"], *self.params["limit_properties"]]
        if not ctx.source.data.has_any(names):
            return
        for call in ctx.calls_named(self.params["limit_methods"]):
            report = self._check_call(call, ctx)
            if report is not None:
                yield report
        for assignment in ctx.captures("(assignment_expression) @assignment", "assignment"):
            report = self._check_assignment(assignment, ctx)
            if report is not None:
                yield report

    def _check_call(self, call: Node, ctx: FileContext) -> Report | None:
        if callee_name(call) not in self.params["limit_methods"]:
            return None
        args = call_arguments(call)
        if not args or _limit_value(args[0], ctx) != UNLIMITED:
            return None
        if callee_object(call) is not None:
            receiver = f"`{text(callee_object(call))}`"
        elif self._imported_from_events(call, ctx):
            receiver = "the given targets" if len(args) > 1 else "every new emitter"
        else:
            return None
        return Report(
            call,
            f"{callee_name(call)}({text(args[0])}) removes the listener limit of {receiver}, silencing "
            "MaxListenersExceededWarning, Node's only run-time sign of a listener leak",
        )

    def _imported_from_events(self, call: Node, ctx: FileContext) -> bool:
        """A free `setMaxListeners(...)` is Node's only when imported from the events module."""
        binding = ctx.model.binding_of(call.child_by_field_name("function"))
        return binding is not None and binding.source_module in self.params["events_modules"]

    def _check_assignment(self, assignment: Node, ctx: FileContext) -> Report | None:
        left = unwrap(assignment.child_by_field_name("left"))
        if left is None or left.type != "member_expression":
            return None
        if text(left.child_by_field_name("property")) not in self.params["limit_properties"]:
            return None
        if _limit_value(assignment.child_by_field_name("right"), ctx) != UNLIMITED:
            return None
        return Report(
            assignment,
            f"`{text(left)}` set to {text(assignment.child_by_field_name('right'))} removes the listener limit of "
            "every emitter, silencing MaxListenersExceededWarning, Node's only run-time sign of a listener leak",
        )


def _limit_value(node: Node | None, ctx: FileContext) -> str | None:
    """UNLIMITED for 0, Infinity, Number.POSITIVE_INFINITY, or a const holding one of them."""
    node = unwrap(node)
    for _ in range(4):  # follow `const NO_LIMIT = 0` a few steps, never a cycle
        if node is None:
            return None
        if node.type == "identifier":
            if text(node) == "Infinity" and ctx.model.is_global(node, "Infinity"):
                return UNLIMITED
            binding = ctx.model.binding_of(node)
            if binding is None or binding.kind.value != "const":
                return None
            node = unwrap(binding.value)
            continue
        if node.type == "number":
            return UNLIMITED if _is_zero(text(node)) else None
        if node.type == "member_expression" and text(node) == "Number.POSITIVE_INFINITY":
            return UNLIMITED
        return None
    return None


def _is_zero(literal: str) -> bool:
    try:
        return float(int(literal, 0) if literal.lower().startswith(("0x", "0o", "0b")) else literal.replace("_", "")) == 0
    except ValueError:
        return False
