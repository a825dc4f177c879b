"""The language of a text: a stopword vote over jusText's stoplists, biased to common languages.

jusText's lists for some smaller languages are drawn from web text and hold many English words
("su", "mr", "ne"), so a plain vote can name them for English prose. A language people often
publish in wins unless another stoplist covers clearly more of the words.
"""

from __future__ import annotations

from articlean import regexes
from articlean.doccache import per_document
from articlean.lexicon import first_words, script_language, stopword_votes

# A widely published language within this share of the best vote is taken instead.
COMMON_LANGUAGE_MARGIN = 0.85
# Fewer stopword hits than this in the best-voted language is too little to tell. (Summed over the
# languages, three words found once each in different lists, "deep text here", named Czech.)
MIN_VOTES = 3
# Votes are counted over at most this many words.
MAX_WORDS = 2000
# One-letter words ("a", "x", "i") are in many stoplists and in every formula: they tell nothing.
_WORD = regexes.compile(r"\w\w+")
# Languages most pages are written in, most common first: they win ties and near ties.
COMMON_LANGUAGES = (
    "en", "es", "fr", "de", "pt", "it", "nl", "ru", "pl", "tr", "sv", "id", "ja", "zh", "ko", "ar",
    "uk", "cs", "da", "no", "fi", "ro", "hu", "el", "he", "fa", "vi",
)


@per_document  # the pipeline's re-check often asks again about the same body
def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    script = script_language(text)
    if script is not None:
        return script
    votes = stopword_votes(first_words(text, MAX_WORDS, _WORD))
    best = max(votes.values(), default=0)
    if best < MIN_VOTES:
        return None
    for code in COMMON_LANGUAGES:
        if votes.get(code, 0) >= COMMON_LANGUAGE_MARGIN * best:
            return code
    return min(code for code, count in votes.items() if count == best)
