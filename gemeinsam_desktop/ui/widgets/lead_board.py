"""The lead board: one column per stage (verworfen included), a card per lead.

Cards show the person, the position, the employer and how long the lead has stood at its
stage (long-standing open ones in red). A card is dragged to another column (our own mime
type carrying the lead id; the drop runs ``leads.move_stage`` on the worker and the board
reloads from the database), or moved with Ctrl+← / Ctrl+→ after selecting it; Enter opens
it. Dropping on "verworfen" asks for the reason first; reaching "eingestellt" offers to
record the placement. Filters: the coach responsible and a text (person, position,
employer; folded, so "muller" finds "Müller").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import accounts, leads
from gemeinsam_desktop.services.leads import BOARD_COLUMNS, BoardCard, BoardData, LeadData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import LeadStage
from gemeinsam_desktop.textfold import fold, search_key
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.dialogs.lead_dialog import LeadDialog, ReasonDialog
from gemeinsam_desktop.ui.dialogs.placement_dialog import offer_placement
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.lead_labels import stage_label
from gemeinsam_desktop.ui.operations import bus, run_blocking, run_op
from gemeinsam_desktop.ui.widgets.date_field import format_date
from gemeinsam_desktop.ui.widgets.lead_card import CARD_ROLE, CardDelegate

MIME = "application/x-gemeinsam-lead"
WATCHED = frozenset({"leads", "participants", "employers", "placements", "accounts"})


class CardList(QListWidget):
    """One column's cards; a drop of another column's card asks the board to move it."""

    dropped = Signal(int, object)  # lead id, target LeadStage
    step = Signal(int, int)  # lead id, -1 / +1
    opened = Signal(int)

    def __init__(self, stage: LeadStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"leadColumn_{stage.value}")
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.itemActivated.connect(lambda item: self.opened.emit(lead_id_of(item)))

    # -- dragging --------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Any) -> QMimeData:
        data = QMimeData()
        ids = [str(lead_id_of(item)) for item in items]
        data.setData(MIME, QByteArray(",".join(ids).encode("ascii")))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasFormat(MIME) and event.source() is not self

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        raw = bytes(event.mimeData().data(MIME).data()).decode("ascii")
        # Copy: the source list keeps its item; the board reloads from the database.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        for text in raw.split(","):
            if text.isdigit():
                self.dropped.emit(int(text), self.stage)

    # -- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if item is not None and ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step.emit(lead_id_of(item), -1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)


def lead_id_of(item: QListWidgetItem) -> int:
    return int(item.data(Qt.ItemDataRole.UserRole))


class LeadBoard(QWidget):
    """The board of the current project (or ``set_project``); reloads on lead changes."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadBoard")
        self.ws = ws
        self.project_id: int | None = None
        self.data: BoardData | None = None
        self.lists: dict[LeadStage, CardList] = {}
        self.headers: dict[LeadStage, QLabel] = {}
        self.dialog: LeadDialog | None = None  # the one open, for tests
        self.reason_dialog: ReasonDialog | None = None
        self._focus_lead: int | None = None
        self._loading = False
        self._dirty = False
        self._stale = True  # changed while hidden: reload when shown
        self.today = dt.date.today()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(8)
        outer.addLayout(self._build_filters())
        scroll = QScrollArea()
        scroll.setObjectName("leadBoardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for stage in BOARD_COLUMNS:
            row.addWidget(self._build_column(stage), 1)
        scroll.setWidget(row_widget)
        self.board_scroll = scroll
        outer.addWidget(scroll, 1)
        hint = QLabel(
            self.tr(
                "Karten mit der Maus in eine andere Spalte ziehen oder auswählen und mit "
                "Strg+← / Strg+→ verschieben. Enter öffnet den Hinweis."
            )
        )
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        outer.addWidget(hint)
        bus.changed.connect(self._on_changed)

    # -- building ------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        label = QLabel(self.tr("Zuständig:"))
        self.coach_combo = QComboBox()
        self.coach_combo.setObjectName("boardCoach")
        self.coach_combo.addItem(self.tr("alle Coaches"), None)
        label.setBuddy(self.coach_combo)
        self.coach_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("boardFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Teilnehmende, Stelle oder Arbeitgeber suchen"))
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(lambda _t: self._fill())
        self.add_button = QPushButton(icon("plus"), self.tr("Hinweis hinzufügen…"))
        self.add_button.setObjectName("boardAddLead")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_lead)
        self.add_action = QAction(self)
        self.add_action.setShortcut("Ctrl+N")
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_lead)
        self.addAction(self.add_action)
        bar.addWidget(label)
        bar.addWidget(self.coach_combo)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.add_button)
        return bar

    def _build_column(self, stage: LeadStage) -> QFrame:
        frame = QFrame()
        frame.setObjectName("card")
        frame.setMinimumWidth(112)
        box = QVBoxLayout(frame)
        box.setContentsMargins(4, 8, 4, 4)
        box.setSpacing(4)
        header = QLabel()
        header.setObjectName(f"leadHeader_{stage.value}")
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        cards = CardList(stage)
        palette = cards.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(theme.colors().card))
        cards.setPalette(palette)
        cards.dropped.connect(self.move_lead)
        cards.step.connect(self.step)
        cards.opened.connect(self.open_lead)
        cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        cards.customContextMenuRequested.connect(lambda pos, c=cards: self._menu(c, pos))
        header.setBuddy(cards)
        self.headers[stage], self.lists[stage] = header, cards
        box.addWidget(header)
        box.addWidget(cards, 1)
        return frame

    # -- data ----------------------------------------------------------------------------
    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the board on the worker (coaches for the filter, too)."""
        if self._loading:
            self._dirty = True
            return
        self._loading = True
        coach_id = self.coach_combo.currentData()
        pid, ws, today = self.project_id, self.ws, dt.date.today()
        self.today = today

        def load() -> tuple[BoardData, list[tuple[int, str]]]:
            coaches = [(c.id, c.name) for c in accounts.list_coaches(ws)]
            return leads.board(ws, pid, coach_id=coach_id, today=today), coaches

        def done(result: tuple[BoardData, list[tuple[int, str]]]) -> None:
            self._loading = False
            self.data, coaches = result
            self._fill_coaches(coaches)
            self._fill()
            if self._dirty:
                self._dirty = False
                self.refresh()

        def failed(_exc: BaseException) -> bool:
            self._loading = False
            return False

        run_op(self, load, done, on_failure=failed)

    def _fill_coaches(self, coaches: list[tuple[int, str]]) -> None:
        combo = self.coach_combo
        current = combo.currentData()
        known = [combo.itemData(i) for i in range(1, combo.count())]
        if known == [cid for cid, _n in coaches]:
            return
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for cid, name in coaches:
            combo.addItem(name, cid)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if not kinds & WATCHED:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _visible_cards(self, stage: LeadStage) -> list[BoardCard]:
        assert self.data is not None
        words = fold(self.filter_edit.text()).split()
        cards = self.data.columns.get(stage, [])
        if not words:
            return cards
        keys = {
            c.lead_id: search_key(f"{c.participant_name} {c.position} {c.employer_name}")
            for c in cards
        }
        return [c for c in cards if all(w in keys[c.lead_id] for w in words)]

    def _fill(self) -> None:
        if self.data is None:
            return
        focus = self._focus_lead
        for stage in BOARD_COLUMNS:
            cards = self._visible_cards(stage)
            lst = self.lists[stage]
            lst.clear()
            for card in cards:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, card.lead_id)
                item.setData(CARD_ROLE, card)
                item.setToolTip(self._tooltip(card))
                lst.addItem(item)
                if card.lead_id == focus:
                    lst.setCurrentItem(item)
                    lst.setFocus()
            self.headers[stage].setText(f"{stage_label(stage)} · {len(cards)}")
        self._focus_lead = None

    def _tooltip(self, card: BoardCard) -> str:
        lines = [card.participant_name, card.position, card.employer_name]
        since = self.today - dt.timedelta(days=card.days_in_stage)
        lines.append(
            self.tr("„{stage}“ seit {date}").format(
                stage=stage_label(card.stage), date=format_date(since)
            )
        )
        if card.coach_name:
            lines.append(self.tr("Zuständig: {name}").format(name=card.coach_name))
        if card.dropped_reason:
            lines.append(self.tr("Grund: {reason}").format(reason=card.dropped_reason))
        return "\n".join(line for line in lines if line)

    def show_section(self, section: str) -> bool:
        """ "leads" shows the board; "leads:<stage>" also brings that column into view."""
        if section != "leads" and not section.startswith("leads:"):
            return False
        code = section.partition(":")[2]
        if code in {s.value for s in BOARD_COLUMNS}:
            cards = self.lists[LeadStage(code)]
            frame = cards.parentWidget()
            if frame is not None:
                self.board_scroll.ensureWidgetVisible(frame)
            cards.setFocus()
            if cards.count() and cards.currentItem() is None:
                cards.setCurrentRow(0)
        return True

    def card(self, lead_id: int) -> BoardCard | None:
        if self.data is None:
            return None
        return next((c for c in self.data.cards() if c.lead_id == lead_id), None)

    def select_lead(self, lead_id: int) -> bool:
        for lst in self.lists.values():
            for row in range(lst.count()):
                item = lst.item(row)
                if lead_id_of(item) == lead_id:
                    lst.setCurrentItem(item)
                    lst.setFocus()
                    return True
        return False

    # -- actions ---------------------------------------------------------------------------
    def step(self, lead_id: int, direction: int) -> None:
        card = self.card(lead_id)
        if card is None:
            return
        target = leads.neighbour_stage(card.stage, direction)
        if target is not None:
            self.move_lead(lead_id, target)

    def move_lead(self, lead_id: int, stage: LeadStage) -> None:
        card = self.card(lead_id)
        if card is None or card.stage is stage:
            return
        if stage is LeadStage.VERWORFEN:
            self._ask_reason(card)
            return
        self._move(lead_id, stage, "")

    def _ask_reason(self, card: BoardCard) -> None:
        what = " – ".join(x for x in (card.participant_name, card.position) if x)
        dialog = ReasonDialog(what, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason_dialog = dialog
        dialog.destroyed.connect(lambda _o=None: setattr(self, "reason_dialog", None))
        dialog.accepted.connect(
            lambda: self._move(card.lead_id, LeadStage.VERWORFEN, dialog.reason())
        )
        dialog.open()

    def _move(self, lead_id: int, stage: LeadStage, reason: str) -> None:
        ws = self.ws
        self._focus_lead = lead_id

        def done(moved: bool) -> None:
            if moved and stage is LeadStage.EINGESTELLT:
                offer_placement(ws, lead_id, self.window())

        run_op(
            self,
            lambda: leads.move_stage(ws, lead_id, stage, reason=reason),
            done,
            changes=frozenset({"leads"}),
        )

    def open_lead(self, lead_id: int) -> None:
        try:
            data = run_blocking(lambda: leads.load_lead(self.ws, lead_id))
        except KnownError:
            self.refresh()
            return
        self._open_dialog(data)

    def add_lead(self) -> None:
        ws, pid = self.ws, self.project_id
        people = run_blocking(lambda: leads.participant_choices(ws, pid))
        self._open_dialog(LeadData(participant_id=0), participants=people)

    def _open_dialog(
        self, data: LeadData, participants: list[tuple[int, str]] | None = None
    ) -> None:
        dialog = LeadDialog(self.ws, data, self.window(), participants=participants)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))

        def saved() -> None:
            self._focus_lead = dialog.saved_id
            if dialog.hired and dialog.saved_id is not None:
                offer_placement(self.ws, dialog.saved_id, self.window())

        dialog.accepted.connect(saved)
        dialog.open()

    def _mover(self, lead_id: int, stage: LeadStage) -> Callable[[], None]:
        return lambda: self.move_lead(lead_id, stage)

    def _menu(self, cards: CardList, pos: Any) -> None:
        item = cards.itemAt(pos)
        if item is None:
            return
        lead_id = lead_id_of(item)
        card = self.card(lead_id)
        if card is None:
            return
        menu = QMenu(self)
        menu.addAction(icon("pencil"), self.tr("Öffnen…"), lambda: self.open_lead(lead_id))
        forward = leads.neighbour_stage(card.stage, 1)
        back = leads.neighbour_stage(card.stage, -1)
        if forward is not None:
            menu.addAction(
                icon("chevron-right"),
                self.tr("Weiter: {stage}").format(stage=stage_label(forward)),
                lambda: self.move_lead(lead_id, forward),
            )
        if back is not None:
            menu.addAction(
                icon("chevron-left"),
                self.tr("Zurück: {stage}").format(stage=stage_label(back)),
                lambda: self.move_lead(lead_id, back),
            )
        move_to = menu.addMenu(self.tr("Verschieben nach"))
        for stage in BOARD_COLUMNS:
            if stage is not card.stage:
                move_to.addAction(stage_label(stage), self._mover(lead_id, stage))
        menu.exec(cards.viewport().mapToGlobal(pos))
