"""A growing delay after repeated wrong passphrases (slows guessing, not the coach)."""

from __future__ import annotations

import time
from collections.abc import Callable

FREE_ATTEMPTS = 3
MAX_DELAY_S = 60


class UnlockThrottle:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self._blocked_until = 0.0

    def record_failure(self) -> int:
        """Count a wrong attempt; returns the seconds to wait before the next one."""
        self.failures += 1
        delay = self.delay_for(self.failures)
        self._blocked_until = self._clock() + delay
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self._blocked_until = 0.0

    def remaining(self) -> int:
        return max(0, int(round(self._blocked_until - self._clock() + 0.499)))

    @staticmethod
    def delay_for(failures: int) -> int:
        if failures < FREE_ATTEMPTS:
            return 0
        return min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS + 1))
