# Hrvatski. Defines the same messages as en.ftl, in the same order.
#
# Conventions: formal Croatian legal prose, terminology of the official Croatian version of
# Regulation (EU) 2016/679 ("voditelj obrade", "ispitanik", "ograničenje obrade", "legitimni
# interesi", "izravni marketing", "izrada profila", "nadzorno tijelo", "vodeće nadzorno tijelo",
# "uvjerljivi legitimni razlozi", "pritužba" for the complaint under Art. 77).
# Name of the GDPR: the Croatian data protection authority (AZOP) writes the full name
# "Opća uredba o zaštiti podataka" in its legal texts, e.g. "sukladno članku 5. Opće uredbe o
# zaštiti podataka", "Člankom 6. stavkom 1. Opće uredbe o zaštiti podataka"
# (https://azop.hr/pravni-temelji-za-obradu-osobnih-podataka/) and "čl. 34. Zakona o provedbi
# Opće uredbe o zaštiti podataka" (https://azop.hr/zahtjev-za-utvrdivanje-povrede-prava/);
# the abbreviation OUZP does not appear there, and "GDPR" only in informal statements. The
# letters therefore use the full name.
# Citations: abbreviated, case-neutral "čl. 21. st. 1. Opće uredbe o zaštiti podataka",
# "čl. 6. st. 1. t. (f) ...", "čl. 56. i čl. 60. ..." (AZOP style "čl. 34. Zakona ...").
# The law-gdpr, law-uk-gdpr, law-ch-fadp and law-dpa-2018 values are in the GENITIVE, because
# Croatian puts the law after the provision ("čl. 21. Opće uredbe") and every sentence that uses
# $law alone puts it in a genitive position ("na temelju Opće uredbe o zaštiti podataka",
# "protivan odredbama ...").
# Dates: "1. listopada 2026." (genitive month, ordinal dots); a sentence that ends with a date
# takes no second full stop.
# Salutation "Poštovani," followed by a lower-case first sentence (Croatian usage after a comma);
# closing "S poštovanjem,". "vi/vaš" lower case: the letters address an institution, not a known
# individual (Hrvatski pravopis, pravopis.hr, rule 21).
# Quotation marks „…“. The writer's gender never shows: no past participles or adjectives for
# "I" (passive constructions such as "uložen je prigovor", "nije zaprimljen odgovor" instead).
# The setting "Data for Generative AI Improvement" keeps its English label (LinkedIn has no
# Croatian interface).

lang-name = Hrvatski

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = Opće uredbe o zaštiti podataka
law-uk-gdpr = UK GDPR-a
law-ch-fadp = švicarskog Saveznog zakona o zaštiti podataka
law-dpa-2018 = britanskog Zakona o zaštiti podataka iz 2018. (DPA 2018)

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = čl. { $number }.
cite-eu-article-paragraph = čl. { $number }. st. { $paragraph }.
cite-eu-article-paragraphs = čl. { $number }. st. { $paragraph }. i { $second }.
cite-eu-article-paragraph-point = čl. { $number }. st. { $paragraph }. t. ({ $point })
cite-eu-section = čl. { $number }
cite-eu-section-paragraph = čl. { $number } st. { $paragraph }.
cite-eu-section-paragraphs = čl. { $number } st. { $paragraph }. i { $second }.
cite-eu-section-paragraph-point = čl. { $number } st. { $paragraph }. t. ({ $point })
cite-eu-and = { $first } i { $second }
# Same as English: the provision, then the law (in the genitive).
cite-eu-law = { $refs } { $law }
cite-ch-article = čl. { $number }.
cite-ch-article-paragraph = čl. { $number }. st. { $paragraph }.
cite-ch-article-paragraphs = čl. { $number }. st. { $paragraph }. i { $second }.
cite-ch-article-paragraph-point = čl. { $number }. st. { $paragraph }. t. { $point }
cite-ch-section = čl. { $number }
cite-ch-section-paragraph = čl. { $number } st. { $paragraph }.
cite-ch-section-paragraphs = čl. { $number } st. { $paragraph }. i { $second }.
cite-ch-section-paragraph-point = čl. { $number } st. { $paragraph }. t. { $point }
cite-ch-and = { $first } i { $second }
# Same as English: the provision, then the law (in the genitive).
cite-ch-law = { $refs } { $law }

## Dates

month-1 = siječnja
month-2 = veljače
month-3 = ožujka
month-4 = travnja
month-5 = svibnja
month-6 = lipnja
month-7 = srpnja
month-8 = kolovoza
month-9 = rujna
month-10 = listopada
month-11 = studenoga
month-12 = prosinca
date-long = { $day }. { $month } { $year }.
# The dateline: place and date ("Zagreb, 1. listopada 2026."), or the date alone.
# Same as English: place, comma, date.
dateline-with-place = { $place }, { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Austrija
jurisdiction-BE = Belgija
jurisdiction-BG = Bugarska
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Švicarska
jurisdiction-CY = Cipar
jurisdiction-CZ = Češka
jurisdiction-DE = Njemačka
jurisdiction-DE-BB = Brandenburg (Njemačka)
jurisdiction-DE-BE = Berlin (Njemačka)
jurisdiction-DE-BW = Baden-Württemberg (Njemačka)
jurisdiction-DE-BY = Bavarska (Njemačka)
jurisdiction-DE-HB = Bremen (Njemačka)
jurisdiction-DE-HE = Hessen (Njemačka)
jurisdiction-DE-HH = Hamburg (Njemačka)
jurisdiction-DE-MV = Mecklenburg-Zapadno Pomorje (Njemačka)
jurisdiction-DE-NI = Donja Saska (Njemačka)
jurisdiction-DE-NW = Sjeverna Rajna-Vestfalija (Njemačka)
jurisdiction-DE-RP = Porajnje-Falačka (Njemačka)
jurisdiction-DE-SH = Schleswig-Holstein (Njemačka)
jurisdiction-DE-SL = Saarland (Njemačka)
jurisdiction-DE-SN = Saska (Njemačka)
jurisdiction-DE-ST = Saska-Anhalt (Njemačka)
jurisdiction-DE-TH = Tiringija (Njemačka)
jurisdiction-DK = Danska
jurisdiction-EE = Estonija
jurisdiction-ES = Španjolska
jurisdiction-FI = Finska
jurisdiction-FR = Francuska
jurisdiction-GB = Ujedinjena Kraljevina
jurisdiction-GR = Grčka
# Same as English: the Croatian name is written the same way.
jurisdiction-HK = Hong Kong
jurisdiction-HR = Hrvatska
jurisdiction-HU = Mađarska
jurisdiction-IE = Irska
jurisdiction-IN = Indija
jurisdiction-IS = Island
jurisdiction-IT = Italija
jurisdiction-LI = Lihtenštajn
jurisdiction-LT = Litva
jurisdiction-LU = Luksemburg
jurisdiction-LV = Latvija
# Same as English: the Croatian name is written the same way.
jurisdiction-MT = Malta
jurisdiction-NL = Nizozemska
jurisdiction-NO = Norveška
jurisdiction-OTHER = druga država
jurisdiction-PL = Poljska
# Same as English: the Croatian name is written the same way.
jurisdiction-PT = Portugal
jurisdiction-RO = Rumunjska
jurisdiction-SE = Švedska
jurisdiction-SI = Slovenija
jurisdiction-SK = Slovačka
jurisdiction-US = Sjedinjene Američke Države
jurisdiction-US-CA = Kalifornija (Sjedinjene Američke Države)

## Shared pieces of all documents

recipient-dpo = Na pažnju službenika za zaštitu podataka
# The footer of multi-page letters.
page-number = Stranica { $page } od { $total }
salutation = Poštovani,
closing = S poštovanjem,
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Prilog:
   *[other] Prilozi:
}
# The subject line as the letter shows it: Croatian letters label it "Predmet:".
subject-line = Predmet: { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] treniranje, fino podešavanje, evaluacija i poboljšavanje modela umjetne inteligencije koji generiraju sadržaj (generativna umjetna inteligencija), osobito s pomoću podataka iz mojeg profila i mojih objava na LinkedInu;
   *[non-member] treniranje, fino podešavanje, evaluacija i poboljšavanje modela umjetne inteligencije koji generiraju sadržaj (generativna umjetna inteligencija), osobito s pomoću sadržaja o meni koji su druge osobe objavile na LinkedInu;
}
purpose-ai-other = treniranje modela umjetne inteligencije i strojnog učenja u druge svrhe, primjerice za personalizaciju vaših usluga, razvrstavanje sadržaja i općenito poboljšavanje vaših proizvoda i usluga;
purpose-affiliate-sharing = otkrivanje mojih osobnih podataka vašim povezanim društvima, uključujući Microsoft, kako bi ona trenirala vlastite modele umjetne inteligencije ili pružala, razvijala ili poboljšavala svoje usluge oglašavanja;
form-purpose-ai-training = { $account ->
    [member] treniranje generativnih modela umjetne inteligencije koji stvaraju sadržaj, s pomoću podataka iz mojeg profila i mojih objava;
   *[non-member] treniranje generativnih modela umjetne inteligencije koji stvaraju sadržaj, s pomoću sadržaja o meni koji su objavile druge osobe;
}
form-purpose-ai-other = treniranje drugih modela umjetne inteligencije i strojnog učenja, primjerice za personalizaciju i razvrstavanje sadržaja;
form-purpose-affiliate-sharing = otkrivanje mojih podataka povezanim društvima poput Microsofta za njihovo treniranje umjetne inteligencije ili oglašavanje;
form-purpose-ads = personalizirano oglašavanje i otkrivanje mojih podataka u svrhu oglašavanja;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Prigovor na obradu mojih osobnih podataka na LinkedInu
form-field-name = Ime i prezime: { $name }
form-field-email = Adresa e-pošte: { $email }
form-field-country = Država boravišta: { $country }
form-field-member = Korisnički račun na LinkedInu: { $account ->
    [member] da, registriran na gore navedenu adresu e-pošte
   *[non-member] ne postoji (nemam korisnički račun na LinkedInu)
}
form-field-profile = Profil: { $url }
form-field-content = Sadržaj koji se odnosi na mene: { $url }
form-field-request = Zahtjev: prigovor na obradu na temelju { $cite }
form-objection = Na temelju { $cite } ulažem prigovor na obradu svojih osobnih podataka koju
    temeljite na legitimnim interesima ({ $basis }) u sljedeće svrhe:
form-direct-marketing = Na temelju { $cite } ulažem prigovor na obradu svojih osobnih podataka
    za potrebe izravnog marketinga, uključujući izradu profila povezanu s njime, osobito za
    personalizirano oglašavanje.
form-grounds = Razlozi koji proizlaze iz moje posebne situacije:
form-requests = Dok ne ocijenite moj prigovor, molim da ograničite obradu ({ $restriction }).
    Molim i da izbrišete osobne podatke prikupljene u te svrhe ({ $erasure }) te da o tome
    obavijestite primatelje, uključujući Microsoft ({ $recipients }).
form-confirmation = Molim da mi do { $deadline } pisanim putem potvrdite da ste postupili po
    mojem prigovoru.

## Guidance printed after the form text (on standard error)

form-guide-heading = Sljedeći koraci:
form-guide-open = Otvorite LinkedInov obrazac za prigovor na obradu podataka (Data Processing
    Objection): { $url }
form-guide-option = Odaberite opciju za prigovor na obradu vaših podataka za treniranje modela
    umjetne inteligencije koji generiraju sadržaj (LinkedIn je može nazvati drukčije), prenesite
    gore navedene podatke u odgovarajuća polja obrasca i zalijepite tekst u polje za slobodan
    unos teksta.
form-guide-toggle = Postavka „Data for Generative AI Improvement“ ({ $url }) zaustavlja samo
    buduće treniranje modela koji generiraju sadržaj. Ne obuhvaća druge načine upotrebe umjetne
    inteligencije ni oglašavanje, pa je upravo prigovor ono što je važno.
form-guide-non-member = Bez korisničkog računa nemate postavki koje biste mogli promijeniti:
    vaš je put ovaj obrazac ili dopis LinkedInovu službeniku za zaštitu podataka (objection
    letter).
form-guide-letter = Kako bi prigovor bio i službeno dokumentiran, pošaljite i dopis: objection
    letter --help

## The objection letter

letter-subject = { $account ->
    [member] Prigovor na obradu mojih osobnih podataka na temelju { $law } – korisnički račun na LinkedInu { $email }
   *[non-member] Prigovor na obradu mojih osobnih podataka na temelju { $law } – osoba bez korisničkog računa na LinkedInu
}
letter-intro-member = imam korisnički račun na LinkedInu, registriran na adresu e-pošte
    { $email }. Obraćam vam se kao službeniku za zaštitu podataka društva { $controller },
    voditelja obrade mojih osobnih podataka.
letter-intro-member-profile = Moj javni profil: { $url }
letter-intro-non-member = nemam korisnički račun na LinkedInu. Druge su osobe na LinkedInu objavile sadržaj koji sadržava moje osobne podatke, osobito { $count ->
    [one] na sljedećoj adresi:
   *[other] na sljedećim adresama:
}
letter-intro-non-member-after = Obraćam vam se kao službeniku za zaštitu podataka društva
    { $controller }, voditelja obrade tih podataka.
letter-heading-objection = Prigovor na obradu koja se temelji na legitimnim interesima
letter-objection = Na temelju { $cite } ulažem, zbog razloga koji proizlaze iz moje posebne
    situacije, prigovor na obradu svojih osobnih podataka koju temeljite na legitimnim
    interesima iz { $basis }, u sljedeće svrhe:
letter-objection-notice = { $account ->
    [member] U vašoj obavijesti o zaštiti privatnosti navodi se da se od 3. studenoga 2025. pozivate na legitimne interese kako biste s pomoću podataka svojih članova trenirali modele umjetne inteligencije koji generiraju sadržaj.
   *[non-member] U vašoj obavijesti o zaštiti privatnosti navodi se da se od 3. studenoga 2025. pozivate na legitimne interese kako biste s pomoću sadržaja koji objavljuju članovi trenirali modele umjetne inteligencije koji generiraju sadržaj, iako taj sadržaj sadržava i osobne podatke drugih osoba, među ostalim moje.
}
letter-grounds-given = Razlozi koji proizlaze iz moje posebne situacije jesu sljedeći:
letter-grounds-burden = Nakon ovog prigovora obradu smijete nastaviti samo ako dokažete da
    postoje uvjerljivi legitimni razlozi za obradu koji nadilaze moje interese, prava i slobode
    ili ako je obrada potrebna radi postavljanja, ostvarivanja ili obrane pravnih zahtjeva.
    Teret dokazivanja tih razloga snosite vi.
letter-heading-direct-marketing = Prigovor na izradu profila za potrebe izravnog marketinga
letter-direct-marketing = Na temelju { $cite } ulažem prigovor na obradu svojih osobnih
    podataka za potrebe izravnog marketinga, uključujući izradu profila povezanu s takvim
    marketingom, osobito za personalizirano oglašavanje. Taj prigovor ne zahtijeva obrazloženje;
    od njegova zaprimanja moji se podaci više ne smiju obrađivati u te svrhe.
letter-consent-withdrawal = Ako se za personalizirano oglašavanje oslanjate na moju privolu,
    tu privolu povlačim na temelju { $cite }.
letter-heading-restriction = Ograničenje obrade tijekom ocjene mojeg prigovora
letter-restriction = Na temelju { $cite } zahtijevam da ograničite obradu mojih osobnih podataka
    u navedene svrhe dok se ne provjeri nadilaze li vaši legitimni razlozi moje razloge.
letter-heading-erasure = Brisanje
letter-erasure = Na temelju { $cite } zahtijevam da izbrišete osobne podatke koje ste u te svrhe
    prikupili ili izveli, uključujući njihove kopije u skupovima podataka za treniranje. Molim
    vas i da me obavijestite jesu li moji podaci već upotrijebljeni za treniranje modela i, ako
    jesu, koje mjere u vezi s time poduzimate.
letter-heading-recipients = Primatelji
letter-recipients = Na temelju { $cite } molim da o ograničenju obrade i brisanju obavijestite
    svakog primatelja kojem ste u te svrhe otkrili moje osobne podatke, uključujući vaša
    povezana društva poput Microsofta, te da me obavijestite o tim primateljima.
letter-heading-fadp = Švicarsko pravo o zaštiti podataka
letter-fadp = Živim u Švicarskoj. Ovaj je dopis ujedno moja izričita izjava volje u smislu
    { $personality } da se moji osobni podaci ne smiju obrađivati u navedene svrhe. Obrada
    protivna toj izjavi povređuje moju osobnost, a takva je povreda nezakonita ako nije
    opravdana na temelju { $justification }. U mjeri u kojoj su moji podaci općenito dostupni,
    izričito zabranjujem njihovu obradu u te svrhe ({ $public }). Pridržavam pravo na
    ostvarivanje zahtjeva iz { $claims }.
letter-heading-confirmation = Potvrda
letter-confirmation = Molim da mi bez nepotrebnog odgađanja, a najkasnije do { $deadline },
    pisanim putem potvrdite da ste postupili po mojem prigovoru i mojim zahtjevima ({ $cite }).
    Ako smatrate da obradu smijete nastaviti, molim da navedete uvjerljive legitimne razloge na
    koje se pozivate.
letter-toggle = Poznata mi je postavka „Data for Generative AI Improvement“. Budući da
    obuhvaća samo buduće treniranje modela koji generiraju sadržaj, ona ne zamjenjuje ovaj
    prigovor.
letter-uk-complaint = Ako ne postupite po ovom prigovoru, molim da ovaj dopis smatrate i
    pritužbom upućenom vama na temelju { $cite }.
letter-reply-channel = Molim da odgovor pošaljete na adresu e-pošte { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Prijava na temelju { $cite } u vezi s društvom { $controller }
   *[complaint] Pritužba na temelju { $cite } protiv društva { $controller }
}
complaint-intro = ovime podnosim pritužbu protiv društva { $controller }, { $address }, zbog
    obrade mojih osobnih podataka.
complaint-intro-report = ovime vam prijavljujem obradu svojih osobnih podataka koju provodi
    društvo { $controller }, { $address }. Poznato mi je da kao osoba koja podnosi prijavu
    nemam status stranke.
complaint-heading-facts = Činjenično stanje
complaint-facts = { $account ->
    [member] Imam korisnički račun na LinkedInu (adresa e-pošte računa: { $email }).
   *[non-member] Nemam korisnički račun na LinkedInu; druge su osobe na LinkedInu objavile sadržaj o meni, osobito { $count ->
        [one] na sljedećoj adresi:
       *[other] na sljedećim adresama:
    }
}
complaint-objection-sent = Mojim dopisom od { $date } uložen je prigovor na obradu mojih
    osobnih podataka na temelju { $cite } te su zatraženi ograničenje obrade, brisanje podataka
    i obavješćivanje primatelja. Dopis s prigovorom nalazi se u prilogu.
complaint-objection-sent-report = Mojim dopisom od { $date } izričito je uložen prigovor na
    obradu mojih osobnih podataka za treniranje umjetne inteligencije i povezane svrhe. Dopis s
    prigovorom nalazi se u prilogu.
# The date ends with a full stop ("2. studenoga 2026."), which also ends the sentence.
complaint-deadline = Rok za odgovor iz { $cite } istekao je { $deadline }
complaint-outcome = { $outcome ->
    [refused] LinkedIn je odbio moj prigovor, a da nije dokazao uvjerljive legitimne razloge koji nadilaze moje interese, prava i slobode. Njegov odgovor nalazi se u prilogu.
    [incomplete] Odgovorom LinkedIna moj prigovor nije u cijelosti proveden. Odgovor se nalazi u prilogu.
   *[no-reply] Do danas nije zaprimljen nikakav sadržajni odgovor.
}
complaint-heading-assessment = Pravna ocjena
complaint-assessment = LinkedIn se poziva na legitimne interese iz { $basis } kako bi profile i objavljeni sadržaj svojih članova, uključujući osobne podatke drugih osoba sadržane u tom sadržaju, upotrebljavao za treniranje modela umjetne inteligencije koji generiraju sadržaj. Nakon prigovora obradu smije nastaviti samo ako dokaže uvjerljive legitimne razloge koji nadilaze interese, prava i slobode osobe koja je uložila prigovor ({ $cite }). To nije učinio; stoga je, prema mojem mišljenju, nastavak obrade mojih podataka protivan odredbama { $law }.
complaint-assessment-report = Obrada mojih osobnih podataka protivno mojoj izričitoj izjavi
    volje povređuje moju osobnost u smislu { $personality }, a takva je povreda nezakonita ako
    nije opravdana na temelju { $justification }. LinkedIn nije dokazao takvo opravdanje.
complaint-heading-requests = Zahtjevi
complaint-requests = Molim da ispitate moju pritužbu, poduzmete potrebne mjere kako bi LinkedIn
    postupio po mojem prigovoru te me obavješćujete o napretku i ishodu postupka po pritužbi.
complaint-requests-report = Molim da na temelju { $cite } pokrenete istragu te me obavijestite o
    poduzetim koracima i njihovu ishodu.
complaint-lead-authority = U skladu s { $cite } vodeće nadzorno tijelo za društvo
    { $controller } jest irsko Povjerenstvo za zaštitu podataka (Data Protection Commission).
    Ovu pritužbu podnosim vama kao nadzornom tijelu države mojeg uobičajenog boravišta i molim
    da je rješavate u suradnji s Povjerenstvom za zaštitu podataka.
complaint-lead-authority-forward = U skladu s { $cite } vodeće nadzorno tijelo za društvo
    { $controller } jest irsko Povjerenstvo za zaštitu podataka (Data Protection Commission).
    Koliko mi je poznato, vi sami niste nadležni za to društvo; stoga molim da moju pritužbu
    proslijedite nadležnom nadzornom tijelu.
complaint-lead-authority-report = U Europskoj uniji nadzor nad društvom { $controller } provodi
    irsko Povjerenstvo za zaštitu podataka (Data Protection Commission) kao vodeće nadzorno
    tijelo.
complaint-uk-controller-first = Prije obraćanja vama predmet je iznesen voditelju obrade: u
    prigovoru je od LinkedIna zatraženo da ga smatra i pritužbom na temelju { $cite }.
complaint-enclosure-objection = Moj prigovor od { $date }
complaint-enclosure-reply = Odgovor LinkedIna
complaint-contact = Za kontakt mi se možete obratiti na adresu e-pošte { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Požurnica u vezi s mojim prigovorom od { $date } na temelju { $law } – korisnički račun na LinkedInu { $email }
   *[non-member] Požurnica u vezi s mojim prigovorom od { $date } na temelju { $law }
}
reminder-intro = mojim dopisom od { $date } uložen je prigovor na obradu mojih osobnih podataka na temelju { $cite } te su zatraženi ograničenje obrade, brisanje podataka i obavješćivanje primatelja. Preslika prigovora nalazi se u prilogu.
reminder-overdue = Rok za vaš odgovor iz { $cite } istekao je { $deadline }, a do danas nije zaprimljen nikakav sadržajni odgovor.
# The date ends with a full stop, which also ends the sentence.
reminder-request = Pozivam vas da bez daljnjeg odgađanja postupite po mojem prigovoru i mojim zahtjevima te da mi to pisanim putem potvrdite najkasnije do { $deadline }
reminder-next = { $route ->
    [report] Ako do tada ne zaprimim zadovoljavajući odgovor, predmet ću prijaviti nadležnom tijelu: { $authority }.
   *[complaint] Ako do tada ne zaprimim zadovoljavajući odgovor, podnijet ću pritužbu nadzornom tijelu: { $authority }.
}
complaint-reminder-sent = Dana { $date } LinkedInu je upućena požurnica u vezi s mojim prigovorom, s novim rokom do { $deadline }
complaint-enclosure-reminder = Moja požurnica od { $date }

## Case status (objection status --case DIR)

status-reference = Predmet { $reference }
status-empty = U ovom predmetu još nema prigovora. Započnite ga naredbom: objection letter --case { $dir }
status-sent = Prigovor poslan { $date }
status-reminded = Požurnica poslana { $date }
status-complained = Pritužba je sastavljena { $date }, a nadležno tijelo obavijestit će vas o daljnjem postupku.
status-waiting = Čeka se odgovor LinkedIna do { $date } (još { $days ->
    [one] { $days } dan
   *[other] { $days } dana
}).
status-overdue = Rok je prekoračen za { $days ->
    [one] { $days } dan
   *[other] { $days } dana
}: istekao je { $date }
status-next-wait-reminder = Sljedeći korak: ako LinkedIn do tada ne odgovori, napišite požurnicu: objection reminder --case { $dir }
status-next-wait-complaint = Sljedeći korak: ako LinkedIn do tada ne odgovori, napišite pritužbu: objection complaint --case { $dir }
status-next-reminder = Sljedeći korak: napišite požurnicu: objection reminder --case { $dir }
status-next-complaint = Sljedeći korak: napišite pritužbu nadzornom tijelu: objection complaint --case { $dir }
calendar-summary = Rok za odgovor LinkedIna na vaš prigovor ({ $reference })
calendar-description = Ako LinkedIn do danas nije odgovorio, sljedeći korak provjerite naredbom: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# No "prigovor", "legitimni interes" or "voditelj obrade" here: "protiviti se korištenju",
# "povlačenje privole", "isključenje" (opt-out), "društvo". Foreign laws keep their own names
# and citations ("PIPEDA, Prilog 1., načelo 4.3.8", "Cal. Civ. Code § 1798.120"); the sentences
# that insert law-name-* use it in the nominative.

# Same as English: the Canadian abbreviation.
law-pipeda = PIPEDA
law-qc-private = quebečki Zakon o zaštiti osobnih podataka u privatnom sektoru, CQLR c. P-39.1
# Same as English: the Hong Kong abbreviation and chapter number.
law-pdpo = PDPO (Cap. 486)
# Same as English: the official name of the Californian code.
law-ccpa = Cal. Civ. Code
# Same as English: the short title of the Indian act.
law-dpdp = DPDP Act 2023
law-us-generic = Pravila o privatnosti LinkedIna
law-generic = Pravila o privatnosti LinkedIna
# Short names for subject lines.
# Same as English: the Canadian abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = quebečki Zakon o privatnom sektoru
# Same as English: the Hong Kong abbreviation.
law-short-pdpo = PDPO
# Same as English: the Californian abbreviation.
law-short-ccpa = CCPA
# Same as English: the short title of the Indian act.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Pravila o privatnosti LinkedIna
law-short-generic = Pravila o privatnosti LinkedIna
# The name of the law in running text, in the nominative.
law-name-pipeda = kanadski Zakon o zaštiti osobnih podataka i elektroničkim dokumentima (PIPEDA)
law-name-qc-private = quebečki Zakon o zaštiti osobnih podataka u privatnom sektoru
law-name-pdpo = hongkonška Uredba o osobnim podacima (privatnost) (PDPO)
law-name-ccpa = kalifornijski Zakon o privatnosti potrošača (CCPA)
law-name-dpdp = indijski Zakon o zaštiti digitalnih osobnih podataka iz 2023. (DPDP Act 2023)
law-name-us-generic = Pravila o privatnosti LinkedIna
law-name-generic = Pravila o privatnosti LinkedIna
cite-common-article = članak { $number }.
cite-common-article-paragraph = članak { $number }. stavak { $paragraph }.
cite-common-section = članak { $number }.
cite-common-section-paragraph = članak { $number }. stavak { $paragraph }.
cite-common-principle = Prilog 1., načelo { $number }.
cite-common-dpp = Prilog 1., { $number }. načelo zaštite podataka
cite-common-and = { $first } i { $second }
# Same as English: law, comma, provision.
cite-common-law = { $law }, { $refs }
# Same as English: the section sign of US codes.
cite-us-section = § { $number }
cite-us-and = { $first } i { $second }
# Same as English: code, then section.
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] personalizirano oglašavanje na temelju mojeg profila i moje aktivnosti te otkrivanje mojih podataka drugima u svrhu oglašavanja;
   *[non-member] personalizirano oglašavanje na temelju mojih osobnih podataka te njihovo otkrivanje drugima u svrhu oglašavanja;
}
other-subject = { $family ->
    [consent] Povlačenje privole za korištenje mojih osobnih podataka ({ $law })
    [optout] Zahtjev za isključenje iz prodaje i dijeljenja mojih osobnih podataka ({ $law })
   *[generic] Zahtjev za prestanak korištenja mojih osobnih podataka za treniranje umjetne inteligencije i oglašavanje
}
other-intro-member = imam korisnički račun na LinkedInu, registriran na adresu e-pošte
    { $email }. Društvu { $controller } obraćam se u vezi s korištenjem mojih osobnih podataka.
other-intro-non-member = nemam korisnički račun na LinkedInu. Druge su osobe na LinkedInu objavile sadržaj koji sadržava moje osobne podatke, osobito { $count ->
    [one] na sljedećoj adresi:
   *[other] na sljedećim adresama:
}
other-intro-non-member-after = Društvu { $controller } obraćam se u vezi s korištenjem tih
    podataka.
consent-no-objection = Opće pravo protiviti se korištenju osobnih podataka ne predviđa
    { $law }. Stoga se pozivam na pravo koje mu je najbliže: povlačenje privole ({ $cite }).
consent-withdrawal = Povlačim svaku izričitu ili prešutnu privolu na koju se LinkedIn oslanja pri
    korištenju mojih osobnih podataka u sljedeće svrhe:
consent-new-purpose = Treniranje modela umjetne inteligencije nije svrha u koju su moji podaci
    dani LinkedInu. Za njihovo korištenje u takvu novu svrhu potrebna je moja privola
    ({ $cite }), a ja je ne dajem.
consent-in-force = Odredbe o privoli i njezinu povlačenju koje sadržava { $law } trebale bi
    stupiti na snagu { $date }, a do tada molim da ovo povlačenje poštujete u skladu s obvezama
    iz Pravila o privatnosti LinkedIna.
optout-no-objection = CCPA ne daje pravo protiviti se treniranju umjetne inteligencije kao
    takvom. Stoga se koristim pravima koja daje i dodajem vlastiti zahtjev.
optout-sale = Na temelju { $cite } zahtijevam da moje osobne podatke ne prodajete niti dijelite.
    To uključuje njihovo otkrivanje Microsoftu ili drugim povezanim društvima kako bi ona
    personalizirala oglase koje mi prikazuju.
optout-sensitive = Na temelju { $cite } zahtijevam da korištenje i otkrivanje mojih osjetljivih
    osobnih podataka ograničite na ono što zakon dopušta.
optout-ai = Osim ostvarivanja tih prava, molim da prestanete koristiti moje osobne podatke u sljedeće svrhe:
generic-basis = { $scope ->
    [us] Nijedan savezni zakon ne daje mi pravo protiviti se takvom korištenju. Oslanjam se na mogućnosti izbora koje LinkedIn sam nudi i na njegova Pravila o privatnosti te molim da ih u cijelosti primijenite na mene.
   *[other] Oslanjam se na obveze iz Pravila o privatnosti LinkedIna, koja članovima i posjetiteljima omogućuju da odlučuju o tome kako se koriste njihovi podaci, te na svaki primjenjivi propis o zaštiti podataka moje države.
}
generic-request = Moj se zahtjev odnosi na korištenje mojih osobnih podataka u sljedeće svrhe:
generic-us-state = Ako se na LinkedIn primjenjuje neki zakon moje savezne države o zaštiti
    privatnosti potrošača, molim da ovaj dopis smatrate i zahtjevom na temelju tog zakona.
generic-settings = LinkedInove postavke „Data for Generative AI Improvement“ i „Data sharing“
    obuhvaćaju samo dio ovog zahtjeva; molim da ga provedete u cijelosti.
other-stop = Molim da prestanete koristiti moje podatke u te svrhe, da ih isključite iz budućih
    podataka za treniranje i da me obavijestite što se događa s podacima koji su već
    upotrijebljeni.
other-deadline-courtesy = Za vaš odgovor ne vrijedi zakonski rok. Ipak vas molim da mi do
    { $deadline } pisanim putem potvrdite da ste postupili po ovom zahtjevu.
optout-deadline = Molim da moj zahtjev za isključenje provedete čim je to izvedivo, a najkasnije
    do { $deadline } (15 radnih dana, rok koji provedbeni propisi CCPA-a određuju za zahtjeve za
    isključenje), te da mi to pisanim putem potvrdite.
other-form-field-request = Zahtjev: { $family ->
    [consent] povlačenje privole ({ $law })
    [optout] isključenje iz prodaje i dijeljenja ({ $law })
   *[generic] prestanak korištenja mojih podataka za treniranje umjetne inteligencije i oglašavanje
}
other-form-guide-route = Ovaj je obrazac opisan u LinkedInovoj europskoj obavijesti o zaštiti
    privatnosti. Ako vam nije ponuđen, pošaljite dopis (objection letter) ili upotrijebite
    LinkedInov kontaktni obrazac za pitanja privatnosti: { $url }
other-reminder-subject = Požurnica u vezi s mojim dopisom od { $date } ({ $law })
other-reminder-intro = dana { $date } upućen vam je moj dopis o korištenju mojih osobnih
    podataka za treniranje umjetne inteligencije i povezane svrhe. Preslika dopisa nalazi se u
    prilogu.
other-reminder-overdue = Odgovor je zatražen do { $deadline }, a do danas nije zaprimljen
    nikakav sadržajni odgovor.
# The date ends with a full stop, which also ends the sentence.
other-reminder-request = Pozivam vas da bez daljnjeg odgađanja postupite po mojem zahtjevu i da
    mi to pisanim putem potvrdite najkasnije do { $deadline }
other-reminder-next = Ako do tada ne zaprimim zadovoljavajući odgovor, podnijet ću pritužbu
    nadležnom tijelu: { $authority }.
other-reminder-next-none = Ako do tada ne zaprimim zadovoljavajući odgovor, razmotrit ću druga
    pravna sredstva koja su mi na raspolaganju.
other-complaint-subject = Pritužba protiv društva { $controller } ({ $law })
other-complaint-intro = ovime podnosim pritužbu protiv društva { $controller }, { $address },
    zbog korištenja mojih osobnih podataka. Mjerodavni propis jest { $law_name }.
other-complaint-sent = { $family ->
    [consent] Mojim dopisom od { $date } povučena je privola za korištenje mojih osobnih podataka za treniranje umjetne inteligencije i povezane svrhe ({ $cite }).
   *[optout] Mojim dopisom od { $date } od LinkedIna je zatraženo da moje osobne podatke ne prodaje niti dijeli ({ $cite }) te da ih prestane koristiti za treniranje modela umjetne inteligencije.
} Dopis se nalazi u prilogu. Odgovor je zatražen do { $deadline }
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn je odbio moj zahtjev. Njegov odgovor nalazi se u prilogu.
    [incomplete] Odgovorom LinkedIna moj zahtjev nije u cijelosti proveden. Odgovor se nalazi u prilogu.
   *[no-reply] Do danas nije zaprimljen nikakav sadržajni odgovor.
}
other-complaint-assessment = { $family ->
    [consent] Smatram da LinkedIn i dalje koristi moje podatke bez moje privole, i to u novu svrhu za koju je ta privola potrebna ({ $cite }).
   *[optout] Smatram da LinkedIn nije proveo moj zahtjev za isključenje u roku koji dopuštaju provedbeni propisi CCPA-a.
}
other-complaint-requests = Molim da ispitate moju pritužbu i obavijestite me o njezinu ishodu.
other-enclosure-letter = Moj dopis od { $date }
other-reasons = O svojoj situaciji dodajem sljedeće:
other-complaint-reminder-sent = Dana { $date } LinkedInu je poslana požurnica s novim rokom do { $deadline }

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Prigovor na temelju { $cite } traži razloge koji proizlaze iz vaše posebne situacije; prigovor je sastavljen bez njih. Dodajte ih s pomoću --reason "..." kako bi ga bilo teže odbiti.
note-federal-authority = Ako navedete samo DE, pritužba se upućuje saveznom tijelu (BfDI), koje pritužbe protiv trgovačkih društava prosljeđuje tijelu savezne zemlje. Za izravan put navedite svoju saveznu zemlju, na primjer --country DE-BE (pogledajte `objection jurisdictions`).
warning-premature = Do { $deadline } LinkedIn ima vremena za odgovor; { $document ->
    [reminder] požurnica
   *[complaint] pritužba
} zbog izostanka odgovora prije toga je preuranjena.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = U privitku dostavljam svoj dopis od { $date } u obliku PDF datoteke. Njegov cjeloviti tekst nalazi se u nastavku.
email-cover-reminder = U privitku dostavljam svoju požurnicu od { $date } u obliku PDF datoteke. Njezin cjeloviti tekst nalazi se u nastavku.
email-cover-complaint = U privitku dostavljam svoju pritužbu od { $date } u obliku PDF datoteke. Njezin cjeloviti tekst nalazi se u nastavku.
email-receipt = Molim potvrdu primitka.
email-file-letter = dopis
email-file-reminder = požurnica
email-file-complaint = pritužba
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = E-poruci je priložen samo PDF. Prije slanja priložite i privitke:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Ovaj čarobnjak korak po korak pomaže vam uložiti prigovor na to da LinkedIn upotrebljava vaše podatke. Ništa se ne sprema dok na kraju ne potvrdite. Tipkom Esc ili Ctrl+C možete prekinuti u bilo kojem trenutku.
wizard-language = Jezik
wizard-help-select = ↑↓ za pomicanje, Enter za odabir
wizard-help-multi = ↑↓ za pomicanje, razmaknica za označavanje ili poništavanje, Enter kad završite
wizard-country = Gdje živite?
wizard-country-help = Tipkajte za pretraživanje, Enter za odabir. U Njemačkoj odaberite svoju saveznu zemlju.
wizard-member = Imate li račun na LinkedInu?
wizard-answer = { $answer ->
    [yes] Da
   *[no] Ne
}
wizard-content-url = Internetska adresa { $number } sadržaja o vama na LinkedInu
wizard-content-url-help = Kopirajte je iz adresne trake preglednika (https://...). Kad završite, ostavite prazno.
wizard-name = Vaše ime i prezime
wizard-email = Vaša adresa e-pošte
wizard-email-help = Adresa vašeg računa na LinkedInu; bez računa adresa na koju vam LinkedIn može odgovoriti.
wizard-address = Vaša poštanska adresa, redak { $number }
wizard-address-help = Na primjer ulica i kućni broj, zatim poštanski broj i mjesto. Kad završite, ostavite prazno.
wizard-place = Vaše mjesto (za datum u dopisu)
wizard-object-to = Na što ulažete prigovor?
wizard-purpose-ai-training = Na to da LinkedIn vašim podacima uči umjetnu inteligenciju koja piše tekstove ili stvara slike
wizard-purpose-ai-other = Na drugu upotrebu vaših podataka za umjetnu inteligenciju, na primjer za prilagodbu vašeg sažetka vijesti ili razvrstavanje sadržaja
wizard-purpose-ads-profiling = Na oglašavanje na temelju vašeg profila
wizard-purpose-affiliate-sharing = Na prosljeđivanje vaših podataka Microsoftu i drugim povezanim društvima za njihovu umjetnu inteligenciju ili oglašavanje
wizard-reason = Zašto vam je to osobno važno? (nije obvezno)
wizard-reason-help = Na primjer: „Novinarka sam i moram štititi svoje izvore.” „Moje objave moj su posao; kopije umjetne inteligencije štete mojoj zaradi.” Pritisnite Enter da preskočite.
wizard-outputs = Koje dokumente želite?
wizard-output = { $output ->
    [form] Tekst za LinkedInov mrežni obrazac
    [letter-pdf] Dopis u PDF-u za ispis i slanje poštom
   *[letter-text] Dopis kao tekst
}
wizard-problem = { $problem ->
    [empty] Ovo polje ne smije biti prazno.
    [too-long] Predugo: { $length } (najviše { $limit } znakova).
    [control] Uklonite kontrolni znak { $character }.
    [bidi] Upišite to ponovno bez oznake smjera { $character }: može promijeniti redoslijed kojim se tekst prikazuje.
    [email] Ovo nije adresa e-pošte. Primjer: name@example.org
   *[url] Ovo nije internetska adresa. Kopirajte je iz preglednika; počinje s https://
}
wizard-preview = Pregled vašeg teksta:
wizard-folder = Mapa za vaše dokumente
wizard-folder-exists = Ta mapa već postoji. Odaberite novi naziv.
wizard-confirm = Spremiti sada vaše dokumente u mapu { $dir }?
wizard-next-form = Tekst za LinkedInov obrazac nalazi se u datoteci { $file }.
wizard-next-letter = Ispišite { $file }, potpišite dopis i pošaljite ga poštom na adresu navedenu na vrhu dopisa. Sačuvajte presliku.
wizard-next-deadline = LinkedIn mora odgovoriti do { $date }.
wizard-next-reminder = Ako dotad ne stigne pravi odgovor, napišite podsjetnik: { $command }
wizard-save-details = Spremiti vaše podatke u { $file } za sljedeći put?
wizard-saved = Spremljeno. Sljedeći put: { $command }
wizard-stopped = Prekinuto. Ništa nije spremljeno.
