"""What an instance is handed when it is made and keeps in a field: `constructor(feed) { this.feed = feed }`.

A method that registers on `this.feed`, or grows it, acts on whatever the code that made the
instance handed to `new`, which may live far longer than the instance (a module's emitter, a
shared Map). The class's file cannot judge that object; it summarises the constructor's
parameter instead (findings.injected_slot), and the file that calls `new` judges its argument
there, with the frequency of the method's call (project.join)."""

from __future__ import annotations

import re
from collections import Counter

from tree_sitter import Node

from ..findings import injected_slot, option_step

from .keys import this_owner
from .model import SemanticModel
from .nodes import CLASS_TYPES, FUNCTION_TYPES, call_arguments, is_constructor, outermost, remembered_per_node, text, unwrap
from .scopes import BindingKind
from .summaries import THIS, parameter_index, slot_of


def injected_parameter(expr: Node | None, model: SemanticModel) -> tuple[Node, int] | None:
    """(the method, the parameter's index) when `expr` is `this.<field>` in a method other
    than the constructor, and the constructor keeps one of its parameters in that field
    (`this.feed = feed`, or TypeScript's `constructor(private feed: Emitter)`) that no other
    code of the class assigns: a field that may hold something the instance does not own."""
    found = _method_field(expr, model)
    if found is None:
        return None
    method, constructor, field = found
    index = _kept_parameter(constructor, field, model)
    return (method, index) if index is not None else None


def kept_from_constructor(expr: Node | None, model: SemanticModel) -> tuple[Node, int, tuple[str, ...]] | None:
    """(the method, the constructor's parameter, the chain's suffix) for a field kept from what
    the constructor is handed: the parameter itself (no suffix), or one option of it (the
    option's step, findings.option_step), under which a summary and its callers meet."""
    plain = injected_parameter(expr, model)
    if plain is not None:
        return plain[0], plain[1], ()
    option = injected_option(expr, model)
    return (option[0], option[1], (option_step(option[2]),)) if option is not None else None


def injected_option(expr: Node | None, model: SemanticModel) -> tuple[Node, int, str] | None:
    """(the method, the parameter's index, the option's name) when `expr` is `this.<field>` in a
    method other than the constructor, and the constructor keeps one option of an options
    object there: `constructor(options) { this.bus = options.bus }`, or `constructor({ bus })
    { this.bus = bus }`. The caller's `new C({ bus: feed })` says what the field holds."""
    found = _method_field(expr, model)
    method, constructor, field = found if found is not None else (None, None, "")
    value = constructor_sets(constructor, field)
    if value is not None and value.type == "member_expression":  # `this.bus = options.bus`
        holder = unwrap(value.child_by_field_name("object"))
        binding = model.binding_of(holder) if holder is not None and holder.type == "identifier" else None
        key = value.child_by_field_name("property")
        if binding is None or binding.kind is not BindingKind.PARAMETER or binding.scope.node != constructor or binding.writes \
                or key is None or key.type != "property_identifier":
            return None
        index = parameter_index(constructor, binding.identifier)
        return (method, index, text(key)) if index is not None else None
    binding = model.binding_of(value) if value is not None and value.type == "identifier" else None
    pattern = binding.identifier if binding is not None and binding.kind is BindingKind.PARAMETER and not binding.writes else None
    if pattern is None or pattern.type != "shorthand_property_identifier_pattern" or pattern.parent is None:
        return None  # (`constructor({ bus })`: the name an object pattern of a parameter binds)
    params = [p for p in constructor.child_by_field_name("parameters").named_children if p.type != "comment"]
    whole = next((i for i, p in enumerate(params) if p == pattern.parent or p.child_by_field_name("pattern") == pattern.parent), None)
    return (method, whole, text(value)) if whole is not None else None


def option_values(made: Node, index: int) -> list[tuple[str, Node]]:
    """The options `new C({ bus: feed, store })` hands in its argument `index`: (name, value)."""
    args = [a for a in made.child_by_field_name("arguments").named_children if a.type != "comment"] \
        if made.child_by_field_name("arguments") is not None else []
    given = unwrap(args[index]) if index < len(args) else None
    found = []
    for pair in given.named_children if given is not None and given.type == "object" else ():
        if pair.type == "pair" and pair.child_by_field_name("key") is not None and pair.child_by_field_name("key").type == "property_identifier":
            found.append((text(pair.child_by_field_name("key")), pair.child_by_field_name("value")))
        elif pair.type == "shorthand_property_identifier":
            found.append((text(pair), pair))
    return found


def _method_field(expr: Node | None, model: SemanticModel) -> tuple[Node, Node, str] | None:
    """(the method, its class's constructor, the field's name) for `this.<field>` in
    a method other than the constructor, when no code of the class but one statement sets it."""
    node = unwrap(expr)
    owner = unwrap(node.child_by_field_name("object")) if node is not None and node.type == "member_expression" else None
    field = node.child_by_field_name("property") if owner is not None else None
    if owner is None or owner.type != "this" or field is None or field.type != "property_identifier":
        return None
    slot = slot_of(owner, model)
    cls = this_owner(owner)
    constructor = _constructor(cls) if slot is not None and slot.index == THIS and cls is not None else None
    if constructor is None or _assigned_elsewhere(cls, text(field)):
        return None
    return slot.function, constructor, text(field)


def _constructor(cls: Node) -> Node | None:
    """The class's constructor method, or the constructor function itself (`function Client(x) { this.x = x }`)."""
    if cls.type in FUNCTION_TYPES:
        return cls
    body = cls.child_by_field_name("body") if cls.type in CLASS_TYPES else None
    return next((m for m in body.named_children if is_constructor(m)), None) if body is not None else None


def _kept_parameter(constructor: Node, field: str, model: SemanticModel) -> int | None:
    params = constructor.child_by_field_name("parameters")
    for param in params.named_children if params is not None else ():  # `constructor(private readonly feed: Feed)`
        pattern = param.child_by_field_name("pattern")
        if pattern is not None and text(pattern) == field and any(c.type in ("accessibility_modifier", "readonly") for c in param.children):
            return parameter_index(constructor, pattern)
    value = constructor_sets(constructor, field)
    binding = model.binding_of(value) if value is not None and value.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.PARAMETER or binding.scope.node != constructor or binding.writes:
        return None
    return parameter_index(constructor, binding.identifier)


def constructor_sets(constructor: Node | None, field: str) -> Node | None:
    """What the constructor's own statements (run on every `new`) assign to `this.<field>`:
    the first such right-hand side, unwrapped."""
    body = constructor.child_by_field_name("body") if constructor is not None else None
    for statement in body.named_children if body is not None else ():
        expression = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if expression is not None and expression.type == "assignment_expression" and text(expression.child_by_field_name("left")) == f"this.{field}":
            return unwrap(expression.child_by_field_name("right"))
    return None


def _assigned_elsewhere(cls: Node, field: str) -> bool:
    """`this.feed = ...` more than once in the class: a reconnect or a reset swaps what the field holds."""
    return _field_assignments(cls)[field] > 1


# `this.feed =` (not `==`, not `=>`): group 1 the field, private ones with their `#`.
FIELD_ASSIGNMENT = re.compile(rb"\bthis\.(#?[\w$\x80-\xff]+)\s*=(?![=>])")


@remembered_per_node
def _field_assignments(cls: Node) -> Counter[str]:
    """How often the class's code assigns each field, read in one search: asked for field after
    field of the same (often long) class."""
    return Counter(name.decode("utf-8", "replace") for name in FIELD_ASSIGNMENT.findall(cls.text or b""))


def made_by_new(site: Node, model: SemanticModel) -> Node | None:
    """The `new` expression that made the object `site` calls a method of: `new Watcher(feed).watch()`,
    a `const watcher = new Watcher(feed)` the call names, or a field of the instance set once
    (`this.watcher = new Watcher(this.bus)` in the constructor, or a field initialiser)."""
    callee = unwrap(site.child_by_field_name("function")) if site.type == "call_expression" else None
    target = unwrap(callee.child_by_field_name("object")) if callee is not None and callee.type == "member_expression" else None
    if target is not None and target.type == "identifier":
        binding = model.binding_of(target)
        if binding is None or binding.kind is not BindingKind.CONST:
            return None
        target = unwrap(binding.value)
    elif target is not None and target.type == "member_expression":
        target = field_value(target)
    return target if target is not None and target.type == "new_expression" else None


def field_value(member: Node) -> Node | None:
    """What `this.<field>` holds when the class sets it once: in a field initialiser, or in a
    statement of its constructor (and nowhere else)."""
    owner = unwrap(member.child_by_field_name("object"))
    field = member.child_by_field_name("property")
    cls = this_owner(owner) if owner is not None and owner.type == "this" and field is not None else None
    if cls is None or cls.type not in CLASS_TYPES or _assigned_elsewhere(cls, text(field)):
        return None
    body = cls.child_by_field_name("body")
    for item in body.named_children if body is not None else ():
        if item.type in ("field_definition", "public_field_definition") and text(item.child_by_field_name("property") or item.child_by_field_name("name")) == text(field) \
                and item.child_by_field_name("value") is not None:  # (`private readonly watcher: Watcher;` only declares it)
            return unwrap(item.child_by_field_name("value"))
    return constructor_sets(_constructor(cls), text(field))


def own_class_made(made: Node, model: SemanticModel) -> Node | None:
    """The class of this file that `new` makes (`new Recorder(seen)` of `class Recorder {...}`)."""
    name = unwrap(made.child_by_field_name("constructor"))
    binding = model.binding_of(name) if name is not None and name.type == "identifier" else None
    if binding is None or binding.writes:
        return None
    cls = unwrap(binding.value) or binding.declaration
    return cls if cls is not None and cls.type in CLASS_TYPES else None


def kept_field(cls: Node, index: int, model: SemanticModel) -> str | None:
    """The field the constructor keeps its parameter `index` in (the inverse of
    injected_parameter), when no other code of the class sets it."""
    constructor = _constructor(cls)
    params = constructor.child_by_field_name("parameters") if constructor is not None else None
    param = next((p for p in params.named_children if p.type != "comment" and _parameter_node(p) is not None
                  and parameter_index(constructor, _parameter_node(p)) == index), None) if params is not None else None
    name = _parameter_node(param) if param is not None else None
    if name is None:
        return None
    fields = [text(name)] if any(c.type in ("accessibility_modifier", "readonly") for c in param.children) else []
    body = constructor.child_by_field_name("body")
    for statement in body.named_children if body is not None and not fields else ():  # `this.store = table`
        expression = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        left = unwrap(expression.child_by_field_name("left")) if expression is not None and expression.type == "assignment_expression" else None
        if left is not None and left.type == "member_expression" and text(left.child_by_field_name("object")) == "this" \
                and text(unwrap(expression.child_by_field_name("right"))) == text(name):
            fields.append(text(left.child_by_field_name("property")))
    return next((f for f in fields if _kept_parameter(constructor, f, model) == index and not _assigned_elsewhere(cls, f)), None)


def _parameter_node(param: Node) -> Node | None:
    """The identifier a plain parameter declares (`x`, `x: T`, `private x: T`)."""
    node = param.child_by_field_name("pattern") if param.type in ("required_parameter", "optional_parameter") else param
    return node if node is not None and node.type == "identifier" else None


def instance_method_calls(made: Node, model: SemanticModel) -> list[tuple[Node, str]]:
    """The method calls on what `new` makes, with the method's name: `new Recorder(seen).remember(...)`,
    or on the `const recorder` it is bound to."""
    holder = outermost(made).parent
    if holder is not None and holder.type == "member_expression" and _called(holder):
        return [(holder.parent, text(holder.child_by_field_name("property")))]
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    binding = model.binding_of(name) if name is not None and name.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.CONST:
        return []
    found = []
    for reference in binding.references:
        member = outermost(reference.identifier).parent
        if member is not None and member.type == "member_expression" and _called(member):
            found.append((member.parent, text(member.child_by_field_name("property"))))
    return found


def _called(member: Node) -> bool:
    call = member.parent
    return call is not None and call.type == "call_expression" and call.child_by_field_name("function") == member


def method_named(cls: Node, name: str) -> Node | None:
    """The instance method `name` of a class (not a static one)."""
    body = cls.child_by_field_name("body")
    return next((m for m in body.named_children if m.type == "method_definition" and text(m.child_by_field_name("name")) == name
                 and not any(c.type == "static" for c in m.children)), None) if body is not None else None


def handed_fresh(site: Node, index: int, model: SemanticModel) -> bool:
    """`new Relay(local).forward(...)`, with `local` made by the same run just before (`new`, an
    object or array literal): what the instance keeps in that field dies with the run."""
    made = made_by_new(site, model)
    args = [a for a in made.child_by_field_name("arguments").named_children if a.type != "comment"] \
        if made is not None and made.child_by_field_name("arguments") is not None else []
    value = unwrap(args[index]) if index < len(args) else None
    if value is not None and value.type == "identifier":
        binding = model.binding_of(value)
        if binding is None or binding.is_module_level or binding.kind is not BindingKind.CONST:
            return False
        value = unwrap(binding.value)
    return value is not None and value.type in ("new_expression", "object", "array")


def handed_to_new(made: Node | None, chain: tuple[str, ...], model: SemanticModel) -> list[tuple[int, Node, tuple[str, ...]]]:
    """What `new C(feed, { bus: hub })` hands the constructor, as (slot, argument, chain) a
    field may keep it under: each argument at its injected slot under `chain`, and each option
    of an options object under the option's step (`{bus}`) after it."""
    if made is None:
        return []
    arguments = call_arguments(made)
    given = [(injected_slot(index), argument, chain) for index, argument in enumerate(arguments)]
    return given + [(injected_slot(index), spelled_value(value, model), (*chain, option_step(name)))
                    for index in range(len(arguments)) for name, value in option_values(made, index)]


def spelled_value(value: Node, model: SemanticModel) -> Node:
    """`{ feed }`: the name a shorthand property stands for (its declaration), read as `feed: feed`."""
    binding = model.binding_of(value) if value.type == "shorthand_property_identifier" else None
    return binding.identifier if binding is not None else value
