"""pide: a toolchain and terminal IDE for the P language."""
