"""Which functions of a file can run at all (semantic.callers.never_called)."""

from __future__ import annotations

import pytest

from leaklint.parse import parse
from leaklint.semantic import SemanticModel
from leaklint.semantic.callers import never_called
from leaklint.semantic.nodes import walk


@pytest.mark.parametrize("code, dead", [
    ("const util = { add() {}, drop() {} };\nutil.add();", True),
    ("const util = { add() {}, drop() {} };\nutil.add(); util.drop();", False),
    ("const util = { add() {}, drop() {} };\nmodule.exports = util;", False),  # exported whole: anyone may call it
    ("const util = { add() { this.drop(); }, drop() {} };\nutil.add();", False),
    ("const util = { add() {}, drop() {} };\nemitter.on('x', util.drop);", False),  # handed away by name
    ("function drop() {}\nfunction add() {}\nadd();", True),
    ("function drop() {}\nsocket.on('close', drop);", False),
    ("export function drop() {}", False),
])
def test_functions_nothing_can_call(code, dead):
    source = parse("x.js", code)
    model = SemanticModel(source.root, source.language, source.data)
    drop = next(n for n in walk(source.root) if n.type in ("method_definition", "function_declaration")
                and n.child_by_field_name("name").text == b"drop")
    assert never_called(drop, model) is dead
