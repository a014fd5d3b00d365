"""What a closure keeps beyond what it uses: the context it shares with its siblings (design 3c).

V8 (and every engine built like it) gives each function call one context object for all of
its variables that any closure created in that call captures, and every closure created in
the call points at that context, whether it reads those variables or not. So a closure that
outlives the call, stored on an object that stays (`client.release = () => ...`) or kept by a
ref, keeps every variable that any sibling closure captured: the callback that held the whole
checkout or the first render's output stays reachable through a two-line function that never
mentions it. (It keeps the contexts of the enclosing calls too; those are read no further:
their own kept closures hold them as long.)

A closure a constructor or method stores on something the whole module shares (a prototype
it patches, an imported object's method) keeps what it captures directly too: the instance
(`const adapter = this`) or the call's arguments, until the next call replaces it, and then
that call's (`shared_stores`).

Read here: the closures a call stores where they outlive it (`kept_closures`), and for one of
them what the context of that call holds that it does not use (`retained_by`). A cleanup
React keeps until an effect runs again is left alone: it is replaced as often as the render
values it keeps, so it keeps one render's worth at most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from tree_sitter import Node

from .model import SemanticModel
from .nodes import FUNCTION_TYPES, enclosing_function, handed_to, text, unwrap, walk
from .scopes import Binding, BindingKind

# React effect hooks: they run their callback after the render and let it go.
EFFECT_HOOK = re.compile(r"^(?:React\.)?use\w*Effect\w*$")
# Hooks whose result is the same for the component's whole life.
STABLE_HOOK = re.compile(r"^(?:React\.)?use(?:Ref|State|Reducer|Context|Id|SyncExternalStore|Store|Dispatch|Selector)$")
# Holders a call's closure outlives it in: a ref (`ref.current`).
REF_PROPERTIES = frozenset({"current"})
# Values that cost nothing more to keep: primitives, functions (a function's own context is the
# same one) and `this` (an alias of the instance, which the method's object keeps anyway).
CHEAP_VALUES = frozenset({"number", "string", "true", "false", "null", "undefined", "template_string", "regex",
                          "arrow_function", "function_expression", "function", "class", "this"})


@dataclass(frozen=True)
class KeptClosure:
    closure: Node  # the function that outlives the call it was made in
    holder: str  # where it is kept, for messages: "`client.release`", "`storeRef.current`"
    site: Node  # the store or return that keeps it


@dataclass(frozen=True)
class Retained:
    binding: Binding  # a variable of an enclosing call that the closure never reads
    user: Node  # a sibling closure that captures it, which is why the context holds it
    owner: Node  # the call (function) whose context holds it


def kept_closures(fn: Node, model: SemanticModel) -> Iterator[KeptClosure]:
    """Closures made directly in `fn` (or in its blocks) and stored where they outlive the call:
    on a property of a parameter (the same object comes back on later calls), on `this` in a
    method, or in a ref (`ref.current`) set only while it is empty, so the first call's closure
    stays for the owner's whole life."""
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return
    for node in walk(body, skip=FUNCTION_TYPES):
        if node.type != "assignment_expression":
            continue
        value = unwrap(node.child_by_field_name("right"))
        target = node.child_by_field_name("left")
        if value is None or _outliving_holder(target, node, fn, model) is None:
            continue
        for closure in _closures_in(value, fn, model):
            yield KeptClosure(closure, f"`{text(target)}`", node)


def retained_by(kept: KeptClosure, model: SemanticModel, keeping: frozenset[str]) -> list[Retained]:
    """Variables of the calls `kept.closure` was made in that this closure never reads and
    that only short-lived sibling closures capture (callbacks handed to a call that runs
    them and lets go): its shared contexts keep them for as long as it lives, where they would
    otherwise go with those callbacks."""
    used = {id(b) for b in _bindings_read(kept.closure, model)}
    found: list[Retained] = []
    owner = enclosing_function(kept.closure)
    if owner is None:
        return found
    # Only the call the closure is made in: an outer call's variables live as long as that
    # call's own kept closures do, which this one does not change.
    kept_here = {k.closure.id for k in kept_closures(owner, model)}
    for binding, users in _captured(owner, model).items():
        if id(binding) in used or _cheap(binding) or _stable(binding) or _holds(kept, binding):
            continue
        if any(contains_node(user, kept.closure) or user.id in kept_here or not _transient(user, keeping) for user in users):
            continue  # a closure that lives as long, or longer, keeps it anyway
        found.append(Retained(binding, users[0], owner))
    return found


def _holds(kept: KeptClosure, binding: Binding) -> bool:
    """The variable is the holder itself (`client` of `client.release = ...`): kept anyway."""
    target = unwrap(kept.site.child_by_field_name("left"))
    obj = unwrap(target.child_by_field_name("object")) if target is not None and target.type == "member_expression" else None
    return obj is not None and obj.type == "identifier" and text(obj) == binding.name


def contains_node(outer: Node, inner: Node) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte and outer.id != inner.id


def _captured(owner: Node, model: SemanticModel) -> dict[Binding, list[Node]]:
    """The variables of `owner`'s own scopes that closures created inside it read or write,
    each with the closures made directly in `owner` that do (a deeper closure counts as the
    direct one it sits in)."""
    found: dict[Binding, list[Node]] = {}
    body = owner.child_by_field_name("body")
    if body is None:
        return found
    for inner in walk(body, skip=FUNCTION_TYPES):
        if inner.type not in FUNCTION_TYPES or inner == owner:
            continue
        for ident in walk(inner):
            if ident.type not in ("identifier", "shorthand_property_identifier"):
                continue
            binding = model.binding_of(ident)
            if binding is not None and _declared_in(binding, owner):
                users = found.setdefault(binding, [])
                if inner not in users:
                    users.append(inner)
    return found


def _transient(closure: Node, keeping: frozenset[str]) -> bool:
    """A callback handed straight to a call that runs it and does not keep it: `track(() =>
    ...)`, `verify(client, (err) => ...)`, an effect's body. Not one handed to a registration
    or a memoising hook (`on`, `subscribe`, `useCallback`), which keep it."""
    handed = handed_to(closure)
    call = handed[0] if handed is not None else None
    if call is None or call.type != "call_expression":
        return False
    callee = text(call.child_by_field_name("function")).rsplit(".", 1)[-1]
    if EFFECT_HOOK.match(callee):
        return True
    return not callee.startswith("use") and callee not in keeping


def _bindings_read(closure: Node, model: SemanticModel) -> list[Binding]:
    return [b for ident in walk(closure) if ident.type in ("identifier", "shorthand_property_identifier")
            and (b := model.binding_of(ident)) is not None]


def _declared_in(binding: Binding, owner: Node) -> bool:
    """Declared by `owner` itself (a parameter, or a local of its body outside nested functions)."""
    if binding.is_module_level:
        return False
    scope = binding.scope.function_scope
    return scope.node == owner


def _cheap(binding: Binding) -> bool:
    if binding.kind in (BindingKind.FUNCTION, BindingKind.CLASS, BindingKind.IMPORT, BindingKind.ENUM, BindingKind.CATCH):
        return True
    value = unwrap(binding.value)
    return value is not None and value.type in CHEAP_VALUES


def _stable(binding: Binding) -> bool:
    """A React ref, state or context: the same object for the component's whole life, so a
    cleanup that keeps it keeps nothing the component would not."""
    value = unwrap(binding.value)
    if value is None or value.type != "call_expression":
        return False
    return STABLE_HOOK.match(text(value.child_by_field_name("function"))) is not None


def _closures_in(value: Node | None, fn: Node, model: SemanticModel) -> list[Node]:
    """The closures a stored value is or holds: a function, a name bound to one in `fn`, or
    the methods and function-valued properties of an object literal (or a name bound to one)."""
    value = unwrap(value)
    if value is None:
        return []
    if value.type == "identifier":
        binding = model.binding_of(value)
        if binding is None or not _declared_in(binding, fn) or binding.kind not in (BindingKind.CONST, BindingKind.LET, BindingKind.VAR):
            return []
        value = unwrap(binding.value)
        if value is None:
            return []
    if value.type in FUNCTION_TYPES and value.type not in ("function_declaration", "generator_function_declaration"):
        return [value]
    if value.type == "object":
        found = []
        for member in value.named_children:
            if member.type == "method_definition":
                found.append(member)
            elif member.type == "pair":
                inner = unwrap(member.child_by_field_name("value"))
                if inner is not None and inner.type in FUNCTION_TYPES:
                    found.append(inner)
        return found
    return []


def _outliving_holder(target: Node | None, store: Node, fn: Node, model: SemanticModel) -> str | None:
    """`param.x`, `this.x` in a method, a ref's `.current` set only when empty: places that
    outlive the call. A property of an object the call made itself does not."""
    target = unwrap(target)
    if target is None or target.type != "member_expression":
        return None
    obj = unwrap(target.child_by_field_name("object"))
    prop = text(target.child_by_field_name("property"))
    if obj is None:
        return None
    if obj.type == "this":  # in a method other than the constructor: the instance outlives the call
        name = text(fn.child_by_field_name("name")) if fn.type == "method_definition" else ""
        return text(target) if name and name != "constructor" else None
    if prop in REF_PROPERTIES:
        return text(target) if _set_once(target, store, fn) else None
    if obj.type != "identifier":
        return None
    binding = model.binding_of(obj)
    if binding is not None and binding.kind is BindingKind.PARAMETER and binding.scope.node == fn:
        return text(target)
    return None


def _set_once(target: Node, store: Node, fn: Node) -> bool:
    """`if (!ref.current) { ref.current = ... }`: the store runs on the first call only."""
    shown = text(target)
    node = store.parent
    while node is not None and node != fn:
        if node.type == "if_statement":
            condition = text(node.child_by_field_name("condition")).replace(" ", "")
            if f"!{shown}" in condition or f"{shown}==null" in condition or f"{shown}===null" in condition \
                    or f"{shown}===undefined" in condition:
                return True
        node = node.parent
    return False


@dataclass(frozen=True)
class SharedStore:
    closure: Node  # stored per call on a holder the module shares
    holder: Node  # the assignment target: `OpenElementStack.prototype.push`
    captured: str  # what it captures that belongs to one call: "`this` (as `adapter`)", "`options`"


def shared_stores(fn: Node, model: SemanticModel) -> Iterator[SharedStore]:
    """Closures a constructor or method stores on a module-level or imported object (or its
    prototype) that capture the instance or the call's parameters: each call replaces the
    last one's, which stays reachable from the shared object until then."""
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block" or fn.type != "method_definition" or fn.parent is None \
            or fn.parent.type != "class_body":
        return  # a class's constructor or method: it runs once per instance or per call
    for node in walk(body, skip=FUNCTION_TYPES):
        if node.type != "assignment_expression":
            continue
        target = unwrap(node.child_by_field_name("left"))
        value = unwrap(node.child_by_field_name("right"))
        if target is None or target.type != "member_expression" or value is None or value.type not in FUNCTION_TYPES:
            continue
        root = target
        while root is not None and root.type == "member_expression":
            root = unwrap(root.child_by_field_name("object"))
        binding = model.binding_of(root) if root is not None and root.type == "identifier" else None
        if binding is None or not binding.is_module_level or binding.kind is BindingKind.PARAMETER:
            continue
        captured = _call_values_read(value, fn, model)
        if captured:
            yield SharedStore(value, target, captured)


def _call_values_read(closure: Node, fn: Node, model: SemanticModel) -> str:
    """What `closure` reads that belongs to one call of `fn`: an alias of `this` or a parameter
    (an arrow's own `this` too). Empty when it reads none."""
    for ident in walk(closure):
        if ident.type == "this" and closure.type == "arrow_function" and enclosing_function(ident) == closure:
            return "`this`"
        if ident.type != "identifier":
            continue
        binding = model.binding_of(ident)
        if binding is None or not _declared_in(binding, fn):
            continue
        value = unwrap(binding.value)
        if value is not None and value.type == "this":
            return f"`this` (as `{binding.name}`)"
        if binding.kind is BindingKind.PARAMETER:
            return f"`{binding.name}`"
    return ""

