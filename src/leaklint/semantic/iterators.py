"""Event iterators: `for await (const [x] of on(emitter, 'x'))` from node:events.

`events.on()` adds a listener to the emitter and keeps it until the iterator is closed: the loop
is left (`break`, `return`, `throw`) or the `{ signal }` passed in the options aborts. A loop
with neither waits on the emitter for as long as it lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from tree_sitter import Node

from .nodes import FUNCTION_TYPES, call_arguments, outermost, text, unwrap
from .search import calls_named

if TYPE_CHECKING:
    from ..context import FileContext

EVENTS_MODULES = frozenset({"events", "node:events"})
LOOPS = frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement", "switch_statement"})


def event_iterators(ctx: "FileContext") -> Iterator[tuple[Node, Node]]:
    """Each `on(emitter, event)` of node:events iterated by a `for await` loop that neither
    leaves nor passes a signal: (the call, the loop)."""
    data = ctx.source.data
    if b"for await" not in data or not data.has_any(EVENTS_MODULES):
        return
    for call in calls_named(ctx.source.root, data, ["on"]):
        loop = outermost(call).parent  # through `as AsyncIterableIterator<...>`
        args = call_arguments(call)
        if loop is None or loop.type != "for_in_statement" or unwrap(loop.child_by_field_name("right")) != call or len(args) < 2:
            continue
        if not any(c.type == "await" for c in loop.children) or not _from_events(call, ctx):
            continue
        if len(args) > 2 and "signal" in text(args[2]):
            continue  # `{ signal }`: aborted when its owner ends (what aborts it is the signal's business)
        if not _left(loop.child_by_field_name("body")):
            yield call, loop


def _from_events(call: Node, ctx: "FileContext") -> bool:
    """`on` imported from node:events, or `events.on` on the module itself."""
    callee = unwrap(call.child_by_field_name("function"))
    if callee is None:
        return False
    holder = unwrap(callee.child_by_field_name("object")) if callee.type == "member_expression" else callee
    binding = ctx.model.binding_of(holder) if holder is not None and holder.type == "identifier" else None
    if binding is None or binding.source_module not in EVENTS_MODULES:
        return False
    return binding.imported_name == "on" if callee.type == "identifier" else binding.imported_name in ("*", "default")


def _left(body: Node | None) -> bool:
    """Whether the loop body has a way out: `break` (not one of a nested loop or switch),
    `return` or `throw` (not in a nested function)."""
    stack = [(body, False)] if body is not None else []
    while stack:
        node, nested_loop = stack.pop()
        kind = node.type
        if kind in ("return_statement", "throw_statement") or (kind == "break_statement" and (not nested_loop or node.named_children)):
            return True
        if kind in FUNCTION_TYPES:
            continue
        inner = nested_loop or kind in LOOPS
        stack.extend((child, inner) for child in node.named_children)
    return False
