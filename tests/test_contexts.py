"""Unit tests of semantic.contexts: which closures outlive their call, and what the one
context of that call makes them keep beyond what they use."""

from __future__ import annotations

from leaklint.parse import parse
from leaklint.semantic.contexts import kept_closures, retained_by, shared_stores
from leaklint.semantic.model import SemanticModel
from leaklint.semantic.nodes import FUNCTION_TYPES, function_name, walk

KEEPING = frozenset({"on", "subscribe", "then"})


def functions(code: str, name: str = "x.js"):
    source = parse(name, code)
    model = SemanticModel(source.root, source.language, source.data)
    return {(function_name(n) or "").rsplit(".", 1)[-1]: n for n in walk(source.root) if n.type in FUNCTION_TYPES}, model


def retained_names(code: str, fn: str = "checkout") -> list[list[str]]:
    found, model = functions(code)
    return [[r.binding.name for r in retained_by(k, model, KEEPING)] for k in kept_closures(found[fn], model)]


def test_a_closure_stored_on_a_parameter_keeps_what_a_callback_beside_it_captures():
    code = "function checkout(client, pending) { client.release = () => back(client); verify(client, () => pending.done()) }"
    assert retained_names(code) == [["pending"]]


def test_nothing_is_retained_when_the_sibling_is_kept_too_or_the_value_is_cheap_or_used():
    for code in (
        # the sibling is handed to a registration, which keeps it as long
        "function checkout(client, pending) { client.release = () => back(client); bus.on('x', () => pending.done()) }",
        # the stored closure uses it itself
        "function checkout(client, pending) { client.release = () => back(client, pending); verify(client, () => pending.done()) }",
        # a primitive constant costs nothing
        "function checkout(client) { const limit = 5; client.release = () => back(client); verify(client, () => use(limit)) }",
        # the holder is kept by its own property anyway
        "function checkout(client) { client.release = () => back(); verify(() => client.ping()) }",
    ):
        assert retained_names(code) in ([[]], []), code


def test_only_stores_that_outlive_the_call_are_kept_closures():
    code = """function checkout(client, ref, pending) {
  const local = {}; local.f = () => 1;
  ref.current = () => 2;
  if (!ref.current) ref.current = () => 3;
  client.release = () => 4;
}"""
    found, model = functions(code)
    holders = [k.holder for k in kept_closures(found["checkout"], model)]
    assert holders == ["`ref.current`", "`client.release`"]


def test_a_method_storing_a_closure_on_a_shared_prototype_captures_the_instance():
    code = """const P = require('p');
class A {
  constructor(doc) { const self = this; P.prototype.push = function () { self.n += 1 } }
  plain(doc) { P.prototype.pop = function () { return 1 } }
}"""
    found, model = functions(code)
    stores = list(shared_stores(found["constructor"], model))
    assert len(stores) == 1 and stores[0].captured == "`this` (as `self`)"
    assert list(shared_stores(found["plain"], model)) == []
