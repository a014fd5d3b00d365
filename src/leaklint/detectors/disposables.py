"""The disposable detector: a disposable owner that makes a disposable child and never hands
it to its own disposal.

VS Code, xterm.js, Monaco and many libraries built like them end objects with `dispose()`: an
owner registers what it creates (`this._register(new Emitter())`) so its own disposal ends them
too. A child kept in a field but neither registered nor disposed outlives the owner's disposal,
with every listener it added to the window or a service. Judged within the file: the child's
class is declared here and is disposable (it extends a disposable base or has `dispose()`), and
so is the owner.
"""

from __future__ import annotations

import re
from typing import Iterator

from tree_sitter import Node

from ..context import FileContext
from ..semantic.frameworks import VSCODE_EVENT, vscode_namespace
from ..semantic.lifetimes import access_root
from ..semantic.model import SemanticModel
from ..semantic.nodes import CLASS_TYPES, FIELD_TYPES, ancestors, callee_name, text, unwrap, walk
from .base import Detector, Report
from .parameters import PARAMETERS


EXTENDS = re.compile(r"extends\s+([\w$.]+)")


class DisposableDetector(Detector):
    kind = "disposable"
    parameters = PARAMETERS["disposable"]

    def check(self, ctx: FileContext) -> Iterator[Report]:
        data = ctx.source.data
        if not data.has_any(self.spelled("dispose_methods")) and \
                not data.has_any(self.spelled("base_classes")):
            return
        classes = {text(c.child_by_field_name("name")): c for c in _top_level_classes(ctx.source.root)}
        disposable = {name for name, cls in classes.items() if self._disposable(cls)}
        if not disposable:
            return
        for name, owner in classes.items():
            if name not in disposable:
                continue
            for field, made in self._children(owner, disposable, ctx.model):
                if not self._handed_on(owner, field):
                    yield Report(made, f"`{field}` holds {_made_how(made)}, a disposable, "
                                       f"but `{name}` neither registers nor disposes it: disposing `{name}` leaves it alive, with "
                                       "whatever it listens to; pass it to the owner's register() or dispose it in dispose()",
                                 acquisition=made)

    def _disposable(self, cls: Node) -> bool:
        heritage = next((c for c in cls.children if c.type == "class_heritage"), None)
        extended = EXTENDS.search(text(heritage)) if heritage is not None else None
        if extended is not None and extended.group(1).rsplit(".", 1)[-1] in self.params["base_classes"]:
            return True
        body = cls.child_by_field_name("body")
        return body is not None and any(
            m.type == "method_definition" and text(m.child_by_field_name("name")) in self.params["dispose_methods"]
            for m in body.named_children
        )

    def _children(self, owner: Node, disposable: set[str], model: SemanticModel) -> Iterator[tuple[str, Node]]:
        """Fields set to `new Child(...)` directly, or to what a factory of disposables hands back
        (`vscode.workspace.createFileSystemWatcher(...)`), or to a subscription of VS Code's own
        events (`vscode.workspace.onDidChangeTextDocument(fn)`, a Disposable that the extension
        host keeps with its listener): in an initializer or `this.x = ...`."""
        factories = self.params["child_factories"]
        for node in walk(owner.child_by_field_name("body")):
            if node.type == "new_expression" and text(node.child_by_field_name("constructor")) in disposable \
                    or node.type == "call_expression" and (callee_name(node) in factories or _editor_event(node, model)):
                holder = node.parent
                if holder is not None and holder.type in FIELD_TYPES and unwrap(holder.child_by_field_name("value")) == node:
                    name = holder.child_by_field_name("property") or holder.child_by_field_name("name")
                    yield text(name).lstrip("#"), node
                elif holder is not None and holder.type == "assignment_expression" and holder.child_by_field_name("right") == node:
                    left = holder.child_by_field_name("left")
                    if left is not None and left.type == "member_expression" and text(left.child_by_field_name("object")) == "this":
                        yield text(left.child_by_field_name("property")).lstrip("#"), node

    def _handed_on(self, owner: Node, field: str) -> bool:
        """Anything in the owner that disposes, registers or hands on `this.<field>`."""
        shown = (f"this.{field}", f"this.#{field}")
        for node in walk(owner.child_by_field_name("body")):
            if node.type != "call_expression":
                continue
            name = callee_name(node)
            if name in self.params["dispose_methods"] and any(text(node).startswith((s + ".", s + "?.")) for s in shown):
                return True
            args = node.child_by_field_name("arguments")
            if name in self.params["register_methods"] and args is not None and any(text(unwrap(a)) in shown for a in args.named_children):
                return True  # `this.register(this.child)`, not `this.register(forward(this.child.onX, ...))`
            if name in self.params["register_methods"] and _wraps_field(node, field):
                return True
        return False


def _editor_event(call: Node, model: SemanticModel) -> bool:
    """`vscode.workspace.onDidChangeTextDocument(fn)`, or `window.onDidChangeActiveTextEditor(fn)`
    with `window` imported from 'vscode': a subscription to an event of the editor itself."""
    callee = unwrap(call.child_by_field_name("function"))
    if callee is None or callee.type != "member_expression" or not VSCODE_EVENT.match(text(callee.child_by_field_name("property"))):
        return False
    root, steps = access_root(callee.child_by_field_name("object"))
    binding = model.binding_of(root) if root is not None and root.type == "identifier" else None
    return binding is not None and vscode_namespace(binding.source_module, binding.imported_name, steps)


def _made_how(made: Node) -> str:
    if made.type == "new_expression":
        return f"a new `{text(made.child_by_field_name('constructor'))}`"
    if made.type == "call_expression" and VSCODE_EVENT.match(callee_name(made) or ""):
        return f"the subscription `{callee_name(made)}()` hands back"
    return f"what `{callee_name(made)}()` makes"


def _top_level_classes(root: Node) -> Iterator[Node]:
    """Named classes declared at the top of the file (exported or not): where owners and their
    children are declared, found without walking every node."""
    for statement in root.named_children:
        node = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
        if node is not None and node.type in CLASS_TYPES and node.child_by_field_name("name") is not None:
            yield node


def _wraps_field(call: Node, field: str) -> bool:
    """`this.x = this.register(new Child())`: the registration is the field's own value."""
    for parent in ancestors(call):
        if parent.type in FIELD_TYPES:
            name = parent.child_by_field_name("property") or parent.child_by_field_name("name")
            return text(name).lstrip("#") == field
        if parent.type == "assignment_expression":
            return text(parent.child_by_field_name("left")).split(".")[-1].lstrip("#") == field
        if parent.type in ("statement_block", "class_body"):
            return False
    return False

