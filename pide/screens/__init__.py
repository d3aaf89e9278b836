"""The IDE's screens: the main workspace and the small dialogs it opens."""
