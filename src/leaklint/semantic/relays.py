"""Summaries carried up to the functions of the same module that call the summarised one.

A module's exported function often does its work through a helper of its own:

    function invalidateOnChange(file) { process.on('exit', () => ...) }
    export function render(file, data) { invalidateOnChange(file); ... }

What the helper does on every call, `render()` does on every call too, so the importer that
calls `render()` from a route leaks as surely as if it called the helper itself. Detectors
summarise functions under the chains they are exported as (semantic.exports), and an
unexported top-level function under a placeholder chain (LOCAL_STEP, its name); here each
summary on the module's own objects (slot OWN), on what the function hands back (RESULT), or
on a parameter is carried to every function of the file that calls the summarised one once
per own call, with the result dropped or handed back, up to MAX_HOPS calls deep. The
placeholder chains are then dropped: only exported names reach other files.
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from ..findings import OWN, RESULT, Summary
from .exports import LOCAL_STEP, summary_chains
from .model import SemanticModel
from .nodes import FUNCTION_TYPES, call_arguments, enclosing_function, function_name, returned_by, string_value, unwrap
from .callers import refine
from .provenance import fixed_value
from .releases import result_dropped
from .runs import RunsHow, run_context
from .summaries import call_sites, slot_of

MAX_HOPS = 3

# The fields of a summary that name a parameter of the summarised function: carried through a
# call, each names the caller's parameter passed in its place, or nothing.
SLOT_FIELDS = ("key_slot", "value_slot", "options_slot", "omitted_slot")


def relayed(pairs: list[tuple[Summary, Node]], model: SemanticModel, guarded) -> list[Summary]:
    """The summaries `pairs` imply for the callers of the summarised functions in this file
    (each with the node its location was taken from), without the placeholder chains.
    `guarded(call)` says whether a call runs once at most (semantic.guards)."""
    found: dict[tuple, Summary] = {}
    named: dict[str, list[Node]] = {}  # the file's functions by their last name, read once, for summaries placed elsewhere
    frontier = [(summary, _function_of(summary, node, model, named)) for summary, node in pairs]
    repeats: dict[int, bool] = {}
    sites: dict[int, list[Node]] = {}  # each function's calls in this file, read once for all of its summaries
    for _ in range(MAX_HOPS):
        following = []
        for summary, fn in frontier:
            calls = (sites[fn.id] if fn.id in sites else sites.setdefault(fn.id, call_sites(fn, model))) if fn is not None else []
            if not calls or _repeated_by_a_handler(fn, model, repeats):
                continue  # (nothing here calls it: nothing to carry, whoever repeats it)
            for call in calls:
                caller = enclosing_function(call)
                chains = summary_chains(caller, model) if caller is not None and caller != fn else set()
                carried = [c for chain in chains if (c := _carried(summary, call, caller, chain, model)) is not None]
                if not carried or guarded(call):  # (the guard, the dearest question, last)
                    continue
                for relay in carried:
                    key = (relay.rule_id, relay.chain, relay.slot, relay.location)
                    if key in found or any(_same(s, relay) for s, _ in pairs):
                        continue
                    found[key] = relay
                    following.append((relay, caller))
        frontier = following
    return [s for s in found.values() if s.chain[:1] != (LOCAL_STEP,)]


def _repeated_by_a_handler(fn: Node, model: SemanticModel, known: dict[int, bool]) -> bool:
    """`fork()` also run from the file's own `cluster.on('exit', ...)`: what it does repeats
    once per event whatever its exported callers do, and its own finding says so; carried up
    to them, a caller that runs once would take that finding away."""
    if fn.id not in known:
        body = fn.child_by_field_name("body")
        runs = refine(run_context(body), model) if body is not None else None
        known[fn.id] = runs is not None and runs.how is RunsHow.REPEATED and runs.registration is not None
    return known[fn.id]


def exported(summaries: list[Summary]) -> list[Summary]:
    """Only the summaries under names other modules can import."""
    return [s for s in summaries if s.chain[:1] != (LOCAL_STEP,)]


def _same(a: Summary, b: Summary) -> bool:
    return (a.rule_id, a.chain, a.slot) == (b.rule_id, b.chain, b.slot)


def _function_of(summary: Summary, node: Node, model: SemanticModel, named: dict[str, list[Node]]) -> Node | None:
    """The function a summary was made for: the innermost function around its node that is
    known under the summary's chain, or, for a summary placed elsewhere (at the container it
    grows), the function of the file by the chain's last name that is known under it."""
    fn = enclosing_function(node)
    while fn is not None:
        if fn.type in FUNCTION_TYPES and summary.chain in summary_chains(fn, model):
            return fn
        fn = enclosing_function(fn)
    if not named:
        for f in model.functions():
            named.setdefault((function_name(f) or "").rsplit(".", 1)[-1], []).append(f)
    return next((f for f in named.get(summary.chain[-1], ()) if summary.chain in summary_chains(f, model)), None)


def _carried(summary: Summary, call: Node, caller: Node, chain: tuple[str, ...], model: SemanticModel) -> Summary | None:
    """`summary` as the caller does it through `call`, under the caller's `chain`; None when
    the call does not pass it on: its result kept (the caller decides what to do with it), or
    what the summary acts on named by something other than the caller's own parameters."""
    handed_back = returned_by(call) == caller
    dropped = result_dropped(call)  # (`await track(id)` too: its result dropped all the same)
    if not handed_back and not dropped:
        return None
    args = call_arguments(call)
    fields: dict[str, object] = {}
    if summary.slot in (OWN, RESULT):  # handed back, the caller's callers must end it; dropped, nobody can
        slot = summary.slot
        fields["disposer"] = summary.disposer and handed_back
        if not handed_back:
            fields["disposer_key"] = ""
    elif summary.slot >= 0:
        mapped = _caller_slot(args, summary.slot, caller, model)
        if mapped is None:
            return None
        slot = mapped
    else:
        return None
    for name in SLOT_FIELDS:
        index = getattr(summary, name)
        if index < 0:
            continue
        if name == "key_slot" and index < len(args) and fixed_value(args[index]) is not None:
            return None  # one fixed key: the caller adds one entry at most
        mapped = _caller_slot(args, index, caller, model)
        fields[name] = mapped if mapped is not None else -1
    if summary.event_slot >= 0:
        event = string_value(args[summary.event_slot]) if summary.event_slot < len(args) else None
        mapped = _caller_slot(args, summary.event_slot, caller, model)
        fields["event"] = event if event is not None else summary.event
        fields["event_slot"] = mapped if mapped is not None else -1
    if summary.other_key_slots:
        fields["other_key_slots"] = tuple(m for m in (_caller_slot(args, i, caller, model) for i in summary.other_key_slots) if m is not None)
    helper = (function_name(caller) or "").rsplit(".", 1)[-1] or chain[-1]
    return replace(summary, chain=chain, slot=slot, helper=helper, **fields)


def _caller_slot(args: list[Node], index: int, caller: Node, model: SemanticModel) -> int | None:
    """The caller's parameter passed at position `index` of the call, by its position."""
    if index >= len(args):
        return None
    slot = slot_of(unwrap(args[index]), model)
    return slot.index if slot is not None and slot.function == caller and slot.index >= 0 else None


def run_by_importers(fn: Node, model: SemanticModel) -> bool:
    """A top-level function other modules call (exported), which this file calls, if at all,
    only from its other exported top-level functions (`broadcast()` looping over `deliver()`):
    when it runs is up to its importers, not to the file's own handlers."""
    if enclosing_function(fn) is not None or not any(chain[:1] != (LOCAL_STEP,) for chain in summary_chains(fn, model)):
        return False
    for site in call_sites(fn, model):
        caller = enclosing_function(site)
        if caller is None or enclosing_function(caller) is not None or not any(chain[:1] != (LOCAL_STEP,) for chain in summary_chains(caller, model)):
            return False
    return True

