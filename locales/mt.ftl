# Malti. Dan il-fajl jiddefinixxi l-istess messaġġi bħal en.ftl.
#
# Conventions (in English for reviewers):
# - Register: formal Maltese legal prose; terminology of the official Maltese version of
#   Regulation (EU) 2016/679 ("kontrollur", "suġġett tad-data", "ipproċessar", "restrizzjoni
#   tal-ipproċessar", "interessi leġittimi", "raġunijiet leġittimi konvinċenti",
#   "kummerċjalizzazzjoni diretta", "tfassil ta' profili", "tħassir", "riċevituri",
#   "awtorità superviżorja", "awtorità superviżorja ewlenija", "uffiċjal għall-protezzjoni
#   tad-data", "ilment"). LinkedIn and the authority are addressed in the plural ("intom",
#   "nitlobkom"); the user (guidance, case status) in the singular. LinkedIn is treated as a
#   feminine company name ("LinkedIn irrifjutat").
# - Name and abbreviation of the GDPR: "ir-Regolament Ġenerali dwar il-Protezzjoni tad-Data
#   (GDPR)", cited "l-Artikolu 21(1) tal-GDPR". The IDPC's website is in English and cites
#   "Article 15 GDPR" / "article 5 of the GDPR" (https://idpc.org.mt/en/Pages/faq.aspx); a
#   Maltese-language IDPC page could not be found with the search tool. Maltese government pages
#   write "Ir-Regolament (UE) 2016/679 Ġenerali dwar il-Protezzjoni tad-Data (GDPR)"
#   (https://datainfo.gov.mt/) and "Skont l-Artikolu 5 tal-GDPR"
#   (https://attorneygeneral.mt/mt/uncategorized-mt/politika-dwar-il-protezzjoni-tad-data/);
#   that usage is followed.
# - Citations carry their own article: "l-Artikolu 21(1) tal-GDPR", "l-Artikolu 18(1)(d)
#   tal-GDPR", "l-Artikolu 21(2) u (3) tal-GDPR", "l-Artikolu 56 u l-Artikolu 60 tal-GDPR",
#   "is-sezzjoni 164A tal-Att dwar il-Protezzjoni tad-Data 2018 tar-Renju Unit". Because a
#   preposition such as "ta'", "fi", "għal" would have to merge with that article, citations
#   are only introduced with "skont" or stand in parentheses. Laws outside the GDPR are cited in
#   their own style, without article ("PIPEDA, Skeda 1, Prinċipju 4.3.8").
# - Dates: "23 ta’ Novembru 2026". The article before a day number changes with the number
#   (fl-1, fit-2, fis-6, fid-9), so no sentence puts an article or a merged preposition before a
#   date: dates follow "nhar" ("sa nhar 23 ta’ Novembru 2026"), "datata" ("ittra datata …") or
#   a colon.
# - Salutation "Għażiż Sinjur/Sinjura,", closing "Dejjem tiegħek,"; the text after the
#   salutation starts with a capital letter. Subject line "Suġġett: …".
# - Plurals: CLDR "mt" one / two / few (0, 3-10) / many (11-19) / other; "jum wieħed",
#   "jumejn", "3 jiem", "11-il jum", "20 jum". The exact key [2] gives "jumejn" also where the
#   CLDR data in use predates the "two" category for Maltese.
# - No sentence uses an adjective or participle for the writer ("Nifhem", "Naf", not
#   "konxju/konxja"), so the text does not depend on the writer's gender.
# - Quotation marks “…”; apostrophe ’. The LinkedIn setting keeps its English label
#   (“Data for Generative AI Improvement”): legal-facts.md lists no Maltese label.
# - No hunspell dictionary for Maltese is available in Debian; tests/spelling/mt.txt is empty.

lang-name = Malti

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

# Same as English: Maltese official and IDPC usage abbreviate the Regulation as "GDPR".
law-gdpr = GDPR
# Same as English: the UK's own short title.
law-uk-gdpr = UK GDPR
# Same as English: the Swiss act has no Maltese abbreviation; the English one is used.
law-ch-fadp = FADP
law-dpa-2018 = Att dwar il-Protezzjoni tad-Data 2018 tar-Renju Unit

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = l-Artikolu { $number }
cite-eu-article-paragraph = l-Artikolu { $number }({ $paragraph })
cite-eu-article-paragraphs = l-Artikolu { $number }({ $paragraph }) u ({ $second })
cite-eu-article-paragraph-point = l-Artikolu { $number }({ $paragraph })({ $point })
cite-eu-section = is-sezzjoni { $number }
cite-eu-section-paragraph = is-sezzjoni { $number }({ $paragraph })
cite-eu-section-paragraphs = is-sezzjoni { $number }({ $paragraph }) u ({ $second })
cite-eu-section-paragraph-point = is-sezzjoni { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } u { $second }
cite-eu-law = { $refs } tal-{ $law }
cite-ch-article = l-Artikolu { $number }
cite-ch-article-paragraph = l-Artikolu { $number }({ $paragraph })
cite-ch-article-paragraphs = l-Artikolu { $number }({ $paragraph }) u ({ $second })
cite-ch-article-paragraph-point = l-Artikolu { $number }({ $paragraph })({ $point })
cite-ch-section = is-sezzjoni { $number }
cite-ch-section-paragraph = is-sezzjoni { $number }({ $paragraph })
cite-ch-section-paragraphs = is-sezzjoni { $number }({ $paragraph }) u ({ $second })
cite-ch-section-paragraph-point = is-sezzjoni { $number }({ $paragraph })({ $point })
cite-ch-and = { $first } u { $second }
cite-ch-law = { $refs } tal-{ $law }

## Dates

month-1 = Jannar
month-2 = Frar
month-3 = Marzu
# Same as English: the month has the same name in Maltese.
month-4 = April
month-5 = Mejju
month-6 = Ġunju
month-7 = Lulju
month-8 = Awwissu
month-9 = Settembru
month-10 = Ottubru
month-11 = Novembru
month-12 = Diċembru
date-long = { $day } ta’ { $month } { $year }
# Id-data tal-ittra: il-post u d-data ("Tas-Sliema, 23 ta’ Novembru 2026"), jew id-data biss.
# Same as English: place, comma, date.
dateline-with-place = { $place }, { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = L-Awstrija
jurisdiction-BE = Il-Belġju
jurisdiction-BG = Il-Bulgarija
jurisdiction-CA = Il-Kanada
jurisdiction-CA-QC = Québec (il-Kanada)
jurisdiction-CH = L-Iżvizzera
jurisdiction-CY = Ċipru
jurisdiction-CZ = Iċ-Ċekja
jurisdiction-DE = Il-Ġermanja
jurisdiction-DE-BB = Brandenburg (il-Ġermanja)
jurisdiction-DE-BE = Berlin (il-Ġermanja)
jurisdiction-DE-BW = Baden-Württemberg (il-Ġermanja)
jurisdiction-DE-BY = Il-Bavarja (il-Ġermanja)
jurisdiction-DE-HB = Bremen (il-Ġermanja)
jurisdiction-DE-HE = Hessen (il-Ġermanja)
jurisdiction-DE-HH = Hamburg (il-Ġermanja)
jurisdiction-DE-MV = Mecklenburg-Vorpommern (il-Ġermanja)
jurisdiction-DE-NI = Is-Sassonja t’Isfel (il-Ġermanja)
jurisdiction-DE-NW = Nordrhein-Westfalen (il-Ġermanja)
jurisdiction-DE-RP = Rheinland-Pfalz (il-Ġermanja)
jurisdiction-DE-SH = Schleswig-Holstein (il-Ġermanja)
jurisdiction-DE-SL = Saarland (il-Ġermanja)
jurisdiction-DE-SN = Is-Sassonja (il-Ġermanja)
jurisdiction-DE-ST = Sassonja-Anhalt (il-Ġermanja)
jurisdiction-DE-TH = It-Turingja (il-Ġermanja)
jurisdiction-DK = Id-Danimarka
jurisdiction-EE = L-Estonja
jurisdiction-ES = Spanja
jurisdiction-FI = Il-Finlandja
jurisdiction-FR = Franza
jurisdiction-GB = Ir-Renju Unit
jurisdiction-GR = Il-Greċja
# Same as English: the territory's name is the same in Maltese.
jurisdiction-HK = Hong Kong
jurisdiction-HR = Il-Kroazja
jurisdiction-HU = L-Ungerija
jurisdiction-IE = L-Irlanda
jurisdiction-IN = L-Indja
jurisdiction-IS = L-Iżlanda
jurisdiction-IT = L-Italja
jurisdiction-LI = Il-Liechtenstein
jurisdiction-LT = Il-Litwanja
jurisdiction-LU = Il-Lussemburgu
jurisdiction-LV = Il-Latvja
# Same as English: the country's own name.
jurisdiction-MT = Malta
jurisdiction-NL = Il-Pajjiżi l-Baxxi
jurisdiction-NO = In-Norveġja
jurisdiction-OTHER = pajjiż ieħor
jurisdiction-PL = Il-Polonja
jurisdiction-PT = Il-Portugall
jurisdiction-RO = Ir-Rumanija
jurisdiction-SE = L-Iżvezja
jurisdiction-SI = Is-Slovenja
jurisdiction-SK = Is-Slovakkja
jurisdiction-US = L-Istati Uniti
jurisdiction-US-CA = Kalifornja (l-Istati Uniti)

## Shared pieces of all documents

recipient-dpo = Għall-attenzjoni tal-Uffiċjal għall-Protezzjoni tad-Data
# Il-qiegħ tal-paġna f’ittri ta’ aktar minn paġna waħda.
page-number = Paġna { $page } minn { $total }
salutation = Għażiż Sinjur/Sinjura,
closing = Dejjem tiegħek,
label-enclosures = { $count ->
    [one] Anness:
    [two] Annessi:
    [few] Annessi:
    [many] Annessi:
   *[other] Annessi:
}
subject-line = Suġġett: { $subject }
# Il-finijiet, bħala elementi ta’ lista fl-oġġezzjoni. $account: "member" jew "non-member".
purpose-ai-training = { $account ->
    [member] it-taħriġ, l-irfinar, l-evalwazzjoni u t-titjib ta’ mudelli ta’ intelliġenza artifiċjali li jiġġeneraw kontenut (IA ġenerattiva), b’mod partikolari bid-data tal-profil tiegħi u bil-kontenut li ppubblikajt fuq LinkedIn;
   *[non-member] it-taħriġ, l-irfinar, l-evalwazzjoni u t-titjib ta’ mudelli ta’ intelliġenza artifiċjali li jiġġeneraw kontenut (IA ġenerattiva), b’mod partikolari b’kontenut dwari li ppubblikaw persuni oħra fuq LinkedIn;
}
purpose-ai-other = it-taħriġ ta’ mudelli ta’ intelliġenza artifiċjali u ta’ tagħlim awtomatiku għal finijiet oħra, bħall-personalizzazzjoni tas-servizzi tagħkom, il-klassifikazzjoni tal-kontenut u t-titjib tal-prodotti u s-servizzi tagħkom b’mod ġenerali;
purpose-affiliate-sharing = l-iżvelar tad-data personali tiegħi lill-affiljati tagħkom, inkluża Microsoft, sabiex dawn ikunu jistgħu jħarrġu l-mudelli tal-IA tagħhom stess jew jipprovdu, jiżviluppaw jew itejbu s-servizzi ta’ reklamar tagħhom;
form-purpose-ai-training = { $account ->
    [member] it-taħriġ ta’ mudelli tal-IA ġenerattiva li joħolqu kontenut, bid-data tal-profil tiegħi u bil-kontenut li ppubblikajt;
   *[non-member] it-taħriġ ta’ mudelli tal-IA ġenerattiva li joħolqu kontenut, b’kontenut dwari li ppubblikaw oħrajn;
}
form-purpose-ai-other = it-taħriġ ta’ mudelli oħra tal-IA u ta’ tagħlim awtomatiku, pereżempju għall-personalizzazzjoni u għall-klassifikazzjoni tal-kontenut;
form-purpose-affiliate-sharing = l-iżvelar tad-data tiegħi lil affiljati bħal Microsoft għat-taħriġ tal-IA jew għar-reklamar tagħhom;
form-purpose-ads = ir-reklamar personalizzat u l-iżvelar tal-informazzjoni tiegħi għal finijiet ta’ reklamar;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Oġġezzjoni għall-ipproċessar tad-data personali tiegħi fuq LinkedIn
form-field-name = Isem: { $name }
form-field-email = Indirizz tal-posta elettronika: { $email }
form-field-country = Pajjiż ta’ residenza: { $country }
form-field-member = Kont ta’ LinkedIn: { $account ->
    [member] iva, irreġistrat fl-indirizz tal-posta elettronika ta’ hawn fuq
   *[non-member] le (m’inix membru ta’ LinkedIn)
}
form-field-profile = Profil: { $url }
form-field-content = Kontenut dwari: { $url }
form-field-request = Talba: oġġezzjoni għall-ipproċessar ({ $cite })
form-objection = Skont { $cite }, noġġezzjona għall-ipproċessar tad-data personali tiegħi li
    tibbażaw fuq interessi leġittimi ({ $basis }) għall-finijiet li ġejjin:
form-direct-marketing = Skont { $cite }, noġġezzjona għall-ipproċessar tad-data personali tiegħi
    għal finijiet ta’ kummerċjalizzazzjoni diretta, inkluż it-tfassil ta’ profili relatat magħha, b’mod
    partikolari għal reklamar personalizzat.
form-grounds = Ir-raġunijiet relatati mas-sitwazzjoni partikolari tiegħi:
form-requests = Waqt li tkunu qed tivvalutaw l-oġġezzjoni tiegħi, nitlobkom tirrestrinġu
    l-ipproċessar ({ $restriction }). Nitlobkom ukoll tħassru d-data personali miġbura għal dawn
    il-finijiet ({ $erasure }) u tinfurmaw b’dan lir-riċevituri, inkluża Microsoft
    ({ $recipients }).
form-confirmation = Nitlobkom tikkonfermaw bil-miktub sa nhar { $deadline } li kkonformajtu
    mal-oġġezzjoni tiegħi.

## Guidance printed after the form text (on standard error)

form-guide-heading = Il-passi li jmiss:
form-guide-open = Iftaħ il-formola ta’ LinkedIn għall-oġġezzjoni għall-ipproċessar tad-data (Data
    Processing Objection): { $url }
form-guide-option = Agħżel l-għażla biex toġġezzjona għall-ipproċessar tad-data tiegħek għat-taħriġ
    ta’ mudelli tal-IA li jiġġeneraw kontenut (LinkedIn tista’ tuża kliem differenti), ikkopja
    l-valuri ta’ hawn fuq fil-kaxxi tal-formola u waħħal it-test fil-kaxxa tat-test liberu.
form-guide-toggle = L-issettjar “Data for Generative AI Improvement” ({ $url }) iwaqqaf biss
    it-taħriġ futur ta’ mudelli li jiġġeneraw kontenut. Ma jkoprix użi oħra tal-IA jew
    ir-reklamar, u għalhekk l-oġġezzjoni nnifisha hija importanti.
form-guide-non-member = Mingħajr kont m’għandek l-ebda issettjar x’tibdel: it-triq tiegħek hija din
    il-formola, jew ittra lill-Uffiċjal għall-Protezzjoni tad-Data ta’ LinkedIn (objection letter).
form-guide-letter = Biex ikollok rekord formali, ibgħat ukoll l-ittra: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Oġġezzjoni għall-ipproċessar tad-data personali tiegħi ({ $law }), kont ta’ LinkedIn { $email }
   *[non-member] Oġġezzjoni għall-ipproċessar tad-data personali tiegħi ({ $law }); m’għandix kont ta’ LinkedIn
}
letter-intro-member = Jien membru ta’ LinkedIn; il-kont tiegħi huwa rreġistrat fl-indirizz tal-posta
    elettronika { $email }. Qed nindirizza din l-ittra lill-Uffiċjal għall-Protezzjoni tad-Data ta’
    { $controller }, il-kontrollur tad-data personali tiegħi.
letter-intro-member-profile = Il-profil pubbliku tiegħi: { $url }
letter-intro-non-member = M’għandix kont ta’ LinkedIn. Persuni oħra ppubblikaw kontenut fuq LinkedIn li fih data personali tiegħi, b’mod partikolari { $count ->
    [one] f’dan l-indirizz:
    [two] f’dawn l-indirizzi:
    [few] f’dawn l-indirizzi:
    [many] f’dawn l-indirizzi:
   *[other] f’dawn l-indirizzi:
}
letter-intro-non-member-after = Qed nindirizza din l-ittra lill-Uffiċjal għall-Protezzjoni tad-Data
    ta’ { $controller }, il-kontrollur ta’ din id-data.
letter-heading-objection = Oġġezzjoni għall-ipproċessar ibbażat fuq interessi leġittimi
letter-objection = Skont { $cite }, noġġezzjona, għal raġunijiet relatati mas-sitwazzjoni
    partikolari tiegħi, għall-ipproċessar tad-data personali tiegħi li tibbażaw fuq interessi
    leġittimi skont { $basis }, għall-finijiet li ġejjin:
letter-objection-notice = { $account ->
    [member] L-avviż ta’ privatezza tagħkom jiddikjara li mit-3 ta’ Novembru 2025 qed tibbażaw fuq interessi leġittimi biex tħarrġu mudelli tal-IA li jiġġeneraw kontenut bid-data tal-membri.
   *[non-member] L-avviż ta’ privatezza tagħkom jiddikjara li mit-3 ta’ Novembru 2025 qed tibbażaw fuq interessi leġittimi biex tħarrġu mudelli tal-IA li jiġġeneraw kontenut bil-kontenut li jippubblikaw il-membri, li fih ukoll data personali ta’ persuni oħra, fosthom tiegħi.
}
letter-grounds-given = Ir-raġunijiet relatati mas-sitwazzjoni partikolari tiegħi huma dawn li
    ġejjin:
letter-grounds-burden = Wara din l-oġġezzjoni, tistgħu tkomplu bl-ipproċessar biss jekk turu
    raġunijiet leġittimi konvinċenti li jegħlbu l-interessi, id-drittijiet u l-libertajiet tiegħi,
    jew jekk l-ipproċessar ikun għall-istabbiliment, l-eżerċizzju jew id-difiża ta’ talbiet legali.
    L-oneru li turu tali raġunijiet jaqa’ fuqkom.
letter-heading-direct-marketing = Oġġezzjoni għat-tfassil ta’ profili għal finijiet ta’ kummerċjalizzazzjoni diretta
letter-direct-marketing = Skont { $cite }, noġġezzjona għall-ipproċessar tad-data personali tiegħi
    għal finijiet ta’ kummerċjalizzazzjoni diretta, inkluż it-tfassil ta’ profili sa fejn huwa
    marbut magħha, b’mod partikolari għal reklamar personalizzat. Din l-oġġezzjoni ma teħtieġ
    l-ebda raġuni; malli tasal, id-data tiegħi ma tistax tibqa’ tiġi pproċessata għal dawn
    il-finijiet.
letter-consent-withdrawal = Sa fejn tibbażaw fuq il-kunsens tiegħi għar-reklamar personalizzat,
    qed nirtira dak il-kunsens skont { $cite }.
letter-heading-restriction = Restrizzjoni tal-ipproċessar waqt li tiġi vvalutata l-oġġezzjoni tiegħi
letter-restriction = Skont { $cite }, nitlobkom tirrestrinġu l-ipproċessar tad-data personali tiegħi
    għall-finijiet imsemmija hawn fuq sakemm jiġi vverifikat jekk ir-raġunijiet leġittimi tagħkom
    jegħlbux dawk tiegħi.
letter-heading-erasure = Tħassir
letter-erasure = Skont { $cite }, nitlobkom tħassru d-data personali li ġbartu jew dderivajtu għal
    dawn il-finijiet, inklużi l-kopji f’settijiet ta’ data ta’ taħriġ. Nitlobkom ukoll tgħarrfuni
    jekk id-data tiegħi diġà ntużatx biex jitħarrġu mudelli u, jekk iva, x’qed tagħmlu dwar dan.
letter-heading-recipients = Riċevituri
letter-recipients = Skont { $cite }, nitlobkom tinfurmaw bir-restrizzjoni u bit-tħassir lil kull
    riċevitur li lilu żvelajtu d-data personali tiegħi għal dawn il-finijiet, inklużi l-affiljati
    tagħkom bħal Microsoft, u tgħarrfuni min huma dawn ir-riċevituri.
letter-heading-fadp = Il-liġi Żvizzera dwar il-protezzjoni tad-data
letter-fadp = Ngħix fl-Iżvizzera. Din l-ittra hija wkoll id-dikjarazzjoni espressa tiegħi, skont
    { $personality }, li d-data personali tiegħi ma tistax tiġi pproċessata għall-finijiet
    imsemmija hawn fuq. Ipproċessar kontra din id-dikjarazzjoni jikser il-personalità tiegħi, u
    tali ksur huwa illegali sakemm ma jkunx ġustifikat skont { $justification }. Sa fejn id-data
    tiegħi hija ġeneralment aċċessibbli, nipprojbixxi espressament l-ipproċessar tagħha għal dawn
    il-finijiet ({ $public }). Nirriżerva t-talbiet tiegħi skont { $claims }.
letter-heading-confirmation = Konferma
letter-confirmation = Nitlobkom tikkonfermaw bil-miktub, mingħajr dewmien żejjed u sa nhar
    { $deadline } l-aktar tard, li kkonformajtu mal-oġġezzjoni u mat-talbiet tiegħi ({ $cite }).
    Jekk tqisu li tistgħu tkomplu bl-ipproċessar, jekk jogħġbok spjegaw ir-raġunijiet leġittimi
    konvinċenti li qed tibbażaw fuqhom.
letter-toggle = Naf bl-issettjar “Data for Generative AI Improvement”. Peress li dan ikopri biss
    it-taħriġ futur ta’ mudelli li jiġġeneraw kontenut, ma jissostitwixxix din l-oġġezzjoni.
letter-uk-complaint = Jekk ma taġixxux fuq din l-oġġezzjoni, nitlobkom tittrattaw din l-ittra wkoll
    bħala ilment magħmul lilkom skont { $cite }.
letter-reply-channel = Nitlobkom twieġbu fl-indirizz tal-posta elettronika { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Rapport skont { $cite } dwar { $controller }
   *[complaint] Ilment skont { $cite } kontra { $controller }
}
complaint-intro = Permezz ta’ din l-ittra, qed nressaq ilment kontra { $controller }, { $address },
    dwar l-ipproċessar tad-data personali tiegħi.
complaint-intro-report = Permezz ta’ din l-ittra, qed nirrapportalkom l-ipproċessar tad-data
    personali tiegħi minn { $controller }, { $address }. Nifhem li, bħala l-persuna li qed tagħmel
    ir-rapport, m’għandix status ta’ parti.
complaint-heading-facts = Il-fatti
complaint-facts = { $account ->
    [member] Jien membru ta’ LinkedIn (indirizz tal-posta elettronika tal-kont: { $email }).
   *[non-member] M’għandix kont ta’ LinkedIn; persuni oħra ppubblikaw kontenut dwari fuq LinkedIn, b’mod partikolari { $count ->
        [one] f’dan l-indirizz:
        [two] f’dawn l-indirizzi:
        [few] f’dawn l-indirizzi:
        [many] f’dawn l-indirizzi:
       *[other] f’dawn l-indirizzi:
    }
}
complaint-objection-sent = Permezz ta’ ittra datata { $date }, oġġezzjonajt għall-ipproċessar
    tad-data personali tiegħi skont { $cite } u tlabt ir-restrizzjoni tal-ipproċessar, it-tħassir
    tad-data u li r-riċevituri jiġu infurmati. L-oġġezzjoni tiegħi hija annessa.
complaint-objection-sent-report = Permezz ta’ ittra datata { $date }, oġġezzjonajt espressament
    għall-ipproċessar tad-data personali tiegħi għat-taħriġ tal-IA u għal finijiet relatati.
    L-oġġezzjoni tiegħi hija annessa.
complaint-deadline = Il-perjodu għal tweġiba skont { $cite } skada nhar { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn irrifjutat l-oġġezzjoni tiegħi mingħajr ma wriet raġunijiet leġittimi konvinċenti li jegħlbu l-interessi, id-drittijiet u l-libertajiet tiegħi. It-tweġiba tagħha hija annessa wkoll.
    [incomplete] It-tweġiba ta’ LinkedIn ma timplimentax l-oġġezzjoni tiegħi kompletament. It-tweġiba hija annessa wkoll.
   *[no-reply] Sal-lum ma rċevejt l-ebda tweġiba sostantiva.
}
complaint-heading-assessment = Valutazzjoni
complaint-assessment = LinkedIn qed tibbaża fuq interessi leġittimi skont { $basis } biex tuża
    l-profili tal-membri u l-kontenut li jippubblikaw, inkluża d-data personali ta’ persuni oħra li
    tinsab f’dan il-kontenut, għat-taħriġ ta’ mudelli tal-IA li jiġġeneraw kontenut. Wara
    oġġezzjoni, tista’ tkompli bl-ipproċessar biss jekk turi raġunijiet leġittimi konvinċenti li
    jegħlbu l-interessi, id-drittijiet u l-libertajiet tal-persuna li toġġezzjona ({ $cite }). Dan
    ma għamlitux; għalhekk, fil-fehma tiegħi, l-ipproċessar kontinwu tad-data tiegħi jikser
    il-{ $law }.
complaint-assessment-report = L-ipproċessar tad-data personali tiegħi kontra d-dikjarazzjoni
    espressa tiegħi jikser il-personalità tiegħi skont { $personality }, u tali ksur huwa illegali
    sakemm ma jkunx ġustifikat skont { $justification }. LinkedIn ma wriet l-ebda ġustifikazzjoni
    bħal din.
complaint-heading-requests = Talbiet
complaint-requests = Nitlobkom tinvestigaw l-ilment tiegħi, tieħdu l-miżuri meħtieġa sabiex LinkedIn
    tikkonforma mal-oġġezzjoni tiegħi, u tinfurmawni bil-progress u bl-eżitu tal-ilment.
complaint-requests-report = Nitlobkom tiftħu investigazzjoni skont { $cite } u tinfurmawni bil-passi
    li tieħdu u bl-eżitu tagħhom.
complaint-lead-authority = Il-Kummissjoni għall-Protezzjoni tad-Data tal-Irlanda (Data Protection
    Commission) hija l-awtorità superviżorja ewlenija għal { $controller } ({ $cite }). Qed
    nressaq dan l-ilment quddiemkom bħala l-awtorità superviżorja tal-post tar-residenza abitwali
    tiegħi u nitlobkom tittrattawh f’kooperazzjoni ma’ dik il-Kummissjoni.
complaint-lead-authority-forward = Il-Kummissjoni għall-Protezzjoni tad-Data tal-Irlanda (Data
    Protection Commission) hija l-awtorità superviżorja ewlenija għal { $controller } ({ $cite }).
    Sa fejn naf jien, intom m’intomx kompetenti għal din il-kumpanija; għalhekk nitlobkom tgħaddu
    l-ilment tiegħi lill-awtorità superviżorja kompetenti.
complaint-lead-authority-report = Fl-Unjoni Ewropea, { $controller } hija taħt is-superviżjoni
    tal-Kummissjoni għall-Protezzjoni tad-Data tal-Irlanda (Data Protection Commission) bħala
    l-awtorità superviżorja ewlenija tagħha.
complaint-uk-controller-first = Qabel ma ktibt lilkom, qajjimt il-kwistjoni mal-kontrollur:
    fl-oġġezzjoni tiegħi tlabt lil LinkedIn tittrattaha wkoll bħala ilment skont { $cite }.
complaint-enclosure-objection = L-oġġezzjoni tiegħi datata { $date }
complaint-enclosure-reply = It-tweġiba ta’ LinkedIn
complaint-contact = Tistgħu tikkuntattjawni fuq { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Tfakkira: l-oġġezzjoni tiegħi datata { $date } ({ $law }), kont ta’ LinkedIn { $email }
   *[non-member] Tfakkira: l-oġġezzjoni tiegħi datata { $date } ({ $law })
}
reminder-intro = Permezz ta’ ittra datata { $date }, oġġezzjonajt għall-ipproċessar tad-data
    personali tiegħi skont { $cite } u tlabt ir-restrizzjoni tal-ipproċessar, it-tħassir tad-data u
    li r-riċevituri jiġu infurmati. Kopja tal-oġġezzjoni tiegħi hija annessa.
reminder-overdue = Il-perjodu għat-tweġiba tagħkom skont { $cite } skada nhar { $deadline }. Sal-lum
    ma rċevejt l-ebda tweġiba sostantiva.
reminder-request = Nitlobkom tikkonformaw mal-oġġezzjoni u mat-talbiet tiegħi mingħajr aktar
    dewmien u tikkonfermawli dan bil-miktub sa nhar { $deadline }.
reminder-next = { $route ->
    [report] Jekk sa dakinhar ma nirċievix tweġiba sodisfaċenti, se nirrapporta l-kwistjoni lill-awtorità li ġejja: { $authority }.
   *[complaint] Jekk sa dakinhar ma nirċievix tweġiba sodisfaċenti, se nressaq ilment quddiem l-awtorità superviżorja li ġejja: { $authority }.
}
complaint-reminder-sent = Permezz ta’ ittra datata { $date }, fakkart lil LinkedIn bl-oġġezzjoni
    tiegħi u stabbilejt skadenza ġdida sa nhar { $deadline }.
complaint-enclosure-reminder = It-tfakkira tiegħi datata { $date }

## Case status (objection status --case DIR)

status-reference = Każ { $reference }
status-empty = Dan il-każ għad m’għandux oġġezzjoni. Ibda bi: objection letter --case { $dir }
status-sent = L-oġġezzjoni ntbagħtet nhar { $date }.
status-reminded = It-tfakkira ntbagħtet nhar { $date }.
status-complained = L-ilment inkiteb nhar { $date }. L-awtorità se tinfurmak dwar kif se tipproċedi.
status-waiting = Fi stennija għat-tweġiba ta’ LinkedIn sa nhar { $date } ({ $days ->
    [one] fadal jum wieħed
    [2] fadal jumejn
    [two] fadal jumejn
    [few] fadal { $days } jiem
    [many] fadal { $days }-il jum
   *[other] fadal { $days } jum
}).
status-overdue = { $days ->
    [one] Għadda jum wieħed
    [2] Għaddew jumejn
    [two] Għaddew jumejn
    [few] Għaddew { $days } jiem
    [many] Għaddew { $days }-il jum
   *[other] Għaddew { $days } jum
} mill-iskadenza, li kienet nhar { $date }.
status-next-wait-reminder = Il-pass li jmiss: jekk LinkedIn ma twieġibx sa dakinhar, ikteb tfakkira: objection reminder --case { $dir }
status-next-wait-complaint = Il-pass li jmiss: jekk LinkedIn ma twieġibx sa dakinhar, ikteb l-ilment: objection complaint --case { $dir }
status-next-reminder = Il-pass li jmiss: ikteb tfakkira: objection reminder --case { $dir }
status-next-complaint = Il-pass li jmiss: ikteb l-ilment lill-awtorità: objection complaint --case { $dir }
calendar-summary = Skadenza għat-tweġiba ta’ LinkedIn għall-oġġezzjoni tiegħek ({ $reference })
calendar-description = Jekk LinkedIn għadha ma wieġbitx sal-lum, ara x’għandek tagħmel issa: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Hawnhekk mhux "oġġezzjoni", "interessi leġittimi" jew "kontrollur": l-ittri jittrattaw
# l-"użu" tal-"informazzjoni personali"; il-liġijiet jiġu ċitati fl-istil tagħhom.
# Il-law-name-* jibdew bl-artiklu "l-" quddiem vokali ("l-Att", "l-Ordinanza"), li ma jinbidilx
# wara "li" jew "taħt".

# Same as English: the Canadian act's own abbreviation.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: the Hong Kong ordinance's own abbreviation and chapter.
law-pdpo = PDPO (Cap. 486)
# Same as English: the Californian code's own citation form.
law-ccpa = Cal. Civ. Code
# Same as English: the Indian act's own short title.
law-dpdp = DPDP Act 2023
law-us-generic = Politika ta’ Privatezza ta’ LinkedIn
law-generic = Politika ta’ Privatezza ta’ LinkedIn
# Ismijiet qosra għas-suġġett tal-ittri.
# Same as English: the Canadian act's own abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = Att ta’ Québec dwar is-settur privat
# Same as English: the Hong Kong ordinance's own abbreviation.
law-short-pdpo = PDPO
# Same as English: the Californian act's own abbreviation.
law-short-ccpa = CCPA
# Same as English: the Indian act's own short title.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Politika ta’ Privatezza ta’ LinkedIn
law-short-generic = Politika ta’ Privatezza ta’ LinkedIn
# L-isem tal-liġi fit-test, bl-artiklu.
law-name-pipeda = l-Att Kanadiż dwar il-Protezzjoni tal-Informazzjoni Personali u d-Dokumenti Elettroniċi (PIPEDA)
law-name-qc-private = l-Att ta’ Québec dwar il-protezzjoni tal-informazzjoni personali fis-settur privat
law-name-pdpo = l-Ordinanza ta’ Hong Kong dwar id-Data Personali (Privatezza) (PDPO)
law-name-ccpa = l-Att ta’ Kalifornja dwar il-Privatezza tal-Konsumatur (CCPA)
law-name-dpdp = l-Att Indjan dwar il-Protezzjoni tad-Data Personali Diġitali, 2023 (DPDP Act)
law-name-us-generic = il-Politika ta’ Privatezza ta’ LinkedIn
law-name-generic = il-Politika ta’ Privatezza ta’ LinkedIn
cite-common-article = artikolu { $number }
cite-common-article-paragraph = artikolu { $number }({ $paragraph })
cite-common-section = sezzjoni { $number }
cite-common-section-paragraph = sezzjoni { $number }({ $paragraph })
cite-common-principle = Skeda 1, Prinċipju { $number }
cite-common-dpp = Skeda 1, Prinċipju tal-Protezzjoni tad-Data { $number }
cite-common-and = { $first } u { $second }
# Same as English: law first, then the provision ("PIPEDA, Skeda 1, Prinċipju 4.3.8").
cite-common-law = { $law }, { $refs }
# Same as English: US code sections keep their own citation form ("§ 1798.120").
cite-us-section = § { $number }
cite-us-and = { $first } u { $second }
# Same as English: "Cal. Civ. Code § 1798.120", the code's own citation form.
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] ir-reklamar personalizzat ibbażat fuq il-profil u l-attività tiegħi, u l-iżvelar tal-informazzjoni tiegħi lil oħrajn għal finijiet ta’ reklamar;
   *[non-member] ir-reklamar personalizzat ibbażat fuq l-informazzjoni personali tiegħi, u l-iżvelar tagħha lil oħrajn għal finijiet ta’ reklamar;
}
other-subject = { $family ->
    [consent] Irtirar tal-kunsens għall-użu tal-informazzjoni personali tiegħi ({ $law })
    [optout] Talba biex l-informazzjoni personali tiegħi ma tinbigħx u ma tinqasamx ({ $law })
   *[generic] Talba biex tieqfu tużaw l-informazzjoni personali tiegħi għat-taħriġ tal-IA u għar-reklamar
}
other-intro-member = Jien membru ta’ LinkedIn; il-kont tiegħi huwa rreġistrat fl-indirizz tal-posta
    elettronika { $email }. Qed nikteb lil { $controller } dwar l-użu tal-informazzjoni personali
    tiegħi.
other-intro-non-member = M’għandix kont ta’ LinkedIn. Persuni oħra ppubblikaw kontenut fuq LinkedIn li fih informazzjoni personali tiegħi, b’mod partikolari { $count ->
    [one] f’dan l-indirizz:
    [two] f’dawn l-indirizzi:
    [few] f’dawn l-indirizzi:
    [many] f’dawn l-indirizzi:
   *[other] f’dawn l-indirizzi:
}
other-intro-non-member-after = Qed nikteb lil { $controller } dwar l-użu ta’ din l-informazzjoni.
consent-no-objection = Peress li taħt { $law } ma hemm l-ebda dritt ġenerali li wieħed jopponi
    l-użu tal-informazzjoni personali, qed nagħmel użu mid-dritt l-eqreb li hemm disponibbli:
    l-irtirar tal-kunsens ({ $cite }).
consent-withdrawal = Qed nirtira kull kunsens, espress jew impliċitu, li fuqu LinkedIn tibbaża l-użu
    tal-informazzjoni personali tiegħi għall-finijiet li ġejjin:
consent-new-purpose = It-taħriġ ta’ mudelli ta’ intelliġenza artifiċjali mhuwiex għan li għalih tajt
    l-informazzjoni tiegħi lil LinkedIn. L-użu tagħha għal għan ġdid bħal dan jeħtieġ il-kunsens
    tiegħi ({ $cite }), u jien ma nagħtihx.
consent-in-force = Id-dispożizzjonijiet dwar il-kunsens u l-irtirar tiegħu taħt { $law } huma
    mistennija jidħlu fis-seħħ nhar { $date }. Sa dakinhar, nitlobkom tonoraw dan l-irtirar skont
    l-impenji tal-Politika ta’ Privatezza ta’ LinkedIn.
optout-no-objection = Il-liġi ta’ Kalifornja (CCPA) ma tagħti l-ebda dritt li wieħed jopponi
    t-taħriġ tal-IA bħala tali. Għalhekk nagħmel użu mid-drittijiet li tagħti, u nżid talba
    tiegħi.
optout-sale = Skont { $cite }, nordnalkom ma tbigħux u ma taqsmux (“sell”, “share”) l-informazzjoni
    personali tiegħi, inkluż l-iżvelar tagħha lil Microsoft jew lil affiljati oħra biex
    jippersonalizzaw ir-reklamar li juruni.
optout-sensitive = Skont { $cite }, nordnalkom ukoll tillimitaw l-użu u l-iżvelar tal-informazzjoni
    personali sensittiva tiegħi għal dak li tippermetti l-liġi.
optout-ai = Lil hinn minn dawn id-drittijiet, nitlobkom tieqfu tużaw l-informazzjoni personali tiegħi għall-finijiet li ġejjin:
generic-basis = { $scope ->
    [us] L-ebda liġi federali ma tagħtini d-dritt li nopponi dan l-użu. Qed nibbaża fuq l-għażliet li toffri LinkedIn stess u fuq il-Politika ta’ Privatezza tagħha, u nitlobkom tapplikawhom għalija b’mod sħiħ.
   *[other] Qed nibbaża fuq l-impenji tal-Politika ta’ Privatezza ta’ LinkedIn, li tippermetti lill-membri u lill-viżitaturi jikkontrollaw kif tintuża l-informazzjoni tagħhom, u fuq kwalunkwe liġi dwar il-protezzjoni tad-data tal-pajjiż tiegħi li tapplika.
}
generic-request = It-talba tiegħi tikkonċerna l-użu tal-informazzjoni personali tiegħi għall-finijiet
    li ġejjin:
generic-us-state = Jekk xi liġi dwar il-privatezza tal-konsumatur tal-istat tiegħi tapplika għal
    LinkedIn, nitlobkom tittrattaw din l-ittra wkoll bħala talba taħt dik il-liġi.
generic-settings = L-issettjar “Data for Generative AI Improvement” u l-issettjar “Data sharing” ta’
    LinkedIn ikopru biss parti minn din it-talba; nitlobkom tapplikawha kollha.
other-stop = Nitlobkom tieqfu tużaw l-informazzjoni tiegħi għal dawn il-finijiet, teskluduha
    mid-data ta’ taħriġ futura, u tgħarrfuni x’jiġri mill-informazzjoni li diġà ntużat.
other-deadline-courtesy = L-ebda perjodu statutorju ma japplika għat-tweġiba tagħkom. Bħala
    korteżija, madankollu, nitlobkom tikkonfermaw bil-miktub sa nhar { $deadline } li ħadtu azzjoni
    fuq din it-talba.
optout-deadline = Nitlobkom taġixxu fuq it-talba tiegħi malajr kemm jista’ jkun u sa nhar
    { $deadline } l-aktar tard (15-il jum ta’ xogħol, kif jistabbilixxu r-regolamenti ta’
    Kalifornja), u tikkonfermaw dan bil-miktub.
other-form-field-request = Talba: { $family ->
    [consent] irtirar tal-kunsens ({ $law })
    [optout] l-ebda bejgħ jew qsim tal-informazzjoni tiegħi ({ $law })
   *[generic] waqfien tal-użu tal-informazzjoni tiegħi għat-taħriġ tal-IA u għar-reklamar
}
other-form-guide-route = Din il-formola hija deskritta fl-avviż ta’ privatezza Ewropew ta’ LinkedIn.
    Jekk ma tkunx disponibbli għalik, ibgħat l-ittra minflok (objection letter), jew uża l-formola
    ta’ kuntatt dwar il-privatezza ta’ LinkedIn: { $url }
other-reminder-subject = Tfakkira: l-ittra tiegħi datata { $date } ({ $law })
other-reminder-intro = Permezz tal-ittra tiegħi datata { $date }, ktibt lilkom dwar l-użu
    tal-informazzjoni personali tiegħi għat-taħriġ tal-IA u għal finijiet relatati. Kopja tal-ittra
    tiegħi hija annessa.
other-reminder-overdue = Tlabt tweġiba sa nhar { $deadline }. Sal-lum ma rċevejt l-ebda tweġiba
    sostantiva.
other-reminder-request = Nitlobkom taġixxu fuq it-talba tiegħi mingħajr aktar dewmien u
    tikkonfermawli dan bil-miktub sa nhar { $deadline }.
other-reminder-next = Jekk sa dakinhar ma nirċievix tweġiba sodisfaċenti, se nressaq ilment quddiem l-awtorità li ġejja: { $authority }.
other-reminder-next-none = Jekk sa dakinhar ma nirċievix tweġiba sodisfaċenti, se nikkunsidra
    r-rimedji l-oħra li għandi għad-dispożizzjoni tiegħi.
other-complaint-subject = Ilment dwar { $controller } ({ $law })
other-complaint-intro = Qed nressaq ilment dwar { $controller }, { $address }, rigward l-użu
    tal-informazzjoni personali tiegħi taħt { $law_name }.
other-complaint-sent = { $family ->
    [consent] Permezz ta’ ittra datata { $date }, irtirajt il-kunsens tiegħi għall-użu tal-informazzjoni personali tiegħi għat-taħriġ tal-IA u għal finijiet relatati ({ $cite }).
   *[optout] Permezz ta’ ittra datata { $date }, ordnajt lil LinkedIn biex ma tbigħx u ma taqsamx l-informazzjoni personali tiegħi ({ $cite }) u tlabtha tieqaf tuża l-informazzjoni tiegħi biex tħarreġ mudelli tal-IA.
} L-ittra tiegħi hija annessa. Tlabt tweġiba sa nhar { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn irrifjutat it-talba tiegħi. It-tweġiba tagħha hija annessa wkoll.
    [incomplete] It-tweġiba ta’ LinkedIn ma tagħtix effett sħiħ lit-talba tiegħi. It-tweġiba hija annessa wkoll.
   *[no-reply] Sal-lum ma rċevejt l-ebda tweġiba sostantiva.
}
other-complaint-assessment = { $family ->
    [consent] Fil-fehma tiegħi, LinkedIn qed tkompli tuża l-informazzjoni tiegħi mingħajr il-kunsens tiegħi, u dan għal għan ġdid li jeħtieġ dak il-kunsens ({ $cite }).
   *[optout] Fil-fehma tiegħi, LinkedIn ma onoratx it-talba tiegħi fiż-żmien li jippermettu r-regolamenti ta’ Kalifornja.
}
other-complaint-requests = Nitlobkom tinvestigaw l-ilment tiegħi u tinfurmawni bl-eżitu tiegħu.
other-enclosure-letter = L-ittra tiegħi datata { $date }
other-reasons = Nixtieq inżid dan li ġej dwar is-sitwazzjoni tiegħi:
other-complaint-reminder-sent = Permezz ta’ ittra datata { $date }, bgħatt tfakkira lil LinkedIn u
    stabbilejt skadenza ġdida sa nhar { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Skont { $cite }, l-oġġezzjoni teħtieġ raġunijiet relatati mas-sitwazzjoni partikolari tiegħek; l-oġġezzjoni tiegħek hija miktuba mingħajrhom. Żidhom bl-għażla --reason "..." biex ikun aktar diffiċli li tiġi rrifjutata.
note-federal-authority = DE waħdu jibgħat l-ilment lill-awtorità federali (BfDI), li tgħaddi l-ilmenti dwar kumpaniji lill-awtorità tal-istat federali. Biex tmur direttament, semmi l-istat tiegħek, pereżempju --country DE-BE (ara `objection jurisdictions`).
warning-premature = LinkedIn għandha sa nhar { $deadline } biex twieġeb; qabel dakinhar, { $document ->
    [reminder] tfakkira dwar nuqqas ta’ tweġiba tkun prematura
   *[complaint] ilment dwar nuqqas ta’ tweġiba jkun prematur
}.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Qed nibgħatilkom mehmuża, f’format PDF, l-ittra tiegħi datata { $date }. It-test sħiħ tagħha jinsab hawn taħt.
email-cover-reminder = Qed nibgħatilkom mehmuża, f’format PDF, it-tfakkira tiegħi datata { $date }. It-test sħiħ tagħha jinsab hawn taħt.
email-cover-complaint = Qed nibgħatilkom mehmuż, f’format PDF, l-ilment tiegħi datat { $date }. It-test sħiħ tiegħu jinsab hawn taħt.
email-receipt = Nitlobkom tibagħtuli konferma tal-wasla.
email-file-letter = ittra
email-file-reminder = tfakkira
email-file-complaint = ilment
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Mal-email hemm mehmuż il-PDF biss. Qabel ma tibagħtu, ehmeż ukoll l-annessi:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Dan l-assistent jgħinek, pass pass, toġġezzjona għall-użu tad-data tiegħek minn LinkedIn. Xejn ma jiġi ssejvjat qabel ma tikkonferma fl-aħħar. Agħfas Esc jew Ctrl+C biex tieqaf meta trid.
wizard-language = Lingwa
wizard-help-select = ↑↓ biex tiċċaqlaq, Enter biex tagħżel
wizard-help-multi = ↑↓ biex tiċċaqlaq, spazju biex timmarka jew tneħħi l-marka, Enter meta tlesti
wizard-country = Fejn tgħix?
wizard-country-help = Ikteb biex tfittex, Enter biex tagħżel. Fil-Ġermanja, agħżel l-istat federali tiegħek.
wizard-member = Għandek kont fuq LinkedIn?
wizard-answer = { $answer ->
    [yes] Iva
   *[no] Le
}
wizard-content-url = Indirizz tal-web { $number } ta’ kontenut fuq LinkedIn dwarek
wizard-content-url-help = Ikkopjah mill-bar tal-indirizz tal-browser (https://...). Ħallih vojt meta tlesti.
wizard-name = Ismek sħiħ
wizard-email = L-indirizz tal-email tiegħek
wizard-email-help = L-indirizz tal-kont tiegħek fuq LinkedIn; mingħajr kont, l-indirizz fejn LinkedIn jista’ jwieġbek.
wizard-address = L-indirizz postali tiegħek, linja { $number }
wizard-address-help = Pereżempju t-triq u n-numru, imbagħad il-kodiċi postali u l-lokalità. Ħallih vojt meta tlesti.
wizard-place = Il-lokalità tiegħek (għad-data tal-ittra)
wizard-object-to = Għal xiex qed toġġezzjona?
wizard-purpose-ai-training = Li LinkedIn iħarreġ intelliġenza artifiċjali li tikteb testi jew toħloq stampi bid-data tiegħek
wizard-purpose-ai-other = Użi oħra tad-data tiegħek mill-intelliġenza artifiċjali, pereżempju biex jippersonalizza l-feed tiegħek jew jikklassifika l-kontenut
wizard-purpose-ads-profiling = Reklami bbażati fuq profil tiegħek
wizard-purpose-affiliate-sharing = L-għoti tad-data tiegħek lil Microsoft u lil kumpaniji affiljati oħra għall-intelliġenza artifiċjali jew ir-reklami tagħhom
wizard-reason = Għaliex dan huwa importanti għalik personalment? (mhux obbligatorju)
wizard-reason-help = Pereżempju: “Jien ġurnalista u għandi nipproteġi s-sorsi tiegħi.” “Il-postijiet tiegħi huma xogħli; kopji magħmula mill-intelliġenza artifiċjali jagħmlu ħsara lid-dħul tiegħi.” Agħfas Enter biex taqbeż.
wizard-outputs = Liema dokumenti trid?
wizard-output = { $output ->
    [form] It-test għall-formola online ta’ LinkedIn
    [letter-pdf] L-ittra bħala PDF, biex tipprintjaha u tibgħatha bil-posta
   *[letter-text] L-ittra bħala test
}
wizard-problem = { $problem ->
    [empty] Dan ma jistax ikun vojt.
    [too-long] Dan twil wisq: { $length } (mhux aktar minn { $limit } karattru).
    [control] Neħħi l-karattru ta’ kontroll { $character }.
    [bidi] Erġa’ iktbu mingħajr is-sinjal tad-direzzjoni { $character }: jista’ jbiddel l-ordni li fiha jintwera t-test.
    [email] Dan mhux indirizz tal-email. Eżempju: name@example.org
   *[url] Dan mhux indirizz tal-web. Ikkopjah mill-browser; jibda b’https://
}
wizard-preview = Dehra minn qabel tat-test tiegħek:
wizard-folder = Folder għad-dokumenti tiegħek
wizard-folder-exists = Dan il-folder diġà jeżisti. Agħżel isem ġdid.
wizard-confirm = Nissejvja d-dokumenti tiegħek fil-folder { $dir } issa?
wizard-next-form = It-test għall-formola ta’ LinkedIn jinsab f’{ $file }.
wizard-next-letter = Ipprintja { $file }, iffirma l-ittra u ibgħatha bil-posta lill-indirizz fin-naħa ta’ fuq tal-ittra. Żomm kopja.
wizard-next-deadline = LinkedIn għandu sal-{ $date } biex iwieġeb.
wizard-next-reminder = Jekk sa dakinhar ma tirċievix tweġiba xierqa, ikteb tfakkira: { $command }
wizard-save-details = Nissejvja d-dettalji tiegħek f’{ $file } għad-darba li jmiss?
wizard-saved = Issejvjat. Id-darba li jmiss: { $command }
wizard-stopped = Waqaf. Xejn ma ġie ssejvjat.
