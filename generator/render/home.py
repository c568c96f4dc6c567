"""The home page: the public body, the DIP categories and what changed last."""

from __future__ import annotations

from markupsafe import Markup

from generator.i18n import _
from generator.i18n.format import date_label, number_label
from generator.model import OutputFile, Project
from generator.render.page import html_block, page_file
from generator.render.routes import HOME, dataset_page, entry_page, relative, target
from generator.vocab import CATEGORIES, category


def home_page(project: Project, *, requests: str = "", commit: str = "") -> OutputFile:
    """The home page; ``requests`` is the generated HTML list of links to the citizen's forms."""
    counts = {item.key: sum(1 for entry in project.dip if entry.category == item.key) for item in CATEGORIES}
    tiles = [{"label": _(item.label), "count": number_label(counts[item.key]), "number": counts[item.key],
              "blurb": _(item.blurb), "url": relative(HOME, f"dip/{item.slug}/")} for item in CATEGORIES]
    datasets = sorted(project.datasets, key=lambda d: (d.updated is None, -(d.updated.toordinal()
                      if d.updated else 0), d.name))[:5]
    recent_datasets = [{"title": d.title, "url": relative(HOME, target(dataset_page(d.name))),
                        "date": date_label(d.updated), "topic": d.topic} for d in datasets]
    entries = sorted(project.dip, key=lambda e: (e.updated, e.id), reverse=True)[:5]
    recent_dip = [{"title": e.title, "url": relative(HOME, target(entry_page(e.id))),
                   "date": date_label(e.updated), "category": _label(e.category)} for e in entries]
    profile = project.profile
    body = html_block("home.html", profile=profile, categories=tiles,
                      logo=relative(HOME, profile.logo) if profile and profile.logo else "",
                      search_action="./", dip_url=relative(HOME, "dip/"),
                      catalog_url=relative(HOME, "dataset/"),
                      recent_datasets=recent_datasets, recent_dip=recent_dip,
                      requests=Markup(requests))  # rendered by an autoescaped template
    title = profile.name if profile else _("Beranda")
    # the commit this site was built from, for the publish workflows' check of the live site (only
    # here: on every page it would change every page with every commit)
    meta = {"etalase_commit": commit} if commit else None
    return page_file(HOME, title, profile.description if profile else "", body, hide_nav=False, extra_meta=meta)


def _label(key: str) -> str:
    known = category(key)
    return _(known.label) if known else key
