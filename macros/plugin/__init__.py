"""The site's MkDocs plugin and what it gives MkDocs: the page macros, run
in a sandbox, and the stages of the assembly (macros/plugin/plugin.py)."""
from .plugin import SitePlugin

__all__ = ["SitePlugin"]
