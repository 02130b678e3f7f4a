"""Addresses that hold under any path: mkdocs-static-i18n writes the home
pages' hreflang alternates from the root of the site's address; they become
relative, like every other link of the site, so that a build served under a
path other than SITE_URL's still points within the site."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from mkdocs.utils import get_relative_url

_ALTERNATE = re.compile(r'(<link rel="alternate" href=")(/[^"]*)(" hreflang="[^"]+">)')


def on_post_page(output, page, config):
    base = urlsplit(config.site_url or "/").path or "/"

    def relative(match):
        target = match.group(2)
        if not target.startswith(base):
            return match.group()
        return match.group(1) + get_relative_url(target[len(base):] or ".", page.url or ".") + match.group(3)
    return _ALTERNATE.sub(relative, output)
