"""What every area shares: the context, background work, error messages, widgets and
dialogs."""
