"""How long importing 10,000 participants takes, as a ratio to plain Python in the same run.

    .venv/bin/python benchmarks/bench_import.py [ROWS]

Baseline: ``csv`` parsing of the same file plus building one dict per row (what any import
must at least do). Measured: ``preview`` (decode, sniff, parse, check every row, look up
duplicates) and ``import_rows`` (one transaction, bulk inserts) into a fresh encrypted store.
Target: preview + import of 10,000 rows in at most 2 s.
"""

from __future__ import annotations

import csv
import io
import random
import sys
import tempfile
import time
from pathlib import Path

from gemeinsam_desktop.services import importing
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.store import vault

HEADER = [
    "Nachname", "Vorname", "Geburtsdatum", "Straße", "PLZ", "Ort", "Telefon", "E-Mail",
    "Kundennummer", "Kinder (Geburtsmonat)", "Kinderbetreuung benötigt", "Arbeitslos seit",
    "Berufswunsch", "Wochenstunden (max.)",
]  # fmt: skip
LAST = ["Müller", "Şahin", "Öztürk", "Krüger", "Nowak", "Koç", "Groß", "Becker", "Kaya", "Fuchs"]
FIRST = ["Jülide", "Rüya", "Hüseyin", "Anna", "Lea", "Jörg", "Olena", "Marco", "Zeynep", "Björn"]
WISHES = ["Lager/Logistik", "Pflegehilfe", "Verkauf", "Büro/Verwaltung", "Gastronomie"]


def fictional_csv(rows: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    seen: set[tuple[str, str, str]] = set()
    for i in range(rows):
        while True:  # fictional people, each once (the importer refuses doubles in a file)
            last, first = rng.choice(LAST), rng.choice(FIRST)
            born = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1965, 2004)}"
            if (last, first, born) not in seen:
                seen.add((last, first, born))
                break
        kids = ", ".join(
            f"{rng.randint(2008, 2025)}-{rng.randint(1, 12):02d}" for _ in range(rng.randint(0, 3))
        )
        writer.writerow(
            [
                last,
                first,
                born,
                f"Hauptstraße {rng.randint(1, 200)}",
                f"{rng.randint(35576, 35586)}",
                "Wetzlar",
                f"06441 {rng.randint(100000, 999999)}",
                f"person.{i}@example.org",
                f"{i:03d}D{rng.randint(100000, 999999)}",
                kids,
                rng.choice(["ja", "nein"]),
                f"{rng.randint(1, 12):02d}/{rng.randint(2015, 2025)}",
                rng.choice(WISHES),
                str(rng.choice([15, 20, 25, 30, 39])),
            ]
        )
    return out.getvalue().encode("utf-8-sig")


def baseline(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
    return [dict(row) for row in reader]


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    # Key slots at test cost: the benchmark measures the import, not Argon2.
    vault.kdf_for_new_slots = vault.KdfParams(time_cost=1, memory_cost_kib=1024, parallelism=1)
    data = fictional_csv(rows)
    folder = DataFolder(Path(tempfile.mkdtemp()) / "daten")
    ws, _recovery = folder.initialize("Anna Beispiel", "Sonnenblume am Lahnufer 7")
    try:
        base = min(timed(lambda: baseline(data))[1] for _ in range(5))
        checked, t_preview = timed(lambda: importing.preview(data, project_id=1, ws=ws))
        result, t_import = timed(lambda: importing.import_rows(ws, checked))
        again, t_again = timed(lambda: importing.preview(data, project_id=1, ws=ws))
        counts = ws.db.table_counts()
    finally:
        ws.close()
        folder.release()
    total = t_preview + t_import
    print(f"rows                      {rows:>8}  ({len(data) / 1e6:.1f} MB CSV)")
    print(f"plain csv + dicts         {base * 1000:8.1f} ms  (baseline)")
    print(f"preview                   {t_preview * 1000:8.1f} ms  ratio {t_preview / base:6.1f}x")
    print(f"import_rows               {t_import * 1000:8.1f} ms  ratio {t_import / base:6.1f}x")
    print(f"preview + import          {total * 1000:8.1f} ms  ratio {total / base:6.1f}x")
    print(f"second preview (all dup.) {t_again * 1000:8.1f} ms  ratio {t_again / base:6.1f}x")
    print(
        f"imported {result.imported}, invalid {checked.invalid}, then existing {again.existing};"
        f" children {counts['child']}"
    )
    print(f"target ≤ 2000 ms for 10,000 rows: {'met' if total <= 2.0 else 'MISSED'}")


if __name__ == "__main__":
    main()
