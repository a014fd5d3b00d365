"""Owners beyond the module (design 3c): class instances and closures that live as long as the
process in practice.

A library's exported class, or a class named for a long-lived role (a client, server, pool,
registry...), is instantiated for the life of the program far more often than per request;
its fields live as long as it does, and what its methods add is judged per call of the method
on one instance. A function's local container lives as long as the closures that use it; when
such a closure leaves the function (returned, stored, registered), the container outlives the
call that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tree_sitter import Node

from .callers import prototype_name
from .exports import function_exports, is_exported
from .model import SemanticModel
from .keys import this_owner
from .nodes import CLASS_TYPES, FIELD_TYPES, FUNCTION_TYPES, ancestors, call_arguments, callee_name, callee_object, contains, function_name, outermost, parameter_property_type, string_value, text, unwrap, walk
from .scopes import Binding, BindingKind
from .search import name_nodes

# Class names that say "one of these serves the whole program": matched on the last word.
LONG_LIVED_ROLES = re.compile(
    r"(?:Client|Server|Pool|Manager|Store|Registry|Connection|Transport|Broker|Adapter|Agent|Cache|Service|Bus|Hub|"
    r"Tracker|Scheduler|PubSub|Gateway|Dispatcher|Engine|Monitor|Producer|Consumer|Transit|Plugin|Namespace|Exchange|Channel|Queue|Publisher|Subscriber)$"
)

# Class names that say "one of these per operation": made for a request, a query or a message
# and dropped after it, exported or not.
PER_OPERATION_ROLES = re.compile(
    r"(?:Request|Response|Reply|Query|Statement|Command|Message|Packet|Frame|Stream|Cursor|Transaction|Job|Task|Event|Error|Span|"
    r"Call|Operation|Result|Batch|Upload|Download|Iterator|Readable|Writable|Duplex|Body|Chunk|Promise|Deferred)$"
)


# ... and names that begin by saying so (`RequestTimeline`, `ResponseRecorder`, `PerRequestCache`).
PER_REQUEST_PREFIX = re.compile(r"^(?:Request|Response|PerRequest|PerCall|PerConnection)(?=[A-Z])")


def per_request_name(name: str) -> bool:
    """A class named for one request (or call, or connection) first, unless its last word names
    a long-lived role (`RequestQueue`, `ResponseCache` serve the whole program)."""
    return PER_REQUEST_PREFIX.search(name) is not None and LONG_LIVED_ROLES.search(name) is None


def injected_service(field: Node) -> str | None:
    """The class of the service an injector hands to `this.<field>` through the constructor
    (`constructor(private auth: AuthService)`), when it names a long-lived role: Angular and
    NestJS inject the application's one instance, which outlives the component or controller."""
    if field.type != "member_expression" or unwrap(field.child_by_field_name("object")) is None \
            or unwrap(field.child_by_field_name("object")).type != "this":
        return None
    type_name = parameter_property_type(this_owner(unwrap(field.child_by_field_name("object"))), text(field.child_by_field_name("property")))
    return type_name if type_name and re.fullmatch(r"[A-Z][\w$]*", type_name) and LONG_LIVED_ROLES.search(type_name) else None


@dataclass(frozen=True)
class OwnerClass:
    node: Node  # the class, or the constructor function of a prototype-style class
    name: str
    why: str  # how a message says why its instances live long


def long_lived_classes(model: SemanticModel) -> list[OwnerClass]:
    """The file's classes whose instances are long-lived: exported ones and those named for a
    long-lived role. Prototype-style constructors count when the file puts methods on their
    prototype."""
    found = []
    data = model.data
    for binding in model.module_scope.bindings.values():
        node = _class_node(binding, data)
        if node is None or PER_OPERATION_ROLES.search(binding.name) or component_class(node) or per_request_name(binding.name):
            continue
        if is_exported(binding, model):
            found.append(OwnerClass(node, binding.name, "an exported class, whose instances live as long as the program uses them"))
        elif LONG_LIVED_ROLES.search(binding.name):
            found.append(OwnerClass(node, binding.name, f"a {LONG_LIVED_ROLES.search(binding.name).group(0).lower()} class, long-lived by its role"))
    if b"return " in data and (b"class " in data or b".prototype" in data):
        found += _factory_classes(model)
    return sorted(found, key=lambda o: o.node.start_byte)


def _factory_classes(model: SemanticModel) -> list[OwnerClass]:
    """`module.exports = function adapter(opts) { function Redis(nsp) {...}; Redis.prototype.x =
    ...; return Redis }`: a class an exported factory declares and returns is the module's
    class in all but place, made per configuration and instantiated for the life of the program
    as an exported class is. Read from the factory's own statements only."""
    found = []
    for statement in model.root.named_children:
        for fn in _top_level_functions(statement):
            body = fn.child_by_field_name("body")
            for returned in body.named_children if body is not None and body.type == "statement_block" else ():
                value = unwrap(returned.named_children[0]) if returned.type == "return_statement" and returned.named_children else None
                binding = model.binding_of(value) if value is not None and value.type == "identifier" else None
                node = _class_node(binding, model.data) if binding is not None and not binding.is_module_level else None
                if node is not None and not PER_OPERATION_ROLES.search(binding.name) and not component_class(node) \
                        and function_exports(fn, model):  # last: whether `fn` is exported asks every reference of its name
                    found.append(OwnerClass(node, binding.name, f"a class the exported factory `{function_name(fn) or 'a function'}()` "
                                                                "returns, whose instances live as long as the program uses them"))
    return found


def _top_level_functions(statement: Node) -> list[Node]:
    """The function a top-level statement declares or assigns: `function f() {}`, `export
    default function`, `module.exports = function () {}`, `const f = () => {}`."""
    if statement.type == "export_statement":
        statement = statement.child_by_field_name("declaration") or next((c for c in statement.named_children if c.type in FUNCTION_TYPES), statement)
    if statement.type in FUNCTION_TYPES:
        return [statement]
    if statement.type == "expression_statement" and statement.named_children and statement.named_children[0].type == "assignment_expression":
        right = unwrap(statement.named_children[0].child_by_field_name("right"))
        return [right] if right is not None and right.type in FUNCTION_TYPES else []
    if statement.type in ("lexical_declaration", "variable_declaration"):
        values = (unwrap(d.child_by_field_name("value")) for d in statement.named_children if d.type == "variable_declarator")
        return [v for v in values if v is not None and v.type in FUNCTION_TYPES]
    return []


# A UI component's class: an instance per mount, gone with its view (Angular's decorators, React's,
# Lit's and the DOM's base classes).
COMPONENT_DECORATORS = frozenset({"Component", "Directive", "Pipe"})
COMPONENT_BASE = re.compile(r"\b(?:React\.)?(?:Component|PureComponent|LitElement|HTMLElement)\b")


def component_class(cls: Node) -> bool:
    """A component class: made and dropped with each view it renders, not kept by the program."""
    if cls.type not in CLASS_TYPES:
        return False
    from .runs import decorator_name, decorators_of  # runs reads owners' callers

    if any(decorator_name(d) in COMPONENT_DECORATORS for d in decorators_of(cls)):
        return True
    heritage = next((c for c in cls.children if c.type == "class_heritage"), None)
    return heritage is not None and COMPONENT_BASE.search(text(heritage)) is not None


def _class_node(binding: Binding, data: bytes) -> Node | None:
    value = unwrap(binding.value)
    if binding.kind is BindingKind.CLASS:
        return value if value is not None and value.type in CLASS_TYPES else None
    if value is None or value.type not in ("function_declaration", "function_expression", "function"):
        return None
    if binding.kind not in (BindingKind.FUNCTION, BindingKind.VAR, BindingKind.LET, BindingKind.CONST):
        return None
    if not binding.name[:1].isupper() or f"{binding.name}.prototype".encode() not in data:
        return None
    return value


def escaping_closures(fn: Node, model: SemanticModel | None) -> list[Node]:
    """Functions nested in `fn` that outlive its call: returned (alone or in an object) or
    stored on an object or a module binding, by a statement of `fn`'s own body. Read from
    those statements only (the shapes factories have), never by walking the whole function."""
    found = []
    body = fn.child_by_field_name("body")
    for statement in body.named_children if body is not None else ():
        if statement.type == "return_statement":
            candidates = statement.named_children
        elif statement.type == "expression_statement" and statement.named_children and statement.named_children[0].type == "assignment_expression":
            candidates = [statement.named_children[0].child_by_field_name("right")]
        elif statement.type in ("lexical_declaration", "variable_declaration", "function_declaration"):
            candidates = [statement] if statement.type == "function_declaration" else [
                d.child_by_field_name("value") for d in statement.named_children if d.type == "variable_declarator"]
        elif statement.type == "expression_statement" and statement.named_children and _registers_handler(statement.named_children[0]):
            # `fastify.addHook('onRequest', async (req) => ...)`, `app.use((req, res, next) => ...)`: the framework
            # keeps the handler, and runs it on every request, for as long as it keeps the instance
            found.extend(a for a in (unwrap(x) for x in call_arguments(statement.named_children[0])) if a is not None and a.type in FUNCTION_TYPES)
            continue
        else:
            continue
        stack = [unwrap(c) for c in candidates if c is not None]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node.type in FUNCTION_TYPES or node.type == "function_declaration":
                if _escapes(node, fn, model):
                    found.append(node)
            elif node.type in ("object", "pair", "array"):
                stack.extend(unwrap(c) for c in node.named_children)
    return found


def _registers_handler(expression: Node) -> bool:
    """A call that registers its function argument as a handler a framework runs per request
    (`x.addHook(...)`, `x.use(...)`, `x.get(path, ...)`): a server's or a plugin's, kept as long
    as the app. Event listeners (`x.on('data', ...)`) are left out: most sit on an object of one
    operation (a response being read), which goes with its buffers."""
    from .frameworks import REPEATING_METHODS

    if expression.type != "call_expression" or callee_object(expression) is None:
        return False
    if callee_name(expression) in ("on", "addListener"):  # `io.on('connection', (socket) => ...)`: a server's, once per client
        args = call_arguments(expression)
        return bool(args) and string_value(args[0]) in SERVER_EVENTS
    return callee_name(expression) in REPEATING_METHODS and callee_name(expression) not in EVENT_REGISTRATIONS


EVENT_REGISTRATIONS = frozenset({"on", "addListener", "prependListener", "addEventListener", "watch", "watchFile", "subscribe"})
# The events a server emits once per client or request, for as long as it serves.
SERVER_EVENTS = frozenset({"connection", "secureConnection", "request", "upgrade"})


def _escapes(closure: Node, fn: Node, model: SemanticModel | None) -> bool:
    """Whether `closure` leaves `fn`. Without a model, names are not resolved: a closure kept
    in a variable or a named declaration counts when any name is returned (a guess, only used
    to decide whether the model is worth building)."""
    node = outermost(closure)
    parent = node.parent
    while parent is not None and parent.type in ("pair", "object", "array", "method_definition") or (
        parent is not None and parent.type == "class_body"
    ):
        node, parent = parent, parent.parent
    if closure.type == "method_definition" and parent is not None and parent.type == "object":
        node, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type in ("return_statement", "export_statement"):
        return True  # handed to a call, it lives as long as the callee keeps it: not known here
    if parent.type == "arrow_function" and parent.child_by_field_name("body") == node and parent == fn:
        return True  # `(...) => (key) => ...`
    if parent.type == "assignment_expression" and parent.child_by_field_name("right") == node:
        target = unwrap(parent.child_by_field_name("left"))
        if target is not None and target.type in ("member_expression", "subscript_expression"):
            return True  # stored on an object: `this.get = ...`, `exports.get = ...`
        if model is None:
            return target is not None and target.type == "identifier"
        binding = model.binding_of(target) if target is not None and target.type == "identifier" else None
        return binding is not None and binding.is_module_level
    if parent.type == "variable_declarator" and parent.child_by_field_name("value") == node or closure.type == "function_declaration":
        name = parent.child_by_field_name("name") if closure.type != "function_declaration" else closure.child_by_field_name("name")
        if model is None:
            return name is not None and _returned_somewhere(fn)
        binding = model.binding_of(name) if name is not None and name.type == "identifier" else None
        if binding is None:
            return False
        return any(_escapes_by_name(ref.identifier, fn) for ref in binding.references if not ref.is_write)
    return False


def _returned_somewhere(fn: Node) -> bool:
    body = fn.child_by_field_name("body")
    return body is not None and any(s.type == "return_statement" and s.named_children for s in body.named_children)


def _escapes_by_name(identifier: Node, fn: Node) -> bool:
    """A named local closure that is returned or handed on."""
    parent = outermost(identifier).parent
    if parent is None:
        return False
    if parent.type in ("return_statement", "shorthand_property_identifier", "pair", "array"):
        return any(a == fn for a in ancestors(identifier))
    if identifier.type == "shorthand_property_identifier":
        return True
    call = parent.parent if parent.type == "arguments" else None  # `return Object.assign(memoized, { clear })`: handed out with extras
    if call is not None and text(call.child_by_field_name("function")) == "Object.assign" and call_arguments(call)[:1] == [outermost(identifier)]:
        return _escapes_by_name(call, fn) if outermost(call).parent is not None and outermost(call).parent.type != "return_statement" \
            else any(a == fn for a in ancestors(identifier))
    return False


def module_called(fn: Node, model: SemanticModel) -> bool:
    """`fn` (a top-level function) is called at module level: `const fast = memoize(slow)`."""
    name_node = fn.child_by_field_name("name")
    if name_node is None:
        holder = fn.parent
        name_node = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    binding = model.binding_of(name_node) if name_node is not None and name_node.type == "identifier" else None
    if binding is None:
        return False
    for reference in binding.references:
        call = outermost(reference.identifier).parent
        if call is not None and call.type == "call_expression" and call.child_by_field_name("function") == outermost(reference.identifier):
            if not any(a.type in FUNCTION_TYPES for a in ancestors(call)):
                return True
    return False


def owner_method(node: Node, owner: Node, through_callbacks: bool = False) -> Node | None:
    """The method of `owner` (or its constructor function) that `node` runs in. With
    `through_callbacks`, a function expression handed to a call (`new Promise(function (r)
    {...})`, reached through `var self = this`) belongs to the method around it, as an arrow
    function does."""
    for fn in ancestors(node):
        if fn.type in FUNCTION_TYPES and fn.type != "arrow_function":
            if this_owner(fn.child_by_field_name("body") or fn) == owner or fn == owner:
                return fn
            if through_callbacks and fn.type in ("function_expression", "function") and outermost(fn).parent is not None \
                    and outermost(fn).parent.type == "arguments":
                continue
            return None
    return None


def stored_in_field(scope: Node | None, name: str) -> Node | None:
    """What `scope` first stores in `this.name` (`this.onReply = (id, v) => ...`, `this.bus =
    bus`), unwrapped; None when it stores nothing there."""
    for node in walk(scope) if scope is not None else ():
        if node.type == "assignment_expression":
            left = unwrap(node.child_by_field_name("left"))
            if left is not None and left.type == "member_expression" and unwrap(left.child_by_field_name("object")).type == "this" \
                    and text(left.child_by_field_name("property")) == name:
                return unwrap(node.child_by_field_name("right"))
    return None


def methods_of(owner: Node, root: Node) -> dict[str, Node]:
    """The methods whose `this` is an instance of `owner`, by plain name: a class's methods
    and arrow fields, or the functions put on a constructor's prototype."""
    found: dict[str, Node] = {}
    scope = owner if owner.type in CLASS_TYPES else root
    for fn in walk(scope):
        if fn.type not in FUNCTION_TYPES or fn == owner:
            continue
        if fn.type == "arrow_function" and (outermost(fn).parent is None or outermost(fn).parent.type not in FIELD_TYPES):
            continue
        if owner_method(fn.child_by_field_name("body") or fn, owner) is not None or (fn.type == "arrow_function" and this_owner(fn) == owner):
            stored = prototype_name(fn) if fn.type != "method_definition" else ""  # `_init`, not `function initSock`
            name = (stored or function_name(fn) or "").rsplit(".", 1)[-1].strip("#[]")
            if name:
                found.setdefault(name, fn)
    return found



def per_operation_class(node: Node) -> str | None:
    """The name of the class (or constructor function) whose `this` `node` sees, when that
    name says one operation (a Query, a Cursor, a Command): its instances are made for one
    use of a longer-lived resource they are handed."""
    owner = this_owner(node)
    if owner is None:
        return None
    name = owner.child_by_field_name("name")
    shown = text(name) if name is not None else (function_name(owner) or "")
    return shown if shown and PER_OPERATION_ROLES.search(shown) else None


def constructed_by(expr: Node | None, model: SemanticModel) -> tuple[Binding, Binding] | None:
    """(the binding `expr` names, the binding of the class it holds `new C(...)` of)."""
    node = unwrap(expr)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None else None
    made_by = unwrap(value.child_by_field_name("constructor")) if value is not None and value.type == "new_expression" else None
    made_by = model.binding_of(made_by) if made_by is not None and made_by.type == "identifier" else None
    return (binding, made_by) if binding is not None and made_by is not None else None


def own_constructed(expr: Node | None, model: SemanticModel) -> Binding | None:
    """The binding `expr` names when it holds `new C(...)` of a class (or constructor function)
    this file declares: what its methods do, the class's own code says (`presence.add(...)` is
    `Presence.prototype.add`, not a Set's)."""
    found = constructed_by(expr, model)
    own = found is not None and found[1].source_module is None and found[1].kind in (BindingKind.CLASS, BindingKind.FUNCTION)
    return found[0] if own else None


def this_called(fn: Node) -> list[str]:
    """The methods `fn` calls on `this` (`this.tick()`), by name, in order."""
    return [text(n.child_by_field_name("property")) for n in walk(fn) if n.type == "member_expression"
            and unwrap(n.child_by_field_name("object")) is not None and unwrap(n.child_by_field_name("object")).type == "this"
            and n.parent is not None and n.parent.type == "call_expression" and n.parent.child_by_field_name("function") == n]


def method_calls_by_name(root: Node, data: bytes, name: str) -> list[Node]:
    """Every `<something>.<name>(...)` call in the file, found by spelling: where a method of
    that name is run (`this.spawn()` inside its class, `pool.grow()` from outside)."""
    found = []
    for prop in name_nodes(root, data, name):
        member = prop.parent
        call = member.parent if member is not None and member.type == "member_expression" and member.child_by_field_name("property") == prop else None
        if call is not None and call.type == "call_expression" and call.child_by_field_name("function") == member:
            found.append(call)
    return found


def calls_of_own_method(scope: Node, root: Node, data: bytes, name: str) -> list[Node]:
    """Every `this.<name>(...)` call inside `scope` (a class, or its body): where the instance
    runs one of its own methods."""
    return [call for call in method_calls_by_name(root, data, name) if contains(scope, call)
            and unwrap(callee_object(call)) is not None and unwrap(callee_object(call)).type == "this"]


def this_calls(cls: Node) -> dict[str, set[str]]:
    """Each method of `cls` with the methods it calls on `this` (`commit()` -> {`release`}):
    what calling one of them also runs, one level down."""
    body = cls.child_by_field_name("body")
    found: dict[str, set[str]] = {}
    for method in (m for m in (body.named_children if body is not None else ()) if m.type == "method_definition"):
        called = set(this_called(method))
        if called:
            found[text(method.child_by_field_name("name"))] = called
    return found


def field_filled_with(cls: Node, field: str, value: bytes) -> "tuple[bytes | None, ...] | None":
    """Where the class fills `field` with what the pattern `value` matches: `this.<field> = ...`
    in any of its methods, or a field declaration `<field> = ...` (TypeScript modifiers and a
    type allowed). The groups of `value` at the first such place, or None."""
    return _fields_filled(cls, value).get(field)


def this_field_filled_with(member: Node | None, value: bytes) -> "tuple[bytes | None, ...] | None":
    """`this.pool` (a member of the `this` of a class) where that class fills the field with what
    `value` matches (field_filled_with); None for anything else."""
    member = unwrap(member)
    if member is None or member.type != "member_expression" or unwrap(member.child_by_field_name("object")) is None \
            or unwrap(member.child_by_field_name("object")).type != "this":
        return None
    cls = this_owner(member)
    return field_filled_with(cls, text(member.child_by_field_name("property")), value) if cls is not None and cls.type in CLASS_TYPES else None


# A field's name where a store or a declaration fills it, before its `=`.
_FILLED_FIELD = (rb"(?:this\s*\.\s*(?P<stored>[\w$#]+)"
                 rb"|^[ \t]*(?:(?:private|public|protected|readonly|static|declare|override)\s+)*(?P<declared>[\w$#]+)\s*[!?]?\s*(?::[^\n]*?)?)\s*=\s*")

# The last classes scanned: several fields of one class are asked about in turn.
_FILLED: "dict[tuple[int, int, int, bytes], tuple[bytes, dict[str, tuple[bytes | None, ...]]]]" = {}


@lru_cache(maxsize=32)
def _filled_pattern(value: bytes) -> "re.Pattern[bytes]":
    """A lookahead, so that a fill inside another's value (`this.a = this.b = fn.bind(this)`) is found too."""
    return re.compile(rb"(?=" + _FILLED_FIELD + rb"(?P<value>" + value + rb"))", re.M)


def _fields_filled(cls: Node, value: bytes) -> "dict[str, tuple[bytes | None, ...]]":
    """Every field the class fills with what `value` matches, each with the groups of `value` at
    its first fill: one scan of the class for all of its fields."""
    source = cls.text or b""
    key = (cls.id, cls.start_byte, cls.end_byte, value)
    kept = _FILLED.get(key)
    if kept is not None and kept[0] == source:
        return kept[1]
    pattern = _filled_pattern(value)
    first_group = pattern.groupindex["value"] + 1
    found: dict[str, tuple[bytes | None, ...]] = {}
    for match in pattern.finditer(source):
        name = (match.group("stored") or match.group("declared")).decode()
        if name not in found:
            found[name] = match.groups()[first_group - 1:]
    if len(_FILLED) >= 64:
        _FILLED.clear()
    _FILLED[key] = (source, found)
    return found
