"""The site-engine adapter: the only module that knows MkDocs (with Material) and Zensical.

The core hands over a docs tree and its navigation; this module writes the
engine's configuration (the project's mkdocs.yml plus what the content decides)
and runs the engine in a subprocess. Zensical, Material's successor, reads the
same configuration and the same theme overrides, so an engine is one entry of
``ENGINES``. What differs between them is described in docs/site-engines.md.
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

from generator.i18n import LOCALE_DIR, OVERRIDE_TEXT, translator
from generator.i18n.languages import Language
from generator.model import GENERATED_PAGE, DocsTree, NavItem
from generator.settings import usable_cores

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Engine:
    """How to run one site engine on the configuration this module writes."""

    command: tuple[str, ...]  # {config} and {site} are filled in
    theme_package: str  # the Python package holding the theme's templates/
    site_dir_in_config: bool = False  # no output-folder flag: site_dir goes in the configuration
    plugins: tuple[dict[str, Any], ...] = ()  # added to the configured plugins
    theme: tuple[tuple[str, Any], ...] = ()  # theme settings used unless mkdocs.yml sets them
    stylesheet: str = ""  # a file of static/ added to the site's assets and stylesheets
    own_search: str = ""  # the engine's own search index, removed (Pagefind replaces it)
    distributions: tuple[str, ...] = ()  # the packages whose versions the output depends on
    hooks: bool = False  # loads this module as its hooks: generated pages' fast path, reused pages
    parallel: bool = False  # the languages' runs may go at once (no state shared in the work folder)


ENGINES = {
    "mkdocs": Engine((sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "{config}", "-d", "{site}"),
                     theme_package="material", distributions=("mkdocs", "mkdocs-material", "markdown"),
                     hooks=True, parallel=True),
    # Zensical takes no -d and wants docs_dir and site_dir inside the folder of its configuration
    # (the work folder). Its search box is drawn unless its search is disabled, and it writes its
    # index (search.json) even then: Pagefind replaces both (searchindex.py).
    "zensical": Engine((sys.executable, "-m", "zensical", "build", "--strict", "-f", "{config}"),
                       theme_package="zensical", site_dir_in_config=True, distributions=("zensical",),
                       plugins=({"search": {"enabled": False}},), own_search="search.json",
                       # the look Etalase's overrides and stylesheet were drawn for (Material's)
                       theme=(("variant", "classic"),), stylesheet="etalase-zensical.css"),
}
DEFAULT_ENGINE = "mkdocs"


# Where a page's own content goes (overrides/main.html): staff text appears only inside it, and
# the search wrapper and filters around it stay outside what the sanitiser rewrites.
CONTENT_REGION = ("<!-- etalase:content -->", "<!-- /etalase:content -->")


def engine_inline_scripts(engine: str = DEFAULT_ENGINE) -> list[re.Pattern[str]]:
    """Full-match patterns of the inline scripts the theme itself writes.

    Read from the theme's own partials (partials/javascripts/*.html, the same layout in
    Material and Zensical); a template expression (the base path) may be any quoted text.
    The Content-Security-Policy allows these scripts by hash and no other inline script.
    """
    spec = importlib.util.find_spec(ENGINES[engine].theme_package)
    if spec is None or spec.origin is None:
        return []
    folder = Path(spec.origin).parent / "templates" / "partials" / "javascripts"
    patterns: list[re.Pattern[str]] = []
    for path in sorted(folder.glob("*.html")):
        for body in re.findall(r"<script>(.*?)</script>", path.read_text(encoding="utf-8"), re.DOTALL):
            parts = re.split(r"\{\{.*?\}\}", body)
            patterns.append(re.compile('[^"<]*'.join(re.escape(part) for part in parts)))
    return patterns


def built_page(docs_page: str) -> str:
    """The built HTML file of a docs page (``a/index.md`` -> ``a/index.html``)."""
    return docs_page.removesuffix(".md") + ".html"


@dataclass(frozen=True)
class EngineResult:
    ok: bool
    output: str
    reused: frozenset[str] = frozenset()  # built files linked from the previous site (relative paths)


def engine_config(tree: DocsTree, *, base_config: Path, docs_dir: Path, sample: bool,
                  languages: tuple[Language, ...] = (),
                  locale_dir: Path = LOCALE_DIR) -> dict[str, Any]:
    """The project's mkdocs.yml completed with the site name, navigation and assets.

    ``languages`` are the site's languages (the default first), for the language switcher;
    the theme's interface language follows the tree's own language.
    """
    config: dict[str, Any] = {}
    if base_config.is_file():
        loaded = yaml.safe_load(base_config.read_text(encoding="utf-8"))
        config = loaded if isinstance(loaded, dict) else {}
    theme = dict(config.get("theme") or {"name": "material"})
    theme["custom_dir"] = str(HERE / "overrides")
    extra = dict(config.get("extra") or {})
    extra["etalase_sample"] = sample
    config.update({
        "site_name": tree.site_name, "site_description": tree.site_description,
        "docs_dir": str(docs_dir), "theme": theme, "extra": extra,
        "nav": [_nav_entry(item) for item in tree.nav],
        # Only the generator's own scripts and styles: mkdocs.yml may not add any, nor hooks
        # (validate/checks/engine_config.py refuses them; they are dropped here too).
        "extra_css": ["assets/etalase.css"],
        "extra_javascript": [*(["assets/etalase-strings.js"] if tree.language.folder else []),
                             "assets/etalase.js", "assets/etalase-search.js"],
        "plugins": _plugins(config.get("plugins")),
    })
    for key in ("hooks", "extra_templates"):
        config.pop(key, None)
    extra["alternate"] = _alternates(tree.language, languages)
    extra["etalase_text"] = interface_texts(tree.language, locale_dir)
    extra["etalase_language"] = tree.language.code
    extra["etalase_root"] = "../" if tree.language.folder else ""
    if tree.language.folder:
        theme["language"] = tree.language.theme
    if tree.site_url:
        config["site_url"] = attribute_safe(tree.site_url)
    if tree.repo_url:
        config["repo_url"] = attribute_safe(tree.repo_url)
    config.pop("site_dir", None)
    return config


def interface_texts(language: Language, locale_dir: Path = LOCALE_DIR) -> dict[str, str]:
    """The texts of the theme overrides (``t["..."]``) in ``language``, from the site catalogue."""
    translate = translator(language, "site", locale_dir).gettext
    texts: dict[str, str] = {}
    for path in sorted((HERE / "overrides").rglob("*.html")):
        for text in OVERRIDE_TEXT.findall(path.read_text(encoding="utf-8")):
            texts[text] = translate(text)
    return texts


def attribute_safe(url: str) -> str:
    """``url`` with every character that could end an HTML attribute or tag percent-encoded.

    The engine's templates write ``repo_url`` and ``site_url`` into every page unescaped;
    validation (checks/urls.py) already refuses such addresses, this is the second wall.
    """
    return quote(url, safe="/:?#[]@!$&()*+,;=%~.-_")


def _plugins(plugins: Any) -> list[Any]:
    """The configured plugins without the theme's search: Pagefind replaces it (searchindex.py)."""
    def name(plugin: Any) -> str:
        return str(next(iter(plugin)) if isinstance(plugin, dict) else plugin)
    items = plugins.items() if isinstance(plugins, dict) else plugins or []
    listed = [{key: value} for key, value in items] if isinstance(plugins, dict) else list(items)
    return [plugin for plugin in listed if name(plugin) not in ("search", "material/search")]


def _alternates(language: Language, languages: tuple[Language, ...]) -> list[dict[str, str]]:
    """The language switcher (links relative to this build's root, completed with the page's
    path by overrides/partials/alternate.html, which also draws the search box)."""
    up = "../" if language.folder else ""
    return [{"name": other.name, "link": "" if other == language else up + (f"{other.folder}/" if other.folder else ""),
             "lang": other.code} for other in languages or (language,)]


def _nav_entry(item: NavItem) -> dict[str, Any]:
    if item.children:
        return {item.title: [_nav_entry(child) for child in item.children]}
    return {item.title: item.path}


def _for_engine(spec: Engine, config: dict[str, Any], folder: Path, site_dir: Path) -> dict[str, Any]:
    """The configuration completed with what this engine needs (``folder`` holds the configuration)."""
    if spec.site_dir_in_config:  # relative to the configuration's folder, which must hold both
        config = {**config, "docs_dir": os.path.relpath(config["docs_dir"], folder),
                  "site_dir": os.path.relpath(site_dir, folder)}
    config = {**config, "plugins": [*config["plugins"], *spec.plugins],
              "theme": {**dict(spec.theme), **config["theme"]}}
    if spec.stylesheet:
        asset = f"assets/{spec.stylesheet}"
        shutil.copyfile(HERE / "static" / spec.stylesheet, Path(folder, config["docs_dir"], asset))
        config["extra_css"] = [*config["extra_css"], asset]
    return config


def _run_engine(config: dict[str, Any], config_path: Path, site_dir: Path, engine: str,
                source_date: int | None, reused: Path | None = None) -> EngineResult:
    spec = ENGINES[engine]
    config = _for_engine(spec, config, config_path.parent, site_dir)
    env = dict(os.environ)
    env.pop(REUSE_ENV, None)
    if source_date is not None:
        env["SOURCE_DATE_EPOCH"] = str(source_date)
    if spec.hooks:
        config = {**config, "hooks": [str(Path(__file__).resolve())]}
        # the hooks module imports the generator package
        env["PYTHONPATH"] = os.pathsep.join(part for part in (str(HERE.parents[1]), env.get("PYTHONPATH")) if part)
    if reused is not None:
        env[REUSE_ENV] = str(reused)
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=True), encoding="utf-8")
    command = [part.format(config=config_path, site=site_dir) for part in spec.command]
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if spec.own_search:
        (site_dir / spec.own_search).unlink(missing_ok=True)
    return EngineResult(ok=result.returncode == 0, output=(result.stdout + result.stderr).strip())


def engine_inputs(trees: list[tuple[DocsTree, Path]], *, base_config: Path, sample: bool,
                  engine: str = DEFAULT_ENGINE, locale_dir: Path = LOCALE_DIR) -> dict[str, Any]:
    """Everything ``build_site`` hands the engine besides the docs trees' files: each tree's
    configuration and the engine's package versions (for build/stamp.py: same inputs and same
    docs trees, same site). Not the commit or its time: the commit id is in the home pages'
    front matter (a new commit changes those docs files, so the engine runs), and the commit
    time dates only the sitemap, which every engine run writes again; a new commit therefore
    builds again only the pages whose docs files changed."""
    spec = ENGINES[engine]
    languages = tuple(tree.language for tree, _ in trees)
    configs = [engine_config(tree, base_config=base_config, docs_dir=docs_dir, sample=sample,
                             languages=languages, locale_dir=locale_dir) for tree, docs_dir in trees]
    return {"engine": engine, "command": spec.command[1:], "spec": repr(spec), "configs": configs,
            "versions": {name: _version(name) for name in spec.distributions}}


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def build_site(trees: list[tuple[DocsTree, Path]], *, base_config: Path, site_dir: Path,
               sample: bool, engine: str = DEFAULT_ENGINE,
               source_date: int | None = None, locale_dir: Path = LOCALE_DIR,
               previous: Path | None = None, reuse: dict[str, set[str]] | None = None) -> EngineResult:
    """Build each ``(tree, docs folder)`` into ``site_dir`` (the first, the default language)
    or its language's folder below it.

    ``source_date`` (seconds since the epoch, e.g. the commit time) replaces the clock for
    every date the engine writes (sitemap ``lastmod``, gzip header), so builds are reproducible.

    ``previous`` is the published site, built from the same configuration; ``reuse`` names, per
    language code, the docs files that have not changed since. An engine with ``hooks`` links
    their built files from ``previous`` instead of building them again (see the hooks below).
    """
    languages = tuple(tree.language for tree, _ in trees)
    jobs: list[_Job] = []
    for tree, docs_dir in trees:
        folder = tree.language.folder
        config = engine_config(tree, base_config=base_config, docs_dir=docs_dir, sample=sample,
                               languages=languages, locale_dir=locale_dir)
        name = f"mkdocs-{tree.language.code}.yml" if folder else "mkdocs.yml"
        reused = None
        if ENGINES[engine].hooks and previous is not None and reuse and reuse.get(tree.language.code):
            reused = docs_dir.parent / f"reuse-{tree.language.code}.json"
            reused.write_text(json.dumps({"previous": str(previous / folder if folder else previous),
                                          "files": sorted(reuse[tree.language.code])}), encoding="utf-8")
        # A language is built beside site_dir (the engine empties its output folder first, so it
        # cannot build inside the default language's while that runs) and moved in afterwards.
        output = site_dir.with_name(f"{site_dir.name}.{folder}") if folder else site_dir
        if folder:
            shutil.rmtree(output, ignore_errors=True)  # left by a build that was killed
        jobs.append(_Job(folder, config, docs_dir.parent / name, output, reused))

    def run(job: _Job) -> tuple[EngineResult, list[str]]:
        try:
            result = _run_engine(job.config, job.config_path, job.output, engine, source_date, job.reused)
            done: list[str] = []
            if job.reused is not None and result.ok:
                done = json.loads(job.reused.with_suffix(".done").read_text(encoding="utf-8"))
            return result, done
        finally:
            if job.reused is not None:
                job.reused.unlink(missing_ok=True)
                job.reused.with_suffix(".done").unlink(missing_ok=True)

    # The languages' engine runs are separate processes: both cores when the machine has them
    # (Zensical's runs share the work folder as their project folder: one after the other).
    workers = min(len(jobs), usable_cores()) if ENGINES[engine].parallel else 1
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        outcomes = list(pool.map(run, jobs))
    ok = all(result.ok for result, _done in outcomes)
    linked: set[str] = set()
    try:
        for job, (_result, done) in zip(jobs, outcomes, strict=True):
            if not job.folder:
                linked.update(done)
            elif ok:
                (job.output / "404.html").unlink(missing_ok=True)  # hosts serve the root 404 page only
                shutil.rmtree(site_dir / job.folder, ignore_errors=True)
                os.replace(job.output, site_dir / job.folder)
                linked.update(f"{job.folder}/{path}" for path in done)
    finally:  # what was not moved in (a failed run, a failed move) is not left beside the site
        for job in jobs:
            if job.folder:
                shutil.rmtree(job.output, ignore_errors=True)
    return EngineResult(ok=ok, output="\n".join(result.output for result, _done in outcomes if result.output),
                        reused=frozenset(linked))


@dataclass(frozen=True)
class _Job:
    """One language's engine run: its folder (empty for the default), configuration and output."""

    folder: str
    config: dict[str, Any]
    config_path: Path
    output: Path
    reused: Path | None


# MkDocs hooks: MkDocs loads this file as its hooks module on every build (``hooks:`` in the
# written configuration; staff cannot add hooks).
#
# Generated pages (front matter GENERATED_PAGE) are a heading line and HTML the render stage
# wrote, which Python-Markdown stashes as raw HTML blocks and puts back as they are. Only the
# heading goes through Markdown, one instance with the configured extensions reused for every
# page (so the heading's id, its permalink and the page's table of contents are MkDocs' own), and
# the body is appended unchanged. MkDocs' own rendering remains for every other page, for a body
# Markdown would touch before stashing it (tabs, carriage returns, lines of spaces, a code fence,
# the stash's marker characters), for a page without a title in its front matter (its title is
# its heading's text), and for every page when the configured extensions add a pre- or
# postprocessor of their own. ``FAST_ENV=0`` turns the fast path off: the reference output,
# which tests/test_engine_fast.py compares byte for byte.

FAST_ENV = "ETALASE_ENGINE_FAST"
# What Markdown changes in a raw HTML block before stashing it (NormalizeWhitespace, and the
# fenced-code preprocessor, which runs first).
_MARKDOWN_TOUCHES = re.compile(r"[\t\r\x02\x03]|\n +\n|^(?:~{3,}|`{3,})", re.MULTILINE)
# The pre- and postprocessors that leave a raw HTML block free of those as it is.
_RAW_HTML_KEEPERS = frozenset({
    "markdown.preprocessors.NormalizeWhitespace", "markdown.preprocessors.HtmlBlockPreprocessor",
    "markdown.extensions.fenced_code.FencedBlockPreprocessor", "markdown.postprocessors.RawHtmlPostprocessor",
    "markdown.postprocessors.AndSubstitutePostprocessor"})
# The anchors of a page: every element's id and every <a>'s name (MkDocs reads them from the
# tree and the raw HTML; this reads them from the HTML, a comment's or script's ones included).
_TAG = re.compile(r"<([a-zA-Z][^\s/>]*)([^>]*)>")
_ANCHOR_ATTRIBUTE = re.compile(r"""\s(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)
_FAST: dict[str, Any] = {}


def generated_parts(markdown: str) -> tuple[str, str] | None:
    """A generated page's heading line and HTML body, or None if Markdown could change the body."""
    heading, blank, body = markdown.partition("\n\n")
    body = body.strip("\n")
    if not blank or not heading.startswith("# ") or "\n" in heading:
        return None
    if not (body.startswith("<div") and body.endswith("</div>")) or _MARKDOWN_TOUCHES.search(body):
        return None
    return heading, body


def anchor_ids(html_text: str) -> set[str]:
    """The ids (and ``<a name>``) of ``html_text``, as MkDocs collects them for anchor links."""
    found: set[str] = set()
    for tag, attributes in _TAG.findall(html_text):
        for name, *values in _ANCHOR_ATTRIBUTE.findall(attributes):
            if name.lower() == "id" or tag.lower() == "a":
                found.add(html.unescape("".join(values)))
    return found


def _heading_markdown(config: Any) -> Any:
    """The Markdown instance converting generated pages' headings (None: MkDocs renders them)."""
    if _FAST.get("config") is not config:
        import markdown  # in the engine's process only

        converter = markdown.Markdown(extensions=config["markdown_extensions"],
                                      extension_configs=config["mdx_configs"] or {})
        processors = [*converter.preprocessors, *converter.postprocessors]
        keeps = all(f"{type(item).__module__}.{type(item).__name__}" in _RAW_HTML_KEEPERS for item in processors)
        _FAST.update(config=config, markdown=converter if keeps else None)
    return _FAST["markdown"]


def _fast_render(page: Any, render: Any) -> Any:
    """``page.render``, converting only the heading of a generated page."""
    def fast(config: Any, files: Any) -> None:
        meta = page.meta or {}
        parts = generated_parts(page.markdown or "") if meta.get(GENERATED_PAGE) is True and "title" in meta else None
        converter = _heading_markdown(config) if parts else None
        if parts is None or converter is None:
            render(config, files)
            return
        from mkdocs.structure.toc import get_toc  # in the engine's process only

        heading, body = parts
        converter.reset()
        content = f"{converter.convert(heading)}\n"
        page.toc = get_toc(getattr(converter, "toc_tokens", []))
        page.present_anchor_ids, page.links_to_anchors = anchor_ids(content) | anchor_ids(body), {}
        page.markdown = heading
        if _deferring(config):  # the body is read again when the page is written (on_page_context)
            page.content = content
            _FAST["deferred"][page.file.src_uri] = len(content)
        else:
            page.content = content + body
    return fast


def _deferring(config: Any) -> bool:
    """Whether generated pages' bodies wait on disk until each page is written: when no plugin but
    these hooks could read a page's content (``on_page_content``, ``on_post_build``)."""
    if "defer" not in _FAST:
        _FAST.update(defer=all(Path(name).resolve() == Path(__file__).resolve() for name in config.plugins),
                     deferred={})
    return bool(_FAST["defer"])


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """A deferred page gets its body back, read from its source as MkDocs read it."""
    length = _FAST.get("deferred", {}).get(page.file.src_uri)
    if length is not None:
        from mkdocs.utils.meta import YAML_RE  # in the engine's process only

        source = page.file.content_string
        front = YAML_RE.match(source)
        parts = generated_parts(source[front.end():].lstrip("\n") if front else "")
        if parts is None or parts[0] != page.markdown or len(page.content) != length:
            raise RuntimeError(f"{page.file.src_uri} changed while the site was built")
        page.content += parts[1]
    return context


def on_post_page(output: Any, page: Any, config: Any) -> Any:
    """A deferred page's content is freed once written: MkDocs would keep every page's."""
    if _FAST.get("deferred", {}).pop(page.file.src_uri, None) is not None:
        page.content = ""
    return output


# The theme's navigation and tabs are the same on every page outside the navigation (a DIP
# entry, a dataset) whose links to the navigation's pages read the same: rendered once for each
# set of those links (and of the path to the site's root) and shared, like a partial the engine
# would cache itself. A page in the navigation (active items, its table of contents) is rendered
# as usual. ``FAST_ENV=0`` turns this off too.
SHARED_PARTIALS = ("partials/nav.html", "partials/tabs.html")


def _share_output(template: Any) -> None:
    """Render ``template`` once per page-outside-the-navigation key (see above)."""
    render = template.root_render_func
    outputs: dict[tuple[str, ...], str] = {}

    def root_render_func(context: Any) -> Any:
        key = outside_nav_key(context)
        if key is None:
            yield from render(context)
            return
        if key not in outputs:
            outputs[key] = "".join(render(context))
        yield outputs[key]
    template.root_render_func = root_render_func


def outside_nav_key(context: Any) -> tuple[str, ...] | None:
    """What a navigation partial reads of a page outside the navigation: the page's path to the
    root and its relative link to every item and to the home page and logo (None: in the navigation)."""
    from mkdocs.utils import normalize_url  # in the engine's process only

    page, nav, config = context.get("page"), context.get("nav"), context.get("config")
    if page is None or nav is None or config is None or page.parent is not None or any(
            item is page for item in nav.pages):
        return None
    if _FAST.get("nav") is not nav:
        targets = [str(config.extra.get("homepage") or ""), str(config.theme.get("logo") or "")]
        items = list(nav.items)
        while items:
            item = items.pop()
            items.extend(getattr(item, "children", None) or ())
            if getattr(item, "url", None) is not None:
                targets.append(str(item.url))
        _FAST.update(nav=nav, targets=targets)
    return (str(context.get("base_url")), *(normalize_url(target, page) for target in _FAST["targets"]))


def on_env(env: Any, config: Any, files: Any) -> Any:
    if os.environ.get(FAST_ENV) != "0":
        for name in SHARED_PARTIALS:
            _share_output(env.get_template(name))
    return env


# Reused pages: when the pipeline reuses unchanged pages, every file listed in
# the ``REUSE_ENV`` file whose built output exists in the previous site is hard-linked from there
# (the previous site is never written: a reused file is not written by the engine, and harden.py
# replaces files instead of writing into them); a reused page is neither read, converted nor
# rendered, nor written (MkDocs' page writing skips it; its template is the empty REUSED_TEMPLATE).
# Only the pages' sources are compared: the configuration (navigation included), the theme, the
# generator and the engine's versions are the same, or the pipeline reuses nothing.

REUSE_ENV = "ETALASE_REUSE"
REUSED_TEMPLATE = "etalase-reused.html"
_REUSED: dict[str, Any] = {}


def on_config(config: Any) -> Any:
    _REUSED.clear()
    _FAST.clear()
    listed = os.environ.get(REUSE_ENV)
    if listed:
        data = json.loads(Path(listed).read_text(encoding="utf-8"))
        _REUSED.update(previous=Path(data["previous"]), files=set(data["files"]), pages=set(),
                       done=Path(listed).with_suffix(".done"))
        _skip_reused_pages()
    return config


def _skip_reused_pages() -> None:
    """Leave reused pages out of MkDocs' page writing. Without this, each one still gets its
    template context, the empty template and a "Page skipped" log line: about a quarter of a one-change
    build's engine time at 20,000 reused pages (benchmarks/README.md). Where MkDocs has no
    ``_build_page`` (another version), the empty template does the same, only slower."""
    from mkdocs.commands import build as mkdocs_build  # in the engine's process only

    original = getattr(mkdocs_build, "_build_page", None)
    if original is None or getattr(original, "etalase_skips_reused", False):
        return

    def build_page(page: Any, *args: Any, **kwargs: Any) -> Any:
        if page.file.src_uri in _REUSED.get("pages", ()):
            return None  # linked from the previous site by on_files
        return original(page, *args, **kwargs)

    build_page.etalase_skips_reused = True  # type: ignore[attr-defined]
    mkdocs_build._build_page = build_page


def on_files(files: Any, config: Any) -> Any:
    if not _REUSED:
        return files
    previous, wanted, site = str(_REUSED["previous"]), _REUSED["files"], str(config["site_dir"])
    linked: list[str] = []
    made: set[str] = set()  # folders created (about one a page: one system call each, not three)
    for file in files:
        if file.src_uri not in wanted:
            continue
        old = os.path.join(previous, file.dest_uri)
        try:
            if not stat.S_ISREG(os.lstat(old).st_mode):
                continue  # a link or a folder: built as usual
        except OSError:
            continue  # nothing to reuse: built as usual
        new = os.path.join(site, file.dest_uri)
        folder = os.path.dirname(new)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        try:
            os.link(old, new)
        except OSError:
            shutil.copy2(old, new)
        linked.append(file.dest_uri)
        if file.is_documentation_page():
            _REUSED["pages"].add(file.src_uri)
        else:
            file.copy_file = _keep  # already in place
    _REUSED["done"].write_text(json.dumps(sorted(linked)), encoding="utf-8")  # for harden.py to skip
    return files


def on_pre_page(page: Any, config: Any, files: Any) -> Any:
    if page.file.src_uri not in _REUSED.get("pages", ()):
        if os.environ.get(FAST_ENV) != "0":
            page.render = _fast_render(page, page.render)
    else:
        def read_source(config: Any) -> None:
            page.markdown, page.meta = "", {"template": REUSED_TEMPLATE}

        def render(config: Any, files: Any) -> None:
            page.content = ""

        page.read_source, page.render = read_source, render
    return page


def _keep(dirty: bool = False) -> None:
    """A reused file's copy: it is in place already."""
