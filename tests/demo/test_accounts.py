"""The demo role accounts (demo/accounts.py): one per role, only where the demo admin is allowed."""

from django.contrib.auth import get_user_model
from django.test import override_settings

from demo.accounts import DEMO_ROLE_ACCOUNTS, ensure_demo_role_accounts
from tests.base import SiteTestCase


class DemoRoleAccountTests(SiteTestCase):
    def test_one_account_per_role_in_its_group(self):
        created = ensure_demo_role_accounts("nerima-demo")
        self.assertEqual(set(created), set(DEMO_ROLE_ACCOUNTS))
        for username, group_name in DEMO_ROLE_ACCOUNTS.items():
            user = get_user_model().objects.get(username=username)
            self.assertEqual([group.name for group in user.groups.all()], [group_name])
            self.assertTrue(user.check_password("nerima-demo"))
            self.assertFalse(user.is_superuser)
        self.assertEqual(ensure_demo_role_accounts("nerima-demo"), [], "a second run creates nothing")

    @override_settings(DEMO_ADMIN_ALLOWED=False)
    def test_none_where_the_demo_admin_is_not_allowed(self):
        self.assertEqual(ensure_demo_role_accounts("nerima-demo"), [])
        self.assertFalse(get_user_model().objects.filter(username__in=DEMO_ROLE_ACCOUNTS).exists())
