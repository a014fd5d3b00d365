"""Which function undoes which (semantic.counterparts), and which functions run once because
they are their module's start-up (semantic.callers.module_startup)."""

from __future__ import annotations

import pytest

from leaklint.parse import parse
from leaklint.semantic import SemanticModel
from leaklint.semantic.callers import module_startup
from leaklint.semantic.counterparts import counterpart, counterpart_names
from leaklint.semantic.nodes import FUNCTION_TYPES, function_name, walk


@pytest.mark.parametrize("name, expected", [
    ("subscribe", "unsubscribe"),
    ("SSUBSCRIBE", "SUNSUBSCRIBE"),
    ("PSUBSCRIBE", "PUNSUBSCRIBE"),
    ("onSubscribe", "onUnsubscribe"),
    ("watchFile", "unwatchFile"),
    ("addClient", "removeClient"),
    ("add_listener", "remove_listener"),
    ("attach", "detach"),
    ("startPolling", "stopPolling"),
    ("joinRoom", "leaveRoom"),
    ("register", "unregister"),
    ("register", "deregister"),
])
def test_counterpart_names(name, expected):
    assert expected in counterpart_names(name)


@pytest.mark.parametrize("name", ["send", "render", "update", "constructor", ""])
def test_names_without_a_counterpart(name):
    assert counterpart_names(name) == ()


def _function(source, name):
    return next(n for n in walk(source.root) if n.type in FUNCTION_TYPES and (function_name(n) or "").endswith(name))


@pytest.mark.parametrize("code, found", [
    ("function subscribe(c) {}\nfunction unsubscribe(c) {}", True),
    ("export const subscribe = (c) => {};\nexport const unsubscribe = (c) => {};", True),
    ("class A { subscribe() {} unsubscribe() {} }", True),
    ("function A() {}\nA.prototype.subscribe = function () {};\nA.prototype.unsubscribe = function () {};", True),
    ("const r = { subscribe() {}, unsubscribe() {} };", True),
    ("class A { subscribe() {} }\nclass B { unsubscribe() {} }", False),  # another class's method undoes nothing of A's
    ("function subscribe(c) {}\nfunction outer() { function unsubscribe() {} }", False),
    ("function subscribe(c) {}\nconst unsubscribe = 1;", False),
])
def test_counterpart_is_a_sibling(code, found):
    source = parse("x.ts", code)
    fn = _function(source, "subscribe")
    assert (counterpart(fn, source.root, source.data) is not None) is found


@pytest.mark.parametrize("code, once", [
    ("function start() { go(); }", True),
    ("export async function main() { go(); }", True),
    ("const start = module.exports;\nstart.start = async function () { go(); };", True),
    ("const Analytics = module.exports;\nAnalytics.init = function () { go(); };", True),
    ("exports.setup = function () { go(); };", True),
    ("function startPolling() { go(); }", False),  # starts something per call
    ("class Server { start() { go(); } }", False),  # once per instance, and instances may be many
    ("function Client() {}\nClient.prototype.init = function () { go(); };", False),
    ("function outer() { function start() { go(); } }", False),
])
def test_module_startup(code, once):
    source = parse("x.js", code)
    model = SemanticModel(source.root, source.language, source.data)
    fn = next(n for n in walk(source.root) if n.type in FUNCTION_TYPES and n.child_by_field_name("body") is not None
              and b"go()" in n.child_by_field_name("body").text)
    assert module_startup(fn, model) is once
