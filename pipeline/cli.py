"""`baocao` command line. The one place that turns errors into messages and exit codes."""

from __future__ import annotations

import functools
import json
import logging
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from baocao.core.errors import BaocaoError, ExitCode, UsageError, batch_outcome

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Scanned Vietnamese reports into DuckDB.")
console = Console(stderr=True, soft_wrap=not sys.stderr.isatty())  # a log keeps each message on one line
out = Console(width=None if sys.stdout.isatty() else 160)  # piped output: never cut a number


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
        except (typer.Exit, typer.Abort, KeyboardInterrupt, BrokenPipeError):  # a reader gone: launch.py
            raise
        except Exception as e:  # a bug of ours: one line, and how to see more
            if logging.getLogger().isEnabledFor(logging.DEBUG):
                console.print_exception()
            console.print(f"[red]internal error:[/red] {type(e).__name__}: {e} (run with -v for the traceback)")
            raise typer.Exit(1) from None

    return wrapper


def choose_model_dir(explicit: Path | None, db: Path | None) -> None:
    """The learned model in force: --model-dir, else BAOCAO_MODEL_DIR, else model/ beside the database.
    Without any of them the shipped model reads alone; nothing ever writes into the package."""
    from baocao.diacritics.paths import model_dir, use_model_dir

    if explicit is not None:
        use_model_dir(explicit)
    elif model_dir() is None and db is not None:
        use_model_dir(db.parent / "model")


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
    learn: Annotated[bool, typer.Option(help="add clean digital PDFs to the learned diacritics model (beside the DB) and rebuild it")] = False,
    model_dir: Annotated[Path | None, typer.Option(help="learned diacritics model folder (default: DB folder/model)")] = None,
    restore: Annotated[bool, typer.Option(help="restore Vietnamese marks where the text lost them")] = True,
    pdf_out: Annotated[Path | None, typer.Option(help="searchable PDFs go here (default: DB folder/pdf)")] = None,
    searchable: Annotated[bool, typer.Option(help="write a searchable PDF of each OCR'd or restored document")] = True,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (tcp://HOST:8786) to run pages on")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON event per line on stdout")] = False,
):
    """Read PDFs into DuckDB: keep good text layers, OCR the rest. Re-running skips what is stored."""
    from baocao.pipeline.ingest import ingest as run_ingest
    from baocao.pipeline.store import Store
    from baocao.schemas.records import Settings  # here, not at the top: `restore` needs no pydantic

    from baocao.pipeline.ingest import dask_executor

    choose_model_dir(model_dir, db)
    from baocao.pipeline.logs import route_warnings

    route_warnings(db.parent / "baocao.log")
    pdf_dir = (pdf_out or db.parent / "pdf") if searchable else None
    settings = Settings(dpi=dpi, languages=lang, page_timeout_s=page_timeout, work_dir=keep_work, learn=learn,
                        restore=restore, pdf_dir=pdf_dir, ocr_cache=db.parent / "ocr-cache")  # fmt: skip
    factory = dask_executor(scheduler) if scheduler else None
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
        report = run_ingest(list(paths), db, settings, workers or None, password, on_event, factory)
    code = ExitCode.interrupted if report.interrupted else batch_outcome(report.ok, len(report.failed))
    if as_json:
        print(json.dumps({"event": "summary", **report.__dict__, "exit_code": int(code), "outcome": code.name},
                         ensure_ascii=False, default=str))  # fmt: skip
    else:
        with Store(db) as store:
            show_summary(store.summary(), report)
    if report.interrupted:
        console.print("[yellow]interrupted[/yellow]: run the same command again to continue")
    elif code is not ExitCode.ok:
        console.print(f"[red]{len(report.failed)} of {report.ok + len(report.failed)} documents failed or are "
                      f"partial[/red] (exit {int(code)}: {code.name})")  # fmt: skip
    if code is not ExitCode.ok:
        raise typer.Exit(int(code))


@app.command()
@edge
def extract(
    doc_ids: Annotated[list[str] | None, typer.Argument(help="documents to redo (default: all stored)")] = None,
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path("data/out/baocao.duckdb"),
):
    """Run the extractors again over stored documents, reading no page again (after an upgrade).
    Reviewers' corrections stay attached: fact ids do not change between runs."""
    from baocao.pipeline.ingest import documents_to_reextract, reextract
    from baocao.pipeline.store import Store

    if not db.exists():
        raise UsageError(f"no database at {db}; run `baocao ingest PATH --db {db}` first")
    with Store(db) as store:
        docs = documents_to_reextract(store, doc_ids)
        with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                      console=console, disable=not console.is_terminal) as progress:  # fmt: skip
            task = progress.add_task("extracting", total=len(docs))
            failed = reextract(store, docs, lambda path, error: progress.advance(task))
        show_documents(store.summary())
    for _path, error in failed:
        out.print(f"[red]failed[/red] {error}")
    if failed:
        raise typer.Exit(int(batch_outcome(len(docs) - len(failed), len(failed))))


@app.command()
@edge
def restore(
    as_json: Annotated[bool, typer.Option("--json", help="each word with its confidence, as JSON")] = False,
    mode: Annotated[str, typer.Option(help="auto | stripped | garbled (an English-only OCR's reading)")] = "auto",
    model_dir: Annotated[Path | None, typer.Option(help="a learned diacritics model folder (default: the shipped model)")] = None,
    source: Annotated[str, typer.Option("--from", help="utf-8, or a pre-Unicode encoding: tcvn3 | vni | viscii | "
                                        "vps | cp1258 | auto (found from the text)")] = "utf-8",
):
    """Restore Vietnamese marks: UTF-8 text on stdin, the same text with marks on stdout. Text in a
    pre-Unicode encoding (bytes of a .txt export, or a PDF's TCVN3/VNI characters) is transcoded by
    its table instead: nothing to guess."""
    from baocao.pipeline.restore_cmd import restore_stdin

    choose_model_dir(model_dir, None)
    restore_stdin(mode, as_json, source)


@app.command()
@edge
def trend(
    indicator: Annotated[str, typer.Argument(help="indicator id or phrase, with or without marks")],
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path("data/out/baocao.duckdb"),
    province: Annotated[str | None, typer.Option(help="province, with or without marks")] = None,
    png: Annotated[Path | None, typer.Option(help="also draw the chart into this PNG")] = None,
):
    """An indicator's values over time across reports (corrections applied)."""
    from baocao.pipeline import query
    from baocao.pipeline.charts import trend_chart
    from baocao.pipeline.vnformat import vn_date, vn_number

    with query.connect(db) as con:
        iid, name = query.resolve_indicator(con, indicator)
        prov = query.resolve_province(con, province) if province else None
        points = query.trend(con, iid, prov)
    table = Table("date", "province", "value", "unit", "report", "period", "page", "review",
                  title=f"{name} ({iid})")  # fmt: skip
    for p in points:
        table.add_row(vn_date(p.date), p.province or "", vn_number(p.value), p.unit, p.so_hieu or p.doc_id[:8],
                      p.period_label or "", str(p.page_no), p.review_status + (" · below target" if p.below_target else ""))
    out.print(table)
    if not points:
        console.print(f"no values of {iid} stored" + (f" for {prov}" if prov else ""))
    if png:
        trend_chart(points, f"{name}" + (f" - {prov}" if prov else ""), png)
        console.print(f"chart: {png}")


@app.command()
@edge
def breakdown(
    indicator: Annotated[str, typer.Argument(help="indicator id or phrase, with or without marks")],
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path("data/out/baocao.duckdb"),
    report: Annotated[str | None, typer.Option(help="số hiệu (or document id) of the report; default: the latest")] = None,
    png: Annotated[Path | None, typer.Option(help="also draw the bar chart into this PNG")] = None,
):
    """Which units lag: an indicator's values per agency, commune or district in one report, lowest first."""
    from baocao.pipeline import charts, query
    from baocao.pipeline.vnformat import vn_number

    with query.connect(db) as con:
        iid, name = query.resolve_indicator(con, indicator)
        b = query.breakdown(con, iid, report)
    if b is None:
        console.print(f"no per-unit values of {iid} stored" + (f" in {report}" if report else ""))
        return
    title = f"{name} ({iid}), {b.so_hieu or b.doc_id[:8]}"
    table = Table("subject", "kind", "value", "unit", "page", "review", title=title)
    for subject, kind, value, page_no, status in b.rows:
        below = b.target is not None and value < b.target
        table.add_row(subject, kind, ("[red]" if below else "") + vn_number(value), b.unit, str(page_no), status)
    out.print(table)
    if b.target is not None:
        console.print(f"target {vn_number(b.target)} {b.unit}: {b.target_quote}")
    if png:
        charts.breakdown_chart(b, title, png)
        console.print(f"chart: {png}")


@app.command()
@edge
def search(
    text: Annotated[str, typer.Argument(help="words to find, marks optional")],
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path("data/out/baocao.duckdb"),
    limit: Annotated[int, typer.Option(help="hits to show")] = 10,
):
    """Accent-insensitive full-text search over pages, ranked (BM25)."""
    from baocao.pipeline.query import connect
    from baocao.pipeline.search import search as find
    from baocao.pipeline.vnformat import vn_number

    with connect(db) as con:
        hits = find(con, text, limit)
    for h in hits:
        out.print(f"[bold]{h.so_hieu or Path(h.path).name}[/bold] page {h.page_no}  (score {vn_number(h.score)}, "
                  f"{h.match})")
        line = Text("   ")
        for k, part in enumerate(re.split(r"\[([^\]]*)\]", h.snippet)):
            line.append(part, style="bold yellow" if k % 2 else None)
        out.print(line, soft_wrap=True)  # piped: one hit, one line (grep, cut); was cut at 160 columns
    if not hits:
        console.print("no page has all of these words")


@app.command()
@edge
def export(
    out_dir: Annotated[Path, typer.Argument(help="folder to write into")],
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path("data/out/baocao.duckdb"),
    fmt: Annotated[str, typer.Option("--format", help="csv or parquet")] = "csv",
    excel: Annotated[bool, typer.Option(help="CSV that Excel opens with its marks (UTF-8 with a BOM)")] = False,
):
    """Facts, model statuses, tables, documents and corrections as CSV or Parquet files."""
    from baocao.pipeline.export import export as write
    from baocao.pipeline.query import connect

    with connect(db) as con:
        for path in write(con, out_dir, fmt, excel):
            out.print(str(path))


@app.command()
@edge
def review(
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path("data/out/baocao.duckdb"),
    host: Annotated[str, typer.Option(help="address to listen on (loopback unless you mean it)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8765,
    behind_proxy: Annotated[bool, typer.Option(help="served over TLS by a reverse proxy on this machine: trust "
                                                    "its X-Forwarded-* headers, Secure cookies")] = False,  # fmt: skip
):
    """The QA reviewers' web page. Needs BAOCAO_REVIEW_TOKEN (16+ characters), or prints a token it made."""
    import os
    import secrets

    import uvicorn

    from baocao.pipeline.review import check_token, make_app
    from baocao.pipeline.store import Store

    if not db.exists():
        raise UsageError(f"no database at {db}; run `baocao ingest PATH --db {db}` first")
    db = db.absolute()
    Store(db).close()  # bring the schema and views up to date before serving
    token = os.environ.get("BAOCAO_REVIEW_TOKEN", "")
    if token:
        check_token(token)
    else:
        token = secrets.token_urlsafe(18)
        console.print(f"reviewer token: [bold]{token}[/bold]  (set BAOCAO_REVIEW_TOKEN to choose one)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it and has the token can edit")
    check_port_free(host, port)
    console.print(f"review page: {serving_url(host, port, behind_proxy)}")
    proxy = {"proxy_headers": True, "forwarded_allow_ips": "127.0.0.1,::1"} if behind_proxy else {"proxy_headers": False}
    uvicorn.run(make_app(db, token, secure=behind_proxy), host=host, port=port, log_level="warning", **proxy)


def check_port_free(host: str, port: int) -> None:
    """A usage error naming the port when it is taken: before, the page's address was printed (another
    server's, if one was there), then uvicorn's bind error, and exit 3, which says 'missing dependency'."""
    import socket

    try:
        infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        raise UsageError(f"cannot listen on {host!r}: {e.strerror}") from None
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            s.bind(address)
        except OSError as e:
            raise UsageError(f"cannot listen on {serving_url(host, port)}: {e.strerror} (another review server? "
                             "choose another --port)") from None  # fmt: skip


def serving_url(host: str, port: int, tls: bool = False) -> str:
    """An address a browser accepts: IPv6 in brackets, and a wildcard as this machine's loopback."""
    shown = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "::": "[::1]"}.get(host, host)
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"{'https' if tls else 'http'}://{shown}:{port}/"


reviewers_app = typer.Typer(no_args_is_help=True, help="Named reviewers of the review page.")
app.add_typer(reviewers_app, name="reviewers")


@reviewers_app.command("add")
@edge
def reviewers_add(
    name: Annotated[str, typer.Argument(help="the reviewer's name, as the audit trail shows it")],
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path("data/out/baocao.duckdb"),
):
    """Give a reviewer their own token (printed once; only its hash is kept beside the database)."""
    from baocao.pipeline.review import add_reviewer, reviewer_names, reviewers_path

    if not db.exists():
        raise UsageError(f"no database at {db}; run `baocao ingest PATH --db {db}` first")
    known = name.strip() in reviewer_names(db.absolute())
    token = add_reviewer(db.absolute(), name)
    out.print(token)
    replaced = "; it replaces their earlier token, which no longer logs in" if known else ""
    console.print(f"token of {name.strip()} (shown once; kept hashed in {reviewers_path(db.absolute())}){replaced}")


@app.command()
@edge
def relocate(
    folder: Annotated[Path, typer.Argument(help="where the archive's PDFs are now (searched recursively)")],
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path("data/out/baocao.duckdb"),
):
    """Find moved PDFs again by their SHA-256 and point the documents at their new paths."""
    from baocao.pipeline.ingest import discover, display_path, sha256_of
    from baocao.pipeline.store import Store

    if not db.exists():
        raise UsageError(f"no database at {db}; run `baocao ingest PATH --db {db}` first")
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder")
    found = {}
    for path in discover([folder]):
        try:
            found[sha256_of(path)] = path
        except OSError as e:
            console.print(f"[yellow]skipped[/yellow] {display_path(path)}: {e.strerror}")
    with Store(db) as store:
        moved = store.relocate(found)
    for _doc_id, old, new in moved:
        out.print(f"{old} -> {new}")
    console.print(f"{len(moved)} documents relocated ({len(found)} PDFs looked at)")


diacritics_app = typer.Typer(no_args_is_help=True, help="The diacritics model: train it on clean reports.")
app.add_typer(diacritics_app, name="diacritics")


@diacritics_app.command("train")
@edge
def diacritics_train(
    paths: Annotated[list[Path] | None, typer.Argument(help="clean reports: .txt (UTF-8) or .pdf with a good text layer")] = None,
    model_dir: Annotated[Path | None, typer.Option(help="the learned model's folder (default: BAOCAO_MODEL_DIR, else data/out/model, where ingest looks)")] = None,
    corrections: Annotated[Path | None, typer.Option(help="also learn the words reviewers corrected in this DuckDB file")] = None,
):
    """Add clean Vietnamese reports (and reviewers' corrected words) to the learned model's training
    text and rebuild it (~20 s). The shipped model is never changed."""
    import hashlib

    from baocao.diacritics.build import add_user_text, build, use_model_dir
    from baocao.diacritics.build import model_dir as env_model_dir
    from baocao.pipeline.ingest import discover_text, display_path
    from baocao.pipeline.probe import judge_layer
    from baocao.schemas.records import LayerVerdict

    model_dir = model_dir or env_model_dir() or Path("data/out/model")
    use_model_dir(model_dir)
    added = skipped = failed = 0
    for path, text, error in discover_text(paths or []):
        if text is None:  # unreadable: named, counted in the exit code, the others still learned
            console.print(f"[red]failed[/red] {display_path(path)}: {error}")
            failed += 1
            continue
        verdict = judge_layer(text)
        if verdict is not LayerVerdict.good:
            console.print(f"[yellow]skipped[/yellow] {path}: its text is {verdict.value}, not clean Vietnamese")
            skipped += 1
            continue
        added += add_user_text("train-" + hashlib.sha256(text.encode()).hexdigest()[:16], text)
    if corrections is not None:
        from baocao.pipeline import queue
        from baocao.pipeline.store import Store

        if not corrections.exists():
            raise UsageError(f"no database at {corrections}")
        with Store(corrections) as store:
            lines = queue.corrected_word_lines(store.con)
        if lines:
            added += add_user_text("reviewed-words", "\n".join(lines))
            console.print(f"{len(lines)} corrected words from {corrections}")
    if not added:
        console.print(f"nothing new to learn ({skipped} skipped" + (f", {failed} failed)" if failed else ")"))
    else:
        stats = build(verbose=False, into=model_dir)
        out.print(f"learned {added} documents into {model_dir}; model {stats['version']} rebuilt in {stats['seconds']} "
                  f"s: {stats['tokens']:,} tokens, {stats['trigrams']:,} trigrams, {stats['lm_mb']} MB")  # fmt: skip
    if failed:
        raise typer.Exit(int(batch_outcome(added, failed)))


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
    show_documents(summary)
    for path, error in report.failed:
        out.print(f"[red]failed[/red] {path}: {error}")


def show_documents(summary: dict) -> None:
    docs_t = Table("file", "status", "số hiệu", "province", "period", "pages", "facts", "to review", "models",
                   title="What each document says")  # fmt: skip
    for row in summary["per_doc"]:
        docs_t.add_row(*("" if v is None else str(v) for v in row))
    out.print(docs_t)


if __name__ == "__main__":
    app()
