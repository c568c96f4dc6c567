"""Time the derived downloads (JSON, XLSX, zip), the catalogues and git history on a generated
dataset, printing one figure per line.

    .venv/bin/python benchmarks/catalog_outputs.py [--rows N] [--versions N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from generator.catalog import catalog_files, dataset_output
from generator.load.history import load_history
from generator.load.project import load_project
from generator.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DATA = "datasets/angka-besar/angka.csv"
DESCRIPTOR = """name: angka-besar
title: Angka besar
description: Dataset uji kinerja.
topic: Keuangan
licenses: [{name: CC-BY-4.0, path: "https://creativecommons.org/licenses/by/4.0/"}]
publisher: {name: Badan Uji, unit: Sekretariat}
frequency: bulanan
resources:
  - name: angka
    path: angka.csv
    schema:
      fields:
        - {name: id, type: integer, description: Nomor.}
        - {name: kode, type: string, description: Kode.}
        - {name: nilai, type: number, description: Nilai.}
        - {name: tanggal, type: date, description: Tanggal.}
"""


def commit(repo: Path, message: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.invalid",
           "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.invalid"}
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", str(repo), "commit", "-qm", message], check=True, env=env)


def make_repo(repo: Path, rows: int, versions: int) -> None:
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", repo)
    (repo / "datasets" / "angka-besar").mkdir()
    (repo / "datasets" / "angka-besar" / "datapackage.yaml").write_text(DESCRIPTOR, encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    for version in range(versions):
        lines = ["id,kode,nilai,tanggal"] + [f"{i},K{i % 97:02d},{i * 1.5 + version},2025-01-{i % 28 + 1:02d}"
                                             for i in range(rows)]
        (repo / DATA).write_text("\n".join(lines) + "\n", encoding="utf-8")
        commit(repo, f"versi {version + 1}")


def timed(label: str, action: object) -> object:
    start = time.perf_counter()
    result = action()  # type: ignore[operator]
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--versions", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "repo"
        make_repo(repo, args.rows, args.versions)
        print(f"rows: {args.rows}, versions: {args.versions}, csv bytes: {(repo / DATA).stat().st_size}")
        project, _ = load_project(Settings(root=repo))
        dataset = next(d for d in project.datasets if d.name == "angka-besar")
        output = timed("json+xlsx+zip", lambda: dataset_output(dataset, repo))
        for item in output.published:  # type: ignore[attr-defined]
            print(f"{item.format} bytes: {item.size}")
        outputs = {d.name: dataset_output(d, repo) for d in project.datasets}
        timed("catalogues", lambda: catalog_files(project, outputs))
        timed(f"history of {args.versions} versions", lambda: load_history(repo, [DATA]))


if __name__ == "__main__":
    main()
