"""The `baocao` command's entry point. `baocao restore` is a filter that runs in pipes, where
start-up is most of its time: loading typer (with pydantic) and rich costs as much CPU as restoring
5,000 words, so a plain `restore` runs without them. Anything else, and any option the light path
does not know (--help, -v), goes to the typer app, which stays the one definition of the commands."""

from __future__ import annotations

import os
import select
import stat
import sys
from collections.abc import Callable

SIGPIPE_EXIT = 141  # 128 + SIGPIPE: what the shell reports for `seq 1 1000000 | head -1`

_VALUED = {"--mode": "mode", "--from": "source", "--model-dir": "model_dir"}


def restore_args(argv: list[str]) -> dict | None:
    """The options of `restore ARGS...` as keyword arguments, or None when typer must parse them."""
    if not argv or argv[0] != "restore":
        return None
    out: dict = {"mode": "auto", "as_json": False, "source": "utf-8", "model_dir": None}
    rest = argv[1:]
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        if arg == "--json":
            out["as_json"] = True
        elif name in _VALUED and (eq or rest):
            out[_VALUED[name]] = value if eq else rest.pop(0)
        else:
            return None
    return out


class ReaderWatch:
    """Keeps a second handle on stdout and stderr when they are pipes, so that after the fact we can
    ask whether their reader went away. rich answers a broken pipe by pointing stdout at /dev/null
    and exiting 1, click by exiting 1: neither says why, so we ask the pipe."""

    def __init__(self) -> None:
        self.fds = []
        for fd in (1, 2):
            try:
                if stat.S_ISFIFO(os.fstat(fd).st_mode):
                    self.fds.append(os.dup(fd))
            except OSError:
                pass

    def reader_gone(self) -> bool:
        poll = select.poll()
        for fd in self.fds:
            poll.register(fd, select.POLLOUT)
        return any(ev & select.POLLERR for _fd, ev in poll.poll(0))


def quiet_when_reader_leaves(run: Callable[[], None]) -> None:
    """A reader that stops early (`baocao --help | head -1`) ends us as it ends other Unix tools:
    exit 141, nothing on stderr; before, rich's or click's broken-pipe path exited 1, and the light
    `restore` path printed an internal error."""
    watch = ReaderWatch()
    try:
        run()
    except (BrokenPipeError, SystemExit) as e:
        failed = isinstance(e, BrokenPipeError) or e.code not in (0, None)
        if not (failed and watch.reader_gone()):
            raise
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # the interpreter's last flush must find somewhere to write
        os.dup2(devnull, 2)
        sys.exit(SIGPIPE_EXIT)


def main() -> None:
    quiet_when_reader_leaves(dispatch)


def dispatch() -> None:
    args = restore_args(sys.argv[1:])
    if args is None:
        from baocao.pipeline.cli import app

        app()
        return
    from baocao.core.errors import BaocaoError

    try:
        if args["model_dir"] is not None:
            from baocao.diacritics.paths import use_model_dir

            use_model_dir(args["model_dir"])
        from baocao.pipeline.restore_cmd import restore_stdin

        restore_stdin(args["mode"], args["as_json"], args["source"])
    except BaocaoError as e:  # as the typer command's edge says it
        sys.stderr.write(f"error: {e}\n")
        sys.exit(int(e.exit_code))
    except BrokenPipeError:
        raise
    except Exception as e:  # noqa: BLE001 - a bug of ours: one line, and how to see more
        sys.stderr.write(f"internal error: {type(e).__name__}: {e} (run with -v for the traceback)\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
