"""Receiver keys: when do two expressions denote the same object?

`a.b.c` reduces to (binding of `a`, ('b', 'c')); `this.x` to (the enclosing class, ('x',));
`self.x` where `const self = this` to the same key as `this.x`. A computed member whose index
is not a literal becomes the wildcard `[]`, so `timers[id]` matches `timers[otherId]`.
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from .model import SemanticModel
from .nodes import CLASS_TYPES, FUNCTION_TYPES, ancestors, callee_name, callee_object, module_statements, object_property_function, outermost, string_value, text, unwrap

COMPUTED = "[]"


@dataclass(frozen=True)
class Key:
    root: str
    path: tuple[str, ...] = ()

    def child(self, name: str) -> "Key":
        return Key(self.root, self.path + (name,))


def this_owner(node: Node) -> Node | None:
    """The class (or plain function) whose `this` a `this` at `node` denotes. A method put on
    a constructor's prototype (`Client.prototype.send = function () {...}`, or in an object
    assigned to `Client.prototype`) sees the instances of that constructor."""
    for parent in ancestors(node):
        if parent.type in CLASS_TYPES:
            return parent
        if parent.type in FUNCTION_TYPES and parent.type != "arrow_function":
            constructor = prototype_constructor(parent)
            if constructor is not None:
                return constructor
            if parent.type == "method_definition" or object_property_function(parent):
                continue  # `mounted() {...}` or `mounted: function () {...}` of an object: the object's `this`, as its other methods see it
            return parent
    return None



def prototype_constructor(fn: Node) -> Node | None:
    """The function declared at the top of this file whose prototype `fn` is put on."""
    holder = fn.parent
    if holder is not None and holder.type == "pair":
        holder = holder.parent  # `{ send: function () {} }`
    if fn.type == "method_definition" or (holder is not None and holder.type == "object"):
        obj = fn.parent if fn.type == "method_definition" else holder
        assignment = obj.parent if obj is not None else None
        if assignment is not None and assignment.type == "arguments":
            assignment = assignment.parent  # `Object.assign(Client.prototype, { ... })`
            target = assignment.child_by_field_name("arguments").named_children[0] if assignment is not None else None
        elif assignment is not None and assignment.type == "assignment_expression" and assignment.child_by_field_name("right") == obj:
            target = assignment.child_by_field_name("left")  # `Client.prototype = { ... }`
        else:
            return None
        return _constructor_named(_prototype_of(target), fn)
    if holder is None or holder.type != "assignment_expression" or holder.child_by_field_name("right") != fn:
        return None
    left = unwrap(holder.child_by_field_name("left"))
    if left is None or left.type not in ("member_expression", "subscript_expression"):
        return None
    target = unwrap(left.child_by_field_name("object"))
    if target is not None and target.type == "identifier" and text(target) not in NOT_PROTOTYPE_ALIASES:
        return _constructor_named(_prototype_alias(text(target), fn), fn)  # `var proto = Client.prototype; proto.send = ...`
    return _constructor_named(_prototype_of(target), fn)


# Names a module writes functions onto that are never a prototype's alias.
NOT_PROTOTYPE_ALIASES = frozenset({"exports", "module", "window", "self", "global", "globalThis"})


def _prototype_alias(name: str, near: Node) -> str | None:
    """`Client` when the module declares `var <name> = Client.prototype` at its top."""
    root = near
    while root.parent is not None:
        root = root.parent
    for statement in module_statements(root):
        if statement.type in ("variable_declaration", "lexical_declaration"):
            for declarator in statement.named_children:
                if declarator.type == "variable_declarator" and text(declarator.child_by_field_name("name")) == name:
                    return _prototype_of(declarator.child_by_field_name("value"))
    return None


def literal_holder(this: Node) -> Node | None:
    """`presence` for a `this` in a method of `const presence = { join() { this.rooms.set(...) } }`:
    called as `presence.join()`, such a method's `this` is the object the name holds. None for
    any other `this` (a class's, a prototype's, an object literal no name holds)."""
    for parent in ancestors(this):
        if parent.type in CLASS_TYPES:
            return None
        if parent.type not in FUNCTION_TYPES or parent.type == "arrow_function":
            continue
        holder = parent.parent
        if parent.type != "method_definition":
            if holder is None or holder.type != "pair" or holder.child_by_field_name("value") != parent:
                return None
            holder = holder.parent
        if holder is None or holder.type != "object":
            return None
        declarator = outermost(holder).parent
        if declarator is None or declarator.type != "variable_declarator" or unwrap(declarator.child_by_field_name("value")) != holder:
            return None
        name = declarator.child_by_field_name("name")
        return name if name is not None and name.type == "identifier" else None
    return None


def only_a_receiver(binding) -> bool:
    """Every use of the name calls or reads a member of its object (`presence.join()`), or
    exports it: the object never goes anywhere as a value, so its methods' `this` is it. A
    mixin (`Object.assign(target, StatefulMixin)`) lends its methods to other objects."""
    for reference in binding.references:
        ident = reference.identifier
        parent = ident.parent
        if ident == binding.identifier or parent is None:
            continue
        if parent.type == "member_expression" and parent.child_by_field_name("object") == ident:
            continue
        if parent.type in ("export_specifier", "shorthand_property_identifier") or ident.type == "shorthand_property_identifier":
            continue  # `export { presence }`, `module.exports = { presence }`
        if parent.type == "export_statement" or (parent.type == "assignment_expression" and parent.child_by_field_name("right") == ident
                                                 and text(parent.child_by_field_name("left")).replace(" ", "").startswith(("module.exports", "exports."))):
            continue  # `export default presence`, `module.exports = presence`: the module hands out the object itself
        return False
    return True


def _prototype_of(target: Node | None) -> str | None:
    """`Client` for `Client.prototype`."""
    target = unwrap(target)
    if target is None or target.type != "member_expression" or text(target.child_by_field_name("property")) != "prototype":
        return None
    owner = unwrap(target.child_by_field_name("object"))
    return text(owner) if owner is not None and owner.type == "identifier" else None


def _constructor_named(name: str | None, near: Node) -> Node | None:
    """The constructor `name` names where `near` stands: declared at the top of the file, or in
    a function around `near` (a factory that declares a class and returns it)."""
    if name is None:
        return None
    root = near
    blocks = []
    while root.parent is not None:
        root = root.parent
        if root.type == "statement_block" and root.parent is not None and root.parent.type in FUNCTION_TYPES:
            blocks.append(root)
    for block in [*blocks, root]:
        found = _declared_constructor(name, block.named_children if block is not root else module_statements(root))
        if found is not None:
            return found
    return None


def _declared_constructor(name: str, statements) -> Node | None:
    for statement in statements:
        if statement.type == "export_statement":
            statement = statement.child_by_field_name("declaration") or statement
        if statement.type == "function_declaration" and text(statement.child_by_field_name("name")) == name:
            return statement
        if statement.type in ("variable_declaration", "lexical_declaration"):
            for declarator in statement.named_children:
                value = unwrap(declarator.child_by_field_name("value")) if declarator.type == "variable_declarator" else None
                if value is not None and value.type in ("function_expression", "function") and text(declarator.child_by_field_name("name")) == name:
                    return value
    return None


def _this_root(node: Node) -> str:
    owner = this_owner(node)
    return f"this@{owner.start_byte if owner is not None else -1}"


def this_key(node: Node) -> Key:
    """The key of `this` as seen from `node` (a class field initialiser sees its instance)."""
    return Key(_this_root(node))


def read_table(value: Node | None) -> Node | None:
    """The table a value is read from: `t.get(k)` or `t[k]`, also behind a guard or a fallback
    (`reply && t[id]`, `t.get(k) ?? []`, `id ? t.get(id) : undefined`)."""
    value = unwrap(value)
    if value is not None and value.type == "ternary_expression":
        value = unwrap(value.child_by_field_name("consequence"))
    elif value is not None and value.type == "binary_expression":
        operator = text(value.child_by_field_name("operator"))
        value = unwrap(value.child_by_field_name("right" if operator == "&&" else "left")) if operator in ("&&", "||", "??") else None
    if value is not None and value.type == "subscript_expression":
        return unwrap(value.child_by_field_name("object"))
    if value is not None and value.type == "call_expression" and callee_name(value) == "get":
        return unwrap(callee_object(value))
    return None


def key_of(expr: Node | None, model: SemanticModel) -> Key | None:
    """The key of a plain access path, or None for calls, literals and other expressions."""
    node = unwrap(expr)
    path: list[str] = []
    while node is not None and node.type in ("member_expression", "subscript_expression"):
        if node.type == "member_expression":
            path.append(text(node.child_by_field_name("property")))
        else:
            index = string_value(node.child_by_field_name("index"))
            index_node = unwrap(node.child_by_field_name("index"))
            if index is None and index_node is not None and index_node.type == "number":
                index = text(index_node)
            path.append(index if index is not None else COMPUTED)
        node = unwrap(node.child_by_field_name("object"))
    root = _root_of(node, model)
    if root is None:
        return None
    return Key(root.root, root.path + tuple(reversed(path)))


def _root_of(node: Node | None, model: SemanticModel) -> Key | None:
    if node is None:
        return None
    if node.type == "this":
        holder = literal_holder(node)
        binding = model.binding_of(holder) if holder is not None else None
        return Key(binding.uid) if binding is not None and only_a_receiver(binding) else Key(_this_root(node))
    if node.type != "identifier":
        return None
    binding = model.binding_of(node)
    if binding is None:
        return Key(f"global:{text(node)}")
    alias = unwrap(binding.value) if binding.value is not None else this_assigned_once(binding)
    if alias is not None and alias.type == "this" and binding.kind.value in ("const", "let", "var"):
        return Key(_this_root(alias))
    if binding.is_parameter_property and not binding.writes:
        # `constructor(private bus: Bus)`: `bus` in the constructor is the field `this.bus`
        return Key(_this_root(binding.identifier), (binding.name,))
    return Key(binding.uid)


def this_assigned_once(binding) -> Node | None:
    """`var client; ... client = this;`: the `this` a name declared without a value is given
    by its one assignment, which older code writes apart from the declaration."""
    if binding.kind.value not in ("let", "var"):
        return None
    writes = [r.identifier for r in binding.references if r.is_write]
    assignment = writes[0].parent if len(writes) == 1 else None
    if assignment is None or assignment.type != "assignment_expression" or assignment.child_by_field_name("left") != writes[0]:
        return None
    right = unwrap(assignment.child_by_field_name("right"))
    return right if right is not None and right.type == "this" else None

