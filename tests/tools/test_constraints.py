"""constraints.txt pins every package at the version tested, each with the
hash of its file, and holds every direct requirement at its own pin."""
from __future__ import annotations

import re

from scripts.constraints import distribution_name, normalized, pins, render

from tests.conftest import ROOT

_ENTRY = re.compile(r"^([A-Za-z0-9._-]+)==(\S+) \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\\n)?)+)", re.M)


def test_every_package_has_a_hash():
    text = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    entries = _ENTRY.findall(text)
    assert len(entries) == len(pins(text)) > 50
    body = "".join(line + "\n" for line in text.splitlines() if line and not line.startswith("#"))
    assert body == "".join(m.group(0) + ("" if m.group(0).endswith("\n") else "\n") for m in _ENTRY.finditer(text))


def test_every_requirement_is_constrained_at_its_version():
    constrained = {normalized(name): version for name, version in pins((ROOT / "constraints.txt").read_text()).items()}
    for file in ("requirements.txt", "requirements-test.txt"):
        for name, version in pins((ROOT / file).read_text()).items():
            assert constrained.get(normalized(name)) == version, (file, name)


def test_render_and_file_names():
    assert distribution_name(ROOT / "x" / "jsonschema_rs-0.61.0-cp38-abi3-manylinux_2_17_x86_64.whl") == "jsonschema-rs"
    assert distribution_name(ROOT / "docopt-0.6.2.tar.gz") == "docopt"
    text = render({"Jinja2": "3.1.6"}, {"jinja2": ["a" * 64, "b" * 64]})
    assert text.endswith(f"Jinja2==3.1.6 \\\n    --hash=sha256:{'a' * 64} \\\n    --hash=sha256:{'b' * 64}\n")
