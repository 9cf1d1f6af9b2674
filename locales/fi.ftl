# Suomi. Defines exactly the same messages as en.ftl.
#
# Conventions: formal Finnish legal prose with the terms of the Finnish text of Regulation (EU)
# 2016/679 (yleinen tietosuoja-asetus): ”rekisterinpitäjä”, ”rekisteröity”, ”käsittelyn
# rajoittaminen”, ”oikeutetut edut”, ”suoramarkkinointi”, ”profilointi”, ”valvontaviranomainen”,
# ”johtava valvontaviranomainen”, ”tietosuojavastaava”, ”vastustaa käsittelyä”, ”huomattavan
# tärkeä ja perusteltu syy, joka syrjäyttää rekisteröidyn edut, oikeudet ja vapaudet”,
# ”oikeusvaateen laatiminen, esittäminen tai puolustaminen”, as the Office of the Data Protection
# Ombudsman (Tietosuojavaltuutetun toimisto) uses them: https://tietosuoja.fi/kun-et-halua-etta-tietojasi-kasitellaan
# Name of the GDPR: ”tietosuoja-asetus”; citation style law first, in the genitive, as in the
# Ombudsman's decisions (”yleisen tietosuoja-asetuksen 95 artiklan mukaan”,
# https://finlex.fi/fi/viranomaiset/tsv/2019/20190382; ”21 artiklan 2 kohdan mukaisen
# vastustamisoikeuden”, https://www.edilex.fi/tsv/20200629): ”tietosuoja-asetuksen 21 artiklan
# 1 kohdan”, ”… 2 ja 3 kohdan”, ”… 18 artiklan 1 kohdan d alakohdan”; British sections as
# pykälät (”DPA 2018 -lain 164A §:n”); Swiss act ”DSG:n 30 artiklan 2 kohdan b alakohdan”;
# common-law acts ”PDPO:n (Cap. 486) 2 §:n 3 momentin”, ”PIPEDA:n liitteen 1 periaatteen 4.3.8”.
# Case endings: every citation (and law-gdpr, law-*-name) is in the GENITIVE, and every sentence
# puts it in front of a postposition that governs the genitive (”nojalla”, ”mukaisesti”,
# ”mukainen”, ”mukaan”, ”tarkoittama”) or of a genitive attribute (”… säännöksiä”), never in a
# position that would need another case. US code citations (”Cal. Civ. Code § 1798.120”) stay
# in the nominative and stand only in parentheses.
# Dates: ”23. marraskuuta 2026” (month in the partitive); dateline without comma
# (”Helsinki 23. marraskuuta 2026”); in sentences dates stand as adverbials (”Vastustin
# 1. lokakuuta 2026 …”, ”viimeistään …”, ”päättyi …”, ”… päivätty”), which never inflect.
# Salutation ”Hyvä vastaanottaja” (no comma), text after it starts with a capital letter;
# closing ”Ystävällisin terveisin”. LinkedIn and the authority are addressed as ”te”.
# Page numbers in the Finnish document standard form ”1 (3)”. Quotation marks ”…”.
# Foreign company names are inflected with a generic noun: ”LinkedIn Ireland Unlimited Company
# -yhtiön”. The setting ”Data for Generative AI Improvement” keeps its English label (no Finnish
# label is verified). Laws outside the GDPR: no GDPR terms (”kieltää”, ”peruuttaa suostumus”
# instead of ”vastustaa”).

lang-name = Suomi

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = tietosuoja-asetuksen
law-uk-gdpr = UK GDPR:n
law-ch-fadp = DSG:n
law-dpa-2018 = DPA 2018 -lain

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# All in the genitive: ”tietosuoja-asetuksen 21 artiklan 1 kohdan”, ”… 21 artiklan 2 ja 3
# kohdan”, ”… 18 artiklan 1 kohdan d alakohdan”, ”UK GDPR:n 12 artiklan 3 kohdan ja 12A
# artiklan”, ”DPA 2018 -lain 164A §:n”.

cite-eu-article = { $number } artiklan
cite-eu-article-paragraph = { $number } artiklan { $paragraph } kohdan
cite-eu-article-paragraphs = { $number } artiklan { $paragraph } ja { $second } kohdan
cite-eu-article-paragraph-point = { $number } artiklan { $paragraph } kohdan { $point } alakohdan
cite-eu-section = { $number } §:n
cite-eu-section-paragraph = { $number } §:n { $paragraph } momentin
cite-eu-section-paragraphs = { $number } §:n { $paragraph } ja { $second } momentin
cite-eu-section-paragraph-point = { $number } §:n { $paragraph } momentin { $point } kohdan
cite-eu-and = { $first } ja { $second }
cite-eu-law = { $law } { $refs }
# ”DSG:n 30 artiklan 2 kohdan b alakohdan”, ”DSG:n 31 artiklan”.
cite-ch-article = { $number } artiklan
cite-ch-article-paragraph = { $number } artiklan { $paragraph } kohdan
cite-ch-article-paragraphs = { $number } artiklan { $paragraph } ja { $second } kohdan
cite-ch-article-paragraph-point = { $number } artiklan { $paragraph } kohdan { $point } alakohdan
cite-ch-section = { $number } §:n
cite-ch-section-paragraph = { $number } §:n { $paragraph } momentin
cite-ch-section-paragraphs = { $number } §:n { $paragraph } ja { $second } momentin
cite-ch-section-paragraph-point = { $number } §:n { $paragraph } momentin { $point } kohdan
cite-ch-and = { $first } ja { $second }
cite-ch-law = { $law } { $refs }

## Dates

month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta
date-long = { $day }. { $month } { $year }
# The dateline: place and date without a comma (”Helsinki 23. marraskuuta 2026”), or the date
# alone.
dateline-with-place = { $place } { $date }
# Same as English: the date alone
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Itävalta
jurisdiction-BE = Belgia
# Same as English: the country's name is spelt the same in Finnish
jurisdiction-BG = Bulgaria
jurisdiction-CA = Kanada
jurisdiction-CA-QC = Québec (Kanada)
jurisdiction-CH = Sveitsi
jurisdiction-CY = Kypros
jurisdiction-CZ = Tšekki
jurisdiction-DE = Saksa
jurisdiction-DE-BB = Brandenburg (Saksa)
jurisdiction-DE-BE = Berliini (Saksa)
jurisdiction-DE-BW = Baden-Württemberg (Saksa)
jurisdiction-DE-BY = Baijeri (Saksa)
jurisdiction-DE-HB = Bremen (Saksa)
jurisdiction-DE-HE = Hessen (Saksa)
jurisdiction-DE-HH = Hampuri (Saksa)
jurisdiction-DE-MV = Mecklenburg-Etu-Pommeri (Saksa)
jurisdiction-DE-NI = Ala-Saksi (Saksa)
jurisdiction-DE-NW = Nordrhein-Westfalen (Saksa)
jurisdiction-DE-RP = Rheinland-Pfalz (Saksa)
jurisdiction-DE-SH = Schleswig-Holstein (Saksa)
jurisdiction-DE-SL = Saarland (Saksa)
jurisdiction-DE-SN = Saksi (Saksa)
jurisdiction-DE-ST = Saksi-Anhalt (Saksa)
jurisdiction-DE-TH = Thüringen (Saksa)
jurisdiction-DK = Tanska
jurisdiction-EE = Viro
jurisdiction-ES = Espanja
jurisdiction-FI = Suomi
jurisdiction-FR = Ranska
jurisdiction-GB = Yhdistynyt kuningaskunta
jurisdiction-GR = Kreikka
jurisdiction-HK = Hongkong
jurisdiction-HR = Kroatia
jurisdiction-HU = Unkari
jurisdiction-IE = Irlanti
jurisdiction-IN = Intia
jurisdiction-IS = Islanti
jurisdiction-IT = Italia
# Same as English: proper name
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Liettua
jurisdiction-LU = Luxemburg
# Same as English: the country's name is spelt the same in Finnish
jurisdiction-LV = Latvia
# Same as English: proper name
jurisdiction-MT = Malta
jurisdiction-NL = Alankomaat
jurisdiction-NO = Norja
jurisdiction-OTHER = muu maa
jurisdiction-PL = Puola
jurisdiction-PT = Portugali
# Same as English: the country's name is spelt the same in Finnish
jurisdiction-RO = Romania
jurisdiction-SE = Ruotsi
# Same as English: the country's name is spelt the same in Finnish
jurisdiction-SI = Slovenia
# Same as English: the country's name is spelt the same in Finnish
jurisdiction-SK = Slovakia
jurisdiction-US = Yhdysvallat
jurisdiction-US-CA = Kalifornia (Yhdysvallat)

## Shared pieces of all documents

recipient-dpo = Tietosuojavastaavalle
# The footer of multi-page letters, in the Finnish document standard form ”2 (3)”.
page-number = { $page } ({ $total })
salutation = Hyvä vastaanottaja
closing = Ystävällisin terveisin
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Liite
   *[other] Liitteet
}
# The subject line as the letter shows it (some languages label it, like "Objet :").
# Same as English: Finnish letters show the subject line without a label
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] sisältöä tuottavien tekoälymallien (generatiivinen tekoäly) kouluttaminen, hienosäätö, arviointi ja parantaminen erityisesti profiilitietojeni ja LinkedInissä julkaisemani sisällön avulla;
   *[non-member] sisältöä tuottavien tekoälymallien (generatiivinen tekoäly) kouluttaminen, hienosäätö, arviointi ja parantaminen erityisesti sellaisen minua koskevan sisällön avulla, jota muut ovat julkaisseet LinkedInissä;
}
purpose-ai-other = tekoäly- ja koneoppimismallien kouluttaminen muihin tarkoituksiin, kuten
    palvelujenne yksilöllistämiseen, sisällön luokitteluun sekä tuotteidenne ja palvelujenne
    yleiseen kehittämiseen;
purpose-affiliate-sharing = henkilötietojeni luovuttaminen konserniyhtiöillenne, Microsoft mukaan
    lukien, jotta ne voivat kouluttaa omia tekoälymallejaan tai tarjota, kehittää tai parantaa
    mainospalvelujaan;
form-purpose-ai-training = { $account ->
    [member] sisältöä tuottavien generatiivisten tekoälymallien kouluttaminen profiilitiedoillani ja julkaisemallani sisällöllä;
   *[non-member] sisältöä tuottavien generatiivisten tekoälymallien kouluttaminen sisällöllä, jota muut ovat julkaisseet minusta;
}
form-purpose-ai-other = muiden tekoäly- ja koneoppimismallien kouluttaminen esimerkiksi
    yksilöllistämistä ja sisällön luokittelua varten;
form-purpose-affiliate-sharing = tietojeni luovuttaminen Microsoftin kaltaisille konserniyhtiöille
    niiden tekoälyn kouluttamista tai mainontaa varten;
form-purpose-ads = kohdennettu mainonta ja tietojeni luovuttaminen mainontatarkoituksiin;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Henkilötietojeni käsittelyn vastustaminen LinkedInissä
form-field-name = Nimi: { $name }
form-field-email = Sähköpostiosoite: { $email }
form-field-country = Asuinmaa: { $country }
form-field-member = LinkedIn-tili: { $account ->
    [member] kyllä, rekisteröity yllä olevaan sähköpostiosoitteeseen
   *[non-member] ei ole (en ole LinkedInin jäsen)
}
form-field-profile = Profiili: { $url }
form-field-content = Minua koskeva sisältö: { $url }
form-field-request = Pyyntö: käsittelyn vastustaminen { $cite } nojalla
form-objection = Vastustan { $cite } nojalla sellaista henkilötietojeni käsittelyä, jonka
    perustatte oikeutettuihin etuihin ({ $basis } mukaisesti), seuraavissa tarkoituksissa:
form-direct-marketing = Vastustan { $cite } nojalla henkilötietojeni käsittelyä
    suoramarkkinointia varten, siihen liittyvä profilointi mukaan lukien, erityisesti kohdennettua
    mainontaa varten.
form-grounds = Henkilökohtaiseen erityiseen tilanteeseeni liittyvät perusteet:
form-requests = Pyydän, että rajoitatte käsittelyä sinä aikana, kun arvioitte vastustustani
    ({ $restriction } mukaisesti). Pyydän lisäksi, että poistatte näihin tarkoituksiin kerätyt
    henkilötiedot ({ $erasure } mukaisesti) ja ilmoitatte tästä vastaanottajille, Microsoft mukaan
    lukien ({ $recipients } mukaisesti).
form-confirmation = Pyydän teitä vahvistamaan kirjallisesti viimeistään { $deadline }, että olette
    hyväksyneet vastustukseni.

## Guidance printed after the form text (on standard error)

form-guide-heading = Seuraavat vaiheet:
form-guide-open = Avaa LinkedInin lomake henkilötietojen käsittelyn vastustamiseen (Data
    Processing Objection): { $url }
form-guide-option = Valitse vaihtoehto, jolla vastustetaan tietojesi käsittelyä sisältöä
    tuottavien tekoälymallien kouluttamiseen (LinkedIn voi muotoilla sen toisin), kopioi
    kenttien arvot lomakkeen vastaaviin kenttiin ja liitä teksti vapaan tekstin kenttään.
form-guide-toggle = Asetus ”Data for Generative AI Improvement” ({ $url }) estää vain
    sisältöä tuottavien mallien tulevan kouluttamisen. Se ei kata tekoälyn muuta käyttöä eikä
    mainontaa, ja siksi itse vastustus on tärkeä.
form-guide-non-member = Ilman tiliä sinulla ei ole muutettavia asetuksia: käytettävissäsi on tämä
    lomake tai kirje LinkedInin tietosuojavastaavalle (objection letter).
form-guide-letter = Jotta vastustus tulee virallisesti kirjatuksi, lähetä myös kirje:
    objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Henkilötietojeni käsittelyn vastustaminen { $law } nojalla – LinkedIn-tili { $email }
   *[non-member] Henkilötietojeni käsittelyn vastustaminen { $law } nojalla – minulla ei ole LinkedIn-tiliä
}
letter-intro-member = Olen LinkedInin jäsen, ja tilini on rekisteröity sähköpostiosoitteeseen
    { $email }. Osoitan tämän kirjeen { $controller } -yhtiön tietosuojavastaavalle, sillä yhtiö on
    henkilötietojeni rekisterinpitäjä.
letter-intro-member-profile = Julkinen profiilini: { $url }
letter-intro-non-member = Minulla ei ole LinkedIn-tiliä. Muut ovat julkaisseet LinkedInissä sisältöä, joka sisältää henkilötietojani, erityisesti { $count ->
    [one] seuraavassa osoitteessa:
   *[other] seuraavissa osoitteissa:
}
letter-intro-non-member-after = Osoitan tämän kirjeen { $controller } -yhtiön tietosuojavastaavalle,
    sillä yhtiö on näiden henkilötietojen rekisterinpitäjä.
letter-heading-objection = Oikeutettuihin etuihin perustuvan käsittelyn vastustaminen
letter-objection = Vastustan { $cite } nojalla henkilökohtaiseen erityiseen tilanteeseeni
    liittyvillä perusteilla sellaista henkilötietojeni käsittelyä, jonka perustatte { $basis }
    mukaisiin oikeutettuihin etuihin, seuraavissa tarkoituksissa:
letter-objection-notice = { $account ->
    [member] Tietosuojaselosteenne mukaan olette 3. marraskuuta 2025 alkaen perustaneet sisältöä tuottavien tekoälymallien kouluttamisen jäsenten tiedoilla oikeutettuihin etuihin.
   *[non-member] Tietosuojaselosteenne mukaan olette 3. marraskuuta 2025 alkaen perustaneet oikeutettuihin etuihin sisältöä tuottavien tekoälymallien kouluttamisen jäsenten julkaisemalla sisällöllä, joka sisältää myös muiden henkilöiden, kuten minun, henkilötietoja.
}
letter-grounds-given = Henkilökohtaiseen erityiseen tilanteeseeni liittyvät perusteet ovat
    seuraavat:
letter-grounds-burden = Tämän vastustuksen jälkeen saatte jatkaa käsittelyä vain, jos osoitatte,
    että käsittelyyn on olemassa huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etuni,
    oikeuteni ja vapauteni, tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi
    tai puolustamiseksi. Todistustaakka tällaisista syistä on teillä.
letter-heading-direct-marketing = Suoramarkkinointia varten tehtävän profiloinnin vastustaminen
letter-direct-marketing = Vastustan { $cite } nojalla henkilötietojeni käsittelyä
    suoramarkkinointia varten, siihen liittyvä profilointi mukaan lukien, erityisesti kohdennettua
    mainontaa varten. Tämä vastustus ei edellytä perusteluja; sen vastaanottamisesta lähtien
    henkilötietojani ei saa enää käsitellä näihin tarkoituksiin.
letter-consent-withdrawal = Siltä osin kuin perustatte kohdennetun mainonnan suostumukseeni,
    peruutan suostumukseni { $cite } nojalla.
letter-heading-restriction = Käsittelyn rajoittaminen vastustuksen arvioinnin ajaksi
letter-restriction = Vaadin { $cite } nojalla, että rajoitatte henkilötietojeni käsittelyä edellä
    mainittuihin tarkoituksiin siihen asti, kunnes on todennettu, syrjäyttävätkö oikeutetut
    perusteenne minun perusteeni.
letter-heading-erasure = Poistaminen
letter-erasure = Vaadin { $cite } nojalla, että poistatte näihin tarkoituksiin keräämänne tai
    johtamanne henkilötiedot, myös koulutusaineistoissa olevat kopiot. Pyydän lisäksi teitä
    ilmoittamaan, onko tietojani jo käytetty mallien kouluttamiseen, ja jos on, mihin toimenpiteisiin olette
    ryhtyneet sen johdosta.
letter-heading-recipients = Vastaanottajat
letter-recipients = Pyydän { $cite } mukaisesti, että ilmoitatte käsittelyn rajoittamisesta ja
    tietojen poistamisesta jokaiselle vastaanottajalle, jolle olette luovuttaneet henkilötietojani
    näihin tarkoituksiin, mukaan lukien konserniyhtiönne, kuten Microsoft, ja kerrotte minulle,
    keitä nämä vastaanottajat ovat.
letter-heading-fadp = Sveitsin tietosuojalaki (DSG)
letter-fadp = Asun Sveitsissä. Tämä kirje on samalla { $personality } tarkoittama nimenomainen
    tahdonilmaisuni siitä, että henkilötietojani ei saa käsitellä edellä mainittuihin tarkoituksiin.
    Tämän tahdonilmaisun vastainen käsittely loukkaa persoonallisuuttani, ja tällainen loukkaus on
    lainvastainen, jollei se ole oikeutettu { $justification } nojalla. Siltä osin kuin tietoni ovat
    yleisesti saatavilla, kiellän nimenomaisesti niiden käsittelyn näihin tarkoituksiin
    ({ $public } mukaisesti). Pidätän oikeuden { $claims } mukaisiin vaatimuksiin.
letter-heading-confirmation = Vahvistus
letter-confirmation = Pyydän teitä { $cite } mukaisesti vahvistamaan kirjallisesti ilman
    aiheetonta viivytystä ja viimeistään { $deadline }, että olette hyväksyneet vastustukseni ja
    täyttäneet vaatimukseni. Jos katsotte voivanne jatkaa käsittelyä, pyydän teitä esittämään ne
    huomattavan tärkeät ja perustellut syyt, joihin vetoatte.
letter-toggle = Olen tietoinen asetuksesta ”Data for Generative AI Improvement”. Koska se kattaa
    vain sisältöä tuottavien mallien tulevan kouluttamisen, se ei korvaa tätä vastustusta.
letter-uk-complaint = Jos ette toimi tämän vastustuksen mukaisesti, pyydän teitä käsittelemään
    tämän kirjeen myös { $cite } mukaisena valituksena teille.
letter-reply-channel = Pyydän lähettämään vastauksenne sähköpostiosoitteeseen { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Ilmoitus { $cite } nojalla: { $controller }
   *[complaint] Valitus { $cite } nojalla: { $controller }
}
complaint-intro = Teen täten valituksen { $controller } -yhtiön ({ $address }) suorittamasta
    henkilötietojeni käsittelystä.
complaint-intro-report = Ilmoitan täten teille henkilötietojeni käsittelystä, jota { $controller }
    ({ $address }) suorittaa. Olen tietoinen siitä, että ilmoituksen tekijänä en ole asianosainen.
complaint-heading-facts = Tosiseikat
complaint-facts = { $account ->
    [member] Olen LinkedInin jäsen (tilin sähköpostiosoite: { $email }).
   *[non-member] Minulla ei ole LinkedIn-tiliä; muut ovat julkaisseet LinkedInissä minua koskevaa sisältöä, erityisesti { $count ->
        [one] seuraavassa osoitteessa:
       *[other] seuraavissa osoitteissa:
    }
}
complaint-objection-sent = Vastustin { $date } { $cite } nojalla henkilötietojeni käsittelyä ja
    vaadin käsittelyn rajoittamista, tietojen poistamista ja vastaanottajille ilmoittamista.
    Vastustukseni on liitteenä.
complaint-objection-sent-report = Vastustin { $date } nimenomaisesti henkilötietojeni käsittelyä
    tekoälyn kouluttamiseen ja siihen liittyviin tarkoituksiin. Vastustukseni on liitteenä.
complaint-deadline = Vastausaika päättyi { $cite } mukaisesti { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn on hylännyt vastustukseni osoittamatta huomattavan tärkeää ja perusteltua syytä, joka syrjäyttäisi etuni, oikeuteni ja vapauteni. LinkedInin vastaus on liitteenä.
    [incomplete] LinkedIn ei ole vastauksessaan hyväksynyt vastustustani kokonaisuudessaan. Vastaus on liitteenä.
   *[no-reply] En ole tähän mennessä saanut asiallista vastausta.
}
complaint-heading-assessment = Oikeudellinen arvio
complaint-assessment = LinkedIn perustaa jäsentensä profiilien ja heidän julkaisemansa sisällön käyttämisen
    sisältöä tuottavien tekoälymallien kouluttamiseen { $basis } mukaisiin oikeutettuihin etuihin;
    tämä koskee myös sisältöön sisältyviä muiden henkilöiden henkilötietoja. Vastustuksen jälkeen
    LinkedIn saa jatkaa käsittelyä vain, jos se osoittaa, että käsittelyyn on olemassa huomattavan
    tärkeä ja perusteltu syy, joka syrjäyttää vastustuksen tehneen henkilön edut, oikeudet ja
    vapaudet ({ $cite } mukaisesti). Näin ei ole tapahtunut, joten tietojeni jatkuva käsittely
    rikkoo käsitykseni mukaan { $law } säännöksiä.
complaint-assessment-report = Henkilötietojeni käsittely nimenomaisen tahdonilmaisuni vastaisesti
    on { $personality } tarkoittama persoonallisuuden loukkaus, ja tällainen loukkaus on
    lainvastainen, jollei se ole oikeutettu { $justification } nojalla. LinkedIn ei ole esittänyt
    tällaista oikeuttamisperustetta.
complaint-heading-requests = Vaatimukset
complaint-requests = Pyydän teitä tutkimaan valitukseni, ryhtymään tarvittaviin toimenpiteisiin,
    jotta LinkedIn hyväksyy vastustukseni, ja ilmoittamaan minulle valituksen käsittelyn
    etenemisestä ja lopputuloksesta.
complaint-requests-report = Pyydän teitä aloittamaan tutkinnan { $cite } nojalla ja ilmoittamaan
    minulle toimenpiteistänne ja niiden tuloksesta.
complaint-lead-authority = Irlannin tietosuojaviranomainen Data Protection Commission on
    { $controller } -yhtiön johtava valvontaviranomainen ({ $cite } mukaisesti). Teen tämän
    valituksen teille vakinaisen asuinpaikkani valvontaviranomaisena ja pyydän teitä käsittelemään
    sen yhteistyössä Data Protection Commissionin kanssa.
complaint-lead-authority-forward = Irlannin tietosuojaviranomainen Data Protection Commission on
    { $controller } -yhtiön johtava valvontaviranomainen ({ $cite } mukaisesti). Käsitykseni
    mukaan toimivaltanne ei ulotu tähän yhtiöön, joten pyydän teitä siirtämään valitukseni
    toimivaltaiselle valvontaviranomaiselle.
complaint-lead-authority-report = Euroopan unionissa { $controller } -yhtiötä valvoo sen johtavana
    valvontaviranomaisena Irlannin tietosuojaviranomainen Data Protection Commission.
complaint-uk-controller-first = Ennen kuin käännyin puoleenne, saatoin asian rekisterinpitäjän
    käsiteltäväksi: pyysin vastustuksessani LinkedIniä käsittelemään sen myös { $cite } mukaisena
    valituksena.
complaint-enclosure-objection = Vastustukseni, päivätty { $date }
complaint-enclosure-reply = LinkedInin vastaus
complaint-contact = Tavoitatte minut sähköpostiosoitteesta { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Muistutus: { $date } päivätty vastustukseni { $law } nojalla – LinkedIn-tili { $email }
   *[non-member] Muistutus: { $date } päivätty vastustukseni { $law } nojalla
}
reminder-intro = Vastustin { $date } { $cite } nojalla henkilötietojeni käsittelyä ja vaadin
    käsittelyn rajoittamista, tietojen poistamista ja vastaanottajille ilmoittamista. Jäljennös
    vastustuksestani on liitteenä.
reminder-overdue = Vastausaikanne päättyi { $cite } mukaisesti { $deadline }. En ole tähän mennessä
    saanut asiallista vastausta.
reminder-request = Vaadin, että hyväksytte vastustukseni ja täytätte vaatimukseni viipymättä ja
    vahvistatte tämän minulle kirjallisesti viimeistään { $deadline }.
reminder-next = { $route ->
    [report] Jos en saa tyydyttävää vastausta siihen mennessä, ilmoitan asiasta valvontaviranomaiselle ({ $authority }).
   *[complaint] Jos en saa tyydyttävää vastausta siihen mennessä, teen valituksen valvontaviranomaiselle ({ $authority }).
}
complaint-reminder-sent = Muistutin LinkedIniä { $date } vastustuksestani ja asetin uudeksi
    määräajaksi { $deadline }.
complaint-enclosure-reminder = Muistutukseni, päivätty { $date }

## Case status (objection status --case DIR)

status-reference = Tapaus { $reference }
status-empty = Tässä tapauksessa ei ole vielä vastustusta. Aloita se komennolla:
    objection letter --case { $dir }
status-sent = Vastustus lähetetty { $date }.
status-reminded = Muistutus lähetetty { $date }.
status-complained = Valitus kirjoitettu { $date }. Viranomainen ilmoittaa sinulle asian
    käsittelyn etenemisestä.
status-waiting = Odotetaan LinkedInin vastausta { $date } asti ({ $days ->
    [one] { $days } päivä
   *[other] { $days } päivää
} jäljellä).
status-overdue = Määräaika ylittynyt { $days ->
    [one] { $days } päivällä
   *[other] { $days } päivällä
}: se päättyi { $date }.
status-next-wait-reminder = Seuraavaksi: jos LinkedIn ei ole vastannut siihen mennessä, kirjoita
    muistutus: objection reminder --case { $dir }
status-next-wait-complaint = Seuraavaksi: jos LinkedIn ei ole vastannut siihen mennessä, kirjoita
    valitus: objection complaint --case { $dir }
status-next-reminder = Seuraavaksi: kirjoita muistutus: objection reminder --case { $dir }
status-next-complaint = Seuraavaksi: kirjoita valitus valvontaviranomaiselle:
    objection complaint --case { $dir }
calendar-summary = Määräaika LinkedInin vastaukselle vastustukseesi ({ $reference })
calendar-description = Jos LinkedIn ei ole vastannut tähän päivään mennessä, katso seuraava vaihe
    komennolla: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# No GDPR terms here (”vastustaa”, ”oikeutetut edut”, ”rekisterinpitäjä”). law-*, law-name-*
# and the common-law citations are in the genitive (”PIPEDA:n liitteen 1 periaatteen 4.3.8
# mukaisesti”); law-short-* are nominative names for subject lines; US code citations are
# nominative and stand in parentheses.

law-pipeda = PIPEDA:n
law-qc-private = Québecin yksityisen sektorin tietosuojalain (CQLR c. P-39.1)
law-pdpo = PDPO:n (Cap. 486)
# Same as English: the Californian code's citation name
law-ccpa = Cal. Civ. Code
law-dpdp = DPDP Act 2023 -lain
law-us-generic = LinkedInin tietosuojakäytännön
law-generic = LinkedInin tietosuojakäytännön
# Short names for subject lines.
# Same as English: the Canadian act's abbreviation
law-short-pipeda = PIPEDA
law-short-qc-private = Québecin yksityisen sektorin tietosuojalaki
# Same as English: the Hong Kong ordinance's abbreviation
law-short-pdpo = PDPO
# Same as English: the Californian act's abbreviation
law-short-ccpa = CCPA
# Same as English: the Indian act's short name
law-short-dpdp = DPDP Act 2023
law-short-us-generic = LinkedInin tietosuojakäytäntö
law-short-generic = LinkedInin tietosuojakäytäntö
# The name of the law in running text ("under the CCPA"), in the genitive.
law-name-pipeda = Kanadan Personal Information Protection and Electronic Documents Act -lain (PIPEDA)
law-name-qc-private = Québecin yksityisen sektorin henkilötietojen suojaa koskevan lain (CQLR c. P-39.1)
law-name-pdpo = Hongkongin Personal Data (Privacy) Ordinance -säädöksen (PDPO)
law-name-ccpa = Kalifornian California Consumer Privacy Act -lain (CCPA)
law-name-dpdp = Intian Digital Personal Data Protection Act 2023 -lain (DPDP Act)
law-name-us-generic = LinkedInin tietosuojakäytännön
law-name-generic = LinkedInin tietosuojakäytännön
cite-common-article = { $number } artiklan
cite-common-article-paragraph = { $number } artiklan { $paragraph } kohdan
cite-common-section = { $number } §:n
cite-common-section-paragraph = { $number } §:n { $paragraph } momentin
cite-common-principle = liitteen 1 periaatteen { $number }
cite-common-dpp = liitteen 1 tietosuojaperiaatteen { $number }
cite-common-and = { $first } ja { $second }
cite-common-law = { $law } { $refs }
# Same as English: the US section sign
cite-us-section = § { $number }
cite-us-and = { $first } ja { $second }
# Same as English: US codes are cited code first, then the section
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] profiiliini ja toimintaani perustuva kohdennettu mainonta sekä tietojeni luovuttaminen muille mainontatarkoituksiin;
   *[non-member] henkilötietoihini perustuva kohdennettu mainonta sekä tietojeni luovuttaminen muille mainontatarkoituksiin;
}
other-subject = { $family ->
    [consent] Suostumuksen peruuttaminen henkilötietojeni käyttöön ({ $law })
    [optout] Henkilötietojeni myynnin ja jakamisen kieltäminen ({ $law })
   *[generic] Pyyntö lopettaa henkilötietojeni käyttö tekoälyn kouluttamiseen ja mainontaan
}
other-intro-member = Olen LinkedInin jäsen, ja tilini on rekisteröity sähköpostiosoitteeseen
    { $email }. Käännyn { $controller } -yhtiön puoleen henkilötietojeni käyttöä koskevassa
    asiassa.
other-intro-non-member = Minulla ei ole LinkedIn-tiliä. Muut ovat julkaisseet LinkedInissä sisältöä, joka sisältää henkilötietojani, erityisesti { $count ->
    [one] seuraavassa osoitteessa:
   *[other] seuraavissa osoitteissa:
}
other-intro-non-member-after = Käännyn { $controller } -yhtiön puoleen näiden tietojen käyttöä
    koskevassa asiassa.
consent-no-objection = { $law } mukaan minulla ei ole yleistä oikeutta kieltää henkilötietojeni
    käyttöä. Käytän siksi lähintä oikeutta, jonka laki antaa, eli oikeutta peruuttaa suostumus
    ({ $cite } mukaisesti).
consent-withdrawal = Peruutan kaikki nimenomaiset tai hiljaiset suostumukset, joihin LinkedIn
    perustaa henkilötietojeni käytön seuraaviin tarkoituksiin:
consent-new-purpose = Tekoälymallien kouluttaminen ei ole tarkoitus, jota varten annoin tietoni
    LinkedInille. Niiden käyttäminen tällaiseen uuteen tarkoitukseen edellyttää suostumustani
    ({ $cite } mukaisesti), enkä anna sitä.
consent-in-force = { $law } suostumusta ja sen peruuttamista koskevien säännösten on määrä tulla
    voimaan { $date }. Siihen asti pyydän teitä noudattamaan tätä peruutusta LinkedInin
    tietosuojakäytännön sitoumusten mukaisesti.
optout-no-objection = CCPA ei anna oikeutta kieltää tekoälyn kouluttamista sinänsä. Käytän siksi
    niitä oikeuksia, jotka laki antaa, ja esitän lisäksi oman pyynnön.
optout-sale = Kiellän teitä myymästä tai jakamasta henkilötietojani (”sell” ja ”share”;
    { $cite }). Tämä koskee myös niiden luovuttamista Microsoftille tai muille konserniyhtiöille
    minulle näytettävän mainonnan kohdentamiseksi.
optout-sensitive = Vaadin, että rajoitatte arkaluonteisten henkilötietojeni käytön ja
    luovuttamisen siihen, mitä laki sallii ({ $cite }).
optout-ai = Näiden oikeuksien lisäksi pyydän teitä lopettamaan henkilötietojeni käytön seuraaviin
    tarkoituksiin:
generic-basis = { $scope ->
    [us] Mikään liittovaltion laki ei anna minulle oikeutta kieltää tätä käyttöä. Vetoan LinkedInin itse tarjoamiin valintamahdollisuuksiin ja sen tietosuojakäytäntöön ja pyydän teitä soveltamaan niitä minuun täysimääräisesti.
   *[other] Vetoan LinkedInin tietosuojakäytännön sitoumuksiin, joiden mukaan jäsenet ja vierailijat voivat itse päättää tietojensa käytöstä, sekä kotimaani tietosuojalainsäädäntöön siltä osin kuin sitä sovelletaan.
}
generic-request = Pyyntöni koskee henkilötietojeni käyttöä seuraaviin tarkoituksiin:
generic-us-state = Jos osavaltioni kuluttajien tietosuojaa koskeva laki soveltuu LinkedIniin,
    pyydän teitä käsittelemään tämän kirjeen myös kyseisen lain mukaisena pyyntönä.
generic-settings = LinkedInin asetukset ”Data for Generative AI Improvement” ja ”Data sharing”
    kattavat vain osan tästä pyynnöstä; pyydän teitä toteuttamaan sen kokonaisuudessaan.
other-stop = Pyydän teitä lopettamaan tietojeni käytön näihin tarkoituksiin, jättämään ne pois
    tulevista koulutusaineistoista ja kertomaan minulle, mitä jo käytetyille tiedoille tapahtuu.
other-deadline-courtesy = Vastauksellenne ei ole lakisääteistä määräaikaa. Pyydän teitä kuitenkin
    vahvistamaan kirjallisesti viimeistään { $deadline }, että olette toimineet tämän pyynnön
    mukaisesti.
optout-deadline = Pyydän teitä toteuttamaan kieltoni niin pian kuin se on käytännössä mahdollista
    ja viimeistään { $deadline } (15 työpäivää, CCPA:n nojalla annettujen määräysten mukainen
    määräaika tällaisille kielloille) sekä vahvistamaan tämän kirjallisesti.
other-form-field-request = Pyyntö: { $family ->
    [consent] suostumuksen peruuttaminen ({ $law })
    [optout] myynnin ja jakamisen kieltäminen ({ $law })
   *[generic] tietojeni käytön lopettaminen tekoälyn kouluttamiseen ja mainontaan
}
other-form-guide-route = Tämä lomake on kuvattu LinkedInin eurooppalaisessa tietosuojaselosteessa.
    Jos lomaketta ei tarjota sinulle, lähetä sen sijaan kirje (objection letter) tai käytä
    LinkedInin tietosuoja-asioiden yhteydenottolomaketta: { $url }
other-reminder-subject = Muistutus: { $date } päivätty kirjeeni ({ $law })
other-reminder-intro = Kirjoitin teille { $date } henkilötietojeni käytöstä tekoälyn
    kouluttamiseen ja siihen liittyviin tarkoituksiin. Jäljennös kirjeestäni on liitteenä.
other-reminder-overdue = Pyysin vastausta viimeistään { $deadline }. En ole tähän mennessä saanut
    asiallista vastausta.
other-reminder-request = Pyydän teitä toteuttamaan pyyntöni viipymättä ja vahvistamaan sen
    minulle kirjallisesti viimeistään { $deadline }.
other-reminder-next = Jos en saa tyydyttävää vastausta siihen mennessä, teen asiasta valituksen
    viranomaiselle ({ $authority }).
other-reminder-next-none = Jos en saa tyydyttävää vastausta siihen mennessä, harkitsen muita
    käytettävissäni olevia oikeuskeinoja.
other-complaint-subject = Valitus: { $controller } ({ $law })
other-complaint-intro = Teen täten valituksen { $controller } -yhtiön ({ $address }) menettelystä
    henkilötietojeni käytössä. Valitus perustuu { $law_name } säännöksiin.
other-complaint-sent = { $family ->
    [consent] Peruutin { $date } suostumukseni henkilötietojeni käyttöön tekoälyn kouluttamiseen ja siihen liittyviin tarkoituksiin ({ $cite } mukaisesti).
   *[optout] Kielsin { $date } LinkedIniä myymästä tai jakamasta henkilötietojani ({ $cite }) ja pyysin sitä lopettamaan tietojeni käytön tekoälymallien kouluttamiseen.
} Kirjeeni on liitteenä. Pyysin vastausta viimeistään { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn on hylännyt pyyntöni. Vastaus on liitteenä.
    [incomplete] LinkedIn ei ole vastauksessaan toteuttanut pyyntöäni kokonaisuudessaan. Vastaus on liitteenä.
   *[no-reply] En ole tähän mennessä saanut asiallista vastausta.
}
other-complaint-assessment = { $family ->
    [consent] Käsitykseni mukaan LinkedIn käyttää edelleen tietojani ilman suostumustani ja uuteen tarkoitukseen, joka edellyttää suostumusta ({ $cite } mukaisesti).
   *[optout] Käsitykseni mukaan LinkedIn ei ole toteuttanut kieltoani CCPA:n nojalla annettujen määräysten mukaisessa määräajassa.
}
other-complaint-requests = Pyydän teitä tutkimaan valitukseni ja ilmoittamaan minulle sen
    lopputuloksesta.
other-enclosure-letter = Kirjeeni, päivätty { $date }
other-reasons = Lisään tilanteestani seuraavaa:
other-complaint-reminder-sent = Lähetin LinkedInille { $date } muistutuksen ja asetin uudeksi
    määräajaksi { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Vastustaminen { $cite } nojalla edellyttää henkilökohtaiseen erityiseen tilanteeseesi liittyviä perusteita; vastustus on nyt esitetty ilman niitä. Lisää perusteet valitsimella --reason "...", niin vastustusta on vaikeampi hylätä.
note-federal-authority = Pelkkä DE ohjaa valituksen liittovaltion viranomaiselle (BfDI), joka siirtää yrityksiä koskevat valitukset osavaltion viranomaiselle. Jos haluat tehdä valituksen suoraan, ilmoita osavaltiosi, esimerkiksi --country DE-BE (katso `objection jurisdictions`).
warning-premature = LinkedInillä on { $deadline } asti aikaa vastata; { $document ->
    [reminder] muistutus
   *[complaint] valitus
} puuttuvasta vastauksesta on sitä ennen ennenaikainen.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Liitteenä lähetän { $date } päivätyn kirjeeni PDF-tiedostona. Sen koko teksti on alla.
email-cover-reminder = Liitteenä lähetän { $date } päivätyn muistutukseni PDF-tiedostona. Sen koko teksti on alla.
email-cover-complaint = Liitteenä lähetän { $date } päivätyn valitukseni PDF-tiedostona. Sen koko teksti on alla.
email-receipt = Pyydän vahvistamaan vastaanottamisen.
email-file-letter = kirje
email-file-reminder = muistutus
email-file-complaint = valitus
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Sähköpostiin on liitetty vain PDF-tiedosto. Liitä ennen lähettämistä myös liitteet:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Tämä avustaja auttaa sinua vaihe vaiheelta vastustamaan sitä, että LinkedIn käyttää tietojasi. Mitään ei tallenneta ennen kuin vahvistat lopussa. Voit lopettaa milloin tahansa painamalla Esc tai Ctrl+C.
wizard-language = Kieli
wizard-help-select = ↑↓ siirtyy, Enter valitsee
wizard-help-multi = ↑↓ siirtyy, välilyönti valitsee tai poistaa valinnan, Enter kun olet valmis
wizard-country = Missä asut?
wizard-country-help = Hae kirjoittamalla, valitse Enterillä. Saksassa valitse osavaltiosi.
wizard-member = Onko sinulla LinkedIn-tili?
wizard-answer = { $answer ->
    [yes] Kyllä
   *[no] Ei
}
wizard-content-url = LinkedInissä olevan sinua koskevan sisällön verkko-osoite { $number }
wizard-content-url-help = Kopioi se selaimen osoiteriviltä (https://...). Jätä tyhjäksi, kun olet valmis.
wizard-name = Koko nimesi
wizard-email = Sähköpostiosoitteesi
wizard-email-help = LinkedIn-tilisi osoite; jos sinulla ei ole tiliä, osoite, johon LinkedIn voi vastata.
wizard-address = Postiosoitteesi, rivi { $number }
wizard-address-help = Esimerkiksi katu ja talon numero, sitten postinumero ja paikkakunta. Jätä tyhjäksi, kun olet valmis.
wizard-place = Paikkakuntasi (kirjeen päiväysriville)
wizard-object-to = Mitä vastustat?
wizard-purpose-ai-training = Sitä, että LinkedIn kouluttaa tiedoillasi tekoälyä, joka kirjoittaa tekstejä tai luo kuvia
wizard-purpose-ai-other = Tietojesi muuta tekoälykäyttöä, esimerkiksi syötteesi personointia tai sisällön luokittelua
wizard-purpose-ads-profiling = Sinusta tehtyyn profiiliin perustuvaa mainontaa
wizard-purpose-affiliate-sharing = Tietojesi luovuttamista Microsoftille ja muille konserniyhtiöille niiden tekoälyä tai mainontaa varten
wizard-reason = Miksi tämä on sinulle henkilökohtaisesti tärkeää? (vapaaehtoinen)
wizard-reason-help = Esimerkiksi: ”Olen toimittaja ja minun on suojattava lähteeni.” ”Julkaisuni ovat työtäni; tekoälyn tekemät kopiot haittaavat toimeentuloani.” Ohita painamalla Enter.
wizard-outputs = Mitkä asiakirjat haluat?
wizard-output = { $output ->
    [form] Tekstin LinkedInin verkkolomakkeeseen
    [letter-pdf] Kirjeen PDF-tiedostona tulostettavaksi ja postitettavaksi
   *[letter-text] Kirjeen tekstinä
}
wizard-problem = { $problem ->
    [empty] Tämä ei voi olla tyhjä.
    [too-long] Tämä on liian pitkä: { $length } merkkiä, enintään { $limit }.
    [control] Poista ohjausmerkki { $character }.
    [bidi] Kirjoita tämä uudelleen ilman suuntamerkkiä { $character }: se voi muuttaa järjestystä, jossa teksti näytetään.
    [email] Tämä ei ole sähköpostiosoite. Esimerkki: name@example.org
   *[url] Tämä ei ole verkko-osoite. Kopioi se selaimesta; se alkaa https://
}
wizard-preview = Tekstisi esikatselu:
wizard-folder = Kansio asiakirjoillesi
wizard-folder-exists = Kansio on jo olemassa. Valitse uusi nimi.
wizard-confirm = Tallennetaanko asiakirjasi nyt kansioon { $dir }?
wizard-next-form = LinkedInin lomakkeen teksti on tiedostossa { $file }.
wizard-next-letter = Tulosta { $file }, allekirjoita kirje ja lähetä se postitse kirjeen yläosassa olevaan osoitteeseen. Säilytä kopio.
wizard-next-deadline = LinkedInin on vastattava viimeistään { $date }.
wizard-next-reminder = Jos kunnollista vastausta ei ole tullut siihen mennessä, kirjoita muistutus: { $command }
wizard-save-details = Tallennetaanko tietosi tiedostoon { $file } seuraavaa kertaa varten?
wizard-saved = Tallennettu. Seuraavalla kerralla: { $command }
wizard-stopped = Keskeytetty. Mitään ei tallennettu.
