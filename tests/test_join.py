"""project.apply_summaries: pending findings promoted by other files' summaries, one finding
per cause, and helpers every known caller runs once."""

from dataclasses import replace

from leaklint.findings import CONTAINER, OWN, FileResult, Finding, HelperCall, ImportedUse, Location, Requirement, Severity, Summary, injected_slot
from leaklint.project import apply_summaries

HELPER = "/p/helper.js"
CALLER = "/p/routes.js"
STEP = Location(HELPER, 3, 3, 3, 20)


def _note_at(location: Location) -> Finding:
    return Finding("unbounded-collection", Severity.NOTE, "grows at an unknown rate", location)


def _pending(fresh: tuple[str, ...] = ("id",)) -> Finding:
    needs = Requirement("unbounded-collection", "./helper", ("track",), OWN, "", fresh=fresh)
    return Finding("unbounded-collection", Severity.WARNING, "entry added through `track()`", Location(CALLER, 5, 3, 5, 20), needs=needs)


def _helper(key_slot: int = -1, value_slot: int = -1) -> FileResult:
    summary = Summary("unbounded-collection", ("track",), OWN, "track", STEP, "adds here", key_slot=key_slot, value_slot=value_slot)
    return FileResult(HELPER, findings=(_note_at(STEP),), summaries=(summary,))


def _by_path(results: list[FileResult]) -> dict[str, FileResult]:
    return {r.path: r for r in results}


def test_a_caller_that_repeats_the_helper_is_reported_and_the_helpers_own_note_goes():
    joined = _by_path(apply_summaries([_helper(), FileResult(CALLER, pending=(_pending(),))]))
    assert [f.location.path for f in joined[CALLER].findings] == [CALLER]
    assert joined[CALLER].findings[0].code_flow[-1].location == STEP
    assert joined[HELPER].findings == ()


def test_a_key_taken_from_the_request_makes_the_callers_finding_an_error():
    summary_file = _helper(key_slot=0)
    joined = _by_path(apply_summaries([summary_file, FileResult(CALLER, pending=(_pending(fresh=("request",)),))]))
    assert joined[CALLER].findings[0].severity is Severity.ERROR and "request data" in joined[CALLER].findings[0].message


def test_an_array_entry_holding_the_request_makes_the_callers_finding_an_error():
    joined = _by_path(apply_summaries([_helper(value_slot=0), FileResult(CALLER, pending=(_pending(fresh=("request",)),))]))
    assert joined[CALLER].findings[0].severity is Severity.ERROR and "holding request data" in joined[CALLER].findings[0].message
    plain = _by_path(apply_summaries([_helper(value_slot=0), FileResult(CALLER, pending=(_pending(fresh=("",)),))]))
    assert plain[CALLER].findings[0].severity is Severity.WARNING


def test_a_key_the_caller_does_not_make_new_per_run_keeps_the_entry_bounded():
    joined = _by_path(apply_summaries([_helper(key_slot=0), FileResult(CALLER, pending=(_pending(fresh=("",)),))]))
    assert joined[CALLER].findings == ()
    assert len(joined[HELPER].findings) == 1  # its rate stays unknown: the note stays


def test_a_helper_every_known_caller_runs_once_loses_its_note_and_one_nobody_calls_keeps_it():
    once = FileResult(CALLER, helper_calls=(HelperCall("./helper", ("track",), True),))
    assert _by_path(apply_summaries([_helper(), once]))[HELPER].findings == ()
    uncalled = FileResult(CALLER, helper_calls=(HelperCall("./helper", ("other",), True),))
    assert len(_by_path(apply_summaries([_helper(), uncalled]))[HELPER].findings) == 1
    mixed = FileResult(CALLER, helper_calls=(HelperCall("./helper", ("track",), True), HelperCall("./helper", ("track",), False)))
    assert len(_by_path(apply_summaries([_helper(), mixed]))[HELPER].findings) == 1


def test_a_keyed_helper_every_caller_gives_a_fixed_key_loses_its_note():
    fixed = FileResult(CALLER, helper_calls=(HelperCall("./helper", ("track",), False, ("primary",)),))
    assert _by_path(apply_summaries([_helper(key_slot=0), fixed]))[HELPER].findings == ()
    varying = FileResult(CALLER, helper_calls=(HelperCall("./helper", ("track",), False, (None,)),))
    assert len(_by_path(apply_summaries([_helper(key_slot=0), varying]))[HELPER].findings) == 1


def test_a_summary_passes_on_through_an_exported_helper_of_a_further_file():
    """`app.js` repeats `watchTopic()`; `topics.js`'s `watchTopic` hands its own bus to
    `subscribe()` of `subscribe.js`, which registers on it: the finding stands in app.js and the
    middle file's note on the hand-over goes."""
    middle, inner, outer = "/p/topics.js", "/p/subscribe.js", "/p/app.js"
    registers = Summary("listener-leak", ("subscribe",), 0, "subscribe", Location(inner, 2, 3, 2, 20), "the listener is added here")
    hand_over = Location(middle, 8, 3, 8, 30)
    relay = Requirement("listener-leak", "./subscribe", ("subscribe",), 0, "bus", relay=(("watchTopic",),))
    middle_note = Finding("listener-leak", Severity.NOTE, "listener added to `bus` through `subscribe()`", hand_over, needs=relay)
    repeat = Requirement("listener-leak", "./topics", ("watchTopic",), OWN, "")
    caller = Finding("listener-leak", Severity.WARNING, "listener added through `watchTopic()`", Location(outer, 9, 3, 9, 40), needs=repeat)
    joined = _by_path(apply_summaries([FileResult(inner, summaries=(registers,)), FileResult(middle, pending=(middle_note,)),
                                       FileResult(outer, pending=(caller,))]))
    assert [f.location.path for f in joined[outer].findings] == [outer]
    assert joined[outer].findings[0].code_flow[-1].location == hand_over
    assert joined[middle].findings == ()


STORE = "/p/store.js"


def _store(unless_used: tuple = ()) -> FileResult:
    declared = Location(STORE, 1, 7, 1, 30)
    summary = Summary("unbounded-collection", ("sessions",), CONTAINER, "sessions", declared, "declared here", unless_used=unless_used)
    return FileResult(STORE, summaries=(summary,))


def _grows(specifier: str = "./store", chain: tuple = ("sessions",), slot: int = CONTAINER, container=None) -> Finding:
    needs = Requirement("unbounded-collection", specifier, chain, slot, "sessions", container=container)
    return Finding("unbounded-collection", Severity.WARNING, "entry added to `sessions`", Location(CALLER, 5, 3, 5, 20), needs=needs)


def test_an_add_to_an_imported_container_its_module_never_empties_is_reported_where_it_repeats():
    joined = _by_path(apply_summaries([_store(), FileResult(CALLER, pending=(_grows(),))]))
    [finding] = joined[CALLER].findings
    assert [step.location.path for step in finding.code_flow] == [CALLER, STORE] and finding.needs is None


def test_an_imported_container_that_another_file_empties_or_that_its_module_can_empty_is_not_reported():
    sweeper = FileResult("/p/sweep.js", imported_uses=(ImportedUse("./store", ("sessions",)),))
    assert _by_path(apply_summaries([_store(), FileResult(CALLER, pending=(_grows(),)), sweeper]))[CALLER].findings == ()
    logout = FileResult("/p/logout.js", helper_calls=(HelperCall("./store", ("logout",), False),))
    assert _by_path(apply_summaries([_store(unless_used=(("logout",),)), FileResult(CALLER, pending=(_grows(),)), logout]))[CALLER].findings == ()
    assert len(_by_path(apply_summaries([_store(unless_used=(("logout",),)), FileResult(CALLER, pending=(_grows(),))]))[CALLER].findings) == 1


def test_an_imported_container_handed_to_a_helper_needs_both_summaries_and_a_hand_off_to_that_helper_is_no_release():
    helper = Summary("unbounded-collection", ("track",), 0, "track", STEP, "adds here")
    helper_file = FileResult(HELPER, summaries=(helper,))
    through = _grows("./helper", ("track",), 0, container=("./store", ("sessions",)))
    handed = FileResult(CALLER, pending=(through,), imported_uses=(ImportedUse("./store", ("sessions",), ("./helper", ("track",), 0)),))
    [finding] = _by_path(apply_summaries([_store(), helper_file, handed]))[CALLER].findings
    assert [step.location.path for step in finding.code_flow] == [CALLER, HELPER, STORE]
    assert _by_path(apply_summaries([helper_file, handed]))[CALLER].findings == ()  # the container's module not analysed
    other = FileResult("/p/other.js", imported_uses=(ImportedUse("./store", ("sessions",), ("./reader", ("show",), 0)),))
    assert _by_path(apply_summaries([_store(), helper_file, handed, other]))[CALLER].findings == ()  # handed to code that may empty it


def test_a_name_judged_finding_at_a_call_a_helpers_summary_explains_gives_way():
    guess = Finding("dropped-unsubscribe", Severity.WARNING, "`events.subscribe()` drops its subscription", Location(CALLER, 5, 3, 5, 20))
    elsewhere = Finding("dropped-unsubscribe", Severity.WARNING, "`feed.subscribe()` drops its subscription", Location(CALLER, 9, 3, 9, 20))
    needs = Requirement("listener-leak", "./helper", ("subscribe",), 0, "bus")
    pending = Finding("listener-leak", Severity.WARNING, "listener added through `events.subscribe()`", Location(CALLER, 5, 3, 5, 20), needs=needs)
    helper = FileResult(HELPER, summaries=(Summary("listener-leak", ("subscribe",), 0, "subscribe", STEP, "the listener is added here"),))
    joined = _by_path(apply_summaries([helper, FileResult(CALLER, findings=(guess, elsewhere), pending=(pending,))]))
    assert [(f.rule_id, f.location.start_line) for f in joined[CALLER].findings] == [("listener-leak", 5), ("dropped-unsubscribe", 9)]


def _injected_helper(severity: Severity = Severity.NOTE) -> FileResult:
    chain = ("Watcher", "prototype", "watch")
    summary = Summary("listener-leak", chain, injected_slot(0), "watch", STEP, "the listener is added here")
    own = Finding("listener-leak", severity, "listener added to `this.feed`", STEP)
    return FileResult(HELPER, findings=(own,), summaries=(summary,))


def test_a_method_acting_on_a_field_its_constructor_kept_is_judged_with_what_new_was_handed():
    chain = ("Watcher", "prototype", "watch")
    needs = Requirement("listener-leak", "./helper", chain, injected_slot(0), "feed")
    pending = Finding("listener-leak", Severity.WARNING, "listener added to module-level `feed`", Location(CALLER, 5, 3, 5, 20), needs=needs)
    joined = _by_path(apply_summaries([_injected_helper(), FileResult(CALLER, pending=(pending,))]))
    assert [f.location.path for f in joined[CALLER].findings] == [CALLER]
    assert "which `new` handed its instance as parameter 1" in joined[CALLER].findings[0].code_flow[0].message
    assert joined[HELPER].findings == ()
    other = Requirement("listener-leak", "./helper", chain, injected_slot(1), "other")  # another parameter of the constructor
    assert _by_path(apply_summaries([_injected_helper(), FileResult(CALLER, pending=(replace(pending, needs=other),))]))[CALLER].findings == ()


def test_the_methods_own_note_goes_when_every_caller_judged_it_but_a_warning_stays():
    judged = FileResult(CALLER, helper_calls=(HelperCall("./helper", ("Watcher", "prototype", "watch"), False),))
    assert _by_path(apply_summaries([_injected_helper(), judged]))[HELPER].findings == ()
    assert len(_by_path(apply_summaries([_injected_helper(Severity.WARNING), judged]))[HELPER].findings) == 1
    listed = FileResult(CALLER, helper_calls=(HelperCall("./helper", ("Watcher", "prototype", "watch"), False, judged=False),))
    assert len(_by_path(apply_summaries([_injected_helper(), listed]))[HELPER].findings) == 1
