"""Zwischen-/Abschlussbericht: the figures read back from the PDF; names only on request."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from gemeinsam_desktop.printing.report import FINAL, INTERIM, build_report
from gemeinsam_desktop.services import figures
from tests.services import figures_data

START = dt.date(2026, 1, 5)
END = dt.date(2026, 6, 30)
TODAY = dt.date(2026, 7, 15)
NAMES = ("Öztürk-Weiß", "Jülide", "Mustermann-Groß", "Şahin", "Albrecht", "123D456789")


@pytest.fixture
def project(workspace):
    return figures_data.build(workspace, START)


def _text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def _report(ws, kind=INTERIM, named=False) -> bytes:
    fig = figures.compute(ws, 1, START, END, TODAY)
    lines = figures.named_lines(ws, 1, START, END, TODAY) if named else None
    return build_report(fig, kind, lines, author="Anna Beispiel")


def test_report_shows_the_figures_of_the_period(workspace, project) -> None:
    reader, text = _text(_report(workspace))

    assert "Zwischenbericht" in text
    assert "Berichtszeitraum 05.01.2026 bis 30.06.2026" in text
    assert "Gemeinsam Test" in text
    assert "18 von 20 Teilnehmenden" in text
    assert "Integrationsquote 90\xa0%" in text or "Integrationsquote 90 %" in text
    assert "erreicht" in text
    assert "1 Minijob" in text
    assert "57,1" in text  # attendance 4 / 7
    assert "Kind-Termine" in text
    assert "§ 48a SGB II" in text  # the footnote defines the quote
    assert "sozialversicherungspflichtig, Vollzeit" in text
    assert "Umzug" in text  # exits by reason
    assert reader.metadata is not None and reader.metadata.title.startswith("Zwischenbericht")
    assert f"Seite 1 von {len(reader.pages)}" in text


def test_no_names_and_no_notes_without_the_named_appendix(workspace, project) -> None:
    _reader, text = _text(_report(workspace, FINAL))

    assert "Abschlussbericht" in text
    for name in NAMES:
        assert name not in text
    assert figures_data.SECRET_NOTE not in text
    assert "Anlage: Teilnehmende namentlich" not in text


def test_named_appendix_lists_people_but_never_notes(workspace, project) -> None:
    _reader, text = _text(_report(workspace, named=True))

    assert "Anlage: Teilnehmende namentlich" in text
    for name in NAMES:
        assert name in text
    assert "Später" not in text  # interested, never entered
    assert figures_data.SECRET_NOTE not in text
    assert "SV Vollzeit" in text


def test_empty_project_still_makes_a_report(workspace) -> None:
    fig = figures.compute(workspace, 1, START, END, TODAY)
    _reader, text = _text(build_report(fig))
    assert "0 von 0 Teilnehmenden" in text
    assert "–" in text
