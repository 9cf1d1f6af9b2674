# Español (España). Define exactamente los mismos mensajes que en.ftl.
#
# Convenciones: prosa jurídica de un abogado español especialista en protección de datos, con
# la terminología de la versión española oficial del RGPD (Reglamento (UE) 2016/679, EUR-Lex):
# «responsable del tratamiento», «interesado», «limitación del tratamiento», «intereses
# legítimos», «mercadotecnia directa», «elaboración de perfiles», «supresión», «autoridad de
# control (principal)», «motivos legítimos imperiosos», «formulación, ejercicio o defensa de
# reclamaciones», «presentar una reclamación».
# Abreviatura: RGPD (legal-facts.md la marca como verificada [V]).
# Citas: al estilo de la AEPD en sus resoluciones e informes jurídicos: «artículo 21.1 del
# RGPD», «artículo 6.1.f) del RGPD», «artículo 18.1.d) del RGPD», «artículo 21.2 y 3 del RGPD».
# No se pudo leer una página del propio sitio aepd.es con la herramienta de búsqueda; la forma
# «artículo 6.1.f) del RGPD» consta en el resumen del informe jurídico 2018-0173 de la AEPD
# (https://privtools.eu/informes/2018-0173) y es la forma más común en España. Las citas no
# llevan artículo: las frases las introducen con «de conformidad con el», «con arreglo al»,
# «previsto en el», de modo que siempre empiezan por «artículo». Las «sections» británicas se
# citan como «artículo» («artículo 164A del DPA 2018»). Derecho suizo (LPD): mismo estilo
# («artículo 30.2.b) de la LPD»). Leyes de fuera de la UE: «PIPEDA, anexo 1, principio
# 4.3.8», «PDPO (Cap. 486), artículo 2(3)», «Cal. Civ. Code § 1798.120».
# Fechas: «23 de noviembre de 2026» (mes en minúscula; «1 de diciembre», no «1.º»).
# Línea de fecha: «Madrid, 23 de noviembre de 2026».
# Saludo y despedida: «Muy señores míos:» (tras los dos puntos, el texto empieza en línea
# nueva con mayúscula) y «Atentamente,». Se trata a la empresa de «ustedes»; las indicaciones
# al usuario van de «usted».
# Comillas: latinas «…» (recomendación de la RAE). El ajuste de LinkedIn se cita con su nombre
# inglés, «Data for Generative AI Improvement», porque legal-facts.md no recoge su etiqueta
# española.
# Fuera del RGPD (Canadá, Quebec, Hong Kong, California, India): «información personal»,
# «retirada del consentimiento», «reclamación»; nunca «oposición» ni «intereses legítimos».
# Plurales (CLDR es): [one] solo para 1; «many» (millones) cae en *[other].
# El texto no depende del género del autor (nada de «interesado/a», «informado/a» referidos a
# quien escribe; «miembro», «denunciante» y «consciente» son invariables).

lang-name = Español

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = RGPD
# Same as English: nombre oficial de la ley británica.
law-uk-gdpr = UK GDPR
law-ch-fadp = LPD
# Same as English: abreviatura de la ley británica (Data Protection Act 2018).
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# «artículo 21.1 del RGPD»; «artículo 21.2 y 3 del RGPD»; «artículo 18.1.d) del RGPD»;
# «artículo 12.3 y el artículo 12A del UK GDPR»; «artículo 164A del DPA 2018».

cite-eu-article = artículo { $number }
cite-eu-article-paragraph = artículo { $number }.{ $paragraph }
cite-eu-article-paragraphs = artículo { $number }.{ $paragraph } y { $second }
cite-eu-article-paragraph-point = artículo { $number }.{ $paragraph }.{ $point })
cite-eu-section = artículo { $number }
cite-eu-section-paragraph = artículo { $number }({ $paragraph })
cite-eu-section-paragraphs = artículo { $number }({ $paragraph }) y ({ $second })
cite-eu-section-paragraph-point = artículo { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } y el { $second }
cite-eu-law = { $refs } del { $law }
# «artículo 30.2.b) de la LPD»; «artículo 31 de la LPD».
cite-ch-article = artículo { $number }
cite-ch-article-paragraph = artículo { $number }.{ $paragraph }
cite-ch-article-paragraphs = artículo { $number }.{ $paragraph } y { $second }
cite-ch-article-paragraph-point = artículo { $number }.{ $paragraph }.{ $point })
cite-ch-section = artículo { $number }
cite-ch-section-paragraph = artículo { $number }.{ $paragraph }
cite-ch-section-paragraphs = artículo { $number }.{ $paragraph } y { $second }
cite-ch-section-paragraph-point = artículo { $number }.{ $paragraph }.{ $point })
cite-ch-and = { $first } y el { $second }
cite-ch-law = { $refs } de la { $law }

## Dates

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-long = { $day } de { $month } de { $year }
# The dateline: place and date, or the date alone («Madrid, 23 de noviembre de 2026»).
# Same as English: lugar, coma y fecha, como en inglés.
dateline-with-place = { $place }, { $date }
# Same as English: solo la fecha.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

# Same as English: el nombre español coincide.
jurisdiction-AT = Austria
jurisdiction-BE = Bélgica
# Same as English: el nombre español coincide.
jurisdiction-BG = Bulgaria
jurisdiction-CA = Canadá
jurisdiction-CA-QC = Quebec (Canadá)
jurisdiction-CH = Suiza
jurisdiction-CY = Chipre
jurisdiction-CZ = Chequia
jurisdiction-DE = Alemania
jurisdiction-DE-BB = Brandeburgo (Alemania)
jurisdiction-DE-BE = Berlín (Alemania)
jurisdiction-DE-BW = Baden-Wurtemberg (Alemania)
jurisdiction-DE-BY = Baviera (Alemania)
jurisdiction-DE-HB = Bremen (Alemania)
jurisdiction-DE-HE = Hesse (Alemania)
jurisdiction-DE-HH = Hamburgo (Alemania)
jurisdiction-DE-MV = Mecklemburgo-Pomerania Occidental (Alemania)
jurisdiction-DE-NI = Baja Sajonia (Alemania)
jurisdiction-DE-NW = Renania del Norte-Westfalia (Alemania)
jurisdiction-DE-RP = Renania-Palatinado (Alemania)
jurisdiction-DE-SH = Schleswig-Holstein (Alemania)
jurisdiction-DE-SL = Sarre (Alemania)
jurisdiction-DE-SN = Sajonia (Alemania)
jurisdiction-DE-ST = Sajonia-Anhalt (Alemania)
jurisdiction-DE-TH = Turingia (Alemania)
jurisdiction-DK = Dinamarca
# Same as English: el nombre español coincide.
jurisdiction-EE = Estonia
jurisdiction-ES = España
jurisdiction-FI = Finlandia
jurisdiction-FR = Francia
jurisdiction-GB = Reino Unido
jurisdiction-GR = Grecia
# Same as English: nombre propio.
jurisdiction-HK = Hong Kong
jurisdiction-HR = Croacia
jurisdiction-HU = Hungría
jurisdiction-IE = Irlanda
# Same as English: el nombre español coincide.
jurisdiction-IN = India
jurisdiction-IS = Islandia
jurisdiction-IT = Italia
# Same as English: nombre propio.
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Lituania
jurisdiction-LU = Luxemburgo
jurisdiction-LV = Letonia
# Same as English: el nombre español coincide.
jurisdiction-MT = Malta
jurisdiction-NL = Países Bajos
jurisdiction-NO = Noruega
jurisdiction-OTHER = otro país
jurisdiction-PL = Polonia
# Same as English: el nombre español coincide.
jurisdiction-PT = Portugal
jurisdiction-RO = Rumanía
jurisdiction-SE = Suecia
jurisdiction-SI = Eslovenia
jurisdiction-SK = Eslovaquia
jurisdiction-US = Estados Unidos
jurisdiction-US-CA = California (Estados Unidos)

## Shared pieces of all documents

recipient-dpo = A la atención del delegado de protección de datos
# The footer of multi-page letters.
page-number = Página { $page } de { $total }
salutation = Muy señores míos:
closing = Atentamente,
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Documento adjunto:
   *[other] Documentos adjuntos:
}
# La línea de asunto lleva la etiqueta «Asunto:».
subject-line = Asunto: { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] el entrenamiento, el ajuste fino, la evaluación y la mejora de modelos de
        inteligencia artificial generadores de contenido (IA generativa), en particular con los
        datos de mi perfil y los contenidos que he publicado en LinkedIn;
   *[non-member] el entrenamiento, el ajuste fino, la evaluación y la mejora de modelos de
        inteligencia artificial generadores de contenido (IA generativa), en particular con
        contenidos sobre mí que otras personas han publicado en LinkedIn;
}
purpose-ai-other = el entrenamiento de modelos de inteligencia artificial y de aprendizaje
    automático para otros fines, como la personalización de sus servicios, la clasificación de
    contenidos y la mejora de sus productos y servicios en general;
purpose-affiliate-sharing = la comunicación de mis datos personales a las empresas de su grupo,
    incluida Microsoft, para que entrenen sus propios modelos de IA o para que presten,
    desarrollen o mejoren sus servicios de publicidad;
form-purpose-ai-training = { $account ->
    [member] el entrenamiento de modelos de IA generativa que crean contenido, con los datos de mi perfil y los contenidos que he publicado;
   *[non-member] el entrenamiento de modelos de IA generativa que crean contenido, con contenidos sobre mí que otras personas han publicado;
}
form-purpose-ai-other = el entrenamiento de otros modelos de IA y de aprendizaje automático, por ejemplo para la personalización y la clasificación de contenidos;
form-purpose-affiliate-sharing = la comunicación de mis datos a empresas de su grupo, como Microsoft, para su propio entrenamiento de IA o para publicidad;
form-purpose-ads = la publicidad personalizada y la comunicación de mis datos con fines publicitarios;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Oposición al tratamiento de mis datos personales en LinkedIn
form-field-name = Nombre: { $name }
form-field-email = Correo electrónico: { $email }
form-field-country = País de residencia: { $country }
form-field-member = Cuenta de LinkedIn: { $account ->
    [member] sí, asociada a la dirección de correo electrónico indicada
   *[non-member] ninguna (no soy miembro de LinkedIn)
}
form-field-profile = Perfil: { $url }
form-field-content = Contenido que me concierne: { $url }
form-field-request = Solicitud: oposición al tratamiento ({ $cite })
form-objection = De conformidad con el { $cite }, me opongo al tratamiento de mis datos
    personales que ustedes basan en intereses legítimos con arreglo al { $basis }, para los
    siguientes fines:
form-direct-marketing = De conformidad con el { $cite }, me opongo al tratamiento de mis datos
    personales con fines de mercadotecnia directa, incluida la elaboración de perfiles
    relacionada con ella, en particular para publicidad personalizada.
form-grounds = Motivos relacionados con mi situación particular:
form-requests = De conformidad con el { $restriction }, les ruego que limiten el tratamiento
    mientras examinan mi oposición. Les ruego asimismo que supriman los datos personales
    recogidos para estos fines, conforme al { $erasure }, y que informen de ello a los
    destinatarios, incluida Microsoft, conforme al { $recipients }.
form-confirmation = Les ruego que me confirmen por escrito, a más tardar el { $deadline }, que
    han atendido mi oposición.

## Guidance printed after the form text (on standard error)

form-guide-heading = Próximos pasos:
form-guide-open = Abra el formulario de oposición al tratamiento de datos de LinkedIn («Data
    Processing Objection»): { $url }
form-guide-option = Elija la opción para oponerse al tratamiento de sus datos para el
    entrenamiento de modelos de IA generadores de contenido (su nombre en LinkedIn puede
    variar), traslade los datos identificativos a los campos correspondientes del formulario y pegue
    el texto en el cuadro de texto libre.
form-guide-toggle = El ajuste «Data for Generative AI Improvement» ({ $url }) solo impide el
    entrenamiento futuro de modelos generadores de contenido. No abarca otros usos de la IA ni
    la publicidad; por eso importa la propia oposición.
form-guide-non-member = Sin cuenta no tiene ajustes que modificar: su vía es este formulario o
    un escrito dirigido al delegado de protección de datos de LinkedIn (objection letter).
form-guide-letter = Para dejar constancia formal, envíe también el escrito: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Oposición al tratamiento de mis datos personales ({ $law }) – cuenta de LinkedIn { $email }
   *[non-member] Oposición al tratamiento de mis datos personales ({ $law }) – persona sin cuenta en LinkedIn
}
letter-intro-member = Soy miembro de LinkedIn; mi cuenta está asociada a la dirección de correo
    electrónico { $email }. Me dirijo por la presente al delegado de protección de datos de
    { $controller }, responsable del tratamiento de mis datos personales.
letter-intro-member-profile = Mi perfil público: { $url }
letter-intro-non-member = No tengo cuenta en LinkedIn. Otras personas han publicado en LinkedIn
    contenidos que contienen datos personales míos, en particular { $count ->
        [one] en la siguiente dirección:
       *[other] en las siguientes direcciones:
    }
letter-intro-non-member-after = Me dirijo por la presente al delegado de protección de datos de
    { $controller }, responsable del tratamiento de estos datos.
letter-heading-objection = Oposición al tratamiento basado en intereses legítimos
letter-objection = De conformidad con el { $cite }, me opongo, por motivos relacionados con mi
    situación particular, al tratamiento de mis datos personales que ustedes basan en intereses
    legítimos con arreglo al { $basis }, para los siguientes fines:
letter-objection-notice = { $account ->
    [member] Según su política de privacidad, desde el 3 de noviembre de 2025 se basan ustedes
        en intereses legítimos para entrenar modelos de IA generadores de contenido con los
        datos de sus miembros.
   *[non-member] Según su política de privacidad, desde el 3 de noviembre de 2025 se basan
        ustedes en intereses legítimos para entrenar modelos de IA generadores de contenido con
        los contenidos que publican sus miembros, que contienen también datos personales de
        otras personas, como los míos.
}
letter-grounds-given = Los motivos relacionados con mi situación particular son los siguientes:
letter-grounds-burden = Tras esta oposición, solo podrán continuar el tratamiento si acreditan
    motivos legítimos imperiosos que prevalezcan sobre mis intereses, derechos y libertades, o
    si el tratamiento es necesario para la formulación, el ejercicio o la defensa de
    reclamaciones. La carga de acreditar tales motivos les corresponde a ustedes.
letter-heading-direct-marketing = Oposición a la elaboración de perfiles con fines de mercadotecnia directa
letter-direct-marketing = De conformidad con el { $cite }, me opongo al tratamiento de mis datos
    personales con fines de mercadotecnia directa, incluida la elaboración de perfiles
    relacionada con dicha mercadotecnia, en particular para publicidad personalizada. Esta
    oposición no requiere motivación; desde su recepción, mis datos no podrán seguir siendo
    tratados para estos fines.
letter-consent-withdrawal = En la medida en que se basen en mi consentimiento para la publicidad
    personalizada, retiro dicho consentimiento de conformidad con el { $cite }.
letter-heading-restriction = Limitación del tratamiento mientras se examina mi oposición
letter-restriction = De conformidad con el { $cite }, solicito la limitación del tratamiento de
    mis datos personales para los fines indicados mientras se verifica si sus motivos legítimos
    prevalecen sobre los míos.
letter-heading-erasure = Supresión
letter-erasure = De conformidad con el { $cite }, solicito la supresión de los datos personales
    que hayan recogido o inferido para estos fines, incluidas las copias que figuren en
    conjuntos de datos de entrenamiento. Les ruego asimismo que me indiquen si mis datos ya se
    han utilizado para entrenar modelos y, en caso afirmativo, qué medidas están adoptando al
    respecto.
letter-heading-recipients = Destinatarios
letter-recipients = De conformidad con el { $cite }, les ruego que notifiquen la limitación y la
    supresión a cada uno de los destinatarios a los que hayan comunicado mis datos personales
    para estos fines, incluidas las empresas de su grupo, como Microsoft, y que me informen
    acerca de dichos destinatarios.
letter-heading-fadp = Derecho suizo de protección de datos
letter-fadp = Resido en Suiza. El presente escrito constituye asimismo mi declaración expresa
    de voluntad, en el sentido del { $personality }, de que mis datos personales no sean
    tratados para los fines indicados. Tratarlos en contra de esta declaración vulnera mi
    personalidad, y tal vulneración es ilícita salvo que esté justificada conforme al
    { $justification }. En la medida en que mis datos sean accesibles a cualquier persona,
    prohíbo expresamente su tratamiento para estos fines, en el sentido del { $public }. Me
    reservo las acciones previstas en el { $claims }.
letter-heading-confirmation = Confirmación
letter-confirmation = De conformidad con el { $cite }, les ruego que me confirmen por escrito,
    sin dilación indebida y a más tardar el { $deadline }, que han atendido mi oposición y mis
    solicitudes. Si consideran que pueden continuar el tratamiento, les ruego que expongan los
    motivos legítimos imperiosos en los que se basan.
letter-toggle = Tengo conocimiento del ajuste «Data for Generative AI Improvement». Dado que solo
    abarca el entrenamiento futuro de modelos generadores de contenido, no sustituye a la
    presente oposición.
letter-uk-complaint = Si no atienden esta oposición, les ruego que consideren asimismo el
    presente escrito como una reclamación dirigida a ustedes con arreglo al { $cite }.
letter-reply-channel = Les ruego que dirijan su respuesta a la dirección de correo electrónico
    { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Denuncia con arreglo al { $cite } relativa a { $controller }
   *[complaint] Reclamación con arreglo al { $cite } contra { $controller }
}
complaint-intro = Por medio del presente escrito presento una reclamación contra
    { $controller }, { $address }, en relación con el tratamiento de mis datos personales.
complaint-intro-report = Por medio del presente escrito pongo en su conocimiento el tratamiento
    de mis datos personales por parte de { $controller }, { $address }. Soy consciente de que,
    como denunciante, no tengo la condición de parte.
complaint-heading-facts = Hechos
complaint-facts = { $account ->
    [member] Soy miembro de LinkedIn (dirección de correo electrónico de la cuenta: { $email }).
   *[non-member] No tengo cuenta en LinkedIn; otras personas han publicado en LinkedIn
        contenidos sobre mí, en particular { $count ->
            [one] en la siguiente dirección:
           *[other] en las siguientes direcciones:
        }
}
complaint-objection-sent = El { $date } me opuse al tratamiento de mis datos personales de
    conformidad con el { $cite } y solicité la limitación del tratamiento, la supresión de los
    datos y la comunicación de ambas a los destinatarios. Se adjunta mi escrito de oposición.
complaint-objection-sent-report = El { $date } me opuse expresamente al tratamiento de mis datos
    personales para el entrenamiento de IA y fines conexos. Se adjunta mi escrito de oposición.
complaint-deadline = El plazo de respuesta previsto en el { $cite } venció el { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn ha desestimado mi oposición sin acreditar motivos legítimos imperiosos
        que prevalezcan sobre mis intereses, derechos y libertades. Se adjunta su respuesta.
    [incomplete] La respuesta de LinkedIn no atiende plenamente mi oposición. Se adjunta su
        respuesta.
   *[no-reply] Hasta la fecha no he recibido ninguna respuesta sobre el fondo.
}
complaint-heading-assessment = Valoración jurídica
complaint-assessment = LinkedIn se basa en intereses legítimos con arreglo al { $basis } para
    utilizar los perfiles de sus miembros y los contenidos que estos publican, incluidos los
    datos personales de otras personas que dichos contenidos contienen, con el fin de entrenar
    modelos de IA generadores de contenido. De conformidad con el { $cite }, tras una oposición
    solo puede continuar el tratamiento si acredita motivos legítimos imperiosos que prevalezcan
    sobre los intereses, los derechos y las libertades de quien se opone. No lo ha hecho; a mi
    juicio, la continuación del tratamiento de mis datos infringe, por tanto, el { $law }.
complaint-assessment-report = El tratamiento de mis datos personales en contra de mi declaración
    expresa de voluntad vulnera mi personalidad en el sentido del { $personality }, y tal
    vulneración es ilícita salvo que esté justificada conforme al { $justification }. LinkedIn
    no ha acreditado ninguna justificación de este tipo.
complaint-heading-requests = Solicitudes
complaint-requests = Solicito que investiguen mi reclamación, que adopten las medidas necesarias
    para que LinkedIn atienda mi oposición y que me informen del curso y del resultado de la
    reclamación.
complaint-requests-report = Solicito que abran una investigación con arreglo al { $cite } y que
    me informen de las medidas que adopten y de su resultado.
complaint-lead-authority = De conformidad con el { $cite }, la autoridad irlandesa de protección
    de datos (Data Protection Commission) es la autoridad de control principal para
    { $controller }. Presento esta reclamación ante ustedes como autoridad de control del lugar
    de mi residencia habitual y les ruego que la tramiten en cooperación con la Data Protection
    Commission.
complaint-lead-authority-forward = De conformidad con el { $cite }, la autoridad irlandesa de
    protección de datos (Data Protection Commission) es la autoridad de control principal para
    { $controller }. A mi entender, ustedes no son competentes respecto de esta empresa; por
    ello, les ruego que trasladen mi reclamación a la autoridad de control competente.
complaint-lead-authority-report = En la Unión Europea, { $controller } está sujeta a la
    supervisión de la autoridad irlandesa de protección de datos (Data Protection Commission),
    en su condición de autoridad de control principal.
complaint-uk-controller-first = Antes de dirigirme a ustedes, planteé la cuestión al responsable
    del tratamiento: en mi escrito de oposición pedí a LinkedIn que lo considerara también una
    reclamación con arreglo al { $cite }.
complaint-enclosure-objection = Mi escrito de oposición de fecha { $date }
complaint-enclosure-reply = Respuesta de LinkedIn
complaint-contact = Pueden ponerse en contacto conmigo en la dirección { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Recordatorio sobre mi oposición de fecha { $date } ({ $law }) – cuenta de LinkedIn { $email }
   *[non-member] Recordatorio sobre mi oposición de fecha { $date } ({ $law })
}
reminder-intro = El { $date } me opuse al tratamiento de mis datos personales de conformidad con
    el { $cite } y solicité la limitación del tratamiento, la supresión de los datos y la
    comunicación de ambas a los destinatarios. Se adjunta copia de mi escrito de oposición.
reminder-overdue = El plazo de respuesta previsto en el { $cite } venció el { $deadline }. Hasta
    la fecha no he recibido ninguna respuesta sobre el fondo.
reminder-request = Les requiero para que atiendan sin más demora mi oposición y mis solicitudes
    y me lo confirmen por escrito a más tardar el { $deadline }.
reminder-next = { $route ->
    [report] Si para entonces no recibo una respuesta satisfactoria, denunciaré los hechos ante
        la autoridad competente: { $authority }.
   *[complaint] Si para entonces no recibo una respuesta satisfactoria, presentaré una
        reclamación ante la autoridad de control: { $authority }.
}
complaint-reminder-sent = El { $date } recordé a LinkedIn mi oposición y le concedí un nuevo
    plazo hasta el { $deadline }.
complaint-enclosure-reminder = Mi recordatorio de fecha { $date }

## Case status (objection status --case DIR)

status-reference = Expediente { $reference }
status-empty = Este expediente aún no contiene ninguna oposición. Para iniciarlo: objection letter --case { $dir }
status-sent = Oposición enviada el { $date }.
status-reminded = Recordatorio enviado el { $date }.
status-complained = Reclamación redactada el { $date }. La autoridad le informará sobre la tramitación.
status-waiting = A la espera de la respuesta de LinkedIn hasta el { $date } ({ $days ->
    [one] queda 1 día
   *[other] quedan { $days } días
}).
status-overdue = Plazo vencido hace { $days ->
    [one] { $days } día
   *[other] { $days } días
}: la fecha límite era el { $date }.
status-next-wait-reminder = Siguiente paso: si LinkedIn no ha respondido para entonces, redacte un recordatorio: objection reminder --case { $dir }
status-next-wait-complaint = Siguiente paso: si LinkedIn no ha respondido para entonces, redacte la reclamación: objection complaint --case { $dir }
status-next-reminder = Siguiente paso: redacte un recordatorio: objection reminder --case { $dir }
status-next-complaint = Siguiente paso: redacte la reclamación ante la autoridad: objection complaint --case { $dir }
calendar-summary = Plazo de respuesta de LinkedIn a su oposición ({ $reference })
calendar-description = Si LinkedIn no ha respondido a fecha de hoy, consulte qué hacer a continuación: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Vocabulario: «información personal», «retirada del consentimiento», «reclamación»; los
# nombres largos de leyes extranjeras se traducen de forma descriptiva, en minúscula, con la
# abreviatura original (salvo la CCPA, que tiene nombre español oficial de California).

# Same as English: abreviatura oficial de la ley canadiense.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: abreviatura y capítulo oficiales de la ley de Hong Kong.
law-pdpo = PDPO (Cap. 486)
# Same as English: nombre oficial del código californiano en las citas.
law-ccpa = Cal. Civ. Code
# Same as English: nombre oficial de la ley india.
law-dpdp = DPDP Act 2023
law-us-generic = Política de privacidad de LinkedIn
law-generic = Política de privacidad de LinkedIn
# Short names for subject lines.
# Same as English: abreviatura oficial.
law-short-pipeda = PIPEDA
law-short-qc-private = Ley de Quebec sobre el sector privado
# Same as English: abreviatura oficial.
law-short-pdpo = PDPO
# Same as English: abreviatura oficial.
law-short-ccpa = CCPA
# Same as English: nombre oficial de la ley india.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Política de privacidad de LinkedIn
law-short-generic = Política de privacidad de LinkedIn
# The name of the law in running text ("under the CCPA"), with its article («la ...»).
law-name-pipeda = la ley canadiense de protección de la información personal y los documentos electrónicos (PIPEDA)
law-name-qc-private = la ley de Quebec sobre la protección de la información personal en el sector privado
law-name-pdpo = la ordenanza de Hong Kong sobre datos personales y privacidad (PDPO)
law-name-ccpa = la Ley de Privacidad del Consumidor de California (CCPA)
law-name-dpdp = la ley india de protección de datos personales digitales de 2023 (DPDP Act)
law-name-us-generic = la Política de privacidad de LinkedIn
law-name-generic = la Política de privacidad de LinkedIn
cite-common-article = artículo { $number }
cite-common-article-paragraph = artículo { $number }({ $paragraph })
cite-common-section = artículo { $number }
cite-common-section-paragraph = artículo { $number }({ $paragraph })
cite-common-principle = anexo 1, principio { $number }
cite-common-dpp = anexo 1, principio de protección de datos { $number }
cite-common-and = { $first } y { $second }
# Same as English: la ley primero, luego la disposición («PIPEDA, anexo 1, principio 4.3.8»).
cite-common-law = { $law }, { $refs }
# Same as English: el signo de párrafo del código californiano.
cite-us-section = § { $number }
cite-us-and = { $first } y { $second }
# Same as English: «Cal. Civ. Code § 1798.120».
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] la publicidad personalizada basada en mi perfil y mi actividad, y la comunicación de mi información a terceros con fines publicitarios;
   *[non-member] la publicidad personalizada basada en mi información personal, y su comunicación a terceros con fines publicitarios;
}
other-subject = { $family ->
    [consent] Retirada del consentimiento al uso de mi información personal ({ $law })
    [optout] Solicitud de que no se venda ni se comparta mi información personal ({ $law })
   *[generic] Solicitud de que se deje de utilizar mi información personal para el
        entrenamiento de IA y con fines publicitarios
}
other-intro-member = Soy miembro de LinkedIn; mi cuenta está asociada a la dirección de correo
    electrónico { $email }. Me dirijo a { $controller } en relación con el uso de mi información
    personal.
other-intro-non-member = No tengo cuenta en LinkedIn. Otras personas han publicado en LinkedIn
    contenidos que contienen información personal mía, en particular { $count ->
        [one] en la siguiente dirección:
       *[other] en las siguientes direcciones:
    }
other-intro-non-member-after = Me dirijo a { $controller } en relación con el uso de esta
    información.
consent-no-objection = Dado que { $law } no reconoce un derecho general a oponerse al uso de la
    información personal, me acojo al derecho más próximo que sí reconoce: la retirada del
    consentimiento ({ $cite }).
consent-withdrawal = Retiro cualquier consentimiento, expreso o tácito, en el que LinkedIn se
    base para utilizar mi información personal para los siguientes fines:
consent-new-purpose = El entrenamiento de modelos de inteligencia artificial no es un fin para
    el que haya facilitado mi información a LinkedIn. Utilizarla para un fin nuevo de este tipo
    requiere mi consentimiento ({ $cite }), que no otorgo.
consent-in-force = Está previsto que las disposiciones de { $law } relativas al consentimiento
    y a su retirada entren en vigor el { $date }. Hasta entonces, les ruego que respeten esta
    retirada conforme a los compromisos asumidos en la Política de privacidad de LinkedIn.
optout-no-objection = La CCPA no reconoce ningún derecho a oponerse al entrenamiento de IA como
    tal. Por ello, ejerzo los derechos que sí reconoce y añado una solicitud propia.
optout-sale = Les requiero para que no vendan ni compartan mi información personal ({ $cite }). Ello
    incluye comunicarla a Microsoft o a otras empresas de su grupo para que personalicen la
    publicidad que me muestran.
optout-sensitive = Les requiero asimismo para que limiten el uso y la comunicación de mi información
    personal sensible a lo que permita la ley ({ $cite }).
optout-ai = Más allá de estos derechos, les pido que dejen de utilizar mi información personal para los siguientes fines:
generic-basis = { $scope ->
    [us] Ninguna ley federal me reconoce el derecho a oponerme a este uso. Me baso en las
        opciones que ofrece la propia LinkedIn y en su Política de privacidad, y les pido que
        las apliquen íntegramente en mi caso.
   *[other] Me baso en los compromisos de la Política de privacidad de LinkedIn, que permite a
        miembros y visitantes controlar cómo se utiliza su información, así como en cualquier
        ley de protección de datos de mi país que resulte aplicable.
}
generic-request = Mi solicitud se refiere al uso de mi información personal para los
    siguientes fines:
generic-us-state = Si alguna ley de privacidad de los consumidores de mi estado resulta
    aplicable a LinkedIn, les ruego que consideren también el presente escrito como una
    solicitud con arreglo a dicha ley.
generic-settings = Los ajustes «Data for Generative AI Improvement» y «Data sharing» de LinkedIn
    solo abarcan una parte de esta solicitud; les ruego que la atiendan en su totalidad.
other-stop = Les ruego que dejen de utilizar mi información para estos fines, que la excluyan de
    los futuros datos de entrenamiento y que me indiquen qué ocurre con la información ya
    utilizada.
other-deadline-courtesy = Su respuesta no está sujeta a ningún plazo legal. No obstante, les
    ruego que me confirmen por escrito, a más tardar el { $deadline }, que han atendido esta
    solicitud.
optout-deadline = Les ruego que atiendan mi solicitud tan pronto como sea factible y a más
    tardar el { $deadline } (15 días hábiles, el plazo que fija el reglamento de la CCPA para
    estas solicitudes), y que me lo confirmen por escrito.
other-form-field-request = Solicitud: { $family ->
    [consent] retirada del consentimiento ({ $law })
    [optout] que no se venda ni se comparta mi información ({ $law })
   *[generic] que se deje de utilizar mi información para el entrenamiento de IA y con fines
        publicitarios
}
other-form-guide-route = Este formulario se describe en el aviso de privacidad europeo de
    LinkedIn. Si no se le ofrece, envíe en su lugar el escrito (objection letter) o utilice el
    formulario de contacto de privacidad de LinkedIn: { $url }
other-reminder-subject = Recordatorio sobre mi escrito de fecha { $date } ({ $law })
other-reminder-intro = El { $date } me dirigí a ustedes en relación con el uso de mi información
    personal para el entrenamiento de IA y fines conexos. Se adjunta copia de mi escrito.
other-reminder-overdue = Solicité una respuesta a más tardar el { $deadline }. Hasta la fecha no
    he recibido ninguna respuesta sobre el fondo.
other-reminder-request = Les requiero para que atiendan mi solicitud sin más demora y me lo
    confirmen por escrito a más tardar el { $deadline }.
other-reminder-next = Si para entonces no recibo una respuesta satisfactoria, presentaré una
    reclamación ante la autoridad competente: { $authority }.
other-reminder-next-none = Si para entonces no recibo una respuesta satisfactoria, estudiaré las
    demás vías de recurso a mi alcance.
other-complaint-subject = Reclamación contra { $controller } ({ $law })
other-complaint-intro = Por medio del presente escrito presento una reclamación contra
    { $controller }, { $address }, en relación con el uso de mi información personal con
    arreglo a { $law_name }.
other-complaint-sent = { $family ->
    [consent] El { $date } retiré mi consentimiento al uso de mi información personal para el
        entrenamiento de IA y fines conexos ({ $cite }).
   *[optout] El { $date } requerí a LinkedIn que no vendiera ni compartiera mi información
        personal ({ $cite }) y le pedí que dejara de utilizarla para entrenar modelos de IA.
} Se adjunta mi escrito. Solicité una respuesta a más tardar el { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn ha rechazado mi solicitud. Se adjunta su respuesta.
    [incomplete] La respuesta de LinkedIn no atiende plenamente mi solicitud. Se adjunta su
        respuesta.
   *[no-reply] Hasta la fecha no he recibido ninguna respuesta sobre el fondo.
}
other-complaint-assessment = { $family ->
    [consent] A mi juicio, LinkedIn sigue utilizando mi información sin mi consentimiento, y
        además para un fin nuevo que lo requiere ({ $cite }).
   *[optout] A mi juicio, LinkedIn no ha atendido mi solicitud en el plazo que establece el
        reglamento de la CCPA.
}
other-complaint-requests = Solicito que examinen mi reclamación y me informen de su resultado.
other-enclosure-letter = Mi escrito de fecha { $date }
other-reasons = Añado lo siguiente sobre mi situación:
other-complaint-reminder-sent = El { $date } envié un recordatorio a LinkedIn y le concedí un
    nuevo plazo hasta el { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = El { $cite } exige motivos relacionados con su situación particular; la oposición se ha formulado sin ellos. Añádalos con --reason "..." para que resulte más difícil rechazarla.
note-federal-authority = El código DE, sin más, dirige la reclamación a la autoridad federal (BfDI), que remite las reclamaciones contra empresas a la autoridad del estado federado. Para la vía directa, indique su estado federado, por ejemplo --country DE-BE (véase `objection jurisdictions`).
warning-premature = LinkedIn tiene de plazo hasta el { $deadline } para responder; antes de esa fecha, { $document ->
    [reminder] un recordatorio por falta de respuesta es prematuro
   *[complaint] una reclamación por falta de respuesta es prematura
}.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Le remito adjunto, en formato PDF, mi escrito de fecha { $date }. Su texto íntegro figura a continuación.
email-cover-reminder = Le remito adjunto, en formato PDF, mi recordatorio de fecha { $date }. Su texto íntegro figura a continuación.
email-cover-complaint = Le remito adjunta, en formato PDF, mi reclamación de fecha { $date }. Su texto íntegro figura a continuación.
email-receipt = Le ruego que me confirme su recepción.
email-file-letter = escrito
email-file-reminder = recordatorio
email-file-complaint = reclamación
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Al correo electrónico solo se adjunta el PDF. Antes de enviarlo, adjunte también los documentos anexos:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Este asistente le ayuda, paso a paso, a oponerse a que LinkedIn use sus datos. No se guarda nada hasta que lo confirme al final. Pulse Esc o Ctrl+C para salir en cualquier momento.
wizard-language = Idioma
wizard-help-select = ↑↓ para moverse, Intro para elegir
wizard-help-multi = ↑↓ para moverse, Espacio para marcar o desmarcar, Intro para terminar
wizard-country = ¿Dónde vive?
wizard-country-help = Escriba para buscar, Intro para elegir. En Alemania, elija su estado federado.
wizard-member = ¿Tiene una cuenta de LinkedIn?
wizard-answer = { $answer ->
    [yes] Sí
   *[no] No
}
wizard-content-url = Dirección web { $number } de un contenido de LinkedIn sobre usted
wizard-content-url-help = Cópiela de la barra de direcciones de su navegador (https://...). Déjela vacía cuando termine.
wizard-name = Su nombre completo
wizard-email = Su dirección de correo electrónico
wizard-email-help = La dirección de su cuenta de LinkedIn; sin cuenta, la dirección donde LinkedIn puede responderle.
wizard-address = Su dirección postal, línea { $number }
wizard-address-help = Por ejemplo calle y número, luego código postal y localidad. Déjela vacía cuando termine.
wizard-place = Su localidad (para la fecha de la carta)
wizard-object-to = ¿A qué se opone?
wizard-purpose-ai-training = Que LinkedIn entrene con sus datos una IA que escribe textos o crea imágenes
wizard-purpose-ai-other = Otros usos de sus datos por la IA, por ejemplo para personalizar su feed o clasificar contenidos
wizard-purpose-ads-profiling = La publicidad basada en un perfil suyo
wizard-purpose-affiliate-sharing = La cesión de sus datos a Microsoft y otras empresas del grupo para su IA o su publicidad
wizard-reason = ¿Por qué le importa esto personalmente? (opcional)
wizard-reason-help = Por ejemplo: «Soy periodista y debo proteger a mis fuentes». «Mis publicaciones son mi trabajo; las copias hechas por una IA perjudican mis ingresos». Pulse Intro para omitirlo.
wizard-outputs = ¿Qué documentos quiere?
wizard-output = { $output ->
    [form] El texto para el formulario en línea de LinkedIn
    [letter-pdf] La carta en PDF, para imprimirla y enviarla por correo
   *[letter-text] La carta en texto
}
wizard-problem = { $problem ->
    [empty] Este campo no puede quedar vacío.
    [too-long] Es demasiado largo: { $length } caracteres, como máximo { $limit }.
    [control] Elimine el carácter de control { $character }.
    [bidi] Vuelva a escribirlo sin la marca de dirección { $character }: puede cambiar el orden en que se muestra el texto.
    [email] No es una dirección de correo electrónico. Ejemplo: name@example.org
   *[url] No es una dirección web. Cópiela de su navegador; empieza por https://
}
wizard-preview = Vista previa de su texto:
wizard-folder = Carpeta para sus documentos
wizard-folder-exists = Esta carpeta ya existe. Elija otro nombre.
wizard-confirm = ¿Guardar ahora sus documentos en la carpeta { $dir }?
wizard-next-form = El texto para el formulario de LinkedIn está en { $file }.
wizard-next-letter = Imprima { $file }, fírmelo y envíelo por correo postal a la dirección que figura arriba en la carta. Guarde una copia.
wizard-next-deadline = LinkedIn tiene de plazo hasta el { $date } para responder.
wizard-next-reminder = Si para entonces no ha recibido una respuesta adecuada, escriba un recordatorio: { $command }
wizard-save-details = ¿Guardar sus datos en { $file } para la próxima vez?
wizard-saved = Guardado. La próxima vez: { $command }
wizard-stopped = Cancelado. No se ha guardado nada.
