"""What each detector kind accepts from a rule: parameter names, types, defaults and meaning.

Data, apart from the detectors themselves, so that loading and checking rules (every run does)
never imports the analysis: a run the cache answers wholly is settled without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Param:
    """One detector parameter: its type (as TOML gives it), default and meaning."""

    kind: type
    default: Any
    doc: str
    item_kind: type | None = None  # for lists: the type of each item
    choices: tuple[str, ...] = ()
    item_keys: dict[str, type] | None = None  # for lists of tables: each table's keys and their types


# The keys of one cache library in the cache-config detector's `factories`.
FACTORY_KEYS = {
    "library": str,
    "callees": list,
    "bounds": list,
    "options_argument": int,
    "number_argument_bounds": bool,
}

PARAMETERS: dict[str, dict[str, Param]] = {
    "pairing": {
        "acquire": Param(list, ["setInterval"], "Functions that start the resource and return its handle.", str),
        "acquire_modules": Param(list, ["timers", "node:timers"], "Modules the acquire functions may be imported from.", str),
        "release_functions": Param(list, ["clearInterval", "clearTimeout"], "Functions that release a handle passed to them.", str),
        "release_methods": Param(list, ["close"], "Methods that release the handle they are called on.", str),
        "neutral_methods": Param(list, ["unref", "ref", "refresh", "hasRef"], "Methods on the handle that neither release nor hand it away.", str),
        "module_level_ok_methods": Param(list, ["unref"], "At module level, calling one of these on the handle makes it harmless.", str),
        "resource": Param(str, "interval", "What the acquired thing is called in messages."),
        "acquire_methods": Param(list, [], "Methods that acquire on any receiver (`source.subscribe(fn)`).", str),
        "acquire_methods_of": Param(list, [], "`method:module` pairs: methods that acquire on any receiver in a file that imports the module (`watch:mongodb`, a change stream).", str),
        "acquire_methods_named": Param(list, [], "`method:word` pairs: methods that acquire on a receiver whose name holds the word, in any file (`duplicate:redis`: `redis.duplicate()`, `this.redisClient.duplicate()`, a client handed in).", str),
        "acquire_functions_of": Param(list, [], "`function:module` pairs: functions that acquire only when imported from that module, whatever `acquire_modules` says (`open:fs/promises`: a FileHandle, open until closed).", str),
        "acquire_constructors": Param(list, [], "Global constructors that acquire (`new MutationObserver(fn)`).", str),
        "acquire_on_input": Param(list, [], "Acquire functions that count only on a long-lived `input` (`readline.createInterface({ input: process.stdin })`).", str),
        "acquire_released_only": Param(list, [], "Acquire functions judged only where the code releases them on some path (a child process may exit by itself): a path that misses the release is reported, never the absence of one.", str),
        "released_by_path": Param(list, [], "Acquire functions released by another function handed the same first argument, not the handle (`watchFile:unwatchFile`: `fs.unwatchFile(file)` ends `fs.watchFile(file, fn)`).", str),
        "acquire_once_ok": Param(list, [], "Acquires (as messages name them: `new Redis`, `duplicate`) made once at start-up by design: a client connection the program keeps for its life.", str),
        "acquire_when_messaged": Param(list, [], "Constructors that count only when the code posts the handle messages (`worker.postMessage(job)`): a `new Worker` run on its `workerData` exits by itself.", str),
        "release_verb": Param(str, "cleared", "How messages say the release happened: cleared, closed, disconnected..."),
        "held_by_receiver": Param(bool, False, "An acquire whose value is dropped holds its receiver (`await lock.acquire()`): the release is a release method called on that receiver (`lock.release()`)."),
        "released_by_call": Param(bool, False, "The acquire hands back the release itself (`const release = await mutex.acquire()`): calling it releases."),
        "missed_once_blocks": Param(bool, False, "One missed release blocks every later acquire (a lock): a check before the acquire that makes it rare (`if (fresh) return` ahead of a refresh) excuses nothing."),
        "left_running": Param(str, "it stays active and keeps its callback's closure alive",
                              "What messages say becomes of a handle a path leaves unreleased."),
        "left_running_of": Param(list, [], "`acquire:phrase` entries: what messages say becomes of that acquire's handle on a path that misses its release, in place of `left_running`.", str),
        "named_resources": Param(list, [], "`Constructor:resource:verb[:methods]` entries: what messages call that constructor's handle and its release, and, after the verb, its own release methods when it has several (`Worker:worker:terminated`, `Redis:Redis connection:closed:quit|disconnect`).", str),
        "report_module_level": Param(bool, True, "Report a module-level acquire that is never released, as a note."),
    },
    "listener-limit": {
        "limit_methods": Param(list, ["setMaxListeners"], "Methods whose first argument sets a listener limit.", str),
        "limit_properties": Param(list, ["defaultMaxListeners"], "Properties that hold a default listener limit.", str),
        "events_modules": Param(list, ["events", "node:events"], "Modules whose free `setMaxListeners(n, ...targets)` counts too.", str),
    },
    "listener": {
        "add_methods": Param(list, ["on", "addListener", "prependListener", "addEventListener", "$on"], "Methods that register a listener.", str),
        "remove_methods": Param(list, ["off", "removeListener", "removeEventListener", "$off"], "Methods that remove one listener.", str),
        "remove_all_methods": Param(list, ["removeAllListeners"], "Methods that remove every listener (of an event).", str),
        "teardown_methods": Param(
            list,
            ["destroy", "close", "end", "terminate", "abort", "kill", "disconnect", "dispose", "quit", "removeAllListeners"],
            "Methods that end a receiver's life: listeners on it die with it, and a class that calls one owns the receiver.",
            str,
        ),
    },
    "removal-mismatch": {
        "remove_methods": Param(list, ["off", "removeListener", "removeEventListener", "$off"], "Methods that remove one listener by identity.", str),
    },
    "collection": {
        "grow_methods": Param(list, ["set", "add", "push", "unshift"], "Methods that add an entry to a Map, Set or array.", str),
        "shrink_methods": Param(list, ["delete", "clear", "pop", "shift", "splice"], "Methods that remove entries.", str),
        "read_only_functions": Param(
            list,
            ["Object.keys", "Object.values", "Object.entries", "Array.from", "Array.isArray", "JSON.stringify",
             "Promise.all", "Promise.allSettled", "Promise.race", "Promise.any", "structuredClone"],
            "Functions that only read a container passed to them: passing it does not hand it away.",
            str,
        ),
        "max_related": Param(int, 3, "How many growth sites a finding lists as related locations."),
    },
    "cache-config": {
        "factories": Param(
            list,
            [],
            "Cache libraries: `library` (for messages), `callees` (\"module#export\", `*` for the module "
            "itself), `bounds` (options that bound the cache), `options_argument` (its index, -1 for none) "
            "and `number_argument_bounds` (a number as first argument is a size).",
            dict,
            item_keys=FACTORY_KEYS,
        ),
    },
    "watchdog": {
        "timer_functions": Param(list, ["setTimeout", "requestAnimationFrame"], "Functions that start a one-shot timer and return its handle.", str),
        "settle_functions": Param(
            list, ["reject", "resolve", "done", "callback", "cb", "next", "fail", "onTimeout", "abort"],
            "Functions whose call in the timer's callback ends the operation the timer guards.", str,
        ),
        "teardown_methods": Param(
            list, ["kill", "destroy", "end", "close", "abort", "terminate", "disconnect", "cancel", "reject"],
            "Methods whose call in the timer's callback tears the guarded operation down.", str,
        ),
        "min_delay_ms": Param(int, 1000, "Literal delays below this many milliseconds are deferrals, not watchdogs."),
        "clear_functions": Param(list, ["clearTimeout"], "Functions that clear a kept timer handle passed to them.", str),
    },
    "subscription": {
        "subscribe_methods": Param(
            list, ["subscribe", "onChange", "listen", "watch", "onSnapshot", "onAuthStateChanged"],
            "Methods that subscribe their callback and return what undoes it (an unsubscribe function or a Subscription).", str,
        ),
        "render_hooks": Param(
            list, ["useMemo"],
            "Hooks whose callback runs during render and has no cleanup: a subscription made there is never undone.", str,
        ),
        "immediate_options": Param(
            list, ["immediate", "fireImmediately"],
            "Options that make a watch run its callback inside the call, before its stop handle is returned.", str,
        ),
    },
    "disposable": {
        "dispose_methods": Param(list, ["dispose"], "Methods that end a disposable object.", str),
        "register_methods": Param(
            list, ["register", "_register", "add", "push"],
            "Methods of the owner (or its store) that take a child to dispose with it: `this.register(child)`.", str,
        ),
        "base_classes": Param(list, ["Disposable"], "Base classes that make a class a disposable owner.", str),
        "child_factories": Param(
            list, ["createFileSystemWatcher", "createOutputChannel", "createLogOutputChannel", "createStatusBarItem", "createTerminal",
                   "createTextEditorDecorationType", "createWebviewPanel", "createDiagnosticCollection", "createTreeView"],
            "Functions that hand back a new disposable (VS Code's `workspace.createFileSystemWatcher()` and the like).", str,
        ),
    },
    "stream": {
        "source_functions": Param(list, ["createReadStream"], "Functions that open a readable stream the code owns (a file).", str),
        "sink_names": Param(
            list, ["res", "response", "reply", "socket", "ws", "conn", "connection"],
            "Names of destinations a peer can close early (a response, a socket).", str,
        ),
        "teardown_functions": Param(
            list, ["pipeline", "finished", "pump", "onFinished", "eos"],
            "Functions that tie a piped source's end to its destination's (stream.pipeline, finished, pump, on-finished).", str,
        ),
        "request_names": Param(
            list, ["req", "request", "incoming"],
            "Names of request bodies: unpiped and left paused, they keep their connection open.", str,
        ),
        "reader_methods": Param(
            list, ["resume", "destroy", "read", "pipe", "dump", "drain", "close"],
            "Methods (or helper name parts) that read, drain or end a stream after it is unpiped.", str,
        ),
    },
    "context": {
        "keeping_calls": Param(
            list, ["on", "once", "addListener", "addEventListener", "prependListener", "subscribe", "watch", "observe",
                   "setInterval", "then", "catch", "finally", "set", "push", "add", "register", "use", "listen", "wrap"],
            "Calls that keep the callback handed to them (registrations, subscriptions, stores): a sibling "
            "closure handed to one lives as long as the kept closure, so sharing its context costs nothing.", str,
        ),
    },
    "stale": {
        "dispose_methods": Param(
            list, ["dispose", "destroy", "unsubscribe", "disconnect"],
            "Methods that finish an object for good: a variable still holding it after the call keeps it for nothing.", str,
        ),
    },
    "promise": {
        "race_functions": Param(list, ["race", "any"], "Promise combinators that subscribe to every arm: `Promise.race([...])`.", str),
        "reaction_methods": Param(list, ["then", "catch", "finally"], "Methods that add a reaction to a promise.", str),
        "end_names": Param(
            list, ["closed", "stopped", "shutdown", "aborted", "cancelled", "canceled", "destroyed", "terminated", "ended",
                   "disposed", "finished", "exited", "abortPromise", "cancelPromise", "closePromise", "stopPromise",
                   "draining", "drained", "stopping", "closing", "shuttingDown", "terminating", "exiting"],
            "Names of promises that settle only when their owner ends: a field or module variable so named lives as long as it does.", str,
        ),
    },
    "capture": {
        "request_types": Param(
            list,
            ["IncomingMessage", "ServerResponse", "Request", "Response", "FastifyRequest", "FastifyReply", "Context",
             "ParameterizedContext", "Http2ServerRequest", "Http2ServerResponse"],
            "TypeScript parameter types that make a parameter request-like in any function.",
            str,
        ),
        "request_names": Param(list, [], "Parameter names that are request-like in any function (opt-in).", str),
        "timer_functions": Param(list, ["setTimeout", "setInterval", "setImmediate"], "Functions whose callback runs later.", str),
        "min_delay_ms": Param(int, 1000, "A one-shot timer with a literal delay below this many milliseconds holds what it captures too briefly to report."),
        "queue_methods": Param(
            list,
            ["add", "push", "unshift", "set", "enqueue", "schedule", "process", "addJob", "addBulk", "publish"],
            "Methods that keep their arguments in a queue, a job system or a collection.",
            str,
        ),
        "listener_methods": Param(list, ["on", "addListener", "prependListener", "addEventListener"], "Methods that register a listener.", str),
    },
}
