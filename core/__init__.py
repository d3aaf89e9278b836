"""The headless engine of pide (installed as `pide.core`): never imports textual or rich."""
