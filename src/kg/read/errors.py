from __future__ import annotations

from pathlib import Path


class ReadError(Exception):
    """A file that cannot be read as a release; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
