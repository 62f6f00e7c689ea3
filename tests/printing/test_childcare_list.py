"""The Betreuungsliste for the childcare staff, read back from the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gemeinsam_desktop.printing.childcare_list import (
    CareChild,
    CareSession,
    age_group,
    age_in_months,
    age_text,
    build_childcare_pdf,
)
from tests.printing.pdf_tools import page_texts, render_pages

DAY = dt.datetime(2026, 6, 16, 9)


def care(children: tuple[CareChild, ...], **kw: object) -> CareSession:
    values: dict[str, object] = {
        "kind": "Workshop",
        "topic": "Bewerbungsmappe",
        "starts_at": DAY,
        "ends_at": DAY + dt.timedelta(hours=3),
        "location": "Rathaus Wetzlar",
        "room": "Sitzungssaal",
        "childcare_offered": True,
        "capacity": 8,
        "children": children,
    }
    values.update(kw)
    return CareSession(**values)  # type: ignore[arg-type]


KIDS = (
    CareChild("Mia", 2024, 2, "Öztürk-Weiß", "Jülide", "Allergie: Nüsse"),
    CareChild("", 2019, 6, "Öztürk-Weiß", "Jülide", ""),
    CareChild("", 2021, 9, "Öztürk-Weiß", "Jülide", "schläft mittags"),
    CareChild("Élodie", 2016, 6, "Becker", "René", ""),
)


@pytest.mark.parametrize(
    ("months", "text", "group"),
    [
        (0, "0 Monate", "unter 3 Jahre"),
        (1, "1 Monat", "unter 3 Jahre"),
        (12, "1 Jahr", "unter 3 Jahre"),
        (35, "2 Jahre, 11 Monate", "unter 3 Jahre"),
        (36, "3 Jahre", "3 bis 6 Jahre"),
        (83, "6 Jahre, 11 Monate", "3 bis 6 Jahre"),
        (84, "7 Jahre", "Schulalter"),
    ],
)
def test_age_and_group(months: int, text: str, group: str) -> None:
    assert age_text(months) == text
    assert age_group(months) == group


def test_age_counts_from_the_birth_month() -> None:
    child = CareChild("", 2024, 2, "", "", "")
    assert age_in_months(child, dt.date(2026, 6, 16)) == 28
    assert age_in_months(child, dt.date(2024, 1, 1)) == 0  # not born yet: never negative


def test_list_with_ages_groups_and_notes(tmp_path: Path) -> None:
    pdf = build_childcare_pdf(
        [care(KIDS)], project_name="Gemeinsam in Wetzlar", author="Anna Beispiel"
    )
    texts = page_texts(pdf)
    assert len(texts) == 1
    text = " ".join(texts[0].split())  # cells may wrap
    for needed in (
        "Betreuungsliste",
        "Dienstag, 16.06.2026",
        "09:00–12:00 Uhr",
        "Rathaus Wetzlar, Sitzungssaal",
        "4 (unter 3 Jahre: 1, 3 bis 6 Jahre: 1, Schulalter: 2) · Plätze: 8",
        "Mia",
        "2 Jahre, 4 Monate",
        "Élodie",
        "10 Jahre",
        "Öztürk-Weiß, Jülide",
        "Becker, René",
        "Allergie: Nüsse",
        "schläft mittags",
        "Seite 1 von 1",
    ):
        assert needed in text, needed
    # Children without a stored first name are numbered per parent, the older one first.
    assert "Kind 1" in text and "Kind 2" in text and "Kind 3" not in text
    assert text.index("Kind 1") < text.index("Kind 2") < text.index("Mia")
    assert text.index("Becker, René") < text.index("Öztürk-Weiß, Jülide")
    render_pages(pdf, tmp_path)


def test_over_capacity_is_flagged() -> None:
    text = page_texts(build_childcare_pdf([care(KIDS, capacity=3)], project_name="P"))[0]
    assert "Plätze: 3 – mehr Kinder als Plätze!" in text


def test_sessions_without_children_or_without_childcare() -> None:
    afternoon = DAY.replace(hour=14)
    texts = page_texts(
        build_childcare_pdf(
            [
                care(()),
                care(
                    (),
                    childcare_offered=False,
                    starts_at=afternoon,
                    ends_at=afternoon + dt.timedelta(hours=2),
                ),
            ],  # fmt: skip
            project_name="P",
        )
    )
    assert len(texts) == 2
    assert "keine Kinder angemeldet" in texts[0]
    assert "keine Kinderbetreuung" in texts[1] and "14:00–16:00 Uhr" in texts[1]
    assert all("Seite 1 von 1" in t for t in texts)
