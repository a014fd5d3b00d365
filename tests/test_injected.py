"""Unit tests of semantic.injected: the fields a class keeps from what its constructor is
handed, and the `new` that made the instance a method is called on."""

from __future__ import annotations

from test_semantic import model_of, nodes

from leaklint.findings import INJECTED, injected_index, injected_slot
from leaklint.semantic.injected import handed_fresh, injected_parameter, instance_method_calls, kept_field, made_by_new, own_class_made

CLASSES = """
class Watcher {
  constructor(feed, limit) { this.feed = feed; this.limit = limit; this.own = new Map(); }
  watch(fn) { this.feed.on('x', fn); this.own.set(1, fn); }
  reset(next) { this.limit = next; this.limit.clear(); }
}
function Relay(bus) { this.bus = bus; }
Relay.prototype.forward = function (fn) { this.bus.on('y', fn); };
const shared = new Map();
const watcher = new Watcher(shared, 3);
function handle() {
  watcher.watch(() => 1);
  new Watcher(shared).watch(() => 2);
  const local = new Map();
  new Watcher(local).watch(() => 3);
}
"""

TYPED = """
class Tracker {
  constructor(private readonly hub: Hub, name: string) {}
  follow(fn: () => void) { this.hub.on('z', fn); }
}
"""


def member(root, spelled: str, at: int = 0):
    return nodes(root, "member_expression", spelled)[at]


def test_a_field_kept_from_a_constructor_parameter_names_that_parameter_unless_the_class_sets_it_again():
    model, root = model_of(CLASSES)
    method, index = injected_parameter(member(root, "this.feed", 1), model)
    assert method.child_by_field_name("name").text == b"watch" and index == 0
    assert injected_parameter(member(root, "this.own", 1), model) is None  # made by the instance itself
    assert injected_parameter(member(root, "this.limit", 2), model) is None  # `reset()` sets it again
    assert injected_parameter(member(root, "this.feed", 0), model) is None  # the constructor's own assignment
    _, index = injected_parameter(member(root, "this.bus", 1), model)  # a prototype method of a constructor function
    assert index == 0


def test_a_typescript_parameter_property_is_a_kept_field():
    model, root = model_of(TYPED, "x.ts")
    _, index = injected_parameter(member(root, "this.hub"), model)
    assert index == 0
    cls = nodes(root, "class_declaration")[0]
    assert kept_field(cls, 0, model) == "hub" and kept_field(cls, 1, model) is None


def test_the_new_behind_a_method_call_its_methods_and_what_it_was_handed():
    model, root = model_of(CLASSES)
    calls = [n for n in nodes(root, "call_expression") if n.child_by_field_name("function").text.endswith(b".watch")]
    made = [made_by_new(call, model) for call in calls]
    assert [m.text.decode() for m in made] == ["new Watcher(shared, 3)", "new Watcher(shared)", "new Watcher(local)"]
    cls = own_class_made(made[0], model)
    assert cls is not None and kept_field(cls, 0, model) == "feed"
    assert [name for _, name in instance_method_calls(made[0], model)] == ["watch"]
    assert [handed_fresh(call, 0, model) for call in calls] == [False, False, True]


def test_injected_slots_encode_the_constructor_parameter_apart_from_every_other_slot():
    assert injected_slot(0) == INJECTED and injected_index(injected_slot(2)) == 2
    assert injected_index(-3) == -1 and injected_index(0) == -1


OPTIONS = """
class Relay {
  constructor(options, { store, limit }) { this.bus = options.bus; this.store = store; this.limit = limit; }
  forward(fn) { this.bus.on('x', fn); this.store.set(1, fn); }
}
const relay = new Relay({ bus: shared, other: 1 }, { store });
"""


def test_a_field_kept_from_an_option_names_the_parameter_and_the_option():
    from leaklint.semantic.injected import injected_option, option_values

    model, root = model_of(OPTIONS)
    method, index, name = injected_option(member(root, "this.bus", 1), model)
    assert method.child_by_field_name("name").text == b"forward" and (index, name) == (0, "bus")
    assert injected_option(member(root, "this.store", 1), model)[1:] == (1, "store")
    assert injected_parameter(member(root, "this.bus", 1), model) is None  # the field holds an option, not the parameter
    made = nodes(root, "new_expression")[0]
    assert [name for name, _ in option_values(made, 0)] == ["bus", "other"]
    assert [name for name, _ in option_values(made, 1)] == ["store"]
