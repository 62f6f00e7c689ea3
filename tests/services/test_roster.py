"""Roster service: rows, records with children and consent, validation, duplicates, archive."""

from __future__ import annotations

import datetime as dt

import pytest

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import roster
from gemeinsam_desktop.services.roster import ChildData, ConsentData, ParticipantData
from gemeinsam_desktop.services.text import clean, fold, search_key
from gemeinsam_desktop.store.models import ParticipantStatus

TODAY = dt.date(2026, 11, 25)


def person(**kw) -> ParticipantData:
    base = dict(
        project_id=1,
        last_name="Öztürk",
        first_name="Jülide",
        birth_date=dt.date(1990, 4, 2),
        customer_number="123d456789",
        phone="06441 123456",
        status=ParticipantStatus.AKTIV,
        entry_date=dt.date(2026, 6, 22),
        children=[ChildData(2021, 5, "Mia", True, "Allergie: Nüsse"), ChildData(2012, 1, "Ali")],
        consent=ConsentData(dt.date(2026, 6, 22), "Teilnahme", "2026-01"),
    )
    base.update(kw)
    return ParticipantData(**base)


def test_save_and_load_round_trip(workspace) -> None:
    pid = roster.save_participant(workspace, person(), TODAY)
    data = roster.load_participant(workspace, pid)
    assert (data.last_name, data.first_name, data.customer_number) == (
        "Öztürk",
        "Jülide",
        "123D456789",
    )
    assert [(c.first_name, c.needs_childcare) for c in data.children] == [
        ("Ali", False),
        ("Mia", True),
    ]
    assert data.consent.form_version == "2026-01"
    data.children = [c for c in data.children if c.first_name == "Mia"]
    data.consent.withdrawn_on = dt.date(2026, 11, 1)
    roster.save_participant(workspace, data, TODAY)
    again = roster.load_participant(workspace, pid)
    assert [c.first_name for c in again.children] == ["Mia"]
    assert again.consent.withdrawn_on == dt.date(2026, 11, 1)


def test_rows_carry_the_roster_figures(workspace) -> None:
    pid = roster.save_participant(workspace, person(), TODAY)
    (row,) = roster.roster_rows(workspace, 1, today=TODAY)
    assert row.id == pid and row.name == "Öztürk, Jülide"
    assert row.age == 36 and row.children_ages == (5, 14) and row.childcare_needed == 1
    assert row.open_agreements == 0 and row.last_attendance is None
    assert fold("oeztuerk") in row.search and fold("ozturk") in row.search
    assert "06441123456" in row.search


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"last_name": "  "}, "Nachnamen"),
        ({"birth_date": dt.date(2030, 1, 1)}, "Geburtsdatum"),
        ({"birth_date": dt.date(1900, 1, 1)}, "Geburtsdatum"),
        ({"exit_date": dt.date(2026, 1, 1)}, "Austrittsdatum"),
        ({"email": "kein at zeichen"}, "E-Mail"),
        ({"last_name": "x" * 5000}, "zu lang"),
        ({"children": [ChildData(2027, 1)]}, "Geburtsmonat"),
        ({"max_weekly_hours": 99}, "Wochenstunden"),
    ],
)
def test_invalid_records_are_refused_with_a_reason(workspace, change, words) -> None:
    with pytest.raises(ValidationError, match=words):
        roster.save_participant(workspace, person(**change), TODAY)
    assert roster.roster_rows(workspace, 1, today=TODAY) == []


def test_duplicates_warn_before_saving(workspace) -> None:
    roster.save_participant(workspace, person(), TODAY)
    warnings = roster.warnings_for(workspace, person(customer_number="999D000000"))
    assert any("Namen und Geburtsdatum" in w for w in warnings)
    warnings = roster.warnings_for(
        workspace, person(last_name="Anders", customer_number="123D456789")
    )
    assert any("Kundennummer" in w for w in warnings)
    assert roster.warnings_for(workspace, person(last_name="Anders", customer_number="")) == []


def test_archive_hides_from_the_roster_and_restores(workspace) -> None:
    pid = roster.save_participant(workspace, person(), TODAY)
    roster.set_archived(workspace, pid, True)
    assert roster.roster_rows(workspace, 1, today=TODAY) == []
    assert [r.id for r in roster.roster_rows(workspace, 1, include_archived=True, today=TODAY)] == [
        pid
    ]
    roster.set_archived(workspace, pid, False)
    assert len(roster.roster_rows(workspace, 1, today=TODAY)) == 1


def test_text_is_nfc_without_control_characters() -> None:
    assert clean("Mu\u0308ller\x00\x07 ") == "Müller"
    assert clean("a\tb\nc") == "a b c"
    assert clean("Zeile 1\r\nZeile 2", multiline=True) == "Zeile 1\nZeile 2"
    key = search_key("Yılmaz-Straße")
    assert fold("yilmaz") in key and fold("strasse") in key


def test_projects_can_be_added_and_listed(workspace) -> None:
    roster.create_project(workspace, "Gemeinsam in Sinn", dt.date(2025, 1, 6), dt.date(2025, 8, 29))
    names = [p.name for p in roster.list_projects(workspace)]
    assert "Gemeinsam in Sinn" in names and "Gemeinsam in Wetzlar" in names
    with pytest.raises(ValidationError):
        roster.create_project(workspace, "Falsch", dt.date(2025, 2, 1), dt.date(2025, 1, 1))
