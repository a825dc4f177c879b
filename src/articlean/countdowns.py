"""A video player's or a slide show's countdown printed as text: "Wait 1 second to continue.",
"Up next in 5", "Next video starting in 7".

Players count down before the next clip or past an ad, and slide shows before the next slide; a dump
catches the counter at whatever second it stood, so no fixed phrase list (data/player-sentences.txt)
holds it. The line is short (an article's sentence that says when something starts, "missions
starting in 2023", runs longer and has no player's words before the number): at most
COUNTDOWN_MAX_WORDS words, holding a countdown: "wait N second(s) to continue", or "up next" / "next
video (clip, slide)" with "in" and a number of seconds. Such a line is dropped with the reason
``boilerplate-sentence`` (README: "Reason ids"), as the player's other sentences are.
"""

from __future__ import annotations

import re

from articlean import regexes

# A countdown line is a widget's few words; longer text that matches is a sentence about a schedule.
COUNTDOWN_MAX_WORDS = 12
_COUNTDOWN = regexes.compile(
    r"\bwait\s+\d{1,3}\s+(?:seconds?|secs?)\s+to\s+continue\b"
    r"|\b(?:up\s+next|next\s+(?:video|clip|slide))\W+(?:\w+\s+){0,2}in\W*\d{1,3}\s*(?:s|secs?|seconds?)?(?!\w)",
    re.IGNORECASE,
)


def countdown(text: str) -> bool:
    """Whether a short line is a player's countdown ("Wait 1 second to continue.", "Up next in 5")."""
    words = text.split(None, COUNTDOWN_MAX_WORDS)  # one more than the bound, at most: enough to tell
    return len(words) <= COUNTDOWN_MAX_WORDS and _COUNTDOWN.search(text) is not None
