"""Request-like bindings: the per-request objects a handler is handed.

A parameter is request-like when the semantic model knows the function is a request or
connection handler (a route, a middleware, a hook, `createServer`, the 'request', 'connection'
and 'upgrade' events, hapi and fastify route objects, NestJS `@Req()`/`@Res()`), or when its
TypeScript type says so. Names alone never decide (design section 8: `request` in a bundler
is a module path, `ctx` may be a canvas).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from tree_sitter import Node

from . import frameworks
from .builder import pattern_identifiers
from .model import SemanticModel
from .nodes import FUNCTION_TYPES, call_arguments, callee_name, callee_object, outermost, parameter_type_name, short_text, string_value, text, unwrap
from .runs import callback_role
from .scopes import Binding, BindingKind

REQUEST_EVENTS = frozenset({"request", "connection", "upgrade", "connect", "checkContinue", "stream"})
ROUTE_METHODS = frozenset({*frameworks.HTTP_VERBS, "use", "pre", "addHook", "route", "handle"})
# fastify hooks that run per request (not onReady, onClose, onRoute, onRegister...).
REQUEST_HOOKS = frozenset(
    {"onRequest", "preParsing", "preValidation", "preHandler", "preSerialization", "onSend", "onResponse", "onTimeout",
     "onError", "onRequestAbort"}
)
# Parameters of a handler that are not per-request objects.
NOT_REQUEST_NAMES = frozenset({"next", "done", "cb", "callback", "h", "err", "error", "head", "opts", "options", "app", "server", "fastify", "instance"})
# Modules whose request and response types are a server's per-request objects.
SERVER_MODULES = frozenset(
    {"http", "https", "http2", "express", "express-serve-static-core", "koa", "@koa/router", "koa-router", "fastify",
     "restify", "@hapi/hapi", "hapi", "@nestjs/common", "next", "next/server", "undici-types"}
)
NEST_REQUEST_DECORATORS = frozenset({"Req", "Request", "Res", "Response", "ConnectedSocket"})


@dataclass(frozen=True)
class RequestParam:
    binding: Binding
    handler: Node  # the function whose parameter it is
    described: str  # "the GET route handler"


def request_params(model: SemanticModel, types: frozenset[str], names: frozenset[str] = frozenset()) -> list[RequestParam]:
    """Every request-like parameter in the file, in source order."""
    found: list[RequestParam] = []
    seen: set[int] = set()
    for fn, idents in _parameters(model):
        described = _handler_description(fn)
        for ident in idents:
            typed = parameter_type_name(ident) in types and _server_type(ident, model)
            named = text(ident) in names
            if described is None and not typed and not named:
                continue  # decided before any name is resolved: most functions are not handlers
            binding = model.binding_of(ident)
            if binding is None or binding.kind is not BindingKind.PARAMETER or binding.identifier.id in seen:
                continue
            chosen = typed or named  # the user's types and names are evidence of their own
            if not chosen and (binding.name in NOT_REQUEST_NAMES or binding.identifier.parent.type == "rest_pattern"):
                continue
            in_class = fn.parent is not None and fn.parent.type == "class_body"
            if fn.type == "method_definition" and in_class and not chosen and not _nest_request_decorated(binding.identifier):
                continue  # decorated controller methods: only @Req()/@Res() parameters are the request
            seen.add(binding.identifier.id)
            shown = described or (f"a function taking `{binding.name}: {parameter_type_name(binding.identifier)}`" if typed else f"a function taking `{binding.name}`")
            found.append(RequestParam(binding, fn, shown))
    return sorted(found, key=lambda p: p.binding.identifier.start_byte)


def is_request_handler(fn: Node) -> bool:
    """A route, middleware, hook or connection handler: its parameters are the client's data."""
    return _handler_description(fn) is not None


def _parameters(model: SemanticModel) -> Iterator[tuple[Node, list[Node]]]:
    """Each function with the names it takes directly, read from its parameter list alone."""
    for fn in model.functions():
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        idents = [i for i in pattern_identifiers(params) if i.type == "identifier" and _is_direct_parameter(i)]
        if idents:
            yield fn, idents


def _is_direct_parameter(ident: Node) -> bool:
    """`(req, res)` or `(req: Request)`, not a name destructured out of one: that is a projection."""
    parent = ident.parent
    if parent is not None and parent.type in ("required_parameter", "optional_parameter"):
        parent = parent.parent
    elif parent is not None and parent.type == "assignment_pattern":
        parent = parent.parent
    return parent is not None and parent.type == "formal_parameters" or (parent is not None and parent.type == "arrow_function")


def _handler_description(fn: Node) -> str | None:
    role, described, registration = callback_role(fn)
    if role != "repeat" or registration is None:
        return "a middleware" if _middleware_signature(fn) else None

    if registration == fn:  # a decorated controller method (a component's render takes props, nor an async hook a client's data)
        return None if described is not None and described.startswith(("the render of", "the async_hooks")) else described
    if registration.type == "pair":
        return described if text(registration.child_by_field_name("key")) in frameworks.REPEATING_PROPERTIES else None
    if registration.type != "call_expression":
        return None
    name = callee_name(registration)
    if name in frameworks.REPEATING_FUNCTIONS and name == "createServer":
        return described
    if callee_object(registration) is None:
        return None
    if name in frameworks.LISTENER_METHODS:
        args = call_arguments(registration)
        return described if args and string_value(args[0]) in REQUEST_EVENTS else None
    if name not in ROUTE_METHODS:
        return None
    if name in frameworks.HTTP_VERBS:
        return described if _looks_like_route(registration) else None
    args = call_arguments(registration)
    first = string_value(args[0]) if args else None
    if name == "addHook":
        return described if first in REQUEST_HOOKS else None
    if first is not None and not first.startswith("/"):
        return None  # `schema.pre('save', fn)`, `i18n.use('fr', fn)`: not a server's middleware
    return described


def _middleware_signature(fn: Node) -> bool:
    """`function (req, res, next)`, as a middleware factory hands one back, or an error
    middleware's `(err, req, res, next)`: Express's own signatures, whoever registers them."""
    params = fn.child_by_field_name("parameters")
    names = [text(p.child_by_field_name("pattern") or p) for p in (params.named_children if params is not None else ()) if p.type != "comment"]
    if len(names) == 4 and names[0] in ("err", "error", "e"):
        names = names[1:]
    return len(names) == 3 and names[0] in ("req", "request") and names[1] in ("res", "response") and names[2] == "next"


# A connection's own events, whose arguments the platform makes, not the client.
NOT_CLIENT_EVENTS = frozenset({"close", "end", "error", "disconnect", "disconnecting", "timeout", "drain", "finish", "open", "pong", "ping"})


def client_event_handler(fn: Node) -> bool:
    """`(room) => ...` in `socket.on('room:join', (room) => ...)`, the socket a connection
    handler's: what the client sends on its connection, whose arguments are the client's data
    as a request's are (its own 'close', 'error' and the like excepted). Provenance only: the
    handler is not a request, what it keeps lives as long as the connection."""
    holder = outermost(fn).parent
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    if call is None or call.type != "call_expression" or callee_name(call) not in frameworks.LISTENER_METHODS:
        return False
    args = call_arguments(call)
    return bool(args) and string_value(args[0]) not in NOT_CLIENT_EVENTS and string_value(args[0]) is not None \
        and client_connection(callee_object(call))


def client_connection(receiver: Node | None) -> bool:
    """`socket` in `io.on('connection', (socket) => socket.on('join', (room) => ...))`: the
    connection a client holds, handed to a connection handler; what its events carry (`room`)
    comes from that client."""
    node = unwrap(receiver)
    if node is None or node.type != "identifier":
        return False
    fn = node
    while fn is not None and fn.type not in FUNCTION_TYPES:
        fn = fn.parent
    while fn is not None:
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        names = {text(p) for p in pattern_identifiers(params)} if params is not None else set()
        if text(node) in names:
            holder = outermost(fn).parent
            call = holder.parent if holder is not None and holder.type == "arguments" else None
            return call is not None and call.type == "call_expression" and callee_name(call) in frameworks.LISTENER_METHODS \
                and bool(call_arguments(call)) and string_value(call_arguments(call)[0]) == "connection"
        fn = fn.parent
        while fn is not None and fn.type not in FUNCTION_TYPES:
            fn = fn.parent
    return False


def request_data(source: Node) -> str:
    """What a key or value read from a handler's parameters is, for messages: the client's
    connection itself (`ws` of a 'connection' handler), or data the request carries."""
    if client_connection(source):
        return f"the client's connection (`{short_text(source)}`), it gains an entry with every connection"
    return f"request data (`{short_text(source)}`), it gains an entry with every request"


def _looks_like_route(call: Node) -> bool:
    """`app.get('/users/:id', fn)` or `router.route('/x').get(fn)`, not `cache.get(key, fn)`."""
    args = call_arguments(call)
    path = string_value(args[0]) if args else None
    if path is not None and (path.startswith("/") or path == "*"):
        return True
    owner = callee_object(call)
    return owner is not None and owner.type == "call_expression" and callee_name(owner) == "route"




def _server_type(ident: Node, model: SemanticModel) -> bool:
    """`Request` from express or the global fetch `Request` is a request; playwright's is not.

    The type's first name decides: a global type, or one imported from a server framework.
    """
    parent = ident.parent
    annotation = parent.child_by_field_name("type") if parent is not None else None
    node = annotation.named_children[0] if annotation is not None and annotation.named_children else None
    if node is not None and node.type == "generic_type":
        node = node.child_by_field_name("name")
    first = text(node).split(".", 1)[0].split("<", 1)[0]
    binding = model.module_scope.bindings.get(first)
    if binding is None or binding.source_module is None:
        # a global type; a local declaration (a class, or an interface or type of this file's
        # own, as `interface Context` in a GraphQL cache) is the program's own
        return binding is None and first not in model.declared_types
    return binding.source_module.removeprefix("node:") in SERVER_MODULES


def _nest_request_decorated(ident: Node) -> bool:
    parent = ident.parent
    if parent is None or parent.type not in ("required_parameter", "optional_parameter"):
        return False
    for decorator in (c for c in parent.children if c.type == "decorator"):
        target = decorator.named_children[0] if decorator.named_children else None
        if target is not None and target.type == "call_expression":
            target = target.child_by_field_name("function")
        if text(target) in NEST_REQUEST_DECORATORS:
            return True
    return False

