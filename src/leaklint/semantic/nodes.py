"""Small facts about tree-sitter nodes that every part of the model needs.

Grammar names differ slightly between tree-sitter-javascript releases and the TypeScript
grammar; the sets below name every spelling so callers never compare node types themselves.
"""

from __future__ import annotations

import re
from functools import wraps

from typing import Callable, Iterable, Iterator, TypeVar

from tree_sitter import Node

FUNCTION_TYPES = frozenset(
    {
        "function_declaration",
        "function_expression",
        "function",
        "generator_function_declaration",
        "generator_function",
        "arrow_function",
        "method_definition",
    }
)
FUNCTION_DECLARATION_TYPES = frozenset({"function_declaration", "generator_function_declaration"})
CLASS_TYPES = frozenset({"class_declaration", "class", "abstract_class_declaration"})
LOOP_TYPES = frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement"})
FIELD_TYPES = frozenset({"field_definition", "public_field_definition"})

# Expressions that pass their operand's value through unchanged.
TRANSPARENT_WRAPPERS = frozenset(
    {
        "parenthesized_expression",
        "as_expression",
        "satisfies_expression",
        "non_null_expression",
        "type_assertion",
    }
)

# Subtrees that only describe types: no runtime names live there.
TYPE_ONLY_TYPES = frozenset(
    {
        "type_annotation",
        "type_arguments",
        "type_parameters",
        "interface_declaration",
        "type_alias_declaration",
        "ambient_declaration",
        "function_signature",
        "abstract_method_signature",
        "method_signature",
        "index_signature",
        "predefined_type",
        "type_identifier",
    }
)

GLOBAL_OBJECT_NAMES = frozenset({"globalThis", "global", "window", "self"})
# Statements and expressions whose body runs only sometimes (a branch, a loop, a catch).
BRANCHING_TYPES = frozenset({"if_statement", "ternary_expression", "switch_statement", "catch_clause", "while_statement", "for_statement"})


def unwrap(node: Node | None) -> Node | None:
    """Strip parentheses and TypeScript casts: `(x as any)!` denotes `x`."""
    while node is not None and node.type in TRANSPARENT_WRAPPERS:
        inner = node.named_children
        node = inner[0] if inner else None
    return node


def unawaited(node: Node | None) -> Node | None:
    """What an `await` waits for (`await connect()` is the call), through wrappers."""
    node = unwrap(node)
    while node is not None and node.type == "await_expression" and node.named_children:
        node = unwrap(node.named_children[0])
    return node


def text(node: Node | None) -> str:
    spelled = node.text if node is not None else None  # each read of `.text` copies the bytes: once
    return spelled.decode("utf-8", "replace") if spelled is not None else ""


def string_value(node: Node | None) -> str | None:
    """The value of a string literal or a template without substitutions, else None."""
    node = unwrap(node)
    if node is None:
        return None
    if node.type == "string":
        return "".join(text(c) for c in node.named_children if c.type in ("string_fragment", "escape_sequence"))
    if node.type == "template_string" and not any(c.type == "template_substitution" for c in node.named_children):
        return "".join(text(c) for c in node.named_children if c.type == "string_fragment")
    return None


def call_arguments(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    if args is None or args.type != "arguments":
        return []
    return [a for a in args.named_children if a.type != "comment"]


def _callee(call: Node) -> Node | None:
    """What a call calls. TypeScript's grammar reads `await a.f<T>(x)` as a call of `await a.f`:
    the callee is then the awaited expression's."""
    fn = unwrap(call.child_by_field_name("function"))
    if fn is not None and fn.type == "await_expression" and fn.named_children and call.child_by_field_name("type_arguments") is not None:
        fn = unwrap(fn.named_children[0])
    return fn


def callee_name(call: Node) -> str | None:
    """`f(...)` -> 'f', `a.b.f(...)` -> 'f', `this.#f(...)` -> 'f' (a private method goes by
    its plain name, as methods_of lists it); None for computed callees."""
    fn = _callee(call)
    if fn is None:
        return None
    if fn.type == "identifier":
        return text(fn)
    if fn.type == "member_expression":
        return text(fn.child_by_field_name("property")).lstrip("#")
    return None


def literal_below(node: Node | None, threshold: float) -> bool:
    """`node` is a number literal below `threshold` (`1_000` read as 1000): a timer's delay short
    enough to be gone almost at once."""
    value = unwrap(node) if node is not None else None
    try:
        return value is not None and value.type == "number" and float(text(value).replace("_", "")) < threshold
    except ValueError:
        return False


def callee_object(call: Node) -> Node | None:
    """The receiver of a method call: `a.b` in `a.b.f(...)`."""
    fn = _callee(call)
    if fn is not None and fn.type == "member_expression":
        return unwrap(fn.child_by_field_name("object"))
    return None


def outermost(node: Node) -> Node:
    """`node` with the parentheses and casts around it (`(x as T)!` for `x`): unwrap's inverse,
    so that `outermost(x).parent` is what the code does with the value."""
    parent = node.parent  # each read of `.parent` makes a new Node: once per step
    while parent is not None and parent.type in TRANSPARENT_WRAPPERS:
        node, parent = parent, parent.parent
    return node


def object_property_function(fn: Node) -> bool:
    """`get: (path) => request(path)` or `mounted: function () {...}` in an object literal: a
    function called as the object's method (`api.get()`), like a method shorthand beside it."""
    holder = outermost(fn).parent
    return fn.type in ("arrow_function", "function_expression", "function") and holder is not None and holder.type == "pair" \
        and holder.child_by_field_name("value") == outermost(fn) and holder.parent is not None and holder.parent.type == "object"


def handed_to(node: Node | None) -> tuple[Node, int] | None:
    """The call (or `new`) that `node` is an argument of, and its position: the registration a
    callback is handed to, the `new Promise` an executor belongs to."""
    if node is None:
        return None
    node = outermost(node)
    holder = node.parent
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    if call is None or call.type not in ("call_expression", "new_expression"):
        return None
    position = next((i for i, arg in enumerate(call_arguments(call)) if arg == node), -1)
    return (call, position) if position >= 0 else None


def promise_of_executor(fn: Node | None) -> Node | None:
    """The `new Promise(fn)` whose executor `fn` is."""
    handed = handed_to(fn)
    if handed is None or handed[1] != 0 or handed[0].type != "new_expression":
        return None
    return handed[0] if text(handed[0].child_by_field_name("constructor")) == "Promise" else None


def sibling_method(node: Node, name: str) -> Node | None:
    """The method `name` of the class whose body `node` is in (`#name` and `name` alike)."""
    body = next((a for a in ancestors(node) if a.type == "class_body"), None)
    return next((m for m in body.named_children if m.type == "method_definition" and text(m.child_by_field_name("name")).lstrip("#") == name.lstrip("#")),
                None) if body is not None else None


def running_function(node: Node) -> Node | None:
    """The function whose call runs `node`: the enclosing function, or, for code in a `new
    Promise` executor (which runs at once, inside the call), the function around the promise."""
    fn = enclosing_function(node)
    while fn is not None and promise_of_executor(fn) is not None and enclosing_function(fn) is not None:
        fn = enclosing_function(fn)
    return fn


def member_chain(node: Node) -> Iterator[Node]:
    """The member accesses built on `node`, innermost first: for `a` in `(a as T).b[c].d`,
    `(a as T).b`, then `(a as T).b[c]`, then the whole."""
    current = node
    while True:
        current = outermost(current)
        outer = current.parent
        if outer is None or outer.type not in ("member_expression", "subscript_expression") or outer.child_by_field_name("object") != current:
            return
        yield outer
        current = outer


def aliased_by(value: Node) -> Node | None:
    """The name a declaration binds `value` to: `self` in `const self = value`."""
    current = outermost(value)
    outer = current.parent
    if outer is not None and outer.type == "variable_declarator" and outer.child_by_field_name("value") == current:
        name = outer.child_by_field_name("name")
        return name if name is not None and name.type == "identifier" else None
    return None


def ancestors(node: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


# The operators a wrapper's call may stand under: `!function () {...}()`, `+function ...`, `void (() => {...})()`.
WRAPPER_OPERATORS = frozenset({"unary_expression", "parenthesized_expression"})
FUNCTION_VALUES = frozenset({"function_expression", "function", "arrow_function"})


Answer = TypeVar("Answer")


def remembered_per_node(reading: "Callable[[Node], Answer]") -> "Callable[[Node], Answer]":
    """A reading of a whole tree that rule after rule asks for the same file: the last few
    answers, keyed by the node. A node keeps its tree alive, so a key never stands for a node
    of another tree; callers only read the answer."""
    answers: "dict[Node, Answer]" = {}

    @wraps(reading)
    def remembered(node: Node) -> Answer:
        try:
            return answers[node]
        except KeyError:
            if len(answers) >= 8:
                answers.clear()
            found = answers[node] = reading(node)
            return found

    return remembered


@remembered_per_node
def module_wrappers(root: Node) -> list[Node]:
    """The functions a file's top level calls at once to hold the whole module: an IIFE
    (`(function (root) {...}(this))`, `;(() => {...})()`, `(function () {...}).call(this)`)
    and the factory a UMD wrapper is handed (`(function (root, factory) {...}(this, function
    () {...}))`). Each runs once, when the module loads: its locals live as long as a
    module's, and its statements are the module's."""
    found = []
    for statement in root.named_children:
        if statement.type != "expression_statement" or not statement.named_children:
            continue
        call = statement.named_children[0]
        while call.type in WRAPPER_OPERATORS and call.named_children:
            call = call.named_children[-1]
        if call.type != "call_expression":
            continue
        callee = unwrap(call.child_by_field_name("function"))
        if callee is not None and callee.type == "member_expression" and text(callee.child_by_field_name("property")) in ("call", "apply"):
            callee = unwrap(callee.child_by_field_name("object"))
        if callee is None or callee.type not in FUNCTION_VALUES:
            continue
        found.append(callee)
        found.extend(a for a in map(unwrap, call_arguments(call)) if a is not None and a.type in FUNCTION_VALUES)
    return found


@remembered_per_node
def module_statements(root: Node) -> list[Node]:
    """The module's statements: the top level's, with those of its wrappers (module_wrappers)
    in place of the statements that call them."""
    wrappers = module_wrappers(root) if root.type == "program" else []
    if not wrappers:
        return _with_namespaces(root.named_children)
    found = []
    for statement in root.named_children:
        inside = [w for w in wrappers if statement.start_byte <= w.start_byte and w.end_byte <= statement.end_byte]
        if not inside:
            found.append(statement)
            continue
        for wrapper in inside:
            body = wrapper.child_by_field_name("body")
            if body is not None and body.type == "statement_block":
                found.extend(body.named_children)
    return _with_namespaces(found)


def _with_namespaces(statements: list[Node]) -> list[Node]:
    """Statements, with a TypeScript namespace (`export namespace RateLimit { ... }`) read as
    its body's statements: it runs once, as the module loads, so they are the module's too."""
    if not any(s.type in ("export_statement", "expression_statement") for s in statements):
        return list(statements)
    found: list[Node] = []
    stack = list(reversed(statements))
    while stack:
        statement = stack.pop()
        inner = statement.child_by_field_name("declaration") if statement.type == "export_statement" else \
            statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        body = inner.child_by_field_name("body") if inner is not None and inner.type == "internal_module" else None
        if body is None:
            found.append(statement)
        else:
            stack.extend(reversed(body.named_children))
    return found


def returned_values(fn: Node) -> list[Node]:
    """What a function hands back: an arrow's expression body, or the value of each `return` of
    its own (not of the functions nested in it)."""
    body = fn.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":
        return [body]
    return [r.named_children[0] for r in walk(body, skip=FUNCTION_TYPES) if r.type == "return_statement" and r.named_children]


def property_holding(ident: Node) -> tuple[str, Node] | None:
    """The property of an object literal a name is put under, and that object: `retry` in
    `{ retry }` or `{ timer: retry }`. None when the name is no property value."""
    parent = ident.parent
    if ident.type == "shorthand_property_identifier" and parent is not None and parent.type == "object":
        return text(ident), parent
    if parent is not None and parent.type == "shorthand_property_identifier" and parent.parent is not None:
        return text(parent), parent.parent
    if parent is not None and parent.type == "pair" and parent.child_by_field_name("value") == ident and parent.parent is not None:
        return text(parent.child_by_field_name("key")).strip("'\"`"), parent.parent
    return None


def enclosing_function(node: Node) -> Node | None:
    parent = node.parent
    while parent is not None and parent.type not in FUNCTION_TYPES:
        parent = parent.parent
    return parent


def outermost_function(node: Node) -> Node | None:
    """The function at the top of the nest that holds `node` (the connection handler around the
    listener a call sits in); None at module level."""
    fn = enclosing_function(node)
    while fn is not None and enclosing_function(fn) is not None:
        fn = enclosing_function(fn)
    return fn


def shown_callee(call: Node, limit: int = 40) -> str:
    """What a call (or a `new`) calls, as written for a message: `helpers.track`, `new Session`."""
    if call.type == "new_expression":
        return "new " + short_text(call.child_by_field_name("constructor"), limit)
    callee = call.child_by_field_name("function")
    if callee is not None and callee.type == "await_expression" and callee.named_children:
        callee = callee.named_children[-1]  # TypeScript's reading of `await wait<T>(x)`
    return short_text(callee, limit)


def returned_by(node: Node) -> Node | None:
    """The function that hands back `node`'s value itself (`return x.on(...)`, or an arrow's
    body `(fn) => setInterval(fn, 1)`), through parentheses and casts; else None."""
    top = outermost(node)
    parent = top.parent
    if parent is not None and parent.type == "return_statement":
        return enclosing_function(parent)
    if parent is not None and parent.type == "arrow_function" and parent.child_by_field_name("body") == top:
        return parent
    return None


def in_returned_disposer(node: Node, fn: Node) -> bool:
    """`node` sits in a function that `fn` hands back to its caller (a disposer the caller
    must keep and call): `return () => off(...)`, an arrow's body `(...) => () => off(...)`,
    a method of a returned object `return { stop() { clearInterval(t) } }`, or a local function
    returned by name (`const stop = () => ...; return { data, stop }`); not in `fn` itself or
    in a handler it registers."""
    return returned_disposer_key(node, fn) is not None


def returned_disposer_key(node: Node, fn: Node) -> str | None:
    """The property of `fn`'s returned object that holds the disposer `node` sits in (`stop`
    in `return { data, stop }`), "" when `fn` hands the disposer back itself, None when `node`
    is in no disposer `fn` hands back."""
    inner = enclosing_function(node)
    while inner is not None and inner != fn and contains(fn, inner):
        holder = outermost(inner).parent
        key = ""
        if holder is not None and holder.type == "pair":
            key = text(holder.child_by_field_name("key")).strip("'\"`")
            holder = holder.parent  # `{ stop: () => clearInterval(t) }`
        elif holder is not None and holder.type == "object" and inner.type == "method_definition":
            key = text(inner.child_by_field_name("name"))
        if holder is not None and holder.type == "object":
            holder = outermost(holder).parent  # `{ stop() {...} }`, then where the object goes
        if holder is not None and holder.type == "return_statement" and enclosing_function(holder) == fn:
            return key
        if holder == fn:
            return ""  # `(...) => () => off(...)`: the arrow's body is the disposer
        named = _returned_local_function(inner, holder, fn)
        if named is not None:
            return named
        inner = enclosing_function(inner)
    if inner is not None and inner != fn and not contains(fn, inner):
        return _disposer_calling(fn, function_name(inner))  # `return () => off(type, handler)`, `off` holding the release
    return None


def _disposer_calling(fn: Node, name: str | None) -> str | None:
    """The key under which `fn` hands back a function that calls `name(...)` of its file
    (`return () => off(type, fn)`: "", `return { stop: () => off(t, fn) }`: "stop")."""
    if not name or "." in name:
        return None
    for node in walk(fn):
        if node.type == "call_expression" and text(node.child_by_field_name("function")) == name and enclosing_function(node) != fn:
            key = returned_disposer_key(node, fn) if enclosing_function(enclosing_function(node) or fn) is not None else None
            if key is not None:
                return key
    return None


def disposer_property(releases: Iterable[Node], fn: Node) -> str:
    """The one property of `fn`'s returned object whose disposer holds every release (`stop`),
    or "" (handed back whole, or spread over several properties)."""
    keys = {returned_disposer_key(release, fn) for release in releases}
    key = next(iter(keys)) if len(keys) == 1 else None
    return key or ""


def _returned_local_function(inner: Node, holder: Node | None, fn: Node) -> str | None:
    """`const stop = () => {...}` (or `function stop() {}`) of `fn`, handed back by name:
    `return stop` (""), `return { data, stop }` or `return { dispose: stop }` (the property)."""
    if inner.type == "function_declaration":
        name = text(inner.child_by_field_name("name"))
    elif holder is not None and holder.type == "variable_declarator" and holder.child_by_field_name("name").type == "identifier":
        name = text(holder.child_by_field_name("name"))
    else:
        return None
    if not name or enclosing_function(inner) != fn:
        return None
    for node in walk(fn):
        if node.type != "return_statement" or enclosing_function(node) != fn or not node.named_children:
            continue
        value = unwrap(node.named_children[0])
        if value is not None and value.type == "identifier" and text(value) == name:
            return ""
        if value is not None and value.type == "object":
            for prop in value.named_children:
                if prop.type == "shorthand_property_identifier" and text(prop) == name:
                    return name
                if prop.type == "pair" and text(unwrap(prop.child_by_field_name("value"))) == name:
                    return text(prop.child_by_field_name("key")).strip("'\"`")
    return None


def is_constructor(fn: Node | None) -> bool:
    return fn is not None and fn.type == "method_definition" and text(fn.child_by_field_name("name")) == "constructor"


def function_name(fn: Node | None) -> str | None:
    """The name a reader would use for a function, including `const f = () => ...`; None for
    none (code at top level, as broken code puts a method's body)."""
    if fn is None:
        return None
    name = fn.child_by_field_name("name")
    if name is not None:
        return text(name)
    parent = outermost(fn).parent
    if parent is None:
        return None
    if parent.type == "variable_declarator":
        return text(parent.child_by_field_name("name"))
    if parent.type == "pair":
        return text(parent.child_by_field_name("key"))
    if parent.type in FIELD_TYPES:
        return text(parent.child_by_field_name("property") or parent.child_by_field_name("name"))
    if parent.type == "assignment_expression":
        return text(parent.child_by_field_name("left"))
    return None


def declared_name(fn: Node) -> Node | None:
    """The identifier a function is known by: `function f`, or `const f = () => ...`."""
    name = fn.child_by_field_name("name")
    if name is not None and name.type == "identifier":
        return name
    parent = outermost(fn).parent
    if parent is not None and parent.type == "variable_declarator":
        declared = parent.child_by_field_name("name")
        return declared if declared is not None and declared.type == "identifier" else None
    return None


def contains(outer: Node, node: Node) -> bool:
    """Whether `node` lies within `outer`'s bytes (`outer` itself included)."""
    return outer.start_byte <= node.start_byte and node.end_byte <= outer.end_byte


CHAINED_AFTER_SPACE = re.compile(r" (?=\??\.[A-Za-z_$])")


def article(word: str) -> str:
    """"a" or "an" before `word` in a message."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def short_text(node: Node | None, limit: int = 60) -> str:
    """A node's source on one line, cut to `limit` characters for messages; a chain broken over
    lines (`this.prices\n  .quotes(s)`) reads as written on one (`this.prices.quotes(s)`)."""
    shown = CHAINED_AFTER_SPACE.sub("", " ".join(text(node).split()))
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def required_module(value: Node | None) -> str | None:
    """`require('x')`, `require('x').y` and `await import('x')` name the module they load."""
    node = unwrap(value)
    while node is not None and node.type in ("member_expression", "await_expression"):
        node = unwrap(node.child_by_field_name("object") or (node.named_children[0] if node.named_children else None))
    if node is None or node.type != "call_expression":
        return None
    fn = node.child_by_field_name("function")
    if fn is None or text(fn) not in ("require", "import"):
        return None
    args = call_arguments(node)
    return string_value(args[0]) if args else None


def required_path(value: Node | None) -> tuple[str, ...]:
    """`require('./x').a.b` -> ('a', 'b'): the properties read from the loaded module."""
    path: list[str] = []
    node = unwrap(value)
    while node is not None and node.type == "member_expression":
        path.insert(0, text(node.child_by_field_name("property")))
        node = unwrap(node.child_by_field_name("object"))
    return tuple(path)


def is_static_member(node: Node) -> bool:
    return any(c.type == "static" for c in node.children)


def walk(root: Node, skip: frozenset[str] = frozenset()) -> Iterator[Node]:
    """Every node below `root` in source order, without recursion; `skip` prunes subtrees.
    A tree cursor moves in C and makes only the nodes it stops at, where a list of each
    node's children would make them all again."""
    yield root
    if root.type in skip:
        return
    cursor = root.walk()  # (bounded by `root`: it neither climbs above nor moves beside it)
    if not cursor.goto_first_child():
        return
    while True:
        node = cursor.node
        yield node
        if node.type not in skip and cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return


def method_call_on(node: Node) -> Node | None:
    """The call `node.m(...)` when `node` is the object of a called member expression."""
    member = node.parent
    if member is None or member.type != "member_expression" or member.child_by_field_name("object") != node:
        return None
    call = member.parent
    if call is None or call.type != "call_expression" or call.child_by_field_name("function") != member:
        return None
    return call


def parameter_type_name(ident: Node) -> str:
    """The last name of the type a TypeScript parameter is declared with (`ws: WebSocket` and
    `req: express.Request<P>` give 'WebSocket' and 'Request'); "" when it has none."""
    parent = ident.parent
    annotation = parent.child_by_field_name("type") if parent is not None and parent.type in ("required_parameter", "optional_parameter") else None
    if annotation is None:
        return ""
    node = annotation.named_children[0] if annotation.named_children else None
    if node is not None and node.type == "generic_type":
        node = node.child_by_field_name("name")
    return text(node).rsplit(".", 1)[-1]


def parameter_property_type(cls: Node | None, name: str) -> str | None:
    """The type a class's constructor declares for its parameter property `name`
    (`constructor(private readonly auth: AuthService)`): how an injector hands it a dependency."""
    body = cls.child_by_field_name("body") if cls is not None and cls.type in CLASS_TYPES else None
    ctor = next((m for m in body.named_children if m.type == "method_definition" and text(m.child_by_field_name("name")) == "constructor"),
                None) if body is not None else None
    params = ctor.child_by_field_name("parameters") if ctor is not None else None
    for param in params.named_children if params is not None else ():
        pattern, annotation = param.child_by_field_name("pattern"), param.child_by_field_name("type")
        if pattern is not None and text(pattern) == name and annotation is not None and any(
                c.type in ("accessibility_modifier", "readonly") for c in param.children):
            return text(annotation).lstrip(": ").strip()
    return None


def top_level_function(node: Node, name: str) -> Node | None:
    """The function declared at the top of `node`'s module under `name`."""
    root = node
    while root.parent is not None:
        root = root.parent
    for statement in root.named_children:
        declared = statement.named_children[0] if statement.type == "export_statement" and statement.named_children else statement
        if declared.type == "function_declaration" and text(declared.child_by_field_name("name")) == name:
            return declared
    return None


def call_of(callee: Node) -> Node | None:
    """The call of `callee`. TypeScript's grammar reads `await wait<T>(x)` as a call of `await
    wait`: that call is the awaited call of `wait`."""
    parent = callee.parent
    if parent is not None and parent.type == "await_expression" and parent.parent is not None \
            and parent.parent.type == "call_expression" and parent.parent.child_by_field_name("type_arguments") is not None:
        callee, parent = parent, parent.parent
    return parent if parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == callee else None


# Array and collection methods whose callback gets each element in turn.
ELEMENT_CALLBACKS = frozenset({"map", "forEach", "filter", "some", "every", "flatMap", "find", "reduce"})


def iterated_by(declared: Node, callbacks: frozenset[str] = ELEMENT_CALLBACKS) -> Node | None:
    """The collection a name takes each element of, from where it is declared: the right side
    of `for (const x of list)` (or of `list.values()`, `list.entries()`), or what a callback's
    parameter is handed by `list.forEach((x) => ...)` (one of `callbacks`). None otherwise."""
    holder = declared.parent
    while holder is not None and holder.type in ("formal_parameters", "required_parameter", "variable_declarator", "lexical_declaration",
                                                 "array_pattern", "object_pattern"):
        holder = holder.parent
    walked = None
    if holder is not None and holder.type == "for_in_statement":
        walked = unwrap(holder.child_by_field_name("right"))
    elif holder is not None and holder.type in FUNCTION_TYPES:
        handed = handed_to(holder)
        walked = unwrap(callee_object(handed[0])) if handed is not None and handed[1] == 0 and callee_name(handed[0]) in callbacks else None
    if walked is not None and walked.type == "call_expression" and callee_name(walked) in ("values", "entries") and not call_arguments(walked):
        walked = unwrap(callee_object(walked))
    return walked
