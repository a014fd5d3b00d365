"""Turn a file's bytes into a tree-sitter tree with the grammar its extension calls for.

Decoding happens here too: tree-sitter works on UTF-8 bytes, users think in characters, so the
source keeps both and converts tree-sitter's byte columns into character columns on demand.
"""

from __future__ import annotations

import re

import codecs
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable

import tree_sitter_javascript
import tree_sitter_typescript
from tree_sitter import Language, Node, Parser, Query, Tree

from .languages import language_for

MAX_SYNTAX_ERRORS_REPORTED = 3


@lru_cache(maxsize=None)
def language(name: str) -> Language:
    if name == "javascript":
        return Language(tree_sitter_javascript.language())
    if name == "typescript":
        return Language(tree_sitter_typescript.language_typescript())
    if name == "tsx":
        return Language(tree_sitter_typescript.language_tsx())
    raise ValueError(f"unknown language {name!r}")


@lru_cache(maxsize=None)
def parser(language_name: str) -> Parser:
    """One parser per process and language: a parser keeps no state between parses."""
    return Parser(language(language_name))


@lru_cache(maxsize=None)
def query(language_name: str, source: str) -> Query:
    """Compile a query once per process and language."""
    return Query(language(language_name), source)


class DecodingError(Exception):
    pass


def decode(raw: bytes) -> tuple[str, str | None]:
    """Text of a source file and, when it was not plain UTF-8, a note saying how it was read."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "read as UTF-16 (byte order mark)"
        except UnicodeDecodeError as error:
            raise DecodingError(f"invalid UTF-16: {error.reason}") from error
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return raw.decode("latin-1"), f"not valid UTF-8 (byte {error.start}); read as Latin-1"


def looks_binary(raw: bytes) -> bool:
    """NUL bytes in the first 8 KiB mean an image, an archive or compiled code, not source."""
    head = raw[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


_IDENTIFIER_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")
# Every byte that cannot be part of an identifier becomes a space, so that `split()` yields
# the file's identifier runs (and words inside strings and comments, which are runs too).
_RUNS_ONLY = bytes(c if c in _IDENTIFIER_BYTES else 0x20 for c in range(256))


# The identifier runs of each word ever asked about: the same hundred words for every file.
_PIECES: "dict[bytes, tuple[bytes, ...] | None]" = {}
_NOT_SPLIT: object = object()  # what `_PIECES.get` returns for a word not seen yet; `None` marks an identifier-like word


class SourceBytes(bytes):
    """A file's bytes that remember which words they were asked about (`b"subscribe" in data`).

    Every rule tests a few words before it looks further, a hundred tests per file in all, and
    a test for a word the file lacks reads the whole file. An identifier-like word is looked for
    among the file's distinct identifier runs instead (a fifth of the bytes): any occurrence of
    it lies inside one run. A word with punctuation or spaces (`.pipe(`, `await this.`) is
    absent when one of its identifier runs is; only otherwise are the bytes themselves read."""

    _answers: "dict[object, bool] | None" = None
    _runs: bytes | None = None

    def __contains__(self, word: object) -> bool:
        answers = self._answers
        if answers is None:
            answers = self._answers = {}
        try:
            found = answers.get(word)
        except TypeError:  # an unhashable needle (bytearray, memoryview)
            return bytes.__contains__(self, word)
        if found is not None:
            return found
        if not isinstance(word, bytes):
            found = bytes.__contains__(self, word)
        else:
            pieces = _pieces(word)
            runs = self._identifier_runs()
            if pieces is None:  # an identifier-like word: any occurrence lies inside one run
                found = bytes.__contains__(runs, word)
            else:
                found = all(bytes.__contains__(runs, piece) for piece in pieces) and bytes.__contains__(self, word)
        answers[word] = found
        return found

    def has_any(self, words: Iterable[str | bytes]) -> bool:
        """Whether any of `words` occurs (a `str` as UTF-8): a rule's whole list in one call,
        remembered by the list itself, instead of a test per word on every file. The list's
        identifier-like words are tested against the identifier runs in one loop in C."""
        key = words if isinstance(words, (tuple, frozenset)) else tuple(words)
        answers = self._answers
        if answers is None:
            answers = self._answers = {}
        found = answers.get(key)
        if found is None:
            plain, spaced = _split_words(key)
            found = answers[key] = any(map(self._identifier_runs().__contains__, plain)) or any(word in self for word in spaced)
        return found

    def _identifier_runs(self) -> bytes:
        """The file's distinct identifier runs, joined by spaces: read once, when first asked."""
        runs = self._runs
        if runs is None:
            runs = self._runs = b" ".join(set(self.translate(_RUNS_ONLY).split()))
        return runs


def _pieces(word: bytes) -> tuple[bytes, ...] | None:
    """The identifier runs of a word with punctuation or spaces; None for an identifier-like
    word, which any occurrence holds inside one run."""
    pieces = _PIECES.get(word, _NOT_SPLIT)
    if pieces is _NOT_SPLIT:
        if len(_PIECES) >= 10_000:  # words made from one file's names (a language server runs for days)
            _PIECES.clear()
        pieces = tuple(word.translate(_RUNS_ONLY).split())
        _PIECES[word] = pieces = None if pieces == (word,) else pieces
    return pieces  # type: ignore[return-value]


_SPLIT: "dict[object, tuple[tuple[bytes, ...], tuple[bytes, ...]]]" = {}


def _split_words(words: "tuple[str | bytes, ...] | frozenset[str | bytes]") -> tuple[tuple[bytes, ...], tuple[bytes, ...]]:
    """A word list as bytes, split into identifier-like words and those with other characters."""
    found = _SPLIT.get(words)
    if found is None:
        if len(_SPLIT) >= 1_000:
            _SPLIT.clear()
        encoded = [word.encode() if isinstance(word, str) else word for word in words]
        plain = tuple(w for w in encoded if w and _pieces(w) is None)
        found = _SPLIT[words] = (plain, tuple(w for w in encoded if w not in plain))
    return found


@dataclass
class SourceFile:
    """A parsed file: its display path, UTF-8 bytes, tree and grammar."""

    path: str
    language: str
    data: SourceBytes
    tree: Tree

    @property
    def root(self) -> Node:
        return self.tree.root_node

    def line_bytes(self, row: int) -> bytes:
        return self._lines[row] if 0 <= row < len(self._lines) else b""

    def line_text(self, row: int) -> str:
        return self.line_bytes(row).decode("utf-8", "replace").rstrip("\r")

    def column(self, row: int, byte_column: int) -> int:
        """1-based Unicode column of a tree-sitter (row, byte column) point."""
        return len(self.line_bytes(row)[:byte_column].decode("utf-8", "replace")) + 1

    @cached_property
    def _lines(self) -> list[bytes]:
        """Split only for files that report something: most never need a line's text."""
        return self.data.split(b"\n")


LONE_CR = re.compile(r"\r(?!\n)")


# `// @flow` or `/* @flow */` before the code: a Flow-typed file, whose annotations the
# JavaScript grammar cannot read but the TSX grammar mostly can.
FLOW_PRAGMA = re.compile(rb"\A(?:\s|//[^\n]*\n|/\*.*?\*/)*?(?://|/\*)\s*@flow\b", re.DOTALL)


# `<p class="x">` or `<label for="id">`: JSX (Preact, Solid, Stencil write `class`) with an
# attribute named by a reserved word, which tree-sitter-javascript 0.25 cannot read and the
# TSX grammar can.
RESERVED_JSX_ATTRIBUTE = re.compile(rb"<[A-Za-z][\w.:-]*(?:\s+[^<>]*?)?\s(?:class|for)\s*=\s*[\"'{]")


def parse(path: str, text: str) -> SourceFile:
    language_name = language_for(path) or "javascript"
    # Editors break lines at a lone CR (old Mac files); tree-sitter counts rows at LF only.
    # Turning each lone CR into LF keeps every offset and makes the rows agree.
    text = LONE_CR.sub("\n", text) if "\r" in text else text
    data = SourceBytes(text.encode("utf-8", "surrogatepass"))
    tree = parser(language_name).parse(data)
    if language_name == "javascript" and tree.root_node.has_error and (FLOW_PRAGMA.match(data[:2000]) or RESERVED_JSX_ATTRIBUTE.search(data)):
        typed = parser("tsx").parse(data)
        if _error_count(typed.root_node) < _error_count(tree.root_node):
            return SourceFile(path, "tsx", data, typed)  # Flow annotations, or JSX's `class=`, read as TSX reads them
    return SourceFile(path, language_name, data, tree)


def _error_count(root: Node) -> int:
    count, stack = 0, [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            count += 1
            continue
        stack.extend(child for child in node.children if child.has_error)
    return count


def syntax_errors(source: SourceFile) -> list[Node]:
    """The outermost ERROR and MISSING nodes, in source order, found without recursion."""
    root = source.root
    if not root.has_error:
        return []
    found: list[Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            found.append(node)
            continue
        stack.extend(child for child in reversed(node.children) if child.has_error)
    return found
