"""What the open data means, in Arabic, French and English: Datasette's ``metadata.json``
for the database and a Frictionless ``datapackage.json`` for the CSV files.

One table of notes serves both, so the database and the CSV files are described
in the same words. ``datasette sim-opendata.db -m metadata.json`` is a usable
public site: titles, descriptions, the licence, every column explained, the
full-text search of ideas and actions, and the views for the common questions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sim_facilitator.export.atomic import write_atomically
from sim_facilitator.export.open_data_db import DB_NAME

LICENSE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
SOURCE = "SIM Facilitator — consultation workshops on innovative solidarity"

# (en, fr, ar)
Notes = tuple[str, str, str]

TITLE: Notes = (
    "Solidarity consultation workshops — open data",
    "Ateliers de consultation sur la solidarité — données ouvertes",
    "ورشات التشاور حول التضامن — بيانات مفتوحة",
)
DESCRIPTION: Notes = (
    "The ideas, principles, votes and actions of the workshops. No participant is named:"
    " only counts of people, no personal details, no individual ballots.",
    "Les idées, principes, votes et actions des ateliers. Aucun participant n'est nommé :"
    " seulement des nombres de personnes, aucune donnée personnelle, aucun bulletin"
    " individuel.",
    "أفكار الورشات ومبادئها وتصويتاتها وإجراءاتها. لا يُذكر اسم أي مشارك: أعداد الأشخاص"
    " فقط، دون أي معطيات شخصية أو أوراق تصويت فردية.",
)
SEARCH_NOTE: Notes = (
    "Search finds Arabic with or without harakat, hamza (أ إ آ → ا, ؤ, ئ), taa marbuta"
    " (ة or ه) and the article (التمويل or تمويل), and French with or without accents."
    " Type whole words; every word must appear.",
    "La recherche trouve l'arabe avec ou sans harakat, hamza (أ إ آ → ا, ؤ, ئ), taa"
    " marbuta (ة ou ه) et article (التمويل ou تمويل), et le français avec ou sans accents."
    " Tapez des mots entiers ; chaque mot doit figurer.",
    "يجد البحث النص العربي بالحركات أو بدونها، وبالهمزة أو بدونها (أ إ آ → ا، ؤ، ئ)،"
    " وبالتاء المربوطة أو الهاء (ة أو ه)، وبأداة التعريف أو بدونها (التمويل أو تمويل)،"
    " والنص الفرنسي بالنبرات أو بدونها. اكتب كلمات كاملة؛ يجب أن ترد كل كلمة.",
)

TABLES: dict[str, Notes] = {
    "workshops": (
        "One row per workshop: where, when, its theme and how many people came.",
        "Une ligne par atelier : lieu, date, thème et nombre de personnes venues.",
        "سطر لكل ورشة: المكان والتاريخ والموضوع وعدد الحاضرين.",
    ),
    "frameworks": (
        "The reference frameworks of principles the workshops used.",
        "Les cadres de référence de principes utilisés par les ateliers.",
        "الأطر المرجعية للمبادئ التي اعتمدتها الورشات.",
    ),
    "principles": (
        "The principles of each framework, named in Arabic, French and English.",
        "Les principes de chaque cadre, nommés en arabe, français et anglais.",
        "مبادئ كل إطار، بأسمائها بالعربية والفرنسية والإنجليزية.",
    ),
    "questions": (
        "The guiding questions asked in each workshop.",
        "Les questions directrices posées dans chaque atelier.",
        "الأسئلة الموجهة المطروحة في كل ورشة.",
    ),
    "clusters": (
        "Groups of related ideas made by the facilitator.",
        "Regroupements d'idées proches faits par le facilitateur.",
        "مجموعات الأفكار المتقاربة التي كوّنها الميسّر.",
    ),
    "ideas": (
        "Every idea as written, with its question and cluster. A duplicate merged into"
        " another idea points to it (merged_into).",
        "Chaque idée telle qu'écrite, avec sa question et son regroupement. Un doublon"
        " fusionné pointe vers l'idée gardée (merged_into).",
        "كل فكرة كما كُتبت، مع سؤالها ومجموعتها. المكرر المدمج يشير إلى الفكرة المحتفظ"
        " بها (merged_into).",
    ),
    "mappings": (
        "Links from an idea or a cluster to a principle, with a strength from 1 to 3.",
        "Liens d'une idée ou d'un regroupement vers un principe, avec une force de 1 à 3.",
        "روابط فكرة أو مجموعة بمبدأ، بقوة من 1 إلى 3.",
    ),
    "rounds": (
        "Closed vote rounds: method, how votes were collected, ballots cast and people present.",
        "Tours de vote clos : méthode, mode de collecte, bulletins exprimés et"
        " personnes présentes.",
        "جولات التصويت المغلقة: الطريقة، وكيفية جمع الأصوات، والأوراق المدلى بها، وعدد الحاضرين.",
    ),
    "results": (
        "The totals of each option of a round (never an individual ballot).",
        "Les totaux de chaque option d'un tour (jamais un bulletin individuel).",
        "مجاميع كل خيار في الجولة (دون أي ورقة تصويت فردية).",
    ),
    "actions": (
        "The actions decided, who carries them (an organisation, never a participant's"
        " name), when, and their status.",
        "Les actions décidées, qui les porte (une organisation, jamais le nom d'un"
        " participant), l'échéance et l'état.",
        "الإجراءات المقررة، ومن يتولاها (هيئة، وليس اسم مشارك أبدًا)، والأجل، والحالة.",
    ),
    "action_principles": (
        "Which principles each action serves.",
        "Les principes que sert chaque action.",
        "المبادئ التي يخدمها كل إجراء.",
    ),
    "action_ideas": (
        "Which ideas each action comes from.",
        "Les idées dont vient chaque action.",
        "الأفكار التي انبثق منها كل إجراء.",
    ),
    "idea_principle_links": (
        "View: each idea with each principle it is linked to, directly or through its"
        " cluster (strongest link).",
        "Vue : chaque idée avec chaque principe auquel elle est liée, directement ou par"
        " son regroupement (lien le plus fort).",
        "عرض: كل فكرة مع كل مبدأ ترتبط به، مباشرة أو عبر مجموعتها (أقوى رابط).",
    ),
    "ideas_per_principle_and_region": (
        "View: how many ideas each principle gathered in each region.",
        "Vue : combien d'idées chaque principe a recueillies dans chaque région.",
        "عرض: عدد الأفكار التي جمعها كل مبدأ في كل جهة.",
    ),
    "principle_coverage": (
        "View: for each workshop and principle, the ideas linked to it; uncovered = 1 when none.",
        "Vue : pour chaque atelier et principe, les idées qui s'y rattachent ;"
        " uncovered = 1 s'il n'y en a aucune.",
        "عرض: لكل ورشة ومبدأ، الأفكار المرتبطة به؛ uncovered = 1 إن لم توجد أي فكرة.",
    ),
    "ideas_in_context": (
        "View: each idea with its workshop, region, date, question and cluster.",
        "Vue : chaque idée avec son atelier, sa région, sa date, sa question et son regroupement.",
        "عرض: كل فكرة مع ورشتها وجهتها وتاريخها وسؤالها ومجموعتها.",
    ),
    "vote_results": (
        "View: the results of every closed round, best first.",
        "Vue : les résultats de chaque tour clos, du premier au dernier.",
        "عرض: نتائج كل جولة مغلقة، من الأول إلى الأخير.",
    ),
}

COLUMNS: dict[str, Notes] = {
    "id": ("Identifier (stable across exports).", "Identifiant (stable).", "المعرّف (ثابت)."),
    "workshop_id": ("The workshop.", "L'atelier.", "الورشة."),
    "workshop": ("The workshop's title.", "Le titre de l'atelier.", "عنوان الورشة."),
    "title": ("Title.", "Titre.", "العنوان."),
    "theme": ("Theme of the workshop.", "Thème de l'atelier.", "موضوع الورشة."),
    "region": (
        "One of Morocco's twelve regions, or Moroccans of the world.",
        "L'une des douze régions du Maroc, ou les Marocains du monde.",
        "إحدى جهات المغرب الاثنتي عشرة، أو مغاربة العالم.",
    ),
    "date": ("Date of the workshop (ISO).", "Date de l'atelier (ISO).", "تاريخ الورشة (ISO)."),
    "venue": ("Where it took place.", "Le lieu.", "المكان."),
    "language": (
        "Main language of the workshop (ar, fr, en).",
        "Langue principale (ar, fr, en).",
        "اللغة الرئيسية (ar، fr، en).",
    ),
    "framework_id": ("The framework of principles.", "Le cadre de principes.", "إطار المبادئ."),
    "participants_present": (
        "People checked in (a count, no names).",
        "Personnes présentes (un nombre, sans noms).",
        "عدد الحاضرين (دون أسماء).",
    ),
    "participants_registered": (
        "People registered (a count).",
        "Personnes inscrites (un nombre).",
        "عدد المسجلين.",
    ),
    "name_ar": ("Name in Arabic.", "Nom en arabe.", "الاسم بالعربية."),
    "name_fr": ("Name in French.", "Nom en français.", "الاسم بالفرنسية."),
    "name_en": ("Name in English.", "Nom en anglais.", "الاسم بالإنجليزية."),
    "version": ("Version of the framework.", "Version du cadre.", "إصدار الإطار."),
    "position": ("Order in its list.", "Rang dans sa liste.", "الترتيب في القائمة."),
    "code": ("Short code of the principle.", "Code court du principe.", "رمز المبدأ."),
    "principle_id": ("The principle.", "Le principe.", "المبدأ."),
    "principle": ("The principle's name.", "Le nom du principe.", "اسم المبدأ."),
    "text": ("The text as written.", "Le texte tel qu'écrit.", "النص كما كُتب."),
    "question_id": ("The guiding question.", "La question directrice.", "السؤال الموجه."),
    "question": ("The guiding question.", "La question directrice.", "السؤال الموجه."),
    "cluster_id": ("The cluster.", "Le regroupement.", "المجموعة."),
    "cluster": ("The cluster's name.", "Le nom du regroupement.", "اسم المجموعة."),
    "name": ("Name.", "Nom.", "الاسم."),
    "merged_into": (
        "For a duplicate: the idea it was merged into.",
        "Pour un doublon : l'idée dans laquelle il a été fusionné.",
        "للمكرر: الفكرة التي دُمج فيها.",
    ),
    "direction": (
        "Writing direction (rtl for Arabic, ltr).",
        "Sens d'écriture (rtl pour l'arabe, ltr).",
        "اتجاه الكتابة (rtl للعربية، ltr).",
    ),
    "origin": (
        "laptop (typed by the note-taker) or room (sent from a phone).",
        "laptop (saisie par le rapporteur) ou room (envoyée d'un téléphone).",
        "laptop (كتبها المقرر) أو room (أُرسلت من هاتف).",
    ),
    "search": (
        "The text folded for search (no harakat, one alef, ه for ة, no accents); indexed.",
        "Le texte normalisé pour la recherche (sans harakat, un seul alif, ه pour ة, sans"
        " accents) ; indexé.",
        "النص موحَّد للبحث (دون حركات، ألف واحدة، ه بدل ة، دون نبرات)؛ مفهرس.",
    ),
    "idea_id": ("The idea.", "L'idée.", "الفكرة."),
    "target_kind": ("idea or cluster.", "idée ou regroupement.", "فكرة أو مجموعة."),
    "target_id": ("The idea or cluster.", "L'idée ou le regroupement.", "الفكرة أو المجموعة."),
    "target": (
        "The idea's text or the cluster's name.",
        "Le texte de l'idée ou le nom du regroupement.",
        "نص الفكرة أو اسم المجموعة.",
    ),
    "strength": (
        "How strongly it serves the principle: 1 to 3.",
        "Force du lien au principe : 1 à 3.",
        "قوة ارتباطه بالمبدأ: من 1 إلى 3.",
    ),
    "round_id": ("The vote round.", "Le tour de vote.", "جولة التصويت."),
    "round": ("The round's title.", "Le titre du tour.", "عنوان الجولة."),
    "method": (
        "dots, approval, ranking or score.",
        "gommettes (dots), approbation, classement ou note.",
        "نقاط، موافقة، ترتيب أو تنقيط.",
    ),
    "collection": (
        "ballot (individual secret ballots), tally or double_tally (paper counts).",
        "ballot (bulletins secrets), tally ou double_tally (décomptes papier).",
        "ballot (أوراق سرية)، tally أو double_tally (فرز ورقي).",
    ),
    "ballots_cast": ("Ballots cast.", "Bulletins exprimés.", "الأوراق المدلى بها."),
    "present": ("People present.", "Personnes présentes.", "الحاضرون."),
    "turnout": ("Ballots cast / present.", "Bulletins / présents.", "الأوراق / الحاضرون."),
    "option_id": ("The option voted on.", "L'option votée.", "الخيار المصوَّت عليه."),
    "option": ("The option's label.", "Le libellé de l'option.", "تسمية الخيار."),
    "rank": ("Rank, 1 = first.", "Rang, 1 = premier.", "الرتبة، 1 = الأول."),
    "points": ("Total points.", "Total des points.", "مجموع النقاط."),
    "voters": (
        "People who gave it points.",
        "Votants qui lui ont donné des points.",
        "المصوتون له.",
    ),
    "mean": ("Mean score (score votes).", "Note moyenne (vote par note).", "متوسط التنقيط."),
    "action_id": ("The action.", "L'action.", "الإجراء."),
    "what": ("The action.", "L'action.", "الإجراء."),
    "owner": (
        "Who carries it (an organisation); empty when it named a person.",
        "Qui la porte (une organisation) ; vide quand c'était le nom d'une personne.",
        "من يتولاه (هيئة)؛ فارغ إن كان اسم شخص.",
    ),
    "due": ("Due date (ISO).", "Échéance (ISO).", "الأجل (ISO)."),
    "status": (
        "planned, in_progress, done or dropped.",
        "prévue, en cours, réalisée ou abandonnée.",
        "مبرمجة، قيد الإنجاز، منجزة أو ملغاة.",
    ),
    "principles": (
        "The principles it serves, separated by |.",
        "Les principes qu'elle sert, séparés par |.",
        "المبادئ التي يخدمها، مفصولة بـ |.",
    ),
    "ideas": (
        "The ideas it comes from, separated by |.",
        "Les idées dont elle vient, séparées par |.",
        "الأفكار التي انبثق منها، مفصولة بـ |.",
    ),
    "total_strength": ("Sum of link strengths.", "Somme des forces.", "مجموع قوة الروابط."),
    "uncovered": (
        "1 when no idea serves the principle.",
        "1 quand aucune idée ne sert le principe.",
        "1 إذا لم تخدم أي فكرة المبدأ.",
    ),
}


def trilingual(notes: Notes) -> str:
    """English · Français · العربية, in one plain string (Datasette shows text as is)."""
    return " · ".join((notes[0], notes[1], notes[2]))


def _html(notes: Notes, extra: Notes | None = None) -> str:
    parts = []
    for lang, index, direction in (("en", 0, "ltr"), ("fr", 1, "ltr"), ("ar", 2, "rtl")):
        text = notes[index] + (" " + extra[index] if extra else "")
        parts.append(f'<p lang="{lang}" dir="{direction}">{_escape(text)}</p>')
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def datasette_metadata(columns_of: dict[str, list[str]]) -> dict[str, Any]:
    """Datasette's metadata for the database whose tables and views have ``columns_of``."""
    tables: dict[str, Any] = {}
    for name, columns in columns_of.items():
        entry: dict[str, Any] = {
            "title": f"{name} — {TABLES[name][1]}" if name in TABLES else name,
            "description_html": _html(
                TABLES.get(name, ("", "", "")),
                SEARCH_NOTE if name in ("ideas", "actions") else None,
            ),
            "columns": {c: trilingual(COLUMNS[c]) for c in columns if c in COLUMNS},
        }
        if name in ("ideas", "actions"):
            entry["fts_table"] = f"{name}_fts"
        if name.endswith("_fts") or "_fts_" in name:
            entry = {"hidden": True}
        tables[name] = entry
    database = DB_NAME.removesuffix(".db")
    return {
        "title": trilingual(TITLE),
        "description_html": _html(DESCRIPTION),
        "license": LICENSE["title"],
        "license_url": LICENSE["path"],
        "source": SOURCE,
        "databases": {
            database: {
                "title": trilingual(TITLE),
                "description_html": _html(DESCRIPTION, SEARCH_NOTE),
                "license": LICENSE["title"],
                "license_url": LICENSE["path"],
                "tables": tables,
            }
        },
    }


def write_datasette_metadata(folder: Path) -> Path:
    """``metadata.json`` beside ``sim-opendata.db``, from the database's own tables."""
    import sqlite3

    conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"
            )
        ]
        columns_of = {
            name: [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')] for name in names
        }
    finally:
        conn.close()
    data = json.dumps(datasette_metadata(columns_of), ensure_ascii=False, indent=2) + "\n"
    return write_atomically(folder / "metadata.json", data.encode("utf-8"))


# The CSV files: fields, types, keys
CSV_FIELDS: dict[str, list[tuple[str, str]]] = {
    "workshops": [
        ("workshop_id", "string"),
        ("workshop", "string"),
        ("region", "string"),
        ("date", "date"),
        ("theme", "string"),
        ("venue", "string"),
        ("participants_present", "integer"),
        ("participants_registered", "integer"),
    ],
    "ideas": [
        ("workshop_id", "string"),
        ("workshop", "string"),
        ("region", "string"),
        ("idea_id", "string"),
        ("question", "string"),
        ("text", "string"),
        ("cluster", "string"),
        ("merged_into", "string"),
    ],
    "mappings": [
        ("workshop_id", "string"),
        ("target_kind", "string"),
        ("target_id", "string"),
        ("target", "string"),
        ("principle", "string"),
        ("strength", "integer"),
    ],
    "votes": [
        ("workshop_id", "string"),
        ("workshop", "string"),
        ("round_id", "string"),
        ("round", "string"),
        ("method", "string"),
        ("collection", "string"),
        ("option_id", "string"),
        ("option", "string"),
        ("points", "number"),
        ("voters", "integer"),
        ("rank", "integer"),
        ("ballots_cast", "integer"),
        ("present", "integer"),
    ],
    "actions": [
        ("workshop_id", "string"),
        ("workshop", "string"),
        ("action_id", "string"),
        ("what", "string"),
        ("owner", "string"),
        ("due", "date"),
        ("status", "string"),
        ("principles", "string"),
        ("ideas", "string"),
    ],
}
CSV_KEYS: dict[str, list[str]] = {
    "workshops": ["workshop_id"],
    "ideas": ["idea_id"],
    "votes": ["round_id", "option_id"],
    "actions": ["action_id"],
}
CSV_ENUMS: dict[tuple[str, str], list[str]] = {
    ("mappings", "target_kind"): ["idea", "cluster"],
    ("votes", "method"): ["dots", "approval", "ranking", "score"],
    ("votes", "collection"): ["ballot", "tally", "double_tally"],
    ("actions", "status"): ["planned", "in_progress", "done", "dropped"],
}
CSV_NOTES: dict[str, Notes] = {
    "workshops": TABLES["workshops"],
    "ideas": TABLES["ideas"],
    "mappings": TABLES["mappings"],
    "votes": (
        "The totals of each option of every closed round (never an individual ballot).",
        "Les totaux de chaque option de chaque tour clos (jamais un bulletin individuel).",
        "مجاميع كل خيار في كل جولة مغلقة (دون أي ورقة تصويت فردية).",
    ),
    "actions": TABLES["actions"],
}
FORMULA_NOTE = (
    "A text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or"
    " a carriage return) is written with a leading apostrophe."
)


def datapackage(csv_names: list[str]) -> dict[str, Any]:
    """The Frictionless Data Package of the CSV files in ``csv_names``."""
    present = {Path(n).stem for n in csv_names}
    resources = []
    for name, fields in CSV_FIELDS.items():
        if name not in present:
            continue
        schema: dict[str, Any] = {
            "fields": [
                {
                    "name": field,
                    "type": kind,
                    "description": trilingual(COLUMNS[field]) if field in COLUMNS else "",
                    **(
                        {"constraints": {"enum": CSV_ENUMS[(name, field)]}}
                        if (name, field) in CSV_ENUMS
                        else {}
                    ),
                }
                for field, kind in fields
            ],
            "missingValues": [""],
        }
        if name in CSV_KEYS:
            schema["primaryKey"] = CSV_KEYS[name]
        foreign = []
        if name != "workshops" and "workshops" in present:
            foreign.append(
                {
                    "fields": "workshop_id",
                    "reference": {"resource": "workshops", "fields": "workshop_id"},
                }
            )
        if name == "ideas":
            foreign.append(
                {"fields": "merged_into", "reference": {"resource": "", "fields": "idea_id"}}
            )
        if foreign:
            schema["foreignKeys"] = foreign
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "title": CSV_NOTES[name][1],
                "description": trilingual(CSV_NOTES[name]) + " " + FORMULA_NOTE,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "dialect": {"delimiter": ",", "quoteChar": '"', "lineTerminator": "\r\n"},
                "schema": schema,
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "sim-solidarity-workshops",
        "title": trilingual(TITLE),
        "description": trilingual(DESCRIPTION),
        "licenses": [LICENSE],
        "sources": [{"title": SOURCE}],
        "resources": resources,
    }


def write_datapackage(folder: Path, csv_names: list[str]) -> Path:
    data = json.dumps(datapackage(csv_names), ensure_ascii=False, indent=2) + "\n"
    return write_atomically(folder / "datapackage.json", data.encode("utf-8"))
