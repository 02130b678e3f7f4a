"""The open data files (macros/render/opendata.py), written with the site."""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hooks.shared import plan  # noqa: E402
from macros.render import opendata  # noqa: E402


@event_priority(-200)  # with the other outputs written once every language is built
def on_post_build(config):
    data_folder = Path(config.site_dir) / opendata.FOLDER
    data_folder.mkdir(exist_ok=True)
    for name, content in opendata.files(plan()).items():
        (data_folder / name).write_bytes(content)
