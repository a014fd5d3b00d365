"""The read-only view of one file that detectors query.

Built once per file (lazily, only when a detector found a candidate) and never mutated by
detectors; see ../shared/style.md on pyflakes. Everything is on demand: a function's scopes
and declarations are read when a name inside it is first asked about (semantic.builder), what
an identifier refers to when a detector asks, and where a binding is used by a byte search for
its name inside its scope. A file has tens of thousands of identifiers and hundreds of
functions; detectors ask about a few.
"""

from __future__ import annotations

from functools import cached_property

from tree_sitter import Node

from .builder import REFERENCE_TYPES, SKIPPED_SUBTREES, ScopeBuilder
from .nodes import FUNCTION_TYPES, text, unwrap
from .search import method_calls, name_nodes
from .scopes import Binding, BindingKind, Reference, Scope

WRITE_PARENTS = frozenset({"assignment_expression", "augmented_assignment_expression"})
TYPE_DECLARATIONS = frozenset({"interface_declaration", "type_alias_declaration", "class_declaration", "enum_declaration"})
_UNRESOLVED = object()


class SemanticModel:
    def __init__(self, root: Node, language: str, data: bytes | None = None) -> None:
        self.root = root
        # The file's bytes, offsets as in the tree (whose root starts after leading blanks).
        self.data = data if data is not None else b" " * root.start_byte + (root.text or b"")
        self._built = ScopeBuilder(root, language, finder=self._references_to, data=self.data)
        self._scopes = self._built.scope_by_node
        self._declared = self._built.declared
        self._resolved: dict[int, Reference | None] = {}
        # Answers other semantic modules compute once per node of this file, by their name
        # (exports.summary_chains), where they are handed the model and not the file's context.
        self.memo: dict[str, dict[int, object]] = {}
        self._method_calls: dict[frozenset[str], list[Node]] = {}

    @property
    def module_scope(self) -> Scope:
        """The module's scope, read whole: detectors list its bindings."""
        return self._built.module_scope()

    @cached_property
    def declared_types(self) -> dict[str, Node]:
        """The interfaces, type aliases, classes and enums the module declares at its top level,
        by name (interfaces and type aliases make no bindings): the program's own types."""
        found: dict[str, Node] = {}
        for statement in self.root.named_children:
            declaration = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
            if declaration is not None and declaration.type in TYPE_DECLARATIONS:
                found.setdefault(text(declaration.child_by_field_name("name")), declaration)
        return found

    def function_named(self, ident: Node | None) -> Node | None:
        """The function a name is declared as (`function f() {}`, `const f = () => ...`), if any."""
        binding = self.binding_of(ident) if ident is not None and ident.type == "identifier" else None
        if binding is not None and binding.kind is BindingKind.PARAMETER:
            return None  # a parameter's declaration is the function that takes it, not its value
        node = binding.declaration if binding is not None else None
        if node is not None and node.type not in (*FUNCTION_TYPES, "variable_declarator"):
            node = node.parent
        if node is not None and node.type == "variable_declarator":
            node = unwrap(node.child_by_field_name("value"))
        if node is not None and node.type == "call_expression" and text(node.child_by_field_name("function")).rsplit(".", 1)[-1] == "useCallback":
            args = [a for a in node.child_by_field_name("arguments").named_children if a.type != "comment"]
            node = unwrap(args[0]) if args else None  # `const poll = useCallback(async () => {...}, deps)`: that function
        return node if node is not None and node.type in FUNCTION_TYPES else None

    def binding_of(self, ident: Node | None) -> Binding | None:
        """The binding an identifier declares or refers to; None for globals and non-names."""
        ident = unwrap(ident)
        if ident is None:
            return None
        self._built.ensure(ident)
        found = self._declared.get(ident.id)
        if found is not None:
            return found
        reference = self.reference(ident)
        return reference.binding if reference is not None else None

    def binding_with_uid(self, uid: str) -> Binding | None:
        """The binding a receiver key's root names (see semantic.keys)."""
        found = self._built.by_uid.get(uid)
        if found is None and "@" in uid:  # declared in a function not read yet
            name, _, start = uid.rpartition("@")
            if start.isdigit():
                ident = self.root.descendant_for_byte_range(int(start), int(start) + len(name.encode("utf-8")))
                if ident is not None:
                    self._built.ensure(ident)
                    found = self._built.by_uid.get(uid)
        return found

    def reference(self, ident: Node) -> Reference | None:
        """The use `ident` makes of a name, or None when it is not a runtime reference (a
        declaration, a property name, a name inside a type or an import statement)."""
        cached = self._resolved.get(ident.id, _UNRESOLVED)
        if cached is _UNRESOLVED:
            self._built.ensure(ident)
            cached = self._resolved[ident.id] = self._resolve(ident)
        return cached  # type: ignore[return-value]

    def is_global(self, ident: Node | None, *names: str) -> bool:
        """True when `ident` is one of `names` and no declaration in the file shadows it."""
        ident = unwrap(ident)
        if ident is None or ident.type != "identifier" or text(ident) not in names:
            return False
        reference = self.reference(ident)
        return reference is not None and reference.binding is None

    def is_logging(self, call: Node | None) -> bool:
        """`console.log(x)` only reads `x`: passing a value to it hands nothing over."""
        if call is None or call.type != "call_expression":
            return False
        fn = unwrap(call.child_by_field_name("function"))
        owner = unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
        return self.is_global(owner, "console")

    def scope_of(self, node: Node) -> Scope:
        """The innermost scope that encloses `node` (for a function node: the one it sits in)."""
        self._built.ensure(node)
        current = node.parent
        while current is not None:
            scope = self._scopes.get(current.id)
            if scope is not None:
                return scope
            current = current.parent
        return self.module_scope

    def functions(self) -> list[Node]:
        """Every function of the file, in source order: found by a query, nothing read."""
        return self._built.functions()

    # -- on-demand resolution -----------------------------------------------------------

    def _resolve(self, ident: Node) -> Reference | None:
        if ident.type not in REFERENCE_TYPES or ident.id in self._declared:
            return None
        current, scope = ident.parent, None
        while current is not None:
            if current.type in SKIPPED_SUBTREES:
                return None
            scope = self._scopes.get(current.id)
            if scope is not None:
                break
            current = current.parent
        scope = scope or self.module_scope
        return Reference(ident, scope, scope.lookup(text(ident)), _is_write(ident))

    def _references_to(self, binding: Binding) -> list[Reference]:
        """Uses of `binding`: its name's occurrences inside its scope that resolve to it."""
        owner, found = binding.scope.node, []
        for ident in name_nodes(self.root, self.data, binding.name, owner.start_byte, owner.end_byte):
            reference = self.reference(ident)
            if reference is not None and reference.binding is binding:
                found.append(reference)
        return found

    def method_calls(self, *names: str) -> list[Node]:
        """Calls `x.name(...)` of the given method names anywhere in the file: searched once
        per set of names (the callers of each method of a class are asked for again and again)."""
        key = frozenset(names)
        found = self._method_calls.get(key)
        if found is None:
            found = self._method_calls[key] = method_calls(self.root, self.data, names)
        return list(found)


def _is_write(ident: Node) -> bool:
    parent = ident.parent
    if parent is None:
        return False
    if parent.type in WRITE_PARENTS:
        return parent.child_by_field_name("left") == ident
    if parent.type == "update_expression":
        return True
    return ident.type == "shorthand_property_identifier_pattern"
