"""The home page, the section index pages and the standard pages (about, access, privacy, accessibility, contact)."""

from home.demo.content import (
    call_to_action,
    facts,
    featured,
    heading,
    illustration,
    image,
    image_block,
    page,
    paragraph,
    stream,
    t,
)

IMAGES = [
    illustration(
        "hero-nerima-dusk",
        t(
            "夕暮れの練馬の街並みを描いたイラスト。低い家並みと駅、明かりの灯る窓、手前に畑が広がる",
            "Illustration of Nerima at dusk: low houses, a station and lit windows, with fields in the foreground",
            "黄昏时分练马街景的插图：低矮的房屋、车站和亮灯的窗户，前景是农田",
            "黃昏時分練馬街景的插圖：低矮的房屋、車站和亮燈的窗戶，前景是農田",
            "해 질 녘 네리마 거리 일러스트: 낮은 집들과 역, 불 켜진 창문, 앞쪽에 펼쳐진 밭",
        ),
        "skyline",
        ("#f3a76b", "#fbe3c4", "#5b4a6b", "#6f8f4e", "#ffd66b"),
    ),
    illustration(
        "plaza-building",
        t(
            "駅前広場に面した区民・産業プラザの建物と街路樹のイラスト",
            "Illustration of the Citizens' and Industry Plaza building on a station square, lined with trees",
            "车站前广场旁的区民・产业广场大楼与行道树的插图",
            "車站前廣場旁的區民・產業廣場大樓與行道樹的插圖",
            "역 앞 광장에 면한 구민·산업 플라자 건물과 가로수 일러스트",
        ),
        "plaza",
        ("#9cc9e8", "#d9d4cc", "#6d8fa8", "#5f9a5a", "#c9c2b6"),
    ),
]

HOME = page(
    "home.HomePage",
    "home",
    None,
    title=t(
        "練馬のしごと・まち・観光",
        "Nerima Industry & Tourism",
        "练马的产业与观光",
        "練馬的產業與觀光",
        "네리마의 산업과 관광",
    ),
    hero_heading=t(
        "つくる人に会いに、練馬へ。",
        "Come to Nerima and meet the people who make things.",
        "来练马，见见用心制作的人们。",
        "來練馬，見見用心製作的人們。",
        "네리마에서 만드는 사람들을 만나 보세요.",
    ),
    hero_text=t(
        "商店街の老舗、練馬大根の沢庵、受け継がれる伝統工芸、そしてテレビアニメ発祥の地のスタジオ。区内の事業者と、フェアや見学会の情報をまとめてご紹介します。",
        "Old shops on lively shopping streets, takuan pickled from Nerima daikon, crafts handed down for generations and studios in a birthplace of Japanese TV animation: the ward's businesses, fairs and factory tours in one place.",
        "商店街的老字号、用练马萝卜腌制的泽庵、代代相传的传统工艺，还有电视动画发祥地的工作室。这里汇集了区内企业以及展会和参观活动的信息。",
        "商店街的老字號、用練馬蘿蔔醃製的澤庵、代代相傳的傳統工藝，還有電視動畫發祥地的工作室。這裡匯集了區內企業以及展會和參觀活動的資訊。",
        "상점가의 노포, 네리마 무로 담근 단무지, 대대로 이어져 온 전통 공예, 그리고 TV 애니메이션 발상지의 스튜디오. 구내 사업자와 박람회・견학 정보를 한곳에 모았습니다.",
    ),
    hero_image=image("hero-nerima-dusk"),
    listing_summary=t(
        "練馬区の商店街、漬物、伝統工芸、アニメと、フェア・見学会の案内。",
        "Shopping streets, pickles, traditional crafts and anime in Nerima City, with its fairs and factory tours.",
        "练马区的商店街、腌菜、传统工艺、动画以及展会和参观活动指南。",
        "練馬區的商店街、醃菜、傳統工藝、動畫以及展會和參觀活動指南。",
        "네리마구의 상점가, 절임, 전통 공예, 애니메이션과 박람회・견학 안내.",
    ),
    featured_profiles=featured(
        "hidamari-street", "miyakoya", "shiraishi-tsukemono", "onodera-koichi", "studio-himawariza", "nukazuke-sakura"
    ),
    body=stream(
        heading(t("練馬区について", "About Nerima City", "关于练马区", "關於練馬區", "네리마구 소개")),
        paragraph(
            t(
                "<p>練馬区は東京23区の北西部にあり、約74万人が暮らす住宅都市です。23区でいちばん多くの農地が残り、江戸時代から続く練馬大根の産地として知られてきました。また、日本のテレビアニメーションの発祥の地のひとつでもあり、今も多くの制作会社が区内に拠点を置いています。</p>",
                "<p>Nerima City lies in the north-west of Tokyo's 23 wards and is home to about 740,000 people. It keeps more farmland than any other ward and has been known for Nerima daikon since the Edo period. It is also one of the birthplaces of Japanese TV animation, and many studios still work here.</p>",
                "<p>练马区位于东京23区的西北部，是约74万人居住的住宅城市。这里保留着23区中最多的农田，自江户时代起就以练马萝卜的产地闻名。练马区也是日本电视动画的发祥地之一，至今仍有许多制作公司以此为据点。</p>",
                "<p>練馬區位於東京23區的西北部，是約74萬人居住的住宅城市。這裡保留著23區中最多的農田，自江戶時代起就以練馬蘿蔔的產地聞名。練馬區也是日本電視動畫的發祥地之一，至今仍有許多製作公司以此為據點。</p>",
                "<p>네리마구는 도쿄 23구의 북서부에 있으며 약 74만 명이 사는 주택 도시입니다. 23구 중 농지가 가장 많이 남아 있고, 에도 시대부터 네리마 무의 산지로 알려져 왔습니다. 또한 일본 TV 애니메이션의 발상지 중 하나로, 지금도 많은 제작사가 구내에 자리하고 있습니다.</p>",
            )
        ),
        facts(
            (
                t("人口", "Population", "人口", "人口", "인구"),
                t("約74万人", "About 740,000", "约74万人", "約74萬人", "약 74만 명"),
            ),
            (
                t("面積", "Area", "面积", "面積", "면적"),
                t(
                    "48.08平方キロメートル",
                    "48.08 square kilometres",
                    "48.08平方公里",
                    "48.08平方公里",
                    "48.08제곱킬로미터",
                ),
            ),
            (
                t("名産", "Known for", "特产", "特產", "명산품"),
                t(
                    "練馬大根、沢庵漬け、キャベツ",
                    "Nerima daikon, takuan pickles, cabbage",
                    "练马萝卜、泽庵腌萝卜、卷心菜",
                    "練馬蘿蔔、澤庵醃蘿蔔、高麗菜",
                    "네리마 무, 단무지, 양배추",
                ),
            ),
        ),
        call_to_action(
            t("このサイトについて", "About this site", "关于本网站", "關於本網站", "이 사이트에 대하여"), "about"
        ),
    ),
)

INDEXES = [
    page(
        "industries.IndustriesIndexPage",
        "industries",
        "home",
        show_in_menus=True,
        title=t("産業・商店街", "Shops and industry", "产业・商店街", "產業・商店街", "산업・상점가"),
        introduction=t(
            "駅前の商店街から、練馬大根の沢庵をつくる漬物店まで。区内の店と事業者、そして事業者のための支援制度をご紹介します。",
            "From the shopping streets by the stations to the pickle makers who turn Nerima daikon into takuan: the ward's shops and businesses, and the programmes that support them.",
            "从车站前的商店街到用练马萝卜腌制泽庵的腌菜店，这里介绍区内的店铺和企业，以及面向企业的支援制度。",
            "從車站前的商店街到用練馬蘿蔔醃製澤庵的醃菜店，這裡介紹區內的店鋪和企業，以及面向企業的支援制度。",
            "역 앞 상점가부터 네리마 무로 단무지를 담그는 절임 가게까지, 구내 가게와 사업자, 그리고 사업자를 위한 지원 제도를 소개합니다.",
        ),
        listing_summary=t(
            "商店街、個性ある店、漬物店と、事業者向けの支援制度。",
            "Shopping streets, independent shops, pickle makers and support for businesses.",
            "商店街、特色小店、腌菜店以及面向企业的支援制度。",
            "商店街、特色小店、醃菜店以及面向企業的支援制度。",
            "상점가, 개성 있는 가게, 절임 가게와 사업자 지원 제도.",
        ),
    ),
    page(
        "crafts.CraftsIndexPage",
        "crafts",
        "home",
        show_in_menus=True,
        title=t("伝統工芸", "Traditional crafts", "传统工艺", "傳統工藝", "전통 공예"),
        introduction=t(
            "染め、人形、木工。練馬には江戸から受け継がれた手しごとが今も息づいています。区が認定した名工と、その技をご紹介します。",
            "Dyeing, dolls, woodwork: crafts handed down from Edo-period Tokyo are still alive in Nerima. Meet the master craftsmen certified by the ward, and their work.",
            "染色、人偶、木工。从江户时代传承下来的手艺至今仍在练马延续。这里介绍区政府认定的名匠及其技艺。",
            "染色、人偶、木工。從江戶時代傳承下來的手藝至今仍在練馬延續。這裡介紹區公所認定的名匠及其技藝。",
            "염색, 인형, 목공. 네리마에는 에도 시대부터 이어져 온 손기술이 지금도 살아 있습니다. 구가 인정한 명장과 그 기술을 소개합니다.",
        ),
        listing_summary=t(
            "江戸から続く手しごとと、区が認定した名工。",
            "Crafts from the Edo period and the master craftsmen certified by the ward.",
            "源自江户的手艺与区政府认定的名匠。",
            "源自江戶的手藝與區公所認定的名匠。",
            "에도 시대부터 이어진 손기술과 구가 인정한 명장.",
        ),
    ),
    page(
        "anime.AnimeIndexPage",
        "anime",
        "home",
        show_in_menus=True,
        title=t("アニメ", "Anime", "动画", "動畫", "애니메이션"),
        introduction=t(
            "練馬は日本のテレビアニメーション発祥の地のひとつ。今も多くのスタジオが作品を生み出しています。",
            "Nerima is one of the birthplaces of Japanese TV animation, and many studios still make their work here.",
            "练马是日本电视动画的发祥地之一，至今仍有许多工作室在这里创作作品。",
            "練馬是日本電視動畫的發祥地之一，至今仍有許多工作室在這裡創作作品。",
            "네리마는 일본 TV 애니메이션의 발상지 중 하나이며, 지금도 많은 스튜디오가 작품을 만들고 있습니다.",
        ),
        listing_summary=t(
            "テレビアニメ発祥の地のひとつ、練馬のスタジオ。",
            "Studios in one of the birthplaces of Japanese TV animation.",
            "电视动画发祥地之一——练马的工作室。",
            "電視動畫發祥地之一——練馬的工作室。",
            "TV 애니메이션 발상지 중 하나인 네리마의 스튜디오.",
        ),
        body=stream(
            heading(
                t(
                    "アニメのまち、練馬",
                    "Nerima, a town of animation",
                    "动画之城练马",
                    "動畫之城練馬",
                    "애니메이션의 도시 네리마",
                )
            ),
            paragraph(
                t(
                    "<p>1950年代の終わりに区内で本格的なアニメーションスタジオが生まれ、1960年代にはテレビアニメの制作が始まりました。それ以来、作画、背景美術、撮影、CGなど、アニメづくりに関わる多くの会社が練馬に集まっています。</p><p>このページのスタジオはデモ用の架空の会社です。見学会の情報は「フェア・見学会」のページでご覧いただけます。</p>",
                    "<p>A full-scale animation studio opened in the ward at the end of the 1950s, and the making of TV animation began here in the 1960s. Since then, companies working in every part of animation, from key animation and background art to compositing and CG, have gathered in Nerima.</p><p>The studios on this page are fictional companies made up for this demo. Tour dates are listed on the fairs and tours page.</p>",
                    "<p>20世纪50年代末，区内诞生了正规的动画工作室，60年代开始制作电视动画。此后，原画、背景美术、摄影、CG等与动画制作相关的众多公司都聚集到了练马。</p><p>本页介绍的工作室均为演示用的虚构公司。参观活动信息请见“展会・参观”页面。</p>",
                    "<p>1950年代末，區內誕生了正規的動畫工作室，60年代開始製作電視動畫。此後，原畫、背景美術、攝影、CG等與動畫製作相關的眾多公司都聚集到了練馬。</p><p>本頁介紹的工作室均為展示用的虛構公司。參觀活動資訊請見「展會・參觀」頁面。</p>",
                    "<p>1950년대 말 구내에 본격적인 애니메이션 스튜디오가 생겼고, 1960년대에는 TV 애니메이션 제작이 시작되었습니다. 그 후 작화, 배경 미술, 촬영, CG 등 애니메이션 제작에 관련된 많은 회사가 네리마에 모여들었습니다.</p><p>이 페이지의 스튜디오는 데모용 가상 회사입니다. 견학 정보는 '박람회・견학' 페이지에서 확인하실 수 있습니다.</p>",
                )
            ),
        ),
    ),
    page(
        "tourism.TourismIndexPage",
        "tourism",
        "home",
        show_in_menus=True,
        title=t("フェア・見学会", "Fairs and tours", "展会・参观", "展會・參觀", "박람회・견학"),
        introduction=t(
            "区内の事業者が集まる産業フェアと、工場や工房、スタジオを訪ねる見学会。日程を選んでお申し込みください。",
            "Industry fairs where the ward's businesses gather, and tours of factories, workshops and studios. Choose a date and sign up.",
            "汇聚区内企业的产业展会，以及参观工厂、工作室和动画工作室的活动。请选择日期报名参加。",
            "匯聚區內企業的產業展會，以及參觀工廠、工作室和動畫工作室的活動。請選擇日期報名參加。",
            "구내 사업자가 모이는 산업 박람회와 공장・공방・스튜디오를 방문하는 견학. 날짜를 골라 신청하세요.",
        ),
        listing_summary=t(
            "産業フェアと、工場・工房・スタジオの見学会。",
            "Industry fairs and tours of factories, workshops and studios.",
            "产业展会与工厂、工作室的参观活动。",
            "產業展會與工廠、工作室的參觀活動。",
            "산업 박람회와 공장・공방・스튜디오 견학.",
        ),
    ),
    page(
        "home.StoryIndexPage",
        "stories",
        "home",
        show_in_menus=True,
        title=t("ストーリー", "Stories", "故事", "故事", "스토리"),
        introduction=t(
            "店主や職人、アニメーターたちの声と、練馬のまちで生まれた小さな物語。",
            "Shopkeepers, craftsmen and animators in their own words, and the small stories of Nerima's streets.",
            "店主、匠人和动画师的心声，以及在练马街头诞生的小故事。",
            "店主、匠人和動畫師的心聲，以及在練馬街頭誕生的小故事。",
            "가게 주인과 장인, 애니메이터들의 목소리, 그리고 네리마 거리에서 태어난 작은 이야기.",
        ),
        listing_summary=t(
            "練馬で働く人たちの物語。",
            "Stories of the people who work in Nerima.",
            "在练马工作的人们的故事。",
            "在練馬工作的人們的故事。",
            "네리마에서 일하는 사람들의 이야기.",
        ),
    ),
]

STANDARD_PAGES = [
    page(
        "home.StandardPage",
        "access",
        "home",
        title=t("アクセス", "Getting here"),
        introduction=t(
            "練馬区へは、都心から西武池袋線・都営大江戸線・東京メトロ有楽町線などで30分ほどです。",
            "Nerima is about 30 minutes from central Tokyo on the Seibu Ikebukuro Line, the Toei Oedo Line or the Tokyo Metro Yurakucho Line.",
        ),
        listing_summary=t(
            "練馬区への行き方と、区民・産業プラザへの道順。",
            "How to reach Nerima and the Citizens' and Industry Plaza.",
        ),
        body=stream(
            heading(t("練馬駅から", "From Nerima Station")),
            paragraph(
                t(
                    "<p>練馬駅は西武池袋線・西武有楽町線・西武豊島線と都営大江戸線が乗り入れる、区の中心駅です。池袋駅から西武池袋線の急行でおよそ10分です。</p>",
                    "<p>Nerima Station, the ward's main station, is served by the Seibu Ikebukuro, Seibu Yurakucho and Seibu Toshima lines and by the Toei Oedo Line. An express on the Seibu Ikebukuro Line takes about 10 minutes from Ikebukuro.</p>",
                )
            ),
            image_block(
                "plaza-building",
                t(
                    "練馬駅北口の広場に面した区民・産業プラザの建物",
                    "The Citizens' and Industry Plaza building on the square outside the north exit of Nerima Station",
                ),
                t("区民・産業プラザ（イラスト）", "The Citizens' and Industry Plaza (illustration)"),
            ),
            heading(t("練馬区立区民・産業プラザ", "Nerima Citizens' and Industry Plaza")),
            paragraph(
                t(
                    "<p>産業フェアの会場になる区民・産業プラザは、練馬駅北口を出てすぐの建物の中にあります。</p><ul><li>練馬駅北口から徒歩1分</li><li>エレベーターと多目的トイレがあります</li><li>駐車場は台数に限りがあるため、公共交通機関をご利用ください</li></ul>",
                    "<p>The Citizens' and Industry Plaza, where the industry fairs are held, is in the building right outside the north exit of Nerima Station.</p><ul><li>1 minute's walk from the north exit of Nerima Station</li><li>Lifts and accessible toilets</li><li>Parking is limited, so please come by public transport</li></ul>",
                )
            ),
        ),
    ),
    page(
        "home.StandardPage",
        "privacy",
        "home",
        title=t("個人情報の取り扱い", "Privacy"),
        introduction=t(
            "見学会のお申し込みでお預かりする個人情報の取り扱いについて説明します。",
            "How we handle the personal information you give us when you sign up for a tour.",
        ),
        listing_summary=t(
            "見学会の申し込みで集める情報と、その扱い。",
            "What we collect when you sign up for a tour, and what we do with it.",
        ),
        body=stream(
            heading(t("お預かりする情報", "What we collect")),
            paragraph(
                t(
                    "<p>お名前、メールアドレス、参加人数、ご希望の言語のみをお預かりします。</p>",
                    "<p>Only your name, email address, the size of your party and your preferred language.</p>",
                )
            ),
            heading(t("利用の目的と保存期間", "Why we keep it, and for how long")),
            paragraph(
                t(
                    "<p>お預かりした情報は、見学会の受付、ご案内、日程変更の連絡にのみ使い、見学会の終了後、一定期間が過ぎたら削除します。見学を受け入れる事業者には、受付に必要な範囲でのみお知らせします。</p>",
                    "<p>We use it only to register you, to send you the details and to tell you about changes, and we delete it a set time after the tour. The business hosting the tour sees only what it needs to welcome you.</p>",
                )
            ),
        ),
    ),
    page(
        "home.StandardPage",
        "accessibility",
        "home",
        title=t("アクセシビリティ方針", "Accessibility statement"),
        introduction=t(
            "だれもが使えるサイトと見学会を目指す、私たちの取り組みです。",
            "How we work to make the site and the tours usable by everyone.",
        ),
        listing_summary=t("サイトと見学会のアクセシビリティ。", "Accessibility of the site and of the tours."),
        body=stream(
            heading(t("このサイト", "This site")),
            paragraph(
                t(
                    "<p>このサイトはウェブコンテンツ・アクセシビリティ・ガイドライン（WCAG）2.1 のレベル AA を目標にしています。5つの言語で読むことができ、JavaScript がなくてもすべての機能を使えます。</p>",
                    "<p>This site aims at level AA of the Web Content Accessibility Guidelines (WCAG) 2.1. It can be read in five languages, and everything works without JavaScript.</p>",
                )
            ),
            heading(t("見学会", "Tours")),
            paragraph(
                t(
                    "<p>見学会のお申し込みでは、車いす、聞こえのサポート、言語の手助けなど、必要な配慮をお知らせいただけます。お知らせいただいた内容は、その見学会の主催者だけが見て、お申し込みとともに削除します。</p>",
                    "<p>When you sign up for a tour you can tell us what you need: a wheelchair, hearing support, help in your language and so on. Only the tour's organizers see it, and it is deleted with your sign-up.</p>",
                )
            ),
            paragraph(
                t(
                    "<p>使いにくいところがあれば、商工観光課までお知らせください。</p>",
                    "<p>If something is hard to use, please tell the Commerce, Industry and Tourism Section.</p>",
                )
            ),
        ),
    ),
    page(
        "home.StandardPage",
        "contact",
        "home",
        title=t("お問い合わせ", "Contact us"),
        introduction=t(
            "サイトの内容や支援制度についてのご質問は、商工観光課までお寄せください。",
            "For questions about the site or the support programmes, please contact the Commerce, Industry and Tourism Section.",
        ),
        listing_summary=t(
            "商工観光課の連絡先と受付時間。", "How to reach the Commerce, Industry and Tourism Section, and when."
        ),
        body=stream(
            facts(
                (
                    t("窓口", "Office"),
                    t("練馬区 産業経済部 商工観光課", "Commerce, Industry and Tourism Section, Nerima City"),
                ),
                (t("電話", "Telephone"), t("03-0000-0000（デモ用の番号です）", "03-0000-0000 (a demo number)")),
                (
                    t("受付時間", "Opening hours"),
                    t("平日 8:30〜17:15", "Weekdays 8:30–17:15"),
                ),
            ),
            paragraph(
                t(
                    "<p>見学会のお申し込みの取り消しは、確認メールに記載のリンクからお手続きください。</p>",
                    "<p>To cancel a tour booking, please use the link in your confirmation email.</p>",
                )
            ),
        ),
    ),
    page(
        "home.StandardPage",
        "about",
        "home",
        title=t("このサイトについて", "About this site"),
        introduction=t(
            "このサイトは、練馬区の産業と観光を区内外に紹介するためのデモサイトです。",
            "This is a demo of a site that introduces Nerima City's industry and tourism to people inside and outside the ward.",
        ),
        listing_summary=t("サイトの目的と、掲載している情報について。", "What the site is for and what it covers."),
        body=stream(
            heading(t("サイトの目的", "What the site is for")),
            paragraph(
                t(
                    "<p>練馬区商工業振興計画にもとづき、魅力ある個店と商店街、漬物・伝統工芸・アニメといった練馬ならではの産業、産業フェアや企業見学会、そして事業者への支援を、日本語・英語・中国語（簡体字・繁体字）・韓国語でご紹介します。</p>",
                    "<p>Following the ward's plan for promoting commerce and industry, the site presents attractive shops and shopping streets, the industries Nerima is known for (pickles, traditional crafts and anime), industry fairs and company tours, and support for businesses, in Japanese, English, Chinese (simplified and traditional) and Korean.</p>",
                )
            ),
            heading(t("掲載内容はデモです", "The content is a demo")),
            paragraph(
                t(
                    "<p>このサイトに掲載している店、企業、職人、見学会は、すべて架空のものです。練馬大根や区民・産業プラザなど、練馬区について広く知られた事実のみを背景として使っています。</p>",
                    "<p>All shops, companies, craftsmen and tours shown on this site are fictional. Only widely known facts about Nerima, such as Nerima daikon and the Citizens' and Industry Plaza, are used as background.</p>",
                )
            ),
            call_to_action(t("アクセス", "Getting here"), "access"),
            call_to_action(t("お問い合わせ", "Contact us"), "contact"),
            call_to_action(t("個人情報の取り扱い", "Privacy"), "privacy"),
        ),
    ),
]
