"""A page's description drawn from its lead paragraph (macros/site/metadata.py),
called directly on HTML fragments."""
from __future__ import annotations

from macros.site.metadata import lead, shortened


def test_the_lead_is_the_first_paragraph_outside_figures_tables_and_quotations():
    html = ('<h1>Titre</h1><figure class="epigraph"><blockquote><p>Une citation.</p></blockquote>'
            '<figcaption>Source</figcaption></figure><table><tr><td><p>Une cellule.</p></td></tr></table>'
            '<p>Le <abbr>SGO</abbr><span class="expansion"> (Secrétariat)</span> publie<br>les données.</p><p>Ensuite.</p>')
    assert lead(html) == "Le SGO (Secrétariat) publie les données."


def test_no_lead_in_the_footnotes_nor_in_an_empty_paragraph():
    assert lead('<p> </p><div class="footnote"><ol><li><p>Une note.</p></li></ol></div>') == ""


def test_a_long_lead_is_cut_after_a_whole_word_and_keeps_its_no_break_spaces():
    text = "Annexe\u00a0A : " + " ".join(["responsabilités"] * 30)
    cut = lead(f"<p>{text}</p>", limit=60)
    assert cut.endswith("…") and len(cut) <= 60 and cut.startswith("Annexe\u00a0A : ")
    assert cut[:-1] in text and not cut[:-1].endswith("responsabilit")
    assert shortened("Court.") == "Court."
