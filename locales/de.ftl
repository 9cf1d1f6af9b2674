# Deutsch. Definiert dieselben Nachrichten wie en.ftl.
#
# Konventionen: förmliches Anwaltsdeutsch (Datenschutzrecht), Sie-Form, Terminologie der
# amtlichen deutschen Fassung der DSGVO bzw. (in den nur für die Schweiz verwendeten
# Nachrichten) des schweizerischen DSG ("Personendaten", "bearbeiten").
# Zitierweise: "Art. 21 Abs. 1 DSGVO", "Art. 18 Abs. 1 lit. d DSGVO", "Art. 30 Abs. 2 lit. b DSG";
# britische Gesetze: "Section 164A DPA 2018".
# Nach der Anrede "Sehr geehrte Damen und Herren," beginnt der Brieftext klein: Die Nachrichten,
# die unmittelbar auf die Anrede folgen (letter-intro-member, letter-intro-non-member,
# complaint-intro, complaint-intro-report), beginnen deshalb mit einem Kleinbuchstaben.

lang-name = Deutsch

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = DSGVO
# Same as English: a name or abbreviation of the law itself.
law-uk-gdpr = UK GDPR
law-ch-fadp = DSG
# Same as English: a name or abbreviation of the law itself.
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = Art. { $number }
cite-eu-article-paragraph = Art. { $number } Abs. { $paragraph }
cite-eu-article-paragraphs = Art. { $number } Abs. { $paragraph } und { $second }
cite-eu-article-paragraph-point = Art. { $number } Abs. { $paragraph } lit. { $point }
cite-eu-section = Section { $number }
cite-eu-section-paragraph = Section { $number }({ $paragraph })
cite-eu-section-paragraphs = Section { $number }({ $paragraph }) und ({ $second })
cite-eu-section-paragraph-point = Section { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } und { $second }
cite-eu-law = { $refs } { $law }
cite-ch-article = Art. { $number }
cite-ch-article-paragraph = Art. { $number } Abs. { $paragraph }
cite-ch-article-paragraphs = Art. { $number } Abs. { $paragraph } und { $second }
cite-ch-article-paragraph-point = Art. { $number } Abs. { $paragraph } lit. { $point }
cite-ch-section = Section { $number }
cite-ch-section-paragraph = Section { $number }({ $paragraph })
cite-ch-section-paragraphs = Section { $number }({ $paragraph }) und ({ $second })
cite-ch-section-paragraph-point = Section { $number }({ $paragraph })({ $point })
cite-ch-and = { $first } und { $second }
cite-ch-law = { $refs } { $law }

## Dates

month-1 = Januar
month-2 = Februar
month-3 = März
# Same as English: the month is called the same.
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
# Same as English: the month is called the same.
month-8 = August
# Same as English: the month is called the same.
month-9 = September
month-10 = Oktober
# Same as English: the month is called the same.
month-11 = November
month-12 = Dezember
date-long = { $day }. { $month } { $year }
# Die Datumszeile: Ort und Datum ("Berlin, 23. November 2026") oder nur das Datum.
dateline-with-place = { $place }, { $date }
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Österreich
jurisdiction-BE = Belgien
jurisdiction-BG = Bulgarien
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Schweiz
jurisdiction-CY = Zypern
jurisdiction-CZ = Tschechien
jurisdiction-DE = Deutschland
jurisdiction-DE-BB = Brandenburg
jurisdiction-DE-BE = Berlin
jurisdiction-DE-BW = Baden-Württemberg
jurisdiction-DE-BY = Bayern
jurisdiction-DE-HB = Bremen
jurisdiction-DE-HE = Hessen
jurisdiction-DE-HH = Hamburg
jurisdiction-DE-MV = Mecklenburg-Vorpommern
jurisdiction-DE-NI = Niedersachsen
jurisdiction-DE-NW = Nordrhein-Westfalen
jurisdiction-DE-RP = Rheinland-Pfalz
jurisdiction-DE-SH = Schleswig-Holstein
jurisdiction-DE-SL = Saarland
jurisdiction-DE-SN = Sachsen
jurisdiction-DE-ST = Sachsen-Anhalt
jurisdiction-DE-TH = Thüringen
jurisdiction-DK = Dänemark
jurisdiction-EE = Estland
jurisdiction-ES = Spanien
jurisdiction-FI = Finnland
jurisdiction-FR = Frankreich
jurisdiction-GB = Vereinigtes Königreich
jurisdiction-GR = Griechenland
jurisdiction-HK = Hongkong
jurisdiction-HR = Kroatien
jurisdiction-HU = Ungarn
jurisdiction-IE = Irland
jurisdiction-IN = Indien
jurisdiction-IS = Island
jurisdiction-IT = Italien
# Same as English: the country is called the same.
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Litauen
jurisdiction-LU = Luxemburg
jurisdiction-LV = Lettland
# Same as English: the country is called the same.
jurisdiction-MT = Malta
jurisdiction-NL = Niederlande
jurisdiction-NO = Norwegen
jurisdiction-OTHER = anderes Land
jurisdiction-PL = Polen
# Same as English: the country is called the same.
jurisdiction-PT = Portugal
jurisdiction-RO = Rumänien
jurisdiction-SE = Schweden
jurisdiction-SI = Slowenien
jurisdiction-SK = Slowakei
jurisdiction-US = Vereinigte Staaten
jurisdiction-US-CA = Kalifornien (Vereinigte Staaten)

## Shared pieces of all documents

recipient-dpo = z. Hd. des Datenschutzbeauftragten
page-number = Seite { $page } von { $total }
salutation = Sehr geehrte Damen und Herren,
closing = Mit freundlichen Grüßen
label-enclosures = { $count ->
    [one] Anlage
   *[other] Anlagen
}
subject-line = { $subject }
# Zwecke, als Listenpunkte innerhalb des Widerspruchs. $account: "member" oder "non-member".
purpose-ai-training = { $account ->
    [member] Training, Feinabstimmung, Evaluierung und Verbesserung von KI-Modellen zur Generierung von Inhalten (generative KI), insbesondere anhand meiner Profildaten und meiner auf LinkedIn veröffentlichten Inhalte;
   *[non-member] Training, Feinabstimmung, Evaluierung und Verbesserung von KI-Modellen zur Generierung von Inhalten (generative KI), insbesondere anhand von Inhalten über mich, die andere Personen auf LinkedIn veröffentlicht haben;
}
purpose-ai-other = Training von KI- und Machine-Learning-Modellen zu anderen Zwecken, etwa zur Personalisierung Ihrer Dienste, zur Klassifizierung von Inhalten und zur allgemeinen Verbesserung Ihrer Produkte und Dienste;
purpose-affiliate-sharing = Offenlegung meiner personenbezogenen Daten gegenüber verbundenen Unternehmen, einschließlich Microsoft, damit diese eigene KI-Modelle trainieren oder ihre Werbedienste bereitstellen, entwickeln oder verbessern können;
form-purpose-ai-training = { $account ->
    [member] Training generativer KI-Modelle zur Erstellung von Inhalten mit meinen Profildaten und den von mir veröffentlichten Inhalten;
   *[non-member] Training generativer KI-Modelle zur Erstellung von Inhalten mit Inhalten über mich, die andere veröffentlicht haben;
}
form-purpose-ai-other = Training anderer KI- und Machine-Learning-Modelle, etwa zur Personalisierung und zur Klassifizierung von Inhalten;
form-purpose-affiliate-sharing = Weitergabe meiner Daten an verbundene Unternehmen wie Microsoft für deren KI-Training oder Werbung;
form-purpose-ads = personalisierte Werbung und Weitergabe meiner Daten zu Werbezwecken;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten auf LinkedIn
# Same as English: the word is the same.
form-field-name = Name: { $name }
form-field-email = E-Mail-Adresse: { $email }
form-field-country = Wohnsitz: { $country }
form-field-member = LinkedIn-Konto: { $account ->
    [member] ja, unter der oben genannten E-Mail-Adresse
   *[non-member] nicht vorhanden (ich bin nicht Mitglied bei LinkedIn)
}
form-field-profile = Profil: { $url }
form-field-content = Inhalt über mich: { $url }
form-field-request = Anliegen: Widerspruch gegen die Verarbeitung ({ $cite })
form-objection = Gemäß { $cite } widerspreche ich der von LinkedIn auf berechtigte Interessen
    ({ $basis }) gestützten Verarbeitung meiner personenbezogenen Daten zu folgenden Zwecken:
form-direct-marketing = Gemäß { $cite } widerspreche ich der Verarbeitung meiner Daten für
    Direktwerbung einschließlich des damit verbundenen Profilings, etwa für personalisierte Werbung.
form-grounds = Gründe, die sich aus meiner besonderen Situation ergeben:
form-requests = Bis zur Prüfung meines Widerspruchs verlange ich die Einschränkung der
    Verarbeitung ({ $restriction }). Ferner verlange ich die Löschung der zu diesen Zwecken
    erhobenen Daten ({ $erasure }) und die entsprechende Unterrichtung der Empfänger, einschließlich
    Microsoft ({ $recipients }).
form-confirmation = Bitte bestätigen Sie mir bis zum { $deadline } schriftlich, dass Sie meinem
    Widerspruch entsprochen haben.

## Guidance printed after the form text (on standard error)

form-guide-heading = Nächste Schritte:
form-guide-open = Öffnen Sie das Formular von LinkedIn für Widersprüche gegen die Datenverarbeitung
    (Data Processing Objection): { $url }
form-guide-option = Wählen Sie die Option für einen Widerspruch gegen die Verarbeitung Ihrer Daten
    zum Training von KI-Modellen zur Generierung von Inhalten (LinkedIn kann sie anders bezeichnen),
    übertragen Sie die Angaben in die entsprechenden Formularfelder und fügen Sie den Text in das
    Freitextfeld ein.
form-guide-toggle = Die Einstellung „Daten zur Verbesserung generativer KI“ ({ $url }) unterbindet
    lediglich das künftige Training von KI-Modellen zur Generierung von Inhalten. Andere
    KI-Anwendungen und Werbung erfasst sie nicht; deshalb kommt es auf den Widerspruch selbst an.
form-guide-non-member = Ohne Konto gibt es für Sie keine Einstellungen, die Sie ändern könnten: Ihr
    Weg ist dieses Formular oder ein Schreiben an den Datenschutzbeauftragten von LinkedIn
    (objection letter).
form-guide-letter = Damit Ihr Widerspruch förmlich dokumentiert ist, senden Sie zusätzlich das
    Widerspruchsschreiben: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Widerspruch nach der { $law } gegen die Verarbeitung meiner personenbezogenen Daten – LinkedIn-Konto { $email }
   *[non-member] Widerspruch nach der { $law } gegen die Verarbeitung meiner personenbezogenen Daten – betroffene Person ohne LinkedIn-Konto
}
letter-intro-member = ich bin Mitglied bei LinkedIn; mein Konto ist unter der E-Mail-Adresse
    { $email } registriert. Dieses Schreiben richte ich an den Datenschutzbeauftragten der
    { $controller }, der Verantwortlichen für die Verarbeitung meiner personenbezogenen Daten.
letter-intro-member-profile = Mein öffentliches Profil: { $url }
letter-intro-non-member = ich habe kein LinkedIn-Konto. Andere Personen haben auf LinkedIn Inhalte veröffentlicht, die meine personenbezogenen Daten enthalten, insbesondere unter { $count ->
    [one] folgender Adresse:
   *[other] folgenden Adressen:
}
letter-intro-non-member-after = Dieses Schreiben richte ich an den Datenschutzbeauftragten der
    { $controller }, der Verantwortlichen für die Verarbeitung dieser Daten.
letter-heading-objection = Widerspruch gegen die auf berechtigte Interessen gestützte Verarbeitung
letter-objection = Gemäß { $cite } widerspreche ich aus Gründen, die sich aus meiner besonderen
    Situation ergeben, der Verarbeitung meiner personenbezogenen Daten, die Sie auf berechtigte
    Interessen nach { $basis } stützen, zu folgenden Zwecken:
letter-objection-notice = { $account ->
    [member] Ausweislich Ihrer Datenschutzhinweise stützen Sie das Training von KI-Modellen zur Generierung von Inhalten mit Daten Ihrer Mitglieder seit dem 3. November 2025 auf berechtigte Interessen.
   *[non-member] Ausweislich Ihrer Datenschutzhinweise stützen Sie seit dem 3. November 2025 das Training von KI-Modellen zur Generierung von Inhalten mit den von Mitgliedern veröffentlichten Inhalten, die auch personenbezogene Daten anderer Personen enthalten, darunter meine, auf berechtigte Interessen.
}
letter-grounds-given = Zu den Gründen, die sich aus meiner besonderen Situation ergeben, führe ich
    Folgendes aus:
letter-grounds-burden = Nach diesem Widerspruch dürfen Sie die Verarbeitung nur fortsetzen, wenn
    Sie zwingende schutzwürdige Gründe nachweisen, die meine Interessen, Rechte und Freiheiten
    überwiegen, oder wenn die Verarbeitung der Geltendmachung, Ausübung oder Verteidigung von
    Rechtsansprüchen dient. Die Nachweislast hierfür tragen Sie.
letter-heading-direct-marketing = Widerspruch gegen Profiling zum Zwecke der Direktwerbung
letter-direct-marketing = Gemäß { $cite } widerspreche ich der Verarbeitung meiner
    personenbezogenen Daten zum Zwecke der Direktwerbung einschließlich des damit in Verbindung
    stehenden Profilings, insbesondere für personalisierte Werbung. Dieser Widerspruch bedarf keiner
    Begründung; ab seinem Zugang dürfen meine Daten für diese Zwecke nicht mehr verarbeitet werden.
letter-consent-withdrawal = Soweit Sie sich für personalisierte Werbung auf meine Einwilligung
    stützen, widerrufe ich diese gemäß { $cite }.
letter-heading-restriction = Einschränkung der Verarbeitung während der Prüfung meines Widerspruchs
letter-restriction = Gemäß { $cite } verlange ich die Einschränkung der Verarbeitung meiner
    personenbezogenen Daten zu den vorgenannten Zwecken, solange nicht feststeht, ob Ihre
    berechtigten Gründe gegenüber meinen überwiegen.
letter-heading-erasure = Löschung
letter-erasure = Gemäß { $cite } verlange ich die Löschung der personenbezogenen Daten, die Sie zu
    diesen Zwecken erhoben oder abgeleitet haben, einschließlich etwaiger Kopien in
    Trainingsdatensätzen. Bitte teilen Sie mir außerdem mit, ob meine Daten bereits zum Training von
    Modellen verwendet wurden und, falls ja, welche Maßnahmen Sie insoweit ergreifen.
letter-heading-recipients = Empfänger
letter-recipients = Gemäß { $cite } bitte ich Sie, allen Empfängern, denen Sie meine
    personenbezogenen Daten zu diesen Zwecken offengelegt haben, einschließlich mit Ihnen
    verbundener Unternehmen wie Microsoft, die Einschränkung der Verarbeitung und die Löschung
    mitzuteilen und mich über diese Empfänger zu unterrichten.
letter-heading-fadp = Schweizerisches Datenschutzrecht
letter-fadp = Ich habe meinen Wohnsitz in der Schweiz. Dieses Schreiben ist zugleich meine
    ausdrückliche Willenserklärung im Sinne von { $personality }, dass meine Personendaten nicht zu
    den vorgenannten Zwecken bearbeitet werden dürfen. Eine Bearbeitung entgegen dieser Erklärung
    verletzt meine Persönlichkeit und ist widerrechtlich, sofern sie nicht nach { $justification }
    gerechtfertigt ist. Soweit meine Daten allgemein zugänglich sind, untersage ich ausdrücklich ihre
    Bearbeitung zu diesen Zwecken ({ $public }). Ansprüche nach { $claims } behalte ich mir vor.
letter-heading-confirmation = Bestätigung
letter-confirmation = Bitte bestätigen Sie mir schriftlich unverzüglich, spätestens jedoch bis zum
    { $deadline }, dass Sie meinem Widerspruch entsprochen und meine Anträge umgesetzt haben
    ({ $cite }). Sollten Sie der Auffassung sein, die Verarbeitung fortsetzen zu dürfen, legen Sie
    bitte die zwingenden schutzwürdigen Gründe dar, auf die Sie sich stützen.
letter-toggle = Die Einstellung „Daten zur Verbesserung generativer KI“ ist mir bekannt. Da sie nur
    das künftige Training von KI-Modellen zur Generierung von Inhalten erfasst, ersetzt sie diesen
    Widerspruch nicht.
letter-uk-complaint = Falls Sie diesem Widerspruch nicht nachkommen, behandeln Sie dieses Schreiben
    bitte zugleich als an Sie gerichtete Beschwerde nach { $cite }.
letter-reply-channel = Bitte richten Sie Ihre Antwort an die E-Mail-Adresse { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Anzeige nach { $cite } betreffend { $controller }
   *[complaint] Beschwerde nach { $cite } gegen { $controller }
}
complaint-intro = hiermit erhebe ich Beschwerde gegen die { $controller }, { $address }, wegen der
    Verarbeitung meiner personenbezogenen Daten.
complaint-intro-report = hiermit erstatte ich bei Ihnen Anzeige wegen der Bearbeitung meiner
    Personendaten durch die { $controller }, { $address }. Mir ist bewusst, dass ich als anzeigende
    Person keine Parteistellung habe.
complaint-heading-facts = Sachverhalt
complaint-facts = { $account ->
    [member] Ich bin Mitglied bei LinkedIn (E-Mail-Adresse des Kontos: { $email }).
   *[non-member] Ich habe kein LinkedIn-Konto; andere Personen haben auf LinkedIn Inhalte über mich veröffentlicht, insbesondere unter { $count ->
        [one] folgender Adresse:
       *[other] folgenden Adressen:
    }
}
complaint-objection-sent = Am { $date } habe ich gemäß { $cite } der Verarbeitung meiner
    personenbezogenen Daten widersprochen und die Einschränkung der Verarbeitung, die Löschung der
    Daten sowie die Unterrichtung der Empfänger verlangt. Mein Widerspruchsschreiben füge ich bei.
complaint-objection-sent-report = Am { $date } habe ich der Bearbeitung meiner Personendaten für das
    KI-Training und damit zusammenhängende Zwecke ausdrücklich widersprochen. Mein
    Widerspruchsschreiben füge ich bei.
complaint-deadline = Die Antwortfrist nach { $cite } endete am { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn hat meinen Widerspruch zurückgewiesen, ohne zwingende schutzwürdige Gründe nachzuweisen, die meine Interessen, Rechte und Freiheiten überwiegen. Die Antwort von LinkedIn ist ebenfalls beigefügt.
    [incomplete] Die Antwort von LinkedIn setzt meinen Widerspruch nicht vollständig um; sie ist ebenfalls beigefügt.
   *[no-reply] Eine inhaltliche Antwort habe ich bis heute nicht erhalten.
}
complaint-heading-assessment = Rechtliche Würdigung
complaint-assessment = LinkedIn stützt die Verwendung der Profile und veröffentlichten Inhalte seiner Mitglieder, einschließlich der darin enthaltenen personenbezogenen Daten Dritter, zum Training von KI-Modellen zur Generierung von Inhalten auf berechtigte Interessen nach { $basis }. Nach einem Widerspruch darf LinkedIn die Verarbeitung nur fortsetzen, wenn es zwingende schutzwürdige Gründe nachweist, die die Interessen, Rechte und Freiheiten der widersprechenden Person überwiegen ({ $cite }). Dies ist nicht geschehen; die fortgesetzte Verarbeitung meiner Daten verstößt daher nach meiner Auffassung gegen die { $law }.
complaint-assessment-report = Die Bearbeitung meiner Personendaten entgegen meiner ausdrücklichen
    Willenserklärung stellt eine Persönlichkeitsverletzung im Sinne von { $personality } dar, die
    widerrechtlich ist, sofern sie nicht nach { $justification } gerechtfertigt ist. Einen solchen Rechtfertigungsgrund
    hat LinkedIn nicht dargetan.
complaint-heading-requests = Anträge
complaint-requests = Ich bitte Sie, meine Beschwerde zu untersuchen, die erforderlichen Maßnahmen zu
    ergreifen, damit LinkedIn meinem Widerspruch nachkommt, und mich über den Stand und das Ergebnis
    des Beschwerdeverfahrens zu unterrichten.
complaint-requests-report = Ich bitte Sie, nach { $cite } eine Untersuchung zu eröffnen und mich über
    die von Ihnen unternommenen Schritte und deren Ergebnis zu informieren.
complaint-lead-authority = Federführende Aufsichtsbehörde für die { $controller } ist die irische
    Data Protection Commission ({ $cite }). Ich reiche diese Beschwerde bei Ihnen als der
    Aufsichtsbehörde meines gewöhnlichen Aufenthaltsorts ein und bitte Sie, sie in Zusammenarbeit
    mit der Data Protection Commission zu bearbeiten.
complaint-lead-authority-forward = Federführende Aufsichtsbehörde für die { $controller } ist die irische Data Protection Commission ({ $cite }). Soweit ich weiß, sind Sie für dieses Unternehmen nicht selbst zuständig; ich bitte Sie daher, meine Beschwerde an die zuständige Aufsichtsbehörde weiterzuleiten.
complaint-lead-authority-report = In der Europäischen Union untersteht die { $controller } der
    Aufsicht der irischen Data Protection Commission als federführender Aufsichtsbehörde.
complaint-uk-controller-first = Bevor ich mich an Sie gewandt habe, habe ich die Angelegenheit beim
    Verantwortlichen vorgebracht: In meinem Widerspruch habe ich LinkedIn gebeten, diesen zugleich als
    Beschwerde nach { $cite } zu behandeln.
complaint-enclosure-objection = Widerspruchsschreiben vom { $date }
complaint-enclosure-reply = Antwort von LinkedIn
complaint-contact = Für Rückfragen erreichen Sie mich unter { $email }.

## Erinnerung (nach Ablauf der Frist)

reminder-subject = { $account ->
    [member] Erinnerung: mein Widerspruch vom { $date } ({ $law }) – LinkedIn-Konto { $email }
   *[non-member] Erinnerung: mein Widerspruch vom { $date } ({ $law })
}
reminder-intro = am { $date } habe ich gemäß { $cite } der Verarbeitung meiner personenbezogenen Daten widersprochen und die Einschränkung der Verarbeitung, die Löschung der Daten sowie die Unterrichtung der Empfänger verlangt. Eine Kopie meines Widerspruchs füge ich bei.
reminder-overdue = Die Frist für Ihre Antwort nach { $cite } ist am { $deadline } abgelaufen. Eine inhaltliche Antwort habe ich bis heute nicht erhalten.
reminder-request = Ich fordere Sie auf, meinem Widerspruch und meinen Anträgen unverzüglich nachzukommen und mir dies bis zum { $deadline } schriftlich zu bestätigen.
reminder-next = { $route ->
    [report] Sollte ich bis dahin keine zufriedenstellende Antwort erhalten, werde ich die Angelegenheit bei der zuständigen Behörde ({ $authority }) anzeigen.
   *[complaint] Sollte ich bis dahin keine zufriedenstellende Antwort erhalten, werde ich Beschwerde bei der zuständigen Aufsichtsbehörde ({ $authority }) einlegen.
}
complaint-reminder-sent = Am { $date } habe ich LinkedIn an meinen Widerspruch erinnert und eine weitere Frist bis zum { $deadline } gesetzt.
complaint-enclosure-reminder = Erinnerungsschreiben vom { $date }

## Stand des Falls (objection status --case DIR)

status-reference = Fall { $reference }
status-empty = Dieser Fall enthält noch keinen Widerspruch. Beginnen Sie ihn mit: objection letter --case { $dir }
status-sent = Widerspruch versandt am { $date }.
status-reminded = Erinnerung versandt am { $date }.
status-complained = Beschwerde verfasst am { $date }. Die Behörde unterrichtet Sie über den Fortgang.
status-waiting = Warten auf die Antwort von LinkedIn bis zum { $date } (noch { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}).
status-overdue = Frist seit { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} überschritten: Sie endete am { $date }.
status-next-wait-reminder = Nächster Schritt: Wenn LinkedIn bis dahin nicht antwortet, schreiben Sie eine Erinnerung: objection reminder --case { $dir }
status-next-wait-complaint = Nächster Schritt: Wenn LinkedIn bis dahin nicht antwortet, schreiben Sie die Beschwerde: objection complaint --case { $dir }
status-next-reminder = Nächster Schritt: Schreiben Sie eine Erinnerung: objection reminder --case { $dir }
status-next-complaint = Nächster Schritt: Schreiben Sie die Beschwerde an die Aufsichtsbehörde: objection complaint --case { $dir }
calendar-summary = Frist für die Antwort von LinkedIn auf Ihren Widerspruch ({ $reference })
calendar-description = Wenn LinkedIn bis heute nicht geantwortet hat, zeigt Ihnen dieser Befehl den nächsten Schritt: objection status --case { $dir }

## Gesetze außerhalb der DSGVO: Widerruf der Einwilligung, Opt-out-Rechte oder die eigenen
## Zusagen von LinkedIn. Hier nie Begriffe der DSGVO: Diese Schreiben richten sich nach anderem
## Recht an die LinkedIn Corporation. Durchgehend "personenbezogene Daten" (wie in den
## gemeinsamen Zweck-Nachrichten); ausländische Gesetze werden in ihrer eigenen Zitierweise
## angeführt ("PIPEDA, Anhang 1, Grundsatz 4.3.8", "Cal. Civ. Code § 1798.120").
# Die law-name-* stehen im Nominativ mit Artikel; die Nachrichten setzen sie nur dort ein, wo
# der Nominativ passt.

# Same as English: a name or abbreviation of the law itself.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: a name or abbreviation of the law itself.
law-pdpo = PDPO (Cap. 486)
# Same as English: a name or abbreviation of the law itself.
law-ccpa = Cal. Civ. Code
# Same as English: a name or abbreviation of the law itself.
law-dpdp = DPDP Act 2023
law-us-generic = Datenschutzrichtlinie von LinkedIn
law-generic = Datenschutzrichtlinie von LinkedIn
# Kurzbezeichnungen für Betreffzeilen.
# Same as English: a name or abbreviation of the law itself.
law-short-pipeda = PIPEDA
law-short-qc-private = Datenschutzgesetz Québec
# Same as English: a name or abbreviation of the law itself.
law-short-pdpo = PDPO
# Same as English: a name or abbreviation of the law itself.
law-short-ccpa = CCPA
# Same as English: a name or abbreviation of the law itself.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Datenschutzrichtlinie von LinkedIn
law-short-generic = Datenschutzrichtlinie von LinkedIn
# Die Bezeichnung im Fließtext, im Nominativ mit Artikel.
law-name-pipeda = der kanadische Personal Information Protection and Electronic Documents Act (PIPEDA)
law-name-qc-private = das Gesetz von Québec über den Schutz personenbezogener Daten im Privatsektor
    (CQLR c. P-39.1)
law-name-pdpo = die Hongkonger Personal Data (Privacy) Ordinance (PDPO)
law-name-ccpa = der California Consumer Privacy Act (CCPA)
law-name-dpdp = der indische Digital Personal Data Protection Act 2023 (DPDP Act)
law-name-us-generic = die Datenschutzrichtlinie von LinkedIn
law-name-generic = die Datenschutzrichtlinie von LinkedIn
cite-common-article = Art. { $number }
cite-common-article-paragraph = Art. { $number } Abs. { $paragraph }
cite-common-section = Section { $number }
cite-common-section-paragraph = Section { $number }({ $paragraph })
cite-common-principle = Anhang 1, Grundsatz { $number }
cite-common-dpp = Anhang 1, Datenschutzgrundsatz { $number }
cite-common-and = { $first } und { $second }
cite-common-law = { $law }, { $refs }
cite-us-section = § { $number }
cite-us-and = { $first } und { $second }
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] Ausspielung personalisierter Werbung auf der Grundlage meines Profils und meiner Aktivitäten sowie Weitergabe meiner Daten an Dritte zu Werbezwecken;
   *[non-member] Ausspielung personalisierter Werbung auf der Grundlage meiner personenbezogenen Daten sowie deren Weitergabe an Dritte zu Werbezwecken;
}
other-subject = { $family ->
    [consent] Widerruf meiner Einwilligung in die Verwendung meiner personenbezogenen Daten ({ $law })
    [optout] Opt-out: kein Verkauf und keine Weitergabe meiner personenbezogenen Daten ({ $law })
   *[generic] Aufforderung, meine personenbezogenen Daten nicht mehr für KI-Training und Werbung zu verwenden
}
other-intro-member = ich bin Mitglied bei LinkedIn; mein Konto ist unter der E-Mail-Adresse
    { $email } registriert. Ich wende mich wegen der Verwendung meiner personenbezogenen Daten an
    die { $controller }.
other-intro-non-member = ich habe kein LinkedIn-Konto. Andere Personen haben auf LinkedIn Inhalte veröffentlicht, die meine personenbezogenen Daten enthalten, insbesondere unter { $count ->
    [one] folgender Adresse:
   *[other] folgenden Adressen:
}
other-intro-non-member-after = Ich wende mich wegen der Verwendung dieser Daten an die
    { $controller }.
consent-no-objection = Da { $law } kein allgemeines Recht vorsieht, der Verwendung
    personenbezogener Daten zu widersprechen, mache ich das Recht geltend, das diesem am nächsten
    kommt: den Widerruf der Einwilligung ({ $cite }).
consent-withdrawal = Ich widerrufe jede ausdrückliche oder konkludente Einwilligung, auf die
    LinkedIn die Verwendung meiner personenbezogenen Daten zu folgenden Zwecken stützt:
consent-new-purpose = Das Training von KI-Modellen ist kein Zweck, zu dem ich LinkedIn meine Daten
    überlassen habe. Für einen solchen neuen Zweck bedarf es meiner Einwilligung ({ $cite }), die ich
    nicht erteile.
consent-in-force = Die Bestimmungen, die { $law } über die Einwilligung und ihren Widerruf trifft,
    sollen am { $date } in Kraft treten. Bis dahin bitte ich Sie, diesen Widerruf nach Maßgabe der
    Zusagen in Ihrer Datenschutzrichtlinie zu beachten.
optout-no-objection = Der California Consumer Privacy Act (CCPA) gewährt kein Recht, dem
    KI-Training als solchem zu widersprechen. Ich mache daher die Rechte geltend, die er einräumt,
    und verbinde dies mit einem weitergehenden Anliegen.
optout-sale = Gemäß { $cite } verlange ich, dass Sie meine personenbezogenen Daten weder verkaufen
    noch weitergeben („sell“ bzw. „share“), auch nicht an Microsoft oder andere verbundene
    Unternehmen zur Personalisierung der mir angezeigten Werbung.
optout-sensitive = Gemäß { $cite } verlange ich, dass Sie die Verwendung und Offenlegung meiner
    sensiblen personenbezogenen Daten auf das gesetzlich zulässige Maß beschränken.
optout-ai = Über diese Rechte hinaus betrifft mein Anliegen die Verwendung meiner personenbezogenen Daten zu folgenden Zwecken:
generic-basis = { $scope ->
    [us] Das US-Bundesrecht gewährt mir kein Recht, der Verwendung meiner personenbezogenen Daten zu widersprechen. Ich stütze mich auf die Wahlmöglichkeiten, die Sie selbst anbieten, und auf Ihre Datenschutzrichtlinie und bitte Sie, beides mir gegenüber uneingeschränkt anzuwenden.
   *[other] Ich stütze mich auf die Zusagen in Ihrer Datenschutzrichtlinie, nach der Mitglieder und Besucher bestimmen können, wie ihre Daten verwendet werden, sowie auf das Datenschutzrecht meines Landes, soweit es anwendbar ist.
}
generic-request = Mein Anliegen betrifft die Verwendung meiner personenbezogenen Daten zu folgenden
    Zwecken:
generic-us-state = Sollte ein Verbraucherdatenschutzgesetz meines Bundesstaates auf LinkedIn
    anwendbar sein, behandeln Sie dieses Schreiben bitte zugleich als Antrag nach diesem Gesetz.
generic-settings = Die Einstellungen „Daten zur Verbesserung generativer KI“ und „Data sharing“
    decken dieses Anliegen nur teilweise ab; bitte setzen Sie es vollständig um.
other-stop = Bitte verwenden Sie meine Daten nicht mehr zu den genannten Zwecken, schließen Sie sie
    von künftigen Trainingsdaten aus und teilen Sie mir mit, was mit bereits verwendeten Daten
    geschieht.
other-deadline-courtesy = Eine gesetzliche Antwortfrist besteht nicht. Ich bitte Sie gleichwohl,
    mir bis zum { $deadline } schriftlich zu bestätigen, dass Sie meinem Anliegen entsprochen haben.
optout-deadline = Bitte setzen Sie mein Opt-out so bald wie praktisch möglich um, spätestens
    jedoch bis zum { $deadline } (15 Geschäftstage nach den CCPA Regulations), und bestätigen Sie
    mir dies schriftlich.
other-form-field-request = Anliegen: { $family ->
    [consent] Widerruf der Einwilligung ({ $law })
    [optout] Opt-out, kein Verkauf und keine Weitergabe ({ $law })
   *[generic] keine weitere Verwendung meiner Daten für KI-Training und Werbung
}
other-form-guide-route = Dieses Formular beschreibt LinkedIn in seinen europäischen
    Datenschutzhinweisen. Wird es Ihnen nicht angeboten, senden Sie stattdessen das Schreiben
    (objection letter) oder nutzen Sie das Datenschutz-Kontaktformular von LinkedIn: { $url }
other-reminder-subject = Erinnerung: mein Schreiben vom { $date } ({ $law })
other-reminder-intro = am { $date } habe ich mich wegen der Verwendung meiner personenbezogenen
    Daten für das KI-Training und damit zusammenhängende Zwecke an Sie gewandt. Eine Kopie meines
    Schreibens füge ich bei.
other-reminder-overdue = Um Antwort hatte ich bis zum { $deadline } gebeten. Eine inhaltliche
    Antwort habe ich bis heute nicht erhalten.
other-reminder-request = Ich fordere Sie auf, meinem Anliegen nunmehr unverzüglich nachzukommen und
    mir dies bis zum { $deadline } schriftlich zu bestätigen.
other-reminder-next = Sollte ich bis dahin keine zufriedenstellende Antwort erhalten, werde ich
    Beschwerde bei der zuständigen Datenschutzbehörde – { $authority } – einlegen.
other-reminder-next-none = Sollte ich bis dahin keine zufriedenstellende Antwort erhalten, werde ich
    die mir sonst offenstehenden rechtlichen Schritte prüfen.
other-complaint-subject = Beschwerde gegen { $controller } ({ $law })
other-complaint-intro = hiermit erhebe ich Beschwerde gegen die { $controller }, { $address },
    wegen der Verwendung meiner personenbezogenen Daten. Maßgeblich ist { $law_name }.
other-complaint-sent = { $family ->
    [consent] Am { $date } habe ich meine Einwilligung in die Verwendung meiner personenbezogenen Daten für das KI-Training und damit zusammenhängende Zwecke widerrufen ({ $cite }).
   *[optout] Am { $date } habe ich LinkedIn untersagt, meine personenbezogenen Daten zu verkaufen oder weiterzugeben ({ $cite }), und zugleich verlangt, meine Daten nicht mehr zum Training von KI-Modellen zu verwenden.
} Mein Schreiben füge ich bei. Um Antwort hatte ich bis zum { $deadline } gebeten.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn hat mein Anliegen zurückgewiesen. Die Antwort von LinkedIn ist ebenfalls beigefügt.
    [incomplete] Die Antwort von LinkedIn setzt mein Anliegen nicht vollständig um; sie ist ebenfalls beigefügt.
   *[no-reply] Eine inhaltliche Antwort habe ich bis heute nicht erhalten.
}
other-complaint-assessment = { $family ->
    [consent] Nach meiner Auffassung verwendet LinkedIn meine Daten weiterhin ohne meine Einwilligung, und zwar zu einem neuen Zweck, für den es dieser Einwilligung bedarf ({ $cite }).
   *[optout] Nach meiner Auffassung hat LinkedIn mein Opt-out nicht innerhalb der Frist umgesetzt, die die CCPA Regulations vorsehen.
}
other-complaint-requests = Ich bitte Sie, meiner Beschwerde nachzugehen und mich über das Ergebnis
    zu unterrichten.
other-enclosure-letter = Schreiben vom { $date }
other-reasons = Zu meiner Situation füge ich Folgendes hinzu:
other-complaint-reminder-sent = Am { $date } habe ich LinkedIn erinnert und eine weitere Frist bis zum { $deadline } gesetzt.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = { $cite } verlangt Gründe, die sich aus Ihrer besonderen Situation ergeben; der Widerspruch ist ohne sie formuliert. Ergänzen Sie sie mit --reason "...", damit er sich schwerer zurückweisen lässt.
note-federal-authority = Mit DE allein geht die Beschwerde an die Bundesbehörde (BfDI), die Beschwerden über Unternehmen an die Aufsichtsbehörde des Landes weiterleitet. Für den direkten Weg geben Sie Ihr Bundesland an, zum Beispiel --country DE-BE (siehe `objection jurisdictions`).
warning-premature = LinkedIn hat bis zum { $deadline } Zeit zu antworten; { $document ->
    [reminder] eine Erinnerung
   *[complaint] eine Beschwerde
} wegen ausbleibender Antwort ist vorher verfrüht.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Anbei erhalten Sie mein Schreiben vom { $date } als PDF-Datei; der vollständige Text folgt unten.
email-cover-reminder = Anbei erhalten Sie meine Erinnerung vom { $date } als PDF-Datei; der vollständige Text folgt unten.
email-cover-complaint = Anbei erhalten Sie meine Beschwerde vom { $date } als PDF-Datei; der vollständige Text folgt unten.
email-receipt = Bitte bestätigen Sie mir den Eingang.
email-file-letter = Schreiben
email-file-reminder = Erinnerung
email-file-complaint = Beschwerde
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Der E-Mail ist nur die PDF-Datei angehängt. Hängen Sie vor dem Absenden auch die Anlagen an:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Dieser Assistent hilft Ihnen Schritt für Schritt, der Nutzung Ihrer Daten durch LinkedIn zu widersprechen. Gespeichert wird erst, wenn Sie am Ende zustimmen. Mit Esc oder Strg+C brechen Sie jederzeit ab.
wizard-language = Sprache
wizard-help-select = ↑↓ zum Bewegen, Eingabetaste zum Auswählen
wizard-help-multi = ↑↓ zum Bewegen, Leertaste zum An- und Abwählen, Eingabetaste zum Bestätigen
wizard-country = Wo wohnen Sie?
wizard-country-help = Tippen zum Suchen, Eingabetaste zum Auswählen. In Deutschland wählen Sie bitte Ihr Bundesland.
wizard-member = Haben Sie ein LinkedIn-Konto?
wizard-answer = { $answer ->
    [yes] Ja
   *[no] Nein
}
wizard-content-url = Webadresse { $number } eines LinkedIn-Inhalts über Sie
wizard-content-url-help = Kopieren Sie sie aus der Adresszeile Ihres Browsers (https://...). Leer lassen, wenn Sie fertig sind.
wizard-name = Ihr vollständiger Name
wizard-email = Ihre E-Mail-Adresse
wizard-email-help = Die Adresse Ihres LinkedIn-Kontos; ohne Konto die Adresse, unter der LinkedIn Ihnen antworten kann.
wizard-address = Ihre Postanschrift, Zeile { $number }
wizard-address-help = Zum Beispiel Straße und Hausnummer, dann Postleitzahl und Ort. Leer lassen, wenn Sie fertig sind.
wizard-place = Ihr Wohnort (für die Datumszeile des Briefs)
wizard-object-to = Wogegen widersprechen Sie?
wizard-purpose-ai-training = LinkedIn trainiert mit Ihren Daten KI, die Texte schreibt oder Bilder erzeugt
wizard-purpose-ai-other = Andere KI-Nutzung Ihrer Daten, etwa um Ihren Feed zu personalisieren oder Inhalte einzuordnen
wizard-purpose-ads-profiling = Werbung auf Grundlage eines Profils über Sie
wizard-purpose-affiliate-sharing = Weitergabe Ihrer Daten an Microsoft und andere verbundene Unternehmen für deren KI oder Werbung
wizard-reason = Warum ist Ihnen das persönlich wichtig? (freiwillig)
wizard-reason-help = Zum Beispiel: „Ich bin Journalistin und muss meine Quellen schützen.“ „Meine Beiträge sind meine berufliche Arbeit; KI-Kopien davon schaden meinem Einkommen.“ Eingabetaste zum Überspringen.
wizard-outputs = Welche Dokumente möchten Sie?
wizard-output = { $output ->
    [form] Den Text für das Online-Formular von LinkedIn
    [letter-pdf] Den Brief als PDF, zum Ausdrucken und Verschicken
   *[letter-text] Den Brief als Text
}
wizard-problem = { $problem ->
    [empty] Das darf nicht leer sein.
    [too-long] Das ist zu lang: { $length } Zeichen, höchstens { $limit }.
    [control] Bitte entfernen Sie das Steuerzeichen { $character }.
    [bidi] Bitte tippen Sie das ohne das Richtungszeichen { $character } neu: Es kann die Reihenfolge verändern, in der Text angezeigt wird.
    [email] Das ist keine E-Mail-Adresse. Beispiel: name@example.org
   *[url] Das ist keine Webadresse. Kopieren Sie sie aus Ihrem Browser, beginnend mit https://
}
wizard-preview = Vorschau Ihres Textes:
wizard-folder = Ordner für Ihre Dokumente
wizard-folder-exists = Diesen Ordner gibt es schon. Bitte wählen Sie einen neuen Namen.
wizard-confirm = Ihre Dokumente jetzt in den Ordner { $dir } schreiben?
wizard-next-form = Der Text für das Formular von LinkedIn steht in { $file }.
wizard-next-letter = Drucken Sie { $file } aus, unterschreiben Sie den Brief und schicken Sie ihn per Post an die Anschrift oben im Brief. Behalten Sie eine Kopie.
wizard-next-deadline = LinkedIn hat bis zum { $date } Zeit zu antworten.
wizard-next-reminder = Ist bis dahin keine richtige Antwort gekommen, schreiben Sie eine Erinnerung: { $command }
wizard-save-details = Ihre Angaben für das nächste Mal in { $file } speichern?
wizard-saved = Gespeichert. Beim nächsten Mal: { $command }
wizard-stopped = Abgebrochen. Es wurde nichts gespeichert.
