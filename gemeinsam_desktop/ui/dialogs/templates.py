"""Note templates the coaches define ("Standortbestimmung", "Bewerbungsstrategie")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import notes
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.operations import bus, run_blocking


class TemplatesDialog(QDialog):
    """A list of templates on the left, name and Markdown text of the chosen one on the right."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.current: notes.TemplateData | None = None
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Vorlagen für Notizen"))
        self.resize(760, 480)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.currentItemChanged.connect(self._show)
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.name.setPlaceholderText(self.tr("Name, z. B. Standortbestimmung"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("templateText")
        self.text.setPlaceholderText(self.tr("Text der Vorlage (Markdown: **fett**, - Liste)"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        new = QPushButton(self.tr("&Neue Vorlage"))
        new.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("&Speichern"))
        self.save_button.setObjectName("saveTemplate")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Löschen …"))
        self.delete_button.setObjectName("deleteTemplate")
        self.delete_button.clicked.connect(self.delete)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.accept)
        editor = QVBoxLayout()
        editor.addWidget(self.name)
        editor.addWidget(self.text, 1)
        editor.addWidget(self.error)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(editor, 2)
        row = QHBoxLayout()
        for button in (new, self.save_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        for template in run_blocking(lambda: notes.list_templates(self.ws)):
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
            if template.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.new()

    def _show(self, item: QListWidgetItem | None) -> None:
        self.error.clear()
        self.current = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.name.setText(self.current.name if self.current else "")
        self.text.setPlainText(self.current.text if self.current else "")
        self.delete_button.setEnabled(self.current is not None)

    def new(self) -> None:
        self.list.setCurrentRow(-1)
        self._show(None)
        self.name.setFocus()

    def save(self) -> None:
        data = notes.TemplateData(
            name=self.name.text(),
            text=self.text.toPlainText(),
            id=self.current.id if self.current else None,
        )
        try:
            saved = run_blocking(lambda: notes.save_template(self.ws, data))
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        bus.changed.emit(frozenset({"templates"}))
        self.reload(select_id=saved)

    def delete(self) -> None:
        template = self.current
        if template is None or template.id is None:
            return
        if not messages.confirm(
            self,
            self.tr("Vorlage löschen"),
            self.tr(
                "Die Vorlage „{name}“ wird gelöscht. Notizen, die mit ihr geschrieben wurden, bleiben."
            ).format(name=template.name),
            self.tr("Löschen"),
        ):
            return
        template_id = template.id
        run_blocking(lambda: notes.delete_template(self.ws, template_id))
        bus.changed.emit(frozenset({"templates"}))
        self.reload()
