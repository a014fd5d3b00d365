"""Sibling containers: entries kept under one key in several fields, removed from only some.

A transport keeps a pending request in `this.pendingRequests` and, for a streamed reply, its
stream in `this.pendingResStreams`, both under the request's `id`. Its removal routine,
`removePendingRequest(id)`, deletes from the first only; one caller deletes from the second
by hand right after it, the timeout and the disconnect paths do not. Every request that ends
on those paths leaves its stream behind. Read per class: the routines named for removal that
delete their parameter's key from a field, the other fields grown under a key of that name,
and the calls of the routine in methods that never delete from those fields.

Classes are large and routines rare, so everything past the routines is found in the class's
bytes first and only then checked on the tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from .nodes import text

# Methods whose job is to forget an entry: `removePendingRequest(id)`, `_unregister(key)`.
REMOVAL_ROUTINES = re.compile(r"^_*(?:remove|delete|unregister|forget|drop|evict|release|cleanup|clean|untrack|detach)(?:[A-Z_]|$)")


@dataclass(frozen=True)
class Forgotten:
    field_name: str  # the sibling field the routine forgets: "pendingResStreams"
    growth: Node  # where it gains an entry under the key
    routine: str  # "removePendingRequest"
    removed_from: str  # the field the routine does remove from
    caller: Node  # a call of the routine in a method that never removes from this field


def forgotten_siblings(class_body: Node, data: bytes) -> list[Forgotten]:
    methods = [m for m in class_body.named_children if m.type == "method_definition"]
    found = []
    for routine in methods:
        name = text(routine.child_by_field_name("name"))
        params = routine.child_by_field_name("parameters")
        keys = [text(p) for p in params.named_children if p.type == "identifier"] if params is not None else []
        if not REMOVAL_ROUTINES.match(name) or not keys:
            continue
        own = _bytes(routine, data)
        removed = {f for key in keys for f in _removed_fields(own, key)}
        if not removed:
            continue
        body = _bytes(class_body, data)
        for key in keys:
            for sibling, offset in _grown_fields(body, key):
                if sibling in removed or _removes(own, sibling) or _emptied(class_body, data, sibling):
                    continue
                growth = _node_at(class_body, class_body.start_byte + offset)
                caller = _forgetting_caller(name, sibling, methods, data)
                if growth is not None and caller is not None:
                    found.append(Forgotten(sibling, growth, name, sorted(removed)[0], caller))
                    removed.add(sibling)  # one finding per field
    return found


def _bytes(node: Node, data: bytes) -> bytes:
    return data[node.start_byte:node.end_byte]


def _removed_fields(code: bytes, key: str) -> set[str]:
    """`this.f.delete(key)` and `delete this.f[key]` in `code`: the fields it removes `key` from."""
    k = re.escape(key.encode())
    pattern = re.compile(rb"this\.(#?[\w$]+)\s*\.\s*delete\s*\(\s*" + k + rb"\s*\)|delete\s+this\.(#?[\w$]+)\s*\[\s*" + k + rb"\s*\]")
    return {(m.group(1) or m.group(2)).decode() for m in pattern.finditer(code)}


def _grown_fields(code: bytes, key: str) -> list[tuple[str, int]]:
    """`this.f.set(key, ...)`, `this.f.add(key)` and `this.f[key] = ...`: (field, offset)."""
    k = re.escape(key.encode())
    pattern = re.compile(rb"this\.(#?[\w$]+)\s*(?:\.\s*(?:set|add)\s*\(\s*" + k + rb"\s*[,)]|\[\s*" + k + rb"\s*\]\s*=(?!=))")
    return [(m.group(1).decode(), m.start()) for m in pattern.finditer(code)]


def _removes(code: bytes, field_name: str) -> bool:
    f = re.escape(field_name.encode())
    return re.search(rb"this\." + f + rb"\s*\.\s*(?:delete|clear)\s*\(|delete\s+this\." + f + rb"\s*\[", code) is not None


def _emptied(class_body: Node, data: bytes, field_name: str) -> bool:
    """`this.f.clear()`, or `this.f = ...` outside the constructor: emptied wholesale somewhere."""
    f = re.escape(field_name.encode())
    for method in class_body.named_children:
        if method.type != "method_definition":
            continue
        code = _bytes(method, data)
        if re.search(rb"this\." + f + rb"\s*\.\s*clear\s*\(", code):
            return True
        if text(method.child_by_field_name("name")) != "constructor" and re.search(rb"this\." + f + rb"\s*=(?!=)", code):
            return True
    return False


def _node_at(root: Node, position: int) -> Node | None:
    node = root.descendant_for_byte_range(position, position + 4)  # `this`
    while node is not None and node.type not in ("call_expression", "assignment_expression"):
        node = node.parent
    return node


def _forgetting_caller(routine: str, sibling: str, methods: list[Node], data: bytes) -> Node | None:
    """A call `this.<routine>(...)` in a method that removes nothing from `sibling` itself."""
    call = re.compile(rb"this\s*\.\s*" + re.escape(routine.encode()) + rb"\s*\(")
    for method in methods:
        code = _bytes(method, data)
        if text(method.child_by_field_name("name")) == routine or _removes(code, sibling):
            continue
        match = call.search(code)
        if match is not None:
            node = method.descendant_for_byte_range(method.start_byte + match.start(), method.start_byte + match.start() + 4)
            while node is not None and node.type != "call_expression":
                node = node.parent
            if node is not None:
                return node
    return None
