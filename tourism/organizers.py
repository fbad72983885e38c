"""Fair organizers: what each admin user may see of tours, sessions and sign-ups, and their groups.

Scoping rides on Wagtail's page permissions, so one rule serves the page explorer and the
sign-up screens alike: a user sees the sessions and sign-ups of exactly the tours they may
edit. An organizer belongs to two groups:

- "Fair organizers" (shared): access to the admin, the tour-session and sign-up screens,
  and images to choose for their pages. It grants no pages at all.
- "Fair organizers: <fair>" (one per fair): add, edit and publish pages under that fair,
  in every language version of it.

Superusers (city staff) see everything.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.i18n import source_language
from tourism.models import FairPage, TourPage, TourSession, TourSignup

ORGANIZERS_GROUP_NAME = "Fair organizers"
FAIR_GROUP_PREFIX = "Fair organizers: "
MODEL_PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "tourism": [
        "view_toursession",
        "add_toursession",
        "change_toursession",
        "view_toursignup",
        "delete_toursignup",
    ],
}
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
IMAGE_PERMISSIONS = ["add_image", "choose_image"]


def tour_pages_for_user(user):
    """Tour pages the user may edit (all of them for a superuser, none for an inactive user)."""
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    return TourPage.objects.filter(pk__in=pages.values("pk"))


def choosable_tours_for_user(user):
    """Tours a session may be attached to by this user: their own, in the Japanese original."""
    return tour_pages_for_user(user).filter(locale__language_code=source_language())


def organized_fairs(user):
    """The Japanese originals of the fairs a user organizes, when fairs are all the pages they
    may edit; none for superusers and staff with wider rights (Wagtail's defaults suit them)."""
    if not user.is_active or user.is_superuser:
        return FairPage.objects.none()
    pages = {page.pk: page for page in PagePermissionPolicy().instances_with_direct_explore_permission(user)}
    fairs = FairPage.objects.filter(pk__in=pages)
    if not pages or fairs.count() != len(pages):
        return FairPage.objects.none()
    return FairPage.objects.filter(
        translation_key__in=fairs.values("translation_key"), locale__language_code=source_language()
    )


def organizer_start_page(user):
    """Where the organizer's Pages menu and explorer open: their fair (the fairs' common
    ancestor for someone who organizes several), or None for everyone else.

    Wagtail starts at the common ancestor of every page a user may edit; an organizer may edit
    each language version of the fair, so that ancestor would be the root of every tree.
    """
    fairs = list(organized_fairs(user))
    if not fairs:
        return None
    if len(fairs) == 1:
        return fairs[0]
    return Page.objects.first_common_ancestor_of(fairs, include_self=True)


def tour_session_list_for_user(user):
    return TourSession.objects.filter(tour__in=tour_pages_for_user(user))


def tour_signup_list_for_user(user):
    return TourSignup.objects.filter(session__in=tour_session_list_for_user(user))


def _permissions(app_label, codenames):
    return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def organizers_group_ensure():
    """The shared "Fair organizers" group, with its permissions (added if missing, never removed)."""
    group, _created = Group.objects.get_or_create(name=ORGANIZERS_GROUP_NAME)
    for app_label, codenames in MODEL_PERMISSIONS.items():
        group.permissions.add(*_permissions(app_label, codenames))
    root = Collection.get_first_root_node()
    if root is not None:
        for permission in _permissions("wagtailimages", IMAGE_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)
    return group


def fair_group_name(fair):
    return (FAIR_GROUP_PREFIX + fair.title)[:150]


def fair_organizer_group_ensure(*, fair):
    """The group of one fair's organizers: pages under every language version of the fair."""
    group, _created = Group.objects.get_or_create(name=fair_group_name(fair))
    permissions = list(_permissions("wagtailcore", PAGE_PERMISSIONS))
    for page in Page.objects.filter(translation_key=fair.translation_key):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    return group


def fair_organizer_add(*, user, fair):
    """Make `user` an organizer of `fair`: both groups."""
    with transaction.atomic():
        user.groups.add(organizers_group_ensure(), fair_organizer_group_ensure(fair=fair))
