"""import-ckan on the real DataStore responses of two Satu Data portals, from files and from a local server.

The network is only ever 127.0.0.1: a small HTTP server serves the saved responses (and, for the
package_show case, a response shaped after the CKAN API documentation, written by the test).
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

from generator.cli import main
from tests.conftest import ROOT, copy_repo

REAL = ROOT / "tests" / "import_corpus" / "real" / "ckan-indonesia-datastore-json"
KALTIM = REAL / "kaltimprov_datastore_search_f08781dd.json"
INHIL_TOTAL = REAL / "inhilkab_datastore_search_795cb393.json"
INHIL = REAL / "inhilkab_datastore_search_d9fbaddb.json"
AIRPORTS = ROOT / "tests" / "corpus" / "indonesia" / "Jumlah Penumpang Pesawat di Bandara Utama, 2019.csv"
KALTIM_ID = "f08781dd-b541-4790-9c58-b329d01e4cbf"
INHIL_ID = "d9fbaddb-4995-4dd1-bd93-d2732998e3ac"


class Portal(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, bytes]]] = {}

    def do_GET(self) -> None:
        status, body = self.routes.get(self.path, (404, b"<html>not found</html>"))
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if body.startswith(b"{") else "text/csv")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def portal() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        Portal.routes = {}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_repo(ROOT / "tests" / "fixtures" / "mini", tmp_path / "repo")


def run(repo: Path, *args: str) -> int:
    return main(["--root", str(repo), "--no-cache", "import-ckan", *args])


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def validate(repo: Path, capsys: pytest.CaptureFixture[str], folder: str) -> Counter[tuple[str, str | None]]:
    capsys.readouterr()
    main(["--root", str(repo), "--no-cache", "validate", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    return Counter((item["code"], item["field"]) for item in report["problems"] if item["file"].startswith(folder))


def test_datastore_response_with_numbers_as_text(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, str(KALTIM), "--name", "retribusi-daerah") == 0
    out = capsys.readouterr().out
    assert "[import-years-as-columns]" in out and "3 baris data ditulis ke datasets/retribusi-daerah." in out
    folder = repo / "datasets" / "retribusi-daerah"
    data = rows(folder / "retribusi-daerah.csv")
    assert data[0] == ["No", "Daftar Data", "2016", "2017", "2018", "2019", "2020", "Satuan"]  # _id left out
    assert data[1] == ["1", "Retribusi Jasa Umum", "6915012900", "8002269316.91", "7526389883.09", "8080329000",
                       "1587376000", "Rp"]
    descriptor = yaml.safe_load((folder / "datapackage.yaml").read_text(encoding="utf-8"))
    assert {item["type"] for item in descriptor["resources"][0]["schema"]["fields"]} == {"string"}  # DataStore text
    found = validate(repo, capsys, "datasets/retribusi-daerah/")
    # numbers stored as text, as validate reports them, and every placeholder the portal could not fill
    assert {field for (code, field) in found if code == "string-looks-numeric"} == {
        "2016", "2017", "2018", "2019", "2020"}
    assert found[("metadata-placeholder", "title")] == 1 and found[("metadata-placeholder", "licenses.name")] == 1
    assert found[("license-unknown", "licenses")] == 1
    assert found[("metadata-placeholder", "resources.schema.fields.description")] == 8


def test_datastore_response_with_a_totals_row(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, str(INHIL_TOTAL), "--name", "panjang-jalan") == 0
    data = rows(repo / "datasets" / "panjang-jalan" / "panjang-jalan.csv")
    assert data[-1] == ["Jumlah Total", "391.98", "391.98", "391.98", "391.98"]
    found = validate(repo, capsys, "datasets/panjang-jalan/")
    assert found[("total-row", None)] == 1
    assert not any(code == "string-looks-numeric" for code, _ in found)  # typed numeric by the DataStore


def test_labels_keep_their_spaces(repo: Path) -> None:
    assert run(repo, str(INHIL)) == 0
    data = rows(repo / "datasets" / "ckan-d9fbaddb" / "ckan-d9fbaddb.csv")
    assert [row[0] for row in data[1:]] == ["Kelas I", "Kelas II", "Kelas  III", "Kelas  III A", "Kelas III B",
                                            "Kelas III C", "Diluar Kelas"]
    assert data[2] == ["Kelas II", "164.43", "166.6", "166.6"]


def test_the_same_response_from_a_url(repo: Path, portal: str) -> None:
    path = f"/api/3/action/datastore_search?resource_id={KALTIM_ID}"
    Portal.routes = {path: (200, KALTIM.read_bytes())}
    assert run(repo, portal + path, "--name", "retribusi") == 0
    assert rows(repo / "datasets" / "retribusi" / "retribusi.csv")[3][1] == "Retribusi Perizinan Tertentu"


def package(portal: str) -> dict[str, object]:
    """A package_show result shaped after the CKAN API documentation (no Indonesian portal's was found)."""
    return {
        "name": "panjang-jalan-kelas", "title": "Panjang Jalan Menurut Kelas Jalan",
        "notes": "Panjang jalan (km) di Kabupaten Indragiri Hilir menurut kelas jalan.",
        "license_id": "cc-by", "license_url": "https://creativecommons.org/licenses/by/4.0/",
        "organization": {"name": "dinas-pupr", "title": "Dinas Pekerjaan Umum dan Penataan Ruang"},
        "maintainer": "Bidang Bina Marga", "maintainer_email": "binamarga@example.go.id",
        "tags": [{"name": "jalan", "display_name": "jalan"},
                 {"name": "infrastruktur", "display_name": "infrastruktur"}],
        "groups": [{"name": "infrastruktur", "title": "Infrastruktur"}],
        "extras": [{"key": "temporal_start", "value": "2008-01-01"}, {"key": "temporal_end", "value": "2010-12-31"},
                   {"key": "spatial_text", "value": "Kabupaten Indragiri Hilir"},
                   {"key": "frequency", "value": "annual"}],
        "resources": [
            {"id": INHIL_ID, "name": "Panjang Jalan 2008-2010", "format": "CSV", "datastore_active": True,
             "url": f"{portal}/dataset/x/resource/{INHIL_ID}/download/jalan.csv"},
            {"id": "b2", "name": "Penumpang Pesawat 2019", "format": "CSV", "datastore_active": False,
             "url": f"{portal}/files/penumpang.csv"},
            {"id": "b3", "name": "Peta Jalan", "format": "PDF", "datastore_active": False,
             "url": f"{portal}/files/peta.pdf"},
        ],
    }


def test_package_show_metadata_datastore_and_downloaded_file(repo: Path, portal: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    show = "/api/3/action/package_show?id=panjang-jalan-kelas"
    Portal.routes = {
        show: (200, json.dumps({"success": True, "result": package(portal)}).encode()),
        f"/api/3/action/datastore_search?resource_id={INHIL_ID}&limit=1000": (200, INHIL.read_bytes()),
        "/files/penumpang.csv": (200, AIRPORTS.read_bytes()),
    }
    assert run(repo, portal + show) == 0
    assert "[ckan-resource-skipped]" in capsys.readouterr().out  # the PDF
    folder = repo / "datasets" / "panjang-jalan-kelas"
    descriptor = yaml.safe_load((folder / "datapackage.yaml").read_text(encoding="utf-8"))
    assert descriptor["title"] == "Panjang Jalan Menurut Kelas Jalan"
    assert descriptor["keywords"] == ["jalan", "infrastruktur"] and descriptor["topic"] == "Infrastruktur"
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert descriptor["publisher"]["name"] == "Dinas Pekerjaan Umum dan Penataan Ruang"
    assert descriptor["contact"] == {"name": "Bidang Bina Marga", "email": "binamarga@example.go.id"}
    assert descriptor["temporal"] == {"start": "2008-01-01", "end": "2010-12-31"}
    assert (descriptor["spatial"], descriptor["frequency"]) == ("Kabupaten Indragiri Hilir", "tahunan")
    resources = {item["name"]: item for item in descriptor["resources"]}
    assert sorted(resources) == ["panjang-jalan-2008-2010", "penumpang-pesawat-2019"]
    downloaded = resources["penumpang-pesawat-2019"]
    assert downloaded["hash"] == "sha256:" + hashlib.sha256(AIRPORTS.read_bytes()).hexdigest()
    assert (folder / "penumpang-pesawat-2019.csv").read_bytes() == AIRPORTS.read_bytes()
    assert [item["type"] for item in resources["panjang-jalan-2008-2010"]["schema"]["fields"]] == [
        "string", "number", "number", "number"]
    found = validate(repo, capsys, "datasets/panjang-jalan-kelas/")
    placeholders = {field for (code, field) in found if code == "metadata-placeholder"}
    assert placeholders == {"publisher.unit", "resources.schema.fields.description"}


def test_a_saved_package_show_never_uses_the_network(repo: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "package_show.json"
    saved.write_text(json.dumps({"success": True, "result": package("http://127.0.0.1:9")}), encoding="utf-8")
    assert run(repo, str(saved)) == 0
    assert capsys.readouterr().out.count("[ckan-resource-skipped]") == 3
    descriptor = yaml.safe_load((repo / "datasets" / "panjang-jalan-kelas" / "datapackage.yaml").read_text("utf-8"))
    assert descriptor["resources"] == []


def test_package_search_gives_one_folder_per_package(repo: Path, tmp_path: Path) -> None:
    first, second = package("http://127.0.0.1:9"), package("http://127.0.0.1:9")
    second["name"] = "panjang-jalan-lama"
    second["license_id"] = "other-closed"
    saved = tmp_path / "package_search.json"
    saved.write_text(json.dumps({"success": True, "result": {"count": 2, "results": [first, second]}}), "utf-8")
    assert run(repo, str(saved)) == 0
    assert (repo / "datasets" / "panjang-jalan-kelas").is_dir() and (repo / "datasets" / "panjang-jalan-lama").is_dir()
    shutil.rmtree(repo / "datasets" / "panjang-jalan-kelas")
    assert run(repo, str(saved)) == 1  # one folder exists: nothing at all is written
    assert not (repo / "datasets" / "panjang-jalan-kelas").exists()


def test_an_existing_folder_needs_force(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, str(KALTIM), "--name", "angka-kecil") == 1
    assert "[import-folder-exists]" in capsys.readouterr().err
    assert (repo / "datasets" / "angka-kecil" / "angka.csv").exists()
    assert run(repo, str(KALTIM), "--name", "angka-kecil", "--force") == 0
    assert not (repo / "datasets" / "angka-kecil" / "angka.csv").exists()


def test_error_object_unreachable_url_and_other_json(repo: Path, portal: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    error = {"help": "...", "success": False, "error": {"message": "Not found: Resource was not found.",
                                                        "__type": "Not Found Error"}}
    Portal.routes = {"/api/3/action/datastore_search?resource_id=x": (404, json.dumps(error).encode())}
    saved = tmp_path / "error.json"
    saved.write_text(json.dumps(error), encoding="utf-8")
    bekasi = ROOT / "tests" / "import_corpus" / "real" / "ppid-kota-bekasi-dip" / "Dikecualikan.json"
    before = sorted(path.relative_to(repo) for path in repo.rglob("*"))
    cases = [(portal + "/api/3/action/datastore_search?resource_id=x", "ckan-error"), (str(saved), "ckan-error"),
             (portal + "/halaman-lain", "ckan-unreachable"), ("http://127.0.0.1:9/api/3/action/x", "ckan-unreachable"),
             (str(bekasi), "ckan-not-recognised")]
    for source, code in cases:
        assert run(repo, source) == 1, source
        err = capsys.readouterr().err
        assert f"[{code}]" in err, (source, err)
    assert sorted(path.relative_to(repo) for path in repo.rglob("*")) == before
