#!/usr/bin/env python3
"""Translation freshness, from git history: `make translations`.

A twin pair is a page of docs/fr/ and the page of docs/en/ with the same
name; a bilingual string is a mapping of a data file (data/*.yml) with an
`fr` and an `en`. A commit that changes one language of a pair and not the
other leaves the other language to review. The pair is up to date again
when a later commit changes both languages at once, or when it is marked
reviewed:

- by a writer, without git: `make reviewed ITEM=section-01.md` (the command
  each finding prints) records in data/translation-reviews.yml that both
  languages, as they stand, were read and agree. The mark holds until
  either language changes again;
- by a developer, in a commit message, the line

      Translation-reviewed: <commit>

  naming the commit that changed one language: everything that commit
  changed has then been read in both languages, as they stand in the
  reviewing commit, and found to agree.

Changes not committed yet count too, as the last commit. One line per
finding, in the writer's language; a mark or a line that names nothing
known is a finding too. The exit status is 1 while anything is to review,
2 when the history cannot be read.
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from macros.data.source import _PlainLoader, format_path, parse
from macros.language.languages import DEFAULT, LANGUAGES, name_in
from macros.language.messages import message, shown, writer_language

ROOT = Path(__file__).resolve().parent.parent

TRAILER = re.compile(r"^translation-reviewed:\s*(.+)$", re.I | re.M)
_KEY_LINE = re.compile(r"^\s*([\w -]{8,40}?)\s*:\s*(\S.*)$", re.M)  # "Translation-reviewd: 1a2b3c4", misspelled
REVIEWS_FILE = "data/translation-reviews.yml"
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
    misspelled: list = field(default_factory=list)  # lines that look like one, spelled otherwise
    changes: dict = field(default_factory=dict)  # path -> (old blob, new blob)

    @property
    def short(self) -> str:
        return self.sha if self.sha == UNCOMMITTED else self.sha[:7]

    def described(self) -> str:
        if self.sha == UNCOMMITTED:
            return message("translation_uncommitted")
        return message("translation_commit", sha=self.short, date=self.date, subject=shown(self.subject))


def git(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        return subprocess.run(["git", *args], cwd=root, input=stdin, capture_output=True, check=True).stdout
    except FileNotFoundError:
        raise HistoryError(message("translation_no_git")) from None
    except subprocess.CalledProcessError as error:
        raise HistoryError(message("translation_git_failed", command=args[0],
                                   words=shown(error.stderr.decode(errors="replace").strip()))) from None


def history(root: Path) -> list[Commit]:
    """Every commit (oldest first, merges left out: their changes are their
    parents'), with the data and page files it changed."""
    if git(root, "rev-parse", "--is-shallow-repository").strip() == b"true":
        raise HistoryError(message("translation_shallow"))
    log = git(root, "log", "--reverse", "--topo-order", "--no-merges", "--no-renames", "--raw", "--no-abbrev",
              "--format=%x1e%H%x1f%cs%x1f%s%x1f%B%x1d").decode("utf-8", errors="replace")
    commits = []
    for record in log.split("\x1e")[1:]:
        head, _, raw = record.partition("\x1d")
        sha, date, subject, body = head.split("\x1f", 3)
        commit = Commit(sha, date, subject, [value.strip() for value in TRAILER.findall(body)], _misspelled(body))
        commit.changes = _raw_changes(raw)
        commits.append(commit)
    return commits


def _misspelled(body: str) -> list[str]:
    """The lines of a commit message that look like a review line but are
    not spelled as one ("Translation reviewed: …", "Tranlsation-reviewed: …")."""
    return [match.group(0).strip() for match in _KEY_LINE.finditer(body)
            if match.group(1).lower() != "translation-reviewed"
            and difflib.SequenceMatcher(None, match.group(1).lower(), "translation-reviewed").ratio() >= 0.8]


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
        (path.startswith("data/") and path.endswith(".yml") and path != REVIEWS_FILE)


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
        writer = writer_language()
        if self.item[0] == "page":
            name = self.item[1]
            pages = ", ".join(f"docs/{other}/{name}" for other in others)
            return f"{pages}: " + message("translation_page", language=name_in(self.changed, writer),
                                          changed=f"docs/{self.changed}/{name}", commits=commits, item=name)
        _, file, identity = self.item
        path, line = lines.get((file, identity), ((), None))
        where = f"{file}:{line}" if line else file
        return f"{where}: {format_path(path)}: " + message(
            "translation_text", language=name_in(self.changed, writer), code=self.changed, commits=commits,
            others=", ".join(f"{name_in(other, writer)} ({other})" for other in others),
            item=f"{file} {format_path(path)}")


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
    """Review lines that name no commit of the history, or are misspelled."""
    by_sha = {commit.sha: commit for commit in commits}
    found = [message("translation_review_unknown", sha=commit.short, subject=shown(commit.subject), name=shown(name))
             for commit in commits for name in commit.reviews if resolve(name, by_sha) is None]
    return found + [message("translation_review_misspelled", sha=commit.short, subject=shown(commit.subject),
                            line=shown(line)) for commit in commits for line in commit.misspelled]


def current_items(root: Path) -> tuple[dict, dict]:
    """{item: {language: its text}} of the pages that have a twin and of the
    data strings of the working tree, with the line of each string."""
    items, lines = {}, {}
    for path in sorted((root / "docs" / DEFAULT).glob("*.md")):
        twins = {lang: root / "docs" / lang / path.name for lang in LANGUAGES}
        if all(twin.exists() for twin in twins.values()):
            items[("page", path.name)] = {lang: twin.read_text(encoding="utf-8", errors="replace")
                                          for lang, twin in twins.items()}
    for file in sorted((root / "data").glob("*.yml")):
        relative = file.relative_to(root).as_posix()
        if relative == REVIEWS_FILE:
            continue
        source = parse(file.read_text(encoding="utf-8", errors="replace"), relative)
        for identity, (path, texts) in bilingual_strings(source.data).items():
            items[("data", relative, identity)] = texts
            lines[(relative, identity)] = (path, source.line(path))
    return items, lines


def item_name(item: tuple, lines: dict) -> str:
    """What a writer types to name an item: section-01.md, or
    "data/plan.yml objectives[0].title"."""
    if item[0] == "page":
        return item[1]
    return f"{item[1]} {format_path(lines[(item[1], item[2])][0])}"


def fingerprints(texts: dict) -> dict:
    """Each language's text, by a short digest: the mark of a review."""
    return {lang: hashlib.sha256(str(texts[lang]).encode("utf-8")).hexdigest()[:12] for lang in LANGUAGES}


def read_reviews(root: Path) -> tuple[list[dict], list[int]]:
    """The marks of data/translation-reviews.yml and their lines."""
    file = root / REVIEWS_FILE
    if not file.exists():
        return [], []
    source = parse(file.read_text(encoding="utf-8"), REVIEWS_FILE)
    marks = source.data if isinstance(source.data, list) else []
    return marks, [source.line((index,)) or 1 for index in range(len(marks))]


def reviewed_items(root: Path, items: dict, lines: dict) -> tuple[set, list[str]]:
    """The items whose two languages, as they stand, were marked reviewed;
    and a finding for each mark that names no item of the site."""
    names = {item_name(item, lines): item for item in items}
    marks, mark_lines = read_reviews(root)
    reviewed, unknown = set(), []
    for mark, line in zip(marks, mark_lines):
        item = names.get(mark.get("item")) if isinstance(mark, dict) else None
        if item is None:
            unknown.append(f"{REVIEWS_FILE}:{line}: " + message(
                "translation_mark_unknown", item=shown(str(mark.get("item") if isinstance(mark, dict) else mark))))
        elif all(mark.get(lang) == digest for lang, digest in fingerprints(items[item]).items()):
            reviewed.add(item)
    return reviewed, unknown


def mark_reviewed(root: Path, name: str) -> tuple[bool, str]:
    """Record in data/translation-reviews.yml that both languages of the
    item called `name` were read and agree, as they stand; marks that no
    longer hold (a language changed since) are dropped. Whether it was
    recorded, and what to say."""
    items, lines = current_items(root)
    names = {item_name(item, lines): item for item in items}
    if name not in names:
        close = difflib.get_close_matches(name, list(names), n=3)
        return False, message("translation_mark_no_item", item=shown(name), close=", ".join(close) or "-")
    kept = [mark for mark in read_reviews(root)[0] if isinstance(mark, dict) and mark.get("item") in names
            and mark.get("item") != name and all(mark.get(lang) == digest for lang, digest
                                                  in fingerprints(items[names[mark["item"]]]).items())]
    kept.append({"item": name, **fingerprints(items[names[name]])})
    header = ("# Translations read in both languages and found to agree, as they stood:\n"
              "# written by `make reviewed ITEM=…` (scripts/translations.py); a mark\n"
              "# holds until either language changes again.\n")
    (root / REVIEWS_FILE).write_text(header + yaml.safe_dump(kept, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return True, message("translation_marked", item=shown(name), file=REVIEWS_FILE)


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
    reviewed, unknown_marks = reviewed_items(root, items, lines)
    findings = [finding for finding in stale(commits, Blobs(root, commits))
                if finding.item in items and finding.item not in reviewed]
    findings.sort(key=lambda finding: (finding.item[0] == "data", finding.line(lines)))
    output = unknown_reviews(commits) + unknown_marks + [finding.line(lines) for finding in findings]
    return output, 1 if output else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the project's git checkout")
    parser.add_argument("--reviewed", metavar="ITEM", help="mark ITEM (a page, section-01.md, or a text, "
                        "\"data/plan.yml objectives[0].title\") reviewed in both languages, as they stand")
    options = parser.parse_args()
    root = options.root.resolve()
    if options.reviewed is not None:
        recorded, said = mark_reviewed(root, options.reviewed.strip())
        print(said)
        return 0 if recorded else 1
    lines, status = report(root)
    for line in lines:
        print(line)
    if status == 1:
        print(message("translation_count", count=len(lines)), file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
