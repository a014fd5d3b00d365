"""An intra-file call graph, asked one question: does this ordinary function repeat?

`function main() { process.on(...) }` called once at the top of the file runs once; the same
function called from a request handler runs per request. A function that escapes (exported,
passed as a value) keeps its unknown frequency unless some call in the file repeats it.
"""

from __future__ import annotations

from tree_sitter import Node

from .model import SemanticModel
from .nodes import TRANSPARENT_WRAPPERS, function_name
from .runs import RunContext, RunsHow, run_context

MAX_DEPTH = 3


def _name_node(fn: Node) -> Node | None:
    name = fn.child_by_field_name("name")
    if name is not None and name.type == "identifier":
        return name
    parent = fn.parent
    while parent is not None and parent.type in TRANSPARENT_WRAPPERS:
        parent = parent.parent
    if parent is not None and parent.type == "variable_declarator":
        declared = parent.child_by_field_name("name")
        return declared if declared is not None and declared.type == "identifier" else None
    return None


def _is_exported(fn: Node) -> bool:
    node = fn.parent
    while node is not None and node.type in (*TRANSPARENT_WRAPPERS, "variable_declarator", "lexical_declaration"):
        node = node.parent
    return node is not None and node.type == "export_statement"


def _is_direct_call(ident: Node) -> bool:
    parent = ident.parent
    return parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == ident


def refine(context: RunContext, model: SemanticModel, depth: int = 0) -> RunContext:
    """Replace MAYBE by what the file's own calls of the function say, when they say enough."""
    if context.how is not RunsHow.MAYBE or context.function is None or depth >= MAX_DEPTH:
        return context
    name = _name_node(context.function)
    binding = model.binding_of(name) if name is not None else None
    if binding is None:
        return context
    calls = [r.identifier for r in binding.references if not r.is_write]
    escapes = _is_exported(context.function) or any(not _is_direct_call(ident) for ident in calls)
    seen_once = False
    for ident in calls:
        if not _is_direct_call(ident):
            continue
        caller = refine(run_context(ident.parent), model, depth + 1)
        if caller.how is RunsHow.REPEATED:
            where = f"{context.where}, called {caller.where}"
            return RunContext(RunsHow.REPEATED, where, caller.registration)
        if caller.how is RunsHow.MAYBE:
            return context
        seen_once = True
    if seen_once and not escapes:
        return RunContext(RunsHow.ONCE, f"{context.where}, which runs once ({function_name(context.function)} is called only at start-up)")
    return context
