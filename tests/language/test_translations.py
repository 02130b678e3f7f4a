"""`make translations` (scripts/translations.py) on throwaway git
repositories, in both directions, for pages and data strings; then on the
project's own history."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = """\
items:
  - id: "1"
    title: {fr: "Un", en: "One"}
  - id: "2"
    title:
      fr: "Deux"
      en: "Two"
"""


def run(repo: Path, *options: str, language: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scripts.translations", "--root", str(repo), *options], cwd=ROOT,
                          env=dict(os.environ, LANGUAGE=language), capture_output=True, text=True, timeout=60)


class Repo:
    def __init__(self, path: Path):
        self.path = path
        self.env = dict(os.environ, GIT_AUTHOR_NAME="W", GIT_AUTHOR_EMAIL="w@example.org",
                        GIT_COMMITTER_NAME="W", GIT_COMMITTER_EMAIL="w@example.org")
        self.git("init", "-q")

    def git(self, *args: str) -> str:
        return subprocess.run(["git", *args], cwd=self.path, env=self.env, check=True,
                              capture_output=True, text=True).stdout.strip()

    def write(self, **files: str) -> None:
        for name, text in files.items():
            path = self.path / name.replace("__", "/").replace("_md", ".md").replace("_yml", ".yml")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    def commit(self, message: str, **files: str) -> str:
        self.write(**files)
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD")


@pytest.fixture
def repo(tmp_path):
    repo = Repo(tmp_path)
    repo.commit("Both languages", docs__fr__page_md="# Page\n\nTexte.\n", docs__en__page_md="# Page\n\nText.\n",
                data__plan_yml=DATA)
    return repo


def test_a_repository_where_both_languages_change_together_passes(repo):
    repo.commit("Both again", docs__fr__page_md="# Page\n\nTexte revu.\n", docs__en__page_md="# Page\n\nText revised.\n",
                data__plan_yml=DATA.replace("Un", "Une").replace("One", "A one"))
    result = run(repo.path)
    assert (result.returncode, result.stdout) == (0, "")


@pytest.mark.parametrize("changed, stale", [("fr", "en"), ("en", "fr")])
def test_a_page_changed_in_one_language_names_its_twin_and_the_commit(repo, changed, stale):
    sha = repo.commit("Reword the page", **{f"docs__{changed}__page_md": "# Page\n\nAutre.\n"})
    result = run(repo.path)
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"docs/{stale}/page.md: ")
    assert f"docs/{changed}/page.md changed in {sha[:7]}" in line and "Reword the page" in line
    assert line.endswith("mark it reviewed: `make reviewed ITEM=page.md`")


@pytest.mark.parametrize("changed, stale, text", [("fr", "en", "Deux révisé"), ("en", "fr", "Two revised")])
def test_a_data_string_changed_in_one_language_is_named_with_its_line(repo, changed, stale, text):
    original = "Deux" if changed == "fr" else "Two"
    sha = repo.commit("Edit the data", data__plan_yml=DATA.replace(f'"{original}"', f'"{text}"'))
    result = run(repo.path)
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith("data/plan.yml:5: items[1].title: ")
    assert f"({changed}) changed in {sha[:7]}" in line and f"({stale}) did not" in line


def test_items_are_followed_by_their_id_when_another_is_inserted_before_them(repo):
    inserted = DATA.replace("items:\n", 'items:\n  - id: "0"\n    title: {fr: "Zéro", en: "Zero"}\n')
    repo.commit("Insert an item", data__plan_yml=inserted)
    assert run(repo.path).returncode == 0
    again = inserted.replace('items:\n', 'items:\n  - id: "00"\n    title: {fr: "Rien", en: "Nothing"}\n')
    sha = repo.commit("Insert another, and reword item 2 in French", data__plan_yml=again.replace('"Deux"', '"Deux bis"'))
    [line] = run(repo.path).stdout.splitlines()
    assert line.startswith("data/plan.yml:9: items[3].title: ") and sha[:7] in line


def test_a_review_recorded_in_a_later_commit_clears_the_finding(repo):
    sha = repo.commit("French only", docs__fr__page_md="# Page\n\nAutre.\n",
                      data__plan_yml=DATA.replace('"Un"', '"Un seul"'))
    assert len(run(repo.path).stdout.splitlines()) == 2
    repo.commit(f"Both still agree\n\nTranslation-reviewed: {sha[:9]}\n")
    result = run(repo.path)
    assert (result.returncode, result.stdout) == (0, "")


def test_a_translation_committed_alone_with_its_review_line_passes(repo):
    sha = repo.commit("French first", docs__fr__page_md="# Page\n\nAutre.\n")
    repo.commit(f"The English to match\n\nTranslation-reviewed: {sha[:7]}", docs__en__page_md="# Page\n\nOther.\n")
    assert run(repo.path).returncode == 0


def test_a_translation_committed_alone_without_a_review_line_is_reported_both_ways(repo):
    repo.commit("French first", docs__fr__page_md="# Page\n\nAutre.\n")
    repo.commit("The English, later", docs__en__page_md="# Page\n\nOther.\n")
    lines = run(repo.path).stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["docs/en/page.md", "docs/fr/page.md"]


def test_a_change_made_after_a_review_is_reported_again(repo):
    first = repo.commit("French", docs__fr__page_md="# Page\n\nAutre.\n")
    repo.commit(f"Reviewed\n\nTranslation-reviewed: {first[:7]}")
    second = repo.commit("French again", docs__fr__page_md="# Page\n\nEncore.\n")
    [line] = run(repo.path).stdout.splitlines()
    assert second[:7] in line and first[:7] not in line


def test_a_review_line_naming_no_commit_is_reported(repo):
    repo.commit("Reviewed\n\nTranslation-reviewed: 0123abc")
    result = run(repo.path)
    assert result.returncode == 1
    assert "`Translation-reviewed: 0123abc` names no commit" in result.stdout


def test_a_misspelled_review_line_is_reported(repo):
    sha = repo.commit("French", docs__fr__page_md="# Page\n\nAutre.\n")
    repo.commit(f"Reviewed\n\nTranslation reviewed: {sha[:7]}")
    lines = run(repo.path).stdout.splitlines()
    assert any(f"the line “Translation reviewed: {sha[:7]}” looks like a review line" in line for line in lines), lines
    assert any(line.startswith("docs/en/page.md: ") for line in lines)  # and it marked nothing


def test_a_writer_marks_a_page_and_a_text_reviewed_without_git_until_either_changes(repo):
    repo.commit("French only", docs__fr__page_md="# Page\n\nAutre.\n", data__plan_yml=DATA.replace('"Un"', '"Un seul"'))
    lines = run(repo.path).stdout.splitlines()
    assert lines[1].endswith('mark it reviewed: `make reviewed ITEM="data/plan.yml items[0].title"`'), lines
    for item in ("page.md", "data/plan.yml items[0].title"):
        marked = run(repo.path, "--reviewed", item)
        assert marked.returncode == 0 and "marked reviewed" in marked.stdout
    assert (run(repo.path).returncode, run(repo.path).stdout) == (0, "")
    repo.write(docs__fr__page_md="# Page\n\nEncore autre.\n")  # a change since the review
    [line] = run(repo.path).stdout.splitlines()
    assert line.startswith("docs/en/page.md: ") and "(not yet committed)" in line
    marks = (repo.path / "data" / "translation-reviews.yml").read_text(encoding="utf-8")
    run(repo.path, "--reviewed", "page.md")
    assert (repo.path / "data" / "translation-reviews.yml").read_text(encoding="utf-8").count("item:") == marks.count("item:")


def test_a_mark_naming_nothing_known_is_reported_and_a_wrong_name_refused(repo):
    (repo.path / "data" / "translation-reviews.yml").write_text("- item: pgae.md\n  fr: x\n  en: y\n", encoding="utf-8")
    result = run(repo.path)
    assert result.returncode == 1
    assert "data/translation-reviews.yml:1: the review of pgae.md names no page or text of the site" in result.stdout
    refused = run(repo.path, "--reviewed", "pgae.md")
    assert refused.returncode == 1 and "the closest names: page.md" in refused.stdout


def test_a_french_writer_reads_french(repo):
    sha = repo.commit("Anglais seulement", docs__en__page_md="# Page\n\nOther.\n")
    [line] = run(repo.path, language="fr_CA").stdout.splitlines()
    assert line == (f"docs/fr/page.md: la page en anglais docs/en/page.md a changé dans {sha[:7]} "
                    f"({repo.git('show', '-s', '--format=%cs')}, «\u00a0Anglais seulement\u00a0»), pas cette page\u00a0: "
                    "mettez-la à jour; ou, si elle dit toujours la même chose, marquez-la relue\u00a0: "
                    "`make reviewed ITEM=page.md`")


def test_changes_not_committed_yet_are_reported(repo):
    repo.write(docs__en__page_md="# Page\n\nEdited, not committed.\n")
    [line] = run(repo.path).stdout.splitlines()
    assert line.startswith("docs/fr/page.md: ") and "changed (not yet committed)" in line


def test_a_page_or_string_deleted_since_is_not_reported(repo):
    repo.commit("French", docs__fr__page_md="# Page\n\nAutre.\n", data__plan_yml=DATA.replace('"Un"', '"Un seul"'))
    repo.git("rm", "-q", "docs/fr/page.md", "docs/en/page.md")
    repo.commit("Drop the page and item 1", data__plan_yml=DATA.replace('  - id: "1"\n    title: {fr: "Un", en: "One"}\n', ""))
    assert run(repo.path).returncode == 0


def test_a_shallow_clone_is_refused_with_a_message(repo, tmp_path):
    repo.commit("Second", docs__fr__page_md="# Page\n\nAutre.\n", docs__en__page_md="# Page\n\nOther.\n")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.path}", str(clone)], check=True)
    result = run(clone)
    assert result.returncode == 2 and "git fetch --unshallow" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_projects_history_has_no_stale_translation():
    result = run(ROOT)
    assert result.returncode == 0, result.stdout
