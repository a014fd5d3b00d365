"""Unit tests of semantic.missed_paths: which way out of a function misses the release of a
handle it starts, read from try/catch/finally, awaits and end listeners."""

from __future__ import annotations

from leaklint.parse import parse
from leaklint.semantic.missed_paths import missed_path, restarted_only
from leaklint.semantic.nodes import callee_name, walk


def calls(code: str, name: str = "x.js") -> tuple[object, list]:
    source = parse(name, code)
    found = [n for n in walk(source.root) if n.type == "call_expression"]
    start = next(n for n in found if callee_name(n) in ("setTimeout", "setInterval"))
    releases = [n for n in found if callee_name(n) in ("clearTimeout", "clearInterval")]
    return start, releases


def test_a_catch_that_does_not_clear_is_the_missed_path_and_a_finally_or_a_clear_in_it_is_not():
    leaky = """async function f() {
  try { const t = setTimeout(g, 5000); await work(); clearTimeout(t) } catch (e) { log(e) }
}"""
    miss = missed_path(*calls(leaky))
    assert miss is not None and miss.node.type == "catch_clause" and "line 2" in miss.path
    for clean in (
        "async function f() { try { const t = setTimeout(g, 5000); await work(); clearTimeout(t) } catch (e) { clearTimeout(t) } }",
        "async function f() { let t; try { t = setTimeout(g, 5000); await work() } catch (e) { log(e) } finally { clearTimeout(t) } }",
        "async function f() { let t; try { t = setTimeout(g, 5000); await work() } catch (e) { log(e) } clearTimeout(t) }",
        "function f() { let t; const done = () => clearTimeout(t); try { t = setTimeout(g, 5000); go() } catch (e) { done() } }",
        "function f() { let t; try { go(); t = setTimeout(g, 5000) } catch (e) { log(e) } onEnd(() => clearTimeout(t)) }",
    ):
        assert missed_path(*calls(clean)) is None, clean


def test_a_clear_after_an_await_with_no_try_misses_the_exception():
    miss = missed_path(*calls("async function f() { const t = setTimeout(g, 5000); await work(); clearTimeout(t) }"))
    assert miss is not None and miss.node.type == "await_expression"
    assert missed_path(*calls("async function f() { const t = setTimeout(g, 5000); work(); clearTimeout(t) }")) is None


def test_an_interval_cleared_only_in_its_own_callback_misses_the_close_listener_that_does_not_clear_it():
    leaky = """function join(s) {
  s.on('close', () => forget(s));
  const t = setInterval(() => { if (!alive) clearInterval(t) }, 1000);
}"""
    miss = missed_path(*calls(leaky))
    assert miss is not None and "'close'" in miss.path
    clean = leaky.replace("forget(s)", "{ forget(s); clearInterval(t) }")
    assert missed_path(*calls(clean)) is None
    no_end = "function join(s) { const t = setInterval(() => { if (!alive) clearInterval(t) }, 1000) }"
    assert missed_path(*calls(no_end)) is None  # no normal end to miss: nothing to say


def test_a_clear_just_before_the_next_start_is_a_restart_not_a_stop():
    start, releases = calls("function m() { if (this.t) clearInterval(this.t); this.t = setInterval(f, 10) }")
    assert restarted_only(start, releases)
    start, releases = calls("function m() { this.t = setInterval(f, 10) } function stop() { clearInterval(this.t) }")
    assert not restarted_only(start, releases)


def test_an_interval_cleared_only_in_a_failure_listener_misses_the_normal_close():
    leaky = "function join(s) { const t = setInterval(ping, 1000); s.on('error', () => clearInterval(t)) }"
    miss = missed_path(*calls(leaky))
    assert miss is not None and "normal end of `s`" in miss.path and "'error' listener only" in miss.release_path
    assert missed_path(*calls(leaky.replace("'error'", "'close'"))) is None
    # a process-wide failure hook is not the end of one object
    assert missed_path(*calls(leaky.replace("s.on(", "process.on("))) is None
    # a one-shot timer fires anyway: clearing it only on abort is how a sleep ends early
    assert missed_path(*calls("function f(sig) { const t = setTimeout(go, 50); sig.addEventListener('abort', () => clearTimeout(t)) }")) is None


def test_a_timer_cleared_on_one_outcome_misses_the_other_outcome_of_the_same_object():
    leaky = """function dial(s, done) {
  const t = setTimeout(() => s.destroy(), 10000);
  s.once('connect', () => { clearTimeout(t); done(null, s) });
  s.once('error', (e) => done(e));
}"""
    miss = missed_path(*calls(leaky))
    assert miss is not None and "'error' listener at line 4" in miss.path and "'connect' listener only" in miss.release_path
    both = leaky.replace("done(e));", "{ clearTimeout(t); done(e) });")
    assert missed_path(*calls(both)) is None
    other_object = leaky.replace("s.once('error'", "other.once('error'")
    assert missed_path(*calls(other_object)) is None


def test_an_interval_cleared_only_when_the_response_finishes_misses_an_early_close():
    leaky = "function h(req, res) { const t = setInterval(log, 1000); res.on('finish', () => clearInterval(t)) }"
    miss = missed_path(*calls(leaky))
    assert miss is not None and "'close' without 'finish'" in miss.path
    assert missed_path(*calls(leaky.replace("'finish'", "'close'"))) is None
    assert missed_path(*calls(leaky.replace("setInterval", "setTimeout").replace("clearInterval", "clearTimeout"))) is None


def _retry_miss(code: str):
    from leaklint.parse import parse
    from leaklint.semantic.missed_paths import retried_without_release
    from leaklint.semantic.nodes import callee_name, walk

    source = parse("x.js", code)
    calls = [node for node in walk(source.root) if node.type == "call_expression"]
    start = next(c for c in calls if callee_name(c) == "once")
    releases = [c for c in calls if callee_name(c) == "removeListener"]
    return retried_without_release(start, releases)


RETRY = """
const run = () => {
  emitter.once('close', stop);
  out.on('end', () => {
    %s
  });
};
"""


def test_a_removal_on_one_branch_while_the_other_retries_is_a_miss():
    miss = _retry_miss(RETRY % "if (done) { emitter.removeListener('close', stop); } else { run(); }")
    assert miss is not None and "retry" in miss.path


def test_a_removal_before_the_branch_covers_the_retry():
    assert _retry_miss(RETRY % "emitter.removeListener('close', stop); if (done) { finish(); } else { run(); }") is None


def test_a_branch_that_does_not_retry_is_not_this_miss():
    assert _retry_miss(RETRY % "if (done) { emitter.removeListener('close', stop); } else { report(); }") is None


def test_a_clear_on_a_streams_end_misses_the_error_listener_that_does_not_clear_it():
    leaky = """function f(file) {
  const input = fs.createReadStream(file);
  const t = setInterval(report, 1000);
  input.on('end', () => clearInterval(t));
  input.on('error', (e) => log(e));
}"""
    miss = missed_path(*calls(leaky))
    assert miss is not None and "'error' listener" in miss.path and "'end'" in miss.path
    assert missed_path(*calls(leaky.replace("log(e)", "{ log(e); clearInterval(t) }"))) is None
    assert missed_path(*calls(leaky.replace("'end'", "'close'"))) is None  # 'close' follows an error too
    client = leaky.replace("fs.createReadStream(file)", "makeClient(file)").replace("input", "api")
    assert missed_path(*calls(client)) is None  # a client's 'end' is its last event, after failures too
    timer = leaky.replace("setInterval", "setTimeout").replace("clearInterval", "clearTimeout")
    assert missed_path(*calls(timer)) is None  # a one-shot timer fires anyway


def test_an_early_return_before_the_releasing_listener_is_added_is_the_missed_path():
    leaky = """async function f(req, res) {
  const t = setInterval(ping, 1000);
  if (!(await allowed(req))) { res.end(); return; }
  req.on('close', () => clearInterval(t));
}"""
    miss = missed_path(*calls(leaky))
    assert miss is not None and "early `return`" in miss.path
    assert missed_path(*calls(leaky.replace("res.end(); return;", "clearInterval(t); res.end(); return;"))) is None
    armed_first = """async function f(req, res) {
  const t = setInterval(ping, 1000);
  req.on('close', () => clearInterval(t));
  if (!(await allowed(req))) { res.end(); return; }
}"""
    assert missed_path(*calls(armed_first)) is None


def test_a_release_in_then_only_misses_the_rejection_when_the_chain_runs_where_the_start_is():
    leaky = "function f() { const t = setInterval(g, 1000); load().then(() => clearInterval(t)) }"
    miss = missed_path(*calls(leaky))
    assert miss is not None and "rejection" in miss.path
    assert missed_path(*calls(leaky.replace(".then(() => clearInterval(t))", ".finally(() => clearInterval(t))"))) is None
    caught_first = "function f() { const t = setInterval(g, 1000); load(1, 2).catch(log).then(() => clearInterval(t)) }"
    assert missed_path(*calls(caught_first)) is None
    elsewhere = "function f() { this.t = setInterval(g, 1000) } function stop() { shutdown().then(() => clearInterval(this.t)) }"
    assert missed_path(*calls(elsewhere)) is None  # another operation, with failures of its own


def test_an_interval_whose_own_callback_settles_in_a_branch_that_does_not_clear_it_misses_that_branch():
    leaky = """function wait(id) { return new Promise((resolve, reject) => {
  const t = setInterval(() => {
    if (ready(id)) { clearInterval(t); resolve(id); }
    else if (failed(id)) { reject(new Error('x')); }
  }, 100);
}); }"""
    miss = missed_path(*calls(leaky))
    assert miss is not None and "reject(new Error('x'))" in miss.path and "another branch" in miss.release_path
    for clean in (
        leaky.replace("{ reject(new Error('x')); }", "{ clearInterval(t); reject(new Error('x')); }"),
        # a one-shot timer fires once anyway: no branch leaves it running
        leaky.replace("setInterval", "setTimeout").replace("clearInterval", "clearTimeout"),
    ):
        assert missed_path(*calls(clean)) is None, clean


def test_a_clear_in_an_earlier_catch_that_returns_does_not_cover_a_case_that_settles_later():
    leaky = """function wait(id) { return new Promise((resolve, reject) => {
  const t = setInterval(async () => {
    let job;
    try { job = await get(id); } catch (err) { clearInterval(t); reject(err); return; }
    switch (job.state) {
      case 'done': clearInterval(t); resolve(job); break;
      case 'failed': reject(new Error(job.reason)); break;
    }
  }, 100);
}); }"""
    miss = missed_path(*calls(leaky))
    assert miss is not None and "settles with `reject()` at line 7" in miss.path
    clean = leaky.replace("case 'failed': reject(", "case 'failed': clearInterval(t); reject(")
    assert missed_path(*calls(clean)) is None
    assert missed_path(*calls(leaky.replace("setInterval", "setTimeout").replace("clearInterval", "clearTimeout"))) is None


def test_a_watch_callback_in_second_place_is_the_watchers_own_callback():
    source = parse("x.js", """function wait(name) { return new Promise((resolve, reject) => {
  const w = fs.watch(dir, (event, file) => { if (file !== name) return; w.close(); resolve(file); });
  setTimeout(() => reject(new Error('late')), 1000);
}); }""")
    found = [n for n in walk(source.root) if n.type == "call_expression"]
    start = next(n for n in found if callee_name(n) == "watch")
    releases = [n for n in found if callee_name(n) == "close"]
    miss = missed_path(start, releases)
    assert miss is not None and "timeout" in miss.path


def test_a_release_only_in_a_catch_misses_the_normal_path():
    leaky = "async function f() { const t = setTimeout(g, 5000); try { await work() } catch (e) { clearTimeout(t); throw e } return 1 }"
    miss = missed_path(*calls(leaky))
    assert miss is not None and "nothing throws" in miss.path and "catch" in miss.release_path
    for clean in (
        # the normal path releases too, or the start sits in the catch itself
        "async function f() { const t = setTimeout(g, 5000); try { await work() } catch (e) { clearTimeout(t); throw e } clearTimeout(t) }",
        "async function f() { try { await work() } catch (e) { const t = setTimeout(g, 5000); clearTimeout(t) } }",
    ):
        assert missed_path(*calls(clean)) is None, clean


def test_a_release_in_another_functions_try_after_an_await_is_skipped_when_that_await_fails():
    from leaklint.semantic.missed_paths import skipped_by_throw

    def parts(code):
        source = parse("x.js", code)
        found = [n for n in walk(source.root) if n.type == "call_expression"]
        start = next(n for n in found if callee_name(n) == "on")
        releases = [n for n in found if callee_name(n) == "off"]
        starter = next(n for n in walk(source.root) if n.type == "function_declaration")
        return releases, starter, start

    leaky = """function open(c) { bus.on('n', h) }
async function close(c) { try { await save(c); bus.off('n', h) } catch (e) { log(e) } }"""
    releases, starter, _ = parts(leaky)
    miss = skipped_by_throw(releases, starter)
    assert miss is not None and miss.node.type == "catch_clause" and "await save(c)" in miss.path
    for clean in (
        "function open(c) { bus.on('n', h) }\nasync function close(c) { try { await save(c) } catch (e) { log(e) } finally { bus.off('n', h) } }",
        "function open(c) { bus.on('n', h) }\nasync function close(c) { bus.off('n', h); try { await save(c) } catch (e) { log(e) } }",
        "function open(c) { bus.on('n', h) }\nasync function close(c) { try { await save(c); bus.off('n', h) } catch (e) { bus.off('n', h) } }",
        "function open(c) { bus.on('n', h) }\nfunction close(c) { try { save(c); bus.off('n', h) } catch (e) { log(e) } }",
    ):
        releases, starter, _ = parts(clean)
        assert skipped_by_throw(releases, starter) is None, clean
