# Latviešu valoda. Definē tos pašus ziņojumus kā en.ftl – ne vairāk, ne mazāk.
#
# Konvencijas: formāls juridiskais stils, kādā rakstītu Latvijas datu aizsardzības jurists;
# termini no Vispārīgās datu aizsardzības regulas (Regula (ES) 2016/679) oficiālā latviešu
# teksta: „pārzinis”, „datu subjekts”, „apstrādes ierobežošana”, „leģitīmās intereses”,
# „pārliecinoši leģitīmi apstrādes iemesli”, „tiešā tirgvedība”, „profilēšana”, „saņēmējs”,
# „izpaust”, „uzraudzības iestāde”, „vadošā uzraudzības iestāde”, „datu aizsardzības speciālists”.
# Regulas saīsinājums: VDAR. AVOTS (legal-facts.md saīsinājumu atzīmē kā [U]): Datu valsts
# inspekcijas tīmekļvietnē publicētajā privātuma politikā regula saīsināta kā VDAR –
#   https://www.dvi.gov.lv/lv/privatuma-politika
#   („… (Vispārīgā datu aizsardzības regulā) (turpmāk – VDAR) …”).
# Savos skaidrojumos DVI lieto arī Personas datu apstrādes likuma saīsinājumu „Datu regula”
# (https://www.dvi.gov.lv/lv/jaunums/dviskaidro-ko-nozime-tiesibas-iebilst-pret-savu-datu-apstradi);
# vēstulēs, kas adresētas ārvalstu uzņēmumam, izvēlēts neitrālais saīsinājums VDAR.
# Atsauces: likums ģenitīvā pirms norādes, kā ES tiesību aktu oficiālajā latviešu valodas
# versijā – „VDAR 21. panta 1. punkts”, „VDAR 18. panta 1. punkta d) apakšpunkts”,
# „VDAR 21. panta 2. un 3. punkts”; Šveices likums „DSG 30. panta 2. punkta b) apakšpunkts”;
# Apvienotās Karalistes likuma „section” = „pants”: „DPA 2018 164A. pants”.
# Atsauce vienmēr ir nominatīvā, tāpēc teikumos tā stāv iekavās vai kā teikuma priekšmets
# („… (VDAR 21. panta 1. punkts)”, „to nosaka VDAR 56. pants un 60. pants”).
# Datums: „2026. gada 23. novembris” (nominatīvs). Teikumi veidoti tā, lai datums būtu
# nominatīvā: „termiņš ir 2026. gada 2. novembris”, „Vēstulē, kuras datums ir …”,
# „Iebildums nosūtīts: …”.
# Uzruna „Godātā kundze, godātais kungs!”, teksts pēc tās sākas ar lielo burtu; nobeigums
# „Ar cieņu”. Pieklājības forma „Jūs”, „Jūsu” ar lielo burtu. Pēdiņas „…”.
# LinkedIn iestatījumu nosaukumi paliek angliski, jo LinkedIn nav latviešu saskarnes.
# Teksts nav atkarīgs no rakstītāja dzimuma: darbības vārdi vienkāršajā pagātnē („iebildu”,
# „nosūtīju”), nevis divdabji („esmu nosūtījis/nosūtījusi”); „Man ir LinkedIn konts”.

lang-name = Latviešu

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = VDAR
# Same as English: official abbreviation of the UK law, used as such in Latvian
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: official short title of the UK Data Protection Act 2018
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = { $number }. pants
cite-eu-article-paragraph = { $number }. panta { $paragraph }. punkts
cite-eu-article-paragraphs = { $number }. panta { $paragraph }. un { $second }. punkts
cite-eu-article-paragraph-point = { $number }. panta { $paragraph }. punkta { $point }) apakšpunkts
cite-eu-section = { $number }. pants
cite-eu-section-paragraph = { $number }. panta { $paragraph }. punkts
cite-eu-section-paragraphs = { $number }. panta { $paragraph }. un { $second }. punkts
cite-eu-section-paragraph-point = { $number }. panta { $paragraph }. punkta { $point }) apakšpunkts
cite-eu-and = { $first } un { $second }
cite-eu-law = { $law } { $refs }
cite-ch-article = { $number }. pants
cite-ch-article-paragraph = { $number }. panta { $paragraph }. punkts
cite-ch-article-paragraphs = { $number }. panta { $paragraph }. un { $second }. punkts
cite-ch-article-paragraph-point = { $number }. panta { $paragraph }. punkta { $point }) apakšpunkts
cite-ch-section = { $number }. pants
cite-ch-section-paragraph = { $number }. panta { $paragraph }. punkts
cite-ch-section-paragraphs = { $number }. panta { $paragraph }. un { $second }. punkts
cite-ch-section-paragraph-point = { $number }. panta { $paragraph }. punkta { $point }) apakšpunkts
cite-ch-and = { $first } un { $second }
cite-ch-law = { $law } { $refs }

## Dates

month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris
# „2026. gada 23. novembris” (nominatīvs).
date-long = { $year }. gada { $day }. { $month }
# Datuma rinda: „Rīga, 2026. gada 23. novembris” vai tikai datums.
# Same as English: place, comma, date is also the Latvian dateline
dateline-with-place = { $place }, { $date }
# Same as English: the date alone
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Austrija
jurisdiction-BE = Beļģija
jurisdiction-BG = Bulgārija
jurisdiction-CA = Kanāda
jurisdiction-CA-QC = Kvebeka (Kanāda)
jurisdiction-CH = Šveice
jurisdiction-CY = Kipra
jurisdiction-CZ = Čehija
jurisdiction-DE = Vācija
jurisdiction-DE-BB = Brandenburga (Vācija)
jurisdiction-DE-BE = Berlīne (Vācija)
jurisdiction-DE-BW = Bādene-Virtemberga (Vācija)
jurisdiction-DE-BY = Bavārija (Vācija)
jurisdiction-DE-HB = Brēmene (Vācija)
jurisdiction-DE-HE = Hesene (Vācija)
jurisdiction-DE-HH = Hamburga (Vācija)
jurisdiction-DE-MV = Meklenburga-Priekšpomerānija (Vācija)
jurisdiction-DE-NI = Lejassaksija (Vācija)
jurisdiction-DE-NW = Ziemeļreina-Vestfālene (Vācija)
jurisdiction-DE-RP = Reinzeme-Pfalca (Vācija)
jurisdiction-DE-SH = Šlēsviga-Holšteina (Vācija)
jurisdiction-DE-SL = Zāra (Vācija)
jurisdiction-DE-SN = Saksija (Vācija)
jurisdiction-DE-ST = Saksija-Anhalte (Vācija)
jurisdiction-DE-TH = Tīringene (Vācija)
jurisdiction-DK = Dānija
jurisdiction-EE = Igaunija
jurisdiction-ES = Spānija
jurisdiction-FI = Somija
jurisdiction-FR = Francija
jurisdiction-GB = Apvienotā Karaliste
jurisdiction-GR = Grieķija
jurisdiction-HK = Honkonga
jurisdiction-HR = Horvātija
jurisdiction-HU = Ungārija
jurisdiction-IE = Īrija
jurisdiction-IN = Indija
jurisdiction-IS = Islande
jurisdiction-IT = Itālija
jurisdiction-LI = Lihtenšteina
jurisdiction-LT = Lietuva
jurisdiction-LU = Luksemburga
jurisdiction-LV = Latvija
# Same as English: proper name, identical in Latvian
jurisdiction-MT = Malta
jurisdiction-NL = Nīderlande
jurisdiction-NO = Norvēģija
jurisdiction-OTHER = cita valsts
jurisdiction-PL = Polija
jurisdiction-PT = Portugāle
jurisdiction-RO = Rumānija
jurisdiction-SE = Zviedrija
jurisdiction-SI = Slovēnija
jurisdiction-SK = Slovākija
jurisdiction-US = Amerikas Savienotās Valstis
jurisdiction-US-CA = Kalifornija (Amerikas Savienotās Valstis)

## Shared pieces of all documents

recipient-dpo = Datu aizsardzības speciālistam
# The footer of multi-page letters.
page-number = Lapa { $page } no { $total }
salutation = Godātā kundze, godātais kungs!
closing = Ar cieņu
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [zero] Pielikumi:
    [one] Pielikums:
   *[other] Pielikumi:
}
# Same as English: Latvian letters show the subject without a label
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] satura ģenerēšanas mākslīgā intelekta modeļu (ģeneratīvā mākslīgā intelekta) apmācība, precizējošā apmācība, izvērtēšana un uzlabošana, jo īpaši izmantojot manus profila datus un saturu, ko publicēju platformā LinkedIn;
   *[non-member] satura ģenerēšanas mākslīgā intelekta modeļu (ģeneratīvā mākslīgā intelekta) apmācība, precizējošā apmācība, izvērtēšana un uzlabošana, jo īpaši izmantojot saturu par mani, ko citas personas publicējušas platformā LinkedIn;
}
purpose-ai-other = mākslīgā intelekta un mašīnmācības modeļu apmācība citiem nolūkiem, piemēram, Jūsu pakalpojumu personalizēšanai, satura klasificēšanai un Jūsu produktu un pakalpojumu vispārējai uzlabošanai;
purpose-affiliate-sharing = manu personas datu izpaušana Jūsu grupas uzņēmumiem, tostarp uzņēmumam Microsoft, lai tie varētu apmācīt savus mākslīgā intelekta modeļus vai sniegt, izstrādāt vai uzlabot savus reklāmas pakalpojumus;
form-purpose-ai-training = { $account ->
    [member] satura ģenerēšanas mākslīgā intelekta modeļu apmācība, izmantojot manus profila datus un manis publicēto saturu;
   *[non-member] satura ģenerēšanas mākslīgā intelekta modeļu apmācība, izmantojot citu personu publicēto saturu par mani;
}
form-purpose-ai-other = citu mākslīgā intelekta un mašīnmācības modeļu apmācība, piemēram, personalizēšanai un satura klasificēšanai;
form-purpose-affiliate-sharing = manu datu izpaušana grupas uzņēmumiem, piemēram, uzņēmumam Microsoft, to mākslīgā intelekta apmācībai vai reklāmai;
form-purpose-ads = personalizēta reklāma un manas informācijas izpaušana reklāmas nolūkos;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Iebildums pret manu personas datu apstrādi platformā LinkedIn
form-field-name = Vārds, uzvārds: { $name }
form-field-email = Elektroniskā pasta adrese: { $email }
form-field-country = Dzīvesvietas valsts: { $country }
form-field-member = LinkedIn konts: { $account ->
    [member] ir, reģistrēts ar iepriekš norādīto elektroniskā pasta adresi
   *[non-member] nav (LinkedIn kontu neizmantoju)
}
form-field-profile = Profils: { $url }
form-field-content = Saturs par mani: { $url }
form-field-request = Pieprasījums: iebildums pret apstrādi ({ $cite })
form-objection = Izmantojot tiesības iebilst ({ $cite }), iebilstu pret savu personas datu
    apstrādi, ko veicat, pamatojoties uz leģitīmajām interesēm ({ $basis }), šādiem nolūkiem:
form-direct-marketing = Izmantojot tiesības iebilst ({ $cite }), iebilstu pret savu personas
    datu apstrādi tiešās tirgvedības nolūkos, tostarp ar to saistīto profilēšanu, jo īpaši
    personalizētas reklāmas vajadzībām.
form-grounds = Iemesli saistībā ar manu īpašo situāciju:
form-requests = Kamēr tiek izvērtēts mans iebildums, lūdzu ierobežot apstrādi ({ $restriction }).
    Lūdzu dzēst šiem nolūkiem vāktos personas datus ({ $erasure }) un par to informēt saņēmējus,
    tostarp uzņēmumu Microsoft ({ $recipients }).
form-confirmation = Lūdzu rakstiski apstiprināt, ka mans iebildums ir ievērots. Apstiprinājuma
    termiņš ir { $deadline }.

## Guidance printed after the form text (on standard error)

form-guide-heading = Turpmākās darbības:
form-guide-open = Atveriet LinkedIn veidlapu iebildumiem pret datu apstrādi (Data Processing
    Objection): { $url }
form-guide-option = Izvēlieties iespēju iebilst pret savu datu apstrādi satura ģenerēšanas
    mākslīgā intelekta modeļu apmācībai (LinkedIn to var formulēt citādi), pārkopējiet lauku
    vērtības attiecīgajos veidlapas laukos un ielīmējiet tekstu brīvā teksta laukā.
form-guide-toggle = Iestatījums „Data for Generative AI Improvement” ({ $url }) aptur tikai
    satura ģenerēšanas modeļu turpmāko apmācību. Tas neattiecas uz citiem mākslīgā intelekta
    izmantošanas veidiem un reklāmu, tāpēc būtisks ir tieši pats iebildums.
form-guide-non-member = Bez konta Jums nav iestatījumu, ko mainīt: Jūsu iespēja ir šī veidlapa
    vai vēstule LinkedIn datu aizsardzības speciālistam (objection letter).
form-guide-letter = Lai Jūsu iebildums būtu formāli dokumentēts, nosūtiet arī vēstuli:
    objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Iebildums pret manu personas datu apstrādi ({ $law }) – LinkedIn konts { $email }
   *[non-member] Iebildums pret manu personas datu apstrādi ({ $law }) – man nav LinkedIn konta
}
letter-intro-member = Man ir LinkedIn konts, kas reģistrēts ar elektroniskā pasta adresi { $email }.
    Vēršos pie Jums kā pie datu aizsardzības speciālista uzņēmumā { $controller }, kas ir manu
    personas datu pārzinis.
letter-intro-member-profile = Mans publiskais profils: { $url }
letter-intro-non-member = Man nav LinkedIn konta. Citas personas platformā LinkedIn ir publicējušas saturu, kurā ir mani personas dati, jo īpaši { $count ->
    [1] šajā adresē:
    [zero] šajās adresēs:
    [one] šajās adresēs:
   *[other] šajās adresēs:
}
letter-intro-non-member-after = Vēršos pie Jums kā pie datu aizsardzības speciālista
    uzņēmumā { $controller }, kas ir šo datu pārzinis.
letter-heading-objection = Iebildums pret apstrādi, kas pamatota ar leģitīmajām interesēm
letter-objection = Izmantojot tiesības iebilst ({ $cite }), es, balstoties uz iemesliem
    saistībā ar manu īpašo situāciju, iebilstu pret savu personas datu apstrādi, ko veicat,
    pamatojoties uz leģitīmajām interesēm ({ $basis }), šādiem nolūkiem:
letter-objection-notice = { $account ->
    [member] Jūsu privātuma paziņojumā norādīts, ka kopš 2025. gada 3. novembra satura ģenerēšanas mākslīgā intelekta modeļu apmācībai ar dalībnieku datiem Jūs pamatojaties uz leģitīmajām interesēm.
   *[non-member] Jūsu privātuma paziņojumā norādīts, ka kopš 2025. gada 3. novembra Jūs pamatojaties uz leģitīmajām interesēm, apmācot satura ģenerēšanas mākslīgā intelekta modeļus ar dalībnieku publicēto saturu, kurā ir arī citu personu personas dati, tostarp mani.
}
letter-grounds-given = Mani iemesli saistībā ar manu īpašo situāciju ir šādi:
letter-grounds-burden = Pēc šī iebilduma saņemšanas Jūs drīkstat turpināt apstrādi tikai tad, ja pierādāt
    pārliecinošus leģitīmus apstrādes iemeslus, kas ir svarīgāki par manām interesēm, tiesībām
    un brīvībām, vai ja apstrāde ir vajadzīga, lai celtu, īstenotu vai aizstāvētu likumīgas
    prasības. Pienākums pierādīt šādus iemeslus gulstas uz Jums.
letter-heading-direct-marketing = Iebildums pret profilēšanu tiešās tirgvedības nolūkos
letter-direct-marketing = Izmantojot tiesības iebilst ({ $cite }), iebilstu pret savu personas
    datu apstrādi tiešās tirgvedības nolūkos, tostarp ar to saistīto profilēšanu, jo īpaši
    personalizētas reklāmas vajadzībām. Šis iebildums nav jāpamato; pēc tā saņemšanas manus
    datus šiem nolūkiem vairs nedrīkst apstrādāt.
letter-consent-withdrawal = Ciktāl personalizētai reklāmai Jūs pamatojaties uz manu piekrišanu,
    es šo piekrišanu atsaucu ({ $cite }).
letter-heading-restriction = Apstrādes ierobežošana, kamēr tiek izvērtēts mans iebildums
letter-restriction = Pieprasu ierobežot manu personas datu apstrādi iepriekš minētajiem
    nolūkiem, kamēr nav pārbaudīts, vai Jūsu leģitīmie iemesli ir svarīgāki par manējiem
    ({ $cite }).
letter-heading-erasure = Dzēšana
letter-erasure = Pieprasu dzēst personas datus, ko esat vākuši vai atvasinājuši šiem nolūkiem,
    tostarp to kopijas apmācības datu kopās ({ $cite }). Lūdzu arī paziņot, vai mani dati jau ir
    izmantoti modeļu apmācībai, un, ja tā, kādus pasākumus Jūs saistībā ar to veicat.
letter-heading-recipients = Saņēmēji
letter-recipients = Lūdzu paziņot par apstrādes ierobežošanu un dzēšanu katram saņēmējam,
    kuram šiem nolūkiem esat izpauduši manus personas datus, tostarp Jūsu grupas uzņēmumiem,
    piemēram, uzņēmumam Microsoft, un informēt mani par šiem saņēmējiem ({ $cite }).
letter-heading-fadp = Šveices datu aizsardzības tiesības
letter-fadp = Dzīvoju Šveicē. Šī vēstule vienlaikus ir mana skaidri izteikta gribas izpausme
    ({ $personality }), ka manus personas datus nedrīkst apstrādāt iepriekš minētajiem nolūkiem.
    To apstrāde pretēji šai gribas izpausmei aizskar manas personības tiesības, un šāds
    aizskārums ir prettiesisks, ja vien tas nav attaisnojams ({ $justification }). Ciktāl mani
    dati ir vispārēji pieejami, es skaidri aizliedzu to apstrādi šiem nolūkiem ({ $public }).
    Paturu sev tiesības izvirzīt prasījumus ({ $claims }).
letter-heading-confirmation = Apstiprinājums
letter-confirmation = Lūdzu bez nepamatotas kavēšanās rakstiski apstiprināt, ka mans
    iebildums un mani pieprasījumi ir izpildīti ({ $cite }). Apstiprinājuma galīgais termiņš ir
    { $deadline }. Ja uzskatāt, ka drīkstat turpināt apstrādi, lūdzu norādīt pārliecinošos
    leģitīmos iemeslus, uz kuriem pamatojaties.
letter-toggle = Man ir zināms iestatījums „Data for Generative AI Improvement”. Tā kā tas
    attiecas tikai uz satura ģenerēšanas modeļu turpmāko apmācību, tas neaizstāj šo iebildumu.
letter-uk-complaint = Ja šo iebildumu neizpildīsiet, lūdzu uzskatīt šo vēstuli arī par Jums
    iesniegtu sūdzību ({ $cite }).
letter-reply-channel = Lūdzu atbildi sūtīt uz elektroniskā pasta adresi { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Ziņojums par { $controller } ({ $cite })
   *[complaint] Sūdzība par { $controller } ({ $cite })
}
complaint-intro = Ar šo iesniedzu sūdzību par to, kā uzņēmums { $controller } ({ $address })
    apstrādā manus personas datus.
complaint-intro-report = Ar šo ziņoju Jums par to, kā uzņēmums { $controller } ({ $address })
    apstrādā manus personas datus. Es apzinos, ka ziņotājam nav procesa dalībnieka statusa.
complaint-heading-facts = Faktiskie apstākļi
complaint-facts = { $account ->
    [member] Man ir LinkedIn konts (konta elektroniskā pasta adrese: { $email }).
   *[non-member] Man nav LinkedIn konta; citas personas platformā LinkedIn ir publicējušas saturu par mani, jo īpaši { $count ->
        [1] šajā adresē:
        [zero] šajās adresēs:
        [one] šajās adresēs:
       *[other] šajās adresēs:
    }
}
complaint-objection-sent = Vēstulē, kuras datums ir { $date }, es iebildu pret savu personas
    datu apstrādi ({ $cite }) un pieprasīju ierobežot apstrādi, dzēst datus un informēt
    saņēmējus. Mans iebildums ir pievienots pielikumā.
complaint-objection-sent-report = Vēstulē, kuras datums ir { $date }, es skaidri iebildu pret
    savu personas datu apstrādi mākslīgā intelekta apmācībai un ar to saistītiem nolūkiem. Mans
    iebildums ir pievienots pielikumā.
complaint-deadline = Atbildes termiņš ({ $cite }) bija { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn noraidīja manu iebildumu, nepierādot pārliecinošus leģitīmus iemeslus, kas būtu svarīgāki par manām interesēm, tiesībām un brīvībām. LinkedIn atbilde ir pievienota pielikumā.
    [incomplete] LinkedIn atbilde pilnībā neizpilda manu iebildumu. Atbilde ir pievienota pielikumā.
   *[no-reply] Līdz šim atbilde pēc būtības nav saņemta.
}
complaint-heading-assessment = Juridiskais novērtējums
complaint-assessment = LinkedIn pamatojas uz leģitīmajām interesēm ({ $basis }), lai
    dalībnieku profilus un publicēto saturu, tostarp tajā esošos citu personu personas datus,
    izmantotu satura ģenerēšanas mākslīgā intelekta modeļu apmācībai. Pēc iebilduma saņemšanas
    LinkedIn drīkst turpināt apstrādi tikai tad, ja pierāda pārliecinošus leģitīmus iemeslus,
    kas ir svarīgāki par iebildušās personas interesēm, tiesībām un brīvībām ({ $cite }).
    LinkedIn to nav izdarījis; tāpēc, manuprāt, manu datu turpmākā apstrāde pārkāpj { $law }.
complaint-assessment-report = Manu personas datu apstrāde pretēji manai skaidri izteiktajai
    gribai aizskar manas personības tiesības ({ $personality }), un šāds aizskārums ir
    prettiesisks, ja vien tas nav attaisnojams ({ $justification }). LinkedIn nav norādījis
    šādu attaisnojumu.
complaint-heading-requests = Lūgumi
complaint-requests = Lūdzu izskatīt manu sūdzību, veikt nepieciešamos pasākumus, lai LinkedIn
    izpildītu manu iebildumu, un informēt mani par sūdzības izskatīšanas gaitu un iznākumu.
complaint-requests-report = Lūdzu uzsākt izmeklēšanu ({ $cite }) un informēt mani par Jūsu
    veiktajiem pasākumiem un to rezultātiem.
complaint-lead-authority = Īrijas Datu aizsardzības komisija (Data Protection Commission) ir
    uzņēmuma { $controller } vadošā uzraudzības iestāde; to nosaka { $cite }. Šo sūdzību
    iesniedzu Jums kā manas pastāvīgās dzīvesvietas uzraudzības iestādei un lūdzu to izskatīt
    sadarbībā ar Datu aizsardzības komisiju.
complaint-lead-authority-forward = Īrijas Datu aizsardzības komisija (Data Protection
    Commission) ir uzņēmuma { $controller } vadošā uzraudzības iestāde; to nosaka { $cite }.
    Cik man zināms, Jūsu iestāde nav kompetenta attiecībā uz šo uzņēmumu; tāpēc lūdzu pārsūtīt
    manu sūdzību kompetentajai uzraudzības iestādei.
complaint-lead-authority-report = Eiropas Savienībā uzņēmumu { $controller } kā vadošā
    uzraudzības iestāde uzrauga Īrijas Datu aizsardzības komisija (Data Protection Commission).
complaint-uk-controller-first = Pirms vēršanās pie Jums es šajā jautājumā vērsos pie pārziņa:
    savā iebildumā lūdzu LinkedIn to uzskatīt arī par sūdzību ({ $cite }).
complaint-enclosure-objection = Mans iebildums ({ $date })
complaint-enclosure-reply = LinkedIn atbilde
complaint-contact = Ar mani var sazināties, izmantojot elektroniskā pasta adresi { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Atgādinājums: mans iebildums ({ $law }, { $date }) – LinkedIn konts { $email }
   *[non-member] Atgādinājums: mans iebildums ({ $law }, { $date })
}
reminder-intro = Vēstulē, kuras datums ir { $date }, es iebildu pret savu personas datu apstrādi ({ $cite }) un pieprasīju ierobežot apstrādi, dzēst datus un informēt saņēmējus. Mana iebilduma kopija ir pievienota pielikumā.
reminder-overdue = Atbildes termiņš ({ $cite }) bija { $deadline }. Līdz šim atbilde pēc būtības nav saņemta.
reminder-request = Lūdzu bez turpmākas kavēšanās izpildīt manu iebildumu un pieprasījumus un to man rakstiski apstiprināt. Jaunais termiņš ir { $deadline }.
reminder-next = { $route ->
    [report] Ja līdz tam nesaņemšu apmierinošu atbildi, ziņošu par šo jautājumu uzraudzības iestādei: { $authority }.
   *[complaint] Ja līdz tam nesaņemšu apmierinošu atbildi, iesniegšu sūdzību uzraudzības iestādē: { $authority }.
}
complaint-reminder-sent = Atgādinājumā, kura datums ir { $date }, es atgādināju LinkedIn par savu iebildumu un noteicu jaunu termiņu: { $deadline }.
complaint-enclosure-reminder = Mans atgādinājums ({ $date })

## Case status (objection status --case DIR)

status-reference = Lieta { $reference }
status-empty = Šajā lietā vēl nav iebilduma. Sāciet ar komandu: objection letter --case { $dir }
status-sent = Iebildums nosūtīts: { $date }.
status-reminded = Atgādinājums nosūtīts: { $date }.
status-complained = Sūdzība sagatavota: { $date }. Uzraudzības iestāde Jūs informēs par turpmāko virzību.
status-waiting = Tiek gaidīta LinkedIn atbilde; termiņš ir { $date } ({ $days ->
    [zero] atlikušas { $days } dienas
    [one] atlikusi { $days } diena
   *[other] atlikušas { $days } dienas
}).
status-overdue = Termiņš nokavēts par { $days ->
    [zero] { $days } dienām
    [one] { $days } dienu
   *[other] { $days } dienām
}; tas bija { $date }.
status-next-wait-reminder = Nākamais solis: ja LinkedIn līdz tam nebūs atbildējis, sagatavojiet atgādinājumu: objection reminder --case { $dir }
status-next-wait-complaint = Nākamais solis: ja LinkedIn līdz tam nebūs atbildējis, sagatavojiet sūdzību: objection complaint --case { $dir }
status-next-reminder = Nākamais solis: sagatavojiet atgādinājumu: objection reminder --case { $dir }
status-next-complaint = Nākamais solis: sagatavojiet sūdzību uzraudzības iestādei: objection complaint --case { $dir }
calendar-summary = LinkedIn atbildes termiņš uz Jūsu iebildumu ({ $reference })
calendar-description = Ja LinkedIn līdz šodienai nav atbildējis, nākamo soli skatiet šeit: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Šeit netiek lietoti VDAR termini (iebildums, leģitīmās intereses, pārzinis): vēstules
# adresētas LinkedIn Corporation saskaņā ar citiem likumiem. Ārvalstu likumi minēti ar to
# saīsinājumu („PIPEDA, 1. pielikums, 4.3.8. princips”, „Cal. Civ. Code § 1798.120”).
# law-name-* ir nominatīvā, un ziņojumi tos lieto tikai nominatīva pozīcijā.

# Same as English: official abbreviation of the Canadian Act
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: official abbreviation and chapter of the Hong Kong Ordinance
law-pdpo = PDPO (Cap. 486)
# Same as English: official abbreviation of the California Civil Code
law-ccpa = Cal. Civ. Code
# Same as English: official short title of the Indian Act
law-dpdp = DPDP Act 2023
law-us-generic = LinkedIn privātuma politika
law-generic = LinkedIn privātuma politika
# Short names for subject lines.
# Same as English: official abbreviation of the Canadian Act
law-short-pipeda = PIPEDA
law-short-qc-private = Kvebekas privātā sektora personas informācijas aizsardzības likums
# Same as English: official abbreviation of the Hong Kong Ordinance
law-short-pdpo = PDPO
# Same as English: official abbreviation of the California Consumer Privacy Act
law-short-ccpa = CCPA
# Same as English: official short title of the Indian Act
law-short-dpdp = DPDP Act 2023
law-short-us-generic = LinkedIn privātuma politika
law-short-generic = LinkedIn privātuma politika
# The name of the law in running text ("under the CCPA").
law-name-pipeda = Kanādas Personas informācijas aizsardzības un elektronisko dokumentu likums (PIPEDA)
law-name-qc-private = Kvebekas Likums par personas informācijas aizsardzību privātajā sektorā (CQLR c. P-39.1)
law-name-pdpo = Honkongas Personas datu (privātuma) rīkojums (PDPO)
law-name-ccpa = Kalifornijas Patērētāju privātuma likums (CCPA)
law-name-dpdp = Indijas 2023. gada Digitālo personas datu aizsardzības likums (DPDP Act 2023)
law-name-us-generic = LinkedIn privātuma politika
law-name-generic = LinkedIn privātuma politika
cite-common-article = { $number }. pants
cite-common-article-paragraph = { $number }. panta { $paragraph }. punkts
cite-common-section = { $number }. pants
cite-common-section-paragraph = { $number }. panta { $paragraph }. punkts
cite-common-principle = 1. pielikums, { $number }. princips
cite-common-dpp = 1. pielikums, { $number }. datu aizsardzības princips
cite-common-and = { $first } un { $second }
# Same as English: law first, comma, then the provision ("PDPO (Cap. 486), 2. panta 3. punkts")
cite-common-law = { $law }, { $refs }
# Same as English: the section sign is used as such in Latvian
cite-us-section = § { $number }
cite-us-and = { $first } un { $second }
# Same as English: US code first, then the section ("Cal. Civ. Code § 1798.120")
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] personalizēta reklāma, kuras pamatā ir mans profils un darbības, un manas informācijas nodošana citiem reklāmas nolūkos;
   *[non-member] personalizēta reklāma, kuras pamatā ir mani personas dati, un to nodošana citiem reklāmas nolūkos;
}
other-subject = { $family ->
    [consent] Piekrišanas atsaukšana manu personas datu izmantošanai ({ $law })
    [optout] Atteikšanās no manu personas datu pārdošanas un nodošanas ({ $law })
   *[generic] Lūgums pārtraukt manu personas datu izmantošanu mākslīgā intelekta apmācībai un reklāmai
}
other-intro-member = Man ir LinkedIn konts, kas reģistrēts ar elektroniskā pasta adresi { $email }.
    Vēršos pie uzņēmuma { $controller } saistībā ar manu personas datu izmantošanu.
other-intro-non-member = Man nav LinkedIn konta. Citas personas platformā LinkedIn ir publicējušas saturu, kurā ir mani personas dati, jo īpaši { $count ->
    [1] šajā adresē:
    [zero] šajās adresēs:
    [one] šajās adresēs:
   *[other] šajās adresēs:
}
other-intro-non-member-after = Vēršos pie uzņēmuma { $controller } saistībā ar šo datu
    izmantošanu.
consent-no-objection = { $law } neparedz vispārīgas tiesības apstrīdēt personas datu
    izmantošanu. Tāpēc izmantoju tuvākās tiesības, ko tas paredz: piekrišanas atsaukšanu
    ({ $cite }).
consent-withdrawal = Atsaucu jebkuru skaidri izteiktu vai netiešu piekrišanu, uz kuru LinkedIn
    pamatojas, izmantojot manus personas datus šādiem nolūkiem:
consent-new-purpose = Mākslīgā intelekta modeļu apmācība nav nolūks, kuram es sniedzu savus
    datus uzņēmumam LinkedIn. To izmantošanai šādam jaunam nolūkam ir nepieciešama mana piekrišana
    ({ $cite }), un es to nesniedzu.
consent-in-force = { $law } ietver noteikumus par piekrišanu un tās atsaukšanu; to plānotā
    spēkā stāšanās diena ir { $date }. Līdz tam lūdzu ievērot šo atsaukumu saskaņā ar LinkedIn
    privātuma politikā uzņemtajām saistībām.
optout-no-objection = CCPA neparedz tiesības apstrīdēt mākslīgā intelekta apmācību kā tādu.
    Tāpēc izmantoju tās tiesības, ko tas paredz, un pievienoju savu papildu lūgumu.
optout-sale = Pieprasu, lai Jūs nepārdotu un nenodotu citiem manus personas datus („sell” un
    „share”) ({ $cite }). Tas ietver arī to nodošanu uzņēmumam Microsoft vai citiem grupas
    uzņēmumiem, lai tie varētu personalizēt man rādīto reklāmu.
optout-sensitive = Pieprasu ierobežot manu sensitīvo personas datu izmantošanu un izpaušanu
    līdz likumā atļautajam apjomam ({ $cite }).
optout-ai = Papildus šīm tiesībām lūdzu pārtraukt manu personas datu izmantošanu šādiem nolūkiem:
generic-basis = { $scope ->
    [us] Neviens federālais likums man nedod tiesības apstrīdēt šo izmantošanu. Es pamatojos uz izvēles iespējām, ko piedāvā pats LinkedIn, un uz tā privātuma politiku un lūdzu tās attiecībā uz mani piemērot pilnā apmērā.
   *[other] Es pamatojos uz LinkedIn privātuma politikā uzņemtajām saistībām, saskaņā ar kurām dalībnieki un apmeklētāji var kontrolēt, kā tiek izmantota viņu informācija, kā arī uz jebkuriem manas valsts piemērojamiem datu aizsardzības tiesību aktiem.
}
generic-request = Mans lūgums attiecas uz manu personas datu izmantošanu šādiem nolūkiem:
generic-us-state = Ja uz LinkedIn attiecas manas pavalsts patērētāju privātuma likums, lūdzu
    uzskatīt šo vēstuli arī par pieprasījumu saskaņā ar šo likumu.
generic-settings = LinkedIn iestatījumi „Data for Generative AI Improvement” un „Data sharing”
    aptver tikai daļu no šī lūguma; lūdzu to izpildīt pilnībā.
other-stop = Lūdzu pārtraukt manu datu izmantošanu šiem nolūkiem, izslēgt tos no turpmākajiem
    apmācības datiem un paziņot man, kas notiek ar jau izmantotajiem datiem.
other-deadline-courtesy = Likums Jūsu atbildei termiņu nenosaka. Tomēr lūdzu rakstiski
    apstiprināt, ka šis lūgums ir izpildīts; vēlamais termiņš ir { $deadline }.
optout-deadline = Lūdzu izpildīt manu atteikumu (opt-out) iespējami ātri un rakstiski to man
    apstiprināt. Galīgais termiņš ir { $deadline } (15 darba dienas – termiņš, ko šādiem
    pieprasījumiem nosaka CCPA īstenošanas noteikumi).
other-form-field-request = Pieprasījums: { $family ->
    [consent] piekrišanas atsaukšana ({ $law })
    [optout] atteikšanās no personas datu pārdošanas un nodošanas ({ $law })
   *[generic] pārtraukt manu datu izmantošanu mākslīgā intelekta apmācībai un reklāmai
}
other-form-guide-route = Šī veidlapa ir aprakstīta LinkedIn Eiropas privātuma paziņojumā. Ja
    tā Jums netiek piedāvāta, nosūtiet vēstuli (objection letter) vai izmantojiet LinkedIn
    privātuma jautājumu saziņas veidlapu: { $url }
other-reminder-subject = Atgādinājums: mana vēstule ({ $law }, { $date })
other-reminder-intro = Vēstulē, kuras datums ir { $date }, es vērsos pie Jums saistībā ar manu
    personas datu izmantošanu mākslīgā intelekta apmācībai un ar to saistītiem nolūkiem. Manas
    vēstules kopija ir pievienota pielikumā.
other-reminder-overdue = Atbildes termiņš, ko lūdzu ievērot, bija { $deadline }. Līdz šim
    atbilde pēc būtības nav saņemta.
other-reminder-request = Lūdzu bez turpmākas kavēšanās izpildīt manu lūgumu un to man
    rakstiski apstiprināt. Jaunais termiņš ir { $deadline }.
other-reminder-next = Ja līdz tam nesaņemšu apmierinošu atbildi, iesniegšu sūdzību iestādē:
    { $authority }.
other-reminder-next-none = Ja līdz tam nesaņemšu apmierinošu atbildi, apsvēršu citus man
    pieejamos tiesiskās aizsardzības līdzekļus.
other-complaint-subject = Sūdzība par { $controller } ({ $law })
other-complaint-intro = Iesniedzu sūdzību par to, kā uzņēmums { $controller } ({ $address })
    izmanto manus personas datus. Piemērojamais likums ir { $law_name }.
other-complaint-sent = { $family ->
    [consent] Vēstulē, kuras datums ir { $date }, es atsaucu savu piekrišanu manu personas datu izmantošanai mākslīgā intelekta apmācībai un ar to saistītiem nolūkiem ({ $cite }).
   *[optout] Vēstulē, kuras datums ir { $date }, es pieprasīju, lai LinkedIn nepārdotu un nenodotu citiem manus personas datus ({ $cite }), un lūdzu pārtraukt manu datu izmantošanu mākslīgā intelekta modeļu apmācībai.
} Mana vēstule ir pievienota pielikumā. Atbildes termiņš, ko lūdzu ievērot, bija { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn noraidīja manu lūgumu. LinkedIn atbilde ir pievienota pielikumā.
    [incomplete] LinkedIn atbilde pilnībā neizpilda manu lūgumu. Atbilde ir pievienota pielikumā.
   *[no-reply] Līdz šim atbilde pēc būtības nav saņemta.
}
other-complaint-assessment = { $family ->
    [consent] Manuprāt, LinkedIn turpina izmantot manus datus bez manas piekrišanas, turklāt jaunam nolūkam, kuram piekrišana ir nepieciešama ({ $cite }).
   *[optout] Manuprāt, LinkedIn nav izpildījis manu atteikumu CCPA īstenošanas noteikumos paredzētajā termiņā.
}
other-complaint-requests = Lūdzu izskatīt manu sūdzību un informēt mani par tās iznākumu.
other-enclosure-letter = Mana vēstule ({ $date })
other-reasons = Par savu situāciju vēlos piebilst:
other-complaint-reminder-sent = Atgādinājumā, kura datums ir { $date }, es atgādināju LinkedIn par savu lūgumu un noteicu jaunu termiņu: { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = { $cite } prasa norādīt iemeslus, kas saistīti ar Jūsu īpašo situāciju; iebildums ir formulēts bez tiem. Pievienojiet tos ar --reason "...", lai iebildumu būtu grūtāk noraidīt.
note-federal-authority = Norādot tikai DE, sūdzība tiek adresēta federālajai iestādei (BfDI), kas sūdzības par uzņēmumiem pārsūta attiecīgās federālās zemes uzraudzības iestādei. Lai vērstos tieši, norādiet savu federālo zemi, piemēram, --country DE-BE (sk. `objection jurisdictions`).
warning-premature = LinkedIn atbildes termiņš ir { $deadline }; līdz tam { $document ->
    [reminder] atgādinājums par atbildes neesamību ir priekšlaicīgs
   *[complaint] sūdzība par atbildes neesamību ir priekšlaicīga
}.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Pielikumā PDF formātā nosūtu savu vēstuli ({ $date }). Tās pilns teksts ir pievienots zemāk.
email-cover-reminder = Pielikumā PDF formātā nosūtu savu atgādinājumu ({ $date }). Tā pilns teksts ir pievienots zemāk.
email-cover-complaint = Pielikumā PDF formātā nosūtu savu sūdzību ({ $date }). Tās pilns teksts ir pievienots zemāk.
email-receipt = Lūdzu apstiprināt saņemšanu.
email-file-letter = vēstule
email-file-reminder = atgādinājums
email-file-complaint = sūdzība
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = E-pastam ir pievienots tikai PDF fails. Pirms nosūtīšanas pievienojiet arī pielikumus:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Šis palīgs soli pa solim palīdzēs jums iebilst pret to, ka LinkedIn izmanto jūsu datus. Nekas netiek saglabāts, kamēr beigās neapstiprināsiet. Jebkurā brīdī varat pārtraukt, nospiežot Esc vai Ctrl+C.
wizard-language = Valoda
wizard-help-select = ↑↓ – pārvietoties, Enter – izvēlēties
wizard-help-multi = ↑↓ – pārvietoties, atstarpe – atzīmēt vai noņemt atzīmi, Enter – pabeigt
wizard-country = Kur jūs dzīvojat?
wizard-country-help = Rakstiet, lai meklētu, Enter – izvēlēties. Vācijā izvēlieties savu federālo zemi.
wizard-member = Vai jums ir LinkedIn konts?
wizard-answer = { $answer ->
    [yes] Jā
   *[no] Nē
}
wizard-content-url = Tīmekļa adrese { $number } LinkedIn saturam par jums
wizard-content-url-help = Nokopējiet to no pārlūka adreses joslas (https://...). Kad esat beidzis, atstājiet tukšu.
wizard-name = Jūsu vārds un uzvārds
wizard-email = Jūsu e-pasta adrese
wizard-email-help = Jūsu LinkedIn konta adrese; ja konta nav, adrese, uz kuru LinkedIn var jums atbildēt.
wizard-address = Jūsu pasta adrese, rinda { $number }
wizard-address-help = Piemēram, iela un mājas numurs, tad pasta indekss un pilsēta. Kad esat beidzis, atstājiet tukšu.
wizard-place = Jūsu pilsēta (vēstules datuma rindai)
wizard-object-to = Pret ko jūs iebilstat?
wizard-purpose-ai-training = Pret to, ka LinkedIn ar jūsu datiem apmāca mākslīgo intelektu, kas raksta tekstus vai veido attēlus
wizard-purpose-ai-other = Pret citu jūsu datu izmantošanu mākslīgajā intelektā, piemēram, plūsmas personalizēšanai vai satura šķirošanai
wizard-purpose-ads-profiling = Pret reklāmu, kuras pamatā ir jūsu profils
wizard-purpose-affiliate-sharing = Pret jūsu datu nodošanu Microsoft un citiem saistītiem uzņēmumiem to mākslīgajam intelektam vai reklāmai
wizard-reason = Kāpēc tas jums personīgi ir svarīgi? (nav obligāti)
wizard-reason-help = Piemēram: “Esmu žurnāliste, un man jāaizsargā savi avoti.” “Mani ieraksti ir mans darbs; mākslīgā intelekta kopijas kaitē maniem ienākumiem.” Nospiediet Enter, lai izlaistu.
wizard-outputs = Kādus dokumentus vēlaties?
wizard-output = { $output ->
    [form] Tekstu LinkedIn tiešsaistes veidlapai
    [letter-pdf] Vēstuli PDF formātā, ko izdrukāt un nosūtīt pa pastu
   *[letter-text] Vēstuli kā tekstu
}
wizard-problem = { $problem ->
    [empty] Šis lauks nedrīkst būt tukšs.
    [too-long] Pārāk garš: { $length } (ne vairāk kā { $limit } rakstzīmes).
    [control] Lūdzu, izdzēsiet vadības rakstzīmi { $character }.
    [bidi] Lūdzu, ierakstiet no jauna bez virziena zīmes { $character }: tā var mainīt secību, kādā teksts tiek rādīts.
    [email] Tā nav e-pasta adrese. Piemērs: name@example.org
   *[url] Tā nav tīmekļa adrese. Nokopējiet to no pārlūka; tā sākas ar https://
}
wizard-preview = Jūsu teksta priekšskatījums:
wizard-folder = Mape jūsu dokumentiem
wizard-folder-exists = Šāda mape jau ir. Lūdzu, izvēlieties jaunu nosaukumu.
wizard-confirm = Vai saglabāt jūsu dokumentus mapē { $dir } tagad?
wizard-next-form = Teksts LinkedIn veidlapai ir failā { $file }.
wizard-next-letter = Izdrukājiet { $file }, parakstiet vēstuli un nosūtiet to pa pastu uz adresi vēstules augšā. Paturiet kopiju.
wizard-next-deadline = LinkedIn jāatbild līdz { $date }.
wizard-next-reminder = Ja līdz tam nav saņemta pienācīga atbilde, uzrakstiet atgādinājumu: { $command }
wizard-save-details = Vai saglabāt jūsu datus failā { $file } nākamajai reizei?
wizard-saved = Saglabāts. Nākamreiz: { $command }
wizard-stopped = Pārtraukts. Nekas netika saglabāts.
