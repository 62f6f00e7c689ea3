"""Matching: which employers fit a participant, and which participants fit an employer.

The rule, in two parts (both must hold):

1. **Sector.** The employer's sector fits the person's occupation wishes. Both texts are
   folded (``textfold.fold``: "Bäckerei" = "baeckerei") and cut into words; each word
   belongs to the field families of ``FIELDS`` whose keywords it contains ("pflegehilfe"
   contains "pflege"). They fit when they share a family or a word. So "Einzelhandel
   Kasse" and "Verkauf" fit the sector "Einzelhandel", "Gastronomie" fits
   "Lebensmittelhandwerk", "Produktion" fits "Metall/Produktion".
2. **Hours.** The person can work at most ``Participant.max_weekly_hours`` around
   childcare (none = no limit). An employer's known minimum is ``Employer.min_weekly_hours``
   (the fewest weekly hours a job there needs; part-time friendly employers have a low
   number) or else the fewest hours of a placement or lead the project already had there.
   Known minimum ≤ the person's hours → fits. An entered minimum above the person's hours
   → no match. Nothing known, or only earlier jobs with more hours → still shown, marked
   ``HOURS_UNKNOWN`` ("Arbeitszeit klären"), after the clear fits.

Employers where the person already has an open lead are left out (they are being
followed); open internship places (offered places minus leads now at "Praktikum" there)
are counted so the coach sees where an internship could start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services.leads import CLOSED, person_name
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Employer,
    Lead,
    LeadStage,
    Participant,
    ParticipantStatus,
    Placement,
)
from gemeinsam_desktop.textfold import fold

# Field families: folded keywords that mean the same line of work. A word of a wish or a
# sector belongs to a family when it contains one of the keywords.
FIELDS: dict[str, tuple[str, ...]] = {
    "einzelhandel": ("einzelhandel", "verkauf", "kasse", "kassier", "handel", "supermarkt",
                     "drogerie", "laden", "filial"),
    "pflege": ("pflege", "hauswirtschaft", "senior", "altenheim", "betreuungskraft"),
    "produktion": ("produktion", "metall", "fertigung", "montage", "giesserei", "maschinen"),
    "reinigung": ("reinigung", "gebaeudereinigung", "putz", "raumpflege"),
    "gastronomie": ("gastronomie", "lebensmittel", "baecker", "kueche", "koch", "hotel",
                    "restaurant", "cafe", "kantine", "catering"),
    "logistik": ("lager", "logistik", "kommission", "versand", "zustell", "spedition"),
    "kinder": ("kinderbetreuung", "kita", "kindergarten", "erzieh", "kinderpflege", "tagesmutter"),
    "buero": ("buero", "verwaltung", "empfang", "sekretariat", "kaufmann", "kauffrau"),
    "optik": ("optik", "feinmechanik", "optiker"),
}  # fmt: skip
SEEKING = (ParticipantStatus.INTERESSIERT, ParticipantStatus.AKTIV, ParticipantStatus.PAUSIERT)
HOURS_FIT = "fits"
HOURS_UNKNOWN = "unknown"
MIN_WORD = 3  # shorter words ("und", "in") never match on their own

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class EmployerMatch:
    employer_id: int
    name: str
    sector: str
    hours: str  # HOURS_FIT or HOURS_UNKNOWN
    min_hours: float | None  # the known minimum (entered or seen), if any
    internships_open: int
    reason: str = ""  # the shared family or word, for a tooltip


@dataclass(frozen=True)
class ParticipantMatch:
    participant_id: int
    name: str
    occupation_wishes: str
    max_weekly_hours: int | None
    hours: str
    has_lead: bool  # an open lead at this employer already


# -- the sector rule -------------------------------------------------------------------------
def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(fold(text)) if len(w) >= MIN_WORD}


def families(text: str) -> set[str]:
    """The field families of the words of ``text``; the longest keyword wins a word
    ("kinderpflege" is childcare, not care; "raumpflege" is cleaning)."""
    found: set[str] = set()
    for word in words(text):
        hits = {
            family: max(len(key) for key in keys if key in word)
            for family, keys in FIELDS.items()
            if any(key in word for key in keys)
        }
        if hits:
            best = max(hits.values())
            found.update(family for family, length in hits.items() if length == best)
    return found


def sector_fits(sector: str, wishes: str) -> str:
    """Why ``sector`` fits ``wishes`` (a family or word), or "" when it does not."""
    shared = families(sector) & families(wishes)
    if shared:
        return sorted(shared)[0]
    common = words(sector) & words(wishes)
    return sorted(common)[0] if common else ""


# -- the hours rule --------------------------------------------------------------------------
def hours_state(
    max_hours: int | None, entered_min: int | None, seen_min: float | None
) -> str | None:
    """HOURS_FIT, HOURS_UNKNOWN or None (no match), following the module's rule."""
    if max_hours is None:
        return HOURS_FIT
    if entered_min is not None:
        return HOURS_FIT if entered_min <= max_hours else None
    if seen_min is not None and seen_min <= max_hours:
        return HOURS_FIT
    return HOURS_UNKNOWN


def _seen_hours(s: Session) -> dict[int, float]:
    """The fewest weekly hours of a placement or lead per employer."""
    seen: dict[int, float] = {}
    for column, employer in (
        (Placement.hours_per_week, Placement.employer_id),
        (Lead.weekly_hours, Lead.employer_id),
    ):
        rows = s.execute(
            select(employer, func.min(column))
            .where(employer.is_not(None), column.is_not(None))
            .group_by(employer)
        )
        for employer_id, hours in rows:
            if employer_id is not None and hours is not None:
                seen[employer_id] = min(hours, seen.get(employer_id, hours))
    return seen


def _interns(s: Session) -> dict[int, int]:
    rows = s.execute(
        select(Lead.employer_id, func.count())
        .where(Lead.stage == LeadStage.PRAKTIKUM, Lead.employer_id.is_not(None))
        .group_by(Lead.employer_id)
    )
    return {employer_id: n for employer_id, n in rows if employer_id is not None}


def _open_lead_employers(s: Session, participant_ids: Iterable[int]) -> set[tuple[int, int]]:
    rows = s.execute(
        select(Lead.participant_id, Lead.employer_id).where(
            Lead.participant_id.in_(list(participant_ids)),
            Lead.employer_id.is_not(None),
            Lead.stage.not_in(CLOSED),
        )
    )
    return {(pid, eid) for pid, eid in rows if eid is not None}


def _hours_key(state: str) -> int:
    return 0 if state == HOURS_FIT else 1


# -- queries -----------------------------------------------------------------------------------
def employers_for(ws: Workspace, participant_id: int) -> list[EmployerMatch]:
    """Employers fitting a person: clear hours first, then open internship places, name."""
    with ws.db.session() as s:
        p = s.get(Participant, participant_id)
        if p is None or p.erased_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diese Person gibt es nicht mehr (gelöscht).")
            )
        if not words(p.occupation_wishes):
            return []
        seen, interns = _seen_hours(s), _interns(s)
        taken = {eid for _pid, eid in _open_lead_employers(s, [p.id])}
        found = []
        for e in s.scalars(select(Employer)):
            why = sector_fits(e.sector, p.occupation_wishes)
            if not why or e.id in taken:
                continue
            state = hours_state(p.max_weekly_hours, e.min_weekly_hours, seen.get(e.id))
            if state is None:
                continue
            known = e.min_weekly_hours if e.min_weekly_hours is not None else seen.get(e.id)
            found.append(
                EmployerMatch(
                    employer_id=e.id,
                    name=e.name,
                    sector=e.sector,
                    hours=state,
                    min_hours=float(known) if known is not None else None,
                    internships_open=max(0, e.offers_internships - interns.get(e.id, 0)),
                    reason=why,
                )
            )
    found.sort(key=lambda m: (_hours_key(m.hours), -min(m.internships_open, 1), fold(m.name)))
    return found


def participants_for(
    ws: Workspace, employer_id: int, project_id: int | None = None
) -> list[ParticipantMatch]:
    """People still looking (interessiert, aktiv, pausiert) whose wishes and hours fit."""
    with ws.db.session() as s:
        e = s.get(Employer, employer_id)
        if e is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diesen Arbeitgeber gibt es nicht mehr.")
            )
        if not words(e.sector):
            return []
        seen = _seen_hours(s).get(e.id)
        query = select(Participant).where(
            Participant.erased_at.is_(None),
            Participant.archived.is_(False),
            Participant.status.in_(SEEKING),
        )
        if project_id is not None:
            query = query.where(Participant.project_id == project_id)
        people = list(s.scalars(query))
        with_lead = {
            pid for pid, eid in _open_lead_employers(s, [p.id for p in people]) if eid == e.id
        }
        found = []
        for p in people:
            if not sector_fits(e.sector, p.occupation_wishes):
                continue
            state = hours_state(p.max_weekly_hours, e.min_weekly_hours, seen)
            if state is None:
                continue
            found.append(
                ParticipantMatch(
                    participant_id=p.id,
                    name=person_name(p.last_name, p.first_name),
                    occupation_wishes=p.occupation_wishes,
                    max_weekly_hours=p.max_weekly_hours,
                    hours=state,
                    has_lead=p.id in with_lead,
                )
            )
    found.sort(key=lambda m: (m.has_lead, _hours_key(m.hours), fold(m.name)))
    return found
