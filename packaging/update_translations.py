"""Collect the app's German strings into the .ts files and compile the .qm files.

    .venv/bin/python packaging/update_translations.py           # update .ts, write .qm
    .venv/bin/python packaging/update_translations.py --check   # exit 1 if anything is stale

German is the source language: every user-visible string is German text in
``self.tr(...)``, ``QCoreApplication.translate(context, ...)`` or
``QT_TRANSLATE_NOOP(context, ...)``. ``pyside6-lupdate`` scans ``gemeinsam_desktop/**/*.py``
and merges new strings into

- ``resources/translations/gemeinsam_en.ts``: every message, English translations;
- ``resources/translations/gemeinsam_de.ts``: only the plural messages (``-pluralonly``),
  with the German singular and plural forms ("nach 1 Minute" / "nach 10 Minuten").

Existing translations are kept; strings that left the code are dropped (``-no-obsolete``).
``pyside6-lrelease`` then writes ``gemeinsam_en.qm`` and ``gemeinsam_de.qm`` beside them.

``--check`` changes nothing: it runs lupdate on temporary copies and compares the messages
(context, source, comment, plural or not), and compiles each .ts to a temporary .qm and
compares its bytes with the shipped one.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "gemeinsam_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "de_DE"
# lupdate's Python parser knows QT_TRANSLATE_NOOP; the alias keeps an ``N_`` import working.
ALIASES = "QT_TRANSLATE_NOOP+=N_"


@dataclass(frozen=True)
class Catalog:
    """One .ts file: its target language and whether it holds only the plural messages."""

    name: str
    language: str
    plural_only: bool

    @property
    def ts(self) -> Path:
        return TRANSLATIONS / f"{self.name}.ts"

    @property
    def qm(self) -> Path:
        return TRANSLATIONS / f"{self.name}.qm"


CATALOGS = (
    Catalog("gemeinsam_en", "en_GB", plural_only=False),
    Catalog("gemeinsam_de", "de_DE", plural_only=True),
)

Message = tuple[str, str, str, bool]  # context, source, comment, numerus


def tool(name: str) -> list[str]:
    """The command for ``pyside6-<name>``: beside this Python, else in the PySide6 package."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if beside.exists():
        return [str(beside)]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        binary = Path(spec.origin).resolve().parent / f"{name}{suffix}"
        if binary.exists():
            return [str(binary)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise SystemExit(f"pyside6-{name} not found: install PySide6 in this Python environment")


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed ({result.returncode}): {' '.join(cmd[:2])} …")


def lupdate(catalog: Catalog, ts: Path, workdir: Path) -> None:
    """Merge the strings of the code into ``ts`` (created if missing)."""
    file_list = workdir / f"{catalog.name}.lst"
    file_list.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
    cmd = [
        *tool("lupdate"),
        f"@{file_list}",
        "-tr-function-alias",
        ALIASES,
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        catalog.language,
        "-no-obsolete",
        "-locations",
        "relative",
        "-silent",
    ]
    if catalog.plural_only:
        cmd.append("-pluralonly")
    run([*cmd, "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> None:
    run([*tool("lrelease"), "-silent", str(ts), "-qm", str(qm)])


def messages(ts: Path) -> set[Message]:
    """The messages of a .ts file, without translations and locations."""
    if not ts.exists():
        return set()
    found: set[Message] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def update() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for catalog in CATALOGS:
            lupdate(catalog, catalog.ts, Path(tmp))
            lrelease(catalog.ts, catalog.qm)
            root = ET.parse(catalog.ts).getroot()
            unfinished = root.findall(".//translation[@type='unfinished']")
            print(
                f"{catalog.ts.relative_to(ROOT)}: {len(messages(catalog.ts))} messages, "
                f"{len(unfinished)} unfinished"
            )
    return 0


def _show(message: Message) -> str:
    context, source, comment, numerus = message
    extra = f" ({comment})" if comment else ""
    return f"[{context}] {source!r}{extra}{' (plural)' if numerus else ''}"


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for catalog in CATALOGS:
            if not catalog.ts.exists():
                problems.append(f"{catalog.ts.relative_to(ROOT)} is missing")
                continue
            copy = workdir / catalog.ts.name
            shutil.copyfile(catalog.ts, copy)
            lupdate(catalog, copy, workdir)
            shipped, current = messages(catalog.ts), messages(copy)
            for message in sorted(current - shipped):
                problems.append(f"{catalog.ts.name}: new string {_show(message)}")
            for message in sorted(shipped - current):
                problems.append(f"{catalog.ts.name}: string no longer in the code {_show(message)}")
            compiled = workdir / catalog.qm.name
            lrelease(catalog.ts, compiled)
            if not catalog.qm.exists() or catalog.qm.read_bytes() != compiled.read_bytes():
                problems.append(f"{catalog.qm.relative_to(ROOT)} is not compiled from its .ts")
    for problem in problems:
        print(problem)
    if problems:
        print("Run: python packaging/update_translations.py, then translate the new strings.")
        return 1
    print("translations are up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if the .ts files miss strings or the .qm files are stale",
    )
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    return check() if args.check else update()


if __name__ == "__main__":
    sys.exit(main())
