"""Detector kinds by name. A rule file names its detector with `detector = "<kind>"`."""

from .base import Detector, Param, Report
from .listener_limit import ListenerLimitDetector
from .pairing import PairingDetector

DETECTORS: dict[str, type[Detector]] = {cls.kind: cls for cls in (PairingDetector, ListenerLimitDetector)}

__all__ = ["DETECTORS", "Detector", "Param", "Report"]
