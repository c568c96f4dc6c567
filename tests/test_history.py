"""Version history from git on a repository with several commits; shallow and non-git builds;
two clean builds of one commit give the same bytes."""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import pytest

from generator.load.history import SHALLOW, UNAVAILABLE, load_history, repository_status
from tests.conftest import git_commit, run_cli

DATA = "datasets/angka-kecil/angka.csv"
REPO_URL = "https://github.com/contoh/ppid-uji"
VERSIONS = [  # (commit date, message, CSV text)
    ("2025-01-10T09:00:00+07:00", "Data awal Januari",
     "bulan,kode,nilai\n2025-01-01,AB,100\n"),
    ("2025-02-11T10:00:00+07:00", "Tambah data Februari dan Maret",
     "bulan,kode,nilai\n2025-01-01,AB,100\n2025-02-01,CD,250\n2025-03-01,EF,75\n"),
    ("2025-03-12T11:00:00+07:00", "Koreksi nilai <Maret> & catatan",
     "bulan,kode,nilai\n2025-01-01,AB,100\n2025-02-01,CD,250\n2025-03-01,EF,80\n"),
]


def head(repo: Path) -> str:
    return subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture
def history_repo(mini: Path) -> tuple[Path, list[str]]:
    profile = mini / "content" / "site.yaml"
    profile.write_text(profile.read_text(encoding="utf-8") + f"repo_url: {REPO_URL}\n", encoding="utf-8")
    commits = []
    for date, message, text in VERSIONS:
        (mini / DATA).write_text(text, encoding="utf-8")
        git_commit(mini, message, date=date)
        commits.append(head(mini))
    page = mini / "content" / "pages" / "tentang.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nParagraf baru.\n", encoding="utf-8")
    git_commit(mini, "Hanya halaman", date="2025-04-01T08:00:00+07:00")
    return mini, commits


def history_rows(page: str) -> list[tuple[str, str, str, str, str]]:
    table = page.split('id="berkas-angka-riwayat"', 1)[1].split("</table>", 1)[0]
    return re.findall(r'<tr><td><time datetime="([^"]+)">.*?</time></td><td>(.*?)</td><td>(\d+)</td>'
                      r'<td><code class="etl-hash">([0-9a-f]{64})</code></td><td><a href="([^"]+)"', table)


def test_history_table_lists_every_version_newest_first(history_repo: tuple[Path, list[str]]) -> None:
    repo, commits = history_repo
    result = run_cli(repo, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    page = (repo / "site" / "dataset" / "angka-kecil" / "index.html").read_text(encoding="utf-8")
    expected = [(date[:10], message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
                 str(text.count("\n") - 1), hashlib.sha256(text.encode()).hexdigest(),
                 f"{REPO_URL}/blob/{commit}/{DATA}")
                for (date, message, text), commit in zip(VERSIONS, commits, strict=True)]
    assert history_rows(page) == expected[::-1]
    assert "Terakhir diperbarui</th><td>12 Maret 2025" in page
    assert "Riwayat versi mungkin tidak lengkap" not in page


def test_history_reads_plumbing_directly(history_repo: tuple[Path, list[str]]) -> None:
    repo, commits = history_repo
    history = load_history(repo, [DATA])
    assert [version.commit for version in history.of(DATA)] == commits[::-1]
    assert [version.row_count for version in history.of(DATA)] == [3, 3, 1]
    assert history.of(DATA)[-1].size == len(VERSIONS[0][2].encode())
    assert load_history(repo, [DATA], limit=2).of(DATA)[-1].commit == commits[1]


def test_shallow_clone_is_reported(history_repo: tuple[Path, list[str]], tmp_path: Path) -> None:
    repo, commits = history_repo
    clone = tmp_path / "dangkal"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True)
    assert repository_status(clone)[0] == SHALLOW
    result = run_cli(clone, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    page = (clone / "site" / "dataset" / "angka-kecil" / "index.html").read_text(encoding="utf-8")
    assert "Riwayat versi mungkin tidak lengkap" in page
    assert "fetch-depth: 0" in page
    # the clone's only commit looks as if it created every file: hence the note
    assert commits[-1] != head(repo)
    assert [row[4] for row in history_rows(page)] == [f"{REPO_URL}/blob/{head(repo)}/{DATA}"]


def test_without_git_the_page_says_history_is_unavailable(mini: Path) -> None:
    assert repository_status(mini)[0] == UNAVAILABLE
    assert run_cli(mini, "build").returncode == 0
    page = (mini / "site" / "dataset" / "angka-kecil" / "index.html").read_text(encoding="utf-8")
    assert "Riwayat versi tidak tersedia" in page


def site_bytes(site: Path) -> dict[str, bytes]:
    return {str(path.relative_to(site)): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_two_clean_builds_of_one_commit_are_byte_identical(sample_repo: Path, tmp_path: Path) -> None:
    builds = []
    for name in ("satu", "dua"):
        clone = tmp_path / name
        subprocess.run(["git", "clone", "-q", str(sample_repo), str(clone)], check=True)
        result = run_cli(clone, "build")
        assert result.returncode == 0, result.stdout + result.stderr
        builds.append(site_bytes(clone / "site"))
    first, second = builds
    assert len(first) == len(second)
    assert [name for name in first if first.get(name) != second.get(name)] == []  # Pagefind's files too
    assert {"sitemap.xml.gz", "manifest.json", "catalog.ttl", "pagefind/pagefind.js"} <= set(first)


def test_versions_from_before_a_rename_are_kept(history_repo: tuple[Path, list[str]]) -> None:
    repo, commits = history_repo
    descriptor = repo / "datasets" / "angka-kecil" / "datapackage.yaml"
    subprocess.run(["git", "-C", str(repo), "mv", DATA, DATA.replace("angka.csv", "angka-2025.csv")], check=True)
    descriptor.write_text(descriptor.read_text(encoding="utf-8").replace("angka.csv", "angka-2025.csv"),
                          encoding="utf-8")
    git_commit(repo, "Ganti nama berkas", date="2025-05-01T08:00:00+07:00")
    renamed = DATA.replace("angka.csv", "angka-2025.csv")
    versions = load_history(repo, [renamed]).of(renamed)
    assert [version.commit for version in versions][1:] == commits[::-1]  # the rename, then the three before
    assert [version.path for version in versions] == ["", DATA, DATA, DATA]
    assert versions[0].sha256 == versions[1].sha256  # a rename alone changes no byte
