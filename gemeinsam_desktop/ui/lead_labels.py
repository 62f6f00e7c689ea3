"""Translated labels for leads and placements (stages, sources, kinds of work).

The German source texts live in ``store.enums`` (marked with
``QT_TRANSLATE_NOOP("labels", …)`` so that printing and the command line can use them
too); here they are translated for the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gemeinsam_desktop.store.enums import (
    KIND_LABELS,
    SOURCE_LABELS,
    STAGE_LABELS,
    LeadStage,
    PlacementKind,
)
from gemeinsam_desktop.ui.i18n import labels


def stage_label(stage: LeadStage) -> str:
    return QCoreApplication.translate("labels", STAGE_LABELS[LeadStage(stage)])


def source_label(source: str) -> str:
    return QCoreApplication.translate(
        "labels", SOURCE_LABELS.get(source, SOURCE_LABELS["sonstiges"])
    )


def kind_label(kind: PlacementKind) -> str:
    return QCoreApplication.translate("labels", KIND_LABELS[PlacementKind(kind)])


def kind_short_label(kind: PlacementKind) -> str:
    """A short label for tables ("Teilzeit (SV)"); ``kind_label`` gives the full one."""
    return {
        PlacementKind.SV_VOLLZEIT: labels.tr("Vollzeit (SV)"),
        PlacementKind.SV_TEILZEIT: labels.tr("Teilzeit (SV)"),
        PlacementKind.MINIJOB: labels.tr("Minijob"),
        PlacementKind.AUSBILDUNG: labels.tr("Ausbildung"),
        PlacementKind.PRAKTIKUM: labels.tr("Praktikum"),
        PlacementKind.SELBSTSTAENDIG: labels.tr("selbstständig"),
    }[PlacementKind(kind)]


def hours_text(hours: float | None) -> str:
    """ "25 Std." / "7,5 Std." / "—" (German decimal comma)."""
    if hours is None:
        return "—"
    number = f"{hours:g}".replace(".", ",")
    return labels.tr("{hours} Std.").format(hours=number)


def days_text(days: int) -> str:
    """How long a lead has stood at its stage: "heute", "1 Tag", "12 Tage"."""
    if days == 0:
        return labels.tr("heute")
    return labels.tr("%n Tag(e)", "", days)
