"""The values every stage after detection passes along: findings, locations, notifications.

They are frozen dataclasses so that they cross process boundaries as plain data and can be
compared, hashed and sorted without surprises.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How loudly a finding speaks; the names are SARIF's result levels."""

    NOTE = "note"
    WARNING = "warning"
    ERROR = "error"


# How loud each level is, to compare two of them (`--fail-on`, the louder of two folded reports).
SEVERITY_RANK = {Severity.NOTE: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, order=True)
class Location:
    """A span in a file. Lines and columns are 1-based; columns count Unicode code points."""

    path: str
    start_line: int
    start_column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Related:
    """A secondary place a reader needs to understand a finding (a declaration, a handler)."""

    location: Location
    message: str


Chain = tuple[str, ...]  # an exported value as another module reaches it: name, then properties
INSTANCE_STEP = "prototype"  # `Cls.prototype.m`: a method of the class's instances, in a chain


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: Severity
    message: str
    location: Location
    related: tuple[Related, ...] = ()
    code_flow: tuple[Related, ...] = ()
    fingerprint: str = ""
    snippet: str = ""  # the source line of the primary location, for code frames and SARIF
    exported_as: tuple[Chain, ...] = ()  # other files may release it under these names (project.join)
    suppression: str | None = None  # the reason of the inline comment that suppresses it ("" for none)
    baseline_state: str | None = None  # with --baseline: "new" or "unchanged"
    needs: "Requirement | None" = None  # a call of an imported helper: holds only if its summary says so
    # The names other modules call the function it stands in by, when that function is a
    # helper: its callers' calls in other files are where it repeats (leaklint.callsites).
    in_helper: tuple[Chain, ...] = ()

    @property
    def counts(self) -> bool:
        """Whether the finding can fail the run: neither suppressed nor already in the baseline."""
        return self.suppression is None and self.baseline_state != "unchanged"

    def sort_key(self) -> tuple:
        return (self.location, self.rule_id, self.message)


class NoticeKind(str, Enum):
    """Why a file was analysed partially or not at all."""

    SYNTAX_ERROR = "syntax-error"
    UNREADABLE = "unreadable"
    SKIPPED = "skipped"
    DECODING = "decoding"
    SUPPRESSION = "suppression"


@dataclass(frozen=True)
class Notification:
    """Something the user must know about a file that is not a finding."""

    path: str
    kind: NoticeKind
    message: str
    severity: Severity = Severity.WARNING
    line: int | None = None
    column: int | None = None

    @property
    def is_failure(self) -> bool:
        """A file leaklint could not read at all makes the run unable to vouch for it."""
        return self.kind is NoticeKind.UNREADABLE


@dataclass(frozen=True)
class ImportedUse:
    """A shrink or hand-off of `chain` (imported name, then properties) imported from `specifier`."""

    specifier: str
    chain: Chain
    # A hand-off as an argument of a project helper's call: (its specifier, its chain, the
    # argument's index). No release if that helper's summary grows what it gets there.
    via: "tuple[str, Chain, int] | None" = None


@dataclass(frozen=True)
class ReExport:
    """This file's `ours` names the target module's `theirs` (a prefix of chains)."""

    ours: Chain
    specifier: str
    theirs: Chain


@dataclass(frozen=True)
class HelperCall:
    """A call of a function imported from a project module, and whether it provably runs
    once (at start-up): when every call of a helper in the project does, what the helper does
    to its own module's objects happens once (project.join)."""

    specifier: str
    chain: Chain
    once: bool
    literals: tuple[str | None, ...] = ()  # its string arguments (and bounded ones, `req.method`): a fixed key adds one entry at most
    judged: bool = True  # False: only listed, since the helper had no summary the run knew of (helper_index.HelperIndex)
    at_shutdown: bool = False  # made only in a listener for the process's end (`process.once('SIGTERM', ...)`): it undoes nothing while the program serves
    site: "Location | None" = field(default=None, compare=False)  # the first such call in the file, where a finding inside the helper is shown
    snippet: str = field(default="", compare=False)  # that call's source line
    guarded: tuple[tuple[int, str, Chain], ...] = ()  # arguments a guard checks with an imported predicate (Requirement.guarded)


RESULT = -2  # a summary's slot for what the helper itself starts and hands back (a timer)
OWN = -3  # a summary's slot for what the helper does to its own module's objects, whatever it is handed
CONTAINER = -4  # a summary's slot for an exported container its module never empties: growth by importers decides
RACED = -5  # a summary's slot for the promise a helper's timer settles, with no way to clear it: what a caller that races it leaves
LENT = -6  # a summary's slot for a connection a helper hands back from a pool, which the pool lends again after it is given back
LENT_TO = -7  # a summary's slot for a connection a helper lends from a pool to a callback it is handed, and takes back after
BASE_END = -8  # a summary's slot for what a class's end method (`disconnectedCallback()`, `dispose()`) releases: a subclass that overrides it without `super` leaves it
WATCHDOG = -9  # a summary's slot for a watchdog timer a helper starts against the work it guards and never clears: what every caller's run leaves when the work wins
# Slots INJECTED and below: what a method does to a field its class's constructor was handed as
# parameter i (`this.feed = feed`), at slot INJECTED - i; the caller judges its argument to `new`.
INJECTED = -100


def injected_slot(index: int) -> int:
    return INJECTED - index


def option_step(name: str) -> str:
    """The chain step that names one option of an injected options object (`{bus}`): a method's
    summary on `this.bus = options.bus` and a caller's `new C({ bus })` meet under it."""
    return "{" + name + "}"


def is_option_step(step: str) -> bool:
    return step[:1] == "{" and step[-1:] == "}"


def injected_index(slot: int) -> int:
    """The constructor's parameter an injected slot names; -1 for any other slot."""
    return INJECTED - slot if slot <= INJECTED else -1


ALLOWLIST = -10  # a summary's slot for a predicate that answers whether its argument is on a fixed list (`isPreset(p)`)
NOWHERE = Location("", 0, 0, 0, 0)  # a summary's location until the engine fills it in


@dataclass(frozen=True)
class Requirement:
    """What a call of an imported helper needs from that helper's file to be a leak: a summary
    of the same rule for `chain` and parameter `slot` (project.join decides)."""

    rule_id: str
    specifier: str
    chain: Chain
    slot: int
    argument: str  # the caller's argument in that slot, for messages
    kept: bool = False  # the caller keeps what the helper returns (a disposer)
    literals: tuple[str | None, ...] = ()  # the call's string arguments, to name the event
    site: "Location | None" = None  # the call of the helper (the engine fills it in)
    fresh: tuple[str, ...] = ()  # per argument, new on every run as a key would need to be: "request" data, an "id", or ""
    # When the call's own frequency is unknown, the chains its enclosing exported function goes
    # by: if the helper's summary holds, that function does the same to its module's object
    # (a summary of slot OWN that the join passes on to callers in further files).
    relay: tuple[Chain, ...] = ()
    self_ending: tuple[int, ...] = ()  # the arguments that are `{ once: true }` or `{ signal }` options
    # An imported container the call hands the helper in `slot` (its specifier and chain): the
    # finding needs that container's own summary too (slot CONTAINER), as well as the helper's.
    container: "tuple[str, Chain] | None" = None
    # The call's operation has a timeout that settles it without calling anything of the
    # helper's module: a summary voided by a removal importers call (`unless_used`) still holds.
    left_by_timeout: bool = False
    # The relaying function returns what the helper hands back (`return hub.listen(...)`): its
    # callers in further files get the disposer, and must keep it as this caller does.
    hands_back: bool = False
    # Functions of the helper's module this caller calls after it on one path only (`finish(id)`
    # in the `.then()` alone), and that path: if they are what undoes the helper's growth
    # (the summary's unless_used), the operations that end otherwise keep their entries.
    partial: tuple[Chain, ...] = ()
    partial_path: str = ""
    # The call is the only one on an instance its own function makes (`const s = new Session(); s.start()`):
    # a start that replaces a running one (the summary's `replaces`) has none to replace.
    first_on_fresh: bool = False
    # Slot LENT_TO: the argument the caller's callback is, and the position of the parameter it listens on.
    lent_to: tuple[int, int] = (-1, -1)
    # The properties the caller takes from what the helper returns, when it destructures it
    # (`const { data, refresh } = usePolling(url)`); None when it keeps the whole value.
    taken: tuple[str, ...] | None = None
    # The other functions of the helper's module the caller hands the same container to
    # (`forget(seen, id)` beside `remember(seen, id)`): a summary's `removers` among them undo it.
    handed_with: tuple[Chain, ...] = ()
    # The helper's counterparts (by name: `unsubscribe`) this caller calls with as many arguments
    # but another function where it hands this call one written in place: they cannot take it out.
    mismatched: tuple[str, ...] = ()
    # What the caller does with the instance the call makes or hands back (`const ws = new
    # Workspace()`): the methods it calls on it on every path, those it calls on one path only
    # (that path in partial_path), or that it hands the instance on: a summary whose removers
    # are the instance's own methods (`dispose()`) holds unless one runs on every path.
    instance_calls: tuple[str, ...] = ()
    instance_partial: tuple[str, ...] = ()
    handed_on: bool = False
    # The position of a closure of the caller's own among the call's arguments: a summary that
    # keeps one of its parameters on the slot's object (keeps_slot) holds for a call that hands
    # such a closure there.
    handed_closure: int = -1
    # The call is a method of an instance the caller also tears down by a teardown's name
    # (`poller.start()`, then `poller.stop()`): settled, unless the summary names the instance's
    # own removers, which the caller's calls on it (instance_calls) must include.
    torn_down: bool = False
    # Whether the caller read what it does with the instance at all (instance_calls, instance_partial
    # and handed_on say something only then): a summary's instance removers are judged only if so.
    instance_read: bool = False
    # The argument is the parameter of the caller's callback that another module's function
    # lends a pool connection to (`withConnection(async (conn) => runQuery(conn))`): the finding
    # needs that function's summary of slot LENT_TO too, lending at `lent_to` (its specifier, chain).
    lender: "tuple[str, Chain] | None" = None
    # The other argument the caller hands with the slot's (its position), when the summary pairs
    # two parameters (`bridge(client, upstream)` pipes its 1st and 2nd into each other).
    partner: int = -1
    # The argument is an object the platform hands out and reuses (a keep-alive Agent's socket).
    reused: bool = False
    # The argument the caller's stream in the slot goes into through the helper (a response).
    piped_into: int = -1
    # Arguments a guard before the call checks with a predicate imported from the project
    # (`if (!isPreset(p)) return`): (argument, its specifier, its chain). Where that predicate's
    # summary (slot ALLOWLIST) says it asks a fixed list, the argument is one of a few values.
    guarded: tuple[tuple[int, str, Chain], ...] = ()
    # Slot RESULT, kept: the methods the caller calls on the handle it keeps (`sub.unsubscribe()`);
    # None when it calls the handle itself or hands it on. A summary whose resource ends only by
    # its own methods (own_releases) is not ended by others.
    ended_with: tuple[str, ...] | None = None
    # Slot RESULT: the property of the helper's result the caller uses (`object.body.pipe(res)`);
    # "" for the result itself. A summary holds only for the property it names (Summary.result_property).
    result_property: str = ""


@dataclass(frozen=True)
class Summary:
    """What an exported function does that a rule judges at its callers in other files:
    `subscribe(bus, event, fn)` registers a listener on parameter 0, `record(list, x)` grows
    parameter 0, `startPolling(fn)` starts an interval it never clears (slot RESULT)."""

    rule_id: str
    chain: Chain
    slot: int
    helper: str
    location: Location
    action: str  # the last code-flow step: "the listener is added here"
    event: str | None = None  # the event when the helper names it
    event_slot: int = -1  # or the parameter that carries it
    disposer: bool = False  # the helper returns what releases it (a disposer, a timer handle)
    key_slot: int = -1  # the parameter that carries the entry's key: a caller passing a literal adds one entry at most
    value_slot: int = -1  # the parameter whose value an added entry holds: request data there makes the caller's finding an error
    # Functions of the same module (their chains) that would undo it: exported, never called
    # there. The summary holds only if no analysed file calls or takes any of them (project.join).
    unless_used: tuple[Chain, ...] = ()
    options_slot: int = -1  # the parameter the registration takes its options from: `{ signal }` there ends it
    # It holds only for a call that leaves this parameter out, whose default is the module's own
    # container (`wrap(obj, name, fn, list = replacements)`); -1: for any call.
    omitted_slot: int = -1
    # It starts over the handle of one already running (`start() { this.timer = setInterval(...) }`):
    # only a second call on the same instance loses one, so it holds for no call that is the first on its instance.
    replaces: bool = False
    # It removes what it adds on one path of its operation only: that path ("on success, not when it rejects").
    removed_only: str = ""
    # Slot LENT_TO: the callback's parameter and the connection's position among the callback's arguments.
    lent_to: tuple[int, int] = (-1, -1)
    # More parameters the key is made from besides key_slot (`${region}:${currency}`): new in any, a new entry.
    other_key_slots: tuple[int, ...] = ()
    # The property of the returned object that holds the disposer (`stop` in `return { data, stop }`):
    # a caller that destructures the result without it drops the disposer.
    disposer_key: str = ""
    # Functions of the module that remove from a container their parameter receives
    # (`forget(store, key)`): a caller that hands them the container it grows undoes it.
    removers: tuple[Chain, ...] = ()
    # Slot RESULT: what the helper hands out does it on each of its own calls (a memoized function
    # that grows the Map it closes over), so a helper called once, at start-up, still does it per run.
    per_result_call: bool = False
    # The parameter whose value the helper keeps on the slot's object (`target[name] = wrap(hook)`):
    # a caller that hands a closure of its own there leaves it, and all it captures, on that object.
    keeps_slot: int = -1
    # It starts at most one per object (`if (!this.timer) this.timer = setInterval(...)`): only a
    # caller that makes the object on each run (Requirement.instance_read) loses one per run.
    once_per_instance: bool = False
    # With `replaces`: it stores over the entry under the key this parameter carries (`schedule(id)`
    # with `this.timers.set(id, ...)`): a caller whose key is new on each run (Requirement.fresh) replaces nothing.
    over_key_slot: int = -1
    # The instance's own teardown methods (`stop()`, `close()`) do not end it: a caller that
    # calls one on the instance still leaves it running.
    outlives_teardown: bool = False
    # What it starts, when the rule's word for it is too narrow (a worker, a child process of
    # unclosed-watcher): a caller's message names that instead.
    resource: str = ""
    # The parameter the slot's is paired with (`bridge(a, b)` pipes `a` and `b` into each other):
    # it holds only for a caller whose requirement names the same partner.
    partner_slot: int = -1
    # A `once` for an event its receiver sends again (`socket.once('connect', fn)`): consumed,
    # unless the caller hands an object the platform reuses (Requirement.reused), which never does.
    reused_only: bool = False
    # The parameter the slot's stream is piped into, one way, with nothing that ends the source when
    # that destination closes (`pipeInto(src, dst)`): it holds for a caller that pipes the same way.
    pipe_into: int = -1
    # The only methods that end what it hands back (a Redis connection's `quit` and `disconnect`):
    # a caller that keeps the handle and calls none of them (Requirement.ended_with) never ends it.
    own_releases: tuple[str, ...] = ()
    # Slot RESULT: the property of the returned object that holds what it opens (`return { body:
    # out.Body, contentType }`); "" when it returns the thing itself.
    result_property: str = ""


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...] = ()
    notifications: tuple[Notification, ...] = ()
    imported_uses: tuple[ImportedUse, ...] = ()
    reexports: tuple[ReExport, ...] = ()
    summaries: tuple[Summary, ...] = ()
    pending: tuple[Finding, ...] = ()  # findings that need another file's summary (project.join)
    imports: tuple[str, ...] = ()  # the project modules it imports (relative specifiers), for the join
    helper_calls: tuple[HelperCall, ...] = ()  # its calls of imported helpers, for the join
    unlisted: tuple[tuple[str, Chain], ...] = ()  # imports (specifier, chain) whose calls it did not look for (helper_index.HelperView)


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        found = [f for r in self.files for f in r.findings]
        return sorted(found, key=Finding.sort_key)

    @property
    def notifications(self) -> list[Notification]:
        return [n for r in self.files for n in r.notifications]


def fingerprint(rule_id: str, path: str, context: str, anchor: str, occurrence: int) -> str:
    """A hash that survives lines moving: it uses what the code says, never where it is.

    `context` names the enclosing function or class, `anchor` is the normalised source of the
    flagged construct, and `occurrence` tells apart identical constructs in the same context.
    """
    normalised = " ".join(anchor.split())
    text = "\x1f".join((rule_id, path, context, normalised, str(occurrence)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
