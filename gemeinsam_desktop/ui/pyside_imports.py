"""Keep PySide6's import hook from reading the source of every module imported after it.

PySide6 (6.11) replaces ``__import__`` to support ``from __feature__ import snake_case``.
After each new module it asks ``shibokensupport.feature._mod_uses_pyside(module)``, which
calls ``inspect.getsource(module)`` and looks for the word "PySide6" — so every module
loaded after Qt (SQLAlchemy, the models, the services …) is read a second time, and its
text stays in ``linecache`` for the rest of the session. ``import PySide6.QtCore`` and then
SQLAlchemy and the models: ~60 ms more import time and ~15 MiB more resident memory. In the
app, which loads most modules through ``importlib`` on a thread, ~70 files (1.5 MB of text).

The answer only matters for modules that select a ``__feature__``: the app uses none
(tests/ui/test_start_head_start.py checks), nor do its libraries, so "no" is right for all
of them, and costs nothing. Should a PySide release rename the hook, this does nothing and the
app only loses the saving. ``app.run_gui`` calls ``skip_source_scan`` before its first Qt
import (and ``create_application`` again, for every other way in).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook patched below)

_HOOK_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"


def _selects_no_feature(module: ModuleType) -> bool:
    return False


def skip_source_scan() -> bool:
    """Replace the hook's source scan; True when the hook was found and replaced."""
    feature = sys.modules.get(_HOOK_MODULE)
    if feature is None or not callable(getattr(feature, _HOOK, None)):
        return False
    setattr(feature, _HOOK, _selects_no_feature)
    return True
