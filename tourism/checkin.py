"""Check-in codes: what a confirmed visitor shows at the tour, and how the check-in page reads it.

Each sign-up gets a short code from an alphabet without look-alike characters (no 0/O, 1/I/L,
2/Z, 5/S, 8/B), unique in its session, that an organizer can type. The QR code in the email
carries a signed token naming the sign-up instead, so a scanned code cannot be forged and tells
which session it belongs to. The rules for checking in are in tourism.services.
"""

import io
import secrets

from django.core import signing

import segno

CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6
CHECKIN_SALT = "tourism.signup.checkin"
QR_PREFIX = "NTC:"  # tells a scanned token from a typed short code


def checkin_code_new(taken):
    """A fresh short code that is not in `taken` (the codes already used in the session)."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def checkin_code_normalize(text):
    """What an organizer typed, as stored: upper case, without spaces or dashes."""
    return "".join(text.split()).replace("-", "").upper()


def checkin_token(signup):
    return QR_PREFIX + signing.Signer(salt=CHECKIN_SALT).sign(str(signup.public_id))


def public_id_from_checkin_token(text):
    """The sign-up's public id in a scanned token; None if `text` is not one. Raises BadSignature if forged."""
    if not text.startswith(QR_PREFIX):
        return None
    return signing.Signer(salt=CHECKIN_SALT).unsign(text.removeprefix(QR_PREFIX))


def checkin_qr_png(signup):
    """The QR code of the sign-up's check-in token, as PNG bytes for the email."""
    buffer = io.BytesIO()
    segno.make(checkin_token(signup), error="m").save(buffer, kind="png", scale=6, border=4)
    return buffer.getvalue()
