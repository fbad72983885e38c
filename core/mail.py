"""The email backend of a production site that has no mail server configured (no EMAIL_URL).

Django's console backend would print every email, with the visitor's name, address and
signed links, into the logs. This one sends nothing and logs only how many emails it dropped;
it reports 0 sent, so each sign-up's email is recorded as not delivered.
"""

import logging

from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger(__name__)


class UnconfiguredEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        if email_messages:
            logger.warning("EMAIL_URL is not set: %s email(s) not sent", len(email_messages))
        return 0
