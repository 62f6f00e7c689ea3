"""PyInstaller entry script: the same ``main`` as the ``gemeinsam-desktop`` command."""

import sys

from gemeinsam_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
