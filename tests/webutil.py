"""The review app served over real HTTP, and Debian's chromium logged in to it."""

import contextlib
import shutil
import socket
import threading
import time
from pathlib import Path

from baocao.pipeline.review import make_app

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


@contextlib.contextmanager
def serve(db: Path, token: str):
    """`baocao review`'s app on a free port, in a thread; yields its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(make_app(db, token), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextlib.contextmanager
def logged_in(playwright, base: str, name: str, token: str):
    """A chromium page past the login form; yields the page."""
    browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
    try:
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.goto(base + "/login")
        page.fill("#name", name)
        page.fill("#token", token)
        page.click("button[type=submit]")
        page.wait_for_url(base + "/")
        yield page
    finally:
        browser.close()
