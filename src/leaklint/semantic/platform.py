"""What the platform keeps alive longer than the code that touches it (design 3d), as data.

Each entry names an object the code receives per operation that in fact outlives the
operation, and why. (The server behind a connection, `req.socket.server`, is read as a
process-long receiver in semantic.lifetimes.server_behind.) The socket a client request
hands to its 'socket' listeners, and the socket under any request read as `req.socket`.
An `http.Agent` with keep-alive (the default since Node 19, and what every HTTP client
library configures) returns that socket to its pool when the response ends and gives it to
the next request; whatever a request registered on it stays, one more per request. A pool
of database connections (POOL_LOANS) does the same with each connection it lends.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from tree_sitter import Node

from .model import SemanticModel
from .nodes import FUNCTION_TYPES, ancestors, call_arguments, callee_name, callee_object, enclosing_function, handed_to, outermost, returned_values, string_value, text, unwrap, walk
from .scopes import BindingKind


@dataclass(frozen=True)
class LongLivedHandout:
    """A callback parameter that receives an object outliving the operation."""

    event: str  # the event whose listener receives it
    position: int  # which parameter of the listener
    described: str  # how a message names the object
    reason: str  # why it outlives the operation
    properties: tuple[str, ...] = ()  # the emitter's properties that denote the same object later
    per: str = "request"  # what the code that adds a listener runs for once
    shown_at: str = "the platform hands the long-lived object to this listener"
    # Events the object emits again for every use: a `once` listener for one is consumed by it.
    recurring: tuple[str, ...] = ("free", "data", "drain", "readable", "agentRemove")
    # What the emitter that hands it out is named like (None: any emitter).
    emitter: "re.Pattern[str] | None" = None


HANDOUTS = (
    LongLivedHandout(
        "socket", 0, "the pooled socket of a client request",
        "a keep-alive Agent reuses it for the next request, with every listener the earlier ones added",
        ("socket", "connection"),
    ),
    LongLivedHandout(
        "free", 0, "a pooled socket the Agent hands its 'free' listeners",
        "the Agent frees the same socket after every request it serves, so each time it comes back one more listener stays on it",
        per="time the socket is freed", shown_at="the Agent hands the pooled socket to this listener each time it is freed",
        emitter=re.compile(r"(?i)agent$"),
    ),
)
REGISTRATIONS = frozenset({"on", "once", "addListener", "prependListener", "prependOnceListener"})
# Socket methods whose callback argument becomes a listener of the socket for an event:
# `socket.setTimeout(ms, onIdle)` adds `onIdle` as a 'timeout' listener.
CALLBACK_LISTENERS: dict[str, str] = {"setTimeout": "timeout"}

# The socket under a request, read as a property: `req.socket`, `res.connection`. On the client
# a keep-alive Agent hands it to request after request; on the server a keep-alive connection
# carries request after request on it. Either way it outlives the request that touches it.
REQUEST_NAMES = frozenset({"req", "request", "res", "response", "clientRequest", "incoming", "outgoing"})
# A framework's wrapper and the property that holds Node's own request (fastify, koa).
RAW_REQUESTS = frozenset({b"raw", b"req", b"request"})
FRAMEWORK_CONTEXTS = frozenset({"ctx", "context", "reply"})
REQUEST_SOCKET = LongLivedHandout(
    "", 0, "the socket under a request",
    "keep-alive reuses that socket for later requests, and each one adds its listener to the earlier ones'",
    ("socket", "connection"), shown_at="the request's socket is read here",
)


def request_socket(receiver: Node | None, model: SemanticModel) -> tuple[LongLivedHandout, Node] | None:
    """`req.socket`, `response.connection`, or a local that holds one (`const socket =
    req.connection`), where the request is a parameter of the function that reads it: the
    entry and the property access."""
    node = unwrap(receiver)
    if node is not None and node.type == "identifier":
        binding = model.binding_of(node)
        node = unwrap(binding.value) if binding is not None and binding.value is not None and not binding.is_module_level else None
    if node is None or node.type != "member_expression":
        return None
    prop = node.child_by_field_name("property")
    owner = unwrap(node.child_by_field_name("object"))
    wrapped = owner is not None and owner.type == "member_expression" and (owner.child_by_field_name("property").text or b"") in RAW_REQUESTS
    if wrapped:
        owner = unwrap(owner.child_by_field_name("object"))  # fastify's `request.raw`, koa's `ctx.req`: the Node request
    if prop is None or prop.text.decode() not in REQUEST_SOCKET.properties or owner is None or owner.type != "identifier":
        return None
    if owner.text.decode() not in REQUEST_NAMES and not (wrapped and owner.text.decode() in FRAMEWORK_CONTEXTS):
        return None
    binding = model.binding_of(owner)
    return (REQUEST_SOCKET, node) if binding is not None and binding.kind is BindingKind.PARAMETER else None


@dataclass(frozen=True)
class PoolLoan:
    """An object a pool lends for one use and takes back: a database connection, a client.
    The pool hands the same object to the next borrower, with every listener the earlier ones
    left on it. `via` is how the code receives it: as the `position`-th parameter of the
    method's callback, or as the method's (awaited) result."""

    method: str
    via: str  # "callback" or "result"
    position: int = 0
    pool_named: bool = False  # a method name other APIs share counts only on a receiver named like a pool
    described: str = "a connection lent by a pool"
    reason: str = "the pool lends the same connection to later borrowers, with every listener the earlier ones left on it"
    per: str = "borrowing"
    shown_at: str = "the pool lends it here"
    properties: tuple[str, ...] = ()
    recurring: tuple[str, ...] = ("data", "drain", "readable", "row", "result", "fields")
    pool_field: str = ""  # a pool of the class's own: the field of `this` what it lends goes back into


POOL_LOANS = (
    PoolLoan("getConnection", "callback", 1),  # mysql, mysql2, oracledb: (err, connection)
    PoolLoan("getConnection", "result"),
    PoolLoan("connect", "callback", 1, pool_named=True),  # pg-pool: (err, client, release)
    PoolLoan("connect", "result", pool_named=True),
    PoolLoan("acquire", "callback", 1, pool_named=True),  # generic-pool, tarn
    PoolLoan("acquire", "result", pool_named=True),
    PoolLoan("getSession", "result", pool_named=True),
)


# The types of a connection a pool has lent, as drivers export them: a parameter declared with
# one is a borrowed connection whoever borrowed it (`function runQuery(client: PoolClient, ...)`).
LENT_TYPES = {"PoolClient": ("pg",), "PoolConnection": ("mysql", "mysql2", "mysql2/promise")}
TYPED_LOAN = PoolLoan("", "type", described="a connection a pool lends (its type says so)", per="call",
                      shown_at="declared a borrowed connection here")


def pool_loan(receiver: Node | None, model: SemanticModel) -> tuple[PoolLoan, Node] | None:
    """The table row and the borrowing call when `receiver` names an object a pool lends for
    one use, `pool.getConnection((err, conn) => conn.on(...))` or `const client = await
    pool.connect()`, and the code gives it back (`conn.release()`, `pool.release(conn)`): a
    connection checked out for good (kept in a field, returned) is the code's own. A parameter
    typed as a lent connection (LENT_TYPES) is one too: the row TYPED_LOAN, at the parameter."""
    found = _pool_loan(receiver, model)
    if found is None:
        return _typed_loan(receiver, model)
    binding = model.binding_of(unwrap(receiver))
    fn = _function_of(binding.identifier)
    name = (binding.identifier.text or b"").decode("utf-8", "replace")
    return found if fn is not None and _given_back(fn, name) else None


def _typed_loan(receiver: Node | None, model: SemanticModel) -> tuple[PoolLoan, Node] | None:
    node = unwrap(receiver)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.PARAMETER:
        return None
    declared = binding.identifier.parent
    annotation = declared.child_by_field_name("type") if declared is not None and declared.type in ("required_parameter", "optional_parameter") else None
    named = annotation.named_children[0] if annotation is not None and annotation.named_children else None
    if named is None or named.type not in ("type_identifier", "nested_type_identifier"):
        return None
    spelled = (named.text or b"").decode("utf-8", "replace")
    if named.type == "nested_type_identifier":  # `pg.PoolClient`, the module imported whole
        module, _, name = spelled.rpartition(".")
        source = model.module_scope.bindings.get(module)
        modules = LENT_TYPES.get(name, ())
        return (TYPED_LOAN, declared) if source is not None and source.source_module in modules else None
    source = model.module_scope.bindings.get(spelled)  # types are no runtime references: the import, by name
    imported = source.imported_name or spelled if source is not None else ""
    return (TYPED_LOAN, declared) if source is not None and source.source_module in LENT_TYPES.get(imported, ()) else None


def _given_back(fn: Node, name: str) -> bool:
    """`conn.release()`, `release(conn)`, `pool.release(conn)` or a `release()`/`done()`
    handed to the callback, anywhere in the function that borrows."""
    stack = [fn]
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            callee = node.child_by_field_name("function")
            shown = (callee.text or b"").decode("utf-8", "replace") if callee is not None else ""
            args = [(a.text or b"").decode("utf-8", "replace") for a in call_arguments(node)]
            if shown == f"{name}.release" or (shown.rsplit(".", 1)[-1] == "release" and name in args) or shown in GIVE_BACK_CALLBACKS:
                return True
        stack.extend(node.named_children)
    return False


# The function pg-pool hands a borrower to give its client back: `(err, client, release)`.
GIVE_BACK_CALLBACKS = frozenset({"release", "done"})


def _pool_loan(receiver: Node | None, model: SemanticModel) -> tuple[PoolLoan, Node] | None:
    node = unwrap(receiver)
    if node is None or node.type != "identifier":
        return None
    binding = model.binding_of(node)
    if binding is None or binding.is_module_level:
        return None
    if binding.kind is BindingKind.PARAMETER:
        fn = _function_of(binding.identifier)
        handed = handed_to(fn)
        borrow = handed[0] if handed is not None else None
        if borrow is None or borrow.type != "call_expression" or handed[1] != len(call_arguments(borrow)) - 1:
            return None
        params = fn.child_by_field_name("parameters")
        names = params.named_children if params is not None else []
        index = next((i for i, p in enumerate(names) if _declares(p, binding.identifier)), -1)
        return _loan_row(borrow, "callback", index)
    value = unwrap(binding.value)
    if value is not None and value.type == "await_expression":
        value = unwrap(value.named_children[0]) if value.named_children else None
    if value is None or value.type != "call_expression":
        return None
    return _loan_row(value, "result", 0) or _own_lender_call(value, model)


def helper_loan(receiver: Node | None, model: SemanticModel) -> Node | None:
    """`const client = await checkout()` where the code gives `client` back (`client.release()`):
    the call of a plain function (another module's, most often) that hands back what a pool
    lends; whether it does, that function's summary says (slot LENT, project.join)."""
    node = unwrap(receiver)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and not binding.is_module_level and binding.value is not None else None
    if value is not None and value.type == "await_expression":
        value = unwrap(value.named_children[0]) if value.named_children else None
    callee = unwrap(value.child_by_field_name("function")) if value is not None and value.type == "call_expression" else None
    if callee is None or callee.type != "identifier":
        return None
    fn = _function_of(binding.identifier)
    return value if fn is not None and _given_back(fn, binding.name) else None


def lends_from_pool(fn: Node) -> Node | None:
    """The pool borrow a function hands back: `return pool.connect()`, `return await
    pool.getConnection()`, an arrow whose body is one, or a promise its callback resolves with
    what the pool lends (`return new Promise((resolve, reject) => pool.getConnection((err, c) =>
    err ? reject(err) : resolve(c)))`). None otherwise."""
    for value in returned_values(fn):
        value = unwrap(value)
        if value is not None and value.type == "await_expression":
            value = unwrap(value.named_children[0]) if value.named_children else None
        if value is not None and value.type == "call_expression" and _loan_row(value, "result", 0) is not None:
            return value
        promised = _resolved_with_loan(value) if value is not None and value.type == "new_expression" else None
        if promised is not None:
            return promised
    return None


def _resolved_with_loan(made: Node) -> Node | None:
    """The borrow inside `new Promise(executor)` whose callback hands what the pool lends to the
    executor's `resolve`."""
    args = call_arguments(made) if text(made.child_by_field_name("constructor")) == "Promise" else []
    executor = unwrap(args[0]) if args else None
    params = executor.child_by_field_name("parameters") if executor is not None and executor.type in FUNCTION_TYPES else None
    resolve = text(params.named_children[0]) if params is not None and params.named_children else ""
    if not resolve:
        return None
    for call in walk(executor):
        if call.type != "call_expression" or callee_object(call) is None:
            continue
        callback = next((a for a in (unwrap(x) for x in call_arguments(call)) if a is not None and a.type in FUNCTION_TYPES), None)
        names = [text(p.child_by_field_name("pattern") or p) for p in callback.child_by_field_name("parameters").named_children] \
            if callback is not None and callback.child_by_field_name("parameters") is not None else []
        for position, name in enumerate(names):
            if any(n.type == "call_expression" and text(n.child_by_field_name("function")) == resolve
                   and [text(a) for a in call_arguments(n)] == [name] for n in walk(callback)) and _loan_row(call, "callback", position):
                return call
    return None


def _own_lender_call(value: Node, model: SemanticModel | None = None) -> tuple[PoolLoan, Node] | None:
    """`await getConnection()` of a function of this file that hands back what a pool lends
    (lends_from_pool): as good as the borrow itself."""
    callee = unwrap(value.child_by_field_name("function"))
    if callee is not None and callee.type == "member_expression" and unwrap(callee.child_by_field_name("object")).type == "this":
        name = text(callee.child_by_field_name("property"))  # `await this.acquire()`: a method of the same class
        body = next((a for a in ancestors(value) if a.type == "class_body"), None)
        lender = next((m for m in body.named_children if m.type == "method_definition" and text(m.child_by_field_name("name")) == name), None) \
            if body is not None else None
    elif callee is not None and callee.type == "identifier":
        name = text(callee)
        lender = model.function_named(callee) if model is not None else _top_level_function(value, name)
    else:
        return None
    if lender is None or lends_from_pool(lender) is None:
        return None
    return PoolLoan(name, "result", described=f"a connection `{name}()` hands back from a pool"), value


def _top_level_function(node: Node, name: str) -> Node | None:
    """The function declared at the top of `node`'s file under `name` (a declaration, or a const
    that holds an arrow or a function expression)."""
    root = node
    while root.parent is not None:
        root = root.parent
    for statement in root.named_children:
        if statement.type == "function_declaration" and text(statement.child_by_field_name("name")) == name:
            return statement
        for declarator in statement.named_children if statement.type in ("lexical_declaration", "variable_declaration") else ():
            value = unwrap(declarator.child_by_field_name("value"))
            if text(declarator.child_by_field_name("name")) == name and value is not None and value.type in FUNCTION_TYPES:
                return value
    return None


def callback_loan(fn: Node) -> tuple[tuple[int, int], Node] | None:
    """A function that borrows from a pool, hands what it borrows to a callback it is given,
    and gives it back (`withClient(work) { const c = await pool.connect(); try { return await
    work(c) } finally { c.release() } }`): (the callback's parameter index, the connection's
    position among the callback's arguments) and the borrow. What the callback leaves on the
    connection the pool lends again to the next borrower."""
    params = [text(p.child_by_field_name("pattern") or p) if p.type in ("required_parameter", "optional_parameter") else text(p)
              for p in (fn.child_by_field_name("parameters").named_children if fn.child_by_field_name("parameters") is not None else ())]
    body = fn.child_by_field_name("body")
    if not params or body is None or body.type != "statement_block" or b".release(" not in (body.text or b""):
        return None
    borrowed: dict[str, Node] = {}
    for node in walk(body, skip=FUNCTION_TYPES):
        if node.type == "variable_declarator" and node.child_by_field_name("name") is not None \
                and node.child_by_field_name("name").type == "identifier":
            value = unwrap(node.child_by_field_name("value"))
            if value is not None and value.type == "await_expression":
                value = unwrap(value.named_children[0]) if value.named_children else None
            if value is not None and value.type == "call_expression" and (_loan_row(value, "result", 0) or _own_lender_call(value)) is not None:
                borrowed[text(node.child_by_field_name("name"))] = value
        elif node.type == "call_expression" and borrowed:
            callee = unwrap(node.child_by_field_name("function"))
            if callee is None or callee.type != "identifier" or text(callee) not in params:
                continue
            for position, argument in enumerate(call_arguments(node)):
                name = text(unwrap(argument))
                if name in borrowed and _given_back(fn, name):
                    return (params.index(text(callee)), position), borrowed[name]
    return None


def lent_to_callback(receiver: Node | None, model: SemanticModel) -> tuple[Node, tuple[int, int]] | None:
    """`withClient(async (client) => client.on(...))`: the call a callback whose parameter
    `receiver` is was handed to, and where (the argument's index, the parameter's position),
    for the callee's lending to decide (callback_loan, here or in its summary)."""
    node = unwrap(receiver)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.PARAMETER:
        return None
    fn = _function_of(binding.identifier)
    handed = handed_to(fn) if fn is not None else None
    if handed is None or handed[0].type != "call_expression":
        return None
    params = fn.child_by_field_name("parameters")
    names = params.named_children if params is not None else [fn.child_by_field_name("parameter")]  # `client => ...`
    position = next((i for i, p in enumerate(names) if p is not None and _declares(p, binding.identifier)), -1)
    return (handed[0], (handed[1], position)) if position >= 0 else None


def _loan_row(borrow: Node, via: str, position: int) -> tuple[PoolLoan, Node] | None:
    fn = borrow.child_by_field_name("function")
    if fn is None or fn.type != "member_expression":
        return None
    lender = (fn.child_by_field_name("object").text or b"").decode("utf-8", "replace").lower()
    for row in POOL_LOANS:
        if row.method == callee_name(borrow) and row.via == via and (via == "result" or row.position == position) \
                and (not row.pool_named or "pool" in lender or "agent" in lender):  # a keep-alive agent lends sockets alike
            return row, borrow
    return None


def fresh_connections(emitter: Node | None, model: SemanticModel) -> bool:
    """The client request whose 'socket' is listened for gets a socket nobody reuses: made with
    `agent: false`, or with an Agent of this file made without `keepAlive: true` (Node's own
    default for `new Agent()`), so each request's socket closes with it."""
    node = unwrap(emitter)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    request = unwrap(binding.value) if binding is not None and binding.value is not None else node
    if request is None or request.type != "call_expression" or callee_name(request) not in ("request", "get"):
        return False
    for options in (unwrap(a) for a in call_arguments(request)):
        if options is None or options.type != "object":
            continue
        for pair in (p for p in options.named_children if p.type in ("pair", "shorthand_property_identifier")):
            shorthand = pair.type == "shorthand_property_identifier"  # `{ host, agent }`
            if ((pair if shorthand else pair.child_by_field_name("key")).text or b"") != b"agent":
                continue
            value = pair if shorthand else unwrap(pair.child_by_field_name("value"))
            if value is not None and value.type == "false":
                return True
            agent = model.binding_of(value) if value is not None and value.type in ("identifier", "shorthand_property_identifier") else None
            made = unwrap(agent.value) if agent is not None and agent.value is not None else None
            return made is not None and made.type == "new_expression" and (made.child_by_field_name("constructor").text or b"").endswith(b"Agent") \
                and b"keepAlive: true" not in b" ".join((made.text or b"").split()) and b"keepAlive:true" not in (made.text or b"")
    return False


def while_connecting(call: Node) -> bool:
    """`if (socket.connecting) socket.once('connect', f)`, or `if (!socket.connecting) return;`
    before it: a fresh socket, not a reused one."""
    node = call.parent
    while node is not None and node.type not in FUNCTION_TYPES:
        if node.type in ("if_statement", "ternary_expression") and _tests_connecting(node):
            return True
        if node.type == "statement_block" and any(
                sibling.type == "if_statement" and sibling.end_byte <= call.start_byte and _tests_connecting(sibling)
                and _exits(sibling.child_by_field_name("consequence")) for sibling in node.named_children):
            return True
        node = node.parent
    return False


def _tests_connecting(branch: Node) -> bool:
    """The condition reads `socket.connecting`, or a name the function set from it first
    (`t.reused = !socket.connecting; if (t.reused) return;`)."""
    condition = branch.child_by_field_name("condition")
    if condition is None:
        return False
    if b"onnecting" in (condition.text or b""):
        return True
    fn = enclosing_function(branch)
    if fn is None or b"onnecting" not in (fn.text or b""):
        return False
    read = {text(n) for n in walk(condition) if n.type in ("identifier", "member_expression")}
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.start_byte >= branch.start_byte:
            continue
        left, right = (("left", "right") if node.type == "assignment_expression" else ("name", "value") if node.type == "variable_declarator" else (None, None))
        if left is not None and text(node.child_by_field_name(left)) in read and b"onnecting" in (node.child_by_field_name(right).text or b"" if node.child_by_field_name(right) is not None else b""):
            return True
    return False


def _exits(consequence: Node | None) -> bool:
    """A branch that leaves the function: `return`, `throw`, or a block that ends with one."""
    if consequence is not None and consequence.type == "statement_block" and consequence.named_children:
        consequence = consequence.named_children[-1]
    return consequence is not None and consequence.type in ("return_statement", "throw_statement")


def kept_for_itself(call: Node, receiver: Node | None) -> bool:
    """The code takes the socket over rather than borrowing it, so it is not reused for other
    requests: it reads the raw bytes (`socket.on('data')`, a WebSocket upgrade), or registers
    only once per socket (`if (!tracked.has(req.socket)) { tracked.add(...); ... }`)."""
    shown = _plain(receiver)
    fn = call.parent
    while fn is not None and fn.type not in FUNCTION_TYPES:
        if fn.type == "if_statement":
            condition = fn.child_by_field_name("condition")
            if condition is not None and f".has({shown})" in _plain(condition):
                return True
        fn = fn.parent
    if fn is None or _answers_over_http(fn):
        return False  # a handler that answers on a response: the HTTP parser keeps the socket, whatever else reads it
    stack = [fn]
    while stack:
        node = stack.pop()
        if node.type == "call_expression" and callee_name(node) in REGISTRATIONS:
            args = call_arguments(node)
            target = node.child_by_field_name("function").child_by_field_name("object") if node.child_by_field_name("function").type == "member_expression" else None
            if args and string_value(args[0]) == "data" and _plain(target) == shown:
                return True
        stack.extend(node.named_children)
    return False


# The names a handler's response parameter goes by.
RESPONSE_NAMES = frozenset({"res", "response", "reply", "resp"})


def _answers_over_http(fn: Node) -> bool:
    """`(req, res, next) => ...`: the function takes a response as its second parameter."""
    params = fn.child_by_field_name("parameters")
    names = [_plain(p.child_by_field_name("pattern") or p) for p in params.named_children] if params is not None else []
    return len(names) >= 2 and names[1].split(":")[0] in RESPONSE_NAMES


def _plain(node: Node | None) -> str:
    node = unwrap(node)
    return "".join((node.text or b"").decode("utf-8", "replace").split()) if node is not None else ""


def maybe_request_socket(receiver: Node | None, data: bytes) -> bool:
    """Cheap first test for request_socket, before names are resolved."""
    node = unwrap(receiver)
    if node is None:
        return False
    if node.type == "member_expression":
        prop = node.child_by_field_name("property")
        return prop is not None and prop.text.decode() in REQUEST_SOCKET.properties
    return node.type == "identifier" and (b".socket" in data or b".connection" in data)


def long_lived_handout(receiver: Node | None, model: SemanticModel) -> tuple[LongLivedHandout, Node] | None:
    """The table entry and the registration (`req.on('socket', ...)`) when `receiver` is a
    parameter of a listener that the platform hands a long-lived object."""
    receiver = unwrap(receiver)
    if receiver is None or receiver.type != "identifier":
        return None
    binding = model.binding_of(receiver)
    stored = _parameter_stored_in(binding, receiver) if binding is not None and binding.kind is BindingKind.LET else None
    if stored is not None:  # `socket = s; socket.on('close', f)` in the listener given `s`
        binding = model.binding_of(stored)
    if binding is None or binding.kind is not BindingKind.PARAMETER:
        return None
    fn = _function_of(binding.identifier)
    holder = outermost(fn).parent if fn is not None else None
    registration = holder.parent if holder is not None and holder.type == "arguments" else None
    if registration is None or registration.type != "call_expression" or callee_name(registration) not in REGISTRATIONS:
        return None
    args = call_arguments(registration)
    if len(args) < 2 or outermost(fn) != args[1]:
        return None
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    names = [p for p in params.named_children] if params is not None and params.type == "formal_parameters" else [params]
    for entry in HANDOUTS:
        if string_value(args[0]) == entry.event and len(names) > entry.position and _declares(names[entry.position], binding.identifier):
            if entry.emitter is not None and not entry.emitter.search(text(callee_object(registration)).rsplit(".", 1)[-1]):
                continue  # `agent.on('free', ...)`, not any emitter's 'free'
            if entry.event == "socket" and _unpooled_request(callee_object(registration), model):
                return None  # `agent: false`: a socket of its own, closed with the response
            return entry, registration
    return None


def _parameter_stored_in(binding, receiver: Node) -> Node | None:
    """The name a `let`'s one assignment stores (`socket = s`), when that assignment comes
    before `receiver` in the same function: there the variable is that parameter."""
    writes = binding.writes
    assignment = writes[0].identifier.parent if len(writes) == 1 else None
    if assignment is None or assignment.type != "assignment_expression" or assignment.start_byte > receiver.start_byte:
        return None
    value = unwrap(assignment.child_by_field_name("right"))
    if value is None or value.type != "identifier" or enclosing_function(assignment) != enclosing_function(receiver):
        return None
    return value


def _unpooled_request(request: Node | None, model: SemanticModel) -> bool:
    """`const req = https.request({ ..., agent: false })`: a client request that opens a
    socket of its own, which no later request reuses."""
    request = unwrap(request)
    binding = model.binding_of(request) if request is not None and request.type == "identifier" else None
    made = unwrap(binding.value) if binding is not None else None
    if made is None or made.type != "call_expression":
        return False
    for argument in call_arguments(made):
        argument = unwrap(argument)
        if argument is not None and argument.type == "object" and any(
                p.type == "pair" and text(p.child_by_field_name("key")).strip("'\"") == "agent" and text(p.child_by_field_name("value")) == "false"
                for p in argument.named_children):
            return True
    return False


def _function_of(identifier: Node) -> Node | None:
    node = identifier.parent
    while node is not None and node.type not in FUNCTION_TYPES:
        node = node.parent
    return node


def _declares(parameter: Node | None, identifier: Node) -> bool:
    return parameter is not None and parameter.start_byte <= identifier.start_byte and identifier.end_byte <= parameter.end_byte


def shared_signal(receiver: Node | None) -> bool:
    """An AbortSignal the code was given (`signal`, `options.signal`, `this.opts.signal`):
    callers share one signal across many operations, so it may outlive each of them."""
    receiver = unwrap(receiver)
    if receiver is None:
        return False
    last = receiver.child_by_field_name("property") if receiver.type == "member_expression" else receiver
    name = (last.text or b"").decode("utf-8", "replace") if last is not None else ""
    return receiver.type in ("identifier", "member_expression") and (name == "signal" or name.endswith("Signal") or _typed_signal(receiver))


def _typed_signal(receiver: Node) -> bool:
    """`this.shutdown` where the constructor takes `private readonly shutdown: AbortSignal`, the
    class declares `private readonly shutdown: AbortSignal`, or the constructor keeps a signal
    it was given there (`this.shutdown = signal`, `this.shutdown = options.signal`)."""
    from .injected import field_value  # (injected reads summaries, which read platform's lifetimes)
    from .keys import this_owner
    from .nodes import CLASS_TYPES, parameter_property_type

    holder = unwrap(receiver.child_by_field_name("object")) if receiver.type == "member_expression" else None
    if holder is None or holder.type != "this":
        return False
    cls, field = this_owner(holder), text(receiver.child_by_field_name("property"))
    if (parameter_property_type(cls, field) or "") == "AbortSignal":
        return True
    body = cls.child_by_field_name("body") if cls is not None and cls.type in CLASS_TYPES else None
    if any(m.type in ("field_definition", "public_field_definition") and text(m.child_by_field_name("property") or m.child_by_field_name("name")) == field
           and text(m.child_by_field_name("type")).lstrip(": ").strip() == "AbortSignal" for m in (body.named_children if body is not None else ())):
        return True
    value = field_value(receiver)  # `this.shutdown = options.signal`: a signal the constructor was given
    return value is not None and value.type in ("identifier", "member_expression") and shared_signal(value)


def _handler_between(use: Node | None, declared: Node) -> bool:
    """A function handed to a registration that runs it again and again (a route, a listener)
    lies between `use` and the function `declared` is made in."""
    from .runs import callback_role  # runs reads platform's lifetimes

    home = enclosing_function(declared)
    fn = enclosing_function(use) if use is not None else None
    while fn is not None and fn != home:
        if callback_role(fn)[0] == "repeat":
            return True
        fn = enclosing_function(fn)
    return False


def made_here(receiver: Node | None, model: SemanticModel) -> bool:
    """The signal belongs to this operation: `controller.signal` of an `AbortController`, or a
    signal from `AbortSignal.timeout/any()`, created in the same function."""
    node = unwrap(receiver)
    if node is not None and node.type == "call_expression" and (node.text or b"").startswith((b"AbortSignal.timeout", b"AbortSignal.any")):
        return True  # made in place, as an argument: `call(x, AbortSignal.any([ac.signal, AbortSignal.timeout(ms)]))`
    while node is not None and node.type == "member_expression":
        node = unwrap(node.child_by_field_name("object"))
    if node is None or node.type != "identifier":
        return False
    binding = model.binding_of(node)
    value = unwrap(binding.value) if binding is not None else None
    if value is None or binding.is_module_level or _handler_between(receiver, binding.identifier):
        return False  # (made by the function around a route handler: one controller for every request it serves)
    shown = (value.text or b"").decode("utf-8", "replace")
    return shown.startswith(("new AbortController", "AbortSignal.timeout", "AbortSignal.any")) or (
        value.type == "member_expression" and shown.endswith(".signal") and made_here(value, model)
    )


@dataclass(frozen=True)
class ExitHookRegistry:
    """A module whose function registers a callback to run when the process exits. Its list
    of hooks lives as long as the process: a hook added per request or per object, and never
    removed with the function the registration returns, keeps its closure until exit."""

    module: str
    exports: tuple[str, ...]  # the registering exports; "*" the module itself, "default" its default


EXIT_HOOKS = (
    ExitHookRegistry("signal-exit", ("*", "default", "onExit")),
    ExitHookRegistry("exit-hook", ("*", "default", "asyncExitHook")),
    ExitHookRegistry("async-exit-hook", ("*", "default")),
    ExitHookRegistry("death", ("*", "default")),
)


def exit_hook_names(model: SemanticModel, data: bytes) -> dict[str, str]:
    """Local name -> module, for the module-level bindings of the file that register exit
    hooks (`const onExit = require('signal-exit')`, `import { onExit } from 'signal-exit'`)."""
    wanted = [row for row in EXIT_HOOKS if row.module.encode() in data]
    if not wanted:
        return {}
    found = {}
    for binding in model.module_scope.bindings.values():
        source = binding.source_module or ""
        for row in wanted:
            if source == row.module and (binding.imported_name or "*") in row.exports:
                found[binding.name] = row.module
    return found


def media_query_list(receiver: Node | None) -> bool:
    """`window.matchMedia(q)` written as a receiver: a list the document keeps alive for as
    long as it has listeners, like the window itself, and a new one on every call."""
    node = unwrap(receiver)
    if node is None or node.type != "call_expression" or callee_name(node) != "matchMedia":
        return False
    owner = callee_object(node)
    return owner is None or text(owner) in ("window", "globalThis", "self")


# Objects of the page (or the process) reached through a global: one for the whole page, and
# kept alive by it, so a listener added to one stays until it is removed.
PAGE_OBJECTS = frozenset({
    "visualViewport", "document.body", "document.documentElement", "document.head", "document.fonts", "screen",
    "screen.orientation", "navigator.connection", "navigator.serviceWorker", "navigator.mediaDevices", "speechSynthesis",
    "process.stdin", "process.stdout", "process.stderr",
})
GLOBAL_PREFIXES = ("window.", "globalThis.", "self.")


def page_object(receiver: Node | None, model: SemanticModel | None = None) -> str | None:
    """`window.visualViewport`, `navigator.connection`, `document.body` (also through a const
    that holds one: `const vv = window.visualViewport`): the page object it names, as written,
    or None. Optional chains and non-null assertions read the same."""
    node = unwrap(receiver)
    if node is not None and node.type == "non_null_expression":
        node = unwrap(node.named_children[0]) if node.named_children else None
    if node is not None and node.type == "identifier" and model is not None:
        binding = model.binding_of(node)
        if binding is not None and binding.kind is BindingKind.CONST and binding.value is not None:
            node = unwrap(binding.value)
    if node is not None and node.type == "binary_expression" and text(node.child_by_field_name("operator")) in ("??", "||"):
        # `window.visualViewport ?? window`: a page object either way
        sides = [unwrap(node.child_by_field_name(side)) for side in ("left", "right")]
        named = [page_object(side) or (text(side) if side is not None and text(side) in ("window", "document", "globalThis") else None) for side in sides]
        return text(node) if all(named) else None
    if node is None or node.type not in ("member_expression", "identifier"):
        return None
    spelled = "".join(text(node).replace("?.", ".").replace("!", "").split())
    for prefix in GLOBAL_PREFIXES:
        if spelled.startswith(prefix):
            spelled = spelled[len(prefix):]
            break
    if node.type == "identifier" and model is not None and model.binding_of(node) is not None:
        return None  # a name of the file's own, not the global
    return text(node) if spelled in PAGE_OBJECTS else None


# What a Vue app hands every component as `this.$name`: one object for the whole application,
# made when the app starts, so what a component registers on it outlives the component.
APP_GLOBALS = frozenset({"$store", "$router", "$root", "$bus", "$eventBus", "$eventHub", "$pinia"})


def app_global(receiver: Node | None) -> str | None:
    """`this.$store` (in a Vue component): the app-wide object it names, or None."""
    node = unwrap(receiver)
    if node is None or node.type != "member_expression" or unwrap(node.child_by_field_name("object")) is None \
            or unwrap(node.child_by_field_name("object")).type != "this":
        return None
    name = text(node.child_by_field_name("property"))
    return name if name in APP_GLOBALS else None


# Work queues of libraries made with a worker, which they hand every pushed task and let go
# of once the worker is done: a task (and the response it carries for the worker to answer)
# stays only while it waits its turn. (A queue of closures, p-queue's `add(fn)`, is not one:
# a closure queued after the response keeps the request until it runs.)
# module -> the names that make one (called, or constructed; "default": the module's default export).
WORK_QUEUES: dict[str, frozenset[str]] = {
    "async": frozenset({"queue", "priorityQueue", "cargo", "cargoQueue"}),
    "neo-async": frozenset({"queue", "priorityQueue", "cargo"}),
    "fastq": frozenset({"default", "promise"}),
    "better-queue": frozenset({"default"}),
}


def work_queue(value: Node | None, model: SemanticModel) -> str | None:
    """`queue(worker, 4)` from 'async', `fastq(worker, 1)`, `new Queue(worker)` from
    'better-queue': the module a work queue comes from, when `value` makes one; else None."""
    node = unwrap(value)
    if node is None or node.type not in ("call_expression", "new_expression"):
        return None
    callee = unwrap(node.child_by_field_name("function" if node.type == "call_expression" else "constructor"))
    root = unwrap(callee.child_by_field_name("object")) if callee is not None and callee.type == "member_expression" else callee
    binding = model.binding_of(root) if root is not None and root.type == "identifier" else None
    module = binding.source_module if binding is not None else None
    names = WORK_QUEUES.get(module or "")
    if names is None:
        return None
    # `queue(...)` imported by name, `fastq(...)` or `new PQueue()` the default export, `async.queue(...)` through the module
    step = text(callee.child_by_field_name("property")) if callee != root else (binding.imported_name or "default")
    return module if step in names else None


def worker_stall(value: Node | None, model: SemanticModel) -> Node | None:
    """`queue((task, done) => { ...; if (err) { log(err); return } ...; done() })`: a work
    queue whose callback-style worker returns on some path without calling `done` (or handing
    it on). That run never frees its slot; once every slot is lost the queue stops, and every
    task pushed after waits in it for good, with what it holds. The `return` that skips it."""
    node = unwrap(value)
    if work_queue(node, model) is None or node.type != "call_expression":
        return None
    args = call_arguments(node)
    worker = unwrap(args[0]) if args else None
    if worker is None or worker.type not in FUNCTION_TYPES or any(c.type == "async" for c in worker.children):
        return None
    params = worker.child_by_field_name("parameters")
    names = [text(p) for p in params.named_children] if params is not None else []
    if len(names) != 2:
        return None
    done = names[1]
    body = worker.child_by_field_name("body")
    if body is None or not any(n.type == "identifier" and text(n) == done and n.parent is not None and n.parent.type != "formal_parameters"
                               for n in walk(body)):
        return None
    for node in walk(body):
        if node.type != "return_statement" or node.parent is None or node.parent.type != "statement_block":
            continue
        block = node.parent
        if block.parent is None or block.parent.type not in ("if_statement", "else_clause"):
            continue
        before = [s for s in block.named_children if s.end_byte <= node.start_byte] + list(node.named_children)
        if not any(n.type == "identifier" and text(n) == done for s in before for n in walk(s)):
            return node
    return None


def own_pool_loan(receiver: Node | None, model: SemanticModel) -> tuple[PoolLoan, Node] | None:
    """`const worker = await this.checkout()`, where `checkout()` of the same class hands back
    what it takes out of a field (`this.idle.pop()`) and another method of the class puts it
    back (`this.idle.push(worker)`): the class runs a pool of its own, and every listener one
    borrowing leaves on what it lends stays for the next borrowers. The entry and the borrow."""
    node = unwrap(receiver)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    if binding is not None and binding.kind is BindingKind.PARAMETER:
        return _pool_loan_passed_in(binding, model)
    value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and not binding.is_module_level else None
    popped = _popped_field(value) if value is not None else None
    body = next((a for a in ancestors(value) if a.type == "class_body"), None) if popped is not None else None
    if popped is not None and body is not None and puts_back(body, popped):
        method = text(enclosing_function(value).child_by_field_name("name")) if enclosing_function(value) is not None else "it"
        return _own_pool_loan(method, "local", popped, f"an object taken from the instance's own pool `this.{popped}`"), value
    picked = _picked_member(value) if value is not None else None
    body = next((a for a in ancestors(value) if a.type == "class_body"), None) if picked is not None else None
    if picked is not None and body is not None and _filled_by_class(body, picked):
        method = text(enclosing_function(value).child_by_field_name("name")) if enclosing_function(value) is not None else "it"
        return _own_pool_loan(method, "local", picked, f"a member of the instance's own pool `this.{picked}`, which stays in it for the "
                                                        "next calls"), value
    if value is not None and value.type == "await_expression":
        value = unwrap(value.named_children[0]) if value.named_children else None
    callee = unwrap(value.child_by_field_name("function")) if value is not None and value.type == "call_expression" else None
    if callee is None or callee.type != "member_expression" or unwrap(callee.child_by_field_name("object")).type != "this":
        return None
    name = text(callee.child_by_field_name("property"))
    body = next((a for a in ancestors(value) if a.type == "class_body"), None)
    method = next((m for m in body.named_children if m.type == "method_definition" and text(m.child_by_field_name("name")) == name), None) \
        if body is not None else None
    taken = _taken_from_field(method) if method is not None else None
    if taken is None or not puts_back(body, taken):
        return None
    return _own_pool_loan(name, "result", taken, f"an object `{name}()` lends from the instance's own pool `this.{taken}`"), value


def _pool_loan_passed_in(parameter, model: SemanticModel) -> tuple[PoolLoan, Node] | None:
    """`dispatch(worker, task)`, a method every caller of which in the class hands what it takes
    out of a field (`this.dispatch(this.idle.pop(), next)`) that another method puts it back into
    (`this.idle.push(worker)`): the parameter is a loan of the class's own pool."""
    method = enclosing_function(parameter.identifier)
    body = method.parent if method is not None and method.type == "method_definition" else None
    if body is None or body.type != "class_body":
        return None
    lent = _lent_to_parameter(parameter, model, set())
    if lent is None or lent[1] is None or not puts_back(body, lent[0]):
        return None
    field, shown = lent
    name = text(method.child_by_field_name("name"))
    return _own_pool_loan(name, "parameter", field, f"an object the instance's own pool `this.{field}` lends to `{name}()`"), shown


def _lent_to_parameter(parameter, model: SemanticModel, seen: set[int]) -> tuple[str, Node | None] | None:
    """The field every caller of the parameter's method takes what it passes out of, and one such
    argument: `this.dispatch(this.idle.pop(), task)`, a local taken that way (`const worker =
    this.idle.pop()`), or a parameter of another method of the class that is itself such a loan
    (`release(worker) { this.dispatch(worker, next) }`, called with it in turn). A cycle of
    methods handing it round adds no other field: ("", None) when a method is reached only that way."""
    from .summaries import call_sites, parameter_index

    method = enclosing_function(parameter.identifier)
    if method is None or method.type != "method_definition" or method.id in seen or len(seen) > 4:
        return None
    seen.add(method.id)
    index = parameter_index(method, parameter.identifier)
    fields: dict[str, Node] = {}
    for site in call_sites(method, model) if index is not None else []:
        args = call_arguments(site)
        arg = unwrap(args[index]) if index < len(args) else None
        binding = model.binding_of(arg) if arg is not None and arg.type == "identifier" else None
        if binding is not None and binding.kind is BindingKind.PARAMETER:
            if enclosing_function(binding.identifier) is not None and enclosing_function(binding.identifier).id in seen:
                continue  # handed round a cycle of the class's methods
            lent = _lent_to_parameter(binding, model, seen)
            if lent == ("", None):
                continue  # only handed round the cycle
            field = lent[0] if lent is not None else None
        elif binding is not None and binding.kind in (BindingKind.CONST, BindingKind.LET) and not binding.is_module_level:
            field = _popped_field(binding.value)
        else:
            field = _popped_field(arg)
        if field is None:
            return None
        fields.setdefault(field, arg)
    if not fields:
        return ("", None) if index is not None and len(seen) > 1 else None
    return next(iter(fields.items())) if len(fields) == 1 else None


def puts_back(node: Node, field: str) -> bool:
    """Something in `node` (a class body, a method) puts an object back into the pool `this.field`."""
    return f"this.{field}.push(".encode() in (node.text or b"").replace(b" ", b"")


def _own_pool_loan(method: str, via: str, field: str, described: str) -> PoolLoan:
    """A loan of the class's own pool `this.field`, handed out as `via` by `method`."""
    return PoolLoan(method, via, described=described,
                    reason=f"the class lends it again to later borrowers (it goes back into `this.{field}`), with every listener "
                           "the earlier ones left on it", shown_at="the pool of the class lends it here", pool_field=field,
                    recurring=("data", "drain", "readable", "message", "result", "response", "reply", "done"))


def _taken_from_field(method: Node) -> str | None:
    """The field a method hands back an element of: `return this.idle.pop()`, or a local taken
    with `this.idle.pop()` (or `shift()`) and returned, also as `Promise.resolve(worker)`."""
    taken: dict[str, str] = {}
    for node in walk(method.child_by_field_name("body") or method, skip=FUNCTION_TYPES):
        if node.type == "variable_declarator":
            field = _popped_field(node.child_by_field_name("value"))
            if field is not None and node.child_by_field_name("name") is not None:
                taken[text(node.child_by_field_name("name"))] = field
    values = [unwrap(v) for v in returned_values(method)]
    values += [unwrap(v.child_by_field_name(side)) for v in values if v is not None and v.type == "ternary_expression"
               for side in ("consequence", "alternative")]  # `return worker ? Promise.resolve(worker) : queued()`
    for value in values:
        if value is not None and value.type == "call_expression" and callee_name(value) == "resolve" and call_arguments(value):
            value = unwrap(call_arguments(value)[0])  # `Promise.resolve(worker)`
        field = _popped_field(value) or (taken.get(text(value)) if value is not None and value.type == "identifier" else None)
        if field is not None:
            return field
    return None


def _picked_member(value: Node | None) -> str | None:
    """`this.workers[this.cursor]`: the field an element is read from by index (a round-robin
    pick, which leaves the element in the field), or None."""
    node = unwrap(value)
    if node is None or node.type != "subscript_expression":
        return None
    owner = unwrap(node.child_by_field_name("object"))
    holder = unwrap(owner.child_by_field_name("object")) if owner is not None and owner.type == "member_expression" else None
    return text(owner.child_by_field_name("property")) if holder is not None and holder.type == "this" else None


def _filled_by_class(body: Node, field: str) -> bool:
    """The class fills `this.<field>` with objects it makes itself (`this.workers.push(this.spawn())`,
    `this.workers.push(new Worker(f))`): its own pool of long-lived members."""
    return any(n.type == "call_expression" and callee_name(n) in ("push", "unshift") and call_arguments(n)
               and text(callee_object(n)) == f"this.{field}"
               and (made := unwrap(call_arguments(n)[0])) is not None and made.type in ("new_expression", "call_expression")
               for n in walk(body))


def _popped_field(value: Node | None) -> str | None:
    node = unwrap(value)
    if node is not None and node.type == "binary_expression" and text(node.child_by_field_name("operator")) in ("??", "||"):
        node = unwrap(node.child_by_field_name("left"))  # `this.idle.pop() ?? await this.open()`: a pooled one when there is one
    if node is None or node.type != "call_expression" or callee_name(node) not in ("pop", "shift"):
        return None
    owner = unwrap(callee_object(node))
    holder = unwrap(owner.child_by_field_name("object")) if owner is not None and owner.type == "member_expression" else None
    return text(owner.child_by_field_name("property")) if holder is not None and holder.type == "this" else None


# What the process emits once, as it ends: a listener for one of these runs at most once.
PROCESS_END_EVENTS = frozenset({"exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGBREAK"})


def run_at_exit_only(fn: Node, model: SemanticModel) -> bool:
    """Every call of `fn` in the file sits in a listener for the process's end (`process.once(
    'exit', () => runHooks())`, or for each of a list of signals): what it does, it does once,
    when nothing else is left to run."""
    from .summaries import call_sites  # summaries reads the platform's tables

    sites = call_sites(fn, model)
    return bool(sites) and all(_in_process_end_listener(site) for site in sites)


def _in_process_end_listener(node: Node) -> bool:
    listener = enclosing_function(node)
    while listener is not None:
        holder = outermost(listener).parent
        registration = holder.parent if holder is not None and holder.type == "arguments" else None
        if registration is not None and registration.type == "call_expression" and callee_name(registration) in REGISTRATIONS:
            args = call_arguments(registration)
            return text(callee_object(registration)) == "process" and len(args) >= 2 and outermost(listener) == args[1] \
                and _process_end_event(args[0], registration)
        listener = enclosing_function(listener)
    return False


def _process_end_event(event: Node, registration: Node) -> bool:
    """'exit' or a signal, or a loop's name that takes only such values (`for (const s of
    ['SIGINT', 'SIGTERM']) process.once(s, ...)`)."""
    if string_value(event) is not None:
        return string_value(event) in PROCESS_END_EVENTS
    if unwrap(event) is None or unwrap(event).type != "identifier":
        return False
    for loop in ancestors(registration):
        if loop.type in FUNCTION_TYPES:
            return False
        if loop.type == "for_in_statement" and text(loop.child_by_field_name("left")).split()[-1:] == [text(unwrap(event))]:
            values = unwrap(loop.child_by_field_name("right"))
            return values is not None and values.type == "array" and bool(values.named_children) \
                and all(string_value(v) in PROCESS_END_EVENTS for v in values.named_children)
    return False
