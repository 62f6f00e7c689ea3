"""The search dialog: type-to-search, passages with bold matches, harmless input, Enter opens."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gemeinsam_desktop.services import accounts, notes, roster
from gemeinsam_desktop.services.notes import AgreementData, NoteData, SearchHit
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace
from gemeinsam_desktop.store.models import CoachRole, NoteVisibility, ParticipantStatus
from gemeinsam_desktop.ui import operations
from gemeinsam_desktop.ui.dialogs import search_dialog
from gemeinsam_desktop.ui.dialogs.search_dialog import (
    HTML_ROLE,
    SearchDialog,
    match_spans,
    passage_html,
)
from tests.ui.conftest import message_boxes
from tests.ui.typing_helper import press, type_text


def person(ws: Workspace, last: str, first: str) -> int:
    return roster.save_participant(
        ws,
        ParticipantData(
            project_id=1, last_name=last, first_name=first, status=ParticipantStatus.AKTIV
        ),
    )


def note(ws: Workspace, pid: int, text: str, **kw) -> int:
    return notes.save_note(ws, NoteData(participant_id=pid, text=text, **kw))


@pytest.fixture
def filled(workspace):
    ws = workspace
    mueller = person(ws, "Müller", "Jülide")
    yilmaz = person(ws, "Yılmaz", "Deniz")
    ids = {
        "mueller": note(
            ws,
            mueller,
            "Erstgespräch mit Frau Müller: sucht Teilzeit im Verkauf.",
            written_at=dt.datetime(2026, 3, 2, 10),
        ),
        "bewerb": note(
            ws,
            yilmaz,
            "Heute das Bewerbungsgespräch bei der Bäckerei Stöhr geübt; sie war ruhig.",
            written_at=dt.datetime(2026, 3, 9, 14),
        ),
        "bewerb2": note(
            ws,
            mueller,
            "Bewerbung an die Stadtwerke geschickt <b>sofort</b> & Kopie abgeheftet.",
            written_at=dt.datetime(2026, 3, 5, 9),
        ),
        "agreement": notes.save_agreement(
            ws,
            AgreementData(
                participant_id=yilmaz,
                text="Bewerbungsmappe bis Freitag fertigstellen",
                due_date=dt.date(2026, 3, 13),
            ),
        ),
    }
    return ws, {"mueller": mueller, "yilmaz": yilmaz}, ids


def open_dialog(qtbot, ws: Workspace) -> SearchDialog:
    dlg = SearchDialog(ws, 1)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def search(qtbot, dlg: SearchDialog, text: str) -> None:
    """Type like a coach and wait until the list answers exactly this text."""
    dlg.field.clear()
    type_text(dlg.field, text)
    qtbot.waitUntil(lambda: dlg._shown_query == text and not dlg.timer.isActive(), timeout=5000)


def hits(dlg: SearchDialog) -> list[SearchHit]:
    return [h for h in (dlg.model.hit(r) for r in range(dlg.model.rowCount())) if h]


def test_mueller_finds_the_note_on_mueller_with_its_passage(qtbot, filled) -> None:
    ws, people, ids = filled
    dlg = open_dialog(qtbot, ws)
    search(qtbot, dlg, "mueller")
    found = hits(dlg)
    assert [(h.kind, h.id) for h in found if h.kind == "note" and h.id == ids["mueller"]]
    first = next(h for h in found if h.id == ids["mueller"])
    assert first.participant_name == "Müller, Jülide"
    assert "Frau Müller" in first.passage
    row = found.index(first)
    html = dlg.model.index(row, 0).data(HTML_ROLE)
    assert "<b>Müller</b>" in html
    assert "02.03.2026" in dlg.model.index(row, 0).data()
    assert "Notiz" in dlg.model.index(row, 0).data()
    assert dlg.count.text().endswith("Treffer") and dlg.count.text() != "Keine Treffer"


def test_bewerb_finds_notes_and_agreements_with_bold_prefix_words(qtbot, filled) -> None:
    ws, _people, ids = filled
    dlg = open_dialog(qtbot, ws)
    search(qtbot, dlg, "Bewerb")
    found = {(h.kind, h.id): h for h in hits(dlg)}
    assert set(found) == {
        ("note", ids["bewerb"]),
        ("note", ids["bewerb2"]),
        ("agreement", ids["agreement"]),
    }
    assert "Bewerbungsgespräch" in found["note", ids["bewerb"]].passage
    assert dlg.count.text() == "3 Treffer"
    texts = [dlg.model.index(r, 0).data() for r in range(dlg.model.rowCount())]
    assert any("Vereinbarung" in t and "13.03.2026" in t for t in texts)
    html = [dlg.model.index(r, 0).data(HTML_ROLE) for r in range(dlg.model.rowCount())]
    assert any("<b>Bewerbungsgespräch</b>" in h for h in html)
    # The note's own markup is text, shown as typed, never as formatting.
    markup = next(h for h in html if "Stadtwerke" in h)
    assert "&lt;b&gt;sofort&lt;/b&gt; &amp; Kopie" in markup
    assert "<b>sofort</b>" not in markup


def test_passage_html_escapes_before_it_emphasises() -> None:
    passage = 'Müller <script>alert("x")</script> & Mueller'
    spans = match_spans(passage, notes.query_words("mueller"))
    assert len(spans) == 2
    out = passage_html(passage, spans)
    assert out == (
        "<b>Müller</b> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <b>Mueller</b>"
    )


@pytest.mark.parametrize(
    "text", ['"', "NEAR(", "*", "-foo", "OR", 'bewerb" OR "x', "bewerb*", "NEAR(bewerb", "^", ")"]
)
def test_hostile_input_shows_results_or_none_never_an_error(qtbot, filled, text) -> None:
    ws, _people, _ids = filled
    dlg = open_dialog(qtbot, ws)
    search(qtbot, dlg, text)
    operations.wait_idle()
    qtbot.wait(20)
    assert not message_boxes()
    label = dlg.count.text()
    assert label == "Keine Treffer" or label.endswith("Treffer") or label.startswith("Such")
    # "bewerb*": the star is no operator, the word is a prefix anyway. With "OR", "x" or
    # "NEAR" every word must match, and those are words here; '"' alone searches nothing.
    expected = {"bewerb*": 3, 'bewerb" OR "x': 0, "NEAR(bewerb": 0, '"': 0, "*": 0, ")": 0}
    if text in expected:
        assert dlg.model.rowCount() == expected[text]


def test_typing_searches_once_after_the_pause(qtbot, filled, monkeypatch) -> None:
    ws, _people, _ids = filled
    calls: list[str] = []
    real = notes.search

    def counting(ws, query, **kw):
        calls.append(query)
        return real(ws, query, **kw)

    monkeypatch.setattr(notes, "search", counting)
    dlg = open_dialog(qtbot, ws)
    search(qtbot, dlg, "bewerbung")
    operations.wait_idle()
    assert calls == ["bewerbung"]
    assert search_dialog.DEBOUNCE_MS == 200


def test_an_older_answer_is_dropped(qtbot, filled) -> None:
    ws, _people, _ids = filled
    dlg = open_dialog(qtbot, ws)
    search(qtbot, dlg, "bewerb")
    rows = dlg.model.rowCount()
    dlg._show(dlg._generation - 1, "mueller", [])  # the answer to an earlier query
    assert dlg.model.rowCount() == rows and dlg._shown_query == "bewerb"


def test_arrows_choose_and_enter_opens_the_chosen_hit(qtbot, filled, monkeypatch) -> None:
    ws, _people, _ids = filled
    dlg = open_dialog(qtbot, ws)
    opened: list[SearchHit] = []
    monkeypatch.setattr(dlg, "open_hit", opened.append)
    search(qtbot, dlg, "bewerb")
    assert dlg.view.currentIndex().row() == 0
    press(dlg.field, Qt.Key.Key_Down)
    press(dlg.field, Qt.Key.Key_Down)
    press(dlg.field, Qt.Key.Key_Up)
    assert dlg.view.currentIndex().row() == 1
    press(dlg.field, Qt.Key.Key_Return)
    assert opened == [dlg.model.hit(1)]
    # In the list, Enter opens too; a double click as well.
    dlg.view.setFocus()
    dlg.view.setCurrentIndex(dlg.model.index(2, 0))
    press(dlg.view, Qt.Key.Key_Enter)
    assert opened[-1] == dlg.model.hit(2)
    dlg.view.doubleClicked.emit(dlg.model.index(0, 0))
    assert opened[-1] == dlg.model.hit(0)
    assert dlg.isVisible()  # Enter never closes the dialog


def test_open_hit_opens_the_record_at_the_note(qtbot, filled, monkeypatch) -> None:
    from gemeinsam_desktop.ui.dialogs import participant_dialog

    ws, people, ids = filled
    shown: list[tuple[str, int]] = []

    def fake_exec(self) -> int:
        shown.append(("exec", self.data.id))
        return 0

    monkeypatch.setattr(participant_dialog.ParticipantDialog, "exec", fake_exec)
    monkeypatch.setattr(
        participant_dialog.ParticipantDialog,
        "show_note",
        lambda self, note_id: shown.append(("note", note_id)),
        raising=False,
    )
    dlg = open_dialog(qtbot, ws)
    search(qtbot, dlg, "mueller")
    hit = next(h for h in hits(dlg) if h.id == ids["mueller"])
    dlg.open_hit(hit)
    assert shown == [("note", ids["mueller"]), ("exec", people["mueller"])]


def test_another_coachs_private_note_is_not_found(qtbot, filled) -> None:
    ws, people, _ids = filled
    coach = accounts.add_coach(ws, "Jonas", CoachRole.COACH, "ein Passwort 123")
    jonas = Workspace(
        ws.folder, ws.vault, ws.master_key, CoachInfo(coach.id, "Jonas", CoachRole.COACH), db=ws.db
    )
    secret = note(
        jonas, people["mueller"], "Zahnarzttermin privat", visibility=NoteVisibility.PRIVATE
    )
    shared = note(jonas, people["mueller"], "Zahnarzttermin fürs Team")
    dlg = open_dialog(qtbot, ws)
    search(qtbot, dlg, "zahnarzt")
    assert [h.id for h in hits(dlg)] == [shared]
    assert dlg.count.text() == "1 Treffer"
    # Jonas himself finds both.
    his = open_dialog(qtbot, jonas)
    search(qtbot, his, "zahnarzt")
    assert {h.id for h in hits(his)} == {secret, shared}


def test_empty_and_nothing_found_say_so(qtbot, filled) -> None:
    ws, _people, _ids = filled
    dlg = open_dialog(qtbot, ws)
    assert dlg.count.text().startswith("Suchbegriff eingeben")
    search(qtbot, dlg, "Quantenphysik")
    assert dlg.model.rowCount() == 0 and dlg.count.text() == "Keine Treffer"
    search(qtbot, dlg, "Bäckerei stöhr")
    assert [h.participant_name for h in hits(dlg)] == ["Yılmaz, Deniz"]


def test_open_hit_without_show_note_opens_the_notes_tab(qtbot, filled, monkeypatch) -> None:
    from gemeinsam_desktop.ui.dialogs import participant_dialog

    ws, people, ids = filled
    seen: list[tuple[int | None, str]] = []

    def fake_exec(self) -> int:
        seen.append((self.data.id, self.tabs.tabText(self.tabs.currentIndex())))
        return 0

    monkeypatch.setattr(participant_dialog.ParticipantDialog, "exec", fake_exec)
    if hasattr(participant_dialog.ParticipantDialog, "show_note"):
        monkeypatch.delattr(participant_dialog.ParticipantDialog, "show_note")
    dlg = open_dialog(qtbot, ws)
    search(qtbot, dlg, "bewerb")
    for hit in hits(dlg):
        dlg.open_hit(hit)
    expected = [
        (h.participant_id, "Notizen" if h.kind == "note" else "Vereinbarungen") for h in hits(dlg)
    ]
    assert seen == expected
