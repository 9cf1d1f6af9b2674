# Íslenska. Defines exactly the same messages as en.ftl.
#
# Conventions: formal Icelandic legal prose with the terms of the Icelandic text of Regulation
# (EU) 2016/679, which has the force of law in Iceland through the EEA Agreement and Act no.
# 90/2018 (lög nr. 90/2018 um persónuvernd og vinnslu persónuupplýsinga): „ábyrgðaraðili“
# (controller), „hinn skráði“ (data subject), „takmörkun á vinnslu“, „lögmætir hagsmunir“,
# „bein markaðssetning“, „gerð persónusniðs“, „eftirlitsyfirvald“, „forystueftirlitsyfirvald“,
# „persónuverndarfulltrúi“, „andmæli“ / „andmæla“ (right to object) and „mikilvægar lögmætar
# ástæður“ (compelling legitimate grounds), as Persónuvernd uses them on its page on the right to
# object: https://personuvernd.is/einstaklingar/spurt-og-svarad/allar-spurningar-og-svor/andmaelarettur
# Name of the GDPR: „reglugerð (ESB) 2016/679“, in citations in the genitive („reglugerðar (ESB)
# 2016/679“), as Persónuvernd cites it in its rulings („sbr. 13. og 14. gr. reglugerðar (ESB)
# 2016/679“, https://personuvernd.is/urlausnir/urskurdur-um-vinnslu-personuupplysinga-af-halfu-lindabergs-ehf.-t10-hotel).
# law-gdpr is therefore in the genitive, and every sentence places the law name after a word that
# governs the genitive („á grundvelli“, „ákvæðum“) or after an article number.
# Citation style: Icelandic order, smallest unit first: „1. mgr. 21. gr. reglugerðar (ESB)
# 2016/679“, „2. og 3. mgr. 21. gr.“, „d-lið 1. mgr. 18. gr.“; British and other common-law
# sections are rendered as articles („164A. gr. DPA 2018“, „3. mgr. 2. gr. PDPO (Cap. 486)“);
# Swiss act: „b-lið 2. mgr. 30. gr. DSG“. The point form „d-lið“ is accusative/dative, so
# citations stand only after „samkvæmt“ (dative) or „sbr.“ (accusative), never after a
# genitive-governing word.
# Dates: „23. nóvember 2026“ (month names in lower case); dateline „Reykjavík, 23. nóvember 2026“;
# in running text „Hinn 1. október 2026 …“, „dags. 1. október 2026“, „eigi síðar en …“.
# Salutation „Góðan dag,“; the text after it starts with a capital letter. Closing
# „Virðingarfyllst“. LinkedIn is addressed as „þið“. Quotation marks „…“.
# Gender: no predicative adjectives or participles agree with the writer („Mér er kunnugt um“,
# „Ég hef búsetu í“, „Mér er ljóst að“ instead of gendered forms).
# Plurals: CLDR „one“ in Icelandic also covers 21, 31, …; the address lists therefore select
# exactly 1 with [1] and give [one] the plural wording.
# The setting „Data for Generative AI Improvement“ keeps its English label (no Icelandic label
# is verified). Laws outside the GDPR: no GDPR terms; „mótmæla“ and „afturköllun samþykkis“
# instead of „andmæla“; law-name-* are in the dative (they follow „samkvæmt“, „í“, „byggist á“).

lang-name = Íslenska

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = reglugerðar (ESB) 2016/679
# Same as English: the name of the British law
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: the abbreviation of the British act
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# „1. mgr. 21. gr. reglugerðar (ESB) 2016/679“, „2. og 3. mgr. 21. gr. …“,
# „d-lið 1. mgr. 18. gr. …“, „3. mgr. 12. gr. og 12A. gr. UK GDPR“, „164A. gr. DPA 2018“.

cite-eu-article = { $number }. gr.
cite-eu-article-paragraph = { $paragraph }. mgr. { $number }. gr.
cite-eu-article-paragraphs = { $paragraph }. og { $second }. mgr. { $number }. gr.
cite-eu-article-paragraph-point = { $point }-lið { $paragraph }. mgr. { $number }. gr.
cite-eu-section = { $number }. gr.
cite-eu-section-paragraph = { $paragraph }. mgr. { $number }. gr.
cite-eu-section-paragraphs = { $paragraph }. og { $second }. mgr. { $number }. gr.
cite-eu-section-paragraph-point = { $point }-lið { $paragraph }. mgr. { $number }. gr.
cite-eu-and = { $first } og { $second }
# Same as English: references, then the law's name (in the genitive)
cite-eu-law = { $refs } { $law }
# „b-lið 2. mgr. 30. gr. DSG“, „31. gr. DSG“.
cite-ch-article = { $number }. gr.
cite-ch-article-paragraph = { $paragraph }. mgr. { $number }. gr.
cite-ch-article-paragraphs = { $paragraph }. og { $second }. mgr. { $number }. gr.
cite-ch-article-paragraph-point = { $point }-lið { $paragraph }. mgr. { $number }. gr.
cite-ch-section = { $number }. gr.
cite-ch-section-paragraph = { $paragraph }. mgr. { $number }. gr.
cite-ch-section-paragraphs = { $paragraph }. og { $second }. mgr. { $number }. gr.
cite-ch-section-paragraph-point = { $point }-lið { $paragraph }. mgr. { $number }. gr.
cite-ch-and = { $first } og { $second }
# Same as English: references, then the law's abbreviation
cite-ch-law = { $refs } { $law }

## Dates

month-1 = janúar
month-2 = febrúar
month-3 = mars
month-4 = apríl
month-5 = maí
month-6 = júní
month-7 = júlí
month-8 = ágúst
month-9 = september
month-10 = október
month-11 = nóvember
month-12 = desember
date-long = { $day }. { $month } { $year }
# The dateline: place and date („Reykjavík, 23. nóvember 2026“), or the date alone.
# Same as English: place, comma, date
dateline-with-place = { $place }, { $date }
# Same as English: the date alone
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Austurríki
jurisdiction-BE = Belgía
jurisdiction-BG = Búlgaría
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Sviss
jurisdiction-CY = Kýpur
jurisdiction-CZ = Tékkland
jurisdiction-DE = Þýskaland
jurisdiction-DE-BB = Brandenborg (Þýskaland)
jurisdiction-DE-BE = Berlín (Þýskaland)
jurisdiction-DE-BW = Baden-Württemberg (Þýskaland)
jurisdiction-DE-BY = Bæjaraland (Þýskaland)
jurisdiction-DE-HB = Brimar (Þýskaland)
jurisdiction-DE-HE = Hessen (Þýskaland)
jurisdiction-DE-HH = Hamborg (Þýskaland)
jurisdiction-DE-MV = Mecklenborg-Vorpommern (Þýskaland)
jurisdiction-DE-NI = Neðra-Saxland (Þýskaland)
jurisdiction-DE-NW = Norðurrín-Vestfalía (Þýskaland)
jurisdiction-DE-RP = Rínarland-Pfalz (Þýskaland)
jurisdiction-DE-SH = Slésvík-Holtsetaland (Þýskaland)
jurisdiction-DE-SL = Saarland (Þýskaland)
jurisdiction-DE-SN = Saxland (Þýskaland)
jurisdiction-DE-ST = Saxland-Anhalt (Þýskaland)
jurisdiction-DE-TH = Þýringaland (Þýskaland)
jurisdiction-DK = Danmörk
jurisdiction-EE = Eistland
jurisdiction-ES = Spánn
jurisdiction-FI = Finnland
jurisdiction-FR = Frakkland
jurisdiction-GB = Bretland
jurisdiction-GR = Grikkland
# Same as English: proper name, written the same in Icelandic
jurisdiction-HK = Hong Kong
jurisdiction-HR = Króatía
jurisdiction-HU = Ungverjaland
jurisdiction-IE = Írland
jurisdiction-IN = Indland
jurisdiction-IS = Ísland
jurisdiction-IT = Ítalía
# Same as English: proper name
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Litháen
jurisdiction-LU = Lúxemborg
jurisdiction-LV = Lettland
# Same as English: proper name
jurisdiction-MT = Malta
jurisdiction-NL = Holland
jurisdiction-NO = Noregur
jurisdiction-OTHER = annað land
jurisdiction-PL = Pólland
jurisdiction-PT = Portúgal
jurisdiction-RO = Rúmenía
jurisdiction-SE = Svíþjóð
jurisdiction-SI = Slóvenía
jurisdiction-SK = Slóvakía
jurisdiction-US = Bandaríkin
jurisdiction-US-CA = Kalifornía (Bandaríkin)

## Shared pieces of all documents

recipient-dpo = B.t. persónuverndarfulltrúa
# The footer of multi-page letters.
page-number = Bls. { $page } af { $total }
salutation = Góðan dag,
closing = Virðingarfyllst
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Fylgiskjal:
   *[other] Fylgiskjöl:
}
# The subject line as the letter shows it (some languages label it, like "Objet :").
subject-line = Efni: { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] þjálfun, aðlögun, mat og endurbætur gervigreindarlíkana sem búa til efni (skapandi gervigreind), einkum með upplýsingum af notandasíðu minni og efni sem ég hef birt á LinkedIn;
   *[non-member] þjálfun, aðlögun, mat og endurbætur gervigreindarlíkana sem búa til efni (skapandi gervigreind), einkum með efni um mig sem aðrir hafa birt á LinkedIn;
}
purpose-ai-other = þjálfun líkana á sviði gervigreindar og vélræns náms í öðrum tilgangi, svo
    sem til að aðlaga þjónustu ykkar að notendum, flokka efni og bæta vörur ykkar og þjónustu
    almennt;
purpose-affiliate-sharing = miðlun persónuupplýsinga minna til tengdra félaga ykkar, þar á meðal
    Microsoft, svo að þau geti þjálfað eigin gervigreindarlíkön eða veitt, þróað eða bætt
    þjónustu sína á sviði auglýsinga;
form-purpose-ai-training = { $account ->
    [member] þjálfun gervigreindarlíkana sem búa til efni (skapandi gervigreind), með upplýsingum af notandasíðu minni og efni sem ég hef birt;
   *[non-member] þjálfun gervigreindarlíkana sem búa til efni (skapandi gervigreind), með efni um mig sem aðrir hafa birt;
}
form-purpose-ai-other = þjálfun annarra líkana á sviði gervigreindar og vélræns náms, t.d. til að
    aðlaga þjónustu að notendum og flokka efni;
form-purpose-affiliate-sharing = miðlun upplýsinga minna til tengdra félaga á borð við Microsoft
    til þjálfunar eigin gervigreindar eða í auglýsingaskyni;
form-purpose-ads = sérsniðnar auglýsingar og miðlun upplýsinga minna í auglýsingaskyni;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Andmæli við vinnslu persónuupplýsinga minna á LinkedIn
form-field-name = Nafn: { $name }
form-field-email = Netfang: { $email }
form-field-country = Búseta: { $country }
form-field-member = Aðgangur að LinkedIn: { $account ->
    [member] já, skráður á netfangið hér að ofan
   *[non-member] enginn (ég er ekki notandi LinkedIn)
}
form-field-profile = Notandasíða: { $url }
form-field-content = Efni sem varðar mig: { $url }
form-field-request = Erindi: andmæli við vinnslu á grundvelli { $cite }
form-objection = Samkvæmt { $cite } andmæli ég vinnslu persónuupplýsinga minna sem þið byggið á
    lögmætum hagsmunum (sbr. { $basis }) í eftirfarandi tilgangi:
form-direct-marketing = Samkvæmt { $cite } andmæli ég vinnslu persónuupplýsinga minna vegna
    beinnar markaðssetningar, þar á meðal gerð persónusniðs sem tengist henni, einkum vegna
    auglýsinga sem eru sérsniðnar að mér.
form-grounds = Ástæður sem varða sérstakar aðstæður mínar:
form-requests = Meðan þið fjallið um andmæli mín fer ég fram á að vinnsla verði takmörkuð
    (sbr. { $restriction }). Ég fer jafnframt fram á að persónuupplýsingum sem safnað var í þessum
    tilgangi verði eytt (sbr. { $erasure }) og að viðtakendum, þar á meðal Microsoft, verði tilkynnt um
    það (sbr. { $recipients }).
form-confirmation = Vinsamlegast staðfestið skriflega eigi síðar en { $deadline } að þið hafið
    orðið við andmælum mínum.

## Guidance printed after the form text (on standard error)

form-guide-heading = Næstu skref:
form-guide-open = Opnaðu eyðublað LinkedIn fyrir andmæli við vinnslu gagna (Data Processing
    Objection): { $url }
form-guide-option = Veldu þann valkost sem snýr að andmælum við vinnslu gagna þinna til
    þjálfunar gervigreindarlíkana sem búa til efni (LinkedIn kann að orða hann öðruvísi), færðu
    gildin í viðeigandi reiti eyðublaðsins og límdu textann í reitinn fyrir frjálsan texta.
form-guide-toggle = Stillingin „Data for Generative AI Improvement“ ({ $url }) stöðvar aðeins
    þjálfun líkana sem búa til efni héðan í frá. Hún nær hvorki til annarrar notkunar gervigreindar
    né auglýsinga og því skipta andmælin sjálf máli.
form-guide-non-member = Án aðgangs hefurðu engar stillingar til að breyta: leiðin er þetta
    eyðublað eða bréf til persónuverndarfulltrúa LinkedIn (objection letter).
form-guide-letter = Til að andmælin séu formlega skjalfest skaltu einnig senda bréfið:
    objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Andmæli við vinnslu persónuupplýsinga minna á grundvelli { $law } – aðgangur að LinkedIn: { $email }
   *[non-member] Andmæli við vinnslu persónuupplýsinga minna á grundvelli { $law } – ég er ekki með aðgang að LinkedIn
}
letter-intro-member = Ég er með aðgang að LinkedIn, skráðan á netfangið { $email }. Bréfinu er
    beint til persónuverndarfulltrúa { $controller }, en félagið er ábyrgðaraðili vinnslu
    persónuupplýsinga minna.
letter-intro-member-profile = Opinber notandasíða mín: { $url }
# [1]: exactly one address; CLDR [one] also covers 21, 31, …, which take the plural wording here.
letter-intro-non-member = Ég er ekki með aðgang að LinkedIn. Aðrir hafa birt efni á LinkedIn sem hefur að geyma persónuupplýsingar um mig, einkum { $count ->
    [1] á eftirfarandi slóð:
    [one] á eftirfarandi slóðum:
   *[other] á eftirfarandi slóðum:
}
letter-intro-non-member-after = Bréfinu er beint til persónuverndarfulltrúa { $controller }, en
    félagið er ábyrgðaraðili vinnslu þessara upplýsinga.
letter-heading-objection = Andmæli við vinnslu sem byggist á lögmætum hagsmunum
letter-objection = Samkvæmt { $cite } andmæli ég, af ástæðum sem varða sérstakar aðstæður mínar,
    vinnslu persónuupplýsinga minna sem þið byggið á lögmætum hagsmunum samkvæmt { $basis }, í
    eftirfarandi tilgangi:
letter-objection-notice = { $account ->
    [member] Í persónuverndarstefnu ykkar kemur fram að frá 3. nóvember 2025 hafið þið notað gögn notenda til að þjálfa gervigreindarlíkön sem búa til efni og byggt þá vinnslu á lögmætum hagsmunum.
   *[non-member] Í persónuverndarstefnu ykkar kemur fram að frá 3. nóvember 2025 hafið þið notað efni sem notendur birta til að þjálfa gervigreindarlíkön sem búa til efni og byggt þá vinnslu á lögmætum hagsmunum. Þetta efni hefur einnig að geyma persónuupplýsingar annarra, þar á meðal mínar.
}
letter-grounds-given = Ástæður sem varða sérstakar aðstæður mínar eru eftirfarandi:
letter-grounds-burden = Eftir þessi andmæli er ykkur einungis heimilt að halda vinnslunni áfram ef
    þið sýnið fram á mikilvægar lögmætar ástæður fyrir vinnslunni sem ganga framar hagsmunum mínum,
    réttindum og frelsi, eða ef vinnslan er nauðsynleg til að stofna, hafa uppi eða verja
    réttarkröfur. Sönnunarbyrðin fyrir slíkum ástæðum hvílir á ykkur.
letter-heading-direct-marketing = Andmæli við gerð persónusniðs vegna beinnar markaðssetningar
letter-direct-marketing = Samkvæmt { $cite } andmæli ég vinnslu persónuupplýsinga minna vegna
    beinnar markaðssetningar, þar á meðal gerð persónusniðs sem tengist slíkri markaðssetningu, einkum
    vegna auglýsinga sem eru sérsniðnar að mér. Þessi andmæli þarfnast ekki rökstuðnings; frá viðtöku þeirra er
    óheimilt að vinna persónuupplýsingar mínar í þessum tilgangi.
letter-consent-withdrawal = Að svo miklu leyti sem þið byggið sérsniðnar auglýsingar á samþykki
    mínu dreg ég það samþykki til baka samkvæmt { $cite }.
letter-heading-restriction = Takmörkun á vinnslu meðan fjallað er um andmælin
letter-restriction = Samkvæmt { $cite } fer ég fram á að þið takmarkið vinnslu persónuupplýsinga
    minna í framangreindum tilgangi meðan beðið er staðfestingar á því hvort lögmætar ástæður
    ykkar gangi framar mínum.
letter-heading-erasure = Eyðing
letter-erasure = Samkvæmt { $cite } fer ég fram á að þið eyðið persónuupplýsingum sem þið hafið
    safnað eða leitt af öðrum upplýsingum í þessum tilgangi, þar á meðal afritum í
    gagnasöfnum til þjálfunar. Vinsamlegast upplýsið mig jafnframt um hvort gögn mín hafi þegar verið
    notuð til að þjálfa líkön og, ef svo er, hvaða ráðstafanir þið gerið vegna þess.
letter-heading-recipients = Viðtakendur
letter-recipients = Samkvæmt { $cite } fer ég fram á að þið tilkynnið öllum viðtakendum sem þið
    hafið miðlað persónuupplýsingum mínum til í þessum tilgangi, þar á meðal tengdum félögum á borð við
    Microsoft, um takmörkun vinnslunnar og eyðingu upplýsinganna og upplýsið mig um hverjir þessir viðtakendur eru.
letter-heading-fadp = Svissnesk lög um vernd persónuupplýsinga (DSG)
letter-fadp = Ég hef búsetu í Sviss. Bréf þetta er jafnframt skýr viljayfirlýsing mín samkvæmt
    { $personality } um að óheimilt sé að vinna persónuupplýsingar mínar í framangreindum
    tilgangi. Vinnsla í andstöðu við þessa yfirlýsingu felur í sér brot gegn persónuréttindum mínum
    og slíkt brot er ólögmætt nema það sé réttlætt samkvæmt { $justification }. Að því marki sem
    upplýsingar um mig eru öllum aðgengilegar banna ég sérstaklega vinnslu þeirra í þessum tilgangi
    (sbr. { $public }). Ég áskil mér rétt til að hafa uppi kröfur samkvæmt { $claims }.
letter-heading-confirmation = Staðfesting
letter-confirmation = Vinsamlegast staðfestið skriflega, án ótilhlýðilegrar tafar og eigi síðar en
    { $deadline }, að þið hafið orðið við andmælum mínum og kröfum (sbr. { $cite }). Teljið þið
    ykkur heimilt að halda vinnslunni áfram bið ég ykkur að gera grein fyrir þeim mikilvægu lögmætu
    ástæðum sem þið byggið á.
letter-toggle = Mér er kunnugt um stillinguna „Data for Generative AI Improvement“. Þar sem hún nær
    aðeins til þjálfunar líkana sem búa til efni héðan í frá kemur hún ekki í stað þessara andmæla.
letter-uk-complaint = Verðið þið ekki við þessum andmælum bið ég ykkur að líta einnig á bréf þetta
    sem kvörtun til ykkar samkvæmt { $cite }.
letter-reply-channel = Vinsamlegast sendið svar á netfangið { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Tilkynning samkvæmt { $cite } varðandi { $controller }
   *[complaint] Kvörtun samkvæmt { $cite } vegna { $controller }
}
complaint-intro = Hér með legg ég fram kvörtun vegna vinnslu { $controller }, { $address }, á
    persónuupplýsingum mínum.
complaint-intro-report = Hér með tilkynni ég ykkur um vinnslu { $controller }, { $address }, á
    persónuupplýsingum mínum. Mér er ljóst að sá sem tilkynnir á ekki aðild að málinu.
complaint-heading-facts = Málsatvik
# [1]: exactly one address; CLDR [one] also covers 21, 31, …, which take the plural wording here.
complaint-facts = { $account ->
    [member] Ég er með aðgang að LinkedIn (netfang aðgangsins: { $email }).
   *[non-member] Ég er ekki með aðgang að LinkedIn; aðrir hafa birt efni um mig á LinkedIn, einkum { $count ->
        [1] á eftirfarandi slóð:
        [one] á eftirfarandi slóðum:
       *[other] á eftirfarandi slóðum:
    }
}
complaint-objection-sent = Hinn { $date } andmælti ég vinnslu persónuupplýsinga minna samkvæmt
    { $cite } og fór fram á takmörkun vinnslu, eyðingu upplýsinganna og að viðtakendum yrði
    tilkynnt um það. Afrit af andmælum mínum fylgir hjálagt.
complaint-objection-sent-report = Hinn { $date } andmælti ég sérstaklega vinnslu
    persónuupplýsinga minna til þjálfunar gervigreindar og í tengdum tilgangi. Afrit af andmælum
    mínum fylgir hjálagt.
complaint-deadline = Frestur til að svara samkvæmt { $cite } rann út { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn hefur hafnað andmælum mínum án þess að sýna fram á mikilvægar lögmætar ástæður sem ganga framar hagsmunum mínum, réttindum og frelsi. Svar LinkedIn fylgir hjálagt.
    [incomplete] Í svari LinkedIn er ekki orðið við andmælum mínum að fullu. Svarið fylgir hjálagt.
   *[no-reply] Mér hefur ekki enn borist efnislegt svar.
}
complaint-heading-assessment = Lagalegt mat
complaint-assessment = LinkedIn byggir á lögmætum hagsmunum samkvæmt { $basis } við notkun á
    notandasíðum og birtu efni notenda, þar á meðal persónuupplýsingum annarra sem þetta efni hefur að
    geyma, til að þjálfa gervigreindarlíkön sem búa til efni. Eftir að andmæli hafa borist er
    félaginu einungis heimilt að halda vinnslunni áfram ef það sýnir fram á mikilvægar lögmætar
    ástæður sem ganga framar hagsmunum, réttindum og frelsi þess sem andmælir (sbr. { $cite }).
    Það hefur ekki verið gert og áframhaldandi vinnsla upplýsinga minna felur því að mínu mati í
    sér brot á ákvæðum { $law }.
complaint-assessment-report = Vinnsla persónuupplýsinga minna í andstöðu við skýra
    viljayfirlýsingu mína felur í sér brot gegn persónuréttindum mínum samkvæmt { $personality }
    og slíkt brot er ólögmætt nema það sé réttlætt samkvæmt { $justification }. LinkedIn hefur
    ekki sýnt fram á slíka réttlætingu.
complaint-heading-requests = Kröfur
complaint-requests = Ég fer þess á leit að þið rannsakið kvörtun mína, gerið nauðsynlegar
    ráðstafanir til að LinkedIn verði við andmælum mínum og upplýsið mig um framvindu og niðurstöðu
    kvörtunarinnar.
complaint-requests-report = Ég fer þess á leit að þið hefjið rannsókn samkvæmt { $cite } og
    upplýsið mig um þær ráðstafanir sem þið grípið til og niðurstöðu þeirra.
complaint-lead-authority = Data Protection Commission á Írlandi er
    forystueftirlitsyfirvald gagnvart { $controller } (sbr. { $cite }). Ég legg þessa kvörtun fram
    hjá ykkur sem eftirlitsyfirvaldi í því ríki þar sem ég hef fasta búsetu og fer þess á leit að
    þið fjallið um hana í samvinnu við Data Protection Commission.
complaint-lead-authority-forward = Data Protection Commission á Írlandi er
    forystueftirlitsyfirvald gagnvart { $controller } (sbr. { $cite }). Eftir því sem ég best veit
    eruð þið ekki sjálf bær til að fjalla um mál þessa félags; ég fer því þess á leit að þið
    sendið kvörtun mína áfram til þar til bærs eftirlitsyfirvalds.
complaint-lead-authority-report = Innan Evrópusambandsins hefur Data Protection Commission á
    Írlandi eftirlit með { $controller } sem forystueftirlitsyfirvald.
complaint-uk-controller-first = Áður en ég leitaði til ykkar bar ég málið undir ábyrgðaraðilann:
    í andmælum mínum fór ég fram á að LinkedIn liti einnig á þau sem kvörtun samkvæmt { $cite }.
complaint-enclosure-objection = Andmæli mín, dags. { $date }
complaint-enclosure-reply = Svar LinkedIn
complaint-contact = Netfang mitt er { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Ítrekun: andmæli mín, dags. { $date }, á grundvelli { $law } – aðgangur að LinkedIn: { $email }
   *[non-member] Ítrekun: andmæli mín, dags. { $date }, á grundvelli { $law }
}
reminder-intro = Hinn { $date } andmælti ég vinnslu persónuupplýsinga minna samkvæmt { $cite } og
    fór fram á takmörkun vinnslu, eyðingu upplýsinganna og að viðtakendum yrði tilkynnt um það.
    Afrit af andmælum mínum fylgir hjálagt.
reminder-overdue = Frestur ykkar til að svara samkvæmt { $cite } rann út { $deadline }. Mér hefur
    ekki enn borist efnislegt svar.
reminder-request = Ég fer fram á að þið verðið við andmælum mínum og kröfum án frekari tafar og
    staðfestið það skriflega við mig eigi síðar en { $deadline }.
reminder-next = { $route ->
    [report] Berist mér ekki fullnægjandi svar fyrir þann tíma mun ég tilkynna málið til { $authority }.
   *[complaint] Berist mér ekki fullnægjandi svar fyrir þann tíma mun ég leggja fram kvörtun hjá eftirlitsyfirvaldinu, { $authority }.
}
complaint-reminder-sent = Hinn { $date } minnti ég LinkedIn á andmæli mín og veitti viðbótarfrest
    til { $deadline }.
complaint-enclosure-reminder = Ítrekun mín, dags. { $date }

## Case status (objection status --case DIR)

status-reference = Mál { $reference }
status-empty = Engin andmæli hafa enn verið skráð í þessu máli. Byrjaðu með:
    objection letter --case { $dir }
status-sent = Andmæli send { $date }.
status-reminded = Ítrekun send { $date }.
status-complained = Kvörtun skrifuð { $date }. Yfirvaldið mun upplýsa þig um framvindu
    málsins.
status-waiting = Beðið eftir svari LinkedIn til { $date } ({ $days ->
    [one] { $days } dagur eftir
   *[other] { $days } dagar eftir
}).
status-overdue = Frestur liðinn fyrir { $days ->
    [one] { $days } degi
   *[other] { $days } dögum
}: fresturinn rann út { $date }.
status-next-wait-reminder = Næsta skref: ef LinkedIn hefur ekki svarað fyrir þann tíma skaltu
    skrifa ítrekun: objection reminder --case { $dir }
status-next-wait-complaint = Næsta skref: ef LinkedIn hefur ekki svarað fyrir þann tíma skaltu
    skrifa kvörtunina: objection complaint --case { $dir }
status-next-reminder = Næsta skref: skrifaðu ítrekun: objection reminder --case { $dir }
status-next-complaint = Næsta skref: skrifaðu kvörtun til eftirlitsyfirvalds:
    objection complaint --case { $dir }
calendar-summary = Frestur LinkedIn til að svara andmælum þínum ({ $reference })
calendar-description = Hafi LinkedIn ekki enn svarað sérðu næsta skref með:
    objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# No GDPR terms here („andmæli“, „lögmætir hagsmunir“, „ábyrgðaraðili“); foreign laws keep their
# own names. law-name-* are in the dative: they follow „samkvæmt“, „í“ and „byggist á“.

# Same as English: the Canadian act's abbreviation
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: the Hong Kong ordinance's abbreviation and chapter
law-pdpo = PDPO (Cap. 486)
# Same as English: the Californian code's citation name
law-ccpa = Cal. Civ. Code
# Same as English: the Indian act's short name
law-dpdp = DPDP Act 2023
law-us-generic = persónuverndarstefna LinkedIn
law-generic = persónuverndarstefna LinkedIn
# Short names for subject lines.
# Same as English: the Canadian act's abbreviation
law-short-pipeda = PIPEDA
law-short-qc-private = lög Québec um vernd persónuupplýsinga í einkageiranum
# Same as English: the Hong Kong ordinance's abbreviation
law-short-pdpo = PDPO
# Same as English: the Californian act's abbreviation
law-short-ccpa = CCPA
# Same as English: the Indian act's short name
law-short-dpdp = DPDP Act 2023
law-short-us-generic = persónuverndarstefna LinkedIn
law-short-generic = persónuverndarstefna LinkedIn
# The name of the law in running text ("under the CCPA"), in the dative.
law-name-pipeda = kanadísku lögunum Personal Information Protection and Electronic Documents Act (PIPEDA)
law-name-qc-private = lögum Québec um vernd persónuupplýsinga í einkageiranum (CQLR c. P-39.1)
law-name-pdpo = lögunum Personal Data (Privacy) Ordinance (PDPO) í Hong Kong
law-name-ccpa = lögunum California Consumer Privacy Act (CCPA) í Kaliforníu
law-name-dpdp = indversku lögunum Digital Personal Data Protection Act, 2023 (DPDP Act)
law-name-us-generic = persónuverndarstefnu LinkedIn
law-name-generic = persónuverndarstefnu LinkedIn
# „8. gr. CQLR c. P-39.1“, „3. mgr. 2. gr. PDPO (Cap. 486)“,
# „meginreglu 4.3.8 í 1. viðauka PIPEDA“ (accusative/dative: after „sbr.“ or „samkvæmt“).
cite-common-article = { $number }. gr.
cite-common-article-paragraph = { $paragraph }. mgr. { $number }. gr.
cite-common-section = { $number }. gr.
cite-common-section-paragraph = { $paragraph }. mgr. { $number }. gr.
cite-common-principle = meginreglu { $number } í 1. viðauka
cite-common-dpp = reglu { $number } um vernd persónuupplýsinga í 1. viðauka
cite-common-and = { $first } og { $second }
cite-common-law = { $refs } { $law }
# Same as English: the US section sign
cite-us-section = § { $number }
cite-us-and = { $first } og { $second }
# Same as English: US codes are cited code first, then the section
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] sérsniðnar auglýsingar byggðar á notandasíðu minni og virkni minni, og miðlun upplýsinga minna til annarra í auglýsingaskyni;
   *[non-member] sérsniðnar auglýsingar byggðar á persónuupplýsingum mínum og miðlun þeirra til annarra í auglýsingaskyni;
}
other-subject = { $family ->
    [consent] Afturköllun samþykkis fyrir notkun persónuupplýsinga minna ({ $law })
    [optout] Beiðni um að sala og deiling persónuupplýsinga minna verði stöðvuð ({ $law })
   *[generic] Beiðni um að hætt verði að nota persónuupplýsingar mínar til þjálfunar gervigreindar og í auglýsingaskyni
}
other-intro-member = Ég er með aðgang að LinkedIn, skráðan á netfangið { $email }. Ég sný mér til
    { $controller } vegna notkunar á persónuupplýsingum mínum.
# [1]: exactly one address; CLDR [one] also covers 21, 31, …, which take the plural wording here.
other-intro-non-member = Ég er ekki með aðgang að LinkedIn. Aðrir hafa birt efni á LinkedIn sem hefur að geyma persónuupplýsingar um mig, einkum { $count ->
    [1] á eftirfarandi slóð:
    [one] á eftirfarandi slóðum:
   *[other] á eftirfarandi slóðum:
}
other-intro-non-member-after = Ég sný mér til { $controller } vegna notkunar á þessum upplýsingum.
consent-no-objection = Samkvæmt { $law } er enginn almennur réttur til að mótmæla notkun
    persónuupplýsinga. Ég nýti mér því þann rétt samkvæmt lögunum sem kemst því næst:
    réttinn til að afturkalla samþykki (sbr. { $cite }).
consent-withdrawal = Ég afturkalla hvers kyns samþykki, hvort sem það er skýrt eða óbeint, sem
    LinkedIn byggir á við notkun persónuupplýsinga minna í eftirfarandi tilgangi:
consent-new-purpose = Þjálfun gervigreindarlíkana er ekki tilgangur sem ég lét LinkedIn upplýsingar
    mínar í té fyrir. Notkun þeirra í slíkum nýjum tilgangi krefst samþykkis míns (sbr. { $cite })
    og það veiti ég ekki.
consent-in-force = Ákvæði um samþykki og afturköllun þess í { $law } eiga samkvæmt áætlun að taka
    gildi { $date }. Þangað til fer ég fram á að þið virðið þessa afturköllun í samræmi við
    skuldbindingar í persónuverndarstefnu LinkedIn.
optout-no-objection = CCPA veitir engan rétt til að mótmæla þjálfun gervigreindar sem slíkri. Ég
    nýti mér því þau réttindi sem lögin veita og bæti við eigin beiðni.
optout-sale = Samkvæmt { $cite } krefst ég þess að þið hvorki seljið persónuupplýsingar mínar né
    deilið þeim („sell“ og „share“). Þetta á einnig við um miðlun til Microsoft eða annarra
    tengdra félaga í því skyni að birta mér sérsniðnar auglýsingar.
optout-sensitive = Samkvæmt { $cite } krefst ég þess að þið takmarkið notkun og miðlun viðkvæmra
    persónuupplýsinga minna við það sem lög heimila.
optout-ai = Umfram þessi réttindi fer ég fram á að þið hættið að nota persónuupplýsingar mínar í
    eftirfarandi tilgangi:
generic-basis = { $scope ->
    [us] Engin alríkislög veita mér rétt til að mótmæla þessari notkun. Ég byggi á þeim valkostum sem LinkedIn býður sjálft upp á og á persónuverndarstefnu LinkedIn og fer fram á að þið beitið þeim gagnvart mér að fullu.
   *[other] Ég byggi á skuldbindingum í persónuverndarstefnu LinkedIn, sem gerir notendum og gestum kleift að ráða því hvernig upplýsingar þeirra eru notaðar, og á löggjöf um vernd persónuupplýsinga í mínu landi að því marki sem hún á við.
}
generic-request = Beiðni mín varðar notkun persónuupplýsinga minna í eftirfarandi tilgangi:
generic-us-state = Ef lög um vernd persónuupplýsinga neytenda í því ríki Bandaríkjanna þar sem ég bý gilda um
    LinkedIn bið ég ykkur að líta einnig á bréf þetta sem beiðni samkvæmt þeim lögum.
generic-settings = Stillingar LinkedIn „Data for Generative AI Improvement“ og „Data sharing“ ná
    aðeins til hluta þessarar beiðni; vinsamlegast verðið við henni að fullu.
other-stop = Vinsamlegast hættið að nota upplýsingar mínar í þessum tilgangi, haldið þeim framvegis utan
    gagna sem notuð eru til þjálfunar og upplýsið mig um hvað verður um upplýsingar sem þegar hafa verið
    notaðar.
other-deadline-courtesy = Enginn lögbundinn frestur gildir um svar ykkar. Ég fer þess þó á leit að
    þið staðfestið skriflega eigi síðar en { $deadline } að orðið hafi verið við beiðninni.
optout-deadline = Vinsamlegast framfylgið beiðni minni eins fljótt og unnt er og eigi síðar en
    { $deadline } (15 virkir dagar, sá frestur sem reglur samkvæmt CCPA setja fyrir slíkar
    beiðnir) og staðfestið það skriflega.
other-form-field-request = Erindi: { $family ->
    [consent] afturköllun samþykkis ({ $law })
    [optout] bann við sölu og deilingu ({ $law })
   *[generic] að hætt verði að nota upplýsingar mínar til þjálfunar gervigreindar og í auglýsingaskyni
}
other-form-guide-route = Þessu eyðublaði er lýst í evrópskri persónuverndartilkynningu LinkedIn.
    Ef það stendur þér ekki til boða skaltu senda bréfið í staðinn (objection letter) eða nota
    samskiptaeyðublað LinkedIn vegna persónuverndar: { $url }
other-reminder-subject = Ítrekun: bréf mitt, dags. { $date } ({ $law })
other-reminder-intro = Hinn { $date } skrifaði ég ykkur vegna notkunar á persónuupplýsingum mínum
    til þjálfunar gervigreindar og í tengdum tilgangi. Afrit af bréfi mínu fylgir hjálagt.
other-reminder-overdue = Ég óskaði eftir svari eigi síðar en { $deadline }. Mér hefur ekki enn
    borist efnislegt svar.
other-reminder-request = Ég fer fram á að þið verðið við beiðni minni án frekari tafar og
    staðfestið það skriflega við mig eigi síðar en { $deadline }.
other-reminder-next = Berist mér ekki fullnægjandi svar fyrir þann tíma mun ég leggja fram kvörtun
    hjá { $authority }.
other-reminder-next-none = Berist mér ekki fullnægjandi svar fyrir þann tíma mun ég íhuga önnur
    úrræði sem mér standa til boða.
other-complaint-subject = Kvörtun vegna { $controller } ({ $law })
other-complaint-intro = Hér með legg ég fram kvörtun vegna { $controller }, { $address }, varðandi
    notkun á persónuupplýsingum mínum. Kvörtunin byggist á { $law_name }.
other-complaint-sent = { $family ->
    [consent] Hinn { $date } afturkallaði ég samþykki mitt fyrir notkun persónuupplýsinga minna til þjálfunar gervigreindar og í tengdum tilgangi (sbr. { $cite }).
   *[optout] Hinn { $date } krafðist ég þess að LinkedIn hvorki seldi persónuupplýsingar mínar né deildi þeim (sbr. { $cite }) og fór fram á að félagið hætti að nota upplýsingar mínar til að þjálfa gervigreindarlíkön.
} Bréf mitt fylgir hjálagt. Ég óskaði eftir svari eigi síðar en { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn hefur hafnað beiðni minni. Svarið fylgir hjálagt.
    [incomplete] Í svari LinkedIn er ekki orðið við beiðni minni að fullu. Svarið fylgir hjálagt.
   *[no-reply] Mér hefur ekki enn borist efnislegt svar.
}
other-complaint-assessment = { $family ->
    [consent] Að mínu mati heldur LinkedIn áfram að nota upplýsingar mínar án samþykkis míns og í nýjum tilgangi sem krefst slíks samþykkis (sbr. { $cite }).
   *[optout] Að mínu mati hefur LinkedIn ekki orðið við beiðni minni innan þess frests sem reglur samkvæmt CCPA setja.
}
other-complaint-requests = Ég fer þess á leit að þið kannið kvörtun mína og upplýsið mig um
    niðurstöðuna.
other-enclosure-letter = Bréf mitt, dags. { $date }
other-reasons = Um aðstæður mínar vil ég bæta eftirfarandi við:
other-complaint-reminder-sent = Hinn { $date } sendi ég LinkedIn ítrekun og veitti viðbótarfrest
    til { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Andmæli samkvæmt { $cite } krefjast ástæðna sem varða sérstakar aðstæður þínar; andmælin eru sett fram án þeirra. Bættu þeim við með --reason "..." svo að erfiðara verði að hafna þeim.
note-federal-authority = Með DE einu og sér fer kvörtunin til alríkisyfirvaldsins (BfDI), sem framsendir kvartanir vegna fyrirtækja til yfirvalds viðkomandi sambandslands. Til að fara beinu leiðina skaltu tilgreina sambandslandið þitt, til dæmis --country DE-BE (sjá `objection jurisdictions`).
warning-premature = LinkedIn hefur frest til { $deadline } til að svara; { $document ->
    [reminder] ítrekun
   *[complaint] kvörtun
} vegna skorts á svari er ótímabær fyrir þann tíma.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Meðfylgjandi er bréf mitt, dags. { $date }, á PDF-sniði. Allur texti þess fer hér á eftir.
email-cover-reminder = Meðfylgjandi er ítrekun mín, dags. { $date }, á PDF-sniði. Allur texti hennar fer hér á eftir.
email-cover-complaint = Meðfylgjandi er kvörtun mín, dags. { $date }, á PDF-sniði. Allur texti hennar fer hér á eftir.
email-receipt = Vinsamlega staðfestið móttöku.
email-file-letter = bréf
email-file-reminder = ítrekun
email-file-complaint = kvörtun
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Aðeins PDF-skjalið fylgir tölvupóstinum. Hengdu einnig fylgiskjölin við áður en þú sendir hann:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Þessi leiðarvísir hjálpar þér skref fyrir skref að andmæla því að LinkedIn noti gögnin þín. Ekkert er vistað fyrr en þú staðfestir í lokin. Ýttu á Esc eða Ctrl+C til að hætta hvenær sem er.
wizard-language = Tungumál
wizard-help-select = ↑↓ til að færa, Enter til að velja
wizard-help-multi = ↑↓ til að færa, bilslá til að haka við eða taka hak af, Enter þegar þú ert búin(n)
wizard-country = Hvar býrðu?
wizard-country-help = Skrifaðu til að leita, Enter til að velja. Í Þýskalandi velur þú sambandslandið þitt.
wizard-member = Ertu með LinkedIn-aðgang?
wizard-answer = { $answer ->
    [yes] Já
   *[no] Nei
}
wizard-content-url = Vefslóð { $number } á efni um þig á LinkedIn
wizard-content-url-help = Afritaðu hana úr vistfangastiku vafrans (https://...). Skildu reitinn eftir auðan þegar þú ert búin(n).
wizard-name = Fullt nafn
wizard-email = Netfangið þitt
wizard-email-help = Netfang LinkedIn-aðgangsins þíns; án aðgangs netfangið sem LinkedIn getur svarað þér á.
wizard-address = Póstfangið þitt, lína { $number }
wizard-address-help = Til dæmis gata og húsnúmer, síðan póstnúmer og staður. Skildu reitinn eftir auðan þegar þú ert búin(n).
wizard-place = Staðurinn þar sem þú býrð (fyrir dagsetningarlínu bréfsins)
wizard-object-to = Hverju andmælir þú?
wizard-purpose-ai-training = Að LinkedIn þjálfi gervigreind sem skrifar texta eða býr til myndir með gögnunum þínum
wizard-purpose-ai-other = Annarri notkun gervigreindar á gögnunum þínum, til dæmis til að sérsníða strauminn þinn eða flokka efni
wizard-purpose-ads-profiling = Auglýsingum sem byggjast á sniði af þér
wizard-purpose-affiliate-sharing = Að gögnin þín séu látin Microsoft og öðrum tengdum félögum í té fyrir gervigreind þeirra eða auglýsingar
wizard-reason = Hvers vegna skiptir þetta þig máli persónulega? (valfrjálst)
wizard-reason-help = Til dæmis: „Ég er blaðamaður og verð að vernda heimildarmenn mína.“ „Færslurnar mínar eru vinnan mín; afrit gervigreindar af þeim skaða tekjur mínar.“ Ýttu á Enter til að sleppa.
wizard-outputs = Hvaða skjöl viltu fá?
wizard-output = { $output ->
    [form] Textann fyrir vefeyðublað LinkedIn
    [letter-pdf] Bréfið sem PDF, til að prenta og senda í pósti
   *[letter-text] Bréfið sem texta
}
wizard-problem = { $problem ->
    [empty] Þetta má ekki vera autt.
    [too-long] Þetta er of langt: { $length } stafir, mest { $limit }.
    [control] Fjarlægðu stýristafinn { $character }.
    [bidi] Skrifaðu þetta aftur án stefnumerkisins { $character }: það getur breytt röðinni sem textinn birtist í.
    [email] Þetta er ekki netfang. Dæmi: name@example.org
   *[url] Þetta er ekki vefslóð. Afritaðu hana úr vafranum; hún byrjar á https://
}
wizard-preview = Forskoðun textans:
wizard-folder = Mappa fyrir skjölin þín
wizard-folder-exists = Þessi mappa er þegar til. Veldu nýtt nafn.
wizard-confirm = Vista skjölin þín núna í möppuna { $dir }?
wizard-next-form = Textinn fyrir eyðublað LinkedIn er í { $file }.
wizard-next-letter = Prentaðu { $file }, skrifaðu undir bréfið og sendu það í pósti á heimilisfangið efst í bréfinu. Geymdu afrit.
wizard-next-deadline = LinkedIn hefur frest til { $date } til að svara.
wizard-next-reminder = Ef ekkert almennilegt svar hefur borist þá, skrifaðu ítrekun: { $command }
wizard-save-details = Vista upplýsingarnar þínar í { $file } fyrir næsta skipti?
wizard-saved = Vistað. Næst: { $command }
wizard-stopped = Hætt. Ekkert var vistað.
