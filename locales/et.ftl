# Eesti keel. Määratleb samad sõnumid nagu en.ftl, mitte rohkem ega vähem.
#
# Konventsioonid: ametlik õiguskeel, nagu seda kirjutaks Eesti andmekaitsejurist; terminid
# isikuandmete kaitse üldmääruse (määrus (EL) 2016/679) ametlikust eestikeelsest tekstist:
# „vastutav töötleja“, „andmesubjekt“, „isikuandmete töötlemise piiramine“, „õigustatud huvi“,
# „mõjuv õiguspärane põhjus“, „otseturundus“, „profiilianalüüs“, „järelevalveasutus“,
# „juhtiv järelevalveasutus“, „andmekaitseametnik“, „vastuvõtja“.
# Üldmääruse lühend: IKÜM. Viitamisviis: seaduse lühend ees, siis säte – „IKÜM art 21 lg 1“,
# „IKÜM art 18 lg 1 p d“, „IKÜM art 21 lg 2 ja 3“; Šveitsi seadus „DSG art 30 lg 2 p b“;
# Ühendkuningriigi seaduse „section“ = paragrahv: „DPA 2018 § 164A“.
# ALLIKAS (legal-facts.md märgib IKÜM-i kui [U]): Andmekaitse Inspektsioon kasutab oma
# veebilehtedel lühendit IKÜM ja sama viitamisviisi, nt
#   https://aastaraamat.aki.ee/aastaraamat-2020-praktikute-toolaualt/vastuvaidete-esitamisel-ei-tohi-andmetootlus-jatkuda
#   („Isikuandmete kaitse üldmääruse (IKÜM/üldmäärus) artikkel 21 lg 1“, „IKÜM artikkel 17 lg 1 punkt c“),
#   https://www.aki.ee/isikuandmed/kkk/moisted („isikuandmete kaitse üldmääruse (IKÜM) artiklis 4 punktis 1“),
#   https://aastaraamat.aki.ee/aastaraamat-2020-sissejuhatus/oigustatud-huvi-kasitlus-sai-juhendiks
#   („IKÜM artikkel 6 lg 1 punktist f“).
# Lühivorm „art … lg … p …“ (ilma punktideta) on Eesti õiguskirjanduse tavapärane vorm.
# Viide seisab lause alguses koos tagasõnaga („IKÜM art 21 lg 1 alusel …“, „… kohaselt …“),
# nii et lühendit ei ole vaja käänata („IKÜM nõuded“ nagu „EL õigus“).
# Kuupäev: „23. november 2026“ (nimetav). Kuna kuupäeva ei saa käänata, on laused üles ehitatud
# nii, et kuupäev on nimetavas: „tähtaeg on 2. november 2026“, „Kirjaga, mille kuupäev on …“,
# „Vastuväide saadetud: …“.
# Pöördumine „Lugupeetud härra või proua“ (ilma kirjavahemärgita), tekst jätkub suure tähega;
# lõputervitus „Lugupidamisega“. Viisakusvormid „Teie“, „Te“ suure algustähega.
# Jutumärgid „…“. LinkedIni seadete nimed jäävad ingliskeelseks, sest LinkedInil ei ole eestikeelset
# kasutajaliidest. Tekst ei sõltu kirjutaja soost (eesti keeles grammatilist sugu ei ole).

lang-name = Eesti

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = IKÜM
# Same as English: official abbreviation of the UK law, used as such in Estonian
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: official short title of the UK Data Protection Act 2018
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = art { $number }
cite-eu-article-paragraph = art { $number } lg { $paragraph }
cite-eu-article-paragraphs = art { $number } lg { $paragraph } ja { $second }
cite-eu-article-paragraph-point = art { $number } lg { $paragraph } p { $point }
cite-eu-section = § { $number }
cite-eu-section-paragraph = § { $number } lg { $paragraph }
cite-eu-section-paragraphs = § { $number } lg { $paragraph } ja { $second }
cite-eu-section-paragraph-point = § { $number } lg { $paragraph } p { $point }
cite-eu-and = { $first } ja { $second }
cite-eu-law = { $law } { $refs }
cite-ch-article = art { $number }
cite-ch-article-paragraph = art { $number } lg { $paragraph }
cite-ch-article-paragraphs = art { $number } lg { $paragraph } ja { $second }
cite-ch-article-paragraph-point = art { $number } lg { $paragraph } p { $point }
cite-ch-section = § { $number }
cite-ch-section-paragraph = § { $number } lg { $paragraph }
cite-ch-section-paragraphs = § { $number } lg { $paragraph } ja { $second }
cite-ch-section-paragraph-point = § { $number } lg { $paragraph } p { $point }
cite-ch-and = { $first } ja { $second }
cite-ch-law = { $law } { $refs }

## Dates

month-1 = jaanuar
month-2 = veebruar
month-3 = märts
month-4 = aprill
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = august
month-9 = september
month-10 = oktoober
month-11 = november
month-12 = detsember
# „23. november 2026“ (nimetav kääne).
date-long = { $day }. { $month } { $year }
# Kuupäevarida: „Tallinn, 23. november 2026“ või ainult kuupäev.
# Same as English: place, comma, date is also the Estonian dateline
dateline-with-place = { $place }, { $date }
# Same as English: the date alone
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

# Same as English: the Estonian name of Austria is also "Austria"
jurisdiction-AT = Austria
jurisdiction-BE = Belgia
jurisdiction-BG = Bulgaaria
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Šveits
jurisdiction-CY = Küpros
jurisdiction-CZ = Tšehhi
jurisdiction-DE = Saksamaa
jurisdiction-DE-BB = Brandenburg (Saksamaa)
jurisdiction-DE-BE = Berliin (Saksamaa)
jurisdiction-DE-BW = Baden-Württemberg (Saksamaa)
jurisdiction-DE-BY = Baieri (Saksamaa)
jurisdiction-DE-HB = Bremen (Saksamaa)
jurisdiction-DE-HE = Hessen (Saksamaa)
jurisdiction-DE-HH = Hamburg (Saksamaa)
jurisdiction-DE-MV = Mecklenburg-Vorpommern (Saksamaa)
jurisdiction-DE-NI = Alam-Saksi (Saksamaa)
jurisdiction-DE-NW = Nordrhein-Westfalen (Saksamaa)
jurisdiction-DE-RP = Rheinland-Pfalz (Saksamaa)
jurisdiction-DE-SH = Schleswig-Holstein (Saksamaa)
jurisdiction-DE-SL = Saarimaa (Saksamaa)
jurisdiction-DE-SN = Saksi (Saksamaa)
jurisdiction-DE-ST = Saksi-Anhalt (Saksamaa)
jurisdiction-DE-TH = Tüüringi (Saksamaa)
jurisdiction-DK = Taani
jurisdiction-EE = Eesti
jurisdiction-ES = Hispaania
jurisdiction-FI = Soome
jurisdiction-FR = Prantsusmaa
jurisdiction-GB = Ühendkuningriik
jurisdiction-GR = Kreeka
jurisdiction-HK = Hongkong
jurisdiction-HR = Horvaatia
jurisdiction-HU = Ungari
jurisdiction-IE = Iirimaa
# Same as English: the Estonian name of India is also "India"
jurisdiction-IN = India
jurisdiction-IS = Island
jurisdiction-IT = Itaalia
# Same as English: proper name, identical in Estonian
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Leedu
jurisdiction-LU = Luksemburg
jurisdiction-LV = Läti
# Same as English: proper name, identical in Estonian
jurisdiction-MT = Malta
jurisdiction-NL = Madalmaad
jurisdiction-NO = Norra
jurisdiction-OTHER = muu riik
jurisdiction-PL = Poola
# Same as English: the Estonian name of Portugal is also "Portugal"
jurisdiction-PT = Portugal
jurisdiction-RO = Rumeenia
jurisdiction-SE = Rootsi
jurisdiction-SI = Sloveenia
jurisdiction-SK = Slovakkia
jurisdiction-US = Ameerika Ühendriigid
jurisdiction-US-CA = California (Ameerika Ühendriigid)

## Shared pieces of all documents

recipient-dpo = Andmekaitseametnikule
# The footer of multi-page letters.
page-number = Lehekülg { $page }/{ $total }
salutation = Lugupeetud härra või proua
closing = Lugupidamisega
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Lisa:
   *[other] Lisad:
}
# Same as English: Estonian letters show the subject without a label
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] sisu loovate tehisintellekti mudelite (generatiivne tehisintellekt) treenimine, peenhäälestamine, hindamine ja täiustamine, eelkõige minu profiiliandmete ja minu LinkedInis avaldatud sisu põhjal;
   *[non-member] sisu loovate tehisintellekti mudelite (generatiivne tehisintellekt) treenimine, peenhäälestamine, hindamine ja täiustamine, eelkõige sellise minu kohta käiva sisu põhjal, mille teised isikud on LinkedInis avaldanud;
}
purpose-ai-other = tehisintellekti ja masinõppe mudelite treenimine muudel eesmärkidel, näiteks Teie teenuste isikupärastamiseks, sisu klassifitseerimiseks ning Teie toodete ja teenuste üldiseks täiustamiseks;
purpose-affiliate-sharing = minu isikuandmete avalikustamine Teie kontserni kuuluvatele ettevõtjatele, sealhulgas Microsoftile, et need saaksid treenida oma tehisintellekti mudeleid või osutada, arendada või täiustada oma reklaamiteenuseid;
form-purpose-ai-training = { $account ->
    [member] sisu loovate generatiivse tehisintellekti mudelite treenimine minu profiiliandmete ja minu avaldatud sisu põhjal;
   *[non-member] sisu loovate generatiivse tehisintellekti mudelite treenimine sellise minu kohta käiva sisu põhjal, mille on avaldanud teised;
}
form-purpose-ai-other = muude tehisintellekti ja masinõppe mudelite treenimine, näiteks isikupärastamiseks ja sisu klassifitseerimiseks;
form-purpose-affiliate-sharing = minu andmete avalikustamine kontserni ettevõtjatele, nagu Microsoft, nende tehisintellekti treenimiseks või reklaamiks;
form-purpose-ads = isikupärastatud reklaam ja minu andmete avalikustamine reklaami eesmärgil;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Vastuväide minu isikuandmete töötlemise suhtes LinkedInis
form-field-name = Nimi: { $name }
form-field-email = E-posti aadress: { $email }
form-field-country = Elukohariik: { $country }
form-field-member = LinkedIni konto: { $account ->
    [member] jah, registreeritud ülaltoodud e-posti aadressile
   *[non-member] puudub (ma ei ole LinkedIni liige)
}
form-field-profile = Profiil: { $url }
form-field-content = Minu kohta käiv sisu: { $url }
form-field-request = Taotlus: vastuväide isikuandmete töötlemise suhtes ({ $cite })
form-objection = { $cite } alusel esitan vastuväite oma isikuandmete sellise töötlemise suhtes,
    mida teete õigustatud huvide alusel ({ $basis }), järgmistel eesmärkidel:
form-direct-marketing = { $cite } alusel esitan vastuväite oma isikuandmete töötlemise suhtes
    otseturunduse eesmärgil, sealhulgas sellega seotud profiilianalüüsi suhtes, eelkõige
    isikupärastatud reklaami jaoks.
form-grounds = Minu konkreetsest olukorrast tulenevad põhjused:
form-requests = Palun piirake minu vastuväite läbivaatamise ajaks isikuandmete töötlemist
    ({ $restriction }). Palun kustutage nendel eesmärkidel kogutud isikuandmed ({ $erasure }) ja
    teavitage sellest vastuvõtjaid, sealhulgas Microsofti ({ $recipients }).
form-confirmation = Palun kinnitage mulle kirjalikult, et olete minu vastuväite rahuldanud.
    Kinnituse tähtaeg on { $deadline }.

## Guidance printed after the form text (on standard error)

form-guide-heading = Järgmised sammud:
form-guide-open = Avage LinkedIni vorm isikuandmete töötlemise suhtes vastuväite esitamiseks
    (Data Processing Objection): { $url }
form-guide-option = Valige võimalus, millega esitate vastuväite oma andmete töötlemisele sisu
    loovate tehisintellekti mudelite treenimiseks (LinkedIn võib selle sõnastada teisiti), kandke
    väljade väärtused vormi vastavatesse väljadesse ja kleepige tekst vabateksti lahtrisse.
form-guide-toggle = Seade „Data for Generative AI Improvement“ ({ $url }) peatab üksnes sisu
    loovate mudelite edasise treenimise. See ei hõlma tehisintellekti muid kasutusviise ega
    reklaami – seepärast ongi vastuväide ise oluline.
form-guide-non-member = Kui Teil ei ole kontot, ei ole Teil ka seadeid, mida muuta: Teie
    võimalus on see vorm või kiri LinkedIni andmekaitseametnikule (objection letter).
form-guide-letter = Ametliku tõendi jaoks saatke ka kiri: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Vastuväide minu isikuandmete töötlemise suhtes ({ $law }) – LinkedIni konto { $email }
   *[non-member] Vastuväide minu isikuandmete töötlemise suhtes ({ $law }) – mul ei ole LinkedIni kontot
}
letter-intro-member = Olen LinkedIni liige; minu konto on registreeritud e-posti aadressile
    { $email }. Pöördun Teie kui minu isikuandmete vastutava töötleja { $controller }
    andmekaitseametniku poole.
letter-intro-member-profile = Minu avalik profiil: { $url }
letter-intro-non-member = Mul ei ole LinkedIni kontot. Teised isikud on avaldanud LinkedInis sisu, mis sisaldab minu isikuandmeid, eelkõige { $count ->
    [one] järgmisel aadressil:
   *[other] järgmistel aadressidel:
}
letter-intro-non-member-after = Pöördun Teie kui nende andmete vastutava töötleja
    { $controller } andmekaitseametniku poole.
letter-heading-objection = Vastuväide õigustatud huvidel põhineva töötlemise suhtes
letter-objection = { $cite } alusel esitan oma konkreetsest olukorrast lähtudes vastuväite
    oma isikuandmete sellise töötlemise suhtes, mida teete { $basis } kohaste õigustatud huvide
    alusel, järgmistel eesmärkidel:
letter-objection-notice = { $account ->
    [member] Teie privaatsusteates on märgitud, et alates 3. novembrist 2025 tuginete liikmete andmetega sisu loovate tehisintellekti mudelite treenimisel õigustatud huvidele.
   *[non-member] Teie privaatsusteates on märgitud, et alates 3. novembrist 2025 tuginete õigustatud huvidele, kui treenite sisu loovaid tehisintellekti mudeleid liikmete avaldatud sisuga, mis sisaldab ka teiste isikute, näiteks minu, isikuandmeid.
}
letter-grounds-given = Minu konkreetsest olukorrast tulenevad põhjused on järgmised:
letter-grounds-burden = Pärast käesoleva vastuväite esitamist võite töötlemist jätkata üksnes
    juhul, kui tõendate, et isikuandmeid töödeldakse mõjuval õiguspärasel põhjusel, mis kaalub
    üles minu huvid, õigused ja vabadused, või õigusnõuete koostamise, esitamise või kaitsmise
    eesmärgil. Selliste põhjuste tõendamise kohustus lasub Teil.
letter-heading-direct-marketing = Vastuväide profiilianalüüsi suhtes otseturunduse eesmärgil
letter-direct-marketing = { $cite } alusel esitan vastuväite oma isikuandmete töötlemise
    suhtes otseturunduse eesmärgil, sealhulgas sellega seotud profiilianalüüsi suhtes, eelkõige
    isikupärastatud reklaami jaoks. Seda vastuväidet ei pea põhjendama; pärast selle kättesaamist
    ei tohi minu isikuandmeid nendel eesmärkidel enam töödelda.
letter-consent-withdrawal = Kuivõrd tuginete isikupärastatud reklaami puhul minu nõusolekule,
    võtan selle nõusoleku { $cite } alusel tagasi.
letter-heading-restriction = Töötlemise piiramine vastuväite läbivaatamise ajaks
letter-restriction = { $cite } alusel nõuan, et piiraksite minu isikuandmete töötlemist eespool
    nimetatud eesmärkidel seni, kuni on kontrollitud, kas Teie õiguspärased põhjused kaaluvad üles
    minu põhjused.
letter-heading-erasure = Kustutamine
letter-erasure = { $cite } alusel nõuan, et kustutaksite isikuandmed, mille olete nendel
    eesmärkidel kogunud või tuletanud, sealhulgas nende koopiad treeningandmestikes. Palun
    teatage mulle ka, kas minu andmeid on juba kasutatud mudelite treenimiseks, ja kui on, siis
    milliseid meetmeid Te sellega seoses võtate.
letter-heading-recipients = Vastuvõtjad
letter-recipients = { $cite } alusel palun teatada töötlemise piiramisest ja andmete
    kustutamisest igale vastuvõtjale, kellele olete minu isikuandmeid nendel eesmärkidel
    avalikustanud, sealhulgas Teie kontserni kuuluvatele ettevõtjatele, nagu Microsoft, ning
    teavitada mind nendest vastuvõtjatest.
letter-heading-fadp = Šveitsi andmekaitseõigus
letter-fadp = Elan Šveitsis. Käesolev kiri on ühtlasi minu sõnaselge tahteavaldus
    { $personality } tähenduses, et minu isikuandmeid ei tohi eespool nimetatud eesmärkidel
    töödelda. Nende töötlemine vastu sellele tahteavaldusele rikub minu isikuõigusi ning selline
    rikkumine on õigusvastane, kui see ei ole õigustatud { $justification } alusel. Kuivõrd minu
    andmed on üldsusele kättesaadavad, keelan sõnaselgelt nende töötlemise nendel eesmärkidel
    ({ $public }). Jätan endale õiguse esitada nõudeid { $claims } alusel.
letter-heading-confirmation = Kinnitus
letter-confirmation = Palun kinnitage mulle kirjalikult põhjendamatu viivituseta, et olete
    minu vastuväite ja nõuded rahuldanud ({ $cite }). Kinnituse hiliseim tähtaeg on { $deadline }.
    Kui leiate, et võite töötlemist jätkata, palun esitage mõjuvad õiguspärased põhjused, millele
    tuginete.
letter-toggle = Olen teadlik seadest „Data for Generative AI Improvement“. Kuna see hõlmab
    üksnes sisu loovate mudelite edasist treenimist, ei asenda see käesolevat vastuväidet.
letter-uk-complaint = Kui Te sellele vastuväitele ei reageeri, palun käsitlege käesolevat kirja
    ühtlasi Teile { $cite } alusel esitatud kaebusena.
letter-reply-channel = Palun saatke vastus e-posti aadressile { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Teade { $cite } alusel – { $controller }
   *[complaint] Kaebus { $cite } alusel – { $controller }
}
complaint-intro = Esitan käesolevaga kaebuse seoses sellega, kuidas äriühing { $controller }
    ({ $address }) töötleb minu isikuandmeid.
complaint-intro-report = Esitan käesolevaga teate seoses sellega, kuidas äriühing { $controller }
    ({ $address }) töötleb minu isikuandmeid. Olen teadlik, et teatajana ei ole mul
    menetlusosalise staatust.
complaint-heading-facts = Asjaolud
complaint-facts = { $account ->
    [member] Olen LinkedIni liige (konto e-posti aadress: { $email }).
   *[non-member] Mul ei ole LinkedIni kontot; teised isikud on avaldanud LinkedInis minu kohta sisu, eelkõige { $count ->
        [one] järgmisel aadressil:
       *[other] järgmistel aadressidel:
    }
}
complaint-objection-sent = Kirjaga, mille kuupäev on { $date }, esitasin { $cite } alusel
    vastuväite oma isikuandmete töötlemise suhtes ning nõudsin töötlemise piiramist, andmete
    kustutamist ja vastuvõtjate teavitamist. Minu vastuväide on lisatud.
complaint-objection-sent-report = Kirjaga, mille kuupäev on { $date }, esitasin sõnaselge
    vastuväite oma isikuandmete töötlemisele tehisintellekti treenimiseks ja sellega seotud
    eesmärkidel. Minu vastuväide on lisatud.
complaint-deadline = { $cite } kohane vastamise tähtaeg oli { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn lükkas minu vastuväite tagasi, tõendamata mõjuvaid õiguspäraseid põhjuseid, mis kaaluksid üles minu huvid, õigused ja vabadused. LinkedIni vastus on lisatud.
    [incomplete] LinkedIni vastus ei rahulda minu vastuväidet täielikult. LinkedIni vastus on lisatud.
   *[no-reply] Sisulist vastust ei ole ma tänaseni saanud.
}
complaint-heading-assessment = Õiguslik hinnang
complaint-assessment = LinkedIn tugineb { $basis } kohastele õigustatud huvidele, et kasutada
    liikmete profiile ja avaldatud sisu, sealhulgas selles sisalduvaid teiste isikute
    isikuandmeid, sisu loovate tehisintellekti mudelite treenimiseks. Pärast vastuväite esitamist
    võib LinkedIn töötlemist jätkata üksnes juhul, kui ta tõendab mõjuvaid õiguspäraseid
    põhjuseid, mis kaaluvad üles vastuväite esitanud isiku huvid, õigused ja vabadused
    ({ $cite }). LinkedIn ei ole seda teinud; seetõttu rikub minu andmete jätkuv töötlemine minu
    hinnangul { $law } nõudeid.
complaint-assessment-report = Minu isikuandmete töötlemine vastu minu sõnaselget tahteavaldust
    rikub minu isikuõigusi { $personality } tähenduses ning selline rikkumine on õigusvastane,
    kui see ei ole õigustatud { $justification } alusel. LinkedIn ei ole sellist õigustust
    esitanud.
complaint-heading-requests = Taotlused
complaint-requests = Palun menetlege minu kaebust, võtke vajalikud meetmed, et LinkedIn minu
    vastuväite rahuldaks, ning teavitage mind kaebuse menetlemise käigust ja tulemusest.
complaint-requests-report = Palun alustage { $cite } alusel uurimist ning teavitage mind
    võetud meetmetest ja nende tulemustest.
complaint-lead-authority = { $cite } kohaselt on äriühingu { $controller } juhtiv
    järelevalveasutus Iirimaa andmekaitsekomisjon (Data Protection Commission). Esitan käesoleva
    kaebuse Teile kui minu alalise elukoha järelevalveasutusele ning palun Teil menetleda seda
    koostöös andmekaitsekomisjoniga.
complaint-lead-authority-forward = { $cite } kohaselt on äriühingu { $controller } juhtiv
    järelevalveasutus Iirimaa andmekaitsekomisjon (Data Protection Commission). Minu teada ei ole
    Teil endal selle äriühingu suhtes pädevust; seepärast palun edastada minu kaebus pädevale
    järelevalveasutusele.
complaint-lead-authority-report = Euroopa Liidus teostab äriühingu { $controller } üle
    järelevalvet juhtiva järelevalveasutusena Iirimaa andmekaitsekomisjon (Data Protection
    Commission).
complaint-uk-controller-first = Enne Teie poole pöördumist tõstatasin küsimuse vastutava
    töötleja ees: oma vastuväites palusin LinkedInil käsitleda seda ühtlasi kaebusena { $cite }
    alusel.
complaint-enclosure-objection = Minu vastuväide ({ $date })
complaint-enclosure-reply = LinkedIni vastus
complaint-contact = Minuga saab ühendust e-posti aadressil { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Meeldetuletus: minu vastuväide ({ $law }), kuupäev { $date } – LinkedIni konto { $email }
   *[non-member] Meeldetuletus: minu vastuväide ({ $law }), kuupäev { $date }
}
reminder-intro = Kirjaga, mille kuupäev on { $date }, esitasin { $cite } alusel vastuväite oma isikuandmete töötlemise suhtes ning nõudsin töötlemise piiramist, andmete kustutamist ja vastuvõtjate teavitamist. Minu vastuväite koopia on lisatud.
reminder-overdue = { $cite } kohane vastamise tähtaeg oli { $deadline }. Sisulist vastust ei ole ma tänaseni saanud.
reminder-request = Palun rahuldage minu vastuväide ja nõuded edasise viivituseta ning kinnitage seda mulle kirjalikult. Uus tähtaeg on { $deadline }.
reminder-next = { $route ->
    [report] Kui ma selleks ajaks rahuldavat vastust ei saa, teatan asjast järelevalveasutusele { $authority }.
   *[complaint] Kui ma selleks ajaks rahuldavat vastust ei saa, esitan kaebuse järelevalveasutusele { $authority }.
}
complaint-reminder-sent = Meeldetuletuses, mille kuupäev on { $date }, palusin LinkedInil minu vastuväide rahuldada ja andsin uue tähtaja: { $deadline }.
complaint-enclosure-reminder = Minu meeldetuletus ({ $date })

## Case status (objection status --case DIR)

status-reference = Juhtum { $reference }
status-empty = Selles juhtumis ei ole veel vastuväidet. Alustage käsuga: objection letter --case { $dir }
status-sent = Vastuväide saadetud: { $date }.
status-reminded = Meeldetuletus saadetud: { $date }.
status-complained = Kaebus koostatud: { $date }. Järelevalveasutus teavitab Teid menetluse käigust.
status-waiting = LinkedIni vastuse ootel; tähtaeg on { $date } (jäänud on { $days ->
    [one] { $days } päev
   *[other] { $days } päeva
}).
status-overdue = Tähtaeg möödus { $days ->
    [one] { $days } päev
   *[other] { $days } päeva
} tagasi; see oli { $date }.
status-next-wait-reminder = Järgmine samm: kui LinkedIn ei ole selleks ajaks vastanud, koostage meeldetuletus: objection reminder --case { $dir }
status-next-wait-complaint = Järgmine samm: kui LinkedIn ei ole selleks ajaks vastanud, koostage kaebus: objection complaint --case { $dir }
status-next-reminder = Järgmine samm: koostage meeldetuletus: objection reminder --case { $dir }
status-next-complaint = Järgmine samm: koostage kaebus järelevalveasutusele: objection complaint --case { $dir }
calendar-summary = LinkedIni vastamise tähtaeg Teie vastuväitele ({ $reference })
calendar-description = Kui LinkedIn ei ole tänaseks vastanud, vaadake järgmist sammu: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Siin ei kasutata IKÜM-i mõisteid (vastuväide, õigustatud huvi, vastutav töötleja): kirjad on
# adresseeritud LinkedIn Corporationile teiste seaduste alusel. Välisriigi seadused on tsiteeritud
# nende enda lühendiga („PIPEDA lisa 1 põhimõte 4.3.8“, „Cal. Civ. Code § 1798.120“).
# law-name-* on nimetavas käändes ja neid kasutatakse ainult nimetava käände kohal.

# Same as English: official abbreviation of the Canadian Act
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: official abbreviation and chapter of the Hong Kong Ordinance
law-pdpo = PDPO (Cap. 486)
# Same as English: official abbreviation of the California Civil Code
law-ccpa = Cal. Civ. Code
# Same as English: official short title of the Indian Act
law-dpdp = DPDP Act 2023
law-us-generic = LinkedIni privaatsuspoliitika
law-generic = LinkedIni privaatsuspoliitika
# Short names for subject lines.
# Same as English: official abbreviation of the Canadian Act
law-short-pipeda = PIPEDA
law-short-qc-private = Québeci erasektori isikuandmete kaitse seadus
# Same as English: official abbreviation of the Hong Kong Ordinance
law-short-pdpo = PDPO
# Same as English: official abbreviation of the California Consumer Privacy Act
law-short-ccpa = CCPA
# Same as English: official short title of the Indian Act
law-short-dpdp = DPDP Act 2023
law-short-us-generic = LinkedIni privaatsuspoliitika
law-short-generic = LinkedIni privaatsuspoliitika
# The name of the law in running text ("under the CCPA").
law-name-pipeda = Kanada isikuandmete kaitse ja elektrooniliste dokumentide seadus (PIPEDA)
law-name-qc-private = Québeci erasektori isikuandmete kaitse seadus (CQLR c. P-39.1)
law-name-pdpo = Hongkongi isikuandmete (privaatsuse) määrus (PDPO)
law-name-ccpa = California tarbijate privaatsuse seadus (CCPA)
law-name-dpdp = India 2023. aasta digitaalsete isikuandmete kaitse seadus (DPDP Act 2023)
law-name-us-generic = LinkedIni privaatsuspoliitika
law-name-generic = LinkedIni privaatsuspoliitika
cite-common-article = art { $number }
cite-common-article-paragraph = art { $number } lg { $paragraph }
cite-common-section = § { $number }
cite-common-section-paragraph = § { $number } lg { $paragraph }
cite-common-principle = lisa 1 põhimõte { $number }
cite-common-dpp = lisa 1 andmekaitsepõhimõte { $number }
cite-common-and = { $first } ja { $second }
cite-common-law = { $law } { $refs }
# Same as English: the section sign is used as such in Estonian
cite-us-section = § { $number }
cite-us-and = { $first } ja { $second }
# Same as English: US code first, then the section ("Cal. Civ. Code § 1798.120")
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] minu profiilil ja tegevusel põhinev isikupärastatud reklaam ning minu andmete edastamine teistele reklaami eesmärgil;
   *[non-member] minu isikuandmetel põhinev isikupärastatud reklaam ning nende edastamine teistele reklaami eesmärgil;
}
other-subject = { $family ->
    [consent] Nõusoleku tagasivõtmine minu isikuandmete kasutamiseks ({ $law })
    [optout] Taotlus loobuda minu isikuandmete müügist ja jagamisest ({ $law })
   *[generic] Taotlus lõpetada minu isikuandmete kasutamine tehisintellekti treenimiseks ja reklaamiks
}
other-intro-member = Olen LinkedIni liige; minu konto on registreeritud e-posti aadressile
    { $email }. Pöördun äriühingu { $controller } poole seoses minu isikuandmete kasutamisega.
other-intro-non-member = Mul ei ole LinkedIni kontot. Teised isikud on avaldanud LinkedInis sisu, mis sisaldab minu isikuandmeid, eelkõige { $count ->
    [one] järgmisel aadressil:
   *[other] järgmistel aadressidel:
}
other-intro-non-member-after = Pöördun äriühingu { $controller } poole seoses nende andmete
    kasutamisega.
consent-no-objection = { $law } ei anna üldist õigust vaidlustada isikuandmete kasutamist.
    Seetõttu tuginen lähimale õigusele, mida see annab: nõusoleku tagasivõtmisele ({ $cite }).
consent-withdrawal = Võtan tagasi igasuguse sõnaselge või kaudse nõusoleku, millele LinkedIn
    tugineb minu isikuandmete kasutamisel järgmistel eesmärkidel:
consent-new-purpose = Tehisintellekti mudelite treenimine ei ole eesmärk, milleks ma oma
    andmed LinkedInile andsin. Nende kasutamiseks sellisel uuel eesmärgil on vaja minu nõusolekut
    ({ $cite }), mida ma ei anna.
consent-in-force = { $law } sisaldab nõusolekut ja selle tagasivõtmist käsitlevaid sätteid,
    mille kavandatud jõustumise kuupäev on { $date }. Kuni nende jõustumiseni palun Teil järgida
    käesolevat tagasivõtmist LinkedIni privaatsuspoliitikas võetud kohustuste alusel.
optout-no-objection = CCPA ei anna õigust vaidlustada tehisintellekti treenimist kui sellist.
    Seetõttu kasutan õigusi, mida see seadus annab, ning lisan omalt poolt taotluse.
optout-sale = { $cite } alusel nõuan, et Te ei müüks ega jagaks minu isikuandmeid („sell“ ja
    „share“). See hõlmab ka nende edastamist Microsoftile või teistele kontserni ettevõtjatele, et
    need saaksid isikupärastada mulle näidatavat reklaami.
optout-sensitive = { $cite } alusel nõuan, et piiraksite minu tundlike isikuandmete kasutamist
    ja edastamist seadusega lubatud ulatusega.
optout-ai = Lisaks nendele õigustele palun Teil lõpetada minu isikuandmete kasutamine järgmistel eesmärkidel:
generic-basis = { $scope ->
    [us] Ükski föderaalseadus ei anna mulle õigust seda kasutamist vaidlustada. Tuginen valikutele, mida LinkedIn ise pakub, ja tema privaatsuspoliitikale ning palun Teil kohaldada neid minu suhtes täies ulatuses.
   *[other] Tuginen LinkedIni privaatsuspoliitikas võetud kohustustele, mille kohaselt liikmed ja külastajad saavad kontrollida, kuidas nende andmeid kasutatakse, ning minu riigi mis tahes kohaldatavale andmekaitseõigusele.
}
generic-request = Minu taotlus puudutab minu isikuandmete kasutamist järgmistel eesmärkidel:
generic-us-state = Kui LinkedIni suhtes kehtib minu osariigi tarbijate privaatsuse seadus, palun
    käsitlege käesolevat kirja ühtlasi selle seaduse alusel esitatud taotlusena.
generic-settings = LinkedIni seaded „Data for Generative AI Improvement“ ja „Data sharing“
    hõlmavad ainult osa sellest taotlusest; palun rahuldage see täies ulatuses.
other-stop = Palun lõpetage minu andmete kasutamine nendel eesmärkidel, jätke need edaspidi
    treeningandmetest välja ja teatage mulle, mis saab juba kasutatud andmetest.
other-deadline-courtesy = Teie vastamiseks ei ole seadusega tähtaega ette nähtud. Palun Teil siiski
    mulle kirjalikult kinnitada, et olete selle taotluse täitnud; soovitud tähtaeg on { $deadline }.
optout-deadline = Palun täitke minu loobumistaotlus (opt-out) nii kiiresti kui võimalik ja
    kinnitage seda mulle kirjalikult. Hiliseim tähtaeg on { $deadline } (15 tööpäeva – tähtaeg,
    mille CCPA rakendusmäärused näevad loobumistaotlustele ette).
other-form-field-request = Taotlus: { $family ->
    [consent] nõusoleku tagasivõtmine ({ $law })
    [optout] loobumine isikuandmete müügist ja jagamisest ({ $law })
   *[generic] minu andmete kasutamise lõpetamine tehisintellekti treenimiseks ja reklaamiks
}
other-form-guide-route = Seda vormi kirjeldatakse LinkedIni Euroopa privaatsusteates. Kui
    seda Teile ei pakuta, saatke selle asemel kiri (objection letter) või kasutage LinkedIni
    privaatsusküsimuste kontaktvormi: { $url }
other-reminder-subject = Meeldetuletus: minu kiri ({ $law }), kuupäev { $date }
other-reminder-intro = Kirjaga, mille kuupäev on { $date }, pöördusin Teie poole seoses minu
    isikuandmete kasutamisega tehisintellekti treenimiseks ja sellega seotud eesmärkidel. Minu
    kirja koopia on lisatud.
other-reminder-overdue = Vastamiseks määratud tähtaeg oli { $deadline }. Sisulist vastust ei
    ole ma tänaseni saanud.
other-reminder-request = Palun täitke minu taotlus edasise viivituseta ja kinnitage seda mulle
    kirjalikult. Uus tähtaeg on { $deadline }.
other-reminder-next = Kui ma selleks ajaks rahuldavat vastust ei saa, esitan kaebuse pädevale
    asutusele { $authority }.
other-reminder-next-none = Kui ma selleks ajaks rahuldavat vastust ei saa, kaalun muid mulle
    kättesaadavaid õiguskaitsevahendeid.
other-complaint-subject = Kaebus – { $controller } ({ $law })
other-complaint-intro = Esitan kaebuse seoses sellega, kuidas äriühing { $controller }
    ({ $address }) kasutab minu isikuandmeid. Kohaldatav seadus on { $law_name }.
other-complaint-sent = { $family ->
    [consent] Kirjaga, mille kuupäev on { $date }, võtsin tagasi oma nõusoleku minu isikuandmete kasutamiseks tehisintellekti treenimiseks ja sellega seotud eesmärkidel ({ $cite }).
   *[optout] Kirjaga, mille kuupäev on { $date }, nõudsin, et LinkedIn ei müüks ega jagaks minu isikuandmeid ({ $cite }), ning palusin lõpetada minu andmete kasutamise tehisintellekti mudelite treenimiseks.
} Minu kiri on lisatud. Vastamiseks määratud tähtaeg oli { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn lükkas minu taotluse tagasi. LinkedIni vastus on lisatud.
    [incomplete] LinkedIni vastus ei rahulda minu taotlust täielikult. LinkedIni vastus on lisatud.
   *[no-reply] Sisulist vastust ei ole ma tänaseni saanud.
}
other-complaint-assessment = { $family ->
    [consent] Minu hinnangul kasutab LinkedIn minu andmeid jätkuvalt ilma minu nõusolekuta ja seejuures uuel eesmärgil, mille jaoks on nõusolek vajalik ({ $cite }).
   *[optout] Minu hinnangul ei ole LinkedIn täitnud minu loobumistaotlust CCPA rakendusmäärustes ette nähtud aja jooksul.
}
other-complaint-requests = Palun uurige minu kaebust ja teavitage mind selle tulemusest.
other-enclosure-letter = Minu kiri ({ $date })
other-reasons = Lisan oma olukorra kohta järgmist:
other-complaint-reminder-sent = Meeldetuletuses, mille kuupäev on { $date }, palusin LinkedInil taotluse täita ja andsin uue tähtaja: { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = { $cite } kohane vastuväide eeldab Teie konkreetse olukorraga seotud põhjusi; vastuväide on esitatud ilma nendeta. Lisage need võtmega --reason "...", et vastuväidet oleks raskem tagasi lükata.
note-federal-authority = Ainult DE korral läheb kaebus föderaalse tasandi järelevalveasutusele (BfDI), mis edastab ettevõtete kohta esitatud kaebused liidumaa järelevalveasutusele. Otse pöördumiseks märkige oma liidumaa, näiteks --country DE-BE (vt `objection jurisdictions`).
warning-premature = LinkedIni vastamise tähtaeg on { $deadline }; enne seda on { $document ->
    [reminder] meeldetuletus
   *[complaint] kaebus
} vastuse puudumise tõttu ennatlik.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Saadan manuses PDF-failina oma kirja ({ $date }). Selle täielik tekst on allpool.
email-cover-reminder = Saadan manuses PDF-failina oma meeldetuletuse ({ $date }). Selle täielik tekst on allpool.
email-cover-complaint = Saadan manuses PDF-failina oma kaebuse ({ $date }). Selle täielik tekst on allpool.
email-receipt = Palun kinnitage kättesaamist.
email-file-letter = kiri
email-file-reminder = meeldetuletus
email-file-complaint = kaebus
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = E-kirjale on lisatud ainult PDF-fail. Enne saatmist lisage ka lisad:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = See abiline aitab teil samm-sammult esitada vastuväite sellele, et LinkedIn kasutab teie andmeid. Midagi ei salvestata enne, kui te lõpus kinnitate. Vajutage Esc või Ctrl+C, et igal ajal katkestada.
wizard-language = Keel
wizard-help-select = ↑↓ liikumiseks, Enter valimiseks
wizard-help-multi = ↑↓ liikumiseks, tühik märkimiseks või märke eemaldamiseks, Enter, kui olete valmis
wizard-country = Kus te elate?
wizard-country-help = Otsimiseks kirjutage, valimiseks vajutage Enter. Saksamaal valige oma liidumaa.
wizard-member = Kas teil on LinkedIni konto?
wizard-answer = { $answer ->
    [yes] Jah
   *[no] Ei
}
wizard-content-url = Teid puudutava LinkedIni sisu veebiaadress { $number }
wizard-content-url-help = Kopeerige see brauseri aadressiribalt (https://...). Kui olete valmis, jätke tühjaks.
wizard-name = Teie täisnimi
wizard-email = Teie e-posti aadress
wizard-email-help = Teie LinkedIni konto aadress; konto puudumisel aadress, kuhu LinkedIn saab teile vastata.
wizard-address = Teie postiaadress, rida { $number }
wizard-address-help = Näiteks tänav ja maja number, seejärel sihtnumber ja linn. Kui olete valmis, jätke tühjaks.
wizard-place = Teie elukoht (kirja kuupäevareale)
wizard-object-to = Millele te vastu vaidlete?
wizard-purpose-ai-training = Sellele, et LinkedIn treenib teie andmetega tehisintellekti, mis kirjutab tekste või loob pilte
wizard-purpose-ai-other = Teie andmete muule kasutamisele tehisintellektis, näiteks voo isikupärastamiseks või sisu liigitamiseks
wizard-purpose-ads-profiling = Teie profiilil põhinevale reklaamile
wizard-purpose-affiliate-sharing = Teie andmete edastamisele Microsoftile ja teistele kontserni ettevõtetele nende tehisintellekti või reklaami jaoks
wizard-reason = Miks on see teile isiklikult oluline? (vabatahtlik)
wizard-reason-help = Näiteks: „Olen ajakirjanik ja pean kaitsma oma allikaid.“ „Minu postitused on minu töö; tehisintellekti tehtud koopiad kahjustavad mu sissetulekut.“ Vahelejätmiseks vajutage Enter.
wizard-outputs = Milliseid dokumente soovite?
wizard-output = { $output ->
    [form] Teksti LinkedIni veebivormi jaoks
    [letter-pdf] Kirja PDF-failina, printimiseks ja postiga saatmiseks
   *[letter-text] Kirja tekstina
}
wizard-problem = { $problem ->
    [empty] See ei tohi olla tühi.
    [too-long] See on liiga pikk: { $length } märki, lubatud kuni { $limit }.
    [control] Eemaldage juhtmärk { $character }.
    [bidi] Kirjutage see uuesti ilma suunamärgita { $character }: see võib muuta teksti kuvamise järjekorda.
    [email] See ei ole e-posti aadress. Näide: name@example.org
   *[url] See ei ole veebiaadress. Kopeerige see brauserist; see algab nii: https://
}
wizard-preview = Teie teksti eelvaade:
wizard-folder = Kaust teie dokumentide jaoks
wizard-folder-exists = See kaust on juba olemas. Valige uus nimi.
wizard-confirm = Kas salvestada teie dokumendid kohe kausta { $dir }?
wizard-next-form = LinkedIni vormi tekst on failis { $file }.
wizard-next-letter = Printige { $file }, allkirjastage kiri ja saatke see postiga kirja ülaosas olevale aadressile. Hoidke koopia alles.
wizard-next-deadline = LinkedIn peab vastama hiljemalt { $date }.
wizard-next-reminder = Kui selleks ajaks pole korralikku vastust tulnud, kirjutage meeldetuletus: { $command }
wizard-save-details = Kas salvestada teie andmed järgmiseks korraks faili { $file }?
wizard-saved = Salvestatud. Järgmisel korral: { $command }
wizard-stopped = Katkestatud. Midagi ei salvestatud.
