# Français (Canada), tel qu’il s’écrit au Québec. Définit exactement les mêmes messages que en.ftl.
#
# Point de départ : locales/fr.ftl (France). Ce qui diffère de fr.ftl, et pourquoi :
# - Typographie de l’Office québécois de la langue française : pas d’espace avant le
#   point-virgule, le point d’interrogation et le point d’exclamation (« Samedi; dimanche »);
#   espace insécable avant le deux-points et à l’intérieur des guillemets « », comme en France.
#   Source : pratique de l’OQLF reprise p. ex. par https://www.lacsq.org/actualite/ponctuation-et-espacement/
# - Vocabulaire québécois hors RGPD : « adresse courriel » au lieu d’« adresse électronique »;
#   « rappel » (lettre de rappel) au lieu de « relance ».
# - Destinataire : « personne responsable de la protection des renseignements personnels »,
#   titre que la Loi sur le privé (RLRQ, c. P-39.1, art. 3.1) donne à la personne que LinkedIn
#   désigne au Québec, suivi entre parenthèses du titre du RGPD (« délégué à la protection des
#   données »), car le même en-tête sert aux lettres fondées sur le RGPD.
# - Formule de politesse recommandée par l’OQLF : « Veuillez agréer, Madame, Monsieur, mes
#   salutations distinguées. »
# - Citations des lois canadiennes et québécoises selon l’usage juridique québécois (loi, RLRQ,
#   chapitre, « art. ») : « RLRQ, c. P-39.1, art. 12 » (le titre de la Loi sur le privé
#   figure déjà dans la phrase); « LPRPDE, annexe 1, art. 4.3.8 ».
# - Noms longs des lois étrangères traduits de façon descriptive avec l’abréviation d’origine.
# - Pluriel : les règles CLDR du français classent 0 dans « one » (« 0 jour »); la variante
#   [one] affiche donc { $days } et non « 1 ».
# Ce qui ne change pas : dans les messages fondés sur le RGPD (un Québécois peut y être soumis,
# p. ex. s’il réside dans l’UE), la terminologie officielle française du RGPD est conservée
# (« données à caractère personnel », « responsable du traitement », « délégué à la protection
# des données », « prospection », « limitation du traitement », « autorité de contrôle chef de
# file »); abréviation RGPD ([V] dans legal-facts.md); citations du Journal officiel de l’UE :
# « l’article 21, paragraphe 1, du RGPD ». Droit suisse : « l’art. 30, al. 2, let. b, LPD ».
# Dates : « le 23 novembre 2026 », « le 1er décembre 2026 »; ligne de date « Montréal, le
# 23 novembre 2026 ». Salutation « Madame, Monsieur, » suivie d’une majuscule.
# Le texte ne dépend pas du genre de l’auteur (aucun participe accordé à « je »).

lang-name = Français (Canada)

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = RGPD
# Same as English: nom officiel de la loi britannique.
law-uk-gdpr = UK GDPR
law-ch-fadp = LPD
# Same as English: abréviation de la loi britannique (Data Protection Act 2018).
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# « l’article 18, paragraphe 1, point d), du RGPD »; « l’article 19 du RGPD »;
# « l’article 12, paragraphe 3, et l’article 12A du UK GDPR »; « l’article 164A du DPA 2018 »
# (les « sections » britanniques sont rendues par « article »).

cite-eu-article = l’article { $number }
cite-eu-article-paragraph = l’article { $number }, paragraphe { $paragraph },
cite-eu-article-paragraphs = l’article { $number }, paragraphes { $paragraph } et { $second },
cite-eu-article-paragraph-point = l’article { $number }, paragraphe { $paragraph }, point { $point }),
cite-eu-section = l’article { $number }
cite-eu-section-paragraph = l’article { $number }, paragraphe { $paragraph },
cite-eu-section-paragraphs = l’article { $number }, paragraphes { $paragraph } et { $second },
cite-eu-section-paragraph-point = l’article { $number }, paragraphe { $paragraph }, point { $point }),
cite-eu-and = { $first } et { $second }
cite-eu-law = { $refs } du { $law }
# « l’art. 30, al. 2, let. b, LPD »; « l’art. 31 LPD »
cite-ch-article = l’art. { $number }
cite-ch-article-paragraph = l’art. { $number }, al. { $paragraph },
cite-ch-article-paragraphs = l’art. { $number }, al. { $paragraph } et { $second },
cite-ch-article-paragraph-point = l’art. { $number }, al. { $paragraph }, let. { $point },
cite-ch-section = l’art. { $number }
cite-ch-section-paragraph = l’art. { $number }, al. { $paragraph },
cite-ch-section-paragraphs = l’art. { $number }, al. { $paragraph } et { $second },
cite-ch-section-paragraph-point = l’art. { $number }, al. { $paragraph }, let. { $point },
cite-ch-and = { $first } et { $second }
# Same as English: « l’art. 30, al. 2, let. b, LPD » : renvoi et loi juxtaposés, comme en anglais.
cite-ch-law = { $refs } { $law }

## Dates

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
# « 23 décembre 2026 », mais « 1er décembre 2026 ».
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# The dateline: place and date, or the date alone (« Paris, le 23 novembre 2026 »).
dateline-with-place = { $place }, le { $date }
dateline-without-place = Le { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Autriche
jurisdiction-BE = Belgique
jurisdiction-BG = Bulgarie
# Same as English: le nom français est identique.
jurisdiction-CA = Canada
jurisdiction-CA-QC = Québec (Canada)
jurisdiction-CH = Suisse
jurisdiction-CY = Chypre
jurisdiction-CZ = Tchéquie
jurisdiction-DE = Allemagne
jurisdiction-DE-BB = Brandebourg (Allemagne)
jurisdiction-DE-BE = Berlin (Allemagne)
jurisdiction-DE-BW = Bade-Wurtemberg (Allemagne)
jurisdiction-DE-BY = Bavière (Allemagne)
jurisdiction-DE-HB = Brême (Allemagne)
jurisdiction-DE-HE = Hesse (Allemagne)
jurisdiction-DE-HH = Hambourg (Allemagne)
jurisdiction-DE-MV = Mecklembourg-Poméranie-Occidentale (Allemagne)
jurisdiction-DE-NI = Basse-Saxe (Allemagne)
jurisdiction-DE-NW = Rhénanie-du-Nord-Westphalie (Allemagne)
jurisdiction-DE-RP = Rhénanie-Palatinat (Allemagne)
jurisdiction-DE-SH = Schleswig-Holstein (Allemagne)
jurisdiction-DE-SL = Sarre (Allemagne)
jurisdiction-DE-SN = Saxe (Allemagne)
jurisdiction-DE-ST = Saxe-Anhalt (Allemagne)
jurisdiction-DE-TH = Thuringe (Allemagne)
jurisdiction-DK = Danemark
jurisdiction-EE = Estonie
jurisdiction-ES = Espagne
jurisdiction-FI = Finlande
# Same as English: le nom français est identique.
jurisdiction-FR = France
jurisdiction-GB = Royaume-Uni
jurisdiction-GR = Grèce
# Same as English: nom propre.
jurisdiction-HK = Hong Kong
jurisdiction-HR = Croatie
jurisdiction-HU = Hongrie
jurisdiction-IE = Irlande
jurisdiction-IN = Inde
jurisdiction-IS = Islande
jurisdiction-IT = Italie
# Same as English: nom propre.
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Lituanie
# Same as English: le nom français est identique.
jurisdiction-LU = Luxembourg
jurisdiction-LV = Lettonie
jurisdiction-MT = Malte
jurisdiction-NL = Pays-Bas
jurisdiction-NO = Norvège
jurisdiction-OTHER = autre pays
jurisdiction-PL = Pologne
# Same as English: le nom français est identique.
jurisdiction-PT = Portugal
jurisdiction-RO = Roumanie
jurisdiction-SE = Suède
jurisdiction-SI = Slovénie
jurisdiction-SK = Slovaquie
jurisdiction-US = États-Unis
jurisdiction-US-CA = Californie (États-Unis)

## Shared pieces of all documents

recipient-dpo = À l’attention de la personne responsable de la protection des renseignements
    personnels (délégué à la protection des données)
page-number = Page { $page } sur { $total }
salutation = Madame, Monsieur,
closing = Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
# Intitulé de la liste des pièces jointes, avec sa ponctuation.
label-enclosures = { $count ->
    [one] Pièce jointe :
   *[other] Pièces jointes :
}
subject-line = Objet : { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] l’entraînement, le réglage fin, l’évaluation et l’amélioration de modèles
        d’intelligence artificielle générative, notamment à partir des données de mon profil et
        de mes publications sur LinkedIn;
   *[non-member] l’entraînement, le réglage fin, l’évaluation et l’amélioration de modèles
        d’intelligence artificielle générative, notamment à partir de contenus me concernant
        publiés par des tiers sur LinkedIn;
}
purpose-ai-other = l’entraînement de modèles d’IA et d’apprentissage automatique à d’autres
    fins, telles que la personnalisation de vos services, la classification de contenus et
    l’amélioration de vos produits et services en général;
purpose-affiliate-sharing = la communication de mes données à vos sociétés affiliées, dont
    Microsoft, afin qu’elles entraînent leurs propres modèles d’IA ou fournissent, développent
    ou améliorent leurs services publicitaires;
form-purpose-ai-training = { $account ->
    [member] l’entraînement de modèles d’IA générative créant des contenus, à partir des données de mon profil et de mes publications;
   *[non-member] l’entraînement de modèles d’IA générative créant des contenus, à partir de contenus me concernant publiés par des tiers;
}
form-purpose-ai-other = l’entraînement d’autres modèles d’IA et d’apprentissage automatique, par exemple pour la personnalisation et la classification de contenus;
form-purpose-affiliate-sharing = la communication de mes données à des sociétés affiliées comme Microsoft pour leur propre entraînement d’IA ou leur publicité;
form-purpose-ads = la publicité personnalisée et la communication de mes renseignements à des fins publicitaires;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Opposition au traitement de mes données à caractère personnel sur LinkedIn
form-field-name = Nom : { $name }
form-field-email = Courriel : { $email }
form-field-country = Pays de résidence : { $country }
form-field-member = Compte LinkedIn : { $account ->
    [member] oui, associé à l’adresse ci-dessus
   *[non-member] aucun (je ne suis pas membre de LinkedIn)
}
form-field-profile = Profil : { $url }
form-field-content = Contenu me concernant : { $url }
form-field-request = Demande : opposition au traitement ({ $cite })
form-objection = En vertu de { $cite }, je m’oppose au traitement de mes données que vous
    fondez sur { $basis } (intérêts légitimes), aux fins suivantes :
form-direct-marketing = En vertu de { $cite }, je m’oppose au traitement de mes données à des
    fins de prospection, y compris au profilage qui y est lié, notamment pour la publicité
    personnalisée.
form-grounds = Raisons tenant à ma situation particulière :
form-requests = En vertu de { $restriction }, je vous prie de limiter le traitement pendant
    l’examen de mon opposition. Je vous demande en outre d’effacer, conformément à { $erasure },
    les données collectées à ces fins et d’en informer les destinataires, dont Microsoft, comme
    le prévoit { $recipients }.
form-confirmation = Je vous prie de me confirmer par écrit, au plus tard le { $deadline }, que
    vous avez fait droit à mon opposition.

## Guidance printed after the form text (on standard error)

form-guide-heading = Prochaines étapes :
form-guide-open = Ouvrez le formulaire d’opposition au traitement des données de LinkedIn : { $url }
form-guide-option = Choisissez l’option permettant de vous opposer au traitement de vos données
    pour l’entraînement de modèles d’IA générative (son intitulé peut différer sur LinkedIn),
    reportez les valeurs ci-dessus dans les champs correspondants du formulaire et collez le
    texte dans la zone de texte libre.
form-guide-toggle = Le paramètre « Données pour l’amélioration de l’IA générative » ({ $url })
    met seulement fin à l’entraînement futur des modèles d’IA générative. Il ne couvre ni les
    autres utilisations de l’IA ni la publicité : d’où l’importance de l’opposition elle-même.
form-guide-non-member = Sans compte LinkedIn, vous n’avez aucun paramètre à modifier : la voie
    qui s’offre à vous est ce formulaire, ou une lettre adressée au délégué à la protection des
    données de LinkedIn (commande objection letter).
form-guide-letter = Pour conserver une trace formelle de votre démarche, envoyez également la
    lettre : objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Opposition au traitement de mes données à caractère personnel ({ $law }) – compte
        LinkedIn { $email }
   *[non-member] Opposition au traitement de mes données à caractère personnel ({ $law }) –
        personne ne disposant pas d’un compte LinkedIn
}
letter-intro-member = Je suis membre de LinkedIn; mon compte est associé à l’adresse
    courriel { $email }. Je m’adresse à vous en votre qualité de délégué à la protection
    des données de { $controller }, responsable du traitement de mes données à caractère
    personnel.
letter-intro-member-profile = Mon profil public : { $url }
letter-intro-non-member = Je ne dispose pas d’un compte LinkedIn. Des tiers ont publié sur
    LinkedIn des contenus comportant des données à caractère personnel me concernant,
    notamment { $count ->
        [one] à l’adresse suivante :
       *[other] aux adresses suivantes :
    }
letter-intro-non-member-after = Je m’adresse à vous en votre qualité de délégué à la protection
    des données de { $controller }, responsable du traitement de ces données.
letter-heading-objection = Opposition au traitement fondé sur les intérêts légitimes
letter-objection = En vertu de { $cite }, je m’oppose, pour des raisons tenant à ma situation
    particulière, au traitement de mes données à caractère personnel que vous effectuez sur le
    fondement de vos intérêts légitimes, au sens de { $basis }, aux fins suivantes :
letter-objection-notice = { $account ->
    [member] Votre politique de confidentialité indique que, depuis le 3 novembre 2025, vous vous
        fondez sur vos intérêts légitimes pour entraîner des modèles d’IA générative à partir des
        données de vos membres.
   *[non-member] Votre politique de confidentialité indique que, depuis le 3 novembre 2025, vous
        vous fondez sur vos intérêts légitimes pour entraîner des modèles d’IA générative à partir
        des contenus que publient vos membres, lesquels comportent également des données à
        caractère personnel de tiers, telles que les miennes.
}
letter-grounds-given = Les raisons tenant à ma situation particulière sont les suivantes :
letter-grounds-burden = À compter de la présente opposition, vous ne pouvez poursuivre le
    traitement que si vous démontrez l’existence de motifs légitimes et impérieux qui prévalent
    sur mes intérêts et mes droits et libertés, ou si le traitement est destiné à la
    constatation, à l’exercice ou à la défense de droits en justice. La charge de cette preuve
    vous incombe.
letter-heading-direct-marketing = Opposition au profilage à des fins de prospection
letter-direct-marketing = En vertu de { $cite }, je m’oppose au traitement de mes données à
    caractère personnel à des fins de prospection, y compris au profilage qui y est lié, en
    particulier aux fins de publicité personnalisée. Cette opposition n’a pas à être motivée;
    dès sa réception, mes données ne peuvent plus être traitées à ces fins.
letter-consent-withdrawal = Pour autant que vous vous fondiez sur mon consentement pour la
    publicité personnalisée, je retire ce consentement conformément à { $cite }.
letter-heading-restriction = Limitation du traitement pendant l’examen de mon opposition
letter-restriction = En vertu de { $cite }, je vous demande de limiter le traitement de mes
    données à caractère personnel aux fins susmentionnées pendant la vérification portant sur
    le point de savoir si vos motifs légitimes prévalent sur les miens.
letter-heading-erasure = Effacement
letter-erasure = En vertu de { $cite }, je vous demande d’effacer les données à caractère
    personnel que vous avez collectées ou dérivées à ces fins, y compris leurs copies figurant
    dans des jeux de données d’entraînement. Je vous prie également de m’indiquer si mes
    données ont déjà servi à entraîner des modèles et, dans l’affirmative, quelles mesures vous
    prenez à cet égard.
letter-heading-recipients = Destinataires
letter-recipients = En vertu de { $cite }, je vous prie de notifier la limitation et
    l’effacement à chaque destinataire auquel vous avez communiqué mes données à caractère
    personnel à ces fins, y compris à vos sociétés affiliées telles que Microsoft, et de me
    faire connaître ces destinataires.
letter-heading-fadp = Droit suisse de la protection des données
letter-fadp = Je réside en Suisse. La présente lettre vaut également manifestation expresse de
    ma volonté au sens de { $personality } : mes données personnelles ne doivent pas être
    traitées aux fins susmentionnées. Tout traitement contraire à cette volonté porte atteinte à
    ma personnalité; une telle atteinte est illicite à moins d’être justifiée conformément à
    { $justification }. Dans la mesure où mes données sont accessibles à tout un chacun, je
    m’oppose expressément à leur traitement à ces fins, au sens de { $public }. Je réserve mes
    prétentions fondées sur { $claims }.
# Same as English: le mot français est identique.
letter-heading-confirmation = Confirmation
letter-confirmation = Conformément à { $cite }, je vous prie de me confirmer par écrit, dans
    les meilleurs délais et au plus tard le { $deadline }, que vous avez fait droit à mon
    opposition et à mes demandes. Si vous estimez pouvoir poursuivre le traitement, je vous
    saurais gré de m’exposer les motifs légitimes et impérieux sur lesquels vous vous fondez.
letter-toggle = Je n’ignore pas l’existence du paramètre « Données pour l’amélioration de l’IA
    générative ». Celui-ci ne couvrant que l’entraînement futur des modèles d’IA générative, il
    ne saurait remplacer la présente opposition.
letter-uk-complaint = À défaut de suite donnée à mon opposition, je vous prie de considérer
    également la présente lettre comme une réclamation qui vous est adressée en vertu de
    { $cite }.
letter-reply-channel = Je vous remercie de bien vouloir me répondre à l’adresse courriel
    { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Dénonciation au sens de { $cite } concernant { $controller }
   *[complaint] Réclamation au titre de { $cite } à l’encontre de { $controller }
}
complaint-intro = Par la présente, j’introduis une réclamation à l’encontre de { $controller },
    { $address }, concernant le traitement de mes données à caractère personnel.
complaint-intro-report = Par la présente, je vous adresse une dénonciation concernant le
    traitement de mes données personnelles par { $controller }, { $address }. Je n’ignore pas
    que l’auteur d’une dénonciation n’a pas la qualité de partie.
complaint-heading-facts = Faits
complaint-facts = { $account ->
    [member] Je suis membre de LinkedIn (adresse courriel associée au compte : { $email }).
   *[non-member] Je ne dispose pas d’un compte LinkedIn; des tiers ont publié sur LinkedIn des
        contenus me concernant, notamment { $count ->
            [one] à l’adresse suivante :
           *[other] aux adresses suivantes :
        }
}
complaint-objection-sent = Le { $date }, j’ai exercé, en vertu de { $cite }, mon droit
    d’opposition au traitement de mes données à caractère personnel et demandé la limitation
    du traitement, l’effacement des données et l’information des destinataires. Mon opposition
    est jointe à la présente.
complaint-objection-sent-report = Le { $date }, j’ai expressément manifesté mon opposition au
    traitement de mes données personnelles à des fins d’entraînement de modèles d’IA et à
    des fins connexes. Mon opposition est jointe à la présente.
complaint-deadline = Le délai de réponse prévu à { $cite } a expiré le { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn a rejeté mon opposition sans démontrer l’existence de motifs légitimes
        et impérieux prévalant sur mes intérêts et mes droits et libertés. Sa réponse est
        également jointe.
    [incomplete] La réponse de LinkedIn ne donne pas pleinement suite à mon opposition; elle
        est également jointe.
   *[no-reply] À ce jour, je n’ai reçu aucune réponse sur le fond.
}
complaint-heading-assessment = Analyse
complaint-assessment = LinkedIn se fonde sur ses intérêts légitimes, au sens de { $basis }, pour
    utiliser les profils de ses membres et les contenus qu’ils publient, y compris les données
    à caractère personnel de tiers que ces contenus comportent, aux fins de l’entraînement de
    modèles d’IA générative. Or, conformément à { $cite }, le responsable du traitement ne peut,
    après une opposition, poursuivre le traitement que s’il démontre l’existence de motifs
    légitimes et impérieux qui prévalent sur les intérêts et les droits et libertés de la
    personne concernée. LinkedIn n’en a rien fait; la poursuite du traitement de mes données
    constitue donc, à mon sens, une violation du { $law }.
complaint-assessment-report = Le traitement de mes données personnelles contre ma volonté
    expressément manifestée porte atteinte à ma personnalité au sens de { $personality }; une
    telle atteinte est illicite à moins d’être justifiée conformément à { $justification }.
    LinkedIn n’a fait valoir aucun motif justificatif de cette nature.
complaint-heading-requests = Demandes
complaint-requests = Je vous prie d’examiner ma réclamation, de prendre les mesures nécessaires
    pour que LinkedIn fasse droit à mon opposition et de m’informer de l’état d’avancement et de
    l’issue de ma réclamation.
complaint-requests-report = Je vous prie d’ouvrir une enquête en vertu de { $cite } et de
    m’informer des mesures que vous prendrez ainsi que de leur résultat.
complaint-lead-authority = Conformément à { $cite }, la Data Protection Commission (DPC),
    autorité irlandaise de protection des données, est l’autorité de contrôle chef de file
    pour { $controller }. J’introduis la présente réclamation auprès de vous en votre qualité
    d’autorité de contrôle du lieu de ma résidence habituelle et vous prie de la traiter en
    coopération avec la DPC.
complaint-lead-authority-forward = Conformément à { $cite }, la Data Protection Commission
    (DPC), autorité irlandaise de protection des données, est l’autorité de contrôle chef de
    file pour { $controller }. À ma connaissance, votre autorité n’est pas elle-même compétente
    à l’égard de cette société; je vous prie donc de transmettre ma réclamation à l’autorité de
    contrôle compétente.
complaint-lead-authority-report = Au sein de l’Union européenne, { $controller } relève du
    contrôle de la Data Protection Commission (DPC), autorité irlandaise de protection des
    données, en sa qualité d’autorité de contrôle chef de file.
complaint-uk-controller-first = Avant de vous saisir, j’ai soumis la question au responsable du
    traitement : dans mon opposition, j’ai demandé à LinkedIn de la considérer également comme
    une réclamation au titre de { $cite }.
complaint-enclosure-objection = Mon opposition du { $date }
complaint-enclosure-reply = La réponse de LinkedIn
complaint-contact = Vous pouvez me joindre à l’adresse courriel { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Rappel concernant mon opposition du { $date } ({ $law }) – compte LinkedIn { $email }
   *[non-member] Rappel concernant mon opposition du { $date } ({ $law })
}
reminder-intro = Le { $date }, j’ai exercé, en vertu de { $cite }, mon droit d’opposition au traitement de mes données à caractère personnel et demandé la limitation du traitement, l’effacement des données et l’information des destinataires. Vous trouverez ci-joint une copie de mon opposition.
reminder-overdue = Le délai de réponse prévu par { $cite } a expiré le { $deadline }. À ce jour, je n’ai reçu aucune réponse sur le fond.
reminder-request = Je vous demande de faire droit sans plus tarder à mon opposition et à mes demandes, et de me le confirmer par écrit au plus tard le { $deadline }.
reminder-next = { $route ->
    [report] À défaut de réponse satisfaisante à cette date, je dénoncerai ces faits auprès de l’autorité suivante : { $authority }.
   *[complaint] À défaut de réponse satisfaisante à cette date, j’introduirai une réclamation auprès de l’autorité de contrôle suivante : { $authority }.
}
complaint-reminder-sent = Le { $date }, j’ai adressé un rappel à LinkedIn et fixé un nouveau délai au { $deadline }.
complaint-enclosure-reminder = Mon rappel du { $date }

## Case status (objection status --case DIR)

status-reference = Dossier { $reference }
status-empty = Ce dossier ne contient encore aucune opposition. Commencez-le avec : objection letter --case { $dir }
status-sent = Opposition envoyée le { $date }.
status-reminded = Rappel envoyé le { $date }.
status-complained = Réclamation rédigée le { $date }. L’autorité vous informera de la suite.
status-waiting = En attente de la réponse de LinkedIn jusqu’au { $date } (encore { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}).
status-overdue = Délai dépassé de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} : il expirait le { $date }.
status-next-wait-reminder = Étape suivante : si LinkedIn n’a pas répondu d’ici là, rédigez un rappel : objection reminder --case { $dir }
status-next-wait-complaint = Étape suivante : si LinkedIn n’a pas répondu d’ici là, rédigez la réclamation : objection complaint --case { $dir }
status-next-reminder = Étape suivante : rédigez un rappel : objection reminder --case { $dir }
status-next-complaint = Étape suivante : rédigez la réclamation à l’autorité de contrôle : objection complaint --case { $dir }
calendar-summary = Délai de réponse de LinkedIn à votre opposition ({ $reference })
calendar-description = Si LinkedIn n’a pas répondu à cette date, voyez l’étape suivante avec : objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Vocabulaire du droit québécois et canadien (« renseignements personnels », « entreprise »,
# « retrait du consentement », « plainte »); le français est la première langue des lettres du
# Québec.
# Citations : « LPRPDE, annexe 1, art. 4.3.8 »; « RLRQ, c. P-39.1, art. 12 »; « PDPO (Cap. 486), art. 2(3) »;
# « Cal. Civ. Code § 1798.120 ». Ces citations ne commencent pas par un article défini : les
# phrases les placent entre parenthèses.

law-pipeda = LPRPDE
# Le titre complet figure déjà dans la phrase : la citation s’abrège en « RLRQ, c. P-39.1, art. 12 ».
law-qc-private = RLRQ, c. P-39.1
# Same as English: abréviation et chapitre officiels de l’ordonnance de Hong Kong.
law-pdpo = PDPO (Cap. 486)
# Same as English: désignation officielle du code californien dans les citations.
law-ccpa = Cal. Civ. Code
# Same as English: titre officiel de la loi indienne.
law-dpdp = DPDP Act 2023
law-us-generic = Politique de confidentialité de LinkedIn
law-generic = Politique de confidentialité de LinkedIn
# Noms courts, pour les lignes d’objet (toujours entre parenthèses).
law-short-pipeda = LPRPDE
law-short-qc-private = Loi sur le privé, modifiée par la Loi 25
# Same as English: abréviation officielle.
law-short-pdpo = PDPO
# Same as English: abréviation officielle.
law-short-ccpa = CCPA
# Same as English: titre officiel de la loi indienne.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Politique de confidentialité de LinkedIn
law-short-generic = Politique de confidentialité de LinkedIn
# Le nom de la loi dans le corps du texte, avec l’article défini (« prévu par la Loi… »).
law-name-pipeda = la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)
law-name-qc-private = la Loi sur la protection des renseignements personnels dans le secteur privé
law-name-pdpo = l’ordonnance de Hong Kong sur la protection des données personnelles (PDPO)
law-name-ccpa = la loi californienne sur la protection de la vie privée des consommateurs (CCPA)
law-name-dpdp = la loi indienne de 2023 sur la protection des données personnelles numériques (DPDP Act)
law-name-us-generic = la Politique de confidentialité de LinkedIn
law-name-generic = la Politique de confidentialité de LinkedIn
cite-common-article = art. { $number }
cite-common-article-paragraph = art. { $number }({ $paragraph })
cite-common-section = art. { $number }
cite-common-section-paragraph = art. { $number }({ $paragraph })
cite-common-principle = annexe 1, art. { $number }
cite-common-dpp = annexe 1, principe de protection des données { $number }
cite-common-and = { $first } et { $second }
# Same as English: la loi d’abord, puis la disposition (« LPRPDE, annexe 1, art. 4.3.8 »).
cite-common-law = { $law }, { $refs }
# Same as English: le symbole du paragraphe du code californien.
cite-us-section = § { $number }
cite-us-and = { $first } et { $second }
# Same as English: « Cal. Civ. Code § 1798.120 ».
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] la publicité personnalisée fondée sur mon profil et mon activité, et la communication de mes renseignements à des tiers à des fins publicitaires;
   *[non-member] la publicité personnalisée fondée sur mes renseignements personnels, et leur communication à des tiers à des fins publicitaires;
}
other-subject = { $family ->
    [consent] Retrait du consentement à l’utilisation de mes renseignements personnels ({ $law })
    [optout] Refus de la vente et du partage de mes renseignements personnels ({ $law })
   *[generic] Demande de cesser d’utiliser mes renseignements personnels pour l’entraînement de
        l’IA et à des fins publicitaires
}
other-intro-member = Je suis membre de LinkedIn; mon compte est associé à l’adresse
    courriel { $email }. Je m’adresse à { $controller } au sujet de l’utilisation de mes
    renseignements personnels.
other-intro-non-member = Je ne dispose pas d’un compte LinkedIn. Des tiers ont publié sur
    LinkedIn des contenus comportant des renseignements personnels me concernant,
    notamment { $count ->
        [one] à l’adresse suivante :
       *[other] aux adresses suivantes :
    }
other-intro-non-member-after = Je m’adresse à { $controller } au sujet de l’utilisation de ces
    renseignements.
consent-no-objection = Faute de droit général de m’opposer à l’utilisation de mes
    renseignements sous le régime de { $law }, je me prévaux du droit qui s’en rapproche le
    plus : le retrait de mon consentement ({ $cite }).
consent-withdrawal = Je retire tout consentement, exprès ou tacite, à l’utilisation de
    mes renseignements personnels par LinkedIn aux fins suivantes :
consent-new-purpose = L’entraînement de modèles d’IA n’est pas une fin pour laquelle j’ai
    fourni mes renseignements à LinkedIn. Leur utilisation à cette nouvelle fin requiert mon
    consentement ({ $cite }), que je ne donne pas.
consent-in-force = Les dispositions de { $law } relatives au consentement et à son retrait
    doivent entrer en vigueur le { $date }. D’ici là, je vous prie de donner effet au présent
    retrait conformément aux engagements pris dans la Politique de confidentialité de LinkedIn.
optout-no-objection = La CCPA ne confère aucun droit de s’opposer à l’entraînement de
    l’IA en tant que tel. J’exerce donc les droits qu’elle prévoit, et j’y ajoute une demande
    supplémentaire.
optout-sale = Je vous enjoins de ne pas vendre ni partager mes renseignements personnels
    ({ $cite }), y compris en les communiquant à Microsoft ou à d’autres sociétés affiliées
    pour qu’elles personnalisent la publicité qu’elles me présentent.
optout-sensitive = Je vous enjoins aussi de limiter l’utilisation et la communication de
    mes renseignements personnels sensibles à ce que permet la loi ({ $cite }).
optout-ai = Au-delà de ces droits, je vous demande de cesser d’utiliser mes renseignements personnels aux fins suivantes :
generic-basis = { $scope ->
    [us] Aucune loi fédérale ne me permet de m’opposer à l’utilisation visée ci-après. Je
        m’appuie sur les options offertes par LinkedIn et sur sa Politique de confidentialité,
        et vous demande de me les appliquer pleinement.
   *[other] Je m’appuie sur les engagements de la Politique de confidentialité de LinkedIn,
        qui permet aux membres et aux visiteurs de contrôler l’utilisation de leurs
        renseignements, ainsi que sur toute loi de mon pays sur la protection des
        renseignements personnels qui serait applicable.
}
generic-request = Ma demande porte sur l’utilisation de mes renseignements personnels aux
    fins suivantes :
generic-us-state = Si une loi de mon État sur la protection des renseignements
    personnels des consommateurs s’applique à LinkedIn, la présente vaut également demande
    au titre de cette loi.
generic-settings = Les paramètres « Données pour l’amélioration de l’IA générative » et
    « Partage de données » de LinkedIn ne couvrent qu’une partie de ma demande; je vous demande
    d’y donner suite intégralement.
other-stop = Je vous prie de cesser ces utilisations, d’exclure mes renseignements de vos
    futures données d’entraînement et de m’indiquer le sort de ceux déjà utilisés.
other-deadline-courtesy = Aucun délai légal ne s’applique à votre réponse; je vous saurais
    néanmoins gré de me confirmer par écrit, au plus tard le { $deadline }, qu’il a été donné
    suite à ma demande.
optout-deadline = Je vous prie de donner suite à ma demande de refus dès que possible et
    au plus tard le { $deadline } (15 jours ouvrables, délai fixé par le règlement
    d’application de la CCPA pour ces demandes), et de me le confirmer par écrit.
other-form-field-request = Demande : { $family ->
    [consent] retrait du consentement ({ $law })
    [optout] refus de la vente et du partage ({ $law })
   *[generic] cessation de l’utilisation de mes renseignements pour l’entraînement de l’IA et
        la publicité
}
other-form-guide-route = Ce formulaire est décrit dans l’avis de confidentialité européen de
    LinkedIn. S’il ne vous est pas proposé, envoyez plutôt la lettre (commande objection
    letter) ou utilisez le formulaire de contact de LinkedIn consacré à la confidentialité :
    { $url }
other-reminder-subject = Rappel concernant ma lettre du { $date } ({ $law })
other-reminder-intro = Le { $date }, je vous ai écrit au sujet de l’utilisation de mes
    renseignements personnels pour l’entraînement de l’IA et à des fins connexes. Vous
    trouverez ci-joint une copie de ma lettre.
other-reminder-overdue = Je vous avais demandé une réponse au plus tard le { $deadline }. À ce
    jour, je n’ai reçu aucune réponse sur le fond.
other-reminder-request = Je vous prie de donner suite à ma demande sans plus tarder et de me
    le confirmer par écrit au plus tard le { $deadline }.
other-reminder-next = À défaut de réponse satisfaisante à cette date, je déposerai une plainte
    auprès de l’autorité compétente : { $authority }.
other-reminder-next-none = À défaut de réponse satisfaisante à cette date, j’envisagerai les
    autres recours qui s’offrent à moi.
other-complaint-subject = Plainte concernant { $controller } ({ $law })
other-complaint-intro = Par la présente, je dépose une plainte à l’égard de { $controller },
    { $address }, concernant l’utilisation de mes renseignements personnels au regard de
    { $law_name }.
other-complaint-sent = { $family ->
    [consent] Le { $date }, j’ai retiré mon consentement à l’utilisation de mes renseignements
        personnels pour l’entraînement de l’IA et à des fins connexes ({ $cite }).
   *[optout] Le { $date }, j’ai enjoint à LinkedIn de ne pas vendre ni partager mes
        renseignements personnels ({ $cite }) et lui ai demandé de cesser de les utiliser pour
        entraîner des modèles d’IA.
} Ma lettre est jointe à la présente. J’avais demandé une réponse au plus tard le { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn a rejeté ma demande. Sa réponse est également jointe.
    [incomplete] La réponse de LinkedIn ne donne pas pleinement effet à ma demande; elle est
        également jointe.
   *[no-reply] À ce jour, je n’ai reçu aucune réponse sur le fond.
}
other-complaint-assessment = { $family ->
    [consent] À mon sens, LinkedIn continue d’utiliser mes renseignements sans mon consentement,
        et ce, à une nouvelle fin pour laquelle ce consentement est requis ({ $cite }).
   *[optout] À mon sens, LinkedIn n’a pas donné suite à ma demande de refus dans le délai que
        prévoit le règlement d’application de la CCPA.
}
other-complaint-requests = Je vous prie d’examiner ma plainte et de m’en faire connaître l’issue.
other-enclosure-letter = Ma lettre du { $date }
other-reasons = J’ajoute ce qui suit au sujet de ma situation :
other-complaint-reminder-sent = Le { $date }, j’ai envoyé un rappel à LinkedIn en lui fixant un
    nouveau délai au { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = L’opposition prévue à { $cite } requiert des raisons tenant à votre situation particulière; la vôtre est formulée sans elles. Ajoutez-les avec --reason "..." pour qu’elle soit plus difficile à rejeter.
note-federal-authority = DE seul adresse la réclamation à l’autorité fédérale (BfDI), qui transmet les réclamations visant des entreprises à l’autorité du Land. Pour la voie directe, indiquez votre Land, par exemple --country DE-BE (voir `objection jurisdictions`).
warning-premature = LinkedIn a jusqu’au { $deadline } pour répondre; { $document ->
    [reminder] un rappel pour absence de réponse est prématuré
   *[complaint] une réclamation pour absence de réponse est prématurée
} avant cette date.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Vous trouverez ci-joint, en format PDF, ma lettre du { $date }. Son texte intégral suit ci-dessous.
email-cover-reminder = Vous trouverez ci-joint, en format PDF, mon rappel du { $date }. Son texte intégral suit ci-dessous.
email-cover-complaint = Vous trouverez ci-joint, en format PDF, ma plainte du { $date }. Son texte intégral suit ci-dessous.
email-receipt = Je vous saurais gré de m’en accuser réception.
email-file-letter = lettre
email-file-reminder = rappel
email-file-complaint = plainte
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Seul le PDF est joint au courriel. Avant de l’envoyer, joignez-y aussi les annexes :

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Cet assistant vous aide, étape par étape, à vous opposer à l’utilisation de vos données par LinkedIn. Rien n’est enregistré avant votre confirmation à la fin. Appuyez sur Échap ou Ctrl+C pour arrêter à tout moment.
wizard-language = Langue
wizard-help-select = ↑↓ pour vous déplacer, Entrée pour choisir
wizard-help-multi = ↑↓ pour vous déplacer, Espace pour cocher ou décocher, Entrée pour valider
wizard-country = Où habitez-vous?
wizard-country-help = Tapez pour chercher, Entrée pour choisir. En Allemagne, choisissez votre Land.
wizard-member = Avez-vous un compte LinkedIn?
wizard-answer = { $answer ->
    [yes] Oui
   *[no] Non
}
wizard-content-url = Adresse web { $number } d’un contenu LinkedIn qui vous concerne
wizard-content-url-help = Copiez-la depuis la barre d’adresse de votre navigateur (https://...). Laissez vide quand vous avez terminé.
wizard-name = Vos prénom et nom
wizard-email = Votre adresse courriel
wizard-email-help = L’adresse de votre compte LinkedIn; sans compte, l’adresse à laquelle LinkedIn peut vous répondre.
wizard-address = Votre adresse postale, ligne { $number }
wizard-address-help = Par exemple numéro et rue, puis code postal et ville. Laissez vide quand vous avez terminé.
wizard-place = Votre ville (pour la date de la lettre)
wizard-object-to = À quoi vous opposez-vous?
wizard-purpose-ai-training = L’entraînement par LinkedIn d’IA qui écrivent des textes ou créent des images avec vos données
wizard-purpose-ai-other = D’autres usages de vos données par l’IA, par exemple pour personnaliser votre fil ou classer des contenus
wizard-purpose-ads-profiling = La publicité fondée sur un profil de vous
wizard-purpose-affiliate-sharing = La transmission de vos données à Microsoft et à d’autres sociétés affiliées pour leur IA ou leur publicité
wizard-reason = Pourquoi est-ce important pour vous personnellement? (facultatif)
wizard-reason-help = Par exemple : « Je suis journaliste et je dois protéger mes sources. » « Mes publications sont mon travail; des copies par l’IA nuisent à mes revenus. » Entrée pour passer.
wizard-outputs = Quels documents voulez-vous?
wizard-output = { $output ->
    [form] Le texte pour le formulaire en ligne de LinkedIn
    [letter-pdf] La lettre en PDF, à imprimer et à envoyer par la poste
   *[letter-text] La lettre en texte
}
wizard-problem = { $problem ->
    [empty] Ce champ ne peut pas être vide.
    [too-long] C’est trop long : { $length } caractères, { $limit } au plus.
    [control] Veuillez retirer le caractère de contrôle { $character }.
    [bidi] Veuillez retaper ce texte sans la marque de direction { $character } : elle peut changer l’ordre d’affichage du texte.
    [email] Ce n’est pas une adresse courriel. Exemple : name@example.org
   *[url] Ce n’est pas une adresse web. Copiez-la depuis votre navigateur, en commençant par https://
}
wizard-preview = Aperçu de votre texte :
wizard-folder = Dossier pour vos documents
wizard-folder-exists = Ce dossier existe déjà. Veuillez choisir un autre nom.
wizard-confirm = Enregistrer maintenant vos documents dans le dossier { $dir }?
wizard-next-form = Le texte pour le formulaire de LinkedIn se trouve dans { $file }.
wizard-next-letter = Imprimez { $file }, signez la lettre et envoyez-la par la poste à l’adresse indiquée en haut. Gardez-en une copie.
wizard-next-deadline = LinkedIn a jusqu’au { $date } pour répondre.
wizard-next-reminder = Si vous n’avez pas reçu de vraie réponse d’ici là, écrivez une lettre de rappel : { $command }
wizard-save-details = Enregistrer vos coordonnées dans { $file } pour la prochaine fois?
wizard-saved = C’est enregistré. La prochaine fois : { $command }
wizard-stopped = Arrêté. Rien n’a été enregistré.
