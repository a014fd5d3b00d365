"""Candidates found by searching the file's bytes, then confirmed in the tree.

A query or a walk visits every node of a file; a byte search runs in C at memchr speed and
finds the handful of places worth a look. Every hit is checked against the parse tree, so
text inside strings and comments never counts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from tree_sitter import Node

from .nodes import CLASS_TYPES, enclosing_function, outermost, unwrap

BLANK_BYTES = frozenset(b" \t\r\n")
DOT = ord(".")
IDENTIFIER_BYTES = frozenset(b"$_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + bytes(range(0x80, 0x100)))


@lru_cache(maxsize=256)
def _followed_by_no_name(name: str) -> re.Pattern[bytes]:
    """For the fixed names rules look for (`on`, `setInterval`): short names hide inside
    longer words, and a pattern rejects most of those in C. The literal comes first, so the
    search runs at memchr speed; the byte before is checked by the caller."""
    return re.compile(re.escape(name.encode("utf-8")) + rb"(?![\w$\x80-\xff])")


def matches_at_word_start(pattern: "re.Pattern[bytes]", data: bytes, start: int = 0, end: int | None = None) -> Iterator["re.Match[bytes]"]:
    """What `pattern.finditer` would find with a leading `\\b` (`pattern` opens with a word
    character), the boundary tested by hand: a pattern that opens with a literal is searched at
    memchr speed, one that opens with `\\b` is tried at every byte."""
    stop = len(data) if end is None else end
    position = start
    while position <= stop:
        match = pattern.search(data, position, stop)
        if match is None:
            return
        at = match.start()
        if at and _WORD_BYTES[data[at - 1]]:
            position = at + 1  # inside a longer word: as `\\b` would, look again from the next byte
            continue
        yield match
        position = match.end() if match.end() > at else at + 1


_WORD_BYTES = [chr(b).isascii() and (chr(b).isalnum() or b == 0x5F) for b in range(256)]  # `\\b` on bytes: [A-Za-z0-9_]


def word_positions(data: bytes, word: bytes, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Where `word` occurs as a whole identifier between `start` and `end`.

    bytes.find, not a regular expression: names differ from file to file, and compiling a
    pattern for each costs more than the search."""
    stop = len(data) if end is None else end
    position = data.find(word, start, stop)
    while position != -1:
        finish = position + len(word)
        before = data[position - 1] if position else 32
        after = data[finish] if finish < len(data) else 32
        if before not in IDENTIFIER_BYTES and after not in IDENTIFIER_BYTES:
            yield position, finish
        position = data.find(word, finish, stop)


def name_nodes(root: Node, data: bytes, name: str, start: int = 0, end: int | None = None,
               positions: Iterable[tuple[int, int]] | None = None) -> Iterator[Node]:
    """The leaf nodes spelled exactly `name` between `start` and `end`, in source order:
    identifiers, property names, shorthand properties (the caller checks which it wants).
    `positions` are the name's word positions, when the caller has them already."""
    for position, finish in positions if positions is not None else word_positions(data, name.encode("utf-8"), start, end):
        node = root.descendant_for_byte_range(position, finish)
        if node is not None and node.start_byte == position and node.end_byte == finish:
            yield node  # else: inside a string, a comment or a longer token


def called_names(root: Node, data: bytes, name: str, positions: Iterable[tuple[int, int]] | None = None) -> Iterator[Node]:
    """Identifiers spelled `name` that are called or have a property read (`name(`, `name.x`,
    TypeScript's `name<T>(`), never a property themselves: the byte after and before decide
    before any tree lookup. `positions` are the name's word positions, when the caller has them already."""
    for position, finish in positions if positions is not None else word_positions(data, name.encode("utf-8")):
        if data[finish:finish + 1] not in (b"(", b".", b"<") or _after_dot(data, position):
            continue
        node = root.descendant_for_byte_range(position, finish)
        if node is not None and node.start_byte == position and node.end_byte == finish and node.type == "identifier":
            yield node


def calls_named(root: Node, data: bytes, names: Iterable[str]) -> list[Node]:
    """Calls whose callee is named one of `names` (`f(...)`, `a.b.f(...)`, `(a.f as F)(...)`:
    what nodes.callee_name would say), in source order. Method names alone are searched faster
    by method_calls."""
    found: dict[int, Node] = {}
    for node in _spelled(root, data, names):
        call = _call_of_callee(node)
        if call is not None:
            found[call.id] = call
    return sorted(found.values(), key=lambda n: n.start_byte)


def _spelled(root: Node, data: bytes, names: Iterable[str], offset: int = 0) -> Iterator[Node]:
    """The leaves spelled exactly one of `names`, as whole words (`data` starts at byte `offset`
    of the file: a node's own text)."""
    for name in set(names):
        for match in _followed_by_no_name(name).finditer(data):
            start, end = match.span()
            if start and data[start - 1] in IDENTIFIER_BYTES:
                continue
            node = root.descendant_for_byte_range(start + offset, end + offset)
            if node is not None and node.start_byte == start + offset and node.end_byte == end + offset:
                yield node


def calls_within(node: Node, names: Iterable[str], own: Node | None = None) -> list[Node]:
    """Calls below `node` whose callee is named one of `names` (as calls_named says), in source
    order; with `own`, only those `own` runs itself, not a function nested in it. A byte search
    of the node's own text: a walk of a large function visits every node in Python."""
    found: dict[int, Node] = {}
    for leaf in _spelled(node, node.text or b"", names, node.start_byte):
        call = _call_of_callee(leaf)
        if call is not None and node.start_byte <= call.start_byte and call.end_byte <= node.end_byte \
                and (own is None or enclosing_function(call) == own):
            found[call.id] = call
    return sorted(found.values(), key=lambda n: (n.start_byte, -n.end_byte))


def news_named(root: Node, data: bytes, names: Iterable[str]) -> list[Node]:
    """`new Name(...)` and `new a.b.Name(...)` for the given constructor names, in source order."""
    found: dict[int, Node] = {}
    for node in _spelled(root, data, names):
        if node.type == "property_identifier" and node.parent is not None and node.parent.type == "member_expression":
            node = node.parent
        elif node.type != "identifier":
            continue
        new = outermost(node).parent
        if new is not None and new.type == "new_expression" and new.child_by_field_name("constructor") == outermost(node):
            found[new.id] = new
    return sorted(found.values(), key=lambda n: n.start_byte)


def method_calls(root: Node, data: bytes, names: Iterable[str]) -> list[Node]:
    """Calls `x.name(...)` for the given method names, in source order.

    One search for all the names, anchored on the dot: a literal first byte lets the regular
    expression skip ahead in C, where searching for each short name alone (`on`, `end`) stops
    at every word that ends like it."""
    wanted = tuple(sorted(set(names)))
    if not wanted:
        return []
    found: dict[int, Node] = {}
    for match in _method_pattern(wanted).finditer(data):
        start, end = match.span(1)
        node = root.descendant_for_byte_range(start, end)
        if node is None or node.start_byte != start or node.end_byte != end:
            continue
        call = _call_of_callee(node)
        if call is not None and _is_method_call(call):
            found[call.id] = call
    return sorted(found.values(), key=lambda n: n.start_byte)


@lru_cache(maxsize=512)
def _method_pattern(names: tuple[str, ...]) -> re.Pattern[bytes]:
    alternatives = b"|".join(re.escape(n.encode("utf-8")) for n in sorted(names, key=len, reverse=True))
    return re.compile(rb"\.[ \t\r\n]*(" + alternatives + rb")(?![\w$\x80-\xff])")


def _after_dot(data: bytes, position: int) -> bool:
    """Whether the last byte before `position` that is not blank is a dot, outside a line
    comment (`// ... a restart.` on the line before a call is no member access)."""
    position -= 1
    while position >= 0 and data[position] in BLANK_BYTES:
        position -= 1
    if position < 0 or data[position] != DOT:
        return False
    line_start = data.rfind(b"\n", 0, position) + 1
    return b"//" not in data[line_start:position] and not data[line_start:position].lstrip().startswith(b"*")


def _call_of_callee(node: Node) -> Node | None:
    """The call whose callee `node` names, climbing out of parentheses and casts."""
    if node.type in ("property_identifier", "private_property_identifier"):  # `this.#announce()` too
        member = node.parent
        if member is None or member.type != "member_expression" or member.child_by_field_name("property") != node:
            return None
        node = member
    elif node.type != "identifier":
        return None
    node = outermost(node)
    outer = node.parent
    if outer is not None and outer.type == "await_expression" and outer.parent is not None and outer.parent.type == "call_expression" \
            and outer.parent.child_by_field_name("type_arguments") is not None and outer.parent.child_by_field_name("function") == outer:
        return outer.parent  # `await Promise.race<T>([...])`, which TypeScript's grammar reads as a call of `await Promise.race`
    if outer is not None and outer.type == "call_expression" and outer.child_by_field_name("function") == node:
        return outer
    return None


def _is_method_call(call: Node) -> bool:
    fn = unwrap(call.child_by_field_name("function"))
    return fn is not None and fn.type == "member_expression"


def class_bodies(root: Node, data: bytes) -> list[Node]:
    """The bodies of the file's classes, from the `class` keyword's bytes."""
    found: dict[int, Node] = {}
    for position, finish in word_positions(data, b"class"):
        if data[position - 1:position] == b".":
            continue
        node = root.descendant_for_byte_range(position, finish)
        owner = node.parent if node is not None and not node.is_named else node
        body = owner.child_by_field_name("body") if owner is not None and owner.type in CLASS_TYPES else None
        if body is not None and body.type == "class_body":
            found[body.id] = body
    return sorted(found.values(), key=lambda b: b.start_byte)
