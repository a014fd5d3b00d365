"""Detector kinds by name. A rule file names its detector with `detector = "<kind>"`.

The kinds and their parameters are known without importing any detector (detectors.parameters):
checking rules never loads the analysis. `detector_class` imports a detector when one is built.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .parameters import PARAMETERS, Param

if TYPE_CHECKING:
    from .base import Detector

# kind -> (module in this package, class)
_CLASSES = {
    "pairing": ("pairing", "PairingDetector"),
    "listener-limit": ("listener_limit", "ListenerLimitDetector"),
    "listener": ("listeners", "ListenerDetector"),
    "removal-mismatch": ("removal_mismatch", "RemovalMismatchDetector"),
    "collection": ("collection", "CollectionDetector"),
    "cache-config": ("cache_config", "CacheConfigDetector"),
    "capture": ("capture", "CaptureDetector"),
    "watchdog": ("watchdog", "WatchdogDetector"),
    "subscription": ("subscriptions", "SubscriptionDetector"),
    "disposable": ("disposables", "DisposableDetector"),
    "stream": ("streams", "StreamDetector"),
    "promise": ("promises", "PromiseDetector"),
    "context": ("contexts", "ContextDetector"),
    "stale": ("stale", "StaleReferenceDetector"),
}
KINDS = frozenset(_CLASSES)


def detector_class(kind: str) -> "type[Detector]":
    module, name = _CLASSES[kind]
    return getattr(import_module(f".{module}", __name__), name)


__all__ = ["KINDS", "PARAMETERS", "Param", "detector_class"]
