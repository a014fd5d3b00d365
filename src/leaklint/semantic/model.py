"""The read-only view of one file that detectors query.

Built once per file (lazily, only when a detector found a candidate) and never mutated by
detectors; see ../shared/style.md on pyflakes.
"""

from __future__ import annotations

from tree_sitter import Node

from .builder import ScopeBuilder
from .nodes import text, unwrap
from .scopes import Binding, Reference, Scope


class SemanticModel:
    def __init__(self, root: Node, language: str) -> None:
        built = ScopeBuilder(root, language).build()
        self.root = root
        self.module_scope: Scope = built.module
        self._scopes = built.scope_by_node
        self._declared = built.declared
        self._references = built.references
        self._by_uid = {binding.uid: binding for binding in built.declared.values()}

    def binding_of(self, ident: Node | None) -> Binding | None:
        """The binding an identifier declares or refers to; None for globals and non-names."""
        ident = unwrap(ident)
        if ident is None:
            return None
        found = self._declared.get(ident.id)
        if found is not None:
            return found
        reference = self._references.get(ident.id)
        return reference.binding if reference is not None else None

    def binding_with_uid(self, uid: str) -> Binding | None:
        """The binding a receiver key's root names (see semantic.keys)."""
        return self._by_uid.get(uid)

    def reference(self, ident: Node) -> Reference | None:
        return self._references.get(ident.id)

    def is_global(self, ident: Node | None, *names: str) -> bool:
        """True when `ident` is one of `names` and no declaration in the file shadows it."""
        ident = unwrap(ident)
        if ident is None or ident.type != "identifier" or text(ident) not in names:
            return False
        reference = self._references.get(ident.id)
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
        current = node.parent
        while current is not None:
            scope = self._scopes.get(current.id)
            if scope is not None:
                return scope
            current = current.parent
        return self.module_scope
