"""What a listener registration says: receiver, event, handler and options, read one way.

Every rule that meets `.on(...)` (listener-leak judging it, request-capture following a
closure into it) reads the call here; what releases it is known in semantic.releases.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from tree_sitter import Node

from .nodes import call_arguments, callee_name, callee_object, string_value, text


@dataclass(frozen=True)
class Parts:
    """What a registration or removal call names: receiver, event, handler and options."""

    receiver: Node
    event: Node | None
    handler: Node | None
    options: Node | None


# Registrations and removals that return the emitter itself, so calls chain on it.
CHAINED = frozenset({"on", "once", "addListener", "prependListener", "prependOnceListener", "off", "removeListener", "setMaxListeners"})


def registration_parts(call: Node, minimum: int = 2) -> Parts | None:
    """`e.on(event, handler, options)`, or the helper style `util.addListener(e, event, handler)`
    in which the emitter is the first argument and the event a string."""
    args = call_arguments(call)
    owner = callee_object(call)
    if owner is not None and len(args) == 1 and callee_name(call) in EVENT_OBJECT_METHODS and owner.type == "member_expression" \
            and EVENT_OBJECT.match(text(owner.child_by_field_name("property"))):
        # `chrome.storage.onChanged.addListener(fn)`: a WebExtension event object, one per event
        return Parts(owner, owner.child_by_field_name("property"), args[0], None)
    if owner is None or len(args) < minimum:
        return None
    while owner is not None and owner.type == "call_expression" and callee_name(owner) in CHAINED:
        owner = callee_object(owner)  # `proxy.once('proxyRes', ok).once('error', fail)`: an emitter hands itself back
    if owner is None:
        return None
    if len(args) >= 3 and string_value(args[1]) is not None and string_value(args[0]) is None:
        return Parts(args[0], args[1], args[2], args[3] if len(args) > 3 else None)
    # Node's EventEmitter takes no options: `emitter.on('x', fn, { signal })` ignores the signal
    # (only `addEventListener`, and `events.on()`/`once()`, read one).
    options = _arg(args, 2) if callee_name(call) not in EMITTER_METHODS else None
    return Parts(owner, _arg(args, 0), _arg(args, 1), options)


# Event objects that take only a listener (WebExtensions' `chrome.tabs.onActivated`, Electron's
# `webContents.onX` wrappers): the property names the event.
EVENT_OBJECT = re.compile(r"^on[A-Z]")
EVENT_OBJECT_METHODS = frozenset({"addListener", "removeListener"})

# Registrations of Node's EventEmitter, which read no options argument.
EMITTER_METHODS = frozenset({"on", "once", "addListener", "prependListener", "prependOnceListener"})


def _arg(args: list[Node], index: int) -> Node | None:
    return args[index] if len(args) > index else None

