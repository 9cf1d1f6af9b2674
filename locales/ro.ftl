# Română. Definește exact aceleași mesaje ca en.ftl, în aceeași ordine.
#
# Convenții: limbaj juridic românesc, așa cum l-ar scrie un avocat specializat în protecția
# datelor; terminologia versiunii oficiale în limba română a Regulamentului (UE) 2016/679
# („operator”, „persoana vizată”, „restricționarea prelucrării”, „interese legitime”,
# „marketing direct”, „motive legitime și imperioase”, „creare de profiluri”, „autoritate de
# supraveghere principală”, „responsabil cu protecția datelor”).
# Abrevierea regulamentului: „RGPD” (legal-facts.md, [V]; este și forma folosită de ANSPDCP,
# care distinge între „plângere” și „sesizare”). Pentru legea elvețiană se folosește
# abrevierea „LPD” (Legea federală privind protecția datelor), iar noțiunile ei sunt redate
# descriptiv („încălcarea personalității”, „sesizare”, fără calitate de parte).
# Citare (tehnica legislativă românească): „art. 21 alin. (1) din RGPD”, „art. 18 alin. (1)
# lit. d) din RGPD”, „art. 21 alin. (2) și (3) din RGPD”, „art. 30 alin. (2) lit. b) din LPD”;
# secțiunile legilor britanice: „secțiunea 164A din DPA 2018” (folosită doar între paranteze);
# legi de common law: „PIPEDA, anexa 1, principiul 4.3.8”, „PDPO (Cap. 486), art. 2 alin. (3)”.
# Frazele introduc citările cu „în temeiul”, „în sensul”, „prevăzut la” sau le pun între
# paranteze; abrevierea „art.” nu se declină, deci fraza rămâne corectă.
# Date: „23 noiembrie 2026”; în text „la data de …”, „până la data de …”, „din data de …”.
# Formula de adresare „Stimată doamnă, stimate domn,”, textul continuă cu majusculă;
# încheiere „Cu stimă,”. Forma de politețe „dumneavoastră”.
# Tipografie: ghilimele „…”, diacritice cu virgulă (ș, ț).
# Setarea LinkedIn „Data for Generative AI Improvement” nu are o denumire românească
# verificată în legal-facts.md, deci rămâne în engleză, între ghilimele.
# Textul nu depinde de genul autorului („dețin un cont”, „m-am opus”, „am cunoștință”, nu
# „sunt membru/conștient”).

lang-name = Română

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = RGPD
# Same as English: name of the British law
law-uk-gdpr = UK GDPR
law-ch-fadp = LPD
# Same as English: name of the British law
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# „art. 18 alin. (1) lit. d) din RGPD”; „art. 19 din RGPD”;
# „art. 12 alin. (3) și art. 12A din UK GDPR”; „secțiunea 164A din DPA 2018”.

cite-eu-article = art. { $number }
cite-eu-article-paragraph = art. { $number } alin. ({ $paragraph })
cite-eu-article-paragraphs = art. { $number } alin. ({ $paragraph }) și ({ $second })
cite-eu-article-paragraph-point = art. { $number } alin. ({ $paragraph }) lit. { $point })
cite-eu-section = secțiunea { $number }
cite-eu-section-paragraph = secțiunea { $number }({ $paragraph })
cite-eu-section-paragraphs = secțiunea { $number }({ $paragraph }) și ({ $second })
cite-eu-section-paragraph-point = secțiunea { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } și { $second }
cite-eu-law = { $refs } din { $law }
# „art. 30 alin. (2) lit. b) din LPD”; „art. 31 din LPD”
cite-ch-article = art. { $number }
cite-ch-article-paragraph = art. { $number } alin. ({ $paragraph })
cite-ch-article-paragraphs = art. { $number } alin. ({ $paragraph }) și ({ $second })
cite-ch-article-paragraph-point = art. { $number } alin. ({ $paragraph }) lit. { $point })
cite-ch-section = secțiunea { $number }
cite-ch-section-paragraph = secțiunea { $number } alin. ({ $paragraph })
cite-ch-section-paragraphs = secțiunea { $number } alin. ({ $paragraph }) și ({ $second })
cite-ch-section-paragraph-point = secțiunea { $number } alin. ({ $paragraph }) lit. { $point })
cite-ch-and = { $first } și { $second }
cite-ch-law = { $refs } din { $law }

## Dates

month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
# „23 noiembrie 2026”, „1 decembrie 2026”.
# Same as English: day, month name, year
date-long = { $day } { $month } { $year }
# The dateline: place and date, or the date alone („București, 23 noiembrie 2026”).
# Same as English: place, comma, date
dateline-with-place = { $place }, { $date }
# Same as English: the date alone
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

# Same as English: country name
jurisdiction-AT = Austria
jurisdiction-BE = Belgia
# Same as English: country name
jurisdiction-BG = Bulgaria
# Same as English: country name
jurisdiction-CA = Canada
jurisdiction-CA-QC = Québec (Canada)
jurisdiction-CH = Elveția
jurisdiction-CY = Cipru
jurisdiction-CZ = Cehia
jurisdiction-DE = Germania
jurisdiction-DE-BB = Brandenburg (Germania)
jurisdiction-DE-BE = Berlin (Germania)
jurisdiction-DE-BW = Baden-Württemberg (Germania)
jurisdiction-DE-BY = Bavaria (Germania)
jurisdiction-DE-HB = Bremen (Germania)
jurisdiction-DE-HE = Hessa (Germania)
jurisdiction-DE-HH = Hamburg (Germania)
jurisdiction-DE-MV = Mecklenburg-Pomerania Occidentală (Germania)
jurisdiction-DE-NI = Saxonia Inferioară (Germania)
jurisdiction-DE-NW = Renania de Nord-Westfalia (Germania)
jurisdiction-DE-RP = Renania-Palatinat (Germania)
jurisdiction-DE-SH = Schleswig-Holstein (Germania)
jurisdiction-DE-SL = Saarland (Germania)
jurisdiction-DE-SN = Saxonia (Germania)
jurisdiction-DE-ST = Saxonia-Anhalt (Germania)
jurisdiction-DE-TH = Turingia (Germania)
jurisdiction-DK = Danemarca
# Same as English: country name
jurisdiction-EE = Estonia
jurisdiction-ES = Spania
jurisdiction-FI = Finlanda
jurisdiction-FR = Franța
jurisdiction-GB = Regatul Unit
jurisdiction-GR = Grecia
# Same as English: proper name
jurisdiction-HK = Hong Kong
jurisdiction-HR = Croația
jurisdiction-HU = Ungaria
jurisdiction-IE = Irlanda
# Same as English: country name
jurisdiction-IN = India
jurisdiction-IS = Islanda
jurisdiction-IT = Italia
# Same as English: proper name
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Lituania
jurisdiction-LU = Luxemburg
jurisdiction-LV = Letonia
# Same as English: proper name
jurisdiction-MT = Malta
jurisdiction-NL = Țările de Jos
jurisdiction-NO = Norvegia
jurisdiction-OTHER = altă țară
jurisdiction-PL = Polonia
jurisdiction-PT = Portugalia
jurisdiction-RO = România
jurisdiction-SE = Suedia
# Same as English: country name
jurisdiction-SI = Slovenia
jurisdiction-SK = Slovacia
jurisdiction-US = Statele Unite ale Americii
jurisdiction-US-CA = California (Statele Unite ale Americii)

## Shared pieces of all documents

recipient-dpo = În atenția responsabilului cu protecția datelor
# The footer of multi-page letters.
page-number = Pagina { $page } din { $total }
salutation = Stimată doamnă, stimate domn,
closing = Cu stimă,
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Anexă:
   *[other] Anexe:
}
# The subject line as the letter shows it.
subject-line = Referitor la: { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] antrenarea, ajustarea fină, evaluarea și îmbunătățirea modelelor de inteligență
        artificială generativă, care creează conținut, în special cu datele din profilul meu și
        cu conținutul publicat de mine pe LinkedIn;
   *[non-member] antrenarea, ajustarea fină, evaluarea și îmbunătățirea modelelor de
        inteligență artificială generativă, care creează conținut, în special cu conținut despre
        mine publicat de alte persoane pe LinkedIn;
}
purpose-ai-other = antrenarea modelelor de inteligență artificială și de învățare automată în
    alte scopuri, cum ar fi personalizarea serviciilor dumneavoastră, clasificarea conținutului
    și îmbunătățirea produselor și serviciilor dumneavoastră în general;
purpose-affiliate-sharing = divulgarea datelor mele cu caracter personal către entitățile
    dumneavoastră afiliate, inclusiv Microsoft, pentru ca acestea să își antreneze propriile
    modele de IA sau să își furnizeze, să își dezvolte ori să își îmbunătățească serviciile de
    publicitate;
form-purpose-ai-training = { $account ->
    [member] antrenarea modelelor de IA generativă cu datele din profilul meu și cu conținutul publicat de mine;
   *[non-member] antrenarea modelelor de IA generativă cu conținut despre mine publicat de alte persoane;
}
form-purpose-ai-other = antrenarea altor modele de IA și de învățare automată, de exemplu pentru personalizare și clasificarea conținutului;
form-purpose-affiliate-sharing = divulgarea datelor mele către entități afiliate precum Microsoft, pentru antrenarea propriilor modele de IA sau pentru publicitate;
form-purpose-ads = publicitatea personalizată și divulgarea informațiilor mele în scopuri publicitare;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Opoziție la prelucrarea datelor mele cu caracter personal pe LinkedIn
form-field-name = Nume: { $name }
form-field-email = Adresă de e-mail: { $email }
form-field-country = Țara de reședință: { $country }
form-field-member = Cont LinkedIn: { $account ->
    [member] da, asociat adresei de e-mail de mai sus
   *[non-member] niciunul (nu dețin un cont LinkedIn)
}
form-field-profile = Profil: { $url }
form-field-content = Conținut care mă privește: { $url }
form-field-request = Cerere: opoziție la prelucrare ({ $cite })
form-objection = În temeiul { $cite }, mă opun prelucrării datelor mele cu caracter personal pe
    care o întemeiați pe interesele legitime prevăzute la { $basis }, în următoarele scopuri:
form-direct-marketing = În temeiul { $cite }, mă opun prelucrării datelor mele cu caracter
    personal în scopul marketingului direct, inclusiv creării de profiluri legate de acesta, în
    special pentru publicitatea personalizată.
form-grounds = Motivele legate de situația mea particulară:
form-requests = Pe durata examinării opoziției mele, vă rog să restricționați prelucrarea
    ({ $restriction }). Vă rog, de asemenea, să ștergeți datele cu caracter personal colectate
    în aceste scopuri ({ $erasure }) și să informați destinatarii, inclusiv Microsoft
    ({ $recipients }).
form-confirmation = Vă rog să îmi confirmați în scris, până la data de { $deadline }, că ați dat
    curs opoziției mele.

## Guidance printed after the form text (on standard error)

form-guide-heading = Pașii următori:
form-guide-open = Deschideți formularul LinkedIn de opoziție la prelucrarea datelor: { $url }
form-guide-option = Alegeți opțiunea de opoziție la prelucrarea datelor dumneavoastră pentru
    antrenarea modelelor de IA care creează conținut (LinkedIn o poate formula diferit),
    copiați valorile de mai sus în câmpurile corespunzătoare ale formularului și lipiți textul
    în caseta de text liber.
form-guide-toggle = Setarea „Data for Generative AI Improvement” ({ $url }) oprește doar
    antrenarea viitoare a modelelor care creează conținut. Ea nu acoperă celelalte utilizări ale
    IA și nici publicitatea; de aceea contează opoziția propriu-zisă.
form-guide-non-member = Fără cont nu aveți setări de modificat: calea de urmat este acest
    formular sau o scrisoare către responsabilul cu protecția datelor al LinkedIn (objection
    letter).
form-guide-letter = Pentru o evidență formală, trimiteți și scrisoarea: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Opoziție la prelucrarea datelor mele cu caracter personal ({ $law }), contul LinkedIn { $email }
   *[non-member] Opoziție la prelucrarea datelor mele cu caracter personal ({ $law }); nu dețin un cont LinkedIn
}
letter-intro-member = Dețin un cont LinkedIn înregistrat cu adresa de e-mail { $email }. Vă scriu
    în calitatea dumneavoastră de responsabil cu protecția datelor din cadrul { $controller },
    operatorul datelor mele cu caracter personal.
letter-intro-member-profile = Profilul meu public: { $url }
letter-intro-non-member = Nu dețin un cont LinkedIn. Alte persoane au publicat pe LinkedIn
    conținut care include date cu caracter personal care mă privesc, în special { $count ->
        [one] la următoarea adresă:
       *[other] la următoarele adrese:
    }
letter-intro-non-member-after = Vă scriu în calitatea dumneavoastră de responsabil cu protecția
    datelor din cadrul { $controller }, operatorul acestor date.
letter-heading-objection = Opoziție la prelucrarea întemeiată pe interese legitime
letter-objection = În temeiul { $cite }, mă opun, din motive legate de situația mea particulară,
    prelucrării datelor mele cu caracter personal pe care o efectuați în temeiul intereselor
    legitime prevăzute la { $basis }, în următoarele scopuri:
letter-objection-notice = { $account ->
    [member] Politica dumneavoastră de confidențialitate precizează că, începând cu 3 noiembrie
        2025, vă întemeiați pe interese legitime pentru a antrena, cu datele membrilor, modele
        de IA care creează conținut.
   *[non-member] Politica dumneavoastră de confidențialitate precizează că, începând cu
        3 noiembrie 2025, vă întemeiați pe interese legitime pentru a antrena modele de IA care
        creează conținut cu conținutul publicat de membri, care include și date cu caracter
        personal ale altor persoane, precum datele mele.
}
letter-grounds-given = Motivele legate de situația mea particulară sunt următoarele:
letter-grounds-burden = Ca urmare a prezentei opoziții, puteți continua prelucrarea numai dacă
    demonstrați că aveți motive legitime și imperioase care justifică prelucrarea și care
    prevalează asupra intereselor, drepturilor și libertăților mele sau că scopul este
    constatarea, exercitarea sau apărarea unui drept în instanță. Sarcina de a demonstra
    existența unor astfel de motive vă revine.
letter-heading-direct-marketing = Opoziție la crearea de profiluri în scopul marketingului direct
letter-direct-marketing = În temeiul { $cite }, mă opun prelucrării datelor mele cu caracter
    personal în scopul marketingului direct, inclusiv creării de profiluri legate de acesta, în
    special pentru publicitatea personalizată. Această opoziție nu trebuie motivată; de la
    primirea ei, datele mele nu mai pot fi prelucrate în aceste scopuri.
letter-consent-withdrawal = În măsura în care vă întemeiați pe consimțământul meu pentru
    publicitatea personalizată, îmi retrag acest consimțământ în temeiul { $cite }.
letter-heading-restriction = Restricționarea prelucrării pe durata examinării opoziției
letter-restriction = În temeiul { $cite }, vă solicit să restricționați prelucrarea datelor mele
    cu caracter personal în scopurile de mai sus pentru intervalul de timp în care se verifică
    dacă motivele dumneavoastră legitime prevalează asupra celor ale mele.
letter-heading-erasure = Ștergerea datelor
letter-erasure = În temeiul { $cite }, vă solicit să ștergeți datele cu caracter personal pe care
    le-ați colectat sau derivat în aceste scopuri, inclusiv copiile din seturile de date de
    antrenare. Vă rog, de asemenea, să îmi comunicați dacă datele mele au fost deja folosite
    pentru antrenarea unor modele și, în caz afirmativ, ce măsuri luați în această privință.
letter-heading-recipients = Destinatari
letter-recipients = În temeiul { $cite }, vă rog să comunicați restricționarea și ștergerea
    fiecărui destinatar căruia i-ați divulgat datele mele cu caracter personal în aceste
    scopuri, inclusiv entităților dumneavoastră afiliate precum Microsoft, și să mă informați cu
    privire la acești destinatari.
letter-heading-fadp = Legislația elvețiană privind protecția datelor
letter-fadp = Locuiesc în Elveția. Prezenta scrisoare constituie, totodată, declarația mea expresă
    de voință în sensul { $personality }, potrivit căreia datele mele personale nu pot fi
    prelucrate în scopurile de mai sus. Prelucrarea lor împotriva acestei declarații constituie
    o încălcare a personalității mele, iar o astfel de încălcare este ilicită dacă nu este
    justificată în condițiile { $justification }. În măsura în care datele mele sunt accesibile
    publicului, interzic în mod expres prelucrarea lor în aceste scopuri ({ $public }). Îmi
    rezerv pretențiile întemeiate pe { $claims }.
letter-heading-confirmation = Confirmare
letter-confirmation = Vă rog să îmi confirmați în scris, fără întârzieri nejustificate și cel
    târziu până la data de { $deadline }, că ați dat curs opoziției și cererilor mele
    ({ $cite }). În cazul în care considerați că puteți continua prelucrarea, vă rog să
    precizați motivele legitime și imperioase pe care vă întemeiați.
letter-toggle = Cunosc existența setării „Data for Generative AI Improvement”. Întrucât aceasta
    acoperă doar antrenarea viitoare a modelelor care creează conținut, ea nu înlocuiește
    prezenta opoziție.
letter-uk-complaint = Dacă nu dați curs acestei opoziții, vă rog să considerați prezenta
    scrisoare și drept o plângere adresată dumneavoastră ({ $cite }).
letter-reply-channel = Vă rog să îmi răspundeți la adresa de e-mail { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Sesizare în temeiul { $cite } privind { $controller }
   *[complaint] Plângere în temeiul { $cite } împotriva { $controller }
}
complaint-intro = Prin prezenta, depun o plângere împotriva { $controller }, { $address }, cu
    privire la prelucrarea datelor mele cu caracter personal.
complaint-intro-report = Prin prezenta, vă sesizez cu privire la prelucrarea datelor mele
    personale de către { $controller }, { $address }. Am cunoștință de faptul că persoana care
    face o sesizare nu are calitatea de parte.
complaint-heading-facts = Situația de fapt
complaint-facts = { $account ->
    [member] Dețin un cont LinkedIn (adresa de e-mail a contului: { $email }).
   *[non-member] Nu dețin un cont LinkedIn; alte persoane au publicat pe LinkedIn conținut
        despre mine, în special { $count ->
            [one] la următoarea adresă:
           *[other] la următoarele adrese:
        }
}
complaint-objection-sent = La data de { $date }, m-am opus prelucrării datelor mele cu caracter
    personal în temeiul { $cite } și am solicitat restricționarea prelucrării, ștergerea datelor
    și informarea destinatarilor. Anexez opoziția mea.
complaint-objection-sent-report = La data de { $date }, m-am opus în mod expres prelucrării
    datelor mele personale pentru antrenarea IA și în scopuri conexe. Anexez opoziția mea.
complaint-deadline = Termenul de răspuns prevăzut la { $cite } a expirat la data de { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn a respins opoziția mea fără a demonstra existența unor motive legitime și
        imperioase care să prevaleze asupra intereselor, drepturilor și libertăților mele.
        Anexez răspunsul său.
    [incomplete] Răspunsul LinkedIn nu dă curs integral opoziției mele. Anexez răspunsul său.
   *[no-reply] Până în prezent nu am primit niciun răspuns pe fond.
}
complaint-heading-assessment = Analiză
complaint-assessment = LinkedIn se întemeiază pe interesele legitime prevăzute la { $basis }
    pentru a utiliza profilurile membrilor și conținutul publicat de aceștia, inclusiv datele cu
    caracter personal ale altor persoane cuprinse în acest conținut, pentru antrenarea modelelor
    de IA care creează conținut. După o opoziție, poate continua prelucrarea numai dacă
    demonstrează motive legitime și imperioase care prevalează asupra intereselor, drepturilor
    și libertăților persoanei vizate ({ $cite }). Nu a făcut acest lucru; în opinia mea,
    continuarea prelucrării datelor mele încalcă, prin urmare, { $law }.
complaint-assessment-report = Prelucrarea datelor mele personale împotriva declarației mele
    exprese de voință constituie o încălcare a personalității mele în sensul { $personality },
    iar o astfel de încălcare este ilicită dacă nu este justificată în condițiile
    { $justification }. LinkedIn nu a invocat nicio astfel de justificare.
complaint-heading-requests = Solicitări
complaint-requests = Vă rog să examinați plângerea mea, să luați măsurile necesare pentru ca
    LinkedIn să dea curs opoziției mele și să mă informați cu privire la stadiul și rezultatul
    plângerii.
complaint-requests-report = Vă rog să deschideți o investigație în temeiul { $cite } și să mă
    informați cu privire la măsurile pe care le luați și la rezultatul acestora.
complaint-lead-authority = Data Protection Commission (DPC) din Irlanda este autoritatea de
    supraveghere principală pentru { $controller } ({ $cite }). Depun prezenta plângere la
    dumneavoastră în calitate de autoritate de supraveghere din statul membru în care îmi am
    reședința obișnuită și vă rog să o soluționați în cooperare cu Data Protection Commission.
complaint-lead-authority-forward = Data Protection Commission (DPC) din Irlanda este autoritatea
    de supraveghere principală pentru { $controller } ({ $cite }). Din câte cunosc, autoritatea
    dumneavoastră nu este ea însăși competentă în privința acestei societăți; prin urmare, vă
    rog să transmiteți plângerea mea autorității de supraveghere competente.
complaint-lead-authority-report = În Uniunea Europeană, { $controller } se află sub
    supravegherea Data Protection Commission (DPC) din Irlanda, în calitate de autoritate de
    supraveghere principală.
complaint-uk-controller-first = Înainte de a vă sesiza, am adresat problema operatorului: în
    opoziția mea am cerut ca LinkedIn să o considere și drept o plângere ({ $cite }).
complaint-enclosure-objection = Opoziția mea din data de { $date }
complaint-enclosure-reply = Răspunsul LinkedIn
complaint-contact = Mă puteți contacta la adresa de e-mail { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Reamintire: opoziția mea din data de { $date } ({ $law }), contul LinkedIn { $email }
   *[non-member] Reamintire: opoziția mea din data de { $date } ({ $law })
}
reminder-intro = La data de { $date }, m-am opus prelucrării datelor mele cu caracter personal în
    temeiul { $cite } și am solicitat restricționarea prelucrării, ștergerea datelor și
    informarea destinatarilor. Anexez o copie a opoziției mele.
reminder-overdue = Termenul pentru răspunsul dumneavoastră, prevăzut la { $cite }, a expirat la
    data de { $deadline }. Până în prezent nu am primit niciun răspuns pe fond.
reminder-request = Vă solicit să dați curs opoziției și cererilor mele fără nicio altă întârziere
    și să îmi confirmați acest lucru în scris până la data de { $deadline }.
reminder-next = { $route ->
    [report] Dacă nu primesc un răspuns satisfăcător până la acea dată, voi sesiza autoritatea
        competentă ({ $authority }).
   *[complaint] Dacă nu primesc un răspuns satisfăcător până la acea dată, voi depune o
        plângere la autoritatea de supraveghere ({ $authority }).
}
complaint-reminder-sent = La data de { $date }, am trimis către LinkedIn o reamintire privind
    opoziția mea și am stabilit un nou termen până la data de { $deadline }.
complaint-enclosure-reminder = Reamintirea mea din data de { $date }

## Case status (objection status --case DIR)

status-reference = Dosarul { $reference }
status-empty = Acest dosar nu conține încă o opoziție. Începeți cu: objection letter --case { $dir }
status-sent = Opoziție trimisă la data de { $date }.
status-reminded = Reamintire trimisă la data de { $date }.
status-complained = Plângere redactată la data de { $date }. Autoritatea vă va comunica modul în care procedează.
status-waiting = Se așteaptă răspunsul LinkedIn până la data de { $date } ({ $days ->
    [one] a mai rămas 1 zi
    [few] au mai rămas { $days } zile
   *[other] au mai rămas { $days } de zile
}).
status-overdue = Termen depășit cu { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}: termenul a expirat la data de { $date }.
status-next-wait-reminder = Pasul următor: dacă LinkedIn nu răspunde până atunci, redactați o reamintire: objection reminder --case { $dir }
status-next-wait-complaint = Pasul următor: dacă LinkedIn nu răspunde până atunci, redactați plângerea: objection complaint --case { $dir }
status-next-reminder = Pasul următor: redactați o reamintire: objection reminder --case { $dir }
status-next-complaint = Pasul următor: redactați plângerea către autoritate: objection complaint --case { $dir }
calendar-summary = Termenul de răspuns al LinkedIn la opoziția dumneavoastră ({ $reference })
calendar-description = Dacă LinkedIn nu a răspuns până astăzi, vedeți pasul următor: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Legi din afara RGPD: terminologie neutră („informații personale”, „retragerea
# consimțământului”, „refuz (opt-out)”, „plângere”), niciodată „operator” sau „interese
# legitime”. Denumirile lungi (law-name-*) sunt la nominativ, cu majusculă, și apar doar în
# poziții în care nu se declină („Legea … nu prevede”, „cadrul aplicabil este …”, „din …”).
# Citări, mereu între paranteze: „PIPEDA, anexa 1, principiul 4.3.8”;
# „PDPO (Cap. 486), art. 2 alin. (3)”; „Cal. Civ. Code § 1798.120”.

# Same as English: Canadian abbreviation, kept as in the original
law-pipeda = PIPEDA
law-qc-private = Legea din Québec privind sectorul privat (CQLR c. P-39.1)
# Same as English: Hong Kong abbreviation and chapter number
law-pdpo = PDPO (Cap. 486)
# Same as English: name of the Californian code
law-ccpa = Cal. Civ. Code
# Same as English: Indian abbreviation
law-dpdp = DPDP Act 2023
law-us-generic = Politica de confidențialitate a LinkedIn
law-generic = Politica de confidențialitate a LinkedIn
# Short names for subject lines.
# Same as English: abbreviation
law-short-pipeda = PIPEDA
law-short-qc-private = legea din Québec privind sectorul privat
# Same as English: abbreviation
law-short-pdpo = PDPO
# Same as English: abbreviation
law-short-ccpa = CCPA
# Same as English: abbreviation
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Politica de confidențialitate a LinkedIn
law-short-generic = Politica de confidențialitate a LinkedIn
# The name of the law in running text.
law-name-pipeda = Legea canadiană privind protecția informațiilor personale și documentele electronice (PIPEDA)
law-name-qc-private = Legea din Québec privind protecția informațiilor personale în sectorul privat
law-name-pdpo = Ordonanța din Hong Kong privind protecția datelor personale (PDPO)
law-name-ccpa = Legea Californiei privind protecția vieții private a consumatorilor (CCPA)
law-name-dpdp = Legea indiană din 2023 privind protecția datelor personale digitale (DPDP Act 2023)
law-name-us-generic = Politica de confidențialitate a LinkedIn
law-name-generic = Politica de confidențialitate a LinkedIn
cite-common-article = art. { $number }
cite-common-article-paragraph = art. { $number } alin. ({ $paragraph })
cite-common-section = art. { $number }
cite-common-section-paragraph = art. { $number } alin. ({ $paragraph })
cite-common-principle = anexa 1, principiul { $number }
cite-common-dpp = anexa 1, principiul de protecție a datelor { $number }
cite-common-and = { $first } și { $second }
# Same as English: law first, then the reference
cite-common-law = { $law }, { $refs }
# Same as English: the US section sign
cite-us-section = § { $number }
cite-us-and = { $first } și { $second }
# Same as English: code name, then the section
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] publicitatea personalizată bazată pe profilul și activitatea mea și divulgarea informațiilor mele către terți în scopuri publicitare;
   *[non-member] publicitatea personalizată bazată pe informațiile mele personale și divulgarea acestora către terți în scopuri publicitare;
}
other-subject = { $family ->
    [consent] Retragerea consimțământului pentru utilizarea informațiilor mele personale ({ $law })
    [optout] Cerere de refuz (opt-out) privind vânzarea și partajarea informațiilor mele personale ({ $law })
   *[generic] Cerere de încetare a utilizării informațiilor mele personale pentru antrenarea IA
        și pentru publicitate
}
other-intro-member = Dețin un cont LinkedIn înregistrat cu adresa de e-mail { $email }. Mă
    adresez societății { $controller } cu privire la utilizarea informațiilor mele personale.
other-intro-non-member = Nu dețin un cont LinkedIn. Alte persoane au publicat pe LinkedIn
    conținut care include informații personale despre mine, în special { $count ->
        [one] la următoarea adresă:
       *[other] la următoarele adrese:
    }
other-intro-non-member-after = Mă adresez societății { $controller } cu privire la utilizarea
    acestor informații.
consent-no-objection = { $law } nu prevede un drept general de a mă opune utilizării
    informațiilor personale. Prin urmare, invoc dreptul cel mai apropiat pe care îl
    recunoaște: retragerea consimțământului ({ $cite }).
consent-withdrawal = Îmi retrag orice consimțământ, expres sau implicit, pe care se întemeiază
    LinkedIn pentru a utiliza informațiile mele personale în următoarele scopuri:
consent-new-purpose = Antrenarea modelelor de inteligență artificială nu este un scop pentru
    care am furnizat informațiile mele către LinkedIn. Utilizarea lor în acest scop nou
    necesită consimțământul meu ({ $cite }), pe care nu îl acord.
consent-in-force = Dispozițiile din { $law } privind consimțământul și retragerea acestuia
    urmează să intre în vigoare la data de { $date }. Până atunci, vă rog să dați curs
    prezentei retrageri în temeiul angajamentelor asumate în Politica de confidențialitate a
    LinkedIn.
optout-no-objection = CCPA nu conferă niciun drept de a se opune antrenării IA ca atare. Prin
    urmare, îmi exercit drepturile pe care le conferă și adaug o cerere proprie.
optout-sale = Vă cer să nu vindeți și să nu partajați informațiile mele personale ({ $cite }).
    Aceasta include divulgarea lor către Microsoft sau alte entități afiliate pentru ca acestea
    să personalizeze publicitatea pe care mi-o afișează.
optout-sensitive = Vă cer, de asemenea, să limitați utilizarea și divulgarea informațiilor mele
    personale sensibile la ceea ce permite legea ({ $cite }).
optout-ai = Dincolo de aceste drepturi, vă solicit să încetați utilizarea informațiilor mele personale în următoarele scopuri:
generic-basis = { $scope ->
    [us] Nicio lege federală nu îmi conferă dreptul de a mă opune acestei utilizări. Mă bazez
        pe opțiunile pe care LinkedIn însăși le oferă și pe Politica sa de confidențialitate și
        vă solicit să mi le aplicați integral.
   *[other] Mă bazez pe angajamentele din Politica de confidențialitate a LinkedIn, care le
        permite membrilor și vizitatorilor să controleze modul în care le sunt utilizate
        informațiile, precum și pe orice lege privind protecția datelor din țara mea care este
        aplicabilă.
}
generic-request = Solicitarea mea privește utilizarea informațiilor mele personale în
    următoarele scopuri:
generic-us-state = Dacă o lege a statului meu privind protecția vieții private a consumatorilor
    se aplică în cazul LinkedIn, vă rog să considerați prezenta scrisoare și drept o cerere în
    temeiul acelei legi.
generic-settings = Setările LinkedIn „Data for Generative AI Improvement” și „Data sharing”
    acoperă doar o parte din această solicitare; vă rog să îi dați curs integral.
other-stop = Vă rog să încetați aceste utilizări, să excludeți informațiile mele din viitoarele
    date de antrenare și să îmi comunicați ce se întâmplă cu informațiile deja utilizate.
other-deadline-courtesy = Niciun termen legal nu se aplică răspunsului dumneavoastră. Cu toate
    acestea, vă rog să îmi confirmați în scris, până la data de { $deadline }, că ați dat curs
    prezentei solicitări.
optout-deadline = Vă rog să dați curs cererii mele de refuz (opt-out) cât mai curând posibil și
    cel târziu până la data de { $deadline } (15 zile lucrătoare, termenul stabilit de
    regulamentele CCPA pentru astfel de cereri) și să îmi confirmați acest lucru în scris.
other-form-field-request = Cerere: { $family ->
    [consent] retragerea consimțământului ({ $law })
    [optout] refuz (opt-out) privind vânzarea și partajarea ({ $law })
   *[generic] încetarea utilizării informațiilor mele pentru antrenarea IA și pentru
        publicitate
}
other-form-guide-route = Acest formular este descris în notificarea europeană a LinkedIn privind
    confidențialitatea. Dacă nu vă este oferit, trimiteți în schimb scrisoarea (objection
    letter) sau folosiți formularul de contact al LinkedIn privind confidențialitatea: { $url }
other-reminder-subject = Reamintire: scrisoarea mea din data de { $date } ({ $law })
other-reminder-intro = La data de { $date }, v-am scris cu privire la utilizarea informațiilor
    mele personale pentru antrenarea IA și în scopuri conexe. Anexez o copie a scrisorii mele.
other-reminder-overdue = Am solicitat un răspuns până la data de { $deadline }. Până în prezent
    nu am primit niciun răspuns pe fond.
other-reminder-request = Vă solicit să dați curs cererii mele fără nicio altă întârziere și să
    îmi confirmați acest lucru în scris până la data de { $deadline }.
other-reminder-next = Dacă nu primesc un răspuns satisfăcător până la acea dată, voi depune o
    plângere la autoritatea competentă ({ $authority }).
other-reminder-next-none = Dacă nu primesc un răspuns satisfăcător până la acea dată, voi avea
    în vedere celelalte căi de atac de care dispun.
other-complaint-subject = Plângere privind { $controller } ({ $law })
other-complaint-intro = Prin prezenta, depun o plângere împotriva { $controller }, { $address },
    cu privire la utilizarea informațiilor mele personale; cadrul juridic aplicabil este
    { $law_name }.
other-complaint-sent = { $family ->
    [consent] La data de { $date }, mi-am retras consimțământul pentru utilizarea informațiilor
        mele personale pentru antrenarea IA și în scopuri conexe ({ $cite }).
   *[optout] La data de { $date }, am cerut ca LinkedIn să nu vândă și să nu partajeze
        informațiile mele personale ({ $cite }) și să înceteze să le utilizeze pentru
        antrenarea modelelor de IA.
} Anexez scrisoarea mea. Am solicitat un răspuns până la data de { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn a respins cererea mea. Anexez răspunsul său.
    [incomplete] Răspunsul LinkedIn nu dă curs integral cererii mele. Anexez răspunsul său.
   *[no-reply] Până în prezent nu am primit niciun răspuns pe fond.
}
other-complaint-assessment = { $family ->
    [consent] În opinia mea, LinkedIn continuă să utilizeze informațiile mele fără
        consimțământul meu și într-un scop nou, care necesită acest consimțământ ({ $cite }).
   *[optout] În opinia mea, LinkedIn nu a dat curs cererii mele de refuz (opt-out) în termenul
        permis de regulamentele CCPA.
}
other-complaint-requests = Vă rog să examinați plângerea mea și să mă informați cu privire la rezultatul acesteia.
other-enclosure-letter = Scrisoarea mea din data de { $date }
other-reasons = Adaug următoarele cu privire la situația mea:
other-complaint-reminder-sent = La data de { $date }, am trimis către LinkedIn o reamintire și am
    stabilit un nou termen până la data de { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Opoziția în temeiul { $cite } presupune motive legate de situația dumneavoastră particulară; opoziția este formulată fără acestea. Adăugați-le cu --reason "...", pentru ca ea să fie mai greu de respins.
note-federal-authority = Codul DE singur trimite plângerea autorității federale (BfDI), care transmite plângerile împotriva companiilor autorității landului respectiv. Pentru calea directă, indicați landul dumneavoastră, de exemplu --country DE-BE (consultați `objection jurisdictions`).
warning-premature = LinkedIn are termen de răspuns până la data de { $deadline }; { $document ->
    [reminder] o reamintire
   *[complaint] o plângere
} pentru lipsa unui răspuns este prematură înainte de această dată.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Vă transmit atașat, în format PDF, scrisoarea mea din data de { $date }. Textul integral se află mai jos.
email-cover-reminder = Vă transmit atașat, în format PDF, reamintirea mea din data de { $date }. Textul integral se află mai jos.
email-cover-complaint = Vă transmit atașat, în format PDF, plângerea mea din data de { $date }. Textul integral se află mai jos.
email-receipt = Vă rog să îmi confirmați primirea.
email-file-letter = scrisoare
email-file-reminder = reamintire
email-file-complaint = plângere
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = La e-mail este atașat doar PDF-ul. Înainte de trimitere, atașați și anexele:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Acest asistent vă ajută, pas cu pas, să vă opuneți folosirii datelor dumneavoastră de către LinkedIn. Nimic nu se salvează până nu confirmați la final. Apăsați Esc sau Ctrl+C pentru a vă opri oricând.
wizard-language = Limba
wizard-help-select = ↑↓ pentru deplasare, Enter pentru alegere
wizard-help-multi = ↑↓ pentru deplasare, Spațiu pentru a bifa sau debifa, Enter când ați terminat
wizard-country = Unde locuiți?
wizard-country-help = Tastați pentru căutare, Enter pentru alegere. În Germania, alegeți landul dumneavoastră.
wizard-member = Aveți un cont LinkedIn?
wizard-answer = { $answer ->
    [yes] Da
   *[no] Nu
}
wizard-content-url = Adresa web { $number } a unui conținut LinkedIn despre dumneavoastră
wizard-content-url-help = Copiați-o din bara de adrese a browserului (https://...). Lăsați gol când ați terminat.
wizard-name = Numele dumneavoastră complet
wizard-email = Adresa dumneavoastră de e-mail
wizard-email-help = Adresa contului dumneavoastră LinkedIn; fără cont, adresa la care LinkedIn vă poate răspunde.
wizard-address = Adresa poștală, rândul { $number }
wizard-address-help = De exemplu strada și numărul, apoi codul poștal și localitatea. Lăsați gol când ați terminat.
wizard-place = Localitatea dumneavoastră (pentru data scrisorii)
wizard-object-to = La ce vă opuneți?
wizard-purpose-ai-training = Antrenarea de către LinkedIn, cu datele dumneavoastră, a unei IA care scrie texte sau creează imagini
wizard-purpose-ai-other = Alte utilizări ale datelor dumneavoastră de către IA, de exemplu pentru personalizarea fluxului sau clasificarea conținutului
wizard-purpose-ads-profiling = Publicitatea bazată pe un profil al dumneavoastră
wizard-purpose-affiliate-sharing = Transmiterea datelor dumneavoastră către Microsoft și alte societăți afiliate pentru IA sau publicitatea lor
wizard-reason = De ce este important pentru dumneavoastră personal? (opțional)
wizard-reason-help = De exemplu: „Sunt jurnalistă și trebuie să îmi protejez sursele.” „Postările mele sunt munca mea; copiile făcute de IA îmi afectează veniturile.” Apăsați Enter pentru a sări.
wizard-outputs = Ce documente doriți?
wizard-output = { $output ->
    [form] Textul pentru formularul online al LinkedIn
    [letter-pdf] Scrisoarea în PDF, de tipărit și trimis prin poștă
   *[letter-text] Scrisoarea ca text
}
wizard-problem = { $problem ->
    [empty] Acest câmp nu poate fi gol.
    [too-long] Prea lung: { $length } (cel mult { $limit } de caractere).
    [control] Eliminați caracterul de control { $character }.
    [bidi] Scrieți din nou fără semnul de direcție { $character }: poate schimba ordinea în care se afișează textul.
    [email] Aceasta nu este o adresă de e-mail. Exemplu: name@example.org
   *[url] Aceasta nu este o adresă web. Copiați-o din browser; începe cu https://
}
wizard-preview = Previzualizarea textului dumneavoastră:
wizard-folder = Dosarul pentru documentele dumneavoastră
wizard-folder-exists = Acest dosar există deja. Alegeți un alt nume.
wizard-confirm = Salvăm acum documentele în dosarul { $dir }?
wizard-next-form = Textul pentru formularul LinkedIn se află în { $file }.
wizard-next-letter = Tipăriți { $file }, semnați scrisoarea și trimiteți-o prin poștă la adresa din partea de sus a scrisorii. Păstrați o copie.
wizard-next-deadline = LinkedIn are termen până la { $date } pentru a răspunde.
wizard-next-reminder = Dacă până atunci nu primiți un răspuns adevărat, scrieți o revenire: { $command }
wizard-save-details = Salvăm datele dumneavoastră în { $file } pentru data viitoare?
wizard-saved = Salvat. Data viitoare: { $command }
wizard-stopped = Oprit. Nu s-a salvat nimic.
