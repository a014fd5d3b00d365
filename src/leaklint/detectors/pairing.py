"""The pairing detector: an acquire call whose handle is never given back to its release.

uncleared-interval is its first rule (setInterval / clearInterval); watchers and observers are
the same shape with other names, so everything name-specific is a rule parameter.

For each acquire call the detector follows the returned handle to where it lands: dropped on
the floor, stored under a receiver key (`t`, `this.timer`, `timers[id]`), or handed away
(returned, passed to a function, pushed into a collection). It then classifies every use of
that key: a release, a neutral use (`.unref()`, a null check), or an escape. Handed-away and
escaped handles are someone else's business; precision first.
"""

from __future__ import annotations

import re

from functools import partial
from typing import Callable, Iterator

from tree_sitter import Node

from ..context import FileContext
from ..findings import NOWHERE, RESULT, Requirement, Severity, Summary
from ..semantic.keys import COMPUTED, key_of, prototype_constructor
from ..semantic.frameworks import CLEANUP_HOOKS, END_HOOKS, HOOK_PAIRS, RECONNECT_EVENTS, TEARDOWN_METHODS, UPDATE_HOOKS
from ..semantic.lifecycles import lifecycle_start, may_hold_starts
from ..semantic.scopes import BindingKind
from ..semantic import Key, RunContext, RunsHow
from ..semantic.runs import takes_a_request
from ..semantic.callers import call_flow, refine
from ..semantic.summaries import call_sites, field_arrow, parameter_index, parameter_list
from ..semantic.effects import Kind, Vocabulary
from ..semantic.exports import INSTANCE_STEP, class_exports, constructor_exports, function_exports, summary_chains, top_level_imports
from ..semantic.keyed_entries import key_may_repeat, store_parts, stored_over_key
from ..semantic.handles import Destination, Fate, Releasers, Uses, direct_calls, stored_on, destination as handle_destination, module_object_field, nodes_with_key, react_ref_slot, stored_over_previous, uses_of
from ..semantic.releases import destructured_keys, has_signal_option, normalised, releasing_names
from ..semantic.paths import Path, path_of
from ..semantic.guards import guarded_along, guarded_once, guarded_per_instance, marked_per_key
from ..semantic.missed_paths import abandoned_by_deadline, EMITTER_END_EVENTS, END_EVENTS, NORMAL_END_EVENTS, Miss, armed_after_wait, failure_callback_only, in_timer_callback, is_restart, line, listener_of, missed_path, restarted_only, returned_before_handing_back, settled_unreleased_in_listener
from ..semantic.nodes import (
    FUNCTION_TYPES,
    GLOBAL_OBJECT_NAMES,
    call_arguments,
    declared_name,
    callee_name,
    callee_object,
    enclosing_function,
    function_name,
    disposer_property,
    article,
    handed_to,
    in_returned_disposer,
    outermost,
    returned_by,
    returned_values,
    text,
    unwrap,
)
from ..semantic.nodes import ancestors, contains, is_constructor, running_function, property_holding, short_text, shown_callee, string_value, walk
from ..semantic.lifetimes import Lifetime, module_value_of, receiver_of
from ..semantic.owners import this_calls
from .base import INSTANCE_RELEASES, base_form, gerund, Detector, InstanceUse, instance_use, released_on_client_request_only, handle_used_on_request_only, base_end_reports, base_end_summaries, instance_left_running, released_instance, Report, calls_teardown_on, captured_request, entry_left_running, first_on_fresh_instance, in_start, once_per_fresh_instance, per_mount, repeated_constructions, repeated_imported_calls, repeating_report, repeating_site, with_both_paths
from .parameters import PARAMETERS

# A class's teardown, which must undo what its instances did to module-level objects.
TEARDOWN_NAMES = re.compile(r"^_*(?:destroy|dispose|disconnect|teardown|unmount|detach|close|cleanup|remove)", re.I)

def _new_keys(site: Node, runs: RunContext, ctx: FileContext) -> tuple[str, ...]:
    """Per argument of a helper's call, "id" when it is a key no other run hands it again (a
    client's own `socket.id`, a counter): a helper that stores over the entry under that key
    (Summary.over_key_slot) then has none to lose."""
    return tuple("" if key_may_repeat(unwrap(a), runs, ctx) else "id" for a in call_arguments(site))


def _started_per_run(call: Node, ctx: FileContext) -> bool:
    """The method that starts `call` is called, in code that repeats, on an instance of its
    class made right there (`const poller = new UsagePoller(t); poller.start()` per connection)."""
    method = enclosing_function(call)
    while method is not None and method.type == "arrow_function":
        method = enclosing_function(method)
    cls = method.parent.parent if method is not None and method.type == "method_definition" and method.parent is not None else None
    if cls is None or cls.type not in ("class_declaration", "class"):
        return False
    name = text(cls.child_by_field_name("name"))
    for site in call_sites(method, ctx.model):
        holder = unwrap(callee_object(site))
        binding = ctx.model.binding_of(holder) if holder is not None and holder.type == "identifier" else None
        made = unwrap(binding.value) if binding is not None and not binding.is_module_level else None
        if made is not None and made.type == "new_expression" and text(made.child_by_field_name("constructor")) == name \
                and refine(ctx.run_context(site), ctx.model).how is RunsHow.REPEATED:
            return True
    return False


def _in_owner_teardown(site: Node) -> bool:
    """`site` runs in a teardown method of its class (`close()`, `destroy()`): the owner's own end."""
    method = enclosing_function(site)
    while method is not None and method.type != "method_definition":
        method = enclosing_function(method)
    return method is not None and TEARDOWN_NAMES.match(text(method.child_by_field_name("name"))) is not None


def _on_the_way(release: Node, site: Node) -> bool:
    """The release runs in the function that makes the repeating call, or one around it, or in
    a listener for the end of a connection (`socket.on('disconnect', () => this.stopPing())`
    beside `socket.on('connect', () => this.startPing())`: the two come in turn)."""
    fn = enclosing_function(release)
    if fn is None or contains(fn, site):
        return True
    outer = enclosing_function(fn)
    found = listener_of(release, outer) if outer is not None else None
    return found is not None and found[1] in NORMAL_END_EVENTS  # the end of what the start event began: the two come in turn


def _made_by_name(start: Node) -> str:
    """The last name of what a start calls or constructs: `open` of `fsp.open(f)`, `Worker` of `new Worker(f)`."""
    return text(unwrap(start.child_by_field_name("constructor" if start.type == "new_expression" else "function"))).rpartition(".")[2]


def _failure_only(uses: Uses) -> bool:
    """Every release of a kept handle runs on a failure's path (a `catch`, an error callback)."""
    return uses.released and not uses.escaped and all(path_of(r) in (Path.ERROR, Path.CANCEL) for r in uses.releases)


def _calls_itself(call: Node) -> bool:
    """`release()`: the handle, a function, called by its own name."""
    callee = unwrap(call.child_by_field_name("function"))
    return callee is not None and callee.type == "identifier"


# How a function hands back what it acquires, when it is the thing itself (PairingDetector._handed_back).
HANDED_BACK = "<itself>"


class PairingDetector(Detector):
    kind = "pairing"
    parameters = PARAMETERS["pairing"]

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self._releasers = Releasers.of(self.params["release_functions"], self.params["release_methods"], self.params["neutral_methods"])
        # methods that acquire on any receiver, and those that do in a file importing a module (`watch:mongodb`)
        self._acquiring_methods = [*self.params["acquire_methods"], *dict.fromkeys(e.partition(":")[0] for e in
                                                                                   [*self.params["acquire_methods_of"], *self.params["acquire_methods_named"]])]
        # functions that acquire when imported from one module (`open:fs/promises`): (function, module)
        self._functions_of = {tuple(e.split(":", 1)) for e in self.params["acquire_functions_of"]}
        self._acquiring_functions = [*self.params["acquire"], *dict.fromkeys(name for name, _ in self._functions_of)]
        acquired = [*self._acquiring_functions, *self._acquiring_methods, *self.params["acquire_constructors"]]
        self._released_only = bool(acquired) and set(acquired) <= set(self.params["acquire_released_only"])
        # `Constructor:resource:verb[:m1|m2]`: what a handle is called, its release's verb and its own release methods
        self._named: dict[str, tuple[str, str, list[str]]] = {}
        for entry in self.params["named_resources"]:
            constructor, resource, verb, *methods = entry.split(":")
            self._named[constructor] = (resource, verb, methods[0].split("|") if methods else [base_form(verb)])

    def vocabulary(self) -> Vocabulary:
        return Vocabulary.of({Kind.START: self._acquiring_methods, Kind.RELEASE: self.params["release_methods"]},
                             {Kind.START: self._acquiring_functions, Kind.RELEASE: self.params["release_functions"]})

    def check(self, ctx: FileContext) -> Iterator[Report]:
        handed_back = []
        for call, name in self._acquisitions(ctx):
            report = self._judge(call, name, ctx)
            if report is not None:
                yield report
            elif self._released_only and name in self.params["acquire_released_only"]:
                handed_back.append(call)
        for call in handed_back:  # `function lockStock() { return stockLock.acquire() }`: its callers' paths decide
            yield from self._local_released_on_one_path(call, ctx)
        if not self._released_only:
            yield from self._imported_helper_calls(ctx)
        elif ctx.relative_imports:  # a helper hands back what is judged only where released: the caller's paths decide
            yield from self._imported_released_on_one_path(ctx)
        if "unobserve" in self.params["release_methods"] and b".observe(" in ctx.source.data:
            yield from self._shared_observer_targets(ctx)
        if b"extends" in ctx.source.data:
            yield from base_end_reports(ctx, self.rule.id, lambda call, cls: self._base_release(call, cls, ctx), self.params["resource"])


    def _base_release(self, call: Node, cls: Node, ctx: FileContext) -> bool:
        """A release in a base class's end method of a field the class itself fills with what
        this rule acquires (`clearInterval(this.timer)`, `this.observer.disconnect()`, with
        `this.observer = new MutationObserver(...)` in the class)."""
        name = callee_name(call)
        if name in self.params["release_functions"] and callee_object(call) is None:
            held = unwrap(call_arguments(call)[0]) if call_arguments(call) else None
        elif name in self.params["release_methods"]:
            held = unwrap(callee_object(call))
        else:
            return False
        if held is None or held.type != "member_expression" or unwrap(held.child_by_field_name("object")) is None \
                or unwrap(held.child_by_field_name("object")).type != "this":
            return False
        return text(held.child_by_field_name("property")) in self._acquiring_fields(cls, ctx)

    def _acquiring_fields(self, cls: Node, ctx: FileContext) -> frozenset[str]:
        """The fields of `cls` it fills with what this rule acquires (`this.timer = setInterval(...)`), read once per class."""
        known = ctx.shared.setdefault(f"pairing.acquiring_fields:{self.rule.id}", {})
        if cls.id not in known:
            acquired = {*self.params["acquire"], *self._acquiring_methods}
            found = set()
            for node in walk(cls):
                left = unwrap(node.child_by_field_name("left")) if node.type == "assignment_expression" else None
                if left is None or left.type != "member_expression" or unwrap(left.child_by_field_name("object")) is None \
                        or unwrap(left.child_by_field_name("object")).type != "this":
                    continue
                value = unwrap(node.child_by_field_name("right"))
                if value is not None and (value.type == "call_expression" and callee_name(value) in acquired or value.type == "new_expression"
                                          and text(value.child_by_field_name("constructor")).rpartition(".")[2] in self.params["acquire_constructors"]):
                    found.add(text(left.child_by_field_name("property")))
            known[cls.id] = frozenset(found)
        return known[cls.id]

    def _shared_observer_targets(self, ctx: FileContext) -> Iterator[Report]:
        """`sharedObserver.observe(el)` (or `getSharedObserver().observe(el)`, a function of the
        file that hands back a module-level one) in a class whose teardown (`destroy()`,
        `dispose()`) never unobserves: the module's observer keeps every destroyed instance's
        element, and what its callback reaches, for the page's life."""
        for call in ctx.calls_named(("observe",)):
            observer = self._module_observer(callee_object(call), ctx)
            method = enclosing_function(call)
            cls = method.parent.parent if method is not None and method.type == "method_definition" and method.parent is not None else None
            if observer is None or cls is None or cls.type not in ("class_declaration", "class") or not call_arguments(call):
                continue
            methods = ctx.methods_of(cls)
            teardown = next((m for name, m in methods.items() if TEARDOWN_NAMES.match(name)), None)
            if teardown is None or any(n.type == "call_expression" and callee_name(n) in self.params["release_methods"] for n in walk(teardown)):
                continue
            owner, target = text(cls.child_by_field_name("name")) or "the class", short_text(call_arguments(call)[0], 30)
            ends = text(teardown.child_by_field_name("name"))
            message = (f"`{target}` is observed by the module's shared {observer} for every `{owner}`, and `{ends}()` never unobserves it: "
                       f"the observer keeps each torn-down instance's element, and what its callback reaches, for good; call "
                       f"`unobserve({target})` in `{ends}()`")
            yield Report(call, message, related=[(teardown, "the teardown, which leaves it observed")], acquisition=call)

    def _module_observer(self, receiver: Node | None, ctx: FileContext) -> str | None:
        """What a receiver is when it is a module-level observer: the binding, or a function of
        the file that returns one (`getSharedObserver()`). Its constructor's name, or None."""
        node = unwrap(receiver)
        if node is not None and node.type == "call_expression":
            node = module_value_of(node, ctx.model)
        binding = ctx.model.binding_of(node) if node is not None and node.type == "identifier" else None
        if binding is None or not binding.is_module_level or binding.source_module is not None:
            return None
        made = [m for m in self.params["acquire_constructors"] if f"new {m}(".encode() in ctx.source.data]
        return f"`{made[0]}`" if made and re.search(re.escape(binding.name) + r"\s*=\s*new\s+(?:" + "|".join(made) + r")\(",
                                                      ctx.source.data.decode("utf-8", "replace")) else None

    def _acquisitions(self, ctx: FileContext) -> Iterator[tuple[Node, str]]:
        key = f"pairing.acquires:{self.rule.id}"
        if key not in ctx.shared:  # asked by check and by summaries: the bytes are searched once
            names = [*self._acquiring_functions, *self._acquiring_methods, *self.params["acquire_constructors"]]
            ctx.shared[key] = ctx.source.data.has_any(names)
        if not ctx.shared[key]:
            return  # most files never mention the acquire function: skip them before any model
        aliases = self._imported_aliases(ctx)
        starts = ctx.effects.of(Kind.START, [*self._acquiring_functions, *self._acquiring_methods, *aliases])
        if self.params["acquire_constructors"]:
            starts += ctx.effects.constructed(Kind.START, self.params["acquire_constructors"])
        for call in (start.node for start in starts):
            name = self._acquired_name(call, aliases, ctx) if call.type == "call_expression" else self._constructed_name(call, ctx)
            if name is not None and (name not in self.params["acquire_on_input"] or _long_lived_input(call, ctx)) \
                    and (name.removeprefix("new ") not in self.params["acquire_when_messaged"] or _messaged(call)):
                yield call, name

    # -- across files: helpers that start one and never release it ----------------------------

    def summaries(self, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """Exported functions that start one per call and drop it, or hand it back to the caller
        (then the caller must keep it: a disposer summary)."""
        if b"export" not in ctx.source.data:
            return []
        found = base_end_summaries(ctx, self.rule.id, lambda call, cls: self._base_release(call, cls, ctx)) if b"class" in ctx.source.data and self._may_release(ctx) else []
        for call, name in self._acquisitions(ctx):
            if name in self.params["acquire_released_only"]:
                found += self._handed_back_summaries(call, name, ctx)
                fn = enclosing_function(call)
                if fn is not None and returned_by(call) == fn:  # `startTail() { return spawn(...) }`, killed by its caller on one path
                    found += self._kept_by_caller_on_one_path(call, name, fn, ctx)
                continue  # (a child that may exit by itself: judged only where it is released)
            destination = handle_destination(call, self._releasers, ctx)
            fn = _starting_function(call, destination)
            # (a promise's executor runs at once, in the call of the function around it: nodes.running_function)
            fn = _run_by_outer(fn, destination, ctx) or (running_function(destination.target or call) if destination.fate is not Fate.ESCAPED else fn)
            if is_constructor(fn):
                found += self._constructor_summaries(call, name, fn, destination, ctx)
                continue
            chains = summary_chains(fn, ctx.model) if fn is not None else set()
            teardown = _instance_teardown_only(call, destination, fn, self._releasers, ctx) if chains else None
            guarded = bool(chains) and guarded_once(call, ctx)
            if not chains or self._released_by_own_callback(call) or (guarded and teardown is None
                                                                      and not _sibling_releasers(call, destination, fn, self._releasers, ctx)):
                continue  # (a guard on the object's own state makes it once per object: each object it is started on still leaks)
            action, replaces, key, removers, over_key = f"{name}() starts it here", False, "", (), None
            if destination.fate is Fate.DROPPED:
                handed_back = False
            elif returned_by(call) == fn:
                handed_back = True
                found += self._kept_by_caller_on_one_path(call, name, fn, ctx)
            elif destination.key is not None and _released_by_returned_stop(fn, uses := uses_of(destination.key, self._releasers, ctx, call)) == fn:
                if _ended_by_own_hook(fn, uses.releases):
                    continue  # `onUnmounted(stop)` beside `return { data, stop }`: the composable ends it itself
                handed_back, key = True, disposer_property(uses.releases, fn)
            elif self._returned_local(call, destination, ctx) is not None:
                handed_back = True  # `const t = setInterval(...); t.unref(); return t`
            elif self._forgotten_local(call, destination, fn, ctx):
                handed_back = False  # `const w = watch(dir); w.on('all', f)`: gone with the call, as if dropped
                if _failure_only(uses_of(destination.key, self._releasers, ctx, call)):
                    action = f"{name}() starts it here, and it is {self._words(call)[1]} only when something fails"
            elif not guarded and self._replaced_running(call, destination, fn, ctx):
                handed_back = False  # `start() { this.timer = setInterval(...) }`: a second call loses the first
                replaces = True
                action = f"{name}() starts it here, over the handle of one already running, which can then never be {self._words(call)[1]}"
                ending = {teardown} if teardown is not None else _sibling_releasers(call, destination, fn, self._releasers, ctx)
                if ending:  # and `stop() { clearInterval(this.timer) }`: an instance dropped without it keeps even the first
                    cls = fn.parent.parent if fn.parent is not None else None
                    removers = tuple((INSTANCE_STEP, m) for m in sorted({*ending, *(c for e in ending for c in _calling_methods(cls, e))}))
                    action = (f"{name}() starts it here, over the handle of any already running, and only "
                              f"`{'`, `'.join(f'{m}()' for m in sorted(ending))}` on the same object {base_form(self._words(call)[1])}s it")
            elif not guarded and name not in ("setTimeout", "setImmediate") and (over := stored_over_key(call, ctx, callers_decide=True)) is not None:
                handed_back, replaces = False, True  # `schedule(id) { this.timers.set(id, setInterval(...)) }`: the caller's key decides
                over_key = parameter_index(fn, ctx.model.binding_of(store_parts(over)[1]).identifier)  # (a parameter of fn: _keyed_by_caller)
                action = (f"{name}() starts it here and stores it under the caller's key in `{short_text(store_parts(over)[0], 30)}`, "
                          f"over whatever that key held, which can then never be {self._words(call)[1]}")
            elif teardown is not None or (ending := _sibling_releasers(call, destination, fn, self._releasers, ctx)):
                handed_back = False  # `start() { this.timer = setInterval(...) }`, `stop() { clearInterval(this.timer) }`
                ending = {teardown} if teardown is not None else ending
                cls = fn.parent.parent if fn.parent is not None else None
                removers = tuple((INSTANCE_STEP, m) for m in sorted({*ending, *(c for e in ending for c in _calling_methods(cls, e))}))
                shown = "`, `".join(f"{m}()" for m in sorted(ending))
                action = f"{name}() starts it here, and only `{shown}` on the same object {self._words(call)[1]} it"
            else:
                continue  # stored somewhere: judged in this file
            helper = function_name(fn) or "<anonymous>"
            once = bool(removers) and teardown is None and (_guards_on_handle(fn, destination)
                                                            or _guards_on_handle(enclosing_function(call) or fn, destination))
            found += [(Summary(self.rule.id, chain, RESULT, helper, NOWHERE, action, disposer=handed_back, replaces=replaces, disposer_key=key,
                               removers=removers, once_per_instance=once, over_key_slot=-1 if over_key is None else over_key,
                               resource=self._named_word(call), own_releases=self._own_releases(call) if handed_back else ()), call)
                      for chain in chains]
        return found

    def _kept_by_caller_on_one_path(self, call: Node, name: str, helper: Node, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`spawn() { return new Worker(file) }`, and `render()` of the same file keeps what it
        hands back and terminates it at the end of its `try` only: each call of `render()` from
        another module's code that repeats leaves one on the other path (slot RESULT, with the
        path; project.join decides)."""
        found = []
        for site in call_sites(helper, ctx.model):
            fn = enclosing_function(site)
            kept = self._kept_handle_missed(site, ctx) if fn is not None and fn != helper else None
            if kept is None or ctx.run_context(site).how is RunsHow.REPEATED:
                continue  # (repeated here: judged in this file, _handed_back_and_dropped)
            miss = kept[1]
            shown = (function_name(fn) or "<anonymous>").rsplit(".", 1)[-1]
            action = f"`{shown_callee(site)}()` is called here and starts it ({name}() at line {line(call)}), once for each call of `{shown}()`"
            found += [(Summary(self.rule.id, chain, RESULT, shown, NOWHERE, action, removed_only=f"{miss.release_path}, not on {miss.path}",
                               resource=self._named_word(call)), site)
                      for chain in summary_chains(fn, ctx.model)]
        return found

    def _own_releases(self, start: Node) -> tuple[str, ...]:
        """The only methods that end what `start` makes, when it is a named resource with methods
        of its own (a Redis connection's `quit` and `disconnect`); () when any stop-like method may."""
        named = self._named_resource(start)
        return tuple(named[2]) if named is not None and len(named[2]) > 1 else ()

    def _named_word(self, start: Node) -> str:
        """What a summary's callers should call what `start` starts, when it is not the rule's
        own word (a worker, a child process for unclosed-watcher); "" otherwise."""
        word = self._words(start)[0]
        return word if word != self.params["resource"] else ""

    def _handed_back_summaries(self, call: Node, name: str, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`checkout(tenant) { const client = await pool.connect(); ...; return client }`: what is
        judged only where it is released, handed back to the caller, whose paths decide (a
        disposer summary, slot RESULT; _imported_released_on_one_path reads the caller). Also
        `createWorker() { const child = spawn(...); return { run, kill } }`: the factory hands
        back the only way to end it, which says the child does not end by itself."""
        fn = enclosing_function(call)
        way = self._handed_back(call, ctx)
        if fn is None or way is None:
            return []
        helper = function_name(fn) or "<anonymous>"
        if way != HANDED_BACK:  # `return { run, kill }`, `kill()` ending the child: its callers' to call
            action = f"{name}() starts it here, and only the `{way or 'stop'}()` that `{helper.rsplit('.', 1)[-1]}()` hands back ends it"
            return [(Summary(self.rule.id, chain, RESULT, helper, NOWHERE, action, disposer=True, disposer_key=way,
                             resource=self._named_word(call)), call) for chain in summary_chains(fn, ctx.model)]
        action = f"{name}() acquires it here, and `{helper.rsplit('.', 1)[-1]}()` hands it back"
        return [(Summary(self.rule.id, chain, RESULT, helper, NOWHERE, action, disposer=True, resource=self._named_word(call)), call)
                for chain in summary_chains(fn, ctx.model)]

    def _handed_back(self, call: Node, ctx: FileContext) -> str | None:
        """How the function around `call` hands back what it acquires, releasing it on no way out
        of its own: HANDED_BACK (itself, judged only where released), or the key of the stop it
        returns in its place ("" for a stop function itself); None when it does neither."""
        destination = handle_destination(call, self._releasers, ctx)
        fn = enclosing_function(call)
        if fn is None or destination.fate is Fate.ESCAPED and returned_by(call) != fn:
            return None
        uses = uses_of(destination.key, self._releasers, ctx, call) if destination.key is not None else Uses()
        releases = uses.releases
        if releases and _released_by_returned_stop(fn, uses) == fn:
            return disposer_property(releases, fn) or ""
        if not self._released_only:
            return None  # (beside acquires judged anywhere, a caller that never releases one would count)
        if any(not _released_before_rethrow(r, fn) for r in releases):
            return None  # released here on some way out: this function's own paths are judged here
        if returned_by(call) != fn and self._returned_local(call, destination, ctx, releases) is None:
            return None
        return HANDED_BACK

    def _imported_released_on_one_path(self, ctx: FileContext) -> Iterator[Report]:
        """`const client = await checkout(tenant)` of another module, released on one path of this
        function only: a finding if that module's summary says the helper hands back what this
        rule acquires (project.join decides), as for an acquire made here."""
        data = ctx.source.data
        if not data.has_any(self.spelled("release_methods", ".{}(")) and not data.has_any(self.spelled("release_functions", "{}(")):
            return  # nothing here releases what this rule acquires, on any path
        for call in ctx.imported_calls:
            report = self._caller_missed(call.site, ctx) if call.chain[-1:] != ("constructor",) else None
            if report is not None:
                report.needs = Requirement(self.rule.id, call.specifier, call.chain, RESULT, "", False)
                yield report

    def _local_released_on_one_path(self, call: Node, ctx: FileContext) -> Iterator[Report]:
        """The same for a function of this file that hands back what it acquires and releases
        it on no way out of its own (`return stockLock.acquire()`): each caller that keeps the
        result in a local and releases it on some of its paths only."""
        fn = enclosing_function(call)
        if fn is None or self._handed_back(call, ctx) != HANDED_BACK:
            return
        for site in call_sites(fn, ctx.model):
            report = self._caller_missed(site, ctx, known=True)
            if report is not None:
                name = shown_callee(site)
                report.code_flow = [(site, f"`{name}()` is called here"), (call, f"`{name}()` acquires it here and hands it back"),
                                    *report.code_flow]
                report.acquisition = call
                yield report

    def _caller_missed(self, site: Node, ctx: FileContext, known: bool = False) -> Report | None:
        """A helper's call whose result the caller keeps in a local and releases on some paths
        only: the report at the call, if the call runs more than once. `known`: the helper is
        this file's, so what it hands back is known, and only this rule's releases end it."""
        holder = outermost(site).parent
        holder = outermost(holder).parent if holder is not None and holder.type == "await_expression" else holder
        if holder is None or holder.type != "variable_declarator":
            return None  # (only a handle kept in a local has paths of this function to judge)
        missed = self._kept_handle_missed(site, ctx, known)
        if missed is None:
            return None
        runs = in_start(ctx.run_context(site), site, ctx)
        if runs.how is RunsHow.ONCE:
            return None
        destination, miss = missed
        return self._through(self._missed_report(site, destination, miss, runs), shown_callee(site))

    def _replaced_in_repeats(self, call: Node, name: str, destination: Destination, uses: Uses, ctx: FileContext) -> Report | None:
        """`start() { this.timer = setInterval(...) }` called by this file's repeating code
        (a route, a handler): each call after the first loses the handle of a running one."""
        method, at = enclosing_function(call), call
        opened = _opened_connection_handler(method, ctx) if method is not None and method.type != "method_definition" else None
        if opened is not None:  # `socket.on('open', () => { this.ping = setInterval(...) })` for the socket `connect()` makes
            method, at = enclosing_function(opened), opened
        if method is None or not self._replaced_running(call, destination, method, ctx, uses) or guarded_once(call, ctx):
            return None
        runs = refine(ctx.run_context(at), ctx.model)
        if runs.how is not RunsHow.REPEATED or once_per_fresh_instance(method, ctx):
            return None  # (`const s = new Session(ws); s.start()`: nothing running on that instance yet)
        looping = [(next((a for a in ancestors(site) if a.type in ("method_definition", "function_declaration")), None), site) for site in runs.calls[:1]]
        releasing = releasing_names(uses.releases)
        if any(fn is not None and (any(contains(fn, r) and _on_the_way(r, site) for r in uses.releases) or any(
                n.type == "call_expression" and callee_name(n) in releasing and _on_the_way(n, site) for n in walk(fn))) for fn, site in looping):
            return None  # `_onClose() { clearInterval(this.ping); setTimeout(() => this.connect(), ms) }`: the loop releases before it goes round
            # (also through a method that releases: `if (on) this.track(); else this.untrack()`; not one in another
            # listener: `consumer.on(STOP, () => this.stop())` beside `consumer.on(JOIN, () => this.start())`)
        field, (resource, verb) = destination.key.path[0], self._words(call)
        message = (f"{name}() in `{function_name(method) or 'a method'}()` stores its handle in `this.{field}` over the handle of one "
                   f"already running, {runs.where}: every call after the first leaves {article(resource)} {resource} that can never be "
                   f"{verb}; release the one in `this.{field}` first, or return while it runs")
        related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
        return Report(call, message, related=related, acquisition=call)

    def _replaced_on_update(self, call: Node, name: str, destination: Destination, uses: Uses) -> Report | None:
        """`componentDidUpdate() { if (changed) this.startPolling() }` where `startPolling()` stores
        its handle in `this.pollTimer` over the running one: every update that calls it leaves the
        earlier one running, and the end clears only the last. Not when the update hook, or the
        method before it stores, releases the field first."""
        method = enclosing_function(call)
        key = destination.key
        if method is None or method.type != "method_definition" or key is None or not key.root.startswith("this@") or len(key.path) != 1:
            return None
        body = method.parent
        field, own = key.path[0], text(method.child_by_field_name("name"))
        functions = "|".join(map(re.escape, self.params["release_functions"])) or "(?!)"
        methods = "|".join(map(re.escape, self.params["release_methods"])) or "(?!)"
        stoppers = "|".join(map(re.escape, releasing_names(uses.releases) - {own})) or "(?!)"  # `this.stopPolling()` first
        cleared = re.compile(rf"\b(?:{functions})\s*\(\s*this\s*\.\s*{re.escape(field)}\b"
                             rf"|this\s*\.\s*{re.escape(field)}\s*\??\.\s*(?:{methods})\s*\(|this\s*\.\s*(?:{stoppers})\s*\(")
        if cleared.search(text(method)[:call.start_byte - method.start_byte]):
            return None  # `clearInterval(this.pollTimer)` first in the method
        if own in UPDATE_HOOKS and not _tests_field(method, field, call):  # `componentDidUpdate() { this.timer = setInterval(...) }` itself
            resource, verb = self._words(call)
            message = (f"{name}() in `{own}()` stores its handle in `this.{field}` over the running one: every such update leaves "
                       f"{article(resource)} {resource} that can never be {verb}, and the end {verb} only the last; release the one in "
                       f"`this.{field}` first")
            return Report(call, message, acquisition=call)
        for hook in body.named_children if body is not None else ():
            if hook.type != "method_definition" or text(hook.child_by_field_name("name")) not in UPDATE_HOOKS:
                continue
            spelled = text(hook)
            at = re.search(rf"this\s*\.\s*{re.escape(own)}\s*\(", spelled)
            if at is None or cleared.search(spelled[:at.start()]):
                continue
            resource, verb = self._words(call)
            hook_name = text(hook.child_by_field_name("name"))
            message = (f"{name}() in `{own}()` stores its handle in `this.{field}`, and `{hook_name}()` calls `{own}()` again over the "
                       f"running one: every such update leaves {article(resource)} {resource} that can never be {verb}, and the end "
                       f"{verb} only the last; release the one in `this.{field}` first")
            return Report(call, message, related=[(hook, f"`{hook_name}()` starts it again here")], acquisition=call)
        return None

    def _instance_never_stopped(self, call: Node, name: str, destination: Destination, ctx: FileContext) -> Report | None:
        """`this.heartbeat = setInterval(...)` in `start()`, which only `stop()` undoes, on an
        instance of the file's class made per run that the run never stops (base.instance_left_running)."""
        left = instance_left_running(call, destination.target, ctx)
        if left is None:
            return None
        resource, verb = self._words(call)
        message = (f"`{short_text(left.construction, 40)}` {left.runs.where} starts, through `{left.started_by}()`, {article(resource)} "
                   f"{resource} (line {call.start_point[0] + 1}) that only `{left.teardown}()` {base_form(verb)}s, and this code never "
                   f"calls `{left.teardown}()` on that instance: every run leaves one running for good, with the instance it keeps; call it "
                   "when the run's work ends")
        flow = [(left.construction, f"`{short_text(left.construction, 40)}` is made here, and `{left.started_by}()` is called on it"),
                (call, f"{name}() starts it here")]
        return Report(left.construction, message, related=[(call, f"{name}() starts it here")], code_flow=flow, acquisition=call)

    def _overwritten_outer_variable(self, call: Node, name: str, ctx: FileContext) -> Report | None:
        """`let source = null; function open(url) { const es = new EventSource(url); ...; source = es }`
        with `open()` run again and again (by a watcher, a handler) and the release elsewhere
        (`close()`): each run stores its handle over the last without releasing it
        (semantic.handles.stored_over_previous), and only the last can ever be released."""
        holder = outermost(call).parent
        if holder is not None and holder.type == "await_expression":
            holder = outermost(holder).parent
        # `const es = new EventSource(u); source = es`, or straight into it: `watcher = chokidar.watch(root)`
        stored = stored_on(holder) if holder is not None and holder.type == "variable_declarator" else \
            holder if holder is not None and holder.type == "assignment_expression" else None
        left = unwrap(stored.child_by_field_name("left")) if stored is not None else None
        if left is None or (left.type != "identifier" and not module_object_field(left, ctx)) or not stored_over_previous(call, ctx):
            return None  # (a field of `this` stored anew by a reconnect is _replaced_running's to judge)
        if _rerun_on_own_end(enclosing_function(call), text(left)):
            return None  # `socket.onclose = () => setTimeout(open, ms)`: the last one has ended when a new one is stored
        resource, verb = self._words(call)
        runs = refine(ctx.run_context(call), ctx.model)
        where = runs.where if runs.how is RunsHow.REPEATED else f"inside function `{function_name(enclosing_function(call)) or 'a function'}`"
        message = (f"{name}() {where} is stored over the {resource} the last run stored, which is never {verb}: every run after the "
                   f"first leaves {article(resource)} {resource} that nothing can reach to {base_form(verb)} it; "
                   f"{base_form(verb)} the one already there before storing the new one")
        return Report(call, message, acquisition=call)

    def _replaced_on_effect_rerun(self, call: Node, name: str, destination: Destination, uses: Uses, ctx: FileContext) -> Report | None:
        """`useEffect(() => { observerRef.current = new MutationObserver(f); ... }, [attribute])`
        with the release only in an unmount cleanup elsewhere: every run of the effect after the
        first stores a new one over the last without releasing it, and the unmount reaches only
        the one left in the ref."""
        started = lifecycle_start(call)
        if started is None or react_ref_slot(destination.target, ctx) is None or not _reruns(started.start):
            return None
        releasing = releasing_names(uses.releases)
        if any(contains(started.start, r) for r in uses.releases) or _tests_ref(started.start, destination.target, call) \
                or any(n.type == "call_expression" and callee_name(n) in releasing for n in walk(started.start)):
            return None  # released (or looked at) by the effect itself, before it stores or in its own cleanup (`stop()`)
        (resource, verb), ref = self._words(call), text(destination.target)
        message = (f"{name}() in {started.start_name} stores its handle in `{ref}` over the one the effect's last run stored, without "
                   f"{gerund(verb)} that one: {started.repeats} leaves {article(resource)} {resource} that can never be "
                   f"{verb}, and only the one left in `{ref}` is {verb} at unmount; release it in this effect's own cleanup")
        return Report(call, message, related=[(r, f"{verb} here, only at unmount") for r in uses.releases[:1]], acquisition=call)

    def _replaced_on_reactive_rerun(self, call: Node, name: str, destination: Destination, uses: Uses, ctx: FileContext) -> Report | None:
        """`createEffect(() => { timer = setInterval(...) })` (Solid; also `autorun`, `effect`)
        with `onCleanup(() => clearInterval(timer))` for the component: the reactive runner runs
        its callback again whenever what it reads changes, and each run stores a new handle over
        the last without releasing it; the component's end reaches only the last."""
        runner = enclosing_function(call)
        runs_it = _rerunning_call(runner, ctx)
        if runs_it is None and runner is not None:  # `function connect(url) { source = new EventSource(url) }`, called from a `watch()` callback
            sites = call_sites(runner, ctx.model)
            outer = [_rerunning_call(enclosing_function(site), ctx) for site in sites]
            runs_it = outer[0] if sites and all(o is not None for o in outer) else None
        target = unwrap(destination.target)
        if runs_it is None or target is None or target.type != "identifier" or destination.key is None or destination.key.path:
            return None
        binding = ctx.model.binding_of(target)
        if binding is None or binding.kind is not BindingKind.LET or contains(runner, binding.identifier):
            return None
        if any(contains(runner, r) or contains(runs_it, r) for r in uses.releases) \
                or any(n.type == "call_expression" and callee_name(n) in ("onCleanup", "onWatcherCleanup") for n in walk(runs_it)):
            return None  # released by the run itself, before it stores or in its own cleanup
        (resource, verb), shown = self._words(call), text(target)
        message = (f"{name}() in a `{callee_name(runs_it)}()` callback stores its handle in `{shown}` over the one its last run stored, "
                   f"without {gerund(verb)} that one: the callback runs again whenever what it reads changes, and each run leaves "
                   f"{article(resource)} {resource} that can never be {verb}; only the one left in `{shown}` is {verb} at the end; "
                   f"release it in the run's own `onCleanup()`")
        return Report(call, message, related=[(r, f"{verb} here, only at the end") for r in uses.releases[:1]], acquisition=call)

    def _replaced_running(self, call: Node, destination: Destination, fn: Node, ctx: FileContext, uses: Uses | None = None) -> bool:
        """A method (not the constructor) that keeps what it starts in a field of the instance,
        which another method releases (`stop()`), without releasing the one already there first
        or checking for it: called again, it overwrites the only handle to the running one,
        which nothing can release any more."""
        key = destination.key
        if destination.fate is not Fate.STORED or key is None or not key.root.startswith("this@") or len(key.path) != 1:
            return False
        if not (fn.type == "method_definition" or field_arrow(fn) is not None or prototype_constructor(fn) is not None) or is_constructor(fn):
            return False  # (a method, an arrow-function field: `watch = (s) => { this.#timer = setInterval(...) }`, or `C.prototype.start`)
        uses = uses if uses is not None else uses_of(key, self._releasers, ctx, call)
        if not uses.released or any(contains(fn, r) and r.start_byte < call.start_byte for r in uses.releases):
            return False
        if any(_in_reconnect_listener(r) for r in uses.releases):
            return False  # cleared when the connection goes, restarted when it comes back
        releasing = releasing_names(uses.releases)
        if _own_release_before(call, fn, releasing):
            return False  # `this.stopTimers()` first
        if _every_own_call_released_first(fn, releasing, ctx):
            return False  # `restart() { await this.stop(); await this.start() }`, and nothing else calls `start()` again
        return not _tests_field(fn, key.path[0], call)

    def _forgotten_local(self, call: Node, destination: Destination, fn: Node, ctx: FileContext) -> bool:
        """Kept in a local variable of the starting function that nothing releases, hands out or
        returns: when the call ends nobody holds the handle, so each call leaves one running."""
        key = destination.key
        if destination.fate is not Fate.STORED or key is None or key.path:
            return False
        binding = ctx.model.binding_with_uid(key.root)
        if binding is None or (binding.scope.function_scope.node != fn and running_function(binding.identifier) != fn):
            return False  # (a local of the promise executor `fn` runs: as good as fn's own)
        uses = uses_of(key, self._releasers, ctx, call)
        if _failure_only(uses):
            return True  # `refresh().catch(() => clearInterval(timer))`: stopped only when something fails
        return not uses.escaped and not uses.released and not self._released_by_property_name(key, ctx, call)

    def _constructor_summaries(self, call: Node, name: str, ctor: Node, destination: Destination, ctx: FileContext) -> list[tuple[Summary, Node]]:
        """`constructor() { this.pinger = setInterval(...) }` of an exported class, kept in a
        field that nothing in the class releases: every `new` in another module starts one more
        (slot RESULT of the chain "prototype", "constructor"), however the caller keeps the instance."""
        if destination.fate is not Fate.STORED or destination.key is None or self._released_by_own_callback(call) or guarded_once(call, ctx):
            return []
        uses = uses_of(destination.key, self._releasers, ctx, call)
        cls = ctor.parent.parent if ctor.parent is not None else None
        helper = text(cls.child_by_field_name("name")) if cls is not None else "<class>"
        teardown = self._teardown_only(uses, cls) if uses.released and not uses.escaped else None
        if teardown is not None:  # only the instance's own end stops it: a caller that never calls it loses one per instance
            ending = sorted({teardown, *_calling_methods(cls, teardown)})  # (and the methods that call it: `close() { this.destroy() }`)
            return [(Summary(self.rule.id, chain, RESULT, helper, NOWHERE, f"{name}() starts it here, in the constructor, and only "
                             f"`{teardown}()` {self._words(call)[1]} it", disposer=True, removers=tuple((INSTANCE_STEP, m) for m in ending)), call)
                    for chain in constructor_exports(ctor, ctx.model)]
        if uses.escaped or uses.released or self._released_by_property_name(destination.key, ctx, call):
            return []
        return [(Summary(self.rule.id, chain, RESULT, helper, NOWHERE, f"{name}() starts it here, in the constructor, and nothing clears it"), call)
                for chain in constructor_exports(ctor, ctx.model)]

    def _teardown_only(self, uses: Uses, cls: Node | None) -> str | None:
        """The one teardown method (`dispose()`, `close()`) of the class that holds every release."""
        if cls is None:
            return None
        names = {function_name(enclosing_function(r)) or "" for r in uses.releases}
        names = {n.rsplit(".", 1)[-1] for n in names}
        return next(iter(names)) if len(names) == 1 and INSTANCE_RELEASES.match(next(iter(names))) else None

    def _imported_helper_calls(self, ctx: FileContext) -> Iterator[Report]:
        """Calls of imported helpers from code that repeats: findings if the helper's summary
        says it starts one per call (project.join decides). Wherever the call's value goes:
        a helper that loses what it starts (its summary is no disposer) loses it anyway."""
        kept_by_start = {id(call) for call, _, _ in self._kept_unreleased_in_starts(ctx)}  # _kept_in_starts reports those
        for call, parent, runs in repeated_imported_calls(ctx, any_use=True):
            if not ctx.judges_for(call, self.rule.id):
                continue  # a helper only other rules summarise
            own_object = INSTANCE_STEP in call.chain and _run_own_object(call.site, ctx)
            if id(call) in kept_by_start:
                continue
            torn = own_object and _instance_torn_down(call.site, ctx)  # (whether the teardown it calls is the one that releases, the summary says)
            helper = shown_callee(call.site)
            resource, verb = self.params["resource"], self.params["release_verb"]
            never = f"never {verb}" if not own_object else \
                f"the object is never torn down when the run's work ends (no `stop()`, `close()` or `dispose()` on it), so it is never {verb}"
            report = Report(
                call.site,
                f"{article(resource)} {resource} is started through `{helper}()` {runs.where} and {never}; every run starts one more",
                related=[(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else [],
            )
            kept = parent.type != "expression_statement"
            overwritten = kept and stored_over_previous(call.site, ctx)  # `this.probe = startProbe()` on every reconnect
            missed = self._kept_handle_missed(call.site, ctx) if kept and not overwritten else None
            if overwritten:
                target = short_text(outermost(call.site).parent.child_by_field_name("left"), 30)
                report.message = (f"{article(resource)} {resource} is started through `{helper}()` {runs.where} and stored in `{target}` "
                                  f"over the one started before, which is never {verb}: every run loses one more; {base_form(verb)} "
                                  f"the one in `{target}` first")
                kept = False
            elif missed is not None:  # kept, and released on one path only: as good as dropped on the other
                destination, miss = missed
                report = self._through(self._missed_report(call.site, destination, miss, runs), helper)
            elif kept and (asked := handle_used_on_request_only(call.site, ctx)) is not None:
                table, peer, (release, event) = asked  # `pollers.set(id, startPolling(...))` per 'watch', stopped on 'unwatch' only
                report.message = _ended_on_request_only(resource, verb, helper, runs.where, table.name, peer, event)
                report.related.append((release, f"ended here, only on the client's '{event}'"))
                kept = False
            elif kept and self._kept_never_released(call.site, ctx) is not None:  # `const watcher = watchTree(...)`, only listened on
                # (`const sub = await openSubscriber(...)` too: only a summary that hands the handle back asks whether
                # the caller keeps it, and then what the promise gives is that handle)
                target = short_text(handle_destination(call.site, self._releasers, ctx).target, 30)
                report.message = (f"{article(resource)} {resource} is started through `{helper}()` {runs.where} and kept in `{target}`, "
                                  f"which is never {verb}: every run starts one more")
                kept = False
            captured = captured_request(call_arguments(call.site), ctx)
            if captured:  # `every(10_000, () => res.write(...))` imported: the helper's timer keeps the request
                report.message += f"; the callback handed to it captures `{captured[0]}`, so each one keeps a whole request alive"
                report.code_flow = [*captured[1], *report.code_flow]
            # what this run does with the instance the method runs on: known only for one it makes itself (`const t = new Ticker(ws)`)
            made = _instance_made(call.site, ctx) if INSTANCE_STEP in call.chain else None
            use = instance_use(made, ctx) if made is not None else InstanceUse()
            ended_with = _methods_called_on(call.site, self._releasers, ctx) if kept and missed is None else None
            report.needs = Requirement(self.rule.id, call.specifier, call.chain, RESULT, "", kept and missed is None, ended_with=ended_with,
                                       fresh=_new_keys(call.site, runs, ctx), first_on_fresh=first_on_fresh_instance(call.site, ctx), torn_down=torn, instance_calls=use.every,
                                       instance_partial=use.partial, partial_path=use.partial_path, handed_on=use.handed_on,
                                       instance_read=made is not None)
            if torn:
                report.message = report.message.replace(never, f"the method this run calls on it to end it does not {base_form(verb)} it", 1)
            yield report
        for call, runs in repeated_constructions(ctx):
            if not ctx.judges_for(call, self.rule.id):
                continue
            torn_down = _torn_down_by_caller(call.site, ctx)  # `cache.dispose()` after: the instance's end, which a teardown-only summary needs
            resource, verb = self.params["resource"], self.params["release_verb"]
            captured = captured_request(call_arguments(call.site), ctx)
            use = instance_use(call.site, ctx)
            yield Report(call.site, f"{article(resource)} {resource} is started by `{shown_callee(call.site)}()` {runs.where} and never {verb}; "
                         "every run starts one more" + (f"; the callback handed to it captures `{captured[0]}`, so each one keeps a whole "
                                                        "request alive" if captured else ""),
                         related=[(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else [],
                         code_flow=captured[1] if captured else [],
                         needs=Requirement(self.rule.id, call.specifier, call.chain, RESULT, "", torn_down, instance_calls=use.every,
                                           instance_partial=use.partial, partial_path=use.partial_path, handed_on=use.handed_on,
                                           instance_read=True))
        yield from self._kept_in_starts(ctx)
        yield from self._relayed_helper_calls(ctx)

    def _relayed_helper_calls(self, ctx: FileContext) -> Iterator[Report]:
        """`trackPresence(user, ws) { every(30_000, refresh) }`, exported, dropping what an
        imported helper starts, at a rate this file cannot tell: if the helper's summary holds,
        the exported function loses one per call too (the Requirement's relay: project.join
        passes it on to its callers in further files), and the call here is a note."""
        if b"export" not in ctx.source.data:
            return
        repeated = {id(call) for call, _, _ in repeated_imported_calls(ctx, any_use=True)}
        for call in ctx.imported_calls:
            if id(call) in repeated or call.chain[-1:] == ("constructor",):
                continue
            holder = outermost(call.site).parent
            while holder is not None and holder.type == "unary_expression" and text(holder).startswith("void"):
                holder = holder.parent  # `void every(...)`
            outer = enclosing_function(call.site)
            if holder is None or holder.type != "expression_statement" or outer is None or ctx.run_context(call.site).how is not RunsHow.MAYBE \
                    or guarded_once(call.site, ctx):
                continue
            relay = tuple(sorted(function_exports(outer, ctx.model)))
            if not relay:
                continue
            resource, verb = self.params["resource"], self.params["release_verb"]
            yield Report(call.site, f"{article(resource)} {resource} is started through `{shown_callee(call.site)}()` on every call of "
                         f"`{(function_name(outer) or 'this function').rsplit('.', 1)[-1]}()` and never {verb}", severity=Severity.NOTE,
                         needs=Requirement(self.rule.id, call.specifier, call.chain, RESULT, "", False, relay=relay))

    def _kept_in_starts(self, ctx: FileContext) -> Iterator[Report]:
        """`this.timer = every(...)` in `componentDidMount()`, kept and cleared nowhere: the
        start runs on every mount, so if the imported helper starts one (its summary, slot
        RESULT), each mount leaves one running."""
        for call, started, unreleased in self._kept_unreleased_in_starts(ctx):
            helper = shown_callee(call.site)
            runs = per_mount(started)
            report = self._through(self._leak_report(call.site, f"`{helper}`", unreleased, runs, []), helper)
            report.code_flow = []
            report.needs = Requirement(self.rule.id, call.specifier, call.chain, RESULT, "", False)
            yield report

    def _kept_unreleased_in_starts(self, ctx: FileContext) -> list:
        """Imported helper calls whose result a component's start keeps where nothing releases
        it, with the start and where it is kept: found once per file and rule."""
        key = f"pairing.kept_unreleased:{self.rule.id}"
        if key not in ctx.shared:
            ctx.shared[key] = [(call, started, unreleased) for call, started in _kept_by_starts(ctx)
                               if (unreleased := self._kept_never_released(call.site, ctx)) is not None and not guarded_once(call.site, ctx)]
        return ctx.shared[key]

    def _kept_handle_missed(self, site: Node, ctx: FileContext, known: bool = False) -> tuple[Destination, Miss] | None:
        """A helper's handle the caller keeps (`const t = startProgress(res)`) and releases on
        one path only (`res.on('finish', () => clearInterval(t))`): that path, if so. Whether
        the helper starts anything at all is its summary's to say (project.join). `known`: the
        rule's own releases alone count, as for an acquire made in the caller."""
        destination = handle_destination(site, self._releasers, ctx)
        if destination.fate is Fate.ESCAPED or destination.key is None:
            return None
        uses = uses_of(destination.key, self._releasers, ctx, site)
        if uses.escaped and not uses.lent_only:
            return None  # (lent to a function of the file that only uses it, `this.request(worker, job)`: still the caller's)
        # Else the helper's own way to stop it, called on the handle: `heartbeat.stop()`.
        releases = uses.releases if uses.released else [call for node in nodes_with_key(destination.key, ctx)
                                                         if (call := _call_on(node, self.params["neutral_methods"])) is not None]
        if known:  # the rule's releases, or the handle called itself (`release()`); not `client.destroy()` of `http2.connect()`
            ends = {*self.params["release_methods"], *self.params["release_functions"]}
            releases = [r for r in releases if callee_name(r) in ends or _calls_itself(r)]
        ending = [r for r in releases if TEARDOWN_METHODS.match(callee_name(r) or "")]
        releases = ending or releases  # (`renderer.render(html)` then `renderer.stop()`: the stop is the way out)
        own = enclosing_function(site)
        if any(enclosing_function(r) == own and r.start_byte < site.start_byte for r in releases):
            return None  # `stopProbe(this.probe); this.probe = startProbe()`: each run ends the one before, the teardown the last
        miss = (missed_path(site, releases) or failure_callback_only(site, ctx.model)) if releases else None
        return (destination, miss) if miss is not None else None

    def _words(self, start: Node) -> tuple[str, str]:
        """What the messages call the handle and its release: the rule's words, or a constructor's
        own (`named_resources`: a `new Worker` is a worker, and it is terminated)."""
        named = self._named_resource(start)
        return (named[0], named[1]) if named is not None else (self.params["resource"], self.params["release_verb"])

    def _named_resource(self, start: Node) -> tuple[str, str, list[str]] | None:
        """The `named_resources` entry of the handle's constructor or function: its name, its
        release verb, and its own release methods (`quit|disconnect` after the verb, or the verb's)."""
        return self._named.get(_made_by_name(start)) if start.type in ("new_expression", "call_expression") else None

    def _left_running(self, start: Node) -> str:
        """What becomes of this handle on a path that misses its release: its own words when the
        rule has some for its acquire (`left_running_of`: a file handle keeps a descriptor, not a
        callback), else the rule's."""
        made = _made_by_name(start)
        return next((phrase for name, _, phrase in (e.partition(":") for e in self.params["left_running_of"]) if name == made),
                    self.params["left_running"])

    def _release_methods_of(self, start: Node) -> list[str]:
        """The release methods a message names for this handle: a named resource's own (a worker's
        `terminate`, a child's `kill`, a Redis client's `quit` or `disconnect`), else the rule's others."""
        named = self._named_resource(start)
        if named is not None and len(named[2]) > 1:
            return named[2]
        own = {m for _, _, methods in self._named.values() for m in methods}
        verb = self._words(start)[1]
        if verb != self.params["release_verb"] and base_form(verb) in self.params["release_methods"]:
            return [base_form(verb)]
        return [m for m in self.params["release_methods"] if m not in own] or list(self.params["release_methods"])

    def _imported_from_acquire_module(self, ctor: Node, ctx: FileContext) -> bool:
        binding = ctx.model.binding_of(ctor)
        return binding is not None and binding.source_module is not None and binding.source_module in self.params["acquire_modules"]

    def _constructed_name(self, new: Node, ctx: FileContext) -> str | None:
        ctor = unwrap(new.child_by_field_name("constructor"))
        name = text(ctor)
        if ctor is not None and ctor.type == "identifier" and name in self.params["acquire_constructors"] and (
                ctx.model.is_global(ctor, name) or self._imported_from_acquire_module(ctor, ctx)):
            return f"new {name}"  # (a global, or a class of a listed package: `new CronJob(...)` from 'cron')
        if ctor is not None and ctor.type == "member_expression" and (ctx.model.is_global(ctor.child_by_field_name("object"), *GLOBAL_OBJECT_NAMES)
                                                                        or self._imported_from_acquire_module(ctor.child_by_field_name("object"), ctx)):
            prop = text(ctor.child_by_field_name("property"))
            return f"new {prop}" if prop in self.params["acquire_constructors"] else None
        return None

    # -- which calls acquire ---------------------------------------------------------------

    def _imported_aliases(self, ctx: FileContext) -> dict[str, str]:
        """Local names bound to an acquire function or its module: `{ setInterval as every }`."""
        modules = [*self.params["acquire_modules"], *(module for _, module in self._functions_of)]
        if not ctx.source.data.has_any(modules):
            return {}
        aliases = {}
        for binding in ctx.model.module_scope.bindings.values():
            if binding.source_module in modules and (binding.imported_name in ("*", "default")
                                                     or self._acquires_from(binding.imported_name, binding.source_module)):
                # a default import of a module is its namespace too: `import chokidar from 'chokidar'`
                aliases[binding.name] = "*" if binding.imported_name == "default" else binding.imported_name
        return aliases

    def _acquires_from(self, name: str | None, module: str | None) -> bool:
        """Whether `name` imported from `module` acquires: any acquire function of the rule's
        modules, or one scoped to its own module (`open` of fs/promises, not of every module)."""
        return module in self.params["acquire_modules"] and name in self.params["acquire"] or (name, module) in self._functions_of

    def _acquired_name(self, call: Node, aliases: dict[str, str], ctx: FileContext) -> str | None:
        """The acquire function a call invokes: global, on a global object, or imported."""
        fn = unwrap(call.child_by_field_name("function"))
        acquire = self.params["acquire"]
        if fn is None:
            return None
        if fn.type == "identifier":
            name = text(fn)
            if name in acquire and ctx.model.is_global(fn, name):
                return name
            imported, binding = aliases.get(name), ctx.model.binding_of(fn)
            return imported if binding is not None and self._acquires_from(imported, binding.source_module) else None
        if fn.type != "member_expression":
            return None
        prop = text(fn.child_by_field_name("property"))
        if prop in self.params["acquire_methods"]:
            return prop
        modules = [entry.partition(":")[2] for entry in self.params["acquire_methods_of"] if entry.partition(":")[0] == prop]
        imported = ctx.shared.get("pairing.modules")
        if modules and imported is None:
            imported = ctx.shared["pairing.modules"] = {source for source, _ in top_level_imports(ctx.source.root).values()}
        if modules and any(module in imported for module in modules):
            return prop  # `tasks.watch(pipeline)` in a file that imports 'mongodb': a change stream, open until closed
        words = [entry.partition(":")[2].lower() for entry in self.params["acquire_methods_named"] if entry.partition(":")[0] == prop]
        owner = unwrap(fn.child_by_field_name("object"))
        named = owner.child_by_field_name("property") if owner is not None and owner.type == "member_expression" else owner
        if words and named is not None and named.type in ("identifier", "property_identifier") and any(w in text(named).lower() for w in words):
            return prop  # `redis.duplicate()` on a client handed in: a second connection, open until quit
        if prop not in self._acquiring_functions:
            return None
        if owner is not None and owner.type == "identifier" and prop in acquire and ctx.model.is_global(owner, *GLOBAL_OBJECT_NAMES):
            return prop
        return prop if self._acquires_from(prop, self._module_of(owner, ctx)) else None

    def _module_of(self, owner: Node | None, ctx: FileContext) -> str | None:
        """The module a receiver stands for: an imported namespace (`fs`, `import * as fsp from
        'fs/promises'`), or a part of one named like its submodule: `fs.promises` and
        `import { promises } from 'fs'` are 'fs/promises' (Node's `/promises` modules)."""
        owner = unwrap(owner)
        part = None
        if owner is not None and owner.type == "member_expression":
            part, owner = text(owner.child_by_field_name("property")), unwrap(owner.child_by_field_name("object"))
        binding = ctx.model.binding_of(owner) if owner is not None and owner.type == "identifier" else None
        if binding is None or binding.source_module is None or not binding.is_module_level:
            return None  # (an import inside a function, `await import('chokidar')`, is not read as the module's)
        if binding.imported_name not in ("*", "default", None):
            part, outer = binding.imported_name, part
            if outer is not None:
                return None
        return f"{binding.source_module}/{part}" if part is not None else binding.source_module

    # -- the verdict -----------------------------------------------------------------------

    def _judge(self, call: Node, name: str, ctx: FileContext) -> Report | None:
        if name in self.params["acquire_released_only"]:
            return self._released_on_one_path_only(call, ctx)
        if self._released_by_path(call, name, ctx):
            return None
        # kept in a table's entry, and the entry removed without it: a timer cleared by function, or
        # a handle closed by its own method (a watcher, an observer), which never ends by itself
        resource, verb = self._words(call)
        by_function = bool(self.params["release_functions"])
        left = entry_left_running(call, tuple(self.params["release_functions"] if by_function else self._release_methods_of(call)), resource,
                                  "it stays active for good and keeps the entry and its callback's closure alive", ctx,
                                  verb=verb, endless=None if by_function else True)
        if left is not None:
            return left
        # (a one-shot timer stored over another still fires: what it keeps goes with it)
        over = stored_over_key(call, ctx) if (b".set(" in ctx.source.data or b"] =" in ctx.source.data) and name not in ("setTimeout", "setImmediate") else None
        if over is not None and not self._released_by_own_callback(call):
            return self._stored_over_key_report(call, name, over, ctx)
        destination = handle_destination(call, self._releasers, ctx)
        tabled = self._cleared_from_table_on_one_path(call, ctx) if self.params["release_functions"] else None
        if tabled is not None:
            return tabled
        # kept in a per-connection table, directly or through a local: judged before the table takes it over
        asked_only = self._released_on_client_request_only(call, ctx) if destination.fate is not Fate.DROPPED and b".set(" in ctx.source.data else None
        if asked_only is not None:
            return asked_only
        if destination.fate is Fate.ESCAPED and not self._released_by_own_callback(call):
            return self._handed_back_and_dropped(call, returned_by(call), name, ctx)
        if destination.fate is Fate.ESCAPED or self._released_by_own_callback(call):
            return None
        uses = uses_of(destination.key, self._releasers, ctx, call) if destination.key is not None else Uses()
        starting = _starting_function(call, destination)
        stopper = _released_by_returned_stop(_run_by_outer(starting, destination, ctx) or starting, uses)
        if stopper is not None and _ended_by_own_hook(stopper, uses.releases):
            return None  # `onUnmounted(stop)` in the composable that hands `stop` back too
        if stopper is not None and call_sites(stopper, ctx.model):  # `return () => clearInterval(t)`: its callers must keep and call it
            return self._handed_back_and_dropped(call, stopper, name, ctx, disposer_property(uses.releases, stopper))
        restarted = restarted_only(call, uses.releases)
        missed = (missed_path(call, uses.releases) or armed_after_wait(call, uses.releases, _started_per_run(call, ctx))) \
            if uses.released and not restarted else None
        if uses.escaped and not uses.released and self._returned_local(call, destination, ctx) is not None:
            return self._handed_back_and_dropped(call, enclosing_function(call), name, ctx)  # `const t = setInterval(...); return t`
        if uses.released and not uses.escaped and not restarted and missed is None:
            return self._closed_by_own_events_only(call, uses, ctx) or self._overwritten_outer_variable(call, name, ctx) \
                or self._replaced_in_repeats(call, name, destination, uses, ctx) or self._replaced_on_effect_rerun(call, name, destination, uses, ctx) \
                or self._replaced_on_reactive_rerun(call, name, destination, uses, ctx) or self._replaced_on_update(call, name, destination, uses) \
                or self._instance_never_stopped(call, name, destination, ctx)
        if uses.escaped and not uses.released and not destination.key.path:  # `const es = new EventSource(u); source = es`
            return self._overwritten_outer_variable(call, name, ctx)
        if uses.escaped and missed is not None and self._returned_local(call, destination, ctx, uses.releases) is not None:
            uses = Uses(uses.releases, False, uses.methods)  # `return timer` beside its own one-path clear: the helper owns its end
        if uses.escaped or (uses.released and not restarted and missed is None):
            return None
        if not missed and self._released_by_property_name(destination.key, ctx, call):
            return None
        # a guard on the instance's own state (`if (this.timer !== undefined) return`) in a component's start: one per mount still
        per_mount = lifecycle_start(call) is not None and guarded_per_instance(call)
        if not restarted and not per_mount and guarded_once(call, ctx) and not (missed is not None and marked_per_key(call)):
            # a flag set beside it makes the acquisition happen once (a restart is no such flag); once per
            # instance, for a field of an exported class nothing in the class releases: one per instance for good
            return self._once_per_instance(call, name, destination, uses, ctx) if not missed else None
        runs = in_start(ctx.run_context(call), call, ctx)
        if missed is not None:
            return None if runs.how is RunsHow.ONCE else self._missed_report(call, destination, missed, runs)
        if runs.how is RunsHow.ONCE:
            methods = destination.chained | uses.methods
            if not self.params["report_module_level"] or methods & set(self.params["module_level_ok_methods"]) \
                    or name in self.params["acquire_on_input"] or name.removeprefix("new ") in self.params["acquire_when_messaged"] \
                    or name in self.params["acquire_once_ok"] \
                    or any(re.search(r"\bpersistent\s*:\s*false\b", text(a)) for a in call_arguments(call)):
                return None  # one interface on the process's input, or one worker serving it, for its life: no leak
                # (nor a watcher started with `persistent: false`, which does not keep the process alive)
            ok = " or ".join(f"{m}()'d" for m in self.params["module_level_ok_methods"])
            once = enclosing_function(call)
            owner = text(once.parent.parent.child_by_field_name("name")) if is_constructor(once) and once.parent.parent is not None else ""
            where = f"module-level {name}()" if once is None else f"{name}() in {f'the constructor of `{owner}`' if owner else f'`{function_name(once)}()`'}, which runs once,"
            return Report(
                call,
                f"{where} is never {self._words(call)[1]}{' or ' + ok if ok else ''}; it keeps the process alive",
                severity=Severity.NOTE,
            )
        if destination.target is not None and runs.calls and _restarted_after_its_end(runs.calls[0], destination.target):
            return None
        if not restarted and not per_mount and runs.calls and guarded_along(call, runs.calls, ctx):
            return None  # `init() { if (!initialized) { initialized = true; initPerformance() } }`: once, however often `init` runs
        return self._leak_report(call, name, destination, runs, uses.releases if restarted else [], ctx)

    def _released_by_path(self, call: Node, name: str, ctx: FileContext) -> bool:
        """`fs.watchFile(file, fn)` with an `fs.unwatchFile(file)` somewhere in the file (the same
        name, or a path it cannot tell apart from it): ended through the path it watches, not a
        handle (params `released_by_path`)."""
        releaser = self._path_releaser(name)
        if releaser is None or releaser.encode() not in ctx.source.data:
            return False
        watched = call_arguments(call)[:1]
        shown = text(unwrap(watched[0])) if watched else None
        return any(not call_arguments(release) or text(unwrap(call_arguments(release)[0])) == shown or unwrap(call_arguments(release)[0]).type != "identifier"
                   for release in ctx.calls_named((releaser,)))

    def _path_releaser(self, name: str) -> str | None:
        """The function that ends `name`'s acquisition through its path (params `released_by_path`)."""
        return next((pair.split(":", 1)[1] for pair in self.params["released_by_path"] if pair.split(":", 1)[0] == name), None)

    def _released_on_one_path_only(self, call: Node, ctx: FileContext) -> Report | None:
        """`const child = spawn('docker', ['logs', '--follow', id])` killed in the socket's 'error'
        listener only, or on the success branch alone: a handle that may well end by itself
        (a child that exits) is judged only where the code releases it, so the code says it must
        be released, and a path that misses the release leaves one running per run."""
        destination = handle_destination(call, self._releasers, ctx)
        if destination.fate is Fate.DROPPED and self.params["held_by_receiver"]:
            return self._receiver_released_on_one_path(call, ctx)
        if destination.fate is Fate.DROPPED and not self.params["held_by_receiver"]:
            return self._lent_to_callback_released_on_one_path(call, ctx)
        if self.params["released_by_call"] and destination.key is None:
            destination = _destructured_releaser(call, ctx) or destination
        if destination.fate is Fate.ESCAPED or destination.key is None:
            return None
        uses = uses_of(destination.key, self._releasers, ctx, call)
        if uses.lent_only:  # `await fn(client)` between the checkout and its release: lent to the caller's callback, still this function's
            uses.escaped = False
        if self.params["released_by_call"] and destination.target is not None and destination.target.type == "identifier":
            binding = ctx.model.binding_of(destination.target)
            uses.releases += direct_calls(binding)[0] if binding is not None else []  # `const release = await mutex.acquire(); ...; release()`
            uses.releases.sort(key=lambda n: n.start_byte)
        if not uses.escaped and not uses.released and destination.fate is not Fate.DROPPED:
            return self._abandoned_by_deadline(call, normalised(destination.target) if destination.target is not None else "", ctx)
        if uses.escaped or not uses.released:
            return None
        fn = enclosing_function(call)
        shown = normalised(destination.target) if destination.target is not None else ""
        guards = {g.id: g for r in uses.releases if (g := next((a for a in ancestors(r) if a.type == "if_statement"
                                                                 and a.child_by_field_name("alternative") is None and contains(fn, a)), None)) is not None} \
            if fn is not None else {}
        guard = next(iter(guards.values())) if len(guards) == 1 and len(uses.releases) == 1 else None
        if guard is not None and shown and re.search(rf"(?<![\w$.]){re.escape(shown)}(?![\w$])", text(guard.child_by_field_name("condition"))):
            guard = None  # `if (child.exitCode === null) child.kill()`: the other outcome is a child already gone
        if guard is not None and FAILURE_TEST.fullmatch(text(guard.child_by_field_name("condition"))):
            guard = None  # `pipeline(child.stdout, res, (err) => { if (err) child.kill() })`: the other outcome is a child that finished
        if guard is not None and in_timer_callback(guard, frozenset({"setInterval", "setTimeout"})):
            guard = None  # a watchdog (`setInterval(() => { if (elapsed > max) child.kill() })`): the condition is asked again, or is the timeout's own
        if guard is not None:  # `if (reply.type === 'pdf') child.kill()`: the other outcome (an error reply) leaves it running
            missed = Miss(guard, f"the other outcome of `if {short_text(guard.child_by_field_name('condition'), 40)}`", uses.releases[0],
                          f"at line {uses.releases[0].start_point[0] + 1} under that condition")
        else:
            missed = missed_path(call, uses.releases)
        if missed is not None and fn is not None and _at_own_end(missed.node, fn, shown):
            missed = settled_unreleased_in_listener(call, uses.releases)  # (`child.on('exit', ...)` needs no kill: the child is gone)
        if missed is None and fn is not None:  # killed only when something else fails: `ws.on('error', () => child.kill())`
            found = [listener_of(r, fn) for r in uses.releases]
            if found and all(f is not None and f[1] == "error" and normalised(callee_object(f[0])) != shown for f in found):
                owner = short_text(callee_object(found[0][0]), 30)
                missed = Miss(found[0][0], f"a normal close of `{owner}`", uses.releases[0],
                              f"at line {uses.releases[0].start_point[0] + 1} in its 'error' listener only")
        runs = in_start(ctx.run_context(call), call, ctx)
        if missed is None or runs.how is RunsHow.ONCE or (guarded_once(call, ctx) and not self.params["missed_once_blocks"]):
            return None  # (a lock's missed release blocks every later acquire: a double-checked refresh still deadlocks)
        return self._missed_report(call, destination, missed, runs)

    def _abandoned_by_deadline(self, call: Node, shown: str, ctx: FileContext) -> Report | None:
        """A child process (or another handle that may end by itself) started in a promise's
        executor whose own timeout settles the promise and ends nothing: the caller has given
        up, but a child that hangs runs on, with its pipes and what its listeners collect."""
        deadline = abandoned_by_deadline(call)
        if deadline is None or not shown or shown.encode() in (deadline.text or b""):
            return None  # (a timeout that does something with the handle: another reading's)
        runs = in_start(ctx.run_context(call), call, ctx)
        if runs.how is RunsHow.ONCE or guarded_once(call, ctx):
            return None
        resource, verb = self._words(call)
        message = (f"{resource} started {runs.where} is {verb} on no path, and the timeout at line {deadline.start_point[0] + 1} settles "
                   f"the operation without it: a {resource} that hangs runs on after its caller has given up, with its pipes and what "
                   f"its listeners collect, one more per timed-out run; {base_form(verb)} it when the timeout fires")
        report = repeating_report(call, message, runs, f"{resource} started here")
        report.related.append((deadline, "the deadline gives up here"))
        return report

    def _lent_to_callback_released_on_one_path(self, call: Node, ctx: FileContext) -> Report | None:
        """`pool.connect((err, client, release) => ...)`, `pool.getConnection((err, conn) => ...)`:
        the checkout hands the handle (its callback's second parameter) and, for node-postgres,
        its release (the third) to a callback. A callback there, or one nested in it, that
        returns early before every release it and the callbacks after it run keeps the handle
        checked out on that way."""
        callback = next((unwrap(a) for a in reversed(call_arguments(call)) if unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES), None)
        names = parameter_list(callback) if callback is not None else []
        if len(names) < 2 or names[1] is None:
            return None
        handle, release = names[1], names[2] if len(names) > 2 else None
        releases = [n for n in walk(callback) if n.type == "call_expression"
                    and ((release is not None and text(n.child_by_field_name("function")) == release)
                         or (callee_name(n) in self.params["release_methods"] and text(callee_object(n)) == handle))]
        missed = returned_before_handing_back(callback, releases) if releases else None
        runs = in_start(ctx.run_context(call), call, ctx)
        if missed is None or runs.how is RunsHow.ONCE:
            return None
        resource, verb = self._words(call)
        message = (f"{resource} `{handle}` lent to the callback of `{shown_callee(call)}()` {runs.where} is {verb} {missed.release_path}, "
                   f"but not on {missed.path}: on that path {self._left_running(call)}")
        return with_both_paths(repeating_report(call, message, runs, f"{resource} checked out here"), missed, "a release", verb)

    def _receiver_released_on_one_path(self, call: Node, ctx: FileContext) -> Report | None:
        """`await this.lock.acquire()` with `this.lock.release()` at the end of the function only:
        what the acquire holds is its receiver, and a path that throws or returns before the
        release keeps it held for good (every later acquire waits on it)."""
        receiver = callee_object(call)
        fn = enclosing_function(call)
        if receiver is None or fn is None:
            return None
        shown = normalised(receiver)
        releases = [n for n in walk(fn.child_by_field_name("body") or fn) if n.type == "call_expression"
                    and callee_name(n) in self.params["release_methods"] and callee_object(n) is not None and normalised(callee_object(n)) == shown]
        missed = missed_path(call, releases) if releases else None
        runs = in_start(ctx.run_context(call), call, ctx)
        if missed is None or runs.how is RunsHow.ONCE:
            return None  # (a guard before it, `if (fresh) return token`, runs it again once the guarded value goes: no `guarded_once`)
        resource, verb = self._words(call)
        message = (f"{resource} `{short_text(receiver, 40)}` acquired {runs.where} is {verb} {missed.release_path}, but not on "
                   f"{missed.path}: on that path {self._left_running(call)}")
        return with_both_paths(repeating_report(call, message, runs, f"{resource} acquired here"), missed, "a release", verb)

    def _closed_by_own_events_only(self, call: Node, uses: Uses, ctx: FileContext) -> Report | None:
        """`const watcher = fs.watch(file, () => { watcher.close(); res.json(read()) })` in a
        long-poll handler: closed only from its own callbacks (the change it waits for, its own
        'error'), so a client that goes away first leaves it open, with the response its
        callback holds, until the file changes, which may be never. Watchers only: a file's
        events, unlike a timer's, need not come."""
        if self.params["resource"] != "watcher" or not uses.releases:
            return None
        local = declared_name(call)
        fn = enclosing_function(call)
        if local is None or fn is None or not takes_a_request(fn):
            return None
        callbacks = [a for a in call_arguments(call) if unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES]
        if any(has_signal_option(a) for a in call_arguments(call)):
            return None  # `{ signal }`: closed when that signal aborts (the request's, as a rule)
        own = text(local)
        for release in uses.releases:
            found = listener_of(release, fn)
            if not (any(contains(c, release) for c in callbacks) or found is not None and normalised(callee_object(found[0])) == own):
                return None  # released somewhere else too: the request's end, a timeout
        runs = ctx.run_context(call)
        resource, verb = self._words(call)
        message = (f"{resource} opened {runs.where} is {verb} only from its own callbacks (when what it waits for comes, or it fails): "
                   f"a client that goes away first leaves it open, with the response its callback holds, until then, which may be "
                   f"never; {base_form(verb)} it when the request closes too")
        report = repeating_report(call, message, runs, f"{resource} opened here")
        report.related.append((uses.releases[0], f"{verb} here, only when it fires"))
        return report

    def _released_on_client_request_only(self, call: Node, ctx: FileContext) -> Report | None:
        """`watchers.set(path, fs.watch(path, cb))` in a connection's 'watch' listener, with the
        table made per connection and its entries closed only in another of the client's
        listeners ('unwatch'): the connection's end ('close', 'disconnect') releases nothing,
        so a client that leaves without asking leaves each one running, with its callback and
        the connection it closes over."""
        releasing = {*self._release_methods_of(call), *self.params["release_functions"]}
        found = released_on_client_request_only(call, ctx, lambda n, table: callee_name(n) in releasing)
        if found is None:
            return None
        table, peer, asked = found
        runs = in_start(ctx.run_context(call), call, ctx)
        if runs.how is RunsHow.ONCE:
            return None
        resource, verb = self._words(call)
        event = asked[1]
        message = (f"{resource} kept in `{table.name}`, a table of each connection, {runs.where} is {verb} only when the client asks "
                   f"for it (its '{event}' listener), never when the connection ends: a client that leaves without asking leaves "
                   f"each one active, with its callback and the connection it closes over; {base_form(verb)} what `{table.name}` "
                   f"holds when `{peer}` ends ('close', 'disconnect')")
        report = repeating_report(call, message, runs, f"{resource} started here")
        report.related.append((asked[0], f"{verb} here, only on the client's '{event}'"))
        return report

    def _cleared_from_table_on_one_path(self, call: Node, ctx: FileContext) -> Report | None:
        """`const timer = setInterval(...); this.heartbeats.set(ws, timer)` in a connection's start,
        with `clearInterval(this.heartbeats.get(ws))` only in `untrack()`, which the start calls only
        in the socket's 'error' listener: a connection that closes normally leaves it running."""
        local = declared_name(call)
        binding = ctx.model.binding_of(local) if local is not None else None
        fn = enclosing_function(call)
        if binding is None or fn is None:
            return None
        stores = [handed[0] for r in binding.references if (handed := handed_to(r.identifier)) is not None
                  and handed[0].type == "call_expression" and callee_name(handed[0]) == "set"]
        table = normalised(callee_object(stores[0])) if len(stores) == 1 and callee_object(stores[0]) is not None else None
        if table is None or len(stores) != len(binding.references):
            return None  # kept in one table and used for nothing else
        clears = [c for c in ctx.calls_named(tuple(self.params["release_functions"])) if call_arguments(c)
                  and (got := unwrap(call_arguments(c)[0])) is not None and got.type == "call_expression" and callee_name(got) == "get"
                  and callee_object(got) is not None and normalised(callee_object(got)) == table]
        releases = []
        for clear in clears:
            if contains(fn, clear):
                releases.append(clear)
                continue
            sites = call_sites(enclosing_function(clear), ctx.model) if enclosing_function(clear) is not None else []
            sites = [site for site in sites if not _in_owner_teardown(site)]  # `close() { for (const ws of ...) this.untrack(ws) }`: once, at the end
            if not sites or not all(contains(fn, site) for site in sites):
                return None  # cleared from code this start does not own (a 'close' handler elsewhere): trust it
            releases += sites
        missed = missed_path(call, releases) if releases else None
        if missed is None:
            return None
        runs = in_start(ctx.run_context(call), call, ctx)
        if runs.how is RunsHow.ONCE:
            return None
        resource, verb = self._words(call)
        message = (f"{resource} kept in `{table}` {runs.where} is {verb} {missed.release_path}, but not on {missed.path}: "
                   f"on that path it stays active, with the entry and its callback's closure; {base_form(verb)} it when the "
                   "connection ends however it ends ('close')")
        return with_both_paths(repeating_report(call, message, runs, f"{resource} started here"), missed, "a release", verb)

    def _stored_over_key_report(self, call: Node, name: str, store: Node, ctx: FileContext) -> Report:
        """`jobs.set(req.params.tenantId, job)` per request with the running one under the same
        key never looked at first (semantic.keyed_entries.stored_over_key): a second request for
        that key leaves the first one running, out of reach."""
        resource, verb = self._words(call)
        runs = refine(ctx.run_context(store), ctx.model)
        target, index = store_parts(store)
        held, key = short_text(target, 30), short_text(index, 30)
        message = (f"{name}() {runs.where} is stored in `{held}` under `{key}` over the {resource} an earlier run stored under the same "
                   f"key, which is never {verb}: every repeat for a key leaves {article(resource)} {resource} that nothing can reach to "
                   f"{base_form(verb)} it; {base_form(verb)} the one in `{held}` first")
        report = repeating_report(call, message, runs, f"{resource} started here")
        report.related.append((store, "stored here, over whatever the key held"))
        return report

    def _once_per_instance(self, call: Node, name: str, destination: Destination, uses: Uses, ctx: FileContext) -> Report | None:
        """`start() { if (this._interval) return; this._interval = setInterval(...) }` in an
        exported class with no method that clears it: the guard makes it once per instance,
        and every instance another module makes keeps its own running for good (a note: how
        many instances there are is the other modules' business)."""
        key = destination.key
        if key is None or uses.released or not key.root.startswith("this@") or len(key.path) != 1:
            return None
        method = enclosing_function(call)
        cls = method.parent.parent if method is not None and method.type == "method_definition" and method.parent is not None else None
        if cls is None or cls.type not in ("class_declaration", "class") or is_constructor(method) or not class_exports(cls, ctx.model):
            return None
        heritage = next((c for c in cls.children if c.type == "class_heritage"), None)
        if heritage is not None and not any(base in text(heritage) for base in ("EventEmitter", "EventTarget")):
            return None  # a base class may clear the field in its own stop() (`super.stop()`)
        owner = text(cls.child_by_field_name("name")) or "the class"
        resource, verb = self._words(call)
        return Report(call, f"{resource} stored in `this.{key.path[0]}` once per instance of the exported class `{owner}` is never {verb} "
                      "anywhere in the class: every instance keeps one running, and itself alive, for good; give the class a stop method "
                      "for it", severity=Severity.NOTE, acquisition=call)

    def _handed_back_and_dropped(self, call: Node, helper: Node | None, name: str, ctx: FileContext, key: str = "") -> Report | None:
        """A helper of this file that hands the handle back (`return setInterval(...)`, or an
        arrow's body), or the only way to stop it (`return () => clearInterval(t)`, or `stop`
        in `return { now, stop }`: `key`), called from code that repeats by a caller that drops
        it (or destructures the result without `key`): reported at the first such call, with
        the helper's start as the next step. A caller that keeps it decides for itself."""
        if helper is None or guarded_once(call, ctx):
            return None
        for site in call_sites(helper, ctx.model):
            parent = outermost(site).parent
            if parent is None:
                continue
            taken = destructured_keys(site) if key else None
            kept = parent.type != "expression_statement" and (taken is None or key in taken)
            missed = self._kept_handle_missed(site, ctx) if kept else None
            unreleased = self._kept_never_released(site, ctx, call) if kept and missed is None else None
            asked = handle_used_on_request_only(site, ctx) if kept and missed is None and unreleased is None else None
            if kept and missed is None and unreleased is None and asked is None:
                continue
            runs = in_start(ctx.run_context(site), site, ctx)
            if runs.how is not RunsHow.REPEATED or guarded_once(site, ctx):
                continue
            resource, verb = self._words(call)
            shown = shown_callee(site)
            if asked is not None:  # `pollers.set(id, startPolling(...))` per 'watch', stopped on 'unwatch' only
                table, peer, (release, event) = asked
                report = repeating_report(site, _ended_on_request_only(resource, verb, shown, runs.where, table.name, peer, event), runs,
                                          f"{name}() starts it here")
                report.related.append((release, f"ended here, only on the client's '{event}'"))
                report.code_flow = [(site, f"`{shown}()` is called"), (call, f"{name}() starts it here")]
                report.acquisition = call
                return report
            if kept:  # kept, and never released or released on one path only
                report = self._leak_report(site, f"`{shown}`", unreleased, runs, [], start=call) if unreleased is not None \
                    else self._missed_report(site, missed[0], missed[1], runs)
                report = self._through(report, shown)
                report.code_flow = [(site, f"`{shown}()` is called"), (call, f"{name}() starts it here")]
                report.acquisition = call
                return report
            dropped = f"takes only `{'`, `'.join(taken)}` from its result, without `{key}`" if taken is not None else "drops it"
            message = (f"`{shown}()` hands back the handle of the {resource} it starts (or the only way to stop it), and this call {runs.where} {dropped}, "
                       f"so the {resource} can never be {verb}; every run starts one more")
            related = [(runs.registration, "this registration makes the code run repeatedly")] if runs.registration is not None else []
            flow = [(site, f"`{shown}()` is called and the handle it returns is dropped"), (call, f"{name}() starts it here")]
            return Report(site, message, related=related, code_flow=flow, acquisition=call)
        return None

    def _through(self, report: Report, helper: str) -> Report:
        """A report about a handle stored by the caller, reworded for a helper that started it."""
        resource = self._words(report.acquisition or report.node)[0]
        report.message = report.message.replace(f"{resource} stored", f"{resource} started through `{helper}()` and stored", 1)
        return report

    def _may_release(self, ctx: FileContext) -> bool:
        """Whether the file spells any release of this rule at all, asked once per file."""
        key = f"pairing.releases:{self.rule.id}"
        if key not in ctx.shared:
            names = (*self.params["release_functions"], *self.params["release_methods"])
            ctx.shared[key] = ctx.source.data.has_any(names)
        return bool(ctx.shared[key])

    def _kept_never_released(self, site: Node, ctx: FileContext, start: Node | None = None) -> Destination | None:
        """Where a helper's handle is kept (`this.timer = every(...)`), when nothing releases it
        there, by name or by property, and it goes nowhere else. With the helper's `start` known
        to make a resource of its own (a Redis connection), only that resource's release methods
        end it: `subscriber.unsubscribe()` leaves the connection open."""
        destination = handle_destination(site, self._releasers, ctx)
        if destination.fate is not Fate.STORED or destination.key is None:
            return None
        uses = uses_of(destination.key, self._releasers, ctx, site)
        if uses.escaped or uses.released or self._released_by_property_name(destination.key, ctx, site):
            return None
        own = self._own_releases(start) if start is not None else ()
        ends = partial(_ending_method, own=own, release_methods=self.params["release_methods"], neutral=self.params["neutral_methods"])
        # (`pending.then((sub) => sub.quit())`: the promise's value, ended in its reaction)
        if any(_stop_called(node, ends) or _ended_in_reaction(node, ends) for node in nodes_with_key(destination.key, ctx)):
            return None  # `this.stop?.()`, `stats.stop()`: the helper handed back a way to stop it, and it is used
            # (`redis.multi()...` on a client it hands back is a command, not its end)
        return destination

    def _returned_local(self, call: Node, destination: Destination, ctx: FileContext, releases: list[Node] = ()) -> Node | None:
        """The local the handle is kept in, when its only way out is `return t` (neutral
        methods such as `t.unref()` aside, and the `releases` given): the function hands it
        back, as if it returned the call itself."""
        fn = enclosing_function(call)
        key = destination.key
        if fn is None or key is None or key.path or destination.target is None or destination.target.type != "identifier":
            return None
        binding = ctx.model.binding_of(destination.target)
        if binding is None or binding.kind is BindingKind.PARAMETER or binding.scope.node != fn:
            return None
        returned = False
        for reference in binding.references:
            ident = reference.identifier
            parent = outermost(ident).parent
            if ident == binding.identifier or reference.is_write and parent is not None and parent.type == "assignment_expression":
                continue
            if parent is not None and parent.type == "return_statement" and enclosing_function(parent) == fn:
                returned = True
            elif any(contains(release, ident) for release in releases):
                continue
            elif not (parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == outermost(ident)
                      and self._neutral_use(text(parent.child_by_field_name("property")), parent)):
                return None
        return destination.target if returned else None

    def _neutral_use(self, prop: str, member: Node) -> bool:
        """A use of the handle that neither ends it nor hands it away: a neutral method, or a call
        of any other of its methods whose name says no end (`sub.subscribe(channel)`)."""
        if prop in self.params["neutral_methods"]:
            return True
        called = member.parent is not None and member.parent.type == "call_expression" and member.parent.child_by_field_name("function") == member
        return called and prop not in self.params["release_methods"] and not TEARDOWN_METHODS.match(prop)

    def _missed_report(self, call: Node, destination: Destination, missed: Miss, runs: RunContext) -> Report:
        """A release that runs on one path only (semantic.missed_paths): name both paths."""
        resource, verb = self._words(call)
        message = (f"{resource} stored in `{text(destination.target)}` {runs.where} is {verb} {missed.release_path}, "
                   f"but not on {missed.path}: on that path {self._left_running(call)}")
        return with_both_paths(repeating_report(call, message, runs, f"{resource} started here"), missed, "a release", verb)

    def _leak_report(self, call: Node, name: str, destination: Destination, runs: RunContext, restarts: list[Node],
                     ctx: FileContext | None = None, start: Node | None = None) -> Report:
        """`start`: the acquire a helper makes, when `call` is the helper's call: its words."""
        start = start or call
        resource, verb = self._words(start)
        if (name.startswith("new ") or start != call) and self.params["release_methods"]:  # `new CronJob(...)`: its own method ends it
            never = f"never has {' or '.join(f'.{m}()' for m in self._release_methods_of(start))} called on it"
        elif self.params["release_functions"]:
            never = f"is never passed to {self.params['release_functions'][0]}()"
        else:
            never = f"never has {' or '.join(f'.{m}()' for m in self._release_methods_of(start))} called on it"
        repeat = "every run" if runs.how is RunsHow.REPEATED else "every call"
        by_path = self._path_releaser(name)
        if by_path is not None:  # `fs.watchFile(file, fn)`: ended by `unwatchFile(file)`, which nothing calls
            message = (f"{name}() {runs.where} adds one more listener to the path's {resource}, and nothing calls {by_path}() for it: "
                       f"{repeat} leaves another one, with what its callback closes over")
        elif destination.fate is Fate.DROPPED:
            message = f"{name}() {runs.where} drops its handle, so the {resource} can never be {verb}; {repeat} starts one more"
        elif restarts:
            message = (
                f"{resource} stored in `{text(destination.target)}` {runs.where} is {verb} only to be started again "
                f"(line {line(restarts[0])}); nothing stops it for good, so it stays active and keeps its callback's closure alive"
            )
        else:
            message = (
                f"{resource} stored in `{text(destination.target)}` {runs.where} {never}; "
                f"it stays active and keeps its callback's closure alive"
            )
        related: list[tuple[Node, str]] = []
        if destination.target is not None:
            related.append((destination.target, "the handle is stored here"))
        if runs.registration is not None:
            related.append((runs.registration, "this registration makes the code run repeatedly"))
        # A function of unknown call frequency is at most a note (design section 8).
        flow = call_flow(runs, call, f"{name}() starts it here")
        # Through helpers proven to repeat, the finding stands at the call in the repeating code.
        primary = repeating_site(runs, call)
        captured = captured_request(call_arguments(runs.calls[-1]), ctx) if runs.calls and ctx is not None else None
        if captured:  # `every(10_000, () => res.write(...))`: the helper's timer keeps the request
            message += f"; the callback handed to it captures `{captured[0]}`, so each one keeps a whole request alive"
            flow = [*captured[1], *flow]
        # A restart replaces the timer rather than adding one: one per owner, so a note.
        quiet = runs.how is RunsHow.MAYBE or bool(restarts)
        return Report(primary, message, related=related, severity=Severity.NOTE if quiet else None,
                      code_flow=flow, acquisition=start)

    def _released_by_own_callback(self, call: Node) -> bool:
        """`setInterval(function () { ... clearInterval(this) })`: Node passes the handle as `this`."""
        args = call_arguments(call)
        callback = unwrap(args[0]) if args else None
        if callback is None or callback.type not in FUNCTION_TYPES:
            return False
        release = set(self.params["release_functions"])
        params = callback.child_by_field_name("parameters")
        own = {text(p.child_by_field_name("pattern") or p) for p in params.named_children} if params is not None else set()
        stack = [callback.child_by_field_name("body")]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node.type in FUNCTION_TYPES and node.type != "arrow_function":
                continue  # a nested function has its own `this`
            if node.type == "call_expression" and callee_name(node) in release:
                first = call_arguments(node)
                if first and unwrap(first[0]) is not None and unwrap(first[0]).type == "this" and callback.type != "arrow_function":
                    return True  # an arrow's `this` is not the timer
            if node.type == "call_expression" and callee_name(node) in self.params["release_methods"] and text(callee_object(node)) in own:
                return True  # `new MutationObserver((records, observer) => observer.disconnect())`
            stack.extend(node.named_children)
        return False

    def _released_by_property_name(self, key: Key | None, ctx: FileContext, start: Node) -> bool:
        """A release of any `<something>.<same property>` in the file.

        Objects travel: the state stored on `session[kState].ping.interval` in one function is
        read back as `state.ping.interval` in another, where receiver keys cannot follow it.
        Precision comes first, so a release of the same property name anywhere counts.
        """
        if key is not None and not key.path:
            # a local put in an object under a property (`{ envelope, retry }` into a table): released by that property
            binding = ctx.model.binding_with_uid(key.root)
            names = {held[0] for r in binding.references if (held := property_holding(r.identifier)) is not None} if binding is not None else set()
            return any(self._released_by_property_name(Key(key.root, (name,)), ctx, start) for name in names)
        if key is not None and key.path and key.path[-1] == COMPUTED:
            return self._released_by_iteration(start, ctx)
        if key is None:
            return False
        name = key.path[-1]
        for release in ctx.effects.of(Kind.RELEASE, [*self.params["release_functions"], *self.params["release_methods"]]):
            if not release.is_method and release.verb not in self.params["release_functions"]:
                continue  # `close(x)`: a function of ours, not the handle's method
            if is_restart(release.node, start):
                continue  # cleared just before this start replaces it: not a stop
            target = unwrap(release.target)
            if target is not None and target.type == "member_expression" and text(target.child_by_field_name("property")) == name:
                return True
        return False


    def _released_by_iteration(self, start: Node, ctx: FileContext) -> bool:
        """`clients[name] = new Redis(...)`, and `for (const client of Object.values(clients))
        await client.quit()` (or `clients.forEach(c => c.close())`, a `for...in` reading
        `clients[k]`): the teardown ends every entry of the table it is kept in."""
        holder = outermost(start).parent
        left = unwrap(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" else None
        table = normalised(left.child_by_field_name("object")) if left is not None and left.type == "subscript_expression" else ""
        if not table:
            return False
        for release in ctx.effects.of(Kind.RELEASE, self.params["release_methods"]):
            target = unwrap(release.target) if release.is_method else None
            binding = ctx.model.binding_of(target) if target is not None and target.type == "identifier" else None
            if binding is None:
                continue
            declared = binding.identifier.parent
            loop = declared if declared is not None and declared.type == "for_in_statement" else None
            value = unwrap(binding.value) if binding.value is not None else None
            if loop is not None and table in normalised(loop.child_by_field_name("right")):
                return True  # `for (const c of Object.values(clients))`
            if value is not None and value.type == "subscript_expression" and normalised(value.child_by_field_name("object")) == table:
                return True  # `const c = clients[keys[i]]`
            callback = enclosing_function(declared) if declared is not None and binding.kind is BindingKind.PARAMETER else None
            iterated = handed_to(callback) if callback is not None else None
            if iterated is not None and callee_name(iterated[0]) == "forEach" and table in normalised(callee_object(iterated[0])):
                return True  # `Object.values(clients).forEach((c) => c.quit())`
        return False


# Reactive runners that call their callback again whenever what it read changes.
RERUNNING_RUNNERS = frozenset({"createEffect", "createRenderEffect", "autorun", "effect", "reaction"})
# Vue's watchers run their callback again on every change of what they watch.
VUE_WATCHERS = frozenset({"watch", "watchEffect"})


def _rerunning_call(fn: Node | None, ctx: FileContext) -> Node | None:
    """The reactive runner `fn` is the callback of (`createEffect(fn)`, `autorun(fn)`, Vue's
    `watch(source, fn)` or `watchEffect(fn)`), which calls it again on every change."""
    handed = handed_to(fn) if fn is not None else None
    call = handed[0] if handed is not None else None
    if call is None or call.type != "call_expression":
        return None
    name = callee_name(call)
    if name in RERUNNING_RUNNERS:
        return call
    callee = unwrap(call.child_by_field_name("function"))
    binding = ctx.model.binding_of(callee) if name in VUE_WATCHERS and callee is not None and callee.type == "identifier" else None
    return call if binding is not None and binding.source_module is not None and binding.source_module.split("/")[-1] in ("vue", "runtime-core") else None


def _opened_connection_handler(fn: Node, ctx: FileContext) -> Node | None:
    """The registration `socket.on('open', fn)` when `fn` is the handler of a connection event of
    a connection its method made just before (`const socket = new WebSocket(url)`): the handler
    runs once per call of that method. The registration, or None."""
    holder = outermost(fn).parent
    registration = holder.parent if holder is not None and holder.type == "arguments" else None
    if registration is None or registration.type != "call_expression" or callee_name(registration) not in ("on", "once", "addEventListener"):
        return None
    args = call_arguments(registration)
    emitter = unwrap(callee_object(registration))
    binding = ctx.model.binding_of(emitter) if emitter is not None and emitter.type == "identifier" else None
    made = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST else None
    method = enclosing_function(registration)
    if not args or string_value(args[0]) not in ("open", "connect", "ready") or made is None or made.type != "new_expression" \
            or method is None or method.type != "method_definition" or enclosing_function(made) != method:
        return None
    return registration


def _run_own_object(site: Node, ctx: FileContext) -> bool:
    """`poller.start()` on a local the run made, not on the module's one instance (whose
    `presence.disconnected()` is no end of it)."""
    receiver = unwrap(callee_object(site))
    binding = ctx.model.binding_of(receiver) if receiver is not None and receiver.type == "identifier" else None
    return binding is not None and not binding.is_module_level


def _instance_torn_down(site: Node, ctx: FileContext) -> bool:
    """`poller.start()` on an object the caller also tears down (`poller.stop()`): in the same
    function, or, for a start in a component's start, in that component's end."""
    if released_instance(site, ctx):
        return True
    receiver = callee_object(site)
    started = lifecycle_start(site)
    return started is not None and any(calls_teardown_on(text(receiver), end) for end in started.ends)


def _instance_made(site: Node, ctx: FileContext) -> Node | None:
    """The `new Heartbeat(...)` a local holds, for a call of a method on it (`heartbeat.start()`);
    or, for a start called on the `new` itself and kept (`const w = new Watcher(dir).start()`), the
    call, whose result is the instance a fluent start hands back."""
    receiver = unwrap(callee_object(site))
    if receiver is not None and receiver.type == "new_expression":
        return site if outermost(site).parent is not None and outermost(site).parent.type != "expression_statement" else None
    binding = ctx.model.binding_of(receiver) if receiver is not None and receiver.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.kind is BindingKind.CONST and binding.value is not None \
        and not binding.is_module_level else None  # (the module's one instance is made once, not per run)
    return value if value is not None and value.type == "new_expression" else None


def _guards_on_handle(fn: Node, destination: Destination) -> bool:
    """`if (!this.callRefTimer) this.callRefTimer = setInterval(...)`: the start looks at the
    handle itself, so however often it is called it keeps one per object."""
    key = destination.key
    if key is None or not key.path:
        return False
    field = f"this.{key.path[0]}"
    return any(n.type in ("if_statement", "ternary_expression") and field in " ".join(text(n.child_by_field_name("condition")).split())
               for n in walk(fn) if n.child_by_field_name("condition") is not None)


def _sibling_releasers(call: Node, destination: Destination, fn: Node, releasers: Releasers, ctx: FileContext) -> set[str]:
    """`start() { this.timer = setInterval(...) }` beside `pause() { clearInterval(this.timer) }`:
    the methods of the same class that release the field, whatever they are called, when every
    release is in one of them (not the starting method, nor a callback of its own)."""
    key = destination.key
    if destination.fate is not Fate.STORED or key is None or fn.type != "method_definition" or is_constructor(fn) \
            or not key.root.startswith("this@") or len(key.path) != 1 or fn.parent is None or fn.parent.type != "class_body":
        return set()
    uses = uses_of(key, releasers, ctx, call)
    owners = [enclosing_function(r) for r in uses.releases]
    if not uses.released or uses.escaped or any(o is None or o.type != "method_definition" or o.parent != fn.parent or o == fn for o in owners):
        return set()
    return {text(o.child_by_field_name("name")) for o in owners}


def _calling_methods(cls: Node | None, name: str) -> set[str]:
    """The methods of `cls` that call `this.<name>()` (semantic.owners.this_calls)."""
    return {method for method, called in this_calls(cls).items() if name in called} if cls is not None else set()


def _torn_down_by_caller(site: Node, ctx: FileContext) -> bool:
    """Whether the function that makes an instance (`new TtlCache()`) calls a teardown on where it
    keeps it (`cache.dispose()`, `ctx.customers.close()`), or hands it on (returns it, passes it)."""
    node = outermost(site)
    holder = node.parent
    spelled = None
    if holder is not None and holder.type == "variable_declarator":
        spelled = text(holder.child_by_field_name("name"))
    elif holder is not None and holder.type == "assignment_expression":
        spelled = text(holder.child_by_field_name("left"))
    elif holder is not None and holder.type == "pair" and holder.parent is not None:
        outer = outermost(holder.parent).parent
        name = outer.child_by_field_name("name") if outer is not None and outer.type == "variable_declarator" else None
        spelled = f"{text(name)}.{text(holder.child_by_field_name('key'))}" if name is not None else None
    elif holder is not None and holder.type == "expression_statement":
        return False  # `new Poller(url);`: dropped, nobody can end it
    elif holder is not None and holder.type in ("return_statement", "arguments", "arrow_function"):
        return True  # handed on: whoever takes it ends it
    fn = enclosing_function(site)
    if not spelled or fn is None:
        return spelled is None  # kept somewhere this reading does not follow: the caller's to end
    return calls_teardown_on(spelled, fn)


def _kept_by_starts(ctx: FileContext) -> list:
    """Imported helper calls whose result a component's start keeps: found once per file for
    every pairing rule."""
    found = ctx.shared.get("pairing.kept_by_starts")
    if found is None:
        found = ctx.shared["pairing.kept_by_starts"] = []
        for call in ctx.imported_calls if may_hold_starts(ctx) else ():
            parent = outermost(call.site).parent
            if parent is None or parent.type == "expression_statement" or ctx.run_context(call.site).how is not RunsHow.MAYBE:
                continue
            started = lifecycle_start(call.site)
            if started is not None:
                found.append((call, started))
    return found


def _reruns(effect: Node) -> bool:
    """An effect callback run again after its first run: with dependencies (`[attribute]`) or
    with none at all (after every render); `[]` runs it once per mount."""
    handed = handed_to(effect)
    deps = call_arguments(handed[0])[1:2] if handed is not None else []
    return not deps or unwrap(deps[0]) is None or unwrap(deps[0]).type != "array" or bool(unwrap(deps[0]).named_children)


def _tests_ref(effect: Node, ref: Node, call: Node) -> bool:
    """`if (observerRef.current) return`, `observerRef.current?.disconnect()`: the effect reads
    the ref before it stores the new handle."""
    spelled = normalised(ref)
    return any(n.type == "member_expression" and n.end_byte <= call.start_byte and normalised(n) == spelled
               and not (n.parent is not None and n.parent.type == "assignment_expression" and n.parent.child_by_field_name("left") == n)
               for n in walk(effect))


def _instance_teardown_only(call: Node, destination: Destination, fn: Node, releasers: Releasers, ctx: FileContext) -> str | None:
    """`start()` of a class, or of the object an exported factory hands out, keeps what it
    starts in the object's state (`this.timer`, or a variable the factory's methods share),
    and only a teardown-named sibling method (`stop()`, `close()`) releases it: a caller that
    starts an object and never tears it down leaves it running. That method's name, or None."""
    key = destination.key
    if destination.fate is not Fate.STORED or key is None or fn.type != "method_definition" or is_constructor(fn) \
            or INSTANCE_RELEASES.match(text(fn.child_by_field_name("name"))):
        return None
    holder = fn.parent
    if key.root.startswith("this@") and len(key.path) == 1 and holder is not None and holder.type == "class_body":
        pass
    elif not key.path and holder is not None and holder.type == "object":
        binding = ctx.model.binding_with_uid(key.root)
        if binding is None or binding.scope.function_scope.node != enclosing_function(holder):
            return None  # a variable of the factory that made the object, which its methods share
    else:
        return None
    uses = uses_of(key, releasers, ctx, call)
    owners = {enclosing_function(r) for r in uses.releases}
    if not uses.released or uses.escaped or any(o is None or o.type != "method_definition" or o.parent != holder
                                                or not INSTANCE_RELEASES.match(text(o.child_by_field_name("name"))) for o in owners):
        return None
    return text(next(iter(owners)).child_by_field_name("name"))


def _starting_function(call: Node, destination: Destination) -> Node | None:
    """The function where the handle lands: the enclosing one of where it is stored, past an
    arrow that only carries it out (`zone.runOutsideAngular(() => setInterval(...))`)."""
    return enclosing_function(destination.target if destination.target is not None else call)


def _run_by_outer(fn: Node | None, destination: Destination, ctx: FileContext) -> Node | None:
    """`function usePolling(f) { let timer; function start() { timer = setInterval(f, ms) } ...;
    onMounted(start); return { data, stop } }`: the handle lands in a variable of an outer
    function, which runs the inner one once per call of its own (calls it, or hands it to a
    component's start hook). What the inner one starts, the outer one starts: the outer one,
    or None."""
    target = unwrap(destination.target)
    if fn is None or target is None or target.type != "identifier" or destination.fate is not Fate.STORED:
        return None
    binding = ctx.model.binding_of(target)
    outer = enclosing_function(binding.identifier) if binding is not None and binding.kind in (BindingKind.LET, BindingKind.VAR) else None
    name = function_name(fn)
    if outer is None or outer == fn or not contains(outer, fn) or enclosing_function(fn) != outer or not name:
        return None
    for node in walk(outer.child_by_field_name("body") or outer, skip=FUNCTION_TYPES):
        if node.type != "call_expression":
            continue
        args = call_arguments(node)
        hooked = unwrap(args[0]) if args and callee_name(node) in START_HOOKS else None
        if text(node.child_by_field_name("function")) == name or (hooked is not None and (text(hooked) == name or (
                hooked.type in FUNCTION_TYPES and any(_calls(n, {name}) for n in walk(hooked.child_by_field_name("body") or hooked, skip=FUNCTION_TYPES))))):
            return outer  # `start()`, `onMounted(start)`, `useEffect(() => { start() }, [])`
    return None


def _calls(node: Node, names: set[str]) -> bool:
    return node.type == "call_expression" and text(node.child_by_field_name("function")) in names


def _ended_by_own_hook(fn: Node, releases: list[Node]) -> bool:
    """`onUnmounted(stop)`, `onBeforeUnmount(() => stop())` in `fn`, `stop` holding a release:
    the component's end runs it, whatever the caller does with the `stop` it is also handed."""
    names = {name for r in releases if (inner := enclosing_function(r)) is not None and (name := function_name(inner))}
    for node in walk(fn.child_by_field_name("body") or fn, skip=FUNCTION_TYPES):
        if node.type != "call_expression" or callee_name(node) not in END_HOOKS | CLEANUP_HOOKS.keys():
            continue
        args = call_arguments(node)
        ended = unwrap(args[0]) if args else None
        if ended is None:
            continue
        if callee_name(node) in END_HOOKS and (text(ended) in names or (ended.type in FUNCTION_TYPES and any(_calls(n, names) for n in walk(ended)))):
            return True  # `onUnmounted(stop)`, `onBeforeUnmount(() => stop())`
        if ended.type in FUNCTION_TYPES and any(text(unwrap(v)) in names or (v is not None and unwrap(v).type in FUNCTION_TYPES and any(
                _calls(n, names) for n in walk(unwrap(v)))) for v in returned_values(ended)):
            return True  # `useEffect(() => { start(); return stop }, [])`
    return False


def _called(node: Node, neutral: list[str]) -> bool:
    """`node()`, or a method of it other than a neutral one (`.unref()`) called."""
    return _call_on(node, neutral) is not None


def _stop_called(node: Node, ends: Callable[[str], bool]) -> bool:
    """`node()`, or a method of it that `ends` says ends it (_ending_method)."""
    call = _call_on(node, [])
    if call is None:
        return False
    callee = unwrap(call.child_by_field_name("function"))
    if callee is None or callee.type != "member_expression" or callee == unwrap(outermost(node)):
        return True  # the handle itself called (`stop()`, `this.#stopWatching?.()`): the stop it was handed back as
    return ends(text(callee.child_by_field_name("property")))


def _ending_method(name: str, own: "tuple[str, ...]", release_methods: list[str], neutral: list[str]) -> bool:
    """A method that ends a handle: one of its resource's `own` methods when it has some (a Redis
    connection's `quit`, not `unsubscribe`), else a release or anything named like a stop
    (`stop()`, `unsubscribe()`), but not a neutral one such as `unref()`."""
    if own:
        return name in own
    return name in release_methods or (name not in neutral and INSTANCE_RELEASES.match(name) is not None)


def _destructured_releaser(call: Node, ctx: FileContext) -> Destination | None:
    """`const [, release] = await semaphore.acquire()`: a semaphore's acquire hands back its
    value and the function that releases it, last; that function holds the lock."""
    holder = outermost(call).parent
    holder = holder.parent if holder is not None and holder.type == "await_expression" else holder
    pattern = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    last = pattern.named_children[-1] if pattern is not None and pattern.type == "array_pattern" and pattern.named_children else None
    key = key_of(last, ctx.model) if last is not None and last.type == "identifier" else None
    return Destination(Fate.STORED, key, last) if key is not None else None


def _methods_called_on(site: Node, releasers, ctx: FileContext) -> tuple[str, ...] | None:
    """The methods called on the handle that `site` hands back where the caller keeps it
    (`subscriber.unsubscribe()`), in order; None when the handle itself is called, goes elsewhere
    or is kept where this file cannot follow it."""
    destination = handle_destination(site, releasers, ctx)
    if destination.fate is not Fate.STORED or destination.key is None or uses_of(destination.key, releasers, ctx, site).escaped:
        return None
    names: dict[str, None] = {}
    for node in nodes_with_key(destination.key, ctx):
        call = _call_on(node, [])
        if call is None:
            continue
        callee = unwrap(call.child_by_field_name("function"))
        if callee is None or callee.type != "member_expression" or callee == unwrap(outermost(node)):
            return None  # `stop()`: the handle is the way to end it
        if text(callee.child_by_field_name("property")) == "then":  # `pending.then((sub) => sub.quit())`: what its value is asked
            names.update(dict.fromkeys(_reaction_methods(call)))
            continue
        names[text(callee.child_by_field_name("property"))] = None
    return tuple(names)


def _reaction_methods(then: Node) -> list[str]:
    """The methods a `.then(fn)` reaction calls on the value it is handed."""
    reaction = unwrap(call_arguments(then)[0]) if call_arguments(then) else None
    name = (parameter_list(reaction)[:1] or [None])[0] if reaction is not None and reaction.type in FUNCTION_TYPES else None
    return [callee_name(n) or "" for n in walk(reaction) if n.type == "call_expression" and text(callee_object(n)) == name] if name else []


def _every_own_call_released_first(method: Node, releasing: "set[str] | frozenset[str]", ctx: FileContext) -> bool:
    """Every call of `method` on `this` in the file comes after a call, in the same function, of
    one of the instance's `releasing` methods: each run after the first starts over a handle
    that is already released."""
    name = (function_name(method) or "").rsplit(".", 1)[-1]
    calls = [c for c in ctx.calls_named((name,)) if callee_object(c) is not None and unwrap(callee_object(c)).type == "this"] if name else []
    return bool(calls) and all((fn := enclosing_function(c)) is not None and _own_release_before(c, fn, releasing) for c in calls)


def _own_release_before(site: Node, fn: Node, releasing: "set[str] | frozenset[str]") -> bool:
    """`this.stopTimers()` in `fn` before `site`: a method of the instance that releases runs first."""
    return any(n.type == "call_expression" and n.end_byte <= site.start_byte and callee_name(n) in releasing
               and callee_object(n) is not None and unwrap(callee_object(n)).type == "this" for n in walk(fn))


def _ended_in_reaction(node: Node, ends: Callable[[str], bool]) -> bool:
    """`pending.then((sub) => sub.quit())`: a promise of the handle whose fulfilment reaction
    ends the value it is handed."""
    member = node.parent if node.parent is not None and node.parent.type == "member_expression" else None
    call = member.parent if member is not None and text(member.child_by_field_name("property")) == "then" else None
    return call is not None and call.type == "call_expression" and any(ends(method) for method in _reaction_methods(call))


def _call_on(node: Node, neutral: list[str]) -> Node | None:
    """The call of `node()`, or of a method of it other than a neutral one (`heartbeat.stop()`)."""
    node = outermost(node)
    parent = node.parent
    if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("object") == node \
            and text(parent.child_by_field_name("property")) not in neutral:
        node, parent = parent, parent.parent
    return parent if parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == node else None


def _released_by_returned_stop(fn: Node | None, uses: Uses) -> Node | None:
    """`fn`, which starts the handle, when every release of it sits in a stop `fn` hands back
    (`return () => clearInterval(t)`, `return { stop() { clearInterval(t) } }`)."""
    if fn is None or uses.escaped or not uses.releases:
        return None
    handed = [r for r in uses.releases if in_returned_disposer(r, fn)]
    return fn if handed and all(r in handed or _released_before_rethrow(r, fn) for r in uses.releases) else None


def _released_before_rethrow(release: Node, fn: Node) -> bool:
    """`catch (err) { await watcher.close(); throw err }` in `fn`: when it fails it ends what it
    started and hands nothing back, so only its success path hands the stop over."""
    clause = next((a for a in ancestors(release) if a.type == "catch_clause" and contains(fn, a)), None)
    body = clause.child_by_field_name("body") if clause is not None else None
    return body is not None and any(c.type == "throw_statement" for c in body.named_children) and enclosing_function(release) == fn


# Hooks that run the function they are handed at a component's start, once per mount.
START_HOOKS = frozenset({*HOOK_PAIRS, *CLEANUP_HOOKS})

def _restarted_after_its_end(site: Node, target: Node) -> bool:
    """`this.socket.addEventListener('close', () => setTimeout(() => this.connect(), ms))`: the
    loop starts the next one only from the end of the one it stored (a listener for its 'close',
    or its `onclose`), which is over by then: nothing is left running to close."""
    stored = normalised(target)
    fn = enclosing_function(site)
    while fn is not None:
        holder = outermost(fn).parent
        call = holder.parent if holder is not None and holder.type == "arguments" else None
        if call is not None and call.type == "call_expression" and callee_object(call) is not None:
            args = call_arguments(call)
            if args and string_value(args[0]) in END_EVENTS and normalised(callee_object(call)) == stored:
                return True
        if holder is not None and holder.type == "assignment_expression":
            left = unwrap(holder.child_by_field_name("left"))
            if left is not None and left.type == "member_expression" and normalised(left.child_by_field_name("object")) == stored \
                    and text(left.child_by_field_name("property")).removeprefix("on") in END_EVENTS:
                return True
        fn = enclosing_function(fn)
    return False


# The events after which a connection or process is gone (a failed one too).
OWN_END_EVENTS = EMITTER_END_EVENTS | {"error"}


def _rerun_on_own_end(fn: Node | None, stored: str) -> bool:
    """`function open() { socket = new WebSocket(url); socket.onclose = () => setTimeout(open, ms) }`:
    the function runs again only from a handler for the end of what it stores, so the one it
    stores over has already ended."""
    name = function_name(fn) if fn is not None else None
    if not name:
        return False
    for node in walk(fn.child_by_field_name("body") or fn):
        handler = None
        if node.type == "assignment_expression":
            target = node.child_by_field_name("left")
            if target is not None and target.type == "member_expression" and text(target.child_by_field_name("object")) == stored \
                    and text(target.child_by_field_name("property")).removeprefix("on") in OWN_END_EVENTS:
                handler = node.child_by_field_name("right")
        elif node.type == "call_expression" and callee_name(node) in ("on", "once", "addEventListener") \
                and callee_object(node) is not None and text(callee_object(node)) == stored:
            args = call_arguments(node)
            handler = args[1] if len(args) > 1 and string_value(args[0]) in OWN_END_EVENTS else None
        if handler is not None and any(n.type == "identifier" and text(n) == name for n in walk(handler)):
            return True
    return False


def _tests_field(method: Node, name: str, call: Node) -> bool:
    """The method looks at the field before it starts another (`if (this.timer) return`,
    `this.timer ??= setInterval(...)`): it does not overwrite a running one blindly."""
    for node in walk(method):
        if node.start_byte >= call.start_byte:
            break  # (in source order: what comes before the start, including the tests of the branches around it)
        if node.type == "member_expression" and node.end_byte <= call.start_byte and text(node.child_by_field_name("property")) == name \
                and unwrap(node.child_by_field_name("object")).type == "this":
            parent = node.parent
            if parent is None or parent.type != "assignment_expression" or parent.child_by_field_name("left") != node:
                return True  # read, not just written
    holder = outermost(call).parent
    return holder is not None and holder.type == "augmented_assignment_expression"


def _in_reconnect_listener(node: Node) -> bool:
    """`ipm2.on('reconnecting', () => clearInterval(this.timer))`: the release runs whenever the
    connection is lost, before the 'ready' handler starts the next one."""
    fn = enclosing_function(node)
    while fn is not None:
        holder = outermost(fn).parent
        call = holder.parent if holder is not None and holder.type == "arguments" else None
        if call is not None and call.type == "call_expression" and callee_name(call) in ("on", "once", "addListener"):
            args = call_arguments(call)
            if args and string_value(args[0]) in (*RECONNECT_EVENTS, "close", "end"):
                return True
        fn = enclosing_function(fn)
    return False


def _messaged(start: Node) -> bool:
    """`const worker = new Worker(file); worker.postMessage(job)`: the code sends work to what it
    made, so the worker's script listens for messages, and a worker that listens stays alive
    until it is terminated. One given its input as `workerData` and never messaged runs its
    script to the end and exits by itself."""
    holder = outermost(start).parent
    if holder is not None and holder.type == "return_statement":  # `spawn() { return new Worker(file) }`: its callers post to it
        scope = next((a for a in ancestors(start) if a.type == "class_body"), None) or next(iter(reversed(list(ancestors(start)))), start)
        return re.search(r"\??\.\s*postMessage\s*\(", text(scope)) is not None
    target = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else \
        holder.child_by_field_name("left") if holder is not None and holder.type == "assignment_expression" else None
    if target is None or target.type not in ("identifier", "member_expression"):
        return False
    scope = next((a for a in ancestors(start) if a.type in ("class_body", *FUNCTION_TYPES)), None) if target.type == "identifier" else \
        next((a for a in ancestors(start) if a.type == "class_body"), None)
    root = next(iter(reversed(list(ancestors(start)))), start)
    if scope is None:
        scope = root  # made at the top of the module: the whole file
    if _posted_to(text(target), scope):
        return True
    # `workerRef.current = worker` in an effect, and `workerRef.current.postMessage(job)` in a callback beside it
    kept_in = {text(n.child_by_field_name("left")) for n in walk(scope) if n.type == "assignment_expression"
               and text(unwrap(n.child_by_field_name("right"))) == text(target) and unwrap(n.child_by_field_name("left")) is not None
               and unwrap(n.child_by_field_name("left")).type == "member_expression"}
    return any(_posted_to(alias, root) or any(_posted_to(local, root) for local in _read_into_locals(alias, root)) for alias in kept_in)


def _read_into_locals(spelled: str, scope: Node) -> list[str]:
    """`const worker = workerRef.current` (the names of locals read from `spelled`, as written)."""
    pattern = r"\b(?:const|let|var)\s+([\w$]+)\s*=\s*" + re.escape(spelled).replace(r"\.", r"\s*\??\.\s*") + r"\s*(?:;|\n)"
    return re.findall(pattern, text(scope))


def _posted_to(spelled: str, scope: Node) -> bool:
    """`<spelled>.postMessage(` (with `?.` and spaces allowed) somewhere in `scope`."""
    pattern = re.escape(spelled).replace(r"\.", r"\s*\??\.\s*") + r"\s*\??\.\s*postMessage\s*\("
    return re.search(pattern, text(scope)) is not None


def _at_own_end(node: Node, fn: Node, shown: str) -> bool:
    """`node` is, or runs in, a listener for the handle's own end (`child.on('exit', ...)`)."""
    found = listener_of(node, fn)
    if found is None and node.type == "call_expression" and callee_name(node) in ("on", "once", "addListener") and call_arguments(node):
        found = (node, string_value(call_arguments(node)[0]))
    return found is not None and found[1] in HANDLE_END_EVENTS and normalised(callee_object(found[0])) == shown


# A condition that asks whether something failed (`if (err)`): its other outcome is the normal end.
FAILURE_TEST = re.compile(r"\(\s*(?:err|error|e|failed|failure)\s*\)")


# A handle's own end: in a listener for one, what the handle holds is already gone.
HANDLE_END_EVENTS = END_EVENTS | {"error"}


def _long_lived_input(call: Node, ctx: FileContext) -> bool:
    """`createInterface({ input: process.stdin })` (or `createInterface(process.stdin)`): the
    interface listens on its input until closed, so it lasts as long as an input that the
    process or the module keeps; on a stream made for the call (a file read to its end) it
    closes itself when the input ends."""
    args = call_arguments(call)
    first = unwrap(args[0]) if args else None
    if first is not None and first.type == "object":
        pair = next((p for p in first.named_children if p.type == "pair" and text(p.child_by_field_name("key")) == "input"), None)
        first = unwrap(pair.child_by_field_name("value")) if pair is not None else None
    receiver = receiver_of(first, ctx.model) if first is not None else None
    return receiver is not None and receiver.lifetime in (Lifetime.MODULE, Lifetime.GLOBAL) and not receiver.fresh


def _ended_on_request_only(resource: str, verb: str, helper: str, where: str, table: str, peer: str, event: str) -> str:
    """The message for a helper's handle kept in a table of each connection and used only when
    the client asks ('unwatch'), never when the connection ends."""
    return (f"{article(resource)} {resource} is started through `{helper}()` {where}, and what it hands back to end it is kept in "
            f"`{table}`, a table of each connection, and used only on the client's '{event}', never when `{peer}` ends: a client "
            f"that leaves without asking leaves each one running, with its callback and the connection it closes over; "
            f"{base_form(verb)} what `{table}` holds when `{peer}` ends")
