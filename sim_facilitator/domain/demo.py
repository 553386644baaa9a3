"""A realistic demo workshop: Arabic and French content, clearly labelled example principles.

The real wording of SIM's five principles is not public; these are examples,
and every name says so.
"""

from __future__ import annotations

import itertools

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import (
    add_agenda_item,
    add_participant,
    add_question,
    create_workshop,
)
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.store import Store

EXAMPLE_FRAMEWORK_EN = "Example framework of innovative-solidarity principles"

EXAMPLE_PRINCIPLES = [
    (
        "P1",
        "مبدأ مثال 1: الكرامة الإنسانية",
        "Principe exemple 1 : dignité humaine",
        "Example principle 1: human dignity",
    ),
    (
        "P2",
        "مبدأ مثال 2: المشاركة والإشراك",
        "Principe exemple 2 : participation",
        "Example principle 2: participation",
    ),
    (
        "P3",
        "مبدأ مثال 3: الابتكار الاجتماعي",
        "Principe exemple 3 : innovation sociale",
        "Example principle 3: social innovation",
    ),
    (
        "P4",
        "مبدأ مثال 4: الاستدامة",
        "Principe exemple 4 : durabilité",
        "Example principle 4: sustainability",
    ),
    (
        "P5",
        "مبدأ مثال 5: الشفافية والمساءلة",
        "Principe exemple 5 : transparence",
        "Example principle 5: transparency and accountability",
    ),
]

PARTICIPANTS = [
    ("فاطمة الزهراء بنعلي", "جمعية الجسر", "association", "female", "35_44", True),
    ("Youssef El Amrani", "Fondation Amane", "foundation", "male", "45_54", True),
    ("خديجة الإدريسي", "تعاونية نساء الأطلس", "cooperative", "female", "25_34", True),
    ("Karim Tazi", "AMH Group", "company", "male", "35_44", False),
    ("سعاد المنصوري", "المبادرة الوطنية للتنمية البشرية", "public_body", "female", "45_54", True),
    ("Mehdi Alaoui", "We Speak Citizen", "association", "male", "under_25", True),
    ("نادية الشرقاوي", "Institution Tahar Sebti", "foundation", "female", "55_64", False),
    ("Omar Benjelloun", "Hanns Seidel Stiftung", "donor", "male", "45_54", True),
    ("ليلى العلوي", "Université Mohammed V", "researcher", "female", "35_44", True),
    ("Hicham Naciri", "Mouvement des Citoyens", "association", "male", "25_34", True),
    ("رشيد بوزيان", "", "citizen", "male", "65_plus", False),
    ("Salma Berrada", "Royal Air Maroc", "company", "female", "25_34", True),
]

QUESTIONS = [
    "ما هي أبرز التحديات التي تواجه العمل التضامني في جهتكم؟",
    "Quelles pratiques innovantes de solidarité avez-vous vues réussir ?",
    "كيف نضمن مشاركة الشباب والنساء في خطة العمل المشتركة؟ / Comment impliquer jeunes et femmes ?",
]

IDEAS = [
    # question 0: challenges
    (0, "ضعف التمويل المستدام للجمعيات الصغيرة"),
    (0, "Manque de financement pluriannuel pour les petites associations"),
    (0, "صعوبة الوصول إلى المعطيات حول الحاجيات المحلية"),
    (0, "Absence de coordination entre les acteurs d'un même territoire"),
    (0, "ضعف التنسيق بين الفاعلين في نفس المجال الترابي"),
    (0, "Procédures administratives lourdes pour obtenir l'agrément"),
    (0, "هجرة الكفاءات الشابة من الجمعيات نحو القطاع الخاص"),
    (0, "Faible visibilité des actions de solidarité dans les médias"),
    (0, "غياب آليات لتقييم أثر المشاريع التضامنية"),
    (0, "Le bénévolat s'essouffle après la pandémie"),
    (0, "ضعف التمويل المستدام للجمعيات الصغيرة."),
    (0, "La fracture numérique en milieu rural / الفجوة الرقمية في العالم القروي"),
    (0, "تشتت المبادرات وتكرارها في نفس الدوار"),
    (0, "Dépendance aux bailleurs étrangers"),
    # question 1: innovative practices
    (1, "Les tontines solidaires (دارت) modernisées par des applications"),
    (1, "صناديق الزكاة والتكافل المحلية بإشراف الجمعيات"),
    (1, "Coopératives féminines d'argan qui réinvestissent dans l'école du douar"),
    (1, "منصة رقمية لربط المتطوعين بالجمعيات"),
    (1, "Mécénat de compétences des salariés de grandes entreprises"),
    (1, "بنوك الطعام ضد التبذير في المدن الكبرى"),
    (1, "Incubateurs d'entreprises sociales dans les universités"),
    (1, "قوافل طبية مشتركة بين القطاع العام والجمعيات"),
    (1, "Monnaie locale complémentaire à Casablanca"),
    (1, "التويزة: إحياء العمل الجماعي التقليدي في القرى"),
    (1, "Chantiers solidaires de jeunes pendant l'été"),
    (1, "شراكات بين الجماعات الترابية والتعاونيات لتدبير النفايات"),
    (1, "Microcrédit couplé à un accompagnement de proximité"),
    # question 2: youth and women
    (2, "تخصيص حصة للشباب والنساء في لجان القيادة"),
    (2, "Horaires des réunions adaptés aux femmes qui travaillent"),
    (2, "برامج تكوين في القيادة الجمعوية للشابات"),
    (2, "Utiliser la darija et l'amazighe dans les ateliers"),
    (2, "إشراك المؤثرين الشباب على الشبكات الاجتماعية"),
    (2, "Garde d'enfants pendant les ateliers de consultation"),
    (2, "منح صغيرة لمبادرات يقودها الشباب"),
    (2, "Mentorat entre responsables associatifs expérimentés et jeunes"),
    (2, "تكافؤ الفرص في الولوج إلى التمويل للنساء القرويات"),
    (2, "Budget participatif jeunesse au niveau communal"),
    (2, "نوادي التضامن في المؤسسات التعليمية"),
    (2, "Reconnaissance officielle des heures de bénévolat"),
    (2, "Quotas de jeunes dans les conseils d'administration / حصص الشباب"),
]

CLUSTERS = [
    ("التمويل / Financement", [0, 1, 10, 13, 33, 35]),
    ("Coordination et données / التنسيق", [2, 3, 4, 8, 12]),
    ("Numérique / الرقمنة", [11, 14, 17, 31]),
    ("Participation des jeunes et des femmes", [27, 28, 29, 32, 34, 36, 39]),
]


def _example_framework(store: Store) -> tuple[str, list[str]]:
    """The example framework, created once and shared by every demo workshop."""
    for existing in store.list("framework", "name_en = ?", [EXAMPLE_FRAMEWORK_EN]):
        rows = store.list(
            "principle", "framework_id = ?", [existing["id"]], order_by="position, id"
        )
        if len(rows) == len(EXAMPLE_PRINCIPLES):
            return existing["id"], [p["id"] for p in rows]
    framework = store.create(
        "framework",
        {
            "name_ar": "إطار مثال لمبادئ التضامن المبتكر",
            "name_fr": "Cadre exemple des principes de solidarité innovante",
            "name_en": EXAMPLE_FRAMEWORK_EN,
            "version": 1,
            "description_en": "Example principles for demonstration; not SIM's wording.",
        },
    )
    principles = [
        store.create(
            "principle",
            {
                "framework_id": framework,
                "position": position,
                "code": code,
                "name_ar": ar,
                "name_fr": fr,
                "name_en": en,
            },
        )
        for position, (code, ar, fr, en) in enumerate(EXAMPLE_PRINCIPLES)
    ]
    return framework, principles


def create_demo(
    store: Store,
    region: str = "Fès-Meknès",
    date: str = "2025-03-12",
    participants: int = len(PARTICIPANTS),
) -> str:
    """Create the demo workshop in one transaction and return its id.

    ``region``, ``date`` and ``participants`` (how many of the twelve demo people
    attend) let tests build a national picture from several distinct workshops.
    """
    with store.transaction():
        framework, principles = _example_framework(store)
        workshop = create_workshop(
            store,
            f"ورشة جهوية: التضامن المبتكر — {region}",
            theme="Solidarité et développement territorial / التضامن والتنمية الترابية",
            region=region,
            venue="Maison des associations, Meknès",
            date=date,
            facilitator="Amina Kettani",
            note_takers=["Hamza Idrissi", "سارة الفاسي"],
            language="ar",
            status="active",
            framework_id=framework,
        )
        for title, minutes in (
            ("الاستقبال والتسجيل / Accueil", 20),
            ("Présentation de la démarche SIM", 15),
            ("ورشات الأفكار / Idéation", 60),
            ("Regroupement et principes", 40),
            ("التصويت / Vote", 25),
            ("Plan d'action et clôture", 20),
        ):
            add_agenda_item(store, workshop, title, minutes)
        questions = [add_question(store, workshop, q) for q in QUESTIONS]
        people = [
            add_participant(
                store,
                workshop,
                name,
                organisation=org or None,
                kind=kind,
                gender=gender,
                age_band=age,
                consent_named=consent,
            )
            for name, org, kind, gender, age, consent in PARTICIPANTS[:participants]
        ]
        ideas = [
            add_idea(
                store, workshop, text, questions[q], people[i % len(people)] if i % 3 else None
            )
            for i, (q, text) in enumerate(IDEAS)
        ]
        # Idea 10 repeats idea 0 nearly word for word: merged, keeping both texts.
        store.update("idea", ideas[10], {"merged_into": ideas[0]})
        clusters = []
        for position, (name, members) in enumerate(CLUSTERS):
            cluster = store.create(
                "cluster", {"workshop_id": workshop, "name": name, "position": position}
            )
            clusters.append(cluster)
            for m in members:
                store.update("idea", ideas[m], {"cluster_id": cluster})
        for n, idea in enumerate(ideas):
            for p, principle in enumerate(principles):
                strength = (n * 7 + p * 3) % 5 - 1
                if (
                    strength > 0 and p != 3
                ):  # principle 4 left uncovered: the coverage view flags it
                    store.create(
                        "mapping",
                        {
                            "workshop_id": workshop,
                            "target_kind": "idea",
                            "target_id": idea,
                            "principle_id": principle,
                            "strength": min(strength, 3),
                        },
                        entity_id=derived_id("mapping", idea, principle),
                    )
        dots = store.create(
            "round",
            {
                "workshop_id": workshop,
                "title": "أولويات التمويل / Priorités",
                "method": "dots",
                "target_kind": "cluster",
                "options": clusters,
                "rules": {"budget": 3, "max_per_option": 2, "stacking": True},
                "status": "closed",
                "hide_results": True,
                "collection": "ballot",
                "tie_break": "Le facilitateur tranche / يحسم الميسر",
            },
        )
        cycle = itertools.cycle([[0, 0, 1], [3, 3, 2], [1, 3, 0], [2, 1, 3]])
        for person in people[: max(1, len(people) - 2)]:
            choice: dict[str, int] = {}
            for idx in next(cycle):
                choice[clusters[idx]] = choice.get(clusters[idx], 0) + 1
            store.create(
                "ballot",
                {
                    "workshop_id": workshop,
                    "round_id": dots,
                    "voter": person,
                    "kind": "ballot",
                    "choices": choice,
                },
                entity_id=derived_id("ballot", dots, person),
            )
        options = [ideas[i] for i in (1, 17, 27, 33)]
        approval = store.create(
            "round",
            {
                "workshop_id": workshop,
                "title": "Actions à lancer en premier",
                "method": "approval",
                "target_kind": "idea",
                "options": options,
                "rules": {},
                "status": "closed",
                "hide_results": False,
                "collection": "tally",
                "tie_break": "",
            },
        )
        store.create(
            "ballot",
            {
                "workshop_id": workshop,
                "round_id": approval,
                "voter": "tally",
                "kind": "tally_a",
                "choices": {
                    options[0]: 7,
                    options[1]: 9,
                    options[2]: 5,
                    options[3]: 9,
                    "_voters": 11,
                },
            },
            entity_id=derived_id("ballot", approval, "tally_a"),
        )
        for what, owner, due, idea_idx, principle_idx in (
            ("إطلاق صندوق تضامني جهوي للجمعيات الصغيرة", "Fondation Amane", "2025-09-30", 0, 0),
            (
                "Cartographie partagée des besoins locaux",
                "Université Mohammed V",
                "2025-06-30",
                2,
                2,
            ),
            ("برنامج تكوين القيادات الشابة", "We Speak Citizen", "2025-12-31", 29, 1),
        ):
            store.create(
                "action",
                {
                    "workshop_id": workshop,
                    "what": what,
                    "owner": owner,
                    "due": due,
                    "status": "planned",
                    "idea_ids": [ideas[idea_idx]],
                    "cluster_ids": [],
                    "principle_ids": [principles[principle_idx]],
                },
            )
        store.update(
            "workshop",
            workshop,
            {
                "decisions": "اعتماد ثلاث أولويات: التمويل، التنسيق، إشراك الشباب.",
                "summary": "Atelier riche : 40 idées, 4 regroupements, 3 actions retenues.",
            },
        )
    return workshop
