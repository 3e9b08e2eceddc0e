"""Which platform a profile address belongs to, as sitegen tells: from the
registry of platforms a build uses (the site's own templates/platforms.yml,
else the theme's Templates/platforms.yml), the first entry whose match fits
the address. Mastodon, which runs on any server, is the registry's last entry:
an address is Mastodon's only when no other platform claims it."""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from .result import ToolFailure

THEME_REGISTRY = Path(__file__).resolve().parents[3] / "Templates" / "platforms.yml"
MAX_REGISTRY_BYTES = 1024 * 1024


@dataclass
class Platform:
    id: str
    name: str
    # (host or None for any host, path prefix or None)
    matches: list[tuple[str | None, str | None]]


class PlatformRegistry:
    def __init__(self, platforms: list[Platform]):
        self.platforms = platforms

    @staticmethod
    def for_site(site: Path | None) -> "PlatformRegistry":
        own = site / "templates" / "platforms.yml" if site else None
        path = own if own and own.is_file() else THEME_REGISTRY
        try:
            if path.stat().st_size > MAX_REGISTRY_BYTES:
                raise ToolFailure(f"{path} is over {MAX_REGISTRY_BYTES // 1024} KB")
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as error:
            raise ToolFailure(f"the registry of platforms {path} could not be read: {error}")
        platforms = []
        for entry in data.get("platforms") or []:
            matches = [(m.get("host"), m.get("path")) for m in entry.get("match") or []]
            platforms.append(Platform(str(entry["id"]), str(entry.get("name", entry["id"])), matches))
        return PlatformRegistry(platforms)

    def recognise(self, url: str) -> Platform | None:
        """The platform of the address, or None for a site no entry knows."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not host:
            return None
        path = unquote(parts.path)
        for platform in self.platforms:
            for expected_host, prefix in platform.matches:
                if expected_host is not None and host != expected_host and not host.endswith("." + expected_host):
                    continue
                if prefix is not None and not path.startswith(prefix):
                    continue
                return platform
        return None

    def is_mastodon(self, url: str) -> bool:
        platform = self.recognise(url)
        return platform is not None and platform.id == "mastodon"
