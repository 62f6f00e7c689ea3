"""The roster model: filtering and sorting on its own index list, German texts, Qt contract."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from gemeinsam_desktop.services import demo, roster
from gemeinsam_desktop.services.roster import RosterRow
from gemeinsam_desktop.services.text import search_key
from gemeinsam_desktop.store.models import ParticipantStatus as S
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.models import roster_model as rm
from gemeinsam_desktop.ui.models.roster_model import RosterModel


def row(
    pid: int,
    last: str,
    first: str = "",
    *,
    status: S = S.AKTIV,
    age: int | None = None,
    kids: tuple[int, ...] = (),
    care: int = 0,
    entry: dt.date | None = None,
    seen: dt.date | None = None,
    agreements: int = 0,
    number: str = "",
    phone: str = "",
    archived: bool = False,
    rate: float | None = None,
    unexcused: int = 0,
) -> RosterRow:
    """A row as ``roster.roster_rows`` builds it (same search key)."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return RosterRow(
        id=pid,
        last_name=last,
        first_name=first,
        status=status,
        age=age,
        children_ages=kids,
        childcare_needed=care,
        entry_date=entry,
        last_attendance=seen,
        open_agreements=agreements,
        customer_number=number,
        phone=phone,
        archived=archived,
        search=search_key(f"{last} {first} {number} {phone}") + "\x1f" + digits,
        attendance_rate=rate,
        unexcused_in_a_row=unexcused,
    )


ROWS = [
    row(1, "Müller", "Lea", status=S.AKTIV, age=34, kids=(3, 7), care=1,
        entry=dt.date(2026, 6, 22), seen=dt.date(2026, 11, 24), agreements=2,
        number="123D456789", phone="06441 123456", rate=0.925),
    row(2, "Mueller", "Anna", status=S.PAUSIERT, age=None, kids=(), care=0,
        entry=None, seen=None, agreements=0, number="555A000111", phone="0641 / 98 76 54"),
    row(3, "Öztürk", "Jülide", status=S.VERMITTELT, age=41, kids=(12,), care=0,
        entry=dt.date(2026, 7, 20), seen=dt.date(2026, 10, 1), agreements=1, rate=1.0),
    row(4, "Becker", "René", status=S.AKTIV, age=29, kids=(1, 2, 5), care=3,
        entry=dt.date(2026, 6, 22), seen=None, agreements=0, rate=0.5, unexcused=3),
    row(5, "Schulz", "Tanja", status=S.ABGEBROCHEN, age=52, kids=(16,), care=0,
        entry=dt.date(2026, 8, 17), seen=dt.date(2026, 8, 20), agreements=0, archived=True,
        rate=0.0, unexcused=2),
    row(6, "Ozturk", "Ali", status=S.INTERESSIERT, age=34, kids=(), care=0,
        entry=None, seen=None, agreements=4),
]  # fmt: skip


@pytest.fixture
def model() -> RosterModel:
    m = RosterModel()
    m.set_rows(ROWS)
    return m


def shown_ids(m: RosterModel) -> list[int]:
    return [m.data(m.index(r, 0), rm.ID_ROLE) for r in range(m.rowCount())]


def text(m: RosterModel, r: int, column: int) -> str:
    return m.data(m.index(r, column), Qt.ItemDataRole.DisplayRole)


def test_model_passes_the_qt_model_tester(qtmodeltester, model: RosterModel) -> None:
    qtmodeltester.check(model, force_py=True)
    model.set_show_archived(True)
    model.sort(rm.AGE, Qt.SortOrder.DescendingOrder)
    model.set_filter("ü")
    qtmodeltester.check(model, force_py=True)


def test_model_changes_are_seen_by_the_live_model_tester(qtmodeltester) -> None:
    m = RosterModel()
    qtmodeltester.check(m, force_py=True)  # stays attached and checks every change below
    m.set_rows(ROWS)
    m.sort(rm.CHILDREN, Qt.SortOrder.DescendingOrder)
    m.set_filter("m")
    m.set_status_filter({S.AKTIV})
    m.set_show_archived(True)
    m.set_rows(ROWS[:2])
    m.set_filter("")


@pytest.mark.parametrize("query", ["müller", "mueller", "muller", "MÜLLER", "Müller Lea"])
def test_umlaut_spellings_all_find_mueller(model: RosterModel, query: str) -> None:
    model.set_filter(query)
    assert 1 in shown_ids(model)
    if query == "muller":
        assert shown_ids(model) == [1]  # "Mueller" as written has no "muller" in it
    elif query == "Müller Lea":
        assert shown_ids(model) == [1]
    else:
        assert set(shown_ids(model)) == {1, 2}  # "Mueller, Anna" is written that way


def test_ozturk_found_with_and_without_umlaut(model: RosterModel) -> None:
    model.set_filter("öztürk")
    assert shown_ids(model) == [3]
    model.set_filter("ozturk")
    assert sorted(shown_ids(model)) == [3, 6]


def test_filter_by_customer_number_and_phone_digits(model: RosterModel) -> None:
    model.set_filter("123d45")
    assert shown_ids(model) == [1]
    model.set_filter("06441123456")  # typed without the space
    assert shown_ids(model) == [1]
    model.set_filter("987654")  # stored as "0641 / 98 76 54"
    assert shown_ids(model) == [2]
    model.set_filter("0641 98")
    assert shown_ids(model) == [2]


def test_words_are_anded_and_widening_the_query_brings_rows_back(model: RosterModel) -> None:
    model.set_filter("m")
    wide = set(shown_ids(model))
    model.set_filter("mü")
    model.set_filter("müller anna")
    assert shown_ids(model) == [2]
    model.set_filter("müller")  # back to a wider query after narrowing
    assert set(shown_ids(model)) == {1, 2}
    model.set_filter("m")
    assert set(shown_ids(model)) == wide
    model.set_filter("")
    assert model.visible_count() == model.total_count() == 5


def test_status_filter_and_archived_rows(model: RosterModel) -> None:
    assert 5 not in shown_ids(model)
    assert (model.visible_count(), model.total_count(), model.all_count()) == (5, 5, 6)
    model.set_status_filter({S.AKTIV})
    assert sorted(shown_ids(model)) == [1, 4]
    model.set_status_filter({S.AKTIV, S.PAUSIERT})
    assert sorted(shown_ids(model)) == [1, 2, 4]
    model.set_status_filter({S.ABGEBROCHEN})
    assert shown_ids(model) == []  # the one dropped-out person is archived
    model.set_show_archived(True)
    assert shown_ids(model) == [5]
    assert (model.visible_count(), model.total_count()) == (1, 6)
    model.set_status_filter(set())
    assert model.visible_count() == 6


def test_filters_stay_when_new_rows_arrive(model: RosterModel) -> None:
    model.set_filter("müller")
    model.set_rows([*ROWS, row(7, "Müller-Şahin", "Defne")])
    assert sorted(shown_ids(model)) == [1, 2, 7]
    model.set_filter("sahin")
    assert shown_ids(model) == [7]


def test_names_sort_in_german_phone_book_order(model: RosterModel) -> None:
    model.set_show_archived(True)
    model.sort(rm.NAME, Qt.SortOrder.AscendingOrder)
    names = [text(model, r, rm.NAME) for r in range(model.rowCount())]
    # Müller = Mueller (then by first name), Öztürk = Oeztuerk before Ozturk
    assert names == [
        "Becker, René",
        "Mueller, Anna",
        "Müller, Lea",
        "Öztürk, Jülide",
        "Ozturk, Ali",
        "Schulz, Tanja",
    ]
    model.sort(rm.NAME, Qt.SortOrder.DescendingOrder)
    assert [text(model, r, rm.NAME) for r in range(model.rowCount())] == names[::-1]


SORT_VALUES = {
    rm.STATUS: lambda r: list(S).index(r.status),
    rm.AGE: lambda r: r.age,
    rm.CHILDREN: lambda r: (len(r.children_ages), r.children_ages),
    rm.CHILDCARE: lambda r: r.childcare_needed,
    rm.ENTRY: lambda r: r.entry_date,
    rm.LAST_ATTENDANCE: lambda r: r.last_attendance,
    rm.RATE: lambda r: r.attendance_rate,
    rm.AGREEMENTS: lambda r: r.open_agreements,
}


@pytest.mark.parametrize("column", sorted(SORT_VALUES))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_column_sorts_both_ways_with_empty_values_last(
    model: RosterModel, column: int, order: Qt.SortOrder
) -> None:
    model.set_show_archived(True)
    model.sort(column, order)
    by_id = {r.id: r for r in ROWS}
    values = [SORT_VALUES[column](by_id[pid]) for pid in shown_ids(model)]
    present = [v for v in values if v is not None]
    assert values == present + [None] * (len(values) - len(present)), "None goes last"
    descending = order == Qt.SortOrder.DescendingOrder
    assert present == sorted(present, reverse=descending)
    assert (model.sort_column(), model.sort_order()) == (column, order)


def test_sort_is_stable_and_keeps_persistent_indexes(model: RosterModel) -> None:
    model.sort(rm.NAME)
    anchor = QPersistentModelIndex(model.index(model.row_of_id(3) or 0, rm.STATUS))
    model.sort(rm.AGE, Qt.SortOrder.AscendingOrder)
    # equal ages (34: Müller and Ozturk) keep the name order they had
    ages = [(text(model, r, rm.AGE), text(model, r, rm.NAME)) for r in range(model.rowCount())]
    thirty_four = [name for age, name in ages if age == "34"]
    assert thirty_four == ["Müller, Lea", "Ozturk, Ali"]
    assert anchor.isValid() and model.row_id(anchor) == 3 and anchor.column() == rm.STATUS
    model.sort(rm.AGE, Qt.SortOrder.DescendingOrder)
    thirty_four = [
        text(model, r, rm.NAME) for r in range(model.rowCount()) if text(model, r, rm.AGE) == "34"
    ]
    assert thirty_four == ["Müller, Lea", "Ozturk, Ali"], "stable also when descending"


def test_sort_order_survives_new_rows_and_filters(model: RosterModel) -> None:
    model.sort(rm.AGREEMENTS, Qt.SortOrder.DescendingOrder)
    model.set_rows(list(reversed(ROWS)))
    assert shown_ids(model)[:2] == [6, 1]
    model.set_filter("ozturk")
    assert shown_ids(model) == [6, 3]


def test_cells_in_german_with_dashes_for_nothing(model: RosterModel) -> None:
    r = model.row_of_id(1)
    assert r is not None
    cells = [text(model, r, c) for c in range(rm.COLUMN_COUNT)]
    assert cells == [
        "Müller, Lea",
        "aktiv",
        "34",
        "2 (3, 7)",
        "1",
        "22.06.2026",
        "24.11.2026",
        "93\u00a0%",
        "2",
    ]
    r = model.row_of_id(2)
    assert r is not None
    cells = [text(model, r, c) for c in range(rm.COLUMN_COUNT)]
    assert cells == ["Mueller, Anna", "pausiert", "–", "–", "–", "–", "–", "–", "–"]


def test_roles_alignment_colour_id_and_tooltips(model: RosterModel) -> None:
    model.set_show_archived(True)
    first = model.row_of_id(1)
    archived = model.row_of_id(5)
    assert first is not None and archived is not None
    align = Qt.ItemDataRole.TextAlignmentRole
    for column in (rm.AGE, rm.CHILDCARE, rm.RATE, rm.AGREEMENTS):
        assert model.data(model.index(first, column), align) & Qt.AlignmentFlag.AlignRight
        assert model.headerData(column, Qt.Orientation.Horizontal, align) & (
            Qt.AlignmentFlag.AlignRight
        )
    assert model.data(model.index(first, rm.NAME), align) & Qt.AlignmentFlag.AlignLeft
    muted = theme.colors().muted.lower()
    fg = Qt.ItemDataRole.ForegroundRole
    assert model.data(model.index(first, rm.NAME), fg) is None
    assert model.data(model.index(archived, rm.NAME), fg).name() == muted
    assert model.data(model.index(archived, rm.NAME), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(first, rm.STATUS), rm.ID_ROLE) == 1
    tip = model.data(model.index(first, rm.NAME), Qt.ItemDataRole.ToolTipRole)
    assert "123D456789" in tip and "06441 123456" in tip
    assert "archiviert" in model.data(model.index(archived, rm.STATUS), Qt.ItemDataRole.ToolTipRole)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(rm.COLUMN_COUNT)]
    assert [h.replace("\n", " ") for h in headers] == [
        "Name",
        "Status",
        "Alter",
        "Kinder",
        "Betreuung",
        "Eintritt",
        "Letzte Teilnahme",
        "Teilnahme",
        "Offene Vereinbarungen",
    ]


def test_rate_warns_after_three_unexcused_absences_in_a_row(model: RosterModel) -> None:
    model.set_show_archived(True)
    becker, mueller, schulz = (model.row_of_id(pid) for pid in (4, 1, 5))
    assert becker is not None and mueller is not None and schulz is not None
    bg, tip = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole
    assert text(model, becker, rm.RATE) == "50\u00a0%"
    assert model.data(model.index(becker, rm.RATE), bg).name() == theme.colors().banner.lower()
    assert "3 Mal in Folge unentschuldigt" in model.data(model.index(becker, rm.RATE), tip)
    assert model.data(model.index(becker, rm.NAME), bg) is None
    for r in (mueller, schulz):  # two in a row: no warning yet
        assert model.data(model.index(r, rm.RATE), bg) is None
    assert text(model, schulz, rm.RATE) == "0\u00a0%"


def test_demo_roster_finds_mueller_every_way(workspace) -> None:
    demo.fill_demo(workspace, add_coaches=False)
    rows = roster.roster_rows(workspace, 1)
    m = RosterModel()
    m.set_rows(rows)
    assert m.visible_count() == m.total_count() == len(rows) == 64
    muellers = {r.id for r in rows if "Müller" in r.last_name}
    assert muellers
    for query in ("müller", "mueller", "muller"):
        m.set_filter(query)
        assert muellers <= set(shown_ids(m))
    with_phone = next(r for r in rows if r.phone)
    m.set_filter("".join(ch for ch in with_phone.phone if ch.isdigit()))
    assert with_phone.id in shown_ids(m)
    with_number = next(r for r in rows if r.customer_number)
    m.set_filter(with_number.customer_number.lower())
    assert shown_ids(m) == [with_number.id]
