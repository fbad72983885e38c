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
        "夕暮れの練馬の街並みを描いたイラスト。低い家並みと駅、明かりの灯る窓、手前に畑が広がる",
        "Illustration of Nerima at dusk: low houses, a station and lit windows, with fields in the foreground",
        "skyline",
        ("#f3a76b", "#fbe3c4", "#5b4a6b", "#6f8f4e", "#ffd66b"),
        size=(1600, 900),
    ),
    illustration(
        "plaza-building",
        "駅前広場に面した区民・産業プラザの建物と街路樹のイラスト",
        "Illustration of the Citizens' and Industry Plaza building on a station square, lined with trees",
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
        title=t("アクセス", "Getting here", "交通指南", "交通資訊", "오시는 길"),
        introduction=t(
            "練馬区へは、都心から西武池袋線・都営大江戸線・東京メトロ有楽町線などで30分ほどです。",
            "Nerima is about 30 minutes from central Tokyo on the Seibu Ikebukuro Line, the Toei Oedo Line or the Tokyo Metro Yurakucho Line.",
            "从东京市中心乘坐西武池袋线、都营大江户线或东京地铁有乐町线等，约30分钟即可到达练马区。",
            "從東京市中心搭乘西武池袋線、都營大江戶線或東京Metro有樂町線等，大約30分鐘就能抵達練馬區。",
            "도쿄 도심에서 세이부 이케부쿠로선, 도에이 오에도선, 도쿄 메트로 유라쿠초선 등으로 30분 정도면 네리마구에 도착합니다.",
        ),
        listing_summary=t(
            "練馬区への行き方と、区民・産業プラザへの道順。",
            "How to reach Nerima and the Citizens' and Industry Plaza.",
            "前往练马区以及区民・产业广场的交通方式。",
            "前往練馬區與區民・產業廣場的交通方式。",
            "네리마구와 구민・산업 플라자로 가는 방법.",
        ),
        body=stream(
            heading(t("練馬駅から", "From Nerima Station", "从练马站出发", "從練馬站出發", "네리마역에서")),
            paragraph(
                t(
                    "<p>練馬駅は西武池袋線・西武有楽町線・西武豊島線と都営大江戸線が乗り入れる、区の中心駅です。池袋駅から西武池袋線の急行でおよそ10分です。</p>",
                    "<p>Nerima Station, the ward's main station, is served by the Seibu Ikebukuro, Seibu Yurakucho and Seibu Toshima lines and by the Toei Oedo Line. An express on the Seibu Ikebukuro Line takes about 10 minutes from Ikebukuro.</p>",
                    "<p>练马站是区内的中心车站，西武池袋线、西武有乐町线、西武丰岛线和都营大江户线在此交汇。从池袋站乘坐西武池袋线快车约10分钟即可到达。</p>",
                    "<p>練馬站是區內的主要車站，西武池袋線、西武有樂町線、西武豐島線與都營大江戶線都在此停靠。從池袋站搭乘西武池袋線急行列車，大約10分鐘就到。</p>",
                    "<p>네리마역은 세이부 이케부쿠로선・세이부 유라쿠초선・세이부 도시마선과 도에이 오에도선이 지나는 구의 중심역입니다. 이케부쿠로역에서 세이부 이케부쿠로선 급행으로 약 10분 걸립니다.</p>",
                )
            ),
            image_block(
                "plaza-building",
                t(
                    "練馬駅北口の広場に面した区民・産業プラザの建物",
                    "The Citizens' and Industry Plaza building on the square outside the north exit of Nerima Station",
                    "面向练马站北口广场的区民・产业广场大楼",
                    "面向練馬站北口廣場的區民・產業廣場大樓",
                    "네리마역 북쪽 출구 광장에 면한 구민・산업 플라자 건물",
                ),
                t(
                    "区民・産業プラザ（イラスト）",
                    "The Citizens' and Industry Plaza (illustration)",
                    "区民・产业广场（插图）",
                    "區民・產業廣場（插圖）",
                    "구민・산업 플라자(일러스트)",
                ),
            ),
            heading(
                t(
                    "練馬区立区民・産業プラザ",
                    "Nerima Citizens' and Industry Plaza",
                    "练马区立区民・产业广场",
                    "練馬區立區民・產業廣場",
                    "네리마 구립 구민・산업 플라자",
                )
            ),
            paragraph(
                t(
                    "<p>産業フェアの会場になる区民・産業プラザは、練馬駅北口を出てすぐの建物の中にあります。</p><ul><li>練馬駅北口から徒歩1分</li><li>エレベーターと多目的トイレがあります</li><li>駐車場は台数に限りがあるため、公共交通機関をご利用ください</li></ul>",
                    "<p>The Citizens' and Industry Plaza, where the industry fairs are held, is in the building right outside the north exit of Nerima Station.</p><ul><li>1 minute's walk from the north exit of Nerima Station</li><li>Lifts and accessible toilets</li><li>Parking is limited, so please come by public transport</li></ul>",
                    "<p>产业展会的会场区民・产业广场，就在练马站北口出站后的大楼里。</p><ul><li>从练马站北口步行1分钟</li><li>设有电梯和无障碍卫生间</li><li>停车位有限，请乘坐公共交通工具前往</li></ul>",
                    "<p>產業展會的會場區民・產業廣場，就位於練馬站北口一出站的大樓內。</p><ul><li>從練馬站北口步行1分鐘</li><li>設有電梯與無障礙廁所</li><li>停車位有限，請多利用大眾運輸</li></ul>",
                    "<p>산업 박람회장인 구민・산업 플라자는 네리마역 북쪽 출구를 나오면 바로 보이는 건물 안에 있습니다.</p><ul><li>네리마역 북쪽 출구에서 도보 1분</li><li>엘리베이터와 다목적 화장실이 있습니다</li><li>주차 공간이 한정되어 있으니 대중교통을 이용해 주세요</li></ul>",
                )
            ),
        ),
    ),
    page(
        "home.StandardPage",
        "privacy",
        "home",
        title=t("個人情報の取り扱い", "Privacy", "个人信息的处理", "個人資料處理", "개인정보 처리"),
        introduction=t(
            "見学会のお申し込みでお預かりする個人情報の取り扱いについて説明します。",
            "How we handle the personal information you give us when you sign up for a tour.",
            "说明我们如何处理您报名参观活动时提供的个人信息。",
            "說明我們如何處理您報名參觀活動時所提供的個人資料。",
            "견학 신청 시 받는 개인정보를 어떻게 다루는지 설명합니다.",
        ),
        listing_summary=t(
            "見学会の申し込みで集める情報と、その扱い。",
            "What we collect when you sign up for a tour, and what we do with it.",
            "报名参观活动时收集的信息及其处理方式。",
            "報名參觀活動時蒐集的資料及其處理方式。",
            "견학 신청 시 수집하는 정보와 그 처리.",
        ),
        body=stream(
            heading(t("お預かりする情報", "What we collect", "我们收集的信息", "我們蒐集的資料", "수집하는 정보")),
            paragraph(
                t(
                    "<p>お名前、メールアドレス、参加人数、ご希望の言語のみをお預かりします。</p>",
                    "<p>Only your name, email address, the size of your party and your preferred language.</p>",
                    "<p>我们只收集您的姓名、电子邮箱、参加人数和希望使用的语言。</p>",
                    "<p>我們只蒐集您的姓名、電子郵件地址、參加人數與希望使用的語言。</p>",
                    "<p>이름, 이메일 주소, 참가 인원, 희망 언어만 받습니다.</p>",
                )
            ),
            heading(
                t(
                    "利用の目的と保存期間",
                    "Why we keep it, and for how long",
                    "使用目的与保存期限",
                    "使用目的與保存期間",
                    "이용 목적과 보관 기간",
                )
            ),
            paragraph(
                t(
                    "<p>お預かりした情報は、見学会の受付、ご案内、日程変更の連絡にのみ使い、見学会の終了後、一定期間が過ぎたら削除します。見学を受け入れる事業者には、受付に必要な範囲でのみお知らせします。</p>",
                    "<p>We use it only to register you, to send you the details and to tell you about changes, and we delete it a set time after the tour. The business hosting the tour sees only what it needs to welcome you.</p>",
                    "<p>这些信息仅用于参观活动的受理、活动说明和日程变更通知，并在活动结束一段时间后删除。对于接待参观的企业，我们只提供受理所需的最少信息。</p>",
                    "<p>這些資料僅用於參觀活動的報名受理、行前通知及行程異動聯絡，活動結束一段時間後即予刪除。接待參觀的業者只會取得受理報名所需的資料。</p>",
                    "<p>받은 정보는 견학 접수, 안내, 일정 변경 연락에만 사용하며, 견학이 끝나고 일정 기간이 지나면 삭제합니다. 견학을 받는 사업자에게는 접수에 필요한 범위의 정보만 알립니다.</p>",
                )
            ),
        ),
    ),
    page(
        "home.StandardPage",
        "accessibility",
        "home",
        title=t(
            "アクセシビリティ方針",
            "Accessibility statement",
            "无障碍声明",
            "無障礙聲明",
            "웹 접근성 방침",
        ),
        introduction=t(
            "だれもが使えるサイトと見学会を目指す、私たちの取り組みです。",
            "How we work to make the site and the tours usable by everyone.",
            "为了让每个人都能使用本网站、参加参观活动，我们所做的努力。",
            "為了讓每個人都能使用本網站、參加參觀活動，我們所做的努力。",
            "누구나 이용할 수 있는 사이트와 견학을 만들기 위한 저희의 노력입니다.",
        ),
        listing_summary=t(
            "サイトと見学会のアクセシビリティ。",
            "Accessibility of the site and of the tours.",
            "本网站与参观活动的无障碍信息。",
            "本網站與參觀活動的無障礙資訊。",
            "사이트와 견학의 접근성.",
        ),
        body=stream(
            heading(t("このサイト", "This site", "本网站", "本網站", "이 사이트")),
            paragraph(
                t(
                    "<p>このサイトはウェブコンテンツ・アクセシビリティ・ガイドライン（WCAG）2.1 のレベル AA を目標にしています。5つの言語で読むことができ、JavaScript がなくてもすべての機能を使えます。</p>",
                    "<p>This site aims at level AA of the Web Content Accessibility Guidelines (WCAG) 2.1. It can be read in five languages, and everything works without JavaScript.</p>",
                    "<p>本网站以符合《Web内容无障碍指南》（WCAG）2.1 AA级为目标，提供5种语言版本，即使不使用JavaScript也能使用全部功能。</p>",
                    "<p>本網站以符合《網頁內容無障礙指引》（WCAG）2.1 AA等級為目標，提供5種語言版本，即使沒有JavaScript也能使用所有功能。</p>",
                    "<p>이 사이트는 웹 콘텐츠 접근성 지침(WCAG) 2.1 AA 수준을 목표로 합니다. 5개 언어로 읽을 수 있으며, JavaScript 없이도 모든 기능을 이용할 수 있습니다.</p>",
                )
            ),
            heading(t("見学会", "Tours", "参观活动", "參觀活動", "견학")),
            paragraph(
                t(
                    "<p>見学会のお申し込みでは、車いす、聞こえのサポート、言語の手助けなど、必要な配慮をお知らせいただけます。お知らせいただいた内容は、その見学会の主催者だけが見て、お申し込みとともに削除します。</p>",
                    "<p>When you sign up for a tour you can tell us what you need: a wheelchair, hearing support, help in your language and so on. Only the tour's organizers see it, and it is deleted with your sign-up.</p>",
                    "<p>报名参观活动时，您可以告诉我们需要的协助，例如轮椅、听力辅助或语言协助等。这些内容只有该活动的主办方可以查看，并会随报名信息一起删除。</p>",
                    "<p>報名參觀活動時，您可以告訴我們需要的協助，例如輪椅、聽力輔助或語言協助等。這些內容只有該活動的主辦單位看得到，並會與報名資料一併刪除。</p>",
                    "<p>견학을 신청할 때 휠체어, 청각 지원, 언어 지원 등 필요한 배려를 알려 주실 수 있습니다. 알려 주신 내용은 해당 견학의 주최자만 보며, 신청 정보와 함께 삭제됩니다.</p>",
                )
            ),
            paragraph(
                t(
                    "<p>使いにくいところがあれば、商工観光課までお知らせください。</p>",
                    "<p>If something is hard to use, please tell the Commerce, Industry and Tourism Section.</p>",
                    "<p>如有不便使用之处，请告知商工观光课。</p>",
                    "<p>若有不好使用的地方，歡迎告訴商工觀光課。</p>",
                    "<p>이용하기 불편한 점이 있으면 상공관광과로 알려 주세요.</p>",
                )
            ),
        ),
    ),
    page(
        "home.StandardPage",
        "contact",
        "home",
        title=t("お問い合わせ", "Contact us", "联系我们", "聯絡我們", "문의"),
        introduction=t(
            "サイトの内容や支援制度についてのご質問は、商工観光課までお寄せください。",
            "For questions about the site or the support programmes, please contact the Commerce, Industry and Tourism Section.",
            "关于本网站内容或支援制度的问题，请联系商工观光课。",
            "對本網站內容或支援制度有任何疑問，請洽商工觀光課。",
            "사이트 내용이나 지원 제도에 관한 질문은 상공관광과로 보내 주세요.",
        ),
        listing_summary=t(
            "商工観光課の連絡先と受付時間。",
            "How to reach the Commerce, Industry and Tourism Section, and when.",
            "商工观光课的联系方式和受理时间。",
            "商工觀光課的聯絡方式與服務時間。",
            "상공관광과 연락처와 접수 시간.",
        ),
        body=stream(
            facts(
                (
                    t("窓口", "Office", "窗口", "窗口", "창구"),
                    t(
                        "練馬区 産業経済部 商工観光課",
                        "Commerce, Industry and Tourism Section, Nerima City",
                        "练马区 产业经济部 商工观光课",
                        "練馬區 產業經濟部 商工觀光課",
                        "네리마구 산업경제부 상공관광과",
                    ),
                ),
                (
                    t("電話", "Telephone", "电话", "電話", "전화"),
                    t(
                        "03-0000-0000（デモ用の番号です）",
                        "03-0000-0000 (a demo number)",
                        "03-0000-0000（演示用号码）",
                        "03-0000-0000（展示用號碼）",
                        "03-0000-0000(데모용 번호입니다)",
                    ),
                ),
                (
                    t("受付時間", "Opening hours", "受理时间", "服務時間", "접수 시간"),
                    t(
                        "平日 8:30〜17:15",
                        "Weekdays 8:30–17:15",
                        "工作日 8:30〜17:15",
                        "平日 8:30〜17:15",
                        "평일 8:30~17:15",
                    ),
                ),
            ),
            paragraph(
                t(
                    "<p>見学会のお申し込みの取り消しは、確認メールに記載のリンクからお手続きください。</p>",
                    "<p>To cancel a tour booking, please use the link in your confirmation email.</p>",
                    "<p>如需取消参观活动的报名，请通过确认邮件中的链接办理。</p>",
                    "<p>如需取消參觀活動的報名，請點選確認信中的連結辦理。</p>",
                    "<p>견학 신청을 취소하시려면 확인 메일에 있는 링크에서 절차를 진행해 주세요.</p>",
                )
            ),
        ),
    ),
    page(
        "home.StandardPage",
        "about",
        "home",
        title=t("このサイトについて", "About this site", "关于本网站", "關於本網站", "이 사이트에 대하여"),
        introduction=t(
            "このサイトは、練馬区の産業と観光を区内外に紹介するためのデモサイトです。",
            "This is a demo of a site that introduces Nerima City's industry and tourism to people inside and outside the ward.",
            "本网站是向区内外介绍练马区产业与观光的演示网站。",
            "本網站是向區內外介紹練馬區產業與觀光的展示網站。",
            "이 사이트는 네리마구의 산업과 관광을 구 안팎에 소개하기 위한 데모 사이트입니다.",
        ),
        listing_summary=t(
            "サイトの目的と、掲載している情報について。",
            "What the site is for and what it covers.",
            "本网站的宗旨与刊载内容。",
            "本網站的宗旨與刊載內容。",
            "사이트의 목적과 게재 정보.",
        ),
        body=stream(
            heading(t("サイトの目的", "What the site is for", "网站宗旨", "網站宗旨", "사이트의 목적")),
            paragraph(
                t(
                    "<p>練馬区商工業振興計画にもとづき、魅力ある個店と商店街、漬物・伝統工芸・アニメといった練馬ならではの産業、産業フェアや企業見学会、そして事業者への支援を、日本語・英語・中国語（簡体字・繁体字）・韓国語でご紹介します。</p>",
                    "<p>Following the ward's plan for promoting commerce and industry, the site presents attractive shops and shopping streets, the industries Nerima is known for (pickles, traditional crafts and anime), industry fairs and company tours, and support for businesses, in Japanese, English, Chinese (simplified and traditional) and Korean.</p>",
                    "<p>本网站依据练马区商工业振兴计划，以日语、英语、中文（简体・繁体）和韩语，介绍富有魅力的个性小店与商店街，腌菜、传统工艺、动画等练马独具特色的产业，产业展会和企业参观活动，以及面向企业的支援措施。</p>",
                    "<p>本網站依據練馬區商工業振興計畫，以日文、英文、中文（簡體・繁體）及韓文，介紹充滿魅力的特色小店與商店街，醃菜、傳統工藝、動畫等練馬獨有的產業，產業展會與企業參觀活動，以及對業者的各項支援。</p>",
                    "<p>네리마구 상공업 진흥 계획에 따라 매력 있는 가게와 상점가, 절임・전통 공예・애니메이션 같은 네리마만의 산업, 산업 박람회와 기업 견학, 그리고 사업자 지원을 일본어・영어・중국어(간체・번체)・한국어로 소개합니다.</p>",
                )
            ),
            heading(
                t(
                    "掲載内容はデモです",
                    "The content is a demo",
                    "刊载内容仅为演示",
                    "刊載內容僅供展示",
                    "게재 내용은 데모입니다",
                )
            ),
            paragraph(
                t(
                    "<p>このサイトに掲載している店、企業、職人、見学会は、すべて架空のものです。練馬大根や区民・産業プラザなど、練馬区について広く知られた事実のみを背景として使っています。</p>",
                    "<p>All shops, companies, craftsmen and tours shown on this site are fictional. Only widely known facts about Nerima, such as Nerima daikon and the Citizens' and Industry Plaza, are used as background.</p>",
                    "<p>本网站刊载的店铺、企业、匠人和参观活动全部为虚构。仅以练马萝卜、区民・产业广场等关于练马区的广为人知的事实作为背景。</p>",
                    "<p>本網站刊載的店家、企業、職人與參觀活動皆為虛構，僅以練馬蘿蔔、區民・產業廣場等練馬區廣為人知的事實作為背景。</p>",
                    "<p>이 사이트에 실린 가게, 기업, 장인, 견학은 모두 가상입니다. 네리마 무나 구민・산업 플라자 등 네리마구에 관해 널리 알려진 사실만을 배경으로 사용했습니다.</p>",
                )
            ),
            call_to_action(t("アクセス", "Getting here", "交通指南", "交通資訊", "오시는 길"), "access"),
            call_to_action(t("お問い合わせ", "Contact us", "联系我们", "聯絡我們", "문의"), "contact"),
            call_to_action(
                t("個人情報の取り扱い", "Privacy", "个人信息的处理", "個人資料處理", "개인정보 처리"), "privacy"
            ),
        ),
    ),
]
