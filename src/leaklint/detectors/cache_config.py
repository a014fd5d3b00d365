"""The cache-config detector: a cache library created for the whole process without a bound.

lru-cache without `max`, node-cache without `stdTTL` or `maxKeys`, lodash's memoize at module
level: each exists to hold a lot, and without a size or age bound holds everything, forever.
Which libraries, which of their exports, and which options bound them is data (the rule's
`factories` parameter), so users can add their own caches in configuration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..semantic.containers import made_once_at_load
from ..semantic.keys import this_owner
from ..semantic.nodes import (
    FIELD_TYPES,
    ancestors,
    call_arguments,
    enclosing_function,
    is_constructor,
    is_static_member,
    string_value,
    text,
    unwrap,
)
from .base import Detector, Report
from .parameters import PARAMETERS

NOT_A_BOUND = frozenset({"0", "-1", "Infinity", "undefined", "null", "false"})


@dataclass(frozen=True)
class Factory:
    library: str
    callees: frozenset[tuple[str, str]]  # (module, exported name); '*' is the module object itself
    bounds: tuple[str, ...]
    options_argument: int  # -1: the factory takes no options, nothing can bound it
    number_argument_bounds: bool  # `new LRU(500)`: the old positional max


class CacheConfigDetector(Detector):
    kind = "cache-config"
    parameters = PARAMETERS["cache-config"]

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self._factories = [
            Factory(
                f["library"],
                frozenset(tuple(c.split("#", 1)) for c in f["callees"] if "#" in c),
                tuple(f["bounds"]),
                f["options_argument"],
                f["number_argument_bounds"],
            )
            for f in self.params["factories"]
        ]
        self._modules = {module for f in self._factories for module, _ in f.callees}
        alternatives = b"|".join(re.escape(m.encode()) for m in sorted(self._modules, key=len, reverse=True))
        self._quoted = re.compile(rb"['\"`](?:" + alternatives + rb")['\"`]")
        self._module_words = tuple(m.encode() for m in sorted(self._modules))  # asked of the file's words before the search

    def check(self, ctx: FileContext) -> Iterator[Report]:
        data = ctx.source.data
        if not data.has_any(self._module_words) or not self._quoted.search(data):
            return  # the module is never named in an import or require
        imports = self._imports(ctx)
        if not imports:
            return
        for node in ctx.captures("[(call_expression) (new_expression)] @call", "call"):
            factory = self._factory_of(node, imports, ctx)
            held = _long_lived_holder(node, ctx) if factory is not None else None
            if held is None:
                continue
            missing = self._unbounded(node, factory, ctx)
            if missing is not None:
                yield Report(node, missing.replace("module-level", held, 1))

    def _imports(self, ctx: FileContext) -> dict[str, str]:
        """Module-level names bound to a cache library: local name -> module."""
        found = {}
        for binding in ctx.model.module_scope.bindings.values():
            if binding.source_module in self._modules:
                found[binding.name] = binding.source_module
        return found

    def _factory_of(self, node: Node, imports: dict[str, str], ctx: FileContext) -> Factory | None:
        callee = unwrap(node.child_by_field_name("constructor" if node.type == "new_expression" else "function"))
        if callee is None:
            return None
        prop = None
        if callee.type == "member_expression":
            prop = text(callee.child_by_field_name("property"))
            callee = unwrap(callee.child_by_field_name("object"))
        if callee is None or callee.type != "identifier" or text(callee) not in imports:
            return None
        binding = ctx.model.binding_of(callee)
        if binding is None or binding.source_module is None:
            return None
        imported = binding.imported_name or "*"
        wanted = {(binding.source_module, prop)} if prop is not None and imported in ("*", "default") else set()
        if prop is None:
            wanted = {(binding.source_module, imported)}
        for factory in self._factories:
            if factory.callees & wanted:
                return factory
        return None

    def _unbounded(self, node: Node, factory: Factory, ctx: FileContext) -> str | None:
        """The message when nothing bounds the cache; None when something does or may."""
        shown = " ".join(text(node).split())
        if len(shown) > 50:
            callee = node.child_by_field_name("constructor" if node.type == "new_expression" else "function")
            shown = ("new " if node.type == "new_expression" else "") + text(callee) + "(...)"
        if factory.options_argument < 0:
            if _cache_replaced(node, ctx):
                return None
            return (
                f"module-level `{shown}` ({factory.library}) keeps every result forever: it has no size "
                f"or age limit; memoize through a bounded cache instead"
            )
        args = call_arguments(node)
        if factory.number_argument_bounds and args and unwrap(args[0]).type == "number" and text(unwrap(args[0])) not in NOT_A_BOUND:
            return None
        options = unwrap(args[factory.options_argument]) if len(args) > factory.options_argument else None
        if options is not None and options.type != "object":
            return None  # built elsewhere: it may hold a bound
        if options is not None and any(c.type == "spread_element" for c in options.named_children):
            return None
        if options is not None and any(_bounds(pair, factory) for pair in options.named_children):
            return None
        wanted = _either(factory.bounds)
        return (
            f"module-level `{shown}` ({factory.library}) has no limit ({wanted}): "
            f"it never evicts, so it grows with every distinct key"
        )


def _bounds(part: Node, factory: Factory) -> bool:
    if part.type == "shorthand_property_identifier":
        return text(part) in factory.bounds
    if part.type != "pair":
        return False
    key = part.child_by_field_name("key")
    name = string_value(key) if key is not None and key.type == "string" else text(key)
    value = unwrap(part.child_by_field_name("value"))
    if f"{name}={text(value)}" in factory.bounds:
        return True  # `cache: false` of DataLoader: a bound spelled with its value
    return name in factory.bounds and text(value) not in NOT_A_BOUND


def _long_lived_holder(node: Node, ctx: FileContext) -> str | None:
    """How a message names where a cache made at `node` lives, when that is for the life of the
    process: at module level or in a static field ("module-level"), or in a field of the one
    instance of its class the module makes as it loads (`this.cache = new NodeCache()` in the
    constructor of a client exported as `geo = new GeoClient()`). None for a cache per call or
    per instance, which dies with it."""
    fn = enclosing_function(node)
    field = next((p for p in ancestors(node) if p.type in FIELD_TYPES), None)
    if fn is None and (field is None or is_static_member(field)):
        return "module-level"
    cls = this_owner(node) if fn is None or is_constructor(fn) and _stored_on_this(node) else None
    if cls is None or not made_once_at_load(cls, ctx.model):
        return None
    return f"`{text(cls.child_by_field_name('name')) or 'this'}`'s (its one instance made as the module loads)"


def _stored_on_this(node: Node) -> bool:
    """`this.cache = <node>`: the constructor keeps it in a field of the instance."""
    holder = node.parent
    while holder is not None and holder.type in ("parenthesized_expression", "as_expression"):
        holder = holder.parent
    left = holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else None
    return left is not None and left.type == "member_expression" and text(left.child_by_field_name("object")) == "this"


def _either(names: tuple[str, ...]) -> str:
    quoted = [f"`{name.replace('=', ': ')}`" for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _cache_replaced(node: Node, ctx: FileContext) -> bool:
    """`_.memoize.Cache = LRU` swaps in a bounded cache class; `fn.cache.clear()` empties one."""
    data = ctx.source.data
    if b".Cache =" in data or b".Cache=" in data:
        return True
    holder = node.parent
    while holder is not None and holder.type in ("parenthesized_expression", "as_expression"):
        holder = holder.parent
    if holder is None or holder.type != "variable_declarator":
        return False
    name = text(holder.child_by_field_name("name"))
    return bool(name) and f"{name}.cache".encode() in data
