"""Fill an empty store with a complete, fictional project (for trying out and training).

Everything is made up: participants and employers come from the fictional sample files in
``resources/demo``, the rest from a seeded ``random.Random``, so the same seed and the
same ``today`` always give the same store. The coach accounts are added first (each needs
its own passphrase slot); everything else is written in one transaction: all or nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field, fields

import holidays
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.resources import resource_path
from gemeinsam_desktop.services import accounts, attendance, audit
from gemeinsam_desktop.services.demo_data import (
    AGREEMENTS,
    CARE_NOTES,
    CHILD_NAMES,
    CONSENT_FORM,
    CONSENT_SCOPE,
    CONTACT_NAMES,
    CONTACT_ROLES,
    DEMO_COACHES,
    DEMO_PROJECT_NAME,
    DROPOUT_REASONS,
    DROPPED,
    EMPLOYER_MIN_HOURS,
    EXCUSES,
    FREE_EMPLOYERS,
    INTERACTIONS,
    LABELS,
    LATE_ENTRIES,
    LEAD_SOURCE_DETAILS,
    LEAD_SOURCES,
    LEAD_STAGES,
    MALE_FIRST_NAMES,
    NOTE_TEMPLATES,
    PAUSE_REASONS,
    PLACEMENT_HOURS,
    PLACEMENT_KINDS,
    SIZES,
    STATUS_PLAN,
    WORKSHOP_TOPICS,
)
from gemeinsam_desktop.services.demo_data import DEMO_LEAD_NAME as DEMO_LEAD_NAME
from gemeinsam_desktop.services.demo_data import DEMO_PASSPHRASE as DEMO_PASSPHRASE
from gemeinsam_desktop.services.leads import PIPELINE
from gemeinsam_desktop.services.matching import sector_fits
from gemeinsam_desktop.services.placements import add_months
from gemeinsam_desktop.services.workspace import DEFAULT_LOCATIONS, Workspace
from gemeinsam_desktop.store.models import (
    Agreement,
    AgreementState,
    Attendance,
    AttendanceChild,
    AttendanceState,
    Child,
    Coach,
    CoachingNote,
    CoachRole,
    Consent,
    Employer,
    EmployerContact,
    Interaction,
    Lead,
    LeadStage,
    LeadStageChange,
    Location,
    NoteTemplate,
    NoteVisibility,
    Participant,
    ParticipantStatus,
    Placement,
    Project,
    Session,
    SessionKind,
    SessionSeries,
)

S = ParticipantStatus
L = LeadStage

# Note templates a coach starts from (Markdown: **fett**, "- " lists).
DEMO_NOTE_TEMPLATES = (
    (
        "Standortbestimmung",
        "**Standortbestimmung**\n\n"
        "- Berufswunsch:\n- Erfahrungen und Stärken:\n- Wochenstunden und Kinderbetreuung:\n"
        "- Nächster Schritt:\n",
    ),
    (
        "Bewerbungsstrategie",
        "**Bewerbungsstrategie**\n\n"
        "- Zielbetriebe:\n- Unterlagen (Lebenslauf, Anschreiben, Zeugnisse):\n"
        "- Bewerbungswege (E-Mail, Portal, persönlich):\n- Bis zum nächsten Termin:\n",
    ),
)


@dataclass
class DemoSummary:
    coaches: int = 0
    participants: int = 0
    children: int = 0
    consents: int = 0
    series: int = 0
    sessions: int = 0
    attendances: int = 0
    notes: int = 0
    agreements: int = 0
    employers: int = 0
    contacts: int = 0
    interactions: int = 0
    leads: int = 0
    placements: int = 0

    def describe(self) -> str:
        return ", ".join(f"{getattr(self, f.name)} {LABELS[f.name]}" for f in fields(self))


@dataclass
class _Ctx:
    s: DbSession
    rng: random.Random
    today: dt.date
    start: dt.date
    end: dt.date
    coaches: list[int]
    free_days: holidays.HolidayBase
    summary: DemoSummary
    window: dict[int, tuple[dt.date, dt.date]] = field(default_factory=dict)  # enrolment
    employers: list[Employer] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    one_to_one: list[tuple[Session, int]] = field(default_factory=list)  # Einzelcoaching

    def coach(self, i: int) -> int:
        return self.coaches[i % len(self.coaches)]

    def between(self, lo: dt.date, hi: dt.date) -> dt.date:
        return lo + dt.timedelta(days=self.rng.randint(0, max(0, (hi - lo).days)))

    def weekday_before(self, day: dt.date) -> dt.date:
        """The day itself, or the Friday before a weekend (coaches write notes on workdays)."""
        return day - dt.timedelta(days=max(0, day.weekday() - 4))

    def workday(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.free_days


# -- helpers ----------------------------------------------------------------------------
def _clean(value: str | None) -> str:
    return unicodedata.normalize("NFC", " ".join((value or "").split()))


def _read_csv(name: str) -> list[dict[str, str]]:
    with resource_path("demo", name).open(encoding="utf-8-sig", newline="") as fh:
        rows = [
            {_clean(k): _clean(v) for k, v in raw.items() if isinstance(k, str)}
            for raw in csv.DictReader(fh, delimiter=";")
        ]
    return [row for row in rows if any(row.values())]


def _parse_date(text: str, fmt: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text.strip(), fmt).date()
    except ValueError:
        return None


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def project_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """Eight months from the Monday about five months before ``today``."""
    start = add_months(today, -5)
    start -= dt.timedelta(days=start.weekday())
    free = holidays.Germany(subdiv="HE", years=range(start.year, start.year + 2))
    while start in free:  # no Auftakt on Easter or Whit Monday
        start += dt.timedelta(days=7)
    return start, add_months(start, 8) - dt.timedelta(days=1)


# -- public API ---------------------------------------------------------------------------
def fill_demo(
    ws: Workspace, *, today: dt.date | None = None, seed: int = 2026, add_coaches: bool = True
) -> DemoSummary:
    """Fill an initialized, empty store with a fictional project; refuse if it holds people."""
    today = today or dt.date.today()
    with ws.db.session() as s:
        _refuse_if_filled(s)
    summary = DemoSummary()
    if add_coaches:
        summary.coaches = _ensure_coaches(ws)
    start, end = project_period(today)
    with ws.db.session() as s:
        _refuse_if_filled(s)
        coaches = list(s.scalars(select(Coach.id).where(Coach.active.is_(True)).order_by(Coach.id)))
        free = holidays.Germany(subdiv="HE", years=range(start.year, end.year + 1))
        ctx = _Ctx(s, random.Random(seed), today, start, end, coaches, free, summary)
        project = s.scalars(select(Project).order_by(Project.id).limit(1)).one()
        project.name, project.start_date, project.end_date = DEMO_PROJECT_NAME, start, end
        project.placement_target = 0.9
        _employers(ctx)
        people = _participants(ctx, project.id)
        _placements(ctx, people)
        _sessions(ctx, project.id)
        _attendance(ctx, people)
        _notes_and_agreements(ctx, people)
        _note_templates(ctx)
        _leads(ctx, people)
        audit.record(s, ws.coach.id if ws.coach else None, "demo.filled")
    from gemeinsam_desktop.services import backup

    backup.make_backup(ws)  # the settings show a last backup (issue #8)
    return summary


def _refuse_if_filled(s: DbSession) -> None:
    if s.scalar(select(func.count()).select_from(Participant)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Die Demodaten sind bereits eingetragen.")
        )


def _ensure_coaches(ws: Workspace) -> int:
    """The demo coaches with their own passphrase; kept from an earlier, failed attempt."""
    existing = {c.name for c in accounts.list_coaches(ws)}
    missing = [name for name in DEMO_COACHES if name not in existing]
    for name in missing:
        accounts.add_coach(ws, name, CoachRole.COACH, DEMO_COACHES[name])
    return len(missing)


# -- employers ----------------------------------------------------------------------------
def _employers(ctx: _Ctx) -> None:
    rng, week_start = ctx.rng, ctx.today - dt.timedelta(days=ctx.today.weekday())
    for i, row in enumerate(_read_csv("arbeitgeber.csv")):
        offers = row.get("Angebote", "")
        emp = Employer(
            name=row["Name"],
            sector=row.get("Branche", ""),
            address=row.get("Adresse", ""),
            size=rng.choice(SIZES),
            offers_tour="Betriebsbesichtigung" in offers,
            offers_internships=rng.randint(1, 3) if "Praktikum" in offers else 0,
            offers_qa="Fragerunde" in offers,
            min_weekly_hours=EMPLOYER_MIN_HOURS.get(row.get("Branche", "")),
            partner_since=(partner_since := ctx.start - dt.timedelta(days=rng.randint(20, 700))),
        )
        emp.next_follow_up = (
            ctx.between(week_start, week_start + dt.timedelta(days=4))
            if i < 3
            else ctx.today + dt.timedelta(days=rng.randint(-6, 40))
        )
        if i == 0:  # at least one follow-up is due, so the Netzwerk page shows one
            emp.next_follow_up = min(emp.next_follow_up, ctx.today - dt.timedelta(days=2))
        ctx.s.add(emp)
        ctx.s.flush()
        ctx.employers.append(emp)
        for name in rng.sample(CONTACT_NAMES, rng.randint(1, 2)):
            mail = name.lower().replace(" ", ".").replace("ß", "ss") + "@example.org"
            ctx.s.add(
                EmployerContact(
                    employer_id=emp.id,
                    name=name,
                    role=rng.choice(CONTACT_ROLES),
                    phone=f"06441 {rng.randint(10000, 99999)}",
                    email=mail,
                )
            )
            ctx.summary.contacts += 1
        days = sorted(
            ctx.between(partner_since, ctx.today - dt.timedelta(days=1))
            for _ in range(rng.randint(2, 4))
        )
        for n, day in enumerate(days):
            kind, summary = rng.choice(INTERACTIONS)
            ctx.s.add(
                Interaction(
                    employer_id=emp.id,
                    happened_on=day,
                    kind=kind,
                    summary=summary,
                    coach_id=ctx.coach(i + n),
                )
            )
            ctx.summary.interactions += 1
    ctx.summary.employers = len(ctx.employers)


def _employer_for(ctx: _Ctx, wish: str) -> Employer:
    matching = [e for e in ctx.employers if sector_fits(e.sector, wish)]
    return ctx.rng.choice(matching or ctx.employers)


# -- participants -------------------------------------------------------------------------
def _participants(ctx: _Ctx, project_id: int) -> list[Participant]:
    rows, rng = _read_csv("teilnehmende_auftakt.csv"), ctx.rng
    order = list(range(len(rows)))
    rng.shuffle(order)
    status = dict.fromkeys(order, S.AKTIV)
    plan = iter(order)
    for kind, count in STATUS_PLAN:
        for _ in range(count):
            status[next(plan)] = kind
    late = [i for i in order if status[i] in (S.AKTIV, S.PAUSIERT)][-LATE_ENTRIES:]
    people = []
    for i, row in enumerate(rows):
        p = _participant(ctx, project_id, row, status[i], late=i in late)
        people.append(p)
    ctx.s.add_all(people)
    ctx.s.flush()
    for p in people:
        ctx.s.add(
            Consent(
                participant_id=p.id,
                given_on=min(p.entry_date or ctx.today, ctx.today),
                scope=CONSENT_SCOPE,
                form_version=CONSENT_FORM,
            )
        )
        last = p.exit_date or ctx.end
        if p.status is S.PAUSIERT:
            last = ctx.today - dt.timedelta(days=rng.randint(14, 28))
        assert p.entry_date is not None
        ctx.window[p.id] = (p.entry_date, last)
    ctx.summary.participants = ctx.summary.consents = len(people)
    ctx.summary.children = sum(len(p.children) for p in people)
    return people


def _participant(
    ctx: _Ctx, project_id: int, row: dict[str, str], status: S, *, late: bool
) -> Participant:
    rng, hours = ctx.rng, row.get("Wochenstunden (max.)", "")
    birth = _parse_date(row.get("Geburtsdatum", ""), "%d.%m.%Y")
    first = row.get("Vorname", "")
    p = Participant(
        project_id=project_id,
        salutation="herr" if first in MALE_FIRST_NAMES else "frau",
        last_name=row.get("Nachname", ""),
        first_name=first,
        birth_date=birth,
        birth_year=birth.year if birth else None,
        street=row.get("Straße", ""),
        postal_code=row.get("PLZ", ""),
        city=row.get("Ort", ""),
        phone=row.get("Telefon", ""),
        email=row.get("E-Mail", ""),
        customer_number=row.get("Kundennummer", ""),
        unemployed_since=_parse_date(row.get("Arbeitslos seit", ""), "%m/%Y"),
        occupation_wishes=row.get("Berufswunsch", ""),
        max_weekly_hours=int(hours) if hours.isdigit() else None,
        status=status,
        entry_date=ctx.start,
    )
    if late:
        p.entry_date = ctx.start + dt.timedelta(days=7 * rng.randint(1, 8))
    elif status is S.INTERESSIERT:
        p.entry_date = ctx.today + dt.timedelta(days=7 * rng.randint(1, 3) - ctx.today.weekday())
    elif status is S.ABGEBROCHEN:
        p.exit_date = ctx.between(
            ctx.start + dt.timedelta(days=21), ctx.today - dt.timedelta(days=14)
        )
        p.exit_reason = rng.choice(DROPOUT_REASONS)
    care = row.get("Kinderbetreuung benötigt", "").lower() in ("ja", "j", "x", "1", "yes")
    for text in row.get("Kinder (Geburtsmonat)", "").split(","):
        born = _parse_date(text, "%Y-%m")
        if born is None:
            continue
        under_12 = (ctx.today.year - born.year) * 12 + ctx.today.month - born.month < 144
        note = rng.choice(CARE_NOTES) if rng.random() < 0.15 else ""
        p.children.append(
            Child(
                first_name=rng.choice(CHILD_NAMES),
                birth_year=born.year,
                birth_month=born.month,
                needs_childcare=care and under_12,
                care_notes=note,
            )
        )
    return p


def _placements(ctx: _Ctx, people: list[Participant]) -> None:
    placed = [p for p in people if p.status is S.VERMITTELT]
    first, last = ctx.start + dt.timedelta(days=35), ctx.today - dt.timedelta(days=7)
    step = (last - first) / max(1, len(placed))
    for n, p in enumerate(placed):
        begin = first + step * n + dt.timedelta(days=ctx.rng.randint(0, 4))
        kind = PLACEMENT_KINDS[n % len(PLACEMENT_KINDS)]
        hours = PLACEMENT_HOURS.get(kind) or min(p.max_weekly_hours or 25, 30)
        emp = _employer_for(ctx, p.occupation_wishes)
        # Every other 3-month check is recorded (a few days after it fell due), the rest due.
        asked = add_months(begin, 3) + dt.timedelta(days=3)
        recorded = n % 2 == 0 and asked <= ctx.today
        placement = Placement(
            participant_id=p.id,
            employer_id=emp.id,
            start_date=begin,
            kind=kind,
            hours_per_week=float(hours),
            position=p.occupation_wishes,
            employed_after_3m=True if recorded else None,
            followup_3m_checked_on=asked if recorded else None,
        )
        ctx.s.add(placement)
        p.exit_date, p.exit_reason = begin - dt.timedelta(days=1), "Arbeitsaufnahme"
        ctx.window[p.id] = (ctx.window[p.id][0], p.exit_date)
        made = max(ctx.start + dt.timedelta(days=7), begin - dt.timedelta(days=40))
        placement.lead_id = _lead(ctx, p, L.EINGESTELLT, emp, made, begin - dt.timedelta(days=7))
    ctx.summary.placements = len(placed)


# -- sessions -----------------------------------------------------------------------------
def _sessions(ctx: _Ctx, project_id: int) -> None:
    s, rng = ctx.s, ctx.rng
    loc = {
        name: s.scalars(select(Location.id).where(Location.name == name)).first()
        for name, _a, _r in DEFAULT_LOCATIONS
    }
    rathaus, westend = (loc[name] for name, _a, _r in DEFAULT_LOCATIONS)

    def add(kind: SessionKind, begin: dt.datetime, minutes: int, **kw: object) -> Session:
        kw.setdefault("childcare_offered", kind is not SessionKind.EINZELCOACHING)
        if kw["childcare_offered"]:
            # The city sizes childcare for the group; a company visit has a small team, so
            # the demo shows the over-capacity warning there.
            kw.setdefault("childcare_capacity", 45)
        kw.setdefault("coach_id", ctx.coach(len(ctx.sessions)))
        row = Session(
            project_id=project_id,
            kind=kind,
            starts_at=begin,
            ends_at=begin + dt.timedelta(minutes=minutes),
            **kw,
        )
        ctx.sessions.append(row)
        return row

    add(
        SessionKind.AUFTAKT,
        _at(ctx.start, 10),
        120,
        topic="Auftaktveranstaltung",
        location_id=rathaus,
        room="Sitzungssaal",
        coach_id=ctx.coaches[0],
    )
    weekly = (
        (SessionKind.WORKSHOP, 1, dt.time(9), dt.time(12), rathaus, "Sitzungssaal"),
        (SessionKind.GRUPPENGESPRAECH, 3, dt.time(9, 30), dt.time(11, 30), westend, "Gruppenraum"),
    )
    for kind, weekday, t0, t1, where, room in weekly:
        first = ctx.start + dt.timedelta(days=(weekday - ctx.start.weekday()) % 7)
        series = SessionSeries(
            project_id=project_id,
            kind=kind,
            weekday=weekday,
            start_time=t0,
            end_time=t1,
            first_date=first,
            last_date=ctx.end,
            location_id=where,
            room=room,
            skip_holidays=True,
            coach_id=ctx.coaches[0],
            childcare_capacity=45,
        )
        s.add(series)
        s.flush()
        ctx.summary.series += 1
        days = [first + dt.timedelta(weeks=w) for w in range((ctx.end - first).days // 7 + 1)]
        minutes = (_at(first, t1.hour, t1.minute) - _at(first, t0.hour, t0.minute)).seconds // 60
        for n, day in enumerate(d for d in days if ctx.workday(d)):
            topic = (
                WORKSHOP_TOPICS[n % len(WORKSHOP_TOPICS)] if kind is SessionKind.WORKSHOP else ""
            )
            add(
                kind,
                _at(day, t0.hour, t0.minute),
                minutes,
                series_id=series.id,
                topic=topic or "Gruppengespräch",
                location_id=where,
                room=room,
            )
    tours = [e for e in ctx.employers if e.offers_tour] or ctx.employers
    for n, week in enumerate(range(3, 40, 4)):
        day = ctx.start + dt.timedelta(weeks=week, days=2)  # Wednesday
        if day <= ctx.end and ctx.workday(day):
            emp = tours[n % len(tours)]
            add(
                SessionKind.BETRIEBSBESICHTIGUNG,
                _at(day, 10),
                120,
                employer_id=emp.id,
                location_id=None,
                room="",
                capacity=12,
                childcare_capacity=12,
                topic=f"Betriebsbesichtigung {emp.name}",
            )
    slots: set[dt.datetime] = set()
    for n, pid in enumerate(sorted(ctx.window)[: 14 * 4 : 4]):
        lo, hi = ctx.window[pid]
        for _ in range(rng.randint(1, 3)):
            day = ctx.between(
                max(lo, ctx.start + dt.timedelta(days=7)),
                min(hi, ctx.today + dt.timedelta(days=14)),
            )
            begin = _at(day, rng.choice((9, 10, 11, 13, 14)), rng.choice((0, 30)))
            if ctx.workday(day) and day.weekday() in (0, 2, 4) and begin not in slots:
                slots.add(begin)
                row = add(
                    SessionKind.EINZELCOACHING,
                    begin,
                    45,
                    topic="Einzelcoaching",
                    location_id=westend,
                    room="Beratungsraum",
                    capacity=1,
                    coach_id=ctx.coach(n),
                )
                ctx.one_to_one.append((row, pid))
    later = [
        x
        for x in ctx.sessions
        if x.kind is SessionKind.GRUPPENGESPRAECH
        and x.starts_at.date() > ctx.today + dt.timedelta(days=7)
    ]
    if later:
        later[0].cancelled, later[0].cancel_reason = True, "Raum nicht verfügbar"
    s.add_all(ctx.sessions)
    s.flush()
    ctx.summary.sessions = len(ctx.sessions)


# -- attendance ---------------------------------------------------------------------------
def _attendance(ctx: _Ctx, people: list[Participant]) -> None:
    kids = {p.id: [c for c in p.children if c.needs_childcare] for p in people}
    starters = [p.id for p in people if p.status is S.AKTIV and p.entry_date == ctx.start]
    truants = ctx.rng.sample(starters, 2)  # three unexcused absences in a row, lately
    rows: list[dict[str, object]] = []
    past_group: dict[int, list[int]] = {}
    last: dict[int, AttendanceState] = {}
    for sess in sorted(ctx.sessions, key=lambda x: x.starts_at):
        day = sess.starts_at.date()
        for pid in [] if sess.cancelled else _enrolled(ctx, sess, day):
            past = day < ctx.today
            state = _past_state(ctx.rng, last.get(pid)) if past else AttendanceState.ERWARTET
            last[pid] = state
            if past and sess.kind in (SessionKind.WORKSHOP, SessionKind.GRUPPENGESPRAECH):
                past_group.setdefault(pid, []).append(len(rows))
            rows.append(_attendance_row(ctx, sess, pid, state, kids[pid]))
    for pid in truants:
        for i in past_group.get(pid, [])[-3:]:
            rows[i].update(
                state=AttendanceState.UNENTSCHULDIGT,
                excuse_reason="",
                sick_note=False,
                arrived_at=None,
                children_in_care=0,
            )
    if rows:
        ctx.s.execute(insert(Attendance), rows)
    _children_in_care(ctx, kids)
    ctx.summary.attendances = len(rows)


def _children_in_care(ctx: _Ctx, kids: dict[int, list[Child]]) -> None:
    """Which children were looked after: the ones counted in ``children_in_care``."""
    day = {sess.id: sess.starts_at.date() for sess in ctx.sessions}
    cared = ctx.s.execute(
        select(Attendance.id, Attendance.session_id, Attendance.participant_id).where(
            Attendance.children_in_care > 0
        )
    ).all()
    links = [
        {"attendance_id": aid, "child_id": c.id}
        for aid, sid, pid in cared
        for c in _cared_for(kids[pid], day[sid])
    ]
    if links:
        ctx.s.execute(insert(AttendanceChild), links)


def _cared_for(kids: list[Child], day: dt.date) -> list[Child]:
    """The children needing care on ``day`` (born by then, younger than the age limit)."""
    return [
        c
        for c in kids
        if (c.birth_year, c.birth_month) <= (day.year, day.month)
        and attendance.child_age(c.birth_year, c.birth_month, day) < attendance.CHILDCARE_AGE_LIMIT
    ]


def _enrolled(ctx: _Ctx, sess: Session, day: dt.date) -> list[int]:
    if sess.kind is SessionKind.EINZELCOACHING:
        return [pid for row, pid in ctx.one_to_one if row is sess]
    inside = [pid for pid, (lo, hi) in ctx.window.items() if lo <= day <= hi]
    if sess.kind is SessionKind.AUFTAKT:
        return [pid for pid in inside if ctx.window[pid][0] == ctx.start]
    if sess.kind is SessionKind.BETRIEBSBESICHTIGUNG:
        return sorted(ctx.rng.sample(inside, min(10, len(inside))))
    return inside


def _past_state(rng: random.Random, before: AttendanceState | None) -> AttendanceState:
    r = rng.random()
    if r < 0.80:
        return AttendanceState.ANWESEND
    if r < 0.86:
        return AttendanceState.VERSPAETET
    if r < 0.992 or before is AttendanceState.UNENTSCHULDIGT:  # runs only where planned
        return AttendanceState.KRANK if r > 0.95 else AttendanceState.ENTSCHULDIGT
    return AttendanceState.UNENTSCHULDIGT


def _attendance_row(
    ctx: _Ctx, sess: Session, pid: int, state: AttendanceState, kids: list[Child]
) -> dict[str, object]:
    row: dict[str, object] = {
        "session_id": sess.id,
        "participant_id": pid,
        "state": state,
        "excuse_reason": "",
        "sick_note": False,
        "arrived_at": None,
        "children_in_care": 0,
    }
    if state is AttendanceState.ENTSCHULDIGT:
        row["excuse_reason"] = ctx.rng.choice(EXCUSES)
    elif state is AttendanceState.KRANK:
        row["sick_note"] = ctx.rng.random() < 0.5
    elif state is AttendanceState.VERSPAETET:
        row["arrived_at"] = (sess.starts_at + dt.timedelta(minutes=ctx.rng.randint(10, 30))).time()
    if state in (AttendanceState.ANWESEND, AttendanceState.VERSPAETET) and sess.childcare_offered:
        row["children_in_care"] = len(_cared_for(kids, sess.starts_at.date()))
    return row


# -- notes, agreements, leads -------------------------------------------------------------
def _notes_and_agreements(ctx: _Ctx, people: list[Participant]) -> None:
    rng, today = ctx.rng, ctx.today
    week_start = today - dt.timedelta(days=today.weekday())
    this_week = set(rng.sample([p.id for p in people if p.status is S.AKTIV], 10))
    for n, p in enumerate(people):
        lo, hi = ctx.window[p.id]
        hi = min(hi, today - dt.timedelta(days=1))
        facts = {
            "name": f"{p.first_name} {p.last_name}",
            "wish": p.occupation_wishes or "offen",
            "hours": p.max_weekly_hours or 25,
            "employer": _employer_for(ctx, p.occupation_wishes).name,
            "since": f"{p.unemployed_since:%m/%Y}" if p.unemployed_since else "Längerem",
        }
        if p.status is S.INTERESSIERT:
            notes = [
                (
                    "sonstiges",
                    f"Infogespräch: {facts['name']} möchte mitmachen, Einstieg am "
                    f"{p.entry_date:%d.%m.%Y} geplant.",
                    today - dt.timedelta(days=rng.randint(3, 10)),
                )
            ]
        else:
            count = rng.randint(3, 6) if p.status is S.AKTIV else rng.randint(2, 4)
            picks = [NOTE_TEMPLATES[0], *rng.sample(NOTE_TEMPLATES[1:], count - 1)]
            days = sorted(ctx.between(lo, hi) for _ in picks)
            notes = [(k, t.format(**facts), d) for (k, t), d in zip(picks, days, strict=True)]
            if p.status is S.PAUSIERT:
                paused = ctx.window[p.id][1] + dt.timedelta(days=1)
                notes.append(
                    (
                        "telefonat",
                        f"Teilnahme pausiert ab {paused:%d.%m.%Y}: {rng.choice(PAUSE_REASONS)}.",
                        paused,
                    )
                )
        for k, (kind, text, day) in enumerate(notes):
            private = rng.random() < 0.2
            ctx.s.add(
                CoachingNote(
                    participant_id=p.id,
                    author_id=ctx.coach(n + k),
                    kind=kind,
                    written_at=_at(
                        ctx.weekday_before(day), rng.randint(9, 16), rng.choice((0, 15, 30, 45))
                    ),
                    text=text,
                    visibility=NoteVisibility.PRIVATE if private else NoteVisibility.TEAM,
                )
            )
        ctx.summary.notes += len(notes)
        for j, (owner, text) in enumerate(rng.sample(AGREEMENTS, rng.randint(2, 3))):
            state = AgreementState.OFFEN
            if p.exit_date:
                due = ctx.between(max(lo, p.exit_date - dt.timedelta(days=40)), p.exit_date)
                state = rng.choice((AgreementState.ERLEDIGT,) * 3 + (AgreementState.VERWORFEN,))
            elif j == 0 and p.id in this_week:
                due = ctx.between(week_start, week_start + dt.timedelta(days=4))
            elif p.status is S.INTERESSIERT:
                due = lo + dt.timedelta(days=rng.randint(0, 14))
            else:
                due = today + dt.timedelta(days=rng.randint(-35, 21))
                if due < today:
                    state = rng.choice(
                        (AgreementState.ERLEDIGT,) * 6
                        + (AgreementState.OFFEN,) * 2
                        + (AgreementState.VERWORFEN,)
                    )
            made = min(max(lo, min(due, today) - dt.timedelta(days=rng.randint(7, 21))), today)
            ctx.s.add(
                Agreement(
                    participant_id=p.id,
                    text=text.format(**facts),
                    due_date=due,
                    owner=owner,
                    state=state,
                    created_at=_at(made, 11),
                )
            )
            ctx.summary.agreements += 1


def _note_templates(ctx: _Ctx) -> None:
    """The demo's note templates; a template of the same name the coach made stays as it is."""
    taken = set(ctx.s.scalars(select(NoteTemplate.name)))
    for name, text in DEMO_NOTE_TEMPLATES:
        if name not in taken:
            ctx.s.add(NoteTemplate(name=name, text=text))


def _leads(ctx: _Ctx, people: list[Participant]) -> None:
    soon = ctx.today - dt.timedelta(days=14)
    pool = [p for p in people if p.status is S.AKTIV and ctx.window[p.id][0] <= soon]
    for stage in LEAD_STAGES:
        p = ctx.rng.choice(pool)
        emp = _employer_for(ctx, p.occupation_wishes) if ctx.rng.random() < 0.5 else None
        assert p.entry_date is not None
        made = ctx.between(p.entry_date + dt.timedelta(days=7), ctx.today - dt.timedelta(days=3))
        changed = made if stage is L.IDEE else ctx.between(made, ctx.today - dt.timedelta(days=1))
        _lead(ctx, p, stage, emp, made, changed)


def _lead(
    ctx: _Ctx,
    p: Participant,
    stage: LeadStage,
    emp: Employer | None,
    made: dt.date,
    changed: dt.date,
) -> int:
    """A lead with its history: the stages up to ``stage`` spread from ``made`` to ``changed``
    (a dropped one got a few steps first). The history takes no random draws."""
    full = (p.max_weekly_hours or 25) >= 35
    n = ctx.summary.leads
    free_text = "" if emp else ctx.rng.choice(FREE_EMPLOYERS)
    source = ctx.rng.choice(LEAD_SOURCES)
    details = LEAD_SOURCE_DETAILS.get(source, ("",))
    lead = Lead(
        participant_id=p.id,
        employer_id=emp.id if emp else None,
        employer_text=free_text,
        position=f"{p.occupation_wishes} ({'Vollzeit' if full else 'Teilzeit'})",
        source=source,
        source_detail=details[n % len(details)],
        coach_id=ctx.coach(p.id),
        weekly_hours=float(p.max_weekly_hours or 20),
        stage=stage,
        dropped_reason=ctx.rng.choice(DROPPED) if stage is L.VERWORFEN else "",
        created_on=made,
        stage_changed_on=changed,
    )
    ctx.s.add(lead)
    ctx.s.flush()
    path = list(PIPELINE[: PIPELINE.index(stage) + 1]) if stage in PIPELINE else []
    if stage is L.VERWORFEN:
        path = [*PIPELINE[: 1 + n % 4], L.VERWORFEN]
    for i, step in enumerate(path):
        day = made if i == 0 else made + (changed - made) * i // max(1, len(path) - 1)
        ctx.s.add(
            LeadStageChange(
                lead_id=lead.id,
                stage=step,
                changed_on=day,
                coach_id=ctx.coach(p.id + i),
                reason=lead.dropped_reason if step is L.VERWORFEN else "",
            )
        )
    ctx.summary.leads += 1
    return lead.id
