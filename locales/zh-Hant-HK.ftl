# 繁體中文（香港）。Defines exactly the messages of en.ftl.
#
# Conventions: formal written Chinese (書面語) as a Hong Kong data protection lawyer writes it,
# not Cantonese; full-width punctuation （），。：；「」 and no spaces between words. Names in
# Latin script (LinkedIn, Microsoft, URLs, the sender's name, foreign law abbreviations) stay
# in Latin script. The writer is 「本人」, LinkedIn is 「貴公司」, an authority is 「貴機構」
# (the same complaint text goes to several authorities); nothing depends on the writer's gender.
# IMPORTANT: every message is written on ONE line. The program joins the lines of a wrapped
# message with a space, which would put spaces between Chinese characters.
#
# Hong Kong law: terminology of the PCPD (個人資料私隱專員公署): 個人資料, 資料使用者,
# 資料當事人, 保障資料原則, 直接促銷 (PCPD newsletter, https://pcpd.org.hk/misc/newsletters/newsletter_32/issue32/files/assets/basic-html/page-14.html),
# 訂明同意. Citation style of the PCPD:
# 「《個人資料(私隱)條例》(《私隱條例》)」 and 「《私隱條例》第64(2)條」 (press release,
# https://pcpd.org.hk/tc_chi/news_events/media_statements/press_20240129.html),
# 「保障資料第3原則」 and 「條例第64條」 (case note,
# https://www.pcpd.org.hk/tc_chi/enforcement/case_notes/casenotes_2.php?id=2019A05&content_type=&content_nature=&msg_id2=490).
# So: 「《私隱條例》第2(3)條」, 「《私隱條例》附表1的保障資料第3原則」; the full name in running
# text is 「香港法例第486章《個人資料（私隱）條例》（《私隱條例》）」 as on the PCPD's GDPR page.
#
# GDPR [U in legal-facts.md]: there is no official Chinese text of Regulation (EU) 2016/679.
# Name as the PCPD writes it: 歐盟《通用數據保障條例》
# (https://www.pcpd.org.hk/tc_chi/data_privacy_law/eu/eu.html). Citations in Chinese statute
# style, law first: 「《通用數據保障條例》第21條第1款」, 「第6條第1款(f)項」, 「第18條第1款(d)項」;
# UK sections 「英國《2018年資料保障法令》第164A條」; Swiss 「《瑞士聯邦資料保障法》第30條第2款(b)項」.
# GDPR terms (no PCPD glossary found for them; chosen to fit the PCPD's vocabulary):
# controller 資料控制者, data subject 資料當事人, legitimate interests 正當利益, compelling
# legitimate grounds 令人信服的正當理由, restriction of processing 限制處理, erasure 刪除,
# recipients 接收者, direct marketing 直接促銷 (PCPD term), profiling 剖析（profiling）,
# supervisory authority 監管機構, lead supervisory authority 牽頭監管機構, Data Protection
# Officer 保障資料主任 (the usual Hong Kong term; no PCPD page confirming it was found).
#
# LinkedIn's setting keeps its English label 「Data for Generative AI Improvement」 (no Chinese label
# is listed in legal-facts.md).
# Dates: 「2026年11月23日」 (month-N is the digit N). Deadlines: 「於……或之前」.
# Letter: salutation 「敬啟者：」, closing 「此致」, subject 「事由：……」, enclosures 「附件：」.
# Chinese has only the CLDR plural category "other".

lang-name = 繁體中文（香港）

## Law abbreviations (law-<id> for each law in src/data/laws.toml)

law-gdpr = 《通用數據保障條例》
law-uk-gdpr = 《英國通用數據保障條例》
law-ch-fadp = 《瑞士聯邦資料保障法》
law-dpa-2018 = 英國《2018年資料保障法令》

## Citation patterns. "eu": EU-style regulations; "ch": Swiss federal acts.

cite-eu-article = 第{ $number }條
cite-eu-article-paragraph = 第{ $number }條第{ $paragraph }款
cite-eu-article-paragraphs = 第{ $number }條第{ $paragraph }款及第{ $second }款
cite-eu-article-paragraph-point = 第{ $number }條第{ $paragraph }款({ $point })項
cite-eu-section = 第{ $number }條
cite-eu-section-paragraph = 第{ $number }({ $paragraph })條
cite-eu-section-paragraphs = 第{ $number }({ $paragraph })及({ $second })條
cite-eu-section-paragraph-point = 第{ $number }({ $paragraph })({ $point })條
cite-eu-and = { $first }及{ $second }
cite-eu-law = { $law }{ $refs }
cite-ch-article = 第{ $number }條
cite-ch-article-paragraph = 第{ $number }條第{ $paragraph }款
cite-ch-article-paragraphs = 第{ $number }條第{ $paragraph }款及第{ $second }款
cite-ch-article-paragraph-point = 第{ $number }條第{ $paragraph }款({ $point })項
cite-ch-section = 第{ $number }條
cite-ch-section-paragraph = 第{ $number }({ $paragraph })條
cite-ch-section-paragraphs = 第{ $number }({ $paragraph })及({ $second })條
cite-ch-section-paragraph-point = 第{ $number }({ $paragraph })({ $point })條
cite-ch-and = { $first }及{ $second }
cite-ch-law = { $law }{ $refs }

## Dates

month-1 = 1
month-2 = 2
month-3 = 3
month-4 = 4
month-5 = 5
month-6 = 6
month-7 = 7
month-8 = 8
month-9 = 9
month-10 = 10
month-11 = 11
month-12 = 12
date-long = { $year }年{ $month }月{ $day }日
# The dateline: place and date, or the date alone.
dateline-with-place = { $place }，{ $date }
# Same as English: the date alone, already written out by date-long
dateline-without-place = { $date }

## Jurisdiction names (jurisdiction-<code>)

jurisdiction-AT = 奧地利
jurisdiction-BE = 比利時
jurisdiction-BG = 保加利亞
jurisdiction-CA = 加拿大
jurisdiction-CA-QC = 魁北克（加拿大）
jurisdiction-CH = 瑞士
jurisdiction-CY = 塞浦路斯
jurisdiction-CZ = 捷克
jurisdiction-DE = 德國
jurisdiction-DE-BB = 勃蘭登堡（德國）
jurisdiction-DE-BE = 柏林（德國）
jurisdiction-DE-BW = 巴登－符騰堡（德國）
jurisdiction-DE-BY = 巴伐利亞（德國）
jurisdiction-DE-HB = 不來梅（德國）
jurisdiction-DE-HE = 黑森（德國）
jurisdiction-DE-HH = 漢堡（德國）
jurisdiction-DE-MV = 梅克倫堡－前波美拉尼亞（德國）
jurisdiction-DE-NI = 下薩克森（德國）
jurisdiction-DE-NW = 北萊茵－威斯特法倫（德國）
jurisdiction-DE-RP = 萊茵蘭－普法爾茨（德國）
jurisdiction-DE-SH = 石勒蘇益格－荷爾斯泰因（德國）
jurisdiction-DE-SL = 薩爾蘭（德國）
jurisdiction-DE-SN = 薩克森（德國）
jurisdiction-DE-ST = 薩克森－安哈爾特（德國）
jurisdiction-DE-TH = 圖林根（德國）
jurisdiction-DK = 丹麥
jurisdiction-EE = 愛沙尼亞
jurisdiction-ES = 西班牙
jurisdiction-FI = 芬蘭
jurisdiction-FR = 法國
jurisdiction-GB = 英國
jurisdiction-GR = 希臘
jurisdiction-HK = 香港
jurisdiction-HR = 克羅地亞
jurisdiction-HU = 匈牙利
jurisdiction-IE = 愛爾蘭
jurisdiction-IN = 印度
jurisdiction-IS = 冰島
jurisdiction-IT = 意大利
jurisdiction-LI = 列支敦士登
jurisdiction-LT = 立陶宛
jurisdiction-LU = 盧森堡
jurisdiction-LV = 拉脫維亞
jurisdiction-MT = 馬耳他
jurisdiction-NL = 荷蘭
jurisdiction-NO = 挪威
jurisdiction-OTHER = 其他國家或地區
jurisdiction-PL = 波蘭
jurisdiction-PT = 葡萄牙
jurisdiction-RO = 羅馬尼亞
jurisdiction-SE = 瑞典
jurisdiction-SI = 斯洛文尼亞
jurisdiction-SK = 斯洛伐克
jurisdiction-US = 美國
jurisdiction-US-CA = 加利福尼亞州（美國）

## Shared pieces of all documents

recipient-dpo = 致：保障資料主任
# The footer of multi-page letters.
page-number = 第{ $page }頁，共{ $total }頁
salutation = 敬啟者：
# 「此致」 would normally be followed by the recipient's name on the next line; the program
# gives this message no recipient, so it stands alone before the signature.
closing = 此致
# The heading of the enclosures list, with the punctuation the language's letters use.
label-enclosures = { $count ->
   *[other] 附件：
}
# The subject line as the letter shows it (some languages label it, like "Objet :").
subject-line = 事由：{ $subject }
# Purposes, as list items inside the objection. $account: "member" or "non-member".
purpose-ai-training = { $account ->
    [member] 訓練、微調、評估及改進生成內容的人工智能模型（生成式人工智能），尤其是以本人的個人檔案資料及本人在LinkedIn上發布的內容進行者；
   *[non-member] 訓練、微調、評估及改進生成內容的人工智能模型（生成式人工智能），尤其是以他人在LinkedIn上發布而涉及本人的內容進行者；
}
purpose-ai-other = 為其他目的訓練人工智能及機器學習模型，例如將貴公司的服務個人化、將內容分類，以及整體改進貴公司的產品及服務；
purpose-affiliate-sharing = 向貴公司的聯屬公司（包括Microsoft）披露本人的個人資料，以供其訓練本身的人工智能模型，或提供、開發或改進其廣告服務；
form-purpose-ai-training = { $account ->
    [member] 以本人的個人檔案資料及本人發布的內容，訓練生成內容的生成式人工智能模型；
   *[non-member] 以他人發布而涉及本人的內容，訓練生成內容的生成式人工智能模型；
}
form-purpose-ai-other = 訓練其他人工智能及機器學習模型，例如用於個人化及內容分類；
form-purpose-affiliate-sharing = 向Microsoft等聯屬公司披露本人的資料，供其訓練人工智能或用於廣告；
form-purpose-ads = 個人化廣告，以及為廣告目的披露本人的資料；

## The form text (pasted into LinkedIn's Data Processing Objection form)

form-title = 反對在LinkedIn上處理本人的個人資料
form-field-name = 姓名：{ $name }
form-field-email = 電郵地址：{ $email }
form-field-country = 居住地：{ $country }
form-field-member = LinkedIn帳戶：{ $account ->
    [member] 有，以上述電郵地址註冊
   *[non-member] 沒有（本人並非LinkedIn會員）
}
form-field-profile = 個人檔案：{ $url }
form-field-content = 涉及本人的內容：{ $url }
form-field-request = 要求：反對處理個人資料（{ $cite }）
form-objection = 本人現根據{ $cite }，反對貴公司以正當利益（{ $basis }）為依據，為下列目的處理本人的個人資料：
form-direct-marketing = 本人現根據{ $cite }，反對為直接促銷目的處理本人的個人資料，包括與此相關的剖析（profiling），尤其是用於個人化廣告。
form-grounds = 本人基於自身特殊情況的理由如下：
form-requests = 在貴公司評估本人的反對期間，請限制處理本人的資料（{ $restriction }）。請刪除為上述目的而收集的個人資料（{ $erasure }），並將此事通知包括Microsoft在內的接收者（{ $recipients }）。
form-confirmation = 請於{ $deadline }或之前以書面確認貴公司已依從本人的反對。

## Guidance printed after the form text (on standard error)

form-guide-heading = 後續步驟：
form-guide-open = 開啟LinkedIn的資料處理反對表格（Data Processing Objection）：{ $url }
form-guide-option = 選擇反對為訓練生成內容的人工智能模型而處理你的資料的選項（LinkedIn的選項名稱可能略有不同），把各欄位的內容複製到表格的相應欄位，並將正文貼到自由填寫的文字欄內。
form-guide-toggle = 「Data for Generative AI Improvement」設定（{ $url }）只會停止日後訓練生成內容的模型，並不涵蓋其他人工智能用途或廣告，因此提出反對本身至為重要。
form-guide-non-member = 沒有帳戶便沒有可更改的設定：你可使用此表格，或致函LinkedIn的保障資料主任（objection letter）提出反對。
form-guide-letter = 如需正式紀錄，請另行寄出信函：objection letter --help

## The objection letter

letter-subject = { $account ->
    [member] 反對處理本人的個人資料（{ $law }），LinkedIn帳戶{ $email }
   *[non-member] 反對處理本人的個人資料（{ $law }）；本人並無LinkedIn帳戶
}
letter-intro-member = 本人為LinkedIn會員，帳戶以電郵地址{ $email }註冊。本人謹致函{ $controller }（即本人個人資料的資料控制者）的保障資料主任。
letter-intro-member-profile = 本人的公開個人檔案：{ $url }
letter-intro-non-member = 本人並無LinkedIn帳戶。其他人在LinkedIn上發布了載有本人個人資料的內容，尤其見於以下{ $count ->
   *[other] 網址：
}
letter-intro-non-member-after = 本人謹致函{ $controller }（即上述資料的資料控制者）的保障資料主任。
letter-heading-objection = 反對基於正當利益的處理
letter-objection = 本人現根據{ $cite }，基於與本人特殊情況有關的理由，反對貴公司為下列目的處理本人的個人資料，而貴公司就此所倚據的是{ $basis }所指的正當利益：
letter-objection-notice = { $account ->
    [member] 貴公司的私隱通知表明，自2025年11月3日起，貴公司倚據正當利益，以會員的資料訓練生成內容的人工智能模型。
   *[non-member] 貴公司的私隱通知表明，自2025年11月3日起，貴公司倚據正當利益，以會員發布的內容訓練生成內容的人工智能模型，而該等內容亦載有其他人（例如本人）的個人資料。
}
letter-grounds-given = 本人基於自身特殊情況的理由如下：
letter-grounds-burden = 本人提出反對後，除非貴公司證明有令人信服的正當理由進行處理，而該等理由凌駕於本人的利益、權利及自由，或該處理是為確立、行使或抗辯法律申索所需，否則貴公司不得繼續處理。證明該等理由的責任在於貴公司。
letter-heading-direct-marketing = 反對為直接促銷而進行的剖析
letter-direct-marketing = 本人現根據{ $cite }，反對為直接促銷目的處理本人的個人資料，包括與直接促銷有關的剖析（profiling），尤其是用於個人化廣告。此項反對無須提出理由；貴公司一經收到本反對，即不得再為上述目的處理本人的資料。
letter-consent-withdrawal = 如貴公司就個人化廣告倚據本人的同意，本人現根據{ $cite }撤回該同意。
letter-heading-restriction = 在評估本人的反對期間限制處理
letter-restriction = 本人現根據{ $cite }，要求貴公司在核實貴公司的正當理由是否凌駕於本人的正當理由之前，限制為上述目的處理本人的個人資料。
letter-heading-erasure = 刪除
letter-erasure = 本人現根據{ $cite }，要求貴公司刪除為上述目的而收集或衍生的個人資料，包括訓練資料集中的副本。另請告知本人，本人的資料是否已被用於訓練模型；如已被使用，貴公司就此採取何種措施。
letter-heading-recipients = 接收者
letter-recipients = 請根據{ $cite }，將限制處理及刪除一事通知貴公司為上述目的而向其披露本人個人資料的每一名接收者（包括Microsoft等聯屬公司），並告知本人該等接收者的身份。
letter-heading-fadp = 瑞士資料保障法
letter-fadp = 本人居於瑞士。本函同時構成{ $personality }所指的明示聲明，表明本人的個人資料不得為上述目的而處理。違反此聲明處理本人的資料，即屬侵犯本人的人格；除非根據{ $justification }具有正當理由，否則該侵犯屬違法。如本人的資料屬可普遍查閱者，本人明確禁止為上述目的處理該等資料（{ $public }）。本人保留根據{ $claims }提出申索的權利。
letter-heading-confirmation = 確認
letter-confirmation = 請從速並無論如何最遲於{ $deadline }或之前，以書面確認貴公司已依從本人的反對及各項要求（{ $cite }）。如貴公司認為可繼續處理有關資料，請說明貴公司所倚據的令人信服的正當理由。
letter-toggle = 本人知悉「Data for Generative AI Improvement」設定。由於該設定只涵蓋日後對生成內容模型的訓練，故不能取代本反對。
letter-uk-complaint = 如貴公司不就本反對採取行動，請同時將本函視為根據{ $cite }向貴公司作出的投訴。
letter-reply-channel = 請回覆至電郵地址{ $email }。

## The complaint to the supervisory authority

complaint-subject = { $route ->
    [report] 根據{ $cite }就{ $controller }作出的舉報
   *[complaint] 根據{ $cite }對{ $controller }作出的投訴
}
complaint-intro = 本人現就{ $controller }（{ $address }）處理本人個人資料一事，對其作出投訴。
complaint-intro-report = 本人現向貴機構舉報{ $controller }（{ $address }）處理本人個人資料一事。本人明白，作為舉報人，本人並不具有當事方地位。
complaint-heading-facts = 事實經過
complaint-facts = { $account ->
    [member] 本人為LinkedIn會員（帳戶電郵地址：{ $email }）。
   *[non-member] 本人並無LinkedIn帳戶；其他人在LinkedIn上發布了涉及本人的內容，尤其見於以下{ $count ->
       *[other] 網址：
    }
}
complaint-objection-sent = 本人已於{ $date }根據{ $cite }反對處理本人的個人資料，並要求限制處理、刪除有關資料及通知接收者。隨函附上本人的反對書。
complaint-objection-sent-report = 本人已於{ $date }明確反對為訓練人工智能及相關目的處理本人的個人資料。隨函附上本人的反對書。
complaint-deadline = LinkedIn根據{ $cite }作出答覆的期限已於{ $deadline }屆滿。
complaint-outcome = { $outcome ->
    [refused] LinkedIn已拒絕本人的反對，但並未證明存在凌駕於本人的利益、權利及自由的令人信服的正當理由。隨函附上其答覆。
    [incomplete] LinkedIn的答覆並未全面落實本人的反對。隨函附上其答覆。
   *[no-reply] 截至目前，本人未有收到任何實質答覆。
}
complaint-heading-assessment = 法律分析
complaint-assessment = LinkedIn倚據{ $basis }所指的正當利益，使用會員的個人檔案及所發布的內容（包括該等內容所載的其他人的個人資料）訓練生成內容的人工智能模型。在有人提出反對後，LinkedIn只有在證明存在令人信服的正當理由，且該等理由凌駕於反對者的利益、權利及自由時，方可繼續處理（{ $cite }）。LinkedIn並未作出此證明；因此，本人認為繼續處理本人的資料違反{ $law }。
complaint-assessment-report = 違反本人的明示聲明處理本人的個人資料，即屬{ $personality }所指的侵犯本人人格；除非根據{ $justification }具有正當理由，否則該侵犯屬違法。LinkedIn並未證明有任何此等正當理由。
complaint-heading-requests = 請求
complaint-requests = 本人謹請貴機構調查本人的投訴，採取必要措施使LinkedIn依從本人的反對，並告知本人投訴的進展及結果。
complaint-requests-report = 本人謹請貴機構根據{ $cite }展開調查，並告知本人貴機構所採取的步驟及其結果。
complaint-lead-authority = 愛爾蘭資料保障委員會（Data Protection Commission）是{ $controller }的牽頭監管機構（{ $cite }）。本人向貴機構（即本人慣常居住地的監管機構）提出本投訴，並請貴機構與愛爾蘭資料保障委員會合作處理。
complaint-lead-authority-forward = 愛爾蘭資料保障委員會（Data Protection Commission）是{ $controller }的牽頭監管機構（{ $cite }）。據本人所知，貴機構本身對該公司並無管轄權；因此，本人請貴機構將本投訴轉交具管轄權的監管機構。
complaint-lead-authority-report = 在歐洲聯盟內，{ $controller }由其牽頭監管機構愛爾蘭資料保障委員會（Data Protection Commission）監管。
complaint-uk-controller-first = 本人在致函貴機構之前，已向資料控制者提出此事：本人在反對書中要求LinkedIn同時將其視為根據{ $cite }作出的投訴。
complaint-enclosure-objection = 本人於{ $date }發出的反對書
complaint-enclosure-reply = LinkedIn的答覆
complaint-contact = 貴機構可透過電郵地址{ $email }與本人聯絡。

## The reminder (after the deadline has passed)

reminder-subject = { $account ->
    [member] 再次促請處理本人於{ $date }提出的反對（{ $law }），LinkedIn帳戶{ $email }
   *[non-member] 再次促請處理本人於{ $date }提出的反對（{ $law }）
}
reminder-intro = 本人已於{ $date }根據{ $cite }反對處理本人的個人資料，並要求限制處理、刪除有關資料及通知接收者。隨函附上本人反對書的副本。
reminder-overdue = 貴公司根據{ $cite }作出答覆的期限已於{ $deadline }屆滿。截至目前，本人未有收到任何實質答覆。
reminder-request = 本人要求貴公司不得再有延誤，立即依從本人的反對及各項要求，並於{ $deadline }或之前以書面向本人確認。
reminder-next = { $route ->
    [report] 如本人屆時仍未收到令人滿意的答覆，本人將向監管機構（{ $authority }）舉報此事。
   *[complaint] 如本人屆時仍未收到令人滿意的答覆，本人將向監管機構（{ $authority }）作出投訴。
}
complaint-reminder-sent = 本人已於{ $date }就本人的反對向LinkedIn發出催告，並訂定{ $deadline }為新的期限。
complaint-enclosure-reminder = 本人於{ $date }發出的催告函

## Case status (objection status --case DIR)

status-reference = 個案{ $reference }
status-empty = 此個案尚未有反對書。請以下列指令開始：objection letter --case { $dir }
status-sent = 反對書已於{ $date }寄出。
status-reminded = 催告函已於{ $date }寄出。
status-complained = 投訴書已於{ $date }擬備。有關機構會告知你其處理進度。
status-waiting = 正等候LinkedIn於{ $date }或之前作出答覆（尚餘{ $days ->
   *[other] { $days }日
}）。
status-overdue = 已逾期{ $days ->
   *[other] { $days }日
}：期限為{ $date }。
status-next-wait-reminder = 下一步：如LinkedIn屆時仍未答覆，請撰寫催告函：objection reminder --case { $dir }
status-next-wait-complaint = 下一步：如LinkedIn屆時仍未答覆，請撰寫投訴書：objection complaint --case { $dir }
status-next-reminder = 下一步：撰寫催告函：objection reminder --case { $dir }
status-next-complaint = 下一步：撰寫致監管機構的投訴書：objection complaint --case { $dir }
calendar-summary = LinkedIn就你的反對作出答覆的期限（{ $reference }）
calendar-description = 如LinkedIn今日仍未答覆，請查看下一步：objection status --case { $dir }

## Laws outside the GDPR: withdrawal of consent, opt-outs, or LinkedIn's own commitments.
## Never GDPR wording here: these letters go to LinkedIn Corporation under other laws.
# Foreign law abbreviations stay as they are (PIPEDA, CCPA, Cal. Civ. Code, CQLR c. P-39.1,
# DPDP Act 2023); the PDPO is named by its official Chinese title. "Personal information" is
# 「個人資料」 throughout (the PDPO's statutory term).

# Same as English: the Canadian statute's abbreviation
law-pipeda = PIPEDA
law-qc-private = 魁北克《私營界別個人資料保障法》
law-pdpo = 《私隱條例》
# Same as English: the Californian code's citation name
law-ccpa = Cal. Civ. Code
# Same as English: the Indian statute's abbreviation
law-dpdp = DPDP Act 2023
law-us-generic = 《LinkedIn私隱政策》
law-generic = 《LinkedIn私隱政策》
# Short names for subject lines.
# Same as English: the Canadian statute's abbreviation
law-short-pipeda = PIPEDA
law-short-qc-private = 魁北克《私營界別個人資料保障法》
law-short-pdpo = 《私隱條例》
# Same as English: the Californian statute's abbreviation
law-short-ccpa = CCPA
# Same as English: the Indian statute's abbreviation
law-short-dpdp = DPDP Act 2023
law-short-us-generic = 《LinkedIn私隱政策》
law-short-generic = 《LinkedIn私隱政策》
# The name of the law in running text ("under the CCPA").
law-name-pipeda = 加拿大《個人資料保護及電子文件法》（PIPEDA）
law-name-qc-private = 魁北克《私營界別個人資料保障法》（CQLR c. P-39.1）
law-name-pdpo = 香港法例第486章《個人資料（私隱）條例》（《私隱條例》）
law-name-ccpa = 《加州消費者私隱法》（CCPA）
law-name-dpdp = 印度《2023年數碼個人資料保護法》（DPDP Act 2023）
law-name-us-generic = 《LinkedIn私隱政策》
law-name-generic = 《LinkedIn私隱政策》
cite-common-article = 第{ $number }條
cite-common-article-paragraph = 第{ $number }({ $paragraph })條
cite-common-section = 第{ $number }條
cite-common-section-paragraph = 第{ $number }({ $paragraph })條
cite-common-principle = 附表1原則{ $number }
cite-common-dpp = 附表1的保障資料第{ $number }原則
cite-common-and = { $first }及{ $second }
cite-common-law = { $law }{ $refs }
# Same as English: the US section sign
cite-us-section = § { $number }
cite-us-and = { $first }及{ $second }
# Same as English: US code citations stay in their own form ("Cal. Civ. Code § 1798.120")
cite-us-law = { $law } { $refs }
purpose-ads = { $account ->
    [member] 根據本人的個人檔案及活動投放個人化廣告，以及為廣告目的向他人披露本人的資料；
   *[non-member] 根據本人的個人資料投放個人化廣告，以及為廣告目的向他人披露該等資料；
}
other-subject = { $family ->
    [consent] 撤回對使用本人個人資料的同意（{ $law }）
    [optout] 要求選擇退出出售及分享本人的個人資料（{ $law }）
   *[generic] 要求停止將本人的個人資料用於人工智能訓練及廣告
}
other-intro-member = 本人為LinkedIn會員，帳戶以電郵地址{ $email }註冊。本人謹就{ $controller }使用本人個人資料一事致函貴公司。
other-intro-non-member = 本人並無LinkedIn帳戶。其他人在LinkedIn上發布了載有本人個人資料的內容，尤其見於以下{ $count ->
   *[other] 網址：
}
other-intro-non-member-after = 本人謹就{ $controller }使用上述資料一事致函貴公司。
consent-no-objection = { $law }並無賦予反對使用個人資料的一般權利。因此，本人援引該法例所賦予的最接近的權利，即撤回同意（{ $cite }）。
consent-withdrawal = 本人現撤回LinkedIn為下列目的使用本人個人資料所倚據的任何明示或默示同意：
consent-new-purpose = 訓練人工智能模型並非本人向LinkedIn提供資料的目的。將該等資料用於此類新目的，須取得本人的同意（{ $cite }），而本人並不給予該同意。
consent-in-force = { $law }有關同意及撤回同意的條文預定於{ $date }生效。在此之前，本人請貴公司按照LinkedIn私隱政策所作的承諾，尊重本人撤回同意的決定。
optout-no-objection = CCPA並無賦予就人工智能訓練本身提出反對的權利。因此，本人行使該法所賦予的權利，並另外提出本人的要求。
optout-sale = 本人現根據{ $cite }，指示貴公司不得出售或分享本人的個人資料。此指示亦包括不得向Microsoft或其他聯屬公司披露該等資料，以供其將向本人展示的廣告個人化。
optout-sensitive = 本人現根據{ $cite }，指示貴公司將使用及披露本人敏感個人資料的範圍限於法律所准許者。
optout-ai = 除上述權利外，本人要求貴公司停止為下列目的使用本人的個人資料：
generic-basis = { $scope ->
    [us] 並無任何聯邦法律賦予本人反對此類使用的權利。本人倚據LinkedIn本身提供的選擇及其私隱政策，並要求貴公司對本人全面適用該等選擇及政策。
   *[other] 本人倚據LinkedIn私隱政策中的承諾（該政策讓會員及訪客控制其資料的使用方式），以及本人所在國家或地區適用的任何資料保障法律。
}
generic-request = 本人的要求涉及為下列目的使用本人的個人資料：
generic-us-state = 如本人所在州份的消費者私隱法律適用於LinkedIn，請同時將本函視為根據該法律提出的要求。
generic-settings = LinkedIn的「Data for Generative AI Improvement」及「Data sharing」設定只涵蓋本要求的一部分；請全面落實本要求。
other-stop = 請停止為上述目的使用本人的資料，將其從日後的訓練資料中剔除，並告知本人已被使用的資料將如何處理。
other-deadline-courtesy = 法例並無就貴公司的答覆訂明期限，惟本人懇請貴公司於{ $deadline }或之前以書面確認已就本要求採取行動。
optout-deadline = 請在切實可行的範圍內盡快落實本人的選擇退出要求，無論如何不得遲於{ $deadline }（即CCPA規例就選擇退出要求所訂的15個營業日期限），並以書面向本人確認。
other-form-field-request = 要求：{ $family ->
    [consent] 撤回同意（{ $law }）
    [optout] 選擇退出出售及分享（{ $law }）
   *[generic] 停止將本人的資料用於人工智能訓練及廣告
}
other-form-guide-route = LinkedIn的歐洲私隱通知載有此表格的說明。如你無法使用此表格，請改為寄出信函（objection letter），或使用LinkedIn的私隱查詢表格：{ $url }
other-reminder-subject = 再次促請處理本人於{ $date }發出的信函（{ $law }）
other-reminder-intro = 本人已於{ $date }就為訓練人工智能及相關目的使用本人個人資料一事致函貴公司。隨函附上該信函的副本。
other-reminder-overdue = 本人曾要求貴公司於{ $deadline }或之前答覆。截至目前，本人未有收到任何實質答覆。
other-reminder-request = 本人要求貴公司不得再有延誤，立即就本人的要求採取行動，並於{ $deadline }或之前以書面向本人確認。
other-reminder-next = 如本人屆時仍未收到令人滿意的答覆，本人將向{ $authority }作出投訴。
other-reminder-next-none = 如本人屆時仍未收到令人滿意的答覆，本人將考慮採取其他可行的補救途徑。
other-complaint-subject = 就{ $controller }作出的投訴（{ $law }）
other-complaint-intro = 本人現根據{ $law_name }，就{ $controller }（{ $address }）使用本人個人資料一事作出投訴。
other-complaint-sent = { $family ->
    [consent] 本人已於{ $date }撤回對為訓練人工智能及相關目的使用本人個人資料的同意（{ $cite }）。
   *[optout] 本人已於{ $date }指示LinkedIn不得出售或分享本人的個人資料（{ $cite }），並要求其停止使用本人的資料訓練人工智能模型。
}隨函附上本人的信函。本人曾要求LinkedIn於{ $deadline }或之前答覆。
other-complaint-outcome = { $outcome ->
    [refused] LinkedIn已拒絕本人的要求。隨函附上其答覆。
    [incomplete] LinkedIn的答覆並未全面落實本人的要求。隨函附上其答覆。
   *[no-reply] 截至目前，本人未有收到任何實質答覆。
}
other-complaint-assessment = { $family ->
    [consent] 本人認為，LinkedIn在未經本人同意的情況下繼續使用本人的資料，且將其用於須取得該同意的新目的（{ $cite }）。
   *[optout] 本人認為，LinkedIn未有在CCPA規例容許的期限內落實本人的選擇退出要求。
}
other-complaint-requests = 本人謹請貴機構調查本人的投訴，並告知本人調查結果。
other-enclosure-letter = 本人於{ $date }發出的信函
other-reasons = 就本人的情況，本人補充如下：
other-complaint-reminder-sent = 本人已於{ $date }向LinkedIn發出催告函，並訂定{ $deadline }為新的期限。

## Warnings printed on standard error (after "warning: " or "note: ")

warning-no-grounds = 根據{ $cite }，反對須基於與你特殊情況有關的理由；現時的反對並未列出任何理由。請補充理由，令反對較難被拒絕：--reason "..."
note-federal-authority = 只指明DE時，投訴會送交聯邦機構（BfDI），該機構會把針對公司的投訴轉交州監管機構。如要直接向州監管機構投訴，請指明你所在的州，例如--country DE-BE（見`objection jurisdictions`）。
warning-premature = LinkedIn可於{ $deadline }或之前作出答覆；在此之前因未獲答覆而撰寫{ $document ->
    [reminder] 催告函
   *[complaint] 投訴書
}，實屬過早。

## E-mail (-o FILE.eml): the cover text above the document's text, and the attached PDF's
## file name (then "-<name>-<date>.pdf")

email-cover-letter = 隨郵件附上本人於{ $date }發出的信函（PDF檔案），全文載於下文。
email-cover-reminder = 隨郵件附上本人於{ $date }發出的催告函（PDF檔案），全文載於下文。
email-cover-complaint = 隨郵件附上本人於{ $date }作出的投訴（PDF檔案），全文載於下文。
email-receipt = 請確認收悉。
email-file-letter = 信函
email-file-reminder = 催告函
email-file-complaint = 投訴
# Printed on standard error (after "note: "), followed by the enclosures, one a line.
email-note-enclosures = 電郵只附上PDF檔案。發送前，請一併附上以下附件：

## Wizard (objection new): its questions, help lines and next steps. Short and plain: the
## person may never have used a terminal. $number counts lines from 1; $character is "U+202E".

wizard-welcome = 本助手會一步一步協助你反對 LinkedIn 使用你的資料。在你最後確認之前，甚麼都不會儲存。你可隨時按 Esc 或 Ctrl+C 停止。
wizard-language = 語言
wizard-help-select = ↑↓ 移動，Enter 選擇
wizard-help-multi = ↑↓ 移動，空白鍵剔選或取消，完成後按 Enter
wizard-country = 你住在哪裏？
wizard-country-help = 輸入文字搜尋，按 Enter 選擇。如住在德國，請選擇你所在的聯邦州。
wizard-member = 你有 LinkedIn 帳戶嗎？
wizard-answer = { $answer ->
    [yes] 有
   *[no] 沒有
}
wizard-content-url = 關於你的 LinkedIn 內容的網址（第 { $number } 個）
wizard-content-url-help = 請從瀏覽器的網址列複製（https://...）。完成後留空即可。
wizard-name = 你的全名
wizard-email = 你的電郵地址
wizard-email-help = 你的 LinkedIn 帳戶所用的地址；如沒有帳戶，請填 LinkedIn 可回覆你的地址。
wizard-address = 你的通訊地址（第 { $number } 行）
wizard-address-help = 例如大廈、街道及門牌號數，然後是地區。完成後留空即可。
wizard-place = 你所在的城市或地區（用於信件的日期行）
wizard-object-to = 你反對甚麼？
wizard-purpose-ai-training = LinkedIn 用你的資料訓練會寫文字或生成圖像的人工智能
wizard-purpose-ai-other = 以其他方式把你的資料用於人工智能，例如個人化你的動態或把內容分類
wizard-purpose-ads-profiling = 根據你的個人檔案投放的廣告
wizard-purpose-affiliate-sharing = 把你的資料交給微軟及其他聯屬公司，用於它們的人工智能或廣告
wizard-reason = 為甚麼這件事對你個人重要？（可選填）
wizard-reason-help = 例如：「我是記者，必須保護消息來源。」「我的帖文是我的工作成果；人工智能的仿作會損害我的收入。」按 Enter 略過。
wizard-outputs = 你需要哪些文件？
wizard-output = { $output ->
    [form] 用於 LinkedIn 網上表格的文字
    [letter-pdf] PDF 信件，可列印後郵寄
   *[letter-text] 純文字信件
}
wizard-problem = { $problem ->
    [empty] 此欄不可留空。
    [too-long] 太長了：{ $length } 個字元，上限 { $limit } 個。
    [control] 請刪除控制字元 { $character }。
    [bidi] 請重新輸入，不要包含方向符號 { $character }：它可改變文字的顯示次序。
    [email] 這不是電郵地址。例子：name@example.org
   *[url] 這不是網址。請從瀏覽器複製，以 https:// 開頭
}
wizard-preview = 文字預覽：
wizard-folder = 存放文件的資料夾
wizard-folder-exists = 這個資料夾已經存在，請另選名稱。
wizard-confirm = 現在把文件儲存到資料夾 { $dir } 嗎？
wizard-next-form = LinkedIn 表格所用的文字在 { $file }。
wizard-next-letter = 列印 { $file }，簽署後郵寄到信件頂部所示的地址。請保留副本。
wizard-next-deadline = LinkedIn 須於 { $date } 或之前回覆。
wizard-next-reminder = 如屆時仍未收到妥善回覆，請寫跟進信：{ $command }
wizard-save-details = 把你的資料儲存到 { $file }，方便下次使用嗎？
wizard-saved = 已儲存。下次請用：{ $command }
wizard-stopped = 已停止。沒有儲存任何東西。
