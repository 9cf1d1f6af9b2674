# Gaeilge (Éire). Sainmhínítear anseo na teachtaireachtaí céanna atá in en.ftl.
#
# Conventions (in English for reviewers):
# - Register: formal Irish legal prose; terminology of the official Irish version of Regulation
#   (EU) 2016/679 ("rialaitheoir", "ábhar sonraí", "próiseáil", "srian a chur le próiseáil",
#   "leasanna dlisteanacha", "forais dhlisteanacha thathantacha", "margaíocht dhíreach",
#   "próifíliú", "léirscriosadh", "faighteoirí", "údarás maoirseachta", "príomhúdarás
#   maoirseachta", "oifigeach cosanta sonraí", "gearán a thaisceadh"). LinkedIn and the
#   authority are addressed in the plural ("sibh", "oraibh"); the user (guidance, case status)
#   in the singular ("tú").
# - Name and abbreviation of the GDPR: "an Rialachán Ginearálta maidir le Cosaint Sonraí
#   (GDPR)", abbreviated "GDPR", as the Data Protection Commission writes it on its Irish pages:
#   "An ceart chun agóid a dhéanamh i gcoinne próiseáil sonraí pearsanta (Airteagal 21 den GDPR)",
#   https://www.dataprotection.ie/ga/individuals/know-your-rights/ceart-chun-agoid-dheanamh-i-gcoinne-proiseail-sonrai-pearsanta-airteagal-21-den
#   and "Airteagal 6 den Rialachán Ginearálta maidir le Cosaint Sonraí (GDPR)",
#   https://www.dataprotection.ie/ga/dpc-guidance/guidance-legal-bases-processing-personal-data
#   (other Irish bodies also write "RGCS"; the DPC's own usage is followed).
# - Citations: "Airteagal 21(1) den GDPR", "Airteagal 18(1)(d) den GDPR", "Airteagal 21(2) agus
#   (3) den GDPR", "Airteagal 56 agus Airteagal 60 den GDPR", "alt 164A den DPA 2018". Every
#   citation begins with a vowel ("Airteagal", "alt"), so it is introduced with "faoi" ("under"),
#   which leaves a vowel unchanged; no sentence puts "le", "de" or "do" directly before a
#   citation. Laws outside the GDPR are cited in their own style, in parentheses.
# - Dates: "23 Samhain 2026"; "ar an 23 Samhain 2026" (on), "faoin 23 Samhain 2026" (by),
#   "ón 3 Samhain 2025" (since), "dar dáta 1 Deireadh Fómhair 2026" (of). Numerals are not
#   mutated, so every sentence reads correctly whatever the date.
# - Salutation "A chara,", closing "Is mise, le meas,"; the text after the salutation starts
#   with a capital letter, as in English.
# - Plurals: CLDR "ga" has one, two, few (3-6), many (7-10) and other; after a numeral written in
#   digits "lá" stays singular ("1 lá", "5 lá", "12 lá").
# - Quotation marks “…”; apostrophes (’) are avoided where a construction without an elided
#   "d’"/"m’" is just as natural, because hunspell splits such words.
# - The LinkedIn setting keeps its English label (“Data for Generative AI Improvement”): LinkedIn
#   has no Irish interface and legal-facts.md lists no Irish label.
# - Irish verbs and the phrases used here do not vary with the writer's gender.

lang-name = Gaeilge

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

# Same as English: the DPC's Irish pages abbreviate the Regulation as "GDPR".
law-gdpr = GDPR
# Same as English: the UK's own short title.
law-uk-gdpr = UK GDPR
# Same as English: the Swiss act has no Irish abbreviation; the English one is used.
law-ch-fadp = FADP
# Same as English: the UK's own short title.
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = Airteagal { $number }
cite-eu-article-paragraph = Airteagal { $number }({ $paragraph })
cite-eu-article-paragraphs = Airteagal { $number }({ $paragraph }) agus ({ $second })
cite-eu-article-paragraph-point = Airteagal { $number }({ $paragraph })({ $point })
cite-eu-section = alt { $number }
cite-eu-section-paragraph = alt { $number }({ $paragraph })
cite-eu-section-paragraphs = alt { $number }({ $paragraph }) agus ({ $second })
cite-eu-section-paragraph-point = alt { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } agus { $second }
cite-eu-law = { $refs } den { $law }
cite-ch-article = Airteagal { $number }
cite-ch-article-paragraph = Airteagal { $number }({ $paragraph })
cite-ch-article-paragraphs = Airteagal { $number }({ $paragraph }) agus ({ $second })
cite-ch-article-paragraph-point = Airteagal { $number }({ $paragraph })({ $point })
cite-ch-section = alt { $number }
cite-ch-section-paragraph = alt { $number }({ $paragraph })
cite-ch-section-paragraphs = alt { $number }({ $paragraph }) agus ({ $second })
cite-ch-section-paragraph-point = alt { $number }({ $paragraph })({ $point })
cite-ch-and = { $first } agus { $second }
cite-ch-law = { $refs } den { $law }

## Dates

month-1 = Eanáir
month-2 = Feabhra
month-3 = Márta
month-4 = Aibreán
month-5 = Bealtaine
month-6 = Meitheamh
month-7 = Iúil
month-8 = Lúnasa
month-9 = Meán Fómhair
month-10 = Deireadh Fómhair
month-11 = Samhain
month-12 = Nollaig
# Same as English: day, month, year ("23 Samhain 2026").
date-long = { $day } { $month } { $year }
# An dáta: áit agus dáta ("Baile Átha Cliath, 23 Samhain 2026") nó an dáta amháin.
# Same as English: place, comma, date.
dateline-with-place = { $place }, { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = An Ostair
jurisdiction-BE = An Bheilg
jurisdiction-BG = An Bhulgáir
jurisdiction-CA = Ceanada
jurisdiction-CA-QC = Québec (Ceanada)
jurisdiction-CH = An Eilvéis
jurisdiction-CY = An Chipir
jurisdiction-CZ = An tSeicia
jurisdiction-DE = An Ghearmáin
jurisdiction-DE-BB = Brandenburg (an Ghearmáin)
jurisdiction-DE-BE = Beirlín (an Ghearmáin)
jurisdiction-DE-BW = Baden-Württemberg (an Ghearmáin)
jurisdiction-DE-BY = An Bhaváir (an Ghearmáin)
jurisdiction-DE-HB = Bremen (an Ghearmáin)
jurisdiction-DE-HE = Hessen (an Ghearmáin)
jurisdiction-DE-HH = Hamburg (an Ghearmáin)
jurisdiction-DE-MV = Mecklenburg-Vorpommern (an Ghearmáin)
jurisdiction-DE-NI = An tSacsain Íochtarach (an Ghearmáin)
jurisdiction-DE-NW = Nordrhein-Westfalen (an Ghearmáin)
jurisdiction-DE-RP = Rheinland-Pfalz (an Ghearmáin)
jurisdiction-DE-SH = Schleswig-Holstein (an Ghearmáin)
jurisdiction-DE-SL = Saarland (an Ghearmáin)
jurisdiction-DE-SN = An tSacsain (an Ghearmáin)
jurisdiction-DE-ST = Sachsen-Anhalt (an Ghearmáin)
jurisdiction-DE-TH = An Tuiring (an Ghearmáin)
jurisdiction-DK = An Danmhairg
jurisdiction-EE = An Eastóin
jurisdiction-ES = An Spáinn
jurisdiction-FI = An Fhionlainn
jurisdiction-FR = An Fhrainc
jurisdiction-GB = An Ríocht Aontaithe
jurisdiction-GR = An Ghréig
jurisdiction-HK = Hong Cong
jurisdiction-HR = An Chróit
jurisdiction-HU = An Ungáir
jurisdiction-IE = Éire
jurisdiction-IN = An India
jurisdiction-IS = An Íoslainn
jurisdiction-IT = An Iodáil
jurisdiction-LI = Lichtinstéin
jurisdiction-LT = An Liotuáin
jurisdiction-LU = Lucsamburg
jurisdiction-LV = An Laitvia
jurisdiction-MT = Málta
jurisdiction-NL = An Ísiltír
jurisdiction-NO = An Iorua
jurisdiction-OTHER = tír eile
jurisdiction-PL = An Pholainn
jurisdiction-PT = An Phortaingéil
jurisdiction-RO = An Rómáin
jurisdiction-SE = An tSualainn
jurisdiction-SI = An tSlóivéin
jurisdiction-SK = An tSlóvaic
jurisdiction-US = Stáit Aontaithe Mheiriceá
jurisdiction-US-CA = California (Stáit Aontaithe Mheiriceá)

## Shared pieces of all documents

recipient-dpo = Faoi bhráid an Oifigigh Cosanta Sonraí
# Buntásc litreacha ar iomaí leathanach iad.
page-number = Leathanach { $page } as { $total }
salutation = A chara,
closing = Is mise, le meas,
label-enclosures = { $count ->
    [one] Iatán:
    [two] Iatáin:
    [few] Iatáin:
    [many] Iatáin:
   *[other] Iatáin:
}
# Same as English: Irish letters give the subject line without a label.
subject-line = { $subject }
# Cuspóirí, mar mhíreanna liosta san agóid. $account: "member" nó "non-member".
purpose-ai-training = { $account ->
    [member] oiliúint, mionchoigeartú, meastóireacht agus feabhsú samhlacha intleachta saorga a ghineann ábhar (IS ghiniúnach), go háirithe le sonraí mo phróifíle agus leis an ábhar atá foilsithe agam ar LinkedIn;
   *[non-member] oiliúint, mionchoigeartú, meastóireacht agus feabhsú samhlacha intleachta saorga a ghineann ábhar (IS ghiniúnach), go háirithe le hábhar fúm atá foilsithe ag daoine eile ar LinkedIn;
}
purpose-ai-other = oiliúint samhlacha intleachta saorga agus foghlama meaisín chun críocha eile, amhail bhur seirbhísí a phearsantú, ábhar a aicmiú agus bhur dtáirgí agus bhur seirbhísí a fheabhsú i gcoitinne;
purpose-affiliate-sharing = mo shonraí pearsanta a nochtadh do bhur gcleamhnaithe, Microsoft san áireamh, ionas gur féidir leo a gcuid samhlacha IS féin a oiliúint nó a gcuid seirbhísí fógraíochta a sholáthar, a fhorbairt nó a fheabhsú;
form-purpose-ai-training = { $account ->
    [member] oiliúint samhlacha IS giniúnacha a chruthaíonn ábhar, le sonraí mo phróifíle agus leis an ábhar atá foilsithe agam;
   *[non-member] oiliúint samhlacha IS giniúnacha a chruthaíonn ábhar, le hábhar fúm atá foilsithe ag daoine eile;
}
form-purpose-ai-other = oiliúint samhlacha IS agus foghlama meaisín eile, mar shampla chun ábhar a phearsantú agus a aicmiú;
form-purpose-affiliate-sharing = mo shonraí a nochtadh do chleamhnaithe amhail Microsoft le haghaidh a gcuid oiliúna IS féin nó a gcuid fógraíochta féin;
form-purpose-ads = fógraíocht phearsantaithe agus mo chuid faisnéise a nochtadh chun críocha fógraíochta;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Agóid i gcoinne próiseáil mo shonraí pearsanta ar LinkedIn
form-field-name = Ainm: { $name }
form-field-email = Seoladh ríomhphoist: { $email }
form-field-country = Tír chónaithe: { $country }
form-field-member = Cuntas LinkedIn: { $account ->
    [member] tá, cláraithe leis an seoladh ríomhphoist thuas
   *[non-member] níl (ní ball de LinkedIn mé)
}
form-field-profile = Próifíl: { $url }
form-field-content = Ábhar a bhaineann liom: { $url }
form-field-request = Iarratas: agóid i gcoinne próiseála ({ $cite })
form-objection = Faoi { $cite }, déanaim agóid i gcoinne próiseáil mo shonraí pearsanta a
    bhunaíonn sibh ar leasanna dlisteanacha ({ $basis }), chun na gcríoch seo a leanas:
form-direct-marketing = Faoi { $cite }, déanaim agóid i gcoinne próiseáil mo shonraí pearsanta
    chun críocha margaíocht dhíreach, próifíliú a bhaineann léi san áireamh, go háirithe le
    haghaidh fógraíochta pearsantaithe.
form-grounds = Na forais a bhaineann le mo staid leithleach féin:
form-requests = Fad atá an agóid á measúnú agaibh, iarraim oraibh srian a chur leis an bpróiseáil
    ({ $restriction }). Iarraim oraibh freisin na sonraí pearsanta a bailíodh chun na gcríoch sin a
    léirscriosadh ({ $erasure }) agus na faighteoirí, Microsoft san áireamh, a chur ar an eolas dá
    réir ({ $recipients }).
form-confirmation = Iarraim oraibh a dhearbhú i scríbhinn faoin { $deadline } gur ghníomhaigh sibh
    de réir na hagóide seo.

## Guidance printed after the form text (on standard error)

form-guide-heading = Na chéad chéimeanna eile:
form-guide-open = Oscail foirm LinkedIn chun agóid a dhéanamh i gcoinne próiseála sonraí (Data
    Processing Objection): { $url }
form-guide-option = Roghnaigh an rogha chun agóid a dhéanamh i gcoinne próiseáil do shonraí chun
    samhlacha IS a ghineann ábhar a oiliúint (is féidir go bhfuil lipéad eile ag LinkedIn uirthi),
    cóipeáil na luachanna thuas isteach i réimsí na foirme agus greamaigh an téacs sa bhosca téacs
    saor.
form-guide-toggle = Ní chuireann an socrú “Data for Generative AI Improvement” ({ $url }) stop ach
    le hoiliúint samhlacha a ghineann ábhar amach anseo. Ní chumhdaíonn sé úsáidí eile na
    hintleachta saorga ná fógraíocht, agus sin é an fáth a bhfuil an agóid féin tábhachtach.
form-guide-non-member = Gan chuntas, níl aon socruithe agat le hathrú: is í an fhoirm seo, nó litir
    chuig Oifigeach Cosanta Sonraí LinkedIn (objection letter), an bealach atá agat.
form-guide-letter = Chun taifead foirmiúil a bheith agat, seol an litir freisin: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Agóid i gcoinne próiseáil mo shonraí pearsanta ({ $law }), cuntas LinkedIn { $email }
   *[non-member] Agóid i gcoinne próiseáil mo shonraí pearsanta ({ $law }); níl cuntas LinkedIn agam
}
letter-intro-member = Is ball de LinkedIn mé; tá mo chuntas cláraithe leis an seoladh ríomhphoist
    { $email }. Tá mé ag scríobh chuig Oifigeach Cosanta Sonraí { $controller }, rialaitheoir mo
    shonraí pearsanta.
letter-intro-member-profile = Mo phróifíl phoiblí: { $url }
letter-intro-non-member = Níl cuntas LinkedIn agam. Tá ábhar ina bhfuil mo shonraí pearsanta foilsithe ag daoine eile ar LinkedIn, go háirithe { $count ->
    [one] ag an seoladh seo:
    [two] ag na seoltaí seo:
    [few] ag na seoltaí seo:
    [many] ag na seoltaí seo:
   *[other] ag na seoltaí seo:
}
letter-intro-non-member-after = Tá mé ag scríobh chuig Oifigeach Cosanta Sonraí { $controller },
    rialaitheoir na sonraí sin.
letter-heading-objection = Agóid i gcoinne próiseála atá bunaithe ar leasanna dlisteanacha
letter-objection = Faoi { $cite }, déanaim agóid, ar fhorais a bhaineann le mo staid leithleach
    féin, i gcoinne próiseáil mo shonraí pearsanta a bhunaíonn sibh ar leasanna dlisteanacha faoi
    { $basis }, chun na gcríoch seo a leanas:
letter-objection-notice = { $account ->
    [member] Deirtear in bhur bhfógra príobháideachta go bhfuil sibh ag brath ar leasanna dlisteanacha ón 3 Samhain 2025 chun samhlacha IS a ghineann ábhar a oiliúint le sonraí na mball.
   *[non-member] Deirtear in bhur bhfógra príobháideachta go bhfuil sibh ag brath ar leasanna dlisteanacha ón 3 Samhain 2025 chun samhlacha IS a ghineann ábhar a oiliúint leis an ábhar a fhoilsíonn baill, ábhar ina bhfuil sonraí pearsanta daoine eile freisin, mo chuid sonraí féin ina measc.
}
letter-grounds-given = Seo a leanas na forais a bhaineann le mo staid leithleach féin:
letter-grounds-burden = Tar éis na hagóide seo, ní féidir libh leanúint leis an bpróiseáil ach
    amháin má léiríonn sibh go bhfuil forais dhlisteanacha thathantacha ann a bhfuil sáraíocht acu
    ar mo leasanna, ar mo chearta agus ar mo shaoirsí, nó más chun éilimh dhlíthiúla a bhunú, a
    fheidhmiú nó a chosaint atá an phróiseáil. Is oraibhse atá sé de chúram forais den sórt
    sin a léiriú.
letter-heading-direct-marketing = Agóid i gcoinne próifíliú chun críocha margaíocht dhíreach
letter-direct-marketing = Faoi { $cite }, déanaim agóid i gcoinne próiseáil mo shonraí pearsanta
    chun críocha margaíocht dhíreach, agus próifíliú san áireamh a mhéid a bhaineann sé leis an
    margaíocht sin, go háirithe le haghaidh fógraíochta pearsantaithe. Ní gá forais a lua leis an
    agóid seo; a luaithe a fhaightear í, ní féidir mo shonraí a phróiseáil chun na gcríoch sin a
    thuilleadh.
letter-consent-withdrawal = A mhéid atá sibh ag brath ar mo thoiliú le haghaidh fógraíochta
    pearsantaithe, tarraingím siar an toiliú sin faoi { $cite }.
letter-heading-restriction = Srian ar phróiseáil fad atá an agóid á measúnú
letter-restriction = Faoi { $cite }, iarraim oraibh srian a chur le próiseáil mo shonraí pearsanta
    chun na gcríoch thuasluaite go dtí go bhfíorófar an bhfuil sáraíocht ag bhur bhforais
    dhlisteanacha ar mo chuid foras féin.
letter-heading-erasure = Léirscriosadh
letter-erasure = Faoi { $cite }, iarraim oraibh na sonraí pearsanta a bhailigh nó a dhíorthaigh
    sibh chun na gcríoch sin a léirscriosadh, cóipeanna i dtacair sonraí oiliúna san áireamh.
    Iarraim oraibh freisin a chur in iúl dom an ndearnadh úsáid cheana féin as mo shonraí chun
    samhlacha a oiliúint agus, más amhlaidh, cad atá á dhéanamh agaibh faoi sin.
letter-heading-recipients = Faighteoirí
letter-recipients = Faoi { $cite }, iarraim oraibh an srian agus an léirscriosadh a chur in iúl do
    gach faighteoir ar nocht sibh mo shonraí pearsanta dó chun na gcríoch sin, bhur gcleamhnaithe
    amhail Microsoft san áireamh, agus a insint dom cé hiad na faighteoirí sin.
letter-heading-fadp = Dlí na hEilvéise um chosaint sonraí
letter-fadp = Tá cónaí orm san Eilvéis. Is é atá sa litir seo freisin ná mo dhearbhú sainráite, de
    réir bhrí { $personality }, nach féidir mo shonraí pearsanta a phróiseáil chun na gcríoch
    thuasluaite. Má phróiseáiltear iad contrártha don dearbhú sin, sáraítear mo phearsantacht, agus
    tá sárú den sórt sin neamhdhleathach mura bhfuil údar leis faoi { $justification }. A mhéid atá
    mo shonraí ar fáil go ginearálta, toirmiscim go sainráite iad a phróiseáil chun na gcríoch sin
    ({ $public }). Coinním an ceart agam éilimh a dhéanamh faoi { $claims }.
letter-heading-confirmation = Dearbhú
letter-confirmation = Iarraim oraibh a dhearbhú i scríbhinn, gan moill mhíchuí agus faoin
    { $deadline } ar a dhéanaí, gur ghníomhaigh sibh de réir na hagóide seo agus mo chuid iarratas ({ $cite }).
    Má mheasann sibh gur féidir libh leanúint leis an bpróiseáil, leagaigí amach, le bhur dtoil, na
    forais dhlisteanacha thathantacha a bhfuil sibh ag brath orthu.
letter-toggle = Tá an socrú “Data for Generative AI Improvement” ar eolas agam. Ós rud é nach
    gcumhdaíonn sé ach oiliúint samhlacha a ghineann ábhar amach anseo, ní thagann sé in ionad na
    hagóide seo.
letter-uk-complaint = Mura ngníomhaíonn sibh ar an agóid seo, iarraim oraibh an litir seo a mheas
    freisin mar ghearán chugaibh faoi { $cite }.
letter-reply-channel = Iarraim oraibh bhur bhfreagra a sheoladh chuig an seoladh ríomhphoist { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Tuairisc faoi { $cite } maidir le { $controller }
   *[complaint] Gearán faoi { $cite } i gcoinne { $controller }
}
complaint-intro = Leis seo, taiscim gearán i gcoinne { $controller }, { $address }, maidir le
    próiseáil mo shonraí pearsanta.
complaint-intro-report = Leis seo, tuairiscím daoibh próiseáil mo shonraí pearsanta ag
    { $controller }, { $address }. Tuigim nach páirtí sna himeachtaí mé, mar an duine a dhéanann
    an tuairisc.
complaint-heading-facts = Fíorais
complaint-facts = { $account ->
    [member] Is ball de LinkedIn mé (seoladh ríomhphoist an chuntais: { $email }).
   *[non-member] Níl cuntas LinkedIn agam; tá ábhar fúm foilsithe ag daoine eile ar LinkedIn, go háirithe { $count ->
        [one] ag an seoladh seo:
        [two] ag na seoltaí seo:
        [few] ag na seoltaí seo:
        [many] ag na seoltaí seo:
       *[other] ag na seoltaí seo:
    }
}
complaint-objection-sent = Ar an { $date }, rinne mé agóid faoi { $cite } i gcoinne próiseáil mo
    shonraí pearsanta agus rinne mé iarratas go gcuirfí srian leis an bpróiseáil, go
    léirscriosfaí na sonraí agus go gcuirfí na faighteoirí ar an eolas. Tá an agóid faoi iamh.
complaint-objection-sent-report = Ar an { $date }, rinne mé agóid shainráite i gcoinne próiseáil
    mo shonraí pearsanta chun intleacht shaorga a oiliúint agus chun críocha gaolmhara. Tá an
    agóid faoi iamh.
complaint-deadline = Chuaigh an tréimhse le haghaidh freagra faoi { $cite } in éag ar an
    { $deadline }.
complaint-outcome = { $outcome ->
    [refused] Dhiúltaigh LinkedIn don agóid gan a léiriú go bhfuil forais dhlisteanacha thathantacha ann a bhfuil sáraíocht acu ar mo leasanna, ar mo chearta agus ar mo shaoirsí. Tá a fhreagra faoi iamh freisin.
    [incomplete] Ní chuireann freagra LinkedIn an agóid i bhfeidhm go hiomlán. Tá a fhreagra faoi iamh freisin.
   *[no-reply] Go dtí seo, níor fuair mé aon fhreagra substaintiúil.
}
complaint-heading-assessment = Measúnú
complaint-assessment = Tá LinkedIn ag brath ar leasanna dlisteanacha faoi { $basis } chun próifílí
    na mball agus an méid a fhoilsíonn siad, agus sonraí pearsanta daoine eile atá san ábhar sin
    freisin, a úsáid chun samhlacha IS a ghineann ábhar a oiliúint. Tar éis agóide, ní féidir
    leis leanúint leis an bpróiseáil ach amháin má léiríonn sé go bhfuil forais dhlisteanacha
    thathantacha ann a bhfuil sáraíocht acu ar leasanna, ar chearta agus ar shaoirsí an duine a
    rinne an agóid ({ $cite }). Níor léirigh sé sin; dá bhrí sin, is é mo thuairim gur sárú ar an
    { $law } é próiseáil leanúnach mo shonraí.
complaint-assessment-report = Má phróiseáiltear mo shonraí pearsanta contrártha do mo dhearbhú
    sainráite, sáraítear mo phearsantacht de réir bhrí { $personality }, agus tá sárú den sórt sin
    neamhdhleathach mura bhfuil údar leis faoi { $justification }. Níor léirigh LinkedIn aon údar
    den sórt sin.
complaint-heading-requests = Iarrataí
complaint-requests = Iarraim oraibh scrúdú a dhéanamh ar mo ghearán, na bearta is gá a dhéanamh
    ionas go ngníomhóidh LinkedIn de réir na hagóide, agus mé a chur ar an eolas faoi dhul chun cinn agus
    faoi thoradh an ghearáin.
complaint-requests-report = Iarraim oraibh fiosrúchán a oscailt faoi { $cite } agus mé a chur ar an
    eolas faoi na bearta a dhéanfaidh sibh agus faoina dtoradh.
complaint-lead-authority = Is é an Coimisiún um Chosaint Sonraí in Éirinn an príomhúdarás
    maoirseachta do { $controller } ({ $cite }). Táim ag taisceadh an ghearáin seo libhse mar
    údarás maoirseachta na háite ina bhfuil cónaí orm de ghnáth, agus iarraim oraibh é a láimhseáil
    i gcomhar leis an údarás sin.
complaint-lead-authority-forward = Is é an Coimisiún um Chosaint Sonraí in Éirinn an príomhúdarás
    maoirseachta do { $controller } ({ $cite }). Chomh fada agus is eol dom, níl sibh féin inniúil
    maidir leis an gcuideachta seo; dá bhrí sin, iarraim oraibh mo ghearán a chur ar aghaidh chuig
    an údarás maoirseachta inniúil.
complaint-lead-authority-report = San Aontas Eorpach, is é an Coimisiún um Chosaint Sonraí in
    Éirinn, mar an príomhúdarás maoirseachta, a dhéanann maoirseacht ar { $controller }.
complaint-uk-controller-first = Sular scríobh mé chugaibh, thóg mé an cheist leis an rialaitheoir:
    iarradh ar LinkedIn san agóid í a mheas freisin mar ghearán faoi { $cite }.
complaint-enclosure-objection = An agóid dar dáta { $date }
complaint-enclosure-reply = Freagra LinkedIn
complaint-contact = Is féidir teagmháil a dhéanamh liom ag { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Meabhrúchán: agóid dar dáta { $date } ({ $law }), cuntas LinkedIn { $email }
   *[non-member] Meabhrúchán: agóid dar dáta { $date } ({ $law })
}
reminder-intro = Ar an { $date }, rinne mé agóid faoi { $cite } i gcoinne próiseáil mo shonraí
    pearsanta agus rinne mé iarratas go gcuirfí srian leis an bpróiseáil, go léirscriosfaí na
    sonraí agus go gcuirfí na faighteoirí ar an eolas. Tá cóip den agóid faoi iamh.
reminder-overdue = Chuaigh an tréimhse le haghaidh bhur bhfreagra faoi { $cite } in éag ar an
    { $deadline }. Go dtí seo, níor fuair mé aon fhreagra substaintiúil.
reminder-request = Iarraim oraibh gníomhú de réir na hagóide agus mo chuid iarratas gan a thuilleadh
    moille agus é sin a dhearbhú dom i scríbhinn faoin { $deadline }.
reminder-next = { $route ->
    [report] Mura bhfaighidh mé freagra sásúil faoin dáta sin, tuairisceoidh mé an cás don údarás seo a leanas: { $authority }.
   *[complaint] Mura bhfaighidh mé freagra sásúil faoin dáta sin, taiscfidh mé gearán leis an údarás maoirseachta seo a leanas: { $authority }.
}
complaint-reminder-sent = Ar an { $date }, chuir mé an agóid i gcuimhne do LinkedIn agus shocraigh
    mé spriocdháta breise, an { $deadline }.
complaint-enclosure-reminder = Mo mheabhrúchán dar dáta { $date }

## Case status (objection status --case DIR)

status-reference = Cás { $reference }
status-empty = Níl aon agóid sa chás seo fós. Tosaigh é le: objection letter --case { $dir }
status-sent = Seoladh an agóid ar an { $date }.
status-reminded = Seoladh meabhrúchán ar an { $date }.
status-complained = Scríobhadh an gearán ar an { $date }. Cuirfear in iúl duit conas a rachaidh an cás ar aghaidh.
status-waiting = Ag fanacht le freagra ó LinkedIn go dtí an { $date } ({ $days ->
    [one] { $days } lá fágtha
    [two] 2 lá fágtha
    [few] { $days } lá fágtha
    [many] { $days } lá fágtha
   *[other] { $days } lá fágtha
}).
status-overdue = Thar an spriocdháta le { $days ->
    [one] { $days } lá
    [two] 2 lá
    [few] { $days } lá
    [many] { $days } lá
   *[other] { $days } lá
}: ba é an { $date } an spriocdháta.
status-next-wait-reminder = An chéad chéim eile: mura mbeidh freagra tugtha ag LinkedIn faoin dáta sin, scríobh meabhrúchán: objection reminder --case { $dir }
status-next-wait-complaint = An chéad chéim eile: mura mbeidh freagra tugtha ag LinkedIn faoin dáta sin, scríobh an gearán: objection complaint --case { $dir }
status-next-reminder = An chéad chéim eile: scríobh meabhrúchán: objection reminder --case { $dir }
status-next-complaint = An chéad chéim eile: scríobh an gearán chuig an údarás: objection complaint --case { $dir }
calendar-summary = Spriocdháta: freagra LinkedIn ar an agóid ({ $reference })
calendar-description = Mura bhfuil freagra tugtha ag LinkedIn faoin lá inniu, féach cad is féidir a dhéanamh anois: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Anseo, níl "agóid", "leasanna dlisteanacha" ná "rialaitheoir": baineann na litreacha le húsáid
# "faisnéise pearsanta"; luaitear na dlíthe ina stíl féin, idir lúibíní.
# Tosaíonn gach law-name-* le guta ("Acht", "Ordanás"), ionas nach n-athraítear é tar éis "faoi"
# ná "in".

# Same as English: the Canadian act's own abbreviation.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: the Hong Kong ordinance's own abbreviation and chapter.
law-pdpo = PDPO (Cap. 486)
# Same as English: the Californian code's own citation form.
law-ccpa = Cal. Civ. Code
# Same as English: the Indian act's own short title.
law-dpdp = DPDP Act 2023
law-us-generic = Beartas Príobháideachta LinkedIn
law-generic = Beartas Príobháideachta LinkedIn
# Ainmneacha gearra do línte ábhair.
# Same as English: the Canadian act's own abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = Acht Québec maidir leis an earnáil phríobháideach
# Same as English: the Hong Kong ordinance's own abbreviation.
law-short-pdpo = PDPO
# Same as English: the Californian act's own abbreviation.
law-short-ccpa = CCPA
# Same as English: the Indian act's own short title.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Beartas Príobháideachta LinkedIn
law-short-generic = Beartas Príobháideachta LinkedIn
# Ainm an dlí sa téacs reatha.
law-name-pipeda = Acht Cheanada maidir le Faisnéis Phearsanta a Chosaint agus le Doiciméid Leictreonacha (PIPEDA)
law-name-qc-private = Acht Québec maidir le faisnéis phearsanta a chosaint san earnáil phríobháideach
law-name-pdpo = Ordanás Hong Cong maidir le Sonraí Pearsanta (Príobháideacht) (PDPO)
law-name-ccpa = Acht California maidir le Príobháideacht Tomhaltóirí (CCPA)
law-name-dpdp = Acht na hIndia maidir le Sonraí Pearsanta Digiteacha a Chosaint, 2023 (DPDP Act)
law-name-us-generic = Beartas Príobháideachta LinkedIn
law-name-generic = Beartas Príobháideachta LinkedIn
cite-common-article = airteagal { $number }
cite-common-article-paragraph = airteagal { $number }({ $paragraph })
cite-common-section = alt { $number }
cite-common-section-paragraph = alt { $number }({ $paragraph })
cite-common-principle = Sceideal 1, Prionsabal { $number }
cite-common-dpp = Sceideal 1, Prionsabal Cosanta Sonraí { $number }
cite-common-and = { $first } agus { $second }
# Same as English: law first, then the provision ("PIPEDA, Sceideal 1, Prionsabal 4.3.8").
cite-common-law = { $law }, { $refs }
# Same as English: US code sections keep their own citation form ("§ 1798.120").
cite-us-section = § { $number }
cite-us-and = { $first } agus { $second }
# Same as English: "Cal. Civ. Code § 1798.120", the code's own citation form.
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] fógraíocht phearsantaithe bunaithe ar mo phróifíl agus ar mo ghníomhaíocht, agus mo chuid faisnéise a nochtadh do dhaoine eile chun críocha fógraíochta;
   *[non-member] fógraíocht phearsantaithe bunaithe ar mo chuid faisnéise pearsanta, agus an fhaisnéis sin a nochtadh do dhaoine eile chun críocha fógraíochta;
}
other-subject = { $family ->
    [consent] Toiliú le húsáid mo chuid faisnéise pearsanta a tharraingt siar ({ $law })
    [optout] Iarratas gan mo chuid faisnéise pearsanta a dhíol ná a roinnt ({ $law })
   *[generic] Iarratas gan mo chuid faisnéise pearsanta a úsáid a thuilleadh le haghaidh oiliúna IS agus fógraíochta
}
other-intro-member = Is ball de LinkedIn mé; tá mo chuntas cláraithe leis an seoladh ríomhphoist
    { $email }. Tá mé ag scríobh chuig { $controller } maidir le húsáid mo chuid faisnéise
    pearsanta.
other-intro-non-member = Níl cuntas LinkedIn agam. Tá ábhar ina bhfuil mo chuid faisnéise pearsanta foilsithe ag daoine eile ar LinkedIn, go háirithe { $count ->
    [one] ag an seoladh seo:
    [two] ag na seoltaí seo:
    [few] ag na seoltaí seo:
    [many] ag na seoltaí seo:
   *[other] ag na seoltaí seo:
}
other-intro-non-member-after = Tá mé ag scríobh chuig { $controller } maidir le húsáid na
    faisnéise sin.
consent-no-objection = Níl aon cheart ginearálta faoi { $law } cur i gcoinne úsáid faisnéise
    pearsanta. Dá bhrí sin, bainim úsáid as an gceart is gaire dó sin a thugann an dlí sin dom:
    toiliú a tharraingt siar ({ $cite }).
consent-withdrawal = Tarraingím siar aon toiliú, sainráite nó intuigthe, a bhfuil LinkedIn ag brath
    air chun mo chuid faisnéise pearsanta a úsáid chun na gcríoch seo a leanas:
consent-new-purpose = Ní cuspóir é oiliúint samhlacha intleachta saorga ar thug mé mo chuid
    faisnéise do LinkedIn ar a shon. Chun í a úsáid chun cuspóra nua den sórt sin, tá mo thoiliú
    ag teastáil ({ $cite }), agus ní thugaim é.
consent-in-force = Tá sé beartaithe go dtiocfaidh na forálacha maidir le toiliú agus le toiliú a
    tharraingt siar atá in { $law } i bhfeidhm ar an { $date }. Go dtí sin, iarraim oraibh an
    tarraingt siar seo a urramú de réir na ngealltanas atá tugtha ag LinkedIn ina Bheartas Príobháideachta.
optout-no-objection = Ní thugann an CCPA aon cheart cur i gcoinne oiliúna IS ann féin. Dá bhrí sin,
    bainim úsáid as na cearta a thugann sé, agus cuirim iarratas de mo chuid féin leo.
optout-sale = Ordaím daoibh gan mo chuid faisnéise pearsanta a dhíol ná a roinnt (“sell”,
    “share”; { $cite }). Áirítear leis sin í a nochtadh do Microsoft nó do chleamhnaithe eile
    ionas gur féidir leo an fhógraíocht a thaispeánann siad dom a phearsantú.
optout-sensitive = Ordaím daoibh freisin úsáid agus nochtadh mo chuid faisnéise pearsanta íogaire
    a theorannú don mhéid a cheadaíonn an dlí ({ $cite }).
optout-ai = Chomh maith leis na cearta sin, iarraim oraibh gan mo chuid faisnéise pearsanta a úsáid chun na gcríoch seo a leanas:
generic-basis = { $scope ->
    [us] Níl aon dlí cónaidhme a thugann ceart dom cur i gcoinne na húsáide sin. Táim ag brath ar na roghanna a thairgeann LinkedIn féin agus ar a Bheartas Príobháideachta, agus iarraim oraibh iad a chur i bhfeidhm go hiomlán maidir liom.
   *[other] Táim ag brath ar na gealltanais atá tugtha ag LinkedIn ina Bheartas Príobháideachta, a ligeann do bhaill agus do chuairteoirí smacht a bheith acu ar úsáid a gcuid faisnéise, agus ar aon dlí cosanta sonraí de chuid mo thíre atá infheidhme.
}
generic-request = Iarratas is ea é seo maidir le húsáid mo chuid faisnéise pearsanta chun na gcríoch
    seo a leanas:
generic-us-state = Má tá feidhm ag dlí príobháideachta tomhaltóirí de chuid mo stáit maidir le
    LinkedIn, iarraim oraibh an litir seo a mheas freisin mar iarratas faoin dlí sin.
generic-settings = Ní chumhdaíonn socruithe LinkedIn “Data for Generative AI Improvement” agus “Data
    sharing” ach cuid den iarratas seo; iarraim oraibh é a chur i bhfeidhm ina iomláine.
other-stop = Iarraim oraibh stop a chur le húsáid mo chuid faisnéise chun na gcríoch sin, í a
    eisiamh ó shonraí oiliúna amach anseo, agus a insint dom cad a tharlóidh don fhaisnéis atá
    úsáidte cheana.
other-deadline-courtesy = Níl aon tréimhse reachtúil i bhfeidhm maidir le bhur bhfreagra. Mar
    chúirtéis, áfach, iarraim oraibh a dhearbhú i scríbhinn faoin { $deadline } gur ghníomhaigh
    sibh ar an iarratas seo.
optout-deadline = Iarraim oraibh gníomhú ar an iarratas seo chomh luath agus is féidir agus faoin
    { $deadline } ar a dhéanaí (15 lá gnó, an tréimhse a leagann rialacháin an CCPA síos
    le haghaidh iarratas den chineál seo), agus é sin a dhearbhú i scríbhinn.
other-form-field-request = Iarratas: { $family ->
    [consent] toiliú a tharraingt siar ({ $law })
    [optout] gan faisnéis a dhíol ná a roinnt ({ $law })
   *[generic] stop a chur le húsáid mo chuid faisnéise le haghaidh oiliúna IS agus fógraíochta
}
other-form-guide-route = Tá cur síos ar an bhfoirm seo i bhfógra príobháideachta Eorpach LinkedIn.
    Mura bhfuil sí ar fáil duit, seol an litir ina háit (objection letter), nó bain úsáid as foirm
    teagmhála príobháideachta LinkedIn: { $url }
other-reminder-subject = Meabhrúchán: mo litir dar dáta { $date } ({ $law })
other-reminder-intro = Ar an { $date }, scríobh mé chugaibh maidir le húsáid mo chuid faisnéise
    pearsanta le haghaidh oiliúna IS agus chun críocha gaolmhara. Tá cóip de mo litir faoi iamh.
other-reminder-overdue = Rinne mé iarratas ar fhreagra faoin { $deadline }. Go dtí seo, níor fuair
    mé aon fhreagra substaintiúil.
other-reminder-request = Iarraim oraibh gníomhú ar an iarratas seo gan a thuilleadh moille agus é
    sin a dhearbhú dom i scríbhinn faoin { $deadline }.
other-reminder-next = Mura bhfaighidh mé freagra sásúil faoin dáta sin, déanfaidh mé gearán leis an údarás seo a leanas: { $authority }.
other-reminder-next-none = Mura bhfaighidh mé freagra sásúil faoin dáta sin, breithneoidh mé na
    leigheasanna eile atá ar fáil dom.
other-complaint-subject = Gearán faoi { $controller } ({ $law })
other-complaint-intro = Tá mé ag déanamh gearáin faoi { $controller }, { $address }, maidir le
    húsáid mo chuid faisnéise pearsanta faoi { $law_name }.
other-complaint-sent = { $family ->
    [consent] Ar an { $date }, tharraing mé siar mo thoiliú le húsáid mo chuid faisnéise pearsanta le haghaidh oiliúna IS agus chun críocha gaolmhara ({ $cite }).
   *[optout] Ar an { $date }, thug mé ordú do LinkedIn gan mo chuid faisnéise pearsanta a dhíol ná a roinnt ({ $cite }) agus rinne mé iarratas air stop a chur le húsáid mo chuid faisnéise chun samhlacha IS a oiliúint.
} Tá mo litir faoi iamh. Rinne mé iarratas ar fhreagra faoin { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] Dhiúltaigh LinkedIn don iarratas. Tá a fhreagra faoi iamh freisin.
    [incomplete] Ní thugann freagra LinkedIn éifeacht iomlán don iarratas. Tá a fhreagra faoi iamh freisin.
   *[no-reply] Go dtí seo, níor fuair mé aon fhreagra substaintiúil.
}
other-complaint-assessment = { $family ->
    [consent] Is é mo thuairim go bhfuil LinkedIn fós ag úsáid mo chuid faisnéise gan mo thoiliú, agus chun cuspóra nua a éilíonn an toiliú sin ({ $cite }).
   *[optout] Is é mo thuairim nár ghníomhaigh LinkedIn ar an iarratas laistigh den tréimhse a cheadaíonn rialacháin an CCPA.
}
other-complaint-requests = Iarraim oraibh scrúdú a dhéanamh ar mo ghearán agus toradh an scrúdaithe
    a chur in iúl dom.
other-enclosure-letter = Mo litir dar dáta { $date }
other-reasons = Ba mhaith liom an méid seo a leanas a lua faoi mo chás:
other-complaint-reminder-sent = Ar an { $date }, sheol mé meabhrúchán chuig LinkedIn agus shocraigh
    mé spriocdháta breise, an { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Faoi { $cite }, iarrtar forais a bhaineann le do staid leithleach féin; tá an agóid ráite gan iad. Cuir isteach iad le --reason "..." chun go mbeidh sé níos deacra an agóid a dhiúltú.
note-federal-authority = Má úsáideann tú DE amháin, téann an gearán chuig an údarás feidearálach (BfDI), a chuireann gearáin faoi chuideachtaí ar aghaidh chuig údarás an stáit. Chun dul go díreach chuig údarás an stáit, ainmnigh do stát, mar shampla --country DE-BE (féach `objection jurisdictions`).
warning-premature = Tá go dtí an { $deadline } ag LinkedIn chun freagra a thabhairt; roimh an dáta sin, bheadh { $document ->
    [reminder] meabhrúchán
   *[complaint] gearán
} faoi easpa freagra ró-luath.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Faoi iamh, i bhformáid PDF, tá mo litir dar dáta { $date }. Tá an téacs iomlán thíos.
email-cover-reminder = Faoi iamh, i bhformáid PDF, tá mo mheabhrúchán dar dáta { $date }. Tá an téacs iomlán thíos.
email-cover-complaint = Faoi iamh, i bhformáid PDF, tá mo ghearán dar dáta { $date }. Tá an téacs iomlán thíos.
email-receipt = Iarraim oraibh admháil a sheoladh chugam.
email-file-letter = litir
email-file-reminder = meabhrúchán
email-file-complaint = gearán
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Níl ach an PDF ceangailte den ríomhphost. Sula seolann tú é, ceangail na hiatáin leis freisin:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Cabhraíonn an cúntóir seo leat, céim ar chéim, agóid a dhéanamh in aghaidh LinkedIn do shonraí a úsáid. Ní shábháiltear aon rud go dtí go ndeimhníonn tú ag an deireadh. Brúigh Esc nó Ctrl+C chun stopadh am ar bith.
wizard-language = Teanga
wizard-help-select = ↑↓ le bogadh, Enter le roghnú
wizard-help-multi = ↑↓ le bogadh, spásbharra le tic a chur nó a bhaint, Enter nuair atá tú réidh
wizard-country = Cá bhfuil tú i do chónaí?
wizard-country-help = Clóscríobh le cuardach, Enter le roghnú. Sa Ghearmáin, roghnaigh do stát cónaidhme.
wizard-member = An bhfuil cuntas LinkedIn agat?
wizard-answer = { $answer ->
    [yes] Tá
   *[no] Níl
}
wizard-content-url = Seoladh gréasáin { $number } d’ábhar LinkedIn fút
wizard-content-url-help = Cóipeáil é ó bharra seoltaí do bhrabhsálaí (https://...). Fág folamh é nuair atá tú réidh.
wizard-name = D’ainm iomlán
wizard-email = Do sheoladh ríomhphoist
wizard-email-help = Seoladh do chuntais LinkedIn; gan chuntas, an seoladh ar féidir le LinkedIn freagra a thabhairt ort ann.
wizard-address = Do sheoladh poist, líne { $number }
wizard-address-help = Mar shampla sráid agus uimhir an tí, ansin Éirchód agus baile. Fág folamh é nuair atá tú réidh.
wizard-place = Do bhaile (do líne an dáta sa litir)
wizard-object-to = Cad air a bhfuil tú ag déanamh agóide?
wizard-purpose-ai-training = LinkedIn ag traenáil intleachta saorga a scríobhann téacs nó a chruthaíonn íomhánna le do shonraí
wizard-purpose-ai-other = Úsáidí eile intleachta saorga ar do shonraí, mar shampla chun d’fhotha a phearsantú nó ábhar a shórtáil
wizard-purpose-ads-profiling = Fógraíocht bunaithe ar phróifíl díot
wizard-purpose-affiliate-sharing = Do shonraí a thabhairt do Microsoft agus do chomhlachtaí cleamhnaithe eile dá n-intleacht shaorga nó dá bhfógraíocht
wizard-reason = Cén fáth a bhfuil sé seo tábhachtach duit féin? (roghnach)
wizard-reason-help = Mar shampla: “Is iriseoir mé agus caithfidh mé mo fhoinsí a chosaint.” “Is é m’obair iad mo phostálacha; déanann cóipeanna intleachta saorga dochar do m’ioncam.” Brúigh Enter chun scipeáil.
wizard-outputs = Cé na doiciméid atá uait?
wizard-output = { $output ->
    [form] An téacs d’fhoirm ar líne LinkedIn
    [letter-pdf] An litir mar PDF, le priontáil agus le seoladh sa phost
   *[letter-text] An litir mar théacs
}
wizard-problem = { $problem ->
    [empty] Ní féidir leis seo a bheith folamh.
    [too-long] Tá sé seo rófhada: { $length } (uasmhéid: { $limit }).
    [control] Bain an carachtar rialúcháin { $character }.
    [bidi] Clóscríobh arís é gan an marc treo { $character }: féadann sé an t-ord ina dtaispeántar téacs a athrú.
    [email] Ní seoladh ríomhphoist é seo. Sampla: name@example.org
   *[url] Ní seoladh gréasáin é seo. Cóipeáil é ó do bhrabhsálaí; tosaíonn sé le https://
}
wizard-preview = Réamhamharc ar do théacs:
wizard-folder = Fillteán do do dhoiciméid
wizard-folder-exists = Tá an fillteán seo ann cheana. Roghnaigh ainm nua.
wizard-confirm = An sábhálfar do dhoiciméid san fhillteán { $dir } anois?
wizard-next-form = Tá an téacs d’fhoirm LinkedIn i { $file }.
wizard-next-letter = Priontáil { $file }, sínigh an litir agus seol sa phost í chuig an seoladh atá ag a barr. Coinnigh cóip.
wizard-next-deadline = Tá go dtí { $date } ag LinkedIn chun freagra a thabhairt.
wizard-next-reminder = Mura bhfuil freagra ceart faighte agat faoin am sin, scríobh meabhrúchán: { $command }
wizard-save-details = An sábhálfar do shonraí i { $file } don chéad uair eile?
wizard-saved = Sábháilte. An chéad uair eile: { $command }
wizard-stopped = Stoptha. Níor sábháladh aon rud.
