# Български. Defines the same messages as en.ftl, in the same order.
#
# Conventions: formal Bulgarian legal prose, terminology of the official Bulgarian version of
# Regulation (EU) 2016/679 ("администратор", "субект на данните", "право на възражение",
# "легитимни интереси", "убедителни законови основания", "директен маркетинг",
# "профилиране", "ограничаване на обработването", "изтриване", "получатели", "съгласие",
# "надзорен орган", "водещ надзорен орган", "жалба"; "сигнал" for the Swiss report, as the
# Commission for Personal Data Protection (КЗЛД) distinguishes "жалба" and "сигнал").
# Name of the GDPR and citation style: the КЗЛД cites the Regulation by its number, not as
# "ОРЗД", with "§" for paragraphs and "б." for points, e.g. "на основание чл. 10, ал. 1 от
# Закона за защита на личните данни, чл. 57, § 1, б. „е“ от Регламент 2016/679" (decision
# ППН-01-169/2022 of 16.03.2023, https://cpdp.bg/решение-по-жалба-с-рег-№-ппн-01-169-02-03-2022-г/).
# The letters therefore write "чл. 21, § 1 от Регламент (ЕС) 2016/679",
# "чл. 6, § 1, б. „е“ от Регламент (ЕС) 2016/679", with the point letters of the Bulgarian
# text (a→а, b→б, c→в, d→г, e→д, f→е).
# Dates: "1 октомври 2026 г."; a sentence that ends with a date takes no second full stop.
# Salutation "Уважаеми госпожи и господа," followed by a capitalised first sentence; closing
# "С уважение,". Polite "Вие/Ви/Вас/Ваш" capitalised, as in Bulgarian official letters.
# Quotation marks „…“. The writer's gender never shows: aorist forms ("възразих", "поисках"),
# never "съм подал/подала"; "не е постъпил отговор" instead of "не съм получил".
# The setting "Data for Generative AI Improvement" keeps its English label (LinkedIn has no
# Bulgarian interface).

lang-name = Български

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = Регламент (ЕС) 2016/679
law-uk-gdpr = британския регламент UK GDPR
law-ch-fadp = швейцарския Федерален закон за защита на данните
law-dpa-2018 = британския Закон за защита на данните от 2018 г. (DPA 2018)

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = чл. { $number }
cite-eu-article-paragraph = чл. { $number }, § { $paragraph }
cite-eu-article-paragraphs = чл. { $number }, § { $paragraph } и { $second }
cite-eu-article-paragraph-point = чл. { $number }, § { $paragraph }, б. „{ $point ->
    [a] а
    [b] б
    [c] в
    [d] г
    [e] д
    [f] е
   *[other] { $point }
}“
cite-eu-section = раздел { $number }
cite-eu-section-paragraph = раздел { $number }({ $paragraph })
cite-eu-section-paragraphs = раздел { $number }({ $paragraph }) и ({ $second })
cite-eu-section-paragraph-point = раздел { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } и { $second }
cite-eu-law = { $refs } от { $law }
cite-ch-article = чл. { $number }
cite-ch-article-paragraph = чл. { $number }, ал. { $paragraph }
cite-ch-article-paragraphs = чл. { $number }, ал. { $paragraph } и { $second }
cite-ch-article-paragraph-point = чл. { $number }, ал. { $paragraph }, б. „{ $point ->
    [a] а
    [b] б
    [c] в
    [d] г
    [e] д
    [f] е
   *[other] { $point }
}“
cite-ch-section = раздел { $number }
cite-ch-section-paragraph = раздел { $number }({ $paragraph })
cite-ch-section-paragraphs = раздел { $number }({ $paragraph }) и ({ $second })
cite-ch-section-paragraph-point = раздел { $number }({ $paragraph })({ $point })
cite-ch-and = { $first } и { $second }
cite-ch-law = { $refs } от { $law }

## Dates

month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември
date-long = { $day } { $month } { $year } г.
# The dateline: place and date ("София, 1 октомври 2026 г."), or the date alone.
# Same as English: place, comma, date.
dateline-with-place = { $place }, { $date }
# Same as English: the date alone.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Австрия
jurisdiction-BE = Белгия
jurisdiction-BG = България
jurisdiction-CA = Канада
jurisdiction-CA-QC = Квебек (Канада)
jurisdiction-CH = Швейцария
jurisdiction-CY = Кипър
jurisdiction-CZ = Чехия
jurisdiction-DE = Германия
jurisdiction-DE-BB = Бранденбург (Германия)
jurisdiction-DE-BE = Берлин (Германия)
jurisdiction-DE-BW = Баден-Вюртемберг (Германия)
jurisdiction-DE-BY = Бавария (Германия)
jurisdiction-DE-HB = Бремен (Германия)
jurisdiction-DE-HE = Хесен (Германия)
jurisdiction-DE-HH = Хамбург (Германия)
jurisdiction-DE-MV = Мекленбург-Предна Померания (Германия)
jurisdiction-DE-NI = Долна Саксония (Германия)
jurisdiction-DE-NW = Северен Рейн-Вестфалия (Германия)
jurisdiction-DE-RP = Рейнланд-Пфалц (Германия)
jurisdiction-DE-SH = Шлезвиг-Холщайн (Германия)
jurisdiction-DE-SL = Саарланд (Германия)
jurisdiction-DE-SN = Саксония (Германия)
jurisdiction-DE-ST = Саксония-Анхалт (Германия)
jurisdiction-DE-TH = Тюрингия (Германия)
jurisdiction-DK = Дания
jurisdiction-EE = Естония
jurisdiction-ES = Испания
jurisdiction-FI = Финландия
jurisdiction-FR = Франция
jurisdiction-GB = Обединеното кралство
jurisdiction-GR = Гърция
jurisdiction-HK = Хонконг
jurisdiction-HR = Хърватия
jurisdiction-HU = Унгария
jurisdiction-IE = Ирландия
jurisdiction-IN = Индия
jurisdiction-IS = Исландия
jurisdiction-IT = Италия
jurisdiction-LI = Лихтенщайн
jurisdiction-LT = Литва
jurisdiction-LU = Люксембург
jurisdiction-LV = Латвия
jurisdiction-MT = Малта
jurisdiction-NL = Нидерландия
jurisdiction-NO = Норвегия
jurisdiction-OTHER = друга държава
jurisdiction-PL = Полша
jurisdiction-PT = Португалия
jurisdiction-RO = Румъния
jurisdiction-SE = Швеция
jurisdiction-SI = Словения
jurisdiction-SK = Словакия
jurisdiction-US = Съединени американски щати
jurisdiction-US-CA = Калифорния (Съединени американски щати)

## Shared pieces of all documents

recipient-dpo = На вниманието на длъжностното лице по защита на данните
# The footer of multi-page letters.
page-number = Страница { $page } от { $total }
salutation = Уважаеми госпожи и господа,
closing = С уважение,
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Приложение:
   *[other] Приложения:
}
# The subject line as the letter shows it: Bulgarian letters label it "Относно:".
subject-line = Относно: { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] обучение, фино настройване, оценка и подобряване на модели с изкуствен интелект, които генерират съдържание (генеративен изкуствен интелект), по-специално с данните от моя профил и с публикуваното от мен съдържание в LinkedIn;
   *[non-member] обучение, фино настройване, оценка и подобряване на модели с изкуствен интелект, които генерират съдържание (генеративен изкуствен интелект), по-специално със съдържание за мен, публикувано в LinkedIn от други лица;
}
purpose-ai-other = обучение на модели с изкуствен интелект и машинно обучение за други цели, като персонализиране на Вашите услуги, класифициране на съдържание и подобряване на Вашите продукти и услуги като цяло;
purpose-affiliate-sharing = разкриване на личните ми данни на Ваши свързани дружества, включително Microsoft, за да обучават собствени модели с изкуствен интелект или да предоставят, разработват или подобряват своите рекламни услуги;
form-purpose-ai-training = { $account ->
    [member] обучение на генеративни модели с изкуствен интелект, които създават съдържание, с данните от моя профил и с публикуваното от мен съдържание;
   *[non-member] обучение на генеративни модели с изкуствен интелект, които създават съдържание, със съдържание за мен, публикувано от други лица;
}
form-purpose-ai-other = обучение на други модели с изкуствен интелект и машинно обучение, например за персонализиране и класифициране на съдържание;
form-purpose-affiliate-sharing = разкриване на данните ми на свързани дружества като Microsoft за тяхното обучение на изкуствен интелект или за реклама;
form-purpose-ads = персонализирана реклама и разкриване на данните ми за рекламни цели;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Възражение срещу обработването на личните ми данни в LinkedIn
form-field-name = Име: { $name }
form-field-email = Адрес на електронна поща: { $email }
form-field-country = Държава на пребиваване: { $country }
form-field-member = Потребителски профил в LinkedIn: { $account ->
    [member] да, регистриран с посочения по-горе адрес на електронна поща
   *[non-member] няма (нямам профил в LinkedIn)
}
form-field-profile = Публичен профил: { $url }
form-field-content = Съдържание, което се отнася до мен: { $url }
form-field-request = Искане: възражение срещу обработването съгласно { $cite }
form-objection = На основание { $cite } възразявам срещу обработването на личните ми данни,
    което основавате на легитимни интереси ({ $basis }), за следните цели:
form-direct-marketing = На основание { $cite } възразявам срещу обработването на личните ми
    данни за целите на директния маркетинг, включително свързаното с него профилиране,
    по-специално за персонализирана реклама.
form-grounds = Основания, свързани с конкретната ми ситуация:
form-requests = Докато разглеждате възражението ми, моля да ограничите обработването
    ({ $restriction }). Моля също да изтриете събраните за тези цели лични данни ({ $erasure })
    и да уведомите съответно получателите, включително Microsoft ({ $recipients }).
form-confirmation = Моля да ми потвърдите писмено до { $deadline }, че сте изпълнили
    възражението ми.

## Guidance printed after the form text (on standard error)

form-guide-heading = Следващи стъпки:
form-guide-open = Отворете формуляра на LinkedIn за възражение срещу обработването на данни
    (Data Processing Objection): { $url }
form-guide-option = Изберете опцията за възражение срещу обработването на данните Ви за
    обучение на модели с изкуствен интелект, които генерират съдържание (LinkedIn може да я
    нарича по друг начин), пренесете посочените данни в съответните полета на формуляра и
    поставете текста в полето за свободен текст.
form-guide-toggle = Настройката „Data for Generative AI Improvement“ ({ $url }) спира само
    бъдещото обучение на модели, които генерират съдържание. Тя не обхваща други употреби на
    изкуствения интелект, нито рекламата, поради което самото възражение е от значение.
form-guide-non-member = Без профил нямате настройки, които да промените: Вашият път е този
    формуляр или писмо до длъжностното лице по защита на данните на LinkedIn (objection letter).
form-guide-letter = За да бъде възражението Ви документирано официално, изпратете и писмото:
    objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Възражение срещу обработването на личните ми данни съгласно { $law } – профил в LinkedIn { $email }
   *[non-member] Възражение срещу обработването на личните ми данни съгласно { $law } – лице без профил в LinkedIn
}
letter-intro-member = Имам профил в LinkedIn, регистриран с адрес на електронна поща
    { $email }. Обръщам се към Вас в качеството Ви на длъжностно лице по защита на данните на
    { $controller }, администратор на личните ми данни.
letter-intro-member-profile = Публичният ми профил: { $url }
letter-intro-non-member = Нямам профил в LinkedIn. Други лица са публикували в LinkedIn съдържание, което съдържа мои лични данни, по-специално { $count ->
    [one] на следния адрес:
   *[other] на следните адреси:
}
letter-intro-non-member-after = Обръщам се към Вас в качеството Ви на длъжностно лице по
    защита на данните на { $controller }, администратор на тези данни.
letter-heading-objection = Възражение срещу обработване, основано на легитимни интереси
letter-objection = На основание { $cite } и по съображения, свързани с конкретната ми ситуация,
    възразявам срещу обработването на личните ми данни, което основавате на легитимни интереси
    съгласно { $basis }, за следните цели:
letter-objection-notice = { $account ->
    [member] В уведомлението Ви за поверителност се посочва, че от 3 ноември 2025 г. се позовавате на легитимни интереси, за да обучавате с данните на членовете си модели с изкуствен интелект, които генерират съдържание.
   *[non-member] В уведомлението Ви за поверителност се посочва, че от 3 ноември 2025 г. се позовавате на легитимни интереси, за да обучавате с публикуваното от членовете Ви съдържание модели с изкуствен интелект, които генерират съдържание, макар това съдържание да съдържа и лични данни на други лица, включително моите.
}
letter-grounds-given = Основанията, свързани с конкретната ми ситуация, са следните:
letter-grounds-burden = След това възражение можете да продължите обработването само ако
    докажете убедителни законови основания за обработването, които имат предимство пред моите
    интереси, права и свободи, или ако обработването е необходимо за установяването,
    упражняването или защитата на правни претенции. Тежестта на доказване на такива основания
    носите Вие.
letter-heading-direct-marketing = Възражение срещу профилиране за целите на директния маркетинг
letter-direct-marketing = На основание { $cite } възразявам срещу обработването на личните ми
    данни за целите на директния маркетинг, включително свързаното с него профилиране,
    по-специално за персонализирана реклама. Това възражение не изисква обосновка; след
    получаването му данните ми не могат повече да бъдат обработвани за тези цели.
letter-consent-withdrawal = Доколкото за персонализираната реклама се позовавате на моето
    съгласие, оттеглям това съгласие на основание { $cite }.
letter-heading-restriction = Ограничаване на обработването до разглеждането на възражението ми
letter-restriction = На основание { $cite } искам да ограничите обработването на личните ми
    данни за посочените цели до извършването на проверка дали Вашите законови основания имат
    предимство пред моите.
letter-heading-erasure = Изтриване
letter-erasure = На основание { $cite } искам да изтриете личните данни, които сте събрали или
    извели за тези цели, включително копията им в наборите от данни за обучение. Моля също да
    ме уведомите дали данните ми вече са използвани за обучение на модели и, ако да, какви
    мерки предприемате във връзка с това.
letter-heading-recipients = Получатели
letter-recipients = На основание { $cite } Ви моля да уведомите за ограничаването и
    изтриването всеки получател, на когото сте разкрили личните ми данни за тези цели,
    включително Вашите свързани дружества като Microsoft, и да ме информирате кои са тези
    получатели.
letter-heading-fadp = Швейцарско право в областта на защитата на данните
letter-fadp = Живея в Швейцария. Настоящото писмо е и мое изрично волеизявление по смисъла на
    { $personality }, че личните ми данни не могат да бъдат обработвани за посочените цели.
    Обработването им в противоречие с това волеизявление накърнява личността ми, а такова
    накърняване е противоправно, освен ако не е оправдано съгласно { $justification }.
    Доколкото данните ми са общодостъпни, изрично забранявам обработването им за тези цели
    ({ $public }). Запазвам си правото на претенции по { $claims }.
letter-heading-confirmation = Потвърждение
letter-confirmation = Моля да ми потвърдите писмено, без ненужно забавяне и не по-късно от
    { $deadline }, че сте изпълнили възражението и исканията ми ({ $cite }). Ако считате, че
    можете да продължите обработването, моля да изложите убедителните законови основания, на
    които се позовавате.
letter-toggle = Известна ми е настройката „Data for Generative AI Improvement“. Тъй като тя
    обхваща само бъдещото обучение на модели, които генерират съдържание, тя не замества
    настоящото възражение.
letter-uk-complaint = Ако не изпълните това възражение, моля да считате настоящото писмо и за
    жалба до Вас по { $cite }.
letter-reply-channel = Моля да изпратите отговора си на адрес на електронна поща { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Сигнал по { $cite } относно { $controller }
   *[complaint] Жалба по { $cite } срещу { $controller }
}
complaint-intro = С настоящото подавам жалба срещу { $controller }, { $address }, във връзка с
    обработването на личните ми данни.
complaint-intro-report = С настоящото Ви подавам сигнал за обработването на личните ми данни
    от { $controller }, { $address }. Известно ми е, че като лице, подало сигнала, нямам
    качеството на страна в производството.
complaint-heading-facts = Фактическа обстановка
complaint-facts = { $account ->
    [member] Имам профил в LinkedIn (адрес на електронна поща на профила: { $email }).
   *[non-member] Нямам профил в LinkedIn; други лица са публикували в LinkedIn съдържание за мен, по-специално { $count ->
        [one] на следния адрес:
       *[other] на следните адреси:
    }
}
complaint-objection-sent = На { $date } възразих срещу обработването на личните ми данни на
    основание { $cite } и поисках ограничаване на обработването, изтриване на данните и
    уведомяване на получателите. Възражението ми е приложено.
complaint-objection-sent-report = На { $date } изрично възразих срещу обработването на личните
    ми данни за обучение на изкуствен интелект и свързани с него цели. Възражението ми е
    приложено.
# The date ends with "г.", which also ends the sentence.
complaint-deadline = Срокът за отговор по { $cite } изтече на { $deadline }
complaint-outcome = { $outcome ->
    [refused] LinkedIn отхвърли възражението ми, без да докаже убедителни законови основания, които имат предимство пред моите интереси, права и свободи. Отговорът на LinkedIn е приложен.
    [incomplete] Отговорът на LinkedIn не изпълнява изцяло възражението ми. Отговорът е приложен.
   *[no-reply] До днес не е постъпил отговор по същество.
}
complaint-heading-assessment = Правна преценка
complaint-assessment = LinkedIn се позовава на легитимни интереси съгласно { $basis }, за да използва профилите и публикуваното съдържание на членовете си, включително съдържащите се в него лични данни на други лица, за обучение на модели с изкуствен интелект, които генерират съдържание. След възражение LinkedIn може да продължи обработването само ако докаже убедителни законови основания, които имат предимство пред интересите, правата и свободите на възразилото лице ({ $cite }). LinkedIn не е доказал такива основания; поради това според мен продължаващото обработване на данните ми нарушава { $law }.
complaint-assessment-report = Обработването на личните ми данни в противоречие с изричното ми
    волеизявление накърнява личността ми по смисъла на { $personality }, а такова накърняване е
    противоправно, освен ако не е оправдано съгласно { $justification }. LinkedIn не е посочил
    такова оправдание.
complaint-heading-requests = Искания
complaint-requests = Моля да разгледате жалбата ми, да предприемете необходимите мерки, за да
    изпълни LinkedIn възражението ми, и да ме уведомявате за хода и резултата от разглеждането
    на жалбата.
complaint-requests-report = Моля да започнете проверка по { $cite } и да ме уведомите за
    предприетите от Вас действия и за резултата от тях.
complaint-lead-authority = Съгласно { $cite } водещ надзорен орган за { $controller } е
    ирландската Комисия за защита на данните (Data Protection Commission). Подавам настоящата
    жалба до Вас като надзорен орган по обичайното ми местопребиваване и Ви моля да я
    разгледате в сътрудничество с Комисията за защита на данните.
complaint-lead-authority-forward = Съгласно { $cite } водещ надзорен орган за { $controller } е
    ирландската Комисия за защита на данните (Data Protection Commission). Доколкото ми е
    известно, Вие не сте компетентни по отношение на това дружество; поради това Ви моля да
    препратите жалбата ми на компетентния надзорен орган.
complaint-lead-authority-report = В Европейския съюз надзорът над { $controller } се
    осъществява от ирландската Комисия за защита на данните (Data Protection Commission) като
    водещ надзорен орган.
complaint-uk-controller-first = Преди да се обърна към Вас, отнесох въпроса до администратора:
    във възражението си поисках от LinkedIn да го счита и за жалба по { $cite }.
complaint-enclosure-objection = Възражението ми от { $date }
complaint-enclosure-reply = Отговорът на LinkedIn
complaint-contact = Можете да се свържете с мен на адрес на електронна поща { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Напомняне във връзка с възражението ми от { $date } съгласно { $law } – профил в LinkedIn { $email }
   *[non-member] Напомняне във връзка с възражението ми от { $date } съгласно { $law }
}
reminder-intro = На { $date } възразих срещу обработването на личните ми данни на основание { $cite } и поисках ограничаване на обработването, изтриване на данните и уведомяване на получателите. Прилагам копие от възражението си.
reminder-overdue = Срокът за Вашия отговор по { $cite } изтече на { $deadline }, а до днес не е постъпил отговор по същество.
# The date ends with "г.", which also ends the sentence.
reminder-request = Настоятелно Ви призовавам да изпълните без повече забавяне възражението и исканията ми и да ми потвърдите това писмено до { $deadline }
reminder-next = { $route ->
    [report] Ако дотогава не получа задоволителен отговор, ще подам сигнал до компетентния орган: { $authority }.
   *[complaint] Ако дотогава не получа задоволителен отговор, ще подам жалба до надзорния орган: { $authority }.
}
# The date ends with "г.", which also ends the sentence.
complaint-reminder-sent = На { $date } напомних на LinkedIn за възражението си и определих допълнителен срок до { $deadline }
complaint-enclosure-reminder = Напомнянето ми от { $date }

## Case status (objection status --case DIR)

status-reference = Преписка { $reference }
status-empty = В тази преписка все още няма възражение. Започнете я с: objection letter --case { $dir }
status-sent = Възражението е изпратено на { $date }
status-reminded = Напомнянето е изпратено на { $date }
status-complained = Жалбата е изготвена на { $date }, а органът ще Ви уведоми как протича производството.
status-waiting = Очаква се отговор от LinkedIn до { $date } (още { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}).
status-overdue = Срокът е просрочен с { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}: той изтече на { $date }
status-next-wait-reminder = Следваща стъпка: ако LinkedIn не отговори дотогава, напишете напомняне: objection reminder --case { $dir }
status-next-wait-complaint = Следваща стъпка: ако LinkedIn не отговори дотогава, напишете жалбата: objection complaint --case { $dir }
status-next-reminder = Следваща стъпка: напишете напомняне: objection reminder --case { $dir }
status-next-complaint = Следваща стъпка: напишете жалбата до надзорния орган: objection complaint --case { $dir }
calendar-summary = Срок за отговор от LinkedIn на Вашето възражение ({ $reference })
calendar-description = Ако LinkedIn не е отговорил до днес, вижте следващата стъпка с: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# No "възражение", "легитимен интерес" or "администратор" here: "противопоставяне",
# "оттегляне на съгласие", "отказ" (opt-out), "лична информация", "дружество". Foreign laws keep
# their own names and citations ("PIPEDA, Приложение 1, принцип 4.3.8",
# "Cal. Civ. Code § 1798.120"). The law-name-* values carry the full definite article
# ("Законът", "Наредбата") because every sentence uses them as the subject.

# Same as English: the Canadian abbreviation.
law-pipeda = PIPEDA
law-qc-private = Закон за защита на личната информация в частния сектор на Квебек, CQLR c. P-39.1
# Same as English: the Hong Kong abbreviation and chapter number.
law-pdpo = PDPO (Cap. 486)
# Same as English: the official name of the Californian code.
law-ccpa = Cal. Civ. Code
# Same as English: the short title of the Indian act.
law-dpdp = DPDP Act 2023
law-us-generic = Политика за поверителност на LinkedIn
law-generic = Политика за поверителност на LinkedIn
# Short names for subject lines.
# Same as English: the Canadian abbreviation.
law-short-pipeda = PIPEDA
law-short-qc-private = Закон на Квебек за частния сектор
# Same as English: the Hong Kong abbreviation.
law-short-pdpo = PDPO
# Same as English: the Californian abbreviation.
law-short-ccpa = CCPA
# Same as English: the short title of the Indian act.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Политика за поверителност на LinkedIn
law-short-generic = Политика за поверителност на LinkedIn
# The name of the law in running text, as the subject of the sentence.
law-name-pipeda = Законът за защита на личната информация и електронните документи на Канада (PIPEDA)
law-name-qc-private = Законът за защита на личната информация в частния сектор на Квебек
law-name-pdpo = Наредбата за личните данни (неприкосновеност на личния живот) на Хонконг (PDPO)
law-name-ccpa = Законът за защита на личната информация на потребителите в Калифорния (CCPA)
law-name-dpdp = Законът за защита на цифровите лични данни на Индия от 2023 г. (DPDP Act 2023)
law-name-us-generic = Политиката за поверителност на LinkedIn
law-name-generic = Политиката за поверителност на LinkedIn
cite-common-article = чл. { $number }
cite-common-article-paragraph = чл. { $number }({ $paragraph })
cite-common-section = чл. { $number }
cite-common-section-paragraph = чл. { $number }({ $paragraph })
cite-common-principle = Приложение 1, принцип { $number }
cite-common-dpp = Приложение 1, принцип за защита на данните { $number }
cite-common-and = { $first } и { $second }
# Same as English: law, comma, provision.
cite-common-law = { $law }, { $refs }
# Same as English: the section sign of US codes.
cite-us-section = § { $number }
cite-us-and = { $first } и { $second }
# Same as English: code, then section.
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] персонализирана реклама въз основа на моя профил и моята активност и разкриване на информацията ми на други лица за рекламни цели;
   *[non-member] персонализирана реклама въз основа на личната ми информация и разкриването ѝ на други лица за рекламни цели;
}
other-subject = { $family ->
    [consent] Оттегляне на съгласие за използване на личната ми информация ({ $law })
    [optout] Искане за отказ от продажба и споделяне на личната ми информация ({ $law })
   *[generic] Искане за прекратяване на използването на личната ми информация за обучение на изкуствен интелект и за реклама
}
other-intro-member = Имам профил в LinkedIn, регистриран с адрес на електронна поща { $email }.
    Обръщам се към { $controller } във връзка с използването на личната ми информация.
other-intro-non-member = Нямам профил в LinkedIn. Други лица са публикували в LinkedIn съдържание, което съдържа моя лична информация, по-специално { $count ->
    [one] на следния адрес:
   *[other] на следните адреси:
}
other-intro-non-member-after = Обръщам се към { $controller } във връзка с използването на тази
    информация.
consent-no-objection = { $law } не предвижда общо право на противопоставяне срещу използването
    на лична информация. Поради това се позовавам на най-близкото предвидено право:
    оттеглянето на съгласието ({ $cite }).
consent-withdrawal = Оттеглям всяко изрично или мълчаливо съгласие, на което LinkedIn се
    позовава, за да използва личната ми информация за следните цели:
consent-new-purpose = Обучението на модели с изкуствен интелект не е цел, за която
    информацията ми е предоставена на LinkedIn. Използването ѝ за такава нова цел изисква моето
    съгласие ({ $cite }), което не давам.
consent-in-force = { $law } съдържа разпоредби относно съгласието и оттеглянето му, които
    следва да влязат в сила на { $date }, а дотогава Ви моля да зачитате това оттегляне
    съгласно ангажиментите в Политиката за поверителност на LinkedIn.
optout-no-objection = CCPA не предоставя право на противопоставяне срещу обучението на
    изкуствен интелект като такова. Поради това упражнявам правата, които законът предоставя, и
    добавям собствено искане.
optout-sale = На основание { $cite } Ви нареждам да не продавате и да не споделяте личната ми
    информация. Това включва разкриването ѝ на Microsoft или на други свързани дружества, за
    да персонализират рекламите, които ми показват.
optout-sensitive = На основание { $cite } Ви нареждам да ограничите използването и
    разкриването на чувствителната ми лична информация до допустимото от закона.
optout-ai = Освен упражняването на тези права, Ви моля да прекратите използването на личната ми информация за следните цели:
generic-basis = { $scope ->
    [us] Нито един федерален закон не ми дава право да се противопоставя на такова използване. Позовавам се на възможностите за избор, които LinkedIn сам предлага, и на Политиката му за поверителност и Ви моля да ги приложите изцяло по отношение на мен.
   *[other] Позовавам се на ангажиментите в Политиката за поверителност на LinkedIn, която позволява на членовете и посетителите да контролират как се използва информацията им, както и на всеки приложим закон за защита на данните в моята държава.
}
generic-request = Искането ми се отнася до използването на личната ми информация за следните
    цели:
generic-us-state = Ако за LinkedIn се прилага закон на моя щат за защита на личната
    информация на потребителите, моля да считате настоящото писмо и за искане по този закон.
generic-settings = Настройките на LinkedIn „Data for Generative AI Improvement“ и „Data
    sharing“ обхващат само част от това искане; моля да го изпълните изцяло.
other-stop = Моля да прекратите използването на информацията ми за тези цели, да я изключите
    от бъдещите данни за обучение и да ме уведомите какво се случва с вече използваната
    информация.
other-deadline-courtesy = За отговора Ви не се прилага законов срок. Въпреки това Ви моля да
    ми потвърдите писмено до { $deadline }, че сте изпълнили това искане.
optout-deadline = Моля да изпълните отказа ми във възможно най-кратък срок и не по-късно от
    { $deadline } (15 работни дни – срокът, който подзаконовите разпоредби към CCPA определят
    за искания за отказ), и да ми потвърдите това писмено.
other-form-field-request = Искане: { $family ->
    [consent] оттегляне на съгласие ({ $law })
    [optout] отказ от продажба и споделяне ({ $law })
   *[generic] прекратяване на използването на информацията ми за обучение на изкуствен интелект и за реклама
}
other-form-guide-route = Този формуляр е описан в европейското уведомление за поверителност на
    LinkedIn. Ако не Ви се предлага, изпратете вместо него писмото (objection letter) или
    използвайте формуляра за връзка на LinkedIn по въпроси на поверителността: { $url }
other-reminder-subject = Напомняне във връзка с писмото ми от { $date } ({ $law })
other-reminder-intro = На { $date } Ви писах във връзка с използването на личната ми информация
    за обучение на изкуствен интелект и свързани с него цели. Прилагам копие от писмото си.
other-reminder-overdue = Поисках отговор до { $deadline }, а до днес не е постъпил отговор по
    същество.
# The date ends with "г.", which also ends the sentence.
other-reminder-request = Настоятелно Ви призовавам да изпълните искането ми без повече
    забавяне и да ми потвърдите това писмено до { $deadline }
other-reminder-next = Ако дотогава не получа задоволителен отговор, ще подам жалба до
    компетентния орган: { $authority }.
other-reminder-next-none = Ако дотогава не получа задоволителен отговор, ще обмисля другите
    средства за защита, с които разполагам.
other-complaint-subject = Жалба срещу { $controller } ({ $law })
other-complaint-intro = С настоящото подавам жалба срещу { $controller }, { $address }, във
    връзка с използването на личната ми информация. Приложимият акт е { $law_name }.
other-complaint-sent = { $family ->
    [consent] На { $date } оттеглих съгласието си за използване на личната ми информация за обучение на изкуствен интелект и свързани с него цели ({ $cite }).
   *[optout] На { $date } наредих на LinkedIn да не продава и да не споделя личната ми информация ({ $cite }) и поисках да прекрати използването ѝ за обучение на модели с изкуствен интелект.
} Писмото ми е приложено. Поисках отговор до { $deadline }
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn отхвърли искането ми. Отговорът на LinkedIn е приложен.
    [incomplete] Отговорът на LinkedIn не изпълнява изцяло искането ми. Отговорът е приложен.
   *[no-reply] До днес не е постъпил отговор по същество.
}
other-complaint-assessment = { $family ->
    [consent] Според мен LinkedIn продължава да използва информацията ми без моето съгласие, и то за нова цел, която изисква такова съгласие ({ $cite }).
   *[optout] Според мен LinkedIn не е изпълнил отказа ми в срока, който допускат подзаконовите разпоредби към CCPA.
}
other-complaint-requests = Моля да разгледате жалбата ми и да ме уведомите за резултата.
other-enclosure-letter = Писмото ми от { $date }
other-reasons = По отношение на моята ситуация добавям следното:
# The date ends with "г.", which also ends the sentence.
other-complaint-reminder-sent = На { $date } изпратих напомняне до LinkedIn и определих допълнителен срок до { $deadline }

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = Възражението по { $cite } изисква съображения, свързани с конкретната Ви ситуация; в случая то е формулирано без тях. Добавете ги с --reason "...", за да бъде възражението по-трудно за отхвърляне.
note-federal-authority = Само с DE жалбата се адресира до федералния орган (BfDI), който препраща жалбите срещу дружества към органа на съответната федерална провинция. За да се обърнете пряко към органа на провинцията, посочете своята провинция, например --country DE-BE (вижте `objection jurisdictions`).
warning-premature = До { $deadline } LinkedIn има време да отговори; преди това { $document ->
    [reminder] напомняне поради липса на отговор е преждевременно
   *[complaint] жалба поради липса на отговор е преждевременна
}.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Приложено изпращам писмото си от { $date } във формат PDF. Пълният му текст е поместен по-долу.
email-cover-reminder = Приложено изпращам напомнянето си от { $date } във формат PDF. Пълният му текст е поместен по-долу.
email-cover-complaint = Приложено изпращам жалбата си от { $date } във формат PDF. Пълният ѝ текст е поместен по-долу.
email-receipt = Моля, потвърдете получаването.
email-file-letter = писмо
email-file-reminder = напомняне
email-file-complaint = жалба
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Към имейла е приложен само PDF файлът. Преди да го изпратите, добавете и посочените приложения:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Този помощник ви помага стъпка по стъпка да възразите срещу използването на данните ви от LinkedIn. Нищо не се записва, докато не потвърдите накрая. Натиснете Esc или Ctrl+C, за да спрете по всяко време.
wizard-language = Език
wizard-help-select = ↑↓ за придвижване, Enter за избор
wizard-help-multi = ↑↓ за придвижване, интервал за отметка или премахване, Enter за край
wizard-country = Къде живеете?
wizard-country-help = Пишете, за да търсите, Enter за избор. В Германия изберете своята федерална провинция.
wizard-member = Имате ли профил в LinkedIn?
wizard-answer = { $answer ->
    [yes] Да
   *[no] Не
}
wizard-content-url = Уеб адрес { $number } на съдържание за вас в LinkedIn
wizard-content-url-help = Копирайте го от адресната лента на браузъра (https://...). Оставете празно, когато приключите.
wizard-name = Вашите име и фамилия
wizard-email = Вашият имейл адрес
wizard-email-help = Адресът на профила ви в LinkedIn; ако нямате профил – адресът, на който LinkedIn може да ви отговори.
wizard-address = Вашият пощенски адрес, ред { $number }
wizard-address-help = Например улица и номер, после пощенски код и населено място. Оставете празно, когато приключите.
wizard-place = Вашето населено място (за датата на писмото)
wizard-object-to = Срещу какво възразявате?
wizard-purpose-ai-training = LinkedIn да обучава с данните ви изкуствен интелект, който пише текстове или създава изображения
wizard-purpose-ai-other = Друго използване на данните ви от изкуствен интелект, например за персонализиране на емисията или подреждане на съдържание
wizard-purpose-ads-profiling = Реклама въз основа на ваш профил
wizard-purpose-affiliate-sharing = Предаване на данните ви на Microsoft и други свързани дружества за техния изкуствен интелект или реклама
wizard-reason = Защо това е важно лично за вас? (по желание)
wizard-reason-help = Например: „Журналистка съм и трябва да защитавам източниците си.“ „Публикациите ми са моята работа; копия от изкуствен интелект вредят на доходите ми.“ Натиснете Enter, за да пропуснете.
wizard-outputs = Какви документи искате?
wizard-output = { $output ->
    [form] Текста за онлайн формуляра на LinkedIn
    [letter-pdf] Писмото като PDF – за печат и изпращане по пощата
   *[letter-text] Писмото като текст
}
wizard-problem = { $problem ->
    [empty] Това поле не може да е празно.
    [too-long] Твърде дълго: { $length } (най-много { $limit } знака).
    [control] Премахнете управляващия знак { $character }.
    [bidi] Въведете го отново без знака за посока { $character }: той може да промени реда, в който се показва текстът.
    [email] Това не е имейл адрес. Пример: name@example.org
   *[url] Това не е уеб адрес. Копирайте го от браузъра; започва с https://
}
wizard-preview = Преглед на текста ви:
wizard-folder = Папка за документите ви
wizard-folder-exists = Тази папка вече съществува. Изберете ново име.
wizard-confirm = Да запиша ли документите ви в папката { $dir } сега?
wizard-next-form = Текстът за формуляра на LinkedIn е във файла { $file }.
wizard-next-letter = Отпечатайте { $file }, подпишете писмото и го изпратете по пощата на адреса в горната му част. Запазете копие.
wizard-next-deadline = LinkedIn трябва да отговори до { $date }.
wizard-next-reminder = Ако дотогава няма истински отговор, напишете напомняне: { $command }
wizard-save-details = Да запиша ли данните ви във { $file } за следващия път?
wizard-saved = Записано. Следващия път: { $command }
wizard-stopped = Прекъснато. Нищо не е записано.
