"""Command line, print: Anwesenheitslisten, Teilnahmebescheinigungen, Betreuungslisten. Added to the parser by ``cli.build_parser``."""

from __future__ import annotations

import argparse
from collections.abc import Callable

SubparserFactory = Callable[[argparse._SubParsersAction, str, str], argparse.ArgumentParser]


def add_commands(sub: argparse._SubParsersAction, subparser: SubparserFactory) -> None:
    """Register this module's subcommands (none yet)."""
