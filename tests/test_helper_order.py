"""The run judges a call of an imported helper only where the helper has a summary
(leaklint.helper_index): helpers first, the others listed, and a second pass for a caller whose
helper turned out to have one. Whatever the order and however many jobs, the findings are those
of judging every call."""

from pathlib import Path

import pytest

from leaklint.engine import analyse_many
from leaklint.findings import FileResult, HelperCall, Location, Summary, OWN
from leaklint.pipeline import analyse_paths
from leaklint.helper_index import HelperIndex, helpers_first, needing_helpers, relative_specifiers
from leaklint.project import join
from leaklint.rules import load_rules
from leaklint.settings import Settings

HELPER = """\
const bus = require('./bus');
function subscribe(name, fn) {
  bus.on(name, fn);
}
module.exports = { subscribe };
"""

CALLER = """\
const { subscribe } = require('./helper');
const express = require('express');
const app = express();
app.get('/feed', (req, res) => {
  subscribe('tick', (x) => res.write(x));
});
"""

PLAIN = """\
const { format } = require('./helper');
const express = require('express');
const app = express();
app.get('/fmt', (req, res) => { res.send(format(req.query.x)); });
"""


def _findings(results: list[FileResult]) -> set[tuple[str, str, int]]:
    return {(f.rule_id, Path(f.location.path).name, f.location.start_line) for r in results for f in r.findings}


def _project(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    return sorted(str(tmp_path / name) for name in files)


def test_relative_specifiers_are_read_from_any_quote_and_depth():
    text = b"""require("./a"); import b from '../b'; import('./c.js'); export * from "../../d/e"; s = 'no./x'"""
    assert list(relative_specifiers(text)) == ["./a", "../b", "./c.js", "../../d/e"]


def test_helpers_come_before_their_callers_and_a_cycle_still_places_every_file():
    sources = {"/p/app.js": b"require('./lib/util'); require('./b')", "/p/b.js": b"require('./app'); require('./lib/util')",
               "/p/lib/util.js": b"const x = 1"}
    paths = list(sources)
    order = [paths[i] for i in helpers_first(paths, sources.__getitem__)]
    assert sorted(order) == sorted(paths)
    assert order[0] == "/p/lib/util.js"


def test_the_index_judges_only_helpers_with_a_summary_or_a_relay():
    summary = Summary("listener-leak", ("subscribe",), OWN, "subscribe", Location("/p/helper.js", 3, 3, 3, 20), "adds here")
    index = HelperIndex(["/p/helper.js", "/p/routes.js", "/p/later.js"])
    index.add(FileResult("/p/helper.js", summaries=(summary,)))
    view = index.view("/p/routes.js")
    assert view.judges("./helper", ("subscribe",)) and view.lists("./helper", ("subscribe",)) and view.lists("./helper", ())
    assert not view.judges("./helper", ("format",)) and not view.lists("./helper", ("format",))
    assert not view.judges("./later", ("anything",)) and view.lists("./later", ("anything",))  # not analysed yet: listed, asked again
    assert not view.judges("express", ("Router",)) and not view.lists("express", ())


def test_a_call_listed_before_its_helper_was_known_is_judged_in_a_second_pass():
    summary = Summary("listener-leak", ("subscribe",), OWN, "subscribe", Location("/p/helper.js", 3, 3, 3, 20), "adds here")
    helper = FileResult("/p/helper.js", summaries=(summary,))
    listed = FileResult("/p/routes.js", helper_calls=(HelperCall("./helper", ("subscribe",), False, judged=False),))
    unrelated = FileResult("/p/other.js", helper_calls=(HelperCall("./helper", ("format",), False, judged=False),))
    judged = FileResult("/p/done.js", helper_calls=(HelperCall("./helper", ("subscribe",), False),))
    results = [helper, listed, unrelated, judged]
    index = HelperIndex(r.path for r in results)
    for result in results:
        index.add(result)
    assert needing_helpers(index, results) == {"/p/routes.js"}


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_run_finds_what_judging_every_call_finds_in_any_order(tmp_path, jobs):
    files = _project(tmp_path, {"helper.js": HELPER + "function format(x) { return String(x); }\nmodule.exports.format = format;\n",
                                "routes.js": CALLER, "plain.js": PLAIN, "bus.js": "module.exports = new (require('events'))();\n"})
    rules = load_rules()
    every_call = _findings(join(list(analyse_many(files, rules, 1, Settings()))))
    assert ("listener-leak", "routes.js", 5) in every_call
    # enough files for a pool when jobs is 2: workers judge no call, the second pass does
    padding = _project(tmp_path, {f"pad{i}.js": "module.exports = 1;\n" for i in range(8)})
    assert _findings(analyse_paths(files + padding, rules, jobs)) == every_call
    assert _findings(analyse_paths(list(reversed(files + padding)), rules, jobs)) == every_call


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_cached_caller_is_analysed_again_when_its_helper_gains_a_summary(tmp_path, jobs):
    from leaklint.cache import Cache

    quiet = "const bus = require('./bus');\nfunction subscribe(name, fn) { return name; }\nmodule.exports = { subscribe };\n"
    files = _project(tmp_path, {"helper.js": quiet, "routes.js": CALLER, "bus.js": "module.exports = new (require('events'))();\n",
                                **{f"pad{i}.js": "module.exports = 1;\n" for i in range(8)}})
    rules = load_rules()
    assert ("listener-leak", "routes.js", 5) not in _findings(analyse_paths(files, rules, jobs, cache=Cache(tmp_path / "c", ["x"])))
    (tmp_path / "helper.js").write_text(HELPER)  # routes.js is unchanged: its cached result did not look for `subscribe`
    cache = Cache(tmp_path / "c", ["x"])
    assert ("listener-leak", "routes.js", 5) in _findings(analyse_paths(files, rules, jobs, cache=cache))
    assert cache.hits >= 9  # the other files came from the cache


def test_a_cached_file_that_releases_an_export_is_read_again_when_the_export_is_reported(tmp_path):
    from leaklint.cache import Cache

    quiet = "const sessions = new Map();\nmodule.exports = { sessions };\n"
    grown = ("const http = require('http');\nconst sessions = new Map();\n"
             "http.createServer((req, res) => { sessions.set(req.headers['x-session'], Date.now()); res.end(); }).listen(8096);\n"
             "module.exports = { sessions };\n")
    reaper = ("const store = require('./sessions');\n"
              "setInterval(() => { for (const [id, at] of store.sessions) if (Date.now() - at > 60000) store.sessions.delete(id); }, 30000).unref();\n")
    files = _project(tmp_path, {"sessions.js": quiet, "reaper.js": reaper})
    rules = load_rules()
    assert _findings(analyse_paths(files, rules, 1, cache=Cache(tmp_path / "c", ["x"]))) == set()
    (tmp_path / "sessions.js").write_text(grown)  # reaper.js is unchanged: its cached result did not read `store`
    assert _findings(analyse_paths(files, rules, 1, cache=Cache(tmp_path / "c", ["x"]))) == set()
    assert ("unbounded-collection", "sessions.js", 2) in _findings(analyse_paths([files[1]], rules, 1))  # without reaper.js, it is reported


def test_two_cached_files_first_analysed_apart_are_joined_with_the_helper_judged(tmp_path):
    from leaklint.cache import Cache

    files = _project(tmp_path, {"helper.js": HELPER, "routes.js": CALLER, "bus.js": "module.exports = new (require('events'))();\n"})
    rules = load_rules()
    helper, routes = str(tmp_path / "helper.js"), str(tmp_path / "routes.js")
    analyse_paths([helper, str(tmp_path / "bus.js")], rules, 1, cache=Cache(tmp_path / "c", ["x"]))
    analyse_paths([routes], rules, 1, cache=Cache(tmp_path / "c", ["x"]))  # alone, `./helper` names no file of the run
    cache = Cache(tmp_path / "c", ["x"])
    assert ("listener-leak", "routes.js", 5) in _findings(analyse_paths(files, rules, 1, cache=cache))
    assert cache.misses == 0  # every file came from the cache; routes.js was analysed again all the same


METRICS = """\
const open = new Map();
function begin(id, route) { open.set(id, { route, at: Date.now() }); }
function end(id) { open.delete(id); }
function routeName(a, b) { return `${a}.${b}`; }
module.exports = { begin, end, routeName };
"""

TIMED = """\
const { begin, end, routeName } = require('./metrics');
const express = require('express');
const app = express();
app.post('/orders', async (req, res) => {
  begin(req.headers['x-request-id'], routeName('orders', 'create'));
  try {
    res.json(await place(req.body));
    end(req.headers['x-request-id']);
  } catch (err) {
    res.status(502).end();
  }
});
async function place(order) { return order; }
"""


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_call_made_in_the_arguments_of_another_is_no_later_step_of_the_operation(tmp_path, jobs):
    """`begin(id, routeName(...))` with `end(id)` on the success path only: the removal is
    missed on the `catch` whether or not `routeName` is judged too (a second pass judges every
    call: the argument runs with `begin`, not after it)."""
    files = _project(tmp_path, {"metrics.js": METRICS, "timed.js": TIMED})
    rules = load_rules()
    every_call = _findings(join(list(analyse_many(files, rules, 1, Settings()))))
    assert ("unbounded-collection", "timed.js", 5) in every_call
    padding = _project(tmp_path, {f"pad{i}.js": "module.exports = 1;\n" for i in range(8)})
    assert _findings(analyse_paths(files + padding, rules, jobs)) == every_call


TRAIL = """\
class AuditTrail {
  record(req) {
    this.lastRequest = req;
  }
}
module.exports = { AuditTrail };
"""

TRAIL_CALLER = """\
const express = require('express');
const { AuditTrail } = require('./trail');
const app = express();
const trail = new AuditTrail();
app.use((req, res, next) => {
  trail.record(req);
  next();
});
"""


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_method_called_on_an_instance_of_an_imported_class_is_judged_as_the_classs_method(tmp_path, jobs):
    """The call is listed twice (the class's method, the shared instance's method): judging
    every call, in a pool's second pass, must still pick the one the class's summary answers."""
    files = _project(tmp_path, {"trail.js": TRAIL, "server.js": TRAIL_CALLER})
    rules = load_rules()
    expected = {("request-capture", "server.js", 6)}
    assert _findings(join(list(analyse_many(files, rules, 1, Settings())))) == expected
    padding = _project(tmp_path, {f"pad{i}.js": "module.exports = 1;\n" for i in range(8)})
    assert _findings(analyse_paths(files + padding, rules, jobs)) == expected
