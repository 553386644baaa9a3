"""Pictures for the photo tests: a phone photo with EXIF location, and hostile files."""

from __future__ import annotations

import io
import random
import struct
import zlib

GPS_LATITUDE = (31.0, 37.0, 48.0)  # a village near Ouarzazate: must never survive


def phone_photo(
    width: int = 4000, height: int = 3000, orientation: int = 1, seed: int = 7
) -> bytes:
    """A JPEG as a phone writes it: camera noise, EXIF make/model/time and GPS."""
    from PIL import ExifTags, Image, ImageDraw

    rng = random.Random(seed)
    small = Image.new("RGB", (width // 8, height // 8), (235, 232, 220))
    draw = ImageDraw.Draw(small)
    for _ in range(120):  # marker strokes on a flipchart
        x, y = rng.randrange(small.width), rng.randrange(small.height)
        colour = rng.choice([(20, 40, 160), (180, 20, 30), (10, 110, 40), (30, 30, 30)])
        draw.line((x, y, x + rng.randrange(-60, 60), y + rng.randrange(-8, 8)), colour, 2)
    image = small.resize((width, height), Image.Resampling.BILINEAR)
    noise = Image.effect_noise((width, height), 18).convert("RGB")
    image = Image.blend(image, noise, 0.3)  # a phone's sensor noise: ~4 MB at q92
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMakerX"
    exif[ExifTags.Base.Model] = "Model-Secret-42"
    exif[ExifTags.Base.DateTime] = "2026:03:12 10:41:07"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (6.0, 54.0, 12.0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()


def png_with_alpha(width: int = 300, height: int = 200) -> bytes:
    from PIL import Image

    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    image.paste((200, 30, 30, 255), (50, 50, 150, 150))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(side: int = 9_000) -> bytes:
    """A small PNG of side × side pixels (81 megapixels by default), all black: a bomb."""
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit greyscale
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
