"""Gemeinsam Desktop: the offline app for the job coaches of "Gemeinsam in Wetzlar"."""

from __future__ import annotations

APP_NAME = "Gemeinsam Desktop"
ORG_NAME = "Gemeinsam in Wetzlar"


def __getattr__(name: str) -> str:
    # ``__version__`` is looked up on first use: importlib.metadata costs ~20 ms of start-up.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("gemeinsam-desktop")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        version = "0.0.0"
    globals()["__version__"] = version
    return version
