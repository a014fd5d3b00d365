"""Parameters a function keeps on another parameter's object: the `keep` effect in a summary.

`wrapMethod(target, name, hook)` that does `target[name] = function (...args) { ...; hook(...) }`
keeps `hook` on whatever `target` is, for as long as that object lives; so does
`instrument(obj, name, make)` with `obj[name] = make(obj[name])`, which keeps what calling its
parameter returns (a closure the caller's function made). Called per request with a long-lived
target and a closure of the request, each call leaves one more closure, and the request it
captures, on the target: the wrapper chain grows by one link per call.
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from .model import SemanticModel
from .nodes import FUNCTION_TYPES, enclosing_function, unwrap, walk
from .scopes import Binding, BindingKind
from .summaries import parameter_index


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
    if body is None or body.type != "statement_block":
        return []
    found = []
    for node in walk(body, skip=FUNCTION_TYPES):
        if node.type != "assignment_expression":
            continue
        left = unwrap(node.child_by_field_name("left"))
        if left is None or left.type not in ("member_expression", "subscript_expression"):
            continue
        holder = _parameter_of(unwrap(left.child_by_field_name("object")), fn, model)
        kept = _kept_parameter(unwrap(node.child_by_field_name("right")), fn, model)
        if holder is not None and kept is not None and holder != kept:
            found.append(Keep(holder, kept, node))
    return found


def _kept_parameter(value: Node | None, fn: Node, model: SemanticModel) -> int | None:
    if value is None:
        return None
    if value.type == "identifier":
        binding = model.binding_of(value)
        made = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and binding.value is not None else None
        if made is not None and made.type in ("call_expression", *FUNCTION_TYPES):
            return _kept_parameter(made, fn, model)  # `const wrapped = make(original); target[name] = wrapped`
        return _parameter_of(value, fn, model)
    if value.type == "call_expression":  # `make(original)`: what the caller's function hands back
        return _parameter_of(unwrap(value.child_by_field_name("function")), fn, model)
    if value.type in FUNCTION_TYPES:  # `function instrumented(...args) { ...; onCall(...) }`
        for node in walk(value):
            if node.type == "identifier" and node.parent is not None and node.parent.type == "call_expression" \
                    and node.parent.child_by_field_name("function") == node:
                index = _parameter_of(node, fn, model)
                if index is not None:
                    return index
    return None


def _parameter_of(node: Node | None, fn: Node, model: SemanticModel) -> int | None:
    """The position of the parameter of `fn` that `node` names, directly or through a const
    that holds it."""
    if node is None or node.type != "identifier":
        return None
    binding = model.binding_of(node)
    if binding is not None and binding.kind is BindingKind.CONST and binding.value is not None and unwrap(binding.value) is not None \
            and unwrap(binding.value).type == "identifier":
        binding = model.binding_of(unwrap(binding.value))
    return _index(binding, fn)


def _index(binding: Binding | None, fn: Node) -> int | None:
    if binding is None or binding.kind is not BindingKind.PARAMETER or enclosing_function(binding.identifier) != fn:
        return None
    return parameter_index(fn, binding.identifier)

