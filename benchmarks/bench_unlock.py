"""How much an unlock costs, as ratios against plain SQLite measured in the same run.

    .venv/bin/python benchmarks/bench_unlock.py

Design expectation (docs/ARCHITECTURE.md): a connection with the raw master key costs about
what a plain SQLite connection costs (well under a millisecond), while the Argon2id key slot
(64 MiB) is paid once per unlock, never per connection.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from gemeinsam_desktop.store import database, vault


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    key = os.urandom(32)
    encrypted = folder / "enc.db"
    db = database.Database.create(encrypted, key)
    db.close()
    plain = folder / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()

    def open_plain() -> None:
        conn = sqlite3.connect(plain)
        conn.execute("SELECT count(*) FROM t").fetchone()
        conn.close()

    def open_encrypted() -> None:
        engine = database._make_engine(encrypted, key, "rw")
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM coach").scalar()
        engine.dispose()

    def argon2_slot() -> None:
        vault._argon2(b"Sonnenblume am Lahnufer 7", b"0123456789abcdef", vault.PRODUCTION_KDF)

    base = median_ms(open_plain, 50)
    enc = median_ms(open_encrypted, 50)
    slot = median_ms(argon2_slot, 5)
    print(f"plain SQLite open+query   {base:8.3f} ms  (baseline)")
    print(f"SQLCipher raw key open    {enc:8.3f} ms  ratio {enc / base:6.1f}x")
    print(f"Argon2id slot (64 MiB)    {slot:8.3f} ms  ratio {slot / base:6.1f}x")
    print(f"slot / raw-key open       {slot / enc:8.1f}x  (why the KDF is per unlock only)")


if __name__ == "__main__":
    main()
