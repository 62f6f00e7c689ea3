"""The printable documents of the app as ``PrintJob``s: title, file name, build on the worker.

The builds call ``services.printing`` on the worker, and import it there: the pages with
print menus show before SQLAlchemy has loaded (issue #8). The titles and suggested file
names are made here, in the UI language. File names hold no umlauts or spaces
("Anwesenheitsliste_2026-11-24_Workshop.pdf"); a file is only written where the coach
chooses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from gemeinsam_desktop.services.calendar_types import SessionInfo
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.widgets.date_field import format_date
from gemeinsam_desktop.ui.widgets.print_buttons import (
    PrintJob,
    Progress,
    add_print_menu,
    file_part,
)


def _session_part(info: SessionInfo | None) -> str:
    if info is None:
        return ""
    return f"_{info.starts_at:%Y-%m-%d}_{file_part(session_kind_label(info.kind))}"


def signin_job(ws: Workspace, session_id: int, info: SessionInfo | None = None) -> PrintJob:
    """The Anwesenheitsliste of one session."""

    def build(_progress: Progress) -> bytes:
        from gemeinsam_desktop.services import printing  # loads on the worker

        return printing.signin_sheets_pdf(ws, [session_id])

    title = QCoreApplication.translate("print_jobs", "Anwesenheitsliste")
    return PrintJob(title, f"{file_part(title)}{_session_part(info)}.pdf", build)


def childcare_job(ws: Workspace, session_id: int, info: SessionInfo | None = None) -> PrintJob:
    """The Betreuungsliste of one session, for the childcare staff."""

    def build(_progress: Progress) -> bytes:
        from gemeinsam_desktop.services import printing  # loads on the worker

        return printing.childcare_pdf(ws, [session_id])

    title = QCoreApplication.translate("print_jobs", "Betreuungsliste")
    return PrintJob(title, f"{file_part(title)}{_session_part(info)}.pdf", build)


def series_signin_job(ws: Workspace, series_id: int) -> PrintJob:
    """One Anwesenheitsliste per date of a weekly series, in one PDF."""

    def build(_progress: Progress) -> bytes:
        from gemeinsam_desktop.services import printing  # loads on the worker

        return printing.signin_sheets_pdf(ws, printing.series_signin_ids(ws, series_id))

    title = QCoreApplication.translate("print_jobs", "Anwesenheitslisten der Serie")
    return PrintJob(title, f"{file_part(title)}.pdf", build)


def day_signin_job(ws: Workspace, day: dt.date) -> PrintJob:
    """Every Anwesenheitsliste of one day: what a coach prints in the morning."""

    def build(_progress: Progress) -> bytes:
        from gemeinsam_desktop.services import printing  # loads on the worker

        return printing.signin_day_pdf(ws, day)

    name = QCoreApplication.translate("print_jobs", "Anwesenheitslisten")
    title = QCoreApplication.translate("print_jobs", "Anwesenheitslisten vom {day}").format(
        day=format_date(day)
    )
    return PrintJob(title, f"{file_part(name)}_{day:%Y-%m-%d}.pdf", build)


def day_childcare_job(ws: Workspace, day: dt.date) -> PrintJob:
    """Every Betreuungsliste of one day."""

    def build(_progress: Progress) -> bytes:
        from gemeinsam_desktop.services import printing  # loads on the worker

        return printing.childcare_day_pdf(ws, day)

    name = QCoreApplication.translate("print_jobs", "Betreuungslisten")
    title = QCoreApplication.translate("print_jobs", "Betreuungslisten vom {day}").format(
        day=format_date(day)
    )
    return PrintJob(title, f"{file_part(name)}_{day:%Y-%m-%d}.pdf", build)


def certificate_job(
    ws: Workspace, participant_id: int, last_name: str, first_name: str
) -> PrintJob:
    """The Teilnahmebescheinigung of one participant."""

    def build(_progress: Progress) -> bytes:
        from gemeinsam_desktop.services import printing  # loads on the worker

        return printing.certificates_pdf(ws, [participant_id])

    title = QCoreApplication.translate("print_jobs", "Teilnahmebescheinigung")
    from gemeinsam_desktop.services.certificates import certificate_file_name

    return PrintJob(title, certificate_file_name(last_name, first_name), build)


def certificates_job(ws: Workspace, participant_ids: Sequence[int], project_name: str) -> PrintJob:
    """The Teilnahmebescheinigungen of several participants in one PDF, with progress."""
    ids = list(participant_ids)

    def build(progress: Progress) -> bytes:
        from gemeinsam_desktop.services import printing  # loads on the worker

        return printing.certificates_pdf(ws, ids, progress=progress)

    title = QCoreApplication.translate("print_jobs", "Teilnahmebescheinigungen")
    return PrintJob(title, f"{file_part(title)}_{file_part(project_name, 'Projekt')}.pdf", build)


def add_session_menus(menu: QMenu, ws: Workspace, info: SessionInfo, parent: QWidget) -> None:
    """The print submenus of one session (calendar context menu)."""
    add_print_menu(
        menu,
        QCoreApplication.translate("print_jobs", "Anwesenheitsliste"),
        lambda: signin_job(ws, info.id, info),
        parent,
    )
    if info.childcare_offered:
        add_print_menu(
            menu,
            QCoreApplication.translate("print_jobs", "Betreuungsliste"),
            lambda: childcare_job(ws, info.id, info),
            parent,
        )
    if info.series_id is not None:
        series_id = info.series_id
        add_print_menu(
            menu,
            QCoreApplication.translate("print_jobs", "Anwesenheitslisten der Serie"),
            lambda: series_signin_job(ws, series_id),
            parent,
        )


def add_day_menus(
    menu: QMenu, ws: Workspace, day: dt.date, parent: QWidget, *, has_sessions: bool = True
) -> None:
    """ "Anwesenheitslisten des Tages" and "Betreuungslisten des Tages" as submenus."""
    for sub in (
        add_print_menu(
            menu,
            QCoreApplication.translate("print_jobs", "Anwesenheitslisten des Tages"),
            lambda: day_signin_job(ws, day),
            parent,
        ),
        add_print_menu(
            menu,
            QCoreApplication.translate("print_jobs", "Betreuungslisten des Tages"),
            lambda: day_childcare_job(ws, day),
            parent,
        ),
    ):
        sub.setEnabled(has_sessions)
