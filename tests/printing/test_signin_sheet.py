"""The Anwesenheitsliste, built from plain data and read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Table

from gemeinsam_desktop.printing import signin_sheet
from gemeinsam_desktop.printing.layout import CONTENT_WIDTH, collation_key
from gemeinsam_desktop.printing.signin_sheet import (
    SigninPerson,
    SigninSession,
    build_signin_pdf,
    sorted_people,
)
from tests.printing.pdf_tools import font_names, page_texts, reader, render_pages

PRINTED_AT = dt.datetime(2026, 6, 15, 17, 30)


def session(people: list[tuple[str, str]], **kw: object) -> SigninSession:
    values: dict[str, object] = {
        "kind": "Workshop",
        "topic": "Bewerbungsmappe",
        "starts_at": dt.datetime(2026, 6, 16, 9),
        "ends_at": dt.datetime(2026, 6, 16, 12),
        "location": "Rathaus Wetzlar",
        "room": "Sitzungssaal",
        "coaches": ("Anna Beispiel", "Jonas Beispielmann"),
        "childcare_offered": True,
        "people": tuple(SigninPerson(last, first) for last, first in people),
    }
    values.update(kw)
    return SigninSession(**values)  # type: ignore[arg-type]


def pdf_of(*sessions: SigninSession, **kw: object) -> bytes:
    options: dict[str, object] = {"project_name": "Gemeinsam in Wetzlar", "printed_at": PRINTED_AT}
    options.update(kw)
    return build_signin_pdf(list(sessions), **options)  # type: ignore[arg-type]


PEOPLE = [("Öztürk-Weiß", "Jülide"), ("Becker", "René"), ("Ärmel", "Şahin"), ("Abel", "Zoe")]


def test_german_order_puts_umlauts_with_their_vowel() -> None:
    names = ["Becker", "Zander", "Ärmel", "Abel", "Öztürk", "Ober", "Müller", "Mueller", "Muller"]
    got = [p.last_name for p in sorted_people([SigninPerson(n, "") for n in names])]
    assert got == ["Abel", "Ärmel", "Becker", "Mueller", "Muller", "Müller", "Ober", "Öztürk",
                   "Zander"]  # fmt: skip
    assert collation_key("Groß") < collation_key("Grosz")  # ß as ss


def test_one_sheet_with_everything_the_issue_asks_for(tmp_path: Path) -> None:
    pdf = pdf_of(session(PEOPLE))
    texts = page_texts(pdf)
    assert len(texts) == 1
    text = texts[0]
    for needed in (
        "Gemeinsam in Wetzlar",  # header band
        "Anwesenheitsliste",
        "Workshop: Bewerbungsmappe",
        "Dienstag, 16.06.2026",
        "09:00–12:00 Uhr",
        "Rathaus Wetzlar, Sitzungssaal",
        "Anna Beispiel, Jonas Beispielmann",
        "Nachname",
        "Vorname",
        "Unterschrift",
        "(Anzahl)",
        "Datum, Unterschrift Coach",
        "Gedruckt am 15.06.2026",
        "Seite 1 von 1",
    ):
        assert needed in text, needed
    # Pre-filled in German order, then five numbered blank rows for walk-ins.
    order = [text.index(name) for name in ("Abel", "Ärmel", "Becker", "Öztürk-Weiß")]
    assert order == sorted(order)
    assert "Jülide" in text and "Şahin" in text
    assert re.search(r"\b9\.", text) and not re.search(r"\b10\.", text)
    assert "Ankunft" not in text and "Gehen" not in text
    meta = reader(pdf).metadata
    assert meta is not None
    assert meta.title == "Anwesenheitsliste 16.06.2026"
    assert font_names(pdf) == {"NotoSans-Regular", "NotoSans-Bold"}
    render_pages(pdf, tmp_path)


def test_blank_rows_and_time_columns_are_options() -> None:
    text = page_texts(pdf_of(session(PEOPLE), blank_rows=0, arrival_leaving_columns=True))[0]
    assert "Ankunft" in text and "Gehen" in text
    assert re.search(r"\b4\.", text) and not re.search(r"\b5\.", text)


def test_without_childcare_no_children_column() -> None:
    text = page_texts(pdf_of(session(PEOPLE, childcare_offered=False)))[0]
    assert "Anzahl" not in text


def test_empty_session_still_prints_blank_rows() -> None:
    text = page_texts(pdf_of(session([])))[0]
    assert "noch niemand angemeldet" in text
    assert "5." in text


def test_rows_leave_room_to_sign() -> None:
    story = signin_sheet._sheet(session(PEOPLE * 3), blank_rows=5, times=True)
    table = next(f for f in story if isinstance(f, Table) and len(f._cellvalues) > 10)
    table.wrap(CONTENT_WIDTH, 10_000)
    body = table._rowHeights[1:]
    assert len(body) == 12 + 5
    assert min(body) >= 10 * mm - 0.01
    signature_width = table._colWidths[-1]
    assert signature_width >= 40 * mm


def test_long_list_breaks_with_header_row_on_every_page(tmp_path: Path) -> None:
    people = [(f"Öztürk {i:03d}", "Jülide") for i in range(1, 121)]
    pdf = pdf_of(session(people))
    texts = page_texts(pdf)
    total = len(texts)
    # ~24 signing rows of 10 mm fit on a page: 120 names and 5 blank rows need 6 pages.
    assert total == 6
    seen: list[int] = []
    for number, text in enumerate(texts, start=1):
        assert f"Seite {number} von {total}" in text
        assert "Nachname" in text and "Unterschrift" in text, f"no header row on page {number}"
        assert "Anwesenheitsliste 16.06.2026 · Workshop: Bewerbungsmappe" in text  # footer
        seen += [int(n) for n in re.findall(r"Öztürk (\d{3})", text)]
    assert seen == list(range(1, 121))
    assert "Datum, Unterschrift Coach" in texts[-1]
    render_pages(pdf, tmp_path, dpi=20)


def test_series_one_sheet_per_date_each_counting_its_own_pages() -> None:
    dates = [dt.datetime(2026, 6, 16, 9) + dt.timedelta(weeks=n) for n in range(3)]
    sheets = [session(PEOPLE, starts_at=d, ends_at=d + dt.timedelta(hours=3)) for d in dates]
    pdf = pdf_of(*sheets)
    texts = page_texts(pdf)
    assert len(texts) == 3
    for text, day in zip(texts, ("16.06.2026", "23.06.2026", "30.06.2026"), strict=True):
        assert f"Dienstag, {day}" in text
        assert "Seite 1 von 1" in text
        assert f"Anwesenheitsliste {day}" in text
    assert reader(pdf).metadata.title == "Anwesenheitsliste"  # type: ignore[union-attr]
