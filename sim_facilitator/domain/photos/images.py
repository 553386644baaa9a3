"""Making an uploaded picture safe to keep: decoded, checked, re-encoded.

Every image is decoded by Pillow and written again as a new JPEG: nothing of
the original file survives but its pixels. So its metadata is gone (EXIF
location, device, time; XMP; ICC; comments), a file that merely claims to be a
picture cannot smuggle anything in, and the stored size is bounded.

Refused with a clear message (``ValidationError``), before anything is stored:

- a file over ``MAX_UPLOAD_BYTES``;
- an SVG (a drawing that can hold scripts and links, not a photo);
- anything that is not a JPEG, PNG or WebP picture (only those decoders are
  offered to Pillow, so no exotic format's decoder ever sees the file);
- a file whose name says another kind than its content (``photo.png`` holding
  a JPEG): a sign of a mistake or of a disguised file;
- a decompression bomb: more than ``MAX_PIXELS`` pixels, checked from the
  header before any pixel is decoded (and Pillow's own warning made an error);
- a truncated or corrupt file (Pillow stops with an error; truncated images
  are never completed with grey).

The result: at most ``LONG_EDGE`` pixels on its long edge, turned upright by
its EXIF orientation first, RGB (transparency over white), and at most
``MAX_STORED_BYTES`` (quality, then size, lowered until it fits). A JPEG is
decoded at a reduced scale when it is much larger than needed (``draft``),
which keeps a 12-megapixel photo well under a second.
"""

from __future__ import annotations

import io
import os
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sim_facilitator.engine.blobs import sha256_hex
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError

if TYPE_CHECKING:  # Pillow is imported when a picture is processed, not at start-up
    from PIL.Image import Image as PilImage

LONG_EDGE = 2000
MAX_STORED_BYTES = 600 * 1024
MAX_UPLOAD_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 64_000_000  # about 64 megapixels: more than phones take, far below a bomb
QUALITIES = (82, 74, 66, 58, 50)
FORMATS = ("JPEG", "PNG", "WEBP")
# What a file's name may say for each format Pillow recognises.
EXTENSIONS = {
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".jpe": "JPEG",
    ".jfif": "JPEG",
    ".png": "PNG",
    ".webp": "WEBP",
}
KIND_NAMES = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}

TOO_BIG = _("Errors", "“{name}” is too big ({size} MB; at most {limit} MB).")
SVG = _("Errors", "“{name}” is a drawing (SVG), not a photo; save it as PNG or JPEG first.")
NOT_AN_IMAGE = _("Errors", "“{name}” is not a picture the app can read (JPEG, PNG or WebP).")
WRONG_KIND = _(
    "Errors",
    "“{name}” is named as a {named} picture but holds a {actual} picture; it was not added.",
)
UNKNOWN_KIND = _("Errors", "“{name}” does not have the name of a picture (.jpg, .png or .webp).")
TOO_MANY_PIXELS = _(
    "Errors",
    "“{name}” has too many pixels ({megapixels} megapixels; at most {limit}); it was not added.",
)
TRUNCATED = _("Errors", "“{name}” is cut short or damaged; copy it again from the phone.")


@dataclass(frozen=True)
class SafeImage:
    data: bytes  # the JPEG to store
    sha256: str
    width: int
    height: int


def _looks_like_svg(raw: bytes) -> bool:
    head = raw[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<svg", b"<?xml", b"<!doctype svg")) or b"<svg" in head


def safe_image(raw: bytes, name: str) -> SafeImage:
    """``raw`` decoded, checked and re-encoded as a bounded JPEG without metadata."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    shown = os.path.basename(name) or "?"
    if len(raw) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            TOO_BIG,
            name=shown,
            size=f"{len(raw) / 1_048_576:.1f}",
            limit=MAX_UPLOAD_BYTES // 1_048_576,
        )
    extension = os.path.splitext(shown)[1].lower()
    if extension in (".svg", ".svgz") or _looks_like_svg(raw):
        raise ValidationError(SVG, name=shown)
    named = EXTENSIONS.get(extension)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(raw), formats=FORMATS)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            # Pillow's own limit, above ours: the header alone said too many pixels.
            raise ValidationError(
                TOO_MANY_PIXELS,
                name=shown,
                megapixels=f"{(Image.MAX_IMAGE_PIXELS or MAX_PIXELS) // 1_000_000}+",
                limit=MAX_PIXELS // 1_000_000,
            ) from None
        except (UnidentifiedImageError, ValueError):
            raise ValidationError(NOT_AN_IMAGE, name=shown) from None
        except (OSError, SyntaxError, EOFError):
            raise ValidationError(TRUNCATED, name=shown) from None
        with image:
            actual = str(image.format)
            if named is None:
                raise ValidationError(UNKNOWN_KIND, name=shown)
            if named != actual:
                raise ValidationError(
                    WRONG_KIND, name=shown, named=KIND_NAMES[named], actual=KIND_NAMES[actual]
                )
            width, height = image.size
            if width * height > MAX_PIXELS or width <= 0 or height <= 0:
                raise ValidationError(
                    TOO_MANY_PIXELS,
                    name=shown,
                    megapixels=f"{width * height / 1_000_000:.0f}",
                    limit=MAX_PIXELS // 1_000_000,
                )
            if actual == "JPEG" and max(width, height) >= 2 * LONG_EDGE:
                # Decode at 1/2, 1/4 or 1/8 scale directly: still at least LONG_EDGE.
                ratio = LONG_EDGE / max(width, height)
                image.draft("RGB", (max(1, int(width * ratio)), max(1, int(height * ratio))))
            try:
                image.load()
                upright = ImageOps.exif_transpose(image)
            except (OSError, SyntaxError, EOFError, ValueError, Image.DecompressionBombWarning):
                raise ValidationError(TRUNCATED, name=shown) from None
            rgb = _rgb(upright)
    rgb.thumbnail((LONG_EDGE, LONG_EDGE), Image.Resampling.LANCZOS, reducing_gap=2.0)
    data = _encode(rgb)
    return SafeImage(data, sha256_hex(data), rgb.width, rgb.height)


def _rgb(image: PilImage) -> PilImage:
    from PIL import Image

    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def _encode(image: PilImage) -> bytes:
    """A JPEG of at most MAX_STORED_BYTES: lower quality first, then fewer pixels."""
    from PIL import Image

    while True:
        for quality in QUALITIES:
            out = io.BytesIO()
            # No exif=, icc_profile= or comment=: the new file carries pixels only.
            image.save(out, "JPEG", quality=quality, optimize=True)
            if out.tell() <= MAX_STORED_BYTES:
                return out.getvalue()
        image = image.resize(
            (max(1, image.width * 3 // 4), max(1, image.height * 3 // 4)),
            Image.Resampling.LANCZOS,
        )


def is_stored_jpeg(data: bytes) -> bool:
    """Whether ``data`` is a picture as ``safe_image`` stores it: a whole baseline or
    progressive JPEG, RGB, at most ``MAX_STORED_BYTES`` … ``LONG_EDGE`` on its long edge.

    For pictures another laptop sends (live sync): a hostile peer may hold a paired
    key, so what it sends is decoded before it is kept. The decode runs at 1/8
    scale (``draft``): the entropy-coded data is still read to its end, so a cut or
    padded file fails, in a few milliseconds for a 2,000-pixel photo.
    """
    from PIL import Image

    if len(data) > MAX_STORED_BYTES or not data.startswith(b"\xff\xd8\xff"):
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=("JPEG",)) as image:
                width, height = image.size
                if image.mode != "RGB" or not 0 < max(width, height) <= LONG_EDGE:
                    return False
                image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                image.load()
        except Exception:
            # Whatever a decoder raises on hostile bytes (OSError, SyntaxError, a
            # bomb, or something rarer) means the same: not a picture the app made.
            return False
    return True
