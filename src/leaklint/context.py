"""Everything a detector may read about one file, computed at most once and only on demand.

Most files hold no candidate for most rules, so the semantic model is built lazily: the first
detector that found a candidate with a query pays for it, the others share it.
"""

from __future__ import annotations

from functools import cached_property
from typing import Iterable

from tree_sitter import Node, QueryCursor

from .parse import SourceFile, query
from .semantic import Key, RunContext, SemanticModel, key_of, run_context
from .semantic.search import calls_named, method_calls


class FileContext:
    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self._runs: dict[int, RunContext] = {}
        self._calls_named: dict[tuple[str, ...], list[Node]] = {}

    @cached_property
    def model(self) -> SemanticModel:
        return SemanticModel(self.source.root, self.source.language, self.source.data)

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
        """Calls `x.name(...)` for the given method names (see calls_named)."""
        return method_calls(self.source.root, self.source.data, names)

    def calls_named(self, names: Iterable[str]) -> list[Node]:
        """Calls whose callee is named one of `names`, in source order: found by a byte
        search rather than a query over every call, since most files have thousands of calls
        and a handful of candidates. Shared between detectors."""
        wanted = tuple(sorted(set(names)))
        found = self._calls_named.get(wanted)
        if found is None:
            found = self._calls_named[wanted] = calls_named(self.source.root, self.source.data, wanted)
        return found

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
