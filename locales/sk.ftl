# Slovenčina. Defines exactly the messages of en.ftl, in the same order.
#
# Conventions: formal Slovak legal prose as a data protection lawyer (advokát) would write it,
# with the terminology of the official Slovak version of Regulation (EU) 2016/679 (všeobecné
# nariadenie o ochrane údajov): "prevádzkovateľ", "dotknutá osoba", "namietať", "námietka",
# "spracúvanie", "obmedzenie spracúvania", "vymazanie", "oprávnené záujmy", "nevyhnutné
# oprávnené dôvody", "priamy marketing", "dozorný orgán", "vedúci dozorný orgán",
# "zodpovedná osoba" (the Slovak term for the data protection officer).
# GDPR name and citations ([U] in legal-facts.md): the Slovak authority (Úrad na ochranu
# osobných údajov SR) cites the regulation as "nariadenie 2016/679" and its articles as
# "čl. 17 nariadenia" (https://dataprotection.gov.sk/sk/urad/konanie-ochrane-osobnych-udajov/,
# "ďalej len „nariadenie 2016/679“"; https://dataprotection.gov.sk/sk/ake-mam-prava-podla-zakona-o-ochrane-osobnych-udajov/,
# "uvedený v čl. 17 nariadenia"). This file follows it: "čl. 21 ods. 1 nariadenia 2016/679",
# "čl. 21 ods. 2 a 3 nariadenia 2016/679", "čl. 18 ods. 1 písm. d) nariadenia 2016/679".
# law-gdpr is therefore the genitive "nariadenia 2016/679", and every message puts the law
# where the genitive fits ("podľa …", "ustanovenia …"). "GDPR" alone, common in Slovak
# practice, is not used. British and other common-law sections are cited with "§"
# ("§ 164A DPA 2018", "PDPO (Cap. 486), § 2 ods. 3"); Swiss law "čl. 30 ods. 2 písm. b)
# FADP". The abbreviations do not decline, so a citation fits after "podľa", "v zmysle".
# Note: in Slovakia a complaint to the authority is formally a "návrh na začatie konania"
# (§ 100 of Act No. 18/2018 Z. z.); the letters keep the GDPR term "sťažnosť" (Art. 77),
# which every EU authority understands.
# Dates: "23. novembra 2026" (genitive month); dateline "Bratislava dňa 23. novembra 2026".
# Letter: salutation "Vážené dámy, vážení páni," and the text continues in lower case
# (letter-intro-*, complaint-intro*, other-intro-*, other-complaint-intro, reminder-intro,
# other-reminder-intro); closing "S pozdravom"; no label before the subject line; "Vy, Vás,
# Vám, Váš" capitalised as a courtesy. The guidance on the terminal uses the polite plural.
# No gendered forms for the writer: no past participle with "ja" ("podal/a som"); instead
# passive ("bola podaná moja námietka"), present tense, future ("podám") or nouns.
# Company names are not declined: "spoločnosť LinkedIn Ireland Unlimited Company", "sieť
# LinkedIn", "spoločnosť Microsoft".
# "AI" as in the Slovak text of the AI Act (Regulation (EU) 2024/1689: "systém AI"); "umelá
# inteligencia" in the first purpose of the letter.
# The LinkedIn setting keeps its English label in quotes („Data for Generative AI
# Improvement“), since legal-facts.md lists no Slovak label.
# Typography: quotation marks „…“, en dash – between spaces.

lang-name = Slovenčina

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

# Genitive, as the Úrad writes it ("čl. 17 nariadenia"); see the header.
law-gdpr = nariadenia 2016/679
# Same as English: the UK's own name of its law, used untranslated in Slovak.
law-uk-gdpr = UK GDPR
# Same as English: the English abbreviation of the Swiss Federal Act on Data Protection.
law-ch-fadp = FADP
# Same as English: the name of a British Act.
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = čl. { $number }
cite-eu-article-paragraph = čl. { $number } ods. { $paragraph }
cite-eu-article-paragraphs = čl. { $number } ods. { $paragraph } a { $second }
cite-eu-article-paragraph-point = čl. { $number } ods. { $paragraph } písm. { $point })
cite-eu-section = § { $number }
cite-eu-section-paragraph = § { $number } ods. { $paragraph }
cite-eu-section-paragraphs = § { $number } ods. { $paragraph } a { $second }
cite-eu-section-paragraph-point = § { $number } ods. { $paragraph } písm. { $point })
cite-eu-and = { $first } a { $second }
# Same as English: the pattern "čl. 21 ods. 1 nariadenia 2016/679" puts the law after the references.
cite-eu-law = { $refs } { $law }
cite-ch-article = čl. { $number }
cite-ch-article-paragraph = čl. { $number } ods. { $paragraph }
cite-ch-article-paragraphs = čl. { $number } ods. { $paragraph } a { $second }
cite-ch-article-paragraph-point = čl. { $number } ods. { $paragraph } písm. { $point })
cite-ch-section = § { $number }
cite-ch-section-paragraph = § { $number } ods. { $paragraph }
cite-ch-section-paragraphs = § { $number } ods. { $paragraph } a { $second }
cite-ch-section-paragraph-point = § { $number } ods. { $paragraph } písm. { $point })
cite-ch-and = { $first } a { $second }
# Same as English: the pattern "čl. 31 FADP" puts the law after the references.
cite-ch-law = { $refs } { $law }

## Dates

month-1 = januára
month-2 = februára
month-3 = marca
month-4 = apríla
month-5 = mája
month-6 = júna
month-7 = júla
month-8 = augusta
month-9 = septembra
month-10 = októbra
month-11 = novembra
month-12 = decembra
date-long = { $day }. { $month } { $year }
# The dateline: place and date ("Bratislava dňa 23. novembra 2026"), or the date alone.
dateline-with-place = { $place } dňa { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Rakúsko
jurisdiction-BE = Belgicko
jurisdiction-BG = Bulharsko
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Švajčiarsko
# Same as English: the country's name is the same in Slovak.
jurisdiction-CY = Cyprus
jurisdiction-CZ = Česko
jurisdiction-DE = Nemecko
jurisdiction-DE-BB = Brandenbursko (Nemecko)
jurisdiction-DE-BE = Berlín (Nemecko)
jurisdiction-DE-BW = Bádensko-Württembersko (Nemecko)
jurisdiction-DE-BY = Bavorsko (Nemecko)
jurisdiction-DE-HB = Brémy (Nemecko)
jurisdiction-DE-HE = Hesensko (Nemecko)
jurisdiction-DE-HH = Hamburg (Nemecko)
jurisdiction-DE-MV = Meklenbursko-Predné Pomoransko (Nemecko)
jurisdiction-DE-NI = Dolné Sasko (Nemecko)
jurisdiction-DE-NW = Severné Porýnie-Vestfálsko (Nemecko)
jurisdiction-DE-RP = Porýnie-Falcko (Nemecko)
jurisdiction-DE-SH = Šlezvicko-Holštajnsko (Nemecko)
jurisdiction-DE-SL = Sársko (Nemecko)
jurisdiction-DE-SN = Sasko (Nemecko)
jurisdiction-DE-ST = Sasko-Anhaltsko (Nemecko)
jurisdiction-DE-TH = Durínsko (Nemecko)
jurisdiction-DK = Dánsko
jurisdiction-EE = Estónsko
jurisdiction-ES = Španielsko
jurisdiction-FI = Fínsko
jurisdiction-FR = Francúzsko
jurisdiction-GB = Spojené kráľovstvo
jurisdiction-GR = Grécko
jurisdiction-HK = Hongkong
jurisdiction-HR = Chorvátsko
jurisdiction-HU = Maďarsko
jurisdiction-IE = Írsko
# Same as English: the country's name is the same in Slovak.
jurisdiction-IN = India
jurisdiction-IS = Island
jurisdiction-IT = Taliansko
jurisdiction-LI = Lichtenštajnsko
jurisdiction-LT = Litva
jurisdiction-LU = Luxembursko
jurisdiction-LV = Lotyšsko
# Same as English: the country's name is the same in Slovak.
jurisdiction-MT = Malta
jurisdiction-NL = Holandsko
jurisdiction-NO = Nórsko
jurisdiction-OTHER = iná krajina
jurisdiction-PL = Poľsko
jurisdiction-PT = Portugalsko
jurisdiction-RO = Rumunsko
jurisdiction-SE = Švédsko
jurisdiction-SI = Slovinsko
jurisdiction-SK = Slovensko
jurisdiction-US = Spojené štáty
jurisdiction-US-CA = Kalifornia (Spojené štáty)

## Shared pieces of all documents

recipient-dpo = K rukám zodpovednej osoby
# The footer of multi-page letters.
page-number = Strana { $page } z { $total }
salutation = Vážené dámy, vážení páni,
closing = S pozdravom
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Príloha
    [few] Prílohy
    [many] Prílohy
   *[other] Prílohy
}
# Same as English: Slovak letters show the subject without a label.
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] trénovanie, dolaďovanie, hodnotenie a zlepšovanie modelov umelej inteligencie generujúcich obsah (generatívna umelá inteligencia), najmä s využitím údajov z môjho profilu a obsahu, ktorý zverejňujem na sieti LinkedIn;
   *[non-member] trénovanie, dolaďovanie, hodnotenie a zlepšovanie modelov umelej inteligencie generujúcich obsah (generatívna umelá inteligencia), najmä s využitím obsahu o mne, ktorý na sieti LinkedIn zverejnili iné osoby;
}
purpose-ai-other = trénovanie modelov AI a strojového učenia na iné účely, napríklad na
    prispôsobenie Vašich služieb, klasifikáciu obsahu a celkové zlepšovanie Vašich produktov
    a služieb;
purpose-affiliate-sharing = poskytovanie mojich osobných údajov Vašim prepojeným spoločnostiam
    vrátane spoločnosti Microsoft, aby mohli trénovať vlastné modely AI alebo poskytovať, vyvíjať
    či zlepšovať svoje reklamné služby;
form-purpose-ai-training = { $account ->
    [member] trénovanie generatívnych modelov AI vytvárajúcich obsah s využitím údajov z môjho profilu a obsahu, ktorý zverejňujem;
   *[non-member] trénovanie generatívnych modelov AI vytvárajúcich obsah s využitím obsahu o mne, ktorý zverejnili iní;
}
form-purpose-ai-other = trénovanie iných modelov AI a strojového učenia, napríklad na
    prispôsobenie a klasifikáciu obsahu;
form-purpose-affiliate-sharing = poskytovanie mojich údajov prepojeným spoločnostiam, ako je
    Microsoft, na ich trénovanie AI alebo reklamu;
form-purpose-ads = personalizovaná reklama a poskytovanie mojich údajov na reklamné účely;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Námietka proti spracúvaniu mojich osobných údajov na sieti LinkedIn
form-field-name = Meno a priezvisko: { $name }
form-field-email = E-mailová adresa: { $email }
form-field-country = Krajina pobytu: { $country }
form-field-member = Účet LinkedIn: { $account ->
    [member] áno, registrovaný na uvedenú e-mailovú adresu
   *[non-member] žiadny (účet na sieti LinkedIn nemám)
}
form-field-profile = Profil: { $url }
form-field-content = Obsah, ktorý sa ma týka: { $url }
form-field-request = Žiadosť: námietka proti spracúvaniu podľa { $cite }
form-objection = Podľa { $cite } namietam proti spracúvaniu mojich osobných údajov, ktoré
    zakladáte na oprávnených záujmoch ({ $basis }), na tieto účely:
form-direct-marketing = Podľa { $cite } namietam proti spracúvaniu mojich osobných údajov na
    účely priameho marketingu vrátane súvisiaceho profilovania, najmä na personalizovanú reklamu.
form-grounds = Dôvody týkajúce sa mojej konkrétnej situácie:
form-requests = Do posúdenia mojej námietky žiadam o obmedzenie spracúvania ({ $restriction }).
    Žiadam tiež o vymazanie osobných údajov získaných na tieto účely ({ $erasure }) a o informovanie
    príjemcov vrátane spoločnosti Microsoft ({ $recipients }).
form-confirmation = Žiadam o písomné potvrdenie do { $deadline }, že ste mojej námietke vyhoveli.

## Guidance printed after the form text (on standard error)

form-guide-heading = Ďalšie kroky:
form-guide-open = Otvorte formulár LinkedIn na podávanie námietok proti spracúvaniu údajov: { $url }
form-guide-option = Zvoľte možnosť námietky proti spracúvaniu Vašich údajov na trénovanie modelov
    AI generujúcich obsah (LinkedIn ju môže nazývať inak), prepíšte uvedené údaje do príslušných
    polí formulára a vložte text do poľa na voľný text.
form-guide-toggle = Nastavenie „Data for Generative AI Improvement“ ({ $url }) zastaví iba budúce
    trénovanie modelov generujúcich obsah. Nevzťahuje sa na iné využitie AI ani na reklamu,
    a preto je rozhodujúca samotná námietka.
form-guide-non-member = Bez účtu nemáte žiadne nastavenia, ktoré by ste mohli zmeniť: Vašou cestou
    je tento formulár alebo list zodpovednej osobe spoločnosti LinkedIn (objection letter).
form-guide-letter = Na formálny záznam pošlite aj list: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Námietka proti spracúvaniu mojich osobných údajov podľa { $law } – účet LinkedIn { $email }
   *[non-member] Námietka proti spracúvaniu mojich osobných údajov podľa { $law } – osoba bez účtu LinkedIn
}
letter-intro-member = mám účet na sieti LinkedIn registrovaný na e-mailovú adresu { $email }.
    Obraciam sa na Vás ako na zodpovednú osobu spoločnosti { $controller }, ktorá je
    prevádzkovateľom mojich osobných údajov.
letter-intro-member-profile = Môj verejný profil: { $url }
letter-intro-non-member = nemám účet na sieti LinkedIn. Iné osoby zverejnili na sieti LinkedIn obsah, ktorý obsahuje moje osobné údaje, najmä { $count ->
    [one] na tejto adrese:
    [few] na týchto adresách:
    [many] na týchto adresách:
   *[other] na týchto adresách:
}
letter-intro-non-member-after = Obraciam sa na Vás ako na zodpovednú osobu spoločnosti
    { $controller }, ktorá je prevádzkovateľom týchto údajov.
letter-heading-objection = Námietka proti spracúvaniu založenému na oprávnených záujmoch
letter-objection = Podľa { $cite } namietam z dôvodov týkajúcich sa mojej konkrétnej situácie
    proti spracúvaniu mojich osobných údajov, ktoré zakladáte na oprávnených záujmoch podľa
    { $basis }, na tieto účely:
letter-objection-notice = { $account ->
    [member] Podľa Vašich Zásad ochrany osobných údajov sa od 3. novembra 2025 pri trénovaní modelov AI generujúcich obsah s využitím údajov členov opierate o oprávnené záujmy.
   *[non-member] Podľa Vašich Zásad ochrany osobných údajov sa od 3. novembra 2025 pri trénovaní modelov AI generujúcich obsah s využitím obsahu, ktorý zverejňujú členovia a ktorý obsahuje aj osobné údaje iných osôb vrátane mojich, opierate o oprávnené záujmy.
}
letter-grounds-given = Dôvody týkajúce sa mojej konkrétnej situácie sú tieto:
letter-grounds-burden = Po podaní tejto námietky môžete v spracúvaní pokračovať len vtedy, ak
    preukážete nevyhnutné oprávnené dôvody na spracúvanie, ktoré prevažujú nad mojimi záujmami,
    právami a slobodami, alebo ak spracúvanie slúži na preukazovanie, uplatňovanie alebo
    obhajovanie právnych nárokov. Dôkazné bremeno v tomto smere nesiete Vy.
letter-heading-direct-marketing = Námietka proti profilovaniu na účely priameho marketingu
letter-direct-marketing = Podľa { $cite } namietam proti spracúvaniu mojich osobných údajov na
    účely priameho marketingu vrátane profilovania v rozsahu, v akom súvisí s takýmto priamym
    marketingom, najmä na personalizovanú reklamu. Táto námietka nevyžaduje odôvodnenie; od jej
    doručenia sa moje osobné údaje nesmú na tieto účely ďalej spracúvať.
letter-consent-withdrawal = Ak sa pri personalizovanej reklame opierate o môj súhlas, tento
    súhlas podľa { $cite } odvolávam.
letter-heading-restriction = Obmedzenie spracúvania počas posudzovania námietky
letter-restriction = Podľa { $cite } žiadam o obmedzenie spracúvania mojich osobných údajov na
    uvedené účely až do overenia, či Vaše oprávnené dôvody prevažujú nad mojimi oprávnenými
    dôvodmi.
letter-heading-erasure = Vymazanie
letter-erasure = Podľa { $cite } žiadam o vymazanie osobných údajov, ktoré ste na tieto účely
    získali alebo odvodili, vrátane ich kópií v tréningových súboroch údajov. Zároveň Vás žiadam
    o informáciu, či už boli moje údaje použité na trénovanie modelov, a ak áno, aké opatrenia
    v tejto súvislosti prijímate.
letter-heading-recipients = Príjemcovia
letter-recipients = Podľa { $cite } Vás žiadam, aby ste obmedzenie spracúvania a vymazanie
    oznámili každému príjemcovi, ktorému ste moje osobné údaje na tieto účely poskytli, vrátane
    Vašich prepojených spoločností, ako je Microsoft, a aby ste ma o týchto príjemcoch
    informovali.
letter-heading-fadp = Švajčiarske právo na ochranu osobných údajov
letter-fadp = Žijem vo Švajčiarsku. Tento list je zároveň mojím výslovným prejavom vôle v zmysle
    { $personality }, že moje osobné údaje sa nesmú na uvedené účely spracúvať. Ich spracúvanie
    v rozpore s týmto prejavom vôle predstavuje zásah do mojej osobnosti, ktorý je protiprávny,
    ak nie je odôvodnený podľa { $justification }. Pokiaľ sú moje údaje všeobecne dostupné, ich
    spracúvanie na tieto účely výslovne zakazujem ({ $public }). Vyhradzujem si nároky podľa
    { $claims }.
letter-heading-confirmation = Potvrdenie
letter-confirmation = Žiadam Vás o písomné potvrdenie bez zbytočného odkladu, najneskôr do
    { $deadline }, že ste mojej námietke a mojim žiadostiam vyhoveli ({ $cite }). Ak sa
    domnievate, že v spracúvaní môžete pokračovať, uveďte, prosím, nevyhnutné oprávnené dôvody,
    o ktoré sa opierate.
letter-toggle = Nastavenie „Data for Generative AI Improvement“ je mi známe. Keďže sa vzťahuje
    len na budúce trénovanie modelov generujúcich obsah, túto námietku nenahrádza.
letter-uk-complaint = Ak tejto námietke nevyhoviete, považujte, prosím, tento list zároveň za
    sťažnosť podanú u Vás podľa { $cite }.
letter-reply-channel = Odpoveď, prosím, zašlite na e-mailovú adresu { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Oznámenie týkajúce sa spoločnosti { $controller } ({ $cite })
   *[complaint] Sťažnosť na spoločnosť { $controller } ({ $cite })
}
complaint-intro = týmto podávam sťažnosť na spoločnosť { $controller }, { $address }, týkajúcu
    sa spracúvania mojich osobných údajov.
complaint-intro-report = týmto Vám oznamujem spracúvanie mojich osobných údajov spoločnosťou
    { $controller }, { $address }. Beriem na vedomie, že ako osoba, ktorá podáva
    oznámenie, nemám postavenie účastníka konania.
complaint-heading-facts = Skutkový stav
complaint-facts = { $account ->
    [member] Mám účet na sieti LinkedIn (registrovaný na adresu { $email }).
   *[non-member] Nemám účet na sieti LinkedIn; iné osoby zverejnili na sieti LinkedIn obsah o mne, najmä { $count ->
        [one] na tejto adrese:
        [few] na týchto adresách:
        [many] na týchto adresách:
       *[other] na týchto adresách:
    }
}
complaint-objection-sent = Dňa { $date } bola podľa { $cite } podaná moja námietka proti
    spracúvaniu mojich osobných údajov spolu so žiadosťou o obmedzenie spracúvania, vymazanie
    údajov a informovanie príjemcov. Námietku prikladám.
complaint-objection-sent-report = Dňa { $date } bola podaná moja výslovná námietka proti
    spracúvaniu mojich osobných údajov na trénovanie AI a súvisiace účely. Námietku prikladám.
complaint-deadline = Lehota na odpoveď podľa { $cite } uplynula dňa { $deadline }.
complaint-outcome = { $outcome ->
    [refused] Spoločnosť LinkedIn moju námietku odmietla bez toho, aby preukázala nevyhnutné oprávnené dôvody, ktoré prevažujú nad mojimi záujmami, právami a slobodami. Jej odpoveď prikladám.
    [incomplete] Odpoveď spoločnosti LinkedIn mojej námietke v plnom rozsahu nevyhovuje. Odpoveď prikladám.
   *[no-reply] Vecná odpoveď mi doposiaľ nebola doručená.
}
complaint-heading-assessment = Právne posúdenie
complaint-assessment = Spoločnosť LinkedIn sa pri používaní profilov a zverejneného obsahu členov
    vrátane osobných údajov iných osôb, ktoré tento obsah obsahuje, na trénovanie modelov AI
    generujúcich obsah opiera o oprávnené záujmy podľa { $basis }. Po podaní námietky môže
    v spracúvaní pokračovať len vtedy, ak preukáže nevyhnutné oprávnené dôvody, ktoré prevažujú
    nad záujmami, právami a slobodami osoby, ktorá námietku podala ({ $cite }). To neurobila;
    pokračujúce spracúvanie mojich údajov preto podľa môjho názoru porušuje ustanovenia { $law }.
complaint-assessment-report = Spracúvanie mojich osobných údajov v rozpore s mojím výslovným
    prejavom vôle predstavuje zásah do mojej osobnosti v zmysle { $personality }, ktorý je
    protiprávny, ak nie je odôvodnený podľa { $justification }. Spoločnosť LinkedIn žiadny taký
    dôvod nepreukázala.
complaint-heading-requests = Návrhy
complaint-requests = Žiadam Vás, aby ste moju sťažnosť prešetrili, prijali opatrenia potrebné na
    to, aby spoločnosť LinkedIn mojej námietke vyhovela, a informovali ma o postupe a výsledku
    vybavovania sťažnosti.
complaint-requests-report = Žiadam Vás o začatie vyšetrovania podľa { $cite } a o informáciu
    o krokoch, ktoré podniknete, a o ich výsledku.
complaint-lead-authority = Podľa { $cite } je vedúcim dozorným orgánom pre spoločnosť
    { $controller } írska Komisia na ochranu údajov (Data Protection Commission, DPC). Túto
    sťažnosť podávam u Vás ako u dozorného orgánu v mieste môjho obvyklého pobytu a žiadam Vás,
    aby ste ju vybavovali v spolupráci s DPC.
complaint-lead-authority-forward = Podľa { $cite } je vedúcim dozorným orgánom pre spoločnosť
    { $controller } írska Komisia na ochranu údajov (Data Protection Commission, DPC). Pokiaľ je
    mi známe, nie ste pre túto spoločnosť sami príslušní; žiadam Vás preto o postúpenie mojej
    sťažnosti príslušnému dozornému orgánu.
complaint-lead-authority-report = V Európskej únii vykonáva dozor nad spoločnosťou { $controller }
    ako vedúci dozorný orgán írska Komisia na ochranu údajov (Data Protection Commission, DPC).
complaint-uk-controller-first = Pred podaním tejto sťažnosti bola vec predložená
    prevádzkovateľovi: v mojej námietke bola spoločnosť LinkedIn požiadaná, aby ju považovala
    zároveň za sťažnosť podľa { $cite }.
complaint-enclosure-objection = Moja námietka zo dňa { $date }
complaint-enclosure-reply = Odpoveď spoločnosti LinkedIn
complaint-contact = Kontaktovať ma môžete na adrese { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Urgencia: moja námietka zo dňa { $date } podľa { $law } – účet LinkedIn { $email }
   *[non-member] Urgencia: moja námietka zo dňa { $date } podľa { $law }
}
reminder-intro = dňa { $date } bola podľa { $cite } podaná moja námietka proti spracúvaniu mojich
    osobných údajov spolu so žiadosťou o obmedzenie spracúvania, vymazanie údajov a informovanie
    príjemcov. Kópiu námietky prikladám.
reminder-overdue = Lehota na Vašu odpoveď podľa { $cite } uplynula dňa { $deadline }. Vecná
    odpoveď mi doposiaľ nebola doručená.
reminder-request = Žiadam Vás, aby ste mojej námietke a mojim žiadostiam bez ďalšieho odkladu
    vyhoveli a do { $deadline } mi to písomne potvrdili.
reminder-next = { $route ->
    [report] Ak do tohto termínu nedostanem uspokojivú odpoveď, oznámim vec tomuto orgánu: { $authority }.
   *[complaint] Ak do tohto termínu nedostanem uspokojivú odpoveď, podám sťažnosť tomuto dozornému orgánu: { $authority }.
}
complaint-reminder-sent = Dňa { $date } bola spoločnosti LinkedIn zaslaná urgencia k mojej
    námietke s dodatočnou lehotou do { $deadline }.
complaint-enclosure-reminder = Moja urgencia zo dňa { $date }

## Case status (objection status --case DIR)

status-reference = Prípad { $reference }
status-empty = Tento prípad zatiaľ neobsahuje žiadnu námietku. Začnite príkazom: objection letter --case { $dir }
status-sent = Námietka odoslaná dňa { $date }.
status-reminded = Urgencia odoslaná dňa { $date }.
status-complained = Sťažnosť vyhotovená dňa { $date }. Orgán Vás bude informovať o ďalšom postupe.
status-waiting = Čaká sa na odpoveď spoločnosti LinkedIn do { $date } (ešte { $days ->
    [one] { $days } deň
    [few] { $days } dni
    [many] { $days } dňa
   *[other] { $days } dní
}).
status-overdue = Lehota prekročená o { $days ->
    [one] { $days } deň
    [few] { $days } dni
    [many] { $days } dňa
   *[other] { $days } dní
}: uplynula dňa { $date }.
status-next-wait-reminder = Ďalší krok: ak spoločnosť LinkedIn dovtedy neodpovie, napíšte urgenciu: objection reminder --case { $dir }
status-next-wait-complaint = Ďalší krok: ak spoločnosť LinkedIn dovtedy neodpovie, napíšte sťažnosť: objection complaint --case { $dir }
status-next-reminder = Ďalší krok: napíšte urgenciu: objection reminder --case { $dir }
status-next-complaint = Ďalší krok: napíšte sťažnosť dozornému orgánu: objection complaint --case { $dir }
calendar-summary = Lehota na odpoveď spoločnosti LinkedIn na Vašu námietku ({ $reference })
calendar-description = Ak spoločnosť LinkedIn do dnešného dňa neodpovedala, zistite ďalší krok: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# No "prevádzkovateľ", "oprávnený záujem" or "námietka podľa čl. 21" here; "osobné údaje" is
# the general Slovak term. Foreign laws keep their own names and are cited law first
# ("PIPEDA, príloha 1, zásada 4.3.8", "Cal. Civ. Code § 1798.120").
# law-name-* are in the nominative; the messages use them as a predicate nominative
# ("Rozhodujúcim predpisom je …") or as the subject, so that their gender does not matter.

# Same as English: the Canadian Act's own abbreviation.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: Hong Kong's own abbreviation and chapter number.
law-pdpo = PDPO (Cap. 486)
# Same as English: the California code cited in its own form.
law-ccpa = Cal. Civ. Code
# Same as English: the Indian Act's own short title.
law-dpdp = DPDP Act 2023
law-us-generic = Zásady ochrany osobných údajov LinkedIn
law-generic = Zásady ochrany osobných údajov LinkedIn
# Short names for subject lines.
# Same as English: the Canadian Act's own abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = quebecký zákon o súkromnom sektore
# Same as English: Hong Kong's own abbreviation.
law-short-pdpo = PDPO
# Same as English: California's own abbreviation.
law-short-ccpa = CCPA
# Same as English: the Indian Act's own short title.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Zásady ochrany osobných údajov LinkedIn
law-short-generic = Zásady ochrany osobných údajov LinkedIn
# The name of the law in running text, in the nominative.
law-name-pipeda = kanadský zákon o ochrane osobných údajov a elektronických dokumentoch (PIPEDA)
law-name-qc-private = quebecký zákon o ochrane osobných údajov v súkromnom sektore
    (CQLR c. P-39.1)
law-name-pdpo = zákon Hongkongu o ochrane súkromia v oblasti osobných údajov (PDPO)
law-name-ccpa = kalifornský zákon o ochrane súkromia spotrebiteľov (CCPA)
law-name-dpdp = indický zákon o ochrane digitálnych osobných údajov z roku 2023 (DPDP Act)
law-name-us-generic = Zásady ochrany osobných údajov spoločnosti LinkedIn
law-name-generic = Zásady ochrany osobných údajov spoločnosti LinkedIn
cite-common-article = čl. { $number }
cite-common-article-paragraph = čl. { $number } ods. { $paragraph }
cite-common-section = § { $number }
cite-common-section-paragraph = § { $number } ods. { $paragraph }
cite-common-principle = príloha 1, zásada { $number }
cite-common-dpp = príloha 1, zásada ochrany údajov { $number }
cite-common-and = { $first } a { $second }
# Same as English: the pattern "PIPEDA, príloha 1, zásada 4.3.8" puts the law first.
cite-common-law = { $law }, { $refs }
# Same as English: the section sign of US codes.
cite-us-section = § { $number }
cite-us-and = { $first } a { $second }
# Same as English: the pattern "Cal. Civ. Code § 1798.120".
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] personalizovaná reklama založená na mojom profile a mojej aktivite a poskytovanie mojich údajov iným subjektom na reklamné účely;
   *[non-member] personalizovaná reklama založená na mojich osobných údajoch a ich poskytovanie iným subjektom na reklamné účely;
}
other-subject = { $family ->
    [consent] Odvolanie súhlasu s používaním mojich osobných údajov ({ $law })
    [optout] Žiadosť o ukončenie predaja a zdieľania mojich osobných údajov ({ $law })
   *[generic] Žiadosť o ukončenie používania mojich osobných údajov na trénovanie AI a reklamu
}
other-intro-member = mám účet na sieti LinkedIn registrovaný na e-mailovú adresu { $email }.
    Obraciam sa na spoločnosť { $controller } vo veci používania mojich osobných údajov.
other-intro-non-member = nemám účet na sieti LinkedIn. Iné osoby zverejnili na sieti LinkedIn obsah, ktorý obsahuje moje osobné údaje, najmä { $count ->
    [one] na tejto adrese:
    [few] na týchto adresách:
    [many] na týchto adresách:
   *[other] na týchto adresách:
}
other-intro-non-member-after = Obraciam sa na spoločnosť { $controller } vo veci používania
    týchto údajov.
consent-no-objection = V mojom prípade je rozhodujúcim predpisom { $law }. Tento predpis
    nezakladá všeobecné právo namietať proti používaniu osobných údajov. Uplatňujem preto
    najbližšie právo, ktoré priznáva: právo odvolať súhlas ({ $cite }).
consent-withdrawal = Odvolávam akýkoľvek výslovný alebo konkludentný súhlas, o ktorý spoločnosť
    LinkedIn opiera používanie mojich osobných údajov na tieto účely:
consent-new-purpose = Trénovanie modelov AI nie je účelom, na ktorý boli moje údaje spoločnosti
    LinkedIn poskytnuté. Ich použitie na takýto nový účel si vyžaduje môj súhlas ({ $cite }),
    ktorý neudeľujem.
consent-in-force = Ustanovenia, ktoré { $law } obsahuje o súhlase a jeho odvolaní, majú nadobudnúť
    účinnosť dňa { $date }. Dovtedy Vás žiadam, aby ste toto odvolanie rešpektovali na základe
    záväzkov zo Zásad ochrany osobných údajov spoločnosti LinkedIn.
optout-no-objection = Zákon CCPA nedáva právo namietať proti trénovaniu AI ako takému. Uplatňujem
    preto práva, ktoré priznáva, a pripájam vlastnú žiadosť.
optout-sale = Podľa { $cite } požadujem, aby ste moje osobné údaje nepredávali ani nezdieľali
    („sell“, „share“), a to ani so spoločnosťou Microsoft či inými prepojenými spoločnosťami na
    účely prispôsobenia reklamy, ktorú mi zobrazujú.
optout-sensitive = Podľa { $cite } požadujem, aby ste používanie a poskytovanie mojich citlivých
    osobných údajov obmedzili na rozsah, ktorý pripúšťa zákon.
optout-ai = Nad rámec týchto práv Vás žiadam, aby ste prestali používať moje osobné údaje na tieto účely:
generic-basis = { $scope ->
    [us] Žiadny federálny zákon mi nedáva právo namietať proti takémuto používaniu. Opieram sa o možnosti voľby, ktoré ponúka samotná spoločnosť LinkedIn, a o jej Zásady ochrany osobných údajov a žiadam Vás, aby ste ich voči mne uplatnili v plnom rozsahu.
   *[other] Opieram sa o záväzky uvedené v Zásadách ochrany osobných údajov spoločnosti LinkedIn, ktoré členom a návštevníkom umožňujú rozhodovať o tom, ako sa ich údaje používajú, ako aj o právne predpisy mojej krajiny na ochranu osobných údajov, ak sa uplatnia.
}
generic-request = Moja žiadosť sa týka používania mojich osobných údajov na tieto účely:
generic-us-state = Ak sa na spoločnosť LinkedIn vzťahuje zákon môjho štátu o ochrane súkromia
    spotrebiteľov, považujte, prosím, tento list zároveň za žiadosť podľa tohto zákona.
generic-settings = Nastavenia „Data for Generative AI Improvement“ a „Data sharing“ na sieti
    LinkedIn pokrývajú len časť tejto žiadosti; vybavte ju, prosím, v plnom rozsahu.
other-stop = Prestaňte, prosím, moje údaje na tieto účely používať, vyraďte ich z budúcich
    tréningových údajov a oznámte mi, čo sa deje s údajmi, ktoré už boli použité.
other-deadline-courtesy = Na Vašu odpoveď sa nevzťahuje žiadna zákonná lehota. Napriek tomu Vás
    žiadam, aby ste mi do { $deadline } písomne potvrdili, že ste tejto žiadosti vyhoveli.
optout-deadline = Vybavte, prosím, moju žiadosť o opt-out čo najskôr, najneskôr však do
    { $deadline } (15 pracovných dní, lehota stanovená vykonávacími predpismi k CCPA pre takéto
    žiadosti), a písomne mi to potvrďte.
other-form-field-request = Žiadosť: { $family ->
    [consent] odvolanie súhlasu ({ $law })
    [optout] opt-out z predaja a zdieľania ({ $law })
   *[generic] ukončenie používania mojich údajov na trénovanie AI a reklamu
}
other-form-guide-route = Tento formulár je opísaný v európskom oznámení spoločnosti LinkedIn
    o ochrane osobných údajov. Ak Vám nie je ponúknutý, pošlite namiesto neho list (objection
    letter) alebo použite kontaktný formulár LinkedIn na ochranu súkromia: { $url }
other-reminder-subject = Urgencia: môj list zo dňa { $date } ({ $law })
other-reminder-intro = môj list zo dňa { $date } sa týkal používania mojich osobných údajov na
    trénovanie AI a súvisiace účely. Kópiu listu prikladám.
other-reminder-overdue = Odpoveď bola požadovaná do { $deadline }. Vecná odpoveď mi doposiaľ
    nebola doručená.
other-reminder-request = Žiadam Vás, aby ste mojej žiadosti bez ďalšieho odkladu vyhoveli a do
    { $deadline } mi to písomne potvrdili.
other-reminder-next = Ak do tohto termínu nedostanem uspokojivú odpoveď, podám sťažnosť tomuto
    orgánu: { $authority }.
other-reminder-next-none = Ak do tohto termínu nedostanem uspokojivú odpoveď, zvážim ďalšie právne
    prostriedky, ktoré mám k dispozícii.
other-complaint-subject = Sťažnosť na spoločnosť { $controller } ({ $law })
other-complaint-intro = týmto podávam sťažnosť na spoločnosť { $controller }, { $address },
    týkajúcu sa používania mojich osobných údajov. Rozhodujúcim predpisom je { $law_name }.
other-complaint-sent = { $family ->
    [consent] Dňa { $date } bol odvolaný môj súhlas s používaním mojich osobných údajov na trénovanie AI a súvisiace účely ({ $cite }).
   *[optout] Dňa { $date } bola spoločnosť LinkedIn vyzvaná, aby moje osobné údaje nepredávala ani nezdieľala ({ $cite }) a prestala ich používať na trénovanie modelov AI.
} Môj list prikladám. Odpoveď bola požadovaná do { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] Spoločnosť LinkedIn moju žiadosť odmietla. Jej odpoveď prikladám.
    [incomplete] Odpoveď spoločnosti LinkedIn mojej žiadosti v plnom rozsahu nevyhovuje. Odpoveď prikladám.
   *[no-reply] Vecná odpoveď mi doposiaľ nebola doručená.
}
other-complaint-assessment = { $family ->
    [consent] Podľa môjho názoru spoločnosť LinkedIn naďalej používa moje údaje bez môjho súhlasu, a to na nový účel, ktorý si takýto súhlas vyžaduje ({ $cite }).
   *[optout] Podľa môjho názoru spoločnosť LinkedIn nevyhovela mojej žiadosti o opt-out v lehote stanovenej vykonávacími predpismi k CCPA.
}
other-complaint-requests = Žiadam Vás, aby ste moju sťažnosť prešetrili a informovali ma o jej
    výsledku.
other-enclosure-letter = Môj list zo dňa { $date }
other-reasons = K mojej situácii dodávam:
other-complaint-reminder-sent = Dňa { $date } bola spoločnosti LinkedIn zaslaná urgencia
    s dodatočnou lehotou do { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Námietka podľa { $cite } si vyžaduje dôvody týkajúce sa Vašej konkrétnej situácie; táto námietka je podaná bez nich. Doplňte ich pomocou --reason "...", aby bolo ťažšie ju odmietnuť.
note-federal-authority = Samotný kód DE smeruje sťažnosť federálnemu úradu (BfDI), ktorý sťažnosti na spoločnosti postupuje úradu príslušnej spolkovej krajiny. Ak chcete postupovať priamo, uveďte svoju spolkovú krajinu, napríklad --country DE-BE (pozrite `objection jurisdictions`).
warning-premature = Spoločnosť LinkedIn má na odpoveď čas do { $deadline }; { $document ->
    [reminder] urgencia
   *[complaint] sťažnosť
} pre chýbajúcu odpoveď je dovtedy predčasná.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = V prílohe zasielam svoj list zo dňa { $date } vo formáte PDF. Jeho úplné znenie je uvedené nižšie.
email-cover-reminder = V prílohe zasielam svoju urgenciu zo dňa { $date } vo formáte PDF. Jej úplné znenie je uvedené nižšie.
email-cover-complaint = V prílohe zasielam svoju sťažnosť zo dňa { $date } vo formáte PDF. Jej úplné znenie je uvedené nižšie.
email-receipt = Prosím o potvrdenie prijatia.
email-file-letter = list
email-file-reminder = urgencia
email-file-complaint = sťažnosť
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = K e-mailu je priložený iba súbor PDF. Pred odoslaním priložte aj prílohy:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Tento sprievodca vám krok za krokom pomôže namietať proti tomu, ako LinkedIn používa vaše údaje. Nič sa neuloží, kým na konci nepotvrdíte. Klávesom Esc alebo Ctrl+C môžete kedykoľvek skončiť.
wizard-language = Jazyk
wizard-help-select = ↑↓ pohyb, Enter výber
wizard-help-multi = ↑↓ pohyb, medzerník označí alebo zruší označenie, Enter potvrdí
wizard-country = Kde bývate?
wizard-country-help = Písaním hľadáte, Enter vyberie. V Nemecku zvoľte svoju spolkovú krajinu.
wizard-member = Máte účet na LinkedIn?
wizard-answer = { $answer ->
    [yes] Áno
   *[no] Nie
}
wizard-content-url = Webová adresa { $number } obsahu o vás na LinkedIn
wizard-content-url-help = Skopírujte ju z adresného riadka prehliadača (https://...). Keď skončíte, nechajte pole prázdne.
wizard-name = Vaše celé meno
wizard-email = Vaša e-mailová adresa
wizard-email-help = Adresa vášho účtu na LinkedIn; bez účtu adresa, na ktorú vám LinkedIn môže odpovedať.
wizard-address = Vaša poštová adresa, riadok { $number }
wizard-address-help = Napríklad ulica a číslo domu, potom PSČ a obec. Keď skončíte, nechajte pole prázdne.
wizard-place = Vaša obec (pre dátum v liste)
wizard-object-to = Proti čomu namietate?
wizard-purpose-ai-training = Proti tomu, že LinkedIn na vašich údajoch trénuje umelú inteligenciu, ktorá píše texty alebo vytvára obrázky
wizard-purpose-ai-other = Proti inému využitiu vašich údajov umelou inteligenciou, napríklad na prispôsobenie vášho kanála alebo triedenie obsahu
wizard-purpose-ads-profiling = Proti reklame založenej na vašom profile
wizard-purpose-affiliate-sharing = Proti odovzdávaniu vašich údajov Microsoftu a ďalším prepojeným spoločnostiam pre ich umelú inteligenciu alebo reklamu
wizard-reason = Prečo je to pre vás osobne dôležité? (nepovinné)
wizard-reason-help = Napríklad: „Som novinárka a musím chrániť svoje zdroje.“ „Moje príspevky sú moja práca; kópie od umelej inteligencie poškodzujú môj príjem.“ Klávesom Enter otázku preskočíte.
wizard-outputs = Aké dokumenty chcete?
wizard-output = { $output ->
    [form] Text pre online formulár LinkedIn
    [letter-pdf] List v PDF na vytlačenie a odoslanie poštou
   *[letter-text] List ako text
}
wizard-problem = { $problem ->
    [empty] Toto pole nesmie byť prázdne.
    [too-long] Príliš dlhé: { $length } (najviac { $limit } znakov).
    [control] Odstráňte riadiaci znak { $character }.
    [bidi] Napíšte to znova bez znaku smeru { $character }: môže zmeniť poradie, v akom sa text zobrazí.
    [email] Toto nie je e-mailová adresa. Príklad: name@example.org
   *[url] Toto nie je webová adresa. Skopírujte ju z prehliadača; začína sa https://
}
wizard-preview = Náhľad vášho textu:
wizard-folder = Priečinok pre vaše dokumenty
wizard-folder-exists = Tento priečinok už existuje. Zvoľte nový názov.
wizard-confirm = Uložiť teraz vaše dokumenty do priečinka { $dir }?
wizard-next-form = Text pre formulár LinkedIn je v súbore { $file }.
wizard-next-letter = Vytlačte { $file }, list podpíšte a pošlite ho poštou na adresu uvedenú hore v liste. Odložte si kópiu.
wizard-next-deadline = LinkedIn má na odpoveď čas do { $date }.
wizard-next-reminder = Ak dovtedy nepríde riadna odpoveď, napíšte urgenciu: { $command }
wizard-save-details = Uložiť vaše údaje do súboru { $file } na budúce?
wizard-saved = Uložené. Nabudúce: { $command }
wizard-stopped = Ukončené. Nič sa neuložilo.
