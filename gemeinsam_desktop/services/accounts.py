"""Coach accounts: each with its own passphrase slot; the Projektleitung manages them."""

from __future__ import annotations

from sqlalchemy import select

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError, WrongKeyError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace, clean_name
from gemeinsam_desktop.store.models import Coach, CoachRole
from gemeinsam_desktop.store.vault import check_passphrase_strength


def list_coaches(ws: Workspace, *, include_inactive: bool = False) -> list[CoachInfo]:
    with ws.db.session() as s:
        query = select(Coach).order_by(Coach.name)
        if not include_inactive:
            query = query.where(Coach.active.is_(True))
        return [CoachInfo(c.id, c.name, c.role) for c in s.scalars(query)]


def _require_lead(ws: Workspace) -> None:
    if not ws.current_coach.is_lead:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Nur die Projektleitung kann Coach-Konten anlegen oder entfernen."
            )
        )


def add_coach(ws: Workspace, name: str, role: CoachRole, passphrase: str) -> CoachInfo:
    """A new account with its own passphrase slot, in one step: both exist or neither."""
    _require_lead(ws)
    name = clean_name(name)
    check_passphrase_strength(passphrase)
    with ws.db.session() as s:
        if s.scalars(select(Coach).where(Coach.name == name, Coach.active.is_(True))).first():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Es gibt bereits ein Konto mit dem Namen „{name}“."),
                name=name,
            )
        coach = Coach(name=name, role=role)
        s.add(coach)
        s.flush()
        audit.record(s, ws.current_coach.id, "coach.added", "coach", coach.id)
        # The slot is written inside the transaction: if it fails, the row rolls back.
        ws.vault.set_passphrase(ws.master_key, coach.id, passphrase)
        info = CoachInfo(coach.id, coach.name, coach.role)
    return info


def change_own_passphrase(ws: Workspace, old: str, new: str) -> None:
    coach = ws.current_coach
    ws.vault.unlock_passphrase(old, coach.id)  # raises WrongKeyError when old is wrong
    ws.vault.set_passphrase(ws.master_key, coach.id, new)
    with ws.db.session() as s:
        audit.record(s, coach.id, "passphrase.changed", "coach", coach.id)


def set_passphrase_after_recovery(ws: Workspace, coach_id: int, new: str) -> CoachInfo:
    """After unlocking with the recovery key: a new passphrase for the chosen coach."""
    with ws.db.session() as s:
        row = s.get(Coach, coach_id)
        if row is None or not row.active:
            raise WrongKeyError()
        ws.vault.set_passphrase(ws.master_key, coach_id, new)
        audit.record(s, coach_id, "passphrase.recovered", "coach", coach_id)
        info = CoachInfo(row.id, row.name, row.role)
    ws.coach = info
    return info


def deactivate_coach(ws: Workspace, coach_id: int) -> None:
    _require_lead(ws)
    if coach_id == ws.current_coach.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Sie können Ihr eigenes Konto nicht entfernen.")
        )
    with ws.db.session() as s:
        row = s.get(Coach, coach_id)
        if row is None:
            return
        row.active = False
        audit.record(s, ws.current_coach.id, "coach.deactivated", "coach", coach_id)
        ws.vault.remove_passphrase(coach_id)
