"""What the code around one use of an object does to it: grow it, release from it, alias it,
compare its size, hand it to a call, or let its value flow on.

unbounded-collection judges a container by these uses, and request-capture asks the same
question of the queue a closure lands in ("does the program ever take entries out?"), so both
read a use here, as effects (`grow`, `release`) where it is one.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from enum import Enum
from typing import Collection

from tree_sitter import Node

from .effects import Effect, Kind
from .nodes import FUNCTION_TYPES, ancestors, call_arguments, callee_name, callee_object, outermost, text, unwrap, walk

COMPARISONS = frozenset({"<", "<=", ">", ">=", "==", "===", "!=", "!=="})
VALUE_FLOW_PARENTS = frozenset(
    {"return_statement", "array", "yield_expression", "arrow_function", "jsx_expression",
     "ternary_expression", "pair", "assignment_expression", "export_specifier"}
)


class Use(str, Enum):
    GROW = "grow"  # an entry is added (effect: grow)
    RELEASE = "release"  # entries are removed or the whole is replaced (effect: release)
    ALIAS = "alias"  # `const m = cache`: the declarator's name is the object too
    SIZE = "size"  # `list.length > n`: the author compares its size
    ARGUMENT = "argument"  # handed to a call: the callee decides
    VALUE = "value"  # returned, stored, exported or put in a literal: flows on
    NEUTRAL = "neutral"  # read


@dataclass
class UseOf:
    use: Use
    effect: Effect | None = None  # for GROW and RELEASE
    node: Node | None = None  # the declarator (ALIAS), comparison (SIZE) or call (ARGUMENT)


NEUTRAL = UseOf(Use.NEUTRAL)


def use_of(node: Node, kind: str, grow_methods: Collection[str], shrink_methods: Collection[str]) -> UseOf:
    """What the code around `node`, which denotes a container of `kind` ("Map", "Set",
    "array", "object" or "any"), does to it."""
    node = outermost(node)
    parent = node.parent
    if parent is None:
        return NEUTRAL
    ptype = parent.type
    if ptype == "member_expression" and parent.child_by_field_name("object") == node:
        return _member_use(parent, node, kind, grow_methods, shrink_methods)
    if ptype == "subscript_expression" and parent.child_by_field_name("object") == node:
        return _subscript_use(parent, node, kind)
    if ptype in ("assignment_expression", "augmented_assignment_expression") and parent.child_by_field_name("left") == node:
        if _grows_itself(parent, node):
            return UseOf(Use.GROW, Effect(Kind.GROW, parent, "=", node))
        return UseOf(Use.RELEASE, Effect(Kind.RELEASE, parent, "=", node))
    if ptype == "variable_declarator" and parent.child_by_field_name("value") == node:
        return UseOf(Use.ALIAS, node=parent)
    if ptype == "arguments":
        return UseOf(Use.ARGUMENT, node=parent.parent)
    if ptype == "unary_expression" and text(parent.child_by_field_name("operator")) == "delete":
        return UseOf(Use.RELEASE, Effect(Kind.RELEASE, parent, "delete", node))
    if ptype == "spread_element":
        # the old entries in `list = [...list, x]` (counted as growth there), or a copy:
        # `[...active].map(...)` takes the entries, never the container itself
        return NEUTRAL
    if ptype in VALUE_FLOW_PARENTS or node.type == "shorthand_property_identifier":
        return UseOf(Use.VALUE)
    return NEUTRAL


def _member_use(member: Node, node: Node, kind: str, grow_methods, shrink_methods) -> UseOf:
    prop = text(member.child_by_field_name("property"))
    outer = member.parent
    called = outer is not None and outer.type == "call_expression" and outer.child_by_field_name("function") == member
    if called:
        args = call_arguments(outer)
        if prop == "splice":
            inserts = len(args) > 2
            removes = len(args) < 2 or text(unwrap(args[1])) != "0"
            if removes:
                return UseOf(Use.RELEASE, Effect(Kind.RELEASE, outer, prop, node))
            return UseOf(Use.GROW, Effect(Kind.GROW, outer, prop, node, args[-1])) if inserts else NEUTRAL
        if prop in shrink_methods:
            if prop == "delete" and args and iterator_result(args[0]):
                return NEUTRAL  # `map.delete(map.keys().next())`: an iterator's result, never a key, so nothing goes
            return UseOf(Use.RELEASE, Effect(Kind.RELEASE, outer, prop, node))
        if prop in grow_methods and _grows(kind, prop):
            if prop == "set" and len(args) == 2 and _filtered_entry(args[1], node):
                return UseOf(Use.RELEASE, Effect(Kind.RELEASE, outer, prop, node))  # `map.set(k, map.get(k).filter(w => w !== mine))`
            return UseOf(Use.GROW, Effect(Kind.GROW, outer, prop, node, args[-1] if args else None, key=args[0] if args else None))
        return NEUTRAL
    if prop in ("length", "size") and outer is not None:
        if outer.type in ("assignment_expression", "augmented_assignment_expression") and outer.child_by_field_name("left") == member:
            return UseOf(Use.RELEASE, Effect(Kind.RELEASE, outer, "length", node))  # `list.length = 0`
        if outer.type == "binary_expression" and text(outer.child_by_field_name("operator")) in COMPARISONS:
            return UseOf(Use.SIZE, node=outer)
    return NEUTRAL


def _filtered_entry(value: Node, container: Node) -> bool:
    """`(waiters.get(channel) || []).filter(...)`, written there or held in a const declared
    before: the entry the container already holds, with items taken out; stored back under
    its key, it takes something out rather than adding."""
    node = _const_value(value)
    if node is None or node.type != "call_expression" or callee_name(node) != "filter":
        return False
    held = unwrap(value)
    fn = next((a for a in ancestors(held) if a.type in FUNCTION_TYPES), None) if held.type == "identifier" else None
    if fn is not None and re.search(rb"\b" + re.escape(held.text) + rb"\s*\.\s*(?:push|unshift|splice|add)\s*\(", fn.text or b""):
        return False  # `const recent = (hits.get(ip) ?? []).filter(...); recent.push(now)`: what goes back grew
    source = _const_value(callee_object(node))
    return source is not None and f"{text(container)}.get(".encode() in (source.text or b"").replace(b" ", b"")


def _const_value(argument: Node | None) -> Node | None:
    """The node itself, or what the const it names was declared with before it."""
    node = unwrap(argument)
    if node is not None and node.type == "identifier":
        declarator = next((a for a in ancestors(node) if a.type in FUNCTION_TYPES or a.type == "program"), None)
        found = next((d for d in walk(declarator) if d.type == "variable_declarator" and text(d.child_by_field_name("name")) == text(node)
                      and d.end_byte <= node.start_byte), None) if declarator is not None else None
        node = unwrap(found.child_by_field_name("value")) if found is not None and found.parent is not None \
            and text(found.parent.child_by_field_name("kind")) == "const" else None
    return node


def iterator_result(argument: Node) -> bool:
    """`cache.keys().next()` (or a const that holds it) without its `.value`: the `{ value, done }`
    object an iterator hands back, which no Map or Set holds as a key or an entry."""
    node = _const_value(argument)
    if node is None or node.type != "call_expression" or callee_name(node) != "next" or call_arguments(node):
        return False
    inner = unwrap(callee_object(node))
    return inner is not None and inner.type == "call_expression" and callee_name(inner) in ("keys", "values", "entries")


def _subscript_use(subscript: Node, node: Node, kind: str) -> UseOf:
    index = subscript.child_by_field_name("index")
    subscript = outermost(subscript)
    outer = subscript.parent
    if outer is None:
        return NEUTRAL
    if outer.type == "unary_expression" and text(outer.child_by_field_name("operator")) == "delete":
        return UseOf(Use.RELEASE, Effect(Kind.RELEASE, outer, "delete", node, key=index))
    assigned = outer.type in ("assignment_expression", "augmented_assignment_expression") and outer.child_by_field_name("left") == subscript
    if assigned and kind in ("object", "any", "WeakMap"):  # a WeakMap written with brackets: a plain property
        return UseOf(Use.GROW, Effect(Kind.GROW, outer, "[]=", node, outer.child_by_field_name("right"), key=index))
    if assigned and kind == "array" and b".length" in (index.text or b""):
        return UseOf(Use.GROW, Effect(Kind.GROW, outer, "[]=", node, outer.child_by_field_name("right")))
    return NEUTRAL


def _grows(kind: str, method: str) -> bool:
    return {"Map": method == "set", "Set": method == "add", "array": method in ("push", "unshift")}.get(kind, kind == "any")


def _grows_itself(assignment: Node, target: Node) -> bool:
    """`list = [...list, x]` or `list = list.concat(x)`: a reassignment that keeps every entry."""
    right = unwrap(assignment.child_by_field_name("right"))
    if right is None:
        return False
    name = text(target)
    if right.type in ("array", "object"):
        return any(c.type == "spread_element" and text(c.named_children[0]) == name for c in right.named_children if c.named_children)
    if right.type == "call_expression":
        fn = unwrap(right.child_by_field_name("function"))
        return fn is not None and fn.type == "member_expression" and text(fn) == f"{name}.concat"
    return False
