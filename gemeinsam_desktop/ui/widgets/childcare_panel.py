"""The session sheet's tab "Kinderbetreuung": totals by age group, the capacity, a warning,
and a checkbox per child of the expected and present participants.

``warning_text`` is the warning over the list (also the tab's icon in the sheet);
``big_number`` is a large figure with a caption, as in the sheet's header.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services.attendance import AttendanceRow, ChildcareSummary
from gemeinsam_desktop.store.enums import AttendanceState
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.i18n import childcare
from gemeinsam_desktop.ui.models import attendance_model as am
from gemeinsam_desktop.ui.models.attendance_model import state_label

# participants whose children the childcare tab lists
CARE_STATES = frozenset(
    {AttendanceState.ERWARTET, AttendanceState.ANWESEND, AttendanceState.VERSPAETET}
)


def big_number(text: str, caption: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 0, 12, 0)
    layout.setSpacing(0)
    number = QLabel(text)
    number.setObjectName("bigNumber")
    font = number.font()
    font.setPointSizeF(font.pointSizeF() * 1.7)
    font.setWeight(QFont.Weight.DemiBold)
    number.setFont(font)
    number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    label = QLabel(caption)
    label.setProperty("hint", True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(number)
    layout.addWidget(label)
    return box


def set_number(box: QWidget, text: str) -> None:
    label = box.findChild(QLabel, "bigNumber")
    if label is not None:
        label.setText(text)


def _banner() -> QLabel:
    c = theme.colors()
    label = QLabel()
    label.setObjectName("careWarning")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(
        f"background: {c.banner}; color: {c.on_banner}; font-weight: 600;"
        " padding: 10px 14px; border-radius: 8px;"
    )
    label.hide()
    return label


class ChildcarePanel(QWidget):
    """Totals by age group, the capacity, a warning, and a checkbox per child."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(12)
        self.warning = _banner()
        layout.addWidget(self.warning)
        totals = QHBoxLayout()
        totals.setSpacing(4)
        self.under_3 = big_number("0", self.tr("unter 3"))
        self.age_3_to_6 = big_number("0", self.tr("3–6 Jahre"))
        self.school_age = big_number("0", self.tr("Schulkinder"))
        self.total = big_number("0", self.tr("gesamt"))
        for box in (self.under_3, self.age_3_to_6, self.school_age, self.total):
            totals.addWidget(box)
        totals.addSpacing(16)
        self.capacity = QLabel()
        self.capacity.setObjectName("careCapacity")
        self.capacity.setProperty("hint", True)
        self.capacity.setWordWrap(True)
        totals.addWidget(self.capacity, 1)
        layout.addLayout(totals)
        self.tree = QTreeWidget()
        self.tree.setObjectName("childcareTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                self.tr("Teilnehmende und Kinder"),
                self.tr("Alter"),
                self.tr("Hinweise zur Betreuung"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeWidget#childcareTree::item { padding: 3px 2px; }")
        self.tree.header().resizeSection(0, 300)
        self.tree.header().resizeSection(1, 90)
        self.tree.header().setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(
            self.tr("Von den erwarteten Teilnehmenden hat niemand Kinder, die betreut werden.")
        )
        self.empty.setProperty("hint", True)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self._building = False

    def show_rows(self, rows: tuple[AttendanceRow, ...], offered: bool = True) -> None:
        """A group per expected or present participant; without childcare on offer a
        child can only be taken off the list."""
        self._building = True
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for row in rows:
            if row.state not in CARE_STATES or not row.children:
                continue
            parent = QTreeWidgetItem(
                [self.tr("{name} · {state}").format(name=row.name, state=state_label(row.state))]
            )
            parent.setFont(0, bold)
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setData(0, Qt.ItemDataRole.UserRole, row.attendance_id)
            cared = {c.child_id for c in am.cared_children(row, offered)}
            for child in row.children:
                item = QTreeWidgetItem(
                    [
                        child.first_name or self.tr("Kind"),
                        self.tr("%n Jahr(e)", "", child.age),
                        child.care_notes,
                    ]
                )
                if offered or child.child_id in cared:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                else:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setCheckState(
                    0, Qt.CheckState.Checked if child.child_id in cared else Qt.CheckState.Unchecked
                )
                item.setData(0, Qt.ItemDataRole.UserRole, child.child_id)
                parent.addChild(item)
            self.tree.addTopLevelItem(parent)
        self.tree.expandAll()
        self.empty.setVisible(self.tree.topLevelItemCount() == 0)
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)
        self._building = False

    def building(self) -> bool:
        return self._building

    def show_summary(self, care: ChildcareSummary, offered: bool, registered: int = 0) -> None:
        loc = _locale()
        set_number(self.under_3, loc.toString(care.under_3))
        set_number(self.age_3_to_6, loc.toString(care.age_3_to_6))
        set_number(self.school_age, loc.toString(care.school_age))
        set_number(self.total, loc.toString(care.total))
        if not offered:
            self.capacity.setText(
                self.tr("Bei diesem Termin ist keine Kinderbetreuung vorgesehen.")
            )
        elif care.capacity is None:
            self.capacity.setText(self.tr("Für die Betreuung ist keine Platzzahl eingetragen."))
        else:
            self.capacity.setText(self.tr("Die Betreuung hat %n Platz/Plätze.", "", care.capacity))
        self.warning.setText(warning_text(care, offered, registered) or "")
        self.warning.setVisible(bool(self.warning.text()))


def _locale() -> QLocale:
    return QLocale()


def registered_children(rows: tuple[AttendanceRow, ...], offered: bool) -> int:
    return sum(len(am.cared_children(r, offered)) for r in rows)


def warning_text(care: ChildcareSummary, offered: bool, registered: int = 0) -> str | None:
    """The warning over the childcare list, or None when all is well.

    ``registered``: children chosen for the session (the service counts none when no
    childcare is offered, so the dialog counts them from the rows).
    """
    if not offered and registered:
        return childcare.tr(
            "Für diesen Termin ist keine Kinderbetreuung vorgesehen, es sind aber %n Kind(er) angemeldet.",
            "",
            registered,
        )
    if offered and care.over_capacity and care.capacity is not None:
        return childcare.tr(
            "Es sind %n Kind(er) angemeldet, die Betreuung hat Platz für {capacity}.",
            "",
            care.total,
        ).format(capacity=_locale().toString(care.capacity))
    return None
