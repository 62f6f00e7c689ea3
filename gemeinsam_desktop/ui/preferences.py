"""Preferences of this installation, each declared once with type and default.

They live in QSettings (an INI file in the user's config folder) and hold nothing personal:
language, auto-lock time, window geometry. Everything about people is in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        raw = settings().value(self.key, self.default)
        if isinstance(self.default, bool):
            return (raw in (True, "true", "1", 1)) if raw is not None else self.default  # type: ignore[return-value]
        if isinstance(self.default, int):
            try:
                return int(raw)  # type: ignore[call-overload,return-value]
            except (TypeError, ValueError):
                return self.default
        if isinstance(self.default, QByteArray):
            return raw if isinstance(raw, QByteArray) else self.default  # type: ignore[return-value]
        return str(raw) if raw is not None else self.default  # type: ignore[return-value]

    def set(self, value: T) -> None:
        settings().setValue(self.key, value)
        settings().sync()


LANGUAGE = Option("ui/language", "de")
AUTO_LOCK_MINUTES = Option("security/auto_lock_minutes", 10)
KEYCHAIN_NOTICE_SHOWN = Option("security/keychain_notice_shown", False)
# Window state, apart from preferences (Picard's "persist" section).
MAIN_GEOMETRY = Option("persist/main_window_geometry", QByteArray())
MAIN_STATE = Option("persist/main_window_state", QByteArray())
LAST_PAGE = Option("persist/last_page", 0)
ROSTER_PROJECT = Option("persist/roster_project", 0)  # project id shown on Teilnehmende
ROSTER_SORT = Option("persist/roster_sort", "name asc")  # column key and direction

AUTO_LOCK_CHOICES = (0, 2, 5, 10, 15, 30, 60)  # 0 = never


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        "gemeinsam-desktop",
        "gemeinsam-desktop",
    )
