"""MkDocs' own messages that a writer meets, said in the writer's language
and in the site's form, `docs/<page>:<line>: what is wrong; what to do`:
a link to a page or a place that does not exist, a page the build stopped
on. "Error reading page 'x.md':", which only announces the plugin's own
message, is left out; any other message passes as MkDocs wrote it.

A filter on the loggers that write them, installed once per run
(`install`); `translated` is a pure function of the message and the pages'
folder.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from ..language.messages import message, shown

_LINK = re.compile(r"Doc file '(?P<page>.+?)' contains a link '(?P<link>.+?)', but (?P<problem>.+?)\.(?: .*)?$", re.S)
_MISSING_PAGE = re.compile(r"the target(?: '(?P<target>.+?)')? is not found among documentation files")
_MISSING_ANCHOR = re.compile(r"the doc '(?P<target>.+?)' does not contain an anchor '#(?P<anchor>.+?)'")
_HERE = "there is no such anchor on this page"
_ANNOUNCING = re.compile(r"Error (?:reading|building) page '(?P<page>.+?)':(?: (?P<error>.+))?$", re.S)
_LOGGERS = ("mkdocs.structure.pages", "mkdocs.commands.build")


def translated(text: str, docs: Path) -> str | None:
    """The writer's message for MkDocs' `text`; "" to leave it out; None
    for a message this module does not know."""
    announcing = _ANNOUNCING.match(text)
    if announcing:  # the plugin's own message follows; any other error is a fault of the site's code
        error = announcing.group("error")
        return f"docs/{announcing.group('page')}: " + message("page_crashed", words=shown(error)) if error else ""
    found = _LINK.match(text)
    if not found:
        return None
    page, link, problem = found.group("page", "link", "problem")
    where = f"docs/{page}:{_line_of(docs / page, link)}"
    missing_page, missing_anchor = _MISSING_PAGE.match(problem), _MISSING_ANCHOR.match(problem)
    if missing_page:
        target = missing_page.group("target") or link.lstrip("/")
        return f"{where}: " + message("link_no_page", link=shown(link), target=f"docs/{shown(target)}")
    if missing_anchor:
        return f"{where}: " + message("link_no_anchor", link=shown(link), anchor=shown(missing_anchor.group("anchor")),
                                      target=f"docs/{shown(missing_anchor.group('target'))}")
    if problem == _HERE:
        return f"{where}: " + message("link_no_anchor_here", link=shown(link))
    return None


def _line_of(page: Path, link: str) -> int:
    """The line of `page` where `link` is first written (1 if not found)."""
    try:
        text = page.read_text(encoding="utf-8-sig")
    except OSError:
        return 1
    position = text.find(f"({link}")
    position = text.find(link) if position < 0 else position
    return text.count("\n", 0, position) + 1 if position >= 0 else 1


class _Translating(logging.Filter):
    def __init__(self, docs: Path):
        super().__init__()
        self.docs = docs

    def filter(self, record: logging.LogRecord) -> bool:
        text = translated(record.getMessage(), self.docs)
        if text == "":
            return False
        if text is not None:
            record.msg, record.args = text, ()
        return True


def install(docs: Path) -> None:
    """The filter on MkDocs' loggers, for the pages of `docs` (once: a new
    run's folder replaces the last)."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        for old in [each for each in logger.filters if isinstance(each, _Translating)]:
            logger.removeFilter(old)
        logger.addFilter(_Translating(docs))
