"""Traditional crafts and the master craftsmen (名工) certified by the ward. The people are fictional."""

from home.demo.content import (
    demonstration,
    gallery,
    illustration,
    image,
    page,
    page_ref,
    quote,
    snippet_ref,
    stream,
    t,
)

IMAGES = [
    illustration(
        "craft-komon",
        t(
            "青海波の文様を藍と白で染めた、江戸小紋風の布のイラスト",
            "Illustration of cloth stencil-dyed in indigo and white with a seigaiha wave pattern",
            "以靛蓝和白色染出青海波纹样的江户小纹风布料插图",
            "以靛藍和白色染出青海波紋樣的江戶小紋風布料插圖",
            "쪽빛과 흰색으로 세이가이하 물결무늬를 염색한 에도 고몬풍 천 일러스트",
        ),
        "waves",
        ("#f4f1ea", "#1f3b63", "#4f6d8f", "#9fb3c8"),
    ),
    illustration(
        "craft-komon-stencilling",
        t(
            "長い板に張った白布に型紙を置き、へらで糊を置く職人のイラスト",
            "Illustration of a dyer laying a stencil on white cloth stretched along a long board and spreading paste with a spatula",
            "在长木板上铺展的白布上放置型纸、用刮刀刮糊的匠人插图",
            "在長木板上鋪展的白布上放置型紙、用刮刀刮糊的匠人插圖",
            "긴 판에 펼친 흰 천 위에 본을 대고 주걱으로 풀을 바르는 장인 일러스트",
        ),
        "workshop",
        ("#ece6da", "#1f3b63", "#a07850", "#3f5f7f", "#8a6a4a"),
        subject="stencil-dyeing",
    ),
    illustration(
        "craft-yuzen",
        t(
            "流水と花を手描きした、友禅染めの絹地のイラスト",
            "Illustration of silk hand-painted in the yuzen style with flowers and flowing water",
            "手绘流水与花朵的友禅染丝绸插图",
            "手繪流水與花朵的友禪染絲綢插圖",
            "흐르는 물과 꽃을 손으로 그린 유젠 염색 비단 일러스트",
        ),
        "flowers",
        ("#fbf3ea", "#7fb3d5", "#e7a1b0", "#f6d55c", "#6a994e"),
    ),
    illustration(
        "craft-kimekomi",
        t(
            "柄の布をまとった木目込人形が並ぶイラスト",
            "Illustration of kimekomi dolls dressed in patterned cloth, side by side",
            "身着花纹布料、并排而立的木目込人偶插图",
            "身著花紋布料、並排而立的木目込人偶插圖",
            "무늬 천을 입고 나란히 선 기메코미 인형 일러스트",
        ),
        "dolls",
        ("#f6efe6", "#b23a48", "#2d4b73", "#fbe8d3", "#2b2b2b"),
    ),
    illustration(
        "craft-sashimono",
        t(
            "組手で組まれた木の小箪笥のイラスト",
            "Illustration of a small wooden chest of drawers put together with sashimono joints",
            "以榫卯拼接而成的木制小衣柜插图",
            "以榫卯拼接而成的木製小衣櫃插圖",
            "짜맞춤으로 만든 나무 서랍장 일러스트",
        ),
        "joinery",
        ("#efe2cd", "#d4a373", "#8b5e34", "#3d405b"),
    ),
    illustration(
        "craft-sashimono-bench",
        t(
            "板材とのみ、鉋が置かれた指物の作業台のイラスト",
            "Illustration of a sashimono workbench with boards, chisels and a plane",
            "摆放着木板、凿子和刨子的指物工作台插图",
            "擺放著木板、鑿子和刨子的指物工作台插圖",
            "판재와 끌, 대패가 놓인 사시모노 작업대 일러스트",
        ),
        "workshop",
        ("#f2e8d8", "#6d8f6a", "#b98b5e", "#47576b", "#8b5e34"),
        subject="joinery-bench",
    ),
    illustration(
        "portrait-onodera",
        t(
            "型紙や刷毛が掛かる壁の前で作業台に向かう染め職人のイラスト",
            "Illustration of a dyer at a workbench, with stencils and brushes hanging on the wall behind",
            "在挂着型纸和刷子的墙前、面对工作台的染色匠人插图",
            "在掛著型紙和刷子的牆前、面對工作台的染色匠人插圖",
            "본과 솔이 걸린 벽 앞에서 작업대를 마주한 염색 장인 일러스트",
        ),
        "portrait",
        ("#e9e4da", "#1f3b63", "#f1c9a5", "#8b6b4a", "#5a4a3a"),
    ),
    illustration(
        "work-onodera-komon",
        t(
            "干し場に掛けられた、青海波の小紋染めの布のイラスト",
            "Illustration of komon cloth dyed with seigaiha waves, hung up to dry",
            "挂在晾晒场上的青海波小纹染布插图",
            "掛在晾曬場上的青海波小紋染布插圖",
            "건조장에 걸린 세이가이하 고몬 염색 천 일러스트",
        ),
        "waves",
        ("#eef0f2", "#17325a", "#3e5f86", "#c6d3e0"),
        subject="hanging",
    ),
    illustration(
        "portrait-yajima",
        t(
            "筆の並ぶ作業台で絹地に向かう友禅作家のイラスト",
            "Illustration of a yuzen artist at a bench lined with brushes, working on silk",
            "在摆满画笔的工作台前绘制丝绸的友禅作家插图",
            "在擺滿畫筆的工作台前繪製絲綢的友禪作家插圖",
            "붓이 늘어선 작업대에서 비단에 그림을 그리는 유젠 작가 일러스트",
        ),
        "portrait",
        ("#f5ece6", "#a23e48", "#f3cfb3", "#9c7a5b", "#6d597a"),
        subject="silk",
    ),
    illustration(
        "portrait-omori",
        t(
            "道具が壁に並ぶ工房の人形師のイラスト",
            "Illustration of a doll maker in a workshop with tools on the wall",
            "墙上挂着工具的作坊里的人偶师插图",
            "牆上掛著工具的作坊裡的人偶師插圖",
            "벽에 도구가 걸린 공방의 인형 장인 일러스트",
        ),
        "portrait",
        ("#ece7e1", "#495057", "#efc7a4", "#7f5539", "#343a40"),
    ),
    illustration(
        "portrait-shimizu",
        t(
            "鉋やのみが壁に掛かる木工所の指物師のイラスト",
            "Illustration of a cabinetmaker in a woodshop, with planes and chisels on the wall",
            "墙上挂着刨子和凿子的木工坊里的指物师插图",
            "牆上掛著刨子和鑿子的木工坊裡的指物師插圖",
            "대패와 끌이 벽에 걸린 목공소의 사시모노 장인 일러스트",
        ),
        "portrait",
        ("#f1e9db", "#5f6f52", "#eec6a0", "#a47148", "#3d3d3d"),
    ),
    illustration(
        "portrait-murata",
        t(
            "明るい工房で人形の衣装を整える人形作家のイラスト",
            "Illustration of a doll maker arranging a doll's costume in a bright workshop",
            "在明亮作坊里整理人偶服装的人偶作家插图",
            "在明亮作坊裡整理人偶服裝的人偶作家插圖",
            "밝은 공방에서 인형 의상을 매만지는 인형 작가 일러스트",
        ),
        "portrait",
        ("#fbf0f2", "#c05770", "#f6d2b8", "#b08968", "#6d6875"),
        subject="costume",
    ),
    illustration(
        "portrait-arai",
        t(
            "藍の布が掛かる工房で型紙を手にする若い染め職人のイラスト",
            "Illustration of a young dyer holding a stencil in a workshop hung with indigo cloth",
            "在挂着靛蓝布的作坊里手持型纸的年轻染色匠人插图",
            "在掛著靛藍布的作坊裡手持型紙的年輕染色匠人插圖",
            "쪽빛 천이 걸린 공방에서 본을 든 젊은 염색 장인 일러스트",
        ),
        "portrait",
        ("#e6eef5", "#274c77", "#f0c9a0", "#6b4f3a", "#1d3557"),
        subject="stencil",
    ),
    illustration(
        "story-stencil-cutting",
        t(
            "柿渋色の型紙に彫られた細かな文様と小刀のイラスト",
            "Illustration of a persimmon-brown stencil cut with a fine pattern, a small knife beside it",
            "柿涩色型纸上雕刻的细密纹样与小刀插图",
            "柿澀色型紙上雕刻的細密紋樣與小刀插圖",
            "감물 빛 본에 새긴 섬세한 무늬와 작은 칼 일러스트",
        ),
        "workshop",
        ("#efe6d6", "#4f6d8f", "#8a6a4a", "#3d405b", "#b08968"),
        subject="stencil-cutting",
    ),
    illustration(
        "story-doll-maker",
        t(
            "仕立て上がった衣装の木目込人形が棚に並ぶイラスト",
            "Illustration of kimekomi dolls in finished costumes on a shelf",
            "架子上身穿做好服装的木目込人偶插图",
            "架子上身穿做好服裝的木目込人偶插圖",
            "완성된 의상을 입고 선반에 놓인 기메코미 인형 일러스트",
        ),
        "dolls",
        ("#eef0e6", "#6d597a", "#c05770", "#f6d2b8", "#3a3a3a"),
    ),
]

CRAFTS = [
    page(
        "crafts.CraftPage",
        "tokyo-some-komon",
        "crafts",
        title=t("東京染小紋", "Tokyo Some Komon stencil dyeing"),
        introduction=t(
            "遠目には無地に見えるほど細かな文様を、型紙と刷毛で一面に染める技法です。",
            "A stencil-dyeing technique that covers the cloth with patterns so fine that from a distance it looks plain.",
        ),
        listing_summary=t("遠目には無地に見える、極小の型染め。", "Stencil dyeing so fine it looks plain from afar."),
        main_image=image("craft-komon-stencilling"),
        history=t(
            "<p>江戸時代、武士の裃に細かな文様を染めたことに始まります。やがて町人の着物にも広がり、川の水が豊かな地域に染めの工房が集まりました。</p>",
            "<p>It began in the Edo period with fine patterns dyed on samurai formal wear. It spread to townspeople's kimono, and dyeing workshops gathered wherever there was plenty of river water.</p>",
        ),
        technique=t(
            "<ol><li>柿渋で固めた和紙の型紙に文様を彫ります。</li><li>長板に張った生地に型紙を置き、糊を置きます。</li><li>地色を染め、蒸して色を定着させてから糊を洗い流します。</li></ol>",
            "<ol><li>The pattern is cut into a stencil of washi paper hardened with persimmon tannin.</li><li>The cloth is stretched on a long board, and resist paste is spread through the stencil.</li><li>The ground colour is dyed, steamed to fix it, and the paste is washed out.</li></ol>",
        ),
        where_to_see=t(
            "<ul><li>呉服 ふじむら（石神井）</li><li>ねりま ものづくり産業フェアの実演コーナー</li></ul>",
            "<ul><li>Fujimura Kimono (Shakujii)</li><li>The demonstration corner of the Nerima Monozukuri Industry Fair</li></ul>",
        ),
        gallery=gallery(
            (
                "craft-komon",
                t("藍と白の青海波の型染め", "Seigaiha waves stencil-dyed in indigo and white"),
                t("青海波の文様", "The seigaiha pattern"),
            ),
        ),
    ),
    page(
        "crafts.CraftPage",
        "tokyo-tegaki-yuzen",
        "crafts",
        title=t("東京手描友禅", "Tokyo Tegaki Yuzen hand-painted dyeing"),
        introduction=t(
            "糸目糊で輪郭を描き、筆と刷毛で一枚ずつ色を挿していく、絵画のような染めです。",
            "A painterly dyeing technique: outlines are drawn in fine resist paste, then each colour is brushed in by hand.",
        ),
        listing_summary=t("筆で色を挿す、絵画のような染め。", "Dyeing painted by hand, like a picture."),
        main_image=image("craft-yuzen"),
        history=t(
            "<p>京都で生まれた友禅染めが江戸に伝わり、落ち着いた色合いと洒落た構図の「江戸好み」の作風が育ちました。</p>",
            "<p>Yuzen dyeing came to Edo from Kyoto, and developed a local taste for quiet colours and witty compositions.</p>",
        ),
        technique=t(
            "<ol><li>青花で下絵を描きます。</li><li>糸目糊で輪郭を引きます。</li><li>色を挿し、地色を引き染めして蒸します。</li></ol>",
            "<ol><li>The design is sketched in a fugitive blue ink.</li><li>Outlines are drawn in fine lines of resist paste.</li><li>Colours are painted in, the ground is dyed, and the cloth is steamed.</li></ol>",
        ),
        where_to_see=t("<ul><li>区内の工房の公開日</li></ul>", "<ul><li>Open days at workshops in the ward</li></ul>"),
    ),
    page(
        "crafts.CraftPage",
        "edo-kimekomi-dolls",
        "crafts",
        title=t("江戸木目込人形", "Edo Kimekomi dolls"),
        introduction=t(
            "桐塑の胴に筋を彫り、その溝に布の端を押し込んで衣装を着せる人形です。",
            "Dolls whose bodies of paulownia composite are grooved, with the edges of the costume cloth tucked into the grooves.",
        ),
        listing_summary=t("布を溝に押し込んで仕立てる人形。", "Dolls dressed by tucking cloth into grooves."),
        main_image=image("craft-kimekomi"),
        history=t(
            "<p>江戸時代の中頃、京都の上賀茂神社の職人が余り木で人形をつくったのが始まりとされ、のちに江戸で独自の発展をとげました。</p>",
            "<p>They are said to have begun in the mid-Edo period with dolls carved from offcuts at a Kyoto shrine, and later developed a style of their own in Edo.</p>",
        ),
        technique=t(
            "<ol><li>桐の粉を固めた胴に、衣装の線に沿って筋を彫ります。</li><li>布を裁ち、へらで端を筋に押し込みます。</li><li>面相筆で顔を描き入れます。</li></ol>",
            "<ol><li>Lines are cut along the costume's seams in a body of pressed paulownia sawdust.</li><li>The cloth is cut and its edges pushed into the grooves with a spatula.</li><li>The face is painted with a very fine brush.</li></ol>",
        ),
        where_to_see=t(
            "<ul><li>練馬区伝統工芸展（毎年秋）</li></ul>",
            "<ul><li>The Nerima traditional crafts exhibition (every autumn)</li></ul>",
        ),
    ),
    page(
        "crafts.CraftPage",
        "edo-sashimono",
        "crafts",
        title=t("江戸指物", "Edo Sashimono joinery"),
        introduction=t(
            "釘を使わず、木と木を組み合わせて箪笥や箱をつくる木工の技です。",
            "Woodwork that builds chests and boxes by joining wood to wood, without nails.",
        ),
        listing_summary=t("釘を使わずに組む、木工の技。", "Furniture joined without nails."),
        main_image=image("craft-sashimono-bench"),
        history=t(
            "<p>武家や商家、歌舞伎役者の好みにこたえて、江戸では木目を生かした軽やかな指物が発達しました。</p>",
            "<p>To suit samurai households, merchants and kabuki actors, Edo developed a light style of joinery that shows off the grain of the wood.</p>",
        ),
        technique=t(
            "<ul><li>ほぞと溝を精密に刻み、組むだけで固定します。</li><li>桑や欅、桐など、木目の美しい材を使います。</li></ul>",
            "<ul><li>Tenons and grooves are cut precisely so the pieces hold by fit alone.</li><li>Woods with handsome grain are used: mulberry, zelkova and paulownia.</li></ul>",
        ),
        where_to_see=t(
            "<ul><li>清水指物工房の見学会</li></ul>", "<ul><li>Tours of the Shimizu Sashimono workshop</li></ul>"
        ),
    ),
]


def _craftsman(key, crafts, area, **fields):
    return page(
        "crafts.MasterCraftsmanPage",
        key,
        "crafts",
        area=snippet_ref(area),
        relations={"craft_links": [{"craft": page_ref(craft)} for craft in crafts]},
        **fields,
    )


CRAFTSMEN = [
    _craftsman(
        "onodera-koichi",
        ["tokyo-some-komon"],
        "seki",
        title=t("小野寺 浩一", "Koichi Onodera", "小野寺浩一", "小野寺浩一", "오노데라 고이치"),
        name_reading=t("おのでら こういち", "Onodera Koichi", "Onodera Koichi", "Onodera Koichi", "오노데라 고이치"),
        portrait=image("portrait-onodera"),
        introduction=t(
            "関町で三代続く染小紋の工房を営む。髪の毛ほどの細い線を彫る型紙づくりから染めまでを一人で手がけます。",
            "He runs a third-generation komon dyeing workshop in Seki-machi, doing everything himself from cutting stencils with lines as fine as a hair to the dyeing.",
            "在关町经营传承三代的染小纹工坊。从雕刻细如发丝的型纸到染色，全部由他一人完成。",
            "在關町經營傳承三代的染小紋工坊。從雕刻細如髮絲的型紙到染色，全部由他一人完成。",
            "세키마치에서 3대째 이어 온 소메코몬 공방을 운영합니다. 머리카락처럼 가는 선을 새기는 본 만들기부터 염색까지 혼자서 해냅니다.",
        ),
        listing_summary=t(
            "髪の毛ほどの線を彫る、関町の染小紋職人。",
            "A komon dyer in Seki-machi who cuts lines as fine as a hair.",
            "雕刻细如发丝线条的关町染小纹匠人。",
            "雕刻細如髮絲線條的關町染小紋匠人。",
            "머리카락처럼 가는 선을 새기는 세키마치의 소메코몬 장인.",
        ),
        certification_year=2011,
        certification_status="active",
        workshop_name=t("小野寺染工房", "Onodera Dye Works", "小野寺染坊", "小野寺染坊", "오노데라 염색 공방"),
        address=t(
            "東京都練馬区関町北4-0-1",
            "4-0-1 Sekimachi-kita, Nerima-ku, Tokyo",
            "东京都练马区关町北4-0-1",
            "東京都練馬區關町北4-0-1",
            "도쿄도 네리마구 세키마치키타 4-0-1",
        ),
        access=t(
            "武蔵関駅北口から徒歩10分",
            "10 minutes' walk from the north exit of Musashi-Seki Station",
            "从武藏关站北口步行10分钟",
            "從武藏關站北口步行10分鐘",
            "무사시세키역 북쪽 출구에서 도보 10분",
        ),
        latitude="35.731000",
        longitude="139.574200",
        biography=t(
            "<p>1958年、関町の染め屋に生まれる。高校を出て父に弟子入りし、型紙彫りの修業に10年を費やしました。2011年に練馬区の名工に認定。近年は若い職人に工房を開き、技の継承に力を注いでいます。</p>",
            "<p>Born in 1958 into a dyeing family in Seki-machi, he joined his father's workshop after high school and spent ten years learning to cut stencils. The ward certified him as a master craftsman in 2011. In recent years he has opened the workshop to young craftsmen to pass the technique on.</p>",
            "<p>1958年生于关町的染坊世家。高中毕业后拜父亲为师，花了十年时间修习型纸雕刻。2011年被认定为练马区名匠。近年来他向年轻匠人开放工坊，致力于技艺传承。</p>",
            "<p>1958年生於關町的染坊世家。高中畢業後拜父親為師，花了十年時間修習型紙雕刻。2011年被認定為練馬區名匠。近年來他向年輕匠人開放工坊，致力於技藝傳承。</p>",
            "<p>1958년 세키마치의 염색집에서 태어났습니다. 고등학교를 마치고 아버지의 제자가 되어 본 새기기 수련에 10년을 보냈습니다. 2011년 네리마구 명장으로 인정받았으며, 최근에는 젊은 장인들에게 공방을 열어 기술 전승에 힘쓰고 있습니다.</p>",
        ),
        works_gallery=gallery(
            (
                "work-onodera-komon",
                t(
                    "藍と白で染めた青海波の小紋",
                    "Komon cloth dyed with seigaiha waves in indigo and white",
                    "用蓝白两色染成的青海波小纹",
                    "用藍白兩色染成的青海波小紋",
                    "남색과 흰색으로 물들인 세이가이하 문양의 코몬",
                ),
                t(
                    "代表作「青海波」",
                    "His best-known work, Seigaiha",
                    "代表作《青海波》",
                    "代表作《青海波》",
                    "대표작 '세이가이하'",
                ),
            ),
        ),
        demonstrations=stream(
            demonstration(
                t("型付けの実演", "Stencil-dyeing demonstration", "型染示范", "型染示範", "본 염색 시연"),
                t(
                    "毎月第2土曜日 14:00",
                    "Second Saturday of the month, 14:00",
                    "每月第二个周六 14:00",
                    "每月第二個週六 14:00",
                    "매월 둘째 토요일 14:00",
                ),
                t("小野寺染工房", "Onodera Dye Works", "小野寺染坊", "小野寺染坊", "오노데라 염색 공방"),
                t(
                    "長板に型紙を置いて糊を置く工程を、間近で見ることができます。",
                    "Watch close up as resist paste is spread through a stencil on the long board.",
                    "可以近距离观看在长板上放置型纸、刮涂防染糊的工序。",
                    "可以近距離觀看在長板上放置型紙、刮塗防染糊的工序。",
                    "긴 판 위에 본을 대고 풀을 바르는 과정을 가까이에서 볼 수 있습니다.",
                ),
            ),
        ),
        body=stream(
            quote(
                t(
                    "型紙の一本の線に、何百年分の職人の仕事が詰まっています。",
                    "A single line in a stencil holds hundreds of years of craftsmen's work.",
                    "型纸上的一根线条，凝聚着几百年来匠人们的心血。",
                    "型紙上的一根線條，凝聚著幾百年來匠人們的心血。",
                    "본에 새긴 선 하나에 수백 년 장인들의 일이 담겨 있습니다.",
                ),
                t("小野寺 浩一", "Koichi Onodera", "小野寺浩一", "小野寺浩一", "오노데라 고이치"),
            ),
        ),
    ),
    _craftsman(
        "yajima-kazuko",
        ["tokyo-tegaki-yuzen"],
        "sakuradai",
        title=t("矢島 和子", "Kazuko Yajima"),
        name_reading=t("やじま かずこ", "Yajima Kazuko"),
        portrait=image("portrait-yajima"),
        introduction=t(
            "石神井川の桜を主題にした訪問着で知られる友禅作家。やわらかな色の重ね方に定評があります。",
            "A yuzen artist known for formal kimono on the theme of the cherry trees along the Shakujii River, admired for her soft layering of colour.",
        ),
        listing_summary=t(
            "石神井川の桜を描く友禅作家。", "A yuzen artist who paints the Shakujii River's cherry trees."
        ),
        certification_year=2015,
        certification_status="active",
        workshop_name=t("友禅工房 和", "Yuzen Studio Nagomi"),
        address=t("東京都練馬区桜台3-0-1", "3-0-1 Sakuradai, Nerima-ku, Tokyo"),
        access=t("桜台駅から徒歩5分", "5 minutes' walk from Sakuradai Station"),
        latitude="35.739900",
        longitude="139.661000",
        biography=t(
            "<p>美術大学で日本画を学んだのち、友禅作家に師事。1990年に独立し、2015年に練馬区の名工に認定されました。</p>",
            "<p>After studying Japanese painting at an art university she trained under a yuzen artist, set up on her own in 1990 and was certified by the ward in 2015.</p>",
        ),
        demonstrations=stream(
            demonstration(
                t("色挿しの実演", "Colour-painting demonstration"),
                t("毎年4月、工房公開日", "Every April, on the studio's open day"),
                t("友禅工房 和", "Yuzen Studio Nagomi"),
                t(
                    "糸目の内側に筆で色を挿していく作業をご覧いただけます。",
                    "See colours brushed in between the fine paste outlines.",
                ),
            ),
        ),
    ),
    _craftsman(
        "omori-kenji",
        ["edo-kimekomi-dolls"],
        "toyotama",
        title=t("大森 健二", "Kenji Omori"),
        name_reading=t("おおもり けんじ", "Omori Kenji"),
        portrait=image("portrait-omori"),
        introduction=t(
            "50年にわたり木目込人形をつくり続けた人形師。現在は制作を退き、後進の指導にあたっています。",
            "A doll maker who made kimekomi dolls for fifty years; he has now retired from making and teaches younger craftsmen.",
        ),
        listing_summary=t("木目込人形ひとすじ50年の人形師。", "Fifty years of kimekomi dolls."),
        certification_year=2008,
        certification_status="emeritus",
        workshop_name=t("大森人形店", "Omori Dolls"),
        address=t("東京都練馬区豊玉中2-0-1", "2-0-1 Toyotama-naka, Nerima-ku, Tokyo"),
        access=t("練馬駅南口から徒歩8分", "8 minutes' walk from the south exit of Nerima Station"),
        latitude="35.733200",
        longitude="139.652400",
        biography=t(
            "<p>15歳で人形師に弟子入り。雛人形と五月人形の木目込を専門とし、2008年に練馬区の名工に認定されました。</p>",
            "<p>Apprenticed to a doll maker at fifteen, he specialised in kimekomi dolls for the Girls' and Boys' Festivals and was certified by the ward in 2008.</p>",
        ),
    ),
    _craftsman(
        "shimizu-masaki",
        ["edo-sashimono"],
        "oizumi",
        title=t("清水 正樹", "Masaki Shimizu"),
        name_reading=t("しみず まさき", "Shimizu Masaki"),
        portrait=image("portrait-shimizu"),
        introduction=t(
            "桑の木を使った小箪笥と茶箱を得意とする指物師。注文に応じて一点ずつ仕立てます。",
            "A joiner who specialises in small chests and tea boxes of mulberry wood, each made to order.",
        ),
        listing_summary=t("桑の小箪笥を一点ずつ仕立てる指物師。", "Mulberry chests, made one at a time."),
        certification_year=2013,
        certification_status="active",
        workshop_name=t("清水指物工房", "Shimizu Sashimono Workshop"),
        address=t("東京都練馬区東大泉5-0-1", "5-0-1 Higashi-Oizumi, Nerima-ku, Tokyo"),
        access=t("大泉学園駅北口から徒歩12分", "12 minutes' walk from the north exit of Oizumi-gakuen Station"),
        latitude="35.755600",
        longitude="139.590300",
        biography=t(
            "<p>家具職人の父のもとで育ち、江戸指物の親方に10年間師事。2013年に練馬区の名工に認定されました。</p>",
            "<p>He grew up in his father's furniture workshop and trained for ten years under an Edo sashimono master. The ward certified him in 2013.</p>",
        ),
        works_gallery=gallery(
            (
                "craft-sashimono",
                t("桑の木の小箪笥", "A small chest of drawers in mulberry wood"),
                t("桑の小箪笥", "Mulberry chest"),
            ),
        ),
    ),
    _craftsman(
        "murata-sayori",
        ["edo-kimekomi-dolls"],
        "hikarigaoka",
        title=t("村田 さより", "Sayori Murata"),
        name_reading=t("むらた さより", "Murata Sayori"),
        portrait=image("portrait-murata"),
        introduction=t(
            "大森健二に学んだ人形作家。現代の暮らしに合う小さな木目込人形を手がけています。",
            "A doll maker who trained under Kenji Omori and makes small kimekomi dolls for modern homes.",
        ),
        listing_summary=t("現代の暮らしに合う木目込人形。", "Kimekomi dolls for modern homes."),
        certification_year=2019,
        certification_status="active",
        workshop_name=t("さより人形工房", "Sayori Doll Studio"),
        address=t("東京都練馬区光が丘5-0-1", "5-0-1 Hikarigaoka, Nerima-ku, Tokyo"),
        access=t("光が丘駅から徒歩8分", "8 minutes' walk from Hikarigaoka Station"),
        latitude="35.761000",
        longitude="139.627000",
        biography=t(
            "<p>会社勤めをへて人形づくりを学び、2019年に練馬区の名工に認定されました。人形教室も開いています。</p>",
            "<p>She learned doll making after a career in an office, was certified by the ward in 2019 and also teaches classes.</p>",
        ),
        demonstrations=stream(
            demonstration(
                t("木目込人形教室", "Kimekomi doll class"),
                t("毎月第3日曜日 10:00", "Third Sunday of the month, 10:00"),
                t("さより人形工房", "Sayori Doll Studio"),
                t("2時間で小さな干支の人形を仕上げます。", "Make a small zodiac doll in two hours."),
            ),
        ),
    ),
    _craftsman(
        "arai-tatsuya",
        ["tokyo-some-komon", "tokyo-tegaki-yuzen"],
        "seki",
        title=t("新井 達也", "Tatsuya Arai"),
        name_reading=t("あらい たつや", "Arai Tatsuya"),
        portrait=image("portrait-arai"),
        introduction=t(
            "小野寺浩一の工房で学んだ若手の染め職人。染小紋と手描友禅の両方の技を持ちます。",
            "A young dyer trained in Koichi Onodera's workshop, skilled in both komon stencil dyeing and hand-painted yuzen.",
        ),
        listing_summary=t("小紋と友禅、二つの技を持つ若手職人。", "A young dyer skilled in both komon and yuzen."),
        certification_year=2021,
        certification_status="active",
        workshop_name=t("そめや新井", "Someya Arai"),
        address=t("東京都練馬区関町東1-0-1", "1-0-1 Sekimachi-higashi, Nerima-ku, Tokyo"),
        access=t("武蔵関駅南口から徒歩7分", "7 minutes' walk from the south exit of Musashi-Seki Station"),
        latitude="35.725800",
        longitude="139.582000",
        biography=t(
            "<p>1988年生まれ。大学卒業後に小野寺染工房に入り、2021年に区内最年少で名工の認定を受けました。</p>",
            "<p>Born in 1988, he joined Onodera Dye Works after university and in 2021 became the youngest master craftsman certified in the ward.</p>",
        ),
    ),
]

PAGES = [*CRAFTS, *CRAFTSMEN]
