"""Everything a detector may read about one file, computed at most once and only on demand.

Most files hold no candidate for most rules, so the semantic model is built lazily: the first
detector that found a candidate with a query pays for it, the others share it.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from tree_sitter import Node, QueryCursor

from .parse import SourceFile, query
from .semantic import Key, RunContext, SemanticModel, key_of, run_context


@lru_cache(maxsize=64)
def _method_pattern(names: tuple[str, ...]) -> re.Pattern[bytes]:
    alternatives = b"|".join(re.escape(n.encode()) for n in names)
    return re.compile(rb"\.\s*(" + alternatives + rb")\s*(?:<[^>()]*>\s*)?\(")


class FileContext:
    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self._runs: dict[int, RunContext] = {}

    @cached_property
    def model(self) -> SemanticModel:
        return SemanticModel(self.source.root, self.source.language)

    def captures(self, query_source: str, name: str) -> list[Node]:
        """Nodes captured as `@name` by a query, in source order; runs in C, cheap."""
        compiled = query(self.source.language, query_source)
        found = QueryCursor(compiled).captures(self.source.root).get(name, [])
        return sorted(found, key=lambda n: n.start_byte)

    def run_context(self, node: Node) -> RunContext:
        cached = self._runs.get(node.id)
        if cached is None:
            cached = self._runs[node.id] = run_context(node)
        return cached

    def method_calls(self, names: tuple[str, ...]) -> list[Node]:
        """Calls `x.name(...)` for the given method names, found by a byte search rather than a
        query over every call: most files have thousands of calls and a handful of candidates."""
        pattern = _method_pattern(names)
        found: dict[int, Node] = {}
        for match in pattern.finditer(self.source.data):
            prop = self.source.root.descendant_for_byte_range(match.start(1), match.end(1))
            member = prop.parent if prop is not None and prop.type == "property_identifier" else None
            call = member.parent if member is not None and member.type == "member_expression" else None
            if call is not None and call.type == "call_expression" and call.child_by_field_name("function") == member:
                found[call.id] = call
        return sorted(found.values(), key=lambda n: n.start_byte)

    @cached_property
    def calls(self) -> list[Node]:
        """Every call expression in the file, found by a query and shared between detectors."""
        return self.captures("(call_expression) @call", "call")

    @cached_property
    def keyed_accesses(self) -> dict[Key, list[Node]]:
        """Member accesses grouped by receiver key: every use of `state.sessions` in one lookup."""
        grouped: dict[Key, list[Node]] = {}
        for access in self.member_accesses:
            key = key_of(access, self.model)
            if key is not None:
                grouped.setdefault(key, []).append(access)
        return grouped

    @cached_property
    def member_accesses(self) -> list[Node]:
        """Every `a.b` and `a[b]` in the file: where a detector looks for uses of a receiver key."""
        return self.captures("[(member_expression) (subscript_expression)] @access", "access")
