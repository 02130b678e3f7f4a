"""`make serve`: MkDocs' live preview, made to survive every writer's mistake.

`mkdocs serve` stops when the first build fails, and after a failed rebuild
leaves every request waiting ("The server will appear stuck"). Here a failed
build or rebuild writes, at every page's address, a page that lists the
problems as the terminal does, in that page's language; the browser reloads
it, and the site comes back on the next good save. The routine INFO lines of
each rebuild are left out, so the messages that matter show.

Usage: python -m scripts.preview [HOST:PORT]   (default 127.0.0.1:8000)
"""
from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from mkdocs.commands import serve as mkdocs_serve
from watchdog import events
from watchdog.observers import Observer

from macros.language.messages import message, shown_lines
from macros.site.problem_page import page_files, problem_page
from scripts import preview_caches

ROOT = Path(__file__).resolve().parent.parent

log = logging.getLogger("mkdocs.preview")
# What the terminal still shows at INFO level: where to look, and that a build is done.
_KEPT_INFO = ("Serving on", "Documentation built", "Detected file changes", "Reloading browsers")


class _Problems(logging.Handler):
    """The warnings and errors of the build under way."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        message = shown_lines(record.getMessage())
        if self.messages and self.messages[-1].endswith(":"):  # "Error reading page 'x.md':" and its reason
            self.messages[-1] += " " + message
        else:
            self.messages.append(message)


_problems = _Problems()


class _Shown(logging.Formatter):
    """The terminal's lines in the writer's language, with what cannot be
    seen shown by its code (an escape sequence from a data file must not
    reach the terminal)."""

    def format(self, record):
        return shown_lines(f"{message('level.' + record.levelname.lower())} {said(record.getMessage())}")


# MkDocs' routine lines the terminal keeps, in the writer's language.
_ROUTINE = ((re.compile(r"^Serving on (\S+)$"), "preview_serving"),
            (re.compile(r"^Documentation built in ([\d.]+) seconds$"), "preview_built"),
            (re.compile(r"^Detected file changes$"), "preview_changes"),
            (re.compile(r"^Reloading browsers$"), "preview_reloading"))


def said(text: str) -> str:
    """A line of the terminal: MkDocs' routine words in the writer's language."""
    for pattern, name in _ROUTINE:
        found = pattern.match(text)
        if found:
            return message(name, value=found.group(1) if pattern.groups else "")
    return text


def _routine(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING or record.getMessage().startswith(_KEPT_INFO)


def write_problem_pages(site_dir: Path, docs_dir: Path, problems: list[str]) -> None:
    """Every page's address, the root and the 404 page show the problems."""
    sources = [path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md")]
    for file, lang in page_files(sources).items():
        target = site_dir / file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(problem_page(problems, (lang,)), encoding="utf-8")
    for name in ("index.html", "404.html"):
        (site_dir / name).write_text(problem_page(problems), encoding="utf-8")


def _shown(run, site_dir, docs_dir):
    """`run()`, or, when it fails, its problems written where the browser looks."""
    _problems.messages.clear()
    try:
        run()
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # any failure of a build, even sys.exit() in a plugin
        problems = list(dict.fromkeys(_problems.messages)) or [str(error) or type(error).__name__]
        if not _problems.messages:
            log.error(problems[0])
        write_problem_pages(Path(site_dir), Path(docs_dir), problems)
        log.warning(message("preview_problems_shown"))


def _build(config, **options):
    _shown(lambda: _mkdocs_build(config, **options), config.site_dir, config.docs_dir)


# What a save does to a file; not the opening and reading of the files by
# the build itself, which would start the next rebuild.
_SAVES = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent, events.FileMovedEvent,
          events.FileClosedEvent]


class _Watcher(Observer):
    """The system's notice of each save (inotify on Linux), where MkDocs
    looks at every watched file twice a second: a save is seen at once
    instead of 0.25 s later on average."""

    def schedule(self, event_handler, path, *, recursive=False, **_):
        return super().schedule(event_handler, path, recursive=recursive, event_filter=_SAVES)


class _Server(mkdocs_serve.LiveReloadServer):
    """MkDocs' server, whose rebuilds (reading mkdocs.yml again, then
    building) never raise: the browser is told to reload either way. It
    answers only the names it is served at (127.0.0.1, localhost and the
    address given): a page of another site that takes over a name of its own
    (DNS rebinding) gets 421, not the preview. An address it cannot serve
    (/en/%00) is not found, never a traceback."""

    def __init__(self, builder, root, **options):
        super().__init__(builder=lambda: _shown(builder, root, ROOT / "docs"), root=root, **options)
        self.observer = _Watcher()
        self.host_names = served_names(options.get("host", ""))

    def _serve_request(self, environ, start_response):
        if host_name(environ.get("HTTP_HOST", "")) not in self.host_names:
            start_response("421 Misdirected Request", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"421 Misdirected Request: this preview answers only 127.0.0.1 and localhost"]
        if _UNSERVABLE.search(environ.get("PATH_INFO", "")):
            return None  # not found
        try:
            return super()._serve_request(environ, start_response)
        except ValueError:  # an address no file can have
            return None


_UNSERVABLE = re.compile(r"[\x00-\x1f\x7f]")


def served_names(host: str) -> set[str]:
    """The host names the preview answers: the loopback's and its own."""
    return {"127.0.0.1", "localhost", "[::1]", host_name(host)} - {""}


def host_name(host_header: str) -> str:
    """The name of a Host header, without its port: localhost:8000 -> localhost."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[:host.find("]") + 1]
    return host.rsplit(":", 1)[0] if ":" in host else host


_mkdocs_build = mkdocs_serve.build


def main(argv: list[str]) -> None:
    mkdocs_serve.build = _build
    mkdocs_serve.LiveReloadServer = _Server
    preview_caches.install()
    terminal = logging.StreamHandler()
    terminal.setFormatter(_Shown("%(levelname)-7s -  %(message)s"))
    terminal.addFilter(_routine)
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.setLevel(logging.INFO)
    mkdocs_log.propagate = False
    mkdocs_log.addHandler(terminal)
    mkdocs_log.addHandler(_problems)
    address = argv[0] if argv else "127.0.0.1:8000"
    try:
        mkdocs_serve.serve(config_file=str(ROOT / "mkdocs.yml"), livereload=True, dev_addr=address)
    except OSError as error:
        sys.exit(f"{message('level.error')} " + message("preview_address", address=address, words=error.strerror))


if __name__ == "__main__":
    main(sys.argv[1:])
