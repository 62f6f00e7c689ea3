"""Folding text for search, shared by the services and the database's full-text index.

German-aware: umlauts and ß match their spelled-out forms (Müller = Mueller = Muller),
accents drop out, Turkish dotless ı matches i. The data and every query are folded the same
way. Plain Python, no dependencies: the store registers :func:`index_text` as an SQL
function so that triggers keep the FTS5 index in step with the notes.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, umlauts and ß spelled out (ü → ue), accents dropped, Turkish ı as i."""
    text = unicodedata.normalize("NFC", text).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ı", "i")):
        text = text.replace(a, b)
    return _strip_marks(text)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_key(text: str) -> str:
    """What a filter matches against: both "mueller" and "muller" spellings of "Müller".

    Fold the query with :func:`fold`; it is then found in this key whether the coach typed
    "Müller", "Mueller" or "Muller".
    """
    plain = _strip_marks(
        unicodedata.normalize("NFC", text).lower().replace("ß", "ss").replace("ı", "i")
    )
    return f"{fold(text)}\x1f{plain}"


def index_text(text: str | None) -> str:
    """What the full-text index stores for ``text``: both spellings where they differ."""
    if not text:
        return ""
    spelled, plain = search_key(text).split("\x1f")
    return spelled if spelled == plain else f"{spelled}\n{plain}"
