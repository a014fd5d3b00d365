"""The listener detector: `.on(...)` on an emitter that outlives the code registering it.

The question is never "is there an .off for this .on?" but "does this registration run many
times during one lifetime of the receiver, with nothing that removes it?". So each candidate is
judged by the receiver's lifetime and owner (semantic.lifetimes), how often the registration
runs relative to that owner (semantic.runs, refined by the file's own calls), and a search for
anything that releases it: a matching removal anywhere in the file, a returned or stored
handle, `{ once: true }` or `{ signal }`, a guard that makes it one-time, or a teardown of the
receiver right after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..findings import LENT, LENT_TO, NOWHERE, OWN, Requirement, Severity, Summary, injected_index, injected_slot
from ..semantic import Key, RunContext, RunsHow, key_of, run_context
from ..semantic.runs import callback_role, decorator_name, decorators_of, loop_values, uses_reconnecting_client
from ..semantic.callers import call_flow, called_only_while_constructing, never_called, prototype_name, refine, same_file_callee
from ..semantic.guards import guarded_along, guarded_once
from ..semantic.effects import Effect, Kind, Vocabulary
from ..semantic.keys import prototype_constructor, this_key, this_owner
from ..semantic.frameworks import OWNER_START_METHODS, RECONNECT_REPEATED, TEARDOWN_METHODS, VIEW_UPDATE_METHODS, WIRING_METHODS
from ..semantic.lifecycles import Started, called_at_end, directive_update_hook, ends_the_instance, lifecycle_start, made_in, made_once_here
from ..semantic.owners import owner_method, per_operation_class, stored_in_field, this_calls, this_field_filled_with
from ..semantic.platform import (
    CALLBACK_LISTENERS, EXIT_HOOKS, REQUEST_SOCKET, HANDOUTS, POOL_LOANS, PoolLoan, callback_loan, exit_hook_names, fresh_connections, helper_loan, kept_for_itself, lends_from_pool, lent_to_callback, LENT_TYPES, long_lived_handout, made_here, media_query_list, own_pool_loan, page_object, maybe_request_socket, pool_loan, puts_back, request_socket, shared_signal,
    TYPED_LOAN, while_connecting,
)
from ..semantic.iterators import event_iterators
from ..semantic.injected import handed_fresh, handed_to_new, injected_parameter, kept_from_constructor, made_by_new
from ..semantic.handles import stored_over_previous
from ..semantic.listens import Parts, registration_parts
from ..semantic.missed_paths import skipped_by_throw, failure_skips_release, NORMAL_END_EVENTS, SHUTDOWN_EVENTS, Miss, lifecycle_miss, missed_path, retried_without_release, early_exit
from ..semantic.counterparts import counterpart, names_in_counterpart, reachable_from_both, spelled_name, counterpart_names
from ..semantic.paths import LISTEN_METHODS, Path, path_of
from ..semantic.releases import (
    KEEPING_METHODS, aborts_of_own_signal,
    destructured_keys, event_name, handle_kept, has_signal_option, last_name, matching_removal, matching_removals, normalised, removal_by_names, removals_by_names, removes_itself, result_dropped, same_handler,
    same_object, stored_values, torn_down_in,
)
from ..semantic.exports import INSTANCE_STEP, class_exports, exported_method_only, exported_only, function_exports, summary_chains, instance_exports, top_level_functions, top_level_objects
from ..semantic.helper_removals import parameter_removers, removed_through_helper
from ..semantic.summaries import THIS, field_arrow, parameter_index, Hop, Slot, call_sites, helper_chains, hops, parameter_list, parameter_names, slot_of, substitute_through
from ..semantic.lifetimes import GLOBAL_OBJECTS, Lifetime, Receiver, access_root, reaches_server, receiver_of, server_behind, server_returned
from ..semantic.search import name_nodes
from ..semantic.nodes import parameter_type_name
from ..semantic.nodes import (
    LOOP_TYPES, BRANCHING_TYPES,
    CLASS_TYPES,
    FUNCTION_TYPES,
    ancestors,
    call_arguments,
    callee_name,
    callee_object,
    contains,
    enclosing_function,
    function_name,
    handed_to,
    disposer_property,
    in_returned_disposer,
    returned_disposer_key,
    is_constructor,
    outermost,
    parameter_property_type,
    promise_of_executor,
    returned_by,
    returned_values,
    short_text,
    shown_callee,
    string_value,
    text,
    unwrap,
    walk,
)
from ..semantic.scopes import BindingKind
from .base import mismatched_undo, base_end_reports, base_end_summaries, instance_use, repeated_constructions, instance_release, Detector, Report, captured_request, gateway_event, per_mount, first_on_fresh_instance, keep_own_summaries, once_per_fresh_instance, kept_remover_missed, kept_remover_on_one_path, handed_back_remover_misses, own_object_calls, remover_path_words, own_summaries, released_instance, repeated_run, repeating_report, repeating_site, with_both_paths
from .parameters import PARAMETERS

# Objects a constructor is handed for itself (a connection, a stream, a child process): the
# instance and the object live and die together, unlike a shared bus. Matched on parameter
# names and TypeScript types, and only ever used to stay quiet.
PER_CONNECTION_NAME_PARTS = ("socket", "stream", "conn", "duplex", "websocket")
PER_CONNECTION_NAMES = frozenset({"ws", "req", "res", "request", "response", "child", "worker", "port", "session", "sock"})
PER_CONNECTION_TYPES = (
    "Socket", "Duplex", "Readable", "Writable", "Stream", "WebSocket", "IncomingMessage", "ServerResponse",
    "ChildProcess", "Worker", "MessagePort", "Http2Session", "ClientRequest",
)


# The global object's own methods, callable bare in a browser or worker: adding, and its removal.
GLOBAL_FUNCTIONS = {"addEventListener": "removeEventListener"}
# Parameter names that say "a resource shared by many operations": what a Query or a Cursor
# is handed to run on. Requests, responses and streams belong to one operation and do not count.
SHARED_RESOURCE_NAMES = re.compile(r"(?i)^(?:con|conn|db)$|connection|client|pool|session|channel|database|transport|broker")
# On the instance itself, `once` accumulates as well: per call, until the event comes.
SELF_ONCE_METHODS = ("once", "prependOnceListener")
# Methods a long-lived object runs once in its life, however they are named per library.
# Named by what they do, these run once in a long-lived object's life (start-up, teardown), or
# are subscription APIs that register what the caller hands them (`onMessage(fn)`). A bare
# `create()` builds the object's own parts once; `createStream()` is a factory, one per call; a
# bare `run()` starts the object, `runWithRetry()` is one operation of it.
LIFECYCLE_METHODS = re.compile(
    r"^(?:init|initialize|setup|start|connect|listen|open|bind|attach|enable|register|use|boot|run(?=$)|main|ready|load|create(?![A-Z])|build|"
    r"mount|install|configure|begin|activate|handshake|reconnect|close|destroy|dispose|stop|end|shutdown|disconnect|terminate|"
    r"quit|cleanup|teardown|unload|dump|consume|do[A-Z]\w*|on[A-Za-z]\w*)(?:[A-Z_]|$)"
)
# Events a page sends once in its life: a listener added after it waits for good.
PAGE_ONCE_EVENTS = frozenset({"load", "DOMContentLoaded"})
# ... and those that come once at its end: a `{ once: true }` listener for one waits until then.
PAGE_END_EVENTS = frozenset({"beforeunload", "unload", "pagehide"})

# The end of an emitter that many operations share: what an operation waits for "just in case".
SHARED_END_EVENTS = frozenset({"close", "end", "error", "exit", "disconnect", "abort", "shutdown", "stop", "cancel", "destroy", "terminate",
                               "closing", "draining", "stopping"})

# Events an emitter sends once at most, at the end of something: a `once` for one of these
# waits for good if it never comes. Recurring events (`drain`, `flush`) consume theirs.
TERMINAL_EVENTS = SHARED_END_EVENTS | {"finish", "timeout", "connect", "ready", "goaway", "dispose"}
# Events an object sends when it reaches a state it then stays in (until it loses it again).
# (each with the state it reaches, as a message says it)
STATE_EVENTS = {"ready": "ready", "connect": "connected", "connected": "connected", "open": "open", "online": "online",
                "initialized": "initialized", "loaded": "loaded", "started": "started", "listening": "listening"}


def _this_alias(receiver: Node | None, ctx: FileContext) -> Receiver | None:
    """The receiver when it is a plain name that only ever holds `this` (lifetimes.receiver_of)."""
    node = unwrap(receiver)
    if node is None or node.type != "identifier":
        return None
    found = receiver_of(node, ctx.model)
    return found if found is not None and found.is_self and found.owner is not None else None


def _named_signal(receiver: Node | None, ctx: FileContext) -> bool:
    """`const parent = this.options.signal; parent?.addEventListener('abort', f)`: a local name
    that only ever holds a signal the code was given."""
    node = unwrap(receiver)
    binding = ctx.model.binding_of(node) if node is not None and node.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and not binding.is_module_level and not binding.writes else None
    return value is not None and value.type == "member_expression" and shared_signal(value)


def _signal_owner(signal: Node, ctx: FileContext) -> str:
    """Whose AbortSignal a message names: the module's (`shutdown.signal` of a module-level
    controller), or a caller's."""
    root, _ = access_root(signal)
    binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
    return "the module's AbortSignal, shared by every run," if binding is not None and binding.is_module_level else "a caller's AbortSignal"


def _bound_call(node: Node) -> bool:
    """`this.onMessage.bind(this)`: a new function object on every call."""
    return node.type == "call_expression" and callee_name(node) == "bind"


# Methods after which an object is never used again (a closed or stopped client may be
# connected or started again, with the listeners it already has).
FINAL_ENDS = frozenset({"destroy", "dispose", "terminate", "kill"})


def _removes_callers_function(removal: Node, undo: Node) -> bool:
    """`emitter.off(event, fn)` where `fn` is a parameter of `undo`: it can only take down a
    function the caller added itself, never one the registering function made."""
    if callee_name(removal) not in ("off", "removeListener", "removeEventListener"):
        return False
    args = call_arguments(removal)
    handler = unwrap(args[1]) if len(args) >= 2 else None
    return handler is not None and handler.type == "identifier" and text(handler) in parameter_list(undo)


def _assigned_in(receiver: Node | None, fn: Node) -> bool:
    """The function makes the object it registers on: a field of `this` it assigns a new value
    (_assigns_field: not `this.x = this.x || make()`), or a name it assigns before the
    registration."""
    receiver = unwrap(receiver)
    field = _this_field_of(receiver)
    if field is not None:
        return _assigns_field(fn, field)
    shown = normalised(receiver) if receiver is not None else ""
    return any(node.type == "assignment_expression" and node.start_byte < receiver.start_byte
               and normalised(node.child_by_field_name("left")) == shown for node in walk(fn))


def _this_field_of(node: Node | None) -> str | None:
    """`client` for `this.client` or `this.client.stream`."""
    while node is not None and node.type == "member_expression":
        inner = unwrap(node.child_by_field_name("object"))
        if inner is not None and inner.type == "this":
            return text(node.child_by_field_name("property"))
        node = inner
    return None


def _plain_method_name(fn: Node) -> str:
    """`Client.prototype.send` -> `send`; `[kConnect]` -> `connect`; `#flush` -> `flush`."""
    name = (function_name(fn) or "").rsplit(".", 1)[-1].strip("[]#_$")
    if len(name) > 1 and name[0] == "k" and name[1].isupper():
        name = name[1:]
    return name[:1].lower() + name[1:]


def _maybe_handout(effect: Effect, data: bytes) -> bool:
    return _maybe_handout_receiver(effect.target, data)


def _handout_parameter(argument: Node, ctx: FileContext) -> bool:
    """A parameter of a listener the platform hands a long-lived object (semantic.platform)."""
    return _maybe_handout_receiver(argument, ctx.source.data) and long_lived_handout(argument, ctx.model) is not None


def _maybe_handout_receiver(receiver: Node | None, data: bytes) -> bool:
    """Cheap first test, before names are resolved: the file names a handout event
    (semantic.platform) and the receiver is a plain name inside a function."""
    receiver = unwrap(receiver)
    return (receiver is not None and receiver.type == "identifier" and enclosing_function(receiver) is not None
            and any(f"'{e.event}'".encode() in data or f'"{e.event}"'.encode() in data for e in HANDOUTS))


def _called_per_operation(name: str, owner: Node, ctx: FileContext) -> bool:
    """`await this.ready()` at the top of `find()` and `insert()`: a lifecycle-named method that
    other methods of the class (not the constructor, nor one of the lifecycle's own) call,
    once per operation they serve."""
    spelled = f"this.{name}(".encode()
    for other, method in ctx.methods_of(owner).items():
        if other == name or is_constructor(method) or LIFECYCLE_METHODS.match(other) or spelled not in (method.text or b""):
            continue
        for node in walk(method):
            if node.type == "call_expression" and text(node.child_by_field_name("function")) == f"this.{name}" \
                    and node.parent is not None and node.parent.type == "await_expression" \
                    and not any(a.type in BRANCHING_TYPES for a in ancestors(node) if contains(method, a) and a != method):
                return True  # awaited on every path of the operation, not behind a state check
    return False


def _maybe_callback_parameter(receiver: Node | None) -> bool:
    """Cheap first test for semantic.platform.lent_to_callback: a plain name inside a function
    that is itself an argument of a call."""
    receiver = unwrap(receiver)
    fn = enclosing_function(receiver) if receiver is not None and receiver.type == "identifier" else None
    return fn is not None and fn.type in ("arrow_function", "function_expression", "function") and outermost(fn).parent is not None \
        and outermost(fn).parent.type == "arguments"


def _maybe_loan_receiver(receiver: Node | None, data: bytes) -> bool:
    """Cheap first test for semantic.platform.pool_loan: a plain name inside a function, in a
    file that calls a pool's lending method."""
    receiver = unwrap(receiver)
    return (receiver is not None and receiver.type == "identifier" and enclosing_function(receiver) is not None
            and (data.has_any(POOL_LOAN_CALLS) or data.has_any(LENT_TYPES)))


def _loan_to_callback(argument: Node, ctx: FileContext):
    """`withConnection(async (conn) => runQuery(conn, sql))`: when `argument` is the parameter
    of a callback handed to a function that lends it a pool's connection, (that call, where it
    lends: the callback's argument index and the parameter's position, the call's import when
    another module's function: its summary decides). A function of this file must lend from a
    pool itself (semantic.platform.callback_loan)."""
    found = lent_to_callback(argument, ctx.model)
    if found is None:
        return None
    lender, lent_at = found
    imported = next((c for c in ctx.imported_calls if c.site == lender), None) if ctx.relative_imports else None
    if imported is not None:
        return lender, lent_at, imported
    callee = unwrap(lender.child_by_field_name("function"))
    fn = ctx.model.function_named(callee) if callee is not None and callee.type == "identifier" else None
    lent = callback_loan(fn) if fn is not None and b".release(" in ctx.source.data else None
    return (lender, lent_at, None) if lent is not None and lent[0] == lent_at else None


def _own_lender_call(argument: Node, ctx: FileContext) -> Node | None:
    """The call of a function of this file that lends a pool's connection to the callback whose
    parameter `argument` is (`withConnection(async (conn) => runQuery(conn))`): nobody calls that
    callback by name, so the connection is judged where the callback gets it."""
    if b".release(" not in ctx.source.data or not _maybe_callback_parameter(argument):
        return None
    loan = _loan_to_callback(argument, ctx)
    return loan[0] if loan is not None and loan[2] is None else None


def _lent_by_pool(argument: Node | None, ctx: FileContext) -> bool:
    """A local holding a connection a pool lends (semantic.platform.pool_loan), asked once per node."""
    if not _maybe_loan_receiver(argument, ctx.source.data):
        return False
    answers = ctx.shared.setdefault("listeners.lent_by_pool", {})
    if argument.id not in answers:
        answers[argument.id] = pool_loan(argument, ctx.model) is not None
    return answers[argument.id]


def _bound_element(receiver: Node | None, started: Started, ctx: FileContext) -> bool:
    """`el.addEventListener(...)` in a directive's `mounted(el)` or a Svelte action's `(node)`:
    the element the start is bound to, whose listeners go with it."""
    if started.owner != "element":
        return False
    node = unwrap(receiver)
    binding = ctx.model.binding_of(node) if node is not None and node.type == "identifier" else None
    params = started.start.child_by_field_name("parameters")
    first = next((p for p in params.named_children if p.type != "comment"), None) if params is not None else None
    return binding is not None and binding.kind is BindingKind.PARAMETER and first is not None and contains(first, binding.identifier)


def _per_operation_method(call: Node) -> bool:
    """The registration runs in a method of the class (not its constructor, nor one named for
    the instance's start or end): once per operation its callers ask of the instance."""
    method = enclosing_function(call)
    return method is not None and method.type == "method_definition" and not is_constructor(method) \
        and not LIFECYCLE_METHODS.match(_plain_method_name(method))


# Receivers named for one operation's own objects, never shared by many: `req`, `socket`, `stream`.
PER_OPERATION_NAMES = re.compile(r"(?i)^(?:req|request|res|response|ctx|context|socket|ws|stream|child|proc|subprocess|incoming|outgoing|raw|job|task|call)$")


def _is_callback(fn: Node) -> bool:
    """A function handed to a call (`on('connection', async (socket) => ...)`): its parameters
    are what the caller hands each run, usually made for that run."""
    holder = outermost(fn).parent
    return fn.type != "method_definition" and holder is not None and holder.type == "arguments"




def _is_operation(fn: Node, parameter: str | None = None) -> bool:
    """An async function, one that returns a promise it makes, or a method that takes the
    parameter on as its operation in flight (`this.request = request`), to complete it when the
    reply comes: it runs per operation and has a completion that a listener should not outlive."""
    if any(child.type == "async" for child in fn.children) or "Promise<" in text(fn.child_by_field_name("return_type")):
        return True
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    if parameter is not None and fn.type == "method_definition":
        taken = re.compile(r"this\.[\w$#]+\s*=\s*" + re.escape(parameter) + r"\s*;")
        if taken.search(text(body)):
            return True
    return any(node.type == "return_statement" and "new Promise" in text(node) for node in walk(body, skip=FUNCTION_TYPES))


# What the process emits only when it ends: a `once` for one of these stays until then.
PROCESS_END_EVENTS = frozenset({"exit", "beforeExit", "SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT", "SIGBREAK"})


def _outer_local(argument: Node | None, site: Node, ctx: FileContext) -> bool:
    """`channel` handed to a helper inside `channel.consume(q, async (msg) => ...)`: a const of a
    function around the one the call is in, which lives across that inner function's runs."""
    if argument is None or argument.type != "identifier":
        return False
    binding = ctx.model.binding_of(argument)
    if binding is None or binding.is_module_level or binding.kind is not BindingKind.CONST:
        return False
    owner = binding.scope.function_scope.node
    if owner is None or not contains(owner, site):
        return False
    if owner != enclosing_function(site):
        return True
    # the same function: in a loop that the const was made before (`for await (const msg of sub)`)
    return any(a.type in LOOP_TYPES and not contains(a, binding.identifier) for a in ancestors(site) if contains(owner, a))


def _waits_for_end(parts: Parts, call: Node) -> bool:
    """A `once` for the end of the object it is on ('close', 'shutdown'; for `process`, its exit
    and the signals that stop it): it stays until that end."""
    return string_value(parts.event) in SHARED_END_EVENTS or _waits_for_exit(parts.receiver, call)


def _waits_for_exit(receiver: Node | None, call: Node) -> bool:
    """`process.once('SIGTERM', ...)`: the process's end, an exit-hook registry of its own."""
    args = call_arguments(call)
    if text(unwrap(receiver)) != "process" or not args:
        return False
    event = string_value(args[0])
    events = (event,) if event is not None else loop_values(args[0])  # `for (const s of SIGNALS) process.once(s, stop)`
    return bool(events) and set(events) <= PROCESS_END_EVENTS


def _concise_body(started: Started | None, call: Node) -> bool:
    """`onMounted(() => window.addEventListener(...))`: the start's arrow returns the call's
    value, which is nothing a framework keeps (and for an effect, not a cleanup)."""
    if started is None or started.start.type != "arrow_function":
        return False
    body = unwrap(started.start.child_by_field_name("body"))
    return body is not None and body.id == call.id


def _promise_executor(call: Node) -> Node | None:
    """The function `call` sits in, when that function is the executor of `new Promise(...)`."""
    fn = enclosing_function(call)
    return fn if promise_of_executor(fn) is not None else None


# Events that only a failure or an end emits: a `once` for one of them, per call, waits in vain
# whenever the call succeeds.
FAILURE_EVENTS = frozenset({"error", "cancel", "abort", "timeout", "goaway", "close", "disconnect", "end"})


def _module_level_receiver(receiver: Node | None, ctx: FileContext) -> bool:
    receiver = unwrap(receiver)
    binding = ctx.model.binding_of(receiver) if receiver is not None and receiver.type == "identifier" else None
    if binding is None or not binding.is_module_level:
        return False
    return binding.kind is not BindingKind.IMPORT or (binding.source_module or "").removeprefix("node:") in PLATFORM_SINGLETON_MODULES


def _aliases_module_object(receiver: Node | None, ctx: FileContext) -> bool:
    """`const worker = cluster.worker` in the function: a local name for what the module (or an
    import of the process's own objects) holds."""
    receiver = unwrap(receiver)
    binding = ctx.model.binding_of(receiver) if receiver is not None and receiver.type == "identifier" else None
    if binding is None or binding.is_module_level or binding.kind is not BindingKind.CONST or unwrap(binding.value) is None:
        return False
    found = receiver_of(receiver, ctx.model)
    return found is not None and found.lifetime is Lifetime.MODULE and not found.fresh and not found.is_self


# Built-in modules whose exports are the process's own objects: `parentPort`, `cluster`.
PLATFORM_SINGLETON_MODULES = frozenset({"worker_threads", "cluster", "process"})


# `this.emit('load-failed', err)`, `emit('error')`: an object saying it could not get where a wait expects it to.
FAILURE_EMIT = re.compile(rb"""emit\(\s*['"]([\w:-]*(?:fail|error|abort)[\w:-]*)['"]""", re.I)


def _failure_unheard(call: Node, ctx: FileContext) -> bool:
    """The file emits a failure event that the promise executor around `call` listens for nowhere."""
    executor = _promise_executor(call)
    spelled = executor.text or b"" if executor is not None else b""
    return any(f"'{m.group(1).decode()}'".encode() not in spelled and f'"{m.group(1).decode()}"'.encode() not in spelled
               for m in FAILURE_EMIT.finditer(ctx.source.data))


def _state_wait_in_executor(call: Node, parts: Parts) -> bool:
    """`once` for a state event ('ready', 'connect') in a promise's executor: _waits_for_reached_state's shape."""
    return callee_name(call) in SELF_ONCE_METHODS and string_value(parts.event) in STATE_EVENTS and _promise_executor(call) is not None


def _once_may_wait(effect: Effect, ctx: FileContext) -> bool:
    """A `once` counts only where it may wait in vain, each cheap test before any name is
    resolved: on the instance itself, on what the platform hands out or lends (_judge_handout),
    on the resource a per-operation object runs on (_judge_operation_once), inside a Promise
    executor, on the server behind a connection, for the process's exit, on an emitter the
    caller hands in, or for a failure on a module-level object."""
    data, target = ctx.source.data, effect.target
    return (_on_itself(effect, ctx) or _maybe_handout(effect, data) or _maybe_operation(effect) or maybe_request_socket(target, data)
            or _maybe_loan_receiver(target, data) or _promise_executor(effect.node) is not None
            or _server_receiver(target, ctx) is not None or _waits_for_exit(target, effect.node)
            or _maybe_caller_emitter(effect) or _maybe_module_once(effect) or _maybe_alternative_once(effect))


def _maybe_alternative_once(effect: Effect) -> bool:
    """Another `once` in the same function: a candidate for _judge_alternative_onces."""
    fn = enclosing_function(effect.node)
    return fn is not None and (fn.text or b"").count(b".once(") >= 2


def _maybe_module_once(effect: Effect) -> bool:
    """`statement.once('error', ...)` in a named function, or in a handler (`parentPort.once('close')`
    per message): a candidate for _judge_waiting."""
    receiver = unwrap(effect.target)
    fn = enclosing_function(effect.node)
    return (receiver is not None and receiver.type == "identifier" and string_value(effect.event) in FAILURE_EVENTS
            and fn is not None and (not _is_callback(fn) or callback_role(fn)[0] == "repeat"))


def _request_socket_access(node: Node | None) -> bool:
    """`req.socket`, `res.connection` written out: what a caller hands a helper from another
    module (an alias is followed within the file only)."""
    node = unwrap(node)
    return node is not None and node.type == "member_expression" and text(node.child_by_field_name("property")) in REQUEST_SOCKET.properties


def _server_receiver(receiver: Node | None, ctx: FileContext) -> str | None:
    """`req.socket.server`, or a constant that holds it (`const server = req.connection.server`)."""
    found = server_behind(receiver)
    receiver = unwrap(receiver)
    if found is not None or receiver is None or receiver.type != "identifier" or b".server" not in ctx.source.data:
        return found
    binding = ctx.model.binding_of(receiver)
    if binding is not None and binding.kind is BindingKind.CONST and server_returned(binding, ctx.model):
        return text(unwrap(binding.value))  # `const server = owningServer(req)`
    return server_behind(binding.value) if binding is not None and binding.kind is BindingKind.CONST else None


def _maybe_caller_emitter(effect: Effect) -> bool:
    """`request.once('cancel', ...)` in a named function that takes `request`: an emitter the
    caller hands in (see ListenerDetector._judge_caller_emitter)."""
    receiver = unwrap(effect.target)
    fn = enclosing_function(effect.node)
    return (receiver is not None and receiver.type == "identifier" and string_value(effect.event) in SHARED_END_EVENTS
            and fn is not None and not _is_callback(fn) and text(receiver) in parameter_names(fn))


def _maybe_operation(effect: Effect) -> bool:
    receiver = unwrap(effect.target)
    return receiver is not None and receiver.type == "identifier" and per_operation_class(effect.node) is not None


def _handler_not_passed(handler: Node | None, path: list[Hop], ctx: FileContext) -> bool:
    """The listener is a parameter that the outermost call of the helpers leaves out."""
    node = unwrap(handler)
    for hop in path:
        slot = slot_of(node, ctx.model) if node is not None else None
        if slot is None or slot.function != hop.slot.function or slot.index < 0:
            return False  # not a parameter of this helper: whatever it is, it is given
        args = call_arguments(hop.call)
        if slot.index >= len(args):
            return True
        node = unwrap(args[slot.index])
    return False


def _passes_removing_options(call: Node, options: Slot | None, helper: Slot) -> bool:
    """A call of the helper whose registration takes its options from a parameter, passing
    `{ once: true }` or `{ signal }` there: the registration ends itself."""
    if options is None or options.function != helper.function or options.index < 0:
        return False
    args = call_arguments(call)
    return options.index < len(args) and removes_itself(args[options.index])


def _on_itself(effect: Effect, ctx: FileContext) -> bool:
    """On `this`, or, for an event that ends something, on a name that holds `this` (only
    there does a `once` on the instance wait in vain: _self_report)."""
    target = unwrap(effect.target)
    if target is None:
        return False
    if target.type in ("this", "super"):
        return True
    return target.type == "identifier" and string_value(effect.event) in TERMINAL_EVENTS and _this_alias(target, ctx) is not None


EXIT_HOOK_MODULES = tuple(row.module for row in EXIT_HOOKS)
POOL_LOAN_METHODS = tuple(row.method for row in POOL_LOANS)
POOL_LOAN_CALLS = tuple(f".{method}(" for method in POOL_LOAN_METHODS)


# Node's stream classes: an object of one is read or written once, by one operation.
STREAM_TYPES = frozenset({"Readable", "Writable", "Duplex", "Transform", "PassThrough", "ReadStream", "WriteStream", "ReadableStream",
                          "WritableStream", "IncomingMessage", "ServerResponse"})


def _stream_consumed(binding, fn: Node) -> bool:
    """The parameter is a stream this function consumes: typed as one (`csv: Readable`), or
    piped (`csv.pipe(parser)`), handed to `pipeline(...)` or iterated (`for await (const r of csv)`)."""
    if parameter_type_name(binding.identifier) in STREAM_TYPES:
        return True
    for reference in binding.references:
        use = outermost(reference.identifier)
        parent = use.parent
        if parent is not None and parent.type == "member_expression" and text(parent.child_by_field_name("property")) == "pipe":
            return True
        if parent is not None and parent.type == "for_in_statement" and parent.child_by_field_name("right") == use:
            return True
        call = parent.parent if parent is not None and parent.type == "arguments" else None
        if call is not None and callee_name(call) == "pipeline" and contains(fn, call):
            return True
    return False


class ListenerDetector(Detector):
    kind = "listener"
    parameters = PARAMETERS["listener"]

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self._teardown = frozenset(self.params["teardown_methods"])

    def check(self, ctx: FileContext) -> Iterator[Report]:
        if ctx.source.data.has_any(ATTACHING_MODULES_QUOTED):
            yield from self._attached_per_run(ctx)
        if not ctx.source.data.has_any(self.spelled("add_methods")):
            return
        for effect in ctx.effects.of(Kind.LISTEN, [*self.params["add_methods"], *SELF_ONCE_METHODS]):
            if effect.is_method:
                call = effect.node
                if effect.verb in SELF_ONCE_METHODS and effect.verb not in self.params["add_methods"] and not _once_may_wait(effect, ctx):
                    continue
                report = self._judge(call, ctx)
                if report is None or report.severity is Severity.NOTE:  # a counterpart that forgets it says more
                    report = self._forgotten_by_counterpart(call, ctx) or report
                if report is None and b"Observable" in ctx.source.data:
                    report = self._producer_without_teardown(call, ctx)
                if report is not None:
                    yield report
                else:
                    yield from self._through_helpers(call, ctx)
            elif effect.verb in GLOBAL_FUNCTIONS:
                report = self._judge_global_function(effect.node, ctx)
                if report is not None:
                    yield report
        yield from self._imported_helper_calls(ctx)
        if ctx.relative_imports:
            yield from own_object_calls(ctx, self.rule.id, "listener added", "never removed")
            yield from self._imported_constructions(ctx)
        if b"componentDidUpdate" in ctx.source.data and b"props" in ctx.source.data:
            yield from self._relistened_on_prop_change(ctx)
        yield from self._exit_hooks(ctx)
        yield from self._socket_timeouts(ctx)
        yield from self._event_iterators(ctx)
        if b"extends" in ctx.source.data:
            yield from base_end_reports(ctx, self.rule.id, self._base_removal, "listener")

    def _base_removal(self, call: Node, cls: Node) -> bool:
        """A removal in a base class's end method (`window.removeEventListener('resize', this._onResize)`)."""
        return callee_name(call) in self.params["remove_methods"]

    def _imported_constructions(self, ctx: FileContext) -> Iterator[Report]:
        """`new Workspace(dir)` of an imported class in code that repeats: if the class's file
        summarises its constructor as registering on its module's object or `process` (slot OWN),
        each run adds one (project.join decides). What the run does with the instance goes with
        it: the methods it calls on it on every path, those it calls on one path only, or that it
        hands the instance on, to code that may end it."""
        for call, runs in repeated_constructions(ctx):
            if not ctx.judges_for(call, self.rule.id):
                continue
            if runs.registration is None and lifecycle_start(call.site) is None:  # repeated by a loop: over data, or in code that repeats?
                runs = refine(run_context(call.site, ctx.source.root), ctx.model, owner=ctx.source.root)
                if runs.how is not RunsHow.REPEATED:
                    continue  # `for (const id of shardIds) new Strategy(...)` at start-up: one per item, once
            use = instance_use(call.site, ctx)
            made = text(call.site.child_by_field_name("constructor"))
            yield Report(call.site, f"listener added by the constructor of `{made}` {runs.where}; never removed",
                         related=[(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else [],
                         needs=Requirement(self.rule.id, call.specifier, call.chain, OWN, "", instance_calls=use.every,
                                           instance_partial=use.partial, partial_path=use.partial_path, handed_on=use.handed_on,
                                           instance_read=True))

    def _attached_per_run(self, ctx: FileContext) -> Iterator[Report]:
        """`new IOServer(res.socket.server)` in an API route (or `new WebSocketServer({ server })`
        per request): the constructor adds its 'request' and 'upgrade' listeners to the HTTP server
        it is handed, which outlives every request, so each run attaches one more server's worth,
        unless a mark on the server makes it once (`if (!server.io)`)."""
        names = {binding.name: where for binding in ctx.model.module_scope.bindings.values() if binding.source_module is not None
                 for spelled, made, where in ATTACHING_CONSTRUCTORS
                 if binding.source_module.encode() == spelled and (binding.imported_name or "default") in made}
        made = [(ident.parent, how) for name, how in names.items() for ident in name_nodes(ctx.source.root, ctx.source.data, name)
                if ident.parent is not None and ident.parent.type == "new_expression"]
        for new, how in made:
            ctor = unwrap(new.child_by_field_name("constructor"))
            args = call_arguments(new)
            handed = unwrap(args[0]) if args else None
            if how == "option" and handed is not None and handed.type == "object":
                pair = next((p for p in handed.named_children if p.type in ("pair", "shorthand_property_identifier")
                             and text(p.child_by_field_name("key") if p.type == "pair" else p) == "server"), None)
                handed = unwrap(pair.child_by_field_name("value")) if pair is not None and pair.type == "pair" else pair
            elif how != "argument":
                continue
            server = _held_value(handed, ctx)
            if server is None or server_behind(server) is None:
                continue
            runs = repeated_run(new, ctx)
            if runs is None:
                continue
            message = (f"`new {text(ctor)}(...)` {runs.where} attaches its listeners ('request', 'upgrade') to `{text(handed)}`, the HTTP "
                       "server behind the request, which outlives it: every run adds another set, each holding a whole server of its "
                       "own; make it once, behind a mark on the server (`if (!server.io)`)")
            yield repeating_report(new, message, runs, "the server's listeners are added here")

    def _producer_without_teardown(self, call: Node, ctx: FileContext) -> Report | None:
        """`new Observable((subscriber) => { target.on(name, handler) })`: the producer runs once
        per subscription and adds a listener to an object from outside it, but returns no
        teardown, so unsubscribing leaves every subscription's listener (and the subscriber it
        feeds) on that object."""
        producer = enclosing_function(call)
        handed = handed_to(producer) if producer is not None else None
        made = handed[0] if handed is not None else None
        if made is None or made.type != "new_expression" or not text(made.child_by_field_name("constructor")).endswith("Observable"):
            return None
        parts = registration_parts(call)
        root = access_root(parts.receiver)[0] if parts is not None else None
        binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
        outside = root is not None and root.type == "this" or (binding is not None and binding.scope.function_scope.node != producer)
        if parts is None or not outside or handle_kept(call) or removes_itself(parts.options):
            return None  # an object the producer made itself goes with it (a field of `this` is the instance's)
        body = producer.child_by_field_name("body")
        if body is None or body.type != "statement_block" or any(n.type == "return_statement" for n in walk(body, skip=FUNCTION_TYPES)):
            return None
        handler = _local_function(parts.handler, ctx)
        removals = [n for n in walk(body) if n.type == "call_expression" and callee_name(n) in self.params["remove_methods"]]
        if any(handler is None or not contains(handler, n) for n in removals):
            return None  # (one the listener makes itself, on its own last event, leaves it on every other end)
        event = string_value(parts.event)
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        itself = " (it takes itself off only when its own last event comes)" if removals else ""
        message = (f"listener for {shown} added to `{text(parts.receiver)}` by every subscription to this Observable, whose producer returns "
                   f"no teardown{itself}: unsubscribing leaves each subscription's listener, and the subscriber it feeds, on "
                   f"`{text(parts.receiver)}`; return a function that removes it")
        return Report(call, message, related=[(made, "the Observable whose producer adds it")], acquisition=call)

    def _event_iterators(self, ctx: FileContext) -> Iterator[Report]:
        """`for await (const [x] of on(emitter, 'x'))` (node:events): the iterator's listener
        stays on the emitter until the loop is left or a `{ signal }` aborts it. A loop with no
        way out, on a long-lived emitter, in code that repeats, adds one per run; in an
        exported function of unknown frequency, callers in other files decide (slot OWN)."""
        for call, loop in event_iterators(ctx):
            args = call_arguments(call)
            slot = slot_of(unwrap(args[0]), ctx.model)
            if slot is not None and slot.index >= 0 and slot.function == enclosing_function(loop):
                yield from self._iterator_helper(call, slot, ctx)  # `relay(source, ...)`: the caller's emitter
                continue
            receiver = receiver_of(args[0], ctx.model)
            if receiver is None or receiver.lifetime not in (Lifetime.MODULE, Lifetime.GLOBAL) or receiver.fresh or guarded_once(call, ctx):
                continue
            runs = refine(ctx.run_context(loop), ctx.model)
            fn = enclosing_function(loop)
            if runs.how is RunsHow.MAYBE and fn is not None and b"export" in ctx.source.data:
                keep_own_summaries(ctx, self.rule.id, fn, "the iterator's listener is added here", call, event=string_value(args[1]))
            if runs.how is not RunsHow.REPEATED:
                continue
            message = (f"`{short_text(call, 40)}` iterates events of {receiver.description} {runs.where}, and the loop has no way out "
                       "(no `break` or `return`, no `{ signal }`): its listener, and what the loop body closes over, stays on the "
                       "emitter for good, one more per run; pass a signal aborted when the run ends")
            related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
            yield Report(repeating_site(runs, call), message, related=related, code_flow=call_flow(runs, call, "the iterator's listener is added here"),
                         acquisition=call)

    def _iterator_helper(self, call: Node, slot: Slot, ctx: FileContext) -> Iterator[Report]:
        """A function that iterates `on(source, ...)` of its parameter with no way out: callers
        in this file that hand it a long-lived emitter from code that repeats add one listener
        per run; exported, it is summarised for callers in other files (slot: the parameter)."""
        fn, event = slot.function, call_arguments(call)[1]
        if b"export" in ctx.source.data:
            found = ctx.shared.setdefault(f"own.{self.rule.id}", [])
            helper = (function_name(fn) or "").rsplit(".", 1)[-1]
            named = slot_of(unwrap(event), ctx.model)  # `relay(source, eventName)`: the caller names the event
            event_slot = named.index if named is not None and named.function == fn else -1
            found += [(Summary(self.rule.id, chain, slot.index, helper, NOWHERE, "the iterator's listener is added here", string_value(event),
                               event_slot), call)
                      for chain in summary_chains(fn, ctx.model)]
        for hop in hops(slot, ctx.model):
            receiver = receiver_of(hop.argument, ctx.model)
            if receiver is None or receiver.lifetime not in (Lifetime.MODULE, Lifetime.GLOBAL) or receiver.fresh or guarded_once(hop.call, ctx):
                continue
            runs = refine(ctx.run_context(hop.call), ctx.model)
            if runs.how is not RunsHow.REPEATED:
                continue
            helper = shown_callee(hop.call)
            message = (f"`{helper}()` iterates events of {receiver.description} {runs.where} with no way out (no `break` or `return`, "
                       "no `{ signal }`): its listener stays on the emitter for good, one more per run; pass a signal aborted when the run ends")
            related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
            yield Report(hop.call, message, related=related, acquisition=call,
                         code_flow=[(hop.call, f"`{helper}()` gets `{short_text(hop.argument, 40)}`"), (call, "the iterator's listener is added here")])
            return

    def _socket_timeouts(self, ctx: FileContext) -> Iterator[Report]:
        """`req.socket.setTimeout(5000, onIdle)` per request: the callback becomes a 'timeout'
        listener of the socket (semantic.platform.CALLBACK_LISTENERS), which keep-alive or the
        Agent's pool reuses for later requests, so each request adds one more.
        `req.setTimeout(ms, cb)` listens on the request instead."""
        data = ctx.source.data
        methods = [m for m in CALLBACK_LISTENERS if f".{m}(".encode() in data]
        for call in ctx.model.method_calls(*methods) if methods else ():
            args = call_arguments(call)
            receiver = callee_object(call)
            if len(args) < 2 or receiver is None or unwrap(args[1]) is None:
                continue
            found = self._handed_out_argument(receiver, ctx)
            if found is None or guarded_once(call, ctx):
                continue
            entry, registration = found
            event, method, shown = CALLBACK_LISTENERS[callee_name(call)], callee_name(call), text(receiver)
            if any(string_value(a) == event and normalised(callee_object(r)) == normalised(receiver)
                   for r in ctx.model.method_calls(*self.params["remove_methods"]) for a in call_arguments(r)[:1]
                   if callee_object(r) is not None):
                continue
            fix = ("remove the listener before the connection goes back, or listen once per connection" if isinstance(entry, PoolLoan)
                   else f"set it on the request (`req.{method}`) or remove the listener when it ends")
            message = (f"`{shown}.{method}(..., callback)` adds its callback as a '{event}' listener to `{shown}`, "
                       f"{entry.described}, once per {entry.per}; never removed: {entry.reason}; {fix}")
            yield Report(call, message, related=[(registration, entry.shown_at)], acquisition=call)

    def _exit_hooks(self, ctx: FileContext) -> Iterator[Report]:
        """`onExit(() => unlink(tmp))` per request: the exit-hook registry (semantic.platform)
        lives as long as the process, and each hook, with its closure, stays there until exit
        unless the remover the registration returns is kept and called."""
        if not ctx.source.data.has_any(EXIT_HOOK_MODULES):
            return
        names = exit_hook_names(ctx.model, ctx.source.data)
        for call in ctx.calls_named(names):
            callee = unwrap(call.child_by_field_name("function"))
            binding = ctx.model.binding_of(callee) if callee is not None and callee.type == "identifier" else None
            if binding is None or not binding.is_module_level or guarded_once(call, ctx):
                continue
            helper = returned_by(call)
            if helper is not None and b"export" in ctx.source.data:  # `export`, `module.exports`, `exports.x`
                # `whenDone(fn) { return onExit(fn) }`, exported: its callers must keep and call the remover
                keep_own_summaries(ctx, self.rule.id, helper, f"the exit hook is registered here with `{text(callee)}()`", call,
                                   event="exit", disposer=True)
            if handle_kept(call):
                continue
            runs = refine(ctx.run_context(call), ctx.model)
            if runs.how is RunsHow.ONCE:
                continue
            message = (f"exit hook registered with `{text(callee)}()` ({names[text(callee)]}) {runs.where}; its registry lives as long "
                       "as the process, so every hook added and never removed keeps its closure until exit; keep the "
                       "function the registration returns and call it when the work is done")
            yield repeating_report(call, message, runs, "the hook is registered here")

    def _page_event_passed(self, call: Node, parts: Parts, started, ctx: FileContext) -> Report | None:
        """`window.addEventListener('load', f, { once: true })` in a component's start (or code
        that repeats) with no look at `document.readyState`: 'load' comes once in a page's life,
        so every start after it leaves a listener that waits for good, with what it closes over."""
        if text(unwrap(parts.receiver)) not in ("window", "document", "self", "globalThis"):
            return None
        fn = enclosing_function(call)
        event = string_value(parts.event)
        if fn is not None and b"readyState" in (fn.text or b"") and event in PAGE_ONCE_EVENTS:
            return None  # `if (document.readyState === 'complete') run(); else addEventListener('load', ...)`
        runs = per_mount(started) if started is not None else refine(ctx.run_context(call), ctx.model)
        if runs.how is not RunsHow.REPEATED or guarded_once(call, ctx):
            return None
        if event in PAGE_END_EVENTS:
            message = (f"'{event}' listener added to `{text(parts.receiver)}` with `{{ once: true }}` {runs.where}: '{event}' comes once, "
                       "when the page goes, so in a page that lives on (a single-page app) every run adds a listener that waits "
                       "until then, with what it closes over; remove it when the run ends (a `{ signal }` aborted there)")
            return repeating_report(call, message, runs, "the listener is added here")
        message = (f"'{event}' listener added to `{text(parts.receiver)}` with `{{ once: true }}` {runs.where}: '{event}' comes once in the "
                   f"page's life, so every run after it adds a listener that waits for good, with what it closes over; check "
                   "`document.readyState` first and run the work at once when the page has loaded")
        return repeating_report(call, message, runs, "the listener is added here")

    def _judge_global_function(self, call: Node, ctx: FileContext) -> Report | None:
        """`addEventListener('beforeunload', f)` called bare: in a browser (or a worker) that is
        the global object's method, and the global object lives as long as the page."""
        fn = unwrap(call.child_by_field_name("function"))
        args = call_arguments(call)
        if fn is None or fn.type != "identifier" or not ctx.model.is_global(fn, text(fn)) or len(args) < 2:
            return None
        parts = Parts(fn, args[0], args[1], args[2] if len(args) > 2 else None)
        if removes_itself(parts.options) or handle_kept(call) or guarded_once(call, ctx):
            return None
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        removals = [r for r in self._removals(ctx) if r.verb == GLOBAL_FUNCTIONS[text(fn)] and not r.is_method
                    or (r.is_method and text(r.target) in GLOBAL_OBJECTS)]
        event = string_value(parts.event)
        if any(string_value(r.event) in (event, None) and same_handler(parts.handler, key_of(parts.handler, ctx.model), r.value, ctx.model)
               for r in removals) or removal_by_names(parts.event, parts.handler, None, removals, ctx.model):
            return None  # by name too: `_this.onUnload` added, `this.onUnload` removed (compiled code)
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        message = (f"listener for {shown} added to the global object (a bare `{text(fn)}()`, `window`'s own) {runs.where}; "
                   "never removed, so it keeps its closure for the life of the page or process")
        return repeating_report(call, message, runs, "the listener is added here")

    def _judge(self, call: Node, ctx: FileContext) -> Report | None:
        parts = registration_parts(call)
        if parts is not None and string_value(parts.event) == "abort" and (shared_signal(parts.receiver) or _named_signal(parts.receiver, ctx)):
            return self._judge_signal(call, parts, ctx)
        started = lifecycle_start(call) if parts is not None else None
        if parts is not None and removes_itself(parts.options) and string_value(parts.event) in PAGE_ONCE_EVENTS:
            return self._page_event_passed(call, parts, started, ctx)
        if parts is not None and string_value(parts.event) in PAGE_END_EVENTS and removes_itself(parts.options) and not has_signal_option(parts.options) \
                and matching_removal(parts.event, parts.handler, parts.receiver, key_of(parts.receiver, ctx.model), self._removals(ctx),
                                     self.params["remove_all_methods"], ctx.model) is None:
            return self._page_event_passed(call, parts, started, ctx)  # `{ once: true }` for 'beforeunload': it comes when the page goes
        if parts is not None and started is not None and has_signal_option(parts.options):
            missed = self._abort_missed(call, parts, started)
            if missed is not None:
                return missed
        if parts is not None and removes_itself(parts.options):
            return self._signal_left_out(call, parts, ctx)  # `{ signal }` from a parameter some caller leaves out
        # (`new Promise((resolve) => this.once('ready', resolve))`: the executor's value goes nowhere)
        kept = handle_kept(call) and not (parts is not None and _state_wait_in_executor(call, parts))
        if parts is not None and kept and not _concise_body(started, call) and started is None:
            return self._kept_remover_missed(call, parts, ctx)  # `const off = consumer.on(...)`: its keeper calls it, on every path or not
        if parts is None or (kept and not _concise_body(started, call)):
            return None
        if started is not None and unwrap(parts.receiver) is not None and unwrap(parts.receiver).type not in ("this", "super"):
            return self._judge_lifecycle(call, parts, started, ctx)
        if b"pdate" in ctx.source.data:
            replaced = self._judge_directive_update(call, parts, ctx)
            if replaced is not None:
                return replaced
        torn = self._judge_teardown_misses(call, parts, ctx)
        if torn is not None:
            return torn
        fn = enclosing_function(call)
        if fn is not None and unwrap(parts.receiver) is not None and unwrap(parts.receiver).type in ("member_expression", "subscript_expression") \
                and _made_just_before(parts.receiver, call, fn):
            return None  # `clients[r] = new Redis(); clients[r].on('error', f)`: one listener on each object this run makes
        if callee_name(call) == "addEventListener" and _stable_handler(parts.handler, call, ctx):
            return None  # EventTarget ignores a second identical registration: repeats add nothing
        if unwrap(parts.receiver) is not None and unwrap(parts.receiver).type in ("this", "super"):
            if _state_wait_in_executor(call, parts):  # `whenReady()`: does it ask whether it is ready first?
                found = self._waits_for_reached_state(call, parts, ctx)
                # it asks, but the object also says it failed ('load-failed'), which this wait does not hear: it may wait for good
                return found if found is not None or not _failure_unheard(call, ctx) else self._judge_self(call, parts, ctx)
            return self._judge_self(call, parts, ctx)
        alias = _this_alias(parts.receiver, ctx)
        if alias is not None:  # `var self = this; ... self.once('dispose', f)`: the instance itself
            return self._judge_self(call, parts, ctx, alias)
        updated = self._judge_view_update(call, parts, ctx)
        if updated is not None:
            return updated
        wrapped = _wrapped_method(call, parts.receiver)
        if wrapped is not None:
            return self._judge_wrapped(call, parts, wrapped, ctx)
        handout = long_lived_handout(parts.receiver, ctx.model) if _maybe_handout_receiver(parts.receiver, ctx.source.data) else None
        if handout is not None:
            if while_connecting(call):
                return None  # `if (socket.connecting) socket.once('connect', ...)`: a fresh socket, not a reused one
            return self._judge_handout(call, parts, *handout, ctx)
        socket = request_socket(parts.receiver, ctx.model) if maybe_request_socket(parts.receiver, ctx.source.data) else None
        if socket is not None:
            if while_connecting(call) or kept_for_itself(call, parts.receiver):
                return None
            return self._judge_handout(call, parts, *socket, ctx)
        lent = helper_loan(parts.receiver, ctx.model) if ctx.relative_imports and b".release(" in ctx.source.data else None
        imported = next((c for c in ctx.imported_calls if c.site == lent), None) if lent is not None else None
        if imported is not None:  # `const client = await checkout()`, `checkout` another module's: its summary says whether a pool lends it
            entry = PoolLoan(callee_name(lent) or "checkout", "result", described=f"a connection `{shown_callee(lent)}()` hands back from a pool")
            report = self._judge_handout(call, parts, entry, lent, ctx)
            if report is not None:
                report.needs = Requirement(self.rule.id, imported.specifier, imported.chain, LENT, "")
            return report
        lent_to = self._lent_to_callback(call, parts, ctx)
        if lent_to is not None:
            return lent_to
        loan = pool_loan(parts.receiver, ctx.model) if _maybe_loan_receiver(parts.receiver, ctx.source.data) else None
        if loan is None and b".push(" in ctx.source.data and (b".pop()" in ctx.source.data or b".shift()" in ctx.source.data or b"[this." in ctx.source.data):
            loan = own_pool_loan(parts.receiver, ctx.model)  # `const worker = await this.checkout()` from the class's own pool
        if loan is not None:
            borrowing = refine(ctx.run_context(loan[1]), ctx.model)
            if borrowing.how is RunsHow.ONCE:
                return None  # borrowed once, at the top of a script: the connection is not lent again
            report = self._judge_handout(call, parts, *loan, ctx)
            if report is not None and borrowing.how is RunsHow.MAYBE and loan[0] is not TYPED_LOAN:
                report.severity = Severity.NOTE  # how often the code borrows is unknown (a function handed borrowed connections runs per borrowing)
            return report
        if ctx.run_context(call).how is RunsHow.ONCE:
            return None  # module top level runs once, whatever the receiver
        if callee_name(call) in SELF_ONCE_METHODS and callee_name(call) not in self.params["add_methods"] \
                and _server_receiver(parts.receiver, ctx) is None and not _waits_for_exit(parts.receiver, call):
            # (the server's 'close' and the process's exit come at shutdown: a `once` for one waits till then)
            found = self._judge_operation_once(call, parts, ctx) or self._judge_waiting(call, parts, ctx) or self._judge_alternative_onces(call, parts, ctx) \
                or self._waits_for_reached_state(call, parts, ctx)
            if found is None:  # a `once` for the end of an emitter the caller hands in waits as long as `on`
                receiver = receiver_of(parts.receiver, ctx.model)
                if receiver is not None and not receiver.is_self and not receiver.fresh and not handle_kept(call):
                    found = self._judge_caller_emitter(call, parts, receiver, ctx)
            return found
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is None or receiver.is_self or receiver.fresh or handle_kept(call):
            return None
        runs = self._frequency(call, receiver, ctx)
        if runs is not None and runs.how is not RunsHow.REPEATED and callee_name(call) in SELF_ONCE_METHODS \
                and _waits_for_exit(parts.receiver, call):
            # `process.once('SIGINT', ...)` in set-up code: once per process is the idiom, unless the
            # hook is the stop the function also hands back, which can then run long before the exit,
            # or the function takes it off again itself (per job), on some of its ends only
            return self._exit_hook_outlives_stop(call, parts, runs, ctx) or self._judge_missed_only(call, parts, receiver, ctx)
        if runs is None or runs.how is RunsHow.ONCE:
            return (self._judge_missed_only(call, parts, receiver, ctx) or self._judge_caller_emitter(call, parts, receiver, ctx)
                    or self._judge_waiting(call, parts, ctx))
        injected = injected_parameter(parts.receiver, ctx.model) if receiver.lifetime is Lifetime.INSTANCE and runs.calls else None
        if injected is not None and any(handed_fresh(site, injected[1], ctx.model) for site in runs.calls):
            return None  # `new Relay(new EventEmitter()).forward(...)`: the field holds what the run made, and goes with it
        if runs.how is RunsHow.MAYBE and not runs.calls:
            started = self._remover_dropped_at_start(call, parts, receiver, ctx)
            if started is not None:
                return started
        reconnects = runs.registration is not None and _per_reconnect(call, ctx) is not None
        if (guarded_along(call, runs.calls, ctx) and not _guard_of_fresh_instances(call, ctx)) \
                or (not reconnects and self._torn_down_nearby(call, parts, receiver, ctx)):
            return None
        removals = self._removal_nodes(parts, receiver, ctx)
        if not removals and _named_handler(parts.handler):  # `document.removeEventListener('x', entry.listener)` elsewhere: the handler kept in a table
            removals = [r.node for r in removals_by_names(parts.event, parts.handler, parts.receiver, self._removals(ctx), ctx.model)
                        if enclosing_function(r.node) != enclosing_function(call)]
        if reconnects:  # a removal in the client's teardown (`stop()`, `close()`) runs once, not once per reconnect
            removals = [r for r in removals if (m := _enclosing_method(r)) is None or not TEARDOWN_METHODS.match(_plain_method_name(m))]
        if not removals:
            return self._report(call, parts, receiver, runs)
        over = _kept_handler_replaced(call, parts.handler, removals, ctx)
        if over is not None:  # `update(next) { active = listen(next) }`: the handler kept for the removal is replaced first
            report = self._report(call, parts, receiver, runs)
            kept = text(over.child_by_field_name("left"))
            report.message = report.message.replace("never removed", f"the handler kept in `{kept}` for its removal is replaced at line "
                                                    f"{over.start_point[0] + 1} without removing the one registered before, which stays", 1)
            report.related.append((over, "the kept handler is replaced here"))
            return report
        instance = self._instance_left_listening(call, parts, receiver, removals, runs, ctx)
        if instance is not None:  # `new Workspace()` per request, whose `dispose()` takes the hook off: not called on that instance
            return instance
        dropped = _remover_dropped(call, removals, runs) or _remover_dropped_elsewhere(call, removals, runs, ctx)
        if dropped is not None:  # `onDocument(name, fn) { ...; return () => off(...) }`, its remover dropped by a caller that repeats
            report = self._report(call, parts, receiver, runs if dropped in runs.calls else refine(ctx.run_context(dropped), ctx.model))
            report.message += f"; `{short_text(dropped.child_by_field_name('function'), 40)}()` hands back a remover, and this call drops it"
            if dropped not in runs.calls:  # another call of the helper than the chain that showed it repeats: the one that drops it
                report.node, report.code_flow = dropped, [(dropped, "the remover is dropped here"), (call, "the listener is added here")]
            return report
        left = _remover_left(call, removals, runs, ctx)
        if left is not None:  # ... or keeps it and calls it on one path only, or never
            report = self._report(call, parts, receiver, runs)
            site, missed = left
            helper = short_text(site.child_by_field_name("function"), 40)
            report.message = report.message.replace("never removed", f"`{helper}()` hands back a remover; "
                                                    + (remover_path_words(missed) if missed is not None else "the caller keeps it but never calls it"), 1)
            if missed is not None:
                report.related.append((missed.release, "the remover runs here, on that path only"))
            return report
        missed = _handed_back_past_failure(call, removals) or self._missed(call, parts, removals, ctx, repeats=bool(runs.calls))
        return self._missed_report(call, parts, receiver, runs, missed) if missed is not None else None

    def _instance_left_listening(self, call: Node, parts: Parts, receiver: Receiver, removals: list[Node], runs: RunContext,
                                 ctx: FileContext) -> Report | None:
        """`constructor() { process.on('exit', this.onExit) }` with `dispose()` taking it off
        again: each instance keeps its listener on the long-lived receiver until that method is
        called on it. Made per run (`new Workspace()` in a route, or through a static factory
        that returns it), an instance the run drops, never disposes, or disposes on one path
        only leaves one listener, and everything it closes over, per run."""
        constructor = enclosing_function(call)
        methods = instance_removers(constructor, removals) if is_constructor(constructor) and runs.calls else None
        site = constructed_for(runs.calls) if methods else None
        verdict = instance_release(site, methods, ctx) if site is not None else None
        if verdict is None:
            return None
        report = self._report(call, parts, receiver, runs)
        shown = "`, `".join(sorted(methods))
        if isinstance(verdict, Miss):
            report.message = report.message.replace("never removed", f"only `{shown}()` removes it, and this run calls it on the instance "
                                                    f"{verdict.release_path}, not on {verdict.path}", 1)
            report.related.append((verdict.release, "the instance is disposed here, on that path only"))
        else:
            done = "drops the instance it makes without calling it" if verdict == "dropped" else "never calls it on the instance it makes"
            report.message = report.message.replace("never removed", f"only `{shown}()` removes it, and this run {done}", 1)
        return report

    def _exit_hook_outlives_stop(self, call: Node, parts: Parts, runs: RunContext, ctx: FileContext) -> Report | None:
        """`process.once('SIGTERM', stop); return { stop }` in a function that starts something
        per call (a consumer per tenant, a worker per job): the caller may call `stop()` long
        before the process ends, and unless `stop` takes the hook off again, each start leaves
        one more hook on `process`, holding everything `stop` closes over."""
        fn = enclosing_function(call)
        handler = unwrap(parts.handler)
        binding = ctx.model.binding_of(handler) if fn is not None and handler is not None and handler.type == "identifier" else None
        stop = unwrap(binding.value) if binding is not None and binding.value is not None else \
            binding.declaration if binding is not None and binding.declaration.type == "function_declaration" else None
        if stop is None or stop.type not in FUNCTION_TYPES or enclosing_function(stop) != fn:
            return None
        body = stop.child_by_field_name("body")
        key = returned_disposer_key(body, fn) if body is not None and body.named_children else None
        if key is None:
            return None
        event = string_value(parts.event)
        if any(contains(stop, r.node) and text(r.target) == "process" and string_value(r.event) in (event, None) for r in self._removals(ctx)):
            return None
        name = text(handler)
        message = (f"'{event}' hook added to `process` with `{name}`, which `{function_name(fn) or 'this function'}()` also hands back "
                   f"to stop early, {runs.where}: a `{name}()` before the process ends leaves the hook, and all `{name}` closes over, "
                   f"on `process`; every start adds one more; take it off in `{name}()` (`process.off('{event}', {name})`)")
        return Report(call, message, severity=Severity.NOTE if runs.how is RunsHow.MAYBE else None,
                      related=[(stop, f"`{name}()` does not remove the hook")], acquisition=call)

    def _lender_summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that hand back what a pool lends (`checkout() { return
        pool.connect() }`): a caller that listens on it per use and gives it back leaves its
        listener for the next borrower (slot LENT). And those that lend it to a callback they
        are handed and take it back after (`withClient(work)`, slot LENT_TO)."""
        found = []
        for fn in top_level_functions(ctx.source.root):
            name = (function_name(fn) or "").rsplit(".", 1)[-1]
            borrow = lends_from_pool(fn)
            if borrow is not None:
                found += [(Summary(self.rule.id, chain, LENT, name, NOWHERE, f"`{name}()` hands back what the pool lends, here"), borrow)
                          for chain in function_exports(fn, ctx.model)]
                continue
            # (the borrow may be a wrapper of the file's own: `await checkout()`, the pool's method inside it)
            lent = callback_loan(fn) if b".release(" in ctx.source.data and b".release(" in (fn.text or b"") else None
            if lent is not None:
                found += [(Summary(self.rule.id, chain, LENT_TO, name, NOWHERE, f"`{name}()` lends what the pool lends here to the callback, "
                                   "and gives it back after", lent_to=lent[0]), lent[1]) for chain in function_exports(fn, ctx.model)]
        return found

    def _lent_to_callback(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`withClient(async (client) => { client.on('notice', f); ... })`, where `withClient`
        borrows from a pool, hands the connection to its callback and gives it back: the
        listener stays on a connection the pool lends to the next borrower. Decided here for a
        function of the file, by its summary (slot LENT_TO) for an imported one."""
        if not (b".release(" in ctx.source.data or ctx.relative_imports) or not _maybe_callback_parameter(parts.receiver):
            return None
        found = lent_to_callback(parts.receiver, ctx.model)
        if found is None:
            return None
        lender, lent_at = found
        name = callee_name(lender) or "the helper"
        entry = PoolLoan(name, "callback", described=f"a connection `{shown_callee(lender)}()` lends from a pool to this callback")
        imported = next((c for c in ctx.imported_calls if c.site == lender), None) if ctx.relative_imports else None
        if imported is not None:
            report = self._judge_handout(call, parts, entry, lender, ctx)
            if report is not None:
                report.needs = Requirement(self.rule.id, imported.specifier, imported.chain, LENT_TO, "", lent_to=lent_at)
            return report
        callee = unwrap(lender.child_by_field_name("function"))
        fn = ctx.model.function_named(callee) if callee is not None and callee.type == "identifier" else None
        lent = callback_loan(fn) if fn is not None else None
        if lent is None or lent[0] != lent_at:
            return None
        report = self._judge_handout(call, parts, entry, lender, ctx)
        if report is not None:
            report.code_flow = [(lent[1], "the pool lends the connection here"), (lender, "and this call hands it to the callback")]
        return report

    def _signal_left_out(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`onChannelDown(fn, signal?) { monitor.addEventListener('statechange', f, { signal }) }`
        called as `onChannelDown(fn)` from code that runs per request: the registration ends only
        with the signal its caller hands in, and this caller hands in none, so each call leaves
        one more listener on the long-lived target."""
        options = unwrap(parts.options)
        value = next((unwrap(p.child_by_field_name("value")) if p.type == "pair" else p for p in options.named_children
                      if (p.type == "shorthand_property_identifier" and text(p) == "signal")
                      or (p.type == "pair" and text(p.child_by_field_name("key")).strip("'\"") == "signal")), None)
        binding = ctx.model.binding_of(value) if value is not None and value.type in ("identifier", "shorthand_property_identifier") else None
        fn = binding.scope.node if binding is not None and binding.kind is BindingKind.PARAMETER else None
        index = parameter_index(fn, binding.identifier) if fn is not None else None
        if index is None or enclosing_function(call) != fn or b"once" in (options.text or b""):
            return None
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is None or receiver.is_self or receiver.fresh or receiver.lifetime not in (Lifetime.MODULE, Lifetime.GLOBAL):
            return None
        for site in call_sites(fn, ctx.model):
            args = call_arguments(site)
            given = unwrap(args[index]) if len(args) > index else None
            lasting = _module_signal(given, ctx) if given is not None else None
            if given is not None and text(given) != "undefined" and lasting is None:
                continue
            runs = refine(ctx.run_context(site), ctx.model)
            if runs.how is RunsHow.ONCE or guarded_once(site, ctx):
                continue
            helper = shown_callee(site)
            handed = f"hands it `{text(given)}`, {lasting}" if lasting is not None else "hands it none"
            message = (f"`{helper}()` adds a listener to {receiver.description} that only the `{{ signal }}` it is handed removes, and this "
                       f"call {runs.where} {handed}: the listener stays {'until that signal aborts' if lasting else 'for good'}, one more per "
                       "call, with what it closes over; "
                       "pass the signal of a controller the caller aborts when its work ends")
            report = repeating_report(site, message, runs, f"`{helper}()` is called without a signal")
            report.code_flow = [(site, f"`{helper}()` is called without a signal"), (call, "the listener is added here, ended only by that signal")]
            report.acquisition = call
            return report
        return None

    def _remover_dropped_at_start(self, call: Node, parts: Parts, receiver: Receiver, ctx: FileContext) -> Report | None:
        """`listen('scroll', fn)` in `onMounted()` or `connectedCallback()`, where `listen` adds a
        listener to a long-lived object and hands back its only remover: the start drops it, so
        every mount leaves one more listener (and the component it closes over)."""
        fn = enclosing_function(call)
        removals = self._removal_nodes(parts, receiver, ctx)
        if fn is None or not removals or not all(in_returned_disposer(r, fn) for r in removals):
            return None
        key = disposer_property(removals, fn)  # `stop` of `return { width, stop }`
        for site in call_sites(fn, ctx.model):
            holder = outermost(site).parent
            started = lifecycle_start(site)
            taken = destructured_keys(site) if key else None
            if started is None or holder is None or (holder.type != "expression_statement" and (taken is None or key in taken)):
                continue
            helper = shown_callee(site)
            dropped = f"takes only `{'`, `'.join(taken)}` from its result, without the remover `{key}`" if taken is not None \
                else f"drops the remover `{helper}()` hands back"
            message = (f"listener added to {receiver.description} through `{helper}()` in {started.start_name}, which {dropped}: "
                       f"{started.repeats} adds one more, and {started.end_name} cannot take it down")
            return Report(site, message, code_flow=[(site, f"`{helper}()` is called and its remover dropped"), (call, "the listener is added here")],
                          acquisition=call)
        return None

    def _missed(self, call: Node, parts: Parts, removals: list[Node], ctx: FileContext, repeats: bool = False) -> Miss | None:
        """The end of the operation a removal misses; none in a method that runs once in its
        owner's life (`close()`, `start()`): a leak there happens once, unless the file's own
        callers repeat it (`repeats`: `listen(channel, fn)` per connection)."""
        retried = retried_without_release(call, removals)
        if retried is not None:
            return retried  # the retry loop repeats it, whatever the method is named
        method = enclosing_function(call)
        while method is not None and method.type == "arrow_function":
            method = enclosing_function(method)
        if method is not None and LIFECYCLE_METHODS.match(_plain_method_name(method)) and not repeats:
            return None
        own = _local_function(parts.handler, ctx)
        start = enclosing_function(call)
        stores = _handler_stores(parts.handler, start, ctx) if start is not None and not any(contains(start, r) for r in removals) else []
        if stores:  # removed elsewhere through a table (`this.forwarders.get(id)`): kept for it here, on every path?
            kept = missed_path(call, stores, own=own)
            return Miss(kept.node, kept.path, kept.release, f"by another function once kept in a table, which happens {kept.release_path}") \
                if kept is not None else skipped_by_throw(removals, start)
        ending = _own_method_calls_of(removals, method, ctx) if method is not None and not any(contains(method, r) for r in removals) else []
        if ending:  # `start() { process.on(...); this.run().then(() => this.stop(), fail) }`: the method that removes it, on one path
            missed = missed_path(call, ending, own=own)
            return Miss(missed.node, missed.path, missed.release, f"by `{callee_name(ending[0])}()`, called {missed.release_path}") \
                if missed is not None else None
        return missed_path(call, removals, own=own) or skipped_by_throw(removals, start)

    def _judge_caller_emitter(self, call: Node, parts: Parts, receiver: Receiver, ctx: FileContext) -> Report | None:
        """`async function runJob(job, bus) { bus.on('shutdown', ...); await job.run() }`: an
        emitter the caller hands to an operation is usually shared by many operations (one bus,
        one server, one connection for all jobs). A listener the operation adds for that
        emitter's end, and never removes when the operation completes, keeps the operation
        alive until the emitter ends, which may be never."""
        event = string_value(parts.event)
        fn = enclosing_function(call)
        dom = callee_name(call) == "addEventListener"  # a caller's DOM node: any event it sends, it sends again
        if receiver.lifetime is not Lifetime.OUTER or receiver.injected or receiver.fresh or fn is None \
                or (event not in SHARED_END_EVENTS and not dom):
            return None
        root, steps = access_root(parts.receiver)
        binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
        if binding is None or binding.kind is not BindingKind.PARAMETER or binding.scope.node != fn or steps > 1:
            return None
        if _is_callback(fn) or (fn.type == "method_definition" and gateway_event(fn) is not None):
            return None  # a callback's parameters: the event's own objects (a gateway's hooks are handed the client's connection)
        if event != "cancel" and PER_OPERATION_NAMES.search(text(parts.receiver).rsplit(".", 1)[-1]):
            # A request, a socket, a stream: the operation's own objects, made for it. Node's own
            # never emit 'cancel': an object that does is a command its owner may run again.
            return None
        if _stream_consumed(binding, fn):
            return None  # `csv.pipe(parser)`, `for await (const row of csv)`: a stream is read once, by this operation
        name = _plain_method_name(fn)
        if not _is_operation(fn, binding.name) or any(p.match(name) for p in (OWNER_START_METHODS, WIRING_METHODS, TEARDOWN_METHODS)):
            return None
        handler = unwrap(parts.handler)
        handler_binding = ctx.model.binding_of(handler) if handler is not None and handler.type == "identifier" else None
        if handler_binding is not None and handler_binding.kind is BindingKind.PARAMETER:
            return None  # the caller's own handler: a helper that registers for it (judged through helpers)
        if removes_itself(parts.options) or handle_kept(call) or self._removal_nodes(parts, receiver, ctx) or guarded_once(call, ctx) \
                or _kept_and_cleared(binding, fn, ctx):
            return None
        name = _plain_method_name(fn) or "the operation"
        shown = short_text(parts.receiver, 40)
        if dom and event not in SHARED_END_EVENTS:
            message = (f"listener for '{event}' added to `{shown}`, which the caller hands to `{name}()`, on every call; never "
                       "removed when the operation completes: the node outlives each operation, and every one leaves its "
                       "listener (and what it closes over) on it; remove it when the operation settles")
        else:
            message = (f"listener for '{event}' added to `{shown}`, an emitter the caller hands to `{name}()`, on every call; never "
                       f"removed when the operation completes: one emitter usually serves many operations, and each leaves "
                       f"its listener (and what it closes over) on it until '{event}' comes, which may be never")
        return Report(call, message, severity=Severity.NOTE, acquisition=call)

    def _judge_missed_only(self, call: Node, parts: Parts, receiver: Receiver, ctx: FileContext) -> Report | None:
        """How often a method runs against its instance is often unknown; but a registration
        the code itself removes is meant to happen more than once, so when the removal misses
        one end of the operation (semantic.missed_paths) it is reported, as a note."""
        if receiver.lifetime not in (Lifetime.INSTANCE, Lifetime.MODULE, Lifetime.GLOBAL) or _in_constructor(call):
            return None
        removals = self._removal_nodes(parts, receiver, ctx)
        missed = self._missed(call, parts, removals, ctx) if removals else None
        runs = refine(ctx.run_context(call), ctx.model) if missed is not None else None
        if runs is None or runs.how is RunsHow.ONCE or guarded_once(call, ctx):
            return None
        report = self._missed_report(call, parts, receiver, runs, missed)
        report.severity = Severity.NOTE
        return report

    def _removal_nodes(self, parts: Parts, receiver: Receiver, ctx: FileContext) -> list[Node]:
        found = [r.node for r in matching_removals(parts.event, parts.handler, parts.receiver, receiver.key, self._removals(ctx),
                                                   self.params["remove_all_methods"], ctx.model)]
        if found or not receiver.injected:
            return found
        fields = {text(f.child_by_field_name("property")) for f in _fields_holding(parts.receiver)}
        if not fields:
            return []
        # `this.player = player` in the constructor: another method removes it through the field,
        # directly or through a local (`const { player } = this`, `const player = this.player`).
        event, handler_key = event_name(parts.event, ctx.model), key_of(parts.handler, ctx.model) if parts.handler is not None else None
        for removal in self._removals(ctx):
            if _this_field_named(removal.target, ctx.model) not in fields:
                continue
            other = event_name(removal.event, ctx.model)
            if event is not None and other is not None and other != event:
                continue
            if removal.value is None or same_handler(parts.handler, handler_key, removal.value, ctx.model):
                found.append(removal.node)
        return found

    def _relistened_on_prop_change(self, ctx: FileContext) -> Iterator[Report]:
        """`componentDidUpdate(prev) { if (prev.cookies !== this.props.cookies) this.listen() }`
        with `listen() { this.props.cookies.addChangeListener(this.onChange) }`: the new emitter
        gets the listener, and nothing takes it off the previous one, which keeps the component
        (the unmount removes it from the current emitter only)."""
        for hook in (n for n in walk(ctx.source.root) if n.type == "method_definition" and text(n.child_by_field_name("name")) == "componentDidUpdate"):
            cls = hook.parent.parent if hook.parent is not None else None
            methods = {name: m for name, m in (ctx.methods_of(cls) if cls is not None else {}).items() if m is not hook}
            steps = [n for n in walk(hook.child_by_field_name("body"), skip=FUNCTION_TYPES) if n.type == "call_expression"]

            def run_by(step: Node) -> list[Node]:
                """The calls a step makes: itself, or those of the class's method it calls (`this.listen()`)."""
                method = methods.get(callee_name(step) or "") if unwrap(callee_object(step)) is not None \
                    and unwrap(callee_object(step)).type == "this" else None
                body = method.child_by_field_name("body") if method is not None else None
                return [n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "call_expression"] if body is not None else [step]

            for index, step in enumerate(steps):
                for add in run_by(step):
                    verb, owner = callee_name(add) or "", callee_object(add)
                    if not PROP_LISTEN.match(verb) or owner is None or not text(owner).startswith(("this.props.", "props.")):
                        continue
                    undo = counterpart_names(verb)
                    if any(callee_name(n) in undo for earlier in steps[:index] for n in run_by(earlier)):
                        continue  # taken off the previous one first (`this.unlisten(prev.cookies)`)
                    if not any(n.type == "call_expression" and callee_name(n) in undo for n in walk(hook.parent)):
                        continue  # never removed anywhere: the component's other readings judge that
                    through = f" (through `{text(step.child_by_field_name('function'))}()`)" if add is not step else ""
                    yield Report(step, f"`componentDidUpdate()` adds the listener to `{short_text(owner, 40)}` again{through} when that prop "
                                       f"changes, and nothing takes it off the previous one (`{undo[0]}()` runs only on the current one, at "
                                       "unmount): each change leaves the component's handler on an emitter it no longer uses, keeping "
                                       "the component alive", related=[(add, "the listener is added here")], acquisition=add)

    def _kept_remover_missed(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`const removeListener = consumer.on(event, fn)` (an emitter whose registration hands
        back its remover, as kafkajs does) with `removeListener()` called after awaits that may
        throw, or on one branch only: the other end of the operation keeps the listener on a
        receiver that outlives it."""
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is None or receiver.fresh or guarded_once(call, ctx):
            return None
        if receiver.lifetime is Lifetime.INSTANCE and not receiver.is_self and _per_operation_method(call):
            pass  # `this.producer.on(...)` in `publish()`: the instance's client outlives each operation of it
        elif receiver.lifetime not in (Lifetime.MODULE, Lifetime.GLOBAL):
            return None
        runs = refine(ctx.run_context(call), ctx.model)
        missed = kept_remover_missed(call, ctx) if runs.how is not RunsHow.ONCE else None
        return self._missed_report(call, parts, receiver, runs, missed) if missed is not None else None

    def _missed_report(self, call: Node, parts: Parts, receiver: Receiver, runs: RunContext, missed: Miss) -> Report:
        """Removed on one path only (semantic.missed_paths): the other end of the operation
        leaves the listener, and what it holds, on the receiver."""
        report = self._report(call, parts, receiver, runs)
        report.message = report.message.replace(
            "; never removed", f"; removed {missed.release_path}, but not on {missed.path}, which ends the operation and leaves it behind")
        return with_both_paths(report, missed, "a removal", "removed")

    # -- on the instance itself: per call of a method of a long-lived class ---------------------

    def _judge_teardown_misses(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`window.addEventListener('scroll', this.reposition)` in the constructor of a class
        whose `destroy()` does not remove it: a teardown says instances come and go (a tooltip
        per hover, a widget per page), and each one torn down stays reachable from the
        long-lived receiver through its listener, with whatever that closes over."""
        method = enclosing_function(call)
        if method is None or method.type != "method_definition" or not (is_constructor(method) or OWNER_START_METHODS.match(_plain_method_name(method))):
            return None
        body = method.parent
        cls = body.parent if body is not None and body.type == "class_body" else None
        teardown = next((m for m in body.named_children if m.type == "method_definition" and m != method
                         and TEARDOWN_METHODS.match(_plain_method_name(m)) and ends_the_instance(m)), None) if cls is not None else None
        if teardown is None or not _new_per_instance(parts.handler, callee_name(call), cls):
            return None
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is None or receiver.lifetime not in (Lifetime.MODULE, Lifetime.GLOBAL) or receiver.fresh or receiver.is_self:
            return None
        if self._removal_nodes(parts, receiver, ctx) or guarded_once(call, ctx) or made_once_here(cls, ctx.model) \
                or _made_just_before(parts.receiver, call, method):
            return None
        event = string_value(parts.event)
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        where = "the constructor" if is_constructor(method) else f"`{_plain_method_name(method)}()`"
        name, end = text(cls.child_by_field_name("name")) or "the class", _plain_method_name(teardown)
        message = (f"listener for {shown} added to {receiver.description} in {where} of `{name}`, and its teardown `{end}()` never removes "
                   f"it: every instance torn down stays reachable from `{short_text(parts.receiver, 30)}` through its listener, with what "
                   f"that closes over; remove it in `{end}()`")
        # `process.once('SIGTERM', () => this.shutdown())`: an exit hook that runs the teardown itself; it keeps
        # an instance torn down earlier only until exit, which matters only when instances are many
        hook = event in SHUTDOWN_EVENTS and text(parts.receiver) == "process" and f"this.{end}(" in text(parts.handler)
        return Report(call, message, related=[(teardown, "the teardown, which does not remove it")], acquisition=call,
                      severity=Severity.NOTE if hook else None)

    def _judge_view_update(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`update(view) { view.dom.addEventListener('mouseleave', ...) }` in a plugin view, a
        class with a teardown whose `update()` the editor or framework runs on every change: the
        DOM node (or emitter) it is handed outlives every update, and gains a listener each time."""
        method = enclosing_function(call)
        if method is None or method.type != "method_definition" or not VIEW_UPDATE_METHODS.match(_plain_method_name(method)):
            return None
        root, _ = access_root(parts.receiver)
        binding = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
        if binding is None or binding.kind is not BindingKind.PARAMETER or binding.scope.node != method:
            return None
        body = method.parent
        teardown = next((m for m in (body.named_children if body is not None else ()) if m.type == "method_definition"
                         and TEARDOWN_METHODS.match(_plain_method_name(m))), None)
        if teardown is None or handle_kept(call) or guarded_once(call, ctx):
            return None
        if callee_name(call) == "addEventListener" and _stable_handler(parts.handler, call, ctx):
            return None
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is not None and self._removal_nodes(parts, receiver, ctx):
            return None
        if matching_removal(parts.event, parts.handler, parts.receiver, None, self._removals(ctx), self.params["remove_all_methods"], ctx.model):
            return None
        event = string_value(parts.event)
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        name = _plain_method_name(method)
        message = (f"listener for {shown} added to `{short_text(parts.receiver, 40)}`, which the caller hands to `{name}()`, on every "
                   f"call; never removed: `{name}()` runs on every change of a view that lives until `{_plain_method_name(teardown)}()`, "
                   "and the object it is handed outlives each update, so every update leaves one more listener; add it once "
                   f"(in the constructor) and remove it in `{_plain_method_name(teardown)}()`")
        return Report(call, message, related=[(teardown, "the teardown, which does not remove it")], acquisition=call)

    def _judge_directive_update(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`updated(el, binding) { el._onClick = make(binding); document.addEventListener('click',
        el._onClick) }` in a Vue directive: the hook runs on every update of the host component,
        and each run stores a new handler over the one it registered last time without removing
        that one first; the directive's `unmounted()` can then take down only the last."""
        hook = directive_update_hook(call)
        if hook is None or handle_kept(call) or guarded_once(call, ctx):
            return None
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is None or receiver.lifetime not in (Lifetime.MODULE, Lifetime.GLOBAL):
            return None
        if callee_name(call) == "addEventListener" and _stable_handler(parts.handler, call, ctx):
            return None
        earlier = [r for r in self._removals(ctx) if contains(hook, r.node) and r.node.start_byte < call.start_byte]
        if matching_removal(parts.event, parts.handler, parts.receiver, receiver.key, earlier, self.params["remove_all_methods"], ctx.model) is not None:
            return None  # the previous handler is taken down first
        event = string_value(parts.event)
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        name = _plain_method_name(hook)
        message = (f"listener for {shown} added to {receiver.description} in the directive's `{name}()` hook, which Vue runs on every "
                   f"update of the component that uses it, and the handler registered by the run before is not removed first: every update "
                   f"leaves one more listener, with the element it closes over; remove the previous handler before adding the new one")
        return Report(call, message, related=[(hook, f"`{name}()` runs on every update")], acquisition=call)

    def _judge_self(self, call: Node, parts: Parts, ctx: FileContext, alias: Receiver | None = None) -> Report | None:
        """`this.once('error', reject)` in `acquire()`: a long-lived instance (semantic.owners)
        that registers on itself in a method gains a listener per call; in the constructor,
        once per life, it is fine. A `once` listener stays until its event comes, which for
        'close' or 'error' may be never. `alias` is the receiver when it is a name for `this`
        (`var self = this`), whose owner is the method that wrote the alias."""
        if removes_itself(parts.options) or handle_kept(call):
            return None
        owner = this_owner(call) if alias is None else alias.owner
        lived = next((o for o in ctx.long_lived_classes if o.node == owner), None) if owner is not None else None
        method = owner_method(call, owner, through_callbacks=alias is not None) if lived is not None else None
        if method is None or method == owner:
            return None
        itself = Receiver(Lifetime.INSTANCE, "", owner=lived.node, key=alias.key if alias is not None and alias.key is not None else this_key(call))
        if is_constructor(method):
            # Once per instance, unless a handler the constructor registers adds it per event.
            runs = run_context(call, owner=method)
            if runs.how is not RunsHow.REPEATED or runs.registration is None:
                return None
            return self._self_report(call, parts, lived, itself, runs, f"every run of {runs.where.removeprefix('inside ')}", ctx)
        retried = self._retried(call, parts, itself, ctx)
        if retried is not None:
            return self._retry_report(call, parts, f"the `{lived.name}` instance itself", retried)
        name = _plain_method_name(method)
        registers = name in self.params["add_methods"] or name in SELF_ONCE_METHODS  # an override of `on` itself
        lifecycle = LIFECYCLE_METHODS.match(name) and ctx.run_context(call).how is not RunsHow.REPEATED \
            and not _called_per_operation(name, owner, ctx)  # `init(req, res)` serves requests; `await this.ready()` in every `find()` too
        if not name or registers or lifecycle or any(c.type in ("get", "set") for c in method.children):
            return None  # connect(), close(), onMessage(fn), `set onopen(fn)`: once per life, or the caller's to undo
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE or (runs.how is RunsHow.MAYBE and called_only_while_constructing(method, owner, ctx.model)):
            return None  # set-up code the constructor runs once per instance (`this.initialise()`)
        if guarded_once(call, ctx):
            return None  # `if (!this._ready) this._ready = new Promise(...)`: once per instance
        return self._self_report(call, parts, lived, itself, runs, f"every call of `{name}()` ({runs.where})", ctx)

    def _forgotten_by_counterpart(self, call: Node, ctx: FileContext) -> Report | None:
        """`SSUBSCRIBE(client, channel, handler)` adds a listener for each channel to the client
        it is handed, and `SUNSUBSCRIBE(client, channel)`, the function its callers run to undo
        it (semantic.counterparts), never removes it: every subscribe/unsubscribe cycle leaves
        one more listener, with its closure, on the long-lived client. The same for a method
        and its counterpart on a field of `this`, or on a module-level emitter."""
        parts = registration_parts(call)
        if parts is None or callee_name(call) not in self.params["add_methods"] or removes_itself(parts.options) or handle_kept(call):
            return None
        handler = unwrap(parts.handler)
        if handler is None or (handler.type not in FUNCTION_TYPES and not _bound_call(handler)):
            return None  # a closure made per call; a named function may be the same object each time
        fn = enclosing_function(call)
        while fn is not None and fn.type == "arrow_function" and _is_callback(fn):
            fn = enclosing_function(fn)
        undo = counterpart(fn, ctx.source.root, ctx.source.data)
        if undo is None:
            return None
        name = spelled_name(fn)
        root, _ = access_root(parts.receiver)
        if root is None or (root.type != "this" and not reachable_from_both(root, fn, undo, ctx.model)):
            return None
        if _undone_when_it_ends(fn, undo, root) or once_per_fresh_instance(fn, ctx) or _websocket_parameter(root, ctx):
            return None  # `ws.on('close', () => this.detach(ws))`: the object ends, its listeners with it; one cycle per instance
            # (a WebSocket is never opened again once closed: a start/stop pair on one runs once per socket)
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is None or receiver.fresh or guarded_once(call, ctx):
            return None
        shown_receiver = short_text(parts.receiver, 40)
        if _assigned_in(parts.receiver, fn):
            return None  # `this.client = await connect(); this.client.on(...)`: a new object per call
        names = {last_name(parts.receiver), *names_in_counterpart(undo, root, fn)}
        removals = [c for c in walk(undo) if c.type == "call_expression" and callee_object(c) is not None
                    and (callee_name(c) in self.params["remove_methods"] or callee_name(c) in self.params["remove_all_methods"]
                         or callee_name(c) in FINAL_ENDS)
                    and (last_name(callee_object(c)) in names or text(access_root(callee_object(c))[0]) in names)]
        callers = [c for c in removals if _removes_callers_function(c, undo)]
        if len(callers) < len(removals):
            return None  # the counterpart removes something from the same object, or ends it for good: trust it
        if self._removal_nodes(parts, receiver, ctx) or removal_by_names(parts.event, parts.handler, parts.receiver, self._removals(ctx), ctx.model):
            return None
        event = string_value(parts.event)
        spelled = normalised(parts.receiver)
        if any(normalised(callee_object(c)) == spelled and (not call_arguments(c) or string_value(call_arguments(c)[0]) == event)
               for c in ctx.calls_named(tuple(self.params["remove_all_methods"])) if callee_object(c) is not None):
            return None  # `client.ref.removeAllListeners('message')` on another way out of the class: the same object, another name
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        made, undone = function_name(fn) or name, function_name(undo) or "its counterpart"
        if callers:  # `off(event, fn) { emitter.off(event, fn) }` after `on()` added a wrapper around `fn`
            given = text(call_arguments(callers[0])[1])
            message = (f"listener for {shown} added to `{shown_receiver}` on every call of `{made}()` is a function made there, and "
                       f"`{undone}()`, which undoes it, removes `{given}`, the function its caller hands it, which was never added: "
                       f"every {name}/{spelled_name(undo)} cycle leaves one more listener, with its closure, on `{shown_receiver}`; "
                       f"keep the function `{made}()` adds (in a map keyed by the caller's) and remove that one")
            return Report(call, message, related=[(callers[0], "removes the caller's function, not the one added")], acquisition=call)
        message = (f"listener for {shown} added to `{shown_receiver}` on every call of `{made}()`, and `{undone}()`, which undoes "
                   f"it, never removes it: every {name}/{spelled_name(undo)} cycle leaves one more listener, with its closure, on "
                   f"`{shown_receiver}`; keep the handler and remove it in `{undone}()`, or add one listener once")
        return Report(call, message, related=[(undo, "the counterpart, which does not remove it")], acquisition=call)

    def _retried(self, call: Node, parts: Parts, receiver: Receiver, ctx: FileContext) -> Miss | None:
        """A removal on one branch while the other branch runs the registering function again
        (semantic.missed_paths.retried_without_release): the retry loop itself repeats it."""
        if removes_itself(parts.options) or handle_kept(call):
            return None
        removals = self._removal_nodes(parts, receiver, ctx)
        return retried_without_release(call, removals) if removals else None

    def _retry_report(self, call: Node, parts: Parts, shown_receiver: str, missed: Miss) -> Report:
        event = string_value(parts.event)
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        message = (f"listener for {shown} added to {shown_receiver} on every run of `{function_name(enclosing_function(call)) or 'this function'}()`; "
                   f"removed {missed.release_path}, but not on {missed.path}: each retry leaves one more listener, and "
                   "what it closes over, behind; remove it before retrying (or on every end)")
        return Report(call, message, related=[(missed.node, "this path registers again without a removal"),
                                              (missed.release, "removed here only")], acquisition=call)

    def _self_report(self, call: Node, parts: Parts, lived, itself: Receiver, runs: RunContext, every: str, ctx: FileContext) -> Report | None:
        """The instance registers on itself on `every` run: unless a `once` is consumed by a
        recurring event, or the listener is released, one more stays per run."""
        event = string_value(parts.event)
        if callee_name(call) in SELF_ONCE_METHODS and event not in TERMINAL_EVENTS:
            return None  # a recurring event consumes its `once` listeners
        removal = self._release_call(parts, itself, ctx)
        teardown = _teardown_removing_all(removal, self.params["remove_all_methods"])
        if teardown is not None and any(
                unwrap(callee_object(c)) is not None and unwrap(callee_object(c)).type == "this" and call_arguments(c)
                and string_value(call_arguments(c)[0]) == event and not contains(enclosing_function(removal), c)
                for c in ctx.calls_named(tuple(self.params["remove_methods"]))):
            return None  # `this.off('error', next.reject)` when a waiter is served: removed while it serves too
        if (removal is not None and teardown is None) or guarded_once(call, ctx):
            return None
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        verb = callee_name(call)
        waits = f"; a `{verb}` listener stays until {shown} is emitted, which may be never" if "nce" in (verb or "") else ""
        removed = (f"removed only by `{teardown}()`, with every other listener, when the instance ends: while it serves, each call "
                   "adds one more") if teardown else "never removed"
        message = f"listener for {shown} added to the `{lived.name}` instance itself on {every}; {removed}{waits}; `{lived.name}` is {lived.why}"
        report = repeating_report(call, message, runs, "the listener is added here")
        if removal is not None:
            report.related.append((removal, f"removed here only, in `{teardown}()`"))
        return report

    # -- in a component's start: its end must remove it (semantic.frameworks lifecycles) ------

    def _abort_missed(self, call: Node, parts: Parts, started: Started) -> Report | None:
        """`addEventListener('pointermove', f, { signal: ac.signal })` in an effect whose cleanup
        `ac.abort()` is returned past an early `return`: the signal is the removal, and the runs
        that end there abort nothing."""
        aborts = aborts_of_own_signal(parts.options, call)
        missed = lifecycle_miss(call, aborts) if aborts else None
        if missed is None:
            return None
        event = string_value(parts.event)
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        message = (f"listener for {shown} added to `{short_text(parts.receiver, 40)}` in {started.start_name} with the `{{ signal }}` of "
                   f"its own controller, aborted {missed.release_path}, not on {missed.path}: {started.repeats} that ends there adds "
                   f"one more, which keeps the {started.owner} alive after it is gone")
        return Report(call, message, related=[(missed.release, "aborted here only"), (missed.node, "this path aborts nothing")], acquisition=call)

    def _judge_lifecycle(self, call: Node, parts: Parts, started: Started, ctx: FileContext) -> Report | None:
        """`window.addEventListener('error', this.onError)` in `componentDidMount()`, or in a
        `useEffect` callback: a component starts many times (every mount, every change of an
        effect's dependencies), and only its end (`componentWillUnmount()`, the effect's
        returned cleanup) can take the listener down again."""
        if removes_itself(parts.options) or (handle_kept(call) and not _concise_body(started, call)) or made_in(parts.receiver, started.start, ctx):
            return None
        if _own_subtree(parts.receiver, ctx) or _bound_element(parts.receiver, started, ctx):
            return None  # `this.shadowRoot.querySelector('button')`, a directive's `el`: part of the element, gone with it
        hook = outermost(started.start).parent.parent if outermost(started.start).parent is not None else None
        root = parts_receiver_root(call)
        if hook is not None and hook.type == "call_expression" and _effect_keyed_on(hook, root) and len(call_arguments(hook)) > 1 \
                and unwrap(call_arguments(hook)[1]).named_children:
            return None  # the effect runs again only when the receiver itself is replaced
        method = same_file_callee(started.via, ctx) if started.via is not None else None
        if method is not None and contains(method, call):
            # `componentDidMount() { this.stop = this.startTracking() }`, whose method hands back the removal
            handed = [r for r in self._removals(ctx) if in_returned_disposer(r.node, method)]
            if handed and next(matching_removals(parts.event, parts.handler, parts.receiver, key_of(parts.receiver, ctx.model), handed,
                                                 self.params["remove_all_methods"], ctx.model), None) is not None:
                if called_at_end(started):
                    return None
                via = short_text(started.via.child_by_field_name("function"), 40)
                event = string_value(parts.event)
                shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
                message = (f"listener for {shown} added to `{short_text(parts.receiver, 40)}` by `{via}()`, called in "
                           f"{started.start_name}, and the remover it hands back is never called by {started.end_name}: "
                           f"{started.repeats} adds one more, which keeps the {started.owner} alive after it is gone")
                return Report(started.via, message, code_flow=[(started.via, f"`{via}()` is called here and its remover dropped"),
                                                               (call, "the listener is added here")], acquisition=call)
        removals = [r for r in self._removals(ctx) if any(contains(end, r.node) for end in started.ends)]
        every_match = list(matching_removals(parts.event, parts.handler, parts.receiver, key_of(parts.receiver, ctx.model), removals,
                                             self.params["remove_all_methods"], ctx.model))
        matched = every_match[0] if every_match else None
        event = string_value(parts.event)
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        if matched is not None and (missed := lifecycle_miss(call, [m.node for m in every_match])) is not None:
            message = (f"listener for {shown} added to `{short_text(parts.receiver, 40)}` in {started.start_name}, and removed {missed.release_path}, "
                       f"not on {missed.path}: {started.repeats} that ends there adds one more, which keeps the {started.owner} alive after it is gone")
            return Report(call, message, related=[(missed.release, "removed here only"), (missed.node, "this path removes nothing")], acquisition=call)
        if matched is not None or removal_by_names(parts.event, parts.handler, parts.receiver, removals, ctx.model):
            return None
        if any(torn_down_in(end, parts.receiver, key_of(parts.receiver, ctx.model), self._teardowns(ctx), ctx.model) for end in started.ends):
            return None
        end = f"{started.end_name} does not remove it" if started.ends else f"nothing removes it ({started.end_name} is missing)"
        if any(c.type == "async" for c in started.start.children) and any(n.type == "return_statement" for n in walk(started.start)):
            end = "the cleanup it returns never runs (an `async` callback hands back a promise, not the cleanup)"
        message = (f"listener for {shown} added to `{short_text(parts.receiver, 40)}` in {started.start_name}, and {end}: "
                   f"{started.repeats} adds one more, which keeps the {started.owner} alive after it is gone")
        related = [(end_node, f"{started.end_name} runs here without removing it") for end_node in started.ends[:1]]
        if method is not None and contains(method, call):  # through a method the start calls: the report stands at that call
            via = short_text(started.via.child_by_field_name("function"), 40)
            return Report(started.via, message, related=related, acquisition=call,
                          code_flow=[(started.via, f"`{via}()` is called here"), (call, "the listener is added here")])
        return Report(call, message, related=related, acquisition=call)

    # -- in a method installed by wrapping (shimmer.wrap(Proto.prototype, 'exec', ...)) --------

    def _judge_wrapped(self, call: Node, parts: Parts, wrapped: tuple[Node, str], ctx: FileContext) -> Report | None:
        """`wrap(WorkerHandler.prototype, 'exec', exec => function () { this.worker.on(...) })`:
        the replacement runs on every call of the method, and `this.worker` is a field of the
        instance, which outlives each call; without a removal one listener is added per call."""
        site, method = wrapped
        if LIFECYCLE_METHODS.match(method) or removes_itself(parts.options) or handle_kept(call) or guarded_once(call, ctx):
            return None
        if removal_by_names(parts.event, parts.handler, parts.receiver, self._removals(ctx), ctx.model) or \
                matching_removal(parts.event, parts.handler, parts.receiver, key_of(parts.receiver, ctx.model),
                                 self._removals(ctx), self.params["remove_all_methods"], ctx.model) is not None:
            return None
        event = string_value(parts.event)
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        message = (f"listener for {shown} added to `{text(parts.receiver)}`, a field of the instance, on every call of the "
                   f"wrapped `{method}()`; never removed, so each call leaves one more on an object that outlives the call")
        return Report(call, message, severity=Severity.NOTE, related=[(site, f"`{method}()` is replaced here")], acquisition=call)

    # -- a per-operation object waiting on the resource it runs on -------------------------------

    def _judge_operation_once(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`connection.once('error', ...)` in a method of a Query, a Cursor, a Command: the
        connection it is handed serves many operations, and a `once` waits for its event. An
        'error' or 'close' that never comes, or one of two alternative outcomes ('noData' or
        'rowDescription') when the other comes, leaves the listener, and the operation it
        closes over, on the connection."""
        receiver = unwrap(parts.receiver)
        operation = per_operation_class(call) if receiver is not None and receiver.type == "identifier" else None
        method = owner_method(call, this_owner(call)) if operation is not None else None
        if method is None or method == this_owner(call) or is_constructor(method) or not _handed_in(receiver, method, ctx):
            return None
        event = string_value(parts.event)
        other = next((o for o in _other_onces(call, receiver, method) if string_value(o.event) not in (None, event)), None)
        if event is None or (event not in TERMINAL_EVENTS and other is None):
            return None
        if removes_itself(parts.options) or handle_kept(call) or guarded_once(call, ctx):
            return None
        removals = list(removals_by_names(parts.event, parts.handler, None, self._removals(ctx), ctx.model))
        if any(removal.path.normal or removal.path is Path.CONDITION for removal in removals):
            return None  # removed when the operation ends (or may be): only an error-path removal misses
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        why = (f"when '{string_value(other.event)}' comes instead, nothing removes it" if other is not None
               else f"'{event}' may never come")
        if removals:
            why += f" (it is removed only {removals[0].path.value}, at line {removals[0].node.start_point[0] + 1})"
        name = (function_name(method) or "").rsplit(".", 1)[-1] or _plain_method_name(method)
        message = (f"`once` listener for '{event}' added to `{text(receiver)}`, which a `{operation}` is handed and which "
                   f"outlives it, on every `{name}()`; {why}, so the listener and the `{operation}` it holds stay on "
                   f"`{text(receiver)}`; remove it when the operation ends")
        report = repeating_report(call, message, runs, "the listener is added here")
        if other is not None:
            report.related.append((other.call, f"the alternative outcome '{string_value(other.event)}'"))
        return report

    def _judge_alternative_onces(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`queue.once(`done:${id}`, ok)` and `queue.once(`failed:${id}`, fail)` per request on a
        long-lived emitter: the outcomes exclude each other, so whichever comes, the other's
        listener stays, with the request it closes over, unless the function takes it off (each
        handler removing the other). Reported once, at the first of the group."""
        receiver_node = unwrap(parts.receiver)
        fn = enclosing_function(call)
        if receiver_node is None or fn is None or parts.event is None or handle_kept(call):
            return None
        spelled = text(receiver_node)
        others = [o for o in _other_onces(call, receiver_node, fn)
                  if o.event is not None and text(o.event) != text(parts.event) and enclosing_function(o.call) == fn]
        if not others or any(o.call.start_byte < call.start_byte for o in others) \
                or any(o.call.parent is not None and o.call.parent.type != "expression_statement" for o in others):
            return None
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is None or receiver.is_self or receiver.fresh or receiver.lifetime < Lifetime.MODULE:
            return None
        removers = (*self.params["remove_methods"], *self.params["remove_all_methods"])
        if any(n.type == "call_expression" and callee_name(n) in removers and text(unwrap(callee_object(n))) == spelled for n in walk(fn)):
            return None  # the handlers take each other off (or the function clears the emitter's listeners)
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is not RunsHow.REPEATED or guarded_along(call, runs.calls, ctx):
            return None
        shown = [text(parts.event), *(text(o.event) for o in others)]
        message = (f"`once` listeners for {' and '.join(shown)} added to {receiver.description} {runs.where}: these outcomes "
                   f"exclude each other, so whichever comes, the other's listener is never removed and stays, with what it closes "
                   f"over; take the other off when one comes")
        report = repeating_report(call, message, runs, "the listeners are added here")
        report.related += [(o.call, "the alternative outcome's listener") for o in others]
        return report

    def _waits_for_reached_state(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`whenReady() { return new Promise((resolve) => this.once('ready', resolve)) }` of a
        class that emits 'ready' when it gets ready: a call made while it already is waits for
        the next time (a reconnect, maybe never), with nothing checking the state first. Every
        such call leaves its listener, and the promise with what awaits it, on the object."""
        event = string_value(parts.event)
        executor = _promise_executor(call)
        outer = enclosing_function(executor) if executor is not None else None
        receiver = unwrap(parts.receiver)
        if event not in STATE_EVENTS or outer is None or is_constructor(outer) or receiver is None \
                or not (receiver.type == "this" or _module_level_receiver(parts.receiver, ctx)):
            return None
        if LIFECYCLE_METHODS.match(_plain_method_name(outer)) or f"emit('{event}'".encode() not in ctx.source.data \
                and f'emit("{event}"'.encode() not in ctx.source.data:
            return None  # (a `connect()` that waits for its own connection; an event the file never sends itself)
        if any(n.type in ("if_statement", "ternary_expression") or n.type == "binary_expression" and text(n.child_by_field_name("operator")) in ("&&", "||", "??")
               for n in walk(outer.child_by_field_name("body") or outer, skip=FUNCTION_TYPES) if n.start_byte < executor.start_byte):
            return None  # `if (this.channel) return Promise.resolve(this.channel)`: it asks first
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE or guarded_once(call, ctx):
            return None
        name, state = _plain_method_name(outer), STATE_EVENTS[event]
        message = (f"`once` listener for '{event}' added to {'this instance' if receiver.type == 'this' else f'`{text(receiver)}`'} by "
                   f"`{name}()` {runs.where}, which waits for the next '{event}' without asking whether it is {state} already: a call made "
                   f"once it is waits until it gets {state} again (a reconnect, maybe never), and leaves its listener and the promise, "
                   f"with what awaits it, behind; return at once when it is {state}")
        report = repeating_report(call, message, runs, "the listener is added here")
        if runs.how is RunsHow.MAYBE:
            report.severity = Severity.NOTE
        return report

    def _judge_waiting(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`new Promise((resolve, reject) => { this.session.once('error', reject); ... })` in a
        method or exported function: each operation waits on a long-lived object (a field of
        the instance, a module-level client) for a failure or an end that usually never comes,
        while the operation itself settles another way. Each call leaves its `once` listener,
        and the promise functions it holds, behind; an `on` listener (`this.bus.on('reply',
        ...)` per request) stays whatever comes."""
        event = string_value(parts.event)
        executor = _promise_executor(call)
        once = callee_name(call) in SELF_ONCE_METHODS
        if (once and event not in TERMINAL_EVENTS) or removes_itself(parts.options) or handle_kept(call):
            return None
        if executor is None:
            # Outside a promise: a `once` for a failure that may never come, on a module-level
            # object that serves every call (a prepared statement, a shared session).
            fn = enclosing_function(call)
            # per event, on every event: one under a condition (`case 10:`) may come once
            handler = fn is not None and _is_callback(fn) and ctx.run_context(call).registration is not None and path_of(call) is Path.ALWAYS
            if not once or event not in FAILURE_EVENTS or fn is None or (_is_callback(fn) and not handler) \
                    or not (_module_level_receiver(parts.receiver, ctx) or _aliases_module_object(parts.receiver, ctx)):
                return None
            executor = call
        outer = enclosing_function(executor)
        while outer is not None and outer.type == "arrow_function" and ctx.run_context(executor).registration is None \
                and not (outer.parent is not None and outer.parent.type == "variable_declarator"):  # `const onEnd = (fn) => ...`: a helper
            outer = enclosing_function(outer)
        helper_repeats = outer is not None and outer.type != "method_definition" and refine(ctx.run_context(call), ctx.model).how is RunsHow.REPEATED
        if outer is None or (LIFECYCLE_METHODS.match(_plain_method_name(outer)) and not helper_repeats) or is_constructor(outer):
            return None  # connect(), start(), close(): once in the owner's life (a helper `onEnd(fn)` the file calls per request is not)
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is None or receiver.is_self or receiver.fresh or receiver.lifetime not in (Lifetime.MODULE, Lifetime.GLOBAL, Lifetime.INSTANCE):
            return None
        if receiver.lifetime is Lifetime.GLOBAL and text(parts.receiver) not in GLOBAL_OBJECTS:
            return None
        if guarded_once(call, ctx):
            return None
        removals = self._removal_nodes(parts, receiver, ctx)
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        if removals:  # removed somewhere: only a removal on a failure's path alone leaves the normal end with it
            if not all(path_of(r) is Path.ERROR for r in removals):  # or one in a stream's 'end' that its handled failure skips
                missed = failure_skips_release(call, removals, _local_function(parts.handler, ctx))
                return self._missed_report(call, parts, receiver, runs, missed) if missed is not None else None
            missed = self._missed(call, parts, removals, ctx, repeats=runs.how is RunsHow.REPEATED)
            return self._missed_report(call, parts, receiver, runs, missed) if missed is not None else None
        if receiver.lifetime is Lifetime.INSTANCE and runs.calls and first_on_fresh_instance(runs.calls[-1], ctx):
            return None  # `const job = new Job(); return job.wait()`: one wait per instance, which goes with its operation
        name = _plain_method_name(outer) if not _is_callback(outer) else ""
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        why = (f"an operation that settles another way leaves it behind, since {shown} may never come" if once
               else "nothing removes it when the operation settles, so every operation's listener stays and runs on")
        every = f"on every `{name}()` that waits for it ({runs.where})" if name else runs.where
        message = (f"{'`once` ' if once else ''}listener for {shown} added to {receiver.description}, which outlives each "
                   f"operation, {every}; {why}; remove it when the operation settles")
        report = repeating_report(call, message, runs, "the listener is added here")
        if runs.how is RunsHow.MAYBE:
            report.severity = Severity.NOTE
        return report

    # -- on what the platform hands out for one operation but keeps (semantic.platform) -------

    def _judge_handout(self, call: Node, parts: Parts, entry, registration: Node, ctx: FileContext) -> Report | None:
        """`req.on('socket', (socket) => socket.on('close', f))`: the socket goes back to the
        Agent's pool and serves the next request, so each request adds one more listener unless
        it is removed when the request ends; a removal only on abort or error leaves the
        normal path leaking, and a `once` waits for an event a reused socket sends no more."""
        if guarded_once(call, ctx):
            return None
        if callee_name(call) in SELF_ONCE_METHODS and string_value(parts.event) in entry.recurring:
            return None  # `socket.once('free', ...)`: the object emits it again on every use, which consumes it
        if entry in HANDOUTS and entry.event == "socket" and fresh_connections(callee_object(registration), ctx.model):
            return None  # `agent: false`, or an Agent without keep-alive: the socket closes with the request
        emitter = normalised(callee_object(registration)) if callee_object(registration) is not None else ""
        aliases = frozenset(f"{emitter}.{prop}" for prop in entry.properties) if emitter else frozenset()
        aliases |= _stored_under(parts.receiver, ctx)  # `socketRef = socket`, then `socketRef.removeListener(...)` on 'close'
        removal = matching_removal(parts.event, parts.handler, parts.receiver, key_of(parts.receiver, ctx.model),
                                   self._removals(ctx), self.params["remove_all_methods"], ctx.model, aliases)
        event = string_value(parts.event)
        if removal is None and isinstance(entry, PoolLoan) and entry.pool_field and _removed_on_give_back(call, event, entry.pool_field, self._removals(ctx)):
            return None
        shown = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        own = _local_function(parts.handler, ctx)
        by_itself = removal is not None and own is not None and contains(own, removal.node) and string_value(parts.event) not in entry.recurring \
            and not _handler_used_elsewhere(parts.handler, call, ctx)  # (`req.on('close', callback)` too: it runs at the end anyway)
        if by_itself:
            removal = None  # the handler takes itself off when its event comes: a `once`, for an event a reused socket may never send
        skipped = _early_exit_before(removal.node, call) if removal is not None and removal.path.normal else None
        # `client.off('error', onError)` at the end of the `try` only: a failed transaction gives the connection back with it
        missed = missed_path(call, [removal.node], own=own) if removal is not None and removal.path.normal and skipped is None else None
        if missed is not None and missed.node.type not in ("catch_clause", "await_expression", "throw_statement", "return_statement") \
                and not missed.settles:
            missed = None  # only a failure the code itself takes: a response that never finishes died with its socket
        handed = _handed_back_unused(call, removal.node, ctx) if removal is not None and removal.path.normal and skipped is None and missed is None else None
        if handed is None and removal is not None and b"export" in ctx.source.data and in_returned_disposer(removal.node, enclosing_function(call)):
            # `export function watchClient(req, ...) { req.socket.on(...); return () => ... }`: its callers must keep and call the remover
            keep_own_summaries(ctx, self.rule.id, enclosing_function(call), f"the listener is added here to {entry.described}", call,
                               event=string_value(parts.event), disposer=True)
        if removal is not None and removal.path.normal and skipped is None and missed is None and handed is None:
            return None
        partial = f"; {handed[1]}" if handed is not None else \
            f"; it is removed only {removal.path.value}, not when the {entry.per} ends normally" if removal is not None else \
            f"; it takes itself off only when {shown} comes, which a {entry.per} that ends normally never sends" if by_itself else "; never removed"
        if skipped is not None:
            partial = f"; it is removed only past the early `{skipped.type.split('_')[0]}` at line {skipped.start_point[0] + 1}, which the other outcome takes"
        elif missed is not None:
            partial = f"; it is removed {missed.release_path}, not on {missed.path}"
        message = (f"listener for {shown} added to `{text(parts.receiver)}`, {entry.described}, once per {entry.per}{partial}: "
                   f"{entry.reason}")
        related = [(registration, entry.shown_at)]
        if handed is not None:
            related.append((removal.node, "the remover handed back removes it here"))
            return Report(handed[0], message, related=related, code_flow=[(handed[0], "the helper is called here"), (call, "the listener is added here")],
                          acquisition=call)
        if removal is not None:
            related.append((removal.node, "removed here, on that path only" if skipped is not None or missed is not None
                            else f"removed here only {removal.path.value}"))
        return Report(call, message, related=related, acquisition=call)

    def _judge_signal(self, call: Node, parts: Parts, ctx: FileContext) -> Report | None:
        """`options.signal.addEventListener('abort', onAbort)` per operation: the caller's signal
        often outlives the operation (one signal for a whole batch, a page, a process), and the
        listener, even with `{ once: true }`, stays until the signal aborts, which may be never.
        Only a removal when the operation ends releases it."""
        aborts = aborts_of_own_signal(parts.options, call)  # `{ signal: settled.signal }`, `settled.abort()` on some path
        if handle_kept(call) or (has_signal_option(parts.options) and not aborts) or made_here(parts.receiver, ctx.model) \
                or _signal_made_by_every_caller(parts.receiver, ctx) or _handled_request_signal(parts.receiver, ctx):
            return None
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE or guarded_once(call, ctx):
            return None
        matched = [m.node for m in matching_removals(parts.event, parts.handler, parts.receiver, key_of(parts.receiver, ctx.model),
                                                     self._removals(ctx), self.params["remove_all_methods"], ctx.model)]
        if matched or aborts:  # every removal counts: one in the 'error' listener and one in the 'close' listener cover both ends
            missed = missed_path(call, [*matched, *aborts], own=_local_function(parts.handler, ctx))
            if missed is None:
                return None
            signal = short_text(parts.receiver, 40)
            message = (f"'abort' listener added to `{signal}`, {_signal_owner(parts.receiver, ctx)} that may outlive the operation, "
                       f"{runs.where}; removed {missed.release_path}, but not on {missed.path}, which ends the operation and "
                       "leaves it (with its closure) on the signal until it aborts, which may be never; remove it in a finally")
            return with_both_paths(repeating_report(call, message, runs, "the listener is added here"), missed, "a removal", "removed")
        if removal_by_names(parts.event, parts.handler, parts.receiver, self._removals(ctx), ctx.model):
            return None
        signal = short_text(parts.receiver, 40)
        message = (f"'abort' listener added to `{signal}`, {_signal_owner(parts.receiver, ctx)} that may outlive the operation, "
                   f"{runs.where}; never removed when the operation ends, so it stays (with its closure) until the "
                   "signal aborts, which may be never; remove it in a finally, or pass `{ signal }` of an operation-scoped controller")
        return repeating_report(call, message, runs, "the listener is added here")

    # -- through helpers: a registration on a parameter or `this`, judged where it is called -

    def _helper_registration(self, call: Node, ctx: FileContext, consumed_once: bool = True, injected: bool = False) \
            -> tuple[Parts, Slot, bool, tuple[tuple[str, ...], ...], str, Miss | None] | None:
        """A registration on a helper's parameter (or `this`, or a field of `this` that the
        instance makes; with `injected`, or one its constructor was handed: injected.py) that
        the helper does not release itself: what it names, the slot,
        whether the helper returns a disposer for it, the exported functions or methods,
        uncalled here, whose calls by importers would release it, the property of the
        helper's returned object that holds the disposer ("" if none or the whole value), and
        the end of the operation its own removal misses, when it removes on one path only."""
        parts = registration_parts(call)
        if parts is None or guarded_once(call, ctx):
            return None
        if removes_itself(parts.options) and not (string_value(parts.event) == "abort" and not has_signal_option(parts.options)):
            return None  # `{ once: true }` for 'abort' waits for the abort: on a signal that lives long, that is never
        if consumed_once and self._consumed_by_next(call, parts):
            return None  # `this.once('stats', fn)`: consumed by the next 'stats', as in _own_object_summaries
        slot = slot_of(parts.receiver, ctx.model) or _instance_field_slot(parts.receiver, ctx) \
            or (_injected_field_slot(parts.receiver, ctx) if injected else None)
        receiver = receiver_of(parts.receiver, ctx.model) if slot is not None else None
        if slot is None or receiver is None or self._torn_down_nearby(call, parts, receiver, ctx):
            return None  # `stream.on('error', noop); stream.destroy()`: the helper ends the receiver
        # `return emitter.on(...)`, `(e, fn) => e.on('x', fn)`: whatever the registration returns
        # (a disposer, or the emitter itself) goes to the caller, who decides as with a disposer.
        handed_back = returned_by(call) == slot.function
        if handle_kept(call) and not handed_back:
            return None
        removal = self._release_call(parts, receiver, ctx)
        disposer = handed_back or (removal is not None and in_returned_disposer(removal, slot.function))
        key = disposer_property([removal], slot.function) if removal is not None and disposer and not handed_back else ""
        unless: tuple[tuple[str, ...], ...] = ()
        missed = None
        if removal is not None and not disposer:
            removals = [r for r in self._removal_nodes(parts, receiver, ctx)
                        if (fn := enclosing_function(r)) is None or fn == slot.function or not never_called(fn, ctx.model)]
            if not removals:
                removal = None  # only in methods nothing can call (`offStats()` of a module that exports nothing)
            unless = _removed_by_importers_only(removals, slot.function, ctx) if removals else ()
            if unless:
                removal = None  # `offSample(cb)` of an exported instance, uncalled here: importers that call it release
            elif removals:
                missed = self._missed(call, parts, removals, ctx)
                if missed is None:
                    return None  # the helper removes what it adds (on every end of its operation: a timeout that rejects without it leaves it)
        return parts, slot, disposer, unless, key, missed

    def _consumed_by_next(self, call: Node, parts: Parts) -> bool:
        """A `once` for an event its receiver sends again (not its end): the next one consumes it."""
        return callee_name(call) in SELF_ONCE_METHODS and callee_name(call) not in self.params["add_methods"] \
            and string_value(parts.event) is not None and string_value(parts.event) not in SHARED_END_EVENTS

    def _through_helpers(self, call: Node, ctx: FileContext) -> Iterator[Report]:
        found = self._helper_registration(call, ctx, consumed_once=False)
        if found is None:
            return
        parts, slot, disposer, _, _, _ = found
        # `socket.once('connect', fn)`: consumed by the receiver's next 'connect', unless the
        # platform hands the helper a reused object (a pooled socket) that never sends it again
        handouts_only = self._consumed_by_next(call, parts)
        if handouts_only and any(string_value(parts.event) in entry.recurring for entry in HANDOUTS):
            return
        passed_options = slot_of(parts.options, ctx.model) if parts.options is not None else None
        for current, chain in helper_chains(slot, ctx.model):
            for hop in hops(current, ctx.model):
                # (the innermost caller is the one the helper hands its disposer to: `const { stop } = watch(ch)`
                # in a function that its own callers call with their channel)
                kept, missed = kept_remover_on_one_path((chain[0] if chain else hop).call, ctx) if disposer else (False, None)
                if kept and missed is None:
                    continue  # the caller keeps the disposer the helper returns, and calls it on every path
                if not chain and _passes_removing_options(hop.call, passed_options, current):
                    continue  # `listen(bus, 'x', fn, { signal })`: the helper hands the caller's options on
                if _handler_not_passed(parts.handler, [*chain, hop], ctx):
                    continue  # `statsEmitter._request(req, res)`: no listener given, none added
                if handouts_only and self._handed_out_argument(hop.argument, ctx) is None:
                    continue
                # `linkSignal(options.signal, ctrl)` per attempt: the signal this code was given, which may outlive it
                given_signal = string_value(parts.event) == "abort" and shared_signal(hop.argument) and not made_here(hop.argument, ctx.model)
                outer = slot_of(hop.argument, ctx.model)
                if outer is not None and outer.function != current.function:
                    if given_signal and next(hops(outer, ctx.model), None) is None:
                        report = self._signal_hop(call, parts, [*chain, hop], ctx)  # no call here hands it one: its callers are elsewhere
                        if report is not None:
                            yield report
                    if _own_lender_call(hop.argument, ctx) is None and self._handed_out_argument(hop.argument, ctx) is None:
                        continue  # a parameter of the caller too: judged one hop further out (unless the platform hands it in)
                report = self._judge_hop(call, parts, [*chain, hop], ctx)
                if report is None and given_signal:
                    report = self._signal_hop(call, parts, [*chain, hop], ctx)
                if report is not None and missed is not None:  # `const stop = capture(client); ...; stop()` at the end of a `try` only
                    report.message = report.message.replace("never removed", remover_path_words(missed), 1)
                    report.related.append((missed.release, "the remover runs here, on that path only"))
                if report is not None:
                    yield report

    # -- across files: calls of imported helpers, and this file's exported helpers -----------

    def _imported_helper_calls(self, ctx: FileContext) -> Iterator[Report]:
        """Calls of functions imported from relative modules that pass a long-lived object:
        findings only if the helper's file summarises that parameter as a registration."""
        if not ctx.relative_imports or not ctx.imported_calls:
            return
        module_names = top_level_objects(ctx.source.root)  # imported names count too (_pending_reports)
        for call in ctx.imported_calls:
            if INSTANCE_STEP in call.chain and released_instance(call.site, ctx):
                continue  # `watcher.watch(feed, fn)`, and `watcher.unwatchAll()` at the end: the instance takes it back
            made = made_by_new(call.site, ctx.model) if call.chain[-2:-1] == (INSTANCE_STEP,) and call.chain[-1] != "constructor" else None
            yield from self._pending_reports(call.site, call.specifier, call.chain, ctx, call.callee, module_names, made)

    def _pending_reports(self, site: Node, specifier: str, chain: tuple[str, ...], ctx: FileContext,
                         callee: Node, module_names: set[str], made: Node | None = None) -> Iterator[Report]:
        """`made`: the `new` that made the instance whose method `site` calls; what it is handed
        may be kept in a field the method acts on (slots injected_slot(i))."""
        args = call_arguments(site)
        # what the instance was handed (`new Watcher({ bus: feed })`: each option under its step in the chain)
        given = handed_to_new(made, chain, ctx.model)
        # Only module-level objects (declared here, or imported from a project module: another
        # module's singleton) and globals are followed into other files: a name that the module
        # does not declare or import is a local, decided before any function is read.
        candidates = [
            (index, argument, chain_of) for index, argument, chain_of in [*((i, a, chain) for i, a in enumerate(args)), *given]
            if (root := access_root(argument)[0]) is not None and (
            (root.type == "this" and (_own_long_lived_field(argument, site, ctx) or bool(_shared_instance_chains(argument, site, ctx))
                                      or _injected_into_method(argument, site, ctx)))
            or root.type == "identifier" and (text(root) in module_names or text(root) in GLOBAL_OBJECTS or text(root) in ctx.relative_imports
                 or _request_socket_access(argument) or server_behind(argument) is not None  # `ctx.app`, `req.socket.server`
                 or _outer_local(unwrap(argument), site, ctx)  # `channel` of `start()`, handed on in its consumer's callback
                 or _lent_by_pool(argument, ctx)  # `const client = await pool.connect()`
                 or _handout_parameter(argument, ctx)  # `req.on('socket', (socket) => record(socket))`
                 or _maybe_callback_parameter(argument)))  # `withConnection(async (conn) => runQuery(conn, sql))`
        ]
        if not candidates or ctx.run_context(site).how is RunsHow.ONCE:
            return
        imported = ctx.model.binding_of(callee)
        if imported is None or not imported.is_module_level or imported.source_module != specifier:
            return  # a local of the same name
        literals = tuple(string_value(a) for a in args)
        for index, argument, chain in candidates:
            handout = self._handed_out_argument(argument, ctx) \
                if _request_socket_access(argument) or _lent_by_pool(argument, ctx) or _handout_parameter(argument, ctx) else None
            loan = _loan_to_callback(argument, ctx) if handout is None and _maybe_callback_parameter(argument) else None
            if loan is not None:  # `withConnection(async (conn) => runQuery(conn, sql))`: lent to the callback, by a pool
                lender, lent_at, lender_import = loan
                handout = (PoolLoan(callee_name(lender) or "callback", "callback",
                                    described=f"a connection `{shown_callee(lender)}()` lends from a pool to this callback"), lender)
            if handout is not None:  # `watchSocket(req.socket, onClose)`, `captureNotices(client, sink)` from another module
                entry, registration = handout
                if guarded_once(site, ctx) or while_connecting(site):
                    continue
                helper = shown_callee(site)
                kept, missed = kept_remover_on_one_path(site, ctx)
                never = "never removed" if missed is None else remover_path_words(missed)
                related = [(registration, entry.shown_at)] + ([(missed.release, "the remover runs here, on that path only")] if missed else [])
                yield Report(
                    site,
                    f"listener added through `{helper}()` to `{text(argument)}`, {entry.described}, once per {entry.per}; "
                    f"{never}: {entry.reason}",
                    related=related,
                    needs=Requirement(self.rule.id, specifier, chain, index, short_text(argument, 40), kept and missed is None, literals,
                                      lent_to=loan[1] if loan is not None else (-1, -1),
                                      lender=(loan[2].specifier, loan[2].chain) if loan is not None and loan[2] is not None else None,
                                      reused=True),
                )
                continue
            receiver = receiver_of(argument, ctx.model)
            owned = receiver is not None and receiver.lifetime is Lifetime.INSTANCE and (
                _own_long_lived_field(argument, site, ctx) or _injected_into_method(argument, site, ctx))
            shared = () if receiver is None or receiver.lifetime is not Lifetime.INSTANCE else _shared_instance_chains(argument, site, ctx)
            if receiver is None or (receiver.lifetime not in (Lifetime.MODULE, Lifetime.GLOBAL, Lifetime.OUTER) and not owned and not shared) \
                    or receiver.fresh:
                continue
            runs = self._frequency(site, receiver, ctx) if not (owned or shared) else refine(ctx.run_context(site), ctx.model)
            if receiver.lifetime is Lifetime.OUTER and (runs is None or runs.how is not RunsHow.REPEATED):
                continue  # an object of the function around: only code that repeats within its life leaks onto it
            if runs is None or runs.how is RunsHow.ONCE:
                continue
            if self._any_removal_on(argument, receiver, ctx) or guarded_once(site, ctx):
                continue
            helper = shown_callee(site)
            related = [(receiver.declaration, "the receiver is declared here")] if receiver.declaration is not None else []
            if index < 0 and made is not None:
                related.append((made, f"the instance is handed `{short_text(argument, 40)}` here, and keeps it"))
            if runs.registration is not None:
                related.append((runs.registration, "this registration makes the code run repeatedly"))
            outer = enclosing_function(site) if runs.how is RunsHow.MAYBE and receiver.lifetime is Lifetime.MODULE else None
            relay = tuple(sorted(function_exports(outer, ctx.model))) if outer is not None else shared if runs.how is RunsHow.MAYBE else ()
            captured = captured_request(args, ctx)
            kept = f"; the closure it hands over captures `{captured[0]}`, so each one keeps a whole request alive" if captured else ""
            holds = handle_kept(site) and not stored_over_previous(site, ctx)
            missed = kept_remover_missed(site, ctx) if holds else None
            if missed is not None:  # `const unlink = linkSignal(shared, c); await query(); unlink()`: kept, called on one path only
                holds = False
                related.append((missed.release, "the remover runs here, on that path only"))
            yield Report(
                site,
                f"listener added to {receiver.description} through `{helper}()` {runs.where}; "
                f"{remover_path_words(missed) if missed is not None else 'never removed'}{kept}",
                severity=Severity.NOTE if runs.how is RunsHow.MAYBE else None,
                code_flow=captured[1] if captured else [],
                related=related,
                needs=Requirement(self.rule.id, specifier, chain, index, short_text(argument, 40), holds, literals,
                                  relay=relay, self_ending=tuple(i for i, a in enumerate(args) if removes_itself(a)), mismatched=mismatched_undo(site, ctx),
                                  partial_path=f"{missed.release_path}, not on {missed.path}" if missed is not None and shared else ""),
            )

    def _any_removal_on(self, argument: Node, receiver: Receiver, ctx: FileContext) -> bool:
        shown = normalised(argument)
        return any(
            removal.is_method and same_object(removal.target, receiver.key, shown, ctx.model)
            for removal in self._removals(ctx)
        )

    def _removals(self, ctx: FileContext) -> list[Effect]:
        return ctx.effects.of(Kind.RELEASE, [*self.params["remove_methods"], *self.params["remove_all_methods"]])

    def _teardowns(self, ctx: FileContext) -> list[Effect]:
        return [e for e in ctx.effects.of(Kind.RELEASE, self._teardown) if e.is_method]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of({Kind.LISTEN: [*self.params["add_methods"], *SELF_ONCE_METHODS],
                              Kind.RELEASE: [*self.params["remove_methods"], *self.params["remove_all_methods"], *self._teardown]},
                             {Kind.LISTEN: list(GLOBAL_FUNCTIONS), Kind.RELEASE: list(GLOBAL_FUNCTIONS.values())})

    def summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that register a listener on one of their parameters, directly
        or through helpers of their own file, and do not remove it."""
        data = ctx.source.data
        lenders = self._lender_summaries(ctx) if b"export" in data and data.has_any(POOL_LOAN_METHODS) else []
        lenders += base_end_summaries(ctx, self.rule.id, self._base_removal) if data.has_any(self.spelled("remove_methods")) else []
        if b"export" not in data or not data.has_any(self.spelled("add_methods")):
            return own_summaries(ctx, self.rule.id) + lenders
        found = own_summaries(ctx, self.rule.id) + lenders  # found while checking (event iterators)
        for effect in ctx.effects.of(Kind.LISTEN, [*self.params["add_methods"], *SELF_ONCE_METHODS]):
            call = effect.node
            parts = registration_parts(call) if effect.is_method else None
            receiver = unwrap(parts.receiver) if parts is not None else None
            fn = _registering_function(call, receiver, ctx)
            own = fn is not None and receiver is not None and ((receiver.type == "identifier" and text(receiver) not in parameter_names(fn))
                                                               or media_query_list(receiver) or page_object(receiver) is not None)
            reused_only = False  # a `once` on a parameter counts only for an object the platform reuses (a pooled socket)
            if effect.verb not in self.params["add_methods"] and not (parts is not None and _waits_for_end(parts, call)):
                if own or parts is None or string_value(parts.event) is None or any(string_value(parts.event) in e.recurring for e in HANDOUTS):
                    continue  # a `once` counts only for the end of what it is on (the caller's object, or the module's: _own_object_summaries)
                reused_only = True
            if own:
                found += self._own_object_summaries(call, parts, fn, ctx)
                continue
            if receiver is not None and (receiver.type == "this" or _instance_field_slot(receiver, ctx) is not None) and fn is not None \
                    and (fn.type == "method_definition" or prototype_constructor(fn) is not None or field_arrow(fn) is not None):
                if not reused_only:
                    found += self._exported_instance_summaries(call, fn, ctx)
                continue
            if receiver is not None and fn is not None and is_constructor(fn) and effect.verb in self.params["add_methods"]:
                found += self._constructor_summaries(call, parts, fn, ctx)
                continue
            if receiver is not None and receiver.type == "member_expression" and not reused_only \
                    and kept_from_constructor(receiver, ctx.model) is not None:
                found += self._injected_summaries(call, ctx)
                continue
            if receiver is None or receiver.type != "identifier" or fn is None or text(receiver) not in parameter_names(fn):
                continue  # only a parameter of the registering function can be summarised
            registration = self._helper_registration(call, ctx, consumed_once=not reused_only)
            if registration is None or reused_only and while_connecting(call):
                continue
            parts, slot, disposer, unless, key, missed = registration
            removed_only = f"{missed.release_path}, not on {missed.path}" if missed is not None else ""
            for current, path in helper_chains(slot, ctx.model):
                if disposer and path and not all(result_dropped(hop.call) for hop in path):
                    continue  # a helper between keeps the remover (and calls it) or hands it on: its callers are not told to
                if not disposer:
                    found += self._own_object_hop_summaries(current, parts, path, ctx)
                event = substitute_through(parts.event, path, ctx.model)
                event_slot = slot_of(event, ctx.model)
                options = slot_of(substitute_through(parts.options, path, ctx.model), ctx.model) if parts.options is not None else None
                undoing = unless + tuple(sorted({c for fn, _ in parameter_removers(self._removals(ctx), ctx) if fn != current.function
                                                 for c in function_exports(fn, ctx.model)}))
                for chain in function_exports(current.function, ctx.model):
                    summary = Summary(self.rule.id, chain, current.index, current.helper, NOWHERE, "the listener is added here",
                                      string_value(event),
                                      event_slot.index if event_slot is not None and event_slot.function == current.function else -1,
                                      disposer and not path,
                                      unless_used=undoing, disposer_key=key if not path else "",
                                      options_slot=options.index if options is not None and options.function == current.function else -1,
                                      removed_only=removed_only, reused_only=reused_only)
                    found.append((summary, call))
        return found

    def _injected_summaries(self, call: Node, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`watch(fn) { this.feed.on('tick', fn) }` in an exported class whose constructor keeps
        what it is handed in `this.feed`: each call adds a listener to that object, which the
        code that made the instance chose (slot injected_slot(i); project.join decides)."""
        registration = self._helper_registration(call, ctx, injected=True)
        if registration is None or injected_index(registration[1].index) < 0:
            return []
        parts, slot, disposer, unless, key, missed = registration
        method = slot.function
        if enclosing_function(call) != method:
            return []  # in a callback the method registers (a 'connection' handler): how often that runs is judged here, not per call
        event_slot, options = slot_of(parts.event, ctx.model), slot_of(parts.options, ctx.model) if parts.options is not None else None
        removed_only = f"{missed.release_path}, not on {missed.path}" if missed is not None else ""
        name = (function_name(method) or "").rsplit(".", 1)[-1]
        suffix = kept_from_constructor(parts.receiver, ctx.model)[2]  # `this.bus = options.bus`: under the option's name
        return [(Summary(self.rule.id, (*chain, *suffix), slot.index, name, NOWHERE, "the listener is added here", string_value(parts.event),
                         event_slot.index if event_slot is not None and event_slot.function == method else -1, disposer,
                         unless_used=unless, disposer_key=key, removed_only=removed_only,
                         options_slot=options.index if options is not None and options.function == method else -1), call)
                for chain in function_exports(method, ctx.model) if chain[-2:-1] == (INSTANCE_STEP,)]

    def _own_object_summaries(self, call: Node, parts: Parts, fn: Node, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`function onUserCreated(fn) { bus.on('user', fn) }` exported, with `bus` the module's
        own emitter (or `process`): every call adds a listener that this file never removes, so
        callers in code that repeats leak one per run (slot OWN; project.join decides)."""
        receiver = receiver_of(parts.receiver, ctx.model)
        if receiver is None or receiver.lifetime not in (Lifetime.MODULE, Lifetime.GLOBAL) or receiver.fresh:
            return []
        if receiver.lifetime is Lifetime.GLOBAL and text(parts.receiver) not in GLOBAL_OBJECTS and not media_query_list(parts.receiver) \
                and page_object(parts.receiver, ctx.model) is None and not reaches_server(parts.receiver, ctx.model):
            return []
        once = callee_name(call) in SELF_ONCE_METHODS or removes_itself(parts.options)
        if (once and not _waits_for_end(parts, call)) or handle_kept(call) or guarded_once(call, ctx):
            return []  # a `once` for the module object's end ('shutdown', 'close') waits until the module's end
        removals = self._removal_nodes(parts, receiver, ctx)
        if not removals and _named_handler(parts.handler):  # `document.removeEventListener('x', entry.listener)`: the handler kept in a table travels
            removals = [r.node for r in removals_by_names(parts.event, parts.handler, parts.receiver, self._removals(ctx), ctx.model)
                        if enclosing_function(r.node) != fn and exported_only(r.node, ctx.model)]
        if is_constructor(fn):
            return self._constructor_own_summaries(call, parts, fn, removals, ctx)
        # `export function offReload(fn) { reloads.off(...) }`, uncalled here: it removes only
        # for importers that call it (the summary's unless_used; project.join decides).
        undoing = {id(r): exported_only(r, ctx.model) for r in removals if enclosing_function(r) != fn}
        unless = tuple(sorted(chain for chains in undoing.values() for chain in chains))
        removals = [r for r in removals if not undoing.get(id(r))]
        disposer = bool(removals) and all(in_returned_disposer(r, fn) for r in removals)  # the caller must keep and call it
        # Removed on one path only: in a failure's path (`catch (e) { bus.off(...); throw e }`), or
        # by a method of the instance called on one outcome (`this.run().then(() => this.stop(), fail)`).
        missed = self._missed(call, parts, removals, ctx, repeats=True) if removals and not disposer else None
        if (removals and not disposer and missed is None) or _is_callback(fn):
            return []  # (removed on one path only: `catch (e) { bus.off(...); throw e }`, the summary says which)
        key = disposer_property(removals, fn) if disposer else ""
        helper = function_name(fn) or ""
        event_slot = slot_of(parts.event, ctx.model)  # `listenWindow(name, fn)`: the caller names the event
        event_slot = event_slot.index if event_slot is not None and event_slot.function == fn else -1
        removed_only = f"{missed.release_path}, not on {missed.path}" if missed is not None else ""
        return [(Summary(self.rule.id, chain, OWN, helper.rsplit(".", 1)[-1], NOWHERE, "the listener is added here",
                         string_value(parts.event), event_slot, disposer, unless_used=unless, disposer_key=key, removed_only=removed_only), call)
                for chain in summary_chains(fn, ctx.model)]

    def _constructor_own_summaries(self, call: Node, parts: Parts, constructor: Node, removals: list[Node],
                                   ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`constructor() { process.on('exit', this.onExit) }` in an exported class: every `new`
        adds one listener to an object that outlives the instance, which only the class's
        methods that remove it (`dispose()`, the summary's removers) take off. A caller that
        makes instances in code that repeats and does not call one of them on each, on every
        path, leaks one per run (project.join)."""
        methods = instance_removers(constructor, removals) if removals else set()
        cls = constructor.parent.parent if constructor.parent is not None else None
        if methods is None or cls is None or cls.type not in CLASS_TYPES:
            return []  # removed by the instance itself, on its own end, or by code that is not the instance's
        name = text(cls.child_by_field_name("name")) or "constructor"
        removers = tuple((INSTANCE_STEP, m) for m in sorted(methods))  # (project.join reads the methods' names)
        found = [(Summary(self.rule.id, (*chain, INSTANCE_STEP, "constructor"), OWN, name, NOWHERE, "the listener is added here",
                          string_value(parts.event), removers=removers), call)
                 for chain in class_exports(cls, ctx.model)]
        for factory in factories_of(cls, ctx):  # `static async create() { return new Workspace(dir) }`: hands out one such instance per call
            helper = (function_name(factory) or name).rsplit(".", 1)[-1]
            found += [(Summary(self.rule.id, chain, OWN, helper, NOWHERE, "the listener is added here", string_value(parts.event),
                               removers=removers), call) for chain in summary_chains(factory, ctx.model)]
        return found

    def _own_object_hop_summaries(self, slot: Slot, parts: Parts, path: list[Hop], ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`query(sql) { attachLogger(pool, sql); ... }` exported, with `attachLogger(p)` adding a
        listener to `p`: the exported function hands the module's own object to a helper of its
        file that registers on it, as if it registered itself (slot OWN; project.join decides)."""
        found = []
        for hop in hops(slot, ctx.model):
            argument = unwrap(hop.argument)
            if argument is None or argument.type != "identifier" or slot_of(argument, ctx.model) is not None:
                continue  # a parameter passed on: helper_chains follows it
            outer = [*path, hop]
            event = substitute_through(parts.event, outer, ctx.model)
            handler = substitute_through(parts.handler, outer, ctx.model)
            options = substitute_through(parts.options, outer, ctx.model) if parts.options is not None else None
            fn = enclosing_function(hop.call)
            if fn is not None and event is not None:
                found += self._own_object_summaries(hop.call, Parts(argument, event, handler, options), fn, ctx)
        return found

    def _constructor_summaries(self, call: Node, parts: Parts, constructor: Node, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`constructor(bus, socket) { this.bus = bus; bus.on('message', this.onMessage) }` in an
        exported class: every `new Session(bus, ...)` adds a listener to what its caller hands
        in (slot: the parameter's place, under the class's chains and `constructor`). A caller
        that makes instances in code that repeats, with a long-lived object there, leaks one per
        run (project.join), unless it calls a method of the class that removes the listener
        (`dispose()`): those methods' chains are the summary's `unless_used`."""
        cls = constructor.parent.parent if constructor.parent is not None else None
        index = _constructor_parameter(parts.receiver, constructor)
        if cls is None or cls.type not in CLASS_TYPES or index is None or guarded_once(call, ctx) or handle_kept(call):
            return []
        if removes_itself(parts.options) or has_signal_option(parts.options):
            return []
        undoing = _removing_methods(cls, constructor, parts, self.params["remove_methods"])
        if undoing is None:
            return []  # removed in the constructor itself (on the instance's own end): the instance manages it
        chains = class_exports(cls, ctx.model)
        name = text(cls.child_by_field_name("name")) or "constructor"
        return [(Summary(self.rule.id, (*chain, INSTANCE_STEP, "constructor"), index, name, NOWHERE, "the listener is added here",
                         string_value(parts.event), unless_used=tuple((*chain, INSTANCE_STEP, m) for m in undoing)), call)
                for chain in chains]

    def _exported_instance_summaries(self, call: Node, method: Node, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`onSample(fn) { this.on('sample', fn) }` in a class whose module-level instance is
        exported (`module.exports = new Monitor()`): a caller of `monitor.onSample()` in code
        that repeats adds one listener per run to an object that lives as long as the module
        (slot OWN, under the instance's chains plus the method's name)."""
        registration = self._helper_registration(call, ctx)
        if method.type == "method_definition":  # a class's method; else `Stats.prototype.onStats = function (fn) {...}`
            cls = method.parent.parent if method.parent is not None else None
            name = text(method.child_by_field_name("name"))
        elif field_arrow(method) is not None:  # `onTick = (fn) => this.emitter.on('tick', fn)`
            cls, name = field_arrow(method)
        else:
            cls, name = prototype_constructor(method), prototype_name(method)
        if registration is None or cls is None or (method.type == "method_definition" and cls.type not in CLASS_TYPES) or not name:
            return []
        parts, slot, disposer, unless, key, _ = registration
        if slot.function != method or slot.index != THIS:
            return []
        return [(Summary(self.rule.id, (*chain, name), OWN, name, NOWHERE, "the listener is added here",
                         string_value(parts.event), disposer=disposer, unless_used=unless, disposer_key=key), call)
                for chain in instance_exports(cls, ctx.model)]

    def _signal_hop(self, call: Node, parts: Parts, path: list[Hop], ctx: FileContext) -> Report | None:
        """A helper that adds an 'abort' listener to the signal it is handed, called with the
        signal this code was given (`linkSignal(options.signal, controller)` per attempt): as
        with the listener added here (_judge_signal), the caller's signal may outlive every
        operation, and the helper's listener stays on it until it aborts."""
        site, argument = path[-1].call, path[-1].argument
        runs = refine(ctx.run_context(site), ctx.model)
        if runs.how is RunsHow.ONCE or guarded_once(site, ctx) or handle_kept(site) or _signal_made_by_every_caller(argument, ctx):
            return None
        outer = Parts(argument, substitute_through(parts.event, path, ctx.model), substitute_through(parts.handler, path, ctx.model), None)
        receiver = receiver_of(argument, ctx.model)
        if receiver is not None and (self._released(outer, receiver, ctx) or removed_through_helper(argument, self._removals(ctx), ctx)):
            return None
        steps = [(hop.call, f"`{hop.slot.helper}()` gets `{short_text(hop.argument, 40)}` as `{hop.slot.name}`") for hop in reversed(path)]
        steps.append((call, f"`{path[0].slot.helper}()` adds the listener to `{path[0].slot.name}` here"))
        signal = short_text(argument, 40)
        message = (f"'abort' listener added through `{path[-1].slot.helper}()` to `{signal}`, {_signal_owner(argument, ctx)} that may "
                   f"outlive the operation, {runs.where}; never removed when the operation ends, so it stays (with its closure) until "
                   "the signal aborts, which may be never; have the helper hand back a remover and call it in a finally")
        report = repeating_report(site, message, runs, "the listener is added here")
        if report is not None:
            report.code_flow = steps
        return report

    def _judge_hop(self, call: Node, parts: Parts, path: list[Hop], ctx: FileContext) -> Report | None:
        site, argument = path[-1].call, path[-1].argument
        steps = [(hop.call, f"`{hop.slot.helper}()` gets `{short_text(hop.argument, 40)}` as `{hop.slot.name}`") for hop in reversed(path)]
        steps.append((call, f"`{path[0].slot.helper}()` adds the listener to `{path[0].slot.name}` here"))
        handout = self._handed_out_argument(argument, ctx)
        if handout is not None and (while_connecting(call) or any(while_connecting(hop.call) for hop in path)):
            return None  # `if (!socket.connecting) return;` in the helper, or around its call: a fresh socket
        if handout is not None:  # `watchSocket(req.socket, onClose)`: the platform's reused object, through a helper
            outer = Parts(argument, substitute_through(parts.event, path, ctx.model), substitute_through(parts.handler, path, ctx.model), None)
            report = self._judge_handout(site, outer, *handout, ctx)
            if report is not None:
                report.message = report.message.replace(" added to ", f" added through `{path[-1].slot.helper}()` to ", 1)
                report.code_flow = steps
            return report
        receiver = receiver_of(argument, ctx.model)
        if receiver is None or receiver.is_self or receiver.fresh or receiver.injected or guarded_once(site, ctx):
            return None
        runs = self._frequency(site, receiver, ctx)
        if runs is None or runs.how is RunsHow.ONCE:
            return None
        outer = Parts(argument, substitute_through(parts.event, path, ctx.model),
                      substitute_through(parts.handler, path, ctx.model), None)
        if self._released(outer, receiver, ctx) or self._torn_down_nearby(site, outer, receiver, ctx) \
                or removed_through_helper(argument, self._removals(ctx), ctx) or self._returned_handler_removed(call, parts, path, outer, receiver, ctx):
            return None
        report = self._report(site, outer, receiver, runs, through=(f"`{path[-1].slot.helper}()`", steps))
        captured = captured_request(call_arguments(site), ctx) if report is not None else None
        if captured:  # `stats.onStats((n) => res.write(n))` through a method: the listener keeps the request
            report.message += f"; the closure it hands over captures `{captured[0]}`, so each one keeps a whole request alive"
            report.code_flow = [*report.code_flow, *captured[1]]
        return report

    def _returned_handler_removed(self, call: Node, parts: Parts, path: list[Hop], outer: Parts, receiver: Receiver, ctx: FileContext) -> bool:
        """`watchSku(sku, fn) { const listener = ...; this.on('stock', listener); return listener }`,
        called as `const listener = inventory.watchSku(...)` and removed with
        `inventory.off('stock', listener)`: the caller holds the very handler the helper added."""
        handler = unwrap(parts.handler)
        helper = path[0].slot.function
        if handler is None or handler.type != "identifier" or not any(
                n.type == "return_statement" and n.named_children and text(unwrap(n.named_children[0])) == text(handler)
                and enclosing_function(n) == helper for n in walk(helper)):
            return False
        holder = outermost(path[-1].call).parent
        stored = _stored_in_container(path[-1].call)
        if stored is not None:  # `followed.set(symbol, followSymbol(...))`, later `for (const h of followed.values()) sub.off('message', h)`
            return any(r.target is not None and same_object(r.target, receiver.key, normalised(outer.receiver), ctx.model)
                       and string_value(r.event) == string_value(outer.event) and _iterated_from(r.value, stored, ctx)
                       for r in self._removals(ctx))
        kept = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
        if kept is None or kept.type != "identifier":
            return False
        return self._released(Parts(outer.receiver, outer.event, kept, None), receiver, ctx)

    def _handed_out_argument(self, argument: Node, ctx: FileContext):
        """The platform table's entry when `argument` is a request's socket or an object the
        platform hands out and reuses (semantic.platform), else None."""
        data = ctx.source.data
        found = request_socket(argument, ctx.model) if maybe_request_socket(argument, data) else None
        if found is None and _maybe_handout_receiver(argument, data):
            found = long_lived_handout(argument, ctx.model)
        if found is None and _maybe_loan_receiver(argument, data):
            found = pool_loan(argument, ctx.model)  # a socket or connection lent by a pool or a keep-alive agent
        lender = _own_lender_call(argument, ctx) if found is None else None
        if lender is not None:  # `withConnection(async (conn) => runQuery(conn))`, both of this file
            found = (PoolLoan(callee_name(lender) or "callback", "callback",
                              described=f"a connection `{shown_callee(lender)}()` lends from a pool to this callback"), lender)
        return found

    # -- how often, relative to the receiver's owner ---------------------------------------

    def _frequency(self, call: Node, receiver: Receiver, ctx: FileContext) -> RunContext | None:
        rounds = _per_reconnect(call, ctx)
        if rounds is not None:
            return rounds
        runs = self._how_often(call, receiver, ctx)
        return None if runs is not None and _part_of_reconnecting(runs, parts_receiver_root(call), call) else runs

    def _how_often(self, call: Node, receiver: Receiver, ctx: FileContext) -> RunContext | None:
        if receiver.lifetime in (Lifetime.MODULE, Lifetime.GLOBAL):
            if receiver.lifetime is Lifetime.MODULE and _assigned_just_before(receiver, call, ctx):
                return None  # `conn = connection; conn.on('data', ...)`: each run listens on the object it just stored
            return refine(ctx.run_context(call), ctx.model)
        if receiver.injected:
            if _handed_for_itself(receiver.declaration) or _class_tears_down(call, receiver, self._teardowns(ctx), ctx):
                return None
            return _per_instance(call, ctx)
        if receiver.lifetime is Lifetime.INSTANCE:
            return self._instance_frequency(call, receiver, ctx)
        if _reassigned_per_run(receiver, call, ctx):
            return None  # `modal = await openDialog()` in the callback: a new receiver each run
        runs = ctx.run_context(call) if receiver.owner is None else run_context(call, owner=receiver.owner)
        if runs.how is RunsHow.REPEATED and _effect_keyed_on(runs.registration, parts_receiver_root(call)):
            return None  # the effect runs again only when the receiver itself is replaced
        if runs.how is RunsHow.REPEATED and _once_per_receiver(runs.registration, receiver, ctx):
            return None  # inside `req.on('socket', ...)`: the handler runs once in `req`'s life
        if runs.how is RunsHow.REPEATED and _once_per_fresh_emitter(runs.registration, receiver, ctx):
            return None  # inside `proxyReq.on('upgrade', ...)`, `proxyReq` made by the run that has `socket`: once per run
        return runs if runs.how is RunsHow.REPEATED else None

    def _instance_frequency(self, call: Node, receiver: Receiver, ctx: FileContext) -> RunContext | None:
        origin = _field_origin(receiver, self._teardown, ctx)
        method = enclosing_function(call)
        if origin is not None and method is not None and method.type == "method_definition" and not _in_constructor(call) \
                and _assigns_field(method, _field_name(receiver) or ""):
            return None  # `this.transport = transport; this.transport.on(...)`: a new object each run
        if origin == "injected":
            if _in_constructor(call):
                return _per_instance(call, ctx)
            return refine(ctx.run_context(call), ctx.model)
        if origin == "owned" and receiver.owner is not None:
            runs = run_context(call, owner=receiver.owner)
            if runs.how is RunsHow.MAYBE:
                runs = _through_own_calls(runs, receiver, ctx)
            if runs.how is RunsHow.MAYBE and _keeps_per_call_object(call, receiver, ctx):
                return runs  # how often the method runs is unknown: a note
            return runs if runs.how is RunsHow.REPEATED else None
        return None

    # -- what releases it ------------------------------------------------------------------

    def _released(self, parts: Parts, receiver: Receiver, ctx: FileContext) -> bool:
        return self._release_call(parts, receiver, ctx) is not None

    def _release_call(self, parts: Parts, receiver: Receiver, ctx: FileContext) -> Node | None:
        """The removal that matches this registration (receiver, event and handler), if any."""
        removal = matching_removal(parts.event, parts.handler, parts.receiver, receiver.key, self._removals(ctx),
                                   self.params["remove_all_methods"], ctx.model)
        return removal.node if removal is not None else None

    def _torn_down_nearby(self, call: Node, parts: Parts, receiver: Receiver, ctx: FileContext) -> bool:
        """`stream.on('error', noop); stream.destroy()`: the receiver dies in the same function."""
        return torn_down_in(enclosing_function(call), parts.receiver, receiver.key, self._teardowns(ctx), ctx.model)

    # -- the report ------------------------------------------------------------------------

    def _report(self, call: Node, parts: Parts, receiver: Receiver, runs: RunContext,
                through: tuple[str, list[tuple[Node, str]]] | None = None) -> Report:
        event = string_value(parts.event)
        shown_event = f"'{event}'" if event is not None else f"`{text(parts.event)}`"
        if receiver.injected:
            what = f"the injected {receiver.description}"
        elif receiver.lifetime is Lifetime.OUTER:
            what = f"{receiver.description}, which outlives this callback"
        else:
            what = receiver.description
        via = f" through {through[0]}" if through is not None else ""
        message = f"listener for {shown_event} added to {what}{via} {runs.where}; never removed"
        related: list[tuple[Node, str]] = []
        if receiver.declaration is not None:
            related.append((receiver.declaration, "the receiver is declared here"))
        if runs.registration is not None:
            related.append((runs.registration, "this registration makes the code run repeatedly"))
        severity = Severity.NOTE if runs.how is RunsHow.MAYBE else None
        flow = through[1] if through else call_flow(runs, call, "the listener is added here")
        # Through helpers proven to repeat, the finding stands at the call in the repeating code.
        primary = repeating_site(runs, call) if through is None else call
        return Report(primary, message, severity=severity, related=related, code_flow=flow, acquisition=call)


# Events an object emits at most once in its life: a handler for one of them, registered on the
# same object, runs once per object, and so does whatever it registers on that object.
ONCE_PER_OBJECT_EVENTS = frozenset(
    {"socket", "response", "connect", "secureConnect", "open", "ready", "close", "finish", "end", "upgrade", "exit",
     "listening", "lookup", "timeout", "abort", "pipe"}
)


def _once_per_receiver(registration: Node | None, receiver: Receiver, ctx: FileContext) -> bool:
    parts = registration_parts(registration) if registration is not None and registration.type == "call_expression" else None
    if parts is None or string_value(parts.event) not in ONCE_PER_OBJECT_EVENTS:
        return False
    return same_object(parts.receiver, receiver.key, normalised(parts.receiver), ctx.model) and receiver.key is not None


def _once_per_fresh_emitter(registration: Node | None, receiver: Receiver, ctx: FileContext) -> bool:
    """The handler repeats only as the handler of an event its emitter emits once ('upgrade',
    'response'), on an emitter the receiver's own function makes on each of its runs (`const
    proxyReq = http.request(...)` beside the `socket` it was handed): it runs once per run of
    that function, as if it registered there, on that run's receiver."""
    parts = registration_parts(registration) if registration is not None and registration.type == "call_expression" else None
    emitter = unwrap(parts.receiver) if parts is not None and string_value(parts.event) in ONCE_PER_OBJECT_EVENTS else None
    binding = ctx.model.binding_of(emitter) if emitter is not None and emitter.type == "identifier" else None
    made = unwrap(binding.value) if binding is not None and binding.value is not None and not binding.writes else None
    return made is not None and made.type in ("call_expression", "new_expression") and receiver.owner is not None \
        and enclosing_function(binding.identifier) == receiver.owner and enclosing_function(registration) == receiver.owner


def _reassigned_per_run(receiver: Receiver, call: Node, ctx: FileContext) -> bool:
    """An outer variable that the repeating function itself assigns holds a new object per run."""
    binding = ctx.model.binding_of(receiver.declaration) if receiver.declaration is not None else None
    if binding is None:
        return False
    for write in binding.writes:
        fn = enclosing_function(write.identifier)
        if fn is not None and fn != receiver.owner and contains(fn, call):
            return True
    return False


def _assigned_just_before(receiver: Receiver, call: Node, ctx: FileContext) -> bool:
    """A module-level variable that a statement of a block around the registration assigns
    first, unconditionally: the listener goes on the object that run stored (`current =
    connection; current.on(...)`), not on one that every run shares. A store under a guard
    (`if (!client) client = make()`) keeps the one it has."""
    binding = ctx.model.binding_of(receiver.declaration) if receiver.declaration is not None else None
    if binding is None:
        return False
    for write in binding.writes:
        assignment = write.identifier.parent
        if assignment is None or assignment.type != "assignment_expression" or assignment.child_by_field_name("left") != write.identifier:
            continue
        statement = outermost(assignment).parent
        block = statement.parent if statement is not None and statement.type == "expression_statement" else None
        if block is not None and block.type == "statement_block" and statement.start_byte < call.start_byte and contains(block, call):
            return True
    return False


def _remover_dropped(call: Node, removals: list[Node], runs: RunContext) -> Node | None:
    """The call, in the chain that makes `call` repeat, of the helper that registers and hands
    back the only remover, when that call drops it; None when any removal runs elsewhere."""
    fn = enclosing_function(call)
    if fn is None or not runs.calls or not all(in_returned_disposer(r, fn) for r in removals):
        return None
    site = runs.calls[-1]
    parent = outermost(site).parent
    return site if parent is not None and parent.type == "expression_statement" else None


# Constructors that listen on the HTTP server they are handed: the module's bytes, the names the
# module exports them under, and where the server goes (the first argument, or `{ server }`).
ATTACHING_CONSTRUCTORS = ((b"socket.io", frozenset({"Server", "default"}), "argument"),
                          (b"ws", frozenset({"WebSocketServer", "Server"}), "option"))
ATTACHING_MODULES_QUOTED = tuple(quote + module + quote for module, _, _ in ATTACHING_CONSTRUCTORS for quote in (b"'", b'"'))


def _held_value(node: Node | None, ctx: FileContext) -> Node | None:
    """What a const holds (`const httpServer = res.socket.server`), or the node itself."""
    binding = ctx.model.binding_of(node) if node is not None and node.type in ("identifier", "shorthand_property_identifier") else None
    if binding is not None and binding.kind is BindingKind.CONST and binding.value is not None:
        return unwrap(binding.value)
    return node


def _kept_handler_replaced(call: Node, handler: Node | None, removals: list[Node], ctx: FileContext) -> Node | None:
    """`let active = listen(opts)` with `listen` registering and handing back its handler, removed
    through `active`, where another assignment (`update(next) { active = listen(next) }`) stores
    a new one without removing the one `active` held: each such call leaves one registered."""
    fn = enclosing_function(call)
    named = unwrap(handler)
    if fn is None or named is None or named.type != "identifier" or not any(text(unwrap(v)) == text(named) for v in returned_values(fn)):
        return None
    for removal in removals:
        args = call_arguments(removal)
        kept = unwrap(args[1]) if len(args) > 1 else None
        binding = ctx.model.binding_of(kept) if kept is not None and kept.type == "identifier" else None
        for holder, value in stored_values(binding) if binding is not None else ():
            right = unwrap(value) if holder.type == "assignment_expression" else None
            if right is None or right.type != "call_expression" or ctx.model.function_named(unwrap(right.child_by_field_name("function"))) != fn:
                continue
            scope = enclosing_function(holder)
            if not any(enclosing_function(r) == scope and r.start_byte < holder.start_byte for r in removals):
                return holder
    return None


def _removed_on_give_back(call: Node, event: str | None, field: str, removals: list[Effect]) -> bool:
    """`release(socket) { socket.removeListener('error', this.leases.get(socket)); ...;
    this.idle.push(socket) }`: the method of the class that puts what it lends back into its
    pool `this.field` takes a listener for the same event off it first, whichever handler the
    borrowing left (kept in a table of the class)."""
    cls = next((a for a in ancestors(call) if a.type == "class_body"), None)
    if cls is None or event is None:
        return False
    for removal in removals:
        method = enclosing_function(removal.node)
        args = call_arguments(removal.node)
        if method is None or method.type != "method_definition" or method.parent != cls or not args or string_value(args[0]) != event:
            continue
        if puts_back(method, field):
            return True
    return False


def _handed_back_unused(call: Node, removal: Node, ctx: FileContext) -> tuple[Node, str] | None:
    """`watchClient(req, res, onGone)`, a helper of the file that listens on something long-lived
    it is handed (the socket under `req`) and hands back the only remover: a call in code that
    repeats that drops the remover, keeps it and calls it on one path only, or never calls it
    leaves the listener. The call, and what the message says of it."""
    fn = enclosing_function(call)
    if fn is None or not in_returned_disposer(removal, fn):
        return None
    helper = f"`{function_name(fn) or 'the helper'}()` hands back a remover"
    for site, fate, missed in handed_back_remover_misses(fn, ctx):
        words = {"dropped": "and this call drops it", "unused": "the caller keeps it but never calls it"}.get(fate) or remover_path_words(missed)
        return site, f"{helper}{',' if fate == 'dropped' else ';'} {words}"
    return None


def _handed_back_past_failure(call: Node, removals: list[Node]) -> Miss | None:
    """`this.sub.on('message', h); await this.sub.subscribe(ch); return () => this.sub.off(...)`:
    the only removal is in the remover handed back, past a wait that may throw; a failure there
    leaves the listener with nothing to take it off."""
    fn = enclosing_function(call)
    if fn is None or not removals or not all(in_returned_disposer(r, fn) for r in removals):
        return None
    body = fn.child_by_field_name("body")
    returns = [n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "return_statement" and any(contains(n, r) for r in removals)] \
        if body is not None and body.type == "statement_block" else []
    missed = missed_path(call, returns) if returns else None
    if missed is None:
        return None
    return Miss(missed.node, missed.path, missed.release, f"by the remover handed back {missed.release_path}")


def _remover_dropped_elsewhere(call: Node, removals: list[Node], runs: RunContext, ctx: FileContext) -> Node | None:
    """Another call of the same helper, in code that repeats, that drops the only remover
    (`bindShortcut('mod+k', open)` beside `disposers.push(bindShortcut(...))` in one effect)."""
    fn = enclosing_function(call)
    if fn is None or not runs.calls or not all(in_returned_disposer(r, fn) for r in removals):
        return None
    for site in call_sites(fn, ctx.model):
        parent = outermost(site).parent
        if site not in runs.calls and parent is not None and parent.type == "expression_statement" \
                and refine(ctx.run_context(site), ctx.model).how is RunsHow.REPEATED:
            return site
    return None


def _remover_left(call: Node, removals: list[Node], runs: RunContext, ctx: FileContext) -> tuple[Node, "Miss | None"] | None:
    """The call, in the chain that makes `call` repeat, of the helper that registers and hands
    back the only remover, when that call keeps it and calls it on one path only (with that
    path) or never (None for the path); None when the remover is called on every path."""
    fn = enclosing_function(call)
    if fn is None or not runs.calls or not all(in_returned_disposer(r, fn) for r in removals):
        return None
    site = runs.calls[-1]
    kept, missed = kept_remover_on_one_path(site, ctx)
    if not handle_kept(site):
        return None
    return (site, missed) if not kept or missed is not None else None


# What a teardown of the instance itself may take: an error, a reason, options, a callback.
def _kept_and_cleared(param, fn: Node, ctx: FileContext) -> bool:
    """`this.transport = transport`, and somewhere in the class `this.transport.removeAllListeners()`
    (or `.off(...)`, `.removeListener(...)`): the emitter is kept in a field, and what it is
    given is taken off it when it is replaced or the owner ends."""
    cls = fn.parent.parent if fn.type == "method_definition" and fn.parent is not None else None
    if cls is None or cls.text is None:
        return False
    for reference in param.references:
        holder = outermost(reference.identifier).parent
        left = unwrap(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" else None
        if left is not None and left.type == "member_expression" and text(left.child_by_field_name("object")) == "this":
            field = text(left.child_by_field_name("property")).encode()
            if any(b"this." + field + b"." + method + b"(" in cls.text for method in (b"removeAllListeners", b"off", b"removeListener")):
                return True
    return False


def _teardown_removing_all(removal: Node | None, remove_all: "list[str]") -> str | None:
    """The teardown method (`destroy()`, `close()`) whose `removeAllListeners()` is the only
    removal of a listener an instance adds to itself per call: it ends the instance, so while
    the instance serves nothing removes one; None for any other removal."""
    if removal is None or callee_name(removal) not in remove_all:
        return None
    holder = enclosing_function(removal)
    name = _plain_method_name(holder) if holder is not None else ""
    return name if name and TEARDOWN_METHODS.match(name) else None


def _new_per_instance(handler: Node | None, method: str | None, cls: Node) -> bool:
    """Whether each instance registers a function of its own: an arrow or a function written
    in place, a bound method, or a field the class assigns (`this.onScroll = this.onScroll.bind(this)`,
    `onScroll = () => {}`). A prototype method (`this.onScroll`, unbound) is one function for
    all instances, which EventTarget registers once; an emitter adds any function again."""
    handler = unwrap(handler)
    if handler is None:
        return False
    if method != "addEventListener" or handler.type in (*FUNCTION_TYPES, "call_expression"):
        return True
    if handler.type != "member_expression" or unwrap(handler.child_by_field_name("object")).type != "this":
        return False
    field = text(handler.child_by_field_name("property"))
    class_body = cls.child_by_field_name("body")
    return any(member.type in ("public_field_definition", "field_definition") and text(member.child_by_field_name("property") or member.child_by_field_name("name")) == field
               for member in class_body.named_children) or f"this.{field} =".encode() in (cls.text or b"")


def _made_just_before(receiver: Node | None, call: Node, method: Node) -> bool:
    """`api.redis.clients[r] = new Redis(...)`, then `api.redis.clients[r].on('error', f)` in the
    same start: the listener is on an object this start made, replaced (and ended) with the
    instance, not on one that outlives it."""
    spelled = normalised(receiver) if receiver is not None else ""
    return bool(spelled) and any(
        n.type == "assignment_expression" and n.end_byte <= call.start_byte and normalised(n.child_by_field_name("left")) == spelled
        and unwrap(n.child_by_field_name("right")) is not None and unwrap(n.child_by_field_name("right")).type in ("new_expression", "call_expression")
        and (statement := outermost(n).parent) is not None and statement.type == "expression_statement"
        and statement.parent is not None and statement.parent.type == "statement_block" and contains(statement.parent, call)
        for n in walk(method.child_by_field_name("body") or method, skip=FUNCTION_TYPES))  # (not `if (!this.client) this.client = ...`)


# Registrations a component makes on an emitter it is handed as a prop: `on`, `addListener`, `addChangeListener`.
PROP_LISTEN = re.compile(r"^(?:on|add\w*Listener)$")


def _early_exit_before(removal: Node, call: Node) -> Node | None:
    """`if (res.statusCode !== 200) { res.resume(); return }` in a handler around the removal,
    after the registration and before the statement that leads to the removal (within the
    function the registration shares with it): every outcome that takes that branch never gets
    to the removal. The `return`, if so."""
    common = next((f for f in ancestors(call) if f.type in FUNCTION_TYPES and contains(f, removal)), None)
    node = removal
    while node is not None and node != common:
        parent = node.parent
        if parent is not None and parent.type == "statement_block":
            for sibling in parent.named_children:
                if sibling.end_byte > node.start_byte:
                    break
                left = early_exit(sibling) if sibling.start_byte > call.end_byte else None
                if left is not None:
                    return left
        node = parent
    return None


def _stored_under(receiver: Node | None, ctx: FileContext) -> frozenset[str]:
    """The names a parameter's object is also kept under by plain assignments
    (`socketRef = socket`, `const s = socket`): removals through them reach the same object."""
    receiver = unwrap(receiver)
    binding = ctx.model.binding_of(receiver) if receiver is not None and receiver.type == "identifier" else None
    if binding is None:
        return frozenset()
    names = set()
    for reference in binding.references:
        holder = outermost(reference.identifier).parent
        if holder is not None and holder.type == "assignment_expression" and unwrap(holder.child_by_field_name("right")) == reference.identifier:
            names.add(normalised(holder.child_by_field_name("left")))
        elif holder is not None and holder.type == "variable_declarator" and unwrap(holder.child_by_field_name("value")) == reference.identifier:
            names.add(normalised(holder.child_by_field_name("name")))
    return frozenset(names)


def _stored_in_container(call: Node) -> str | None:
    """The container a call's result goes into as a value: `followed` in
    `followed.set(key, f())`, `handlers.push(f())`, `handlers.add(f())`."""
    holder = outermost(call).parent
    adding = holder.parent if holder is not None and holder.type == "arguments" else None
    if adding is None or adding.type != "call_expression" or callee_name(adding) not in ("set", "push", "add"):
        return None
    arguments = call_arguments(adding)
    if not arguments or unwrap(arguments[-1]) != unwrap(outermost(call)) and arguments[-1] != outermost(call):
        return None
    container = callee_object(adding)
    return text(container) if container is not None and container.type in ("identifier", "member_expression") else None


def _iterated_from(value: Node | None, container: str, ctx: FileContext) -> bool:
    """`h` taken from `container` one by one: `for (const h of followed.values())` (or of
    `followed` itself), or the parameter of `followed.forEach((h) => ...)`."""
    value = unwrap(value)
    binding = ctx.model.binding_of(value) if value is not None and value.type == "identifier" else None
    if binding is None:
        return False
    loop = next((a for a in ancestors(binding.identifier) if a.type in ("for_in_statement", *FUNCTION_TYPES)), None)
    if loop is not None and loop.type == "for_in_statement":
        source = unwrap(loop.child_by_field_name("right"))
        if source is not None and source.type == "call_expression" and callee_name(source) in ("values", "keys", "entries"):
            source = callee_object(source)
        return source is not None and text(source) == container
    handed = handed_to(loop) if loop is not None else None
    return handed is not None and callee_name(handed[0]) == "forEach" and text(callee_object(handed[0])) == container


def _stable_handler(handler: Node | None, call: Node, ctx: FileContext) -> bool:
    """The same function object on every run: a name declared outside the function that
    registers, or `this.method`. Only EventTarget (DOM, Node's EventTarget) deduplicates, which
    is why only addEventListener asks."""
    handler = unwrap(handler)
    if handler is None:
        return False
    if handler.type == "member_expression":
        owner = unwrap(handler.child_by_field_name("object"))
        if owner is not None and owner.type == "identifier":  # `Popover.placeAll`, `handlers.onResize`: a module's own, one function
            binding = ctx.model.binding_of(owner)
            return binding is not None and binding.is_module_level and binding.kind in (BindingKind.CLASS, BindingKind.CONST, BindingKind.FUNCTION) \
                and binding.source_module is None
        if owner is None or owner.type != "this":
            return False
        # `this.reposition`, bound per instance in the constructor (or an arrow field): one function per
        # instance, so registrations made on a fresh instance each run are not the same one
        return not (_bound_per_instance(handler) and refine(ctx.run_context(call), ctx.model).how is RunsHow.REPEATED)
    if handler.type != "identifier":
        return False
    binding = ctx.model.binding_of(handler)
    registering = enclosing_function(call)
    if binding is None or registering is None:
        return binding is not None
    declared = binding.declaration
    return not (registering.start_byte <= declared.start_byte and declared.end_byte <= registering.end_byte)


def _guard_of_fresh_instances(call: Node, ctx: FileContext) -> bool:
    """`show() { if (this.el) return; window.addEventListener(...) }` with `new Tooltip(a).show()`
    in code that repeats: the guard on the instance's own state holds once per instance, and
    each run makes a new instance, so each run registers again."""
    method = enclosing_function(call)
    if method is None or method.type != "method_definition" or not re.search(rb"\bif\s*\(\s*!?\s*this\s*\.", method.text or b""):
        return False
    from ..semantic.summaries import call_sites

    return any(first_on_fresh_instance(site, ctx) and refine(ctx.run_context(site), ctx.model).how is RunsHow.REPEATED
               for site in call_sites(method, ctx.model))


def _bound_per_instance(handler: Node) -> bool:
    """`this.onScroll` where the class makes it per instance: `this.onScroll = this.onScroll.bind(this)`
    (or an arrow) in the constructor, or a class field `onScroll = () => {...}`."""
    return this_field_filled_with(handler, rb"(?:[^;\n]*\.bind\s*\(|(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*=>)") is not None


def _own_method_calls_of(removals: list[Node], method: Node, ctx: FileContext) -> list[Node]:
    """The calls `method` makes of the class's own method that holds every removal (`this.stop()`),
    when nothing else in the file calls that method: then those calls are the only way the
    removals run after this registration."""
    holders = {enclosing_function(r) for r in removals}
    holder = next(iter(holders)) if len(holders) == 1 else None
    if holder is None or holder.type != "method_definition" or method.type != "method_definition" or holder.parent != method.parent:
        return []
    name = text(holder.child_by_field_name("name"))
    calls = [c for c in ctx.calls_named((name,)) if callee_object(c) is not None and unwrap(callee_object(c)).type == "this"]
    every = ctx.calls_named((name,))
    return calls if calls and len(calls) == len(every) and all(contains(method, c) for c in calls) else []


def _fields_holding(receiver: Node | None) -> list[Node]:
    """`this.player` for `this.player = player` in the constructor whose parameter `receiver`
    names: the same object, which other methods reach through the field."""
    receiver = unwrap(receiver)
    ctor = enclosing_function(receiver) if receiver is not None and receiver.type == "identifier" else None
    body = ctor.child_by_field_name("body") if ctor is not None and is_constructor(ctor) else None
    found = []
    for statement in body.named_children if body is not None else ():
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if assignment is None or assignment.type != "assignment_expression":
            continue
        left, right = unwrap(assignment.child_by_field_name("left")), unwrap(assignment.child_by_field_name("right"))
        if left is not None and left.type == "member_expression" and text(left.child_by_field_name("object")) == "this" \
                and right is not None and right.type == "identifier" and text(right) == text(receiver):
            found.append(left)
    return found


def _this_field_named(target: Node | None, model) -> str | None:
    """The field of `this` that `target` is: `this.player`, or a local that holds it."""
    target = unwrap(target)
    if target is not None and target.type == "member_expression" and text(target.child_by_field_name("object")) == "this":
        return text(target.child_by_field_name("property"))
    binding = model.binding_of(target) if target is not None and target.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.CONST:
        return None
    value = unwrap(binding.value)
    if value is not None and value.type == "member_expression" and text(value.child_by_field_name("object")) == "this":
        return text(value.child_by_field_name("property"))
    declarator = binding.declaration
    while declarator is not None and declarator.type not in ("variable_declarator", "lexical_declaration"):
        declarator = declarator.parent
    source = unwrap(declarator.child_by_field_name("value")) if declarator is not None and declarator.type == "variable_declarator" else None
    return binding.name if source is not None and source.type == "this" else None  # `const { player } = this`


def _per_instance(call: Node, ctx: FileContext) -> RunContext:
    """Once per instance: a warning when the file creates instances from repeated code, else a
    note, since how many instances share the injected emitter is unknown."""
    ctor = enclosing_function(call)
    runs = refine(RunContext(RunsHow.MAYBE, "in the constructor (once per instance)", function=ctor), ctx.model)
    return runs if runs.how is not RunsHow.ONCE else RunContext(RunsHow.MAYBE, "in the constructor (once per instance)", function=ctor)


def _handed_for_itself(identifier: Node | None) -> bool:
    if identifier is None:
        return False
    name = text(identifier).lower()
    if name in PER_CONNECTION_NAMES or any(part in name for part in PER_CONNECTION_NAME_PARTS):
        return True
    parameter = identifier.parent
    annotation = parameter.child_by_field_name("type") if parameter is not None else None
    return annotation is not None and any(t in text(annotation) for t in PER_CONNECTION_TYPES)


def _class_tears_down(call: Node, receiver: Receiver, teardowns: list[Effect], ctx: FileContext) -> bool:
    """The class ends the injected object's life (`raw.quit()`, `this.client.destroy()`), so
    it owns it: listeners on it go when it goes."""
    cls = next((a for a in ancestors(call) if a.type in CLASS_TYPES), None)
    if cls is None or receiver.declaration is None:
        return False
    param = ctx.model.binding_of(receiver.declaration)
    for teardown in teardowns:
        if not (cls.start_byte <= teardown.node.start_byte < cls.end_byte):
            continue
        target = teardown.target
        if target is None:
            continue
        if target.type == "identifier" and ctx.model.binding_of(target) is param:
            return True
        if target.type == "member_expression" and _field_assigned_from(target, param, cls, ctx):
            return True
        if target.type == "member_expression" and param is not None and param.is_parameter_property:
            if text(target.child_by_field_name("property")) == param.name:
                return True  # `constructor(private raw)` then `this.raw.quit()`
    return False


def _field_assigned_from(field: Node, param, cls: Node, ctx: FileContext) -> bool:
    key = key_of(field, ctx.model)
    for access in ctx.accesses(key) if key is not None else ():
        if not (cls.start_byte <= access.start_byte < cls.end_byte):
            continue
        parent = access.parent
        if parent is not None and parent.type == "assignment_expression" and parent.child_by_field_name("left") == access:
            value = unwrap(parent.child_by_field_name("right"))
            if value is not None and value.type == "identifier" and ctx.model.binding_of(value) is param:
                return True
    return False


EFFECT_HOOKS = frozenset({"useEffect", "useLayoutEffect", "useInsertionEffect"})


def parts_receiver_root(call: Node) -> str | None:
    parts = registration_parts(call)
    root, _ = access_root(parts.receiver) if parts is not None else (None, 0)
    return text(root) if root is not None and root.type == "identifier" else None


def _effect_keyed_on(registration: Node | None, receiver_name: str | None) -> bool:
    """A React effect whose dependency list names only the component's own receiver (or is
    empty) runs once per receiver: `useEffect(() => t.on('x', f), [t])` with `t` memoised in
    the component adds one listener to each `t`, which dies with the component."""
    if registration is None or receiver_name is None or registration.type != "call_expression":
        return False
    if callee_name(registration) not in EFFECT_HOOKS:
        return False
    args = call_arguments(registration)
    deps = unwrap(args[1]) if len(args) > 1 else None
    if deps is None or deps.type != "array":
        return False  # no dependency list: the effect runs after every render
    return all(unwrap(d) is not None and text(unwrap(d)) == receiver_name for d in deps.named_children)


def _in_constructor(call: Node) -> bool:
    fn = enclosing_function(call)
    while fn is not None and fn.type == "arrow_function":
        fn = enclosing_function(fn)
    return is_constructor(fn)


def _field_origin(receiver: Receiver, teardown: frozenset[str], ctx: FileContext) -> str | None:
    """'owned' when the class creates or tears down the field's object, 'injected' when it
    comes from a constructor parameter or a module binding, None when this file cannot tell."""
    key = receiver.key
    owner = receiver.owner
    if owner is None or owner.type not in CLASS_TYPES:
        return None
    if key is not None and key.path and (receiver.field is None or key.path[0] == receiver.field):
        root, name = key.root, key.path[0]
    elif receiver.field is not None:  # through an alias or a kept lookup (`const w = this.workers[i]`, `this.io.of('/')`)
        root, name = this_key(owner.child_by_field_name("body") or owner).root, receiver.field
    else:
        return None
    field = Key(root, (name,))
    if _made_by_field_initializer(owner, name):
        return "owned"
    origin = _parameter_property_origin(owner, name) or _decorated_field_origin(owner, name)
    for access in ctx.accesses(field):
        if not (owner.start_byte <= access.start_byte < owner.end_byte):
            continue
        found = _origin_of_use(access, teardown, ctx)
        if found == "owned":
            return "owned"
        origin = origin or found
    return origin


def _keeps_per_call_object(call: Node, receiver: Receiver, ctx: FileContext) -> bool:
    """`handle(id, socket) { this.bus.on('broadcast', (m) => socket.emit('message', m)) }` in a
    long-lived class: a method (not its start-up or wiring, not one only the constructor
    calls) registers on an emitter the instance owns a closure over what its caller handed
    it, so each call keeps one more of those objects for the instance's whole life."""
    method, parts = enclosing_function(call), registration_parts(call)
    handler = unwrap(parts.handler) if parts is not None else None
    if method is None or method.type != "method_definition" or handler is None or handler.type not in FUNCTION_TYPES or is_constructor(method):
        return False
    name = _plain_method_name(method)
    if not name or LIFECYCLE_METHODS.match(name) or any(p.match(name) for p in (OWNER_START_METHODS, WIRING_METHODS, TEARDOWN_METHODS)):
        return False
    held = parameter_names(method) | _per_call_locals(method, handler, ctx)  # (`let timeouts = 0` counted by the handler, per call)
    if not held or not any(n.type == "identifier" and text(n) in held for n in walk(handler)):
        return False
    if not any(o.node == receiver.owner for o in ctx.long_lived_classes) or guarded_once(call, ctx):
        return False
    return not called_only_while_constructing(method, receiver.owner, ctx.model)


def _per_call_locals(method: Node, handler: Node, ctx: FileContext) -> set[str]:
    """The variables a method declares for one call (not functions, not `self = this`), outside
    the handler: state of that call, which a handler that uses it keeps."""
    found = set()
    for node in walk(method.child_by_field_name("body") or method, skip=FUNCTION_TYPES):
        if node.type == "variable_declarator" and not contains(handler, node):
            name, value = node.child_by_field_name("name"), unwrap(node.child_by_field_name("value"))
            if name is not None and name.type == "identifier" and (value is None or (value.type not in FUNCTION_TYPES and value.type != "this")):
                found.add(text(name))
    return found


def _through_own_calls(runs: RunContext, receiver: Receiver, ctx: FileContext) -> RunContext:
    """A method the instance's own code calls (`(ws) => this.attach(ws)`) from a handler that
    repeats: the same instance's field gains one listener per run. Not through another instance
    (`conn.start()` on a new one each time), nor when the method makes the field anew before it
    listens (`this.transport = transport`): then each run listens on a new object."""
    method = runs.function
    name = _field_name(receiver)
    if method is None or method.type != "method_definition" or name is None or _assigns_field(method, name):
        return runs
    return refine(runs, ctx.model, owner=receiver.owner, same_instance=True)


def _field_name(receiver: Receiver) -> str | None:
    """The field of `this` a receiver is, or is reached through (`const w = this.workers[i]`)."""
    if receiver.field is not None:
        return receiver.field
    return receiver.key.path[0] if receiver.key is not None and receiver.key.path else None


def _assigns_field(method: Node, name: str) -> bool:
    """`this.name = ...` with a new value somewhere in the method (not `this.name = this.name ||
    new Emitter()`, which keeps the one it has)."""
    for node in walk(method):
        if node.type == "assignment_expression":
            left = unwrap(node.child_by_field_name("left"))
            if left is not None and left.type == "member_expression" and text(left.child_by_field_name("property")) == name \
                    and unwrap(left.child_by_field_name("object")).type == "this" \
                    and re.search(rf"\bthis\s*\.\s*{re.escape(name)}(?![\w$])", text(node.child_by_field_name("right"))) is None:
                return True
    return False


def _made_by_field_initializer(cls: Node, name: str) -> bool:
    """`private readonly bus = new EventEmitter()`: a field each instance makes for itself."""
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if member.type in ("public_field_definition", "field_definition"):
            value = unwrap(member.child_by_field_name("value"))
            if value is not None and value.type == "new_expression" \
                    and text(member.child_by_field_name("name") or member.child_by_field_name("property")) == name:
                return True
    return False


# Field decorators by which a framework hands a class an object it made and keeps itself:
# `@WebSocketServer() server`, `@Inject(TOKEN) bus`, `@InjectRedis() redis`, `@Autowired() events`.
INJECTING_DECORATOR = re.compile(r"WebSocketServer|Inject[A-Z]?\w*|Autowired")


def _decorated_field_origin(cls: Node, name: str) -> str | None:
    """`@WebSocketServer() private server: Server`: the framework sets the field to the server
    (or the container's one instance of a dependency), which outlives every call of the class."""
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if member.type in ("public_field_definition", "field_definition") \
                and text(member.child_by_field_name("name") or member.child_by_field_name("property")) == name:
            return "injected" if any(INJECTING_DECORATOR.fullmatch(decorator_name(d)) for d in decorators_of(member)) else None
    return None


def _parameter_property_origin(cls: Node, name: str) -> str | None:
    """`constructor(private readonly bus: Bus)` declares and injects `this.bus`."""
    for node in _constructor_parameters(cls):
        if node.type in ("required_parameter", "optional_parameter"):
            if any(c.type in ("accessibility_modifier", "readonly") for c in node.children):
                if text(node.child_by_field_name("pattern")) == name:
                    return "owned" if _handed_for_itself(node.child_by_field_name("pattern")) else "injected"
    return None


def _constructor_parameters(cls: Node) -> Iterator[Node]:
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if member.type == "method_definition" and text(member.child_by_field_name("name")) == "constructor":
            params = member.child_by_field_name("parameters")
            yield from params.named_children if params is not None else ()


def _origin_of_use(access: Node, teardown: frozenset[str], ctx: FileContext) -> str | None:
    parent = access.parent
    if parent is not None and parent.type == "assignment_expression" and parent.child_by_field_name("left") == access:
        value = unwrap(parent.child_by_field_name("right"))
        if value is None:
            return None
        if value.type in ("new_expression", "call_expression", "await_expression"):
            return "owned"
        binding = ctx.model.binding_of(value) if value.type == "identifier" else None
        if binding is not None and binding.kind.value == "parameter" and _handed_for_itself(binding.identifier):
            return "owned"
        if binding is not None and (binding.kind.value == "parameter" or binding.is_module_level):
            return "injected"
        return None
    if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == access:
        method_call = parent.parent
        if method_call is not None and method_call.type == "call_expression" and text(parent.child_by_field_name("property")) in teardown:
            return "owned"
    return None


def _constructor_parameter(receiver: Node, constructor: Node) -> int | None:
    """The place of the constructor's parameter that `receiver` is: the parameter itself
    (`bus`), or the field the constructor stores it in or declares it as (`this.bus`,
    `this.#bus`, a TypeScript parameter property)."""
    receiver = unwrap(receiver)
    names = parameter_list(constructor)
    if receiver is None:
        return None
    if receiver.type == "identifier":
        return names.index(text(receiver)) if text(receiver) in names else None
    if receiver.type != "member_expression" or unwrap(receiver.child_by_field_name("object")).type != "this":
        return None
    field = text(receiver.child_by_field_name("property"))
    if field in names and parameter_property_type(constructor.parent.parent, field) is not None:
        return names.index(field)
    value = stored_in_field(constructor.child_by_field_name("body"), field)  # `this.bus = bus`
    return names.index(text(value)) if value is not None and value.type == "identifier" and text(value) in names else None


def instance_removers(constructor: Node, removals: list[Node]) -> set[str] | None:
    """The methods of the constructor's class that hold every removal of what it registers
    (`dispose()`, `close()`), when none is the constructor's own (its instance's end, a listener
    it adds) and the class never calls them itself: then only a caller that calls one on the
    instance takes the registration off. None otherwise."""
    cls = constructor.parent.parent if constructor.parent is not None else None
    if cls is None or cls.type not in CLASS_TYPES or not removals:
        return None
    names: set[str] = set()
    for removal in removals:
        method = enclosing_function(removal)
        while method is not None and method.type != "method_definition":
            method = enclosing_function(method)
        if method is None or method == constructor or method.parent is None or method.parent.parent != cls:
            return None
        names.add(text(method.child_by_field_name("name")))
    if any(names & called for called in this_calls(cls).values()):
        return None  # `this.socket.on('close', () => this.dispose())`: the instance ends itself
    return names


def factories_of(cls: Node, ctx: FileContext) -> list[Node]:
    """The functions of the file that hand back a new instance of `cls` on every call: `return
    new Workspace(dir)` (or `new this(dir)` in a static method of the class), directly or
    through a local const they return."""
    name = text(cls.child_by_field_name("name"))
    found = []
    for made in walk(cls.parent if cls.parent is not None else cls):
        if made.type != "new_expression":
            continue
        spelled = text(made.child_by_field_name("constructor"))
        fn = enclosing_function(made)
        if fn is None or is_constructor(fn) or not (spelled == name or (spelled == "this" and fn.parent is not None and fn.parent.parent == cls)):
            continue
        holder = outermost(made).parent
        if holder is not None and holder.type == "await_expression":
            holder = outermost(holder).parent
        kept = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
        if returned_by(made) == fn or (kept is not None and kept.type == "identifier"
                                       and any(text(v) == text(kept) for v in returned_values(fn))):
            found.append(fn)
    return found


def constructed_for(calls: tuple[Node, ...]) -> Node | None:
    """The call in the code that repeats whose value is the instance the innermost `new` makes:
    the `new` itself, or a static factory's call when each step between returns what it makes
    (`static async create() { return new Workspace(dir) }`). `calls` go outermost first."""
    if not calls or calls[-1].type != "new_expression":
        return None
    if any(returned_by(inner) != enclosing_function(inner) or enclosing_function(inner) is None for inner in calls[1:]):
        return None
    return calls[0]


def _removing_methods(cls: Node, constructor: Node, parts: Parts, remove_methods: list[str]) -> list[str] | None:
    """The class's methods that remove a listener for the same event from the same receiver
    (as spelled through `this`); None when the constructor removes it itself."""
    event = string_value(parts.event)
    receiver = normalised(parts.receiver)
    found: list[str] = []
    for node in walk(cls):
        if node.type != "call_expression" or callee_name(node) not in remove_methods:
            continue
        args = call_arguments(node)
        if not args or (event is not None and string_value(args[0]) not in (event, None)):
            continue
        if normalised(callee_object(node)) not in (receiver, f"this.{receiver}", receiver.removeprefix("this.")):
            continue
        method = enclosing_function(node)
        while method is not None and method.type != "method_definition":
            method = enclosing_function(method)
        if method is None or method == constructor:
            return None
        found.append(text(method.child_by_field_name("name")))
    return found


def _websocket_parameter(root: Node, ctx: FileContext) -> bool:
    """A parameter that holds a WebSocket: typed `WebSocket`, or named `ws`."""
    binding = ctx.model.binding_of(root) if root.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.PARAMETER:
        return False
    return binding.name in ("ws", "websocket", "webSocket") or parameter_type_name(binding.identifier) == "WebSocket"


def _handler_stores(handler: Node | None, fn: Node, ctx: FileContext) -> list[Node]:
    """The calls of `fn` that put a local handler into a container (`this.forwarders.set(id,
    forward)`), where a removal elsewhere fetches it back from."""
    handler = unwrap(handler)
    binding = ctx.model.binding_of(handler) if handler is not None and handler.type == "identifier" else None
    if binding is None or binding.is_module_level or binding.kind is BindingKind.PARAMETER:
        return []
    stores = []
    for reference in binding.references:
        holder = outermost(reference.identifier).parent
        call = holder.parent if holder is not None and holder.type == "arguments" else None
        if call is not None and call.type == "call_expression" and callee_name(call) in KEEPING_METHODS \
                and enclosing_function(call) == fn and reference.identifier.start_byte > binding.identifier.start_byte:
            stores.append(call)
    return stores


def _local_function(handler: Node | None, ctx: FileContext) -> Node | None:
    """The function a handler is: inline, or a local `const handler = (x) => ...`."""
    handler = unwrap(handler)
    if handler is not None and handler.type in FUNCTION_TYPES:
        return handler
    return ctx.model.function_named(handler)


def _handed_in(receiver: Node, method: Node, ctx: FileContext) -> bool:
    """`receiver` is a parameter of `method` named for a shared resource (a connection, a
    client, a pool, a session), or a local that copies one (`const con = connection`)."""
    binding = ctx.model.binding_of(receiver)
    if binding is not None and binding.kind is not BindingKind.PARAMETER and contains(method, binding.declaration):
        value = unwrap(binding.value) if binding.value is not None else None
        binding = ctx.model.binding_of(value) if value is not None and value.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.PARAMETER or not contains(method, binding.declaration):
        return False
    return SHARED_RESOURCE_NAMES.search(binding.name) is not None


def _handled_request_signal(receiver: Node | None, ctx: FileContext) -> bool:
    """`request.signal` of the request a route handler is handed (`export async function GET(request)`):
    one signal per request, which aborts when that request goes."""
    receiver = unwrap(receiver)
    owner = unwrap(receiver.child_by_field_name("object")) if receiver is not None and receiver.type == "member_expression" else None
    binding = ctx.model.binding_of(owner) if owner is not None and owner.type == "identifier" else None
    fn = binding.scope.node if binding is not None and binding.kind is BindingKind.PARAMETER else None
    return fn is not None and fn.type in FUNCTION_TYPES and callback_role(fn)[0] == "repeat" and binding.name in ("request", "req")


def _other_onces(call: Node, receiver: Node, method: Node) -> Iterator["_Once"]:
    """The other `once` registrations on the same receiver in the same method."""
    for node in walk(method):
        if node.type == "call_expression" and node != call and callee_name(node) in SELF_ONCE_METHODS:
            parts = registration_parts(node)
            if parts is not None and text(unwrap(parts.receiver)) == text(receiver):
                yield _Once(node, parts.event)


@dataclass(frozen=True)
class _Once:
    call: Node
    event: Node | None


def _wrapped_method(call: Node, receiver: Node | None) -> tuple[Node, str] | None:
    """The wrapping call and method name when `call` registers on `this.<field>` inside a
    replacement method: `wrap(X.prototype, 'name', (original) => function () { ... })`."""
    receiver = unwrap(receiver)
    if receiver is None or receiver.type != "member_expression" or unwrap(receiver.child_by_field_name("object")).type != "this":
        return None
    fn = this_owner(call)
    if fn is None or fn.type not in ("function_expression", "function"):
        return None
    holder = outermost(fn).parent
    if holder is not None and holder.type in ("arrow_function", "return_statement", "statement_block"):
        factory = holder if holder.type == "arrow_function" else enclosing_function(holder)
        holder = outermost(factory).parent if factory is not None else None
    site = holder.parent if holder is not None and holder.type == "arguments" else None
    if site is None or site.type != "call_expression":
        return None
    args = call_arguments(site)
    if len(args) < 3 or not text(args[0]).endswith("prototype") or string_value(args[1]) is None:
        return None
    return site, string_value(args[1])


def _registering_function(call: Node, receiver: Node | None, ctx: FileContext) -> Node | None:
    """The function a registration belongs to: the one around it, or the helper whose parameter
    it registers on from a closure of its own (`return new Promise((resolve) => conn.on('message',
    ...))`): each call of the helper adds one, as when the same file calls it."""
    fn = enclosing_function(call)
    slot = slot_of(receiver, ctx.model) if receiver is not None and receiver.type == "identifier" else None
    return slot.function if slot is not None and slot.index >= 0 and slot.function != fn else fn


# Steps from an element into its own subtree (or its shadow root): nodes that go with it.
SUBTREE_STEPS = re.compile(r"^this(?:\.shadowRoot)?(?:\??\.(?:querySelector|querySelectorAll|getElementById|getElementsByClassName|"
                           r"getElementsByTagName)\([^()]*\)(?:\[\d+\])?|\??\.(?:firstElementChild|lastElementChild|children\[\d+\]))*$")


def _own_subtree(receiver: Node, ctx: FileContext) -> bool:
    """A node of the component's own subtree, reached from `this` (`this.shadowRoot`,
    `this.querySelector('button')`, `this.firstElementChild`), also through a local that holds
    one: it lives and dies with the element, whatever listens on it."""
    node = unwrap(receiver)
    if node is not None and node.type == "identifier":
        binding = ctx.model.binding_of(node)
        node = unwrap(binding.value) if binding is not None and not binding.writes and binding.value is not None else node
    spelled = "".join(text(node).split())
    return spelled != "this" and SUBTREE_STEPS.match(spelled) is not None


def _enclosing_method(node: Node) -> Node | None:
    """The class method `node` runs in, through nested functions."""
    return next((a for a in ancestors(node) if a.type == "method_definition"), None)


# `require('ioredis')`, `from 'mqtt'`: the modules a file takes in.
def _per_reconnect(call: Node, ctx: FileContext) -> RunContext | None:
    """`this.sub.on('ready', () => { this.sub.on('message', f) })` on a client that reconnects by
    itself (ioredis, mqtt, socket.io-client): its connection event comes again after every
    reconnect, and each time adds one more listener to the same client."""
    clients = ctx.shared.get("listeners.reconnecting_clients")
    if clients is None:
        clients = ctx.shared["listeners.reconnecting_clients"] = uses_reconnecting_client(ctx.source.data)
    if not clients:
        return None
    handler = enclosing_function(call)
    holder = outermost(handler).parent if handler is not None else None
    outer = holder.parent if holder is not None and holder.type == "arguments" else None
    if outer is None or outer.type != "call_expression" or callee_name(outer) not in ("on", "addListener"):
        return None
    args = call_arguments(outer)
    emitter, receiver = callee_object(outer), callee_object(call)
    if len(args) < 2 or outermost(args[1]) != outermost(handler) or string_value(args[0]) not in RECONNECT_REPEATED \
            or emitter is None or receiver is None or normalised(emitter) != normalised(receiver):
        return None
    event = string_value(args[0])
    return RunContext(RunsHow.REPEATED, f"inside the '{event}' handler of `{short_text(emitter, 30)}`, which the client emits again "
                      "after every reconnect", outer)


def _part_of_reconnecting(runs: RunContext, root: str | None, call: Node) -> bool:
    """`client.on('connect', () => client[kSocket].on('drain', ...))`: the handler repeats on
    every reconnect, and what it listens on is a part of the reconnecting client (its socket,
    its stream), made anew with each connection."""
    registration = runs.registration
    if runs.how is not RunsHow.REPEATED or registration is None or registration.type != "call_expression" or root is None:
        return False
    args = call_arguments(registration)
    emitter = callee_object(registration)
    if not args or string_value(args[0]) not in RECONNECT_REPEATED or emitter is None:
        return False
    receiver = unwrap(callee_object(call))
    return receiver is not None and text(receiver) != root and root == text(unwrap(emitter))


def _injected_field_slot(receiver: Node | None, ctx: FileContext) -> Slot | None:
    """`this.feed` in a method, where the constructor keeps what it is handed there (or one
    option of what it is handed: `this.bus = options.bus`): the constructor's parameter, as the
    method's slot injected_slot(i)."""
    found = kept_from_constructor(receiver, ctx.model)
    return Slot(found[0], injected_slot(found[1]), text(unwrap(receiver))) if found is not None else None


def _instance_field_slot(receiver: Node | None, ctx: FileContext) -> Slot | None:
    """`this.emitter` in a method, where the instance makes that object itself (a field
    initialiser `bus = new EventEmitter()`, or `this.emitter = new EventEmitter()` in the
    constructor): a registration on it lasts as long as the instance, as one on `this` does, so
    it is summarised as the method's `this` slot."""
    node = unwrap(receiver)
    owner = unwrap(node.child_by_field_name("object")) if node is not None and node.type == "member_expression" else None
    if owner is None or owner.type != "this":
        return None
    slot = slot_of(owner, ctx.model)
    cls = this_owner(owner)
    if slot is None or cls is None or cls.type not in CLASS_TYPES:
        return None
    field = text(node.child_by_field_name("property"))
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if member.type in ("field_definition", "public_field_definition") and text(member.child_by_field_name("property") or member.child_by_field_name("name")) == field:
            value = unwrap(member.child_by_field_name("value"))
            if value is not None:  # `private events: EventEmitter;` is only declared: the constructor assigns it
                return slot if value.type == "new_expression" else None
        if member.type == "method_definition" and is_constructor(member):
            for node_ in walk(member):
                if node_.type == "assignment_expression" and text(node_.child_by_field_name("left")) == f"this.{field}":
                    value = unwrap(node_.child_by_field_name("right"))
                    return slot if value is not None and value.type == "new_expression" else None
    return None


def _removed_by_importers_only(removals: list[Node], registering: Node, ctx: FileContext) -> tuple[tuple[str, ...], ...]:
    """When every removal sits in another exported function, or a method of a class whose
    module-level instance is exported, that this file never calls (`offSample(cb)`): the chains
    importers would call to release; else ()."""
    chains: set[tuple[str, ...]] = set()
    for removal in removals:
        fn = enclosing_function(removal)
        if fn is None or fn == registering:
            return ()
        found = exported_only(removal, ctx.model) or exported_method_only(removal, ctx.calls_named, ctx.model)
        if not found:
            return ()
        chains |= found
    return tuple(sorted(chains))


def _signal_made_by_every_caller(signal: Node, ctx: FileContext) -> bool:
    """`lock(signal)` of a module that exports nothing, whose every caller passes the signal of a
    controller it makes for that call (`lock(controller.signal)`): the listener lives no longer
    than the caller's operation."""
    slot = slot_of(signal, ctx.model) if unwrap(signal) is not None and unwrap(signal).type == "identifier" else None
    if slot is None or slot.index < 0 or function_exports(slot.function, ctx.model):
        return False
    sites = call_sites(slot.function, ctx.model)
    return bool(sites) and all(slot.index < len(args := call_arguments(site)) and made_here(args[slot.index], ctx.model) for site in sites)


def _undone_when_it_ends(fn: Node, undo: Node, root: Node) -> bool:
    """`attach(ws) { ws.on('message', ...); ws.on('close', () => this.detach(ws)) }`: the
    counterpart runs when the object that holds the listeners ends, so whatever it forgets to
    remove goes with that object; no attach/detach cycle reuses it."""
    if root.type == "this":
        return False
    undone = (function_name(undo) or "").rsplit(".", 1)[-1]
    owner = text(root)
    for node in walk(fn.child_by_field_name("body") or fn, skip=frozenset()):
        if node.type != "call_expression" or callee_name(node) not in LISTEN_METHODS or text(callee_object(node)) != owner:
            continue
        args = call_arguments(node)
        if len(args) >= 2 and string_value(args[0]) in NORMAL_END_EVENTS and undone and any(
                inner.type == "call_expression" and callee_name(inner) == undone for inner in walk(args[1])):
            return True
    return False


def _module_signal(signal: Node, ctx: FileContext) -> str | None:
    """`lifetime.signal` of a module-level `new AbortController()`: a signal that aborts, if
    ever, when the process shuts down. How a message names it, or None."""
    node = unwrap(signal)
    if node is None or node.type != "member_expression" or text(node.child_by_field_name("property")) != "signal":
        return None
    owner = unwrap(node.child_by_field_name("object"))
    binding = ctx.model.binding_of(owner) if owner is not None and owner.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.is_module_level else None
    if value is None or value.type != "new_expression" or text(value.child_by_field_name("constructor")) != "AbortController":
        return None
    return "the signal of a controller the module keeps, which aborts at shutdown if ever"



def _named_handler(handler: Node | None) -> bool:
    """A handler passed by name (`listener`, `entry.listener`), which a removal elsewhere can name too."""
    node = unwrap(handler)
    return node is not None and node.type in ("identifier", "member_expression")


def _handler_used_elsewhere(handler: Node | None, call: Node, ctx: FileContext) -> bool:
    """The handler (by name) is also handed to another registration or called: something else
    than its own event runs it, and with it the removal it makes of itself."""
    node = unwrap(handler)
    binding = ctx.model.binding_of(node) if node is not None and node.type == "identifier" else None
    return binding is not None and any(not r.is_write and not contains(call, r.identifier) and r.identifier != binding.identifier
                                       and not contains(binding.declaration, r.identifier) for r in binding.references)


def _operation_method(site: Node) -> Node | None:
    """The method `site` runs in (through arrows), when it is one the instance serves calls
    with, not its constructor, start or wiring (which run once per instance); a service's
    `create(data, params)` is served per request whatever its name says."""
    method = enclosing_function(site)
    while method is not None and method.type == "arrow_function":
        method = enclosing_function(method)
    if method is None or method.type != "method_definition" or is_constructor(method):
        return None
    name = _plain_method_name(method)
    served = name in SERVICE_METHODS and bool(parameter_list(method))
    if not served and (LIFECYCLE_METHODS.match(name) or OWNER_START_METHODS.match(name) or WIRING_METHODS.match(name)) \
            and not _in_own_loop(site, method):
        return None  # (but a start's loop, `run() { while (...) { ...; follow(this.stop.signal, c) } }`, goes round per job)
    return method


def _in_own_loop(site: Node, fn: Node) -> bool:
    """`site` sits in a loop of `fn` itself (not of a function inside it)."""
    for node in ancestors(site):
        if node == fn or node.type in FUNCTION_TYPES and node.type != "arrow_function":
            return False
        if node.type in LOOP_TYPES:
            return True
    return False


def _injected_into_method(argument: Node, site: Node, ctx: FileContext) -> bool:
    """`awaitReply(this.channel, id, fn)` in `request()`, with `this.channel` what the
    constructor was handed: a channel shared by every request the instance makes, as for a
    registration written in the method itself on an injected emitter."""
    kept = kept_from_constructor(argument, ctx.model)
    return kept is not None and kept[0] == enclosing_function(site)


def _own_long_lived_field(argument: Node, site: Node, ctx: FileContext) -> bool:
    """`this.payments` handed to a helper from a method of a long-lived class (a service, a
    client) that is not its start or wiring: the field lives as long as the instance, and each
    call of the method adds to it."""
    node = unwrap(argument)
    if node is None or node.type != "member_expression" or unwrap(node.child_by_field_name("object")) is None \
            or unwrap(node.child_by_field_name("object")).type != "this":
        return False
    method = _operation_method(site)
    cls = method.parent.parent if method is not None and method.parent is not None else None
    return cls is not None and any(owner.node == cls for owner in ctx.long_lived_classes)


def _shared_instance_chains(argument: Node, site: Node, ctx: FileContext) -> "tuple[tuple[str, ...], ...]":
    """`linkSignal(this.shutdown.signal, controller)` in `usageCsv()`, a method of an exported
    class this file makes no long-lived instance of: the field lives as long as the instance,
    which an importer may keep for the process (`const reports = new ReportService()` at its
    top, an injected singleton). The chains the method is called under on such an instance:
    the helper's registration reaches its callers there (project.join relays it)."""
    node = unwrap(argument)
    while node is not None and node.type == "member_expression" and unwrap(node.child_by_field_name("object")).type != "this":
        node = unwrap(node.child_by_field_name("object"))  # `this.shutdown.signal`: a field's own member
    method = _operation_method(site) if node is not None and node.type == "member_expression" else None
    cls = method.parent.parent if method is not None and method.parent is not None else None
    if cls is None or cls.type not in CLASS_TYPES or any(c.type == "static" for c in method.children):
        return ()
    return tuple(sorted((*chain, _plain_method_name(method)) for chain in instance_exports(cls, ctx.model)))


# The methods a service class (Feathers, a repository) serves each request with.
SERVICE_METHODS = frozenset({"find", "get", "create", "update", "patch", "remove"})
