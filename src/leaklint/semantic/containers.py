"""Long-lived containers: the Maps, Sets, arrays and dictionaries a whole process shares.

Only objects that outlive every call can pile entries up: module-level bindings, static class
fields, fields of module-level singleton objects (`const state = { sessions: new Map() }`) and
fields of a class instance created once at module level (`export default new Registry()`).
Locals, parameters and the fields of ordinary instances die with their owner and are never
containers here (design section 8: locals that look like caches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from tree_sitter import Node

from .exports import Chain, binding_exports, commonjs_export_chain, exporting, instance_exports, is_exported, top_level_functions, value_exports
from .keys import Key, key_of, this_key, this_owner
from .model import SemanticModel
from .nodes import (
    CLASS_TYPES,
    FUNCTION_TYPES,
    callee_name,
    callee_object,
    GLOBAL_OBJECT_NAMES,
    FIELD_TYPES,
    module_statements,
    call_arguments,
    enclosing_function,
    returned_values,
    is_constructor,
    is_static_member,
    string_value,
    text,
    unwrap,
    function_name,
)
from .owners import OwnerClass, escaping_closures, long_lived_classes, methods_of
from .scopes import Binding, BindingKind, ScopeKind
from .search import name_nodes
from .lifetimes import reaches_server, server_behind
from .singletons import lazy_container, lazy_singleton
from .frameworks import di_singleton

CONSTRUCTORS = {"Map": "Map", "Set": "Set", "Array": "array"}
MAX_OBJECT_DEPTH = 2


class Later:
    """A value computed on first use and kept (functools.cache costs ten times as much to set
    up, and a file makes one per module-level binding)."""

    __slots__ = ("_compute", "_value")

    def __init__(self, compute: Callable[[], set[Chain]]) -> None:
        self._compute: Callable[[], set[Chain]] | None = compute
        self._value: set[Chain] = set()

    def __call__(self) -> set[Chain]:
        if self._compute is not None:
            self._value, self._compute = self._compute(), None
        return self._value


@dataclass
class Container:
    kind: str  # 'Map', 'Set', 'array' or 'object'
    name: str  # how a message names it: `sessions`, `state.sessions`, `Registry.items`
    where: str  # 'module-level', 'static', 'singleton', 'instance'
    declaration: Node  # where a user would add a bound: the finding's primary location
    value: Node  # the initialiser; TypeScript type arguments live on it
    keys: tuple[Key, ...]  # every receiver key that denotes it
    # The names other modules reach it by: asked only of containers that are reported, since
    # finding them reads every use of the binding.
    exports_of: Callable[[], set[Chain]] = field(default=frozenset, repr=False)
    singleton_class: Node | None = None  # its constructor runs once, so growth there is bounded
    # The singleton's class is exported: other modules may make instances of their own, so
    # only growth that this file's calls through the singleton prove to repeat counts.
    shared_class: bool = False
    owner: "OwnerClass | None" = None  # for a field of a long-lived class's instances (where 'owner')
    instance_names: tuple[str, ...] = ()  # the locals a factory of the file keeps an instance in (`const store = new Store()`)
    closures: tuple[Node, ...] = ()  # for a function's local (where 'closure'): the closures it outlives the call in
    factory: Node | None = None  # that function
    accessor: Node | None = None  # for a module-level container made on first use: the function that hands it out
    kept_by: str = ""  # for one hung on an object the platform keeps (where 'platform'): that object, as messages name it

    @property
    def exports(self) -> set[Chain]:
        return set(self.exports_of())

    @property
    def described(self) -> str:
        noun = {"Map": "Map", "Set": "Set", "array": "array", "object": "object used as a map", "WeakMap": "WeakMap"}[self.kind]
        where = {
            "module-level": "module-level",
            "static": "static",
            "singleton": "module-level",
            "instance": "singleton's",
            "owner": "instance",
            "closure": "closure-held",
            "app": "app-wide",
            "platform": "",
        }[self.where]
        if self.where == "owner" and self.owner is not None:
            return f"{noun} `{self.name}` of `{self.owner.name}`"
        if self.where == "platform":
            return f"{noun} `{self.name}` kept on {self.kept_by}"
        if self.where == "instance" and self.factory is not None:  # a function's own instance, kept by its closures
            return f"{noun} `{self.name}` of the instance `{function_name(self.factory) or 'its function'}()` keeps for its closures"
        return f"{where} {noun} `{self.name}`".strip()


def container_kind(value: Node | None, model: SemanticModel) -> str | None:
    """'Map', 'Set', 'array' or 'object' when `value` creates an empty-or-filled container."""
    node = unwrap(value)
    if node is None:
        return None
    if node.type == "array":
        return "array"
    if node.type == "object":
        return "object" if not [c for c in node.named_children if c.type != "comment"] else None
    if node.type == "new_expression":
        ctor = unwrap(node.child_by_field_name("constructor"))
        name = text(ctor)
        if name == "WeakMap" and model.is_global(ctor, name):
            return "WeakMap"  # a container only when written with brackets (a plain property)
        return CONSTRUCTORS.get(name) if model.is_global(ctor, name) else None
    if node.type == "call_expression":
        fn = unwrap(node.child_by_field_name("function"))
        args = call_arguments(node)
        if text(fn) == "Object.create" and len(args) == 1 and text(args[0]) == "null":
            return "object"
    return None


def module_bindings(model: SemanticModel) -> list:
    """The module's own bindings and those of blocks that run once as it loads (`if
    (cluster.isPrimary) { const pending = new Map() }`): all live as long as the module."""
    found = list(model.module_scope.bindings.values())
    blocks = [c for c in model.module_scope.children if c.kind is ScopeKind.BLOCK]
    while blocks:
        block = blocks.pop()
        found += [b for b in block.bindings.values() if b.is_module_level]
        blocks += [c for c in block.children if c.kind is ScopeKind.BLOCK]
    return found


def find_containers(model: SemanticModel, module: bool = True, instances: bool = True, closures: bool = True,
                    classes: list[OwnerClass] | None = None) -> list[Container]:
    """Every long-lived container of a file, in source order: the module's, and those of
    long-lived class instances and of closures that outlive their call (semantic.owners)."""
    found: list[Container] = []
    if module:
        for binding in module_bindings(model):
            if binding.in_wrapper and binding.kind is not BindingKind.FUNCTION:
                continue  # a bundle's or a UMD library's own tables: only its classes' instances are judged (below)
            if binding.kind in (BindingKind.VAR, BindingKind.LET, BindingKind.CONST) and binding.value is not None:
                found.extend(_binding_containers(binding, model))
            if binding.kind in (BindingKind.VAR, BindingKind.LET) and (binding.value is None or text(unwrap(binding.value)) == "null"):
                found.extend(_lazy_container(binding, model))
            elif binding.kind is BindingKind.CLASS:
                found.extend(_class_containers(binding, model))
            elif binding.kind is BindingKind.FUNCTION and _prototype_constructor(binding, model) is not None:
                found.extend(_module_level_instance(binding, model))
        found.extend(_assigned_containers(model))
        if b".decorate(" in model.data:
            found.extend(_decorated_containers(model))
    if instances:
        # A class with one instance there can ever be is read through it; an exported class
        # with an instance here is read both ways (its other instances are long-lived owners).
        singletons = {c.singleton_class.id for c in found if c.singleton_class is not None and not c.shared_class}
        owners = classes if classes is not None else long_lived_classes(model)
        found.extend(c for c in _owner_containers(model, owners) if c.owner.node.id not in singletons)
    if closures:
        found.extend(_closure_containers(model))
        if CLOSURE_INSTANCE.search(model.data):
            found.extend(_closure_instances(model))
    return sorted(found, key=lambda c: c.declaration.start_byte)


LAZY_FIELD = re.compile(rb"this\s*\.\s*(#?[\w$]+)\s*=\s*this\s*\.\s*\1\s*(?:\|\||\?\?)")


def _owner_containers(model: SemanticModel, owners: list[OwnerClass]) -> list[Container]:
    """Fields of long-lived classes' instances: created in the constructor or a field
    declaration, or on first use (`this.timers = this.timers || []`)."""
    found: list[Container] = []
    for owner in owners:
        fields = _instance_fields(owner.node, "this", (), frozenset, model) if owner.node.type in CLASS_TYPES else _constructor_fields(owner.node, model)
        seen = {c.name for c in fields}
        for container in _set_up_fields(owner.node, model):  # `function Agent() { this._init() }`
            if container.name not in seen:
                fields.append(container)
                seen.add(container.name)
        for match in LAZY_FIELD.finditer(model.data, owner.node.start_byte if owner.node.type in CLASS_TYPES else 0,
                                         owner.node.end_byte if owner.node.type in CLASS_TYPES else len(model.data)):
            assignment = model.root.descendant_for_byte_range(match.start(), match.end())
            while assignment is not None and assignment.type != "assignment_expression":
                assignment = assignment.parent
            if assignment is None or this_owner(assignment) != owner.node:
                continue
            right = unwrap(assignment.child_by_field_name("right"))
            fallback = right.child_by_field_name("right") if right is not None and right.type == "binary_expression" else None
            prop = match.group(1).decode("utf-8", "replace")
            if f"this.{prop}" not in seen:
                fields += _instance_field(assignment, assignment.child_by_field_name("left"), prop, fallback, owner.node, "this", (), frozenset, model)
                seen.add(f"this.{prop}")
        instances = _local_instances(owner, model) if fields else ()
        for container in fields:
            container.where, container.owner = "owner", owner
            if instances and len(container.keys[0].path) == 1:
                container.keys = (*container.keys, *(Key(b.uid).child(container.keys[0].path[0]) for b in instances))
                container.instance_names = tuple(b.name for b in instances)
        found.extend(fields)
    return found


def _local_instances(owner: OwnerClass, model: SemanticModel) -> tuple[Binding, ...]:
    """`let namespace = new Namespace(name)` in a function of the file: the instance a factory
    makes and wires up, reaching its fields by name (`namespace._contexts.set(...)` in a hook it
    installs) as the class's own methods reach them through `this`."""
    found = []
    for ctor in name_nodes(model.root, model.data, owner.name):
        new = ctor.parent if ctor.type == "identifier" else None
        holder = new.parent if new is not None and new.type == "new_expression" and new.child_by_field_name("constructor") == ctor else None
        if holder is None or holder.type != "variable_declarator" or enclosing_function(holder) is None:
            continue
        name = holder.child_by_field_name("name")
        binding = model.binding_of(name) if name is not None and name.type == "identifier" else None
        if binding is not None and not binding.is_module_level and _class_node_of(model.binding_of(ctor)) == owner.node:
            found.append(binding)
    return tuple(found)


def _class_node_of(binding: Binding | None) -> Node | None:
    value = unwrap(binding.value) if binding is not None else None
    return value if value is not None and (value.type in CLASS_TYPES or value.type in FUNCTION_TYPES) else None


def _set_up_fields(owner: Node, model: SemanticModel) -> list[Container]:
    """Fields made by the set-up methods a constructor calls on its own instance, as a
    statement of its body (`this._init()`): `_init() { ...; this._msgIdToReq = {} }` makes them
    for every instance as the constructor itself would."""
    if owner.type in CLASS_TYPES:
        body = owner.child_by_field_name("body")
        ctor = next((m for m in body.named_children if m.type == "method_definition" and text(m.child_by_field_name("name")) == "constructor"),
                    None) if body is not None else None
    else:
        ctor = owner
    statements = ctor.child_by_field_name("body") if ctor is not None else None
    called = []
    for statement in statements.named_children if statements is not None else ():
        call = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        function = unwrap(call.child_by_field_name("function")) if call is not None and call.type == "call_expression" else None
        if function is not None and function.type == "member_expression" and unwrap(function.child_by_field_name("object")).type == "this":
            called.append(text(function.child_by_field_name("property")))
    if not called:
        return []
    methods = methods_of(owner, model.root)
    found = []
    for name in dict.fromkeys(called):
        method = methods.get(name.strip("#"))
        if method is None or method == ctor:
            continue
        for assignment, left, prop in _this_assignments(method.child_by_field_name("body")):
            found.extend(_instance_field(assignment, left, prop, assignment.child_by_field_name("right"), owner, "this", (), frozenset, model))
    return found


def _constructor_fields(ctor: Node, model: SemanticModel) -> list[Container]:
    """`function Client() { this.pending = {} }`: fields a prototype-style constructor creates."""
    found = []
    for assignment, left, prop in _this_assignments(ctor.child_by_field_name("body")):
        found.extend(_instance_field(assignment, left, prop, assignment.child_by_field_name("right"), ctor, "this", (), frozenset, model))
    return found


def _this_assignments(body: Node | None):
    """`this.x = ...` statements of a constructor's body: (assignment, `this.x`, 'x')."""
    for statement in body.named_children if body is not None else ():
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if assignment is None or assignment.type != "assignment_expression":
            continue
        left = unwrap(assignment.child_by_field_name("left"))
        if left is None or left.type != "member_expression" or unwrap(left.child_by_field_name("object")).type != "this":
            continue
        yield assignment, left, text(left.child_by_field_name("property"))


def closure_candidates(root: Node, model: SemanticModel | None = None) -> list[tuple[Node, list[tuple[Node, Node, str]], tuple[Node, ...]]]:
    """Top-level functions with a local container and a closure that leaves them: read from the
    tree alone when `model` is None (is it worth building the model?), exactly with it."""
    found = []
    for fn in top_level_functions(root):
        body = fn.child_by_field_name("body")
        if body is None or body.type != "statement_block":
            continue
        locals_ = []
        for statement in body.named_children:
            if statement.type not in ("lexical_declaration", "variable_declaration"):
                continue
            for declarator in statement.named_children:
                if declarator.type != "variable_declarator":
                    continue
                name = declarator.child_by_field_name("name")
                value = declarator.child_by_field_name("value")
                kind = container_kind(value, model) if model is not None else _looks_like_container(value)
                if kind is not None and name is not None and name.type == "identifier":
                    locals_.append((declarator, name, kind))
        if not locals_:
            continue
        closures = tuple(escaping_closures(fn, model))
        data = fn.text or b""
        grown = [entry for entry in locals_ if any(_grown_inside(data, entry[1].text, c, fn) for c in closures)]
        if grown:
            found.append((fn, grown, closures))
        listeners = _listeners_on_parameters(fn) if b".delete(" in data else ()
        paired = [entry for entry in locals_ if entry not in grown and any(_grown_inside(data, entry[1].text, c, fn) for c in listeners)
                  and any(entry[1].text + b".delete(" in (c.text or b"") for c in listeners)]
        if paired:  # entries added on one event of what the caller hands in and removed on another: one per operation
            found.append((fn, paired, listeners))
        # A WeakMap written with brackets keeps every key's property whoever calls the code:
        # judged wherever the function grows it, closure or not.
        weak = [entry for entry in locals_ if entry not in grown and _is_weak_map(entry[0]) and _grown_inside(data, entry[1].text, fn, fn)]
        if weak:
            found.append((fn, weak, (fn,)))
    return found


def _listeners_on_parameters(fn: Node) -> tuple[Node, ...]:
    """The handlers `fn` registers, by statements of its own body, on an object its caller hands
    in (`worker.on('active', (job) => ...)`): they live as long as that object, which outlives
    the call. Only read where a local is both grown and deleted in them (closure_candidates)."""
    params = fn.child_by_field_name("parameters")
    names = {text(p.child_by_field_name("pattern") or p) if p.type in ("required_parameter", "optional_parameter") else text(p)
             for p in (params.named_children if params is not None else ())}
    found = []
    for statement in (fn.child_by_field_name("body").named_children if fn.child_by_field_name("body") is not None else ()):
        call = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if call is None or call.type != "call_expression" or callee_name(call) not in ("on", "once", "addListener", "addEventListener"):
            continue
        receiver = unwrap(callee_object(call))
        if receiver is not None and receiver.type == "identifier" and text(receiver) in names:
            found.extend(a for a in (unwrap(x) for x in call_arguments(call)[1:]) if a is not None and a.type in FUNCTION_TYPES)
    return tuple(found)


def _is_weak_map(declarator: Node) -> bool:
    value = unwrap(declarator.child_by_field_name("value"))
    return value is not None and value.type == "new_expression" and text(value.child_by_field_name("constructor")) == "WeakMap"


GROWTH_AFTER_NAME = (b".set(", b".add(", b".push(", b".unshift(", b"[")


def _grown_inside(data: bytes, name: bytes, closure: Node, fn: Node) -> bool:
    """`name.set(`, `name.push(`, `name[` spelled inside `closure` (bytes of `fn`): a cheap
    sign that the closure grows the local, checked before any model is built."""
    start, end = closure.start_byte - fn.start_byte, closure.end_byte - fn.start_byte
    return any(data.find(name + suffix, start, end) != -1 for suffix in GROWTH_AFTER_NAME)


def _looks_like_container(value: Node | None) -> str | None:
    node = unwrap(value)
    if node is None or node.type not in ("array", "object", "new_expression", "call_expression"):
        return None
    if node.type == "new_expression":
        return "new" if text(node.child_by_field_name("constructor")) in ("Map", "Set", "WeakMap", "Array") else None
    if node.type == "call_expression":
        return "object" if text(node).replace(" ", "") == "Object.create(null)" else None
    return node.type if node.type == "array" or not [c for c in node.named_children if c.type != "comment"] else None


def _closure_containers(model: SemanticModel) -> list[Container]:
    """A top-level function's local container that a closure leaving the function uses: it
    lives as long as that closure (`function memoize(fn) { const cache = new Map(); return ... }`)."""
    found = []
    for fn, locals_, closures in closure_candidates(model.root, model):
        for declarator, name, kind in locals_:
            binding = model.binding_of(name)
            if binding is None:
                continue
            found.append(Container(kind, binding.name, "closure", declarator, declarator.child_by_field_name("value"),
                                   (Key(binding.uid),), closures=closures, factory=fn))
    return found


# An indented `const limiter = new RateLimiter(` in a file that declares a class: a function's own
# instance, which _closure_instances reads when a closure leaving the function uses it.
CLOSURE_INSTANCE = re.compile(rb"\n[ \t]+(?:const|let|var)\s+[\w$]+\s*=\s*new\s+[A-Z][\w$]*\s*\(")


def _closure_instances(model: SemanticModel) -> list[Container]:
    """`async function rateLimit(fastify) { const limiter = new TokenBucketLimiter(); fastify.addHook(
    'onRequest', (req) => limiter.take(req.ip)) }`: an instance of one of the file's classes,
    made in a top-level function and used by a closure that leaves it (a hook the framework
    keeps), lives as long as that closure; its fields are read as a singleton's are, with the
    closure's calls of its methods."""
    found = []
    for fn in top_level_functions(model.root):
        body = fn.child_by_field_name("body")
        made = []
        for statement in body.named_children if body is not None and body.type == "statement_block" else ():
            for declarator in statement.named_children if statement.type in ("lexical_declaration", "variable_declaration") else ():
                name, value = declarator.child_by_field_name("name"), unwrap(declarator.child_by_field_name("value"))
                ctor = unwrap(value.child_by_field_name("constructor")) if value is not None and value.type == "new_expression" else None
                binding = model.binding_of(ctor) if ctor is not None and ctor.type == "identifier" else None
                cls = binding.value if binding is not None and binding.kind is BindingKind.CLASS and binding.is_module_level else None
                if cls is not None and cls.type in CLASS_TYPES and name is not None and name.type == "identifier":
                    made.append((name, cls))
        if not made:
            continue
        closures = escaping_closures(fn, model)
        for name, cls in made:
            spelled = (name.text or b"") + b"."
            if not any(spelled in (c.text or b"") for c in closures):
                continue
            binding = model.binding_of(name)
            if binding is not None:
                found.extend(replace(c, factory=fn) for c in _instance_fields(cls, binding.name, (Key(binding.uid),), frozenset, model))
    return found


def _decorated_containers(model: SemanticModel) -> list[Container]:
    """`fastify.decorate('routeStats', new Map())` in a plugin: the container hangs on the app,
    which lives as long as the server, and every request's hook reaches it as `fastify.routeStats`."""
    found = []
    at = model.data.find(b".decorate(")
    while at >= 0:
        node = model.root.descendant_for_byte_range(at + 1, at + len(b".decorate"))
        callee = node.parent if node is not None else None
        call = callee.parent if callee is not None else None
        at = model.data.find(b".decorate(", at + 1)
        if callee is None or callee.type != "member_expression" or call is None or call.type != "call_expression":
            continue
        args = call_arguments(call)
        name = string_value(args[0]) if len(args) == 2 else None
        kind = container_kind(args[1], model) if name else None
        app = key_of(callee.child_by_field_name("object"), model) if kind is not None else None
        if app is None or app.path:
            continue
        shown = f"{text(callee.child_by_field_name('object'))}.{name}"
        found.append(Container(kind, shown, "app", call, unwrap(args[1]), (Key(app.root, (name,)),)))
    return found


# A container written into a property: `x.p = new Map()`, `x.p ||= []`, `x.p = x.p || {}`.
PROPERTY_CONTAINER = re.compile(rb"[\w$\])]\s*\.\s*[\w$]+\s*(?:\|\||\?\?)?=\s*(?:[\w$.]+\s*(?:\|\||\?\?)\s*)?"
                                rb"(?:new\s+(?:Map|Set)\b|\[\s*\]|\{\s*\}|Object\.create\(null\))")


def platform_containers(model: SemanticModel) -> list[Container]:
    """Containers hung on an object the platform keeps for the whole process: the server behind
    a request (`req.socket.server.inflight = new Map()`, through a const that holds it) or the
    application (`req.app.locals.jobs ||= []`). Whatever a request handler puts there outlives
    the request. Also through a helper of the file that makes one on its parameter the first
    time and hands it back (`inflightOf(server)`): the container is then the local the caller
    keeps its result in."""
    found: list[Container] = []
    for match in PROPERTY_CONTAINER.finditer(model.data):
        node = model.root.descendant_for_byte_range(match.start(), match.start() + 1)
        assignment = node
        while assignment is not None and assignment.type not in ("assignment_expression", "augmented_assignment_expression"):
            assignment = assignment.parent if assignment.type not in ("expression_statement", "statement_block", "program") else None
        left = assignment.child_by_field_name("left") if assignment is not None else None
        value = reused_or_made(assignment) if left is not None and left.type == "member_expression" else None
        kind = container_kind(value, model)
        owner = unwrap(left.child_by_field_name("object")) if kind is not None else None
        if owner is None:
            continue
        kept_by = _platform_owner(owner, model)
        if kept_by is not None:
            key = key_of(left, model)
            if key is not None:
                found.append(Container(kind, text(left), "platform", assignment, value, (key,), kept_by=kept_by))
            continue
        found.extend(_handed_out_on_parameter(assignment, left, owner, kind, value, model))
    return found


# `const registry = req.app.locals.inflight`: a local holding a container the application keeps.
PLATFORM_READ = re.compile(rb"\b(?:const|let|var)\s+[\w$]+\s*(?::[^=;]+)?=\s*[\w$.]*\.(?:locals|server)\s*\.\s*[\w$]+\s*[;\n]")
# How a local's growth shows the kind of container it is.
GROWN_AS = (("[", "object"), (".set(", "Map"), (".push(", "array"), (".add(", "Set"))


def platform_read_containers(model: SemanticModel) -> list[Container]:
    """`const registry = req.app.locals.inflight; registry[id] = entry`: a container made
    elsewhere (`app.locals.inflight = {}` at start-up, maybe in another file) on an object the
    platform keeps for the process, read into a local by code that grows it. The container is
    the local; its kind, what the code does to it."""
    found: list[Container] = []
    for match in PLATFORM_READ.finditer(model.data):
        node = model.root.descendant_for_byte_range(match.start(), match.start() + 1)
        declaration = node.parent if node is not None and node.parent is not None and node.parent.type in ("lexical_declaration", "variable_declaration") else None
        declarator = declaration.named_children[0] if declaration is not None and declaration.named_children else None
        name = declarator.child_by_field_name("name") if declarator is not None else None
        value = unwrap(declarator.child_by_field_name("value")) if declarator is not None else None
        if name is None or name.type != "identifier" or value is None or value.type != "member_expression":
            continue
        kept_by = _platform_owner(unwrap(value.child_by_field_name("object")), model)
        fn = enclosing_function(declarator)
        body = (fn.text or b"") if fn is not None else b""
        kind = next((k for grown, k in GROWN_AS if re.search(re.escape(name.text) + re.escape(grown.encode()) if grown != "[" else
                                                            re.escape(name.text) + rb"\[[^\]]+\]\s*=[^=]", body)), None)
        key = key_of(name, model) if kept_by is not None and kind is not None else None
        if key is not None:
            found.append(Container(kind, text(name), "platform", declarator, value, (key,), kept_by=kept_by))
    return found


def _platform_owner(owner: Node, model: SemanticModel) -> str | None:
    """What keeps `owner` for the whole process, as a message names it, or None."""
    if reaches_server(owner, model):
        return "the application behind the request" if text(owner).endswith("app") else "the server behind the request"
    if owner.type == "member_expression" and text(owner.child_by_field_name("property")) == "locals" \
            and server_behind(owner.child_by_field_name("object")) is not None:
        return "the application behind the request"
    return None


def _handed_out_on_parameter(assignment: Node, left: Node, owner: Node, kind: str, value: Node, model: SemanticModel) -> list[Container]:
    """`function inflightOf(server) { if (!server.inflight) server.inflight = new Map(); return
    server.inflight }`, called as `const inflight = inflightOf(req.socket.server)`: one container
    per server, which each caller's local names."""
    from .summaries import call_sites, parameter_index

    fn = enclosing_function(assignment)
    binding = model.binding_of(owner) if fn is not None and owner.type == "identifier" else None
    alias = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and binding.value is not None else None
    if alias is not None and alias.type == "identifier":  # `const tracked = server as TrackedServer`
        binding = model.binding_of(alias)
    index = parameter_index(fn, binding.identifier) if binding is not None and binding.kind is BindingKind.PARAMETER else None
    prop = text(left.child_by_field_name("property"))
    if index is None or not any(text(v).replace(" ", "") == f"{text(owner)}.{prop}" for v in returned_values(fn)):
        return []
    found = []
    for site in call_sites(fn, model):
        args = call_arguments(site)
        holder = site.parent
        name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
        kept_by = _platform_owner(unwrap(args[index]), model) if index < len(args) and name is not None and name.type == "identifier" else None
        key = key_of(name, model) if kept_by is not None else None
        if key is not None:
            found.append(Container(kind, text(name), "platform", holder, value, (key,), kept_by=kept_by))
    return found


def _assigned_containers(model: SemanticModel) -> list[Container]:
    """`exports.cache = {}`, `module.exports.queue = []`, `globalThis.seen = new Set()` at top level."""
    found = []
    for statement in module_statements(model.root):
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if assignment is not None and assignment.type == "call_expression":
            found.extend(_extended_statics(assignment, model))
            continue
        if assignment is None or assignment.type not in ("assignment_expression", "augmented_assignment_expression"):
            continue
        left, value = assignment.child_by_field_name("left"), reused_or_made(assignment)
        kind = container_kind(value, model)
        key = key_of(left, model) if kind is not None else None
        if key is not None and len(key.path) == 1 and not key.root.startswith(("global:", "this@")):
            owner = model.binding_with_uid(key.root)
            if owner is not None and owner.kind in (BindingKind.CLASS, BindingKind.FUNCTION) and owner.is_module_level:
                # `Widget.instances = []`: a static field added after the class
                found.append(Container(kind, text(left), "static", assignment, value, (key,), _extended(Later(lambda b=owner: binding_exports(b, model)), key.path[0])))
            continue
        if key is None or not key.path or not key.root.startswith("global:"):
            continue
        keys = [key]
        if key.root == "global:module" and key.path[0] == "exports" and len(key.path) > 1:
            keys.append(Key("global:exports", key.path[1:]))
        elif key.root == "global:exports":
            keys.append(Key("global:module", ("exports", *key.path)))
        elif key.root.removeprefix("global:") not in GLOBAL_OBJECT_NAMES:
            continue
        exports = Later(lambda left=left: commonjs_export_chain(left, model) or set())
        found.append(Container(kind, text(left), "module-level", assignment, value, tuple(keys), exports))
    return found


# Calls that copy an object literal's properties onto their first argument.
EXTENDERS = frozenset({"assign", "extend", "mixin", "defaults"})


def _extended_statics(call: Node, model: SemanticModel) -> list[Container]:
    """`Object.assign(Pusher, { instances: [] })`, `_.extend(Pusher, {...})` at top level: static
    containers of a module-level class or constructor, put there in one go."""
    callee = unwrap(call.child_by_field_name("function"))
    name = text(callee.child_by_field_name("property")) if callee is not None and callee.type == "member_expression" else text(callee)
    args = call_arguments(call)
    if name not in EXTENDERS or len(args) < 2:
        return []
    target, source = unwrap(args[0]), unwrap(args[1])
    owner = model.binding_of(target) if target is not None and target.type == "identifier" else None
    constructor = owner is not None and (owner.kind in (BindingKind.CLASS, BindingKind.FUNCTION) or (
        unwrap(owner.value) is not None and unwrap(owner.value).type in ("function_expression", "function", "class")))
    if not constructor or not owner.is_module_level or source is None or source.type != "object":
        return []
    found = []
    for pair in source.named_children:
        value = unwrap(pair.child_by_field_name("value")) if pair.type == "pair" else None
        kind = container_kind(value, model) if value is not None else None
        prop = string_value(pair.child_by_field_name("key")) or text(pair.child_by_field_name("key")) if kind is not None else None
        if kind is None or not prop:
            continue
        key = Key(owner.uid, (prop,))
        found.append(Container(kind, f"{owner.name}.{prop}", "static", pair, value, (key,), _extended(Later(lambda b=owner: binding_exports(b, model)), prop)))
    return found


def reused_or_made(assignment: Node) -> Node | None:
    """The value a top-level assignment makes: `x = new Map()`; also the container made only
    when the slot is empty, `globalThis.hooks = globalThis.hooks || []` or `global.seen ??= new
    Set()`, the idiom that keeps one container on the global object across reloads of a module."""
    value = unwrap(assignment.child_by_field_name("right"))
    if assignment.type == "augmented_assignment_expression":
        operator = assignment.child_by_field_name("operator")
        return value if operator is not None and operator.type in ("||=", "??=") else None
    if value is not None and value.type == "binary_expression" and value.child_by_field_name("operator").type in ("||", "??") \
            and text(value.child_by_field_name("left")) == text(assignment.child_by_field_name("left")):
        return value.child_by_field_name("right")
    return value


def _binding_containers(binding: Binding, model: SemanticModel) -> list[Container]:
    kind = container_kind(binding.value, model)
    exports = Later(lambda: binding_exports(binding, model))
    if kind is not None:
        return [Container(kind, binding.name, "module-level", binding.declaration, binding.value, (Key(binding.uid),), exports)]
    value = unwrap(binding.value)
    if value is not None and value.type == "object":
        return _object_fields(value, Key(binding.uid), binding.name, exports, model, 1)
    if value is not None and value.type == "new_expression":
        cls = _singleton_class(value, model, exported=True)
        if cls is not None:
            fields = _instance_fields(cls, binding.name, (Key(binding.uid),), exports, model)
            shared = _declared_exported(cls, model)
            return [replace(f, shared_class=True) for f in fields] if shared else fields
    return []


def _extended(exports: Callable[[], set[Chain]], prop: str) -> Callable[[], set[Chain]]:
    """The export names of a field, from those of its holder (computed when first asked)."""
    return Later(lambda: {chain + (prop,) for chain in exports()})



def _object_fields(obj: Node, key: Key, name: str, exports: Callable[[], set[Chain]], model: SemanticModel, depth: int) -> list[Container]:
    """`const state = { sessions: new Map(), byId: {} }`: each field is a container."""
    found = []
    for pair in obj.named_children:
        if pair.type != "pair":
            continue
        key_node = pair.child_by_field_name("key")
        prop = string_value(key_node) if key_node is not None and key_node.type == "string" else text(key_node)
        if key_node is None or key_node.type == "computed_property_name" or not prop:
            continue
        value = pair.child_by_field_name("value")
        kind = container_kind(value, model)
        shown = f"{name}.{prop}"
        chains = _extended(exports, prop)
        if kind is not None:
            found.append(Container(kind, shown, "singleton", pair, value, (key.child(prop),), chains))
        elif unwrap(value) is not None and unwrap(value).type == "object" and depth < MAX_OBJECT_DEPTH:
            found.extend(_object_fields(unwrap(value), key.child(prop), shown, chains, model, depth + 1))
    return found


def _class_containers(binding: Binding, model: SemanticModel) -> list[Container]:
    """Static fields of a module-level class: `static cache = new Map()`."""
    cls = binding.value if binding.value is not None and binding.value.type in CLASS_TYPES else None
    body = cls.child_by_field_name("body") if cls is not None else None
    found = []
    for member in body.named_children if body is not None else ():
        if member.type not in FIELD_TYPES or not is_static_member(member):
            continue
        name_node = member.child_by_field_name("property") or member.child_by_field_name("name")
        value = member.child_by_field_name("value")
        kind = container_kind(value, model)
        if kind is None or name_node is None:
            continue
        prop = text(name_node)
        keys = (Key(binding.uid, (prop,)), this_key(member).child(prop))
        exports = _extended(Later(lambda: binding_exports(binding, model)), prop)
        found.append(Container(kind, f"{binding.name}.{prop}", "static", member, value, keys, exports))
    return found + _module_level_instance(binding, model) + _lazy_instance(binding, model) + _injected_instance(binding, model)


def _lazy_container(binding: Binding, model: SemanticModel) -> list[Container]:
    """`let cache;` filled with `cache ??= new Map()` by the accessor that returns it
    (singletons.lazy_container): the module's container, reached through the accessor's calls."""
    if f"{binding.name} ??=".encode() not in model.data and f"{binding.name} =".encode() not in model.data:
        return []
    found = lazy_container(binding, lambda value: container_kind(value, model), model)
    if found is None:
        return []
    accessor, value = found
    exports = Later(lambda: binding_exports(binding, model))
    return [Container(container_kind(value, model), binding.name, "module-level", binding.declaration, value, (Key(binding.uid),), exports,
                      accessor=accessor)]


def _injected_instance(binding: Binding, model: SemanticModel) -> list[Container]:
    """The fields of a DI singleton (frameworks.di_singleton): the injector makes one instance
    and hands it to every controller, component and service that asks for it."""
    cls = unwrap(binding.value)
    if cls is None or cls.type not in CLASS_TYPES or not di_singleton(cls):
        return []
    fields = _instance_fields(cls, binding.name, (), Later(lambda: instance_exports(cls, model)), model)
    return [replace(f, shared_class=True) for f in fields]  # its callers are elsewhere: the join judges them


def _lazy_instance(binding: Binding, model: SemanticModel) -> list[Container]:
    """The fields of a lazy singleton (semantic.singletons): `Cache.getInstance()` hands out
    one instance, made on first use, that lives as long as the module. The byte search for
    `new Name` comes first: most classes are never instantiated in their own file."""
    if f"new {binding.name}".encode() not in model.data:
        return []
    singleton = lazy_singleton(binding, model)
    if singleton is None:
        return []
    exports = Later(lambda: instance_exports(singleton.cls, model))
    fields = _instance_fields(singleton.cls, singleton.shown, (), exports, model)
    return [replace(f, shared_class=True) for f in fields] if is_exported(binding, model) else fields


def _module_level_instance(binding: Binding, model: SemanticModel) -> list[Container]:
    """`export default new Registry()` with no binding: its fields still live as long as the module.

    The `new` sites are found by a byte search for the name and checked at module level before
    any name is resolved: resolving every use of every class would read every function that mentions it."""
    for ctor in name_nodes(model.root, model.data, binding.name):
        new = ctor.parent if ctor.type == "identifier" else None
        if new is None or new.type != "new_expression" or enclosing_function(new) is not None:
            continue
        if model.binding_of(ctor) is not binding or _singleton_class(new, model, exported=True) is None:
            continue
        parent = new.parent
        if parent is not None and parent.type == "variable_declarator":
            return []  # bound to a name: _binding_containers handles it
        exports = value_exports(new, model)
        if exports:
            named = parent.child_by_field_name("key") if parent is not None and parent.type == "pair" else None
            shown = text(named) if named is not None and named.type == "property_identifier" else f"{binding.name} instance"  # `{ feed: new Feed() }`
            fields = _instance_fields(binding.value, shown, (), lambda: exports, model)
            return [replace(f, shared_class=True) for f in fields] if is_exported(binding, model) else fields
    return []


def _declared_exported(cls: Node, model: SemanticModel) -> bool:
    name = cls.child_by_field_name("name")
    binding = model.binding_of(name) if name is not None else None
    return binding is not None and is_exported(binding, model)


def made_once_at_load(cls: Node, model: SemanticModel) -> bool:
    """The module makes the one instance of `cls` its code works with as it loads (`const
    tracker = new Tracker()`, `export const presence = new PresenceTracker()`), by
    _singleton_class's reading: that instance's fields live as long as the module."""
    name = cls.child_by_field_name("name") if cls.type in CLASS_TYPES or cls.type == "function_declaration" else None
    binding = model.binding_of(name) if name is not None else None
    for reference in binding.references if binding is not None and binding.is_module_level else ():
        new = reference.identifier.parent
        if new is not None and new.type == "new_expression" and new.child_by_field_name("constructor") == reference.identifier \
                and _singleton_class(new, model, exported=True) == cls:
            return True
    return False


def _singleton_class(new: Node, model: SemanticModel, exported: bool = False) -> Node | None:
    """The class of `new C()` when this is the only instance there can ever be.

    C is declared in this file, not exported, never extended, and instantiated exactly once,
    at module level. Then its constructor runs once and its fields live as long as the module.
    With `exported`, an exported C counts too: this instance is still the module's own, though
    other modules may make more (Container.shared_class).
    """
    ctor = unwrap(new.child_by_field_name("constructor"))
    binding = model.binding_of(ctor) if ctor is not None and ctor.type == "identifier" else None
    if binding is None or not binding.is_module_level:
        return None
    cls = binding.value if binding.kind is BindingKind.CLASS else _prototype_constructor(binding, model)
    if cls is None:
        return None
    if enclosing_function(new) is not None or (not exported and is_exported(binding, model)):
        return None
    for reference in binding.references:
        parent = reference.identifier.parent
        if reference.identifier == ctor:
            continue
        if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == reference.identifier:
            continue  # a static member: `Registry.defaults`
        if exported and exporting(reference.identifier):
            continue  # `module.exports = { registry, Registry }`: other modules may make more (shared_class)
        return None  # another `new`, `extends`, handed out: more instances may exist
    return cls if cls.type in CLASS_TYPES or cls.type == "function_declaration" else None


def _prototype_constructor(binding: Binding, model: SemanticModel) -> Node | None:
    """`function Feed() { this.items = [] }` with methods on `Feed.prototype`: a class in
    all but syntax."""
    fn = unwrap(binding.value)
    if binding.kind is not BindingKind.FUNCTION or fn is None or fn.type != "function_declaration" or not binding.name[:1].isupper():
        return None
    return fn if f"{binding.name}.prototype".encode() in model.data else None


def _instance_fields(cls: Node, name: str, outer: tuple[Key, ...], exports: Callable[[], set[Chain]], model: SemanticModel) -> list[Container]:
    body = cls.child_by_field_name("body")
    found = []
    if cls.type == "function_declaration":  # a prototype-style constructor: its `this.x = ...` statements
        for assignment, left, prop in _this_assignments(body):
            found.extend(_instance_field(assignment, left, prop, assignment.child_by_field_name("right"), cls, name, outer, exports, model))
        return found
    for member in body.named_children if body is not None else ():
        if member.type in FIELD_TYPES and not is_static_member(member):
            name_node = member.child_by_field_name("property") or member.child_by_field_name("name")
            found.extend(_instance_field(member, member, text(name_node), member.child_by_field_name("value"), cls, name, outer, exports, model))
        elif member.type == "method_definition" and is_constructor(member):
            for assignment, left, prop in _this_assignments(member.child_by_field_name("body")):
                found.extend(_instance_field(assignment, left, prop, assignment.child_by_field_name("right"), cls, name, outer, exports, model))
    return found


def _instance_field(declaration, anchor, prop, value, cls, name, outer, exports, model) -> list[Container]:
    kind = container_kind(value, model)
    if kind is None or not prop:
        return []
    keys = (this_key(anchor).child(prop), *(key.child(prop) for key in outer))
    return [Container(kind, f"{name}.{prop}", "instance", declaration, value, keys, _extended(exports, prop), singleton_class=cls)]
