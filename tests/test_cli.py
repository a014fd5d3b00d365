"""The command line as users meet it: exit codes, formats, options, bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_leaklint

LEAKY = "process.on('message', (s) => {\n  setInterval(() => s.ping(), 1000);\n});\n"
CLEAN = "function start(s) {\n  const t = setInterval(() => s.ping(), 1000);\n  s.on('close', () => clearInterval(t));\n}\n"


def test_corpus_exits_1_and_reports_findings():
    result = run_leaklint("corpus")
    assert result.returncode == 1
    assert "uncleared-interval" in result.stdout
    assert "Found " in result.stdout.splitlines()[-1]


def test_clean_file_exits_0(write, tmp_path):
    write("ok.js", CLEAN)
    result = run_leaklint(str(tmp_path))
    assert result.returncode == 0, result.stdout
    assert "No leaks found in 1 file." in result.stdout


def test_text_format_line_frame_and_summary(write, tmp_path):
    write("leak.js", LEAKY)
    result = run_leaklint("leak.js", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("leak.js:2:3: uncleared-interval setInterval() inside the 'message' handler")
    assert lines[1].strip().startswith("2 |")
    assert "^" in lines[2]
    assert lines[-1] == "Found 1 finding (1 warning) in 1 file."
    assert "\x1b[" not in result.stdout  # no colour when not a terminal


def test_quiet_prints_only_findings(write, tmp_path):
    write("leak.js", LEAKY)
    result = run_leaklint("-q", "leak.js", cwd=tmp_path)
    assert result.stdout.splitlines() == [result.stdout.splitlines()[0]]


def test_exit_zero(write, tmp_path):
    write("leak.js", LEAKY)
    assert run_leaklint("--exit-zero", str(tmp_path)).returncode == 0


def test_check_subcommand_is_the_default(write, tmp_path):
    write("leak.js", LEAKY)
    assert run_leaklint("check", str(tmp_path)).returncode == 1
    assert run_leaklint(cwd=tmp_path).returncode == 1  # no path: the current folder


def test_json_format_schema(write, tmp_path):
    write("leak.js", LEAKY)
    result = run_leaklint("--format", "json", "leak.js", cwd=tmp_path)
    document = json.loads(result.stdout)
    assert document["schema_version"] == 1
    assert set(document) == {"schema_version", "tool", "findings", "notifications", "summary"}
    finding = document["findings"][0]
    assert set(finding) == {
        "rule_id", "severity", "message", "location", "related", "code_flow", "fingerprint", "suppressed",
        "suppression_reason", "baseline_state",
    }
    assert finding["location"] == {"path": "leak.js", "start_line": 2, "start_column": 3, "end_line": 2, "end_column": 36}
    assert document["summary"]["findings"] == 1 and document["summary"]["exit_code"] == 1


def test_github_format(write, tmp_path):
    write("leak.js", LEAKY)
    result = run_leaklint("--format", "github", "leak.js", cwd=tmp_path)
    line = result.stdout.strip()
    assert line.startswith("::warning file=leak.js,line=2,col=3,endLine=2,endColumn=36,title=leaklint uncleared-interval::")


def test_select_and_ignore(write, tmp_path):
    write("leak.js", LEAKY)
    assert run_leaklint("--ignore", "uncleared-interval", str(tmp_path)).returncode == 0
    assert run_leaklint("--select", "uncleared-interval", str(tmp_path)).returncode == 1


def test_unknown_rule_is_a_usage_error(tmp_path):
    result = run_leaklint("--select", "no-such-rule", str(tmp_path))
    assert result.returncode == 2
    assert "unknown rule id 'no-such-rule'" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_option_is_a_usage_error():
    result = run_leaklint("--format", "xml", ".")
    assert result.returncode == 2


def test_output_file_is_written_atomically(write, tmp_path):
    write("src/leak.js", LEAKY)
    out = tmp_path / "report.json"
    out.write_text("old")
    result = run_leaklint("--format", "json", "-o", str(out), "src", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert json.loads(out.read_text())["summary"]["findings"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_output_into_missing_folder_is_an_error(write, tmp_path):
    write("leak.js", LEAKY)
    result = run_leaklint("-o", str(tmp_path / "missing" / "x.sarif"), "--format", "sarif", str(tmp_path))
    assert result.returncode == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_jobs_give_the_same_findings(write, tmp_path):
    for i in range(12):
        write(f"f{i}.js", LEAKY if i % 2 else CLEAN)
    one = run_leaklint("--format", "json", "--jobs", "1", str(tmp_path))
    two = run_leaklint("--format", "json", "--jobs", "2", str(tmp_path))
    assert json.loads(one.stdout)["findings"] == json.loads(two.stdout)["findings"]
    assert len(json.loads(one.stdout)["findings"]) == 6


def test_version_rules_and_explain():
    version = run_leaklint("--version")
    assert version.returncode == 0 and version.stdout.startswith("leaklint ")
    listed = run_leaklint("rules")
    assert listed.returncode == 0 and "uncleared-interval" in listed.stdout
    explained = run_leaklint("explain", "uncleared-interval")
    assert explained.returncode == 0
    assert "## Why it leaks" in explained.stdout and "clearInterval" in explained.stdout
    unknown = run_leaklint("explain", "nope")
    assert unknown.returncode == 2 and "unknown rule id" in unknown.stderr


def test_bad_input_folder_gives_notifications_not_tracebacks(write, tmp_path):
    write("binary.js", b"\x7fELF\x00\x00\x01\x02" * 64)
    write("broken.js", "function f( {\n  const x = ;\n}\nfunction g(s) {\n  setInterval(() => s.ping(), 1);\n}\n")
    write("latin1.js", "// caf\xe9\nfunction h(s) { setInterval(() => s.ping(), 1); }\n".encode("latin-1"))
    write("bom.ts", "\ufeffexport const x: number = 1;\r\n".encode("utf-8"))
    result = run_leaklint("--format", "json", str(tmp_path))
    assert "Traceback" not in result.stderr
    document = json.loads(result.stdout)
    kinds = {(Path(n["path"]).name, n["kind"]) for n in document["notifications"]}
    assert ("binary.js", "skipped") in kinds
    assert ("broken.js", "syntax-error") in kinds
    assert ("latin1.js", "decoding") in kinds
    assert result.returncode == 1  # findings, and every file could be read
    flagged = {Path(f["location"]["path"]).name for f in document["findings"]}
    assert {"broken.js", "latin1.js"} <= flagged  # the rest of a broken file is still analysed


def test_unreadable_file_exits_2(write, tmp_path):
    write("leak.js", LEAKY)
    if os.geteuid() == 0:
        pytest.skip("root can read any file, so an unreadable one cannot be built")
    locked = write("locked.js", CLEAN)
    locked.chmod(0)
    result = run_leaklint(str(tmp_path))
    assert result.returncode == 2
    assert "cannot read file" in result.stderr
    assert "leak.js:2:3: uncleared-interval" in result.stdout  # other files' findings are kept
    assert "Traceback" not in result.stderr


def test_missing_path_exits_2(tmp_path):
    result = run_leaklint(str(tmp_path / "nope"))
    assert result.returncode == 2 and "cannot read path" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_named_js_is_never_opened(write, tmp_path):
    write("leak.js", LEAKY)
    os.mkfifo(tmp_path / "pipe.js")
    result = run_leaklint(str(tmp_path))
    assert result.returncode == 1


def test_text_output_shows_the_code_flow_of_a_capture(write):
    path = write(
        "app.js",
        "const app = require('express')();\nconst later = [];\napp.get('/', (req, res) => {\n  later.push(() => req.query.q);\n  res.end();\n});\n",
    )
    result = run_leaklint("--select", "request-capture", str(path))
    assert result.returncode == 1
    assert "closure in the GET route handler captures `req`" in result.stdout
    assert "it only reads `req.query.q`" in result.stdout
    arrows = [line for line in result.stdout.splitlines() if line.strip().startswith("->")]
    assert len(arrows) == 3 and ":3:" in arrows[0] and ":4:" in arrows[1]


def test_a_file_that_cannot_be_read_makes_the_exit_code_2():
    """The same rule without needing an unreadable file (which root cannot make)."""
    from leaklint.cli import _exit_code
    from leaklint.findings import FileResult, Notification, NoticeKind, RunResult, Severity

    unreadable = FileResult("x.js", notifications=(Notification("x.js", NoticeKind.UNREADABLE, "cannot read file", Severity.ERROR),))
    skipped = FileResult("y.js", notifications=(Notification("y.js", NoticeKind.SKIPPED, "skipped", Severity.NOTE),))
    assert _exit_code(RunResult([unreadable, skipped]), exit_zero=True) == 2
    assert _exit_code(RunResult([skipped]), exit_zero=False) == 0


def test_a_leak_through_a_helper_stands_at_the_call_and_shows_the_steps(write, tmp_path):
    """The finding is where the code repeats; the text output leads into the helper."""
    write("poll.js", "function start(s) {\n  setInterval(() => s.ping(), 1000);\n}\nprocess.on('message', (s) => start(s));\n")
    result = run_leaklint("poll.js", cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("poll.js:4:30: uncleared-interval setInterval() inside function `start`, called inside the 'message' handler")
    steps = [line.strip() for line in lines if line.strip().startswith("->")]
    assert steps == ["-> poll.js:4:30: `start` is called here", "-> poll.js:2:3: setInterval() starts it here"]
