"""Read `// expect: rule-id` annotations from corpus files (design.md section 5)."""

from __future__ import annotations

import re
from pathlib import Path

EXPECT = re.compile(r"(?://|/\*|\{/\*)\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)")


def expected_findings(path: Path) -> set[tuple[int, str]]:
    expected = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = EXPECT.search(line)
        if match:
            expected.update((number, rule.strip()) for rule in match.group(1).split(","))
    return expected


def corpus_files(corpus: Path) -> list[Path]:
    suffixes = {".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"}
    return sorted(p for p in corpus.rglob("*") if p.suffix in suffixes)
