"""Summaries: what a helper does to its parameters (or `this`), applied where it is called.

`function subscribe(bus, fn) { bus.on('tick', fn) }` registers on whatever its first parameter
is. Inside the helper the receiver is a parameter, whose lifetime only the caller knows: called
with a module-level emitter from a route handler, it is the listener leak of that handler. So
an effect on a parameter is carried to each call of the function in the file, with the
caller's argument in the parameter's place; lifetime and frequency then come from the caller.

Calls are followed by name (function declarations and `const f = (...) => ...`), to methods
through `this.m()` and through instances of the file's classes, for up to MAX_HOPS helpers.
A parameter that the helper reassigns, or a callback that someone else calls, is not followed.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Iterator

from tree_sitter import Node

from .callers import method_call_sites, namespace_call_sites, object_method_call_sites, prototype_name
from .keys import prototype_constructor
from .model import SemanticModel
from .nodes import (
    FIELD_TYPES,
    CLASS_TYPES, FUNCTION_TYPES, ancestors, call_arguments, call_of, callee_name, callee_object, declared_name, enclosing_function, function_name,
    method_call_on, outermost, text, unwrap,
)
from .runs import callback_role
from .scopes import BindingKind
from .search import called_names, name_nodes, word_positions
from .exports import INSTANCE_STEP
from .singletons import RESULT_STEP

MAX_HOPS = 3
THIS = -1  # the slot of `this` in a method's summary


@dataclass(frozen=True)
class Slot:
    """A parameter (by position) or `this` of one function."""

    function: Node
    index: int
    name: str

    @property
    def helper(self) -> str:
        return function_name(self.function) or "<anonymous>"


@dataclass(frozen=True)
class Hop:
    """One call through which an effect on a slot reaches its caller."""

    call: Node
    slot: Slot
    argument: Node  # what the caller passes in the slot's place


def slot_of(expr: Node | None, model: SemanticModel) -> Slot | None:
    """The slot `expr` denotes when it is a plain parameter of an ordinary function, or `this`
    (or `super`, as a method's receiver) in a method other than the constructor (a
    constructor's `this` is a fresh object)."""
    node = unwrap(expr)
    if node is None:
        return None
    if node.type in ("this", "super"):  # `super.on(...)` registers on this instance too
        method = _enclosing_method(node)
        if method is None:
            method = prototype_method(node)  # `Stats.prototype.onStats = function (fn) { this.on(...) }`
            return Slot(method, THIS, "this") if method is not None else None
        if text(method.child_by_field_name("name")) == "constructor":
            return None
        return Slot(method, THIS, "this")
    if node.type != "identifier":
        return None
    binding = model.binding_of(node)
    if binding is None or binding.kind is not BindingKind.PARAMETER or binding.writes or binding.is_parameter_property:
        return None
    fn = binding.scope.node
    if fn is None or fn.type not in FUNCTION_TYPES or callback_role(fn)[0] != "plain":
        return None  # a callback's arguments come from whoever calls it back
    if fn.type == "method_definition" and text(fn.child_by_field_name("name")) == "constructor":
        return None  # what a constructor is handed is judged as injected, per instance
    index = parameter_index(fn, binding.identifier)
    return Slot(fn, index, binding.name) if index is not None else None


def hops(slot: Slot, model: SemanticModel) -> Iterator[Hop]:
    """Every call of the slot's function in this file, with the argument in the slot's place."""
    for call in call_sites(slot.function, model):
        if slot.index == THIS:
            argument = callee_object(call) if call.type == "call_expression" else None
        else:
            args = call_arguments(call)
            argument = args[slot.index] if slot.index < len(args) else None
        if argument is not None and argument.type != "spread_element":
            yield Hop(call, slot, argument)


def helper_chains(slot: Slot, model: SemanticModel) -> Iterator[tuple[Slot, list[Hop]]]:
    """`slot` itself, then every parameter of a caller that passes its own parameter on into it
    (`follow(e, fn) { subscribe(e, 'x', fn) }`), with the hops from there down to `slot`; up to
    MAX_HOPS helpers deep."""
    frontier: list[tuple[Slot, list[Hop]]] = [(slot, [])]
    for _ in range(MAX_HOPS):
        deeper = []
        for current, path in frontier:
            yield current, path
            for hop in hops(current, model):
                outer = slot_of(hop.argument, model)
                if outer is not None and outer.function != current.function and (outer.index >= 0 or outer.index == THIS):
                    deeper.append((outer, [*path, hop]))
        frontier = deeper


def substitute_through(node: Node | None, path: list[Hop], model: SemanticModel) -> Node | None:
    """`node` as the outermost caller of a chain of helpers sees it."""
    for hop in path:
        if node is None:
            return None
        node = substitute(node, hop, model)
    return node


def substitute(node: Node | None, hop: Hop, model: SemanticModel) -> Node | None:
    """`node` as the caller of `hop` sees it: a parameter becomes the argument passed for it."""
    slot = slot_of(node, model)
    if slot is None or slot.function != hop.slot.function:
        return node
    if slot.index == hop.slot.index:
        return hop.argument
    if slot.index == THIS:
        return callee_object(hop.call)
    args = call_arguments(hop.call)
    return args[slot.index] if slot.index < len(args) else None


@dataclass(frozen=True)
class HelperArgument:
    """An argument of a call to a function of this file, and the parameter that receives it."""

    hop: Hop
    slot_identifier: Node


def helper_hop(call: Node, argument: Node, model: SemanticModel) -> HelperArgument | None:
    """`record(list, item)` where `function record(into, value)` is declared in this file: the
    hop from the call into `into`. None for methods, unknown or reassigned callees, rest and
    destructured parameters."""
    if call.type != "call_expression":
        return None
    callee = unwrap(call.child_by_field_name("function"))
    binding = model.binding_of(callee) if callee is not None and callee.type == "identifier" else None
    fn = unwrap(binding.value) if binding is not None and not binding.writes else None
    if fn is None or fn.type not in FUNCTION_TYPES:
        return None
    index = next((i for i, arg in enumerate(call_arguments(call)) if arg == argument), None)
    identifier = parameter_at(fn, index) if index is not None else None
    if identifier is None:
        return None
    return HelperArgument(Hop(call, Slot(fn, index, text(identifier)), argument), identifier)


def prototype_method(this: Node) -> Node | None:
    """The function a `this` belongs to, when it is put on a constructor's prototype."""
    fn = next((a for a in ancestors(this) if a.type in FUNCTION_TYPES and a.type != "arrow_function"), None)
    return fn if fn is not None and fn.type != "method_definition" and prototype_constructor(fn) is not None else None


def call_sites(fn: Node, model: SemanticModel) -> list[Node]:
    if fn.type == "method_definition" and fn.parent is not None and fn.parent.type == "object":
        return object_method_call_sites(fn, model)  # `util.bind(...)` of `const util = { bind() {...} }`
    if fn.type == "method_definition":
        cls = fn.parent.parent if fn.parent is not None else None
        return method_call_sites(fn, cls, model) if cls is not None and cls.type in CLASS_TYPES else []
    if fn.parent is not None and fn.parent.type == "pair":
        return object_method_call_sites(fn, model)
    field = field_arrow(fn)
    if field is not None:
        return method_call_sites(fn, field[0], model, field[1])
    constructor = prototype_constructor(fn)
    if constructor is not None:
        return method_call_sites(fn, constructor, model, prototype_name(fn))
    name = declared_name(fn)
    binding = model.binding_of(name) if name is not None else None
    if binding is None:
        return []
    sites = namespace_call_sites(fn, model)
    for reference in binding.references:
        call = call_of(reference.identifier) if not reference.is_write else None
        if call is not None:
            sites.append(call)
    return sites


def parameter_names(fn: Node) -> set[str]:
    """The names of a function's plain parameters, read from its signature alone."""
    params = fn.child_by_field_name("parameters")
    if params is None:
        single = fn.child_by_field_name("parameter")
        return {text(single)} if single is not None and single.type == "identifier" else set()
    return {text(p) for i in range(len(params.named_children)) if (p := parameter_at(fn, i)) is not None}


def parameter_list(fn: Node) -> list[str | None]:
    """A function's plain parameter names by position (None where a slot is a pattern)."""
    params = fn.child_by_field_name("parameters")
    count = len(params.named_children) if params is not None else 1
    found = [parameter_at(fn, i) for i in range(count)]
    while found and found[-1] is None:
        found.pop()
    return [text(p) if p is not None else None for p in found]


def parameter_at(fn: Node, index: int) -> Node | None:
    """The plain parameter in slot `index` (TypeScript's `this:` pseudo-parameter takes none)."""
    params = fn.child_by_field_name("parameters")
    if params is None:
        parameter = fn.child_by_field_name("parameter")
        return parameter if index == 0 and parameter is not None and parameter.type == "identifier" else None
    named = _runtime_parameters(params)
    if index >= len(named):
        return None
    param = named[index]
    if param.type in ("required_parameter", "optional_parameter"):
        param = param.child_by_field_name("pattern")
    return param if param is not None and param.type == "identifier" else None


def _runtime_parameters(params: Node) -> list[Node]:
    """The parameters a call's arguments fill, in order: not comments, and not TypeScript's
    `this: T` pseudo-parameter, which only types `this`."""
    return [p for p in params.named_children if p.type != "comment"
            and not (p.type == "required_parameter" and (pattern := p.child_by_field_name("pattern")) is not None and pattern.type == "this")]


def parameter_index(fn: Node, identifier: Node) -> int | None:
    params = fn.child_by_field_name("parameters")
    if params is None:
        parameter = fn.child_by_field_name("parameter")  # `x => ...`
        return 0 if parameter is not None and parameter == identifier else None
    for index, param in enumerate(_runtime_parameters(params)):
        target = param
        if param.type in ("required_parameter", "optional_parameter"):
            target = param.child_by_field_name("pattern")
        elif param.type == "assignment_pattern":
            target = param.child_by_field_name("left")
        if target is not None and target == identifier:
            return index
    return None


def _enclosing_method(node: Node) -> Node | None:
    current, inner = node.parent, None
    while current is not None:
        if current.type == "method_definition":
            return current
        if current.type in FIELD_TYPES and inner is not None and unwrap(current.child_by_field_name("value")) == inner:
            return inner  # `onTick = (fn) => this.emitter.on('tick', fn)`: an arrow field is a method of each instance
        if current.type in FUNCTION_TYPES and current.type != "arrow_function":
            return None  # a plain function has its own `this`
        inner = current if current.type == "arrow_function" else inner
        current = current.parent
    return None


def field_arrow(fn: Node) -> tuple[Node, str] | None:
    """The class and field name of an arrow function that is a class field's value."""
    field = fn.parent if fn.type == "arrow_function" else None
    body = field.parent if field is not None and field.type in FIELD_TYPES else None
    cls = body.parent if body is not None and body.type == "class_body" else None
    name = field.child_by_field_name("name") or field.child_by_field_name("property") if cls is not None else None
    return (cls, text(name)) if cls is not None and name is not None and cls.type in CLASS_TYPES else None


@dataclass(frozen=True)
class ImportedCall:
    """`helper(...)` or `helpers.subscribe(...)` where the name is imported from this project."""

    site: Node
    callee: Node  # the imported identifier (its binding is checked only when it matters)
    specifier: str
    chain: tuple[str, ...]  # the function as the other module exports it


def imported_calls(root: Node, data: bytes, imports: dict[str, tuple[str, tuple[str, ...]]],
                   positions: dict[str, list[tuple[int, int]]] | None = None) -> list[ImportedCall]:
    """Calls of functions imported from relative modules, found by spelling: resolving the
    imported bindings' references would read every function that mentions them."""
    found = []
    shapes: _ClassShapes | None = None  # how the file spells class names, read at the first imported one
    for name, (specifier, chain) in imports.items():
        spelled = positions.get(name) if positions is not None else None
        for ident in called_names(root, data, name, spelled):
            site, called = _imported_call(ident, chain)
            if site is not None:
                found.append(ImportedCall(site, ident, specifier, called))
                made = list(_methods_of_result(site, data))
                if not call_arguments(site):  # an accessor takes nothing: `Cache.getInstance()`, `getCache()`
                    found.extend(ImportedCall(call, ident, specifier, (*called, RESULT_STEP, method)) for call, method in made)
                # and a factory makes a new object per call (`createPoller(task, ms).start()`), as `new` does
                found.extend(ImportedCall(call, ident, specifier, (*called, INSTANCE_STEP, method)) for call, method in made)
            elif ident.parent is not None and ident.parent.type == "new_expression":  # `new Client().send()`, `c = new Client()`
                if ident.parent.child_by_field_name("constructor") == ident:
                    found.append(ImportedCall(ident.parent, ident, specifier, (*chain, INSTANCE_STEP, "constructor")))
                found.extend(ImportedCall(call, ident, specifier, (*chain, INSTANCE_STEP, method))
                             for call, method in _methods_of_result(ident.parent, data))
        if not name[:1].isupper():
            continue
        shapes = shapes or _ClassShapes(data)
        if b"this." in data and (shapes.typed(name) or shapes.handed(name)):
            found.extend(ImportedCall(call, node, specifier, (*chain, INSTANCE_STEP, method))
                         for node, call, method in _methods_of_injected(root, data, name, spelled))
        if shapes.handed(name) or shapes.resolved_generic(name):
            found.extend(ImportedCall(call, node, specifier, (*chain, INSTANCE_STEP, method))
                         for node, call, method in _methods_of_resolved(root, data, name, spelled))
        if shapes.extended(name):
            found.extend(_subclass_calls(root, data, name, specifier, chain))
    return found


_RUN = rb"([\w$\x80-\xff]+)"
_AFTER_COLON = re.compile(rb": " + _RUN)
_IN_PARENS = re.compile(rb"\(" + _RUN + rb"\)")
_GENERIC_CALL = re.compile(rb"<" + _RUN + rb">\(")
_AFTER_EXTENDS = re.compile(rb"extends " + _RUN)


class _ClassShapes:
    """Where a file spells a class name as a type (`: Feed`), alone in parentheses (`(Feed)`), as
    a call's type argument (`<Feed>(`) or after `extends`: four searches of the file, instead of
    four per imported class. Each answer is the byte test `f": {name}" in data` and its kin."""

    def __init__(self, data: bytes) -> None:
        self._typed = {run.decode("utf-8", "replace") for run in _AFTER_COLON.findall(data)} if b": " in data else set()
        self._handed = {run.decode("utf-8", "replace") for run in _IN_PARENS.findall(data)}
        self._generic = {run.decode("utf-8", "replace") for run in _GENERIC_CALL.findall(data)} if b">(" in data else set()
        self._extended = {run.decode("utf-8", "replace") for run in _AFTER_EXTENDS.findall(data)} if b"extends " in data else set()

    def typed(self, name: str) -> bool:
        return any(run.startswith(name) for run in self._typed)  # (`: FeedClient` spells `: Feed` too)

    def handed(self, name: str) -> bool:
        return name in self._handed

    def resolved_generic(self, name: str) -> bool:
        return name in self._generic

    def extended(self, name: str) -> bool:
        return any(run.startswith(name) for run in self._extended)


def _subclass_calls(root: Node, data: bytes, base: str, specifier: str, chain: tuple[str, ...]) -> Iterator[ImportedCall]:
    """`class TenantSettings extends FileBackedStore` in this file, `FileBackedStore` imported:
    each `new TenantSettings(...)` runs the base's constructor too, and the methods called on
    what it makes include the base's (`settings.close()`): calls of the imported class."""
    for statement in root.named_children:
        cls = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
        if cls is None or cls.type not in ("class_declaration", "abstract_class_declaration") or cls.child_by_field_name("name") is None:
            continue
        heritage = next((c for c in cls.children if c.type == "class_heritage"), None)
        if heritage is None or not re.search(rf"\bextends\s+{re.escape(base)}\b", text(heritage)):
            continue
        name = text(cls.child_by_field_name("name"))
        for ident in name_nodes(root, data, name):
            made = ident.parent
            if made is None or made.type != "new_expression" or made.child_by_field_name("constructor") != ident:
                continue
            yield ImportedCall(made, ident, specifier, (*chain, INSTANCE_STEP, "constructor"))
            yield from (ImportedCall(call, ident, specifier, (*chain, INSTANCE_STEP, method)) for call, method in _methods_of_result(made, data))


# Calls that hand out the container's instance of the class they name: tsyringe's and awilix's
# `container.resolve(Limiter)`, inversify's `container.get<Loader>(TYPES.Loader)`, Nest's
# `app.get(Service)` and `moduleRef.get(Service)`, Angular's `inject(Service)`.
DI_RESOLVERS = frozenset({"resolve", "get", "inject", "getService"})


def _methods_of_resolved(root: Node, data: bytes, name: str, spelled) -> Iterator[tuple[Node, Node, str]]:
    """Methods called on what a container hands out for the imported class `name`
    (`const limiter = container.resolve(RateLimiter); ... limiter.hit(key)`), directly or
    through a const of the function that asks. Each with the node that names the class."""
    for node in name_nodes(root, data, name, positions=spelled):
        holder = node.parent
        if holder is not None and holder.type in ("type_identifier", "generic_type"):
            holder = holder.parent
        if holder is None or holder.type not in ("arguments", "type_arguments") or (holder.type == "arguments" and holder.named_children[:1] != [node]):
            continue
        call = holder.parent
        if call is None or call.type != "call_expression" or callee_name(call) not in DI_RESOLVERS:
            continue
        for method_call, method in _methods_of_result(call, data):
            yield node, method_call, method


# A class's field holding an instance: `constructor(private polling: PollingService)`,
# `private readonly cache: CacheService;`, `cache = inject(CacheService)`.
FIELD_HOLDERS = frozenset({"required_parameter", "optional_parameter", "public_field_definition", "field_definition"})


def _methods_of_injected(root: Node, data: bytes, name: str, spelled) -> Iterator[tuple[Node, Node, str]]:
    """Methods called on a field that holds an instance of the imported class `name`, as a
    framework injects it (Angular, NestJS) or the class makes it: `this.polling.poll(...)`.
    Each with the node that names the class."""
    for node in name_nodes(root, data, name, positions=spelled):
        holder = node.parent
        while holder is not None and holder.type in ("type_annotation", "generic_type", "arguments", "call_expression", "new_expression",
                                                     "await_expression", "parenthesized_expression"):
            holder = holder.parent
        if holder is None or holder.type not in FIELD_HOLDERS:
            continue
        if holder.type in ("required_parameter", "optional_parameter") and not any(
                c.type in ("accessibility_modifier", "readonly") for c in holder.children):
            continue  # a plain parameter is no field
        field = holder.child_by_field_name("pattern") or holder.child_by_field_name("name") or holder.child_by_field_name("property")
        cls = holder.parent
        while cls is not None and cls.type not in CLASS_TYPES:
            cls = cls.parent
        if field is None or cls is None:
            continue
        for use in name_nodes(root, data, text(field), cls.start_byte, cls.end_byte):
            member = use.parent
            if member is not None and member.type == "member_expression" and member.child_by_field_name("property") == use \
                    and unwrap(member.child_by_field_name("object")) is not None and unwrap(member.child_by_field_name("object")).type == "this":
                found = _method_called_on(member)
                if found is not None:
                    yield node, found[0], found[1]


def _methods_of_result(site: Node, data: bytes) -> Iterator[tuple[Node, str]]:
    """Methods called on what `site` returns: `Cache.getInstance().put(k)`, or through a
    `const` it is bound to (`const cache = getCache(); ... cache.put(k)`), searched by spelling
    in the enclosing function. A lazy singleton's accessor is such a call; what its methods do
    comes from the summaries of the accessor's file (chain step "()")."""
    direct = _method_called_on(site)
    if direct is not None:
        yield direct
        return
    holder = outermost(site).parent
    if holder is not None and holder.type == "assignment_expression" and holder.child_by_field_name("right") == outermost(site):
        yield from _methods_of_stored(holder)
        return
    if holder is not None and holder.type in FIELD_TYPES and holder.child_by_field_name("value") == outermost(site) \
            and holder.parent is not None and not any(c.type == "static" for c in holder.children):
        field = holder.child_by_field_name("name") or holder.child_by_field_name("property")  # `lifecycle = new Lifecycle()` in the class body
        yield from _methods_called_through(f"this.{text(field)}", holder.parent)
        return
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    declaration = holder.parent if name is not None else None
    if name is None or name.type != "identifier" or declaration is None or text(declaration.child_by_field_name("kind")) != "const":
        return
    scope = enclosing_function(site)
    end = scope.end_byte if scope is not None else len(data)
    root = site
    while root.parent is not None:
        root = root.parent
    for ident in called_names(root, data, text(name), word_positions(data, name.text or b"", holder.end_byte, end)):
        found = _method_called_on(ident)
        if found is not None:
            yield found


def _methods_of_stored(assignment: Node) -> Iterator[tuple[Node, str]]:
    """`req.ctx = new RequestContext(req)`, then `req.ctx.dispose()` in the same function (a
    listener inside it included), or `this.session = new Session()` and `this.session.end()` in
    another method of the class: the methods called on the value through the place it is kept."""
    left = unwrap(assignment.child_by_field_name("left"))
    if left is None or left.type != "member_expression":
        return
    spelled = text(left)
    scope = next((a for a in ancestors(assignment) if a.type == "class_body"), None) if spelled.startswith("this.") else enclosing_function(assignment)
    if scope is not None:
        yield from _methods_called_through(spelled, scope)


def _methods_called_through(spelled: str, scope: Node) -> Iterator[tuple[Node, str]]:
    """The calls `<spelled>.m(...)` in `scope`, each with its method's name."""
    body = scope.text or b""
    for match in re.finditer(re.escape(spelled.encode()) + rb"\s*\??\.\s*([A-Za-z_$][\w$]*)\s*\(", body):
        leaf = scope.descendant_for_byte_range(scope.start_byte + match.start(1), scope.start_byte + match.end(1))
        member = leaf.parent if leaf is not None else None
        call = member.parent if member is not None and member.type == "member_expression" else None
        if call is not None and call.type == "call_expression" and call.child_by_field_name("function") == member:
            yield call, match.group(1).decode()


def _method_called_on(node: Node) -> tuple[Node, str] | None:
    """`node.m(...)`: the call and `m`."""
    call = method_call_on(node)
    return (call, callee_name(call) or "") if call is not None else None


def imported_call_at(call: Node, imports: dict[str, tuple[str, tuple[str, ...]]]) -> ImportedCall | None:
    """`call` as a call of an imported function, when its callee is spelled like an import."""
    callee = unwrap(call.child_by_field_name("function"))
    if callee is not None and callee.type == "member_expression":
        callee = unwrap(callee.child_by_field_name("object"))
    entry = imports.get(text(callee)) if callee is not None and callee.type == "identifier" else None
    if entry is None:
        return None
    site, called = _imported_call(callee, entry[1])
    return ImportedCall(site, callee, entry[0], called) if site == call else None


def _imported_call(identifier: Node, chain: tuple[str, ...]) -> tuple[Node | None, tuple[str, ...]]:
    """`helper(...)` or `helpers.subscribe(...)` on an imported name: the call and the chain
    of the function it calls in the other module."""
    parent = identifier.parent
    if call_of(identifier) is not None:
        return call_of(identifier), chain
    if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == identifier:
        call = call_of(parent)
        if call is not None:
            return call, (*chain, text(parent.child_by_field_name("property")))
    return None, chain


