# Lietuvių kalba. Apibrėžia tuos pačius pranešimus kaip en.ftl – ne daugiau ir ne mažiau.
#
# Konvencijos: oficialus teisinis stilius, kokiu rašytų Lietuvos duomenų apsaugos teisininkas;
# terminai iš oficialaus Bendrojo duomenų apsaugos reglamento (Reglamentas (ES) 2016/679) teksto
# lietuvių kalba: „duomenų valdytojas“, „duomenų subjektas“, „duomenų tvarkymo apribojimas“,
# „teisėti interesai“, „įtikinamos teisėtos priežastys“, „tiesioginė rinkodara“, „profiliavimas“,
# „duomenų gavėjas“, „atskleisti“, „priežiūros institucija“, „vadovaujanti priežiūros
# institucija“, „duomenų apsaugos pareigūnas“, „teisė nesutikti“ (prieštaravimas).
# Reglamento santrumpa: BDAR. ŠALTINIS (legal-facts.md santrumpą žymi [U]): Valstybinė duomenų
# apsaugos inspekcija savo svetainėje vartoja santrumpą BDAR, pvz.
#   https://vdai.lrv.lt/privatumo-politika
#   („… (Bendrasis duomenų apsaugos reglamentas) (toliau – BDAR)“),
#   https://vdai.lrv.lt/lt/naujienos/bendrajam-duomenu-apsaugos-reglamentui-treji
#   („Bendrojo duomenų apsaugos reglamento (BDAR) 3 metų taikymo sukaktį“).
# Nuorodos: teisės akto santrumpa, tada nuostata, kaip oficialiame ES teisės aktų tekste –
# „BDAR 21 straipsnio 1 dalis“, „BDAR 6 straipsnio 1 dalies f punktas“, „BDAR 21 straipsnio
# 2 ir 3 dalys“; Šveicarijos įstatymas „DSG 30 straipsnio 2 dalies b punktas“; Jungtinės
# Karalystės įstatymo „section“ = „straipsnis“: „DPA 2018 164A straipsnis“.
# Nuoroda visada yra vardininko linksnio, todėl sakiniuose ji rašoma skliaustuose arba yra
# veiksnys („… (BDAR 21 straipsnio 1 dalis)“, „tai nustato BDAR 56 straipsnis ir 60 straipsnis“).
# Data: „2026 m. lapkričio 23 d.“; ši forma tinka bet kuriame sakinio linksnyje („2026 m.
# spalio 1 d. pateikiau“, „iki 2026 m. lapkričio 2 d.“, „mano 2026 m. spalio 1 d. raštas“).
# Sakinys, kuris baigiasi data, baigiasi santrumpos tašku („d.“), be antro taško.
# Kreipinys „Gerbiamieji,“; tekstas po jo pradedamas didžiąja raide; pabaiga „Pagarbiai“.
# Mandagumo forma „Jūs“, „Jūsų“ didžiąja raide. Kabutės „…“; įmonių ir prekių ženklų
# pavadinimai kabutėse („LinkedIn“, bendrovė „Microsoft“). „LinkedIn“ nustatymų pavadinimai
# paliekami angliški, nes „LinkedIn“ neturi sąsajos lietuvių kalba.
# Tekstas nepriklauso nuo rašančiojo lyties: būtasis kartinis laikas („pateikiau“, „negavau“),
# o ne dalyviai („esu pateikęs / pateikusi“); „Turiu „LinkedIn“ paskyrą“, o ne „esu narys / narė“.

lang-name = Lietuvių

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = BDAR
# Same as English: official abbreviation of the UK law, used as such in Lithuanian
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: official short title of the UK Data Protection Act 2018
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = { $number } straipsnis
cite-eu-article-paragraph = { $number } straipsnio { $paragraph } dalis
cite-eu-article-paragraphs = { $number } straipsnio { $paragraph } ir { $second } dalys
cite-eu-article-paragraph-point = { $number } straipsnio { $paragraph } dalies { $point } punktas
cite-eu-section = { $number } straipsnis
cite-eu-section-paragraph = { $number } straipsnio { $paragraph } dalis
cite-eu-section-paragraphs = { $number } straipsnio { $paragraph } ir { $second } dalys
cite-eu-section-paragraph-point = { $number } straipsnio { $paragraph } dalies { $point } punktas
cite-eu-and = { $first } ir { $second }
cite-eu-law = { $law } { $refs }
cite-ch-article = { $number } straipsnis
cite-ch-article-paragraph = { $number } straipsnio { $paragraph } dalis
cite-ch-article-paragraphs = { $number } straipsnio { $paragraph } ir { $second } dalys
cite-ch-article-paragraph-point = { $number } straipsnio { $paragraph } dalies { $point } punktas
cite-ch-section = { $number } straipsnis
cite-ch-section-paragraph = { $number } straipsnio { $paragraph } dalis
cite-ch-section-paragraphs = { $number } straipsnio { $paragraph } ir { $second } dalys
cite-ch-section-paragraph-point = { $number } straipsnio { $paragraph } dalies { $point } punktas
cite-ch-and = { $first } ir { $second }
cite-ch-law = { $law } { $refs }

## Dates

# Mėnesių pavadinimai kilmininko linksniu, kaip datoje („lapkričio 23 d.“).
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio
# „2026 m. lapkričio 23 d.“
date-long = { $year } m. { $month } { $day } d.
# Datos eilutė: „Vilnius, 2026 m. lapkričio 23 d.“ arba tik data.
# Same as English: place, comma, date is also the Lithuanian dateline
dateline-with-place = { $place }, { $date }
# Same as English: the date alone
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Austrija
jurisdiction-BE = Belgija
jurisdiction-BG = Bulgarija
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Kvebekas (Kanada)
jurisdiction-CH = Šveicarija
jurisdiction-CY = Kipras
jurisdiction-CZ = Čekija
jurisdiction-DE = Vokietija
jurisdiction-DE-BB = Brandenburgas (Vokietija)
jurisdiction-DE-BE = Berlynas (Vokietija)
jurisdiction-DE-BW = Badenas-Viurtembergas (Vokietija)
jurisdiction-DE-BY = Bavarija (Vokietija)
jurisdiction-DE-HB = Brėmenas (Vokietija)
jurisdiction-DE-HE = Hesenas (Vokietija)
jurisdiction-DE-HH = Hamburgas (Vokietija)
jurisdiction-DE-MV = Meklenburgas-Pomeranija (Vokietija)
jurisdiction-DE-NI = Žemutinė Saksonija (Vokietija)
jurisdiction-DE-NW = Šiaurės Reinas-Vestfalija (Vokietija)
jurisdiction-DE-RP = Reinlandas-Pfalcas (Vokietija)
jurisdiction-DE-SH = Šlėzvigas-Holšteinas (Vokietija)
jurisdiction-DE-SL = Saras (Vokietija)
jurisdiction-DE-SN = Saksonija (Vokietija)
jurisdiction-DE-ST = Saksonija-Anhaltas (Vokietija)
jurisdiction-DE-TH = Tiuringija (Vokietija)
jurisdiction-DK = Danija
jurisdiction-EE = Estija
jurisdiction-ES = Ispanija
jurisdiction-FI = Suomija
jurisdiction-FR = Prancūzija
jurisdiction-GB = Jungtinė Karalystė
jurisdiction-GR = Graikija
jurisdiction-HK = Honkongas
jurisdiction-HR = Kroatija
jurisdiction-HU = Vengrija
jurisdiction-IE = Airija
jurisdiction-IN = Indija
jurisdiction-IS = Islandija
jurisdiction-IT = Italija
jurisdiction-LI = Lichtenšteinas
jurisdiction-LT = Lietuva
jurisdiction-LU = Liuksemburgas
jurisdiction-LV = Latvija
# Same as English: proper name, identical in Lithuanian
jurisdiction-MT = Malta
jurisdiction-NL = Nyderlandai
jurisdiction-NO = Norvegija
jurisdiction-OTHER = kita šalis
jurisdiction-PL = Lenkija
jurisdiction-PT = Portugalija
jurisdiction-RO = Rumunija
jurisdiction-SE = Švedija
jurisdiction-SI = Slovėnija
jurisdiction-SK = Slovakija
jurisdiction-US = Jungtinės Amerikos Valstijos
jurisdiction-US-CA = Kalifornija (Jungtinės Amerikos Valstijos)

## Shared pieces of all documents

recipient-dpo = Duomenų apsaugos pareigūnui
# The footer of multi-page letters.
page-number = Puslapis { $page } iš { $total }
salutation = Gerbiamieji,
closing = Pagarbiai
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Priedas:
    [few] Priedai:
    [many] Priedai:
   *[other] Priedai:
}
# Same as English: Lithuanian letters show the subject without a label
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] turinį generuojančių dirbtinio intelekto modelių (generatyvinio dirbtinio intelekto) mokymas, papildomas derinimas, vertinimas ir tobulinimas, visų pirma naudojant mano profilio duomenis ir mano „LinkedIn“ platformoje paskelbtą turinį;
   *[non-member] turinį generuojančių dirbtinio intelekto modelių (generatyvinio dirbtinio intelekto) mokymas, papildomas derinimas, vertinimas ir tobulinimas, visų pirma naudojant kitų asmenų „LinkedIn“ platformoje paskelbtą turinį apie mane;
}
purpose-ai-other = dirbtinio intelekto ir mašininio mokymosi modelių mokymas kitais tikslais, pavyzdžiui, Jūsų paslaugoms suasmeninti, turiniui klasifikuoti ir apskritai Jūsų produktams bei paslaugoms tobulinti;
purpose-affiliate-sharing = mano asmens duomenų atskleidimas Jūsų susijusioms bendrovėms, įskaitant bendrovę „Microsoft“, kad jos galėtų mokyti savo dirbtinio intelekto modelius arba teikti, kurti ar tobulinti savo reklamos paslaugas;
form-purpose-ai-training = { $account ->
    [member] turinį generuojančių generatyvinio dirbtinio intelekto modelių mokymas naudojant mano profilio duomenis ir mano paskelbtą turinį;
   *[non-member] turinį generuojančių generatyvinio dirbtinio intelekto modelių mokymas naudojant kitų paskelbtą turinį apie mane;
}
form-purpose-ai-other = kitų dirbtinio intelekto ir mašininio mokymosi modelių mokymas, pavyzdžiui, suasmeninimo ir turinio klasifikavimo tikslais;
form-purpose-affiliate-sharing = mano duomenų atskleidimas susijusioms bendrovėms, pavyzdžiui, bendrovei „Microsoft“, jų dirbtinio intelekto mokymo ar reklamos tikslais;
form-purpose-ads = suasmeninta reklama ir mano informacijos atskleidimas reklamos tikslais;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Prieštaravimas dėl mano asmens duomenų tvarkymo „LinkedIn“ platformoje
form-field-name = Vardas ir pavardė: { $name }
form-field-email = Elektroninio pašto adresas: { $email }
form-field-country = Gyvenamoji šalis: { $country }
form-field-member = „LinkedIn“ paskyra: { $account ->
    [member] yra, susieta su pirmiau nurodytu elektroninio pašto adresu
   *[non-member] nėra („LinkedIn“ paskyros neturiu)
}
form-field-profile = Profilis: { $url }
form-field-content = Turinys apie mane: { $url }
form-field-request = Prašymas: prieštaravimas dėl duomenų tvarkymo ({ $cite })
form-objection = Šiuo pareiškimu įgyvendinu teisę nesutikti ({ $cite }) ir nesutinku, kad mano
    asmens duomenys, kuriuos tvarkote remdamiesi teisėtais interesais ({ $basis }), būtų
    tvarkomi šiais tikslais:
form-direct-marketing = Įgyvendinu teisę nesutikti ({ $cite }) ir nesutinku, kad mano asmens
    duomenys būtų tvarkomi tiesioginės rinkodaros tikslais, įskaitant su ja susijusį
    profiliavimą, visų pirma suasmenintos reklamos tikslais.
form-grounds = Su mano konkrečia situacija susiję motyvai:
form-requests = Kol nagrinėjamas mano prieštaravimas, prašau apriboti duomenų tvarkymą
    ({ $restriction }). Prašau ištrinti šiais tikslais surinktus asmens duomenis ({ $erasure }) ir
    apie tai informuoti duomenų gavėjus, įskaitant bendrovę „Microsoft“ ({ $recipients }).
form-confirmation = Prašau raštu patvirtinti, kad mano prieštaravimas patenkintas, ne vėliau
    kaip iki { $deadline }

## Guidance printed after the form text (on standard error)

form-guide-heading = Tolesni veiksmai:
form-guide-open = Atidarykite „LinkedIn“ prieštaravimo dėl duomenų tvarkymo formą (Data
    Processing Objection): { $url }
form-guide-option = Pasirinkite galimybę nesutikti, kad Jūsų duomenys būtų tvarkomi turinį
    generuojančių dirbtinio intelekto modelių mokymo tikslais („LinkedIn“ ją gali vadinti
    kitaip), perkelkite laukų reikšmes į atitinkamus formos laukus ir įklijuokite tekstą į laisvo
    teksto laukelį.
form-guide-toggle = Nustatymas „Data for Generative AI Improvement“ ({ $url }) sustabdo tik
    būsimą turinį generuojančių modelių mokymą. Jis neapima kitų dirbtinio intelekto naudojimo
    būdų ir reklamos, todėl svarbus būtent pats prieštaravimas.
form-guide-non-member = Neturėdami paskyros, neturite ir nustatymų, kuriuos galėtumėte pakeisti:
    Jums lieka ši forma arba raštas „LinkedIn“ duomenų apsaugos pareigūnui (objection letter).
form-guide-letter = Kad prieštaravimas būtų oficialiai užfiksuotas, išsiųskite ir raštą:
    objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Prieštaravimas dėl mano asmens duomenų tvarkymo ({ $law }) – „LinkedIn“ paskyra { $email }
   *[non-member] Prieštaravimas dėl mano asmens duomenų tvarkymo ({ $law }) – „LinkedIn“ paskyros neturiu
}
letter-intro-member = Turiu „LinkedIn“ paskyrą, susietą su elektroninio pašto adresu { $email }.
    Kreipiuosi į Jus kaip į bendrovės „{ $controller }“, kuri yra mano asmens duomenų valdytoja,
    duomenų apsaugos pareigūną.
letter-intro-member-profile = Mano viešas profilis: { $url }
letter-intro-non-member = „LinkedIn“ paskyros neturiu. Kiti asmenys „LinkedIn“ platformoje paskelbė turinį, kuriame yra mano asmens duomenų, visų pirma { $count ->
    [1] šiuo adresu:
    [one] šiais adresais:
    [few] šiais adresais:
    [many] šiais adresais:
   *[other] šiais adresais:
}
letter-intro-non-member-after = Kreipiuosi į Jus kaip į bendrovės „{ $controller }“, kuri yra
    šių duomenų valdytoja, duomenų apsaugos pareigūną.
letter-heading-objection = Prieštaravimas dėl teisėtais interesais grindžiamo duomenų tvarkymo
letter-objection = Šiuo raštu įgyvendinu teisę nesutikti ({ $cite }): dėl su mano konkrečia
    situacija susijusių motyvų nesutinku, kad mano asmens duomenys, kuriuos tvarkote remdamiesi
    teisėtais interesais ({ $basis }), būtų tvarkomi šiais tikslais:
letter-objection-notice = { $account ->
    [member] Jūsų privatumo pranešime nurodyta, kad nuo 2025 m. lapkričio 3 d. turinį generuojančius dirbtinio intelekto modelius narių duomenimis mokote remdamiesi teisėtais interesais.
   *[non-member] Jūsų privatumo pranešime nurodyta, kad nuo 2025 m. lapkričio 3 d. remdamiesi teisėtais interesais mokote turinį generuojančius dirbtinio intelekto modelius narių paskelbtu turiniu, kuriame yra ir kitų asmenų, pavyzdžiui, mano, asmens duomenų.
}
letter-grounds-given = Su mano konkrečia situacija susiję motyvai yra šie:
letter-grounds-burden = Gavę šį prieštaravimą, duomenis toliau tvarkyti galite tik tuo atveju,
    jei įrodote, kad duomenys tvarkomi dėl įtikinamų teisėtų priežasčių, kurios yra viršesnės už
    mano interesus, teises ir laisves, arba siekiant pareikšti, vykdyti ar apginti teisinius
    reikalavimus. Pareiga įrodyti tokias priežastis tenka Jums.
letter-heading-direct-marketing = Prieštaravimas dėl profiliavimo tiesioginės rinkodaros tikslais
letter-direct-marketing = Įgyvendinu teisę nesutikti ({ $cite }) ir nesutinku, kad mano asmens
    duomenys būtų tvarkomi tiesioginės rinkodaros tikslais, įskaitant su ja susijusį
    profiliavimą, visų pirma suasmenintos reklamos tikslais. Šio prieštaravimo motyvuoti
    nereikia; jį gavus, mano asmens duomenys šiais tikslais nebegali būti tvarkomi.
letter-consent-withdrawal = Kiek suasmenintai reklamai remiatės mano sutikimu, šį sutikimą
    atšaukiu ({ $cite }).
letter-heading-restriction = Duomenų tvarkymo apribojimas, kol nagrinėjamas mano prieštaravimas
letter-restriction = Reikalauju apriboti mano asmens duomenų tvarkymą pirmiau nurodytais
    tikslais, kol bus patikrinta, ar Jūsų teisėtos priežastys yra viršesnės už mano priežastis
    ({ $cite }).
letter-heading-erasure = Ištrynimas
letter-erasure = Reikalauju ištrinti asmens duomenis, kuriuos šiais tikslais surinkote arba
    išvedėte, įskaitant jų kopijas mokymo duomenų rinkiniuose ({ $cite }). Taip pat prašau
    pranešti, ar mano duomenys jau buvo panaudoti modeliams mokyti, ir, jei taip, kokių priemonių
    dėl to imatės.
letter-heading-recipients = Duomenų gavėjai
letter-recipients = Prašau pranešti apie duomenų tvarkymo apribojimą ir ištrynimą kiekvienam
    duomenų gavėjui, kuriam šiais tikslais atskleidėte mano asmens duomenis, įskaitant Jūsų
    susijusias bendroves, pavyzdžiui, bendrovę „Microsoft“, ir informuoti mane apie tuos duomenų
    gavėjus ({ $cite }).
letter-heading-fadp = Šveicarijos duomenų apsaugos teisė
letter-fadp = Gyvenu Šveicarijoje. Šis raštas kartu yra mano aiškiai išreikšta valia
    ({ $personality }), kad mano asmens duomenys nebūtų tvarkomi pirmiau nurodytais tikslais. Jų
    tvarkymas prieš šią valią pažeidžia mano asmenines teises, ir toks pažeidimas yra neteisėtas,
    nebent jis pateisinamas ({ $justification }). Kiek mano duomenys yra viešai prieinami, aiškiai
    draudžiu juos tvarkyti šiais tikslais ({ $public }). Pasilieku teisę pareikšti reikalavimus
    ({ $claims }).
letter-heading-confirmation = Patvirtinimas
letter-confirmation = Prašau nepagrįstai nedelsiant, bet ne vėliau kaip iki { $deadline }, raštu
    patvirtinti, kad mano prieštaravimas ir prašymai patenkinti ({ $cite }). Jei manote, kad
    duomenis tvarkyti galite toliau, prašau nurodyti įtikinamas teisėtas priežastis, kuriomis
    remiatės.
letter-toggle = Man žinomas nustatymas „Data for Generative AI Improvement“. Kadangi jis apima tik
    būsimą turinį generuojančių modelių mokymą, šio prieštaravimo jis nepakeičia.
letter-uk-complaint = Jei į šį prieštaravimą nereaguosite, prašau šį raštą laikyti ir Jums
    pateiktu skundu ({ $cite }).
letter-reply-channel = Atsakymą prašau siųsti elektroninio pašto adresu { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Pranešimas dėl bendrovės „{ $controller }“ ({ $cite })
   *[complaint] Skundas dėl bendrovės „{ $controller }“ ({ $cite })
}
complaint-intro = Šiuo raštu teikiu skundą dėl to, kaip bendrovė „{ $controller }“
    ({ $address }) tvarko mano asmens duomenis.
complaint-intro-report = Šiuo raštu pranešu Jums, kaip bendrovė „{ $controller }“ ({ $address })
    tvarko mano asmens duomenis. Žinau, kad pranešimą pateikęs asmuo nėra proceso šalis.
complaint-heading-facts = Faktinės aplinkybės
complaint-facts = { $account ->
    [member] Turiu „LinkedIn“ paskyrą (paskyros elektroninio pašto adresas: { $email }).
   *[non-member] „LinkedIn“ paskyros neturiu; kiti asmenys „LinkedIn“ platformoje paskelbė turinį apie mane, visų pirma { $count ->
        [1] šiuo adresu:
        [one] šiais adresais:
        [few] šiais adresais:
        [many] šiais adresais:
       *[other] šiais adresais:
    }
}
complaint-objection-sent = { $date } pateikiau prieštaravimą dėl savo asmens duomenų tvarkymo
    ({ $cite }) ir pareikalavau apriboti duomenų tvarkymą, ištrinti duomenis ir informuoti
    duomenų gavėjus. Mano prieštaravimas pridedamas.
complaint-objection-sent-report = { $date } aiškiai paprieštaravau, kad mano asmens duomenys
    būtų tvarkomi dirbtinio intelekto mokymo ir susijusiais tikslais. Mano prieštaravimas
    pridedamas.
complaint-deadline = Atsakymo terminas ({ $cite }) baigėsi { $deadline }
complaint-outcome = { $outcome ->
    [refused] „LinkedIn“ atmetė mano prieštaravimą, nors neįrodė įtikinamų teisėtų priežasčių, kurios būtų viršesnės už mano interesus, teises ir laisves. „LinkedIn“ atsakymas pridedamas.
    [incomplete] „LinkedIn“ atsakymu mano prieštaravimas patenkintas ne visiškai. Atsakymas pridedamas.
   *[no-reply] Iki šiol atsakymo iš esmės negavau.
}
complaint-heading-assessment = Teisinis vertinimas
complaint-assessment = „LinkedIn“ remiasi teisėtais interesais ({ $basis }), kad narių profilius
    ir paskelbtą turinį, įskaitant jame esančius kitų asmenų asmens duomenis, naudotų turinį
    generuojančių dirbtinio intelekto modelių mokymui. Gavus prieštaravimą, „LinkedIn“ duomenis
    toliau tvarkyti gali tik tuo atveju, jei įrodo įtikinamas teisėtas priežastis, kurios yra
    viršesnės už nesutinkančio asmens interesus, teises ir laisves ({ $cite }). „LinkedIn“ to
    nepadarė; todėl, mano nuomone, tolesnis mano duomenų tvarkymas pažeidžia { $law }.
complaint-assessment-report = Mano asmens duomenų tvarkymas prieš mano aiškiai išreikštą valią
    pažeidžia mano asmenines teises ({ $personality }), ir toks pažeidimas yra neteisėtas, nebent
    jis pateisinamas ({ $justification }). „LinkedIn“ tokio pateisinimo nenurodė.
complaint-heading-requests = Prašymai
complaint-requests = Prašau išnagrinėti mano skundą, imtis būtinų priemonių, kad „LinkedIn“
    patenkintų mano prieštaravimą, ir informuoti mane apie skundo nagrinėjimo eigą ir rezultatus.
complaint-requests-report = Prašau pradėti tyrimą ({ $cite }) ir informuoti mane apie Jūsų
    veiksmus ir jų rezultatus.
complaint-lead-authority = Airijos duomenų apsaugos komisija (Data Protection Commission) yra
    bendrovės „{ $controller }“ vadovaujanti priežiūros institucija; tai nustato { $cite }. Šį
    skundą teikiu Jums kaip mano nuolatinės gyvenamosios vietos priežiūros institucijai ir prašau
    jį nagrinėti bendradarbiaujant su Duomenų apsaugos komisija.
complaint-lead-authority-forward = Airijos duomenų apsaugos komisija (Data Protection
    Commission) yra bendrovės „{ $controller }“ vadovaujanti priežiūros institucija; tai nustato
    { $cite }. Kiek žinau, Jūsų institucija nėra kompetentinga šios bendrovės atžvilgiu; todėl
    prašau mano skundą perduoti kompetentingai priežiūros institucijai.
complaint-lead-authority-report = Europos Sąjungoje bendrovę „{ $controller }“ kaip vadovaujanti
    priežiūros institucija prižiūri Airijos duomenų apsaugos komisija (Data Protection
    Commission).
complaint-uk-controller-first = Prieš pateikiant šį skundą Jums, šiuo klausimu kreipiausi į
    duomenų valdytoją: savo prieštaravime paprašiau „LinkedIn“ jį laikyti ir skundu ({ $cite }).
complaint-enclosure-objection = Mano { $date } prieštaravimas
complaint-enclosure-reply = „LinkedIn“ atsakymas
complaint-contact = Su manimi galima susisiekti elektroninio pašto adresu { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Priminimas: mano { $date } prieštaravimas ({ $law }) – „LinkedIn“ paskyra { $email }
   *[non-member] Priminimas: mano { $date } prieštaravimas ({ $law })
}
reminder-intro = { $date } pateikiau prieštaravimą dėl savo asmens duomenų tvarkymo ({ $cite }) ir pareikalavau apriboti duomenų tvarkymą, ištrinti duomenis ir informuoti duomenų gavėjus. Mano prieštaravimo kopija pridedama.
reminder-overdue = Atsakymo terminas ({ $cite }) baigėsi { $deadline } Iki šiol atsakymo iš esmės negavau.
reminder-request = Prašau nedelsiant patenkinti mano prieštaravimą ir prašymus ir tai raštu patvirtinti ne vėliau kaip iki { $deadline }
reminder-next = { $route ->
    [report] Jei iki tol negausiu tinkamo atsakymo, apie šį atvejį pranešiu priežiūros institucijai – { $authority }.
   *[complaint] Jei iki tol negausiu tinkamo atsakymo, pateiksiu skundą priežiūros institucijai – { $authority }.
}
complaint-reminder-sent = Be to, { $date } priminiau „LinkedIn“ apie savo prieštaravimą ir nustačiau naują terminą – iki { $deadline }
complaint-enclosure-reminder = Mano { $date } priminimas

## Case status (objection status --case DIR)

status-reference = Byla { $reference }
status-empty = Šioje byloje dar nėra prieštaravimo. Pradėkite komanda: objection letter --case { $dir }
status-sent = Prieštaravimas išsiųstas { $date }
status-reminded = Priminimas išsiųstas { $date }
status-complained = Skundas parengtas { $date } Priežiūros institucija informuos Jus apie tolesnę eigą.
# CLDR: one (1, 21, 31 …), few (2–9, 22–29 …), many (trupmenos), other (0, 10–20, 30 …).
# intl_pluralrules 7.0.2 (per fluent-bundle) Lietuvių kalbai skaičiuoja „few“ tik 2–9, todėl
# 22–29, 32–39 … patenka į „other“: ten vartojama santrumpa „d.“ (diena / dienos / dienų),
# kuri tinka bet kuriam skaičiui.
status-waiting = Laukiama „LinkedIn“ atsakymo iki { $date } (liko { $days ->
    [one] { $days } diena
    [few] { $days } dienos
    [many] { $days } dienos
   *[other] { $days } d.
}).
status-overdue = Terminas baigėsi { $date } Vėluojama { $days ->
    [one] { $days } dieną.
    [few] { $days } dienas.
    [many] { $days } dienos.
   *[other] { $days } d.
}
status-next-wait-reminder = Kitas žingsnis: jei „LinkedIn“ iki tol neatsakys, parenkite priminimą: objection reminder --case { $dir }
status-next-wait-complaint = Kitas žingsnis: jei „LinkedIn“ iki tol neatsakys, parenkite skundą: objection complaint --case { $dir }
status-next-reminder = Kitas žingsnis: parenkite priminimą: objection reminder --case { $dir }
status-next-complaint = Kitas žingsnis: parenkite skundą priežiūros institucijai: objection complaint --case { $dir }
calendar-summary = „LinkedIn“ atsakymo į Jūsų prieštaravimą terminas ({ $reference })
calendar-description = Jei „LinkedIn“ iki šiandien neatsakė, kitą žingsnį rasite čia: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Čia nevartojami BDAR terminai (prieštaravimas, teisėti interesai, duomenų valdytojas): raštai
# siunčiami „LinkedIn Corporation“ pagal kitus įstatymus. Užsienio įstatymai nurodomi jų
# santrumpomis („PIPEDA, 1 priedo 4.3.8 principas“, „Cal. Civ. Code § 1798.120“).
# law-name-* yra vardininko linksnio ir vartojami tik vardininko pozicijoje.

# Same as English: official abbreviation of the Canadian Act
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: official abbreviation and chapter of the Hong Kong Ordinance
law-pdpo = PDPO (Cap. 486)
# Same as English: official abbreviation of the California Civil Code
law-ccpa = Cal. Civ. Code
# Same as English: official short title of the Indian Act
law-dpdp = DPDP Act 2023
law-us-generic = „LinkedIn“ privatumo politika
law-generic = „LinkedIn“ privatumo politika
# Short names for subject lines.
# Same as English: official abbreviation of the Canadian Act
law-short-pipeda = PIPEDA
law-short-qc-private = Kvebeko privataus sektoriaus asmens informacijos apsaugos įstatymas
# Same as English: official abbreviation of the Hong Kong Ordinance
law-short-pdpo = PDPO
# Same as English: official abbreviation of the California Consumer Privacy Act
law-short-ccpa = CCPA
# Same as English: official short title of the Indian Act
law-short-dpdp = DPDP Act 2023
law-short-us-generic = „LinkedIn“ privatumo politika
law-short-generic = „LinkedIn“ privatumo politika
# The name of the law in running text ("under the CCPA").
law-name-pipeda = Kanados asmens informacijos apsaugos ir elektroninių dokumentų įstatymas (PIPEDA)
law-name-qc-private = Kvebeko įstatymas dėl asmens informacijos apsaugos privačiajame sektoriuje (CQLR c. P-39.1)
law-name-pdpo = Honkongo asmens duomenų (privatumo) potvarkis (PDPO)
law-name-ccpa = Kalifornijos vartotojų privatumo įstatymas (CCPA)
law-name-dpdp = Indijos 2023 m. skaitmeninių asmens duomenų apsaugos įstatymas (DPDP Act 2023)
law-name-us-generic = „LinkedIn“ privatumo politika
law-name-generic = „LinkedIn“ privatumo politika
cite-common-article = { $number } straipsnis
cite-common-article-paragraph = { $number } straipsnio { $paragraph } dalis
cite-common-section = { $number } straipsnis
cite-common-section-paragraph = { $number } straipsnio { $paragraph } dalis
cite-common-principle = 1 priedo { $number } principas
cite-common-dpp = 1 priedo { $number } duomenų apsaugos principas
cite-common-and = { $first } ir { $second }
# Same as English: law first, comma, then the provision ("PDPO (Cap. 486), 2 straipsnio 3 dalis")
cite-common-law = { $law }, { $refs }
# Same as English: the section sign is used as such in Lithuanian
cite-us-section = § { $number }
cite-us-and = { $first } ir { $second }
# Same as English: US code first, then the section ("Cal. Civ. Code § 1798.120")
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] suasmeninta reklama, pagrįsta mano profiliu ir veikla, ir mano informacijos perdavimas kitiems reklamos tikslais;
   *[non-member] suasmeninta reklama, pagrįsta mano asmens duomenimis, ir jų perdavimas kitiems reklamos tikslais;
}
other-subject = { $family ->
    [consent] Sutikimo naudoti mano asmens duomenis atšaukimas ({ $law })
    [optout] Prašymas neparduoti ir neperduoti mano asmens duomenų ({ $law })
   *[generic] Prašymas nutraukti mano asmens duomenų naudojimą dirbtinio intelekto mokymui ir reklamai
}
other-intro-member = Turiu „LinkedIn“ paskyrą, susietą su elektroninio pašto adresu { $email }.
    Kreipiuosi į bendrovę „{ $controller }“ dėl mano asmens duomenų naudojimo.
other-intro-non-member = „LinkedIn“ paskyros neturiu. Kiti asmenys „LinkedIn“ platformoje paskelbė turinį, kuriame yra mano asmens duomenų, visų pirma { $count ->
    [1] šiuo adresu:
    [one] šiais adresais:
    [few] šiais adresais:
    [many] šiais adresais:
   *[other] šiais adresais:
}
other-intro-non-member-after = Kreipiuosi į bendrovę „{ $controller }“ dėl šių duomenų
    naudojimo.
consent-no-objection = { $law } nesuteikia bendros teisės užginčyti asmens duomenų naudojimo.
    Todėl remiuosi artimiausia jame numatyta teise – sutikimo atšaukimu ({ $cite }).
consent-withdrawal = Atšaukiu bet kokį aiškų ar numanomą sutikimą, kuriuo „LinkedIn“ grindžia
    mano asmens duomenų naudojimą šiais tikslais:
consent-new-purpose = Dirbtinio intelekto modelių mokymas nėra tikslas, kuriam pateikiau savo
    duomenis „LinkedIn“. Jiems naudoti tokiu nauju tikslu reikalingas mano sutikimas ({ $cite }),
    o jo neduodu.
consent-in-force = { $law } numato nuostatas dėl sutikimo ir jo atšaukimo, kurios turėtų
    įsigalioti { $date } Iki tol prašau paisyti šio atšaukimo pagal „LinkedIn“ privatumo
    politikoje prisiimtus įsipareigojimus.
optout-no-objection = CCPA nesuteikia teisės užginčyti dirbtinio intelekto mokymo kaip tokio.
    Todėl naudojuosi teisėmis, kurias jis suteikia, ir pridedu savo papildomą prašymą.
optout-sale = Reikalauju, kad neparduotumėte ir neperduotumėte kitiems mano asmens duomenų
    („sell“ ir „share“) ({ $cite }). Tai apima ir jų perdavimą bendrovei „Microsoft“ ar kitoms
    susijusioms bendrovėms, kad jos galėtų suasmeninti man rodomą reklamą.
optout-sensitive = Reikalauju apriboti mano jautrių asmens duomenų naudojimą ir atskleidimą
    tiek, kiek leidžia įstatymas ({ $cite }).
optout-ai = Be šių teisių, prašau nutraukti mano asmens duomenų naudojimą šiais tikslais:
generic-basis = { $scope ->
    [us] Joks federalinis įstatymas nesuteikia man teisės užginčyti tokio naudojimo. Remiuosi pačios bendrovės „LinkedIn“ siūlomais pasirinkimais ir jos privatumo politika ir prašau juos man taikyti visa apimtimi.
   *[other] Remiuosi „LinkedIn“ privatumo politikoje prisiimtais įsipareigojimais, pagal kuriuos nariai ir lankytojai gali kontroliuoti, kaip naudojama jų informacija, taip pat bet kokiais mano šalyje taikomais duomenų apsaugos teisės aktais.
}
generic-request = Mano prašymas susijęs su mano asmens duomenų naudojimu šiais tikslais:
generic-us-state = Jei „LinkedIn“ taikomas mano valstijos vartotojų privatumo įstatymas, prašau šį
    raštą laikyti ir prašymu pagal tą įstatymą.
generic-settings = „LinkedIn“ nustatymai „Data for Generative AI Improvement“ ir „Data sharing“
    apima tik dalį šio prašymo; prašau jį įvykdyti visa apimtimi.
other-stop = Prašau nutraukti mano duomenų naudojimą šiais tikslais, neįtraukti jų į būsimus
    mokymo duomenis ir pranešti man, kas bus su jau panaudotais duomenimis.
other-deadline-courtesy = Įstatymas Jūsų atsakymui termino nenustato. Vis dėlto prašau raštu
    patvirtinti, kad šis prašymas įvykdytas, ne vėliau kaip iki { $deadline }
optout-deadline = Prašau įvykdyti mano atsisakymą (opt-out) kuo greičiau, bet ne vėliau kaip iki
    { $deadline } (15 darbo dienų – terminas, kurį tokiems prašymams nustato CCPA įgyvendinimo
    taisyklės), ir tai raštu patvirtinti.
other-form-field-request = Prašymas: { $family ->
    [consent] sutikimo atšaukimas ({ $law })
    [optout] asmens duomenų neparduoti ir neperduoti ({ $law })
   *[generic] nutraukti mano duomenų naudojimą dirbtinio intelekto mokymui ir reklamai
}
other-form-guide-route = Ši forma aprašyta „LinkedIn“ Europos privatumo pranešime. Jei ji Jums
    nesiūloma, vietoj jos išsiųskite raštą (objection letter) arba pasinaudokite „LinkedIn“
    privatumo klausimų kontaktine forma: { $url }
other-reminder-subject = Priminimas: mano { $date } raštas ({ $law })
other-reminder-intro = { $date } kreipiausi į Jus dėl mano asmens duomenų naudojimo dirbtinio
    intelekto mokymo ir susijusiais tikslais. Mano rašto kopija pridedama.
other-reminder-overdue = Prašiau atsakyti iki { $deadline } Iki šiol atsakymo iš esmės negavau.
other-reminder-request = Prašau nedelsiant įvykdyti mano prašymą ir tai raštu patvirtinti ne
    vėliau kaip iki { $deadline }
other-reminder-next = Jei iki tol negausiu tinkamo atsakymo, pateiksiu skundą institucijai –
    { $authority }.
other-reminder-next-none = Jei iki tol negausiu tinkamo atsakymo, svarstysiu kitas man prieinamas
    teisių gynimo priemones.
other-complaint-subject = Skundas dėl bendrovės „{ $controller }“ ({ $law })
other-complaint-intro = Teikiu skundą dėl to, kaip bendrovė „{ $controller }“ ({ $address })
    naudoja mano asmens duomenis. Taikytinas teisės aktas – { $law_name }.
other-complaint-sent = { $family ->
    [consent] { $date } atšaukiau savo sutikimą naudoti mano asmens duomenis dirbtinio intelekto mokymo ir susijusiais tikslais ({ $cite }).
   *[optout] { $date } pareikalavau, kad „LinkedIn“ neparduotų ir neperduotų mano asmens duomenų ({ $cite }), ir paprašiau nutraukti mano duomenų naudojimą dirbtinio intelekto modeliams mokyti.
} Mano raštas pridedamas. Prašiau atsakyti iki { $deadline }
other-complaint-outcome = { $outcome ->
    [refused] „LinkedIn“ mano prašymą atmetė. „LinkedIn“ atsakymas pridedamas.
    [incomplete] „LinkedIn“ atsakymu mano prašymas įvykdytas ne visiškai. Atsakymas pridedamas.
   *[no-reply] Iki šiol atsakymo iš esmės negavau.
}
other-complaint-assessment = { $family ->
    [consent] Mano nuomone, „LinkedIn“ toliau naudoja mano duomenis be mano sutikimo, be to, nauju tikslu, kuriam sutikimas būtinas ({ $cite }).
   *[optout] Mano nuomone, „LinkedIn“ neįvykdė mano atsisakymo per CCPA įgyvendinimo taisyklėse nustatytą terminą.
}
other-complaint-requests = Prašau išnagrinėti mano skundą ir informuoti mane apie jo rezultatus.
other-enclosure-letter = Mano { $date } raštas
other-reasons = Dėl savo situacijos norėčiau pridurti:
other-complaint-reminder-sent = Be to, { $date } išsiunčiau „LinkedIn“ priminimą ir nustačiau naują terminą – iki { $deadline }

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = { $cite } reikalauja nurodyti su Jūsų konkrečia situacija susijusius motyvus; prieštaravimas pateiktas be jų. Pridėkite juos parinktimi --reason "...", kad prieštaravimą būtų sunkiau atmesti.
note-federal-authority = Nurodžius tik DE, skundas siunčiamas federalinei institucijai (BfDI), kuri skundus dėl bendrovių persiunčia atitinkamos federalinės žemės priežiūros institucijai. Norėdami kreiptis tiesiogiai, nurodykite savo federalinę žemę, pavyzdžiui, --country DE-BE (žr. `objection jurisdictions`).
warning-premature = Iki { $deadline } „LinkedIn“ dar gali atsakyti, todėl { $document ->
    [reminder] priminimas
   *[complaint] skundas
} dėl negauto atsakymo iki tos dienos būtų per ankstyvas.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Pridedu savo { $date } raštą PDF formatu. Visas jo tekstas pateikiamas toliau.
email-cover-reminder = Pridedu savo { $date } priminimą PDF formatu. Visas jo tekstas pateikiamas toliau.
email-cover-complaint = Pridedu savo { $date } skundą PDF formatu. Visas jo tekstas pateikiamas toliau.
email-receipt = Prašau patvirtinti gavimą.
email-file-letter = raštas
email-file-reminder = priminimas
email-file-complaint = skundas
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Prie el. laiško pridėtas tik PDF failas. Prieš siųsdami pridėkite ir priedus:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Šis vedlys žingsnis po žingsnio padės jums nesutikti, kad LinkedIn naudotų jūsų duomenis. Niekas neišsaugoma, kol pabaigoje nepatvirtinsite. Bet kada galite nutraukti paspaudę Esc arba Ctrl+C.
wizard-language = Kalba
wizard-help-select = ↑↓ – judėti, Enter – pasirinkti
wizard-help-multi = ↑↓ – judėti, tarpas – pažymėti arba atžymėti, Enter – baigti
wizard-country = Kur gyvenate?
wizard-country-help = Rašykite, kad ieškotumėte, Enter – pasirinkti. Vokietijoje pasirinkite savo federalinę žemę.
wizard-member = Ar turite LinkedIn paskyrą?
wizard-answer = { $answer ->
    [yes] Taip
   *[no] Ne
}
wizard-content-url = LinkedIn turinio apie jus interneto adresas { $number }
wizard-content-url-help = Nukopijuokite jį iš naršyklės adreso juostos (https://...). Kai baigsite, palikite tuščią.
wizard-name = Jūsų vardas ir pavardė
wizard-email = Jūsų el. pašto adresas
wizard-email-help = Jūsų LinkedIn paskyros adresas; jei paskyros neturite, adresas, kuriuo LinkedIn gali jums atsakyti.
wizard-address = Jūsų pašto adresas, eilutė { $number }
wizard-address-help = Pavyzdžiui, gatvė ir namo numeris, tada pašto kodas ir miestas. Kai baigsite, palikite tuščią.
wizard-place = Jūsų miestas (laiško datos eilutei)
wizard-object-to = Kam nepritariate?
wizard-purpose-ai-training = Kad LinkedIn jūsų duomenimis mokytų dirbtinį intelektą, kuris rašo tekstus ar kuria vaizdus
wizard-purpose-ai-other = Kitokiam jūsų duomenų naudojimui dirbtiniam intelektui, pavyzdžiui, sklaidos kanalui pritaikyti ar turiniui rūšiuoti
wizard-purpose-ads-profiling = Reklamai, pagrįstai jūsų profiliu
wizard-purpose-affiliate-sharing = Jūsų duomenų perdavimui Microsoft ir kitoms susijusioms įmonėms jų dirbtiniam intelektui ar reklamai
wizard-reason = Kodėl jums tai asmeniškai svarbu? (neprivaloma)
wizard-reason-help = Pavyzdžiui: „Esu žurnalistas ir turiu apsaugoti savo šaltinius.“ „Mano įrašai yra mano darbas; dirbtinio intelekto kopijos kenkia mano pajamoms.“ Paspauskite Enter, kad praleistumėte.
wizard-outputs = Kokių dokumentų norite?
wizard-output = { $output ->
    [form] Tekstą LinkedIn internetinei formai
    [letter-pdf] Laišką PDF formatu, kad galėtumėte atsispausdinti ir išsiųsti paštu
   *[letter-text] Laišką tekstu
}
wizard-problem = { $problem ->
    [empty] Šis laukas negali būti tuščias.
    [too-long] Per ilga: { $length } (daugiausia { $limit } simbolių).
    [control] Pašalinkite valdymo simbolį { $character }.
    [bidi] Įveskite iš naujo be krypties ženklo { $character }: jis gali pakeisti teksto rodymo tvarką.
    [email] Tai ne el. pašto adresas. Pavyzdys: name@example.org
   *[url] Tai ne interneto adresas. Nukopijuokite jį iš naršyklės; jis prasideda https://
}
wizard-preview = Jūsų teksto peržiūra:
wizard-folder = Aplankas jūsų dokumentams
wizard-folder-exists = Toks aplankas jau yra. Pasirinkite naują pavadinimą.
wizard-confirm = Ar dabar įrašyti jūsų dokumentus į aplanką { $dir }?
wizard-next-form = Tekstas LinkedIn formai yra faile { $file }.
wizard-next-letter = Atsispausdinkite { $file }, pasirašykite laišką ir išsiųskite jį paštu laiško viršuje nurodytu adresu. Pasilikite kopiją.
wizard-next-deadline = LinkedIn turi atsakyti iki { $date }.
wizard-next-reminder = Jei iki tol negausite tinkamo atsakymo, parašykite priminimą: { $command }
wizard-save-details = Ar išsaugoti jūsų duomenis faile { $file } kitam kartui?
wizard-saved = Išsaugota. Kitą kartą: { $command }
wizard-stopped = Nutraukta. Niekas neįrašyta.
