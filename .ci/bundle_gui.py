"""PyInstaller entry point of the bundled window (a script, not a module: no relative imports)."""

import sys

from campagne_desktop.gui.app import main

sys.exit(main())
