"""What the site's owner declared, read from site.yml and links.yml."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml


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


def read(site: Path) -> Declared:
    config = yaml.safe_load((site / "site.yml").read_text(encoding="utf-8")) or {}
    links_file = site / "links.yml"
    links = yaml.safe_load(links_file.read_text(encoding="utf-8")) if links_file.exists() else {}
    links = links or {}
    url = str(config.get("url", ""))
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
    )


def e164(telephone: str) -> str:
    """+33 2 99 12 34 56 -> +33299123456 (international numbers only)."""
    return "+" + "".join(c for c in telephone.replace("(0)", "") if c.isdigit())
