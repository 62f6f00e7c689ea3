"""The Teilnahmebescheinigung: its template and its pages, read back from the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.printing.certificate import build_certificates_pdf
from gemeinsam_desktop.printing.certificate_text import (
    DEFAULT_TEMPLATE,
    SAMPLE,
    AttendedTopic,
    CertificateData,
    CertificateWording,
    check_template,
    fill_template,
    sample_text,
)
from tests.printing.pdf_tools import font_names, page_texts, reader, render_pages

PRINTED_AT = dt.datetime(2026, 11, 27, 14, 0)

PERSON = CertificateData(
    salutation="herr",
    first_name="Hüseyin",
    last_name="Öztürk-Weiß",
    birth_date=dt.date(1984, 2, 29),
    project_name="Gemeinsam in Wetzlar",
    period_from=dt.date(2026, 6, 15),
    period_to=dt.date(2026, 11, 26),
    sessions=3,
    hours=7.5,
    topics=(
        AttendedTopic("Workshop: Bewerbungsmappe", (dt.date(2026, 6, 16), dt.date(2026, 6, 23)), 6),
        AttendedTopic("Gruppengespräch", (dt.date(2027, 1, 7),), 1.5),
    ),
)


def test_default_wording_with_salutation() -> None:
    text = fill_template(DEFAULT_TEMPLATE, PERSON)
    assert text.startswith(
        "Herr Hüseyin Öztürk-Weiß, geboren am 29.02.1984, hat vom 15.06.2026 bis 26.11.2026 "
        "am Projekt „Gemeinsam in Wetzlar“ teilgenommen."
    )
    assert "Besucht wurden 3 Termine mit insgesamt 7,5 Stunden." in text


def test_neutral_wording_without_salutation_or_birth_date() -> None:
    person = dataclasses.replace(PERSON, salutation="", birth_date=None, sessions=1, hours=3)
    text = fill_template(DEFAULT_TEMPLATE, person)
    assert text.startswith("Hüseyin Öztürk-Weiß hat vom 15.06.2026")
    assert "geboren" not in text
    assert "1 Termin mit insgesamt 3 Stunden" in text
    # A birth date at the end of a sentence goes with its comma.
    assert fill_template("{name}, geboren am {geburtsdatum}.", person) == "Hüseyin Öztürk-Weiß."


def test_every_placeholder_is_filled() -> None:
    template = " ".join(
        "{" + p + "}"
        for p in ("anrede", "name", "vorname", "nachname", "geburtsdatum", "von", "bis",
                  "projekt", "anzahl_termine", "termine", "stunden")
    )  # fmt: skip
    assert fill_template(template, SAMPLE) == (
        "Frau Erika Mustermann Erika Mustermann 12.03.1988 02.02.2026 27.11.2026 "
        "Gemeinsam in Wetzlar 12 12 Termine 34,5"
    )


@pytest.mark.parametrize(
    ("template", "named"),
    [
        ("{name} war da am {datum}.", "{datum}"),
        ("{Name} war da.", "{Name}"),
        ("{name.__class__} war da.", "{name.__class__}"),
        ("{stunden:>10} Stunden", "{stunden:>10}"),
        ("{name!r}", "{name!r}"),
    ],
)
def test_unknown_placeholders_are_named(template: str, named: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_template(template)
    message = caught.value.message()
    assert f"Den Platzhalter {named} gibt es nicht." in message
    assert "{anrede}" in message  # lists the ones that exist


@pytest.mark.parametrize(
    ("template", "phrase"),
    [
        ("{name hat teilgenommen", "geschweifte Klammer"),
        ("   ", "leer"),
        ("x" * 2001, "zu lang"),
    ],
)
def test_malformed_templates_are_refused(template: str, phrase: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_template(template)
    assert phrase in caught.value.message()


def test_sample_text_shows_a_fictional_person() -> None:
    assert sample_text("Für {anrede} {nachname}: {stunden} Stunden.") == (
        "Für Frau Mustermann: 34,5 Stunden."
    )


def test_certificates_one_page_each(tmp_path: Path) -> None:
    other = dataclasses.replace(SAMPLE, first_name="Jülide", last_name="Şahin-Groß")
    calls: list[tuple[int, int]] = []
    pdf = build_certificates_pdf(
        [PERSON, other],
        CertificateWording(issued_on=dt.date(2026, 11, 27), place="Wetzlar"),
        project_name="Gemeinsam in Wetzlar",
        author="Anna Beispiel",
        printed_at=PRINTED_AT,
        progress=lambda done, total: calls.append((done, total)),
    )
    texts = page_texts(pdf)
    assert len(texts) == 2
    first, second = texts
    for needed in (
        "Teilnahmebescheinigung",
        "Herr Hüseyin Öztürk-Weiß, geboren am 29.02.1984",
        "Workshop: Bewerbungsmappe",
        "16.06., 23.06.2026",  # dates of one year share the year
        "07.01.2027",
        "Zusammen",
        "3 Termine",
        "7,5",
        "Wetzlar, 27.11.2026",
        "Coach",
        "Projektleitung",
        "Seite 1 von 1",
        "Teilnahmebescheinigung Hüseyin Öztürk-Weiß",  # footer of this person's page
    ):
        assert needed in first, needed
    assert "Frau Jülide Şahin-Groß" in second and "Seite 1 von 1" in second
    assert "Öztürk" not in second
    assert calls == [(0, 2), (1, 2), (2, 2)]
    assert font_names(pdf) == {"NotoSans-Regular", "NotoSans-Bold"}  # plain cells too
    meta = reader(pdf).metadata
    assert meta is not None
    assert meta.title == "Teilnahmebescheinigungen (2)"
    assert meta.author == "Anna Beispiel"
    render_pages(pdf, tmp_path)


def test_own_wording_and_signature_labels() -> None:
    wording = CertificateWording(
        template="Hiermit bestätigen wir, dass {name} {termine} besucht hat.",
        place="Sinn",
        coach_label="Job-Coach",
        lead_label="Träger",
        issued_on=dt.date(2026, 12, 1),
    )
    text = page_texts(build_certificates_pdf([PERSON], wording, project_name="P"))[0]
    assert "Hiermit bestätigen wir, dass Hüseyin Öztürk-Weiß 3 Termine besucht hat." in text
    assert "Sinn, 01.12.2026" in text
    assert "Job-Coach" in text and "Träger" in text


def test_a_bad_template_never_reaches_paper() -> None:
    with pytest.raises(ValidationError):
        build_certificates_pdf([PERSON], CertificateWording(template="{vorname} {alter}"),
                               project_name="P")  # fmt: skip


def test_template_module_needs_no_reportlab() -> None:
    code = (
        "import sys, gemeinsam_desktop.printing.certificate_text;"
        "sys.exit(any(m.startswith('reportlab') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
