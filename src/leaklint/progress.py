"""A progress bar for long runs, on stderr, only on a terminal.

It stays silent for the first seconds (most runs finish before anyone would look at it) and
never writes to stdout, so machine-readable output is untouched.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

DEFAULT_DELAY = 2.0
WIDTH = 30


class ProgressBar:
    def __init__(self, stream: TextIO, delay: float | None = None) -> None:
        self.stream = stream
        self.delay = float(os.environ.get("LEAKLINT_PROGRESS_DELAY", DEFAULT_DELAY)) if delay is None else delay
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        elapsed = time.monotonic() - self.started
        if total == 0 or (elapsed < self.delay and not self.shown):
            return
        self.shown = True
        filled = int(WIDTH * done / total)
        rate = done / elapsed if elapsed > 0 else 0.0
        self.stream.write(f"\r[{'#' * filled}{' ' * (WIDTH - filled)}] {done}/{total} files  {rate:.0f} files/s")
        self.stream.flush()

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * (WIDTH + 40) + "\r")
            self.stream.flush()


def progress_for(stream: TextIO = sys.stderr) -> ProgressBar | None:
    """A bar when `stream` is a terminal, else nothing."""
    try:
        return ProgressBar(stream) if stream.isatty() else None
    except (AttributeError, ValueError):
        return None
