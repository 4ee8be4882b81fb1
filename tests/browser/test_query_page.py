"""The endpoint's query page in a real browser, and a hostile page's form post refused."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.unit.test_serve import FIXTURE, Server, start


@pytest.fixture(scope="module")
def endpoint() -> Iterator[Server]:
    yield from start([str(FIXTURE)])


def test_query_page_runs_a_query(browser, endpoint: Server) -> None:
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.goto(f"{endpoint.url}/")
        page.fill("#q", "SELECT ?l { ?c a kg:Country ; rdfs:label ?l } ORDER BY ?l")
        page.click("#run")
        page.wait_for_selector("#out table")
        cells = page.locator("#out td").all_inner_texts()
        assert cells == ["China", "Italy", "Japan", "United States"]
        assert "4 row(s)" in page.inner_text("#status")
    finally:
        ctx.close()


def test_a_form_post_from_another_site_is_refused(browser, endpoint: Server) -> None:
    form = f"""<!doctype html><form id="f" method="post" action="{endpoint.url}/sparql">
    <input name="query" value="SELECT * {{ ?s ?p ?o }}"></form>
    <script>document.getElementById('f').submit()</script>"""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(form.encode())

        def log_message(self, *args: object) -> None:
            pass

    other = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        with page.expect_response(f"{endpoint.url}/sparql") as info:
            page.goto(f"http://localhost:{other.server_address[1]}/")
        response = info.value
        assert response.status == 403
        assert "cross-origin request" in response.text()
    finally:
        ctx.close()
        other.shutdown()
        other.server_close()
