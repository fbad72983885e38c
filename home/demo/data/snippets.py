"""Districts, shop categories, story topics and the contact office."""

from home.demo.content import area, contact_office, shop_category, t, topic

AREAS = [
    area(
        "nerima",
        t("練馬", "Nerima", "练马", "練馬", "네리마"),
        t(
            "練馬駅を中心とした区の玄関口。区役所や区民・産業プラザがあり、駅の南北に商店街が広がります。",
            "The ward's front door around Nerima Station, with the ward office, the Citizens' and Industry Plaza and shopping streets on both sides of the station.",
            "以练马站为中心的区域门户，区政府和区民・产业广场都在这里，车站南北两侧商店街林立。",
            "以練馬站為中心的區域門戶，區公所和區民・產業廣場都在這裡，車站南北兩側商店街林立。",
            "네리마역을 중심으로 한 구의 관문입니다. 구청과 구민・산업 플라자가 있고 역 남북으로 상점가가 이어집니다.",
        ),
    ),
    area(
        "shakujii",
        t("石神井", "Shakujii", "石神井", "石神井", "샤쿠지이"),
        t(
            "石神井公園の池と雑木林に近い、落ち着いた住宅地。駅前には昔ながらの商店が並びます。",
            "A quiet residential district near the ponds and woods of Shakujii Park, with long-established shops in front of the station.",
            "靠近石神井公园的池塘与树林，是一片宁静的住宅区，车站前老店林立。",
            "靠近石神井公園的池塘與樹林，是一片寧靜的住宅區，車站前老店林立。",
            "샤쿠지이 공원의 연못과 숲에 가까운 조용한 주택가로, 역 앞에는 오래된 가게들이 늘어서 있습니다.",
        ),
    ),
    area(
        "oizumi",
        t("大泉", "Oizumi", "大泉", "大泉", "오이즈미"),
        t(
            "区の北西部。畑と住宅が入りまじり、古くからアニメーション制作の拠点が集まる地域です。",
            "The north-west of the ward, where fields and houses mix and animation studios have gathered for decades.",
            "位于区的西北部，农田与住宅交错，几十年来一直是动画制作的据点。",
            "位於區的西北部，農田與住宅交錯，幾十年來一直是動畫製作的據點。",
            "구의 북서부로, 밭과 주택이 어우러져 있으며 오래전부터 애니메이션 제작사가 모여 있는 지역입니다.",
        ),
    ),
    area(
        "hikarigaoka",
        t("光が丘", "Hikarigaoka", "光之丘", "光之丘", "히카리가오카"),
        t(
            "広い光が丘公園と団地の街。若い家族が多く、新しい店や工房も増えています。",
            "A district of large housing estates around the wide Hikarigaoka Park, home to many young families and a growing number of new shops and workshops.",
            "以宽阔的光之丘公园和住宅区为中心，年轻家庭众多，新店铺和工作室也越来越多。",
            "以寬闊的光之丘公園和住宅區為中心，年輕家庭眾多，新店鋪和工作室也越來越多。",
            "넓은 히카리가오카 공원과 단지가 있는 동네로, 젊은 가족이 많고 새로운 가게와 공방도 늘고 있습니다.",
        ),
    ),
    area(
        "ekoda",
        t("江古田", "Ekoda", "江古田", "江古田", "에코다"),
        t(
            "大学が集まる学生の街。路地に喫茶店や古書店、小さな飲食店がひしめきます。",
            "A student town with several universities, its lanes packed with coffee shops, second-hand bookshops and small restaurants.",
            "聚集多所大学的学生街，小巷里挤满了咖啡馆、旧书店和小餐馆。",
            "大學林立的學生街，巷弄裡擠滿了咖啡館、二手書店和小餐館。",
            "대학이 모여 있는 학생의 거리로, 골목마다 찻집과 헌책방, 작은 식당이 빼곡합니다.",
        ),
    ),
    area(
        "seki",
        t("関", "Seki", "关町", "關町", "세키"),
        t(
            "区の西端、武蔵野の面影が残る地域。染めや木工の工房が点在しています。",
            "The western edge of the ward, where traces of the old Musashino countryside remain and dyeing and woodworking workshops are scattered among the houses.",
            "位于区的最西端，仍保留着武藏野的风貌，染坊和木工作坊散布其间。",
            "位於區的最西端，仍保留著武藏野的風貌，染坊和木工作坊散布其間。",
            "구의 서쪽 끝으로 무사시노의 옛 풍경이 남아 있으며, 염색과 목공 공방이 곳곳에 있습니다.",
        ),
    ),
    area(
        "heiwadai",
        t("平和台", "Heiwadai", "平和台", "平和台", "헤이와다이"),
        t(
            "環状八号線と川越街道に近い地域。漬物店や食品工場など、食のものづくりが盛んです。",
            "A district near the Kan-Pachi ring road and the Kawagoe Highway, busy with food makers such as pickle shops and small food factories.",
            "靠近环状八号线和川越街道，腌菜店和食品工厂等食品制造业十分兴盛。",
            "靠近環狀八號線和川越街道，醃菜店和食品工廠等食品製造業十分興盛。",
            "환상 8호선과 가와고에 가도에 가까운 지역으로, 절임 가게와 식품 공장 등 먹거리 제조가 활발합니다.",
        ),
    ),
    area(
        "sakuradai",
        t("桜台", "Sakuradai", "樱台", "櫻台", "사쿠라다이"),
        t(
            "石神井川沿いの桜並木で知られる住宅地。小さなスタジオや事務所が点在します。",
            "A residential district known for the cherry trees along the Shakujii River, with small studios and offices tucked between the houses.",
            "以石神井川沿岸的樱花林荫道闻名的住宅区，散布着小型工作室和事务所。",
            "以石神井川沿岸的櫻花林蔭道聞名的住宅區，散布著小型工作室和事務所。",
            "샤쿠지이강을 따라 늘어선 벚나무로 알려진 주택가로, 작은 스튜디오와 사무실이 곳곳에 있습니다.",
        ),
    ),
    area(
        "fujimidai",
        t("富士見台", "Fujimidai", "富士见台", "富士見台", "후지미다이"),
        t(
            "晴れた日には富士山が見えることが名前の由来。駅前の商店街と住宅地が続きます。",
            "Named for the view of Mount Fuji on clear days; a shopping street by the station gives way to quiet houses.",
            "因晴天时能望见富士山而得名，车站前的商店街与住宅区相连。",
            "因晴天時能望見富士山而得名，車站前的商店街與住宅區相連。",
            "맑은 날 후지산이 보인다는 데서 이름이 유래했습니다. 역 앞 상점가와 주택가가 이어집니다.",
        ),
    ),
    area(
        "toyotama",
        t("豊玉", "Toyotama", "丰玉", "豐玉", "도요타마"),
        t(
            "練馬駅の南、区役所の周辺。中小の事業所と住宅が入りまじる地域です。",
            "South of Nerima Station around the ward office, where small businesses and homes sit side by side.",
            "位于练马站南侧、区政府周边，中小企业与住宅交错分布。",
            "位於練馬站南側、區公所周邊，中小企業與住宅交錯分布。",
            "네리마역 남쪽, 구청 주변으로 중소 사업장과 주택이 섞여 있는 지역입니다.",
        ),
    ),
]

SHOP_CATEGORIES = [
    shop_category("wagashi", t("和菓子", "Japanese sweets", "日式点心", "日式點心", "화과자")),
    shop_category("tea", t("お茶・海苔", "Tea and nori", "茶叶・海苔", "茶葉・海苔", "차・김")),
    shop_category("deli", t("精肉・惣菜", "Butcher and deli", "肉铺・熟食", "肉舖・熟食", "정육・반찬")),
    shop_category(
        "hardware", t("金物・日用品", "Hardware and household goods", "五金・日用品", "五金・日用品", "철물・생활용품")
    ),
    shop_category("bakery", t("パン・洋菓子", "Bakery and cakes", "面包・西点", "麵包・西點", "빵・양과자")),
    shop_category("greengrocer", t("青果", "Greengrocer", "果蔬", "蔬果", "청과")),
    shop_category("sake", t("酒", "Sake and spirits", "酒类", "酒類", "주류")),
    shop_category(
        "kimono", t("呉服・和装小物", "Kimono and accessories", "和服・和装小物", "和服・和裝小物", "기모노・소품")
    ),
    shop_category("cafe", t("喫茶", "Coffee shop", "咖啡馆", "咖啡館", "찻집")),
    shop_category("books", t("書店", "Bookshop", "书店", "書店", "서점")),
    shop_category("tofu", t("豆腐", "Tofu maker", "豆腐店", "豆腐店", "두부 가게")),
]

TOPICS = [
    topic("nerima-daikon", t("練馬大根", "Nerima daikon", "练马萝卜", "練馬蘿蔔", "네리마 무")),
    topic("pickles", t("漬物", "Pickles", "腌菜", "醃菜", "절임")),
    topic("shopping-streets", t("商店街", "Shopping streets", "商店街", "商店街", "상점가")),
    topic("craftsmanship", t("職人の技", "Craftsmanship", "匠人技艺", "匠人技藝", "장인의 기술")),
    topic("anime", t("アニメ", "Anime", "动画", "動畫", "애니메이션")),
    topic("factory-tours", t("見学会", "Factory tours", "参观活动", "參觀活動", "견학")),
    topic("start-ups", t("創業", "Starting a business", "创业", "創業", "창업")),
    topic("agriculture", t("都市農業", "Urban farming", "都市农业", "都市農業", "도시 농업")),
    topic("succession", t("事業承継", "Passing on a business", "事业传承", "事業傳承", "사업 승계")),
    topic("festivals", t("祭り・イベント", "Festivals and events", "节庆・活动", "節慶・活動", "축제・행사")),
]

CONTACT_OFFICES = [
    contact_office(
        "commerce-office",
        name=t(
            "練馬区 産業経済部 商工観光課",
            "Commerce, Industry and Tourism Section, Nerima City",
            "练马区 产业经济部 商工观光课",
            "練馬區 產業經濟部 商工觀光課",
            "네리마구 산업경제부 상공관광과",
        ),
        address=t(
            "〒176-8501 東京都練馬区豊玉北6-12-1",
            "6-12-1 Toyotama-kita, Nerima-ku, Tokyo 176-8501",
            "〒176-8501 东京都练马区丰玉北6-12-1",
            "〒176-8501 東京都練馬區豐玉北6-12-1",
            "〒176-8501 도쿄도 네리마구 도요타마키타 6-12-1",
        ),
        phone="03-0000-0000",
        email="demo-shoko@example.jp",
        hours=t(
            "平日 8:30〜17:15（土日祝・年末年始を除く）",
            "Weekdays 8:30–17:15 (closed at weekends, on public holidays and over the New Year)",
            "工作日 8:30〜17:15（周末、节假日及年末年初除外）",
            "平日 8:30〜17:15（週末、國定假日及年末年初除外）",
            "평일 8:30~17:15 (주말, 공휴일, 연말연시 제외)",
        ),
    ),
]

SNIPPETS = [*AREAS, *SHOP_CATEGORIES, *TOPICS, *CONTACT_OFFICES]
