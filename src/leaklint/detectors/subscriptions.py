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

from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..semantic.effects import Kind, Vocabulary
from ..semantic.lifecycles import lifecycle_start, made_in
from ..semantic.nodes import FUNCTION_TYPES, call_arguments, callee_name, callee_object, enclosing_function, outermost, short_text, unwrap
from .base import Detector, Report
from .parameters import PARAMETERS


class SubscriptionDetector(Detector):
    kind = "subscription"
    parameters = PARAMETERS["subscription"]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of({Kind.SUBSCRIBE: self.params["subscribe_methods"]})

    def check(self, ctx: FileContext) -> Iterator[Report]:
        if not any(name.encode() in ctx.source.data for name in self.params["subscribe_methods"]):
            return
        for effect in ctx.effects.of(Kind.SUBSCRIBE, self.params["subscribe_methods"]):
            if effect.is_method:
                report = self._judge(effect.node, ctx)
                if report is not None:
                    yield report

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
