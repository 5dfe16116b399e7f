"""``python -m campagne_desktop`` starts the window."""

import sys

from campagne_desktop.gui.app import main

sys.exit(main())
