"""Which functions of a file can run at all (semantic.callers.never_called), and which event
iterators have no way out (semantic.iterators)."""

from __future__ import annotations

import pytest

from leaklint.context import FileContext
from leaklint.parse import parse
from leaklint.semantic import SemanticModel
from leaklint.semantic.callers import never_called
from leaklint.semantic.iterators import event_iterators
from leaklint.semantic.nodes import call_arguments, callee_name, walk


@pytest.mark.parametrize("code, dead", [
    ("const util = { add() {}, drop() {} };\nutil.add();", True),
    ("const util = { add() {}, drop() {} };\nutil.add(); util.drop();", False),
    ("const util = { add() {}, drop() {} };\nmodule.exports = util;", False),  # exported whole: anyone may call it
    ("const util = { add() { this.drop(); }, drop() {} };\nutil.add();", False),
    ("const util = { add() {}, drop() {} };\nemitter.on('x', util.drop);", False),  # handed away by name
    ("function drop() {}\nfunction add() {}\nadd();", True),
    ("function drop() {}\nsocket.on('close', drop);", False),
    ("export function drop() {}", False),
    # a class's method, in a module that exports nothing: only its own definition spells its name
    ("class Room { add(x) {} drop(x) {} }\nconst room = new Room();\nroom.add(1);", True),
    ("class Room { add(x) {} drop(x) {} }\nconst room = new Room();\nsocket.on('close', () => room.drop(1));", False),
    ("class Room { add(x) {} drop(x) {} }\nconst room = new Room();\nsocket.on('close', room.drop.bind(room));", False),
    ("class Room { add(x) {} drop(x) {} }\nmodule.exports = new Room();", False),  # importers may call it
    ("// exports nothing\nclass Room { add(x) {} drop(x) {} }\nnew Room().add(1);", True),  # the word in prose is no export
    ("class Room { static drop(x) {} }\nnew Room();", False),
])
def test_functions_nothing_can_call(code, dead):
    source = parse("x.js", code)
    model = SemanticModel(source.root, source.language, source.data)
    drop = next(n for n in walk(source.root) if n.type in ("method_definition", "function_declaration")
                and n.child_by_field_name("name").text == b"drop")
    assert never_called(drop, model) is dead


@pytest.mark.parametrize("code, found", [
    ("import { on } from 'node:events';\nasync function f(e) { for await (const x of on(e, 'x')) use(x); }", True),
    ("const events = require('events');\nasync function f(e) { for await (const x of events.on(e, 'x')) use(x); }", True),
    ("import { on } from 'node:events';\nasync function f(e, s) { for await (const x of on(e, 'x', { signal: s })) use(x); }", False),
    ("import { on } from 'node:events';\nasync function f(e) { for await (const x of on(e, 'x')) { if (x.done) break; } }", False),
    ("import { on } from 'node:events';\nasync function f(e) { for await (const x of on(e, 'x')) { for (const y of x) { if (y) break; } } }", True),
    ("import { on } from 'node:events';\nasync function f(e) { for await (const x of on(e, 'x')) { if (x.last) return x; } }", False),
    ("import { on } from './bus';\nasync function f(e) { for await (const x of on(e, 'x')) use(x); }", False),  # another module's `on`
    ("import { on } from 'node:events';\nasync function f(e) { for await (const [x] of on(e, 'x') as AsyncIterable<[number]>) use(x); }", True),
])
def test_event_iterators_without_a_way_out(code, found):
    assert bool(list(event_iterators(FileContext(parse("x.ts", code))))) is found


@pytest.mark.parametrize("code, once", [
    ("class Sampler { constructor() { this.t = setInterval(tick, 1000) } }\nnew Sampler();", True),
    ("export class Sampler { constructor() { this.t = setInterval(tick, 1000) } }\nnew Sampler();", False),  # importers make more
    ("class Sampler { constructor() { this.t = setInterval(tick, 1000) } }\nnew Sampler();\nmodule.exports = Sampler;", False),
    ("class Sampler { constructor() { this.t = setInterval(tick, 1000) } }\nfunction make() { return new Sampler() }\nmake();", True),
])
def test_a_constructor_runs_once_when_the_file_alone_makes_its_class_at_start_up(code, once):
    from leaklint.semantic.callers import refine
    from leaklint.semantic.runs import RunsHow, run_context

    source = parse("x.js", code)
    model = SemanticModel(source.root, source.language, source.data)
    start = next(n for n in walk(source.root) if n.type == "call_expression" and n.text.startswith(b"setInterval"))
    assert (refine(run_context(start), model).how is RunsHow.ONCE) is once


def test_a_loop_variable_walking_a_fixed_list_names_its_strings():
    from leaklint.semantic.runs import loop_values

    for code in (
        "const SIGNALS = ['SIGINT', 'SIGTERM'];\nfunction f() { for (const s of SIGNALS) process.once(s, stop) }",
        "function f() { for (const s of ['SIGINT', 'SIGTERM']) process.once(s, stop) }",
        "export const SIGNALS = ['SIGINT', 'SIGTERM'] as const;\nfunction f() { for (const s of SIGNALS) process.once(s, stop) }",
    ):
        source = parse("x.ts", code)
        call = next(n for n in walk(source.root) if n.type == "call_expression" and callee_name(n) == "once")
        assert loop_values(call_arguments(call)[0]) == ("SIGINT", "SIGTERM"), code
    for code in (
        "let SIGNALS = ['SIGINT'];\nfunction f() { for (const s of SIGNALS) process.once(s, stop) }",  # a list the code may change
        "function f(list) { for (const s of list) process.once(s, stop) }",
        "function f() { for (const s in { a: 1 }) process.once(s, stop) }",
    ):
        source = parse("x.ts", code)
        call = next(n for n in walk(source.root) if n.type == "call_expression" and callee_name(n) == "once")
        assert loop_values(call_arguments(call)[0]) == (), code
