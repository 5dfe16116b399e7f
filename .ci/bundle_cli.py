"""PyInstaller entry point of the bundled command line."""

import sys

from campagne_desktop.cli.main import main

sys.exit(main())
