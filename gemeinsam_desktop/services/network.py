"""The employer network: partner companies, their contact persons and the log of contacts.

No Qt here. An employer is edited as one ``EmployerData`` with its contact persons and its
interaction log; ``save_employer`` writes all of it in one transaction (what the dialog's
"Speichern" does). Single contacts and interactions can also be written on their own
(``save_contact``, ``save_interaction``, …) for the command line and other pages.

Decisions:
- Deleting an employer keeps history readable: leads and placements that pointed to it get
  its name in ``employer_text`` (where they had none) before the link is cleared; sessions
  (company visits) lose the link but keep their topic. Contacts and interactions go with it.
- A second employer with the same (folded) name is a warning to confirm, not an error:
  two branches of one chain may share a name.
- Interaction kinds are stored as ASCII codes (``INTERACTION_KINDS``); an unknown kind (an
  older free text) is kept and shown as it is.
- A company visit or a Q&A offered by an employer becomes a calendar session through
  ``session_template`` + ``calendar.save_session``; the session keeps the employer's id.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.calendar_types import SessionData
from gemeinsam_desktop.services.text import bounded, clean, fold, search_key
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Coach,
    Employer,
    EmployerContact,
    Interaction,
    Lead,
    LeadStage,
    Placement,
    SessionKind,
)
from gemeinsam_desktop.store.models import Session as SessionRow

# Stored codes and their German names (the command line prints these; the UI translates).
INTERACTION_NAMES: dict[str, str] = {
    "telefonat": QT_TRANSLATE_NOOP("labels", "Telefonat"),
    "email": QT_TRANSLATE_NOOP("labels", "E-Mail"),
    "besuch": QT_TRANSLATE_NOOP("labels", "Besuch"),
    "treffen": QT_TRANSLATE_NOOP("labels", "Treffen"),
    "betriebsbesichtigung": QT_TRANSLATE_NOOP("labels", "Betriebsbesichtigung"),
    "fragerunde": QT_TRANSLATE_NOOP("labels", "Fragerunde"),
    "sonstiges": QT_TRANSLATE_NOOP("labels", "Sonstiges"),
}
INTERACTION_KINDS = tuple(INTERACTION_NAMES)
CLOSED_STAGES = (LeadStage.EINGESTELLT, LeadStage.VERWORFEN)
# What each planned offer becomes in the calendar: kind and the topic's German template.
OFFERS: dict[str, tuple[SessionKind, str]] = {
    "tour": (SessionKind.BETRIEBSBESICHTIGUNG, "Betriebsbesichtigung bei {name}"),
    "qa": (SessionKind.INFOVERANSTALTUNG, "Fragerunde mit {name}"),
}
MAX_INTERNSHIPS = 99
MAX_WEEKLY_HOURS = 60

_FIELDS = {
    "name": (200, QT_TRANSLATE_NOOP("fields", "Name des Arbeitgebers")),
    "sector": (120, QT_TRANSLATE_NOOP("fields", "Branche")),
    "address": (300, QT_TRANSLATE_NOOP("fields", "Adresse")),
    "size": (60, QT_TRANSLATE_NOOP("fields", "Größe")),
}
_CONTACT_FIELDS = {
    "name": (200, QT_TRANSLATE_NOOP("fields", "Name der Ansprechperson")),
    "role": (120, QT_TRANSLATE_NOOP("fields", "Funktion")),
    "phone": (60, QT_TRANSLATE_NOOP("fields", "Telefon")),
    "email": (200, QT_TRANSLATE_NOOP("fields", "E-Mail")),
}
EMPLOYER_COLUMNS = ("name", "sector", "address", "size", "partner_since", "offers_tour",
            "offers_internships", "offers_qa", "next_follow_up", "min_weekly_hours")  # fmt: skip
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


# -- data -----------------------------------------------------------------------------------
@dataclass
class ContactData:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    id: int | None = None


@dataclass
class InteractionData:
    happened_on: dt.date
    kind: str = "telefonat"
    summary: str = ""
    coach_id: int | None = None  # None: the coach at work when it is saved
    coach_name: str = ""  # for showing only
    id: int | None = None


@dataclass
class EmployerData:
    """One employer as the dialog edits it, with its contacts and its interaction log."""

    name: str = ""
    sector: str = ""
    address: str = ""
    size: str = ""
    partner_since: dt.date | None = None
    offers_tour: bool = False
    offers_internships: int = 0
    offers_qa: bool = False
    next_follow_up: dt.date | None = None
    min_weekly_hours: int | None = None  # the fewest weekly hours a job there needs
    contacts: list[ContactData] = field(default_factory=list)
    interactions: list[InteractionData] = field(default_factory=list)  # newest first
    id: int | None = None

    def copy(self) -> EmployerData:
        return replace(
            self,
            contacts=[replace(c) for c in self.contacts],
            interactions=[replace(i) for i in self.interactions],
        )


@dataclass(frozen=True)
class EmployerRow:
    """An employer as the list shows it."""

    id: int
    name: str
    sector: str
    address: str
    offers_tour: bool
    offers_internships: int
    offers_qa: bool
    next_follow_up: dt.date | None
    contacts: int
    open_leads: int
    last_contact: dt.date | None
    key: str  # folded name, sector, address and contact names, for the filter

    def due(self, today: dt.date) -> bool:
        return self.next_follow_up is not None and self.next_follow_up <= today

    def matches(self, query: str) -> bool:
        return all(word in self.key for word in fold(clean(query)).split())


@dataclass(frozen=True)
class FollowUp:
    employer_id: int
    name: str
    due_on: dt.date
    contact: str  # the first contact person ("Name, Telefon"), or ""


# -- validation -----------------------------------------------------------------------------
def _missing(what: str, ident: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "{what} Nr. {id} gibt es nicht (mehr). Bitte laden Sie die Ansicht neu."
        ),
        arg_contexts={"what": "fields"},
        what=what,
        id=ident,
    )


def clean_contact(c: ContactData) -> ContactData:
    out = replace(c)
    for key, (limit, label) in _CONTACT_FIELDS.items():
        setattr(out, key, bounded(getattr(c, key), limit, label))
    if not out.name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte geben Sie den Namen der Ansprechperson an.")
        )
    if out.email and not _EMAIL.fullmatch(out.email):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Die E-Mail-Adresse „{email}“ ist nicht gültig. Bitte im Format "
                "name@beispiel.de angeben.",
            ),
            email=out.email[:60],
        )
    return out


def clean_interaction(i: InteractionData) -> InteractionData:
    kind = clean(i.kind)
    if not kind:
        kind = "sonstiges"
    summary = bounded(i.summary, 2000, QT_TRANSLATE_NOOP("fields", "Inhalt"), multiline=True)
    if not summary:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte schreiben Sie kurz, worum es bei dem Kontakt ging.")
        )
    return replace(i, kind=bounded(kind, 60, QT_TRANSLATE_NOOP("fields", "Art")), summary=summary)


def normalized(data: EmployerData) -> EmployerData:
    """The employer as it would be stored; a ``ValidationError`` names the first problem."""
    out = data.copy()
    for key, (limit, label) in _FIELDS.items():
        setattr(out, key, bounded(getattr(data, key), limit, label))
    if not out.name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte geben Sie den Namen des Arbeitgebers an.")
        )
    if not 0 <= out.offers_internships <= MAX_INTERNSHIPS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Die Zahl der Praktikumsplätze muss zwischen 0 und {limit} liegen."
            ),
            limit=MAX_INTERNSHIPS,
        )
    if out.min_weekly_hours is not None and not 1 <= out.min_weekly_hours <= MAX_WEEKLY_HOURS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Die Wochenstunden müssen zwischen 1 und {limit} liegen (oder leer)."
            ),
            limit=MAX_WEEKLY_HOURS,
        )
    out.contacts = [clean_contact(c) for c in out.contacts]
    out.interactions = [clean_interaction(i) for i in out.interactions]
    return out


def warnings_for(ws: Workspace, data: EmployerData) -> list[str]:
    """Things to confirm before saving (German source texts, context "errors")."""
    wanted = fold(clean(data.name))
    with ws.db.session() as s:
        query = select(Employer.id, Employer.name)
        if data.id is not None:
            query = query.where(Employer.id != data.id)
        if any(fold(name) == wanted for _id, name in s.execute(query)):
            return [
                QT_TRANSLATE_NOOP("errors", "Es gibt bereits einen Arbeitgeber mit diesem Namen.")
            ]
    return []


# -- reading --------------------------------------------------------------------------------
def list_employers(ws: Workspace, query: str = "", sector: str | None = None) -> list[EmployerRow]:
    """Every employer (name order) with counts; ``query`` filters folded words, ``sector``
    keeps one sector. Four queries in all."""
    with ws.db.session() as s:
        contacts: dict[int, list[str]] = {}
        for eid, name in s.execute(
            select(EmployerContact.employer_id, EmployerContact.name).order_by(EmployerContact.id)
        ):
            contacts.setdefault(eid, []).append(name)
        leads: dict[int | None, int] = {}
        for lead_employer, count in s.execute(
            select(Lead.employer_id, func.count(Lead.id))
            .where(Lead.employer_id.is_not(None), Lead.stage.not_in(CLOSED_STAGES))
            .group_by(Lead.employer_id)
        ):
            leads[lead_employer] = count
        last: dict[int, dt.date] = {}
        for eid, day in s.execute(
            select(Interaction.employer_id, func.max(Interaction.happened_on)).group_by(
                Interaction.employer_id
            )
        ):
            last[eid] = day
        rows = []
        for e in s.scalars(select(Employer)):
            names = contacts.get(e.id, [])
            key = " ".join(search_key(t) for t in (e.name, e.sector, e.address, *names))
            offers = (e.offers_tour, e.offers_internships, e.offers_qa)
            rows.append(
                EmployerRow(
                    e.id,
                    e.name,
                    e.sector,
                    e.address,
                    *offers,
                    e.next_follow_up,
                    len(names),
                    int(leads.get(e.id, 0)),
                    last.get(e.id),
                    key,
                )  # fmt: skip
            )
    rows.sort(key=lambda r: (fold(r.name), r.id))
    if sector:
        rows = [r for r in rows if r.sector == sector]
    if query.strip():
        rows = [r for r in rows if r.matches(query)]
    return rows


def sectors(ws: Workspace) -> list[str]:
    with ws.db.session() as s:
        found = s.scalars(select(Employer.sector).where(Employer.sector != "").distinct())
        return sorted(found, key=fold)


def _interactions(s: DbSession, employer_id: int) -> list[InteractionData]:
    query = (
        select(Interaction, Coach.name)
        .outerjoin(Coach, Coach.id == Interaction.coach_id)
        .where(Interaction.employer_id == employer_id)
        .order_by(Interaction.happened_on.desc(), Interaction.id.desc())
    )
    return [
        InteractionData(i.happened_on, i.kind, i.summary, i.coach_id, coach or "", i.id)
        for i, coach in s.execute(query)
    ]


def list_interactions(ws: Workspace, employer_id: int) -> list[InteractionData]:
    """The employer's interaction log, newest first."""
    with ws.db.session() as s:
        return _interactions(s, employer_id)


def load_employer(ws: Workspace, employer_id: int) -> EmployerData:
    with ws.db.session() as s:
        e = s.get(Employer, employer_id)
        if e is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Arbeitgeber"), employer_id)
        contacts = [
            ContactData(c.name, c.role, c.phone, c.email, c.id)
            for c in s.scalars(
                select(EmployerContact)
                .where(EmployerContact.employer_id == employer_id)
                .order_by(EmployerContact.id)
            )
        ]
        values = {k: getattr(e, k) for k in EMPLOYER_COLUMNS}
        return EmployerData(
            **values, contacts=contacts, interactions=_interactions(s, e.id), id=e.id
        )


def due_follow_ups(ws: Workspace, today: dt.date) -> list[FollowUp]:
    """Employers whose next follow-up is today or earlier, the oldest first."""
    with ws.db.session() as s:
        found = s.scalars(
            select(Employer)
            .where(Employer.next_follow_up.is_not(None), Employer.next_follow_up <= today)
            .order_by(Employer.next_follow_up, Employer.name)
        ).all()
        firsts: dict[int, EmployerContact] = {}
        for contact in s.scalars(
            select(EmployerContact)
            .where(EmployerContact.employer_id.in_([e.id for e in found]))
            .order_by(EmployerContact.id.desc())
        ):
            firsts[contact.employer_id] = contact  # the lowest id wins: it comes last
        result = []
        for e in found:
            first = firsts.get(e.id)
            text = ", ".join(p for p in (first.name, first.phone) if p) if first else ""
            assert e.next_follow_up is not None
            result.append(FollowUp(e.id, e.name, e.next_follow_up, text))
        return result


# -- writing --------------------------------------------------------------------------------
def apply_fields(e: Employer, d: EmployerData) -> None:
    for key in EMPLOYER_COLUMNS:
        setattr(e, key, getattr(d, key))


def _sync_contacts(
    s: DbSession, coach_id: int, employer_id: int, wanted: list[ContactData]
) -> None:
    existing = {
        c.id: c
        for c in s.scalars(
            select(EmployerContact).where(EmployerContact.employer_id == employer_id)
        )
    }
    keep = {c.id for c in wanted if c.id is not None}
    for cid, row in existing.items():
        if cid not in keep:
            s.delete(row)
            audit.record(s, coach_id, "employer_contact.deleted", "employer_contact", cid)
    for c in wanted:
        found = existing.get(c.id) if c.id is not None else None
        if found is None:
            row = EmployerContact(employer_id=employer_id)
            s.add(row)
        else:
            row = found
        if found is not None and (row.name, row.role, row.phone, row.email) == (
            c.name,
            c.role,
            c.phone,
            c.email,
        ):
            continue
        row.name, row.role, row.phone, row.email = c.name, c.role, c.phone, c.email
        s.flush()
        action = "employer_contact.updated" if c.id in existing else "employer_contact.created"
        audit.record(s, coach_id, action, "employer_contact", row.id)


def _sync_interactions(
    s: DbSession, coach_id: int, employer_id: int, wanted: list[InteractionData]
) -> None:
    existing = {
        i.id: i
        for i in s.scalars(select(Interaction).where(Interaction.employer_id == employer_id))
    }
    keep = {i.id for i in wanted if i.id is not None}
    for iid, row in existing.items():
        if iid not in keep:
            s.delete(row)
            audit.record(s, coach_id, "interaction.deleted", "interaction", iid)
    for i in wanted:
        found = existing.get(i.id) if i.id is not None else None
        values = (i.happened_on, i.kind, i.summary)
        if found is None:
            row = Interaction(employer_id=employer_id, coach_id=i.coach_id or coach_id)
            s.add(row)
        else:
            row = found
        if found is not None and (row.happened_on, row.kind, row.summary) == values:
            continue
        row.happened_on, row.kind, row.summary = values
        s.flush()
        action = "interaction.updated" if i.id in existing else "interaction.created"
        audit.record(s, coach_id, action, "interaction", row.id)


def save_employer(ws: Workspace, data: EmployerData) -> int:
    """Create or update the employer with its contacts and interactions, in one transaction."""
    d = normalized(data)
    coach_id = ws.current_coach.id
    with ws.db.session() as s:
        if d.id is None:
            e = Employer()
            apply_fields(e, d)
            s.add(e)
            s.flush()
            audit.record(s, coach_id, "employer.created", "employer", e.id)
        else:
            found = s.get(Employer, d.id)
            if found is None:
                raise _missing(QT_TRANSLATE_NOOP("fields", "Arbeitgeber"), d.id)
            e = found
            apply_fields(e, d)
            audit.record(s, coach_id, "employer.updated", "employer", e.id)
        _sync_contacts(s, coach_id, e.id, d.contacts)
        _sync_interactions(s, coach_id, e.id, d.interactions)
        return e.id


@dataclass(frozen=True)
class EmployerUsage:
    leads: int
    placements: int
    sessions: int


def employer_usage(ws: Workspace, employer_id: int) -> EmployerUsage:
    """What points to the employer (for the question before deleting it)."""
    with ws.db.session() as s:
        leads = s.scalar(select(func.count(Lead.id)).where(Lead.employer_id == employer_id))
        placements = s.scalar(
            select(func.count(Placement.id)).where(Placement.employer_id == employer_id)
        )
        sessions = s.scalar(
            select(func.count(SessionRow.id)).where(SessionRow.employer_id == employer_id)
        )
        return EmployerUsage(int(leads or 0), int(placements or 0), int(sessions or 0))


def delete_employer(ws: Workspace, employer_id: int) -> None:
    """Delete the employer with its contacts and log; leads and placements keep its name."""
    with ws.db.session() as s:
        e = s.get(Employer, employer_id)
        if e is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Arbeitgeber"), employer_id)
        for model in (Lead, Placement):
            s.execute(
                update(model)
                .where(model.employer_id == employer_id, model.employer_text == "")
                .values(employer_text=e.name)
            )
            s.execute(
                update(model).where(model.employer_id == employer_id).values(employer_id=None)
            )
        s.execute(
            update(SessionRow).where(SessionRow.employer_id == employer_id).values(employer_id=None)
        )
        s.execute(delete(EmployerContact).where(EmployerContact.employer_id == employer_id))
        s.execute(delete(Interaction).where(Interaction.employer_id == employer_id))
        s.delete(e)
        audit.record(s, ws.current_coach.id, "employer.deleted", "employer", employer_id)


def _employer(s: DbSession, employer_id: int) -> Employer:
    e = s.get(Employer, employer_id)
    if e is None:
        raise _missing(QT_TRANSLATE_NOOP("fields", "Arbeitgeber"), employer_id)
    return e


def save_contact(ws: Workspace, employer_id: int, contact: ContactData) -> int:
    """Add (``contact.id`` None) or change one contact person."""
    c = clean_contact(contact)
    coach_id = ws.current_coach.id
    with ws.db.session() as s:
        _employer(s, employer_id)
        if c.id is None:
            row = EmployerContact(employer_id=employer_id)
            s.add(row)
        else:
            found = s.get(EmployerContact, c.id)
            if found is None or found.employer_id != employer_id:
                raise _missing(QT_TRANSLATE_NOOP("fields", "Ansprechperson"), c.id)
            row = found
        row.name, row.role, row.phone, row.email = c.name, c.role, c.phone, c.email
        s.flush()
        action = "employer_contact.created" if c.id is None else "employer_contact.updated"
        audit.record(s, coach_id, action, "employer_contact", row.id)
        return row.id


def delete_contact(ws: Workspace, contact_id: int) -> None:
    with ws.db.session() as s:
        row = s.get(EmployerContact, contact_id)
        if row is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Ansprechperson"), contact_id)
        s.delete(row)
        audit.record(
            s, ws.current_coach.id, "employer_contact.deleted", "employer_contact", contact_id
        )


def save_interaction(ws: Workspace, employer_id: int, interaction: InteractionData) -> int:
    """Log (``interaction.id`` None) or change one contact with the employer; the coach is
    the one at work unless given."""
    i = clean_interaction(interaction)
    coach_id = ws.current_coach.id
    with ws.db.session() as s:
        _employer(s, employer_id)
        if i.id is None:
            row = Interaction(employer_id=employer_id, coach_id=i.coach_id or coach_id)
            s.add(row)
        else:
            found = s.get(Interaction, i.id)
            if found is None or found.employer_id != employer_id:
                raise _missing(QT_TRANSLATE_NOOP("fields", "Kontakt"), i.id)
            row = found
        row.happened_on, row.kind, row.summary = i.happened_on, i.kind, i.summary
        s.flush()
        action = "interaction.created" if i.id is None else "interaction.updated"
        audit.record(s, coach_id, action, "interaction", row.id)
        return row.id


def delete_interaction(ws: Workspace, interaction_id: int) -> None:
    with ws.db.session() as s:
        row = s.get(Interaction, interaction_id)
        if row is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Kontakt"), interaction_id)
        s.delete(row)
        audit.record(s, ws.current_coach.id, "interaction.deleted", "interaction", interaction_id)


# -- offers into the calendar ---------------------------------------------------------------
def session_template(
    ws: Workspace,
    employer_id: int,
    offer: str,
    project_id: int,
    day: dt.date | None = None,
) -> SessionData:
    """A new session for the employer's offer ("tour" or "qa"), not yet saved: kind, topic,
    the employer's address as the place (free text), the coach at work, 9:00–11:00."""
    kind, topic = OFFERS[offer]
    with ws.db.session() as s:
        e = _employer(s, employer_id)
        name, address = e.name, e.address
        offered = {"tour": e.offers_tour, "qa": e.offers_qa}[offer]
    if not offered:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "„{name}“ bietet das nicht an. Bitte kreuzen Sie das Angebot beim Arbeitgeber "
                "zuerst an.",
            ),
            name=name,
        )
    start = dt.datetime.combine(day or dt.date.today() + dt.timedelta(days=7), dt.time(9))
    return SessionData(
        project_id=project_id,
        kind=kind,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        topic=topic.format(name=name)[:200],
        room=address[:120],  # the session has no address field: the room holds it as text
        coach_ids=[ws.coach.id] if ws.coach else [],
        employer_id=employer_id,
    )
