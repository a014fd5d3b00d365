"""Unit tests of loops that only the stop their starter hands back can end (detectors.watchdog)."""

from __future__ import annotations

import pytest

from leaklint.context import FileContext
from leaklint.detectors.watchdog import _stoppable_loop
from leaklint.parse import parse
from leaklint.semantic.nodes import callee_name, walk


def reschedule(code: str):
    ctx = FileContext(parse("x.ts", code))
    call = next(n for n in walk(ctx.source.root) if n.type == "call_expression" and callee_name(n) == "setTimeout")
    return _stoppable_loop(call, ctx)


FLAG_AND_HANDLE = """function follow(id) {
  let stopped = false;
  let timer;
  const tick = async () => { await fetch(id); if (!stopped) timer = setTimeout(tick, 1000); };
  tick();
  return () => { stopped = true; clearTimeout(timer); };
}"""


def test_a_loop_ended_by_its_flag_and_handle_in_the_returned_stop_only():
    found = reschedule(FLAG_AND_HANDLE)
    assert found is not None
    starter, exits = found
    assert starter.child_by_field_name("name").text == b"follow"
    assert sorted(e.text for e in exits) == [b"stopped", b"timer"]


@pytest.mark.parametrize("change", [
    ("if (!stopped)", "if (!stopped && (await res).ok)"),  # the work itself may end it
    ("return () => { stopped = true; clearTimeout(timer); };", "stopped = id.length > 3;"),  # set by the starter itself
    ("timer = setTimeout(tick, 1000)", "this.timer = setTimeout(tick, 1000)"),  # the handle goes elsewhere
    ("  tick();\n", ""),  # the starter never starts it
])
def test_a_loop_something_else_can_end_is_not_one(change):
    old, new = change
    assert old in FLAG_AND_HANDLE
    assert reschedule(FLAG_AND_HANDLE.replace(old, new)) is None


def test_a_module_level_flag_is_not_the_starters_to_set():
    code = "let stopped = false;\nexport function stopAll() { stopped = true }\n" + FLAG_AND_HANDLE.replace("  let stopped = false;\n", "")
    assert reschedule(code) is None
