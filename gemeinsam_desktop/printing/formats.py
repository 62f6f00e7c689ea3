"""German formats for printed documents: dates, times, numbers, name order.

Plain Python without reportlab (``layout`` re-exports these), so modules that only word a
document — e.g. checking a certificate template — stay light.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time

# --- German dates ------------------------------------------------------------------------


def format_date_de(value: date) -> str:
    """``date(2026, 11, 25)`` → ``"25.11.2026"`` (independent of the process locale)."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_datetime_de(value: datetime) -> str:
    """``datetime(2026, 11, 25, 9, 5)`` → ``"25.11.2026, 09:05 Uhr"``."""
    return f"{format_date_de(value)}, {value.hour:02d}:{value.minute:02d} Uhr"


WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def format_weekday_date_de(value: date) -> str:
    """``date(2026, 6, 16)`` → ``"Dienstag, 16.06.2026"``."""
    return f"{WEEKDAYS_DE[value.weekday()]}, {format_date_de(value)}"


def format_time_range_de(start: datetime | time, end: datetime | time) -> str:
    """``09:00`` to ``12:00`` → ``"09:00–12:00 Uhr"``."""
    return f"{start.hour:02d}:{start.minute:02d}–{end.hour:02d}:{end.minute:02d} Uhr"


def format_number_de(value: float) -> str:
    """At most two decimals, German comma, no trailing zeros: 3.0 → "3", 2.5 → "2,5"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def collation_key(text: str) -> tuple[str, str, str]:
    """Sort key for names as a German list sorts them (DIN 5007-1): Ä like A, ß like ss.

    Independent of the process locale. Ties keep "Muller" before "Müller" (then the raw
    text) so the order never depends on the input order.
    """
    folded = unicodedata.normalize("NFC", text).casefold().replace("ı", "i")
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
    )
    return plain, folded, text
