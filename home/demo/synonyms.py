"""The demo's search synonym groups: readings, spellings and translations of the site's key words."""

from search.models import SynonymGroup

SYNONYM_GROUPS = {
    "takuan": ["たくあん", "沢庵", "タクアン", "takuan", "泽庵", "澤庵", "단무지"],
    "tsukemono": ["漬物", "漬け物", "つけもの", "tsukemono", "pickles", "腌菜", "醃菜", "절임"],
    "daikon": ["大根", "だいこん", "daikon", "萝卜", "蘿蔔"],
    "anime": ["アニメ", "アニメーション", "anime", "animation", "动画", "動畫", "애니메이션"],
    "craftsman": ["名工", "職人", "craftsman", "artisan", "工匠", "장인"],
    "nerima": ["練馬", "ねりま", "nerima", "练马", "네리마"],
}


def ensure_synonym_groups(created):
    """Create the groups that do not exist yet (by name); editors' changes are left alone."""
    existing = set(SynonymGroup.objects.filter(name__in=SYNONYM_GROUPS).values_list("name", flat=True))
    for name, terms in SYNONYM_GROUPS.items():
        if name not in existing:
            SynonymGroup.objects.create(name=name, terms="\n".join(terms))
            created["synonym groups"] += 1
