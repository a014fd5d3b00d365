"""Unit tests of the semantic model: scopes, bindings, references, keys, run frequency."""

from __future__ import annotations

from tree_sitter import Node

from leaklint.parse import parse
from leaklint.semantic import BindingKind, RunsHow, ScopeKind, SemanticModel, key_of, run_context
from leaklint.semantic.nodes import walk


def model_of(code: str, name: str = "x.js") -> tuple[SemanticModel, Node]:
    source = parse(name, code)
    return SemanticModel(source.root, source.language), source.root


def nodes(root: Node, kind: str, source_text: str | None = None) -> list[Node]:
    return [n for n in walk(root) if n.type == kind and (source_text is None or n.text.decode() == source_text)]


def test_var_and_function_declarations_are_hoisted():
    model, root = model_of("use(a); f(); var a = 1; function f() {}")
    uses = nodes(root, "identifier", "a")[0], nodes(root, "identifier", "f")[0]
    assert model.binding_of(uses[0]).kind is BindingKind.VAR
    assert model.binding_of(uses[1]).kind is BindingKind.FUNCTION


def test_var_in_block_lands_in_function_scope_but_let_does_not():
    model, root = model_of("function g() { { var v = 1; let l = 2; } v; l; }")
    v_use, l_use = nodes(root, "identifier", "v")[-1], nodes(root, "identifier", "l")[-1]
    binding = model.binding_of(v_use)
    assert binding is not None and binding.scope.kind is ScopeKind.FUNCTION
    assert model.binding_of(l_use) is None  # `l` is out of scope: a global reference


def test_closure_resolves_let_declared_later():
    model, root = model_of("function f() { return () => t; } let t = 1;")
    assert model.binding_of(nodes(root, "identifier", "t")[0]).kind is BindingKind.LET


def test_destructuring_parameters_defaults_and_rest():
    model, root = model_of("function f({ a, b: [c = 1, ...d] }, e = a, ...rest) { return a + c + d + e + rest; }")
    for name in ("a", "c", "d", "e", "rest"):
        use = nodes(root, "identifier", name)[-1]
        assert model.binding_of(use).kind is BindingKind.PARAMETER, name


def test_shadowing_and_global_references():
    model, root = model_of("const process = 1; function f(setInterval) { setInterval(); } setTimeout(); process;")
    calls = nodes(root, "identifier", "setInterval")
    assert model.binding_of(calls[-1]).kind is BindingKind.PARAMETER
    assert model.is_global(nodes(root, "identifier", "setTimeout")[0], "setTimeout")
    assert not model.is_global(nodes(root, "identifier", "process")[-1], "process")


def test_imports_and_require_record_their_module():
    model, root = model_of(
        "import d, { a as b } from 'm'; import * as ns from 'n'; const { x: y } = require('r'); const z = require('q').w;"
    )
    binding = {n: model.binding_of(nodes(root, "identifier", n)[0]) for n in ("d", "b", "ns", "y", "z")}
    assert (binding["d"].source_module, binding["d"].imported_name) == ("m", "default")
    assert (binding["b"].source_module, binding["b"].imported_name) == ("m", "a")
    assert (binding["ns"].source_module, binding["ns"].imported_name) == ("n", "*")
    assert (binding["y"].source_module, binding["y"].imported_name) == ("r", "x")
    assert binding["z"].source_module == "q"


def test_catch_and_for_heads_make_scopes():
    model, root = model_of("try {} catch (err) { err; } for (const item of xs) { item; } for (let i = 0; i < 1; i++) { i; }")
    assert model.binding_of(nodes(root, "identifier", "err")[-1]).kind is BindingKind.CATCH
    assert model.binding_of(nodes(root, "identifier", "item")[-1]).scope.kind is ScopeKind.FOR
    assert model.binding_of(nodes(root, "identifier", "i")[-1]).scope.kind is ScopeKind.FOR


def test_class_names_and_typescript_parameter_properties():
    model, root = model_of("class A { constructor(private readonly bus: Bus, plain: number) {} } new A();", "x.ts")
    assert model.binding_of(nodes(root, "identifier", "A")[-1]).kind is BindingKind.CLASS
    bus = model.binding_of(nodes(root, "identifier", "bus")[0])
    plain = model.binding_of(nodes(root, "identifier", "plain")[0])
    assert bus.is_parameter_property and not plain.is_parameter_property


def test_assignments_are_writes():
    model, root = model_of("let n = 0; n = 1; n += 2; n++; ({ n } = o); use(n);")
    binding = model.binding_of(nodes(root, "identifier", "n")[0])
    assert len(binding.writes) == 4
    assert len(binding.references) == 5


def test_deep_nesting_needs_no_recursion():
    depth = 5000
    model, root = model_of("const v = " + "(" * depth + "1" + ")" * depth + "; v;")
    assert model.binding_of(nodes(root, "identifier", "v")[-1]) is not None


def test_receiver_keys_match_the_same_object():
    model, root = model_of(
        "const s = {}; class A { m() { const self = this; this.t; self.t; s.a.b; s['a'].b; s[k].b; s[j].b; } }"
    )
    keys = {n.text.decode(): key_of(n, model) for n in walk(root) if n.type in ("member_expression", "subscript_expression")}
    assert keys["this.t"] == keys["self.t"]
    assert keys["s.a.b"] == keys["s['a'].b"]
    assert keys["s[k].b"] == keys["s[j].b"] != keys["s.a.b"]


def test_keys_of_this_differ_between_classes():
    model, root = model_of("class A { m() { this.t; } } class B { m() { this.t; } }")
    first, second = [key_of(n, model) for n in nodes(root, "member_expression")]
    assert first != second


def test_a_typescript_parameter_property_is_its_field():
    model, root = model_of("class A { constructor(private bus: Bus, plain: Bus) { bus.on('x', f); this.bus.off('x', f); plain.on('x', f); this.plain.on('x', f); } }", "x.ts")
    keys = {n.text.decode(): key_of(n, model) for n in walk(root) if n.type in ("identifier", "member_expression")
            and n.text.decode() in ("bus", "this.bus", "plain", "this.plain") and n.parent.type == "member_expression"
            and n.parent.child_by_field_name("object") == n}
    assert keys["bus"] == keys["this.bus"]
    assert keys["plain"] != keys["this.plain"]  # a plain parameter is not stored anywhere by itself


def _runs(code: str, marker: str = "mark", name: str = "x.js"):
    source = parse(name, code)
    call = next(n for n in walk(source.root) if n.type == "call_expression" and n.text.decode().startswith(marker))
    return run_context(call)


def test_module_top_level_runs_once():
    assert _runs("mark();").how is RunsHow.ONCE
    assert _runs("for (const x of xs) { mark(); }").how is RunsHow.ONCE
    assert _runs("(function () { mark(); })();").how is RunsHow.ONCE
    assert _runs("[1, 2].forEach(() => mark());").how is RunsHow.ONCE


def test_handlers_and_callbacks_repeat():
    cases = {
        "server.on('connection', (s) => { mark(); });": "'connection' handler",
        "app.get('/x', (req, res) => { mark(); });": "GET route handler",
        "http.createServer((req, res) => { mark(); });": "request handler",
        "setInterval(() => { mark(); }, 5);": "interval callback",
        "useEffect(() => { mark(); }, []);": "React effect",
        "server.route({ method: 'GET', handler: () => { mark(); } });": "route handler",
    }
    for code, phrase in cases.items():
        context = _runs(code)
        assert context.how is RunsHow.REPEATED, code
        assert phrase in context.where, (code, context.where)
        assert context.registration is not None


def test_nest_controller_methods_repeat():
    code = "class C { @Get(':id') find() { mark(); } plain() { mark(); } }"
    assert _runs(code, name="x.ts").how is RunsHow.REPEATED


def test_angular_host_listener_methods_repeat_per_event():
    context = _runs("class D { @HostListener('pointerdown', ['$event']) down(e) { mark(); } }", name="x.ts")
    assert context.how is RunsHow.REPEATED and "@HostListener('pointerdown')" in context.where
    assert _runs("class D { @Input() set value(v) { mark(); } }", name="x.ts").how is not RunsHow.REPEATED


def test_plain_functions_maybe_and_loops_inside_them_repeat():
    assert _runs("function f() { mark(); }").how is RunsHow.MAYBE
    assert _runs("class A { constructor() { mark(); } }").how is RunsHow.MAYBE
    assert _runs("function f(xs) { for (const x of xs) mark(); }").how is RunsHow.REPEATED
    assert "function `f`" in _runs("function f() { mark(); }").where


def test_scope_of_finds_the_innermost_enclosing_scope():
    model, root = model_of("function f() { if (x) { let y = 1; mark(y); } } class C { m() { mark(); } }")
    first, second = nodes(root, "call_expression")[:2]
    assert model.scope_of(first).kind is ScopeKind.BLOCK
    assert model.scope_of(second).kind is ScopeKind.FUNCTION
    function = nodes(root, "function_declaration")[0]
    assert model.scope_of(function).kind is ScopeKind.MODULE  # a function sits in its outer scope


def test_functions_inside_large_literals_are_still_scopes():
    """The builder passes over big literal tables unopened; not when a function hides inside."""
    filler = ", ".join(f'"k{i}": "v{i}"' for i in range(60))
    for member in ("m(p) { return p; }", "m: function (p) { return p; }", "m: (p) => p", "m(p): T { return p; }"):
        model, root = model_of(f"const table = {{ {filler}, {member} }};\n", "x.ts")
        use = nodes(root, "identifier", "p")[-1]
        assert model.binding_of(use).kind is BindingKind.PARAMETER, member


def test_names_are_resolved_only_where_asked():
    """Function bodies are read on demand: a question about one function reads only its units."""
    model, root = model_of("const a = 1;\nfunction f() { let b = a; return b; }\nfunction g() { let c = 2; return c; }\n")
    use = nodes(root, "identifier", "b")[-1]
    assert model.binding_of(use).kind is BindingKind.LET
    g_local = nodes(root, "identifier", "c")[0]
    assert g_local.id not in model._declared  # g was never read
    assert model.binding_of(nodes(root, "identifier", "c")[-1]).kind is BindingKind.LET


def test_this_in_a_method_of_a_named_object_literal_is_that_object_unless_it_is_lent_out():
    code = "const presence = { rooms: new Map(), join(id) { this.rooms.set(id, 1) } };\npresence.join('a');\n"
    model, root = model_of(code)
    spelled = next(n for n in walk(root) if n.type == "member_expression" and n.text == b"this.rooms")
    assert key_of(spelled, model).root.startswith("presence@")
    mixin, mixin_root = model_of(code + "Object.assign(target, presence);\n")
    spelled = next(n for n in walk(mixin_root) if n.type == "member_expression" and n.text == b"this.rooms")
    assert key_of(spelled, mixin).root.startswith("this@")


def test_a_binding_of_a_top_level_if_branch_is_module_level_but_not_one_of_a_loop_try_or_function():
    model, root = model_of("""if (primary) { const pending = new Map(); serve(() => pending) } else { const other = 1; use(other) }
try { const script = new Set(); use(script) } catch (e) {}
for (const item of items) { const each = [item]; use(each) }
function f() { if (x) { const inner = 1; use(inner) } }""")
    module_level = {name: model.binding_of(nodes(root, "identifier", name)[-1]).is_module_level
                    for name in ("pending", "other", "script", "each", "inner")}
    assert module_level == {"pending": True, "other": True, "script": False, "each": False, "inner": False}


def test_calls_within_finds_a_nodes_calls_by_their_spelling():
    from leaklint.semantic.search import calls_within

    source = parse("t.js", "function f() {\n  setTimeout(a, 1);\n  const g = () => setTimeout(b, 2);\n  // setTimeout(c)\n  x.setTimeout(d);\n}\nsetTimeout(e, 3);\n")
    fn = source.root.named_children[0]
    body = fn.child_by_field_name("body")
    every = calls_within(body, ("setTimeout",))
    assert [c.text for c in every] == [b"setTimeout(a, 1)", b"setTimeout(b, 2)", b"x.setTimeout(d)"]
    assert [c.text for c in calls_within(body, ("setTimeout",), own=fn)] == [b"setTimeout(a, 1)", b"x.setTimeout(d)"]


def test_a_private_method_call_goes_by_the_plain_name_methods_of_lists():
    from leaklint.semantic.nodes import callee_name
    from leaklint.semantic.owners import methods_of

    _, root = model_of("class A { #fail() {} close() { this.#fail(); this.open(); } open() {} }")
    calls = [callee_name(n) for n in nodes(root, "call_expression")]
    assert calls == ["fail", "open"]
    assert set(methods_of(nodes(root, "class_declaration")[0], root)) >= {"fail", "close", "open"}


def test_names_that_say_one_request_are_not_long_lived_unless_they_end_in_a_role():
    from leaklint.semantic.owners import per_request_name

    assert per_request_name("RequestTimeline") and per_request_name("ResponseRecorder") and per_request_name("PerConnectionState")
    assert not per_request_name("RequestQueue") and not per_request_name("ResponseCache")
    assert not per_request_name("Requester") and not per_request_name("TimelineStore")
