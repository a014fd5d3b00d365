"""End methods a subclass overrides without calling the base's: the base's releases never run.

`class ProductCard extends ResponsiveElement { disconnectedCallback() { ... } }` replaces the
base's `disconnectedCallback()`, which took its window listener off; without a
`super.disconnectedCallback()` the listener the base's start added stays for every card. The
same for a component's `ngOnDestroy`, `componentWillUnmount`, and a teardown (`dispose()`,
`close()`, `destroy()`) a base class releases its timers and watchers in. The base may be in the
same file or imported from another (its summary says what its end releases, project.join).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from tree_sitter import Node

from .frameworks import END_METHODS, TEARDOWN_METHODS
from .nodes import text, unwrap, walk
from .search import class_bodies


@dataclass(frozen=True)
class Override:
    cls: Node  # the subclass
    method: Node  # its end method, which never calls the base's
    name: str  # that method's name
    base: str  # the base class, as the `extends` clause spells it


def skipping_overrides(root: Node, data: bytes) -> list[Override]:
    """Every end method of a class of the file that extends another and overrides that end
    without calling `super.<end>()` (nor handing the call to anything else)."""
    if b"extends" not in data or b"class" not in data:
        return []
    found = []
    classes = [body.parent for body in class_bodies(root, data)]  # (found from the bytes of `class`)
    for cls in classes:
        base = _base_name(cls)
        body = cls.child_by_field_name("body")
        if base is None or body is None:
            continue
        for method in (m for m in body.named_children if m.type == "method_definition"):
            name = text(method.child_by_field_name("name"))
            if not is_end_method(name) or re.search(rf"\bsuper\s*\.\s*{re.escape(name)}\b", text(method)):
                continue
            found.append(Override(cls, method, name, base))
    return found


def is_end_method(name: str) -> bool:
    """A framework's end of a component (`disconnectedCallback`, `ngOnDestroy`) or an owner's
    teardown (`dispose`, `close`, `destroy`)."""
    return name in END_METHODS or TEARDOWN_METHODS.match(name) is not None


def framework_end(name: str) -> bool:
    """An end the framework calls on every unmount: the component mounts many times."""
    return name in END_METHODS


def end_method(cls: Node, name: str) -> Node | None:
    body = cls.child_by_field_name("body")
    return next((m for m in (body.named_children if body is not None else ())
                 if m.type == "method_definition" and text(m.child_by_field_name("name")) == name), None)


def releases_in(method: Node, is_release: Callable[[Node], bool]) -> list[Node]:
    return [n for n in walk(method) if n.type == "call_expression" and is_release(n)]


def redone_in(override: Node, releases: list[Node]) -> bool:
    """The override makes one of the base's releases itself (`window.removeEventListener('resize',
    this._onResize)` again): it took over the cleanup."""
    own = {" ".join(text(n).split()) for n in walk(override) if n.type == "call_expression"}
    return any(" ".join(text(r).split()) in own for r in releases)


def _base_name(cls: Node) -> str | None:
    heritage = next((c for c in cls.children if c.type == "class_heritage"), None)
    if heritage is None:
        return None
    clause = next((c for c in heritage.named_children if c.type == "extends_clause"), heritage)
    value = clause.child_by_field_name("value") if clause.type == "extends_clause" else None
    value = unwrap(value) if value is not None else next((c for c in clause.named_children if c.type in ("identifier", "member_expression")), None)
    return text(value) if value is not None and value.type in ("identifier", "member_expression") else None
