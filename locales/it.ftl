# Italiano. Definisce esattamente gli stessi messaggi di en.ftl, nello stesso ordine.
#
# Convenzioni: prosa giuridica italiana, come la scriverebbe un avvocato esperto di protezione
# dei dati; terminologia della versione italiana ufficiale del Regolamento (UE) 2016/679
# («titolare del trattamento», «interessato», «limitazione del trattamento», «legittimo
# interesse», «marketing diretto», «motivi legittimi cogenti», «autorità di controllo
# capofila») e, per i messaggi usati solo per la Svizzera, della LPD («lesione della
# personalità», «motivi giustificativi», «denuncia»).
# Abbreviazione del Regolamento: «GDPR», l’uso più comune in Italia (legal-facts.md: GDPR
# comune, RGPD usato anch’esso). Il Garante per la protezione dei dati personali, nei propri
# provvedimenti su garanteprivacy.it, scrive «Regolamento» (p. es.
# https://www.garanteprivacy.it/web/guest/home/docweb/-/docweb-display/docweb/9793901:
# «ai sensi dell’art. 77 del Regolamento»; https://www.garanteprivacy.it/garante/doc.jsp?ID=10224627:
# «art. 58, par. 2, del Regolamento») e in provvedimenti precedenti «RGPD»
# (https://garanteprivacy.it/garante/doc.jsp?ID=9440075: «(di seguito “RGPD”)»). Una lettera
# autonoma non può usare «Regolamento» senza definirlo, quindi si usa «GDPR» con lo stile di
# citazione del Garante.
# Citazioni: «art. 21, par. 1, del GDPR», «art. 18, par. 1, lett. d), del GDPR», «art. 21,
# parr. 2 e 3, del GDPR» (stile del Garante); le section britanniche: «sezione 164A del DPA
# 2018»; diritto svizzero (stile federale): «art. 30 cpv. 2 lett. b LPD»; leggi di common law:
# «PIPEDA, allegato 1, principio 4.3.8», «PDPO (Cap. 486), art. 2(3)».
# Le frasi introducono le citazioni con «ai sensi dell’», «di cui all’», «previsto dall’» oppure
# tra parentesi (le citazioni iniziano sempre con «art.», tranne la sezione britannica, usata
# solo tra parentesi).
# Date: «23 novembre 2026», «1° ottobre 2026»; nel testo «in data …» ed «entro il giorno …»,
# così l’articolo non deve essere eliso («l’8», «l’11»).
# Formula di apertura «Gentili Signore e Signori,», il testo prosegue con la maiuscola (uso
# prevalente nelle lettere commerciali); chiusura «Distinti saluti». Forma di cortesia
# «Voi/Vostro» con la maiuscola verso LinkedIn e verso l’autorità.
# Tipografia: apostrofo tipografico ’, virgolette basse «…» senza spazi.
# Il testo non dipende dal genere di chi scrive (niente participi accordati con «io», come
# «mi sono opposto»: si usa «ho esercitato il diritto di opposizione», «sono titolare di»).

lang-name = Italiano

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

# Same as English: the abbreviation most used in Italy (see the header)
law-gdpr = GDPR
# Same as English: name of the British law
law-uk-gdpr = UK GDPR
law-ch-fadp = LPD
# Same as English: name of the British law
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# «art. 18, par. 1, lett. d), del GDPR»; «art. 19 del GDPR»;
# «art. 12, par. 3, e art. 12A del UK GDPR»; «sezione 164A del DPA 2018».

cite-eu-article = art. { $number }
cite-eu-article-paragraph = art. { $number }, par. { $paragraph },
cite-eu-article-paragraphs = art. { $number }, parr. { $paragraph } e { $second },
cite-eu-article-paragraph-point = art. { $number }, par. { $paragraph }, lett. { $point }),
cite-eu-section = sezione { $number }
cite-eu-section-paragraph = sezione { $number }({ $paragraph })
cite-eu-section-paragraphs = sezione { $number }({ $paragraph }) e ({ $second })
cite-eu-section-paragraph-point = sezione { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } e { $second }
cite-eu-law = { $refs } del { $law }
# «art. 30 cpv. 2 lett. b LPD»; «art. 31 LPD»
cite-ch-article = art. { $number }
cite-ch-article-paragraph = art. { $number } cpv. { $paragraph }
cite-ch-article-paragraphs = art. { $number } cpv. { $paragraph } e { $second }
cite-ch-article-paragraph-point = art. { $number } cpv. { $paragraph } lett. { $point }
cite-ch-section = sezione { $number }
cite-ch-section-paragraph = sezione { $number } cpv. { $paragraph }
cite-ch-section-paragraphs = sezione { $number } cpv. { $paragraph } e { $second }
cite-ch-section-paragraph-point = sezione { $number } cpv. { $paragraph } lett. { $point }
cite-ch-and = { $first } e { $second }
# Same as English: the Swiss style puts the abbreviation after the reference
cite-ch-law = { $refs } { $law }

## Dates

month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
# «23 novembre 2026», ma «1° dicembre 2026».
date-long = { $day ->
    [1] 1°
   *[other] { $day }
} { $month } { $year }
# The dateline: place and date, or the date alone («Roma, 23 novembre 2026»).
# Same as English: place, comma, date
dateline-with-place = { $place }, { $date }
# Same as English: the date alone
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

# Same as English: country name
jurisdiction-AT = Austria
jurisdiction-BE = Belgio
# Same as English: country name
jurisdiction-BG = Bulgaria
# Same as English: country name
jurisdiction-CA = Canada
jurisdiction-CA-QC = Québec (Canada)
jurisdiction-CH = Svizzera
jurisdiction-CY = Cipro
jurisdiction-CZ = Cechia
jurisdiction-DE = Germania
jurisdiction-DE-BB = Brandeburgo (Germania)
jurisdiction-DE-BE = Berlino (Germania)
jurisdiction-DE-BW = Baden-Württemberg (Germania)
jurisdiction-DE-BY = Baviera (Germania)
jurisdiction-DE-HB = Brema (Germania)
jurisdiction-DE-HE = Assia (Germania)
jurisdiction-DE-HH = Amburgo (Germania)
jurisdiction-DE-MV = Meclemburgo-Pomerania Anteriore (Germania)
jurisdiction-DE-NI = Bassa Sassonia (Germania)
jurisdiction-DE-NW = Renania Settentrionale-Vestfalia (Germania)
jurisdiction-DE-RP = Renania-Palatinato (Germania)
jurisdiction-DE-SH = Schleswig-Holstein (Germania)
jurisdiction-DE-SL = Saarland (Germania)
jurisdiction-DE-SN = Sassonia (Germania)
jurisdiction-DE-ST = Sassonia-Anhalt (Germania)
jurisdiction-DE-TH = Turingia (Germania)
jurisdiction-DK = Danimarca
# Same as English: country name
jurisdiction-EE = Estonia
jurisdiction-ES = Spagna
jurisdiction-FI = Finlandia
jurisdiction-FR = Francia
jurisdiction-GB = Regno Unito
jurisdiction-GR = Grecia
# Same as English: proper name
jurisdiction-HK = Hong Kong
jurisdiction-HR = Croazia
jurisdiction-HU = Ungheria
jurisdiction-IE = Irlanda
# Same as English: country name
jurisdiction-IN = India
jurisdiction-IS = Islanda
jurisdiction-IT = Italia
# Same as English: proper name
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Lituania
jurisdiction-LU = Lussemburgo
jurisdiction-LV = Lettonia
# Same as English: proper name
jurisdiction-MT = Malta
jurisdiction-NL = Paesi Bassi
jurisdiction-NO = Norvegia
jurisdiction-OTHER = altro paese
jurisdiction-PL = Polonia
jurisdiction-PT = Portogallo
# Same as English: country name
jurisdiction-RO = Romania
jurisdiction-SE = Svezia
# Same as English: country name
jurisdiction-SI = Slovenia
jurisdiction-SK = Slovacchia
jurisdiction-US = Stati Uniti
jurisdiction-US-CA = California (Stati Uniti)

## Shared pieces of all documents

recipient-dpo = Alla c.a. del Responsabile della protezione dei dati
# The footer of multi-page letters.
page-number = Pagina { $page } di { $total }
salutation = Gentili Signore e Signori,
closing = Distinti saluti
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Allegato:
   *[other] Allegati:
}
# The subject line as the letter shows it.
subject-line = Oggetto: { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] l’addestramento, il perfezionamento, la valutazione e il miglioramento di modelli di
        intelligenza artificiale generativa, finalizzati alla creazione di contenuti, in
        particolare con i dati del mio profilo e con i contenuti da me pubblicati su LinkedIn;
   *[non-member] l’addestramento, il perfezionamento, la valutazione e il miglioramento di
        modelli di intelligenza artificiale generativa, finalizzati alla creazione di contenuti,
        in particolare con contenuti che mi riguardano pubblicati da altre persone su LinkedIn;
}
purpose-ai-other = l’addestramento di modelli di intelligenza artificiale e di apprendimento
    automatico per altre finalità, quali la personalizzazione dei Vostri servizi, la
    classificazione dei contenuti e il miglioramento dei Vostri prodotti e servizi in generale;
purpose-affiliate-sharing = la comunicazione dei miei dati personali alle Vostre società
    affiliate, tra cui Microsoft, affinché addestrino i propri modelli di IA oppure forniscano,
    sviluppino o migliorino i propri servizi pubblicitari;
form-purpose-ai-training = { $account ->
    [member] l’addestramento di modelli di IA generativa con i dati del mio profilo e i contenuti da me pubblicati;
   *[non-member] l’addestramento di modelli di IA generativa con contenuti che mi riguardano pubblicati da altri;
}
form-purpose-ai-other = l’addestramento di altri modelli di IA e di apprendimento automatico, ad esempio per la personalizzazione e la classificazione dei contenuti;
form-purpose-affiliate-sharing = la comunicazione dei miei dati a società affiliate come Microsoft per il loro addestramento di IA o la loro pubblicità;
form-purpose-ads = la pubblicità personalizzata e la comunicazione delle mie informazioni a fini pubblicitari;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Opposizione al trattamento dei miei dati personali su LinkedIn
form-field-name = Nome e cognome: { $name }
form-field-email = Indirizzo e-mail: { $email }
form-field-country = Paese di residenza: { $country }
form-field-member = Account LinkedIn: { $account ->
    [member] sì, associato all’indirizzo e-mail indicato sopra
   *[non-member] nessuno (non ho un account LinkedIn)
}
form-field-profile = Profilo: { $url }
form-field-content = Contenuto che mi riguarda: { $url }
form-field-request = Richiesta: opposizione al trattamento ({ $cite })
form-objection = Ai sensi dell’{ $cite } mi oppongo al trattamento dei miei dati personali
    fondato sul legittimo interesse di cui all’{ $basis } per le seguenti finalità:
form-direct-marketing = Ai sensi dell’{ $cite } mi oppongo al trattamento dei miei dati
    personali per finalità di marketing diretto, compresa la profilazione connessa, in
    particolare per la pubblicità personalizzata.
form-grounds = Motivi connessi alla mia situazione particolare:
form-requests = Nelle more della valutazione della mia opposizione, Vi chiedo di limitare il
    trattamento ({ $restriction }). Vi chiedo inoltre di cancellare i dati personali raccolti
    per tali finalità ({ $erasure }) e di informarne i destinatari, tra cui Microsoft
    ({ $recipients }).
form-confirmation = Vi prego di confermarmi per iscritto, entro il giorno { $deadline }, di aver
    dato seguito alla mia opposizione.

## Guidance printed after the form text (on standard error)

form-guide-heading = Prossimi passi:
form-guide-open = Aprire il modulo di LinkedIn per l’opposizione al trattamento dei dati: { $url }
form-guide-option = Scegliere l’opzione per opporsi al trattamento dei propri dati per
    l’addestramento dei modelli di IA finalizzati alla creazione di contenuti (LinkedIn può
    formularla diversamente), copiare i valori dei campi nei campi corrispondenti del modulo e
    incollare il testo nella casella di testo libero.
form-guide-toggle = L’impostazione «Dati per migliorare l’IA generativa» ({ $url }) interrompe
    soltanto il futuro addestramento dei modelli che generano contenuti. Non riguarda gli altri
    usi dell’IA né la pubblicità: per questo conta l’opposizione vera e propria.
form-guide-non-member = Senza un account non ci sono impostazioni da modificare: la via da
    seguire è questo modulo oppure una lettera al responsabile della protezione dei dati di
    LinkedIn (objection letter).
form-guide-letter = Per disporre di una traccia formale, inviare anche la lettera: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Opposizione al trattamento dei miei dati personali ({ $law }) – account LinkedIn { $email }
   *[non-member] Opposizione al trattamento dei miei dati personali ({ $law }) – persona senza account LinkedIn
}
letter-intro-member = Sono titolare di un account LinkedIn registrato con l’indirizzo e-mail
    { $email }. Mi rivolgo a Voi in qualità di responsabile della protezione dei dati di
    { $controller }, titolare del trattamento dei miei dati personali.
letter-intro-member-profile = Il mio profilo pubblico: { $url }
letter-intro-non-member = Non dispongo di un account LinkedIn. Altre persone hanno pubblicato su
    LinkedIn contenuti che contengono miei dati personali, in particolare { $count ->
        [one] al seguente indirizzo:
       *[other] ai seguenti indirizzi:
    }
letter-intro-non-member-after = Mi rivolgo a Voi in qualità di responsabile della protezione dei
    dati di { $controller }, titolare del trattamento di tali dati.
letter-heading-objection = Opposizione al trattamento fondato sul legittimo interesse
letter-objection = Ai sensi dell’{ $cite } mi oppongo, per motivi connessi alla mia situazione
    particolare, al trattamento dei miei dati personali che effettuate sulla base del legittimo
    interesse di cui all’{ $basis }, per le seguenti finalità:
letter-objection-notice = { $account ->
    [member] La Vostra informativa sulla privacy indica che dal 3 novembre 2025 Vi basate sul
        legittimo interesse per addestrare, con i dati dei membri, modelli di IA finalizzati
        alla creazione di contenuti.
   *[non-member] La Vostra informativa sulla privacy indica che dal 3 novembre 2025 Vi basate
        sul legittimo interesse per addestrare modelli di IA finalizzati alla creazione di
        contenuti con i contenuti pubblicati dai membri, che contengono anche dati personali di
        altre persone, come i miei.
}
letter-grounds-given = I motivi connessi alla mia situazione particolare sono i seguenti:
letter-grounds-burden = A seguito della presente opposizione, potete proseguire il trattamento
    soltanto se dimostrate l’esistenza di motivi legittimi cogenti che prevalgono sui miei
    interessi, diritti e libertà, oppure se il trattamento è necessario per l’accertamento,
    l’esercizio o la difesa di un diritto in sede giudiziaria. L’onere di dimostrare tali
    motivi grava su di Voi.
letter-heading-direct-marketing = Opposizione alla profilazione per finalità di marketing diretto
letter-direct-marketing = Ai sensi dell’{ $cite } mi oppongo al trattamento dei miei dati
    personali per finalità di marketing diretto, compresa la profilazione connessa a tale
    marketing, in particolare per la pubblicità personalizzata. Questa opposizione non richiede
    alcuna motivazione; dal suo ricevimento, i miei dati non possono più essere oggetto di
    trattamento per tali finalità.
letter-consent-withdrawal = Nella misura in cui Vi basiate sul mio consenso per la pubblicità
    personalizzata, revoco tale consenso ai sensi dell’{ $cite }.
letter-heading-restriction = Limitazione del trattamento durante la valutazione dell’opposizione
letter-restriction = Ai sensi dell’{ $cite } Vi chiedo di limitare il trattamento dei miei dati
    personali per le finalità sopra indicate, in attesa della verifica in merito all’eventuale
    prevalenza dei Vostri motivi legittimi rispetto ai miei.
letter-heading-erasure = Cancellazione
letter-erasure = Ai sensi dell’{ $cite } Vi chiedo di cancellare i dati personali che avete
    raccolto o derivato per tali finalità, comprese le copie presenti nei set di dati di
    addestramento. Vi chiedo inoltre di comunicarmi se i miei dati siano già stati utilizzati
    per addestrare modelli e, in caso affermativo, quali misure intendete adottare al riguardo.
letter-heading-recipients = Destinatari
letter-recipients = Ai sensi dell’{ $cite } Vi chiedo di comunicare la limitazione e la
    cancellazione a ciascuno dei destinatari cui avete trasmesso i miei dati personali per tali
    finalità, comprese le Vostre società affiliate come Microsoft, e di indicarmi tali
    destinatari.
letter-heading-fadp = Diritto svizzero della protezione dei dati
letter-fadp = Risiedo in Svizzera. La presente lettera costituisce altresì la mia espressa
    dichiarazione di volontà ai sensi dell’{ $personality }: i miei dati personali non devono
    essere trattati per le finalità sopra indicate. Il loro trattamento contro questa volontà
    espressa lede la mia personalità, e tale lesione è illecita se non è giustificata ai sensi
    dell’{ $justification }. Nella misura in cui i miei dati siano accessibili a chiunque, mi
    oppongo espressamente al loro trattamento per tali finalità ({ $public }). Mi riservo le
    azioni di cui all’{ $claims }.
letter-heading-confirmation = Conferma
letter-confirmation = Vi prego di confermarmi per iscritto, senza ingiustificato ritardo e
    comunque entro il giorno { $deadline }, di aver dato seguito alla mia opposizione e alle mie
    richieste ({ $cite }). Qualora riteniate di poter proseguire il trattamento, Vi prego di
    indicarmi i motivi legittimi cogenti su cui Vi basate.
letter-toggle = Sono a conoscenza dell’impostazione «Dati per migliorare l’IA generativa».
    Poiché essa riguarda soltanto il futuro addestramento dei modelli che generano contenuti,
    non sostituisce la presente opposizione.
letter-uk-complaint = Qualora non diate seguito alla presente opposizione, Vi prego di
    considerare la presente lettera anche come reclamo rivolto a Voi ({ $cite }).
letter-reply-channel = Vi prego di rispondere all’indirizzo e-mail { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Denuncia ai sensi dell’{ $cite } concernente { $controller }
   *[complaint] Reclamo ai sensi dell’{ $cite } nei confronti di { $controller }
}
complaint-intro = Con la presente propongo reclamo nei confronti di { $controller },
    { $address }, in relazione al trattamento dei miei dati personali.
complaint-intro-report = Con la presente Vi segnalo il trattamento dei miei dati personali da
    parte di { $controller }, { $address }. Sono consapevole che chi presenta una denuncia non
    ha qualità di parte.
complaint-heading-facts = Fatti
complaint-facts = { $account ->
    [member] Sono titolare di un account LinkedIn (indirizzo e-mail dell’account: { $email }).
   *[non-member] Non dispongo di un account LinkedIn; altre persone hanno pubblicato su LinkedIn
        contenuti che mi riguardano, in particolare { $count ->
            [one] al seguente indirizzo:
           *[other] ai seguenti indirizzi:
        }
}
complaint-objection-sent = In data { $date } ho esercitato il diritto di opposizione al
    trattamento dei miei dati personali ai sensi dell’{ $cite }, chiedendo altresì la
    limitazione del trattamento, la cancellazione dei dati e la comunicazione ai destinatari.
    Allego la mia opposizione.
complaint-objection-sent-report = In data { $date } ho manifestato espressamente la mia
    opposizione al trattamento dei miei dati personali per l’addestramento dell’IA e per
    finalità connesse. Allego la mia opposizione.
complaint-deadline = Il termine di risposta ({ $cite }) è scaduto il giorno { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn ha respinto la mia opposizione senza dimostrare l’esistenza di motivi
        legittimi cogenti che prevalgano sui miei interessi, diritti e libertà. Allego la sua
        risposta.
    [incomplete] La risposta di LinkedIn non dà pieno seguito alla mia opposizione. Allego la
        sua risposta.
   *[no-reply] Ad oggi non ho ricevuto alcuna risposta nel merito.
}
complaint-heading-assessment = Valutazione
complaint-assessment = LinkedIn si basa sul legittimo interesse di cui all’{ $basis } per
    utilizzare i profili dei membri e i contenuti da essi pubblicati, compresi i dati personali
    di altre persone ivi presenti, al fine di addestrare modelli di IA finalizzati alla
    creazione di contenuti. A seguito di un’opposizione, può proseguire il trattamento soltanto
    se dimostra l’esistenza di motivi legittimi cogenti che prevalgono sugli interessi, sui
    diritti e sulle libertà dell’interessato ({ $cite }). Non lo ha fatto; a mio avviso, la
    prosecuzione del trattamento dei miei dati costituisce pertanto una violazione del { $law }.
complaint-assessment-report = Il trattamento dei miei dati personali contro la mia volontà
    espressa lede la mia personalità ai sensi dell’{ $personality }, e tale lesione è illecita
    se non è giustificata ai sensi dell’{ $justification }. LinkedIn non ha addotto alcun
    motivo giustificativo di questo tipo.
complaint-heading-requests = Richieste
complaint-requests = Vi chiedo di esaminare il mio reclamo, di adottare le misure necessarie
    affinché LinkedIn dia seguito alla mia opposizione e di informarmi sullo stato e sull’esito
    del reclamo.
complaint-requests-report = Vi chiedo di aprire un’inchiesta ai sensi dell’{ $cite } e di
    informarmi sui passi intrapresi e sul loro esito.
complaint-lead-authority = La Data Protection Commission irlandese è l’autorità di controllo
    capofila per { $controller } ({ $cite }). Propongo il presente reclamo presso di Voi in
    quanto autorità di controllo dello Stato membro in cui risiedo abitualmente e Vi chiedo di
    trattarlo in cooperazione con la Data Protection Commission.
complaint-lead-authority-forward = La Data Protection Commission irlandese è l’autorità di
    controllo capofila per { $controller } ({ $cite }). Per quanto mi risulta, la Vostra
    autorità non è competente per questa società; Vi chiedo pertanto di trasmettere il mio
    reclamo all’autorità di controllo competente.
complaint-lead-authority-report = Nell’Unione europea, { $controller } è soggetta al controllo
    della Data Protection Commission irlandese, in qualità di autorità di controllo capofila.
complaint-uk-controller-first = Prima di rivolgermi a Voi, ho sottoposto la questione al
    titolare del trattamento: nella mia opposizione ho chiesto a LinkedIn di considerarla anche
    come reclamo ({ $cite }).
complaint-enclosure-objection = La mia opposizione in data { $date }
complaint-enclosure-reply = La risposta di LinkedIn
complaint-contact = Potete contattarmi all’indirizzo e-mail { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Sollecito: mia opposizione in data { $date } ({ $law }) – account LinkedIn { $email }
   *[non-member] Sollecito: mia opposizione in data { $date } ({ $law })
}
reminder-intro = In data { $date } ho esercitato il diritto di opposizione al trattamento dei
    miei dati personali ai sensi dell’{ $cite }, chiedendo altresì la limitazione del
    trattamento, la cancellazione dei dati e la comunicazione ai destinatari. Allego copia
    della mia opposizione.
reminder-overdue = Il termine per la Vostra risposta ({ $cite }) è scaduto il giorno
    { $deadline }. Ad oggi non ho ricevuto alcuna risposta nel merito.
reminder-request = Vi chiedo di dare seguito alla mia opposizione e alle mie richieste senza
    ulteriore ritardo e di confermarmelo per iscritto entro il giorno { $deadline }.
reminder-next = { $route ->
    [report] In mancanza di una risposta soddisfacente entro tale data, segnalerò la questione
        all’autorità competente ({ $authority }).
   *[complaint] In mancanza di una risposta soddisfacente entro tale data, proporrò reclamo
        all’autorità di controllo ({ $authority }).
}
complaint-reminder-sent = In data { $date } ho sollecitato LinkedIn in merito alla mia
    opposizione, fissando un ulteriore termine fino al giorno { $deadline }.
complaint-enclosure-reminder = Il mio sollecito in data { $date }

## Case status (objection status --case DIR)

status-reference = Pratica { $reference }
status-empty = Questa pratica non contiene ancora un’opposizione. Per iniziare: objection letter --case { $dir }
status-sent = Opposizione inviata in data { $date }.
status-reminded = Sollecito inviato in data { $date }.
status-complained = Reclamo redatto in data { $date }. L’autorità comunicherà come intende procedere.
status-waiting = In attesa della risposta di LinkedIn fino al giorno { $date } ({ $days ->
    [one] manca 1 giorno
   *[other] mancano { $days } giorni
}).
status-overdue = In ritardo di { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}: il termine scadeva il giorno { $date }.
status-next-wait-reminder = Prossimo passo: se LinkedIn non avrà risposto entro tale data, redigere un sollecito: objection reminder --case { $dir }
status-next-wait-complaint = Prossimo passo: se LinkedIn non avrà risposto entro tale data, redigere il reclamo: objection complaint --case { $dir }
status-next-reminder = Prossimo passo: redigere un sollecito: objection reminder --case { $dir }
status-next-complaint = Prossimo passo: redigere il reclamo all’autorità: objection complaint --case { $dir }
calendar-summary = Termine per la risposta di LinkedIn all’opposizione ({ $reference })
calendar-description = Se LinkedIn non ha ancora risposto, verificare il passo successivo con: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Leggi fuori dal GDPR: terminologia neutra («informazioni personali», «revoca del consenso»,
# «opt-out», «reclamo»), mai «titolare del trattamento» o «legittimo interesse».
# I nomi lunghi (law-name-*) comprendono l’articolo e sono tutti femminili: le frasi li usano
# senza preposizione articolata («Poiché la legge …», «la normativa applicabile è la legge …»).
# Citazioni: «PIPEDA, allegato 1, principio 4.3.8»; «PDPO (Cap. 486), art. 2(3)»;
# «Cal. Civ. Code § 1798.120», sempre tra parentesi.

# Same as English: Canadian abbreviation, kept as in the original
law-pipeda = PIPEDA
law-qc-private = Legge del Québec sul settore privato (CQLR c. P-39.1)
# Same as English: Hong Kong abbreviation and chapter number
law-pdpo = PDPO (Cap. 486)
# Same as English: name of the Californian code
law-ccpa = Cal. Civ. Code
# Same as English: Indian abbreviation
law-dpdp = DPDP Act 2023
law-us-generic = Informativa sulla privacy di LinkedIn
law-generic = Informativa sulla privacy di LinkedIn
# Short names for subject lines.
# Same as English: abbreviation
law-short-pipeda = PIPEDA
law-short-qc-private = legge del Québec sul settore privato
# Same as English: abbreviation
law-short-pdpo = PDPO
# Same as English: abbreviation
law-short-ccpa = CCPA
# Same as English: abbreviation
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Informativa sulla privacy di LinkedIn
law-short-generic = Informativa sulla privacy di LinkedIn
# The name of the law in running text, with its article.
law-name-pipeda = la legge canadese sulla protezione delle informazioni personali e dei documenti elettronici (PIPEDA)
law-name-qc-private = la legge del Québec sulla protezione delle informazioni personali nel settore privato
law-name-pdpo = l’ordinanza di Hong Kong sulla protezione dei dati personali (PDPO)
law-name-ccpa = la legge della California sulla privacy dei consumatori (CCPA)
law-name-dpdp = la legge indiana del 2023 sulla protezione dei dati personali digitali (DPDP Act 2023)
law-name-us-generic = l’Informativa sulla privacy di LinkedIn
law-name-generic = l’Informativa sulla privacy di LinkedIn
cite-common-article = art. { $number }
cite-common-article-paragraph = art. { $number }({ $paragraph })
cite-common-section = art. { $number }
cite-common-section-paragraph = art. { $number }({ $paragraph })
cite-common-principle = allegato 1, principio { $number }
cite-common-dpp = allegato 1, principio di protezione dei dati { $number }
cite-common-and = { $first } e { $second }
# Same as English: law first, then the reference
cite-common-law = { $law }, { $refs }
# Same as English: the US section sign
cite-us-section = § { $number }
cite-us-and = { $first } e { $second }
# Same as English: code name, then the section
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] la pubblicità personalizzata basata sul mio profilo e sulla mia attività, e la comunicazione delle mie informazioni a terzi a fini pubblicitari;
   *[non-member] la pubblicità personalizzata basata sulle mie informazioni personali, e la loro comunicazione a terzi a fini pubblicitari;
}
other-subject = { $family ->
    [consent] Revoca del consenso all’uso delle mie informazioni personali ({ $law })
    [optout] Richiesta di opt-out dalla vendita e dalla condivisione delle mie informazioni personali ({ $law })
   *[generic] Richiesta di cessare l’uso delle mie informazioni personali per l’addestramento
        dell’IA e per la pubblicità
}
other-intro-member = Sono titolare di un account LinkedIn registrato con l’indirizzo e-mail
    { $email }. Scrivo a { $controller } in merito all’uso delle mie informazioni personali.
other-intro-non-member = Non dispongo di un account LinkedIn. Altre persone hanno pubblicato su
    LinkedIn contenuti che contengono mie informazioni personali, in particolare { $count ->
        [one] al seguente indirizzo:
       *[other] ai seguenti indirizzi:
    }
other-intro-non-member-after = Scrivo a { $controller } in merito all’uso di tali informazioni.
consent-no-objection = Poiché { $law } non prevede un diritto generale di opporsi all’uso delle
    informazioni personali, mi avvalgo del diritto più affine che essa riconosce: la revoca del
    consenso ({ $cite }).
consent-withdrawal = Revoco qualsiasi consenso, espresso o implicito, su cui LinkedIn si basa per
    utilizzare le mie informazioni personali per le seguenti finalità:
consent-new-purpose = L’addestramento di modelli di intelligenza artificiale non è una finalità
    per la quale ho fornito le mie informazioni a LinkedIn. Il loro utilizzo per questa nuova
    finalità richiede il mio consenso ({ $cite }), che non presto.
consent-in-force = Per quanto riguarda { $law }, l’entrata in vigore delle disposizioni sul
    consenso e sulla sua revoca è prevista per il giorno { $date }. Fino ad allora, Vi chiedo di
    dare seguito alla presente revoca in base agli impegni assunti nell’Informativa sulla
    privacy di LinkedIn.
optout-no-objection = Il CCPA non riconosce alcun diritto di opporsi all’addestramento dell’IA in
    quanto tale. Esercito quindi i diritti che esso prevede e vi aggiungo una mia richiesta.
optout-sale = Vi chiedo di non vendere né condividere le mie informazioni
    personali ({ $cite }). Ciò comprende la loro comunicazione a Microsoft o ad altre società
    affiliate affinché personalizzino la pubblicità che mi mostrano.
optout-sensitive = Vi chiedo altresì di limitare l’uso e la comunicazione delle mie informazioni
    personali sensibili a quanto consentito dalla legge ({ $cite }).
optout-ai = Oltre a questi diritti, Vi chiedo di cessare l’uso delle mie informazioni personali per le seguenti finalità:
generic-basis = { $scope ->
    [us] Nessuna legge federale mi attribuisce il diritto di oppormi a questo uso. Mi avvalgo
        delle scelte che LinkedIn stessa offre e della sua Informativa sulla privacy, e Vi
        chiedo di applicarle integralmente nei miei confronti.
   *[other] Mi avvalgo degli impegni assunti nell’Informativa sulla privacy di LinkedIn, che
        consente a membri e visitatori di controllare l’uso delle proprie informazioni, nonché
        di qualsiasi legge del mio paese in materia di protezione dei dati che risulti
        applicabile.
}
generic-request = La mia richiesta riguarda l’uso delle mie informazioni personali per le
    seguenti finalità:
generic-us-state = Qualora a LinkedIn si applichi una legge del mio Stato sulla privacy dei
    consumatori, Vi prego di considerare la presente lettera anche come richiesta ai sensi di
    tale legge.
generic-settings = Le impostazioni di LinkedIn «Dati per migliorare l’IA generativa» e «Data
    sharing» coprono solo una parte di questa richiesta; Vi prego di darle seguito
    integralmente.
other-stop = Vi prego di cessare tali usi, di escludere le mie informazioni dai futuri dati di
    addestramento e di indicarmi la sorte di quelle già utilizzate.
other-deadline-courtesy = Per la Vostra risposta non è previsto alcun termine di legge. Vi
    chiedo tuttavia, per cortesia, di confermarmi per iscritto entro il giorno { $deadline } di
    aver dato seguito alla presente richiesta.
optout-deadline = Vi prego di dare seguito alla mia richiesta di opt-out non appena
    ragionevolmente possibile e comunque entro il giorno { $deadline } (15 giorni lavorativi,
    termine fissato dai regolamenti attuativi del CCPA per tali richieste), e di confermarmelo
    per iscritto.
other-form-field-request = Richiesta: { $family ->
    [consent] revoca del consenso ({ $law })
    [optout] opt-out dalla vendita e dalla condivisione ({ $law })
   *[generic] cessazione dell’uso delle mie informazioni per l’addestramento dell’IA e per la
        pubblicità
}
other-form-guide-route = Questo modulo è descritto nell’informativa sulla privacy di LinkedIn per
    l’Europa. Se non fosse disponibile, inviare invece la lettera (objection letter) oppure
    utilizzare il modulo di contatto di LinkedIn dedicato alla privacy: { $url }
other-reminder-subject = Sollecito: mia lettera in data { $date } ({ $law })
other-reminder-intro = In data { $date } Vi ho scritto in merito all’uso delle mie informazioni
    personali per l’addestramento dell’IA e per finalità connesse. Allego copia della mia
    lettera.
other-reminder-overdue = Avevo chiesto una risposta entro il giorno { $deadline }. Ad oggi non ho
    ricevuto alcuna risposta nel merito.
other-reminder-request = Vi chiedo di dare seguito alla mia richiesta senza ulteriore ritardo e
    di confermarmelo per iscritto entro il giorno { $deadline }.
other-reminder-next = In mancanza di una risposta soddisfacente entro tale data, presenterò un
    reclamo all’autorità competente ({ $authority }).
other-reminder-next-none = In mancanza di una risposta soddisfacente entro tale data, valuterò
    gli altri rimedi a mia disposizione.
other-complaint-subject = Reclamo nei confronti di { $controller } ({ $law })
other-complaint-intro = Presento un reclamo nei confronti di { $controller },
    { $address }, relativo all’uso delle mie informazioni personali; la normativa applicabile è
    { $law_name }.
other-complaint-sent = { $family ->
    [consent] In data { $date } ho revocato il mio consenso all’uso delle mie informazioni
        personali per l’addestramento dell’IA e per finalità connesse ({ $cite }).
   *[optout] In data { $date } ho chiesto a LinkedIn di non vendere né condividere le mie
        informazioni personali ({ $cite }) e di cessare di utilizzarle per addestrare modelli
        di IA.
} Allego la mia lettera. Avevo chiesto una risposta entro il giorno { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn ha respinto la mia richiesta. Allego la sua risposta.
    [incomplete] La risposta di LinkedIn non dà pieno seguito alla mia richiesta. Allego la sua
        risposta.
   *[no-reply] Ad oggi non ho ricevuto alcuna risposta nel merito.
}
other-complaint-assessment = { $family ->
    [consent] A mio avviso LinkedIn continua a utilizzare le mie informazioni senza il mio
        consenso, e per una nuova finalità che lo richiede ({ $cite }).
   *[optout] A mio avviso LinkedIn non ha dato seguito alla mia richiesta di opt-out entro il
        termine previsto dai regolamenti attuativi del CCPA.
}
other-complaint-requests = Vi chiedo di esaminare il mio reclamo e di informarmi del suo esito.
other-enclosure-letter = La mia lettera in data { $date }
other-reasons = Aggiungo quanto segue in merito alla mia situazione:
other-complaint-reminder-sent = In data { $date } ho inviato un sollecito a LinkedIn, fissando un
    ulteriore termine fino al giorno { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = L’opposizione ai sensi dell’{ $cite } richiede motivi connessi alla propria situazione particolare, ma quella formulata non ne indica alcuno. Aggiungerli con --reason "..." per renderla più difficile da respingere.
note-federal-authority = Il solo codice DE indirizza il reclamo all’autorità federale (BfDI), che trasmette i reclami contro le imprese all’autorità del Land. Per la via diretta, indicare il proprio Land, ad esempio --country DE-BE (vedere `objection jurisdictions`).
warning-premature = LinkedIn ha tempo fino al giorno { $deadline } per rispondere; { $document ->
    [reminder] un sollecito
   *[complaint] un reclamo
} per mancata risposta è prematuro prima di tale data.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Trasmetto in allegato, in formato PDF, la mia lettera in data { $date }. Il testo integrale è riportato di seguito.
email-cover-reminder = Trasmetto in allegato, in formato PDF, il mio sollecito in data { $date }. Il testo integrale è riportato di seguito.
email-cover-complaint = Trasmetto in allegato, in formato PDF, il mio reclamo in data { $date }. Il testo integrale è riportato di seguito.
email-receipt = Vi prego di confermarne la ricezione.
email-file-letter = lettera
email-file-reminder = sollecito
email-file-complaint = reclamo
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Al messaggio è allegato solo il PDF. Prima di inviarlo, allegare anche i documenti indicati:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Questo assistente la aiuta, passo dopo passo, a opporsi all’uso dei suoi dati da parte di LinkedIn. Nulla viene salvato finché non conferma alla fine. Prema Esc o Ctrl+C per interrompere in qualsiasi momento.
wizard-language = Lingua
wizard-help-select = ↑↓ per spostarsi, Invio per scegliere
wizard-help-multi = ↑↓ per spostarsi, Spazio per selezionare o deselezionare, Invio per confermare
wizard-country = Dove abita?
wizard-country-help = Digiti per cercare, Invio per scegliere. In Germania scelga il suo Land.
wizard-member = Ha un account LinkedIn?
wizard-answer = { $answer ->
    [yes] Sì
   *[no] No
}
wizard-content-url = Indirizzo web { $number } di un contenuto LinkedIn che la riguarda
wizard-content-url-help = Lo copi dalla barra degli indirizzi del browser (https://...). Lasci vuoto quando ha finito.
wizard-name = Nome e cognome
wizard-email = Il suo indirizzo e-mail
wizard-email-help = L’indirizzo del suo account LinkedIn; senza account, l’indirizzo a cui LinkedIn può risponderle.
wizard-address = Il suo indirizzo postale, riga { $number }
wizard-address-help = Per esempio via e numero civico, poi CAP e città. Lasci vuoto quando ha finito.
wizard-place = La sua città (per la data della lettera)
wizard-object-to = A che cosa si oppone?
wizard-purpose-ai-training = L’addestramento, da parte di LinkedIn, di un’IA che scrive testi o crea immagini con i suoi dati
wizard-purpose-ai-other = Altri usi dei suoi dati da parte dell’IA, per esempio per personalizzare il feed o classificare contenuti
wizard-purpose-ads-profiling = La pubblicità basata su un suo profilo
wizard-purpose-affiliate-sharing = La comunicazione dei suoi dati a Microsoft e ad altre società del gruppo per la loro IA o la loro pubblicità
wizard-reason = Perché è importante per lei personalmente? (facoltativo)
wizard-reason-help = Per esempio: «Sono giornalista e devo proteggere le mie fonti». «I miei post sono il mio lavoro; le copie fatte da un’IA danneggiano il mio reddito». Prema Invio per saltare.
wizard-outputs = Quali documenti desidera?
wizard-output = { $output ->
    [form] Il testo per il modulo online di LinkedIn
    [letter-pdf] La lettera in PDF, da stampare e spedire per posta
   *[letter-text] La lettera come testo
}
wizard-problem = { $problem ->
    [empty] Questo campo non può essere vuoto.
    [too-long] È troppo lungo: { $length } caratteri, al massimo { $limit }.
    [control] Rimuova il carattere di controllo { $character }.
    [bidi] Lo riscriva senza il segno di direzione { $character }: può cambiare l’ordine in cui il testo viene mostrato.
    [email] Non è un indirizzo e-mail. Esempio: name@example.org
   *[url] Non è un indirizzo web. Lo copi dal browser; inizia con https://
}
wizard-preview = Anteprima del suo testo:
wizard-folder = Cartella per i suoi documenti
wizard-folder-exists = Questa cartella esiste già. Scelga un altro nome.
wizard-confirm = Salvare ora i suoi documenti nella cartella { $dir }?
wizard-next-form = Il testo per il modulo di LinkedIn si trova in { $file }.
wizard-next-letter = Stampi { $file }, firmi la lettera e la spedisca per posta all’indirizzo indicato in alto. Ne conservi una copia.
wizard-next-deadline = LinkedIn ha tempo fino al { $date } per rispondere.
wizard-next-reminder = Se entro quella data non ha ricevuto una vera risposta, scriva un sollecito: { $command }
wizard-save-details = Salvare i suoi dati in { $file } per la prossima volta?
wizard-saved = Salvato. La prossima volta: { $command }
wizard-stopped = Interrotto. Non è stato salvato nulla.
