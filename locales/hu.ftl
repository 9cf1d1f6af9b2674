# Magyar (Magyarország). Ugyanazokat az üzeneteket határozza meg, mint az en.ftl.
#
# Conventions (in English for reviewers):
# - Register: formal Hungarian legal prose as a data protection lawyer would write it; terminology
#   of the official Hungarian version of Regulation (EU) 2016/679 ("adatkezelő", "érintett",
#   "az adatkezelés korlátozása", "jogos érdek", "közvetlen üzletszerzés", "profilalkotás",
#   "kényszerítő erejű jogos okok", "felügyeleti hatóság", "fő felügyeleti hatóság",
#   "adatvédelmi tisztviselő", "címzett"). LinkedIn is addressed in the formal plural ("Önök"),
#   the authority likewise; the user (guidance, case status) in the formal singular ("Ön").
# - GDPR name and abbreviation: "általános adatvédelmi rendelet (GDPR)", abbreviated "GDPR", as
#   the NAIH writes it on its own website (menu item "Általános adatvédelmi rendelet (GDPR)
#   szövege", https://www.naih.hu/component/users/?Itemid=435&contrast=highcontrast); the NAIH's
#   election-campaign recommendation likewise says "a GDPR (az EU általános adatvédelmi
#   rendelete)" (reproduced at https://jogaszvilag.hu/szakma/hatosagi-ajanlas-a-valasztasok-adatvedelmi-kerdeseihez/).
#   A NAIH page showing an Article 21 citation itself could not be found with the search tool; the
#   citation style below is the usual one of Hungarian legislation and NAIH decisions.
# - Citations: law first, possessive suffix on the last unit, always preceded by the article "a"
#   in the sentence: "a GDPR 21. cikk (1) bekezdése", "a GDPR 18. cikk (1) bekezdés d) pontja",
#   "a GDPR 21. cikk (2) és (3) bekezdése", "a GDPR 19. cikke", "a UK GDPR 12. cikk (3) bekezdése
#   és 12A. cikke", "a DPA 2018 164A. szakasza", Swiss act: "a DSG 30. cikk (2) bekezdés b) pontja".
#   Hungarian case suffixes cannot be attached to an inserted value, so every sentence joins a
#   citation with a postposition that needs no suffix ("alapján", "szerint", "szerinti",
#   "értelmében"). Laws outside the GDPR are cited in their own style, in parentheses and
#   without the possessive: "(PIPEDA, 1. melléklet, 4.3.8. alapelv)", "(Cal. Civ. Code § 1798.120)".
# - Dates: "2026. november 23." (year, month name in lower case, day, full stop). Dates are
#   joined with "napján" (on), "napjáig" (by), "napját" and "óta", so the date itself never takes
#   a suffix: "2026. november 23. napjáig". Controller and authority names likewise stand in the
#   nominative ("a LinkedIn Ireland Unlimited Company ellen", "… részére", "(NAIH)").
# - Salutation "Tisztelt Hölgyem/Uram!", after which the text continues with a capital letter;
#   closing "Tisztelettel:"; subject line "Tárgy: …"; enclosures "Melléklet(ek):".
# - Plurals: CLDR "hu" has one/other; a noun after a numeral stays singular ("3 nap").
# - Quotation marks „…”; parenthetical dashes " – ". The LinkedIn setting keeps its English label
#   („Data for Generative AI Improvement”): no Hungarian label is recorded in legal-facts.md.
# - Hungarian has no grammatical gender, so no sentence depends on the writer's gender.

lang-name = Magyar

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

# Same as English: the NAIH abbreviates the general data protection regulation as "GDPR".
law-gdpr = GDPR
# Same as English: the UK's own short title.
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: the UK's own short title.
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# "a GDPR 21. cikk (1) bekezdése alapján": the sentence supplies "a" and the postposition.

cite-eu-article = { $number }. cikke
cite-eu-article-paragraph = { $number }. cikk ({ $paragraph }) bekezdése
cite-eu-article-paragraphs = { $number }. cikk ({ $paragraph }) és ({ $second }) bekezdése
cite-eu-article-paragraph-point = { $number }. cikk ({ $paragraph }) bekezdés { $point }) pontja
cite-eu-section = { $number }. szakasza
cite-eu-section-paragraph = { $number }. szakasz ({ $paragraph }) bekezdése
cite-eu-section-paragraphs = { $number }. szakasz ({ $paragraph }) és ({ $second }) bekezdése
cite-eu-section-paragraph-point = { $number }. szakasz ({ $paragraph }) bekezdés { $point }) pontja
cite-eu-and = { $first } és { $second }
cite-eu-law = { $law } { $refs }
cite-ch-article = { $number }. cikke
cite-ch-article-paragraph = { $number }. cikk ({ $paragraph }) bekezdése
cite-ch-article-paragraphs = { $number }. cikk ({ $paragraph }) és ({ $second }) bekezdése
cite-ch-article-paragraph-point = { $number }. cikk ({ $paragraph }) bekezdés { $point }) pontja
cite-ch-section = { $number }. szakasza
cite-ch-section-paragraph = { $number }. szakasz ({ $paragraph }) bekezdése
cite-ch-section-paragraphs = { $number }. szakasz ({ $paragraph }) és ({ $second }) bekezdése
cite-ch-section-paragraph-point = { $number }. szakasz ({ $paragraph }) bekezdés { $point }) pontja
cite-ch-and = { $first } és { $second }
cite-ch-law = { $law } { $refs }

## Dates

month-1 = január
month-2 = február
month-3 = március
month-4 = április
month-5 = május
month-6 = június
month-7 = július
month-8 = augusztus
month-9 = szeptember
month-10 = október
month-11 = november
month-12 = december
date-long = { $year }. { $month } { $day }.
# A keltezés: hely és dátum ("Budapest, 2026. november 23."), vagy csak a dátum.
# Same as English: place, comma, date ("Budapest, 2026. november 23.").
dateline-with-place = { $place }, { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Ausztria
# Same as English: the country's name is the same in Hungarian.
jurisdiction-BE = Belgium
jurisdiction-BG = Bulgária
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Svájc
jurisdiction-CY = Ciprus
jurisdiction-CZ = Csehország
jurisdiction-DE = Németország
jurisdiction-DE-BB = Brandenburg (Németország)
jurisdiction-DE-BE = Berlin (Németország)
jurisdiction-DE-BW = Baden-Württemberg (Németország)
jurisdiction-DE-BY = Bajorország (Németország)
jurisdiction-DE-HB = Bréma (Németország)
jurisdiction-DE-HE = Hessen (Németország)
jurisdiction-DE-HH = Hamburg (Németország)
jurisdiction-DE-MV = Mecklenburg-Elő-Pomeránia (Németország)
jurisdiction-DE-NI = Alsó-Szászország (Németország)
jurisdiction-DE-NW = Észak-Rajna-Vesztfália (Németország)
jurisdiction-DE-RP = Rajna-vidék-Pfalz (Németország)
jurisdiction-DE-SH = Schleswig-Holstein (Németország)
jurisdiction-DE-SL = Saar-vidék (Németország)
jurisdiction-DE-SN = Szászország (Németország)
jurisdiction-DE-ST = Szász-Anhalt (Németország)
jurisdiction-DE-TH = Türingia (Németország)
jurisdiction-DK = Dánia
jurisdiction-EE = Észtország
jurisdiction-ES = Spanyolország
jurisdiction-FI = Finnország
jurisdiction-FR = Franciaország
jurisdiction-GB = Egyesült Királyság
jurisdiction-GR = Görögország
jurisdiction-HK = Hongkong
jurisdiction-HR = Horvátország
jurisdiction-HU = Magyarország
jurisdiction-IE = Írország
# Same as English: the country's name is the same in Hungarian.
jurisdiction-IN = India
jurisdiction-IS = Izland
jurisdiction-IT = Olaszország
# Same as English: the country's name is the same in Hungarian.
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Litvánia
jurisdiction-LU = Luxemburg
jurisdiction-LV = Lettország
jurisdiction-MT = Málta
jurisdiction-NL = Hollandia
jurisdiction-NO = Norvégia
jurisdiction-OTHER = más ország
jurisdiction-PL = Lengyelország
jurisdiction-PT = Portugália
jurisdiction-RO = Románia
jurisdiction-SE = Svédország
jurisdiction-SI = Szlovénia
jurisdiction-SK = Szlovákia
jurisdiction-US = Egyesült Államok
jurisdiction-US-CA = Kalifornia (Egyesült Államok)

## Shared pieces of all documents

recipient-dpo = Az adatvédelmi tisztviselő részére
# Több oldalas levelek lábléce.
page-number = { $page }/{ $total }. oldal
salutation = Tisztelt Hölgyem/Uram!
closing = Tisztelettel:
label-enclosures = { $count ->
    [one] Melléklet:
   *[other] Mellékletek:
}
subject-line = Tárgy: { $subject }
# Célok, a tiltakozáson belüli felsorolás elemeiként. $account: "member" vagy "non-member".
purpose-ai-training = { $account ->
    [member] tartalomgeneráló mesterségesintelligencia-modellek (generatív MI) tanítása, finomhangolása, értékelése és fejlesztése, különösen a profiladataim és az általam a LinkedIn felületén közzétett tartalmak felhasználásával;
   *[non-member] tartalomgeneráló mesterségesintelligencia-modellek (generatív MI) tanítása, finomhangolása, értékelése és fejlesztése, különösen olyan, rólam szóló tartalmak felhasználásával, amelyeket mások tettek közzé a LinkedIn felületén;
}
purpose-ai-other = mesterségesintelligencia- és gépi tanulási modellek tanítása más célokra, például szolgáltatásaik személyre szabása, tartalmak osztályozása, valamint termékeik és szolgáltatásaik általános fejlesztése céljából;
purpose-affiliate-sharing = személyes adataim továbbítása kapcsolt vállalkozásaik – köztük a Microsoft – részére abból a célból, hogy azok saját MI-modelleket tanítsanak, vagy hirdetési szolgáltatásaikat nyújtsák, fejlesszék, illetve javítsák;
form-purpose-ai-training = { $account ->
    [member] tartalmat létrehozó generatív MI-modellek tanítása a profiladataimmal és az általam közzétett tartalmakkal;
   *[non-member] tartalmat létrehozó generatív MI-modellek tanítása olyan, rólam szóló tartalmakkal, amelyeket mások tettek közzé;
}
form-purpose-ai-other = egyéb MI- és gépi tanulási modellek tanítása, például személyre szabás és tartalmak osztályozása céljából;
form-purpose-affiliate-sharing = adataim továbbítása kapcsolt vállalkozások (például a Microsoft) részére saját MI-tanításuk vagy hirdetéseik céljára;
form-purpose-ads = személyre szabott hirdetések, valamint adataim hirdetési célú továbbítása;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Tiltakozás személyes adataim LinkedIn általi kezelése ellen
form-field-name = Név: { $name }
form-field-email = E-mail-cím: { $email }
form-field-country = Lakóhely szerinti ország: { $country }
form-field-member = LinkedIn-fiók: { $account ->
    [member] van, a fenti e-mail-címmel regisztrálva
   *[non-member] nincs (nem vagyok a LinkedIn tagja)
}
form-field-profile = Profil: { $url }
form-field-content = Rólam szóló tartalom: { $url }
form-field-request = Kérelem: tiltakozás az adatkezelés ellen ({ $cite })
form-objection = A { $cite } alapján tiltakozom személyes adataimnak a { $basis } szerinti
    jogos érdekre alapított kezelése ellen a következő célok tekintetében:
form-direct-marketing = A { $cite } alapján tiltakozom személyes adataim közvetlen üzletszerzés
    érdekében történő kezelése ellen, ideértve az ehhez kapcsolódó profilalkotást is, különösen a
    személyre szabott hirdetések céljából.
form-grounds = A saját helyzetemmel kapcsolatos okaim:
form-requests = Kérem, hogy tiltakozásom elbírálásáig korlátozzák az adatkezelést (a
    { $restriction } alapján). Kérem továbbá az e célokból gyűjtött személyes adatok törlését (a
    { $erasure } alapján), valamint a címzettek – köztük a Microsoft – erről való értesítését (a
    { $recipients } alapján).
form-confirmation = Kérem, hogy legkésőbb { $deadline } napjáig írásban erősítsék meg, hogy
    tiltakozásomnak eleget tettek.

## Guidance printed after the form text (on standard error)

form-guide-heading = Következő lépések:
form-guide-open = Nyissa meg a LinkedIn adatkezelés elleni tiltakozásra szolgáló űrlapját (Data
    Processing Objection): { $url }
form-guide-option = Válassza ki azt a lehetőséget, amellyel adatainak tartalomgeneráló
    MI-modellek tanítására történő kezelése ellen tiltakozhat (a LinkedIn ezt más megnevezéssel is
    feltüntetheti), másolja be a fenti értékeket az űrlap megfelelő mezőibe, a szöveget pedig
    illessze be a szabad szöveges mezőbe.
form-guide-toggle = A „Data for Generative AI Improvement” beállítás ({ $url }) csak a
    tartalomgeneráló modellek jövőbeli tanítását állítja le. Nem terjed ki a mesterséges
    intelligencia egyéb felhasználásaira és a hirdetésekre, ezért van jelentősége magának a
    tiltakozásnak.
form-guide-non-member = Fiók nélkül nincs olyan beállítás, amelyet módosíthatna: az Ön számára ez
    az űrlap vagy a LinkedIn adatvédelmi tisztviselőjének címzett levél (objection letter) a
    járható út.
form-guide-letter = A tiltakozás hivatalos dokumentálása érdekében küldje el a levelet is:
    objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Tiltakozás személyes adataim kezelése ellen ({ $law }) – LinkedIn-fiók: { $email }
   *[non-member] Tiltakozás személyes adataim kezelése ellen ({ $law }) – LinkedIn-fiókkal nem rendelkező érintett
}
letter-intro-member = A LinkedIn tagja vagyok; fiókomat a következő e-mail-címmel regisztráltam:
    { $email }. Levelemet a { $controller } adatvédelmi tisztviselőjének címzem; a társaság
    személyes adataim adatkezelője.
letter-intro-member-profile = Nyilvános profilom: { $url }
letter-intro-non-member = Nem rendelkezem LinkedIn-fiókkal. Mások a LinkedIn felületén olyan tartalmakat tettek közzé, amelyek személyes adataimat tartalmazzák, különösen { $count ->
    [one] a következő címen:
   *[other] a következő címeken:
}
letter-intro-non-member-after = Levelemet a { $controller } adatvédelmi tisztviselőjének címzem; a
    társaság ezen adatok adatkezelője.
letter-heading-objection = Tiltakozás a jogos érdeken alapuló adatkezelés ellen
letter-objection = A { $cite } alapján a saját helyzetemmel kapcsolatos okokból tiltakozom
    személyes adataimnak a { $basis } szerinti jogos érdekre alapított kezelése ellen a következő
    célok tekintetében:
letter-objection-notice = { $account ->
    [member] Adatvédelmi tájékoztatójuk szerint 2025. november 3. óta jogos érdekre hivatkozva használják fel a tagok adatait tartalomgeneráló MI-modellek tanítására.
   *[non-member] Adatvédelmi tájékoztatójuk szerint 2025. november 3. óta jogos érdekre hivatkozva használják fel tartalomgeneráló MI-modellek tanítására a tagok által közzétett tartalmakat, amelyek más személyek személyes adatait – köztük az enyéimet – is tartalmazzák.
}
letter-grounds-given = A saját helyzetemmel kapcsolatos okaim a következők:
letter-grounds-burden = E tiltakozást követően az adatkezelést csak akkor folytathatják, ha
    bizonyítják, hogy azt olyan kényszerítő erejű jogos okok indokolják, amelyek elsőbbséget
    élveznek az érdekeimmel, jogaimmal és szabadságaimmal szemben, vagy amelyek jogi igények
    előterjesztéséhez, érvényesítéséhez vagy védelméhez kapcsolódnak. E jogos okok fennállását
    Önöknek kell bizonyítaniuk.
letter-heading-direct-marketing = Tiltakozás a közvetlen üzletszerzés céljából végzett profilalkotás ellen
letter-direct-marketing = A { $cite } alapján tiltakozom személyes adataim közvetlen
    üzletszerzés érdekében történő kezelése ellen, ideértve az ahhoz kapcsolódó profilalkotást is,
    különösen a személyre szabott hirdetések céljából. E tiltakozást nem kell indokolnom;
    beérkezését követően személyes adataim e célokból nem kezelhetők.
letter-consent-withdrawal = Amennyiben a személyre szabott hirdetésekhez a hozzájárulásomra
    hivatkoznak, e hozzájárulásomat a { $cite } alapján visszavonom.
letter-heading-restriction = Az adatkezelés korlátozása a tiltakozás elbírálásáig
letter-restriction = A { $cite } alapján kérem személyes adataim fenti célokból történő
    kezelésének korlátozását arra az időtartamra, amíg megállapításra nem kerül, hogy az Önök
    jogos indokai elsőbbséget élveznek-e az én jogos indokaimmal szemben.
letter-heading-erasure = Törlés
letter-erasure = A { $cite } alapján kérem az e célokból gyűjtött vagy levezetett személyes
    adataim törlését, ideértve a tanító adatkészletekben található másolatokat is. Kérem továbbá,
    tájékoztassanak arról, hogy adataimat felhasználták-e már modellek tanítására, és ha igen,
    milyen intézkedéseket tesznek ezzel kapcsolatban.
letter-heading-recipients = Címzettek
letter-recipients = A { $cite } alapján kérem, hogy a korlátozásról és a törlésről értesítsenek
    minden olyan címzettet, akivel személyes adataimat e célokból közölték, ideértve kapcsolt
    vállalkozásaikat, így a Microsoft-csoport tagjait is, továbbá tájékoztassanak e címzettek
    kilétéről.
letter-heading-fadp = Svájci adatvédelmi jog
letter-fadp = Svájcban élek, ezért a svájci szövetségi adatvédelmi törvényre (DSG) is hivatkozom.
    Ez a levél egyben a { $personality } szerinti kifejezett akaratnyilatkozatom arról, hogy
    személyes adataim a fenti célokból nem kezelhetők. Az e nyilatkozattal ellentétes adatkezelés
    sérti személyiségi jogaimat, és az ilyen jogsértés jogellenes, kivéve, ha a { $justification }
    alapján igazolt. Amennyiben adataim általánosan hozzáférhetők, e célokból történő kezelésüket
    kifejezetten megtiltom (a { $public } értelmében). A { $claims } szerinti igényeim
    érvényesítésének jogát fenntartom.
letter-heading-confirmation = Visszaigazolás
letter-confirmation = Kérem, hogy indokolatlan késedelem nélkül, de legkésőbb { $deadline }
    napjáig írásban erősítsék meg, hogy tiltakozásomnak és kérelmeimnek eleget tettek (a { $cite }
    alapján). Amennyiben úgy ítélik meg, hogy az adatkezelést folytathatják, kérem, ismertessék
    azokat a kényszerítő erejű jogos okokat, amelyekre hivatkoznak.
letter-toggle = Ismerem a „Data for Generative AI Improvement” beállítást. Mivel az csak a
    tartalomgeneráló modellek jövőbeli tanítására terjed ki, nem helyettesíti ezt a tiltakozást.
letter-uk-complaint = Amennyiben tiltakozásomnak nem tesznek eleget, kérem, hogy e levelet a
    { $cite } szerinti, Önökhöz benyújtott panaszként is kezeljék.
letter-reply-channel = Válaszukat kérem a következő e-mail-címre küldeni: { $email }

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Bejelentés a { $cite } alapján a { $controller } adatkezelésével kapcsolatban
   *[complaint] Panasz a { $cite } alapján a { $controller } ellen
}
complaint-intro = Ezúton panaszt teszek a { $controller } (cím: { $address }) ellen személyes
    adataim kezelése miatt.
complaint-intro-report = Ezúton bejelentést teszek személyes adataimnak a { $controller } (cím:
    { $address }) által végzett kezelése miatt. Tudomásul veszem, hogy bejelentőként ügyféli
    jogállással nem rendelkezem.
complaint-heading-facts = Tényállás
complaint-facts = { $account ->
    [member] A LinkedIn tagja vagyok (a fiókhoz tartozó e-mail-cím: { $email }).
   *[non-member] Nem rendelkezem LinkedIn-fiókkal; mások rólam szóló tartalmakat tettek közzé a LinkedIn felületén, különösen { $count ->
        [one] a következő címen:
       *[other] a következő címeken:
    }
}
complaint-objection-sent = { $date } napján a { $cite } alapján tiltakoztam személyes adataim
    kezelése ellen, és kértem az adatkezelés korlátozását, az adatok törlését, valamint a
    címzettek értesítését. Tiltakozásomat mellékelem.
complaint-objection-sent-report = { $date } napján kifejezetten tiltakoztam személyes adataim
    MI-tanítás és kapcsolódó célok érdekében történő kezelése ellen. Tiltakozásomat mellékelem.
complaint-deadline = A { $cite } szerinti válaszadási határidő { $deadline } napján lejárt.
complaint-outcome = { $outcome ->
    [refused] A LinkedIn elutasította tiltakozásomat anélkül, hogy bizonyította volna olyan kényszerítő erejű jogos okok fennállását, amelyek elsőbbséget élveznek az érdekeimmel, jogaimmal és szabadságaimmal szemben. Válaszát mellékelem.
    [incomplete] A LinkedIn válasza nem teljesíti maradéktalanul a tiltakozásomban foglaltakat. Válaszát mellékelem.
   *[no-reply] A mai napig nem kaptam érdemi választ.
}
complaint-heading-assessment = Jogi értékelés
complaint-assessment = A LinkedIn a { $basis } szerinti jogos érdekre hivatkozva használja fel
    tagjai profiljait és közzétett tartalmait – ideértve az e tartalmakban szereplő, más
    személyekre vonatkozó személyes adatokat is – tartalomgeneráló MI-modellek tanítására.
    Tiltakozás esetén az adatkezelést csak akkor folytathatja, ha bizonyítja, hogy azt olyan
    kényszerítő erejű jogos okok indokolják, amelyek elsőbbséget élveznek a tiltakozó érintett
    érdekeivel, jogaival és szabadságaival szemben (a { $cite } alapján). Ezt nem tette meg;
    álláspontom szerint ezért adataim további kezelése ellentétes a { $law } rendelkezéseivel.
complaint-assessment-report = Személyes adataimnak a kifejezett akaratnyilatkozatommal ellentétes
    kezelése a { $personality } értelmében sérti személyiségi jogaimat, és az ilyen jogsértés
    jogellenes, kivéve, ha a { $justification } alapján igazolt. A LinkedIn ilyen igazoló okot nem
    mutatott ki.
complaint-heading-requests = Kérelmek
complaint-requests = Kérem, hogy vizsgálják ki panaszomat, tegyék meg a szükséges intézkedéseket
    annak érdekében, hogy a LinkedIn eleget tegyen tiltakozásomnak, és tájékoztassanak a
    panaszeljárás állásáról és eredményéről.
complaint-requests-report = Kérem, hogy a { $cite } alapján indítsanak vizsgálatot, és
    tájékoztassanak a megtett lépésekről és azok eredményéről.
complaint-lead-authority = A { $controller } tekintetében az ír adatvédelmi hatóság (Data
    Protection Commission) a fő felügyeleti hatóság (a { $cite } alapján). Panaszomat Önöknél
    mint a szokásos tartózkodási helyem szerinti felügyeleti hatóságnál nyújtom be, és kérem, hogy
    azt az ír hatósággal együttműködésben bírálják el.
complaint-lead-authority-forward = A { $controller } tekintetében az ír adatvédelmi hatóság (Data
    Protection Commission) a fő felügyeleti hatóság (a { $cite } alapján). Tudomásom szerint e
    társaság tekintetében Önök nem illetékesek; ezért kérem, hogy panaszomat továbbítsák az
    illetékes felügyeleti hatósághoz.
complaint-lead-authority-report = Az Európai Unióban a { $controller } felett az ír adatvédelmi
    hatóság (Data Protection Commission) mint fő felügyeleti hatóság gyakorol felügyeletet.
complaint-uk-controller-first = Mielőtt Önökhöz fordultam, az ügyet az adatkezelő elé tártam:
    tiltakozásomban azt kértem, hogy a LinkedIn azt a { $cite } szerinti panaszként is kezelje.
complaint-enclosure-objection = A { $date } napján kelt tiltakozásom
complaint-enclosure-reply = A LinkedIn válasza
complaint-contact = Elérhetőségem: { $email }

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Emlékeztető a { $date } napján kelt tiltakozásomról ({ $law }) – LinkedIn-fiók: { $email }
   *[non-member] Emlékeztető a { $date } napján kelt tiltakozásomról ({ $law })
}
reminder-intro = { $date } napján a { $cite } alapján tiltakoztam személyes adataim kezelése
    ellen, és kértem az adatkezelés korlátozását, az adatok törlését, valamint a címzettek
    értesítését. Tiltakozásom másolatát mellékelem.
reminder-overdue = A { $cite } szerinti válaszadási határidő { $deadline } napján lejárt. A mai
    napig nem kaptam érdemi választ.
reminder-request = Felszólítom Önöket, hogy tiltakozásomnak és kérelmeimnek haladéktalanul
    tegyenek eleget, és ezt legkésőbb { $deadline } napjáig írásban erősítsék meg.
reminder-next = { $route ->
    [report] Ha addig nem kapok kielégítő választ, bejelentést teszek a következő hatóságnál: { $authority }.
   *[complaint] Ha addig nem kapok kielégítő választ, panaszt teszek a következő felügyeleti hatóságnál: { $authority }.
}
complaint-reminder-sent = { $date } napján emlékeztetőt küldtem a LinkedIn részére
    tiltakozásomról, és további határidőként { $deadline } napját jelöltem meg.
complaint-enclosure-reminder = A { $date } napján kelt emlékeztetőm

## Case status (objection status --case DIR)

status-reference = Ügy: { $reference }
status-empty = Ebben az ügyben még nincs tiltakozás. Így kezdheti el: objection letter --case { $dir }
status-sent = A tiltakozás elküldésének napja: { $date }
status-reminded = Az emlékeztető elküldésének napja: { $date }
status-complained = A panasz elkészítésének napja: { $date } A hatóság tájékoztatja Önt az eljárás menetéről.
status-waiting = Várakozás a LinkedIn válaszára { $date } napjáig (még { $days ->
    [one] { $days } nap
   *[other] { $days } nap
} van hátra).
status-overdue = A határidő { $days ->
    [one] { $days } napja
   *[other] { $days } napja
} lejárt; utolsó napja: { $date }
status-next-wait-reminder = Következő lépés: ha a LinkedIn addig nem válaszol, írjon emlékeztetőt: objection reminder --case { $dir }
status-next-wait-complaint = Következő lépés: ha a LinkedIn addig nem válaszol, írja meg a panaszt: objection complaint --case { $dir }
status-next-reminder = Következő lépés: írjon emlékeztetőt: objection reminder --case { $dir }
status-next-complaint = Következő lépés: írja meg a hatóságnak szóló panaszt: objection complaint --case { $dir }
calendar-summary = Határidő: a LinkedIn válasza a tiltakozására ({ $reference })
calendar-description = Ha a LinkedIn mára sem válaszolt, a következő paranccsal megnézheti a teendőket: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Itt nincs „tiltakozás”, „jogos érdek”, „adatkezelő”: a levelek személyes adatok
# „felhasználásáról” szólnak, a jogszabályokat a saját hivatkozási módjukon idézik.
# A law-name-* üzenetek névelővel kezdődnek, és csak ott állnak, ahol alanyesetben maradhatnak.

# Same as English: the Canadian act's own abbreviation.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: the Hong Kong ordinance's own abbreviation and chapter.
law-pdpo = PDPO (Cap. 486)
# Same as English: the Californian code's own citation form.
law-ccpa = Cal. Civ. Code
# Same as English: the Indian act's own short title.
law-dpdp = DPDP Act 2023
law-us-generic = LinkedIn adatvédelmi szabályzata
law-generic = LinkedIn adatvédelmi szabályzata
# Rövid nevek a tárgysorokhoz.
# Same as English: the Canadian act's own abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = québeci magánszektorbeli adatvédelmi törvény
# Same as English: the Hong Kong ordinance's own abbreviation.
law-short-pdpo = PDPO
# Same as English: the Californian act's own abbreviation.
law-short-ccpa = CCPA
# Same as English: the Indian act's own short title.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = LinkedIn adatvédelmi szabályzata
law-short-generic = LinkedIn adatvédelmi szabályzata
# A jogszabály neve a folyó szövegben, névelővel, alanyesetben.
law-name-pipeda = a személyes adatok védelméről és az elektronikus dokumentumokról szóló kanadai szövetségi törvény (PIPEDA)
law-name-qc-private = a magánszektorbeli személyes adatok védelméről szóló québeci törvény
law-name-pdpo = a hongkongi személyesadat-védelmi rendelet (PDPO)
law-name-ccpa = a kaliforniai fogyasztói adatvédelmi törvény (CCPA)
law-name-dpdp = az indiai digitális személyesadat-védelmi törvény (DPDP Act 2023)
law-name-us-generic = a LinkedIn adatvédelmi szabályzata
law-name-generic = a LinkedIn adatvédelmi szabályzata
cite-common-article = { $number }. cikk
cite-common-article-paragraph = { $number }. cikk ({ $paragraph }) bekezdés
cite-common-section = { $number }. szakasz
cite-common-section-paragraph = { $number }. szakasz ({ $paragraph }) bekezdés
cite-common-principle = 1. melléklet, { $number }. alapelv
cite-common-dpp = 1. melléklet, { $number }. adatvédelmi alapelv
cite-common-and = { $first } és { $second }
# Same as English: law first, then the provision ("PIPEDA, 1. melléklet, 4.3.8. alapelv").
cite-common-law = { $law }, { $refs }
# Same as English: US code sections keep their own citation form ("§ 1798.120").
cite-us-section = § { $number }
cite-us-and = { $first } és { $second }
# Same as English: "Cal. Civ. Code § 1798.120", the code's own citation form.
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] profilomon és tevékenységemen alapuló személyre szabott hirdetések megjelenítése, valamint adataim hirdetési célú átadása másoknak;
   *[non-member] személyes adataimon alapuló személyre szabott hirdetések megjelenítése, valamint adataim hirdetési célú átadása másoknak;
}
other-subject = { $family ->
    [consent] Személyes adataim felhasználásához adott hozzájárulásom visszavonása ({ $law })
    [optout] Személyes adataim eladásának és megosztásának megtiltása, opt-out ({ $law })
   *[generic] Kérelem személyes adataim MI-tanításra és hirdetési célra történő felhasználásának megszüntetésére
}
other-intro-member = A LinkedIn tagja vagyok; fiókomat a következő e-mail-címmel regisztráltam:
    { $email }. Személyes adataim felhasználása ügyében fordulok a { $controller } társasághoz.
other-intro-non-member = Nem rendelkezem LinkedIn-fiókkal. Mások a LinkedIn felületén olyan tartalmakat tettek közzé, amelyek személyes adataimat tartalmazzák, különösen { $count ->
    [one] a következő címen:
   *[other] a következő címeken:
}
other-intro-non-member-after = Ezen adatok felhasználása ügyében fordulok a { $controller }
    társasághoz.
consent-no-objection = Mivel { $law } nem biztosít általános jogot arra, hogy a személyes adatok
    felhasználását kifogásoljam, az általa biztosított, ehhez legközelebb álló jogot gyakorlom: a
    hozzájárulás visszavonását ({ $cite }).
consent-withdrawal = Visszavonok minden kifejezett vagy hallgatólagos hozzájárulást, amelyre a
    LinkedIn személyes adataim következő célokra történő felhasználását alapozza:
consent-new-purpose = A mesterséges intelligencia modelljeinek tanítása nem olyan cél, amelyre
    adataimat a LinkedIn rendelkezésére bocsátottam. Az ilyen új célra történő felhasználáshoz a
    hozzájárulásom szükséges ({ $cite }), amelyet nem adok meg.
consent-in-force = A hozzájárulásra és annak visszavonására vonatkozó rendelkezések, amelyeket
    { $law } tartalmaz, várhatóan { $date } napján lépnek hatályba. Addig is kérem, hogy e
    visszavonást a LinkedIn adatvédelmi szabályzatában vállalt kötelezettségek alapján tartsák
    tiszteletben.
optout-no-objection = A CCPA nem biztosít jogot arra, hogy magát az MI-tanítást kifogásoljam.
    Ezért az általa biztosított jogokat gyakorlom, és ezeket egy saját kérésemmel egészítem ki.
optout-sale = Felszólítom Önöket, hogy személyes adataimat ne adják el és ne osszák meg
    („sell”, „share”; { $cite }). Ez arra is kiterjed, hogy adataimat ne adják át a Microsoft vagy
    más kapcsolt vállalkozások részére abból a célból, hogy az általuk nekem megjelenített
    hirdetéseket személyre szabják.
optout-sensitive = Felszólítom Önöket továbbá, hogy érzékeny személyes adataim felhasználását és
    közlését korlátozzák a jogszabály által megengedett mértékre ({ $cite }).
optout-ai = E jogokon túlmenően kérem, hogy személyes adataimat ne használják fel a következő célokra:
generic-basis = { $scope ->
    [us] Egyetlen szövetségi törvény sem biztosít számomra jogot arra, hogy e felhasználást kifogásoljam. A LinkedIn által kínált választási lehetőségekre és a LinkedIn adatvédelmi szabályzatára hivatkozom, és kérem, hogy ezeket velem szemben maradéktalanul alkalmazzák.
   *[other] A LinkedIn adatvédelmi szabályzatában vállalt kötelezettségekre hivatkozom – a szabályzat lehetővé teszi a tagok és a látogatók számára, hogy rendelkezzenek adataik felhasználásáról –, valamint országom bármely alkalmazandó adatvédelmi jogszabályára.
}
generic-request = Kérelmem személyes adataim következő célokra történő felhasználására vonatkozik:
generic-us-state = Amennyiben államom valamely fogyasztói adatvédelmi törvénye a LinkedIn
    tevékenységére is alkalmazandó, kérem, hogy e levelet az említett törvény szerinti kérelemként
    is kezeljék.
generic-settings = A LinkedIn „Data for Generative AI Improvement” és „Data sharing” beállításai
    csak részben fedik le e kérelmet; kérem, hogy azt teljes körűen teljesítsék.
other-stop = Kérem, hogy adataimat e célokra ne használják tovább, zárják ki azokat a jövőbeli
    tanító adatokból, és tájékoztassanak arról, mi történik a már felhasznált adatokkal.
other-deadline-courtesy = Válaszukra jogszabályi határidő nem vonatkozik. Ennek ellenére kérem,
    hogy legkésőbb { $deadline } napjáig írásban erősítsék meg, hogy kérelmemnek eleget tettek.
optout-deadline = Kérem, hogy opt-out kérelmemet a lehető leghamarabb, de legkésőbb { $deadline }
    napjáig teljesítsék (15 munkanap, amelyet a CCPA végrehajtási rendelete az opt-out
    kérelmekre előír), és ezt írásban erősítsék meg.
other-form-field-request = Kérelem: { $family ->
    [consent] a hozzájárulás visszavonása ({ $law })
    [optout] az eladás és a megosztás megtiltása, opt-out ({ $law })
   *[generic] adataim MI-tanításra és hirdetésre történő felhasználásának megszüntetése
}
other-form-guide-route = Ezt az űrlapot a LinkedIn európai adatvédelmi tájékoztatója ismerteti.
    Ha Ön számára nem érhető el, küldje el helyette a levelet (objection letter), vagy használja a
    LinkedIn adatvédelmi kapcsolatfelvételi űrlapját: { $url }
other-reminder-subject = Emlékeztető a { $date } napján kelt levelemről ({ $law })
other-reminder-intro = { $date } napján levélben fordultam Önökhöz személyes adataim
    MI-tanításra és kapcsolódó célokra történő felhasználása ügyében. Levelem másolatát
    mellékelem.
other-reminder-overdue = Választ legkésőbb { $deadline } napjáig kértem. A mai napig nem kaptam
    érdemi választ.
other-reminder-request = Felszólítom Önöket, hogy kérelmemnek haladéktalanul tegyenek eleget, és
    ezt legkésőbb { $deadline } napjáig írásban erősítsék meg.
other-reminder-next = Ha addig nem kapok kielégítő választ, panaszt teszek a következő hatóságnál: { $authority }.
other-reminder-next-none = Ha addig nem kapok kielégítő választ, megfontolom a rendelkezésemre
    álló egyéb jogorvoslati lehetőségeket.
other-complaint-subject = Panasz a { $controller } ellen ({ $law })
other-complaint-intro = Ezúton panaszt teszek a { $controller } (cím: { $address }) ellen
    személyes adataim felhasználása miatt. Az ügyre irányadó jogszabály: { $law_name }.
other-complaint-sent = { $family ->
    [consent] { $date } napján visszavontam a személyes adataim MI-tanításra és kapcsolódó célokra történő felhasználásához adott hozzájárulásomat ({ $cite }).
   *[optout] { $date } napján megtiltottam, hogy a LinkedIn személyes adataimat eladja vagy megossza ({ $cite }), és kértem, hogy adataimat ne használja fel MI-modellek tanítására.
} Levelemet mellékelem. Választ legkésőbb { $deadline } napjáig kértem.
other-complaint-outcome = { $outcome ->
    [refused] A LinkedIn elutasította kérelmemet. Válaszát mellékelem.
    [incomplete] A LinkedIn válasza nem teljesíti maradéktalanul kérelmemet. Válaszát mellékelem.
   *[no-reply] A mai napig nem kaptam érdemi választ.
}
other-complaint-assessment = { $family ->
    [consent] Álláspontom szerint a LinkedIn továbbra is a hozzájárulásom nélkül használja fel adataimat, ráadásul olyan új célra, amelyhez hozzájárulás szükséges ({ $cite }).
   *[optout] Álláspontom szerint a LinkedIn nem teljesítette opt-out kérelmemet a CCPA végrehajtási rendeletében előírt határidőn belül.
}
other-complaint-requests = Kérem, hogy vizsgálják ki panaszomat, és tájékoztassanak annak
    eredményéről.
other-enclosure-letter = A { $date } napján kelt levelem
other-reasons = Helyzetemmel kapcsolatban a következőket teszem hozzá:
other-complaint-reminder-sent = { $date } napján emlékeztetőt küldtem a LinkedIn részére, és
    további határidőként { $deadline } napját jelöltem meg.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = A { $cite } szerinti tiltakozáshoz a saját helyzetével kapcsolatos indokok szükségesek; a tiltakozás most ezek nélkül szerepel. Adja meg őket a --reason "..." kapcsolóval, hogy nehezebb legyen elutasítani.
note-federal-authority = Ha csak a DE kódot adja meg, a panasz a szövetségi hatósághoz (BfDI) kerül, amely a vállalatokkal szembeni panaszokat továbbítja a tartományi hatósághoz. A közvetlen úthoz adja meg a tartományát, például --country DE-BE (lásd: `objection jurisdictions`).
warning-premature = A LinkedIn { $deadline } napjáig válaszolhat; { $document ->
    [reminder] az elmaradt válasz miatti emlékeztető
   *[complaint] az elmaradt válasz miatti panasz
} addig még korai.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Mellékelten PDF formátumban megküldöm a { $date } napján kelt levelemet. Teljes szövege alább olvasható.
email-cover-reminder = Mellékelten PDF formátumban megküldöm a { $date } napján kelt emlékeztetőmet. Teljes szövege alább olvasható.
email-cover-complaint = Mellékelten PDF formátumban megküldöm a { $date } napján kelt panaszomat. Teljes szövege alább olvasható.
email-receipt = Kérem, szíveskedjenek visszaigazolni a beérkezését.
email-file-letter = levél
email-file-reminder = emlékeztető
email-file-complaint = panasz
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Az e-mailhez csak a PDF van csatolva. Küldés előtt csatolja a mellékleteket is:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Ez a varázsló lépésről lépésre segít tiltakozni az ellen, hogy a LinkedIn felhasználja az adatait. Semmi sem kerül mentésre, amíg a végén jóvá nem hagyja. Az Esc vagy a Ctrl+C billentyűvel bármikor kiléphet.
wizard-language = Nyelv
wizard-help-select = ↑↓ mozgatás, Enter kiválasztás
wizard-help-multi = ↑↓ mozgatás, szóköz bejelöli vagy törli a jelölést, Enter ha kész
wizard-country = Hol él?
wizard-country-help = Kereséshez gépeljen, az Enter kiválaszt. Németországban a tartományát válassza.
wizard-member = Van LinkedIn-fiókja?
wizard-answer = { $answer ->
    [yes] Igen
   *[no] Nem
}
wizard-content-url = Az Önről szóló LinkedIn-tartalom { $number }. webcíme
wizard-content-url-help = Másolja ki a böngésző címsorából (https://...). Ha végzett, hagyja üresen.
wizard-name = Teljes neve
wizard-email = E-mail-címe
wizard-email-help = A LinkedIn-fiókja címe; fiók nélkül az a cím, amelyre a LinkedIn válaszolhat.
wizard-address = Postai címe, { $number }. sor
wizard-address-help = Például utca és házszám, aztán irányítószám és település. Ha végzett, hagyja üresen.
wizard-place = Települése (a levél keltezéséhez)
wizard-object-to = Mi ellen tiltakozik?
wizard-purpose-ai-training = Az ellen, hogy a LinkedIn az adataival szövegeket író vagy képeket készítő MI-t tanítson
wizard-purpose-ai-other = Az adatai egyéb MI-felhasználása ellen, például a hírfolyam személyre szabására vagy tartalmak osztályozására
wizard-purpose-ads-profiling = Az Önről készített profilon alapuló hirdetések ellen
wizard-purpose-affiliate-sharing = Az ellen, hogy adatait a Microsoft és más kapcsolt vállalkozások megkapják saját MI-jükhöz vagy hirdetéseikhez
wizard-reason = Miért fontos ez Önnek személyesen? (nem kötelező)
wizard-reason-help = Például: „Újságíró vagyok, és védenem kell a forrásaimat.” „A bejegyzéseim a munkám; az MI-másolatok rontják a bevételemet.” A kihagyáshoz nyomja meg az Entert.
wizard-outputs = Milyen dokumentumokat kér?
wizard-output = { $output ->
    [form] A LinkedIn online űrlapjába szánt szöveget
    [letter-pdf] A levelet PDF-ben, nyomtatáshoz és postai feladáshoz
   *[letter-text] A levelet szövegként
}
wizard-problem = { $problem ->
    [empty] Ez nem lehet üres.
    [too-long] Túl hosszú: { $length } karakter, legfeljebb { $limit }.
    [control] Törölje a(z) { $character } vezérlőkaraktert.
    [bidi] Írja be újra a(z) { $character } irányjel nélkül: megváltoztathatja a szöveg megjelenítési sorrendjét.
    [email] Ez nem e-mail-cím. Példa: name@example.org
   *[url] Ez nem webcím. Másolja ki a böngészőből; így kezdődik: https://
}
wizard-preview = A szöveg előnézete:
wizard-folder = Mappa a dokumentumainak
wizard-folder-exists = Ez a mappa már létezik. Válasszon új nevet.
wizard-confirm = Most menti a dokumentumait a(z) { $dir } mappába?
wizard-next-form = A LinkedIn űrlapjába szánt szöveg a(z) { $file } fájlban van.
wizard-next-letter = Nyomtassa ki a(z) { $file } fájlt, írja alá a levelet, és küldje el postán a levél tetején álló címre. Őrizzen meg egy másolatot.
wizard-next-deadline = A LinkedIn { $date }-ig köteles válaszolni.
wizard-next-reminder = Ha addig nem érkezik érdemi válasz, írjon emlékeztetőt: { $command }
wizard-save-details = Menti az adatait a(z) { $file } fájlba a következő alkalomra?
wizard-saved = Mentve. Legközelebb: { $command }
wizard-stopped = Megszakítva. Semmi sem lett mentve.
