"""The patterns :mod:`articlean.runons` cuts a page's run-on lines with: its seams, glued words and
the labels, buttons and numbers glued to the next node, and the letters they are written in.
"""

from __future__ import annotations

import functools
import re

from articlean import regexes

# Spaces in a row that only a page's source indentation leaves in running text.
GAP_MIN_SPACES = 3
# Two spaces are a seam too, but not after a sentence's end, where typists put them ("end.  Next"):
# a minified page's whitespace-only text nodes leave them between a button and the next paragraph
# ("Baixar  Viver uma ...") or after a box's heading ("You may like...  Facebook"). gettext shape
# F1 0.9431 -> 0.9452 (P 0.9366 -> 0.9418); no r1/r2 dump or other shape's line is cut differently.
PAIR_GAP_SPACES = 2
# A bracketed note glued to the next node's capital is a seam up to this long (a caption's credit, a
# count, a button's hint); a longer one is a sentence's aside. gettext shape F1 0.9549 -> 0.9557
# (with blockmarks.GLUED_SUMMARY_MAX_WORDS); no dev dump has such a seam in a line that long.
BRACKET_MAX_CHARS = 80
# Lower- and upper-case letters of the Latin, Cyrillic and Greek alphabets.
LOWER = "a-zß-ÿа-яёα-ω"
UPPER = "A-ZÀ-ÞА-ЯЁΑ-Ω"
# A box's label in capitals (runons.LABEL_MIN_LETTERS) has at most LABEL_MAX_WORDS words: a call to
# action ("CLICK HERE TO GET THE FOX NEWS APP") glued to the next paragraph, which may open with a
# quote ("...APP“Can I give it to James?”").
# gettext shape F1 0.9618 -> 0.9620 (three pages up, none down; four words and no quote: the same).
LABEL_MAX_WORDS = 8
# A box's heading printed after a paragraph's last sentence with a space or two, not glued ("...came
# into contact with. Related articles", "...therapy. Trending"), is at most TAIL_MAX_CHARS long
# (runons.TAIL_MAX_WORDS words, no comma: "Furthermore, if" goes on a formula's sentence).
TAIL_MAX_CHARS = 30


# The patterns, compiled on the first long line (most inputs have none, and start-up pays for every
# pattern compiled at import):
# * seam: a run of spaces, tabs or no-break spaces, or a sentence's end or a colon glued to the next
#   capitalised word or word in capitals ("READ MORE:", "SUBSCRIBE": gettext shape F1 0.9570 ->
#   0.9577, P 0.9538 -> 0.9553; no dev dump's line is cut differently);
# * glued word: a word whose lower-case run is followed straight by a capitalised word, two text
#   nodes glued ("...Sobre a VidaVocê pode gostar", "Bom DiaBoa TardeBoa Noite") or a name written so
#   ("MacBook", "YouTube"). Names recur on the page and have two parts, so a glued word is cut when
#   it occurs once in the line and on no other line of the page, or has three parts or more (a menu
#   printed at the top and the bottom); one lower-case letter before the capital ("iPhone", "eBay")
#   is never cut, nor a word of letters and digits (but for a count that opens it: a share bar,
#   "858sharesPinterestFacebook") or one inside an address;
# * glue: the places inside a glued word where it is cut; words;
# * sentence end: two lower-case letters and a sentence's end glued to a capitalised word (shorter
#   lines; not "U.S.Army", "e.g.The", "3.5Ghz"), capitalised or in capitals;
# * bracket: a short bracketed note with no slash in it (not an address) closed straight before the
#   capitalised word of the next node ("(Image: GETTY)According to", "(Opens in new window)Click"),
#   or before its opening quote (a caption's credit glued to a quoted sentence: gettext +0.0001).
# * and in the seam: a no-break space alone after a sentence's end before a capital, which an editor's
#   ``&nbsp;</p>`` leaves between a paragraph and the next node ("...777x jets.\xa0Sheikh Mohammed ...",
#   a caption); a space after a sentence is a pair, and "Mr.\xa0Smith" has one letter before the stop.
#   gettext shape F1 0.9623 -> 0.9625 (four pages up, none down); no dev dump's line is cut differently.
#   Also an arrow or a closing guillemet glued to a capital: a link's arrow before the next node ("Read
#   on-line>>STUFF TO WATCH", "Weather »Current"), a quoted headline before its summary ("...»Полина"):
#   gettext shape F1 0.9627 -> 0.9633 (three pages up, none down); no dev dump's line has one.


@functools.cache
def patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    """The seam, glued-word, glue, word, sentence-end and bracket patterns."""
    return (
        regexes.compile(
            rf"[ \t\xa0]{{{GAP_MIN_SPACES},}}|(?<=[{LOWER}\d\)\]”\"][.!?:])(?=[{UPPER}][{LOWER}{UPPER}])"
            rf"|(?<=[^\s.!?:])[ \t\xa0]{{{PAIR_GAP_SPACES}}}(?=\S)"
            rf"|(?<=[^\w\s”\")’][.!?:])[ \t\xa0]{{{PAIR_GAP_SPACES}}}(?=\S)"
            rf"|(?<=[{LOWER}\d][{LOWER}\d\)”\"][.!?])\xa0(?=[{UPPER}])"
            rf"|(?:(?<=>>)|(?<=[»›]))(?=[{UPPER}])"
        ),
        regexes.compile(rf"(?<![\w/%=&-])\d*[^\W\d_]*[{LOWER}]{{2}}[{UPPER}][{LOWER}][^\W\d_]*(?![\w/%=&-])"),
        regexes.compile(rf"(?<=[{LOWER}]{{2}})(?=[{UPPER}][{LOWER}])"),
        regexes.compile(r"\w+"),
        regexes.compile(rf"(?<=[{LOWER}]{{2}}[.!?])(?=[{UPPER}][{LOWER}{UPPER}])"),
        regexes.compile(rf"[(\[][^()\[\]/\n]{{1,{BRACKET_MAX_CHARS}}}[)\]](?=[“\"]?[{UPPER}][{LOWER}])"),
    )


@functools.cache
def glue_anchor() -> re.Pattern[str]:
    """What every glued word holds, two lower-case letters, a capital and a lower-case letter, found
    from its capital: the search skips to the next capital, where the glued-word pattern (which opens
    with a lookbehind) is tried at every position of the line, and most lines hold no glued word."""
    return regexes.compile(rf"[{UPPER}](?<=[{LOWER}]{{2}}.)(?=[{LOWER}])")


def glued_words(text: str) -> list[str]:
    """The glued words of ``text`` (``patterns()[1].findall``), looked for only where it holds their
    anchor (:func:`glue_anchor`)."""
    if glue_anchor().search(text) is None:
        return []
    return patterns()[1].findall(text)


@functools.cache
def button_pattern() -> re.Pattern[str]:
    """Up to two capitalised words, then a capitalised word of two letters glued to a capitalised word;
    it must be a stopword of the line's language (a name so written, "McCain", "LaJoie", opens with
    none in English)."""
    return regexes.compile(
        rf"(?:[{UPPER}][{LOWER}]+ ){{1,2}}([{UPPER}][{LOWER}])(?=[{UPPER}][{LOWER}]{{2}})"
    )


@functools.cache
def label_pattern() -> re.Pattern[str]:
    return regexes.compile(
        rf"[{UPPER}]+(?:['’ ][{UPPER}]+){{0,{LABEL_MAX_WORDS - 1}}}(?=[“\"]?[{UPPER}][{LOWER}]{{2}})"
    )


@functools.cache
def letter_word_pattern() -> re.Pattern[str]:
    """A capital letter glued to a lower-case word and followed by a space and a lower-case word:
    a word of one letter opening the next node ("...Rescue of Kidnapped GirlA video showing"), or a
    name's last capital ("SpaceX and"): the letter must be a stopword of the line's language."""
    return regexes.compile(rf"(?<=[{LOWER}]{{2}})([{UPPER}])(?= [{LOWER}])")


@functools.cache
def tail_pattern() -> re.Pattern[str]:
    """A sentence's end, one space, and a short capitalised phrase with no end punctuation closing
    the text: a box's heading after a paragraph ("...came into contact with. Related articles")."""
    return regexes.compile(
        rf"(?<=[{LOWER}]{{3}}[.!?])[ \xa0]{{0,2}}[{UPPER}][^.!?:;,()\[\]]{{0,{TAIL_MAX_CHARS}}}$"
    )


@functools.cache
def other_glue_patterns() -> tuple[re.Pattern[str], ...]:
    """A word in capitals, or a number, glued to a capitalised word: "...Tampa, FLJune 10",
    "DON'T MISSChina", "for $840See it now"; or a lower-case word glued to a word of three capitals
    or more: "...Basic Motorcycle MaintenanceWORLD LAUNCH" (in a cluster of glued words only:
    "ECMAScript" and "XULRunner" are names)."""
    # The first two open after a space or a sign, never inside an address ("...%20Me%20",
    # "utm=NYTBreaking"). The third: gettext shape F1 0.9609 -> 0.9610 (two pages up, none lower).
    return (
        regexes.compile(rf"(?<![^\s.!?:;,(\[\"“‘»])[{UPPER}]{{2,}}(?=[{UPPER}][{LOWER}]{{2}})"),
        regexes.compile(rf"(?<![^\s$€£(])\d+(?=[{UPPER}][{LOWER}]{{2}})"),
        regexes.compile(rf"(?<=[{LOWER}]{{3}})(?=[{UPPER}]{{3,}}(?![{LOWER}]))"),
    )


@functools.cache
def other_glue_anchors() -> tuple[re.Pattern[str], ...]:
    """What each of :func:`other_glue_patterns` needs around its match, in the same order, found from
    a character the scan can skip to (a capital, a digit): three capitals and two lower-case letters,
    a digit before a capitalised word, three lower-case letters and three capitals. A text without
    one is not searched for its pattern."""
    return (
        regexes.compile(rf"[{UPPER}]{{3}}[{LOWER}]{{2}}"),
        regexes.compile(rf"\d[{UPPER}][{LOWER}]{{2}}"),
        regexes.compile(rf"[{UPPER}](?<=[{LOWER}]{{3}}.)[{UPPER}]{{2}}"),
    )


@functools.cache
def after_prose_word() -> re.Pattern[str]:
    """A word in lower case (no capital inside: not two nodes glued itself) or a comma, and a space."""
    return regexes.compile(rf"(?:(?<![\w'’-])[{LOWER}][{LOWER}\d'’-]*|,) $")
