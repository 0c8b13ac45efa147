"""Errors and partial results of reading.

A file that cannot give any release raises `ReadError`. A file holding many
releases (JSON list, JSON Lines) where only some records are bad still gives
the good ones: `read_release` then returns a `ReadResult` (a plain list of
releases) whose `problems` lists one `RecordError` per bad record, so one bad
line in a 10,000-line export does not lose the other 9,999, and the caller
can still report exactly which line failed.
"""

from __future__ import annotations

from pathlib import Path


class ReadError(Exception):
    """A file that cannot be read as a release; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = " ".join(str(problem).split())  # always one line
        super().__init__(f"{self.path}: {self.problem}")


class RecordError(ReadError):
    """One bad record inside a multi-release file; `where` is e.g. "line 7" or "record 3"."""

    def __init__(self, path: str | Path, where: str, problem: str):
        self.where = where
        super().__init__(path, f"{where}: {problem}")


class ReadResult(list):
    """The releases read from one file, plus the records that had to be skipped.

    It is a `list[Release]`, so callers that only want releases need not care;
    callers that report problems read `problems`.
    """

    def __init__(self, releases=(), problems: list[RecordError] | None = None):
        super().__init__(releases)
        self.problems: list[RecordError] = list(problems or [])
