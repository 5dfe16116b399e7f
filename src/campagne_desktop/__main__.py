"""``python -m campagne_desktop`` starts the window."""

import sys

if "--version" in sys.argv[1:]:
    # Answered before the window's imports (Qt, the database stack): a second, not a tenth.
    from campagne_desktop import __version__

    print(f"campagne-desktop {__version__}")
    sys.exit(0)

from campagne_desktop.gui.app import main  # after the fast path above

sys.exit(main())
