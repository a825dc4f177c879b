"""The process exit codes, decided in one place."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """What ``articlean`` returns to the shell."""

    OK = 0
    #: At least one input could not be cleaned; the others were still processed and written.
    INPUT_FAILED = 1
    #: Bad options or arguments (click's own code for usage errors).
    USAGE = 2
    #: articlean itself failed on at least one input (a bug to report); the others were still processed.
    INTERNAL = 3
    #: Stopped by Ctrl-C (128 + SIGINT, as shells report it).
    INTERRUPTED = 130
    #: Stopped by SIGTERM (128 + 15: ``kill``, a job scheduler, a container stop).
    TERMINATED = 143
