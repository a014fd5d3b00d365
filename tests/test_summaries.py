"""Unit tests of helper summaries: slots, calls of a helper, substitution, chains of helpers,
imported calls, and the guards shared by every rule."""

from __future__ import annotations

from test_semantic import model_of, nodes

from leaklint.context import FileContext
from leaklint.parse import parse
from leaklint.semantic.guards import guarded_once
from leaklint.semantic.summaries import THIS, helper_chains, hops, imported_calls, parameter_names, slot_of, substitute_through

HELPERS = """
function subscribe(emitter, event, handler) { emitter.on(event, handler); }
function follow(bus, fn) { subscribe(bus, 'tick', fn); }
const relay = (source) => follow(source, () => 1);
class Stats { track(fn) { this.on('x', fn); } constructor(bus) { bus.on('y', () => 1); } }
function reassigned(e) { e = e || other; e.on('z', f); }
follow(main, cb);
relay(main);
"""


def receiver_of_call(root, method: str, at: int = 0):
    calls = [n for n in nodes(root, "call_expression") if n.child_by_field_name("function").text.decode().endswith(f".{method}")]
    return calls[at].child_by_field_name("function").child_by_field_name("object")


def test_a_parameter_or_this_in_a_method_is_a_slot_but_not_a_constructor_parameter_or_a_reassigned_one():
    model, root = model_of(HELPERS)
    first = slot_of(receiver_of_call(root, "on", 0), model)
    assert (first.helper, first.index, first.name) == ("subscribe", 0, "emitter")
    this_slot = slot_of(receiver_of_call(root, "on", 1), model)
    assert (this_slot.helper, this_slot.index) == ("track", THIS)
    assert slot_of(receiver_of_call(root, "on", 2), model) is None  # the constructor's `bus`: injected
    assert slot_of(receiver_of_call(root, "on", 3), model) is None  # `e = e || other`


def test_helper_chains_follow_parameters_passed_on_and_substitute_the_outermost_argument():
    model, root = model_of(HELPERS)
    slot = slot_of(receiver_of_call(root, "on", 0), model)
    chains = [(current.helper, [hop.call.text.decode() for hop in path]) for current, path in helper_chains(slot, model)]
    assert chains == [
        ("subscribe", []),
        ("follow", ["subscribe(bus, 'tick', fn)"]),
        ("relay", ["subscribe(bus, 'tick', fn)", "follow(source, () => 1)"]),
    ]
    outer = [path for current, path in helper_chains(slot, model) if current.helper == "follow"][0]
    calls = [hop.call.text.decode() for hop in hops(slot_of(nodes(root, "identifier", "bus")[0], model), model)]
    assert sorted(calls) == ["follow(main, cb)", "follow(source, () => 1)"]
    event = receiver_of_call(root, "on", 0).parent.parent.child_by_field_name("arguments").named_children[0]
    assert substitute_through(event, outer, model).text.decode() == "'tick'"


def test_parameter_names_read_from_the_signature():
    _, root = model_of("function f(a, b = 1, ...rest) {}\nconst g = x => x;\n")
    f, g = nodes(root, "function_declaration")[0], nodes(root, "arrow_function")[0]
    assert parameter_names(f) == {"a"}  # a default or a rest parameter is not followed
    assert parameter_names(g) == {"x"}


def test_imported_calls_are_found_by_spelling_and_keep_the_chain():
    source = parse("a.js", "const h = require('./h');\nconst { f } = require('./h');\nh.sub(x);\nf(y);\nother.f(z);\nconst s = 'f(';\n")
    imports = {"h": ("./h", ("*",)), "f": ("./h", ("f",))}
    found = [(c.site.text.decode(), c.chain) for c in imported_calls(source.root, source.data, imports)]
    assert sorted(found) == [("f(y)", ("f",)), ("h.sub(x)", ("*", "sub"))]


def test_a_guard_is_a_flag_set_after_its_test_that_outlives_the_call():
    code = """
let started = false;
function onMessage(m) {
  if (!started) { started = true; setInterval(tick, 1000); }
}
function configured(options) {
  this.enabled = options.enabled;
  if (this.enabled) { setInterval(tick, 1000); }
}
function validated(interval) {
  interval = interval || 5000;
  if (isNaN(interval)) throw new Error('no');
  setInterval(tick, interval);
}
"""
    ctx = FileContext(parse("g.js", code))
    starts = [n for n in nodes(ctx.source.root, "call_expression") if n.child_by_field_name("function").text == b"setInterval"]
    assert [guarded_once(call, ctx) for call in starts] == [True, False, False]


def test_request_capture_follows_a_closure_into_a_helper_that_registers_it():
    """Alone, request-capture reports the closure a helper registers on a long-lived emitter;
    with listener-leak on, the capture is part of that rule's finding at the same call."""
    from conftest import CORPUS, run_leaklint

    case = CORPUS / "listener-leak" / "leaky-helper-registration.js"
    alone = run_leaklint("--select", "request-capture", "-q", str(case))
    assert [line.split(": ")[0].rsplit(":", 1)[0].endswith(":23") for line in alone.stdout.splitlines()] == [True]
    assert "`subscribe()` registers it as a listener on module-level `bus`" in alone.stdout
    both = run_leaklint("--select", "request-capture", "--select", "listener-leak", "-q", str(case))
    assert "request-capture" not in both.stdout and "captures `res`" in both.stdout


def test_this_in_an_arrow_field_is_the_instance_and_its_calls_are_the_methods_calls():
    from leaklint.semantic.summaries import call_sites, field_arrow

    model, root = model_of("class Clock { onTick = (fn) => this.emitter.on('tick', fn); }\nconst clock = new Clock();\nclock.onTick(f);\nlater(() => { const x = () => this; });")
    arrow = next(n for n in nodes(root, "arrow_function") if n.parent.type in ("public_field_definition", "field_definition"))
    this = next(n for n in nodes(root, "this"))
    slot = slot_of(this, model)
    assert slot is not None and slot.index == THIS and slot.function == arrow
    assert field_arrow(arrow)[1] == "onTick"
    assert [site.text.decode() for site in call_sites(arrow, model)] == ["clock.onTick(f)"]
    stray = list(nodes(root, "this"))[-1]  # an arrow outside any class has no instance
    assert slot_of(stray, model) is None
