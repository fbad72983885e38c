"""Pickle makers: takuan from Nerima daikon, and other pickles. All businesses are fictional."""

from home.demo.content import (
    gallery,
    illustration,
    image,
    page,
    product,
    quote,
    snippet_ref,
    stream,
    t,
)

IMAGES = [
    illustration(
        "pickle-shiraishi",
        t(
            "重石をのせた木樽が並ぶ漬物蔵のイラスト",
            "Illustration of wooden pickling barrels weighted with stones in a storehouse",
            "仓库里压着石头的腌菜木桶插图",
            "倉庫裡壓著石頭的醃菜木桶插圖",
            "창고에 돌을 얹은 절임용 나무통이 늘어선 일러스트",
        ),
        "barrels",
        ("#e8dcc4", "#9c6b3f", "#4a3b2a", "#8d8d8d", "#e9c46a"),
    ),
    illustration(
        "product-sun-dried-takuan",
        t(
            "薄い黄色の天日干し沢庵を切って並べたイラスト",
            "Illustration of slices of pale yellow sun-dried takuan",
            "切好摆放的淡黄色日晒泽庵插图",
            "切好擺放的淡黃色日曬澤庵插圖",
            "썰어 놓은 연노랑 천일 건조 단무지 일러스트",
        ),
        "still-life",
        ("#efe9dc", "#6f8f5a", "#e9c46a", "#f8f4ea", "#7a5a3c"),
        subject="takuan",
    ),
    illustration(
        "product-bettarazuke",
        t(
            "麹の粒が光るべったら漬のイラスト",
            "Illustration of bettarazuke, white daikon glistening with grains of rice koji",
            "沾满米曲颗粒、晶莹发亮的甜糟腌萝卜插图",
            "沾滿米麴顆粒、晶瑩發亮的甜糟醃蘿蔔插圖",
            "쌀누룩 알갱이가 반짝이는 베타라즈케 일러스트",
        ),
        "still-life",
        ("#ece6f0", "#8c7aa9", "#f4f0e0", "#e4dcef", "#5c4a3e"),
        subject="bettarazuke",
    ),
    illustration(
        "pickle-shiraishi-drying",
        t(
            "木枠に掛けて干される練馬大根のイラスト",
            "Illustration of Nerima daikon hung to dry on a wooden frame",
            "挂在木架上晾晒的练马萝卜插图",
            "掛在木架上晾曬的練馬蘿蔔插圖",
            "나무틀에 걸어 말리는 네리마 무 일러스트",
        ),
        "daikon",
        ("#cfe6f5", "#5c9a48", "#f7f7ef", "#8a5a34", "#a3b98a"),
    ),
    illustration(
        "pickle-yoshioka",
        t(
            "木枠に掛けて干される練馬大根と畑のイラスト",
            "Illustration of Nerima daikon radishes hung to dry on a wooden frame, with fields behind",
            "挂在木架上晾晒的练马萝卜与后方农田的插图",
            "掛在木架上晾曬的練馬蘿蔔與後方農田的插圖",
            "나무틀에 걸어 말리는 네리마 무와 뒤편의 밭 일러스트",
        ),
        "daikon",
        ("#bfe0f5", "#4f8a3a", "#fbfbf5", "#7a5230", "#8fb573"),
    ),
    illustration(
        "product-yoshioka-takuan",
        t(
            "自家栽培の練馬大根で漬けた沢庵のイラスト",
            "Illustration of takuan made from home-grown Nerima daikon",
            "用自家种植的练马萝卜腌制的泽庵插图",
            "用自家種植的練馬蘿蔔醃製的澤庵插圖",
            "직접 기른 네리마 무로 담근 단무지 일러스트",
        ),
        "still-life",
        ("#e3ecf2", "#4f8a3a", "#f0c23a", "#fffbe9", "#6b4a2e"),
        subject="takuan",
    ),
    illustration(
        "pickle-honda",
        t(
            "大きな木樽と黄色い沢庵のイラスト",
            "Illustration of large wooden barrels and yellow takuan pickles",
            "大木桶和黄色泽庵的插图",
            "大木桶和黃色澤庵的插圖",
            "커다란 나무통과 노란 단무지 일러스트",
        ),
        "barrels",
        ("#f0e6d2", "#7f5539", "#3d2c1e", "#a5a58d", "#f4d35e"),
    ),
    illustration(
        "product-cedar-takuan",
        t(
            "杉樽で漬けた沢庵を皿に盛ったイラスト",
            "Illustration of cedar-barrel takuan served on a plate",
            "盘子里盛着杉木桶腌制泽庵的插图",
            "盤子裡盛著杉木桶醃製澤庵的插圖",
            "삼나무 통에서 절인 단무지를 담은 접시 일러스트",
        ),
        "still-life",
        ("#eadfcc", "#a86f3f", "#e8b93a", "#f6efe0", "#5b3f28"),
        subject="takuan",
    ),
    illustration(
        "pickle-sakura",
        t(
            "明るい工房に並ぶ小さなぬか床の樽のイラスト",
            "Illustration of small rice-bran pickling tubs in a bright workshop",
            "明亮作坊里排列的米糠腌床小桶插图",
            "明亮作坊裡排列的米糠醃床小桶插圖",
            "밝은 공방에 늘어선 작은 쌀겨 절임통 일러스트",
        ),
        "barrels",
        ("#fdf0f2", "#d4a373", "#e5989b", "#b5838d", "#f6bd60"),
    ),
    illustration(
        "product-nukazuke",
        t(
            "きゅうり、なす、にんじんのぬか漬けを盛り合わせたイラスト",
            "Illustration of a plate of nukazuke: cucumber, aubergine and carrot",
            "黄瓜、茄子和胡萝卜米糠腌菜拼盘的插图",
            "小黃瓜、茄子和紅蘿蔔米糠醃菜拼盤的插圖",
            "오이, 가지, 당근 누카즈케 모둠 일러스트",
        ),
        "still-life",
        ("#f7ece9", "#d98f8f", "#6a994e", "#fff7f2", "#8d6a55"),
        subject="nukazuke",
    ),
    illustration(
        "pickle-koike",
        t(
            "冬の畑で干される大根の列のイラスト",
            "Illustration of rows of daikon drying in a winter field",
            "冬季田地里成排晾晒的萝卜插图",
            "冬季田地裡成排晾曬的蘿蔔插圖",
            "겨울 밭에서 줄지어 말리는 무 일러스트",
        ),
        "daikon",
        ("#dbe7f0", "#6a994e", "#ffffff", "#6b4f3a", "#a7c957"),
    ),
    illustration(
        "product-asazuke",
        t(
            "昆布と柚子で漬けた大根の浅漬けの瓶のイラスト",
            "Illustration of jars of lightly pickled daikon with kombu and yuzu",
            "用昆布和柚子腌制的浅渍萝卜罐装插图",
            "用昆布和柚子醃製的淺漬蘿蔔罐裝插圖",
            "다시마와 유자로 절인 무 아사즈케 병 일러스트",
        ),
        "still-life",
        ("#e9f0e4", "#e6b84a", "#d9a441", "#f4f7ee", "#546b4a"),
        subject="jars",
    ),
    illustration(
        "story-daikon-racks",
        t(
            "12月、干し場にずらりと掛けられた大根のイラスト",
            "Illustration of daikon hung in long rows at the drying racks in December",
            "12月晾晒场上长长一排挂着的萝卜插图",
            "12月晾曬場上長長一排掛著的蘿蔔插圖",
            "12월, 건조장에 길게 줄지어 걸린 무 일러스트",
        ),
        "daikon",
        ("#c6d8e8", "#3f7a3a", "#f4f4ea", "#5e4128", "#b7c9a0"),
    ),
    illustration(
        "story-cedar-barrels",
        t(
            "杉の板と箍が並ぶ樽づくりの作業場のイラスト",
            "Illustration of a cooper's corner with cedar staves, hoops and a new barrel",
            "摆放杉木板、桶箍和新木桶的制桶作业场插图",
            "擺放杉木板、桶箍和新木桶的製桶作業場插圖",
            "삼나무 널빤지와 테, 새 통이 놓인 통 만드는 작업장 일러스트",
        ),
        "workshop",
        ("#efe2cc", "#7f5539", "#9c6b3f", "#5a4a3a", "#c9a46b"),
        subject="cedar-barrels",
    ),
]


def _maker(key, area, **fields):
    return page("industries.PickleMakerPage", key, "industries", area=snippet_ref(area), **fields)


PAGES = [
    _maker(
        "shiraishi-tsukemono",
        "heiwadai",
        title=t("白石漬物店", "Shiraishi Pickles", "白石腌菜店", "白石醃菜店", "시라이시 절임 가게"),
        introduction=t(
            "昭和2年創業。練馬大根を天日で干し、米ぬかと塩だけで漬け込む昔ながらの沢庵をつくり続けています。",
            "Founded in 1927, Shiraishi still makes takuan the old way: Nerima daikon dried in the sun and pickled in nothing but rice bran and salt.",
            "创业于1927年。将练马萝卜晒干，只用米糠和盐腌制，坚持制作传统的泽庵。",
            "創業於1927年。將練馬蘿蔔曬乾，只用米糠和鹽醃製，堅持製作傳統的澤庵。",
            "1927년 창업. 네리마 무를 햇볕에 말려 쌀겨와 소금만으로 담그는 전통 방식의 단무지를 만들어 왔습니다.",
        ),
        listing_summary=t(
            "天日干しの練馬大根を米ぬかで漬ける、昭和2年創業の漬物店。",
            "Sun-dried Nerima daikon pickled in rice bran since 1927.",
            "自1927年起用米糠腌制日晒练马萝卜的腌菜店。",
            "自1927年起用米糠醃製日曬練馬蘿蔔的醃菜店。",
            "1927년부터 햇볕에 말린 네리마 무를 쌀겨에 담가 온 절임 가게.",
        ),
        main_image=image("pickle-shiraishi"),
        founded_year=1927,
        address=t(
            "東京都練馬区平和台2-0-1",
            "2-0-1 Heiwadai, Nerima-ku, Tokyo",
            "东京都练马区平和台2-0-1",
            "東京都練馬區平和台2-0-1",
            "도쿄도 네리마구 헤이와다이 2-0-1",
        ),
        access=t(
            "平和台駅から徒歩7分",
            "7 minutes' walk from Heiwadai Station",
            "从平和台站步行7分钟",
            "從平和台站步行7分鐘",
            "헤이와다이역에서 도보 7분",
        ),
        latitude="35.756500",
        longitude="139.651800",
        opening_hours=t("9:00〜17:00", "9:00–17:00", "9:00〜17:00", "9:00〜17:00", "9:00~17:00"),
        closed_days=t(
            "日曜日、祝日",
            "Sundays and public holidays",
            "周日、节假日",
            "週日、國定假日",
            "일요일, 공휴일",
        ),
        phone="03-0000-0501",
        process=t(
            "<ol><li>12月、収穫した練馬大根を2週間ほど天日で干します。</li><li>米ぬかと塩を合わせ、木樽に大根と交互に漬け込みます。</li><li>重石をのせ、蔵で3か月から半年寝かせます。</li></ol>",
            "<ol><li>In December the harvested daikon are hung in the sun for about two weeks.</li><li>They are packed into wooden barrels in layers with rice bran and salt.</li><li>Weighted with stones, they rest in the storehouse for three to six months.</li></ol>",
            "<ol><li>12月，将收获的练马萝卜晾晒约两周。</li><li>把米糠和盐混合，与萝卜交替放入木桶腌制。</li><li>压上重石，在仓库中静置三个月至半年。</li></ol>",
            "<ol><li>12月，將收穫的練馬蘿蔔晾曬約兩週。</li><li>把米糠和鹽混合，與蘿蔔交替放入木桶醃製。</li><li>壓上重石，在倉庫中靜置三個月至半年。</li></ol>",
            "<ol><li>12월에 수확한 네리마 무를 2주 정도 햇볕에 말립니다.</li><li>쌀겨와 소금을 섞어 무와 번갈아 나무통에 담급니다.</li><li>누름돌을 얹어 창고에서 3개월에서 반년 동안 숙성시킵니다.</li></ol>",
        ),
        where_to_buy=t(
            "<ul><li>平和台の本店</li><li>練馬北口ひだまり商店街の朝市（12月）</li><li>区内の農産物直売所</li></ul>",
            "<ul><li>The main shop in Heiwadai</li><li>The morning market on Hidamari Shopping Street (December)</li><li>Farm shops in the ward</li></ul>",
            "<ul><li>平和台总店</li><li>练马北口日光商店街早市（12月）</li><li>区内农产品直销处</li></ul>",
            "<ul><li>平和台總店</li><li>練馬北口日光商店街早市（12月）</li><li>區內農產品直銷處</li></ul>",
            "<ul><li>헤이와다이 본점</li><li>네리마 기타구치 히다마리 상점가 아침 시장 (12월)</li><li>구내 농산물 직판장</li></ul>",
        ),
        tour_availability=t(
            "見学会の日程に合わせて蔵をご案内します。個別の見学はお受けしていません。",
            "The storehouse is open on tour dates only; we cannot take individual visits.",
            "配合参观活动的日程开放仓库参观，不接受个人单独参观。",
            "配合參觀活動的日程開放倉庫參觀，不接受個人單獨參觀。",
            "견학 일정에 맞춰 창고를 안내합니다. 개별 견학은 받지 않습니다.",
        ),
        products=stream(
            product(
                t("天日干し沢庵", "Sun-dried takuan", "日晒泽庵", "日曬澤庵", "천일 건조 단무지"),
                t(
                    "着色料を使わない、淡い黄色の沢庵です。",
                    "Pale yellow takuan, with no added colouring.",
                    "不使用色素的淡黄色泽庵。",
                    "不使用色素的淡黃色澤庵。",
                    "색소를 쓰지 않은 연노란색 단무지입니다.",
                ),
                t(
                    "1本 ¥980（税込）",
                    "¥980 each (tax included)",
                    "每根 ¥980（含税）",
                    "每根 ¥980（含稅）",
                    "1개 ¥980 (세금 포함)",
                ),
                "product-sun-dried-takuan",
            ),
            product(
                t("べったら漬", "Bettarazuke", "甜糟腌萝卜", "甜糟醃蘿蔔", "베타라즈케"),
                t(
                    "麹の甘みをいかした、秋から冬の浅漬けです。",
                    "A lightly pickled autumn and winter daikon, sweet with rice koji.",
                    "利用米曲甜味的秋冬浅渍萝卜。",
                    "利用米麴甜味的秋冬淺漬蘿蔔。",
                    "누룩의 단맛을 살린 가을・겨울의 겉절이입니다.",
                ),
                t(
                    "1袋 ¥650（税込）",
                    "¥650 a pack (tax included)",
                    "每袋 ¥650（含税）",
                    "每袋 ¥650（含稅）",
                    "1봉 ¥650 (세금 포함)",
                ),
                "product-bettarazuke",
            ),
        ),
        accessibility_notes=t(
            "店舗の入口に段差はありません。蔵の中は床が濡れていることがあります。",
            "The shop has a step-free entrance. The storehouse floor can be wet.",
            "店铺入口没有台阶。仓库内地面有时会湿滑。",
            "店鋪入口沒有台階。倉庫內地面有時會濕滑。",
            "가게 입구에 턱이 없습니다. 창고 안은 바닥이 젖어 있을 수 있습니다.",
        ),
        body=stream(
            quote(
                t(
                    "大根は干し加減がすべて。毎朝、空を見てから干し場に出ます。",
                    "With daikon, everything depends on the drying. Every morning I look at the sky before I go out to the racks.",
                    "萝卜全看晾晒的火候。每天早上我都先看看天，再去晾晒场。",
                    "蘿蔔全看晾曬的火候。每天早上我都先看看天，再去晾曬場。",
                    "무는 말리는 정도가 전부입니다. 매일 아침 하늘을 보고 나서 건조장에 나갑니다.",
                ),
                t(
                    "四代目 白石 誠",
                    "Makoto Shiraishi, fourth generation",
                    "第四代 白石诚",
                    "第四代 白石誠",
                    "4대째 시라이시 마코토",
                ),
            ),
        ),
        gallery=gallery(
            (
                "pickle-shiraishi-drying",
                t(
                    "木枠に掛けて干される練馬大根",
                    "Nerima daikon hung to dry on a wooden frame",
                    "挂在木架上晾晒的练马萝卜",
                    "掛在木架上晾曬的練馬蘿蔔",
                    "나무틀에 걸어 말리는 네리마 무",
                ),
                t("12月の干し場", "The drying racks in December", "12月的晾晒场", "12月的晾曬場", "12월의 건조장"),
            ),
        ),
    ),
    _maker(
        "yoshioka-honpo",
        "oizumi",
        title=t("ねりま漬 吉岡本舗", "Yoshioka Honpo Nerima Pickles"),
        introduction=t(
            "大泉の畑で自ら練馬大根を育て、収穫から漬け込みまでを一貫して手がける漬物店です。",
            "A pickle maker in Oizumi that grows its own Nerima daikon and does everything from harvest to barrel itself.",
        ),
        listing_summary=t(
            "大根づくりから手がける、大泉の漬物店。", "An Oizumi pickle maker that grows its own daikon."
        ),
        main_image=image("pickle-yoshioka"),
        founded_year=1952,
        address=t("東京都練馬区大泉町4-0-1", "4-0-1 Oizumi-machi, Nerima-ku, Tokyo"),
        access=t(
            "大泉学園駅からバス10分「大泉町四丁目」下車、徒歩3分",
            "10 minutes by bus from Oizumi-gakuen Station to Oizumi-machi 4-chome, then 3 minutes' walk",
        ),
        latitude="35.763500",
        longitude="139.594500",
        opening_hours=t("9:00〜16:00", "9:00–16:00"),
        closed_days=t("日曜日", "Sundays"),
        phone="03-0000-0502",
        process=t(
            "<p>夏の終わりに種をまき、12月に抜いた大根をその日のうちに干し場へ運びます。畑から樽までの距離が近いことが、みずみずしさの秘訣です。</p>",
            "<p>The seed is sown at the end of summer, and the daikon pulled in December go to the drying racks the same day. The short trip from field to barrel keeps them fresh.</p>",
        ),
        where_to_buy=t(
            "<ul><li>本店</li><li>区内の農産物直売所</li></ul>",
            "<ul><li>The main shop</li><li>Farm shops in the ward</li></ul>",
        ),
        tour_availability=t(
            "12月の収穫期に、畑の見学を受け付けることがあります。",
            "Field visits are sometimes possible during the December harvest.",
        ),
        products=stream(
            product(
                t("練馬大根の沢庵", "Nerima daikon takuan"),
                t("自家栽培の大根だけを使っています。", "Made only from daikon we grow ourselves."),
                t("1本 ¥1,200（税込）", "¥1,200 each (tax included)"),
                "product-yoshioka-takuan",
            ),
        ),
        accessibility_notes=t(
            "畑は土の上を歩きます。歩きやすい靴でお越しください。",
            "The fields are bare earth; please wear comfortable shoes.",
        ),
    ),
    _maker(
        "honda-shoten",
        "seki",
        title=t("関町 木樽漬の 本田商店", "Honda Shoten Barrel Pickles, Seki-machi"),
        introduction=t(
            "創業90年近い漬物店。杉の木樽にこだわり、樽の香りが移った沢庵が評判です。",
            "A pickle maker of nearly ninety years, committed to cedar barrels; its takuan are prized for the scent of the wood.",
        ),
        listing_summary=t("杉樽の香りが移る、関町の沢庵。", "Takuan scented by cedar barrels, from Seki-machi."),
        main_image=image("pickle-honda"),
        founded_year=1935,
        address=t("東京都練馬区関町南3-0-1", "3-0-1 Sekimachi-minami, Nerima-ku, Tokyo"),
        access=t("武蔵関駅南口から徒歩8分", "8 minutes' walk from the south exit of Musashi-Seki Station"),
        latitude="35.724600",
        longitude="139.578200",
        opening_hours=t("9:00〜17:30", "9:00–17:30"),
        closed_days=t("水曜日、日曜日", "Wednesdays and Sundays"),
        phone="03-0000-0503",
        process=t(
            "<p>杉の木樽は使い込むほど乳酸菌が住みつき、味に深みが出ます。一番古い樽は60年以上使っています。</p>",
            "<p>The longer a cedar barrel is used, the more lactic bacteria settle in it and the deeper the flavour. The oldest barrel has been in use for over sixty years.</p>",
        ),
        where_to_buy=t(
            "<ul><li>本店</li><li>ねりま ものづくり産業フェア</li></ul>",
            "<ul><li>The main shop</li><li>The Nerima Monozukuri Industry Fair</li></ul>",
        ),
        tour_availability=t(
            "漬け込み体験の見学会を年に数回開いています。", "Pickling workshops are held a few times a year."
        ),
        products=stream(
            product(
                t("杉樽仕込み沢庵", "Cedar-barrel takuan"),
                t("木の香りとほどよい酸味。", "A hint of wood and a gentle sourness."),
                t("1本 ¥1,080（税込）", "¥1,080 each (tax included)"),
                "product-cedar-takuan",
            ),
        ),
        accessibility_notes=t("店内は段差があります。", "There are steps inside the shop."),
    ),
    _maker(
        "nukazuke-sakura",
        "hikarigaoka",
        title=t("光が丘 ぬか漬け工房 さくら", "Sakura Nukazuke Workshop, Hikarigaoka"),
        introduction=t(
            "練馬の野菜を季節ごとにぬか漬けにする、2016年に開いた小さな工房。ぬか床づくりの教室も人気です。",
            "A small workshop opened in 2016 that pickles Nerima vegetables in rice bran through the seasons; its classes on starting your own bran bed are popular.",
        ),
        listing_summary=t(
            "季節の練馬野菜のぬか漬けと、ぬか床教室。", "Seasonal Nerima vegetables in rice bran, and classes."
        ),
        main_image=image("pickle-sakura"),
        founded_year=2016,
        address=t("東京都練馬区光が丘2-0-1", "2-0-1 Hikarigaoka, Nerima-ku, Tokyo"),
        access=t("光が丘駅から徒歩5分", "5 minutes' walk from Hikarigaoka Station"),
        latitude="35.758000",
        longitude="139.630000",
        opening_hours=t("11:00〜18:00", "11:00–18:00"),
        closed_days=t("月曜日、火曜日", "Mondays and Tuesdays"),
        phone="03-0000-0504",
        process=t(
            "<p>ぬか床は毎日手で混ぜ、野菜ごとに漬ける時間を変えます。大根は一晩、きゅうりは半日が目安です。</p>",
            "<p>The bran bed is mixed by hand every day, and each vegetable gets its own time: overnight for daikon, half a day for cucumber.</p>",
        ),
        where_to_buy=t(
            "<ul><li>工房の店頭</li><li>光が丘の朝市（毎月第2日曜日）</li></ul>",
            "<ul><li>The workshop counter</li><li>The Hikarigaoka morning market (second Sunday of the month)</li></ul>",
        ),
        tour_availability=t(
            "ぬか床教室と工房見学を毎月開いています。", "Bran-bed classes and workshop visits are held every month."
        ),
        products=stream(
            product(
                t("季節のぬか漬け盛り合わせ", "Seasonal nukazuke selection"),
                t("その日の朝に漬け上がった野菜を詰め合わせます。", "A mix of the vegetables ready that morning."),
                t("¥700（税込）", "¥700 (tax included)"),
                "product-nukazuke",
            ),
        ),
        accessibility_notes=t(
            "入口に段差はありません。英語と韓国語で説明できるスタッフがいます。",
            "Step-free entrance. Some staff speak English and Korean.",
        ),
    ),
    _maker(
        "koike-shokuhin",
        "fujimidai",
        title=t("富士見台 小池食品", "Koike Foods, Fujimidai"),
        introduction=t(
            "浅漬けとべったら漬を中心に、区内のスーパーや学校給食にも漬物を届ける食品会社です。",
            "A food company making light pickles and bettarazuke for supermarkets and school lunches across the ward.",
        ),
        listing_summary=t(
            "学校給食にも届く、富士見台の浅漬け。", "Light pickles from Fujimidai, served in school lunches."
        ),
        main_image=image("pickle-koike"),
        founded_year=1968,
        address=t("東京都練馬区富士見台1-0-1", "1-0-1 Fujimidai, Nerima-ku, Tokyo"),
        access=t("富士見台駅から徒歩6分", "6 minutes' walk from Fujimidai Station"),
        latitude="35.735500",
        longitude="139.630800",
        opening_hours=t("平日 9:00〜17:00（直売所）", "Weekdays 9:00–17:00 (factory shop)"),
        closed_days=t("土曜日、日曜日、祝日", "Saturdays, Sundays and public holidays"),
        phone="03-0000-0505",
        process=t(
            "<p>衛生管理を徹底した工場で、塩分を控えた浅漬けを毎日つくっています。</p>",
            "<p>Low-salt light pickles are made every day in a carefully managed, hygienic factory.</p>",
        ),
        where_to_buy=t(
            "<ul><li>工場の直売所</li><li>区内のスーパー</li></ul>",
            "<ul><li>The factory shop</li><li>Supermarkets in the ward</li></ul>",
        ),
        tour_availability=t("産業フェアの期間に工場見学を行います。", "Factory tours run during the industry fair."),
        products=stream(
            product(
                t("練馬大根の浅漬け", "Lightly pickled Nerima daikon"),
                t("昆布と柚子で香りよく仕上げました。", "Flavoured with kombu and yuzu."),
                t("1袋 ¥380（税込）", "¥380 a pack (tax included)"),
                "product-asazuke",
            ),
        ),
        accessibility_notes=t(
            "直売所は段差がなく、駐車場があります。", "The factory shop is step-free and has parking."
        ),
    ),
]
