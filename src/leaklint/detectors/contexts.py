"""The shared-context detector: a closure kept past its call holds what its siblings captured.

`client.release = (err) => this._release(client)` next to `verify(client, () =>
pendingItem.callback(...))`: both closures point at the one context of the call, so the release
function, stored on a pooled client for as long as the client lives, keeps `pendingItem` and
whatever it holds. Judged per function that stores a closure where it outlives the call
(semantic.contexts); reported once per kept closure, naming what it keeps without using it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..findings import Severity
from ..semantic import frameworks
from ..semantic.contexts import KeptClosure, Retained, SharedStore, kept_closures, retained_by, shared_stores
from ..semantic.nodes import FUNCTION_TYPES, enclosing_function, function_name, outermost, text, unwrap, walk
from .base import Detector, Report
from .parameters import PARAMETERS

# Before any tree is read: a closure stored on a property (`x.y = () =>`, `= function`), or a
# ref's `.current` set.
STORED_CLOSURE = re.compile(rb"\.[\w$]+\s*=\s*(?:async\s+)?(?:function\b|\([^()]*\)\s*(?::[^=]*)?=>|[\w$]+\s*=>)|\.current\s*=")


class ContextDetector(Detector):
    kind = "context"
    parameters = PARAMETERS["context"]

    def check(self, ctx: FileContext) -> Iterator[Report]:
        data = ctx.source.data
        stores = [m.start() for m in STORED_CLOSURE.finditer(data)]
        if not stores:
            return
        candidates: dict[int, Node] = {}
        root = ctx.source.root
        for position in stores:
            node = root.descendant_for_byte_range(position, position + 1)
            fn = enclosing_function(node) if node is not None else None
            if fn is not None:
                candidates[fn.id] = fn
        for fn in sorted(candidates.values(), key=lambda n: n.start_byte):
            for store in shared_stores(fn, ctx.model):
                yield self._shared_report(fn, store)
            if not _named(fn):
                continue  # a callback or an IIFE: how often it runs, and for which holder, is its caller's
            if sum(1 for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES) if node.type in FUNCTION_TYPES) < 2:
                continue  # one closure alone shares its context with nobody
            kept = list(kept_closures(fn, ctx.model))
            holders = Counter(_holder_object(k) for k in {k.site.id: k for k in kept}.values())  # stores, not closures
            reported: set[int] = set()  # one finding per store: an object's methods share one context
            for closure in kept:
                if holders[_holder_object(closure)] > 1 or closure.site.id in reported:
                    continue  # several methods given to one object (a mixin, a patch): set up once for it
                retained = retained_by(closure, ctx.model, frozenset(self.params["keeping_calls"]))
                if retained:
                    reported.add(closure.site.id)
                    yield self._report(closure, retained)

    def _shared_report(self, fn: Node, store: SharedStore) -> Report:
        name = text(fn.child_by_field_name("name"))
        call = "construction" if name == "constructor" else f"call of `{name}()`"
        message = (f"this closure is stored in `{text(store.holder)}`, which the whole module shares, on every {call}, and it "
                   f"captures {store.captured}: the shared object keeps the latest one alive, with everything it holds, "
                   "until the next replaces it, and never lets the last go; install it once at module level and reach "
                   "the instance through the object it is called on")
        return Report(store.closure, message, related=[(store.holder, "the shared object that keeps it")], acquisition=store.closure)

    def _report(self, kept: KeptClosure, retained: list[Retained]) -> Report:
        names = ", ".join(f"`{r.binding.name}`" for r in retained[:3]) + (" and more" if len(retained) > 3 else "")
        first = retained[0]
        owner = function_name(first.owner) or "the enclosing function"
        renders = frameworks.RENDERS.match(owner.rsplit(".", 1)[-1]) is not None
        message = (f"this closure is kept in {kept.holder}, and shares the context of `{owner}()`'s call with the closure at line "
                   f"{first.user.start_point[0] + 1}, which captures {names}: the engine keeps one context per call for every closure "
                   f"made in it, so this one keeps {names} alive as long as it is kept, though it never uses "
                   f"{'them' if len(retained) > 1 else 'it'}; create it in a separate function that receives only what it needs")
        related = [(first.user, f"this closure captures `{first.binding.name}`"), (kept.site, "the closure is kept here")]
        severity = None if renders else Severity.NOTE  # a component or hook runs on every render: each render's values stay
        return Report(kept.closure, message, severity=severity, related=related, acquisition=kept.closure)


def _named(fn: Node) -> bool:
    """A function declaration, a method, or a function bound to a name: something called by
    name, again and again, rather than a callback or an IIFE."""
    if fn.type in ("function_declaration", "generator_function_declaration", "method_definition"):
        return True
    holder = outermost(fn).parent
    return holder is not None and holder.type in ("variable_declarator", "pair", "assignment_expression", "public_field_definition", "field_definition")


def _holder_object(kept: KeptClosure) -> str:
    target = unwrap(kept.site.child_by_field_name("left"))
    return text(target.child_by_field_name("object")) if target is not None and target.type == "member_expression" else ""
