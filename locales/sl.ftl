# Slovenščina. Defines the same messages as en.ftl, in the same order.
#
# Conventions: formal Slovenian legal prose, terminology of the official Slovenian version of
# Regulation (EU) 2016/679 ("upravljavec", "posameznik, na katerega se nanašajo osebni
# podatki", "ugovor obdelavi", "zakoniti interesi", "nujni legitimni razlogi", "neposredno
# trženje", "oblikovanje profilov", "omejitev obdelave", "izbris", "uporabnik" for recipient,
# "privolitev", "nadzorni organ", "vodilni nadzorni organ", "pritožba" under Art. 77).
# Name of the GDPR: the Information Commissioner (Informacijski pooblaščenec, IP) writes the
# name in full, not "SUVP": "(v nadaljevanju: Splošna uredba o varstvu podatkov)", "pravico do
# ugovora iz 21. člena ... Splošne uredbe o varstvu podatkov", "Drugi odstavek 21. člena Splošne
# uredbe o varstvu podatkov" (opinion "Ugovor obdelavi", 30. 9. 2019,
# https://www.ip-rs.si/vop/?tx_jzgdprdecisions_pi1%5BshowUid%5D=951), and labels its opinion
# database "Iskalnik po mnenjih GDPR". The letters therefore use "Splošna uredba o varstvu
# podatkov".
# Citations: Slovenian order, paragraph before article, with numerals: "1. odstavka 21. člena
# Splošne uredbe o varstvu podatkov", "točke (f) 1. odstavka 6. člena ...", "56. člena in 60.
# člena ...". The IP itself uses numerals in this order ("3. tč. 1. odst. 6. čl. ZDIJZ",
# https://www.ip-rs.si/ijz/prosilec-okrozno-sodisce-v-kranju-4230/). All citation patterns and
# the law-gdpr, law-uk-gdpr, law-ch-fadp and law-dpa-2018 values are in the GENITIVE, and every
# sentence places them in a genitive position ("na podlagi", "iz", "v smislu", "določbe").
# Dates: "1. oktobra 2026" (genitive month, as in "z dne 27. aprila 2016").
# Salutation "Spoštovani," followed by a lower-case first sentence (Pravila SP, § 283);
# closing "S spoštovanjem". "vi/vaš" lower case. Quotation marks »…« (as the IP uses them).
# The writer's gender never shows: no l-participles or adjectives for "I" (passive: "je bil
# vložen ugovor", "ni prispel noben odgovor", "bo vložena pritožba").
# The setting "Data for Generative AI Improvement" keeps its English label (LinkedIn has no
# Slovenian interface).

lang-name = Slovenščina

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = Splošne uredbe o varstvu podatkov
law-uk-gdpr = britanske uredbe UK GDPR
law-ch-fadp = švicarskega Zveznega zakona o varstvu podatkov
law-dpa-2018 = britanskega Zakona o varstvu podatkov iz leta 2018 (DPA 2018)

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = { $number }. člena
cite-eu-article-paragraph = { $paragraph }. odstavka { $number }. člena
cite-eu-article-paragraphs = { $paragraph }. in { $second }. odstavka { $number }. člena
cite-eu-article-paragraph-point = točke ({ $point }) { $paragraph }. odstavka { $number }. člena
cite-eu-section = { $number }. člena
cite-eu-section-paragraph = { $paragraph }. odstavka { $number }. člena
cite-eu-section-paragraphs = { $paragraph }. in { $second }. odstavka { $number }. člena
cite-eu-section-paragraph-point = točke ({ $point }) { $paragraph }. odstavka { $number }. člena
cite-eu-and = { $first } in { $second }
# Same as English: the provision, then the law (in the genitive).
cite-eu-law = { $refs } { $law }
cite-ch-article = { $number }. člena
cite-ch-article-paragraph = { $paragraph }. odstavka { $number }. člena
cite-ch-article-paragraphs = { $paragraph }. in { $second }. odstavka { $number }. člena
cite-ch-article-paragraph-point = točke { $point } { $paragraph }. odstavka { $number }. člena
cite-ch-section = { $number }. člena
cite-ch-section-paragraph = { $paragraph }. odstavka { $number }. člena
cite-ch-section-paragraphs = { $paragraph }. in { $second }. odstavka { $number }. člena
cite-ch-section-paragraph-point = točke { $point } { $paragraph }. odstavka { $number }. člena
cite-ch-and = { $first } in { $second }
# Same as English: the provision, then the law (in the genitive).
cite-ch-law = { $refs } { $law }

## Dates

month-1 = januarja
month-2 = februarja
month-3 = marca
month-4 = aprila
month-5 = maja
month-6 = junija
month-7 = julija
month-8 = avgusta
month-9 = septembra
month-10 = oktobra
month-11 = novembra
month-12 = decembra
date-long = { $day }. { $month } { $year }
# The dateline: place and date ("Ljubljana, 1. oktobra 2026"), or the date alone.
# Same as English: place, comma, date.
dateline-with-place = { $place }, { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Avstrija
jurisdiction-BE = Belgija
jurisdiction-BG = Bolgarija
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Švica
jurisdiction-CY = Ciper
jurisdiction-CZ = Češka
jurisdiction-DE = Nemčija
jurisdiction-DE-BB = Brandenburg (Nemčija)
jurisdiction-DE-BE = Berlin (Nemčija)
jurisdiction-DE-BW = Baden-Württemberg (Nemčija)
jurisdiction-DE-BY = Bavarska (Nemčija)
jurisdiction-DE-HB = Bremen (Nemčija)
jurisdiction-DE-HE = Hessen (Nemčija)
jurisdiction-DE-HH = Hamburg (Nemčija)
jurisdiction-DE-MV = Mecklenburg-Predpomorjanska (Nemčija)
jurisdiction-DE-NI = Spodnja Saška (Nemčija)
jurisdiction-DE-NW = Severno Porenje - Vestfalija (Nemčija)
jurisdiction-DE-RP = Porenje-Pfalška (Nemčija)
jurisdiction-DE-SH = Schleswig-Holstein (Nemčija)
jurisdiction-DE-SL = Posarje (Nemčija)
jurisdiction-DE-SN = Saška (Nemčija)
jurisdiction-DE-ST = Saška-Anhalt (Nemčija)
jurisdiction-DE-TH = Turingija (Nemčija)
jurisdiction-DK = Danska
jurisdiction-EE = Estonija
jurisdiction-ES = Španija
jurisdiction-FI = Finska
jurisdiction-FR = Francija
jurisdiction-GB = Združeno kraljestvo
jurisdiction-GR = Grčija
jurisdiction-HK = Hongkong
jurisdiction-HR = Hrvaška
jurisdiction-HU = Madžarska
jurisdiction-IE = Irska
jurisdiction-IN = Indija
jurisdiction-IS = Islandija
jurisdiction-IT = Italija
jurisdiction-LI = Lihtenštajn
jurisdiction-LT = Litva
jurisdiction-LU = Luksemburg
jurisdiction-LV = Latvija
# Same as English: the Slovenian name is written the same way.
jurisdiction-MT = Malta
jurisdiction-NL = Nizozemska
jurisdiction-NO = Norveška
jurisdiction-OTHER = druga država
jurisdiction-PL = Poljska
jurisdiction-PT = Portugalska
jurisdiction-RO = Romunija
jurisdiction-SE = Švedska
jurisdiction-SI = Slovenija
jurisdiction-SK = Slovaška
jurisdiction-US = Združene države Amerike
jurisdiction-US-CA = Kalifornija (Združene države Amerike)

## Shared pieces of all documents

recipient-dpo = Za pooblaščeno osebo za varstvo podatkov
# The footer of multi-page letters.
page-number = Stran { $page } od { $total }
salutation = Spoštovani,
closing = S spoštovanjem
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Priloga:
    [two] Prilogi:
   *[other] Priloge:
}
# The subject line as the letter shows it: Slovenian letters label it "Zadeva:".
subject-line = Zadeva: { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] učenje, natančno prilagajanje, vrednotenje in izboljševanje modelov umetne inteligence, ki ustvarjajo vsebine (generativna umetna inteligenca), zlasti s podatki iz mojega profila in z mojimi objavami na LinkedInu;
   *[non-member] učenje, natančno prilagajanje, vrednotenje in izboljševanje modelov umetne inteligence, ki ustvarjajo vsebine (generativna umetna inteligenca), zlasti z vsebinami o meni, ki so jih na LinkedInu objavile druge osebe;
}
purpose-ai-other = učenje modelov umetne inteligence in strojnega učenja za druge namene, kot so prilagajanje vaših storitev posamezniku, razvrščanje vsebin ter splošno izboljševanje vaših izdelkov in storitev;
purpose-affiliate-sharing = razkrivanje mojih osebnih podatkov vašim povezanim družbam, vključno z družbo Microsoft, da bi učile lastne modele umetne inteligence ali zagotavljale, razvijale ali izboljševale svoje oglaševalske storitve;
form-purpose-ai-training = { $account ->
    [member] učenje modelov umetne inteligence, ki ustvarjajo vsebine, s podatki iz mojega profila in z mojimi objavami;
   *[non-member] učenje modelov umetne inteligence, ki ustvarjajo vsebine, z vsebinami o meni, ki so jih objavile druge osebe;
}
form-purpose-ai-other = učenje drugih modelov umetne inteligence in strojnega učenja, na primer za osebno prilagajanje in razvrščanje vsebin;
form-purpose-affiliate-sharing = razkrivanje mojih podatkov povezanim družbam, kot je Microsoft, za njihovo učenje umetne inteligence ali oglaševanje;
form-purpose-ads = osebno prilagojeno oglaševanje in razkrivanje mojih podatkov za namene oglaševanja;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Ugovor obdelavi mojih osebnih podatkov na LinkedInu
form-field-name = Ime in priimek: { $name }
form-field-email = Naslov elektronske pošte: { $email }
form-field-country = Država prebivališča: { $country }
form-field-member = Uporabniški račun na LinkedInu: { $account ->
    [member] da, registriran na zgoraj navedeni naslov elektronske pošte
   *[non-member] ne (nimam uporabniškega računa na LinkedInu)
}
form-field-profile = Profil: { $url }
form-field-content = Vsebina, ki se nanaša name: { $url }
form-field-request = Zahteva: ugovor obdelavi na podlagi { $cite }
form-objection = Na podlagi { $cite } ugovarjam obdelavi svojih osebnih podatkov, ki jo
    utemeljujete z zakonitimi interesi iz { $basis }, za naslednje namene:
form-direct-marketing = Na podlagi { $cite } ugovarjam obdelavi svojih osebnih podatkov za
    namene neposrednega trženja, vključno z oblikovanjem profilov, povezanim s takim trženjem,
    zlasti za osebno prilagojeno oglaševanje.
form-grounds = Razlogi, povezani z mojim posebnim položajem:
form-requests = Do odločitve o mojem ugovoru zahtevam omejitev obdelave na podlagi
    { $restriction }. Na podlagi { $erasure } zahtevam tudi izbris osebnih podatkov, zbranih za
    te namene, na podlagi { $recipients } pa, da o tem obvestite uporabnike, vključno z družbo
    Microsoft.
form-confirmation = Prosim, da mi do { $deadline } pisno potrdite, da ste ugodili mojemu
    ugovoru.

## Guidance printed after the form text (on standard error)

form-guide-heading = Naslednji koraki:
form-guide-open = Odprite obrazec LinkedIn za ugovor obdelavi podatkov (Data Processing
    Objection): { $url }
form-guide-option = Izberite možnost za ugovor obdelavi vaših podatkov za učenje modelov umetne
    inteligence, ki ustvarjajo vsebine (LinkedIn jo lahko poimenuje drugače), prenesite zgornje
    podatke v ustrezna polja obrazca in prilepite besedilo v polje za prosto besedilo.
form-guide-toggle = Nastavitev »Data for Generative AI Improvement« ({ $url }) ustavi le
    prihodnje učenje modelov, ki ustvarjajo vsebine. Ne zajema drugih načinov uporabe umetne
    inteligence niti oglaševanja, zato je odločilen prav ugovor.
form-guide-non-member = Brez uporabniškega računa nimate nastavitev, ki bi jih lahko spremenili:
    vaša pot je ta obrazec ali dopis pooblaščeni osebi za varstvo podatkov pri LinkedInu
    (objection letter).
form-guide-letter = Da bo ugovor tudi formalno dokumentiran, pošljite še dopis: objection letter
    --help

## The objection letter

letter-subject = { $account ->
    [member] Ugovor obdelavi mojih osebnih podatkov na podlagi { $law } – uporabniški račun na LinkedInu { $email }
   *[non-member] Ugovor obdelavi mojih osebnih podatkov na podlagi { $law } – oseba brez uporabniškega računa na LinkedInu
}
letter-intro-member = imam uporabniški račun na LinkedInu, registriran na naslov elektronske pošte
    { $email }. Na vas se obračam kot na pooblaščeno osebo za varstvo podatkov družbe
    { $controller }, ki je upravljavec mojih osebnih podatkov.
letter-intro-member-profile = Moj javni profil: { $url }
letter-intro-non-member = nimam uporabniškega računa na LinkedInu. Druge osebe so na LinkedInu objavile vsebine, ki vsebujejo moje osebne podatke, zlasti { $count ->
    [one] na naslednjem naslovu:
   *[other] na naslednjih naslovih:
}
letter-intro-non-member-after = Na vas se obračam kot na pooblaščeno osebo za varstvo podatkov
    družbe { $controller }, ki je upravljavec teh podatkov.
letter-heading-objection = Ugovor obdelavi na podlagi zakonitih interesov
letter-objection = Na podlagi { $cite } iz razlogov, povezanih z mojim posebnim položajem,
    ugovarjam obdelavi svojih osebnih podatkov, ki jo utemeljujete z zakonitimi interesi iz
    { $basis }, za naslednje namene:
letter-objection-notice = { $account ->
    [member] V vašem obvestilu o zasebnosti je navedeno, da se od 3. novembra 2025 za učenje modelov umetne inteligence, ki ustvarjajo vsebine, s podatki svojih članov sklicujete na zakonite interese.
   *[non-member] V vašem obvestilu o zasebnosti je navedeno, da se od 3. novembra 2025 za učenje modelov umetne inteligence, ki ustvarjajo vsebine, z vsebinami, ki jih objavljajo vaši člani, sklicujete na zakonite interese, čeprav te vsebine vsebujejo tudi osebne podatke drugih oseb, med drugim moje.
}
letter-grounds-given = Razlogi, povezani z mojim posebnim položajem, so naslednji:
letter-grounds-burden = Po tem ugovoru smete obdelavo nadaljevati le, če dokažete nujne
    legitimne razloge za obdelavo, ki prevladajo nad mojimi interesi, pravicami in svoboščinami,
    ali če obdelava služi uveljavljanju, izvajanju ali obrambi pravnih zahtevkov. Dokazno breme
    za take razloge nosite vi.
letter-heading-direct-marketing = Ugovor oblikovanju profilov za namene neposrednega trženja
letter-direct-marketing = Na podlagi { $cite } ugovarjam obdelavi svojih osebnih podatkov za
    namene neposrednega trženja, vključno z oblikovanjem profilov, povezanim s takim trženjem,
    zlasti za osebno prilagojeno oglaševanje. Ta ugovor ne potrebuje obrazložitve; od njegovega
    prejema se moji podatki v te namene ne smejo več obdelovati.
letter-consent-withdrawal = Kolikor se za osebno prilagojeno oglaševanje sklicujete na mojo
    privolitev, to privolitev na podlagi { $cite } prekličem.
letter-heading-restriction = Omejitev obdelave med preverjanjem mojega ugovora
letter-restriction = Na podlagi { $cite } zahtevam, da obdelavo mojih osebnih podatkov za
    navedene namene omejite, dokler se ne preveri, ali vaši zakoniti razlogi prevladajo nad
    mojimi.
letter-heading-erasure = Izbris
letter-erasure = Na podlagi { $cite } zahtevam, da izbrišete osebne podatke, ki ste jih za te
    namene zbrali ali iz njih izpeljali, vključno s kopijami v naborih podatkov za učenje. Prosim
    vas tudi, da mi sporočite, ali so bili moji podatki že uporabljeni za učenje modelov, in če
    so bili, kakšne ukrepe v zvezi s tem sprejemate.
letter-heading-recipients = Uporabniki
letter-recipients = Na podlagi { $cite } vas prosim, da o omejitvi obdelave in izbrisu obvestite
    vsakega uporabnika, ki ste mu za te namene razkrili moje osebne podatke, vključno z vašimi
    povezanimi družbami, kot je Microsoft, in da mi sporočite, kdo so ti uporabniki.
letter-heading-fadp = Švicarsko pravo varstva podatkov
letter-fadp = Živim v Švici. Ta dopis je hkrati moja izrecna izjava volje v smislu
    { $personality }, da se moji osebni podatki za navedene namene ne smejo obdelovati. Obdelava
    v nasprotju s to izjavo pomeni poseg v mojo osebnost, tak poseg pa je protipraven, razen če
    je upravičen na podlagi { $justification }. Kolikor so moji podatki splošno dostopni,
    izrecno prepovedujem njihovo obdelavo za te namene v smislu { $public }. Pridržujem si
    zahtevke na podlagi { $claims }.
letter-heading-confirmation = Potrditev
letter-confirmation = Prosim, da mi v roku iz { $cite }, torej brez nepotrebnega odlašanja in
    najpozneje do { $deadline }, pisno potrdite, da ste ugodili mojemu ugovoru in mojim
    zahtevam. Če menite, da smete obdelavo nadaljevati, vas prosim, da navedete nujne legitimne
    razloge, na katere se sklicujete.
letter-toggle = Nastavitev »Data for Generative AI Improvement« mi je znana. Ker zajema le
    prihodnje učenje modelov, ki ustvarjajo vsebine, ne nadomešča tega ugovora.
letter-uk-complaint = Če temu ugovoru ne boste ugodili, prosim, da ta dopis obravnavate tudi kot
    pritožbo, naslovljeno na vas na podlagi { $cite }.
letter-reply-channel = Prosim, da odgovor pošljete na naslov elektronske pošte { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Prijava na podlagi { $cite } v zvezi z družbo { $controller }
   *[complaint] Pritožba na podlagi { $cite } zoper družbo { $controller }
}
complaint-intro = s tem vlagam pritožbo zoper družbo { $controller }, { $address }, zaradi
    obdelave mojih osebnih podatkov.
complaint-intro-report = s tem vam prijavljam obdelavo svojih osebnih podatkov, ki jo izvaja
    družba { $controller }, { $address }. Znano mi je, da kot oseba, ki vlaga prijavo, nimam
    položaja stranke.
complaint-heading-facts = Dejansko stanje
complaint-facts = { $account ->
    [member] Imam uporabniški račun na LinkedInu (naslov elektronske pošte računa: { $email }).
   *[non-member] Nimam uporabniškega računa na LinkedInu; druge osebe so na LinkedInu objavile vsebine o meni, zlasti { $count ->
        [one] na naslednjem naslovu:
       *[other] na naslednjih naslovih:
    }
}
complaint-objection-sent = V dopisu z dne { $date } je bil na podlagi { $cite } vložen ugovor
    obdelavi mojih osebnih podatkov, zahtevani pa so bili tudi omejitev obdelave, izbris
    podatkov in obvestitev uporabnikov. Dopis z ugovorom je priložen.
complaint-objection-sent-report = V dopisu z dne { $date } je bil izrecno vložen ugovor obdelavi
    mojih osebnih podatkov za učenje umetne inteligence in povezane namene. Dopis z ugovorom je
    priložen.
complaint-deadline = Rok za odgovor iz { $cite } je potekel { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn je moj ugovor zavrnil, ne da bi dokazal nujne legitimne razloge, ki bi prevladali nad mojimi interesi, pravicami in svoboščinami. Njegov odgovor je priložen.
    [incomplete] Odgovor LinkedIna mojemu ugovoru ne ugodi v celoti. Odgovor je priložen.
   *[no-reply] Do danes ni prispel noben vsebinski odgovor.
}
complaint-heading-assessment = Pravna presoja
complaint-assessment = LinkedIn se sklicuje na zakonite interese iz { $basis }, da bi profile in objavljene vsebine svojih članov, vključno z osebnimi podatki drugih oseb, ki jih te vsebine vsebujejo, uporabljal za učenje modelov umetne inteligence, ki ustvarjajo vsebine. Na podlagi { $cite } sme po ugovoru obdelavo nadaljevati le, če dokaže nujne legitimne razloge, ki prevladajo nad interesi, pravicami in svoboščinami osebe, ki je vložila ugovor. Tega ni storil; nadaljnja obdelava mojih podatkov zato po mojem mnenju krši določbe { $law }.
complaint-assessment-report = Obdelava mojih osebnih podatkov v nasprotju z mojo izrecno izjavo
    volje pomeni poseg v mojo osebnost v smislu { $personality }, tak poseg pa je protipraven,
    razen če je upravičen na podlagi { $justification }. LinkedIn takega razloga za upravičenost
    ni izkazal.
complaint-heading-requests = Predlogi
complaint-requests = Prosim, da mojo pritožbo preiščete, sprejmete ukrepe, potrebne, da LinkedIn
    ugodi mojemu ugovoru, ter me obveščate o poteku in izidu obravnave pritožbe.
complaint-requests-report = Prosim, da na podlagi { $cite } uvedete preiskavo ter me obvestite o
    sprejetih ukrepih in njihovem izidu.
complaint-lead-authority = Na podlagi { $cite } je vodilni nadzorni organ za družbo
    { $controller } irska Komisija za varstvo podatkov (Data Protection Commission). To
    pritožbo vlagam pri vas kot nadzornem organu mojega običajnega prebivališča in prosim, da jo
    obravnavate v sodelovanju s Komisijo za varstvo podatkov.
complaint-lead-authority-forward = Na podlagi { $cite } je vodilni nadzorni organ za družbo
    { $controller } irska Komisija za varstvo podatkov (Data Protection Commission). Kolikor mi
    je znano, za to družbo sami niste pristojni; zato prosim, da mojo pritožbo odstopite
    pristojnemu nadzornemu organu.
complaint-lead-authority-report = V Evropski uniji nadzor nad družbo { $controller } kot
    vodilni nadzorni organ izvaja irska Komisija za varstvo podatkov (Data Protection
    Commission).
complaint-uk-controller-first = Pred obrnitvijo na vas je bila zadeva predložena upravljavcu: v
    ugovoru je bil LinkedIn zaprošen, naj ga obravnava tudi kot pritožbo na podlagi { $cite }.
complaint-enclosure-objection = Moj ugovor z dne { $date }
complaint-enclosure-reply = Odgovor LinkedIna
complaint-contact = Za stik sem na voljo na naslovu elektronske pošte { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Opomin: moj ugovor z dne { $date } na podlagi { $law } – uporabniški račun na LinkedInu { $email }
   *[non-member] Opomin: moj ugovor z dne { $date } na podlagi { $law }
}
reminder-intro = v dopisu z dne { $date } je bil na podlagi { $cite } vložen ugovor obdelavi mojih osebnih podatkov, zahtevani pa so bili tudi omejitev obdelave, izbris podatkov in obvestitev uporabnikov. Kopija ugovora je priložena.
reminder-overdue = Rok za vaš odgovor iz { $cite } je potekel { $deadline }. Do danes ni prispel noben vsebinski odgovor.
reminder-request = Pozivam vas, da mojemu ugovoru in mojim zahtevam brez nadaljnjega odlašanja ugodite in mi to pisno potrdite najpozneje do { $deadline }.
reminder-next = { $route ->
    [report] Če do takrat ne prejmem zadovoljivega odgovora, bo zadeva prijavljena pristojnemu organu: { $authority }.
   *[complaint] Če do takrat ne prejmem zadovoljivega odgovora, bo vložena pritožba pri nadzornem organu: { $authority }.
}
complaint-reminder-sent = Dne { $date } je bil LinkedInu poslan opomin glede mojega ugovora, v katerem je bil postavljen nov rok do { $deadline }.
complaint-enclosure-reminder = Moj opomin z dne { $date }

## Case status (objection status --case DIR)

status-reference = Zadeva { $reference }
status-empty = V tej zadevi še ni ugovora. Začnite jo z ukazom: objection letter --case { $dir }
status-sent = Ugovor poslan dne { $date }.
status-reminded = Opomin poslan dne { $date }.
status-complained = Pritožba pripravljena dne { $date }. Organ vas bo obvestil o nadaljnjem postopku.
status-waiting = Čakanje na odgovor LinkedIna do { $date } (še { $days ->
    [one] { $days } dan
    [two] { $days } dneva
   *[other] { $days } dni
}).
status-overdue = Rok je prekoračen za { $days ->
    [one] { $days } dan
    [two] { $days } dneva
   *[other] { $days } dni
}: potekel je { $date }.
status-next-wait-reminder = Naslednji korak: če LinkedIn do takrat ne odgovori, napišite opomin: objection reminder --case { $dir }
status-next-wait-complaint = Naslednji korak: če LinkedIn do takrat ne odgovori, napišite pritožbo: objection complaint --case { $dir }
status-next-reminder = Naslednji korak: napišite opomin: objection reminder --case { $dir }
status-next-complaint = Naslednji korak: napišite pritožbo nadzornemu organu: objection complaint --case { $dir }
calendar-summary = Rok za odgovor LinkedIna na vaš ugovor ({ $reference })
calendar-description = Če LinkedIn do danes ni odgovoril, si naslednji korak oglejte z ukazom: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# No "ugovor", "zakoniti interes" or "upravljavec" here: "nasprotovati uporabi", "preklic
# privolitve", "izključitev" (opt-out), "družba". Foreign laws keep their own names and
# citations ("PIPEDA, Priloga 1, načelo 4.3.8", "Cal. Civ. Code § 1798.120"); the sentences that
# insert law-name-* use it in the nominative.

# Same as English: the Canadian abbreviation.
law-pipeda = PIPEDA
law-qc-private = quebeški Zakon o varstvu osebnih podatkov v zasebnem sektorju, CQLR c. P-39.1
# Same as English: the Hong Kong abbreviation and chapter number.
law-pdpo = PDPO (Cap. 486)
# Same as English: the official name of the Californian code.
law-ccpa = Cal. Civ. Code
# Same as English: the short title of the Indian act.
law-dpdp = DPDP Act 2023
law-us-generic = Politika zasebnosti LinkedIn
law-generic = Politika zasebnosti LinkedIn
# Short names for subject lines.
# Same as English: the Canadian abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = quebeški zakon o zasebnem sektorju
# Same as English: the Hong Kong abbreviation.
law-short-pdpo = PDPO
# Same as English: the Californian abbreviation.
law-short-ccpa = CCPA
# Same as English: the short title of the Indian act.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Politika zasebnosti LinkedIn
law-short-generic = Politika zasebnosti LinkedIn
# The name of the law in running text, in the nominative.
law-name-pipeda = kanadski Zakon o varstvu osebnih podatkov in elektronskih dokumentih (PIPEDA)
law-name-qc-private = quebeški Zakon o varstvu osebnih podatkov v zasebnem sektorju
law-name-pdpo = hongkonški Odlok o osebnih podatkih (zasebnost) (PDPO)
law-name-ccpa = kalifornijski Zakon o varstvu zasebnosti potrošnikov (CCPA)
law-name-dpdp = indijski Zakon o varstvu digitalnih osebnih podatkov iz leta 2023 (DPDP Act 2023)
law-name-us-generic = Politika zasebnosti LinkedIn
law-name-generic = Politika zasebnosti LinkedIn
cite-common-article = člen { $number }
cite-common-article-paragraph = člen { $number }({ $paragraph })
cite-common-section = člen { $number }
cite-common-section-paragraph = člen { $number }({ $paragraph })
cite-common-principle = Priloga 1, načelo { $number }
cite-common-dpp = Priloga 1, načelo varstva podatkov { $number }
cite-common-and = { $first } in { $second }
# Same as English: law, comma, provision.
cite-common-law = { $law }, { $refs }
# Same as English: the section sign of US codes.
cite-us-section = § { $number }
cite-us-and = { $first } in { $second }
# Same as English: code, then section.
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] osebno prilagojeno oglaševanje na podlagi mojega profila in moje dejavnosti ter razkrivanje mojih podatkov drugim za namene oglaševanja;
   *[non-member] osebno prilagojeno oglaševanje na podlagi mojih osebnih podatkov ter njihovo razkrivanje drugim za namene oglaševanja;
}
other-subject = { $family ->
    [consent] Preklic privolitve za uporabo mojih osebnih podatkov ({ $law })
    [optout] Zahteva za izključitev prodaje in deljenja mojih osebnih podatkov ({ $law })
   *[generic] Zahteva za prenehanje uporabe mojih osebnih podatkov za učenje umetne inteligence in oglaševanje
}
other-intro-member = imam uporabniški račun na LinkedInu, registriran na naslov elektronske pošte
    { $email }. Na družbo { $controller } se obračam v zvezi z uporabo mojih osebnih podatkov.
other-intro-non-member = nimam uporabniškega računa na LinkedInu. Druge osebe so na LinkedInu objavile vsebine, ki vsebujejo moje osebne podatke, zlasti { $count ->
    [one] na naslednjem naslovu:
   *[other] na naslednjih naslovih:
}
other-intro-non-member-after = Na družbo { $controller } se obračam v zvezi z uporabo teh
    podatkov.
consent-no-objection = Splošne pravice do nasprotovanja uporabi osebnih podatkov ne določa
    { $law }. Zato se sklicujem na pravico, ki ji je najbližja: preklic privolitve ({ $cite }).
consent-withdrawal = Prekličem vsako izrecno ali molče dano privolitev, na katero se
    LinkedIn opira pri uporabi mojih osebnih podatkov za naslednje namene:
consent-new-purpose = Učenje modelov umetne inteligence ni namen, za katerega so bili moji
    podatki zagotovljeni LinkedInu. Za njihovo uporabo za tak nov namen je potrebna moja
    privolitev ({ $cite }), ki je ne dajem.
consent-in-force = Določbe o privolitvi in njenem preklicu, ki jih vsebuje { $law }, naj bi
    začele veljati { $date }. Do takrat vas prosim, da ta preklic upoštevate v skladu z
    zavezami iz politike zasebnosti LinkedIn.
optout-no-objection = CCPA ne daje pravice nasprotovati učenju umetne inteligence kot takemu.
    Zato uveljavljam pravice, ki jih daje, in dodajam lastno zahtevo.
optout-sale = Na podlagi { $cite } zahtevam, da mojih osebnih podatkov ne prodajate in ne
    delite. To vključuje njihovo razkritje družbi Microsoft ali drugim povezanim družbam, da bi
    prilagajale oglase, ki mi jih prikazujejo.
optout-sensitive = Na podlagi { $cite } zahtevam, da uporabo in razkrivanje mojih občutljivih
    osebnih podatkov omejite na to, kar dovoljuje zakon.
optout-ai = Poleg uveljavljanja teh pravic vas prosim, da prenehate uporabljati moje osebne podatke za naslednje namene:
generic-basis = { $scope ->
    [us] Noben zvezni zakon mi ne daje pravice nasprotovati taki uporabi. Sklicujem se na možnosti izbire, ki jih ponuja LinkedIn sam, in na njegovo politiko zasebnosti ter vas prosim, da jih v celoti uporabite zame.
   *[other] Sklicujem se na zaveze iz politike zasebnosti LinkedIn, ki članom in obiskovalcem omogoča, da odločajo o uporabi svojih podatkov, ter na vse veljavne predpise o varstvu podatkov moje države.
}
generic-request = Moja zahteva se nanaša na uporabo mojih osebnih podatkov za naslednje namene:
generic-us-state = Če za LinkedIn velja kateri od zakonov moje zvezne države o varstvu
    zasebnosti potrošnikov, prosim, da ta dopis obravnavate tudi kot zahtevo na podlagi tega
    zakona.
generic-settings = Nastavitvi »Data for Generative AI Improvement« in »Data sharing« zajemata le
    del te zahteve; prosim, da ji ugodite v celoti.
other-stop = Prosim, da moje podatke za te namene prenehate uporabljati, jih izključite iz
    prihodnjih podatkov za učenje in mi sporočite, kaj se zgodi s podatki, ki so bili že
    uporabljeni.
other-deadline-courtesy = Za vaš odgovor ne velja zakonski rok. Kljub temu vas prosim, da mi do
    { $deadline } pisno potrdite, da ste tej zahtevi ugodili.
optout-deadline = Prosim, da mojo zahtevo za izključitev izvršite, kakor hitro je to izvedljivo,
    najpozneje pa do { $deadline } (15 delovnih dni, kolikor za take zahteve določajo izvedbeni
    predpisi CCPA), in mi to pisno potrdite.
other-form-field-request = Zahteva: { $family ->
    [consent] preklic privolitve ({ $law })
    [optout] izključitev prodaje in deljenja ({ $law })
   *[generic] prenehanje uporabe mojih podatkov za učenje umetne inteligence in oglaševanje
}
other-form-guide-route = Ta obrazec je opisan v evropskem obvestilu o zasebnosti LinkedIn. Če
    vam ni na voljo, pošljite dopis (objection letter) ali uporabite kontaktni obrazec LinkedIn
    za vprašanja zasebnosti: { $url }
other-reminder-subject = Opomin: moj dopis z dne { $date } ({ $law })
other-reminder-intro = dne { $date } vam je bil poslan moj dopis o uporabi mojih osebnih
    podatkov za učenje umetne inteligence in povezane namene. Kopija dopisa je priložena.
other-reminder-overdue = Odgovor je bil zahtevan do { $deadline }. Do danes ni prispel noben
    vsebinski odgovor.
other-reminder-request = Pozivam vas, da moji zahtevi brez nadaljnjega odlašanja ugodite in mi
    to pisno potrdite najpozneje do { $deadline }.
other-reminder-next = Če do takrat ne prejmem zadovoljivega odgovora, bo vložena pritožba pri
    pristojnem organu: { $authority }.
other-reminder-next-none = Če do takrat ne prejmem zadovoljivega odgovora, bodo preučena druga
    pravna sredstva, ki so mi na voljo.
other-complaint-subject = Pritožba zoper družbo { $controller } ({ $law })
other-complaint-intro = s tem vlagam pritožbo zoper družbo { $controller }, { $address },
    zaradi uporabe mojih osebnih podatkov. Merodajni predpis je { $law_name }.
other-complaint-sent = { $family ->
    [consent] V dopisu z dne { $date } je bila preklicana moja privolitev za uporabo mojih osebnih podatkov za učenje umetne inteligence in povezane namene ({ $cite }).
   *[optout] V dopisu z dne { $date } je bilo od LinkedIna zahtevano, naj mojih osebnih podatkov ne prodaja in ne deli ({ $cite }) ter naj jih preneha uporabljati za učenje modelov umetne inteligence.
} Dopis je priložen. Odgovor je bil zahtevan do { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn je mojo zahtevo zavrnil. Njegov odgovor je priložen.
    [incomplete] Odgovor LinkedIna moji zahtevi ne ugodi v celoti. Odgovor je priložen.
   *[no-reply] Do danes ni prispel noben vsebinski odgovor.
}
other-complaint-assessment = { $family ->
    [consent] Po mojem mnenju LinkedIn moje podatke še naprej uporablja brez moje privolitve, in to za nov namen, za katerega je ta privolitev potrebna ({ $cite }).
   *[optout] Po mojem mnenju LinkedIn moji zahtevi za izključitev ni ugodil v roku, ki ga dovoljujejo izvedbeni predpisi CCPA.
}
other-complaint-requests = Prosim, da mojo pritožbo obravnavate in me obvestite o njenem izidu.
other-enclosure-letter = Moj dopis z dne { $date }
other-reasons = O svojem položaju dodajam naslednje:
other-complaint-reminder-sent = Dne { $date } je bil LinkedInu poslan opomin z novim rokom do { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Ugovor na podlagi { $cite } zahteva razloge, povezane z vašim posebnim položajem; ugovor je sestavljen brez njih. Dodajte jih z --reason "...", da ga bo težje zavrniti.
note-federal-authority = Če navedete samo DE, je pritožba naslovljena na zvezni organ (BfDI), ki pritožbe zoper podjetja posreduje organu zvezne dežele. Za neposredno pot navedite svojo zvezno deželo, na primer --country DE-BE (glejte `objection jurisdictions`).
warning-premature = LinkedIn ima za odgovor čas do { $deadline }; { $document ->
    [reminder] opomin zaradi manjkajočega odgovora je pred tem prezgoden
   *[complaint] pritožba zaradi manjkajočega odgovora je pred tem prezgodnja
}.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = V prilogi vam pošiljam svoj dopis z dne { $date } v obliki PDF. Njegovo celotno besedilo je navedeno spodaj.
email-cover-reminder = V prilogi vam pošiljam svoj opomin z dne { $date } v obliki PDF. Njegovo celotno besedilo je navedeno spodaj.
email-cover-complaint = V prilogi vam pošiljam svojo pritožbo z dne { $date } v obliki PDF. Njeno celotno besedilo je navedeno spodaj.
email-receipt = Prosim za potrditev prejema.
email-file-letter = dopis
email-file-reminder = opomin
email-file-complaint = pritožba
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = E-sporočilu je priložen samo PDF. Pred pošiljanjem priložite še priloge:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Ta čarovnik vam korak za korakom pomaga ugovarjati temu, da LinkedIn uporablja vaše podatke. Nič se ne shrani, dokler na koncu ne potrdite. S tipko Esc ali Ctrl+C lahko kadar koli prekinete.
wizard-language = Jezik
wizard-help-select = ↑↓ za premik, Enter za izbiro
wizard-help-multi = ↑↓ za premik, preslednica za označitev ali preklic, Enter, ko končate
wizard-country = Kje živite?
wizard-country-help = Tipkajte za iskanje, Enter za izbiro. V Nemčiji izberite svojo zvezno deželo.
wizard-member = Ali imate račun na LinkedInu?
wizard-answer = { $answer ->
    [yes] Da
   *[no] Ne
}
wizard-content-url = Spletni naslov { $number } vsebine o vas na LinkedInu
wizard-content-url-help = Kopirajte ga iz naslovne vrstice brskalnika (https://...). Ko končate, pustite prazno.
wizard-name = Vaše ime in priimek
wizard-email = Vaš e-poštni naslov
wizard-email-help = Naslov vašega računa na LinkedInu; brez računa naslov, na katerega vam LinkedIn lahko odgovori.
wizard-address = Vaš poštni naslov, vrstica { $number }
wizard-address-help = Na primer ulica in hišna številka, nato poštna številka in kraj. Ko končate, pustite prazno.
wizard-place = Vaš kraj (za datum v dopisu)
wizard-object-to = Čemu ugovarjate?
wizard-purpose-ai-training = Temu, da LinkedIn z vašimi podatki uči umetno inteligenco, ki piše besedila ali ustvarja slike
wizard-purpose-ai-other = Drugi uporabi vaših podatkov za umetno inteligenco, na primer za prilagajanje vira novic ali razvrščanje vsebin
wizard-purpose-ads-profiling = Oglaševanju na podlagi vašega profila
wizard-purpose-affiliate-sharing = Posredovanju vaših podatkov Microsoftu in drugim povezanim družbam za njihovo umetno inteligenco ali oglaševanje
wizard-reason = Zakaj je to za vas osebno pomembno? (neobvezno)
wizard-reason-help = Na primer: »Sem novinarka in moram varovati svoje vire.« »Moje objave so moje delo; kopije umetne inteligence škodijo mojemu zaslužku.« Pritisnite Enter, da preskočite.
wizard-outputs = Katere dokumente želite?
wizard-output = { $output ->
    [form] Besedilo za spletni obrazec LinkedIna
    [letter-pdf] Dopis v PDF za tiskanje in pošiljanje po pošti
   *[letter-text] Dopis kot besedilo
}
wizard-problem = { $problem ->
    [empty] To polje ne sme biti prazno.
    [too-long] Predolgo: { $length } (največ { $limit } znakov).
    [control] Odstranite krmilni znak { $character }.
    [bidi] Vnesite znova brez oznake smeri { $character }: lahko spremeni vrstni red, v katerem je besedilo prikazano.
    [email] To ni e-poštni naslov. Primer: name@example.org
   *[url] To ni spletni naslov. Kopirajte ga iz brskalnika; začne se s https://
}
wizard-preview = Predogled vašega besedila:
wizard-folder = Mapa za vaše dokumente
wizard-folder-exists = Ta mapa že obstaja. Izberite novo ime.
wizard-confirm = Shranim vaše dokumente v mapo { $dir }?
wizard-next-form = Besedilo za obrazec LinkedIna je v datoteki { $file }.
wizard-next-letter = Natisnite { $file }, podpišite dopis in ga po pošti pošljite na naslov na vrhu dopisa. Shranite kopijo.
wizard-next-deadline = LinkedIn mora odgovoriti do { $date }.
wizard-next-reminder = Če do takrat ne prejmete pravega odgovora, napišite opomnik: { $command }
wizard-save-details = Shranim vaše podatke v { $file } za naslednjič?
wizard-saved = Shranjeno. Naslednjič: { $command }
wizard-stopped = Prekinjeno. Nič ni bilo shranjeno.
