"""Guards that make repeated code act once: a flag set beside the acquisition it guards.

`if (!this.bound) { emitter.on(...); this.bound = true }` runs in a handler that repeats, but
the registration inside it happens once. Every pairing rule (listeners, intervals, watchers)
asks the same question, so the answer lives here.
"""

from __future__ import annotations

import re

from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from .keys import key_of
from .scopes import BindingKind
from .nodes import FUNCTION_TYPES, ancestors, callee_name, contains, enclosing_function, handed_to, outermost, text, unwrap, walk
from .runs import callback_role


def guarded_once(call: Node, ctx: FileContext) -> bool:
    """One-time acquisition behind a flag: `if (!this.bound) { ...; this.bound = true }`,
    `if (this.bound) return; this.bound = true; ...`, or `if (!e.listenerCount('x'))`.
    Asked by several rules about the same calls, so the answer is kept per node."""
    known = ctx.guards.get(call.id)
    if known is None:
        known = ctx.guards[call.id] = _guarded_once(call, ctx)
    return known


def guarded_along(call: Node, calls: "tuple[Node, ...]", ctx: FileContext) -> bool:
    """The call, or one of the calls that lead to it from the code that repeats, behind a flag
    (`init() { if (!initialized) { initialized = true; handleClicks() } }`): once however often
    that code runs."""
    return guarded_once(call, ctx) or any(guarded_once(site, ctx) for site in calls)


def _guarded_once(call: Node, ctx: FileContext) -> bool:
    fn = enclosing_function(call)
    for parent in ancestors(call):
        if parent == fn:
            break
        if parent.type == "if_statement" and (_guarding_condition(parent, fn, ctx) or _browser_only_in_ssr_plugin(parent, call, fn)):
            return True
        if parent.type == "statement_block" and _early_return_guard(parent, call, fn, ctx):
            return True
    # `if (!this.started) { zone.runOutsideAngular(() => document.addEventListener(...)) }`: a
    # callback run there and then is as guarded as the call that runs it.
    handed = handed_to(fn) if fn is not None and callback_role(fn)[0] == "pass" else None
    # (`this._ready = new Promise((resolve, reject) => this.once('error', reject))` behind `if (!this._ready)` too)
    return handed is not None and handed[0].type in ("call_expression", "new_expression") and guarded_once(handed[0], ctx)


# Tests that hold only in the browser: `import.meta.client`, `process.client`, `typeof window !== 'undefined'`.
BROWSER_ONLY = re.compile(r"^\(?\s*(?:import\.meta\.(?:client|browser)|process\.(?:client|browser)|"
                          r"typeof\s+(?:window|document)\s*!==?\s*['\"]undefined['\"])\s*\)?$")


def _browser_only_in_ssr_plugin(statement: Node, call: Node, fn: Node | None) -> bool:
    """`defineNuxtPlugin(() => { if (import.meta.client) catalog.on(fn) })`: the plugin runs for
    every server-side request, but the browser runs it once per page, and only there does the
    branch run."""
    consequence = statement.child_by_field_name("consequence")
    condition = statement.child_by_field_name("condition")
    if fn is None or consequence is None or condition is None or not contains(consequence, call) \
            or BROWSER_ONLY.match(text(condition).strip()) is None:
        return False
    holder = outermost(fn).parent
    site = holder.parent if holder is not None and holder.type == "arguments" else None
    return site is not None and site.type == "call_expression" and callee_name(site) in SSR_PLUGIN_FUNCTIONS


# Functions whose callback runs once per server-side request and once per page in the browser.
SSR_PLUGIN_FUNCTIONS = frozenset({"defineNuxtPlugin"})


def _guarding_condition(statement: Node, fn: Node | None, ctx: FileContext) -> bool:
    condition = statement.child_by_field_name("condition")
    if condition is None:
        return False
    if "listenerCount" in text(condition) or "listeners(" in text(condition):
        return True
    return _condition_flag_is_set(condition, fn, ctx) or _marked_in_set(statement, condition) and not _set_of_outer_run(condition, fn, ctx)


# `!armed.has(sock)`: a set asked whether it holds an object yet (group 1: the set, 2: the object).
NOT_IN_SET = re.compile(r"^\(?\s*!\s*([\w$.]+)\s*\.\s*has\(\s*([\w$.]+)\s*\)\s*\)?$")


def _marked_in_set(statement: Node, condition: Node) -> bool:
    """`if (!armed.has(sock)) { armed.add(sock); sock.on('timeout', f) }`: once per object, the
    set marks the ones already done (a WeakSet, most often); also as one of the conditions that
    must all hold (`if (server && !seen.has(server))`)."""
    consequence = statement.child_by_field_name("consequence")
    spelled = text(condition).strip()
    if spelled.startswith("(") and spelled.endswith(")"):
        spelled = spelled[1:-1]
    for part in spelled.split("&&") if "||" not in spelled else [spelled]:
        found = NOT_IN_SET.match(part.strip())
        if found is not None and consequence is not None and re.search(
                re.escape(found.group(1)) + r"\s*\.\s*add\(\s*" + re.escape(found.group(2)) + r"\s*\)", text(consequence)) is not None:
            return True
    return False


def _set_of_outer_run(condition: Node, fn: Node | None, ctx: FileContext) -> bool:
    """`const following = new Set()` in the connection handler, asked in its 'follow' listener:
    the set is made again by every run of the function around, so it marks what one connection
    did, and a new connection does it all again."""
    found = NOT_IN_SET.match(text(condition).strip())
    name = found.group(1) if found is not None else None
    ident = next((n for n in walk(condition) if n.type == "identifier" and text(n) == name), None) if name and "." not in name else None
    binding = ctx.model.binding_of(ident) if ident is not None else None
    if binding is None or binding.is_module_level or fn is None:
        return False
    home = binding.scope.function_scope.node
    return home is not None and home != fn and home.type != "program" and contains(home, fn)


def _early_return_guard(block: Node, call: Node, fn: Node | None, ctx: FileContext) -> bool:
    for statement in block.named_children:
        if statement.start_byte >= call.start_byte:
            return False
        if statement.type != "if_statement":
            continue
        consequence = text(statement.child_by_field_name("consequence"))
        if consequence.lstrip("{ \n\t").startswith(("return", "throw")) and (
                _guarding_condition(statement, fn, ctx) or _marked_after(statement, block, call)):
            return True
    return False


def marked_per_key(call: Node) -> bool:
    """`if (this.tracked.has(jobId)) return; this.tracked.add(jobId); ...`: the guard before the
    call is a set that marks each key, so the call runs once per key, and a new key (a new job,
    a new socket) runs it again."""
    fn = enclosing_function(call)
    for parent in ancestors(call):
        if parent == fn:
            break
        if parent.type == "statement_block" and any(
                s.type == "if_statement" and s.start_byte < call.start_byte and _marked_after(s, parent, call) for s in parent.named_children):
            return True
    return False


# `seen.has(sock)`: a set asked whether it holds an object already (group 1: the set, 2: the object).
IN_SET = re.compile(r"^\(?\s*([\w$.]+)\s*\.\s*has\(\s*([\w$.]+)\s*\)\s*\)?$")


def _marked_after(statement: Node, block: Node, call: Node) -> bool:
    """`if (watched.has(socket)) return; watched.add(socket); socket.on(...)`: the set marks the
    object before the call, so the call runs once per object."""
    condition = statement.child_by_field_name("condition")
    found = IN_SET.match(text(condition).strip()) if condition is not None else None
    if found is None:
        return False
    marks = re.compile(re.escape(found.group(1)) + r"\s*\.\s*add\(\s*" + re.escape(found.group(2)) + r"\s*\)")
    return any(statement.end_byte <= s.start_byte and s.end_byte <= call.start_byte and marks.search(text(s)) for s in block.named_children)


def _condition_flag_is_set(condition: Node, fn: Node | None, ctx: FileContext) -> bool:
    """Some flag the condition reads is assigned after the test, inside the same function.

    Only a flag that outlives the call can guard the next call: a parameter or local that the
    function reassigns (`interval = interval || 5000; if (isNaN(interval)) throw ...`) is no guard.
    """
    if fn is None:
        return False
    data = ctx.source.data
    for node in _access_paths(condition):
        if not _tested_whole(node) or not _spelled_assigned(data, condition.end_byte, fn.end_byte, node.text or b""):
            continue  # nothing after the test even spells an assignment to it: no model needed
        if not _outlives_call(node, fn, ctx):
            continue
        key = key_of(node, ctx.model)
        if key is None:
            continue
        if key.path:
            writes = [a for a in ctx.accesses(key) if _assigned(a)]
        else:
            binding = ctx.model.binding_of(node) if node.type == "identifier" else None
            writes = [r.identifier for r in binding.references if r.is_write] if binding is not None else []
        # Set after the test, in this function: a flag set before it (`this.enabled = enabled;
        # if (this.enabled) ...`) is configuration, not a guard.
        if any(condition.end_byte <= w.start_byte < fn.end_byte and fn.start_byte <= w.start_byte for w in writes):
            return True
    return False


def _spelled_assigned(data: bytes, start: int, end: int, name: bytes) -> bool:
    """Whether `name =` (not `==`) appears between `start` and `end`: the bytes decide before
    any binding is resolved."""
    position = data.find(name, start, end) if name else -1
    while position != -1:
        after = position + len(name)
        while after < end and data[after] in b" \t":
            after += 1
        if data[after:after + 1] == b"=" and data[after + 1:after + 2] != b"=":
            return True
        position = data.find(name, position + 1, end)
    return False


def _assigned(access: Node) -> bool:
    parent = access.parent
    return parent is not None and parent.type == "assignment_expression" and parent.child_by_field_name("left") == access


def _tested_whole(path: Node) -> bool:
    """`a.b` in `if (!a.b)`, not the `a` of it: writing `a` elsewhere (`a = data`) sets no flag
    that `a.b.c` tests."""
    parent = outermost(path).parent
    return parent is None or parent.type not in ("member_expression", "subscript_expression") or (
        parent.child_by_field_name("object") != outermost(path)
    )


def _outlives_call(path: Node, fn: Node, ctx: FileContext) -> bool:
    root: Node | None = path
    while root is not None and root.type in ("member_expression", "subscript_expression"):
        root = unwrap(root.child_by_field_name("object"))
    if root is None or root.type != "identifier":
        return root is not None and root.type == "this"
    binding = ctx.model.binding_of(root)
    if binding is None:
        return True  # a global
    alias = unwrap(binding.value)
    if alias is not None and alias.type == "this":
        return True  # `const self = this`
    if root is not path and binding.kind is BindingKind.PARAMETER:
        return True  # `if (!client[kHandlers]) { client[kHandlers] = ... }`: a mark on the caller's object
    if root is not path and binding.kind is BindingKind.CONST and _read_from_parameter(alias, ctx):
        return True  # `const socket = res.socket; if (!socket.server.hooked) ...`: a mark on an object the caller's reaches
    return not (fn.start_byte <= binding.identifier.start_byte < fn.end_byte)


def _read_from_parameter(value: Node | None, ctx: FileContext) -> bool:
    """`res.socket`, `(res.socket as Sock)`: a property path read from a parameter."""
    node = unwrap(value)
    if node is None or node.type != "member_expression":
        return False
    while node is not None and node.type in ("member_expression", "subscript_expression"):
        node = unwrap(node.child_by_field_name("object"))
    binding = ctx.model.binding_of(node) if node is not None and node.type == "identifier" else None
    return binding is not None and binding.kind is BindingKind.PARAMETER


def _access_paths(root: Node | None) -> Iterator[Node]:
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "member_expression", "subscript_expression"):
            yield node
        if node.type in FUNCTION_TYPES and node != root:
            continue
        stack.extend(node.named_children)


def guarded_per_instance(call: Node) -> bool:
    """The guards in front of `call` test only the instance's own state (`if (this.timer !==
    undefined) return`): one running per instance, but a new instance (a component mounted
    again) starts its own, whatever the last one left running."""
    fn = enclosing_function(call)
    conditions = []
    for parent in ancestors(call):
        if parent == fn:
            break
        if parent.type == "if_statement":
            conditions.append(parent.child_by_field_name("condition"))
        if parent.type == "statement_block":
            conditions += [s.child_by_field_name("condition") for s in parent.named_children
                           if s.type == "if_statement" and s.end_byte <= call.start_byte]
    roots = [unwrap(path) for condition in conditions for path in _access_paths(condition)
             if (path.parent is None or path.parent.type not in ("member_expression", "subscript_expression"))
             and text(path) not in ("undefined", "NaN", "Infinity")]
    while any(r.type in ("member_expression", "subscript_expression") for r in roots):
        roots = [unwrap(r.child_by_field_name("object")) if r.type in ("member_expression", "subscript_expression") else r for r in roots]
    return bool(roots) and all(r.type == "this" for r in roots)
