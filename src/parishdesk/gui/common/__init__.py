"""Widgets and dialogs every area uses."""
