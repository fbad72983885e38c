import datetime

from django.utils import timezone

import factory
from factory.django import DjangoModelFactory

from core.factories import PageFactory
from tourism.choices import TourSignupStatus
from tourism.models import FairPage, FairParticipant, TourismIndexPage, TourPage, TourSession, TourSignup


class TourismIndexPageFactory(PageFactory):
    title = "フェア・見学会"
    slug = "tourism"
    show_in_menus = True

    class Meta:
        model = TourismIndexPage


class FairPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"産業フェア{n}")
    introduction = "区内の事業者が集まります。"
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    end_date = factory.LazyAttribute(lambda fair: fair.start_date + datetime.timedelta(days=1))
    venue = "練馬区立区民・産業プラザ"

    class Meta:
        model = FairPage


class FairParticipantFactory(DjangoModelFactory):
    fair = factory.SubFactory(FairPageFactory)

    class Meta:
        model = FairParticipant


class TourPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"工場見学{n}")
    introduction = "ものづくりの現場を見学します。"
    meeting_point = "工場正門前"

    class Meta:
        model = TourPage


class TourSessionFactory(DjangoModelFactory):
    tour = factory.SubFactory(TourPageFactory)
    starts_at = factory.Sequence(lambda n: timezone.now().replace(microsecond=0) + datetime.timedelta(days=7 + n))
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + datetime.timedelta(hours=2))
    capacity = 10
    language = "ja"

    class Meta:
        model = TourSession


class TourSignupFactory(DjangoModelFactory):
    session = factory.SubFactory(TourSessionFactory)
    name = factory.Sequence(lambda n: f"Visitor {n}")
    email = factory.Sequence(lambda n: f"visitor{n}@example.com")
    party_size = 1
    language = "ja"
    consented_at = factory.LazyFunction(timezone.now)
    email_confirmed_at = factory.LazyFunction(timezone.now)
    status = TourSignupStatus.CONFIRMED

    class Meta:
        model = TourSignup
