"""Where the handle an acquire call returns goes, and what is done with it afterwards.

`t = setInterval(...)`, `this.timer = setTimeout(...)`, `timers[id] = ...`: the handle lands
under a receiver key, is dropped on the floor, or is handed away (returned, passed on, pushed
into a collection). Every later use of the key is then a release, a neutral use (`.unref()`,
a null check) or an escape. The pairing and timer rules ask the same questions, so the answers
live here, and a release is kept as the node it is, for the path it runs on (semantic.paths).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Iterable, Iterator

from tree_sitter import Node

from ..project import project_specifier
from .keys import Key, key_of, this_key
from .scopes import BindingKind
from .nodes import FIELD_TYPES, TRANSPARENT_WRAPPERS, ancestors, call_arguments, callee_name, enclosing_function, is_static_member, method_call_on, outermost, text, unwrap

if TYPE_CHECKING:
    from ..context import FileContext

# (`const watch = await watchTree(root)`: an async helper hands its handle over once it settles)
PASS_VALUE_THROUGH = TRANSPARENT_WRAPPERS | {"ternary_expression", "binary_expression", "await_expression"}
ESCAPE_PARENTS = frozenset(
    {"return_statement", "array", "spread_element", "yield_expression", "pair", "arrow_function", "jsx_expression"}
)
MAX_ALIAS_DEPTH = 3


class Fate(str, Enum):
    DROPPED = "dropped"
    STORED = "stored"
    ESCAPED = "escaped"


@dataclass
class Destination:
    fate: Fate
    key: Key | None = None
    target: Node | None = None  # where the handle is stored, for messages and related locations
    chained: set[str] = field(default_factory=set)  # neutral methods called on the result directly


@dataclass
class Uses:
    releases: list[Node] = field(default_factory=list)  # the release calls, in source order
    escaped: bool = False
    methods: set[str] = field(default_factory=set)
    # Every escape was as an argument to a callback the acquiring function was handed
    # (`withTransaction(fn) { ...; await fn(client) }`): lent for the call, not given away.
    lent_only: bool = True
    borrowers: list[Node] = field(default_factory=list)  # the calls handed the handle as an argument, lent or not
    given_away: bool = False  # an escape other than as a call's argument: stored, returned, put in a literal

    @property
    def released(self) -> bool:
        return bool(self.releases)

    def absorb(self, other: "Uses") -> None:
        """Add the uses found under a second name of the same handle (an alias, the owner's box)."""
        self.releases += other.releases
        self.escaped |= other.escaped
        self.methods |= other.methods
        self.lent_only &= other.lent_only
        self.borrowers += other.borrowers
        self.given_away |= other.given_away


@dataclass(frozen=True)
class Releasers:
    """How a handle is released: passed to a function (`clearInterval(t)`) or a method called
    on it (`watcher.close()`); and the methods that neither release nor hand it away."""
    functions: frozenset[str]
    methods: frozenset[str]
    neutral: frozenset[str] = frozenset()

    @classmethod
    def of(cls, functions: Iterable[str], methods: Iterable[str], neutral: Iterable[str] = ()) -> "Releasers":
        return cls(frozenset(functions), frozenset(methods), frozenset(neutral))


def destination(call: Node, releasers: Releasers, ctx: "FileContext") -> Destination:
    """Where the value of `call` lands, through wrappers, ternaries, neutral chained methods
    (`setInterval(f, 1).unref()`) and object literals (`{ timer: setTimeout(...) }`)."""
    node, chained, suffix = call, set(), []
    while True:
        parent = node.parent
        if parent is None:
            return Destination(Fate.ESCAPED)
        kind = parent.type
        if kind in PASS_VALUE_THROUGH and parent.child_by_field_name("condition") != node:
            node = parent
            continue
        method_call = method_call_on(node)
        if method_call is not None and callee_name(method_call) in releasers.neutral:
            chained.add(callee_name(method_call))
            node = method_call
            continue
        if kind == "expression_statement":
            return Destination(Fate.DROPPED, chained=chained)
        if kind == "pair" and parent.child_by_field_name("value") == node and parent.parent is not None:
            suffix.insert(0, text(parent.child_by_field_name("key")).strip("'\"`"))
            node = parent.parent
            continue
        runner = _running_call(parent, node)
        if runner is not None:  # `zone.runOutsideAngular(() => setInterval(...))` returns the handle
            node = runner
            continue
        return _stored_at(parent, node, suffix, chained, ctx)


# Calls that run the function they are given at once and return its result.
RUN_AND_RETURN = frozenset({"runOutsideAngular", "runGuarded"})


def _running_call(parent: Node, node: Node) -> Node | None:
    """The call that runs the arrow whose body `node` is and hands back its value:
    `runOutsideAngular(() => x)`, `zone.run(() => x)`."""
    if parent.type != "arrow_function" or parent.child_by_field_name("body") != node:
        return None
    arguments = outermost(parent).parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return None
    name = callee_name(call)
    receiver = text(call.child_by_field_name("function")).rsplit(".", 1)[0].lower()
    return call if name in RUN_AND_RETURN or (name == "run" and receiver.endswith("zone")) else None


def _stored_at(parent: Node, node: Node, suffix: list[str], chained: set[str], ctx: "FileContext") -> Destination:
    kind = parent.type
    key: Key | None = None
    target: Node | None = None
    if kind == "variable_declarator" and parent.child_by_field_name("value") == node:
        target = parent.child_by_field_name("name")
        if target is not None and target.type == "identifier":
            key = key_of(target, ctx.model)
    elif kind == "assignment_expression" and parent.child_by_field_name("right") == node:
        target = parent.child_by_field_name("left")
        key = key_of(target, ctx.model)
    elif kind in FIELD_TYPES and parent.child_by_field_name("value") == node:
        target = parent.child_by_field_name("property") or parent.child_by_field_name("name")
        owner = this_key(parent) if not is_static_member(parent) else Key(f"static@{parent.parent.start_byte}")
        key = owner.child(text(target))
    if key is None:
        return Destination(Fate.ESCAPED)
    for part in suffix:
        key = key.child(part)
    return Destination(Fate.STORED, key, target, chained)


def uses_of(key: Key, releasers: Releasers, ctx: "FileContext", acquire: Node, depth: int = 0) -> Uses:
    """Every use of the key the handle is stored under, through plain aliases (`const t = this.timer`)."""
    uses = Uses()
    for node in nodes_with_key(key, ctx):
        _classify(node, uses, releasers, ctx, acquire, depth)
    uses.releases.sort(key=lambda n: n.start_byte)
    if depth == 0 and uses.escaped and not uses.lent_only and not uses.given_away and uses.releases \
            and all(_borrowed_before_release(call, uses.releases, acquire) for call in uses.borrowers):
        uses.escaped, uses.lent_only = False, True  # handed only to helpers on the way to the function's own release
    return uses


def _borrowed_before_release(call: Node, releases: list[Node], acquire: Node) -> bool:
    """`await recordVisit(client, user)` as a statement, and later in the same block the
    function's own `client.release()`: every path to that release runs the call first, and a
    helper that released or kept the handle would make the release wrong, so it only borrowed
    it, whatever file it comes from. A call on one branch (`if (bad) return closeAll(client)`)
    proves nothing and stays an escape."""
    fn = enclosing_function(acquire)
    statement = outermost(call)
    if statement.parent is not None and statement.parent.type == "await_expression":
        statement = statement.parent
    statement = statement.parent
    if statement is None or statement.type != "expression_statement" or enclosing_function(call) != fn:
        return False
    block = statement.parent
    return block is not None and block.type == "statement_block" and any(
        r.start_byte > statement.end_byte and block.start_byte < r.start_byte < block.end_byte and enclosing_function(r) == fn for r in releases)


def nodes_with_key(key: Key, ctx: "FileContext") -> Iterator[Node]:
    if not key.path:
        binding = ctx.model.binding_with_uid(key.root)
        for reference in binding.references if binding is not None else ():
            yield reference.identifier
        return
    yield from ctx.accesses(key)


def _classify(node: Node, uses: Uses, releasers: Releasers, ctx: "FileContext", acquire: Node, depth: int) -> None:
    node = outermost(node)
    parent = node.parent
    if parent is None:
        return
    kind = parent.type
    if kind == "member_expression" and parent.child_by_field_name("object") == node:
        method = text(parent.child_by_field_name("property"))
        called = parent.parent is not None and parent.parent.type == "call_expression"
        if called and method in releasers.methods:
            uses.releases.append(parent.parent)
        elif called:
            uses.methods.add(method)
    elif kind == "arguments":
        if callee_name(parent.parent) in releasers.functions or _imported_stopper(parent.parent, ctx):
            uses.releases.append(parent.parent)
        elif parent.parent != acquire and not ctx.model.is_logging(parent.parent):
            uses.escaped = True
            uses.borrowers.append(parent.parent)
            uses.lent_only &= _callback_parameter_call(parent.parent, acquire, ctx) or _only_borrowed_by(parent.parent, node, ctx)
    elif kind == "assignment_expression" and parent.child_by_field_name("right") == node:
        left = parent.child_by_field_name("left")
        ref = react_ref_slot(left, ctx) or _own_field(left, ctx)
        if ref is not None and depth < MAX_ALIAS_DEPTH:  # `socketRef.current = socket`, `this.socket = ws`: the owner's own box, a second name
            uses.absorb(uses_of(ref, releasers, ctx, acquire, depth + 1))
        else:
            uses.escaped, uses.lent_only, uses.given_away = True, False, True
    elif kind == "variable_declarator" and parent.child_by_field_name("value") == node:
        _follow_alias(parent, uses, releasers, ctx, acquire, depth)
    elif kind in ESCAPE_PARENTS or (kind == "object" and node.type == "shorthand_property_identifier"):
        # (`table.set(id, { name, subscriber })`: a shorthand property hands it on as a pair does)
        uses.escaped, uses.lent_only, uses.given_away = True, False, True


def _callback_parameter_call(call: Node, acquire: Node, ctx: "FileContext") -> bool:
    """`fn(client)` where `fn` is a parameter of the function that made the handle: the caller's
    callback, which uses it for the call's length."""
    callee = unwrap(call.child_by_field_name("function"))
    binding = ctx.model.binding_of(callee) if callee is not None and callee.type == "identifier" else None
    return binding is not None and binding.kind is BindingKind.PARAMETER and binding.scope.function_scope.node == enclosing_function(acquire)


def _only_borrowed_by(call: Node, argument: Node, ctx: "FileContext", depth: int = 0) -> bool:
    """`withPage(browser, html, render)` where `withPage` is a function of the file whose
    parameter in that place is only used, never kept: it calls methods on it or reads its
    properties, or lends it in turn to another such function (three deep at most), and neither
    stores, returns nor hands it elsewhere. The handle stays the caller's."""
    from .summaries import parameter_at

    if depth > 3:
        return False
    callee = unwrap(call.child_by_field_name("function"))
    fn = ctx.model.function_named(callee) if callee is None or callee.type != "member_expression" else _own_method(callee, ctx)
    arguments = call_arguments(call)
    index = next((i for i, a in enumerate(arguments) if outermost(a) == argument or unwrap(a) == argument), None)
    parameter = parameter_at(fn, index) if fn is not None and index is not None else None
    borrowed = ctx.model.binding_of(parameter) if parameter is not None and parameter.type == "identifier" else None
    if borrowed is None or borrowed.kind is not BindingKind.PARAMETER:
        return False
    for reference in borrowed.references:
        use = reference.identifier
        if use == borrowed.identifier:
            continue
        member = outermost(use).parent
        if member is not None and member.type == "arguments" and not reference.is_write and member.parent is not None \
                and member.parent.type == "call_expression" and _only_borrowed_by(member.parent, use, ctx, depth + 1):
            continue  # lent on: `return jpegSize(handle)`, a function of the file that only uses it too
        if reference.is_write or member is None or member.type != "member_expression" or member.child_by_field_name("object") != outermost(use):
            return False  # kept, returned, handed on or compared: what happens to it is the helper's
    return True



def _own_method(callee: Node, ctx: "FileContext") -> Node | None:
    """`this.request` called in a method: the class's own method of that name."""
    if unwrap(callee.child_by_field_name("object")) is None or unwrap(callee.child_by_field_name("object")).type != "this":
        return None
    body = next((a for a in ancestors(callee) if a.type == "class_body"), None)
    method = ctx.methods_of(body.parent).get(text(callee.child_by_field_name("property"))) if body is not None and body.parent is not None else None
    return method if method is not None and method.type == "method_definition" else None


def _own_field(target: Node | None, ctx: "FileContext") -> Key | None:
    """`this.socket` as the target of `this.socket = ws`, a field of the instance itself; or an
    outer `let socket` of the function (a composable's, a module's) in `socket = ws`."""
    node = unwrap(target)
    if node is not None and node.type == "identifier":
        binding = ctx.model.binding_of(node)
        return key_of(node, ctx.model) if binding is not None and binding.kind in (BindingKind.LET, BindingKind.VAR) else None
    if node is None or node.type != "member_expression" or unwrap(node.child_by_field_name("object")) is None \
            or unwrap(node.child_by_field_name("object")).type != "this":
        return None
    return key_of(node, ctx.model)


# Names of a project's own functions that end what a handle stands for: `stopHeartbeat(t)`.
STOPPER_NAMES = re.compile(r"^(?:stop|clear|cancel|dispose|destroy|teardown|release|end|close|unwatch|unsubscribe|halt|kill)[A-Z_]?")


def _imported_stopper(call: Node, ctx: "FileContext") -> bool:
    """`stopHeartbeat(beat)`, a function imported from another module of the project and named
    for ending things, handed the handle: where it runs is where the handle is released (what
    the helper does is its own module's to say; this only tells which paths release)."""
    callee = call.child_by_field_name("function")
    if callee is None or callee.type != "identifier" or not STOPPER_NAMES.match(text(callee)) or not ctx.relative_imports:
        return False
    binding = ctx.model.binding_of(callee)
    return binding is not None and binding.source_module is not None and project_specifier(binding.source_module)


def react_ref_slot(left: Node | None, ctx: "FileContext") -> Key | None:
    """The key of `xRef.current` when `xRef` is a local `useRef()` of the component: a store
    there keeps the handle in the component's own box, which goes with the component."""
    left = unwrap(left)
    if left is None or left.type != "member_expression" or text(left.child_by_field_name("property")) != "current":
        return None
    box = unwrap(left.child_by_field_name("object"))
    binding = ctx.model.binding_of(box) if box is not None and box.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.value is not None else None
    if value is None or value.type != "call_expression" or callee_name(value) != "useRef":
        return None
    return key_of(left, ctx.model)


def _follow_alias(declarator: Node, uses: Uses, releasers: Releasers, ctx: "FileContext", acquire: Node, depth: int) -> None:
    name = declarator.child_by_field_name("name")
    alias = key_of(name, ctx.model) if name is not None and name.type == "identifier" else None
    if alias is None or depth >= MAX_ALIAS_DEPTH:
        uses.escaped, uses.lent_only, uses.given_away = True, False, True
        return
    uses.absorb(uses_of(alias, releasers, ctx, acquire, depth + 1))


def direct_calls(binding) -> tuple[list[Node], bool]:
    """The calls of a binding that holds a function (`release()`, `stop()`), in source order, and
    whether it is only ever called (not handed on, returned or stored)."""
    calls, only = [], True
    for reference in binding.references:
        use = outermost(reference.identifier)
        if use.parent is not None and use.parent.type == "call_expression" and use.parent.child_by_field_name("function") == use:
            calls.append(use.parent)
        elif use != binding.identifier:
            only = False
    return sorted(calls, key=lambda n: n.start_byte), only


def kept_unread(call: Node, ctx: "FileContext") -> bool:
    """`this.unsubscribe = store.subscribe(fn)` (or `unwatch = watch(...)`) with nothing that
    ever reads it again: kept in name only, as good as dropped. Asked by several rules about
    the same call: answered once per call."""
    answers = ctx.shared.setdefault("handles.kept_unread", {})
    if call.id not in answers:
        answers[call.id] = _kept_unread(call, ctx)
    return answers[call.id]


def _kept_unread(call: Node, ctx: "FileContext") -> bool:
    holder = outermost(call).parent
    adder = holder.parent if holder is not None and holder.type == "arguments" else None
    if adder is not None and adder.type == "call_expression" and text(adder.child_by_field_name("function")).endswith(".add") \
            and len(call_arguments(adder)) == 1:
        return _collected_unread(adder, ctx)  # `subs.add(src.subscribe(...))`: kept as long as `subs` is
    found = destination(call, Releasers(frozenset(), frozenset()), ctx)
    if found.fate is not Fate.STORED or found.key is None or found.target is None:
        return False
    for node in nodes_with_key(found.key, ctx):
        top = outermost(node)
        parent = top.parent
        if top == outermost(found.target) or (parent is not None and parent.type in ("assignment_expression", "augmented_assignment_expression")
                                             and parent.child_by_field_name("left") == top):
            continue  # the store itself, or another store into it
        if node.type == "identifier" and node.parent is not None and node.parent.type == "variable_declarator" \
                and node.parent.child_by_field_name("name") == node:
            continue  # its declaration (`let unwatch;`)
        if _state_read(node):
            continue  # `subscription.closed`: looked at, never ended
        return False
    return True


def kept_for_a_look(call: Node, ctx: "FileContext") -> bool:
    """`const feed = alerts$.subscribe(fn)` in a function, then at most `feed.closed`: the local
    holds the handle, and nothing ever ends it or hands it on."""
    holder = outermost(call).parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    binding = ctx.model.binding_of(name) if name is not None and name.type == "identifier" else None
    if binding is None or binding.is_module_level or binding.writes:
        return False
    return all(_state_read(r.identifier) for r in binding.references if not r.is_write)


def _state_read(node: Node) -> bool:
    """`node.closed`, read and not called nor written: a look at the handle's state."""
    member = node.parent
    if member is None or member.type != "member_expression" or member.child_by_field_name("object") != node:
        return False
    above = member.parent
    if above is not None and above.type == "call_expression" and above.child_by_field_name("function") == member:
        return False
    return not (above is not None and above.type in ("assignment_expression", "augmented_assignment_expression")
                and above.child_by_field_name("left") == member)


def _collected_unread(adder: Node, ctx: "FileContext") -> bool:
    """`const subs = new Subscription(); subs.add(src.subscribe(...))` in a function, with `subs`
    used for nothing but more adds: never unsubscribed, returned, stored or handed on, it ends
    nothing it collects."""
    owner = unwrap(adder.child_by_field_name("function").child_by_field_name("object"))
    binding = ctx.model.binding_of(owner) if owner is not None and owner.type == "identifier" else None
    made = unwrap(binding.value) if binding is not None else None
    if binding is None or binding.is_module_level or made is None or made.type != "new_expression" \
            or text(made.child_by_field_name("constructor")) not in ("Subscription", "CompositeDisposable", "DisposableStore"):
        return False
    for reference in binding.references:
        member = reference.identifier.parent
        if reference.identifier == binding.identifier:
            continue
        if member is None or member.type != "member_expression" or text(member.child_by_field_name("property")) != "add":
            return False  # unsubscribed, disposed, returned, handed on: someone may end it
    return True


def stored_on(declarator: Node) -> Node | None:
    """The one assignment of the function that stores a const local elsewhere (`source = es`)."""
    from .nodes import enclosing_function

    name = declarator.child_by_field_name("name")
    kind = declarator.parent.child_by_field_name("kind") if declarator.parent is not None else None
    fn = enclosing_function(declarator)
    if name is None or name.type != "identifier" or kind is None or text(kind) != "const" or fn is None:
        return None
    stores = []
    spelled = fn.text or b""  # found by its bytes (`= es`), then confirmed in the tree: functions can be long
    for match in re.finditer(rb"(?<![=!<>])=\s*(" + re.escape(text(name).encode()) + rb")(?![\w$.(\[])", spelled):
        ident = fn.descendant_for_byte_range(fn.start_byte + match.start(1), fn.start_byte + match.end(1))
        assignment = ident.parent if ident is not None else None
        if assignment is not None and assignment.type == "assignment_expression" and unwrap(assignment.child_by_field_name("right")) == ident \
                and enclosing_function(assignment) == fn:
            stores.append(assignment)
    return stores[0] if len(stores) == 1 else None


def _stored_over_right_after(store: Node, left: Node) -> bool:
    """`store` is followed, in the same block, by another store into `left` with no read of it
    between."""
    from .nodes import FUNCTION_TYPES, walk
    from .releases import normalised

    statement = outermost(store).parent
    block = statement.parent if statement is not None else None
    if block is None or block.type != "statement_block":
        return False
    spelled = normalised(left)
    for sibling in block.named_children:
        if sibling.start_byte <= statement.start_byte:
            continue
        expression = sibling.named_children[0] if sibling.type == "expression_statement" and sibling.named_children else None
        target = unwrap(expression.child_by_field_name("left")) if expression is not None and expression.type == "assignment_expression" else None
        if target is not None and normalised(target) == spelled:
            right = expression.child_by_field_name("right")
            return not any(normalised(n) == spelled for n in walk(right) if n.type in ("member_expression", "identifier"))
        if any(n.type in ("member_expression", "identifier") and normalised(n) == spelled for n in walk(sibling, skip=FUNCTION_TYPES)):
            return False  # read (called, handed on) before the next store
    return False


def _released_on_the_other_turn(call: Node, fn: Node, spelled: str) -> bool:
    """`open(isOpen) { if (isOpen) this.release = push(...); else this.release() }` in a watcher
    of a Boolean prop: one branch stores and the other calls what it stored, turn about."""
    from .nodes import ancestors, contains, walk
    from .releases import normalised
    from .runs import boolean_watcher

    others = [a.parent.child_by_field_name("alternative") for a in ancestors(call) if a.parent is not None and a.parent.type == "if_statement"
              and a.parent.child_by_field_name("consequence") == a and contains(fn, a.parent)]
    return any(o is not None for o in others) and boolean_watcher(fn) and any(
        n.type == "call_expression" and normalised(n.child_by_field_name("function")) == spelled for o in others if o is not None for n in walk(o))


def stored_over_previous(call: Node, ctx: "FileContext") -> bool:
    """`this.probe = startHealthProbe(channel)` in a method that runs again on the same instance
    (a reconnect loop), or `stop = follow(id)` in a handler, a variable of the function around
    it: the new handle goes where the last one is, and nothing before it in the function hands
    the last one to anything (`stopHealthProbe(this.probe)`, `this.probe.stop()`, `stop()`).
    Kept in name only: every earlier one is lost."""
    from .callers import refine
    from .guards import guarded_once
    from .nodes import FUNCTION_TYPES, enclosing_function, walk
    from .releases import normalised
    from .runs import RunsHow, run_context

    holder = outermost(call).parent
    if holder is not None and holder.type == "await_expression":
        holder = outermost(holder).parent
    if holder is not None and holder.type == "variable_declarator":
        holder = stored_on(holder)  # `const es = new EventSource(url); ...; source = es`
    left = unwrap(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" else None
    fn = enclosing_function(call)
    if left is None or fn is None:
        return False
    if _stored_over_right_after(holder, left):
        return True  # `this.dispose = listen(a); this.dispose = listen(b)`: the first is lost at once
    if left.type == "member_expression" and unwrap(left.child_by_field_name("object")).type == "this":
        runs = refine(run_context(call), ctx.model, same_instance=True)
    elif left.type == "identifier" or module_object_field(left, ctx):
        binding = ctx.model.binding_of(left if left.type == "identifier" else unwrap(left.child_by_field_name("object")))
        if binding is not None and binding.is_module_level and binding.kind is not BindingKind.IMPORT:
            # `pollTimer = setInterval(...)`, `state.pollTimer = ...`: the module keeps it; any code that repeats stores anew
            runs = refine(run_context(call), ctx.model)
        else:
            outer = enclosing_function(binding.identifier) if binding is not None and left.type == "identifier" else None
            if outer is None or outer == fn:
                return False
            runs = refine(run_context(call, owner=outer), ctx.model, owner=outer)
    else:
        return False
    if runs.how is not RunsHow.REPEATED or guarded_once(call, ctx):
        return False
    spelled = normalised(left)
    if any(_handed_before(site, spelled, ctx) for site in runs.calls):
        return False  # `reload() { clearInterval(pollTimer); startPolling() }`: the caller ends the last one first
    if _released_on_the_other_turn(call, fn, spelled):
        return False  # a watcher of a Boolean prop: stored when it turns true, released when it turns false
    aliases = []
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.start_byte >= holder.start_byte:
            break
        if node.type == "call_expression" and (_hands_or_calls(node, spelled) or _ended_by_callee(node, spelled, ctx)):
            return False  # the last one is handed to something, or called, first
        if node.type == "variable_declarator" and node.child_by_field_name("value") is not None \
                and normalised(node.child_by_field_name("value")) == spelled and (node.child_by_field_name("name") or node).type == "identifier":
            aliases.append(text(node.child_by_field_name("name")))  # `const previous = watcher`, ended after the new one is stored
    return not any(node.type == "call_expression" and _hands_or_calls(node, alias)
                   for alias in aliases for node in walk(fn.child_by_field_name("body") or fn))


def module_object_field(left: Node, ctx: "FileContext") -> bool:
    """`state.pollTimer`: a field of an object the module declares (not of `this`, nor an import)."""
    obj = unwrap(left.child_by_field_name("object")) if left.type == "member_expression" else None
    binding = ctx.model.binding_of(obj) if obj is not None and obj.type == "identifier" else None
    return binding is not None and binding.is_module_level and binding.kind is not BindingKind.IMPORT


def _handed_before(site: Node, spelled: str, ctx: "FileContext") -> bool:
    """Something before `site`, in the function that holds it, ends (or hands on) what `spelled` holds."""
    from .nodes import FUNCTION_TYPES, enclosing_function, walk

    fn = enclosing_function(site)
    return fn is not None and any(node.type == "call_expression" and node.start_byte < site.start_byte
                                  and (_hands_or_calls(node, spelled) or _ended_by_callee(node, spelled, ctx))
                                  for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES))


def _hands_or_calls(call: Node, spelled: str) -> bool:
    """`stopProbe(this.probe)`, `this.probe.stop()` or `stop()`: the call does something with what `spelled` holds."""
    from .releases import normalised

    callee = normalised(call.child_by_field_name("function"))
    return spelled in (normalised(a) for a in call_arguments(call)) or callee == spelled or callee.startswith((spelled + ".", spelled + "("))


def _ended_by_callee(call: Node, spelled: str, ctx: "FileContext") -> bool:
    """`stopWatching()`, a function of the file (a closure beside the variable, or a method of the
    class for a field) whose own body does something with what `spelled` holds (`watcher.close()`)."""
    from .callers import same_file_callee
    from .nodes import FUNCTION_TYPES, walk

    callee = same_file_callee(call, ctx)
    body = callee.child_by_field_name("body") if callee is not None else None
    parameters = callee.child_by_field_name("parameters") or callee.child_by_field_name("parameter") if callee is not None else None
    if parameters is not None and spelled in (text(n) for n in walk(parameters) if n.type == "identifier"):
        return False  # `function stop(watcher) { watcher.close() }`: its own parameter, not the variable stored over
    if body is None:
        return False
    from .releases import normalised

    # `const watcher = this.watcher; this.watcher = undefined; await watcher?.close()`: through a local it takes first
    names = {spelled} | {text(n.child_by_field_name("name")) for n in walk(body, skip=FUNCTION_TYPES)
                         if n.type == "variable_declarator" and (n.child_by_field_name("name") or n).type == "identifier"
                         and n.child_by_field_name("value") is not None and normalised(n.child_by_field_name("value")) == spelled}
    return any(n.type == "call_expression" and any(_hands_or_calls(n, name) for name in names) for n in walk(body, skip=FUNCTION_TYPES))
