"""Headless Chromium for the explorer tests.

Without /usr/bin/chromium the browser tests are skipped, unless ``KG_REQUIRE_BROWSER`` is
set, in which case they fail: a CI that promises a browser must not pass silently.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail(f"KG_REQUIRE_BROWSER is set but {CHROMIUM} is missing")
        pytest.skip(f"{CHROMIUM} not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@dataclass
class Opened:
    """A loaded explorer page and everything it asked the network for or complained about."""

    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser) -> Iterator[Callable[[Path], Opened]]:
    contexts = []

    def _open(path: Path, width: int = 1400, height: int = 900) -> Opened:
        ctx = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(ctx)
        page = ctx.new_page()
        opened = Opened(page=page, url=path.resolve().as_uri())
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on(
            "console",
            lambda m: opened.errors.append(m.text) if m.type in ("error", "warning") else None,
        )
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.goto(opened.url)
        page.wait_for_function("window.kgFirstDrawMs !== undefined", timeout=60_000)
        return opened

    yield _open
    for ctx in contexts:
        ctx.close()
