"""Annex C: the long descriptions of Figures 2 to 5: the approved text of
each, then, for 2, 4 and 5, the site's own summary, written from the same
data as the figure, so that a figure and its summary never disagree
(Figure 3's levels are the table beside it, in section 5)."""
from __future__ import annotations

from markupsafe import Markup

from ..language.words import body_name
from .figures.objectives import figure_label
from ..language.labels import and_list, label, number_words
from ..site.links import href
from .figures import FIGURES, caption, figure_anchor
from .sections import heading


def _items(values) -> Markup:
    return Markup("").join(Markup("<li>{}</li>").format(value) for value in values)


def _objectives(plan, objectives: list, lang: str) -> Markup:
    entries = []
    for objective in objectives:
        count = len(objective["commitments"])
        head = label(lang, "description_objective", id=objective["id"], title=objective["title"][lang],
                     count=number_words(count, lang), s="s" if count > 1 else "")
        entries.append(Markup("{}<ul>{}</ul>").format(
            head, _items(f"{c['id']} {figure_label(c, lang)}" for c in objective["commitments"])))
    return Markup("<ol>{}</ol>").format(_items(entries))


def _governance(plan, lang: str) -> Markup:
    governance = plan["governance"]
    names = {b["id"]: body_name(plan, b, lang) for b in governance["bodies"]}
    blocks = [
        ("description_bodies", [names[b] for b in names]),
        ("description_reports_to", [label(lang, "reports_to_sentence", child=names[r["from"]], parent=names[r["to"]])
                                    for r in governance["reports_to"]]),
        ("description_members", [label(lang, "members_sentence", committee=names[c],
                                       members=and_list([names[m["member"]] for m in governance["members"] if m["committee"] == c], lang))
                                 for c in dict.fromkeys(m["committee"] for m in governance["members"])]),
        ("description_collaborations", [label(lang, "collaboration_sentence" + ("_as_needed" if c["as_needed"] else ""),
                                              first=names[c["between"][0]], second=names[c["between"][1]])
                                        for c in governance["collaborations"]]),
    ]
    return Markup("").join(Markup("<p><strong>{}</strong></p><ul>{}</ul>").format(label(lang, key), _items(values))
                           for key, values in blocks if values)


def _approved(plan, number: str, lang: str) -> Markup:
    return Markup("").join(Markup("<p>{}</p>").format(p[lang]) for p in _description(plan, number)["paragraphs"])


def _description(plan, number: str) -> dict:
    return next(d for d in plan["long_descriptions"] if d["figure"] == number)


def long_descriptions(plan, lang: str, here_url: str, level: int = 2, raw=str) -> str:
    """Annex C: a heading (at `level`), the approved description, the site's
    summary and a link back, per figure (`raw`: as for sections.activity_sections)."""
    summaries = {
        "2": lambda: _objectives(plan, plan["previous_plan"]["objectives"], lang),
        "3": None,
        "4": lambda: _objectives(plan, plan["objectives"], lang),
        "5": lambda: _governance(plan, lang),
    }
    parts = []
    for number, summary in summaries.items():
        figure = FIGURES[number]
        title = _description(plan, number).get("heading", {}).get(lang) or caption(plan, number, lang)  # Annex C's own title
        parts.append(heading(level, title, figure.description_anchor))
        back = href(figure.page, figure_anchor(number), here_url, lang)
        site_summary = Markup('<div class="site-summary"><p><strong>{}</strong></p>{}</div>').format(
            label(lang, "site_summary"), summary()) if summary else Markup("")
        parts.append(raw(str(Markup(
            '<div class="long-description">{}{}<p><a href="{}">{}</a></p></div>').format(
                _approved(plan, number, lang), site_summary, back, label(lang, "back_to_figure", n=number)))))
    return "\n\n".join(parts)
