# Čeština. Defines exactly the messages of en.ftl, in the same order.
#
# Conventions: formal Czech legal prose as a data protection lawyer (advokát) would write it,
# with the terminology of the official Czech version of Regulation (EU) 2016/679 (obecné
# nařízení o ochraně osobních údajů): "správce", "subjekt údajů", "vznést námitku",
# "omezení zpracování", "výmaz", "oprávněné zájmy", "závažné oprávněné důvody", "přímý
# marketing", "dozorový úřad", "vedoucí dozorový úřad", "pověřenec pro ochranu osobních údajů".
# GDPR abbreviation and citations: "GDPR" ([V] in legal-facts.md), cited as "čl. 21 odst. 1
# GDPR", "čl. 21 odst. 2 a 3 GDPR", "čl. 18 odst. 1 písm. d) GDPR" — the form used by the
# Czech authority (ÚOOÚ) on its own site: "podle čl. 77 odst. 1 GDPR", "podle čl. 58 odst. 1
# písm. c) GDPR" (https://uoou.gov.cz/urad/povinne-zverejnovane-informace/svobodny-pristupu-k-informacim/informace-poskytnute-na-zadost/informace-poskytnute-na-zadost-v-roce-2022/poskytnuta-informace-dne-3-unora-2022).
# British and other common-law sections are cited with "§" as Czech cites its own laws
# ("§ 164A DPA 2018", "PDPO (Cap. 486), § 2 odst. 3"); Swiss law "čl. 30 odst. 2 písm. b)
# FADP". The abbreviations do not decline, so a citation fits after "podle", "ve smyslu".
# Dates: "23. listopadu 2026" (genitive month); dateline "Praha dne 23. listopadu 2026".
# Letter (ČSN 01 6910; Internetová jazyková příručka ÚJČ, http://prirucka.ujc.cas.cz/?id=850):
# salutation "Vážené dámy, vážení pánové," and the text continues in lower case (letter-intro-*,
# complaint-intro*, other-intro-*, other-complaint-intro, reminder-intro,
# other-reminder-intro); closing "S pozdravem"; no label before the subject line; "Vy, Vás,
# Vám, Váš" capitalised as a courtesy. The guidance on the terminal uses the polite plural.
# No gendered forms for the writer: no past participle with "já" ("jsem vznesl/a"); instead
# passive ("byla vznesena moje námitka"), present tense, future ("podám") or nouns.
# Company names are not declined: "společnost LinkedIn Ireland Unlimited Company", "síť
# LinkedIn", "společnost Microsoft".
# "AI" as in the Czech text of the AI Act (Regulation (EU) 2024/1689: "systém AI", "model AI");
# "umělá inteligence" in the first purpose of the letter.
# The LinkedIn setting keeps its English label in quotes („Data for Generative AI
# Improvement“), since legal-facts.md lists no Czech label.
# Typography: quotation marks „…“, en dash – between spaces.

lang-name = Čeština

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

# Same as English: Czech practice and the ÚOOÚ write "GDPR" (see the header).
law-gdpr = GDPR
# Same as English: the UK's own name of its law, used untranslated in Czech.
law-uk-gdpr = UK GDPR
# Same as English: the English abbreviation of the Swiss Federal Act on Data Protection.
law-ch-fadp = FADP
# Same as English: the name of a British Act.
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = čl. { $number }
cite-eu-article-paragraph = čl. { $number } odst. { $paragraph }
cite-eu-article-paragraphs = čl. { $number } odst. { $paragraph } a { $second }
cite-eu-article-paragraph-point = čl. { $number } odst. { $paragraph } písm. { $point })
cite-eu-section = § { $number }
cite-eu-section-paragraph = § { $number } odst. { $paragraph }
cite-eu-section-paragraphs = § { $number } odst. { $paragraph } a { $second }
cite-eu-section-paragraph-point = § { $number } odst. { $paragraph } písm. { $point })
cite-eu-and = { $first } a { $second }
# Same as English: the pattern "čl. 21 odst. 1 GDPR" puts the law after the references.
cite-eu-law = { $refs } { $law }
cite-ch-article = čl. { $number }
cite-ch-article-paragraph = čl. { $number } odst. { $paragraph }
cite-ch-article-paragraphs = čl. { $number } odst. { $paragraph } a { $second }
cite-ch-article-paragraph-point = čl. { $number } odst. { $paragraph } písm. { $point })
cite-ch-section = § { $number }
cite-ch-section-paragraph = § { $number } odst. { $paragraph }
cite-ch-section-paragraphs = § { $number } odst. { $paragraph } a { $second }
cite-ch-section-paragraph-point = § { $number } odst. { $paragraph } písm. { $point })
cite-ch-and = { $first } a { $second }
# Same as English: the pattern "čl. 31 FADP" puts the law after the references.
cite-ch-law = { $refs } { $law }

## Dates

month-1 = ledna
month-2 = února
month-3 = března
month-4 = dubna
month-5 = května
month-6 = června
month-7 = července
month-8 = srpna
month-9 = září
month-10 = října
month-11 = listopadu
month-12 = prosince
date-long = { $day }. { $month } { $year }
# The dateline: place and date ("Praha dne 23. listopadu 2026"), or the date alone.
dateline-with-place = { $place } dne { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Rakousko
jurisdiction-BE = Belgie
jurisdiction-BG = Bulharsko
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Švýcarsko
jurisdiction-CY = Kypr
jurisdiction-CZ = Česko
jurisdiction-DE = Německo
jurisdiction-DE-BB = Braniborsko (Německo)
jurisdiction-DE-BE = Berlín (Německo)
jurisdiction-DE-BW = Bádensko-Württembersko (Německo)
jurisdiction-DE-BY = Bavorsko (Německo)
jurisdiction-DE-HB = Brémy (Německo)
jurisdiction-DE-HE = Hesensko (Německo)
jurisdiction-DE-HH = Hamburk (Německo)
jurisdiction-DE-MV = Meklenbursko-Přední Pomořansko (Německo)
jurisdiction-DE-NI = Dolní Sasko (Německo)
jurisdiction-DE-NW = Severní Porýní-Vestfálsko (Německo)
jurisdiction-DE-RP = Porýní-Falc (Německo)
jurisdiction-DE-SH = Šlesvicko-Holštýnsko (Německo)
jurisdiction-DE-SL = Sársko (Německo)
jurisdiction-DE-SN = Sasko (Německo)
jurisdiction-DE-ST = Sasko-Anhaltsko (Německo)
jurisdiction-DE-TH = Durynsko (Německo)
jurisdiction-DK = Dánsko
jurisdiction-EE = Estonsko
jurisdiction-ES = Španělsko
jurisdiction-FI = Finsko
jurisdiction-FR = Francie
jurisdiction-GB = Spojené království
jurisdiction-GR = Řecko
jurisdiction-HK = Hongkong
jurisdiction-HR = Chorvatsko
jurisdiction-HU = Maďarsko
jurisdiction-IE = Irsko
jurisdiction-IN = Indie
jurisdiction-IS = Island
jurisdiction-IT = Itálie
jurisdiction-LI = Lichtenštejnsko
jurisdiction-LT = Litva
jurisdiction-LU = Lucembursko
jurisdiction-LV = Lotyšsko
# Same as English: the country's name is the same in Czech.
jurisdiction-MT = Malta
jurisdiction-NL = Nizozemsko
jurisdiction-NO = Norsko
jurisdiction-OTHER = jiná země
jurisdiction-PL = Polsko
jurisdiction-PT = Portugalsko
jurisdiction-RO = Rumunsko
jurisdiction-SE = Švédsko
jurisdiction-SI = Slovinsko
jurisdiction-SK = Slovensko
jurisdiction-US = Spojené státy
jurisdiction-US-CA = Kalifornie (Spojené státy)

## Shared pieces of all documents

recipient-dpo = K rukám pověřence pro ochranu osobních údajů
# The footer of multi-page letters.
page-number = Strana { $page } z { $total }
salutation = Vážené dámy, vážení pánové,
closing = S pozdravem
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Příloha
    [few] Přílohy
    [many] Přílohy
   *[other] Přílohy
}
# Same as English: Czech letters show the subject without a label (ČSN 01 6910).
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] trénování, dolaďování, hodnocení a zlepšování modelů umělé inteligence generujících obsah (generativní umělá inteligence), zejména s využitím údajů z mého profilu a obsahu, který zveřejňuji na síti LinkedIn;
   *[non-member] trénování, dolaďování, hodnocení a zlepšování modelů umělé inteligence generujících obsah (generativní umělá inteligence), zejména s využitím obsahu o mně, který na síti LinkedIn zveřejnily jiné osoby;
}
purpose-ai-other = trénování modelů AI a strojového učení pro jiné účely, například pro
    personalizaci Vašich služeb, klasifikaci obsahu a obecné zlepšování Vašich produktů a služeb;
purpose-affiliate-sharing = zpřístupňování mých osobních údajů Vašim přidruženým společnostem,
    včetně společnosti Microsoft, aby mohly trénovat vlastní modely AI nebo poskytovat, vyvíjet
    či zlepšovat své reklamní služby;
form-purpose-ai-training = { $account ->
    [member] trénování generativních modelů AI vytvářejících obsah s využitím údajů z mého profilu a obsahu, který zveřejňuji;
   *[non-member] trénování generativních modelů AI vytvářejících obsah s využitím obsahu o mně, který zveřejnili jiní;
}
form-purpose-ai-other = trénování jiných modelů AI a strojového učení, například pro personalizaci
    a klasifikaci obsahu;
form-purpose-affiliate-sharing = zpřístupňování mých údajů přidruženým společnostem, jako je
    Microsoft, pro jejich trénování AI nebo reklamu;
form-purpose-ads = personalizovaná reklama a zpřístupňování mých údajů pro reklamní účely;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Námitka proti zpracování mých osobních údajů na síti LinkedIn
form-field-name = Jméno a příjmení: { $name }
form-field-email = E-mailová adresa: { $email }
form-field-country = Země bydliště: { $country }
form-field-member = Účet LinkedIn: { $account ->
    [member] ano, registrovaný na výše uvedenou e-mailovou adresu
   *[non-member] žádný (účet na síti LinkedIn nemám)
}
form-field-profile = Profil: { $url }
form-field-content = Obsah, který se mě týká: { $url }
form-field-request = Žádost: námitka proti zpracování ({ $cite })
form-objection = Podle { $cite } vznáším námitku proti zpracování mých osobních údajů, které
    zakládáte na oprávněných zájmech ({ $basis }), pro tyto účely:
form-direct-marketing = Podle { $cite } vznáším námitku proti zpracování mých osobních údajů
    pro účely přímého marketingu, včetně souvisejícího profilování, zejména pro personalizovanou
    reklamu.
form-grounds = Důvody týkající se mé konkrétní situace:
form-requests = Do posouzení mé námitky žádám o omezení zpracování ({ $restriction }). Žádám
    rovněž o výmaz osobních údajů shromážděných pro tyto účely ({ $erasure }) a o informování
    příjemců včetně společnosti Microsoft ({ $recipients }).
form-confirmation = Žádám o písemné potvrzení do { $deadline }, že jste mé námitce vyhověli.

## Guidance printed after the form text (on standard error)

form-guide-heading = Další kroky:
form-guide-open = Otevřete formulář LinkedIn pro námitky proti zpracování údajů: { $url }
form-guide-option = Zvolte možnost námitky proti zpracování Vašich údajů pro trénování modelů AI
    generujících obsah (LinkedIn ji může nazývat jinak), přeneste výše uvedené údaje do odpovídajících
    polí formuláře a vložte text do pole pro volný text.
form-guide-toggle = Nastavení „Data for Generative AI Improvement“ ({ $url }) zastaví pouze
    budoucí trénování modelů generujících obsah. Nevztahuje se na jiná využití AI ani na reklamu,
    a proto je rozhodující samotná námitka.
form-guide-non-member = Bez účtu nemáte žádná nastavení, která byste mohli změnit: Vaší cestou je
    tento formulář nebo dopis pověřenci pro ochranu osobních údajů společnosti LinkedIn
    (objection letter).
form-guide-letter = Pro formální záznam odešlete také dopis: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Námitka proti zpracování mých osobních údajů ({ $law }) – účet LinkedIn { $email }
   *[non-member] Námitka proti zpracování mých osobních údajů ({ $law }) – osoba bez účtu LinkedIn
}
letter-intro-member = mám účet na síti LinkedIn registrovaný na e-mailovou adresu { $email }.
    Obracím se na Vás jako na pověřence pro ochranu osobních údajů společnosti { $controller },
    která je správcem mých osobních údajů.
letter-intro-member-profile = Můj veřejný profil: { $url }
letter-intro-non-member = nemám účet na síti LinkedIn. Jiné osoby zveřejnily na síti LinkedIn obsah, který obsahuje mé osobní údaje, zejména { $count ->
    [one] na této adrese:
    [few] na těchto adresách:
    [many] na těchto adresách:
   *[other] na těchto adresách:
}
letter-intro-non-member-after = Obracím se na Vás jako na pověřence pro ochranu osobních údajů
    společnosti { $controller }, která je správcem těchto údajů.
letter-heading-objection = Námitka proti zpracování založenému na oprávněných zájmech
letter-objection = Podle { $cite } vznáším z důvodů týkajících se mé konkrétní situace námitku
    proti zpracování mých osobních údajů, které zakládáte na oprávněných zájmech podle { $basis },
    pro tyto účely:
letter-objection-notice = { $account ->
    [member] Podle Vašich Zásad ochrany osobních údajů se od 3. listopadu 2025 při trénování modelů AI generujících obsah s využitím údajů členů opíráte o oprávněné zájmy.
   *[non-member] Podle Vašich Zásad ochrany osobních údajů se od 3. listopadu 2025 při trénování modelů AI generujících obsah s využitím obsahu zveřejňovaného členy, který obsahuje i osobní údaje jiných osob včetně mých, opíráte o oprávněné zájmy.
}
letter-grounds-given = Důvody týkající se mé konkrétní situace jsou následující:
letter-grounds-burden = Po vznesení této námitky smíte ve zpracování pokračovat pouze tehdy,
    prokážete-li závažné oprávněné důvody pro zpracování, které převažují nad mými zájmy nebo
    právy a svobodami, nebo slouží-li zpracování k určení, výkonu nebo obhajobě právních nároků.
    Důkazní břemeno v tomto ohledu nesete Vy.
letter-heading-direct-marketing = Námitka proti profilování pro účely přímého marketingu
letter-direct-marketing = Podle { $cite } vznáším námitku proti zpracování mých osobních údajů
    pro účely přímého marketingu, včetně profilování, pokud se týká tohoto přímého marketingu,
    zejména pro personalizovanou reklamu. Tato námitka nevyžaduje odůvodnění; od jejího doručení
    již nesmějí být mé osobní údaje pro tyto účely zpracovávány.
letter-consent-withdrawal = Pokud se u personalizované reklamy opíráte o můj souhlas, tento
    souhlas podle { $cite } odvolávám.
letter-heading-restriction = Omezení zpracování po dobu posuzování námitky
letter-restriction = Podle { $cite } žádám o omezení zpracování mých osobních údajů pro výše
    uvedené účely, dokud nebude ověřeno, zda Vaše oprávněné důvody převažují nad mými.
letter-heading-erasure = Výmaz
letter-erasure = Podle { $cite } žádám o výmaz osobních údajů, které jste pro tyto účely
    shromáždili nebo odvodili, včetně jejich kopií v trénovacích datových sadách. Sdělte mi
    prosím rovněž, zda již mé údaje byly použity k trénování modelů, a pokud ano, jaká opatření
    v této souvislosti přijímáte.
letter-heading-recipients = Příjemci
letter-recipients = Podle { $cite } Vás žádám, abyste omezení zpracování a výmaz oznámili všem
    příjemcům, jimž jste mé osobní údaje pro tyto účely zpřístupnili, včetně Vašich přidružených
    společností, jako je Microsoft, a abyste mě o těchto příjemcích informovali.
letter-heading-fadp = Švýcarské právo na ochranu osobních údajů
letter-fadp = Bydlím ve Švýcarsku. Tento dopis je zároveň mým výslovným projevem vůle ve smyslu
    { $personality }, že mé osobní údaje nesmějí být pro výše uvedené účely zpracovávány. Jejich
    zpracování v rozporu s tímto projevem vůle představuje zásah do mé osobnosti, který je
    protiprávní, není-li odůvodněn podle { $justification }. Pokud jsou mé údaje obecně dostupné,
    jejich zpracování pro tyto účely výslovně zakazuji ({ $public }). Vyhrazuji si nároky podle
    { $claims }.
letter-heading-confirmation = Potvrzení
letter-confirmation = Žádám Vás o písemné potvrzení bez zbytečného odkladu, nejpozději do
    { $deadline }, že jste mé námitce a mým žádostem vyhověli ({ $cite }). Pokud se domníváte,
    že ve zpracování smíte pokračovat, uveďte prosím závažné oprávněné důvody, o které se
    opíráte.
letter-toggle = Nastavení „Data for Generative AI Improvement“ je mi známo. Protože se vztahuje
    pouze na budoucí trénování modelů generujících obsah, tuto námitku nenahrazuje.
letter-uk-complaint = Pokud této námitce nevyhovíte, považujte prosím tento dopis zároveň za
    stížnost podanou u Vás podle { $cite }.
letter-reply-channel = Odpověď prosím zašlete na e-mailovou adresu { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Oznámení týkající se společnosti { $controller } ({ $cite })
   *[complaint] Stížnost na společnost { $controller } ({ $cite })
}
complaint-intro = tímto podávám stížnost na společnost { $controller }, { $address }, týkající se
    zpracování mých osobních údajů.
complaint-intro-report = tímto Vám oznamuji zpracování mých osobních údajů společností
    { $controller }, { $address }. Beru na vědomí, že jako oznamující osoba nemám postavení
    účastníka řízení.
complaint-heading-facts = Skutkový stav
complaint-facts = { $account ->
    [member] Mám účet na síti LinkedIn (registrovaný na adresu { $email }).
   *[non-member] Nemám účet na síti LinkedIn; jiné osoby zveřejnily na síti LinkedIn obsah o mně, zejména { $count ->
        [one] na této adrese:
        [few] na těchto adresách:
        [many] na těchto adresách:
       *[other] na těchto adresách:
    }
}
complaint-objection-sent = Dne { $date } byla podle { $cite } vznesena moje námitka proti
    zpracování mých osobních údajů spolu s žádostí o omezení zpracování, výmaz údajů
    a informování příjemců. Námitku přikládám.
complaint-objection-sent-report = Dne { $date } byla vznesena moje výslovná námitka proti
    zpracování mých osobních údajů pro trénování AI a související účely. Námitku přikládám.
complaint-deadline = Lhůta pro odpověď podle { $cite } uplynula dne { $deadline }.
complaint-outcome = { $outcome ->
    [refused] Společnost LinkedIn mou námitku odmítla, aniž by prokázala závažné oprávněné důvody, které převažují nad mými zájmy nebo právy a svobodami. Její odpověď přikládám.
    [incomplete] Odpověď společnosti LinkedIn mé námitce plně nevyhovuje. Odpověď přikládám.
   *[no-reply] Věcná odpověď mi dosud nebyla doručena.
}
complaint-heading-assessment = Právní posouzení
complaint-assessment = Společnost LinkedIn se při používání profilů a zveřejněného obsahu členů,
    včetně osobních údajů jiných osob, které tento obsah obsahuje, k trénování modelů AI
    generujících obsah opírá o oprávněné zájmy podle { $basis }. Po vznesení námitky smí ve
    zpracování pokračovat pouze tehdy, prokáže-li závažné oprávněné důvody, které převažují nad
    zájmy nebo právy a svobodami osoby, jež námitku vznesla ({ $cite }). To neučinila;
    pokračující zpracování mých údajů proto podle mého názoru porušuje { $law }.
complaint-assessment-report = Zpracování mých osobních údajů v rozporu s mým výslovným projevem
    vůle představuje zásah do mé osobnosti ve smyslu { $personality }, který je protiprávní, není-li
    odůvodněn podle { $justification }. Společnost LinkedIn žádný takový důvod neprokázala.
complaint-heading-requests = Návrhy
complaint-requests = Žádám Vás, abyste mou stížnost prošetřili, přijali opatření nezbytná k tomu,
    aby společnost LinkedIn mé námitce vyhověla, a informovali mě o průběhu a výsledku vyřizování
    stížnosti.
complaint-requests-report = Žádám Vás o zahájení šetření podle { $cite } a o informaci
    o krocích, které podniknete, a o jejich výsledku.
complaint-lead-authority = Podle { $cite } je vedoucím dozorovým úřadem pro společnost
    { $controller } irská Komise pro ochranu údajů (Data Protection Commission, DPC). Tuto
    stížnost podávám u Vás jako u dozorového úřadu v místě mého obvyklého bydliště a žádám Vás,
    abyste ji vyřizovali ve spolupráci s DPC.
complaint-lead-authority-forward = Podle { $cite } je vedoucím dozorovým úřadem pro společnost
    { $controller } irská Komise pro ochranu údajů (Data Protection Commission, DPC). Pokud je mi
    známo, nejste pro tuto společnost sami příslušní; žádám Vás proto o postoupení mé stížnosti
    příslušnému dozorovému úřadu.
complaint-lead-authority-report = V Evropské unii vykonává dozor nad společností { $controller }
    jako vedoucí dozorový úřad irská Komise pro ochranu údajů (Data Protection Commission, DPC).
complaint-uk-controller-first = Před podáním této stížnosti byla věc předložena správci: v mé
    námitce byla společnost LinkedIn požádána, aby ji považovala zároveň za stížnost podle
    { $cite }.
complaint-enclosure-objection = Moje námitka ze dne { $date }
complaint-enclosure-reply = Odpověď společnosti LinkedIn
complaint-contact = Kontaktovat mě můžete na adrese { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Upomínka: moje námitka ze dne { $date } ({ $law }) – účet LinkedIn { $email }
   *[non-member] Upomínka: moje námitka ze dne { $date } ({ $law })
}
reminder-intro = dne { $date } byla podle { $cite } vznesena moje námitka proti zpracování mých
    osobních údajů spolu s žádostí o omezení zpracování, výmaz údajů a informování příjemců.
    Kopii námitky přikládám.
reminder-overdue = Lhůta pro Vaši odpověď podle { $cite } uplynula dne { $deadline }. Věcná
    odpověď mi dosud nebyla doručena.
reminder-request = Žádám Vás, abyste mé námitce a mým žádostem bez dalšího odkladu vyhověli a do
    { $deadline } mi to písemně potvrdili.
reminder-next = { $route ->
    [report] Pokud do té doby neobdržím uspokojivou odpověď, oznámím věc tomuto úřadu: { $authority }.
   *[complaint] Pokud do té doby neobdržím uspokojivou odpověď, podám stížnost u tohoto dozorového úřadu: { $authority }.
}
complaint-reminder-sent = Dne { $date } byla společnosti LinkedIn zaslána upomínka k mé námitce
    s dodatečnou lhůtou do { $deadline }.
complaint-enclosure-reminder = Moje upomínka ze dne { $date }

## Case status (objection status --case DIR)

status-reference = Případ { $reference }
status-empty = Tento případ zatím neobsahuje žádnou námitku. Začněte příkazem: objection letter --case { $dir }
status-sent = Námitka odeslána dne { $date }.
status-reminded = Upomínka odeslána dne { $date }.
status-complained = Stížnost sepsána dne { $date }. Úřad Vás bude informovat o dalším postupu.
status-waiting = Čeká se na odpověď společnosti LinkedIn do { $date } (ještě { $days ->
    [one] { $days } den
    [few] { $days } dny
    [many] { $days } dne
   *[other] { $days } dní
}).
status-overdue = Lhůta překročena o { $days ->
    [one] { $days } den
    [few] { $days } dny
    [many] { $days } dne
   *[other] { $days } dní
}: uplynula dne { $date }.
status-next-wait-reminder = Další krok: pokud společnost LinkedIn do té doby neodpoví, napište upomínku: objection reminder --case { $dir }
status-next-wait-complaint = Další krok: pokud společnost LinkedIn do té doby neodpoví, napište stížnost: objection complaint --case { $dir }
status-next-reminder = Další krok: napište upomínku: objection reminder --case { $dir }
status-next-complaint = Další krok: napište stížnost dozorovému úřadu: objection complaint --case { $dir }
calendar-summary = Lhůta pro odpověď společnosti LinkedIn na Vaši námitku ({ $reference })
calendar-description = Pokud společnost LinkedIn do dnešního dne neodpověděla, zjistěte další krok: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# No "správce", "oprávněný zájem" or "námitka podle čl. 21" here; "osobní údaje" is the
# general Czech term. Foreign laws keep their own names and are cited law first ("PIPEDA,
# příloha 1, zásada 4.3.8", "Cal. Civ. Code § 1798.120").
# law-name-* are in the nominative; the messages use them as a predicate nominative
# ("Rozhodným předpisem je …") or as the subject, so that their gender does not matter.

# Same as English: the Canadian Act's own abbreviation.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: Hong Kong's own abbreviation and chapter number.
law-pdpo = PDPO (Cap. 486)
# Same as English: the California code cited in its own form.
law-ccpa = Cal. Civ. Code
# Same as English: the Indian Act's own short title.
law-dpdp = DPDP Act 2023
law-us-generic = Zásady ochrany osobních údajů LinkedIn
law-generic = Zásady ochrany osobních údajů LinkedIn
# Short names for subject lines.
# Same as English: the Canadian Act's own abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = québecký zákon o soukromém sektoru
# Same as English: Hong Kong's own abbreviation.
law-short-pdpo = PDPO
# Same as English: California's own abbreviation.
law-short-ccpa = CCPA
# Same as English: the Indian Act's own short title.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Zásady ochrany osobních údajů LinkedIn
law-short-generic = Zásady ochrany osobních údajů LinkedIn
# The name of the law in running text, in the nominative.
law-name-pipeda = kanadský zákon o ochraně osobních údajů a elektronických dokumentech (PIPEDA)
law-name-qc-private = québecký zákon o ochraně osobních údajů v soukromém sektoru
    (CQLR c. P-39.1)
law-name-pdpo = hongkongský zákon o ochraně soukromí v oblasti osobních údajů (PDPO)
law-name-ccpa = kalifornský zákon o ochraně soukromí spotřebitelů (CCPA)
law-name-dpdp = indický zákon o ochraně digitálních osobních údajů z roku 2023 (DPDP Act)
law-name-us-generic = Zásady ochrany osobních údajů společnosti LinkedIn
law-name-generic = Zásady ochrany osobních údajů společnosti LinkedIn
cite-common-article = čl. { $number }
cite-common-article-paragraph = čl. { $number } odst. { $paragraph }
cite-common-section = § { $number }
cite-common-section-paragraph = § { $number } odst. { $paragraph }
cite-common-principle = příloha 1, zásada { $number }
cite-common-dpp = příloha 1, zásada ochrany údajů { $number }
cite-common-and = { $first } a { $second }
# Same as English: the pattern "PIPEDA, příloha 1, zásada 4.3.8" puts the law first.
cite-common-law = { $law }, { $refs }
# Same as English: the section sign of US codes.
cite-us-section = § { $number }
cite-us-and = { $first } a { $second }
# Same as English: the pattern "Cal. Civ. Code § 1798.120".
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] personalizovaná reklama založená na mém profilu a mé aktivitě a zpřístupňování mých údajů jiným subjektům pro reklamní účely;
   *[non-member] personalizovaná reklama založená na mých osobních údajích a jejich zpřístupňování jiným subjektům pro reklamní účely;
}
other-subject = { $family ->
    [consent] Odvolání souhlasu s používáním mých osobních údajů ({ $law })
    [optout] Žádost o ukončení prodeje a sdílení mých osobních údajů ({ $law })
   *[generic] Žádost o ukončení používání mých osobních údajů pro trénování AI a reklamu
}
other-intro-member = mám účet na síti LinkedIn registrovaný na e-mailovou adresu { $email }.
    Obracím se na společnost { $controller } ve věci používání mých osobních údajů.
other-intro-non-member = nemám účet na síti LinkedIn. Jiné osoby zveřejnily na síti LinkedIn obsah, který obsahuje mé osobní údaje, zejména { $count ->
    [one] na této adrese:
    [few] na těchto adresách:
    [many] na těchto adresách:
   *[other] na těchto adresách:
}
other-intro-non-member-after = Obracím se na společnost { $controller } ve věci používání těchto
    údajů.
consent-no-objection = V mém případě je rozhodným předpisem { $law }. Tento předpis nezakládá
    obecné právo vznést námitku proti používání osobních údajů. Uplatňuji proto nejbližší právo,
    které přiznává: právo odvolat souhlas ({ $cite }).
consent-withdrawal = Odvolávám jakýkoli výslovný nebo konkludentní souhlas, o který společnost
    LinkedIn opírá používání mých osobních údajů pro tyto účely:
consent-new-purpose = Trénování modelů AI není účelem, pro který byly mé údaje společnosti
    LinkedIn poskytnuty. Jejich použití pro takový nový účel vyžaduje můj souhlas ({ $cite }),
    který neuděluji.
consent-in-force = Ustanovení, která { $law } obsahuje o souhlasu a jeho odvolání, mají nabýt
    účinnosti dne { $date }. Do té doby Vás žádám, abyste toto odvolání respektovali na základě
    závazků ze Zásad ochrany osobních údajů společnosti LinkedIn.
optout-no-objection = Zákon CCPA nedává právo vznést námitku proti trénování AI jako takovému.
    Uplatňuji proto práva, která přiznává, a připojuji vlastní žádost.
optout-sale = Podle { $cite } požaduji, abyste mé osobní údaje neprodávali ani nesdíleli („sell“,
    „share“), a to ani se společností Microsoft či jinými přidruženými společnostmi za účelem
    personalizace reklamy, kterou mi zobrazují.
optout-sensitive = Podle { $cite } požaduji, abyste používání a zpřístupňování mých citlivých
    osobních údajů omezili na rozsah, který připouští zákon.
optout-ai = Nad rámec těchto práv Vás žádám, abyste přestali používat mé osobní údaje pro tyto účely:
generic-basis = { $scope ->
    [us] Žádný federální zákon mi nedává právo vznést námitku proti tomuto používání. Opírám se o možnosti volby, které nabízí sama společnost LinkedIn, a o její Zásady ochrany osobních údajů a žádám Vás, abyste je vůči mně uplatnili v plném rozsahu.
   *[other] Opírám se o závazky uvedené v Zásadách ochrany osobních údajů společnosti LinkedIn, které členům a návštěvníkům umožňují rozhodovat o tom, jak jsou jejich údaje používány, a o právní předpisy mé země na ochranu osobních údajů, pokud se použijí.
}
generic-request = Má žádost se týká používání mých osobních údajů pro tyto účely:
generic-us-state = Pokud se na společnost LinkedIn vztahuje zákon mého státu o ochraně soukromí
    spotřebitelů, považujte prosím tento dopis zároveň za žádost podle tohoto zákona.
generic-settings = Nastavení „Data for Generative AI Improvement“ a „Data sharing“ na síti
    LinkedIn pokrývají pouze část této žádosti; vyřiďte ji prosím v plném rozsahu.
other-stop = Přestaňte prosím mé údaje pro tyto účely používat, vyřaďte je z budoucích
    trénovacích dat a sdělte mi, co se děje s údaji, které již byly použity.
other-deadline-courtesy = Pro Vaši odpověď neplatí žádná zákonná lhůta. Přesto Vás žádám, abyste
    mi do { $deadline } písemně potvrdili, že jste této žádosti vyhověli.
optout-deadline = Vyřiďte prosím mou žádost o opt-out co nejdříve, nejpozději však do
    { $deadline } (15 pracovních dnů, lhůta stanovená prováděcími předpisy k CCPA pro tyto
    žádosti), a písemně mi to potvrďte.
other-form-field-request = Žádost: { $family ->
    [consent] odvolání souhlasu ({ $law })
    [optout] opt-out z prodeje a sdílení ({ $law })
   *[generic] ukončení používání mých údajů pro trénování AI a reklamu
}
other-form-guide-route = Tento formulář je popsán v evropském oznámení společnosti LinkedIn
    o ochraně osobních údajů. Pokud Vám není nabídnut, zašlete místo něj dopis (objection letter)
    nebo použijte kontaktní formulář LinkedIn pro ochranu soukromí: { $url }
other-reminder-subject = Upomínka: můj dopis ze dne { $date } ({ $law })
other-reminder-intro = můj dopis ze dne { $date } se týkal používání mých osobních údajů pro
    trénování AI a související účely. Kopii dopisu přikládám.
other-reminder-overdue = Odpověď byla požadována do { $deadline }. Věcná odpověď mi dosud nebyla
    doručena.
other-reminder-request = Žádám Vás, abyste mé žádosti bez dalšího odkladu vyhověli a do
    { $deadline } mi to písemně potvrdili.
other-reminder-next = Pokud do té doby neobdržím uspokojivou odpověď, podám stížnost u tohoto
    orgánu: { $authority }.
other-reminder-next-none = Pokud do té doby neobdržím uspokojivou odpověď, zvážím další právní
    prostředky, které mám k dispozici.
other-complaint-subject = Stížnost na společnost { $controller } ({ $law })
other-complaint-intro = tímto podávám stížnost na společnost { $controller }, { $address },
    týkající se používání mých osobních údajů. Rozhodným předpisem je { $law_name }.
other-complaint-sent = { $family ->
    [consent] Dne { $date } byl odvolán můj souhlas s používáním mých osobních údajů pro trénování AI a související účely ({ $cite }).
   *[optout] Dne { $date } byla společnost LinkedIn vyzvána, aby mé osobní údaje neprodávala ani nesdílela ({ $cite }) a přestala je používat k trénování modelů AI.
} Můj dopis přikládám. Odpověď byla požadována do { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] Společnost LinkedIn mou žádost odmítla. Její odpověď přikládám.
    [incomplete] Odpověď společnosti LinkedIn mé žádosti plně nevyhovuje. Odpověď přikládám.
   *[no-reply] Věcná odpověď mi dosud nebyla doručena.
}
other-complaint-assessment = { $family ->
    [consent] Podle mého názoru společnost LinkedIn nadále používá mé údaje bez mého souhlasu, a to pro nový účel, který takový souhlas vyžaduje ({ $cite }).
   *[optout] Podle mého názoru společnost LinkedIn nevyhověla mé žádosti o opt-out ve lhůtě stanovené prováděcími předpisy k CCPA.
}
other-complaint-requests = Žádám Vás, abyste mou stížnost prošetřili a informovali mě o jejím
    výsledku.
other-enclosure-letter = Můj dopis ze dne { $date }
other-reasons = K mé situaci dodávám následující:
other-complaint-reminder-sent = Dne { $date } byla společnosti LinkedIn zaslána upomínka
    s dodatečnou lhůtou do { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Námitka podle { $cite } vyžaduje důvody týkající se Vaší konkrétní situace; tato námitka je vznesena bez nich. Doplňte je pomocí --reason "...", aby bylo obtížnější ji odmítnout.
note-federal-authority = Samotný kód DE směruje stížnost federálnímu úřadu (BfDI), který stížnosti na společnosti postupuje úřadu příslušné spolkové země. Chcete-li postupovat přímo, uveďte svou spolkovou zemi, například --country DE-BE (viz `objection jurisdictions`).
warning-premature = Společnost LinkedIn má na odpověď čas do { $deadline }; { $document ->
    [reminder] upomínka
   *[complaint] stížnost
} kvůli chybějící odpovědi je do té doby předčasná.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = V příloze zasílám svůj dopis ze dne { $date } ve formátu PDF. Jeho úplné znění je uvedeno níže.
email-cover-reminder = V příloze zasílám svou upomínku ze dne { $date } ve formátu PDF. Její úplné znění je uvedeno níže.
email-cover-complaint = V příloze zasílám svou stížnost ze dne { $date } ve formátu PDF. Její úplné znění je uvedeno níže.
email-receipt = Prosím o potvrzení přijetí.
email-file-letter = dopis
email-file-reminder = upomínka
email-file-complaint = stížnost
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = K e-mailu je připojen pouze soubor PDF. Před odesláním připojte také přílohy:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Tento průvodce vám krok za krokem pomůže vznést námitku proti tomu, jak LinkedIn používá vaše údaje. Nic se neuloží, dokud na konci nepotvrdíte. Klávesou Esc nebo Ctrl+C můžete kdykoli skončit.
wizard-language = Jazyk
wizard-help-select = ↑↓ pohyb, Enter výběr
wizard-help-multi = ↑↓ pohyb, mezerník označí nebo zruší označení, Enter potvrdí
wizard-country = Kde bydlíte?
wizard-country-help = Psaním hledáte, Enter vybere. V Německu zvolte svou spolkovou zemi.
wizard-member = Máte účet na LinkedIn?
wizard-answer = { $answer ->
    [yes] Ano
   *[no] Ne
}
wizard-content-url = Webová adresa { $number } obsahu o vás na LinkedIn
wizard-content-url-help = Zkopírujte ji z adresního řádku prohlížeče (https://...). Až budete hotovi, nechte pole prázdné.
wizard-name = Vaše celé jméno
wizard-email = Vaše e-mailová adresa
wizard-email-help = Adresa vašeho účtu na LinkedIn; bez účtu adresa, na kterou vám LinkedIn může odpovědět.
wizard-address = Vaše poštovní adresa, řádek { $number }
wizard-address-help = Například ulice a číslo domu, potom PSČ a obec. Až budete hotovi, nechte pole prázdné.
wizard-place = Vaše obec (pro datum v dopise)
wizard-object-to = Proti čemu vznášíte námitku?
wizard-purpose-ai-training = Proti tomu, že LinkedIn na vašich údajích trénuje umělou inteligenci, která píše texty nebo vytváří obrázky
wizard-purpose-ai-other = Proti jinému využití vašich údajů umělou inteligencí, například k přizpůsobení vašeho kanálu nebo třídění obsahu
wizard-purpose-ads-profiling = Proti reklamě založené na vašem profilu
wizard-purpose-affiliate-sharing = Proti předávání vašich údajů Microsoftu a dalším propojeným společnostem pro jejich umělou inteligenci nebo reklamu
wizard-reason = Proč je to pro vás osobně důležité? (nepovinné)
wizard-reason-help = Například: „Jsem novinářka a musím chránit své zdroje.“ „Mé příspěvky jsou moje práce; kopie od umělé inteligence poškozují můj příjem.“ Klávesou Enter otázku přeskočíte.
wizard-outputs = Jaké dokumenty chcete?
wizard-output = { $output ->
    [form] Text pro online formulář LinkedIn
    [letter-pdf] Dopis v PDF k vytištění a odeslání poštou
   *[letter-text] Dopis jako text
}
wizard-problem = { $problem ->
    [empty] Toto pole nesmí být prázdné.
    [too-long] Příliš dlouhé: { $length } (nejvýše { $limit } znaků).
    [control] Odstraňte řídicí znak { $character }.
    [bidi] Napište to znovu bez znaku směru { $character }: může změnit pořadí, v jakém se text zobrazí.
    [email] Toto není e-mailová adresa. Příklad: name@example.org
   *[url] Toto není webová adresa. Zkopírujte ji z prohlížeče; začíná https://
}
wizard-preview = Náhled vašeho textu:
wizard-folder = Složka pro vaše dokumenty
wizard-folder-exists = Tato složka už existuje. Zvolte nový název.
wizard-confirm = Uložit teď vaše dokumenty do složky { $dir }?
wizard-next-form = Text pro formulář LinkedIn je v souboru { $file }.
wizard-next-letter = Vytiskněte { $file }, dopis podepište a pošlete poštou na adresu uvedenou nahoře v dopise. Ponechte si kopii.
wizard-next-deadline = LinkedIn má na odpověď čas do { $date }.
wizard-next-reminder = Pokud do té doby nepřijde řádná odpověď, napište upomínku: { $command }
wizard-save-details = Uložit vaše údaje do souboru { $file } pro příště?
wizard-saved = Uloženo. Příště: { $command }
wizard-stopped = Ukončeno. Nic nebylo uloženo.
