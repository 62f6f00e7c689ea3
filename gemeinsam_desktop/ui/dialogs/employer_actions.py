"""What the Netzwerk page and the employer dialog both do with one employer: plan an offered
company visit or Q&A as a calendar session, and delete the employer after asking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import calendar, network, roster
from gemeinsam_desktop.services.network import InteractionData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, preferences
from gemeinsam_desktop.ui.operations import bus, run_blocking
from gemeinsam_desktop.ui.widgets.date_field import format_date

OFFER_LOG_KIND = {"tour": "betriebsbesichtigung", "qa": "fragerunde"}


def session_project(ws: Workspace) -> int:
    """The project shown on Teilnehmende/Kalender, else the first running one (0: none)."""
    ids = [p.id for p in roster.list_projects(ws)]
    wanted = preferences.ROSTER_PROJECT.get()
    return wanted if wanted in ids else (ids[0] if ids else 0)


def plan_offer(ws: Workspace, parent: QWidget | None, employer_id: int, offer: str) -> int | None:
    """Open the session dialog pre-filled for the employer's offer ("tour" or "qa"); the
    coach picks date and time. Saved: the session's id, and the log notes the plan."""
    from gemeinsam_desktop.ui.dialogs.session_dialog import SessionDialog

    try:
        project_id = run_blocking(lambda: session_project(ws))
        if not project_id:
            messages.show_info(
                parent,
                QCoreApplication.translate(
                    "EmployerActions",
                    "Es gibt kein laufendes Projekt. Bitte legen Sie unter „Teilnehmende“ eines an.",
                ),
            )
            return None
        template = run_blocking(
            lambda: network.session_template(ws, employer_id, offer, project_id)
        )
    except KnownError as exc:
        messages.show_error(parent, exc)
        return None
    dialog = SessionDialog(ws, project_id, None, parent, template=template)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    saved = dialog.saved_id
    dialog.deleteLater()
    if not accepted or saved is None:
        return None
    info = run_blocking(lambda: calendar.session_info(ws, saved))
    day = format_date(info.starts_at.date())
    if offer == "tour":
        summary = QCoreApplication.translate(
            "EmployerActions", "Betriebsbesichtigung am {day} geplant."
        ).format(day=day)
    else:
        summary = QCoreApplication.translate(
            "EmployerActions", "Fragerunde am {day} geplant."
        ).format(day=day)
    entry = InteractionData(dt.date.today(), OFFER_LOG_KIND[offer], summary)
    run_blocking(lambda: network.save_interaction(ws, employer_id, entry))
    bus.changed.emit(frozenset({"employers", "sessions"}))
    return saved


def delete_employer(ws: Workspace, parent: QWidget | None, employer_id: int, name: str) -> bool:
    """Ask, then delete; leads, placements and sessions keep the name. True when deleted."""
    try:
        usage = run_blocking(lambda: network.employer_usage(ws, employer_id))
    except KnownError as exc:
        messages.show_error(parent, exc)
        return False
    text = QCoreApplication.translate(
        "EmployerActions",
        "„{name}“ mit allen Ansprechpersonen und dem Kontaktverlauf löschen? Das lässt sich "
        "nicht rückgängig machen.",
    ).format(name=name)
    if usage.leads or usage.placements or usage.sessions:
        text += "\n\n" + QCoreApplication.translate(
            "EmployerActions",
            "Hinweise: {leads}, Vermittlungen: {placements}, Termine: {sessions}. Sie bleiben "
            "erhalten und behalten den Namen des Betriebs.",
        ).format(leads=usage.leads, placements=usage.placements, sessions=usage.sessions)
    if not messages.confirm(
        parent,
        QCoreApplication.translate("EmployerActions", "Arbeitgeber löschen?"),
        text,
        QCoreApplication.translate("EmployerActions", "Löschen"),
    ):
        return False
    try:
        run_blocking(lambda: network.delete_employer(ws, employer_id))
    except KnownError as exc:
        messages.show_error(parent, exc)
        return False
    bus.changed.emit(frozenset({"employers", "leads", "sessions"}))
    return True
