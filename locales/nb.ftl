# Norsk bokmål. Definerer de samme meldingene som en.ftl, verken flere eller færre.
#
# Konvensjoner: formelt juridisk bokmål, slik en personvernjurist ville skrive det, med
# terminologien i den norske teksten til personvernforordningen (forordning (EU) 2016/679, som
# gjelder i Norge gjennom EØS-avtalen og personopplysningsloven § 1): «behandlingsansvarlig»,
# «den registrerte», «begrensning av behandling», «berettigede interesser», «direkte
# markedsføring», «tilsynsmyndighet», «ledende tilsynsmyndighet», «personvernombud», «protest».
# Lovens navn: «personvernforordningen» (ikke «GDPR»), slik Datatilsynet skriver det på sitt eget
# nettsted: «jf. personvernforordningen artikkel 21»,
# https://www.datatilsynet.no/rettigheter-og-plikter/den-registrertes-rettigheter/rett-til-a-protestere/
# Henvisningsform: lovens navn først, som i norsk lovhenvisning, og «nr.» for nummererte ledd og
# «bokstav» for bokstavpunkter, som i den norske teksten til forordningen («artikkel 6 nr. 1
# bokstav e) eller f)»): «personvernforordningen artikkel 21 nr. 1», «personvernforordningen
# artikkel 18 nr. 1 bokstav d». Britiske og andre common law-lover: «DPA 2018 § 164A»,
# «PDPO (Cap. 486) § 2(3)»; sveitsisk lov: «DSG artikkel 30 ledd 2 bokstav b».
# Dato: «23. november 2026» (månedsnavn med liten forbokstav); datolinje «Oslo, 23. november 2026».
# Hilsen: «Til den det måtte angå» (ukjent mottaker); teksten etter hilsenen begynner med stor
# forbokstav. Avslutning: «Med vennlig hilsen». Tiltaleform: «dere».
# Anførselstegn: « ». Teksten er kjønnsnøytral (ingen bøyning etter avsenderens kjønn).
# LinkedIn-innstillingen «Data for Generative AI Improvement» står med sitt engelske navn, fordi den
# norske etiketten ikke er bekreftet.
# Lovene utenfor personvernforordningen (Canada, Québec, Hongkong, California, India, andre land):
# ingen begreper fra forordningen; «tilbakekall av samtykke», «reservasjon mot salg og deling».

lang-name = Norsk bokmål

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = personvernforordningen
# Same as English: the name of the British law
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: the abbreviation of the British act
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# «personvernforordningen artikkel 21 nr. 1», «personvernforordningen artikkel 21 nr. 2 og 3»,
# «personvernforordningen artikkel 18 nr. 1 bokstav d», «UK GDPR artikkel 12 nr. 3 og artikkel 12A»,
# «DPA 2018 § 164A».

cite-eu-article = artikkel { $number }
cite-eu-article-paragraph = artikkel { $number } nr. { $paragraph }
cite-eu-article-paragraphs = artikkel { $number } nr. { $paragraph } og { $second }
cite-eu-article-paragraph-point = artikkel { $number } nr. { $paragraph } bokstav { $point }
cite-eu-section = § { $number }
cite-eu-section-paragraph = § { $number }({ $paragraph })
cite-eu-section-paragraphs = § { $number }({ $paragraph }) og ({ $second })
cite-eu-section-paragraph-point = § { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } og { $second }
cite-eu-law = { $law } { $refs }
# «DSG artikkel 30 ledd 2 bokstav b», «DSG artikkel 31».
cite-ch-article = artikkel { $number }
cite-ch-article-paragraph = artikkel { $number } ledd { $paragraph }
cite-ch-article-paragraphs = artikkel { $number } ledd { $paragraph } og { $second }
cite-ch-article-paragraph-point = artikkel { $number } ledd { $paragraph } bokstav { $point }
cite-ch-section = § { $number }
cite-ch-section-paragraph = § { $number }({ $paragraph })
cite-ch-section-paragraphs = § { $number }({ $paragraph }) og ({ $second })
cite-ch-section-paragraph-point = § { $number }({ $paragraph })({ $point })
cite-ch-and = { $first } og { $second }
cite-ch-law = { $law } { $refs }

## Dates

month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
date-long = { $day }. { $month } { $year }
# Datolinjen: sted og dato («Oslo, 23. november 2026») eller bare datoen.
# Same as English: place, comma, date
dateline-with-place = { $place }, { $date }
# Same as English: the date alone
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Østerrike
jurisdiction-BE = Belgia
# Same as English: the country's name is spelt the same in Norwegian
jurisdiction-BG = Bulgaria
# Same as English: the country's name is spelt the same in Norwegian
jurisdiction-CA = Canada
jurisdiction-CA-QC = Québec (Canada)
jurisdiction-CH = Sveits
jurisdiction-CY = Kypros
jurisdiction-CZ = Tsjekkia
jurisdiction-DE = Tyskland
jurisdiction-DE-BB = Brandenburg (Tyskland)
jurisdiction-DE-BE = Berlin (Tyskland)
jurisdiction-DE-BW = Baden-Württemberg (Tyskland)
jurisdiction-DE-BY = Bayern (Tyskland)
jurisdiction-DE-HB = Bremen (Tyskland)
jurisdiction-DE-HE = Hessen (Tyskland)
jurisdiction-DE-HH = Hamburg (Tyskland)
jurisdiction-DE-MV = Mecklenburg-Vorpommern (Tyskland)
jurisdiction-DE-NI = Niedersachsen (Tyskland)
jurisdiction-DE-NW = Nordrhein-Westfalen (Tyskland)
jurisdiction-DE-RP = Rheinland-Pfalz (Tyskland)
jurisdiction-DE-SH = Schleswig-Holstein (Tyskland)
jurisdiction-DE-SL = Saarland (Tyskland)
jurisdiction-DE-SN = Sachsen (Tyskland)
jurisdiction-DE-ST = Sachsen-Anhalt (Tyskland)
jurisdiction-DE-TH = Thüringen (Tyskland)
jurisdiction-DK = Danmark
jurisdiction-EE = Estland
jurisdiction-ES = Spania
# Same as English: the country's name is spelt the same in Norwegian
jurisdiction-FI = Finland
jurisdiction-FR = Frankrike
jurisdiction-GB = Storbritannia
jurisdiction-GR = Hellas
jurisdiction-HK = Hongkong
jurisdiction-HR = Kroatia
jurisdiction-HU = Ungarn
jurisdiction-IE = Irland
# Same as English: the country's name is spelt the same in Norwegian
jurisdiction-IN = India
jurisdiction-IS = Island
jurisdiction-IT = Italia
# Same as English: proper name
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Litauen
# Same as English: proper name
jurisdiction-LU = Luxembourg
# Same as English: the country's name is spelt the same in Norwegian
jurisdiction-LV = Latvia
# Same as English: proper name
jurisdiction-MT = Malta
jurisdiction-NL = Nederland
jurisdiction-NO = Norge
jurisdiction-OTHER = et annet land
jurisdiction-PL = Polen
# Same as English: proper name
jurisdiction-PT = Portugal
# Same as English: the country's name is spelt the same in Norwegian
jurisdiction-RO = Romania
jurisdiction-SE = Sverige
# Same as English: the country's name is spelt the same in Norwegian
jurisdiction-SI = Slovenia
# Same as English: the country's name is spelt the same in Norwegian
jurisdiction-SK = Slovakia
jurisdiction-US = USA
jurisdiction-US-CA = California (USA)

## Shared pieces of all documents

recipient-dpo = Att.: Personvernombudet
# The footer of multi-page letters.
page-number = Side { $page } av { $total }
salutation = Til den det måtte angå
closing = Med vennlig hilsen
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Vedlegg:
   *[other] Vedlegg:
}
# The subject line as the letter shows it (some languages label it, like "Objet :").
# Same as English: Norwegian letters show the subject line without a label
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] trening, finjustering, evaluering og forbedring av KI-modeller som genererer innhold (generativ KI), særlig med mine profildata og innholdet jeg har publisert på LinkedIn;
   *[non-member] trening, finjustering, evaluering og forbedring av KI-modeller som genererer innhold (generativ KI), særlig med innhold om meg som andre personer har publisert på LinkedIn;
}
purpose-ai-other = trening av modeller for kunstig intelligens og maskinlæring for andre formål,
    for eksempel personlig tilpasning av tjenestene deres, klassifisering av innhold og generell
    forbedring av produktene og tjenestene deres;
purpose-affiliate-sharing = utlevering av mine personopplysninger til selskaper tilknyttet dere,
    herunder Microsoft, slik at de kan trene egne KI-modeller eller levere, utvikle eller forbedre
    sine annonsetjenester;
form-purpose-ai-training = { $account ->
    [member] trening av generative KI-modeller som lager innhold, med mine profildata og innholdet jeg har publisert;
   *[non-member] trening av generative KI-modeller som lager innhold, med innhold om meg som andre har publisert;
}
form-purpose-ai-other = trening av andre KI- og maskinlæringsmodeller, for eksempel for personlig
    tilpasning og klassifisering av innhold;
form-purpose-affiliate-sharing = utlevering av mine opplysninger til tilknyttede selskaper som
    Microsoft for deres KI-trening eller annonsering;
form-purpose-ads = personlig tilpasset reklame og utlevering av mine opplysninger for reklameformål;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Protest mot behandling av mine personopplysninger på LinkedIn
form-field-name = Navn: { $name }
form-field-email = E-postadresse: { $email }
form-field-country = Bostedsland: { $country }
form-field-member = LinkedIn-konto: { $account ->
    [member] ja, registrert på e-postadressen ovenfor
   *[non-member] nei (jeg er ikke medlem av LinkedIn)
}
form-field-profile = Profil: { $url }
form-field-content = Innhold om meg: { $url }
form-field-request = Henvendelsen gjelder: protest mot behandling ({ $cite })
form-objection = I medhold av { $cite } protesterer jeg mot den behandlingen av mine
    personopplysninger som dere baserer på berettigede interesser ({ $basis }), for disse formålene:
form-direct-marketing = I medhold av { $cite } protesterer jeg mot behandling av mine
    personopplysninger for direkte markedsføring, herunder tilknyttet profilering, særlig for
    personlig tilpasset reklame.
form-grounds = Mine grunner knyttet til min særlige situasjon:
form-requests = Mens dere vurderer protesten min, ber jeg om at behandlingen begrenses
    ({ $restriction }). Jeg ber også om at personopplysningene som er samlet inn for disse
    formålene, slettes ({ $erasure }), og at mottakerne, herunder Microsoft, underrettes om dette
    ({ $recipients }).
form-confirmation = Jeg ber om skriftlig bekreftelse innen { $deadline } på at dere har etterkommet
    protesten min.

## Guidance printed after the form text (on standard error)

form-guide-heading = Neste trinn:
form-guide-open = Åpne LinkedIns skjema for protest mot databehandling (Data Processing Objection):
    { $url }
form-guide-option = Velg alternativet for protest mot behandling av opplysningene dine til trening
    av KI-modeller som genererer innhold (LinkedIn kan formulere det annerledes), kopier feltverdiene
    inn i de tilsvarende feltene i skjemaet og lim inn teksten i feltet for fritekst.
form-guide-toggle = Innstillingen «Data for Generative AI Improvement» ({ $url }) stanser bare
    fremtidig trening av modeller som genererer innhold. Den omfatter ikke annen bruk av KI eller
    reklame, og derfor er selve protesten viktig.
form-guide-non-member = Uten konto har du ingen innstillinger å endre: Veien å gå er dette skjemaet
    eller et brev til LinkedIns personvernombud (objection letter).
form-guide-letter = For å dokumentere protesten formelt bør du også sende brevet:
    objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Protest etter { $law } mot behandling av mine personopplysninger – LinkedIn-konto { $email }
   *[non-member] Protest etter { $law } mot behandling av mine personopplysninger – jeg har ikke LinkedIn-konto
}
letter-intro-member = Jeg er medlem av LinkedIn, og min konto er registrert på e-postadressen
    { $email }. Dette brevet er rettet til personvernombudet i { $controller }, som er
    behandlingsansvarlig for mine personopplysninger.
letter-intro-member-profile = Min offentlige profil: { $url }
letter-intro-non-member = Jeg har ikke en LinkedIn-konto. Andre personer har publisert innhold på LinkedIn som inneholder personopplysninger om meg, særlig { $count ->
    [one] på denne adressen:
   *[other] på disse adressene:
}
letter-intro-non-member-after = Dette brevet er rettet til personvernombudet i { $controller }, som
    er behandlingsansvarlig for disse personopplysningene.
letter-heading-objection = Protest mot behandling basert på berettigede interesser
letter-objection = I medhold av { $cite } protesterer jeg, av grunner knyttet til min særlige
    situasjon, mot den behandlingen av mine personopplysninger som dere baserer på berettigede
    interesser etter { $basis }, for følgende formål:
letter-objection-notice = { $account ->
    [member] Ifølge personvernerklæringen deres har dere siden 3. november 2025 brukt berettigede interesser som behandlingsgrunnlag for å trene KI-modeller som genererer innhold, på medlemmenes data.
   *[non-member] Ifølge personvernerklæringen deres har dere siden 3. november 2025 brukt berettigede interesser som behandlingsgrunnlag for å trene KI-modeller som genererer innhold, på innholdet medlemmene publiserer, som også inneholder personopplysninger om andre personer, blant annet meg.
}
letter-grounds-given = Grunnene knyttet til min særlige situasjon er følgende:
letter-grounds-burden = Etter denne protesten kan dere bare fortsette behandlingen dersom dere
    påviser tvingende berettigede grunner som går foran mine interesser, rettigheter og friheter,
    eller dersom behandlingen er nødvendig for å fastsette, gjøre gjeldende eller forsvare rettskrav.
    Det er dere som har bevisbyrden for at slike grunner foreligger.
letter-heading-direct-marketing = Protest mot profilering for direkte markedsføring
letter-direct-marketing = I medhold av { $cite } protesterer jeg mot behandling av mine
    personopplysninger for direkte markedsføring, herunder profilering knyttet til slik
    markedsføring, særlig for personlig tilpasset reklame. Denne protesten krever ingen begrunnelse;
    fra den er mottatt, kan mine personopplysninger ikke lenger behandles for disse formålene.
letter-consent-withdrawal = I den grad dere baserer personlig tilpasset reklame på mitt samtykke,
    trekker jeg dette samtykket tilbake i medhold av { $cite }.
letter-heading-restriction = Begrensning av behandlingen mens protesten vurderes
letter-restriction = I medhold av { $cite } krever jeg at dere begrenser behandlingen av mine
    personopplysninger for formålene ovenfor inntil det er kontrollert om deres berettigede grunner
    går foran mine.
letter-heading-erasure = Sletting
letter-erasure = I medhold av { $cite } krever jeg at dere sletter personopplysningene dere har
    samlet inn eller utledet for disse formålene, herunder kopier i treningsdatasett. Jeg ber også
    om å få vite om opplysningene mine allerede er brukt til å trene modeller, og i så fall hvilke
    tiltak dere treffer i den forbindelse.
letter-heading-recipients = Mottakere
letter-recipients = I medhold av { $cite } ber jeg dere underrette alle mottakere som dere har
    utlevert mine personopplysninger til for disse formålene, herunder tilknyttede selskaper som
    Microsoft, om begrensningen og slettingen, og opplyse meg om hvem disse mottakerne er.
letter-heading-fadp = Sveitsisk personvernrett (DSG)
letter-fadp = Jeg er bosatt i Sveits. Dette brevet er samtidig min uttrykkelige erklæring etter
    { $personality } om at mine personopplysninger ikke kan behandles for formålene ovenfor.
    Behandling i strid med denne erklæringen utgjør en personlighetskrenkelse, og en slik krenkelse
    er rettsstridig med mindre den er rettferdiggjort etter { $justification }. I den grad
    opplysningene mine er allment tilgjengelige, forbyr jeg uttrykkelig at de behandles for disse
    formålene ({ $public }). Jeg tar forbehold om mine krav etter { $claims }.
letter-heading-confirmation = Bekreftelse
letter-confirmation = Jeg ber om skriftlig bekreftelse uten ugrunnet opphold, og senest innen
    { $deadline }, på at dere har etterkommet protesten og kravene mine ({ $cite }). Dersom dere
    mener at dere kan fortsette behandlingen, ber jeg dere redegjøre for de tvingende berettigede
    grunnene dere støtter dere på.
letter-toggle = Jeg er kjent med innstillingen «Data for Generative AI Improvement». Siden den bare
    omfatter fremtidig trening av modeller som genererer innhold, erstatter den ikke denne protesten.
letter-uk-complaint = Dersom dere ikke etterkommer denne protesten, ber jeg dere også behandle dette
    brevet som en klage til dere etter { $cite }.
letter-reply-channel = Vennligst send svaret til e-postadressen { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Melding etter { $cite } om { $controller }
   *[complaint] Klage etter { $cite } på { $controller }
}
complaint-intro = Jeg inngir herved klage på { $controller }, { $address }, vedrørende behandlingen
    av mine personopplysninger.
complaint-intro-report = Jeg melder herved fra til dere om behandlingen av mine personopplysninger
    hos { $controller }, { $address }. Jeg er klar over at jeg som melder ikke har partsstilling.
complaint-heading-facts = Faktiske forhold
complaint-facts = { $account ->
    [member] Jeg er medlem av LinkedIn (min konto er registrert på e-postadressen { $email }).
   *[non-member] Jeg har ikke en LinkedIn-konto; andre personer har publisert innhold om meg på LinkedIn, særlig { $count ->
        [one] på denne adressen:
       *[other] på disse adressene:
    }
}
complaint-objection-sent = Den { $date } protesterte jeg i medhold av { $cite } mot behandlingen
    av mine personopplysninger og krevde begrensning av behandlingen, sletting av opplysningene og
    underretning av mottakerne. Protesten min følger vedlagt.
complaint-objection-sent-report = Den { $date } protesterte jeg uttrykkelig mot behandlingen av mine
    personopplysninger til KI-trening og tilknyttede formål. Protesten min følger vedlagt.
complaint-deadline = Fristen for svar etter { $cite } utløp { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn har avvist protesten min uten å påvise tvingende berettigede grunner som går foran mine interesser, rettigheter og friheter. Svaret følger vedlagt.
    [incomplete] LinkedIns svar etterkommer ikke protesten min fullt ut. Svaret følger vedlagt.
   *[no-reply] Jeg har hittil ikke mottatt et svar som tar stilling til realiteten i saken.
}
complaint-heading-assessment = Vurdering
complaint-assessment = LinkedIn støtter seg på berettigede interesser etter { $basis } for å bruke
    medlemmenes profiler og publiserte innhold, herunder personopplysninger om andre personer som
    dette innholdet inneholder, til trening av KI-modeller som genererer innhold. Etter en protest kan
    LinkedIn bare fortsette behandlingen dersom selskapet påviser tvingende berettigede grunner som
    går foran interessene, rettighetene og frihetene til den som har protestert ({ $cite }). Det har
    ikke skjedd; etter mitt syn er den fortsatte behandlingen av mine personopplysninger derfor i
    strid med { $law }.
complaint-assessment-report = Behandling av mine personopplysninger i strid med min uttrykkelige
    erklæring utgjør en personlighetskrenkelse etter { $personality }, og en slik krenkelse er
    rettsstridig med mindre den er rettferdiggjort etter { $justification }. LinkedIn har ikke
    påvist at behandlingen er rettferdiggjort.
complaint-heading-requests = Anmodninger
complaint-requests = Jeg ber dere behandle klagen min, treffe de tiltakene som er nødvendige for at
    LinkedIn skal etterkomme protesten min, og holde meg orientert om fremdriften og utfallet av
    klagesaken.
complaint-requests-report = Jeg ber dere åpne en undersøkelse etter { $cite } og informere meg om
    hvilke skritt dere tar, og om resultatet av dem.
complaint-lead-authority = Det irske datatilsynet, Data Protection Commission, er ledende
    tilsynsmyndighet for { $controller } ({ $cite }). Jeg inngir denne klagen til dere som
    tilsynsmyndighet der jeg har mitt vanlige oppholdssted, og ber dere behandle den i samarbeid med
    Data Protection Commission.
complaint-lead-authority-forward = Det irske datatilsynet, Data Protection Commission, er ledende
    tilsynsmyndighet for { $controller } ({ $cite }). Så vidt jeg vet, er dere ikke selv kompetent
    myndighet overfor dette selskapet; jeg ber derfor om at klagen min oversendes til rette
    tilsynsmyndighet.
complaint-lead-authority-report = I Den europeiske union er det irske datatilsynet, Data Protection
    Commission, ledende tilsynsmyndighet for { $controller }.
complaint-uk-controller-first = Før jeg henvendte meg til dere, tok jeg saken opp med den
    behandlingsansvarlige: I protesten min ba jeg LinkedIn om også å behandle den som en klage etter
    { $cite }.
complaint-enclosure-objection = Min protest av { $date }
complaint-enclosure-reply = LinkedIns svar
complaint-contact = Jeg kan nås på { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Påminnelse: min protest av { $date } ({ $law }) – LinkedIn-konto { $email }
   *[non-member] Påminnelse: min protest av { $date } ({ $law })
}
reminder-intro = Den { $date } protesterte jeg i medhold av { $cite } mot behandlingen av mine
    personopplysninger og krevde begrensning av behandlingen, sletting av opplysningene og
    underretning av mottakerne. En kopi av protesten min følger vedlagt.
reminder-overdue = Fristen for deres svar etter { $cite } utløp { $deadline }. Jeg har hittil ikke
    mottatt et svar som tar stilling til realiteten i saken.
reminder-request = Jeg ber dere etterkomme protesten og kravene mine uten ytterligere opphold og
    bekrefte dette skriftlig overfor meg innen { $deadline }.
reminder-next = { $route ->
    [report] Dersom jeg ikke mottar et tilfredsstillende svar innen da, vil jeg melde saken til tilsynsmyndigheten ({ $authority }).
   *[complaint] Dersom jeg ikke mottar et tilfredsstillende svar innen da, vil jeg klage til tilsynsmyndigheten ({ $authority }).
}
complaint-reminder-sent = Den { $date } minnet jeg LinkedIn om protesten min og satte en ny frist
    til { $deadline }.
complaint-enclosure-reminder = Min påminnelse av { $date }

## Case status (objection status --case DIR)

status-reference = Sak { $reference }
status-empty = Denne saken har ingen protest ennå. Start den med: objection letter --case { $dir }
status-sent = Protest sendt { $date }.
status-reminded = Påminnelse sendt { $date }.
status-complained = Klage skrevet { $date }. Myndigheten vil informere deg om den videre
    behandlingen.
status-waiting = Venter på svar fra LinkedIn til { $date } ({ $days ->
    [one] { $days } dag
   *[other] { $days } dager
} igjen).
status-overdue = Fristen er overskredet med { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}; den utløp { $date }.
status-next-wait-reminder = Neste trinn: Hvis LinkedIn ikke har svart innen da, skriv en
    påminnelse: objection reminder --case { $dir }
status-next-wait-complaint = Neste trinn: Hvis LinkedIn ikke har svart innen da, skriv klagen:
    objection complaint --case { $dir }
status-next-reminder = Neste trinn: Skriv en påminnelse: objection reminder --case { $dir }
status-next-complaint = Neste trinn: Skriv klagen til tilsynsmyndigheten:
    objection complaint --case { $dir }
calendar-summary = Frist for LinkedIns svar på protesten din ({ $reference })
calendar-description = Hvis LinkedIn ikke har svart innen i dag, ser du neste trinn med:
    objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Her brukes ingen begreper fra personvernforordningen («protest», «berettigede interesser»,
# «behandlingsansvarlig»). Utenlandske lover beholder sine egne navn og forkortelser.
# law-name-* er substantivfraser i bestemt form og kan stå etter «etter», «i» og «bygger på».

# Same as English: the Canadian act's abbreviation
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: the Hong Kong ordinance's abbreviation and chapter
law-pdpo = PDPO (Cap. 486)
# Same as English: the Californian code's citation name
law-ccpa = Cal. Civ. Code
# Same as English: the Indian act's short name
law-dpdp = DPDP Act 2023
law-us-generic = LinkedIns personvernerklæring
law-generic = LinkedIns personvernerklæring
# Short names for subject lines.
# Same as English: the Canadian act's abbreviation
law-short-pipeda = PIPEDA
law-short-qc-private = Québecs personvernlov for privat sektor
# Same as English: the Hong Kong ordinance's abbreviation
law-short-pdpo = PDPO
# Same as English: the Californian act's abbreviation
law-short-ccpa = CCPA
# Same as English: the Indian act's short name
law-short-dpdp = DPDP Act 2023
law-short-us-generic = LinkedIns personvernerklæring
law-short-generic = LinkedIns personvernerklæring
# The name of the law in running text ("under the CCPA").
law-name-pipeda = den kanadiske loven Personal Information Protection and Electronic Documents Act (PIPEDA)
law-name-qc-private = Québecs lov om beskyttelse av personopplysninger i privat sektor (CQLR c. P-39.1)
law-name-pdpo = Hongkongs personvernlov Personal Data (Privacy) Ordinance (PDPO)
law-name-ccpa = den californiske loven California Consumer Privacy Act (CCPA)
law-name-dpdp = den indiske loven Digital Personal Data Protection Act, 2023 (DPDP Act)
law-name-us-generic = LinkedIns personvernerklæring
law-name-generic = LinkedIns personvernerklæring
cite-common-article = artikkel { $number }
cite-common-article-paragraph = artikkel { $number }({ $paragraph })
cite-common-section = § { $number }
cite-common-section-paragraph = § { $number }({ $paragraph })
cite-common-principle = vedlegg 1, prinsipp { $number }
cite-common-dpp = vedlegg 1, personvernprinsipp { $number }
cite-common-and = { $first } og { $second }
cite-common-law = { $law } { $refs }
# Same as English: the US section sign
cite-us-section = § { $number }
cite-us-and = { $first } og { $second }
# Same as English: US codes are cited code first, then the section
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] personlig tilpasset reklame basert på profilen og aktiviteten min, og utlevering av opplysningene mine til andre for reklameformål;
   *[non-member] personlig tilpasset reklame basert på personopplysningene mine, og utlevering av dem til andre for reklameformål;
}
other-subject = { $family ->
    [consent] Tilbakekall av samtykke til bruk av mine personopplysninger ({ $law })
    [optout] Reservasjon mot salg og deling av mine personopplysninger ({ $law })
   *[generic] Anmodning om å slutte å bruke mine personopplysninger til KI-trening og reklame
}
other-intro-member = Jeg er medlem av LinkedIn, og min konto er registrert på e-postadressen
    { $email }. Jeg henvender meg til { $controller } angående bruken av mine personopplysninger.
other-intro-non-member = Jeg har ikke en LinkedIn-konto. Andre personer har publisert innhold på LinkedIn som inneholder personopplysninger om meg, særlig { $count ->
    [one] på denne adressen:
   *[other] på disse adressene:
}
other-intro-non-member-after = Jeg henvender meg til { $controller } angående bruken av disse
    opplysningene.
consent-no-objection = Etter { $law } har jeg ingen generell rett til å motsette meg bruk av
    personopplysninger. Jeg benytter meg derfor av den nærmeste retten loven gir: retten til å
    trekke tilbake samtykke ({ $cite }).
consent-withdrawal = Jeg trekker tilbake ethvert samtykke, uttrykkelig eller underforstått, som
    LinkedIn bygger på når selskapet bruker mine personopplysninger til følgende formål:
consent-new-purpose = Trening av modeller for kunstig intelligens er ikke et formål jeg ga LinkedIn
    opplysningene mine for. Bruk for et slikt nytt formål krever mitt samtykke ({ $cite }), og det
    gir jeg ikke.
consent-in-force = Bestemmelsene i { $law } om samtykke og tilbakekall av samtykke skal etter
    planen tre i kraft { $date }. Inntil da ber jeg dere respektere dette tilbakekallet i tråd med
    forpliktelsene i LinkedIns personvernerklæring.
optout-no-objection = CCPA gir ingen rett til å motsette seg KI-trening som sådan. Jeg benytter meg
    derfor av de rettighetene loven gir, og legger til en egen anmodning.
optout-sale = I medhold av { $cite } pålegger jeg dere ikke å selge eller dele mine
    personopplysninger («sell» og «share»). Dette omfatter utlevering til Microsoft eller andre
    tilknyttede selskaper slik at de kan tilpasse reklamen de viser meg.
optout-sensitive = I medhold av { $cite } pålegger jeg dere å begrense bruken og utleveringen av
    mine sensitive personopplysninger til det loven tillater.
optout-ai = Utover disse rettighetene ber jeg dere slutte å bruke mine personopplysninger til
    følgende formål:
generic-basis = { $scope ->
    [us] Ingen føderal lov gir meg rett til å motsette meg denne bruken. Jeg støtter meg på valgmulighetene LinkedIn selv tilbyr og på LinkedIns personvernerklæring, og ber dere anvende dem fullt ut overfor meg.
   *[other] Jeg støtter meg på forpliktelsene i LinkedIns personvernerklæring, som lar medlemmer og besøkende bestemme hvordan opplysningene deres brukes, og på personvernlovgivningen i mitt land i den grad den kommer til anvendelse.
}
generic-request = Anmodningen min gjelder bruken av mine personopplysninger til følgende formål:
generic-us-state = Dersom en personvernlov for forbrukere i min delstat gjelder for LinkedIn, ber jeg
    dere også behandle dette brevet som en anmodning etter den loven.
generic-settings = LinkedIns innstillinger «Data for Generative AI Improvement» og «Data sharing»
    dekker bare en del av denne anmodningen; jeg ber dere etterkomme den fullt ut.
other-stop = Jeg ber dere slutte å bruke opplysningene mine til disse formålene, holde dem utenfor
    fremtidige treningsdata og opplyse meg om hva som skjer med opplysninger som allerede er brukt.
other-deadline-courtesy = Det gjelder ingen lovbestemt svarfrist. Jeg ber dere likevel bekrefte
    skriftlig innen { $deadline } at dere har fulgt opp denne anmodningen.
optout-deadline = Jeg ber dere gjennomføre reservasjonen min så snart det er praktisk mulig, og
    senest innen { $deadline } (15 virkedager, fristen CCPA-forskriftene setter for
    reservasjoner), og bekrefte dette skriftlig.
other-form-field-request = Henvendelsen gjelder: { $family ->
    [consent] tilbakekall av samtykke ({ $law })
    [optout] reservasjon mot salg og deling ({ $law })
   *[generic] stans i bruken av opplysningene mine til KI-trening og reklame
}
other-form-guide-route = Dette skjemaet er beskrevet i LinkedIns europeiske personvernerklæring.
    Hvis det ikke er tilgjengelig for deg, kan du sende brevet i stedet (objection letter) eller
    bruke LinkedIns kontaktskjema for personvern: { $url }
other-reminder-subject = Påminnelse: mitt brev av { $date } ({ $law })
other-reminder-intro = Den { $date } skrev jeg til dere om bruken av mine personopplysninger til
    KI-trening og tilknyttede formål. En kopi av brevet mitt følger vedlagt.
other-reminder-overdue = Jeg ba om svar innen { $deadline }. Jeg har hittil ikke mottatt et svar
    som tar stilling til realiteten i saken.
other-reminder-request = Jeg ber dere etterkomme anmodningen min uten ytterligere opphold og
    bekrefte dette skriftlig overfor meg innen { $deadline }.
other-reminder-next = Dersom jeg ikke mottar et tilfredsstillende svar innen da, vil jeg klage til
    { $authority }.
other-reminder-next-none = Dersom jeg ikke mottar et tilfredsstillende svar innen da, vil jeg
    vurdere de andre rettsmidlene jeg har til rådighet.
other-complaint-subject = Klage på { $controller } ({ $law })
other-complaint-intro = Jeg inngir herved klage på { $controller }, { $address }, vedrørende bruken
    av mine personopplysninger. Klagen bygger på { $law_name }.
other-complaint-sent = { $family ->
    [consent] Den { $date } trakk jeg tilbake mitt samtykke til bruk av mine personopplysninger til KI-trening og tilknyttede formål ({ $cite }).
   *[optout] Den { $date } påla jeg LinkedIn ikke å selge eller dele mine personopplysninger ({ $cite }) og ba selskapet slutte å bruke opplysningene mine til å trene KI-modeller.
} Brevet mitt følger vedlagt. Jeg ba om svar innen { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn har avslått anmodningen min. Svaret følger vedlagt.
    [incomplete] LinkedIns svar etterkommer ikke anmodningen min fullt ut. Svaret følger vedlagt.
   *[no-reply] Jeg har hittil ikke mottatt et svar som tar stilling til realiteten i saken.
}
other-complaint-assessment = { $family ->
    [consent] Etter mitt syn fortsetter LinkedIn å bruke opplysningene mine uten mitt samtykke, og for et nytt formål som krever slikt samtykke ({ $cite }).
   *[optout] Etter mitt syn har LinkedIn ikke gjennomført reservasjonen min innen fristen som CCPA-forskriftene setter.
}
other-complaint-requests = Jeg ber dere undersøke klagen min og informere meg om utfallet.
other-enclosure-letter = Mitt brev av { $date }
other-reasons = Om min situasjon vil jeg tilføye følgende:
other-complaint-reminder-sent = Den { $date } sendte jeg LinkedIn en påminnelse og satte en ny frist
    til { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = En protest etter { $cite } krever grunner knyttet til din særlige situasjon; protesten er formulert uten dem. Legg dem til med --reason "..." slik at den blir vanskeligere å avvise.
note-federal-authority = Med DE alene går klagen til den føderale myndigheten (BfDI), som sender klager på selskaper videre til delstatens myndighet. Vil du gå den direkte veien, oppgir du delstaten din, for eksempel --country DE-BE (se `objection jurisdictions`).
warning-premature = LinkedIn har frist til { $deadline } med å svare; { $document ->
    [reminder] en påminnelse
   *[complaint] en klage
} om manglende svar er forhastet før den tid.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Vedlagt følger mitt brev av { $date } som PDF-fil. Hele teksten står nedenfor.
email-cover-reminder = Vedlagt følger min påminnelse av { $date } som PDF-fil. Hele teksten står nedenfor.
email-cover-complaint = Vedlagt følger min klage av { $date } som PDF-fil. Hele teksten står nedenfor.
email-receipt = Vennligst bekreft mottaket.
email-file-letter = brev
email-file-reminder = påminnelse
email-file-complaint = klage
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Bare PDF-filen er lagt ved e-posten. Legg også ved vedleggene før du sender den:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Denne veiviseren hjelper deg steg for steg med å protestere mot at LinkedIn bruker opplysningene dine. Ingenting lagres før du bekrefter til slutt. Trykk Esc eller Ctrl+C for å avbryte når som helst.
wizard-language = Språk
wizard-help-select = ↑↓ for å flytte, Enter for å velge
wizard-help-multi = ↑↓ for å flytte, mellomrom for å krysse av eller fjerne kryss, Enter når du er ferdig
wizard-country = Hvor bor du?
wizard-country-help = Skriv for å søke, Enter for å velge. I Tyskland velger du delstaten din.
wizard-member = Har du en LinkedIn-konto?
wizard-answer = { $answer ->
    [yes] Ja
   *[no] Nei
}
wizard-content-url = Nettadresse { $number } til innhold om deg på LinkedIn
wizard-content-url-help = Kopier den fra adressefeltet i nettleseren (https://...). La feltet stå tomt når du er ferdig.
wizard-name = Fullt navn
wizard-email = E-postadressen din
wizard-email-help = Adressen til LinkedIn-kontoen din; uten konto adressen der LinkedIn kan svare deg.
wizard-address = Postadressen din, linje { $number }
wizard-address-help = For eksempel gate og husnummer, deretter postnummer og sted. La feltet stå tomt når du er ferdig.
wizard-place = Stedet du bor (til datolinjen i brevet)
wizard-object-to = Hva protesterer du mot?
wizard-purpose-ai-training = At LinkedIn trener KI som skriver tekster eller lager bilder, med opplysningene dine
wizard-purpose-ai-other = Annen KI-bruk av opplysningene dine, for eksempel for å tilpasse feeden din eller sortere innhold
wizard-purpose-ads-profiling = Reklame basert på en profil av deg
wizard-purpose-affiliate-sharing = At opplysningene dine gis til Microsoft og andre selskaper i konsernet for deres KI eller reklame
wizard-reason = Hvorfor er dette viktig for deg personlig? (valgfritt)
wizard-reason-help = For eksempel: «Jeg er journalist og må beskytte kildene mine.» «Innleggene mine er arbeidet mitt; KI-kopier av dem skader inntekten min.» Trykk Enter for å hoppe over.
wizard-outputs = Hvilke dokumenter vil du ha?
wizard-output = { $output ->
    [form] Teksten til LinkedIns nettskjema
    [letter-pdf] Brevet som PDF, til å skrive ut og sende i posten
   *[letter-text] Brevet som tekst
}
wizard-problem = { $problem ->
    [empty] Feltet kan ikke være tomt.
    [too-long] Dette er for langt: { $length } tegn, høyst { $limit }.
    [control] Fjern kontrolltegnet { $character }.
    [bidi] Skriv det på nytt uten retningstegnet { $character }: det kan endre rekkefølgen teksten vises i.
    [email] Dette er ikke en e-postadresse. Eksempel: name@example.org
   *[url] Dette er ikke en nettadresse. Kopier den fra nettleseren; den begynner med https://
}
wizard-preview = Forhåndsvisning av teksten din:
wizard-folder = Mappe til dokumentene dine
wizard-folder-exists = Denne mappen finnes allerede. Velg et nytt navn.
wizard-confirm = Lagre dokumentene dine i mappen { $dir } nå?
wizard-next-form = Teksten til LinkedIns skjema ligger i { $file }.
wizard-next-letter = Skriv ut { $file }, skriv under og send brevet i posten til adressen øverst i brevet. Ta vare på en kopi.
wizard-next-deadline = LinkedIn har frist til { $date } med å svare.
wizard-next-reminder = Har du ikke fått et skikkelig svar innen da, skriv en påminnelse: { $command }
wizard-save-details = Lagre opplysningene dine i { $file } til neste gang?
wizard-saved = Lagret. Neste gang: { $command }
wizard-stopped = Avbrutt. Ingenting ble lagret.
