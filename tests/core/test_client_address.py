"""core.client_address: X-Forwarded-For counts only through the proxies we run."""

from django.test import RequestFactory, SimpleTestCase, override_settings

from core.client_address import client_address


def request(remote_addr, forwarded_for=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **extra)


class ClientAddressTests(SimpleTestCase):
    @override_settings(TRUSTED_PROXY_COUNT=0)
    def test_without_a_proxy_the_header_is_ignored(self):
        self.assertEqual(client_address(request("203.0.113.5", "192.0.2.1")), "203.0.113.5")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_one_proxy_the_address_it_appended(self):
        self.assertEqual(client_address(request("10.0.0.2", "203.0.113.5")), "203.0.113.5")
        # A client's own X-Forwarded-For comes first and is not believed.
        self.assertEqual(client_address(request("10.0.0.2", "192.0.2.1, 203.0.113.5")), "203.0.113.5")

    @override_settings(TRUSTED_PROXY_COUNT=2)
    def test_two_proxies_the_address_the_outer_one_appended(self):
        self.assertEqual(client_address(request("10.0.0.3", "192.0.2.1, 203.0.113.5, 10.0.0.2")), "203.0.113.5")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_a_proxy_that_sent_no_header_leaves_its_own_address(self):
        self.assertEqual(client_address(request("10.0.0.2")), "10.0.0.2")
