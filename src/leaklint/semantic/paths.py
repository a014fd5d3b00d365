"""On which path an effect runs: always, under a condition, on completion, or only on an error,
a timeout or a cancel.

A release that runs only when something goes wrong leaves the normal path leaking, so every
effect records where it sits (design 3d). Read from the effect's own function (an `if`, a
`catch`, a `finally`) and from what that function is: a `.catch` callback, an `'error'` or
`'close'` listener, a `setTimeout` callback, an `'abort'` listener, or a function named for what
went wrong (`handleError`, `onAbort`).
"""

from __future__ import annotations

import re
from enum import Enum

from tree_sitter import Node

from .nodes import FUNCTION_TYPES, call_arguments, callee_name, function_name, outermost, string_value, text


class Path(str, Enum):
    ALWAYS = "always"  # whenever its function runs
    CONDITION = "under a condition"  # an if, a switch case, a ternary branch, `a && b()`
    COMPLETION = "on completion"  # a finally block, a close/end/finish listener, `.finally()`
    ERROR = "on error"  # a catch block, a `.catch()` or rejection callback, an 'error' listener
    TIMEOUT = "on timeout"  # a setTimeout callback, a 'timeout' listener
    CANCEL = "on cancel"  # an 'abort' or 'cancel' listener

    @property
    def normal(self) -> bool:
        """Runs when the owner's use ends normally: a release here counts (design 3d)."""
        return self in (Path.ALWAYS, Path.COMPLETION)


# What a callback's registration says about when it runs: listener events and promise methods.
EVENT_PATHS = {
    "error": Path.ERROR, "close": Path.COMPLETION, "end": Path.COMPLETION, "finish": Path.COMPLETION,
    "exit": Path.COMPLETION, "disconnect": Path.COMPLETION, "disconnected": Path.COMPLETION,
    "status": Path.COMPLETION,  # a gRPC call's last event, after its end or its error
    "timeout": Path.TIMEOUT, "abort": Path.CANCEL, "cancel": Path.CANCEL, "aborted": Path.CANCEL,
}
CALLBACK_PATHS = {"catch": Path.ERROR, "finally": Path.COMPLETION, "setTimeout": Path.TIMEOUT}
LISTEN_METHODS = frozenset({"on", "once", "addListener", "addEventListener", "prependListener", "prependOnceListener"})
BRANCH_PARENTS = frozenset({"if_statement", "switch_case", "switch_default", "else_clause", "ternary_expression"})


def path_of(node: Node) -> Path:
    """The path `node` runs on within its function, or the function's own path when the node
    runs whenever the function does. The first marker met going outwards wins: a release in an
    `if` inside a `catch` runs on the error path."""
    conditional = False
    previous = node
    for parent in _parents(node):
        if parent.type in FUNCTION_TYPES:
            own = _callback_path(parent)
            own = own if own is not Path.ALWAYS else _named_path(parent)
            return own if own is not Path.ALWAYS else (Path.CONDITION if conditional else Path.ALWAYS)
        if parent.type == "catch_clause":
            return Path.ERROR
        if parent.type == "finally_clause":
            return Path.COMPLETION
        if parent.type in BRANCH_PARENTS and previous != parent.child_by_field_name("condition"):
            conditional = conditional or not (parent.type == "if_statement" and _present(parent.child_by_field_name("condition"), node))
        elif parent.type == "binary_expression" and previous == parent.child_by_field_name("right"):
            operator = text(parent.child_by_field_name("operator"))
            conditional = conditional or (operator in ("||", "??") or operator == "&&" and not _present(parent.child_by_field_name("left"), node))
        previous = parent
    return Path.CONDITION if conditional else Path.ALWAYS


# `x`, `x != null`, `x !== undefined`: a test that the thing released is there at all.
PRESENCE = re.compile(r"^\(?\s*([\w$.]+)\s*(?:!==?\s*(?:null|undefined)\s*)?\)?$")
# `if (at !== -1) list.splice(at, 1)`: the index of the entry, asked whether it was found.
FOUND_INDEX = re.compile(r"^\(?\s*([\w$]+)\s*(?:!==?\s*-1|>=\s*0|>\s*-1)\s*\)?$")


def _present(condition: Node | None, release: Node) -> bool:
    """`if (socket) socket.removeListener(...)`, `timer && clearTimeout(timer)`: the condition
    only asks whether what the release acts on exists; when it does not, there is nothing to
    release, so the release runs whenever there is."""
    found = PRESENCE.match(text(condition).strip()) if condition is not None else None
    index = FOUND_INDEX.match(text(condition).strip()) if condition is not None and found is None else None
    if index is not None and release.type == "call_expression" and callee_name(release) == "splice":
        args = call_arguments(release)
        return bool(args) and text(args[0]) == index.group(1)  # nothing to take out when the entry is not there
    if found is None or release.type != "call_expression":
        return False
    function = release.child_by_field_name("function")
    target = function.child_by_field_name("object") if function is not None and function.type == "member_expression" else None
    args = call_arguments(release)
    return found.group(1) in (text(target) if target is not None else None, text(args[0]) if args else None)


def _parents(node: Node):
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


# The parameters of Express's error middleware, `(err, req, res, next)`: it runs for failed requests only.
ERROR_MIDDLEWARE = re.compile(r"^\(\s*_?(?:err|error|e|er)\b[^,]*,\s*_?(?:req|request)\b[^,]*,\s*_?(?:res|response)\b[^,]*,\s*_?next\b")


def _callback_path(fn: Node) -> Path:
    """What the call that receives `fn` as a callback says about when it runs."""
    params = fn.child_by_field_name("parameters")
    if params is not None and ERROR_MIDDLEWARE.match(text(params)):
        return Path.ERROR  # an error handler of Express, wherever it is registered
    holder = outermost(fn).parent
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return Path.ALWAYS
    name = callee_name(call)
    args = call_arguments(call)
    position = next((i for i, a in enumerate(args) if outermost(a) == outermost(fn)), -1)
    if name in CALLBACK_PATHS:
        return CALLBACK_PATHS[name]
    if name == "then" and position == 1:
        return Path.ERROR
    if name in LISTEN_METHODS and position >= 1:
        return EVENT_PATHS.get(string_value(args[position - 1]) or "", Path.ALWAYS)
    return Path.ALWAYS


# Handlers named for what went wrong: `handleError()`, `onAbort`.
# (Not `onTimeout`: a method named for a timeout is usually a timer's callback, which comes surely.)
NAMED_PATHS = re.compile(r"(?i)(?:(error|fail)|(abort|cancel))(?:ed)?$")


def _named_path(fn: Node) -> Path:
    """What a method's own name says about when it runs: `handleError` on error. Only methods:
    a local `const onAbort = ...` is named for how it is used, which its registration tells."""
    full = function_name(fn) or ""
    if fn.type != "method_definition" and "." not in full:
        return Path.ALWAYS
    name = full.rsplit(".", 1)[-1]
    match = NAMED_PATHS.search(name)
    if match is None:
        return Path.ALWAYS
    return Path.ERROR if match.group(1) else Path.CANCEL
