"""An intra-file call graph, asked one question: does this ordinary function repeat?

`function main() { process.on(...) }` called once at the top of the file runs once; the same
function called from a request handler runs per request. A function that escapes (exported,
passed as a value) keeps its unknown frequency unless some call in the file repeats it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tree_sitter import Node

from .model import SemanticModel
from .keys import prototype_constructor, this_assigned_once, this_owner
from .nodes import CLASS_TYPES, FIELD_TYPES, FUNCTION_TYPES, TRANSPARENT_WRAPPERS, ancestors, call_arguments, object_property_function, callee_name, callee_object, contains, declared_name, enclosing_function, function_name, is_constructor, outermost, parameter_property_type, string_value, text, unwrap, walk
from .runs import RunContext, RunsHow, handed_role, run_context
from .frameworks import LIFECYCLE_METHODS, UPDATE_HOOKS, app_root_service, lifecycle_of
from .scopes import Binding, BindingKind
from .search import method_calls
from .singletons import accessor_calls, lazy_singleton

if TYPE_CHECKING:
    from ..context import FileContext

MAX_DEPTH = 3


def _is_exported(fn: Node) -> bool:
    node = fn.parent
    while node is not None and node.type in (*TRANSPARENT_WRAPPERS, "variable_declarator", "lexical_declaration"):
        node = node.parent
    return node is not None and node.type == "export_statement"


def _is_direct_call(ident: Node) -> bool:
    parent = ident.parent
    return parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == ident


def refine(context: RunContext, model: SemanticModel, depth: int = 0, owner: Node | None = None,
           same_instance: bool = False) -> RunContext:
    """Replace MAYBE by what the file's own calls of the function say, when they say enough.

    `owner` is passed on to run_context for callers: with the module root, a loop around a
    call does not make it repeat (semantic.runs). With `same_instance`, a method counts only
    the calls made on the same instance (`this.attach(ws)`): what it does to its instance's
    fields repeats only when that instance's own code repeats it.
    """
    if context.how is not RunsHow.MAYBE or context.function is None or depth >= MAX_DEPTH:
        return context
    # The same helper is asked about from every call of it, and each answer follows its own
    # callers in turn: one answer per question and file.
    answers = model.memo.setdefault("refine", {})
    key = (context, depth, owner, same_instance)
    found = answers.get(key)  # type: ignore[call-overload]
    if found is None:
        found = answers[key] = _refine(context, model, depth, owner, same_instance)  # type: ignore[index]
    return found  # type: ignore[return-value]


def _refine(context: RunContext, model: SemanticModel, depth: int, owner: Node | None, same_instance: bool) -> RunContext:
    if is_constructor(context.function) and context.function.parent is not None and context.function.parent.parent is not None \
            and app_root_service(context.function.parent.parent):
        return RunContext(RunsHow.ONCE, f"{context.where}, which runs once (the application's injector makes one instance)")
    if context.function.type == "method_definition" or prototype_constructor(context.function) is not None or object_property_function(context.function):
        return _refine_method(context, model, depth, owner, same_instance)
    if context.function.type == "arrow_function" and context.function.parent is not None and context.function.parent.type in FIELD_TYPES:
        return _refine_field_arrow(context, model, depth, owner)
    refined = _refine_function(context, model, depth, owner, same_instance)
    if refined.how is RunsHow.MAYBE and module_startup(context.function, model):
        return RunContext(RunsHow.ONCE, f"{context.where}, which runs once (the module's start-up function)")
    return refined


def _refine_function(context: RunContext, model: SemanticModel, depth: int, owner: Node | None, same_instance: bool) -> RunContext:
    """A plain function repeats when the file calls it (or hands it by name) from code that
    repeats, and runs once when every call runs once and it does not escape."""
    if same_instance:
        return context
    name = declared_name(context.function)
    binding = model.binding_of(name) if name is not None else None
    if binding is None:
        return context
    calls = [r.identifier for r in binding.references if not r.is_write]
    calls += [site.child_by_field_name("function") for site in namespace_call_sites(context.function, model)]  # `Notify.whenShipped(...)`: the callee
    looped = next((ident.parent for ident in calls if _is_direct_call(ident) and _calls_itself_later(context.function, ident.parent)), None)
    if looped is not None:  # `conn.on('close', () => setTimeout(() => startConsumer(), ms))`, as for methods
        return RunContext(RunsHow.REPEATED, f"{context.where}, which calls itself again from a callback it hands over (a reconnect or retry loop)",
                          None, calls=(looped,))
    rescheduled = next((ident.parent.parent for ident in calls if _hands_itself_to_later(context.function, ident)), None)
    if rescheduled is not None:  # `function tick() { ...; setTimeout(tick, ms) }`: each run schedules the next
        return RunContext(RunsHow.REPEATED, f"{context.where}, which hands itself to `{callee_name(rescheduled)}()` again on every run (a polling loop)",
                          None, calls=(rescheduled,))
    roles = {ident.id: handed_role(ident) if not _is_direct_call(ident) else ("call", None, None) for ident in calls}
    for ident in calls:
        role, described, registration = roles[ident.id]
        if role == "repeat":  # `createServer(handle)`: handed by name to a registration that repeats it
            return RunContext(RunsHow.REPEATED, f"{context.where}, {described}", registration)
    # Handed to something that calls it a bounded number of times (`server.on('listening', f)`,
    # `promise.then(f)`): as often as that call runs, like a direct call.
    escapes = _is_exported(context.function) or any(roles[ident.id][0] not in ("call", "pass") for ident in calls)
    seen_once = False
    looped = None  # repeated by a loop in a caller: as often as that caller runs it, which a handler's repeats outdo
    for ident in calls:
        if roles[ident.id][0] not in ("call", "pass"):
            continue
        site = ident.parent if roles[ident.id][0] == "call" else ident.parent.parent
        caller = refine(run_context(site, owner), model, depth + 1, owner)
        if caller.how is RunsHow.REPEATED and caller.calls and caller.registration is None and _other_branch(site, caller.calls[0]):
            # `if (ready) begin(); else setTimeout(() => wait(n + 1), ms)`: the loop goes on only while it does not call,
            # so the call runs once per start of the loop
            seen_once = seen_once or _started_once(enclosing_function(site), model)
            continue
        if caller.how is RunsHow.REPEATED:
            where = f"{context.where}, called {caller.where}"
            repeated = RunContext(RunsHow.REPEATED, where, caller.registration, calls=(*caller.calls, site))
            if caller.registration is not None:
                return repeated  # `cluster.on('exit', () => setTimeout(fork, ms))`: once per event, whoever calls the file
            looped = looped or repeated
            continue
        if caller.how is RunsHow.MAYBE and looped is None:
            return context
        seen_once = True
    if looped is not None:
        return looped
    if seen_once and not escapes:
        return RunContext(RunsHow.ONCE, f"{context.where}, which runs once ({function_name(context.function)} is called only at start-up)")
    return context


def _started_once(fn: Node | None, model: SemanticModel) -> bool:
    """Every call of `fn` from outside itself runs once (the module's, or an IIFE's, top level)."""
    name = declared_name(fn) if fn is not None else None
    binding = model.binding_of(name) if name is not None else None
    outside = [r.identifier for r in binding.references if not r.is_write and not contains(fn, r.identifier)] if binding is not None else []
    return bool(outside) and all(_is_direct_call(i) and run_context(i.parent).how is RunsHow.ONCE for i in outside)


def _other_branch(site: Node, loop_call: Node) -> bool:
    """`site` and the call that goes round a retry loop sit in the two branches of one `if`."""
    for statement in ancestors(site):
        if statement.type == "if_statement" and contains(statement, loop_call):
            consequence = statement.child_by_field_name("consequence")
            return consequence is not None and contains(consequence, site) != contains(consequence, loop_call)
    return False


def namespace_call_sites(fn: Node, model: SemanticModel) -> list[Node]:
    """`Heartbeat.start(client)` for `export function start` inside `namespace Heartbeat`
    (or `namespace Net.Heartbeat`): the calls that name a namespace's function through it,
    which no reference to its binding shows."""
    path = namespace_path(fn)
    if path is None:
        return []
    name = path.rsplit(".", 1)[-1]
    return [call for call in method_calls(model.root, model.data or b"", {name})
            if re.sub(rb"\s+", b"", call.child_by_field_name("function").text or b"").decode() == path]


def namespace_path(fn: Node) -> str | None:
    """`Heartbeat.start` for a function its namespace exports; None outside a namespace."""
    statement = fn.parent
    if fn.type != "function_declaration" or statement is None or statement.type != "export_statement":
        return None
    names = [text(fn.child_by_field_name("name"))]
    block = statement.parent
    while block is not None and block.type == "statement_block" and block.parent is not None and block.parent.type == "internal_module":
        names.append(text(block.parent.child_by_field_name("name")))
        holder = block.parent.parent
        holder = holder.parent if holder is not None and holder.type == "expression_statement" else holder
        holder = holder.parent if holder is not None and holder.type == "export_statement" else holder
        block = holder
    return ".".join(reversed(names)) if len(names) > 1 else None


def _refine_field_arrow(context: RunContext, model: SemanticModel, depth: int, owner: Node | None) -> RunContext:
    """`handleVisibility = () => {...}`, an arrow field of a class, read through `this` in the
    class: called there from code that repeats, or handed to a registration that repeats it
    (`document.addEventListener('visibilitychange', this.handleVisibility)`), it repeats, on
    the same instance. Like a method, its uses can only prove that it repeats."""
    from .summaries import field_arrow  # summaries reads the callers of methods from here

    found = field_arrow(context.function)
    if found is None:
        return context
    cls, name = found
    for node in _this_members(cls, name, model):
        if node.parent is not None and node.parent.type == "call_expression" and node.parent.child_by_field_name("function") == node:
            caller = refine(run_context(node.parent, owner), model, depth + 1, owner, same_instance=True)
            if caller.how is RunsHow.REPEATED:
                return RunContext(RunsHow.REPEATED, f"{context.where}, called {caller.where}", caller.registration, calls=(*caller.calls, node.parent))
            continue
        role, described, registration = handed_role(node)
        if role == "repeat":
            return RunContext(RunsHow.REPEATED, f"{context.where}, {described}", registration)
    # `poller.watch(...)` on an instance the file makes: called from code that repeats, as a method would be
    for site in method_call_sites(context.function, cls, model, name):
        if unwrap(callee_object(site)) is not None and unwrap(callee_object(site)).type == "this":
            continue  # (read above, on the same instance)
        caller = refine(run_context(site, owner), model, depth + 1, owner)
        if caller.how is RunsHow.REPEATED:
            return RunContext(RunsHow.REPEATED, f"{context.where}, called {caller.where}", caller.registration, calls=(*caller.calls, site))
    return context


# `this.<name>`, whole names: one fixed pattern for every name asked about.
THIS_MEMBER = re.compile(rb"\bthis\s*\.\s*(#?[\w$]+)")


def _this_members(cls: Node, name: str, model: SemanticModel) -> list[Node]:
    """`this.<name>` inside a class (or a constructor function), on the class's own `this`.
    The class body is read once for every name (a large class is asked about each of its
    methods), in the model's memo."""
    index = model.memo.setdefault("this_members", {}).get(cls.id)
    if index is None:
        index = model.memo["this_members"][cls.id] = _index_this_members(cls)
    return index.get(name, [])  # type: ignore[union-attr]


def _index_this_members(cls: Node) -> dict[str, list[Node]]:
    body = cls.child_by_field_name("body") or cls
    found: dict[str, list[Node]] = {}
    for match in THIS_MEMBER.finditer(body.text or b""):
        spelled = match.group(1)
        end = body.start_byte + match.end()
        node = body.descendant_for_byte_range(end - len(spelled), end)
        node = node.parent if node is not None and node.type == "property_identifier" else None
        if node is None or node.type != "member_expression":
            continue
        name = text(node.child_by_field_name("property"))
        if name == spelled.decode("utf-8", "replace") and unwrap(node.child_by_field_name("object")).type == "this" and this_owner(node) == cls:
            found.setdefault(name, []).append(node)
    return found


def _handed_method(method: Node, context: RunContext, model: SemanticModel) -> RunContext | None:
    """A method handed, not called, to a registration that repeats it, in its class:
    `this.wss.on('connection', this.handleConnection.bind(this))`, `server.on('request', this.onRequest)`."""
    cls = method.parent.parent if method.type == "method_definition" and method.parent is not None else prototype_constructor(method)
    name = text(method.child_by_field_name("name")) if method.type == "method_definition" else prototype_name(method)
    if cls is None or not name:
        return None
    for node in _this_members(cls, name, model):
        handed = node
        bound = node.parent
        if bound is not None and bound.type == "member_expression" and text(bound.child_by_field_name("property")) == "bind" \
                and bound.parent is not None and bound.parent.type == "call_expression":
            handed = bound.parent  # `this.onRequest.bind(this)`
        elif bound is not None and bound.type == "call_expression" and bound.child_by_field_name("function") == node:
            continue  # a call: the method's call sites say how often
        role, described, registration = handed_role(handed)
        if role == "repeat" and _serves_clients(registration):
            return RunContext(RunsHow.REPEATED, f"{context.where}, {described}", registration)
    return None


def _serves_clients(registration: Node | None) -> bool:
    """A registration that runs its handler once per client or request (`server.on('connection')`,
    `createServer(handler)`): a method handed to one repeats for as long as the server runs.
    Other events (a protocol's 'packet') often drive a state machine that acts once per state."""
    from .requests import REQUEST_EVENTS  # requests reads run contexts from here

    if registration is None or registration.type != "call_expression":
        return False
    args = call_arguments(registration)
    return (string_value(args[0]) if args else None) in REQUEST_EVENTS or callee_name(registration) in ("createServer", "createSecureServer")


def _refine_method(context: RunContext, model: SemanticModel, depth: int, owner: Node | None, same_instance: bool = False) -> RunContext:
    """A method repeats when the file calls it from repeated code: `this.m()`, `Cls.m()`,
    `instance.m()` where `instance = new Cls()`, or `new Cls()` for a constructor.

    Methods are reachable from anywhere an instance goes, so these calls can only prove that a
    method repeats, never that it runs once.
    """
    method = context.function
    sites = _method_sites(method, model)
    if sites is None:
        return context
    if same_instance:  # (the module's one instance of the class is the same one too: `const pool = new Pool()`)
        sites = [site for site in sites if _this_named(callee_object(site), model) is not None or _module_instance(callee_object(site), method, model)]
    looped = next((site for site in sites if _calls_itself_later(method, site) or _called_back_through(method, site)), None)
    if looped is not None:
        return RunContext(RunsHow.REPEATED, f"{context.where}, which calls itself again from a callback it hands over (a reconnect or retry loop)",
                          None, calls=(looped,))
    once = 0
    for site in sites:
        caller = refine(run_context(site, owner), model, depth + 1, owner, same_instance)
        if caller.how is RunsHow.REPEATED:
            return RunContext(RunsHow.REPEATED, f"{context.where}, called {caller.where}", caller.registration,
                              calls=(*caller.calls, site))
        once += caller.how is RunsHow.ONCE
    handed = _handed_method(method, context, model) if not same_instance and b"this" in (model.data or b"") else None
    if handed is not None:
        return handed
    if sites and once == len(sites) and method.type == "method_definition" and _made_only_here(method, model):
        return RunContext(RunsHow.ONCE, f"{context.where}, which runs once (the class is made only at start-up)")
    return context


def _module_instance(receiver: Node | None, method: Node, model: SemanticModel) -> bool:
    """`pool.run(task)` where `const pool = new WorkerPool(...)` at module level and `run` is a
    method of WorkerPool: the module's own instance, the one a field of it belongs to."""
    node = unwrap(receiver)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.is_module_level and binding.kind is BindingKind.CONST else None
    cls = method.parent.parent if method.type == "method_definition" and method.parent is not None else None
    if value is None or value.type != "new_expression" or cls is None or cls.type not in CLASS_TYPES:
        return False
    return text(value.child_by_field_name("constructor")) == text(cls.child_by_field_name("name"))


def _method_sites(method: Node, model: SemanticModel) -> list[Node] | None:
    """The file's calls of a method (of an object literal, a class, or a constructor's
    prototype); None when it belongs to none of these."""
    if method.type == "method_definition" and method.parent is not None and method.parent.type == "object" or object_property_function(method):
        return object_method_call_sites(method, model, exported=True)
    if method.type == "method_definition":
        cls = method.parent.parent if method.parent is not None else None
        if cls is None or cls.type not in CLASS_TYPES:
            return None
        return method_call_sites(method, cls, model)
    return method_call_sites(method, prototype_constructor(method), model, prototype_name(method))


def called_only_while_constructing(method: Node, owner: Node, model: SemanticModel) -> bool:
    """`function Primus() { ...; this.initialise(options) }`: every call the file makes of the
    method is made by the constructor of `owner` on its own instance, once per construction
    (no loop, no callback). Then the method runs once per instance, as the constructor does."""
    sites = _method_sites(method, model)
    if not sites:
        return False
    for site in sites:
        caller = enclosing_function(site)
        while caller is not None and caller.type == "arrow_function":
            caller = enclosing_function(caller)
        constructing = caller == owner or (caller is not None and caller.type == "method_definition"
                                           and text(caller.child_by_field_name("name")) == "constructor" and this_owner(caller.child_by_field_name("body")) == owner)
        if not constructing or _this_named(callee_object(site), model) is None or run_context(site, owner=caller).how is not RunsHow.ONCE:
            return False
    return True


# What a module names the function that starts it up: `start.start = async function () {...}`,
# `Analytics.init = function () {...}`, `export async function bootstrap()`.
# The whole name: `startPolling()` starts something per call.
MODULE_STARTUP = re.compile(r"^_*(?:start|init|initialize|setup|boot|bootstrap|main)$")


def module_startup(fn: Node, model: SemanticModel) -> bool:
    """A function of the module itself (a top-level declaration, or a function put on the
    module's exports or on a module-level object) named as its start-up: the program calls it
    once, when it starts, whoever the callers are. A class's or a prototype's `init()` is not:
    it runs once per instance, and instances may be many."""
    name = (function_name(fn) or "").rsplit(".", 1)[-1]
    if not MODULE_STARTUP.match(name) or fn.type == "method_definition" and fn.parent is not None and fn.parent.type == "class_body":
        return False
    if fn.type == "function_declaration":
        statement = fn.parent.parent if fn.parent is not None and fn.parent.type == "export_statement" else fn.parent
        return statement is not None and statement.type == "program"
    holder = outermost(fn).parent
    if holder is None or holder.type != "assignment_expression" or prototype_constructor(fn) is not None:
        return False
    left = unwrap(holder.child_by_field_name("left"))
    target = unwrap(left.child_by_field_name("object")) if left is not None and left.type == "member_expression" else None
    if target is None:
        return False
    if text(target) in ("module.exports", "exports"):
        return True
    binding = model.binding_of(target) if target.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.is_module_level and not binding.writes else None
    return value is not None and (value.type == "object" or text(value) in ("module.exports", "exports"))


def _calls_itself_later(fn: Node, site: Node) -> bool:
    """`connect() { ...; this.ws.on('close', () => this.connect()) }`: a call of `fn` from a
    callback `fn` itself hands over (a listener, a timer): each run schedules the next, so the
    function runs again and again for as long as the loop goes on."""
    if not contains(fn, site):
        return False
    callback = enclosing_function(site)
    while callback is not None and callback != fn:
        if outermost(callback).parent is not None and outermost(callback).parent.type == "arguments":
            return True
        callback = enclosing_function(callback)
    return False


# What runs a function handed to it later, once: a function that hands itself to one of these
# on every run loops.
LATER_RUNNERS = frozenset({"setTimeout", "setImmediate", "nextTick", "queueMicrotask", "requestAnimationFrame", "requestIdleCallback",
                           "then", "catch", "finally"})


def _hands_itself_to_later(fn: Node, ident: Node) -> bool:
    """`setTimeout(tick, ms)` or `next().then(poll)` inside `tick`/`poll` itself."""
    arguments = ident.parent
    return contains(fn, ident) and arguments is not None and arguments.type == "arguments" and arguments.parent is not None \
        and arguments.parent.type == "call_expression" and callee_name(arguments.parent) in LATER_RUNNERS


def _called_back_through(method: Node, site: Node) -> bool:
    """`start() { conn.on('close', () => this.scheduleReconnect()) }` with `scheduleReconnect()
    { setTimeout(() => this.start(), delay) }`: the call of `method` sits in a callback another
    method of the class hands over, and `method` calls that method: a loop through one hop."""
    other = enclosing_function(site)
    handed = False
    while other is not None and other.type != "method_definition":
        handed = handed or (outermost(other).parent is not None and outermost(other).parent.type == "arguments")
        other = enclosing_function(other)
    if other is None or other == method or not handed or other.parent != method.parent:
        return False
    name = text(other.child_by_field_name("name"))
    return any(n.type == "call_expression" and text(n.child_by_field_name("function")) == f"this.{name}" for n in walk(method))


def _made_only_here(constructor: Node, model: SemanticModel) -> bool:
    """A constructor of a class that no other module can reach: not exported, and every use of
    its name in the file a `new` or a static member of it. Then the file's `new`s are all its runs."""
    if text(constructor.child_by_field_name("name")) != "constructor":
        return False
    cls = constructor.parent.parent if constructor.parent is not None else None
    name = cls.child_by_field_name("name") if cls is not None else None
    binding = model.binding_of(name) if name is not None else None
    if binding is None or _is_exported(cls) or b"new this" in (cls.text or b""):
        return False
    # `new Channel(...)`, or a static member of the class (`Channel.registry.push(this)`, `Channel.byName(n)`): no other way to make one
    return all(r.identifier.parent is not None and (r.identifier.parent.type == "new_expression" or (
        r.identifier.parent.type == "member_expression" and r.identifier.parent.child_by_field_name("object") == r.identifier))
        for r in binding.references if r.identifier != binding.identifier)


def prototype_name(fn: Node) -> str:
    """`send` for `Client.prototype.send = function () {...}` (or `{ send: function () {} }`)."""
    holder = fn.parent
    if holder is not None and holder.type == "pair":
        return text(holder.child_by_field_name("key"))
    left = unwrap(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" else None
    return text(left.child_by_field_name("property")) if left is not None and left.type == "member_expression" else ""


def method_call_sites(method: Node, cls: Node, model: SemanticModel, name: str | None = None) -> list[Node]:
    """Calls of `method` of `cls` (a class, or a constructor function whose prototype holds it
    under `name`): on `this` inside the class, and on instances the file makes and binds."""
    name = name if name is not None else text(method.child_by_field_name("name"))
    class_name = cls.child_by_field_name("name")
    declarator = outermost(cls).parent
    if class_name is None and declarator is not None and declarator.type == "variable_declarator":
        class_name = declarator.child_by_field_name("name")  # `var Stats = function () {...}` (or cast), its prototype filled after
    class_binding = model.binding_of(class_name) if class_name is not None else None
    if class_binding is None:
        return []
    instances = {class_binding.uid}
    sites = []
    for reference in class_binding.references:
        parent = outermost(reference.identifier).parent  # `new (Stats as any)()` too
        if parent is None:
            continue
        if parent.type == "new_expression":
            if name == "constructor":
                sites.append(parent)
            holder = outermost(parent).parent  # `const stats = new Stats() as Stats`
            if holder is not None and holder.type == "variable_declarator":
                bound = model.binding_of(holder.child_by_field_name("name"))
                if bound is not None:
                    instances.add(bound.uid)
    if name == "constructor":
        return sites
    handed_out = _lazy_instances(class_binding, model, instances)
    for call in model.method_calls(name):
        fn = unwrap(call.child_by_field_name("function"))
        owner = unwrap(fn.child_by_field_name("object"))
        this = _this_named(owner, model)
        if this is not None and this_owner(this) == cls:
            sites.append(call)  # `this.m()`, or `self.m()` after `var self = this`
        elif owner is not None and owner.id in handed_out:
            sites.append(call)  # `Cache.getInstance().put(...)`
        elif owner is not None and owner.type == "member_expression" and class_name is not None and _injected(owner, text(class_name)):
            sites.append(call)  # `this.breadcrumbs.add(...)`, the class injected into another of the file
        elif owner is not None and owner.type == "identifier":
            bound = model.binding_of(owner)
            if bound is not None and bound.uid in instances:
                sites.append(call)
        elif owner is not None and owner.type == "new_expression" and unwrap(owner.child_by_field_name("constructor")) is not None \
                and model.binding_of(unwrap(owner.child_by_field_name("constructor"))) is class_binding:
            sites.append(call)  # `new Relay(hub).forward(...)`
    return sites


def _this_named(node: Node | None, model: SemanticModel) -> Node | None:
    """The `this` that `node` is: `this` itself, or a name that only ever holds it (`var self =
    this`, or `var client; ... client = this`: keys.this_assigned_once)."""
    node = unwrap(node)
    if node is None or node.type == "this":
        return node
    if node.type != "identifier":
        return None
    binding = model.binding_of(node)
    if binding is None:
        return None
    value = unwrap(binding.value) if not binding.writes else None
    return value if value is not None and value.type == "this" else this_assigned_once(binding)


def _injected(field: Node, class_name: str) -> bool:
    """`this.x` where the enclosing class's constructor takes `x` as a parameter property of
    type `class_name`."""
    holder = unwrap(field.child_by_field_name("object"))
    return holder is not None and holder.type == "this" and \
        parameter_property_type(this_owner(holder), text(field.child_by_field_name("property"))) == class_name


def _lazy_instances(class_binding: Binding, model: SemanticModel, instances: set[str]) -> set[int]:
    """The calls of a lazy singleton's accessor (semantic.singletons), by node id; the names
    bound to one (`const cache = Cache.getInstance()`) join `instances`."""
    singleton = lazy_singleton(class_binding, model) if f"new {class_binding.name}".encode() in model.data else None
    calls = accessor_calls(singleton, model) if singleton is not None else []
    for call in calls:
        holder = outermost(call).parent
        if holder is not None and holder.type == "variable_declarator":
            bound = model.binding_of(holder.child_by_field_name("name"))
            if bound is not None and bound.kind is BindingKind.CONST:
                instances.add(bound.uid)
    return {call.id for call in calls}


def object_method_call_sites(method: Node, model: SemanticModel, exported: bool = False) -> list[Node]:
    """`util.store(...)` for `store() {...}` (or `store: (...) => {...}`) of
    `const util = { ... }` declared at the top of the file (with `exported`, `export const` too:
    the file's own calls, which can show that it repeats)."""
    if method.type == "method_definition":
        holder, name = method.parent, text(method.child_by_field_name("name"))
    elif method.parent is not None and method.parent.type == "pair" and method.parent.child_by_field_name("value") == outermost(method):
        holder, name = method.parent.parent, text(method.parent.child_by_field_name("key"))
    else:
        return []
    options = _component_options(holder)
    if options is not None:  # `methods: { track() {...} }` of a Vue options component: `this.track()` in its other options
        return [call for call in walk(options) if call.type == "call_expression" and _this_method_call(call, name)]
    declarator = outermost(holder).parent if holder is not None and holder.type == "object" else None
    if declarator is not None and declarator.type == "return_statement":  # `return { subscribe() {...} }` of a factory
        bindings = module_products(enclosing_function(declarator), model)
    elif declarator is None or declarator.type != "variable_declarator" or not _at_top(declarator, exported):
        return []
    else:
        bindings = [model.binding_of(declarator.child_by_field_name("name"))]
    sites = []
    for reference in (r for binding in bindings if binding is not None for r in binding.references):
        member = reference.identifier.parent
        call = member.parent if member is not None and member.type == "member_expression" else None
        if call is not None and call.type == "call_expression" and call.child_by_field_name("function") == member \
                and text(member.child_by_field_name("property")) == name:
            sites.append(call)
    return sites


def _component_options(methods: Node | None) -> Node | None:
    """The options object of a Vue component whose `methods: {...}` is `methods`."""
    pair = methods.parent if methods is not None and methods.type == "object" else None
    if pair is None or pair.type != "pair" or text(pair.child_by_field_name("key")) != "methods":
        return None
    return pair.parent if pair.parent is not None and pair.parent.type == "object" else None


def _this_method_call(call: Node, name: str) -> bool:
    """`this.track(...)`, where `this` is the component (no `function` of its own in between)."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "member_expression" or text(function.child_by_field_name("property")) != name \
            or unwrap(function.child_by_field_name("object")) is None or unwrap(function.child_by_field_name("object")).type != "this":
        return False
    fn = enclosing_function(call)
    while fn is not None and fn.type == "arrow_function":
        fn = enclosing_function(fn)
    return fn is not None and fn.type in ("method_definition", "function_expression", "function") and (
        fn.type == "method_definition" or (fn.parent is not None and fn.parent.type == "pair"))


def module_products(factory: Node | None, model: SemanticModel) -> list[Binding]:
    """The module-level consts that hold what `factory` makes, called at the top of the module
    (`const feed = createTickerFeed()`, `export const feed = ...` too): each one lives as long as the module."""
    name = declared_name(factory) if factory is not None else None
    binding = model.binding_of(name) if name is not None else None
    found = []
    for reference in binding.references if binding is not None else ():
        call = reference.identifier.parent
        declarator = outermost(call).parent if call is not None and call.type == "call_expression" and call.child_by_field_name("function") == reference.identifier else None
        if declarator is not None and declarator.type == "variable_declarator" and _at_top(declarator, exported=True):
            made = model.binding_of(declarator.child_by_field_name("name"))
            if made is not None:
                found.append(made)
    return found


def _at_top(declarator: Node, exported: bool = False) -> bool:
    """A declaration of the module's top level (with `exported`, `export const` too)."""
    statement = declarator.parent
    holder = statement.parent if statement is not None else None
    if exported and holder is not None and holder.type == "export_statement":
        holder = holder.parent
    return holder is not None and holder.type == "program"


def never_called(fn: Node, model: SemanticModel) -> bool:
    """Nothing can run `fn`: a module-level function the file never mentions again, or a
    method of a module-level object literal that the file uses only to call its other
    methods. Either way not exported (module.exports, export) and never handed away."""
    if fn.type == "function_declaration" and fn.parent is not None and fn.parent.type == "program":
        binding = model.binding_of(fn.child_by_field_name("name"))
        return binding is not None and not any(not r.is_write for r in binding.references) and not _is_exported(fn)
    if fn.type == "method_definition" and fn.parent is not None and fn.parent.type == "class_body":
        return _uncalled_method(text(fn.child_by_field_name("name")), fn, model.data)
    if fn.parent is not None and fn.parent.type == "assignment_expression" and prototype_name(fn):
        return _uncalled_method(prototype_name(fn), fn, model.data)  # `Stats.prototype.offStats = function (fn) {...}`
    if fn.type == "method_definition" and fn.parent is not None and fn.parent.type == "object":
        holder, name = fn.parent, text(fn.child_by_field_name("name"))
    elif fn.parent is not None and fn.parent.type == "pair" and fn.parent.parent is not None and fn.parent.parent.type == "object":
        holder, name = fn.parent.parent, text(fn.parent.child_by_field_name("key"))
    else:
        return False
    declarator = outermost(holder).parent
    if declarator is None or declarator.type != "variable_declarator" or not _at_top(declarator) \
            or text(declarator.parent.child_by_field_name("kind")) != "const":
        return False
    binding = model.binding_of(declarator.child_by_field_name("name"))
    if binding is None or not name:
        return False
    for reference in binding.references:
        if reference.identifier == binding.identifier:
            continue
        member = reference.identifier.parent
        if member is None or member.type != "member_expression" or member.child_by_field_name("object") != reference.identifier:
            return False  # handed away or exported whole: anything may call the method
        if text(member.child_by_field_name("property")) == name:
            return False
    return f"this.{name}".encode() not in model.data[holder.start_byte:holder.end_byte]


# `export`, `module.exports`, `exports.x`: a module that hands something out (not "exports" in prose).
EXPORTS = re.compile(rb"(?<![\w$])export(?![\w$])|module\.exports|(?<![\w$.])exports\.")


def _exports_something(data: bytes) -> bool:
    """EXPORTS in a file's bytes, read at each `export` the file spells (a few) rather than
    tried at every byte, which a pattern that starts with a look-behind makes the engine do."""
    at = data.find(b"export")
    while at >= 0:
        match = EXPORTS.match(data, max(0, at - 7))  # `module.` before `exports`
        if (match is not None and match.start() <= at < match.end()) or EXPORTS.match(data, at) is not None:
            return True
        at = data.find(b"export", at + 1)
    return False


def _uncalled_method(name: str, method: Node, data: bytes) -> bool:
    """A method of a class (or a constructor's prototype) of a module that exports nothing,
    whose name the file spells only where it defines it: no call, no `this.remove` handed on,
    no `'remove'` looked up, no subclass calling it. Accessors and static methods are read
    otherwise."""
    if not name or name == "constructor" or any(c.type in ("get", "set", "static") for c in method.children):
        return False
    if lifecycle_of(name) is not None or any(name in entry.ends for entry in LIFECYCLE_METHODS) or name in UPDATE_HOOKS:
        return False  # `disconnectedCallback()`, `componentWillUnmount()`: the framework or the platform calls it
    if b"export" in data and _exports_something(data):
        return False
    return len(re.findall(rb"(?<![\w$#])" + re.escape(name.encode()) + rb"(?![\w$])", data)) == 1


def call_flow(runs: RunContext, node: Node, what: str) -> list[tuple[Node, str]]:
    """Code-flow steps from the call in repeating code, through helpers, to `node`."""
    if not runs.calls:
        return []
    steps = [(call, f"`{text(call.child_by_field_name('function') or call.child_by_field_name('constructor'))}` is called here") for call in runs.calls]
    return [*steps, (node, what)]


def same_file_callee(call: Node, ctx: "FileContext") -> Node | None:
    """The function of this file a call reaches by name: `helper(x)` or `this.method(x)`."""
    fn = unwrap(call.child_by_field_name("function"))
    if fn is None:
        return None
    if fn.type == "identifier":
        binding = ctx.model.binding_of(fn)
        if binding is None or binding.kind is BindingKind.PARAMETER:
            return None  # `ack(...)`: a parameter's declaration is the function it belongs to, not what it holds
        for node in (unwrap(binding.value), binding.declaration):
            if node is not None and node.type in FUNCTION_TYPES:
                return node
        return None
    if fn.type == "member_expression" and unwrap(fn.child_by_field_name("object")) is not None \
            and unwrap(fn.child_by_field_name("object")).type == "this":
        owner = next((a for a in ancestors(call) if a.type in CLASS_TYPES), None)
        return ctx.methods_of(owner).get(text(fn.child_by_field_name("property"))) if owner is not None else None
    return None
