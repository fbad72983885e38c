"""Business-support programmes, after chapter 3 of the ward's Commerce and Industry Promotion Plan.

Management advice, loans, start-up seminars, cross-industry networking, a course for the
people who run shopping-street associations, and help to open a shop in an empty shop front.
"""

from home.demo.content import (
    illustration,
    image,
    page,
    paragraph,
    stream,
    t,
)

IMAGES = [
    illustration(
        "support-consultation",
        "ホワイトボードの前で机を囲み相談する人たちのイラスト",
        "Illustration of people talking around a table in front of a whiteboard",
        "meeting",
        ("#f1f5f9", "#c9b79c", "#ffffff", "#2d4b73", "#e76f51"),
    ),
    illustration(
        "support-financing",
        "机を挟んで話し合う事業者と相談員のイラスト",
        "Illustration of a business owner and an adviser talking across a table",
        "meeting",
        ("#f6f1e9", "#8d6e63", "#fffdf7", "#3f7f4f", "#f4a261"),
    ),
    illustration(
        "support-seminar",
        "大きなテーブルを囲んで交流する参加者たちのイラスト",
        "Illustration of seminar participants meeting around a large table",
        "meeting",
        ("#eef2f7", "#b08968", "#ffffff", "#6d597a", "#e9c46a"),
    ),
]

# The contacts several programmes share.
SECTION_CONTACT = t(
    "練馬区 商工観光課\n電話 03-0000-0000（平日 8:30〜17:15）",
    "Commerce, Industry and Tourism Section, Nerima City\nTelephone 03-0000-0000 (weekdays 8:30–17:15)",
    "练马区 商工观光课\n电话 03-0000-0000（工作日 8:30〜17:15）",
    "練馬區 商工觀光課\n電話 03-0000-0000（平日 8:30〜17:15）",
    "네리마구 상공관광과\n전화 03-0000-0000(평일 8:30~17:15)",
)
SHOPPING_STREETS_CONTACT = t(
    "練馬区 商工観光課 商店街係\n電話 03-0000-0000（平日 8:30〜17:15）",
    "Shopping Streets Unit, Commerce, Industry and Tourism Section, Nerima City\nTelephone 03-0000-0000 (weekdays 8:30–17:15)",
    "练马区 商工观光课 商店街股\n电话 03-0000-0000（工作日 8:30〜17:15）",
    "練馬區 商工觀光課 商店街股\n電話 03-0000-0000（平日 8:30〜17:15）",
    "네리마구 상공관광과 상점가계\n전화 03-0000-0000(평일 8:30~17:15)",
)

PAGES = [
    page(
        "industries.SupportProgramPage",
        "business-consultation",
        "industries",
        title=t(
            "経営・創業よろず相談",
            "Business and start-up advice",
            "经营・创业综合咨询",
            "經營・創業綜合諮詢",
            "경영・창업 종합 상담",
        ),
        introduction=t(
            "中小企業診断士などの専門家が、経営の悩みや創業の準備について無料で相談に応じます。",
            "Free advice from management consultants and other experts, on running a business or getting ready to start one.",
            "中小企业诊断士等专家免费为您解答经营上的烦恼和创业准备中的各种问题。",
            "由中小企業診斷士等專家免費為您解答經營上的煩惱，以及創業準備的大小疑問。",
            "중소기업 진단사 등 전문가가 경영 고민과 창업 준비에 대해 무료로 상담해 드립니다.",
        ),
        listing_summary=t(
            "専門家による無料の経営・創業相談。",
            "Free expert advice on running or starting a business.",
            "由专家提供的免费经营・创业咨询。",
            "由專家提供的免費經營・創業諮詢。",
            "전문가의 무료 경영・창업 상담.",
        ),
        listing_image=image("support-consultation"),
        audience=t(
            "<ul><li>区内で事業を営む中小企業・個人事業主</li><li>区内で創業を考えている方</li></ul>",
            "<ul><li>Small businesses and sole traders in the ward</li><li>Anyone planning to start a business in the ward</li></ul>",
            "<ul><li>在区内经营的中小企业和个体经营者</li><li>打算在区内创业的人士</li></ul>",
            "<ul><li>在區內經營的中小企業與個人工作者</li><li>打算在區內創業的朋友</li></ul>",
            "<ul><li>구내에서 사업을 하는 중소기업・개인사업자</li><li>구내에서 창업을 생각하고 계신 분</li></ul>",
        ),
        offer=t(
            "<ul><li>1回60分の個別相談（無料）</li><li>事業計画書の作成支援</li><li>販路開拓や事業承継の相談</li></ul>",
            "<ul><li>One-to-one sessions of 60 minutes (free)</li><li>Help writing a business plan</li><li>Advice on finding customers and on passing on a business</li></ul>",
            "<ul><li>每次60分钟的一对一咨询（免费）</li><li>协助撰写商业计划书</li><li>开拓销售渠道、事业传承等方面的咨询</li></ul>",
            "<ul><li>每次60分鐘的一對一諮詢（免費）</li><li>協助撰寫營運計畫書</li><li>拓展通路、事業傳承等方面的諮詢</li></ul>",
            "<ul><li>1회 60분 개별 상담(무료)</li><li>사업계획서 작성 지원</li><li>판로 개척과 사업 승계 상담</li></ul>",
        ),
        how_to_apply=t(
            "<ol><li>商工観光課に電話で予約します。</li><li>相談内容を簡単にお伝えください。</li><li>予約した日時に区民・産業プラザへお越しください。</li></ol>",
            "<ol><li>Book by phone with the Commerce, Industry and Tourism Section.</li><li>Tell us briefly what you would like to discuss.</li><li>Come to the Citizens' and Industry Plaza at the booked time.</li></ol>",
            "<ol><li>致电商工观光课预约。</li><li>请简单说明想咨询的内容。</li><li>请在预约的时间前往区民・产业广场。</li></ol>",
            "<ol><li>打電話向商工觀光課預約。</li><li>請簡單說明想諮詢的內容。</li><li>請於預約時間前往區民・產業廣場。</li></ol>",
            "<ol><li>상공관광과에 전화로 예약합니다.</li><li>상담하실 내용을 간단히 알려 주세요.</li><li>예약한 일시에 구민・산업 플라자로 오세요.</li></ol>",
        ),
        contact=SECTION_CONTACT,
    ),
    page(
        "industries.SupportProgramPage",
        "small-business-loans",
        "industries",
        title=t(
            "小規模事業者向け融資あっせん",
            "Loan referrals for small businesses",
            "小微企业贷款介绍",
            "小規模事業融資媒合",
            "소규모 사업자 융자 알선",
        ),
        introduction=t(
            "区が金融機関に融資をあっせんし、利子の一部を補助します。設備投資や運転資金にご利用いただけます。",
            "The ward refers you to a partner bank for a loan and pays part of the interest, for equipment or working capital.",
            "区政府为您向金融机构介绍贷款，并补贴部分利息，可用于设备投资或周转资金。",
            "區公所協助媒合金融機構貸款，並補助部分利息，可用於設備投資或營運週轉金。",
            "구가 금융기관에 융자를 알선하고 이자 일부를 보조합니다. 설비 투자나 운전 자금으로 이용하실 수 있습니다.",
        ),
        listing_summary=t(
            "区の利子補助つき融資のあっせん。",
            "Loans with interest support from the ward.",
            "附区政府利息补贴的贷款介绍。",
            "附區公所利息補助的貸款媒合。",
            "구의 이자 보조가 붙은 융자 알선.",
        ),
        listing_image=image("support-financing"),
        audience=t(
            "<ul><li>区内で1年以上事業を営む中小企業・個人事業主</li><li>区の税金を滞納していない方</li></ul>",
            "<ul><li>Small businesses and sole traders trading in the ward for at least a year</li><li>No arrears on ward taxes</li></ul>",
            "<ul><li>在区内经营1年以上的中小企业和个体经营者</li><li>没有拖欠区税的人士</li></ul>",
            "<ul><li>在區內經營1年以上的中小企業與個人工作者</li><li>沒有積欠區稅者</li></ul>",
            "<ul><li>구내에서 1년 이상 사업을 해 온 중소기업・개인사업자</li><li>구의 세금을 체납하지 않은 분</li></ul>",
        ),
        offer=t(
            "<ul><li>融資限度額 1,000万円</li><li>返済期間 最長7年</li><li>利子の一部を区が補助</li></ul>",
            "<ul><li>Loans of up to ¥10 million</li><li>Repayment over up to 7 years</li><li>Part of the interest paid by the ward</li></ul>",
            "<ul><li>贷款上限1,000万日元</li><li>还款期限最长7年</li><li>区政府补贴部分利息</li></ul>",
            "<ul><li>貸款上限1,000萬日圓</li><li>還款期限最長7年</li><li>區公所補助部分利息</li></ul>",
            "<ul><li>융자 한도액 1,000만 엔</li><li>상환 기간 최장 7년</li><li>이자 일부를 구가 보조</li></ul>",
        ),
        how_to_apply=t(
            "<ol><li>商工観光課で事前相談を受けます。</li><li>あっせん申込書と決算書などを提出します。</li><li>区の審査のあと、金融機関が融資を審査します。</li></ol>",
            "<ol><li>Talk to the Commerce, Industry and Tourism Section first.</li><li>Submit the referral form with your accounts.</li><li>After the ward's review, the bank assesses the loan.</li></ol>",
            "<ol><li>先到商工观光课进行事前咨询。</li><li>提交贷款介绍申请书和决算报表等材料。</li><li>区政府审核后，由金融机构进行贷款审查。</li></ol>",
            "<ol><li>先到商工觀光課進行事前諮詢。</li><li>提交媒合申請書及財務報表等文件。</li><li>經區公所審核後，再由金融機構進行貸款審查。</li></ol>",
            "<ol><li>상공관광과에서 사전 상담을 받습니다.</li><li>알선 신청서와 결산서 등을 제출합니다.</li><li>구의 심사 후 금융기관이 융자를 심사합니다.</li></ol>",
        ),
        contact=t(
            "練馬区 商工観光課 融資担当\n電話 03-0000-0000（平日 8:30〜17:15）",
            "Loans desk, Commerce, Industry and Tourism Section, Nerima City\nTelephone 03-0000-0000 (weekdays 8:30–17:15)",
            "练马区 商工观光课 贷款窗口\n电话 03-0000-0000（工作日 8:30〜17:15）",
            "練馬區 商工觀光課 融資窗口\n電話 03-0000-0000（平日 8:30〜17:15）",
            "네리마구 상공관광과 융자 담당\n전화 03-0000-0000(평일 8:30~17:15)",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>このページの条件はデモ用の例です。実際の制度の内容は区にお問い合わせください。</p>",
                    "<p>The terms on this page are demo examples. Please ask the ward about the actual programme.</p>",
                    "<p>本页的条件仅为演示示例，实际制度内容请向区政府咨询。</p>",
                    "<p>本頁條件僅為展示範例，實際制度內容請洽區公所。</p>",
                    "<p>이 페이지의 조건은 데모용 예시입니다. 실제 제도 내용은 구에 문의해 주세요.</p>",
                )
            ),
        ),
    ),
    page(
        "industries.SupportProgramPage",
        "startup-seminars",
        "industries",
        title=t("創業セミナー", "Start-up seminars", "创业讲座", "創業講座", "창업 세미나"),
        introduction=t(
            "事業計画、資金、販路、税務、労務。創業に必要な知識を、専門家と先輩の創業者から全5回で学ぶ連続セミナーです。",
            "A five-part seminar series on what you need to know to start a business (planning, funding, sales, tax and employment), taught by experts and by founders who have done it.",
            "商业计划、资金、销售渠道、税务、劳务——由专家和创业前辈分5次讲授创业所需的知识。",
            "營運計畫、資金、通路、稅務、勞務——由專家與創業前輩分5堂課，傳授創業必備的知識。",
            "사업 계획, 자금, 판로, 세무, 노무. 창업에 필요한 지식을 전문가와 선배 창업자에게 총 5회에 걸쳐 배우는 연속 세미나입니다.",
        ),
        listing_summary=t(
            "創業の基礎を全5回で学ぶセミナー。",
            "Learn the basics of starting up in five sessions.",
            "分5次学习创业基础的讲座。",
            "用5堂課學會創業基礎。",
            "창업의 기초를 총 5회에 걸쳐 배우는 세미나.",
        ),
        listing_image=image("support-seminar"),
        audience=t(
            "<ul><li>区内で創業を予定している方</li><li>区内で創業して5年以内の方</li></ul>",
            "<ul><li>People about to start a business in the ward</li><li>People who started a business in the ward in the last five years</li></ul>",
            "<ul><li>计划在区内创业的人士</li><li>在区内创业未满5年的人士</li></ul>",
            "<ul><li>準備在區內創業的朋友</li><li>在區內創業未滿5年的經營者</li></ul>",
            "<ul><li>구내에서 창업을 예정하고 계신 분</li><li>구내에서 창업한 지 5년 이내인 분</li></ul>",
        ),
        offer=t(
            "<ul><li>全5回の創業セミナー（事業計画、資金、販路、税務、労務）</li><li>受講料は無料、教材つき</li><li>修了者は創業支援の融資の対象になります</li></ul>",
            "<ul><li>A five-part start-up seminar (planning, funding, sales, tax and employment)</li><li>Free of charge, course materials included</li><li>Graduates qualify for start-up loan support</li></ul>",
            "<ul><li>共5次的创业讲座（商业计划、资金、销售渠道、税务、劳务）</li><li>免费听讲，附赠教材</li><li>结业者可申请创业支援贷款</li></ul>",
            "<ul><li>共5堂的創業講座（營運計畫、資金、通路、稅務、勞務）</li><li>免費參加，附講義教材</li><li>結業學員可申請創業支援貸款</li></ul>",
            "<ul><li>총 5회 창업 세미나(사업 계획, 자금, 판로, 세무, 노무)</li><li>수강료 무료, 교재 제공</li><li>수료자는 창업 지원 융자 대상이 됩니다</li></ul>",
        ),
        how_to_apply=t(
            "<ol><li>区のお知らせで日程を確認します。</li><li>電話またはメールで申し込みます。</li></ol>",
            "<ol><li>Check the dates in the ward's announcements.</li><li>Apply by phone or email.</li></ol>",
            "<ol><li>在区政府的公告中确认日程。</li><li>通过电话或电子邮件报名。</li></ol>",
            "<ol><li>在區公所的公告中確認日期。</li><li>以電話或電子郵件報名。</li></ol>",
            "<ol><li>구 소식지에서 일정을 확인합니다.</li><li>전화 또는 이메일로 신청합니다.</li></ol>",
        ),
        contact=SECTION_CONTACT,
    ),
    page(
        "industries.SupportProgramPage",
        "cross-industry-networking",
        "industries",
        title=t("異業種交流会", "Cross-industry networking", "跨行业交流会", "異業交流會", "이업종 교류회"),
        introduction=t(
            "町工場、商店、飲食店、農家、クリエイター。業種をこえて区内の事業者が出会い、新しい取引や共同の企画を生む交流会を年4回開いています。",
            "Small factories, shops, restaurants, farmers and creative studios: four times a year, businesses from every trade in the ward meet to find new customers and start projects together.",
            "小工厂、商店、餐饮店、农户、创作者——区政府每年举办4次交流会，让区内不同行业的经营者相识，催生新的合作与共同企划。",
            "小工廠、商店、餐飲店、農家、創作者——區公所每年舉辦4場交流會，讓區內不同產業的業者彼此認識，激盪出新的合作與共同企劃。",
            "동네 공장, 상점, 음식점, 농가, 크리에이터. 업종을 넘어 구내 사업자가 만나 새로운 거래와 공동 기획을 만들어 내는 교류회를 연 4회 엽니다.",
        ),
        listing_summary=t(
            "業種をこえて区内の事業者がつながる交流会。",
            "Meet businesses from other trades in the ward.",
            "区内不同行业经营者的交流会。",
            "區內跨產業業者的交流聚會。",
            "업종을 넘어 구내 사업자가 이어지는 교류회.",
        ),
        listing_image=image("support-seminar"),
        audience=t(
            "<ul><li>区内で事業を営む中小企業・個人事業主</li><li>区内の農業者、クリエイター、創業セミナーの修了者</li></ul>",
            "<ul><li>Small businesses and sole traders in the ward</li><li>Farmers, creators and start-up seminar graduates in the ward</li></ul>",
            "<ul><li>在区内经营的中小企业和个体经营者</li><li>区内的农业从业者、创作者以及创业讲座结业者</li></ul>",
            "<ul><li>在區內經營的中小企業與個人工作者</li><li>區內的農民、創作者，以及創業講座結業學員</li></ul>",
            "<ul><li>구내에서 사업을 하는 중소기업・개인사업자</li><li>구내 농업인, 크리에이터, 창업 세미나 수료자</li></ul>",
        ),
        offer=t(
            "<ul><li>年4回の交流会（参加費 1,000円、軽食つき）</li><li>参加者全員による3分間の事業紹介</li><li>コーディネーターによる取引先候補の引き合わせ</li></ul>",
            "<ul><li>Four networking evenings a year (¥1,000, light refreshments included)</li><li>A three-minute introduction from every participant</li><li>A coordinator who introduces you to possible partners</li></ul>",
            "<ul><li>每年4次交流会（参加费1,000日元，含简餐）</li><li>每位参加者进行3分钟的业务介绍</li><li>由协调员为您牵线潜在合作伙伴</li></ul>",
            "<ul><li>每年4場交流會（參加費1,000日圓，附輕食）</li><li>每位參加者3分鐘的事業簡介</li><li>由專人協助媒合潛在合作對象</li></ul>",
            "<ul><li>연 4회 교류회(참가비 1,000엔, 간단한 식사 포함)</li><li>참가자 전원의 3분 사업 소개</li><li>코디네이터가 거래처 후보를 연결</li></ul>",
        ),
        how_to_apply=t(
            "<ol><li>区のお知らせで開催日を確認します。</li><li>開催日の2週間前までに、電話またはメールで申し込みます。</li><li>当日は名刺を30枚ほどお持ちください。</li></ol>",
            "<ol><li>Check the dates in the ward's announcements.</li><li>Apply by phone or email at least two weeks before the evening.</li><li>Bring about 30 business cards on the night.</li></ol>",
            "<ol><li>在区政府的公告中确认举办日期。</li><li>请于举办日2周前通过电话或电子邮件报名。</li><li>当天请携带约30张名片。</li></ol>",
            "<ol><li>在區公所的公告中確認舉辦日期。</li><li>請於活動2週前以電話或電子郵件報名。</li><li>當天請準備約30張名片。</li></ol>",
            "<ol><li>구 소식지에서 개최일을 확인합니다.</li><li>개최일 2주 전까지 전화 또는 이메일로 신청합니다.</li><li>당일에는 명함을 30장 정도 준비해 주세요.</li></ol>",
        ),
        contact=t(
            "練馬区 商工観光課 産業振興係\n電話 03-0000-0000（平日 8:30〜17:15）",
            "Industry Promotion Unit, Commerce, Industry and Tourism Section, Nerima City\nTelephone 03-0000-0000 (weekdays 8:30–17:15)",
            "练马区 商工观光课 产业振兴股\n电话 03-0000-0000（工作日 8:30〜17:15）",
            "練馬區 商工觀光課 產業振興股\n電話 03-0000-0000（平日 8:30〜17:15）",
            "네리마구 상공관광과 산업진흥계\n전화 03-0000-0000(평일 8:30~17:15)",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>これまでの交流会からは、漬物店と和菓子店が組んだ練馬大根の菓子や、町工場とアニメスタジオの共同グッズが生まれました。</p>",
                    "<p>Past evenings have led to a Nerima daikon sweet made by a pickle maker and a confectioner together, and to merchandise made jointly by a small factory and an animation studio.</p>",
                    "<p>以往的交流会已经促成了腌菜店与和果子店联手推出的练马萝卜点心，以及小工厂与动画工作室合作开发的周边商品。</p>",
                    "<p>過去的交流會已促成醃菜店與和菓子店聯手推出的練馬蘿蔔點心，還有小工廠與動畫工作室合作的周邊商品。</p>",
                    "<p>지금까지의 교류회에서 절임 가게와 화과자점이 손잡은 네리마 무 과자, 동네 공장과 애니메이션 스튜디오의 공동 굿즈가 탄생했습니다.</p>",
                )
            ),
        ),
    ),
    page(
        "industries.SupportProgramPage",
        "shopping-street-leaders",
        "industries",
        title=t(
            "商店街リーダー育成講座",
            "Shopping-street leadership course",
            "商店街带头人培养讲座",
            "商店街領袖培訓課程",
            "상점가 리더 육성 강좌",
        ),
        introduction=t(
            "商店会の運営を担う次の世代のための講座です。イベントの企画から会計、空き店舗対策、情報発信まで、先輩の会長たちと一緒に学びます。",
            "A course for the next generation of people running shopping-street associations: from planning events and keeping the accounts to dealing with empty shops and getting the word out, learned alongside experienced association chairs.",
            "这是为未来负责商店会运营的新一代开设的讲座。从活动策划、会计、空置店铺对策到信息发布，与资深会长们一起学习。",
            "這是為下一代商店會經營者開設的課程。從活動企劃、會計、閒置店面對策到資訊宣傳，與資深會長們一起學習。",
            "상점회 운영을 이끌어 갈 다음 세대를 위한 강좌입니다. 행사 기획부터 회계, 빈 점포 대책, 홍보까지 선배 회장들과 함께 배웁니다.",
        ),
        listing_summary=t(
            "商店会を担う次の世代のための連続講座。",
            "A course for the people who will run tomorrow's shopping streets.",
            "为商店会新一代带头人开设的系列讲座。",
            "為商店會新世代領袖開設的系列課程。",
            "상점회를 이끌 다음 세대를 위한 연속 강좌.",
        ),
        listing_image=image("support-consultation"),
        audience=t(
            "<ul><li>区内の商店会の役員、または役員を目指す方</li><li>商店街で店を営む、おおむね45歳以下の後継者や若手店主</li></ul>",
            "<ul><li>Committee members of shopping-street associations in the ward, and people who would like to become one</li><li>Successors and young shop owners on the ward's shopping streets, generally aged 45 or under</li></ul>",
            "<ul><li>区内商店会的理事，或有意担任理事的人士</li><li>在商店街经营店铺、年龄大致在45岁以下的接班人和年轻店主</li></ul>",
            "<ul><li>區內商店會的幹部，或有意擔任幹部者</li><li>在商店街開店、年齡約45歲以下的接班人與年輕店主</li></ul>",
            "<ul><li>구내 상점회 임원 또는 임원을 목표로 하는 분</li><li>상점가에서 가게를 운영하는 대략 45세 이하의 후계자나 젊은 점주</li></ul>",
        ),
        offer=t(
            "<ul><li>全6回の講座（イベント企画、会計と補助金、空き店舗対策、情報発信、防犯・防災、事業承継）</li><li>他区の商店街の視察1回</li><li>修了した商店会は、イベントの補助金を申請できます</li></ul>",
            "<ul><li>A six-part course (event planning, accounts and grants, empty shops, publicity, crime and disaster prevention, succession)</li><li>One study visit to a shopping street in another ward</li><li>Associations whose members complete the course can apply for event grants</li></ul>",
            "<ul><li>共6次讲座（活动策划、会计与补助金、空置店铺对策、信息发布、防盗防灾、事业传承）</li><li>考察其他区的商店街1次</li><li>有成员结业的商店会可申请活动补助金</li></ul>",
            "<ul><li>共6堂課程（活動企劃、會計與補助款、閒置店面對策、資訊宣傳、防盜防災、事業傳承）</li><li>參訪其他區的商店街1次</li><li>有成員結業的商店會可申請活動補助款</li></ul>",
            "<ul><li>총 6회 강좌(행사 기획, 회계와 보조금, 빈 점포 대책, 홍보, 방범・방재, 사업 승계)</li><li>다른 구 상점가 시찰 1회</li><li>수료한 상점회는 행사 보조금을 신청할 수 있습니다</li></ul>",
        ),
        how_to_apply=t(
            "<ol><li>所属する商店会の会長から推薦を受けます。</li><li>申込書を商工観光課に提出します。</li><li>定員は20人です。応募が多い場合は選考します。</li></ol>",
            "<ol><li>Ask the chair of your shopping-street association to nominate you.</li><li>Send the application form to the Commerce, Industry and Tourism Section.</li><li>There are 20 places; if more people apply, participants are selected.</li></ol>",
            "<ol><li>请所属商店会的会长推荐。</li><li>向商工观光课提交申请书。</li><li>名额为20人，报名人数较多时将进行选拔。</li></ol>",
            "<ol><li>請所屬商店會的會長推薦。</li><li>將申請書交給商工觀光課。</li><li>名額20人，報名人數過多時將進行甄選。</li></ol>",
            "<ol><li>소속 상점회 회장의 추천을 받습니다.</li><li>신청서를 상공관광과에 제출합니다.</li><li>정원은 20명이며, 신청자가 많으면 선발합니다.</li></ol>",
        ),
        contact=SHOPPING_STREETS_CONTACT,
    ),
    page(
        "industries.SupportProgramPage",
        "vacant-shop-use",
        "industries",
        title=t(
            "空き店舗活用支援",
            "Help to open in an empty shop",
            "空置店铺活用支援",
            "閒置店面活化支援",
            "빈 점포 활용 지원",
        ),
        introduction=t(
            "商店街の空き店舗で新しく店を開く方に、改装費と家賃の一部を補助し、物件探しから開店まで相談に応じます。",
            "If you want to open in an empty shop front on one of the ward's shopping streets, the ward pays part of the refit and the rent, and advises you from finding the premises to opening day.",
            "为在商店街空置店铺开设新店的人士补贴部分装修费和房租，并从寻找店面到开业全程提供咨询。",
            "在商店街的閒置店面開設新店，區公所將補助部分裝修費與租金，從找店面到開幕都能提供諮詢。",
            "상점가의 빈 점포에서 새로 가게를 여는 분께 개장비와 임대료 일부를 보조하고, 점포 찾기부터 개점까지 상담해 드립니다.",
        ),
        listing_summary=t(
            "商店街の空き店舗で開業する方への、改装費と家賃の補助。",
            "Grants towards the refit and the rent when you open in an empty shop on a shopping street.",
            "在商店街空置店铺开店时的装修费和房租补贴。",
            "在商店街閒置店面開店的裝修費與租金補助。",
            "상점가 빈 점포에서 개업하는 분을 위한 개장비・임대료 보조.",
        ),
        listing_image=image("support-financing"),
        audience=t(
            "<ul><li>区内の商店街の空き店舗で、物販・飲食・サービスの店を新しく開く方</li><li>商店会に加入し、商店街の活動に参加できる方</li></ul>",
            "<ul><li>Anyone opening a new shop, café, restaurant or service business in an empty shop front on one of the ward's shopping streets</li><li>You join the shopping-street association and take part in its activities</li></ul>",
            "<ul><li>在区内商店街的空置店铺新开零售、餐饮或服务类店铺的人士</li><li>能够加入商店会并参与商店街活动的人士</li></ul>",
            "<ul><li>在區內商店街的閒置店面新開零售、餐飲或服務類店家的業者</li><li>願意加入商店會、參與商店街活動的業者</li></ul>",
            "<ul><li>구내 상점가 빈 점포에서 물품 판매・음식・서비스 가게를 새로 여는 분</li><li>상점회에 가입하여 상점가 활동에 참여할 수 있는 분</li></ul>",
        ),
        offer=t(
            "<ul><li>改装費の2分の1（上限 200万円）</li><li>開店から1年間、家賃の2分の1（月額上限 5万円）</li><li>商店会や不動産店の紹介と、開店までの個別相談</li></ul>",
            "<ul><li>Half the cost of the refit (up to ¥2 million)</li><li>Half the rent for the first year after opening (up to ¥50,000 a month)</li><li>Introductions to the shopping-street association and to estate agents, and one-to-one advice until you open</li></ul>",
            "<ul><li>补贴装修费的二分之一（上限200万日元）</li><li>开业后1年内补贴房租的二分之一（每月上限5万日元）</li><li>介绍商店会和房地产中介，开业前提供一对一咨询</li></ul>",
            "<ul><li>補助裝修費的二分之一（上限200萬日圓）</li><li>開幕後1年內補助租金的二分之一（每月上限5萬日圓）</li><li>介紹商店會與房仲業者，開幕前提供一對一諮詢</li></ul>",
            "<ul><li>개장비의 2분의 1(상한 200만 엔)</li><li>개점 후 1년간 임대료의 2분의 1(월 상한 5만 엔)</li><li>상점회・부동산 중개업소 소개와 개점까지의 개별 상담</li></ul>",
        ),
        how_to_apply=t(
            "<ol><li>物件を契約する前に、商工観光課で事前相談を受けます。</li><li>事業計画書と改装の見積書を提出します。</li><li>審査で認められてから、改装工事を始めてください。</li></ol>",
            "<ol><li>Talk to the Commerce, Industry and Tourism Section before you sign for the premises.</li><li>Submit a business plan and a quote for the refit.</li><li>Start the refit only once your application has been approved.</li></ol>",
            "<ol><li>签订租约前，先到商工观光课进行事前咨询。</li><li>提交商业计划书和装修报价单。</li><li>审核通过后再开始装修施工。</li></ol>",
            "<ol><li>簽約租下店面前，請先到商工觀光課進行事前諮詢。</li><li>提交營運計畫書與裝修估價單。</li><li>通過審核後，才能開始裝修施工。</li></ol>",
            "<ol><li>점포를 계약하기 전에 상공관광과에서 사전 상담을 받습니다.</li><li>사업계획서와 개장 견적서를 제출합니다.</li><li>심사에서 승인된 후 개장 공사를 시작해 주세요.</li></ol>",
        ),
        contact=SHOPPING_STREETS_CONTACT,
        body=stream(
            paragraph(
                t(
                    "<p>補助の額と条件はデモ用の例です。創業セミナーを修了した方は、審査で加点されます。</p>",
                    "<p>The grant amounts and conditions are demo examples. Graduates of the start-up seminars score extra points in the assessment.</p>",
                    "<p>补贴金额和条件仅为演示示例。创业讲座结业者在审核时可获得加分。</p>",
                    "<p>補助金額與條件僅為展示範例。創業講座結業學員在審核時可獲得加分。</p>",
                    "<p>보조 금액과 조건은 데모용 예시입니다. 창업 세미나 수료자는 심사에서 가점을 받습니다.</p>",
                )
            ),
        ),
    ),
]
