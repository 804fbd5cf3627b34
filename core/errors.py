"""Typed failures with exit codes, so the CLI edge is the one place that turns them into messages."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    usage = 2
    missing_dependency = 3
    nothing_ran = 4
    bad_input = 5


class BaocaoError(Exception):
    """Base of every error we expect; its message says what to do next."""

    exit_code = ExitCode.nothing_ran


class UsageError(BaocaoError):
    exit_code = ExitCode.usage


class MissingDependency(BaocaoError):
    exit_code = ExitCode.missing_dependency


class BadInput(BaocaoError):
    """A file we cannot read as a PDF: recorded as a failed document, never raised past the batch."""

    exit_code = ExitCode.bad_input


class PageFailed(BaocaoError):
    """One page could not be read; the document becomes `partial`."""


class PageTimeout(PageFailed):
    pass


class ToolFailed(PageFailed):
    def __init__(self, tool: str, code: int | None, stderr_tail: str):
        self.tool, self.code, self.stderr_tail = tool, code, stderr_tail
        super().__init__(f"{tool} failed (exit {code}): {stderr_tail}")


class Conflict(BaocaoError):
    """Two reviewers saved the same item: the second is told, nothing is lost."""

    exit_code = ExitCode.usage
