"""Lists inside the entries of a long-lived table: `topics.set(name, { history: [] })`, then
`topics.get(name).history.push(message)` on every publish.

The table itself may be bounded (one entry per configured topic, per room, per tenant) and
still hold memory without end: each entry carries an array that every call appends to and
nothing ever trims. What the table's own reading misses is that the growth happens one level
down, through an entry read back from it. Read from the bytes first (an entry literal with an
empty array field, and a push on a field of that name), then checked on the tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from .keys import key_of, read_table
from .model import SemanticModel
from .nodes import call_arguments, callee_name, callee_object, returned_values, sibling_method, text, unwrap
from .scopes import BindingKind


@dataclass(frozen=True)
class InnerList:
    field: str  # the entry's array field: "history"
    made: Node  # `history: []` in the entry the table is given
    growth: Node  # `state.history.push(message)`


# `.history.push(`, `.log.unshift(`: an append on a named field (group 1: the field).
FIELD_APPEND = re.compile(rb"\.\s*([\w$]+)\s*\.\s*(?:push|unshift)\s*\(")
# What trims a field's array, wherever it is spelled: a shift, splice or pop, a length written,
# the field given a new array (`entry.history = entry.history.slice(-50)`), or a cap by slice.
TRIMS = r"\.\s*{0}\s*\.\s*(?:shift|splice|pop)\s*\(|\.\s*{0}\s*\.\s*length\s*=[^=]|\.\s*{0}\s*=[^=]|\b{0}\s*:\s*[\w$.]+\.\s*{0}\s*\.\s*slice\("


def inner_lists(container_keys: tuple, grows: list[Node], model: SemanticModel) -> list[InnerList]:
    """The array fields of the entries `grows` put into the container `container_keys` names,
    appended to through an entry read back from it and trimmed nowhere in the file."""
    data = model.data
    fields = {}
    for site in grows:
        for name, made in _empty_array_fields(_entry_value(site)):
            fields.setdefault(name, made)
    found = []
    for name, made in fields.items():
        if re.search(TRIMS.format(re.escape(name)).encode(), data):
            continue
        for match in FIELD_APPEND.finditer(data):
            if match.group(1).decode("utf-8", "replace") != name:
                continue
            leaf = model.root.descendant_for_byte_range(match.end() - 1, match.end())
            call = leaf.parent if leaf is not None else None
            if call is not None and call.type == "arguments":
                call = call.parent
            if call is None or call.type != "call_expression" or callee_name(call) not in ("push", "unshift"):
                continue
            field_node = unwrap(callee_object(call))
            entry = unwrap(field_node.child_by_field_name("object")) if field_node is not None and field_node.type == "member_expression" else None
            if entry is not None and _read_back(entry, container_keys, model):
                found.append(InnerList(name, made, call))
                break
    return found


def _entry_value(site: Node) -> Node | None:
    """What an add puts in: `m.set(k, value)`'s value, `o[k] = value`'s value."""
    if site.type == "call_expression" and callee_name(site) == "set" and len(call_arguments(site)) == 2:
        return unwrap(call_arguments(site)[1])
    if site.type == "assignment_expression":
        return unwrap(site.child_by_field_name("right"))
    return None


def _empty_array_fields(value: Node | None) -> list[tuple[str, Node]]:
    """`{ history: [], subscribers: new Set() }`: the fields given an empty array."""
    if value is None or value.type != "object":
        return []
    return [(text(pair.child_by_field_name("key")), pair) for pair in value.named_children if pair.type == "pair"
            and (v := unwrap(pair.child_by_field_name("value"))) is not None and v.type == "array" and not v.named_children]


def _read_back(entry: Node, container_keys: tuple, model: SemanticModel, depth: int = 0) -> bool:
    """`topics.get(name)`, `topics[name]`, a const holding one, or a call of a function of the
    file that returns one (`this.requireTopic(name)`)."""
    node = unwrap(entry)
    if node is None or depth > 4:  # (a const, a helper's return, the const it returns, the read)
        return False
    if node.type == "identifier":
        binding = model.binding_of(node)
        return binding is not None and binding.kind is BindingKind.CONST and binding.value is not None \
            and _read_back(binding.value, container_keys, model, depth + 1)
    table = read_table(node)
    if table is not None:
        return key_of(table, model) in container_keys
    if node.type != "call_expression":
        return False
    fn = _own_function(node, model)
    return fn is not None and any(_read_back(value, container_keys, model, depth + 1) for value in returned_values(fn))


def _own_function(call: Node, model: SemanticModel) -> Node | None:
    """The function of this file a call runs: `helper(x)`, or `this.method(x)` of the class around it."""
    callee = unwrap(call.child_by_field_name("function"))
    if callee is not None and callee.type == "identifier":
        return model.function_named(callee)
    if callee is None or callee.type != "member_expression" or unwrap(callee.child_by_field_name("object")).type != "this":
        return None
    return sibling_method(call, text(callee.child_by_field_name("property")))

