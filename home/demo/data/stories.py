"""Stories: interviews and reports that feature the profiles, so each profile lists "stories about this"."""

from home.demo.content import (
    Days,
    heading,
    illustration,
    image,
    page,
    page_ref,
    paragraph,
    quote,
    snippet_ref,
    stream,
    t,
)

IMAGES = [
    illustration(
        "story-festival-backstage",
        t(
            "提灯を渡したやぐらと、法被姿の人たちが集まる夏祭りのイラスト",
            "Illustration of a summer festival: a yagura stage strung with lanterns and people in happi coats",
            "挂满灯笼的高台与身穿法被的人们聚集的夏日祭典插图",
            "掛滿燈籠的高台與身穿法被的人們聚集的夏日祭典插圖",
            "등롱을 매단 야구라와 핫피 차림의 사람들이 모인 여름 축제 일러스트",
        ),
        "festival",
        ("#f6d8b8", "#2d4b73", "#e24a33", "#c8553d", "#8a5a34"),
    ),
    illustration(
        "story-bean-paste",
        t(
            "かまどにかけた銅鍋であんを練る厨房のイラスト",
            "Illustration of a kitchen where bean paste is stirred in a copper pot on the stove",
            "在灶上的铜锅里熬制豆沙的厨房插图",
            "在灶上的銅鍋裡熬製豆沙的廚房插圖",
            "화덕 위 구리 냄비에서 팥소를 졸이는 주방 일러스트",
        ),
        "workshop",
        ("#f3ebe0", "#2d4b73", "#a07850", "#b56576", "#7f5539"),
        subject="bean-paste",
    ),
    illustration(
        "story-morning-harvest",
        t(
            "木箱に盛られたとれたての野菜のイラスト",
            "Illustration of crates of freshly picked vegetables",
            "木箱里堆满刚采摘蔬菜的插图",
            "木箱裡堆滿剛採摘蔬菜的插圖",
            "나무 상자에 담긴 갓 수확한 채소 일러스트",
        ),
        "vegetables",
        ("#fbf3dc", "#8a5a34", "#ffffff", "#6a994e", "#d1495b"),
    ),
    illustration(
        "story-hardware-counter",
        t(
            "鍋の並ぶ金物店の中で、カウンター越しに話す二人のイラスト",
            "Illustration of two people talking across the counter of a hardware shop lined with pots",
            "在摆满锅具的五金店里隔着柜台交谈的两个人的插图",
            "在擺滿鍋具的五金行裡隔著櫃台交談的兩個人的插圖",
            "냄비가 늘어선 철물점 안에서 카운터를 사이에 두고 이야기하는 두 사람 일러스트",
        ),
        "workshop",
        ("#e9ecef", "#495867", "#8a6a4a", "#c0504d", "#343a40"),
        subject="hardware-counter",
    ),
]

EDITORIAL_TEAM = t("練馬区 商工観光課", "Commerce, Industry and Tourism Section, Nerima City")
WRITER = t("取材・文 山口 由香", "Words by Yuka Yamaguchi")


def _story(key, section, days_ago, hero, topics, profiles, **fields):
    return page(
        "home.StoryPage",
        key,
        "stories",
        section=section,
        date=Days(-days_ago),
        hero_image=image(hero),
        relations={
            "topic_links": [{"topic": snippet_ref(topic)} for topic in topics],
            "featured_profile_links": [{"profile": page_ref(profile)} for profile in profiles],
        },
        **fields,
    )


STORIES = [
    _story(
        "daikon-drying-racks",
        "pickles",
        3,
        "story-daikon-racks",
        ["nerima-daikon", "pickles", "agriculture"],
        ["shiraishi-tsukemono", "yoshioka-honpo"],
        title=t("12月、大根の干し場から", "December, at the daikon drying racks"),
        author=WRITER,
        introduction=t(
            "冬の練馬に、白い大根がすだれのように並ぶ季節がやってきます。二軒の漬物店を訪ねました。",
            "In winter, rows of white daikon hang like blinds across Nerima. We visited two pickle makers.",
        ),
        listing_summary=t("大根を干す季節の、二軒の漬物店。", "Two pickle makers in daikon-drying season."),
        body=stream(
            paragraph(
                t(
                    "<p>練馬大根は首から先まで細長く、干すとしなやかに曲がるほど水分が抜けます。この「曲がり具合」を見きわめるのが、沢庵づくりの第一歩です。</p>",
                    "<p>Nerima daikon are long and slender from top to tip, and when dried they lose enough water to bend. Judging that bend is the first step in making takuan.</p>",
                )
            ),
            quote(
                t(
                    "干しすぎても、足りなくてもだめ。大根と相談です。",
                    "Too much drying is as bad as too little. You have to ask the daikon.",
                ),
                t("白石漬物店 四代目 白石 誠", "Makoto Shiraishi, fourth generation, Shiraishi Pickles"),
            ),
        ),
    ),
    _story(
        "third-generation-bean-paste",
        "shops",
        8,
        "story-bean-paste",
        ["shopping-streets", "succession"],
        ["miyakoya", "hidamari-street"],
        title=t("三代目が守る、あんの炊き方", "The third generation keeps the bean paste recipe"),
        author=WRITER,
        introduction=t(
            "朝5時、みやこ屋の仕込み場には小豆の甘い香りが広がります。祖父から受け継いだ炊き方を聞きました。",
            "At five in the morning the Miyakoya kitchen fills with the sweet smell of azuki beans. We asked about the recipe handed down from the owner's grandfather.",
        ),
        listing_summary=t("祖父から孫へ、和菓子店のあんの物語。", "A bean paste recipe from grandfather to grandson."),
        body=stream(
            paragraph(
                t(
                    "<p>火加減は、鍋の泡の大きさで決めます。温度計は使いません。「数字より、音と泡を見ろ」が祖父の口ぐせだったそうです。</p>",
                    "<p>The heat is judged by the size of the bubbles in the pan, not by a thermometer. “Watch the bubbles and listen, never mind the numbers,” his grandfather used to say.</p>",
                )
            ),
        ),
    ),
    _story(
        "lines-as-fine-as-a-hair",
        "crafts",
        14,
        "story-stencil-cutting",
        ["craftsmanship"],
        ["onodera-koichi", "tokyo-some-komon", "arai-tatsuya"],
        title=t("髪の毛ほどの線を彫る", "Cutting lines as fine as a hair"),
        author=WRITER,
        introduction=t(
            "名工・小野寺浩一さんの工房では、一枚の型紙を彫るのに一週間かかることもあります。",
            "In master craftsman Koichi Onodera's workshop, cutting a single stencil can take a week.",
        ),
        listing_summary=t("名工と弟子、染小紋の型紙づくり。", "A master, his apprentice and their stencils."),
        body=stream(
            heading(t("受け継ぐということ", "Passing it on")),
            paragraph(
                t(
                    "<p>工房では、弟子の新井達也さんが隣の作業台で同じ型紙を彫っています。小野寺さんは口では教えず、彫り終えた型紙を光にかざして見せるだけだといいます。</p>",
                    "<p>At the next bench, his former apprentice Tatsuya Arai cuts the same stencil. Onodera rarely explains in words; he simply holds a finished stencil up to the light.</p>",
                )
            ),
        ),
    ),
    _story(
        "summer-festival-backstage",
        "shops",
        20,
        "story-festival-backstage",
        ["festivals", "shopping-streets"],
        ["hidamari-street", "niku-no-takahashi"],
        title=t("夏まつり、準備の舞台裏", "Backstage at the summer festival"),
        author=EDITORIAL_TEAM,
        introduction=t(
            "ひだまり商店街の夏まつりは、店主たちの手づくりです。提灯の張り替えから夜店の段取りまでを追いました。",
            "Hidamari Shopping Street's summer festival is made by the shopkeepers themselves. We followed them from re-papering the lanterns to setting out the stalls.",
        ),
        listing_summary=t("商店街の店主たちがつくる夏まつり。", "A festival made by shopkeepers."),
        body=stream(
            paragraph(
                t(
                    "<p>夜店のコロッケは、肉のたかはしが一晩で800個を揚げます。売り上げの一部は、商店街のアーケードの修繕にあてられます。</p>",
                    "<p>Takahashi Butcher's fries 800 croquettes for the festival night, and part of the takings goes towards repairing the arcade.</p>",
                )
            ),
        ),
    ),
    _story(
        "what-hand-drawing-teaches",
        "anime",
        27,
        "story-hand-drawing",
        ["anime"],
        ["studio-himawariza"],
        title=t("手描きの原画が教えてくれること", "What hand drawing teaches"),
        author=WRITER,
        introduction=t(
            "デジタル作画が広がる今も、スタジオひまわり座の新人研修は鉛筆と紙から始まります。",
            "Even as digital drawing spreads, new animators at Studio Himawariza still start with pencil and paper.",
        ),
        listing_summary=t(
            "鉛筆と紙から始まる、アニメーターの修業。", "An animator's training starts with pencil and paper."
        ),
        body=stream(
            paragraph(
                t(
                    "<p>最初の課題は、跳ねるボールを24枚の絵で描くこと。重さや弾みをどう線で表すか、ベテランが一枚ずつ見ていきます。</p>",
                    "<p>The first exercise is a bouncing ball in 24 drawings. A veteran goes through them one by one: how do you show weight and bounce with a line?</p>",
                )
            ),
        ),
    ),
    _story(
        "ninety-years-in-cedar",
        "pickles",
        34,
        "story-cedar-barrels",
        ["pickles", "succession"],
        ["honda-shoten"],
        title=t("杉樽とともに90年", "Ninety years in cedar barrels"),
        author=WRITER,
        introduction=t(
            "関町の本田商店では、60年以上使い続ける杉樽が今も現役です。",
            "At Honda Shoten in Seki-machi, cedar barrels more than sixty years old are still in use.",
        ),
        listing_summary=t("60年使い続ける杉樽と、漬物店の三代。", "Sixty-year-old barrels and three generations."),
        body=stream(
            paragraph(
                t(
                    "<p>樽の修理ができる職人は都内でも数えるほどになりました。本田商店では、たがの締め直しを自分たちで覚えたといいます。</p>",
                    "<p>Only a handful of coopers who can repair barrels are left in Tokyo, so the Honda family learned to re-tighten the hoops themselves.</p>",
                )
            ),
        ),
    ),
    _story(
        "from-office-to-dolls",
        "crafts",
        41,
        "story-doll-maker",
        ["craftsmanship", "start-ups"],
        ["murata-sayori", "omori-kenji", "edo-kimekomi-dolls"],
        title=t("会社員から人形作家へ", "From office worker to doll maker"),
        author=WRITER,
        introduction=t(
            "30代で会社を辞め、木目込人形の道に入った村田さよりさん。師匠の大森健二さんとの出会いを聞きました。",
            "Sayori Murata left her office job in her thirties to make kimekomi dolls. She told us how she met her teacher, Kenji Omori.",
        ),
        listing_summary=t("師匠と弟子、木目込人形の二人。", "A teacher and his student in kimekomi dolls."),
        body=stream(
            quote(
                t(
                    "布を溝に押し込む、その一瞬で人形の表情が決まります。",
                    "The moment you push the cloth into the groove decides the doll's expression.",
                ),
                t("村田 さより", "Sayori Murata"),
            ),
        ),
    ),
    _story(
        "met-at-the-seminar",
        "support",
        48,
        "story-seminar-founders",
        ["start-ups"],
        ["startup-seminars", "nukazuke-sakura"],
        title=t("創業セミナーで出会った二人", "Two founders who met at a start-up seminar"),
        author=EDITORIAL_TEAM,
        introduction=t(
            "区の創業セミナーで隣の席になった二人が、ぬか漬け工房を開くまで。",
            "Two people who sat next to each other at the ward's start-up seminar, and went on to open a pickling workshop.",
        ),
        listing_summary=t("創業セミナーから生まれたぬか漬け工房。", "A pickling workshop born at a seminar."),
        body=stream(
            paragraph(
                t(
                    "<p>事業計画の回で、二人は同じ「練馬の野菜を毎日の食卓に」という目標を書いていました。異業種交流会で農家とつながり、仕入れ先も見つかりました。</p>",
                    "<p>In the business-planning session, both had written the same goal: Nerima vegetables on every table, every day. At a networking evening they met the farmers who now supply them.</p>",
                )
            ),
        ),
    ),
    _story(
        "backgrounds-begin-in-the-park",
        "anime",
        55,
        "story-park-sketching",
        ["anime"],
        ["shakujii-background-art"],
        title=t("背景美術は公園のスケッチから", "Backgrounds begin with sketches in the park"),
        author=WRITER,
        introduction=t(
            "石神井背景美術の美術スタッフは、毎週公園に出かけて木々を描きます。",
            "Every week the painters of Shakujii Background Art go out to sketch the trees in the park.",
        ),
        listing_summary=t("公園の木々が、アニメの背景になるまで。", "How park trees become anime backgrounds."),
        body=stream(
            paragraph(
                t(
                    "<p>光の当たり方で葉の色は刻々と変わります。そのわずかな違いを覚えておくことが、画面の空気をつくるのだそうです。</p>",
                    "<p>The colour of the leaves changes from moment to moment with the light, and remembering those small differences is what gives a scene its atmosphere.</p>",
                )
            ),
        ),
    ),
    _story(
        "children-at-the-factory",
        "tourism",
        62,
        "story-factory-children",
        ["factory-tours", "pickles"],
        ["takuan-factory-tour", "koike-shokuhin"],
        title=t("見学会で子どもたちが見たもの", "What the children saw on the factory tour"),
        author=EDITORIAL_TEAM,
        introduction=t(
            "昨年の産業フェアの見学会には、親子連れが多く参加しました。給食の漬物がつくられる現場です。",
            "Many families joined last year's fair tours, including a visit to the factory that makes the pickles in school lunches.",
        ),
        listing_summary=t("給食の漬物ができるまでを見学。", "Where school-lunch pickles come from."),
        body=stream(
            paragraph(
                t(
                    "<p>「いつも食べている大根だ」。工場の窓から干し場を見た子どもたちから声があがりました。</p>",
                    "<p>“That's the daikon we eat at school!” the children called out when they saw the drying racks through the factory window.</p>",
                )
            ),
        ),
    ),
    _story(
        "morning-vegetables-into-bread",
        "shops",
        69,
        "story-morning-harvest",
        ["agriculture", "shopping-streets"],
        ["komugido", "yaosei", "keyaki-street"],
        title=t("朝採れ野菜がパンになるまで", "From morning harvest to bread"),
        author=WRITER,
        introduction=t(
            "けやき通り商店会のパン屋と八百屋は、毎朝、同じ農家の野菜を分け合っています。",
            "Every morning the bakery and the greengrocer on Keyaki-dori share vegetables from the same farm.",
        ),
        listing_summary=t("パン屋と八百屋、商店街の朝の連携。", "A bakery and a greengrocer working together."),
        body=stream(
            paragraph(
                t(
                    "<p>八百清が仕入れた大根の、形がふぞろいなものをこむぎ堂が引き取り、カレーパンの具にします。売り場と厨房がつながる、商店街ならではの仕組みです。</p>",
                    "<p>Komugido takes the oddly shaped daikon from Yaosei's morning delivery and turns them into curry-bread filling: a link between shop counter and kitchen only a shopping street could make.</p>",
                )
            ),
        ),
    ),
    _story(
        "hardware-shop-succession",
        "support",
        76,
        "story-hardware-counter",
        ["succession"],
        ["marukichi-kanamono", "business-consultation"],
        title=t("金物店、事業承継の決断", "A hardware shop decides who comes next"),
        author=EDITORIAL_TEAM,
        introduction=t(
            "後継ぎのいなかった丸吉金物店は、区の相談窓口をきっかけに、長く勤めた従業員へ店を引き継ぎました。",
            "With no family successor, Marukichi Hardware passed the shop to a long-serving employee, starting with a visit to the ward's advice desk.",
        ),
        listing_summary=t(
            "相談窓口から始まった、金物店の事業承継。", "A hardware shop's succession, started at the advice desk."
        ),
        body=stream(
            paragraph(
                t(
                    "<p>相談員と一緒に、在庫や取引先の整理から始めました。包丁研ぎの技は、二年かけて新しい店主に伝えられています。</p>",
                    "<p>With the adviser they began by sorting out stock and suppliers. The knife-sharpening skills are being passed to the new owner over two years.</p>",
                )
            ),
        ),
    ),
]

PAGES = STORIES
