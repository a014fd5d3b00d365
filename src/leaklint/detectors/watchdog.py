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

from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..semantic import RunsHow
from ..semantic.callers import refine
from ..semantic.effects import Kind, Vocabulary
from ..semantic.nodes import (
    FUNCTION_TYPES,
    GLOBAL_OBJECT_NAMES,
    call_arguments,
    callee_name,
    callee_object,
    contains,
    enclosing_function,
    outermost,
    short_text,
    text,
    unwrap,
    walk,
)
from .base import Detector, Report, repeating_report
from .parameters import PARAMETERS


# Method calls that give an operation another way to end: listeners and promise reactions.
RACE_METHODS = frozenset({"on", "once", "addListener", "addEventListener", "then", "catch", "finally"})


class WatchdogDetector(Detector):
    kind = "watchdog"
    parameters = PARAMETERS["watchdog"]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of(functions={Kind.START: self.params["timer_functions"]})

    def check(self, ctx: FileContext) -> Iterator[Report]:
        if not any(name.encode() in ctx.source.data for name in self.params["timer_functions"]):
            return
        for start in ctx.effects.of(Kind.START, self.params["timer_functions"]):
            report = self._judge(start.node, ctx)
            if report is not None:
                yield report

    def _judge(self, call: Node, ctx: FileContext) -> Report | None:
        holder = outermost(call).parent
        if holder is None or holder.type != "expression_statement" or not _is_global_timer(call, ctx):
            return None  # the handle is kept (or handed on): whoever keeps it can clear it
        args = call_arguments(call)
        callback = unwrap(args[0]) if args else None
        if callback is None or callback.type not in FUNCTION_TYPES or len(args) < 2 or self._short(args[1]):
            return None  # a deferral (`setTimeout(fn)`, `setTimeout(fn, 0)`), or not a closure we can read
        ends = self._ended_by(callback)
        if ends is None or not self._raced(call, callback):
            return None  # not a watchdog, or the timer is the operation's only way to end
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        delay = short_text(args[1], 30)
        message = (f"watchdog timer ({delay}) that {ends} is never cleared when the operation finishes first: "
                   f"each run {runs.where} leaves a pending timer holding its closure until it fires; "
                   "keep the handle and clearTimeout() it when the operation completes")
        return repeating_report(call, message, runs, "the timer is started here and its handle dropped")

    def _short(self, delay: Node) -> bool:
        """A literal delay below the rule's threshold: the timer is gone almost at once."""
        value = unwrap(delay)
        literal = text(value).replace("_", "") if value is not None and value.type == "number" else None
        try:
            return literal is not None and float(literal) < self.params["min_delay_ms"]
        except ValueError:
            return False

    def _raced(self, call: Node, callback: Node) -> bool:
        """The operation can also end another way, in the function that starts the timer: a
        listener or promise reaction is registered, something is awaited or returned, or the
        same settle or teardown calls appear outside the timer's callback."""
        fn = enclosing_function(call)
        if fn is None:
            return False
        settle, teardown = set(self.params["settle_functions"]), set(self.params["teardown_methods"])
        for node in walk(fn):
            if contains(callback, node):
                continue
            if node.type == "await_expression" or (node.type == "return_statement" and node.named_children):
                return True
            if node.type == "call_expression" and node != call:
                name = callee_name(node)
                method = callee_object(node) is not None
                if (method and (name in RACE_METHODS or name in teardown)) or (not method and name in settle):
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
            if callee_object(node) is not None and name in teardown:
                return f"calls `{short_text(node.child_by_field_name('function'), 40)}()`"
        return None


def _is_global_timer(call: Node, ctx: FileContext) -> bool:
    fn = unwrap(call.child_by_field_name("function"))
    if fn is not None and fn.type == "identifier":
        binding = ctx.model.binding_of(fn)
        return binding is None or (binding.source_module or "").removeprefix("node:") == "timers"
    owner = callee_object(call)
    return owner is not None and text(owner) in (*GLOBAL_OBJECT_NAMES, "timers")
