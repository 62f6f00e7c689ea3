"""The demo's accounts (fictional): names and passphrases, apart from the demo's data tables.

The GUI unlocks the demo with ``DEMO_PASSPHRASE`` at once, while SQLAlchemy still loads on
another thread; ``demo_data`` imports the models, so reading the passphrase from there made
the key derivation wait for SQLAlchemy (start-up time, issue #8). No imports here.
"""

from __future__ import annotations

DEMO_LEAD_NAME = "Anna Beispiel"
DEMO_PASSPHRASE = "demo-passwort-123"  # a demo store holds fictional data only
# One passphrase opens one account (the vault refuses a second use): one each.
DEMO_COACHES = {"Jonas Beispielmann": "demo-jonas-123", "Selin Musterfrau": "demo-selin-123"}
