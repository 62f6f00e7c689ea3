"""The project's enumerations and the German source texts of their labels.

Plain Python, no SQLAlchemy: the main window and its first page use them before the
database layer has loaded (issue #8); ``store.models`` maps them onto columns and
re-exports them. The values are short ASCII codes stored in the database; the UI
translates the labels (context "labels", see ui/labels.py and ui/lead_labels.py).
"""

from __future__ import annotations

import enum

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP


class CoachRole(enum.StrEnum):
    PROJEKTLEITUNG = "projektleitung"
    COACH = "coach"


class ParticipantStatus(enum.StrEnum):
    INTERESSIERT = "interessiert"
    AKTIV = "aktiv"
    PAUSIERT = "pausiert"
    ABGESCHLOSSEN = "abgeschlossen"
    ABGEBROCHEN = "abgebrochen"
    VERMITTELT = "vermittelt"


class SessionKind(enum.StrEnum):
    WORKSHOP = "workshop"
    GRUPPENGESPRAECH = "gruppengespraech"
    EINZELCOACHING = "einzelcoaching"
    BETRIEBSBESICHTIGUNG = "betriebsbesichtigung"
    AUFTAKT = "auftakt"
    INFOVERANSTALTUNG = "infoveranstaltung"
    SONSTIGES = "sonstiges"


class AttendanceState(enum.StrEnum):
    ERWARTET = "erwartet"
    ANWESEND = "anwesend"
    VERSPAETET = "verspaetet"
    ENTSCHULDIGT = "entschuldigt"
    KRANK = "krank"
    UNENTSCHULDIGT = "unentschuldigt"


class NoteVisibility(enum.StrEnum):
    PRIVATE = "private"
    TEAM = "team"


class AgreementState(enum.StrEnum):
    OFFEN = "offen"
    ERLEDIGT = "erledigt"
    VERWORFEN = "verworfen"


class LeadStage(enum.StrEnum):
    IDEE = "idee"
    ANGESPROCHEN = "angesprochen"
    BEWORBEN = "beworben"
    GESPRAECH = "gespraech"
    PRAKTIKUM = "praktikum"
    ZUSAGE = "zusage"
    EINGESTELLT = "eingestellt"
    VERWORFEN = "verworfen"


class PlacementKind(enum.StrEnum):
    SV_VOLLZEIT = "sv_vollzeit"
    SV_TEILZEIT = "sv_teilzeit"
    MINIJOB = "minijob"
    AUSBILDUNG = "ausbildung"
    PRAKTIKUM = "praktikum"
    SELBSTSTAENDIG = "selbststaendig"


# -- labels (German source texts, translated for the screen in ui/lead_labels.py) ----------
STAGE_LABELS = {
    LeadStage.IDEE: QT_TRANSLATE_NOOP("labels", "Idee"),
    LeadStage.ANGESPROCHEN: QT_TRANSLATE_NOOP("labels", "angesprochen"),
    LeadStage.BEWORBEN: QT_TRANSLATE_NOOP("labels", "beworben"),
    LeadStage.GESPRAECH: QT_TRANSLATE_NOOP("labels", "Gespräch"),
    LeadStage.PRAKTIKUM: QT_TRANSLATE_NOOP("labels", "Praktikum"),
    LeadStage.ZUSAGE: QT_TRANSLATE_NOOP("labels", "Zusage"),
    LeadStage.EINGESTELLT: QT_TRANSLATE_NOOP("labels", "eingestellt"),
    LeadStage.VERWORFEN: QT_TRANSLATE_NOOP("labels", "verworfen"),
}
# Who passed the lead on (Lead.source); the details (a name, "Nachbarin") go to source_detail.
SOURCES = ("kontakt", "coach", "partner", "teilnehmende", "sonstiges")
SOURCE_LABELS = {
    "kontakt": QT_TRANSLATE_NOOP("labels", "persönlicher Kontakt"),
    "coach": QT_TRANSLATE_NOOP("labels", "Coach"),
    "partner": QT_TRANSLATE_NOOP("labels", "Partnerbetrieb"),
    "teilnehmende": QT_TRANSLATE_NOOP("labels", "andere Teilnehmende"),
    "sonstiges": QT_TRANSLATE_NOOP("labels", "Sonstiges"),
}

KIND_LABELS = {
    PlacementKind.SV_VOLLZEIT: QT_TRANSLATE_NOOP(
        "labels", "sozialversicherungspflichtig, Vollzeit"
    ),
    PlacementKind.SV_TEILZEIT: QT_TRANSLATE_NOOP(
        "labels", "sozialversicherungspflichtig, Teilzeit"
    ),
    PlacementKind.MINIJOB: QT_TRANSLATE_NOOP("labels", "Minijob"),
    PlacementKind.AUSBILDUNG: QT_TRANSLATE_NOOP("labels", "Ausbildung"),
    PlacementKind.PRAKTIKUM: QT_TRANSLATE_NOOP("labels", "Praktikum"),
    PlacementKind.SELBSTSTAENDIG: QT_TRANSLATE_NOOP("labels", "selbstständig"),
}
