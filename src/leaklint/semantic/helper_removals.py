"""Removals made through a helper: `unsubscribe(bus, fn) { bus.off('price', fn) }`, called as
`req.on('close', () => unsubscribe(priceBus, onPrice))`. A call of such a function with the
registration's receiver releases it, as a direct `priceBus.off(...)` would; every rule that asks
whether a listener is taken down again reads it here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tree_sitter import Node

from .effects import Effect
from .nodes import call_arguments, callee_object, enclosing_function, unwrap
from .releases import normalised
from .summaries import THIS, call_sites, slot_of

if TYPE_CHECKING:
    from ..context import FileContext


def parameter_removers(removals: list[Effect], ctx: "FileContext") -> list[tuple[Node, int]]:
    """The file's functions that remove a listener from one of their parameters, or methods that
    remove one from their instance or a field of it (place THIS), found once per file."""
    key = ("helper_removals", *sorted({r.verb for r in removals}))
    found = ctx.shared.get(key)
    if found is None:
        found = ctx.shared[key] = []
        for removal in removals:
            receiver = unwrap(removal.target) if removal.is_method else None
            while receiver is not None and receiver.type == "member_expression":  # `this.emitter.off(...)` in a method
                receiver = unwrap(receiver.child_by_field_name("object"))
            slot = slot_of(receiver, ctx.model) if receiver is not None and receiver.type in ("identifier", "this", "super") else None
            if slot is not None and (slot.index >= 0 or slot.index == THIS) and enclosing_function(removal.node) == slot.function \
                    and (receiver.type in ("this", "super") or unwrap(removal.target) == receiver) and all(fn != slot.function for fn, _ in found):
                found.append((slot.function, slot.index))
    return found


def removed_through_helper(receiver: Node, removals: list[Effect], ctx: "FileContext") -> bool:
    """Some call of a function of this file that removes a listener from the object it is
    handed passes `receiver` (the same spelling) in that place."""
    shown = normalised(receiver)
    for fn, index in parameter_removers(removals, ctx):
        for site in call_sites(fn, ctx.model):
            args = call_arguments(site)
            if index == THIS:  # `clock.offTick(send)`: a method that removes from its own instance (or a field of it)
                if callee_object(site) is not None and normalised(callee_object(site)) == shown:
                    return True
            elif index < len(args) and normalised(args[index]) == shown:
                return True
    return False
