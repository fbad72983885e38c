import factory
from factory.django import DjangoModelFactory

from core.factories import PageFactory
from crafts.models import CraftPage, CraftsIndexPage, MasterCraftsmanCraft, MasterCraftsmanPage


class CraftsIndexPageFactory(PageFactory):
    title = "伝統工芸"
    slug = "crafts"
    show_in_menus = True

    class Meta:
        model = CraftsIndexPage


class CraftPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"工芸{n}")
    introduction = "受け継がれてきた手しごとです。"
    history = "<p>江戸時代から続いています。</p>"
    technique = "<p>すべて手作業で仕上げます。</p>"

    class Meta:
        model = CraftPage


class MasterCraftsmanPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"職人{n}")
    introduction = "練馬区認定の名工です。"
    certification_year = 2015
    biography = "<p>十五歳で弟子入りしました。</p>"

    class Meta:
        model = MasterCraftsmanPage


class MasterCraftsmanCraftFactory(DjangoModelFactory):
    craftsman = factory.SubFactory(MasterCraftsmanPageFactory)
    craft = factory.SubFactory(CraftPageFactory)

    class Meta:
        model = MasterCraftsmanCraft
