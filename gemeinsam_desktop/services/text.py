"""Text as it is stored: Unicode NFC, no NUL or control characters, bounded in size.

Whatever arrives — typed, pasted, imported from Excel — passes through here before it is
written, so that "Müller" typed on a Mac matches "Müller" imported from Windows, and a
5,000-character cell cannot bloat a record.
"""

from __future__ import annotations

import unicodedata

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.textfold import fold, search_key

__all__ = ["bounded", "clean", "fold", "search_key"]

_KEEP_IN_MULTILINE = {"\n", "\t"}


def clean(value: object, *, multiline: bool = False) -> str:
    """NFC, control characters removed, surrounding space stripped (no length check)."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf") and not (
            multiline and ch in _KEEP_IN_MULTILINE
        ):
            if ch in "\t\n":
                kept.append(" ")  # a tab or line break inside a one-line field becomes a space
            continue
        kept.append(ch)
    cleaned = "".join(kept)
    if not multiline:
        cleaned = " ".join(cleaned.split())
    return cleaned.strip()


def bounded(value: object, limit: int, label: str, *, multiline: bool = False) -> str:
    """``clean`` and refuse text longer than ``limit`` characters with a German message.

    ``label`` is a German source text in the translation context "fields" (mark it with
    ``QT_TRANSLATE_NOOP("fields", …)`` where it is defined).
    """
    text = clean(value, multiline=multiline)
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "„{field}“ ist zu lang: {length} Zeichen, erlaubt sind {limit}."
            ),
            arg_contexts={"field": "fields"},
            field=label,
            length=len(text),
            limit=limit,
        )
    return text
