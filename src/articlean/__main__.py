"""``python -m articlean``: the same command as ``articlean``."""

from articlean.cli import main

if __name__ == "__main__":
    main(prog_name="articlean")
