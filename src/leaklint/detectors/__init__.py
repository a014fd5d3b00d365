"""Detector kinds by name. A rule file names its detector with `detector = "<kind>"`."""

from .base import Detector, Param, Report
from .cache_config import CacheConfigDetector
from .capture import CaptureDetector
from .collection import CollectionDetector
from .listener_limit import ListenerLimitDetector
from .listeners import ListenerDetector
from .pairing import PairingDetector
from .removal_mismatch import RemovalMismatchDetector

DETECTORS: dict[str, type[Detector]] = {cls.kind: cls for cls in (PairingDetector, ListenerLimitDetector, ListenerDetector, RemovalMismatchDetector, CollectionDetector, CacheConfigDetector, CaptureDetector)}

__all__ = ["DETECTORS", "Detector", "Param", "Report"]
