"""The Kalender page driven like a coach: month grid, keys and buttons, week, list, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from gemeinsam_desktop.services import calendar, demo
from gemeinsam_desktop.services.calendar import SessionData, SessionInfo
from gemeinsam_desktop.store.models import SessionKind
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.pages.calendar import LIST, MONTH, WEEK, CalendarPage
from gemeinsam_desktop.ui.widgets.calendar_views import (
    KIND_HUES,
    chip_colors,
    chip_text,
    find_overlaps,
)
from tests.ui.typing_helper import press

OCTOBER = dt.date(2026, 10, 5)  # holds Tag der Deutschen Einheit (Sat, 3 Oct)


def loaded(qtbot, page: CalendarPage) -> None:
    qtbot.waitUntil(lambda: page.project_id and page.project_combo.count() > 0, timeout=10_000)


def go(qtbot, page: CalendarPage, day: dt.date) -> None:
    page.go_to(day)
    qtbot.waitUntil(lambda: page.loaded_span == page.loaded_range(), timeout=10_000)


@pytest.fixture
def demo_today() -> dt.date:
    return dt.date(2026, 11, 10)


@pytest.fixture
def page(qtbot, workspace, demo_today):
    demo.fill_demo(workspace, add_coaches=False, today=demo_today)
    p = CalendarPage(workspace)
    qtbot.addWidget(p)
    p.resize(1180, 800)
    p.show()
    loaded(qtbot, p)
    go(qtbot, p, OCTOBER)
    return p


def active(qtbot, page: CalendarPage) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_month_grid_has_german_weekdays_monday_first_and_muted_outside_days(page) -> None:
    view = page.month_view
    assert view.weekday_names() == ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    days = view.days()
    assert len(days) == 42
    assert days[0] == dt.date(2026, 9, 28) and days[0].weekday() == 0
    assert dt.date(2026, 10, 1) in days and dt.date(2026, 10, 31) in days
    assert page.period_label.text() == "Oktober 2026"


def test_a_holiday_is_named_and_sessions_on_it_are_warned(qtbot, page, workspace) -> None:
    holiday = dt.date(2026, 10, 3)
    assert page.month_view.data.holidays[holiday] == "Tag der Deutschen Einheit"
    pid = page.project_id
    start = dt.datetime.combine(holiday, dt.time(10))
    calendar.save_session(
        workspace,
        SessionData(pid, SessionKind.SONSTIGES, start, start + dt.timedelta(hours=1), "Aktion"),
    )
    page.refresh_now()
    qtbot.waitUntil(lambda: holiday in page.data.by_day, timeout=10_000)
    sid = page.data.by_day[holiday][0].id
    assert ("holiday", "Tag der Deutschen Einheit") in page.data.warnings[sid]


def test_today_is_marked_with_the_accent_circle(qtbot, page) -> None:
    today = dt.date.today()
    page.go_today()
    qtbot.waitUntil(lambda: page.month_view.month == today.month)
    view = page.month_view
    image = view.grab().toImage()
    rect = view.day_rect(today)
    assert rect is not None
    line = view.fontMetrics().height()
    x, y = int(rect.left() + 6 + 3), int(rect.top() + 4 + (line + 4) / 2)
    ratio = image.devicePixelRatio()
    color = QColor(image.pixel(int(x * ratio), int(y * ratio)))
    assert color.name() == theme.colors().accent


def test_chips_stand_on_the_days_of_their_sessions(qtbot, page, workspace) -> None:
    view = page.month_view
    start, end = page.loaded_range()
    expected = calendar.sessions_between(workspace, page.project_id, start, end)
    assert {s.id for s in view.data.sessions} == {s.id for s in expected}
    view.repaint()
    drawn = {}
    for rect, sid in view._hits:
        drawn[sid] = view.day_at(rect.center().toPoint())
    by_id = {s.id: s for s in expected}
    shown = [sid for sid in by_id if sid in drawn]
    assert len(shown) + sum(view.overflow.values()) == len(expected)
    for sid in shown:
        assert drawn[sid] == by_id[sid].starts_at.date()
    workshop = next(s for s in expected if s.kind is SessionKind.WORKSHOP)
    assert chip_text(workshop) == "09:00 Workshop"


def test_arrow_keys_move_the_day_and_cross_into_the_next_month(qtbot, page) -> None:
    active(qtbot, page)
    view = page.month_view
    go(qtbot, page, dt.date(2026, 10, 30))
    view.setFocus()
    press(view, Qt.Key.Key_Right)
    assert view.selected == dt.date(2026, 10, 31)
    press(view, Qt.Key.Key_Down)
    assert page.anchor == dt.date(2026, 11, 7)
    assert page.period_label.text() == "November 2026"
    assert view.month == 11
    press(view, Qt.Key.Key_Up)
    press(view, Qt.Key.Key_Left)
    assert view.selected == dt.date(2026, 10, 30)
    assert view.month == 10


def test_buttons_and_shortcuts_page_through_months(qtbot, page) -> None:
    active(qtbot, page)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.period_label.text() == "November 2026"
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.period_label.text() == "Oktober 2026"
    press(page.month_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.period_label.text() == "November 2026"
    press(page.month_view, Qt.Key.Key_PageUp)
    assert page.period_label.text() == "Oktober 2026"
    press(page.month_view, Qt.Key.Key_PageDown)
    press(page.month_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.period_label.text() == "Oktober 2026"
    press(page.month_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.anchor == dt.date.today()


def test_alt_letters_switch_between_month_week_and_list(qtbot, page) -> None:
    active(qtbot, page)
    press(page, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.mode == WEEK)  # a mnemonic clicks with a short animation
    assert page.stack.currentWidget() is page.week_view
    assert page.period_label.text().startswith("KW ")
    press(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.mode == LIST)
    assert page.stack.currentWidget() is page.agenda
    press(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.mode == MONTH)
    assert page.stack.currentWidget() is page.month_view
    assert page.mode_buttons[MONTH].isChecked()


def test_week_view_shows_blocks_of_its_seven_days(qtbot, page) -> None:
    page.set_mode(WEEK)
    go(qtbot, page, dt.date(2026, 10, 13))
    view = page.week_view
    assert view.days()[0] == dt.date(2026, 10, 12)
    assert page.period_label.text() == "KW 42 · 12.10. – 18.10.2026"
    view.repaint()
    in_week = [s for s in page.data.sessions if dt.date(2026, 10, 12) <= s.starts_at.date()]
    assert {sid for _r, sid in view._hits} == {s.id for s in in_week}


def test_agenda_lists_the_month_grouped_by_day(qtbot, page) -> None:
    page.set_mode(LIST)
    go(qtbot, page, OCTOBER)
    rows = page.agenda.session_rows()
    october = [s for s in page.data.sessions if s.starts_at.month == 10]
    assert len(rows) == len(october) > 0
    days = [day for day, _texts in rows]
    assert days == sorted(days) and all(d.month == 10 for d in days)
    workshop = next(texts for _d, texts in rows if texts[1] == "Workshop")
    assert workshop[0] == "09:00–12:00"
    assert "Rathaus Wetzlar" in workshop[3]
    assert "anwesend" in workshop[4] or "erwartet" in workshop[4]
    head = page.agenda.model_.item(0).text()
    assert head.startswith(("Do., 01.10.2026", "Fr., 02.10.2026", "Di., 06.10.2026"))


def test_double_click_opens_the_session_and_enter_opens_the_day(qtbot, page, monkeypatch) -> None:
    opened: list[int] = []
    monkeypatch.setattr(page, "open_session", opened.append)
    created: list[object] = []
    monkeypatch.setattr(page, "new_session", lambda day=None: created.append(day))
    view = page.month_view
    view.repaint()
    rect, sid = next((r, s) for r, s in view._hits if view.day_at(r.center().toPoint()).month == 10)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened == [sid]
    empty = next(
        d for d in view.days() if d.month == 10 and not view.sessions_on(d) and d.weekday() < 5
    )
    view.select(empty)
    view.setFocus()
    press(view, Qt.Key.Key_Return)
    assert created == [empty]


def test_context_menu_offers_edit(qtbot, page, monkeypatch) -> None:
    edited: list[int] = []
    monkeypatch.setattr(page, "edit_session", edited.append)
    session = next(s for s in page.data.sessions if s.starts_at.month == 10)
    menu = page.context_menu(session.starts_at.date(), session.id)
    texts = [a.text() for a in menu.actions()]
    assert "Bearbeiten…" in texts and "Anwesenheit öffnen…" in texts
    next(a for a in menu.actions() if a.text() == "Bearbeiten…").trigger()
    assert edited == [session.id]


def test_double_bookings_are_marked_on_both_sessions(qtbot, page, workspace) -> None:
    workshop = next(
        s for s in page.data.sessions if s.kind is SessionKind.WORKSHOP and s.starts_at.month == 10
    )
    other = calendar.save_session(
        workspace,
        SessionData(
            page.project_id,
            SessionKind.INFOVERANSTALTUNG,
            workshop.starts_at + dt.timedelta(hours=1),
            workshop.ends_at,
            location_id=workshop.location_id,
            room=workshop.room,
        ),
    )
    page.refresh_now()
    qtbot.waitUntil(lambda: other in page.data.warnings, timeout=10_000)
    assert ("room", workshop.place) in page.data.warnings[other]
    assert ("room", workshop.place) in page.data.warnings[workshop.id]
    assert "Doppelbelegung" in page.summary.text()
    page.set_mode(LIST)
    qtbot.waitUntil(lambda: page.agenda.session_rows() != [], timeout=10_000)
    warned = [t for _d, t in page.agenda.session_rows() if t[5]]
    assert any("Raum doppelt belegt" in t[5] for t in warned)


def _info(sid: int, hour: int, room: str, coach: str, cancelled: bool = False) -> SessionInfo:
    start = dt.datetime(2026, 10, 6, hour)
    return SessionInfo(
        sid, 1, None, SessionKind.WORKSHOP, "", start, start + dt.timedelta(hours=2), 1,
        "Rathaus Wetzlar", room, (coach,), "", None, True, None, cancelled, "", 0, 0, None,
    )  # fmt: skip


def test_find_overlaps_uses_the_rule_of_calendar_conflicts() -> None:
    found = find_overlaps(
        [
            _info(1, 9, "Sitzungssaal", "Anna"),
            _info(2, 10, "Sitzungssaal", "Jonas"),  # same room, overlapping
            _info(3, 10, "Raum 1.12", "Anna"),  # same coach as 1
            _info(4, 9, "Sitzungssaal", "Selin", cancelled=True),  # cancelled: no clash
            _info(5, 11, "Raum 1.12", "Selin"),  # starts when 1 ends: room of 3 clashes
        ]
    )
    assert found[1] == [("room", "Rathaus Wetzlar, Sitzungssaal"), ("coach", "Anna")]
    assert found[2] == [("room", "Rathaus Wetzlar, Sitzungssaal")]
    assert found[3] == [("coach", "Anna"), ("room", "Rathaus Wetzlar, Raum 1.12")]
    assert 4 not in found
    assert found[5] == [("room", "Rathaus Wetzlar, Raum 1.12")]


@pytest.mark.parametrize("colors", [theme.LIGHT, theme.DARK])
def test_chip_colours_keep_the_text_readable(colors) -> None:
    for kind in KIND_HUES:
        bg, bar = chip_colors(kind, colors)
        assert theme.contrast_ratio(bg, QColor(colors.text)) >= 4.5, kind
        assert theme.contrast_ratio(bar, QColor(colors.base)) >= 3.0, kind


def test_export_writes_an_icalendar_file_of_the_shown_month(
    qtbot, page, monkeypatch, tmp_path: Path
) -> None:
    target = tmp_path / "oktober"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "iCalendar (*.ics)")
    )
    page.export_ics()
    written = tmp_path / "oktober.ics"
    qtbot.waitUntil(written.exists, timeout=10_000)
    text = written.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    october = [s for s in page.data.sessions if s.starts_at.month == 10]
    assert text.count("BEGIN:VEVENT") == len(october)
    qtbot.waitUntil(lambda: "Gespeichert" in page.summary.text())


def test_switching_project_combo_and_new_buttons_call_dialogs(qtbot, page, monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(page, "new_session", lambda day=None: calls.append("session"))
    monkeypatch.setattr(page, "new_series", lambda: calls.append("series"))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.series_button, Qt.MouseButton.LeftButton)
    assert calls == ["session", "series"]
    assert page.project_combo.currentText() == demo.DEMO_PROJECT_NAME
