"""Every label printed in the minutes PDF, in Arabic, French and English.

The PDF is generated without Qt, so it cannot use Qt's translator: all its
labels live here, keyed by language. Dates and numbers are formatted here too.
"""

from __future__ import annotations

import datetime as dt

LANGS = ("ar", "fr", "en")
MODES = ("ar", "fr", "en", "ar+fr")

# key -> (en, fr, ar)
_L: dict[str, tuple[str, str, str]] = {
    "tally_merge": (
        "Tally entered before a merge",
        "Décompte saisi avant une fusion",
        "فرز أُدخل قبل دمج",
    ),
    "tally_merge.together": (
        "Counted together, as the facilitator decided.",
        "Comptés ensemble, sur décision du facilitateur.",
        "حُسبت معًا بقرار من الميسّر.",
    ),
    "tally_merge.pending": (
        "Not added up: the facilitator has not decided yet (results withheld).",
        "Non additionnés : le facilitateur n'a pas encore décidé (résultats non affichés).",
        "لم تُجمع: لم يقرر الميسّر بعد (النتائج غير معروضة).",
    ),
    "doc_title": ("Minutes of the workshop", "Procès-verbal de l'atelier", "محضر الورشة"),
    "subject": (
        "Minutes of a solidarity consultation workshop",
        "Procès-verbal d'un atelier de consultation solidaire",
        "محضر ورشة تشاورية حول التضامن",
    ),
    "cover": ("Workshop", "Atelier", "الورشة"),
    "theme": ("Theme", "Thème", "الموضوع"),
    "region": ("Region", "Région", "الجهة"),
    "venue": ("Venue", "Lieu", "المكان"),
    "date": ("Date", "Date", "التاريخ"),
    "facilitator": ("Facilitator", "Facilitateur·rice", "الميسر(ة)"),
    "note_takers": ("Note-takers", "Rapporteur·e·s", "المقررون"),
    "framework": ("Framework", "Cadre de référence", "الإطار المرجعي"),
    "version": ("version {n}", "version {n}", "الإصدار {n}"),
    "attendance": ("Attendance", "Participation", "الحضور"),
    "present": ("Present", "Présents", "الحاضرون"),
    "registered": ("Registered", "Inscrits", "المسجلون"),
    "by_kind": ("By kind of actor", "Par type d'acteur", "حسب نوع الفاعل"),
    "by_gender": ("By gender", "Par genre", "حسب النوع الاجتماعي"),
    "by_age": ("By age band", "Par tranche d'âge", "حسب الفئة العمرية"),
    "not_recorded": ("not recorded", "non renseigné", "غير مسجل"),
    "count": ("Number", "Nombre", "العدد"),
    "organisations": (
        "Organisations represented",
        "Organisations représentées",
        "الهيئات الممثلة",
    ),
    "named_participants": (
        "Participants who agreed to be named",
        "Participant·e·s ayant accepté d'être nommé·e·s",
        "المشاركون الذين وافقوا على ذكر أسمائهم",
    ),
    "unnamed_count": (
        "Other participants present (not named): {n}",
        "Autres participant·e·s présent·e·s (non nommé·e·s) : {n}",
        "مشاركون آخرون حاضرون (دون ذكر الأسماء): {n}",
    ),
    "none": ("None.", "Aucun.", "لا يوجد."),
    "agenda": ("Agenda", "Ordre du jour", "جدول الأعمال"),
    "item": ("Item", "Point", "البند"),
    "planned": ("Planned", "Prévu", "المدة المقررة"),
    "actual": (
        "Actual (Morocco time)",
        "Réel (heure du Maroc)",
        "التوقيت الفعلي (بتوقيت المغرب)",
    ),
    "minutes_n": ("{n} min", "{n} min", "{n} د"),
    "decisions": ("Decisions", "Décisions", "القرارات"),
    "summary": ("Summary", "Synthèse", "الخلاصة"),
    "decisions_summary": ("Decisions and summary", "Décisions et synthèse", "القرارات والخلاصة"),
    "ideas_by_question": (
        "Ideas by guiding question",
        "Idées par question directrice",
        "الأفكار حسب السؤال الموجه",
    ),
    "no_question": ("Ideas without a question", "Idées hors question", "أفكار خارج الأسئلة"),
    "merged_note": (
        "(+{n} duplicate merged)",
        "(+{n} doublon fusionné)",
        "(+{n} مكرر مدمج)",
    ),
    "ideas_total": (
        "{n} ideas (duplicates merged)",
        "{n} idées (doublons fusionnés)",
        "{n} فكرة (بعد دمج المكررات)",
    ),
    "from_room": (
        "(sent from a phone in the room)",
        "(envoyée depuis un téléphone dans la salle)",
        "(أُرسلت من هاتف في القاعة)",
    ),
    "from_room_named": (
        "(sent from a phone in the room; typed name: {name})",
        "(envoyée depuis un téléphone dans la salle ; nom saisi : {name})",
        "(أُرسلت من هاتف في القاعة؛ الاسم المكتوب: {name})",
    ),
    "room_note": (
        "Ideas marked “sent from a phone in the room” were sent by participants from their"
        " phones; a typed name is what the person wrote, not a checked-in participant.",
        "Les idées marquées « envoyée depuis un téléphone dans la salle » ont été envoyées"
        " par des participants depuis leur téléphone ; le nom saisi est celui que la"
        " personne a écrit, ce n'est pas un participant enregistré à l'accueil.",
        "الأفكار الموسومة بعبارة «أُرسلت من هاتف في القاعة» أرسلها المشاركون من هواتفهم؛"
        " والاسم المكتوب هو ما كتبه الشخص بنفسه، وليس مشاركًا مسجلًا عند تسجيل الحضور.",
    ),
    "hidden_by_moderation": (
        "Ideas from the room hidden by moderation, left out of these minutes: {n}",
        "Idées de la salle masquées par la modération, non reprises dans ce procès-verbal : {n}",
        "أفكار من القاعة أخفاها الميسّر عند المراجعة، ولم تُدرج في هذا المحضر: {n}",
    ),
    "pending_moderation": (
        "Ideas from the room still awaiting moderation, left out of these minutes: {n}",
        "Idées de la salle encore en attente de modération, non reprises dans ce"
        " procès-verbal : {n}",
        "أفكار من القاعة ما زالت في انتظار مراجعة الميسّر، ولم تُدرج في هذا المحضر: {n}",
    ),
    "n_ideas": ("Ideas: {n}", "Idées : {n}", "عدد الأفكار: {n}"),
    "ideas_by_principle": ("Ideas by principle", "Idées par principe", "الأفكار حسب المبدأ"),
    "no_ideas": ("No idea.", "Aucune idée.", "لا توجد أفكار."),
    "clusters": ("Clusters", "Regroupements", "المجموعات"),
    "breakout_tables": ("Breakout tables", "Travail en tables", "طاولات العمل"),
    "table_question": ("Question", "Question", "السؤال"),
    "table_members": ("Members", "Membres", "الأعضاء"),
    "table_scribe": ("Scribe", "Secrétaire de table", "كاتب الطاولة"),
    "table_reporter": ("Reporter", "Porte-parole", "المتحدث باسم الطاولة"),
    "table_unnamed": (
        "{n} more who did not agree to be named",
        "{n} autre(s) n'ayant pas accepté d'être nommé·e·s",
        "{n} آخرون لم يوافقوا على ذكر أسمائهم",
    ),
    "not_named": ("not named", "non nommé·e", "غير مسمّى"),
    "photos_annex": ("Annex: photos", "Annexe : photos", "ملحق: الصور"),
    "photo_n": ("Photo {n}", "Photo {n}", "الصورة {n}"),
    "photo_table": ("Table: {name}", "Table : {name}", "الطاولة: {name}"),
    "photo_question": ("Question: {name}", "Question : {name}", "السؤال: {name}"),
    "photo_cluster": ("Cluster: {name}", "Regroupement : {name}", "المجموعة: {name}"),
    "from_photo": (
        "(typed from photo {n}, in the annex)",
        "(transcrite de la photo {n}, en annexe)",
        "(منقولة من الصورة {n}، في الملحق)",
    ),
    "photo_ideas": (
        "Ideas typed from this photo: {numbers}",
        "Idées transcrites de cette photo : {numbers}",
        "الأفكار المنقولة من هذه الصورة: {numbers}",
    ),
    "photo_missing": (
        "The picture of this photo has not reached this laptop yet (it comes with a bundle"
        " or by live sync).",
        "L'image de cette photo n'est pas encore parvenue sur cet ordinateur (elle arrive"
        " avec un paquet ou par la synchronisation en direct).",
        "لم تصل صورة هذا السجل إلى هذا الحاسوب بعد (تصل مع حزمة أو عبر المزامنة المباشرة).",
    ),
    "unclustered": (
        "Ideas in no cluster: {n}",
        "Idées hors regroupement : {n}",
        "أفكار خارج المجموعات: {n}",
    ),
    "coverage": ("Principle coverage", "Couverture des principes", "تغطية المبادئ"),
    "principle": ("Principle", "Principe", "المبدأ"),
    "total": ("Total", "Total", "المجموع"),
    "ideas_n": ("Ideas", "Idées", "الأفكار"),
    "strength": ("Strength", "Intensité", "الشدة"),
    "strength_n": ("Strength {n}", "Intensité {n}", "الشدة {n}"),
    "uncovered": ("not covered", "non couvert", "غير مغطى"),
    "coverage_note": (
        "Each cell: ideas linked to the principle (sum of link strengths).",
        "Chaque case : idées liées au principe (somme des intensités).",
        "كل خانة: الأفكار المرتبطة بالمبدأ (مجموع الشدة).",
    ),
    "votes": ("Votes", "Votes", "التصويت"),
    "method": ("Method", "Méthode", "الطريقة"),
    "rules": ("Rules", "Règles", "القواعد"),
    "collection": ("How votes were collected", "Recueil des votes", "طريقة جمع الأصوات"),
    "status": ("Status", "Statut", "الحالة"),
    "ballots_cast": ("Ballots cast", "Bulletins exprimés", "الأصوات المعبر عنها"),
    "turnout": ("Turnout", "Participation", "نسبة المشاركة"),
    "turnout_of": (
        "{cast} of {present} present ({pct})",
        "{cast} sur {present} présents ({pct})",
        "{cast} من أصل {present} حاضرا ({pct})",
    ),
    "results": ("Results", "Résultats", "النتائج"),
    "rank": ("Rank", "Rang", "الرتبة"),
    "option": ("Option", "Option", "الخيار"),
    "points": ("Points", "Points", "النقاط"),
    "voters": ("Voters", "Votant·e·s", "المصوتون"),
    "mean": ("Mean", "Moyenne", "المعدل"),
    "hidden": (
        "Results hidden until the round is closed.",
        "Résultats masqués jusqu'à la clôture du tour.",
        "النتائج مخفية إلى حين إغلاق الجولة.",
    ),
    "withheld.hidden": (
        "Results hidden until the round is closed.",
        "Résultats masqués jusqu'à la clôture du tour.",
        "النتائج مخفية إلى حين إغلاق الجولة.",
    ),
    "withheld.too_few": (
        "Results not shown: fewer than two ballots (a lone ballot would be identifiable).",
        "Résultats non affichés : moins de deux bulletins (un bulletin seul serait identifiable).",
        "النتائج غير معروضة: أقل من ورقتي تصويت (الورقة الوحيدة يمكن التعرف على صاحبها).",
    ),
    "withheld.unreconciled": (
        "Results not shown: the two tallies have not been reconciled.",
        "Résultats non affichés : les deux décomptes ne sont pas encore concordants.",
        "النتائج غير معروضة: لم تتم مطابقة العدّين بعد.",
    ),
    "withheld.no_tally": (
        "No tally has been entered yet.",
        "Aucun décompte n'a encore été saisi.",
        "لم يُدخل أي عدّ بعد.",
    ),
    "reopened": ("Reopened", "Réouvert", "أعيد فتحها"),
    "ties": ("Ties", "Égalités", "التعادل"),
    "no_tie": ("No tie.", "Aucune égalité.", "لا يوجد تعادل."),
    "tie_rank": (
        "rank {rank}: options {options}",
        "rang {rank} : options {options}",
        "الرتبة {rank}: الخيارات {options}",
    ),
    "tie_break": ("Tie-break rule", "Règle de départage", "قاعدة الحسم"),
    "not_set": ("not set", "non définie", "غير محددة"),
    "mismatch": (
        "Double-entry check: the two tallies differ for {n} option(s).",
        "Double saisie : les deux décomptes diffèrent pour {n} option(s).",
        "التحقق المزدوج: يختلف العدّان في {n} خيار(ات).",
    ),
    "no_rounds": ("No vote round.", "Aucun tour de vote.", "لا توجد جولات تصويت."),
    "votes_unavailable": (
        "Vote results are not available in this version.",
        "Les résultats des votes ne sont pas disponibles dans cette version.",
        "نتائج التصويت غير متاحة في هذا الإصدار.",
    ),
    "chart_note": (
        "Bars are numbered by rank.",
        "Les barres sont numérotées par rang.",
        "الأعمدة مرقمة حسب الرتبة.",
    ),
    "actions": ("Action items", "Plan d'action", "خطة العمل"),
    "what": ("What", "Action", "الإجراء"),
    "who": ("Who", "Responsable", "المسؤول"),
    "due": ("By when", "Échéance", "الأجل"),
    "principles": ("Principles served", "Principes servis", "المبادئ المعنية"),
    "no_actions": ("No action item.", "Aucune action.", "لا توجد إجراءات."),
    "signoff": ("Sign-off", "Validation", "المصادقة"),
    "note_taker": ("Note-taker", "Rapporteur·e", "المقرر(ة)"),
    "signature": ("Signature", "Signature", "التوقيع"),
    "name": ("Name", "Nom", "الاسم"),
    "page_of": ("page {page} of {pages}", "page {page} sur {pages}", "الصفحة {page} من {pages}"),
    "fingerprint": ("content fingerprint {fp}", "empreinte du contenu {fp}", "بصمة المحتوى {fp}"),
    "yes": ("yes", "oui", "نعم"),
    "no": ("no", "non", "لا"),
    # enums
    "kind.association": ("Association", "Association", "جمعية"),
    "kind.foundation": ("Foundation", "Fondation", "مؤسسة"),
    "kind.cooperative": ("Cooperative", "Coopérative", "تعاونية"),
    "kind.company": ("Company", "Entreprise", "مقاولة"),
    "kind.public_body": ("Public body", "Organisme public", "هيئة عمومية"),
    "kind.donor": ("Donor", "Bailleur de fonds", "جهة مانحة"),
    "kind.researcher": ("Researcher", "Chercheur·e", "باحث(ة)"),
    "kind.citizen": ("Citizen", "Citoyen·ne", "مواطن(ة)"),
    "kind.other": ("Other", "Autre", "أخرى"),
    "gender.female": ("Women", "Femmes", "نساء"),
    "gender.male": ("Men", "Hommes", "رجال"),
    "gender.other": ("Other", "Autre", "آخر"),
    "age.under_25": ("under 25", "moins de 25 ans", "أقل من 25 سنة"),
    "age.25_34": ("25–34", "25–34 ans", "25–34 سنة"),
    "age.35_44": ("35–44", "35–44 ans", "35–44 سنة"),
    "age.45_54": ("45–54", "45–54 ans", "45–54 سنة"),
    "age.55_64": ("55–64", "55–64 ans", "55–64 سنة"),
    "age.65_plus": ("65 and over", "65 ans et plus", "65 سنة فما فوق"),
    "method.dots": ("Dot voting", "Vote par gommettes", "التصويت بالنقاط"),
    "method.approval": ("Approval voting", "Vote par approbation", "التصويت بالموافقة"),
    "method.ranking": (
        "Ranking (Borda count)",
        "Classement (méthode Borda)",
        "الترتيب (طريقة بوردا)",
    ),
    "method.score": ("Score voting", "Vote par note", "التصويت بالتنقيط"),
    "collection.ballot": ("Secret ballot", "Bulletin secret", "اقتراع سري"),
    "collection.tally": ("Show of hands, counted", "Décompte à main levée", "عدّ برفع الأيدي"),
    "collection.double_tally": (
        "Tally entered twice and compared",
        "Décompte saisi deux fois et comparé",
        "عدّ مُدخل مرتين ومقارن",
    ),
    "round_status.draft": ("draft", "brouillon", "مسودة"),
    "round_status.open": ("open", "ouvert", "مفتوحة"),
    "round_status.closed": ("closed", "clos", "مغلقة"),
    "rule.budget": ("{n} points per voter", "{n} points par votant·e", "{n} نقاط لكل مصوت"),
    "rule.max_per_option": (
        "at most {n} per option",
        "au plus {n} par option",
        "{n} كحد أقصى لكل خيار",
    ),
    "rule.stacking": ("stacking allowed", "cumul autorisé", "يسمح بالتجميع"),
    "rule.no_stacking": ("no stacking", "cumul interdit", "لا يسمح بالتجميع"),
    "rule.max_approvals": (
        "at most {n} approvals",
        "au plus {n} approbations",
        "{n} موافقات كحد أقصى",
    ),
    "rule.scale": ("scale {low}–{high}", "échelle {low}–{high}", "سلم {low}–{high}"),
    "rule.none": ("no particular rule", "pas de règle particulière", "بدون قاعدة خاصة"),
    "action_status.planned": ("planned", "prévue", "مبرمجة"),
    "action_status.in_progress": ("in progress", "en cours", "قيد الإنجاز"),
    "action_status.done": ("done", "réalisée", "منجزة"),
    "action_status.dropped": ("dropped", "abandonnée", "ملغاة"),
}

REGIONS_AR = {
    "Tanger-Tétouan-Al Hoceïma": "طنجة-تطوان-الحسيمة",
    "L'Oriental": "الشرق",
    "Fès-Meknès": "فاس-مكناس",
    "Rabat-Salé-Kénitra": "الرباط-سلا-القنيطرة",
    "Béni Mellal-Khénifra": "بني ملال-خنيفرة",
    "Casablanca-Settat": "الدار البيضاء-سطات",
    "Marrakech-Safi": "مراكش-آسفي",
    "Drâa-Tafilalet": "درعة-تافيلالت",
    "Souss-Massa": "سوس-ماسة",
    "Guelmim-Oued Noun": "كلميم-واد نون",
    "Laâyoune-Sakia El Hamra": "العيون-الساقية الحمراء",
    "Dakhla-Oued Ed-Dahab": "الداخلة-وادي الذهب",
    "Moroccans of the world": "مغاربة العالم",
}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "شتنبر",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    ],
}
_INDEX = {"en": 0, "fr": 1, "ar": 2}


def label(key: str, lang: str, **params: object) -> str:
    """The label ``key`` in ``lang`` (ar, fr or en), with ``params`` filled in."""
    text = _L[key][_INDEX[lang]]
    return text.format(**params) if params else text


def has_label(key: str) -> bool:
    return key in _L


def all_keys() -> list[str]:
    return list(_L)


def region_name(region: str, lang: str) -> str:
    return REGIONS_AR.get(region, region) if lang == "ar" else region


def format_date(value: str | None, lang: str) -> str:
    """'2025-03-12' as '12 March 2025' / '12 mars 2025' / '12 مارس 2025'."""
    if not value:
        return "—"
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    month = _MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {month} {d.year}"
    day = "1er" if lang == "fr" and d.day == 1 else str(d.day)
    return f"{day} {month} {d.year}"


def _morocco() -> dt.tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Africa/Casablanca")  # UTC+1, UTC+0 during Ramadan
    except Exception:  # no time-zone database: print UTC rather than fail
        return dt.UTC


def format_time(value: str | None) -> str:
    """The HH:MM, in Morocco's time, of a stored ISO datetime (UTC), or an em dash."""
    if not value:
        return "—"
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(_morocco()).strftime("%H:%M")


def format_number(n: float, lang: str, decimals: int = 0) -> str:
    """Thousands grouped per language: 1,234.5 / 1 234,5 / 1234.5 (Western digits)."""
    text = f"{n:,.{decimals}f}"
    if lang == "fr":
        return text.replace(",", "\u202f").replace(".", ",")
    if lang == "ar":
        return text.replace(",", "")
    return text


def format_percent(fraction: float | None, lang: str) -> str:
    if fraction is None:
        return "—"
    number = format_number(round(fraction * 100), lang)
    return f"{number}\u00a0%" if lang == "fr" else f"{number}%"


def list_separator(lang: str) -> str:
    return "، " if lang == "ar" else ", "
