"""Code that answers a parked client: it takes the client's entry out of a container and
replies to what it took out.

`waiting.set(userId, res)` parks a long-poll response; `const res = waiting.get(userId);
waiting.delete(userId); res.json(n)` in another client's request, or in an exported
`deliver()` other modules call when they have something to say, answers it. Nothing
guarantees that answer comes: a client that leaves first stays parked. (A listener for the end
of work the parking request started is another matter: that end always comes.) The collection
rule and the request rule ask the same question of a removal, so the answer lives here.
"""

from __future__ import annotations

from tree_sitter import Node

from .model import SemanticModel
from .nodes import FUNCTION_TYPES, call_arguments, callee_name, callee_object, method_call_on, outermost, running_function, text, unwrap, walk
from .relays import run_by_importers
from .releases import normalised
from .requests import is_request_handler


def answers_entry(release: Node, model: SemanticModel, from_importers: bool = True) -> bool:
    """`release` (the `delete(key)` call, or the container's name in it) runs in code that
    answers another client: a request handler, or with `from_importers` a function only other
    modules call (semantic.relays.run_by_importers); and that code reads the entry under the
    same key from the same container first and calls a method of what it read."""
    call = release if release.type == "call_expression" else method_call_on(outermost(release))
    args = call_arguments(call) if call is not None and callee_name(call) == "delete" else []
    fn = running_function(release)
    if not args or fn is None or not (is_request_handler(fn) or from_importers and run_by_importers(fn, model)):
        return False
    container, key = normalised(callee_object(call)), " ".join(text(args[0]).split())
    body = fn.child_by_field_name("body") or fn
    for node in walk(body, skip=FUNCTION_TYPES):
        value = unwrap(node.child_by_field_name("value")) if node.type == "variable_declarator" else None
        name = node.child_by_field_name("name") if value is not None else None
        if value is None or name is None or name.type != "identifier" or value.type != "call_expression" or callee_name(value) != "get" \
                or normalised(callee_object(value)) != container or not call_arguments(value) \
                or " ".join(text(call_arguments(value)[0]).split()) != key:
            continue
        if any(n.type == "call_expression" and text(callee_object(n)) == text(name) for n in walk(body)):
            return True  # `target.json(...)`: it answers what it took out
    return False
