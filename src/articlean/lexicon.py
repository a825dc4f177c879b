"""Stoplists and phrase lists, loaded once from package data files.

Stoplists come from jusText (installed with trafilatura), which ships lists for about 100 languages
(jusText's licence: BSD 2-clause). The language of a text is guessed by which stoplist covers the
largest share of its words; scripts without spaces between words are told by their characters.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources

_WORD = re.compile(r"\w+")
# jusText names its stoplists by English language names; metadata speaks ISO 639-1.
_ISO = {
    "Afrikaans": "af",
    "Albanian": "sq",
    "Arabic": "ar",
    "Aragonese": "an",
    "Armenian": "hy",
    "Aromanian": "rup",
    "Asturian": "ast",
    "Azerbaijani": "az",
    "Basque": "eu",
    "Belarusian": "be",
    "Belarusian_Taraskievica": "be",
    "Bengali": "bn",
    "Bishnupriya_Manipuri": "bpy",
    "Bosnian": "bs",
    "Breton": "br",
    "Bulgarian": "bg",
    "Catalan": "ca",
    "Cebuano": "ceb",
    "Chuvash": "cv",
    "Croatian": "hr",
    "Czech": "cs",
    "Danish": "da",
    "Dutch": "nl",
    "English": "en",
    "Esperanto": "eo",
    "Estonian": "et",
    "Finnish": "fi",
    "French": "fr",
    "Galician": "gl",
    "Georgian": "ka",
    "German": "de",
    "Greek": "el",
    "Gujarati": "gu",
    "Haitian": "ht",
    "Hebrew": "he",
    "Hindi": "hi",
    "Hungarian": "hu",
    "Icelandic": "is",
    "Ido": "io",
    "Igbo": "ig",
    "Indonesian": "id",
    "Irish": "ga",
    "Italian": "it",
    "Javanese": "jv",
    "Kannada": "kn",
    "Kazakh": "kk",
    "Korean": "ko",
    "Kurdish": "ku",
    "Kyrgyz": "ky",
    "Latin": "la",
    "Latvian": "lv",
    "Lithuanian": "lt",
    "Lombard": "lmo",
    "Low_Saxon": "nds",
    "Luxembourgish": "lb",
    "Macedonian": "mk",
    "Malay": "ms",
    "Malayalam": "ml",
    "Maltese": "mt",
    "Marathi": "mr",
    "Neapolitan": "nap",
    "Nepali": "ne",
    "Newar": "new",
    "Norwegian_Bokmal": "nb",
    "Norwegian_Nynorsk": "nn",
    "Occitan": "oc",
    "Persian": "fa",
    "Piedmontese": "pms",
    "Polish": "pl",
    "Portuguese": "pt",
    "Quechua": "qu",
    "Romanian": "ro",
    "Russian": "ru",
    "Samogitian": "sgs",
    "Serbian": "sr",
    "Serbo_Croatian": "sh",
    "Sicilian": "scn",
    "Simple_English": "en",
    "Slovak": "sk",
    "Slovenian": "sl",
    "Spanish": "es",
    "Sundanese": "su",
    "Swahili": "sw",
    "Swedish": "sv",
    "Tagalog": "tl",
    "Tamil": "ta",
    "Telugu": "te",
    "Turkish": "tr",
    "Turkmen": "tk",
    "Ukrainian": "uk",
    "Urdu": "ur",
    "Uzbek": "uz",
    "Vietnamese": "vi",
    "Volapuk": "vo",
    "Walloon": "wa",
    "Waray_Waray": "war",
    "Welsh": "cy",
    "West_Frisian": "fy",
    "Western_Panjabi": "pnb",
    "Yoruba": "yo",
}
# Languages people most often scrape are preferred when two stoplists tie.
_PREFERRED = ("en", "es", "fr", "de", "pt", "it", "nl", "ru", "pl", "tr", "sv", "id", "ja", "zh", "ko", "ar")


@functools.cache
def stoplists() -> dict[str, frozenset[str]]:
    """ISO code -> stopwords, from jusText's package data (read once per process)."""
    folder = resources.files("justext") / "stoplists"
    lists: dict[str, set[str]] = {}
    for entry in folder.iterdir():
        name = entry.name.removesuffix(".txt")
        code = _ISO.get(name)
        if code is None or not entry.name.endswith(".txt"):
            continue
        words = entry.read_text(encoding="utf-8").split()
        lists.setdefault(code, set()).update(word.casefold() for word in words)
    return {code: frozenset(words) for code, words in lists.items()}


@functools.cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for code, words in stoplists().items():
        for word in words:
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def _script_language(text: str) -> str | None:
    """Languages told by their script rather than their words."""
    counts: Counter[str] = Counter()
    for char in text[:5000]:
        code = ord(char)
        if 0x3040 <= code <= 0x30FF:
            counts["ja"] += 1
        elif 0x4E00 <= code <= 0x9FFF:
            counts["zh"] += 1
        elif 0xAC00 <= code <= 0xD7AF:
            counts["ko"] += 1
        elif 0x0E00 <= code <= 0x0E7F:
            counts["th"] += 1
    if not counts:
        return None
    letters = sum(1 for char in text[:5000] if char.isalpha())
    script, count = counts.most_common(1)[0]
    if count < 0.3 * max(letters, 1):
        return None
    # Japanese mixes kanji with kana; any kana at all means Japanese.
    if counts["ja"] >= 0.05 * count or script == "ja":
        return "ja"
    return script


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    script = _script_language(text)
    if script is not None:
        return script
    index = _word_languages()
    votes: Counter[str] = Counter()
    words = _WORD.findall(text.casefold())[:2000]
    for word in words:
        for code in index.get(word, ()):
            votes[code] += 1
    if not votes or sum(votes.values()) < 3:
        return None
    best = max(votes.values())
    tied = [code for code, count in votes.items() if count == best]
    for code in _PREFERRED:
        if code in tied:
            return code
    return sorted(tied)[0]


def stopwords(language: str | None) -> frozenset[str]:
    """Stopwords of a language; English when unknown (the most common language of dumps)."""
    lists = stoplists()
    return lists.get(language or "en") or lists["en"]


def stopword_count(words: Iterable[str], stoplist: frozenset[str]) -> int:
    return sum(1 for word in words if word.casefold() in stoplist)
