"""The semantic model shared by every detector: scopes, bindings, references, receiver keys
and how often a location runs. Detectors read it; they never build scopes of their own."""

from .keys import Key, key_of, this_key
from .model import SemanticModel
from .runs import RunContext, RunsHow, run_context
from .scopes import Binding, BindingKind, Reference, Scope, ScopeKind

__all__ = [
    "Binding",
    "BindingKind",
    "Key",
    "Reference",
    "RunContext",
    "RunsHow",
    "Scope",
    "ScopeKind",
    "SemanticModel",
    "key_of",
    "run_context",
    "this_key",
]
