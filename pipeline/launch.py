"""The `baocao` command's entry point. `baocao restore` is a filter that runs in pipes, where
start-up is most of its time: loading typer (with pydantic) and rich costs as much CPU as restoring
5,000 words, so a plain `restore` runs without them. Anything else, and any option the light path
does not know (--help, -v), goes to the typer app, which stays the one definition of the commands."""

from __future__ import annotations

import sys

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


def main() -> None:
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
    except Exception as e:  # noqa: BLE001 - a bug of ours: one line, and how to see more
        sys.stderr.write(f"internal error: {type(e).__name__}: {e} (run with -v for the traceback)\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
