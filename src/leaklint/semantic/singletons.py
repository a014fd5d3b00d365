"""Lazy singletons: the one instance of a class, made on first use behind an accessor.

`static getInstance() { if (!Cache.instance) Cache.instance = new Cache(); return Cache.instance }`
and `function getCache() { return cache ??= new Cache() }` make one instance the first time
they run and hand the same one out ever after. Its fields then live as long as the module, as
those of `const cache = new Cache()` do, and its methods are reached through the accessor:
`Cache.getInstance().put(key)` here, or in another file that imports the class.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from tree_sitter import Node

from .model import SemanticModel
from .nodes import FUNCTION_TYPES, enclosing_function, outermost, text, unwrap
from .scopes import Binding, BindingKind
from .search import name_nodes

# The call of an accessor in an export chain: `Cache.getInstance().put` is ("Cache", "getInstance", "()", "put").
RESULT_STEP = "()"
LAZY_OPERATORS = frozenset({"??=", "||="})


@dataclass(frozen=True)
class LazySingleton:
    cls: Node
    accessor: Node  # the function that makes the instance once and returns it
    slot: str  # where it keeps it, as spelled: `Cache.instance`, `this.instance`, `instance`

    @property
    def shown(self) -> str:
        """How a message names the instance: `Cache.getInstance()`, `getCache()`."""
        name = self.accessor.child_by_field_name("name")
        if name is None and self.accessor.parent is not None and self.accessor.parent.type == "variable_declarator":
            name = self.accessor.parent.child_by_field_name("name")
        cls = self.cls.child_by_field_name("name")
        prefix = f"{text(cls)}." if self.accessor.type == "method_definition" and cls is not None else ""
        return f"{prefix}{text(name)}()" if name is not None else f"{text(cls)} instance"


def lazy_singleton(binding: Binding, model: SemanticModel) -> LazySingleton | None:
    """`binding`'s class as a lazy singleton: instantiated at exactly one place, inside a
    function that stores the instance in a long-lived slot only when the slot is empty and
    returns that slot."""
    cls = unwrap(binding.value)
    if binding.kind is not BindingKind.CLASS or cls is None or not binding.is_module_level:
        return None
    news = [n.parent for n in name_nodes(model.root, model.data, binding.name)
            if n.parent is not None and n.parent.type == "new_expression" and n.parent.child_by_field_name("constructor") == n]
    if len(news) != 1 or model.binding_of(news[0].child_by_field_name("constructor")) is not binding:
        return None
    accessor = enclosing_function(news[0])
    store = _lazy_store(news[0])
    if accessor is None or store is None:
        return None
    slot = unwrap(store.child_by_field_name("left"))
    if slot is None or not _long_lived_slot(slot, cls, accessor, model):
        return None
    shown = text(slot)
    if not (store.type == "augmented_assignment_expression" or _tested_before(store, shown, accessor)):
        return None
    return LazySingleton(cls, accessor, shown) if _returns(accessor, store, shown) else None


def accessor_calls(singleton: LazySingleton, model: SemanticModel) -> list[Node]:
    """This file's calls of the accessor: `Cache.getInstance()`, `getCache()`."""
    name = singleton.accessor.child_by_field_name("name")
    if singleton.accessor.type != "method_definition" and name is None:
        holder = singleton.accessor.parent  # `const getCache = () => ...`
        name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    if name is None:
        return []
    spelled = text(name)
    calls = []
    for node in name_nodes(model.root, model.data, spelled):
        callee = node.parent if node.parent is not None and node.parent.type == "member_expression" else node
        call = callee.parent
        if call is None or call.type != "call_expression" or call.child_by_field_name("function") != callee:
            continue
        if callee is node and node.type == "identifier" or callee is not node and callee.child_by_field_name("property") == node:
            calls.append(call)
    return calls


def _lazy_store(new: Node) -> Node | None:
    """`slot = new C()` or `slot ??= new C()`, possibly inside `slot ?? (slot = new C())`."""
    parent = outermost(new).parent
    if parent is None or parent.child_by_field_name("right") != outermost(new):
        return None
    if parent.type == "assignment_expression":
        return parent
    if parent.type == "augmented_assignment_expression" and text(parent.child_by_field_name("operator")) in LAZY_OPERATORS:
        return parent
    return None


def _long_lived_slot(slot: Node, cls: Node, accessor: Node, model: SemanticModel) -> bool:
    """A static field of the class (`Cache.instance`, `this.instance` in a static method) or a
    module-level `let`: something the next call of the accessor finds filled."""
    if slot.type == "member_expression":
        holder = unwrap(slot.child_by_field_name("object"))
        if holder is None:
            return False
        if holder.type == "this":
            return accessor.type == "method_definition" and any(c.type == "static" for c in accessor.children) \
                and accessor.parent is not None and accessor.parent.parent == cls
        name = cls.child_by_field_name("name")
        return holder.type == "identifier" and name is not None and text(holder) == text(name)
    if slot.type != "identifier":
        return False
    bound = model.binding_of(slot)
    return bound is not None and bound.is_module_level and bound.kind in (BindingKind.LET, BindingKind.VAR)


def _tested_before(store: Node, slot: str, accessor: Node) -> bool:
    """The store runs only when the slot is empty: inside `if (!slot)`, or the right side of
    `slot ?? (slot = ...)` / `slot || (slot = ...)`."""
    node = store.parent
    while node is not None and node != accessor:
        if node.type == "if_statement" and slot in text(node.child_by_field_name("condition")):
            return True
        if node.type == "binary_expression" and text(node.child_by_field_name("operator")) in ("??", "||") \
                and text(unwrap(node.child_by_field_name("left"))) == slot:
            return True
        node = node.parent
    # `if (slot) return slot;` before the store, in the accessor's own body
    body = accessor.child_by_field_name("body")
    for statement in body.named_children if body is not None and body.type == "statement_block" else ():
        if statement.start_byte >= store.start_byte:
            break
        if statement.type == "if_statement" and slot in text(statement.child_by_field_name("condition")) \
                and "return" in text(statement.child_by_field_name("consequence")):
            return True
    return False


def _returns(accessor: Node, store: Node, slot: str) -> bool:
    """The accessor hands out the slot (or the store's value) on every path that returns."""
    body = accessor.child_by_field_name("body")
    if body is None:
        return False
    if body.type != "statement_block":
        return _is_slot(unwrap(body), store, slot)  # `() => slot ??= new C()`
    returned = []
    stack = list(body.named_children)
    while stack:
        node = stack.pop()
        if node.type == "return_statement":
            returned.append(unwrap(node.named_children[0]) if node.named_children else None)
        elif node.type not in FUNCTION_TYPES and node.type != "class":
            stack.extend(node.named_children)
    return bool(returned) and all(value is not None and _is_slot(value, store, slot) for value in returned)


def _is_slot(value: Node, store: Node, slot: str) -> bool:
    if value == store or text(value) == slot:
        return True
    return value.type == "binary_expression" and text(unwrap(value.child_by_field_name("left"))) == slot \
        and unwrap(value.child_by_field_name("right")) == store  # `slot ?? (slot = new C())`


def lazy_container(binding: Binding, value_kind: Callable[[Node], str | None], model: SemanticModel) -> tuple[Node, Node] | None:
    """`let cache; function getCache() { cache ??= new Map(); return cache }`: a module-level
    container made on first use by an accessor that hands it out. (The accessor, the value it
    stores), when `binding` is filled that way only; `value_kind` tells a container's value."""
    if not binding.is_module_level or binding.kind not in (BindingKind.LET, BindingKind.VAR):
        return None
    initial = unwrap(binding.value)
    if initial is not None and text(initial) not in ("null", "undefined"):
        return None
    stores = [r.identifier for r in binding.references if r.is_write and r.identifier != binding.identifier]
    if len(stores) != 1:
        return None
    store = outermost(stores[0]).parent
    value = unwrap(store.child_by_field_name("right")) if store is not None and store.type in ("assignment_expression", "augmented_assignment_expression") else None
    if value is None or value_kind(value) is None or _lazy_store(value) != store:
        return None
    accessor = enclosing_function(store)
    shown = binding.name
    if accessor is None or not (store.type == "augmented_assignment_expression" or _tested_before(store, shown, accessor)):
        return None
    return (accessor, value) if _returns(accessor, store, shown) else None
