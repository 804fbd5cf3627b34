"""Typed failures with exit codes, so the CLI edge is the one place that turns them into messages."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What a command's exit status means (README, "Exit codes"); `--json` summaries say the same."""

    ok = 0  # everything asked for was done
    internal = 1  # a bug of ours (run with -v for the traceback)
    usage = 2  # wrong options, missing database, database busy for too long
    missing_dependency = 3
    nothing_ran = 4  # nothing could be read: every document failed
    bad_input = 5
    some_failed = 6  # the batch ran, but some documents failed or are partial
    interrupted = 130  # Ctrl-C: run the same command again to continue


def batch_outcome(ok: int, failed: int) -> ExitCode:
    """0 when nothing failed, 6 when some documents failed or are partial, 4 when none was read."""
    if not failed:
        return ExitCode.ok
    return ExitCode.some_failed if ok else ExitCode.nothing_ran


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
