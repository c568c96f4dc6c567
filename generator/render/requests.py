"""The citizen's pages: request form (permohonan/), objection form (keberatan/), tracker (lacak/).

All three are static: the browser validates, fills the printable letter and writes the e-mail
draft; nothing is sent anywhere by the site. Their data are two small JSON files written here
at build time: the known kecamatan codes (for the NIK) and the tracker's request statuses.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup

from generator.compliance.context import Compliance
from generator.compliance.officials import superior
from generator.compliance.tracker import tracker_data
from generator.compliance.wilayah import extra_codes, shipped_codes
from generator.i18n import _
from generator.i18n.format import date_label
from generator.model import DipEntry, OutputFile, Project
from generator.render.page import environment, html_block, page_file
from generator.render.request_fields import NUMBER_MAX, OBJECTION_FIELDS, REQUEST_FIELDS, field_context
from generator.render.routes import (
    DISTRICT_CODES,
    OBJECTION_FORM,
    REQUEST_FORM,
    TRACKER,
    TRACKER_DATA,
    dataset_page,
    relative,
    target,
)

SCRIPT, STYLE = "assets/etalase-forms.js", "assets/etalase-forms.css"


def district_codes(root: Path) -> list[str]:
    """Kecamatan codes without dots (the first six digits of a NIK), shipped and the body's own."""
    codes = set(shipped_codes("districts.csv")) | {code for code in extra_codes(root) if len(code) == 8}
    return sorted(code.replace(".", "") for code in codes)


def _json(path: str, data: object) -> OutputFile:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return OutputFile(PurePosixPath(path), text=text + "\n")


def request_files(project: Project, state: Compliance) -> list[OutputFile]:
    """The three pages and their two data files (files of the default tree, linked from the others)."""
    root = Path(project.root)
    files = [_json(DISTRICT_CODES, district_codes(root)), _request_page(project), _objection_page(project),
             _tracker_page(project, state)]
    if state.register is not None:
        files.append(_json(TRACKER_DATA, tracker_data(state.register, state.calendar)))
    return files


def links_block(page: str) -> str:
    """The three pages as a list of links, for the home page and the procedure page."""
    return environment().get_template("request_links.html").render(**_urls(page)).strip()


def entry_request_links(entry: DipEntry, page: str) -> dict[str, str]:
    """A DIP entry's "Minta informasi ini" link (the form reads ``informasi``) and the objection form."""
    query = urlencode({"informasi": f"{entry.id} {entry.title}"})
    return {"ask_url": f"{relative(page, target(REQUEST_FORM))}?{query}",
            "objection_form_url": relative(page, target(OBJECTION_FORM))}


def _urls(page: str) -> dict[str, str]:
    return {"request_url": relative(page, target(REQUEST_FORM)),
            "objection_url": relative(page, target(OBJECTION_FORM)),
            "tracker_url": relative(page, target(TRACKER))}


def _letter_context(project: Project, page: str) -> dict[str, Any]:
    profile = project.profile
    return {
        "body_name": profile.name if profile else "", "address": profile.address if profile else "",
        "phone": profile.phone if profile else "", "email": profile.email.strip() if profile else "",
        "website": profile.website if profile else "",
        "logo": relative(page, profile.logo) if profile and profile.logo else "",
        "codes_url": relative(page, DISTRICT_CODES), "script_url": relative(page, SCRIPT),
        "style_url": relative(page, STYLE),
    }


def _fees_url(project: Project, page: str) -> str:
    slug = next((item.slug for item in project.pages if "standar" in item.slug), "")
    return relative(page, f"{slug}/") if slug else ""


def _part(template: str, **context: object) -> Markup:
    return Markup(environment().get_template(template).render(**context).strip())  # rendered by an autoescaped template


def _request_page(project: Project) -> OutputFile:
    page = REQUEST_FORM
    urls = _urls(page)
    intro = _part("request_intro.html", fees_url=_fees_url(project, page), **urls)
    body = html_block("request_form.html", kind="permohonan", ref_prefix="PMH",
                      subject=_("Permohonan informasi publik"), intro=intro, outro="",
                      fields=[field_context(field, "permohonan") for field in REQUEST_FIELDS],
                      letter_title=_("FORMULIR PERMOHONAN INFORMASI PUBLIK"), addressee="",
                      signer=_("Pemohon informasi"),
                      print_note=_("Permohonan dijawab paling lambat 10 hari kerja sejak diterima dan dapat "
                                   "diperpanjang 7 hari kerja (UU 14/2008 Pasal 22). Bila melalui kuasa, "
                                   "lampirkan surat kuasa. Lampirkan salinan KTP atau akta/SK badan hukum."),
                      **_letter_context(project, page))
    title = _("Formulir permohonan informasi publik")
    return page_file(page, title, _("Ajukan permohonan informasi publik secara tertulis: cetak atau kirim "
                                    "sebagai surel."), body, searchable=True)


def _objection_page(project: Project) -> OutputFile:
    page = OBJECTION_FORM
    named = superior(project.profile)
    addressee = _("Atasan PPID %(body)s") % {"body": project.profile.name if project.profile else ""}
    if named:
        addressee = f"{named[0]}, {named[1]}" if named[1] else named[0]
    letter = {**_letter_context(project, page), "codes_url": ""}  # no NIK asked: no codes to load
    if named is None:
        letter["email"] = ""  # nobody to address: print only (validate warns, forms-atasan-missing)
    intro = _part("objection_intro.html", superior=named, **_urls(page))
    body = html_block("request_form.html", kind="keberatan", ref_prefix="KBR",
                      subject=_("Keberatan atas permohonan informasi publik"), intro=intro, outro="",
                      fields=[field_context(field, "keberatan") for field in OBJECTION_FIELDS],
                      letter_title=_("FORMULIR KEBERATAN ATAS PERMOHONAN INFORMASI PUBLIK"),
                      addressee=addressee, signer=_("Pengaju keberatan"),
                      print_note=_("Atasan PPID menanggapi paling lambat 30 hari kerja sejak keberatan dicatat "
                                   "(UU 14/2008 Pasal 36). Bila tidak puas, sengketa dapat diajukan ke Komisi "
                                   "Informasi paling lambat 14 hari kerja sesudahnya (Pasal 37)."),
                      **letter)
    title = _("Formulir keberatan")
    return page_file(page, title, _("Ajukan keberatan kepada atasan PPID (UU 14/2008 Pasal 35)."), body)


def _tracker_page(project: Project, state: Compliance) -> OutputFile:
    page = TRACKER
    register = state.register
    example = min((request.id for request in register.requests), default="") if register else ""
    register_url = relative(page, target(dataset_page(register.dataset.name))) if register else relative(page, "")
    body = html_block("tracker.html", data_url=relative(page, TRACKER_DATA) if register else "",
                      objection_url=relative(page, target(OBJECTION_FORM)), as_of=date_label(state.today),
                      register_url=register_url, example=example or "REG-2026-0001", limit=NUMBER_MAX,
                      script_url=relative(page, SCRIPT), style_url=relative(page, STYLE))
    title = _("Lacak permohonan informasi")
    return page_file(page, title, _("Status dan tanggal permohonan informasi menurut nomor registrasinya."), body)
