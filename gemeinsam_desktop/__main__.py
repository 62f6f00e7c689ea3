"""``gemeinsam-desktop``: without a subcommand the GUI, with one the command line."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    # The GUI never collects automatically (ui/gc_main_thread.py): off from the first import,
    # so that ours, Qt's and SQLAlchemy's are spared their collections (~10 % of their time).
    # A command of the command line collects as usual.
    gc.disable()
    from gemeinsam_desktop import cli

    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from gemeinsam_desktop import app  # Qt is imported only for the GUI

        return app.run_gui(args)
    gc.enable()
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
