"""The IDE's widgets, one per module; each owns its `DEFAULT_CSS` and nested messages."""
