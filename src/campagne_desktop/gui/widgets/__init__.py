"""Widgets and models the pages, wizards and dialogs share."""
