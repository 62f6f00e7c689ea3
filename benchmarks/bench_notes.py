"""How fast note search and the notes timeline are, with the search as a ratio to a LIKE scan.

    .venv/bin/python benchmarks/bench_notes.py [NOTES]

Builds a fresh encrypted store with 10,000 participants and 200,000 coaching notes (plus
20,000 agreements) through bulk inserts; the revision-0005 triggers fill the FTS5 index as
the rows go in (reported: total build time and the time to rebuild the index alone).
Measured on the same store in the same run:

* ``notes.search`` (visibility filter, bm25 ranking, passages) over several queries, against
  a LIKE scan of the same notes (same visibility filter, every match of the first word: a
  search that ranks must see them all) — reported as a ratio;
* ``notes.timeline`` of a participant with 300 notes.

Targets (issue #5): search <= 50 ms median, timeline of 300 notes <= 50 ms.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy import text as sql

from gemeinsam_desktop.services import notes
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.store import vault
from gemeinsam_desktop.store.models import Agreement, Coach, CoachingNote, CoachRole, Participant

PARTICIPANTS = 10_000
TIMELINE_NOTES = 300
AGREEMENTS = 20_000
BATCH = 10_000
LAST = ("Müller", "Schmidt", "Öztürk", "Yılmaz", "Becker", "Kowalczyk", "Al-Hassan", "Weiß",
        "Krüger", "Nowak", "Şahin", "Fuchs", "Groß", "Braun", "Kaya", "Hoffmann")  # fmt: skip
FIRST = ("Lea", "Anna", "Jülide", "René", "Ayşe", "Mehmet", "Zeynep", "Björn", "Tanja",
         "Miriam", "Chantal", "Jörg", "Sabine", "Özlem", "Agnieszka", "Svenja")  # fmt: skip
SENTENCES = (
    "Bewerbungsgespräch bei der Bäckerei {last} in der {street} vorbereitet.",
    "Telefonat mit Frau {last} vom Jobcenter wegen der Maßnahme.",
    "Kinderbetreuung in den Randzeiten ist noch nicht geklärt.",
    "Lebenslauf überarbeitet, die Lücke seit {year} wird erklärt.",
    "Praktikum im Lager bei {company} ab nächster Woche vereinbart.",
    "Stärken besprochen: Zuverlässigkeit, Organisationstalent, Geduld.",
    "Sprachkurs B1 läuft, Prüfung im {month}.",
    "Termin beim Arbeitgeber {company} verschoben, neuer Termin folgt.",
    "Führerschein Klasse B wäre hilfreich, Förderung über den Bildungsgutschein prüfen.",
    "Gesundheitliche Einschränkungen beim Heben, keine Nachtschicht.",
    "Vorstellungsgespräch im Rollenspiel geübt, sicherer Auftritt.",
    "Wohnungssuche belastet, Kontakt zur Schuldnerberatung vermittelt.",
    "Anschreiben für {company} gemeinsam formuliert.",
    "Motivation gut, möchte in die Pflegehilfe, Hospitation angefragt.",
)
STREETS = ("Bahnhofstraße", "Langgasse", "Hauptstraße", "Karl-Kellner-Ring", "Kornmarkt")
COMPANIES = ("Leitz", "Hensoldt", "Buderus", "Rewe", "Dilo", "Philips", "Lahn-Dill-Kliniken")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Oktober", "November")
QUERIES = (
    "müller",  # a name (folded: mueller/muller), frequent
    "bewerb",  # a prefix of a compound, frequent
    "yilmaz",  # Turkish ı
    "kinderbetreuung randzeiten",  # two words
    "hensoldt praktikum",
    "führerschein",
    "schuldnerberatung wohnung",
    "zebrafink",  # no hit at all
)


def note_text(rng: random.Random) -> str:
    parts = rng.sample(SENTENCES, rng.randint(2, 5))
    return " ".join(
        p.format(
            last=rng.choice(LAST),
            street=rng.choice(STREETS),
            company=rng.choice(COMPANIES),
            year=rng.randint(2015, 2025),
            month=rng.choice(MONTHS),
        )
        for p in parts
    )


def median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, first) in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times[0]


def main(total_notes: int = 200_000) -> int:
    vault.kdf_for_new_slots = vault.KdfParams(time_cost=1, memory_cost_kib=1024, parallelism=1)
    root = Path(tempfile.mkdtemp())
    folder = DataFolder(root / "daten")
    ws, _recovery = folder.initialize("Anna Beispiel", "Sonnenblume am Lahnufer 7")
    rng = random.Random(5)
    try:
        with ws.db.session() as s:
            s.execute(insert(Coach), [{"name": "Jonas", "role": CoachRole.COACH}])
            s.execute(
                insert(Participant),
                [
                    {
                        "project_id": 1,
                        "last_name": rng.choice(LAST),
                        "first_name": rng.choice(FIRST),
                    }
                    for _ in range(PARTICIPANTS)
                ],
            )
        start_day = dt.datetime(2024, 1, 1, 9)
        rows = []
        for i in range(total_notes):
            pid = 1 if i < TIMELINE_NOTES else rng.randint(2, PARTICIPANTS)
            rows.append(
                {
                    "participant_id": pid,
                    "author_id": rng.choice((1, 2)),
                    "kind": "einzelcoaching",
                    "written_at": start_day + dt.timedelta(minutes=rng.randint(0, 1_000_000)),
                    "text": note_text(rng),
                    "visibility": "private" if pid > 1 and rng.random() < 0.2 else "team",
                }
            )
        chars = sum(len(r["text"]) for r in rows)
        agreements = [
            {
                "participant_id": rng.randint(1, PARTICIPANTS),
                "text": rng.choice(SENTENCES).format(
                    last=rng.choice(LAST),
                    street=rng.choice(STREETS),
                    company=rng.choice(COMPANIES),
                    year=2026,
                    month="Mai",
                ),
                "due_date": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 365)),
                "owner": "participant",
                "state": "offen",
            }
            for _ in range(AGREEMENTS)
        ]
        t0 = time.perf_counter()
        with ws.db.session() as s:
            for at in range(0, len(rows), BATCH):
                s.execute(insert(CoachingNote), rows[at : at + BATCH])
            s.execute(insert(Agreement), agreements)
        build = time.perf_counter() - t0
        with ws.db.raw() as raw:
            t0 = time.perf_counter()
            raw.execute("BEGIN")
            raw.execute("DELETE FROM note_fts")
            raw.execute(
                "INSERT INTO note_fts(rowid, body) SELECT id, gd_index_text(text) FROM coaching_note"
            )
            raw.execute("COMMIT")
            rebuild = time.perf_counter() - t0
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = ws.db.path.stat().st_size / 1e6
        print(
            f"store: {PARTICIPANTS:,} participants, {total_notes:,} notes "
            f"({chars / total_notes:.0f} characters on average), {AGREEMENTS:,} agreements, "
            f"{size_mb:.0f} MB encrypted"
        )
        print(f"bulk insert of notes + agreements, index filled by triggers: {build:.1f} s")
        print(f"rebuilding the note index alone (fold + FTS5): {rebuild:.1f} s")

        like_sql = sql(
            "SELECT id, text FROM coaching_note WHERE text LIKE :pattern "
            "AND (visibility = 'team' OR author_id = :me)"
        )

        def like(query: str) -> int:
            with ws.db.session() as s:
                pattern = "%" + query.split()[0] + "%"
                return len(s.execute(like_sql, {"pattern": pattern, "me": 1}).all())

        print(f"\n{'query':30} {'hits':>5} {'search ms':>10} {'LIKE ms':>9} {'ratio':>6}")
        search_all, like_all = [], []
        for query in QUERIES:
            hits = len(notes.search(ws, query))
            searched, _first = median_ms(lambda q=query: notes.search(ws, q), 9)
            scanned, _first = median_ms(lambda q=query: like(q), 5)
            search_all.append(searched)
            like_all.append(scanned)
            print(f"{query:30} {hits:5d} {searched:10.1f} {scanned:9.1f} {searched / scanned:6.3f}")
        search_med, like_med = statistics.median(search_all), statistics.median(like_all)
        print(
            f"{'median over queries':30} {'':5} {search_med:10.1f} {like_med:9.1f} "
            f"{search_med / like_med:6.3f}   (target search <= 50 ms)"
        )
        worst = max(search_all)
        print(f"slowest query median: {worst:.1f} ms")

        count = len(notes.timeline(ws, 1))
        tl_med, tl_first = median_ms(lambda: notes.timeline(ws, 1), 21)
        print(
            f"\ntimeline of {count} notes: median {tl_med:.1f} ms (first {tl_first:.1f} ms)"
            "   (target <= 50 ms)"
        )
        ok = search_med <= 50 and tl_med <= 50
        print("targets met" if ok else "TARGET MISSED")
        return 0 if ok else 1
    finally:
        ws.close()
        folder.release()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))
