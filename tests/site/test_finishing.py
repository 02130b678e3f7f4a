"""The finishing of a page, without MkDocs (macros/site/finishing.py): the
figures and unsearched tables kept from Material's search parser, then put
back, with Material's toggles made valid, in one pass over the written page."""
from __future__ import annotations

from macros.site.blocks import MARKER, Blocks
from macros.site.finishing import finished_page, kept_from_search

FIGURE = '<figure id="figure-3" data-search-exclude><svg role="img"><title>T</title><text>Niveau 0</text></svg></figure>'
TABLE = ('<div class="table-scroll" role="region" tabindex="0" aria-labelledby="x-caption" data-search-exclude>\n'
         '<table class="plan-table" id="x">\n<caption id="x-caption">Liste</caption>\n<tr><td>1.1.1.1</td></tr>\n</table>\n</div>')
TEXT = "<p>Le texte, qui reste à chercher.</p>"


def test_the_figures_and_unsearched_tables_are_out_of_search_parsers_way_and_come_back():
    blocks = Blocks()
    content = kept_from_search(TEXT + FIGURE + TABLE, blocks)
    assert "<svg" not in content and "<table" not in content and TEXT in content
    assert len(MARKER.findall(content)) == 2
    page = finished_page(f"<html><body>{content}</body></html>", blocks)
    assert page == f"<html><body>{TEXT}{FIGURE}{TABLE.replace(' data-search-exclude', '', 1)}</body></html>"


def test_materials_toggles_lose_the_attribute_html_forbids_them():
    written = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
               '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">'
               '<input type="text" class="md-search__input" autocomplete="off">')
    page = finished_page(written, Blocks())
    assert page.count('autocomplete="off"') == 1 and 'id="__drawer">' in page and 'id="__search">' in page
