"""`report` and `report absences` as a coach would use them in a terminal."""

from __future__ import annotations

import datetime as dt
import io
import stat
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from gemeinsam_desktop.cli import build_parser
from gemeinsam_desktop.services.workspace import DataFolder
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.services import figures_data


@pytest.fixture
def store(data_dir: Path) -> tuple[Path, figures_data.Fixture]:
    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    fixture = figures_data.build(ws, dt.date.today() - dt.timedelta(days=180))
    ws.close()
    folder.release()
    return data_dir, fixture


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join("\n".join(p.extract_text() for p in reader.pages).split())


def test_both_forms_parse() -> None:
    parser = build_parser()
    plain = parser.parse_args(["report", "--out", "b.pdf"])
    assert (plain.what, plain.kind, plain.named_appendix) == ("summary", "zwischen", False)
    summary = parser.parse_args(["report", "summary", "--from", "2026-06-01", "--out", "b.xlsx"])
    assert (summary.what, summary.date_from) == ("summary", "2026-06-01")
    absences = parser.parse_args(["report", "absences", "--month", "2026-06", "--out", "f.csv"])
    assert (absences.what, absences.month) == ("absences", "2026-06")


def test_report_pdf_for_a_period_without_names(store, tmp_path) -> None:
    data_dir, fx = store
    out = tmp_path / "bericht.pdf"
    start, end = fx.start, fx.start + dt.timedelta(days=150)
    result = run_cli(
        "report", "--from", start.strftime("%d.%m.%Y"), "--to", end.isoformat(),
        "--out", str(out), data_dir=data_dir, passphrase=PASSPHRASE,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Zwischenbericht" in result.stdout
    assert "Integrationsquote 90 %" in result.stdout
    text = _pdf_text(out)
    assert f"Berichtszeitraum {start:%d.%m.%Y} bis {end:%d.%m.%Y}" in text
    assert "18 von 20 Teilnehmenden" in text
    assert "Öztürk-Weiß" not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_final_report_with_named_appendix(store, tmp_path) -> None:
    data_dir, _fx = store
    out = tmp_path / "abschluss.pdf"
    result = run_cli(
        "report", "--kind", "abschluss", "--named-appendix", "--out", str(out),
        data_dir=data_dir, passphrase=PASSPHRASE,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "mit namentlicher Anlage (23 Personen)" in result.stdout
    text = _pdf_text(out)
    assert "Abschlussbericht" in text
    assert "Öztürk-Weiß, Jülide" in text
    assert figures_data.SECRET_NOTE not in text


def test_figures_as_xlsx_and_csv(store, tmp_path) -> None:
    data_dir, _fx = store
    xlsx, csv = tmp_path / "zahlen.xlsx", tmp_path / "zahlen.csv"
    for out in (xlsx, csv):
        result = run_cli("report", "--out", str(out), data_dir=data_dir, passphrase=PASSPHRASE)
        assert result.returncode == 0, result.stderr
        assert "Kennzahlen" in result.stdout
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True))
    values = {(r[0], r[1]): r[2] for r in rows[1:]}
    assert values[("Integrationsquote", "Integrationsquote")] == pytest.approx(0.9)
    assert values[("Integrationsquote", "daneben: Minijob")] == 1
    assert values[("Kinderbetreuung", "Kind-Termine (betreute Kinder je Termin)")] == 3
    text = csv.read_bytes().decode("utf-8-sig")
    assert "Integrationsquote;Integrationsquote;90 %" in text
    assert "Anwesenheit;Anwesenheitsquote;57,1 %" in text
    assert "Öztürk" not in text


def test_absences_as_csv_and_pdf(store, tmp_path) -> None:
    data_dir, fx = store
    day = fx.session_days[4]
    csv, pdf = tmp_path / "fehlzeiten.csv", tmp_path / "fehlzeiten.pdf"
    result = run_cli(
        "report", "absences", "--month", f"{day:%Y-%m}", "--out", str(csv),
        data_dir=data_dir, passphrase=PASSPHRASE,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = csv.read_bytes().decode("utf-8-sig")
    assert f"Öztürk-Weiß;Jülide;123D456789;{day:%m/%Y};{day:%d.%m.%Y}" in text
    assert ";E;Kind krank;" in text
    result = run_cli(
        "report", "absences", "--month", f"{day:%m/%Y}", "--participant", str(fx.julide),
        "--out", str(pdf), data_dir=data_dir, passphrase=PASSPHRASE,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1 Person," in result.stdout
    assert "123D456789" in _pdf_text(pdf)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "absences", "--out", "x.pdf"], "Monat an"),
        (["report", "absences", "--month", "2026-13", "--out", "x.pdf"], "kein gültiger Monat"),
        (["report", "--named-appendix", "--out", "x.csv"], "nur im PDF-Bericht"),
        (["report", "--out", "x.docx"], ".pdf, die Kennzahlen als .xlsx oder .csv"),
        (["report", "--from", "2026-06-10", "--to", "2026-06-01", "--out", "x.pdf"],
         "liegt vor dem Anfang"),
    ],
)  # fmt: skip
def test_bad_input_says_what_to_do_and_writes_nothing(store, tmp_path, args, message) -> None:
    data_dir, _fx = store
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    result = run_cli(*args, data_dir=data_dir, passphrase=PASSPHRASE)
    assert result.returncode == 1
    assert message in result.stderr
    assert list(tmp_path.glob("x.*")) == []


def test_wrong_passphrase_exits_2(store, tmp_path) -> None:
    data_dir, _fx = store
    result = run_cli(
        "report", "--out", str(tmp_path / "b.pdf"), data_dir=data_dir, passphrase="falsch falsch"
    )
    assert result.returncode == 2
