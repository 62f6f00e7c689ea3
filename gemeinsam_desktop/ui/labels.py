"""Translated labels for the stored codes (roles, states, kinds)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gemeinsam_desktop.store.enums import CoachRole, ParticipantStatus, SessionKind


def role_label(role: CoachRole) -> str:
    return {
        CoachRole.PROJEKTLEITUNG: QCoreApplication.translate("labels", "Projektleitung"),
        CoachRole.COACH: QCoreApplication.translate("labels", "Coach"),
    }[role]


def status_label(status: ParticipantStatus) -> str:
    return {
        ParticipantStatus.INTERESSIERT: QCoreApplication.translate("labels", "interessiert"),
        ParticipantStatus.AKTIV: QCoreApplication.translate("labels", "aktiv"),
        ParticipantStatus.PAUSIERT: QCoreApplication.translate("labels", "pausiert"),
        ParticipantStatus.ABGESCHLOSSEN: QCoreApplication.translate("labels", "abgeschlossen"),
        ParticipantStatus.ABGEBROCHEN: QCoreApplication.translate("labels", "abgebrochen"),
        ParticipantStatus.VERMITTELT: QCoreApplication.translate("labels", "vermittelt"),
    }[status]


def session_kind_label(kind: SessionKind) -> str:
    return {
        SessionKind.WORKSHOP: QCoreApplication.translate("labels", "Workshop"),
        SessionKind.GRUPPENGESPRAECH: QCoreApplication.translate("labels", "Gruppengespräch"),
        SessionKind.EINZELCOACHING: QCoreApplication.translate("labels", "Einzelcoaching"),
        SessionKind.BETRIEBSBESICHTIGUNG: QCoreApplication.translate(
            "labels", "Betriebsbesichtigung"
        ),
        SessionKind.AUFTAKT: QCoreApplication.translate("labels", "Auftaktveranstaltung"),
        SessionKind.INFOVERANSTALTUNG: QCoreApplication.translate("labels", "Infoveranstaltung"),
        SessionKind.SONSTIGES: QCoreApplication.translate("labels", "Sonstiges"),
    }[kind]
