"""Lazy singletons (semantic.singletons): which accessors make one instance on first use."""

from __future__ import annotations

import pytest

from leaklint.parse import parse
from leaklint.semantic import SemanticModel
from leaklint.semantic.containers import container_kind
from leaklint.semantic.singletons import accessor_calls, lazy_container, lazy_singleton
from leaklint.semantic.summaries import imported_calls


def singleton_of(code: str, name: str = "Cache", path: str = "x.ts"):
    source = parse(path, code)
    model = SemanticModel(source.root, source.language, source.data)
    return lazy_singleton(model.module_scope.bindings[name], model), model


@pytest.mark.parametrize("code, shown", [
    ("class Cache { static getInstance() { if (!Cache.instance) Cache.instance = new Cache(); return Cache.instance; } }",
     "Cache.getInstance()"),
    ("class Cache { static #one; static get() { return (this.#one ??= new Cache()); } }", "Cache.get()"),
    ("class Cache {} let one; function getCache() { return one || (one = new Cache()); }", "getCache()"),
    ("class Cache {} let one = null; const cache = () => one ??= new Cache();", "cache()"),
    ("class Cache { static i; static get() { if (Cache.i) return Cache.i; Cache.i = new Cache(); return Cache.i; } }", "Cache.get()"),
])
def test_accessors_that_make_one_instance_on_first_use(code, shown):
    singleton, _ = singleton_of(code)
    assert singleton is not None and singleton.shown == shown


@pytest.mark.parametrize("code", [
    # a new instance on every call: nothing tests the slot first
    "class Cache { static get() { Cache.last = new Cache(); return Cache.last; } }",
    # made in two places: more than one instance can exist
    "class Cache { static get() { if (!Cache.i) Cache.i = new Cache(); return Cache.i; } } const spare = new Cache();",
    # kept in a local: the next call starts empty again
    "class Cache { static get() { let i; if (!i) i = new Cache(); return i; } }",
    # handed out fresh, the slot only remembers the last one
    "class Cache { static get() { if (!Cache.i) Cache.i = new Cache(); return new Cache(); } }",
    # a per-instance field of another object is no module-wide slot
    "class Cache { } class Holder { get() { if (!this.c) this.c = new Cache(); return this.c; } }",
])
def test_shapes_that_are_no_lazy_singleton(code):
    singleton, _ = singleton_of(code)
    assert singleton is None


def test_accessor_calls_in_the_file():
    singleton, model = singleton_of(
        "class Cache { static get() { if (!Cache.i) Cache.i = new Cache(); return Cache.i; } put(k) {} }\n"
        "function handle(k) { Cache.get().put(k); const c = Cache.get(); c.put(k); Cache.other(); }")
    assert [c.text.decode() for c in accessor_calls(singleton, model)] == ["Cache.get()", "Cache.get()"]


def test_methods_called_on_an_imported_accessor_result():
    code = ("import { Cache } from './cache';\n"
            "export function handle(k) { Cache.get().put(k); const c = Cache.get(); c.drop(k); c.put(k); }\n"
            "function other(k) { let d = Cache.get(); d.put(k); }\n")
    source = parse("x.js", code)
    chains = [(call.site.text.decode(), call.chain) for call in imported_calls(source.root, source.data, {"Cache": ("./cache", ("Cache",))})]
    assert ("Cache.get().put(k)", ("Cache", "get", "()", "put")) in chains
    assert ("c.drop(k)", ("Cache", "get", "()", "drop")) in chains
    assert ("c.put(k)", ("Cache", "get", "()", "put")) in chains
    assert not any(site == "d.put(k)" for site, _ in chains)  # a `let` may be given another value



@pytest.mark.parametrize("code, lazy", [
    ("let cache;\nfunction get() { cache ??= new Map(); return cache; }", True),
    ("let cache = null;\nfunction get() { if (!cache) cache = []; return cache; }", True),
    ("let cache;\nconst get = () => cache ||= new Set();", True),
    ("let cache;\nfunction get() { cache = new Map(); return cache; }", False),  # a new one on every call
    ("let cache;\nfunction get() { cache ??= new Map(); return new Map(cache); }", False),  # hands out a copy
    ("let cache;\nfunction get() { cache ??= new Map(); return cache; }\nfunction reset() { cache = undefined; }", False),  # filled twice
])
def test_containers_made_on_first_use(code, lazy):
    source = parse("x.js", code)
    model = SemanticModel(source.root, source.language, source.data)
    found = lazy_container(model.module_scope.bindings["cache"], lambda value: container_kind(value, model), model)
    assert (found is not None) is lazy
