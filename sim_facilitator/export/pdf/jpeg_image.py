"""A stored JPEG placed in a PDF as it is, without decoding its pixels.

reportlab's ``drawImage`` names each image by an MD5 of its decoded RGB pixels
(to embed a repeated image once): for a 2000 x 1500 photo that is a full JPEG
decode and 9 MB hashed, about half of the time of a minutes page with a photo.
The photos the app stores are already JPEG, which reportlab embeds as is
(DCTDecode); naming them by their own bytes (``JpegReader.getRGBData``) gives
the same once-per-image embedding without the decode.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable


class JpegReader(ImageReader):  # type: ignore[misc]
    def __init__(self, data: bytes) -> None:
        super().__init__(BytesIO(data))
        self._jpeg = data

    def getRGBData(self) -> bytes:
        # Only used to name the image (reportlab embeds a JPEG from its own file
        # handle); the bytes name it as well as the pixels do.
        self._dataA = None
        return self._jpeg


class JpegImage(Flowable):  # type: ignore[misc]
    """A JPEG drawn at ``width`` x ``height`` points, centred in the frame."""

    def __init__(self, data: bytes, width: float, height: float) -> None:
        super().__init__()
        self.data = data
        self.draw_width = width
        self.draw_height = height
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.draw_width, self.draw_height

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.drawImage(JpegReader(self.data), 0, 0, self.draw_width, self.draw_height)
