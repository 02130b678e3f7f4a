#!/usr/bin/env python3
"""Translation freshness, from git history: `make translations`.

A twin pair is a page of docs/fr/ and the page of docs/en/ with the same
name; a bilingual string is a mapping of a data file (data/*.yml) with an
`fr` and an `en`. A commit that changes one language of a pair and not the
other leaves the other language to review. The pair is up to date again
when a later commit changes both languages at once, or when a commit's
message carries the line

    Translation-reviewed: <commit>

naming the commit that changed one language: everything that commit changed
has then been read in both languages, as they stand in the reviewing
commit, and found to agree. Changes not committed yet count too, as the last
commit. One line per finding; the exit status is 1 while anything is to
review, 2 when the history cannot be read.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from macros.data.source import _PlainLoader, format_path, parse
from macros.language.languages import DEFAULT, LANGUAGES, name_in

ROOT = Path(__file__).resolve().parent.parent

TRAILER = re.compile(r"^translation-reviewed:\s*(.+)$", re.I | re.M)
UNCOMMITTED = "uncommitted"
NO_BLOB = "0" * 40


class HistoryError(Exception):
    """The history cannot be read (not a git checkout, a shallow clone)."""


@dataclass
class Commit:
    sha: str
    date: str
    subject: str
    reviews: list = field(default_factory=list)  # what its Translation-reviewed lines name
    changes: dict = field(default_factory=dict)  # path -> (old blob, new blob)

    @property
    def short(self) -> str:
        return self.sha if self.sha == UNCOMMITTED else self.sha[:7]

    def described(self) -> str:
        if self.sha == UNCOMMITTED:
            return "(not yet committed)"
        return f'in {self.short} ({self.date}, "{self.subject}")'


def git(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        return subprocess.run(["git", *args], cwd=root, input=stdin, capture_output=True, check=True).stdout
    except FileNotFoundError:
        raise HistoryError("git is not installed") from None
    except subprocess.CalledProcessError as error:
        raise HistoryError(f"git {args[0]} failed: {error.stderr.decode(errors='replace').strip()}") from None


def history(root: Path) -> list[Commit]:
    """Every commit (oldest first, merges left out: their changes are their
    parents'), with the data and page files it changed."""
    if git(root, "rev-parse", "--is-shallow-repository").strip() == b"true":
        raise HistoryError("this clone has only part of the history: run `git fetch --unshallow`")
    log = git(root, "log", "--reverse", "--topo-order", "--no-merges", "--no-renames", "--raw", "--no-abbrev",
              "--format=%x1e%H%x1f%cs%x1f%s%x1f%B%x1d").decode("utf-8", errors="replace")
    commits = []
    for record in log.split("\x1e")[1:]:
        head, _, raw = record.partition("\x1d")
        sha, date, subject, body = head.split("\x1f", 3)
        commit = Commit(sha, date, subject, [value.strip() for value in TRAILER.findall(body)])
        commit.changes = _raw_changes(raw)
        commits.append(commit)
    return commits


def _raw_changes(raw: str) -> dict:
    """`git log --raw` lines -> {path: (old blob, new blob)}, for pages and data."""
    changes = {}
    for line in raw.splitlines():
        if line.startswith(":"):
            meta, _, path = line.partition("\t")
            old, new = meta.split()[2:4]
            if _tracked(path):
                changes[path] = (old, new)
    return changes


def _tracked(path: str) -> bool:
    return (path.startswith("docs/fr/") or path.startswith("docs/en/")) and path.endswith(".md") or \
        (path.startswith("data/") and path.endswith(".yml"))


def uncommitted(root: Path) -> Commit | None:
    """The working tree's changes to pages and data, as one more commit."""
    changes = _raw_changes(git(root, "diff", "HEAD", "--raw", "--no-abbrev", "--no-renames").decode())
    for path in git(root, "ls-files", "--others", "--exclude-standard", "--", "docs", "data").decode().splitlines():
        if _tracked(path):
            changes[path] = (NO_BLOB, NO_BLOB)
    return Commit(UNCOMMITTED, "", "", changes=changes) if changes else None


class Blobs:
    """File contents by blob id (from one `git cat-file --batch`), or from
    the working tree for changes not committed yet."""

    def __init__(self, root: Path, commits: list[Commit]):
        self.root = root
        wanted = sorted({blob for commit in commits for path, pair in commit.changes.items()
                         if path.startswith("data/") for blob in pair if blob != NO_BLOB})
        self.texts = {}
        output = git(root, "cat-file", "--batch", stdin="".join(f"{blob}\n" for blob in wanted).encode())
        position = 0
        for blob in wanted:
            header_end = output.index(b"\n", position)
            size = int(output[position:header_end].split()[2])
            self.texts[blob] = output[header_end + 1:header_end + 1 + size].decode("utf-8", errors="replace")
            position = header_end + 1 + size + 1

    def version(self, commit: Commit, path: str, after: bool) -> str | None:
        """The file before or after `commit`; None where it did not exist."""
        blob = commit.changes[path][1 if after else 0]
        if after and commit.sha == UNCOMMITTED:
            file = self.root / path
            return file.read_text(encoding="utf-8", errors="replace") if file.exists() else None
        return None if blob == NO_BLOB else self.texts[blob]


def bilingual_strings(data, path: tuple = (), where: tuple = ()) -> dict:
    """{identity: (data path, {"fr": …, "en": …})} of every mapping of a text per language.
    An item of a list is known by its `id` or `key` when it has one, so that
    inserting an item does not make its followers look changed."""
    found = {}
    if isinstance(data, dict):
        if all(lang in data for lang in LANGUAGES):
            found[where] = (path, {lang: data[lang] for lang in LANGUAGES})
        for key, value in data.items():
            if key not in LANGUAGES:
                found.update(bilingual_strings(value, path + (key,), where + (key,)))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            name = item.get("id", item.get("key")) if isinstance(item, dict) else None
            found.update(bilingual_strings(item, path + (index,), where + (index if name is None else f"={name}",)))
    return found


def _strings(text: str | None) -> dict:
    if text is None:
        return {}
    try:
        return bilingual_strings(yaml.load(text, Loader=_PlainLoader))
    except yaml.YAMLError:
        return {}  # a version that does not parse changes nothing we can compare


def changed_items(commit: Commit, blobs: Blobs) -> dict:
    """{item: set of languages changed} for one commit. An item is
    ("page", name) or ("data", file, identity)."""
    items = {}
    for path, (old, new) in commit.changes.items():
        if path.startswith("docs/"):
            lang, name = path.split("/", 2)[1:]
            items.setdefault(("page", name), set()).add(lang)
        else:
            before, after = (_strings(blobs.version(commit, path, after)) for after in (False, True))
            for identity, (_, texts) in after.items():
                old_texts = before.get(identity, (None, {}))[1]
                languages = {lang for lang in LANGUAGES if old_texts.get(lang) != texts[lang]}
                if languages:
                    items[("data", path, identity)] = languages
    return items


@dataclass
class Finding:
    item: tuple
    changed: str  # the language that changed alone
    commits: list

    def line(self, lines: dict) -> str:
        others = [lang for lang in LANGUAGES if lang != self.changed]
        commits = ", ".join(commit.described() for commit in self.commits)
        named = [commit.short for commit in self.commits if commit.sha != UNCOMMITTED]
        record = " or, if it still holds, record the review: a commit message line " + \
            " and ".join(f'"Translation-reviewed: {sha}"' for sha in named) if named else \
            " or, if it still holds, commit and record the review (see CONTRIBUTING.md)"
        if self.item[0] == "page":
            name = self.item[1]
            pages = " and ".join(f"docs/{other}/{name}" for other in others)
            return (f"{pages}: the {name_in(self.changed, 'en')} page docs/{self.changed}/{name} changed "
                    f"{commits}, this page did not: update it{record}")
        _, file, identity = self.item
        path, line = lines.get((file, identity), ((), None))
        where = f"{file}:{line}" if line else file
        unchanged = " and ".join(f"the {name_in(other, 'en')} ({other})" for other in others)
        return (f"{where}: {format_path(path)}: the {name_in(self.changed, 'en')} ({self.changed}) changed {commits}, "
                f"{unchanged} did not: update it{record}")


def stale(commits: list[Commit], blobs: Blobs) -> list[Finding]:
    """The one-language changes not followed by a change of both languages
    or by a recorded review, for every item that still exists."""
    by_sha = {commit.sha: commit for commit in commits}
    items_of = {commit.sha: changed_items(commit, blobs) for commit in commits}
    pending: dict = {}  # item -> [(language, commit)]
    for commit in commits:
        for item, languages in items_of[commit.sha].items():
            if len(languages) == len(LANGUAGES):
                pending.pop(item, None)
            else:
                pending.setdefault(item, []).extend((lang, commit) for lang in languages)
        for name in commit.reviews:
            reviewed = resolve(name, by_sha)
            for item in items_of.get(reviewed.sha, {}) if reviewed else ():
                pending.pop(item, None)
    findings = []
    for item, changes in pending.items():
        for lang in LANGUAGES:
            own = [commit for changed, commit in changes if changed == lang]
            if own:
                findings.append(Finding(item, lang, own))
    return findings


def resolve(name: str, by_sha: dict) -> Commit | None:
    matches = [sha for sha in by_sha if len(name) >= 7 and sha.startswith(name.lower())]
    return by_sha[matches[0]] if len(matches) == 1 else None


def unknown_reviews(commits: list[Commit]) -> list[str]:
    by_sha = {commit.sha: commit for commit in commits}
    return [f"commit {commit.short} (\"{commit.subject}\"): the line \"Translation-reviewed: {name}\" names no "
            "commit of this history (write the first 7 characters or more of a commit id shown by "
            "`make translations`; a rebase changes commit ids)"
            for commit in commits for name in commit.reviews if resolve(name, by_sha) is None]


def current_items(root: Path) -> tuple[set, dict]:
    """The pages that have a twin and the data strings of the working tree,
    with the line of each string."""
    pages = {("page", path.name) for path in (root / "docs" / DEFAULT).glob("*.md")
             if all((root / "docs" / lang / path.name).exists() for lang in LANGUAGES)}
    strings, lines = set(), {}
    for file in sorted((root / "data").glob("*.yml")):
        relative = file.relative_to(root).as_posix()
        source = parse(file.read_text(encoding="utf-8", errors="replace"), relative)
        for identity, (path, _) in bilingual_strings(source.data).items():
            strings.add(("data", relative, identity))
            lines[(relative, identity)] = (path, source.line(path))
    return pages | strings, lines


def report(root: Path) -> tuple[list[str], int]:
    """The lines to print and the exit status."""
    try:
        commits = history(root)
        extra = uncommitted(root)
    except HistoryError as error:
        return [f"make translations: {error}"], 2
    if extra:
        commits.append(extra)
    items, lines = current_items(root)
    findings = [finding for finding in stale(commits, Blobs(root, commits)) if finding.item in items]
    findings.sort(key=lambda finding: (finding.item[0] == "data", finding.line(lines)))
    output = unknown_reviews(commits) + [finding.line(lines) for finding in findings]
    return output, 1 if output else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the project's git checkout")
    lines, status = report(parser.parse_args().root.resolve())
    for line in lines:
        print(line)
    if status == 1:
        print(f"{len(lines)} translation(s) to review: see CONTRIBUTING.md, \"How translation is checked\"",
              file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
