"""Teilnahmebescheinigungen: who gets one, what it says, one PDF or one file per person.

Decisions:

- **What counts** is what the attendance rates count (``services/attendance``): sessions
  inside the person's enrolment window, not cancelled, recorded as anwesend or verspätet,
  up to and including today. **Hours** run from the arrival time (else the start) to the
  leaving time (else the end) — the same sum as ``AttendanceSummary.hours``.
- **Minimum attendance** is a number of attended sessions (default 1), not a percentage:
  people join late and leave early for a job, so a rate over "their" sessions says little
  about what a certificate certifies, while "at least 5 sessions" is plain to everyone.
  Below it, a person is listed but not eligible.
- **Period** "vom … bis …": from the entry date (else the first enrolled session) to the
  exit date or the day before the first placement (else the last attended session).
- Topics are grouped by kind and topic; an Einzelcoaching shows no topic (it may name
  private matters), as in the calendar export.
- Every certificate printed is logged per person ("participant.certificate", ids only), so
  it shows in that person's Auskunft.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.printing.certificate_text import (
    DEFAULT_COACH_LABEL,
    DEFAULT_LEAD_LABEL,
    DEFAULT_PLACE,
    DEFAULT_TEMPLATE,
    SAMPLE,
    AttendedTopic,
    CertificateData,
    CertificateWording,
    check_template,
    sample_text,
)
from gemeinsam_desktop.printing.formats import collation_key
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.calendar_types import KIND_NAMES, PRESENT_STATES
from gemeinsam_desktop.services.print_settings import (
    author,
    coach_id,
    get_setting,
    logos_for_print,
    make_dir,
    project_name,
    put_setting,
    write_pdf,
)
from gemeinsam_desktop.services.text import bounded, clean
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import Attendance, Participant, SessionKind
from gemeinsam_desktop.store.models import Session as SessionRow

DEFAULT_CERTIFICATE_TEMPLATE = DEFAULT_TEMPLATE
TEMPLATE_KEY = "print.certificate.template"
MIN_SESSIONS_KEY = "print.certificate.min_sessions"
PLACE_KEY = "print.certificate.place"
COACH_LABEL_KEY = "print.certificate.coach_label"
LEAD_LABEL_KEY = "print.certificate.lead_label"
MAX_MIN_SESSIONS = 500

Progress = Callable[[int, int], None]


@dataclass
class CertificateSettings:
    template: str = DEFAULT_TEMPLATE
    min_sessions: int = 1  # attended sessions needed for a certificate
    place: str = DEFAULT_PLACE  # "Wetzlar, 25.11.2026" above the signatures
    coach_label: str = DEFAULT_COACH_LABEL
    lead_label: str = DEFAULT_LEAD_LABEL


@dataclass(frozen=True)
class CertificateCandidate:
    participant_id: int
    name: str  # "Müller, Anna"
    sessions: int  # attended
    hours: float
    eligible: bool  # sessions >= the minimum


# -- settings -------------------------------------------------------------------------------
def validate_certificate_template(text: str) -> None:
    """Raise ``ValidationError`` naming an unknown placeholder, a stray brace, or an empty
    or too long text."""
    check_template(text)


def certificate_sample_text(text: str) -> str:
    """The template filled with a fictional person (checks the template first)."""
    return sample_text(text)


def load_certificate_settings(ws: Workspace) -> CertificateSettings:
    with ws.db.session() as s:
        return _settings(s)


def _settings(s: DbSession) -> CertificateSettings:
    default = CertificateSettings()
    template = get_setting(s, TEMPLATE_KEY, default.template)
    try:
        check_template(template)
    except ValidationError:
        template = default.template  # stored before a placeholder was renamed
    try:
        minimum = int(get_setting(s, MIN_SESSIONS_KEY, str(default.min_sessions)))
    except ValueError:
        minimum = default.min_sessions
    return CertificateSettings(
        template=template,
        min_sessions=minimum if 1 <= minimum <= MAX_MIN_SESSIONS else default.min_sessions,
        place=get_setting(s, PLACE_KEY, default.place),
        coach_label=get_setting(s, COACH_LABEL_KEY, default.coach_label) or default.coach_label,
        lead_label=get_setting(s, LEAD_LABEL_KEY, default.lead_label) or default.lead_label,
    )


def save_certificate_settings(ws: Workspace, settings: CertificateSettings) -> None:
    """Check everything first; store all of it or nothing."""
    template = clean(settings.template, multiline=True)
    check_template(template)
    if not 1 <= settings.min_sessions <= MAX_MIN_SESSIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Die Mindestzahl besuchter Termine muss zwischen 1 und {limit} liegen."
            ),
            limit=MAX_MIN_SESSIONS,
        )
    place = bounded(settings.place, 80, QT_TRANSLATE_NOOP("fields", "Ort"))
    labels = [
        bounded(settings.coach_label, 80, QT_TRANSLATE_NOOP("fields", "Unterschrift links")),
        bounded(settings.lead_label, 80, QT_TRANSLATE_NOOP("fields", "Unterschrift rechts")),
    ]
    with ws.db.session() as s:
        put_setting(s, TEMPLATE_KEY, template)
        put_setting(s, MIN_SESSIONS_KEY, str(settings.min_sessions))
        put_setting(s, PLACE_KEY, place)
        put_setting(s, COACH_LABEL_KEY, labels[0])
        put_setting(s, LEAD_LABEL_KEY, labels[1])
        audit.record(s, coach_id(ws), "print_settings.changed", "setting")


def _wording(settings: CertificateSettings, issued_on: dt.date | None) -> CertificateWording:
    return CertificateWording(
        template=settings.template,
        place=settings.place,
        coach_label=settings.coach_label,
        lead_label=settings.lead_label,
        issued_on=issued_on,
    )


def certificate_sample_pdf(ws: Workspace, settings: CertificateSettings | None = None) -> bytes:
    """A certificate for a fictional person with these (unsaved) settings, for a preview."""
    from gemeinsam_desktop.printing.certificate import build_certificates_pdf

    with ws.db.session() as s:
        chosen = settings or _settings(s)
        left, right = logos_for_print(s)
    check_template(chosen.template)
    return build_certificates_pdf(
        [SAMPLE],
        _wording(chosen, None),
        project_name=SAMPLE.project_name,
        author=author(ws),
        logo_left=left,
        logo_right=right,
    )


# -- who gets one ---------------------------------------------------------------------------
@dataclass
class _Person:
    id: int
    salutation: str
    last_name: str
    first_name: str
    birth_date: dt.date | None
    project_id: int
    lines: list[tuple[dt.date, str, float]]  # attended: day, topic title, hours
    window: tuple[dt.date | None, dt.date | None]

    @property
    def hours(self) -> float:
        return round(sum(h for _d, _t, h in self.lines), 2)


def _title(kind: SessionKind, topic: str) -> str:
    label = KIND_NAMES[kind]
    topic = topic.strip()
    if kind is SessionKind.EINZELCOACHING or not topic or topic == label:
        return label
    if topic.startswith(label):  # "Betriebsbesichtigung Optik Lahntal AG"
        return topic
    return f"{label}: {topic}"


def _people(s: DbSession, today: dt.date, *conditions: Any) -> list[_Person]:
    """The people matching ``conditions`` with their attended sessions up to ``today``."""
    from gemeinsam_desktop.services.attendance_rules import counts, enrolment_windows

    found = s.execute(
        select(
            Participant.id,
            Participant.salutation,
            Participant.last_name,
            Participant.first_name,
            Participant.birth_date,
            Participant.project_id,
        ).where(Participant.erased_at.is_(None), *conditions)
    ).all()
    if not found:
        return []
    ids = [row[0] for row in found]
    windows = enrolment_windows(s, ids)
    people = {row[0]: _Person(*row, lines=[], window=windows[row[0]]) for row in found}
    cutoff = today + dt.timedelta(days=1)  # a session recorded today counts
    rows = s.execute(
        select(
            Attendance.participant_id,
            Attendance.state,
            Attendance.arrived_at,
            Attendance.left_at,
            SessionRow.starts_at,
            SessionRow.ends_at,
            SessionRow.cancelled,
            SessionRow.kind,
            SessionRow.topic,
        )
        .join(SessionRow, SessionRow.id == Attendance.session_id)
        .where(
            Attendance.participant_id.in_(ids),
            SessionRow.starts_at < dt.datetime.combine(cutoff, dt.time()),
        )
        .order_by(Attendance.participant_id, SessionRow.starts_at, SessionRow.id)
    )
    for pid, state, arrived, left, starts_at, ends_at, cancelled, kind, topic in rows:
        person = people[pid]
        lo, hi = person.window
        if lo is None:  # no entry date: from the first enrolled session (as attendance does)
            lo = starts_at.date()
            person.window = (lo, hi)
        day = starts_at.date()
        if state not in PRESENT_STATES or not counts(day, cancelled, state, lo, hi, cutoff):
            continue
        begin = dt.datetime.combine(day, arrived) if arrived else starts_at
        end = dt.datetime.combine(day, left) if left else ends_at
        hours = max(0.0, (end - begin).total_seconds()) / 3600
        person.lines.append((day, _title(kind, topic), hours))
    return sorted(
        people.values(),
        key=lambda p: (collation_key(p.last_name), collation_key(p.first_name), p.id),
    )


def _display(person: _Person) -> str:
    return ", ".join(x for x in (person.last_name, person.first_name) if x)


def certificate_candidates(
    ws: Workspace, project_id: int, today: dt.date | None = None
) -> list[CertificateCandidate]:
    """Everyone in the project (not erased), sorted by name, with attended sessions, hours
    and whether they reach the minimum attendance."""
    with ws.db.session() as s:
        minimum = _settings(s).min_sessions
        people = _people(s, today or dt.date.today(), Participant.project_id == project_id)
    return [
        CertificateCandidate(
            p.id, _display(p), len(p.lines), p.hours, eligible=len(p.lines) >= minimum
        )
        for p in people
    ]


def _data(person: _Person, project: str, today: dt.date) -> CertificateData:
    lo, hi = person.window
    first = person.lines[0][0]
    last = person.lines[-1][0]
    start = lo or first
    end = hi if hi is not None and hi <= today else last
    grouped: dict[str, tuple[list[dt.date], float]] = {}
    for day, title, hours in person.lines:
        dates, total = grouped.get(title, ([], 0.0))
        dates.append(day)
        grouped[title] = (dates, total + hours)
    return CertificateData(
        salutation=person.salutation,
        first_name=person.first_name,
        last_name=person.last_name,
        birth_date=person.birth_date,
        project_name=project,
        period_from=start,
        period_to=max(end, start),
        sessions=len(person.lines),
        hours=person.hours,
        topics=tuple(
            AttendedTopic(title, tuple(dates), round(total, 2))
            for title, (dates, total) in grouped.items()
        ),
    )


@dataclass
class _Batch:
    data: list[CertificateData]
    people: list[_Person]
    wording: CertificateWording
    project: str
    logos: tuple[Path | None, Path | None]


def _batch(ws: Workspace, participant_ids: Sequence[int], today: dt.date | None) -> _Batch:
    """Gather everything, refuse people with no attended session, log the printing."""
    wanted = list(dict.fromkeys(participant_ids))
    if not wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte wählen Sie mindestens eine Person.")
        )
    today = today or dt.date.today()
    with ws.db.session() as s:
        people = {p.id: p for p in _people(s, today, Participant.id.in_(wanted))}
        if len(people) != len(wanted):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Mindestens eine der gewählten Personen gibt es nicht mehr."
                )
            )
        without = sum(1 for p in people.values() if not p.lines)
        if without:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} der gewählten Personen haben noch keinen Termin besucht. Für sie "
                    "gibt es keine Teilnahmebescheinigung; bitte wählen Sie sie ab.",
                ),
                count=without,
            )
        settings = _settings(s)
        names = {pid: project_name(s, pid) for pid in {p.project_id for p in people.values()}}
        ordered = [people[pid] for pid in wanted]
        data = [_data(p, names[p.project_id], today) for p in ordered]
        logos = logos_for_print(s)
        audit.record_many(s, coach_id(ws), "participant.certificate", "participant", wanted)
    return _Batch(data, ordered, _wording(settings, today), names[ordered[0].project_id], logos)


def certificates_pdf(
    ws: Workspace,
    participant_ids: Sequence[int],
    progress: Progress | None = None,
    *,
    today: dt.date | None = None,
) -> bytes:
    """All certificates in one PDF, in the order given (one page or more per person)."""
    from gemeinsam_desktop.printing.certificate import build_certificates_pdf

    batch = _batch(ws, participant_ids, today)
    return build_certificates_pdf(
        batch.data,
        batch.wording,
        project_name=batch.project,
        author=author(ws),
        logo_left=batch.logos[0],
        logo_right=batch.logos[1],
        progress=progress,
    )


def certificate_files(
    ws: Workspace,
    participant_ids: Sequence[int],
    out_dir: Path,
    progress: Progress | None = None,
    *,
    today: dt.date | None = None,
) -> list[Path]:
    """One PDF per person in ``out_dir`` ("Teilnahmebescheinigung_Mueller_Anna.pdf"),
    written atomically and readable by the owner only; returns the paths in order.

    A file of the same name is replaced; two people of the same name get "_2", "_3".
    """
    from gemeinsam_desktop.printing.certificate import build_certificates_pdf

    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "„{name}“ ist kein Ordner. Bitte wählen Sie einen Ordner."),
            name=str(out_dir),
        )
    batch = _batch(ws, participant_ids, today)
    make_dir(out_dir)
    used: set[str] = set()
    written: list[Path] = []
    total = len(batch.data)
    for index, (data, person) in enumerate(zip(batch.data, batch.people, strict=True)):
        if progress is not None:
            progress(index, total)
        pdf = build_certificates_pdf(
            [data],
            batch.wording,
            project_name=data.project_name,
            author=author(ws),
            logo_left=batch.logos[0],
            logo_right=batch.logos[1],
        )
        target = out_dir / _unique(certificate_file_name(person.last_name, person.first_name), used)
        write_pdf(target, pdf)
        written.append(target)
    if progress is not None:
        progress(total, total)
    return written


_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss", "ẞ": "SS", "ı": "i"})  # fmt: skip


def _ascii(text: str) -> str:
    spelled = unicodedata.normalize("NFC", text).translate(_SPELLED)
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(c)
    )
    words = re.findall(r"[A-Za-z0-9]+", plain)
    return "-".join(words)


def certificate_file_name(last_name: str, first_name: str) -> str:
    """``("Müller", "Anna")`` → ``"Teilnahmebescheinigung_Mueller_Anna.pdf"`` (ASCII only,
    so every file system, mail program and USB stick keeps the name)."""
    parts = [p for p in (_ascii(last_name), _ascii(first_name)) if p] or ["Person"]
    return "_".join(["Teilnahmebescheinigung", *parts]) + ".pdf"


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = name[: -len(".pdf")], ".pdf"
    candidate, number = name, 1
    while candidate.lower() in used:
        number += 1
        candidate = f"{stem}_{number}{suffix}"
    used.add(candidate.lower())
    return candidate
