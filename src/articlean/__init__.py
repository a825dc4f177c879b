"""articlean: clean scraped article dumps (text, markdown or HTML) down to the article."""

from articlean.model import CaptionPolicy, InputFormat, Metadata, Mode, Options, Result
from articlean.pipeline import clean

__version__ = "0.1.0"
__all__ = ["CaptionPolicy", "InputFormat", "Metadata", "Mode", "Options", "Result", "__version__", "clean"]
