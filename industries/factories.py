from wagtail.models import Locale

import factory
from factory.django import DjangoModelFactory

from core.factories import PageFactory
from industries.models import (
    IndustriesIndexPage,
    PickleMakerPage,
    ShopCategory,
    ShopPage,
    ShoppingStreetPage,
    SupportProgramPage,
)


class ShopCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"分類{n}")
    locale = factory.LazyFunction(lambda: Locale.get_default())

    class Meta:
        model = ShopCategory


class IndustriesIndexPageFactory(PageFactory):
    title = "産業"
    slug = "industries"
    show_in_menus = True

    class Meta:
        model = IndustriesIndexPage


class ShoppingStreetPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"商店街{n}")
    introduction = "駅前から続く、昔ながらの商店街です。"

    class Meta:
        model = ShoppingStreetPage


class ShopPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"商店{n}")
    introduction = "地元で愛される店です。"
    weekly_hours = factory.LazyFunction(lambda: [{"day": day, "opens": "10:00", "closes": "19:00"} for day in range(6)])

    class Meta:
        model = ShopPage


class PickleMakerPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"漬物店{n}")
    introduction = "練馬大根の沢庵漬けをつくっています。"
    founded_year = 1950

    class Meta:
        model = PickleMakerPage


class SupportProgramPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"支援制度{n}")
    introduction = "区内の事業者を支援します。"
    audience = "<p>区内の中小企業</p>"
    offer = "<p>専門家による無料相談</p>"
    how_to_apply = "<p>電話で予約してください。</p>"
    contact = "商工観光課 03-0000-0000"

    class Meta:
        model = SupportProgramPage
