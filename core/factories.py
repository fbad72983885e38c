import wagtail_factories
from wagtail.models import Locale

import factory
from factory.django import DjangoModelFactory

from core.locale_trees import page_aliases_create
from core.models import Area, ContactOffice, Topic


class PageFactory(wagtail_factories.PageFactory):
    """A page as an editor creates it in the admin: with an alias in every language tree
    synchronised from its locale (core/locale_trees.py). `locale_aliases=False` leaves them out."""

    class Meta:
        abstract = True
        # The aliases are copies made after the page is saved; the page needs no second save.
        skip_postgeneration_save = True

    @factory.post_generation
    def locale_aliases(page, create, extracted, **kwargs):
        if create and extracted is not False:
            page_aliases_create(page)


class LocaleFactory(DjangoModelFactory):
    language_code = "ja"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class AreaFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"地区{n}")
    locale = factory.LazyFunction(lambda: Locale.get_default())

    class Meta:
        model = Area


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"話題{n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(lambda: Locale.get_default())

    class Meta:
        model = Topic


class ContactOfficeFactory(DjangoModelFactory):
    name = "練馬区 産業経済部 商工観光課"
    address = "東京都練馬区豊玉北6-12-1"
    phone = "03-0000-0000"
    hours = "平日 8:30〜17:15"
    locale = factory.LazyFunction(lambda: Locale.get_default())

    class Meta:
        model = ContactOffice


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"画像{n}")
