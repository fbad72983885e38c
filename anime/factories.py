import factory

from anime.models import AnimeIndexPage, AnimeStudioPage
from core.factories import PageFactory


class AnimeIndexPageFactory(PageFactory):
    title = "アニメ"
    slug = "anime"
    show_in_menus = True

    class Meta:
        model = AnimeIndexPage


class AnimeStudioPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"アニメスタジオ{n}")
    introduction = "練馬でアニメをつくり続けています。"
    founded_year = 1970

    class Meta:
        model = AnimeStudioPage
