"""Scopes, bindings and references: what a name in a JS/TS file refers to.

Modelled on pyflakes' Binding/Scope split: a scope is a dictionary of bindings with a parent;
a reference points at the binding it resolved to, or at nothing (a global such as `process`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Callable

from tree_sitter import Node


class ScopeKind(str, Enum):
    MODULE = "module"
    FUNCTION = "function"
    CLASS = "class"
    BLOCK = "block"
    CATCH = "catch"
    FOR = "for"


class BindingKind(str, Enum):
    VAR = "var"
    LET = "let"
    CONST = "const"
    FUNCTION = "function"
    CLASS = "class"
    PARAMETER = "parameter"
    IMPORT = "import"
    CATCH = "catch"
    ENUM = "enum"


@dataclass(eq=False)
class Binding:
    """One declared name. `value` is its initialiser when the declaration has a plain one."""

    name: str
    kind: BindingKind
    scope: "Scope" = field(repr=False)
    identifier: Node
    declaration: Node
    value: Node | None = None
    source_module: str | None = None
    imported_name: str | None = None
    is_parameter_property: bool = False
    in_wrapper: bool = False  # declared in a function that holds the whole module (nodes.module_wrappers)
    # Finds the uses of this binding; the model sets it. Resolved on first asking, since
    # most bindings are never asked about (semantic.model).
    finder: "Callable[[Binding], list[Reference]] | None" = field(default=None, repr=False)
    _references: "list[Reference] | None" = field(default=None, repr=False)

    @property
    def references(self) -> list["Reference"]:
        """Every use of the name that resolves to this binding, in source order."""
        if self._references is None:
            self._references = self.finder(self) if self.finder is not None else []
        return self._references

    @property
    def uid(self) -> str:
        return f"{self.name}@{self.identifier.start_byte}"

    @property
    def is_module_level(self) -> bool:
        """Declared at the module's top level, or in a block that runs once as the module loads
        (`if (cluster.isPrimary) { const pending = new Map(); ... }`)."""
        scope = self.scope
        while scope.kind is ScopeKind.BLOCK and scope.parent is not None and _runs_once(scope.node):
            scope = scope.parent
        return scope.kind is ScopeKind.MODULE

    @property
    def writes(self) -> list["Reference"]:
        return [r for r in self.references if r.is_write]


@dataclass(eq=False)
class Reference:
    identifier: Node
    scope: "Scope" = field(repr=False)
    binding: Binding | None
    is_write: bool = False

    @property
    def name(self) -> str:
        return self.identifier.text.decode("utf-8", "replace") if self.identifier.text else ""


@dataclass(eq=False)
class Scope:
    kind: ScopeKind
    node: Node
    parent: "Scope | None" = field(repr=False)
    bindings: dict[str, Binding] = field(default_factory=dict, repr=False)
    children: list["Scope"] = field(default_factory=list, repr=False)

    def lookup(self, name: str) -> Binding | None:
        scope: Scope | None = self
        while scope is not None:
            found = scope.bindings.get(name)
            if found is not None:
                return found
            scope = scope.parent
        return None

    @property
    def function_scope(self) -> "Scope":
        """Where `var` and hoisted declarations land: the nearest function or the module."""
        scope = self
        while scope.kind not in (ScopeKind.FUNCTION, ScopeKind.MODULE) and scope.parent is not None:
            scope = scope.parent
        return scope


# Statements whose block runs at most once each time the code around them runs, and that split
# a program into roles (`if (cluster.isPrimary)`, `if (isMainThread)`). A top-level `try` is left
# out: it wraps a script's one-off work, whose tables go when the block ends.
ONCE_BLOCKS = frozenset({"if_statement", "else_clause", "statement_block"})


def _runs_once(block: Node) -> bool:
    """A block that is the body of an `if` or `else`, or a bare `{ }`, not of a loop or a `try`."""
    parent = block.parent
    return parent is None or parent.type in ONCE_BLOCKS or parent.type == "program"
