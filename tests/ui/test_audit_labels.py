"""Every action the services write into the audit log has its words (ui/audit_labels.py)."""

from __future__ import annotations

import ast
import datetime as dt

from gemeinsam_desktop.services.audit import AuditEntry
from gemeinsam_desktop.ui.audit_labels import action_label, record_label
from tests.helpers import REPO


def _constants(node: ast.AST | None) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _constants(node.body) | _constants(node.orelse)
    return set()


def _is_audit_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("record", "record_many")
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "audit"
    )


def written_actions() -> set[str]:
    """The action codes of every audit.record/record_many call in the services: a literal,
    a literal chosen by ``if … else``, or a variable ``action`` set from those in the same
    function, or the parameter ``action`` of a helper called with literals."""
    found: set[str] = set()
    for path in sorted((REPO / "gemeinsam_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers: set[str] = set()
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef):
                continue
            assigned: set[str] = set()
            for node in ast.walk(func):
                if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "action" for t in node.targets
                ):
                    assigned |= _constants(node.value)
            for call in (n for n in ast.walk(func) if _is_audit_call(n)):
                assert isinstance(call, ast.Call)
                arg = call.args[2]
                found |= _constants(arg)
                if isinstance(arg, ast.Name):
                    found |= assigned
                    if arg.id in {a.arg for a in func.args.args} and not assigned:
                        helpers.add(func.name)
        for call in ast.walk(tree):  # helpers that take the action as a parameter
            if isinstance(call, ast.Call) and getattr(call.func, "id", None) in helpers:
                for arg in call.args:
                    found |= _constants(arg)
    return found


def test_the_scan_finds_the_actions_in_their_different_forms() -> None:
    actions = written_actions()
    # a literal, an if-else, a variable, a helper's parameter
    assert {"unlocked", "participant.archived", "template.changed", "signin.printed"} <= actions
    assert len(actions) > 60


def test_every_action_written_has_its_words(qapp) -> None:
    missing = sorted(a for a in written_actions() if action_label(a) == a)
    assert missing == []
    assert action_label("lead.stage") == "Hinweis in eine andere Stufe verschoben"
    assert action_label("from.a.newer.version") == "from.a.newer.version"


def test_records_are_named_by_kind_and_number(qapp) -> None:
    def entry(entity: str, entity_id: int | None, subject: str = "") -> AuditEntry:
        return AuditEntry(
            id=1, at=dt.datetime(2026, 11, 2, 9, 0), coach_name="Anna Beispiel",
            action="x", entity=entity, entity_id=entity_id, subject=subject,
        )  # fmt: skip

    assert record_label(entry("lead", 7)) == "Hinweis Nr. 7"
    assert record_label(entry("session", 12)) == "Termin Nr. 12"
    assert record_label(entry("participant", 3, "Keller, Mia")) == "Keller, Mia"
    assert record_label(entry("participant", 3)) == "Person Nr. 3 (gelöscht)"
    assert record_label(entry("", None)) == "–"
