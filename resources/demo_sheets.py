# ruff: noqa: E501
"""Demo resource sheets for the two demo portals, « Friches » and « Ponts ».

Written for the demonstration from general public facts about each theme
(national programmes, public bodies, methods, regulations, tools). The case
studies are composite examples (« exemple type »), not real towns. Contacts
name organisations and roles only, never people.

Each sheet body is a list of ``(block_type, value)`` pairs matching
``resources.blocks.ResourceBodyBlock``; a ``contact`` value is a dict used to
find or create a ``resources.Contact`` snippet.
"""


def section(heading, text):
    return ("section", {"heading": heading, "text": text})


def figure(value, label, detail=""):
    return ("key_figure", {"value": value, "label": label, "detail": detail})


def link(label, url):
    return ("link", {"label": label, "url": url})


def contact(organisation, role=""):
    return (
        "contact",
        {
            "organisation": organisation,
            "name": "",
            "role": role,
            "email": "",
            "phone": "",
        },
    )


ECOLOGIE = "https://www.ecologie.gouv.fr/"
CEREMA = "https://www.cerema.fr/"
ADEME = "https://www.ademe.fr/"
LEGIFRANCE = "https://www.legifrance.gouv.fr/"
CARTOFRICHES = "https://cartofriches.cerema.fr/"

KINDS = (
    "financement",
    "outil",
    "methode",
    "acteur",
    "reglementation",
    "retour-experience",
)

DEMO_TOPICS = {
    "friches": [
        ("connaissance-des-friches", "Connaissance et inventaire des friches"),
        ("pollution-des-sols", "Pollution des sols"),
        ("financement-du-projet", "Financement du projet"),
        ("urbanisme-et-foncier", "Urbanisme et foncier"),
        ("biodiversite-et-renaturation", "Biodiversité et renaturation"),
        ("conduite-de-projet", "Conduite de projet"),
    ],
    "ponts": [
        ("surveillance-et-inspection", "Surveillance et inspection"),
        ("entretien-et-travaux", "Entretien et travaux"),
        ("responsabilites-du-maire", "Responsabilités du maire"),
        ("financement", "Financement"),
        ("murs-de-soutenement", "Murs de soutènement"),
        ("crues-et-risques-naturels", "Crues et risques naturels"),
    ],
}

FRICHES_SHEETS = [
    {
        "title": "Fonds vert : recyclage foncier des friches",
        "slug": "fonds-vert-recyclage-foncier",
        "kind": "financement",
        "topics": ["financement-du-projet", "conduite-de-projet"],
        "summary": "Le Fonds vert aide les collectivités à boucler le bilan d'opérations de réaménagement de friches dont le coût de remise en état dépasse ce que le marché peut absorber. Les dossiers sont instruits au niveau départemental, sous l'autorité du préfet.",
        "scope": "national",
        "last_reviewed": "2026-03-12",
        "next_review": "2027-03-12",
        "body": [
            section(
                "De quoi s'agit-il ?",
                "<p>Le <strong>Fonds vert</strong>, ou fonds d'accélération de la transition écologique dans les territoires, a pris le relais du « fonds friches » créé en 2021 dans le plan France Relance. Son volet consacré au recyclage foncier finance une partie du <strong>déficit d'opération</strong> des projets qui réutilisent un terrain déjà artificialisé plutôt que de consommer des espaces naturels ou agricoles.</p>",
            ),
            section(
                "Pour qui et pour quels projets ?",
                "<p>Les porteurs éligibles sont principalement les collectivités, leurs groupements et leurs aménageurs, ainsi que certains opérateurs publics. Les dépenses visées sont celles qui rendent le site réutilisable :</p><ul><li>acquisitions et études préalables ;</li><li>démolition, désamiantage et dépollution ;</li><li>aménagements nécessaires au nouveau projet (logements, activités, équipements) ou à une renaturation.</li></ul>",
            ),
            section(
                "Comment procéder ?",
                "<p>Le dossier est déposé en ligne et instruit par la direction départementale des territoires (DDT ou DDTM). Il doit montrer un <strong>bilan d'aménagement déficitaire</strong> malgré les autres financements, un projet suffisamment avancé (maîtrise foncière, diagnostics réalisés, programme défini) et un calendrier réaliste. Une évaluation des bénéfices du projet, par exemple avec l'outil Bénéfriches de l'ADEME, renforce le dossier.</p>",
            ),
            section(
                "Points de vigilance",
                "<p>Les priorités, les taux et les enveloppes sont fixés chaque année et peuvent varier d'un département à l'autre : contactez la DDT en amont. Une aide ne peut pas financer des travaux déjà engagés avant le dépôt, sauf dérogation expresse. Conservez toutes les pièces justificatives : le versement du solde dépend du bilan réel de l'opération.</p>",
            ),
            figure(
                "2021",
                "création du fonds friches dans France Relance",
                "Dispositif prolongé depuis 2023 par le volet recyclage foncier du Fonds vert.",
            ),
            link("Ministère de la Transition écologique", ECOLOGIE),
            contact(
                "Direction départementale des territoires (DDT)",
                "Service aménagement, référent friches",
            ),
        ],
    },
    {
        "title": "Cartofriches, l'inventaire national des friches",
        "slug": "cartofriches",
        "kind": "outil",
        "topics": ["connaissance-des-friches", "urbanisme-et-foncier"],
        "summary": "Cartofriches, développé par le Cerema, recense les friches connues sur tout le territoire à partir de bases nationales et d'observatoires locaux. Les collectivités peuvent le consulter gratuitement et signaler ou corriger des sites.",
        "scope": "national",
        "last_reviewed": "2026-05-20",
        "next_review": "2027-05-20",
        "body": [
            section(
                "De quoi s'agit-il ?",
                "<p><strong>Cartofriches</strong> est une carte en ligne, ouverte en 2021, qui rassemble les friches industrielles, commerciales, d'habitat ou d'équipement connues en France. Le Cerema l'alimente en croisant des bases nationales (anciens sites industriels et activités de service, sites pollués connus de l'administration, appels à projets financés) et les inventaires produits par des observatoires locaux.</p>",
            ),
            section(
                "À quoi sert-il pour une commune ?",
                "<ul><li>repérer les gisements fonciers avant la révision d'un document d'urbanisme ;</li><li>consulter, pour chaque site, les informations disponibles : surface, ancienne activité, présomption de pollution, propriétaire lorsqu'il est public ;</li><li>nourrir un programme local de l'habitat ou une stratégie foncière intercommunale.</li></ul>",
            ),
            section(
                "Comment contribuer ?",
                "<p>Les données nationales sont incomplètes, en particulier pour les petites friches commerciales ou urbaines. Une collectivité ou un observatoire peut <strong>signaler un site</strong>, compléter sa fiche ou indiquer qu'il a été reconverti. Plus l'inventaire local est à jour, plus il est utile pour les appels à projets et pour le suivi de la sobriété foncière.</p>",
            ),
            section(
                "Limites à garder en tête",
                "<p>Une fiche Cartofriches n'est ni un diagnostic de pollution ni une information juridique opposable. Avant tout projet, vérifiez la situation foncière, les servitudes et l'état réel des sols par des études adaptées.</p>",
            ),
            link("Accéder à Cartofriches", CARTOFRICHES),
            contact("Cerema", "Direction territoriale, équipe foncier et friches"),
        ],
    },
    {
        "title": "Bénéfriches : mesurer les bénéfices d'une reconversion",
        "slug": "benefriches",
        "kind": "outil",
        "topics": [
            "financement-du-projet",
            "conduite-de-projet",
            "biodiversite-et-renaturation",
        ],
        "summary": "Bénéfriches, outil proposé par l'ADEME, compare un projet sur friche à un projet équivalent en extension urbaine et chiffre ses effets socio-économiques et environnementaux. Utile pour arbitrer entre scénarios et argumenter une demande d'aide.",
        "scope": "national",
        "last_reviewed": "2026-02-03",
        "next_review": "2026-09-30",
        "body": [
            section(
                "De quoi s'agit-il ?",
                "<p>Un projet sur friche coûte souvent plus cher qu'une opération sur terrain nu, mais il évite de consommer des sols naturels ou agricoles et profite de réseaux existants. <strong>Bénéfriches</strong>, outil mis à disposition par l'ADEME, rend ces bénéfices visibles : il évalue les impacts d'un projet de reconversion et les compare à un scénario de référence en extension.</p>",
            ),
            section(
                "Ce que l'outil prend en compte",
                "<ul><li>les effets économiques directs et indirects (travaux, activités, fiscalité locale) ;</li><li>les effets sociaux (accès aux services, déplacements évités, cadre de vie) ;</li><li>les effets environnementaux (sols préservés, stockage de carbone, émissions liées aux transports, pollution traitée).</li></ul>",
            ),
            section(
                "Comment l'utiliser ?",
                "<p>Renseignez les caractéristiques du site, le programme envisagé et les coûts connus. L'outil fonctionne dès les premières esquisses et gagne en précision au fil des études. Il est pertinent de le faire tourner sur <strong>plusieurs scénarios</strong> (logements, activités, renaturation) pour éclairer le choix des élus.</p>",
            ),
            section(
                "Points de vigilance",
                "<p>Les résultats dépendent des hypothèses saisies : documentez-les et gardez la même base d'un scénario à l'autre. Bénéfriches ne remplace pas le bilan financier de l'opération ; il le complète en montrant la valeur collective du projet, un argument souvent attendu par les financeurs publics.</p>",
            ),
            link("Site de l'ADEME", ADEME),
            contact("ADEME", "Direction régionale, référent friches et sites pollués"),
        ],
    },
    {
        "title": "Les établissements publics fonciers, partenaires du réaménagement",
        "slug": "etablissements-publics-fonciers",
        "kind": "acteur",
        "topics": [
            "urbanisme-et-foncier",
            "financement-du-projet",
            "conduite-de-projet",
        ],
        "summary": "Les établissements publics fonciers achètent et portent des terrains pour le compte des collectivités, et peuvent préparer une friche (démolition, dépollution) avant de la céder au projet. Une convention fixe le périmètre, la durée et les conditions de rachat.",
        "scope": "national",
        "last_reviewed": "2026-06-08",
        "next_review": "2027-06-08",
        "body": [
            section(
                "Qui sont-ils ?",
                "<p>Les <strong>établissements publics fonciers (EPF)</strong> sont des opérateurs spécialisés dans l'acquisition et le portage de terrains. Il en existe deux familles : les EPF d'État, créés par décret et couvrant en général une région ou une partie de région, et les EPF locaux, créés à l'initiative de collectivités. Leurs ressources proviennent notamment de la taxe spéciale d'équipement et de la revente des biens.</p>",
            ),
            section(
                "Ce qu'ils apportent sur une friche",
                "<ul><li>négociation amiable, exercice du droit de préemption par délégation ou expropriation ;</li><li><strong>portage foncier</strong> pendant le temps nécessaire à la définition du projet ;</li><li>travaux de proto-aménagement : sécurisation, déconstruction, désamiantage, traitement de la pollution ;</li><li>expertise sur les études préalables et le montage.</li></ul>",
            ),
            section(
                "Comment travailler avec un EPF ?",
                "<p>La collectivité signe une <strong>convention d'intervention</strong> qui définit le périmètre, les objectifs (logement, activité, renaturation), la durée du portage et les modalités de rachat par la collectivité ou par l'opérateur qu'elle désigne. Chaque EPF agit dans le cadre de son programme pluriannuel d'intervention, qui fixe ses priorités.</p>",
            ),
            section(
                "Points de vigilance",
                "<p>Le portage n'est pas gratuit : le prix de cession intègre en général les frais engagés, parfois minorés par des dispositifs propres à l'EPF. Anticipez la sortie dès la signature : un terrain porté sans projet abouti finit par peser sur les finances communales.</p>",
            ),
            contact(
                "Établissement public foncier compétent",
                "Chargé d'opérations foncières",
            ),
        ],
    },
    {
        "title": "L'ADEME et les sites pollués",
        "slug": "ademe-sites-pollues",
        "kind": "acteur",
        "topics": ["pollution-des-sols", "financement-du-projet"],
        "summary": "L'ADEME intervient pour mettre en sécurité les sites pollués dont le responsable est défaillant, sur décision de l'État, et accompagne les porteurs de projets de reconversion par son expertise, ses outils et, selon les périodes, des aides aux études et aux travaux.",
        "scope": "national",
        "last_reviewed": "2026-04-15",
        "next_review": "2027-04-15",
        "body": [
            section(
                "Deux rôles distincts",
                "<p>L'<strong>Agence de la transition écologique (ADEME)</strong> intervient de deux façons sur les sols pollués :</p><ul><li>comme <strong>opérateur de l'État</strong> sur les sites à responsable défaillant (exploitant disparu ou insolvable) : le préfet lui confie alors par arrêté la mise en sécurité du site, aux frais de la collectivité publique ;</li><li>comme <strong>centre d'expertise et de financement</strong> pour les projets de reconversion portés par des collectivités ou des aménageurs.</li></ul>",
            ),
            section(
                "Ce que peut en attendre une commune",
                "<p>Sur un site orphelin, l'intervention de l'ADEME vise la suppression des risques graves pour la santé et l'environnement, pas la préparation d'un projet d'aménagement. Pour une reconversion, l'agence diffuse des guides méthodologiques, propose des outils comme Bénéfriches et peut soutenir certaines études ou travaux de dépollution selon ses programmes en vigueur.</p>",
            ),
            section(
                "Comment s'y prendre ?",
                "<p>Prenez contact avec la <strong>direction régionale de l'ADEME</strong> et avec l'inspection des installations classées (DREAL) dès que le site présente une suspicion de pollution. Présentez l'historique du site, les diagnostics existants et l'usage futur envisagé : c'est cet usage qui détermine le niveau de traitement à atteindre.</p>",
            ),
            figure(
                "Usage",
                "principe directeur de la gestion des sols pollués",
                "Les objectifs de dépollution se fixent selon l'usage prévu du site, non selon un seuil unique.",
            ),
            link("Site de l'ADEME", ADEME),
            contact("ADEME", "Direction régionale, service sites et sols pollués"),
        ],
    },
    {
        "title": "Zéro artificialisation nette : ce que la loi Climat et résilience change pour les friches",
        "slug": "zan-loi-climat-resilience",
        "kind": "reglementation",
        "topics": ["urbanisme-et-foncier", "connaissance-des-friches"],
        "summary": "La loi Climat et résilience de 2021 fixe l'objectif de zéro artificialisation nette des sols en 2050, avec une trajectoire de réduction progressive. Reconvertir les friches devient un levier central pour continuer à construire sans consommer de terres.",
        "scope": "national",
        "last_reviewed": "2026-10-05",
        "next_review": "2027-04-05",
        "body": [
            section(
                "De quoi s'agit-il ?",
                "<p>La <strong>loi Climat et résilience du 22 août 2021</strong> a inscrit dans le code de l'urbanisme l'objectif d'atteindre l'<strong>absence d'artificialisation nette des sols en 2050</strong>. Pour la première décennie, elle vise une forte réduction de la consommation d'espaces naturels, agricoles et forestiers par rapport à la décennie précédente.</p>",
            ),
            section(
                "Comment l'objectif descend jusqu'à la commune",
                "<p>La trajectoire est déclinée en cascade : schéma régional (SRADDET ou équivalent), puis schéma de cohérence territoriale (SCoT), puis plan local d'urbanisme (PLU ou PLUi) ou carte communale. Les documents doivent intégrer ces objectifs dans des délais fixés par la loi. Une loi de juillet 2023 a ajusté le dispositif, notamment en garantissant à chaque commune couverte par un document d'urbanisme une surface minimale de développement.</p>",
            ),
            section(
                "Pourquoi les friches comptent",
                "<ul><li>construire sur un terrain déjà artificialisé ne consomme pas d'espace naturel ou agricole ;</li><li>la renaturation d'une friche peut, sous conditions, être comptée en déduction dans le solde d'artificialisation ;</li><li>le code de l'urbanisme impose désormais d'étudier les capacités de densification et de mutation des espaces bâtis avant d'ouvrir de nouvelles zones à l'urbanisation.</li></ul>",
            ),
            section(
                "Points de vigilance",
                "<p>Le cadre a été modifié à plusieurs reprises depuis 2021 et reste débattu au Parlement : vérifiez les textes en vigueur sur Légifrance et le calendrier applicable à votre SCoT avant toute procédure.</p>",
            ),
            figure(
                "2050",
                "objectif de zéro artificialisation nette",
                "Fixé par la loi Climat et résilience du 22 août 2021.",
            ),
            link("Textes en vigueur sur Légifrance", LEGIFRANCE),
            contact(
                "Direction départementale des territoires (DDT)",
                "Service planification",
            ),
        ],
    },
    {
        "title": "Sites et sols pollués : cessation d'activité d'une ICPE et remise en état",
        "slug": "sites-sols-pollues-cessation-icpe",
        "kind": "reglementation",
        "topics": ["pollution-des-sols", "urbanisme-et-foncier"],
        "summary": "Quand une installation classée cesse son activité, l'exploitant doit mettre le site en sécurité puis le remettre en état pour un usage futur défini. Comprendre ces obligations aide la commune à peser sur l'usage retenu et à éviter de reprendre une pollution à sa charge.",
        "scope": "national",
        "last_reviewed": "2026-01-22",
        "next_review": "2026-11-15",
        "body": [
            section(
                "Le principe : gérer selon l'usage",
                "<p>La politique française des sites et sols pollués ne vise pas une dépollution totale mais la <strong>compatibilité entre l'état des sols et l'usage</strong> du site. La méthodologie nationale s'appuie sur un schéma conceptuel (sources, voies de transfert, personnes exposées), un plan de gestion comparant les options de traitement et, si nécessaire, une analyse des risques résiduels.</p>",
            ),
            section(
                "Les obligations de l'exploitant d'une ICPE",
                "<ul><li>notifier la cessation d'activité au préfet dans les délais prévus ;</li><li><strong>mettre le site en sécurité</strong> : évacuation des produits et déchets, suppression des risques d'incendie ou d'explosion, surveillance des impacts ;</li><li><strong>remettre le site en état</strong> pour l'usage futur, déterminé selon les cas en concertation avec le maire ou le président de l'intercommunalité compétente en urbanisme et avec le propriétaire ;</li><li>faire attester ces étapes par une entreprise certifiée dans le domaine des sites et sols pollués, dans les cas prévus par les textes.</li></ul>",
            ),
            section(
                "Ce que la commune peut faire",
                "<p>Répondez à la consultation sur l'usage futur en vous appuyant sur le document d'urbanisme et le projet envisagé. Le code de l'environnement prévoit aussi la procédure du <strong>tiers demandeur</strong> : un aménageur peut se substituer à l'exploitant pour réhabiliter le site en vue de son propre projet, avec des garanties financières. Les secteurs d'information sur les sols (SIS) signalent par ailleurs les terrains où une étude de sols est requise avant de construire.</p>",
            ),
            section(
                "Pièges fréquents",
                "<p>Acheter un site sans connaître l'état des sols peut faire porter sur la collectivité des coûts imprévus. Exigez les rapports de cessation et échangez tôt avec l'inspection des installations classées.</p>",
            ),
            link("Code de l'environnement sur Légifrance", LEGIFRANCE),
            contact("DREAL", "Inspection des installations classées"),
        ],
    },
    {
        "title": "Conduire l'étude pré-opérationnelle d'une friche",
        "slug": "etude-pre-operationnelle-friche",
        "kind": "methode",
        "topics": [
            "conduite-de-projet",
            "pollution-des-sols",
            "connaissance-des-friches",
        ],
        "summary": "Avant de choisir un programme, la commune doit connaître son site : propriété, historique, état des sols et du bâti, réseaux, biodiversité, marché. Cette fiche propose un déroulé type de diagnostic et d'étude pré-opérationnelle.",
        "scope": "national",
        "last_reviewed": "2026-07-01",
        "next_review": "2027-07-01",
        "body": [
            section(
                "Pourquoi une étude pré-opérationnelle ?",
                "<p>La plupart des projets sur friche qui échouent butent sur une surprise découverte trop tard : pollution, amiante, propriété morcelée, programme sans débouché. L'étude pré-opérationnelle sert à <strong>réduire ces incertitudes</strong> avant d'engager des dépenses lourdes, et à établir un bilan d'aménagement crédible pour les financeurs.</p>",
            ),
            section(
                "Les volets du diagnostic",
                "<ul><li><strong>foncier et juridique</strong> : propriétaires, servitudes, situation au regard des installations classées ;</li><li><strong>historique</strong> : activités successives, produits utilisés, recherche dans les bases nationales d'anciens sites industriels ;</li><li><strong>sols et eaux souterraines</strong> : diagnostic par un bureau d'études spécialisé, avec sondages ciblés ;</li><li><strong>bâti</strong> : état structurel, repérage de l'amiante et du plomb avant travaux ou démolition, potentiel de réemploi ;</li><li><strong>réseaux, accès, risques naturels</strong> ;</li><li><strong>biodiversité</strong> : inventaire naturaliste sur un cycle saisonnier.</li></ul>",
            ),
            section(
                "De la connaissance au projet",
                "<p>Sur cette base, comparez deux ou trois scénarios de programme, avec pour chacun un coût de remise en état, un bilan prévisionnel et les procédures nécessaires. Associez tôt les habitants et les futurs utilisateurs. Le cahier des charges de l'étude peut être rédigé avec l'appui d'une agence technique départementale, du Cerema ou de l'établissement public foncier.</p>",
            ),
            section(
                "Pièges à éviter",
                "<p>Ne sous-estimez pas la durée : certains inventaires ne peuvent se faire qu'à certaines saisons. Faites concorder l'usage futur retenu dans le plan de gestion de la pollution avec le programme réel, sous peine de devoir reprendre les études.</p>",
            ),
            contact("Agence technique départementale", "Chargé de mission aménagement"),
        ],
    },
    {
        "title": "Rendre une friche constructible : PLU, OAP et outils fonciers",
        "slug": "plu-oap-friche-constructible",
        "kind": "methode",
        "topics": ["urbanisme-et-foncier", "conduite-de-projet"],
        "summary": "Un projet de réaménagement sur friche suppose un zonage et des règles adaptés. Zonage du PLU, orientations d'aménagement et de programmation, droit de préemption et procédures d'évolution du document : les outils à mobiliser et dans quel ordre.",
        "scope": "national",
        "last_reviewed": "2026-08-27",
        "next_review": "2027-08-27",
        "body": [
            section(
                "Vérifier ce que permet le document actuel",
                "<p>Commencez par relire le <strong>plan local d'urbanisme</strong> (communal ou intercommunal) : une ancienne zone d'activités est souvent classée en zone économique qui interdit le logement. Les servitudes d'utilité publique, les plans de prévention des risques et les éventuels secteurs d'information sur les sols s'appliquent aussi au site.</p>",
            ),
            section(
                "Les outils réglementaires",
                "<ul><li><strong>zonage et règlement</strong> : reclasser le site dans une zone compatible avec le programme, ajuster hauteurs, densités et stationnement ;</li><li><strong>orientations d'aménagement et de programmation (OAP)</strong> : fixer les principes du projet (accès, espaces verts, mixité, phasage) sans figer le plan masse ;</li><li><strong>emplacements réservés</strong> pour les voies ou équipements publics à créer.</li></ul>",
            ),
            section(
                "Les outils fonciers",
                "<p>Le <strong>droit de préemption urbain</strong> permet à la commune d'être informée des ventes et de se porter acquéreur ; une zone d'aménagement différé peut être créée sur un périmètre plus large. Pour des situations bloquées, l'expropriation pour cause d'utilité publique ou la procédure de bien en état d'abandon manifeste peuvent être envisagées. Un établissement public foncier peut assurer l'acquisition et le portage.</p>",
            ),
            section(
                "Choisir la bonne procédure",
                "<p>Selon l'ampleur du changement, le PLU évolue par modification, modification simplifiée, révision ou déclaration de projet emportant mise en compatibilité. Les délais vont de quelques mois à plus d'un an : engagez la procédure dès que le programme est stabilisé, en lien avec le service planification de la DDT.</p>",
            ),
            link("Code de l'urbanisme sur Légifrance", LEGIFRANCE),
            contact(
                "Direction départementale des territoires (DDT)",
                "Service planification et urbanisme",
            ),
        ],
    },
    {
        "title": "Urbanisme transitoire : occuper une friche en attendant le projet",
        "slug": "urbanisme-transitoire",
        "kind": "methode",
        "topics": ["conduite-de-projet", "urbanisme-et-foncier"],
        "summary": "Entre la fermeture d'un site et son réaménagement s'écoulent souvent plusieurs années. Des usages temporaires (associations, ateliers, jardins, événements) évitent la dégradation, font connaître le lieu et testent la programmation future.",
        "scope": "national",
        "last_reviewed": "2026-09-10",
        "next_review": "2027-09-10",
        "body": [
            section(
                "De quoi s'agit-il ?",
                "<p>L'<strong>urbanisme transitoire</strong> consiste à ouvrir une friche à des occupations temporaires pendant la phase d'études et de procédures. Il peut s'agir d'ateliers d'artisans ou d'artistes, de locaux associatifs, d'une ressourcerie, de jardins ou d'une programmation culturelle saisonnière.</p>",
            ),
            section(
                "Ce que la commune y gagne",
                "<ul><li>un site gardé et entretenu plutôt que squatté ou vandalisé ;</li><li>une image renouvelée du lieu auprès des habitants ;</li><li>un <strong>test grandeur nature</strong> des usages qui pourront être pérennisés dans le projet définitif.</li></ul>",
            ),
            section(
                "Comment procéder ?",
                "<p>Commencez par un diagnostic de sécurité : état des structures, amiante, compatibilité des sols avec l'usage envisagé, accès des secours. Lorsque du public est accueilli, les règles des établissements recevant du public s'appliquent. Choisissez ensuite l'occupant, souvent par un appel à manifestation d'intérêt, et formalisez la relation par une <strong>convention d'occupation temporaire</strong> précisant la durée, la redevance, l'entretien, les assurances et les conditions de départ.</p>",
            ),
            section(
                "Pièges fréquents",
                "<p>Une occupation réussie crée des attentes : annoncez dès le départ sa durée et son articulation avec le calendrier du projet. Prévoyez un budget minimal de mise en sécurité et désignez un interlocuteur unique côté commune.</p>",
            ),
            contact(
                "Conseil d'architecture, d'urbanisme et de l'environnement (CAUE)",
                "Architecte conseiller",
            ),
        ],
    },
    {
        "title": "Friches et biodiversité : intégrer la nature au projet",
        "slug": "friches-biodiversite",
        "kind": "methode",
        "topics": ["biodiversite-et-renaturation", "conduite-de-projet"],
        "summary": "Une friche laissée à l'abandon se couvre de végétation spontanée et peut abriter des espèces protégées. Inventorier tôt, appliquer la séquence éviter-réduire-compenser et envisager la renaturation d'une partie du site sécurise le projet.",
        "scope": "national",
        "last_reviewed": "2026-06-24",
        "next_review": "2027-06-24",
        "body": [
            section(
                "Pourquoi s'en préoccuper ?",
                "<p>Après quelques années sans activité, une friche devient souvent un <strong>refuge pour la faune et la flore</strong> : reptiles sur les zones minérales, oiseaux nicheurs dans les bâtiments, chauves-souris, plantes pionnières. La présence d'une espèce protégée peut imposer une demande de dérogation, et donc des délais, si elle n'a pas été anticipée.</p>",
            ),
            section(
                "Comment procéder ?",
                "<ul><li>faire réaliser un <strong>inventaire naturaliste</strong> couvrant les différentes saisons ;</li><li>appliquer la séquence <strong>éviter, réduire, compenser</strong> : préserver les secteurs les plus riches, adapter le calendrier des travaux aux périodes sensibles, ne compenser qu'en dernier recours ;</li><li>repérer et traiter les espèces exotiques envahissantes, dont la dispersion par les terres excavées est un risque réel.</li></ul>",
            ),
            section(
                "La renaturation comme option",
                "<p>Tout ou partie d'une friche peut être rendue à la nature : désimperméabilisation, reconstitution de sols fertiles, parc, zone d'expansion de crue ou continuité écologique. Ce choix contribue à la trajectoire de zéro artificialisation nette et peut être soutenu par le Fonds vert. Il suppose de vérifier que l'état des sols est compatible avec l'usage retenu.</p>",
            ),
            section(
                "Points de vigilance",
                "<p>Un projet qui présente la nature comme simple décor après coup convainc rarement. Intégrez l'écologue dès l'esquisse et prévoyez la gestion des espaces naturels dans la durée.</p>",
            ),
            link("Ministère de la Transition écologique", ECOLOGIE),
            contact(
                "Office français de la biodiversité (OFB)", "Service départemental"
            ),
        ],
    },
    {
        "title": "Action cœur de ville et Petites villes de demain : financer la reconquête des centres",
        "slug": "action-coeur-de-ville-petites-villes-de-demain",
        "kind": "financement",
        "topics": ["financement-du-projet", "conduite-de-projet"],
        "summary": "Les programmes Action cœur de ville (villes moyennes) et Petites villes de demain (communes de moins de 20 000 habitants) mobilisent l'État et ses partenaires pour revitaliser les centres. Les friches commerciales et urbaines de centre-ville en sont un levier.",
        "scope": "national",
        "last_reviewed": "2026-04-28",
        "next_review": "2027-04-28",
        "body": [
            section(
                "De quoi s'agit-il ?",
                "<p><strong>Action cœur de ville</strong>, lancé en 2018, accompagne des villes moyennes dans la revitalisation de leur centre. <strong>Petites villes de demain</strong>, lancé fin 2020, vise des communes de moins de 20 000 habitants exerçant des fonctions de centralité pour leur bassin de vie. Les deux programmes sont pilotés par l'Agence nationale de la cohésion des territoires (ANCT) avec des partenaires comme la Banque des Territoires, l'Anah et le Cerema.</p>",
            ),
            section(
                "Ce qu'ils apportent",
                "<ul><li>un soutien à l'ingénierie, notamment le financement d'un chef de projet ;</li><li>un accès facilité aux financements des partenaires pour les études et les opérations ;</li><li>l'<strong>opération de revitalisation de territoire (ORT)</strong>, créée par la loi ELAN de 2018, qui ouvre des outils juridiques et fiscaux renforcés sur le périmètre retenu.</li></ul>",
            ),
            section(
                "Et les friches ?",
                "<p>Îlots dégradés, anciens commerces vacants, bâtiments publics désaffectés : ces friches de centre-ville peuvent être intégrées à la convention du programme et à l'ORT. Elles bénéficient alors d'une approche d'ensemble (habitat, commerce, espaces publics) plutôt que d'un traitement au cas par cas.</p>",
            ),
            section(
                "Comment en bénéficier ?",
                "<p>Les communes sont retenues par vagues successives, sur proposition du préfet. Si votre commune est déjà lauréate, inscrivez le site dans la convention-cadre ; sinon, rapprochez-vous de la préfecture pour connaître les dispositifs ouverts.</p>",
            ),
            figure(
                "2018",
                "lancement d'Action cœur de ville",
                "Petites villes de demain a suivi fin 2020.",
            ),
            contact("Préfecture de département", "Délégué territorial de l'ANCT"),
        ],
    },
    {
        "title": "D'une usine textile à un quartier mixte : exemple type de reconversion",
        "slug": "reconversion-usine-exemple-type",
        "kind": "retour-experience",
        "topics": ["conduite-de-projet", "pollution-des-sols", "financement-du-projet"],
        "summary": "École, logements et jardin public sur le site d'une ancienne filature : cet exemple type, composé à partir de situations courantes, retrace les étapes du réaménagement d'une friche industrielle par une commune de 8 000 habitants et ses partenaires.",
        "scope": ["59", "62"],
        "last_reviewed": "2026-11-02",
        "next_review": "2027-11-02",
        "body": [
            section(
                "Le point de départ",
                "<p><em>Exemple type, non rattaché à une commune réelle.</em> Une filature fermée depuis une quinzaine d'années occupe un îlot entier près de la gare. Les bâtiments en brique se dégradent, le site est régulièrement squatté et figure déjà dans l'inventaire des friches. L'ancien exploitant a disparu sans avoir achevé la remise en état.</p>",
            ),
            section(
                "Les étapes du projet",
                "<ul><li><strong>maîtrise foncière</strong> : convention avec l'établissement public foncier, qui acquiert le site et assure la sécurisation ;</li><li><strong>diagnostics</strong> : étude historique, sondages de sols révélant des hydrocarbures localisés, repérage de l'amiante, inventaire naturaliste ;</li><li><strong>programme</strong> : conservation de la halle principale pour accueillir une École et une salle associative, démolition des annexes, logements en accession et en locatif social, jardin public sur la partie la plus polluée, traitée par recouvrement ;</li><li><strong>urbanisme</strong> : modification du PLU et OAP sur l'îlot ;</li><li><strong>financement</strong> : aide au recyclage foncier pour le déficit, dotations d'investissement pour l'équipement scolaire, charge foncière payée par les bailleurs et promoteurs.</li></ul>",
            ),
            section(
                "Ce qu'il faut en retenir",
                "<p>Le projet a pris près de dix ans entre la première étude et la livraison. Trois facteurs ont compté : un portage foncier qui a donné du temps, des diagnostics réalisés avant d'arrêter le programme, et un usage transitoire (ateliers d'artistes) qui a maintenu le lien avec les habitants.</p>",
            ),
            contact("Établissement public foncier compétent", "Chargé d'opérations"),
        ],
    },
    {
        "title": "Réaménagement d'une friche commerciale en entrée de ville : exemple type",
        "slug": "friche-commerciale-entree-de-ville-exemple-type",
        "kind": "retour-experience",
        "topics": [
            "urbanisme-et-foncier",
            "biodiversite-et-renaturation",
            "conduite-de-projet",
        ],
        "summary": "Un ancien supermarché vide et son parking bordent la route d'entrée d'une petite ville. Cet exemple type montre comment une intercommunalité combine désimperméabilisation, relocalisation d'activités et habitat sur une friche commerciale.",
        "scope": ["33", "47"],
        "last_reviewed": "2026-05-06",
        "next_review": "2027-05-06",
        "body": [
            section(
                "Le contexte",
                "<p><em>Exemple type, composé à partir de situations fréquentes.</em> Après le déménagement d'une grande surface vers un nouveau pôle commercial, restent un bâtiment vide, un vaste parking imperméable et des cellules commerciales en déclin. Le site n'a pas accueilli d'activité polluante notable, mais un ancien poste de distribution de carburant doit être diagnostiqué.</p>",
            ),
            section(
                "La démarche suivie",
                "<ul><li>repérage des friches commerciales de l'intercommunalité pour éviter d'en créer de nouvelles ailleurs ;</li><li>négociation avec l'enseigne propriétaire, puis acquisition par un opérateur public ;</li><li>programme mixte : petits locaux d'activités artisanales, logements, et <strong>désimperméabilisation</strong> d'une grande partie du parking transformée en espace planté gérant les eaux pluviales ;</li><li>requalification de la voie d'entrée de ville, avec piste cyclable.</li></ul>",
            ),
            section(
                "Enseignements",
                "<p>Le coût de démolition et de désimperméabilisation a été compensé en partie par le Fonds vert et par la valorisation des droits à construire. L'intercommunalité a, en parallèle, limité dans son document d'urbanisme les nouvelles surfaces commerciales en périphérie : sans cette cohérence, la friche aurait risqué de se reformer un peu plus loin.</p>",
            ),
            contact(
                "Intercommunalité", "Service urbanisme et développement économique"
            ),
        ],
    },
]

PONTS_SHEETS = [
    {
        "title": "Le Programme national Ponts",
        "slug": "programme-national-ponts",
        "kind": "outil",
        "topics": ["surveillance-et-inspection", "financement"],
        "summary": "Lancé en 2021 dans le cadre de France Relance et confié au Cerema, le Programme national Ponts aide les petites communes à recenser leurs ponts et murs, puis à connaître leur état grâce à des visites réalisées sans frais pour elles.",
        "scope": "national",
        "last_reviewed": "2026-02-18",
        "next_review": "2026-08-31",
        "body": [
            section(
                "Pourquoi ce programme ?",
                "<p>Après l'effondrement du viaduc de Gênes en 2018, une mission d'information du Sénat a souligné en 2019 que de nombreuses communes ne connaissaient ni le nombre ni l'état des ponts dont elles ont la charge. Faute de services techniques, beaucoup n'avaient jamais fait inspecter leurs ouvrages. Le <strong>Programme national Ponts</strong> a été créé pour combler ce manque de connaissance.</p>",
            ),
            section(
                "Comment il fonctionne",
                "<ul><li><strong>recensement</strong> : identification, avec la commune, des ponts et des murs de soutènement situés sur son domaine ;</li><li><strong>évaluation</strong> : visite de chaque ouvrage par un bureau d'études mandaté, avec photographies et description des désordres ;</li><li><strong>restitution</strong> : remise à la commune d'un carnet de santé par ouvrage, indiquant son état et les actions recommandées.</li></ul>",
            ),
            section(
                "Pour qui ?",
                "<p>Le programme s'adresse en priorité aux communes qui ne disposent pas de l'ingénierie nécessaire, le plus souvent rurales. Il a fonctionné par vagues successives d'inscription, pilotées par le Cerema avec l'appui des préfectures et des associations d'élus.</p>",
            ),
            section(
                "Et après ?",
                "<p>Le carnet de santé n'est pas une fin : c'est le point de départ d'une surveillance régulière et d'un programme d'entretien. Les ouvrages signalés en mauvais état doivent faire l'objet d'une expertise complémentaire et, si besoin, de mesures de sécurité immédiates.</p>",
            ),
            figure(
                "2021",
                "lancement du programme dans le plan France Relance",
                "Programme mis en œuvre par le Cerema pour le compte de l'État.",
            ),
            link("Site du Cerema", CEREMA),
            contact("Cerema", "Direction territoriale, équipe ouvrages d'art"),
        ],
    },
    {
        "title": "Surveiller ses ouvrages d'art : les principes de l'ITSEOA",
        "slug": "itseoa-principes-surveillance",
        "kind": "reglementation",
        "topics": ["surveillance-et-inspection", "responsabilites-du-maire"],
        "summary": "L'instruction technique pour la surveillance et l'entretien des ouvrages d'art (ITSEOA) organise la surveillance des ponts du réseau routier national. Elle n'est pas imposée aux communes, mais ses principes sont la référence pour bâtir une surveillance proportionnée.",
        "scope": "national",
        "last_reviewed": "2026-03-30",
        "next_review": "2027-03-30",
        "body": [
            section(
                "De quoi s'agit-il ?",
                "<p>L'<strong>ITSEOA</strong> est le texte de référence de l'État pour la surveillance et l'entretien des ouvrages d'art de son réseau routier. Apparue à la fin des années 1970 et révisée depuis, elle s'accompagne de fascicules techniques par type d'ouvrage. Les collectivités ne sont pas tenues de l'appliquer, mais elle sert de base aux bonnes pratiques de tous les gestionnaires.</p>",
            ),
            section(
                "Les niveaux de surveillance",
                "<ul><li><strong>surveillance continue</strong> : observation courante par les agents qui parcourent la voirie, signalement de toute anomalie ;</li><li><strong>visites périodiques</strong> : contrôle visuel simple et régulier de l'ouvrage et de ses abords ;</li><li><strong>inspections détaillées</strong> : examen approfondi par un inspecteur qualifié, à une périodicité de plusieurs années adaptée à l'ouvrage ;</li><li><strong>inspections exceptionnelles</strong> : après une crue, un choc de véhicule, un séisme ou l'apparition d'un désordre inquiétant.</li></ul>",
            ),
            section(
                "Transposer à l'échelle d'une commune",
                "<p>Une petite commune peut s'inspirer de cette logique sans en reprendre toute la lourdeur : tenir un inventaire et un dossier par ouvrage, organiser une visite simple régulière par un agent ou un élu formé, confier des inspections détaillées à un bureau d'études ou à une agence technique pour les ouvrages importants ou dégradés, et consigner chaque intervention.</p>",
            ),
            section(
                "Pourquoi c'est important",
                "<p>Une surveillance documentée permet de programmer l'entretien avant que les réparations ne deviennent lourdes, et montre que la commune a pris les mesures raisonnables qu'on attend d'un gestionnaire de voirie.</p>",
            ),
            link("Ressources ouvrages d'art du Cerema", CEREMA),
            contact("Cerema", "Centre technique ouvrages d'art"),
        ],
    },
    {
        "title": "Recensement et carnet de santé des ouvrages communaux",
        "slug": "recensement-carnet-de-sante",
        "kind": "outil",
        "topics": ["surveillance-et-inspection", "entretien-et-travaux"],
        "summary": "Savoir combien de ponts et de murs la commune possède, où ils sont et dans quel état : c'est le socle de toute gestion. Cette fiche explique comment constituer l'inventaire et tenir à jour un carnet de santé par ouvrage.",
        "scope": "national",
        "last_reviewed": "2026-07-14",
        "next_review": "2027-07-14",
        "body": [
            section(
                "Pourquoi un inventaire ?",
                "<p>Beaucoup de communes découvrent un ouvrage oublié lors d'un incident : petit pont sur un ruisseau, buse de grande dimension, mur qui soutient un chemin. L'<strong>inventaire</strong> recense tous les ouvrages situés sur les voies communales et les chemins ruraux, avec leur localisation, leur type, leurs dimensions et leur propriétaire présumé.</p>",
            ),
            section(
                "Ce que contient le carnet de santé",
                "<ul><li>une fiche d'identité : matériaux, nombre d'arches ou de travées, cours d'eau ou voie franchie, date de construction si connue ;</li><li>les photographies de référence, vue d'ensemble et détails ;</li><li>les désordres constatés à chaque visite et leur évolution ;</li><li>les travaux réalisés, avec dates, entreprises et coûts ;</li><li>les éventuelles restrictions de circulation en vigueur.</li></ul>",
            ),
            section(
                "Comment le tenir à jour ?",
                "<p>Partez des carnets remis par le Programme national Ponts lorsqu'ils existent. Désignez un référent (élu ou agent) et fixez un rythme de visite, au minimum après chaque épisode de crue. Un tableur ou un outil cartographique suffit ; l'essentiel est de <strong>conserver l'historique</strong> et de pouvoir le transmettre lors d'un changement d'équipe municipale.</p>",
            ),
            section(
                "Points de vigilance",
                "<p>La propriété d'un ouvrage n'est pas toujours évidente (route départementale, canal, voie ferrée, particulier) : notez les doutes et clarifiez-les avec les gestionnaires voisins plutôt que de les laisser en suspens.</p>",
            ),
            contact(
                "Agence technique départementale", "Service voirie et ouvrages d'art"
            ),
        ],
    },
    {
        "title": "Inspection visuelle et classement de l'état d'un pont",
        "slug": "inspection-visuelle-classement-etat",
        "kind": "methode",
        "topics": ["surveillance-et-inspection"],
        "summary": "Une visite visuelle bien menée repère la plupart des désordres. Les gestionnaires classent ensuite l'état des ouvrages selon des échelles inspirées de la méthode IQOA de l'État, qui distinguent simple entretien, réparation et urgence.",
        "scope": "national",
        "last_reviewed": "2026-09-03",
        "next_review": "2027-09-03",
        "body": [
            section(
                "Mener une visite visuelle",
                "<p>Munissez-vous du carnet de santé, d'un appareil photo et si possible de jumelles. Observez l'ouvrage de dessus puis, quand c'est possible sans danger, depuis les berges :</p><ul><li><strong>chaussée et abords</strong> : affaissements, fissures transversales, joints ouverts ;</li><li><strong>parapets et garde-corps</strong> : pierres déplacées, éléments manquants, chocs ;</li><li><strong>voûtes, tabliers et piles</strong> : fissures, pierres tombées, éclatements du béton, armatures visibles, traces d'humidité ;</li><li><strong>fondations et lit du cours d'eau</strong> : cavités au pied des appuis, embâcles, érosion des berges.</li></ul>",
            ),
            section(
                "Classer l'état : la logique IQOA",
                "<p>Pour son réseau, l'État utilise la méthode <strong>IQOA</strong> (image qualité des ouvrages d'art), qui range chaque ouvrage dans une classe allant du bon état apparent à une structure gravement altérée nécessitant des travaux urgents, avec des classes intermédiaires pour l'entretien spécialisé et la réparation. Une mention complémentaire signale les défauts qui menacent la sécurité des usagers. Les collectivités utilisent souvent des grilles comparables, plus simples.</p>",
            ),
            section(
                "Limites de l'exercice",
                "<p>Un classement issu d'une visite visuelle reste une appréciation : il ne remplace ni un calcul de capacité portante ni une inspection détaillée. Un désordre qui évolue entre deux visites est un signal plus important que sa taille. En cas de doute sérieux, faites appel à un spécialiste sans attendre.</p>",
            ),
            contact("Cerema", "Direction territoriale, équipe ouvrages d'art"),
        ],
    },
    {
        "title": "DETR et DSIL : financer la réparation des ponts communaux",
        "slug": "detr-dsil-ponts",
        "kind": "financement",
        "topics": ["financement", "entretien-et-travaux"],
        "summary": "La dotation d'équipement des territoires ruraux (DETR) et la dotation de soutien à l'investissement local (DSIL) sont les principales aides de l'État pour les travaux communaux. La sécurisation d'un ouvrage d'art entre souvent dans leurs priorités.",
        "scope": "national",
        "last_reviewed": "2026-01-29",
        "next_review": "2026-11-30",
        "body": [
            section(
                "Deux dotations, deux logiques",
                "<p>La <strong>DETR</strong> est réservée aux communes et groupements ruraux répondant à des critères de population et de richesse. Le préfet de département attribue les subventions après avis d'une commission d'élus qui fixe les catégories d'opérations prioritaires et les taux. La <strong>DSIL</strong> est ouverte plus largement aux communes et intercommunalités et finance des priorités nationales, parmi lesquelles la mise aux normes et la sécurisation des équipements publics ; elle est gérée au niveau régional.</p>",
            ),
            section(
                "Constituer un dossier solide",
                "<ul><li>un diagnostic ou une inspection décrivant les désordres et justifiant les travaux ;</li><li>un estimatif détaillé, idéalement établi par un maître d'œuvre ;</li><li>un plan de financement faisant apparaître les autres aides sollicitées (département, région) ;</li><li>une délibération du conseil municipal et un calendrier.</li></ul>",
            ),
            section(
                "Calendrier et pièges",
                "<p>Les appels à dossiers sont lancés en général en fin ou en début d'année. Sauf autorisation, les travaux ne doivent pas commencer avant le dépôt du dossier complet. Le cumul des aides publiques est plafonné et un reste à charge minimal est exigé de la commune. Les règles évoluent avec chaque loi de finances : vérifiez la circulaire de votre préfecture de l'année en cours.</p>",
            ),
            section(
                "Bon réflexe",
                "<p>En cas de danger avéré, engagez d'abord les mesures de sécurité (limitation, fermeture) : elles ne dépendent pas de l'obtention d'une subvention.</p>",
            ),
            contact(
                "Préfecture de département", "Bureau des dotations aux collectivités"
            ),
        ],
    },
    {
        "title": "Pouvoirs de police du maire et responsabilité sur la voirie communale",
        "slug": "police-du-maire-voirie",
        "kind": "reglementation",
        "topics": ["responsabilites-du-maire"],
        "summary": "L'entretien des voies communales est une dépense obligatoire et le maire détient la police de la circulation. En cas de pont dégradé, il doit prendre les mesures nécessaires à la sécurité des usagers ; à défaut, la responsabilité de la commune, voire la sienne, peut être recherchée.",
        "scope": "national",
        "last_reviewed": "2026-10-20",
        "next_review": "2027-10-20",
        "body": [
            section(
                "Ce que dit le droit",
                "<p>Le code général des collectivités territoriales range l'<strong>entretien des voies communales</strong> parmi les dépenses obligatoires de la commune. Le maire exerce la <strong>police municipale</strong>, qui comprend la sûreté et la commodité du passage sur les voies publiques, et la <strong>police de la circulation</strong> sur les routes situées dans l'agglomération ainsi que sur les voies communales hors agglomération. Un pont qui porte une voie communale en est une dépendance.</p>",
            ),
            section(
                "Quelles responsabilités ?",
                "<ul><li><strong>responsabilité administrative de la commune</strong> : un usager victime d'un accident peut invoquer un défaut d'entretien normal de l'ouvrage public ;</li><li><strong>responsabilité pénale</strong> : pour un délit non intentionnel dont il n'est pas l'auteur direct, elle suppose une faute caractérisée ou la violation manifestement délibérée d'une obligation de sécurité ; ignorer un danger connu et signalé est le scénario à éviter.</li></ul>",
            ),
            section(
                "Les bons réflexes",
                "<p>Connaître ses ouvrages, faire suivre tout signalement d'une vérification, conserver la trace des visites, des expertises et des décisions, et prendre sans délai un arrêté de police lorsque la sécurité est en jeu. Informez le conseil municipal de l'état du patrimoine pour que les crédits d'entretien soient votés en connaissance de cause.</p>",
            ),
            section(
                "Cas particuliers",
                "<p>Sur une route départementale traversant l'agglomération, l'entretien de l'ouvrage relève en principe du département, mais la police de la circulation reste au maire : une coordination étroite est indispensable.</p>",
            ),
            link(
                "Code général des collectivités territoriales sur Légifrance",
                LEGIFRANCE,
            ),
            contact("Association départementale des maires", "Service juridique"),
        ],
    },
    {
        "title": "Limiter le tonnage ou fermer un pont : la procédure",
        "slug": "limitation-tonnage-fermeture",
        "kind": "methode",
        "topics": ["responsabilites-du-maire", "surveillance-et-inspection"],
        "summary": "Quand un pont montre des signes de faiblesse, le maire peut limiter le poids des véhicules ou fermer l'ouvrage par arrêté. Étapes, signalisation, information des usagers et des services de secours : la marche à suivre.",
        "scope": "national",
        "last_reviewed": "2026-08-11",
        "next_review": "2027-08-11",
        "body": [
            section(
                "Quand agir ?",
                "<p>Une fissure qui s'ouvre, une pierre tombée d'une voûte, un affouillement visible au pied d'une pile ou un avis d'expert défavorable sont autant de signaux qui justifient une mesure de police. <strong>En cas de danger grave ou imminent</strong>, la fermeture immédiate prime sur toute autre considération ; l'expertise vient ensuite.</p>",
            ),
            section(
                "Les étapes",
                "<ol><li>sécuriser sur place (barrières, balisage) si le danger est immédiat ;</li><li>solliciter un avis technique (agence technique départementale, bureau d'études, Cerema) pour fixer la mesure adaptée : limitation de tonnage, de gabarit, de vitesse, circulation alternée ou fermeture ;</li><li>prendre un <strong>arrêté municipal motivé</strong> précisant la mesure, son périmètre et sa date d'effet ;</li><li>poser la signalisation réglementaire en amont, avec présignalisation et itinéraire de déviation adapté aux véhicules concernés ;</li><li>informer les services de secours, les transporteurs scolaires, les exploitations agricoles et entreprises locales, les communes voisines et, si besoin, le département.</li></ol>",
            ),
            section(
                "Faire respecter et suivre la mesure",
                "<p>Une limitation de tonnage n'est efficace que si elle est visible et contrôlée ; sur un ouvrage très fragile, des dispositifs physiques (portiques, rétrécissements) peuvent s'imposer. Revoyez la mesure après chaque nouvelle expertise et tenez le carnet de santé à jour.</p>",
            ),
            section(
                "Pièges fréquents",
                "<p>Oublier les engins agricoles ou les véhicules de secours dans la conception de la déviation ; laisser une limitation provisoire en place pendant des années sans programme de travaux.</p>",
            ),
            contact("Agence technique départementale", "Ingénieur ouvrages d'art"),
        ],
    },
    {
        "title": "Cerema et agences techniques départementales : qui peut aider la commune ?",
        "slug": "cerema-agences-techniques-departementales",
        "kind": "acteur",
        "topics": ["surveillance-et-inspection", "entretien-et-travaux"],
        "summary": "Depuis la fin de l'assistance technique de l'État aux petites communes, l'ingénierie publique passe surtout par les agences techniques départementales et par le Cerema, auquel les collectivités peuvent adhérer depuis la loi 3DS.",
        "scope": "national",
        "last_reviewed": "2026-05-12",
        "next_review": "2027-05-12",
        "body": [
            section(
                "Le Cerema",
                "<p>Le <strong>Cerema</strong> (Centre d'études et d'expertise sur les risques, l'environnement, la mobilité et l'aménagement) est un établissement public créé en 2014, qui réunit une expertise nationale reconnue en ouvrages d'art. Il produit des guides et des méthodes, forme les gestionnaires et a piloté le Programme national Ponts. Depuis la <strong>loi 3DS de 2022</strong>, les collectivités peuvent adhérer au Cerema et lui confier des missions sans mise en concurrence, dans un cadre de quasi-régie.</p>",
            ),
            section(
                "Les agences techniques départementales",
                "<p>Créées par le département, les communes et les intercommunalités qui le souhaitent, les <strong>agences techniques départementales</strong> apportent à leurs adhérents une assistance technique, juridique ou financière. Leur nom et leur offre varient d'un département à l'autre : certaines disposent d'une compétence ouvrages d'art, d'autres orientent vers des partenaires.</p>",
            ),
            section(
                "Ce que la commune peut leur demander",
                "<ul><li>un premier avis sur un désordre signalé ;</li><li>l'aide à la rédaction d'un cahier des charges d'inspection ou de diagnostic ;</li><li>une assistance à maîtrise d'ouvrage pour les travaux ;</li><li>des formations à la surveillance courante pour les agents et élus.</li></ul>",
            ),
            section(
                "Comment s'y retrouver ?",
                "<p>Commencez par le conseil départemental, qui sait si une agence existe et ce qu'elle propose. Les directions territoriales du Cerema peuvent intervenir sur les cas complexes. Les bureaux d'études privés restent indispensables pour les inspections détaillées et la maîtrise d'œuvre.</p>",
            ),
            figure(
                "2014",
                "fin de l'assistance technique de l'État (ATESAT)",
                "Année de disparition de cette aide aux petites communes et de création du Cerema.",
            ),
            link("Site du Cerema", CEREMA),
            contact("Conseil départemental", "Agence technique départementale"),
        ],
    },
    {
        "title": "Murs de soutènement : à qui appartient le mur ?",
        "slug": "murs-de-soutenement-propriete",
        "kind": "reglementation",
        "topics": ["murs-de-soutenement", "responsabilites-du-maire"],
        "summary": "Un mur qui borde une voie communale peut appartenir à la commune ou au riverain. Aucune règle unique ne tranche : la fonction du mur, les titres de propriété et l'histoire de l'ouvrage guident l'analyse, avec des conséquences directes sur l'entretien.",
        "scope": "national",
        "last_reviewed": "2026-06-02",
        "next_review": "2027-06-02",
        "body": [
            section(
                "Pourquoi la question se pose",
                "<p>Dans les communes de relief, les routes sont bordées de <strong>murs de soutènement</strong>, souvent anciens et en pierre sèche. Quand l'un d'eux se bombe ou s'effondre, la première question est : qui doit payer ? La réponse dépend de la propriété du mur, rarement documentée.</p>",
            ),
            section(
                "Les critères utilisés",
                "<ul><li><strong>la fonction du mur</strong> : s'il soutient la chaussée, la jurisprudence administrative tend à le regarder comme un accessoire de la voie, donc comme relevant de la collectivité qui la gère ; s'il retient un terrain privé situé au-dessus de la route, il est plutôt présumé appartenir au propriétaire de ce terrain ;</li><li><strong>les titres</strong> : actes de propriété, plans d'alignement, documents de construction de la route ;</li><li><strong>l'histoire</strong> : qui a construit le mur, qui l'a entretenu jusqu'ici.</li></ul><p>Ces indices sont examinés ensemble ; le cadastre seul ne suffit pas.</p>",
            ),
            section(
                "Comment procéder ?",
                "<p>Inscrivez les murs dans l'inventaire communal avec leur statut présumé. En cas de doute sur un mur dégradé, réunissez les pièces, rencontrez le riverain et, si nécessaire, sollicitez un avis juridique. Quelle que soit la propriété, le maire doit prendre les <strong>mesures de police</strong> qu'impose la sécurité des usagers de la voie.</p>",
            ),
            section(
                "Point de vigilance",
                "<p>Des travaux réalisés par la commune sur un mur privé, sans convention, peuvent être interprétés plus tard comme une prise en charge. Formalisez toute intervention par écrit.</p>",
            ),
            contact("Association départementale des maires", "Service juridique"),
        ],
    },
    {
        "title": "Affouillement : contrôler les appuis d'un pont après une crue",
        "slug": "affouillement-apres-crue",
        "kind": "methode",
        "topics": [
            "crues-et-risques-naturels",
            "surveillance-et-inspection",
            "entretien-et-travaux",
        ],
        "summary": "L'affouillement, c'est-à-dire l'érosion du lit autour des fondations d'un pont, est l'une des premières causes d'effondrement. Après chaque crue, une visite ciblée des piles et culées permet de détecter le danger avant qu'il ne soit trop tard.",
        "scope": "national",
        "last_reviewed": "2026-10-14",
        "next_review": "2027-10-14",
        "body": [
            section(
                "Le phénomène",
                "<p>En crue, la vitesse du courant augmente autour des piles et des culées et creuse le lit. Les fondations anciennes, souvent peu profondes, peuvent alors être <strong>déchaussées</strong>. Le danger est sournois : la fosse se comble partiellement à la décrue et le désordre reste invisible depuis le tablier. Les embâcles (troncs, débris) coincés contre les piles aggravent fortement le phénomène.</p>",
            ),
            section(
                "Que contrôler après une crue ?",
                "<ul><li>cavités ou fosses au pied des piles et culées, pierres de fondation déplacées ;</li><li>enrochements de protection emportés ;</li><li>embâcles accumulés en amont de l'ouvrage ;</li><li>affaissement ou fissures nouvelles sur la chaussée et les parapets, basculement d'une pile ;</li><li>érosion des berges aux abords immédiats.</li></ul><p>Si un doute existe sur des fondations immergées, une <strong>inspection subaquatique</strong> ou un relevé du fond par un prestataire spécialisé s'impose.</p>",
            ),
            section(
                "Réagir et prévenir",
                "<p>En cas d'indice sérieux, limitez ou fermez la circulation sans attendre. Les travaux de confortement (enrochements, reprise en sous-œuvre) et l'enlèvement d'embâcles dans le lit relèvent le plus souvent de la réglementation sur l'eau : consultez le service de police de l'eau de la DDT avant d'intervenir, sauf urgence pour la sécurité.</p>",
            ),
            contact(
                "Direction départementale des territoires (DDT)",
                "Service police de l'eau",
            ),
        ],
    },
    {
        "title": "Épisodes méditerranéens : vigilance sur les ponts communaux",
        "slug": "episodes-mediterraneens-ponts",
        "kind": "methode",
        "topics": ["crues-et-risques-naturels", "responsabilites-du-maire"],
        "summary": "Dans le sud-est, les pluies intenses d'automne provoquent des crues très rapides sur les petits cours d'eau. Cette fiche aide les communes concernées à se préparer : repérage des ouvrages sensibles, fermetures préventives, visites après l'épisode.",
        "scope": ["07", "30", "34", "48"],
        "last_reviewed": "2026-09-22",
        "next_review": "2027-09-22",
        "body": [
            section(
                "Un risque propre au territoire",
                "<p>Les <strong>épisodes méditerranéens</strong>, appelés cévenols sur les reliefs des Cévennes, apportent en quelques heures des cumuls de pluie considérables, surtout en automne. Les ruisseaux montent très vite, charrient des arbres et des blocs, et submergent parfois les ponts les plus bas, dont certains sont conçus pour l'être (ponts submersibles, radiers).</p>",
            ),
            section(
                "Se préparer avant la saison",
                "<ul><li>identifier dans le plan communal de sauvegarde les ponts et radiers submersibles et les itinéraires de déviation ;</li><li>préparer barrières et panneaux pour des <strong>fermetures préventives</strong> rapides ;</li><li>dégager la végétation et les embâcles qui réduisent la section d'écoulement, dans le respect des règles de police de l'eau ;</li><li>suivre les vigilances de Météo-France et les informations de Vigicrues.</li></ul>",
            ),
            section(
                "Après l'épisode",
                "<p>Ne rouvrez un ouvrage submergé qu'après une <strong>visite de contrôle</strong> : stabilité des parapets, affouillement au pied des appuis, chaussée emportée. Photographiez les dégâts : ces éléments seront utiles pour une éventuelle reconnaissance de l'état de catastrophe naturelle et pour les demandes d'aides à la réparation des dégâts causés aux biens des collectivités.</p>",
            ),
            section(
                "Point de vigilance",
                "<p>La plupart des victimes de ces crues se trouvaient dans un véhicule : une fermeture préventive bien signalée vaut mieux qu'une réouverture hâtive.</p>",
            ),
            contact(
                "Préfecture de département",
                "Service interministériel de défense et de protection civiles",
            ),
        ],
    },
    {
        "title": "Entretenir un pont en maçonnerie : les gestes essentiels",
        "slug": "entretien-pont-maconnerie",
        "kind": "methode",
        "topics": ["entretien-et-travaux"],
        "summary": "Les ponts en pierre sont robustes mais craignent l'eau, la végétation et les réparations inadaptées. Débroussailler, drainer, rejointoyer au mortier de chaux : un entretien régulier et modeste évite des travaux lourds.",
        "scope": "national",
        "last_reviewed": "2026-04-07",
        "next_review": "2027-04-07",
        "body": [
            section(
                "Un patrimoine robuste mais sensible",
                "<p>Une grande partie des ponts communaux sont des <strong>voûtes en maçonnerie</strong> de pierre ou de brique, parfois plus que centenaires. Elles supportent bien les charges pour lesquelles elles ont été conçues, mais se dégradent lorsque l'eau s'infiltre, que des racines disjoignent les pierres ou que le remplissage se délave.</p>",
            ),
            section(
                "Les gestes d'entretien courant",
                "<ul><li><strong>maîtriser la végétation</strong> : couper arbustes et lierre sur les parements avant que les racines ne s'installent, sans arracher les souches prises dans la maçonnerie ;</li><li><strong>évacuer l'eau</strong> : curer les gargouilles, barbacanes et fossés, entretenir les caniveaux du tablier ;</li><li><strong>rejointoyer</strong> les joints dégradés avec un mortier à base de chaux, compatible avec la pierre ;</li><li><strong>surveiller les parapets</strong> et remettre en place les pierres déplacées.</li></ul>",
            ),
            section(
                "Erreurs à éviter",
                "<p>Un enduit ou un rejointoiement au ciment, trop rigide et peu perméable, piège l'humidité et accélère la dégradation de la pierre. Alourdir la chaussée par des rechargements successifs augmente la charge sur la voûte. Un élargissement ou l'accrochage de réseaux sur l'ouvrage doit toujours être étudié par un spécialiste.</p>",
            ),
            section(
                "Quand faire appel à un professionnel ?",
                "<p>Fissure dans la voûte, déformation du profil, bombement d'un mur en retour ou perte de pierres de la voûte : ces signes justifient un diagnostic par un bureau d'études spécialisé.</p>",
            ),
            contact(
                "Conseil d'architecture, d'urbanisme et de l'environnement (CAUE)",
                "Conseiller patrimoine",
            ),
        ],
    },
    {
        "title": "Réparer un pont en pierre dans une commune de 400 habitants : exemple type",
        "slug": "reparation-pont-pierre-exemple-type",
        "kind": "retour-experience",
        "topics": ["entretien-et-travaux", "financement", "responsabilites-du-maire"],
        "summary": "Un carnet de santé signale des désordres sur le pont en maçonnerie du village. Cet exemple type, composé à partir de situations courantes, suit la commune de la limitation de tonnage au chantier de réparation et à son financement.",
        "scope": ["15", "43"],
        "last_reviewed": "2026-11-10",
        "next_review": "2027-11-10",
        "body": [
            section(
                "La situation",
                "<p><em>Exemple type, non rattaché à une commune réelle.</em> Le pont à deux arches qui relie le bourg à plusieurs hameaux porte le trafic des engins agricoles et du car scolaire. Le carnet de santé remis à la commune relève des joints vidés, des pierres manquantes sur un parapet, de la végétation dans la voûte et un début d'affouillement au pied de la pile.</p>",
            ),
            section(
                "Les décisions de la commune",
                "<ul><li>visite conjointe avec l'agence technique départementale, qui recommande une <strong>limitation de tonnage</strong> provisoire ;</li><li>arrêté du maire, signalisation et information des agriculteurs et du transporteur scolaire, avec un itinéraire de substitution ;</li><li>diagnostic par un bureau d'études, puis consultation d'entreprises pour des travaux en deux lots : maçonnerie et protection de la pile par enrochements, après déclaration au titre de la loi sur l'eau.</li></ul>",
            ),
            section(
                "Financement et résultat",
                "<p>Les travaux ont été financés par la DETR, une aide du département et l'autofinancement communal. Réalisés en période de basses eaux, ils ont permis de lever la limitation. La commune a depuis inscrit une ligne annuelle d'entretien à son budget et programme une visite simple chaque printemps et après chaque crue.</p>",
            ),
            section(
                "Ce qu'il faut en retenir",
                "<p>Agir vite sur la sécurité, faire diagnostiquer avant de chiffrer, et anticiper les délais liés au cours d'eau : ce sont ces trois choix qui ont évité une fermeture durable.</p>",
            ),
            contact("Agence technique départementale", "Ingénieur ouvrages d'art"),
        ],
    },
    {
        "title": "Banque des Territoires : ingénierie et prêts pour les ouvrages d'art",
        "slug": "banque-des-territoires-ingenierie",
        "kind": "financement",
        "topics": ["financement"],
        "summary": "La Banque des Territoires, direction de la Caisse des Dépôts, peut cofinancer des études et de l'ingénierie et proposer des prêts de long terme aux collectivités pour leurs investissements, dont la remise en état des ponts et murs.",
        "scope": "national",
        "last_reviewed": "2026-03-05",
        "next_review": "2027-03-05",
        "body": [
            section(
                "De quoi s'agit-il ?",
                "<p>La <strong>Banque des Territoires</strong> regroupe depuis 2018 les activités de la Caisse des Dépôts au service des collectivités. Pour une commune confrontée à un patrimoine d'ouvrages vieillissant, elle intervient à deux niveaux : l'<strong>ingénierie</strong> en amont et le <strong>financement</strong> des travaux.</p>",
            ),
            section(
                "Ce qu'elle propose",
                "<ul><li>un cofinancement d'études (diagnostics, stratégie patrimoniale, programmation pluriannuelle), souvent dans le cadre de programmes nationaux comme Petites villes de demain ;</li><li>des <strong>prêts de long terme</strong> au secteur public local, dont la durée peut être adaptée à celle de vie des ouvrages ;</li><li>un accès à des ressources et à des partenaires d'ingénierie.</li></ul>",
            ),
            section(
                "Comment la solliciter ?",
                "<p>Contactez la direction régionale de la Banque des Territoires avec un projet décrit : état des ouvrages, travaux envisagés, plan de financement. Les aides et produits évoluent : faites préciser les conditions en vigueur, notamment les taux et les critères d'éligibilité.</p>",
            ),
            section(
                "Point de vigilance",
                "<p>Un prêt ne remplace pas les subventions : sollicitez d'abord la DETR, la DSIL et les aides départementales, puis calibrez l'emprunt sur le reste à charge, en tenant compte de la capacité de remboursement de la commune.</p>",
            ),
            contact(
                "Banque des Territoires",
                "Direction régionale, chargé de développement territorial",
            ),
        ],
    },
]

DEMO_SHEETS = {"friches": FRICHES_SHEETS, "ponts": PONTS_SHEETS}
