"""Two-way bridges: `client.pipe(upstream); upstream.pipe(client)`, the heart of a TCP proxy.

`pipe` ends its destination when its source ends cleanly, and does nothing else: a side that is
destroyed instead (a reset, an error, an idle timeout) never emits 'end', so the other side stays
open, with its buffers and listeners, until its own peer gives up, which may be never. A bridge
is tied when something destroys (or ends) one side from an event of the other, or when
`stream.pipeline` joins them; the code that does it may be the bridging function or, when that
function bridges its parameters, each caller that hands it the two streams.
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from .nodes import call_arguments, callee_name, callee_object, enclosing_function, text, unwrap


@dataclass(frozen=True)
class Bridge:
    """Two streams piped into each other in one function: `first.pipe(second)` at `call`."""

    function: Node
    call: Node
    first: Node
    second: Node


def bridges(pipes: list[Node]) -> list[Bridge]:
    """The bridges among these `.pipe(...)` calls, one per pair of streams, at the pipe that
    comes first (a chain `a.pipe(b).pipe(a)` bridges too: `b` is piped back into `a`)."""
    spelled: dict[tuple[int, str, str], Node] = {}
    for call in pipes:
        ends = bridge_ends(call)
        fn = enclosing_function(call)
        if ends is not None and fn is not None:
            spelled.setdefault((fn.id, text(ends[0]), text(ends[1])), call)
    found, seen = [], set()
    for (fn_id, source, sink), call in spelled.items():
        back = spelled.get((fn_id, sink, source))
        if back is None or source == sink or frozenset((fn_id, source, sink)) in seen:
            continue
        seen.add(frozenset((fn_id, source, sink)))
        first = call if call.start_byte <= back.start_byte else back
        source_node, sink_node = bridge_ends(first)
        found.append(Bridge(enclosing_function(first), first, source_node, sink_node))
    return found


def bridge_ends(call: Node) -> tuple[Node, Node] | None:
    """(source, destination) of `a.pipe(b)` when both are plain names or fields; for the outer
    pipe of `a.pipe(b).pipe(c)`, the source is `b`, which the inner pipe hands back."""
    if callee_name(call) != "pipe":
        return None
    source, args = unwrap(callee_object(call)), call_arguments(call)
    sink = unwrap(args[0]) if len(args) == 1 else None
    if source is not None and source.type == "call_expression" and callee_name(source) == "pipe":
        inner = call_arguments(source)
        source = unwrap(inner[0]) if len(inner) == 1 else None
    if source is None or sink is None or not all(n.type in ("identifier", "member_expression") for n in (source, sink)):
        return None
    return source, sink
