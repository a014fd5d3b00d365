"""Stale references: a long-lived variable that keeps the last object its code is done with.

Nothing here grows. A variable of the module, or of a function whose closures outlive it (an
extender, a component's setup), is filled again and again by a nested function, and the
object it holds is finished with before the next fill comes: a subscription disposed, a
component handed to the renderer's next hook, the previous render's children consumed by the
update hook. Unless something sets the variable back to null, the finished object stays
reachable, with everything it points at, until the next fill, or for good when none comes.

Three shapes, each read from the bytes first and only then resolved in the model:
- disposed but kept: `sub.dispose()` (also `d.call(sub)` with `d = sub.dispose`) in a nested
  function that never assigns `sub` afterwards, for a variable that nested code assigns;
- handed over, never reset: a variable that nested code fills with an object and another
  function reads, which no code ever empties;
- a settled operation field: `this.op = create(...)` awaited by the method that set it, and
  emptied nowhere in the class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from tree_sitter import Node

from . import frameworks
from .model import SemanticModel
from .nodes import (
    FUNCTION_DECLARATION_TYPES, FUNCTION_TYPES, call_arguments, callee_name, callee_object, enclosing_function, function_name, handed_to, promise_of_executor,
    string_value, text, unwrap,
)
from .owners import escaping_closures
from .runs import handed_role
from .scopes import Binding, BindingKind, ScopeKind
from .search import IDENTIFIER_BYTES, word_positions
from .summaries import parameter_names


def disposal_pattern(methods: list[str]) -> re.Pattern[bytes]:
    """`.dispose`, `['dispose']` for the given method names: an object finished with for good.
    The receiver is read from the tree; a pattern that matched it too would try every word."""
    names = b"|".join(re.escape(m.encode()) for m in methods)
    return re.compile(rb"\.\s*(?:" + names + rb")\b|\[\s*['\"](?:" + names + rb")['\"]")


# Calls whose callback runs when the holder ends, beside the frameworks' end hooks: a disposal
# there goes with the holder.
TEARDOWN_HOOKS = frameworks.END_HOOKS | {"onScopeDispose", "addDisposeCallback", "onDispose", "registerDisposable", "finally"}
TEST_HOOKS = frozenset({
    "describe", "it", "test", "suite", "context", "beforeEach", "afterEach", "beforeAll", "afterAll", "before", "after",
    "setup", "teardown", "suiteSetup", "suiteTeardown", "module",
})
# Words that name the end of an owner: a disposal in their handler goes with the owner.
END_WORDS = frozenset({
    "close", "closed", "end", "ended", "shutdown", "cancel", "exit", "disconnect", "disconnected", "destroy", "dispose",
    "error", "abort", "unmount", "finish", "teardown", "cleanup", "stop", "unload", "terminate",
})
QUNIT_HOOKS = frozenset({"beforeEach", "afterEach", "before", "after"})
# What test runners chain onto a hook: `it.only`, `describe.each`, `test.concurrent.skip`.
TEST_MODIFIERS = frozenset({"only", "skip", "each", "todo", "concurrent", "serial", "failing", "sequential", "skipIf", "runIf", "fails", "for"})
EMPTY_VALUES = frozenset({"null", "undefined", "void 0", "false", "0", "''", '""', "[]", "{}"})
OBJECT_VALUE_TYPES = frozenset({"identifier", "member_expression", "subscript_expression", "new_expression", "array", "object"})
# Functions that set up something that lives on, beside start-up names, components and hooks.
SETUP_NAMES = re.compile(r"^(?:make[A-Z]|build[A-Z]|install|mount|extend|attach|bind)")
# Properties that hold numbers or names, not objects: `array.length`, `event.type`.
SCALAR_PROPERTIES = re.compile(r"^(?:length|size|count|index|id|name|type|key|width|height|top|left|x|y)$", re.I)
ERROR_NAMES = re.compile(r"^(?:e|ex|err|error|\w*Err(?:or)?)$")
FILL_METHODS = re.compile(rb"\.\s*(?:push|unshift|set|add|splice)\s*\(")


@dataclass(frozen=True)
class Stale:
    binding: Binding
    site: Node  # the disposal, or the fill, where the finished object is left behind
    shape: str  # "disposed" or "handed-over"
    other: Node  # the fill a disposal leaves (or the read a hand-over serves)


def _root(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def _filled_by_nested_run(ident: Node, data: bytes) -> bool:
    """`name = value` inside a function nested in the one that declares `name`, a function run
    again and again, with a value that may be what the run was handed (a parameter by its
    name, a property of one, an empty container). Read from bytes and the tree alone: the
    scopes are read only for what passes."""
    home = enclosing_function(ident)
    start, end = (home.start_byte, home.end_byte) if home is not None else (0, len(data))
    for position, finish in word_positions(data, ident.text or b"", start, end):
        rest = data[finish:finish + 3].lstrip()
        if not rest.startswith(b"=") or rest[1:2] in (b"=", b">") or data[position - 1:position] == b".":
            continue
        node = (home if home is not None else _root(ident)).descendant_for_byte_range(position, finish)
        fn = enclosing_function(node) if node is not None else None
        if fn is None or (home is not None and fn.id == home.id):
            continue
        value = _assigned_value(node)
        if value is None or value.type not in OBJECT_VALUE_TYPES:
            continue
        if value.type not in ("array", "object"):
            root = value
            while root is not None and root.type in ("member_expression", "subscript_expression"):
                root = unwrap(root.child_by_field_name("object"))
            if root is None or text(root) not in parameter_names(fn):
                continue
        if _runs_per_event(fn):
            return True
    return False


def disposed_but_kept(model: SemanticModel, disposal: re.Pattern[bytes]) -> list[Stale]:
    data, found, seen = model.data, [], set()
    for match in disposal.finditer(data):
        member = model.root.descendant_for_byte_range(match.start(), match.end())
        while member is not None and member.type not in ("member_expression", "subscript_expression"):
            member = member.parent if member.type in ("property_identifier", "string", "string_fragment", ".", "[") else None
        ident = unwrap(member.child_by_field_name("object")) if member is not None else None
        if ident is None or ident.type != "identifier":
            continue
        binding = model.binding_of(ident)
        if binding is None or binding.kind not in (BindingKind.LET, BindingKind.VAR) or id(binding) in seen:
            continue
        disposer = enclosing_function(ident)
        if disposer is None or not _disposes(ident, match.end(), disposer, data) or _is_teardown(disposer):
            continue
        home = home_of(binding)
        fills = [r for r in binding.references if r.is_write and _nested_in(r.identifier, home) and not _empty_write(r.identifier)]
        if not fills or disposer.id == home.id or _in_test_hook(ident) or _ends_the_holder(disposer):
            continue
        if not any(_runs_per_event(enclosing_function(f.identifier)) for f in fills):
            continue  # filled once for its holder: the disposal ends the holder's use of it
        if _written_after(binding, disposer, ident, fills, data):
            continue
        seen.add(id(binding))
        found.append(Stale(binding, ident.parent if ident.parent is not None else ident, "disposed", fills[0].identifier))
    return found


def handed_over_never_reset(model: SemanticModel, bindings: list[Binding]) -> list[Stale]:
    found = []
    for binding in bindings:
        if binding.kind not in (BindingKind.LET, BindingKind.VAR) or binding.name.isupper():
            continue
        value = unwrap(binding.value)
        if value is not None and text(value) not in EMPTY_VALUES:
            continue  # set up at its declaration: a held dependency, not a hand-over
        references = binding.references
        writes = [r for r in references if r.is_write]
        if not writes or any(_resets(r.identifier, model.data) for r in writes):
            continue
        home = home_of(binding)
        fillers = {_function_id(r.identifier) for r in writes}
        if any(not _nested_in(r.identifier, home) for r in writes) or _in_test_hook(writes[0].identifier):
            continue  # filled where it is declared (held for the holder's life by design), or by a test's hook
        fill = next((r.identifier for r in writes if _object_fill(r.identifier, model) and _runs_per_event(enclosing_function(r.identifier))), None)
        if fill is None or _called(binding, model.data) or any(_read_before(r.identifier, references) for r in writes):
            continue  # a callback kept to be called, or a lazy initialisation that reads it first
        reads = [r for r in references if not r.is_write and _function_id(r.identifier) not in fillers]
        if any(_handed_out(r.identifier) for r in references if not r.is_write):
            continue  # the latest value is what a getter hands out: keeping it is the point
        if not reads or not _long_lived(binding, model):
            continue
        found.append(Stale(binding, fill.parent, "handed-over", reads[0].identifier))
    return found


def _in_test_hook(node: Node) -> bool:
    """Inside `describe`/`it`/`beforeEach`...: a suite's variables end with the suite, and the
    runner's next hook refills them."""
    current = node.parent
    while current is not None:
        if current.type == "call_expression":
            callee = unwrap(current.child_by_field_name("function"))
            if callee is not None and callee.type == "call_expression":  # `describe.each(table)(...)`
                callee = unwrap(callee.child_by_field_name("function"))
            names, others = set(), set()
            while callee is not None and callee.type == "member_expression":  # `it.only`, `QUnit.test`
                prop = text(callee.child_by_field_name("property"))
                (names if prop in TEST_HOOKS or prop in TEST_MODIFIERS else others).add(prop)
                callee = unwrap(callee.child_by_field_name("object"))
            names.add(text(callee))
            if names & TEST_HOOKS and not others - {"QUnit"}:
                return True  # (not `context.subscriptions.push(...)`: an extension's `context`, not mocha's)
        elif current.type == "method_definition" and text(current.child_by_field_name("name")) in QUNIT_HOOKS:
            return True  # QUnit's `hooks` object: `{ beforeEach() {...} }`
        current = current.parent
    return False


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", name)}


def _ends_the_holder(fn: Node) -> bool:
    """A handler for the end of everything (`onCancel()`, `my.onSocketClose(cb)`, `on('close',
    cb)`, a shutdown hook): the variable goes with what it belongs to."""
    own = (function_name(fn) or "").rsplit(".", 1)[-1]
    names = [own] if re.match(r"^_*(?:on|handle)[A-Z]", own) else []  # a handler's name says what it handles
    handed = handed_to(fn)
    if handed is not None:
        call = handed[0]
        callee = unwrap(call.child_by_field_name("function"))
        while callee is not None and callee.type == "member_expression":
            names.append(text(callee.child_by_field_name("property")))
            callee = unwrap(callee.child_by_field_name("object"))
        names.append(text(callee))
        names.extend(string_value(a) or "" for a in call_arguments(call)[:1])
    return any(_words(name) & END_WORDS for name in names if name)


def _once_per_call(fn: Node | None) -> bool:
    """A Promise executor or an IIFE: runs once for each call of the function around it."""
    if fn is None or promise_of_executor(fn) is not None:
        return True
    parent = fn.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    return parent is not None and parent.type == "call_expression" and unwrap(parent.child_by_field_name("function")) == fn


def _runs_per_event(fn: Node | None) -> bool:
    """A function something calls again and again: a function declared by name, installed as a
    hook on an object from elsewhere (`options._render = function (vnode)`), handed to a
    registration (`on('data', cb)`, `subscribe(cb)`, `onUpdated(cb)`) or to a reactive runner
    (`ko.computed(cb)`), or returned by its holder (a render function). Not a start-up or
    wiring routine, and not an export, which hands in a dependency once."""
    if fn is None or _once_per_call(fn):
        return False
    name = (function_name(fn) or "").rsplit(".", 1)[-1]
    if fn.type in FUNCTION_DECLARATION_TYPES:
        # Nested: called by name from the closures that do the work. At module level: called by
        # importers, as often as they like, and mostly once to hand in a dependency.
        return enclosing_function(fn) is not None
    if name and (frameworks.STARTUP_METHODS.match(name) or frameworks.WIRING_METHODS.match(name) or name.startswith("set")):
        return False
    node = fn
    holder = fn.parent
    while holder is not None and holder.type == "parenthesized_expression":
        node, holder = holder, holder.parent
    if holder is None:
        return False
    if holder.type == "assignment_expression":
        target = unwrap(holder.child_by_field_name("left"))
        root = target
        while root is not None and root.type == "member_expression":
            root = unwrap(root.child_by_field_name("object"))
        if target is None or target.type != "member_expression" or text(root) in ("exports", "module", "this"):
            return False
        return not _own_api_object(root)
    if holder.type == "return_statement":
        return True
    if holder.type != "arguments":
        return False
    if handed_role(node)[0] == "repeat":
        return True
    callee = unwrap(holder.parent.child_by_field_name("function")) if holder.parent is not None else None
    last = text(callee.child_by_field_name("property")) if callee is not None and callee.type == "member_expression" else text(callee)
    return last in frameworks.REACTIVE_RUNNERS or re.match(r"^on[A-Z]", last) is not None


def _own_api_object(root: Node | None) -> bool:
    """`const Page = {}; Page.init = function (...)`: the module's own API, which its page or
    its importer calls when it starts; a hook is installed on an object from elsewhere."""
    if root is None or root.type != "identifier":
        return False
    pattern = re.compile(rb"(?:const|let|var)\s+" + re.escape(root.text or b"") + rb"\s*=\s*\{")
    return pattern.search(_root(root).text or b"") is not None


def _function_id(node: Node) -> int | None:
    fn = enclosing_function(node)
    return fn.id if fn is not None else None


def home_of(binding: Binding) -> Node:
    """The function (or program) whose call the variable lives in."""
    scope = binding.scope
    while scope.kind not in (ScopeKind.FUNCTION, ScopeKind.MODULE) and scope.parent is not None:
        scope = scope.parent
    return scope.node


def _nested_in(node: Node, home: Node) -> bool:
    """Whether `node` sits in a function nested in `home`, not in `home`'s own body."""
    fn = enclosing_function(node)
    return fn is not None and fn.id != home.id


def _long_lived(binding: Binding, model: SemanticModel) -> bool:
    """The module, or a function that sets up something long-lived and hands out closures that
    keep its context: a factory or set-up (`createTippy`, `setup`), a hook (`useX`), a component.
    A method that performs one operation (`request`) hands out closures that end with it."""
    home = home_of(binding)
    if home.type in ("program", "module"):
        return True
    name = (function_name(home) or "").rsplit(".", 1)[-1]
    if not (frameworks.STARTUP_METHODS.match(name) or frameworks.RENDERS.match(name) or SETUP_NAMES.match(name)):
        return False
    return home.type in FUNCTION_TYPES and bool(escaping_closures(home, model))


def _disposes(ident: Node, end: int, disposer: Node, data: bytes) -> bool:
    """`x.dispose()` called, or the disposal read into a local that is then `.call(x)`-ed."""
    after = data[end:end + 4].lstrip()
    if after.startswith(b"(") or after.startswith(b"'](") or after.startswith(b'"]('):
        return True
    name = re.escape(ident.text or b"")
    body = data[disposer.start_byte:disposer.end_byte]
    return re.search(rb"\.\s*(?:call|apply)\s*\(\s*" + name + rb"\s*[,)]", body) is not None


def _is_teardown(fn: Node) -> bool:
    name = (function_name(fn) or "").rsplit(".", 1)[-1]
    if fn.type == "method_definition" and (frameworks.TEARDOWN_METHODS.match(name) or name in frameworks.END_METHODS):
        return True
    if fn.type == "function_declaration" and (frameworks.TEARDOWN_METHODS.match(name) or name == "deactivate"):
        return True  # a module's own end (`shutdown()`, a VS Code extension's `deactivate()`): the module goes with it
    handed = handed_to(fn)
    if handed is not None:
        callee = unwrap(handed[0].child_by_field_name("function"))
        last = text(callee.child_by_field_name("property")) if callee is not None and callee.type == "member_expression" else text(callee)
        return last in TEARDOWN_HOOKS
    parent = fn.parent
    return parent is not None and parent.type == "return_statement"  # an effect's cleanup, a disposer handed back


def _written_after(binding: Binding, disposer: Node, ident: Node, fills: list, data: bytes) -> bool:
    """Assigned again later in the disposing function, directly or through a function that fills it."""
    for reference in binding.references:
        node = reference.identifier
        if reference.is_write and node.start_byte > ident.start_byte and node.end_byte <= disposer.end_byte:
            return True
    rest = data[ident.end_byte:disposer.end_byte]
    for fill in fills:
        filler = enclosing_function(fill.identifier)
        name = (function_name(filler) or "").rsplit(".", 1)[-1] if filler is not None else ""
        if name and re.search(rb"(?<![\w$])" + re.escape(name.encode()) + rb"\s*\(", rest):
            return True
    return False


def _assigned_value(ident: Node) -> Node | None:
    parent = ident.parent
    if parent is not None and parent.type == "assignment_expression" and parent.child_by_field_name("left") == ident:
        return unwrap(parent.child_by_field_name("right"))
    return None


def _empty_write(ident: Node) -> bool:
    value = _assigned_value(ident)
    return value is not None and text(value) in EMPTY_VALUES


def emptied_anywhere(binding, data: bytes) -> bool:
    """Some write empties the variable (null, undefined, an empty container): its author lets
    go of what it holds, somewhere."""
    return any(r.is_write and _resets(r.identifier, data) for r in binding.references)


def member_emptied_anywhere(target: Node, data: bytes) -> bool:
    """`translator.onMissingKey = null` (or `undefined`, or `delete translator.onMissingKey`)
    somewhere in the file: a property its author lets go of after use, as a variable above."""
    if target.type != "member_expression":
        return False
    spelled = text(target).encode()
    position = data.find(spelled)  # (a search for the literal first: a pattern opening with a lookbehind tries every byte)
    while position != -1:
        end = position + len(spelled)
        if (not position or data[position - 1] not in NAME_OR_DOT) and SET_TO_NOTHING.match(data, end):
            return True
        if (end == len(data) or data[end] not in NAME_BYTES) and DELETE_BEFORE.search(data, max(0, position - 40), position):
            return True
        position = data.find(spelled, position + 1)
    return False


NAME_BYTES = frozenset(b"$_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
NAME_OR_DOT = NAME_BYTES | {ord(".")}
SET_TO_NOTHING = re.compile(rb"\s*=\s*(?:null|undefined)\b")
DELETE_BEFORE = re.compile(rb"\bdelete\s+$")


def _resets(ident: Node, data: bytes) -> bool:
    """An assignment that empties the variable: null, undefined, or an empty container that the
    same function does not fill again."""
    if not _empty_write(ident):
        return False
    value = _assigned_value(ident)
    if value is None or value.type not in ("array", "object"):
        return True
    fn = enclosing_function(ident)
    rest = data[ident.end_byte:fn.end_byte] if fn is not None else b""
    name = re.escape(ident.text or b"")
    return re.search(rb"(?<![\w$.])" + name + FILL_METHODS.pattern, rest) is None


def _object_fill(ident: Node, model: SemanticModel) -> bool:
    """A write that leaves an object the filling call was handed in the variable: a parameter,
    a property of one (not a number-like one), or an empty container the call then fills."""
    value = _assigned_value(ident)
    if value is None or value.type not in OBJECT_VALUE_TYPES:
        return False
    if value.type in ("array", "object"):
        return text(value) in ("[]", "{}") and not _resets(ident, model.data)
    if value.type == "member_expression" and SCALAR_PROPERTIES.match(text(value.child_by_field_name("property"))):
        return False
    root = value
    while root is not None and root.type in ("member_expression", "subscript_expression"):
        root = unwrap(root.child_by_field_name("object"))
    binding = model.binding_of(root) if root is not None and root.type == "identifier" else None
    filler = enclosing_function(ident)
    if binding is None or binding.kind is not BindingKind.PARAMETER or filler is None or binding.scope.node.id != filler.id:
        return False
    if ERROR_NAMES.match(binding.name):
        return False  # the last error, kept to be reported
    return promise_of_executor(filler) is None  # `res = resolve`: a settle function kept to be called


def _handed_out(ident: Node) -> bool:
    """`return x`, `() => x`, `{ current: x }`, `export { x }`: the whole value handed to a caller."""
    parent = ident.parent
    if parent is None:
        return False
    if parent.type in ("return_statement", "export_specifier", "shorthand_property_identifier", "shorthand_property"):
        return True
    if parent.type == "arrow_function" and parent.child_by_field_name("body") == ident:
        return True
    if parent.type == "arguments" and parent.parent is not None and parent.parent.type == "call_expression" \
            and callee_name(parent.parent) in SERVING_METHODS and callee_object(parent.parent) is not None:
        return True  # `res.json(latest)`: the module keeps the latest value to serve it whole
    return parent.type == "pair" and parent.child_by_field_name("value") == ident


# Methods that send a whole value to a peer: a value kept to be sent again is kept on purpose.
SERVING_METHODS = frozenset({"json", "jsonp", "send", "write", "end", "render", "emit", "postMessage", "broadcast", "reply"})


def _called(binding: Binding, data: bytes) -> bool:
    """`x(...)` or `x?.(...)` somewhere: the variable holds a function kept to be called."""
    for reference in binding.references:
        after = data[reference.identifier.end_byte:reference.identifier.end_byte + 3].lstrip()
        if after.startswith(b"(") or after.startswith(b"?.("):
            return True
    return False


def _read_before(write: Node, references: list) -> bool:
    """Whether the writing function reads the variable before this write (`if (!x) x = ...`)."""
    fn = enclosing_function(write)
    if fn is None:
        return False
    return any(not r.is_write and fn.start_byte <= r.identifier.start_byte < write.start_byte
               and enclosing_function(r.identifier) == fn for r in references)


# After `let` or `var`: `x;`, `x: T;`, `x = null`: declared empty, to be filled later.
EMPTY_DECLARATION_TAIL = re.compile(rb"\s+([A-Za-z_$][\w$]*)\s*(?::\s*[^=;\n]+?)?\s*(?:;|\n|=\s*(?:null|undefined)\s*[;\n])")


def _empty_declaration_names(data: bytes) -> Iterator[tuple[int, int]]:
    """Where a name declared empty sits: the keywords found by bytes.find, the rest matched there."""
    for keyword in (b"let", b"var"):
        position = data.find(keyword)
        while position != -1:
            if position == 0 or data[position - 1] not in IDENTIFIER_BYTES:
                match = EMPTY_DECLARATION_TAIL.match(data, position + 3)
                if match is not None:
                    yield match.start(1), match.end(1)
            position = data.find(keyword, position + 3)


def empty_declarations(model: SemanticModel) -> list[Binding]:
    """The variables declared without a value that a nested function assigns, found by their
    declarations' bytes and their assignments' bytes before any scope is read."""
    found = []
    data = model.data
    for start, end in sorted(_empty_declaration_names(data)):
        ident = model.root.descendant_for_byte_range(start, end)
        if ident is None or ident.type != "identifier" or not _filled_by_nested_run(ident, data):
            continue
        binding = model.binding_of(ident)
        if binding is not None and binding.identifier.id == ident.id:
            found.append(binding)
    return found


# `this.op = create(...)` then `await this.op.start()` or `await this.op`: a field that holds the
# operation in flight, which no code empties once it settles.
OPERATION_FIELD = re.compile(rb"this\.(#?[A-Za-z_$][\w$]*)\s*=\s*(?:new\s+|await\s+)?[A-Za-z_$][\w$.]*\s*[(<]")
AWAITED_OPERATION = rb"await\s+this\.%s\s*(?:[;)\n,]|\.\s*(?:start|run|execute|exec|perform|send|result|promise|wait|finished|done)\s*\()"


@dataclass(frozen=True)
class SettledField:
    field_name: str
    fill: Node  # `this.op = create(...)`
    awaited: Node  # the await that waits for it to settle
    method: Node


def settled_operation_fields(class_body: Node, data: bytes) -> list[SettledField]:
    """Fields that keep the last operation after it settles: filled and awaited by a method that
    runs per operation, emptied nowhere in the class (checked in its bytes)."""
    body = data[class_body.start_byte:class_body.end_byte]
    found, seen = [], set()
    for method in class_body.named_children:
        if method.type != "method_definition":
            continue
        name = text(method.child_by_field_name("name"))
        if name == "constructor" or frameworks.STARTUP_METHODS.match(name) or frameworks.TEARDOWN_METHODS.match(name):
            continue
        code = data[method.start_byte:method.end_byte]
        for match in OPERATION_FIELD.finditer(code):
            field_name = match.group(1).decode()
            f = re.escape(match.group(1))
            awaited = re.search(AWAITED_OPERATION % f, code[match.end():])
            if field_name in seen or awaited is None or _emptied_field(body, f):
                continue
            seen.add(field_name)
            fill = method.descendant_for_byte_range(method.start_byte + match.start(), method.start_byte + match.start() + 4)
            wait = method.descendant_for_byte_range(method.start_byte + match.end() + awaited.start(), method.start_byte + match.end() + awaited.start() + 5)
            while fill is not None and fill.type != "assignment_expression":
                fill = fill.parent
            value = fill.child_by_field_name("right") if fill is not None else None
            if value is not None and re.search(rb"\.\s*(?:then|catch|finally)\s*\(", value.text or b""):
                continue  # a chain that serialises work: its tail is what it is for
            if fill is not None and wait is not None:
                found.append(SettledField(field_name, fill, wait, method))
    return found


def _emptied_field(body: bytes, f: bytes) -> bool:
    return re.search(rb"this\." + f + rb"\s*=\s*(?:null|undefined|void 0)\b|delete\s+this\." + f + rb"\b|this\." + f + rb"\s*=\s*[^=;\n]*\?\?", body) is not None
