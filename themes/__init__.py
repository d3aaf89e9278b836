"""Theme data files (TOML), validated into Textual themes by `pide.theming`."""
