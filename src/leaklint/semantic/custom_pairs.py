"""Subscriptions a project writes itself: a function that adds the callback it is handed to a
container that outlives the call, and hands back the function that takes it out again.

    const subscribers = new Set();
    export function onPrice(fn) { subscribers.add(fn); return () => subscribers.delete(fn); }

    class Ticker { onTick(h) { this.handlers.push(h); return () => { this.handlers = this.handlers.filter(...) } } }

No name says "subscribe": the shape does. The returned function is the only way out; a caller
that drops it in code that repeats (or in a component's start) leaves one callback per run in
the container, and with it whatever the callback closes over. Read by the subscription rule,
in this file and, through summaries, in the files that import the function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tree_sitter import Node

from .nodes import FUNCTION_TYPES, CLASS_TYPES, sibling_method, top_level_function, call_arguments, callee_name, callee_object, enclosing_function, function_name, text, unwrap, walk
from .counterparts import counterpart, spelled_name
from .keys import read_table
from .scopes import BindingKind
from .summaries import parameter_list, slot_of
from .callers import module_products

if TYPE_CHECKING:
    from ..context import FileContext

ADD_METHODS = ("push", "unshift", "add", "set")
NESTED = frozenset({*FUNCTION_TYPES, "class_declaration", "class"})
# Spellings of taking an entry out again: `c.delete(fn)`, `c.splice(i, 1)`, `c = c.filter(...)`.
REMOVE_METHODS = frozenset({"delete", "splice"})
ADD_SPELLINGS = (b".push(", b".unshift(", b".add(", b".set(")
REMOVE_SPELLINGS = (b".delete(", b".splice(", b".filter(")


@dataclass(frozen=True)
class CustomPair:
    """A function that subscribes its parameter `slot` to `container` and returns the remover."""

    function: Node
    name: str  # as its callers spell it: `onPrice`, `onTick`
    container: str  # as written: `subscribers`, `this.handlers`
    growth: Node  # the add call
    slot: int
    key_slot: int = -1  # the parameter the entry is keyed by (`callbacks.set(element, fn)`), if any
    # The counterpart that takes the entry out (`removeListener` for `addListener`), when the
    # function hands back nothing and its callers undo it by calling that one instead.
    undo: str = ""

    @property
    def on_this(self) -> bool:
        return self.container.startswith("this.")


def custom_pairs(ctx: "FileContext") -> list[CustomPair]:
    """The file's functions and methods of that shape, found once per file for every rule."""
    found = ctx.shared.get("custom_pairs")
    if found is None:
        found = ctx.shared["custom_pairs"] = _find(ctx)
    return found


def _find(ctx: "FileContext") -> list[CustomPair]:
    data = ctx.source.data
    if not data.has_any(REMOVE_SPELLINGS) or not data.has_any(ADD_SPELLINGS):
        return []
    removed_from = _removed_spellings(data)
    if not any(name + add in data for name in removed_from for add in ADD_SPELLINGS):
        return []  # nothing both gains and loses an entry under one spelling: no pair, before any tree is read
    found: list[CustomPair] = []
    tables: dict[int, list[tuple[str, str]]] = {}  # per function: its locals read from a table, walked once
    for call in ctx.calls_named(ADD_METHODS):
        args = call_arguments(call)
        value = unwrap(args[-1]) if args else None
        container = unwrap(callee_object(call))
        # `this.handlers.get(symbol).add(fn)`: the entry of a table, under a key; many callbacks under one key
        entry_of = container is not None and container.type == "call_expression" and callee_name(container) == "get"
        if entry_of:
            container = unwrap(callee_object(container))
        if value is None or value.type not in ("identifier", "object") or container is None or container.type not in ("identifier", "member_expression"):
            continue
        fn = enclosing_function(call)  # read from the bytes and the syntax first: the model only for the few that match
        spelled = text(container).encode()
        # another name for the same table's entry counts only if a removal is spelled with it, so inside `fn`
        aliased = fn is not None and spelled not in removed_from and any(r in data[fn.start_byte:fn.end_byte] for r in removed_from)
        aliases = _table_aliases(container, fn, tables) if entry_of and fn is not None else \
            _entry_aliases(container, fn, tables) if aliased else frozenset()
        if fn is None or (spelled not in removed_from and spelled.rsplit(b".", 1)[-1] not in removed_from
                          and not any(a.encode() in removed_from for a in aliases)):
            continue  # (`entry.handlers.delete(fn)` is spelled `handlers` before the removal)
        body = data[fn.start_byte:fn.end_byte]
        returns = b"return" in body and (spelled in _removed_spellings(body) or b"=>" in body or b"function" in body)
        # the removal spelled in the function, or in a function it hands back a call of (`() => off(type, fn)`)
        spellings = frozenset({text(container), *aliases})
        undo = "" if returns and _returns_remover(fn, spellings) else _undone_by(fn, text(container), ctx)
        if undo is None:
            continue
        index = _carried_parameter(value, fn, ctx)
        if index is None or not _long_lived(container, fn, ctx):
            continue
        key = unwrap(args[0]) if callee_name(call) == "set" and len(args) == 2 and not entry_of else None
        key_slot = slot_of(key, ctx.model) if key is not None else None
        # `whenVisible(element, fn)`: under the caller's key, one entry per key; a caller that
        # passes a name (`register('json', fn)`) replaces its own entry, one with a new key adds
        keyed = key_slot.index if key_slot is not None and key_slot.function == fn and key_slot.index >= 0 else -1
        name = (function_name(fn) or "").rsplit(".", 1)[-1]
        if name and all(p.function != fn for p in found):
            found.append(CustomPair(fn, name, _shown(container, ctx), call, index, keyed, undo))
    return found


def _undone_by(fn: Node, container: str, ctx: "FileContext") -> str | None:
    """The name of `fn`'s counterpart (`removeListener` beside `addListener`, semantic.counterparts)
    when that one takes an entry out of `container` and `fn` hands back nothing but itself: its callers
    end what `fn` adds by calling the counterpart. None when there is no such counterpart."""
    undo = counterpart(fn, ctx.source.root, ctx.source.data)
    if undo is None or any(n.type == "return_statement" and n.named_children and unwrap(n.named_children[0]).type != "this"
                           for n in walk(fn.child_by_field_name("body") or fn, NESTED)):
        return None  # it hands back something (an id, a handle) that its callers may end it with instead
    return spelled_name(undo) if _removes_from(undo, container) else None


# The receiver spelled before a removal: `subscribers` in `subscribers.delete(`, `this.h` in `this.h.filter(`.
RECEIVER_BEFORE = re.compile(rb"((?:this\.)?[#\w$]+)[!?]?$")


def _removed_spellings(data: bytes) -> set[bytes]:
    """The receivers spelled before a removal: `x.delete(`, `x.splice(`, and `x = x.filter(`
    (a filter whose result goes elsewhere removes nothing)."""
    found = set()
    for removal in REMOVE_SPELLINGS:
        at = data.find(removal)
        while at >= 0:
            match = RECEIVER_BEFORE.search(data, max(0, at - 60), at)
            if match is not None and (removal != b".filter(" or _reassigned(data, match.start(), match.group(1))):
                found.add(match.group(1))
            at = data.find(removal, at + 1)
    return found


def _reassigned(data: bytes, start: int, spelled: bytes) -> bool:
    """`spelled = ` just before `start`: `this.h = this.h.filter(...)`."""
    before = data[max(0, start - len(spelled) - 8):start].rstrip()
    return before.endswith(b"=") and before[:-1].rstrip().endswith(spelled) and not before.endswith((b"==", b"!=", b">=", b"<="))


def _long_lived(container: Node, fn: Node, ctx: "FileContext", nested: bool = True) -> bool:
    """A module-level binding the file declares (not an import, not a parameter), or a field of
    `this` in a class's method (how long the instance lives, the caller's receiver says); or a
    local holding what such a container keeps under a key (`let set = channels.get(event)`)."""
    if container.type == "identifier":
        binding = ctx.model.binding_of(container)
        if binding is not None and not binding.is_module_level and nested and binding.kind in (BindingKind.CONST, BindingKind.LET):
            outer = read_table(binding.value)  # `registry.get(key) ?? []`: the table's entry, or a new one it is given
            if outer is None:  # `const listeners = new Set()` of a factory whose product the module keeps (`const feed = createFeed()`)
                factory = enclosing_function(binding.identifier)
                return factory is not None and factory != fn and bool(module_products(factory, ctx.model))
            return _long_lived(outer, fn, ctx, nested=False)
        return binding is not None and binding.is_module_level and binding.source_module is None \
            and binding.kind in (BindingKind.CONST, BindingKind.LET, BindingKind.VAR)
    if container.type == "member_expression":
        owner = unwrap(container.child_by_field_name("object"))
        cls = fn.parent.parent if fn.type == "method_definition" and fn.parent is not None else None
        if owner is not None and owner.type == "identifier" and nested:  # `const entry = open(name); entry.handlers.add(fn)`
            return _entry_of_module_table(owner, ctx)
        return owner is not None and owner.type == "this" and cls is not None and cls.type in CLASS_TYPES
    return False


def _entry_of_module_table(local: Node, ctx: "FileContext") -> bool:
    """`const entry = open(name)`, where `open()` of this file hands back what it stores in a
    module-level table (`channels.set(name, entry); return entry`): the entry lives as long as
    the table keeps it."""
    binding = ctx.model.binding_of(local)
    value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST else None
    callee = unwrap(value.child_by_field_name("function")) if value is not None and value.type == "call_expression" else None
    maker = top_level_function(callee, text(callee)) if callee is not None and callee.type == "identifier" else None
    if maker is None:
        return False
    returned = {text(unwrap(n.named_children[0])) for n in walk(maker.child_by_field_name("body") or maker, NESTED)
                if n.type == "return_statement" and n.named_children}
    for call in walk(maker.child_by_field_name("body") or maker, NESTED):
        if call.type != "call_expression" or callee_name(call) not in ("set", "push") or not call_arguments(call):
            continue
        table = unwrap(callee_object(call))
        if table is not None and table.type == "identifier" and text(unwrap(call_arguments(call)[-1])) in returned \
                and _long_lived(table, maker, ctx, nested=False):
            return True
    return False


def _carried_parameter(value: Node, fn: Node, ctx: "FileContext") -> int | None:
    """The parameter of `fn` that the added value is, or carries as a property (`{ listener }`,
    also through a local: `const entry = { listener, once }; list.push(entry)`)."""
    if value.type == "identifier":
        slot = slot_of(value, ctx.model)
        if slot is not None and slot.function == fn and slot.index >= 0:
            return slot.index
        binding = ctx.model.binding_of(value)
        value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and not binding.is_module_level else None
        if value is None or value.type != "object":
            return None
    names = parameter_list(fn)
    for member in value.named_children:
        held = member if member.type == "shorthand_property_identifier" else unwrap(member.child_by_field_name("value")) if member.type == "pair" else None
        if held is not None and held.type in ("identifier", "shorthand_property_identifier") and text(held) in names:
            return names.index(text(held))
    return None


def _shown(container: Node, ctx: "FileContext") -> str:
    """How messages name the container: `subscribers`, `this.handlers`, or `channels.get(…)` for
    a local holding what a container keeps under a key."""
    binding = ctx.model.binding_of(container) if container.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and not binding.is_module_level else None
    if value is not None and value.type == "call_expression" and callee_name(value) == "get" and callee_object(value) is not None:
        return f"{text(unwrap(callee_object(value)))}.get(…)"
    return text(container)


def _entry_aliases(container: Node, fn: Node, tables: dict[int, list[tuple[str, str]]]) -> frozenset[str]:
    """`const list = registry.get(key) ?? []; list.push(h)` and, in the remover it hands back,
    `const current = registry.get(key); current.splice(i, 1)`: the names `fn` gives the same
    table's entry, any of which a removal may be spelled with."""
    if container.type != "identifier" or not re.search(rb"\b(?:const|let|var)\s+" + re.escape(text(container).encode()) + rb"(?![\w$])[^=;]*=[^;]*?(?:\.get\(|[\w$)\]]\[)",
                                                         fn.text or b""):
        return frozenset()  # `container` is not declared here with a value read from a table
    table = next((table for name, table in _read_locals(fn, tables) if name == text(container)), "")
    return _names_of_table(table, fn, tables) if table else frozenset()


def _table_aliases(table: Node, fn: Node, tables: dict[int, list[tuple[str, str]]]) -> frozenset[str]:
    """`const current = registry.get(key)` in `fn` or the remover it hands back: the names `fn`
    gives an entry of `table`, which a removal from that entry is spelled with."""
    return _names_of_table(text(table), fn, tables)


def _names_of_table(table: str, fn: Node, tables: dict[int, list[tuple[str, str]]]) -> frozenset[str]:
    return frozenset(name for name, other in _read_locals(fn, tables) if other == table)


def _read_locals(fn: Node, tables: dict[int, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """_locals_read_from_tables, walked once per function however many entries it adds."""
    read = tables.get(fn.id)
    if read is None:
        read = tables[fn.id] = _locals_read_from_tables(fn)
    return read


def _locals_read_from_tables(fn: Node) -> list[tuple[str, str]]:
    """The locals `fn` (and the functions inside it) declare, each with the spelling of the table
    its value is an entry of ("" for other values): `const list = registry.get(key) ?? []` gives
    ('list', 'registry')."""
    read = []
    for node in walk(fn):
        name = node.child_by_field_name("name") if node.type == "variable_declarator" else None
        if name is not None and name.type == "identifier":
            read.append((text(name), text(read_table(node.child_by_field_name("value")))))
    return read


def _returns_remover(fn: Node, container: "str | frozenset[str]") -> bool:
    """`fn` hands back a function (or an object of functions) that takes an entry out of
    `container`: `return () => c.delete(h)`, `return function off() {...}`, `return { unsubscribe() {...} }`,
    or the name of an inner function declared for it."""
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    returned = []
    if body.type != "statement_block":
        returned.append(unwrap(body))  # `(fn) => (subs.add(fn), () => subs.delete(fn))` is not this shape; an arrow's body is its value
    inner = {}
    for node in walk(body, NESTED):  # its own statements: not those of the functions it defines
        if node.type == "return_statement" and node.named_children:
            returned.append(unwrap(node.named_children[0]))
        elif node.type == "function_declaration" and node.child_by_field_name("name") is not None:
            inner[text(node.child_by_field_name("name"))] = node
    for value in returned:
        if value is None:
            continue
        if value.type == "identifier" and text(value) in inner:
            value = inner[text(value)]
        removers = [value] if value.type in FUNCTION_TYPES else [
            unwrap(m.child_by_field_name("value")) if m.type == "pair" else m for m in value.named_children] if value.type == "object" else []
        if any(r is not None and r.type in (*FUNCTION_TYPES, "method_definition") and _removes_from(r, container) for r in removers):
            return True
    return False


def _removes_from(remover: Node, container: "str | frozenset[str]", through: bool = True) -> bool:
    """`remover` takes an entry out of `container` (as spelled there, or by any of a set of
    spellings), itself or, with `through`, by calling a top-level function of the file that
    does (`() => off(type, fn)`)."""
    spellings = frozenset({container}) if isinstance(container, str) else container
    for node in walk(remover):
        callee = unwrap(node.child_by_field_name("function")) if through and node.type == "call_expression" else None
        if callee is not None and callee.type == "identifier":
            called = top_level_function(remover, text(callee))
            if called is not None and called != remover and _removes_from(called, container, through=False):
                return True
        if callee is not None and callee.type == "member_expression" and unwrap(callee.child_by_field_name("object")).type == "this":
            called = sibling_method(remover, text(callee.child_by_field_name("property")))  # `() => this.leave(room, handler)`
            if called is not None and called != remover and _removes_from(called, container, through=False):
                return True
        if node.type == "call_expression" and callee_name(node) in REMOVE_METHODS and text(unwrap(callee_object(node))) in spellings:
            return True
        if node.type == "assignment_expression" and text(node.child_by_field_name("left")) in spellings:
            right = unwrap(node.child_by_field_name("right"))
            if right is not None and right.type == "call_expression" and callee_name(right) == "filter" \
                    and text(unwrap(callee_object(right))) in spellings:
                return True
    return False
