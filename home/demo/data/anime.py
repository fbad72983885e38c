"""Anime studios. The studios and their works are fictional."""

from home.demo.content import gallery, illustration, image, page, paragraph, snippet_ref, stream, t, work

IMAGES = [
    illustration(
        "anime-himawariza",
        t(
            "跳ねるボールを一コマずつ描いたフィルムのコマのイラスト",
            "Illustration of a strip of film frames showing a bouncing ball, one drawing at a time",
            "逐格描绘弹跳小球的胶片画格插图",
            "逐格描繪彈跳小球的膠片畫格插圖",
            "튀어 오르는 공을 한 컷씩 그린 필름 프레임 일러스트",
        ),
        "frames",
        ("#fff8e1", "#2b2d42", "#fdfcdc", "#f4a261", "#d6ccc2"),
    ),
    illustration(
        "anime-himawariza-studio",
        t(
            "絵コンテが貼られた壁の前で、ライトテーブルに向かうアニメーターたちのイラスト",
            "Illustration of animators at light tables, storyboards pinned on the wall behind them",
            "在贴着分镜的墙前、伏案于透写台的动画师们的插图",
            "在貼著分鏡的牆前、伏案於透寫台的動畫師們的插圖",
            "콘티가 붙은 벽 앞에서 라이트 테이블에 앉은 애니메이터들 일러스트",
        ),
        "studio",
        ("#fbf3df", "#8a6a4a", "#fff9d6", "#ffffff", "#f4a261"),
        subject="light-tables",
    ),
    illustration(
        "anime-sakuradai",
        t(
            "ライトボックスの灯る机が並ぶ作画スタジオを上から見たイラスト",
            "Illustration of an animation studio seen from above, with desks and glowing light boxes",
            "从上方俯瞰、摆满亮着灯箱的书桌的作画工作室插图",
            "從上方俯瞰、擺滿亮著燈箱的書桌的作畫工作室插圖",
            "라이트박스가 켜진 책상이 늘어선 작화 스튜디오를 위에서 본 일러스트",
        ),
        "desks",
        ("#e9ecef", "#8d99ae", "#fefae0", "#ffffff", "#ef476f"),
    ),
    illustration(
        "anime-ekoda",
        t(
            "色とりどりのボールが跳ねるアニメーションのコマのイラスト",
            "Illustration of animation frames with a brightly coloured bouncing ball",
            "彩色小球弹跳的动画画格插图",
            "彩色小球彈跳的動畫畫格插圖",
            "알록달록한 공이 튀어 오르는 애니메이션 프레임 일러스트",
        ),
        "frames",
        ("#e0fbfc", "#3d5a80", "#ffffff", "#ee6c4d", "#98c1d9"),
    ),
    illustration(
        "anime-shakujii",
        t(
            "夕暮れの街並みを描いたアニメの背景画風のイラスト",
            "Illustration in the style of an anime background painting: a town at dusk",
            "动画背景画风格的黄昏街景插图",
            "動畫背景畫風格的黃昏街景插圖",
            "애니메이션 배경화풍의 해 질 녘 거리 일러스트",
        ),
        "skyline",
        ("#6d597a", "#eaac8b", "#355070", "#b56576", "#ffd166"),
        subject="painted",
    ),
    illustration(
        "anime-hikarigaoka",
        t(
            "モニターの光る机が並ぶCGスタジオを上から見たイラスト",
            "Illustration of a CG studio seen from above, with desks lit by monitors",
            "从上方俯瞰、书桌上显示器发光的CG工作室插图",
            "從上方俯瞰、書桌上螢幕發光的CG工作室插圖",
            "모니터가 빛나는 책상이 늘어선 CG 스튜디오를 위에서 본 일러스트",
        ),
        "desks",
        ("#1d3557", "#457b9d", "#a8dadc", "#f1faee", "#e63946"),
    ),
    illustration(
        "story-hand-drawing",
        t(
            "ライトテーブルの上で鉛筆を持つ手と、重ねた原画のイラスト",
            "Illustration of a hand holding a pencil over layered drawings on a light table",
            "透写台上握着铅笔的手与叠放的原画插图",
            "透寫台上握著鉛筆的手與疊放的原畫插圖",
            "라이트 테이블 위에서 연필을 쥔 손과 겹쳐 놓은 원화 일러스트",
        ),
        "studio",
        ("#f4efe6", "#5a4a42", "#fff6cf", "#fbfaf5", "#4d7ea8"),
        subject="hand-drawing",
    ),
    illustration(
        "story-park-sketching",
        t(
            "木々と池のある公園と、手前に開いたスケッチブックのイラスト",
            "Illustration of a park with trees and a pond, an open sketchbook in the foreground",
            "有树木和池塘的公园，前景是打开的素描本的插图",
            "有樹木和池塘的公園，前景是打開的素描本的插圖",
            "나무와 연못이 있는 공원과 앞쪽에 펼친 스케치북 일러스트",
        ),
        "studio",
        ("#eaf2e3", "#6a8d5a", "#f7f3e3", "#ffffff", "#4f7c9a"),
        subject="park-sketch",
    ),
]


def _studio(key, area, **fields):
    return page("anime.AnimeStudioPage", key, "anime", area=snippet_ref(area), **fields)


STUDIOS = [
    _studio(
        "studio-himawariza",
        "oizumi",
        title=t("スタジオひまわり座", "Studio Himawariza", "向日葵座工作室", "向日葵座工作室", "스튜디오 히마와리자"),
        introduction=t(
            "1968年に大泉で創業した老舗のアニメーション制作会社。手描きの作画にこだわり、子ども向けのテレビシリーズを数多く手がけてきました。",
            "A long-established animation studio founded in Oizumi in 1968. It still draws by hand and has made many TV series for children.",
            "1968年在大泉创立的老牌动画制作公司。坚持手绘作画，制作了许多面向儿童的电视动画系列。",
            "1968年在大泉創立的老牌動畫製作公司。堅持手繪作畫，製作了許多給孩子們看的電視動畫系列。",
            "1968년 오이즈미에서 창업한 전통 있는 애니메이션 제작사. 손그림 작화를 고집하며 어린이 대상 TV 시리즈를 많이 만들어 왔습니다.",
        ),
        listing_summary=t(
            "手描き作画を守り続ける、大泉の老舗スタジオ。",
            "An Oizumi studio that still draws by hand.",
            "坚持手绘作画的大泉老牌工作室。",
            "堅持手繪作畫的大泉老牌工作室。",
            "손그림 작화를 지켜 온 오이즈미의 전통 스튜디오.",
        ),
        main_image=image("anime-himawariza-studio"),
        founded_year=1968,
        notable_works=stream(
            work(
                t(
                    "だいこん丸の大冒険",
                    "Daikonmaru's Great Adventure",
                    "萝卜丸大冒险",
                    "蘿蔔丸大冒險",
                    "다이콘마루의 대모험",
                ),
                1974,
                t(
                    "練馬大根の妖精が畑を守るために旅をする、全52話のテレビシリーズ。",
                    "A 52-episode TV series about a Nerima daikon sprite who sets out on a journey to save the fields.",
                    "练马萝卜精灵为守护田地踏上旅程的电视系列动画，共52集。",
                    "練馬蘿蔔精靈為守護田地踏上旅程的電視系列動畫，共52集。",
                    "네리마 무의 요정이 밭을 지키기 위해 여행을 떠나는 52화짜리 TV 시리즈.",
                ),
            ),
            work(
                t(
                    "ひだまり横丁の猫",
                    "The Cat of Hidamari Lane",
                    "日光小巷的猫",
                    "日光小巷的貓",
                    "히다마리 골목의 고양이",
                ),
                2003,
                t(
                    "商店街に住む猫の目から町の一年を描いた短編集。",
                    "Short films showing a year in the life of a town through the eyes of a cat who lives on a shopping street.",
                    "以商店街里的猫的视角描绘小镇一年的短篇集。",
                    "以商店街裡的貓的視角描繪小鎮一年的短篇集。",
                    "상점가에 사는 고양이의 눈으로 동네의 1년을 그린 단편집.",
                ),
            ),
        ),
        visitor_policy="tours",
        visitor_information=t(
            "見学は見学会の日程のみ受け付けています。作画室は撮影できません。",
            "Visits are possible on tour dates only. Photography is not allowed in the drawing room.",
            "仅在参观活动日程内接待参观。作画室内禁止拍照。",
            "僅在參觀活動日程內接待參觀。作畫室內禁止拍照。",
            "견학은 견학 일정에만 받고 있습니다. 작화실은 촬영할 수 없습니다.",
        ),
        address=t(
            "東京都練馬区東大泉2-0-1",
            "2-0-1 Higashi-Oizumi, Nerima-ku, Tokyo",
            "东京都练马区东大泉2-0-1",
            "東京都練馬區東大泉2-0-1",
            "도쿄도 네리마구 히가시오이즈미 2-0-1",
        ),
        access=t(
            "大泉学園駅北口から徒歩9分",
            "9 minutes' walk from the north exit of Oizumi-gakuen Station",
            "从大泉学园站北口步行9分钟",
            "從大泉學園站北口步行9分鐘",
            "오이즈미가쿠엔역 북쪽 출구에서 도보 9분",
        ),
        latitude="35.755000",
        longitude="139.587500",
        body=stream(
            paragraph(
                t(
                    "<p>ひまわり座では、ベテランのアニメーターが新人の原画を一枚ずつ見て指導する「机並べ」の伝統を続けています。</p>",
                    "<p>Himawariza keeps up the tradition of “desk-side teaching”: veteran animators go through each new animator's key drawings with them, one sheet at a time.</p>",
                    "<p>向日葵座延续着“并桌指导”的传统，资深动画师会一张一张地查看新人的原画并给予指导。</p>",
                    "<p>向日葵座延續著「並桌指導」的傳統，資深動畫師會一張一張地查看新人的原畫並給予指導。</p>",
                    "<p>히마와리자에서는 베테랑 애니메이터가 신인의 원화를 한 장씩 보며 지도하는 '책상 나란히' 전통을 이어 가고 있습니다.</p>",
                )
            ),
        ),
        gallery=gallery(
            (
                "anime-himawariza",
                t(
                    "跳ねるボールを描いたフィルムのコマ",
                    "Film frames of a bouncing ball",
                    "描绘弹跳小球的胶片画格",
                    "描繪彈跳小球的膠片畫格",
                    "튀어 오르는 공을 그린 필름 컷",
                ),
                t(
                    "新人研修の課題",
                    "A training exercise for new animators",
                    "新人培训的练习题",
                    "新人培訓的練習題",
                    "신인 연수 과제",
                ),
            ),
        ),
    ),
    _studio(
        "sakuradai-animation",
        "sakuradai",
        title=t("桜台アニメーション", "Sakuradai Animation"),
        introduction=t(
            "原画と動画を専門に請け負う制作会社。多くのテレビシリーズに作画で参加しています。",
            "A studio that specialises in key animation and in-betweening, and draws for many TV series.",
        ),
        listing_summary=t("作画を専門に請け負うスタジオ。", "A studio that specialises in drawing."),
        main_image=image("anime-sakuradai"),
        founded_year=1979,
        notable_works=stream(
            work(
                t("星ふる商店街", "The Shopping Street Where Stars Fall"),
                2015,
                t("作画を担当した青春群像劇。", "A coming-of-age ensemble drama; key animation."),
            ),
        ),
        visitor_policy="appointment",
        visitor_information=t(
            "学校の職業体験などは、事前のご相談で受け付けます。",
            "School work-experience visits can be arranged in advance.",
        ),
        address=t("東京都練馬区桜台1-0-1", "1-0-1 Sakuradai, Nerima-ku, Tokyo"),
        access=t("桜台駅から徒歩3分", "3 minutes' walk from Sakuradai Station"),
        latitude="35.738600",
        longitude="139.663200",
    ),
    _studio(
        "ekoda-motion-works",
        "ekoda",
        title=t("江古田モーションワークス", "Ekoda Motion Works"),
        introduction=t(
            "美術大学の卒業生が立ち上げた、短編とミュージックビデオを手がけるスタジオ。",
            "A studio set up by art-university graduates, making short films and music videos.",
        ),
        listing_summary=t("短編とMVを手がける若いスタジオ。", "A young studio making shorts and music videos."),
        main_image=image("anime-ekoda"),
        founded_year=2009,
        notable_works=stream(
            work(
                t("路地のひかり", "Light in the Lane"),
                2019,
                t("江古田の路地を舞台にした短編アニメーション。", "A short animated film set in the lanes of Ekoda."),
            ),
        ),
        visitor_policy="none",
        address=t("東京都練馬区栄町0-1", "0-1 Sakae-cho, Nerima-ku, Tokyo"),
        access=t("江古田駅南口から徒歩4分", "4 minutes' walk from the south exit of Ekoda Station"),
        latitude="35.736500",
        longitude="139.671800",
    ),
    _studio(
        "shakujii-background-art",
        "shakujii",
        title=t("石神井背景美術", "Shakujii Background Art"),
        introduction=t(
            "アニメの背景画を専門に描く美術スタジオ。石神井公園の木々をスケッチするところから仕事が始まります。",
            "A studio that paints anime backgrounds; the work starts with sketching the trees of Shakujii Park.",
        ),
        listing_summary=t("アニメの背景画を描く美術スタジオ。", "Painters of anime backgrounds."),
        main_image=image("anime-shakujii"),
        founded_year=1985,
        notable_works=stream(
            work(
                t("夕焼けの約束", "A Promise at Sunset"),
                2011,
                t("美術監督を務めた劇場作品。", "A feature film; art direction."),
            ),
        ),
        visitor_policy="tours",
        visitor_information=t("見学会のときだけアトリエを公開しています。", "The studio opens only for tours."),
        address=t("東京都練馬区石神井台1-0-1", "1-0-1 Shakujiidai, Nerima-ku, Tokyo"),
        access=t("石神井公園駅北口から徒歩12分", "12 minutes' walk from the north exit of Shakujii-koen Station"),
        latitude="35.745900",
        longitude="139.600600",
    ),
    _studio(
        "hikarigaoka-pictures",
        "hikarigaoka",
        title=t("光が丘ピクチャーズ", "Hikarigaoka Pictures"),
        introduction=t(
            "3DCGと手描きを組み合わせた映像をつくるスタジオ。区内の学校でアニメ教室も開いています。",
            "A studio combining 3D CG with hand drawing, which also runs animation classes in schools across the ward.",
        ),
        listing_summary=t("3DCGと手描きを組み合わせるスタジオ。", "3D CG meets hand drawing."),
        main_image=image("anime-hikarigaoka"),
        founded_year=2015,
        notable_works=stream(
            work(
                t("ねりまの空の下で", "Under Nerima's Sky"),
                2022,
                t("区の農業を描いた短編。", "A short film about farming in the ward."),
            ),
        ),
        visitor_policy="appointment",
        visitor_information=t(
            "教育機関の見学は、事前にご相談ください。", "Schools and colleges can visit by arrangement."
        ),
        address=t("東京都練馬区光が丘3-0-1", "3-0-1 Hikarigaoka, Nerima-ku, Tokyo"),
        access=t("光が丘駅から徒歩6分", "6 minutes' walk from Hikarigaoka Station"),
        latitude="35.759300",
        longitude="139.631800",
    ),
]

PAGES = STUDIOS
