"""Request-like parameters (semantic.requests): handlers, typed parameters, opt-in names."""

from __future__ import annotations

from leaklint.parse import parse
from leaklint.semantic import SemanticModel
from leaklint.semantic.requests import request_params

from conftest import run_leaklint

TYPES = frozenset({"Request", "IncomingMessage"})


def params(code: str, name: str = "x.js", names: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    source = parse(name, code)
    return [(p.binding.name, p.described) for p in request_params(SemanticModel(source.root, source.language), TYPES, names)]


def test_route_handler_parameters_but_not_next():
    found = params("const app = require('express')(); app.get('/', (req, res, next) => {});")
    assert [name for name, _ in found] == ["req", "res"]


def test_a_name_alone_is_not_evidence():
    assert params("function work(req) { queue.push(() => req); }") == []


def test_request_names_opt_in_counts_in_any_function():
    found = params("function work(job, other) { queue.push(() => job); }", names=frozenset({"job"}))
    assert found == [("job", "a function taking `job`")]


def test_typed_parameter_does_not_make_its_neighbours_request_like():
    found = params("import { Request } from 'express';\nfunction f(req: Request, count: number) {}", "x.ts")
    assert found == [("req", "a function taking `req: Request`")]


def test_request_names_from_config_reach_the_rule(write, tmp_path):
    code = "const later = [];\nfunction work(job) {\n  later.push(() => job.id);\n}\nmodule.exports = work;\n"
    write("src/work.js", code)
    assert run_leaklint("--select", "request-capture", str(tmp_path / "src")).returncode == 0
    write("leaklint.toml", 'request-names = ["job"]\n')
    result = run_leaklint("--select", "request-capture", "src", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "captures `job`" in result.stdout
