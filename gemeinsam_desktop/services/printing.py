"""Printed documents: gather plain data from the store and hand it to ``printing/*``.

The GUI (through ``run_op``) and the command line call these; each returns PDF bytes (or
writes files where the coach asked). No Qt here.

- **Anwesenheitsliste** (:func:`signin_sheets_pdf`, :func:`signin_day_pdf`): the sheet
  lists the people enrolled in the session, except those already excused (entschuldigt or
  krank: they told the project they will not come), then blank rows for walk-ins.
- **Betreuungsliste** (:func:`childcare_pdf`, :func:`childcare_day_pdf`): the children
  the session page counts — those chosen for care, or, for people still "erwartet" with no
  choice yet, those who need care at that date (the forecast); none of people absent.
- **Teilnahmebescheinigung**: see ``services/certificates.py`` (re-exported here).
- **Settings** live in the ``setting`` table under ``print.*``: logos, sign-in options,
  certificate wording.

Logos are image files chosen by the project (none are shipped). A logo file that went
missing or became unreadable is left out of the PDF, with a warning in the log that names
which logo (left/right), not the path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.calendar_types import KIND_NAMES
from gemeinsam_desktop.services.certificates import (
    DEFAULT_CERTIFICATE_TEMPLATE,
    CertificateCandidate,
    CertificateSettings,
    certificate_candidates,
    certificate_files,
    certificate_sample_pdf,
    certificate_sample_text,
    certificates_pdf,
    load_certificate_settings,
    save_certificate_settings,
    validate_certificate_template,
)
from gemeinsam_desktop.services.print_settings import (
    LOGO_LEFT_KEY,
    LOGO_RIGHT_KEY,
    author,
    coach_id,
    get_setting,
    logos_for_print,
    project_name,
    put_setting,
)
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import AttendanceState, Child, SessionKind
from gemeinsam_desktop.store.models import Session as SessionRow

if TYPE_CHECKING:
    from gemeinsam_desktop.printing.childcare_list import CareSession
    from gemeinsam_desktop.printing.signin_sheet import SigninSession
    from gemeinsam_desktop.services.calendar_types import SessionInfo

__all__ = [
    "DEFAULT_CERTIFICATE_TEMPLATE",
    "CertificateCandidate",
    "CertificateSettings",
    "SigninOptions",
    "certificate_candidates",
    "certificate_files",
    "certificate_sample_pdf",
    "certificate_sample_text",
    "certificates_pdf",
    "childcare_day_pdf",
    "childcare_pdf",
    "day_session_ids",
    "load_certificate_settings",
    "load_logo_paths",
    "load_signin_options",
    "save_certificate_settings",
    "save_logo_paths",
    "save_signin_options",
    "series_signin_ids",
    "signin_day_pdf",
    "signin_sheets_pdf",
    "validate_certificate_template",
]

BLANK_ROWS_KEY = "print.signin.blank_rows"
TIMES_KEY = "print.signin.arrival_leaving"
MAX_BLANK_ROWS = 60


@dataclass
class SigninOptions:
    blank_rows: int = 5  # empty rows for walk-ins
    arrival_leaving_columns: bool = False  # columns "Ankunft" and "Gehen"


# -- settings -----------------------------------------------------------------------------
def load_signin_options(ws: Workspace) -> SigninOptions:
    with ws.db.session() as s:
        return _signin_options(s)


def _signin_options(s: DbSession) -> SigninOptions:
    default = SigninOptions()
    try:
        blank = int(get_setting(s, BLANK_ROWS_KEY, str(default.blank_rows)))
    except ValueError:
        blank = default.blank_rows
    if not 0 <= blank <= MAX_BLANK_ROWS:
        blank = default.blank_rows
    times = get_setting(s, TIMES_KEY, "0") == "1"
    return SigninOptions(blank_rows=blank, arrival_leaving_columns=times)


def save_signin_options(ws: Workspace, options: SigninOptions) -> None:
    _check_blank_rows(options.blank_rows)
    with ws.db.session() as s:
        put_setting(s, BLANK_ROWS_KEY, str(options.blank_rows))
        put_setting(s, TIMES_KEY, "1" if options.arrival_leaving_columns else "0")
        audit.record(s, coach_id(ws), "print_settings.changed", "setting")


def _check_blank_rows(count: int) -> None:
    if not 0 <= count <= MAX_BLANK_ROWS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Die Zahl der leeren Zeilen muss zwischen 0 und {limit} liegen."
            ),
            limit=MAX_BLANK_ROWS,
        )


def load_logo_paths(ws: Workspace) -> tuple[Path | None, Path | None]:
    """The two configured logo files (left, right) as stored; None where none is set."""
    with ws.db.session() as s:
        left, right = (get_setting(s, key, "") for key in (LOGO_LEFT_KEY, LOGO_RIGHT_KEY))
    return (Path(left) if left else None, Path(right) if right else None)


def save_logo_paths(ws: Workspace, left: Path | None, right: Path | None) -> None:
    """Store the logo files (None clears one). A file that is no readable PNG or JPEG
    image is refused, and nothing is stored."""
    checked = [_check_logo(path) for path in (left, right)]
    with ws.db.session() as s:
        for key, path in zip((LOGO_LEFT_KEY, LOGO_RIGHT_KEY), checked, strict=True):
            put_setting(s, key, str(path) if path else "")
        audit.record(s, coach_id(ws), "print_settings.changed", "setting")


def _check_logo(path: Path | None) -> Path | None:
    if path is None or not str(path).strip():
        return None
    path = Path(path).expanduser()
    problem = ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Die Datei „{name}“ ist kein lesbares Bild. Bitte wählen Sie ein Logo als PNG- "
            "oder JPEG-Datei.",
        ),
        name=path.name or str(path),
    )
    if path.suffix.lower() not in (".png", ".jpg", ".jpeg") or not path.is_file():
        raise problem
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # whatever the image library says: not an image we can print
        raise problem from None
    if width <= 0 or height <= 0:
        raise problem
    return path.resolve()


# -- Anwesenheitsliste --------------------------------------------------------------------
def signin_sheets_pdf(
    ws: Workspace, session_ids: Sequence[int], options: SigninOptions | None = None
) -> bytes:
    """One sheet per session, in the order given (a sheet may run over several pages)."""
    from gemeinsam_desktop.printing.signin_sheet import build_signin_pdf

    ids = _wanted(session_ids)
    opts = options or load_signin_options(ws)
    _check_blank_rows(opts.blank_rows)
    sheets = [_signin_session(ws, sid) for sid in ids]
    project, left, right = _print_frame(ws, ids, "signin.printed")
    return build_signin_pdf(
        sheets,
        project_name=project,
        blank_rows=opts.blank_rows,
        arrival_leaving_columns=opts.arrival_leaving_columns,
        author=author(ws),
        logo_left=left,
        logo_right=right,
    )


def signin_day_pdf(ws: Workspace, day: dt.date, options: SigninOptions | None = None) -> bytes:
    """The sheets of every session that day that is not cancelled, by start time."""
    ids = day_session_ids(ws, day)
    if not ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Am {day} gibt es keine Termine."), day=_german(day)
        )
    return signin_sheets_pdf(ws, ids, options)


def series_signin_ids(ws: Workspace, series_id: int) -> list[int]:
    """The dates of a series that are not cancelled, in date order (one sheet each)."""
    with ws.db.session() as s:
        return list(
            s.scalars(
                select(SessionRow.id)
                .where(SessionRow.series_id == series_id, SessionRow.cancelled.is_(False))
                .order_by(SessionRow.starts_at, SessionRow.id)
            )
        )


def day_session_ids(ws: Workspace, day: dt.date, *, childcare_only: bool = False) -> list[int]:
    """Sessions of every project on ``day`` that are not cancelled, by start time."""
    start = dt.datetime.combine(day, dt.time())
    query = (
        select(SessionRow.id)
        .where(
            SessionRow.starts_at >= start,
            SessionRow.starts_at < start + dt.timedelta(days=1),
            SessionRow.cancelled.is_(False),
        )
        .order_by(SessionRow.starts_at, SessionRow.id)
    )
    if childcare_only:
        query = query.where(SessionRow.childcare_offered.is_(True))
    with ws.db.session() as s:
        return list(s.scalars(query))


def _signin_session(ws: Workspace, session_id: int) -> SigninSession:
    from gemeinsam_desktop.printing.signin_sheet import SigninPerson, SigninSession
    from gemeinsam_desktop.services.attendance import session_sheet
    from gemeinsam_desktop.services.attendance_rules import EXCUSED

    sheet = session_sheet(ws, session_id)
    info = _not_cancelled(sheet.session)
    return SigninSession(
        kind=KIND_NAMES[info.kind],
        topic=info.topic,
        starts_at=info.starts_at,
        ends_at=info.ends_at,
        location=info.location_name or info.employer_name,
        room=info.room,
        coaches=info.coach_names,
        childcare_offered=info.childcare_offered,
        people=tuple(
            SigninPerson(r.last_name, r.first_name) for r in sheet.rows if r.state not in EXCUSED
        ),
    )


# -- Betreuungsliste ----------------------------------------------------------------------
def childcare_pdf(ws: Workspace, session_ids: Sequence[int]) -> bytes:
    """One list per session, in the order given."""
    from gemeinsam_desktop.printing.childcare_list import build_childcare_pdf

    ids = _wanted(session_ids)
    sheets = [_care_session(ws, sid) for sid in ids]
    project, left, right = _print_frame(ws, ids, "childcare.printed")
    return build_childcare_pdf(
        sheets, project_name=project, author=author(ws), logo_left=left, logo_right=right
    )


def childcare_day_pdf(ws: Workspace, day: dt.date) -> bytes:
    """The lists of every session that day with childcare that is not cancelled."""
    ids = day_session_ids(ws, day, childcare_only=True)
    if not ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Am {day} gibt es keine Termine mit Kinderbetreuung."),
            day=_german(day),
        )
    return childcare_pdf(ws, ids)


def _care_session(ws: Workspace, session_id: int) -> CareSession:
    from gemeinsam_desktop.printing.childcare_list import CareChild, CareSession
    from gemeinsam_desktop.services.attendance import session_sheet
    from gemeinsam_desktop.services.attendance_rules import ABSENT

    sheet = session_sheet(ws, session_id)
    info = _not_cancelled(sheet.session)
    cared: list[tuple[int, str, str, str]] = []  # child id, parent names, notes
    if info.childcare_offered:
        for row in sheet.rows:
            if row.state in ABSENT:
                continue
            chosen = [c for c in row.children if c.selected]
            if not chosen and row.state is AttendanceState.ERWARTET:
                chosen = list(row.children)  # nothing chosen yet: those who need care
            cared += [(c.child_id, row.last_name, row.first_name, c.care_notes) for c in chosen]
    with ws.db.session() as s:
        births = {
            cid: (name, year, month)
            for cid, name, year, month in s.execute(
                select(Child.id, Child.first_name, Child.birth_year, Child.birth_month).where(
                    Child.id.in_([c[0] for c in cared])
                )
            )
        }
    private = info.kind is SessionKind.EINZELCOACHING  # its topic is nothing for the staff
    return CareSession(
        kind=KIND_NAMES[info.kind],
        topic="" if private else info.topic,
        starts_at=info.starts_at,
        ends_at=info.ends_at,
        location=info.location_name or info.employer_name,
        room=info.room,
        childcare_offered=info.childcare_offered,
        capacity=info.childcare_capacity,
        children=tuple(
            CareChild(
                first_name=births[cid][0],
                birth_year=births[cid][1],
                birth_month=births[cid][2],
                parent_last_name=last,
                parent_first_name=first,
                care_notes=notes,
            )
            for cid, last, first, notes in cared
            if cid in births
        ),
    )


# -- shared -------------------------------------------------------------------------------
def _not_cancelled(info: SessionInfo) -> SessionInfo:
    if info.cancelled:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Der Termin am {day} ist abgesagt. Dafür wird nichts gedruckt."
            ),
            day=_german(info.starts_at.date()),
        )
    return info


def _wanted(session_ids: Sequence[int]) -> list[int]:
    ids = list(dict.fromkeys(session_ids))
    if not ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte wählen Sie mindestens einen Termin.")
        )
    return ids


def _print_frame(
    ws: Workspace, session_ids: list[int], action: str
) -> tuple[str, Path | None, Path | None]:
    """Project name and logos for the header; the printing is logged (ids only)."""
    with ws.db.session() as s:
        project_id = s.scalar(select(SessionRow.project_id).where(SessionRow.id == session_ids[0]))
        left, right = logos_for_print(s)
        audit.record_many(s, coach_id(ws), action, "session", session_ids)
        return project_name(s, project_id), left, right


def _german(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
