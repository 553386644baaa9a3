"""Labels of the national synthesis PDF (ar, fr, en); anything else comes from minutes_labels."""

from __future__ import annotations

from sim_facilitator.export.minutes import labels as ML

# key -> (en, fr, ar)
_S: dict[str, tuple[str, str, str]] = {
    "syn_title": (
        "National synthesis of the consultation",
        "Synthèse nationale de la consultation",
        "الخلاصة الوطنية للاستشارة",
    ),
    "syn_subject": (
        "National synthesis of the solidarity consultation workshops",
        "Synthèse nationale des ateliers de consultation solidaire",
        "الخلاصة الوطنية لورشات الاستشارة حول التضامن",
    ),
    "syn_scope": (
        "{n} workshops, from {first} to {last}",
        "{n} ateliers, du {first} au {last}",
        "عدد الورشات: {n}، من {first} إلى {last}",
    ),
    "syn_selection": ("Selection: {what}", "Sélection : {what}", "الاختيار: {what}"),
    "syn_framework_v": (
        "framework version {n}",
        "version {n} du cadre",
        "الإصدار {n} من الإطار",
    ),
    "syn_participation": ("Participation", "Participation", "المشاركة"),
    "syn_workshops": ("Workshops", "Ateliers", "الورشات"),
    "syn_people": ("People present", "Personnes présentes", "الأشخاص الحاضرون"),
    "syn_actions_n": ("Actions", "Actions", "الإجراءات"),
    "syn_coverage": (
        "Ideas per principle, workshop by workshop",
        "Idées par principe, atelier par atelier",
        "الأفكار حسب المبدأ، ورشة بورشة",
    ),
    "syn_coverage_note": (
        "Each cell: ideas mapped to the principle (total strength in brackets); the darker, "
        "the stronger. A dot: the workshop uses another framework.",
        "Chaque case : idées rattachées au principe (intensité totale entre parenthèses) ; "
        "plus la case est foncée, plus la couverture est forte. Un point : l'atelier suit un "
        "autre cadre.",
        "كل خانة: عدد الأفكار المرتبطة بالمبدأ (مجموع الشدة بين قوسين)؛ كلما كانت الخانة "
        "أغمق كانت التغطية أقوى. النقطة: الورشة تعتمد إطارا آخر.",
    ),
    "syn_total": ("All workshops", "Tous les ateliers", "كل الورشات"),
    "syn_top": (
        "Top-voted ideas and clusters, per voter",
        "Idées et regroupements les mieux votés, par votant",
        "الأفكار والمجموعات الأكثر حصولا على الأصوات، لكل مصوت",
    ),
    "syn_top_note": (
        "Each option's points divided by the ballots cast in its round, so that workshops of "
        "different sizes compare fairly.",
        "Les points de chaque option sont divisés par le nombre de bulletins de son tour : "
        "des ateliers de tailles différentes se comparent ainsi équitablement.",
        "نقاط كل خيار مقسومة على عدد الأوراق المدلى بها في جولته، لتتسنى مقارنة ورشات "
        "مختلفة الحجم بإنصاف.",
    ),
    "syn_option": ("Idea or cluster", "Idée ou regroupement", "الفكرة أو المجموعة"),
    "syn_points": ("Points", "Points", "النقاط"),
    "syn_ballots": ("Ballots", "Bulletins", "الأوراق"),
    "syn_per_voter": ("Per voter", "Par votant", "لكل مصوت"),
    "syn_no_votes": (
        "No closed voting round with ballots.",
        "Aucun tour de vote clos avec des bulletins.",
        "لا توجد جولة تصويت مغلقة بها أوراق.",
    ),
    "syn_shared": (
        "Ideas shared across workshops",
        "Idées communes à plusieurs ateliers",
        "أفكار مشتركة بين عدة ورشات",
    ),
    "syn_no_shared": (
        "No cross-workshop cluster has been confirmed yet.",
        "Aucun regroupement inter-ateliers n'a encore été confirmé.",
        "لم يتم بعد تأكيد أي مجموعة مشتركة بين الورشات.",
    ),
    "syn_in_workshops": (
        "in {n} workshops",
        "dans {n} ateliers",
        "في {n} ورشات",
    ),
    "syn_actions": (
        "Consolidated action plan",
        "Plan d'action consolidé",
        "خطة العمل الموحدة",
    ),
    "syn_by_principle": ("By principle", "Par principe", "حسب المبدأ"),
    "syn_by_owner": (
        "By owner organisation",
        "Par organisation responsable",
        "حسب الجهة المسؤولة",
    ),
    "syn_by_due": ("By due month", "Par mois d'échéance", "حسب شهر الأجل"),
    "syn_no_date": ("no date", "sans date", "بدون تاريخ"),
    "syn_no_owner": ("no owner", "sans responsable", "بدون مسؤول"),
    "syn_without_action": (
        "Principles that no workshop's actions serve: {names}",
        "Principes qu'aucune action d'atelier ne sert : {names}",
        "مبادئ لا يخدمها أي إجراء من إجراءات الورشات: {names}",
    ),
    "syn_all_served": (
        "Every principle is served by at least one action.",
        "Chaque principe est servi par au moins une action.",
        "كل مبدأ يخدمه إجراء واحد على الأقل.",
    ),
    "syn_all_actions": ("Every action", "Toutes les actions", "جميع الإجراءات"),
    "syn_sources": ("Sources", "Sources", "المصادر"),
    "syn_sources_note": (
        "Each workshop with the laptop that produced it (fingerprint of its key), as received "
        "by the coordinator.",
        "Chaque atelier avec l'ordinateur qui l'a produit (empreinte de sa clé), tel que reçu "
        "par la coordination.",
        "كل ورشة مع الحاسوب الذي أنتجها (بصمة مفتاحه)، كما استلمتها جهة التنسيق.",
    ),
    "syn_laptop": ("Laptop fingerprint", "Empreinte de l'ordinateur", "بصمة الحاسوب"),
    "syn_received": ("Received", "Reçu le", "تاريخ الاستلام"),
    "syn_trusted": ("Trusted", "Reconnu", "موثوق"),
    "syn_yes": ("yes", "oui", "نعم"),
    "syn_no": ("no", "non", "لا"),
    "syn_this_laptop": ("this laptop", "cet ordinateur", "هذا الحاسوب"),
    "syn_unknown": ("not known", "inconnu", "غير معروف"),
    "syn_bundles": ("Bundles imported", "Paquets importés", "الحزم المستوردة"),
    "syn_file": ("File", "Fichier", "الملف"),
    "syn_no_bundles": (
        "No bundle has been imported into this database.",
        "Aucun paquet n'a été importé dans cette base.",
        "لم تستورد أي حزمة في قاعدة البيانات هذه.",
    ),
    "syn_changes": ("New records", "Nouveaux éléments", "عناصر جديدة"),
}
_INDEX = {"en": 0, "fr": 1, "ar": 2}


def label(key: str, lang: str, **params: object) -> str:
    """A synthesis label, or a minutes label of the same key."""
    if key in _S:
        text = _S[key][_INDEX[lang]]
        return text.format(**params) if params else text
    return ML.label(key, lang, **params)


def all_keys() -> list[str]:
    return list(_S)


def format_month(value: str, lang: str) -> str:
    """'2025-06' as 'June 2025' / 'juin 2025' / 'يونيو 2025'."""
    full = ML.format_date(f"{value[:7]}-15", lang)
    return full.split(" ", 1)[1] if full.startswith("15 ") else value
