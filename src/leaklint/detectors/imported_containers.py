"""Containers that one module exports and others fill: `export const sessions = new Map()` in
store.js, `sessions.set(id, user)` in a route handler of app.js.

Neither file shows the leak alone. The container's module summarises it (slot CONTAINER) when
nothing there removes entries from it, bounds it or hands it away; each importer reports,
pending, where it adds to it in code that repeats, directly or through a helper that grows
what it is handed (`wrap(res, 'send', fn, hooks)`, with `wrap` and `hooks` both imported).
The join (project.apply_summaries) keeps such a finding only when the summaries hold and no
analysed file empties or takes over the container.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from tree_sitter import Node

from ..findings import CONTAINER, NOWHERE, OWN, Requirement, Severity, Summary
from ..project import FIELD
from ..semantic import RunsHow, run_context
from ..semantic.callers import refine
from ..semantic.containers import Container
from ..semantic.exports import instance_exports
from ..semantic.owners import field_filled_with
from ..semantic.frameworks import END_METHODS, NEST_ONCE_HOOKS, TEARDOWN_METHODS
from ..semantic.lifetimes import access_root
from ..semantic.nodes import (
    CLASS_TYPES, ancestors, call_arguments, callee_name, callee_object, enclosing_function, function_name, is_constructor, outermost, short_text, string_value,
    text, unwrap,
)
from ..semantic.summaries import parameter_list
from ..semantic.provenance import allowlisted, bounded_field, fresh_key, one_of_few, request_source
from ..semantic.requests import request_data
from .base import Report

if TYPE_CHECKING:
    from ..semantic.missed_paths import Miss
    from ..context import FileContext
    from .collection import CollectionDetector, Uses

# After an imported name: an add on it or on one of its fields (`sessions.set(`, `state.queue.push(`,
# `registry[id] =`); before and after it: an argument of a call (`wrap(res, 'send', fn, hooks)`).
GROWN_AFTER = re.compile(rb"(?:\s*\.\s*[\w$]+)*?\s*(?:\.\s*(?:set|add|push|unshift)\s*\(|\[[^\]\n]*\]\s*=[^=])")
ARGUMENT_BEFORE = re.compile(rb"[(,]\s*\Z")
ARGUMENT_AFTER = re.compile(rb"(?:\s*\.\s*[\w$]+)*\s*[,)]")  # `hooks` or `hooks.replacements`, handed on
APPENDS = frozenset({"push", "unshift"})


def container_summaries(container: Container, uses: "Uses", ctx: "FileContext", rule_id: str) -> None:
    """An exported module-level container (or a field of an exported module-level instance)
    that its module never empties, bounds or hands away:
    kept for the rule's `summaries` (slot CONTAINER), under every name other modules reach it
    by. A function the module exports that removes entries, uncalled here, voids it wherever
    an analysed file calls that function (Summary.unless_used)."""
    if container.where not in ("module-level", "instance") or container.kind == "WeakMap" or container.shared_class:
        return  # a module-level container, or a field of the module's one instance (`export default new Board()`)
    if uses.shrinks or uses.escapes or uses.pending or uses.size_checks:
        return
    chains = sorted(c for c in container.exports if c[:1] != (FIELD,))
    if not chains:
        return
    action = f"{container.described} is declared here, and nothing in its module removes entries from it"
    found = ctx.shared.setdefault(f"own.{rule_id}", [])
    for chain in chains:
        found.append((Summary(rule_id, chain, CONTAINER, container.name, NOWHERE, action,
                              unless_used=tuple(sorted(uses.exported_releases))), container.declaration))


def imported_growth(detector: "CollectionDetector", ctx: "FileContext") -> Iterator[Report]:
    """Adds to containers imported from this project's modules, in code that repeats, as pending
    reports (one per container and file): `sessions.set(req.body.id, user)` in a handler, or
    `wrap(res, 'send', fn, hooks)` handing an imported array to an imported helper."""
    imports = ctx.followed_imports
    if not imports:
        return
    data, root, helpers = ctx.source.data, ctx.source.root, ctx.helpers
    reported: set[tuple[str, tuple[str, ...]]] = set()
    nothing: dict[tuple[str, tuple[str, ...]], bool] = {}  # per import and chain, asked once
    for name, spots in ctx.import_positions.items():
        specifier, prefix = imports[name]
        for start, end in spots:
            handed = ARGUMENT_BEFORE.search(data, max(0, start - 40), start) is not None and ARGUMENT_AFTER.match(data, end) is not None
            if not handed and GROWN_AFTER.match(data, end) is None:
                continue
            ident = root.descendant_for_byte_range(start, end)
            if ident is None or ident.type != "identifier" or ident.start_byte != start or ident.end_byte != end:
                continue
            node, chain = _chain_of(ident, prefix)
            if (specifier, chain) in reported:
                continue
            if handed and node != ident and not _handed_to_import(node, imports):
                continue  # `set.add(Globals.require)`: a member of a module handed on counts only to its own helpers
            if helpers is not None and nothing.setdefault((specifier, chain), helpers.summarises_nothing(specifier, chain)):
                continue  # its module is analysed and declares no container under that name
            binding = ctx.model.binding_of(ident)
            if binding is None or not binding.is_module_level or binding.source_module != specifier:
                continue  # a local spelled like the import
            report = _judged(detector, node, specifier, chain, ctx)
            if report is not None:
                reported.add((specifier, chain))
                yield report


def _handed_to_import(node: Node, imports: dict[str, tuple[str, tuple[str, ...]]]) -> bool:
    """`instrument.track(res, 'json', instrument.wrapped)`: the argument goes to a function
    imported from a project module, whose summary may say it grows what it is handed."""
    arguments = outermost(node).parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    callee = unwrap(call.child_by_field_name("function")) if call is not None and call.type == "call_expression" else None
    while callee is not None and callee.type == "member_expression":
        callee = unwrap(callee.child_by_field_name("object"))
    return callee is not None and callee.type == "identifier" and text(callee) in imports


def timed_out_helper_adds(rule_id: str, ctx: "FileContext") -> Iterator[Report]:
    """`request() { const id = register(resolve, reject); setTimeout(() => reject(err), ms) }` in
    a method of a long-lived class, or in any named function (an exported `resize()`): each
    call has the helper's module add an entry, and the call's timeout settles it without
    calling anything of that module, where the entry would be removed; however often the
    operation runs, each one that times out leaves its entry. Pending (slot OWN, left by
    timeout): the module's summary decides that it adds and removes only through a function
    this timeout does not call (project.join)."""
    from ..findings import OWN
    from ..semantic.missed_paths import timeout_leaves_helper_entry
    from ..semantic.owners import owner_method
    from .base import TIMEOUT_LEAVES_ENTRY, argument_freshness, repeated_imported_calls

    if b"setTimeout" not in ctx.source.data or not ctx.imported_calls:
        return  # before any model: most files have no timeout, or call no helper with a summary
    owners = ctx.long_lived_classes
    repeated = {call.site.id for call, _, _ in repeated_imported_calls(ctx, any_use=True)}  # judged by own_object_calls
    for call in ctx.imported_calls:
        if call.site.id in repeated or call.chain[-1:] == ("constructor",):
            continue
        method = next((m for o in owners if (m := owner_method(call.site, o.node, through_callbacks=True)) is not None), None) \
            or _named_operation(call.site)
        timer = timeout_leaves_helper_entry(call.site, ctx.relative_imports, call.specifier) if method is not None else None
        if timer is None:
            continue
        helper = short_text(call.site.child_by_field_name("function"), 40)
        name = (function_name(method) or "the operation").rsplit(".", 1)[-1]
        yield Report(call.site, f"entry added through `{helper}()` to a container of its module with every call of `{name}()`, and not removed "
                     f"when its timeout (line {timer.start_point[0] + 1}) settles the call: every call that times out leaves one behind",
                     related=[(timer, TIMEOUT_LEAVES_ENTRY)],
                     needs=Requirement(rule_id, call.specifier, call.chain, OWN, "", left_by_timeout=True,
                                       fresh=argument_freshness(call.site, ctx.run_context(call.site), ctx)))


def _named_operation(site: Node) -> Node | None:
    """The named function a call runs in, through the anonymous callbacks around it (a promise's
    executor): `resize()` for `track(id, entry)` inside its `new Promise((resolve) => ...)`."""
    fn = enclosing_function(site)
    while fn is not None and not function_name(fn):
        fn = enclosing_function(fn)
    return fn


def _chain_of(ident: Node, prefix: tuple[str, ...]) -> tuple[Node, tuple[str, ...]]:
    """`store.sessions` for `store` imported whole: the node that denotes the container, and its
    chain in the other module (the properties read before any call)."""
    node, chain = ident, list(prefix)
    while True:
        node = outermost(node)
        parent = node.parent
        if parent is None or parent.type != "member_expression" or parent.child_by_field_name("object") != node:
            return node, tuple(chain)
        outer = parent.parent
        if outer is not None and outer.type == "call_expression" and outer.child_by_field_name("function") == parent:
            return node, tuple(chain)  # `sessions.set(...)`: the container is the receiver
        chain.append(text(parent.child_by_field_name("property")))
        node = parent


def _judged(detector: "CollectionDetector", node: Node, specifier: str, chain: tuple[str, ...], ctx: "FileContext") -> Report | None:
    """The pending report for one use of an imported container: an add in code that repeats,
    directly or through a project helper it is handed to; None for anything else."""
    from ..semantic.guards import guarded_once  # guards imports the file context, which would import it back

    effect, detail = detector.use_effect(node, "any", ctx)
    slot = -1
    if effect == "grow":
        site, key, helper, container = detail.site, detail.key, None, None
    elif effect == "pending":
        # one helper call, or the methods of an instance it is handed to (`new Cache(kConstruct, list)`): the first speaks for all
        call, slot, _ = detail[0] if isinstance(detail, list) else detail
        site, key, helper, container = call.site, None, call, (specifier, chain)
    else:
        return None
    runs = refine(run_context(site, ctx.source.root), ctx.model, owner=ctx.source.root)
    if runs.how is not RunsHow.REPEATED or guarded_once(site, ctx):
        return None  # at start-up, or at a rate nothing here shows: precision first
    if key is not None and callee_name(site) not in APPENDS and _bounded(key, site):
        return None  # a Map or Set (or an object used as one) under one of a few keys: an array grows with any value
    source = request_source(key, runs, ctx.model) if key is not None else None
    shown = short_text(node, 40)
    held = "holding" if key is not None and callee_name(site) in APPENDS else "keyed by"
    why = f": {held} {request_data(source)}" if source is not None else ""
    related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
    if helper is None:
        needs = Requirement(detector.rule.id, specifier, chain, CONTAINER, shown)
        message = f"entry added to `{shown}`, imported from `{specifier}`, {runs.where}; never pruned{why}"
    else:
        fresh = tuple("request" if request_source(a, runs, ctx.model) is not None else "id" if fresh_key(a, ctx.model) is not None else ""
                      for a in call_arguments(site))
        needs = Requirement(detector.rule.id, helper.specifier, helper.chain, slot, shown,
                            fresh=fresh, container=container)
        message = f"entry added to `{shown}`, imported from `{specifier}`, through `{short_text(site.child_by_field_name('function'), 40)}()` {runs.where}; never pruned"
    return Report(site, message, severity=Severity.ERROR if source is not None else None, related=related, needs=needs, needs_site=site)


def _bounded(key: Node, site: Node) -> bool:
    """A key that takes one of a few values: a literal, a request's bounded field (`req.method`),
    or one checked against an allowlist first."""
    key = unwrap(key)
    if key is None:
        return False
    if string_value(key) is not None or key.type in ("number", "true", "false", "null", "undefined") or bounded_field(key):
        return True
    return key.type == "identifier" and allowlisted(key, site)


# `this.cache.set(`, `this.#store.add(`, `this.log.push(`, `this.byId[id] =`: a field that gains
# an entry (group 1: the field's name).
FIELD_GROWTH = re.compile(rb"this\s*\.\s*(#?[\w$]+)\s*(?:\.\s*(?:set|add|push|unshift)\s*\(|\[[^\]\n]+\]\s*=[^=])")
FIELD_GROWERS = frozenset({"set", "add", "push", "unshift"})


def shared_field_summaries(rule_id: str, ctx: "FileContext") -> list[tuple[Summary, Node]]:
    """`class ResponseCache { store(key, body) { this.#store.set(key, body) } }`, exported, with
    nothing in the file that ever removes from that field: a module that keeps one instance of
    the class (`export const cache = new ResponseCache()`) and calls `store()` from code that
    repeats grows it once per run. Summarised on the class's shared instance (SHARED_STEP, slot
    OWN) with the parameter that is the key (or, for an array, the value), for the join to
    judge at such a caller with what it passes there; a fresh key is judged here, per instance.
    Found from the bytes: each growth's position, not a walk over every class."""
    data = ctx.source.data
    if b"class" not in data or b"export" not in data:
        return []
    growths = [(m.group(1).decode(), m.start()) for m in FIELD_GROWTH.finditer(data)]
    if not growths:
        return []
    shrunk = _shrunk_fields(data, {field for field, _ in growths})
    found: list[tuple[Summary, Node]] = []
    shared_of: dict[int, set] = {}
    done: set[tuple[int, str]] = set()
    removals = {field: _removal_positions(data, field) for field in shrunk}  # None: emptied some other way too
    for field, at in growths:
        if field in shrunk and removals[field] is None:
            continue  # emptied in ways no one path reads (a filter, a splice, a new table): not a summary of ours
        node = ctx.source.root.descendant_for_byte_range(at, at + 4)  # the `this`
        site = next((a for a in ancestors(node) if a.type in ("call_expression", "assignment_expression")), None) if node is not None else None
        field_name, key, appended = _field_growth(site, {field}) if site is not None else (None, None, False)
        method = next((a for a in ancestors(site) if a.type == "method_definition"), None) if field_name is not None else None
        cls = method.parent.parent if method is not None and method.parent is not None else None
        if cls is None or cls.type not in CLASS_TYPES or is_constructor(method) or any(c.type == "static" for c in method.children):
            continue
        if not _made_as_container(cls, field):
            continue  # `this.redis.set(key, token, 'PX', ttl)`: a client handed in, whose `set` is a command, not an entry kept here
        removal, removed_only, undoing = "", "", ()
        removers = _remover_methods(cls, method, site, removals[field], data) if field in shrunk else None
        if removers:  # removed only by other methods of the class (`untrack(id)`) that the file never calls: its importers decide
            undoing = tuple(sorted(removers))
            removal = f", and only {' or '.join(f'`{m}()`' for m in undoing)} removes it"
        elif field in shrunk:  # removed by the adding method itself on one path only, or not a summary of ours
            if (method.id, field) in done or not all(method.start_byte <= p < method.end_byte for p in removals[field]):
                continue
            by_part = _removed_by_a_part(site, method, removals[field], key, ctx)
            miss = _removed_on_one_path(site, method, field, ctx) if by_part is None else None
            if by_part is not None:  # `this.inflight.delete(path)` where entries go under `${tenant}:${method}:${path}`
                removal = f", and removes by `{by_part}`, a part of the key it adds under, so it removes nothing"
            elif miss is None:
                continue
            else:
                removed_only = f"{miss.release_path}, not on {miss.path}"
                removal = f", and removes it {removed_only}"
        name = text(method.child_by_field_name("name"))
        if (method.id, field) in done:
            continue
        root = access_root(key)[0] if key is not None else None
        params = parameter_list(method)
        if root is None or root.type != "identifier" or (text(root) not in params and (appended or b"const " not in (method.text or b""))):
            if not appended:
                continue  # keyed by something of its own (judged in this file), or bounded: read from the bytes, no model
            root = None
        if cls.id not in shared_of:
            shared_of[cls.id] = instance_exports(cls, ctx.model)  # one kept by each importer, or the one the module exports
        shared = shared_of[cls.id]
        if not shared:
            continue
        index = params.index(text(root)) if root is not None and text(root) in params else None
        others: tuple[int, ...] = ()
        if index is None and root is not None:  # `const key = `${region}:${currency}``: the parameters it is made from
            derived = [params.index(text(p)) for p in derived_from(root, method, ctx) if text(p) in params]
            index, others = (derived[0], tuple(derived[1:])) if derived else (None, ())
        if index is None and not appended:
            continue
        if not appended and (allowlisted(key, site) or b":" in data and one_of_few(key, ctx.model)):
            continue  # `if (!this.cameras.has(id)) return` first, or `set(key: SettingKey)`: only keys the instance knows
        done.add((method.id, field))
        action = f"`{name}()` adds to `this.{field}` of `{text(cls.child_by_field_name('name'))}` here" + (removal or ", and nothing removes from it")
        found += [(Summary(rule_id, (*chain, name), OWN, name, NOWHERE, action, key_slot=-1 if appended else index,
                           value_slot=index if appended and index is not None else -1, removed_only=removed_only,
                           other_key_slots=() if appended else others,
                           unless_used=tuple((*chain, remover) for remover in undoing)), site) for chain in shared]
    return found


def _remover_methods(cls: Node, method: Node, site: Node, positions: list[int] | None, data: bytes) -> set[str] | None:
    """The methods of `cls` other than the adding one that remove from the field by key
    (`untrack(id) { this.timers.delete(id) }`), when every removal is in one of them or in a
    teardown that takes nothing and ends the whole instance (`onModuleDestroy()`, `close()`), and the file calls
    none of them but to clear a key before the add (`this.untrack(id)` first in `track()`).
    None otherwise: removed by the adding method, or the file decides."""
    if not positions or any(method.start_byte <= p < method.end_byte for p in positions):
        return None
    body = cls.child_by_field_name("body")
    methods = [m for m in body.named_children if m.type == "method_definition"] if body is not None else []
    names: set[str] = set()
    for at in positions:
        holder = next((m for m in methods if m.start_byte <= at < m.end_byte), None)
        if holder is None or is_constructor(holder):
            return None
        name = text(holder.child_by_field_name("name"))
        params = holder.child_by_field_name("parameters")
        ends_all = (TEARDOWN_METHODS.match(name) or name in END_METHODS or name in NEST_ONCE_HOOKS) and not (params is not None and params.named_children)
        if not ends_all:  # (`stop(clientId)` names what it ends: a remover by key, not the instance's end)
            names.add(name)
    for name in names:
        for match in re.finditer(rb"\.\s*" + re.escape(name.encode()) + rb"\s*\(", data):
            if not (method.start_byte <= match.start() < site.start_byte):
                return None  # called in the file (or after the add): judged here, with its paths
    return names or None


# What follows `.field` when the file empties it (group 1: delete/clear, a one-path removal;
# group 2: any other way of emptying or replacing it).
AFTER_FIELD = re.compile(rb"\s*(?:\.\s*(delete|clear)\s*\(|(\.\s*(?:splice|shift|pop|filter)\s*\(|\.\s*length\s*=[^=]|=[^=]))")


def _removal_positions(data: bytes, field: str) -> list[int] | None:
    """Where the file removes from `.field` by `delete(`/`clear(`; None when it also empties it
    otherwise (a splice, a filter, `delete x.field[k]`, a new table assigned more than once).
    Read from each `.field` the bytes spell, then what follows it."""
    spelled = b"." + field.encode()
    found, assigned = [], 0
    at = data.find(spelled)
    while at >= 0:
        end = at + len(spelled)
        if end < len(data) and (data[end:end + 1].isalnum() or data[end:end + 1] in b"_$"):
            at = data.find(spelled, end)
            continue  # `.fieldName`: another name
        following = AFTER_FIELD.match(data, end)
        if following is not None and following.group(1):
            found.append(at)
        elif following is not None and following.group(2):
            if not following.group(2).startswith(b"="):
                return None
            assigned += 1
        if data[end:end + 1] == b"[" and data.rfind(b"delete", max(0, at - 60), at) >= 0:
            return None  # `delete this.field[k]`
        at = data.find(spelled, end)
    return None if assigned > 1 else found


def _made_as_container(cls: Node, field: str) -> bool:
    """The class fills the field with a table or a list of its own (`this.jobs = new Map()`,
    `private readonly jobs = new Map<string, Job>()`, `#seen = []`), not a client it is given
    (`constructor(private redis: Redis)`)."""
    return field_filled_with(cls, field, rb"(?:new\s+(?:Map|Set|Array)\b|\[|\{|Object\.create\(|\(\s*\)\s*=>)") is not None


def _removed_by_a_part(site: Node, method: Node, positions: list[int], key: Node | None, ctx: "FileContext") -> str | None:
    """`const key = this.keyFor(method, path, tenant); this.inflight.set(key, p)` and, in the
    same method, `this.inflight.delete(path)`: every removal takes one parameter the key is made
    from, not the key, so it looks up an entry that is never there. That parameter, or None."""
    root = unwrap(key)
    if root is None or root.type != "identifier":
        return None
    parts = {text(p) for p in derived_from(root, method, ctx)}
    if len(parts) < 2:
        return None
    removed = set()
    for at in positions:
        node = ctx.source.root.descendant_for_byte_range(at, at + 1)
        call = next((a for a in ancestors(node) if a.type == "call_expression"), None) if node is not None else None
        args = call_arguments(call) if call is not None and callee_name(call) == "delete" else []
        if len(args) != 1 or text(unwrap(args[0])) not in parts:
            return None
        removed.add(text(unwrap(args[0])))
    return next(iter(removed)) if len(removed) == 1 else None


def _removed_on_one_path(site: Node, method: Node, field: str, ctx: "FileContext") -> "Miss | None":
    """`run(key, task) { const p = task().then(v => { this.inflight.delete(key); return v }); this.inflight.set(key, p) }`:
    every removal from the field sits in the adding method (the caller checked the file's
    bytes) and runs on one path of its operation only (semantic.missed_paths): each operation
    that ends the other way keeps its entry."""
    from ..semantic.missed_paths import missed_path

    releases = [n for n in ctx.calls_named(("delete", "clear")) if method.start_byte <= n.start_byte < method.end_byte
                and text(unwrap(callee_object(n))) in (f"this.{field}", f"this.#{field}".replace("##", "#"))]
    return missed_path(site, releases) if releases else None


def looked_up(value: Node | None) -> bool:
    """`table.get(id)`, `list.find(...)`, `list.at(i)` or `this.sockets[id]`: what a container
    already keeps, read back, not a value made here."""
    value = unwrap(value)
    return value is not None and (value.type == "call_expression" and callee_name(value) in ("get", "find", "at") and callee_object(value) is not None
                                  or value.type == "subscript_expression")


def derived_from(name: Node, fn: Node, ctx: "FileContext") -> list[Node]:
    """The parameters of `fn` a const local is computed from, in order (`const signature =
    Object.keys(filters).sort().join('&')`, `const key = `${region}:${currency}``): the key
    varies as any of them does."""
    from ..semantic.nodes import walk
    from ..semantic.scopes import BindingKind

    binding = ctx.model.binding_of(name) if name.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.CONST or binding.value is None or binding.scope.node != fn:
        return []
    if looked_up(binding.value):
        return []  # `const entry = this.inflight.get(id)`, `this.sockets[socketId]`: what was stored, looked up by the parameter, not made from it
    used = {b.identifier.id: b.identifier for n in walk(binding.value) if n.type == "identifier"
            and (b := ctx.model.binding_of(n)) is not None and b.kind is BindingKind.PARAMETER and b.scope.node == fn}
    return sorted(used.values(), key=lambda n: n.start_byte)


def _field_growth(node: Node, grown: set[str]) -> tuple[str | None, Node | None, bool]:
    """For an add to a field in `grown`: the field, the key (or the appended value) and whether
    it appends."""
    if node.type == "call_expression" and callee_name(node) in FIELD_GROWERS:
        member = unwrap(node.child_by_field_name("function"))
        holder = unwrap(member.child_by_field_name("object")) if member is not None and member.type == "member_expression" else None
        if holder is not None and holder.type == "member_expression" and unwrap(holder.child_by_field_name("object")).type == "this":
            field = text(holder.child_by_field_name("property"))
            args = call_arguments(node)
            if field in grown and args:
                return field, unwrap(args[0]), callee_name(node) in APPENDS
    if node.type == "assignment_expression":
        left = unwrap(node.child_by_field_name("left"))
        holder = unwrap(left.child_by_field_name("object")) if left is not None and left.type == "subscript_expression" else None
        if holder is not None and holder.type == "member_expression" and unwrap(holder.child_by_field_name("object")).type == "this":
            field = text(holder.child_by_field_name("property"))
            if field in grown:
                return field, unwrap(left.child_by_field_name("index")), False
    return None, None, False


# Ways a field is emptied, each read once per file: a delete, clear, splice, shift, pop or
# filter on it, a truncation, or a `delete x.f[k]` (and, read for the grown fields alone, the
# field assigned twice: a reset).
SHRINKING = re.compile(rb"\.\s*(#?[\w$]+)\s*(?:\.\s*(?:delete|clear|splice|shift|pop|filter)\s*\(|\.\s*length\s*=[^=])")
DELETED_FROM = re.compile(rb"delete\s+[\w$.]*\.\s*(#?[\w$]+)\s*\[")


def _shrunk_fields(data: bytes, fields: set[str]) -> set[str]:
    """Those of `fields` the file spells any way of emptying, on `this` or on any other holder."""
    found = {m.group(1).decode() for m in SHRINKING.finditer(data)} | {m.group(1).decode() for m in DELETED_FROM.finditer(data)}
    names = b"|".join(re.escape(f.encode()) for f in sorted(fields - found))
    assigned: dict[str, int] = {}
    replaced = set()
    for m in re.finditer(rb"\.\s*(" + names + rb")\s*=(?!=)\s*(\[\s*\]|\{\s*\}|new\s+(?:Map|Set|Array)\b)?", data) if names else ():
        name = m.group(1).decode()
        assigned[name] = assigned.get(name, 0) + 1
        if m.group(2) is None:
            replaced.add(name)  # `this.queue = remaining`: what survived a pass, the rest dropped
    return (found & fields) | replaced | {name for name, count in assigned.items() if count > 1}
