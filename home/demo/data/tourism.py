"""Industry fairs and factory tours with their dated sessions. Dates count from the day the command runs."""

from home.demo.content import (
    Days,
    Session,
    heading,
    illustration,
    image,
    page,
    page_ref,
    paragraph,
    snippet_ref,
    stream,
    t,
)

IMAGES = [
    illustration(
        "fair-monozukuri",
        t(
            "旗飾りの下に出展ブースのテントが並ぶ産業フェア会場のイラスト",
            "Illustration of an industry fair: rows of booth tents under strings of bunting in front of a hall",
            "彩旗下排列着参展摊位帐篷的产业博览会会场插图",
            "彩旗下排列著參展攤位帳篷的產業博覽會會場插圖",
            "깃발 장식 아래 출전 부스 텐트가 늘어선 산업 박람회장 일러스트",
        ),
        "bunting",
        ("#cde7f0", "#e9e2d0", "#e76f51", "#2a9d8f", "#f4a261"),
    ),
    illustration(
        "fair-anime-week",
        t(
            "色とりどりの旗飾りとテントが並ぶアニメイベント会場のイラスト",
            "Illustration of an anime event: colourful bunting and tents in front of a hall",
            "挂满彩旗、帐篷林立的动漫活动会场插图",
            "掛滿彩旗、帳篷林立的動漫活動會場插圖",
            "알록달록한 깃발 장식과 텐트가 늘어선 애니메이션 행사장 일러스트",
        ),
        "bunting",
        ("#e0d4f7", "#f1f1f1", "#7b2cbf", "#ff6d00", "#ffd60a"),
    ),
    illustration(
        "tour-pickle-factory",
        t(
            "のこぎり屋根と煙突のある小さな漬物工場と歯車のイラスト",
            "Illustration of a small pickle factory with a saw-tooth roof, a chimney and turning gears",
            "有锯齿形屋顶、烟囱和转动齿轮的小型腌菜工厂插图",
            "有鋸齒形屋頂、煙囪和轉動齒輪的小型醃菜工廠插圖",
            "톱니 지붕과 굴뚝, 돌아가는 톱니바퀴가 있는 작은 절임 공장 일러스트",
        ),
        "factory",
        ("#d6eaf8", "#e8d8c3", "#8c5a3c", "#6c757d", "#fff3b0"),
    ),
    illustration(
        "tour-workshop",
        t(
            "のこぎり屋根の工房と、回る歯車のイラスト",
            "Illustration of a workshop with a saw-tooth roof and turning gears",
            "锯齿形屋顶的工坊与转动齿轮的插图",
            "鋸齒形屋頂的工坊與轉動齒輪的插圖",
            "톱니 지붕의 공방과 돌아가는 톱니바퀴 일러스트",
        ),
        "factory",
        ("#e3f2fd", "#cfd8dc", "#37474f", "#ff8f00", "#fffde7"),
    ),
    illustration(
        "tour-barrel-pickling",
        t(
            "漬物樽の並ぶ蔵で、案内役の説明を聞く見学者たちのイラスト",
            "Illustration of visitors listening to a guide among pickling barrels in a storehouse",
            "在摆满腌菜桶的仓库里听向导讲解的参观者插图",
            "在擺滿醃菜桶的倉庫裡聽導覽員講解的參觀者插圖",
            "절임통이 늘어선 창고에서 안내인의 설명을 듣는 견학자들 일러스트",
        ),
        "tour",
        ("#efe4cf", "#8a5a34", "#4a3b2a", "#9a9a8a", "#e9c46a"),
        subject="barrels",
    ),
    illustration(
        "tour-anime-studio",
        t(
            "作画机の並ぶスタジオで、案内役について見学する人たちのイラスト",
            "Illustration of visitors following a guide past the animators' desks in a studio",
            "跟随向导参观工作室作画桌的人们的插图",
            "跟隨導覽員參觀工作室作畫桌的人們的插圖",
            "작화 책상이 늘어선 스튜디오에서 안내인을 따라 견학하는 사람들 일러스트",
        ),
        "tour",
        ("#f2eee4", "#e76f51", "#6c7a89", "#2a9d8f", "#ffd166"),
        subject="studio",
    ),
    illustration(
        "tour-background-atelier",
        t(
            "イーゼルに立てた背景画と、ポスターカラーの瓶が並ぶアトリエのイラスト",
            "Illustration of a background painting on an easel in an atelier with jars of poster colour",
            "画架上的背景画与摆满广告颜料瓶的画室插图",
            "畫架上的背景畫與擺滿廣告顏料瓶的畫室插圖",
            "이젤에 세운 배경화와 포스터컬러 병이 늘어선 아틀리에 일러스트",
        ),
        "studio",
        ("#dcd3e6", "#7a6a5a", "#eaac8b", "#f7f3ea", "#355070"),
        subject="easel",
    ),
    illustration(
        "tour-komon-dyeing",
        t(
            "染めた布が下がる工房で、案内役の話を聞く見学者たちのイラスト",
            "Illustration of visitors listening to a guide in a dyeing workshop hung with dyed cloth",
            "在挂着染布的作坊里听向导讲解的参观者插图",
            "在掛著染布的作坊裡聽導覽員講解的參觀者插圖",
            "염색한 천이 걸린 공방에서 안내인의 이야기를 듣는 견학자들 일러스트",
        ),
        "tour",
        ("#eef1f4", "#c0504d", "#1f3b63", "#8a6a4a", "#f4a261"),
        subject="dyeing",
    ),
    illustration(
        "tour-wagashi-making",
        t(
            "和菓子が並ぶカウンターの前で、職人の説明を聞く参加者たちのイラスト",
            "Illustration of participants listening to a confectioner at a counter lined with Japanese sweets",
            "在摆满和果子的柜台前听师傅讲解的参加者插图",
            "在擺滿和菓子的櫃台前聽師傅講解的參加者插圖",
            "화과자가 늘어선 카운터 앞에서 장인의 설명을 듣는 참가자들 일러스트",
        ),
        "tour",
        ("#f7efe6", "#2d4b73", "#8a6a4a", "#b56576", "#e9c46a"),
        subject="sweets-counter",
    ),
    illustration(
        "tour-nukazuke-class",
        t(
            "ぬか床の桶を囲んでぬか漬けを習う参加者たちのイラスト",
            "Illustration of participants learning to make nukazuke around tubs of rice-bran bed",
            "围着米糠腌床木桶学习制作米糠腌菜的参加者插图",
            "圍著米糠醃床木桶學習製作米糠醃菜的參加者插圖",
            "쌀겨 절임통을 둘러싸고 누카즈케를 배우는 참가자들 일러스트",
        ),
        "tour",
        ("#fbf1ea", "#d4a373", "#a47148", "#6a994e", "#e5989b"),
        subject="pickling-class",
    ),
    illustration(
        "story-factory-children",
        t(
            "漬物工場の製造ラインを案内役と見学する子どもたちのイラスト",
            "Illustration of children following a guide along the production line of a pickle factory",
            "跟随向导参观腌菜工厂生产线的孩子们的插图",
            "跟隨導覽員參觀醃菜工廠生產線的孩子們的插圖",
            "안내인과 함께 절임 공장 생산 라인을 견학하는 아이들 일러스트",
        ),
        "tour",
        ("#eaf1f6", "#f4a261", "#e9c46a", "#2a9d8f", "#e76f51"),
        subject="factory-line",
    ),
]


def _tour(key, parent, host, **fields):
    return page("tourism.TourPage", key, parent, host=page_ref(host), **fields)


FAIRS = [
    page(
        "tourism.FairPage",
        "monozukuri-fair",
        "tourism",
        relations={
            "participant_links": [
                {"business": page_ref(key)}
                for key in (
                    "shiraishi-tsukemono",
                    "honda-shoten",
                    "nukazuke-sakura",
                    "koike-shokuhin",
                    "miyakoya",
                    "onodera-koichi",
                    "shimizu-masaki",
                )
            ]
        },
        title=t("ねりま ものづくり産業フェア", "Nerima Monozukuri Industry Fair"),
        introduction=t(
            "区内の漬物店、和菓子店、伝統工芸の職人が一堂に集まる二日間。実演と試食、そして工場・工房の見学会を開きます。",
            "Two days when the ward's pickle makers, sweet shops and traditional craftsmen gather in one place, with demonstrations, tastings and tours of their factories and workshops.",
        ),
        listing_summary=t(
            "漬物、和菓子、伝統工芸が集まる二日間。", "Two days of pickles, sweets and traditional crafts."
        ),
        main_image=image("fair-monozukuri"),
        start_date=Days(24),
        end_date=Days(25),
        venue=t("練馬区立区民・産業プラザ", "Nerima Citizens' and Industry Plaza"),
        address=t("東京都練馬区練馬1-17-1", "1-17-1 Nerima, Nerima-ku, Tokyo"),
        access=t("練馬駅北口から徒歩1分", "1 minute's walk from the north exit of Nerima Station"),
        area=snippet_ref("nerima"),
        latitude="35.738700",
        longitude="139.654200",
        body=stream(
            heading(t("会場のようす", "At the fair")),
            paragraph(
                t(
                    "<ul><li>漬物の食べくらべコーナー</li><li>染小紋と指物の実演</li><li>区の支援制度の相談窓口</li></ul><p>入場は無料です。見学会は事前の申し込みが必要です。</p>",
                    "<ul><li>A pickle tasting corner</li><li>Komon dyeing and sashimono demonstrations</li><li>A desk for advice on the ward's support programmes</li></ul><p>Entry is free. Tours need to be booked in advance.</p>",
                )
            ),
        ),
    ),
    page(
        "tourism.FairPage",
        "anime-studio-week",
        "tourism",
        relations={
            "participant_links": [
                {"business": page_ref(key)}
                for key in (
                    "studio-himawariza",
                    "shakujii-background-art",
                    "sakuradai-animation",
                    "ekoda-motion-works",
                    "koshoten-irohado",
                )
            ]
        },
        title=t("練馬アニメスタジオ見学ウィーク", "Nerima Anime Studio Week"),
        introduction=t(
            "テレビアニメ発祥の地のひとつ、練馬のスタジオが扉を開く一週間。作画や背景美術の現場を訪ねます。",
            "A week when studios in one of the birthplaces of Japanese TV animation open their doors: visit the people who draw the animation and paint the backgrounds.",
        ),
        listing_summary=t("アニメスタジオが扉を開く一週間。", "A week of open anime studios."),
        main_image=image("fair-anime-week"),
        start_date=Days(45),
        end_date=Days(51),
        venue=t("区内の各スタジオと区民・産業プラザ", "Studios across the ward and the Citizens' and Industry Plaza"),
        area=snippet_ref("nerima"),
        address=t("東京都練馬区練馬1-17-1（受付）", "1-17-1 Nerima, Nerima-ku, Tokyo (reception)"),
        access=t("練馬駅北口から徒歩1分", "1 minute's walk from the north exit of Nerima Station"),
        latitude="35.738700",
        longitude="139.654200",
        body=stream(
            paragraph(
                t(
                    "<p>期間中、区民・産業プラザでは原画やセル画の展示を行います。スタジオの見学は各見学会のページからお申し込みください。</p>",
                    "<p>During the week, original drawings and animation cels are on show at the Citizens' and Industry Plaza. Book studio visits on each tour's page.</p>",
                )
            ),
        ),
    ),
]

TOURS = [
    _tour(
        "takuan-factory-tour",
        "monozukuri-fair",
        "shiraishi-tsukemono",
        title=t("沢庵の蔵見学と食べくらべ", "Takuan storehouse tour and tasting"),
        introduction=t(
            "昭和2年創業の白石漬物店の蔵で、木樽に眠る沢庵を見学します。最後に漬け込み期間の違う沢庵を食べくらべます。",
            "Visit the storehouse of Shiraishi Pickles, founded in 1927, and see takuan resting in wooden barrels, then taste takuan pickled for different lengths of time.",
        ),
        listing_summary=t("木樽の蔵を見学し、沢庵を食べくらべ。", "See the barrels and taste the takuan."),
        main_image=image("tour-pickle-factory"),
        meeting_point=t("白石漬物店 店舗前（平和台2-0-1）", "In front of the Shiraishi Pickles shop (2-0-1 Heiwadai)"),
        duration=t("約60分", "About 60 minutes"),
        price=t("500円（試食つき）", "¥500 including tasting"),
        max_party_size=4,
        clothing=t(
            "蔵の床は濡れていることがあります。滑りにくい靴でお越しください。",
            "The storehouse floor can be wet; please wear non-slip shoes.",
        ),
        photography=t("蔵の中も撮影できます。", "Photography is allowed in the storehouse."),
        accessibility=t("蔵の入口に段差が1段あります。", "There is one step at the storehouse entrance."),
        sessions=[
            Session(24, "10:00", 60, 15),
            Session(24, "14:00", 60, 15, "en"),
            Session(25, "10:00", 60, 15),
        ],
    ),
    _tour(
        "barrel-pickling-workshop",
        "tourism",
        "honda-shoten",
        title=t("杉樽の漬け込み体験", "Cedar-barrel pickling workshop"),
        introduction=t(
            "本田商店の職人と一緒に、干した大根を杉樽に漬け込みます。漬けた沢庵は3か月後にお届けします。",
            "Pack dried daikon into a cedar barrel with the pickle makers of Honda Shoten. Your takuan is delivered three months later.",
        ),
        listing_summary=t("干し大根を杉樽に漬け込む体験。", "Pack daikon into a cedar barrel yourself."),
        main_image=image("tour-barrel-pickling"),
        meeting_point=t("本田商店（関町南3-0-1）", "Honda Shoten (3-0-1 Sekimachi-minami)"),
        duration=t("約90分", "About 90 minutes"),
        price=t("2,000円（沢庵1本のお届けつき）", "¥2,000 including delivery of one takuan"),
        max_party_size=2,
        minimum_age=10,
        clothing=t(
            "汚れてもよい服装でお越しください。エプロンは貸し出します。",
            "Wear clothes that can get dirty; aprons are provided.",
        ),
        photography=t("撮影できます。", "Photography is allowed."),
        accessibility=t("作業は立ったまま行います。", "The work is done standing up."),
        sessions=[
            Session(9, "10:00", 90, 6),
            Session(16, "10:00", 90, 6),
            Session(30, "14:00", 90, 6),
        ],
    ),
    _tour(
        "anime-studio-tour",
        "anime-studio-week",
        "studio-himawariza",
        title=t("アニメスタジオ見学：手描き作画の現場", "Anime studio tour: where the drawing happens"),
        introduction=t(
            "スタジオひまわり座の作画室を訪ね、原画から動画、彩色までの流れをアニメーターが説明します。",
            "Visit the drawing room of Studio Himawariza, where animators explain how a scene goes from key drawings to in-betweens and colour.",
        ),
        listing_summary=t("手描きアニメの作画室を訪ねる見学会。", "Visit a hand-drawn animation studio."),
        main_image=image("tour-anime-studio"),
        meeting_point=t(
            "スタジオひまわり座 1階受付（東大泉2-0-1）",
            "Reception, ground floor, Studio Himawariza (2-0-1 Higashi-Oizumi)",
        ),
        duration=t("約75分", "About 75 minutes"),
        price=t("無料", "Free"),
        max_party_size=4,
        photography=t(
            "作画室の中は撮影できません。ロビーの展示は撮影できます。",
            "No photography in the drawing room; the lobby exhibition may be photographed.",
        ),
        accessibility=t("エレベーターがあります。", "There is a lift."),
        body=stream(
            paragraph(
                t(
                    "<p>見学のあと、パラパラ漫画づくりに挑戦できます。</p>",
                    "<p>After the tour you can try making a flip book.</p>",
                )
            ),
        ),
        sessions=[
            Session(45, "10:30", 75, 10),
            Session(46, "10:30", 75, 10, "en"),
            Session(47, "14:00", 75, 10, "zh-hans"),
            Session(48, "10:30", 75, 10),
        ],
    ),
    _tour(
        "background-art-atelier",
        "anime-studio-week",
        "shakujii-background-art",
        title=t("背景美術のアトリエ見学", "Background-art studio visit"),
        introduction=t(
            "アニメの背景画を描く石神井背景美術のアトリエで、絵の具と筆で描く背景の技を間近に見ます。定員の少ない見学会です。",
            "See anime backgrounds being painted with brush and paint, close up, in the Shakujii Background Art studio. Places are very limited.",
        ),
        listing_summary=t("少人数で訪ねる背景美術のアトリエ。", "A small-group visit to a background-art studio."),
        main_image=image("tour-background-atelier"),
        meeting_point=t(
            "石神井背景美術 玄関前（石神井台1-0-1）", "Front door of Shakujii Background Art (1-0-1 Shakujiidai)"
        ),
        duration=t("約60分", "About 60 minutes"),
        price=t("無料", "Free"),
        max_party_size=2,
        minimum_age=12,
        photography=t("制作中の作品は撮影できません。", "Work in progress may not be photographed."),
        accessibility=t("アトリエは2階で、階段のみです。", "The studio is upstairs, reached by stairs only."),
        sessions=[
            Session(46, "14:00", 60, 4),
            Session(49, "14:00", 60, 4),
            Session(50, "10:00", 60, 4),
        ],
    ),
    _tour(
        "komon-dyeing-workshop",
        "monozukuri-fair",
        "onodera-koichi",
        title=t("染小紋の工房見学と型付け体験", "Komon dyeing: workshop visit and stencil printing"),
        introduction=t(
            "名工・小野寺浩一の工房で型紙彫りと型付けを見学し、小さな布に自分で型付けをします。",
            "Watch master craftsman Koichi Onodera cut stencils and print with them, then stencil a small cloth of your own.",
        ),
        listing_summary=t("名工の工房で型付けを体験。", "Stencil printing in a master craftsman's workshop."),
        main_image=image("tour-komon-dyeing"),
        meeting_point=t("小野寺染工房（関町北4-0-1）", "Onodera Dye Works (4-0-1 Sekimachi-kita)"),
        duration=t("約120分", "About 120 minutes"),
        price=t("3,000円（材料費込み）", "¥3,000 including materials"),
        max_party_size=2,
        minimum_age=12,
        clothing=t(
            "染料がつくことがあります。袖のまくれる服でお越しください。", "Dye can stain; wear sleeves you can roll up."
        ),
        photography=t("型紙の撮影はご遠慮ください。", "Please do not photograph the stencils."),
        accessibility=t(
            "工房は1階です。作業台の高さは調整できます。",
            "The workshop is on the ground floor, with adjustable workbenches.",
        ),
        sessions=[
            Session(24, "13:00", 120, 6),
            Session(25, "13:00", 120, 6, "en"),
        ],
    ),
    _tour(
        "sashimono-bench-visit",
        "tourism",
        "shimizu-masaki",
        title=t("指物師の作業台見学", "A seat at the sashimono bench"),
        introduction=t(
            "指物師・清水正樹の作業台の隣で、ほぞを刻み、組み上げるまでを見学します。一回に一人だけの見学会です。",
            "Sit beside joiner Masaki Shimizu at his bench as he cuts the joints and assembles a piece. One visitor at a time.",
        ),
        listing_summary=t("一回一人、指物師の隣で見学。", "One visitor at a time, beside the joiner."),
        main_image=image("tour-workshop"),
        meeting_point=t("清水指物工房（東大泉5-0-1）", "Shimizu Sashimono Workshop (5-0-1 Higashi-Oizumi)"),
        duration=t("約90分", "About 90 minutes"),
        price=t("1,500円", "¥1,500"),
        max_party_size=1,
        minimum_age=15,
        clothing=t(
            "袖口の広い服は避け、歩きやすい靴でお越しください。", "Avoid loose sleeves and wear comfortable shoes."
        ),
        photography=t("撮影できます。", "Photography is allowed."),
        accessibility=t("工房の床には木くずがあります。", "There are wood shavings on the workshop floor."),
        sessions=[
            Session(12, "10:00", 90, 1),
            Session(19, "10:00", 90, 1),
            Session(26, "10:00", 90, 1),
        ],
    ),
    _tour(
        "wagashi-making-tour",
        "tourism",
        "miyakoya",
        title=t("和菓子の仕込み見学と上生菓子づくり", "Behind the counter: watching and making Japanese sweets"),
        introduction=t(
            "菓匠みやこ屋の仕込み場で、あんを炊く工程を見学し、職人と一緒に季節の上生菓子をつくります。",
            "See bean paste being cooked in the Miyakoya kitchen, then make a seasonal namagashi with the confectioner.",
        ),
        listing_summary=t("あん炊きの見学と、上生菓子づくり。", "See bean paste cooked and make your own sweet."),
        main_image=image("tour-wagashi-making"),
        meeting_point=t("菓匠 みやこ屋 店舗前（練馬1-0-1）", "In front of Kasho Miyakoya (1-0-1 Nerima)"),
        duration=t("約90分", "About 90 minutes"),
        price=t("1,800円（お土産つき）", "¥1,800 including sweets to take home"),
        max_party_size=4,
        clothing=t("髪の長い方は束ねてください。", "Please tie back long hair."),
        photography=t("撮影できます。", "Photography is allowed."),
        accessibility=t("仕込み場に段差はありません。", "The kitchen is step-free."),
        sessions=[
            Session(10, "14:00", 90, 8),
            Session(17, "14:00", 90, 8, "en"),
            Session(23, "14:00", 90, 8, "ko"),
            Session(31, "10:00", 90, 8),
        ],
    ),
    _tour(
        "nukazuke-class",
        "monozukuri-fair",
        "nukazuke-sakura",
        title=t("ぬか床づくり教室と工房見学", "Rice-bran pickling class and workshop visit"),
        introduction=t(
            "光が丘のぬか漬け工房で、ぬか床の仕込み方を学びます。つくったぬか床は持ち帰れます。",
            "Learn to start a rice-bran pickling bed at the Hikarigaoka nukazuke workshop, and take yours home.",
        ),
        listing_summary=t("ぬか床を仕込んで持ち帰る教室。", "Make a pickling bed and take it home."),
        main_image=image("tour-nukazuke-class"),
        meeting_point=t("ぬか漬け工房 さくら（光が丘2-0-1）", "Sakura Nukazuke Workshop (2-0-1 Hikarigaoka)"),
        duration=t("約90分", "About 90 minutes"),
        price=t("2,500円（ぬか床と容器つき）", "¥2,500 including the bran bed and a tub"),
        max_party_size=3,
        photography=t("撮影できます。", "Photography is allowed."),
        accessibility=t("入口に段差はありません。椅子に座って作業します。", "Step-free entrance; the class is seated."),
        sessions=[
            Session(24, "11:00", 90, 12),
            Session(25, "11:00", 90, 12, "ko"),
            Session(25, "15:00", 90, 12, "en"),
        ],
    ),
]

PAGES = [*FAIRS, *TOURS]
