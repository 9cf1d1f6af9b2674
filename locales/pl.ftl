# Polski. Defines exactly the messages of en.ftl, in the same order.
#
# Conventions: formal Polish legal prose as a data protection lawyer (radca prawny) would
# write it, with the terminology of the official Polish version of Regulation (EU) 2016/679
# ("administrator", "osoba, której dane dotyczą", "ograniczenie przetwarzania", "prawnie
# uzasadnione interesy", "ważne prawnie uzasadnione podstawy", "marketing bezpośredni",
# "organ nadzorczy", "wiodący organ nadzorczy", "inspektor ochrony danych").
# GDPR abbreviation: "RODO" (legal-facts.md: [S]). Checked on the Polish authority's own site
# (UODO): its decisions cite the regulation as "art. 6 ust. 1 lit. c rozporządzenia ... (UE)
# 2016/679" (https://uodo.gov.pl/decyzje/ZSPR.440.195.2018) and define it as "zwanego dalej
# RODO" (https://bip.uodo.gov.pl/pl/352/952); the Prezes UODO's statement of April 2025 on AI
# training speaks of a "sprzeciw zgodnie z art. 21 RODO" (as reported at
# https://www.rp.pl/dane-osobowe/art42217761-kto-nie-chce-byc-profilowany-dla-ai-moze-wyrazic-sprzeciw-puodo-wskazuje-jak).
# A page of uodo.gov.pl with the full string "art. 21 ust. 1 RODO" was not found in the
# stored pages; the form below combines UODO's unit style with its abbreviation.
# Citations: "art. 21 ust. 1 RODO", "art. 21 ust. 2 i 3 RODO", "art. 18 ust. 1 lit. d RODO",
# "art. 56 i art. 60 RODO"; British sections are rendered as "art." ("art. 164A DPA 2018"),
# as are the sections of common-law statutes ("PDPO (Cap. 486), art. 2 ust. 3"). The
# abbreviations do not decline, so a citation fits any case ("na podstawie", "w rozumieniu",
# "zgodnie z"). Swiss law: "art. 30 ust. 2 lit. b FADP".
# Dates: "23 listopada 2026 r." (genitive month, "r." after the year). Because "r." already
# ends with a full stop, no sentence ends with a date: the sentences put the date before the
# end ("Dnia 3 listopada 2026 r. wysłano sprzeciw.").
# Letter: "Szanowni Państwo," and the text continues in lower case (letter-intro-*,
# complaint-intro*, other-intro-*, other-complaint-intro, reminder-intro,
# other-reminder-intro); closing "Z poważaniem" (no comma). The reader is addressed as
# "Państwo"; the guidance on the terminal uses the usual second person of Polish software.
# No gendered forms for the writer: past tense of "I" is replaced by present tense, future
# ("wniosę"), passive ("sprzeciw został przeze mnie wniesiony"), or nouns.
# Names of companies are not declined: "spółka LinkedIn Ireland Unlimited Company", "serwis
# LinkedIn", "spółki z grupy Microsoft"; "LinkedIn" alone is masculine ("LinkedIn odmówił").
# "AI" as in the Polish text of the AI Act (Regulation (EU) 2024/1689: "system AI", "model
# AI") in the form texts and short sentences; "sztuczna inteligencja" in the letters' purposes.
# The LinkedIn setting keeps its English label in quotes („Data for Generative AI
# Improvement”), since legal-facts.md lists no Polish label.
# Typography: quotation marks „…”, en dash – between spaces; ordinary spaces (Polish
# orthography requires no non-breaking space in these texts).

lang-name = Polski

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = RODO
# Same as English: the UK's own name of its law, used untranslated in Polish.
law-uk-gdpr = UK GDPR
# Same as English: the English abbreviation of the Swiss Federal Act on Data Protection.
law-ch-fadp = FADP
# Same as English: the name of a British Act.
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = art. { $number }
cite-eu-article-paragraph = art. { $number } ust. { $paragraph }
cite-eu-article-paragraphs = art. { $number } ust. { $paragraph } i { $second }
cite-eu-article-paragraph-point = art. { $number } ust. { $paragraph } lit. { $point }
cite-eu-section = art. { $number }
cite-eu-section-paragraph = art. { $number } ust. { $paragraph }
cite-eu-section-paragraphs = art. { $number } ust. { $paragraph } i { $second }
cite-eu-section-paragraph-point = art. { $number } ust. { $paragraph } lit. { $point }
cite-eu-and = { $first } i { $second }
# Same as English: the pattern "art. 21 ust. 1 RODO" puts the law after the references.
cite-eu-law = { $refs } { $law }
cite-ch-article = art. { $number }
cite-ch-article-paragraph = art. { $number } ust. { $paragraph }
cite-ch-article-paragraphs = art. { $number } ust. { $paragraph } i { $second }
cite-ch-article-paragraph-point = art. { $number } ust. { $paragraph } lit. { $point }
cite-ch-section = art. { $number }
cite-ch-section-paragraph = art. { $number } ust. { $paragraph }
cite-ch-section-paragraphs = art. { $number } ust. { $paragraph } i { $second }
cite-ch-section-paragraph-point = art. { $number } ust. { $paragraph } lit. { $point }
cite-ch-and = { $first } i { $second }
# Same as English: the pattern "art. 31 FADP" puts the law after the references.
cite-ch-law = { $refs } { $law }

## Dates

month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-long = { $day } { $month } { $year } r.
# The dateline: place and date ("Warszawa, 23 listopada 2026 r."), or the date alone.
# Same as English: place, comma, date.
dateline-with-place = { $place }, { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

# Same as English: the country's name is the same in Polish.
jurisdiction-AT = Austria
jurisdiction-BE = Belgia
jurisdiction-BG = Bułgaria
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Quebec (Kanada)
jurisdiction-CH = Szwajcaria
jurisdiction-CY = Cypr
jurisdiction-CZ = Czechy
jurisdiction-DE = Niemcy
jurisdiction-DE-BB = Brandenburgia (Niemcy)
jurisdiction-DE-BE = Berlin (Niemcy)
jurisdiction-DE-BW = Badenia-Wirtembergia (Niemcy)
jurisdiction-DE-BY = Bawaria (Niemcy)
jurisdiction-DE-HB = Brema (Niemcy)
jurisdiction-DE-HE = Hesja (Niemcy)
jurisdiction-DE-HH = Hamburg (Niemcy)
jurisdiction-DE-MV = Meklemburgia-Pomorze Przednie (Niemcy)
jurisdiction-DE-NI = Dolna Saksonia (Niemcy)
jurisdiction-DE-NW = Nadrenia Północna-Westfalia (Niemcy)
jurisdiction-DE-RP = Nadrenia-Palatynat (Niemcy)
jurisdiction-DE-SH = Szlezwik-Holsztyn (Niemcy)
jurisdiction-DE-SL = Saara (Niemcy)
jurisdiction-DE-SN = Saksonia (Niemcy)
jurisdiction-DE-ST = Saksonia-Anhalt (Niemcy)
jurisdiction-DE-TH = Turyngia (Niemcy)
jurisdiction-DK = Dania
# Same as English: the country's name is the same in Polish.
jurisdiction-EE = Estonia
jurisdiction-ES = Hiszpania
jurisdiction-FI = Finlandia
jurisdiction-FR = Francja
jurisdiction-GB = Zjednoczone Królestwo
jurisdiction-GR = Grecja
jurisdiction-HK = Hongkong
jurisdiction-HR = Chorwacja
jurisdiction-HU = Węgry
jurisdiction-IE = Irlandia
jurisdiction-IN = Indie
jurisdiction-IS = Islandia
jurisdiction-IT = Włochy
# Same as English: the country's name is the same in Polish.
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Litwa
jurisdiction-LU = Luksemburg
jurisdiction-LV = Łotwa
# Same as English: the country's name is the same in Polish.
jurisdiction-MT = Malta
jurisdiction-NL = Niderlandy
jurisdiction-NO = Norwegia
jurisdiction-OTHER = inny kraj
jurisdiction-PL = Polska
jurisdiction-PT = Portugalia
jurisdiction-RO = Rumunia
jurisdiction-SE = Szwecja
jurisdiction-SI = Słowenia
jurisdiction-SK = Słowacja
jurisdiction-US = Stany Zjednoczone
jurisdiction-US-CA = Kalifornia (Stany Zjednoczone)

## Shared pieces of all documents

recipient-dpo = Do rąk Inspektora Ochrony Danych
# The footer of multi-page letters.
page-number = Strona { $page } z { $total }
salutation = Szanowni Państwo,
closing = Z poważaniem
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Załącznik:
    [few] Załączniki:
    [many] Załączniki:
   *[other] Załączniki:
}
# Same as English: Polish letters show the subject without a label.
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] trenowanie, dostrajanie, ocena i ulepszanie modeli sztucznej inteligencji generujących treści (generatywna sztuczna inteligencja), w szczególności z wykorzystaniem danych z mojego profilu oraz treści opublikowanych przeze mnie w serwisie LinkedIn;
   *[non-member] trenowanie, dostrajanie, ocena i ulepszanie modeli sztucznej inteligencji generujących treści (generatywna sztuczna inteligencja), w szczególności z wykorzystaniem treści na mój temat opublikowanych w serwisie LinkedIn przez inne osoby;
}
purpose-ai-other = trenowanie modeli sztucznej inteligencji i uczenia maszynowego do innych celów,
    takich jak personalizacja Państwa usług, klasyfikacja treści oraz ogólne ulepszanie
    Państwa produktów i usług;
purpose-affiliate-sharing = ujawnianie moich danych osobowych Państwa podmiotom powiązanym, w tym
    spółkom z grupy Microsoft, w celu trenowania przez nie własnych modeli sztucznej inteligencji
    lub świadczenia, rozwijania bądź ulepszania ich usług reklamowych;
form-purpose-ai-training = { $account ->
    [member] trenowanie generatywnych modeli AI tworzących treści z wykorzystaniem danych z mojego profilu i opublikowanych przeze mnie treści;
   *[non-member] trenowanie generatywnych modeli AI tworzących treści z wykorzystaniem treści na mój temat opublikowanych przez inne osoby;
}
form-purpose-ai-other = trenowanie innych modeli AI i uczenia maszynowego, np. do personalizacji
    i klasyfikacji treści;
form-purpose-affiliate-sharing = ujawnianie moich danych podmiotom powiązanym, takim jak Microsoft,
    do trenowania ich modeli AI lub do celów reklamowych;
form-purpose-ads = reklama spersonalizowana oraz ujawnianie moich danych do celów reklamowych;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Sprzeciw wobec przetwarzania moich danych osobowych w serwisie LinkedIn
form-field-name = Imię i nazwisko: { $name }
form-field-email = Adres e-mail: { $email }
form-field-country = Kraj zamieszkania: { $country }
form-field-member = Konto w serwisie LinkedIn: { $account ->
    [member] tak, zarejestrowane na powyższy adres e-mail
   *[non-member] brak (nie posiadam konta w serwisie LinkedIn)
}
form-field-profile = Profil: { $url }
form-field-content = Treść dotycząca mojej osoby: { $url }
form-field-request = Żądanie: sprzeciw wobec przetwarzania ({ $cite })
form-objection = Na podstawie { $cite } wnoszę sprzeciw wobec przetwarzania moich danych
    osobowych opartego przez Państwa na prawnie uzasadnionych interesach ({ $basis })
    w następujących celach:
form-direct-marketing = Na podstawie { $cite } wnoszę sprzeciw wobec przetwarzania moich danych
    osobowych na potrzeby marketingu bezpośredniego, w tym profilowania związanego z takim
    marketingiem, w szczególności do celów reklamy spersonalizowanej.
form-grounds = Przyczyny związane z moją szczególną sytuacją:
form-requests = Do czasu rozpatrzenia sprzeciwu żądam ograniczenia przetwarzania ({ $restriction }).
    Żądam również usunięcia danych osobowych zebranych w tych celach ({ $erasure }) oraz
    poinformowania o tym odbiorców, w tym spółek z grupy Microsoft ({ $recipients }).
form-confirmation = Proszę o pisemne potwierdzenie, najpóźniej do dnia { $deadline }, że mój
    sprzeciw został uwzględniony.

## Guidance printed after the form text (on standard error)

form-guide-heading = Dalsze kroki:
form-guide-open = Otwórz formularz LinkedIn służący do zgłaszania sprzeciwu wobec przetwarzania
    danych: { $url }
form-guide-option = Wybierz opcję sprzeciwu wobec przetwarzania danych do trenowania modeli
    sztucznej inteligencji generujących treści (LinkedIn może ją nazywać inaczej), przepisz
    powyższe dane do odpowiednich pól formularza i wklej tekst w pole tekstowe.
form-guide-toggle = Ustawienie „Data for Generative AI Improvement” ({ $url }) wstrzymuje jedynie
    przyszłe trenowanie modeli generujących treści. Nie obejmuje innych zastosowań sztucznej
    inteligencji ani reklamy – dlatego to sam sprzeciw ma znaczenie.
form-guide-non-member = Bez konta nie masz żadnych ustawień do zmiany: Twoją drogą jest ten
    formularz lub pismo do Inspektora Ochrony Danych LinkedIn (objection letter).
form-guide-letter = Aby sprzeciw został formalnie udokumentowany, wyślij również pismo:
    objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Sprzeciw wobec przetwarzania moich danych osobowych ({ $law }) – konto LinkedIn { $email }
   *[non-member] Sprzeciw wobec przetwarzania moich danych osobowych ({ $law }) – osoba nieposiadająca konta LinkedIn
}
letter-intro-member = posiadam konto w serwisie LinkedIn zarejestrowane na adres e-mail { $email }.
    Kieruję niniejsze pismo do Inspektora Ochrony Danych spółki { $controller }, która jest
    administratorem moich danych osobowych.
letter-intro-member-profile = Mój profil publiczny: { $url }
letter-intro-non-member = nie posiadam konta w serwisie LinkedIn. Inne osoby opublikowały w serwisie LinkedIn treści zawierające moje dane osobowe, w szczególności { $count ->
    [one] pod następującym adresem:
    [few] pod następującymi adresami:
    [many] pod następującymi adresami:
   *[other] pod następującymi adresami:
}
letter-intro-non-member-after = Kieruję niniejsze pismo do Inspektora Ochrony Danych spółki
    { $controller }, która jest administratorem tych danych.
letter-heading-objection = Sprzeciw wobec przetwarzania opartego na prawnie uzasadnionych interesach
letter-objection = Na podstawie { $cite } wnoszę – z przyczyn związanych z moją szczególną
    sytuacją – sprzeciw wobec przetwarzania moich danych osobowych opartego przez Państwa na
    prawnie uzasadnionych interesach, o których mowa w { $basis }, w następujących celach:
letter-objection-notice = { $account ->
    [member] Z Państwa polityki prywatności wynika, że od 3 listopada 2025 r. trenowanie modeli sztucznej inteligencji generujących treści z wykorzystaniem danych członków serwisu opierają Państwo na prawnie uzasadnionych interesach.
   *[non-member] Z Państwa polityki prywatności wynika, że od 3 listopada 2025 r. trenowanie modeli sztucznej inteligencji generujących treści z wykorzystaniem treści publikowanych przez członków serwisu – zawierających również dane osobowe innych osób, w tym moje – opierają Państwo na prawnie uzasadnionych interesach.
}
letter-grounds-given = Przyczyny związane z moją szczególną sytuacją są następujące:
letter-grounds-burden = Po wniesieniu niniejszego sprzeciwu mogą Państwo kontynuować
    przetwarzanie wyłącznie wtedy, gdy wykażą Państwo istnienie ważnych prawnie uzasadnionych
    podstaw do przetwarzania, nadrzędnych wobec moich interesów, praw i wolności, lub podstaw do
    ustalenia, dochodzenia lub obrony roszczeń. Ciężar wykazania takich podstaw spoczywa na
    Państwu.
letter-heading-direct-marketing = Sprzeciw wobec profilowania na potrzeby marketingu bezpośredniego
letter-direct-marketing = Na podstawie { $cite } wnoszę sprzeciw wobec przetwarzania moich danych
    osobowych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim jest
    ono związane z takim marketingiem, w szczególności do celów reklamy spersonalizowanej.
    Sprzeciw ten nie wymaga uzasadnienia; od chwili jego otrzymania moich danych nie wolno już
    przetwarzać do tych celów.
letter-consent-withdrawal = W zakresie, w jakim w odniesieniu do reklamy spersonalizowanej
    powołują się Państwo na moją zgodę, wycofuję ją na podstawie { $cite }.
letter-heading-restriction = Ograniczenie przetwarzania na czas rozpatrywania sprzeciwu
letter-restriction = Na podstawie { $cite } żądam ograniczenia przetwarzania moich danych
    osobowych w wyżej wymienionych celach do czasu stwierdzenia, czy prawnie uzasadnione
    podstawy po Państwa stronie są nadrzędne wobec podstaw mojego sprzeciwu.
letter-heading-erasure = Usunięcie danych
letter-erasure = Na podstawie { $cite } żądam usunięcia danych osobowych, które Państwo zebrali
    lub wytworzyli w tych celach, w tym ich kopii znajdujących się w zbiorach danych treningowych.
    Proszę również o informację, czy moje dane zostały już wykorzystane do trenowania modeli,
    a jeśli tak – jakie działania Państwo w związku z tym podejmują.
letter-heading-recipients = Odbiorcy
letter-recipients = Na podstawie { $cite } proszę o poinformowanie o ograniczeniu przetwarzania
    i usunięciu danych każdego odbiorcy, któremu ujawnili Państwo moje dane osobowe w tych
    celach, w tym podmiotów powiązanych, takich jak Microsoft, oraz o wskazanie mi tych
    odbiorców.
letter-heading-fadp = Szwajcarskie prawo ochrony danych
letter-fadp = Mieszkam w Szwajcarii. Niniejsze pismo stanowi również moje wyraźne oświadczenie
    woli w rozumieniu { $personality }, że moje dane osobowe nie mogą być przetwarzane w wyżej
    wymienionych celach. Przetwarzanie ich wbrew temu oświadczeniu narusza moje dobra osobiste,
    a naruszenie takie jest bezprawne, chyba że jest uzasadnione zgodnie z { $justification }.
    W zakresie, w jakim moje dane są powszechnie dostępne, wyraźnie zabraniam ich przetwarzania
    w tych celach ({ $public }). Zastrzegam sobie roszczenia na podstawie { $claims }.
letter-heading-confirmation = Potwierdzenie
letter-confirmation = Proszę o pisemne potwierdzenie, bez zbędnej zwłoki, a najpóźniej do dnia
    { $deadline }, że mój sprzeciw i moje żądania zostały uwzględnione ({ $cite }). Jeżeli
    uważają Państwo, że mogą kontynuować przetwarzanie, proszę o wskazanie ważnych prawnie
    uzasadnionych podstaw, na które się Państwo powołują.
letter-toggle = Jest mi znane ustawienie „Data for Generative AI Improvement”. Ponieważ obejmuje
    ono wyłącznie przyszłe trenowanie modeli generujących treści, nie zastępuje niniejszego
    sprzeciwu.
letter-uk-complaint = Jeżeli nie uwzględnią Państwo niniejszego sprzeciwu, proszę traktować to
    pismo również jako skargę skierowaną do Państwa na podstawie { $cite }.
letter-reply-channel = Proszę o przesłanie odpowiedzi na adres e-mail { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Zgłoszenie dotyczące spółki { $controller } ({ $cite })
   *[complaint] Skarga na spółkę { $controller } ({ $cite })
}
complaint-intro = niniejszym wnoszę skargę na spółkę { $controller }, { $address }, w związku
    z przetwarzaniem moich danych osobowych.
complaint-intro-report = niniejszym zgłaszam Państwu przetwarzanie moich danych osobowych przez
    spółkę { $controller }, { $address }. Mam świadomość, że jako osobie zgłaszającej nie
    przysługuje mi status strony.
complaint-heading-facts = Stan faktyczny
complaint-facts = { $account ->
    [member] Posiadam konto w serwisie LinkedIn (adres e-mail konta: { $email }).
   *[non-member] Nie posiadam konta w serwisie LinkedIn; inne osoby opublikowały w serwisie LinkedIn treści na mój temat, w szczególności { $count ->
        [one] pod następującym adresem:
        [few] pod następującymi adresami:
        [many] pod następującymi adresami:
       *[other] pod następującymi adresami:
    }
}
complaint-objection-sent = Pismem z dnia { $date } wniesiony został przeze mnie na podstawie
    { $cite } sprzeciw wobec przetwarzania moich danych osobowych, połączony z żądaniem
    ograniczenia przetwarzania, usunięcia danych i poinformowania odbiorców. Kopię sprzeciwu
    załączam.
complaint-objection-sent-report = Pismem z dnia { $date } wniesiony został przeze mnie wyraźny
    sprzeciw wobec przetwarzania moich danych osobowych do celów trenowania sztucznej
    inteligencji i celów z tym związanych. Kopię sprzeciwu załączam.
complaint-deadline = Dnia { $deadline } upłynął termin na udzielenie odpowiedzi, wynikający
    z { $cite }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn odmówił uwzględnienia mojego sprzeciwu, nie wykazując ważnych prawnie uzasadnionych podstaw nadrzędnych wobec moich interesów, praw i wolności. Odpowiedź LinkedIn załączam.
    [incomplete] Odpowiedź LinkedIn nie realizuje w pełni mojego sprzeciwu. Odpowiedź tę załączam.
   *[no-reply] Do dnia dzisiejszego nie wpłynęła do mnie żadna merytoryczna odpowiedź.
}
complaint-heading-assessment = Ocena prawna
complaint-assessment = LinkedIn wykorzystuje profile członków serwisu i publikowane przez nich
    treści – w tym zawarte w tych treściach dane osobowe innych osób – do trenowania modeli
    sztucznej inteligencji generujących treści, powołując się na prawnie uzasadnione interesy,
    o których mowa w { $basis }. Po wniesieniu sprzeciwu może kontynuować przetwarzanie wyłącznie
    wtedy, gdy wykaże istnienie ważnych prawnie uzasadnionych podstaw nadrzędnych wobec
    interesów, praw i wolności osoby wnoszącej sprzeciw ({ $cite }). Nie uczynił tego; dalsze
    przetwarzanie moich danych narusza zatem moim zdaniem przepisy { $law }.
complaint-assessment-report = Przetwarzanie moich danych osobowych wbrew mojemu wyraźnemu
    oświadczeniu woli narusza moje dobra osobiste w rozumieniu { $personality }, a naruszenie
    takie jest bezprawne, chyba że jest uzasadnione zgodnie z { $justification }. LinkedIn nie
    wykazał żadnej takiej okoliczności uzasadniającej.
complaint-heading-requests = Wnioski
complaint-requests = Wnoszę o rozpatrzenie mojej skargi, podjęcie środków niezbędnych do tego, aby
    LinkedIn uwzględnił mój sprzeciw, oraz informowanie mnie o postępach w rozpatrywaniu skargi
    i o jej wyniku.
complaint-requests-report = Wnoszę o wszczęcie dochodzenia na podstawie { $cite } oraz
    o poinformowanie mnie o podjętych działaniach i ich wyniku.
complaint-lead-authority = Zgodnie z { $cite } wiodącym organem nadzorczym dla spółki
    { $controller } jest irlandzka Komisja Ochrony Danych (Data Protection Commission, DPC).
    Niniejszą skargę wnoszę do Państwa urzędu jako organu nadzorczego właściwego ze względu na
    miejsce mojego zwykłego pobytu i proszę o jej rozpatrzenie we współpracy z DPC.
complaint-lead-authority-forward = Zgodnie z { $cite } wiodącym organem nadzorczym dla spółki
    { $controller } jest irlandzka Komisja Ochrony Danych (Data Protection Commission, DPC).
    Według mojej wiedzy Państwa urząd nie jest sam właściwy w sprawach tej spółki; proszę zatem
    o przekazanie mojej skargi właściwemu organowi nadzorczemu.
complaint-lead-authority-report = W Unii Europejskiej nadzór nad spółką { $controller } sprawuje,
    jako wiodący organ nadzorczy, irlandzka Komisja Ochrony Danych (Data Protection Commission,
    DPC).
complaint-uk-controller-first = Przed skierowaniem sprawy do Państwa zwrócono się z nią do
    administratora: w moim sprzeciwie LinkedIn został poproszony o potraktowanie go również
    jako skargi na podstawie { $cite }.
complaint-enclosure-objection = Mój sprzeciw z dnia { $date }
complaint-enclosure-reply = Odpowiedź LinkedIn
complaint-contact = Można się ze mną kontaktować pod adresem e-mail { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Przypomnienie: mój sprzeciw z dnia { $date } ({ $law }) – konto LinkedIn { $email }
   *[non-member] Przypomnienie: mój sprzeciw z dnia { $date } ({ $law })
}
reminder-intro = pismem z dnia { $date } wniesiony został przeze mnie na podstawie { $cite }
    sprzeciw wobec przetwarzania moich danych osobowych, połączony z żądaniem ograniczenia
    przetwarzania, usunięcia danych i poinformowania odbiorców. Kopię sprzeciwu załączam.
reminder-overdue = Dnia { $deadline } upłynął termin na udzielenie odpowiedzi, wynikający
    z { $cite }. Do dnia dzisiejszego nie wpłynęła do mnie żadna merytoryczna odpowiedź.
reminder-request = Wzywam Państwa do niezwłocznego uwzględnienia mojego sprzeciwu i moich żądań,
    a także do przesłania mi – najpóźniej do dnia { $deadline } – pisemnego potwierdzenia.
reminder-next = { $route ->
    [report] Jeżeli do tego czasu nie otrzymam zadowalającej odpowiedzi, zgłoszę sprawę następującemu organowi: { $authority }.
   *[complaint] Jeżeli do tego czasu nie otrzymam zadowalającej odpowiedzi, wniosę skargę do następującego organu nadzorczego: { $authority }.
}
complaint-reminder-sent = Pismem z dnia { $date } LinkedIn został ponownie wezwany – z wyznaczeniem
    dodatkowego terminu do dnia { $deadline } – do uwzględnienia mojego sprzeciwu.
complaint-enclosure-reminder = Moje przypomnienie z dnia { $date }

## Case status (objection status --case DIR)

status-reference = Sprawa { $reference }
status-empty = W tej sprawie nie wniesiono jeszcze sprzeciwu. Rozpocznij ją poleceniem: objection letter --case { $dir }
status-sent = Dnia { $date } wysłano sprzeciw.
status-reminded = Dnia { $date } wysłano przypomnienie.
status-complained = Dnia { $date } sporządzono skargę. Organ poinformuje o dalszym toku sprawy.
status-waiting = Oczekiwanie na odpowiedź LinkedIn do { $date } (pozostało: { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}).
status-overdue = Termin upłynął { $date } i jest przekroczony o { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}.
status-next-wait-reminder = Następny krok: jeśli LinkedIn nie odpowie do tego czasu, napisz przypomnienie: objection reminder --case { $dir }
status-next-wait-complaint = Następny krok: jeśli LinkedIn nie odpowie do tego czasu, napisz skargę: objection complaint --case { $dir }
status-next-reminder = Następny krok: napisz przypomnienie: objection reminder --case { $dir }
status-next-complaint = Następny krok: napisz skargę do organu nadzorczego: objection complaint --case { $dir }
calendar-summary = Termin na odpowiedź LinkedIn na Twój sprzeciw ({ $reference })
calendar-description = Jeśli LinkedIn do dziś nie odpowiedział, sprawdź kolejny krok: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# No "administrator", "prawnie uzasadniony interes" or "sprzeciw na podstawie art. 21" here;
# "dane osobowe" is the general Polish term. Foreign laws keep their own names and are
# cited law first ("PIPEDA, załącznik 1, zasada 4.3.8", "Cal. Civ. Code § 1798.120").
# law-name-* are in the nominative and all begin with a feminine noun ("ustawa", "Polityka"):
# the messages use them as the subject ("zastosowanie ma …, która …").

# Same as English: the Canadian Act's own abbreviation.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: Hong Kong's own abbreviation and chapter number.
law-pdpo = PDPO (Cap. 486)
# Same as English: the California code cited in its own form.
law-ccpa = Cal. Civ. Code
# Same as English: the Indian Act's own short title.
law-dpdp = DPDP Act 2023
law-us-generic = Polityka prywatności LinkedIn
law-generic = Polityka prywatności LinkedIn
# Short names for subject lines.
# Same as English: the Canadian Act's own abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = ustawa Quebecu o sektorze prywatnym
# Same as English: Hong Kong's own abbreviation.
law-short-pdpo = PDPO
# Same as English: California's own abbreviation.
law-short-ccpa = CCPA
# Same as English: the Indian Act's own short title.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Polityka prywatności LinkedIn
law-short-generic = Polityka prywatności LinkedIn
# The name of the law in running text, in the nominative.
law-name-pipeda = kanadyjska ustawa o ochronie danych osobowych i dokumentach elektronicznych
    (PIPEDA)
law-name-qc-private = ustawa Quebecu o ochronie danych osobowych w sektorze prywatnym
    (CQLR c. P-39.1)
law-name-pdpo = hongkońska ustawa o ochronie prywatności w zakresie danych osobowych (PDPO)
law-name-ccpa = kalifornijska ustawa o ochronie prywatności konsumentów (CCPA)
law-name-dpdp = indyjska ustawa o ochronie cyfrowych danych osobowych z 2023 r. (DPDP Act)
law-name-us-generic = Polityka prywatności LinkedIn
law-name-generic = Polityka prywatności LinkedIn
cite-common-article = art. { $number }
cite-common-article-paragraph = art. { $number } ust. { $paragraph }
cite-common-section = art. { $number }
cite-common-section-paragraph = art. { $number } ust. { $paragraph }
cite-common-principle = załącznik 1, zasada { $number }
cite-common-dpp = załącznik 1, zasada ochrony danych nr { $number }
cite-common-and = { $first } i { $second }
# Same as English: the pattern "PIPEDA, załącznik 1, zasada 4.3.8" puts the law first.
cite-common-law = { $law }, { $refs }
# Same as English: the section sign of US codes.
cite-us-section = § { $number }
cite-us-and = { $first } i { $second }
# Same as English: the pattern "Cal. Civ. Code § 1798.120".
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] reklama spersonalizowana oparta na moim profilu i mojej aktywności oraz ujawnianie moich danych innym podmiotom do celów reklamowych;
   *[non-member] reklama spersonalizowana oparta na moich danych osobowych oraz ujawnianie tych danych innym podmiotom do celów reklamowych;
}
other-subject = { $family ->
    [consent] Wycofanie zgody na wykorzystywanie moich danych osobowych ({ $law })
    [optout] Żądanie rezygnacji ze sprzedaży i udostępniania moich danych osobowych ({ $law })
   *[generic] Żądanie zaprzestania wykorzystywania moich danych osobowych do trenowania sztucznej inteligencji i do celów reklamowych
}
other-intro-member = posiadam konto w serwisie LinkedIn zarejestrowane na adres e-mail { $email }.
    Zwracam się do spółki { $controller } w sprawie wykorzystywania moich danych osobowych.
other-intro-non-member = nie posiadam konta w serwisie LinkedIn. Inne osoby opublikowały w serwisie LinkedIn treści zawierające moje dane osobowe, w szczególności { $count ->
    [one] pod następującym adresem:
    [few] pod następującymi adresami:
    [many] pod następującymi adresami:
   *[other] pod następującymi adresami:
}
other-intro-non-member-after = Zwracam się do spółki { $controller } w sprawie wykorzystywania
    tych danych.
consent-no-objection = W mojej sprawie zastosowanie ma { $law }, która nie przewiduje ogólnego
    prawa do sprzeciwu wobec wykorzystywania danych osobowych. Korzystam zatem z najbliższego
    uprawnienia: prawa do wycofania zgody ({ $cite }).
consent-withdrawal = Wycofuję wszelką zgodę, wyraźną lub dorozumianą, na której LinkedIn opiera
    wykorzystywanie moich danych osobowych w następujących celach:
consent-new-purpose = Trenowanie modeli AI nie jest celem, w jakim moje dane zostały przekazane
    serwisowi LinkedIn. Wykorzystanie ich w takim nowym celu wymaga mojej zgody ({ $cite }),
    której nie wyrażam.
consent-in-force = Przepisy, które { $law } zawiera w zakresie zgody i jej wycofania, mają wejść
    w życie z dniem { $date }; do tego czasu proszę o uwzględnienie wycofania zgody zgodnie ze
    zobowiązaniami z Polityki prywatności LinkedIn.
optout-no-objection = Ustawa CCPA nie przyznaje prawa do sprzeciwu wobec trenowania AI jako
    takiego. Korzystam zatem z praw, które przyznaje, i dodaję własne żądanie.
optout-sale = Na podstawie { $cite } żądam, aby nie sprzedawali Państwo ani nie udostępniali
    („sell”, „share”) moich danych osobowych, również spółce Microsoft lub innym podmiotom
    powiązanym w celu personalizacji wyświetlanych mi reklam.
optout-sensitive = Na podstawie { $cite } żądam ograniczenia wykorzystywania i ujawniania moich
    wrażliwych danych osobowych do zakresu dozwolonego przez prawo.
optout-ai = Niezależnie od tych praw proszę o zaprzestanie wykorzystywania moich danych osobowych w następujących celach:
generic-basis = { $scope ->
    [us] Żadna ustawa federalna nie przyznaje mi prawa do sprzeciwu wobec takiego wykorzystywania danych. Powołuję się na możliwości wyboru, które oferuje sam LinkedIn, oraz na jego Politykę prywatności i proszę o ich pełne zastosowanie wobec mnie.
   *[other] Powołuję się na zobowiązania zawarte w Polityce prywatności LinkedIn, która pozwala członkom i odwiedzającym decydować o sposobie wykorzystywania ich danych, a także na mające zastosowanie przepisy o ochronie danych obowiązujące w moim kraju.
}
generic-request = Moje żądanie dotyczy wykorzystywania moich danych osobowych w następujących
    celach:
generic-us-state = Jeżeli wobec LinkedIn ma zastosowanie ustawa o ochronie prywatności
    konsumentów obowiązująca w moim stanie, proszę traktować niniejsze pismo również jako
    żądanie złożone na podstawie tej ustawy.
generic-settings = Ustawienia LinkedIn „Data for Generative AI Improvement” i „Data sharing”
    obejmują tylko część niniejszego żądania; proszę o jego pełną realizację.
other-stop = Proszę o zaprzestanie wykorzystywania moich danych w tych celach, wyłączenie ich
    z przyszłych danych treningowych oraz informację, co dzieje się z danymi już wykorzystanymi.
other-deadline-courtesy = Przepisy nie przewidują terminu na udzielenie odpowiedzi. Mimo to
    proszę o pisemne potwierdzenie, najpóźniej do dnia { $deadline }, że moje żądanie zostało
    zrealizowane.
optout-deadline = Proszę o realizację żądania rezygnacji (opt-out) tak szybko, jak to możliwe,
    najpóźniej do dnia { $deadline } (15 dni roboczych – termin z przepisów wykonawczych do
    CCPA), oraz o pisemne potwierdzenie.
other-form-field-request = Żądanie: { $family ->
    [consent] wycofanie zgody ({ $law })
    [optout] rezygnacja ze sprzedaży i udostępniania danych ({ $law })
   *[generic] zaprzestanie wykorzystywania moich danych do trenowania sztucznej inteligencji i do celów reklamowych
}
other-form-guide-route = Ten formularz jest opisany w europejskiej informacji LinkedIn o ochronie
    prywatności. Jeśli nie jest dla Ciebie dostępny, wyślij zamiast niego pismo (objection
    letter) lub skorzystaj z formularza kontaktowego LinkedIn w sprawach prywatności: { $url }
other-reminder-subject = Przypomnienie: moje pismo z dnia { $date } ({ $law })
other-reminder-intro = moje pismo z dnia { $date } dotyczyło wykorzystywania moich danych
    osobowych do trenowania sztucznej inteligencji i celów z tym związanych. Kopię pisma
    załączam.
other-reminder-overdue = W piśmie tym wskazano termin na odpowiedź do dnia { $deadline }; do dnia
    dzisiejszego nie wpłynęła do mnie żadna merytoryczna odpowiedź.
other-reminder-request = Wzywam Państwa do niezwłocznej realizacji mojego żądania, a także do
    przesłania mi – najpóźniej do dnia { $deadline } – pisemnego potwierdzenia.
other-reminder-next = Jeżeli do tego czasu nie otrzymam zadowalającej odpowiedzi, złożę skargę do
    właściwego organu: { $authority }.
other-reminder-next-none = Jeżeli do tego czasu nie otrzymam zadowalającej odpowiedzi, rozważę
    inne dostępne mi środki prawne.
other-complaint-subject = Skarga na spółkę { $controller } ({ $law })
other-complaint-intro = niniejszym składam skargę na spółkę { $controller }, { $address },
    dotyczącą wykorzystywania moich danych osobowych. Zastosowanie ma { $law_name }.
other-complaint-sent = { $family ->
    [consent] Pismem z dnia { $date } wycofana została moja zgoda na wykorzystywanie moich danych osobowych do trenowania sztucznej inteligencji i celów z tym związanych ({ $cite }).
   *[optout] Pismem z dnia { $date } LinkedIn został przeze mnie wezwany do zaprzestania sprzedaży i udostępniania moich danych osobowych ({ $cite }) oraz do zaprzestania wykorzystywania ich do trenowania modeli sztucznej inteligencji.
} Pismo to, w którym wyznaczono termin na odpowiedź do dnia { $deadline }, załączam.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn odmówił realizacji mojego żądania. Odpowiedź LinkedIn załączam.
    [incomplete] Odpowiedź LinkedIn nie realizuje w pełni mojego żądania. Odpowiedź tę załączam.
   *[no-reply] Do dnia dzisiejszego nie wpłynęła do mnie żadna merytoryczna odpowiedź.
}
other-complaint-assessment = { $family ->
    [consent] Moim zdaniem LinkedIn nadal wykorzystuje moje dane bez mojej zgody, i to w nowym celu, który takiej zgody wymaga ({ $cite }).
   *[optout] Moim zdaniem LinkedIn nie zrealizował mojego żądania rezygnacji (opt-out) w terminie przewidzianym w przepisach wykonawczych do CCPA.
}
other-complaint-requests = Wnoszę o rozpatrzenie mojej skargi i poinformowanie mnie o jej wyniku.
other-enclosure-letter = Moje pismo z dnia { $date }
other-reasons = W odniesieniu do mojej sytuacji dodaję, co następuje:
other-complaint-reminder-sent = Pismem z dnia { $date } LinkedIn został ponownie wezwany –
    z wyznaczeniem dodatkowego terminu do dnia { $deadline } – do realizacji mojego żądania.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Sprzeciw na podstawie { $cite } wymaga podania przyczyn związanych z Twoją szczególną sytuacją; ten sprzeciw ich nie zawiera. Dodaj je za pomocą --reason "...", aby trudniej było go odrzucić.
note-federal-authority = Sam kod DE kieruje skargę do organu federalnego (BfDI), który skargi na przedsiębiorstwa przekazuje organowi właściwego kraju związkowego. Aby złożyć skargę bezpośrednio, podaj swój kraj związkowy, na przykład --country DE-BE (zob. `objection jurisdictions`).
warning-premature = Do dnia { $deadline } LinkedIn ma czas na odpowiedź; wcześniej { $document ->
    [reminder] przypomnienie z powodu braku odpowiedzi jest przedwczesne
   *[complaint] skarga z powodu braku odpowiedzi jest przedwczesna
}.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = W załączeniu przesyłam moje pismo z dnia { $date } w formacie PDF. Jego pełna treść znajduje się poniżej.
email-cover-reminder = W załączeniu przesyłam moje przypomnienie z dnia { $date } w formacie PDF. Jego pełna treść znajduje się poniżej.
email-cover-complaint = W załączeniu przesyłam moją skargę z dnia { $date } w formacie PDF. Jej pełna treść znajduje się poniżej.
email-receipt = Proszę o potwierdzenie otrzymania.
email-file-letter = pismo
email-file-reminder = przypomnienie
email-file-complaint = skarga
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Do wiadomości dołączony jest tylko plik PDF. Przed wysłaniem dołącz również załączniki:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Ten kreator krok po kroku pomoże Ci wnieść sprzeciw wobec wykorzystywania Twoich danych przez LinkedIn. Nic nie zostanie zapisane, dopóki nie potwierdzisz na końcu. Naciśnij Esc lub Ctrl+C, aby w każdej chwili przerwać.
wizard-language = Język
wizard-help-select = ↑↓ – przesuwanie, Enter – wybór
wizard-help-multi = ↑↓ – przesuwanie, spacja – zaznacz lub odznacz, Enter – gotowe
wizard-country = Gdzie mieszkasz?
wizard-country-help = Pisz, aby wyszukać, Enter – wybór. W Niemczech wybierz swój kraj związkowy.
wizard-member = Czy masz konto na LinkedIn?
wizard-answer = { $answer ->
    [yes] Tak
   *[no] Nie
}
wizard-content-url = Adres internetowy { $number } treści o Tobie na LinkedIn
wizard-content-url-help = Skopiuj go z paska adresu przeglądarki (https://...). Gdy skończysz, zostaw puste.
wizard-name = Imię i nazwisko
wizard-email = Twój adres e-mail
wizard-email-help = Adres Twojego konta na LinkedIn; jeśli nie masz konta – adres, na który LinkedIn może Ci odpowiedzieć.
wizard-address = Twój adres pocztowy, wiersz { $number }
wizard-address-help = Na przykład ulica i numer domu, potem kod pocztowy i miejscowość. Gdy skończysz, zostaw puste.
wizard-place = Twoja miejscowość (do daty w piśmie)
wizard-object-to = Wobec czego wnosisz sprzeciw?
wizard-purpose-ai-training = Trenowanie przez LinkedIn na Twoich danych sztucznej inteligencji, która pisze teksty lub tworzy obrazy
wizard-purpose-ai-other = Inne wykorzystanie Twoich danych przez sztuczną inteligencję, np. do personalizacji kanału lub klasyfikowania treści
wizard-purpose-ads-profiling = Reklamy oparte na Twoim profilu
wizard-purpose-affiliate-sharing = Przekazywanie Twoich danych Microsoftowi i innym spółkom powiązanym na potrzeby ich sztucznej inteligencji lub reklam
wizard-reason = Dlaczego jest to dla Ciebie ważne? (nieobowiązkowe)
wizard-reason-help = Na przykład: „Jestem dziennikarką i muszę chronić swoje źródła”. „Moje wpisy to moja praca; kopie tworzone przez sztuczną inteligencję szkodzą moim dochodom”. Naciśnij Enter, aby pominąć.
wizard-outputs = Jakie dokumenty chcesz otrzymać?
wizard-output = { $output ->
    [form] Tekst do formularza internetowego LinkedIn
    [letter-pdf] Pismo w PDF do wydrukowania i wysłania pocztą
   *[letter-text] Pismo jako tekst
}
wizard-problem = { $problem ->
    [empty] To pole nie może być puste.
    [too-long] Za długie: { $length } (najwyżej { $limit } znaków).
    [control] Usuń znak sterujący { $character }.
    [bidi] Wpisz to ponownie bez znaku kierunku { $character }: może on zmienić kolejność wyświetlania tekstu.
    [email] To nie jest adres e-mail. Przykład: name@example.org
   *[url] To nie jest adres internetowy. Skopiuj go z przeglądarki; zaczyna się od https://
}
wizard-preview = Podgląd Twojego tekstu:
wizard-folder = Folder na Twoje dokumenty
wizard-folder-exists = Taki folder już istnieje. Wybierz nową nazwę.
wizard-confirm = Zapisać teraz Twoje dokumenty w folderze { $dir }?
wizard-next-form = Tekst do formularza LinkedIn jest w pliku { $file }.
wizard-next-letter = Wydrukuj { $file }, podpisz pismo i wyślij je pocztą na adres podany u góry pisma. Zachowaj kopię.
wizard-next-deadline = LinkedIn ma czas na odpowiedź do { $date }.
wizard-next-reminder = Jeśli do tego czasu nie otrzymasz właściwej odpowiedzi, napisz ponaglenie: { $command }
wizard-save-details = Zapisać Twoje dane w pliku { $file } na następny raz?
wizard-saved = Zapisano. Następnym razem: { $command }
wizard-stopped = Przerwano. Nic nie zostało zapisane.
