"""Unit tests for receiver lifetimes, relative run frequency and the intra-file call graph."""

from __future__ import annotations

from leaklint.parse import parse
from leaklint.semantic import RunsHow, SemanticModel, run_context
from leaklint.semantic.callers import refine
from leaklint.semantic.lifetimes import Lifetime, receiver_of
from leaklint.semantic.nodes import callee_object, walk


def receiver(code: str, marker: str = "mark", name: str = "x.js"):
    source = parse(name, code)
    model = SemanticModel(source.root, source.language)
    call = next(n for n in walk(source.root) if n.type == "call_expression" and n.child_by_field_name("function").text.decode().endswith("." + marker))
    return receiver_of(callee_object(call), model), call, model


def test_module_global_and_imported_receivers():
    assert receiver("const e = make(); function f() { e.mark(); }")[0].lifetime is Lifetime.MODULE
    assert receiver("function f() { process.mark(); }")[0].lifetime is Lifetime.GLOBAL
    imported = receiver("import bus from './bus'; function f() { bus.mark(); }")[0]
    assert imported.lifetime is Lifetime.MODULE and imported.description.startswith("imported")
    assert receiver("function f() { unknownGlobal.mark(); }")[0] is None


def test_this_self_and_fresh_receivers():
    assert receiver("class A { m() { this.mark(); } }")[0].is_self
    assert receiver("class A { m() { const self = this; self.mark(); } }")[0].is_self
    field = receiver("class A { m() { this.bus.mark(); } }")[0]
    assert field.lifetime is Lifetime.INSTANCE and not field.is_self
    assert receiver("function f() { new Emitter().mark(); }")[0].fresh


def test_parameters_locals_and_injection():
    param, call, _ = receiver("function f(e) { e.mark(); }")
    assert param.lifetime is Lifetime.OUTER and not param.injected
    assert run_context(call, owner=param.owner).how is RunsHow.ONCE
    injected = receiver("class A { constructor(bus) { bus.mark(); } }")[0]
    assert injected.injected
    aliased = receiver("const e = make(); function f() { const alias = e; alias.mark(); }")[0]
    assert aliased.lifetime is Lifetime.MODULE


def test_outer_receiver_repeats_inside_a_nested_handler():
    outer, call, _ = receiver("server.on('connection', (s) => { s.on('data', () => { s.mark(); }); });")
    assert run_context(call, owner=outer.owner).how is RunsHow.REPEATED
    same, call, _ = receiver("server.on('connection', (s) => { s.mark(); });")
    assert run_context(call, owner=same.owner).how is RunsHow.ONCE


def test_loop_local_is_owned_by_its_block():
    local, call, _ = receiver("function f(xs) { for (const x of xs) { var s = open(x); s.mark(); } }")
    assert run_context(call, owner=local.owner).how is RunsHow.ONCE


def test_one_shot_event_handlers_do_not_repeat():
    _, call, _ = receiver("const e = make(); e.on('open', () => { e.mark(); });")
    assert run_context(call).how is RunsHow.ONCE
    _, call, _ = receiver("const e = make(); e.on('message', () => { e.mark(); });")
    assert run_context(call).how is RunsHow.REPEATED


def test_react_component_body_repeats():
    _, call, _ = receiver("export function App() { window.mark(); return <div />; }", name="x.jsx")
    assert run_context(call).how is RunsHow.REPEATED


def test_callers_refine_unknown_frequency():
    _, call, model = receiver("function main() { process.mark(); } main();")
    assert refine(run_context(call), model).how is RunsHow.ONCE
    _, call, model = receiver("function track() { process.mark(); } app.get('/', (req, res) => { track(); });")
    assert refine(run_context(call), model).how is RunsHow.REPEATED
    _, call, model = receiver("export function track() { process.mark(); } track();")
    assert refine(run_context(call), model).how is RunsHow.MAYBE  # exported: other modules may call it again
    _, call, model = receiver("export function setup() { process.mark(); } setup();")
    assert refine(run_context(call), model).how is RunsHow.ONCE  # the module's start-up, whoever calls it
