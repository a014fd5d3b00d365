"""Fingerprints identify a finding by what the code says, not by where it is."""

from __future__ import annotations

from leaklint.engine import analyse_source, build_detectors
from leaklint.parse import parse
from leaklint.rules import load_rules

CODE = """
function start(socket) {
  setInterval(() => socket.ping(), 1000);
}
function other(socket) {
  setInterval(() => socket.ping(), 1000);
}
"""


def fingerprints(code: str) -> list[str]:
    findings = analyse_source(parse("app.js", code), build_detectors(load_rules()))
    return [f.fingerprint for f in findings]


def test_fingerprint_survives_lines_added_above():
    before = fingerprints(CODE)
    after = fingerprints("// a comment\nconst x = 1;\n\n" * 10 + CODE)
    assert len(before) == 2 and before == after


def test_identical_code_in_different_functions_differs():
    first, second = fingerprints(CODE)
    assert first != second


def test_repeated_identical_lines_get_distinct_fingerprints():
    code = "function f(s) {\n  setInterval(() => s.ping(), 1);\n  setInterval(() => s.ping(), 1);\n}\n"
    prints = fingerprints(code)
    assert len(prints) == 2 and len(set(prints)) == 2


def test_fingerprint_changes_when_the_flagged_line_changes():
    assert fingerprints(CODE)[0] != fingerprints(CODE.replace("1000", "2000", 1))[0]


CHAIN = """
import http from 'http';
import { interval } from 'rxjs';
import { map } from 'rxjs/operators';
http.createServer((req, res) => {
  interval(1000)
    .pipe(map((n) => n * 2))
    .subscribe((n) => res.write(String(n)));
}).listen(80);
"""


def test_the_last_call_of_a_chain_over_several_lines_is_shown_from_its_method_name():
    [finding] = analyse_source(parse("app.js", CHAIN), build_detectors(load_rules()))
    assert finding.location.start_line == 8 and finding.snippet.strip().startswith(".subscribe(")
