"""Containers, key provenance, export names and the cross-file join behind unbounded-collection."""

from __future__ import annotations

import json

import pytest

from conftest import run_leaklint
from leaklint.findings import FileResult, Finding, ImportedUse, Location, ReExport, Severity
from leaklint.parse import parse
from leaklint.project import join, resolve
from leaklint.semantic import SemanticModel, run_context
from leaklint.semantic.containers import find_containers
from leaklint.semantic.exports import binding_exports, reexports
from leaklint.semantic.nodes import walk
from leaklint.semantic.provenance import is_bounded_key, request_source


def model_of(code: str, name: str = "x.ts") -> SemanticModel:
    source = parse(name, code)
    return SemanticModel(source.root, source.language)


def test_only_long_lived_containers_are_found():
    model = model_of(
        """
        const cache = new Map();
        const weak = new WeakMap();
        const config = { retries: 3 };
        const state = { sessions: new Set(), nested: { queue: [] } };
        function local() { const inner = new Map(); return inner; }
        class Plain { items = []; static registry = new Map(); constructor() { this.byId = new Map(); } }
        class Single { constructor() { this.table = {}; } }
        const single = new Single();
        exports.received = [];
        """
    )
    names = {c.name: c.where for c in find_containers(model)}
    assert names == {
        "cache": "module-level",
        "weak": "module-level",  # a container only when written with brackets
        "state.sessions": "singleton",
        "state.nested.queue": "singleton",
        "Plain.registry": "static",
        "single.table": "instance",
        "exports.received": "module-level",
    }


def test_a_class_instantiated_twice_is_not_a_singleton_and_an_exported_ones_instance_is_shared():
    twice = model_of("class A { m = new Map() }\nconst a = new A();\nconst b = new A();")
    exported = model_of("export class A { m = new Map() }\nconst a = new A();")
    assert find_containers(twice) == []
    # The module's own instance of an exported class is read as a singleton whose class others
    # may instantiate too (only growth proven to repeat through it counts)...
    assert [(c.name, c.where, c.shared_class) for c in find_containers(exported, instances=False, closures=False)] == [("a.m", "instance", True)]
    # ...and the class stays a long-lived owner: its fields are also judged per call of its methods.
    assert sorted((c.name, c.where) for c in find_containers(exported)) == [("a.m", "instance"), ("this.m", "owner")]


def test_owners_beyond_the_module_are_exported_or_role_named_classes_and_closures_that_leave_their_function():
    model = model_of(
        """
        class RpcClient { constructor() { this.pending = {}; } }
        class Helper { constructor() { this.list = []; } }
        function Pool() { this.waiting = []; }
        Pool.prototype.acquire = function () { this.timers = this.timers || []; };
        function memoize(fn) { const cache = new Map(); return (k) => cache.set(k, fn(k)); }
        function reader() { const table = new Map(); return (k) => table.get(k); }
        function local() { const seen = new Set(); seen.add(1); return seen.size; }
        """
    )
    found = {(c.name, c.where) for c in find_containers(model)}
    assert found == {("this.pending", "owner"), ("this.waiting", "owner"), ("this.timers", "owner"), ("cache", "closure")}


def test_export_chains_cover_every_way_to_import():
    model = model_of("export const a = new Map();\nconst b = [];\nmodule.exports = { b };\nconst c = {};\nexport { c as d };")
    chains = {name: binding_exports(model.module_scope.bindings[name], model) for name in "abc"}
    assert chains["a"] == {("*", "a"), ("a",)}
    assert chains["b"] == {("*", "b"), ("default", "b"), ("b",)}
    assert chains["c"] == {("*", "d"), ("d",)}


def test_reexports_map_names_to_their_module():
    root = parse("i.ts", "export { a as b } from './a';\nexport * from './c';\nmodule.exports = require('./d');").root
    assert ((("b",), "./a", ("a",))) in reexports(root)
    assert (((), "./c", ())) in reexports(root)
    assert ((("*",), "./d", ("*",))) in reexports(root)


def test_a_spread_of_a_required_module_passes_on_every_name():
    root = parse("index.js", "module.exports = {\n  ...require('./a'),\n  ...require('./b').helpers,\n  version: 2,\n};").root
    assert reexports(root) == [((), "./a", ())]  # `.helpers` is a part of './b', not its names


@pytest.mark.parametrize(("code", "expected"), [
    ("const { a } = require('./a');\nmodule.exports = { a, b: a, c: 1 };", {("a",), ("b",)}),
    ("const m = require('./m');\nexports.run = m;", {("run",)}),
    ("import { a } from './a';\nimport pkg from 'pkg';\nexport { a as b, pkg };", {("b",)}),
    ("const { a } = require('a-package');\nmodule.exports = { a };", set()),  # not one of the project's modules
    ("function a() {}\nmodule.exports = { a };", set()),  # its own function: summarised where it is declared
])
def test_imported_names_exported_again_are_reexports(code, expected):
    """An index file that passes another module's names on (`module.exports = { a }`)."""
    root = parse("index.js", code).root
    assert {ours for ours, _, _ in reexports(root) if len(ours) == 1} == expected


@pytest.mark.parametrize(("code", "expected"), [
    ("import { Feed } from './feed';\nexport const market = new Feed();", {(("market",), ("Feed", "shared"))}),
    ("const { Stats } = require('./stats');\nconst stats = new Stats();\nmodule.exports = stats;",
     {(("*",), ("Stats", "shared")), (("default",), ("Stats", "shared"))}),
    ("import Feed from './feed';\nexport default new Feed();", {(("*",), ("default", "shared")), (("default",), ("default", "shared"))}),
    ("import { Feed } from 'feed-lib';\nexport const market = new Feed();", set()),  # a package's class: not summarised here
    ("import { Feed } from './feed';\nexport function make() { return new Feed(); }", set()),  # one per call, not one the module keeps
])
def test_a_module_level_instance_of_an_imported_class_is_that_class_shared_instance(code, expected):
    found = {(ours, theirs) for ours, _, theirs in reexports(parse("m.ts", code).root)}
    assert {pair for pair in found if pair[0] in {("market",), ("*",), ("default",)}} == expected


@pytest.mark.parametrize(
    ("code", "marker", "bounded"),
    [
        ("const m = new Map(); function f(x) { m.set('fixed', x) }", "'fixed'", True),
        ("const m = new Map(); function f(x) { m.set(x ? 'a' : 'b', 1) }", "x ? 'a' : 'b'", True),
        ("const m = new Map(); const K = 'k'; function f() { m.set(K, 1) }", "K", True),
        ("enum E { A } const m = new Map(); function f() { m.set(E.A, 1) }", "E.A", True),
        ("const m = new Map<'a' | 'b', number>(); function f(k) { m.set(k, 1) }", "k", True),
        ("const m = new Map(); function f(k) { m.set(k, 1) }", "k", False),
        ("const m = new Map(); function f(k) { m.set(`${k}`, 1) }", "`${k}`", False),
        ("const m = new Map(); function f(k: 'a' | 'b') { m.set(`x:${k}`, 1) }", "`x:${k}`", True),
        ("enum Tier { A, B } const m = new Map(); function f(t: Tier) { m.set(t, 1) }", "t", True),
        ("const L = ['a', 'b'] as const; type T = (typeof L)[number]; const m = new Map(); function f(k: T) { m.set(k, 1) }", "k", True),
        ("type B = 'x' | 'y'; function g(n: number): B { return n ? 'x' : 'y' } const m = new Map(); function f(n) { m.set(g(n), 1) }", "g(n)", True),
        ("const OK = new Set(['en', 'fr']); const m = new Map(); function f(l) { m.set(OK.has(l) ? l : 'en', 1) }", "OK.has(l) ? l : 'en'", True),
        ("const m = new Map(); function f(k: string) { m.set(k.toUpperCase(), 1) }", "k.toUpperCase()", False),
    ],
)
def test_bounded_keys(code, marker, bounded):
    model = model_of(code)
    container = find_containers(model)[0]
    key = next(n for n in walk(model.root) if n.text == marker.encode() and n.parent.type == "arguments")
    assert is_bounded_key(key, container, model) is bounded


def test_request_source_follows_handler_parameters_and_their_locals():
    code = "app.get('/', (req, res) => { const { id } = req.params; m.set(id, 1); m.set(Date.now(), 2); });"
    model = model_of(code, "x.js")
    calls = [n for n in walk(model.root) if n.type == "call_expression" and n.text.startswith(b"m.set")]
    first, second = (c.child_by_field_name("arguments").named_children[0] for c in calls)
    runs = run_context(calls[0])
    assert request_source(first, runs, model) is not None
    assert request_source(second, runs, model) is None


def test_resolve_tries_extensions_index_files_and_typescript_js_imports():
    known = {"src/a.ts", "src/lib/index.js", "src/b.mjs"}
    assert resolve("src/x.ts", "./a.js", known) == "src/a.ts"
    assert resolve("src/x.ts", "./lib", known) == "src/lib/index.js"
    assert resolve("src/sub/y.js", "../b.mjs", known) == "src/b.mjs"
    assert resolve("src/x.ts", "lodash", known) is None


def _finding(path: str, *chains) -> Finding:
    return Finding("unbounded-collection", Severity.WARNING, "m", Location(path, 1, 1, 1, 2), exported_as=tuple(chains))


def test_join_drops_findings_another_file_releases():
    exporter = FileResult("a.js", (_finding("a.js", ("cache",), ("*", "cache")), _finding("a.js", ("other",))))
    importer = FileResult("b.js", imported_uses=(ImportedUse("./a", ("cache",)),))
    joined = {r.path: r for r in join([exporter, importer])}
    assert [f.exported_as for f in joined["a.js"].findings] == [(("other",),)]


def test_a_field_emptied_by_name_counts_only_in_files_near_in_the_import_graph():
    field = ("#field", "callbacks")
    client = FileResult("lib/client.js", (_finding("lib/client.js", field),), imports=("./handlers/index",))
    index = FileResult("lib/handlers/index.js", imports=("./ack",))
    ack = FileResult("lib/handlers/ack.js", imported_uses=(ImportedUse("#field", ("callbacks",)),))
    unrelated = FileResult("other/worker.js", imported_uses=(ImportedUse("#field", ("callbacks",)),))
    joined = {r.path: r for r in join([client, index, ack])}
    assert joined["lib/client.js"].findings == ()  # two steps away: the handler gets the client
    alone = {r.path: r for r in join([client, index, unrelated])}
    assert len(alone["lib/client.js"].findings) == 1  # the same field name in an unrelated file


def test_join_follows_reexports_and_prefixes():
    exporter = FileResult("lib/a.ts", (_finding("lib/a.ts", ("state", "queue")),))
    index = FileResult("lib/index.ts", reexports=(ReExport(("state",), "./a", ("state",)),))
    importer = FileResult("main.ts", imported_uses=(ImportedUse("./lib", ("state",)),))
    joined = {r.path: r for r in join([exporter, index, importer])}
    assert joined["lib/a.ts"].findings == ()


def test_join_keeps_findings_when_the_releasing_file_is_not_analysed():
    exporter = FileResult("a.js", (_finding("a.js", ("cache",)),))
    importer = FileResult("b.js", imported_uses=(ImportedUse("./elsewhere", ("cache",)),))
    assert join([exporter, importer])[0].findings == exporter.findings


CACHE = "import http from 'node:http';\nexport const pages = new Map();\nhttp.createServer((req, res) => { pages.set(req.url, 1); res.end(); });\n"
RESET = "import { pages } from './cache.mjs';\nprocess.on('SIGHUP', () => pages.clear());\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cross_file_clear_silences_the_exporter_in_and_out_of_the_pool(write, tmp_path, jobs):
    write("cache.mjs", CACHE)
    write("reset.mjs", RESET)
    for i in range(8):  # enough files for the process pool
        write(f"other{i}.js", "module.exports = 1;\n")
    together = run_leaklint("--format", "json", "--jobs", jobs, str(tmp_path))
    alone = run_leaklint("--format", "json", str(tmp_path / "cache.mjs"))
    assert together.returncode == 0, together.stdout
    assert [f["rule_id"] for f in json.loads(alone.stdout)["findings"]] == ["unbounded-collection"]


def _facts(code: str, name: str = "b.ts") -> set[ImportedUse]:
    from leaklint.context import FileContext
    from leaklint.engine import build_detectors
    from leaklint.rules import load_rules

    (detector,) = build_detectors([r for r in load_rules() if r.id == "unbounded-collection"])
    return set(detector.facts(FileContext(parse(name, code))))


def test_facts_record_shrinks_and_hand_offs_of_imported_values_not_calls():
    code = "import { cache, log, queue } from './a';\nlog('x');\ncache.helper.format(1);\ncache.delete(k);\nkeep(queue.items);\n"
    assert _facts(code) == {ImportedUse("./a", ("cache",)), ImportedUse("./a", ("queue", "items"))}


def test_type_only_imports_leave_no_facts():
    """A type has no value at run time: a same-named local is not the import."""
    code = "import type { cache } from './a';\nimport { type queue } from './b';\nfunction f(cache: C, queue: Q) { cache.clear(); keep(queue); }\n"
    assert _facts(code) == set()


@pytest.mark.parametrize(
    ("key", "fresh"),
    [
        ("crypto.randomBytes(16).toString('hex')", True),
        ("Math.random().toString(36).slice(2)", True),
        ("name.toString().trim()", False),
        ("String(id).padStart(8, '0')", False),
    ],
)
def test_a_fresh_value_spelled_differently_stays_fresh(key, fresh):
    from leaklint.semantic.provenance import fresh_key

    model = model_of(f"const m = new Map(); function f(name, id) {{ m.set({key}, 1) }}")
    node = next(n for n in walk(model.root) if n.type == "call_expression" and n.text.startswith(b"m.set(")).child_by_field_name("arguments").named_children[0]
    assert (fresh_key(node, model) is not None) is fresh


def test_a_singletons_removal_method_waits_for_importers_unless_it_also_grows_or_is_called_here():
    from leaklint.context import FileContext
    from leaklint.semantic.exports import exported_method_only

    code = """class Table {
  constructor() { this.rows = new Map() }
  add(id, row) { this.rows.set(id, row) }
  drop(id) { this.rows.delete(id) }
}
module.exports = new Table();
"""
    def chains(source):
        ctx = FileContext(parse("t.js", source))
        delete = next(n for n in walk(ctx.source.root) if n.type == "call_expression" and n.text.startswith(b"this.rows.delete"))
        return exported_method_only(delete, ctx.calls_named, ctx.model)

    assert chains(code) == {("*", "drop"), ("default", "drop")}
    assert chains(code + "setInterval(() => module.exports.drop('x'), 1000);\n") == set()  # called in this file
    assert chains(code.replace("module.exports = new Table();", "const table = new Table();")) == set()  # not exported


def test_an_imported_container_handed_to_an_imported_class_is_asked_at_the_join_even_without_an_index(tmp_path):
    """With no helper index (one file, judged alone) every imported name may be a container:
    one handed to `new Cache(key, list)` of an imported class becomes a pending report, never an error."""
    from leaklint.engine import analyse_file, build_detectors
    from leaklint.rules import load_rules

    path = tmp_path / "storage.js"
    path.write_text(
        "const { token } = require('./symbols')\n"
        "const { Cache } = require('./cache')\n"
        "const app = require('express')()\n"
        "app.get('/', (req, res) => { const cache = new Cache(token); cache.add(req.body); res.json(cache) })\n"
    )
    result = analyse_file(str(path), build_detectors(load_rules()))
    assert result.notifications == ()
    assert [(f.needs.specifier, f.needs.container) for f in result.pending if f.rule_id == "unbounded-collection" and f.needs.container] == [("./cache", ("./symbols", ("token",)))]


def test_growth_inside_a_helper_of_the_file_leads_from_the_call_in_the_repeating_code(tmp_path):
    """One finding per cause, at the container, whose code flow starts where the handler calls
    the helper and ends where the helper adds the entry."""
    (tmp_path / "chat.js").write_text(
        "const delivered = new Map()\n"
        "function markDelivered(id, at) {\n"
        "  delivered.set(id, at)\n"
        "}\n"
        "module.exports = function attach(io) {\n"
        "  io.on('connection', (socket) => {\n"
        "    socket.on('chat:send', (msg) => {\n"
        "      markDelivered(msg.id, Date.now())\n"
        "    })\n"
        "  })\n"
        "}\n"
    )
    result = run_leaklint("check", "--format", "json", "--no-cache", str(tmp_path))
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["rule_id"] == "unbounded-collection"]
    assert finding["location"]["start_line"] == 1
    assert [step["start_line"] for step in finding["code_flow"]] == [8, 3]
