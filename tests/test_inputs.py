"""Which files a build reads: project files in folders are skipped, unknown
extensions are refused unless `--read-as` says how to read them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policygraph.errors import IngestError
from policygraph.ingest import find_inputs, parse_article

from .test_cli_errors import GOOD_ARTICLE, run

PROJECT_FILES = ["README.md", "readme.txt", "LICENSE.md", "LICENCE.txt", "CHANGELOG.md", "CHANGES.txt",
                 "SOURCES.md", "CONTRIBUTING.md", "AUTHORS.txt", "Code_of_Conduct.md", "README-fr.md"]


def _folder(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "drafts").mkdir(parents=True)
    for name in PROJECT_FILES:
        (corpus / name).write_text("| Law | Year |\n|---|---|\n| Data Act | 2021 |\n", encoding="utf-8")
    (corpus / "greenvale.md").write_text(GOOD_ARTICLE, encoding="utf-8")
    (corpus / "security-of-payments.md").write_text(GOOD_ARTICLE, encoding="utf-8")  # an article, not a project file
    (corpus / "drafts" / "unfinished.md").write_text(GOOD_ARTICLE, encoding="utf-8")
    return corpus


def test_ingest_folder_skips_project_files(tmp_path):
    corpus = _folder(tmp_path)
    found = find_inputs([corpus])
    assert sorted(p.name for p in found.paths) == ["greenvale.md", "security-of-payments.md", "unfinished.md"]
    assert sorted(p.name for p in found.skipped) == sorted(PROJECT_FILES)


@pytest.mark.parametrize("pattern", ["drafts/*", "unfinished.md", "unfinished*"])
def test_ingest_exclude_pattern_matches_name_or_path_in_folder(tmp_path, pattern):
    corpus = _folder(tmp_path)
    found = find_inputs([corpus], exclude=(pattern,))
    assert sorted(p.name for p in found.paths) == ["greenvale.md", "security-of-payments.md"]
    assert "unfinished.md" in {p.name for p in found.skipped}


def test_ingest_project_file_named_explicitly_is_read(tmp_path):
    corpus = _folder(tmp_path)
    found = find_inputs([corpus / "README.md"])
    assert [p.name for p in found.paths] == ["README.md"] and not found.skipped


@pytest.mark.parametrize("name", ["notes.rst", "article", "page.pdf"])
def test_ingest_explicit_file_of_unknown_type_is_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text(GOOD_ARTICLE, encoding="utf-8")
    with pytest.raises(IngestError, match="--read-as"):
        find_inputs([path])
    assert find_inputs([path], read_as="md").paths == [path]


def test_ingest_read_as_markdown_reads_headings(tmp_path):
    article = parse_article(GOOD_ARTICLE.encode(), path=Path("notes.rst"), read_as="md")
    assert article.title == "How Greenvale's points-based social credit pilot works"


def test_cli_build_folder_lists_skipped_files(tmp_path):
    corpus = _folder(tmp_path)
    result = run("build", corpus, "-o", tmp_path / "out", "--exclude", "drafts/*", "--no-html", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("2 article(s)"), result.stdout
    assert "not articles, skipped:" in result.stdout and "README.md" in result.stdout
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert not any(Path(p).name in PROJECT_FILES for p in manifest["articles"])
    as_json = run("build", corpus, "-o", tmp_path / "out", "--exclude", "drafts/*", "--no-html", "--format", "json",
                  cwd=tmp_path)
    skipped = {Path(p).name for p in json.loads(as_json.stdout)["skipped"]}
    assert skipped == {*PROJECT_FILES, "unfinished.md"}


def test_cli_build_unknown_extension_needs_read_as(tmp_path):
    path = tmp_path / "greenvale.rst"
    path.write_text(GOOD_ARTICLE, encoding="utf-8")
    refused = run("build", path, "-o", tmp_path / "out", cwd=tmp_path)
    assert refused.code == 2 and len(refused.err_lines) == 1, refused.stderr
    assert "greenvale.rst" in refused.stderr and "--read-as" in refused.stderr
    assert not (tmp_path / "out").exists()
    read = run("build", path, "--read-as", "md", "-o", tmp_path / "out", "--no-html", cwd=tmp_path)
    assert read.code == 0, read.stderr
    assert read.stdout.startswith("1 article(s)")
