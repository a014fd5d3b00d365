"""Which end of an operation the releases of a kept handle miss (design 3d).

A timer cleared after the awaited work but not when that work throws, a ping interval
cleared only inside its own callback when a pong is missing, a watchdog cleared by the success
callback while the `catch` rejects without clearing it: each has a release, so "is it ever
released?" says yes, and each leaves the timer pending on a path that really happens. Read
from the function that starts the handle:

- the error path: a `catch` of a `try` that starts the handle and then runs more code, with no
  release in the catch, in a `finally`, or after the `try`;
- an exception between start and release: every release is straight-line code after an
  `await`, and no `try` is there to catch what it throws;
- the normal end: every release runs inside the handle's own callback under a condition, or
  on an error, timeout or cancel path, while the function registers a listener for the
  normal end (`close`, `end`, `finish`), or starts a timeout that settles the operation, that
  does not release it.

A release also counts through one call by name: `catch (e) { this.cleanup() }` releases when
the file's `cleanup` contains a release of the handle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from tree_sitter import Node

from .nodes import (
    sibling_method,
    CLASS_TYPES, FUNCTION_TYPES, GLOBAL_OBJECT_NAMES, LOOP_TYPES, ancestors, is_constructor, promise_of_executor, call_arguments, callee_name, callee_object, contains, enclosing_function, function_name, handed_to, outermost,
    running_function, short_text, string_value, text, unawaited, unwrap, walk,
)
from .frameworks import STARTUP_METHODS, TEARDOWN_METHODS
from .lifecycles import in_component_end, lifecycle_start, settled_callback
from .paths import LISTEN_METHODS, Path, path_of
from .search import calls_within, word_positions
from .releases import normalised, releasing_names, removes_itself
from .requests import is_request_handler
from .summaries import parameter_at, parameter_names

if TYPE_CHECKING:
    from .model import SemanticModel

# Events that end an operation normally: a release must run on one of them (or always).
NORMAL_END_EVENTS = frozenset({"close", "end", "finish", "disconnect", "disconnecting", "disconnected", "exit"})
# Events that end an operation, normally or not: the outcomes a release on success alone misses.
FAILURE_OR_END_EVENTS = frozenset({"error", "abort", "aborted", "cancel", "timeout", "close", "closed", "end", "finish"})  # (an Electron window's 'closed' follows its 'close')
# What a socket, a stream or an HTTP message is called: their 'end' comes only after a clean
# finish of the readable side, while 'close' comes always (an error, a reset, a destroy).
CONNECTION_NAMES = re.compile(r"(?i)^(?:req|res|request|response)$|socket|sock$|conn|stream|duplex|readable")
# A timer that fires once ends the wait itself: clearing it only when something fails is right.
ONE_SHOT_TIMERS = frozenset({"setTimeout", "setImmediate"})
# Calls that make a client request and hand its response to their last argument.
CLIENT_REQUESTS = frozenset({"get", "request"})
# Calls that end an operation from a timer: a timeout that makes one of these calls is an end.
SETTLE_FUNCTIONS = frozenset({"resolve", "reject", "done", "callback", "cb", "fail"})
# Code that can throw once the handle exists: the catch is reachable after the start.
THROWING = frozenset({"call_expression", "await_expression", "new_expression", "throw_statement"})


@dataclass(frozen=True)
class Miss:
    node: Node  # where the path that misses the release is: a catch clause, an await, a listener
    path: str  # that path, for messages: "the `catch` at line 177"
    release: Node  # a release on another path
    release_path: str  # when that release runs: "after the code before it returns"
    settles: bool = False  # the path ends the operation itself (a branch that settles its promise), not an outside failure


def line(node: Node) -> int:
    return node.start_point[0] + 1


# The process's own ends: what runs there undoes nothing while the program serves.
SHUTDOWN_EVENTS = frozenset({"SIGTERM", "SIGINT", "exit", "beforeExit"})  # (SIGHUP reloads: what it clears, it prunes)


# Top-level functions named for the process's end: `shutdown`, `gracefulShutdown`, `onExit`.
SHUTDOWN_FUNCTIONS = re.compile(r"^(?:graceful)?(?:[sS]hutdown|onShutdown|onExit|exitHandler|handleExit|handleShutdown)$")


def at_shutdown(node: Node) -> bool:
    """Inside a listener for the process's end (`process.once('SIGTERM', () => restoreAll(patches))`),
    or a top-level function named for it (`async function shutdown(signal) { ... }`)."""
    for fn in (a for a in ancestors(node) if a.type in FUNCTION_TYPES):
        if fn.type == "function_declaration" and fn.parent is not None and fn.parent.type == "program" \
                and SHUTDOWN_FUNCTIONS.match(function_name(fn) or ""):
            return True
        holder = outermost(fn).parent
        call = holder.parent if holder is not None and holder.type == "arguments" else None
        if call is not None and call.type == "call_expression" and text(callee_object(call)) == "process" and call_arguments(call) \
                and string_value(call_arguments(call)[0]) in SHUTDOWN_EVENTS:
            return True
    return False


def missed_by_some(start: Node, groups: "dict[object, list[Node]]", own: Node | None = None) -> "tuple[set, Miss | None]":
    """Of several functions called after `start` (each with its calls), the ones that may be its
    way out, and the path they all miss: one called straight after the start, before anything
    is awaited (`job.advance('start')`), is not, whatever else it does later."""
    later = {key: calls for key, calls in groups.items() if not any(_straight_after(start, call) for call in calls)}
    miss = missed_path(start, [call for calls in later.values() for call in calls], own=own) if later else None
    return (set(later), miss) if miss is not None else (set(), None)


def _straight_after(start: Node, call: Node) -> bool:
    """`call` is a statement of the same block as `start`'s, after it, with nothing awaited between."""
    first, then = _statement_of(start), _statement_of(call)
    if first is None or then is None or first.parent != then.parent or then.start_byte <= first.start_byte \
            or then.type not in ("expression_statement", "lexical_declaration", "variable_declaration"):
        return False  # (`if (...) return res.end(list())` runs on one branch only)
    between = [n for n in first.parent.named_children if first.end_byte <= n.start_byte < then.start_byte]
    return not any(n.type == "await_expression" for statement in between for n in walk(statement))


def _statement_of(node: Node) -> Node | None:
    current = node
    while current.parent is not None and current.parent.type != "statement_block" and current.parent.type != "program":
        if current.type in FUNCTION_TYPES:
            return None
        current = current.parent
    return current if current.parent is not None else None


def missed_path(start: Node, releases: list[Node], own: Node | None = None) -> Miss | None:
    """The first path on which the function that runs `start` ends without releasing what it
    started, when some release exists; None when every path releases or none can be judged.
    `own` is the callback the start installs (a timer's callback, a listener's handler); by
    default a timer's first argument."""
    fn = enclosing_function(start)
    if fn is None or not releases:
        return None
    if _finally_covers(start, fn, releases):
        return None
    covered = _coverage(releases)
    return ((_fulfilled_only(releases, fn) if callee_name(start) not in ONE_SHOT_TIMERS else None) or _completed_only(releases, fn)
            or _rejected_only(releases, fn) or _next_only(releases, fn)
            or (looped_without_release(start, releases) if callee_name(start) not in ONE_SHOT_TIMERS else None)
            or _error_path(start, fn, releases, covered)
            or (_returned_first(start, fn, releases, own) if callee_name(start) not in ONE_SHOT_TIMERS else None)
            or _thrown_past(start, fn, releases) or _thrown_past_executor(fn, releases)
            or _released_in_try_only(start, fn, releases, covered) or _left_by_catch(start, fn, releases, covered)
            or _normal_end(start, fn, releases, covered, own) or _polled_until_done(start, fn, releases, covered) or _other_outcome(start, fn, releases, covered)
            or (_ended_but_not_failed(start, fn, releases, covered) if callee_name(start) not in ONE_SHOT_TIMERS else None)
            or _left_before_armed(start, fn, releases, covered)
            or (_finish_only(fn, releases) if callee_name(start) not in ONE_SHOT_TIMERS else None)
            or (_conditional_listeners_only(fn, releases, start) if callee_name(start) not in ONE_SHOT_TIMERS else None)
            or _end_listener_under_condition(start, fn, releases)
            or _caught_only(start, fn, releases) or _end_handler_armed_late(start, fn, releases) or _end_listener_returned_first(start, fn, releases)
            or _removes_itself_for_its_own_only(start, fn, releases, own) or _closed_when_open_only(releases)
            or _removed_on_timeout_only(fn, releases, own if own is not None or callee_name(start) in ALL_TIMERS else _start_callback(start), start) or _closed_by_own_events_past_timeout(start, fn, releases)
            or _released_in_one_case(start, fn, releases) or _settled_unreleased_in_own(fn, releases, own or (_start_callback(start) if callee_name(start) not in ONE_SHOT_TIMERS else None))
            or _settled_unreleased_in_own(fn, releases, _listener_holding(releases, fn))
            or (_timed_out_unreleased(start, fn, releases, covered) if callee_name(start) not in ALL_TIMERS else None)
            or lifecycle_miss(start, releases))


# The names a condition reads on their own (not after a dot).
BARE_NAMES = re.compile(r"(?<![.\w$])[A-Za-z_$][\w$]*")

# A response's events that an abandoned response never emits: only 'close' always comes.
FINISH_ONLY_EVENTS = frozenset({"finish", "end"})
# ... and 'error', which a connection that ends normally never emits at all.
FAILURE_ONLY_EVENTS = frozenset({"error"})


def never_caused_by(registration: Node) -> str:
    """What the message says of the event a remover is kept for: who never causes it."""
    if string_value(call_arguments(registration)[0]) in FAILURE_ONLY_EVENTS:
        return "which comes only when it fails, never when a client just goes away or it ends normally"
    return "which a client that goes away first never causes"


def remover_on_finish_only(site: Node) -> Node | None:
    """`const unsubscribe = bus.subscribe(id, send); res.on('finish', unsubscribe)`: the remover a
    call hands back is kept only to run on a response's 'finish' (or 'end'), which a client that
    goes away first never causes, or on a stream's 'error', which a normal end never emits. The
    registration that holds it, or None."""
    holder = outermost(site).parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    fn = enclosing_function(site)
    if name is None or name.type != "identifier" or fn is None:
        return None
    body = fn.child_by_field_name("body") or fn
    if not any(f"'{event}'".encode() in (body.text or b"") or f'"{event}"'.encode() in (body.text or b"") for event in FINISH_ONLY_EVENTS | FAILURE_ONLY_EVENTS):
        return None  # no 'finish', 'end' or 'error' spelled in the function at all
    uses = [n for n in walk(body) if n.type == "identifier" and text(n) == text(name) and n != name]
    found = None
    for use in uses:
        callback = enclosing_function(use)
        registration = use.parent.parent if use.parent is not None and use.parent.type == "arguments" else None
        if callback is not None and callback != fn:  # `res.on('finish', () => unsubscribe())`
            holder_args = outermost(callback).parent
            registration = holder_args.parent if holder_args is not None and holder_args.type == "arguments" else None
        if registration is None or registration.type != "call_expression" or callee_name(registration) not in LISTEN_METHODS:
            return None
        args = call_arguments(registration)
        receiver = callee_object(registration)
        if not args or string_value(args[0]) not in FINISH_ONLY_EVENTS | FAILURE_ONLY_EVENTS or receiver is None \
                or not CONNECTION_NAMES.search(text(receiver).rsplit(".", 1)[-1]):
            return None
        found = registration
    return found


def _returned_first(start: Node, fn: Node, releases: list[Node], own: Node | None = None, covered_by: list[Node] = ()) -> Miss | None:
    """`const beat = setInterval(...); if (!valid(job)) return; try { ... } finally {
    clearInterval(beat) }`, or `query(sql, (err) => { if (err) return cb(err); client.off(...) })`:
    a `return` in a branch, after the start and before every release, where the releases run
    (the starting function, or a callback called once, not a listener that runs again), and
    outside any `try` whose `finally` releases: that way out keeps the handle. A listener's
    removal of itself (in `own`) runs only if its event comes, which that way out does not wait for.
    A return whose branch makes one of `covered_by` first (`catch (e) { w.close(); return }`) keeps nothing."""
    releases = [r for r in releases if own is None or not contains(own, r)] or releases
    holders = {enclosing_function(r) for r in releases}
    if len(holders) != 1:
        return None
    where = holders.pop()
    if where is None or (where != fn and (not _called_once(where) or contains(where, start) or contains(start, where))):
        return None  # a callback that runs again (the start's own among them), or one that starts it again itself
    first = min(releases, key=lambda r: r.start_byte)
    if where == fn and any(a.type in ("if_statement", "switch_case", "catch_clause", "else_clause") and not contains(a, first)
                           for a in _up_to(start, fn)):
        return None  # `case 'SET': add; return` beside `case 'DEL': remove`: not one operation's path
    after = start.end_byte if where == fn else where.start_byte
    holder = outermost(start).parent
    held = text(holder.child_by_field_name("name") or holder.child_by_field_name("left")) \
        if holder is not None and holder.type in ("variable_declarator", "assignment_expression") else ""
    last = max(releases, key=lambda r: r.start_byte)
    for exit_, conditions in _conditional_returns(where, after, last.start_byte, releases):
        if exit_.start_byte > first.start_byte and _released_before(exit_, where, releases):
            continue  # `if (!found) { release(); return }`: its own path releases first
        if any(a.type == "try_statement" and any(c.type == "finally_clause" and any(contains(c, r) for r in releases) for c in a.children)
               for a in _up_to(exit_, where)):
            continue  # a `finally` around it that releases
        if held and any(held in BARE_NAMES.findall(c) for c in conditions):
            continue  # `if (model == null) return`: the start gave nothing to release
        if held and _ended_flag(conditions, held, fn):
            continue  # `if (done) return` with `done = true` set in the child's own 'close' listener: it has ended
        if _start_failed(exit_, start, where):
            continue  # `try { client = await pool.connect() } catch (e) { return next(e) }`: nothing was acquired
        branch = next((a for a in _up_to(exit_, where) if a.type in ("if_statement", "switch_case", "catch_clause")), None)
        if branch is not None and any(contains(branch, r) for r in covered_by):
            continue  # released in its own branch before it leaves
        later = min((r for r in releases if r.start_byte > exit_.start_byte), key=lambda r: r.start_byte, default=first)
        return Miss(exit_, f"the early return at line {line(exit_)}", later, f"at line {line(later)}, after it")
    return None


def _released_before(exit_: Node, where: Node, releases: list[Node]) -> bool:
    """A release earlier in a block the `return` runs in (its branch, or the body around it),
    not inside a branch or callback of that block the `return` is not in: the path to that
    `return` has released already."""
    blocks = [a for a in _up_to(exit_, where) if a.type in ("statement_block", "switch_case", "else_clause")]
    return any(contains(block, r) and r.start_byte < exit_.start_byte and not _in_other_branch(r, exit_, block)
               for block in blocks for r in releases)


def _in_other_branch(release: Node, exit_: Node, block: Node) -> bool:
    """`release` sits in a branch (or a callback) inside `block` that does not hold `exit_`."""
    node = release.parent
    while node is not None and node != block:
        if node.type in ("if_statement", "switch_case", "catch_clause", "else_clause", *FUNCTION_TYPES) and not contains(node, exit_):
            return True
        node = node.parent
    return False


def _ended_flag(conditions: list[str], held: str, fn: Node) -> bool:
    """A branch that tests a plain flag (`if (done) return`) which a listener on the held
    resource itself sets (`child.on('close', () => { done = true })`): that way out is taken
    once the resource has ended, with nothing left to release."""
    flags = {c.strip().strip("()").strip() for c in conditions}
    flags = {f for f in flags if BARE_NAME.fullmatch(f)}
    if not flags:
        return False
    for node in walk(fn):
        if node.type != "call_expression" or callee_name(node) not in LISTEN_METHODS or text(callee_object(node)) != held:
            continue
        for listener in call_arguments(node)[1:2]:
            if any(n.type == "assignment_expression" and text(n.child_by_field_name("left")) in flags
                   and text(n.child_by_field_name("right")) not in ("false", "null", "undefined", "0") for n in walk(listener)):
                return True
    return False


# A flag as a branch tests it: `done`, `this.closed`.
BARE_NAME = re.compile(r"(?:this\.)?[A-Za-z_$][\w$]*")


def _conditional_returns(where: Node, after: int, before: int, releases: list[Node]) -> Iterator[tuple[Node, list[str]]]:
    """The `return`s of `where`'s own body between the two offsets that release nothing
    themselves (`return stop()` does) and run under a branch (an unconditional return ends the
    code after it, another matter): each with the conditions of its branches."""
    for exit_ in walk(where.child_by_field_name("body") or where, skip=FUNCTION_TYPES):
        if exit_.type != "return_statement" or not after <= exit_.start_byte < before or any(contains(exit_, r) for r in releases):
            continue
        branches = [a for a in _up_to(exit_, where) if a.type in ("if_statement", "switch_case", "catch_clause")]
        if branches:
            yield exit_, [text(b.child_by_field_name("condition")) for b in branches if b.child_by_field_name("condition") is not None]


def _called_once(callback: Node) -> bool:
    """A callback handed to a call that runs it once: a node-style callback or a promise's
    reaction, not a listener, a timer that repeats, or an array method."""
    holder = outermost(callback).parent
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return False
    return callee_name(call) not in (*LISTEN_METHODS, "setInterval", "forEach", "map", "filter", "reduce", "some", "every", "subscribe",
                                     "watch", "watchFile", "observe", "listen")


def _reaction_of(release: Node) -> tuple[Node | None, Node | None, list[Node]]:
    """The callback a release runs in, the call it is handed to (`p.then(ok, fail)`) and that
    call's arguments (none when it is not handed to a call)."""
    fn = enclosing_function(release)
    holder = outermost(fn).parent if fn is not None else None
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    return fn, call, call_arguments(call) if call is not None and call.type == "call_expression" else []


def _next_only(releases: list[Node], start_fn: Node) -> Miss | None:
    """Every release runs in the value callback of an RxJS `tap(fn)` (or `tap({ next })`) in a
    `.pipe(...)` of the starting function that has no `finalize()`: a stream that errors, or is
    unsubscribed before it emits (a client that goes away), never calls it."""
    first = None
    for release in releases:
        fn, call, args = _reaction_of(release)
        holder = call
        if call is not None and call.type == "call_expression" and callee_name(call) is None:
            return None
        if call is not None and callee_name(call) != "tap" and fn is not None and fn.parent is not None and fn.parent.type == "pair" \
                and text(fn.parent.child_by_field_name("key")) == "next":
            obj = fn.parent.parent
            holder = obj.parent.parent if obj is not None and obj.parent is not None and obj.parent.type == "arguments" else None
        if holder is None or holder.type != "call_expression" or callee_name(holder) != "tap" or not _within(holder, start_fn):
            return None
        pipe = holder.parent.parent if holder.parent is not None and holder.parent.type == "arguments" else None
        if pipe is None or pipe.type != "call_expression" or callee_name(pipe) != "pipe" \
                or any(callee_name(unwrap(a)) in ("finalize", "catchError") for a in call_arguments(pipe) if unwrap(a) is not None
                       and unwrap(a).type == "call_expression"):
            return None
        first = first or holder
    if first is None:
        return None
    return Miss(first, "an error, or an unsubscribe before a value (a client that goes away)", releases[0],
                f"at line {line(releases[0])} when the stream emits only")


def _rejected_only(releases: list[Node], start_fn: Node) -> Miss | None:
    """Every release runs in the rejection callback of `.then(ok, onFail)` (or a `.catch()`),
    chained in the function that starts, while the fulfilment (`resolve` itself, or a callback
    that releases nothing) ends the operation too: `post(body).then(resolve, (err) => { if
    (++tries >= max) { clearInterval(t); reject(err) } })` leaves the retry running on success."""
    first = None
    for release in releases:
        fn, call, args = _reaction_of(release)
        if len(args) != 2 or callee_name(call) != "then" or outermost(args[1]) != outermost(fn) or not _within(call, start_fn):
            return None
        fulfilled = unwrap(args[0])
        if fulfilled is None or fulfilled.type not in ("identifier", *FUNCTION_TYPES) or contains(fulfilled, release) \
                or (fulfilled.type == "identifier" and text(fulfilled) in releasing_names(releases)) \
                or (fulfilled.type in FUNCTION_TYPES and any(n.type == "call_expression" and callee_name(n) in releasing_names(releases)
                                                            for n in walk(fulfilled))):
            return None
        if fulfilled.type == "identifier" and text(fulfilled) not in SETTLE_FUNCTIONS:
            return None  # a function of the caller's: it may release
        first = first or call
    if first is None:
        return None
    return Miss(first, f"the fulfilment of `{short_text(callee_object(first), 30)}`", releases[0],
                f"at line {line(releases[0])} when it rejects only")


def _fulfilled_only(releases: list[Node], start_fn: Node) -> Miss | None:
    """Every removal runs in the fulfilment callback of a `.then()` that takes no rejection
    callback, chained in the function that starts (`start_fn`): `pending.then(() =>
    inflight.delete(id)).catch(log)` leaves the entry when the promise rejects. (A chain in
    another function, a `stop()`, is another operation, with failures of its own.)"""
    first = None
    for release in releases:
        fn, call, args = _reaction_of(release)
        if not args or callee_name(call) != "then" or len(args) > 2 or outermost(args[0]) != outermost(fn) or path_of(release) is Path.ERROR \
                or not _within(call, start_fn):
            return None
        rejected = unwrap(args[1]) if len(args) == 2 else None  # `.then(ok, reject)`: a rejection callback that releases nothing
        if rejected is not None and (any(contains(rejected, r) for r in releases) or rejected.type not in ("identifier", *FUNCTION_TYPES)
                                     or (rejected.type == "identifier" and text(rejected) in releasing_names(releases))
                                     or (rejected.type in FUNCTION_TYPES and any(n.type == "call_expression" and callee_name(n) in releasing_names(releases)
                                                                                 for n in walk(rejected)))):
            return None
        settled = callee_object(call)
        if settled is not None and settled.type == "call_expression" and (callee_name(settled) in ("catch", "finally")
                                                                  or (callee_name(settled) == "then" and len(call_arguments(settled)) > 1)):
            return None  # `p.catch(log).then(() => m.delete(k))`: a rejection was caught first, so it runs either way
        first = first or call
    if first is None:
        return None
    return Miss(first, f"a rejection of `{short_text(callee_object(first), 30)}`", releases[0],
                f"at line {line(releases[0])} when it resolves only")


def fulfilled_only(start: Node, releases: list[Node]) -> Miss | None:
    """The releases of `start` all run in the fulfilment callback of a `.then()` of the function
    that starts it (for a one-shot timer, which missed_path leaves alone: it fires anyway)."""
    fn = enclosing_function(start)
    while fn is not None and promise_of_executor(fn) is not None and enclosing_function(fn) is not None:
        fn = enclosing_function(fn)  # `const expired = new Promise((_, reject) => { timer = setTimeout(...) })`: the executor runs in its maker
    return _fulfilled_only(releases, fn) if fn is not None and releases else None


# The observer callbacks an operator or a subscription takes: `complete` runs on success only.
OBSERVER_TAKERS = frozenset({"tap", "subscribe"})


def _completed_only(releases: list[Node], start_fn: Node) -> Miss | None:
    """`next.handle().pipe(tap({ complete: () => sub.unsubscribe() }))`: every removal runs in
    the `complete` callback of an observer handed to `tap()` or `subscribe()` in the function
    that starts, which an error (or an unsubscribe before the end) never calls; `finalize()`
    runs on all three."""
    first = None
    for release in releases:
        fn = enclosing_function(release)
        pair = outermost(fn).parent if fn is not None else None
        observer = pair.parent if pair is not None and pair.type == "pair" and text(pair.child_by_field_name("key")) == "complete" else None
        holder = outermost(observer).parent if observer is not None and observer.type == "object" else None
        call = holder.parent if holder is not None and holder.type == "arguments" else None
        if call is None or call.type != "call_expression" or callee_name(call) not in OBSERVER_TAKERS or not _within(call, start_fn):
            return None
        error = next((p for p in observer.named_children if p.type in ("pair", "method_definition")
                      and text(p.child_by_field_name("key") or p.child_by_field_name("name")) == "error"), None)
        if error is not None and any(n.type == "call_expression" and callee_name(n) in releasing_names(releases) for n in walk(error)):
            return None  # `{ complete: end, error: end }`: both ways out release
        first = first or call
    if first is None:
        return None
    return Miss(first, f"an error (or an unsubscribe before it completes) of what `{callee_name(first)}()` observes", releases[0],
                f"at line {line(releases[0])} when it completes only")


def _finally_covers(start: Node, fn: Node, releases: list[Node]) -> bool:
    """A release in the `finally` of a `try` that guards the start, or that the function enters
    right after it (nothing awaited in between): every way out of that `try` releases."""
    for release in releases:
        for holder in _up_to(release, fn):
            if holder.type != "finally_clause":
                continue
            attempt = holder.parent
            if attempt is None or attempt.type != "try_statement":
                continue
            if contains(attempt, start):
                return True
            if attempt.start_byte > start.end_byte and not any(
                    (node.type == "await_expression" or node.type in ("return_statement", "throw_statement") and not _start_failed(node, start, fn))
                    and start.end_byte <= node.start_byte < attempt.start_byte
                    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES)):
                return True  # (nothing awaited, and no way out, between: `if (!valid) return` first keeps it)
    return False


def lifecycle_miss(start: Node, releases: list[Node]) -> Miss | None:
    """A component's end that releases what its start began on one path only: under a
    condition about something else, in a cleanup the start returns in one branch, or not at
    all while the handle closes itself on one of its own events."""
    releases = _through_own_methods(start, releases)
    return _conditional_end(start, releases) or _released_in_other_cases(start, releases) or _end_returns_early(start, releases) \
        or _cleanup_returned_in_branch(start, releases) \
        or _closed_by_itself_only(start, releases) or _cleared_by_own_callback_only(start, releases) or _started_after_wait(start, releases) \
        or _released_outside_end(start, releases) or _end_released_past_a_throw(start, releases)


def _through_own_methods(start: Node, releases: list[Node]) -> list[Node]:
    """`componentWillUnmount() { if (live) this.stopPolling() }` with the clear in
    `stopPolling()`: a release in a method of the component stands, for the end, where the end
    calls that method (`this.stopPolling()`), so what guards the call guards the release."""
    started = lifecycle_start(start)
    if started is None or not started.ends or all(any(contains(end, r) for end in started.ends) for r in releases):
        return releases
    found: list[Node] = []
    for release in releases:
        if any(contains(end, release) for end in started.ends):
            found.append(release)
            continue
        method = enclosing_function(release)
        while method is not None and method.type == "arrow_function":
            method = enclosing_function(method)
        name = text(method.child_by_field_name("name")) if method is not None and method.type == "method_definition" else ""
        calls = [n for end in started.ends for n in walk(end) if n.type == "call_expression" and callee_name(n) == name
                 and unwrap(callee_object(n)) is not None and unwrap(callee_object(n)).type == "this"] if name else []
        if not calls:
            return releases  # released where no end reaches through a method of its own: not this shape
        found += calls
    return list(dict.fromkeys(found))


def _end_released_past_a_throw(start: Node, releases: list[Node]) -> Miss | None:
    """`onBeforeUnmount(() => { try { saveDraft(); document.removeEventListener(...) } catch (e)
    { warn(e) } })`: the component's end releases at the end of a `try` only, after a call the
    `catch` is there for, so when that call throws, the end goes on without releasing."""
    started = lifecycle_start(start)
    if started is None or not started.ends or not releases or not all(any(contains(end, r) for end in started.ends) for r in releases):
        return None
    found = _try_skipping_release(releases, _coverage(releases), ("call_expression", "await_expression", "throw_statement"))
    if found is None or not any(contains(end, found[0]) for end in started.ends):
        return None
    handler = found[0].child_by_field_name("handler")
    return Miss(handler, f"the `catch` at line {line(handler)}, when `{short_text(found[1], 40)}` throws", releases[0],
                f"at line {line(releases[0])}, at the end of the `try` only")


def _released_outside_end(start: Node, releases: list[Node]) -> Miss | None:
    """`connectedCallback() { this.timer = setInterval(...) }` released only in
    `attributeChangedCallback` when the element is paused (or in a click handler, or before
    a restart), with no end that releases it: a component removed while running keeps it."""
    if start.type == "call_expression" and callee_name(start) in ("set", "add", "push", "unshift"):
        return None  # an entry of a shared table (a cache keyed by URL): the component's end is not where it must go
    started = lifecycle_start(start)
    if started is None or not releases:
        return None
    covered = _coverage(releases)
    if any(covered(end) for end in started.ends) or any(in_component_end(r) for r in releases):
        return None  # (the end of another effect, or an end hook elsewhere in the setup, ends it too)
    release = releases[0]
    fn = enclosing_function(release)
    where = f"in `{function_name(fn)}`" if fn is not None and function_name(fn) else "elsewhere"
    ending = "does not release it" if started.ends else "is missing"
    return Miss(started.start, f"the component's end ({started.end_name} {ending})", release,
                f"at line {line(release)} {where} only, which an unmount does not run")


# The component's own element, as its code spells it: what observes only these goes with it.
OWN_ELEMENT = frozenset({"this", "this.shadowRoot", "this.renderRoot"})


def _observes_own_element(start: Node, fn: Node) -> bool:
    """`this.observer = new MutationObserver(f); this.observer.observe(this, ...)`: an observer
    of the element itself (or its shadow root) is held by that element alone, so one made after
    the element has gone goes with it."""
    holder = outermost(start).parent
    kept = holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else \
        holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    if start.type != "new_expression" or kept is None:
        return False
    spelled = normalised(kept)
    targets = [call_arguments(n)[0] for n in walk(fn) if n.type == "call_expression" and callee_name(n) == "observe"
               and callee_object(n) is not None and normalised(callee_object(n)) == spelled and call_arguments(n)]
    return bool(targets) and all(normalised(t) in OWN_ELEMENT for t in targets)


# What a component asks to learn it is still there after a wait: `this.isConnected`, `isMounted()`.
STILL_THERE = re.compile(r"\b(?:isConnected|isMounted|_?mounted|_?destroyed|_?disposed|_?unmounted)\b")


def _started_after_wait(start: Node, releases: list[Node]) -> Miss | None:
    """`(async () => { const t = await token(); source = new EventSource(url(t)) })()` in an
    effect whose cleanup does `source?.close()`: an unmount (or a change of the effect's
    dependencies) before the wait ends runs the cleanup while there is nothing to close, and
    the handle opened afterwards stays. Unless the code after the wait checks something the
    cleanup sets (`if (cancelled) return`) or an aborted signal."""
    started = lifecycle_start(start)
    fn = enclosing_function(start)
    if started is None or fn is None or not started.ends or not releases \
            or not all(any(contains(end, r) for end in started.ends) for r in releases) or _observes_own_element(start, fn):
        return None
    waited = [n for n in walk(fn) if n.type == "await_expression" and n.end_byte <= start.start_byte and enclosing_function(n) == fn]
    promise = settled_callback(fn) if fn != started.start else None  # (`async connectedCallback() { await ...; add() }`: the start's own wait)
    if not waited and promise is None:
        return None
    waited = waited or [promise]
    set_by_end = {text(n.child_by_field_name("left")) for end in started.ends for n in walk(end) if n.type == "assignment_expression"}
    for node in walk(fn):
        if (node.start_byte < waited[-1].end_byte and waited[-1] is not promise) or node.start_byte >= start.start_byte \
                or node.type not in ("if_statement", "ternary_expression"):
            continue
        condition = text(node.child_by_field_name("condition"))
        if "aborted" in condition or STILL_THERE.search(condition) \
                or any(name and re.search(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", condition) for name in set_by_end):
            return None  # `if (cancelled) return`: the cleanup's flag, checked after the wait
    last = waited[-1]
    return Miss(last, f"{started.end_name} before `{short_text(last, 40)}` settles (there is nothing to release yet then)", releases[0],
                f"at line {line(releases[0])} only if it was started by then")


def _end_returns_early(start: Node, releases: list[Node]) -> Miss | None:
    """`onBeforeUnmount(() => { if (!queue.length) return; flush(); stop() })`: the component's
    end leaves before it reaches the release whenever a condition about something else holds,
    so an unmount then leaves the handle behind."""
    started = lifecycle_start(start)
    if started is None or not started.ends or not releases:
        return None
    exits = []
    for release in releases:
        end = next((e for e in started.ends if contains(e, release)), None)
        body = end.child_by_field_name("body") if end is not None else None
        if body is None or body.type != "statement_block" or enclosing_function(release) != end:
            return None
        early = next((s for s in body.named_children if s.end_byte <= release.start_byte and early_exit(s) is not None), None)
        if early is None or _names_handle(early, release) or _started_under(early, start):
            return None  # `if (!socket) return`: nothing to release then
        exits.append(early)
    condition = unwrap(exits[0].child_by_field_name("condition"))
    return Miss(exits[0], f"{started.end_name} when `{short_text(condition, 40)}` holds (it returns before the release)", releases[0],
                f"at line {line(releases[0])} only when it gets that far")


def early_exit(statement: Node) -> Node | None:
    """The `return` (or `throw`) that ends `if (...) { ...; return }` with no `else`: a
    statement that leaves the function on one branch; None for any other statement."""
    if statement.type != "if_statement" or statement.child_by_field_name("alternative") is not None:
        return None
    branch = statement.child_by_field_name("consequence")
    last = (branch.named_children[-1] if branch.named_children else None) if branch is not None and branch.type == "statement_block" else branch
    return last if last is not None and last.type in ("return_statement", "throw_statement") else None


def _cleared_by_own_callback_only(start: Node, releases: list[Node]) -> Miss | None:
    """`onMounted(() => { timer = setInterval(tick, 2000) })` where only `tick` clears it, once
    the job it polls is done: a component unmounted before then (the user navigates away, the
    job never finishes) leaves the timer polling, with the component's state in its closure."""
    started = lifecycle_start(start)
    args = call_arguments(start) if start.type == "call_expression" else []
    if started is None or not args or not releases or any(contains(end, r) for end in started.ends for r in releases):
        return None
    # the start's own callbacks: its arguments that are functions (or name one), and the
    # functions of an options object (`startPolling(task, { onError })`)
    callbacks = []
    for argument in (unwrap(a) for a in args):
        if argument is not None and argument.type == "identifier":
            argument = _declared_function(argument)
        if argument is not None and argument.type == "object":
            callbacks += [v for p in argument.named_children for v in [unwrap(p.child_by_field_name("value")) if p.type == "pair" else p]
                          if v is not None and v.type in (*FUNCTION_TYPES, "method_definition")]
        elif argument is not None and argument.type in FUNCTION_TYPES:
            callbacks.append(argument)
    if not callbacks or not all(any(contains(c, r) for c in callbacks) for r in releases):
        return None
    ending = f"does not {callee_name(releases[0])}() it" if started.ends else "is missing"
    return Miss(started.start, f"an unmount before it is done ({started.end_name} {ending})", releases[0],
                f"at line {line(releases[0])} in its own callback only, when it decides it is done")


# Keys of an options object whose callback runs only when the work fails.
FAILURE_CALLBACKS = re.compile(r"^(?:on)?(?:[Ee]rror|[Ff]ail(?:ure|ed)?|[Rr]eject(?:ed)?)$")


def failure_callback_only(site: Node, model: SemanticModel) -> Miss | None:
    """`const watcher = poll(task, { onError: () => watcher.stop() })`: the handle a call hands
    back, kept in a const and read nowhere but inside a failure callback of that same call, so
    only a failure stops what the call started; a run that never fails leaves it."""
    holder = outermost(site).parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    binding = model.binding_of(name) if name is not None and name.type == "identifier" else None
    if binding is None:
        return None
    callbacks = []
    for argument in (unwrap(a) for a in call_arguments(site)):
        for member in argument.named_children if argument is not None and argument.type == "object" else ():
            key = text(member.child_by_field_name("key" if member.type == "pair" else "name"))
            value = unwrap(member.child_by_field_name("value")) if member.type == "pair" else member
            if FAILURE_CALLBACKS.match(key) and value is not None and value.type in (*FUNCTION_TYPES, "method_definition"):
                callbacks.append((value, key))
    uses = [r.identifier for r in binding.references if r.identifier != binding.identifier]
    if not callbacks or not uses or not all(any(contains(callback, use) for callback, _ in callbacks) for use in uses):
        return None
    use = uses[0]
    key = next(key for callback, key in callbacks if contains(callback, use))
    return Miss(site, "every run that does not fail (the usual end of one)", outermost(use).parent or use, f"only in its own `{key}` callback")


def _declared_function(name: Node) -> Node | None:
    """The function declared under `name` in a scope around it: `async function tick() {...}`."""
    for scope in ancestors(name):
        body = scope.child_by_field_name("body") if scope.type in FUNCTION_TYPES else None
        for statement in body.named_children if body is not None and body.type == "statement_block" else ():
            if statement.type == "function_declaration" and text(statement.child_by_field_name("name")) == text(name):
                return statement
    return None


def _closed_by_itself_only(start: Node, releases: list[Node]) -> Miss | None:
    """`const ws = new WebSocket(url); ws.onerror = () => ws.close()` in an effect with no
    cleanup: every release runs in a handler of the handle's own events, so a component that
    unmounts while the handle is healthy leaves it open, with the closures it calls back."""
    started = lifecycle_start(start)
    if started is None or any(contains(end, r) for end in started.ends for r in releases):
        return None
    events = [_own_event(release) for release in releases]
    if not releases or None in events:
        return None
    ending = f"does not {callee_name(releases[0])}() it" if started.ends else "is missing"
    return Miss(started.start, f"an unmount while it is healthy ({started.end_name} {ending})", releases[0],
                f"at line {line(releases[0])} in its own {events[0]} handler only")


def _own_event(release: Node) -> str | None:
    """The event of the handle's own handler that `release` runs in (`ws.onerror = () =>
    ws.close()`, `ws.on('error', () => ws.close())`), as a message shows it."""
    fn = enclosing_function(release)
    owner = callee_object(release)
    holder = outermost(fn).parent if fn is not None else None
    if owner is None or holder is None:
        return None
    if holder.type == "assignment_expression":
        left = holder.child_by_field_name("left")
        prop = left.child_by_field_name("property") if left is not None and left.type == "member_expression" else None
        if prop is not None and text(prop).startswith("on") and normalised(left.child_by_field_name("object")) == normalised(owner):
            return f"`{text(prop)}`"
    call = holder.parent if holder.type == "arguments" else None
    if call is not None and callee_name(call) in LISTEN_METHODS and normalised(callee_object(call)) == normalised(owner):
        event = string_value(call_arguments(call)[0]) if call_arguments(call) else None
        return f"'{event}'" if event is not None else None
    return None


def _conditional_end(start: Node, releases: list[Node]) -> Miss | None:
    """`return () => { if (ref.current) observer.disconnect() }`: the component's end (an
    effect's cleanup, componentWillUnmount) releases only when a condition about something else
    holds, so an unmount after that something is gone leaves the handle behind."""
    started = lifecycle_start(start) or _constructed_with_teardown(start)
    if started is None or not started.ends:
        return None
    in_end = [r for r in releases if any(contains(end, r) for end in started.ends)]
    if not in_end or len(in_end) != len(releases):
        return None
    for release in in_end:
        guard = _guard_of(release)
        open_only = guard is not None and (OPEN_ONLY.search(text(guard.child_by_field_name("condition"))) is not None
                                           or STATE_ONLY.search(text(guard.child_by_field_name("condition"))) is not None)
        if guard is None or (_names_handle(guard, release) and not open_only) or _started_under(guard, start):
            return None  # released unconditionally, only when the handle itself exists, or under the start's own condition
    guard = _guard_of(in_end[0])
    condition = unwrap(guard.child_by_field_name("condition"))
    if OPEN_ONLY.search(text(condition)):
        return _closed_when_open_only(in_end)
    return Miss(guard, f"{started.end_name} when `{short_text(condition, 40)}` does not hold", in_end[0],
                f"at line {line(in_end[0])} only under that condition")


def _constructed_with_teardown(start: Node):
    """`constructor() { this.observer = new MutationObserver(f) }` with `destroy()` beside it: a
    widget made and destroyed again and again, its constructor the start, its teardown the end."""
    from .lifecycles import Started

    fn = enclosing_function(start)
    while fn is not None and fn.type == "arrow_function":
        fn = enclosing_function(fn)
    body = fn.parent if fn is not None and fn.type == "method_definition" and is_constructor(fn) else None
    if body is None or body.type != "class_body":
        return None
    ends = tuple(m for m in body.named_children if m.type == "method_definition" and TEARDOWN_METHODS.match(text(m.child_by_field_name("name"))))
    return Started(fn, "the constructor", f"`{text(ends[0].child_by_field_name('name'))}()`", ends,
                   "every instance") if ends else None


# `ws.readyState === WebSocket.OPEN` (or `=== 1`): a test that a connection is open, not that it
# exists; a socket still connecting then is never closed, and opens later with its listeners.
OPEN_ONLY = re.compile(r"readyState\s*===?\s*(?:[\w$.]*\bOPEN\b|1\b)|(?:[\w$.]*\bOPEN\b|1)\s*===?\s*[\w$.]*readyState")


# `socket.connected`, `client.isOpen`: a test of the connection's state, not of whether there is
# anything to release; a removal or a clear under it is skipped while the connection is down.
STATE_ONLY = re.compile(r"\.\s*(?:connected|isConnected|disconnected|isOpen|isReady|ready)\b(?!\s*\()")


def _cleanup_returned_in_branch(start: Node, releases: list[Node]) -> Miss | None:
    """`useEffect(() => { const id = setInterval(f, ms); if (live) return () => clearInterval(id) })`:
    the effect starts the handle on every run but returns the cleanup that releases it only
    under a condition, so a run where it does not hold ends with no cleanup at all."""
    started = lifecycle_start(start)
    if started is None or not started.ends or not all(any(contains(end, r) for end in started.ends) for r in releases):
        return None
    guards = []
    for end in (e for e in started.ends if any(contains(e, r) for r in releases)):
        returned = outermost(end).parent
        if returned is None or returned.type != "return_statement":
            return None  # the arrow's own body, or a cleanup handed back otherwise: every run returns it
        guard = next((a for a in ancestors(returned) if a.type in ("if_statement", "switch_case", "ternary_expression")
                      or a == started.start), started.start)
        if guard == started.start:
            early = _returned_early(start, returned, started.start)
            if early is not None:  # `if (!root) return undefined;` between the start and the cleanup's `return`
                return Miss(early, f"the early `return` at line {line(early)}, which leaves {started.start_name} with no cleanup",
                            releases[0], f"at line {line(releases[0])} only in the cleanup returned at its end")
            return None
        if contains(guard, start) or (guard.type == "if_statement" and _started_under(guard, start)):
            return None  # returned on every run, or started in the same branch, or under the same condition
        guards.append(guard)
    if not guards:
        return None
    condition = guards[0].child_by_field_name("condition") or guards[0]
    return Miss(guards[0], f"a run of {started.start_name} where `{short_text(condition, 40)}` does not hold, which returns no cleanup",
                releases[0], f"at line {line(releases[0])} only in the cleanup returned under that condition")


def _returned_early(start: Node, cleanup_return: Node, effect: Node) -> Node | None:
    """A `return` of the effect itself, in a branch, after `start` and before the `return` that
    hands back the cleanup, which returns no function (`return;`, `return undefined`)."""
    for node in walk(effect.child_by_field_name("body") or effect, skip=FUNCTION_TYPES):
        if node.type != "return_statement" or node == cleanup_return or not (start.end_byte <= node.start_byte < cleanup_return.start_byte):
            continue
        value = unwrap(node.named_children[0]) if node.named_children else None
        if (value is None or text(value) in ("undefined", "null")) and any(a.type in ("if_statement", "switch_case") for a in ancestors(node) if contains(effect, a)):
            return node
    return None


def _released_in_other_cases(start: Node, releases: list[Node]) -> Miss | None:
    """`componentWillUnmount() { switch (this.mode) { case 'push': this.unsubscribeStore(); ... } }`
    for a subscription made whatever the mode, or a listener added in `case 'both':` of the
    start's switch with the end's switch removing in `case 'scroll':` and `case 'resize':` only:
    the end releases in some cases of a switch, and the case the start ran in (or any other)
    takes none of them."""
    started = lifecycle_start(start)
    if started is None or not started.ends or not releases:
        return None
    cases = [_case_of(r) for r in releases]
    if any(c is None or not any(contains(end, c) for end in started.ends) for c in cases):
        return None
    values = {_case_value(c) for c in cases}
    own = _case_of(start)
    if own is not None and _case_value(own) in values:
        return None  # started in the case whose counterpart releases it
    fn = enclosing_function(start)
    if any(a.type == "if_statement" and any(v in text(a.child_by_field_name("condition")) for v in values)
           for a in _up_to(start, fn) if fn is not None):
        return None  # `if (mode === 'live') timer = setInterval(...)`: started only in the case that releases it
    switch = next(a for a in ancestors(cases[0]) if a.type == "switch_statement")
    shown = short_text(switch.child_by_field_name("value"), 40).strip("()")
    listed = ", ".join(sorted(values))
    path = (f"{started.end_name} when `{shown}` is {_case_value(own)} (no case of the end's switch for it)" if own is not None
            else f"{started.end_name} when `{shown}` is " + (f"not {listed}" if len(values) == 1 else f"none of {listed}"))
    return Miss(switch, path, releases[0], f"at line {line(releases[0])} only in case {listed}")


def _case_of(node: Node) -> Node | None:
    """The non-default `case` of a switch that `node` runs in, within its function."""
    for parent in ancestors(node):
        if parent.type in FUNCTION_TYPES:
            return None
        if parent.type == "switch_case":
            return parent
    return None


def _case_value(case: Node) -> str:
    value = case.child_by_field_name("value")
    return text(value) if value is not None else "default"


def _guard_of(release: Node) -> Node | None:
    """The innermost `if` around a release, within its function."""
    for parent in ancestors(release):
        if parent.type in FUNCTION_TYPES:
            return None
        if parent.type == "if_statement" and not contains(parent.child_by_field_name("condition"), release):
            return parent
    return None


def _started_under(guard: Node, start: Node) -> bool:
    """`if (loop) t = setInterval(...)` and, in the cleanup, `if (loop) clearInterval(t)`: the
    release's condition is one the start itself ran under, on names that nothing assigns again
    (props, constants of the run), so the release runs whenever there is something to release."""
    if any(n.type == "subscript_expression" or n.type == "member_expression" and not _settings_read(n) and not (
               n.parent is not None and n.parent.type == "member_expression" and n.parent.child_by_field_name("object") == n)
           or (n.type == "call_expression" and not _platform_probe(n)) for n in walk(guard.child_by_field_name("condition"))):
        return False  # `if (ref.current)`: what the condition reads changes under it (React empties a ref at unmount)
    condition = normalised(guard.child_by_field_name("condition"))
    fn = enclosing_function(start)
    tested = [a for a in ancestors(start) if a.type == "if_statement" and (fn is None or contains(fn, a))
              and not contains(a.child_by_field_name("condition"), start)]
    if not any(normalised(a.child_by_field_name("condition")) == condition for a in tested):
        return False
    names = {text(n) for n in walk(guard.child_by_field_name("condition")) if n.type == "identifier"}
    scope = enclosing_function(fn) or fn
    return scope is not None and not any(
        n.type in ("assignment_expression", "augmented_assignment_expression") and text(n.child_by_field_name("left")) in names
        for n in walk(scope))


# Objects of settings a class or component is made with, read but never written while it runs.
SETTINGS_HOLDERS = re.compile(r"^(?:this\.)?(?:options|opts|config|settings|props)(?:\.|$)")


def _settings_read(member: Node) -> bool:
    """`this.options.skipProcessEventRegistration`: a setting the object was made with, the
    same when it starts something and when it ends it (unless the file assigns that very member)."""
    spelled = normalised(member)
    if not SETTINGS_HOLDERS.match(spelled):
        return False
    scope = next((a for a in ancestors(member) if a.type in CLASS_TYPES), None)  # (`this.options`: its class writes it, if anything does)
    if scope is None:
        scope = member
        while scope.parent is not None:
            scope = scope.parent
    return re.search(re.escape(spelled).replace(r"\.", r"\s*\.\s*") + r"\s*=(?!=)", text(scope)) is None


def _platform_probe(call: Node) -> bool:
    """`isMacSafari()`, `isBrowser()`: a plain function asked with no arguments whether the
    platform is one thing or another, whose answer does not change between a start and its end."""
    callee = unwrap(call.child_by_field_name("function"))
    return callee is not None and callee.type == "identifier" and not call_arguments(call) and re.match(r"^(?:is|has|supports)[A-Z]", text(callee)) is not None


def _names_handle(guard: Node, release: Node) -> bool:
    """The condition tests the released handle itself (`if (timer)`, `if (this.observer)`), or
    the listener a removal takes off (`if (onKey) document.removeEventListener('keydown', onKey)`)."""
    condition = text(guard.child_by_field_name("condition"))
    args = call_arguments(release)
    owner = callee_object(release)
    function_like = owner is None or text(owner) in GLOBAL_OBJECT_NAMES  # `window.clearInterval(h)`
    handle = unwrap(args[0]) if args and function_like else owner
    fields = _fields_read_by_method(release) if handle is not None and handle.type == "this" else None
    if fields is not None:  # `this.stop()`: a method of its own, naming the fields it reads (`this.ticker`)
        return any(re.search(rf"(?<![\w$]){re.escape(field)}(?![\w$])", condition) for field in fields)
    if handle is not None and handle.type == "this":  # `if (this.unsubscribe) this.unsubscribe()`: a disposer kept in a field
        handle = unwrap(release.child_by_field_name("function"))
    handles = [handle, *(unwrap(a) for a in args[1:2] if callee_name(release) in REMOVE_METHODS)]
    if owner is None:  # `if (unsubscribe) unsubscribe()`: the disposer, called itself
        handles.append(unwrap(release.child_by_field_name("function")))
    return any(shown and re.search(rf"(?<![\w$]){re.escape(shown)}(?![\w$])", condition) for shown in map(text, handles))  # `id`, not `hidden`


def _fields_read_by_method(call: Node) -> set[str] | None:
    """`this.ticker` for `this.stop()` whose body reads it: the fields of the class's method
    that a call on `this` runs; None when the class has no such method (a function kept in a field)."""
    method = sibling_method(call, callee_name(call) or "")
    return {" ".join(text(n).split()) for n in walk(method) if n.type == "member_expression"
            and unwrap(n.child_by_field_name("object")) is not None and unwrap(n.child_by_field_name("object")).type == "this"} if method else None


# Calls that take a listener off: their second argument is the listener.
REMOVE_METHODS = frozenset({"removeEventListener", "removeListener", "off"})


def _awaits_the_teardown(awaited: Node, name: str) -> bool:
    """`await stopFollowing(); watcher = chokidar.watch(...)`: the wait is the teardown itself, run
    first to replace what it ends (a restart), not other work a teardown may race."""
    call = unwrap(awaited.named_children[0]) if awaited.named_children else None
    return call is not None and call.type == "call_expression" and callee_name(call) == name


def armed_after_wait(start: Node, releases: list[Node], started_per_run: bool = False) -> Miss | None:
    """`await sleep(jitter); this.heartbeat = setInterval(...)` while `destroy()` clears
    `this.heartbeat`: a teardown that runs during the wait finds nothing to clear, and the
    timer starts afterwards on a torn-down owner, unless the code checks its state first.
    With `started_per_run`, a start-up method too: an object made and started per run (a
    poller per connection) is stopped by that run's end, which may come during the wait."""
    fn = enclosing_function(start)
    if fn is None or not any(child.type == "async" for child in fn.children) or (STARTUP_METHODS.match(method_of(start)) and not started_per_run):
        return None  # a start-up method: a teardown racing the start-up itself is not this shape
    teardown = next((r for r in releases if enclosing_function(r) not in (fn, None) and TEARDOWN_METHODS.match(method_of(r))), None)
    if teardown is None:
        return None
    awaited = None
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.type == "await_expression" and node.end_byte <= start.start_byte and _in_sequence(node, start):
            awaited = node
    name = method_of(teardown)
    if awaited is None or _state_checked_between(awaited, start, fn) or _awaits_the_teardown(awaited, name):
        return None
    return Miss(awaited, f"the start after `{short_text(awaited, 40)}`, if `{name}()` runs during that wait", teardown,
                f"in `{name}()` (line {line(teardown)})")


def method_of(node: Node) -> str:
    """The plain name of the function or method `node` runs in, through arrow callbacks."""
    fn = enclosing_function(node)
    while fn is not None and fn.type == "arrow_function":
        fn = enclosing_function(fn)
    return (function_name(fn) or "").rsplit(".", 1)[-1].strip("#_") if fn is not None else ""


def waited_before(start: Node) -> Node | None:
    """The `await` that `start` runs after, in sequence in the same async function, with no test
    of the owner's state between them: whatever ends during that wait has run by the time
    `start` does."""
    fn = enclosing_function(start)
    if fn is None or not any(child.type == "async" for child in fn.children):
        return None
    awaited = None
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.type == "await_expression" and node.end_byte <= start.start_byte and _in_sequence(node, start):
            awaited = node
    return None if awaited is None or _state_checked_between(awaited, start, fn) else awaited


def _in_sequence(earlier: Node, later: Node) -> bool:
    """`earlier` runs before `later` on the way to it: their closest common block holds them
    in statements one after the other, the earlier one not a branch or a loop."""
    later_chain = {n.id for n in ancestors(later)}
    child = earlier
    for parent in ancestors(earlier):
        if parent.id in later_chain:
            return parent.type in ("statement_block", "switch_case", "program") and child.type in (
                "expression_statement", "lexical_declaration", "variable_declaration")
        child = parent
    return False


def _state_checked_between(awaited: Node, start: Node, fn: Node) -> bool:
    """An `if` between the wait and the start that reads the owner's state (`this.destroyed`,
    `signal.aborted`), or a `return` under one: the code looks again before it arms."""
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.type == "if_statement" and awaited.end_byte <= node.start_byte < start.start_byte:
            condition = text(node.child_by_field_name("condition"))
            if "this." in condition or "aborted" in condition or "closed" in condition or "destroyed" in condition:
                return True
    return False


def retried_without_release(start: Node, releases: list[Node]) -> Miss | None:
    """`const run = () => { this.once('close', remove); out.on('end', () => { if (done)
    this.removeListener('close', remove); else run() }) }`: the release sits on one branch and
    the other branch runs the registering function again, so each retry registers once more and
    leaves the earlier registration behind."""
    fn = enclosing_function(start)
    name = (function_name(fn) or "").rsplit(".", 1)[-1] if fn is not None else ""
    if not name or not releases:
        return None
    for release in releases:
        if fn is None or not contains(fn, release):
            continue
        for holder in ancestors(release):
            if holder == fn:
                break
            if holder.type != "if_statement":
                continue
            consequence, alternative = holder.child_by_field_name("consequence"), holder.child_by_field_name("alternative")
            other = alternative if consequence is not None and contains(consequence, release) else consequence
            if other is None or any(contains(other, r) for r in releases):
                continue
            retry = next((n for n in walk(other) if n.type == "call_expression" and callee_name(n) == name and not contains(n, start)), None)
            if retry is not None:
                return Miss(retry, f"the retry at line {line(retry)}, which runs `{name}()` and registers again", release,
                            f"at line {line(release)}, on one branch only")
    return None


def looped_without_release(start: Node, releases: list[Node]) -> Miss | None:
    """`while (!stopped) { signal.addEventListener('abort', f); try { ...; conn.once('close',
    () => signal.removeEventListener('abort', f)); return conn } catch { await sleep(ms) } }`:
    the start runs once per round of a loop, and a `catch` in that round that releases nothing
    and does not leave the loop goes round again, registering once more."""
    fn = enclosing_function(start)
    loop = next((a for a in ancestors(start) if a.type in LOOP_TYPES or a == fn), None)
    if loop is None or loop == fn or not releases:
        return None
    body = loop.child_by_field_name("body")
    for clause in (n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "catch_clause") if body is not None else ():
        attempt = clause.parent
        if attempt is None or attempt.start_byte < start.end_byte or any(contains(clause, r) for r in releases):
            continue
        if any(c.type == "finally_clause" and any(contains(c, r) for r in releases) for c in attempt.children):
            continue  # a `finally` releases on that path too
        block = clause.child_by_field_name("body")
        last = block.named_children[-1] if block is not None and block.named_children else None
        if last is not None and last.type in ("return_statement", "throw_statement", "break_statement"):
            continue  # this failure leaves the loop
        return Miss(clause, f"the `catch` at line {line(clause)}, which goes round the loop again and registers once more", releases[0],
                    f"at line {line(releases[0])}, on the path that succeeds only")
    return None


def restarted_only(start: Node, releases: Iterable[Node]) -> bool:
    """`clearInterval(this.timer); this.timer = setInterval(...)`: every release comes just
    before a new start in the same function, so the timer is replaced but never stopped."""
    releases = list(releases)
    fn = enclosing_function(start)
    return bool(releases) and all(is_restart(release, start, fn) for release in releases)


def is_restart(release: Node, start: Node, fn: Node | None = None) -> bool:
    """The release comes before the start in the same function, and the start runs whenever
    the release does: not `close(); if (wanted) open()`, whose other branch stops it for good."""
    fn = fn if fn is not None else enclosing_function(start)
    if enclosing_function(release) != fn or release.end_byte > start.start_byte:
        return False
    return not any(node.type in ("if_statement", "ternary_expression", "switch_case", "else_clause") and not contains(node, release)
                   for node in _up_to(start, fn))


def _coverage(releases: list[Node]) -> Callable[[Node], bool]:
    """Whether a piece of code releases the handle: it contains a release, or calls a function
    of the file, by name, that does."""
    releasing = releasing_names(releases)
    aborting = _aborted_controllers(releases)
    ending = _ended_emitters(releases)

    def covered(node: Node) -> bool:
        if any(contains(node, release) for release in releases):
            return True
        if aborting and _aborts(node, aborting):
            return True  # `req.on('close', () => controller.abort())`, the release in the signal's 'abort' listener
        if ending and _ends(node, ending):
            return True  # `catch { socket.disconnect(true) }`, the release in `socket.on('disconnect', ...)`
        return bool(releasing) and any(  # called, or handed over as a callback (`req.on('close', onAbort)`)
            (n.type == "call_expression" and callee_name(n) in releasing) or (n.type == "identifier" and text(n) in releasing)
            for n in walk(node)
        )
    return covered


def _aborted_controllers(releases: list[Node]) -> set[str]:
    """The controllers whose abort runs a release: `ctrl` for a release inside
    `ctrl.signal.addEventListener('abort', ...)` (or `.onabort`-style `on('abort')`)."""
    found = set()
    for release in releases:
        listener = enclosing_function(release)
        holder = outermost(listener).parent if listener is not None else None
        call = holder.parent if holder is not None and holder.type == "arguments" else None
        if call is None or callee_name(call) not in LISTEN_METHODS or callee_object(call) is None:
            continue
        args = call_arguments(call)
        controller = _controller_of(callee_object(call))
        if args and string_value(args[0]) == "abort" and controller is not None:
            found.add(normalised(controller))
    return found


# What ends an emitter so that its own end event comes: the release in that event's listener runs.
ENDING_CALLS = frozenset({"disconnect", "close", "destroy", "end", "terminate"})


def _ended_emitters(releases: list[Node]) -> dict[str, list[Node]]:
    """The emitters whose own end runs a release, with the registrations that arm it: `socket`
    for a release inside `socket.on('disconnect', ...)` (or 'close', 'end')."""
    found: dict[str, list[Node]] = {}
    for release in releases:
        listener = enclosing_function(release)
        handed = handed_to(listener) if listener is not None else None
        call = handed[0] if handed is not None and handed[1] == 1 else None
        if call is None or callee_name(call) not in LISTEN_METHODS or callee_object(call) is None or not call_arguments(call):
            continue
        if string_value(call_arguments(call)[0]) in ("disconnect", "close", "end"):
            found.setdefault(normalised(callee_object(call)), []).append(call)
    return found


def _ends(code: Node, emitters: dict[str, list[Node]]) -> bool:
    """`code` ends one of `emitters` (spelled as normalised) itself, once the listener that
    releases is armed: `socket.disconnect(true)` after `socket.on('disconnect', ...)`, not in the
    `catch` of the `try` that registers it."""
    return any(n.type == "call_expression" and callee_name(n) in ENDING_CALLS and callee_object(n) is not None
               and any(_armed_before(r, n) for r in emitters.get(normalised(callee_object(n)), ())) for n in walk(code))


def _armed_before(registration: Node, node: Node) -> bool:
    if registration.end_byte > node.start_byte:
        return False
    return not any(a.type == "try_statement" and a.child_by_field_name("body") is not None and contains(a.child_by_field_name("body"), registration)
                   and not contains(a.child_by_field_name("body"), node) for a in ancestors(registration))


def _controller_of(signal: Node | None) -> Node | None:
    """`ctrl` of `ctrl.signal`."""
    signal = unwrap(signal)
    if signal is None or signal.type != "member_expression" or text(signal.child_by_field_name("property")) != "signal":
        return None
    return unwrap(signal.child_by_field_name("object"))


def _aborts(code: Node, controllers: set[str]) -> bool:
    """`code` calls `abort()` on one of `controllers` (spelled as normalised)."""
    return any(n.type == "call_expression" and callee_name(n) == "abort" and callee_object(n) is not None
               and normalised(callee_object(n)) in controllers for n in walk(code))


def _error_path(start: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    for holder in _up_to(start, fn):
        if holder.type != "try_statement":
            continue
        body, handler, finalizer = (holder.child_by_field_name(f) for f in ("body", "handler", "finalizer"))
        if body is None or not contains(body, start):
            continue  # started in the catch or the finally: that try does not guard it
        if finalizer is not None and covered(finalizer):
            return None
        if handler is None:
            continue  # the exception goes on to an outer try, or out of the function
        if covered(handler) or not _throws_after(start, body, fn, _armed_at(releases, body, fn)) or _released_after(holder, fn, releases):
            return None
        release = next((r for r in releases if not contains(handler, r)), releases[0])
        return Miss(handler, f"the `catch` at line {line(handler)}", release, f"at line {line(release)}")
    return None


def drained_in_try_only(releases: list[Node]) -> Miss | None:
    """`const batch = this.pending.slice(); try { await sink.write(batch); this.pending.splice(0,
    batch.length) } catch (e) { reject(e) }`: a function that takes entries out only at the end of a
    `try`, past an `await` whose failure its `catch` handles without taking them out."""
    holder = enclosing_function(releases[0]) if releases else None
    if holder is None or any(enclosing_function(r) != holder for r in releases):
        return None
    found = _try_skipping_release(releases, _coverage(releases), ("await_expression",), within=holder)
    if found is None or _released_after(found[0], holder, releases):
        return None
    handler = found[0].child_by_field_name("handler")
    if any(n.type in ("augmented_assignment_expression", "update_expression") or (n.type == "assignment_expression" and unwrap(
            n.child_by_field_name("left")) is not None and unwrap(n.child_by_field_name("left")).type == "member_expression") for n in walk(handler)):
        return None  # `entry.attempts += 1; entry.nextAt = ...`: kept on purpose, to be tried again
    return Miss(handler, f"the `catch` at line {line(handler)}, when `{short_text(found[1], 40)}` fails", releases[0],
                f"at line {line(releases[0])}, at the end of the `try` only")


def _released_in_try_only(start: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    """`signal.addEventListener('abort', f); try { await work(); signal.removeEventListener(...) }
    catch (e) { throw e }`: started before the `try`, released at the end of its body only, so
    whatever the awaited work throws goes through a `catch` (and out) that leaves it."""
    if any(enclosing_function(r) != fn or r.start_byte < start.end_byte for r in releases):
        return None
    # (`if (empty) { store.abandon(key); return }` covers its own branch only: the throw that
    # matters comes before the release the rest of the body ends with)
    main = [r for r in releases if not _released_on_early_exit(r)] or releases
    found = _try_skipping_release(main, covered, ("await_expression", "throw_statement"), within=fn)
    if found is not None and not all(contains(found[0].child_by_field_name("body"), r) for r in releases):
        found = None
    if found is None or contains(found[0], start) or _released_after(found[0], fn, releases):
        return None
    handler = found[0].child_by_field_name("handler")
    return Miss(handler, f"the `catch` at line {line(handler)}", main[0], f"at line {line(main[0])}, at the end of the `try` only")


def _left_by_catch(start: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    """`const client = await pool.connect(); try { ... } catch (err) { await client.query('ROLLBACK');
    throw err } client.release()`: released after a `try` whose `catch` leaves the function (it
    ends in a `throw` or a `return`) without releasing: every failure keeps what was started."""
    if any(enclosing_function(r) != fn or r.start_byte < start.end_byte for r in releases):
        return None
    release = releases[0]
    statement = next((a for a in (release, *ancestors(release)) if a.parent is not None and a.parent.type == "statement_block"), None)
    if statement is None or not contains(fn, statement):
        return None
    for sibling in statement.parent.named_children:
        if sibling.start_byte >= statement.start_byte:
            break
        if sibling.type != "try_statement" or sibling.start_byte < start.end_byte:
            continue
        handler, finalizer = sibling.child_by_field_name("handler"), sibling.child_by_field_name("finalizer")
        if handler is None or covered(handler) or finalizer is not None and covered(finalizer):
            continue
        body = handler.child_by_field_name("body")
        last = next((c for c in reversed(body.named_children) if c.type != "comment"), None) if body is not None else None
        if last is not None and last.type in ("throw_statement", "return_statement"):
            how = "rethrows" if last.type == "throw_statement" else "returns"
            return Miss(handler, f"the `catch` at line {line(handler)}, which {how} before it", release, f"at line {line(release)}, after the `try`")
    return None


def _end_handler_armed_late(start: Node, fn: Node, releases: list[Node]) -> Miss | None:
    """`presence.track(socket); try { await verify(token); socket.on('disconnect', () =>
    presence.untrack(socket.id)) } catch { socket.disconnect() }`: the releases sit in a handler
    for the end of a connection (or in the starting function), and that handler is registered
    later on one path only (the end of a `try`, after an early return, past an `await` that may
    throw): the other way out ends the connection with nothing left to release it."""
    registrations: list[Node] = []
    here: list[Node] = []
    for release in releases:
        handler = enclosing_function(release)
        if handler == fn:
            here.append(release)
            continue
        found = listener_of(release, fn)
        if found is None or enclosing_function(found[0]) != fn or found[0].start_byte < start.end_byte or found[1] not in NORMAL_END_EVENTS:
            return None  # released somewhere else too: not this shape
        registrations.append(found[0])
    if not registrations:
        return None
    armed = sorted(dict.fromkeys(registrations), key=lambda n: n.start_byte)
    miss = _released_in_try_only(start, fn, armed, _coverage([*releases, *registrations]))
    if miss is None and _returned_first(start, fn, armed) is not None:
        # an early return first: one that does not release in its own branch, if any (the code
        # that releases on its way out is read as meaning to, so a throw is not asked about then)
        miss = _returned_first(start, fn, armed, covered_by=here)
        if miss is None:
            return None
    miss = miss or _thrown_past(start, fn, armed)
    branch = next((a for a in _up_to(miss.node, fn) if a.type in ("if_statement", "switch_case", "catch_clause")), None) \
        if miss is not None and miss.node.type == "return_statement" else None
    if miss is None or (branch is not None and any(contains(branch, r) for r in here)):
        return None  # (a way out that calls the module's other function itself)
    event = string_value(call_arguments(miss.release)[0])
    return replace(miss, release_path=f"in the '{event}' handler registered {miss.release_path}")


def _end_listener_returned_first(start: Node, fn: Node, releases: list[Node]) -> Miss | None:
    """`req.on('socket', (s) => s.on('timeout', onIdle))` beside `http.get(url, (res) => { if
    (res.statusCode !== 200) return reject(...); res.on('end', () => s.off('timeout', onIdle)) })`:
    the releases run in a listener for the end of something, which a callback that runs once
    adds only past an early return of its own; that way out never arms it."""
    common = fn
    while common is not None and not all(contains(common, r) for r in releases):
        common = enclosing_function(common)
    if common is None:
        return None
    found = [listener_of(release, common) for release in releases]
    if any(f is None or f[1] not in NORMAL_END_EVENTS | FAILURE_OR_END_EVENTS or contains(f[0], start) for f in found) \
            or not any(f[1] in NORMAL_END_EVENTS for f in found):
        return None  # (an 'error' listener beside the 'end' one: the early return arms neither)
    found.sort(key=lambda f: f[1] not in NORMAL_END_EVENTS)
    miss = _returned_first(start, fn, list(dict.fromkeys(f[0] for f in found)))
    return replace(miss, release_path=f"in the '{found[0][1]}' listener added {miss.release_path}") if miss is not None else None


def _removes_itself_for_its_own_only(start: Node, fn: Node, releases: list[Node], own: Node | None) -> Miss | None:
    """`const onReturn = (msg) => { if (msg.properties.messageId !== id) return; ch.off('return',
    onReturn); reject(...) }; ch.on('return', onReturn); ch.publish(..., (err) => err ? reject(err)
    : resolve(id))`: the listener takes itself off only when the event about its own operation
    comes, which most operations never send, and the operation settles another way (a promise
    executor's `resolve`) without taking it off."""
    if own is None or not releases or not all(contains(own, r) for r in releases):
        return None
    first = min(releases, key=lambda r: r.start_byte)
    own_body = own.child_by_field_name("body") or own
    filtered = any(n.type == "return_statement" and n.start_byte < first.start_byte
                   and any(a.type == "if_statement" for a in _up_to(n, own)) for n in walk(own_body, skip=FUNCTION_TYPES))
    if not filtered:
        return None
    event = string_value(call_arguments(start)[0]) if call_arguments(start) else None
    release_path = f"at line {line(first)} only when a '{event}' for this very operation comes"
    settles = _settle_names(fn)[:1]  # its `resolve`: the normal end (a `reject` may well be the emitter's own end)
    body = fn.child_by_field_name("body") or fn
    elsewhere = next((n for n in walk(body) if n.type == "call_expression" and text(n.child_by_field_name("function")) in settles
                      and not contains(own, n)), None)
    if elsewhere is not None:
        return Miss(elsewhere, f"the `{text(elsewhere.child_by_field_name('function'))}()` at line {line(elsewhere)}", first, release_path)
    # `setTimeout(() => res.status(504).end(), ms)`: the operation's timeout ends it the other way
    timer = next((n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "call_expression" and callee_name(n) == "setTimeout"
                  and call_arguments(n) and unwrap(call_arguments(n)[0]) is not None and unwrap(call_arguments(n)[0]).type in FUNCTION_TYPES
                  and not any(contains(n, r) for r in releases)), None)
    if timer is not None:
        return Miss(timer, f"the timeout at line {line(timer)}", first, release_path)
    return None


def _closed_by_own_events_past_timeout(start: Node, fn: Node, releases: list[Node]) -> Miss | None:
    """`const watcher = fs.watch(file, () => { watcher.close(); reply.send(...) })` beside
    `reply.raw.setTimeout(ms, () => reply.code(304).send())`: the handle closes only in its own
    callbacks (the one it is started with, its own listeners), when its event comes; the code
    expects that event may never come, since a timeout ends the operation, but that timeout
    leaves the handle open."""
    if not releases or any(removes_itself(a) for a in call_arguments(start)) or not all(_in_own_callback(start, r) for r in releases):
        return None  # (`{ signal }`: the operation's own end aborts it)
    body = fn.child_by_field_name("body") or fn
    for node in walk(body, skip=FUNCTION_TYPES):
        if node.type != "call_expression" or callee_name(node) != "setTimeout" or contains(start, node):
            continue
        callback = next((unwrap(a) for a in reversed(call_arguments(node)) if unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES), None)
        if callback is None or any(contains(callback, r) for r in releases):
            continue
        first = min(releases, key=lambda r: r.start_byte)
        return Miss(node, f"the timeout at line {line(node)}", first, f"at line {line(first)} only when its own event comes")
    return None


def _released_in_one_case(start: Node, fn: Node, releases: list[Node]) -> Miss | None:
    """`switch (type) { case 'created': ...; end(token); break; case 'paid': ...; break }` after
    the start: every release sits in one `case` (or some cases) of a switch the function runs
    afterwards, and another case goes on without one, so each run that takes it keeps what it
    started."""
    cases = [next((a for a in _up_to(r, fn) if a.type in ("switch_case", "switch_default")), None) for r in releases]
    if not cases or None in cases or len({c.parent.id for c in cases if c.parent is not None}) != 1:
        return None
    case = cases[0]
    switch = case.parent.parent if case.parent is not None and case.parent.type == "switch_body" else None
    if switch is None or switch.start_byte < start.end_byte or enclosing_function(switch) != fn:
        return None
    releasing = {c.id for c in cases}
    # another case with no release; when several cases release, one that does work of its own and
    # leaves the switch (`return`, `break`, `throw`): an empty one falls through into the next
    other = next((c for c in case.parent.named_children if c.type in ("switch_case", "switch_default") and c.id not in releasing
                  and (len(releasing) == 1 or _leaves_its_case(c))), None)
    if other is None:
        return None
    value = other.child_by_field_name("value")
    shown = "`default`" if other.type == "switch_default" else f"`case {short_text(value, 30)}`"
    return Miss(other, f"the {shown} at line {line(other)}", releases[0], f"at line {line(releases[0])}, in {'one `case`' if len(releasing) == 1 else 'some `case`s'} of the switch only")


def returned_before_handing_back(checkout: Node, releases: list[Node]) -> Miss | None:
    """`pool.connect((err, client, release) => { client.query(sql, (err, rows) => { if (err)
    return cb(err); ...; release() }) })`: the checkout's callback, or a callback nested in it,
    returns early (under a condition) before any release it or the callbacks after it run, so
    that way out keeps the connection. The checkout callback's own failure (`if (err) return`
    before any use, its first parameter) checked nothing out."""
    from .summaries import parameter_list  # summaries reads paths from here

    failure = next(iter(parameter_list(checkout)), None)
    for fn in [checkout, *(n for n in walk(checkout.child_by_field_name("body") or checkout) if n.type in FUNCTION_TYPES)]:
        inside = [r for r in releases if contains(fn, r)]
        if not inside:
            continue
        first = min(inside, key=lambda r: r.start_byte)
        for exit_, conditions in _conditional_returns(fn, fn.start_byte, first.start_byte, releases):
            if fn == checkout and failure is not None and any(failure in BARE_NAMES.findall(c) for c in conditions):
                continue  # the checkout's own failure: nothing was checked out
            tested = {name for c in conditions for name in BARE_NAMES.findall(c)}
            if any(n.type == "assignment_expression" and n.start_byte > exit_.end_byte and text(n.child_by_field_name("left")) in tested
                   for n in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES)):
                continue  # `if (released) return; released = true; client.release()`: a flag the way to the release sets
            return Miss(exit_, f"the early return at line {line(exit_)}", first, f"at line {line(first)}, after it")
    return None


def _after_own_end_only(where: Node, handle: str, timers: set, fn: Node) -> bool:
    """`where` runs only once `handle` has ended: it is a listener for the handle's own end
    ('close', 'exit', 'error'...), or a local function every call of which (in `fn`) sits in
    such a listener or in one of the `timers` (which end the handle themselves)."""
    def on_own_end(callback: Node | None) -> bool:
        handed = handed_to(callback) if callback is not None else None
        call = handed[0] if handed is not None and handed[1] == 1 else None
        return call is not None and call.type == "call_expression" and callee_name(call) in LISTEN_METHODS \
            and text(callee_object(call)) == handle and (string_value(call_arguments(call)[0]) or "") in NORMAL_END_EVENTS | {"error"}
    if on_own_end(where):
        return True
    holder = outermost(where).parent
    name = text(holder.child_by_field_name("name")) if holder is not None and holder.type == "variable_declarator" else \
        text(where.child_by_field_name("name")) if where.type == "function_declaration" else ""
    if not name:
        return False
    calls = [n for n in walk(fn.child_by_field_name("body") or fn) if n.type == "call_expression"
             and text(n.child_by_field_name("function")) == name]
    return bool(calls) and all(enclosing_function(c) in timers or on_own_end(enclosing_function(c)) for c in calls)


def _leaves_its_case(case: Node) -> bool:
    """A `case` with statements of its own whose last one leaves the switch or the function."""
    body = [c for c in case.named_children if c != case.child_by_field_name("value") and c.type != "comment"]
    last = body[-1] if body else None
    if last is not None and last.type == "statement_block":
        inner = [c for c in last.named_children if c.type != "comment"]
        last = inner[-1] if inner else None
    return last is not None and last.type in ("return_statement", "break_statement", "throw_statement")


def _in_own_callback(start: Node, release: Node) -> bool:
    """`release` runs in a callback the start itself is handed (`fs.watch(path, () => w.close())`)
    or in a handler of the handle's own events (`w.on('error', () => w.close())`)."""
    fn = enclosing_function(release)
    if fn is None:
        return False
    if contains(start, fn):
        return any(outermost(a) == outermost(fn) for a in call_arguments(start))
    return _own_event(release) is not None


def _removed_on_timeout_only(fn: Node, releases: list[Node], own: Node | None, start: Node | None = None) -> Miss | None:
    """`socket.once('disconnect', onDrop)` in a promise executor whose timeout removes it, while
    the reply's handler resolves without removing it: every call answered in time leaves it.
    A settle that runs only once the started handle has ended itself (its 'close', 'exit' or
    'error' listeners: `child.on('close', (code) => settle(...))`) leaves nothing to end."""
    settles = _settle_names(fn)
    if not releases or not settles or not all(in_timer_callback(r) for r in releases):
        return None
    timers = {enclosing_function(r) for r in releases}
    holder = outermost(start).parent if start is not None else None
    handle = text(holder.child_by_field_name("name")) if holder is not None and holder.type == "variable_declarator" else ""
    for node in walk(fn.child_by_field_name("body") or fn):
        if node.type != "call_expression" or text(node.child_by_field_name("function")) not in settles:
            continue
        where = enclosing_function(node)
        if where in timers or where is None or where == fn or any(contains(where, r) for r in releases) \
                or (own is not None and contains(own, node)):
            continue  # (the listener's own handler: its event came, and a `once` is gone with it)
        if handle and _after_own_end_only(where, handle, timers, fn):
            continue  # `const settle = (err) => { clearTimeout(timer); reject(err) }`, called from `child.on('close')`
        return Miss(node, f"the `{text(node.child_by_field_name('function'))}()` at line {line(node)}", releases[0],
                    f"at line {line(releases[0])}, in the timeout only")
    return None


def _settled_unreleased_in_own(fn: Node, releases: list[Node], own: Node | None) -> Miss | None:
    """`const onReply = (r) => { if (r.type === 'failed') { reject(err); return } worker.off(
    'message', onReply); resolve(r.value) }` (or a watcher's callback that calls its `stop()`
    when done but not when failed): the handle is released inside its own callback, and one
    branch of that callback settles the operation's promise without releasing it first or
    after, so an operation that ends that way leaves it attached for good."""
    settles = _settle_names(fn)
    if own is None or not settles or not releases or not all(contains(own, r) for r in releases):
        return None
    covered = _coverage(releases)
    body = own.child_by_field_name("body") or own
    for call in walk(body, skip=FUNCTION_TYPES):
        if call.type != "call_expression" or text(call.child_by_field_name("function")) not in settles or covered(call):
            continue
        if _released_around(call, body, covered, releases):
            continue
        branch = next((a for a in _up_to(call, own) if a.type in ("if_statement", "else_clause", "switch_case")), None)
        if branch is None:
            return None  # settled on the callback's own path, which has no release: not a one-branch miss
        shown = text(call.child_by_field_name("function"))
        return Miss(call, f"the branch that settles with `{shown}()` at line {line(call)}", releases[0],
                    f"at line {line(releases[0])} on the other branches only", settles=True)
    return None


def settled_unreleased_in_listener(start: Node, releases: list[Node]) -> Miss | None:
    """A listener the starting function registers holds every release, on some branches, and
    settles the operation on another without one (_listener_holding)."""
    fn = enclosing_function(start)
    return _settled_unreleased_in_own(fn, releases, _listener_holding(releases, fn)) if fn is not None and releases else None


def _listener_holding(releases: list[Node], fn: Node) -> Node | None:
    """The one listener every release sits in, registered by `fn` itself (`lines.on('line', (l)
    => { ...; rg.kill() })`): a branch of it that settles the operation without a release leaves
    what `fn` started (_settled_unreleased_in_own)."""
    holders = {enclosing_function(r) for r in releases}
    listener = holders.pop() if len(holders) == 1 else None
    found = listener_of(releases[0]) if listener is not None else None
    return listener if found is not None and enclosing_function(found[0]) == fn else None


def _released_around(call: Node, body: Node, covered: Callable[[Node], bool], releases: list[Node] = ()) -> bool:
    """A release on the way to `call` (a statement before it, in its block or an enclosing one)
    or after it in the same branch, before the branch leaves (`stop(); resolve(x)`,
    `resolve(x); stop()`)."""
    statement, innermost = call, True
    while statement is not None and statement != body:
        block = statement.parent
        if block is not None and block.type in ("statement_block", "switch_case", "program"):
            siblings = block.named_children
            at = next((i for i, n in enumerate(siblings) if n == statement), None)
            if at is not None:
                if any(covered(n) and (not releases or _surely_released_in(n, releases)) for n in siblings[:at]):
                    return True  # (not `try { ... } catch { clearInterval(t); return }` before it: that release leaves)
                if innermost:
                    for n in siblings[at + 1:]:
                        if covered(n):
                            return True
                        if n.type in ("return_statement", "throw_statement", "break_statement"):
                            break
                    innermost = False
        statement = block
    return False


def _surely_released_in(statement: Node, releases: list[Node]) -> bool:
    """A release inside `statement` that runs whenever the statement runs to its end: not in a
    branch of it (an `if`, a `catch`, a `case`) that may be skipped or leave."""
    return any(contains(statement, r) and not any(a.type in ("if_statement", "catch_clause", "switch_case", "ternary_expression", "else_clause")
                                                 for a in (*_up_to(r, statement), statement)) for r in releases)


def _settle_names(fn: Node) -> tuple[str, ...]:
    """The names a promise executor's settle functions go by, in order (`resolve`, `reject`);
    none when `fn` is no executor."""
    params = fn.child_by_field_name("parameters")
    return tuple(text(p) for p in params.named_children[:2]) if params is not None and promise_of_executor(fn) is not None else ()


def _closed_when_open_only(releases: list[Node]) -> Miss | None:
    """`if (this.socket.readyState === WebSocket.OPEN) this.socket.close()`: a socket still
    connecting when that runs is not closed; it opens afterwards and stays, with its listeners."""
    branches = [next((a for a in ancestors(r) if a.type == "if_statement" and contains(a.child_by_field_name("consequence") or a, r)), None)
                for r in releases]
    if not branches or any(b is None or not OPEN_ONLY.search(text(b.child_by_field_name("condition"))) for b in branches):
        return None
    return Miss(branches[0], f"a socket still connecting when the `if` at line {line(branches[0])} runs (its `readyState` is not OPEN yet)",
                releases[0], f"at line {line(releases[0])} only when it is open already")


def _try_skipping_release(releases: list[Node], covered: Callable[[Node], bool], throwers: tuple[str, ...],
                          within: Node | None = None) -> tuple[Node, Node] | None:
    """The `try` whose body holds every release, after something of `throwers` kinds that may
    throw, with a `catch` (and `finally`) that release nothing: the try and that thrower."""
    ups = _up_to(releases[0], within) if within is not None else ancestors(releases[0])
    holder = next((n for n in ups if n.type == "try_statement"), None)
    if holder is None:
        return None
    body, handler, finalizer = (holder.child_by_field_name(f) for f in ("body", "handler", "finalizer"))
    if body is None or handler is None or not all(contains(body, r) for r in releases):
        return None
    if (finalizer is not None and covered(finalizer)) or covered(handler):
        return None
    thrower = next((n for n in walk(body, skip=FUNCTION_TYPES) if n.type in throwers and n.end_byte <= releases[0].start_byte
                    and not contains(n, releases[0])), None)
    return (holder, thrower) if thrower is not None else None  # (none: nothing before the release can throw past it)


def thrown_in_helper(helper: Node, releases: list[Node]) -> Miss | None:
    """`async function settle(key, p) { await p; cache.delete(key) }`: every release in the
    helper comes after an `await` that may throw, with no `try` (or in a `try` whose `catch`
    does not release): a failure skips it."""
    params = helper.child_by_field_name("parameters") or helper.child_by_field_name("parameter")
    if params is None:
        return None
    # `try { await attempt.send(); pending.delete(id) } catch (e) { log(e) }`: the catch leaves it too
    return _thrown_past(params, helper, releases) or _released_in_try_only(params, helper, releases, _coverage(releases))


def _thrown_past(start: Node, fn: Node, releases: list[Node]) -> Miss | None:
    if any(enclosing_function(r) != fn or r.start_byte < start.end_byte for r in releases):
        return None  # released in a callback, or before the start: not this shape
    main = [r for r in releases if path_of(r) is Path.ALWAYS]
    branched = [r for r in releases if path_of(r) is not Path.ALWAYS]
    if not main or (branched and callee_name(start) in ALL_TIMERS) or any(not _released_on_early_exit(r) for r in branched):
        return None  # released on a branch that goes on: not this shape (nor a timer's, which fires and goes by itself)
    releases = main  # (`if (fresh) { lock.release(); return cached }` covers its own branch only)
    if any(node.type == "try_statement" and node.child_by_field_name("handler") is not None
           for node in (*_up_to(releases[0], fn), *_up_to(start, fn))):
        return None  # a try with a catch around either one: the error path is the catch's, judged above
        # (a `finally` alone lets the exception through; one that releases, _finally_covers saw first)
    awaited = next((
        node for node in walk(fn)
        if node.type == "await_expression" and start.end_byte <= node.start_byte < releases[0].start_byte
        and enclosing_function(node) == fn and not _never_rejects(node)
        and not any(a.type == "try_statement" and a.child_by_field_name("handler") is not None for a in _up_to(node, fn))
    ), None)  # (an await inside a `try` with a `catch`: the catch's path, judged above)
    if awaited is None or _left_before(start, awaited, fn):
        return None  # (`if (hit) { cache.set(k, hit); return hit }` before the await: that run never gets there)
    return Miss(awaited, f"an exception from `{short_text(awaited, 50)}`", releases[0],
                f"at line {line(releases[0])}, only when the code before it does not throw")


def _left_before(start: Node, node: Node, fn: Node) -> bool:
    """Every run that gets to `start` leaves `fn` before `node`: a `return` (or `throw`) that
    follows `start` in a block holding it, unconditionally, ahead of `node`."""
    for block in _up_to(start, fn):
        if block.type != "statement_block" or contains(block, node):
            continue
        if any(child.type in ("return_statement", "throw_statement") and child.start_byte >= start.end_byte for child in block.named_children):
            return True
    return False


def _thrown_past_executor(executor: Node, releases: list[Node]) -> Miss | None:
    """`let t; const deadline = new Promise((_, reject) => { t = setTimeout(reject, ms) });
    await Promise.race([work(), deadline]); clearTimeout(t)`: an executor runs when its promise
    is made, so what it starts is started there, in the function around it; a release there
    after an `await` that may throw (or only in a `try` whose `catch` does not release) is
    skipped by every failure."""
    made = promise_of_executor(executor)
    outer = enclosing_function(made) if made is not None else None
    if outer is None or any(contains(executor, r) for r in releases) or _finally_covers(made, outer, releases):
        return None
    holder = outermost(made).parent
    name = text(holder.child_by_field_name("name")) if holder is not None and holder.type == "variable_declarator" else None
    first = min(r.start_byte for r in releases)
    body = outer.child_by_field_name("body") or outer
    if name is not None and all(text(unwrap(n.named_children[0])) == name for n in walk(body, skip=FUNCTION_TYPES)
                                if n.type == "await_expression" and made.end_byte <= n.start_byte < first and n.named_children):
        return None  # `await answer` alone: only its own executor settles it, the timer's rejection among them (it has fired)
    return _thrown_past(made, outer, releases) or _released_in_try_only(made, outer, releases, _coverage(releases))


def _released_on_early_exit(release: Node) -> bool:
    """`if (fresh) { lock.release(); return cached }`: a release that ends a branch which leaves
    the function, covering that branch alone."""
    statement = _statement_of(release)
    block = statement.parent if statement is not None else None
    if block is None or block.type != "statement_block":
        return False
    after = block.named_children[block.named_children.index(statement) + 1:] if statement in block.named_children else []
    return bool(after) and after[-1].type in ("return_statement", "throw_statement") and all(
        n.type in ("return_statement", "throw_statement", "expression_statement") for n in after)


def _never_rejects(awaited: Node) -> bool:
    """`await new Promise((resolve) => setTimeout(resolve, ms))`: a promise whose executor takes
    no `reject` waits, and throws nothing past the code after it."""
    made = unwrap(awaited.named_children[0]) if awaited.named_children else None
    if made is None or made.type != "new_expression" or text(made.child_by_field_name("constructor")) != "Promise":
        return False
    arguments = made.child_by_field_name("arguments")
    executor = unwrap(arguments.named_children[0]) if arguments is not None and arguments.named_children else None
    params = (executor.child_by_field_name("parameters") or executor.child_by_field_name("parameter")) \
        if executor is not None and executor.type in FUNCTION_TYPES else None
    return params is not None and (params.type == "identifier" or len(params.named_children) == 1)


def _start_callback(start: Node) -> Node | None:
    """The start's own callback: `setInterval(fn, ms)`, `fs.watch(dir, fn)`, `fs.watch(dir, opts, fn)`."""
    args = call_arguments(start) if start.type == "call_expression" else []
    return next((c for a in args if (c := unwrap(a)) is not None and c.type in FUNCTION_TYPES), None)


def _normal_end(start: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool], own: Node | None) -> Miss | None:
    if own is None:
        own = _start_callback(start)
    for release in releases:
        where = path_of(release)
        if in_timer_callback(release):
            return None  # a timer fires unless cleared: the release comes, late but surely
        inside_own = own is not None and contains(own, release)
        if inside_own and where is Path.ALWAYS and _after_guard_return(release, own):
            where = Path.CONDITION  # `if (msg.id !== id) return; ...; emitter.off(...)`: for its own message only
        if not (where in (Path.ERROR, Path.TIMEOUT, Path.CANCEL) or (inside_own and where is Path.CONDITION)):
            return None  # this release runs when the operation ends normally
    answered = _answered_in_catch(own, fn, releases, covered) if own is not None else None
    if answered is not None:
        return answered
    settled = _settled_in_other_branch(start, own, releases) if own is not None else None
    if settled is not None:
        return settled
    for node in walk(fn):
        if node.type != "call_expression" or node == start or enclosing_function(node) != fn:
            continue
        ending = _ends_operation(node)
        if ending is not None and callee_name(node) in LISTEN_METHODS and start.type == "call_expression" \
                and callee_object(start) is not None and callee_object(node) is not None \
                and normalised(callee_object(node)) == normalised(callee_object(start)):
            continue  # the receiver's own 'close': what listens on it goes with it
        if ending is not None and not covered(node):
            release = releases[0]
            how = "inside its own callback, under a condition" if own is not None and contains(own, release) else path_of(release).value
            return Miss(node, f"{ending} at line {line(node)}", release, f"at line {line(release)} {how}")
    waited = _returned_after_waiting(start, fn, own, releases, covered)
    if waited is not None:
        return waited
    return _failure_listeners_only(fn, releases) if callee_name(start) not in ONE_SHOT_TIMERS else None


def _caught_only(start: Node, fn: Node, releases: list[Node]) -> Miss | None:
    """`bus.on('message', h); try { await sub.subscribe(ch) } catch (e) { bus.off('message', h);
    throw e }`: every release is in the `catch` of a `try` the function enters after the start
    (or that guards it), so it runs only when something throws. When nothing does, the function
    goes on, and ends, with what it started still there."""
    handlers = []
    for release in releases:
        handler = next((h for h in _up_to(release, fn) if h.type == "catch_clause"), None)
        attempt = handler.parent if handler is not None else None
        if handler is None or attempt is None or attempt.type != "try_statement" or enclosing_function(release) != fn \
                or contains(handler, start) or (attempt.start_byte < start.start_byte and not contains(attempt, start)):
            return None
        handlers.append(handler)
    body = handlers[0].parent.child_by_field_name("body")
    return Miss(body, f"the normal path through the `try` at line {line(body)}, when nothing throws", releases[0],
                f"at line {line(releases[0])}, in the `catch` only") if body is not None else None


def _returned_after_waiting(start: Node, fn: Node, own: Node | None, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    """`track(id, (s) => { if (s.done) untrack(id) }); await sleep(window); return 'expired'`:
    every release sits in the start's own callback under a condition, and the starting function
    waits and then returns without one: that return ends the operation and leaves it."""
    if own is None or not all(contains(own, r) for r in releases):
        return None
    waited = next((n for n in walk(fn) if n.type == "await_expression" and enclosing_function(n) == fn and n.start_byte > start.end_byte), None)
    if waited is None:
        return None
    for node in walk(fn):
        if node.type == "return_statement" and enclosing_function(node) == fn and node.start_byte > waited.end_byte and not covered(node):
            return Miss(node, f"the return at line {line(node)}, after the wait", releases[0],
                        f"at line {line(releases[0])} inside its own callback, under a condition")
    return None


def timeout_leaves_helper_entry(site: Node, imported: dict[str, tuple[str, tuple[str, ...]]], specifier: str) -> Node | None:
    """`const id = register(resolve, reject); setTimeout(() => reject(new Error('timeout')), ms)`:
    the operation that has the helper module add an entry (the call at `site`) also has a
    timeout that settles it without calling anything of that module, which is where the entry
    would go. The timer, or None. (Whether the module removes the entry at all, its summary says.)"""
    fn = running_function(site)
    if fn is None:
        return None
    for timer in calls_within(fn.child_by_field_name("body") or fn, ("setTimeout",)):
        if callee_object(timer) is not None or running_function(timer) != fn:
            continue
        args = call_arguments(timer)
        callback = unwrap(args[0]) if args else None
        if callback is None or callback.type not in FUNCTION_TYPES:
            continue
        calls = [n for n in walk(callback) if n.type == "call_expression"]
        settles = any(callee_object(n) is None and callee_name(n) in SETTLE_FUNCTIONS for n in calls)
        helps = any(_imported_from(n, imported) == specifier or (callee_object(n) is not None and unwrap(callee_object(n)).type == "this")
                    for n in calls)
        if settles and not helps:
            return timer
    return None


def _imported_from(call: Node, imported: dict[str, tuple[str, tuple[str, ...]]]) -> str | None:
    """The module a call's callee (or its object, `pending.settle(id)`) is imported from."""
    callee = unwrap(call.child_by_field_name("function"))
    while callee is not None and callee.type == "member_expression":
        callee = unwrap(callee.child_by_field_name("object"))
    entry = imported.get(text(callee)) if callee is not None and callee.type == "identifier" else None
    return entry[0] if entry is not None else None


# What ends a request from inside a callback: a call that answers on its response, or settles
# the promise the function made.
ANSWERS = frozenset({"end", "json", "send", "sendStatus", "render", "redirect", "jsonp", "sendFile"})


def answering_receiver(call: Node) -> Node | None:
    """The object a call answers on (`res` of `res.status(504).json(x)`), when it is an
    answering method; None otherwise."""
    if callee_name(call) not in ANSWERS:
        return None
    receiver = callee_object(call)
    while receiver is not None and receiver.type == "call_expression":
        receiver = callee_object(receiver)  # `res.status(500).end()`
    return receiver


def answers_handler_response(call: Node) -> bool:
    """`res.status(504).json(x)` inside a callback of a route or request handler whose
    parameter `res` is: the call answers the request, so the operation it served is over."""
    receiver = answering_receiver(call)
    if receiver is None or receiver.type != "identifier":
        return False
    name = text(receiver)
    fn = enclosing_function(call)
    while fn is not None:
        if name in parameter_names(fn):
            return is_request_handler(fn)
        fn = enclosing_function(fn)
    return False


def _answered_in_catch(own: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    """`setInterval(async () => { try { if (await done(id)) { clearInterval(t); res.json(x) } }
    catch { res.status(500).end() } })`: the callback's `catch` answers the request (or rejects),
    so the operation is over there, but nothing clears the interval: it polls for good."""
    parameters = parameter_names(fn)
    for clause in walk(own.child_by_field_name("body") or own, skip=FUNCTION_TYPES):
        if clause.type != "catch_clause" or covered(clause):
            continue
        for node in walk(clause, skip=FUNCTION_TYPES):
            if node.type != "call_expression":
                continue
            receiver = answering_receiver(node)
            answers = receiver is not None and text(receiver) in parameters
            settles = callee_object(node) is None and callee_name(node) in ("reject", "resolve")
            if answers or settles:
                ends = "answers the request" if answers else "settles the operation"
                return Miss(clause, f"the `catch` at line {line(clause)}, which {ends} (`{short_text(node, 30)}`)", releases[0],
                            f"at line {line(releases[0])} inside its own callback, under a condition")
    return None


def _after_guard_return(release: Node, handler: Node) -> bool:
    """A `return` under a condition earlier in the handler's own body: the release runs only
    for the calls that get past it (`if (msg.correlationId !== id) return`)."""
    return any(node.type == "return_statement" and node.end_byte <= release.start_byte and enclosing_function(node) == handler
               and any(a.type == "if_statement" for a in _up_to(node, handler))
               for node in walk(handler.child_by_field_name("body") or handler, skip=FUNCTION_TYPES))


# A request's body as handlers name it: its 'end' never comes when the client aborts the upload.
REQUEST_BODY_NAMES = frozenset({"req", "request", "incoming"})


def _finish_only(fn: Node, releases: list[Node]) -> Miss | None:
    """`res.on('finish', () => clearInterval(progress))` alone: a response, or any writable,
    emits 'finish' only when it completes, and 'close' always. A client that goes away, or a
    stream that fails, closes without finishing, and the release never runs. The same holds
    for a socket's or a readable stream's 'end' (`socket.on('end', ...)`): a reset or an error
    closes it without one. (A one-shot timer fires anyway, soon: only what repeats, or a
    listener, is judged so.)"""
    heard = [(release, listener_of(release, fn)) for release in releases]
    # (a release under a condition in another of the request's listeners, `if (bytes > MAX) out.destroy()`, covers only that case)
    listeners = [found for release, found in heard if not (found is not None and found[1] not in ("finish", "end", *END_EVENTS, "error", "aborted")
                                                           and path_of(release) is Path.CONDITION)]
    if not listeners or any(found is None or found[1] not in ("finish", "end") for found in listeners):
        return None
    registration, event = listeners[0]
    emitter = callee_object(registration)
    if event == "end" and not (emitter is not None and (CONNECTION_NAMES.search(short_text(emitter, 60).rsplit(".", 1)[-1])
                                                        or text(emitter) in REQUEST_BODY_NAMES or _served_connection(emitter, fn))):
        return None  # a client's 'end' (a redis connection's) is its last event; a socket's or a stream's is not
    if any(event != found[1] or callee_object(found[0]) is None or text(callee_object(found[0])) != text(emitter) for found in listeners):
        return None
    how = "as when the client goes away" if event == "finish" else "as when the connection resets or fails"
    release = next(r for r, found in heard if found is not None and found[0] == registration)
    return Miss(registration, f"an early close of `{short_text(emitter, 30)}` ('close' without '{event}', {how})",
                release, f"at line {line(release)} in the '{event}' listener only")


def _served_connection(emitter: Node, fn: Node) -> bool:
    """`net.createServer(serve)` with `function serve(client) {...}`, or `server.on('connection',
    (peer) => ...)`: the emitter is the socket a server hands its connection handler, whatever
    it is called."""
    handler = fn
    while handler is not None and text(parameter_at(handler, 0)) != text(emitter):
        handler = enclosing_function(handler)
    if handler is None:
        return False
    holder = outermost(handler).parent
    if holder is not None and holder.type == "arguments":
        return _serves_connections(holder.parent)
    name = function_name(handler)
    if not name or handler.type != "function_declaration":
        return False
    root = handler
    while root.parent is not None:
        root = root.parent
    spelled = re.escape(name.encode())
    return re.search(rb"(?:createServer|createSecureServer)\s*\((?:[^()]*,)?\s*" + spelled + rb"\s*\)|\.on\(\s*['\"](?:secureConnection|connection)['\"]\s*,\s*"
                     + spelled + rb"\s*\)", root.text or b"") is not None


def _serves_connections(call: Node | None) -> bool:
    """A call that hands its function argument a server's connections."""
    if call is None or call.type != "call_expression":
        return False
    name = callee_name(call)
    if name in ("createServer", "createSecureServer"):
        return True
    arguments = call_arguments(call)
    return name == "on" and bool(arguments) and string_value(arguments[0]) in ("connection", "secureConnection")


def _failure_listeners_only(fn: Node, releases: list[Node]) -> Miss | None:
    """`socket.on('error', () => clearInterval(ping))` and nothing else: every release sits in
    a listener the function adds for a failure ('error', 'timeout', 'abort') of an object that
    also ends without one. A socket, a stream or a connection closes normally far more often
    than it fails, and that normal end releases nothing."""
    found = _listeners_only(fn, releases, lambda release, event: path_of(release) in (Path.ERROR, Path.TIMEOUT, Path.CANCEL))
    if found is None:
        return None
    registration, event, emitter = found
    controller = _controller_of(emitter) if event == "abort" else None
    if controller is not None and _aborts(fn, {normalised(controller)}):
        return None  # an AbortSignal has no other end, and this function aborts its controller
    return Miss(registration, f"a normal end of `{short_text(emitter, 30)}` (its 'close' without an '{event}')", releases[0],
                f"at line {line(releases[0])} in the '{event}' listener only")


def _conditional_listeners_only(fn: Node, releases: list[Node], start: Node | None = None) -> Miss | None:
    """`ws.on('message', (m) => { if (m === 'bye') clearInterval(beat) })` and nothing else:
    every release waits for a message, under a condition, from an object that can close without
    ever sending it; nothing listens for its end, so the close leaves the interval running.
    (Not when that object is a stream of the started handle itself, `child.stdout`: its close is
    the handle's own end.)"""
    found = _listeners_only(fn, releases,
                            lambda release, event: path_of(release) is Path.CONDITION and event not in FAILURE_OR_END_EVENTS)
    if found is None:
        return None
    registration, event, emitter = found
    holder = outermost(start).parent if start is not None else None
    held = text(holder.child_by_field_name("name")) if holder is not None and holder.type == "variable_declarator" else ""
    if held and normalised(emitter).startswith(held + "."):
        return None  # `probe.stdout` closes when `probe` ends
    return Miss(registration, f"a normal end of `{short_text(emitter, 30)}` (its 'close' before the condition holds)", releases[0],
                f"at line {line(releases[0])} in the '{event}' listener, under a condition, only")


def _end_listener_under_condition(start: Node, fn: Node, releases: list[Node]) -> Miss | None:
    """`ws.on('close', () => { if (state.userId) { ...; this.clients.delete(id) } })`: every
    release sits in a listener for the object's end, under a condition about something else
    (not the handle or entry itself), so an end while it does not hold (a client that never
    signed in) leaves what the start made."""
    found = _listeners_only(fn, releases, lambda release, event: event in END_EVENTS)
    if found is None:
        return None
    guards = [_guard_of(r) or _early_exit_before(r, listener_of(r, fn)[0]) for r in releases]
    if any(g is not None and g == h and g.type == "if_statement" and contains(g.child_by_field_name("consequence"), r) != contains(g.child_by_field_name("consequence"), q)
           for g, r in zip(guards, releases) for h, q in zip(guards, releases)):
        return None  # `if (left.length) groups.set(k, left); else groups.delete(k)`: each branch releases
    if any(g is None or _names_handle(g, r) or _started_under(g, start) or listener_of(g, fn) != listener_of(r, fn)
           or _tests_the_key(g, r) or _made_true_before(g, start) or _last_member_gone(g, r) or _other_branch_updates(g, r)
           for g, r in zip(guards, releases)):
        return None  # (the guard must sit inside the listener, not around its registration)
    registration, event, emitter = found
    condition = short_text(guards[0].child_by_field_name("condition"), 40).strip("()")
    holds, fails = ("does not hold", "holds") if contains(guards[0], releases[0]) else ("holds (the listener returns first)", "does not hold")
    return Miss(guards[0], f"a '{event}' of `{short_text(emitter, 30)}` when `{condition}` {holds}", releases[0],
                f"at line {line(releases[0])} in the '{event}' listener, only when `{condition}` {fails}")


def _other_branch_updates(guard: Node, release: Node) -> bool:
    """`if (left <= 0) counts.delete(user); else counts.set(user, left)`: a count kept per key,
    removed when it reaches nothing and stored back lowered otherwise; the entry is still in use."""
    other = guard.child_by_field_name("alternative") if guard.type == "if_statement" else None
    if other is None or contains(other, release) or release.type != "call_expression" or callee_object(release) is None:
        return False
    container, key = text(callee_object(release)), [text(a) for a in call_arguments(release)[:1]]
    return any(n.type == "call_expression" and callee_name(n) == "set" and callee_object(n) is not None and text(callee_object(n)) == container
               and [text(a) for a in call_arguments(n)[:1]] == key for n in walk(other))


def _early_exit_before(release: Node, registration: Node) -> Node | None:
    """`socket.on('close', () => { if (!record.userId) return; clients.delete(id) })`: the `if`
    that leaves the listener before the release, as the guard the release runs under."""
    handler = next((unwrap(a) for a in call_arguments(registration) if unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES), None)
    return exit_before(release, handler) if handler is not None else None


def _start_failed(exit_: Node, start: Node, fn: Node) -> bool:
    """`exit_` is in the `catch` of a `try` whose block ends with the start: it runs only when
    the start itself (or what came before it) threw, so it has nothing to release."""
    for clause in (a for a in _up_to(exit_, fn) if a.type == "catch_clause"):
        block = clause.parent.child_by_field_name("body") if clause.parent is not None and clause.parent.type == "try_statement" else None
        if block is not None and contains(block, start) and not any(
                n.type in ("call_expression", "await_expression", "new_expression") and n.start_byte >= start.end_byte for n in walk(block)):
            return True
    return False


def exit_before(release: Node, fn: Node) -> Node | None:
    """The statement of `fn`'s own body before `release` that leaves `fn` on one branch
    (`if (quiet.has(url)) return`), when the release is `fn`'s own; else None."""
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block" or enclosing_function(release) != fn:
        return None
    return next((n for n in body.named_children if n.end_byte <= release.start_byte and early_exit(n) is not None), None)


def _tests_the_key(guard: Node, release: Node) -> bool:
    """`if (ws.user) byUser.delete(ws.user.id)`: the condition is what the key is read from."""
    condition = text(guard.child_by_field_name("condition")).strip("()! ")
    return bool(condition) and any(condition in text(a) for a in call_arguments(release))


# `x.size === 0`, `x.length < 1`, `!x.size`: a test that a group has no member left.
EMPTY_TEST = re.compile(r"(?:!\s*([\w$.?]+?)[?!]?\.(?:size|length)\b(?!\s*[=<>!])|([\w$.?]+?)[?!]?\.(?:size|length)\s*(?:===?\s*0|<\s*1|<=\s*0)\b)")


def _last_member_gone(guard: Node, release: Node) -> bool:
    """`members.delete(client); if (members.size === 0) rooms.delete(room)`: the entry is a group
    that many starts share (a room's members), and the release drops it when its last member
    leaves; while others remain it is still in use, not left behind."""
    container = callee_object(release)
    found = EMPTY_TEST.search(text(guard.child_by_field_name("condition")))
    if container is None or found is None:
        return False
    group = (found.group(1) or found.group(2)).rstrip("?!")
    if f"{text(container)}.get(" in group or f"{text(container)}[" in group:
        return True  # `if (rooms.get(room).size === 0)`
    scopes = [a for a in ancestors(release) if a.type in FUNCTION_TYPES][:2]  # (the listener, and the handler that made the group)
    return any(
        n.type == "variable_declarator" and text(n.child_by_field_name("name")) == group and n.child_by_field_name("value") is not None
        and text(n.child_by_field_name("value")).startswith((f"{text(container)}.get(", f"{text(container)}["))
        for fn in scopes for n in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES))


def _made_true_before(guard: Node, start: Node) -> bool:
    """`ws.user = user; peers.set(id, ws)`, and `if (ws.user)` around the removal: what the
    condition tests is set before the start, so it holds for every entry the start adds."""
    condition = text(guard.child_by_field_name("condition")).strip("()! ")
    fn = enclosing_function(start)
    return bool(condition) and fn is not None and any(
        n.type == "assignment_expression" and n.end_byte <= start.start_byte and text(n.child_by_field_name("left")) == condition
        for n in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES))


# The events that end an object's life: a release in their listener runs at its end.
END_EVENTS = frozenset({"close", "end", "disconnect", "exit"})
# ... and a writable's 'finish': after any of them the emitter is done, nothing more to wait for.
EMITTER_END_EVENTS = END_EVENTS | {"finish"}


def _listeners_only(fn: Node, releases: list[Node], accepts: Callable[[Node, str], bool]) -> tuple[Node, str, Node] | None:
    """When every release sits in a listener `fn` adds, on a path `accepts`: the first such
    registration, its event and its emitter. Not for process-wide hooks (`process`, `window`),
    which are not the end of one object."""
    listeners = [listener_of(release, fn) for release in releases]
    if not listeners or any(found is None or not accepts(release, found[1]) for found, release in zip(listeners, releases)):
        return None
    registration, event = listeners[0]
    emitter = callee_object(registration)
    if emitter is None or text(emitter) in ("process", "window", "document", "globalThis"):
        return None
    return registration, event, emitter


def _other_outcome(start: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    """`client.once('response', () => clearTimeout(timer))` beside `client.once('error', fail)`:
    the function waits for one of several outcomes of the same object and releases on some of
    them only. When a failure, an abort or the end comes first, the timer stays pending (with
    its closure) for the whole delay, and an interval for ever."""
    listeners = [_outcome_of(release, fn) for release in releases]
    if not listeners or any(found is None for found in listeners):
        return None  # a release outside the listeners: on a path this reading cannot compare
    if any(event in FAILURE_OR_END_EVENTS for _, event, _ in listeners) or any(path_of(r) is not Path.ALWAYS for r in releases):
        return None  # released on the end or a failure already (judged by the other readings), or under a condition
    emitters = {emitter for _, _, emitter in listeners}
    releasing_events = {event for _, event, _ in listeners}
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.type != "call_expression" or callee_name(node) not in LISTEN_METHODS or node == start:
            continue
        args = call_arguments(node)
        event = string_value(args[0]) if args else None
        if event is None or event in releasing_events or event not in FAILURE_OR_END_EVENTS or len(args) < 2:
            continue
        if normalised(callee_object(node)) not in emitters or covered(args[1]):
            continue
        if callee_name(start) in LISTEN_METHODS and event in EMITTER_END_EVENTS and callee_object(start) is not None \
                and normalised(callee_object(start)) == normalised(callee_object(node)):
            continue  # a listener on the object that ends: nothing more comes to it once that object closes
        return Miss(node, f"the '{event}' listener at line {line(node)}", releases[0],
                    f"at line {line(releases[0])}, in the '{listeners[0][1]}' listener only")
    return None


# Normal ends that a failure skips: a readable that fails emits 'error' and 'close' but no
# 'end', a writable no 'finish', and a child process that cannot start no 'exit'.
SKIPPED_BY_FAILURE = frozenset({"end", "finish", "exit"})
# What makes such an object: a file or network stream, a socket, a child process.
STREAM_MAKERS = frozenset({"createReadStream", "createWriteStream", "spawn", "fork", "exec", "execFile", "connect",
                           "createConnection", "request", "get"})


def failure_skips_release(start: Node, releases: list[Node], own: Node | None = None) -> Miss | None:
    """_ended_but_not_failed on its own: the releases run only on a stream's normal end, and
    the function handles the stream's failure without them; or only in the operation's timeout,
    while its reply settles it without them."""
    fn = enclosing_function(start)
    if fn is None or not releases:
        return None
    return _ended_but_not_failed(start, fn, releases, _coverage(releases)) or _removed_on_timeout_only(fn, releases, own, start)


def _ended_but_not_failed(start: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    """`input.on('end', () => clearInterval(t))` beside `input.on('error', answer)` that
    releases nothing: the function listens for the stream's (or child process's) failure too,
    and a failure skips the normal end, so on that path the interval runs, and a listener
    stays, for good. (A one-shot timer fires anyway: not judged so.)"""
    listeners = [listener_of(release, fn) for release in releases]
    if not listeners or any(found is None or found[1] not in SKIPPED_BY_FAILURE for found in listeners):
        return None
    emitters = {normalised(callee_object(found[0])) for found in listeners}
    if len(emitters) != 1 or not _stream_or_child(callee_object(listeners[0][0]), fn):
        return None
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.type != "call_expression" or callee_name(node) not in LISTEN_METHODS or node == start:
            continue
        args = call_arguments(node)
        if len(args) < 2 or string_value(args[0]) != "error" or normalised(callee_object(node)) not in emitters or covered(args[1]):
            continue
        return Miss(node, f"the 'error' listener at line {line(node)} (a failure of `{short_text(callee_object(node), 30)}` skips "
                    f"its '{listeners[0][1]}')", releases[0], f"at line {line(releases[0])} in the '{listeners[0][1]}' listener only")
    return None


def _left_before_armed(start: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    """`feed.on('tick', f); if (!(await allowed(req))) return res.status(403).end();
    req.on('close', () => feed.off('tick', f))`: every release sits in a listener the function
    adds after the start, and an early `return` (or `throw`) between the two leaves before
    the release is ever set up."""
    listeners = [listener_of(release, fn) for release in releases]
    if not listeners or any(found is None for found in listeners):
        return None
    armed = min(found[0].start_byte for found in listeners)
    if armed < start.end_byte:
        return None
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.type not in ("return_statement", "throw_statement") or not start.end_byte <= node.start_byte < armed \
                or _start_failed(node, start, fn):
            continue
        branch = next((a for a in _up_to(node, fn) if a.type in ("statement_block", "if_statement", "else_clause", "switch_case")), node)
        if covered(branch):
            continue  # `if (denied) { feed.off('tick', f); return }`: released on its way out
        leaves = "`return`" if node.type == "return_statement" else "`throw`"
        return Miss(node, f"the early {leaves} at line {line(node)}, before the release is set up", releases[0],
                    f"at line {line(releases[0])}, in a listener added after it")
    return None


def _stream_or_child(emitter: Node | None, fn: Node) -> bool:
    """An emitter the function makes itself with a stream, socket or child-process maker
    (`const input = fs.createReadStream(file)`), or one named like a connection or stream."""
    if emitter is None:
        return False
    if emitter.type != "identifier":
        return bool(CONNECTION_NAMES.search(short_text(emitter, 60).rsplit(".", 1)[-1]))
    name = text(emitter)
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.type == "variable_declarator" and text(node.child_by_field_name("name")) == name:
            value = unawaited(node.child_by_field_name("value"))
            return value is not None and value.type == "call_expression" and callee_name(value) in STREAM_MAKERS
    return bool(CONNECTION_NAMES.search(name))


def _outcome_of(release: Node, fn: Node) -> tuple[Node, str, str] | None:
    """The outcome a release waits for, as (registration, event, emitter): a listener in `fn`,
    or the response callback of a client request (`const req = http.get(url, (res) => ...)`
    is `req`'s 'response' listener)."""
    found = listener_of(release, fn)
    if found is not None:
        return found[0], found[1], normalised(callee_object(found[0]))
    callback = enclosing_function(release)
    handed = handed_to(callback)
    call = handed[0] if handed is not None else None
    if call is None or call.type != "call_expression" or callee_name(call) not in CLIENT_REQUESTS or enclosing_function(call) != fn:
        return None
    declarator = outermost(call).parent
    if handed[1] != len(call_arguments(call)) - 1 or declarator is None or declarator.type != "variable_declarator":
        return None
    return call, "response", text(declarator.child_by_field_name("name"))


def listener_of(release: Node, fn: Node | None = None) -> tuple[Node, str] | None:
    """The registration in `fn` (or in a promise executor or arrow inside it) whose handler holds
    `release`, and its event: `socket.on('error', () => clearInterval(t))`. With no `fn`, the
    registration of the handler `release` itself runs in, wherever it is."""
    handler = enclosing_function(release)
    while handler is not None and handler != fn:
        handed = handed_to(handler) or _registered_by_name(handler)
        call = handed[0] if handed is not None else None
        if call is not None and call.type == "call_expression" and callee_name(call) in LISTEN_METHODS \
                and (fn is None or _within(call, fn)) and callee_object(call) is not None:
            event = (string_value(call_arguments(call)[0]) or _either_event(call_arguments(call)[0])) if handed[1] == 1 else None
            return (call, event) if event is not None else None
        if fn is None:
            return None
        handler = enclosing_function(handler)
    return None


def _either_event(name: Node) -> str | None:
    """`const ready = tls ? 'secureConnect' : 'connect'; socket.once(ready, f)`: the one event a
    const of the function names either way, spelled with both ('secureConnect/connect')."""
    if name.type != "identifier":
        return None
    fn = enclosing_function(name)
    while fn is not None:
        for node in walk(fn.child_by_field_name("body") or fn, FUNCTION_TYPES):
            spelled = node.child_by_field_name("name") if node.type == "variable_declarator" else None
            value = unwrap(node.child_by_field_name("value")) if spelled is not None and text(spelled) == text(name) else None
            if value is not None and value.type == "ternary_expression" and text(node.parent.child_by_field_name("kind")) == "const":
                either = [string_value(value.child_by_field_name(side)) for side in ("consequence", "alternative")]
                return "/".join(either) if all(either) else None
        fn = enclosing_function(fn)
    return None


def _registered_by_name(handler: Node) -> tuple[Node, int] | None:
    """`const onReady = () => {...}; socket.once('connect', onReady)`: the one registration, in the
    function that declares the handler, that is handed it by its name."""
    holder = handler.parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    scope = enclosing_function(holder) if name is not None and name.type == "identifier" else None
    if scope is None or holder.parent is None or text(holder.parent.child_by_field_name("kind")) != "const":
        return None
    found: dict[int, Node] = {}
    offset = scope.start_byte  # the name's places in the function, by a byte search, not a walk of it
    for start, end in word_positions(scope.text or b"", name.text or b""):
        ident = scope.descendant_for_byte_range(offset + start, offset + end)
        if ident is None or ident.type != "identifier" or ident.start_byte != offset + start or ident.end_byte != offset + end:
            continue
        argument = outermost(ident)
        call = argument.parent.parent if argument.parent is not None and argument.parent.type == "arguments" else None
        if call is None or call.type != "call_expression" or callee_name(call) not in LISTEN_METHODS or callee_object(call) is None:
            continue
        arguments = call_arguments(call)
        if len(arguments) >= 2 and arguments[1] == argument:
            found[call.id] = call
    return (next(iter(found.values())), 1) if len(found) == 1 else None


def _within(call: Node, fn: Node) -> bool:
    """`call` runs in `fn` itself or in an arrow it runs (a promise executor), not in a named function."""
    inner = enclosing_function(call)
    while inner is not None and inner != fn and inner.type == "arrow_function":
        inner = enclosing_function(inner)
    return inner == fn


def _settled_in_other_branch(start: Node, own: Node, releases: list[Node]) -> Miss | None:
    """`setInterval(() => { if (done) { clearInterval(poll); resolve(x) } else if (failed)
    reject(e) })`: the interval's own callback settles the operation in a branch that does not
    clear it, so after that end it keeps running (and polling) for good."""
    if callee_name(start) != "setInterval":
        return None
    for node in walk(own):
        if node.type != "call_expression" or callee_name(node) not in SETTLE_FUNCTIONS or enclosing_function(node) != own \
                or unwrap(node.child_by_field_name("function")) is None or unwrap(node.child_by_field_name("function")).type != "identifier":
            continue
        branch = next((a for a in ancestors(node) if a.type == "statement_block" or a == own), own)
        if branch == own.child_by_field_name("body") or any(contains(branch, release) for release in releases):
            continue  # settled where it is cleared, or in the callback's body itself (after a clear judged elsewhere)
        return Miss(node, f"`{short_text(node, 40)}` at line {line(node)}, which settles the operation", releases[0],
                    f"at line {line(releases[0])} in another branch only")
    return None


def _ends_operation(call: Node) -> str | None:
    """How a call in the function gives the operation another end: a listener for its normal
    end (`close`, `end`), or a timer whose callback settles it (`setTimeout(() => resolve(null))`)."""
    name = callee_name(call)
    args = call_arguments(call)
    if name in LISTEN_METHODS:
        event = string_value(args[0]) if args else None
        if event == "abort" and len(args) > 1 and _settles(_local_callback(args[1], call)):
            return "the 'abort' listener that settles the operation"  # `signal.addEventListener('abort', onAbort)`
        return f"the '{event}' listener" if event in NORMAL_END_EVENTS and len(args) > 1 else None
    if name == "setTimeout" and args and unwrap(args[0]) is not None and unwrap(args[0]).type in FUNCTION_TYPES:
        if _settles(unwrap(args[0])):
            return "the timeout that settles the operation"
        answers = any(n.type == "call_expression" and answers_handler_response(n) for n in walk(unwrap(args[0])))
        return "the timeout that answers the request" if answers else None
    return None


def _local_callback(handler: Node, at: Node) -> Node | None:
    """The function a listener argument is: written in place, or a const of the function that
    registers it (`const onAbort = () => reject(...)`)."""
    handler = unwrap(handler)
    if handler is None or handler.type in FUNCTION_TYPES:
        return handler
    fn = enclosing_function(at)
    if handler.type != "identifier" or fn is None:
        return None
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.type == "variable_declarator" and text(node.child_by_field_name("name")) == text(handler):
            value = unwrap(node.child_by_field_name("value"))
            return value if value is not None and value.type in FUNCTION_TYPES else None
    return None


def _timed_out_unreleased(start: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    """`setTimeout(() => reject(new Error('timed out')), ms)` beside the registration, in the
    function that makes it (a promise's executor): the operation has a deadline, and when the
    deadline wins it settles the operation without the release that its other outcomes run
    (a `cleanup()` in the listener, in a `catch`). Every operation that times out leaves its
    registration, with what the listener closes over."""
    if _settling_covered(fn, covered):
        return None
    for node in calls_within(fn.child_by_field_name("body") or fn, ("setTimeout",), own=fn):
        if node == start:
            continue
        args = call_arguments(node)
        callback = _local_callback(args[0], node) if args else None
        if callback is None or not _settles(callback) or covered(callback):
            continue
        return Miss(node, f"the timeout at line {line(node)}", releases[0], f"at line {line(releases[0])}")
    return None


def abandoned_by_deadline(start: Node) -> Node | None:
    """`new Promise((resolve, reject) => { const child = spawn(...); setTimeout(() =>
    reject(timedOut), ms) })`, with nothing anywhere that ends what `start` made: the
    operation's own deadline gives up on it and leaves it running. The timeout's call."""
    fn = enclosing_function(start)
    holder = outermost(fn).parent if fn is not None else None
    promise = holder.parent if holder is not None and holder.type == "arguments" else None
    if promise is None or promise.type != "new_expression" or text(promise.child_by_field_name("constructor")) != "Promise":
        return None
    for node in calls_within(fn.child_by_field_name("body") or fn, ("setTimeout",), own=fn):
        if node != start:
            args = call_arguments(node)
            callback = _local_callback(args[0], node) if args else None
            if callback is not None and _settles(callback):
                return node
    return None


def _settling_covered(executor: Node, covered: Callable[[Node], bool]) -> bool:
    """`new Promise(executor).finally(() => cleanup())`, or the promise awaited in a `try`
    whose `finally` (or `catch`) releases: however the executor settles it, the release runs."""
    holder = outermost(executor).parent
    promise = holder.parent if holder is not None and holder.type == "arguments" else None
    if promise is None or promise.type != "new_expression":
        return False
    node = outermost(promise)
    while node.parent is not None and node.parent.type == "member_expression" and node.parent.parent is not None \
            and node.parent.parent.type == "call_expression":
        reaction = node.parent.parent
        if callee_name(reaction) in ("finally", "catch", "then") and any(covered(a) for a in call_arguments(reaction)[(1 if callee_name(reaction) == "then" else 0):]):
            return True
        node = outermost(reaction)
    for holder in ancestors(node):
        if holder.type in FUNCTION_TYPES:
            break
        if holder.type == "try_statement" and contains(holder.child_by_field_name("body") or holder, node):
            finalizer, handler = holder.child_by_field_name("finalizer"), holder.child_by_field_name("handler")
            if (finalizer is not None and covered(finalizer)) or (handler is not None and covered(handler)):
                return True
    return False


def _settles(callback: Node | None) -> bool:
    """The callback settles the operation's promise: `reject(err)`, `resolve(null)`, `done()`."""
    return callback is not None and any(n.type == "call_expression" and callee_name(n) in SETTLE_FUNCTIONS
                                        and n.child_by_field_name("function").type == "identifier" for n in walk(callback))


def _up_to(node: Node, fn: Node):
    for parent in ancestors(node):
        if parent == fn:
            return
        yield parent


def _throws_after(start: Node, body: Node, fn: Node, until: int | None = None) -> bool:
    """Something after the start in `body` (up to `until`, a byte offset) may throw: an await,
    a throw, a `new`, or a call other than one that only registers or schedules."""
    return any(
        node.type in THROWING and node.start_byte >= start.end_byte and (until is None or node.start_byte < until)
        and enclosing_function(node) == fn and not (node.type == "call_expression" and callee_name(node) in ARMING_CALLS)
        for node in walk(body, skip=FUNCTION_TYPES)
    )


# Calls that register or schedule, and do not throw on their own.
ARMING_CALLS = frozenset({"addEventListener", "removeEventListener", "setInterval", "setTimeout", "clearInterval", "clearTimeout",
                          "requestAnimationFrame", "cancelAnimationFrame", "queueMicrotask", "setImmediate",
                          "on", "once", "addListener", "prependListener", "off", "removeListener"})


def _armed_at(releases: list[Node], body: Node, fn: Node) -> int | None:
    """Where, in `body`, the releases are made sure of: a release in a callback (`room.onLeave(() =>
    off())`) is armed by the call that takes that callback, in `fn`. Once armed, what throws later
    leaves nothing behind. None when no release is armed in `body`; a release in a local
    function called from several places (`answer()`) arms nothing itself and is passed over."""
    at = None
    for release in releases:
        point = release
        while point is not None and enclosing_function(point) != fn:
            handed = handed_to(enclosing_function(point))
            point = handed[0] if handed is not None else None
        if point is None or not contains(body, point):
            if point is None and enclosing_function(release) is not None and _local_function(enclosing_function(release), fn):
                continue
            return None
        at = point.start_byte if at is None else min(at, point.start_byte)
    return at


def _local_function(inner: Node, fn: Node) -> bool:
    """`const answer = (body) => {...}` declared in `fn` itself: called by name, never handed over."""
    holder = outermost(inner).parent
    return holder is not None and holder.type == "variable_declarator" and enclosing_function(holder) == fn


def _released_after(holder: Node, fn: Node, releases: list[Node]) -> bool:
    """A release after the try, in the same function: a catch that falls through reaches it."""
    return any(r.start_byte >= holder.end_byte and enclosing_function(r) == fn for r in releases)


ALL_TIMERS = frozenset({"setTimeout", "setInterval"})
# What bounds a poll by itself: a count of its rounds, or the time it has run.
SELF_BOUNDED = re.compile(r"\b(?:Date\.now|performance\.now|new Date|attempts?|tries|retries|rounds?|count|elapsed|deadline|expires?)\b|\+\+|--")
COUNTED = re.compile(r"([\w$]+)\s*(?:\+\+|--|[-+]=)|(?:\+\+|--)\s*([\w$]+)")


# `job.state === 'completed'`, `status == "done"`: one value of a status that has others.
STATE_TEST = re.compile(r"(?:===?|!==?)\s*['\"`][\w-]+['\"`]|['\"`][\w-]+['\"`]\s*(?:===?|!==?)")


def _polled_until_done(start: Node, fn: Node, releases: list[Node], covered: Callable[[Node], bool]) -> Miss | None:
    """`const poll = setInterval(async () => { if ((await job.getState()) === 'completed') {
    clearInterval(poll); res.end() } ... })` in a request handler: the interval stops itself
    only when the work it polls says it is done, and nothing stops it when the request ends,
    so a client that goes away first (or work that never gets there) leaves it polling, with
    the response in its closure. A poll bounded by its own rounds or time ends by itself."""
    # (or a listener inside one: a socket's message handler polls for as long as the connection's client is there)
    handler = is_request_handler(fn) or any(a.type in FUNCTION_TYPES and is_request_handler(a) for a in ancestors(fn))
    if callee_name(start) != "setInterval" or (not handler and len(releases) != 1):
        return None  # (outside a handler: stopped on one outcome only, not on 'ready' and on 'failed')
    args = call_arguments(start)
    own = unwrap(args[0]) if args else None
    if own is not None and own.type in FUNCTION_TYPES:
        releases = _through_local_stopper(releases, fn, own)  # `const stop = () => { clearInterval(handle); ... }`, called in the callback
    cases = {r.id: c for r in releases if (c := next((a for a in _up_to(r, own) if a.type == "switch_case"), None)) is not None} \
        if own is not None else {}
    if own is None or own.type not in FUNCTION_TYPES or not all(
            contains(own, r) and (path_of(r) in (Path.CONDITION, Path.ERROR) or _after_guard_return(r, own) or r.id in cases) for r in releases):
        return None  # (`if (!TERMINAL.has(job.state)) return; clearInterval(poll)`: a test that returns first)
    tests = [text(a.child_by_field_name("condition")) for r in releases for a in ancestors(r) if a.type == "if_statement" and contains(own, a)]
    # `switch (job.status) { case 'completed': clearInterval(timer) }`: the case is the test
    tests += [f"{text(c.parent.parent.child_by_field_name('value'))} === {text(c.child_by_field_name('value'))}" for c in cases.values()
              if c.parent is not None and c.parent.parent is not None and c.parent.parent.type == "switch_statement"]
    tests += [text(a.child_by_field_name("condition")) for r in releases for n in walk(own.child_by_field_name("body") or own, skip=FUNCTION_TYPES)
              if n.type == "return_statement" and n.end_byte <= r.start_byte for a in _up_to(n, own) if a.type == "if_statement"]
    counted = {a or b for a, b in COUNTED.findall(text(own))}  # `n++` in the callback, `if (n > 20)` in the test
    reset = set(RESET.findall(text(own)))  # (`errors = 0` on a good round: it bounds a run of failures, not the poll)
    counted -= reset
    if not tests or any(any(m.group(0) not in reset for m in SELF_BOUNDED.finditer(t)) or counted & set(re.findall(r"[\w$]+", t)) for t in tests):
        return None
    if not handler and (not any(STATE_TEST.search(t) for t in tests) or any("readyState" in t for t in tests)
                        or len({v for t in tests for v in re.findall(r"['\"`]([\w-]+)['\"`]", t)}) > 1):
        return None  # outside a handler, only a test for one of several states (`state === 'completed'`) says others may come
        # (one that stops on 'complete' and on 'failed' too knows how the work ends)
        # instead; the page's `document.readyState` gets to 'complete' in the end
    path = ("a client that goes away first, or work that never gets there (nothing stops it when the request ends)" if handler
            else "work that never gets there (a failed job, a status check that keeps failing: nothing bounds its rounds or time)")
    return Miss(start, path, releases[0], f"at line {line(releases[0])} in its own callback only, when what it polls says it is done")


# `errors = 0`: a counter set back, so what it counts is a run of rounds, not all of them.
RESET = re.compile(r"(?<![\w$.])([\w$]+)\s*=\s*0\b")


def _through_local_stopper(releases: list[Node], fn: Node, own: Node) -> list[Node]:
    """A release inside a local function of `fn` (`const stop = () => clearInterval(handle)`)
    stands where the callback `own` calls that function, when it calls it and nothing outside
    the callback does."""
    found: list[Node] = []
    for release in releases:
        local = enclosing_function(release)
        holder = outermost(local).parent if local is not None and local != fn and not contains(own, release) else None
        name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
        if name is None or name.type != "identifier" or enclosing_function(holder) != fn:
            found.append(release)
            continue
        calls = [n for n in walk(fn) if n.type == "call_expression" and text(n.child_by_field_name("function")) == text(name)]
        if not calls or not all(contains(own, c) for c in calls):
            return releases
        found += calls
    return found


def in_timer_callback(node: Node, timers: frozenset[str] = frozenset({"setTimeout"})) -> bool:
    """Whether `node` runs in the callback a timer is started with (`setTimeout(() => ...)`;
    with `timers`, also another timer function's)."""
    fn = enclosing_function(node)
    holder = outermost(fn).parent if fn is not None else None
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    return call is not None and call.type == "call_expression" and callee_name(call) in timers \
        and outermost(call_arguments(call)[0]) == outermost(fn)


# Hooks that run when the route changes, not when the component goes: a `v-if`, a drawer or a
# tab that unmounts it on the same route never runs them.
ROUTE_LEAVE_HOOKS = frozenset({"onBeforeRouteLeave", "beforeRouteLeave", "onBeforeRouteUpdate"})


def route_leave_only(site: Node, model: SemanticModel, depth: int = 0) -> Node | None:
    """`const disposers = [register(...), ...]; onBeforeRouteLeave(() => release())`: what a
    call hands back, kept in a local (directly or as an element of an array literal), read
    nowhere but inside a route guard's callback (also through a local function that reads it
    and that only the guard calls). A component unmounted without leaving the route keeps it.
    The guard's call, or None."""
    holder = outermost(site).parent
    if holder is not None and holder.type == "array":
        holder = outermost(holder).parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    binding = model.binding_of(name) if name is not None and name.type == "identifier" else None
    uses = [r.identifier for r in binding.references if r.identifier != binding.identifier] if binding is not None else []
    guards = []
    for use in uses:
        guard = _guard_around(use)
        if guard is None and depth == 0:
            fn = enclosing_function(use)
            declarator = outermost(fn).parent if fn is not None else None
            if declarator is not None and declarator.type == "variable_declarator":
                guard = route_leave_only(fn, model, depth + 1)  # `const release = () => ...`, called by the guard alone
        if guard is None:
            return None
        guards.append(guard)
    return guards[0] if guards else None


def _guard_around(node: Node) -> Node | None:
    """The route guard call whose callback `node` runs in, if any."""
    fn = enclosing_function(node)
    while fn is not None:
        handed = handed_to(fn)
        if handed is not None and handed[0].type == "call_expression" and callee_name(handed[0]) in ROUTE_LEAVE_HOOKS:
            return handed[0]
        fn = enclosing_function(fn)
    return None


def skipped_by_throw(releases: list[Node], start_fn: Node | None) -> Miss | None:
    """`handleDisconnect(c) { try { await presence.markOffline(c); bus.off('n', h) } catch (e) {
    log(e) } }`: the end that releases (another function than the start's) does it inside a
    `try`, after an awaited call that may throw, and the `catch` does not release: whenever that
    call fails, the release is skipped for good."""
    if not releases:
        return None
    ends = {enclosing_function(r) for r in releases}
    end = ends.pop() if len(ends) == 1 else None
    if end is None or end == start_fn:
        return None
    first = min(releases, key=lambda r: r.start_byte)
    trial = next((a for a in ancestors(first) if a.type == "try_statement" and contains(end, a)), None)
    body = trial.child_by_field_name("body") if trial is not None else None
    handler = trial.child_by_field_name("handler") if trial is not None else None
    if body is None or handler is None or trial.child_by_field_name("finalizer") is not None \
            or not all(contains(body, r) for r in releases) or any(contains(handler, r) for r in releases):
        return None
    awaited = next((n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "await_expression" and n.end_byte <= first.start_byte), None)
    if awaited is None:
        return None
    shown = " ".join(text(awaited).split())[:40]
    return Miss(handler, f"a failure of `{shown}` (the `catch` at line {line(handler)})", first,
                f"inside the `try` at line {line(trial)}, after `{shown}`")
