"""The window: thin PySide6 widgets over the services."""
