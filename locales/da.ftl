# Dansk (Danmark). Definerer præcis de samme meddelelser som en.ftl.
#
# Konventioner: formelt dansk juridisk sprog, som en advokat med speciale i databeskyttelse
# ville skrive det; terminologi fra den officielle danske udgave af databeskyttelsesforordningen
# (forordning (EU) 2016/679): "dataansvarlig", "den registrerede", "begrænsning af behandling",
# "legitime interesser", "vægtige legitime grunde", "direkte markedsføring",
# "(ledende) tilsynsmyndighed", "databeskyttelsesrådgiver", "sletning", "modtagere",
# "sædvanligt opholdssted".
# Forordningens navn: "databeskyttelsesforordningen", som Datatilsynet skriver det
# ("databeskyttelsesforordningens artikel 6, stk. 1", "forordningens artikel 14"):
# https://www.datatilsynet.dk/afgoerelser/afgoerelser/2021/dec/kritik-af-det-konservative-folkepartis-manglende-opfyldelse-af-oplysningspligten
# Datatilsynets side om retten til indsigelse:
# https://admin.datatilsynet.dk/borger/hvad-er-dine-rettigheder/ret-til-indsigelse
# Henvisninger: "artikel 21, stk. 1, i databeskyttelsesforordningen"; "artikel 18, stk. 1,
# litra d, i databeskyttelsesforordningen"; "artikel 21, stk. 2 og 3, i ..."; britiske
# "sections" gengives med "§" ("§ 164A i DPA 2018"); schweizisk lov: "artikel 30, stk. 2,
# litra b, i DSG".
# Dato: "23. november 2026"; datolinje "Sted, den 23. november 2026".
# Indledning "Til rette vedkommende" og afslutning "Med venlig hilsen"; brødteksten efter
# indledningen begynder med stort bogstav. Modtageren tiltales med "I/jer/jeres".
# Anførselstegn: ”…”. Indstillingen "Data for Generative AI Improvement" beholder sit engelske
# navn (legal-facts.md angiver ingen dansk betegnelse).
# Teksten er kønsneutral: første person bøjes ikke efter køn på dansk.

lang-name = Dansk

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = databeskyttelsesforordningen
# Same as English: the name of the UK law.
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: the abbreviation of the UK Data Protection Act 2018.
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# "artikel 21, stk. 1, i databeskyttelsesforordningen"; "artikel 19 i databeskyttelsesforordningen";
# "artikel 12, stk. 3, og artikel 12A i UK GDPR"; "§ 164A i DPA 2018".

cite-eu-article = artikel { $number }
cite-eu-article-paragraph = artikel { $number }, stk. { $paragraph },
cite-eu-article-paragraphs = artikel { $number }, stk. { $paragraph } og { $second },
cite-eu-article-paragraph-point = artikel { $number }, stk. { $paragraph }, litra { $point },
cite-eu-section = § { $number }
cite-eu-section-paragraph = § { $number }, stk. { $paragraph },
cite-eu-section-paragraphs = § { $number }, stk. { $paragraph } og { $second },
cite-eu-section-paragraph-point = § { $number }, stk. { $paragraph }, litra { $point },
cite-eu-and = { $first } og { $second }
cite-eu-law = { $refs } i { $law }
cite-ch-article = artikel { $number }
cite-ch-article-paragraph = artikel { $number }, stk. { $paragraph },
cite-ch-article-paragraphs = artikel { $number }, stk. { $paragraph } og { $second },
cite-ch-article-paragraph-point = artikel { $number }, stk. { $paragraph }, litra { $point },
cite-ch-section = § { $number }
cite-ch-section-paragraph = § { $number }, stk. { $paragraph },
cite-ch-section-paragraphs = § { $number }, stk. { $paragraph } og { $second },
cite-ch-section-paragraph-point = § { $number }, stk. { $paragraph }, litra { $point },
cite-ch-and = { $first } og { $second }
cite-ch-law = { $refs } i { $law }

## Dates

month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-long = { $day }. { $month } { $year }
# Datolinjen: sted og dato ("København, den 23. november 2026") eller kun datoen.
dateline-with-place = { $place }, den { $date }
# Same as English: the date alone ("23. november 2026").
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Østrig
jurisdiction-BE = Belgien
jurisdiction-BG = Bulgarien
# Same as English: the country's name is the same in Danish.
jurisdiction-CA = Canada
jurisdiction-CA-QC = Québec (Canada)
jurisdiction-CH = Schweiz
jurisdiction-CY = Cypern
jurisdiction-CZ = Tjekkiet
jurisdiction-DE = Tyskland
jurisdiction-DE-BB = Brandenburg (Tyskland)
jurisdiction-DE-BE = Berlin (Tyskland)
jurisdiction-DE-BW = Baden-Württemberg (Tyskland)
jurisdiction-DE-BY = Bayern (Tyskland)
jurisdiction-DE-HB = Bremen (Tyskland)
jurisdiction-DE-HE = Hessen (Tyskland)
jurisdiction-DE-HH = Hamborg (Tyskland)
jurisdiction-DE-MV = Mecklenburg-Vorpommern (Tyskland)
jurisdiction-DE-NI = Niedersachsen (Tyskland)
jurisdiction-DE-NW = Nordrhein-Westfalen (Tyskland)
jurisdiction-DE-RP = Rheinland-Pfalz (Tyskland)
jurisdiction-DE-SH = Slesvig-Holsten (Tyskland)
jurisdiction-DE-SL = Saarland (Tyskland)
jurisdiction-DE-SN = Sachsen (Tyskland)
jurisdiction-DE-ST = Sachsen-Anhalt (Tyskland)
jurisdiction-DE-TH = Thüringen (Tyskland)
jurisdiction-DK = Danmark
jurisdiction-EE = Estland
jurisdiction-ES = Spanien
# Same as English: the country's name is the same in Danish.
jurisdiction-FI = Finland
jurisdiction-FR = Frankrig
jurisdiction-GB = Det Forenede Kongerige
jurisdiction-GR = Grækenland
jurisdiction-HK = Hongkong
jurisdiction-HR = Kroatien
jurisdiction-HU = Ungarn
jurisdiction-IE = Irland
jurisdiction-IN = Indien
jurisdiction-IS = Island
jurisdiction-IT = Italien
# Same as English: the country's name is the same in Danish.
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Litauen
# Same as English: the country's name is the same in Danish.
jurisdiction-LU = Luxembourg
jurisdiction-LV = Letland
# Same as English: the country's name is the same in Danish.
jurisdiction-MT = Malta
jurisdiction-NL = Nederlandene
jurisdiction-NO = Norge
jurisdiction-OTHER = andet land
jurisdiction-PL = Polen
# Same as English: the country's name is the same in Danish.
jurisdiction-PT = Portugal
jurisdiction-RO = Rumænien
jurisdiction-SE = Sverige
jurisdiction-SI = Slovenien
jurisdiction-SK = Slovakiet
jurisdiction-US = USA
jurisdiction-US-CA = Californien (USA)

## Shared pieces of all documents

recipient-dpo = Att.: Databeskyttelsesrådgiveren
# The footer of multi-page letters.
page-number = Side { $page } af { $total }
salutation = Til rette vedkommende
closing = Med venlig hilsen
# "Bilag" er både ental og flertal.
label-enclosures = { $count ->
    [one] Bilag:
   *[other] Bilag:
}
# Same as English: Danish letters show the subject line without a label.
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] træning, finjustering, evaluering og forbedring af modeller for kunstig intelligens, der genererer indhold (generativ AI), navnlig med mine profildata og det indhold, jeg har offentliggjort på LinkedIn;
   *[non-member] træning, finjustering, evaluering og forbedring af modeller for kunstig intelligens, der genererer indhold (generativ AI), navnlig med indhold om mig, som andre har offentliggjort på LinkedIn;
}
purpose-ai-other = træning af modeller for kunstig intelligens og maskinlæring til andre formål,
    f.eks. personalisering af jeres tjenester, klassificering af indhold og forbedring af jeres
    produkter og tjenester generelt;
purpose-affiliate-sharing = videregivelse af mine personoplysninger til jeres koncernforbundne
    selskaber, herunder Microsoft, så de kan træne deres egne AI-modeller eller levere, udvikle
    eller forbedre deres annonceringstjenester;
form-purpose-ai-training = { $account ->
    [member] træning af generative AI-modeller, der skaber indhold, med mine profildata og det indhold, jeg har offentliggjort;
   *[non-member] træning af generative AI-modeller, der skaber indhold, med indhold om mig, som andre har offentliggjort;
}
form-purpose-ai-other = træning af andre modeller for AI og maskinlæring, f.eks. til
    personalisering og klassificering af indhold;
form-purpose-affiliate-sharing = videregivelse af mine oplysninger til koncernforbundne selskaber
    som Microsoft til deres egen AI-træning eller annoncering;
form-purpose-ads = personaliseret annoncering og videregivelse af mine oplysninger til
    annonceringsformål;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Indsigelse mod behandling af mine personoplysninger på LinkedIn
form-field-name = Navn: { $name }
form-field-email = E-mailadresse: { $email }
form-field-country = Bopælsland: { $country }
form-field-member = LinkedIn-konto: { $account ->
    [member] ja, registreret med ovenstående e-mailadresse
   *[non-member] ingen (jeg er ikke medlem af LinkedIn)
}
form-field-profile = Profil: { $url }
form-field-content = Indhold om mig: { $url }
form-field-request = Anmodning: indsigelse mod behandling ({ $cite })
form-objection = I medfør af { $cite } gør jeg indsigelse mod den behandling af mine
    personoplysninger, som I baserer på legitime interesser ({ $basis }), til følgende formål:
form-direct-marketing = I medfør af { $cite } gør jeg indsigelse mod behandling af mine
    personoplysninger med henblik på direkte markedsføring, herunder profilering i forbindelse
    hermed, navnlig til personaliseret annoncering.
form-grounds = Mine grunde, der vedrører min særlige situation:
form-requests = Mens I behandler min indsigelse, anmoder jeg om begrænsning af behandlingen
    ({ $restriction }). Jeg anmoder om sletning af de personoplysninger, der er indsamlet til disse
    formål ({ $erasure }), og om, at I underretter modtagerne, herunder Microsoft, herom
    ({ $recipients }).
form-confirmation = Jeg anmoder om skriftlig bekræftelse senest den { $deadline } på, at I har
    efterkommet min indsigelse.

## Guidance printed after the form text (on standard error)

form-guide-heading = Næste skridt:
form-guide-open = Åbn LinkedIns formular til indsigelse mod databehandling (Data Processing
    Objection): { $url }
form-guide-option = Vælg muligheden for at gøre indsigelse mod behandlingen af dine data til
    træning af AI-modeller, der genererer indhold (LinkedIn kan formulere den anderledes), overfør
    oplysningerne ovenfor til formularens felter, og indsæt teksten i fritekstfeltet.
form-guide-toggle = Indstillingen ”Data for Generative AI Improvement” ({ $url }) stopper kun den
    fremtidige træning af modeller, der genererer indhold. Den omfatter ikke anden brug af AI eller
    annoncering, og derfor er selve indsigelsen afgørende.
form-guide-non-member = Uden en konto har du ingen indstillinger at ændre: din vej er denne
    formular eller et brev til LinkedIns databeskyttelsesrådgiver (objection letter).
form-guide-letter = Send også brevet, så din indsigelse er formelt dokumenteret: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Indsigelse mod behandling af mine personoplysninger ({ $law }), LinkedIn-konto { $email }
   *[non-member] Indsigelse mod behandling af mine personoplysninger ({ $law }); jeg har ingen LinkedIn-konto
}
letter-intro-member = Jeg er medlem af LinkedIn; min konto er registreret med e-mailadressen
    { $email }. Denne henvendelse er rettet til databeskyttelsesrådgiveren for { $controller },
    som er dataansvarlig for mine personoplysninger.
letter-intro-member-profile = Min offentlige profil: { $url }
letter-intro-non-member = Jeg har ingen LinkedIn-konto. Andre har på LinkedIn offentliggjort indhold, som indeholder mine personoplysninger, navnlig { $count ->
    [one] på følgende adresse:
   *[other] på følgende adresser:
}
letter-intro-non-member-after = Denne henvendelse er rettet til databeskyttelsesrådgiveren for
    { $controller }, som er dataansvarlig for disse oplysninger.
letter-heading-objection = Indsigelse mod behandling baseret på legitime interesser
letter-objection = I medfør af { $cite } gør jeg af grunde, der vedrører min særlige situation,
    indsigelse mod den behandling af mine personoplysninger, som I baserer på legitime interesser
    efter { $basis }, til følgende formål:
letter-objection-notice = { $account ->
    [member] Det fremgår af jeres privatlivspolitik, at I siden den 3. november 2025 har påberåbt jer legitime interesser som grundlag for at træne AI-modeller, der genererer indhold, med medlemmernes data.
   *[non-member] Det fremgår af jeres privatlivspolitik, at I siden den 3. november 2025 har påberåbt jer legitime interesser som grundlag for at træne AI-modeller, der genererer indhold, med det indhold, som medlemmerne offentliggør, og som også omfatter personoplysninger om andre, herunder mig.
}
letter-grounds-given = Mine grunde, der vedrører min særlige situation, er følgende:
letter-grounds-burden = Efter denne indsigelse må I kun fortsætte behandlingen, hvis I påviser
    vægtige legitime grunde til behandlingen, der går forud for mine interesser, rettigheder og
    frihedsrettigheder, eller hvis behandlingen er nødvendig for, at retskrav kan fastlægges, gøres
    gældende eller forsvares. Bevisbyrden herfor påhviler jer.
letter-heading-direct-marketing = Indsigelse mod profilering med henblik på direkte markedsføring
letter-direct-marketing = I medfør af { $cite } gør jeg indsigelse mod behandling af mine
    personoplysninger med henblik på direkte markedsføring, herunder profilering i det omfang, den
    vedrører sådan markedsføring, navnlig til personaliseret annoncering. Indsigelsen kræver ingen
    begrundelse; når den er modtaget, må mine oplysninger ikke længere behandles til disse formål.
letter-consent-withdrawal = I det omfang I baserer personaliseret annoncering på mit samtykke,
    trækker jeg dette samtykke tilbage i medfør af { $cite }.
letter-heading-restriction = Begrænsning af behandling, mens min indsigelse vurderes
letter-restriction = I medfør af { $cite } anmoder jeg om, at behandlingen af mine
    personoplysninger til de ovennævnte formål begrænses, indtil det er kontrolleret, om jeres
    legitime grunde går forud for mine.
letter-heading-erasure = Sletning
letter-erasure = I medfør af { $cite } anmoder jeg om, at I sletter de personoplysninger, som I har
    indsamlet eller udledt til disse formål, herunder kopier i træningsdata. Jeg anmoder jer
    endvidere om at oplyse, om mine oplysninger allerede er blevet brugt til at træne modeller, og i
    givet fald hvilke foranstaltninger I træffer i den anledning.
letter-heading-recipients = Modtagere
letter-recipients = I medfør af { $cite } anmoder jeg om, at I meddeler enhver modtager, som I har
    videregivet mine personoplysninger til med henblik på disse formål, herunder jeres
    koncernforbundne selskaber som Microsoft, begrænsningen og sletningen, og at I oplyser mig om,
    hvem disse modtagere er.
letter-heading-fadp = Schweizisk databeskyttelsesret
letter-fadp = Jeg bor i Schweiz. Dette brev er tillige min udtrykkelige viljeserklæring som
    omhandlet i { $personality } om, at mine personoplysninger ikke må behandles til de ovennævnte
    formål. Behandling i strid med denne erklæring krænker min personlighed, og en sådan krænkelse
    er retsstridig, medmindre den er begrundet efter { $justification }. I det omfang mine
    oplysninger er almindeligt tilgængelige, forbyder jeg udtrykkeligt behandling af dem til disse
    formål ({ $public }). Jeg forbeholder mig mine krav efter { $claims }.
letter-heading-confirmation = Bekræftelse
letter-confirmation = Jeg anmoder om skriftlig bekræftelse uden unødig forsinkelse og senest den
    { $deadline } på, at I har efterkommet min indsigelse og mine anmodninger ({ $cite }). Hvis I
    mener at kunne fortsætte behandlingen, bedes I redegøre for de vægtige legitime grunde, som I
    påberåber jer.
letter-toggle = Jeg er bekendt med indstillingen ”Data for Generative AI Improvement”. Da den kun
    omfatter den fremtidige træning af modeller, der genererer indhold, erstatter den ikke denne
    indsigelse.
letter-uk-complaint = Hvis I ikke efterkommer denne indsigelse, bedes I tillige behandle dette brev
    som en klage til jer i medfør af { $cite }.
letter-reply-channel = Jeres svar bedes sendt til e-mailadressen { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Anmeldelse i medfør af { $cite } vedrørende { $controller }
   *[complaint] Klage i medfør af { $cite } over { $controller }
}
complaint-intro = Jeg indgiver hermed klage over { $controller }, { $address }, vedrørende
    behandlingen af mine personoplysninger.
complaint-intro-report = Jeg anmelder hermed behandlingen af mine personoplysninger hos
    { $controller }, { $address }. Jeg er bekendt med, at jeg som anmelder ikke har status som
    part.
complaint-heading-facts = Sagsfremstilling
complaint-facts = { $account ->
    [member] Jeg er medlem af LinkedIn (kontoens e-mailadresse: { $email }).
   *[non-member] Jeg har ingen LinkedIn-konto; andre har på LinkedIn offentliggjort indhold om mig, navnlig { $count ->
        [one] på følgende adresse:
       *[other] på følgende adresser:
    }
}
complaint-objection-sent = Den { $date } gjorde jeg i medfør af { $cite } indsigelse mod
    behandlingen af mine personoplysninger og anmodede om begrænsning af behandlingen, sletning af
    oplysningerne og underretning af modtagerne. Min indsigelse er vedlagt.
complaint-objection-sent-report = Den { $date } gjorde jeg udtrykkeligt indsigelse mod behandlingen
    af mine personoplysninger til AI-træning og dermed forbundne formål. Min indsigelse er vedlagt.
complaint-deadline = Fristen for et svar efter { $cite } udløb den { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn har afvist min indsigelse uden at påvise vægtige legitime grunde, der går forud for mine interesser, rettigheder og frihedsrettigheder. LinkedIns svar er vedlagt.
    [incomplete] LinkedIns svar efterkommer ikke min indsigelse fuldt ud. Svaret er vedlagt.
   *[no-reply] Jeg har endnu ikke modtaget et egentligt svar.
}
complaint-heading-assessment = Vurdering
complaint-assessment = LinkedIn påberåber sig legitime interesser efter { $basis } som grundlag for
    at bruge medlemmernes profiler og offentliggjorte indhold, herunder de personoplysninger om
    andre, som findes i dette indhold, til træning af AI-modeller, der genererer indhold. Efter en
    indsigelse må LinkedIn kun fortsætte behandlingen, hvis virksomheden påviser vægtige legitime
    grunde, der går forud for den registreredes interesser, rettigheder og frihedsrettigheder
    ({ $cite }). Det er ikke sket; efter min opfattelse er den fortsatte behandling af mine
    oplysninger derfor i strid med { $law }.
complaint-assessment-report = Behandling af mine personoplysninger i strid med min udtrykkelige
    viljeserklæring krænker min personlighed som omhandlet i { $personality }, og en sådan krænkelse
    er retsstridig, medmindre den er begrundet efter { $justification }. LinkedIn har ikke godtgjort
    nogen sådan begrundelse.
complaint-heading-requests = Anmodninger
complaint-requests = Jeg anmoder jer om at undersøge min klage, at træffe de nødvendige
    foranstaltninger, så LinkedIn efterkommer min indsigelse, og at underrette mig om status for og
    resultatet af klagen.
complaint-requests-report = Jeg anmoder jer om at indlede en undersøgelse i medfør af { $cite } og
    at underrette mig om de skridt, I tager, og om resultatet heraf.
complaint-lead-authority = Den irske Data Protection Commission er ledende tilsynsmyndighed for
    { $controller } ({ $cite }). Jeg indgiver denne klage til jer som tilsynsmyndighed for mit
    sædvanlige opholdssted og anmoder jer om at behandle den i samarbejde med Data Protection
    Commission.
complaint-lead-authority-forward = Den irske Data Protection Commission er ledende tilsynsmyndighed
    for { $controller } ({ $cite }). Så vidt jeg ved, er I ikke selv kompetente over for denne
    virksomhed; jeg anmoder jer derfor om at videresende min klage til den kompetente
    tilsynsmyndighed.
complaint-lead-authority-report = I Den Europæiske Union er den irske Data Protection Commission
    ledende tilsynsmyndighed for { $controller }.
complaint-uk-controller-first = Inden jeg rettede henvendelse til jer, forelagde jeg sagen for den
    dataansvarlige: i min indsigelse bad jeg LinkedIn om tillige at behandle den som en klage i
    medfør af { $cite }.
complaint-enclosure-objection = Min indsigelse af { $date }
complaint-enclosure-reply = LinkedIns svar
complaint-contact = I kan kontakte mig på { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Rykker: min indsigelse af { $date } ({ $law }), LinkedIn-konto { $email }
   *[non-member] Rykker: min indsigelse af { $date } ({ $law })
}
reminder-intro = Den { $date } gjorde jeg i medfør af { $cite } indsigelse mod behandlingen af mine
    personoplysninger og anmodede om begrænsning af behandlingen, sletning af oplysningerne og
    underretning af modtagerne. En kopi af min indsigelse er vedlagt.
reminder-overdue = Fristen for jeres svar efter { $cite } udløb den { $deadline }. Jeg har endnu
    ikke modtaget et egentligt svar.
reminder-request = Jeg anmoder jer om uden yderligere ophold at efterkomme min indsigelse og mine
    anmodninger og at bekræfte dette skriftligt over for mig senest den { $deadline }.
reminder-next = { $route ->
    [report] Hvis jeg ikke har modtaget et tilfredsstillende svar inden da, vil jeg anmelde sagen til følgende myndighed: { $authority }.
   *[complaint] Hvis jeg ikke har modtaget et tilfredsstillende svar inden da, vil jeg indgive klage til følgende tilsynsmyndighed: { $authority }.
}
complaint-reminder-sent = Den { $date } rykkede jeg LinkedIn for svar på min indsigelse og
    fastsatte en ny frist til den { $deadline }.
complaint-enclosure-reminder = Min rykker af { $date }

## Case status (objection status --case DIR)

status-reference = Sag { $reference }
status-empty = Denne sag indeholder endnu ingen indsigelse. Start den med: objection letter --case { $dir }
status-sent = Indsigelse sendt den { $date }.
status-reminded = Rykker sendt den { $date }.
status-complained = Klage skrevet den { $date }. Myndigheden vil oplyse dig om det videre forløb.
status-waiting = Venter på svar fra LinkedIn indtil den { $date } ({ $days ->
    [one] { $days } dag
   *[other] { $days } dage
} tilbage).
status-overdue = Fristen er overskredet med { $days ->
    [one] { $days } dag
   *[other] { $days } dage
}: den udløb den { $date }.
status-next-wait-reminder = Næste skridt: Hvis LinkedIn ikke har svaret inden da, så skriv en rykker: objection reminder --case { $dir }
status-next-wait-complaint = Næste skridt: Hvis LinkedIn ikke har svaret inden da, så skriv klagen: objection complaint --case { $dir }
status-next-reminder = Næste skridt: Skriv en rykker: objection reminder --case { $dir }
status-next-complaint = Næste skridt: Skriv klagen til tilsynsmyndigheden: objection complaint --case { $dir }
calendar-summary = Frist for LinkedIns svar på din indsigelse ({ $reference })
calendar-description = Hvis LinkedIn ikke har svaret i dag, kan du se det næste skridt med: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Ingen begreber fra databeskyttelsesforordningen her (ingen "indsigelse", "legitim interesse",
# "dataansvarlig"): brevene går til LinkedIn Corporation efter anden lovgivning. Udenlandske
# love citeres i deres egen form ("PIPEDA, bilag 1, princip 4.3.8", "Cal. Civ. Code § 1798.120");
# "sections" gengives med "§". law-name-* står i bestemt form og indsættes kun, hvor det passer
# grammatisk.

# Same as English: the Canadian law's abbreviation.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: the Hong Kong ordinance's abbreviation and chapter.
law-pdpo = PDPO (Cap. 486)
# Same as English: the California code's citation form.
law-ccpa = Cal. Civ. Code
# Same as English: the Indian Act's short title.
law-dpdp = DPDP Act 2023
law-us-generic = LinkedIns privatlivspolitik
law-generic = LinkedIns privatlivspolitik
# Short names for subject lines.
# Same as English: the Canadian law's abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = Québecs lov om den private sektor
# Same as English: the Hong Kong ordinance's abbreviation.
law-short-pdpo = PDPO
# Same as English: the California law's abbreviation.
law-short-ccpa = CCPA
# Same as English: the Indian Act's short title.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = LinkedIns privatlivspolitik
law-short-generic = LinkedIns privatlivspolitik
# The name of the law in running text ("efter den canadiske lov ...").
law-name-pipeda = den canadiske lov om beskyttelse af personoplysninger og elektroniske dokumenter (PIPEDA)
law-name-qc-private = Québecs lov om beskyttelse af personoplysninger i den private sektor (CQLR c. P-39.1)
law-name-pdpo = Hongkongs forordning om personoplysninger og privatlivets fred (PDPO)
law-name-ccpa = Californiens lov om beskyttelse af forbrugeres privatliv (CCPA)
law-name-dpdp = Indiens lov om beskyttelse af digitale personoplysninger fra 2023 (DPDP Act)
law-name-us-generic = LinkedIns privatlivspolitik
law-name-generic = LinkedIns privatlivspolitik
cite-common-article = artikel { $number }
cite-common-article-paragraph = artikel { $number }, stk. { $paragraph }
cite-common-section = § { $number }
cite-common-section-paragraph = § { $number }, stk. { $paragraph }
cite-common-principle = bilag 1, princip { $number }
cite-common-dpp = bilag 1, databeskyttelsesprincip { $number }
cite-common-and = { $first } og { $second }
# Same as English: law first, then the references ("PIPEDA, bilag 1, princip 4.3.8").
cite-common-law = { $law }, { $refs }
# Same as English: the section sign of US codes.
cite-us-section = § { $number }
cite-us-and = { $first } og { $second }
# Same as English: code, then the sections ("Cal. Civ. Code § 1798.120").
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] personaliseret annoncering baseret på min profil og aktivitet og videregivelse af mine oplysninger til andre til annonceringsformål;
   *[non-member] personaliseret annoncering baseret på mine personoplysninger og videregivelse af dem til andre til annonceringsformål;
}
other-subject = { $family ->
    [consent] Tilbagetrækning af samtykke til brug af mine personoplysninger ({ $law })
    [optout] Anmodning om fravalg af salg og deling af mine personoplysninger ({ $law })
   *[generic] Anmodning om at ophøre med at bruge mine personoplysninger til AI-træning og annoncering
}
other-intro-member = Jeg er medlem af LinkedIn; min konto er registreret med e-mailadressen
    { $email }. Jeg retter henvendelse til { $controller } vedrørende brugen af mine
    personoplysninger.
other-intro-non-member = Jeg har ingen LinkedIn-konto. Andre har på LinkedIn offentliggjort indhold, som indeholder mine personoplysninger, navnlig { $count ->
    [one] på følgende adresse:
   *[other] på følgende adresser:
}
other-intro-non-member-after = Jeg retter henvendelse til { $controller } vedrørende brugen af
    disse oplysninger.
consent-no-objection = Efter { $law } er der ingen generel ret til at modsætte sig brugen af
    personoplysninger. Jeg støtter mig derfor på den ret, der kommer nærmest: tilbagetrækning af
    samtykke ({ $cite }).
consent-withdrawal = Jeg trækker ethvert samtykke tilbage, udtrykkeligt eller stiltiende, som
    LinkedIn støtter sig på for at bruge mine personoplysninger til følgende formål:
consent-new-purpose = Træning af modeller for kunstig intelligens er ikke et formål, som jeg har
    givet LinkedIn mine oplysninger til. Brug af dem til et sådant nyt formål kræver mit samtykke
    ({ $cite }), og det giver jeg ikke.
consent-in-force = Bestemmelserne i { $law } om samtykke og tilbagetrækning heraf forventes at træde
    i kraft den { $date }. Indtil da anmoder jeg jer om at respektere denne tilbagetrækning i
    henhold til tilsagnene i LinkedIns privatlivspolitik.
optout-no-objection = CCPA giver ingen ret til at modsætte sig AI-træning som sådan. Jeg gør derfor
    brug af de rettigheder, som loven giver, og tilføjer en selvstændig anmodning.
optout-sale = I medfør af { $cite } kræver jeg, at I hverken sælger eller deler mine
    personoplysninger. Dette omfatter videregivelse af dem til Microsoft eller andre
    koncernforbundne selskaber, så de kan personalisere den annoncering, de viser mig.
optout-sensitive = I medfør af { $cite } kræver jeg, at I begrænser brugen og videregivelsen af mine
    følsomme personoplysninger til det, loven tillader.
optout-ai = Ud over disse rettigheder anmoder jeg jer om at ophøre med at bruge mine personoplysninger til følgende formål:
generic-basis = { $scope ->
    [us] Ingen føderal lov giver mig ret til at modsætte mig denne brug. Jeg støtter mig på de valgmuligheder, som LinkedIn selv tilbyder, og på LinkedIns privatlivspolitik og anmoder jer om at anvende dem fuldt ud på mig.
   *[other] Jeg støtter mig på tilsagnene i LinkedIns privatlivspolitik, som giver medlemmer og besøgende kontrol over, hvordan deres oplysninger bruges, og på den databeskyttelseslovgivning i mit land, som måtte finde anvendelse.
}
generic-request = Min anmodning vedrører brugen af mine personoplysninger til følgende formål:
generic-us-state = Hvis en lov i min delstat om beskyttelse af forbrugeres privatliv finder
    anvendelse på LinkedIn, bedes I tillige behandle dette brev som en anmodning efter denne lov.
generic-settings = LinkedIns indstillinger ”Data for Generative AI Improvement” og ”Data sharing”
    dækker kun en del af denne anmodning; jeg anmoder jer om at efterkomme den fuldt ud.
other-stop = Jeg anmoder jer om at ophøre med at bruge mine oplysninger til disse formål, at
    udelukke dem fra fremtidige træningsdata og at oplyse mig om, hvad der sker med oplysninger, der
    allerede er brugt.
other-deadline-courtesy = Der gælder ingen lovbestemt frist for jeres svar. Jeg anmoder jer alligevel
    om skriftligt at bekræfte senest den { $deadline }, at I har efterkommet denne anmodning.
optout-deadline = Jeg anmoder jer om at gennemføre mit fravalg hurtigst muligt og senest den
    { $deadline } (15 arbejdsdage, den frist, som gennemførelsesbestemmelserne til CCPA fastsætter for
    fravalg), og at bekræfte dette skriftligt.
other-form-field-request = Anmodning: { $family ->
    [consent] tilbagetrækning af samtykke ({ $law })
    [optout] fravalg af salg og deling ({ $law })
   *[generic] ophør med brug af mine oplysninger til AI-træning og annoncering
}
other-form-guide-route = Denne formular er beskrevet i LinkedIns europæiske privatlivspolitik.
    Hvis den ikke tilbydes dig, så send i stedet brevet (objection letter), eller brug LinkedIns
    kontaktformular om privatliv: { $url }
other-reminder-subject = Rykker: mit brev af { $date } ({ $law })
other-reminder-intro = Den { $date } skrev jeg til jer om brugen af mine personoplysninger til
    AI-træning og dermed forbundne formål. En kopi af mit brev er vedlagt.
other-reminder-overdue = Jeg bad om svar senest den { $deadline }. Jeg har endnu ikke modtaget et
    egentligt svar.
other-reminder-request = Jeg anmoder jer om uden yderligere ophold at efterkomme min anmodning og at
    bekræfte dette skriftligt over for mig senest den { $deadline }.
other-reminder-next = Hvis jeg ikke har modtaget et tilfredsstillende svar inden da, vil jeg klage
    til følgende myndighed: { $authority }.
other-reminder-next-none = Hvis jeg ikke har modtaget et tilfredsstillende svar inden da, vil jeg
    overveje de øvrige retsmidler, der står til min rådighed.
other-complaint-subject = Klage over { $controller } ({ $law })
other-complaint-intro = Jeg indgiver hermed klage over { $controller }, { $address }, vedrørende
    brugen af mine personoplysninger efter { $law_name }.
other-complaint-sent = { $family ->
    [consent] Den { $date } trak jeg mit samtykke til brug af mine personoplysninger til AI-træning og dermed forbundne formål tilbage ({ $cite }).
   *[optout] Den { $date } krævede jeg, at LinkedIn hverken sælger eller deler mine personoplysninger ({ $cite }), og anmodede om, at mine oplysninger ikke længere bruges til at træne AI-modeller.
} Mit brev er vedlagt. Jeg bad om svar senest den { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn har afvist min anmodning. LinkedIns svar er vedlagt.
    [incomplete] LinkedIns svar efterkommer ikke min anmodning fuldt ud. Svaret er vedlagt.
   *[no-reply] Jeg har endnu ikke modtaget et egentligt svar.
}
other-complaint-assessment = { $family ->
    [consent] Efter min opfattelse bruger LinkedIn fortsat mine oplysninger uden mit samtykke og til et nyt formål, der kræver samtykke ({ $cite }).
   *[optout] Efter min opfattelse har LinkedIn ikke gennemført mit fravalg inden for den frist, som gennemførelsesbestemmelserne til CCPA giver.
}
other-complaint-requests = Jeg anmoder jer om at undersøge min klage og underrette mig om
    resultatet.
other-enclosure-letter = Mit brev af { $date }
other-reasons = Om min situation vil jeg tilføje følgende:
other-complaint-reminder-sent = Den { $date } sendte jeg LinkedIn en rykker og fastsatte en ny frist
    til den { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = En indsigelse i medfør af { $cite } forudsætter grunde, der vedrører din særlige situation; din indsigelse er formuleret uden dem. Tilføj dem med --reason "...", så den bliver sværere at afvise.
note-federal-authority = Med DE alene går klagen til den føderale myndighed (BfDI), som videresender klager over virksomheder til delstatens myndighed. Vil du gå den direkte vej, så angiv din delstat, for eksempel --country DE-BE (se `objection jurisdictions`).
warning-premature = LinkedIn har frist til den { $deadline } til at svare; { $document ->
    [reminder] en rykker
   *[complaint] en klage
} over manglende svar er for tidlig inden da.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Vedhæftet sender jeg mit brev af { $date } som PDF-fil. Den fulde tekst følger nedenfor.
email-cover-reminder = Vedhæftet sender jeg min rykker af { $date } som PDF-fil. Den fulde tekst følger nedenfor.
email-cover-complaint = Vedhæftet sender jeg min klage af { $date } som PDF-fil. Den fulde tekst følger nedenfor.
email-receipt = Jeg beder om en bekræftelse af modtagelsen.
email-file-letter = brev
email-file-reminder = rykker
email-file-complaint = klage
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Kun PDF-filen er vedhæftet e-mailen. Vedhæft også bilagene, før du sender den:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Denne guide hjælper dig trin for trin med at gøre indsigelse mod, at LinkedIn bruger dine data. Intet bliver gemt, før du bekræfter til sidst. Tryk på Esc eller Ctrl+C for at stoppe når som helst.
wizard-language = Sprog
wizard-help-select = ↑↓ for at flytte, Enter for at vælge
wizard-help-multi = ↑↓ for at flytte, mellemrum for at markere eller fjerne markering, Enter når du er færdig
wizard-country = Hvor bor du?
wizard-country-help = Skriv for at søge, Enter for at vælge. I Tyskland vælger du din delstat.
wizard-member = Har du en LinkedIn-konto?
wizard-answer = { $answer ->
    [yes] Ja
   *[no] Nej
}
wizard-content-url = Webadresse { $number } på indhold om dig på LinkedIn
wizard-content-url-help = Kopiér den fra browserens adresselinje (https://...). Lad feltet være tomt, når du er færdig.
wizard-name = Dit fulde navn
wizard-email = Din e-mailadresse
wizard-email-help = Adressen på din LinkedIn-konto; uden konto den adresse, hvor LinkedIn kan svare dig.
wizard-address = Din postadresse, linje { $number }
wizard-address-help = For eksempel gade og husnummer, derefter postnummer og by. Lad feltet være tomt, når du er færdig.
wizard-place = Din by (til brevets datolinje)
wizard-object-to = Hvad gør du indsigelse mod?
wizard-purpose-ai-training = At LinkedIn træner AI, der skriver tekster eller laver billeder, med dine data
wizard-purpose-ai-other = Anden brug af dine data til AI, for eksempel til at tilpasse dit feed eller sortere indhold
wizard-purpose-ads-profiling = Reklamer baseret på en profil af dig
wizard-purpose-affiliate-sharing = Videregivelse af dine data til Microsoft og andre koncernselskaber til deres AI eller reklamer
wizard-reason = Hvorfor er det vigtigt for dig personligt? (frivilligt)
wizard-reason-help = For eksempel: »Jeg er journalist og skal beskytte mine kilder.« »Mine opslag er mit arbejde; AI-kopier af dem skader min indtjening.« Tryk på Enter for at springe over.
wizard-outputs = Hvilke dokumenter vil du have?
wizard-output = { $output ->
    [form] Teksten til LinkedIns onlineformular
    [letter-pdf] Brevet som pdf, til at udskrive og sende med posten
   *[letter-text] Brevet som tekst
}
wizard-problem = { $problem ->
    [empty] Feltet må ikke være tomt.
    [too-long] Det er for langt: { $length } tegn, højst { $limit }.
    [control] Fjern kontroltegnet { $character }.
    [bidi] Skriv det igen uden retningstegnet { $character }: det kan ændre den rækkefølge, teksten vises i.
    [email] Det er ikke en e-mailadresse. Eksempel: name@example.org
   *[url] Det er ikke en webadresse. Kopiér den fra din browser; den begynder med https://
}
wizard-preview = Forhåndsvisning af din tekst:
wizard-folder = Mappe til dine dokumenter
wizard-folder-exists = Mappen findes allerede. Vælg et nyt navn.
wizard-confirm = Gem dine dokumenter i mappen { $dir } nu?
wizard-next-form = Teksten til LinkedIns formular ligger i { $file }.
wizard-next-letter = Udskriv { $file }, skriv under, og send brevet med posten til adressen øverst i brevet. Gem en kopi.
wizard-next-deadline = LinkedIn har frist til { $date } til at svare.
wizard-next-reminder = Hvis du ikke har fået et ordentligt svar inden da, så skriv en påmindelse: { $command }
wizard-save-details = Gem dine oplysninger i { $file } til næste gang?
wizard-saved = Gemt. Næste gang: { $command }
wizard-stopped = Stoppet. Intet blev gemt.
