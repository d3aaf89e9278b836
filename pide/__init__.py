"""pide: a toolchain and terminal IDE for the P language."""

__version__ = "0.1.0"
