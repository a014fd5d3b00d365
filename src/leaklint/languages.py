"""Which grammar a file's extension calls for: known without loading any grammar, so that
discovering files (and a run answered wholly from the cache) never imports tree-sitter."""

from __future__ import annotations

from pathlib import PurePath

LANGUAGE_BY_SUFFIX = {
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".jsx": "javascript",
    ".ts": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".tsx": "tsx",
}


def language_for(path: str) -> str | None:
    return LANGUAGE_BY_SUFFIX.get(PurePath(path).suffix.lower())
