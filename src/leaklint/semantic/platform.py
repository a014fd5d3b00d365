"""What the platform keeps alive longer than the code that touches it (design 3d), as data.

Each entry names an object the code receives per operation that in fact outlives the
operation, and why. (The server behind a connection, `req.socket.server`, is read as a
process-long receiver in semantic.lifetimes.server_behind.) The socket a client request
hands to its 'socket' listeners, and the socket under any request read as `req.socket`.
An `http.Agent` with keep-alive (the default since Node 19, and what every HTTP client
library configures) returns that socket to its pool when the response ends and gives it to
the next request; whatever a request registered on it stays, one more per request.
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from .model import SemanticModel
from .nodes import FUNCTION_TYPES, call_arguments, callee_name, outermost, string_value, unwrap
from .scopes import BindingKind


@dataclass(frozen=True)
class LongLivedHandout:
    """A callback parameter that receives an object outliving the operation."""

    event: str  # the event whose listener receives it
    position: int  # which parameter of the listener
    described: str  # how a message names the object
    reason: str  # why it outlives the operation
    properties: tuple[str, ...] = ()  # the emitter's properties that denote the same object later


HANDOUTS = (
    LongLivedHandout(
        "socket", 0, "the pooled socket of a client request",
        "a keep-alive Agent reuses it for the next request, with every listener the earlier ones added",
        ("socket", "connection"),
    ),
)
REGISTRATIONS = frozenset({"on", "once", "addListener", "prependListener", "prependOnceListener"})

# The socket under a request, read as a property: `req.socket`, `res.connection`. On the client
# a keep-alive Agent hands it to request after request; on the server a keep-alive connection
# carries request after request on it. Either way it outlives the request that touches it.
REQUEST_NAMES = frozenset({"req", "request", "res", "response", "clientRequest", "incoming", "outgoing"})
REQUEST_SOCKET = LongLivedHandout(
    "", 0, "the socket under a request",
    "keep-alive reuses that socket for later requests, and each one adds its listener to the earlier ones'",
    ("socket", "connection"),
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
    if prop is None or prop.text.decode() not in REQUEST_SOCKET.properties or owner is None or owner.type != "identifier":
        return None
    if owner.text.decode() not in REQUEST_NAMES:
        return None
    binding = model.binding_of(owner)
    return (REQUEST_SOCKET, node) if binding is not None and binding.kind is BindingKind.PARAMETER else None


def while_connecting(call: Node) -> bool:
    """`if (socket.connecting) socket.once('connect', f)`: a fresh socket, not a reused one."""
    node = call.parent
    while node is not None and node.type not in FUNCTION_TYPES:
        if node.type in ("if_statement", "ternary_expression"):
            condition = node.child_by_field_name("condition")
            if condition is not None and "onnecting" in condition.text.decode():
                return True
        node = node.parent
    return False


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
    if fn is None:
        return False
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
            return entry, registration
    return None


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
    return receiver.type in ("identifier", "member_expression") and (name == "signal" or name.endswith("Signal"))


def made_here(receiver: Node | None, model: SemanticModel) -> bool:
    """The signal belongs to this operation: `controller.signal` of an `AbortController`, or a
    signal from `AbortSignal.timeout/any()`, created in the same function."""
    node = unwrap(receiver)
    while node is not None and node.type == "member_expression":
        node = unwrap(node.child_by_field_name("object"))
    if node is None or node.type != "identifier":
        return False
    binding = model.binding_of(node)
    value = unwrap(binding.value) if binding is not None else None
    if value is None or binding.is_module_level:
        return False
    shown = (value.text or b"").decode("utf-8", "replace")
    return shown.startswith(("new AbortController", "AbortSignal.timeout", "AbortSignal.any")) or (
        value.type == "member_expression" and shown.endswith(".signal") and made_here(value, model)
    )
