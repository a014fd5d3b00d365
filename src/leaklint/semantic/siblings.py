"""Sibling containers: entries kept under one key in several fields, removed from only some.

A transport keeps a pending request in `this.pendingRequests` and, for a streamed reply, its
stream in `this.pendingResStreams`, both under the request's `id`. Its removal routine,
`removePendingRequest(id)`, deletes from the first only; one caller deletes from the second
by hand right after it, the timeout and the disconnect paths do not. Every request that ends
on those paths leaves its stream behind. Read per class: the fields grown under a key named
like a removal routine's parameter, the routine that removes that key from a sibling field,
and the calls of the routine that never remove it from this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from .nodes import call_arguments, callee_name, text, unwrap, walk

# Methods whose job is to forget an entry: `removePendingRequest(id)`, `_unregister(key)`.
REMOVAL_ROUTINES = re.compile(r"^_*(?:remove|delete|unregister|forget|drop|evict|release|cleanup|clean|untrack|detach)(?:[A-Z_]|$)")
GROW_METHODS = frozenset({"set", "add"})
SHRINK_METHODS = frozenset({"delete"})
CLEAR_METHODS = frozenset({"clear"})


@dataclass(frozen=True)
class Use:
    field_name: str
    kind: str  # "add", "remove" or "clear"
    site: Node
    key: str  # the key as written ("" for a clear)
    method: Node


@dataclass(frozen=True)
class Forgotten:
    field_name: str  # the sibling field the routine forgets: "pendingResStreams"
    growth: Node  # where it gains an entry under the key
    routine: str  # "removePendingRequest"
    removed_from: str  # the field the routine does remove from
    caller: Node  # a call of the routine in a method that never removes from this field


def forgotten_siblings(class_body: Node) -> list[Forgotten]:
    methods = [m for m in class_body.named_children if m.type == "method_definition"]
    uses = [use for method in methods for node in walk(method) if (use := _use_at(node, method)) is not None]
    found = []
    for method in methods:
        name = text(method.child_by_field_name("name"))
        params = method.child_by_field_name("parameters")
        param_names = {text(p) for p in params.named_children if p.type == "identifier"} if params is not None else set()
        if not REMOVAL_ROUTINES.match(name) or not param_names:
            continue
        here = [u for u in uses if u.method == method]
        removed = {u.field_name for u in here if u.kind == "remove" and u.key in param_names}
        if not removed:
            continue
        for sibling in sorted({u.field_name for u in uses} - removed):
            if any(u.field_name == sibling and u.kind in ("remove", "clear") for u in here):
                continue
            if any(u.field_name == sibling and u.kind == "clear" for u in uses):
                continue  # a field emptied wholesale somewhere is not this shape
            growth = next((u.site for u in uses if u.field_name == sibling and u.kind == "add" and u.key in param_names), None)
            caller = _forgetting_caller(name, sibling, methods, uses) if growth is not None else None
            if caller is not None:
                found.append(Forgotten(sibling, growth, name, sorted(removed)[0], caller))
    return found


def _use_at(node: Node, method: Node) -> Use | None:
    """`this.f.set(k, v)`, `this.f[k] = v`, `this.f.delete(k)`, `delete this.f[k]`,
    `this.f.clear()`, or `this.f = ...` outside the constructor (emptied wholesale)."""
    if node.type == "call_expression":
        fn = node.child_by_field_name("function")
        owner = _this_field(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
        name, args = callee_name(node), call_arguments(node)
        if owner is None:
            return None
        if name in GROW_METHODS and args:
            return Use(owner, "add", node, text(unwrap(args[0])), method)
        if name in SHRINK_METHODS and args:
            return Use(owner, "remove", node, text(unwrap(args[0])), method)
        if name in CLEAR_METHODS:
            return Use(owner, "clear", node, "", method)
        return None
    if node.type == "assignment_expression":
        left = unwrap(node.child_by_field_name("left"))
        if left is not None and left.type == "subscript_expression":
            owner = _this_field(left.child_by_field_name("object"))
            return Use(owner, "add", node, text(unwrap(left.child_by_field_name("index"))), method) if owner is not None else None
        owner = _this_field(left)
        if owner is not None and text(method.child_by_field_name("name")) != "constructor":
            return Use(owner, "clear", node, "", method)
        return None
    if node.type == "unary_expression" and text(node.child_by_field_name("operator")) == "delete":
        target = unwrap(node.child_by_field_name("argument"))
        owner = _this_field(target.child_by_field_name("object")) if target is not None and target.type == "subscript_expression" else None
        return Use(owner, "remove", node, text(unwrap(target.child_by_field_name("index"))), method) if owner is not None else None
    return None


def _this_field(node: Node | None) -> str | None:
    node = unwrap(node)
    if node is None or node.type != "member_expression":
        return None
    owner = unwrap(node.child_by_field_name("object"))
    return text(node.child_by_field_name("property")) if owner is not None and owner.type == "this" else None


def _forgetting_caller(routine: str, sibling: str, methods: list[Node], uses: list[Use]) -> Node | None:
    """A call `this.<routine>(...)` in a method that removes nothing from `sibling` itself."""
    for method in methods:
        if any(u.method == method and u.field_name == sibling and u.kind == "remove" for u in uses):
            continue
        for node in walk(method):
            if node.type == "call_expression" and callee_name(node) == routine:
                fn = node.child_by_field_name("function")
                owner = unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
                if owner is not None and owner.type == "this":
                    return node
    return None
