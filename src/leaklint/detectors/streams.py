"""The stream detector: a stream left open because nothing ties it to the other end.

`fs.createReadStream(file).pipe(res)`: when the client goes away, `res` closes, but `pipe`
does not destroy its source, so the file stays open with its buffers until it has been read to
the end into a dead socket, or forever if nothing reads it. `stream.pipeline` (or `finished`,
`pump`) ties both ends; a `'close'` handler that destroys the source does too. And
`req.unpipe(parser)` after an error leaves `req` paused with nobody reading it: the connection
and its buffered body stay until the peer gives up, unless the code resumes, drains or
destroys it.
"""

from __future__ import annotations

import re
from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..project import project_specifier
from ..semantic import RunsHow
from ..semantic.bridges import Bridge, bridges, bridge_ends
from ..semantic.guards import guarded_once
from ..semantic.lifecycles import returned_functions
from ..semantic.summaries import call_sites, slot_of
from ..semantic.callers import refine
from ..semantic.missed_paths import Miss, early_exit, line, listener_of, missed_path
from ..findings import NOWHERE, RESULT, Requirement, Severity, Summary
from ..semantic.exports import summary_chains
from ..semantic.scopes import BindingKind
from ..semantic.nodes import (
    FUNCTION_TYPES, ancestors, call_arguments, callee_name, callee_object, contains, declared_name, enclosing_function, function_name, handed_to, outermost, outermost_function, returned_values,
    returned_by, shown_callee, short_text, string_value, text, unawaited, unwrap, walk,
)
from ..semantic.owners import this_field_filled_with
from ..semantic.releases import stored_values
from .base import Detector, Report, repeating_report, with_both_paths
from .parameters import PARAMETERS


# What ends a write stream a function opened, what waits on it without taking it over, and which
# of those tie it to the other end for good.
WRITE_STREAM_ENDS = frozenset({"end", "destroy", "close"})
# A client's connection a connection handler is handed: reset or timed out, it never ends cleanly.
CONNECTION_NAMES = ("socket", "conn", "connection", "client")
SOCKET_ENDS = frozenset({"destroy", "end", "destroySoon", "resetAndDestroy"})
# What a function does with a stream it holds, spelled after its name: `client.on(`, `upstream.write(`.
STREAM_USES = (b".on(", b".once(", b".write(", b".pipe(", b".setTimeout(", b".setNoDelay(", b".setKeepAlive(", b".pause(", b".resume(")
WAITS_ON_STREAM = frozenset({"once", "on", "finished", "pipeline", "eos"})
TIES = frozenset({"finished", "pipeline", "eos"})


# Node's own HTTP modules, named in an import or a require.
HTTP_MODULE = re.compile(rb"""['"](?:node:)?https?['"]""")

# Methods of a stream that hand the stream itself back, so a chain through them is the stream.
RETURN_THE_STREAM = frozenset({"on", "once", "addListener", "prependListener", "setEncoding", "pause", "resume"})

# Streams that read through a database cursor: `client.query(new QueryStream(sql, args))` (pg)
# hands back a readable that holds its pooled client until it ends or is destroyed.
CURSOR_STREAMS = frozenset({"QueryStream"})


class StreamDetector(Detector):
    kind = "stream"
    parameters = PARAMETERS["stream"]

    def check(self, ctx: FileContext) -> Iterator[Report]:
        data = ctx.source.data
        if b"syncIterator" in data and b"return" in data:
            yield from self._iterators(ctx)
        if data.has_any(self.spelled("source_functions")) and b"return" in data:
            for call in ctx.calls_named(self.params["source_functions"]):
                report = self._left_open_by_return(call, ctx)
                if report is not None:
                    yield report
        if b"createWriteStream" in data:
            for call in ctx.calls_named(("createWriteStream",)):
                report = self._ended_on_one_path(call, ctx)
                if report is not None:
                    yield report
        if b"undici" in data and b"request(" in data:  # (`pool.request(`, or `request(` imported or required from it)
            for call in ctx.calls_named(("request",)):
                report = self._body_left_unread(call, ctx)
                if report is not None:
                    yield report
        if (b"http" in data) and (b".get(" in data or b".request(" in data) and b"return" in data and HTTP_MODULE.search(data):
            clients = {b.name for b in ctx.model.module_scope.bindings.values() if (b.source_module or "").removeprefix("node:") in ("http", "https")}
            for call in ctx.calls_named(("get", "request")) if clients else ():
                if callee_object(call) is not None and text(callee_object(call)) in clients:
                    report = self._response_left_unread(call, ctx)
                    if report is not None:
                        yield report
        if ctx.relative_imports and len(ctx.imported_calls) > 0:
            yield from self._imported_bridges(ctx)
            if data.has_any(self.spelled("source_functions")):
                for call in ctx.imported_calls:
                    if len(call_arguments(call.site)) >= 2:
                        yield from self._imported_pipes(call, ctx)
        if b".pipe(" not in data and b".unpipe(" not in data:
            return
        pipes = ctx.calls_named(("pipe", "unpipe"))  # found by spelling, not by a walk over every node
        both_ways = bridges([n for n in pipes if callee_name(n) == "pipe"]) if b".pipe(" in data else []
        bridged = _bridged_pipes(both_ways)
        for bridge in both_ways:
            yield from self._bridged(bridge, ctx)
        at_callers: set[int] = set()  # the helper calls already reported: one finding per call, however many pipes it makes
        for node in pipes:
            name = callee_name(node)
            if name == "unpipe":
                report = self._unpiped(node, ctx)
            elif name == "pipe" and node.id not in bridged:
                report = self._piped(node, ctx) or self._piped_parameters(node, ctx)
                site = _only_caller(node, ctx) if report is not None and report.node == node and report.needs is None else None
                if site is not None:  # `sendAsset(req, res, file)` from the handler: the finding stands at that call
                    if site.id in at_callers:
                        continue
                    at_callers.add(site.id)
                    helper = short_text(site.child_by_field_name("function"), 40)
                    report = Report(site, f"through `{helper}()`, called here: {report.message}", related=report.related, acquisition=node,
                                    code_flow=[(site, f"`{helper}()` is called here with the response"), (node, "the stream is piped here")])
            else:
                continue
            if report is not None:
                yield report

    # -- two streams piped into each other (semantic.bridges) ----------------------------------

    def _bridged(self, bridge: Bridge, ctx: FileContext) -> Iterator[Report]:
        """A bridge its own function leaves untied: judged there, or, when it bridges the
        function's parameters, at each caller in the file that ties neither argument."""
        fn = bridge.function  # (tied by the function around it too: piped in the upstream's 'connect' listener)
        if self._bridge_tied(outermost_function(bridge.call) or fn, text(bridge.first), text(bridge.second)):
            return
        slots = _bridged_slots(bridge, ctx)
        if slots is None and not (_network_side(bridge.first, ctx) or _network_side(bridge.second, ctx)):
            return  # two in-memory streams (a document's replication streams): no peer resets them
        if slots is None:
            runs = refine(ctx.run_context(bridge.call), ctx.model)
            if runs.how is not RunsHow.ONCE and not guarded_once(bridge.call, ctx):
                yield repeating_report(bridge.call, _bridge_message(text(bridge.first), text(bridge.second), "", runs.where), runs,
                                       "the two streams are piped into each other here")
            return
        for site in call_sites(fn, ctx.model):
            args = call_arguments(site)
            if max(slots) >= len(args):
                continue
            caller = outermost_function(site)
            runs = refine(ctx.run_context(site), ctx.model)
            if not any(_network_side(unwrap(args[i]), ctx) for i in slots):
                continue
            if caller is None or runs.how is RunsHow.ONCE or guarded_once(site, ctx) or self._bridge_tied(caller, *(text(unwrap(args[i])) for i in slots)):
                continue
            report = repeating_report(site, _bridge_message(*(text(unwrap(args[i])) for i in sorted(slots)), shown_callee(site), runs.where), runs,
                                      "the two streams are piped into each other here")
            report.related.append((bridge.call, "piped into each other here"))
            yield report

    # -- a helper's parameter piped into another (`pipeInto(src, dst)`), judged at its callers --

    def _piped_parameters(self, call: Node, ctx: FileContext) -> Report | None:
        """`pipeInto(src, dst) { return src.pipe(dst) }`, untied, called in this file with a
        stream the caller opens and a destination a client can close early: reported at the
        first such call."""
        slots = _piped_slots(call, ctx)
        fn = enclosing_function(call)
        if slots is None or fn is None or self._tied(fn, unwrap(callee_object(call)), unwrap(call_arguments(call)[0])):
            return None
        for site in call_sites(fn, ctx.model):
            args = call_arguments(site)
            if max(slots) < len(args):
                report = self._caller_pipe(site, unwrap(args[slots[0]]), unwrap(args[slots[1]]), shown_callee(site), ctx)
                if report is not None:
                    report.related.append((call, "piped here"))
                    return report
        return None

    def _caller_pipe(self, site: Node, source: Node | None, sink: Node | None, helper: str, ctx: FileContext) -> Report | None:
        """A call that hands a helper a stream it opened (`fs.createReadStream(f)`) to pipe into a
        destination a client may close early (`res`), in code that repeats, tying neither."""
        if source is None or sink is None or not self._peer_sink(sink):
            return None
        opened = self._opened(source, ctx)
        caller = (_declaring_function(source, site, ctx) if source.type == "identifier" else None) or enclosing_function(site)
        if opened is None or caller is None or self._tied(caller, source, sink):
            return None
        runs = refine(ctx.run_context(site), ctx.model)
        if runs.how is RunsHow.ONCE or guarded_once(site, ctx):
            return None
        message = (f"`{helper}()` pipes {_shown(source)} into `{text(sink)}` {runs.where} with nothing that ends it when `{text(sink)}` "
                   "closes early (a client that goes away): `pipe` does not destroy its source, which stays open with its file and "
                   "buffers; use stream.pipeline() in the helper, or destroy the source on the destination's 'close'")
        report = repeating_report(site, message, runs, "the stream is piped here")
        if opened != source:
            report.related.append((opened, "opened here"))
        return report

    def _imported_pipes(self, call, ctx: FileContext) -> Iterator[Report]:
        """`pipeInto(stream, res)` of another module, with a stream this code opens and a
        destination a client may close early: a finding if that module summarises the helper
        as piping the one parameter into the other, untied."""
        args = [unwrap(a) for a in call_arguments(call.site)]
        sinks = [j for j, a in enumerate(args) if a is not None and a.type in ("identifier", "member_expression") and self._peer_sink(a)]
        for i, source in enumerate(args):
            if not sinks or source is None or source.type not in ("identifier", "call_expression") or i in sinks:
                continue
            for j in sinks:
                report = self._caller_pipe(call.site, source, args[j], shown_callee(call.site), ctx)
                if report is not None:
                    report.needs = Requirement(self.rule.id, call.specifier, call.chain, i, short_text(source, 40), False, piped_into=j)
                    yield report

    def _pipe_summaries(self, ctx: FileContext, bridged: set[int]) -> list[tuple[Summary, Node]]:
        """Exported functions that pipe one parameter into another and tie neither end (a pipe
        of a bridge, `bridged`, is the bridge's summary's)."""
        found = []
        for call in ctx.calls_named(("pipe",)):
            slots, fn = _piped_slots(call, ctx) if call.id not in bridged else None, enclosing_function(call)
            if slots is None or fn is None or self._tied(fn, unwrap(callee_object(call)), unwrap(call_arguments(call)[0])):
                continue
            name = (function_name(fn) or "").rsplit(".", 1)[-1]
            found += [(Summary(self.rule.id, chain, slots[0], name, NOWHERE, "the stream is piped here, and nothing destroys it when "
                               "its destination closes early", pipe_into=slots[1]), call) for chain in summary_chains(fn, ctx.model)]
        return found

    def _bridge_tied(self, fn: Node, first: str, second: str) -> bool:
        """Both sides are ended from elsewhere than their own failure (each on the other's
        'close', say), or stream.pipeline() or finished() ties them: one side alone is not enough,
        since either may be the one destroyed without ending."""
        return self._ended_in(fn, {first}, SOCKET_ENDS, beside_own_failure=False) and self._ended_in(fn, {second}, SOCKET_ENDS, beside_own_failure=False)

    def _imported_bridges(self, ctx: FileContext) -> Iterator[Report]:
        """`bridge(client, upstream)` of another module, handed two streams this function uses
        (`client.on(...)`, `upstream.write(...)`) and ends neither of: a finding if that module
        summarises the helper as piping those parameters into each other, untied."""
        bodies: dict[int, bytes] = {}  # per outermost function, its bytes: read once however many calls it makes
        for call in ctx.imported_calls:
            if len(call_arguments(call.site)) < 2:
                continue
            args = [unwrap(a) for a in call_arguments(call.site)]
            caller = outermost_function(call.site)  # (the streams may be declared and listened to further out)
            if caller is None:
                continue
            body = bodies.get(caller.id)
            if body is None:
                body = bodies[caller.id] = caller.text or b""
            streams = [i for i, a in enumerate(args) if a is not None and a.type in ("identifier", "member_expression")
                       and any(text(a).encode() + use in body for use in STREAM_USES)]
            if len(streams) < 2 or not any(_network_side(args[i], ctx) for i in streams):
                continue
            runs = refine(ctx.run_context(call.site), ctx.model)
            if runs.how is RunsHow.ONCE or guarded_once(call.site, ctx):
                continue
            for first in streams[:-1]:  # the helper's summary names the first of the two it bridges
                for second in (i for i in streams if i > first and not self._bridge_tied(caller, text(args[first]), text(args[i]))):
                    report = repeating_report(call.site, _bridge_message(text(args[first]), text(args[second]), shown_callee(call.site), runs.where),
                                              runs, "the two streams are piped into each other in the helper")
                    report.needs = Requirement(self.rule.id, call.specifier, call.chain, first, text(args[first]), False, partner=second)
                    yield report

    def _body_left_unread(self, call: Node, ctx: FileContext) -> Report | None:
        """`const { statusCode, body } = await pool.request(...)` of undici, with the body read
        (`body.json()`, `body.dump()`, piped or handed on) on some paths but an early `return`
        or `throw` on another (`if (statusCode === 404) return null`): undici gives the
        connection back only once the body is read or destroyed, so every run down that path
        keeps one connection of the dispatcher, with its buffers, until the pool runs dry."""
        if not (_undici_request(call, ctx) or _undici_field_request(call, ctx)):
            return None
        reads = _body_reads(call, ctx)
        if not reads:
            return None
        left = _exit_before_read(call, reads)
        runs = refine(ctx.run_context(call), ctx.model)
        if left is None or runs.how is RunsHow.ONCE:
            return None
        how = "early `return`" if left.type == "return_statement" else "`throw`"
        message = (f"the response body of `{short_text(call.child_by_field_name('function'), 40)}()` {runs.where} is read at line "
                   f"{reads[0].start_point[0] + 1}, but not on the {how} at line {left.start_point[0] + 1}: undici gives the "
                   "connection back only once the body is read or destroyed, so every run that leaves that way keeps one "
                   "connection, with its buffers, checked out of the dispatcher; call `body.dump()` (or `body.destroy()`) before leaving")
        report = repeating_report(call, message, runs, "the request is made here")
        report.related += [(left, "this path leaves without reading the body"), (reads[0], "the body is read here only")]
        return report

    def _response_left_unread(self, call: Node, ctx: FileContext) -> Report | None:
        """`http.get(options, (upRes) => { if (upRes.statusCode !== 200) { ...; return } upRes.pipe(res) })`:
        a response callback that consumes the response (pipe, 'data', resume) on one path and
        leaves on another: Node keeps an unread response paused, with its buffers and its socket,
        which a keep-alive agent never gets back; every run down that path keeps one."""
        args = call_arguments(call)  # (check calls it only on names bound to Node's http and https modules)
        if len(args) < 2:
            return None  # no response callback
        callback = unwrap(args[-1]) if args else None
        params = callback.child_by_field_name("parameters") if callback is not None and callback.type in FUNCTION_TYPES else None
        first = next((p for p in params.named_children if p.type != "comment"), None) if params is not None else \
            (callback.child_by_field_name("parameter") if callback is not None and callback.type == "arrow_function" else None)
        name = text(first.child_by_field_name("pattern") or first) if first is not None else ""
        body = callback.child_by_field_name("body") if callback is not None else None
        if not name or body is None or body.type != "statement_block":
            return None
        reads = [n for n in walk(body) if n.type == "identifier" and text(n) == name and _consumes_response(n)]
        if not reads:
            return None
        first_read = min(reads, key=lambda n: n.start_byte)
        left = next((e for statement in body.named_children if statement.end_byte <= first_read.start_byte
                     and (e := early_exit(statement)) is not None and e.type == "return_statement"), None)  # (a throw there is an assertion)
        runs = refine(ctx.run_context(call), ctx.model)
        if left is None or runs.how is RunsHow.ONCE:
            return None
        message = (f"the response `{name}` of `{short_text(call.child_by_field_name('function'), 30)}()` {runs.where} is read at line "
                   f"{line(first_read)}, but not on the early `return` at line {line(left)}: Node keeps a response nobody reads paused, "
                   "with its buffers and its socket (which a keep-alive agent never gets back), so every run that leaves that way "
                   f"keeps one; call `{name}.resume()` (or `{name}.destroy()`) before leaving")
        report = repeating_report(call, message, runs, "the request is made here")
        report.related += [(left, "this path leaves without reading the response"), (first_read, "the response is read here only")]
        return report

    def _ended_on_one_path(self, call: Node, ctx: FileContext) -> Report | None:
        """`const out = fs.createWriteStream(tmp)` per request, ended at the end of a `try` (or on
        the success branch) only: a path that throws or returns first leaves the file open, with
        its descriptor and buffered writes, for good. Judged only where the code ends it on some
        path, and only while the stream stays in the function (a stream returned, stored or
        handed to another function is its new owner's)."""
        holder = outermost(call).parent
        name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else \
            holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else None
        binding = ctx.model.binding_of(name) if name is not None and name.type == "identifier" else None
        fn = enclosing_function(call)
        if binding is None or fn is None or binding.kind not in (BindingKind.CONST, BindingKind.LET) or binding.is_module_level:
            return None
        # (`let spool = null` in the connection handler, `spool = createWriteStream(f)` in one of its listeners)
        releases = []
        for reference in binding.references:
            use = outermost(reference.identifier)
            parent = use.parent
            if binding.kind is BindingKind.LET and _tested_or_cleared(reference.identifier):
                continue  # `if (spool)`, `spool = null`, the assignment itself
            if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == use:
                method = text(parent.child_by_field_name("property"))
                if parent.parent is not None and parent.parent.type == "call_expression" and method in WRITE_STREAM_ENDS:
                    releases.append(parent.parent)
                continue  # `out.write(line)`, `out.on('error', f)`, `out.bytesWritten`
            if parent is not None and parent.type == "arguments" and callee_name(parent.parent) in WAITS_ON_STREAM:
                if callee_name(parent.parent) in TIES:
                    return None  # `pipeline(source, out)`, `finished(out, cb)`: tied to the other end
                continue  # `await once(out, 'drain')`
            return None  # returned, stored, handed over: the stream goes with it
        if not releases:
            return self._never_ended(call, binding.name, ctx)
        missed = missed_path(call, releases) or _on_peer_end_only(releases, binding.name)
        runs = refine(ctx.run_context(call), ctx.model)
        if missed is None or runs.how is RunsHow.ONCE:
            return None
        message = (f"write stream `{binding.name}` (`{short_text(call, 40)}`) {runs.where} is ended {missed.release_path}, but not on "
                   f"{missed.path}: on that path the file stays open, with its descriptor and buffered writes, for good; end or destroy "
                   "it in a `finally`, or hand it to `stream.pipeline`")
        return with_both_paths(repeating_report(call, message, runs, "the stream is opened here"), missed, "ending it", "ended")

    def _never_ended(self, call: Node, name: str, ctx: FileContext) -> Report | None:
        """`const log = fs.createWriteStream(file)` in a connection handler, written to and never
        ended, destroyed or closed, on no path, and kept by nothing else: every connection leaves
        its file open, with its descriptor and buffered writes."""
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is not RunsHow.REPEATED:
            return None  # (a stream of a function called who knows how often: its callers decide)
        message = (f"write stream `{name}` (`{short_text(call, 40)}`) {runs.where} is never ended, destroyed or closed: every run leaves "
                   "its file open, with its descriptor and buffered writes; end it when the work it records is done (its 'close'), or "
                   "hand it to `stream.pipeline`")
        return repeating_report(call, message, runs, "the stream is opened here")

    def _iterators(self, ctx: FileContext) -> Iterator[Report]:
        """`const it = source[Symbol.asyncIterator]()` inside a source factory whose teardown
        (the function it returns) only sets a flag: the iterator is returned when the next value
        arrives and sees the flag, so a teardown while it waits (a subscription with no more
        events) leaves it, and what feeds it, open."""
        for call in walk(ctx.source.root):
            if call.type != "call_expression":
                continue
            fn = unwrap(call.child_by_field_name("function"))
            if fn is None or fn.type != "subscript_expression" or "syncIterator" not in text(fn.child_by_field_name("index")):
                continue
            holder = call.parent
            while holder is not None and holder.type in ("as_expression", "parenthesized_expression", "non_null_expression"):
                holder = holder.parent
            name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
            if name is None:
                continue
            teardown = _teardown_returned(call)
            if teardown is None:
                continue
            shown = text(name)
            releases = [n for n in walk(ctx.source.root) if n.type == "call_expression" and callee_name(n) == "return"
                        and text(callee_object(n)) == shown]
            if any(contains(teardown, r) for r in releases):
                continue
            later = f"; it is returned only at line {releases[0].start_point[0] + 1}, when another value arrives" if releases else ""
            yield Report(call, f"async iterator `{shown}` is not returned by the teardown this source hands back{later}: "
                               "a consumer that unsubscribes while it waits leaves the iterator, and whatever feeds it, open; "
                               f"call `{shown}.return()` in the teardown",
                         related=[(teardown, "the teardown that does not return it")])

    def _unpiped(self, call: Node, ctx: FileContext) -> Report | None:
        source = callee_object(call)
        fn = enclosing_function(call)
        opened = self._opened(unwrap(source), ctx) if source is not None and source.type == "identifier" and fn is not None else None
        runs = ctx.run_context(opened) if opened is not None and enclosing_function(opened) is not None else None
        if runs is not None and runs.how is not RunsHow.ONCE and not self._read_after(source, enclosing_function(opened), call):
            # a stream each run opens (`createReadStream(f)`), unpiped when its reader goes and never destroyed
            shown = text(source)
            piped = _first_pipe(enclosing_function(opened), shown)  # reported itself, it tells this too: one finding
            return Report(call, f"`{shown}.unpipe(...)` leaves `{shown}`, a stream opened {runs.where}, paused with "
                                "nothing reading it: unpiping does not end it, so its file descriptor and buffer stay open; destroy it "
                                "when its reader goes", related=[(opened, "opened here")], acquisition=opened, holder=piped,
                          as_part=f"`{shown}.unpipe(...)` at line {call.start_point[0] + 1} only pauses it")
        if source is None or text(source) not in self.params["request_names"] or fn is None or self._read_after(source, fn):
            return None  # a request body: its socket stays open while it sits paused (other sources are their owner's call)
        shown = text(source)
        piped = _first_pipe(ctx.source.root, shown)
        related = [(piped, "piped here")] if piped is not None else []
        return Report(call, f"`{shown}.unpipe(...)` leaves `{shown}` paused with nothing reading it: its buffered data and "
                            "connection stay until the peer gives up; resume, drain or destroy it after unpiping",
                      related=related)

    def _read_after(self, source: Node, fn: Node, unpiped: Node | None = None) -> bool:
        """Something in the function reads, drains or ends the source: `req.resume()`,
        `drainStream(req)`, `req.destroy()`, another `pipe` (after `unpiped`, when given: the
        pipe an unpipe undoes reads nothing afterwards)."""
        shown = text(source)
        readers = self.params["reader_methods"]
        for node in walk(fn):
            if node.type != "call_expression":
                continue
            name = callee_name(node) or ""
            if text(callee_object(node)) == shown and name in readers:
                if name == "pipe" and unpiped is not None and node.start_byte < unpiped.end_byte:
                    continue
                return True
            if any(text(unwrap(a)) == shown for a in call_arguments(node)) and any(r in name.lower() for r in readers):
                return True
            if text(callee_object(node)) == shown and name in ("on", "once") and string_value(call_arguments(node)[0] if call_arguments(node) else None) in ("data", "readable"):
                return True  # `req.on('readable', req.read.bind(req))`: a listener that reads it drains it
        return False

    def _piped(self, call: Node, ctx: FileContext) -> Report | None:
        """`createReadStream(f).pipe(res)` in a function that never ties the two ends."""
        source = unwrap(callee_object(call))
        args = call_arguments(call)
        sink = unwrap(args[0]) if args else None
        file = _file_sink(sink, call, ctx) if source is not None and sink is not None else None
        if file is not None:
            return self._upload_into_file(call, source, file, ctx)
        opener = self._imported_opener(sink, ctx) if source is not None and sink is not None and sink.type == "identifier" else None
        if opener is not None:  # `const out = openSink(name)` of another module: its summary says whether it opens a file stream
            report = self._upload_into_file(call, source, opener.site, ctx)
            if report is not None:
                report.needs = Requirement(self.rule.id, opener.specifier, opener.chain, RESULT, "", False)
                return report
        if source is not None and sink is not None and sink.type == "identifier" and text(sink) not in self.params["sink_names"]:
            return self._piped_into_lasting(call, source, sink, ctx) or self._piped_into_opened_socket(call, source, sink, ctx) \
                or self._lasting_source_into_fresh(call, source, sink, ctx)
        if source is None or sink is None or not self._peer_sink(sink):
            return None
        opened = self._opened(source, ctx)
        fn = _declaring_function(source, call, ctx) or enclosing_function(call)  # (piped in its own 'open' listener, tied beside it)
        head = _chain_head(source)  # `dump.stdout.pipe(gzip).pipe(res)`: what feeds the whole chain
        upstream = (_upstream_response(head, ctx) or _fetched_body(head, ctx)) if opened is None else None
        if upstream is not None:  # `http.get(url, (upstream) => upstream.pipe(res))`: tied, if at all, where the request is made
            opened, fn = upstream, enclosing_function(upstream) or fn
        child = _child_output(head, ctx) if opened is None and upstream is None else None
        if child is not None:  # `spawn('ffmpeg', args).stdout.pipe(res)`: the child runs on, blocked on its full pipe
            opened = child
        helper = self._imported_opener(head, ctx) if opened is None else None  # (`rows.pipe(toCsv).pipe(res)`: what feeds the chain)
        prop = ""
        if opened is None and helper is None and head is not None and head.type == "member_expression" and ctx.relative_imports:
            helper = self._imported_opener(unwrap(head.child_by_field_name("object")), ctx)  # `object.body` of `await openObject(key)`
            prop = text(head.child_by_field_name("property")) if helper is not None else ""
        if (opened is None and helper is None) or fn is None or self._tied(fn, source, sink, _const_name(upstream or child)):
            return None
        if helper is not None:  # `const stream = openAsset(path)` of another module: its summary says whether it opens one
            return Report(call, f"{_shown(source)} from `{shown_callee(helper.site)}()` is "
                                f"piped into `{text(sink)}` with nothing that ends it when `{text(sink)}` closes early (a client that "
                                "goes away): `pipe` does not destroy its source, which stays open with what it reads from (a file, an upstream socket, a "
                                "cursor's pooled client) and its buffers; use "
                                "stream.pipeline(), or destroy it on the destination's 'close'",
                          needs=Requirement(self.rule.id, helper.specifier, helper.chain, RESULT, "", False, result_property=prop),
                          needs_site=helper.site)  # (the code flow starts at the helper's call, not at the pipe)
        held = "the upstream request's socket and buffers" if upstream is not None else \
            "its child process, which runs on blocked on a full pipe" if child is not None else \
            "its file and buffers" if callee_name(opened) in self.params["source_functions"] else "what it reads from (a file, a cursor's pooled client) and its buffers"
        return Report(call, f"{_shown(source)} is piped into `{text(sink)}` with "
                            f"nothing that ends it when `{text(sink)}` closes early (a client that goes away): `pipe` does not "
                            f"destroy its source, which stays open with {held}; use stream.pipeline(), or "
                            "destroy it on the destination's 'close'",
                      related=[(opened, "the upstream request is made here" if upstream is not None else "the child is started here"
                                if child is not None else "opened here")] if opened != source else [])

    def _peer_sink(self, sink: Node) -> bool:
        """A destination a peer can close early: `res`, `socket`, or one a framework's context
        holds (`ctx.res` in Koa, `reply.raw` in Fastify, `this.res`)."""
        parts = "".join(text(sink).replace("?.", ".").split()).split(".")
        names = self.params["sink_names"]
        return parts[0] in names or parts[-1] in names or (parts[-1] == "raw" and len(parts) == 2 and parts[0] in names)

    def _upload_into_file(self, call: Node, source: Node, opened: Node, ctx: FileContext) -> Report | None:
        """`req.pipe(fs.createWriteStream(target))` for a request (or an upstream response) the
        code is handed: `pipe` ends its destination only when the source ends, and a client
        that aborts the upload (or a body cut off at a limit) never lets it end, so the file
        stream stays open with its descriptor and buffers, once per interrupted transfer.
        Tied by pipeline/finished, or by a destroy, close or end of the file stream, under
        whichever name it is held (its const, or the const the pipe's result is kept in)."""
        request = self._handed_request(_chain_head(source), ctx)
        upstream = _upstream_response(source, ctx) if request is None else None
        fn = enclosing_function(call)
        if request is None and upstream is None or fn is None:
            return None
        if upstream is not None and ctx.run_context(upstream).how is not RunsHow.REPEATED:
            return None  # a download a script makes once ends with the script
        names = {n for n in (_const_name(opened), _const_name(call)) if n is not None}
        if self._ended_in(enclosing_function(upstream) or fn if upstream is not None else fn, names, WRITE_STREAM_ENDS):
            return None
        shown = text(_chain_head(source))
        short = "an upstream that cuts the response off" if upstream is not None else "a connection reset or timed out" \
            if text(request) in CONNECTION_NAMES else "a client that aborts, a body cut off at a limit"
        return Report(call, f"`{shown}` is piped into a file stream (`{short_text(opened.child_by_field_name('function'), 40)}()`) with "
                            f"nothing that closes it if `{shown}` stops short ({short}): `pipe` "
                            f"ends its destination only when the source ends, so every interrupted transfer leaves the file open, with "
                            f"its descriptor and buffers; use stream.pipeline(), or destroy the file stream when `{shown}` fails or closes",
                      related=[(opened, "the file stream is opened here")] if opened != unwrap(call_arguments(call)[0]) else [])

    def _ended_in(self, fn: Node, names: set[str], ends: frozenset[str], beside_own_failure: bool = True) -> bool:
        """`fn` ties the ends (pipeline, finished...) or ends a stream spelled one of `names`
        (`out.destroy()`); without `beside_own_failure`, not from that stream's own 'error' listener."""
        for node in walk(fn):
            if node.type != "call_expression":
                continue
            name = callee_name(node)
            if name in self.params["teardown_functions"]:
                return True
            target = text(callee_object(node))
            if name in ends and target in names and (beside_own_failure or not _in_own_failure_listener(node, target)):
                return True
        return False

    def _handed_request(self, source: Node, ctx: FileContext, depth: int = 0) -> Node | None:
        """`source` is a request body the function is handed, or a client's connection: a
        parameter named like one (`req`; `socket` of a connection handler), which the peer
        can cut off without ending it."""
        binding = ctx.model.binding_of(source) if source.type == "identifier" else None
        if binding is not None and binding.kind is BindingKind.CONST and not binding.is_module_level and binding.value is not None and depth < 4:
            # `const body = gzipped ? req.pipe(createGunzip()) : req`: every way of spelling it starts at the request
            heads = [self._handed_request(_chain_head(unwrap(branch)), ctx, depth + 1) for branch in _branches(unwrap(binding.value))]
            return heads[0] if heads and None not in heads and len({h.id for h in heads}) == 1 else None
        if binding is None or binding.kind is not BindingKind.PARAMETER or binding.name not in (*self.params["request_names"], *CONNECTION_NAMES):
            return None
        return binding.identifier

    def _piped_into_lasting(self, call: Node, source: Node, sink: Node, ctx: FileContext) -> Report | None:
        """`tagger.pipe(auditLog, { end: false })` per request, `auditLog` a module-level
        stream: `pipe` hangs its listeners on the destination until the source ends, and a source
        fed by a request that aborts never does, so each such run leaves its stream (and what it
        closes over) attached to the module's stream for good."""
        binding = ctx.model.binding_of(sink)
        value = unwrap(binding.value) if binding is not None and binding.is_module_level else None
        if value is None or value.type not in ("call_expression", "new_expression") or not STREAM_MAKERS.search(text(value)):
            return None
        fn = enclosing_function(call)
        made = _made_by(source, ctx, constructed=True)
        if fn is None or made is None or enclosing_function(made) != fn or self._tied(fn, source, sink) or self._unpiped_or_destroyed(fn, source):
            return None
        runs = ctx.run_context(call)
        if runs.how is not RunsHow.REPEATED:
            return None
        return Report(call, f"{_shown(source)} is piped into module-level `{text(sink)}` {runs.where}, and nothing unpipes or destroys it "
                            "if its own input stops short (a client that aborts): `pipe` keeps its listeners on the long-lived "
                            f"`{text(sink)}` until the source ends, so each such run leaves one more stream attached; use "
                            "stream.pipeline(), or destroy it when the request closes", related=[(binding.identifier, "the long-lived destination")])

    def _lasting_source_into_fresh(self, call: Node, source: Node, sink: Node, ctx: FileContext) -> Report | None:
        """`this.source.pipe(formatter)` per subscriber, `this.source` a stream the instance keeps
        and `formatter` a Transform made in the call: the long-lived source holds every
        destination piped into it until it ends or unpipes it, so each subscriber that goes
        away leaves its stream (and what it writes to) attached for good."""
        made = _made_by(sink, ctx, constructed=True)
        fn = enclosing_function(call)
        if made is None or fn is None or enclosing_function(made) != fn or not (STREAM_MAKERS.search(text(made)) or _own_stream_class(made, ctx)) \
                or not (_lasting_stream(source, ctx) or _imported_module_object(source, ctx)):
            return None
        shown = text(source)
        if any(n.type == "call_expression" and (callee_name(n) == "unpipe" and text(callee_object(n)) == shown or callee_name(n) in TIES)
               for n in walk(fn)) or self._unpiped_or_destroyed(fn, sink):
            return None  # `source.unpipe(formatter)` or `formatter.destroy()` when the subscriber goes, or a pipeline
        if any(text(v) == text(sink) for v in returned_values(fn)):
            return self._fresh_sink_dropped_by_caller(call, fn, shown, ctx)  # `return feed`: its caller's to unpipe when its reader goes
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        message = (f"`{text(sink)}`, made {runs.where}, is piped from `{shown}`, a stream that outlives it, and nothing unpipes or "
                   f"destroys it: `{shown}` keeps every destination piped into it until it ends, so each run leaves one more "
                   f"`{text(sink)}` (and what it writes to) attached; `{shown}.unpipe({text(sink)})` and destroy it when its reader goes")
        return repeating_report(call, message, runs, "piped here")

    def _fresh_sink_dropped_by_caller(self, call: Node, fn: Node, shown: str, ctx: FileContext) -> Report | None:
        """`attachFeed(ws) { const feed = new Filter(); activity.pipe(feed); return feed }` called
        from code that repeats by a caller that drops what it hands back, or keeps it and never
        unpipes nor destroys it: the long-lived `activity` keeps every such destination."""
        for site in call_sites(fn, ctx.model):
            holder = outermost(site).parent
            kept = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
            if holder is None or not (holder.type == "expression_statement" or kept is not None and kept.type == "identifier"):
                continue  # handed on, stored elsewhere: its keeper's
            caller = outermost_function(site)
            if kept is not None and caller is not None and self._unpiped_or_destroyed(caller, kept):
                continue
            runs = refine(ctx.run_context(site), ctx.model)
            if runs.how is RunsHow.ONCE or guarded_once(site, ctx):
                continue
            fate = "drops it" if kept is None else f"keeps it in `{text(kept)}` and never unpipes nor destroys it"
            message = (f"`{shown_callee(site)}()` pipes `{shown}`, a stream that outlives the call, into a stream it makes and hands back, "
                       f"and this call {runs.where} {fate}: `{shown}` keeps every destination piped into it until it ends, so each run "
                       f"leaves one more attached; unpipe it from `{shown}` and destroy it when its reader goes")
            report = repeating_report(site, message, runs, "piped here")
            report.related.append((call, "piped here"))
            return report
        return None

    def _piped_into_opened_socket(self, call: Node, source: Node, sink: Node, ctx: FileContext) -> Report | None:
        """`client.pipe(upstream)` in a connection handler, `upstream = net.connect(...)` opened
        there: `pipe` ends the upstream only when the client ends cleanly. A client destroyed
        instead (an idle timeout, a reset, an error) never emits 'end', and unless the handler
        destroys the upstream itself, or ties both with pipeline(), that connection stays open
        with its buffers and listeners, one per such client."""
        made = _made_by(sink, ctx)
        fn = enclosing_function(call)
        if made is None or fn is None or enclosing_function(made) != fn or not SOCKET_OPENERS.search(text(made.child_by_field_name("function"))):
            return None
        shown = text(sink)
        if self._ended_in(fn, {shown}, SOCKET_ENDS, beside_own_failure=False):
            return None  # (a destroy in the upstream's own 'error' listener does nothing when the client goes)
        runs = refine(ctx.run_context(call), ctx.model)
        if runs.how is RunsHow.ONCE:
            return None
        return Report(call, f"`{text(source)}` is piped into `{shown}`, a connection opened here, and nothing destroys `{shown}` when "
                            f"`{text(source)}` is destroyed without ending (an idle timeout, a reset, an error): `pipe` ends its "
                            f"destination only on a clean 'end', so each such connection leaves `{shown}` open with its buffers and "
                            f"listeners; destroy it on `{text(source)}`'s 'close', or use stream.pipeline()",
                      related=[(made, f"`{shown}` is opened here")], severity=Severity.NOTE if runs.how is RunsHow.MAYBE else None)

    def _unpiped_or_destroyed(self, fn: Node, source: Node) -> bool:
        shown = text(source)
        return any(n.type == "call_expression" and callee_name(n) in ("unpipe", "destroy", "end", "removeAllListeners")
                   and text(callee_object(n)) == shown for n in walk(fn))

    def _left_open_by_return(self, call: Node, ctx: FileContext) -> Report | None:
        """`const stream = createReadStream(f); if (fresh) { res.end(); return } stream.pipe(res)`:
        the stream opens its file as soon as it is made, and a `return` between the opening and
        every use of it (in a branch that never names it) leaves the file open for good."""
        holder = outermost(call).parent
        name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
        fn = enclosing_function(call)
        if name is None or name.type != "identifier" or fn is None:
            return None
        shown = text(name)
        uses = [n for n in walk(fn) if n.type == "identifier" and text(n) == shown and n.start_byte > name.end_byte]
        if not uses:
            return None  # never used at all: another reading's business
        for exit_ in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
            if exit_.type != "return_statement" or exit_.start_byte < call.end_byte or enclosing_function(exit_) != fn:
                continue
            branch = next((a for a in ancestors(exit_) if a.type in ("statement_block", "switch_case") and a.parent is not None
                           and a.parent.type in ("if_statement", "else_clause", "switch_statement", "switch_body")), None)
            if branch is None or any(contains(branch, u) for u in uses) or any(a.type in ("try_statement", "catch_clause") for a in ancestors(exit_)):
                continue  # the function's own end, a branch that handles the stream, or a try that may close it
            if not any(u.start_byte > exit_.end_byte for u in uses):
                continue  # used before the branch only: whatever it was handed to owns it
            if any(u.start_byte < branch.start_byte and u.parent is not None and u.parent.type in ("arguments", "member_expression")
                   and not self._listens(u) for u in uses):
                continue  # piped or handed on before the branch: its consumer ends it
            return Report(call, f"stream `{shown}` is opened here, and the `return` at line {exit_.start_point[0] + 1} leaves the function "
                                "without reading, piping or destroying it: the file it opened stays open (one descriptor per run of that "
                                f"path); open it after the early return, or destroy it there",
                          related=[(exit_, "this path returns with the stream still open")])
        return None

    def _listens(self, use: Node) -> bool:
        """`stream.on('error', ...)`: a listener on the stream neither reads nor closes it."""
        member = use.parent
        call = member.parent if member is not None and member.type == "member_expression" else None
        return call is not None and call.type == "call_expression" and callee_name(call) in ("on", "once", "addListener")

    def _opened(self, source: Node, ctx: FileContext) -> Node | None:
        """The `createReadStream(...)` call the source is, or a local initialised with one, also
        through a function of this file that returns one (`openAsset(path)`), or at the head of
        a chain of pipes that ends in the source."""
        value = _made_by(source, ctx)
        while value is not None and callee_name(value) in ("pipe", *RETURN_THE_STREAM) and callee_object(value) is not None:
            value = _made_by(unwrap(callee_object(value)), ctx)  # `open(f).pipe(gzip).pipe(res)`: the chain's head feeds it all
            # (and `open(f).on('error', fail).pipe(res)`: a listener's registration hands the stream back)
        if value is None:
            return None
        if self._opens(value, ctx):
            return value
        opener = self._local_opener(value, ctx)
        return value if opener is not None else None

    def _local_opener(self, call: Node, ctx: FileContext) -> Node | None:
        """The function of this file `call` calls, when it returns a stream it opens."""
        callee = unwrap(call.child_by_field_name("function"))
        binding = ctx.model.binding_of(callee) if callee is not None and callee.type == "identifier" else None
        fn = unwrap(binding.value) if binding is not None and binding.value is not None else None
        if fn is None and binding is not None and binding.identifier.parent is not None and binding.identifier.parent.type == "function_declaration":
            fn = binding.identifier.parent
        return fn if fn is not None and fn.type in FUNCTION_TYPES and self._returns_opened(fn, ctx) else None

    def _returns_opened(self, fn: Node, ctx: FileContext) -> bool:
        return any(n.type == "call_expression" and self._opens(n, ctx) and _handed_back(n, ctx) == fn
                   for n in walk(fn))

    def _imported_opener(self, source: Node, ctx: FileContext):
        value = _made_by(source, ctx) if ctx.relative_imports else None
        return next((c for c in ctx.imported_calls if c.site == value), None) if value is not None else None

    def summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that open a stream and hand it back (`openAsset(p) { return
        fs.createReadStream(p) }`): a caller in another file that pipes it into a response
        without tying the ends leaves it open (slot RESULT)."""
        data = ctx.source.data
        if b"export" not in data or not (data.has_any(self.spelled("source_functions")) or b"Readable.from" in data
                                         or b"createWriteStream" in data or data.has_any(CURSOR_STREAMS)):
            return self._bridge_summaries(ctx) + self._returned_body_summaries(ctx)
        found = self._bridge_summaries(ctx) + self._returned_body_summaries(ctx)
        cursor = ("query",) if data.has_any(CURSOR_STREAMS) else ()
        for call in ctx.calls_named((*self.params["source_functions"], "from", "createWriteStream", *cursor)):
            fn = _handed_back(call, ctx) if callee_name(call) == "createWriteStream" or self._opens(call, ctx) else None
            if fn is None:
                continue
            name = (function_name(fn) or "").rsplit(".", 1)[-1]
            found += [(Summary(self.rule.id, chain, RESULT, name, NOWHERE, "the stream is opened here and handed back"), call)
                      for chain in summary_chains(fn, ctx.model)]
        return found

    def _returned_body_summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that hand back the body of an upstream response, as it is or as a
        property of the object they return (`return { body: out.Body, contentType }` after an
        S3 GetObject, or `return body` of undici's request): a caller that pipes it into a
        response without tying the ends holds the upstream socket (slot RESULT, with the property)."""
        data = ctx.source.data
        if b"export" not in data or not (b"Body" in data and (b"GetObjectCommand" in data or b"getObject(" in data)
                                         or b"body" in data and b"undici" in data):
            return []
        found = []
        renamed = b"fromWeb" in data  # `const out = Readable.fromWeb(res.body)`: a body under any name
        for node in ctx.captures("(return_statement) @returned", "returned"):
            value = unwrap(node.named_children[0]) if node.named_children else None
            fn = enclosing_function(node)
            if value is None or fn is None:
                continue
            held = [("", value)] if value.type != "object" else \
                [(text(p.child_by_field_name("key")), unwrap(p.child_by_field_name("value"))) if p.type == "pair" else (text(p), p)
                 for p in value.named_children if p.type in ("pair", "shorthand_property_identifier")]
            for prop, held_value in held:
                if held_value is None or not _may_be_body(held_value, renamed):
                    continue
                body = _fetched_body(held_value, ctx)
                chains = summary_chains(fn, ctx.model) if body is not None else set()
                if not chains:
                    continue
                name = (function_name(fn) or "").rsplit(".", 1)[-1]
                found += [(Summary(self.rule.id, chain, RESULT, name, NOWHERE, "the upstream response's body is handed back here",
                                   result_property=prop), held_value) for chain in chains]
        return found

    def _bridge_summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that pipe two of their parameters into each other and tie neither
        (`bridge(client, upstream)`): each caller in another file that ties neither is a finding."""
        data = ctx.source.data
        if b"export" not in data or b".pipe(" not in data:
            return []
        both_ways = bridges(ctx.calls_named(("pipe",)))
        found = self._pipe_summaries(ctx, _bridged_pipes(both_ways))
        for bridge in both_ways:
            slots = _bridged_slots(bridge, ctx)
            if slots is None or self._bridge_tied(outermost_function(bridge.call) or bridge.function, text(bridge.first), text(bridge.second)):
                continue
            name = (function_name(bridge.function) or "").rsplit(".", 1)[-1]
            first, second = sorted(slots)
            found += [(Summary(self.rule.id, chain, first, name, NOWHERE, "the two streams are piped into each other here, and nothing "
                               "destroys one when the other goes", partner_slot=second), bridge.call)
                      for chain in summary_chains(bridge.function, ctx.model)]
        return found

    def _opens(self, call: Node, ctx: FileContext) -> bool:
        """A call that opens a stream the code owns: a source function (`createReadStream`), or
        `Readable.from(generator)`, whose generator keeps what it reads from (a cursor, a
        pooled client) until the stream ends or is destroyed."""
        return callee_name(call) in self.params["source_functions"] or text(call.child_by_field_name("function")).endswith("Readable.from") \
            or callee_name(call) == "query" and _cursor_stream(call, ctx) or callee_name(call) == "stream" and _mongo_cursor_stream(call, ctx)

    def _tied(self, fn: Node, source: Node, sink: Node, request: str | None = None) -> bool:
        """pipeline/finished/pump in the function, a 'close' handler on the sink (not 'finish' or
        'end', which a client that goes away never lets come, nor 'error', which a response closed
        by its client does not emit), or a destroy of the source (or of the client `request`
        whose response it is, or a kill of the child whose output it is)."""
        shown_source, shown_sink = text(source), text(sink)
        sockets = _client_socket_names(fn)  # `req.socket`, `const socket = req.socket`: the client's connection closes with `res`
        for node in walk(fn):
            if node.type != "call_expression":
                continue
            name = callee_name(node)
            if name in self.params["teardown_functions"]:
                return True
            target = text(callee_object(node))
            if name in ("on", "once", "addListener") and (target == shown_sink or target in sockets and string_value(
                    call_arguments(node)[0] if call_arguments(node) else None) == "close") \
                    and string_value(call_arguments(node)[0] if call_arguments(node) else None) not in SINK_ENDS_WITHOUT_CLIENT \
                    and (not _ignores(call_arguments(node)[1:2], source, fn) or request is not None and not _ignores(call_arguments(node)[1:2], request, fn)):
                return True  # (`res.on('close', () => this.active--)` ends nothing of the source)
            if (name in ("destroy", "close", "kill") or name == "abort" and target == request) and target in (shown_source, request) \
                    and not _in_own_failure_listener(node, shown_source) \
                    and not _on_normal_end_only(node, fn, shown_sink) and not _stopper_on_sink_ends_only(node, fn, shown_sink):
                return True  # (a destroy in the source's own 'error' listener comes only when reading fails, one on the sink's 'finish' only when it ends well)
        return False


def _client_socket_names(fn: Node) -> set[str]:
    """How `fn` spells the client's connection: `req.socket`, `res.socket`, `req.connection`, or a
    local given one of them (`const socket = req.socket`)."""
    names: set[str] = set()
    if b"socket" not in (fn.text or b"") and b"connection" not in (fn.text or b""):
        return names  # (read in the bytes first: `_tied` asks for every pipe it judges)
    for node in walk(fn):
        if node.type == "member_expression" and text(node.child_by_field_name("property")) in ("socket", "connection") \
                and text(node.child_by_field_name("object")) in ("req", "request", "res", "response"):
            names.add(text(node))
            holder = node.parent
            if holder is not None and holder.type == "variable_declarator" and holder.child_by_field_name("value") == node:
                names.add(text(holder.child_by_field_name("name")))
    return names


def _stopper_on_sink_ends_only(node: Node, fn: Node, shown_sink: str) -> bool:
    """`const stop = () => ffmpeg.kill()` called only from the sink's 'finish' or 'error'
    listeners (`res.on('finish', () => stop())`): a client that goes away brings neither."""
    stopper = enclosing_function(node)
    holder = outermost(stopper).parent if stopper is not None and stopper != fn else None
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    if name is None or name.type != "identifier":
        return False
    uses = [n for n in walk(fn) if n.type == "identifier" and text(n) == text(name) and n != name]
    for use in uses:
        found = listener_of(use, fn)
        if found is None or found[1] not in SINK_ENDS_WITHOUT_CLIENT or text(callee_object(found[0])) != shown_sink:
            return False
    return bool(uses)


def _ignores(handler: list[Node], source: "Node | str", scope: Node | None = None) -> bool:
    """A handler written in place that names nothing the source is made of (`() => this.active--`),
    itself or through a function of `scope` it calls (`() => stop('gone')`, `stop` killing the child)."""
    fn = unwrap(handler[0]) if handler else None
    names = {source} if isinstance(source, str) else {text(n) for n in walk(source) if n.type == "identifier"} or {text(source)}
    if fn is None or fn.type not in FUNCTION_TYPES:
        return False
    bodies = [fn] + (_called_locals(fn, scope) if scope is not None else [])
    return not any(re.search(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", text(body)) for body in bodies for name in names)


def _called_locals(handler: Node, scope: Node) -> list[Node]:
    """The functions declared in `scope` (`const stop = (...) => {...}`, `function stop() {...}`)
    that `handler` calls by name."""
    called = {text(n.child_by_field_name("function")) for n in walk(handler) if n.type == "call_expression"}
    found = []
    for node in walk(scope.child_by_field_name("body") or scope, skip=FUNCTION_TYPES):
        if node.type == "variable_declarator" and text(node.child_by_field_name("name")) in called \
                and unwrap(node.child_by_field_name("value")) is not None and unwrap(node.child_by_field_name("value")).type in FUNCTION_TYPES:
            found.append(unwrap(node.child_by_field_name("value")))
        elif node.type == "function_declaration" and text(node.child_by_field_name("name")) in called:
            found.append(node)
    return found


# What starts a child process whose output streams a handler may pipe on.
CHILD_STARTERS = frozenset({"spawn", "exec", "execFile", "fork", "execa"})
CHILD_MODULES = frozenset({"child_process", "node:child_process", "execa"})


def _cursor_stream(query: Node, ctx: FileContext) -> bool:
    """`client.query(new QueryStream(sql, args))`, also with the QueryStream made into a const
    first: the query hands back a readable over a cursor."""
    argument = unwrap(call_arguments(query)[0]) if call_arguments(query) else None
    made = _made_by(argument, ctx, constructed=True) if argument is not None else None
    return made is not None and made.type == "new_expression" and text(made.child_by_field_name("constructor")) in CURSOR_STREAMS


# What makes a MongoDB cursor: a collection's query methods, read before `.stream()`.
MONGO_CURSOR = re.compile(r"\.(?:find|aggregate|watch)\s*\(")


def _mongo_cursor_stream(call: Node, ctx: FileContext) -> bool:
    """`collection.find(q).sort(s).stream()`, or `cursor.stream()` on a const holding such a
    chain: a readable over a server-side cursor, open with its session until it ends or is
    destroyed."""
    cursor = unwrap(callee_object(call))
    made = _made_by(cursor, ctx) if cursor is not None else None
    return made is not None and MONGO_CURSOR.search(text(made)) is not None


def _handed_back(call: Node, ctx: FileContext) -> Node | None:
    """The function that returns what `call` makes: straight (`return open(p)`), or through a
    const of its own (`const rows = client.query(...); ...; return rows`)."""
    fn = returned_by(call)
    if fn is not None:
        return fn
    holder = outermost(call).parent
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    binding = ctx.model.binding_of(name) if name is not None and name.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.CONST:
        return None
    own = enclosing_function(call)
    return own if own is not None and any(returned_by(r.identifier) == own for r in binding.references) else None


def _branches(value: Node | None) -> list[Node]:
    """The values a const may hold: both arms of `a ? b : c` (nested too), or the value itself."""
    if value is None:
        return []
    if value.type == "ternary_expression":
        return [*_branches(unwrap(value.child_by_field_name("consequence"))), *_branches(unwrap(value.child_by_field_name("alternative")))]
    return [value]


def _chain_head(source: Node) -> Node:
    """The stream at the head of a chain of pipes (`a.pipe(gzip).pipe(res)`: `a`), or the source."""
    node = source
    while node.type == "call_expression" and callee_name(node) in ("pipe", *RETURN_THE_STREAM) and unwrap(callee_object(node)) is not None:
        node = unwrap(callee_object(node))
    return node


def _child_output(source: Node, ctx: FileContext) -> Node | None:
    """`ffmpeg.stdout` (or `.stderr`) of `const ffmpeg = spawn(...)`, a child process started
    here: the call that starts it. Piped into a response the child runs on when the client goes,
    blocked on a pipe nobody reads, unless something kills it on the response's 'close'."""
    node = unwrap(source)
    if node is None or node.type != "member_expression" or text(node.child_by_field_name("property")) not in ("stdout", "stderr"):
        return None
    owner = unwrap(node.child_by_field_name("object"))
    binding = ctx.model.binding_of(owner) if owner is not None and owner.type == "identifier" else None
    started = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and binding.value is not None else None
    callee = unwrap(started.child_by_field_name("function")) if started is not None and started.type == "call_expression" else None
    if callee is None or callee_name(started) not in CHILD_STARTERS:
        return None
    root = unwrap(callee.child_by_field_name("object")) if callee.type == "member_expression" else callee
    bound = ctx.model.binding_of(root) if root is not None and root.type == "identifier" else None
    return started if bound is not None and bound.source_module in CHILD_MODULES else None


# The client request functions of `http` and `https`, whose response is a stream on a socket the
# Agent may keep alive for the next request.
CLIENT_REQUESTS = frozenset({"get", "request"})
HTTP_MODULES = frozenset({"http", "https", "node:http", "node:https"})


def _upstream_response(source: Node, ctx: FileContext) -> Node | None:
    """The client request whose response `source` is: the parameter of the callback handed to
    `http.get(url, (upstream) => ...)` or of its 'response' listener (`const r = http.get(url);
    r.on('response', (upstream) => ...)`). Piped into a response and not ended when that one
    closes, it stays paused on its socket. The request call, or None."""
    binding = ctx.model.binding_of(source) if source.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.PARAMETER:
        return None
    fn = binding.scope.function_scope.node
    handed = handed_to(fn) if fn is not None else None
    call = handed[0] if handed is not None else None
    if call is None or call.type != "call_expression":
        return None
    if callee_name(call) in ("on", "once") and string_value(call_arguments(call)[0] if call_arguments(call) else None) == "response":
        receiver = unwrap(callee_object(call))
        held = ctx.model.binding_of(receiver) if receiver is not None and receiver.type == "identifier" else None
        call = unwrap(held.value) if held is not None and held.kind is BindingKind.CONST and held.value is not None else receiver
    if call is None or call.type != "call_expression" or callee_name(call) not in CLIENT_REQUESTS:
        return None
    module = unwrap(callee_object(call))
    bound = ctx.model.binding_of(module) if module is not None and module.type == "identifier" else None
    return call if bound is not None and bound.source_module in HTTP_MODULES else None


def _may_be_body(value: Node, renamed: bool) -> bool:
    """What _fetched_body can accept, told from the node alone: `x.body`, `x.Body`, or a name
    `body` (any name in a file that spells `fromWeb`)."""
    if value.type == "member_expression":
        return text(value.child_by_field_name("property")) in ("body", "Body")
    return value.type in ("identifier", "shorthand_property_identifier") and (renamed or text(value) in ("body", "Body"))


def _fetched_body(source: Node, ctx: FileContext) -> Node | None:
    """The body of an upstream response that `source` is: `const { body } = await request(url)`
    or `(await pool.request(opts)).body` of undici (its `request`, or a `Pool`, `Client` or
    `Agent` made from it), or `Readable.fromWeb(res.body)` of a fetch: the call that makes it.
    Left paused when the response it is piped into closes, it holds its connection."""
    member = source.type == "member_expression" and text(source.child_by_field_name("property")) in ("body", "Body")
    held = unwrap(source.child_by_field_name("object")) if member else source
    binding = ctx.model.binding_of(held) if held is not None and held.type in ("identifier", "shorthand_property_identifier") else None
    if binding is None or binding.kind is not BindingKind.CONST:
        return None
    declarator = binding.identifier.parent
    while declarator is not None and declarator.type != "variable_declarator":
        declarator = declarator.parent
    value = unwrap(declarator.child_by_field_name("value")) if declarator is not None else None
    if value is not None and value.type == "await_expression" and value.named_children:
        value = unwrap(value.named_children[0])
    if value is None or value.type != "call_expression":
        return None
    if not member and text(value.child_by_field_name("function")).endswith("Readable.fromWeb"):
        return value  # `Readable.fromWeb(upstream.body)`
    pattern = declarator.child_by_field_name("name")
    name = text(source.child_by_field_name("property")) if member else text(source)
    destructured = pattern is not None and pattern.type == "object_pattern" and name in ("body", "Body")
    if not (member and pattern is not None and pattern.type == "identifier" or destructured):
        return None
    return value if (name == "body" and _undici_request(value, ctx)) or (name == "Body" and _s3_object_read(value)) else None


def _s3_object_read(call: Node) -> bool:
    """`client.send(new GetObjectCommand(...))` of the AWS SDK (or the aggregated client's
    `s3.getObject(...)`): its `Body` is a stream on a pooled keep-alive socket, which stays
    checked out until the body is read to its end or destroyed."""
    if callee_name(call) == "getObject":
        return True
    args = call_arguments(call)
    command = unwrap(args[0]) if args and callee_name(call) == "send" else None
    return command is not None and command.type == "new_expression" and text(command.child_by_field_name("constructor")).endswith("GetObjectCommand")


UNDICI_DISPATCHERS = frozenset({"Pool", "Client", "Agent", "BalancedPool", "ProxyAgent"})


def _undici_request(call: Node, ctx: FileContext) -> bool:
    """`request(url)` or `undici.request(url)` imported from undici, or `pool.request(opts)` of a
    dispatcher made from it (`const pool = new Pool(origin)`)."""
    callee = unwrap(call.child_by_field_name("function"))
    if callee is None:
        return False
    if callee.type == "identifier":
        bound = ctx.model.binding_of(callee)
        return bound is not None and bound.source_module == "undici" and (bound.imported_name or "") in ("request", "stream", "default")
    if callee.type != "member_expression" or text(callee.child_by_field_name("property")) not in ("request", "stream"):
        return False
    receiver = unwrap(callee.child_by_field_name("object"))
    bound = ctx.model.binding_of(receiver) if receiver is not None and receiver.type == "identifier" else None
    if bound is None:
        return False
    if bound.source_module == "undici":
        return True  # `undici.request(url)`
    made = unwrap(bound.value) if bound.kind is BindingKind.CONST and bound.value is not None else None
    constructor = unwrap(made.child_by_field_name("constructor")) if made is not None and made.type == "new_expression" else None
    if constructor is None:
        return False
    maker = ctx.model.binding_of(constructor) if constructor.type == "identifier" else None
    if maker is None and constructor.type == "member_expression":
        maker = ctx.model.binding_of(unwrap(constructor.child_by_field_name("object")))
        return maker is not None and maker.source_module == "undici" and text(constructor.child_by_field_name("property")) in UNDICI_DISPATCHERS
    return maker is not None and maker.source_module == "undici" and (maker.imported_name or "") in UNDICI_DISPATCHERS


# What reads an undici response body to its end, or gives it up.
BODY_READS = frozenset({"text", "json", "arrayBuffer", "blob", "formData", "bytes", "dump", "destroy", "pipe", "resume", "cancel"})


def _undici_field_request(call: Node, ctx: FileContext) -> bool:
    """`this.pool.request(...)` where the class fills `this.pool` with `new Pool(...)` of undici."""
    callee = unwrap(call.child_by_field_name("function"))
    holder = unwrap(callee.child_by_field_name("object")) if callee is not None and callee.type == "member_expression" else None
    made = this_field_filled_with(holder, rb"new\s+([\w$]+)(?:\s*\.\s*([\w$]+))?")
    if made is None:
        return False
    binding = ctx.model.module_scope.bindings.get(made[0].decode())
    if binding is None or binding.source_module != "undici":
        return False
    name = made[1].decode() if made[1] else binding.imported_name  # `new undici.Pool(...)`, `new Pool(...)`
    return name in UNDICI_DISPATCHERS


# What reads a Node response to its end, or gives it up: `res.pipe(out)`, `res.on('data', f)`, `res.resume()`.
RESPONSE_CONSUMERS = frozenset({"pipe", "resume", "destroy", "read"})


def _consumes_response(name: Node) -> bool:
    """`upRes.pipe(res)`, `upRes.on('data', ...)`, `upRes.resume()`, `pipeline(upRes, ...)`, or
    the response handed to another function (which may read it)."""
    parent = name.parent
    if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == name:
        method = text(parent.child_by_field_name("property"))
        call = parent.parent if parent.parent is not None and parent.parent.type == "call_expression" else None
        if call is None:
            return False
        if method in ("on", "once"):
            args = call_arguments(call)
            return bool(args) and string_value(args[0]) in ("data", "readable")
        return method in RESPONSE_CONSUMERS
    return parent is not None and parent.type == "arguments"


def _exit_before_read(call: Node, reads: list[Node]) -> Node | None:
    """The `return` or `throw` that ends an `if` with no `else` (missed_paths.early_exit) among
    the statements after the request, in its own block, before the body is first read
    (`if (statusCode === 404) return null`)."""
    statement = next((a for a in ancestors(call) if a.parent is not None and a.parent.type == "statement_block"), None)
    if statement is None:
        return None
    first = reads[0].start_byte
    for sibling in statement.parent.named_children:
        if sibling.start_byte >= statement.end_byte and sibling.end_byte <= first and (left := early_exit(sibling)) is not None:
            return left
    return None


def _body_reads(call: Node, ctx: FileContext) -> list[Node]:
    """Where the body of an undici response is read, destroyed or handed on: `const { body } =
    await request(...)` then `body.json()`, `pipeline(body, ...)`, `return body`; or the same
    through `res.body`. Empty when the body is never named (no path is judged then)."""
    holder = outermost(call).parent
    if holder is not None and holder.type == "await_expression":
        holder = outermost(holder).parent
    if holder is None or holder.type != "variable_declarator":
        return []
    pattern = unwrap(holder.child_by_field_name("name"))
    names: list[Node] = []
    if pattern is not None and pattern.type == "object_pattern":
        for prop in pattern.named_children:
            if prop.type == "shorthand_property_identifier_pattern" and text(prop) == "body":
                names.append(prop)
            elif prop.type == "pair_pattern" and text(prop.child_by_field_name("key")) == "body":
                value = unwrap(prop.child_by_field_name("value"))
                if value is not None and value.type == "identifier":
                    names.append(value)
    binding = ctx.model.binding_of(names[0]) if names else (ctx.model.binding_of(pattern) if pattern is not None and pattern.type == "identifier" else None)
    if binding is None:
        return []
    reads = []
    for reference in binding.references:
        use = outermost(reference.identifier)
        if use == binding.identifier or use == pattern:
            continue
        if not names:  # `res`: its `.body`
            parent = use.parent
            if parent is None or parent.type != "member_expression" or text(parent.child_by_field_name("property")) != "body":
                continue
            use = outermost(parent)
        parent = use.parent
        if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == use:
            if text(parent.child_by_field_name("property")) in BODY_READS and parent.parent is not None and parent.parent.type == "call_expression":
                reads.append(parent.parent)
        elif parent is not None and parent.type in ("arguments", "return_statement", "for_in_statement", "pair", "assignment_expression", "variable_declarator"):
            reads.append(use)  # handed on, returned, walked or kept: read (or owned) from there
    return sorted(reads, key=lambda n: n.start_byte)


def _file_sink(sink: Node, call: Node, ctx: FileContext) -> Node | None:
    """The `fs.createWriteStream(...)` call a pipe's destination is: the call itself, or a
    const of the piping function set to one."""
    if sink.type == "identifier":
        binding = ctx.model.binding_of(sink)
        value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and not binding.is_module_level else None
        sink = value if value is not None and enclosing_function(value) == enclosing_function(call) else sink
    return sink if sink.type == "call_expression" and callee_name(sink) == "createWriteStream" else None


def _const_name(node: Node | None) -> str | None:
    """The const a call's result is kept in (`const out = req.pipe(file)`, `const upstreamReq = http.get(...)`)."""
    name = declared_name(node) if node is not None else None
    return text(name) if name is not None else None


def _declaring_function(source: Node, call: Node, ctx: FileContext) -> Node | None:
    """The function that declares the local `source` when it also holds the pipe (`const stream =
    createReadStream(f); stream.once('open', () => stream.pipe(res))`); None otherwise."""
    binding = ctx.model.binding_of(source) if source.type == "identifier" else None
    fn = binding.scope.function_scope.node if binding is not None and not binding.is_module_level else None
    return fn if fn is not None and fn.type != "program" and contains(fn, call) else None


# What a network connection is called: `client`, `upstream`, `conn`, `remoteSocket`.
NETWORK_NAME = re.compile(r"(?i)socket|conn|client|upstream|downstream|remote|backend|peer|tunnel|tcp|tls")


def _network_side(end: Node | None, ctx: FileContext) -> bool:
    """A side of a bridge that is a network connection a peer can reset: opened here
    (`net.connect(...)`), or named like one (`client`, `upstream`, `socket`)."""
    if end is None:
        return False
    made = _made_by(end, ctx)
    if made is not None and SOCKET_OPENERS.search(text(made.child_by_field_name("function"))):
        return True
    return NETWORK_NAME.search(text(end).rsplit(".", 1)[-1]) is not None


def _bridged_pipes(both_ways: list[Bridge]) -> set[int]:
    """The pipe calls, either way, of these bridges."""
    return {n.id for b in both_ways for n in walk(b.function) if n.type == "call_expression" and callee_name(n) == "pipe"
            and {text(e) for e in bridge_ends(n) or ()} == {text(b.first), text(b.second)}}


def _parameter_slots(ends: list[Node | None], fn: Node | None, ctx: FileContext) -> tuple[int, int] | None:
    """The positions of two distinct parameters of `fn` that `ends` are; None when either is
    something else (a local, a field)."""
    slots = [slot_of(end, ctx.model) if end is not None and end.type == "identifier" else None for end in ends]
    if fn is None or any(slot is None or slot.function != fn or slot.index < 0 for slot in slots) or slots[0].index == slots[1].index:
        return None
    return slots[0].index, slots[1].index


def _bridged_slots(bridge: Bridge, ctx: FileContext) -> tuple[int, int] | None:
    """The parameters of its function a bridge pipes into each other."""
    return _parameter_slots([bridge.first, bridge.second], bridge.function, ctx)


def _piped_slots(call: Node, ctx: FileContext) -> tuple[int, int] | None:
    """`src.pipe(dst)` with both parameters of its function: their positions."""
    args = call_arguments(call)
    return _parameter_slots([unwrap(callee_object(call)), unwrap(args[0]) if len(args) == 1 else None], enclosing_function(call), ctx)


def _bridge_message(first: str, second: str, helper: str, where: str) -> str:
    through = f"`{helper}()` pipes `{first}` and `{second}` into each other" if helper else f"`{first}` and `{second}` are piped into each other"
    return (f"{through} {where}, and nothing destroys one when the other is destroyed without ending (a reset, an error, an idle "
            f"timeout): `pipe` ends its destination only on a clean 'end', so each such connection leaves the other side open with its "
            f"buffers and listeners; join them with stream.pipeline() both ways and a callback that destroys both, or destroy each "
            f"on the other's 'close'")


def _on_peer_end_only(releases: list[Node], name: str) -> Miss | None:
    """Every end of the stream runs in an 'end' (or 'finish') listener of another stream, the
    connection it records (`socket.on('end', () => spool.end())`): a connection that closes
    without a clean end (an idle timeout, a reset, an error) never emits it."""
    found = [listener_of(release) for release in releases]
    if not found or any(f is None or f[1] not in NORMAL_END_ONLY or text(callee_object(f[0])) == name for f in found):
        return None
    peer = short_text(callee_object(found[0][0]), 30)
    return Miss(found[0][0], f"a close of `{peer}` without a clean end (an idle timeout, a reset, an error)", releases[0],
                f"at line {line(releases[0])}, in `{peer}`'s '{found[0][1]}' listener only")


def _tested_or_cleared(identifier: Node) -> bool:
    """`if (spool)`, `spool && ...`, `spool = null` or `spool = createWriteStream(f)`: a variable
    read as a test, or given a value, not handed on."""
    use = outermost(identifier)
    parent = use.parent
    if parent is not None and parent.type == "assignment_expression" and parent.child_by_field_name("left") == use:
        return True
    if parent is not None and parent.type in ("if_statement", "while_statement", "ternary_expression") and parent.child_by_field_name("condition") == use:
        return True
    return parent is not None and parent.type in ("unary_expression", "binary_expression") and text(parent.child_by_field_name("operator")) in ("!", "&&", "||", "===", "!==", "==", "!=")


def _on_normal_end_only(node: Node, fn: Node, shown_sink: str) -> bool:
    """`res.once('finish', () => stream.destroy())`: the call runs only when the sink ends
    normally; or `res.on('error', ...)`, which a response its client closes does not emit."""
    found = listener_of(node, fn)
    return found is not None and found[1] in SINK_ENDS_WITHOUT_CLIENT and text(callee_object(found[0])) == shown_sink


def _in_own_failure_listener(node: Node, shown_source: str) -> bool:
    """`source.on('error', () => source.destroy())`: the call runs only when the source itself
    fails; `source.on('end', () => source.destroy())` only when it was read to the end, which a
    source paused by a destination that closed early never is."""
    found = listener_of(node, enclosing_function(enclosing_function(node)) or node)
    return found is not None and found[1] in ("error", "end") and text(callee_object(found[0])) == shown_source


# Events of a response that only a normal end brings: a client that goes away first never sees them.
NORMAL_END_ONLY = frozenset({"finish", "end"})
# ... and with 'error', what a sink emits only when it ends without its client going away.
SINK_ENDS_WITHOUT_CLIENT = NORMAL_END_ONLY | {"error"}


# What makes a stream a module may keep for its whole life: a log file, a shared pass-through.
# Calls that open a network connection the code owns.
SOCKET_OPENERS = re.compile(r"(?:^|\.)(?:connect|createConnection)$")
STREAM_MAKERS = re.compile(r"\b(?:createWriteStream|PassThrough|Writable|Duplex|Transform|createGzip|createDeflate)\b")


def _lasting_stream(source: Node, ctx: FileContext) -> bool:
    """A stream the module keeps (`const feed = new PassThrough()` at its top level) or a long-lived
    instance keeps in a field it fills with one (`this.source = new PassThrough(...)`)."""
    if source.type == "identifier":
        binding = ctx.model.binding_of(source)
        value = unwrap(binding.value) if binding is not None and binding.is_module_level and binding.value is not None else None
        return value is not None and STREAM_MAKERS.search(text(value)) is not None
    return this_field_filled_with(source, rb"new\s+(?:stream\s*\.\s*)?(?:PassThrough|Readable|Duplex|Transform)\b") is not None


def _own_stream_class(made: Node, ctx: FileContext) -> bool:
    """`new LevelFilter(...)` of a class of this file that extends a stream class."""
    if made.type != "new_expression":
        return False
    name = text(made.child_by_field_name("constructor"))
    return re.search(rf"\bclass\s+{re.escape(name)}\s+extends\s+(?:stream\s*\.\s*)?(?:Transform|PassThrough|Writable|Duplex|Readable)\b".encode(),
                     ctx.source.data) is not None


def _imported_module_object(source: Node, ctx: FileContext) -> bool:
    """`logStream` imported from a module of the project: a stream that module made once and
    shares for its whole life (a module does not export a stream per import)."""
    binding = ctx.model.binding_of(source) if source.type == "identifier" else None
    return binding is not None and binding.is_module_level and binding.kind is BindingKind.IMPORT and project_specifier(binding.source_module or "")


def _shown(source: Node) -> str:
    return f"`{text(source)}`" if source.type == "identifier" or source.type == "member_expression" and len(text(source)) <= 40 else "the stream"


def _made_by(source: Node, ctx: FileContext, constructed: bool = False) -> Node | None:
    """The call the source is, or the call a local holding it was initialised with (with
    `constructed`, a `new Transform(...)` too)."""
    made = ("call_expression", "new_expression") if constructed else ("call_expression",)
    if source.type in made:
        return source
    if source.type == "identifier":
        binding = ctx.model.binding_of(source)
        value = unwrap(binding.value) if binding is not None and binding.value is not None else None
        value = unawaited(value)  # `const { body } = await request(url)`: the call it waits for
        if value is None and binding is not None and binding.kind in (BindingKind.LET, BindingKind.VAR):
            assigned = _assigned_values(binding)  # `let stream; if (range) stream = open(a); else stream = open(b)`
            return assigned[0] if assigned and all(a.type in made for a in assigned) else None
        return value if value is not None and value.type in made else None
    return None


def _assigned_values(binding) -> list[Node]:
    """What `name = value` statements give a variable declared with no value, in source order."""
    values = [unwrap(value) for holder, value in stored_values(binding) if holder.type == "assignment_expression"]
    return [unawaited(v) for v in values if v is not None]


def _teardown_returned(node: Node) -> Node | None:
    """The function an enclosing function returns (`make(observer => { ...; return () => {...} })`,
    `new Observable(sub => ...)`): the source's teardown."""
    fn = enclosing_function(node)
    while fn is not None:
        cleanups = returned_functions(fn)
        if cleanups:
            return cleanups[0]
        fn = enclosing_function(fn)
    return None



def _first_pipe(scope: Node, shown: str) -> Node | None:
    """The first `<shown>.pipe(...)` in `scope`."""
    return next((n for n in walk(scope) if n.type == "call_expression" and callee_name(n) == "pipe" and text(callee_object(n)) == shown), None)


def _only_caller(pipe: Node, ctx: FileContext) -> Node | None:
    """The one call of this file that runs the helper `pipe` sits in, when the destination is
    that helper's parameter (`sendAsset(req, res, file)`, which pipes into its `res`): the code
    that repeats is the caller, where the finding stands. None for a helper called from
    several places, or from none in this file."""
    args = call_arguments(pipe)
    sink = unwrap(args[0]) if args else None
    binding = ctx.model.binding_of(sink) if sink is not None and sink.type == "identifier" else None
    if binding is None or binding.kind is not BindingKind.PARAMETER or binding.scope.node is None:
        return None
    helper = binding.scope.node
    sites = [site for site in call_sites(helper, ctx.model) if not contains(helper, site)] if helper.type in FUNCTION_TYPES else []
    return sites[0] if len(sites) == 1 else None
