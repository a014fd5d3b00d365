"""Builds the scope tree and the declarations of one file, one function or class at a time.

A unit is the module, a function or a class: its own statements and expressions, not those of
the functions and classes nested in it. Entering a nested unit creates its scope and declares
its name and parameters; its body is read only when a name inside it is first asked about
(`ensure`). Detectors ask about a few places in a file, so most function bodies of a large
file are never read at all. Within a unit every declaration is recorded before any name in it
is resolved, so hoisted `var` and function declarations, and closures that use a `let`
declared further down, resolve like the engine would resolve them. No recursion: generated
code nests deeper than Python's stack.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Callable, Iterator

from tree_sitter import Node, Query, QueryCursor

from ..parse import language

from .nodes import (
    CLASS_TYPES,
    FUNCTION_DECLARATION_TYPES,
    FUNCTION_TYPES,
    TYPE_ONLY_TYPES,
    ancestors,
    module_wrappers,
    required_module,
    string_value,
    text,
)
from .scopes import Binding, BindingKind, Scope, ScopeKind

REFERENCE_TYPES = frozenset({"identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern"})
# Subtrees whose names are not runtime references: types, and import statements (declared whole).
SKIPPED_SUBTREES = TYPE_ONLY_TYPES | {"import_statement"}
# The node types _enter does something for; everything else just passes its scope down.
SCOPE_OR_DECLARATION_TYPES = FUNCTION_TYPES | CLASS_TYPES | {
    "statement_block", "for_statement", "for_in_statement", "catch_clause", "variable_declaration",
    "lexical_declaration", "import_statement", "enum_declaration",
}
UNIT_TYPES = FUNCTION_TYPES | CLASS_TYPES
NAMESPACE_TYPES = frozenset({"internal_module"})  # (`declare module` is ambient: passed over)
# `) {` or `): Type {`: where an object literal's method body would start.
METHOD_HEAD = re.compile(rb"\)\s*(?::[^;{}()]*)?\{")
# Expressions: they hold statements, and so declarations, only inside a function or a class.
EXPRESSIONS = frozenset({
    "array", "object", "arguments", "call_expression", "new_expression", "binary_expression", "ternary_expression",
    "parenthesized_expression", "template_string", "member_expression", "subscript_expression", "assignment_expression",
    "sequence_expression", "pair", "spread_element", "await_expression", "unary_expression", "as_expression",
    "satisfies_expression",
})
# Subtrees whose declarations are not read: ambient declarations (`declare module 'x' {
# const y: T }`) and imports (declared whole, by _declare_import). Types hold no declarations.
PASSED_OVER = frozenset({"ambient_declaration", "import_statement"})


@lru_cache(maxsize=None)
def _function_query(language_name: str) -> Query:
    grammar = language(language_name)
    present = [kind for kind in sorted(FUNCTION_TYPES) if grammar.id_for_node_kind(kind, True)]
    return Query(grammar, "[" + " ".join(f"({kind})" for kind in present) + "] @fn")


@lru_cache(maxsize=None)
def _visit_query(language_name: str) -> Query:
    """One alternation of every node type the builder visits, as the grammar spells them."""
    grammar = language(language_name)
    wanted = sorted(PASSED_OVER | SCOPE_OR_DECLARATION_TYPES)
    present = [kind for kind in wanted if grammar.id_for_node_kind(kind, True)]
    return Query(grammar, "[" + " ".join(f"({kind})" for kind in present) + "] @n")


def pattern_identifiers(pattern: Node | None) -> Iterator[Node]:
    """The identifiers a binding pattern declares: `{ a, b: [c, ...d] = x }` -> a, c, d."""
    stack = [pattern] if pattern is not None else []
    while stack:
        node = stack.pop()
        kind = node.type
        if kind in ("identifier", "shorthand_property_identifier_pattern"):
            yield node
        elif kind in ("assignment_pattern", "object_assignment_pattern"):
            stack.append(node.child_by_field_name("left"))
        elif kind == "pair_pattern":
            stack.append(node.child_by_field_name("value"))
        elif kind in ("required_parameter", "optional_parameter"):
            stack.append(node.child_by_field_name("pattern"))
        elif kind in ("object_pattern", "array_pattern", "rest_pattern", "formal_parameters"):
            stack.extend(reversed(node.named_children))
        # anything else (this, a type, a member target) declares nothing
    return


class ScopeBuilder:
    def __init__(self, root: Node, language: str, finder: "Callable[[Binding], list] | None" = None, data: bytes = b"") -> None:
        self.root = root
        self.data = data  # the file's bytes, to pass over literal tables unopened (_may_hold_unit)
        self.language = language
        self.finder = finder  # given to every binding: how its references are found (semantic.model)
        self.module = Scope(ScopeKind.MODULE, root, None)
        self.scope_by_node: dict[int, Scope] = {root.id: self.module}
        self.declared: dict[int, Binding] = {}
        self.by_uid: dict[str, Binding] = {}
        self.function_bodies: set[int] = set()
        self._read: set[int] = set()  # units whose own statements have been read
        self._functions: list[Node] | None = None  # every function of the file, once asked (functions)
        # The functions that hold the whole module (nodes.module_wrappers), read with the
        # module: what they declare is module-level, and so are their bodies' blocks.
        self.wrappers = {w.id for w in module_wrappers(root)} if root.type == "program" else set()

    def ensure(self, node: Node) -> None:
        """Read every unit that encloses `node`, outermost first, so that its scope and every
        declaration visible from it exist. Reading is top-down, so an enclosing unit that was
        read already has all of its own enclosing units read too."""
        unread = []
        current = node.parent
        while current is not None and current.id not in self._read:
            if current.type in UNIT_TYPES or current.parent is None:  # the root is a unit too
                unread.append(current)
            current = current.parent
        for unit in reversed(unread):
            if unit.id not in self._read:  # a module wrapper is read with the module
                self._read_unit(unit)

    def module_scope(self) -> Scope:
        """The module scope with every module-level declaration in it."""
        if self.root.id not in self._read:
            self._read_unit(self.root)
        return self.module

    def functions(self) -> list[Node]:
        """Every function node of the file, in source order: one query per file, however many
        readings ask (the caller must not change the list)."""
        if self._functions is None:
            found = QueryCursor(_function_query(self.language)).captures(self.root).get("fn", [])
            self._functions = sorted(found, key=lambda n: n.start_byte)
        return self._functions

    def _read_unit(self, unit: Node) -> None:
        """Record the scopes and declarations of one unit, in source order. A nested unit is
        entered (its scope, and its name if the unit declares it) but not read."""
        self._read.add(unit.id)
        scope = self.scope_by_node.get(unit.id)
        if scope is None:
            return  # inside an ambient declaration: declares nothing at run time
        if unit.type in FUNCTION_TYPES:
            self._declare_own_names(unit, scope)
            self._read_dense(unit, scope)
        else:
            self._read_sparse(unit, scope)

    def _read_sparse(self, unit: Node, scope: Scope) -> None:
        """The module or a class: mostly nested units, which a walk passes over unopened."""
        stack = [(child, scope) for child in reversed(unit.named_children)]
        units, passed_over, entered = UNIT_TYPES, PASSED_OVER | TYPE_ONLY_TYPES, SCOPE_OR_DECLARATION_TYPES
        while stack:
            node, scope = stack.pop()
            kind = node.type
            if kind in units:
                if node.id in self.wrappers and scope is self.module:
                    self._read_wrapper(node, stack)
                    continue
                self._enter(node, scope)  # read later, if ever
                continue
            if kind in passed_over:
                if kind == "import_statement":
                    self._declare_import(node, scope)
                continue
            inner = self._enter(node, scope) if kind in entered else scope
            if kind in EXPRESSIONS and node.end_byte - node.start_byte > 512 and not self._may_hold_unit(node):
                continue  # a table of literals: nothing in it declares anything
            children = node.named_children
            if children:
                stack.extend(zip(reversed(children), repeat(inner)))

    def _read_wrapper(self, fn: Node, stack: list) -> None:
        """A module wrapper, read as part of the module: its names and parameters are declared
        in the module scope, and its body's statements are walked next, in that scope."""
        self._read.add(fn.id)
        self.scope_by_node[fn.id] = self.module
        self._declare_own_names(fn, self.module)
        body = fn.child_by_field_name("body")
        if body is not None and body.type == "statement_block":
            self.scope_by_node[body.id] = self.module
            stack.extend(zip(reversed(body.named_children), repeat(self.module)))

    def _may_hold_unit(self, node: Node) -> bool:
        """False when the bytes of an expression show it holds no function, arrow, class or
        method, so no scope or declaration either: an expression holds statements only inside
        those. Conservative: the words in a string or a comment only make us look."""
        data, start, end = self.data, node.start_byte, node.end_byte
        if not data:
            return True
        if any(data.find(word, start, end) != -1 for word in (b"function", b"=>", b"class")):
            return True
        return METHOD_HEAD.search(data, start, end) is not None

    def _read_dense(self, unit: Node, scope: Scope) -> None:
        """A function body: mostly its own statements, whose scope and declaration nodes a
        query finds in C (a walk in Python costs three times as much). Nesting comes from byte
        ranges: a stack of the open scopes, and of the ranges passed over (nested units,
        ambient declarations, import statements)."""
        found = QueryCursor(_visit_query(self.language)).captures(unit).get("n", [])
        found.sort(key=lambda n: (n.start_byte, -n.end_byte))
        open_ranges: list[tuple[int, Scope | None]] = []  # (end byte, scope, or None for a range passed over)
        units, passed_over, unit_id = UNIT_TYPES, PASSED_OVER, unit.id
        for node in found:
            start = node.start_byte
            while open_ranges and start >= open_ranges[-1][0]:
                open_ranges.pop()
            if open_ranges and open_ranges[-1][1] is None or node.id == unit_id:
                continue
            current = open_ranges[-1][1] if open_ranges else scope
            kind = node.type
            if kind in units:
                self._enter(node, current)  # read later, if ever
                open_ranges.append((node.end_byte, None))
            elif kind in passed_over:
                if kind == "import_statement":
                    self._declare_import(node, current)
                open_ranges.append((node.end_byte, None))
            else:
                inner = self._enter(node, current)
                if inner is not current:
                    open_ranges.append((node.end_byte, inner))

    # -- declarations -------------------------------------------------------------------

    def _enter(self, node: Node, scope: Scope) -> Scope:
        """Record what `node` declares and return the scope its children live in."""
        kind = node.type
        if kind in FUNCTION_TYPES:
            return self._enter_function(node, scope)
        if kind in CLASS_TYPES:
            return self._enter_class(node, scope)
        if kind == "statement_block" and node.id not in self.function_bodies:
            if node.parent is not None and node.parent.type in NAMESPACE_TYPES and scope is self.module:
                # a TypeScript namespace's body runs once, as the module loads: what it declares is the module's (nodes.module_statements)
                self.scope_by_node[node.id] = scope
                return scope
            return self._new_scope(ScopeKind.BLOCK, node, scope)
        if kind in ("for_statement", "for_in_statement"):
            inner = self._new_scope(ScopeKind.FOR, node, scope)
            if kind == "for_in_statement":
                self._declare_for_in(node, inner)
            return inner
        if kind == "catch_clause":
            inner = self._new_scope(ScopeKind.CATCH, node, scope)
            for ident in pattern_identifiers(node.child_by_field_name("parameter")):
                self._declare(inner, ident, BindingKind.CATCH, node)
            return inner
        if kind == "variable_declaration":
            self._declare_declarators(node, scope.function_scope, BindingKind.VAR)
        elif kind == "lexical_declaration":
            binding_kind = BindingKind.CONST if text(node.child_by_field_name("kind")) == "const" else BindingKind.LET
            self._declare_declarators(node, scope, binding_kind)
        elif kind == "import_statement":
            self._declare_import(node, scope)
        elif kind == "enum_declaration":
            name = node.child_by_field_name("name")
            if name is not None and name.type == "identifier":
                self._declare(scope, name, BindingKind.ENUM, node, value=node)
        return scope

    def _enter_function(self, node: Node, scope: Scope) -> Scope:
        """A function's scope, and its name where the enclosing scope sees it; the names only
        the function sees (its parameters, an expression's own name) wait for _read_unit."""
        inner = self._new_scope(ScopeKind.FUNCTION, node, scope)
        name = node.child_by_field_name("name")
        if name is not None and name.type == "identifier" and node.type in FUNCTION_DECLARATION_TYPES:
            self._declare(scope, name, BindingKind.FUNCTION, node, value=node)
        body = node.child_by_field_name("body")
        if body is not None:
            self.function_bodies.add(body.id)
        return inner

    def _declare_own_names(self, node: Node, inner: Scope) -> None:
        """What a function declares in its own scope before its body: a function expression's
        name (`function fact(n) { ... fact(n - 1) }`), then its parameters."""
        name = node.child_by_field_name("name")
        if name is not None and name.type == "identifier" and node.type not in FUNCTION_DECLARATION_TYPES:
            self._declare(inner, name, BindingKind.FUNCTION, node, value=node)
        params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        if params is not None:
            for ident in pattern_identifiers(params):
                binding = self._declare(inner, ident, BindingKind.PARAMETER, node)
                binding.is_parameter_property = _is_parameter_property(ident)

    def _enter_class(self, node: Node, scope: Scope) -> Scope:
        inner = self._new_scope(ScopeKind.CLASS, node, scope)
        name = node.child_by_field_name("name")
        if name is not None and name.type in ("identifier", "type_identifier"):
            target = inner if node.type == "class" else scope
            self._declare(target, name, BindingKind.CLASS, node, value=node)
        return inner

    def _declare_declarators(self, node: Node, scope: Scope, kind: BindingKind) -> None:
        for declarator in node.named_children:
            if declarator.type != "variable_declarator":
                continue
            name = declarator.child_by_field_name("name")
            value = declarator.child_by_field_name("value")
            plain = name is not None and name.type == "identifier"
            module = required_module(value) if value is not None else None
            for ident in pattern_identifiers(name):
                binding = self._declare(scope, ident, kind, declarator, value=value if plain else None)
                if module is not None:
                    binding.source_module = module
                    binding.imported_name = "*" if plain else _destructured_key(ident)

    def _declare_for_in(self, node: Node, scope: Scope) -> None:
        declared_kind = text(node.child_by_field_name("kind"))
        if not declared_kind:
            return
        target = scope.function_scope if declared_kind == "var" else scope
        kind = {"var": BindingKind.VAR, "const": BindingKind.CONST}.get(declared_kind, BindingKind.LET)
        for ident in pattern_identifiers(node.child_by_field_name("left")):
            self._declare(target, ident, kind, node)

    def _declare_import(self, node: Node, scope: Scope) -> None:
        module = string_value(node.child_by_field_name("source"))
        for clause in node.named_children:
            if clause.type == "import_require_clause":
                source = string_value(clause.child_by_field_name("source"))
                for ident in clause.named_children:
                    if ident.type == "identifier":
                        self._declare(scope, ident, BindingKind.IMPORT, node, module=source, imported="*")
                        break
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                if part.type == "identifier":
                    self._declare(scope, part, BindingKind.IMPORT, node, module=module, imported="default")
                elif part.type == "namespace_import":
                    for ident in part.named_children:
                        self._declare(scope, ident, BindingKind.IMPORT, node, module=module, imported="*")
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        if spec.type != "import_specifier":
                            continue
                        original = spec.child_by_field_name("name")
                        local = spec.child_by_field_name("alias") or original
                        if local is not None and local.type == "identifier":
                            self._declare(scope, local, BindingKind.IMPORT, node, module=module, imported=text(original))

    def _declare(
        self,
        scope: Scope,
        ident: Node,
        kind: BindingKind,
        declaration: Node,
        value: Node | None = None,
        module: str | None = None,
        imported: str | None = None,
    ) -> Binding:
        name = text(ident)
        existing = scope.bindings.get(name)
        if existing is not None:
            self.declared[ident.id] = existing
            return existing
        binding = Binding(name, kind, scope, ident, declaration, value, module, imported, finder=self.finder)
        binding.in_wrapper = scope is self.module and bool(self.wrappers) and ident.parent is not None and any(
            a.id in self.wrappers for a in ancestors(ident))
        scope.bindings[name] = binding
        self.declared[ident.id] = binding
        self.by_uid[binding.uid] = binding
        return binding

    def _new_scope(self, kind: ScopeKind, node: Node, parent: Scope) -> Scope:
        scope = Scope(kind, node, parent)
        parent.children.append(scope)
        self.scope_by_node[node.id] = scope
        return scope

def _destructured_key(ident: Node) -> str | None:
    """The property a destructured name reads: `{ a: b }` -> 'a', `{ a }` -> 'a'."""
    parent = ident.parent
    if ident.type == "shorthand_property_identifier_pattern":
        return text(ident)
    if parent is not None and parent.type == "pair_pattern":
        return text(parent.child_by_field_name("key"))
    return None


def _is_parameter_property(ident: Node) -> bool:
    parent = ident.parent
    if parent is None or parent.type not in ("required_parameter", "optional_parameter"):
        return False
    return any(c.type in ("accessibility_modifier", "readonly") for c in parent.children)

