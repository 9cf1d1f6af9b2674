# Svenska (Sverige). Definierar exakt samma meddelanden som en.ftl.
#
# Konventioner: formell svensk juridisk prosa, så som en advokat specialiserad på dataskydd
# skulle skriva; terminologi från den officiella svenska versionen av dataskyddsförordningen
# (förordning (EU) 2016/679): "personuppgiftsansvarig", "den registrerade", "begränsning av
# behandling", "berättigade intressen", "tvingande berättigade skäl", "direkt marknadsföring",
# "(ansvarig) tillsynsmyndighet", "dataskyddsombud", "radering", "mottagare", "hemvist".
# Förordningens namn: "dataskyddsförordningen", så som Integritetsskyddsmyndigheten (IMY)
# skriver ("Klagomål enligt dataskyddsförordningen", "dataskyddsförordningen (GDPR)"):
# https://www.imy.se/vagledningar/for-dig-som-privatperson/klagomal/
# Hänvisningar i IMY:s stil med punkt mellan artikel och punkt ("Artikel 35.1"):
# https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/konsekvensbedomningar-och-forhandssamrad/dataskyddsforordningen-om-konsekvensbedomningar-och-forhandssamrad/
# Alltså: "artikel 21.1 i dataskyddsförordningen"; "artikel 18.1 d i dataskyddsförordningen";
# "artikel 21.2 och 21.3 i dataskyddsförordningen"; "artikel 12.3 och artikel 12A i UK GDPR";
# brittiska "sections" återges som "avsnitt" ("avsnitt 164A i DPA 2018"); schweizisk lag:
# "artikel 30.2 b i DSG".
# Datum: "23 november 2026"; datumrad "Ort den 23 november 2026".
# Inledning "Till den det vederbör" och avslutning "Med vänliga hälsningar"; brödtexten efter
# inledningen börjar med versal. Mottagaren tilltalas med "ni/er".
# Citattecken: ”…”. Inställningen "Data for Generative AI Improvement" behåller sitt engelska
# namn (legal-facts.md anger ingen svensk benämning).
# Texten är könsneutral: första person böjs inte efter kön på svenska.

lang-name = Svenska

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = dataskyddsförordningen
# Same as English: the name of the UK law.
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: the abbreviation of the UK Data Protection Act 2018.
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# "artikel 21.1 i dataskyddsförordningen"; "artikel 19 i dataskyddsförordningen";
# "artikel 56 och artikel 60 i dataskyddsförordningen"; "avsnitt 164A i DPA 2018".

cite-eu-article = artikel { $number }
cite-eu-article-paragraph = artikel { $number }.{ $paragraph }
cite-eu-article-paragraphs = artikel { $number }.{ $paragraph } och { $number }.{ $second }
cite-eu-article-paragraph-point = artikel { $number }.{ $paragraph } { $point }
cite-eu-section = avsnitt { $number }
cite-eu-section-paragraph = avsnitt { $number }({ $paragraph })
cite-eu-section-paragraphs = avsnitt { $number }({ $paragraph }) och ({ $second })
cite-eu-section-paragraph-point = avsnitt { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } och { $second }
cite-eu-law = { $refs } i { $law }
cite-ch-article = artikel { $number }
cite-ch-article-paragraph = artikel { $number }.{ $paragraph }
cite-ch-article-paragraphs = artikel { $number }.{ $paragraph } och { $number }.{ $second }
cite-ch-article-paragraph-point = artikel { $number }.{ $paragraph } { $point }
cite-ch-section = avsnitt { $number }
cite-ch-section-paragraph = avsnitt { $number }({ $paragraph })
cite-ch-section-paragraphs = avsnitt { $number }({ $paragraph }) och ({ $second })
cite-ch-section-paragraph-point = avsnitt { $number }({ $paragraph })({ $point })
cite-ch-and = { $first } och { $second }
cite-ch-law = { $refs } i { $law }

## Dates

month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
# Same as English: day, month, year ("23 november 2026").
date-long = { $day } { $month } { $year }
# Datumraden: ort och datum ("Stockholm den 23 november 2026") eller enbart datumet.
dateline-with-place = { $place } den { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Österrike
jurisdiction-BE = Belgien
jurisdiction-BG = Bulgarien
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Schweiz
jurisdiction-CY = Cypern
jurisdiction-CZ = Tjeckien
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
jurisdiction-ES = Spanien
# Same as English: the country's name is the same in Swedish.
jurisdiction-FI = Finland
jurisdiction-FR = Frankrike
jurisdiction-GB = Förenade kungariket
jurisdiction-GR = Grekland
jurisdiction-HK = Hongkong
jurisdiction-HR = Kroatien
jurisdiction-HU = Ungern
jurisdiction-IE = Irland
jurisdiction-IN = Indien
jurisdiction-IS = Island
jurisdiction-IT = Italien
# Same as English: the country's name is the same in Swedish.
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Litauen
jurisdiction-LU = Luxemburg
jurisdiction-LV = Lettland
# Same as English: the country's name is the same in Swedish.
jurisdiction-MT = Malta
jurisdiction-NL = Nederländerna
jurisdiction-NO = Norge
jurisdiction-OTHER = annat land
jurisdiction-PL = Polen
# Same as English: the country's name is the same in Swedish.
jurisdiction-PT = Portugal
jurisdiction-RO = Rumänien
jurisdiction-SE = Sverige
jurisdiction-SI = Slovenien
jurisdiction-SK = Slovakien
jurisdiction-US = USA
jurisdiction-US-CA = Kalifornien (USA)

## Shared pieces of all documents

recipient-dpo = Att: Dataskyddsombudet
# The footer of multi-page letters.
page-number = Sida { $page } av { $total }
salutation = Till den det vederbör
closing = Med vänliga hälsningar
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Bilaga:
   *[other] Bilagor:
}
# Same as English: Swedish letters show the subject line without a label.
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] träning, finjustering, utvärdering och förbättring av modeller för artificiell intelligens som genererar innehåll (generativ AI), särskilt med mina profiluppgifter och det innehåll som jag har publicerat på LinkedIn;
   *[non-member] träning, finjustering, utvärdering och förbättring av modeller för artificiell intelligens som genererar innehåll (generativ AI), särskilt med innehåll om mig som andra har publicerat på LinkedIn;
}
purpose-ai-other = träning av modeller för artificiell intelligens och maskininlärning för andra
    ändamål, till exempel för att anpassa era tjänster, klassificera innehåll och förbättra era
    produkter och tjänster i allmänhet;
purpose-affiliate-sharing = utlämnande av mina personuppgifter till era koncernbolag, däribland
    Microsoft, så att de kan träna sina egna AI-modeller eller tillhandahålla, utveckla eller
    förbättra sina annonstjänster;
form-purpose-ai-training = { $account ->
    [member] träning av generativa AI-modeller som skapar innehåll, med mina profiluppgifter och det innehåll som jag har publicerat;
   *[non-member] träning av generativa AI-modeller som skapar innehåll, med innehåll om mig som andra har publicerat;
}
form-purpose-ai-other = träning av andra modeller för AI och maskininlärning, till exempel för
    personanpassning och klassificering av innehåll;
form-purpose-affiliate-sharing = utlämnande av mina uppgifter till koncernbolag som Microsoft för
    deras egen AI-träning eller annonsering;
form-purpose-ads = personanpassad annonsering och utlämnande av mina uppgifter för annonsändamål;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Invändning mot behandlingen av mina personuppgifter på LinkedIn
form-field-name = Namn: { $name }
form-field-email = E-postadress: { $email }
form-field-country = Bosättningsland: { $country }
form-field-member = LinkedIn-konto: { $account ->
    [member] ja, registrerat på e-postadressen ovan
   *[non-member] inget (jag är inte medlem på LinkedIn)
}
form-field-profile = Profil: { $url }
form-field-content = Innehåll om mig: { $url }
form-field-request = Begäran: invändning mot behandling ({ $cite })
form-objection = Med stöd av { $cite } invänder jag mot den behandling av mina personuppgifter som
    ni grundar på berättigade intressen ({ $basis }), för följande ändamål:
form-direct-marketing = Med stöd av { $cite } invänder jag mot behandling av mina personuppgifter
    för direkt marknadsföring, inbegripet profilering som har samband med sådan marknadsföring,
    särskilt för personanpassad annonsering.
form-grounds = Mina skäl som hänför sig till min specifika situation:
form-requests = Medan ni prövar min invändning begär jag att behandlingen begränsas
    ({ $restriction }). Jag begär att de personuppgifter som har samlats in för dessa ändamål
    raderas ({ $erasure }) och att ni underrättar mottagarna, däribland Microsoft, om detta
    ({ $recipients }).
form-confirmation = Jag ber er att senast den { $deadline } skriftligen bekräfta att ni har
    tillmötesgått min invändning.

## Guidance printed after the form text (on standard error)

form-guide-heading = Nästa steg:
form-guide-open = Öppna LinkedIns formulär för invändningar mot databehandling (Data Processing
    Objection): { $url }
form-guide-option = Välj alternativet för att invända mot behandlingen av dina uppgifter för
    träning av AI-modeller som genererar innehåll (LinkedIn kan formulera det annorlunda), för över
    uppgifterna ovan till formulärets fält och klistra in texten i fritextrutan.
form-guide-toggle = Inställningen ”Data for Generative AI Improvement” ({ $url }) stoppar bara
    framtida träning av modeller som genererar innehåll. Den omfattar inte annan användning av AI
    eller annonsering, och därför är själva invändningen avgörande.
form-guide-non-member = Utan konto har du inga inställningar att ändra: din väg är detta formulär
    eller ett brev till LinkedIns dataskyddsombud (objection letter).
form-guide-letter = Skicka även brevet så att din invändning är formellt dokumenterad: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Invändning mot behandlingen av mina personuppgifter ({ $law }), LinkedIn-konto { $email }
   *[non-member] Invändning mot behandlingen av mina personuppgifter ({ $law }); jag har inget LinkedIn-konto
}
letter-intro-member = Jag är medlem på LinkedIn; mitt konto är registrerat på e-postadressen
    { $email }. Detta brev riktas till dataskyddsombudet för { $controller }, som är
    personuppgiftsansvarig för mina personuppgifter.
letter-intro-member-profile = Min offentliga profil: { $url }
letter-intro-non-member = Jag har inget LinkedIn-konto. Andra har på LinkedIn publicerat innehåll som omfattar mina personuppgifter, särskilt { $count ->
    [one] på följande adress:
   *[other] på följande adresser:
}
letter-intro-non-member-after = Detta brev riktas till dataskyddsombudet för { $controller }, som
    är personuppgiftsansvarig för dessa uppgifter.
letter-heading-objection = Invändning mot behandling som grundar sig på berättigade intressen
letter-objection = Med stöd av { $cite } invänder jag, av skäl som hänför sig till min specifika
    situation, mot den behandling av mina personuppgifter som ni grundar på berättigade intressen
    enligt { $basis }, för följande ändamål:
letter-objection-notice = { $account ->
    [member] Av er integritetspolicy framgår att ni sedan den 3 november 2025 åberopar berättigade intressen för att träna AI-modeller som genererar innehåll med medlemmarnas uppgifter.
   *[non-member] Av er integritetspolicy framgår att ni sedan den 3 november 2025 åberopar berättigade intressen för att träna AI-modeller som genererar innehåll med det innehåll som medlemmarna publicerar, vilket även omfattar personuppgifter om andra personer, däribland mig.
}
letter-grounds-given = Mina skäl som hänför sig till min specifika situation är följande:
letter-grounds-burden = Efter denna invändning får ni fortsätta behandlingen endast om ni kan påvisa
    tvingande berättigade skäl för behandlingen som väger tyngre än mina intressen, rättigheter och
    friheter, eller om behandlingen sker för fastställande, utövande eller försvar av rättsliga
    anspråk. Bevisbördan för detta ligger på er.
letter-heading-direct-marketing = Invändning mot profilering för direkt marknadsföring
letter-direct-marketing = Med stöd av { $cite } invänder jag mot behandling av mina personuppgifter
    för direkt marknadsföring, inbegripet profilering i den utsträckning som den har samband med
    sådan marknadsföring, särskilt för personanpassad annonsering. Invändningen behöver inte
    motiveras; när den har tagits emot får mina uppgifter inte längre behandlas för sådana ändamål.
letter-consent-withdrawal = I den mån ni grundar personanpassad annonsering på mitt samtycke
    återkallar jag detta samtycke med stöd av { $cite }.
letter-heading-restriction = Begränsning av behandlingen medan min invändning prövas
letter-restriction = Med stöd av { $cite } begär jag att behandlingen av mina personuppgifter för
    ovannämnda ändamål begränsas i väntan på kontrollen av huruvida era berättigade skäl väger
    tyngre än mina.
letter-heading-erasure = Radering
letter-erasure = Med stöd av { $cite } begär jag att ni raderar de personuppgifter som ni har samlat
    in eller härlett för dessa ändamål, inbegripet kopior i träningsdata. Jag ber er också att
    meddela mig om mina uppgifter redan har använts för att träna modeller och i så fall vilka
    åtgärder ni vidtar med anledning av detta.
letter-heading-recipients = Mottagare
letter-recipients = Med stöd av { $cite } begär jag att ni underrättar varje mottagare till vilken
    ni har lämnat ut mina personuppgifter för dessa ändamål, däribland era koncernbolag såsom
    Microsoft, om begränsningen och raderingen, och att ni informerar mig om vilka dessa mottagare
    är.
letter-heading-fadp = Schweizisk dataskyddsrätt
letter-fadp = Jag är bosatt i Schweiz. Detta brev utgör även min uttryckliga viljeförklaring i den
    mening som avses i { $personality } om att mina personuppgifter inte får behandlas för
    ovannämnda ändamål. Behandling i strid med denna förklaring utgör en kränkning av min
    personlighet, och en sådan kränkning är rättsstridig om den inte är berättigad enligt
    { $justification }. I den mån mina uppgifter är allmänt tillgängliga förbjuder jag uttryckligen
    behandling av dem för dessa ändamål ({ $public }). Jag förbehåller mig mina anspråk enligt
    { $claims }.
letter-heading-confirmation = Bekräftelse
letter-confirmation = Jag ber er att utan onödigt dröjsmål, och senast den { $deadline },
    skriftligen bekräfta att ni har tillmötesgått min invändning och vidtagit de åtgärder som jag
    har begärt ({ $cite }).
    Om ni anser att ni får fortsätta behandlingen ber jag er att redogöra för de tvingande
    berättigade skäl som ni åberopar.
letter-toggle = Jag känner till inställningen ”Data for Generative AI Improvement”. Eftersom den
    endast omfattar framtida träning av modeller som genererar innehåll ersätter den inte denna
    invändning.
letter-uk-complaint = Om ni inte tillmötesgår denna invändning ber jag er att även behandla detta
    brev som ett klagomål till er enligt { $cite }.
letter-reply-channel = Vänligen skicka ert svar till e-postadressen { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Anmälan enligt { $cite } avseende { $controller }
   *[complaint] Klagomål enligt { $cite } mot { $controller }
}
complaint-intro = Jag lämnar härmed in ett klagomål mot { $controller }, { $address }, avseende
    behandlingen av mina personuppgifter.
complaint-intro-report = Jag anmäler härmed behandlingen av mina personuppgifter hos
    { $controller }, { $address }. Jag är medveten om att jag som anmälare inte har ställning som
    part.
complaint-heading-facts = Sakförhållanden
complaint-facts = { $account ->
    [member] Jag är medlem på LinkedIn (kontots e-postadress: { $email }).
   *[non-member] Jag har inget LinkedIn-konto; andra har publicerat innehåll om mig på LinkedIn, särskilt { $count ->
        [one] på följande adress:
       *[other] på följande adresser:
    }
}
complaint-objection-sent = Den { $date } invände jag med stöd av { $cite } mot behandlingen av mina
    personuppgifter och begärde begränsning av behandlingen, radering av uppgifterna och
    underrättelse till mottagarna. Min invändning bifogas.
complaint-objection-sent-report = Den { $date } invände jag uttryckligen mot behandlingen av mina
    personuppgifter för AI-träning och därmed sammanhängande ändamål. Min invändning bifogas.
complaint-deadline = Tidsfristen för ett svar enligt { $cite } löpte ut den { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn har avslagit min invändning utan att påvisa tvingande berättigade skäl som väger tyngre än mina intressen, rättigheter och friheter. LinkedIns svar bifogas.
    [incomplete] LinkedIns svar tillgodoser inte min invändning fullt ut. Svaret bifogas.
   *[no-reply] Jag har hittills inte fått något svar i sak.
}
complaint-heading-assessment = Bedömning
complaint-assessment = LinkedIn åberopar berättigade intressen enligt { $basis } för att använda
    medlemmarnas profiler och publicerade innehåll, inbegripet de personuppgifter om andra som
    detta innehåll omfattar, för träning av AI-modeller som genererar innehåll. Efter en
    invändning får LinkedIn fortsätta behandlingen endast om bolaget påvisar tvingande berättigade
    skäl som väger tyngre än den registrerades intressen, rättigheter och friheter ({ $cite }). Så
    har inte skett; enligt min bedömning strider den fortsatta behandlingen av mina uppgifter
    därför mot { $law }.
complaint-assessment-report = Behandling av mina personuppgifter i strid med min uttryckliga
    viljeförklaring utgör en kränkning av min personlighet i den mening som avses i
    { $personality }, och en sådan kränkning är rättsstridig om den inte är berättigad enligt
    { $justification }. LinkedIn har inte visat något sådant berättigande.
complaint-heading-requests = Begäran
complaint-requests = Jag ber er att utreda mitt klagomål, att vidta de åtgärder som krävs för att
    LinkedIn ska tillmötesgå min invändning och att informera mig om hur arbetet med klagomålet
    fortskrider och vad resultatet blir.
complaint-requests-report = Jag ber er att inleda en utredning enligt { $cite } och att informera
    mig om de åtgärder ni vidtar och om resultatet av dem.
complaint-lead-authority = Den irländska Data Protection Commission är ansvarig tillsynsmyndighet
    för { $controller } ({ $cite }). Jag lämnar in detta klagomål till er som tillsynsmyndighet i
    den medlemsstat där jag har min hemvist och ber er att handlägga det i samarbete med Data
    Protection Commission.
complaint-lead-authority-forward = Den irländska Data Protection Commission är ansvarig
    tillsynsmyndighet för { $controller } ({ $cite }). Såvitt jag vet är ni inte själva behöriga i
    fråga om detta bolag; jag ber er därför att vidarebefordra mitt klagomål till den behöriga
    tillsynsmyndigheten.
complaint-lead-authority-report = Inom Europeiska unionen står { $controller } under tillsyn av den
    irländska Data Protection Commission som ansvarig tillsynsmyndighet.
complaint-uk-controller-first = Innan jag vände mig till er tog jag upp frågan med den
    personuppgiftsansvarige: i min invändning bad jag LinkedIn att även behandla den som ett
    klagomål enligt { $cite }.
complaint-enclosure-objection = Min invändning av den { $date }
complaint-enclosure-reply = LinkedIns svar
complaint-contact = Ni kan nå mig på { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Påminnelse: min invändning av den { $date } ({ $law }), LinkedIn-konto { $email }
   *[non-member] Påminnelse: min invändning av den { $date } ({ $law })
}
reminder-intro = Den { $date } invände jag med stöd av { $cite } mot behandlingen av mina
    personuppgifter och begärde begränsning av behandlingen, radering av uppgifterna och
    underrättelse till mottagarna. En kopia av min invändning bifogas.
reminder-overdue = Tidsfristen för ert svar enligt { $cite } löpte ut den { $deadline }. Jag har
    hittills inte fått något svar i sak.
reminder-request = Jag begär att ni utan ytterligare dröjsmål tillmötesgår min invändning, vidtar de
    åtgärder som jag har begärt och skriftligen bekräftar detta för mig senast den { $deadline }.
reminder-next = { $route ->
    [report] Om jag inte har fått ett tillfredsställande svar till dess kommer jag att anmäla saken till följande myndighet: { $authority }.
   *[complaint] Om jag inte har fått ett tillfredsställande svar till dess kommer jag att lämna in ett klagomål till följande tillsynsmyndighet: { $authority }.
}
complaint-reminder-sent = Den { $date } påminde jag LinkedIn om min invändning och satte en ny
    tidsfrist till den { $deadline }.
complaint-enclosure-reminder = Min påminnelse av den { $date }

## Case status (objection status --case DIR)

status-reference = Ärende { $reference }
status-empty = Detta ärende innehåller ännu ingen invändning. Påbörja det med: objection letter --case { $dir }
status-sent = Invändning skickad den { $date }.
status-reminded = Påminnelse skickad den { $date }.
status-complained = Klagomål skrivet den { $date }. Myndigheten meddelar dig hur ärendet fortskrider.
status-waiting = Väntar på LinkedIns svar till och med den { $date } ({ $days ->
    [one] { $days } dag
   *[other] { $days } dagar
} kvar).
status-overdue = Tidsfristen har överskridits med { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}: den löpte ut den { $date }.
status-next-wait-reminder = Nästa steg: om LinkedIn inte har svarat till dess, skriv en påminnelse: objection reminder --case { $dir }
status-next-wait-complaint = Nästa steg: om LinkedIn inte har svarat till dess, skriv klagomålet: objection complaint --case { $dir }
status-next-reminder = Nästa steg: skriv en påminnelse: objection reminder --case { $dir }
status-next-complaint = Nästa steg: skriv klagomålet till tillsynsmyndigheten: objection complaint --case { $dir }
calendar-summary = Tidsfrist för LinkedIns svar på din invändning ({ $reference })
calendar-description = Om LinkedIn inte har svarat i dag kan du se nästa steg med: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Inga begrepp från dataskyddsförordningen här (ingen "invändning", inget "berättigat
# intresse", ingen "personuppgiftsansvarig"): breven går till LinkedIn Corporation enligt annan
# lag. Utländska lagar citeras i sin egen form ("PIPEDA, bilaga 1, princip 4.3.8",
# "Cal. Civ. Code § 1798.120"); "sections" återges som "avsnitt". law-name-* står i bestämd
# form och sätts bara in där det passar grammatiskt.

# Same as English: the Canadian law's abbreviation.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: the Hong Kong ordinance's abbreviation and chapter.
law-pdpo = PDPO (Cap. 486)
# Same as English: the California code's citation form.
law-ccpa = Cal. Civ. Code
# Same as English: the Indian Act's short title.
law-dpdp = DPDP Act 2023
law-us-generic = LinkedIns integritetspolicy
law-generic = LinkedIns integritetspolicy
# Short names for subject lines.
# Same as English: the Canadian law's abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = Québecs lag om den privata sektorn
# Same as English: the Hong Kong ordinance's abbreviation.
law-short-pdpo = PDPO
# Same as English: the California law's abbreviation.
law-short-ccpa = CCPA
# Same as English: the Indian Act's short title.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = LinkedIns integritetspolicy
law-short-generic = LinkedIns integritetspolicy
# The name of the law in running text ("enligt den kanadensiska lagen ...").
law-name-pipeda = den kanadensiska lagen om skydd av personuppgifter och elektroniska dokument (PIPEDA)
law-name-qc-private = Québecs lag om skydd av personuppgifter i den privata sektorn (CQLR c. P-39.1)
law-name-pdpo = Hongkongs förordning om personuppgifter och integritet (PDPO)
law-name-ccpa = Kaliforniens lag om konsumenters integritet (CCPA)
law-name-dpdp = Indiens lag om skydd av digitala personuppgifter från 2023 (DPDP Act)
law-name-us-generic = LinkedIns integritetspolicy
law-name-generic = LinkedIns integritetspolicy
cite-common-article = artikel { $number }
cite-common-article-paragraph = artikel { $number }.{ $paragraph }
cite-common-section = avsnitt { $number }
cite-common-section-paragraph = avsnitt { $number }({ $paragraph })
cite-common-principle = bilaga 1, princip { $number }
cite-common-dpp = bilaga 1, dataskyddsprincip { $number }
cite-common-and = { $first } och { $second }
# Same as English: law first, then the references ("PIPEDA, bilaga 1, princip 4.3.8").
cite-common-law = { $law }, { $refs }
# Same as English: the section sign of US codes.
cite-us-section = § { $number }
cite-us-and = { $first } och { $second }
# Same as English: code, then the sections ("Cal. Civ. Code § 1798.120").
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] personanpassad annonsering baserad på min profil och aktivitet samt utlämnande av mina uppgifter till andra för annonsändamål;
   *[non-member] personanpassad annonsering baserad på mina personuppgifter samt utlämnande av dem till andra för annonsändamål;
}
other-subject = { $family ->
    [consent] Återkallelse av samtycke till användning av mina personuppgifter ({ $law })
    [optout] Begäran om att inte sälja eller dela mina personuppgifter ({ $law })
   *[generic] Begäran om att sluta använda mina personuppgifter för AI-träning och annonsering
}
other-intro-member = Jag är medlem på LinkedIn; mitt konto är registrerat på e-postadressen
    { $email }. Jag vänder mig till { $controller } angående användningen av mina
    personuppgifter.
other-intro-non-member = Jag har inget LinkedIn-konto. Andra har på LinkedIn publicerat innehåll som omfattar mina personuppgifter, särskilt { $count ->
    [one] på följande adress:
   *[other] på följande adresser:
}
other-intro-non-member-after = Jag vänder mig till { $controller } angående användningen av dessa
    uppgifter.
consent-no-objection = Enligt { $law } finns ingen allmän rätt att motsätta sig användning av
    personuppgifter. Jag åberopar därför den rätt som ligger närmast: återkallelse av samtycke
    ({ $cite }).
consent-withdrawal = Jag återkallar varje samtycke, uttryckligt eller underförstått, som LinkedIn
    stöder sig på för att använda mina personuppgifter för följande ändamål:
consent-new-purpose = Träning av modeller för artificiell intelligens är inte ett ändamål för vilket
    jag lämnade mina uppgifter till LinkedIn. Användning av dem för ett sådant nytt ändamål kräver
    mitt samtycke ({ $cite }), och det lämnar jag inte.
consent-in-force = Bestämmelserna i { $law } om samtycke och återkallelse av samtycke är planerade
    att träda i kraft den { $date }. Till dess ber jag er att respektera denna återkallelse i
    enlighet med åtagandena i LinkedIns integritetspolicy.
optout-no-objection = CCPA ger ingen rätt att motsätta sig AI-träning som sådan. Jag utövar därför
    de rättigheter som lagen ger och lägger till en egen begäran.
optout-sale = Med stöd av { $cite } kräver jag att ni varken säljer eller delar mina
    personuppgifter. Detta omfattar att lämna ut dem till Microsoft eller andra koncernbolag så att
    de kan anpassa den annonsering som de visar mig.
optout-sensitive = Med stöd av { $cite } kräver jag att ni begränsar användningen och utlämnandet av
    mina känsliga personuppgifter till vad lagen tillåter.
optout-ai = Utöver dessa rättigheter ber jag er att sluta använda mina personuppgifter för följande ändamål:
generic-basis = { $scope ->
    [us] Ingen federal lag ger mig rätt att motsätta mig denna användning. Jag stöder mig på de valmöjligheter som LinkedIn självt erbjuder och på LinkedIns integritetspolicy och ber er att tillämpa dem fullt ut på mig.
   *[other] Jag stöder mig på åtagandena i LinkedIns integritetspolicy, som ger medlemmar och besökare kontroll över hur deras uppgifter används, samt på den dataskyddslagstiftning i mitt land som kan vara tillämplig.
}
generic-request = Min begäran gäller användningen av mina personuppgifter för följande ändamål:
generic-us-state = Om en lag i min delstat om skydd av konsumenters integritet är tillämplig på
    LinkedIn ber jag er att även behandla detta brev som en begäran enligt den lagen.
generic-settings = LinkedIns inställningar ”Data for Generative AI Improvement” och ”Data sharing”
    täcker endast en del av denna begäran; jag ber er att tillgodose den fullt ut.
other-stop = Jag ber er att sluta använda mina uppgifter för dessa ändamål, att utesluta dem från
    framtida träningsdata och att meddela mig vad som händer med uppgifter som redan har använts.
other-deadline-courtesy = Ingen lagstadgad tidsfrist gäller för ert svar. Jag ber er ändå att senast
    den { $deadline } skriftligen bekräfta att ni har tillgodosett denna begäran.
optout-deadline = Jag ber er att verkställa min begäran så snart det är praktiskt möjligt och
    senast den { $deadline } (15 arbetsdagar, den tidsfrist som föreskrifterna till CCPA anger för
    detta) och att skriftligen bekräfta detta.
other-form-field-request = Begäran: { $family ->
    [consent] återkallelse av samtycke ({ $law })
    [optout] ingen försäljning eller delning ({ $law })
   *[generic] sluta använda mina uppgifter för AI-träning och annonsering
}
other-form-guide-route = Detta formulär beskrivs i LinkedIns europeiska integritetsmeddelande. Om
    det inte erbjuds dig kan du i stället skicka brevet (objection letter) eller använda LinkedIns
    kontaktformulär för integritetsfrågor: { $url }
other-reminder-subject = Påminnelse: mitt brev av den { $date } ({ $law })
other-reminder-intro = Den { $date } skrev jag till er angående användningen av mina personuppgifter
    för AI-träning och därmed sammanhängande ändamål. En kopia av mitt brev bifogas.
other-reminder-overdue = Jag bad om svar senast den { $deadline }. Jag har hittills inte fått något
    svar i sak.
other-reminder-request = Jag begär att ni utan ytterligare dröjsmål tillgodoser min begäran och
    skriftligen bekräftar detta för mig senast den { $deadline }.
other-reminder-next = Om jag inte har fått ett tillfredsställande svar till dess kommer jag att
    lämna in ett klagomål till följande myndighet: { $authority }.
other-reminder-next-none = Om jag inte har fått ett tillfredsställande svar till dess kommer jag att
    överväga de andra rättsmedel som står till mitt förfogande.
other-complaint-subject = Klagomål mot { $controller } ({ $law })
other-complaint-intro = Jag lämnar härmed in ett klagomål mot { $controller }, { $address },
    angående användningen av mina personuppgifter enligt { $law_name }.
other-complaint-sent = { $family ->
    [consent] Den { $date } återkallade jag mitt samtycke till användningen av mina personuppgifter för AI-träning och därmed sammanhängande ändamål ({ $cite }).
   *[optout] Den { $date } krävde jag att LinkedIn varken säljer eller delar mina personuppgifter ({ $cite }) och bad LinkedIn att sluta använda mina uppgifter för att träna AI-modeller.
} Mitt brev bifogas. Jag bad om svar senast den { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn har avslagit min begäran. LinkedIns svar bifogas.
    [incomplete] LinkedIns svar tillgodoser inte min begäran fullt ut. Svaret bifogas.
   *[no-reply] Jag har hittills inte fått något svar i sak.
}
other-complaint-assessment = { $family ->
    [consent] Enligt min bedömning använder LinkedIn fortfarande mina uppgifter utan mitt samtycke, och dessutom för ett nytt ändamål som kräver samtycke ({ $cite }).
   *[optout] Enligt min bedömning har LinkedIn inte verkställt min begäran inom den tidsfrist som föreskrifterna till CCPA medger.
}
other-complaint-requests = Jag ber er att utreda mitt klagomål och att informera mig om resultatet.
other-enclosure-letter = Mitt brev av den { $date }
other-reasons = Om min situation vill jag tillägga följande:
other-complaint-reminder-sent = Den { $date } skickade jag en påminnelse till LinkedIn och satte en
    ny tidsfrist till den { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = En invändning enligt { $cite } kräver skäl som hänför sig till din specifika situation; din invändning är formulerad utan sådana. Lägg till dem med --reason "..." så blir den svårare att avslå.
note-federal-authority = Med enbart DE går klagomålet till den federala myndigheten (BfDI), som vidarebefordrar klagomål mot företag till delstatens myndighet. Vill du gå den direkta vägen anger du din delstat, till exempel --country DE-BE (se `objection jurisdictions`).
warning-premature = LinkedIn har till och med den { $deadline } på sig att svara; före dess är { $document ->
    [reminder] en påminnelse om uteblivet svar förhastad
   *[complaint] ett klagomål om uteblivet svar förhastat
}.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Bifogat finner ni mitt brev av den { $date } som PDF-fil. Hela texten följer nedan.
email-cover-reminder = Bifogat finner ni min påminnelse av den { $date } som PDF-fil. Hela texten följer nedan.
email-cover-complaint = Bifogat finner ni mitt klagomål av den { $date } som PDF-fil. Hela texten följer nedan.
email-receipt = Vänligen bekräfta mottagandet.
email-file-letter = brev
email-file-reminder = påminnelse
email-file-complaint = klagomål
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Bara PDF-filen är bifogad i e-postmeddelandet. Bifoga även bilagorna innan du skickar det:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Den här guiden hjälper dig steg för steg att invända mot att LinkedIn använder dina uppgifter. Inget sparas förrän du bekräftar i slutet. Tryck på Esc eller Ctrl+C för att avbryta när som helst.
wizard-language = Språk
wizard-help-select = ↑↓ för att flytta, Enter för att välja
wizard-help-multi = ↑↓ för att flytta, mellanslag för att markera eller avmarkera, Enter när du är klar
wizard-country = Var bor du?
wizard-country-help = Skriv för att söka, Enter för att välja. I Tyskland väljer du din delstat.
wizard-member = Har du ett LinkedIn-konto?
wizard-answer = { $answer ->
    [yes] Ja
   *[no] Nej
}
wizard-content-url = Webbadress { $number } till innehåll om dig på LinkedIn
wizard-content-url-help = Kopiera den från webbläsarens adressfält (https://...). Lämna tomt när du är klar.
wizard-name = Ditt fullständiga namn
wizard-email = Din e-postadress
wizard-email-help = Adressen till ditt LinkedIn-konto; utan konto den adress där LinkedIn kan svara dig.
wizard-address = Din postadress, rad { $number }
wizard-address-help = Till exempel gata och nummer, sedan postnummer och ort. Lämna tomt när du är klar.
wizard-place = Din ort (för brevets datumrad)
wizard-object-to = Vad invänder du mot?
wizard-purpose-ai-training = Att LinkedIn tränar AI som skriver texter eller skapar bilder med dina uppgifter
wizard-purpose-ai-other = Annan AI-användning av dina uppgifter, till exempel för att anpassa ditt flöde eller sortera innehåll
wizard-purpose-ads-profiling = Reklam som bygger på en profil av dig
wizard-purpose-affiliate-sharing = Att dina uppgifter lämnas till Microsoft och andra koncernbolag för deras AI eller reklam
wizard-reason = Varför är detta viktigt för dig personligen? (frivilligt)
wizard-reason-help = Till exempel: ”Jag är journalist och måste skydda mina källor.” ”Mina inlägg är mitt arbete; AI-kopior av dem skadar min inkomst.” Tryck på Enter för att hoppa över.
wizard-outputs = Vilka dokument vill du ha?
wizard-output = { $output ->
    [form] Texten till LinkedIns webbformulär
    [letter-pdf] Brevet som pdf, att skriva ut och skicka med posten
   *[letter-text] Brevet som text
}
wizard-problem = { $problem ->
    [empty] Fältet får inte vara tomt.
    [too-long] Det är för långt: { $length } tecken, högst { $limit }.
    [control] Ta bort styrtecknet { $character }.
    [bidi] Skriv det igen utan riktningstecknet { $character }: det kan ändra ordningen som texten visas i.
    [email] Det är ingen e-postadress. Exempel: name@example.org
   *[url] Det är ingen webbadress. Kopiera den från webbläsaren; den börjar med https://
}
wizard-preview = Förhandsvisning av din text:
wizard-folder = Mapp för dina dokument
wizard-folder-exists = Mappen finns redan. Välj ett nytt namn.
wizard-confirm = Spara dina dokument i mappen { $dir } nu?
wizard-next-form = Texten till LinkedIns formulär finns i { $file }.
wizard-next-letter = Skriv ut { $file }, skriv under och skicka brevet med posten till adressen överst i brevet. Spara en kopia.
wizard-next-deadline = LinkedIn har till den { $date } på sig att svara.
wizard-next-reminder = Om du inte har fått ett riktigt svar till dess, skriv en påminnelse: { $command }
wizard-save-details = Spara dina uppgifter i { $file } till nästa gång?
wizard-saved = Sparat. Nästa gång: { $command }
wizard-stopped = Avbrutet. Inget sparades.
