"""Unit tests of semantic.siblings: a removal routine that removes a key from one field and
forgets another field kept under the same key."""

from __future__ import annotations

from leaklint.parse import parse
from leaklint.semantic.nodes import walk
from leaklint.semantic.siblings import forgotten_siblings


def forgotten(code: str) -> list[tuple[str, str, str]]:
    source = parse("x.js", code)
    body = next(n for n in walk(source.root) if n.type == "class_body")
    return [(f.field_name, f.routine, f.removed_from) for f in forgotten_siblings(body, source.data)]


LEAKY = """class T {
  add(id, v) { this.a.set(id, v); this.b[id] = v; }
  onTimeout(id) { this.remove(id); }
  remove(id) { this.a.delete(id); }
}"""


def test_a_routine_that_removes_a_key_from_one_field_forgets_the_sibling_kept_under_it():
    assert forgotten(LEAKY) == [("b", "remove", "a")]


def test_no_sibling_is_forgotten_when_the_routine_or_every_caller_removes_it_or_it_is_emptied():
    assert forgotten(LEAKY.replace("this.a.delete(id);", "this.a.delete(id); delete this.b[id];")) == []
    assert forgotten(LEAKY.replace("this.remove(id); }", "this.remove(id); delete this.b[id]; }")) == []
    assert forgotten(LEAKY.replace("onTimeout(id) {", "reset() { this.b = {}; } onTimeout(id) {")) == []
    # a method not named for removal is not the routine every path goes through
    assert forgotten(LEAKY.replace("remove(", "update(")) == []
