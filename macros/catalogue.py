"""What each registered macro shows, for writers, in both languages, and
what its arguments take. scripts/macro_docs.py writes the list of macros of
CONTRIBUTING.md from this and from the macros registered in __init__.py
(their arguments, and the first use of each in the pages as its example);
tests/site/test_macro_docs.py fails when a macro has no entry here, an entry
names no macro, or CONTRIBUTING.md is not up to date."""
from __future__ import annotations

ARGUMENTS = {
    "number": ("the figure's number, in quotes: \"1\" to \"7\"", "le numéro de la figure, entre guillemets : \"1\" à \"7\""),
    "key": ("the organization's key in `organizations:` of data/plan.yml", "la clé de l’organisation dans `organizations:` de data/plan.yml"),
    "what": ("what to count: \"objectives\", \"previous_objectives\", \"commitments\", \"levels\", \"categories\", "
             "\"indicators\" or \"risks\"",
             "ce qu’il faut compter : \"objectives\", \"previous_objectives\", \"commitments\", \"levels\", "
             "\"categories\", \"indicators\" ou \"risks\""),
    "category_id": ("a maturity category's `id` in data/plan.yml, in quotes", "l’`id` d’une catégorie de maturité dans data/plan.yml, entre guillemets"),
    "commitment_id": ("a commitment's `id` in data/plan.yml, in quotes: \"1.1\"", "l’`id` d’un engagement dans data/plan.yml, entre guillemets : \"1.1\""),
    "checklist_id": ("a checklist's `id` in data/guide.yml", "l’`id` d’une liste de vérification dans data/guide.yml"),
}

MACROS = {
    "plan_title": ("The plan's full title.", "Le titre complet du plan."),
    "approval_date": ("The day the plan was approved.", "La date d’approbation du plan."),
    "org": ("An organization named in the text: its acronym, with its full name for readers who need it.",
            "Une organisation nommée dans le texte : son acronyme, avec son nom complet pour qui en a besoin."),
    "number": ("A count drawn from the data, in words (\"four\"), so that the text never contradicts the tables.",
               "Un nombre tiré des données, en lettres (« quatre »), pour que le texte ne contredise jamais les tableaux."),
    "indicators_range": ("The fewest and the most indicators in a maturity category (\"five to eight\").",
                         "Le plus petit et le plus grand nombre d’indicateurs d’une catégorie (« cinq à huit »)."),
    "progress_dashboard": ("The progress page: counts by status (chart and table), what was due and is not complete, "
                           "and the deliverables by status, from data/progress.yml.",
                           "La page d’avancement : les nombres par état (graphique et tableau), ce qui était dû et "
                           "n’est pas réalisé, et les livrables par état, d’après data/progress.yml."),
    "progress_history": ("Every report on each deliverable, newest first, one address per deliverable.",
                         "Chaque rapport sur chaque livrable, du plus récent au plus ancien, une adresse par livrable."),
    "epigraph": ("The quotation that opens the plan, with its source.", "La citation qui ouvre le plan, avec sa source."),
    "plan_parts": ("The list of the plan's parts: every page named section-*.md, in the order of `nav`, with its title.",
                   "La liste des parties du plan : chaque page nommée section-*.md, dans l’ordre de `nav`, avec son titre."),
    "figure": ("A figure of the plan (1 to 5) or a chart of the site (6, 7), with its caption and description.",
               "Une figure du plan (1 à 5) ou un graphique du site (6, 7), avec sa légende et sa description."),
    "long_descriptions": ("Annex C: the long descriptions of the figures.",
                          "Annexe C : les descriptions longues des figures."),
    "maturity_levels_table": ("The table of the maturity model's levels (Figure 3).",
                              "Le tableau des niveaux du modèle de maturité (figure 3)."),
    "maturity_table": ("The table of one maturity category: each indicator's assessed and desired levels.",
                       "Le tableau d’une catégorie de maturité : le niveau évalué et le niveau souhaité de chaque indicateur."),
    "maturity_sections": ("Section 5.1: each maturity category, with its heading and table.",
                          "Section 5.1 : chaque catégorie de maturité, avec son titre et son tableau."),
    "activity_table": ("The table of one commitment's deliverables, by activity.",
                       "Le tableau des livrables d’un engagement, par activité."),
    "activity_sections": ("Section 10: every objective and commitment, with headings and tables.",
                          "Section 10 : chaque objectif et engagement, avec titres et tableaux."),
    "risks_table": ("Section 9: each risk with its mitigation strategies.",
                    "Section 9 : chaque risque avec ses stratégies d’atténuation."),
    "roles_tables": ("Annex A: one table of responsibilities per role.",
                     "Annexe A : un tableau des responsabilités par rôle."),
    "acronyms_table": ("Annex B: the approved plan's acronyms, then those the plan uses without listing them, each "
                       "with its full name, in alphabetical order (in English, with the approved French acronym).",
                       "Annexe B : les acronymes du plan approuvé, puis ceux que le plan emploie sans les inscrire, "
                       "chacun avec sa forme longue, en ordre alphabétique (en anglais, avec l’acronyme français approuvé)."),
    "open_data_files": ("The list of the open data files, with what each holds.",
                        "La liste des fichiers de données ouvertes, avec leur contenu."),
    "guide_questions": ("The guide's five questions to ask about a resource.",
                        "Les cinq questions du guide à se poser sur une ressource."),
    "guide_myths": ("The guide's myths and facts.", "Les mythes et réalités du guide."),
    "guide_steps": ("The guide's publishing steps: who does each, who helps.",
                    "Les étapes de publication du guide : qui les fait, qui aide."),
    "guide_roles": ("Who does what, from Annex A.", "Qui fait quoi, d’après l’annexe A."),
    "checklist": ("One of the guide's checklists, to print.", "Une des listes de vérification du guide, à imprimer."),
    "organization_views": ("For each organization, the deliverables it leads or supports.",
                           "Pour chaque organisation, les livrables qu’elle dirige ou appuie."),
}

# Examples for the macros no page uses yet (the others take their first use).
EXAMPLES = {
    "maturity_table": '{{ maturity_table("1") }}',
    "activity_table": '{{ activity_table("1.1") }}',
}
