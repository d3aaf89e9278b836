"""The IDE's headless side: files on disk, recovery copies, builds and outlines.

Nothing here imports Textual, so every rule about not losing the user's work (atomic saves,
recovery copies, noticing external changes) is plain Python that tests drive directly; the
widgets only decide when to call it.
"""
