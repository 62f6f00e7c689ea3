"""The record dialog's tab "Notizen": a person's coaching notes and the note editor.

The timeline on the left shows ``services.notes.timeline`` (newest first; another coach's
private notes never arrive here) as cards (``note_cards.py``): date, author, kind, "nur für
mich", the linked session, "bearbeitet" with its history, and the text formatted from
Markdown, ``CARDS_PER_PAGE`` at a time. The editor on the
right writes a new note or edits one: kind, visibility, session, templates, "Fett"
(Ctrl+B) and "Liste", a live preview, "Speichern" (Ctrl+Return) and "Verwerfen".

Drafts: while typing, the text is saved as a draft at most every ``DRAFT_INTERVAL_MS`` and
when the editor loses the focus (on the worker, encrypted in the database). When the tab
opens, a draft of this coach for this person is restored. Saving or discarding removes it.
``has_unsaved_text`` lets the dialog ask before it closes.
"""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import attendance, notes
from gemeinsam_desktop.services.attendance import SessionLine
from gemeinsam_desktop.services.notes import AgreementData, DraftData, NoteData, TemplateData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import NoteVisibility
from gemeinsam_desktop.ui import messages, theme
from gemeinsam_desktop.ui.dialogs.note_cards import (
    MARKDOWN,
    NoteCard,
    NoteHistoryDialog,
    first_line,
    format_when,
    kind_label,
)
from gemeinsam_desktop.ui.dialogs.participant_agreements import AgreementDialog
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.operations import bus, run_blocking, run_op

DRAFT_INTERVAL_MS = 2000
CHANGES = frozenset({"notes"})

# Cards are widgets: 300 of them take most of a second to build, 8 a few milliseconds.
CARDS_PER_PAGE = 8  # about two screens of the timeline


class NotesTab(QWidget):
    """The notes of participant ``participant_id`` and the editor for writing them."""

    def __init__(self, ws: Workspace, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesTab")
        self.ws = ws
        self.participant_id = participant_id
        self.timeline: list[NoteData] = []
        self.cards: list[NoteCard] = []
        self.templates: list[TemplateData] = []
        self.sessions: dict[int, str] = {}
        self.history_dialog: NoteHistoryDialog | None = None
        self.agreement_dialog: AgreementDialog | None = None
        self._note: NoteData | None = None  # the note being edited; None: a new one
        self._base_text = ""
        self._loading = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)

        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(8)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        splitter.addWidget(self._build_timeline())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        box.addWidget(splitter, 1)

        self.new_action = QAction(self.tr("Neue Notiz"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_note)
        self.save_action = QAction(self.tr("Notiz speichern"), self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_note)
        self.bold_action = QAction(self.tr("Fett"), self)
        self.bold_action.setShortcut(QKeySequence("Ctrl+B"))
        self.bold_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bold_action.triggered.connect(self.make_bold)
        self.addActions([self.new_action, self.save_action, self.bold_action])
        native = QKeySequence.SequenceFormat.NativeText
        self.new_button.setToolTip(
            self.tr("Neue Notiz ({keys})").format(keys=self.new_action.shortcut().toString(native))
        )
        self.save_button.setToolTip(
            self.tr("Notiz speichern ({keys})").format(
                keys=QKeySequence("Ctrl+Return").toString(native)
            )
        )
        self.bold_button.setToolTip(
            self.tr("Fett ({keys})").format(keys=QKeySequence("Ctrl+B").toString(native))
        )
        self.editor.installEventFilter(self)
        bus.changed.connect(self._on_changed)

    # -- building --------------------------------------------------------------------------
    def _build_timeline(self) -> QWidget:
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 6, 0)
        box.setSpacing(6)
        head = QHBoxLayout()
        title = QLabel(self.tr("Verlauf"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        head.addWidget(title)
        head.addStretch(1)
        self.new_button = QPushButton(icon("plus"), self.tr("Neue Notiz"))
        self.new_button.setObjectName("newNoteButton")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_note)
        head.addWidget(self.new_button)
        box.addLayout(head)
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget#timelineContent "
            "{ background: transparent; }"
        )
        content = QWidget()
        content.setObjectName("timelineContent")
        self.cards_box = QVBoxLayout(content)
        self.cards_box.setContentsMargins(0, 0, 4, 0)
        self.cards_box.setSpacing(8)
        self.empty = QLabel(self.tr("Noch keine Notizen. Schreiben Sie rechts die erste."))
        self.empty.setProperty("hint", True)
        self.empty.setWordWrap(True)
        self.cards_box.addWidget(self.empty)
        self.more_button = QPushButton()
        self.more_button.setObjectName("olderNotesButton")
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(lambda: self._append_cards(CARDS_PER_PAGE))
        self.cards_box.addWidget(self.more_button)
        self.cards_box.addStretch(1)
        self.timeline_scroll.setWidget(content)
        box.addWidget(self.timeline_scroll, 1)
        pane.setMinimumWidth(260)
        return pane

    def _build_editor(self) -> QWidget:
        pane = QWidget()
        pane.setObjectName("noteEditorPane")
        box = QVBoxLayout(pane)
        box.setContentsMargins(6, 0, 0, 0)
        box.setSpacing(6)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("noteMode")
        font = self.mode_label.font()
        font.setBold(True)
        self.mode_label.setFont(font)
        box.addWidget(self.mode_label)
        self.restored_hint = QLabel()
        self.restored_hint.setObjectName("draftRestoredHint")
        self.restored_hint.setProperty("hint", True)
        self.restored_hint.setWordWrap(True)
        self.restored_hint.hide()
        box.addWidget(self.restored_hint)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("noteKind")
        for kind in notes.NOTE_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.visibility_combo = QComboBox()
        self.visibility_combo.setObjectName("noteVisibility")
        self.visibility_combo.addItem(self.tr("Team"), NoteVisibility.TEAM.value)
        self.visibility_combo.addItem(self.tr("nur für mich"), NoteVisibility.PRIVATE.value)
        self.visibility_combo.setToolTip(
            self.tr("„nur für mich“: andere Coaches sehen diese Notiz nirgends.")
        )
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("noteSession")
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(16)
        for combo in (self.kind_combo, self.visibility_combo, self.session_combo):
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        for row, col, text, widget in (
            (0, 0, self.tr("Art:"), self.kind_combo),
            (0, 2, self.tr("Sichtbar:"), self.visibility_combo),
            (1, 0, self.tr("Termin:"), self.session_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, col)
            grid.addWidget(widget, row, col + 1, 1, 3 if row else 1)
        grid.setColumnStretch(1, 3)  # "Gruppengespräch" needs more room than "Team"
        grid.setColumnStretch(3, 2)
        box.addLayout(grid)

        tools = QHBoxLayout()
        tools.setSpacing(4)
        self.bold_button = QPushButton(self.tr("Fett"))
        self.bold_button.setObjectName("boldButton")
        bold_font = self.bold_button.font()
        bold_font.setBold(True)
        self.bold_button.setFont(bold_font)
        self.bold_button.clicked.connect(self.make_bold)
        self.list_button = QPushButton(icon("list"), self.tr("Liste"))
        self.list_button.setObjectName("listButton")
        self.list_button.clicked.connect(self.make_list)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("noteTemplate")
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(12)
        self.template_combo.activated.connect(self.insert_template)
        for button in (self.bold_button, self.list_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.template_combo)
        box.addLayout(tools)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(
            self.tr("Was wurde besprochen? **fett**, Listen mit „- “ am Zeilenanfang")
        )
        self.editor.setMinimumHeight(90)
        self.editor.textChanged.connect(self._text_changed)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.editor)
        preview_pane = QWidget()
        preview_box = QVBoxLayout(preview_pane)
        preview_box.setContentsMargins(0, 4, 0, 0)
        preview_box.setSpacing(2)
        preview_title = QLabel(self.tr("Vorschau"))
        preview_title.setProperty("hint", True)
        preview_box.addWidget(preview_title)
        self.preview = QTextBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setOpenLinks(False)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setMinimumHeight(50)
        preview_box.addWidget(self.preview, 1)
        split.addWidget(preview_pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box.addWidget(split, 1)

        self.error = QLabel()
        self.error.setObjectName("noteError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        danger = "#ff9b8f" if theme.is_dark() else theme.colors().danger
        self.error.setStyleSheet(f"color: {danger}; font-weight: 600;")
        self.error.hide()
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.discard_button = QPushButton(self.tr("Verwerfen"))
        self.discard_button.setObjectName("discardNoteButton")
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(
            icon("save", theme.colors().on_accent), self.tr("Notiz speichern")
        )
        self.save_button.setObjectName("saveNoteButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_note)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        pane.setMinimumWidth(300)
        self._set_mode()
        return pane

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load timeline, templates and sessions; on the first call restore a draft."""
        ws, pid = self.ws, self.participant_id

        def load() -> tuple[list[NoteData], list[TemplateData], list[tuple[int, str]]]:
            lines = attendance.sessions_of(ws, pid, dt.date.today())
            sessions = [(line.session_id, self._session_line(line)) for line in lines]
            return notes.timeline(ws, pid), notes.list_templates(ws), sessions

        try:
            timeline, templates, sessions = run_blocking(load)
        except KnownError as exc:
            self._show_error(error_text(exc))
            return
        self.sessions = dict(sessions)
        self._fill_sessions()
        self.templates = templates
        self._fill_templates()
        self.timeline = timeline
        self._fill_timeline()

    @staticmethod
    def _session_line(line: SessionLine) -> str:
        parts = [format_when(line.starts_at, utc=False), session_kind_label(line.kind)]
        if line.topic and line.topic not in parts:
            parts.append(line.topic)
        return " · ".join(parts)

    def session_text(self, session_id: int) -> str:
        return self.sessions.get(session_id, self.tr("ein Termin"))

    def _fill_sessions(self) -> None:
        was, self._loading = self._loading, True
        current = self.session_combo.currentData()
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("— ohne Termin —"), None)
        for sid, text in self.sessions.items():
            self.session_combo.addItem(text, sid)
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(current)))
        self.session_combo.setEnabled(bool(self.sessions))
        self._loading = was

    def _fill_templates(self) -> None:
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("Vorlage einfügen…"), None)
        for t in self.templates:
            self.template_combo.addItem(t.name, t.text)
        self.template_combo.setEnabled(bool(self.templates))

    def _fill_timeline(self) -> None:
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self._append_cards(CARDS_PER_PAGE)
        self.empty.setVisible(not self.timeline)

    def _append_cards(self, count: int) -> None:
        """Cards for the next ``count`` notes: a long timeline opens at once, older on request."""
        for note in self.timeline[len(self.cards) : len(self.cards) + count]:
            card = NoteCard(self, note)
            self.cards_box.insertWidget(len(self.cards) + 1, card)
            self.cards.append(card)
        rest = len(self.timeline) - len(self.cards)
        self.more_button.setVisible(rest > 0)
        if rest > 0:
            self.more_button.setText(
                self.tr("%n ältere Notiz(en) anzeigen", "", min(rest, CARDS_PER_PAGE))
            )

    def restore_draft(self) -> DraftData | None:
        """Put this coach's newest draft for this person into the editor (if there is one)."""
        pid = self.participant_id
        try:
            drafts = run_blocking(lambda: notes.drafts_of_current_coach(self.ws))
        except KnownError as exc:
            self._show_error(error_text(exc))
            return None
        mine = [d for d in drafts if d.participant_id == pid]
        by_id = {n.id: n for n in self.timeline}
        for draft in mine:
            if draft.note_id is not None and draft.note_id not in by_id:
                continue  # the note is gone (or no longer visible): nothing to continue
            note = by_id.get(draft.note_id) if draft.note_id is not None else None
            self._load_editor(
                note,
                draft.text,
                draft.kind,
                draft.visibility,
                draft.session_id,
                base=note.text if note else "",
            )
            self.restored_hint.setText(
                self.tr("Entwurf vom {when} wiederhergestellt").format(
                    when=format_when(draft.updated_at, utc=True)
                )
            )
            self.restored_hint.show()
            return draft
        return None

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "notes" in kinds:
            self.refresh()

    # -- editor state ------------------------------------------------------------------------
    def _load_editor(
        self,
        note: NoteData | None,
        text: str,
        kind: str,
        visibility: NoteVisibility,
        session_id: int | None,
        *,
        base: str,
    ) -> None:
        self._draft_timer.stop()
        self._loading = True
        try:
            self._note = note
            self._base_text = base
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
            self.visibility_combo.setCurrentIndex(
                max(0, self.visibility_combo.findData(NoteVisibility(visibility).value))
            )
            if session_id is not None and self.session_combo.findData(session_id) < 0:
                self.session_combo.addItem(self.session_text(session_id), session_id)
            self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(session_id)))
            self.editor.setPlainText(text)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
            self._update_preview()
        finally:
            self._loading = False
        mine = note is None or note.author_id == self.ws.current_coach.id
        self.visibility_combo.setEnabled(mine)
        self.restored_hint.hide()
        self._show_error("")
        self._set_mode()

    def _set_mode(self) -> None:
        note = self._note
        if note is None or note.written_at is None:
            self.mode_label.setText(self.tr("Neue Notiz"))
        else:
            self.mode_label.setText(
                self.tr("Notiz vom {when} bearbeiten").format(
                    when=format_when(note.written_at, utc=True)
                )
            )

    def text(self) -> str:
        return self.editor.toPlainText()

    def has_unsaved_text(self) -> bool:
        """Something typed that is not saved as a note yet."""
        text = self.text()
        return bool(text.strip()) and text != self._base_text

    def _text_changed(self) -> None:
        self._update_preview()
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        self.restored_hint.hide()
        if not self._draft_timer.isActive():  # at most one draft save per interval
            self._draft_timer.start()

    def _update_preview(self) -> None:
        self.preview.document().setMarkdown(self.text(), MARKDOWN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        focus_out = watched is self.editor and event.type() == QEvent.Type.FocusOut
        if focus_out and self._draft_timer.isActive():
            self.save_draft_now()
        return super().eventFilter(watched, event)

    # -- drafts ------------------------------------------------------------------------------
    def _draft_call(self):  # type: ignore[no-untyped-def]
        ws, pid = self.ws, self.participant_id
        note_id = self._note.id if self._note else None
        text = self.text() if self.text() != self._base_text else ""
        kind = str(self.kind_combo.currentData())
        visibility = NoteVisibility(self.visibility_combo.currentData())
        session_id = self.session_combo.currentData()

        def call() -> None:
            notes.save_draft(
                ws,
                pid,
                text,
                note_id=note_id,
                kind=kind,
                visibility=visibility,
                session_id=session_id,
            )

        return call

    def save_draft_now(self) -> None:
        """Save the draft on the worker now (the timer calls this)."""
        self._draft_timer.stop()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, KnownError):
                self._show_error(
                    self.tr("Der Entwurf konnte nicht gesichert werden: {reason}").format(
                        reason=error_text(exc)
                    )
                )
                return True
            return False

        run_op(self, self._draft_call(), on_failure=failed)

    def flush_draft(self) -> None:
        """Before the dialog closes: the draft holds exactly what is on the screen."""
        if not self._draft_timer.isActive():
            return
        self._draft_timer.stop()
        with contextlib.suppress(KnownError):  # closing was the coach's choice
            run_blocking(self._draft_call())

    # -- actions -----------------------------------------------------------------------------
    def new_note(self) -> None:
        if self._note is not None and self.has_unsaved_text():
            if not messages.confirm(
                self,
                self.tr("Änderung verwerfen?"),
                self.tr("Die Änderung an der Notiz ist noch nicht gespeichert."),
                self.tr("Verwerfen"),
            ):
                return
            self._discard_stored_draft()
        if self._note is not None:
            self._load_editor(None, "", "einzelcoaching", NoteVisibility.TEAM, None, base="")
        self.editor.setFocus()

    def edit_note(self, note: NoteData) -> None:
        if self.has_unsaved_text() and (self._note is None or self._note.id != note.id):
            if not messages.confirm(
                self,
                self.tr("Text verwerfen?"),
                self.tr("Im Editor steht noch Text, der nicht gespeichert ist."),
                self.tr("Verwerfen"),
            ):
                return
            self._discard_stored_draft()
        self._load_editor(
            note, note.text, note.kind, note.visibility, note.session_id, base=note.text
        )
        self.editor.setFocus()

    def save_note(self) -> None:
        self._draft_timer.stop()
        self._show_error("")
        note = self._note
        data = NoteData(
            id=note.id if note else None,
            participant_id=self.participant_id,
            text=self.text(),
            kind=str(self.kind_combo.currentData()),
            visibility=NoteVisibility(self.visibility_combo.currentData()),
            session_id=self.session_combo.currentData(),
            written_at=note.written_at if note else None,
        )
        try:
            run_blocking(lambda: notes.save_note(self.ws, data))
        except KnownError as exc:
            self._show_error(error_text(exc))
            self.editor.setFocus()
            return
        self._load_editor(None, "", "einzelcoaching", NoteVisibility.TEAM, None, base="")
        bus.changed.emit(CHANGES)

    def discard(self) -> None:
        if self.has_unsaved_text() and not messages.confirm(
            self,
            self.tr("Notiz verwerfen?"),
            self.tr("Der Text im Editor wird gelöscht, auch der gesicherte Entwurf."),
            self.tr("Verwerfen"),
        ):
            return
        self._discard_stored_draft()
        self._load_editor(None, "", "einzelcoaching", NoteVisibility.TEAM, None, base="")

    def _discard_stored_draft(self) -> None:
        self._draft_timer.stop()
        ws, pid = self.ws, self.participant_id
        note_id = self._note.id if self._note else None
        run_op(self, lambda: notes.discard_draft(ws, pid, note_id))

    def make_bold(self) -> None:
        """Wrap the selection in ``**`` (or put the cursor between a new pair)."""
        cursor = self.editor.textCursor()
        selected = cursor.selectedText().replace("\u2029", "\n")
        cursor.beginEditBlock()
        if selected:
            start = cursor.selectionStart()
            cursor.insertText(f"**{selected}**")
            cursor.setPosition(start + 2)
            cursor.setPosition(start + 2 + len(selected), QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.insertText("****")
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=2)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def make_list(self) -> None:
        """Prefix the selected lines (or the current one) with "- "; again removes it."""
        cursor = self.editor.textCursor()
        doc = self.editor.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first = doc.findBlock(start)
        last = doc.findBlock(end)
        if end > start and end == last.position() and last != first:
            last = last.previous()
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        remove = all(b.text().startswith("- ") for b in blocks)
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        for b in blocks:
            edit.setPosition(b.position())
            if remove:
                edit.setPosition(b.position() + 2, QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
            elif not b.text().startswith("- "):
                edit.insertText("- ")
        edit.endEditBlock()
        self.editor.setFocus()

    def insert_template(self, index: int) -> None:
        text = self.template_combo.itemData(index)
        self.template_combo.setCurrentIndex(0)
        if not text:
            return
        if not self.text().strip():
            self.editor.setPlainText(str(text))
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
        else:
            cursor = self.editor.textCursor()
            prefix = "" if cursor.atBlockStart() else "\n"
            cursor.insertText(prefix + str(text))
            self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def show_history(self, note: NoteData) -> None:
        if note.id is None:
            return
        note_id = note.id
        try:
            versions = run_blocking(lambda: notes.note_history(self.ws, note_id))
        except KnownError as exc:
            self._show_error(error_text(exc))
            return
        self.history_dialog = NoteHistoryDialog(versions, self.window())
        self.history_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog.destroyed.connect(lambda _o=None: setattr(self, "history_dialog", None))
        self.history_dialog.open()

    def agreement_from(self, note: NoteData) -> None:
        data = AgreementData(
            participant_id=self.participant_id, text=first_line(note.text), note_id=note.id
        )
        self.agreement_dialog = AgreementDialog(self.ws, data, self.window())
        self.agreement_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.agreement_dialog.destroyed.connect(
            lambda _o=None: setattr(self, "agreement_dialog", None)
        )
        self.agreement_dialog.open()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
