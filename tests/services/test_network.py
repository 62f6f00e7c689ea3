"""The employer network: employers with contacts and their log, follow-ups, deleting,
offers planned into the calendar — against a real encrypted store."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from gemeinsam_desktop.errors import ValidationError
from gemeinsam_desktop.services import calendar, network, roster
from gemeinsam_desktop.services.network import ContactData, EmployerData, InteractionData
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.store.models import (
    AuditEvent,
    EmployerContact,
    Interaction,
    Lead,
    LeadStage,
    Placement,
    PlacementKind,
    SessionKind,
)

TODAY = dt.date(2026, 5, 12)


def bakery(**changes: object) -> EmployerData:
    data = EmployerData(
        name="Bäckerei Stöhr & Söhne (fiktiv)",
        sector="Lebensmittelhandwerk",
        address="Langgasse 3, 35578 Wetzlar",
        size="klein (bis 20)",
        partner_since=dt.date(2025, 3, 1),
        offers_tour=True,
        offers_internships=2,
        next_follow_up=TODAY,
        contacts=[ContactData("Petra Lahnstein", "Inhaberin", "06441 12345", "petra@example.org")],
        interactions=[InteractionData(dt.date(2026, 4, 2), "telefonat", "Bedarf an Aushilfen.")],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def actions(ws) -> list[str]:
    with ws.db.session() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_an_employer_is_saved_with_contacts_and_log_and_read_back(workspace) -> None:
    eid = network.save_employer(workspace, bakery(name="  Bäckerei   Stöhr & Söhne (fiktiv) "))
    loaded = network.load_employer(workspace, eid)
    assert loaded.name == "Bäckerei Stöhr & Söhne (fiktiv)"  # cleaned
    assert loaded.offers_tour and loaded.offers_internships == 2 and not loaded.offers_qa
    assert [c.name for c in loaded.contacts] == ["Petra Lahnstein"]
    [logged] = loaded.interactions
    assert logged.coach_name == "Anna Beispiel"  # the coach at work by default
    assert logged.coach_id == workspace.current_coach.id
    assert "employer.created" in actions(workspace)
    assert "employer_contact.created" in actions(workspace)
    assert "interaction.created" in actions(workspace)

    # Change a contact, remove nothing, add a second interaction: newest first.
    loaded.contacts[0].phone = "06441 99999"
    loaded.contacts.append(ContactData("Markus Beispielhof", "Ausbildungsleitung"))
    loaded.interactions.insert(
        0, InteractionData(dt.date(2026, 5, 4), "besuch", "Betrieb besucht.")
    )
    network.save_employer(workspace, loaded)
    again = network.load_employer(workspace, eid)
    assert [(c.name, c.phone) for c in again.contacts] == [
        ("Petra Lahnstein", "06441 99999"),
        ("Markus Beispielhof", ""),
    ]
    assert [i.happened_on for i in again.interactions] == [dt.date(2026, 5, 4), dt.date(2026, 4, 2)]

    # Removing a contact and an interaction in the dialog's data deletes them on saving.
    again.contacts.pop(0)
    again.interactions.pop()
    network.save_employer(workspace, again)
    with workspace.db.session() as s:
        assert s.scalars(select(EmployerContact.name)).all() == ["Markus Beispielhof"]
        assert s.scalars(select(Interaction.kind)).all() == ["besuch"]
    assert "employer_contact.deleted" in actions(workspace)
    assert "interaction.deleted" in actions(workspace)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"name": "   "}, "Namen des Arbeitgebers"),
        ({"contacts": [ContactData("Petra", email="petra at example")]}, "nicht gültig"),
        ({"contacts": [ContactData("", phone="06441 1")]}, "Namen der Ansprechperson"),
        ({"interactions": [InteractionData(TODAY, "telefonat", "  ")]}, "worum es"),
        ({"offers_internships": 150}, "zwischen 0 und 99"),
        ({"sector": "x" * 121}, "„Branche“ ist zu lang"),
        ({"min_weekly_hours": 80}, "zwischen 1 und 60"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(workspace, changes, words) -> None:
    with pytest.raises(ValidationError) as caught:
        network.save_employer(workspace, bakery(**changes))
    assert words in str(caught.value)
    assert network.list_employers(workspace) == []


def test_the_same_name_is_a_warning_not_an_error(workspace) -> None:
    eid = network.save_employer(workspace, bakery())
    twin = bakery(name="BAECKEREI STÖHR & SÖHNE (fiktiv)")
    assert network.warnings_for(workspace, twin) == [
        "Es gibt bereits einen Arbeitgeber mit diesem Namen."
    ]
    assert network.warnings_for(workspace, network.load_employer(workspace, eid)) == []
    network.save_employer(workspace, twin)  # confirmed: two branches may share a name
    assert len(network.list_employers(workspace)) == 2


def test_list_counts_filters_and_follow_ups(workspace) -> None:
    bakery_id = network.save_employer(workspace, bakery())
    network.save_employer(
        workspace,
        EmployerData(
            name="Optik Lahntal AG (fiktiv)",
            sector="Optik/Feinmechanik",
            offers_qa=True,
            next_follow_up=TODAY + dt.timedelta(days=1),
            contacts=[ContactData("Aylin Demirtest")],
        ),
    )
    network.save_employer(
        workspace,
        EmployerData(name="Gießerei Lahnguss (fiktiv)", next_follow_up=TODAY - dt.timedelta(3)),
    )
    pid = roster.list_projects(workspace)[0].id
    person = roster.save_participant(workspace, ParticipantData(project_id=pid, last_name="Muster"))
    with workspace.db.session() as s:
        for stage in (LeadStage.BEWORBEN, LeadStage.GESPRAECH, LeadStage.VERWORFEN):
            s.add(
                Lead(
                    participant_id=person,
                    employer_id=bakery_id,
                    stage=stage,
                    created_on=TODAY,
                    stage_changed_on=TODAY,
                )  # fmt: skip
            )
    rows = network.list_employers(workspace)
    assert [r.name for r in rows] == [
        "Bäckerei Stöhr & Söhne (fiktiv)",
        "Gießerei Lahnguss (fiktiv)",
        "Optik Lahntal AG (fiktiv)",
    ]
    first = rows[0]
    assert (first.contacts, first.open_leads, first.last_contact) == (1, 2, dt.date(2026, 4, 2))
    assert [r.due(TODAY) for r in rows] == [True, True, False]
    # Folded search over name, sector, address and contact persons.
    assert [r.name for r in network.list_employers(workspace, "giesserei")] == [rows[1].name]
    assert [r.name for r in network.list_employers(workspace, "Baeckerei langgasse")] == [
        first.name
    ]
    assert [r.name for r in network.list_employers(workspace, "demirtest")] == [rows[2].name]
    assert network.list_employers(workspace, "Metzgerei") == []
    assert [r.name for r in network.list_employers(workspace, sector="Optik/Feinmechanik")] == [
        rows[2].name
    ]
    assert network.sectors(workspace) == ["Lebensmittelhandwerk", "Optik/Feinmechanik"]

    due = network.due_follow_ups(workspace, TODAY)
    assert [(f.name, f.due_on) for f in due] == [
        ("Gießerei Lahnguss (fiktiv)", TODAY - dt.timedelta(3)),
        ("Bäckerei Stöhr & Söhne (fiktiv)", TODAY),
    ]
    assert due[1].contact == "Petra Lahnstein, 06441 12345"
    assert network.due_follow_ups(workspace, TODAY - dt.timedelta(days=10)) == []


def test_single_contacts_and_interactions(workspace) -> None:
    eid = network.save_employer(workspace, bakery(contacts=[], interactions=[]))
    cid = network.save_contact(workspace, eid, ContactData("Katrin Probst", email="k@example.org"))
    network.save_contact(workspace, eid, ContactData("Katrin Probst", "Personalleitung", id=cid))
    iid = network.save_interaction(workspace, eid, InteractionData(TODAY, "email", "Flyer."))
    [contact] = network.load_employer(workspace, eid).contacts
    assert contact.role == "Personalleitung"
    [logged] = network.list_interactions(workspace, eid)
    assert (logged.id, logged.kind, logged.coach_name) == (iid, "email", "Anna Beispiel")
    network.delete_contact(workspace, cid)
    network.delete_interaction(workspace, iid)
    data = network.load_employer(workspace, eid)
    assert data.contacts == [] and data.interactions == []
    with pytest.raises(ValidationError, match="gibt es nicht"):
        network.save_contact(workspace, eid + 1, ContactData("Niemand"))


def test_deleting_keeps_the_name_in_leads_placements_and_sessions(workspace) -> None:
    eid = network.save_employer(workspace, bakery())
    pid = roster.list_projects(workspace)[0].id
    person = roster.save_participant(workspace, ParticipantData(project_id=pid, last_name="Muster"))
    with workspace.db.session() as s:
        s.add(
            Lead(participant_id=person, employer_id=eid, created_on=TODAY, stage_changed_on=TODAY)
        )
        s.add(
            Placement(
                participant_id=person,
                employer_id=eid,
                start_date=TODAY,
                kind=PlacementKind.SV_TEILZEIT,
            )  # fmt: skip
        )
    template = network.session_template(workspace, eid, "tour", pid, TODAY)
    sid = calendar.save_session(workspace, template)
    assert calendar.session_info(workspace, sid).employer_name == bakery().name
    usage = network.employer_usage(workspace, eid)
    assert (usage.leads, usage.placements, usage.sessions) == (1, 1, 1)

    network.delete_employer(workspace, eid)
    assert network.list_employers(workspace) == []
    with workspace.db.session() as s:
        lead = s.scalars(select(Lead)).one()
        placement = s.scalars(select(Placement)).one()
        assert (lead.employer_id, lead.employer_text) == (None, bakery().name)
        assert (placement.employer_id, placement.employer_text) == (None, bakery().name)
        assert s.scalars(select(EmployerContact)).all() == []
        assert s.scalars(select(Interaction)).all() == []
    info = calendar.session_info(workspace, sid)
    assert info.topic == "Betriebsbesichtigung bei Bäckerei Stöhr & Söhne (fiktiv)"
    assert "employer.deleted" in actions(workspace)
    with pytest.raises(ValidationError, match="gibt es nicht"):
        network.delete_employer(workspace, eid)


def test_offers_become_sessions_of_the_right_kind(workspace) -> None:
    pid = roster.list_projects(workspace)[0].id
    eid = network.save_employer(workspace, bakery())
    tour = network.session_template(workspace, eid, "tour", pid, TODAY)
    assert tour.kind is SessionKind.BETRIEBSBESICHTIGUNG
    assert tour.topic == "Betriebsbesichtigung bei Bäckerei Stöhr & Söhne (fiktiv)"
    assert (tour.location_id, tour.room) == (None, "Langgasse 3, 35578 Wetzlar")
    assert tour.employer_id == eid and tour.coach_ids == [workspace.current_coach.id]
    assert tour.starts_at == dt.datetime(2026, 5, 12, 9)
    with pytest.raises(ValidationError, match="bietet das nicht an"):
        network.session_template(workspace, eid, "qa", pid, TODAY)
    optik = network.save_employer(workspace, EmployerData(name="Optik Lahntal", offers_qa=True))
    qa = network.session_template(workspace, optik, "qa", pid)
    assert qa.kind is SessionKind.INFOVERANSTALTUNG
    assert qa.topic == "Fragerunde mit Optik Lahntal"
    assert qa.starts_at.date() == dt.date.today() + dt.timedelta(days=7)
    sid = calendar.save_session(workspace, qa)
    saved = calendar.session_info(workspace, sid)
    assert (saved.kind, saved.employer_name, saved.place) == (
        SessionKind.INFOVERANSTALTUNG,
        "Optik Lahntal",
        "",
    )
