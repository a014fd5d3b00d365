"""What ends an effect, known in one place for every rule.

A registration ends by itself with `{ once: true }` or `{ signal }`; a kept handle or disposer
hands the release to its keeper; a matching removal (same receiver, event and handler) or a
removal of every listener takes it down; a teardown of the receiver in the same function ends
all of it. listener-leak, request-capture and the pairing rules ask these same questions, so
one closure is never quiet in one rule and a warning in another.
"""

from __future__ import annotations

import re

from typing import Iterable, Iterator

from tree_sitter import Node

from .effects import Effect
from .keys import Key, key_of
from .model import SemanticModel
from .scopes import BindingKind
from .nodes import FUNCTION_TYPES, ancestors, call_arguments, callee_name, callee_object, contains, enclosing_function, function_name, handed_to, module_statements, outermost, returned_values, string_value, text, unwrap, walk

# Where a call's result is kept: by a variable, a field, an argument, a return, a collection.
HANDLE_KEEPERS = frozenset(
    {"variable_declarator", "assignment_expression", "arguments", "return_statement", "array", "pair", "arrow_function",
     "spread_element", "yield_expression", "await_expression"}
)


def has_signal_option(options: Node | None) -> bool:
    """The options name a `signal` (`{ signal }`, `{ signal: ctrl.signal }`): whatever aborts it ends what they set up."""
    options = unwrap(options)
    return options is not None and options.type == "object" and any(
        (p.type == "shorthand_property_identifier" and text(p) == "signal")
        or (p.type == "pair" and text(p.child_by_field_name("key")).strip("'\"") == "signal")
        for p in options.named_children
    )


def removes_itself(options: Node | None) -> bool:
    """`{ once: true }` removes itself; `{ signal }` is removed when the signal aborts."""
    options = unwrap(options)
    if options is None or options.type != "object":
        return False
    for prop in options.named_children:
        if prop.type == "shorthand_property_identifier" and text(prop) == "signal":
            return not _module_signal_local(prop)
        if prop.type == "pair":
            name = text(prop.child_by_field_name("key")).strip("'\"")
            value = text(prop.child_by_field_name("value"))
            if (name == "signal" and not _never_aborted(prop.child_by_field_name("value")) and not _module_signal(prop.child_by_field_name("value"))) \
                    or (name == "once" and value != "false"):
                return True
    return False


def _module_signal(signal: Node | None) -> bool:
    """`{ signal: serverLifetime.signal }` (or a top-level `const shutdown = ac.signal`), made by a
    controller the module itself holds, declared at its top level and in no function around
    the registration: it aborts once, at shutdown, so a registration made per run stays till then."""
    node = unwrap(signal)
    if node is not None and node.type == "member_expression" and text(node.child_by_field_name("property")) == "signal":
        node = unwrap(node.child_by_field_name("object"))
    if node is None or node.type != "identifier":
        return False
    name = text(node)
    for fn in (a for a in ancestors(node) if a.type in FUNCTION_TYPES):
        if re.search(rf"(?:\b(?:const|let|var)\s+|[(,]\s*){re.escape(name)}\b", text(fn)):
            return False  # a parameter or local of a function around it
    return _held_by_module(name, node)


def _held_by_module(name: str, node: Node) -> bool:
    """`name` is a controller (or its signal) the module declares at its top level, or imports
    from a module of the project (that module's own, as long-lived)."""
    root = node
    while root.parent is not None:
        root = root.parent
    pattern = re.compile(rf"^(?:export\s+)?(?:const|let|var)\s+{re.escape(name)}\s*(?::[^=]+)?=\s*(?:new\s+AbortController\b|[\w$.]+\.signal\b)")
    imported = re.compile(rf"^import\s[^;]*\b{re.escape(name)}\b[^;]*\bfrom\s+['\"]\.|^(?:const|let|var)\s+\{{[^}}]*\b{re.escape(name)}\b[^}}]*\}}\s*=\s*require\(\s*['\"]\.")
    return any(pattern.match(text(statement)) or imported.match(text(statement)) for statement in module_statements(root))


# `const { signal } = pageLifetime` or `const signal = pageLifetime.signal` (group 1: the controller).
SIGNAL_LOCAL = re.compile(r"\b(?:const|let|var)\s+(?:\{\s*signal\s*\}\s*=\s*([\w$]+)\b(?!\s*[.(\[])|signal\s*=\s*([\w$]+)\s*\.\s*signal\b)")


def _module_signal_local(prop: Node) -> bool:
    """`{ signal }` where the function took `signal` from a controller the module holds
    (`const { signal } = pageLifetime`): that signal aborts once, when the page or process ends."""
    fn = next((a for a in ancestors(prop) if a.type in FUNCTION_TYPES), None)
    found = SIGNAL_LOCAL.search(text(fn)) if fn is not None else None
    if found is None:
        return False
    return _held_by_module(found.group(1) or found.group(2), prop)


def own_controller(signal: Node | None) -> tuple[Node, Node] | None:
    """`{ signal: ac.signal }` with `const ac = new AbortController()` made in the same function:
    the controller's name where the signal is read, and that function."""
    node = unwrap(signal)
    if node is None or node.type != "member_expression" or text(node.child_by_field_name("property")) != "signal":
        return None
    controller = unwrap(node.child_by_field_name("object"))
    fn = enclosing_function(node)
    if controller is None or controller.type != "identifier" or fn is None:
        return None
    made = re.search(rf"\b(?:const|let|var)\s+{re.escape(text(controller))}\s*=\s*new\s+AbortController\s*\(", text(fn))
    return (controller, fn) if made is not None else None


def _never_aborted(signal: Node | None) -> bool:
    """An own controller's signal (own_controller) whose controller is never aborted: the signal
    never fires, so it removes nothing."""
    owned = own_controller(signal)
    return owned is not None and re.search(rf"\b{re.escape(text(owned[0]))}\s*\??\.\s*abort\s*\(", text(owned[1])) is None


def aborts_of_own_signal(options: Node | None, call: Node) -> list[Node]:
    """`{ signal: settled.signal }` of the registering function's own controller: its
    `settled.abort()` calls there, each one a removal of the listener. None when the listener
    aborts it itself (the option is then its `once`), or when the controller or its signal is
    handed on (returned, passed, stored): its end is someone else's."""
    options = unwrap(options)
    pair = next((p for p in options.named_children if p.type == "pair" and text(p.child_by_field_name("key")).strip("'\"") == "signal"), None) \
        if options is not None and options.type == "object" else None
    value = unwrap(pair.child_by_field_name("value")) if pair is not None else None
    owned = own_controller(value)
    if owned is None or enclosing_function(call) != owned[1]:
        return []
    controller, fn = owned
    uses = [n for n in walk(fn) if n.type == "identifier" and text(n) == text(controller) and n != controller]
    aborts = [n.parent.parent for n in uses if n.parent is not None and n.parent.type == "member_expression"
              and text(n.parent.child_by_field_name("property")) == "abort" and n.parent.parent is not None and n.parent.parent.type == "call_expression"]
    args = call_arguments(call)
    handler = unwrap(args[1]) if len(args) > 1 else None
    if handler is not None and any(contains(handler, a) for a in aborts):
        return []
    for use in uses:
        spelled = use.parent if use.parent is not None and use.parent.type == "member_expression" else use  # `ac` or `ac.signal`
        holder = outermost(spelled).parent
        declared = holder is not None and holder.type == "variable_declarator" and holder.child_by_field_name("name") == use
        if holder is not None and holder.type in HANDED_ON and outermost(spelled) != value and not declared:
            return []
    return aborts


# Where a value goes on to someone else: a call's arguments, a return, an object, a store.
HANDED_ON = frozenset({"arguments", "return_statement", "pair", "assignment_expression", "variable_declarator"})


def releasing_names(releases: Iterable[Node]) -> set[str]:
    """The plain names of the functions the releases sit in (`stop`, `_cancel`, or a React
    `const stop = useCallback(() => ...)`): a call of one of them, by name, releases too."""
    return {name.rsplit(".", 1)[-1] for r in releases if (fn := enclosing_function(r)) is not None
            and (name := function_name(fn) or _memoized_name(fn))}


# React hooks that hand back the function they are given, kept across renders.
MEMOIZING_HOOKS = frozenset({"useCallback", "useEvent", "useEffectEvent"})


def _memoized_name(fn: Node) -> str | None:
    """`const stop = useCallback(() => {...}, [])`: the name the hook's result is kept under."""
    holder = outermost(fn).parent
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    declarator = outermost(call).parent if call is not None and call.type == "call_expression" and callee_name(call) in MEMOIZING_HOOKS else None
    name = declarator.child_by_field_name("name") if declarator is not None and declarator.type == "variable_declarator" else None
    return text(name) if name is not None and name.type == "identifier" else None


def handle_kept(call: Node) -> bool:
    """A call whose return value is kept: a disposable or handle, released by its keeper. An
    awaited one as a statement of its own (`await onChannel(name, fn)`) is dropped once it settles."""
    parent = outermost(call).parent
    if parent is not None and parent.type == "await_expression":
        above = outermost(parent).parent
        if above is not None and above.type == "expression_statement":
            return False
    return parent is not None and parent.type in HANDLE_KEEPERS


def result_dropped(call: Node) -> bool:
    """Nothing keeps what `call` hands back: it is a statement of its own, awaited or not."""
    holder = outermost(call).parent
    if holder is not None and holder.type == "await_expression":
        holder = outermost(holder).parent
    return holder is not None and holder.type == "expression_statement"


def destructured_keys(call: Node) -> tuple[str, ...] | None:
    """The properties a caller takes from a call's result when it destructures it
    (`const { data, refresh } = usePolling(url)`, also after `await`); None when it keeps the
    whole value, takes the rest (`...others`), or does not destructure it."""
    holder = outermost(call).parent
    if holder is not None and holder.type == "await_expression":
        holder = outermost(holder).parent
    pattern = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else \
        holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else None
    if pattern is None or pattern.type != "object_pattern":
        return None
    keys = []
    for part in pattern.named_children:
        if part.type == "rest_pattern":
            return None
        name = part.child_by_field_name("key") if part.type == "pair_pattern" else \
            part.child_by_field_name("left") if part.type == "object_assignment_pattern" else part
        keys.append(text(name).strip("'\"`"))
    return tuple(keys)


def normalised(node: Node | None) -> str:
    """An expression's text without spaces or optional chaining: `a?.b` and `a.b` match."""
    return "".join(text(node).split()).replace("?.", ".")


# Calls that hand back a new object on every call, however alike their arguments:
# `window.matchMedia(q)` twice gives two lists, and a listener added to one is not on the other.
FRESH_PER_CALL = frozenset({"matchMedia"})


def made_per_call(node: Node | None) -> bool:
    """`window.matchMedia(q)`, `new EventSource(url)`: an expression whose every evaluation
    makes a new object, so the same text written twice denotes two objects."""
    node = unwrap(node)
    if node is None:
        return False
    if node.type == "new_expression":
        return True
    if node.type != "call_expression":
        return False
    callee = unwrap(node.child_by_field_name("function"))
    name = callee.child_by_field_name("property") if callee is not None and callee.type == "member_expression" else callee
    return text(name) in FRESH_PER_CALL


def same_object(target: Node, key: Key | None, shown: str, model: SemanticModel) -> bool:
    """Whether `target` denotes the object with `key` (or, with no key, spelled `shown`)."""
    other_key = key_of(target, model)
    if key is not None and other_key is not None:
        return other_key == key  # two parameters both named `emitter` are different objects
    if made_per_call(target):
        return False  # `window.matchMedia(q).removeEventListener(...)`: another list than the one added to
    return normalised(target) == shown


def stored_values(binding) -> list[tuple[Node, Node]]:
    """What a variable is given, each with where: its declaration's value, and the right side of
    every plain assignment to it (`current = watchKeys(next)`)."""
    found = [(binding.declaration, binding.value)] if binding.value is not None else []
    for write in binding.writes:
        holder = write.identifier.parent
        if holder is not None and holder.type == "assignment_expression" and holder.child_by_field_name("left") == write.identifier:
            found.append((holder, holder.child_by_field_name("right")))
    return found


def _handed_back_and_kept(added: Node, removed: Node, model: SemanticModel) -> bool:
    """The registering function hands back the handler it registers (`return onKeydown`), and
    the removal's name holds nothing but what calls of that function returned
    (`let current = watchKeys(a); ... current = watchKeys(b)`)."""
    handler, name = unwrap(added), unwrap(removed)
    fn = enclosing_function(handler) if handler is not None and handler.type == "identifier" else None
    binding = model.binding_of(name) if fn is not None and name is not None and name.type == "identifier" else None
    if binding is None or not any(text(unwrap(v)) == text(handler) for v in returned_values(fn)):
        return False
    calls = [c for c in (unwrap(v) for _, v in stored_values(binding)) if c is None or text(c) not in ("null", "undefined")]  # (`active = null` after removing)
    return bool(calls) and all(c is not None and c.type == "call_expression" and model.function_named(unwrap(c.child_by_field_name("function"))) == fn
                               for c in calls)


def same_handler(added: Node | None, added_key: Key | None, removed: Node | None, model: SemanticModel) -> bool:
    if added is None or removed is None:
        return False
    removed_key = key_of(removed, model)
    if added_key is not None and removed_key == added_key:
        return True
    if _kept_and_fetched(added, removed, model):
        return True  # `listeners.set(socket, onLine)` when added, `listeners.get(socket)` when removed
    if _handed_back_and_kept(added, removed, model):
        return True  # `current = watchKeys(map)`, `watchKeys` returning the `onKeydown` it registered
    if added_key is not None and removed_key is not None and not added_key.path and not removed_key.path \
            and _made_locally(added, model) and _made_locally(removed, model):
        return False  # two functions made under one name in different functions: different handlers
    if added_key is not None and removed_key is not None and added_key != removed_key and _disposer_of_own_parameter(removed, model):
        return False  # `follow(ch, fn) { ...; return () => off(ch, fn) }` takes down follow's own listener only
    added_node, removed_node = unwrap(added), unwrap(removed)
    if added_node is None or removed_node is None or added_node.type in FUNCTION_TYPES:
        return False
    return normalised(added_node) == normalised(removed_node)


def matching_removal(event_node: Node | None, handler: Node | None, receiver: Node, key: Key | None,
                     removals: Iterable[Effect], remove_all: Iterable[str], model: SemanticModel,
                     aliases: frozenset[str] = frozenset()) -> Effect | None:
    """The first removal that takes down the listener (see matching_removals)."""
    return next(matching_removals(event_node, handler, receiver, key, removals, remove_all, model, aliases), None)


def matching_removals(event_node: Node | None, handler: Node | None, receiver: Node, key: Key | None,
                      removals: Iterable[Effect], remove_all: Iterable[str], model: SemanticModel,
                      aliases: frozenset[str] = frozenset()) -> Iterator[Effect]:
    """The removals that take down the listener `handler` for `event_node` on `receiver` (key
    `key`): same receiver (or one spelled as in `aliases`), an event that may be the same, and
    the same handler, or a removal of all."""
    event = event_name(event_node, model)
    handler_key = key_of(handler, model) if handler is not None else None
    shown = normalised(receiver)
    remove_all = set(remove_all)
    for removal in removals:
        if removal.target is None or not (same_object(removal.target, key, shown, model) or normalised(removal.target) in aliases):
            continue
        other_event = event_name(removal.event, model)
        if event is not None and other_event is not None and other_event != event:
            continue
        if removal.verb in remove_all or removal.value is None:
            yield removal  # `off('event')` with no handler drops them all in socket.io-style emitters
        elif same_handler(handler, handler_key, removal.value, model):
            yield removal


def event_name(node: Node | None, model: SemanticModel) -> str | None:
    """An event as written (`'popstate'`) or through a const of the file that holds one
    (`const NAVIGATE_EVENT = 'app:navigate'`): two different names are two events."""
    value = string_value(node)
    node = unwrap(node)
    if value is not None or node is None or node.type != "identifier":
        return value
    binding = model.binding_of(node)
    return string_value(binding.value) if binding is not None and binding.kind is BindingKind.CONST and binding.value is not None else None


def last_name(node: Node | None) -> str:
    """`command.abort!.listener` -> 'listener'; `onAbort` -> 'onAbort'."""
    return normalised(node).replace("!", "").rsplit(".", 1)[-1]


def removal_by_names(event_node: Node | None, handler: Node | None, receiver: Node | None, removals: Iterable[Effect],
                     model: SemanticModel) -> bool:
    """Objects travel: `command.abort.signal.removeEventListener('abort', command.abort.listener)`
    in another method removes what `value.abort.signal.addEventListener('abort',
    value.abort.listener)` added. A removal of the same event whose receiver and handler end in
    the same names counts, as the pairing rules count a release by property name; with no
    receiver, the event and handler names alone (the receiver travels under other names)."""
    return next(removals_by_names(event_node, handler, receiver, removals, model), None) is not None


def removals_by_names(event_node: Node | None, handler: Node | None, receiver: Node | None,
                      removals: Iterable[Effect], model: SemanticModel) -> Iterator[Effect]:
    """The removals removal_by_names counts."""
    receiver_name, handler_name = (last_name(receiver) if receiver is not None else None), last_name(handler)
    event = string_value(event_node)
    for r in removals:
        if r.value is not None and string_value(r.event) == event and (r.target is not None or receiver is None) \
                and (receiver_name is None or last_name(r.target) == receiver_name) and last_name(r.value) == handler_name \
                and not made_per_call(r.target) and not _declared_apart(handler, r.value, model):
            yield r


def _declared_apart(added: Node | None, removed: Node, model: SemanticModel) -> bool:
    """`const onAbort = ...` in `sleep()` and another `const onAbort = ...` in `fetchWithRetry()`:
    the same name bound twice, each function for its own listener, so neither removal is the other's."""
    added, removed = unwrap(added), unwrap(removed)
    if added is None or removed is None or added.type != "identifier" or removed.type != "identifier":
        return False
    first, second = model.binding_of(added), model.binding_of(removed)
    return first is not None and second is not None and first is not second and _made_here(first) and _made_here(second)


def _made_here(binding) -> bool:
    """A name its function gives a value of its own (`const onAbort = () => ...`, `function
    onAbort() {}`); not a parameter or a loop's element, which pass one function round."""
    return binding.kind is BindingKind.FUNCTION or (binding.kind in (BindingKind.CONST, BindingKind.LET, BindingKind.VAR) and binding.value is not None)


def torn_down_in(scope: Node | None, receiver: Node, key: Key | None, teardowns: Iterable[Effect], model: SemanticModel) -> bool:
    """`stream.on('error', noop); stream.destroy()`: the receiver ends in the same function."""
    shown = normalised(receiver)
    return any(
        enclosing_function(t.node) == scope and t.target is not None and same_object(t.target, key, shown, model)
        for t in teardowns
    )


def handle_cleared(start: Node, clears: Iterable[Effect], debounce_fires: bool = False) -> bool:
    """`const t = setTimeout(...)` with a `clearTimeout(t)` somewhere: the program ends the timer.
    With `debounce_fires`, a clear just before the timer is armed again in the same function
    (a debounce) does not count: the last timer armed still fires."""
    scope = enclosing_function(start)
    return any(not (debounce_fires and enclosing_function(c.node) == scope and c.node.start_byte < start.start_byte)
               for c in clears_of(start, clears))


def clears_of(start: Node, clears: Iterable[Effect]) -> list[Effect]:
    """The clears that end the timer `start` arms, by the name its handle is kept under."""
    held = outermost(start)
    parent = held.parent
    while parent is not None and parent.type == "ternary_expression" and parent.child_by_field_name("condition") != held:
        held = outermost(parent)  # `const ping = keepAlive ? setInterval(...) : null`: either way, kept there
        parent = held.parent
    target = None
    if parent is not None and parent.type == "variable_declarator":
        target = parent.child_by_field_name("name")
    elif parent is not None and parent.type == "assignment_expression":
        target = parent.child_by_field_name("left")
    shown = normalised(target) if target is not None else None
    table = _table_kept_in(held)
    if table is not None:  # `timers.set(key, setInterval(...))`: cleared through the table
        return [c for c in clears if c.target is not None and _read_from_table(c.target, c.node, table)]
    return [c for c in clears if shown is not None and c.target is not None and normalised(c.target) == shown]


def _names_in(pattern: Node | None) -> set[str]:
    return {text(i) for i in walk(pattern) if i.type == "identifier"} if pattern is not None else set()


def _table_kept_in(held: Node) -> str | None:
    """The table a value is put in as it is made (`timers.set(key, <held>)`), as written."""
    handed = handed_to(held)
    if handed is None or handed[1] != 1 or handed[0].type != "call_expression" or callee_name(handed[0]) != "set":
        return None
    table = callee_object(handed[0])
    return normalised(table) if table is not None else None


def _read_from_table(target: Node, clear: Node, table: str) -> bool:
    """The cleared value comes out of `table`: `timers.get(key)`, or the variable of a loop
    over it (`for (const t of timers.values())`) or of a callback of its `forEach`."""
    target = unwrap(target)
    if target is None:
        return False
    if target.type == "call_expression" and callee_name(target) == "get":
        return callee_object(target) is not None and normalised(callee_object(target)) == table
    if target.type != "identifier":
        return False
    name = text(target)
    for holder in ancestors(clear):
        if holder.type == "for_in_statement":
            right = holder.child_by_field_name("right")
            over = normalised(right) if right is not None else ""
            if (over == table or over.startswith(table + ".")) and name in _names_in(holder.child_by_field_name("left")):
                return True
        handed = handed_to(holder) if holder.type in FUNCTION_TYPES else None
        if handed is not None and callee_name(handed[0]) == "forEach" and callee_object(handed[0]) is not None \
                and normalised(callee_object(handed[0])) == table \
                and name in _names_in(holder.child_by_field_name("parameters") or holder.child_by_field_name("parameter")):
            return True
    return False


def _disposer_of_own_parameter(removed: Node, model: SemanticModel) -> bool:
    """The removed handler is a parameter of a function, and the removal sits in a closure that
    function makes (the disposer it hands back), not in the function itself: an API pair
    `unsubscribe(fn) { off('x', fn) }` removes what any caller passes, a disposer only its own."""
    node = unwrap(removed)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.PARAMETER or binding.scope.node is None:
        return False
    return enclosing_function(node) != binding.scope.node


# Methods that put a value into a container, and those that read one back.
KEEPING_METHODS = frozenset({"set", "push", "add", "unshift"})
FETCHING_METHODS = frozenset({"get", "pop", "shift"})


def _kept_and_fetched(added: Node, removed: Node, model: SemanticModel) -> bool:
    """The handler was put into a container when added (`this.listeners.set(socket, listener)`,
    `handlers[id] = listener`) and the removal reads it back from the same container
    (`this.listeners.get(socket)`, directly or through a local): the same function."""
    kept = _containers_keeping(unwrap(added), model)
    if not kept:
        return False
    fetched = unwrap(removed)
    if fetched is not None and fetched.type == "identifier":
        binding = model.binding_of(fetched)
        walked = _walked_container(binding) if binding is not None else None
        if walked is not None:
            return walked in kept  # `for (const [event, fn] of attached) source.off(event, fn)`
        fetched = unwrap(binding.value) if binding is not None and not binding.writes else None
    if fetched is None:
        return False
    if fetched.type == "subscript_expression":
        return normalised(fetched.child_by_field_name("object")) in kept
    function = unwrap(fetched.child_by_field_name("function")) if fetched.type == "call_expression" else None
    return function is not None and function.type == "member_expression" \
        and text(function.child_by_field_name("property")) in FETCHING_METHODS and normalised(function.child_by_field_name("object")) in kept


def _containers_keeping(handler: Node | None, model: SemanticModel) -> set[str]:
    """The containers (as spelled) a locally made handler is put into."""
    if handler is None or handler.type != "identifier":
        return set()
    binding = model.binding_of(handler)
    if binding is None or binding.is_module_level or binding.kind is BindingKind.PARAMETER:
        return set()
    found = set()
    for reference in binding.references:
        ident = reference.identifier
        parent = outermost(ident).parent
        while parent is not None and parent.type in RECORD_PARTS:  # `attached.push([event, forward])`, `{ event, fn: forward }`
            parent = outermost(parent).parent
        if parent is None:
            continue
        if parent.type == "arguments" and parent.parent is not None and parent.parent.type == "call_expression":
            function = unwrap(parent.parent.child_by_field_name("function"))
            if function is not None and function.type == "member_expression" and text(function.child_by_field_name("property")) in KEEPING_METHODS:
                found.add(normalised(function.child_by_field_name("object")))
        elif parent.type == "assignment_expression" and parent.child_by_field_name("right") == outermost(ident):
            left = unwrap(parent.child_by_field_name("left"))
            if left is not None and left.type in ("subscript_expression", "member_expression"):
                found.add(normalised(left.child_by_field_name("object")))
    return found


# Nodes between a handler and the record that carries it into a container.
RECORD_PARTS = frozenset({"array", "object", "pair", "shorthand_property_identifier"})


def _walked_container(binding) -> str | None:
    """The container (as spelled) whose elements a name is taken from as it is walked:
    `for (const [event, fn] of attached)`, `attached.forEach(({ fn }) => ...)`. None otherwise."""
    holder = binding.declaration
    while holder is not None and holder.type in ("array_pattern", "object_pattern", "pair_pattern", "shorthand_property_identifier_pattern",
                                                 "variable_declarator", "lexical_declaration", "required_parameter", "formal_parameters"):
        holder = holder.parent
    if holder is None:
        return None
    if holder.type == "for_in_statement" and text(holder.child_by_field_name("operator")) == "of":
        return normalised(holder.child_by_field_name("right"))
    if holder.type in FUNCTION_TYPES and binding.kind is BindingKind.PARAMETER:
        call = holder.parent.parent if holder.parent is not None and holder.parent.type == "arguments" else None
        function = unwrap(call.child_by_field_name("function")) if call is not None and call.type == "call_expression" else None
        if function is not None and function.type == "member_expression" and text(function.child_by_field_name("property")) == "forEach":
            return normalised(function.child_by_field_name("object"))
    return None


def _made_locally(handler: Node, model: SemanticModel) -> bool:
    """A handler the function makes itself (`const onData = ...`, `function onData`), not one it
    is handed: `on(name, cb)` and `off(name, cb)` wrappers pass the caller's same function."""
    binding = model.binding_of(unwrap(handler)) if unwrap(handler) is not None and unwrap(handler).type == "identifier" else None
    return binding is not None and not binding.is_module_level and binding.kind is not BindingKind.PARAMETER


# rxjs sources that never complete by themselves: a timer that repeats, events of a target.
ENDLESS_SOURCES = frozenset({"interval", "fromEvent", "fromEventPattern", "animationFrames"})


def never_completes(source: Node) -> bool:
    """`interval(1000)`, `timer(0, 5000)`, `fromEvent(window, 'resize')`: subscribed, it runs
    until unsubscribed, whoever made it."""
    node = unwrap(source)
    if node is None or node.type != "call_expression":
        return False
    name = callee_name(node)
    return name in ENDLESS_SOURCES or (name == "timer" and len(call_arguments(node)) >= 2)


def never_finalized(node: Node) -> bool:
    """`timer(0, ms).pipe(..., finalize(() => streams.delete(key)), shareReplay(1))`: code in a
    `finalize()` of a pipe over a source that never completes, shared by `shareReplay` without
    `refCount: true`, which keeps its subscription to the source after the last subscriber
    leaves: the finalize never runs."""
    fn = enclosing_function(node)
    holder = outermost(fn).parent if fn is not None else None
    finalize = holder.parent if holder is not None and holder.type == "arguments" else None
    pipe = outermost(finalize).parent.parent if finalize is not None and callee_name(finalize) == "finalize" \
        and outermost(finalize).parent is not None and outermost(finalize).parent.type == "arguments" else None
    if pipe is None or pipe.type != "call_expression" or callee_name(pipe) != "pipe":
        return False
    operators = [unwrap(a) for a in call_arguments(pipe)]
    shared = next((o for o in operators if o is not None and o.type == "call_expression" and callee_name(o) == "shareReplay"
                   and operators.index(o) > operators.index(outermost(finalize))), None)
    if shared is None or "refCount" in text(shared) or not never_completes(callee_object(pipe)):
        return False
    return True


def removed_key(node: Node) -> Node | None:
    """The key a removal names: `m.delete(k)`'s `k`, `delete o[k]`'s `k`; None for any other."""
    if node.type == "call_expression" and callee_name(node) == "delete":
        args = call_arguments(node)
        return unwrap(args[0]) if args else None
    target = unwrap(node.child_by_field_name("argument")) if node.type == "unary_expression" else None
    return unwrap(target.child_by_field_name("index")) if target is not None and target.type == "subscript_expression" else None
