"""What code does that can keep memory, in one vocabulary for every rule (design 3b).

An effect is a call or a store, read one way: `listen` (receiver, event, handler, options),
`grow` (container, key, value), `keep` (holder, value), `start` (timer, callback), `subscribe`
(source, reaction) and `release` (what, how). Each carries its node and the path it runs on.

The calls a file makes are found once per file for the whole vocabulary of the run (every
rule's method names in one search), then read into effects on demand: a detector asks for the
effects of a kind with its rule's names, never searches the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import Iterable, Mapping

from tree_sitter import Node

from .listens import registration_parts
from .nodes import GLOBAL_OBJECT_NAMES, call_arguments, callee_name, callee_object, text, unwrap
from .paths import Path, path_of
from .search import calls_named, method_calls, news_named


# Namespaces of `clear*` functions that release the handle they are given: `window.clearInterval(t)`.
HANDLE_NAMESPACES = GLOBAL_OBJECT_NAMES | {"timers"}


class Kind(str, Enum):
    LISTEN = "listen"
    GROW = "grow"
    KEEP = "keep"
    START = "start"
    SUBSCRIBE = "subscribe"
    RELEASE = "release"


@dataclass(eq=False)
class Effect:
    """One thing a call or store does. `target` is what it acts on (the receiver, container or
    released handle; for `start` the call itself, whose result is the handle) and `value` what
    it hands over (the handler, the added value, the callback)."""

    kind: Kind
    node: Node
    verb: str
    target: Node | None = None
    value: Node | None = None
    key: Node | None = None
    event: Node | None = None
    options: Node | None = None

    @cached_property
    def path(self) -> Path:
        return path_of(self.node)

    @property
    def is_method(self) -> bool:
        return self.node.type == "call_expression" and callee_object(self.node) is not None


@dataclass(frozen=True)
class Vocabulary:
    """The names a run's rules ask about, by kind: method names (`x.on(`), searched for all at
    once, and function names (`setInterval(`), which may be called bare."""

    methods: Mapping[Kind, frozenset[str]] = field(default_factory=dict)
    functions: Mapping[Kind, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, methods: Mapping[Kind, Iterable[str]] | None = None, functions: Mapping[Kind, Iterable[str]] | None = None) -> "Vocabulary":
        return cls({k: frozenset(v) for k, v in (methods or {}).items()}, {k: frozenset(v) for k, v in (functions or {}).items()})

    @classmethod
    def union(cls, parts: Iterable["Vocabulary"]) -> "Vocabulary":
        methods: dict[Kind, set[str]] = {}
        functions: dict[Kind, set[str]] = {}
        for part in parts:
            for merged, own in ((methods, part.methods), (functions, part.functions)):
                for kind, names in own.items():
                    merged.setdefault(kind, set()).update(names)
        return cls.of(methods, functions)

    @cached_property
    def method_names(self) -> frozenset[str]:
        return frozenset().union(*self.methods.values())

    @cached_property
    def function_names(self) -> frozenset[str]:
        return frozenset().union(*self.functions.values())


def effect_of(kind: Kind, call: Node, verb: str | None = None) -> Effect | None:
    """Read `call` as an effect of `kind` (None when its shape does not fit: `.on()` with no
    handler is no registration)."""
    verb = verb or callee_name(call) or ""
    if call.type == "new_expression":
        args = _new_arguments(call)
        return Effect(kind, call, verb, target=call, value=args[0] if args else None)
    args = call_arguments(call)
    receiver = callee_object(call)
    if kind is Kind.LISTEN:
        parts = registration_parts(call)
        if parts is None and receiver is None and len(args) >= 2:
            # a bare `addEventListener('x', f)`: the global object's method, no receiver written
            return Effect(kind, call, verb, None, args[1], event=args[0], options=args[2] if len(args) > 2 else None)
        if parts is None:
            return None
        return Effect(kind, call, verb, parts.receiver, parts.handler, event=parts.event, options=parts.options)
    if kind is Kind.RELEASE:
        if receiver is None and verb.endswith("EventListener") and len(args) >= 2:
            return Effect(kind, call, verb, None, args[1], event=args[0])  # a bare `removeEventListener('x', f)`
        if receiver is None or (verb.startswith("clear") and receiver.type == "identifier" and text(receiver) in HANDLE_NAMESPACES):
            return Effect(kind, call, verb, target=args[0] if args else None)  # `clearInterval(handle)`
        parts = registration_parts(call, minimum=0)  # helper style `Events.off(el, 'x', f)` releases from `el`
        return Effect(kind, call, verb, parts.receiver if parts else receiver, parts.handler if parts else None,
                      event=parts.event if parts else None)
    if kind is Kind.START:
        return Effect(kind, call, verb, target=call, value=args[0] if args else None)
    if kind is Kind.GROW:
        if receiver is None:
            return None
        return Effect(kind, call, verb, receiver, args[-1] if args else None, key=args[0] if args else None)
    return Effect(kind, call, verb, receiver, args[0] if args else None)


def _new_arguments(new: Node) -> list[Node]:
    args = new.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


class FileEffects:
    """The effects of one file: its calls found once for the whole vocabulary, read on demand."""

    def __init__(self, root: Node, data: bytes, vocabulary: Vocabulary) -> None:
        self._root = root
        self._data = data
        self._vocabulary = vocabulary
        self._methods: dict[str, list[Node]] | None = None  # method name -> `x.name(...)` calls
        self._functions: dict[str, list[Node]] = {}  # function name -> calls by that name
        self._news: dict[str, list[Node]] = {}
        self._built: dict[tuple[Kind, int], Effect | None] = {}

    def of(self, kind: Kind, verbs: Iterable[str]) -> list[Effect]:
        """The effects of `kind` whose verb is one of `verbs`, in source order. A verb the
        vocabulary does not name (an imported alias) is searched for in both forms."""
        verbs = set(verbs)
        calls = {c.id: c for c in self._method_form(verbs)}
        calls.update((c.id, c) for c in self._function_form(verbs))
        ordered = sorted(calls.values(), key=lambda n: n.start_byte)
        return [e for e in (self.at(kind, call) for call in ordered) if e is not None]

    def constructed(self, kind: Kind, names: Iterable[str]) -> list[Effect]:
        """`new Name(...)` and `new a.Name(...)` read as effects of `kind`."""
        names = set(names)
        missing = [n for n in names if n not in self._news]
        if missing:
            found = news_named(self._root, self._data, missing)
            for name in missing:
                self._news[name] = [n for n in found if _constructor_name(n) == name]
        news = sorted({n.id: n for name in names for n in self._news[name]}.values(), key=lambda n: n.start_byte)
        return [e for e in (self.at(kind, new) for new in news) if e is not None]

    def at(self, kind: Kind, node: Node) -> Effect | None:
        """`node` read as an effect of `kind`, built once however many rules ask."""
        cache_key = (kind, node.id)
        if cache_key not in self._built:
            verb = _constructor_name(node) if node.type == "new_expression" else callee_name(node)
            self._built[cache_key] = effect_of(kind, node, verb)
        return self._built[cache_key]

    def _method_form(self, verbs: set[str]) -> list[Node]:
        if self._methods is None:
            self._methods = {}
            self._search_methods(self._vocabulary.method_names | verbs)
        missing = verbs.difference(self._methods)
        if missing:
            self._search_methods(missing)
        return [c for v in verbs for c in self._methods[v]]

    def _search_methods(self, names: set[str]) -> None:
        for name in names:
            self._methods[name] = []
        for call in method_calls(self._root, self._data, names):
            self._methods[callee_name(call)].append(call)

    def _function_form(self, verbs: set[str]) -> list[Node]:
        known = self._vocabulary.method_names | self._vocabulary.function_names
        wanted = {v for v in verbs if v in self._vocabulary.function_names or v not in known}
        missing = wanted.difference(self._functions)
        if missing:
            for name in missing:
                self._functions[name] = []
            for call in calls_named(self._root, self._data, missing):
                name = callee_name(call)
                if name in missing:
                    self._functions[name].append(call)
        return [c for v in wanted for c in self._functions[v]]


def _constructor_name(new: Node) -> str | None:
    ctor = unwrap(new.child_by_field_name("constructor"))
    if ctor is None:
        return None
    if ctor.type == "member_expression":
        return ctor.child_by_field_name("property").text.decode("utf-8", "replace")
    return ctor.text.decode("utf-8", "replace") if ctor.type == "identifier" else None
