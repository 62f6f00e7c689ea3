"""Writes the frozen stores under tests/data/ the way an older version of the app did.

Run once per schema revision that ships (``python tests/data/make_frozen_stores.py 0001``)
and commit the result: the upgrade tests prove that every later version opens them
(STYLE habit 9). The data is fictional; the passphrase is in FROZEN_PASSPHRASE.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, text

from gemeinsam_desktop.store import database, vault

FROZEN_PASSPHRASE = "Eingefroren am Lahnufer 2026"
HERE = Path(__file__).resolve().parent


def make(revision: str) -> Path:
    target = HERE / f"store-{revision}"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    vault.kdf_for_new_slots = vault.KdfParams(time_cost=1, memory_cost_kib=1024, parallelism=1)
    slots, key, _recovery = vault.Vault.create(target / "schluessel.json", 1, FROZEN_PASSPHRASE)
    db_path = target / "gemeinsam.db"
    db_path.touch(mode=0o600)
    engine = database._make_engine(db_path, key, "rw")
    cfg = database._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    now = dt.datetime(2026, 3, 2, 9, 0)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO coach (id, name, role, active, created_at) "
                "VALUES (1, 'Frieda Frost', 'projektleitung', 1, :t)"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO project (id, name, placement_target, archived) "
                "VALUES (1, 'Gemeinsam in Wetzlar', 0.9, 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO participant (id, project_id, last_name, first_name, street, postal_code,"
                " city, phone, email, customer_number, occupation_wishes, languages, status,"
                " exit_reason, archived, created_at) VALUES (1, 1, 'Öztürk-Weiß', 'Jülide', "
                "'Langgasse 1', '35578', 'Wetzlar', '06441 000000', 'j@example.org', '999D000001',"
                " 'Pflegehilfe', 'Deutsch, Türkisch', 'aktiv', '', 0, :t)"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO child (participant_id, first_name, birth_year, birth_month,"
                " needs_childcare, care_notes) VALUES (1, 'Mia', 2021, 5, 1, '')"
            )
        )
        if revision >= "0005":
            _network(conn)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
        raw.execute(f"PRAGMA user_version = {database.schema_version(revision)}")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    return target


def _network(conn: Connection) -> None:
    """An employer with a contact and an interaction, two leads and a placement."""
    conn.execute(
        text(
            "INSERT INTO employer (id, name, sector, address, size, offers_tour,"
            " offers_internships, offers_qa) VALUES (1, 'Bäckerei Süßholz', 'Lebensmittel',"
            " 'Brühlsbachstraße 3, 35578 Wetzlar', 'klein', 1, 2, 0)"
        )
    )
    conn.execute(
        text(
            "INSERT INTO employer_contact (employer_id, name, role, phone, email)"
            " VALUES (1, 'Grete Kümmel', 'Inhaberin', '06441 111111', '')"
        )
    )
    conn.execute(
        text(
            "INSERT INTO interaction (employer_id, happened_on, kind, summary, coach_id)"
            " VALUES (1, '2026-02-10', 'telefon', 'Praktikumsplätze im Frühjahr', 1)"
        )
    )
    conn.execute(
        text(
            "INSERT INTO lead (id, participant_id, employer_id, employer_text, position, source,"
            " stage, dropped_reason, created_on, stage_changed_on) VALUES"
            " (1, 1, 1, '', 'Verkauf', 'kontakt', 'beworben', '', '2026-02-02', '2026-02-16'),"
            " (2, 1, NULL, 'Pflegedienst Lahnblick', 'Pflegehilfe', 'coach', 'verworfen',"
            " 'Schichtdienst passt nicht zur Kinderbetreuung', '2026-01-12', '2026-01-26')"
        )
    )
    conn.execute(
        text(
            "INSERT INTO placement (participant_id, employer_id, employer_text, start_date, kind,"
            " hours_per_week, employed_after_3m) VALUES (1, 1, '', '2025-11-03', 'minijob',"
            " 10, 1)"
        )
    )


if __name__ == "__main__":
    print(make(sys.argv[1] if len(sys.argv) > 1 else "0001"))
