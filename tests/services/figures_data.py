"""One small project whose figures are known by heart, for the figures, report, absence,
command-line and page tests.

- 20 finished people: 16 SV jobs, 1 Ausbildung, 1 selbstständig (18 integrations), 1 Minijob,
  1 dropped out ("Umzug") → Integrationsquote 18 / 20 = 90 %, Minijob 1 beside it.
- 3 active people; Şahin has a Praktikum (not finished: counted nowhere in the quote).
- Öztürk-Weiß's sessions: anwesend ×3, verspätet, entschuldigt ("Kind krank"), krank (with a
  sick note), unentschuldigt → 4 / 7 present; one past row never recorded, one cancelled
  date and one future date do not count. Her two children: both looked after at the first
  session, one at the second → 3 child-sessions, 2 children.
- A private coaching note with a text that must never reach a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Attendance,
    AttendanceChild,
    AttendanceState,
    Child,
    CoachingNote,
    Lead,
    LeadStage,
    NoteVisibility,
    Participant,
    ParticipantStatus,
    Placement,
    PlacementKind,
    Project,
    Session,
    SessionKind,
)

S, K, A = ParticipantStatus, PlacementKind, AttendanceState
SECRET_NOTE = "Streng vertraulich: Schulden bei der Vermieterin"
FINISHED_NAMES = [
    ("Albrecht", "Nora"), ("Bauer", "Lina"), ("Celik", "Deniz"), ("Dietz", "Mara"),
    ("Engel", "Ida"), ("Fischer", "Olga"), ("Graf", "Rita"), ("Hahn", "Suse"),
    ("Iwanowa", "Tanja"), ("Jäger", "Ute"), ("Keller", "Vera"), ("Lorenz", "Wanda"),
    ("Maier", "Xenia"), ("Neumann", "Yara"), ("Otto", "Zoe"), ("Peters", "Anke"),
    ("Quast", "Birte"), ("Roth", "Carla"), ("Stein", "Dora"), ("Umzugfrau", "Erna"),
]  # fmt: skip
STATES = [A.ANWESEND, A.ANWESEND, A.ANWESEND, A.VERSPAETET, A.ENTSCHULDIGT, A.KRANK,
          A.UNENTSCHULDIGT]  # fmt: skip
KINDS = (
    [SessionKind.WORKSHOP] * 4 + [SessionKind.GRUPPENGESPRAECH] * 2 + [SessionKind.EINZELCOACHING]
)


@dataclass
class Fixture:
    start: dt.date  # project start
    end: dt.date  # project end
    session_days: list[dt.date]  # the seven counted sessions
    julide: int
    customer_number: str = "123D456789"


def build(ws: Workspace, start: dt.date) -> Fixture:
    """Fill project 1 (made at set-up) from ``start``; every date lies before ``start + 120``."""
    end = start + dt.timedelta(days=270)
    days = [start + dt.timedelta(days=28 + 2 * i) for i in range(7)]
    with ws.db.session() as s:
        project = s.get(Project, 1)
        assert project is not None
        project.name, project.start_date, project.end_date = "Gemeinsam Test", start, end
        project.placement_target = 0.9
        kinds = [K.SV_VOLLZEIT, K.SV_TEILZEIT] * 8 + [K.AUSBILDUNG, K.SELBSTSTAENDIG, K.MINIJOB]
        for i, (last, first) in enumerate(FINISHED_NAMES):
            leave = start + dt.timedelta(days=30 + i)
            dropped = i == 19
            p = Participant(
                project_id=1,
                last_name=last,
                first_name=first,
                status=S.ABGEBROCHEN if dropped else S.VERMITTELT,
                entry_date=start,
                exit_date=leave,
                exit_reason="Umzug" if dropped else "Arbeitsaufnahme",
                customer_number=f"900D{i:06d}",
            )
            s.add(p)
            s.flush()
            if not dropped:
                s.add(
                    Placement(
                        participant_id=p.id,
                        start_date=leave + dt.timedelta(days=1),
                        kind=kinds[i],
                        employed_after_3m=True if i < 10 else None,
                    )
                )
        julide = Participant(
            project_id=1,
            last_name="Öztürk-Weiß",
            first_name="Jülide",
            status=S.AKTIV,
            entry_date=start,
            customer_number="123D456789",
        )
        julide.children.extend(
            [
                Child(first_name="Mia", birth_year=start.year - 3, birth_month=1,
                      needs_childcare=True),
                Child(first_name="Ben", birth_year=start.year - 5, birth_month=2,
                      needs_childcare=True),
            ]
        )  # fmt: skip
        tom = Participant(
            project_id=1,
            last_name="Mustermann-Groß",
            first_name="Tom",
            status=S.AKTIV,
            entry_date=start,
        )
        ayla = Participant(
            project_id=1, last_name="Şahin", first_name="Ayla", status=S.AKTIV, entry_date=start
        )
        later = Participant(project_id=1, last_name="Später", status=S.INTERESSIERT)
        s.add_all([julide, tom, ayla, later])
        s.flush()
        s.add(
            Placement(
                participant_id=ayla.id,
                start_date=start + dt.timedelta(days=100),
                kind=K.PRAKTIKUM,
            )
        )
        for stage in (LeadStage.BEWORBEN, LeadStage.IDEE):
            s.add(
                Lead(
                    participant_id=tom.id,
                    employer_text="Bäckerei Beispiel",
                    stage=stage,
                    created_on=start + dt.timedelta(days=10),
                    stage_changed_on=start + dt.timedelta(days=10),
                )
            )
        s.add(
            CoachingNote(
                participant_id=julide.id,
                author_id=1,
                text=SECRET_NOTE,
                visibility=NoteVisibility.PRIVATE,
            )
        )
        rows: list[Attendance] = []
        for day, kind, state in zip(days, KINDS, STATES, strict=True):
            rows.append(_attend(s, julide.id, day, kind, state))
        rows[4].excuse_reason = "Kind krank"
        rows[5].sick_note = True
        # Not counted: a past row nobody recorded, a cancelled date, a future date.
        _attend(s, julide.id, days[-1] + dt.timedelta(days=1), SessionKind.WORKSHOP, A.ERWARTET)
        _attend(s, julide.id, days[-1] + dt.timedelta(days=2), SessionKind.WORKSHOP, A.ANWESEND,
                cancelled=True)  # fmt: skip
        _attend(s, julide.id, start + dt.timedelta(days=400), SessionKind.WORKSHOP, A.ERWARTET)
        s.flush()
        mia, ben = julide.children
        for attendance, child in ((rows[0], mia), (rows[0], ben), (rows[1], mia)):
            s.add(AttendanceChild(attendance_id=attendance.id, child_id=child.id))
        return Fixture(start, end, days, julide.id)


def _attend(
    s, pid: int, day: dt.date, kind: SessionKind, state: AttendanceState, cancelled: bool = False
) -> Attendance:  # type: ignore[no-untyped-def]
    begin = dt.datetime.combine(day, dt.time(9))
    session = Session(
        project_id=1,
        kind=kind,
        topic="Bewerbungsmappe" if kind is SessionKind.WORKSHOP else "",
        starts_at=begin,
        ends_at=begin + dt.timedelta(hours=3),
        cancelled=cancelled,
    )
    s.add(session)
    s.flush()
    row = Attendance(session_id=session.id, participant_id=pid, state=state)
    s.add(row)
    s.flush()
    return row
