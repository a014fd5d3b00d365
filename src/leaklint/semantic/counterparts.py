"""A function's counterpart: the one a caller runs to undo it (`subscribe`/`unsubscribe`,
`addClient`/`removeClient`, `SSUBSCRIBE`/`SUNSUBSCRIBE`, `attach`/`detach`).

A pair says how its callers use it: whatever the first acquires, the second is where they
expect it to end. When the counterpart forgets part of it, every cycle of the pair leaves
that part behind, however seldom either is called.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from tree_sitter import Node

from .keys import prototype_constructor, this_owner
from .model import SemanticModel
from .scopes import BindingKind
from .summaries import parameter_list
from .nodes import FUNCTION_TYPES, callee_name, enclosing_function, function_name, text, unwrap
from .search import name_nodes

# Verbs undone by an `un` in front of them.
UNDONE_BY_UN = ("subscribe", "watch", "listen", "bind", "register", "observe", "mount", "hook", "track", "follow", "link")
# Verbs undone by another verb.
SWAPPED = {"add": ("remove", "delete"), "attach": ("detach",), "on": ("off",), "start": ("stop",), "open": ("close",),
           "connect": ("disconnect",), "enable": ("disable",), "join": ("leave",), "acquire": ("release",),
           "register": ("deregister",), "install": ("uninstall",)}
# One camel-case or snake-case word of a name, with where it starts.
WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


@lru_cache(maxsize=4096)
def counterpart_names(name: str) -> tuple[str, ...]:
    """The names the undoing function of `name` may have, spelled in `name`'s case style.
    Asked for every registering function and every growing one: the answer is kept."""
    found: list[str] = []
    words = list(WORD.finditer(name))
    for match in words:
        word = match.group()
        lower = word.lower()
        head, tail = name[:match.start()], name[match.end():]
        for verb in UNDONE_BY_UN:
            if lower == verb or (word.isupper() and lower.endswith(verb)):  # `SSUBSCRIBE`: the verb after a one-letter prefix
                at = match.end() - len(verb)
                spelled = name[at:match.end()]
                found.append(name[:at] + _styled("un", spelled) + _after_un(spelled) + tail)
        for other in SWAPPED.get(lower, ()):
            found.append(head + _styled(other, word) + tail)
    return tuple(dict.fromkeys(n for n in found if n != name))


def _styled(word: str, like: str) -> str:
    """`word` in the case style of `like`: `UN`, `Un` or `un`."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _after_un(verb: str) -> str:
    """The verb after an inserted `un`: `Subscribe` -> `subscribe` (`onUnsubscribe`), kept
    as it is in upper case (`UNSUBSCRIBE`) and lower case."""
    return verb if verb.isupper() or verb.islower() else verb[:1].lower() + verb[1:]


def functions_named(root: Node, data: bytes, name: str) -> Iterator[Node]:
    """The functions the file defines under `name`: `function name`, a method, `const name =
    () => ...`, `{ name: function () {} }`, `X.prototype.name = function () {}`."""
    for node in name_nodes(root, data, name):
        parent = node.parent
        if parent is None:
            continue
        if parent.type in ("function_declaration", "generator_function_declaration", "method_definition") \
                and parent.child_by_field_name("name") == node:
            yield parent
            continue
        value = None
        if parent.type == "variable_declarator" and parent.child_by_field_name("name") == node:
            value = parent.child_by_field_name("value")
        elif parent.type == "pair" and parent.child_by_field_name("key") == node:
            value = parent.child_by_field_name("value")
        elif parent.type == "member_expression" and parent.child_by_field_name("property") == node:
            holder = parent.parent
            if holder is not None and holder.type == "assignment_expression" and holder.child_by_field_name("left") == parent:
                value = holder.child_by_field_name("right")
        value = unwrap(value)
        if value is not None and value.type in FUNCTION_TYPES:
            yield value


def spelled_name(fn: Node) -> str:
    """A function's own name as written: `SSUBSCRIBE`, `register` for `Registry.prototype.register`."""
    return (function_name(fn) or "").rsplit(".", 1)[-1].strip("[]#")


def counterpart(fn: Node | None, root: Node, data: bytes) -> Node | None:
    """The function that undoes `fn`: named as its counterpart and defined beside it (both at
    the module's level, or both methods of one class or prototype). An async hook's `init` has
    its `destroy` beside it in the object handed to `createHook` (not any `init`: NestJS's
    `onModuleInit` runs once, and its `onModuleDestroy` undoes no cycle)."""
    name = spelled_name(fn) if fn is not None else ""
    if not name:
        return None
    if name == "init" and fn.parent is not None and fn.parent.type == "object" and b"createHook" in data:
        hooks = fn.parent.parent.parent if fn.parent.parent is not None and fn.parent.parent.type == "arguments" else None
        if hooks is not None and callee_name(hooks) == "createHook":
            return next((m for m in fn.parent.named_children if m.type == "method_definition" and text(m.child_by_field_name("name")) == "destroy"), None)
    return next((c for n in counterpart_names(name) if n.encode() in data for c in functions_named(root, data, n) if _siblings(fn, c)), None)


def _siblings(fn: Node, other: Node) -> bool:
    if fn == other:
        return False
    literal = _object_holding(fn)
    if literal is not None:
        return literal == _object_holding(other)  # `{ add() {...}, remove() {...} }`
    owner, other_owner = this_owner(fn.child_by_field_name("body") or fn), this_owner(other.child_by_field_name("body") or other)
    if fn.type == "method_definition" or other.type == "method_definition" or prototype_constructor(fn) is not None:
        return owner is not None and owner == other_owner
    return enclosing_function(fn) == enclosing_function(other)


def _object_holding(fn: Node) -> Node | None:
    """The object literal `fn` is a method of (`{ add() {} }`, `{ add: function () {} }`)."""
    holder = fn.parent
    if holder is not None and holder.type == "pair":
        holder = holder.parent
    return holder if holder is not None and holder.type == "object" else None


def names_in_counterpart(undo: Node, root: Node, fn: Node) -> list[str]:
    """What `undo` calls the object `fn` acted on: the parameter at the same position, when
    that object is a parameter (`root`) of `fn`."""
    if root.type != "identifier":
        return []
    names, theirs = parameter_list(fn), parameter_list(undo)
    index = names.index(text(root)) if text(root) in names else -1
    return [theirs[index]] if 0 <= index < len(theirs) and theirs[index] is not None else []


def reachable_from_both(root: Node, fn: Node, undo: Node, model: SemanticModel) -> bool:
    """The counterpart can reach the object `fn` acted on: a parameter of `fn` whose position
    `undo` also takes, or a module-level name both see."""
    if root.type != "identifier":
        return False
    binding = model.binding_of(root)
    if binding is None:
        return False
    if binding.kind is BindingKind.PARAMETER:
        if binding.scope.node != fn:
            return False
        names, undone = parameter_list(fn), parameter_list(undo)
        index = names.index(text(root)) if text(root) in names else -1
        if not 0 <= index < len(undone):
            return False
        # the same object there: named alike, or used as a receiver (`client.off(...)`), not a
        # handle the first one handed back (`stopHeartbeat(timer) { clearInterval(timer) }`)
        return undone[index] == text(root) or re.search(rf"(?<![\w$.]){re.escape(undone[index])}\s*\??\.\s*[\w$]", text(undo.child_by_field_name("body"))) is not None
    return binding.is_module_level
