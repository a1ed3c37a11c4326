"""The session cookie: Flask's signed cookie, a little cheaper to read and write.

Every public page reads and writes it. Flask builds a new serializer for each read and
each write (deriving its signing key with HMAC every time), and tries zlib on every
write, though a session is a few random keys that barely compress. Here the serializer
is built once per set of secret keys, keeps its derived keys, and writes uncompressed.
The cookie is signed and checked exactly as before (same salt, digest, key derivation
and SECRET_KEY_FALLBACKS), and reading still accepts a compressed cookie, so sessions
written before this change keep working.

Flask also walks every value on each read and write to tag the types JSON lacks (tuples,
bytes, dates, Markup). A family's session never holds one (strings, numbers, flags), so such
a session is written and read by the app's JSON provider directly: the text is the same as
Flask's tagged form, byte for byte, and anything else still takes Flask's tagging.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app
from flask.json.tag import TaggedJSONSerializer
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import Serializer, TimestampSigner, URLSafeTimedSerializer
from itsdangerous.encoding import base64_encode


class _KeptKeySigner(TimestampSigner):
    """Derives each secret's signing key once, not on every signature."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._derived: dict[bytes | str | None, bytes] = {}

    def derive_key(self, secret_key: str | bytes | None = None) -> bytes:
        derived = self._derived.get(secret_key)
        if derived is None:
            derived = self._derived[secret_key] = super().derive_key(secret_key)
        return derived


class _UncompressedSerializer(URLSafeTimedSerializer):
    default_signer = _KeptKeySigner

    def dump_payload(self, obj: Any) -> bytes:
        return base64_encode(Serializer.dump_payload(self, obj))


_SCALARS = frozenset({str, int, float, bool, type(None)})


class _PlainFirstJSON(TaggedJSONSerializer):
    """Flask's session serializer, skipping its tagging walk where tagging would change nothing."""

    def _untagged(self, value: Any) -> bool:
        """True when ``self.tag(value)`` would return the value unchanged (types exactly JSON's,
        so no Markup or other subclass, and no one-key dict whose key is a tag's)."""
        kind = type(value)
        if kind in _SCALARS:
            return True
        if kind is list:
            return all(self._untagged(item) for item in value)
        if kind is dict:
            if len(value) == 1 and next(iter(value)) in self.tags:
                return False
            return all(type(key) is str and self._untagged(item) for key, item in value.items())
        return False

    def dumps(self, value: Any) -> str:
        if current_app and self._untagged(value):
            return current_app.json.dumps(value, separators=(",", ":"))
        return super().dumps(value)

    def loads(self, value: str) -> Any:
        # Every tag's key starts with a space, so text with no string starting with one holds
        # no tagged value, and reading it untagged gives what Flask's reading would.
        if current_app and '" ' not in value:
            return current_app.json.loads(value)
        return super().loads(value)


class CookieSessions(SecureCookieSessionInterface):
    serializer = _PlainFirstJSON()

    def __init__(self) -> None:
        self._serializers: dict[tuple[str | bytes, ...], URLSafeTimedSerializer] = {}

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        if not app.secret_key:
            return None
        keys = (*(app.config["SECRET_KEY_FALLBACKS"] or ()), app.secret_key)  # the current key last
        serializer = self._serializers.get(keys)
        if serializer is None:
            serializer = self._serializers[keys] = _UncompressedSerializer(
                list(keys), salt=self.salt, serializer=self.serializer,
                signer_kwargs={"key_derivation": self.key_derivation, "digest_method": self.digest_method},
            )
        return serializer


def init_sessions(app: Flask) -> None:
    app.session_interface = CookieSessions()
