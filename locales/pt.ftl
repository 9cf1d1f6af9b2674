# Português (Portugal). Define exatamente as mesmas mensagens que en.ftl.
#
# Convenções: prosa jurídica de um advogado português especializado em proteção de dados, com a
# terminologia da versão portuguesa oficial do RGPD (Regulamento (UE) 2016/679, EUR-Lex):
# «responsável pelo tratamento», «titular dos dados», «limitação do tratamento», «interesses
# legítimos», «comercialização direta», «definição de perfis», «apagamento», «autoridade de
# controlo (principal)», «razões imperiosas e legítimas», «declaração, exercício ou defesa de
# um direito num processo judicial», «encarregado da proteção de dados», «apresentar
# reclamação». Ortografia do Acordo Ortográfico de 1990, norma europeia («receção»,
# «eletrónico», «facto», «setor»; meses com minúscula).
# Abreviatura: RGPD (legal-facts.md marca-a como verificada [V]).
# Citações: a CNPD escreve «Ao abrigo do n.º 1 do artigo 21.º do RGPD, venho opor-me…»
# (https://www.cnpd.pt/cidadaos/direitos/direito-de-oposicao/). Aqui usa-se a ordem do texto
# oficial do RGPD, «artigo 21.º, n.º 1, do RGPD», «artigo 6.º, n.º 1, alínea f), do RGPD»,
# «artigo 21.º, n.os 2 e 3, do RGPD», porque a citação começa então sempre por «artigo»
# (masculino) e as frases podem contraí-la com segurança («ao abrigo do», «nos termos do»,
# «na aceção do»); na ordem inversa da CNPD a contração dependeria do género da primeira
# palavra («do n.º», «da alínea»). As «sections» britânicas e as disposições de leis de fora
# da UE citam-se como «artigo» sem ordinal («artigo 164A do DPA 2018», «PDPO (Cap. 486),
# artigo 2(3)»). Direito suíço: «artigo 30.º, n.º 2, alínea b), da LPD».
# Datas: «23 de novembro de 2026»; linha de data «Lisboa, 23 de novembro de 2026».
# Saudação e fecho: «Exmos. Senhores,» (o texto continua com maiúscula) e «Com os melhores
# cumprimentos,». Trata-se a empresa na 3.ª pessoa do plural / «V. Exas.», com os possessivos
# «vosso/vossa» habituais na correspondência comercial portuguesa.
# Aspas: angulares «…». A definição do LinkedIn cita-se com o nome inglês, «Data for
# Generative AI Improvement», porque legal-facts.md não regista a designação portuguesa.
# Fora do RGPD (Canadá, Quebeque, Hong Kong, Califórnia, Índia): «informações pessoais»,
# «retirada do consentimento», «queixa»; nunca «oposição ao abrigo do artigo 21.º» nem
# «interesses legítimos». Os law-name-* são todos femininos («lei…», «ordenança…»,
# «Política…») e não levam artigo: as frases escrevem «a { $law }», «da { $law }».
# Plurais: o Fluent aplica as regras CLDR de «pt» (português do Brasil), em que 0 é «one»; no
# português europeu (CLDR pt_PT) só 1 é «one». Por isso as mensagens com $days têm uma
# variante [0] antes de [one].
# O texto não depende do género de quem escreve («membro», «denunciante», «ciente» são
# invariáveis; nada de «obrigado/a», «informado/a»).

lang-name = Português

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = RGPD
# Same as English: nome oficial da lei britânica.
law-uk-gdpr = UK GDPR
law-ch-fadp = LPD
# Same as English: abreviatura da lei britânica (Data Protection Act 2018).
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.
# «artigo 21.º, n.º 1, do RGPD»; «artigo 21.º, n.os 2 e 3, do RGPD»; «artigo 18.º, n.º 1,
# alínea d), do RGPD»; «artigo 19.º do RGPD»; «artigo 164A do DPA 2018».

cite-eu-article = artigo { $number }.º
cite-eu-article-paragraph = artigo { $number }.º, n.º { $paragraph },
cite-eu-article-paragraphs = artigo { $number }.º, n.os { $paragraph } e { $second },
cite-eu-article-paragraph-point = artigo { $number }.º, n.º { $paragraph }, alínea { $point }),
cite-eu-section = artigo { $number }
cite-eu-section-paragraph = artigo { $number }({ $paragraph })
cite-eu-section-paragraphs = artigo { $number }({ $paragraph }) e ({ $second })
cite-eu-section-paragraph-point = artigo { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } e { $second }
cite-eu-law = { $refs } do { $law }
# «artigo 30.º, n.º 2, alínea b), da LPD»; «artigo 31.º da LPD».
cite-ch-article = artigo { $number }.º
cite-ch-article-paragraph = artigo { $number }.º, n.º { $paragraph },
cite-ch-article-paragraphs = artigo { $number }.º, n.os { $paragraph } e { $second },
cite-ch-article-paragraph-point = artigo { $number }.º, n.º { $paragraph }, alínea { $point }),
cite-ch-section = artigo { $number }
cite-ch-section-paragraph = artigo { $number }({ $paragraph })
cite-ch-section-paragraphs = artigo { $number }({ $paragraph }) e ({ $second })
cite-ch-section-paragraph-point = artigo { $number }({ $paragraph })({ $point })
cite-ch-and = { $first } e { $second }
cite-ch-law = { $refs } da { $law }

## Dates

month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date-long = { $day } de { $month } de { $year }
# The dateline: place and date, or the date alone («Lisboa, 23 de novembro de 2026»).
# Same as English: local, vírgula e data, como em inglês.
dateline-with-place = { $place }, { $date }
# Same as English: apenas a data.
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Áustria
jurisdiction-BE = Bélgica
jurisdiction-BG = Bulgária
jurisdiction-CA = Canadá
jurisdiction-CA-QC = Quebeque (Canadá)
jurisdiction-CH = Suíça
jurisdiction-CY = Chipre
jurisdiction-CZ = Chéquia
jurisdiction-DE = Alemanha
jurisdiction-DE-BB = Brandemburgo (Alemanha)
jurisdiction-DE-BE = Berlim (Alemanha)
jurisdiction-DE-BW = Bade-Vurtemberga (Alemanha)
jurisdiction-DE-BY = Baviera (Alemanha)
jurisdiction-DE-HB = Bremen (Alemanha)
jurisdiction-DE-HE = Hesse (Alemanha)
jurisdiction-DE-HH = Hamburgo (Alemanha)
jurisdiction-DE-MV = Meclemburgo-Pomerânia Ocidental (Alemanha)
jurisdiction-DE-NI = Baixa Saxónia (Alemanha)
jurisdiction-DE-NW = Renânia do Norte-Vestefália (Alemanha)
jurisdiction-DE-RP = Renânia-Palatinado (Alemanha)
jurisdiction-DE-SH = Schleswig-Holstein (Alemanha)
jurisdiction-DE-SL = Sarre (Alemanha)
jurisdiction-DE-SN = Saxónia (Alemanha)
jurisdiction-DE-ST = Saxónia-Anhalt (Alemanha)
jurisdiction-DE-TH = Turíngia (Alemanha)
jurisdiction-DK = Dinamarca
jurisdiction-EE = Estónia
jurisdiction-ES = Espanha
jurisdiction-FI = Finlândia
jurisdiction-FR = França
jurisdiction-GB = Reino Unido
jurisdiction-GR = Grécia
# Same as English: nome próprio.
jurisdiction-HK = Hong Kong
jurisdiction-HR = Croácia
jurisdiction-HU = Hungria
jurisdiction-IE = Irlanda
jurisdiction-IN = Índia
jurisdiction-IS = Islândia
jurisdiction-IT = Itália
jurisdiction-LI = Listenstaine
jurisdiction-LT = Lituânia
jurisdiction-LU = Luxemburgo
jurisdiction-LV = Letónia
# Same as English: o nome português coincide.
jurisdiction-MT = Malta
jurisdiction-NL = Países Baixos
jurisdiction-NO = Noruega
jurisdiction-OTHER = outro país
jurisdiction-PL = Polónia
# Same as English: o nome português coincide.
jurisdiction-PT = Portugal
jurisdiction-RO = Roménia
jurisdiction-SE = Suécia
jurisdiction-SI = Eslovénia
jurisdiction-SK = Eslováquia
jurisdiction-US = Estados Unidos
jurisdiction-US-CA = Califórnia (Estados Unidos)

## Shared pieces of all documents

recipient-dpo = Ao cuidado do encarregado da proteção de dados
# The footer of multi-page letters.
page-number = Página { $page } de { $total }
salutation = Exmos. Senhores,
closing = Com os melhores cumprimentos,
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Anexo:
   *[other] Anexos:
}
# A linha de assunto leva a etiqueta «Assunto:».
subject-line = Assunto: { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] o treino, o ajuste fino, a avaliação e a melhoria de modelos de inteligência
        artificial geradores de conteúdos (IA generativa), em especial com os dados do meu
        perfil e os conteúdos que publiquei no LinkedIn;
   *[non-member] o treino, o ajuste fino, a avaliação e a melhoria de modelos de inteligência
        artificial geradores de conteúdos (IA generativa), em especial com conteúdos sobre mim
        que outras pessoas publicaram no LinkedIn;
}
purpose-ai-other = o treino de modelos de inteligência artificial e de aprendizagem automática
    para outras finalidades, como a personalização dos vossos serviços, a classificação de
    conteúdos e a melhoria dos vossos produtos e serviços em geral;
purpose-affiliate-sharing = a divulgação dos meus dados pessoais às empresas do vosso grupo,
    incluindo a Microsoft, para que estas treinem os seus próprios modelos de IA ou prestem,
    desenvolvam ou melhorem os seus serviços de publicidade;
form-purpose-ai-training = { $account ->
    [member] o treino de modelos de IA generativa que criam conteúdos, com os dados do meu perfil e os conteúdos que publiquei;
   *[non-member] o treino de modelos de IA generativa que criam conteúdos, com conteúdos sobre mim que outras pessoas publicaram;
}
form-purpose-ai-other = o treino de outros modelos de IA e de aprendizagem automática, por exemplo para personalização e classificação de conteúdos;
form-purpose-affiliate-sharing = a divulgação dos meus dados a empresas do vosso grupo, como a Microsoft, para o seu próprio treino de IA ou para publicidade;
form-purpose-ads = a publicidade personalizada e a divulgação dos meus dados para fins publicitários;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Oposição ao tratamento dos meus dados pessoais no LinkedIn
form-field-name = Nome: { $name }
form-field-email = Correio eletrónico: { $email }
form-field-country = País de residência: { $country }
form-field-member = Conta LinkedIn: { $account ->
    [member] sim, associada ao endereço de correio eletrónico acima indicado
   *[non-member] nenhuma (não sou membro do LinkedIn)
}
form-field-profile = Perfil: { $url }
form-field-content = Conteúdo que me diz respeito: { $url }
form-field-request = Pedido: oposição ao tratamento ({ $cite })
form-objection = Ao abrigo do { $cite }, oponho-me ao tratamento dos meus dados pessoais que
    V. Exas. fundamentam em interesses legítimos, nos termos do { $basis }, para as seguintes
    finalidades:
form-direct-marketing = Ao abrigo do { $cite }, oponho-me ao tratamento dos meus dados pessoais
    para efeitos de comercialização direta, incluindo a definição de perfis com ela relacionada,
    em especial para publicidade personalizada.
form-grounds = Motivos relacionados com a minha situação particular:
form-requests = Ao abrigo do { $restriction }, solicito a limitação do tratamento enquanto a
    minha oposição é apreciada. Solicito ainda o apagamento dos dados pessoais recolhidos para
    estas finalidades, nos termos do { $erasure }, e que informem desse facto os destinatários,
    incluindo a Microsoft, conforme previsto no { $recipients }.
form-confirmation = Solicito que me confirmem por escrito, até { $deadline }, que deram
    seguimento à minha oposição.

## Guidance printed after the form text (on standard error)

form-guide-heading = Próximos passos:
form-guide-open = Abra o formulário de oposição ao tratamento de dados do LinkedIn («Data
    Processing Objection»): { $url }
form-guide-option = Escolha a opção de oposição ao tratamento dos seus dados para o treino de
    modelos de IA geradores de conteúdos (a designação no LinkedIn pode variar), transponha os
    dados de identificação para os campos correspondentes do formulário e cole o texto na caixa
    de texto livre.
form-guide-toggle = A definição «Data for Generative AI Improvement» ({ $url }) apenas impede o
    treino futuro de modelos geradores de conteúdos. Não abrange outras utilizações da IA nem a
    publicidade; é por isso que a própria oposição é importante.
form-guide-non-member = Sem conta, não tem definições a alterar: o seu caminho é este
    formulário ou uma carta ao encarregado da proteção de dados do LinkedIn (objection letter).
form-guide-letter = Para que fique um registo formal, envie também a carta: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Oposição ao tratamento dos meus dados pessoais ({ $law }) – conta LinkedIn { $email }
   *[non-member] Oposição ao tratamento dos meus dados pessoais ({ $law }) – pessoa sem conta no LinkedIn
}
letter-intro-member = Sou membro do LinkedIn; a minha conta está associada ao endereço de
    correio eletrónico { $email }. Dirijo-me ao encarregado da proteção de dados da
    { $controller }, responsável pelo tratamento dos meus dados pessoais.
letter-intro-member-profile = O meu perfil público: { $url }
letter-intro-non-member = Não tenho conta no LinkedIn. Outras pessoas publicaram no LinkedIn
    conteúdos que contêm dados pessoais meus, em especial { $count ->
        [one] no seguinte endereço:
       *[other] nos seguintes endereços:
    }
letter-intro-non-member-after = Dirijo-me ao encarregado da proteção de dados da
    { $controller }, responsável pelo tratamento destes dados.
letter-heading-objection = Oposição ao tratamento com fundamento em interesses legítimos
letter-objection = Ao abrigo do { $cite }, venho opor-me, por motivos relacionados com a minha
    situação particular, ao tratamento dos meus dados pessoais que V. Exas. fundamentam em
    interesses legítimos, nos termos do { $basis }, para as seguintes finalidades:
letter-objection-notice = { $account ->
    [member] Segundo a vossa política de privacidade, desde 3 de novembro de 2025 fundamentam
        em interesses legítimos o treino de modelos de IA geradores de conteúdos com dados dos
        vossos membros.
   *[non-member] Segundo a vossa política de privacidade, desde 3 de novembro de 2025
        fundamentam em interesses legítimos o treino de modelos de IA geradores de conteúdos
        com os conteúdos publicados pelos vossos membros, que contêm também dados pessoais de
        outras pessoas, como os meus.
}
letter-grounds-given = Os motivos relacionados com a minha situação particular são os seguintes:
letter-grounds-burden = Após esta oposição, só podem prosseguir o tratamento se apresentarem
    razões imperiosas e legítimas que prevaleçam sobre os meus interesses, direitos e
    liberdades, ou se o tratamento se destinar à declaração, ao exercício ou à defesa de um
    direito num processo judicial. O ónus da prova dessas razões recai sobre V. Exas.
letter-heading-direct-marketing = Oposição à definição de perfis para efeitos de comercialização direta
letter-direct-marketing = Ao abrigo do { $cite }, oponho-me ao tratamento dos meus dados
    pessoais para efeitos de comercialização direta, incluindo a definição de perfis com ela
    relacionada, em especial para publicidade personalizada. Esta oposição não carece de
    fundamentação; a partir da sua receção, os meus dados deixam de poder ser tratados para
    esses fins.
letter-consent-withdrawal = Na medida em que se baseiem no meu consentimento para a publicidade
    personalizada, retiro esse consentimento ao abrigo do { $cite }.
letter-heading-restriction = Limitação do tratamento durante a apreciação da minha oposição
letter-restriction = Ao abrigo do { $cite }, solicito a limitação do tratamento dos meus dados
    pessoais para as finalidades acima referidas até se verificar se os vossos motivos legítimos
    prevalecem sobre os meus.
letter-heading-erasure = Apagamento
letter-erasure = Ao abrigo do { $cite }, solicito o apagamento dos dados pessoais que recolheram
    ou inferiram para estas finalidades, incluindo as cópias constantes de conjuntos de dados de
    treino. Solicito ainda que me informem se os meus dados já foram utilizados para treinar
    modelos e, em caso afirmativo, que medidas estão a tomar a esse respeito.
letter-heading-recipients = Destinatários
letter-recipients = Ao abrigo do { $cite }, solicito que comuniquem a limitação e o apagamento a
    cada destinatário a quem tenham divulgado os meus dados pessoais para estas finalidades,
    incluindo as empresas do vosso grupo, como a Microsoft, e que me informem sobre esses
    destinatários.
letter-heading-fadp = Direito suíço da proteção de dados
letter-fadp = Resido na Suíça. A presente carta constitui igualmente a minha declaração expressa
    de vontade, na aceção do { $personality }, de que os meus dados pessoais não sejam tratados
    para as finalidades acima referidas. Tratá-los contra esta declaração viola a minha
    personalidade, e essa violação é ilícita, salvo se for justificada nos termos do
    { $justification }. Na medida em que os meus dados sejam acessíveis a qualquer pessoa,
    proíbo expressamente o seu tratamento para estas finalidades, na aceção do { $public }.
    Reservo-me o direito de fazer valer as pretensões previstas no { $claims }.
letter-heading-confirmation = Confirmação
letter-confirmation = Ao abrigo do { $cite }, solicito que me confirmem por escrito, sem demora
    injustificada e o mais tardar até { $deadline }, que deram seguimento à minha oposição e aos
    meus pedidos. Caso entendam poder prosseguir o tratamento, solicito que exponham as razões
    imperiosas e legítimas em que se baseiam.
letter-toggle = Tenho conhecimento da definição «Data for Generative AI Improvement». Uma vez que
    apenas abrange o treino futuro de modelos geradores de conteúdos, não substitui a presente
    oposição.
letter-uk-complaint = Caso não deem seguimento a esta oposição, solicito que considerem a
    presente carta também como uma reclamação que vos é dirigida ao abrigo do { $cite }.
letter-reply-channel = Solicito que a resposta seja enviada para o endereço de correio
    eletrónico { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Denúncia ao abrigo do { $cite } relativa à { $controller }
   *[complaint] Reclamação ao abrigo do { $cite } contra a { $controller }
}
complaint-intro = Venho, pela presente, apresentar reclamação contra a { $controller },
    { $address }, relativa ao tratamento dos meus dados pessoais.
complaint-intro-report = Venho, pela presente, denunciar o tratamento dos meus dados pessoais
    pela { $controller }, { $address }. Estou ciente de que, enquanto denunciante, não sou parte
    no processo.
complaint-heading-facts = Factos
complaint-facts = { $account ->
    [member] Sou membro do LinkedIn (endereço de correio eletrónico da conta: { $email }).
   *[non-member] Não tenho conta no LinkedIn; outras pessoas publicaram no LinkedIn conteúdos
        sobre mim, em especial { $count ->
            [one] no seguinte endereço:
           *[other] nos seguintes endereços:
        }
}
complaint-objection-sent = Em { $date }, opus-me ao tratamento dos meus dados pessoais ao
    abrigo do { $cite } e solicitei a limitação do tratamento, o apagamento dos dados e a
    comunicação de ambos aos destinatários. Junto em anexo a minha oposição.
complaint-objection-sent-report = Em { $date }, opus-me expressamente ao tratamento dos meus
    dados pessoais para o treino de IA e finalidades conexas. Junto em anexo a minha oposição.
complaint-deadline = O prazo de resposta previsto no { $cite } terminou em { $deadline }.
complaint-outcome = { $outcome ->
    [refused] O LinkedIn indeferiu a minha oposição sem demonstrar razões imperiosas e
        legítimas que prevaleçam sobre os meus interesses, direitos e liberdades. Junto
        igualmente a resposta recebida.
    [incomplete] A resposta do LinkedIn não dá pleno seguimento à minha oposição; junto-a
        igualmente.
   *[no-reply] Até à data, não recebi qualquer resposta quanto ao mérito.
}
complaint-heading-assessment = Apreciação jurídica
complaint-assessment = O LinkedIn baseia-se em interesses legítimos, nos termos do { $basis },
    para utilizar os perfis dos seus membros e os conteúdos por eles publicados, incluindo os
    dados pessoais de outras pessoas que esses conteúdos contêm, no treino de modelos de IA
    geradores de conteúdos. Nos termos do { $cite }, após uma oposição, só pode prosseguir o
    tratamento se apresentar razões imperiosas e legítimas que prevaleçam sobre os interesses,
    direitos e liberdades de quem se opõe. Não o fez; a meu ver, a continuação do tratamento
    dos meus dados viola, por conseguinte, o { $law }.
complaint-assessment-report = O tratamento dos meus dados pessoais contra a minha declaração
    expressa de vontade viola a minha personalidade na aceção do { $personality }, e essa
    violação é ilícita, salvo se for justificada nos termos do { $justification }. O LinkedIn
    não demonstrou qualquer justificação dessa natureza.
complaint-heading-requests = Pedidos
complaint-requests = Solicito que investiguem a minha reclamação, que tomem as medidas
    necessárias para que o LinkedIn dê seguimento à minha oposição e que me informem sobre o
    andamento e o resultado da reclamação.
complaint-requests-report = Solicito que abram uma investigação ao abrigo do { $cite } e que me
    informem das medidas tomadas e do respetivo resultado.
complaint-lead-authority = Nos termos do { $cite }, a autoridade irlandesa de proteção de dados
    (Data Protection Commission) é a autoridade de controlo principal relativamente à
    { $controller }. Apresento esta reclamação a V. Exas., enquanto autoridade de controlo do
    Estado-Membro da minha residência habitual, e solicito que a tratem em cooperação com a
    Data Protection Commission.
complaint-lead-authority-forward = Nos termos do { $cite }, a autoridade irlandesa de proteção
    de dados (Data Protection Commission) é a autoridade de controlo principal relativamente à
    { $controller }. Tanto quanto sei, V. Exas. não são competentes relativamente a esta
    empresa; solicito, por isso, que transmitam a minha reclamação à autoridade de controlo
    competente.
complaint-lead-authority-report = Na União Europeia, a { $controller } está sujeita à supervisão
    da autoridade irlandesa de proteção de dados (Data Protection Commission), na qualidade de
    autoridade de controlo principal.
complaint-uk-controller-first = Antes de me dirigir a V. Exas., submeti a questão ao
    responsável pelo tratamento: na minha oposição, pedi ao LinkedIn que a considerasse também
    uma reclamação ao abrigo do { $cite }.
complaint-enclosure-objection = A minha oposição de { $date }
complaint-enclosure-reply = Resposta do LinkedIn
complaint-contact = Podem contactar-me através do endereço { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Insistência relativa à minha oposição de { $date } ({ $law }) – conta LinkedIn { $email }
   *[non-member] Insistência relativa à minha oposição de { $date } ({ $law })
}
reminder-intro = Em { $date }, opus-me ao tratamento dos meus dados pessoais ao abrigo do
    { $cite } e solicitei a limitação do tratamento, o apagamento dos dados e a comunicação de
    ambos aos destinatários. Junto cópia da minha oposição.
reminder-overdue = O prazo de resposta previsto no { $cite } terminou em { $deadline }. Até à
    data, não recebi qualquer resposta quanto ao mérito.
reminder-request = Solicito que deem seguimento, sem mais demora, à minha oposição e aos meus
    pedidos e que mo confirmem por escrito até { $deadline }.
reminder-next = { $route ->
    [report] Se até essa data não receber uma resposta satisfatória, denunciarei a situação à
        autoridade competente: { $authority }.
   *[complaint] Se até essa data não receber uma resposta satisfatória, apresentarei
        reclamação à autoridade de controlo: { $authority }.
}
complaint-reminder-sent = Em { $date }, relembrei o LinkedIn da minha oposição e fixei um novo
    prazo até { $deadline }.
complaint-enclosure-reminder = A minha insistência de { $date }

## Case status (objection status --case DIR)

status-reference = Processo { $reference }
status-empty = Este processo ainda não contém nenhuma oposição. Para o iniciar: objection letter --case { $dir }
status-sent = Oposição enviada em { $date }.
status-reminded = Insistência enviada em { $date }.
status-complained = Reclamação redigida em { $date }. A autoridade dará notícia do seguimento.
# [0] antes de [one]: as regras CLDR de «pt» classificam 0 como «one»; em pt_PT é plural.
status-waiting = A aguardar a resposta do LinkedIn até { $date } ({ $days ->
    [0] faltam 0 dias
    [one] falta 1 dia
   *[other] faltam { $days } dias
}).
status-overdue = Prazo ultrapassado há { $days ->
    [0] 0 dias
    [one] { $days } dia
   *[other] { $days } dias
}: terminava em { $date }.
status-next-wait-reminder = Próximo passo: se o LinkedIn não responder até lá, redija uma insistência: objection reminder --case { $dir }
status-next-wait-complaint = Próximo passo: se o LinkedIn não responder até lá, redija a reclamação: objection complaint --case { $dir }
status-next-reminder = Próximo passo: redija uma insistência: objection reminder --case { $dir }
status-next-complaint = Próximo passo: redija a reclamação à autoridade: objection complaint --case { $dir }
calendar-summary = Prazo de resposta do LinkedIn à sua oposição ({ $reference })
calendar-description = Se o LinkedIn ainda não tiver respondido hoje, veja o que fazer a seguir: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Vocabulário: «informações pessoais», «retirada do consentimento», «queixa». Os nomes longos
# das leis estrangeiras traduzem-se de forma descritiva, em minúscula, com a abreviatura
# original; são femininos e sem artigo (as frases escrevem «a { $law }»).

# Same as English: abreviatura oficial da lei canadiana.
law-pipeda = PIPEDA
law-qc-private = CQLR c. P-39.1
# Same as English: abreviatura e capítulo oficiais da lei de Hong Kong.
law-pdpo = PDPO (Cap. 486)
# Same as English: designação oficial do código californiano nas citações.
law-ccpa = Cal. Civ. Code
# Same as English: nome oficial da lei indiana.
law-dpdp = DPDP Act 2023
law-us-generic = Política de Privacidade do LinkedIn
law-generic = Política de Privacidade do LinkedIn
# Short names for subject lines.
# Same as English: abreviatura oficial.
law-short-pipeda = PIPEDA
law-short-qc-private = Lei do Quebeque sobre o setor privado
# Same as English: abreviatura oficial.
law-short-pdpo = PDPO
# Same as English: abreviatura oficial.
law-short-ccpa = CCPA
# Same as English: nome oficial da lei indiana.
law-short-dpdp = DPDP Act 2023
law-short-us-generic = Política de Privacidade do LinkedIn
law-short-generic = Política de Privacidade do LinkedIn
# The name of the law in running text ("under the CCPA"): feminino, sem artigo.
law-name-pipeda = lei canadiana sobre a proteção das informações pessoais e os documentos eletrónicos (PIPEDA)
law-name-qc-private = lei do Quebeque sobre a proteção das informações pessoais no setor privado
law-name-pdpo = ordenança de Hong Kong sobre os dados pessoais e a privacidade (PDPO)
law-name-ccpa = lei da Califórnia sobre a privacidade dos consumidores (CCPA)
law-name-dpdp = lei indiana de 2023 sobre a proteção de dados pessoais digitais (DPDP Act)
law-name-us-generic = Política de Privacidade do LinkedIn
law-name-generic = Política de Privacidade do LinkedIn
cite-common-article = artigo { $number }
cite-common-article-paragraph = artigo { $number }({ $paragraph })
cite-common-section = artigo { $number }
cite-common-section-paragraph = artigo { $number }({ $paragraph })
cite-common-principle = anexo 1, princípio { $number }
cite-common-dpp = anexo 1, princípio de proteção de dados { $number }
cite-common-and = { $first } e { $second }
# Same as English: primeiro a lei, depois a disposição («PIPEDA, anexo 1, princípio 4.3.8»).
cite-common-law = { $law }, { $refs }
# Same as English: o sinal de parágrafo do código californiano.
cite-us-section = § { $number }
cite-us-and = { $first } e { $second }
# Same as English: «Cal. Civ. Code § 1798.120».
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] a publicidade personalizada baseada no meu perfil e na minha atividade, e a divulgação das minhas informações a terceiros para fins publicitários;
   *[non-member] a publicidade personalizada baseada nas minhas informações pessoais, e a sua divulgação a terceiros para fins publicitários;
}
other-subject = { $family ->
    [consent] Retirada do consentimento para a utilização das minhas informações pessoais ({ $law })
    [optout] Pedido de não venda e não partilha das minhas informações pessoais ({ $law })
   *[generic] Pedido para deixarem de utilizar as minhas informações pessoais para o treino de
        IA e para publicidade
}
other-intro-member = Sou membro do LinkedIn; a minha conta está associada ao endereço de
    correio eletrónico { $email }. Dirijo-me à { $controller } a respeito da utilização das
    minhas informações pessoais.
other-intro-non-member = Não tenho conta no LinkedIn. Outras pessoas publicaram no LinkedIn
    conteúdos que contêm informações pessoais minhas, em especial { $count ->
        [one] no seguinte endereço:
       *[other] nos seguintes endereços:
    }
other-intro-non-member-after = Dirijo-me à { $controller } a respeito da utilização destas
    informações.
consent-no-objection = Uma vez que a { $law } não prevê um direito geral de oposição à
    utilização de informações pessoais, invoco o direito mais próximo que nela se prevê: a
    retirada do consentimento ({ $cite }).
consent-withdrawal = Retiro qualquer consentimento, expresso ou tácito, em que o LinkedIn se
    baseie para utilizar as minhas informações pessoais para as seguintes finalidades:
consent-new-purpose = O treino de modelos de inteligência artificial não é uma finalidade para a
    qual eu tenha fornecido as minhas informações ao LinkedIn. Utilizá-las para uma nova
    finalidade deste tipo exige o meu consentimento ({ $cite }), que não dou.
consent-in-force = As disposições da { $law } relativas ao consentimento e à sua retirada
    deverão entrar em vigor em { $date }. Até lá, solicito que respeitem esta retirada em
    conformidade com os compromissos assumidos na Política de Privacidade do LinkedIn.
optout-no-objection = A CCPA não confere qualquer direito de oposição ao treino de IA enquanto
    tal. Exerço, por isso, os direitos que confere e acrescento um pedido próprio.
optout-sale = Exijo que não vendam nem partilhem as minhas informações pessoais ({ $cite }).
    Isto inclui a sua divulgação à Microsoft ou a outras empresas do vosso grupo para que estas
    personalizem a publicidade que me apresentam.
optout-sensitive = Exijo ainda que limitem a utilização e a divulgação das minhas informações
    pessoais sensíveis ao que a lei permite ({ $cite }).
optout-ai = Para além destes direitos, solicito que deixem de utilizar as minhas informações pessoais para as seguintes finalidades:
generic-basis = { $scope ->
    [us] Nenhuma lei federal me confere o direito de me opor a esta utilização. Baseio-me nas
        opções que o próprio LinkedIn oferece e na sua Política de Privacidade, e solicito que
        mas apliquem integralmente.
   *[other] Baseio-me nos compromissos da Política de Privacidade do LinkedIn, que permite aos
        membros e visitantes controlar a forma como as suas informações são utilizadas, bem
        como em qualquer lei de proteção de dados do meu país que seja aplicável.
}
generic-request = O meu pedido diz respeito à utilização das minhas informações pessoais para as
    seguintes finalidades:
generic-us-state = Caso alguma lei de privacidade dos consumidores do meu estado seja aplicável
    ao LinkedIn, solicito que considerem também a presente carta como um pedido ao abrigo dessa
    lei.
generic-settings = As definições «Data for Generative AI Improvement» e «Data sharing» do
    LinkedIn abrangem apenas parte deste pedido; solicito que lhe deem seguimento na íntegra.
other-stop = Solicito que deixem de utilizar as minhas informações para estas finalidades, que
    as excluam de futuros dados de treino e que me informem sobre o destino das informações já
    utilizadas.
other-deadline-courtesy = A vossa resposta não está sujeita a qualquer prazo legal. Ainda assim,
    solicito que me confirmem por escrito, até { $deadline }, que deram seguimento a este
    pedido.
optout-deadline = Solicito que deem seguimento ao meu pedido logo que tal seja viável e, o mais
    tardar, até { $deadline } (15 dias úteis, o prazo que os regulamentos da CCPA fixam para
    estes pedidos), e que mo confirmem por escrito.
other-form-field-request = Pedido: { $family ->
    [consent] retirada do consentimento ({ $law })
    [optout] não venda e não partilha das minhas informações ({ $law })
   *[generic] deixar de utilizar as minhas informações para o treino de IA e para publicidade
}
other-form-guide-route = Este formulário é descrito no aviso de privacidade europeu do LinkedIn.
    Se não lhe for disponibilizado, envie antes a carta (objection letter) ou utilize o
    formulário de contacto de privacidade do LinkedIn: { $url }
other-reminder-subject = Insistência relativa à minha carta de { $date } ({ $law })
other-reminder-intro = Em { $date }, dirigi-me a V. Exas. a respeito da utilização das minhas
    informações pessoais para o treino de IA e finalidades conexas. Junto cópia da minha carta.
other-reminder-overdue = Solicitei uma resposta até { $deadline }. Até à data, não recebi
    qualquer resposta quanto ao mérito.
other-reminder-request = Solicito que deem seguimento ao meu pedido sem mais demora e que mo
    confirmem por escrito até { $deadline }.
other-reminder-next = Se até essa data não receber uma resposta satisfatória, apresentarei
    queixa à autoridade competente: { $authority }.
other-reminder-next-none = Se até essa data não receber uma resposta satisfatória, ponderarei os
    outros meios de reação ao meu dispor.
other-complaint-subject = Queixa contra a { $controller } ({ $law })
other-complaint-intro = Venho, pela presente, apresentar queixa contra a { $controller },
    { $address }, a respeito da utilização das minhas informações pessoais, ao abrigo da
    { $law_name }.
other-complaint-sent = { $family ->
    [consent] Em { $date }, retirei o meu consentimento para a utilização das minhas
        informações pessoais para o treino de IA e finalidades conexas ({ $cite }).
   *[optout] Em { $date }, exigi ao LinkedIn que não vendesse nem partilhasse as minhas
        informações pessoais ({ $cite }) e pedi-lhe que deixasse de as utilizar para treinar
        modelos de IA.
} Junto a minha carta. Solicitei uma resposta até { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] O LinkedIn indeferiu o meu pedido. Junto igualmente a resposta recebida.
    [incomplete] A resposta do LinkedIn não dá pleno seguimento ao meu pedido; junto-a
        igualmente.
   *[no-reply] Até à data, não recebi qualquer resposta quanto ao mérito.
}
other-complaint-assessment = { $family ->
    [consent] A meu ver, o LinkedIn continua a utilizar as minhas informações sem o meu
        consentimento, e para uma nova finalidade que o exige ({ $cite }).
   *[optout] A meu ver, o LinkedIn não deu seguimento ao meu pedido no prazo previsto nos
        regulamentos da CCPA.
}
other-complaint-requests = Solicito que apreciem a minha queixa e me informem do seu resultado.
other-enclosure-letter = A minha carta de { $date }
other-reasons = Acrescento o seguinte sobre a minha situação:
other-complaint-reminder-sent = Em { $date }, enviei uma insistência ao LinkedIn e fixei um novo
    prazo até { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = O { $cite } exige razões relacionadas com a sua situação particular; a oposição foi formulada sem elas. Acrescente-as com --reason "..." para que seja mais difícil recusá-la.
note-federal-authority = O código DE, por si só, dirige a reclamação à autoridade federal (BfDI), que reencaminha as reclamações contra empresas para a autoridade do estado federado. Para a via direta, indique o seu estado federado, por exemplo --country DE-BE (consulte `objection jurisdictions`).
warning-premature = O LinkedIn tem até { $deadline } para responder; { $document ->
    [reminder] uma insistência
   *[complaint] uma reclamação
} por falta de resposta é prematura antes dessa data.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Envio em anexo, em formato PDF, a minha carta de { $date }. O texto integral segue abaixo.
email-cover-reminder = Envio em anexo, em formato PDF, a minha insistência de { $date }. O texto integral segue abaixo.
email-cover-complaint = Envio em anexo, em formato PDF, a minha reclamação de { $date }. O texto integral segue abaixo.
email-receipt = Agradeço que me confirmem a receção.
email-file-letter = carta
email-file-reminder = insistência
email-file-complaint = reclamação
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Ao e-mail só está anexado o PDF. Antes de o enviar, junte também os documentos anexos:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = Este assistente ajuda-o, passo a passo, a opor-se à utilização dos seus dados pelo LinkedIn. Nada é guardado antes de confirmar no fim. Prima Esc ou Ctrl+C para sair a qualquer momento.
wizard-language = Língua
wizard-help-select = ↑↓ para mover, Enter para escolher
wizard-help-multi = ↑↓ para mover, Espaço para marcar ou desmarcar, Enter para confirmar
wizard-country = Onde vive?
wizard-country-help = Escreva para procurar, Enter para escolher. Na Alemanha, escolha o seu estado federado.
wizard-member = Tem uma conta no LinkedIn?
wizard-answer = { $answer ->
    [yes] Sim
   *[no] Não
}
wizard-content-url = Endereço web { $number } de um conteúdo do LinkedIn sobre si
wizard-content-url-help = Copie-o da barra de endereço do seu navegador (https://...). Deixe vazio quando terminar.
wizard-name = O seu nome completo
wizard-email = O seu endereço de correio eletrónico
wizard-email-help = O endereço da sua conta LinkedIn; sem conta, o endereço para onde o LinkedIn lhe pode responder.
wizard-address = A sua morada, linha { $number }
wizard-address-help = Por exemplo rua e número, depois código postal e localidade. Deixe vazio quando terminar.
wizard-place = A sua localidade (para a data da carta)
wizard-object-to = A que se opõe?
wizard-purpose-ai-training = O treino, pelo LinkedIn, de uma IA que escreve textos ou cria imagens com os seus dados
wizard-purpose-ai-other = Outras utilizações dos seus dados pela IA, por exemplo para personalizar o seu feed ou classificar conteúdos
wizard-purpose-ads-profiling = A publicidade baseada num perfil seu
wizard-purpose-affiliate-sharing = A transmissão dos seus dados à Microsoft e a outras empresas do grupo para a IA ou a publicidade delas
wizard-reason = Porque é que isto é importante para si? (facultativo)
wizard-reason-help = Por exemplo: «Sou jornalista e tenho de proteger as minhas fontes.» «As minhas publicações são o meu trabalho; cópias feitas por uma IA prejudicam o meu rendimento.» Prima Enter para saltar.
wizard-outputs = Que documentos pretende?
wizard-output = { $output ->
    [form] O texto para o formulário em linha do LinkedIn
    [letter-pdf] A carta em PDF, para imprimir e enviar pelo correio
   *[letter-text] A carta em texto
}
wizard-problem = { $problem ->
    [empty] Este campo não pode ficar vazio.
    [too-long] É demasiado longo: { $length } carateres, no máximo { $limit }.
    [control] Retire o caráter de controlo { $character }.
    [bidi] Escreva-o de novo sem a marca de direção { $character }: pode alterar a ordem em que o texto é mostrado.
    [email] Não é um endereço de correio eletrónico. Exemplo: name@example.org
   *[url] Não é um endereço web. Copie-o do seu navegador; começa por https://
}
wizard-preview = Pré-visualização do seu texto:
wizard-folder = Pasta para os seus documentos
wizard-folder-exists = Esta pasta já existe. Escolha outro nome.
wizard-confirm = Guardar agora os seus documentos na pasta { $dir }?
wizard-next-form = O texto para o formulário do LinkedIn está em { $file }.
wizard-next-letter = Imprima { $file }, assine a carta e envie-a pelo correio para o endereço indicado no topo. Guarde uma cópia.
wizard-next-deadline = O LinkedIn tem até { $date } para responder.
wizard-next-reminder = Se até lá não tiver recebido uma resposta adequada, escreva um lembrete: { $command }
wizard-save-details = Guardar os seus dados em { $file } para a próxima vez?
wizard-saved = Guardado. Da próxima vez: { $command }
wizard-stopped = Interrompido. Nada foi guardado.
