"""Which calls of imported helpers a file judges, and in what order the files go.

Judging a call of a helper (how often it runs, whether it is guarded, what keeps its result)
is the dearest thing the rules do, and only a helper with a summary can make it a finding. So a
run analyses helpers before their callers (helpers_first, from the imports spelled in the
bytes), and each file asks the index of what is known so far (HelperIndex, through a
HelperView) which imports to follow (their calls and uses: only where the join may read
them) and which calls to judge. A call of a helper whose file was not analysed yet is listed;
if that helper turns out to have a summary, or a cached result did not follow an import that
now matters, the run analyses the file again following and judging everything
(needing_helpers). The findings are those of judging every call.
"""

from __future__ import annotations

import heapq
import os
import re
from typing import Callable, Iterable, Iterator, Sequence

from .findings import Chain, FileResult, is_option_step
from .project import FIELD, MAX_REEXPORT_HOPS, resolve


class HelperIndex:
    """What a run knows so far of the helpers its files export: which (file, chain) have a
    summary, or may gain one through a relay. A file asks it (through a HelperView) which of its
    calls of imported helpers to judge: those of a helper with a summary where it is imported
    from or, through re-exports, where it is defined. The calls of helpers whose file is not
    analysed yet (a cycle of imports) are listed; if such a helper turns out to have a summary,
    the run analyses the caller again (needing_helpers), which costs less than judging every
    such call. An import of a file known to summarise, remove and report nothing under its name
    is not followed at all: neither its calls nor its uses are looked for."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.known = frozenset(os.path.normpath(p) for p in paths)
        self.by_path: dict[str, FileResult] = {}
        self.summarised: set[tuple[str, Chain]] = set()
        self.rules: dict[tuple[str, Chain], set[str]] = {}  # the rules that summarise each (file, chain)
        self.asked: dict[str, set[Chain]] = {}  # per file, the chains whose calls or uses the join reads

    def add(self, result: FileResult) -> None:
        path = os.path.normpath(result.path)
        self.by_path[path] = result
        summarised = {s.chain for s in result.summaries}
        # a pending finding's relay chains: what the join may summarise the file's own exports as
        summarised |= {chain for f in result.pending for chain in f.needs.relay}
        self.summarised |= {(path, chain) for chain in summarised}
        for rule_id, chain in [*((s.rule_id, s.chain) for s in result.summaries),
                               *((f.needs.rule_id, chain) for f in result.pending for chain in f.needs.relay)]:
            self.rules.setdefault((path, chain), set()).add(rule_id)
            if is_option_step(chain[-1]):  # a method's summary on one option of its injected options: its calls are judged
                self.summarised.add((path, chain[:-1]))
                self.rules.setdefault((path, chain[:-1]), set()).add(rule_id)
        asked = summarised | {chain for s in result.summaries for chain in s.unless_used}
        # a finding on an exported container: another file's use of it (a shrink, a hand-off) may release it
        asked |= {chain for f in (*result.findings, *result.pending) for chain in f.exported_as if chain[:1] != (FIELD,)}
        # a finding inside a helper: its callers' calls are where it is shown (callsites.at_callers)
        asked |= {chain for f in result.findings for chain in f.in_helper}
        if asked:
            self.asked[path] = asked

    def view(self, importer: str) -> "HelperView":
        return HelperView(self, os.path.normpath(importer))

    def may_summarise(self, target: str | None, chain: Chain, hops: int = MAX_REEXPORT_HOPS, rule: str | None = None) -> bool:
        """Whether `chain` of `target` has a summary (of `rule`, if given), as far as the files
        analysed so far tell."""
        if target is None:
            return False  # not a file of this run: no summary can come from it
        result = self.by_path.get(target)
        if result is None:
            return False  # not analysed yet: listed now, judged in a second pass if it has a summary after all
        if (target, chain) in self.summarised and (rule is None or rule in self.rules.get((target, chain), ())):
            return True
        return hops > 0 and any(self.may_summarise(resolve(target, hop.specifier, self.known), hop.theirs + chain[len(hop.ours):], hops - 1, rule)
                                for hop in result.reexports if chain[:len(hop.ours)] == hop.ours)

    def may_be_asked(self, target: str | None, prefix: Chain, hops: int = MAX_REEXPORT_HOPS) -> bool:
        """Whether the join may read a call or a use of some chain that starts with `prefix` (an
        import) of `target`: one not analysed yet, or one that summarises, removes or reports an
        exported container under it."""
        if target is None:
            return False
        result = self.by_path.get(target)
        if result is None:
            return True
        if any(chain[:len(prefix)] == prefix for chain in self.asked.get(target, ())):
            return True
        return hops > 0 and any(self.may_be_asked(resolve(target, hop.specifier, self.known), hop.theirs + prefix[len(hop.ours):], hops - 1)
                                for hop in result.reexports if prefix[:len(hop.ours)] == hop.ours or hop.ours[:len(prefix)] == prefix)


class HelperView:
    """One file's questions to the index: which imports' calls to find, which calls to judge."""

    def __init__(self, index: HelperIndex, importer: str) -> None:
        self.index = index
        self.importer = importer
        self._targets: dict[str, str | None] = {}  # a file calls many helpers of one module

    def _target(self, specifier: str) -> str | None:
        if specifier not in self._targets:
            self._targets[specifier] = resolve(self.importer, specifier, self.index.known)
        return self._targets[specifier]

    def lists(self, specifier: str, prefix: Chain) -> bool:
        return self.index.may_be_asked(self._target(specifier), prefix)

    def judges(self, specifier: str, chain: Chain) -> bool:
        return self.index.may_summarise(self._target(specifier), chain)

    def judges_for(self, specifier: str, chain: Chain, rule: str) -> bool:
        """Whether a call is judged for `rule`: a pending finding of one rule can only be
        promoted by a summary of that rule, so a helper another rule summarises is not its concern."""
        return self.index.may_summarise(self._target(specifier), chain, rule=rule)

    def summarises_nothing(self, specifier: str, chain: Chain) -> bool:
        """The file `specifier` names is analysed and has no summary for `chain`, where it is
        defined either (through re-exports): what this file does with it can make no finding."""
        target = self._target(specifier)
        return target is not None and target in self.index.by_path and not self.index.may_summarise(target, chain)


class ListAll:
    """For a file analysed where no other file is known (a pool's worker): every call listed,
    none judged; the run asks again for the files that need it."""

    def lists(self, specifier: str, prefix: Chain) -> bool:
        return True

    def judges(self, specifier: str, chain: Chain) -> bool:
        return False

    def judges_for(self, specifier: str, chain: Chain, rule: str) -> bool:
        return False

    def summarises_nothing(self, specifier: str, chain: Chain) -> bool:
        return False


def needing_helpers(index: HelperIndex, results: list[FileResult]) -> set[str]:
    """The files (normalised paths) that listed a call, without judging it, of a helper that
    turned out to have a summary (or to relay one), or did not look for the calls through an
    import under which the helper's file now summarises something (a result from the cache, or
    from before a file of a cycle was analysed): the run analyses them again, judging all.
    `index` holds every one of `results`."""
    found = set()
    for result in results:
        path = os.path.normpath(result.path)
        if any(not call.judged and index.may_summarise(resolve(path, call.specifier, index.known), call.chain) for call in result.helper_calls) \
                or any(index.may_be_asked(resolve(path, specifier, index.known), prefix) for specifier, prefix in result.unlisted):
            found.add(path)
    return found


# A project specifier's tail, after its `./` (`'./x'`, `"../../y"`) or a root alias (`'@/lib/x'`, `'~/utils/y'`), found by that literal:
# enough of a file's imports to analyse helpers before their callers (a specifier missed, or a
# string that only looks like one, costs at worst a caller analysed twice, never a finding).
SPECIFIER_TAIL = re.compile(rb"""[.@~]/([^'"`\n]{0,200})(['"`])""")


def relative_specifiers(data: bytes) -> Iterator[str]:
    for match in SPECIFIER_TAIL.finditer(data):
        start, quote = match.start(), match.group(2)
        lead = data[start:start + 1].decode("ascii")
        head = data[max(0, start - 2):start]
        if head[-1:] == quote:
            yield lead + "/" + match.group(1).decode("utf-8", "replace")  # `./x`, or a root alias: `@/x`, `~/x`
        elif head == quote + b"." and lead == ".":
            yield "../" + match.group(1).decode("utf-8", "replace")


def helpers_first(paths: Sequence[str], read: "Callable[[str], bytes]") -> list[int]:
    """The indices of `paths`, each file after the files it imports, so that a file's helpers
    are known when it is analysed. Imports often form cycles (a lazy `require` in a function
    back to a module that requires this one): then the file with the fewest imports not yet
    placed goes first, and of those the one most files import, as a utility would."""
    known = {os.path.normpath(p): i for i, p in enumerate(paths)}
    frozen = frozenset(known)
    importers: list[list[int]] = [[] for _ in paths]
    left = [0] * len(paths)  # imports not yet placed
    for index, path in enumerate(paths):
        try:
            data = read(path)
        except OSError:
            continue
        folder_path = os.path.normpath(path)
        targets = {known[t] for spec in relative_specifiers(data) if (t := resolve(folder_path, spec, frozen)) is not None} - {index}
        for target in targets:
            importers[target].append(index)
        left[index] = len(targets)
    queue = [(left[i], -len(importers[i]), i) for i in range(len(paths))]
    heapq.heapify(queue)
    placed = [False] * len(paths)
    order: list[int] = []
    while queue:
        count, _, index = heapq.heappop(queue)
        if placed[index] or count != left[index]:
            continue  # an entry from before one of its imports was placed
        placed[index] = True
        order.append(index)
        for importer in importers[index]:
            if not placed[importer]:
                left[importer] -= 1
                heapq.heappush(queue, (left[importer], -len(importers[importer]), importer))
    return order
