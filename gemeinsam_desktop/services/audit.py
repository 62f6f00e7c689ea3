"""The audit trail: who did what, when — never what the data was.

Rows are hash-chained (each carries the hash of the row before), so a removed or altered
row shows. The chain follows row ids, not clock times: a clock set backwards breaks nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from gemeinsam_desktop.store.models import AuditEvent

GENESIS = "0" * 64


def _digest(
    prev: str,
    at: dt.datetime,
    coach_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
) -> str:
    payload = "|".join([prev, at.isoformat(), str(coach_id), action, entity, str(entity_id)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    coach_id: int | None,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
) -> AuditEvent:
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    event = AuditEvent(
        at=at,
        coach_id=coach_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        prev_hash=prev,
        hash=_digest(prev, at, coach_id, action, entity, entity_id),
    )
    session.add(event)
    session.flush()
    return event


def chain_is_intact(session: Session) -> bool:
    prev = GENESIS
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if ev.prev_hash != prev:
            return False
        if ev.hash != _digest(prev, ev.at, ev.coach_id, ev.action, ev.entity, ev.entity_id):
            return False
        prev = ev.hash
    return True
