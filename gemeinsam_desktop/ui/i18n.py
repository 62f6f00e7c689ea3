"""Languages: German (the source language of every string) and English (a .ts translation).

``gemeinsam_en.qm`` translates every string to English; ``gemeinsam_de.qm`` holds only the
German plural forms ("nach %n Minute(n)" → "nach 1 Minute" / "nach 10 Minuten"). Both are
made by ``packaging/update_translations.py`` (see ``resources/translations/README.md``).

Qt's own ``qtbase_*`` translator is loaded too, so that Qt's dialogs (file dialogs, the
print dialog, standard buttons) speak the same language. Dates and numbers follow the
language through ``QLocale.setDefault``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from gemeinsam_desktop.errors import CONTEXT as ERROR_CONTEXT
from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.resources import resource_path

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
_installed: list[QTranslator] = []


# Plural strings outside a QObject: write ``privacy.tr("%n …", "", n)``. pyside6-lupdate
# (6.11) takes ``Name.tr(text, "", n)`` as a plural message of context "Name", but not
# ``QCoreApplication.translate(context, text, None, n)``, which is the same at run time.
class _Context(QObject):
    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


class privacy(_Context):  # noqa: N801 - named as the translation context
    """Translation context "privacy"."""


class labels(_Context):  # noqa: N801 - named as the translation context
    """Translation context "labels"."""


class childcare(_Context):  # noqa: N801 - named as the translation context
    """Translation context "childcare" (texts about a session's childcare)."""


def translations_dir() -> str:
    return str(resource_path("translations"))


def install_language(language: str) -> None:
    """Switch the application's translators and default locale to ``language``."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    locale = QLocale(
        QLocale.Language.German if language == "de" else QLocale.Language.English,
        QLocale.Country.Germany,
    )
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # German is the source language: gemeinsam_de.qm holds only its plural forms.
    own = QTranslator(app)
    if own.load(f"gemeinsam_{language}", translations_dir()):
        app.installTranslator(own)
        _installed.append(own)
    qtbase = QTranslator(app)
    if qtbase.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)


def current_language() -> str:
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def error_text(exc: KnownError) -> str:
    """The known error's message in the UI language, placeholders filled."""
    return exc.message(
        QCoreApplication.translate(ERROR_CONTEXT, exc.template), QCoreApplication.translate
    )


def locale() -> QLocale:
    return QLocale()
