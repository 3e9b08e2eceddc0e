"""What the site's owner declared, read from site.yml and links.yml."""

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# YYYY-MM-DD- or YYYY-MM-DD_ before a post's name: sitegen dates the page by it.
DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}[-_].")
# A site's content is small; these bound what a hostile folder costs the check.
MAX_CONTENT_FILES = 20_000
FRONT_MATTER_BYTES = 64 * 1024


@dataclass
class Declared:
    name: str = ""
    base_url: str = ""
    language: str = ""
    business_type: str = "Organization"
    telephone: str | None = None
    email: str | None = None
    # The live profiles: those the site claims as the business's own.
    profiles: list[str] = field(default_factory=list)
    # Profiles marked `status: gone`: named on /links/ as text, never linked.
    gone_profiles: list[dict] = field(default_factory=list)
    press: list[str] = field(default_factory=list)
    press_entries: list[dict] = field(default_factory=list)
    # Folders of content/ holding dated posts that are not drafts (sitegen
    # writes a feed for them), with their number of posts; None without --site.
    dated_sections: dict[str, int] | None = None


def read(site: Path) -> Declared:
    config = yaml.safe_load((site / "site.yml").read_text(encoding="utf-8")) or {}
    links_file = site / "links.yml"
    links = yaml.safe_load(links_file.read_text(encoding="utf-8")) if links_file.exists() else {}
    links = links or {}
    url = str(config.get("url", ""))
    languages = config.get("languages") or [config.get("language", "en")]
    return Declared(
        name=str(config.get("name", "")),
        base_url=url if url.endswith("/") else url + "/",
        language=str(config.get("language", "en")),
        business_type=str(config.get("type", "Organization")),
        telephone=str(config["telephone"]) if config.get("telephone") else None,
        email=config.get("email"),
        profiles=[entry["url"] for entry in links.get("profiles") or [] if entry.get("status", "live") != "gone"],
        gone_profiles=[entry for entry in links.get("profiles") or [] if entry.get("status") == "gone"],
        press=[entry["url"] for entry in links.get("press") or []],
        press_entries=list(links.get("press") or []),
        dated_sections=dated_sections(site / "content", {str(code).lower() for code in languages}),
    )


def _front_matter(path: Path) -> dict:
    with path.open("rb") as file:
        head = file.read(FRONT_MATTER_BYTES).decode("utf-8", errors="replace")
    match = re.match(r"---\n(.*?)\n(?:---|\.\.\.)\s*(?:\n|$)", head.replace("\r\n", "\n"), re.S)
    if match is None:
        return {}
    try:
        loaded = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def dated_sections(content: Path, languages: set[str]) -> dict[str, int]:
    """As sitegen reads them: a page is dated by its front matter's `date:` or
    by a date before its file name; drafts and index.md are no posts; the home
    folders (content/ itself, or a language's content/en/) are no section."""
    found: Counter = Counter()
    if not content.is_dir():
        return {}
    # Counted as found, not sorted first: the bound holds before the whole folder is listed.
    for number, path in enumerate(content.rglob("*.md")):
        if number >= MAX_CONTENT_FILES:
            break
        if not path.is_file():
            continue
        parts = path.name[: -len(".md")].split(".")
        if parts[0] == "index":
            continue
        folder = path.parent.relative_to(content).as_posix()
        if folder in ("", ".") or folder in languages:
            continue
        front_matter = _front_matter(path)
        if front_matter.get("draft") is True:
            continue
        if front_matter.get("date") or DATE_PREFIX.match(path.name):
            found[folder] += 1
    return dict(sorted(found.items()))


def e164(telephone: str) -> str:
    """+33 2 99 12 34 56 -> +33299123456 (international numbers only)."""
    return "+" + "".join(c for c in telephone.replace("(0)", "") if c.isdigit())
