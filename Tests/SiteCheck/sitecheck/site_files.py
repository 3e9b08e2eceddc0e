"""What the site's owner declared, read from site.yml and links.yml."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class Declared:
    name: str = ""
    base_url: str = ""
    language: str = ""
    telephone: str | None = None
    email: str | None = None
    profiles: list[str] = field(default_factory=list)
    press: list[str] = field(default_factory=list)


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
        telephone=config.get("telephone"),
        email=config.get("email"),
        profiles=[entry["url"] for entry in links.get("profiles") or []],
        press=[entry["url"] for entry in links.get("press") or []],
    )
