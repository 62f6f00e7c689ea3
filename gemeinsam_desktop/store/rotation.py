"""Which automatic backups to keep, and when the next one is due (issue #8).

Everything here follows the backups' sequence numbers, never the wall clock alone: a clock
set back (a backup dated in the future) neither blocks new backups nor crowds them out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gemeinsam_desktop.store.backup import KIND_AUTO, Entry, scan

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Policy:
    """How many automatic backups rotation keeps: the newest few whatever their dates (a
    backup at every lock must not push this morning's out by the afternoon), then the newest
    of so many days, weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6
    recent: int = 3


def to_keep(entries: Iterable[Entry], policy: Policy) -> set[Path]:
    """Grandfather-father-son over the sequence order.

    Walking from the newest backup (highest number) back, the first backup of each new day,
    ISO week and month is kept until the policy's counts are reached; the ``recent`` newest
    are always kept. Days come from each backup's own time stamp, order from the number: a backup
    dated in the future (clock set back since) neither blocks new ones nor crowds them out.
    """
    autos = [e for e in entries if e.kind == KIND_AUTO and not e.bad and e.seq is not None]
    autos.sort(key=lambda e: e.seq or 0, reverse=True)
    keep: set[Path] = {e.path for e in autos[: max(1, policy.recent)]}
    for count, bucket in (
        (policy.daily, lambda d: d.date()),
        (policy.weekly, lambda d: d.isocalendar()[:2]),
        (policy.monthly, lambda d: (d.year, d.month)),
    ):
        seen: set[object] = set()
        for e in autos:
            if len(seen) >= count:
                break
            assert e.created is not None
            key = bucket(e.created)
            if key not in seen:
                seen.add(key)
                keep.add(e.path)
    return keep


def rotate(folder: Path, policy: Policy) -> list[Path]:
    """Delete what the policy no longer keeps; return the deleted files.

    Copies taken before an update or a restore, and damaged backups, go once they are older
    than the oldest automatic backup kept — they hold data erased since, and privacy wants
    it gone no later than from the regular backups.
    """
    entries = scan(folder)
    keep = to_keep(entries, policy)
    kept_autos = [e for e in entries if e.path in keep]
    if not kept_autos:
        return []
    oldest = min(kept_autos, key=lambda e: e.seq or 0)
    oldest_mtime = _mtime(oldest.path)
    doomed: list[Path] = []
    for e in entries:
        if e.path in keep:
            continue
        if e.kind == KIND_AUTO and not e.bad:
            doomed.append(e.path)
        elif e.seq is not None:
            if e.seq < (oldest.seq or 0):
                doomed.append(e.path)
        elif _mtime(e.path) < oldest_mtime:
            doomed.append(e.path)
    removed = []
    for path in doomed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    if removed:
        log.info("rotation removed %d backup file(s)", len(removed))
    return removed


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def newest_auto(entries: Iterable[Entry]) -> Entry | None:
    autos = [e for e in entries if e.kind == KIND_AUTO and not e.bad and e.seq is not None]
    return max(autos, key=lambda e: e.seq or 0, default=None)


def is_due(entries: Iterable[Entry], now: dt.datetime, interval: dt.timedelta) -> bool:
    """A new automatic backup is due when none exists, the newest is older than
    ``interval``, or the newest is dated in the future (the clock was set back)."""
    newest = newest_auto(entries)
    if newest is None or newest.created is None:
        return True
    age = now.astimezone() - newest.created
    return age >= interval or age < -dt.timedelta(hours=1)
