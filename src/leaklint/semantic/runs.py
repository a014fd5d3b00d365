"""How often a location runs: once (module top level), repeated (handlers, event and interval
callbacks, effects, loops inside functions) or maybe (an ordinary function or method).

A leak needs repetition: code that runs once cannot pile anything up. The answer comes with
a phrase for messages ("inside the 'connection' handler") and the node that made it repeat.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from enum import Enum

from tree_sitter import Node

from . import frameworks
from .listens import EVENT_OBJECT
from .nodes import (
    walk,
    is_constructor,
    FIELD_TYPES,
    FUNCTION_TYPES,
    LOOP_TYPES,
    TRANSPARENT_WRAPPERS,
    ancestors,
    enclosing_function,
    call_arguments,
    callee_name,
    callee_object,
    short_text,
    function_name,
    is_static_member,
    module_statements,
    outermost,
    string_value,
    text,
    unwrap,
)


JSX_TYPES = frozenset({"jsx_element", "jsx_self_closing_element", "jsx_fragment"})


class RunsHow(str, Enum):
    ONCE = "once"
    REPEATED = "repeated"
    MAYBE = "maybe"


@dataclass(frozen=True)
class RunContext:
    how: RunsHow
    where: str
    registration: Node | None = None  # the call or declaration that makes the code repeat
    function: Node | None = None  # for MAYBE: the ordinary function whose callers decide
    calls: tuple[Node, ...] = ()  # for a helper proven to repeat: the calls that lead to it, outermost first


NEST_HANDLER_DECORATORS = frozenset(
    {"Get", "Post", "Put", "Patch", "Delete", "All", "Head", "Options", "MessagePattern", "EventPattern",
     "SubscribeMessage", "OnEvent", "Cron", "Interval", "Query", "Mutation", "ResolveField", "Subscription", "FieldResolver", "Sse"}
)

# The root types of a GraphQL schema: an object literal with one of these keys is a resolver map.
GRAPHQL_ROOT_TYPES = frozenset({"Query", "Mutation", "Subscription"})


def _nest_provider(method: Node) -> bool:
    """A method of a class Nest makes once: decorated `@Injectable()`, `@Module()` or `@Controller()`."""
    cls = method.parent.parent if method.parent is not None and method.parent.type == "class_body" else None
    return cls is not None and any(decorator_name(d) in frameworks.NEST_SINGLETONS for d in decorators_of(cls))


# Keys of a Vue component's options object, one of which shows an object literal is one.
VUE_OPTIONS = frozenset({"data", "props", "methods", "computed", "template", "setup", "render", "mounted", "created", "unmounted"})


def vue_component_method(fn: Node) -> str | None:
    """`methods: { enableAutosave() {...} }` of a Vue component's options (or a hook beside them,
    `mounted() {...}`): the method's name. Vue runs it outside `setup`, with no effect scope of
    the component around what it starts."""
    member = fn if fn.type == "method_definition" else fn.parent if fn.parent is not None and fn.parent.type == "pair" else None
    holder = member.parent if member is not None else None
    if holder is None or holder.type != "object":
        return None
    options = holder.parent.parent if holder.parent is not None and holder.parent.type == "pair" \
        and text(holder.parent.child_by_field_name("key")) == "methods" else holder
    keys = {text(c.child_by_field_name("key") or c.child_by_field_name("name")) for c in options.named_children} if options is not None else set()
    name = text(member.child_by_field_name("name") or member.child_by_field_name("key"))
    return name if len(keys & VUE_OPTIONS) >= 2 and name != "setup" else None


def _vue_watcher(fn: Node) -> str | None:
    """`watch: { symbol(next) {...} }` or `watch: { symbol: { handler(next) {...} } }` in a Vue
    component's options: the property it watches, as Vue runs the function on each change."""
    member = fn if fn.type == "method_definition" else fn.parent if fn.parent is not None and fn.parent.type == "pair" else None
    holder = member.parent if member is not None else None
    if holder is None or holder.type != "object" or holder.parent is None or holder.parent.type != "pair":
        return None
    key = text(holder.parent.child_by_field_name("key"))
    name = text(member.child_by_field_name("name") or member.child_by_field_name("key"))
    if key != "watch" and name == "handler":  # `symbol: { immediate: true, handler() {} }`
        outer = holder.parent.parent
        if outer is None or outer.type != "object" or outer.parent is None or outer.parent.type != "pair" \
                or text(outer.parent.child_by_field_name("key")) != "watch":
            return None
        name, holder = key, outer
    elif key != "watch":
        return None
    options = holder.parent.parent
    keys = {text(c.child_by_field_name("key") or c.child_by_field_name("name")) for c in options.named_children} if options is not None else set()
    return name.strip("'\"") if keys & VUE_OPTIONS else None


def boolean_watcher(fn: Node) -> bool:
    """A Vue options-API watcher of a prop declared Boolean (`open: Boolean`, `open: { type:
    Boolean }`): Vue runs it on each change, so it sees true and false in turn."""
    watched = _vue_watcher(fn)
    options = fn
    while options is not None and not (options.type == "object" and any(
            text(c.child_by_field_name("key")) == "props" for c in options.named_children if c.type == "pair")):
        options = options.parent
    props = next((c.child_by_field_name("value") for c in options.named_children if c.type == "pair"
                  and text(c.child_by_field_name("key")) == "props"), None) if options is not None and watched else None
    if props is None or props.type != "object":
        return False
    for prop in props.named_children:
        if prop.type == "pair" and text(prop.child_by_field_name("key")).strip("'\"") == watched:
            value = unwrap(prop.child_by_field_name("value"))
            declared = text(value) if value is not None and value.type == "identifier" else next(
                (text(p.child_by_field_name("value")) for p in (value.named_children if value is not None and value.type == "object" else ())
                 if p.type == "pair" and text(p.child_by_field_name("key")) == "type"), "")
            return declared == "Boolean"
    return False


def _interface_method(method: Node) -> str | None:
    """`handleConnection(client)` of a gateway, `use(req, res, next)` of a NestMiddleware: what
    the framework runs it for, when the class says it implements that interface."""
    name = text(method.child_by_field_name("name"))
    entry = frameworks.INTERFACE_METHODS.get(name)
    cls = method.parent.parent if entry is not None and method.parent is not None and method.parent.type == "class_body" else None
    if entry is None or cls is None:
        return None
    interfaces, decorator, what = entry
    heritage = next((c for c in cls.children if c.type == "class_heritage"), None)
    words = text(heritage).replace("<", " ").replace(",", " ").split() if heritage is not None else []
    implemented = any(i in words for i in interfaces)
    decorated = decorator is not None and any(decorator_name(d) == decorator for d in decorators_of(cls))
    return f"{what} `{name}`" if implemented or decorated else None


def decorators_of(node: Node) -> list[Node]:
    """The decorators written on a class or method: its own children, or the siblings before it."""
    found = [c for c in node.children if c.type == "decorator"]
    previous = node.prev_named_sibling
    while previous is not None and previous.type == "decorator":
        found.append(previous)
        previous = previous.prev_named_sibling
    holder = node.parent
    if holder is not None and holder.type == "export_statement":
        found += [c for c in holder.children if c.type == "decorator"]
    return found


def decorator_name(decorator: Node) -> str:
    target = decorator.named_children[0] if decorator.named_children else None
    if target is not None and target.type == "call_expression":
        target = target.child_by_field_name("function")
    return text(target)


def callback_role(fn: Node) -> tuple[str, str | None, Node | None]:
    """('repeat' | 'pass' | 'plain', description, registration call) for one function."""
    parent = outermost(fn).parent
    if parent is None:
        return "plain", None, None
    if parent.type == "call_expression" and parent.child_by_field_name("function") is not None:
        if _parent_chain_contains(parent.child_by_field_name("function"), fn):
            return "pass", None, None  # an immediately invoked function expression
    if parent.type == "arguments" and parent.parent is not None:
        if callee_name(parent.parent) in RESOLVER_WRAPPERS and _resolves_a_field(fn):
            return "repeat", "the GraphQL subscription resolver (once per subscription)", fn
        return _argument_role(parent.parent)
    watched = _vue_watcher(fn)
    if watched is not None:
        return "repeat", f"the watcher of `{watched}`, which runs on every change of it", fn
    if parent.type == "pair":
        described = frameworks.REPEATING_PROPERTIES.get(text(parent.child_by_field_name("key")))
        if described:
            return "repeat", described, parent
    hook = _async_hook(fn)
    if hook is not None:
        return "repeat", f"the async_hooks `{hook}` hook (once per async resource)", fn
    if fn.type == "method_definition" and _has_handler_decorator(fn):
        return "repeat", f"the request handler `{function_name(fn)}`", fn
    if fn.type == "method_definition" and (described := _interface_method(fn)) is not None:
        return "repeat", described, fn
    if fn.type == "method_definition" and text(fn.child_by_field_name("name")) in frameworks.NEST_ONCE_HOOKS and _nest_provider(fn):
        return "pass", None, None  # the injector's one instance runs it once, as the module's top level runs
    if is_constructor(fn) and fn.parent is not None and fn.parent.parent is not None and frameworks.made_once_by_injector(fn.parent.parent):
        return "pass", None, None  # `@singleton() class Limiter { constructor() { setInterval(...).unref() } }`
    if _is_component(fn):
        return "repeat", f"the render of component `{function_name(fn)}`", fn
    if fn.type in FUNCTION_TYPES and _serves_an_rpc(fn):
        return "repeat", f"the gRPC handler `{function_name(fn) or 'of a call'}` (once per call)", fn
    if fn.type in FUNCTION_TYPES and (verb := _exported_verb_handler(fn)) is not None:
        return "repeat", f"the exported `{verb}` route handler (once per request)", fn
    if fn.type in FUNCTION_TYPES and _resolves_a_field(fn):
        return "repeat", f"the GraphQL resolver `{(function_name(fn) or 'of a field').rsplit('.', 1)[-1]}` (once per query that asks for it)", fn
    return "plain", None, None


def _async_hook(fn: Node) -> str | None:
    """`init` in `createHook({ init(asyncId) {...}, destroy(asyncId) {...} })`: the name of the
    hook, which Node calls for every async resource."""
    holder = fn.parent
    if fn.type == "method_definition":
        name = text(fn.child_by_field_name("name"))
    elif holder is not None and holder.type == "pair" and holder.child_by_field_name("value") == fn:
        name, holder = text(holder.child_by_field_name("key")), holder.parent
    else:
        return None
    arguments = holder.parent if holder is not None and holder.type == "object" else None
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    return name if name in frameworks.ASYNC_HOOK_CALLBACKS and call is not None and callee_name(call) == "createHook" else None


# The names file-based routers (Next.js route handlers, SvelteKit `+server`, Astro endpoints)
# give the exported function that serves one HTTP method.
EXPORTED_VERB_HANDLERS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


def _exported_verb_handler(fn: Node) -> str | None:
    """`export async function GET(request) {...}` or `export const POST = async (req) => {...}`:
    the framework calls it once per request of that method."""
    holder = outermost(fn).parent
    if fn.type == "function_declaration":
        name, statement = fn.child_by_field_name("name"), fn.parent
    elif holder is not None and holder.type == "variable_declarator":
        name, statement = holder.child_by_field_name("name"), holder.parent.parent if holder.parent is not None else None
    else:
        return None
    if name is None or text(name) not in EXPORTED_VERB_HANDLERS or statement is None or statement.type != "export_statement":
        return None
    return text(name)


def _resolves_a_field(fn: Node) -> bool:
    """`const resolvers = { Query: { viewer(parent, args, ctx) {...} }, Order: { total(order) {...} } }`:
    a function of a type's object in a resolver map (an object with a `Query`, `Mutation` or
    `Subscription` key). The GraphQL server runs it once per operation that selects the field."""
    value: Node | None = fn
    wrapper = outermost(fn).parent.parent if outermost(fn).parent is not None and outermost(fn).parent.type == "arguments" else None
    if wrapper is not None and wrapper.type == "call_expression" and callee_name(wrapper) in RESOLVER_WRAPPERS:
        value = wrapper  # `subscribe: withFilter((_, args, ctx) => ..., filter)`: the wrapper calls it per subscription
    holder = value.parent.parent if value.parent is not None and value.parent.type == "pair" else value.parent if value.type == "method_definition" else None
    key = text(value.parent.child_by_field_name("key")) if value.parent is not None and value.parent.type == "pair" else \
        text(value.child_by_field_name("name")) if value.type == "method_definition" else ""
    if key in ("subscribe", "resolve") and holder is not None and holder.type == "object" and holder.parent is not None \
            and holder.parent.type == "pair":  # `notificationAdded: { subscribe: ..., resolve }`: a field's own config
        holder = holder.parent.parent
    pair = holder.parent if holder is not None and holder.type == "object" else None
    schema = pair.parent if pair is not None and pair.type == "pair" else None
    if schema is None or schema.type != "object":
        return False
    return any(c.type == "pair" and text(c.child_by_field_name("key")) in GRAPHQL_ROOT_TYPES for c in schema.named_children)


# Functions that wrap a resolver and call it for each operation (graphql-subscriptions).
RESOLVER_WRAPPERS = frozenset({"withFilter"})


# What @grpc/grpc-js hands a service method for one call, by its type's name.
RPC_CALL_TYPES = frozenset({"ServerUnaryCall", "ServerReadableStream", "ServerWritableStream", "ServerDuplexStream"})


def _serves_an_rpc(fn: Node) -> bool:
    """A method of a gRPC service implementation: its first parameter typed as the call a
    server hands it (`call: grpc.ServerWritableStream<Req, Res>`), or a function of the object
    literal handed to `server.addService(definition, { watch(call) {...} })`. The server runs it
    once per call."""
    params = fn.child_by_field_name("parameters")
    first = params.named_children[0] if params is not None and params.named_children else None
    annotation = first.child_by_field_name("type") if first is not None and first.type in ("required_parameter", "optional_parameter") else None
    if annotation is not None:
        spelled = text(annotation).lstrip(": ").split("<", 1)[0].rpartition(".")[2]
        return spelled in RPC_CALL_TYPES
    holder = fn.parent.parent if fn.parent is not None and fn.parent.type == "pair" else fn.parent if fn.type == "method_definition" else None
    parent = outermost(holder).parent if holder is not None and holder.type == "object" else None
    call = parent.parent if parent is not None and parent.type == "arguments" else None
    return call is not None and call.type == "call_expression" and callee_name(call) == "addService" and call_arguments(call)[1:2] == [outermost(holder)]


# The first two parameters of a function that serves one HTTP request.
# The first two parameters of a function handed one request's objects: Node and Express, fastify
# (`request, reply`), and a Koa middleware (`ctx, next`).
REQUEST_PAIRS = frozenset({("req", "res"), ("request", "response"), ("req", "reply"), ("request", "reply"), ("ctx", "next")})


def takes_a_request(fn: Node) -> bool:
    """`function requestStats(req, res, onStats)`: whoever calls it, it runs once per request
    at least, since each call is handed that request's objects."""
    params = fn.child_by_field_name("parameters") if fn.type in FUNCTION_TYPES else None
    if params is None or not params.text[1:].lstrip().lstrip(b"_").startswith((b"req", b"ctx")):
        return False
    names = params.named_children[:2]
    if len(names) < 2:
        return False
    spelled = tuple(text(p.child_by_field_name("pattern") or p) if p.type in ("required_parameter", "optional_parameter") else text(p)
                    for p in names)
    return tuple(name.lstrip("_") for name in spelled) in REQUEST_PAIRS  # `(req, _res, next)`: unused, still a response


def _is_component(fn: Node) -> bool:
    """A capitalised function that returns JSX: React calls it on every render."""
    name = function_name(fn)
    if not name or not name[:1].isupper() or fn.type == "method_definition":
        return False
    stack = [fn.child_by_field_name("body")]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.type in JSX_TYPES:
            return True
        if node.type in FUNCTION_TYPES:
            continue  # JSX in a nested callback does not make this a component
        stack.extend(node.named_children)
    return False


def _parent_chain_contains(top: Node, target: Node) -> bool:
    node: Node | None = top
    while node is not None and node.type in TRANSPARENT_WRAPPERS:
        node = node.named_children[0] if node.named_children else None
    return node == target


def _argument_role(call: Node) -> tuple[str, str | None, Node | None]:
    name = callee_name(call) if call.type == "call_expression" else text(call.child_by_field_name("constructor"))
    if name is None:
        return "plain", None, None
    if call.type == "call_expression" and callee_object(call) is not None:
        registration = frameworks.REPEATING_METHODS.get(name)
        event = _first_string(call)
        if name in frameworks.LISTENER_METHODS and event in frameworks.ONE_SHOT_EVENTS and not _per_worker(call, event):
            if event in frameworks.RECONNECT_REPEATED and _reconnects(call):
                return "repeat", f"the '{event}' handler (again on every reconnect)", call
            if event in frameworks.POOL_CLIENT_EVENTS and _pool(callee_object(call)):
                return "repeat", f"the pool's '{event}' handler, once for every client it opens", call
            return "pass", None, None
        if name in ("once", "prependOnceListener"):
            return "pass", None, None  # at most once per registration: as often as the code that registers it
        if name == "addHook" and event in frameworks.ONCE_HOOKS:
            return "pass", None, None  # fastify's `onReady`, `onClose`: once in the server's life
        if registration is not None:
            owner = callee_object(call)
            if event is None and owner.type == "member_expression" and EVENT_OBJECT.match(text(owner.child_by_field_name("property"))):
                return "repeat", f"the `{short_text(owner, 40)}` listener", call  # `chrome.runtime.onConnect.addListener(...)`
            event = event or name
            return "repeat", registration.describe.format(event=event), call
        if name in frameworks.NAVIGATION_GUARDS and text(callee_object(call)).rsplit(".", 1)[-1].lower().endswith("router"):
            return "repeat", f"the router's `{name}` guard, which runs on every navigation", call  # not a test hook
        if name in frameworks.PASS_THROUGH_METHODS:
            return "pass", None, None
    described = frameworks.REPEATING_FUNCTIONS.get(name) if call.type == "call_expression" else frameworks.REPEATING_CONSTRUCTORS.get(name)
    if described is not None:
        return "repeat", described, call
    if name in frameworks.PASS_THROUGH_FUNCTIONS or name in frameworks.PASS_THROUGH_METHODS:
        return "pass", None, None
    return "plain", None, None


def _reconnects(call: Node) -> bool:
    """The emitter also has a listener for losing its connection or getting it back
    (`broker.on('disconnect', ...)`, `client.on('reconnect', ...)`) in this file: a client that
    reconnects fires 'connect' (or 'ready', 'open') again each time, however once-only it sounds."""
    receiver = callee_object(call)
    root = call
    while root.parent is not None:
        root = root.parent
    if receiver is None:
        return False
    if "".join(text(receiver).split()) in _reconnecting_emitters(root.text or b""):
        return True
    # (or a file that uses a client that reconnects by itself, listening on something named like it: `client.on('ready', ...)`)
    return CLIENT_NAME.search(text(receiver).rsplit(".", 1)[-1]) is not None and uses_reconnecting_client(root.text or b"")


# What a reconnecting client is called: `client`, `this.redis`, `subscriber`, `conn`, `mqttClient`.
CLIENT_NAME = re.compile(r"(?i)client|redis|subscriber|publisher|conn|mqtt|nats|broker")
IMPORTED_MODULE = re.compile(rb"""(?:\brequire\(\s*|\bfrom\s+|\bimport\s+)['"]([@\w./-]+)['"]""")


def uses_reconnecting_client(data: bytes) -> bool:
    """The file imports a client that reconnects by itself and fires its connection events again
    (ioredis, mqtt, socket.io-client...)."""
    return any(m.group(1).decode() in frameworks.RECONNECTING_CLIENT_MODULES for m in IMPORTED_MODULE.finditer(data))


# `client.on('disconnect', ...)`: the emitter (group 1) and the event, as spelled.
RECONNECT_LISTENER = re.compile(rb"(?<![\w$.])([\w$]+(?:\s*\.\s*[\w$]+)*)\s*\.\s*(?:on|once|addListener|addEventListener)\s*\(\s*['\"]("
                                + b"|".join(e.encode() for e in frameworks.RECONNECT_EVENTS) + rb")['\"]")
_reconnecting: dict[int, frozenset[str]] = {}


def _reconnecting_emitters(data: bytes) -> frozenset[str]:
    """The emitters a file listens on for a lost or regained connection, read once per file:
    every 'connect' handler of a file asks."""
    key = hash(data)
    found = _reconnecting.get(key)
    if found is None:
        if len(_reconnecting) >= 64:
            _reconnecting.clear()
        found = _reconnecting[key] = frozenset("".join(m.group(1).decode("utf-8", "replace").split()) for m in RECONNECT_LISTENER.finditer(data))
    return found


def _pool(receiver: Node | None) -> bool:
    """`pool`, `this.pool`, `dbPool`: a connection pool, which opens (and retires) clients all along."""
    return receiver is not None and re.search(r"(?i)pool$", text(receiver).rsplit(".", 1)[-1]) is not None


def _per_worker(call: Node, event: str | None) -> bool:
    """`cluster.on('online', ...)`: a one-shot event's name, fired by the cluster module per worker."""
    receiver = callee_object(call)
    return event in frameworks.CLUSTER_EVENTS and receiver is not None and text(receiver) == "cluster"


def handed_role(ident: Node) -> tuple[str, str | None, Node | None]:
    """What a registration does with a function handed to it by name: `createServer(handle)`,
    `app.get('/', list)`, `setInterval(tick, 1000)` run it like a function written there."""
    holder = ident.parent
    if holder is not None and holder.type == "pair" and holder.child_by_field_name("value") == ident:
        described = frameworks.REPEATING_PROPERTIES.get(text(holder.child_by_field_name("key")))
        if described:  # `consumer.run({ eachBatch: projectBatch })`
            return "repeat", described, holder
    if holder is None or holder.type != "arguments" or holder.parent is None:
        return "plain", None, None
    return _argument_role(holder.parent)


def _first_string(call: Node) -> str | None:
    args = call_arguments(call)
    return string_value(args[0]) if args else None


def _has_handler_decorator(method: Node) -> bool:
    return any(decorator_name(d) in NEST_HANDLER_DECORATORS for d in decorators_of(method))


def _describe_plain(fn: Node) -> str:
    name = function_name(fn)
    if fn.type == "method_definition":
        return f"inside method `{name}`" if name else "inside a method"
    if fn.type in FIELD_TYPES:
        return "in a class field initialiser (runs for every instance)"
    return f"inside function `{name}`" if name else "inside a function"


LITERAL_TYPES = frozenset({"string", "number", "true", "false", "null", "undefined"})


def _fixed_count(loop: Node) -> bool:
    """A loop over a literal list (`for (const s of ['SIGINT', 'SIGTERM'])`) or up to a literal
    count runs its body a fixed number of times, however often the function runs: it does
    not make the body repeat with the program's work."""
    if loop.type == "for_in_statement":
        walked = literal_list(loop.child_by_field_name("right"))
        return walked is not None and all(_is_literal(element) for element in walked.named_children)
    if loop.type == "for_statement":
        condition = loop.child_by_field_name("condition")
        if condition is not None and condition.type == "expression_statement" and condition.named_children:
            condition = condition.named_children[0]
        if condition is None or condition.type != "binary_expression":
            return False
        operator = text(condition.child_by_field_name("operator"))
        limit = unwrap(condition.child_by_field_name("right"))
        return operator in ("<", "<=") and limit is not None and limit.type == "number"
    return False


# What hands a `for await` loop an endless stream of messages: `nc.subscribe(subject)`,
# `events.on(emitter, 'x')`, `collection.watch()`, `consumer.consume()`, `ws.messages()`.
STREAM_SOURCES = frozenset({"subscribe", "on", "watch", "listen", "consume", "messages", "changes", "stream", "iterator", "events"})


def _streamed(iterable: Node | None) -> bool:
    """The iterable of a `for await` is a stream of messages, not a list of data: a call of a
    stream source, directly or through the const that holds it."""
    node = unwrap(iterable)
    if node is not None and node.type == "identifier":
        scope = enclosing_function(node) or next(a for a in [node, *ancestors(node)] if a.parent is None)  # its function, or the module
        statement = next((s for s in walk(scope) if s.type == "variable_declarator" and text(s.child_by_field_name("name")) == text(node)), None)
        node = unwrap(statement.child_by_field_name("value")) if statement is not None else None
    if node is not None and node.type == "await_expression" and node.named_children:
        node = unwrap(node.named_children[0])
    return node is not None and node.type == "call_expression" and (callee_name(node) or "") in STREAM_SOURCES


def literal_list(node: Node | None) -> Node | None:
    """The array literal `node` is, or that the module-level constant it names holds (`const
    SIGNALS = ['SIGINT', 'SIGTERM']`): a list the code cannot grow. Found by its declaration
    among the module's statements, before any model."""
    node = unwrap(node)
    while node is not None and node.type in ("as_expression", "satisfies_expression") and node.named_children:
        node = unwrap(node.named_children[0])  # `[...] as const`
    if node is None or node.type == "array":
        return node
    if node.type != "identifier":
        return None
    root = node
    while root.parent is not None:
        root = root.parent
    for statement in module_statements(root):
        declaration = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
        if declaration is None or declaration.type != "lexical_declaration" or text(declaration.child_by_field_name("kind")) != "const":
            continue
        for declarator in declaration.named_children:
            if declarator.type == "variable_declarator" and text(declarator.child_by_field_name("name")) == text(node):
                value = literal_list(declarator.child_by_field_name("value"))
                return value if value is not None and value.type == "array" else None
    return None


def loop_values(name: Node | None) -> tuple[str, ...]:
    """The strings a loop variable takes, when it walks a fixed list of them (`for (const
    signal of ['SIGINT', 'SIGTERM'])`, or a module constant holding that list); () otherwise."""
    name = unwrap(name)
    if name is None or name.type != "identifier":
        return ()
    loop = next((a for a in ancestors(name) if a.type == "for_in_statement" and text(a.child_by_field_name("left")).split()[-1:] == [text(name)]), None)
    walked = literal_list(loop.child_by_field_name("right")) if loop is not None and text(loop.child_by_field_name("operator")) == "of" else None
    values = tuple(string_value(e) for e in walked.named_children) if walked is not None else ()
    return values if values and None not in values else ()


def _is_literal(node: Node) -> bool:
    node = unwrap(node)
    if node is None:
        return False
    if node.type == "template_string":
        return not any(child.type == "template_substitution" for child in node.named_children)
    return node.type in LITERAL_TYPES


def host_listener_event(method: Node) -> str | None:
    """The event of an Angular `@HostListener('pointerdown', ...)` method, as written: the
    framework calls it on every such event of the host (or of `document`, `window`)."""
    sibling = method.prev_named_sibling
    while sibling is not None and sibling.type == "decorator":
        call = sibling.named_children[0] if sibling.named_children else None
        if call is not None and call.type == "call_expression" and text(call.child_by_field_name("function")) == "HostListener":
            arguments = call_arguments(call)
            return text(arguments[0]) if arguments else "''"
        sibling = sibling.prev_named_sibling
    return None


def run_context(node: Node, owner: Node | None = None) -> RunContext:
    """Classify the code at `node` by walking its ancestors once.

    With `owner` (a function, class or the module), the answer is relative to one lifetime
    of that owner: the walk stops there, so code directly in `owner` runs once per owner.
    """
    plain: Node | None = None
    in_loop = False
    current = node.parent
    while current is not None and current != owner:
        kind = current.type
        if kind == "for_in_statement" and plain is None and any(c.type == "await" for c in current.children) \
                and _streamed(current.child_by_field_name("right")):
            # `for await (const msg of subscription)`: a stream of messages, endless however long its owner lives
            return RunContext(RunsHow.REPEATED, "inside a `for await` loop over a stream", None)
        if kind in LOOP_TYPES and plain is None and owner is None and not _fixed_count(current):
            # A loop inside a function repeats its body per call. Relative to an owner's life
            # a loop is bounded by the data it walks, so it does not count as repetition there.
            in_loop = True
        elif kind in FIELD_TYPES and not is_static_member(current) and plain is None:
            plain = current
        elif kind in FUNCTION_TYPES:
            event = host_listener_event(current) if kind == "method_definition" else None
            if event is not None:
                return RunContext(RunsHow.REPEATED, f"inside the @HostListener({event}) handler", None)
            role, described, registration = callback_role(current)
            if role == "repeat":
                return RunContext(RunsHow.REPEATED, f"inside {described}", registration)
            if role == "plain" and plain is None:
                plain = current
        current = current.parent
    if plain is None:
        return RunContext(RunsHow.ONCE, "at module top level" if owner is None or owner.parent is None else "once per owner")
    if in_loop:
        return RunContext(RunsHow.REPEATED, f"in a loop {_describe_plain(plain)}")
    if takes_a_request(plain):  # whoever calls it hands it one request's objects: once per request at least
        name = function_name(plain)
        shown = f"`{name}`, which takes" if name else "a function that takes"
        what = "a request's context and the next middleware" if plain.child_by_field_name("parameters").text[1:].lstrip().startswith(b"ctx") \
            else "a request and its response"
        return RunContext(RunsHow.REPEATED, f"inside {shown} {what} (once per request)", plain)
    return RunContext(RunsHow.MAYBE, _describe_plain(plain), function=plain)
