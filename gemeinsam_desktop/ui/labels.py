"""Translated labels for the stored codes (roles, states, kinds)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gemeinsam_desktop.store.models import CoachRole, ParticipantStatus, SessionKind


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def role_label(role: CoachRole) -> str:
    return {CoachRole.PROJEKTLEITUNG: _t("Projektleitung"), CoachRole.COACH: _t("Coach")}[role]


def status_label(status: ParticipantStatus) -> str:
    return {
        ParticipantStatus.INTERESSIERT: _t("interessiert"),
        ParticipantStatus.AKTIV: _t("aktiv"),
        ParticipantStatus.PAUSIERT: _t("pausiert"),
        ParticipantStatus.ABGESCHLOSSEN: _t("abgeschlossen"),
        ParticipantStatus.ABGEBROCHEN: _t("abgebrochen"),
        ParticipantStatus.VERMITTELT: _t("vermittelt"),
    }[status]


def session_kind_label(kind: SessionKind) -> str:
    return {
        SessionKind.WORKSHOP: _t("Workshop"),
        SessionKind.GRUPPENGESPRAECH: _t("Gruppengespräch"),
        SessionKind.EINZELCOACHING: _t("Einzelcoaching"),
        SessionKind.BETRIEBSBESICHTIGUNG: _t("Betriebsbesichtigung"),
        SessionKind.AUFTAKT: _t("Auftaktveranstaltung"),
        SessionKind.INFOVERANSTALTUNG: _t("Infoveranstaltung"),
        SessionKind.SONSTIGES: _t("Sonstiges"),
    }[kind]
