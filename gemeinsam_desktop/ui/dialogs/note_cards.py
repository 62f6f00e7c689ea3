"""The timeline's cards of the tab "Notizen": one note (date, author, kind, "nur für mich",
the linked session, "bearbeitet", the text from Markdown, its actions), and the dialog with
a note's earlier versions. ``participant_notes.NotesTab`` lays them out and acts on them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import (
    QIcon,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services import notes
from gemeinsam_desktop.services.notes import NoteData
from gemeinsam_desktop.store.enums import NoteVisibility
from gemeinsam_desktop.ui.dialogs.participant_attendance import chip_style
from gemeinsam_desktop.ui.icons import icon

if TYPE_CHECKING:
    from gemeinsam_desktop.ui.dialogs.participant_notes import NotesTab

WIDE_CARD = 440  # from this width a card's actions show their names
MARKDOWN = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


def kind_label(kind: str) -> str:
    return {
        "einzelcoaching": QCoreApplication.translate("NotesTab", "Einzelcoaching"),
        "telefonat": QCoreApplication.translate("NotesTab", "Telefonat"),
        "gruppengespraech": QCoreApplication.translate("NotesTab", "Gruppengespräch"),
        "sonstiges": QCoreApplication.translate("NotesTab", "Sonstiges"),
    }.get(kind, kind)


def format_when(value: dt.datetime, *, utc: bool) -> str:
    """``Di., 24.11.2026, 09:30`` in the UI language; stored UTC times shown as local time."""
    stamp = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc() if utc else QTimeZone.systemTimeZone(),
    )
    if utc:
        stamp = stamp.toLocalTime()
    return QLocale().toString(stamp, "ddd, dd.MM.yyyy, HH:mm")


def markdown_html(text: str) -> str:
    """The note's Markdown as rich text (raw HTML in a note stays text)."""
    doc = QTextDocument()
    doc.setMarkdown(text, MARKDOWN)
    return doc.toHtml()


def first_line(text: str, limit: int = 200) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("-*#> ").replace("**", "").strip()
        if line:
            return line[:limit]
    return ""


class NoteCard(QFrame):
    """One note of the timeline."""

    def __init__(self, tab: NotesTab, note: NoteData) -> None:
        super().__init__()
        self.setObjectName("card")
        self.note = note
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 8)
        box.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.when = QLabel(format_when(note.written_at, utc=True) if note.written_at else "")
        self.when.setObjectName("noteWhen")
        font = self.when.font()
        font.setBold(True)
        self.when.setFont(font)
        top.addWidget(self.when)
        self.private_badge: QLabel | None = None
        if note.visibility == NoteVisibility.PRIVATE:
            self.private_badge = QLabel(tab.tr("nur für mich"))
            self.private_badge.setObjectName("privateBadge")
            self.private_badge.setStyleSheet(chip_style("pausiert"))
            top.addWidget(self.private_badge)
        top.addStretch(1)
        box.addLayout(top)
        meta = [note.author_name or tab.tr("unbekannt"), kind_label(note.kind)]
        self.meta = QLabel(" · ".join(meta))
        self.meta.setObjectName("noteMeta")
        self.meta.setProperty("hint", True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.meta)
        self.session_label: QLabel | None = None
        if note.session_id is not None:
            self.session_label = QLabel(
                tab.tr("Termin: {session}").format(session=tab.session_text(note.session_id))
            )
            self.session_label.setProperty("hint", True)
            self.session_label.setTextFormat(Qt.TextFormat.PlainText)
            self.session_label.setWordWrap(True)
            box.addWidget(self.session_label)
        self.body = QLabel()
        self.body.setObjectName("noteBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setText(markdown_html(note.text))
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        box.addWidget(self.body)
        actions = QHBoxLayout()
        actions.setSpacing(2)
        self.edited_label: QLabel | None = None
        self.history_button: QToolButton | None = None
        if note.edited:
            self.edited_label = QLabel(tab.tr("bearbeitet"))
            self.edited_label.setObjectName("editedLabel")
            self.edited_label.setProperty("hint", True)
            actions.addWidget(self.edited_label)
            self.history_button = self._button(icon("clock"), tab.tr("Verlauf…"))
            self.history_button.setObjectName("historyButton")
            self.history_button.clicked.connect(lambda: tab.show_history(note))
            actions.addWidget(self.history_button)
        actions.addStretch(1)
        self.edit_button = self._button(icon("pencil"), tab.tr("Bearbeiten"))
        self.edit_button.setObjectName("editNoteButton")
        self.edit_button.clicked.connect(lambda: tab.edit_note(note))
        self.agreement_button = self._button(icon("handshake"), tab.tr("Vereinbarung daraus…"))
        self.agreement_button.setObjectName("agreementFromNoteButton")
        self.agreement_button.clicked.connect(lambda: tab.agreement_from(note))
        actions.addWidget(self.edit_button)
        actions.addWidget(self.agreement_button)
        box.addLayout(actions)

    @staticmethod
    def _button(ico: QIcon, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(ico)
        button.setText(text)
        button.setToolTip(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow card shows its actions as icons (names in the tooltips)."""
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE_CARD
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if wide
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for button in (self.edit_button, self.agreement_button):
            button.setToolButtonStyle(style)


class NoteHistoryDialog(QDialog):
    """Every version of a note, the current one first, formatted."""

    def __init__(self, versions: list[notes.NoteVersion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteHistoryDialog")
        self.setWindowTitle(self.tr("Verlauf der Notiz"))
        self.resize(520, 480)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 14, 16, 14)
        box.setSpacing(10)
        self.browser = QTextBrowser()
        self.browser.setObjectName("historyBrowser")
        self.browser.setOpenLinks(False)
        parts = []
        for v in versions:
            what = self.tr("aktuelle Fassung") if v.current else self.tr("frühere Fassung")
            head = self.tr("{when} · {who} · {kind} ({what})").format(
                when=format_when(v.saved_at, utc=True),
                who=v.saved_by_name or self.tr("unbekannt"),
                kind=kind_label(v.kind),
                what=what,
            )
            doc = QTextDocument()
            doc.setMarkdown(v.text, MARKDOWN)
            body = doc.toHtml()
            start, end = body.find("<body"), body.rfind("</body>")
            body = body[body.find(">", start) + 1 : end] if start >= 0 else body
            parts.append(f"<h4>{escape_html(head)}</h4>{body}<hr/>")
        self.browser.setHtml("".join(parts))
        box.addWidget(self.browser, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Schließen"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        box.addLayout(row)
        self.versions = versions


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
