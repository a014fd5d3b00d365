"""Parameters a function keeps on another parameter's object: the `keep` effect in a summary.

`wrapMethod(target, name, hook)` that does `target[name] = function (...args) { ...; hook(...) }`
keeps `hook` on whatever `target` is, for as long as that object lives; so does
`instrument(obj, name, make)` with `obj[name] = make(obj[name])`, which keeps what calling its
parameter returns (a closure the caller's function made). Called per request with a long-lived
target and a closure of the request, each call leaves one more closure, and the request it
captures, on the target: the wrapper chain grows by one link per call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from .model import SemanticModel
from .builder import pattern_identifiers
from .nodes import FUNCTION_TYPES, text, unwrap, walk
from .summaries import parameter_list


@dataclass(frozen=True)
class Keep:
    holder: int  # the parameter whose object gets the property
    kept: int  # the parameter whose value (or a closure over it, or what calling it returns) is stored there
    store: Node  # the assignment


def parameter_keeps(fn: Node, model: SemanticModel) -> list[Keep]:
    """Every store in `fn`'s own body into a property of one of its parameters' objects (also
    through a const alias, `const t = target as Rec`) of another parameter: itself, a function
    written there that uses it, or what calling it returns."""
    answers = model.memo.setdefault("keeps.parameter_keeps", {})
    if fn.id not in answers:
        answers[fn.id] = _parameter_keeps(fn, model)
    return answers[fn.id]


def _parameter_keeps(fn: Node, model: SemanticModel) -> list[Keep]:
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block" or not _may_store_on_parameter(fn, body, model.data):
        return []
    # Read by name, in one walk: the parameters, the consts that alias one (`const t = target
    # as Rec`) or hold what the function makes (`const wrapped = make(original)`), the stores.
    positions = {name: index for index, name in enumerate(parameter_list(fn)) if name is not None}
    aliases: dict[str, int] = {}
    made: dict[str, Node] = {}
    stores = []
    for node in walk(body, skip=FUNCTION_TYPES):
        if node.type == "variable_declarator":
            name, value = node.child_by_field_name("name"), unwrap(node.child_by_field_name("value"))
            if name is None or name.type != "identifier" or value is None:
                continue
            if value.type == "identifier" and text(value) in positions:
                aliases[text(name)] = positions[text(value)]
            elif value.type in ("call_expression", *FUNCTION_TYPES):
                made[text(name)] = value
        elif node.type == "assignment_expression":
            stores.append(node)
    named = {**positions, **aliases}
    found = []
    for store in stores:
        left = unwrap(store.child_by_field_name("left"))
        if left is None or left.type not in ("member_expression", "subscript_expression"):
            continue
        owner = unwrap(left.child_by_field_name("object"))
        holder = named.get(text(owner)) if owner is not None and owner.type == "identifier" else None
        value = unwrap(store.child_by_field_name("right"))
        if value is not None and value.type == "identifier" and text(value) in made:
            value = made[text(value)]  # `target[name] = wrapped`, `wrapped` made from a parameter
        kept = _kept_parameter(value, positions) if holder is not None else None
        if kept is not None and kept != holder:
            found.append(Keep(holder, kept, store))
    return found


# A name written before `.x =` or `[k] =`; a name taken into a const (`= target as Rec;`).
STORED_ON = re.compile(rb"(?<![\w$.])([A-Za-z_$][\w$]*)\s*(?:\[[^\]\n]*\]|\.\s*[\w$]+)\s*=(?!=)")
ALIASED = re.compile(rb"=\s*\(?\s*([A-Za-z_$][\w$]*)\s*(?:as\b|[;)\n])")


def _may_store_on_parameter(fn: Node, body: Node, data: bytes) -> bool:
    """Read in the function's bytes before its tree: a parameter's name written before `.x =`
    or `[k] =`, or taken into a const (`const host = target as Rec`). Most functions store on
    `this` or on locals only, and are never walked."""
    params = fn.child_by_field_name("parameters")
    names = {text(i).encode() for i in pattern_identifiers(params) if i.type == "identifier"} if params is not None else set()
    if len(names) < 2:
        return False
    start, end = body.start_byte, body.end_byte
    # what is kept: a parameter called there (`make(original)`, `hook(...)`) or stored whole (`= handler`)
    if not any(data.find(name + b"(", start, end) >= 0 or data.find(b"= " + name, start, end) >= 0 for name in names) \
            and data.find(b"function", start, end) < 0 and data.find(b"=>", start, end) < 0:
        return False  # (or a function written there, which may close over one: `pool.query = function (...) { req.log... }`)
    return any(m.group(1) in names for pattern in (STORED_ON, ALIASED) for m in pattern.finditer(data, start, end))


def _kept_parameter(value: Node | None, positions: dict[str, int]) -> int | None:
    """The parameter a stored value holds: itself, what calling it returns (`make(original)`:
    a closure the caller's function made), or a function written here that calls it."""
    if value is None:
        return None
    if value.type == "identifier":
        return positions.get(text(value))
    if value.type == "call_expression":
        callee = unwrap(value.child_by_field_name("function"))
        return positions.get(text(callee)) if callee is not None and callee.type == "identifier" else None
    if value.type in FUNCTION_TYPES:  # `function instrumented(...args) { ...; onCall(...) }`
        for node in walk(value):
            if node.type == "identifier" and node.parent is not None and node.parent.type == "call_expression" \
                    and node.parent.child_by_field_name("function") == node and text(node) in positions:
                return positions[text(node)]
        # else a parameter whose object it reads (`req.log.warn(...)`): the closure keeps that object
        own = {text(i) for i in pattern_identifiers(value.child_by_field_name("parameters"))} if value.child_by_field_name("parameters") else set()
        for node in walk(value):
            if node.type == "identifier" and text(node) in positions and text(node) not in own and node.parent is not None \
                    and node.parent.type == "member_expression" and node.parent.child_by_field_name("object") == node:
                return positions[text(node)]
    return None
