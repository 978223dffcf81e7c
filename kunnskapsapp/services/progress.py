"""Progress and cancel for the services: kunnskapsapp.domain.progress, under the name the
services and their callers have always imported it by. The classes live in `domain` so that
the UI's worker (and the window's start, which must not import the services before its frame
is up) can use them without importing every service."""

from kunnskapsapp.domain.progress import CancelFlag, Cancelled, NoProgress, Progress

__all__ = ["CancelFlag", "Cancelled", "NoProgress", "Progress"]
