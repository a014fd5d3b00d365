"""Everything a detector may read about one file, computed at most once and only on demand.

Most files hold no candidate for most rules, so the semantic model is built lazily: the first
detector that found a candidate with a query pays for it, the others share it.
"""

from __future__ import annotations

import re

from functools import cached_property
from typing import Iterable, Protocol

from tree_sitter import Node, QueryCursor

from .project import project_specifier
from .parse import SourceFile, query
from .semantic import Key, RunContext, SemanticModel, key_of, run_context
from .semantic.keys import literal_holder, only_a_receiver, this_assigned_once, this_owner
from .semantic.owners import OwnerClass, long_lived_classes, methods_of
from .semantic.nodes import CLASS_TYPES, FUNCTION_TYPES, aliased_by, member_chain, outermost, text, unwrap
from .semantic.effects import FileEffects, Vocabulary
from .semantic.exports import module_instances, top_level_imports
from .semantic.summaries import ImportedCall, imported_calls
from .semantic.search import calls_named, name_nodes, word_positions


OWNER_TYPES = CLASS_TYPES | FUNCTION_TYPES  # what a `this` key's root names (semantic.keys.this_owner)


class Helpers(Protocol):
    """What the run knows of the helpers a file imports (helper_index.HelperView, helper_index.ListAll)."""

    def lists(self, specifier: str, prefix: tuple[str, ...]) -> bool: ...  # find the calls through an import of `prefix`

    def judges(self, specifier: str, chain: tuple[str, ...]) -> bool: ...  # judge the calls of `chain`

    def judges_for(self, specifier: str, chain: tuple[str, ...], rule: str) -> bool: ...  # ... for one rule

    def summarises_nothing(self, specifier: str, prefix: tuple[str, ...]) -> bool: ...  # no summary can come under `prefix`


# `new Name`: the constructor names a file spells, read in one search (group 1; the word
# boundary before `new` is tested apart: a pattern that opens with a literal is searched fast).
NEW_NAME = re.compile(rb"new[ \t]+([\w$\x80-\xff]+)")
# `const latency = createHistogram(`, `let db = await connect(`, `const s = createRegistry<Session>(`: a top-level name
# kept from a call (group 1: the callee), at the start of a line: searched from each newline, not each byte.
MADE_BY_CALL = re.compile(rb"\n(?:export[ \t]+)?(?:const|let|var)[ \t]+[\w$]+[ \t]*=[ \t]*(?:await[ \t]+)?([\w$\x80-\xff]+)[ \t]*(?:<[^\n]*?>[ \t]*)?\(")


def constructed_names(data: bytes) -> set[bytes]:
    """The names a file spells after `new` (`new Feed(`), `new` a word of its own."""
    return {m.group(1) for m in NEW_NAME.finditer(data) if m.start() == 0 or not _word_byte(data[m.start() - 1])}


def _word_byte(byte: int) -> bool:
    return byte == 0x5F or 0x30 <= byte <= 0x39 or 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A  # [A-Za-z0-9_], as `\b` reads bytes


def names_made_by_calls(data: bytes) -> set[bytes]:
    """The callees whose results lines of the file keep at their start (MADE_BY_CALL)."""
    return set(MADE_BY_CALL.findall(b"\n" + data))


class FileContext:
    def __init__(self, source: SourceFile, vocabulary: Vocabulary | None = None, helpers: "Helpers | None" = None) -> None:
        self.source = source
        self.vocabulary = vocabulary or Vocabulary()
        self.helpers = helpers  # which calls of imported helpers to find and to judge (helper_index.HelperView); None: all
        self._runs: dict[int, RunContext] = {}
        self._calls_named: dict[tuple[str, ...], list[Node]] = {}
        self._accesses: dict[tuple[str, str], dict[Key, list[Node]]] = {}
        self._roots: dict[str, list[Node]] = {}
        self._chains: dict[str, dict[str, list[tuple[Node, list[Node]]]]] = {}
        self.guards: dict[int, bool] = {}  # semantic.guards: whether a call is guarded to run once
        self.shared: dict[str, object] = {}  # what several rules of one detector kind compute alike
        self._methods: dict[int, dict[str, Node]] = {}  # FileContext.methods_of

    @cached_property
    def model(self) -> SemanticModel:
        return SemanticModel(self.source.root, self.source.language, self.source.data)

    @cached_property
    def effects(self) -> FileEffects:
        """What the file's calls do (semantic.effects), found once for every rule's names."""
        return FileEffects(self.source.root, self.source.data, self.vocabulary)

    @cached_property
    def long_lived_classes(self) -> list[OwnerClass]:
        """The file's classes whose instances are long-lived (semantic.owners), for every rule."""
        return long_lived_classes(self.model)

    @cached_property
    def unlisted(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The relative imports (specifier, chain) whose calls and uses the run will not read: no
        summary, removal or exported finding under them, in a file analysed already
        (helper_index.HelperView). None when the run does not say."""
        helpers = self.helpers
        if helpers is None:
            return ()
        return tuple(dict.fromkeys(entry for entry in self.relative_imports.values() if not helpers.lists(*entry)))

    @cached_property
    def followed_imports(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """The relative imports whose calls and uses are looked for: all but the unlisted."""
        skipped = self.unlisted
        return {name: entry for name, entry in self.relative_imports.items() if entry not in skipped} if skipped else self.relative_imports

    @cached_property
    def helper_calls(self) -> list[ImportedCall]:
        """Calls of functions imported from this project's modules, found by spelling (of the
        followed imports)."""
        imports = self.followed_imports
        if not imports:
            return []
        positions = self.import_positions
        return imported_calls(self.source.root, self.source.data, imports, {name: positions[name] for name in imports})

    @cached_property
    def imported_calls(self) -> list[ImportedCall]:
        """The calls of imported helpers the rules judge, as pending findings that the helper's
        summary decides (project.join): only those of helpers that may have a summary when the
        run knows the others have none (helper_index.HelperIndex), since judging a call (how often
        it runs, what keeps its result) costs more than most of what a rule does, and most
        helpers summarise nothing."""
        helpers = self.helpers
        return self.helper_calls if helpers is None else [c for c in self.helper_calls if helpers.judges(c.specifier, c.chain)]

    def judges_for(self, call: ImportedCall, rule_id: str) -> bool:
        """Whether `rule_id` judges this call of an imported helper: only a summary of the same
        rule can make its pending finding one."""
        return self.helpers is None or self.helpers.judges_for(call.specifier, call.chain, rule_id)

    @cached_property
    def import_positions(self) -> dict[str, list[tuple[int, int]]]:
        """Where each name imported from this project's modules is spelled: searched once for
        the summaries' calls and the collection rule's facts."""
        data = self.source.data
        return {name: list(word_positions(data, name.encode("utf-8"))) for name in self.followed_imports}

    @cached_property
    def relative_imports(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Local name -> (specifier, chain) for values imported from this project's own modules
        (`./x`, `../y`), read once from the top-level statements for every detector."""
        data = self.source.data
        if b"./" not in data and b"@/" not in data and b"~/" not in data:
            return {}
        found = top_level_imports(self.source.root, values_only=True)
        relative = {name: entry for name, entry in found.items() if project_specifier(entry[0])}
        # `const feed = new Feed()` of an imported class: calls on it reach the class's shared instance
        data = self.source.data
        names = {name.encode() for name in relative}
        made = relative and (b"new " in data and not names.isdisjoint(constructed_names(data))
                             or not names.isdisjoint(names_made_by_calls(data)))  # `const latency = createHistogram()` of an imported factory
        return {**module_instances(self.source.root, relative), **relative} if made else relative

    def captures(self, query_source: str, name: str) -> list[Node]:
        """Nodes captured as `@name` by a query, in source order; runs in C, cheap."""
        compiled = query(self.source.language, query_source)
        found = QueryCursor(compiled).captures(self.source.root).get(name, [])
        return sorted(found, key=lambda n: n.start_byte)

    def methods_of(self, owner: Node) -> dict[str, Node]:
        """The methods of a class (or constructor function) by name (semantic.owners.methods_of),
        found once per owner for every rule that asks."""
        found = self._methods.get(owner.id)
        if found is None:
            found = self._methods[owner.id] = methods_of(owner, self.source.root)
        return found

    def run_context(self, node: Node) -> RunContext:
        cached = self._runs.get(node.id)
        if cached is None:
            cached = self._runs[node.id] = run_context(node)
        return cached

    def calls_named(self, names: Iterable[str]) -> list[Node]:
        """Calls whose callee is named one of `names`, in source order: found by a byte
        search rather than a query over every call, since most files have thousands of calls
        and a handful of candidates. Shared between detectors."""
        wanted = tuple(sorted(set(names)))
        found = self._calls_named.get(wanted)
        if found is None:
            found = self._calls_named[wanted] = calls_named(self.source.root, self.source.data, wanted)
        return found

    def accesses(self, key: Key) -> list[Node]:
        """The member accesses (`a.b`, `a[b]`) whose receiver key is `key`, in source order.

        Found from the key's root outwards, never from every access in the file: the root's
        uses (a binding's references, `this` inside its owner, a global's name), then the
        member chains built on each whose first property is the key's. All the keys that
        share a root and a first property are grouped at once."""
        if not key.path:
            return []
        first = key.path[0]
        groups = self._accesses.get((key.root, first))
        if groups is None:
            groups = self._accesses[(key.root, first)] = {}
            heads = self._heads(key.root)
            for head, chain in [*heads.get(first, ()), *heads.get("", ())]:
                for access in (head, *chain):
                    found = key_of(access, self.model)
                    if found is not None:
                        groups.setdefault(found, []).append(access)
            for nodes in groups.values():
                nodes.sort(key=lambda n: n.start_byte)
        return groups.get(key, [])

    def _heads(self, root: str) -> dict[str, list[tuple[Node, list[Node]]]]:
        """The member chains on a root's uses, by their first property ("" for a computed one),
        read once per root however many of its fields are asked about."""
        found = self._chains.get(root)
        if found is None:
            found = self._chains[root] = {}
            for node in self._root_uses(root):
                chain = member_chain(node)
                head = next(chain, None)
                if head is None:
                    continue
                first = text(head.child_by_field_name("property")) if head.type == "member_expression" else ""
                found.setdefault(first, []).append((head, list(chain)))
        return found

    def root_uses(self, root: str) -> list[Node]:
        """The nodes that stand for a key's root: a binding's references, `this` in its owner."""
        return self._root_uses(root)

    def _root_uses(self, root: str) -> list[Node]:
        """Nodes that may stand for a key's root (semantic.keys): checked again by key_of."""
        found = self._roots.get(root)
        if found is None:
            found = self._roots[root] = self._find_root_uses(root)
        return found

    def _find_root_uses(self, root: str) -> list[Node]:
        model = self.model
        if root.startswith("global:"):
            return [n for n in name_nodes(model.root, model.data, root.removeprefix("global:")) if n.type == "identifier"]
        if root.startswith("this@"):
            return self._this_uses(int(root.removeprefix("this@")))
        binding = model.binding_with_uid(root)
        if binding is None:
            return []
        value = unwrap(binding.value)
        methods_this = [] if value is None or value.type != "object" or not only_a_receiver(binding) else [  # `this` in its methods (keys.literal_holder)
            node for node in name_nodes(model.root, model.data, "this", value.start_byte, value.end_byte)
            if node.type == "this" and literal_holder(node) == binding.identifier]
        return [r.identifier for r in binding.references] + methods_this

    def _this_uses(self, owner_start: int) -> list[Node]:
        """`this` inside the owner that starts at `owner_start` (the whole file for -1), and the
        uses of its aliases (`const self = this`)."""
        model = self.model
        start, end = 0, None
        if owner_start >= 0:
            owner = model.root.descendant_for_byte_range(owner_start, owner_start)
            while owner is not None and not (owner.start_byte == owner_start and owner.is_named and owner.type in OWNER_TYPES):
                owner = owner.parent
            start, end = (owner.start_byte, owner.end_byte) if owner is not None else (owner_start, None)
            if owner is not None and owner.type not in CLASS_TYPES and b".prototype" in model.data:
                start, end = 0, None  # a constructor's prototype methods see its instances too (keys.this_owner)
        found = []
        for node in name_nodes(model.root, model.data, "this", start, end):
            if node.type != "this" or (end is None and owner_start >= 0 and _owner_start(node) != owner_start):
                continue
            found.append(node)
            alias = aliased_by(node) or _assigned_name(node)
            binding = model.binding_of(alias) if alias is not None else None
            if binding is not None and binding.kind.value in ("const", "let", "var") \
                    and (binding.value is not None or this_assigned_once(binding) is not None):
                found.extend(r.identifier for r in binding.references)
        return found


def _assigned_name(this: Node) -> Node | None:
    """`client` in `client = this`."""
    parent = outermost(this).parent
    if parent is None or parent.type != "assignment_expression" or unwrap(parent.child_by_field_name("right")) != this:
        return None
    left = parent.child_by_field_name("left")
    return left if left is not None and left.type == "identifier" else None


def _owner_start(this: Node) -> int:
    owner = this_owner(this)
    return owner.start_byte if owner is not None else -1
