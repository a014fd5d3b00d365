"""Removals made through a helper: `unsubscribe(bus, fn) { bus.off('price', fn) }`, called as
`req.on('close', () => unsubscribe(priceBus, onPrice))`. A call of such a function with the
registration's receiver releases it, as a direct `priceBus.off(...)` would; every rule that asks
whether a listener is taken down again reads it here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tree_sitter import Node

from .effects import Effect
from .nodes import call_arguments, enclosing_function, unwrap
from .releases import normalised
from .summaries import call_sites, slot_of

if TYPE_CHECKING:
    from ..context import FileContext


def parameter_removers(removals: list[Effect], ctx: "FileContext") -> list[tuple[Node, int]]:
    """The file's functions that remove a listener from one of their parameters, with that
    parameter's place, found once per file."""
    key = ("helper_removals", *sorted({r.verb for r in removals}))
    found = ctx.shared.get(key)
    if found is None:
        found = ctx.shared[key] = []
        for removal in removals:
            receiver = unwrap(removal.target) if removal.is_method else None
            slot = slot_of(receiver, ctx.model) if receiver is not None and receiver.type == "identifier" else None
            if slot is not None and slot.index >= 0 and enclosing_function(removal.node) == slot.function \
                    and all(fn != slot.function for fn, _ in found):
                found.append((slot.function, slot.index))
    return found


def removed_through_helper(receiver: Node, removals: list[Effect], ctx: "FileContext") -> bool:
    """Some call of a function of this file that removes a listener from the object it is
    handed passes `receiver` (the same spelling) in that place."""
    shown = normalised(receiver)
    for fn, index in parameter_removers(removals, ctx):
        for site in call_sites(fn, ctx.model):
            args = call_arguments(site)
            if index < len(args) and normalised(args[index]) == shown:
                return True
    return False
