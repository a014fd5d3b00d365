"""The stale-reference detector: a long-lived variable or field keeps an object its code is done with.

Three shapes (semantic.stale): a subscription disposed but left in the variable that code fills
again, a module or closure variable handed the current object on every event and never set
back, and a field that keeps the last operation after it settles. Each leaves one finished
object (and what it points at: a component tree, the previous render's nodes, a fetch's raw
result) reachable until the next fill, or for good when none comes. Reported as notes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from tree_sitter import Node

from ..context import FileContext
from ..project import is_test_path
from ..semantic.nodes import CLASS_TYPES, function_name, text
from ..semantic.search import class_bodies
from ..semantic.stale import (
    SettledField, Stale, disposal_pattern, disposed_but_kept, empty_declarations, handed_over_never_reset, home_of,
    settled_operation_fields,
)
from .base import Detector, Report
from .parameters import PARAMETERS

if TYPE_CHECKING:
    from ..rules import Rule



class StaleReferenceDetector(Detector):
    kind = "stale"
    parameters = PARAMETERS["stale"]

    def __init__(self, rule: "Rule") -> None:
        super().__init__(rule)
        self._dispose_words = [name.encode() for name in self.params["dispose_methods"]]
        self._disposal = disposal_pattern(self.params["dispose_methods"])

    def check(self, ctx: FileContext) -> Iterator[Report]:
        if is_test_path(ctx.source.path):
            return  # a test process ends with its suite: the last object it keeps goes with it
        data = ctx.source.data
        if data.has_any(self._dispose_words):
            for stale in disposed_but_kept(ctx.model, self._disposal):
                yield self._disposed(stale)
        if b"let" in data or b"var" in data:
            for stale in handed_over_never_reset(ctx.model, empty_declarations(ctx.model)):
                yield self._handed_over(stale)
        if b"await this." in data:
            for body in class_bodies(ctx.source.root, data):
                for settled in settled_operation_fields(body, data):
                    yield self._settled(settled, body)

    def _disposed(self, stale: Stale) -> Report:
        name, fill_line = stale.binding.name, stale.other.start_point[0] + 1
        message = (f"`{name}` is disposed here but keeps the disposed object: {_holder(stale)}, and the code fills it "
                   f"again (line {fill_line}), so it lives on; until the next fill, or for good if none comes, the "
                   f"disposed object and everything it references stay reachable; set `{name}` to null after disposing it")
        related = [(stale.other, f"`{name}` is filled here"), (stale.binding.identifier, f"`{name}` is declared here")]
        return Report(stale.site, message, related=related)

    def _handed_over(self, stale: Stale) -> Report:
        name, read_line = stale.binding.name, stale.other.start_point[0] + 1
        message = (f"`{name}` is filled here with what this run was handed, every time this function runs, and read "
                   f"elsewhere (line {read_line}); {_holder(stale)}, and no code ever empties it, so the last object "
                   f"stays reachable after its use, with everything it references, until the next call replaces it; "
                   f"set `{name}` back to null (or empty it) once it has been used")
        related = [(stale.binding.identifier, f"`{name}` is declared here"), (stale.other, f"`{name}` is read here")]
        # When request-capture reports the same store (a request kept in the variable), one
        # finding says it: this one folds into that one (engine.fold_into_holders).
        return Report(stale.site, message, related=related, holder=stale.site)

    def _settled(self, settled: SettledField, body: Node) -> Report:
        owner = body.parent
        name = text(owner.child_by_field_name("name")) if owner is not None and owner.type in CLASS_TYPES else "the class"
        method = text(settled.method.child_by_field_name("name"))
        message = (f"`this.{settled.field_name}` keeps the operation `{method}()` starts after it settles (awaited at line "
                   f"{settled.awaited.start_point[0] + 1}): no code of `{name or 'the class'}` empties the field, so the "
                   f"settled operation and the result it holds stay reachable for as long as the instance lives; clear "
                   f"the field when the operation settles (in a `finally`, if it is still the current one)")
        return Report(settled.fill, message, related=[(settled.awaited, "the operation settles here")])


def _holder(stale: Stale) -> str:
    home = home_of(stale.binding)
    if home.type == "program":
        return "it is a module-level variable, which lives as long as the program"
    owner = function_name(home)
    called = f"`{owner}()`'s call" if owner else "the enclosing call"
    return f"it lives in the context of {called}, which the closures made there keep alive"
