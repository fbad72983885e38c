import datetime

import wagtail_factories

import factory

from core.choices import Section
from core.factories import PageFactory
from home.models import HomePage, StandardPage, StoryFeaturedProfile, StoryIndexPage, StoryPage, StoryTopic


class HomePageFactory(PageFactory):
    title = "練馬のしごと・まち・観光"
    slug = "home"
    hero_heading = "練馬のしごと・まち・観光"
    hero_text = "商店街、漬物、伝統工芸、アニメ。練馬のものづくりに出会う。"

    class Meta:
        model = HomePage


class StandardPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"ご案内{n}")
    introduction = "このページについて。"
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = StandardPage


class StoryIndexPageFactory(PageFactory):
    title = "ストーリー"
    slug = "stories"
    show_in_menus = True

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"ストーリー{n}")
    author = "練馬区 商工観光課"
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    section = Section.SHOPS
    introduction = "練馬のまちで出会った話。"

    class Meta:
        model = StoryPage


class StoryTopicFactory(factory.django.DjangoModelFactory):
    story = factory.SubFactory(StoryPageFactory)
    topic = factory.SubFactory("core.factories.TopicFactory")

    class Meta:
        model = StoryTopic


class StoryFeaturedProfileFactory(factory.django.DjangoModelFactory):
    story = factory.SubFactory(StoryPageFactory)

    class Meta:
        model = StoryFeaturedProfile
