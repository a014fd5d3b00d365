"""Entries removed when an operation ends one way but not another: `events.on('completed', ...)`
deletes the job's waiters, `events.on('failed', ...)` reads and answers them but leaves them.
Both listeners look the entry up by the same key, so the code knows both ends reach it; the
one that forgets to remove it keeps every entry of an operation that ends that way. Read by
the collection rule for the removals it found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tree_sitter import Node

from .missed_paths import Miss, line, listener_of
from .nodes import FUNCTION_TYPES, callee_name, callee_object, call_arguments, enclosing_function, string_value, text, unwrap, walk
from .releases import normalised, removed_key
from .paths import LISTEN_METHODS

if TYPE_CHECKING:
    from .model import SemanticModel

# Events that end an operation, grouped by the operations they end: one of a group is the
# other outcome of the operations the rest end.
OUTCOMES = (
    frozenset({"completed", "failed", "stalled", "error"}),
    frozenset({"success", "failure", "error"}),
    frozenset({"done", "fail", "failed", "error"}),
    frozenset({"resolved", "rejected"}),
    frozenset({"fulfilled", "rejected"}),
    frozenset({"finished", "failed", "cancelled", "canceled", "aborted", "timeout"}),
    frozenset({"response", "reply", "error", "timeout", "abort"}),  # a client's requests
    frozenset({"end", "error"}),  # a stream's
)


def released_on_one_outcome(container: str, releases: list[Node], model: "SemanticModel") -> Miss | None:
    """The removals all sit in listeners for one outcome of operations on one emitter, and a
    listener on the same emitter for another outcome reads the container (`waiters.get(id)`)
    without removing from it: an operation that ends that way keeps its entry."""
    ends = {listener_of(r) for r in releases}
    if not releases or None in ends or len(ends) != 1:
        return None
    registration, event = next(iter(ends))
    prefix, word = _outcome_word(event)
    group = next((g for g in OUTCOMES if word in g), None)
    fn = enclosing_function(registration)
    scope = (fn.child_by_field_name("body") or fn) if fn is not None else registration
    while fn is None and scope.parent is not None:
        scope = scope.parent  # at module level: the whole file
    if group is None:
        return None
    emitter = normalised(callee_object(registration))
    for other in walk(scope, skip=FUNCTION_TYPES):
        if other.type != "call_expression" or other == registration or callee_name(other) not in LISTEN_METHODS:
            continue
        args = call_arguments(other)
        other_event = string_value(args[0]) if args else None
        handler = unwrap(args[1]) if len(args) > 1 else None
        if other_event is None or other_event == event or _outcome_word(other_event)[0] != prefix or _outcome_word(other_event)[1] not in group or handler is None or handler.type not in FUNCTION_TYPES \
                or callee_object(other) is None or normalised(callee_object(other)) != emitter:
            continue
        if _removes(handler, container, model):
            continue
        first = releases[0]
        if _reads(handler, container):
            return Miss(other, f"the '{other_event}' listener at line {line(other)}, which reads the entry but leaves it", first,
                        f"on '{event}' only (line {line(first)})")
        if _handed_the_key(handler, first):  # `({ jobId, failedReason }) => log(...)`: it gets the operation's id, and forgets it
            return Miss(other, f"the '{other_event}' listener at line {line(other)}, which gets the same key and leaves the entry", first,
                        f"on '{event}' only (line {line(first)})")
    return None


def _handed_the_key(handler: Node, release: Node) -> bool:
    """The listener for the other outcome is handed, under the same name, the key the removal
    takes out (`waiting.delete(jobId)` in one, `({ jobId, failedReason }) => ...` the other)."""
    key = removed_key(release)
    if key is None or key.type != "identifier":
        return False
    params = handler.child_by_field_name("parameters") or handler.child_by_field_name("parameter")
    return params is not None and any(n.type in ("identifier", "shorthand_property_identifier_pattern") and text(n) == text(key)
                                      for n in walk(params))


def _outcome_word(event: str) -> tuple[str, str]:
    """`render:done` -> (`render:`, `done`): a namespaced event's outcome is its last word, and
    the other outcome of the same operations shares the namespace (`render:failed`)."""
    cut = max(event.rfind(":"), event.rfind("."))
    return event[:cut + 1], event[cut + 1:]


def _deletes_entry(node: Node, container: str) -> bool:
    """`delete inFlight[jobId]`."""
    target = unwrap(node.child_by_field_name("argument")) if node.type == "unary_expression" and text(node).startswith("delete") else None
    return target is not None and target.type == "subscript_expression" and text(target.child_by_field_name("object")) == container


def _reads(handler: Node, container: str) -> bool:
    return any(n.type == "call_expression" and callee_name(n) in ("get", "has") and callee_object(n) is not None
               and text(callee_object(n)) == container for n in walk(handler))


def _removes(handler: Node, container: str, model: "SemanticModel") -> bool:
    """It removes from the container, itself or through a call of something that does (`finish(id)`)."""
    for n in walk(handler):
        if _deletes_entry(n, container):
            return True
        if n.type != "call_expression":
            continue
        if callee_name(n) in ("delete", "clear") and callee_object(n) is not None and text(callee_object(n)) == container:
            return True
        callee = unwrap(n.child_by_field_name("function"))
        if callee is not None and callee.type == "identifier":
            fn = model.function_named(callee)
            if fn is not None and f"{container}.delete(".encode() in (fn.text or b""):
                return True  # `finish(jobId)`, which removes it
        elif callee is not None and callee.type == "member_expression" and text(callee_object(n)) == "this":
            return True  # a method of the instance, which may remove it: not judged
    return False
