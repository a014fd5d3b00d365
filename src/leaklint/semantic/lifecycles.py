"""Where a component starts and where it ends (semantic.frameworks lists the pairs).

A React class component's `componentDidMount()` and `componentWillUnmount()`, a web
component's `connectedCallback()` and `disconnectedCallback()`, Angular's `ngOnInit()` and
`ngOnDestroy()`, Vue's `mounted()` and `unmounted()`, a `useEffect` callback and the cleanup
it returns: the start runs on every mount (an effect on every change of its dependencies), and
what it acquires on anything outside the component only its end can release. This module finds,
for an effect at a node, the start it runs in and the ends that belong to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from tree_sitter import Node

from .frameworks import CLEANUP_HOOKS, END_HOOKS, END_METHODS, UPDATE_HOOKS, EVENT_OWNERS, HOOK_PAIRS, LIFECYCLE_METHODS, EventOwner, lifecycle_of
from .model import SemanticModel
from .nodes import (
    CLASS_TYPES, FUNCTION_TYPES, ancestors, call_arguments, callee_name, callee_object, contains, enclosing_function, function_name, handed_to, outermost, string_value, text, unwrap,
    returned_values, walk,
)

if TYPE_CHECKING:
    from ..context import FileContext
    from .missed_paths import Miss


@dataclass(frozen=True)
class Started:
    start: Node  # the start method, or the effect's callback
    start_name: str  # "`componentDidMount()`", "a React effect"
    end_name: str  # "`componentWillUnmount()`", "its cleanup"
    ends: tuple[Node, ...] = field(default=())  # the end methods, or the cleanup functions returned
    repeats: str = "every mount"  # what makes the start run again
    owner: str = "component"
    # A hook of an exported mixin: it runs per mount of each component that mixes it in, which
    # may be the root app alone, once (its importers say): what it leaves is a note.
    mixin: bool = False
    # `componentDidMount() { this.startTracking() }`: the call in the start that runs the method
    # holding the acquisition; what that method hands back is the start's to keep for its end.
    via: Node | None = None


# Calls that run the callback they are handed there and then, once: a start's own code.
RUN_NOW_CALLBACKS = frozenset({"runOutsideAngular", "run", "runGuarded", "untracked", "batch", "nextTick"})


# Every start's name as spelled in a file: none of them, no start (a test on the bytes first).
# A setup that registers only its end (`onUnmounted`), Vue's `setup()` and a Svelte action's
# `destroy` are starts too (_setup_with_end, _component_setup, _svelte_action).
START_SPELLINGS = tuple({*(entry.start for entry in LIFECYCLE_METHODS), *CLEANUP_HOOKS, *HOOK_PAIRS, *END_HOOKS, "setup", "destroy", "onBeforeRoute"})


def may_hold_starts(ctx: "FileContext") -> bool:
    """Whether the file spells any component start at all, searched once per file."""
    found = ctx.shared.get("lifecycles.may_hold_starts")
    if found is None:
        found = ctx.shared["lifecycles.may_hold_starts"] = ctx.source.data.has_any(START_SPELLINGS)
    return bool(found)


def lifecycle_start(node: Node) -> Started | None:
    """The component start that `node` runs in, directly (not in a callback it defines, except
    one the start runs there and then: `this.zone.runOutsideAngular(() => ...)`)."""
    fn = enclosing_function(node)
    if fn is None:
        return None
    if fn.type in ("arrow_function", "function_expression", "function") and outermost(fn).parent is not None \
            and outermost(fn).parent.type == "arguments" and callee_name(outermost(fn).parent.parent) in RUN_NOW_CALLBACKS:
        fn = enclosing_function(outermost(fn).parent.parent) or fn
    elif immediately_invoked(fn) or settled_callback(fn) is not None:
        # `(async () => { ... })()`, `load().then((t) => { ... })` inside the start: the start's own code, run as it starts or once its wait ends
        fn = enclosing_function(fn) or fn
    paired = _paired_hook(fn)
    if paired is not None:
        return paired
    hook = _hook_of(fn)
    if hook is not None:
        framework = CLEANUP_HOOKS[hook]
        return Started(fn, f"a {framework} `{hook}` callback", "its cleanup", tuple(returned_functions(fn)),
                       "every run of the effect (each mount, each change of its dependencies)")
    effect = _solid_effect(fn) or _angular_constructor(fn)
    if effect is not None:
        return effect
    name = _method_name(fn)
    entry = lifecycle_of(name) if name else None
    holder = _members_holder(fn) if entry is not None else None
    if entry is None and name and fn.type == "method_definition" and fn.parent is not None and fn.parent.type == "class_body":
        return _called_by_start_only(fn, name)
    if entry is None and name and _options_holder(fn) is not None:
        return _called_by_start_only(fn, name)
    if entry is None or holder is None:
        return _setup_with_end(fn) or _svelte_action(fn) or _helper_of_starts(fn)
    mixin = holder.type == "object" and not _component_options(holder)
    if mixin and _takes_parameters(fn):
        return _directive_start(fn, name, holder)
    if mixin and not (_option_keys(holder) & (MIXIN_KEYS | set(entry.ends)) and _exported_mixin(holder)):
        return None  # an object with hooks handed to who knows what
    ends = tuple(member for member in _members(holder) if _method_name(member) in entry.ends)
    end_name = f"`{ends[0] and _method_name(ends[0])}()`" if ends else \
        "`unmounted()` (`beforeDestroy()` in Vue 2)" if entry.framework == "Vue" else f"`{entry.ends[0]}()`"
    if mixin:  # an exported mixin (data, created, methods): mixed into components, or into the root app alone
        return Started(fn, f"`{name}()` of a mixin", end_name, ends, "every mount of each component that mixes it in", mixin=True)
    return Started(fn, f"`{name}()`", end_name, ends, f"every mount of the {entry.framework} component")


def _angular_constructor(fn: Node) -> Started | None:
    """The constructor of an Angular `@Component` or `@Directive`: Angular makes one per view it
    shows, and ends it with `ngOnDestroy()` (`takeUntilDestroyed()` there needs no argument)."""
    from .runs import decorator_name, decorators_of

    cls = fn.parent.parent if fn.type == "method_definition" and fn.parent is not None and fn.parent.type == "class_body" else None
    if cls is None or _method_name(fn) != "constructor" or not any(decorator_name(d) in ("Component", "Directive") for d in decorators_of(cls)):
        return None
    ends = tuple(m for m in cls.child_by_field_name("body").named_children if m.type == "method_definition" and _method_name(m) == "ngOnDestroy")
    return Started(fn, f"the constructor of Angular component `{text(cls.child_by_field_name('name'))}`", "`ngOnDestroy()`", ends,
                   "every creation of the component (each time its view is shown)")


def _solid_effect(fn: Node) -> Started | None:
    """`createEffect(() => ...)`, or `createEffect(on(() => props.id, (id) => ...))`: Solid runs
    the callback on mount and again whenever what it reads changes, and ends each run with the
    callbacks the run hands `onCleanup()`."""
    handed = handed_to(fn)
    call = handed[0] if handed is not None and handed[0].type == "call_expression" else None
    if call is not None and callee_name(call) == "on" and handed[1] == 1:  # `on(deps, fn)`, itself the effect's callback
        outer = handed_to(call)
        call = outer[0] if outer is not None and outer[1] == 0 and outer[0].type == "call_expression" else None
    elif call is not None and handed[1] != 0:
        return None
    if call is None or callee_name(call) not in SOLID_EFFECTS:
        return None
    return Started(fn, f"a Solid `{callee_name(call)}` callback", "its `onCleanup()` callback", tuple(_own_cleanups(fn)),
                   "every run of the effect (each mount, each change of what it reads)")


def _own_cleanups(fn: Node, before_wait: bool = False) -> list[Node]:
    """The callbacks `fn` itself hands Solid's `onCleanup()`; with `before_wait`, only those
    registered before its first `await` (after it, no owner is current, and none is kept)."""
    body = fn.child_by_field_name("body") or fn
    first_wait = next((n.start_byte for n in walk(body, skip=FUNCTION_TYPES) if n.type == "await_expression"), body.end_byte) \
        if before_wait else body.end_byte
    return [unwrap(a) for n in walk(body, skip=FUNCTION_TYPES) if n.type == "call_expression" and callee_name(n) == "onCleanup"
            and n.start_byte < first_wait for a in call_arguments(n)[:1] if unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES]


# Solid's computations whose callback runs again whenever what it reads changes.
SOLID_EFFECTS = frozenset({"createEffect", "createRenderEffect", "createComputed"})


# The answers of _helper_of_starts for the file being read: (its root's id, function id -> start).
_HELPER_STARTS: list = [None, {}]


def _helper_of_starts(fn: Node) -> Started | None:
    """`function followScheme() { matchMedia(q).addEventListener(...) }` at the top of a module,
    taking nothing and handing nothing back, called only from components' starts
    (`connectedCallback() { followScheme() }`, a React effect): what it does, those starts do,
    once per mount."""
    if fn.type != "function_declaration":
        return None
    statement = fn.parent.parent if fn.parent is not None and fn.parent.type == "export_statement" else fn.parent
    if statement is None or statement.type != "program" or fn.child_by_field_name("name") is None:
        return None
    root = statement
    tree = (root.id, root.end_byte, root.descendant_count)  # a node's id is an address: with the size, a later file's tree does not pass for it
    if _HELPER_STARTS[0] != tree:
        _HELPER_STARTS[0], _HELPER_STARTS[1] = tree, {}
    known = _HELPER_STARTS[1]
    if fn.id not in known:
        known[fn.id] = None  # (a helper that calls itself from its start stops here)
        known[fn.id] = _started_by_callers(fn, root)
    return known[fn.id]


def _started_by_callers(fn: Node, root: Node) -> Started | None:
    body = fn.child_by_field_name("body")
    params = fn.child_by_field_name("parameters")
    if params is not None and params.named_children:
        return None  # what it does to what it is handed, the helper readings judge at each call
    if body is None or any(n.type == "return_statement" and n.named_children for n in walk(body, skip=FUNCTION_TYPES)):
        return None  # it hands something back (a remover, a handle): the callers' readings judge what they do with it
    if _guarded_by_flag(body):
        return None  # `if (following) return; following = true`: once per page, however many mounts call it
    name = text(fn.child_by_field_name("name"))
    data = root.text or b""
    if not any(word.encode() in data for word in START_SPELLINGS):
        return None  # the file names no component start
    started = None
    for match in re.finditer(rb"(?<![\w$.])" + re.escape(name.encode()) + rb"\s*\(", data):
        leaf = root.descendant_for_byte_range(match.start(), match.start() + len(name.encode()))
        call = leaf.parent if leaf is not None and leaf.type == "identifier" else None
        if call is None or call.type != "call_expression" or call.child_by_field_name("function") != leaf or contains(fn, call):
            continue
        caller_start = lifecycle_start(call)
        if caller_start is None or outermost(call).parent is None or outermost(call).parent.type != "expression_statement" \
                or any(a.type in ("if_statement", "ternary_expression", "switch_statement") for a in ancestors(call) if contains(caller_start.start, a)):
            return None  # called from somewhere else too, or under a condition (`!active && activate()`): the callers' readings say
        started = started or caller_start
    return started


def _guarded_by_flag(body: Node) -> bool:
    """An early `return` under a condition on a name the body then sets (`if (started) return;
    started = true`)."""
    assigned = {text(n.child_by_field_name("left")) for n in walk(body, skip=FUNCTION_TYPES) if n.type == "assignment_expression"}
    for statement in body.named_children:
        consequence = statement.child_by_field_name("consequence") if statement.type == "if_statement" else None
        if consequence is None or not text(consequence).lstrip("{ \n\t").startswith("return"):
            continue
        condition = text(statement.child_by_field_name("condition"))
        if any(re.search(r"(?<![\w$.])" + re.escape(name) + r"(?![\w$])", condition) for name in assigned if name):
            return True
    return False


def _called_by_start_only(method: Node, name: str) -> Started | None:
    """`connectedCallback() { this.schedule() }` with `schedule()` a method of the same class
    that the class calls from nowhere else but its start (and its update hooks): what it does,
    the start does, once per mount, and the component's end is where it must be undone."""
    options = _options_holder(method)
    body = options if options is not None else method.parent  # (Vue's `methods: { poll() {...} }` belong to the options object)
    if not any(lifecycle_of(_method_name(m) or "") is not None for m in _members(body)):
        return None  # a class with no component start (most classes): nothing to look for
    started = None
    found = options_method_calls(method) if options is not None else []
    spelled = body.text or b"" if options is None else b""
    for match in re.finditer(rb"\bthis\s*\.\s*" + re.escape(name.encode()) + rb"\s*\(", spelled):
        leaf = body.descendant_for_byte_range(body.start_byte + match.end() - 1, body.start_byte + match.end())
        call = leaf.parent if leaf is not None else None
        if call is not None and call.type == "arguments":
            call = call.parent
        if call is not None and call.type == "call_expression":
            found.append(call)
    for node in found:
        callee = unwrap(node.child_by_field_name("function"))
        if callee is None or callee.type != "member_expression" or text(callee.child_by_field_name("property")) != name \
                or unwrap(callee.child_by_field_name("object")).type != "this":
            continue
        caller = enclosing_function(node)
        caller_name = _method_name(caller) if caller is not None and _members_holder(caller) == body else None
        if caller_name is None or caller == method:
            return None  # called from a callback, another method, or itself: it may run at any time
        if caller_name in UPDATE_HOOKS or caller_name == "activated":
            continue  # (run again within the same instance's life: on updates, or back from `<keep-alive>`)
        if _restart_when_unset(node, caller):
            continue  # `resume() { if (!this.polling) this.startPolling() }`: again only once the last one is gone
        entry = lifecycle_of(caller_name)
        if entry is None:
            return None
        if started is None:
            outer = lifecycle_start(node)
            started = replace(outer, via=outer.via or node) if outer is not None else None
    return started


def called_at_end(started: Started) -> bool:
    """`this.stopTracking = this.startTracking()` in the start and `this.stopTracking?.()` in an
    end: what the method the start calls hands back is called when the component ends."""
    via = started.via
    holder = outermost(via).parent if via is not None else None
    if holder is None or holder.type != "assignment_expression" or unwrap(holder.child_by_field_name("right")) != via:
        return False
    left = unwrap(holder.child_by_field_name("left"))
    if left is None or left.type != "member_expression" or unwrap(left.child_by_field_name("object")).type != "this":
        return False
    name = text(left.child_by_field_name("property"))
    for end in started.ends:
        for node in walk(end):
            callee = unwrap(node.child_by_field_name("function")) if node.type == "call_expression" else None
            if callee is not None and callee.type == "member_expression" and text(callee.child_by_field_name("property")) == name \
                    and unwrap(callee.child_by_field_name("object")).type == "this":
                return True
    return False


# A teardown's one parameter that still ends the whole instance: `close(err)`, `destroy(force)`.
ENDING_PARAMETERS = re.compile(r"^(?:err|error|reason|cause|opts|options|force|cb|callback|done|code|signal)$")


def ends_the_instance(method: Node) -> bool:
    """`destroy()`, `close(err)`, `dispose(options?)`: a teardown of the instance. One that
    names what it ends (`destroy(shardId)`) ends a part of it."""
    from .builder import pattern_identifiers

    params = method.child_by_field_name("parameters")
    names = list(pattern_identifiers(params)) if params is not None else []
    optional = [p for p in (params.named_children if params is not None else ()) if p.type == "optional_parameter"
                or p.child_by_field_name("value") is not None or p.type == "assignment_pattern"]
    return len(names) == 0 or (len(names) == 1 and (bool(optional) or bool(ENDING_PARAMETERS.match(text(names[0])))))


def made_once_here(cls: Node, model: SemanticModel) -> bool:
    """The class is not exported, and every `new` of it in this file runs at the top level."""
    from .exports import binding_exports
    from .search import name_nodes

    name = text(cls.child_by_field_name("name"))
    binding = model.binding_of(cls.child_by_field_name("name")) if name else None
    if binding is None or binding_exports(binding, model):
        return False
    made = [n.parent for n in name_nodes(model.root, model.data, name) if n.parent is not None and n.parent.type == "new_expression"]
    return bool(made) and all(enclosing_function(n) is None for n in made)


def instance_start(node: Node, model: SemanticModel) -> Started | None:
    """`mount() { ... }` (or the constructor) of a class whose `destroy()` ends its instances:
    a teardown says instances come and go (a panel per page, a client per tenant), so what the
    start does, every instance does, and the teardown is where it must be undone. `node` runs
    in the start itself, not in a callback it hands over; a class the file makes only at load
    has one instance."""
    from .frameworks import INSTANCE_START_METHODS, TEARDOWN_METHODS

    method = enclosing_function(node)
    body = method.parent if method is not None and method.type == "method_definition" else None
    cls = body.parent if body is not None and body.type == "class_body" else None
    if cls is None or cls.type not in CLASS_TYPES or any(c.type == "static" for c in method.children):
        return None
    name = _plain_name(method)
    if name != "constructor" and not INSTANCE_START_METHODS.match(name):
        return None
    teardown = next((m for m in body.named_children if m.type == "method_definition" and m != method
                     and TEARDOWN_METHODS.match(_plain_name(m)) and ends_the_instance(m)), None)
    if teardown is None or made_once_here(cls, model):
        return None
    owner = text(cls.child_by_field_name("name")) or "the class"
    start = "the constructor" if name == "constructor" else f"`{name}()`"
    return Started(method, f"{start} of `{owner}`", f"`{_plain_name(teardown)}()`", (teardown,), "every instance", owner="instance")


def _plain_name(method: Node) -> str:
    """`#flush` -> `flush`, `[kConnect]` -> `kConnect`: a method's name (_method_name) as a word."""
    return (_method_name(method) or "").strip("[]#_$")


# `!this.polling`, `this.timer === undefined`: a test that a field of the instance is unset.
UNSET_FIELD = re.compile(r"^\(?\s*(?:!\s*this\s*\.\s*[\w$]+|this\s*\.\s*[\w$]+\s*===?\s*(?:undefined|null))\s*\)?$")


def _restart_when_unset(call: Node, caller: Node) -> bool:
    """The call sits in an `if` that asks whether a field of the instance is unset: a restart
    after a stop cleared it, not another start beside the running one."""
    for parent in ancestors(call):
        if parent == caller:
            return False
        if parent.type == "if_statement" and UNSET_FIELD.match(text(parent.child_by_field_name("condition")) or ""):
            return True
    return False


def made_in(receiver: Node | None, start: Node, model_holder) -> bool:
    """The receiver is made inside the start itself (`const ws = new WebSocket(url)`): it is
    the component's own, and dies with it."""
    node = unwrap(receiver)
    field = node if node is not None and node.type == "member_expression" and unwrap(node.child_by_field_name("object")).type == "this" else None
    if field is not None and _assigned_made_in(field, start):
        return True  # `this.server = http.createServer(); this.server.on(...)` in the same start
    while node is not None and node.type == "member_expression":
        node = unwrap(node.child_by_field_name("object"))
    model: SemanticModel = model_holder.model
    binding = model.binding_of(node) if node is not None and node.type == "identifier" else None
    value = unwrap(binding.value) if binding is not None and binding.value is not None else None
    if value is None or not (start.start_byte <= binding.declaration.start_byte < start.end_byte):
        return False
    if value.type == "await_expression":
        value = unwrap(value.named_children[0]) if value.named_children else None
    return value is not None and (value.type == "new_expression" or (value.type == "call_expression" and (callee_name(value) or "").startswith(("create", "open", "connect"))))


def _assigned_made_in(field: Node, start: Node) -> bool:
    """`this.x = new X()` (or `createX()`, `openX()`, `connectX()`) in the start's own body."""
    shown = text(field)
    for node in walk(start.child_by_field_name("body") or start, skip=FUNCTION_TYPES):
        if node.type == "assignment_expression" and text(node.child_by_field_name("left")) == shown:
            value = unwrap(node.child_by_field_name("right"))
            if value is not None and (value.type == "new_expression" or (value.type == "call_expression"
                                                                         and (callee_name(value) or "").startswith(("create", "open", "connect")))):
                return True
    return False


def _paired_hook(fn: Node) -> Started | None:
    """`onMounted(() => ...)` in a setup function, with `onUnmounted(() => ...)` beside it:
    the start and the ends of a composition-API component. Svelte's `onMount` may also return
    its cleanup."""
    handed = handed_to(fn)
    call = handed[0] if handed is not None and handed[1] == 0 and handed[0].type == "call_expression" else None
    entry = HOOK_PAIRS.get(callee_name(call) or "") if call is not None else None
    if entry is None:
        return None
    setup = enclosing_function(call)
    ends: list[Node] = list(returned_functions(fn))
    for node in walk(setup.child_by_field_name("body") or setup, skip=FUNCTION_TYPES) if setup is not None else ():
        if node.type == "call_expression" and callee_name(node) in entry.ends:
            ends += [unwrap(a) for a in call_arguments(node) if unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES]
    # Solid's `onMount(async () => { onCleanup(...); await ... })`: a cleanup the callback registers
    # itself, while its owner is still current (before its first `await`; after it, none is)
    ends += _own_cleanups(fn, before_wait=True)
    end_name = f"`{entry.ends[0]}()`"
    return Started(fn, f"a {entry.framework} `{entry.start}` callback", end_name, tuple(ends), f"every mount of the {entry.framework} component")


def _setup_with_end(fn: Node) -> Started | None:
    """`function setupCart(el) { cart.subscribe(...); onDestroy(unsubscribeCurrency) }`: a
    function that registers a component's end itself (Svelte's `onDestroy`, Vue's
    `onUnmounted`) is that component's setup, run once per mount; what it starts and drops,
    every mount starts again, and only the callbacks it hands those hooks can end it."""
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return None
    if not any(hook.encode() in (body.text or b"") for hook in END_HOOKS):
        return _component_setup(fn) or _route_guarded_setup(fn, body)
    calls = [n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "call_expression" and callee_name(n) in END_HOOKS and callee_object(n) is None]
    if not calls:
        return _component_setup(fn)
    hook = callee_name(calls[0])
    ends = tuple(unwrap(a) for c in calls for a in call_arguments(c) if unwrap(a) is not None and unwrap(a).type in FUNCTION_TYPES)
    name = function_name(fn) or "a component's setup"
    return Started(fn, f"`{name}()`, which registers `{hook}()` and so runs once per mount", f"its `{hook}()` callbacks", ends,
                   "every mount of the component")


# vue-router's guards for the calling component, which only a component's setup may register.
ROUTE_GUARD_HOOKS = frozenset({"onBeforeRouteLeave", "onBeforeRouteUpdate"})


def _route_guarded_setup(fn: Node, body: Node) -> Started | None:
    """`useEditorShortcuts()` calling `onBeforeRouteLeave(...)`: it runs in a component's setup,
    once per mount, and registers no end of the component; the route guard runs only when the
    route changes, which is not when the component goes."""
    if b"onBeforeRoute" not in (body.text or b""):
        return None
    call = next((n for n in walk(body, skip=FUNCTION_TYPES) if n.type == "call_expression" and callee_name(n) in ROUTE_GUARD_HOOKS), None)
    if call is None:
        return None
    name = function_name(fn) or "a component's setup"
    return Started(fn, f"`{name}()`, which registers `{callee_name(call)}()` and so runs in a component's setup, once per mount",
                   "its unmount hooks (it registers none)", (), "every mount of the component")


def _svelte_action(fn: Node) -> Started | None:
    """`const tooltip: Action = (node, options) => { ...; return { update, destroy() {...} } }`:
    a Svelte action runs once for every element it is used on, and only the `destroy()` it
    returns can end what it starts."""
    params = fn.child_by_field_name("parameters")
    first = params.named_children[0] if params is not None and params.named_children else None
    first_name = text(first.child_by_field_name("pattern") or first) if first is not None else ""
    if first_name not in ("node", "element", "el", "target", "elem"):
        return None
    updates = False
    for value in (unwrap(v) for v in returned_values(fn) if fn.type in FUNCTION_TYPES):
        if value is None or value.type != "object":
            continue
        for member in value.named_children:
            key = member.child_by_field_name("name") or member.child_by_field_name("key") if member.type in ("method_definition", "pair") else None
            if key is None and member.type == "shorthand_property_identifier" and text(member) == "destroy":
                return Started(fn, "a Svelte action", "its `destroy()`", (), "every element it is used on", "element")
            if key is not None and text(key) == "destroy":
                end = member if member.type == "method_definition" else unwrap(member.child_by_field_name("value"))
                return Started(fn, "a Svelte action", "its `destroy()`", (end,) if end is not None else (), "every element it is used on",
                               "element")
            updates = updates or text(key if key is not None else member) == "update"
    # `return { update(next) {...} }` and no `destroy`: an action whose end undoes nothing
    return Started(fn, "a Svelte action", "its `destroy()`", (), "every element it is used on", "element") if updates else None


def _component_setup(fn: Node) -> Started | None:
    """`setup()` of a Vue component (`defineComponent({ setup() {...} })`, or an options object
    with `props`, `template` or `render`): Vue runs it once per mount, and only an
    `onUnmounted()` callback it registers could end what it starts; it registers none."""
    name, holder = object_member(fn)
    if name != "setup" or holder is None:
        return None
    call = holder.parent.parent if holder.parent is not None and holder.parent.type == "arguments" else None
    keys = {text(c.child_by_field_name("key") or c.child_by_field_name("name")) for c in holder.named_children}
    if not ((call is not None and call.type == "call_expression" and callee_name(call) == "defineComponent") or keys & {"props", "template", "render"}):
        return None
    return Started(fn, "`setup()`, which Vue runs once per mount", "an `onUnmounted()` callback (it registers none)", (), "every mount of the component")


def _hook_of(fn: Node) -> str | None:
    handed = handed_to(fn)
    call = handed[0] if handed is not None and handed[1] == 0 else None
    return callee_name(call) if call is not None and call.type == "call_expression" and callee_name(call) in CLEANUP_HOOKS else None


def returned_functions(fn: Node) -> list[Node]:
    """The cleanups an effect callback returns: `return () => {...}` or `return cleanup`. An
    `async` callback returns a promise, so the function it returns is never called: none."""
    if any(c.type == "async" for c in fn.children):
        return []
    body = fn.child_by_field_name("body")
    if body is not None and body.type != "statement_block":  # `() => () => ref.current?.disconnect()`
        value = unwrap(body)
        return [value] if value is not None and value.type in FUNCTION_TYPES else []
    found = []
    for node in walk(body, skip=FUNCTION_TYPES) if body is not None else ():
        if node.type != "return_statement" or not node.named_children:
            continue
        value = unwrap(node.named_children[0])
        if value is not None and value.type in FUNCTION_TYPES:
            found.append(value)
        elif value is not None and value.type == "identifier":
            local = _local_function(value, fn)
            if local is not None:
                found.append(local)
    return found


def _local_function(name: Node, scope: Node) -> Node | None:
    for node in walk(scope):
        if node.type == "function_declaration" and text(node.child_by_field_name("name")) == text(name):
            return node
        if node.type == "variable_declarator" and text(node.child_by_field_name("name")) == text(name):
            value = unwrap(node.child_by_field_name("value"))
            return value if value is not None and value.type in FUNCTION_TYPES else None
    return None


def _method_name(fn: Node) -> str | None:
    if fn.type == "method_definition":
        return text(fn.child_by_field_name("name"))
    parent = outermost(fn).parent
    if parent is not None and parent.type in ("pair", "field_definition", "public_field_definition"):
        key = parent.child_by_field_name("key") or parent.child_by_field_name("property") or parent.child_by_field_name("name")
        return text(key).strip("'\"")
    return None


def _members_holder(fn: Node) -> Node | None:
    """The class body or options object the method belongs to."""
    for parent in ancestors(fn):
        if parent.type in ("class_body", "object"):
            return parent
        if parent.type in CLASS_TYPES:
            return parent.child_by_field_name("body")
    return None


def _members(holder: Node) -> list[Node]:
    found = []
    for member in holder.named_children:
        if member.type == "method_definition":
            found.append(member)
        elif member.type in ("pair", "field_definition", "public_field_definition"):
            value = unwrap(member.child_by_field_name("value"))
            if value is not None and value.type in FUNCTION_TYPES:
                found.append(value)
    return found


# Keys that make an options object a component definition rather than a mixin.
COMPONENT_KEYS = frozenset({"template", "render", "setup", "props", "components", "name", "emits"})


# Calls whose object argument is a component's options, whatever keys it has.
COMPONENT_MAKERS = frozenset({"defineComponent", "component", "extend", "defineCustomElement"})


def _component_options(holder: Node) -> bool:
    call = holder.parent.parent if holder.parent is not None and holder.parent.type == "arguments" else None
    if call is not None and call.type == "call_expression" and callee_name(call) in COMPONENT_MAKERS:
        return True  # `defineComponent({ mounted() {...} })`, `Vue.component('clock', {...})`
    return bool(_option_keys(holder) & COMPONENT_KEYS)


def _takes_parameters(fn: Node) -> bool:
    """A directive's hooks take the element (`mounted(el, binding)`); a mixin's take nothing."""
    params = fn.child_by_field_name("parameters")
    if params is None:
        return fn.child_by_field_name("parameter") is not None  # `el => ...`
    return any(p.type != "comment" and not text(p).startswith("this") for p in params.named_children)  # (TypeScript's `this: Vm` is none)


def _option_keys(holder: Node) -> set[str]:
    keys = set()
    for member in holder.named_children:
        key = member.child_by_field_name("key") or member.child_by_field_name("name")
        if key is not None:
            keys.add(text(key).strip("'\""))
        elif member.type == "shorthand_property_identifier":
            keys.add(text(member))
    return keys


# What a Vue mixin carries besides hooks: state and methods it lends every component it is mixed into.
MIXIN_KEYS = frozenset({"data", "methods", "computed", "watch"})


def _exported_mixin(holder: Node) -> bool:
    """`export const cartSync = { data() {...}, created() {...} }` (or `export default {...}`,
    `module.exports = {...}`, `Vue.mixin({...})`): a mixin handed to components, whose hooks run
    on every mount of each one that mixes it in."""
    call = holder.parent.parent if holder.parent is not None and holder.parent.type == "arguments" else None
    if call is not None and call.type == "call_expression" and callee_name(call) == "mixin":
        return True  # a global mixin: every component's hooks
    parent = outermost(holder).parent
    if parent is not None and parent.type == "export_statement":
        return True
    if parent is not None and parent.type == "assignment_expression" and text(parent.child_by_field_name("left")).startswith(("module.exports", "exports.")):
        return True
    declaration = parent.parent if parent is not None and parent.type == "variable_declarator" else None
    return declaration is not None and declaration.parent is not None and declaration.parent.type == "export_statement"


@dataclass(frozen=True)
class EventDriven:
    """A handler of an event-driven framework object (semantic.frameworks.EVENT_OWNERS)."""

    entry: EventOwner
    constructor: Node
    handler: Node  # the per-event handler `node` runs in
    ends: tuple[Node, ...]  # the handlers of its end events


def event_driven(node: Node) -> EventDriven | None:
    """`function LinkNode(config) { RED.nodes.createNode(this, config); this.on('input', (msg)
    => ...) }`: the per-message handler `node` runs in, its constructor and its 'close'
    handlers."""
    handler = enclosing_function(node)  # directly in the handler: a callback inside it runs on its own events
    registration = _registration_of(handler) if handler is not None else None
    constructor = enclosing_function(handler) if registration is not None else None
    entry = _event_owner(constructor) if constructor is not None else None
    if entry is None or string_value(call_arguments(registration)[0] if call_arguments(registration) else None) not in entry.per_event or not _on_instance(registration, constructor):
        return None
    ends = tuple(
        fn for call in walk(constructor.child_by_field_name("body") or constructor, skip=FUNCTION_TYPES)
        if call.type == "call_expression" and callee_name(call) == "on" and string_value(call_arguments(call)[0] if call_arguments(call) else None) in entry.end_events
        and _on_instance(call, constructor)
        for fn in (unwrap(a) for a in call_arguments(call)[1:]) if fn is not None and fn.type in FUNCTION_TYPES
    )
    return EventDriven(entry, constructor, handler, ends)


def _registration_of(fn: Node) -> Node | None:
    handed = handed_to(fn)
    call = handed[0] if handed is not None else None
    return call if call is not None and call.type == "call_expression" and callee_name(call) == "on" else None


def _event_owner(constructor: Node) -> EventOwner | None:
    body = constructor.child_by_field_name("body")
    if body is None or constructor.type not in ("function_declaration", "function_expression", "function"):
        return None
    for node in walk(body, skip=FUNCTION_TYPES):
        if node.type == "call_expression":
            shown = text(node.child_by_field_name("function"))
            args = call_arguments(node)
            for entry in EVENT_OWNERS:
                if shown.endswith(entry.marker) and args and unwrap(args[0]) is not None and unwrap(args[0]).type == "this":
                    return entry
    return None


def _on_instance(call: Node, constructor: Node) -> bool:
    """`this.on(...)`, or `node.on(...)` where `const node = this` in the constructor."""
    fn = call.child_by_field_name("function")
    target = unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
    if target is None:
        return False
    if target.type == "this":
        return True
    body = constructor.child_by_field_name("body")
    return target.type == "identifier" and any(
        n.type == "variable_declarator" and text(n.child_by_field_name("name")) == text(target)
        and unwrap(n.child_by_field_name("value")) is not None and unwrap(n.child_by_field_name("value")).type == "this"
        for n in walk(body, skip=FUNCTION_TYPES)) if body is not None else False


# A Vue directive's hooks (Vue 3, then Vue 2): an object with a start and an end among them is one.
DIRECTIVE_STARTS = frozenset({"created", "beforeMount", "mounted", "bind", "inserted"})
DIRECTIVE_ENDS = frozenset({"beforeUnmount", "unmounted", "unbind"})
DIRECTIVE_UPDATES = frozenset({"beforeUpdate", "updated", "update", "componentUpdated"})


def _directive_start(fn: Node, name: str, holder: Node) -> Started | None:
    """`mounted(el, binding)` of a Vue directive (an object whose hooks take the element, with
    an update or end hook beside its start): it runs for every element the directive is bound
    to, and only its `unmounted()` (`unbind()` in Vue 2) can end what it starts there."""
    keys = _option_keys(holder)
    if name not in DIRECTIVE_STARTS or not (keys & (DIRECTIVE_ENDS | DIRECTIVE_UPDATES) or _declared_directive(holder)):
        return None
    ends = tuple(m for m in _members(holder) if _method_name(m) in DIRECTIVE_ENDS)
    end_name = f"`{_method_name(ends[0])}()`" if ends else "`unmounted()` (`unbind()` in Vue 2)"
    return Started(fn, f"a Vue directive's `{name}()`", end_name, ends, "every element it is bound to", "element")


def _declared_directive(holder: Node) -> bool:
    """`const vFocus: Directive<HTMLElement> = {...}`: an object declared as a Vue directive, by
    its type (`Directive`, `ObjectDirective`, Vue 2's `DirectiveOptions`) or by the `v` prefix
    `<script setup>` gives local directives."""
    declarator = outermost(holder).parent
    if declarator is None or declarator.type != "variable_declarator":
        return False
    annotation = declarator.child_by_field_name("type")
    name = text(declarator.child_by_field_name("name"))
    return (annotation is not None and DIRECTIVE_TYPES.match(text(annotation).lstrip(": ").strip()) is not None) \
        or re.fullmatch(r"v[A-Z][\w$]*", name) is not None


# The types Vue declares a directive's hooks object by.
DIRECTIVE_TYPES = re.compile(r"(?:ObjectDirective|Directive|DirectiveOptions|FunctionDirective)\b")


def directive_update_hook(node: Node) -> Node | None:
    """The update hook of a Vue directive that `node` runs in directly (`updated(el, binding)
    {...}`, `componentUpdated`), which runs on every update of the component using it."""
    fn = enclosing_function(node)
    name, holder = object_member(fn) if fn is not None else ("", None)
    if holder is None or name not in DIRECTIVE_UPDATES:
        return None
    keys = {text(m.child_by_field_name("name") or m.child_by_field_name("key")) for m in holder.named_children if m.type in ("method_definition", "pair")}
    return fn if keys & DIRECTIVE_STARTS and keys & DIRECTIVE_ENDS else None


def immediately_invoked(fn: Node) -> bool:
    """`(async () => {...})()`: a function expression called where it is written."""
    if fn.type not in ("arrow_function", "function_expression", "function"):
        return False
    holder = outermost(fn)
    call = holder.parent
    return call is not None and call.type == "call_expression" and call.child_by_field_name("function") == holder


def settled_callback(fn: Node) -> Node | None:
    """The promise a function waits for when it is handed to its `.then()` (`load().then((t) =>
    {...})`): the call that makes the promise; else None."""
    handed = handed_to(fn)
    call = handed[0] if handed is not None and handed[1] == 0 else None
    if call is None or call.type != "call_expression" or callee_name(call) != "then":
        return None
    return callee_object(call)


def object_member(fn: Node) -> tuple[str, Node | None]:
    """The key a function is written under in an object literal (`setup() {}`, `updated: fn`)
    and that object; ("", None) for a function that is no member of one."""
    member = fn if fn.type == "method_definition" else fn.parent if fn.parent is not None and fn.parent.type == "pair" else None
    holder = member.parent if member is not None else None
    if holder is None or holder.type != "object":
        return "", None
    return text(member.child_by_field_name("name") or member.child_by_field_name("key")), holder


# End hooks of a kept-alive component's activation only: a component that is not kept alive
# unmounts without them.
ACTIVATION_ENDS = frozenset({"onDeactivated", "deactivated"})


def in_component_end(node: Node) -> bool:
    """`node` runs when a component ends, wherever the start that began it is: in the cleanup an
    effect hook's callback returns (`useEffect(() => () => ref.current?.disconnect(), [])`), or
    in a callback handed to an end hook (`onUnmounted(() => ...)`), or in an end method."""
    fn = enclosing_function(node)
    while fn is not None:
        holder = enclosing_function(fn)
        if holder is not None and _hook_of(holder) is not None and fn in returned_functions(holder):
            return True
        call = outermost(fn).parent.parent if outermost(fn).parent is not None and outermost(fn).parent.type == "arguments" else None
        if call is not None and call.type == "call_expression" and callee_name(call) in END_HOOKS and callee_name(call) not in ACTIVATION_ENDS:
            return True  # (`onDeactivated` ends an activation under <keep-alive>, not the component: an unmount never runs it)
        name = _method_name(fn)
        if name and any(name in entry.ends for entry in LIFECYCLE_METHODS):
            return True
        fn = holder
    return False


def options_method(node: Node, name: str) -> Node | None:
    """`this.refresh` inside a component's options object (Vue's `{ mounted() { this.refresh() },
    methods: { refresh() {...} } }`): the method `name` of the component `node` sits in,
    among its `methods` or its own members; None outside such an object."""
    for holder in ancestors(node):
        if holder.type != "object" or not _component_options(holder):
            continue
        for member in holder.named_children:
            key = member.child_by_field_name("key") if member.type == "pair" else member.child_by_field_name("name")
            spelled = text(key).strip("'\"") if key is not None else ""
            value = unwrap(member.child_by_field_name("value")) if member.type == "pair" else member
            if spelled == "methods" and value is not None and value.type == "object":
                found = next((m for m in _members(value) if _method_name(m) == name), None)
                if found is not None:
                    return found
            elif spelled == name and value is not None and value.type in (*FUNCTION_TYPES, "method_definition"):
                return value
        return None
    return None


def _options_holder(method: Node) -> Node | None:
    """The component options object whose `methods` hold `method` (Vue's options API)."""
    methods = _members_holder(method)
    pair = methods.parent if methods is not None and methods.type == "object" else None
    if pair is None or pair.type != "pair" or text(pair.child_by_field_name("key")).strip("'\"") != "methods":
        return None
    holder = pair.parent
    return holder if holder is not None and holder.type == "object" and _component_options(holder) else None


def options_method_calls(method: Node) -> list[Node]:
    """The calls `this.name()` of a component options object's method, made inside that object."""
    name = _method_name(method)
    holder = next((a for a in ancestors(method) if a.type == "object" and _component_options(a)), None)
    if not name or holder is None:
        return []
    return [n for n in walk(holder) if n.type == "call_expression" and (callee := unwrap(n.child_by_field_name("function"))) is not None
            and callee.type == "member_expression" and text(callee.child_by_field_name("property")) == name
            and unwrap(callee.child_by_field_name("object")).type == "this" and options_method(n, name) == method]


# Methods that end what a field holds when called on it (`this.sub.unsubscribe()`).
HELD_ENDS = frozenset({"unsubscribe", "dispose", "close", "disconnect", "stop", "destroy", "remove"})


def held_past_component_end(site: Node) -> "Miss | None":
    """`this.unlisten = this.renderer.listen(...)` (or `this.release = push(fn)`) in a component,
    with `this.unlisten()` called somewhere but in none of the component's ends (`ngOnDestroy()`,
    `beforeUnmount()`...: frameworks.END_METHODS), nor in a method one of them calls: a component
    that ends while it holds it never releases it. For a Vue options object or a component class."""
    from .missed_paths import Miss, line
    from .releases import normalised
    from .owners import component_class

    holder = outermost(site).parent
    left = unwrap(holder.child_by_field_name("left")) if holder is not None and holder.type == "assignment_expression" else None
    if left is None or left.type != "member_expression" or unwrap(left.child_by_field_name("object")).type != "this":
        return None
    component = next((a for a in ancestors(site) if (a.type == "object" and _component_options(a))
                      or (a.type in CLASS_TYPES and component_class(a))), None)
    if component is None:
        return None
    members = _component_members(component)
    spelled = normalised(left)
    calls = [n for n in walk(component) if n.type == "call_expression" and (normalised(n.child_by_field_name("function")) == spelled or (
        callee_name(n) in HELD_ENDS and callee_object(n) is not None and normalised(callee_object(n)) == spelled))]
    if not calls:
        return None
    ends = [m for name, m in members.items() if name in END_METHODS]
    if not ends:
        if component.type != "object":
            return None  # a class with no end method of its own: its framework says nothing of when it ends
        return Miss(component, "an unmount while it holds it (no `beforeUnmount()` calls it)", calls[0], f"at line {line(calls[0])} only")
    reached, seen = list(ends), set()
    while len(reached) > len(seen):  # `ngOnDestroy() { this.close() }`, with `close()` calling it
        for member in [m for m in reached if m.id not in seen]:
            seen.add(member.id)
            reached += [members[name] for n in walk(member) if n.type == "call_expression"
                        and (name := normalised(n.child_by_field_name("function")).removeprefix("this.")) in members
                        and members[name].id not in seen and members[name] not in reached]
    if any(contains(r, c) for r in reached for c in calls):
        return None
    return Miss(ends[0], f"an end of the component while it holds it (`{_method_name(ends[0])}()` does not call it)", calls[0],
                f"at line {line(calls[0])} only")


def _component_members(component: Node) -> dict[str, Node]:
    """A Vue options object's hooks and `methods`, or a class's methods (arrow fields too), by name."""
    holders = [component.child_by_field_name("body")] if component.type in CLASS_TYPES else [component]
    methods = next((unwrap(m.child_by_field_name("value")) for m in component.named_children
                    if component.type == "object" and m.type == "pair" and text(m.child_by_field_name("key")).strip("'\"") == "methods"), None)
    if methods is not None and methods.type == "object":
        holders.append(methods)
    return {_method_name(m) or "": m for holder in holders if holder is not None for m in _members(holder)}
