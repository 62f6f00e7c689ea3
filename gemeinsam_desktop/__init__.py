"""Gemeinsam Desktop: the offline app for the job coaches of "Gemeinsam in Wetzlar"."""

from importlib import metadata

try:
    __version__ = metadata.version("gemeinsam-desktop")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

APP_NAME = "Gemeinsam Desktop"
ORG_NAME = "Gemeinsam in Wetzlar"
