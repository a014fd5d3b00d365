"""A finding inside a helper is shown at the call of the code that repeats (leaklint.callsites)."""

from leaklint.callsites import at_callers
from leaklint.findings import FileResult, Finding, HelperCall, Location, Severity


def _at(path: str, line: int) -> Location:
    return Location(path, line, 3, line, 20)


HELPER = Finding("unended-stream", Severity.WARNING, "piped into `res`", _at("lib/send.js", 4), in_helper=(("sendFile",),))


def _caller(path: str, line: int, once: bool = False) -> FileResult:
    return FileResult(path, helper_calls=(HelperCall("../lib/send", ("sendFile",), once, site=_at(path, line), snippet="  sendFile(res, f);"),))


def _shown(results: list[FileResult]) -> list[tuple[str, int]]:
    return [(f.location.path, f.location.start_line) for r in results for f in r.findings]


def test_moves_to_the_first_call_with_a_step_into_the_helper():
    analysed = [FileResult("lib/send.js", findings=(HELPER,)), _caller("routes/b.js", 9), _caller("routes/a.js", 12)]
    results = at_callers(analysed, analysed)
    assert _shown(results) == [("routes/a.js", 12)]
    moved = results[2].findings[0]
    assert moved.message.startswith("through `sendFile()`, called here: ")
    assert [(s.location.path, s.location.start_line) for s in moved.code_flow] == [("routes/a.js", 12), ("lib/send.js", 4)]
    assert ("routes/b.js", 9) in [(r.location.path, r.location.start_line) for r in moved.related]
    assert moved.snippet == "  sendFile(res, f);" and moved.fingerprint == HELPER.fingerprint


def test_prefers_a_call_that_may_repeat_over_one_at_start_up():
    analysed = [FileResult("lib/send.js", findings=(HELPER,)), _caller("main.js", 3, once=True), _caller("routes/x.js", 7)]
    assert _shown(at_callers(analysed, analysed)) == [("routes/x.js", 7)]


def test_stays_in_a_helper_called_only_at_start_up_or_by_nobody():
    once = [FileResult("lib/send.js", findings=(HELPER,)), _caller("main.js", 3, once=True)]
    assert _shown(at_callers(once, once)) == [("lib/send.js", 4)]
    alone = [FileResult("lib/send.js", findings=(HELPER,))]
    assert _shown(at_callers(alone, alone)) == [("lib/send.js", 4)]


def test_a_call_of_another_name_or_module_does_not_move_it():
    other = FileResult("routes/a.js", helper_calls=(HelperCall("../lib/send", ("sendOther",), False, site=_at("routes/a.js", 5)),
                                                    HelperCall("../lib/other", ("sendFile",), False, site=_at("routes/a.js", 6))))
    analysed = [FileResult("lib/send.js", findings=(HELPER,)), other]
    assert _shown(at_callers(analysed, analysed)) == [("lib/send.js", 4)]


def test_a_test_file_calling_the_helper_is_not_where_it_is_shown():
    analysed = [FileResult("lib/send.js", findings=(HELPER,)), _caller("test/send.spec.js", 8), _caller("src/__tests__/routes.js", 4)]
    assert _shown(at_callers(analysed, analysed)) == [("lib/send.js", 4)]
