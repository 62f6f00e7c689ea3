"""The Notfallblatt: one legible page with the whole key, read back from the PDF."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import datetime

import pytest
from pypdf import PdfReader

from gemeinsam_desktop.printing.recovery_sheet import (
    TITLE,
    RecoverySheetData,
    build_recovery_sheet,
    key_groups,
)

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
DATA = RecoverySheetData(
    project_name="Gemeinsam in Wetzlar",
    coach_name="Jülide Şahin-Groß",
    created_at=datetime(2026, 11, 25, 14, 30),
    data_dir="/home/coach/.local/share/gemeinsam-desktop/daten",
    recovery_key=KEY,
)


def _read(data: RecoverySheetData) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(build_recovery_sheet(data)))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_sheet_is_one_page_with_every_key_group() -> None:
    reader, text = _read(DATA)

    assert len(reader.pages) == 1
    for group in KEY.split("-"):
        # A group stands on its own: nothing glued to it that a reader could misread.
        assert re.search(rf"(?<![A-Z0-9]){group}(?![A-Z0-9])", text), group
    assert "Seite 1 von 1" in text


def test_sheet_names_coach_date_folder_and_steps() -> None:
    reader, text = _read(DATA)

    assert "Notfallblatt – Wiederherstellungsschlüssel" in text
    assert "Jülide Şahin-Groß" in text
    assert "25.11.2026, 14:30 Uhr" in text
    assert DATA.data_dir in text
    assert "Gemeinsam in Wetzlar" in text
    assert "So stellen Sie den Zugang wieder her" in text
    assert "„Passwort vergessen?“" in text
    assert "neues Passwort" in text
    for label in ("Aufbewahrt bei", "Ort", "Unterschrift"):
        assert label in text
    assert "Tresor" in text
    assert "Laptop" in text
    assert "0 (Null), O, 1 (Eins) und I" in text


def test_metadata_title_and_author() -> None:
    reader, _text = _read(DATA)
    assert reader.metadata is not None
    assert reader.metadata.title == TITLE
    assert reader.metadata.author == "Jülide Şahin-Groß"


def test_font_is_the_shipped_one() -> None:
    reader, _text = _read(DATA)
    fonts = {
        str(ref.get_object()["/BaseFont"])
        for ref in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert fonts
    assert all("NotoSans" in name for name in fonts), fonts


def test_long_folder_and_name_still_fit_on_one_page() -> None:
    long_data = dataclasses.replace(
        DATA,
        coach_name="Agnieszka Małgorzata Wiśniewska-Kowalczyk-Öztürk",
        data_dir="C:\\Users\\projektbuero-westend\\AppData\\Local\\Gemeinsam in Wetzlar\\"
        + "Gemeinsam Desktop\\Daten\\Kohorte-2026-Fruehjahr\\" * 3,
    )
    reader, text = _read(long_data)
    assert len(reader.pages) == 1
    assert "Wiśniewska-Kowalczyk-Öztürk" in text
    assert "Kohorte-2026-Fruehjahr" in text


def test_key_groups_normalise_case_and_separators() -> None:
    assert key_groups("abcd efgh-jklm") == ["ABCD", "EFGH", "JKLM"]
    assert key_groups(KEY) == KEY.split("-")
    with pytest.raises(ValueError):
        key_groups(" - ")


def test_lowercase_key_prints_in_capitals() -> None:
    _reader, text = _read(dataclasses.replace(DATA, recovery_key=KEY.lower()))
    assert "NPQR" in text
