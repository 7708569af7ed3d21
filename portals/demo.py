"""The two demo portals, described from public information, in our own words."""

DEMO_PASSWORD = "demo-conseil-commun"
DEMO_ADMIN_EMAIL = "admin@demo.localhost"
DEMO_POLICY_OWNER_EMAIL = "plateforme@demo.localhost"
DEMO_ADVISOR_EMAIL = "conseiller@demo.localhost"
DEMO_APPLICANT_EMAIL = "mairie@demo.localhost"

DEMO_PORTALS = [
    {
        "slug": "friches",
        "name": "Friches",
        "domain": "friches.localhost",
        "theme": "dsfr",
        "operator_kind": "state",
        "description": "Conseil aux communes qui veulent reconvertir une friche "
        "industrielle, commerciale ou urbaine.",
        "tagline": "Reconvertir les friches plutôt que consommer de nouveaux espaces",
        "operator_name": "Services de l’État dans les départements (démonstration)",
        "intro": "Une usine fermée, une ancienne caserne, un centre commercial vide : "
        "ce portail aide les collectivités à faire d’une friche un projet, avec "
        "l’appui d’un réseau de conseillers publics.",
        "body": [
            ("heading", "Pourquoi reconvertir les friches"),
            (
                "paragraph",
                "<p>La loi Climat et résilience de 2021 fixe l’objectif de « zéro "
                "artificialisation nette » des sols en 2050, avec une première étape : "
                "diviser par deux, entre 2021 et 2031, la consommation d’espaces "
                "naturels, agricoles et forestiers par rapport à la décennie "
                "précédente. Réutiliser le foncier déjà artificialisé devient la "
                "première ressource des projets d’aménagement.</p>",
            ),
            ("heading", "Ce que le réseau peut vous apporter"),
            (
                "paragraph",
                "<ul><li>un premier diagnostic : pollution des sols, propriété, "
                "bâtiments, réseaux ;</li><li>l’orientation vers les financements, "
                "dont le volet « recyclage foncier » du Fonds vert ;</li><li>les "
                "outils publics comme Cartofriches (Cerema), qui recense les friches, "
                "et Bénéfriches (ADEME), qui compare les bénéfices d’un projet sur "
                "friche à ceux d’une extension urbaine ;</li><li>la mise en relation "
                "avec les établissements publics fonciers et les agences qui "
                "peuvent porter ou accompagner l’opération.</li></ul>",
            ),
            (
                "callout",
                {
                    "title": "Déposer une demande",
                    "text": "Décrivez votre site et ce qui bloque : un conseiller de "
                    "votre département vous répond et vous oriente.",
                },
            ),
        ],
    },
    {
        "slug": "ponts",
        "name": "Ponts",
        "domain": "ponts.localhost",
        "theme": "neutral",
        "operator_kind": "local_authority",
        "description": "Conseil aux petites communes pour surveiller et entretenir "
        "leurs ponts et murs de soutènement.",
        "tagline": "Connaître, surveiller et entretenir les ouvrages d’art communaux",
        "operator_name": "Réseau d’ingénierie territoriale (démonstration)",
        "intro": "Beaucoup de communes ont un ou plusieurs ponts à leur charge sans "
        "service technique pour les suivre. Ce portail les aide à connaître leurs "
        "ouvrages, à organiser leur surveillance et à préparer les travaux.",
        "body": [
            ("heading", "Un patrimoine mal connu"),
            (
                "paragraph",
                "<p>En 2019, une mission d’information du Sénat estimait qu’au moins "
                "25 000 ponts routiers étaient en mauvais état structurel en France, "
                "dont beaucoup appartiennent à des communes qui n’en ont parfois "
                "aucun inventaire. Le Programme national Ponts, lancé en 2021 dans "
                "le cadre de France Relance et confié au Cerema, a permis de "
                "recenser et d’évaluer gratuitement des milliers d’ouvrages de "
                "petites communes.</p>",
            ),
            ("heading", "Ce que le réseau peut vous apporter"),
            (
                "paragraph",
                "<ul><li>comprendre le carnet de santé de vos ouvrages et les "
                "résultats des visites d’évaluation ;</li><li>organiser une "
                "surveillance régulière et des visites après une crue ou un "
                "choc ;</li><li>préparer un programme de travaux, estimer son coût "
                "et trouver des financements comme la dotation d’équipement des "
                "territoires ruraux (DETR) ;</li><li>savoir quand limiter le tonnage "
                "ou fermer un ouvrage, et comment le signaler.</li></ul>",
            ),
            (
                "callout",
                {
                    "title": "Déposer une demande",
                    "text": "Un doute sur un pont ou un mur de votre commune ? "
                    "Décrivez-le : un conseiller du réseau vous répond.",
                },
            ),
        ],
    },
]
