"""Matching: sector against occupation wishes (folded, synonyms), hours against childcare."""

from __future__ import annotations

import datetime as dt

from gemeinsam_desktop.services import leads, matching, placements
from gemeinsam_desktop.services.leads import LeadData
from gemeinsam_desktop.services.placements import PlacementData
from gemeinsam_desktop.store.models import Employer, LeadStage, ParticipantStatus
from tests.services.test_leads import MONDAY, person


def add_employer(ws, name: str, sector: str, min_hours: int | None = None, interns: int = 0) -> int:
    with ws.db.session() as s:
        e = Employer(
            name=name, sector=sector, min_weekly_hours=min_hours, offers_internships=interns
        )
        s.add(e)
        s.flush()
        return e.id


def test_sector_rule_folds_and_knows_synonyms() -> None:
    fits = matching.sector_fits
    assert fits("Einzelhandel", "Einzelhandel Kasse")
    assert fits("Einzelhandel", "Verkauf")
    assert fits("Lebensmittelhandwerk", "Gastronomie")
    assert fits("Metall/Produktion", "Produktion")
    assert fits("Pflege", "Hauswirtschaft")
    assert fits("Gebäudereinigung", "reinigung")
    assert fits("Bäckerei", "baeckerei")  # umlauts folded
    assert fits("Kinderbetreuung", "Kita")
    assert not fits("Pflege", "Kinderpflege")  # the longest keyword decides: childcare
    assert not fits("Pflege", "Raumpflege")  # … and cleaning
    assert not fits("Lager/Logistik", "Einzelhandel Kasse")
    assert not fits("", "Verkauf") and not fits("Einzelhandel", "")


def test_employers_for_respects_sector_and_hours(workspace) -> None:
    pid = person(workspace, occupation_wishes="Verkauf, Kasse", max_weekly_hours=20)
    part = add_employer(
        workspace, "Drogerie Beispielmarkt", "Einzelhandel", min_hours=15, interns=2
    )
    full = add_employer(workspace, "Möbelhaus Groß", "Einzelhandel", min_hours=38)
    unknown = add_employer(workspace, "Einkaufsmarkt Forum", "Einzelhandel")
    seen = add_employer(workspace, "Supermarkt Süd", "Handel / Supermarkt")
    add_employer(workspace, "Lahnguss", "Metall/Produktion", min_hours=10)
    # Supermarkt Süd has had a 12-hour placement: the project knows part-time works there.
    other = person(workspace, "Şahin")
    placements.save_placement(
        workspace,
        PlacementData(participant_id=other, start_date=MONDAY, employer_id=seen, hours_per_week=12),
    )
    found = matching.employers_for(workspace, pid)
    assert [(m.employer_id, m.hours) for m in found] == [
        (part, matching.HOURS_FIT),  # fits, with internship places open
        (seen, matching.HOURS_FIT),
        (unknown, matching.HOURS_UNKNOWN),
    ]
    assert full not in {m.employer_id for m in found}
    assert found[0].internships_open == 2 and found[1].min_hours == 12
    # An open lead there already: no longer suggested; one at "Praktikum" takes a place.
    lid = leads.save_lead(
        workspace, LeadData(participant_id=other, employer_id=part, position="Praktikum")
    )
    leads.move_stage(workspace, lid, LeadStage.PRAKTIKUM)
    leads.save_lead(workspace, LeadData(participant_id=pid, employer_id=unknown, position="Kasse"))
    found = matching.employers_for(workspace, pid)
    assert [m.employer_id for m in found] == [part, seen]
    assert found[0].internships_open == 1


def test_participants_for_an_employer(workspace) -> None:
    eid = add_employer(workspace, "Kita-Verbund Westend", "Kinderbetreuung", min_hours=20)
    fits = person(workspace, "Öztürk", occupation_wishes="Kinderpflegerin", max_weekly_hours=25)
    no_limit = person(workspace, "Becker", occupation_wishes="Erzieherin")
    person(workspace, "Klein", occupation_wishes="Kita-Helferin", max_weekly_hours=15)  # hours
    person(workspace, "Lange", occupation_wishes="Pflegehilfe", max_weekly_hours=30)  # sector
    person(workspace, "Weg", occupation_wishes="Kita", status=ParticipantStatus.VERMITTELT)
    leads.save_lead(workspace, LeadData(participant_id=fits, employer_id=eid, position="Kita"))
    found = matching.participants_for(workspace, eid, project_id=1)
    assert [(m.participant_id, m.has_lead) for m in found] == [(no_limit, False), (fits, True)]
    assert found[1].name == "Öztürk, Jülide"


def test_no_wishes_no_suggestions(workspace) -> None:
    pid = person(workspace)
    add_employer(workspace, "Einkaufsmarkt", "Einzelhandel")
    assert matching.employers_for(workspace, pid) == []
    assert dt.date  # keeps the import used
