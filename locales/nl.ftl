# Nederlands (Nederland). Definieert precies dezelfde berichten als en.ftl.
#
# Conventies: formeel Nederlands juridisch proza, zoals een advocaat gegevensbeschermingsrecht
# het zou schrijven; terminologie van de officiële Nederlandse versie van de AVG
# (Verordening (EU) 2016/679): "verwerkingsverantwoordelijke", "betrokkene", "beperking van
# de verwerking", "gerechtvaardigde belangen", "dwingende gerechtvaardigde gronden",
# "direct marketing", "(leidende) toezichthoudende autoriteit", "functionaris voor
# gegevensbescherming", "wissing", "ontvangers", "gewone verblijfplaats".
# Afkorting: AVG (Algemene verordening gegevensbescherming), zoals de Autoriteit
# Persoonsgegevens haar noemt (https://www.autoriteitpersoonsgegevens.nl/nl/onderwerpen/avg-europese-privacywetgeving/algemene-informatie-avg).
# Citeerwijze: "artikel 21, lid 1, AVG"; "artikel 18, lid 1, onder d, AVG"; "artikel 21,
# leden 2 en 3, AVG"; "artikel 12, lid 3, en artikel 12A UK GDPR". De AP schrijft in haar
# besluiten de wetgevingstechnische vorm "artikel 5, eerste lid, onder b, van de AVG" (besluit
# op bezwaar KNLTB, https://autoriteitpersoonsgegevens.nl/system/files?file=2025-01/Woo-besluit%20Besluit%20op%20bezwaar%20boete%20KNLTB_0.pdf);
# omdat het lidnummer als cijfer wordt aangeleverd en niet in een rangtelwoord kan worden
# omgezet, gebruikt dit bestand de in de rechtspraktijk even gangbare vorm met "lid 1".
# Britse "sections" worden weergegeven als "artikel" ("artikel 164A DPA 2018"); Zwitserse
# wet: "artikel 30, lid 2, onder b, DSG".
# Datum: "23 november 2026" (maandnamen met kleine letter); datumregel "Plaats, 23 november 2026".
# Aanhef "Geachte heer, mevrouw," en slotformule "Hoogachtend,"; na de aanhef begint de
# brieftekst met een hoofdletter.
# Aanhalingstekens: “…”. De instelling "Data for Generative AI Improvement" houdt haar
# Engelse naam (legal-facts.md vermeldt geen Nederlandse benaming).
# De tekst is genderneutraal: de eerste persoon vergt in het Nederlands geen verbuiging.

lang-name = Nederlands

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = AVG
# Same as English: the name of the UK law.
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: the abbreviation of the UK Data Protection Act 2018.
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# "artikel 21, lid 1, AVG"; "artikel 19 AVG"; "artikel 56 en artikel 60 AVG".

cite-eu-article = artikel { $number }
cite-eu-article-paragraph = artikel { $number }, lid { $paragraph },
cite-eu-article-paragraphs = artikel { $number }, leden { $paragraph } en { $second },
cite-eu-article-paragraph-point = artikel { $number }, lid { $paragraph }, onder { $point },
cite-eu-section = artikel { $number }
cite-eu-section-paragraph = artikel { $number }, lid { $paragraph },
cite-eu-section-paragraphs = artikel { $number }, leden { $paragraph } en { $second },
cite-eu-section-paragraph-point = artikel { $number }, lid { $paragraph }, onder { $point },
cite-eu-and = { $first } en { $second }
# Same as English: the law abbreviation follows the references ("artikel 21, lid 1, AVG").
cite-eu-law = { $refs } { $law }
cite-ch-article = artikel { $number }
cite-ch-article-paragraph = artikel { $number }, lid { $paragraph },
cite-ch-article-paragraphs = artikel { $number }, leden { $paragraph } en { $second },
cite-ch-article-paragraph-point = artikel { $number }, lid { $paragraph }, onder { $point },
cite-ch-section = artikel { $number }
cite-ch-section-paragraph = artikel { $number }, lid { $paragraph },
cite-ch-section-paragraphs = artikel { $number }, leden { $paragraph } en { $second },
cite-ch-section-paragraph-point = artikel { $number }, lid { $paragraph }, onder { $point },
cite-ch-and = { $first } en { $second }
# Same as English: the law abbreviation follows the references ("artikel 31 DSG").
cite-ch-law = { $refs } { $law }

## Dates

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
# Same as English: day, month, year ("23 november 2026").
date-long = { $day } { $month } { $year }
# De datumregel: plaats en datum ("Amsterdam, 23 november 2026") of alleen de datum.
# Same as English: place, comma, date.
dateline-with-place = { $place }, { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Oostenrijk
jurisdiction-BE = België
jurisdiction-BG = Bulgarije
# Same as English: the country's name is the same in Dutch.
jurisdiction-CA = Canada
# Same as English: the Dutch name of the province is "Quebec".
jurisdiction-CA-QC = Quebec (Canada)
jurisdiction-CH = Zwitserland
# Same as English: the country's name is the same in Dutch.
jurisdiction-CY = Cyprus
jurisdiction-CZ = Tsjechië
jurisdiction-DE = Duitsland
jurisdiction-DE-BB = Brandenburg (Duitsland)
jurisdiction-DE-BE = Berlijn (Duitsland)
jurisdiction-DE-BW = Baden-Württemberg (Duitsland)
jurisdiction-DE-BY = Beieren (Duitsland)
jurisdiction-DE-HB = Bremen (Duitsland)
jurisdiction-DE-HE = Hessen (Duitsland)
jurisdiction-DE-HH = Hamburg (Duitsland)
jurisdiction-DE-MV = Mecklenburg-Voor-Pommeren (Duitsland)
jurisdiction-DE-NI = Nedersaksen (Duitsland)
jurisdiction-DE-NW = Noordrijn-Westfalen (Duitsland)
jurisdiction-DE-RP = Rijnland-Palts (Duitsland)
jurisdiction-DE-SH = Sleeswijk-Holstein (Duitsland)
jurisdiction-DE-SL = Saarland (Duitsland)
jurisdiction-DE-SN = Saksen (Duitsland)
jurisdiction-DE-ST = Saksen-Anhalt (Duitsland)
jurisdiction-DE-TH = Thüringen (Duitsland)
jurisdiction-DK = Denemarken
jurisdiction-EE = Estland
jurisdiction-ES = Spanje
# Same as English: the country's name is the same in Dutch.
jurisdiction-FI = Finland
jurisdiction-FR = Frankrijk
jurisdiction-GB = Verenigd Koninkrijk
jurisdiction-GR = Griekenland
jurisdiction-HK = Hongkong
jurisdiction-HR = Kroatië
jurisdiction-HU = Hongarije
jurisdiction-IE = Ierland
# Same as English: the country's name is the same in Dutch.
jurisdiction-IN = India
jurisdiction-IS = IJsland
jurisdiction-IT = Italië
# Same as English: the country's name is the same in Dutch.
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Litouwen
jurisdiction-LU = Luxemburg
jurisdiction-LV = Letland
# Same as English: the country's name is the same in Dutch.
jurisdiction-MT = Malta
jurisdiction-NL = Nederland
jurisdiction-NO = Noorwegen
jurisdiction-OTHER = ander land
jurisdiction-PL = Polen
# Same as English: the country's name is the same in Dutch.
jurisdiction-PT = Portugal
jurisdiction-RO = Roemenië
jurisdiction-SE = Zweden
jurisdiction-SI = Slovenië
jurisdiction-SK = Slowakije
jurisdiction-US = Verenigde Staten
jurisdiction-US-CA = Californië (Verenigde Staten)

## Shared pieces of all documents

recipient-dpo = T.a.v. de functionaris voor gegevensbescherming
# The footer of multi-page letters.
page-number = Pagina { $page } van { $total }
salutation = Geachte heer, mevrouw,
closing = Hoogachtend,
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Bijlage:
   *[other] Bijlagen:
}
# The subject line as the letter shows it ("Betreft: ...").
subject-line = Betreft: { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] het trainen, verfijnen, evalueren en verbeteren van modellen voor kunstmatige intelligentie die content genereren (generatieve AI), met name met mijn profielgegevens en de content die ik op LinkedIn heb gepubliceerd;
   *[non-member] het trainen, verfijnen, evalueren en verbeteren van modellen voor kunstmatige intelligentie die content genereren (generatieve AI), met name met content over mij die anderen op LinkedIn hebben gepubliceerd;
}
purpose-ai-other = het trainen van modellen voor kunstmatige intelligentie en machinaal leren
    voor andere doeleinden, zoals het personaliseren van uw diensten, het classificeren van
    content en het verbeteren van uw producten en diensten in het algemeen;
purpose-affiliate-sharing = het verstrekken van mijn persoonsgegevens aan uw gelieerde
    ondernemingen, waaronder Microsoft, zodat deze hun eigen AI-modellen kunnen trainen of hun
    advertentiediensten kunnen leveren, ontwikkelen of verbeteren;
form-purpose-ai-training = { $account ->
    [member] het trainen van generatieve AI-modellen die content maken, met mijn profielgegevens en de content die ik heb gepubliceerd;
   *[non-member] het trainen van generatieve AI-modellen die content maken, met content over mij die anderen hebben gepubliceerd;
}
form-purpose-ai-other = het trainen van andere modellen voor AI en machinaal leren, bijvoorbeeld
    voor personalisatie en classificatie van content;
form-purpose-affiliate-sharing = het verstrekken van mijn gegevens aan gelieerde ondernemingen
    zoals Microsoft voor hun eigen AI-training of advertenties;
form-purpose-ads = gepersonaliseerde advertenties en het verstrekken van mijn gegevens voor
    advertentiedoeleinden;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Bezwaar tegen de verwerking van mijn persoonsgegevens op LinkedIn
form-field-name = Naam: { $name }
form-field-email = E-mailadres: { $email }
form-field-country = Woonland: { $country }
form-field-member = LinkedIn-account: { $account ->
    [member] ja, geregistreerd op het bovenstaande e-mailadres
   *[non-member] geen (ik ben geen lid van LinkedIn)
}
form-field-profile = Profiel: { $url }
form-field-content = Content over mij: { $url }
form-field-request = Verzoek: bezwaar tegen verwerking ({ $cite })
form-objection = Op grond van { $cite } maak ik bezwaar tegen de verwerking van mijn
    persoonsgegevens die u baseert op gerechtvaardigde belangen ({ $basis }), voor de volgende
    doeleinden:
form-direct-marketing = Op grond van { $cite } maak ik bezwaar tegen de verwerking van mijn
    persoonsgegevens voor direct marketing, met inbegrip van de daarmee verband houdende
    profilering, in het bijzonder voor gepersonaliseerde advertenties.
form-grounds = Mijn redenen die verband houden met mijn specifieke situatie:
form-requests = Zolang u mijn bezwaar beoordeelt, verzoek ik u de verwerking te beperken
    ({ $restriction }). Ik verzoek u de voor deze doeleinden verzamelde persoonsgegevens te
    wissen ({ $erasure }) en de ontvangers, waaronder Microsoft, daarvan in kennis te stellen
    ({ $recipients }).
form-confirmation = Ik verzoek u mij uiterlijk op { $deadline } schriftelijk te bevestigen dat u
    aan mijn bezwaar gevolg hebt gegeven.

## Guidance printed after the form text (on standard error)

form-guide-heading = Volgende stappen:
form-guide-open = Open het formulier van LinkedIn voor bezwaar tegen gegevensverwerking (Data
    Processing Objection): { $url }
form-guide-option = Kies de optie om bezwaar te maken tegen de verwerking van uw gegevens voor het
    trainen van AI-modellen die content genereren (LinkedIn kan deze optie anders noemen), neem de
    gegevens hierboven over in de velden van het formulier en plak de tekst in het vrije
    tekstveld.
form-guide-toggle = De instelling “Data for Generative AI Improvement” ({ $url }) stopt alleen het
    toekomstige trainen van modellen die content genereren. Andere toepassingen van AI en
    advertenties vallen er niet onder; daarom komt het aan op het bezwaar zelf.
form-guide-non-member = Zonder account hebt u geen instellingen die u kunt aanpassen: uw weg is dit
    formulier of een brief aan de functionaris voor gegevensbescherming van LinkedIn (objection
    letter).
form-guide-letter = Verstuur voor een formeel bewijs van uw bezwaar ook de brief: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Bezwaar tegen de verwerking van mijn persoonsgegevens ({ $law }), LinkedIn-account { $email }
   *[non-member] Bezwaar tegen de verwerking van mijn persoonsgegevens ({ $law }); ik heb geen LinkedIn-account
}
letter-intro-member = Ik ben lid van LinkedIn; mijn account is geregistreerd op het e-mailadres
    { $email }. Ik richt mij tot u als functionaris voor gegevensbescherming van { $controller },
    de verwerkingsverantwoordelijke voor mijn persoonsgegevens.
letter-intro-member-profile = Mijn openbare profiel: { $url }
letter-intro-non-member = Ik heb geen LinkedIn-account. Anderen hebben op LinkedIn content gepubliceerd die mijn persoonsgegevens bevat, met name { $count ->
    [one] op het volgende adres:
   *[other] op de volgende adressen:
}
letter-intro-non-member-after = Ik richt mij tot u als functionaris voor gegevensbescherming van
    { $controller }, de verwerkingsverantwoordelijke voor deze gegevens.
letter-heading-objection = Bezwaar tegen verwerking op grond van gerechtvaardigde belangen
letter-objection = Op grond van { $cite } maak ik, om redenen die verband houden met mijn
    specifieke situatie, bezwaar tegen de verwerking van mijn persoonsgegevens die u baseert op
    gerechtvaardigde belangen in de zin van { $basis }, voor de volgende doeleinden:
letter-objection-notice = { $account ->
    [member] Volgens uw privacyverklaring baseert u zich sinds 3 november 2025 op gerechtvaardigde belangen om AI-modellen die content genereren te trainen met gegevens van leden.
   *[non-member] Volgens uw privacyverklaring baseert u zich sinds 3 november 2025 op gerechtvaardigde belangen om AI-modellen die content genereren te trainen met de content die leden publiceren, die ook persoonsgegevens van anderen bevat, zoals de mijne.
}
letter-grounds-given = Mijn redenen die verband houden met mijn specifieke situatie zijn de
    volgende:
letter-grounds-burden = Na dit bezwaar mag u de verwerking alleen voortzetten als u dwingende
    gerechtvaardigde gronden aantoont die zwaarder wegen dan mijn belangen, rechten en vrijheden,
    of als de verwerking verband houdt met de instelling, uitoefening of onderbouwing van een
    rechtsvordering. De bewijslast daarvan rust op u.
letter-heading-direct-marketing = Bezwaar tegen profilering voor direct marketing
letter-direct-marketing = Op grond van { $cite } maak ik bezwaar tegen de verwerking van mijn
    persoonsgegevens voor direct marketing, met inbegrip van de daarmee verband houdende
    profilering, in het bijzonder voor gepersonaliseerde advertenties. Dit bezwaar behoeft geen
    motivering; zodra het is ontvangen, mogen mijn gegevens niet langer voor deze doeleinden
    worden verwerkt.
letter-consent-withdrawal = Voor zover u zich voor gepersonaliseerde advertenties op mijn
    toestemming baseert, trek ik die toestemming op grond van { $cite } in.
letter-heading-restriction = Beperking van de verwerking zolang mijn bezwaar wordt beoordeeld
letter-restriction = Op grond van { $cite } verzoek ik u de verwerking van mijn persoonsgegevens
    voor de bovengenoemde doeleinden te beperken totdat is nagegaan of uw gerechtvaardigde gronden
    zwaarder wegen dan de mijne.
letter-heading-erasure = Wissing
letter-erasure = Op grond van { $cite } verzoek ik u de persoonsgegevens die u voor deze
    doeleinden hebt verzameld of afgeleid, te wissen, met inbegrip van kopieën in
    trainingsgegevens. Ik verzoek u mij tevens mee te delen of mijn gegevens al zijn gebruikt om
    modellen te trainen en, zo ja, welke maatregelen u in dat verband neemt.
letter-heading-recipients = Ontvangers
letter-recipients = Op grond van { $cite } verzoek ik u iedere ontvanger aan wie u mijn
    persoonsgegevens voor deze doeleinden hebt verstrekt, met inbegrip van uw gelieerde
    ondernemingen zoals Microsoft, in kennis te stellen van de beperking en de wissing, en mij mee
    te delen wie deze ontvangers zijn.
letter-heading-fadp = Zwitsers gegevensbeschermingsrecht
letter-fadp = Ik woon in Zwitserland. Deze brief is tevens mijn uitdrukkelijke wilsverklaring in
    de zin van { $personality } dat mijn persoonsgegevens niet voor de bovengenoemde doeleinden
    mogen worden verwerkt. Verwerking in strijd met deze verklaring maakt inbreuk op mijn
    persoonlijkheid, en een dergelijke inbreuk is onrechtmatig, tenzij zij gerechtvaardigd is op
    grond van { $justification }. Voor zover mijn gegevens algemeen toegankelijk zijn, verbied ik
    uitdrukkelijk de verwerking ervan voor deze doeleinden ({ $public }). Ik behoud mij mijn
    vorderingen op grond van { $claims } voor.
letter-heading-confirmation = Bevestiging
letter-confirmation = Ik verzoek u mij onverwijld, en uiterlijk op { $deadline }, schriftelijk te
    bevestigen dat u aan mijn bezwaar en mijn verzoeken gevolg hebt gegeven ({ $cite }). Indien u
    meent de verwerking te mogen voortzetten, verzoek ik u de dwingende gerechtvaardigde gronden
    uiteen te zetten waarop u zich beroept.
letter-toggle = Ik ben bekend met de instelling “Data for Generative AI Improvement”. Aangezien
    die alleen het toekomstige trainen van modellen die content genereren betreft, vervangt zij dit
    bezwaar niet.
letter-uk-complaint = Indien u geen gevolg geeft aan dit bezwaar, verzoek ik u deze brief tevens
    te behandelen als een tot u gerichte klacht op grond van { $cite }.
letter-reply-channel = Ik verzoek u uw antwoord te richten aan het e-mailadres { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Melding op grond van { $cite } betreffende { $controller }
   *[complaint] Klacht op grond van { $cite } tegen { $controller }
}
complaint-intro = Hierbij dien ik een klacht in tegen { $controller }, { $address }, over de
    verwerking van mijn persoonsgegevens.
complaint-intro-report = Hierbij meld ik u de verwerking van mijn persoonsgegevens door
    { $controller }, { $address }. Ik ben mij ervan bewust dat ik als melder geen partij ben in
    de procedure.
complaint-heading-facts = Feiten
complaint-facts = { $account ->
    [member] Ik ben lid van LinkedIn (e-mailadres van het account: { $email }).
   *[non-member] Ik heb geen LinkedIn-account; anderen hebben op LinkedIn content over mij gepubliceerd, met name { $count ->
        [one] op het volgende adres:
       *[other] op de volgende adressen:
    }
}
complaint-objection-sent = Op { $date } heb ik op grond van { $cite } bezwaar gemaakt tegen de
    verwerking van mijn persoonsgegevens en verzocht om beperking van de verwerking, wissing van de
    gegevens en kennisgeving aan de ontvangers. Mijn bezwaar is bijgevoegd.
complaint-objection-sent-report = Op { $date } heb ik uitdrukkelijk bezwaar gemaakt tegen de
    verwerking van mijn persoonsgegevens voor AI-training en daarmee samenhangende doeleinden. Mijn
    bezwaar is bijgevoegd.
complaint-deadline = De termijn voor een antwoord op grond van { $cite } is op { $deadline }
    verstreken.
complaint-outcome = { $outcome ->
    [refused] LinkedIn heeft mijn bezwaar afgewezen zonder dwingende gerechtvaardigde gronden aan te tonen die zwaarder wegen dan mijn belangen, rechten en vrijheden. Het antwoord van LinkedIn is bijgevoegd.
    [incomplete] Het antwoord van LinkedIn geeft niet volledig gevolg aan mijn bezwaar. Het antwoord is bijgevoegd.
   *[no-reply] Tot op heden heb ik geen inhoudelijk antwoord ontvangen.
}
complaint-heading-assessment = Beoordeling
complaint-assessment = LinkedIn beroept zich op gerechtvaardigde belangen in de zin van { $basis }
    om profielen en gepubliceerde content van leden, met inbegrip van de persoonsgegevens van
    anderen die deze content bevat, te gebruiken voor het trainen van AI-modellen die content
    genereren. Na een bezwaar mag LinkedIn de verwerking alleen voortzetten als het dwingende
    gerechtvaardigde gronden aantoont die zwaarder wegen dan de belangen, rechten en vrijheden van
    de betrokkene ({ $cite }). Dat heeft LinkedIn niet gedaan; naar mijn oordeel is de voortgezette
    verwerking van mijn gegevens daarom in strijd met de { $law }.
complaint-assessment-report = Verwerking van mijn persoonsgegevens in strijd met mijn uitdrukkelijke
    wilsverklaring maakt inbreuk op mijn persoonlijkheid in de zin van { $personality }, en een
    dergelijke inbreuk is onrechtmatig, tenzij zij gerechtvaardigd is op grond van
    { $justification }. LinkedIn heeft geen dergelijke rechtvaardiging aangetoond.
complaint-heading-requests = Verzoeken
complaint-requests = Ik verzoek u mijn klacht te onderzoeken, de maatregelen te nemen die nodig zijn
    opdat LinkedIn gevolg geeft aan mijn bezwaar, en mij in kennis te stellen van de voortgang en
    het resultaat van de klacht.
complaint-requests-report = Ik verzoek u op grond van { $cite } een onderzoek in te stellen en mij
    te informeren over de stappen die u zet en over het resultaat daarvan.
complaint-lead-authority = De Ierse Data Protection Commission is de leidende toezichthoudende
    autoriteit voor { $controller } ({ $cite }). Ik dien deze klacht bij u in als de
    toezichthoudende autoriteit van mijn gewone verblijfplaats en verzoek u de klacht in
    samenwerking met de Data Protection Commission te behandelen.
complaint-lead-authority-forward = De Ierse Data Protection Commission is de leidende
    toezichthoudende autoriteit voor { $controller } ({ $cite }). Voor zover mij bekend, bent u
    zelf niet bevoegd ten aanzien van deze onderneming; ik verzoek u daarom mijn klacht door te
    zenden aan de bevoegde toezichthoudende autoriteit.
complaint-lead-authority-report = In de Europese Unie staat { $controller } onder toezicht van de
    Ierse Data Protection Commission als leidende toezichthoudende autoriteit.
complaint-uk-controller-first = Voordat ik mij tot u wendde, heb ik de kwestie aan de
    verwerkingsverantwoordelijke voorgelegd: in mijn bezwaar heb ik LinkedIn verzocht het tevens te
    behandelen als klacht op grond van { $cite }.
complaint-enclosure-objection = Mijn bezwaar van { $date }
complaint-enclosure-reply = Het antwoord van LinkedIn
complaint-contact = U kunt mij bereiken via { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Herinnering: mijn bezwaar van { $date } ({ $law }), LinkedIn-account { $email }
   *[non-member] Herinnering: mijn bezwaar van { $date } ({ $law })
}
reminder-intro = Op { $date } heb ik op grond van { $cite } bezwaar gemaakt tegen de verwerking van
    mijn persoonsgegevens en verzocht om beperking van de verwerking, wissing van de gegevens en
    kennisgeving aan de ontvangers. Een kopie van mijn bezwaar is bijgevoegd.
reminder-overdue = De termijn voor uw antwoord op grond van { $cite } is op { $deadline }
    verstreken. Tot op heden heb ik geen inhoudelijk antwoord ontvangen.
reminder-request = Ik verzoek u zonder verder uitstel gevolg te geven aan mijn bezwaar en mijn
    verzoeken en mij dit uiterlijk op { $deadline } schriftelijk te bevestigen.
reminder-next = { $route ->
    [report] Indien ik op die datum geen bevredigend antwoord heb ontvangen, zal ik de zaak melden bij de volgende toezichthouder: { $authority }.
   *[complaint] Indien ik op die datum geen bevredigend antwoord heb ontvangen, zal ik een klacht indienen bij de volgende toezichthoudende autoriteit: { $authority }.
}
complaint-reminder-sent = Op { $date } heb ik LinkedIn aan mijn bezwaar herinnerd en een nieuwe
    termijn gesteld tot { $deadline }.
complaint-enclosure-reminder = Mijn herinnering van { $date }

## Case status (objection status --case DIR)

status-reference = Dossier { $reference }
status-empty = Dit dossier bevat nog geen bezwaar. Begin het met: objection letter --case { $dir }
status-sent = Bezwaar verzonden op { $date }.
status-reminded = Herinnering verzonden op { $date }.
status-complained = Klacht opgesteld op { $date }. De autoriteit laat u weten hoe zij verder gaat.
status-waiting = Wachten op het antwoord van LinkedIn tot { $date } (nog { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}).
status-overdue = Termijn met { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
} overschreden: de termijn verliep op { $date }.
status-next-wait-reminder = Volgende stap: als LinkedIn dan nog niet heeft geantwoord, schrijf een herinnering: objection reminder --case { $dir }
status-next-wait-complaint = Volgende stap: als LinkedIn dan nog niet heeft geantwoord, schrijf de klacht: objection complaint --case { $dir }
status-next-reminder = Volgende stap: schrijf een herinnering: objection reminder --case { $dir }
status-next-complaint = Volgende stap: schrijf de klacht aan de toezichthoudende autoriteit: objection complaint --case { $dir }
calendar-summary = Termijn voor het antwoord van LinkedIn op uw bezwaar ({ $reference })
calendar-description = Als LinkedIn vandaag nog niet heeft geantwoord, ziet u de volgende stap met: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Geen AVG-begrippen hier (geen "verwerkingsverantwoordelijke", "gerechtvaardigd belang",
# "bezwaar op grond van artikel 21"): deze brieven gaan naar LinkedIn Corporation op grond van
# ander recht. Buitenlandse wetten worden geciteerd in hun eigen vorm ("PIPEDA, bijlage 1,
# beginsel 4.3.8", "Cal. Civ. Code § 1798.120"); "sections" worden "artikel".
# De law-name-* staan met lidwoord en worden alleen ingevoegd waar dat grammaticaal past.

# Same as English: the Canadian law's abbreviation.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: the Hong Kong ordinance's abbreviation and chapter.
law-pdpo = PDPO (Cap. 486)
# Same as English: the California code's citation form.
law-ccpa = Cal. Civ. Code
# Same as English: the Indian Act's short title.
law-dpdp = DPDP Act 2023
law-us-generic = Privacybeleid van LinkedIn
law-generic = Privacybeleid van LinkedIn
# Short names for subject lines.
# Same as English: the Canadian law's abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = privacywet van Quebec voor de privésector
# Same as English: the Hong Kong ordinance's abbreviation.
law-short-pdpo = PDPO
# Same as English: the California law's abbreviation.
law-short-ccpa = CCPA
# Same as English: the Indian Act's short title.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Privacybeleid van LinkedIn
law-short-generic = Privacybeleid van LinkedIn
# The name of the law in running text, with its article ("op grond van de Canadese wet ...").
law-name-pipeda = de Canadese wet op de bescherming van persoonsgegevens en elektronische documenten (PIPEDA)
law-name-qc-private = de wet van Quebec inzake de bescherming van persoonsgegevens in de privésector (CQLR c. P-39.1)
law-name-pdpo = de Hongkongse verordening inzake persoonsgegevens en privacy (PDPO)
law-name-ccpa = de Californische wet ter bescherming van de privacy van consumenten (CCPA)
law-name-dpdp = de Indiase wet op de bescherming van digitale persoonsgegevens van 2023 (DPDP Act)
law-name-us-generic = het Privacybeleid van LinkedIn
law-name-generic = het Privacybeleid van LinkedIn
cite-common-article = artikel { $number }
cite-common-article-paragraph = artikel { $number }({ $paragraph })
cite-common-section = artikel { $number }
cite-common-section-paragraph = artikel { $number }({ $paragraph })
cite-common-principle = bijlage 1, beginsel { $number }
cite-common-dpp = bijlage 1, gegevensbeschermingsbeginsel { $number }
cite-common-and = { $first } en { $second }
# Same as English: law first, then the references ("PIPEDA, bijlage 1, beginsel 4.3.8").
cite-common-law = { $law }, { $refs }
# Same as English: the section sign of US codes.
cite-us-section = § { $number }
cite-us-and = { $first } en { $second }
# Same as English: code, then the sections ("Cal. Civ. Code § 1798.120").
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] gepersonaliseerde advertenties op basis van mijn profiel en activiteiten, en het doorgeven van mijn gegevens aan anderen voor advertentiedoeleinden;
   *[non-member] gepersonaliseerde advertenties op basis van mijn persoonsgegevens, en het doorgeven daarvan aan anderen voor advertentiedoeleinden;
}
other-subject = { $family ->
    [consent] Intrekking van mijn toestemming voor het gebruik van mijn persoonsgegevens ({ $law })
    [optout] Verzoek om opt-out van de verkoop en het delen van mijn persoonsgegevens ({ $law })
   *[generic] Verzoek om mijn persoonsgegevens niet langer te gebruiken voor AI-training en advertenties
}
other-intro-member = Ik ben lid van LinkedIn; mijn account is geregistreerd op het e-mailadres
    { $email }. Ik wend mij tot { $controller } in verband met het gebruik van mijn
    persoonsgegevens.
other-intro-non-member = Ik heb geen LinkedIn-account. Anderen hebben op LinkedIn content gepubliceerd die mijn persoonsgegevens bevat, met name { $count ->
    [one] op het volgende adres:
   *[other] op de volgende adressen:
}
other-intro-non-member-after = Ik wend mij tot { $controller } in verband met het gebruik van deze
    gegevens.
consent-no-objection = Op grond van { $law } bestaat geen algemeen recht om bezwaar te maken tegen
    het gebruik van persoonsgegevens. Ik beroep mij daarom op het recht dat daar het dichtst bij
    komt: de intrekking van toestemming ({ $cite }).
consent-withdrawal = Ik trek elke uitdrukkelijke of stilzwijgende toestemming in waarop LinkedIn
    zich baseert om mijn persoonsgegevens te gebruiken voor de volgende doeleinden:
consent-new-purpose = Het trainen van modellen voor kunstmatige intelligentie is geen doel waarvoor
    ik mijn gegevens aan LinkedIn heb verstrekt. Voor het gebruik ervan voor een dergelijk nieuw
    doel is mijn toestemming vereist ({ $cite }), en die geef ik niet.
consent-in-force = De bepalingen van { $law } over toestemming en de intrekking daarvan treden
    volgens de planning op { $date } in werking. Tot dan verzoek ik u deze intrekking te
    eerbiedigen op grond van de toezeggingen in het Privacybeleid van LinkedIn.
optout-no-objection = De CCPA geeft geen recht om bezwaar te maken tegen AI-training als zodanig.
    Ik maak daarom gebruik van de rechten die zij wel geeft en voeg daar een eigen verzoek aan toe.
optout-sale = Op grond van { $cite } draag ik u op mijn persoonsgegevens niet te verkopen of te
    delen. Dit omvat het doorgeven ervan aan Microsoft of andere gelieerde ondernemingen, zodat zij
    de advertenties die zij mij tonen kunnen personaliseren.
optout-sensitive = Op grond van { $cite } draag ik u op het gebruik en de openbaarmaking van mijn
    gevoelige persoonsgegevens te beperken tot wat de wet toestaat.
optout-ai = Los van deze rechten verzoek ik u mijn persoonsgegevens niet langer te gebruiken voor de volgende doeleinden:
generic-basis = { $scope ->
    [us] Geen enkele federale wet geeft mij het recht om bezwaar te maken tegen dit gebruik. Ik beroep mij op de keuzemogelijkheden die LinkedIn zelf biedt en op het Privacybeleid van LinkedIn, en verzoek u deze volledig op mij toe te passen.
   *[other] Ik beroep mij op de toezeggingen in het Privacybeleid van LinkedIn, dat leden en bezoekers zeggenschap geeft over het gebruik van hun gegevens, en op de wetgeving inzake gegevensbescherming van mijn land, voor zover die van toepassing is.
}
generic-request = Mijn verzoek betreft het gebruik van mijn persoonsgegevens voor de volgende
    doeleinden:
generic-us-state = Indien een wet van mijn staat ter bescherming van de privacy van consumenten
    op LinkedIn van toepassing is, verzoek ik u deze brief tevens te behandelen als een verzoek op grond van die
    wet.
generic-settings = De instellingen “Data for Generative AI Improvement” en “Data sharing” van
    LinkedIn dekken slechts een deel van dit verzoek; ik verzoek u er volledig gevolg aan te geven.
other-stop = Ik verzoek u mijn gegevens niet langer voor deze doeleinden te gebruiken, ze uit te
    sluiten van toekomstige trainingsgegevens en mij mee te delen wat er gebeurt met reeds
    gebruikte gegevens.
other-deadline-courtesy = Voor uw antwoord geldt geen wettelijke termijn. Ik verzoek u niettemin
    mij uiterlijk op { $deadline } schriftelijk te bevestigen dat u aan dit verzoek gevolg hebt
    gegeven.
optout-deadline = Ik verzoek u mijn opt-out zo spoedig als redelijkerwijs mogelijk uit te voeren,
    uiterlijk op { $deadline } (15 werkdagen, de termijn die de uitvoeringsregels van de CCPA
    daarvoor stellen), en mij dit schriftelijk te bevestigen.
other-form-field-request = Verzoek: { $family ->
    [consent] intrekking van toestemming ({ $law })
    [optout] opt-out van verkoop en delen ({ $law })
   *[generic] mijn gegevens niet langer gebruiken voor AI-training en advertenties
}
other-form-guide-route = Dit formulier wordt beschreven in de Europese privacyverklaring van
    LinkedIn. Als het u niet wordt aangeboden, stuur dan in plaats daarvan de brief (objection
    letter) of gebruik het privacycontactformulier van LinkedIn: { $url }
other-reminder-subject = Herinnering: mijn brief van { $date } ({ $law })
other-reminder-intro = Op { $date } heb ik u geschreven over het gebruik van mijn persoonsgegevens
    voor AI-training en daarmee samenhangende doeleinden. Een kopie van mijn brief is bijgevoegd.
other-reminder-overdue = Ik heb u verzocht uiterlijk op { $deadline } te antwoorden. Tot op heden
    heb ik geen inhoudelijk antwoord ontvangen.
other-reminder-request = Ik verzoek u zonder verder uitstel gevolg te geven aan mijn verzoek en mij
    dit uiterlijk op { $deadline } schriftelijk te bevestigen.
other-reminder-next = Indien ik op die datum geen bevredigend antwoord heb ontvangen, zal ik een
    klacht indienen bij de volgende autoriteit: { $authority }.
other-reminder-next-none = Indien ik op die datum geen bevredigend antwoord heb ontvangen, zal ik
    de andere rechtsmiddelen overwegen die mij ter beschikking staan.
other-complaint-subject = Klacht over { $controller } ({ $law })
other-complaint-intro = Hierbij dien ik een klacht in over { $controller }, { $address }, in
    verband met het gebruik van mijn persoonsgegevens; van toepassing is { $law_name }.
other-complaint-sent = { $family ->
    [consent] Op { $date } heb ik mijn toestemming voor het gebruik van mijn persoonsgegevens voor AI-training en daarmee samenhangende doeleinden ingetrokken ({ $cite }).
   *[optout] Op { $date } heb ik LinkedIn opgedragen mijn persoonsgegevens niet te verkopen of te delen ({ $cite }) en verzocht mijn gegevens niet langer te gebruiken voor het trainen van AI-modellen.
} Mijn brief is bijgevoegd. Ik heb verzocht uiterlijk op { $deadline } te antwoorden.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn heeft mijn verzoek afgewezen. Het antwoord van LinkedIn is bijgevoegd.
    [incomplete] Het antwoord van LinkedIn geeft niet volledig gevolg aan mijn verzoek. Het antwoord is bijgevoegd.
   *[no-reply] Tot op heden heb ik geen inhoudelijk antwoord ontvangen.
}
other-complaint-assessment = { $family ->
    [consent] Naar mijn oordeel gebruikt LinkedIn mijn gegevens nog steeds zonder mijn toestemming, en wel voor een nieuw doel waarvoor die toestemming vereist is ({ $cite }).
   *[optout] Naar mijn oordeel heeft LinkedIn mijn opt-out niet uitgevoerd binnen de termijn die de uitvoeringsregels van de CCPA toestaan.
}
other-complaint-requests = Ik verzoek u mijn klacht te onderzoeken en mij van de uitkomst in
    kennis te stellen.
other-enclosure-letter = Mijn brief van { $date }
other-reasons = Over mijn situatie voeg ik het volgende toe:
other-complaint-reminder-sent = Op { $date } heb ik LinkedIn een herinnering gestuurd en een nieuwe
    termijn gesteld tot { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Een bezwaar op grond van { $cite } vraagt om redenen die verband houden met uw specifieke situatie; dit bezwaar bevat ze niet. Voeg ze toe met --reason "..." zodat het moeilijker kan worden afgewezen.
note-federal-authority = Met alleen DE gaat de klacht naar de federale autoriteit (BfDI), die klachten over bedrijven doorstuurt naar de autoriteit van de deelstaat. Kies voor de directe weg uw deelstaat, bijvoorbeeld --country DE-BE (zie `objection jurisdictions`).
warning-premature = LinkedIn heeft tot { $deadline } om te antwoorden; { $document ->
    [reminder] een herinnering
   *[complaint] een klacht
} wegens het uitblijven van een antwoord is vóór die datum voorbarig.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Bijgaand stuur ik u mijn brief van { $date } als pdf-bestand. De volledige tekst staat hieronder.
email-cover-reminder = Bijgaand stuur ik u mijn herinnering van { $date } als pdf-bestand. De volledige tekst staat hieronder.
email-cover-complaint = Bijgaand stuur ik u mijn klacht van { $date } als pdf-bestand. De volledige tekst staat hieronder.
email-receipt = Graag ontvang ik een ontvangstbevestiging.
email-file-letter = brief
email-file-reminder = herinnering
email-file-complaint = klacht
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Alleen de pdf is bij de e-mail gevoegd. Voeg vóór het verzenden ook de bijlagen toe:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Deze assistent helpt u stap voor stap om bezwaar te maken tegen het gebruik van uw gegevens door LinkedIn. Er wordt pas iets opgeslagen als u aan het eind bevestigt. Met Esc of Ctrl+C stopt u op elk moment.
wizard-language = Taal
wizard-help-select = ↑↓ om te bewegen, Enter om te kiezen
wizard-help-multi = ↑↓ om te bewegen, spatie om aan of uit te vinken, Enter als u klaar bent
wizard-country = Waar woont u?
wizard-country-help = Typ om te zoeken, Enter om te kiezen. Kies in Duitsland uw deelstaat.
wizard-member = Hebt u een LinkedIn-account?
wizard-answer = { $answer ->
    [yes] Ja
   *[no] Nee
}
wizard-content-url = Webadres { $number } van LinkedIn-inhoud over u
wizard-content-url-help = Kopieer het uit de adresbalk van uw browser (https://...). Laat het leeg als u klaar bent.
wizard-name = Uw volledige naam
wizard-email = Uw e-mailadres
wizard-email-help = Het adres van uw LinkedIn-account; zonder account het adres waarop LinkedIn u kan antwoorden.
wizard-address = Uw postadres, regel { $number }
wizard-address-help = Bijvoorbeeld straat en huisnummer, dan postcode en woonplaats. Laat het leeg als u klaar bent.
wizard-place = Uw woonplaats (voor de datumregel van de brief)
wizard-object-to = Waartegen maakt u bezwaar?
wizard-purpose-ai-training = LinkedIn traint met uw gegevens AI die teksten schrijft of afbeeldingen maakt
wizard-purpose-ai-other = Ander AI-gebruik van uw gegevens, bijvoorbeeld om uw feed te personaliseren of inhoud in te delen
wizard-purpose-ads-profiling = Reclame op basis van een profiel van u
wizard-purpose-affiliate-sharing = Het doorgeven van uw gegevens aan Microsoft en andere gelieerde bedrijven voor hun AI of reclame
wizard-reason = Waarom is dit voor u persoonlijk belangrijk? (niet verplicht)
wizard-reason-help = Bijvoorbeeld: 'Ik ben journalist en moet mijn bronnen beschermen.' 'Mijn berichten zijn mijn werk; kopieën door AI schaden mijn inkomen.' Druk op Enter om over te slaan.
wizard-outputs = Welke documenten wilt u?
wizard-output = { $output ->
    [form] De tekst voor het onlineformulier van LinkedIn
    [letter-pdf] De brief als pdf, om af te drukken en per post te versturen
   *[letter-text] De brief als tekst
}
wizard-problem = { $problem ->
    [empty] Dit mag niet leeg zijn.
    [too-long] Dit is te lang: { $length } tekens, hoogstens { $limit }.
    [control] Verwijder het stuurteken { $character }.
    [bidi] Typ dit opnieuw zonder het richtingsteken { $character }: het kan de volgorde veranderen waarin tekst wordt getoond.
    [email] Dit is geen e-mailadres. Voorbeeld: name@example.org
   *[url] Dit is geen webadres. Kopieer het uit uw browser; het begint met https://
}
wizard-preview = Voorbeeld van uw tekst:
wizard-folder = Map voor uw documenten
wizard-folder-exists = Deze map bestaat al. Kies een nieuwe naam.
wizard-confirm = Uw documenten nu in de map { $dir } opslaan?
wizard-next-form = De tekst voor het formulier van LinkedIn staat in { $file }.
wizard-next-letter = Druk { $file } af, onderteken de brief en stuur hem per post naar het adres bovenaan de brief. Bewaar een kopie.
wizard-next-deadline = LinkedIn heeft tot { $date } om te antwoorden.
wizard-next-reminder = Als er dan geen echt antwoord is, schrijf dan een herinnering: { $command }
wizard-save-details = Uw gegevens in { $file } bewaren voor de volgende keer?
wizard-saved = Opgeslagen. De volgende keer: { $command }
wizard-stopped = Gestopt. Er is niets opgeslagen.
