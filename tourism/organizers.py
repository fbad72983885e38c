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

from tourism.models import TourPage, TourSession, TourSignup

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
