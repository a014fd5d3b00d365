"""How long the object an expression denotes lives, and what owns it.

global > module > instance > outer > call. The owner is the node one lifetime of which bounds
the object: None for module-level and global objects, the class for instance fields, the
declaring function for parameters and locals. Whether code leaks then depends on how often it
runs during one lifetime of that owner (semantic.runs with `owner`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from tree_sitter import Node

from .keys import Key, key_of, this_owner
from .model import SemanticModel
from .platform import media_query_list
from .nodes import FUNCTION_TYPES, call_arguments, callee_object, is_constructor, returned_values, text, unawaited, unwrap, walk
from .scopes import Binding, BindingKind

# `chrome` and `browser`, undeclared: a WebExtension's APIs, whose event objects (`chrome.storage.onChanged`) live as long as the extension.
GLOBAL_OBJECTS = frozenset({"process", "window", "document", "globalThis", "global", "self", "navigator", "chrome", "browser"})
FRESH_OBJECT_TYPES = frozenset({"call_expression", "new_expression", "await_expression", "object", "array", "class"})
MAX_ALIAS_STEPS = 4
# Lookups that hand back an object their receiver made once and keeps for later lookups: socket.io's
# `io.of('/chat')` returns the same namespace (and its `.adapter`) every time, as long as the server.
KEPT_LOOKUPS = frozenset({"of"})


class Lifetime(IntEnum):
    CALL = 1
    OUTER = 2
    INSTANCE = 3
    MODULE = 4
    GLOBAL = 5


@dataclass(frozen=True)
class Receiver:
    lifetime: Lifetime
    description: str
    owner: Node | None = None
    declaration: Node | None = None
    key: Key | None = None
    is_self: bool = False  # `this`, `super` or an alias of `this`: the emitter is the instance itself
    injected: bool = False  # handed to a constructor from outside: it outlives the instance
    fresh: bool = False  # created by the expression itself (`new X().on(...)`, `watch(p).on(...)`)
    field: str | None = None  # the field of `this` it is reached through, aliases followed (`const a = this.io.of('/').adapter`)


def server_behind(expr: Node | None) -> str | None:
    """`req.socket.server`, `res.connection.server`, `socket.server`: the server that accepted
    a connection, which outlives every request and connection it serves (semantic.platform);
    `ctx.app`, `req.app`: the application that serves them."""
    node = unwrap(expr)
    prop = text(node.child_by_field_name("property")) if node is not None and node.type == "member_expression" else None
    if prop not in ("server", "app"):
        return None
    owner = unwrap(node.child_by_field_name("object"))
    last = text(owner.child_by_field_name("property")) if owner is not None and owner.type == "member_expression" else text(owner)
    if prop == "app":  # `ctx.app` of a Koa context, `req.app` of an Express request: the application itself
        return text(node) if owner is not None and owner.type == "identifier" and last in REQUEST_HOLDERS else None
    return text(node) if last in ("socket", "connection", "_socket") else None


def server_behind_path(expr: Node | None) -> str | None:
    """The server or application behind a request that `expr` is, or that a member path of it
    starts from (`req.app.locals.helpers` from `req.app`)."""
    node = unwrap(expr)
    while node is not None and node.type == "member_expression":
        found = server_behind(node)
        if found is not None:
            return found
        node = unwrap(node.child_by_field_name("object"))
    return None


def reaches_server(expr: Node | None, model: SemanticModel) -> bool:
    """`req.socket.server`, or a const that holds it (`const server = req.socket.server`): the
    server behind whatever request the caller hands in, as long-lived as the program."""
    node = unwrap(expr)
    if node is not None and node.type == "identifier":
        binding = model.binding_of(node)
        node = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST else None
    return server_behind(node) is not None


def _behind(spelled: str) -> str:
    return "the application behind the request" if spelled.endswith(".app") else "the server behind the connection"


# Names of a request, or of the context a framework wraps it in, whose `.app` is the application.
REQUEST_HOLDERS = frozenset({"ctx", "context", "req", "request", "res", "response"})


def access_root(expr: Node | None) -> tuple[Node | None, int]:
    """The leftmost node of an access path and how many member steps lead to it."""
    node, steps = unwrap(expr), 0
    while node is not None and node.type in ("member_expression", "subscript_expression"):
        node = unwrap(node.child_by_field_name("object"))
        steps += 1
    return node, steps


def receiver_of(expr: Node, model: SemanticModel) -> Receiver | None:
    """What the receiver of a call is; None when nothing certain can be said."""
    key = key_of(expr, model)
    server = server_behind_path(expr)
    if server is not None:  # `req.app.locals`: a field of the application behind the request is as long-lived as it
        return Receiver(Lifetime.GLOBAL, f"`{text(expr)}`, {_behind(server)}" if server == text(unwrap(expr)) else
                        f"`{text(expr)}`, on {_behind(server)} (`{server}`)", key=key)
    root, steps = access_root(expr)
    chain = expr
    for _ in range(MAX_ALIAS_STEPS):
        if root is None:
            return None
        kept = _kept_lookup(root)
        if kept is not None:  # `this.server.of('/').adapter`: as long-lived as `this.server`
            chain = kept
            root, more = access_root(kept)
            steps += more + 1
            continue
        if media_query_list(root):  # new on every call, yet the document keeps it while it has listeners
            return Receiver(Lifetime.GLOBAL, f"the media query list `{text(root)}`, which the document keeps while it has listeners", key=key)
        if root.type in FRESH_OBJECT_TYPES:
            return Receiver(Lifetime.CALL, f"`{text(expr)}`", key=key, fresh=True)
        if root.type in ("this", "super"):
            return _this_receiver(expr, root, steps, key, _field_after(chain, root))
        if root.type != "identifier":
            return None
        binding = model.binding_of(root)
        if binding is None:
            name = text(root)
            return Receiver(Lifetime.GLOBAL, f"`{text(expr)}`", key=key) if name in GLOBAL_OBJECTS else None
        alias = _alias_target(binding) or _handed_out(binding, model)
        picked = _picked_from(binding) if alias is None else None
        if picked is not None:  # `const { channel } = this`: `this.channel`, one step further
            alias, steps = picked, steps + 1
        cache = cached_per_key(binding, model) if alias is None else None
        if cache is not None:  # `const client = clientFor(tenant)`, an entry of the module's table of clients
            return Receiver(Lifetime.MODULE, f"`{text(expr)}`, which `{text(unawaited(binding.value).child_by_field_name('function'))}()` "
                            f"keeps in module-level `{text(cache)}` for later calls", declaration=cache, key=key)
        entry = _own_table_entry(binding, model) if alias is None else None
        if entry is not None and _made_just_before(binding, root):  # `pool = new Pool(); pool.on(...)` in the branch that makes it
            return Receiver(Lifetime.CALL, f"`{text(expr)}`", key=key, fresh=True)
        if entry is not None:  # `let pool = pools.get(name); if (!pool) {...; pools.set(name, pool) }`, in the getter itself
            return Receiver(Lifetime.MODULE, f"`{text(expr)}`, an entry of module-level `{text(entry)}` kept for later calls",
                            declaration=entry, key=key)
        if alias is None and steps == 0 and server_returned(binding, model):  # `const server = owningServer(req)`
            return Receiver(Lifetime.GLOBAL, f"`{text(expr)}` (`{text(unwrap(binding.value))}`), the server behind the connection", key=key)
        if alias is None:
            return _binding_receiver(expr, binding, key, model)
        if steps == 0 and server_behind(alias) is not None:  # `const server = req.socket.server`
            return Receiver(Lifetime.GLOBAL, f"`{text(expr)}` (`{text(alias)}`), {_behind(text(alias))}", key=key)
        chain = alias
        root, more = access_root(alias)
        steps += more
    return None


def _field_after(chain: Node, root: Node) -> str | None:
    """The property read from `root` (`this`) in `chain`, through member accesses and kept lookups."""
    node = unwrap(chain)
    while node is not None:
        if node.type == "call_expression":
            node = _kept_lookup(node)
            continue
        if node.type not in ("member_expression", "subscript_expression"):
            return None
        inner = unwrap(node.child_by_field_name("object"))
        if inner == root:
            return text(node.child_by_field_name("property")) if node.type == "member_expression" else None
        node = inner
    return None


def _kept_lookup(node: Node) -> Node | None:
    """The receiver of a KEPT_LOOKUPS call with one argument (`io.of('/chat')` -> `io`)."""
    callee = unwrap(node.child_by_field_name("function")) if node.type == "call_expression" else None
    if callee is None or callee.type != "member_expression" or text(callee.child_by_field_name("property")) not in KEPT_LOOKUPS:
        return None
    return unwrap(callee.child_by_field_name("object")) if len(call_arguments(node)) == 1 else None


def server_returned(binding: Binding, model: SemanticModel) -> bool:
    """`const server = owningServer(req)`, a function of the file whose every return is the
    server behind a connection (`return req.socket.server`)."""
    value = unawaited(binding.value) if binding.kind is BindingKind.CONST else None
    callee = unwrap(value.child_by_field_name("function")) if value is not None and value.type == "call_expression" else None
    fn = model.function_named(callee) if callee is not None and callee.type == "identifier" else None
    returned = returned_values(fn) if fn is not None else []
    return bool(returned) and all(server_behind(r) is not None for r in returned)


def _alias_target(binding: Binding) -> Node | None:
    """`const bus = this.bus` or `const self = this`: follow the alias to what it names."""
    if binding.kind not in (BindingKind.CONST, BindingKind.LET, BindingKind.VAR) or binding.writes:
        return None
    value = unwrap(binding.value)
    if value is not None and value.type == "binary_expression" and text(value.child_by_field_name("operator")) in ("??", "||"):
        # `window.visualViewport ?? window`: the first, when both sides reach a global object
        sides = [unwrap(value.child_by_field_name(side)) for side in ("left", "right")]
        roots = [access_root(side)[0] for side in sides]
        return sides[0] if all(r is not None and r.type == "identifier" and text(r) in GLOBAL_OBJECTS for r in roots) else None
    if value is not None and media_query_list(value):
        return value  # `const query = window.matchMedia(q)`: a list the document keeps while it has listeners
    if value is None or value.type not in ("this", "member_expression", "identifier", "subscript_expression"):
        return None
    return value


def _picked_from(binding: Binding) -> Node | None:
    """`const { channel } = this` (or `= this.publisher`): the object the const's own property
    is taken from, when the name is that property's (a shorthand pattern, one level deep)."""
    declarator = binding.declaration
    pattern = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
    if binding.kind is not BindingKind.CONST or pattern is None or pattern.type != "object_pattern" \
            or binding.identifier.parent != pattern or binding.identifier.type != "shorthand_property_identifier_pattern":
        return None
    value = unwrap(declarator.child_by_field_name("value"))
    return value if value is not None and value.type in ("this", "member_expression") else None


def _handed_out(binding: Binding, model: SemanticModel) -> Node | None:
    """`const s = pushSession()` where `pushSession()` returns the module's own `session` (made
    on first use, kept for later calls): the local is that module-level object. The same for
    `const s = this.getSession()`, a method that returns the instance's `this.session`."""
    if binding.kind is not BindingKind.CONST or binding.is_module_level:
        return None
    value = unawaited(binding.value)
    return module_value_of(value, model) or field_value_of(value)


def cached_per_key(binding: Binding, model: SemanticModel) -> Node | None:
    """`const client = clientFor(tenant)`, where `clientFor()` is a function of the file whose
    every return is a local it read from a module-level Map (`clients.get(k)`) or made and
    stored there (`clients.set(k, client)`): the local is an entry the module keeps for later
    calls, as long-lived as that table. The table's name, or None."""
    if binding.kind is not BindingKind.CONST or binding.is_module_level:
        return None
    value = unawaited(binding.value)
    callee = unwrap(value.child_by_field_name("function")) if value is not None and value.type == "call_expression" else None
    fn = model.function_named(callee) if callee is not None and callee.type == "identifier" else None
    returned = [unwrap(r) for r in returned_values(fn)] if fn is not None else []
    if not returned or any(r is None or r.type != "identifier" or text(r) != text(returned[0]) for r in returned):
        return None
    local = model.binding_of(returned[0])
    return table_entry(local, fn, model) if local is not None else None


def table_entry(local: Binding, fn: Node, model: SemanticModel) -> Node | None:
    """`let pool = pools.get(name); if (!pool) { pool = new Pool(...); pools.set(name, pool) }`
    in `fn`: the local holds an entry of the module-level table it is read from or stored
    into, whichever branch ran. The table's name, or None."""
    if local.is_module_level or local.kind not in (BindingKind.LET, BindingKind.VAR, BindingKind.CONST):
        return None
    tables = {text(t) for t in (_table_read(local.value, model), *(_table_read(r.identifier.parent.child_by_field_name("right"), model)
              for r in local.writes if r.identifier.parent is not None and r.identifier.parent.type == "assignment_expression")) if t is not None}
    stored = [n for n in walk(fn.child_by_field_name("body") or fn) if n.type == "call_expression" and _stores_into(n, text(local.identifier), model)]
    if len(tables) != 1 or not stored or any(text(_receiver(n)) not in tables for n in stored):
        return None
    return _receiver(stored[0])


def _made_just_before(binding: Binding, use: Node) -> bool:
    """`if (!pool) { pool = new Pool(url); pool.on('x', f) }`: the use sits in the block of a
    write of the binding that comes before it, where the binding holds what was just made."""
    for write in binding.writes:
        assignment = write.identifier.parent
        block = assignment.parent.parent if assignment is not None and assignment.parent is not None else None
        if block is not None and block.type == "statement_block" and block.start_byte <= use.start_byte < block.end_byte \
                and assignment.end_byte <= use.start_byte:
            return True
    return False


def _own_table_entry(binding: Binding, model: SemanticModel) -> Node | None:
    """A `let` of a function that holds an entry of a module-level table (table_entry)."""
    if binding.kind is not BindingKind.LET or binding.is_module_level or _table_read(binding.value, model) is None:
        return None
    fn = binding.scope.function_scope.node
    return table_entry(binding, fn, model) if fn is not None and fn.type in FUNCTION_TYPES else None


def _table_read(value: Node | None, model: SemanticModel) -> Node | None:
    """`clients.get(k)` on a module-level binding: that binding's name."""
    value = unwrap(value)
    if value is None or value.type != "call_expression" or len(call_arguments(value)) != 1:
        return None
    callee = unwrap(value.child_by_field_name("function"))
    if callee is None or callee.type != "member_expression" or text(callee.child_by_field_name("property")) != "get":
        return None
    table = unwrap(callee.child_by_field_name("object"))
    binding = model.binding_of(table) if table is not None and table.type == "identifier" else None
    return table if binding is not None and binding.is_module_level else None


def _receiver(call: Node) -> Node | None:
    return unwrap(callee_object(call))


def _stores_into(call: Node, name: str, model: SemanticModel) -> bool:
    """`clients.set(k, name)` on a module-level binding."""
    callee = unwrap(call.child_by_field_name("function"))
    if callee is None or callee.type != "member_expression" or text(callee.child_by_field_name("property")) != "set":
        return False
    args = call_arguments(call)
    table = _receiver(call)
    binding = model.binding_of(table) if table is not None and table.type == "identifier" else None
    return len(args) == 2 and text(unwrap(args[1])) == name and binding is not None and binding.is_module_level


def field_value_of(value: Node | None) -> Node | None:
    """`this.getSession()`, a method of the same class taking nothing whose every `return`
    hands back the same field of `this` (made on first use, kept for later calls): that field."""
    callee = unwrap(value.child_by_field_name("function")) if value is not None and value.type == "call_expression" else None
    receiver = unwrap(callee.child_by_field_name("object")) if callee is not None and callee.type == "member_expression" else None
    if receiver is None or receiver.type != "this" or call_arguments(value):
        return None
    cls, name = this_owner(receiver), text(callee.child_by_field_name("property"))
    body = cls.child_by_field_name("body") if cls is not None and cls.type in ("class_declaration", "class", "abstract_class_declaration") else None
    method = next((m for m in body.named_children if m.type == "method_definition" and text(m.child_by_field_name("name")) == name), None) \
        if body is not None else None
    returned = [_stored_field(unwrap(r), method) for r in returned_values(method)] if method is not None else []
    if not returned or any(r is None or r.type != "member_expression" or unwrap(r.child_by_field_name("object")).type != "this"
                           or text(r) != text(returned[0]) for r in returned):
        return None
    return returned[0]


def _stored_field(value: Node | None, method: Node) -> Node | None:
    """A returned local the method also stores in a field of `this` (`const s = connect(); this.session
    = s; return s`), or read from one (`const current = this.session; if (current) return current`):
    that field. Anything else as it is."""
    if value is None or value.type != "identifier":
        return value
    for node in walk(method):
        if node.type == "variable_declarator" and text(node.child_by_field_name("name")) == text(value):
            read = unwrap(node.child_by_field_name("value"))
            if read is not None and read.type == "member_expression" and unwrap(read.child_by_field_name("object")).type == "this":
                return read
        if node.type == "assignment_expression" and text(unwrap(node.child_by_field_name("right"))) == text(value):
            left = unwrap(node.child_by_field_name("left"))
            if left is not None and left.type == "member_expression" and unwrap(left.child_by_field_name("object")).type == "this":
                return left
    return value


def module_value_of(value: Node | None, model: SemanticModel) -> Node | None:
    """`getSharedObserver()`, a function of the file taking nothing whose every `return` hands
    back the same module-level binding (made on first use, kept for later calls): that name."""
    callee = unwrap(value.child_by_field_name("function")) if value is not None and value.type == "call_expression" else None
    fn = model.function_named(callee) if callee is not None and callee.type == "identifier" and not call_arguments(value) else None
    body = fn.child_by_field_name("body") if fn is not None else None
    if body is None or body.type != "statement_block":
        return None
    returned = [unwrap(r) for r in returned_values(fn)]
    if not returned or any(r is None or r.type != "identifier" for r in returned):
        return None
    module_level = [r for r in returned if (b := model.binding_of(r)) is not None and b.is_module_level
                    and b.kind in (BindingKind.LET, BindingKind.VAR, BindingKind.CONST)]
    if not module_level or any(text(r) != text(module_level[0]) for r in module_level):
        return None
    kept = text(module_level[0])
    # `const s = connect(); session = s; return s`: the local it hands back is the one it keeps
    stored = {text(unwrap(n.child_by_field_name("right"))) for n in walk(body) if n.type == "assignment_expression"
              and text(n.child_by_field_name("left")) == kept and unwrap(n.child_by_field_name("right")) is not None}
    return module_level[0] if all(text(r) == kept or text(r) in stored for r in returned) else None


def _this_receiver(expr: Node, root: Node, steps: int, key: Key | None, field: str | None = None) -> Receiver:
    owner = this_owner(root)
    if steps == 0:
        return Receiver(Lifetime.INSTANCE, f"`{text(expr)}`", owner=owner, key=key, is_self=True)
    return Receiver(Lifetime.INSTANCE, f"`{text(expr)}`", owner=owner, key=key, field=field)


def _binding_receiver(expr: Node, binding: Binding, key: Key | None, model: SemanticModel) -> Receiver:
    shown = f"`{text(expr)}`"
    if binding.is_module_level:
        what = "imported" if binding.kind is BindingKind.IMPORT or binding.source_module else "module-level"
        return Receiver(Lifetime.MODULE, f"{what} {shown}", declaration=binding.identifier, key=key)
    # A local declared inside a loop body is a new object per iteration, even a hoisted `var`:
    # its owner is the block that declares it, a parameter's is its function.
    owner = binding.scope.node if binding.kind is BindingKind.PARAMETER else model.scope_of(binding.identifier).node
    injected = binding.kind is BindingKind.PARAMETER and is_constructor(owner)
    return Receiver(Lifetime.OUTER, shown, owner=owner, declaration=binding.identifier, key=key, injected=injected)

