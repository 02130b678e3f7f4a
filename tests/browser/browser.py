"""Headless Debian Chromium for the quality gates, and a local server that
serves the built site under the sub-path GitHub Pages would use."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT, SUB_PATH

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def require(*tools) -> None:
    """Skip when a gate's tool is missing, except in CI, where that fails."""
    missing = [str(t) for t in tools if not (Path(t).exists() or shutil.which(str(t)))]
    if missing:
        message = f"missing {', '.join(missing)}: run .ci/run (or see README.md) to install it"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        """A missing address under the sub-path answers the site's 404.html,
        as GitHub Pages does for a project site."""
        page = Path(self.directory) / SUB_PATH.strip("/") / "404.html"
        if code != 404 or not self.path.startswith(SUB_PATH) or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve(site: Path, root: Path):
    """Serve `site` at http://127.0.0.1:<port>/opengov/ ; returns (server, base URL)."""
    (root / SUB_PATH.strip("/")).symlink_to(site, target_is_directory=True)
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"


def chromium(width: int = 1280, javascript: bool = True):
    """A headless Chromium that records every network request it makes."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--window-size={width},900"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    # A headless window is at least 500 px wide: a phone's width is emulated.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def site_pages(site: Path) -> list[str]:
    """Every page of the built site, as paths below the site's root."""
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    return [p[: -len("index.html")] if p.endswith("index.html") else p for p in pages]
