"""List the messages still waiting for a translation, and fill them in from a JSON file.

    .venv/bin/python packaging/translation_todo.py dump todo.json     # unfinished messages
    .venv/bin/python packaging/translation_todo.py apply done.json    # write translations

Run ``update_translations.py`` first (it adds new strings as unfinished), then ``dump``,
translate, ``apply``, and ``update_translations.py`` again to compile the .qm files.

Each JSON entry: ``{"file": "en"|"de", "context": …, "source": …, "numerus": bool}``; to
apply, add ``"translation": "…"`` (or, for plural messages, ``"forms": ["one", "many"]``).
The .ts files are edited as text so that lupdate's layout stays as it is.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
UNFINISHED = re.compile(
    r"<translation type=\"unfinished\">.*?</translation>|"
    r"<translation type=\"unfinished\"/>",
    re.S,
)


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"gemeinsam_{lang}.ts"


def unfinished(lang: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for ctx in CONTEXT.finditer(ts_path(lang).read_text(encoding="utf-8")):
        for msg in MESSAGE.finditer(ctx.group(2)):
            if UNFINISHED.search(msg.group(2)):
                source = SOURCE.search(msg.group(2))
                assert source is not None
                found.append(
                    {
                        "file": lang,
                        "context": html.unescape(ctx.group(1)),
                        "source": html.unescape(source.group(1)),
                        "numerus": bool(msg.group(1)),
                    }
                )
    return found


def _translation_xml(entry: dict[str, object], indent: str) -> str:
    if entry.get("numerus"):
        forms = entry["forms"]
        assert isinstance(forms, list) and len(forms) == 2, entry
        inner = "".join(f"\n{indent}    <numerusform>{escape(str(f))}</numerusform>" for f in forms)
        return f"<translation>{inner}\n{indent}</translation>"
    return f"<translation>{escape(str(entry['translation']))}</translation>"


def apply(entries: list[dict[str, object]]) -> int:
    missing = 0
    for lang in sorted({str(e["file"]) for e in entries}):
        wanted = {(e["context"], e["source"]): e for e in entries if e["file"] == lang}
        text = ts_path(lang).read_text(encoding="utf-8")

        def fill_context(ctx: re.Match[str], wanted: dict = wanted) -> str:  # type: ignore[type-arg]
            name = html.unescape(ctx.group(1))

            def fill_message(msg: re.Match[str]) -> str:
                source = SOURCE.search(msg.group(2))
                entry = wanted.get((name, html.unescape(source.group(1)))) if source else None
                if entry is None or not UNFINISHED.search(msg.group(2)):
                    return msg.group(0)
                if "translation" not in entry and "forms" not in entry:
                    return msg.group(0)
                body = UNFINISHED.sub(
                    lambda _m: _translation_xml(entry, "        "), msg.group(2), count=1
                )
                return f"<message{msg.group(1) or ''}>{body}</message>"

            return ctx.group(0).replace(ctx.group(2), MESSAGE.sub(fill_message, ctx.group(2)))

        text = CONTEXT.sub(fill_context, text)
        ts_path(lang).write_text(text, encoding="utf-8")
        missing += len(unfinished(lang))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["dump", "apply"])
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.action == "dump":
        todo = unfinished("en") + unfinished("de")
        args.file.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(todo)} unfinished messages written to {args.file}")
        return 0
    left = apply(json.loads(args.file.read_text(encoding="utf-8")))
    print(f"{left} messages still unfinished")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
