"""Search over notes and agreements (issue #5): type, see the passages, open the record.

The search runs on the database worker 200 ms after the last key press; an answer to an
older query is dropped. Whatever the coach types is harmless: ``notes.search`` quotes every
word before it reaches FTS5, and the passage is escaped before the matched words are bolded.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services import notes
from gemeinsam_desktop.services.notes import SearchHit
from gemeinsam_desktop.services.text import search_key
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, theme
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import bus, run_op

DEBOUNCE_MS = 200
RESULT_LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
_WORD = re.compile(r"[^\W_]+")  # the words FTS5 indexes (as in services.notes)


@dataclass(frozen=True)
class FoundHit:
    """A hit with the spans (start, length) of every passage word a query word begins."""

    hit: SearchHit
    spans: tuple[tuple[int, int], ...]


def match_spans(passage: str, words: list[str]) -> tuple[tuple[int, int], ...]:
    """Where the query words match in the passage, folded the way the index folds."""
    spans = []
    for m in _WORD.finditer(passage):
        variants = search_key(m.group()).split("\x1f")
        if any(v.startswith(w) for v in variants for w in words):
            spans.append((m.start(), m.end() - m.start()))
    return tuple(spans)


def passage_html(passage: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The passage as HTML: every piece escaped first, the matched words in bold."""
    parts, pos = [], 0
    for start, length in spans:
        if start < pos:
            continue
        parts.append(html.escape(passage[pos:start]))
        parts.append("<b>" + html.escape(passage[start : start + length]) + "</b>")
        pos = start + length
    parts.append(html.escape(passage[pos:]))
    return "".join(parts)


def find(ws: Workspace, query: str, project_id: int | None) -> list[FoundHit]:
    """Runs on the worker: the hits and their highlighted words."""
    words = notes.query_words(query)
    hits = notes.search(ws, query, project_id=project_id, limit=RESULT_LIMIT)
    return [FoundHit(h, match_spans(h.passage, words)) for h in hits]


class SearchHitModel(QAbstractListModel):
    """The hits of the last search; DisplayRole is the plain text, HTML_ROLE the formatted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._found: list[FoundHit] = []

    def set_hits(self, found: list[FoundHit]) -> None:
        self.beginResetModel()
        self._found = list(found)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._found[row].hit if 0 <= row < len(self._found) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._found)

    def kind_label(self, kind: str) -> str:
        return self.tr("Vereinbarung") if kind == "agreement" else self.tr("Notiz")

    def _heading(self, hit: SearchHit) -> str:
        day = QLocale().toString(QDate(hit.date.year, hit.date.month, hit.date.day), "dd.MM.yyyy")
        return f"{day} · {self.kind_label(hit.kind)}"

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._found):
            return None
        found = self._found[index.row()]
        hit = found.hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.participant_name} · {self._heading(hit)}\n{hit.passage}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.passage
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE:  # "<m>": the heading colour (escaped text holds no "<")
            return (
                f"<div><b>{html.escape(hit.participant_name)}</b>"
                f"&nbsp;&nbsp;<span style='color:<m>'>"
                f"{html.escape(self._heading(hit))}</span></div>"
                f"<div style='margin-top:3px'>{passage_html(hit.passage, found.spans)}</div>"
            )
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints a hit as rich text (name, date and kind; the passage with bold matches)."""

    PAD_X, PAD_Y = 10, 7

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex, muted: str = "#777777"
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        doc.setHtml(str(index.data(HTML_ROLE) or "").replace("<m>", muted))
        width = option.rect.width() - 2 * self.PAD_X  # type: ignore[attr-defined]
        doc.setTextWidth(max(width, 120))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)  # type: ignore[arg-type]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = opt.palette  # type: ignore[attr-defined]
        text = palette.color(
            palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        )
        muted = text.name() if selected else theme.colors().muted
        doc = self._document(opt, index, muted)  # type: ignore[arg-type]
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(palette.ColorRole.Text, text)
        rect = opt.rect  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.left() + self.PAD_X, rect.top() + self.PAD_Y)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)  # type: ignore[arg-type]
        view = self.parent()
        if isinstance(view, QAbstractItemView):  # wrap at the list's width, not the option's
            rect = opt.rect  # type: ignore[attr-defined]
            rect.setWidth(view.viewport().width())
            opt.rect = rect  # type: ignore[attr-defined]
        doc = self._document(opt, index)  # type: ignore[arg-type]
        width = opt.rect.width()  # type: ignore[attr-defined]
        return QSize(width, int(doc.size().height()) + 2 * self.PAD_Y)


class SearchDialog(QDialog):
    """Full-text search over the notes and agreements this coach may see."""

    def __init__(
        self, ws: Workspace, project_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Notizen und Vereinbarungen durchsuchen"))
        self.resize(760, 560)
        self.ws = ws
        self.project_id = project_id or None
        self._generation = 0
        self._shown_query: str | None = None  # the query the list answers

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Suchen in Notizen und Vereinbarungen …"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Suchbegriff"))
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.field.installEventFilter(self)
        layout.addWidget(self.field)
        self.count = QLabel()
        self.count.setObjectName("searchCount")
        self.count.setProperty("hint", True)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.count)

        self.model = SearchHitModel(self)
        self.view = QListView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the passages
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Treffer"))
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.view.installEventFilter(self)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        hint_label = QLabel(self.tr("↑/↓ wählen, Eingabe öffnet die Akte."))
        hint_label.setProperty("hint", True)
        buttons.addWidget(hint_label)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Schließen"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        bus.changed.connect(self._data_changed)
        self._show_count(None)
        self.field.setFocus()

    # -- searching -------------------------------------------------------------------
    def search_now(self) -> None:
        """Search for what the field holds (the debounce timer calls this)."""
        self.timer.stop()
        query = self.field.text()
        self._generation += 1
        generation = self._generation
        if not notes.query_words(query):  # nothing searchable: no trip to the worker
            self._show(generation, query, [])
            return
        ws, project_id = self.ws, self.project_id
        run_op(
            self,
            lambda: find(ws, query, project_id),
            lambda found: self._show(generation, query, found),
            on_failure=lambda _exc: generation != self._generation,  # stale: drop quietly
        )

    def _show(self, generation: int, query: str, found: list[FoundHit]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        current = self.current_hit()
        self._shown_query = query
        self.model.set_hits(found)
        row = 0
        if current is not None:  # a refresh keeps the chosen hit
            for n, f in enumerate(found):
                if (f.hit.kind, f.hit.id) == (current.kind, current.id):
                    row = n
        if found:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_count(len(found) if notes.query_words(query) else None)

    def _show_count(self, n: int | None) -> None:
        if n is None:
            text = self.tr("Suchbegriff eingeben – gesucht wird in allen sichtbaren Notizen.")
        elif n == 0:
            text = self.tr("Keine Treffer")
        elif n >= RESULT_LIMIT:
            text = self.tr("Die ersten %n Treffer – für weniger Treffer genauer suchen.", "", n)
        else:
            text = self.tr("%n Treffer", "", n)
        self.count.setText(text)

    def done(self, result: int) -> None:
        self.timer.stop()
        self._generation += 1  # an answer still on its way finds the dialog closed: dropped
        super().done(result)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if (
            kinds & {"notes", "agreements", "participants"}
            and self._shown_query
            and self.isVisible()
        ):
            self.timer.start()

    # -- choosing and opening ----------------------------------------------------------
    def current_hit(self) -> SearchHit | None:
        return self.model.hit(self.view.currentIndex().row())

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.view.currentIndex().row()
        row = 0 if row < 0 else max(0, min(rows - 1, row + step))
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _open_row(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is not None:
            self.open_hit(hit)

    def _enter(self) -> None:
        if self.timer.isActive() or self._shown_query != self.field.text():
            self.search_now()  # the list is not the answer to what is typed yet
            return
        self._open_row(self.view.currentIndex().row())

    def open_hit(self, hit: SearchHit) -> None:
        """Open the person's record, at the note when the record can show one."""
        from gemeinsam_desktop.ui.dialogs.participant_dialog import ParticipantDialog

        try:
            dlg = ParticipantDialog(self.ws, hit.participant_id, self.project_id or 0, self)
        except Exception as exc:  # the person was erased meanwhile, the file is locked, …
            messages.show_error(self, exc)
            return
        note = hit.kind == "note"
        show = getattr(dlg, "show_note" if note else "show_agreement", None)
        tab = getattr(dlg, "notes_tab" if note else "agreements_tab", None)
        tabs = getattr(dlg, "tabs", None)
        if callable(show):
            show(hit.id)
        elif isinstance(tab, QWidget) and isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(tab)  # at least the right tab
        dlg.exec()
        dlg.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (getattr(self, "field", None), getattr(self, "view", None))
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if watched is self.field and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if watched is self.field and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self._move(-10 if key == Qt.Key.Key_PageUp else 10)
                return True
        return super().eventFilter(watched, event)
