"""Where a value comes from: the program's own literals, or the request being handled.

Key provenance decides whether a growing collection is a leak (design section 8): a Map keyed
by a handful of literal names stops growing; one keyed by `req.query.id` grows with every
client. Both questions are answered syntactically and conservatively.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from tree_sitter import Node

from .model import SemanticModel
from .nodes import ELEMENT_CALLBACKS, FUNCTION_TYPES, ancestors, call_arguments, callee_name, callee_object, contains, enclosing_function, function_name, iterated_by, outermost, returned_values, string_value, text, unwrap, walk
from .platform import FRAMEWORK_CONTEXTS, REQUEST_NAMES
from .requests import client_event_handler, is_request_handler
from .runs import RunContext, RunsHow, takes_a_request
from .scopes import BindingKind

if TYPE_CHECKING:
    from .containers import Container

LITERAL_TYPES = frozenset({"number", "true", "false", "null", "undefined"})
MAX_DEPTH = 3


def is_bounded_key(key: Node, container: "Container", model: SemanticModel, site: Node | None = None) -> bool:
    """True when the key can only take a fixed, small set of values, or (given the growth's
    `site`) is one the container holds already."""
    return _literal_type_arguments(container.value, model) or _is_literal(key, model, 0) or (site is not None and key_of_own_entries(key, site, model)) \
        or (site is not None and _swapped_entry(key, site)) \
        or _category_of_message(key) or (site is not None and key_from_own_list(key, site, model))


# Fields of a message that name a category from a small, fixed domain (a market's symbols, a
# currency, a locale, a kind of event): a table keyed by one holds the latest value per category.
CATEGORY_FIELDS = frozenset({"symbol", "ticker", "currency", "locale", "language", "lang", "country", "region", "kind", "category",
                             "status", "level", "severity", "timeZone", "timezone"})
# Parameters named for a setting from a small, fixed domain (`getFormatter(locale, timeZone)`):
# a cache keyed by them holds one entry per setting in use, not one per call.
CATEGORY_PARAMETERS = frozenset({"locale", "locales", "language", "lang", "currency", "timeZone", "timezone", "tz", "country", "region"})
# Roots whose fields a client chooses freely: a request's, never a category however it is named.
CLIENT_ROOTS = REQUEST_NAMES | FRAMEWORK_CONTEXTS | {"body", "query", "params", "headers", "args", "input", "payload"}


def _category_of_message(key: Node) -> bool:
    """`latest.set(tick.symbol, tick)`: the key is a category field of a message the code was
    handed (not of a request, whose client picks any value)."""
    node = unwrap(key)
    if node is None or node.type != "member_expression" or text(node.child_by_field_name("property")) not in CATEGORY_FIELDS:
        return False
    root = node
    while root is not None and root.type == "member_expression":
        root = unwrap(root.child_by_field_name("object"))
        if root is not None and root.type == "member_expression" and text(root.child_by_field_name("property")) in CLIENT_ROOTS:
            return False
    return root is not None and root.type == "identifier" and text(root) not in CLIENT_ROOTS

def key_from_own_list(key: Node, site: Node, model: SemanticModel) -> bool:
    """The key is read from a parameter (`feed.id`) that every caller of the method it is added
    in fills with an element of the instance's own list (`this.feeds.map((feed) =>
    this.pollOne(feed))`, `for (const feed of this.feeds)`): as many entries as that list has
    items, not one per call."""
    from .summaries import call_sites, parameter_index

    root = unwrap(key)
    while root is not None and root.type == "member_expression":
        root = unwrap(root.child_by_field_name("object"))
    binding = model.binding_of(root) if root is not None and root.type == "identifier" else None
    method = enclosing_function(site)
    if binding is None or binding.kind is not BindingKind.PARAMETER or method is None or enclosing_function(binding.identifier) != method:
        return False
    index = parameter_index(method, binding.identifier)
    sites = call_sites(method, model) if index is not None else []
    walked = _walked_by_own_lists(method, model) if index == 0 else None  # `TARGETS.map(probe)`: handed each element
    if walked is False or (walked is None and not sites):
        return False  # handed somewhere else as well, or never called: who fills the parameter is unknown
    return all(index < len(call_arguments(s)) and _element_of_own_list(call_arguments(s)[index], model) for s in sites)


# Methods that call the function they are handed with each element of the list, first
# (`reduce` hands its accumulator first).
ELEMENT_WALKERS = ELEMENT_CALLBACKS - {"reduce"}


def _walked_by_own_lists(fn: Node, model: SemanticModel) -> bool | None:
    """True when a function of the file is handed, by name, only to walks of the module's or the
    instance's own lists (`TARGETS.map(probe)`) besides its plain calls; None when it is never
    handed anywhere, False when it is handed somewhere else (callers unknown)."""
    name = fn.child_by_field_name("name") if fn.type == "function_declaration" else None
    binding = model.binding_of(name) if name is not None else None
    if binding is None:
        return None
    found = None
    for reference in binding.references:
        node = outermost(reference.identifier)
        if reference.is_write or node == name or (node.parent is not None and node.parent.type == "call_expression"
                                                  and node.parent.child_by_field_name("function") == node):
            continue
        call = node.parent.parent if node.parent is not None and node.parent.type == "arguments" else None
        if call is None or callee_name(call) not in ELEMENT_WALKERS or call_arguments(call)[:1] != [node] \
                or not _own_list(unwrap(callee_object(call)), model):
            return False
        found = True
    return found


def _own_list(node: Node | None, model: SemanticModel) -> bool:
    """`this.feeds`, or a module-level const list nothing adds to (`const TARGETS = env.split(',')`)."""
    if node is None:
        return False
    if node.type == "member_expression":
        owner = unwrap(node.child_by_field_name("object"))
        return owner is not None and owner.type == "this"
    binding = model.binding_of(node) if node.type == "identifier" else None
    if binding is None or not binding.is_module_level or binding.kind is not BindingKind.CONST:
        return False
    for reference in binding.references:
        use = outermost(reference.identifier).parent
        if use is not None and use.type == "member_expression" and text(use.child_by_field_name("property")) in ("push", "unshift", "splice", "length"):
            return False  # grown, or emptied and refilled
    return True


def _element_of_own_list(argument: Node, model: SemanticModel) -> bool:
    node = unwrap(argument)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    return binding is not None and _own_list(unwrap(iterated_by(binding.identifier)), model)


def key_of_own_entries(key: Node, site: Node, model: SemanticModel) -> bool:
    """`for (const [symbol, last] of this.prices) this.prices.set(symbol, next(last))`: the key
    walks the very container the call adds to (its entries, keys or elements), so every add
    replaces what it holds already; none is added."""
    node = unwrap(key)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    loop = next((a for a in ancestors(binding.identifier) if a.type == "for_in_statement"), None) if binding is not None else None
    if loop is None or binding.writes or not contains(loop, site):
        return False
    walked = unwrap(loop.child_by_field_name("right"))
    if walked is not None and walked.type == "call_expression" and callee_name(walked) in ("keys", "entries") and not call_arguments(walked):
        walked = unwrap(callee_object(walked))
    pattern = unwrap(loop.child_by_field_name("left"))
    if pattern is not None and pattern.type == "array_pattern":  # `[key, value]` of an entry: the key comes first
        if not pattern.named_children or pattern.named_children[0] != binding.identifier:
            return False
    elif pattern != binding.identifier:
        return False
    receiver = unwrap(callee_object(site)) if site.type == "call_expression" else None
    return walked is not None and receiver is not None and text(walked) == text(receiver)


def _swapped_entry(key: Node, site: Node) -> bool:
    """`const pending = waiters.get(channel); waiters.set(channel, []); for (const w of pending)`:
    the function reads the entry under the key first and uses it as there, with no test that it
    is (no `|| []`, no `if (!pending)`): the key is one the container holds, and the `set`
    swaps its value rather than adding one."""
    receiver = unwrap(callee_object(site)) if site.type == "call_expression" and callee_name(site) == "set" else None
    fn = enclosing_function(site)
    if receiver is None or fn is None:
        return False
    wanted = f"{text(receiver)}.get({text(key)})"
    for node in walk(fn.child_by_field_name("body") or fn):
        if node.start_byte >= site.start_byte:
            break
        if node.type != "variable_declarator" or "".join(text(node.child_by_field_name("value")).split()) != "".join(wanted.split()):
            continue
        name = text(node.child_by_field_name("name"))
        body = text(fn)
        if re.search(rf"(?<![\w$.])!\s*{re.escape(name)}\b|\b{re.escape(name)}\s*(?:\?\.|\?\?|\|\||&&|[!=]==?\s*(?:undefined|null))|"
                     rf"\(\s*{re.escape(name)}\s*\)|\?\s*{re.escape(name)}\b", body):
            return False  # tested: it may be absent
        return re.search(rf"\bof\s+{re.escape(name)}\b|(?<![\w$.]){re.escape(name)}\s*\.\s*(?:length|forEach|map|filter|push|splice|slice)\b", body) is not None
    return False



def one_of_few(key: Node, model: SemanticModel) -> bool:
    """A key that can take only a handful of values whatever the caller passes: a literal, or a
    parameter typed as a union of literals, an enum or `(typeof LIST)[number]`."""
    return _is_literal(key, model, 0)


def _is_literal(node: Node | None, model: SemanticModel, depth: int) -> bool:
    node = unwrap(node)
    if node is None or depth > MAX_DEPTH:
        return False
    kind = node.type
    if kind in LITERAL_TYPES or string_value(node) is not None:
        return True
    if kind == "unary_expression" and text(node.child_by_field_name("operator")) in ("typeof", "!", "-"):
        return text(node.child_by_field_name("operator")) != "-" or _is_literal(node.child_by_field_name("argument"), model, depth + 1)
    if kind == "ternary_expression":
        return all(_is_literal(node.child_by_field_name(f), model, depth + 1) or _tested_member(node, f, model)
                   for f in ("consequence", "alternative"))
    if kind == "binary_expression" and text(node.child_by_field_name("operator")) in ("||", "??", "+"):
        return all(_is_literal(node.child_by_field_name(f), model, depth + 1) for f in ("left", "right"))
    if kind == "template_string":
        return all(_is_literal(part.named_children[0] if part.named_children else None, model, depth + 1)
                   for part in node.named_children if part.type == "template_substitution")
    if kind == "call_expression" and node.child_by_field_name("function") is not None:
        callee = unwrap(node.child_by_field_name("function"))
        if callee.type == "member_expression" and text(callee.child_by_field_name("property")) in RESPELLING_CALLS:
            return _is_literal(callee.child_by_field_name("object"), model, depth + 1)  # `kind.toUpperCase()`
        fn = model.function_named(callee) if callee.type == "identifier" else None
        returns = fn.child_by_field_name("return_type") if fn is not None else None
        if returns is not None and _finite_type(returns, model, depth + 1):
            return True  # `classify(status): StatusClass`
        return fn is not None and _bounded_result(node, model)  # `deviceClass(ua)`, which returns a literal or a listed value
    if kind == "identifier":
        binding = model.binding_of(node)
        if binding is None:
            return text(node) == "undefined"
        if binding.kind is BindingKind.PARAMETER:
            parameter = binding.identifier.parent
            annotation = parameter.child_by_field_name("type") if parameter is not None and parameter.type in ("required_parameter", "optional_parameter") else None
            return annotation is not None and _finite_type(annotation, model, depth + 1) \
                or binding.name in CATEGORY_PARAMETERS and not _passed_request_data(binding, model)
        if binding.kind is not BindingKind.CONST:
            return False
        declared = binding.identifier.parent  # `const chosen: Locale = pick(header)`: the type says it
        annotation = declared.child_by_field_name("type") if declared is not None and declared.type == "variable_declarator" else None
        return (annotation is not None and _finite_type(annotation, model, depth + 1)) or _is_literal(binding.value, model, depth + 1)
    if kind == "member_expression":
        return _is_enum_member(node, model) or _bounded_field_of_parameter(node, model)
    return False


# What a request carries, as spelled in an argument or in the value of the local passed.
REQUEST_SPELLED = re.compile(r"(?<![\w$.])(?:req|request|ctx\.request|ctx\.query|ctx\.params)\s*\.|\.headers\b|\.query\b|\.params\b|\.body\b")


def _passed_request_data(parameter, model: SemanticModel) -> bool:
    """Some call of the parameter's function in the file passes what a request carries in its
    place (`dateFormatter(rawLocale(req.headers['accept-language']))`, directly or through a
    const): the client picks the value, however the parameter is named."""
    from .summaries import call_sites, parameter_index

    fn = enclosing_function(parameter.identifier)
    index = parameter_index(fn, parameter.identifier) if fn is not None else None
    if fn is None or index is None or index < 0:
        return False
    for site in call_sites(fn, model):
        args = call_arguments(site)
        argument = unwrap(args[index]) if index < len(args) else None
        if argument is None:
            continue
        value = model.binding_of(argument).value if argument.type == "identifier" and model.binding_of(argument) is not None else None
        if REQUEST_SPELLED.search(text(argument)) or (value is not None and REQUEST_SPELLED.search(text(value))):
            return True
    return False


# Calls that keep a value among as few values as it had.
RESPELLING_CALLS = frozenset({"toUpperCase", "toLowerCase", "trim", "toString"})


def _tested_member(ternary: Node, branch: str, model: SemanticModel) -> bool:
    """`SUPPORTED.has(locale) ? locale : 'en'`: the branch is the very value the condition
    found in a constant list of the module (an allowlist), so it is one of the list's values."""
    value = unwrap(ternary.child_by_field_name(branch))
    condition = unwrap(ternary.child_by_field_name("condition"))
    if branch != "consequence" or value is None or value.type != "identifier" or condition is None or condition.type != "call_expression":
        return False
    args = call_arguments(condition)
    if callee_name(condition) not in ("has", "includes") or len(args) != 1 or text(args[0]) != text(value):
        return False
    holder = unwrap(unwrap(condition.child_by_field_name("function")).child_by_field_name("object"))
    binding = model.binding_of(holder) if holder is not None and holder.type == "identifier" else None
    return binding is not None and binding.kind is BindingKind.CONST and binding.is_module_level


def _finite_type(annotation: Node, model: SemanticModel, depth: int) -> bool:
    """A TypeScript type with a handful of values: a union of literals, `boolean`, an enum of the
    file, an alias of those, or `(typeof LIST)[number]` of a constant list of the file."""
    node = annotation.named_children[0] if annotation.type == "type_annotation" and annotation.named_children else annotation
    if node is None or depth > MAX_DEPTH + 2:
        return False
    kind = node.type
    if kind == "union_type":
        return all(_finite_type(member, model, depth) for member in node.named_children)
    if kind == "literal_type" or (kind == "predefined_type" and text(node) == "boolean"):
        return True
    if kind == "parenthesized_type":
        return bool(node.named_children) and _finite_type(node.named_children[0], model, depth + 1)
    if kind == "lookup_type":  # `(typeof ROUTES)[number]`
        query = next((n for n in walk(node) if n.type == "type_query"), None)
        listed = query.named_children[0] if query is not None and query.named_children else None
        binding = model.module_scope.bindings.get(text(listed)) if listed is not None and listed.type == "identifier" else None
        return binding is not None and binding.kind is BindingKind.CONST and _is_literal_list(binding.value)
    if kind == "index_type_query":  # `keyof AppEvents`: the keys of an interface or object type of the file
        named = node.named_children[0] if node.named_children else None
        declared = model.declared_types.get(text(named)) if named is not None and named.type == "type_identifier" else None
        body = declared.child_by_field_name("body") or declared.child_by_field_name("value") if declared is not None else None
        return body is not None and body.type in ("interface_body", "object_type") \
            and not any(member.type == "index_signature" for member in body.named_children)
    if kind == "type_identifier":
        constraint = _generic_constraint(node)
        if constraint is not None:  # `K` of `<K extends keyof AppEvents>`
            return _finite_type(constraint, model, depth + 1)
        declared = model.declared_types.get(text(node))
        if declared is None or declared.type not in ("enum_declaration", "type_alias_declaration"):
            return False
        if declared.type == "enum_declaration":
            return True
        value = declared.child_by_field_name("value")
        return value is not None and _finite_type(value, model, depth + 1)
    return False


def _generic_constraint(name: Node) -> Node | None:
    """The constraint of the type parameter `name` stands for, declared by a function or method
    around it: `extends keyof AppEvents` of `<K extends keyof AppEvents>`."""
    for holder in ancestors(name):
        params = holder.child_by_field_name("type_parameters") if holder.type in (*FUNCTION_TYPES, "method_definition", "function_signature") else None
        for param in params.named_children if params is not None else ():
            if param.type == "type_parameter" and text(param.child_by_field_name("name")) == text(name):
                constraint = param.child_by_field_name("constraint")
                return constraint.named_children[0] if constraint is not None and constraint.named_children else None
    return None


def _is_literal_list(value: Node | None) -> bool:
    """`['a', 'b'] as const`, `Object.freeze(['a', 'b'])`, `['a', 'b']`: a list of literals."""
    node = unwrap(value)  # `as const` too
    if node is not None and node.type == "call_expression" and call_arguments(node):
        node = unwrap(call_arguments(node)[0])
    return node is not None and node.type == "array" and all(string_value(e) is not None or e.type == "number" for e in node.named_children)


def _bounded_field_of_parameter(member: Node, model: SemanticModel) -> bool:
    """`req.method`, `reply.statusCode`: a field of a handler's parameter that takes one of a
    handful of values (BOUNDED_REQUEST_FIELDS)."""
    owner = unwrap(member.child_by_field_name("object"))
    if owner is None or owner.type != "identifier" or not bounded_field(member):
        return False
    binding = model.binding_of(owner)
    return binding is not None and binding.kind is BindingKind.PARAMETER


def _is_enum_member(member: Node, model: SemanticModel) -> bool:
    """`Kind.Ready` of a TypeScript enum, or `EVENTS.READY` of a constant table."""
    owner = unwrap(member.child_by_field_name("object"))
    prop = text(member.child_by_field_name("property"))
    if owner is None or owner.type != "identifier":
        return False
    binding = model.binding_of(owner)
    if binding is not None and binding.kind is BindingKind.ENUM:
        return True
    if binding is not None and binding.kind is BindingKind.CONST and binding.is_module_level:
        value = unwrap(binding.value)
        if value is None or value.type != "object" or binding.writes:
            return False
        pairs = [c for c in value.named_children if c.type != "comment"]
        return all(p.type == "pair" and _is_literal(p.child_by_field_name("value"), model, MAX_DEPTH) for p in pairs)
    name = text(owner)
    return bool(prop) and name[:1].isupper() and (prop.isupper() or prop[:1].isupper()) and binding is not None and binding.is_module_level


def _literal_type_arguments(value: Node, model: SemanticModel) -> bool:
    """`new Map<'a' | 'b', X>()` or `new Set<Kind>()` of an enum: TypeScript bounds the keys."""
    arguments = unwrap(value).child_by_field_name("type_arguments") if unwrap(value) is not None else None
    first = arguments.named_children[0] if arguments is not None and arguments.named_children else None
    return first is not None and _is_literal_type(first, model, 0)


def _is_literal_type(node: Node, model: SemanticModel, depth: int) -> bool:
    if depth > MAX_DEPTH:
        return False
    if node.type == "literal_type":
        return True
    if node.type == "union_type":
        return all(_is_literal_type(c, model, depth + 1) for c in node.named_children)
    if node.type == "type_identifier":
        name = text(node)
        for statement in model.root.named_children:
            declared = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
            if declared is None or text(declared.child_by_field_name("name")) != name:
                continue
            if declared.type == "enum_declaration":
                return True
            if declared.type == "type_alias_declaration":
                aliased = declared.child_by_field_name("value")
                return aliased is not None and _is_literal_type(aliased, model, depth + 1)
    return False


# Array methods that hand each element of the list to their callback's first parameter.
ELEMENT_METHODS = frozenset({"forEach", "map", "flatMap", "filter", "some", "every"})


def from_fixed_list(key: Node, model: SemanticModel) -> bool:
    """`upstreams.forEach(probe)` with `probe(upstream) { health.set(upstream.name, ...) }`: the
    key is read from an element of a module-level constant list of literals that nothing
    grows, handed to the function by the list's own iteration (`forEach`, `map`, `for...of`)
    and nothing else: the container holds as many entries as the list at most."""
    root = unwrap(key)
    while root is not None and root.type == "member_expression" and root.child_by_field_name("property").type == "property_identifier":
        root = unwrap(root.child_by_field_name("object"))
    binding = model.binding_of(root) if root is not None and root.type == "identifier" else None
    if binding is None or binding.writes:
        return False
    if binding.kind is BindingKind.PARAMETER:
        fn = binding.scope.node
        from .summaries import parameter_index  # summaries reads run contexts, which read provenance's callers

        if fn is None or fn.type not in FUNCTION_TYPES or parameter_index(fn, binding.identifier) != 0:
            return False
        return _iterates_fixed_list(fn, model)
    declarator = binding.identifier.parent  # `for (const upstream of upstreams)`
    loop = declarator if declarator is not None and declarator.type == "for_in_statement" else None
    return loop is not None and _fixed_list(loop.child_by_field_name("right"), model) and any(c.type == "of" for c in loop.children)


def _iterates_fixed_list(fn: Node, model: SemanticModel) -> bool:
    """`fn` is the callback of a fixed list's iteration, or a named function whose every use is
    as one (`list.forEach(fn)`, `list.forEach((x) => fn(x))`)."""
    from .summaries import parameter_list  # summaries reads run contexts, which read provenance's callers

    if _element_callback_of_fixed_list(fn, model):
        return True
    name = fn.child_by_field_name("name") or (fn.parent.child_by_field_name("name") if fn.parent is not None and fn.parent.type == "variable_declarator" else None)
    binding = model.binding_of(name) if name is not None else None
    if binding is None or not binding.references:
        return False
    for ref in (r.identifier for r in binding.references):
        holder = ref.parent
        if holder is not None and holder.type == "arguments" and _element_callback_of_fixed_list(ref, model):
            continue
        call = holder if holder is not None and holder.type == "call_expression" and holder.child_by_field_name("function") == ref else None
        wrapper = enclosing_function(call) if call is not None else None
        args = call_arguments(call) if call is not None else []
        first = parameter_list(wrapper)[:1] if wrapper is not None else []
        if args and first and text(unwrap(args[0])) == first[0] and _element_callback_of_fixed_list(wrapper, model):
            continue  # `list.forEach((x) => fn(x))`
        return False
    return True


def _element_callback_of_fixed_list(callback: Node, model: SemanticModel) -> bool:
    holder = outermost(callback).parent
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    if call is None or call.type != "call_expression" or callee_name(call) not in ELEMENT_METHODS or call_arguments(call)[:1] != [outermost(callback)]:
        return False
    receiver = unwrap(call.child_by_field_name("function")).child_by_field_name("object")
    return _fixed_list(receiver, model)


def _fixed_list(node: Node | None, model: SemanticModel) -> bool:
    """A module-level const bound to an array literal of literals (strings, numbers, objects of
    them) that no code grows or rewrites (`list.push(...)`, `list[i] = ...`)."""
    node = unwrap(node)
    if node is not None and node.type == "array":  # `for (const name of ['client', 'subscriber'])`: the list written in place
        return all(_plain_literal(e) for e in node.named_children)
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.is_module_level and binding.kind is BindingKind.CONST else None
    if value is not None and value.type == "call_expression" and call_arguments(value):  # `Object.freeze([...])`
        value = unwrap(call_arguments(value)[0])
    if value is None or value.type != "array" or not all(_plain_literal(e) for e in value.named_children):
        return False
    for ref in (r.identifier for r in binding.references):
        parent = ref.parent
        if parent is not None and parent.type in ("member_expression", "subscript_expression") and parent.child_by_field_name("object") == ref:
            method = parent.parent if parent.type == "member_expression" else None
            if parent.type == "subscript_expression" and parent.parent is not None and parent.parent.type == "assignment_expression":
                return False
            if method is not None and method.type == "call_expression" and callee_name(method) in GROWING_METHODS:
                return False
        elif parent is not None and parent.type != "arguments" and parent.type != "for_in_statement":
            if parent.type == "assignment_expression":
                return False
    return True


GROWING_METHODS = frozenset({"push", "unshift", "splice", "fill", "copyWithin"})


def _plain_literal(node: Node) -> bool:
    node = unwrap(node)
    if node is None:
        return False
    if string_value(node) is not None or node.type in ("number", "true", "false", "null"):
        return True
    if node.type == "object":
        return all(p.type == "pair" and _plain_literal(p.child_by_field_name("value")) for p in node.named_children)
    return False


def request_source(value: Node | None, runs: RunContext, model: SemanticModel) -> Node | None:
    """The part of `value` that comes from the repeated handler's own parameters, if any.

    Parameters of a route handler, a middleware or a connection handler are request data;
    a value built from them (directly, or through a local computed from them) varies with
    every request. Returns the access path that shows it, such as `req.params.id`.
    """
    if value is None or runs.how is not RunsHow.REPEATED:
        return None
    seen = _as_handler_sees(value, runs.calls, model)
    if seen is value and runs.calls and unwrap(value) is not None and unwrap(value).type in COMPOSED_KEYS:
        # `${sku}:${currency}` in a helper: each of its parameters as the handler passes it
        for part in walk(value):
            if part.type == "identifier":
                passed = _as_handler_sees(part, runs.calls, model)
                found = request_source(passed, replace(runs, calls=()), model) if passed is not None and passed is not part else None
                if found is not None:
                    return found
        return None
    value = seen
    if value is None or (runs.calls and unwrap(value) is not None and allowlisted(unwrap(value), runs.calls[0], model)):
        return None  # `if (!NAMESPACES.has(req.params.ns)) return; publish(req.params.ns, body)`: one of the list's values
    handler = _handler_function(value, runs.registration)
    by_parameters = handler is not None and handler == runs.registration and takes_a_request(handler)  # `async function proxy(req, res)`
    if handler is None or not (by_parameters or is_request_handler(handler) or client_event_handler(handler)):
        return None  # an event's payload is data, but not necessarily the client's
    params = {b.uid for b in _parameters(handler, model)}
    if not params:
        return None
    return _find_source(value, params, model, 0)


# Keys composed of several values: a request's part in any of them makes the key the client's.
COMPOSED_KEYS = frozenset({"template_string", "binary_expression", "array"})


def _as_handler_sees(value: Node, calls: tuple[Node, ...], model: SemanticModel) -> Node | None:
    """`value` inside helpers the handler calls (`calls`, from the handler inwards), as the
    handler passes it: a helper's parameter (or the root of a path on one) becomes the argument
    its call passes; anything else the helper made itself stays where it is."""
    from .summaries import slot_of  # summaries reads run contexts, which read provenance's callers

    for call in reversed(calls):
        value = _local_value(value, model)  # `const key = req.originalUrl`: what the helper's parameter gives
        root = value
        while root is not None and root.type in ("member_expression", "subscript_expression"):
            root = unwrap(root.child_by_field_name("object"))
        slot = slot_of(root, model)
        if slot is None or slot.index < 0 or call.type != "call_expression":
            return value
        if (function_name(slot.function) or "").rsplit(".", 1)[-1] != callee_name(call):
            return value  # a parameter of another function than the one this call runs
        args = call_arguments(call)
        value = unwrap(args[slot.index]) if slot.index < len(args) else None
        if value is None:
            return None
    return value


def _local_value(value: Node, model: SemanticModel) -> Node:
    """A local const's value, when it reads a parameter of its own function (`const key =
    req.originalUrl`); the node itself otherwise."""
    node = unwrap(value)
    if node is None or node.type != "identifier":
        return value
    binding = model.binding_of(node)
    made = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and not binding.is_module_level else None
    if made is None or made.type not in ("member_expression", "subscript_expression"):
        return value
    root = made
    while root is not None and root.type in ("member_expression", "subscript_expression"):
        root = unwrap(root.child_by_field_name("object"))
    parameter = model.binding_of(root) if root is not None and root.type == "identifier" else None
    return made if parameter is not None and parameter.kind is BindingKind.PARAMETER and parameter.scope == binding.scope else value


def _handler_function(node: Node, registration: Node) -> Node | None:
    for fn in ancestors(node):
        if fn.type not in FUNCTION_TYPES:
            continue
        parent = outermost(fn).parent
        if fn == registration or parent == registration or (parent is not None and parent.type == "arguments" and parent.parent == registration):
            return fn
    return None


def _parameters(fn: Node, model: SemanticModel):
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return []
    found = []
    for node in walk(params):
        if node.type in ("identifier", "shorthand_property_identifier_pattern"):
            binding = model.binding_of(node)
            if binding is not None and binding.kind is BindingKind.PARAMETER:
                found.append(binding)
    return found


def _find_source(value: Node, params: set[str], model: SemanticModel, depth: int) -> Node | None:
    if _bounded_result(value, model):
        return None  # `routeKey(req)`, a function of the file that builds the key from bounded fields only
    for node in walk(value):
        if node.type not in ("identifier", "shorthand_property_identifier"):
            continue
        binding = model.binding_of(node)
        if binding is None:
            continue
        if binding.uid in params:
            access = _outer_access(node)
            if bounded_field(access):
                continue  # `req.method`: one of a few values the server accepts at all
            return access
        if depth < 1 and binding.kind in (BindingKind.CONST, BindingKind.LET) and binding.value is not None and not binding.is_module_level:
            if _bounded_result(binding.value, model):
                continue  # `const locale = pickLocale(req.headers[...])`, which returns one of a fixed list
            made = unwrap(binding.value)
            if made is not None and made.type in FUNCTION_TYPES and returned_values(made) and all(_bounded_value(r) for r in returned_values(made)):
                continue  # `const routeKey = () => `${req.method} ${req.route?.path}``, called for the key
            if _find_source(binding.value, params, model, depth + 1) is not None:
                return node
        if depth < 1 and binding.declaration.type == "variable_declarator" and binding.value is None and not binding.is_module_level:
            # `const { id } = req.params`: a destructured local
            initial = binding.declaration.child_by_field_name("value")
            if initial is not None and _find_source(initial, params, model, depth + 1) is not None:
                return node
    return None


def bounded_as_passed(key: Node, runs: RunContext, model: SemanticModel) -> bool:
    """A helper's key as the repeating code passes it is one of a fixed set: a string literal,
    or a local holding what a bounded function of this file returns (`pickLocale(...)`)."""
    if not runs.calls:
        return False
    passed = _as_handler_sees(key, runs.calls, model)
    if passed is None or passed is key:
        return False
    if passed.type == "identifier" and key.type == "identifier" and model.binding_of(passed) is not None \
            and model.binding_of(passed) is model.binding_of(key):
        return True  # `start(id) { ...; retry(() => this.start(id)) }`: each round of the loop keys its entry as the last did
    if string_value(passed) is not None:
        return True
    if allowlisted(passed, runs.calls[0], model):
        return True  # `if (!NAMESPACES.has(req.params.ns)) return; publish(req.params.ns, body)`
    if bounded_field(passed) or _bounded_value(passed):
        return True  # `bump(req.method)`, `observe(`${req.method} ${req.routeOptions.url}`)`
    if passed.type == "call_expression" and (_bounded_result(passed, model) or _bounded_local_call(passed, model)):
        return True  # `record(routeKey(), ms)`, where `routeKey()` builds the key from the route's pattern
    return passed.type == "identifier" and _bounded_const(passed, model)


def _bounded_local_call(call: Node, model: SemanticModel) -> bool:
    """A call of a local const arrow whose every result is bounded (`const routeKey = () => ...`)."""
    callee = unwrap(call.child_by_field_name("function"))
    binding = model.binding_of(callee) if callee is not None and callee.type == "identifier" else None
    made = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST else None
    returned = returned_values(made) if made is not None and made.type in FUNCTION_TYPES else []
    return bool(returned) and all(_bounded_value(r) for r in returned)


def _bounded_result(value: Node, model: SemanticModel) -> bool:
    """A call of a function of this file whose every return is a string literal, or a value
    checked against a list first (`SUPPORTED.includes(x) ? x : 'en'`): one of a fixed set."""
    node = unwrap(value)
    fn = model.function_named(unwrap(node.child_by_field_name("function"))) if node is not None and node.type == "call_expression" else None
    if fn is None:
        return False
    body = fn.child_by_field_name("body")
    if body is not None and body.type != "statement_block":
        return _bounded_value(body)
    returns = [n for n in walk(fn) if n.type == "return_statement" and n.named_children and enclosing_function(n) == fn]
    return bool(returns) and all(_bounded_value(r.named_children[0]) for r in returns)


def _bounded_value(node: Node | None) -> bool:
    node = unwrap(node)
    if node is None:
        return False
    if string_value(node) is not None:
        return True
    if node.type == "ternary_expression":
        test = unwrap(node.child_by_field_name("condition"))
        checked = test is not None and test.type == "call_expression" and text(test.child_by_field_name("function")).rsplit(".", 1)[-1] in ("includes", "has")
        branches = [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
        return all(_bounded_value(b) or (checked and text(unwrap(b)) in (text(a) for a in call_arguments(test))) for b in branches)
    if node.type in ("template_string", "binary_expression"):
        # `${req.method} ${req.routeOptions.url ?? '<unmatched>'}`: made of literals and bounded fields only
        parts = [unwrap(c) for c in node.named_children if c.type != "comment"]
        if node.type == "template_string":
            parts = [unwrap(c.named_children[0]) if c.named_children else None for c in node.named_children if c.type == "template_substitution"]
        return all(p is not None and (_bounded_value(p) or bounded_field(p)) for p in parts)
    return False


def bounded_field(node: Node) -> bool:
    """`x.method`, `x.statusCode`: a member read whose property is one of the request's (or
    response's) fields with a handful of values."""
    return node.type == "member_expression" and (text(node.child_by_field_name("property")) in BOUNDED_REQUEST_FIELDS or _route_pattern(node))


# Reads of the pattern the router matched (`/users/:id`), one per registered route, not the URL the
# client sent: fastify's `request.routeOptions.url` and `request.routerPath`, Express's and hapi's
# `req.route.path`, Koa router's `ctx._matchedRoute` and `ctx.routePath`; and Express's
# `req.baseUrl`, the path a router is mounted at (one per `app.use('/api/orders', router)`; a
# mount path with parameters would make it the client's, which precision leaves unasked).
ROUTE_PATTERN_FIELDS = frozenset({"routeOptions", "routerPath", "_matchedRoute", "routePath", "baseUrl"})


def _route_pattern(node: Node) -> bool:
    names = []
    while node is not None and node.type == "member_expression":
        names.append(text(node.child_by_field_name("property")))
        node = unwrap(node.child_by_field_name("object"))
    names.reverse()  # from the request outwards: ['route', 'path']
    return any(n in ROUTE_PATTERN_FIELDS for n in names[:2]) or names[:2] == ["route", "path"]


# Request (and response) fields that take one of a handful of values, whatever the client sends.
BOUNDED_REQUEST_FIELDS = frozenset({"method", "httpVersion", "httpVersionMajor", "httpVersionMinor", "protocol", "secure", "xhr", "fresh", "stale",
                                    "statusCode", "statusMessage"})


def _outer_access(ident: Node) -> Node:
    """`req` in `req.params.id` -> the whole access path."""
    node = ident
    while node.parent is not None and node.parent.type == "member_expression" and node.parent.child_by_field_name("object") == node:
        node = node.parent
    return node


# -- fresh keys: a new value on every call -------------------------------------------------------

# Functions whose every call returns a value never seen before (ids, clocks, random values).
FRESH_FUNCTIONS = frozenset(
    {"uuid", "v1", "v4", "v7", "uuidv4", "uuidV4", "randomUUID", "nanoid", "cuid", "ulid", "uniqueId", "generateId",
     "genId", "nextId", "newId", "createId", "makeId", "Symbol", "now", "hrtime", "random", "randomBytes",
     "uid", "uid2"}  # (`uid2(6)`: the socket.io family's random id)
)
# Names that say "an identifier of one operation, message, request, socket or connection".
FRESH_NAME = re.compile(
    r"^(?:id|ids|uid|uuid|seq|seqno|sequence|counter|ctr|nonce|deliveryTag)$"  # (an AMQP delivery's own number)
    r"|[a-z0-9](?:Id|ID|Ids|Uid|UUID|Uuid|Seq|Seqno|Sequence|Counter|Nonce)$"
    r"|_(?:id|uid|uuid|seq|counter|nonce)$"
    # the same names written in one lowercase word (`requestid`, `msgid`), for the operations
    # and peers that ids name: a bare `...id` tail would take `valid` and `paid` too
    r"|^(?:request|req|message|msg|call|session|conn|connection|client|socket|job|task|txn|tx|trace|span|correlation|ack"
    r"|packet|stream|sub|subscription|peer|user|reply|query|transaction|invocation|rpc)id$"
)
MAX_FRESH_DEPTH = 2
# Methods that spell a value differently and keep it as new as it was: `Math.random().toString(36).slice(2)`.
RESPELLINGS = frozenset({"toString", "slice", "substring", "substr", "padStart", "padEnd", "toUpperCase", "toLowerCase", "trim"})


def fresh_key(node: Node | None, model: SemanticModel, depth: int = 0) -> str | None:
    """How a key shows it is new on every call: a counter (`id++`), an id function (`uuid()`,
    `Date.now()`), an object made in the call, or a name that says it identifies one operation
    (`requestId`, `msg.id`, `socket.id`). None when nothing says so (precision first)."""
    node = unwrap(node)
    if node is None or depth > MAX_FRESH_DEPTH:
        return None
    kind = node.type
    if kind == "update_expression":
        return f"counter `{text(node)}`"
    if kind == "augmented_assignment_expression" and text(node.child_by_field_name("operator")) == "+=":
        return f"counter `{text(node)}`"
    if kind == "call_expression":
        fn = unwrap(node.child_by_field_name("function"))
        name = text(fn.child_by_field_name("property")) if fn is not None and fn.type == "member_expression" else text(fn)
        if name in RESPELLINGS and fn is not None and fn.type == "member_expression":  # `randomBytes(8).toString('hex')`
            return f"`{text(node)}`" if fresh_key(fn.child_by_field_name("object"), model, depth + 1) is not None else None
        return f"`{text(node)}`" if name in FRESH_FUNCTIONS else None
    if kind in ("object", "array", "new_expression"):
        return "an object made in the call"  # a function is not: handlers are registered once and kept
    if kind == "this":  # `Span.open.add(this)` in a constructor: the instance being made, new with every `new`
        fn = enclosing_function(node)
        while fn is not None and fn.type == "arrow_function":
            fn = enclosing_function(fn)
        return "the instance being made" if fn is not None and fn.type == "method_definition" \
            and text(fn.child_by_field_name("name")) == "constructor" else None
    if kind in ("template_string", "binary_expression"):
        for part in node.named_children:
            found = fresh_key(part.named_children[0] if part.type == "template_substitution" and part.named_children else part, model, depth + 1)
            if found is not None:
                return found
        return None
    if kind == "member_expression":
        prop = text(node.child_by_field_name("property"))
        return f"id `{text(node)}`" if FRESH_NAME.search(prop) else None
    if kind == "identifier":
        binding = model.binding_of(node)
        if binding is not None and binding.kind in (BindingKind.CONST, BindingKind.LET, BindingKind.VAR) and binding.value is not None:
            found = fresh_key(binding.value, model, depth + 1)
            if found is not None:
                return found
            if binding.kind is BindingKind.CONST and _is_literal(binding.value, model, 0):
                return None  # `const rootId = 'ROOT_' + which` with `which: 'Query' | 'Mutation'`: the name says nothing
        if FRESH_NAME.search(text(node)):
            return f"id `{text(node)}`"
    return None


def allowlisted(key: Node, site: Node, model: SemanticModel | None = None) -> bool:
    """`if (!TYPES.has(type)) return res.sendStatus(400)` before the add: the key is one of
    the allowlist's values, so the container holds as many entries as the list at most. With
    the model, also a guard through a function of the file that asks the list
    (`if (!isVersion(v)) return`, `isVersion(v) { return VERSIONS.includes(v) }`)."""
    if key.type not in ("identifier", "member_expression"):
        return False  # (`bid.auctionId` too: `if (!this.open.has(bid.auctionId)) return false`)
    fn = enclosing_function(site)
    return _guarded_in(fn, text(key), site.start_byte, model) or _asked_around(key, site, fn) or _route_parameter_guarded(key, model)


@lru_cache(maxsize=512)
def _asked_pattern(key: str) -> re.Pattern[str]:
    """`LIST.has(key)` or `LIST.includes(key)` for one key's spelling, compiled once per spelling."""
    return re.compile(r"[\w$.]+\s*\.\s*(?:has|includes)\(\s*" + re.escape(key) + r"\s*\)")


def _asked_around(key: Node, site: Node, fn: Node | None) -> bool:
    """`if (TENANTS.has(tenant)) table.set(tenant, v)`: the add runs only in the branch of a
    condition that asks a list (or the table itself) for the key, among `&&`'d parts."""
    spelled = text(key)
    node = site
    while node is not None and node != fn:
        parent = node.parent
        if parent is not None and parent.type == "if_statement" and parent.child_by_field_name("consequence") == node:
            condition = " ".join(text(parent.child_by_field_name("condition")).split()).strip()
            condition = condition[1:-1] if condition.startswith("(") and condition.endswith(")") else condition
            if spelled in condition and any(_asked_pattern(spelled).fullmatch(part.strip()) for part in condition.split("&&")):
                return True
        node = parent
    return False


def _guarded_in(fn: Node | None, key: str, before: int, model: SemanticModel | None) -> bool:
    """A statement of `fn`'s body before byte `before` that leaves unless `key` is on an allowlist."""
    for statement in _leaving_guards(fn, before):
        condition = text(statement.child_by_field_name("condition"))
        if key not in condition:
            continue  # (compiled only for a guard that spells the key)
        guard, checker = _allowlist_tests(key)
        if guard.fullmatch(condition):
            return True
        if "||" in condition and any(guard.fullmatch(f"({part.strip()})") for part in condition.strip()[1:-1].split("||")):
            return True  # `if (!REGIONS.has(region) || !CURRENCIES.has(currency)) return`: each one checked
        called = checker.fullmatch(condition)
        if called is not None and VALIDATING.match(called.group(1)):
            return True  # `if (!isAllowedKey(key)) return`: a check, wherever it is written, that the key is one of the accepted
        callee = next((n.child_by_field_name("function") for n in walk(statement.child_by_field_name("condition"))
                       if n.type == "call_expression"), None) if called is not None and model is not None else None
        if callee is not None and _asks_a_list(callee, model):
            return True
    return False


def guarding_predicate(key: Node, site: Node) -> Node | None:
    """The function named in a guard before `site` that leaves unless it answers yes for
    `key` (`if (!isPreset(preset)) return`): the callee's identifier, whatever it does."""
    spelled = text(key)
    for statement in _leaving_guards(enclosing_function(site), site.start_byte) if key.type == "identifier" else ():
        condition = text(statement.child_by_field_name("condition"))
        if spelled in condition and _allowlist_tests(spelled)[1].fullmatch(condition):
            return next((n.child_by_field_name("function") for n in walk(statement.child_by_field_name("condition"))
                         if n.type == "call_expression"), None)
    return None


def _leaving_guards(fn: Node | None, before: int) -> Iterator[Node]:
    """The `if` statements of `fn`'s own body before byte `before` whose branch leaves
    (`if (...) return ...`, or a block that returns or throws)."""
    body = fn.child_by_field_name("body") if fn is not None else None
    for statement in body.named_children if body is not None and body.type == "statement_block" else ():
        if statement.start_byte >= before:
            break
        consequence = statement.child_by_field_name("consequence") if statement.type == "if_statement" else None
        if consequence is not None and (consequence.type in ("return_statement", "throw_statement") or any(
                c.type in ("return_statement", "throw_statement") for c in consequence.named_children)):
            yield statement


def _route_parameter_guarded(key: Node, model: SemanticModel | None) -> bool:
    """`req.params.topic` (or `const { topic } = req.params`) in a file whose router checks that
    parameter for every route first: `router.param('topic', (req, res, next, topic) => { if
    (!TOPICS.has(topic)) return res.sendStatus(404); next() })` (Express). Only the
    allowlist's values reach the handlers."""
    root = key
    while root.parent is not None:
        root = root.parent
    if b".param(" not in (model.data if model is not None else root.text or b""):
        return False  # (asked first: most files declare no route parameter)
    name = _route_parameter_name(key)
    if not name:
        return False
    for call in walk(root):
        if call.type != "call_expression" or callee_name(call) != "param":
            continue
        args = [unwrap(a) for a in call_arguments(call)]
        handler = args[1] if len(args) == 2 and string_value(args[0]) == name else None
        params = handler.child_by_field_name("parameters") if handler is not None and handler.type in FUNCTION_TYPES else None
        names = [p for p in params.named_children if p.type != "comment"] if params is not None else []
        if len(names) >= 4 and _guarded_in(handler, text(names[3].child_by_field_name("pattern") or names[3]), handler.end_byte, model):
            return True
    return False


def _route_parameter_name(key: Node) -> str:
    """The route parameter a key is: `req.params.topic`, or `topic` read out of `req.params`
    by its function (`const { topic } = req.params`)."""
    if key.type == "member_expression":
        holder = unwrap(key.child_by_field_name("object"))
        return text(key.child_by_field_name("property")) if holder is not None and holder.type == "member_expression" \
            and text(holder.child_by_field_name("property")) == "params" else ""
    fn = enclosing_function(key)
    body = fn.child_by_field_name("body") if fn is not None else None
    name = text(key)
    for declarator in walk(body, skip=FUNCTION_TYPES) if body is not None else ():
        if declarator.type != "variable_declarator":
            continue
        pattern, value = declarator.child_by_field_name("name"), unwrap(declarator.child_by_field_name("value"))
        if pattern is not None and pattern.type == "object_pattern" and value is not None and value.type == "member_expression" \
                and text(value.child_by_field_name("property")) == "params" \
                and any(text(p) == name for p in pattern.named_children if p.type == "shorthand_property_identifier_pattern"):
            return name
    return ""


@lru_cache(maxsize=512)
def _allowlist_tests(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two conditions `allowlisted` accepts for one key's spelling, compiled once per
    spelling: keys repeat (`type`, `id`), and compiling costs more than matching."""
    guard = re.compile(r"\(\s*!\s*(?:[\w$.]+|\(\s*[\w$.]+\s+as\s+[^()]+\))\s*\.\s*(?:has|includes)\(\s*" + re.escape(key) + r"(?:\s+as\s+[\w$.<>\[\]]+)?\s*\)\s*\)")
    checker = re.compile(r"\(\s*!\s*([\w$]+)\(\s*" + re.escape(key) + r"\s*\)\s*\)")
    return guard, checker


# Names of functions that say they accept only known values: `isAllowedKey`, `isSupportedLocale`, `isValidRegion`.
VALIDATING = re.compile(r"^(?:is|has)(?:Allowed|Known|Supported|Permitted|Whitelisted|Allowlisted)[A-Z]")
LIST_QUESTION = re.compile(r"[^;]+?\.\s*(?:has|includes)\(\s*[\w$]+\s*\)"  # `PRESETS.includes(p)`, also of an object's own keys:
                           r"|(?:Object\.prototype\.hasOwnProperty\.call|Object\.hasOwn)\(\s*[\w$.]+\s*,\s*[\w$]+\s*\)|[\w$]+\s+in\s+[\w$.]+")


def _asks_a_list(callee: Node, model: SemanticModel) -> bool:
    """A function of the file whose one returned value asks a list whether it holds its
    argument: `return (VERSIONS as readonly string[]).includes(v)`."""
    fn = model.function_named(unwrap(callee))
    return fn is not None and asks_a_list(fn)


def asks_a_list(fn: Node) -> bool:
    """`fn`'s one returned value asks a list whether it holds its argument."""
    body = fn.child_by_field_name("body")
    if body is not None and body.type != "statement_block":
        return LIST_QUESTION.fullmatch(" ".join(text(unwrap(body)).split())) is not None
    returns = [n for n in walk(fn) if n.type == "return_statement" and n.named_children and enclosing_function(n) == fn]
    return len(returns) == 1 and LIST_QUESTION.fullmatch(" ".join(text(unwrap(returns[0].named_children[0])).split())) is not None


def bounded_argument(argument: Node, site: Node, model: SemanticModel) -> bool:
    """What a call passes is one of a fixed set: a string literal, a name checked against an
    allowlist before the call, or the result of a function of the file that returns only
    literals or allowlisted values (`formatterFor(resolveLocale(req))`), directly or through a
    const."""
    argument = unwrap(argument)
    if argument is None:
        return False
    if string_value(argument) is not None or one_of_few(argument, model):
        return True  # (`localeChain(chosen)`, `chosen` typed as a union of literals)
    if argument.type == "identifier":
        return allowlisted(argument, site, model) or _bounded_const(argument, model)
    return argument.type == "call_expression" and _bounded_result(argument, model)


def _bounded_const(name: Node, model: SemanticModel) -> bool:
    """A const holding what a bounded function of this file returns (`pickLocale(...)`), or a
    value narrowed to a list (`THEMES.has(t) ? t : 'light'`)."""
    binding = model.binding_of(name)
    return binding is not None and binding.kind is BindingKind.CONST and binding.value is not None \
        and (_bounded_result(binding.value, model) or _bounded_value(binding.value) or _table_lookup(binding.value, model))


def _table_lookup(value: Node, model: SemanticModel) -> bool:
    """`REGION_ORIGINS[region]`: a value read from a module-level constant table of literals,
    one of its few values whatever the key (a missing one is `undefined`)."""
    node = unwrap(value)
    table = unwrap(node.child_by_field_name("object")) if node is not None and node.type == "subscript_expression" else None
    binding = model.binding_of(table) if table is not None and table.type == "identifier" else None
    entries = unwrap(binding.value) if binding is not None and binding.is_module_level and binding.kind is BindingKind.CONST else None
    return entries is not None and entries.type == "object" and bool(entries.named_children) and all(
        p.type == "pair" and _plain_literal(p.child_by_field_name("value")) for p in entries.named_children)


def fixed_value(argument: Node) -> str | None:
    """What a helper call passes that takes one of a few values: a string literal, or a
    request's bounded field (`req.method`) as written; None for anything else."""
    value = string_value(argument)
    if value is None and (bounded_field(argument) or _bounded_value(argument)):  # (`req.routeOptions.url ?? 'unmatched'` too)
        return text(argument)
    return value
