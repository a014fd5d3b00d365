"""Framework knowledge as data: which callbacks a program's frameworks call again and again.

Detectors never test framework names themselves; they ask semantic.runs, which reads these
tables. Later work (and user configuration) extends the tables, not the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from .nodes import text

HTTP_VERBS = ("get", "post", "put", "patch", "delete", "del", "head", "options", "all")


@dataclass(frozen=True)
class Registration:
    """A call whose function arguments run once per event: `<receiver>.<method>(..., fn)`."""

    method: str
    describe: str  # how a message names the callback, {event} is the first string argument


# Methods whose callback arguments run once per event, request or tick.
REPEATING_METHODS: dict[str, Registration] = {
    **{name: Registration(name, "the '{event}' handler") for name in ("on", "addListener", "prependListener", "addEventListener")},
    **{verb: Registration(verb, f"the {verb.upper()} route handler") for verb in HTTP_VERBS},
    "use": Registration("use", "a middleware"),
    "pre": Registration("pre", "a pre-routing handler"),
    "addHook": Registration("addHook", "the '{event}' hook"),
    "route": Registration("route", "a route handler"),
    "handle": Registration("handle", "a handler"),
    "subscribe": Registration("subscribe", "a subscription callback"),
    "process": Registration("process", "a job processor"),
    "consume": Registration("consume", "a message consumer"),  # amqplib: `channel.consume(queue, onMessage)`
    # `fs.watch(dir, (event, file) => ...)`, `fs.watchFile(path, fn)`: called on every change
    **{verb: Registration(verb, "a file watcher callback") for verb in ("watch", "watchFile")},
    # VS Code: `vscode.commands.registerCommand(id, fn)` runs `fn` on every run of the command
    **{verb: Registration(verb, "the command handler") for verb in ("registerCommand", "registerTextEditorCommand")},
}

# Free functions whose callback arguments run repeatedly.
REPEATING_FUNCTIONS: dict[str, str] = {
    "setInterval": "an interval callback",
    "createServer": "the request handler",
    "useEffect": "a React effect",
    "useLayoutEffect": "a React effect",
    # Vue's `watch(source, cb)` and `watchEffect(cb)`, `fs.watch(dir, cb)` imported whole: on every change
    "watch": "a watcher callback",
    "watchEffect": "a watcher callback",
    # Nuxt runs a plugin for every server-side render, one app per request
    "defineNuxtPlugin": "a Nuxt plugin (run for every server-side request)",
}

# A client-side router's hooks (vue-router, Angular's and others' alike): on a router they run on
# every navigation, whatever test frameworks mean by the same names.
NAVIGATION_GUARDS = frozenset({"beforeEach", "afterEach", "beforeResolve"})

# Constructors whose function argument runs again for every item: bullmq's
# `new Worker(queue, async (job) => ...)` (worker_threads' Worker takes a file name instead).
REPEATING_CONSTRUCTORS: dict[str, str] = {
    "Worker": "a job processor",
}

# Calls that run their callback again whenever what it read changes: Knockout, MobX, Vue, Solid.
REACTIVE_RUNNERS = frozenset({"computed", "pureComputed", "autorun", "reaction", "effect", "watchEffect", "createEffect", "derived"})

# Object properties whose function values frameworks call per request (hapi, fastify routes).
REPEATING_PROPERTIES: dict[str, str] = {
    "handler": "a route handler",
    "preHandler": "a route hook",
    "onRequest": "a route hook",
    # message consumers: kafkajs `consumer.run({ eachMessage })`, sqs-consumer `handleMessage`
    "eachMessage": "a message handler",
    "eachBatch": "a batch handler",
    "handleMessage": "a message handler",
}

# The callbacks of `async_hooks.createHook({ init, destroy, ... })`: Node runs them for every
# async resource the process makes (each promise, timer, socket and request).
ASYNC_HOOK_CALLBACKS = frozenset({"init", "before", "after", "destroy", "promiseResolve"})

# Callbacks that run a bounded number of times within the call that creates them: they
# neither add nor remove repetition, so the question moves to the enclosing code.
PASS_THROUGH_METHODS = frozenset(
    {
        "forEach", "map", "filter", "reduce", "reduceRight", "some", "every", "find", "findIndex",
        "flatMap", "sort", "then", "catch", "finally", "call", "apply",
        "ready",  # `$(document).ready(fn)`, `app.ready(fn)`: the callback runs once, when it is ready
        "runOutsideAngular", "runGuarded",  # Angular's NgZone runs the callback there and then
    }
)
PASS_THROUGH_FUNCTIONS = frozenset(
    {
        "Promise", "setTimeout", "setImmediate", "queueMicrotask", "nextTick",
        "$", "jQuery",  # `$(function () {...})`: jQuery runs it once, when the document is ready
        # test frameworks: each callback runs once per test, and a test run is not a server
        "describe", "context", "suite", "it", "test", "specify", "before", "after", "beforeEach", "afterEach",
        "beforeAll", "afterAll",
    }
)

# Events an emitter fires at most once in its life (or, for 'error', once before it is torn
# down): a handler for one of them runs once per emitter, however often the emitter repeats.
ONE_SHOT_EVENTS = frozenset(
    {
        "open", "close", "end", "finish", "error", "exit", "connect", "ready", "listening", "response",
        "abort", "aborted", "disconnect", "load", "DOMContentLoaded", "beforeunload", "unload", "timeout",
        "spawn", "online", "secureConnect", "redirect", "unexpected-response",
    }
)
LISTENER_METHODS = frozenset({"on", "addListener", "prependListener", "addEventListener"})
# ... except that a client that reconnects (socket.io, MQTT, a broker) fires these again on every
# reconnect: known when the same emitter also has a listener for one of RECONNECT_EVENTS.
RECONNECT_REPEATED = frozenset({"connect", "ready", "open"})
# A connection pool's events about one of its clients (pg, mysql2, generic-pool): 'connect' comes
# for every client the pool opens, and a pool opens and retires clients all along.
POOL_CLIENT_EVENTS = frozenset({"connect"})
# Clients that reconnect by themselves and emit their connection events ('connect', 'ready')
# again each time: a handler of those runs once per reconnect, not once.
RECONNECTING_CLIENT_MODULES = frozenset({"ioredis", "redis", "mqtt", "socket.io-client", "amqp-connection-manager", "nats",
                                         "reconnecting-websocket", "@redis/client"})
RECONNECT_EVENTS = ("reconnect", "reconnecting", "reconnect_attempt", "offline", "disconnect", "disconnected")

# Fastify hooks that run once in a server's life (at start-up or shutdown), not per request.
ONCE_HOOKS = frozenset({"onReady", "onListen", "onClose", "preClose", "onRegister", "onRoute"})

# Events the cluster module fires once per worker: 'online' on a worker comes once, on `cluster`
# once for every worker forked (and every one forked again after a crash).
CLUSTER_EVENTS = frozenset({"fork", "online", "listening", "disconnect", "exit", "message", "setup"})

# Methods a framework calls on every request, connection or message, by name, on a class that
# implements its interface (or, for a gateway, carries its decorator): (interfaces, decorator, what runs).
INTERFACE_METHODS = {
    "handleConnection": (("OnGatewayConnection",), "WebSocketGateway", "the connection handler"),
    "handleDisconnect": (("OnGatewayDisconnect",), "WebSocketGateway", "the disconnection handler"),
    "use": (("NestMiddleware",), None, "the middleware"),
    "intercept": (("NestInterceptor", "HttpInterceptor"), None, "the interceptor"),
    "canActivate": (("CanActivate",), None, "the guard"),
    "transform": (("PipeTransform",), None, "the pipe"),
    "resolve": (("Resolve",), None, "the route resolver"),
}


# Hooks Nest runs once on its one instance of a provider, module or controller.
# (`afterInit` of a gateway runs once, when its server is ready.)
NEST_ONCE_HOOKS = frozenset({"onModuleInit", "onApplicationBootstrap", "onModuleDestroy", "beforeApplicationShutdown", "onApplicationShutdown",
                             "afterInit"})
NEST_SINGLETONS = frozenset({"Injectable", "Module", "Controller", "WebSocketGateway"})


def extend(methods: tuple[str, ...] | list[str], functions: tuple[str, ...] | list[str]) -> None:
    """Add a project's own handler registrations (config `handler-methods`/`handler-functions`)."""
    for name in methods:
        REPEATING_METHODS.setdefault(name, Registration(name, f"a `{name}` handler"))
    for name in functions:
        REPEATING_FUNCTIONS.setdefault(name, f"a `{name}` handler")


@dataclass(frozen=True)
class Lifecycle:
    """A framework's start and end for one owner: what the start acquires, the end must release.
    A component starts many times in a program's life (every mount), so an acquisition in the
    start without its release in the end adds one per mount."""

    framework: str
    start: str
    ends: tuple[str, ...]


# Class methods (and options-object methods) that frameworks call at a component's start and end.
LIFECYCLE_METHODS: tuple[Lifecycle, ...] = (
    Lifecycle("React", "componentDidMount", ("componentWillUnmount",)),
    Lifecycle("web", "connectedCallback", ("disconnectedCallback",)),
    Lifecycle("Angular", "ngOnInit", ("ngOnDestroy",)),
    Lifecycle("Angular", "ngAfterViewInit", ("ngOnDestroy",)),
    Lifecycle("Vue", "mounted", ("unmounted", "beforeUnmount", "destroyed", "beforeDestroy")),
    Lifecycle("Vue", "created", ("unmounted", "beforeUnmount", "destroyed", "beforeDestroy")),
    Lifecycle("Lit", "firstUpdated", ("disconnectedCallback",)),
    Lifecycle("Lit", "hostConnected", ("hostDisconnected",)),  # a reactive controller, once per connection of its host
)
# Hooks whose callback is a start and whose returned function is its end.
CLEANUP_HOOKS: dict[str, str] = {
    "useEffect": "React", "useLayoutEffect": "React", "useInsertionEffect": "React",
    "watchEffect": "Vue",
}


# Hook calls whose callback is a start, with the hook calls beside them (in the same setup
# function) whose callbacks are its end: Vue's composition API, Solid, Svelte.
HOOK_PAIRS: dict[str, Lifecycle] = {
    "onMounted": Lifecycle("Vue", "onMounted", ("onUnmounted", "onBeforeUnmount")),
    "onBeforeMount": Lifecycle("Vue", "onBeforeMount", ("onUnmounted", "onBeforeUnmount")),
    "onActivated": Lifecycle("Vue", "onActivated", ("onDeactivated",)),
    "onMount": Lifecycle("Svelte", "onMount", ("onDestroy", "onCleanup")),
}

# Methods a view's owner calls on every change (ProseMirror plugin views, CodeMirror view
# plugins, chart and widget controllers), in classes that also have a teardown.
VIEW_UPDATE_METHODS = re.compile(r"^(?:update|render|draw|redraw|refresh|sync|layout)(?:[A-Z_]|$)")
# Functions React runs on every render: components (capitalised) and hooks (`useX`).
RENDERS = re.compile(r"^(?:[A-Z]|use[A-Z])")
# The end methods and end hooks the rows above name: `componentWillUnmount`, `onUnmounted`...
END_METHODS = frozenset(end for entry in LIFECYCLE_METHODS for end in entry.ends)
END_HOOKS = frozenset(end for entry in HOOK_PAIRS.values() for end in entry.ends)
# A component's methods that run again within one mount, on every update: what they start
# (or a method they call starts) repeats per update, and per mount at least.
UPDATE_HOOKS = frozenset({"componentDidUpdate", "ngOnChanges", "updated", "willUpdate", "attributeChangedCallback"})


@dataclass(frozen=True)
class EventOwner:
    """A framework object built by a constructor function and driven by events on itself: a
    call inside the constructor marks it, a handler for a per-event event runs once per
    message, and a handler for an end event runs when the framework ends the object."""

    framework: str
    marker: str  # the end of the callee's text of a call in the constructor: "nodes.createNode"
    per_event: tuple[str, ...]
    end_events: tuple[str, ...]
    ends: str  # when the framework ends it, for messages


EVENT_OWNERS: tuple[EventOwner, ...] = (
    EventOwner("Node-RED", "nodes.createNode", ("input",), ("close",), "on every redeploy and shutdown"),
)


def lifecycle_of(method_name: str) -> Lifecycle | None:
    return next((entry for entry in LIFECYCLE_METHODS if entry.start == method_name), None)


# Method names that end an owner's life (`stop()`, `close()`, `destroyRenderer()`...): a release
# there is its teardown, and a timer it cannot reach outlives it.
TEARDOWN_METHODS = re.compile(
    r"^_*(?:stop|halt|close|destroy|dispose|shutdown|disconnect|terminate|teardown|cleanup|quit|unmount|end|abort)(?:[A-Z_]|$)"
)
def _method_names(*words: str) -> re.Pattern[str]:
    """A method name made of one of `words`, then a capital, an underscore or nothing."""
    return re.compile(r"^_*(?:" + "|".join(words) + r")(?:[A-Z_]|$)")


# Start-up words that name nothing else: `start()`, `connect()`, `initialize()`.
OWNER_START_WORDS = ("start", "connect", "init", "initialize", "open", "setup", "begin", "listen", "boot", "bootstrap", "main")
# Method names that start an owner up, once: what they arm after a wait is their own business
# (`run`, `load` and `create` too, which elsewhere also name work done per operation).
STARTUP_METHODS = _method_names(*OWNER_START_WORDS, "run", "load", "create")
# Method names that start an owner up and nothing else.
OWNER_START_METHODS = _method_names(*OWNER_START_WORDS)
# Method names that start one instance's life, which a teardown (TEARDOWN_METHODS) ends:
# `mount()` of a panel, `attach()` of a widget, `activate()` of a plugin.
INSTANCE_START_METHODS = _method_names(*OWNER_START_WORDS, "mount", "attach", "activate", "enable", "bind", "wire")
# Method names whose job is to hook something up, once per owner or per emitter: `bindEvents()`,
# `_addClosedHandler()`, `attach(server)`. What they register is what they are for.
WIRING_METHODS = _method_names("add", "attach", "bind", "register", "install", "setup", "listen", "watch", "hook", "wire", "track",
                               "monitor", "observe", "subscribe", "use")


# Decorators of dependency-injection containers that make one instance for the application
# (Angular `@Injectable({ providedIn: 'root' })`, NestJS `@Injectable()`, typedi `@Service()`,
# tsyringe `@singleton()`); a request or transient scope makes one per use instead.
DI_SINGLETON_DECORATORS = re.compile(r"^@\s*(?:Injectable|Service|singleton)\s*\(")
PER_USE_SCOPES = re.compile(r"Scope\s*\.\s*(?:REQUEST|TRANSIENT)|scope\s*:\s*['\"](?:request|transient)")


# Angular's application-wide injectors: a service they provide is made once per application.
APP_ROOT_PROVIDED = re.compile(r"^@\s*Injectable\s*\(\s*\{[^}]*providedIn\s*:\s*['\"](?:root|platform)['\"]")


def _class_decorators(cls: Node) -> list[Node]:
    """A class's decorators, also those written before `export`."""
    decorators = [c for c in cls.children if c.type == "decorator"]
    if cls.parent is not None and cls.parent.type == "export_statement":
        decorators += [c for c in cls.parent.children if c.type == "decorator"]
    return decorators


def app_root_service(cls: Node) -> bool:
    """`@Injectable({ providedIn: 'root' })`: the application's one instance, made when first
    asked for and kept until the page goes (its constructor runs once)."""
    decorators = _class_decorators(cls)
    return any(APP_ROOT_PROVIDED.match(text(d)) for d in decorators)


# Decorators that make a class the container's one instance whatever provides it: tsyringe's
# `@singleton()` and typedi's `@Service()` (Angular's and Nest's `@Injectable()` may be provided
# per component or per request, so only `providedIn: 'root'` says the same of it).
INJECTOR_ONE_INSTANCE = re.compile(r"^@\s*(?:singleton|Service)\s*\(")


def made_once_by_injector(cls: Node) -> bool:
    """A class the injector instantiates once for the process or the page: its constructor runs
    once, as the module's top level does."""
    decorators = _class_decorators(cls)
    return any(INJECTOR_ONE_INSTANCE.match(text(d)) and not PER_USE_SCOPES.search(text(d)) for d in decorators) or app_root_service(cls)


def di_singleton(cls: Node) -> bool:
    """A class the application's injector instantiates once: every component, controller or
    service that asks for it is handed the same instance, for the life of the application."""
    decorators = _class_decorators(cls)
    return any(DI_SINGLETON_DECORATORS.match(text(d)) and not PER_USE_SCOPES.search(text(d)) for d in decorators)


# A VS Code event (`onDidChangeTextDocument(listener, thisArgs?, disposables?)`).
VSCODE_EVENT = re.compile(r"^on(?:Did|Will)[A-Z]")
# VS Code's namespaces whose events last as long as the extension host (`vscode.workspace`, `window`...).
VSCODE_NAMESPACES = frozenset({"workspace", "window", "languages", "debug", "tasks", "extensions", "authentication", "env", "scm",
                               "notebooks", "comments", "tests"})


def vscode_namespace(source_module: str | None, imported_name: str | None, steps: int) -> bool:
    """An access path rooted at a name imported from 'vscode' that reaches one of its namespaces:
    `vscode.workspace` (the module, one step) or `workspace` imported by name (no step)."""
    return source_module == "vscode" and (steps == 1 or steps == 0 and imported_name in VSCODE_NAMESPACES)

