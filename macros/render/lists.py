"""Lists and counts that the prose of the plan states, drawn from the data so
that a sentence never contradicts a table: pure functions of (plan, …, lang)."""
from __future__ import annotations

from markupsafe import Markup

from ..language.labels import label, number_words
from ..language.words import text


def counts(plan) -> dict:
    """What the prose may count."""
    categories = plan["maturity"]["categories"]
    return {
        "objectives": len(plan["objectives"]),
        "previous_objectives": len(plan["previous_plan"]["objectives"]),
        "commitments": sum(len(o["commitments"]) for o in plan["objectives"]),
        "levels": len(plan["maturity"]["levels"]),
        "categories": len(categories),
        "indicators": sum(len(c["indicators"]) for c in categories),
        "risks": len(plan["risks"]),
    }


def number(plan, what: str, lang: str) -> str:
    """A count of the data in words: number("objectives") -> "quatre"."""
    known = counts(plan)
    if what not in known:
        raise KeyError(f"no count '{what}' (known: {', '.join(known)})")
    return number_words(known[what], lang)


def indicators_range(plan, lang: str) -> str:
    """"cinq à huit": the fewest and most indicators in a category."""
    sizes = [len(c["indicators"]) for c in plan["maturity"]["categories"]]
    return label(lang, "range", low=number_words(min(sizes), lang), high=number_words(max(sizes), lang))


def epigraph(plan, lang: str) -> str:
    """The quotation that opens the plan, with its source, which names it."""
    quote = plan["plan"]["epigraph"]
    paragraphs = Markup("").join(Markup("<p>{}</p>").format(text(p, lang)) for p in quote["paragraphs"])
    return str(Markup('<figure class="epigraph" aria-labelledby="epigraph-source"><blockquote>{}</blockquote>'
                      '<figcaption id="epigraph-source">{}</figcaption></figure>').format(
        paragraphs, text(quote["source"], lang)))
