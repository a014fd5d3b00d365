"""Subscriptions a project writes itself (semantic.custom_pairs): a function that adds the
callback it is handed to a container outliving the call and hands back what takes it out."""

from __future__ import annotations

import pytest

from leaklint.context import FileContext
from leaklint.parse import parse
from leaklint.semantic.custom_pairs import custom_pairs


def pairs(code: str, name: str = "x.ts") -> list[tuple[str, str, int]]:
    return [(p.name, p.container, p.slot) for p in custom_pairs(FileContext(parse(name, code)))]


@pytest.mark.parametrize("code, found", [
    ("const s = new Set();\nfunction on(fn) { s.add(fn); return () => s.delete(fn); }", [("on", "s", 0)]),
    ("const l = [];\nfunction sub(topic, fn) { l.push(fn); return function off() { l.splice(l.indexOf(fn), 1); }; }", [("sub", "l", 1)]),
    ("let l = [];\nexport const sub = (fn) => { l.push(fn); return () => { l = l.filter((x) => x !== fn); }; };", [("sub", "l", 0)]),
    ("const m = new Map();\nlet n = 0;\nfunction watch(fn) { const id = n++; m.set(id, fn); return { stop() { m.delete(id); } }; }", [("watch", "m", 0)]),
    ("const s = new Set();\nfunction on(fn) { s.add(fn); function off() { s.delete(fn); } return off; }", [("on", "s", 0)]),
    ("class Hub { h = []; onTick(fn) { this.h.push(fn); return () => { this.h = this.h.filter((x) => x !== fn); }; } }", [("onTick", "this.h", 0)]),
    # a Set kept per key in a module-level Map, held by a local (TypeScript's `!` too)
    ("const t = new Map();\nfunction on(k, fn) { let s = t.get(k); if (!s) { s = new Set(); t.set(k, s); } s.add(fn); return () => s!.delete(fn); }",
     [("on", "t.get(…)", 1)]),
    # the callback carried in an entry object, directly or through a local
    ("class R { l = []; on(listener) { const entry = { listener }; this.l.push(entry); return { dispose: () => this.l.splice(this.l.indexOf(entry), 1) }; } }",
     [("on", "this.l", 0)]),
    ("const l = [];\nfunction on(fn, opts) { l.push({ fn, once: opts.once }); return () => l.splice(0, 1); }", [("on", "l", 0)]),
])
def test_functions_that_add_their_callback_and_return_the_remover(code, found):
    assert pairs(code) == found


@pytest.mark.parametrize("code", [
    "const s = new Set();\nfunction on(fn) { s.add(fn); }",  # no way out: unbounded-collection's
    "const s = new Set();\nfunction on(fn) { s.add(fn); return () => other.delete(fn); }",  # takes it out of something else
    "function on(s, fn) { s.add(fn); return () => s.delete(fn); }",  # the caller's container: its own lifetime
    "const s = new Set();\nfunction on(fn) { const local = new Set(); local.add(fn); return () => local.delete(fn); }",
    "import { s } from './s';\nfunction on(fn) { s.add(fn); return () => s.delete(fn); }",  # another module's container
])
def test_other_shapes_are_not_custom_pairs(code):
    assert pairs(code) == []


def test_a_pair_under_the_callers_key_knows_which_parameter_is_the_key():
    # `register('json', fn)` then replaces its own entry (quiet at the call); `whenVisible(el, fn)` adds one per element
    code = "const reg = new Map();\nfunction register(name, fn) { reg.set(name, fn); return () => reg.delete(name); }"
    found = custom_pairs(FileContext(parse("x.ts", code)))
    assert [(p.name, p.slot, p.key_slot) for p in found] == [("register", 1, 0)]
    code = "const s = new Set();\nfunction on(fn) { s.add(fn); return () => s.delete(fn); }"
    assert [p.key_slot for p in custom_pairs(FileContext(parse("x.ts", code)))] == [-1]
