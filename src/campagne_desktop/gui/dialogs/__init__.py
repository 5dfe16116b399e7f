"""Dialogs opened from the pages: one task each."""
