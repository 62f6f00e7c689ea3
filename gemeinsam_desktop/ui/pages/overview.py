"""Übersicht: the project at a glance (key figures, this week's sessions)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from gemeinsam_desktop.services.overview import Overview, load_overview
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.pages.base import Page, card, hint, section_title


def qdate(value) -> QDate:  # type: ignore[no-untyped-def]
    return QDate(value.year, value.month, value.day)


def qdatetime(value) -> QDateTime:  # type: ignore[no-untyped-def]
    return QDateTime(qdate(value), QTime(value.hour, value.minute))


class FigureCard(QWidget):
    def __init__(self, caption: str, name: str) -> None:
        super().__init__()
        frame, layout = card(self)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.value = QLabel("–")
        self.value.setObjectName(name)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.value)
        layout.addWidget(hint(caption))


class OverviewPage(Page):
    icon_name = "layout-dashboard"
    watches = frozenset({"participants", "sessions", "agreements", "project"})

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Übersicht"), parent)
        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.body.addWidget(self.greeting)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.active = FigureCard(self.tr("Teilnehmende aktiv"), "figureActive")
        self.placed = FigureCard(self.tr("in Arbeit vermittelt"), "figurePlaced")
        self.due = FigureCard(self.tr("Vereinbarungen fällig diese Woche"), "figureDue")
        self.week = FigureCard(self.tr("Gruppentermine diese Woche"), "figureWeek")
        for col, figure in enumerate((self.active, self.placed, self.due, self.week)):
            grid.addWidget(figure, 0, col)
        self.body.addLayout(grid)
        frame, self.week_layout = card()
        self.week_layout.addWidget(section_title(self.tr("Diese Woche")))
        self.week_list = QLabel()
        self.week_list.setObjectName("weekList")
        self.week_list.setTextFormat(Qt.TextFormat.PlainText)
        self.week_list.setWordWrap(True)
        self.week_layout.addWidget(self.week_list)
        self.body.addWidget(frame)
        self.body.addStretch(1)

    def refresh(self) -> None:
        run_op(self, lambda: load_overview(self.ws), self.show_overview)

    def show_overview(self, data: Overview) -> None:
        loc = QLocale()
        coach = self.ws.coach.name if self.ws.coach else ""
        start, end = data.period
        period = ""
        if start and end:
            period = self.tr("Laufzeit {start} bis {end}.").format(
                start=loc.toString(qdate(start), "dd.MM.yyyy"),
                end=loc.toString(qdate(end), "dd.MM.yyyy"),
            )
        self.greeting.setText(
            self.tr("Guten Tag, {name}. Projekt „{project}“. {period}")
            .format(name=coach, project=data.project_name, period=period)
            .strip()
        )
        self.active.value.setText(loc.toString(data.active))
        self.placed.value.setText(loc.toString(data.placed))
        self.due.value.setText(loc.toString(data.agreements_due_this_week))
        self.week.value.setText(loc.toString(len(data.sessions_this_week)))
        lines = []
        for s in data.sessions_this_week:
            day = loc.toString(qdate(s.starts_at), "ddd, dd.MM.")
            time = "{}–{}".format(
                loc.toString(QTime(s.starts_at.hour, s.starts_at.minute), "HH:mm"),
                loc.toString(QTime(s.ends_at.hour, s.ends_at.minute), "HH:mm"),
            )
            kind = session_kind_label(s.kind)
            topic = s.topic if s.topic != kind else ""
            parts = [f"{day} {time}", kind, topic, s.place]
            line = " · ".join(p for p in parts if p)
            if s.cancelled:
                line += " – " + self.tr("fällt aus")
            lines.append(line)
        self.week_list.setText(
            "\n".join(lines) or self.tr("Diese Woche sind keine Gruppentermine geplant.")
        )
