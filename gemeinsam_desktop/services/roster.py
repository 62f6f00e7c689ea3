"""The participant roster: rows for the table, records to edit, projects (cohorts).

Plain dataclasses in and out; every write is one transaction and leaves an audit entry
(who did what to which record — never the data itself).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import attendance, attendance_rules, audit
from gemeinsam_desktop.services.text import bounded, clean, fold, search_key
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Agreement,
    AgreementState,
    Attendance,
    AttendanceState,
    Child,
    Consent,
    Participant,
    ParticipantStatus,
    Project,
)
from gemeinsam_desktop.store.models import Session as SessionRow

PRESENT = (AttendanceState.ANWESEND, AttendanceState.VERSPAETET)
CHILDCARE_AGE_LIMIT = attendance.CHILDCARE_AGE_LIMIT  # this age or older: not looked after

# Field limits and labels: one table serves validation, import and export.
TEXT_FIELDS: dict[str, tuple[int, str]] = {
    "last_name": (120, QT_TRANSLATE_NOOP("fields", "Nachname")),
    "first_name": (120, QT_TRANSLATE_NOOP("fields", "Vorname")),
    "street": (200, QT_TRANSLATE_NOOP("fields", "Straße")),
    "postal_code": (10, QT_TRANSLATE_NOOP("fields", "PLZ")),
    "city": (120, QT_TRANSLATE_NOOP("fields", "Ort")),
    "phone": (60, QT_TRANSLATE_NOOP("fields", "Telefon")),
    "email": (200, QT_TRANSLATE_NOOP("fields", "E-Mail")),
    "customer_number": (30, QT_TRANSLATE_NOOP("fields", "Kundennummer")),
    "occupation_wishes": (500, QT_TRANSLATE_NOOP("fields", "Berufswunsch")),
    "languages": (300, QT_TRANSLATE_NOOP("fields", "Sprachen")),
    "exit_reason": (300, QT_TRANSLATE_NOOP("fields", "Grund")),
}


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    name: str
    start_date: dt.date | None
    end_date: dt.date | None


@dataclass
class ChildData:
    birth_year: int
    birth_month: int
    first_name: str = ""
    needs_childcare: bool = False
    care_notes: str = ""
    id: int | None = None

    def age_on(self, day: dt.date) -> int:
        months = (day.year - self.birth_year) * 12 + day.month - self.birth_month
        return max(0, months // 12)


@dataclass
class ConsentData:
    given_on: dt.date | None = None
    scope: str = ""
    form_version: str = ""
    withdrawn_on: dt.date | None = None


@dataclass
class ParticipantData:
    """One record as the record dialog edits it."""

    project_id: int
    last_name: str = ""
    first_name: str = ""
    salutation: str = ""
    birth_date: dt.date | None = None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    customer_number: str = ""
    unemployed_since: dt.date | None = None
    occupation_wishes: str = ""
    max_weekly_hours: int | None = None
    languages: str = ""
    status: ParticipantStatus = ParticipantStatus.INTERESSIERT
    entry_date: dt.date | None = None
    exit_date: dt.date | None = None
    exit_reason: str = ""
    archived: bool = False
    children: list[ChildData] = field(default_factory=list)
    consent: ConsentData = field(default_factory=ConsentData)
    id: int | None = None

    def copy(self) -> ParticipantData:
        return replace(
            self,
            children=[replace(c) for c in self.children],
            consent=replace(self.consent),
        )


@dataclass(frozen=True)
class RosterRow:
    id: int
    last_name: str
    first_name: str
    status: ParticipantStatus
    age: int | None
    children_ages: tuple[int, ...]
    childcare_needed: int
    entry_date: dt.date | None
    last_attendance: dt.date | None
    open_agreements: int
    customer_number: str
    phone: str
    archived: bool
    search: str  # folded name, Kundennummer and phone for type-to-filter
    attendance_rate: float | None = None  # AttendanceSummary.rate (None: none counted)
    unexcused_in_a_row: int = 0

    @property
    def name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# -- projects ---------------------------------------------------------------------------
def list_projects(ws: Workspace, *, include_archived: bool = False) -> list[ProjectInfo]:
    with ws.db.session() as s:
        query = select(Project).order_by(Project.start_date.desc().nulls_last(), Project.id)
        if not include_archived:
            query = query.where(Project.archived.is_(False))
        return [ProjectInfo(p.id, p.name, p.start_date, p.end_date) for p in s.scalars(query)]


def create_project(
    ws: Workspace, name: str, start: dt.date | None = None, end: dt.date | None = None
) -> ProjectInfo:
    name = bounded(name, 200, QT_TRANSLATE_NOOP("fields", "Projektname"))
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte geben Sie einen Projektnamen ein.")
        )
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Das Projektende liegt vor dem Projektbeginn.")
        )
    with ws.db.session() as s:
        project = Project(name=name, start_date=start, end_date=end)
        s.add(project)
        s.flush()
        audit.record(s, ws.current_coach.id, "project.created", "project", project.id)
        return ProjectInfo(project.id, project.name, project.start_date, project.end_date)


# -- rows -------------------------------------------------------------------------------
def roster_rows(
    ws: Workspace,
    project_id: int,
    *,
    include_archived: bool = False,
    today: dt.date | None = None,
) -> list[RosterRow]:
    """Every participant of the project with the figures the roster shows (eight queries)."""
    today = today or dt.date.today()
    with ws.db.session() as s:
        query = select(Participant).where(
            Participant.project_id == project_id, Participant.erased_at.is_(None)
        )
        if not include_archived:
            query = query.where(Participant.archived.is_(False))
        people = list(s.scalars(query))
        children: dict[int, list[tuple[int, int, bool]]] = {}
        for pid, year, month, care in s.execute(
            select(Child.participant_id, Child.birth_year, Child.birth_month, Child.needs_childcare)
            .join(Participant)
            .where(Participant.project_id == project_id)
        ):
            children.setdefault(pid, []).append((year, month, care))
        last_seen = dict(
            s.execute(
                select(Attendance.participant_id, func.max(SessionRow.starts_at))
                .join(SessionRow, Attendance.session_id == SessionRow.id)
                .where(SessionRow.project_id == project_id, Attendance.state.in_(PRESENT))
                .group_by(Attendance.participant_id)
            ).all()
        )
        open_agreements = dict(
            s.execute(
                select(Agreement.participant_id, func.count())
                .join(Participant)
                .where(
                    Participant.project_id == project_id,
                    Agreement.state == AgreementState.OFFEN,
                )
                .group_by(Agreement.participant_id)
            ).all()
        )
        figures = attendance_rules.compute_summaries(s, project_id, today)
    rows = []
    for p in people:
        kids = children.get(p.id, [])
        ages = tuple(sorted(ChildData(year, month).age_on(today) for year, month, _care in kids))
        seen = last_seen.get(p.id)
        summary = figures.get(p.id)
        rows.append(
            RosterRow(
                id=p.id,
                last_name=p.last_name,
                first_name=p.first_name,
                status=p.status,
                age=age_on(p.birth_date, today),
                children_ages=ages,
                childcare_needed=sum(1 for _y, _m, care in kids if care),
                entry_date=p.entry_date,
                last_attendance=seen.date() if seen else None,
                open_agreements=open_agreements.get(p.id, 0),
                customer_number=p.customer_number,
                phone=p.phone,
                archived=p.archived,
                search=search_key(f"{p.last_name} {p.first_name} {p.customer_number} {p.phone}")
                + "\x1f"
                + "".join(ch for ch in p.phone if ch.isdigit()),
                attendance_rate=summary.rate if summary else None,
                unexcused_in_a_row=summary.unexcused_in_a_row if summary else 0,
            )
        )
    return rows


# -- one record -------------------------------------------------------------------------
def _to_data(p: Participant, consent: Consent | None) -> ParticipantData:
    return ParticipantData(
        id=p.id,
        project_id=p.project_id,
        salutation=p.salutation,
        last_name=p.last_name,
        first_name=p.first_name,
        birth_date=p.birth_date,
        street=p.street,
        postal_code=p.postal_code,
        city=p.city,
        phone=p.phone,
        email=p.email,
        customer_number=p.customer_number,
        unemployed_since=p.unemployed_since,
        occupation_wishes=p.occupation_wishes,
        max_weekly_hours=p.max_weekly_hours,
        languages=p.languages,
        status=p.status,
        entry_date=p.entry_date,
        exit_date=p.exit_date,
        exit_reason=p.exit_reason,
        archived=p.archived,
        children=[
            ChildData(
                c.birth_year, c.birth_month, c.first_name, c.needs_childcare, c.care_notes, c.id
            )
            for c in p.children
        ],
        consent=ConsentData(
            consent.given_on, consent.scope, consent.form_version, consent.withdrawn_on
        )
        if consent
        else ConsentData(),
    )


def _latest_consent(s: Session, participant_id: int) -> Consent | None:
    return s.scalars(
        select(Consent)
        .where(Consent.participant_id == participant_id)
        .order_by(Consent.given_on.desc(), Consent.id.desc())
        .limit(1)
    ).first()


def load_participant(ws: Workspace, participant_id: int) -> ParticipantData:
    """The record for the dialog; opening it is logged as "viewed"."""
    with ws.db.session() as s:
        p = s.get(Participant, participant_id)
        if p is None or p.erased_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diese Person gibt es nicht mehr (gelöscht).")
            )
        audit.record(s, ws.current_coach.id, "participant.viewed", "participant", p.id)
        return _to_data(p, _latest_consent(s, p.id))


def normalized(data: ParticipantData, today: dt.date | None = None) -> ParticipantData:
    """Cleaned text and checked values; raises ValidationError naming the first problem."""
    today = today or dt.date.today()
    out = data.copy()
    for name, (limit, label) in TEXT_FIELDS.items():
        setattr(out, name, bounded(getattr(out, name), limit, label))
    out.customer_number = out.customer_number.upper()
    if out.salutation not in ("", "frau", "herr"):
        out.salutation = ""
    if not out.last_name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Bitte geben Sie einen Nachnamen ein."))
    if out.birth_date is not None:
        age = age_on(out.birth_date, today)
        if out.birth_date > today or age is None or age < 14 or age > 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Das Geburtsdatum {date} ist nicht möglich. Bitte prüfen Sie Tag, Monat und Jahr.",
                ),
                date=out.birth_date.strftime("%d.%m.%Y"),
            )
    if out.entry_date and out.exit_date and out.exit_date < out.entry_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Das Austrittsdatum liegt vor dem Eintrittsdatum.")
        )
    if out.unemployed_since and out.unemployed_since > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "„Arbeitslos seit“ liegt in der Zukunft.")
        )
    if out.max_weekly_hours is not None and not 0 <= out.max_weekly_hours <= 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Wochenstunden müssen zwischen 0 und 60 liegen.")
        )
    if out.email and ("@" not in out.email or " " in out.email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Die E-Mail-Adresse „{email}“ ist nicht gültig."),
            email=out.email,
        )
    for child in out.children:
        child.first_name = bounded(
            child.first_name, 120, QT_TRANSLATE_NOOP("fields", "Vorname des Kindes")
        )
        child.care_notes = bounded(
            child.care_notes, 500, QT_TRANSLATE_NOOP("fields", "Hinweise zur Betreuung")
        )
        born = (child.birth_year, child.birth_month)
        if (
            not 1 <= child.birth_month <= 12
            or born > (today.year, today.month)
            or child.birth_year < 1950
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Der Geburtsmonat eines Kindes ({month:02d}/{year}) ist nicht möglich.",
                ),
                month=child.birth_month,
                year=child.birth_year,
            )
    c = out.consent
    c.scope = bounded(c.scope, 300, QT_TRANSLATE_NOOP("fields", "Umfang der Einwilligung"))
    c.form_version = bounded(c.form_version, 40, QT_TRANSLATE_NOOP("fields", "Formularversion"))
    if c.withdrawn_on and c.given_on and c.withdrawn_on < c.given_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Der Widerruf liegt vor der Einwilligung.")
        )
    return out


def warnings_for(ws: Workspace, data: ParticipantData) -> list[str]:
    """Things to confirm before saving: same name and birth date, same Kundennummer."""
    found: list[str] = []
    with ws.db.session() as s:
        base = select(Participant).where(Participant.erased_at.is_(None))
        if data.id is not None:
            base = base.where(Participant.id != data.id)
        if data.birth_date is not None:
            # SQLite's lower() knows ASCII only: compare folded names in Python.
            wanted = (fold(clean(data.last_name)), fold(clean(data.first_name)))
            born_same_day = s.scalars(base.where(Participant.birth_date == data.birth_date))
            if any((fold(p.last_name), fold(p.first_name)) == wanted for p in born_same_day):
                found.append(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Es gibt bereits eine Person mit diesem Namen und Geburtsdatum.",
                    )
                )
        number = clean(data.customer_number).upper()
        if number:
            same = s.scalars(base.where(Participant.customer_number == number)).first()
            if same is not None:
                found.append(
                    QT_TRANSLATE_NOOP(
                        "errors", "Die Kundennummer ist schon bei einer anderen Person eingetragen."
                    )
                )
    return found


_SIMPLE = [
    f.name
    for f in fields(ParticipantData)
    if f.name not in ("id", "project_id", "children", "consent")
]


def save_participant(ws: Workspace, data: ParticipantData, today: dt.date | None = None) -> int:
    """Create or update the record with its children and consent, in one transaction."""
    clean_data = normalized(data, today)
    with ws.db.session() as s:
        if clean_data.id is None:
            p = Participant(project_id=clean_data.project_id)
            s.add(p)
            action = "participant.created"
        else:
            found = s.get(Participant, clean_data.id)
            if found is None or found.erased_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Diese Person gibt es nicht mehr (gelöscht).")
                )
            p = found
            action = "participant.changed"
        for name in _SIMPLE:
            setattr(p, name, getattr(clean_data, name))
        p.birth_year = clean_data.birth_date.year if clean_data.birth_date else None
        kept = {c.id: c for c in clean_data.children if c.id is not None}
        for child in list(p.children):
            if child.id not in kept:
                p.children.remove(child)
        for c in clean_data.children:
            row = next((x for x in p.children if c.id is not None and x.id == c.id), None)
            if row is None:
                row = Child(birth_year=c.birth_year, birth_month=c.birth_month)
                p.children.append(row)
            row.first_name, row.birth_year, row.birth_month = (
                c.first_name,
                c.birth_year,
                c.birth_month,
            )
            row.needs_childcare, row.care_notes = c.needs_childcare, c.care_notes
        s.flush()
        _save_consent(s, p.id, clean_data.consent)
        audit.record(s, ws.current_coach.id, action, "participant", p.id)
        return p.id


def _save_consent(s: Session, participant_id: int, consent: ConsentData) -> None:
    current = _latest_consent(s, participant_id)
    if consent.given_on is None:
        if current is not None and consent.withdrawn_on and current.withdrawn_on is None:
            current.withdrawn_on = consent.withdrawn_on
        return
    if current is None or current.given_on != consent.given_on:
        s.add(
            Consent(
                participant_id=participant_id,
                given_on=consent.given_on,
                scope=consent.scope,
                form_version=consent.form_version,
                withdrawn_on=consent.withdrawn_on,
            )
        )
    else:
        current.scope = consent.scope
        current.form_version = consent.form_version
        current.withdrawn_on = consent.withdrawn_on


def set_archived(ws: Workspace, participant_id: int, archived: bool) -> None:
    """Archive instead of delete: the record leaves the roster, its history stays."""
    with ws.db.session() as s:
        p = s.get(Participant, participant_id)
        if p is None:
            return
        p.archived = archived
        audit.record(
            s,
            ws.current_coach.id,
            "participant.archived" if archived else "participant.restored",
            "participant",
            participant_id,
        )
