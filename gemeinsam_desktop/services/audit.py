"""The audit trail: who did what, when — never what the data was.

Rows are hash-chained (each carries the hash of the row before), so a removed or altered
row shows. The chain follows row ids, not clock times: a clock set backwards breaks nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.store.models import AuditEvent, Coach, Participant

if TYPE_CHECKING:  # workspace imports this module
    from gemeinsam_desktop.services.workspace import Workspace

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


def record_many(
    session: Session, coach_id: int | None, action: str, entity: str, entity_ids: Sequence[int]
) -> None:
    """One entry per record (e.g. every imported participant), chained, in one bulk insert."""
    if not entity_ids:
        return
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    rows = []
    for entity_id in entity_ids:
        digest = _digest(prev, at, coach_id, action, entity, entity_id)
        rows.append(
            {
                "at": at,
                "coach_id": coach_id,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    session.execute(insert(AuditEvent), rows)


def chain_is_intact(session: Session) -> bool:
    prev = GENESIS
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if ev.prev_hash != prev:
            return False
        if ev.hash != _digest(prev, ev.at, ev.coach_id, ev.action, ev.entity, ev.entity_id):
            return False
        prev = ev.hash
    return True


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log as the Projektleitung reads it."""

    id: int
    at: dt.datetime  # UTC, naive (as stored)
    coach_name: str
    action: str
    entity: str
    entity_id: int | None
    subject: str  # the participant's name today; "" when erased or not a participant


def _require_lead(ws: Workspace) -> None:
    if not ws.current_coach.is_lead:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Nur die Projektleitung kann das Protokoll einsehen.")
        )


def list_events(
    ws: Workspace,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    limit: int = 500,
) -> list[AuditEntry]:
    """The newest events first, optionally about one record (Projektleitung only)."""
    _require_lead(ws)
    with ws.db.session() as s:
        query = (
            select(AuditEvent, Coach.name)
            .outerjoin(Coach, AuditEvent.coach_id == Coach.id)
            .order_by(AuditEvent.id.desc())
            .limit(max(1, limit))
        )
        if entity is not None:
            query = query.where(AuditEvent.entity == entity)
        if entity_id is not None:
            query = query.where(AuditEvent.entity_id == entity_id)
        rows = s.execute(query).all()
        ids = {ev.entity_id for ev, _name in rows if ev.entity == "participant" and ev.entity_id}
        names = {
            p.id: f"{p.last_name}, {p.first_name}" if p.first_name else p.last_name
            for p in s.scalars(
                select(Participant).where(Participant.id.in_(ids), Participant.erased_at.is_(None))
            )
        }
        return [
            AuditEntry(
                id=ev.id,
                at=ev.at,
                coach_name=name or "",
                action=ev.action,
                entity=ev.entity,
                entity_id=ev.entity_id,
                subject=names.get(ev.entity_id or 0, "") if ev.entity == "participant" else "",
            )
            for ev, name in rows
        ]


def verify_chain(ws: Workspace) -> bool:
    """True when no audit row was altered or removed (see :func:`chain_is_intact`)."""
    with ws.db.session() as s:
        return chain_is_intact(s)
