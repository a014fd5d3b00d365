"""Under which names other modules can reach a value of this file.

A name is a chain: the imported name first, then properties. One value usually has several,
because importers reach it several ways: `export const cache` is `cache` to
`import { cache }` and `*.cache` to `import * as m`; `module.exports = { cache }` is also
`default.cache` to an ES module importing CommonJS. Listing every spelling on the exporting
side keeps the importing side literal (see leaklint.project).
"""

from __future__ import annotations

from typing import Callable

from tree_sitter import Node

from ..project import project_specifier
from ..findings import INSTANCE_STEP
from .model import SemanticModel
from .nodes import LOOP_TYPES, ancestors, call_of, contains, declared_name, enclosing_function, module_statements, outermost, remembered_per_node, required_module, required_path, returned_values, string_value, text, unwrap
from .scopes import Binding
from .frameworks import END_METHODS, di_singleton
from .callers import prototype_name
from .keys import prototype_constructor
from .runs import callback_role
from .search import name_nodes
from .singletons import RESULT_STEP, lazy_singleton

Chain = tuple[str, ...]
# The one instance of an exported class that another module makes at its top level and
# exports (`export const market = new QuoteFeed()`, re-exported under this step): its methods
# act on an object that lives as long as that module. Fresh instances take INSTANCE_STEP.
SHARED_STEP = "shared"


def binding_exports(binding: Binding, model: SemanticModel) -> set[Chain]:
    """Every chain under which a module-level binding's value is exported: read once per
    binding (a class's, asked again for each of its methods)."""
    answers = model.memo.setdefault("exports.binding_exports", {})
    found = answers.get(id(binding))
    if found is None:
        found = answers[id(binding)] = frozenset(_binding_exports(binding, model))
    return set(found)


def _binding_exports(binding: Binding, model: SemanticModel) -> set[Chain]:
    chains: set[Chain] = set()
    if not binding.is_module_level:
        return chains
    if _declared_in_export(binding.declaration):
        chains |= {("*", binding.name), (binding.name,)}
    for reference in binding.references:
        if not reference.is_write:
            chains |= value_exports(reference.identifier, model)
    return chains


def is_exported(binding: Binding, model: SemanticModel) -> bool:
    """Whether other modules can reach a module-level binding's value at all: the first chain
    found settles it. `module.exports = X` usually closes a file, so uses are read last first."""
    if not binding.is_module_level:
        return False
    if _declared_in_export(binding.declaration):
        return True
    return any(value_exports(r.identifier, model) for r in reversed(binding.references) if not r.is_write)


def function_exports(fn: Node, model: SemanticModel) -> set[Chain]:
    """Every chain under which a function declared in this module is exported: `export function
    f`, `export default`, `module.exports = { f }`, `exports.f = function ...`."""
    chains = value_exports(fn, model)
    name = declared_name(fn)
    binding = model.binding_of(name) if name is not None else None
    if binding is not None:
        chains |= binding_exports(binding, model)
    statement = fn.parent
    if statement is not None and statement.type == "export_statement" and any(c.type == "default" for c in statement.children):
        chains.add(("default",))
    if fn.type == "method_definition":
        chains |= _method_exports(fn, model)
    elif fn.parent is not None and fn.parent.type == "assignment_expression":
        chains |= _prototype_method_exports(fn, model)
    return chains


# The chain a summary of an unexported top-level function is made under: what it does reaches
# other modules only through the exported functions of its module that call it (semantic.relays).
LOCAL_STEP = "<local>"


def summary_chains(fn: Node, model: SemanticModel) -> set[Chain]:
    """The chains to summarise `fn` under: those it is exported as, or for a function declared
    at the top of its module and not exported, (LOCAL_STEP, its name), when the module exports
    anything (semantic.relays carries such a summary to the exported functions that call it).
    Asked for each summary and each of its callers: answered once per function."""
    answers = model.memo.setdefault("summary_chains", {})
    if fn.id not in answers:
        answers[fn.id] = _summary_chains(fn, model)
    return set(answers[fn.id])


def _summary_chains(fn: Node, model: SemanticModel) -> set[Chain]:
    chains = function_exports(fn, model)
    holder = fn.parent if fn.type == "method_definition" else None
    cls = holder.parent if holder is not None and holder.type == "class_body" else None
    if cls is not None and not any(c.type == "static" for c in fn.children):  # `export const tracker = new Tracker()`: `tracker.hit()`
        name = text(fn.child_by_field_name("name"))
        chains |= {(*c, name) for c in instance_exports(cls, model) if c[-1:] not in ((INSTANCE_STEP,), (SHARED_STEP,))}
    if chains or b"export" not in model.data:
        return chains
    name = declared_name(fn)
    statement = _declaring_statement(fn, name)
    if statement is None or statement.parent is None or statement.parent.type != "program":
        return chains
    return {(LOCAL_STEP, text(name))}


def _declaring_statement(fn: Node | None, name: Node | None) -> Node | None:
    """The statement that declares `fn` under `name`: the declaration itself, or the `const`
    (or `let`) whose declarator holds it."""
    if fn is None or name is None:
        return None
    return fn if fn.type == "function_declaration" or name.parent == fn else name.parent.parent if name.parent is not None else None


def _factory_handing_out(obj: Node, model: SemanticModel) -> Node | None:
    """The function that makes `obj` anew on each call and returns it (`return { start() {...} }`,
    or `const poller = {...}; return poller`): its methods are those of each object it makes."""
    fn = enclosing_function(obj)
    if fn is None:
        return None
    holder = outermost(obj).parent
    if holder is not None and holder.type == "return_statement":
        return fn
    name = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" else None
    if name is None or name.type != "identifier" or enclosing_function(holder) != fn:
        return None
    returned = returned_values(fn)
    return fn if returned and all(unwrap(r) is not None and unwrap(r).type == "identifier" and text(unwrap(r)) == text(name)
                                  for r in returned) else None


def made_at_load(factory: Node, model: SemanticModel) -> set[Chain]:
    """The chains of what `factory` makes at module level and the module exports
    (`export const lobby = createRoster()`, `export default createBoard()`): one object every
    importer shares, whose methods are the factory's object's."""
    name = declared_name(factory)
    binding = model.binding_of(name) if name is not None and name.type == "identifier" else None
    chains: set[Chain] = set()
    for reference in binding.references if binding is not None else ():
        call = outermost(reference.identifier).parent
        if call is None or call.type != "call_expression" or unwrap(call.child_by_field_name("function")) != reference.identifier \
                or enclosing_function(call) is not None:
            continue
        chains |= value_exports(outermost(call), model)
        holder = outermost(call).parent
        made = model.binding_of(holder.child_by_field_name("name")) if holder is not None and holder.type == "variable_declarator" else None
        chains |= binding_exports(made, model) if made is not None and made.is_module_level else set()
    return chains


def _prototype_method_exports(fn: Node, model: SemanticModel) -> set[Chain]:
    """`Watcher.prototype.watch = function (...) {...}` of an exported constructor: a method
    of its instances, wherever another module makes one (a "prototype" step, as for a class)."""
    ctor = prototype_constructor(fn)
    name = ctor.child_by_field_name("name") if ctor is not None else None
    binding = model.binding_of(name) if name is not None else None
    method = prototype_name(fn)
    if binding is None or not method:
        return set()
    return {(*chain, INSTANCE_STEP, method) for chain in binding_exports(binding, model)}


def class_exports(cls: Node, model: SemanticModel) -> set[Chain]:
    """Every chain under which a class of this module is exported."""
    class_name = cls.child_by_field_name("name")  # a type_identifier in TypeScript: looked up by its text
    binding = model.module_scope.bindings.get(text(class_name)) if class_name is not None else None
    chains = binding_exports(binding, model) if binding is not None and binding.value == cls else value_exports(cls, model)
    if cls.parent is not None and cls.parent.type == "export_statement" and any(c.type == "default" for c in cls.parent.children):
        chains.add(("default",))
    return chains


def constructor_exports(constructor: Node, model: SemanticModel) -> set[Chain]:
    """`new Session(...)` in another module runs this constructor: its chains end in the
    instance step and "constructor". Only rules that judge what one instance starts and never
    ends ask for them (a constructor's effects on its own instance end with it)."""
    holder = constructor.parent
    cls = holder.parent if holder is not None and holder.type == "class_body" else None
    return _with_suffix(class_exports(cls, model), [INSTANCE_STEP, "constructor"]) if cls is not None else set()


def _method_exports(method: Node, model: SemanticModel) -> set[Chain]:
    """A method of an exported object literal (`module.exports = { track(x) {...} }`) or of an
    exported class: a static one, or an instance method (a "prototype" step in its chain)."""
    name = text(method.child_by_field_name("name"))
    holder = method.parent
    if holder is not None and holder.type == "object":
        chains = value_exports(holder, model)
        declarator = outermost(holder).parent  # `const scheduler = { every() {...} }; module.exports = scheduler`
        if declarator is not None and declarator.type == "variable_declarator" and declarator.child_by_field_name("name") is not None:
            bound = model.binding_of(declarator.child_by_field_name("name"))
            chains |= binding_exports(bound, model) if bound is not None and bound.is_module_level else set()
        factory = _factory_handing_out(holder, model)
        made = _with_suffix(function_exports(factory, model), [INSTANCE_STEP, name]) | _with_suffix(made_at_load(factory, model), [name]) \
            if factory is not None else set()
        return _with_suffix(chains, [name]) | made
    cls = holder.parent if holder is not None and holder.type == "class_body" else None
    if cls is None or name == "constructor":
        return set()
    chains = class_exports(cls, model)
    if any(c.type == "static" for c in method.children):
        return _with_suffix(chains, [name])
    # An instance method, called on any instance another module makes or is given (an
    # injected service: `constructor(private polling: PollingService)`): chain step "prototype".
    return _with_suffix(chains, [INSTANCE_STEP, name])


def instance_exports(cls: Node, model: SemanticModel) -> set[Chain]:
    """The chains of _instance_exports, read once per class: each of its methods asks."""
    answers = model.memo.setdefault("exports.instance_exports", {})
    found = answers.get(cls.id)
    if found is None:
        found = answers[cls.id] = frozenset(_instance_exports(cls, model))
    return set(found)


def _instance_exports(cls: Node, model: SemanticModel) -> set[Chain]:
    """Every chain under which an instance of `cls` made at module level is exported:
    `module.exports = new Monitor()`, `export const monitor = new Monitor()`, or handed out by
    an exported accessor of a lazy singleton (`Monitor.getInstance()`, a step "()" in the
    chain), or by the injector when it is a DI singleton (any instance, a "prototype" step).
    Its methods are then called on one object that lives as long as the module."""
    name = cls.child_by_field_name("name") or declared_name(cls)  # `const Stats = function () {...}`
    if name is None:
        return set()
    binding = model.binding_of(name)
    singleton = lazy_singleton(binding, model) if binding is not None else None
    chains: set[Chain] = {(*c, RESULT_STEP) for c in function_exports(singleton.accessor, model)} if singleton is not None else set()
    if binding is not None and di_singleton(cls):  # the injector's one instance, handed to whoever asks
        chains |= {(*c, INSTANCE_STEP) for c in binding_exports(binding, model)}
    cls_binding = binding if binding is not None and binding.value == cls else None
    chains |= {(*c, SHARED_STEP) for c in (binding_exports(cls_binding, model) if cls_binding is not None else class_exports(cls, model))}
    for ctor in name_nodes(model.root, model.data, text(name)):
        new = ctor.parent
        if new is None or new.type != "new_expression" or new.child_by_field_name("constructor") != ctor or enclosing_function(new) is not None:
            continue
        chains |= value_exports(new, model)
        declarator = outermost(new).parent
        if declarator is not None and declarator.type == "variable_declarator":
            binding = model.binding_of(declarator.child_by_field_name("name"))
            chains |= binding_exports(binding, model) if binding is not None else set()
    return chains


def value_exports(node: Node, model: SemanticModel) -> set[Chain]:
    """Every chain under which the value of the expression at `node` is exported."""
    suffix: list[str] = []
    current = node
    while True:
        current = outermost(current)
        parent = current.parent
        if parent is None:
            return set()
        kind = parent.type
        if kind == "export_specifier" and parent.child_by_field_name("name") == current:
            if parent.parent is not None and parent.parent.parent is not None and parent.parent.parent.child_by_field_name("source"):
                return set()  # `export { x } from './y'` names y's x, not ours
            alias = text(parent.child_by_field_name("alias") or current)
            return _with_suffix({("*", alias), (alias,)} | ({("default",)} if alias == "default" else set()), suffix)
        if kind == "export_statement" and parent.child_by_field_name("value") == current:
            return _with_suffix({("default",)}, suffix)
        if kind == "export_statement" and any(c.type == "=" for c in parent.children):  # TypeScript's `export = follow`
            return _with_suffix({("*",), ("default",)}, suffix)
        if current.type == "shorthand_property_identifier" and kind == "object":
            suffix.insert(0, text(current))
            current = parent
            continue
        if kind == "pair" and parent.child_by_field_name("value") == current and parent.parent is not None:
            key = parent.child_by_field_name("key")
            suffix.insert(0, string_value(key) or text(key))
            current = parent.parent
            continue
        if kind == "assignment_expression" and parent.child_by_field_name("right") == current:
            target = commonjs_export_chain(parent.child_by_field_name("left"), model)
            if target is None:
                return set()
            chains = _with_suffix(target, suffix)
            # CommonJS exports are also reachable one by one: `const { b } = require('./x')`.
            return chains | {chain[1:] for chain in chains if chain[0] == "*" and len(chain) > 1}
        return set()


def commonjs_export_chain(target: Node | None, model: SemanticModel) -> set[Chain] | None:
    """`module.exports`, `module.exports.x` and `exports.x` as chains; None for anything else."""
    path: list[str] = []
    node = unwrap(target)
    while node is not None and node.type == "member_expression":
        path.insert(0, text(node.child_by_field_name("property")))
        node = unwrap(node.child_by_field_name("object"))
    if node is None or node.type != "identifier":
        return None
    if model.is_global(node, "module") and path[:1] == ["exports"]:
        rest = tuple(path[1:])
    elif model.is_global(node, "exports"):
        rest = tuple(path)
    else:
        return None
    chains = {("*", *rest), ("default", *rest)}
    if rest:
        chains.add(rest)
    return chains


def _declared_in_export(declaration: Node) -> bool:
    node = declaration.parent
    while node is not None and node.type in ("lexical_declaration", "variable_declaration"):
        node = node.parent
    return node is not None and node.type == "export_statement" or declaration.parent is not None and declaration.parent.type == "export_statement"


def _with_suffix(chains: set[Chain], suffix: list[str]) -> set[Chain]:
    return {chain + tuple(suffix) for chain in chains}


def reexports(root: Node, imports: dict[str, tuple[str, Chain]] | None = None) -> list[tuple[Chain, str, Chain]]:
    """What this module passes on from another: (our chain, their specifier, their chain).

    `export { a as b } from './x'` gives (('b',), './x', ('a',)); `export * from './x'` gives
    ((), './x', ()) meaning every name, as does a spread `module.exports = { ...require('./x') }`;
    `module.exports = require('./x')` gives (('*',), './x', ('*',)).
    """
    found: list[tuple[Chain, str, Chain]] = []
    for statement in root.named_children:
        if statement.type == "export_statement":
            source = string_value(statement.child_by_field_name("source"))
            if not source:
                continue
            clause = next((c for c in statement.named_children if c.type == "export_clause"), None)
            namespace = next((c for c in statement.named_children if c.type == "namespace_export"), None)
            if clause is not None:
                for spec in clause.named_children:
                    if spec.type == "export_specifier":
                        name = text(spec.child_by_field_name("name"))
                        alias = text(spec.child_by_field_name("alias") or spec.child_by_field_name("name"))
                        found.append(((alias,), source, (name,)))
                        found.append((("*", alias), source, (name,)))
            elif namespace is not None:
                alias = text(namespace.named_children[-1]) if namespace.named_children else ""
                found.append(((alias,), source, ("*",)))
                found.append((("*", alias), source, ("*",)))
            else:
                found.append(((), source, ()))
        elif statement.type == "expression_statement" and statement.named_children:
            assignment = statement.named_children[0]
            if assignment.type != "assignment_expression" or text(assignment.child_by_field_name("left")) != "module.exports":
                continue
            right = unwrap(assignment.child_by_field_name("right"))
            if right is not None and right.type == "object":  # `module.exports = { ...require('./a'), ...require('./b') }`
                found += [((), source, ()) for member in right.named_children
                          if member.type == "spread_element" and (source := required_module(unwrap(member.named_children[0]) if member.named_children else None))
                          and required_path(unwrap(member.named_children[0])) == ()]
                continue
            fn = right.child_by_field_name("function") if right is not None and right.type == "call_expression" else None
            args = right.child_by_field_name("arguments") if fn is not None else None
            if text(fn) == "require" and args is not None and args.named_children:
                source = string_value(args.named_children[0])
                if source:
                    found.append((("*",), source, ("*",)))
                    found.append((("default",), source, ("*",)))
    return found + _passed_on_imports(root, imports)


def _passed_on_imports(root: Node, imports: dict[str, tuple[str, Chain]] | None) -> list[tuple[Chain, str, Chain]]:
    """Names imported from a project module and exported again under a name of ours, the
    shape of an `index.js`: `const { a } = require('./a'); module.exports = { a, b: a }`,
    `exports.a = a`, `import { a } from './a'; export { a as b }`. Read from the top-level
    statements alone, as the imports are (`imports`: those of project modules, when known)."""
    if imports is None:
        imports = {n: e for n, e in top_level_imports(root, values_only=True).items() if project_specifier(e[0])}
    if not imports:
        return []
    exported: list[tuple[str, str]] = []  # (our name, the local name it holds)
    for statement in root.named_children:
        if statement.type == "export_statement" and statement.child_by_field_name("source") is None:
            clause = next((c for c in statement.named_children if c.type == "export_clause"), None)
            for spec in clause.named_children if clause is not None else ():
                if spec.type == "export_specifier":
                    local = text(spec.child_by_field_name("name"))
                    exported.append((text(spec.child_by_field_name("alias")) or local, local))
            declaration = statement.child_by_field_name("declaration")
            if declaration is not None and declaration.type in ("lexical_declaration", "variable_declaration"):  # `export const market = new Feed()`
                exported += [(text(d.child_by_field_name("name")),) * 2 for d in declaration.named_children
                             if d.type == "variable_declarator" and d.child_by_field_name("name") is not None
                             and d.child_by_field_name("name").type == "identifier"]
            continue
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if assignment is None or assignment.type != "assignment_expression":
            continue
        left, right = text(assignment.child_by_field_name("left")), unwrap(assignment.child_by_field_name("right"))
        if right is None:
            continue
        if left == "module.exports" and right.type == "object":
            for member in right.named_children:
                if member.type == "shorthand_property_identifier":
                    exported.append((text(member), text(member)))
                elif member.type == "pair" and unwrap(member.child_by_field_name("value")) is not None \
                        and unwrap(member.child_by_field_name("value")).type == "identifier":
                    key = member.child_by_field_name("key")
                    exported.append((string_value(key) or text(key), text(unwrap(member.child_by_field_name("value")))))
        elif left.startswith(("exports.", "module.exports.")) and left.count(".") == left.startswith("module.") + 1 and right.type == "identifier":
            exported.append((left.rsplit(".", 1)[-1], text(right)))
    whole = _exported_whole(root)  # `module.exports = stats`, `export default stats`
    if not exported and not whole:
        return []
    instances = module_instances(root, imports)
    found = []
    for ours, local in exported:
        entry = imports.get(local)
        if entry is None and local in instances:
            entry = instances[local]
        if entry is not None and project_specifier(entry[0]):
            found += [((ours,), entry[0], entry[1]), (("*", ours), entry[0], entry[1]), (("default", ours), entry[0], entry[1])]
    for value in whole:
        entry = instances.get(text(value)) if value.type == "identifier" else _imported_class_of(value, imports)
        if entry is not None:
            found += [(("*",), entry[0], entry[1]), (("default",), entry[0], entry[1])]
    return found


def module_instances(root: Node, imports: dict[str, tuple[str, Chain]]) -> dict[str, tuple[str, Chain]]:
    """Top-level `const market = new QuoteFeed()` (or `export const`) of a class imported from
    a project module, or `const latency = createHistogram()` of a factory: the name, and where
    the class's shared instance (or the factory's shared result) is summarised (SHARED_STEP)."""
    found: dict[str, tuple[str, Chain]] = {}
    for statement in root.named_children:
        declaration = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
        if declaration is None or declaration.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for declarator in (d for d in declaration.named_children if d.type == "variable_declarator"):
            target, made = declarator.child_by_field_name("name"), unwrap(declarator.child_by_field_name("value"))
            entry = _imported_class_of(made, imports)
            if target is not None and target.type == "identifier" and entry is not None:
                found[text(target)] = entry
    return found


def _imported_class_of(value: Node | None, imports: dict[str, tuple[str, Chain]]) -> tuple[str, Chain] | None:
    """`new QuoteFeed()` of an imported class, or `createHistogram('latency')` of an imported
    factory: the one instance (or result) this module keeps."""
    value = unwrap(value.child_by_field_name("argument")) if value is not None and value.type == "await_expression" else value
    if value is not None and value.type == "new_expression":
        made = unwrap(value.child_by_field_name("constructor"))
    elif value is not None and value.type == "call_expression":
        made = unwrap(value.child_by_field_name("function"))
    else:
        return None
    entry = imports.get(text(made)) if made is not None and made.type == "identifier" else None
    return (entry[0], (*entry[1], SHARED_STEP)) if entry is not None and project_specifier(entry[0]) else None


def _exported_whole(root: Node) -> list[Node]:
    """What a module exports as itself: a local name (`module.exports = stats`, `export default
    stats`) or an instance made there (`module.exports = new Stats()`)."""
    found = []
    for statement in root.named_children:
        if statement.type == "export_statement" and statement.child_by_field_name("declaration") is None \
                and any(c.type == "default" for c in statement.children):
            value = unwrap(statement.child_by_field_name("value"))
        elif statement.type == "expression_statement" and statement.named_children and statement.named_children[0].type == "assignment_expression" \
                and text(statement.named_children[0].child_by_field_name("left")) == "module.exports":
            value = unwrap(statement.named_children[0].child_by_field_name("right"))
        else:
            continue
        if value is not None and value.type in ("identifier", "new_expression"):
            found.append(value)
    return found


def top_level_imports(root: Node, values_only: bool = False) -> dict[str, tuple[str, Chain]]:
    """Local name -> (module, chain) for the file's top-level `import`s and `require`s, read
    from the top-level statements alone (no model): `import { a as b }` gives b -> (m, ('a',)),
    `const x = require('m').y` gives x -> (m, ('*', 'y')), a default import ('default',).
    With `values_only`, TypeScript's `import type` and `{ type T }` are left out."""
    found: dict[str, tuple[str, Chain]] = {}
    for statement in root.named_children:
        if statement.type == "import_statement":
            source = string_value(statement.child_by_field_name("source"))
            for clause in (c for c in statement.named_children if c.type == "import_require_clause"):  # `import f = require('./f')`
                name = next((c for c in clause.named_children if c.type == "identifier"), None)
                required = string_value(clause.child_by_field_name("source"))
                if name is not None and required:
                    found[text(name)] = (required, ("*",))
            if not source or values_only and _is_type_only(statement):
                continue
            for clause in (c for c in statement.named_children if c.type == "import_clause"):
                for part in clause.named_children:
                    if part.type == "identifier":
                        found[text(part)] = (source, ("default",))
                    elif part.type == "namespace_import" and part.named_children:
                        found[text(part.named_children[-1])] = (source, ("*",))
                    elif part.type == "named_imports":
                        for spec in (s for s in part.named_children if s.type == "import_specifier"):
                            if values_only and _is_type_only(spec):
                                continue
                            name = spec.child_by_field_name("name")
                            found[text(spec.child_by_field_name("alias") or name)] = (source, (text(name),))
        elif statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in (d for d in statement.named_children if d.type == "variable_declarator"):
                value = declarator.child_by_field_name("value")
                source = required_module(value)
                name = declarator.child_by_field_name("name")
                if not source or name is None:
                    continue
                if name.type == "identifier":
                    found[text(name)] = (source, ("*", *required_path(value)))
                elif name.type == "object_pattern":
                    for part in name.named_children:
                        if part.type == "shorthand_property_identifier_pattern":
                            found[text(part)] = (source, (text(part),))
                        elif part.type == "pair_pattern" and unwrap(part.child_by_field_name("value")) is not None:
                            found[text(part.child_by_field_name("value"))] = (source, (text(part.child_by_field_name("key")),))
    return found


FUNCTION_VALUE_TYPES = ("function_expression", "function", "arrow_function")


@remembered_per_node
def top_level_functions(root: Node) -> list[Node]:
    """Functions a module may export, read from its top-level statements without the model:
    declarations, `const f = (...) => ...`, and `exports.f = function ...` / `module.exports.f = ...`."""
    found = []
    for statement in module_statements(root):
        if statement.type == "export_statement":
            statement = statement.child_by_field_name("declaration") or statement.child_by_field_name("value") or statement
        if statement.type in ("function_declaration", "generator_function_declaration", *FUNCTION_VALUE_TYPES):
            found.append(statement)
        elif statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in (d for d in statement.named_children if d.type == "variable_declarator"):
                value = unwrap(declarator.child_by_field_name("value"))
                if value is not None and value.type in FUNCTION_VALUE_TYPES:
                    found.append(value)
        elif statement.type == "expression_statement" and statement.named_children:
            assignment = statement.named_children[0]
            value = unwrap(assignment.child_by_field_name("right")) if assignment.type == "assignment_expression" else None
            if value is not None and value.type in FUNCTION_VALUE_TYPES:
                found.append(value)
    return found


def top_level_objects(root: Node) -> set[str]:
    """Top-level names bound to objects the module makes (`const bus = new EventEmitter()`,
    `let cache = {}`), not to imports, functions or classes: what a module can hand out as
    a long-lived receiver. Read without the model."""
    names: set[str] = set()
    for statement in root.named_children:
        if statement.type == "export_statement":
            statement = statement.child_by_field_name("declaration") or statement
        if statement.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for declarator in (d for d in statement.named_children if d.type == "variable_declarator"):
            name, value = declarator.child_by_field_name("name"), unwrap(declarator.child_by_field_name("value"))
            if name is None or name.type != "identifier":
                continue
            if value is None or value.type in ("new_expression", "object", "array") or (
                value.type == "call_expression" and required_module(value) is None
            ):
                names.add(text(name))
    return names


def _is_type_only(node: Node) -> bool:
    """`import type { A }` or the `type B` in `import { type B }`: no value at run time."""
    return any(child.type == "type" and not child.is_named for child in node.children)


def exported_only(node: Node, model: SemanticModel, depth: int = 0) -> set[Chain]:
    """The chains of the exported function `node` runs in, when nothing in this file calls it
    but other such functions: `export function untrack(job) { active.delete(job) }` removes
    only if another module calls it (or `untrackAll()`, exported too, which calls it)."""
    fn = enclosing_function(node)
    name = declared_name(fn) if fn is not None else None
    statement = _declaring_statement(fn, name)  # (`export const offX = (fn) => ...` too)
    if name is None or statement is None or statement.parent is None or statement.parent.type not in ("program", "export_statement"):
        return set()
    binding = model.binding_of(name)
    if binding is None:
        return set()
    chains = function_exports(fn, model)
    for reference in binding.references:
        if reference.is_write or exporting(reference.identifier):
            continue
        if call_of(reference.identifier) is not None and _drains(reference.identifier):
            continue  # `unwrapAll() { while (patches.length) unwrap(patches.at(-1)) }`: empties everything, once, not one entry per use
        callers = exported_only(reference.identifier, model, depth + 1) if depth < MAX_EXPORTED_CALLERS and call_of(reference.identifier) is not None else set()
        if not callers:
            return set()  # used otherwise in this file
        chains |= callers
    return chains


# How many exported functions deep a removal is followed through calls within its module.
MAX_EXPORTED_CALLERS = 3


def _drains(ident: Node) -> bool:
    """A call in a loop of a function that takes nothing: it takes out every entry there is."""
    fn = enclosing_function(ident)
    params = fn.child_by_field_name("parameters") if fn is not None else None
    if fn is None or params is None or params.named_children:
        return False
    return any(a.type in LOOP_TYPES for a in ancestors(ident) if contains(fn, a) and a != fn)


def exporting(ident: Node) -> bool:
    """`module.exports = { untrack }`, `exports.untrack = untrack`, `export { untrack }`: a use
    that only exports the function."""
    parent = ident.parent
    if parent is not None and parent.type in ("shorthand_property_identifier", "export_specifier"):
        return True
    if ident.type == "shorthand_property_identifier":
        return True
    if parent is not None and parent.type == "pair" and parent.child_by_field_name("value") == ident:
        return True
    return parent is not None and parent.type == "assignment_expression" and parent.child_by_field_name("right") == ident \
        and text(parent.child_by_field_name("left")).startswith(("exports.", "module.exports"))


def exported_class_method_only(node: Node, calls_named: "Callable[[list[str]], list[Node]]", model: SemanticModel) -> set[Chain]:
    """The chains of the instance method `node` runs in, of an exported class, when nothing in
    this file calls a method of that name: `dispose() { Context.active.splice(...this) }`
    removes only if the importer that made the instance calls `ctx.dispose()`."""
    method = enclosing_function(node)
    if method is None or method.type != "method_definition" or method.parent is None or method.parent.type != "class_body" \
            or any(c.type == "static" for c in method.children):
        return set()
    name = text(method.child_by_field_name("name"))
    if not name or name == "constructor" or name in END_METHODS or any(not contains(method, call) for call in calls_named([name])):
        return set()  # (`disconnectedCallback()`: the platform calls a component's end, not its importers)
    return _method_exports(method, model)


def exported_method_only(node: Node, calls_named: "Callable[[list[str]], list[Node]]", model: SemanticModel) -> set[Chain]:
    """The chains of the method `node` runs in, of a class whose module-level instance the file
    exports (`module.exports = new Registry()`), when nothing in this file calls a method of
    that name (`calls_named`, the file's calls by callee name): `remove(id) {
    this.items.delete(id) }` removes only if an importer calls `registry.remove()`."""
    method = enclosing_function(node)
    if method is None or method.type != "method_definition" or method.parent is None or method.parent.type != "class_body":
        return set()
    name = text(method.child_by_field_name("name"))
    cls = method.parent.parent
    if not name or name == "constructor" or cls is None or any(not contains(method, call) for call in calls_named([name])):
        return set()
    if callback_role(method)[0] == "repeat":
        return set()  # `@Interval(30_000) sweepExpired()`: the framework runs it, whoever else calls it
    return {(*chain, name) for chain in instance_exports(cls, model)}
