"""The shipped Arabic font embedded in a .docx, so Word and LibreOffice show the minutes'
Arabic in the font of the PDF on any computer.

Why embed rather than name a system font: Windows has Arabic in Arial, Tahoma and
Times New Roman, but a Linux computer has none of them (LibreOffice there falls back
to whatever font fontconfig finds, often DejaVu Sans), and no single Arabic font is
both in Windows and in LibreOffice's own bundle. Noto Sans Arabic (SIL OFL, its
embedding permission "installable") travels inside the file instead; Word and
LibreOffice both read embedded fonts. The font entry also names Arial as the
alternative (``w:altName``) for a program that ignores embedded fonts.

Embedded fonts are obfuscated as ECMA-376 Part 1, 17.8.1 requires: the first 32
bytes are XORed with the font key (a GUID read backwards).
"""

from __future__ import annotations

import hashlib
import uuid

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from sim_facilitator.export.docx.ooxml import SETTINGS_ORDER, insert_ordered

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def font_key(data: bytes) -> str:
    """A GUID fixed by the font's bytes, so the same font gives the same file."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """The font with its first 32 bytes XORed with the key (the inverse is the same)."""
    digits = key.strip("{}").replace("-", "")
    key_bytes = bytes(int(digits[i : i + 2], 16) for i in range(30, -1, -2))
    head = bytes(b ^ key_bytes[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def embed_font(
    document: Document,
    name: str,
    faces: dict[str, bytes],
    alternative: str,
) -> None:
    """Embed ``faces`` ({"Regular": …, "Bold": …}) as the font ``name`` of ``document``."""
    font_table = document.part.part_related_by(RT.FONT_TABLE)
    root = etree.fromstring(font_table.blob)
    for old in root.findall(_w("font")):
        if old.get(_w("name")) == name:
            root.remove(old)
    font = etree.SubElement(root, _w("font"), {_w("name"): name})
    etree.SubElement(font, _w("altName"), {_w("val"): alternative})
    etree.SubElement(font, _w("charset"), {_w("val"): "B2"})  # Arabic
    etree.SubElement(font, _w("family"), {_w("val"): "swiss"})
    etree.SubElement(font, _w("pitch"), {_w("val"): "variable"})
    for face, data in faces.items():
        key = font_key(data)
        partname = PackURI(f"/word/fonts/{name.replace(' ', '')}-{face}.odttf")
        part = Part(partname, OBFUSCATED_FONT, obfuscate(data, key), document.part.package)
        rid = font_table.relate_to(part, RT.FONT)
        etree.SubElement(font, _w(f"embed{face}"), {_w("fontKey"): key, f"{{{R_NS}}}id": rid})
    font_table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    # Word keeps the font in the file when the user saves it again
    insert_ordered(document.settings.element, "embedTrueTypeFonts", SETTINGS_ORDER)
