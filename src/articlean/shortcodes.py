"""CMS shortcodes printed as text: ``[button link="…"]Buy now[/button]``, ``[embed]…[/embed]``.

WordPress and its kin expand bracketed shortcodes into markup when they render a page; a plugin that
is gone, or a shortcode typed in the wrong field, leaves it printed as text instead:

    [button link="https://example.com/subscribe/" type="big"] Send us your review[/button]
    [caption id="attachment_12" align="alignright" width="300"]Jane Doe[/caption]

Such a line is markup, not prose: what it wraps is a button's label, an embed's address, a caption's
name. The model reads the label as a short line of the article. A line is a shortcode's when it
opens and closes with a shortcode tag and holds little else: a tag is one with attributes
(``[name key=value …]``) or a closing tag whose opening is on the line too. A bracketed word alone
("[sic]", "[1]", "[edit]", a markdown link's ``[text]``) is not one. Such blocks are dropped with the
reason ``shortcode`` (README: "Reason ids"), inside the article too.
"""

from __future__ import annotations

import re

from articlean import regexes

# Words outside the tags a shortcode line may hold: a button's label or a short caption. A longer
# text between tags is prose someone wrapped (a quote, a caption of its own), which stays.
LABEL_MAX_WORDS = 12
# A tag: "[name ...]" or "[/name]"; the name opens with a letter, the attributes hold no bracket.
_TAG = regexes.compile(r"\[(/?)([A-Za-z][\w-]*)((?:\s[^\[\]]*)?)\]")
# An attribute: a name, "=" and a value (quoted with any quote mark, or bare).
_ATTRIBUTE = regexes.compile(r"[\w-]+\s*=")
# A pair of tags without attributes needs a name this long: "[b]…[/b]" and "[i]…[/i]" are forum
# formatting around prose, not a shortcode standing for markup.
PAIR_NAME_MIN_CHARS = 2


def shortcode_line(text: str) -> bool:
    """Whether ``text`` is a shortcode printed as text: it opens and closes with a shortcode tag and
    holds at most LABEL_MAX_WORDS words outside its tags."""
    text = text.strip()
    if not text.startswith("[") or not text.endswith("]"):
        return False  # cheap: most lines are not bracketed at both ends
    tags = list(_TAG.finditer(text))
    if not tags or tags[0].start() != 0 or tags[-1].end() != len(text):
        return False
    opened = {tag[2].casefold() for tag in tags if not tag[1]}
    if not all(_shortcode_tag(tag, opened) for tag in (tags[0], tags[-1])):
        return False
    outside = _TAG.sub(" ", text)
    return len(outside.split()) <= LABEL_MAX_WORDS


def _shortcode_tag(tag: re.Match[str], opened: set[str]) -> bool:
    """A shortcode's tag: an opening one with attributes, or a closing one whose name opened on the
    line. An opening tag without attributes counts when the line closes it (a name of one letter is
    formatting)."""
    closing, name, attributes = tag[1], tag[2].casefold(), tag[3]
    if closing:
        return name in opened
    if _ATTRIBUTE.search(attributes):
        return True
    return len(name) >= PAIR_NAME_MIN_CHARS and f"[/{name}]" in tag.string.casefold()
