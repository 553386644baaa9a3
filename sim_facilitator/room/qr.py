"""QR codes of the join address, for the projector and ``--qr FILE.png`` (segno)."""

from __future__ import annotations

import io

import segno
from segno import helpers


def qr_png(url: str, scale: int = 10, border: int = 4) -> bytes:
    """A PNG of the QR code (black on white; medium error correction for projectors)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=border)
    return buffer.getvalue()


def qr_svg(url: str, scale: int = 10, border: int = 4) -> str:
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="svg", scale=scale, border=border)
    return buffer.getvalue().decode("utf-8")


def wifi_qr_text(ssid: str, password: str | None) -> str:
    """What a Wi-Fi QR code holds (``WIFI:T:WPA;S:…;P:…;;``, special characters escaped):
    Android 10+ and iOS 11+ cameras offer to join the network when they read it."""
    security = "WPA" if password else "nopass"
    return str(helpers.make_wifi_data(ssid=ssid, password=password or None, security=security))


def wifi_qr_png(ssid: str, password: str | None, scale: int = 10) -> bytes:
    """A QR code that joins the phone to the Wi-Fi network (first scan; the room is the second)."""
    buffer = io.BytesIO()
    security = "WPA" if password else None
    helpers.make_wifi(ssid=ssid, password=password, security=security).save(
        buffer, kind="png", scale=scale
    )
    return buffer.getvalue()
