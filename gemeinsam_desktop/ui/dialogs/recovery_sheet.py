"""Show the Notfallblatt (recovery sheet) in the PDF preview, to print or save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gemeinsam_desktop.printing.recovery_sheet import RecoverySheetData, build_recovery_sheet
from gemeinsam_desktop.services.workspace import Workspace


def show_recovery_sheet(parent: QWidget, ws: Workspace, recovery_key: str) -> None:
    from gemeinsam_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    data = RecoverySheetData(
        project_name=ws.project_name(),
        coach_name=ws.current_coach.name,
        created_at=dt.datetime.now(),
        data_dir=str(ws.folder.root),
        recovery_key=recovery_key,
    )
    dialog = PdfPreviewDialog(
        build_recovery_sheet(data),
        QCoreApplication.translate("RecoverySheet", "Notfallblatt"),
        "Notfallblatt.pdf",
        parent,
    )
    dialog.setObjectName("recoverySheetPreview")
    dialog.exec()
