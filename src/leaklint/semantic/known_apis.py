"""Platform functions whose effect on their arguments is known, so that handing a container to
one is not "handed to code we cannot see" (an escape, where precision stops us).

Data, one entry a function, each with its reason. A callee missing here stays unknown.
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from .nodes import short_text, unwrap


@dataclass(frozen=True)
class KnownApi:
    """What a function does to each argument: `grow` (adds an entry to it), `release`
    (removes one), `read` (only reads it). `key` is the index of the argument naming the
    entry, when there is one; arguments past the listed roles take the last role."""

    roles: tuple[str, ...]
    key: int = -1
    reason: str = ""
    fixed_when_literal: bool = False  # sources that are object literals with fixed keys add nothing new


KNOWN_APIS: dict[str, KnownApi] = {
    "Object.assign": KnownApi(("grow", "read"), reason="copies the sources' own properties onto the target",
                              fixed_when_literal=True),
    "Object.defineProperty": KnownApi(("grow", "read", "read"), key=1, reason="adds (or redefines) one property"),
    "Reflect.set": KnownApi(("grow", "read", "read"), key=1, reason="sets one property"),
    "Reflect.defineProperty": KnownApi(("grow", "read", "read"), key=1, reason="adds (or redefines) one property"),
    "Reflect.deleteProperty": KnownApi(("release", "read"), reason="removes one property"),
    "Array.prototype.push.apply": KnownApi(("grow", "read"), reason="appends every item of the second argument"),
    "Array.prototype.push.call": KnownApi(("grow", "read"), reason="appends the remaining arguments"),
    "Object.freeze": KnownApi(("read",), reason="returns its argument, which can no longer grow"),
    "Object.getOwnPropertyNames": KnownApi(("read",), reason="lists keys"),
    "Object.fromEntries": KnownApi(("read",), reason="builds a new object from the entries"),
    "Array.prototype.slice.call": KnownApi(("read",), reason="copies"),
    "Math.max": KnownApi(("read",), reason="reads numbers"),
    "Math.min": KnownApi(("read",), reason="reads numbers"),
    "console.log": KnownApi(("read",), reason="prints"),
    "util.inspect": KnownApi(("read",), reason="formats"),
    "assert.deepStrictEqual": KnownApi(("read",), reason="compares"),
}


def known_effect(call: Node, argument: Node) -> tuple[str, Node | None] | None:
    """The role of `argument` in a call of a known platform function, with the key argument
    when the role is `grow` and the function names one; None for any other call."""
    if call.type != "call_expression":
        return None
    api = KNOWN_APIS.get(short_text(unwrap(call.child_by_field_name("function")), 80))
    if api is None:
        return None
    arguments_node = call.child_by_field_name("arguments")
    args = [a for a in arguments_node.named_children if a.type != "comment"] if arguments_node is not None else []
    index = next((i for i, a in enumerate(args) if a == argument), None)
    if index is None:
        return None
    if args[index].type == "spread_element":
        return None
    role = api.roles[min(index, len(api.roles) - 1)]
    if role == "grow" and api.fixed_when_literal and all(_fixed_keys(a) for a in args[index + 1:]):
        return "read", None  # `Object.assign(state, { ready: true })`: the same keys every time
    key = args[api.key] if role == "grow" and 0 <= api.key < len(args) else None
    return role, key


def _fixed_keys(node: Node) -> bool:
    node = unwrap(node)
    if node is None or node.type != "object":
        return False
    return all(p.type in ("pair", "shorthand_property_identifier", "method_definition", "comment")
               and (p.type != "pair" or p.child_by_field_name("key").type != "computed_property_name")
               for p in node.named_children)
