"""Anime studios. The studios and their works are fictional."""

from home.demo.content import (
    call_to_action,
    gallery,
    illustration,
    image,
    page,
    paragraph,
    snippet_ref,
    stream,
    t,
    work,
)

IMAGES = [
    illustration(
        "anime-himawariza",
        "跳ねるボールを一コマずつ描いたフィルムのコマのイラスト",
        "Illustration of a strip of film frames showing a bouncing ball, one drawing at a time",
        "frames",
        ("#fff8e1", "#2b2d42", "#fdfcdc", "#f4a261", "#d6ccc2"),
    ),
    illustration(
        "anime-sakuradai",
        "ライトボックスの灯る机が並ぶ作画スタジオを上から見たイラスト",
        "Illustration of an animation studio seen from above, with desks and glowing light boxes",
        "desks",
        ("#e9ecef", "#8d99ae", "#fefae0", "#ffffff", "#ef476f"),
    ),
    illustration(
        "anime-ekoda",
        "色とりどりのボールが跳ねるアニメーションのコマのイラスト",
        "Illustration of animation frames with a brightly coloured bouncing ball",
        "frames",
        ("#e0fbfc", "#3d5a80", "#ffffff", "#ee6c4d", "#98c1d9"),
    ),
    illustration(
        "anime-shakujii",
        "夕暮れの街並みを描いたアニメの背景画風のイラスト",
        "Illustration in the style of an anime background painting: a town at dusk",
        "skyline",
        ("#6d597a", "#eaac8b", "#355070", "#b56576", "#ffd166"),
    ),
    illustration(
        "anime-hikarigaoka",
        "モニターの光る机が並ぶCGスタジオを上から見たイラスト",
        "Illustration of a CG studio seen from above, with desks lit by monitors",
        "desks",
        ("#1d3557", "#457b9d", "#a8dadc", "#f1faee", "#e63946"),
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
        main_image=image("anime-himawariza"),
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
        title=t("桜台アニメーション", "Sakuradai Animation", "樱台动画", "櫻台動畫", "사쿠라다이 애니메이션"),
        introduction=t(
            "原画と動画を専門に請け負う制作会社。多くのテレビシリーズに作画で参加しています。",
            "A studio that specialises in key animation and in-betweening, and draws for many TV series.",
            "专门承接原画和动画（中间画）的制作公司，参与过许多电视动画系列的作画。",
            "專門承接原畫與動畫（中間張）的製作公司，參與過許多電視動畫系列的作畫。",
            "원화와 동화를 전문으로 맡는 제작사로, 수많은 TV 시리즈에 작화로 참여해 왔습니다.",
        ),
        listing_summary=t(
            "作画を専門に請け負うスタジオ。",
            "A studio that specialises in drawing.",
            "专门承接作画的工作室。",
            "專門承接作畫的工作室。",
            "작화를 전문으로 맡는 스튜디오.",
        ),
        main_image=image("anime-sakuradai"),
        founded_year=1979,
        notable_works=stream(
            work(
                t(
                    "星ふる商店街",
                    "The Shopping Street Where Stars Fall",
                    "星星落下的商店街",
                    "星星落下的商店街",
                    "별이 내리는 상점가",
                ),
                2015,
                t(
                    "作画を担当した青春群像劇。",
                    "A coming-of-age ensemble drama; key animation.",
                    "负责作画的青春群像剧。",
                    "擔任作畫的青春群像劇。",
                    "작화를 맡은 청춘 군상극.",
                ),
            ),
        ),
        visitor_policy="appointment",
        visitor_information=t(
            "学校の職業体験などは、事前のご相談で受け付けます。",
            "School work-experience visits can be arranged in advance.",
            "学校的职业体验等活动，可事先商量后安排。",
            "學校的職業體驗等活動，請事先洽詢後安排。",
            "학교 직업 체험 등은 사전에 상담해 주시면 받고 있습니다.",
        ),
        address=t(
            "東京都練馬区桜台1-0-1",
            "1-0-1 Sakuradai, Nerima-ku, Tokyo",
            "东京都练马区樱台1-0-1",
            "東京都練馬區櫻台1-0-1",
            "도쿄도 네리마구 사쿠라다이 1-0-1",
        ),
        access=t(
            "桜台駅から徒歩3分",
            "3 minutes' walk from Sakuradai Station",
            "从樱台站步行3分钟",
            "從櫻台站步行3分鐘",
            "사쿠라다이역에서 도보 3분",
        ),
        latitude="35.738600",
        longitude="139.663200",
    ),
    _studio(
        "ekoda-motion-works",
        "ekoda",
        title=t(
            "江古田モーションワークス",
            "Ekoda Motion Works",
            "江古田动态影像工作室",
            "江古田動態影像工作室",
            "에코다 모션웍스",
        ),
        introduction=t(
            "美術大学の卒業生が立ち上げた、短編とミュージックビデオを手がけるスタジオ。",
            "A studio set up by art-university graduates, making short films and music videos.",
            "由美术大学毕业生创立，制作短片和音乐视频的工作室。",
            "由美術大學畢業生創立，製作短片和音樂MV的工作室。",
            "미술대학 졸업생들이 세운, 단편과 뮤직비디오를 만드는 스튜디오.",
        ),
        listing_summary=t(
            "短編とMVを手がける若いスタジオ。",
            "A young studio making shorts and music videos.",
            "制作短片和MV的年轻工作室。",
            "製作短片和MV的年輕工作室。",
            "단편과 뮤직비디오를 만드는 젊은 스튜디오.",
        ),
        main_image=image("anime-ekoda"),
        founded_year=2009,
        notable_works=stream(
            work(
                t("路地のひかり", "Light in the Lane", "小巷之光", "巷弄之光", "골목의 빛"),
                2019,
                t(
                    "江古田の路地を舞台にした短編アニメーション。",
                    "A short animated film set in the lanes of Ekoda.",
                    "以江古田的小巷为舞台的短篇动画。",
                    "以江古田巷弄為舞台的短篇動畫。",
                    "에코다의 골목을 무대로 한 단편 애니메이션.",
                ),
            ),
        ),
        visitor_policy="none",
        address=t(
            "東京都練馬区栄町0-1",
            "0-1 Sakae-cho, Nerima-ku, Tokyo",
            "东京都练马区荣町0-1",
            "東京都練馬區榮町0-1",
            "도쿄도 네리마구 사카에초 0-1",
        ),
        access=t(
            "江古田駅南口から徒歩4分",
            "4 minutes' walk from the south exit of Ekoda Station",
            "从江古田站南口步行4分钟",
            "從江古田站南口步行4分鐘",
            "에코다역 남쪽 출구에서 도보 4분",
        ),
        latitude="35.736500",
        longitude="139.671800",
    ),
    _studio(
        "shakujii-background-art",
        "shakujii",
        title=t("石神井背景美術", "Shakujii Background Art", "石神井背景美术", "石神井背景美術", "샤쿠지이 배경 미술"),
        introduction=t(
            "アニメの背景画を専門に描く美術スタジオ。石神井公園の木々をスケッチするところから仕事が始まります。",
            "A studio that paints anime backgrounds; the work starts with sketching the trees of Shakujii Park.",
            "专门绘制动画背景的美术工作室。每项工作都从写生石神井公园的树木开始。",
            "專門繪製動畫背景的美術工作室。每份工作都從到石神井公園寫生樹木開始。",
            "애니메이션 배경화를 전문으로 그리는 미술 스튜디오. 일은 샤쿠지이 공원의 나무들을 스케치하는 데서 시작됩니다.",
        ),
        listing_summary=t(
            "アニメの背景画を描く美術スタジオ。",
            "Painters of anime backgrounds.",
            "绘制动画背景的美术工作室。",
            "繪製動畫背景的美術工作室。",
            "애니메이션 배경화를 그리는 미술 스튜디오.",
        ),
        main_image=image("anime-shakujii"),
        founded_year=1985,
        notable_works=stream(
            work(
                t("夕焼けの約束", "A Promise at Sunset", "夕阳下的约定", "夕陽下的約定", "노을의 약속"),
                2011,
                t(
                    "美術監督を務めた劇場作品。",
                    "A feature film; art direction.",
                    "担任美术监督的剧场版作品。",
                    "擔任美術監督的電影作品。",
                    "미술 감독을 맡은 극장 작품.",
                ),
            ),
        ),
        visitor_policy="tours",
        visitor_information=t(
            "見学会のときだけアトリエを公開しています。",
            "The studio opens only for tours.",
            "画室仅在参观活动时对外开放。",
            "畫室只在參觀活動時對外開放。",
            "아틀리에는 견학회 때만 공개합니다.",
        ),
        address=t(
            "東京都練馬区石神井台1-0-1",
            "1-0-1 Shakujiidai, Nerima-ku, Tokyo",
            "东京都练马区石神井台1-0-1",
            "東京都練馬區石神井台1-0-1",
            "도쿄도 네리마구 샤쿠지이다이 1-0-1",
        ),
        access=t(
            "石神井公園駅北口から徒歩12分",
            "12 minutes' walk from the north exit of Shakujii-koen Station",
            "从石神井公园站北口步行12分钟",
            "從石神井公園站北口步行12分鐘",
            "샤쿠지이코엔역 북쪽 출구에서 도보 12분",
        ),
        latitude="35.745900",
        longitude="139.600600",
    ),
    _studio(
        "hikarigaoka-pictures",
        "hikarigaoka",
        title=t("光が丘ピクチャーズ", "Hikarigaoka Pictures", "光之丘影像", "光之丘影像", "히카리가오카 픽처스"),
        introduction=t(
            "3DCGと手描きを組み合わせた映像をつくるスタジオ。区内の学校でアニメ教室も開いています。",
            "A studio combining 3D CG with hand drawing, which also runs animation classes in schools across the ward.",
            "将3DCG与手绘相结合制作影像的工作室，还在区内学校开设动画课堂。",
            "結合3D動畫與手繪來製作影像的工作室，也在區內學校開設動畫教室。",
            "3DCG와 손그림을 결합한 영상을 만드는 스튜디오. 구내 학교에서 애니메이션 교실도 열고 있습니다.",
        ),
        listing_summary=t(
            "3DCGと手描きを組み合わせるスタジオ。",
            "3D CG meets hand drawing.",
            "融合3DCG与手绘的工作室。",
            "融合3D動畫與手繪的工作室。",
            "3DCG와 손그림을 결합하는 스튜디오.",
        ),
        main_image=image("anime-hikarigaoka"),
        founded_year=2015,
        notable_works=stream(
            work(
                t("ねりまの空の下で", "Under Nerima's Sky", "在练马的天空下", "在練馬的天空下", "네리마의 하늘 아래서"),
                2022,
                t(
                    "区の農業を描いた短編。",
                    "A short film about farming in the ward.",
                    "描绘区内农业的短片。",
                    "描繪區內農業的短片。",
                    "구의 농업을 그린 단편.",
                ),
            ),
        ),
        visitor_policy="appointment",
        visitor_information=t(
            "教育機関の見学は、事前にご相談ください。",
            "Schools and colleges can visit by arrangement.",
            "教育机构如需参观，请事先联系商量。",
            "教育機構如需參觀，請事先洽詢。",
            "교육 기관의 견학은 사전에 상담해 주세요.",
        ),
        address=t(
            "東京都練馬区光が丘3-0-1",
            "3-0-1 Hikarigaoka, Nerima-ku, Tokyo",
            "东京都练马区光之丘3-0-1",
            "東京都練馬區光之丘3-0-1",
            "도쿄도 네리마구 히카리가오카 3-0-1",
        ),
        access=t(
            "光が丘駅から徒歩6分",
            "6 minutes' walk from Hikarigaoka Station",
            "从光之丘站步行6分钟",
            "從光之丘站步行6分鐘",
            "히카리가오카역에서 도보 6분",
        ),
        latitude="35.759300",
        longitude="139.631800",
        body=stream(
            paragraph(
                t(
                    "<p>2015年、代表の二人は区の創業セミナーで事業計画を練り上げ、光が丘でスタジオを立ち上げました。</p>",
                    "<p>In 2015 the two founders worked out their business plan at the ward's start-up seminars, then opened the studio in Hikarigaoka.</p>",
                    "<p>2015年，两位创始人在区里的创业讲座上打磨好商业计划，随后在光之丘成立了工作室。</p>",
                    "<p>2015年，兩位創辦人在區公所的創業講座上把營運計畫磨得更完整，接著在光之丘成立了工作室。</p>",
                    "<p>2015년, 두 대표는 구의 창업 세미나에서 사업 계획을 다듬은 뒤 히카리가오카에 스튜디오를 세웠습니다.</p>",
                )
            ),
            call_to_action(
                t(
                    "区の創業セミナーについて",
                    "About the ward's start-up seminars",
                    "了解区里的创业讲座",
                    "了解區公所的創業講座",
                    "구의 창업 세미나 안내",
                ),
                "startup-seminars",
            ),
        ),
    ),
]

PAGES = STUDIOS
