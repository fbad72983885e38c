"""Business-support programmes: consultation, financing, start-up seminars and networking."""

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
        t(
            "ホワイトボードの前で机を囲み相談する人たちのイラスト",
            "Illustration of people talking around a table in front of a whiteboard",
            "在白板前围桌商谈的人们的插图",
            "在白板前圍桌商談的人們的插圖",
            "화이트보드 앞에서 테이블에 둘러앉아 상담하는 사람들 일러스트",
        ),
        "meeting",
        ("#f1f5f9", "#c9b79c", "#ffffff", "#2d4b73", "#e76f51"),
    ),
    illustration(
        "support-financing",
        t(
            "机を挟んで話し合う事業者と相談員のイラスト",
            "Illustration of a business owner and an adviser talking across a table",
            "隔着桌子交谈的经营者与顾问的插图",
            "隔著桌子交談的經營者與顧問的插圖",
            "책상을 사이에 두고 이야기하는 사업자와 상담원 일러스트",
        ),
        "meeting",
        ("#f6f1e9", "#8d6e63", "#fffdf7", "#3f7f4f", "#f4a261"),
        subject="two",
    ),
    illustration(
        "support-seminar",
        t(
            "講師の話を聞くセミナーの参加者たちのイラスト",
            "Illustration of seminar participants listening to a speaker at a whiteboard",
            "在白板前听讲师讲解的研讨会参加者插图",
            "在白板前聽講師講解的研討會參加者插圖",
            "화이트보드 앞 강사의 이야기를 듣는 세미나 참가자들 일러스트",
        ),
        "meeting",
        ("#eef2f7", "#b08968", "#ffffff", "#6d597a", "#e9c46a"),
        subject="seminar",
    ),
    illustration(
        "story-seminar-founders",
        t(
            "机を挟んで話し合う二人の創業者のイラスト",
            "Illustration of two founders talking across a desk",
            "隔着桌子交谈的两位创业者插图",
            "隔著桌子交談的兩位創業者插圖",
            "책상을 사이에 두고 이야기하는 두 창업자 일러스트",
        ),
        "meeting",
        ("#f3efe6", "#6b7f99", "#fffef8", "#c0504d", "#2f6f6a"),
        subject="two",
    ),
]

PAGES = [
    page(
        "industries.SupportProgramPage",
        "business-consultation",
        "industries",
        title=t("経営・創業よろず相談", "Business and start-up advice"),
        introduction=t(
            "中小企業診断士などの専門家が、経営の悩みや創業の準備について無料で相談に応じます。",
            "Free advice from management consultants and other experts, on running a business or getting ready to start one.",
        ),
        listing_summary=t(
            "専門家による無料の経営・創業相談。", "Free expert advice on running or starting a business."
        ),
        listing_image=image("support-consultation"),
        audience=t(
            "<ul><li>区内で事業を営む中小企業・個人事業主</li><li>区内で創業を考えている方</li></ul>",
            "<ul><li>Small businesses and sole traders in the ward</li><li>Anyone planning to start a business in the ward</li></ul>",
        ),
        offer=t(
            "<ul><li>1回60分の個別相談（無料）</li><li>事業計画書の作成支援</li><li>販路開拓や事業承継の相談</li></ul>",
            "<ul><li>One-to-one sessions of 60 minutes (free)</li><li>Help writing a business plan</li><li>Advice on finding customers and on passing on a business</li></ul>",
        ),
        how_to_apply=t(
            "<ol><li>商工観光課に電話で予約します。</li><li>相談内容を簡単にお伝えください。</li><li>予約した日時に区民・産業プラザへお越しください。</li></ol>",
            "<ol><li>Book by phone with the Commerce, Industry and Tourism Section.</li><li>Tell us briefly what you would like to discuss.</li><li>Come to the Citizens' and Industry Plaza at the booked time.</li></ol>",
        ),
        contact=t(
            "練馬区 商工観光課\n電話 03-0000-0000（平日 8:30〜17:15）",
            "Commerce, Industry and Tourism Section, Nerima City\nTelephone 03-0000-0000 (weekdays 8:30–17:15)",
        ),
    ),
    page(
        "industries.SupportProgramPage",
        "small-business-loans",
        "industries",
        title=t("小規模事業者向け融資あっせん", "Loan referrals for small businesses"),
        introduction=t(
            "区が金融機関に融資をあっせんし、利子の一部を補助します。設備投資や運転資金にご利用いただけます。",
            "The ward refers you to a partner bank for a loan and pays part of the interest, for equipment or working capital.",
        ),
        listing_summary=t("区の利子補助つき融資のあっせん。", "Loans with interest support from the ward."),
        listing_image=image("support-financing"),
        audience=t(
            "<ul><li>区内で1年以上事業を営む中小企業・個人事業主</li><li>区の税金を滞納していない方</li></ul>",
            "<ul><li>Small businesses and sole traders trading in the ward for at least a year</li><li>No arrears on ward taxes</li></ul>",
        ),
        offer=t(
            "<ul><li>融資限度額 1,000万円</li><li>返済期間 最長7年</li><li>利子の一部を区が補助</li></ul>",
            "<ul><li>Loans of up to ¥10 million</li><li>Repayment over up to 7 years</li><li>Part of the interest paid by the ward</li></ul>",
        ),
        how_to_apply=t(
            "<ol><li>商工観光課で事前相談を受けます。</li><li>あっせん申込書と決算書などを提出します。</li><li>区の審査のあと、金融機関が融資を審査します。</li></ol>",
            "<ol><li>Talk to the Commerce, Industry and Tourism Section first.</li><li>Submit the referral form with your accounts.</li><li>After the ward's review, the bank assesses the loan.</li></ol>",
        ),
        contact=t(
            "練馬区 商工観光課 融資担当\n電話 03-0000-0000（平日 8:30〜17:15）",
            "Loans desk, Commerce, Industry and Tourism Section, Nerima City\nTelephone 03-0000-0000 (weekdays 8:30–17:15)",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>このページの条件はデモ用の例です。実際の制度の内容は区にお問い合わせください。</p>",
                    "<p>The terms on this page are demo examples. Please ask the ward about the actual programme.</p>",
                )
            ),
        ),
    ),
    page(
        "industries.SupportProgramPage",
        "startup-seminars",
        "industries",
        title=t("創業セミナーと異業種交流会", "Start-up seminars and cross-industry networking"),
        introduction=t(
            "創業に必要な知識を学ぶ連続セミナーと、業種をこえて事業者がつながる交流会を開いています。",
            "A seminar series on what you need to know to start a business, and networking evenings that bring together businesses from different trades.",
        ),
        listing_summary=t(
            "創業の基礎を学ぶセミナーと、業種をこえた交流会。",
            "Learn the basics of starting up, and meet businesses from other trades.",
        ),
        listing_image=image("support-seminar"),
        audience=t(
            "<ul><li>区内で創業を予定している方、創業5年以内の方</li><li>新しい取引先や協力先を探している区内の事業者</li></ul>",
            "<ul><li>People about to start a business in the ward, or who started one in the last five years</li><li>Businesses in the ward looking for new customers or partners</li></ul>",
        ),
        offer=t(
            "<ul><li>全5回の創業セミナー（事業計画、資金、販路、税務、労務）</li><li>年4回の異業種交流会</li><li>修了者は創業支援の融資の対象になります</li></ul>",
            "<ul><li>A five-part start-up seminar (planning, funding, sales, tax and employment)</li><li>Four networking evenings a year</li><li>Graduates qualify for start-up loan support</li></ul>",
        ),
        how_to_apply=t(
            "<ol><li>区のお知らせで日程を確認します。</li><li>電話またはメールで申し込みます。</li></ol>",
            "<ol><li>Check the dates in the ward's announcements.</li><li>Apply by phone or email.</li></ol>",
        ),
        contact=t(
            "練馬区 商工観光課\n電話 03-0000-0000（平日 8:30〜17:15）",
            "Commerce, Industry and Tourism Section, Nerima City\nTelephone 03-0000-0000 (weekdays 8:30–17:15)",
        ),
    ),
]
