"""Stale references (semantic.stale): what keeps a finished object, and what lets it go."""

from __future__ import annotations

from leaklint.parse import parse
from leaklint.semantic.model import SemanticModel
from leaklint.semantic.nodes import walk
from leaklint.semantic.stale import (
    disposal_pattern, disposed_but_kept, empty_declarations, handed_over_never_reset, settled_operation_fields,
)

DISPOSALS = disposal_pattern(["dispose", "destroy", "unsubscribe", "disconnect"])


def _model(code: str, name: str = "x.js") -> SemanticModel:
    source = parse(name, code)
    return SemanticModel(source.root, source.language, source.data)


def _handed_over(code: str) -> list[str]:
    model = _model(code)
    return [s.binding.name for s in handed_over_never_reset(model, empty_declarations(model))]


def _disposed(code: str) -> list[str]:
    return [s.binding.name for s in disposed_but_kept(_model(code), DISPOSALS)]


HOOK = """
let current;
hooks.render = function (vnode) { current = vnode.component; };
export function read(key) { return current.context[key]; }
"""


def test_a_hook_fills_a_module_variable_nothing_empties():
    assert _handed_over(HOOK) == ["current"]


def test_a_reset_anywhere_lets_it_go():
    assert _handed_over(HOOK + "hooks.done = function () { current = null; };") == []


def test_a_getter_that_hands_the_value_out_keeps_it_on_purpose():
    assert _handed_over(HOOK + "export function get() { return current; }") == []


def test_start_up_and_lazy_initialisation_are_not_hand_overs():
    assert _handed_over("let cfg;\nexport function init(c) { cfg = c; }\nexport function get(k) { return cfg[k]; }") == []
    assert _handed_over("let t;\nhooks.use = function (n) { if (!t) t = n.table; return t[n.k]; };\nfunction f(k) { return t[k]; }") == []


def test_a_stored_callback_is_kept_to_be_called():
    assert _handed_over("let cb;\nhooks.ready = function (fn) { cb = fn; };\nexport function fire() { cb(); }") == []


TRACKER = """
export function track(source) {
  let sub;
  function start() { sub = source.subscribe(() => {}); }
  source.onAdd = function () { start(); };
  source.onRemove = function () { sub.dispose();%s };
}
"""


def test_a_disposed_subscription_left_in_a_refilled_variable():
    assert _disposed(TRACKER % "") == ["sub"]


def test_nulling_after_disposal_lets_it_go():
    assert _disposed(TRACKER % " sub = null;") == []


def test_a_disposal_in_an_end_handler_goes_with_the_holder():
    code = TRACKER.replace("source.onRemove = function ()", "source.onClose = function ()") % ""
    assert _disposed(code) == []


def test_a_disposal_through_an_alias_of_the_method():
    code = TRACKER.replace("sub.dispose();", "const d = sub && sub['dispose']; d.call(sub);") % ""
    assert _disposed(code) == ["sub"]


def _settled(code: str) -> list[str]:
    source = parse("x.ts", code)
    bodies = [node for node in walk(source.root) if node.type == "class_body"]
    return [f.field_name for body in bodies for f in settled_operation_fields(body, source.data)]


QUERY = """
class Query {
  async fetch() {
    this.runner = createRunner(this.fn);
    return await this.runner.start();
  }%s
}
"""


def test_a_field_that_keeps_the_settled_operation():
    assert _settled(QUERY % "") == ["runner"]


def test_a_field_cleared_anywhere_in_the_class_is_let_go():
    assert _settled(QUERY % "\n  reset() { this.runner = undefined; }") == []


def test_a_start_up_method_keeps_what_it_opens():
    assert _settled(QUERY.replace("async fetch()", "async connect()") % "") == []


def test_test_files_are_left_alone(tmp_path):
    from leaklint.pipeline import analyse_paths
    from leaklint.rules import load_rules

    rules = [r for r in load_rules() if r.id == "stale-reference"]
    for name, expected in (("lib/render.js", 1), ("test/render.js", 0), ("lib/render.test.js", 0)):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HOOK)
        findings = analyse_paths([str(path)], rules, jobs=1)[0].findings
        assert len(findings) == expected, name
