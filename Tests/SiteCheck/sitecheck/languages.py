"""A site in several languages as visitors and search engines read it.

Every page says its language and writing direction on <html> (dir="rtl"
exactly for the languages written right to left). Every page names the
versions of itself in the site's languages with <link rel="alternate"
hreflang> in its head: absolute addresses of pages of the site, itself
included, the same set on every version, with x-default on the version in the
site's first language; one og:locale:alternate per other version. Every page
has the language switcher: one link per language of the site, in that
language, to the page's translation or else to that language's home page, the
current language marked aria-current="page". sitemap.xml follows the
sitemaps.org schema (with lxml, against schemas/), and gives each page exactly
the alternates of its head.

A site in one language has nothing to pair: only its sitemap is validated."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from lxml import etree

from .output_tree import OutputTree
from .result import CheckResult

SCHEMAS = Path(__file__).parent / "schemas"
SITEMAP_NAMESPACE = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML_NAMESPACE = "{http://www.w3.org/1999/xhtml}"
X_DEFAULT = "x-default"

# A well-formed BCP 47 tag (RFC 5646, section 2.1), as in schemas/xhtml-link.xsd.
BCP47 = re.compile(
    r"([a-z]{2,3}(-[a-z]{3}){0,3}|[a-z]{4,8})(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?"
    r"(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(-[0-9a-wyz](-[a-z0-9]{2,8})+)*(-x(-[a-z0-9]{1,8})+)?",
    re.IGNORECASE,
)
# Languages written right to left, unless their tag names another script
# (az-Arab is; ku, most often in Latin letters, is not listed).
RIGHT_TO_LEFT_LANGUAGES = {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
RIGHT_TO_LEFT_SCRIPTS = {"adlm", "arab", "hebr", "mand", "nkoo", "rohg", "samr", "syrc", "thaa"}


def is_right_to_left(language: str) -> bool:
    subtags = language.lower().split("-")
    scripts = [s for s in subtags[1:] if len(s) == 4 and s.isalpha()]
    if scripts:
        return scripts[0] in RIGHT_TO_LEFT_SCRIPTS
    return subtags[0] in RIGHT_TO_LEFT_LANGUAGES


@dataclass
class Alternate:
    hreflang: str
    href: str
    line: int
    column: int

    @property
    def key(self) -> tuple[str, str]:
        # Language tags are case-insensitive; addresses are not.
        return (self.hreflang.lower(), self.href)


@dataclass
class SwitcherLink:
    attributes: dict
    line: int
    column: int
    text: str = ""


@dataclass
class Switcher:
    label: str
    line: int
    column: int
    links: list[SwitcherLink] = field(default_factory=list)


class _Page(HTMLParser):
    """What a page says of its languages, with where it says it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_attributes: dict | None = None
        self.html_position = (1, 1)
        self.alternates: list[Alternate] = []
        self.locale_alternates = 0
        self.switchers: list[Switcher] = []
        self._switcher_depth = 0
        self._link: SwitcherLink | None = None

    def _position(self) -> tuple[int, int]:
        line, offset = self.getpos()
        return line, offset + 1

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "html" and self.html_attributes is None:
            self.html_attributes = attributes
            self.html_position = self._position()
        rel = attributes.get("rel", "").lower().split()
        # A feed's <link rel="alternate" type="application/atom+xml"> is another
        # format of the page, not another language.
        if tag == "link" and "alternate" in rel and "hreflang" in attributes and attributes.get("type", "text/html") == "text/html":
            self.alternates.append(Alternate(attributes["hreflang"], attributes.get("href", ""), *self._position()))
        if tag == "meta" and attributes.get("property") == "og:locale:alternate":
            self.locale_alternates += 1
        if tag == "nav":
            if self._switcher_depth:
                self._switcher_depth += 1
            elif "language-switcher" in attributes.get("class", "").split():
                self.switchers.append(Switcher(attributes.get("aria-label", ""), *self._position()))
                self._switcher_depth = 1
        if tag == "a" and self._switcher_depth:
            self._link = SwitcherLink(attributes, *self._position())
            self.switchers[-1].links.append(self._link)

    def handle_endtag(self, tag):
        if tag == "nav" and self._switcher_depth:
            self._switcher_depth -= 1
        if tag == "a":
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link.text += data


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    page.close()
    return page


def site_languages(site: Path | None) -> list[str] | None:
    """site.yml's `languages` (the first is the default), or its one
    `language`; None without a site folder: then the tree tells."""
    if site is None:
        return None
    config = yaml.safe_load((site / "site.yml").read_text(encoding="utf-8")) or {}
    languages = config.get("languages")
    if isinstance(languages, list) and languages:
        return [str(language) for language in languages]
    return [str(config.get("language", "en"))]


def _languages_of_tree(tree: OutputTree, parsed: dict[Path, _Page]) -> list[str]:
    """The home page's language first, then the others the pages declare."""
    home = tree.file_for(tree.base_path)
    languages: list[str] = []
    if home is not None and home in parsed and parsed[home].html_attributes:
        languages.append(parsed[home].html_attributes.get("lang", ""))
    for page in parsed.values():
        declared = [(page.html_attributes or {}).get("lang", "")] + [a.hreflang for a in page.alternates]
        for language in declared:
            if language and language.lower() != X_DEFAULT and language.lower() not in (known.lower() for known in languages):
                languages.append(language)
    return [language for language in languages if language] or ["en"]


def _listing(alternates: set[tuple[str, str]]) -> str:
    return ", ".join(f"hreflang=\"{language}\" {href}" for language, href in sorted(alternates)) or "none"


def _validate_sitemap(tree: OutputTree, result: CheckResult) -> etree._Element | None:
    """sitemap.xml against schemas/sitemap.xsd (which imports xhtml-link.xsd)."""
    sitemap = tree.root / "sitemap.xml"
    if not sitemap.is_file():
        result.problems.append("there is no sitemap.xml")
        return None
    try:
        document = etree.parse(str(sitemap), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        result.problems.append(f"sitemap.xml is not XML: {error}")
        return None
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap.xsd")))
    if not schema.validate(document):
        for error in schema.error_log:
            # lxml knows the line of the element, rarely the column; the pattern
            # the value fails is in the schema, and too long to read here.
            where = f"{error.line}:{error.column}" if error.column else f"{error.line}"
            message = re.sub(r" by the pattern '.*'", "", error.message)
            result.problems.append(f"sitemap.xml:{where}: does not follow the sitemaps.org schema: {message}")
    return document.getroot()


class _Languages:
    """The checks of one multilingual tree; problems go to `result`."""

    def __init__(self, tree: OutputTree, languages: list[str], parsed: dict[Path, _Page], result: CheckResult):
        self.tree = tree
        self.languages = languages
        self.default = languages[0].lower()
        self.parsed = parsed
        self.result = result
        self.pages = [p for p in tree.pages() if p in parsed]
        self.page_set = set(self.pages)
        self.names: dict[str, tuple[str, str]] = {}

    def problem(self, page: Path, line: int, column: int, text: str) -> None:
        self.result.problems.append(f"{page.relative_to(self.tree.root).as_posix()}:{line}:{column}: {text}")

    def lang_of(self, page: Path) -> str:
        return (self.parsed[page].html_attributes or {}).get("lang", "")

    def home_of(self, language: str) -> str:
        return self.tree.base_url if language.lower() == self.default else f"{self.tree.base_url}{language}/"

    def target(self, address: str) -> Path | None:
        """The page of the site an absolute address leads to, or None."""
        if not address.startswith(self.tree.base_url):
            return None
        found = self.tree.file_for(urlsplit(address).path or "/")
        return found if found in self.page_set else None

    def group(self, page: Path) -> set[tuple[str, str]]:
        return {alternate.key for alternate in self.parsed[page].alternates}

    def check_html_element(self, page: Path) -> None:
        """lang and dir on <html>, and the language that the page's folder says."""
        parsed = self.parsed[page]
        attributes = parsed.html_attributes or {}
        lang, direction = attributes.get("lang", ""), attributes.get("dir", "")
        line, column = parsed.html_position
        if not lang:
            self.problem(page, line, column, "<html> has no lang")
            return
        if lang.lower() not in (language.lower() for language in self.languages):
            self.problem(page, line, column, f"<html lang=\"{lang}\"> is not one of the site's languages {self.languages}")
        expected_direction = "rtl" if is_right_to_left(lang) else "ltr"
        if direction != expected_direction:
            shown = f"dir=\"{direction}\"" if direction else "no dir"
            self.problem(page, line, column, f"<html lang=\"{lang}\"> has {shown}, {lang} is written dir=\"{expected_direction}\"")
        relative = self.tree.site_path(page)[len(self.tree.base_path):]
        folder = next((language for language in self.languages[1:] if relative.startswith(f"{language}/")), self.languages[0])
        if lang.lower() != folder.lower():
            self.problem(page, line, column, f"<html lang=\"{lang}\"> on a page of the {folder} part of the site")

    def check_alternates(self, page: Path, reported_pairs: set[frozenset]) -> None:
        parsed = self.parsed[page]
        own_address = self.tree.page_url(page)
        line, column = parsed.html_position
        if not parsed.alternates:
            self.problem(page, line, column, "the head has no <link rel=\"alternate\" hreflang> naming the page's languages")
            return
        by_language: dict[str, str] = {}
        for alternate in parsed.alternates:
            where = (page, alternate.line, alternate.column)
            if alternate.hreflang.lower() != X_DEFAULT and not BCP47.fullmatch(alternate.hreflang):
                self.problem(*where, f"hreflang=\"{alternate.hreflang}\" is neither a BCP 47 language tag nor x-default")
            earlier = by_language.setdefault(alternate.hreflang.lower(), alternate.href)
            if earlier != alternate.href:
                self.problem(*where, f"hreflang=\"{alternate.hreflang}\" names two pages: {earlier} and {alternate.href}")
            if not alternate.href.startswith(self.tree.base_url):
                self.problem(*where, f"the alternate {alternate.href} is not an absolute address under {self.tree.base_url}")
                continue
            target = self.target(alternate.href)
            if target is None:
                self.problem(*where, f"the alternate hreflang=\"{alternate.hreflang}\" {alternate.href} leads to no page of the site")
                continue
            if alternate.hreflang.lower() == X_DEFAULT:
                continue
            if self.lang_of(target).lower() != alternate.hreflang.lower():
                self.problem(*where, f"the alternate hreflang=\"{alternate.hreflang}\" {alternate.href} is a page in <html lang=\"{self.lang_of(target)}\">")
            if target == page:
                continue
            pair = frozenset((page, target))
            if pair in reported_pairs:
                continue
            own_key = (self.lang_of(page).lower(), own_address)
            if own_key not in self.group(target):
                reported_pairs.add(pair)
                self.problem(*where, f"the alternate hreflang=\"{alternate.hreflang}\" {alternate.href} does not name this page back (not reciprocal)")
            elif self.group(target) != self.group(page):
                reported_pairs.add(pair)
                missing = _listing(self.group(page) - self.group(target))
                added = _listing(self.group(target) - self.group(page))
                self.problem(*where, f"the alternates of {alternate.href} are not the same as this page's: it lacks {missing}; it adds {added}")

        if (self.lang_of(page).lower(), own_address) not in self.group(page):
            self.problem(page, line, column, f"the alternates do not name the page itself ({own_address}, hreflang=\"{self.lang_of(page)}\")")
        members = {language: href for language, href in by_language.items() if language != X_DEFAULT}
        x_default = by_language.get(X_DEFAULT)
        if self.default in members and x_default is None:
            self.problem(page, line, column, f"no hreflang=\"x-default\", though the version in the default language {self.default} is {members[self.default]}")
        elif self.default in members and x_default != members[self.default]:
            self.problem(page, line, column, f"hreflang=\"x-default\" is {x_default}, not the version in the default language {members[self.default]}")
        elif self.default not in members and x_default is not None:
            self.problem(page, line, column, f"hreflang=\"x-default\" {x_default}, though no version of the page is in the default language {self.default}")
        if parsed.locale_alternates != len(members) - 1:
            self.problem(page, line, column, f"{parsed.locale_alternates} og:locale:alternate for {len(members) - 1} other versions of the page")

    def check_switcher(self, page: Path) -> None:
        parsed = self.parsed[page]
        line, column = parsed.html_position
        if len(parsed.switchers) != 1:
            self.problem(page, line, column, f"{len(parsed.switchers)} language switchers (<nav class=\"language-switcher\">), not one" if parsed.switchers else "no language switcher (<nav class=\"language-switcher\">)")
            return
        switcher = parsed.switchers[0]
        if not switcher.label.strip():
            self.problem(page, switcher.line, switcher.column, "the language switcher has no aria-label")
        page_address = self.tree.page_url(page)
        translations = {alternate.hreflang.lower(): alternate.href for alternate in parsed.alternates}
        current = [link for link in switcher.links if link.attributes.get("aria-current") == "page"]
        if len(current) != 1:
            self.problem(page, switcher.line, switcher.column, f"{len(current)} links of the language switcher have aria-current=\"page\", not one")
        seen: list[str] = []
        for link in switcher.links:
            where = (page, link.line, link.column)
            hreflang, lang = link.attributes.get("hreflang", ""), link.attributes.get("lang", "")
            name = " ".join(link.text.split())
            if not hreflang or not lang or hreflang.lower() != lang.lower():
                self.problem(*where, f"the switcher's link \"{name}\" has hreflang=\"{hreflang}\" and lang=\"{lang}\": both should name its language")
            seen.append(hreflang.lower())
            if not name:
                self.problem(*where, f"the switcher's link to {hreflang} has no text")
            elif hreflang:
                first = self.names.setdefault(hreflang.lower(), (name, page.relative_to(self.tree.root).as_posix()))
                if first[0] != name:
                    self.problem(*where, f"the switcher names {hreflang} \"{name}\", and \"{first[0]}\" on {first[1]}")
            is_current = link.attributes.get("aria-current") == "page"
            if is_current != (hreflang.lower() == self.lang_of(page).lower()):
                self.problem(*where, f"the switcher's link to {hreflang} {'has' if is_current else 'lacks'} aria-current=\"page\" on a page in {self.lang_of(page)}")
            expected = page_address if is_current else translations.get(hreflang.lower(), self.home_of(hreflang))
            resolved = urljoin(page_address, link.attributes.get("href", ""))
            leads_to = self.tree.file_for(urlsplit(resolved).path or "/") if resolved.startswith(self.tree.base_url) else None
            if leads_to is None or leads_to != self.tree.file_for(urlsplit(expected).path or "/"):
                self.problem(*where, f"the switcher's link to {hreflang} leads to {resolved}, not {expected}")
        wanted = sorted(language.lower() for language in self.languages)
        if sorted(seen) != wanted:
            self.problem(page, switcher.line, switcher.column, f"the language switcher links {seen}, not each of the site's languages {self.languages} once")

    def check_sitemap(self, root: etree._Element) -> int:
        """Each page's <xhtml:link> in sitemap.xml against its head's alternates."""
        compared = 0
        for url in root.iter(f"{SITEMAP_NAMESPACE}url"):
            location = (url.findtext(f"{SITEMAP_NAMESPACE}loc") or "").strip()
            page = self.target(location)
            if page is None:
                continue  # the sitemap check reports addresses that are not pages
            compared += 1
            listed = {((link.get("hreflang") or "").lower(), link.get("href") or ""): link
                      for link in url.iter(f"{XHTML_NAMESPACE}link") if link.get("rel") == "alternate"}
            head = {alternate.key: alternate for alternate in self.parsed[page].alternates}
            for key in sorted(set(head) - set(listed)):
                self.result.problems.append(f"sitemap.xml:{url.sourceline}: {location} lacks the alternate hreflang=\"{head[key].hreflang}\" {key[1]} of the page's head")
            for key in sorted(set(listed) - set(head)):
                self.result.problems.append(f"sitemap.xml:{listed[key].sourceline}: {location} has the alternate hreflang=\"{key[0]}\" {key[1]}, which the page's head does not")
        return compared


def check(tree: OutputTree, site: Path | None) -> CheckResult:
    result = CheckResult("languages")
    files = [f for f in tree.html_files() if not tree.is_redirect(f)]
    parsed = {f: _parse(f) for f in files}
    languages = site_languages(site) or _languages_of_tree(tree, parsed)
    sitemap = _validate_sitemap(tree, result)
    schema_figure = "sitemap.xml follows the sitemaps.org schema" if sitemap is not None and not result.problems else "sitemap.xml does not follow the sitemaps.org schema"
    if len(languages) == 1:
        result.summary = f"one language ({languages[0]}), no translations to pair; {schema_figure} (lxml {etree.__version__})"
        return result

    checks = _Languages(tree, languages, parsed, result)
    reported_pairs: set[frozenset] = set()
    for file in files:
        checks.check_html_element(file)
    for page in checks.pages:
        checks.check_alternates(page, reported_pairs)
        checks.check_switcher(page)
    compared = checks.check_sitemap(sitemap) if sitemap is not None else 0
    groups = {frozenset(checks.group(page)) for page in checks.pages}
    result.summary = (f"{len(languages)} languages ({', '.join(languages)}; default {languages[0]}): {len(checks.pages)} pages "
                      f"in {len(groups)} translation groups, {compared} sitemap entries compared with their pages' alternates; "
                      f"{schema_figure}; {len(result.problems)} errors (lxml {etree.__version__})")
    return result
