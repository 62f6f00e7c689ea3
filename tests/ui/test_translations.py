"""The translations: complete, compiled, faithful to their placeholders, and loaded at runtime."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QDate, QLocale  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from gemeinsam_desktop.errors import DamagedDatabaseError, WrongKeyError  # noqa: E402
from gemeinsam_desktop.ui.i18n import current_language, error_text, install_language  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
EN_TS = TRANSLATIONS / "gemeinsam_en.ts"
DE_TS = TRANSLATIONS / "gemeinsam_de.ts"

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
QT_ARG = re.compile(r"%(?:n|L?\d+)")
ACCELERATOR = re.compile(r"&(?!&)")


@pytest.fixture(autouse=True)
def german_afterwards() -> Iterator[None]:
    yield
    install_language("de")


def ts_messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) for every live message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message.findtext("source") or "", message))
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_translation_files_are_current_and_compiled() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_plural_messages_use_a_form_lupdate_collects() -> None:
    """``QCoreApplication.translate(ctx, text, None, n)`` is not collected as a plural message
    by pyside6-lupdate (6.11); ``Context.tr(text, "", n)`` is (ui/i18n.py)."""
    import ast

    found = []
    for path in (ROOT / "gemeinsam_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) + len(node.keywords) >= 4
                and path.name != "i18n.py"
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "use privacy.tr(text, '', n) style (ui/i18n.py): " + ", ".join(found)


@pytest.mark.parametrize("path", [EN_TS, DE_TS], ids=["en", "de-plural"])
def test_every_message_is_translated(path: Path) -> None:
    messages = ts_messages(path)
    assert messages
    problems = []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        texts = forms(message)
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            problems.append(f"[{context}] {source!r}")
        if message.get("numerus") == "yes" and len(texts) != 2:
            problems.append(f"[{context}] {source!r}: {len(texts)} plural forms, expected 2")
    assert not problems, "untranslated:\n" + "\n".join(problems)


def test_german_plural_file_holds_only_plural_messages() -> None:
    assert all(m.get("numerus") == "yes" for _c, _s, m in ts_messages(DE_TS))
    en_plurals = {(c, s) for c, s, m in ts_messages(EN_TS) if m.get("numerus") == "yes"}
    assert {(c, s) for c, s, _m in ts_messages(DE_TS)} == en_plurals


@pytest.mark.parametrize("path", [EN_TS, DE_TS], ids=["en", "de-plural"])
def test_translations_keep_placeholders(path: Path) -> None:
    problems = []
    for context, source, message in ts_messages(path):
        for text in forms(message):
            where = f"[{context}] {source!r} -> {text!r}"
            if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{{placeholders}} differ: {where}")
            if Counter(QT_ARG.findall(text)) != Counter(QT_ARG.findall(source)):
                problems.append(f"%n/%1 differ: {where}")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"& accelerator differs: {where}")
            if text.count("\n") != source.count("\n"):
                problems.append(f"line breaks differ: {where}")
    assert not problems, "\n".join(problems)


def test_english_is_loaded() -> None:
    install_language("en")
    assert current_language() == "en"
    assert QCoreApplication.translate("OverviewPage", "Übersicht") == "Overview"
    assert QCoreApplication.translate("labels", "Projektleitung") == "Project lead"
    assert QCoreApplication.translate("SettingsPage", "nach %n Minute(n)", "", 1) == (
        "after 1 minute"
    )
    assert QCoreApplication.translate("SettingsPage", "nach %n Minute(n)", "", 10) == (
        "after 10 minutes"
    )


def test_the_audit_log_reads_in_english_too() -> None:
    from gemeinsam_desktop.ui.audit_labels import action_label

    install_language("en")
    assert action_label("lead.stage") == "Lead moved to another stage"
    assert action_label("report.exported") == "Report made"


def test_german_plural_forms_and_locale() -> None:
    install_language("de")
    assert current_language() == "de"
    minutes = ("SettingsPage", "nach %n Minute(n)", "")
    assert QCoreApplication.translate(*minutes, 1) == "nach 1 Minute"
    assert QCoreApplication.translate(*minutes, 10) == "nach 10 Minuten"
    pages = ("PdfPreviewDialog", "%n Seiten", "")
    assert QCoreApplication.translate(*pages, 1) == "1 Seite"
    assert QCoreApplication.translate(*pages, 3) == "3 Seiten"
    # Singular strings stay the German source text.
    assert QCoreApplication.translate("OverviewPage", "Übersicht") == "Übersicht"
    assert QLocale().toString(1234.5) == "1.234,5"
    assert QLocale().toString(QDate(2026, 11, 24), "dddd") == "Dienstag"


def test_switching_back_to_german_drops_english() -> None:
    install_language("en")
    install_language("de")
    assert QCoreApplication.translate("OverviewPage", "Übersicht") == "Übersicht"
    assert QLocale().toString(QDate(2026, 11, 24), "dddd") == "Dienstag"


def test_known_errors_translate() -> None:
    german = error_text(WrongKeyError())
    assert german.startswith("Das Passwort ist falsch.")
    install_language("en")
    assert error_text(WrongKeyError()).startswith("The password is wrong.")
    damaged = error_text(DamagedDatabaseError(detail="kaputt"))
    assert damaged.startswith("The database is damaged or incomplete (kaputt).")


def test_base_class_strings_translate_in_subclasses(workspace: object) -> None:
    """``self.tr`` in a base class uses the base class's context, also in a subclass."""
    from gemeinsam_desktop.ui.dialogs.accounts import AddCoachDialog

    install_language("en")
    dialog = AddCoachDialog(workspace)  # type: ignore[arg-type]
    try:
        assert dialog.windowTitle() == "Add coach"
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "Cancel"
    finally:
        dialog.deleteLater()


def test_field_names_inside_error_messages_are_translated_too() -> None:
    from gemeinsam_desktop.errors import ValidationError
    from gemeinsam_desktop.services.text import bounded
    from gemeinsam_desktop.ui.i18n import error_text, install_language

    try:
        bounded("x" * 200, 120, "Nachname")
    except ValidationError as exc:
        error = exc
    install_language("en")
    try:
        english = error_text(error)
    finally:
        install_language("de")
    assert "Nachname" not in english and "200" in english
    assert "Nachname" in error_text(error)
