# English (default locale). Every other locale must define every message below.
#
# Conventions: British legal English, as a solicitor in Ireland or the UK would write it.
# Citations: "Article 21(1) GDPR" (the style of the EDPB and the Irish DPC).
# Placeables: $name, $email, ... are filled by the program; user text is never parsed here.

lang-name = English

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = GDPR
law-uk-gdpr = UK GDPR
law-ch-fadp = FADP
law-dpa-2018 = DPA 2018

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = Article { $number }
cite-eu-article-paragraph = Article { $number }({ $paragraph })
cite-eu-article-paragraphs = Article { $number }({ $paragraph }) and ({ $second })
cite-eu-article-paragraph-point = Article { $number }({ $paragraph })({ $point })
cite-eu-section = section { $number }
cite-eu-section-paragraph = section { $number }({ $paragraph })
cite-eu-section-paragraphs = section { $number }({ $paragraph }) and ({ $second })
cite-eu-section-paragraph-point = section { $number }({ $paragraph })({ $point })
cite-eu-and = { $first } and { $second }
cite-eu-law = { $refs } { $law }
cite-ch-article = Article { $number }
cite-ch-article-paragraph = Article { $number }({ $paragraph })
cite-ch-article-paragraphs = Article { $number }({ $paragraph }) and ({ $second })
cite-ch-article-paragraph-point = Article { $number }({ $paragraph })({ $point })
cite-ch-section = section { $number }
cite-ch-section-paragraph = section { $number }({ $paragraph })
cite-ch-section-paragraphs = section { $number }({ $paragraph }) and ({ $second })
cite-ch-section-paragraph-point = section { $number }({ $paragraph })({ $point })
cite-ch-and = { $first } and { $second }
cite-ch-law = { $refs } { $law }

## Dates

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }
# The dateline: place and date, or the date alone.
dateline-with-place = { $place }, { $date }
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = Austria
jurisdiction-BE = Belgium
jurisdiction-BG = Bulgaria
jurisdiction-CA = Canada
jurisdiction-CA-QC = Quebec (Canada)
jurisdiction-CH = Switzerland
jurisdiction-CY = Cyprus
jurisdiction-CZ = Czechia
jurisdiction-DE = Germany
jurisdiction-DE-BB = Brandenburg (Germany)
jurisdiction-DE-BE = Berlin (Germany)
jurisdiction-DE-BW = Baden-Württemberg (Germany)
jurisdiction-DE-BY = Bavaria (Germany)
jurisdiction-DE-HB = Bremen (Germany)
jurisdiction-DE-HE = Hesse (Germany)
jurisdiction-DE-HH = Hamburg (Germany)
jurisdiction-DE-MV = Mecklenburg-Western Pomerania (Germany)
jurisdiction-DE-NI = Lower Saxony (Germany)
jurisdiction-DE-NW = North Rhine-Westphalia (Germany)
jurisdiction-DE-RP = Rhineland-Palatinate (Germany)
jurisdiction-DE-SH = Schleswig-Holstein (Germany)
jurisdiction-DE-SL = Saarland (Germany)
jurisdiction-DE-SN = Saxony (Germany)
jurisdiction-DE-ST = Saxony-Anhalt (Germany)
jurisdiction-DE-TH = Thuringia (Germany)
jurisdiction-DK = Denmark
jurisdiction-EE = Estonia
jurisdiction-ES = Spain
jurisdiction-FI = Finland
jurisdiction-FR = France
jurisdiction-GB = United Kingdom
jurisdiction-GR = Greece
jurisdiction-HK = Hong Kong
jurisdiction-HR = Croatia
jurisdiction-HU = Hungary
jurisdiction-IE = Ireland
jurisdiction-IN = India
jurisdiction-IS = Iceland
jurisdiction-IT = Italy
jurisdiction-LI = Liechtenstein
jurisdiction-LT = Lithuania
jurisdiction-LU = Luxembourg
jurisdiction-LV = Latvia
jurisdiction-MT = Malta
jurisdiction-NL = Netherlands
jurisdiction-NO = Norway
jurisdiction-OTHER = another country
jurisdiction-PL = Poland
jurisdiction-PT = Portugal
jurisdiction-RO = Romania
jurisdiction-SE = Sweden
jurisdiction-SI = Slovenia
jurisdiction-SK = Slovakia
jurisdiction-US = United States
jurisdiction-US-CA = California (United States)

## Shared pieces of all documents

recipient-dpo = Attn: Data Protection Officer
# The footer of multi-page letters.
page-number = Page { $page } of { $total }
salutation = Dear Sir or Madam,
closing = Yours faithfully,
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
    [one] Enclosure:
   *[other] Enclosures:
}
# The subject line as the letter shows it (some languages label it, like "Objet :").
subject-line = { $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] training, fine-tuning, evaluating and improving content-generating artificial intelligence models (generative AI), in particular with my profile data and the content I have published on LinkedIn;
   *[non-member] training, fine-tuning, evaluating and improving content-generating artificial intelligence models (generative AI), in particular with content about me that other people have published on LinkedIn;
}
purpose-ai-other = training artificial intelligence and machine learning models for other purposes, such as personalising your services, classifying content and improving your products and services in general;
purpose-affiliate-sharing = disclosing my personal data to your affiliates, including Microsoft, so that they can train their own AI models or provide, develop or improve their advertising services;
form-purpose-ai-training = { $account ->
    [member] training generative AI models that create content, with my profile data and the content I have published;
   *[non-member] training generative AI models that create content, with content about me that others have published;
}
form-purpose-ai-other = training other AI and machine learning models, for example for personalisation and content classification;
form-purpose-affiliate-sharing = disclosing my data to affiliates such as Microsoft for their AI training or advertising;
form-purpose-ads = personalised advertising and disclosing my information for advertising;

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = Objection to the processing of my personal data on LinkedIn
form-field-name = Name: { $name }
form-field-email = E-mail address: { $email }
form-field-country = Country of residence: { $country }
form-field-member = LinkedIn account: { $account ->
    [member] yes, registered to the e-mail address above
   *[non-member] none (I am not a LinkedIn member)
}
form-field-profile = Profile: { $url }
form-field-content = Content concerning me: { $url }
form-field-request = Request: objection to processing ({ $cite })
form-objection = Under { $cite } I object to the processing of my personal data that you base on legitimate interests ({ $basis }) for these purposes:
form-direct-marketing = Under { $cite } I object to the processing of my personal data for direct marketing, including related profiling, in particular for personalised advertising.
form-grounds = My grounds relating to my particular situation:
form-requests = While you assess my objection, please restrict the processing ({ $restriction }). Please erase the personal data collected for these purposes ({ $erasure }) and inform the recipients, including Microsoft, accordingly ({ $recipients }).
form-confirmation = Please confirm in writing by { $deadline } that you have complied with my objection.

## Guidance printed after the form text (on standard error)

form-guide-heading = Next steps:
form-guide-open = Open LinkedIn's Data Processing Objection form: { $url }
form-guide-option = Choose the option for objecting to the processing of your data for training content-generating AI models (LinkedIn may word the label differently), copy the field values into the form's fields and paste the text into the free-text box.
form-guide-toggle = The setting "Data for Generative AI Improvement" ({ $url }) only stops the future training of content-generating models. It does not cover other AI uses or advertising, which is why the objection itself matters.
form-guide-non-member = Without an account you have no settings to change: this form, or a letter to LinkedIn's Data Protection Officer (objection letter), is your route.
form-guide-letter = For a formal record, also send the letter: objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] Objection to the processing of my personal data ({ $law }), LinkedIn account { $email }
   *[non-member] Objection to the processing of my personal data ({ $law }); I do not have a LinkedIn account
}
letter-intro-member = I am a LinkedIn member; my account is registered to the e-mail address { $email }. I am writing to you as the Data Protection Officer of { $controller }, the controller of my personal data.
letter-intro-member-profile = My public profile: { $url }
letter-intro-non-member = I do not have a LinkedIn account. Other people have published content on LinkedIn that contains my personal data, in particular { $count ->
    [one] at this address:
   *[other] at these addresses:
}
letter-intro-non-member-after = I am writing to you as the Data Protection Officer of { $controller }, the controller of this data.
letter-heading-objection = Objection to processing based on legitimate interests
letter-objection = Under { $cite } I object, on grounds relating to my particular situation, to the processing of my personal data that you base on legitimate interests under { $basis } for the following purposes:
letter-objection-notice = { $account ->
    [member] Your privacy notice states that since 3 November 2025 you have relied on legitimate interests to train content-generating AI models with members' data.
   *[non-member] Your privacy notice states that since 3 November 2025 you have relied on legitimate interests to train content-generating AI models with the content members publish, which also contains personal data of other people such as mine.
}
letter-grounds-given = My grounds relating to my particular situation are as follows:
letter-grounds-burden = After this objection you may continue the processing only if you demonstrate compelling legitimate grounds that override my interests, rights and freedoms, or if it serves the establishment, exercise or defence of legal claims. The burden of demonstrating such grounds lies with you.
letter-heading-direct-marketing = Objection to profiling for direct marketing
letter-direct-marketing = Under { $cite } I object to the processing of my personal data for direct marketing, including profiling related to it, in particular for personalised advertising. This objection needs no grounds; once it is received, my data may no longer be processed for these purposes.
letter-consent-withdrawal = Insofar as you rely on my consent for personalised advertising, I withdraw that consent under { $cite }.
letter-heading-restriction = Restriction while my objection is assessed
letter-restriction = Under { $cite } I request that you restrict the processing of my personal data for the purposes above until it has been verified whether your legitimate grounds override mine.
letter-heading-erasure = Erasure
letter-erasure = Under { $cite } I request that you erase the personal data you have collected or derived for these purposes, including copies in training data sets. Please also tell me whether my data has already been used to train models and, if so, what you are doing about it.
letter-heading-recipients = Recipients
letter-recipients = Under { $cite } please inform every recipient to whom you have disclosed my personal data for these purposes, including your affiliates such as Microsoft, of the restriction and erasure, and tell me who these recipients are.
letter-heading-fadp = Swiss data protection law
letter-fadp = I live in Switzerland. This letter is also my express declaration within the meaning of { $personality } that my personal data may not be processed for the purposes above. Processing it against this declaration violates my personality, and such a violation is unlawful unless it is justified under { $justification }. Insofar as my data is generally accessible, I expressly prohibit its processing for these purposes ({ $public }). I reserve my claims under { $claims }.
letter-heading-confirmation = Confirmation
letter-confirmation = Please confirm in writing, without undue delay and at the latest by { $deadline }, that you have complied with my objection and my requests ({ $cite }). Should you consider that you may continue the processing, please set out the compelling legitimate grounds you rely on.
letter-toggle = I know of the setting "Data for Generative AI Improvement". As it covers only the future training of content-generating models, it does not replace this objection.
letter-uk-complaint = If you do not act on this objection, please treat this letter also as a complaint to you under { $cite }.
letter-reply-channel = Please reply to the e-mail address { $email }.

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] Report under { $cite } concerning { $controller }
   *[complaint] Complaint under { $cite } against { $controller }
}
complaint-intro = I hereby lodge a complaint against { $controller }, { $address }, about the processing of my personal data.
complaint-intro-report = I hereby report to you the processing of my personal data by { $controller }, { $address }. I am aware that, as the person reporting, I do not have party status.
complaint-heading-facts = Facts
complaint-facts = { $account ->
    [member] I am a LinkedIn member (account e-mail address: { $email }).
   *[non-member] I do not have a LinkedIn account; other people have published content about me on LinkedIn, in particular { $count ->
        [one] at this address:
       *[other] at these addresses:
    }
}
complaint-objection-sent = On { $date } I objected to the processing of my personal data under { $cite } and asked for the processing to be restricted, for the data to be erased and for the recipients to be informed. My objection is enclosed.
complaint-objection-sent-report = On { $date } I expressly objected to the processing of my personal data for AI training and related purposes. My objection is enclosed.
complaint-deadline = The period for a reply under { $cite } ended on { $deadline }.
complaint-outcome = { $outcome ->
    [refused] LinkedIn has refused my objection without demonstrating compelling legitimate grounds that override my interests, rights and freedoms. Its reply is enclosed.
    [incomplete] LinkedIn's reply does not implement my objection in full. Its reply is enclosed.
   *[no-reply] To date I have received no substantive reply.
}
complaint-heading-assessment = Assessment
complaint-assessment = LinkedIn relies on legitimate interests under { $basis } to use members' profiles and published content, including the personal data of other people that this content contains, for training content-generating AI models. After an objection it may continue the processing only if it demonstrates compelling legitimate grounds that override the interests, rights and freedoms of the person objecting ({ $cite }). It has not done so; in my view, the continued processing of my data therefore infringes the { $law }.
complaint-assessment-report = Processing my personal data against my express declaration violates my personality under { $personality }, and such a violation is unlawful unless it is justified under { $justification }. LinkedIn has shown no such justification.
complaint-heading-requests = Requests
complaint-requests = I ask you to investigate my complaint, to take the measures needed so that LinkedIn complies with my objection, and to inform me of the progress and the outcome of the complaint.
complaint-requests-report = I ask you to open an investigation under { $cite } and to inform me of the steps you take and of their outcome.
complaint-lead-authority = The Irish Data Protection Commission is the lead supervisory authority for { $controller } ({ $cite }). I am lodging this complaint with you as the supervisory authority of my habitual residence and ask you to handle it in cooperation with the Data Protection Commission.
complaint-lead-authority-forward = The Irish Data Protection Commission is the lead supervisory authority for { $controller } ({ $cite }). As far as I know, you are not yourself competent for this company; I therefore ask you to forward my complaint to the competent supervisory authority.
complaint-lead-authority-report = In the European Union, { $controller } is supervised by the Irish Data Protection Commission as its lead supervisory authority.
complaint-uk-controller-first = Before writing to you, I raised the matter with the controller: my objection asked LinkedIn to treat it also as a complaint under { $cite }.
complaint-enclosure-objection = My objection of { $date }
complaint-enclosure-reply = LinkedIn's reply
complaint-contact = You can reach me at { $email }.

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] Reminder: my objection of { $date } ({ $law }), LinkedIn account { $email }
   *[non-member] Reminder: my objection of { $date } ({ $law })
}
reminder-intro = On { $date } I objected to the processing of my personal data under { $cite } and asked for the processing to be restricted, for the data to be erased and for the recipients to be informed. A copy of my objection is enclosed.
reminder-overdue = The period for your reply under { $cite } ended on { $deadline }. To date I have received no substantive reply.
reminder-request = I ask you to comply with my objection and my requests without further delay and to confirm this to me in writing by { $deadline }.
reminder-next = { $route ->
    [report] If I do not receive a satisfactory answer by then, I will report the matter to the supervisory authority ({ $authority }).
   *[complaint] If I do not receive a satisfactory answer by then, I will lodge a complaint with the supervisory authority ({ $authority }).
}
complaint-reminder-sent = On { $date } I reminded LinkedIn of my objection and set a further deadline of { $deadline }.
complaint-enclosure-reminder = My reminder of { $date }

## Case status (objection status --case DIR)

status-reference = Case { $reference }
status-empty = This case has no objection yet. Start it with: objection letter --case { $dir }
status-sent = Objection sent on { $date }.
status-reminded = Reminder sent on { $date }.
status-complained = Complaint written on { $date }. The authority will tell you how it proceeds.
status-waiting = Waiting for LinkedIn's reply until { $date } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
} left).
status-overdue = Overdue by { $days ->
    [one] { $days } day
   *[other] { $days } days
}: the deadline was { $date }.
status-next-wait-reminder = Next: if LinkedIn has not replied by then, write a reminder: objection reminder --case { $dir }
status-next-wait-complaint = Next: if LinkedIn has not replied by then, write the complaint: objection complaint --case { $dir }
status-next-reminder = Next: write a reminder: objection reminder --case { $dir }
status-next-complaint = Next: write the complaint to the authority: objection complaint --case { $dir }
calendar-summary = Deadline for LinkedIn's reply to your objection ({ $reference })
calendar-description = If LinkedIn has not replied by today, see what to do next: objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.

law-pipeda = PIPEDA
law-qc-private = Act respecting the protection of personal information in the private sector (CQLR c. P-39.1)
law-pdpo = PDPO (Cap. 486)
law-ccpa = Cal. Civ. Code
law-dpdp = DPDP Act 2023
law-us-generic = LinkedIn Privacy Policy
law-generic = LinkedIn Privacy Policy
# Short names for subject lines.
law-short-pipeda = PIPEDA
law-short-qc-private = Quebec private sector Act
law-short-pdpo = PDPO
law-short-ccpa = CCPA
law-short-dpdp = DPDP Act 2023
law-short-us-generic = LinkedIn Privacy Policy
law-short-generic = LinkedIn Privacy Policy
# The name of the law in running text ("under the CCPA").
law-name-pipeda = the Personal Information Protection and Electronic Documents Act (PIPEDA)
law-name-qc-private = the Act respecting the protection of personal information in the private sector
law-name-pdpo = the Personal Data (Privacy) Ordinance
law-name-ccpa = the California Consumer Privacy Act (CCPA)
law-name-dpdp = the Digital Personal Data Protection Act, 2023
law-name-us-generic = LinkedIn's Privacy Policy
law-name-generic = LinkedIn's Privacy Policy
cite-common-article = article { $number }
cite-common-article-paragraph = article { $number }({ $paragraph })
cite-common-section = section { $number }
cite-common-section-paragraph = section { $number }({ $paragraph })
cite-common-principle = Schedule 1, Principle { $number }
cite-common-dpp = Schedule 1, Data Protection Principle { $number }
cite-common-and = { $first } and { $second }
cite-common-law = { $law }, { $refs }
cite-us-section = § { $number }
cite-us-and = { $first } and { $second }
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] personalised advertising based on my profile and activity, and disclosing my information to others for advertising;
   *[non-member] personalised advertising based on my personal information, and disclosing it to others for advertising;
}
other-subject = { $family ->
    [consent] Withdrawal of consent to the use of my personal information ({ $law })
    [optout] Request to opt out of the sale and sharing of my personal information ({ $law })
   *[generic] Request to stop using my personal information for AI training and advertising
}
other-intro-member = I am a LinkedIn member; my account is registered to the e-mail address { $email }. I am writing to { $controller } about the use of my personal information.
other-intro-non-member = I do not have a LinkedIn account. Other people have published content on LinkedIn that contains my personal information, in particular { $count ->
    [one] at this address:
   *[other] at these addresses:
}
other-intro-non-member-after = I am writing to { $controller } about the use of this information.
consent-no-objection = There is no general right under { $law } to object to the use of personal information. I therefore rely on the closest right it gives: the withdrawal of consent ({ $cite }).
consent-withdrawal = I withdraw any consent, express or implied, on which LinkedIn relies to use my personal information for the following purposes:
consent-new-purpose = Training artificial intelligence models is not a purpose for which I gave my information to LinkedIn. Using it for such a new purpose requires my consent ({ $cite }), and I do not give it.
consent-in-force = The provisions of { $law } on consent and its withdrawal are scheduled to come into force on { $date }. Until then, I ask you to honour this withdrawal under the commitments of LinkedIn's Privacy Policy.
optout-no-objection = The CCPA gives no right to object to AI training as such. I therefore use the rights it does give, and add a request of my own.
optout-sale = Under { $cite } I direct you not to sell or share my personal information. This includes disclosing it to Microsoft or other affiliates so that they can personalise the advertising they show me.
optout-sensitive = Under { $cite } I direct you to limit the use and disclosure of my sensitive personal information to what the law permits.
optout-ai = Beyond these rights, I ask you to stop using my personal information for the following purposes:
generic-basis = { $scope ->
    [us] No federal law gives me a right to object to this use. I rely on the choices LinkedIn itself offers and on its Privacy Policy, and ask you to apply them to me in full.
   *[other] I rely on the commitments in LinkedIn's Privacy Policy, which lets members and visitors control how their information is used, and on any data protection law of my country that applies.
}
generic-request = My request concerns the use of my personal information for the following purposes:
generic-us-state = If a consumer privacy law of my state applies to LinkedIn, please treat this letter also as a request under that law.
generic-settings = LinkedIn's settings "Data for Generative AI Improvement" and "Data sharing" cover only part of this request; please apply it in full.
other-stop = Please stop using my information for these purposes, exclude it from future training data, and tell me what happens to information that has already been used.
other-deadline-courtesy = No statutory period applies to your answer. As a courtesy, I ask you to confirm in writing by { $deadline } that you have acted on this request.
optout-deadline = Please act on my opt-out as soon as feasibly possible and no later than { $deadline } (15 business days, the period the CCPA regulations set for opt-out requests), and confirm this in writing.
other-form-field-request = Request: { $family ->
    [consent] withdrawal of consent ({ $law })
    [optout] opt-out of sale and sharing ({ $law })
   *[generic] stop using my information for AI training and advertising
}
other-form-guide-route = This form is described in LinkedIn's European privacy notice. If it is not offered to you, send the letter instead (objection letter), or use LinkedIn's privacy contact form: { $url }
other-reminder-subject = Reminder: my letter of { $date } ({ $law })
other-reminder-intro = On { $date } I wrote to you about the use of my personal information for AI training and related purposes. A copy of my letter is enclosed.
other-reminder-overdue = I asked for a reply by { $deadline }. To date I have received no substantive reply.
other-reminder-request = I ask you to act on my request without further delay and to confirm this to me in writing by { $deadline }.
other-reminder-next = If I do not receive a satisfactory answer by then, I will complain to the { $authority }.
other-reminder-next-none = If I do not receive a satisfactory answer by then, I will consider the other remedies open to me.
other-complaint-subject = Complaint about { $controller } ({ $law })
other-complaint-intro = I am filing a complaint about { $controller }, { $address }, concerning the use of my personal information under { $law_name }.
other-complaint-sent = { $family ->
    [consent] On { $date } I withdrew my consent to the use of my personal information for AI training and related purposes ({ $cite }).
   *[optout] On { $date } I directed LinkedIn not to sell or share my personal information ({ $cite }) and asked it to stop using my information to train AI models.
} My letter is enclosed. I asked for a reply by { $deadline }.
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn has refused my request. Its reply is enclosed.
    [incomplete] LinkedIn's reply does not give effect to my request in full. Its reply is enclosed.
   *[no-reply] To date I have received no substantive reply.
}
other-complaint-assessment = { $family ->
    [consent] In my view LinkedIn continues to use my information without my consent, and for a new purpose that requires it ({ $cite }).
   *[optout] In my view LinkedIn has not honoured my opt-out within the time the CCPA regulations allow.
}
other-complaint-requests = I ask you to look into my complaint and to inform me of its outcome.
other-enclosure-letter = My letter of { $date }
other-reasons = I would add the following about my situation:
other-complaint-reminder-sent = On { $date } I sent LinkedIn a reminder and set a further deadline of { $deadline }.

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = { $cite } asks for grounds relating to your particular situation; the objection is stated without them. Add them with --reason "..." to make it harder to refuse.
note-federal-authority = Plain DE addresses the federal authority (BfDI), which forwards complaints about companies to the state authority. For the direct route, name your state, for example --country DE-BE (see `objection jurisdictions`).
warning-premature = LinkedIn has until { $deadline } to reply; { $document ->
    [reminder] a reminder
   *[complaint] a complaint
} about a missing reply is premature before then.

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = Please find attached my letter of { $date } as a PDF file. Its full text follows below.
email-cover-reminder = Please find attached my reminder of { $date } as a PDF file. Its full text follows below.
email-cover-complaint = Please find attached my complaint of { $date } as a PDF file. Its full text follows below.
email-receipt = Please confirm that you have received it.
email-file-letter = letter
email-file-reminder = reminder
email-file-complaint = complaint
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = Only the PDF is attached to the e-mail. Before you send it, also attach the enclosures:

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = This assistant helps you, step by step, to object to LinkedIn using your data. Nothing is saved until you confirm at the end. Press Esc or Ctrl+C to stop at any time.
wizard-language = Language
wizard-help-select = ↑↓ to move, Enter to choose
wizard-help-multi = ↑↓ to move, Space to tick or untick, Enter when done
wizard-country = Where do you live?
wizard-country-help = Type to search, Enter to choose. In Germany, choose your federal state.
wizard-member = Do you have a LinkedIn account?
wizard-answer = { $answer ->
    [yes] Yes
   *[no] No
}
wizard-content-url = Web address { $number } of LinkedIn content about you
wizard-content-url-help = Copy it from your browser's address bar (https://...). Leave it empty when you are done.
wizard-name = Your full name
wizard-email = Your e-mail address
wizard-email-help = The address of your LinkedIn account; without an account, the address where LinkedIn can reply to you.
wizard-address = Your postal address, line { $number }
wizard-address-help = For example street and house number, then postcode and town. Leave it empty when you are done.
wizard-place = Your town (for the date line of the letter)
wizard-object-to = What do you object to?
wizard-purpose-ai-training = LinkedIn training AI that writes texts or creates images with your data
wizard-purpose-ai-other = Other AI uses of your data, for example to personalise your feed or sort content
wizard-purpose-ads-profiling = Advertising based on a profile of you
wizard-purpose-affiliate-sharing = Passing your data to Microsoft and other affiliates for their AI or advertising
wizard-reason = Why does this matter to you personally? (optional)
wizard-reason-help = For example: "I am a journalist and must protect my sources." "My posts are my professional work; AI copies of them harm my income." Press Enter to skip.
wizard-outputs = Which documents do you want?
wizard-output = { $output ->
    [form] The text for LinkedIn's online form
    [letter-pdf] The letter as PDF, to print and post
   *[letter-text] The letter as text
}
wizard-problem = { $problem ->
    [empty] This cannot be empty.
    [too-long] This is too long: { $length } characters, at most { $limit }.
    [control] Please remove the control character { $character }.
    [bidi] Please type this again without the direction mark { $character }: it can change the order in which text is shown.
    [email] This is not an e-mail address. Example: name@example.org
   *[url] This is not a web address. Copy it from your browser, starting with https://
}
wizard-preview = Preview of your text:
wizard-folder = Folder for your documents
wizard-folder-exists = This folder already exists. Please choose a new name.
wizard-confirm = Write your documents into the folder { $dir } now?
wizard-next-form = The text for LinkedIn's form is in { $file }.
wizard-next-letter = Print { $file }, sign it and send it by post to the address at the top of the letter. Keep a copy.
wizard-next-deadline = LinkedIn has until { $date } to reply.
wizard-next-reminder = If no proper answer has come by then, write a reminder: { $command }
wizard-save-details = Save your details in { $file } for next time?
wizard-saved = Saved. Next time: { $command }
wizard-stopped = Stopped. Nothing was written.
