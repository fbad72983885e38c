"""Stories: interviews and reports that feature the profiles, so each profile lists "stories about this"."""

from home.demo.content import (
    Days,
    call_to_action,
    heading,
    image,
    page,
    page_ref,
    paragraph,
    quote,
    snippet_ref,
    stream,
    t,
)

EDITORIAL_TEAM = t(
    "練馬区 商工観光課",
    "Commerce, Industry and Tourism Section, Nerima City",
    "练马区 商工观光课",
    "練馬區 商工觀光課",
    "네리마구 상공관광과",
)
WRITER = t(
    "取材・文 山口 由香",
    "Words by Yuka Yamaguchi",
    "采访・撰文 山口由香",
    "採訪・撰文 山口由香",
    "취재・글 야마구치 유카",
)


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
        "pickle-yoshioka",
        ["nerima-daikon", "pickles", "agriculture"],
        ["shiraishi-tsukemono", "yoshioka-honpo"],
        title=t(
            "12月、大根の干し場から",
            "December, at the daikon drying racks",
            "12月，在萝卜晾晒场",
            "12月，在蘿蔔曬場",
            "12월, 무 말리는 곳에서",
        ),
        author=WRITER,
        introduction=t(
            "冬の練馬に、白い大根がすだれのように並ぶ季節がやってきます。二軒の漬物店を訪ねました。",
            "In winter, rows of white daikon hang like blinds across Nerima. We visited two pickle makers.",
            "冬天的练马，又到了白萝卜像竹帘一样成排晾晒的季节。我们走访了两家腌菜店。",
            "冬天的練馬，又到了白蘿蔔像竹簾般一排排晾曬的季節。我們走訪了兩家醃菜店。",
            "겨울 네리마에 하얀 무가 발처럼 줄지어 걸리는 계절이 찾아옵니다. 절임 가게 두 곳을 찾아갔습니다.",
        ),
        listing_summary=t(
            "大根を干す季節の、二軒の漬物店。",
            "Two pickle makers in daikon-drying season.",
            "晾晒萝卜时节的两家腌菜店。",
            "曬蘿蔔時節的兩家醃菜店。",
            "무 말리는 계절, 두 절임 가게 이야기.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>練馬大根は首から先まで細長く、干すとしなやかに曲がるほど水分が抜けます。この「曲がり具合」を見きわめるのが、沢庵づくりの第一歩です。</p>",
                    "<p>Nerima daikon are long and slender from top to tip, and when dried they lose enough water to bend. Judging that bend is the first step in making takuan.</p>",
                    "<p>练马萝卜从头到尾都细细长长，晾晒后水分渐渐流失，会变得柔软到可以弯曲。看准这种“弯曲的程度”，正是制作泽庵的第一步。</p>",
                    "<p>練馬蘿蔔從頭到尾細細長長，曬過之後水分流失，軟到可以彎曲。看準這個「彎曲的程度」，就是做澤庵的第一步。</p>",
                    "<p>네리마 무는 윗부분부터 끝까지 가늘고 길어서, 말리면 낭창하게 휠 만큼 수분이 빠집니다. 이 '휘는 정도'를 가늠하는 것이 단무지 만들기의 첫걸음입니다.</p>",
                )
            ),
            quote(
                t(
                    "干しすぎても、足りなくてもだめ。大根と相談です。",
                    "Too much drying is as bad as too little. You have to ask the daikon.",
                    "晒过头不行，晒不够也不行。得跟萝卜商量着来。",
                    "曬過頭不行，曬不夠也不行。要跟蘿蔔好好商量。",
                    "너무 말려도, 덜 말려도 안 됩니다. 무와 상의해야죠.",
                ),
                t(
                    "白石漬物店 四代目 白石 誠",
                    "Makoto Shiraishi, fourth generation, Shiraishi Pickles",
                    "白石腌菜店第四代传人 白石诚",
                    "白石醃菜店第四代 白石誠",
                    "시라이시 절임 가게 4대째 시라이시 마코토",
                ),
            ),
        ),
    ),
    _story(
        "third-generation-bean-paste",
        "shops",
        8,
        "shop-miyakoya",
        ["shopping-streets", "succession"],
        ["miyakoya", "hidamari-street"],
        title=t(
            "三代目が守る、あんの炊き方",
            "The third generation keeps the bean paste recipe",
            "第三代守护的熬豆沙之道",
            "第三代傳承的熬豆沙功夫",
            "3대째가 지키는 팥소 끓이는 법",
        ),
        author=WRITER,
        introduction=t(
            "朝5時、みやこ屋の仕込み場には小豆の甘い香りが広がります。祖父から受け継いだ炊き方を聞きました。",
            "At five in the morning the Miyakoya kitchen fills with the sweet smell of azuki beans. We asked about the recipe handed down from the owner's grandfather.",
            "清晨5点，都屋的备料间里弥漫着红豆的甜香。我们请店主讲了讲从祖父那里传下来的熬煮方法。",
            "清晨5點，都屋的備料間飄著紅豆的甜香。我們請店主聊聊從祖父那裡傳下來的熬煮方法。",
            "아침 5시, 미야코야의 작업장에는 팥의 달콤한 향이 퍼집니다. 할아버지에게서 물려받은 팥소 끓이는 법을 들었습니다.",
        ),
        listing_summary=t(
            "祖父から孫へ、和菓子店のあんの物語。",
            "A bean paste recipe from grandfather to grandson.",
            "从祖父到孙子，一家和果子店的豆沙故事。",
            "從祖父到孫子，一家和菓子店的豆沙故事。",
            "할아버지에서 손자로, 화과자점 팥소 이야기.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>火加減は、鍋の泡の大きさで決めます。温度計は使いません。「数字より、音と泡を見ろ」が祖父の口ぐせだったそうです。</p>",
                    "<p>The heat is judged by the size of the bubbles in the pan, not by a thermometer. “Watch the bubbles and listen, never mind the numbers,” his grandfather used to say.</p>",
                    "<p>火候的大小要看锅里气泡的大小来决定，不用温度计。“别看数字，要听声音、看气泡”，据说是祖父的口头禅。</p>",
                    "<p>火候看鍋裡泡泡的大小來決定，不用溫度計。「別看數字，要聽聲音、看泡泡」，據說是祖父的口頭禪。</p>",
                    '<p>불 조절은 냄비 속 거품의 크기로 정합니다. 온도계는 쓰지 않습니다. "숫자보다 소리와 거품을 봐라"가 할아버지의 입버릇이었다고 합니다.</p>',
                )
            ),
        ),
    ),
    _story(
        "lines-as-fine-as-a-hair",
        "crafts",
        14,
        "craft-komon",
        ["craftsmanship"],
        ["onodera-koichi", "tokyo-some-komon", "arai-tatsuya"],
        title=t(
            "髪の毛ほどの線を彫る",
            "Cutting lines as fine as a hair",
            "雕刻细如发丝的线条",
            "刻出細如髮絲的線條",
            "머리카락만큼 가는 선을 새기다",
        ),
        author=WRITER,
        introduction=t(
            "名工・小野寺浩一さんの工房では、一枚の型紙を彫るのに一週間かかることもあります。",
            "In master craftsman Koichi Onodera's workshop, cutting a single stencil can take a week.",
            "在名匠小野寺浩一的工坊里，雕刻一张型纸有时要花上一周时间。",
            "在名匠小野寺浩一的工坊裡，刻一張型紙有時要花上一個星期。",
            "명장 오노데라 고이치 씨의 공방에서는 형지 한 장을 새기는 데 일주일이 걸리기도 합니다.",
        ),
        listing_summary=t(
            "名工と弟子、染小紋の型紙づくり。",
            "A master, his apprentice and their stencils.",
            "名匠与弟子，染小纹的型纸制作。",
            "名匠與徒弟，染小紋的型紙製作。",
            "명장과 제자, 소메코몬의 형지 만들기.",
        ),
        body=stream(
            heading(t("受け継ぐということ", "Passing it on", "何为传承", "所謂傳承", "이어받는다는 것")),
            paragraph(
                t(
                    "<p>工房では、弟子の新井達也さんが隣の作業台で同じ型紙を彫っています。小野寺さんは口では教えず、彫り終えた型紙を光にかざして見せるだけだといいます。</p>",
                    "<p>At the next bench, his former apprentice Tatsuya Arai cuts the same stencil. Onodera rarely explains in words; he simply holds a finished stencil up to the light.</p>",
                    "<p>在工坊里，弟子新井达也就在隔壁的工作台上雕刻同样的型纸。据说小野寺先生从不口头传授，只是把刻好的型纸举到光下给他看。</p>",
                    "<p>工坊裡，徒弟新井達也就在隔壁工作台刻著同樣的型紙。據說小野寺先生從不用嘴巴教，只是把刻好的型紙舉到光線下給他看。</p>",
                    "<p>공방에서는 제자 아라이 다쓰야 씨가 옆 작업대에서 같은 형지를 새깁니다. 오노데라 씨는 말로 가르치지 않고, 다 새긴 형지를 빛에 비춰 보여 줄 뿐이라고 합니다.</p>",
                )
            ),
        ),
    ),
    _story(
        "summer-festival-backstage",
        "shops",
        20,
        "street-hidamari",
        ["festivals", "shopping-streets"],
        ["hidamari-street", "niku-no-takahashi"],
        title=t(
            "夏まつり、準備の舞台裏",
            "Backstage at the summer festival",
            "夏日祭典的幕后准备",
            "夏日祭典的幕後準備",
            "여름 축제, 준비의 뒷이야기",
        ),
        author=EDITORIAL_TEAM,
        introduction=t(
            "ひだまり商店街の夏まつりは、店主たちの手づくりです。提灯の張り替えから夜店の段取りまでを追いました。",
            "Hidamari Shopping Street's summer festival is made by the shopkeepers themselves. We followed them from re-papering the lanterns to setting out the stalls.",
            "日光商店街的夏日祭典，全靠店主们亲手打造。从重新糊灯笼到安排夜市摊位，我们全程跟踪采访。",
            "日光商店街的夏日祭典，全是店家們親手打造。從重新糊燈籠到安排夜市攤位，我們一路跟拍。",
            "히다마리 상점가의 여름 축제는 가게 주인들이 손수 만듭니다. 제등 새로 바르기부터 밤 노점 준비까지 따라가 보았습니다.",
        ),
        listing_summary=t(
            "商店街の店主たちがつくる夏まつり。",
            "A festival made by shopkeepers.",
            "由商店街店主们打造的夏日祭典。",
            "商店街店家們一手打造的夏日祭典。",
            "상점가 주인들이 만드는 여름 축제.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>夜店のコロッケは、肉のたかはしが一晩で800個を揚げます。売り上げの一部は、商店街のアーケードの修繕にあてられます。</p>",
                    "<p>Takahashi Butcher's fries 800 croquettes for the festival night, and part of the takings goes towards repairing the arcade.</p>",
                    "<p>夜市摊位上的可乐饼，由高桥肉店一晚炸出800个。部分收入将用于修缮商店街的拱廊。</p>",
                    "<p>夜市攤位的可樂餅，由高橋肉舖一個晚上炸出800個。部分收入會用來整修商店街的拱廊。</p>",
                    "<p>밤 노점의 고로케는 다카하시 정육점이 하룻밤에 800개를 튀깁니다. 매출의 일부는 상점가 아케이드 수리에 쓰입니다.</p>",
                )
            ),
            paragraph(
                t(
                    "<p>今年の実行委員は、区の商店街リーダー育成講座を修了したばかりの若手店主たちです。補助金の申請から会計まで、講座で学んだことを生かしました。</p>",
                    "<p>This year's committee were young shopkeepers fresh from the ward's shopping-street leadership course, who put what they had learned to use, from applying for grants to keeping the accounts.</p>",
                    "<p>今年的执行委员是刚从区里的商店街带头人培养讲座结业的年轻店主们。从申请补助金到管理账目，他们把讲座上学到的都用上了。</p>",
                    "<p>今年的籌備委員，是剛從區公所商店街領袖培訓課程結業的年輕店主們。從申請補助款到管帳，他們把課堂上學到的全都派上了用場。</p>",
                    "<p>올해 실행위원은 구의 상점가 리더 육성 강좌를 막 수료한 젊은 점주들입니다. 보조금 신청부터 회계까지 강좌에서 배운 것을 살렸습니다.</p>",
                )
            ),
            call_to_action(
                t(
                    "商店街リーダー育成講座について",
                    "About the shopping-street leadership course",
                    "了解商店街带头人培养讲座",
                    "認識商店街領袖培訓課程",
                    "상점가 리더 육성 강좌 안내",
                ),
                "shopping-street-leaders",
            ),
        ),
    ),
    _story(
        "what-hand-drawing-teaches",
        "anime",
        27,
        "anime-himawariza",
        ["anime"],
        ["studio-himawariza"],
        title=t(
            "手描きの原画が教えてくれること",
            "What hand drawing teaches",
            "手绘原画教会我们的事",
            "手繪原畫教會我們的事",
            "손으로 그린 원화가 가르쳐 주는 것",
        ),
        author=WRITER,
        introduction=t(
            "デジタル作画が広がる今も、スタジオひまわり座の新人研修は鉛筆と紙から始まります。",
            "Even as digital drawing spreads, new animators at Studio Himawariza still start with pencil and paper.",
            "即使在数字作画日益普及的今天，向日葵座工作室的新人培训依然从铅笔和纸开始。",
            "即使數位作畫越來越普遍，向日葵座工作室的新人培訓依舊從鉛筆和紙開始。",
            "디지털 작화가 널리 퍼진 지금도 스튜디오 히마와리자의 신입 연수는 연필과 종이에서 시작합니다.",
        ),
        listing_summary=t(
            "鉛筆と紙から始まる、アニメーターの修業。",
            "An animator's training starts with pencil and paper.",
            "从铅笔和纸开始的动画师修行。",
            "從鉛筆和紙開始的動畫師修業。",
            "연필과 종이에서 시작하는 애니메이터 수련.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>最初の課題は、跳ねるボールを24枚の絵で描くこと。重さや弾みをどう線で表すか、ベテランが一枚ずつ見ていきます。</p>",
                    "<p>The first exercise is a bouncing ball in 24 drawings. A veteran goes through them one by one: how do you show weight and bounce with a line?</p>",
                    "<p>第一个课题，是用24张画描绘一个弹跳的球。如何用线条表现重量和弹性，资深动画师会一张一张地检查。</p>",
                    "<p>第一個課題，是用24張圖畫出一顆彈跳的球。要怎麼用線條表現重量與彈性，資深前輩會一張一張仔細看。</p>",
                    "<p>첫 과제는 튀어 오르는 공을 24장의 그림으로 그리는 것. 무게와 탄력을 선으로 어떻게 표현하는지 베테랑이 한 장씩 살펴봅니다.</p>",
                )
            ),
        ),
    ),
    _story(
        "ninety-years-in-cedar",
        "pickles",
        34,
        "pickle-honda",
        ["pickles", "succession"],
        ["honda-shoten"],
        title=t(
            "杉樽とともに90年",
            "Ninety years in cedar barrels",
            "与杉木桶相伴90年",
            "與杉木桶相伴90年",
            "삼나무 통과 함께한 90년",
        ),
        author=WRITER,
        introduction=t(
            "関町の本田商店では、60年以上使い続ける杉樽が今も現役です。",
            "At Honda Shoten in Seki-machi, cedar barrels more than sixty years old are still in use.",
            "在关町的本田商店，用了60多年的杉木桶至今仍在使用。",
            "在關町的本田商店，用了60多年的杉木桶至今仍在服役。",
            "세키마치의 혼다 상점에서는 60년 넘게 써 온 삼나무 통이 지금도 현역입니다.",
        ),
        listing_summary=t(
            "60年使い続ける杉樽と、漬物店の三代。",
            "Sixty-year-old barrels and three generations.",
            "用了60年的杉木桶与腌菜店的三代人。",
            "用了60年的杉木桶與醃菜店的三代人。",
            "60년 쓴 삼나무 통과 절임 가게의 3대.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>樽の修理ができる職人は都内でも数えるほどになりました。本田商店では、たがの締め直しを自分たちで覚えたといいます。</p>",
                    "<p>Only a handful of coopers who can repair barrels are left in Tokyo, so the Honda family learned to re-tighten the hoops themselves.</p>",
                    "<p>在东京，能修理木桶的匠人已屈指可数。本田商店的人说，重新箍紧桶箍的手艺是他们自己学会的。</p>",
                    "<p>在東京，會修木桶的職人已經屈指可數。本田商店說，重新箍緊桶箍的功夫是他們自己學會的。</p>",
                    "<p>통을 고칠 수 있는 장인은 도쿄에서도 손에 꼽을 정도가 되었습니다. 혼다 상점에서는 테를 다시 조이는 법을 스스로 익혔다고 합니다.</p>",
                )
            ),
        ),
    ),
    _story(
        "from-office-to-dolls",
        "crafts",
        41,
        "portrait-murata",
        ["craftsmanship", "start-ups"],
        ["murata-sayori", "omori-kenji", "edo-kimekomi-dolls"],
        title=t(
            "会社員から人形作家へ",
            "From office worker to doll maker",
            "从上班族到人偶作家",
            "從上班族到人偶作家",
            "회사원에서 인형 작가로",
        ),
        author=WRITER,
        introduction=t(
            "30代で会社を辞め、木目込人形の道に入った村田さよりさん。師匠の大森健二さんとの出会いを聞きました。",
            "Sayori Murata left her office job in her thirties to make kimekomi dolls. She told us how she met her teacher, Kenji Omori.",
            "村田纱代里在30多岁时辞去工作，踏上了木目込人偶之路。我们请她聊了聊与师父大森健二的相遇。",
            "村田紗代里在30多歲時辭掉工作，走上木目込人偶這條路。我們請她聊聊和師父大森健二的相遇。",
            "30대에 회사를 그만두고 기메코미 인형의 길로 들어선 무라타 사요리 씨. 스승 오모리 겐지 씨와의 만남을 들었습니다.",
        ),
        listing_summary=t(
            "師匠と弟子、木目込人形の二人。",
            "A teacher and his student in kimekomi dolls.",
            "木目込人偶的师徒二人。",
            "木目込人偶的師徒二人。",
            "기메코미 인형의 스승과 제자.",
        ),
        body=stream(
            quote(
                t(
                    "布を溝に押し込む、その一瞬で人形の表情が決まります。",
                    "The moment you push the cloth into the groove decides the doll's expression.",
                    "把布料压进沟槽的那一瞬间，就决定了人偶的表情。",
                    "把布塞進溝槽的那一瞬間，就決定了人偶的表情。",
                    "천을 홈에 밀어 넣는 그 순간에 인형의 표정이 정해집니다.",
                ),
                t("村田 さより", "Sayori Murata", "村田纱代里", "村田紗代里", "무라타 사요리"),
            ),
        ),
    ),
    _story(
        "met-at-the-seminar",
        "support",
        48,
        "support-seminar",
        ["start-ups"],
        ["startup-seminars", "nukazuke-sakura"],
        title=t(
            "創業セミナーで出会った二人",
            "Two founders who met at a start-up seminar",
            "在创业讲座上相遇的两个人",
            "在創業講座相遇的兩個人",
            "창업 세미나에서 만난 두 사람",
        ),
        author=EDITORIAL_TEAM,
        introduction=t(
            "区の創業セミナーで隣の席になった二人が、ぬか漬け工房を開くまで。",
            "Two people who sat next to each other at the ward's start-up seminar, and went on to open a pickling workshop.",
            "在区里的创业讲座上坐在邻座的两个人，后来一起开了一家米糠渍菜工坊。",
            "在區公所創業講座上坐隔壁的兩個人，後來一起開了米糠漬物工坊。",
            "구의 창업 세미나에서 옆자리에 앉았던 두 사람이 누카즈케 공방을 열기까지.",
        ),
        listing_summary=t(
            "創業セミナーから生まれたぬか漬け工房。",
            "A pickling workshop born at a seminar.",
            "诞生于创业讲座的米糠渍菜工坊。",
            "從創業講座誕生的米糠漬物工坊。",
            "창업 세미나에서 태어난 누카즈케 공방.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>事業計画の回で、二人は同じ「練馬の野菜を毎日の食卓に」という目標を書いていました。異業種交流会で農家とつながり、仕入れ先も見つかりました。</p>",
                    "<p>In the business-planning session, both had written the same goal: Nerima vegetables on every table, every day. At a networking evening they met the farmers who now supply them.</p>",
                    "<p>在讲商业计划的那堂课上，两人写下了同一个目标：“让练马的蔬菜走上每天的餐桌”。后来他们在跨行业交流会上结识了农户，也找到了进货渠道。</p>",
                    "<p>在營運計畫那堂課上，兩人寫下了同一個目標：「讓練馬的蔬菜天天上餐桌」。之後他們在異業交流會認識了農家，也找到了進貨來源。</p>",
                    "<p>사업 계획 수업에서 두 사람은 똑같이 '네리마 채소를 매일의 식탁에'라는 목표를 적었습니다. 이업종 교류회에서 농가와 연결되어 매입처도 찾았습니다.</p>",
                )
            ),
            paragraph(
                t(
                    "<p>工房は、区の空き店舗活用支援を使って、光が丘の商店街で長く空いていた元八百屋を改装したものです。</p>",
                    "<p>Their workshop is a former greengrocer's on a Hikarigaoka shopping street that had stood empty for years, refitted with the ward's help for opening in empty shops.</p>",
                    "<p>工坊是利用区政府的空置店铺活用支援，将光之丘商店街一家空置多年的旧蔬菜店改装而成的。</p>",
                    "<p>工坊是運用區公所的閒置店面活化支援，把光之丘商店街一間空了好幾年的老蔬果店改裝而成。</p>",
                    "<p>공방은 구의 빈 점포 활용 지원을 받아, 히카리가오카 상점가에서 오랫동안 비어 있던 옛 채소 가게를 고친 것입니다.</p>",
                )
            ),
            call_to_action(
                t(
                    "異業種交流会について",
                    "About the cross-industry networking evenings",
                    "了解跨行业交流会",
                    "認識異業交流會",
                    "이업종 교류회 안내",
                ),
                "cross-industry-networking",
            ),
            call_to_action(
                t(
                    "空き店舗活用支援について",
                    "About help to open in an empty shop",
                    "了解空置店铺活用支援",
                    "認識閒置店面活化支援",
                    "빈 점포 활용 지원 안내",
                ),
                "vacant-shop-use",
            ),
        ),
    ),
    _story(
        "backgrounds-begin-in-the-park",
        "anime",
        55,
        "anime-shakujii",
        ["anime"],
        ["shakujii-background-art"],
        title=t(
            "背景美術は公園のスケッチから",
            "Backgrounds begin with sketches in the park",
            "背景美术从公园写生开始",
            "背景美術從公園寫生開始",
            "배경 미술은 공원 스케치에서",
        ),
        author=WRITER,
        introduction=t(
            "石神井背景美術の美術スタッフは、毎週公園に出かけて木々を描きます。",
            "Every week the painters of Shakujii Background Art go out to sketch the trees in the park.",
            "石神井背景美术的美术人员每周都会到公园写生，画下树木的模样。",
            "石神井背景美術的美術人員每週都會到公園寫生，畫下一棵棵樹。",
            "샤쿠지이 배경미술의 미술 스태프는 매주 공원에 나가 나무를 그립니다.",
        ),
        listing_summary=t(
            "公園の木々が、アニメの背景になるまで。",
            "How park trees become anime backgrounds.",
            "公园的树木如何变成动画背景。",
            "公園的樹如何變成動畫背景。",
            "공원의 나무가 애니메이션 배경이 되기까지.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>光の当たり方で葉の色は刻々と変わります。そのわずかな違いを覚えておくことが、画面の空気をつくるのだそうです。</p>",
                    "<p>The colour of the leaves changes from moment to moment with the light, and remembering those small differences is what gives a scene its atmosphere.</p>",
                    "<p>随着光线的变化，树叶的颜色时时刻刻都在改变。据说，记住这些细微的差别，才能营造出画面的氛围。</p>",
                    "<p>隨著光線變化，葉子的顏色時時刻刻都不一樣。據說記住這些細微的差異，才能營造出畫面的氛圍。</p>",
                    "<p>빛이 비치는 방식에 따라 잎의 색은 시시각각 변합니다. 그 미묘한 차이를 기억해 두는 것이 화면의 공기를 만든다고 합니다.</p>",
                )
            ),
        ),
    ),
    _story(
        "children-at-the-factory",
        "tourism",
        62,
        "tour-pickle-factory",
        ["factory-tours", "pickles"],
        ["takuan-factory-tour", "koike-shokuhin"],
        title=t(
            "見学会で子どもたちが見たもの",
            "What the children saw on the factory tour",
            "孩子们在参观活动中看到了什么",
            "孩子們在參觀活動中看到了什麼",
            "견학에서 아이들이 본 것",
        ),
        author=EDITORIAL_TEAM,
        introduction=t(
            "昨年の産業フェアの見学会には、親子連れが多く参加しました。給食の漬物がつくられる現場です。",
            "Many families joined last year's fair tours, including a visit to the factory that makes the pickles in school lunches.",
            "去年产业展会的参观活动吸引了许多亲子家庭参加，参观的正是学校午餐腌菜的生产现场。",
            "去年產業展會的參觀活動吸引了許多親子家庭參加，參觀的正是學校營養午餐醃菜的製作現場。",
            "지난해 산업 박람회 견학에는 가족 단위 참가자가 많았습니다. 학교 급식 절임이 만들어지는 현장입니다.",
        ),
        listing_summary=t(
            "給食の漬物ができるまでを見学。",
            "Where school-lunch pickles come from.",
            "参观学校午餐腌菜的制作过程。",
            "參觀營養午餐醃菜的製作過程。",
            "급식 절임이 만들어지는 과정 견학.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>「いつも食べている大根だ」。工場の窓から干し場を見た子どもたちから声があがりました。</p>",
                    "<p>“That's the daikon we eat at school!” the children called out when they saw the drying racks through the factory window.</p>",
                    "<p>“是我们平时吃的萝卜！”孩子们透过工厂的窗户看到晾晒场时，纷纷叫了起来。</p>",
                    "<p>「是我們平常吃的蘿蔔！」孩子們從工廠窗戶看到曬場時，忍不住叫了出來。</p>",
                    '<p>"우리가 늘 먹는 무다!" 공장 창문으로 무 말리는 곳을 본 아이들이 소리쳤습니다.</p>',
                )
            ),
        ),
    ),
    _story(
        "morning-vegetables-into-bread",
        "shops",
        69,
        "shop-komugido",
        ["agriculture", "shopping-streets"],
        ["komugido", "yaosei", "keyaki-street"],
        title=t(
            "朝採れ野菜がパンになるまで",
            "From morning harvest to bread",
            "清晨采摘的蔬菜变成面包",
            "清晨採收的蔬菜變成麵包",
            "아침에 딴 채소가 빵이 되기까지",
        ),
        author=WRITER,
        introduction=t(
            "けやき通り商店会のパン屋と八百屋は、毎朝、同じ農家の野菜を分け合っています。",
            "Every morning the bakery and the greengrocer on Keyaki-dori share vegetables from the same farm.",
            "榉树大道商店会的面包店和蔬菜店，每天早上都分享同一户农家的蔬菜。",
            "櫸木大道商店會的麵包店和蔬果店，每天早上都分享同一戶農家的蔬菜。",
            "게야키도리 상점회의 빵집과 채소 가게는 매일 아침 같은 농가의 채소를 나눕니다.",
        ),
        listing_summary=t(
            "パン屋と八百屋、商店街の朝の連携。",
            "A bakery and a greengrocer working together.",
            "面包店与蔬菜店，商店街清晨的合作。",
            "麵包店與蔬果店，商店街早晨的合作。",
            "빵집과 채소 가게, 상점가의 아침 협업.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>八百清が仕入れた大根の、形がふぞろいなものをこむぎ堂が引き取り、カレーパンの具にします。売り場と厨房がつながる、商店街ならではの仕組みです。</p>",
                    "<p>Komugido takes the oddly shaped daikon from Yaosei's morning delivery and turns them into curry-bread filling: a link between shop counter and kitchen only a shopping street could make.</p>",
                    "<p>八百清进货的萝卜中形状不规整的，由小麦堂收下做成咖喱面包的馅料。店面与厨房相连，这是商店街才有的合作方式。</p>",
                    "<p>八百清進貨的蘿蔔裡長得歪七扭八的，由小麥堂收下做成咖哩麵包的內餡。店面和廚房串在一起，是商店街才有的合作方式。</p>",
                    "<p>야오세이가 들여온 무 가운데 모양이 고르지 않은 것을 고무기도가 가져가 카레빵 속으로 씁니다. 매장과 주방이 이어지는, 상점가다운 방식입니다.</p>",
                )
            ),
        ),
    ),
    _story(
        "hardware-shop-succession",
        "support",
        76,
        "shop-marukichi",
        ["succession"],
        ["marukichi-kanamono", "business-consultation"],
        title=t(
            "金物店、事業承継の決断",
            "A hardware shop decides who comes next",
            "五金店的事业传承抉择",
            "五金行的傳承決定",
            "철물점, 사업 승계를 결단하다",
        ),
        author=EDITORIAL_TEAM,
        introduction=t(
            "後継ぎのいなかった丸吉金物店は、区の相談窓口をきっかけに、長く勤めた従業員へ店を引き継ぎました。",
            "With no family successor, Marukichi Hardware passed the shop to a long-serving employee, starting with a visit to the ward's advice desk.",
            "没有接班人的丸吉五金店，以区政府的咨询窗口为契机，把店交给了一位多年的老员工。",
            "沒有接班人的丸吉五金行，透過區公所的諮詢窗口，把店交棒給一位資深員工。",
            "후계자가 없던 마루키치 철물점은 구의 상담 창구를 계기로 오래 일해 온 직원에게 가게를 넘겼습니다.",
        ),
        listing_summary=t(
            "相談窓口から始まった、金物店の事業承継。",
            "A hardware shop's succession, started at the advice desk.",
            "从咨询窗口开始的五金店事业传承。",
            "從諮詢窗口開始的五金行傳承。",
            "상담 창구에서 시작된 철물점의 사업 승계.",
        ),
        body=stream(
            paragraph(
                t(
                    "<p>相談員と一緒に、在庫や取引先の整理から始めました。包丁研ぎの技は、二年かけて新しい店主に伝えられています。</p>",
                    "<p>With the adviser they began by sorting out stock and suppliers. The knife-sharpening skills are being passed to the new owner over two years.</p>",
                    "<p>他们和咨询员一起，从整理库存和往来客户开始着手。磨刀的手艺则花两年时间传授给新店主。</p>",
                    "<p>他們和諮詢員一起，從盤點庫存、整理往來廠商開始。磨刀的功夫則花兩年時間傳給新店主。</p>",
                    "<p>상담원과 함께 재고와 거래처 정리부터 시작했습니다. 칼 가는 기술은 2년에 걸쳐 새 주인에게 전해지고 있습니다.</p>",
                )
            ),
        ),
    ),
]

PAGES = STORIES
