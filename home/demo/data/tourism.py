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
        "旗飾りの下に出展ブースのテントが並ぶ産業フェア会場のイラスト",
        "Illustration of an industry fair: rows of booth tents under strings of bunting in front of a hall",
        "bunting",
        ("#cde7f0", "#e9e2d0", "#e76f51", "#2a9d8f", "#f4a261"),
    ),
    illustration(
        "fair-anime-week",
        "色とりどりの旗飾りとテントが並ぶアニメイベント会場のイラスト",
        "Illustration of an anime event: colourful bunting and tents in front of a hall",
        "bunting",
        ("#e0d4f7", "#f1f1f1", "#7b2cbf", "#ff6d00", "#ffd60a"),
    ),
    illustration(
        "tour-pickle-factory",
        "のこぎり屋根と煙突のある小さな漬物工場と歯車のイラスト",
        "Illustration of a small pickle factory with a saw-tooth roof, a chimney and turning gears",
        "factory",
        ("#d6eaf8", "#e8d8c3", "#8c5a3c", "#6c757d", "#fff3b0"),
    ),
    illustration(
        "tour-workshop",
        "のこぎり屋根の工房と、回る歯車のイラスト",
        "Illustration of a workshop with a saw-tooth roof and turning gears",
        "factory",
        ("#e3f2fd", "#cfd8dc", "#37474f", "#ff8f00", "#fffde7"),
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
        main_image=image("pickle-honda"),
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
        main_image=image("anime-himawariza"),
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
        main_image=image("anime-shakujii"),
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
        main_image=image("craft-komon"),
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
        main_image=image("shop-miyakoya"),
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
        main_image=image("pickle-sakura"),
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
