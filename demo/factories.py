"""The factory that builds each kind of demo object: the apps' own (the ones the tests use).

The demo data says everything about its objects, so a factory's test defaults (a sample
introduction, Monday-to-Saturday opening hours, ...) never reach the demo: any field a
factory declares and the data leaves out gets the model field's own default instead.
"""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from core.factories import AreaFactory, ContactOfficeFactory, ImageFactory, TopicFactory
from crafts.factories import CraftPageFactory, CraftsIndexPageFactory, MasterCraftsmanPageFactory
from home.factories import HomePageFactory, StandardPageFactory, StoryIndexPageFactory, StoryPageFactory
from industries.factories import (
    IndustriesIndexPageFactory,
    PickleMakerPageFactory,
    ShopCategoryFactory,
    ShopPageFactory,
    ShoppingStreetPageFactory,
    SupportProgramPageFactory,
)
from tourism.factories import FairPageFactory, TourismIndexPageFactory, TourPageFactory, TourSessionFactory

FACTORIES = {
    factory._meta.model._meta.label: factory
    for factory in (
        HomePageFactory,
        StandardPageFactory,
        StoryIndexPageFactory,
        StoryPageFactory,
        IndustriesIndexPageFactory,
        ShoppingStreetPageFactory,
        ShopPageFactory,
        PickleMakerPageFactory,
        SupportProgramPageFactory,
        CraftsIndexPageFactory,
        CraftPageFactory,
        MasterCraftsmanPageFactory,
        AnimeIndexPageFactory,
        AnimeStudioPageFactory,
        TourismIndexPageFactory,
        FairPageFactory,
        TourPageFactory,
        TourSessionFactory,
        AreaFactory,
        TopicFactory,
        ContactOfficeFactory,
        ShopCategoryFactory,
        ImageFactory,
    )
}


def demo_object_create(label, **values):
    """Create the object of model `label` ("app.Model") with exactly these values, through its factory."""
    factory = FACTORIES[label]
    return factory.create(**_model_defaults(factory, exclude=values), **values)


def _model_defaults(factory, *, exclude):
    model = apps.get_model(factory._meta.model._meta.label)
    defaults = {}
    for name in factory._meta.declarations:
        if name in exclude:
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a factory parameter or post-generation hook, not a field
            continue
        if field.concrete and not field.primary_key:
            defaults[name] = field.get_default()
    return defaults
