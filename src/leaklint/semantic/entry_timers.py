"""Timers kept in the entries of a table, and the removals that drop an entry but not its timer.

    const entry = { resolve, reject, retry: setInterval(resend, 5000) };
    this.pending.set(id, entry);                  // one entry per call
    ...
    onReply(msg) { this.pending.delete(msg.id); entry.resolve(msg.result) }   // the interval runs on
    close() { for (const e of this.pending.values()) clearInterval(e.retry) }

A pending-request table is how clients and brokers track operations in flight, and its
entries carry the operation's timer. Removing the entry is not clearing the timer: an
interval keeps running (and keeps the entry, its frame and its client) for good, a timeout
until it fires. The file shows it knows the timer needs clearing when it clears it on
another way out (`close()`) or when the timer's own callback removes the entry; a removal
in a function that clears nothing is the way out that forgets it. Read by the pairing rule
(intervals) and the watchdog rule (timeouts).
"""

from __future__ import annotations

import re
from itertools import takewhile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from tree_sitter import Node

from .callers import same_file_callee
from .keys import this_owner
from .missed_paths import ALL_TIMERS, in_timer_callback
from .nodes import CLASS_TYPES, ancestors, call_arguments, callee_name, callee_object, contains, enclosing_function, function_name, property_holding, text, unwrap, walk

if TYPE_CHECKING:
    from ..context import FileContext

# What a value passes through on its way into an entry: `({ t: setTimeout(...) } as Entry)`.
PASSED_THROUGH = frozenset({"parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression"})
ADD_METHODS = frozenset({"set", "push", "add"})
# A call in the removing function that may clear the timer itself: `entry.cancel()`, `settle(entry)`.
RELEASE_LIKE = re.compile(r"^(?:clear|cancel|cleanup|clean|dispose|stop|destroy|teardown|finish|settle|done|release|complete|dequeue|remove)",
                          re.IGNORECASE)


@dataclass(frozen=True)
class LeftRunning:
    """A removal of a table entry that leaves the entry's timer running."""

    container: str  # as written: `this.pending`, `inflight`
    prop: str  # the entry's property that holds the timer: `retry`
    removal: Node  # `this.pending.delete(msg.id)` or `delete inflight[id]`
    cleared_elsewhere: Node | None  # a clear of the same property on another way out
    key: Node | None  # the key the entry is added under
    fires_removal: bool = True  # the timer's own callback removes the entry (else nothing ever ends it)


def removed_uncleared(call: Node, clears: Iterable[str], ctx: "FileContext", endless: bool | None = None) -> LeftRunning | None:
    """The first removal of an entry from the table the timer of `call` went into (as a
    property of the entry) that clears nothing, when the file shows the timer must be
    cleared: elsewhere by property, or by its own callback removing the entry, or always for
    what never ends by itself (`endless`: an interval, by default; a watcher). `clears` are the
    functions that take the handle (`clearInterval(e.retry)`) and the methods called on it
    (`e.watcher.close()`)."""
    clears = frozenset(clears)
    if endless is None:
        endless = callee_name(call) == "setInterval"
    placed = _entry_property(call) or _local_put_in_entry(call, ctx)
    if placed is not None:
        prop, entry = placed
        added = _added_to(entry, ctx)
    else:  # `this.heartbeats.set(id, setInterval(...))`, or through a local: the handle is the entry
        prop, added = "", _handle_added(call, ctx)
    if added is None:
        return None
    container, key, adding = added
    spelled = text(container)
    data = ctx.source.data
    if spelled.encode() + b".delete(" not in data and b"delete " + spelled.encode() + b"[" not in data:
        return None
    elsewhere = _cleared_by_property(prop, clears, ctx) if prop else _cleared_from_table(spelled, clears, ctx)
    callback = unwrap(call_arguments(call)[0]) if call_arguments(call) else None
    removals = _removals(container, spelled, ctx)
    fires = any(callback is not None and contains(callback, r) for r in removals)
    if elsewhere is None and not endless and not fires:
        return None  # nothing says the timer must be cleared when the entry goes (an interval never ends by itself)
    start_fn = enclosing_function(adding)
    for removal in removals:
        if (callback is not None and contains(callback, removal)) or in_timer_callback(removal, ALL_TIMERS):
            continue  # a timer fired (this one, or another entry's own): nothing left to clear
        fn = enclosing_function(removal)
        if fn is None or (fn == start_fn and removal.start_byte > adding.start_byte) or (start_fn is not None and fn != start_fn and contains(fn, start_fn)):
            continue  # the entry this run added, taken out again by the run itself (a removal before the add drops an earlier run's)
        if _clears_something(fn, clears, ctx) or _every_caller_clears(fn, clears, ctx):
            one_branch = _cleared_in_one_branch(fn, removal, clears, prop or spelled, ctx)
            if one_branch is None:
                continue
            return LeftRunning(spelled, prop, removal, one_branch, key, fires)
        return LeftRunning(spelled, prop, removal, elsewhere, key, fires)
    return None


def _cleared_in_one_branch(fn: Node, removal: Node, clears: frozenset[str], held: str, ctx: "FileContext") -> Node | None:
    """`this.inflight.delete(id); if (msg.ok) { clearTimeout(entry.timer); ... } else { entry.reject(e) }`:
    the removing function clears only in one branch of a test that the removal is not under,
    and the other branch (or the way past an `if` with no `else`) clears nothing: the clear,
    when so. A test that asks about the timer itself (`if (entry.timer)`, named by `held`) or
    the entry holding it is no other way out: there is nothing to clear on its other side."""
    direct = [n for n in walk(fn) if n.type == "call_expression" and callee_name(n) in clears and enclosing_function(n) == fn]
    if not direct:
        return None
    # `if (entry.timer)`, `if (challenge) clearTimeout(challenge.expiry)`: a test for the timer, or for the entry holding it
    asked = {held, *(_root_name(unwrap(call_arguments(c)[0])) for c in direct if call_arguments(c))}
    exited = _left_uncleared(fn, removal, direct[0], clears, asked, ctx)
    if exited is not None:  # `if (frame.status !== OK) { call.reject(e); return }` between the removal and the clear
        return direct[0]
    test = next((a for a in takewhile(lambda a: a != fn, ancestors(direct[0])) if a.type == "if_statement"), None)
    if test is None or contains(test, removal) or _asks_about(test, asked):
        return None
    branches = [b for b in (test.child_by_field_name("consequence"), test.child_by_field_name("alternative")) if b is not None]
    holding = next((b for b in branches if contains(b, direct[0])), None)
    if holding is None or not all(contains(holding, c) for c in direct):
        return None
    other = next((b for b in branches if b != holding), None)
    if other is not None:
        return None if _clears_something(other, clears, ctx) else direct[0]
    return None if any(n.start_byte >= test.end_byte for n in direct) else direct[0]


def _left_uncleared(fn: Node, removal: Node, clear: Node, clears: frozenset[str], asked: set[str], ctx: "FileContext") -> Node | None:
    """A `return` (or `throw`) after the removal and before the clear, in a branch that clears
    nothing and does not ask about the timer or its entry: the way out that forgets the timer."""
    for node in walk(fn):
        if node.type not in ("return_statement", "throw_statement") or enclosing_function(node) != fn \
                or not removal.end_byte <= node.start_byte < clear.start_byte:
            continue
        test = next((a for a in takewhile(lambda a: a != fn, ancestors(node)) if a.type == "if_statement"), None)
        branch = next((b for b in (test.child_by_field_name("consequence"), test.child_by_field_name("alternative"))
                       if b is not None and contains(b, node)), None) if test is not None else None
        if branch is not None and not contains(test, removal) and not _asks_about(test, asked) and not _clears_something(branch, clears, ctx):
            return node
    return None


def _asks_about(test: Node, names: set[str]) -> bool:
    condition = text(test.child_by_field_name("condition"))
    return any(name and re.search(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", condition) for name in names)


def _root_name(node: Node | None) -> str:
    """`entry` of `entry.timer` or `entry.timers.retry`; "" for anything else."""
    while node is not None and node.type == "member_expression":
        node = unwrap(node.child_by_field_name("object"))
    return text(node) if node is not None and node.type == "identifier" else ""


def _every_caller_clears(fn: Node, clears: frozenset[str], ctx: "FileContext") -> bool:
    """`clearTimeout(timer); this.forget(id)`: a removal routine whose every caller in the file
    clears something itself."""
    name = (function_name(fn) or "").rsplit(".", 1)[-1]
    sites = ctx.calls_named((name,)) if name else []
    callers = [enclosing_function(site) for site in sites if not contains(fn, site)]
    return bool(callers) and all(caller is not None and _clears_something(caller, clears, ctx, depth=2) for caller in callers)


def _entry_property(call: Node) -> tuple[str, Node] | None:
    """The property an entry keeps the timer under, and the entry: an object literal
    (`{ retry: setInterval(...) }`) or a local it is assigned to (`entry.retry = setInterval(...)`)."""
    node = call
    parent = node.parent
    while parent is not None and parent.type in PASSED_THROUGH:
        node, parent = parent, parent.parent
    if parent is None:
        return None
    if parent.type == "pair" and parent.child_by_field_name("value") == node and parent.parent is not None:
        return text(parent.child_by_field_name("key")).strip("'\"`"), parent.parent
    if parent.type == "assignment_expression" and parent.child_by_field_name("right") == node:
        left = parent.child_by_field_name("left")
        holder = unwrap(left.child_by_field_name("object")) if left is not None and left.type == "member_expression" else None
        if holder is not None and holder.type == "identifier":
            return text(left.child_by_field_name("property")), holder
    return None


def _local_put_in_entry(call: Node, ctx: "FileContext") -> tuple[str, Node] | None:
    """`const retry = setInterval(...); table.set(id, { envelope, retry })`: the property a local
    handle is put under in an object literal, and that object."""
    holder = call.parent
    while holder is not None and holder.type in PASSED_THROUGH:
        holder = holder.parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    binding = ctx.model.binding_of(name) if name is not None and name.type == "identifier" else None
    for reference in binding.references if binding is not None else ():
        held = property_holding(reference.identifier)
        if held is not None:
            return held
    return None


def _handle_added(call: Node, ctx: "FileContext") -> tuple[Node, Node | None, Node] | None:
    """The table the handle itself goes into, directly (`table.set(id, setInterval(...))`) or
    through the local it is declared in (`const timer = setInterval(...); table.set(id, timer)`)."""
    node = call
    while node.parent is not None and node.parent.type in PASSED_THROUGH:
        node = node.parent
    parent = node.parent
    if parent is not None and parent.type == "variable_declarator" and parent.child_by_field_name("value") == node:
        name = parent.child_by_field_name("name")
        return _added_to(name, ctx) if name is not None and name.type == "identifier" else None
    return _table_holding(node, ctx)


def _added_to(entry: Node, ctx: "FileContext") -> tuple[Node, Node | None, Node] | None:
    """The long-lived table an entry goes into, the key it goes under and the adding node:
    `table.set(key, entry)`, `table.push(entry)`, `table[key] = entry`, for the object itself or
    for the local that holds it."""
    node = entry
    while node.parent is not None and node.parent.type in PASSED_THROUGH:
        node = node.parent
    parent = node.parent
    if entry.type == "object" and parent is not None and parent.type == "variable_declarator" and parent.child_by_field_name("value") == node:
        name = parent.child_by_field_name("name")
        if name is None or name.type != "identifier":
            return None
        entry = name
    if entry.type == "object":
        return _table_holding(node, ctx)
    if entry.type != "identifier":
        return None
    binding = ctx.model.binding_of(entry)
    if binding is None or binding.is_module_level:
        return None
    for reference in binding.references:
        found = _table_holding(reference.identifier, ctx)
        if found is not None:
            return found
    return None


def _table_holding(value: Node, ctx: "FileContext") -> tuple[Node, Node | None, Node] | None:
    parent = value.parent
    if parent is not None and parent.type == "arguments" and parent.parent is not None and parent.parent.type == "call_expression":
        call = parent.parent
        args = call_arguments(call)
        if callee_name(call) in ADD_METHODS and args and args[-1] == value:
            table = unwrap(callee_object(call))
            key = args[0] if callee_name(call) == "set" and len(args) == 2 else None
            return (table, key, call) if table is not None and _long_lived(table, ctx) else None
    if parent is not None and parent.type == "assignment_expression" and parent.child_by_field_name("right") == value:
        left = parent.child_by_field_name("left")
        if left is not None and left.type == "subscript_expression":
            table = unwrap(left.child_by_field_name("object"))
            return (table, left.child_by_field_name("index"), parent) if table is not None and _long_lived(table, ctx) else None
    return None


def _long_lived(table: Node, ctx: "FileContext") -> bool:
    """A module-level binding of the file, or a field of `this` inside a class."""
    if table.type == "identifier":
        binding = ctx.model.binding_of(table)
        return binding is not None and binding.is_module_level and binding.source_module is None
    if table.type == "member_expression":
        owner = unwrap(table.child_by_field_name("object"))
        return owner is not None and owner.type == "this" and _class_of(table, ctx.source.data) is not None
    return False


def _class_of(node: Node, data: bytes) -> Node | None:
    """The class whose instance `this` at `node` is, or the constructor function whose
    prototype methods the file defines (`Client.prototype.send = function () {...}`)."""
    owner = this_owner(node)
    if owner is None or owner.type in CLASS_TYPES:
        return owner
    name = function_name(owner)
    return owner if name and name.encode() + b".prototype" in data else None


def _removals(table: Node, spelled: str, ctx: "FileContext") -> list[Node]:
    """`table.delete(k)` and `delete table[k]`, spelled alike (in the same class, for a field)."""
    owner = _class_of(table, ctx.source.data) if table.type == "member_expression" else None
    found = [c for c in ctx.calls_named(("delete",)) if text(unwrap(callee_object(c))) == spelled]
    root = ctx.source.root
    needle = b"delete " + spelled.encode() + b"["
    data = ctx.source.data
    at = data.find(needle)
    while at >= 0:
        node = root.descendant_for_byte_range(at, at + len(needle))
        while node is not None and node.type != "unary_expression":
            node = node.parent
        if node is not None:
            found.append(node)
        at = data.find(needle, at + 1)
    if owner is not None:
        found = [r for r in found if _class_of(r, data) == owner]
    return sorted(found, key=lambda n: n.start_byte)


def _cleared_by_property(prop: str, clears: frozenset[str], ctx: "FileContext") -> Node | None:
    """A clear of `<anything>.prop` in the file: `clearInterval(entry.retry)`, `entry.watcher.close()`."""
    for call in ctx.calls_named(clears):
        args = call_arguments(call)
        for target in (unwrap(args[0]) if args else None, unwrap(callee_object(call))):
            if target is not None and target.type == "member_expression" and text(target.child_by_field_name("property")) == prop:
                return call
    return None


def _cleared_from_table(spelled: str, clears: frozenset[str], ctx: "FileContext") -> Node | None:
    """A clear of what the table holds under a key: `clearInterval(this.heartbeats.get(id))`,
    `clearTimeout(timers[id])`."""
    for call in ctx.calls_named(clears):
        args = call_arguments(call)
        target = unwrap(args[0]) if args else None
        if target is not None and target.type == "call_expression" and callee_name(target) == "get":
            target = unwrap(callee_object(target))
        elif target is not None and target.type == "subscript_expression":
            target = unwrap(target.child_by_field_name("object"))
        else:
            continue
        if target is not None and text(target) == spelled:
            return call
    return None


def _clears_something(fn: Node, clears: frozenset[str], ctx: "FileContext", depth: int = 0) -> bool:
    """Whether a function clears a timer, or calls what may: a release-like method
    (`entry.cancel()`), or a function or method of the file that clears one."""
    for node in walk(fn):
        if node.type != "call_expression":
            continue
        name = callee_name(node) or ""
        if name in clears or RELEASE_LIKE.match(name):
            return True
        if depth < 2:
            callee = same_file_callee(node, ctx)
            if callee is not None and callee != fn and _clears_something(callee, clears, ctx, depth + 1):
                return True
    return False
