"""Stops kept in a container of code that runs per connection, released one key at a time.

`const watches = new Map()` in a 'connection' handler, `watches.set(id, watchOrder(...))` in
its 'watch' handler and `watches.get(id)()` in its 'unwatch' handler: each entry is ended only
when the client asks for that key. When the connection ends, the container goes with it, but
what its entries would have stopped (a timer loop, a subscription on a source the module
keeps) goes on running. Nothing that walks the container to end every entry means the
connection's end leaves all of those behind. The timer and subscription rules ask the same
question of their own kept handles, so the answer lives here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tree_sitter import Node

from .nodes import call_arguments, callee_name, outermost, text, unwrap
from .runs import RunsHow
from .keys import prototype_constructor, this_owner
from .scopes import BindingKind

if TYPE_CHECKING:
    from ..context import FileContext
    from .runs import RunContext

STORES = frozenset({"set", "push", "add"})
# What a use of the container may be, for its entries to be ended one key at a time only.
KEYED_USES = STORES | {"get", "has", "delete"}
SIZES = frozenset({"size", "length"})
CONTAINERS = frozenset({"Map", "Set"})


@dataclass(frozen=True)
class KeyedEntries:
    container: str
    store: Node  # `watches.set(id, ...)`
    declaration: Node  # `const watches = new Map()`
    keyed_release: Node | None  # `watches.get(id)`, the one way an entry is ever read back
    where: str  # how often the container is made: "inside the 'connection' handler"

    def fate(self, ended: str, what: str) -> str:
        """How a message says what becomes of the entries: "called"/"ended", "loop"/"subscription"."""
        if self.keyed_release is None:
            return f"whose entries are never {ended}, so every {what} kept there goes on for good"
        return (f"whose entries are {ended} only by key (line {self.keyed_release.start_point[0] + 1}), never all at once, so when "
                f"what that code serves ends (a connection that closes), every {what} not {ended} by its own key goes on for good")


def kept_per_key(call: Node, ctx: "FileContext") -> KeyedEntries | None:
    """The container that `call`'s value (a stop, a subscription) is stored into, directly or
    through a const, when that container is made anew by code that repeats and is only ever
    used by key: nothing iterates it to end every entry, so its owner's end leaves them."""
    store = _store_of(call, ctx)
    if store is None:
        return None
    target = store_parts(store)[0]
    binding = ctx.model.binding_of(target) if target is not None and target.type == "identifier" else None
    if binding is None or binding.kind not in (BindingKind.CONST, BindingKind.LET) or binding.is_module_level \
            or not _made_empty(binding.value):
        return None
    runs = ctx.run_context(binding.declaration)
    if runs.how is not RunsHow.REPEATED:
        return None
    keyed_release = None
    for reference in binding.references:
        use = _use_of(reference.identifier)
        if use is None:
            return None  # walked, handed on or returned: its entries may all be ended
        if use == "get" and keyed_release is None:
            keyed_release = outermost(reference.identifier).parent
    return KeyedEntries(binding.name, store, binding.declaration, keyed_release, runs.where)


def _store_of(call: Node, ctx: "FileContext") -> Node | None:
    """`c.set(k, call)`, `c.push(call)`, or `const s = call; ...; c.set(k, s)` (or a `let`
    given that one value only: `let job; try { job = new CronJob(...) } ...; c.set(k, job)`)."""
    holder = outermost(call).parent
    if holder is not None and holder.type == "assignment_expression" and holder.child_by_field_name("right") == outermost(call):
        left = unwrap(holder.child_by_field_name("left"))
        if left is not None and left.type == "subscript_expression":
            return holder  # `this.pollers[feed.url] = setInterval(...)`
        binding = ctx.model.binding_of(left) if left is not None and left.type == "identifier" else None
        if binding is None or binding.kind is not BindingKind.LET or binding.value is not None or len(binding.writes) != 1:
            return None
        stores = [s for s in (_store_of_value(r.identifier) for r in binding.references) if s is not None]
        return stores[0] if len(stores) == 1 else None
    if holder is not None and holder.type == "variable_declarator" and holder.child_by_field_name("value") == outermost(call):
        binding = ctx.model.binding_of(holder.child_by_field_name("name"))
        if binding is None or binding.kind is not BindingKind.CONST:
            return None
        stores = [s for s in (_store_of_value(r.identifier) for r in binding.references) if s is not None]
        return stores[0] if len(stores) == 1 else None
    return _store_of_value(call)


def _store_of_value(value: Node) -> Node | None:
    node = outermost(value)
    arguments = node.parent
    store = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    if store is None or store.type != "call_expression" or callee_name(store) not in STORES:
        return None
    args = call_arguments(store)
    if not args or outermost(args[-1]) != node or (callee_name(store) == "set" and len(args) != 2):
        return None
    function = store.child_by_field_name("function")
    return store if function is not None and function.type == "member_expression" else None


def _made_empty(value: Node | None) -> bool:
    value = unwrap(value)
    if value is None:
        return False
    if value.type == "array":
        return value.named_child_count == 0
    if value.type == "new_expression":
        constructor = value.child_by_field_name("constructor")
        arguments = value.child_by_field_name("arguments")
        return text(constructor) in CONTAINERS and (arguments is None or not call_arguments(value))
    return False


def _use_of(ident: Node) -> str | None:
    """The keyed method called on the container at this use, "size" for a count, "declared"
    for its declaration; None for any other use."""
    parent = ident.parent
    if parent is not None and parent.type == "variable_declarator" and parent.child_by_field_name("name") == ident:
        return "declared"
    if parent is None or parent.type != "member_expression" or parent.child_by_field_name("object") != ident:
        return None
    name = text(parent.child_by_field_name("property"))
    if name in SIZES:
        return "size"
    call = parent.parent
    if name in KEYED_USES and call is not None and call.type == "call_expression" and call.child_by_field_name("function") == parent:
        return name
    return None


# The uses of a field that neither read an entry back nor hand the container on.
BLIND_USES = frozenset({"set", "add", "push", "delete", "has", "clear", "size", "length"})


def dropped_with_entry(call: Node, ctx: "FileContext") -> tuple[Node, Node | None] | None:
    """`this.streams.set(client.id, source.subscribe(...))` with `this.streams.delete(client.id)`
    and nothing that reads an entry back (no `get`, no walk, never handed on): what the call
    hands back is kept only to be dropped with its entry, so whatever would end it is never
    called. The store and the first removal (None when there is none), or None."""
    store = _store_of(call, ctx)
    target = store_parts(store)[0] if store is not None else None
    if target is None or target.type != "member_expression" or text(target.child_by_field_name("object")) != "this":
        return None
    scope = this_owner(target.child_by_field_name("object"))  # the class whose field it is
    if scope is None:
        return None
    field = re.escape(text(target.child_by_field_name("property")).encode())
    removal = None
    for match in re.finditer(rb"this\s*\.\s*" + field + rb"(?![\w$])(\s*\??\.\s*([A-Za-z_$][\w$]*))?", scope.text or b""):
        use = match.group(2)
        if use is None or use.decode() not in BLIND_USES:
            if _declares(scope.text or b"", match):
                continue  # `this.streams = new Map()` in the constructor
            return None  # read back, walked or handed on: its entries may be ended there
        if use in (b"delete", b"clear") and removal is None:
            removal = scope.descendant_for_byte_range(scope.start_byte + match.start(), scope.start_byte + match.end())
    return store, (outermost(removal).parent if removal is not None else None)


def _declares(data: bytes, match: "re.Match[bytes]") -> bool:
    """`this.x = new Map()`: the use is the assignment that makes the container."""
    after = data[match.end():match.end() + 40].lstrip()
    return after.startswith(b"=") and not after.startswith(b"==") and re.match(rb"=\s*(?:new\s+(?:Map|Set)\b|\[\s*\]|\{\s*\})", after) is not None


def stored_over_key(call: Node, ctx: "FileContext", callers_decide: bool = False) -> Node | None:
    """`jobs.set(tenantId, job)` in code that runs again with the same key (a route's parameter,
    not a fresh id), where the container outlives the function and nothing in the function
    looks at the entry already there first (`jobs.get(tenantId)?.stop()`, `if (jobs.has(id))`):
    the new handle goes over the old one, which nothing can reach to end any more. The store.
    With `callers_decide`, the same in a method whose callers decide how often it runs and with
    which key (`_keyed_by_caller`): the store, for a summary that callers in other files apply."""
    from .callers import refine
    from .nodes import enclosing_function, walk

    store = _store_of(call, ctx)
    if store is None or (store.type == "call_expression" and callee_name(store) != "set"):
        return None
    target, key = store_parts(store)
    fn = enclosing_function(store)
    if target is None or fn is None or key is None:
        return None
    if target.type == "identifier":
        binding = ctx.model.binding_of(target)
        if binding is None or binding.scope.function_scope.node == fn:
            return None  # made by this very run: nothing of an earlier run is in it
    elif not (target.type == "member_expression" and text(target.child_by_field_name("object")) == "this"):
        return None
    runs = refine(ctx.run_context(store), ctx.model)
    if runs.how is not (RunsHow.MAYBE if callers_decide else RunsHow.REPEATED) or callers_decide and not _keyed_by_caller(target, key, fn, ctx):
        return None
    if not callers_decide and not key_may_repeat(key, runs, ctx):
        return None
    shown = text(target)
    for node in walk(fn.child_by_field_name("body") or fn):
        if node.start_byte >= store.start_byte:
            break
        if node.type in ("member_expression", "subscript_expression") and text(node.child_by_field_name("object")) == shown \
                and not (node.type == "member_expression" and text(node.child_by_field_name("property")) in ("size", "length")):
            return None  # `jobs.get(id)`, `jobs.has(id)`, `jobs.delete(id)`, `clearInterval(jobs[id])` first: the old entry is seen to
            # (a count, `if (subs.size >= MAX) break`, sees none)
        if node.type == "call_expression" and _hands_key_to_own_method(node, key) and enclosing_function(node) == fn:
            return None  # `this.unwatch(id)` first: the class's own way to end the entry under that key
        if node.type == "call_expression" and enclosing_function(node) == fn and _empties_first(node, shown, ctx):
            return None  # `this.stopAll()` first: every entry ended and the table emptied before the new ones go in
    return store


def _empties_first(call: Node, shown: str, ctx: "FileContext") -> bool:
    """A call of a function or method of the file that empties the table (`this.jobs.clear()`,
    `jobs = new Map()`): what was under any key is gone before the run stores again."""
    from .callers import same_file_callee

    callee = same_file_callee(call, ctx)
    body = (callee.text or b"").replace(b" ", b"") if callee is not None else b""
    spelled = shown.replace(" ", "").encode()
    return bool(body) and (spelled + b".clear()" in body or re.search(re.escape(spelled) + rb"=(?!=)", body) is not None)


def key_may_repeat(key: Node, runs: "RunContext", ctx: "FileContext") -> bool:
    """Whether another run may store under the same key: not a counter, a uuid or an object
    made in the run, nor the connection or request a handler is handed or that object's own
    `id` (`socket.id`, `msg.id`); a name like `tenantId`, or a path the client repeats
    (`req.params.id`), may well come again."""
    from .provenance import fresh_key, request_source

    fresh = fresh_key(key, ctx.model)
    if fresh is not None and not fresh.startswith("id "):
        return False  # a counter, a uuid, an object made here: never the same key twice
    if _unique_loop_key(key, ctx):
        return False  # `for (const [name, url] of Object.entries(urls))` in code that runs once: each key once
    source = request_source(key, runs, ctx.model)
    if source is not None and source.type == "identifier" and (bound := ctx.model.binding_of(source)) is not None \
            and bound.kind is BindingKind.PARAMETER:
        return False  # keyed by the connection or request object itself (`heartbeats.set(ws, t)`): a new key per run
    owner = unwrap(key.child_by_field_name("object")) if key.type == "member_expression" else None
    # `subs.set(client.id, ...)`, `subs.set(msg.id, ...)`: the own id of the object each run is handed or reads (a connection,
    # a job, a subscribe message), new each time (`req.params.id` is not one: a path the client repeats)
    return not (owner is not None and text(key.child_by_field_name("property")) == "id" and owner.type == "identifier"
                and ctx.model.binding_of(owner) is not None)


# What iterating gives each key once: an object's own keys, a Map's or a Set's.
UNIQUE_KEY_SOURCES = re.compile(r"^(?:Object\.(?:keys|entries)\(|new Set\()|\.keys\(\)$|\.entries\(\)$")


def _unique_loop_key(key: Node, ctx: "FileContext") -> bool:
    """The variable of a loop over an object's keys (`for...in`, `Object.keys/entries`) or a
    Map's, in a function that itself runs once: within that one run no key comes twice."""
    from .callers import refine
    from .runs import run_context

    binding = ctx.model.binding_of(key) if key.type == "identifier" else None
    loop = binding.identifier.parent if binding is not None else None
    while loop is not None and loop.type in ("array_pattern", "object_pattern", "pair_pattern", "assignment_pattern"):
        loop = loop.parent  # `const [name, url] of ...`
    if loop is None or loop.type != "for_in_statement":
        return False
    right = text(loop.child_by_field_name("right")).replace(" ", "")
    unique = any(c.type == "in" for c in loop.children) or UNIQUE_KEY_SOURCES.search(right) is not None
    return unique and refine(run_context(loop, ctx.source.root), ctx.model, owner=ctx.source.root).how is not RunsHow.REPEATED


def _hands_key_to_own_method(call: Node, key: Node) -> bool:
    """`this.stop(tenantId)`: a method of the instance handed the very key about to be stored."""
    callee = unwrap(call.child_by_field_name("function"))
    if callee.type != "member_expression" or unwrap(callee.child_by_field_name("object")).type != "this":
        return False
    shown = text(key)
    return any(text(unwrap(arg)) == shown for arg in call_arguments(call))


def _keyed_by_caller(target: Node, key: Node, fn: Node, ctx: "FileContext") -> bool:
    """`schedule(tenantId, ms) { this.timers.set(tenantId, setInterval(...)) }`, a method whose
    callers decide how often it runs, keyed by the key they hand it, in a class that reads its
    entries back elsewhere to end them (`clearInterval(this.timers.get(id))`): the table is
    there to end one handle per key, and a second call for the same key hides the first."""
    method = fn.type == "method_definition" and text(fn.child_by_field_name("name")) != "constructor"
    if target.type != "member_expression" or not (method or prototype_constructor(fn) is not None):
        return False
    binding = ctx.model.binding_of(key) if key.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.PARAMETER or binding.scope.function_scope.node != fn:
        return False
    owner = this_owner(target.child_by_field_name("object"))
    field = text(target.child_by_field_name("property"))
    if owner is None or not field:
        return False
    scope = owner if owner.type in ("class_declaration", "class") else ctx.source.root  # a prototype's methods: anywhere in the file
    read_back = re.compile(rb"this\s*\.\s*" + re.escape(field.encode()) + rb"\s*\??\.\s*get\s*\(")
    return any(not fn.start_byte <= scope.start_byte + m.start() < fn.end_byte for m in read_back.finditer(scope.text or b""))


def store_parts(store: Node) -> tuple[Node | None, Node | None]:
    """The container and the key of a keyed store: `jobs.set(id, job)` or `jobs[id] = job`."""
    if store.type == "assignment_expression":
        left = unwrap(store.child_by_field_name("left"))
        return unwrap(left.child_by_field_name("object")), unwrap(left.child_by_field_name("index"))
    args = call_arguments(store)
    return unwrap(store.child_by_field_name("function").child_by_field_name("object")), unwrap(args[0]) if args else None
