"""Unit tests of component lifecycles (semantic.lifecycles) and of reading Flow-typed files."""

from __future__ import annotations

from leaklint.parse import parse
from leaklint.semantic.lifecycles import lifecycle_start
from leaklint.semantic.nodes import callee_name, walk


def first_call(code: str, name: str, path: str = "x.jsx"):
    source = parse(path, code)
    return next(n for n in walk(source.root) if n.type == "call_expression" and callee_name(n) == name)


def test_a_class_components_mount_pairs_with_its_unmount_and_a_hook_with_its_cleanup():
    started = lifecycle_start(first_call("""class A extends React.Component {
  componentDidMount() { window.addEventListener('x', this.f) }
  componentWillUnmount() { window.removeEventListener('x', this.f) }
}""", "addEventListener"))
    assert started is not None and started.start_name == "`componentDidMount()`" and len(started.ends) == 1
    hook = lifecycle_start(first_call("useEffect(() => { w.on('x', f); return () => w.off('x', f) }, [w])", "on"))
    assert hook is not None and len(hook.ends) == 1 and "useEffect" in hook.start_name
    none = lifecycle_start(first_call("class A { render() { window.addEventListener('x', f) } }", "addEventListener"))
    assert none is None


def test_an_exported_vue_mixin_runs_its_hooks_per_mount_but_a_plain_object_with_hooks_does_not():
    mixin = "export default { created() { window.addEventListener('resize', this.f) }, methods: {} }"
    started = lifecycle_start(first_call(mixin, "addEventListener", "x.js"))
    assert started is not None and started.ends == ()  # mixed into components: their hooks, once per mount each
    local = "const hooks = { created() { window.addEventListener('resize', this.f) }, methods: {} }"
    assert lifecycle_start(first_call(local, "addEventListener", "x.js")) is None  # handed to who knows what
    component = local.replace("methods: {}", "template: '<p></p>'")
    started = lifecycle_start(first_call(component, "addEventListener", "x.js"))
    assert started is not None and started.ends == ()


def test_a_flow_file_is_read_with_the_typescript_grammar_when_that_reads_it_better():
    code = "// @flow\nimport { type Node } from 'react';\nfunction f(x: ?string): Node { return x }\n"
    assert parse("a.js", code).language == "tsx"
    assert parse("a.js", code.replace("// @flow\n", "")).language == "javascript"
    assert parse("b.js", "// @flow\nconst a = 1;\n").language == "javascript"  # no error: the JavaScript tree stays


def test_a_node_red_input_handler_is_driven_per_message_and_ends_at_close():
    from leaklint.semantic.lifecycles import event_driven

    code = """module.exports = function (RED) {
  function N(config) {
    RED.nodes.createNode(this, config);
    const node = this;
    node.on('input', function (msg) { setTimeout(go, 10); inner.on('data', () => setTimeout(go, 10)); });
    this.on('close', function () { stop(); });
  }
  function Plain() { this.on('input', function () { setTimeout(go, 10); }); }
};"""
    source = parse("n.js", code)
    timers = [n for n in walk(source.root) if n.type == "call_expression" and callee_name(n) == "setTimeout"]
    direct, nested, plain = (event_driven(t) for t in timers)
    assert direct is not None and direct.entry.framework == "Node-RED" and len(direct.ends) == 1
    assert nested is None  # a callback inside the handler runs on its own events
    assert plain is None  # no createNode(this): not a Node-RED node


def test_a_framework_runs_an_interface_method_per_event_only_on_a_class_that_implements_it():
    from leaklint.semantic.runs import RunsHow, run_context

    middleware = "class Hits implements NestMiddleware { use(req, res, next) { seen.push(req.url) } }"
    gateway = "@WebSocketGateway()\nexport class Feed { handleConnection(client) { seen.push(client) } }"
    plain = "class Host { use(name) { seen.push(name) } }"
    for code, repeats in ((middleware, True), (gateway, True), (plain, False)):
        runs = run_context(first_call(code, "push", "x.ts"))
        assert (runs.how is RunsHow.REPEATED) is repeats, code
