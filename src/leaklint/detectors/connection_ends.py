"""Where a connection's end misses what its start added: the end removes the entry only past a
guard on something the start sets after adding it, or the framework calls the removing hook only
for some connections (graphql-ws's `onDisconnect`, for acknowledged ones only). Read by the
collection rule for entries added per connection."""

from __future__ import annotations

from tree_sitter import Node

from ..semantic.missed_paths import Miss, line
from ..semantic.nodes import FUNCTION_TYPES, ancestors, contains, enclosing_function, outermost, text, unwrap, walk
from .base import at_connection_end, gateway_event


def end_skipped_by_guard(growth: Node, fn: Node, releases: list[Node]) -> Miss | None:
    """`handleConnection(c) { clients.set(c.id, c); c.data.userId = await verify(c) }` beside
    `handleDisconnect(c) { if (!c.data.userId) return; clients.delete(c.id) }`: the connection's
    end removes only past a guard on something its start sets after it adds, so a connection
    that ends before that (a failed verify) keeps its entry."""
    ends = {enclosing_function(r) for r in releases}
    end = ends.pop() if len(ends) == 1 else None
    if end is None or not all(at_connection_end(r) for r in releases):
        return None
    set_after: dict[str, Node] = {}
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        left = unwrap(node.child_by_field_name("left")) if node.type == "assignment_expression" and node.start_byte > growth.end_byte else None
        if left is not None and left.type == "member_expression":
            set_after.setdefault(text(left.child_by_field_name("property")), node)
    requested = {name: node for name, node in _set_on_request(fn).items() if name not in set_after}
    set_after.update(requested)  # `@SubscribeMessage('authenticate')` sets `client.data.user`: only if the client sends it
    if not set_after:
        return None
    first = min(releases, key=lambda r: r.start_byte)
    for branch in (a for a in ancestors(first) if a.type == "if_statement" and contains(end, a)):  # `if (userId) { ...; clients.delete(id) }`
        read = next((name for name in _guarded_names(branch.child_by_field_name("condition"), end) if name in set_after), None)
        if read is not None and all(contains(branch, r) for r in releases):
            return Miss(branch, f"a connection without `{read}` (the `if` at line {line(branch)}), which is set {_when(read, set_after, requested)}",
                        first, f"at line {line(first)}, inside that `if`")
    for exit_ in walk(end.child_by_field_name("body") or end, skip=FUNCTION_TYPES):
        if exit_.type != "return_statement" or exit_.start_byte > first.start_byte:
            continue
        branch = next((a for a in ancestors(exit_) if a.type == "if_statement" and contains(end, a)), None)
        condition = branch.child_by_field_name("condition") if branch is not None else None
        read = next((name for name in _guarded_names(condition, end) if name in set_after), None) if condition is not None else None
        if read is not None:
            return Miss(exit_, f"the early return at line {line(exit_)} for a connection without `{read}`, which is set "
                               f"{_when(read, set_after, requested)}", first, f"at line {line(first)}, past that check")
    return None


def _when(name: str, set_after: dict[str, Node], requested: dict[str, Node]) -> str:
    if name in requested:
        return f"only by a message the client may never send (line {line(requested[name])})"
    return f"at line {line(set_after[name])}, after the entry is added"


def _set_on_request(start: Node) -> dict[str, Node]:
    """The properties a NestJS gateway's message handlers set on what they are handed
    (`client.data.user = user` in `@SubscribeMessage('authenticate')`), beside the gateway's
    connection start: set only for clients that send that message."""
    cls = start.parent.parent if start.type == "method_definition" and start.parent is not None else None
    body = cls.child_by_field_name("body") if cls is not None and gateway_event(start) is not None else None
    found: dict[str, Node] = {}
    for method in body.named_children if body is not None else ():
        event = gateway_event(method) if method.type == "method_definition" else None
        if event is None or event[1] in ("connection", "disconnect"):
            continue
        for node in walk(method.child_by_field_name("body") or method, skip=FUNCTION_TYPES):
            left = unwrap(node.child_by_field_name("left")) if node.type == "assignment_expression" else None
            if left is not None and left.type == "member_expression" and unwrap(left.child_by_field_name("object")).type != "this":
                found.setdefault(text(left.child_by_field_name("property")), node)
    return found


def _guarded_names(condition: Node, end: Node) -> set[str]:
    """The properties a guard reads: `c.data.userId` itself, or through a local const bound to it."""
    names: set[str] = set()
    for node in walk(condition):
        if node.type == "member_expression":
            names.add(text(node.child_by_field_name("property")))
        elif node.type == "identifier":
            declarator = next((d for d in walk(end.child_by_field_name("body") or end, skip=FUNCTION_TYPES) if d.type == "variable_declarator"
                               and text(d.child_by_field_name("name")) == text(node)), None)
            value = unwrap(declarator.child_by_field_name("value")) if declarator is not None else None
            if value is not None and value.type == "member_expression":
                names.add(text(value.child_by_field_name("property")))
    return names


def disconnect_after_acknowledge_only(growth: Node, releases: list[Node]) -> Miss | None:
    """`useServer({ onConnect(ctx) { live.set(ctx, info); if (!token) return false },
    onDisconnect(ctx) { live.delete(ctx) } })`: graphql-ws calls `onDisconnect` only for a
    connection it acknowledged; one that `onConnect` refuses (returns false, or throws) closes
    through `onClose` alone, and keeps its entry."""
    start = _option_hook(growth)
    if start is None or start[1] != "onConnect":
        return None
    ends = {_option_hook(r) for r in releases}
    if len(ends) != 1 or next(iter(ends)) is None or next(iter(ends))[1] != "onDisconnect" or next(iter(ends))[2] != start[2]:
        return None
    refusal = next((n for n in walk(start[0].child_by_field_name("body") or start[0], skip=FUNCTION_TYPES)
                    if n.type == "throw_statement" or (n.type == "return_statement" and text(n).replace(" ", "") in ("returnfalse", "returnfalse;"))), None)
    if refusal is None:
        return None
    return Miss(refusal, f"a connection `onConnect` refuses (line {line(refusal)}), which graphql-ws ends with `onClose` alone, never calling "
                         "`onDisconnect`", releases[0], f"at line {line(releases[0])}, in `onDisconnect` only")


def _option_hook(node: Node) -> tuple[Node, str, Node] | None:
    """The function of an options object `node` runs in, its key, and the object:
    `{ onConnect: (ctx) => ... }` or `{ onConnect(ctx) { ... } }`."""
    fn = enclosing_function(node)
    while fn is not None:
        holder = fn if fn.type == "method_definition" else outermost(fn).parent
        key = holder.child_by_field_name("name") if holder is not None and holder.type == "method_definition" else \
            holder.child_by_field_name("key") if holder is not None and holder.type == "pair" else None
        if key is not None and holder.parent is not None and holder.parent.type == "object":
            return fn, text(key), holder.parent
        fn = enclosing_function(fn)
    return None
