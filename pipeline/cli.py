"""`baocao` command line. The one place that turns errors into messages and exit codes."""

from __future__ import annotations

import functools
import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from pipeline.errors import BaocaoError, ExitCode
from schemas.records import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Scanned Vietnamese reports into DuckDB.")
console = Console(stderr=True)
out = Console()


def edge(fn):
    """Catch our own errors once, print one line, exit with the error's code; tracebacks only with -v."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except BaocaoError as e:
            if logging.getLogger().isEnabledFor(logging.DEBUG):
                console.print_exception()
            console.print(f"[red]error:[/red] {e}")
            raise typer.Exit(int(e.exit_code)) from None

    return wrapper


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="debug logging and tracebacks")] = False):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@app.command()
@edge
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PDF files or folders (searched recursively)")],
    db: Annotated[Path, typer.Option(help="DuckDB file to write")] = Path("data/out/baocao.duckdb"),
    workers: Annotated[int, typer.Option(help="pages read in parallel (default: CPU cores)")] = 0,
    password: Annotated[str | None, typer.Option(help="password for protected PDFs")] = None,
    dpi: Annotated[int, typer.Option(help="rasterization resolution for OCR")] = 300,
    lang: Annotated[str, typer.Option(help="Tesseract models")] = "vie+Vietnamese",
    page_timeout: Annotated[float, typer.Option(help="seconds before one page's OCR is abandoned")] = 300.0,
    keep_work: Annotated[Path | None, typer.Option(help="keep intermediate page images in this folder")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON event per line on stdout")] = False,
):
    """Read PDFs into DuckDB: keep good text layers, OCR the rest. Re-running skips what is stored."""
    from pipeline.ingest import ingest as run_ingest
    from pipeline.store import Store

    settings = Settings(dpi=dpi, languages=lang, page_timeout_s=page_timeout, work_dir=keep_work)
    on_terminal = console.is_terminal and not as_json
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"),
        TimeElapsedColumn(), TimeRemainingColumn(), console=console, disable=not on_terminal,
    )  # fmt: skip
    task = progress.add_task("reading", total=0)

    def on_event(kind: str, data: dict) -> None:
        if as_json:
            print(json.dumps({"event": kind, **data}, ensure_ascii=False), flush=True)
        if kind == "doc_planned":
            progress.update(task, total=(progress.tasks[0].total or 0) + data["pages"])
        elif kind == "page_done":
            progress.advance(task)
            if data.get("error"):
                console.print(f"[yellow]page failed:[/yellow] {data['error']}")
        elif kind == "doc_failed":
            console.print(f"[red]failed:[/red] {data['path']}: {data['error']}")
        elif kind == "doc_done" and not on_terminal and not as_json:
            console.print(f"{data['status']:8} {data['path']}")

    with progress:
        report = run_ingest(list(paths), db, settings, workers or None, password, on_event)
    if as_json:
        print(json.dumps({"event": "summary", **report.__dict__}, ensure_ascii=False, default=str))
    else:
        with Store(db) as store:
            show_summary(store.summary(), report)
    if report.interrupted:
        console.print("[yellow]interrupted[/yellow]: run the same command again to continue")
        raise typer.Exit(130)
    if report.documents == 0 and report.failed and not report.skipped:
        raise typer.Exit(int(ExitCode.nothing_ran))


def show_summary(summary: dict, report) -> None:
    docs = summary["documents"]
    out.print(
        f"[bold]{sum(docs.values())}[/bold] documents in the database "
        + ", ".join(f"{n} {s}" for s, n in docs.items())
        + f"; this run: {report.documents} read, {report.skipped} already stored, {report.pages_read} pages"
    )
    table = Table("pages read from", "text layer was", "pages", title="How each page was read")
    for source, verdict, n in summary["pages"]:
        table.add_row(source, verdict, str(n))
    out.print(table)
    for path, error in report.failed:
        out.print(f"[red]failed[/red] {path}: {error}")


def run() -> None:  # pragma: no cover - console entry point
    sys.exit(app())
