"""The second relevance set: fictional pages written for it alone, in five languages, and
queries over them. It is kept out of tuning: the analysis, the query rules and the shipped
dictionary were written against classes of variants, not against these pages or queries.

A page is relevant to a query only if the text a visitor is shown (the page in their
language, or the Japanese original where it is not translated) contains the query, its
reading or script variant, or a true synonym of it (another name of the same thing, never
a broader or narrower word). Every page is in a real page type; untranslated languages
show the Japanese original (an alias), as on the site.

PAGES: slug → (kind, area, {language: (title, text)}). A language missing from the dict
is not translated.
"""

PAGES = {
    "miso": (
        "pickle",
        "大泉",
        {
            "ja": ("山吹味噌店", "大泉学園駅の北口にある味噌蔵。国産大豆と米麹で仕込んだ赤味噌を量り売りします。"),
            "en": (
                "Yamabuki Miso",
                "A miso storehouse by the north exit of Oizumi-gakuen Station, selling red miso by weight, "
                "made from domestic soybeans and rice koji.",
            ),
            "zh-hans": ("山吹味噌店", "位于大泉学园站北口的味噌作坊，按重量出售用国产大豆和米曲酿造的红味噌。"),
            "zh-hant": ("山吹味噌店", "位於大泉學園站北口的味噌作坊，按重量出售用國產大豆和米麴釀造的紅味噌。"),
            "ko": (
                "야마부키 된장가게",
                "오이즈미가쿠엔역 북쪽 출구의 된장 창고. 국산 콩과 쌀누룩으로 담근 붉은 된장을 무게로 팝니다.",
            ),
        },
    ),
    "tofu": (
        "shop",
        "練馬",
        {
            "ja": ("豆腐の井上", "毎朝四時から木綿豆腐と油揚げをつくる町の豆腐屋。"),
            "en": (
                "Inoue Tofu",
                "A neighbourhood tofu maker: firm tofu and fried tofu pouches from four every morning.",
            ),
            "zh-hans": ("井上豆腐店", "社区豆腐店，每天早上四点开始制作木棉豆腐和油豆腐。"),
            "zh-hant": ("井上豆腐店", "社區豆腐店，每天早上四點開始製作木棉豆腐和油豆腐。"),
            "ko": ("이노우에 두부", "매일 새벽 네 시부터 두부와 유부를 만드는 동네 두부 가게."),
        },
    ),
    "tenugui": (
        "craft",
        None,
        {
            "ja": ("染め処あさぎ", "注染の技法で手ぬぐいを一枚ずつ染める工房。"),
            "en": ("Asagi Dye Works", "An atelier that dyes hand towels one by one with the chusen technique."),
            "zh-hans": ("浅葱染坊", "用注染技法逐条染制日式手巾的工坊。"),
            "zh-hant": ("淺葱染坊", "用注染技法逐條染製日式手巾的工坊。"),
            "ko": ("아사기 염색 공방", "주센 기법으로 데누구이를 한 장씩 염색하는 공방."),
        },
    ),
    "kiriko": (
        "shop",
        "光が丘",
        {
            "ja": ("硝子工房ひかり", "光ヶ丘団地の一角で江戸切子のグラスを削る硝子工房。"),
            "en": ("Hikari Glass", "A glass studio in Hikarigaoka cutting Edo kiriko tumblers."),
            "zh-hans": ("光玻璃工房", "在光之丘切削江户切子玻璃杯的玻璃工坊。"),
            "ko": ("히카리 유리 공방", "히카리가오카에서 에도 기리코 유리잔을 깎는 유리 공방."),
        },
    ),
    "umeboshi": (
        "pickle",
        "石神井",
        {
            "ja": ("梅の家", "石神井公園の近くで、紀州の梅を三年寝かせた梅干しをつくります。"),
            "en": ("Ume no Ie", "Near Shakujii Park, umeboshi aged three years from Kishu plums."),
            "zh-hans": ("梅之家", "在石神井公园附近，用纪州梅腌制三年的梅干。"),
            "zh-hant": ("梅之家", "在石神井公園附近，用紀州梅醃製三年的梅乾。"),
            "ko": ("우메노이에", "샤쿠지이 공원 근처에서 기슈 매실로 삼 년 숙성한 우메보시를 만듭니다."),
        },
    ),
    "senbei": (
        "shop",
        "江古田",
        {
            "ja": ("手焼きせんべい藤田", "江古田駅前の商店街で炭火の手焼きせんべいを焼き続けて六十年。"),
            "en": (
                "Fujita Senbei",
                "Sixty years of hand-grilled rice crackers over charcoal on the shopping street in front of Ekoda Station.",
            ),
            "zh-hans": ("藤田仙贝", "在江古田站前商业街用炭火手烤仙贝已有六十年。"),
            "zh-hant": ("藤田仙貝", "在江古田站前商業街用炭火手烤仙貝已有六十年。"),
            "ko": ("후지타 센베이", "에코다역 앞 상점가에서 숯불로 센베이를 구워 온 지 육십 년."),
        },
    ),
    "seiran": (
        "studio",
        "桜台",
        {
            "ja": ("スタジオ青嵐", "桜台にある小さなアニメーション制作会社。背景美術と色彩設計を得意とします。"),
            "en": (
                "Studio Seiran",
                "A small animation company in Sakuradai, known for background art and colour design.",
            ),
            "zh-hans": ("青岚工作室", "位于樱台的小型动画制作公司，擅长背景美术和色彩设计。"),
            "zh-hant": ("青嵐工作室", "位於櫻台的小型動畫製作公司，擅長背景美術和色彩設計。"),
            "ko": ("스튜디오 세이란", "사쿠라다이의 작은 애니메이션 제작사. 배경미술과 색채 설계가 특기입니다."),
        },
    ),
    "startup": (
        "support",
        None,
        {
            "ja": ("創業相談窓口", "練馬区で起業を考える人のための無料相談。融資や補助金の申請も手伝います。"),
            "en": (
                "Start-up Desk",
                "Free consultations for people starting a business in Nerima, with help applying for loans and subsidies.",
            ),
            "zh-hans": ("创业咨询窗口", "为打算在练马区创业的人提供免费咨询，并协助申请融资和补助金。"),
            "zh-hant": ("創業諮詢窗口", "為打算在練馬區創業的人提供免費諮詢，並協助申請融資和補助金。"),
            "ko": (
                "창업 상담 창구",
                "네리마구에서 창업을 생각하는 분을 위한 무료 상담. 융자와 보조금 신청도 돕습니다.",
            ),
        },
    ),
    "soba": (
        "shop",
        "富士見台",
        {
            "ja": ("手打ち蕎麦ささき", "富士見台駅から徒歩三分、石臼で挽いた蕎麦粉だけの十割蕎麦。"),
            "en": (
                "Sasaki Soba",
                "Three minutes' walk from Fujimidai Station: buckwheat noodles of stone-ground flour only.",
            ),
            "zh-hans": ("佐佐木荞麦面", "从富士见台站步行三分钟，用石磨荞麦粉制作的纯荞麦面。"),
            "ko": ("사사키 소바", "후지미다이역에서 걸어서 삼 분, 맷돌로 간 메밀가루로 만든 소바."),
        },
    ),
    "cowork": (
        "support",
        None,
        {
            "ja": (
                "シェアオフィス ねりまベース",
                "練馬駅から徒歩五分のコワーキングスペース。創業したばかりの事業者向け。",
            ),
            "en": (
                "Nerima Base",
                "A co-working space five minutes from Nerima Station, for newly started businesses. Questions by e-mail.",
            ),
            "zh-hans": ("练马基地", "距练马站步行五分钟的共享办公空间，面向刚创业的经营者。"),
            "zh-hant": ("練馬基地", "距練馬站步行五分鐘的共享辦公空間，面向剛創業的經營者。"),
            "ko": ("네리마 베이스", "네리마역에서 걸어서 오 분 거리의 코워킹 스페이스. 막 창업한 사업자를 위한 곳."),
        },
    ),
    "taiken": (
        "support",
        None,
        {
            "ja": ("こども体験学習センター", "小学生が漬物づくりを体験学習できる施設。"),
            "en": ("Children's Learning Centre", "Children learn by doing: making pickles by hand."),
            "zh-hans": ("儿童体验学习中心", "小学生可以体验学习制作腌菜的设施。"),
            "zh-hant": ("兒童體驗學習中心", "小學生可以體驗學習製作醃菜的設施。"),
            "ko": ("어린이 체험 학습 센터", "초등학생이 절임 만들기를 체험 학습할 수 있는 시설."),
        },
    ),
    "stand": (
        "shop",
        "練馬",
        {
            "ja": ("畑の直売所", "畑でとれた大根とキャベツを無人販売しています。"),
            "en": ("Field Stand", "Daikon and cabbage from the field, sold at an honesty stand."),
            "zh-hans": ("田边直销处", "无人售卖田里收获的萝卜和卷心菜。"),
            "zh-hant": ("田邊直銷處", "無人售賣田裡收穫的蘿蔔和高麗菜。"),
            "ko": ("밭 직판장", "밭에서 거둔 무와 양배추를 무인 판매합니다."),
        },
    ),
    "loom": (
        "craft",
        None,
        {
            "ja": ("機織りの会", "女性たちが絹を織る小さな工房。桑の葉で蚕を育てています。"),
            "en": ("Loom Circle", "A small workshop where women weave silk; silkworms are fed on mulberry leaves."),
            "zh-hans": ("织布会", "女性们织丝绸的小工房，用桑叶养蚕。"),
            "zh-hant": ("織布會", "女性們織絲綢的小工房，用桑葉養蠶。"),
            "ko": ("베틀 모임", "여성들이 비단을 짜는 작은 공방. 뽕잎으로 누에를 기릅니다."),
        },
    ),
    "komon": (
        "craftsman",
        "練馬",
        {
            "ja": ("江戸小紋 田中", "型紙を使って江戸小紋を染める名工。"),
            "en": ("Tanaka Edo Komon", "A master craftsman who dyes Edo komon with paper stencils."),
            "zh-hans": ("田中江户小纹", "使用型纸染制江户小纹的名工。"),
            "ko": ("다나카 에도 고몬", "종이 형지로 에도 고몬을 염색하는 명장."),
        },
    ),
    "nukadoko": (
        "pickle",
        "関町",
        {
            "ja": ("ぬか床の店 まつば", "関町で百年続くぬか床で、きゅうりと茄子の糠漬けを漬けています。"),
            "en": ("Matsuba", "Cucumbers and aubergines pickled in a hundred-year-old rice bran bed in Sekimachi."),
            "zh-hans": ("松叶米糠腌菜", "在关町用延续百年的米糠床腌制黄瓜和茄子的米糠腌菜。"),
            "zh-hant": ("松葉米糠醃菜", "在關町用延續百年的米糠床醃製黃瓜和茄子的米糠醃菜。"),
            "ko": ("마쓰바", "세키마치에서 백 년 이어 온 쌀겨 절임장에 오이와 가지를 절입니다."),
        },
    ),
    "sake": (
        "shop",
        "中村橋",
        {
            "ja": ("酒舗かどや", "中村橋の角にある酒屋。全国の日本酒と焼酎をそろえています。"),
            "en": (
                "Kadoya Liquor",
                "A liquor shop on a corner in Nakamurabashi with sake and shochu from all over Japan.",
            ),
            "zh-hans": ("角屋酒铺", "中村桥街角的酒铺，备有日本各地的日本酒和烧酒。"),
            "zh-hant": ("角屋酒舖", "中村橋街角的酒舖，備有日本各地的日本酒和燒酒。"),
            "ko": ("가도야 주점", "나카무라바시 모퉁이의 술집. 전국의 니혼슈와 쇼추를 갖추고 있습니다."),
        },
    ),
    "komugi": (
        "shop",
        "氷川台",
        {
            "ja": ("パン工房こむぎ", "氷川台駅のそばのパン屋。練馬産の小麦で焼く食パンが人気。"),
            "en": (
                "Komugi Bakery",
                "A bakery by Hikawadai Station; its loaves of bread baked with Nerima wheat sell out early.",
            ),
            "zh-hans": ("小麦面包工房", "冰川台站旁的面包店，用练马产小麦烤的吐司很受欢迎。"),
            "zh-hant": ("小麥麵包工房", "冰川台站旁的麵包店，用練馬產小麥烤的吐司很受歡迎。"),
            "ko": ("고무기 빵집", "히카와다이역 옆의 빵집. 네리마산 밀로 구운 식빵이 인기입니다."),
        },
    ),
    "aizome": (
        "craft",
        None,
        {
            "ja": ("藍染め体験ツアー", "藍染めの工房を訪ね、ハンカチを染める見学ツアー。予約制。"),
            "en": ("Indigo Dyeing Tour", "Visit an indigo dyeing atelier and dye a handkerchief. Booking required."),
            "zh-hans": ("蓝染体验之旅", "参观蓝染工坊并亲手染制手帕的参观活动，需预约。"),
            "zh-hant": ("藍染體驗之旅", "參觀藍染工坊並親手染製手帕的參觀活動，需預約。"),
            "ko": ("쪽염색 체험 투어", "쪽염색 공방을 방문해 손수건을 염색하는 견학 투어. 예약제."),
        },
    ),
    "dango": (
        "shop",
        "練馬高野台",
        {
            "ja": ("だんご処はるの", "みたらし団子と草餅が名物の和菓子屋。"),
            "en": ("Haruno", "A Japanese sweets shop famous for soy-glazed dango and mugwort mochi."),
            "zh-hans": ("春野团子店", "以御手洗团子和艾草麻糬闻名的和果子店。"),
            "zh-hant": ("春野糰子店", "以御手洗糰子和艾草麻糬聞名的和菓子店。"),
            "ko": ("하루노", "미타라시 당고와 쑥떡이 명물인 화과자 가게."),
        },
    ),
    "fujimi": (
        "street",
        None,
        {
            "ja": ("富士見通り商店会", "富士見通り沿いに八百屋、魚屋、喫茶店が並ぶ商店街。"),
            "en": ("Fujimi-dōri Shopping Street", "Greengrocers, a fishmonger and a coffee shop line Fujimi-dōri."),
            "zh-hans": ("富士见通商店街", "富士见通沿街有蔬果店、鱼店和咖啡馆。"),
            "zh-hant": ("富士見通商店街", "富士見通沿街有蔬果店、魚店和咖啡館。"),
            "ko": ("후지미도리 상점가", "후지미 거리를 따라 채소 가게, 생선 가게, 카페가 늘어선 상점가."),
        },
    ),
    "cels": (
        "craft",
        None,
        {
            "ja": ("セル画の保存会", "昭和のアニメのセル画を修復し、展示する市民の会。"),
            "en": ("Cel Keepers", "Volunteers who restore and exhibit animation cels from Showa-era anime."),
            "zh-hans": ("赛璐珞画保存会", "修复并展出昭和时代动画赛璐珞画的市民团体。"),
            "ko": ("셀화 보존회", "쇼와 시대 애니메이션의 셀화를 복원하고 전시하는 시민 모임."),
        },
    ),
    "blades": (
        "shop",
        "豊玉",
        {
            "ja": ("刃物の三浦", "包丁の研ぎ直しを一本五百円から受け付ける刃物店。"),
            "en": ("Miura Blades", "A blade shop that resharpens kitchen knives from 500 yen each."),
            "zh-hans": ("三浦刀具店", "菜刀重新磨刃每把五百日元起的刀具店。"),
            "zh-hant": ("三浦刀具店", "菜刀重新磨刃每把五百日圓起的刀具店。"),
            "ko": ("미우라 칼가게", "식칼 연마를 한 자루 오백 엔부터 받는 칼 가게."),
        },
    ),
    "daikon-fest": (
        "support",
        None,
        {
            "ja": ("練馬大根引っこ抜き競技大会", "畑で練馬大根を引き抜く速さを競う冬の祭り。"),
            "en": (
                "Nerima Daikon Pulling Contest",
                "A winter festival where teams race to pull Nerima daikon out of the field.",
            ),
            "zh-hans": ("练马萝卜拔萝卜大赛", "在田里比赛拔练马萝卜速度的冬季节日。"),
            "zh-hant": ("練馬蘿蔔拔蘿蔔大賽", "在田裡比賽拔練馬蘿蔔速度的冬季節日。"),
            "ko": ("네리마 무 뽑기 대회", "밭에서 네리마 무를 뽑는 속도를 겨루는 겨울 축제."),
        },
    ),
    "tea": (
        "shop",
        None,
        {
            "ja": ("茶舗みどり", "店先の焙烙でほうじ茶を焙じる茶舗。抹茶も扱います。"),
            "en": ("Midori Tea", "A tea shop roasting hojicha at the door; matcha too."),
            "zh-hans": ("翠茶铺", "在店门口烘焙焙茶的茶铺，也卖抹茶。"),
            "zh-hant": ("翠茶舖", "在店門口烘焙焙茶的茶舖，也賣抹茶。"),
            "ko": ("미도리 찻집", "가게 앞에서 호지차를 볶는 찻집. 말차도 팝니다."),
        },
    ),
}

# (category, language, query, relevant slugs)
CASES = [
    # Words inside sentences
    ("sentence", "ja", "味噌", {"miso"}),
    ("sentence", "ja", "豆腐", {"tofu"}),
    ("sentence", "ja", "手ぬぐい", {"tenugui"}),
    ("sentence", "ja", "梅干し", {"umeboshi"}),
    ("sentence", "ja", "背景美術", {"seiran"}),
    ("sentence", "ja", "補助金", {"startup"}),
    ("sentence", "ja", "糠漬け", {"nukadoko"}),
    ("sentence", "ja", "焼酎", {"sake"}),
    ("sentence", "ja", "団子", {"dango"}),
    ("sentence", "ja", "包丁", {"blades"}),
    ("sentence", "zh-hans", "豆腐", {"tofu"}),
    ("sentence", "zh-hans", "背景美术", {"seiran"}),
    ("sentence", "zh-hant", "補助金", {"startup"}),
    ("sentence", "zh-hant", "手帕", {"aizome"}),
    ("sentence", "ko", "된장", {"miso"}),
    ("sentence", "ko", "두부", {"tofu"}),
    ("sentence", "ko", "보조금", {"startup"}),
    ("sentence", "ko", "식칼", {"blades"}),
    ("sentence", "en", "soybeans", {"miso"}),
    ("sentence", "en", "handkerchief", {"aizome"}),
    # Readings, scripts and other names of the same thing
    ("variant", "ja", "みそ", {"miso"}),
    ("variant", "ja", "とうふ", {"tofu"}),
    ("variant", "ja", "てぬぐい", {"tenugui"}),
    ("variant", "ja", "うめぼし", {"umeboshi"}),
    ("variant", "ja", "煎餅", {"senbei"}),
    ("variant", "ja", "ぬかづけ", {"nukadoko"}),
    ("variant", "ja", "だんご", {"dango"}),
    ("variant", "ja", "きりこ", {"kiriko"}),
    ("variant", "ja", "こもん", {"komon"}),
    ("variant", "ja", "ホウジ茶", {"tea"}),
    ("variant", "ja", "そば", {"soba", "komugi"}),  # komugi says 駅のそば ("near the station")
    ("variant", "ko", "미소", {"miso"}),
    ("variant", "ko", "매실장아찌", {"umeboshi"}),
    ("variant", "ko", "애니", {"seiran", "cels"}),
    ("variant", "en", "tenugui", {"tenugui"}),
    ("variant", "en", "cut glass", {"kiriko"}),
    ("variant", "en", "buckwheat noodles", {"soba"}),
    ("variant", "en", "rice crackers", {"senbei"}),
    ("variant", "en", "pickled plums", {"umeboshi"}),
    ("variant", "en", "soybean paste", {"miso"}),
    ("variant", "zh-hans", "大酱", {"miso"}),
    ("variant", "zh-hant", "和果子", {"dango"}),
    ("variant", "zh-hant", "江戶切子", {"kiriko"}),
    ("variant", "zh-hant", "练马", {"startup", "cowork", "komugi", "daikon-fest", "tofu", "stand", "komon"}),
    # Place names
    ("place", "ja", "光が丘", {"kiriko"}),
    ("place", "ja", "光ケ丘", {"kiriko"}),
    ("place", "ja", "石神井公園", {"umeboshi"}),
    ("place", "ja", "関町", {"nukadoko"}),
    ("place", "ja", "富士見台", {"soba"}),
    ("place", "en", "Hikarigaoka", {"kiriko"}),
    ("place", "en", "Shakujii Park", {"umeboshi"}),
    ("place", "en", "Shakujii-koen", {"umeboshi"}),
    ("place", "en", "Oizumi-gakuen", {"miso"}),
    ("place", "en", "Oizumigakuen Station", {"miso"}),
    ("place", "en", "Ekoda-eki", {"senbei"}),
    ("place", "en", "Fujimi Street", {"fujimi"}),
    ("place", "en", "Fujimidori", {"fujimi"}),
    ("place", "en", "Nerima Station", {"cowork"}),
    ("place", "zh-hans", "樱台", {"seiran"}),
    ("place", "ko", "사쿠라다이", {"seiran"}),
    ("place", "ko", "오이즈미가쿠엔", {"miso"}),
    ("place", "ko", "샤쿠지이", {"umeboshi"}),
    # Korean spacing, particles, one syllable
    ("korean", "ko", "체험학습", {"taiken"}),
    ("korean", "ko", "체험 학습", {"taiken"}),
    ("korean", "ko", "된장을", {"miso"}),
    ("korean", "ko", "두부를", {"tofu"}),
    ("korean", "ko", "무", {"stand", "daikon-fest"}),
    ("korean", "ko", "공방", {"tenugui", "kiriko", "loom", "aizome"}),
    ("korean", "ko", "빵집이", {"komugi"}),
    ("korean", "ko", "염색", {"tenugui", "komon", "aizome"}),
    ("korean", "ko", "상점가", {"senbei", "fujimi"}),
    # English compounds and plurals
    ("english", "en", "co-working", {"cowork"}),
    ("english", "en", "coworking", {"cowork"}),
    ("english", "en", "email", {"cowork"}),
    ("english", "en", "woman", {"loom"}),
    ("english", "en", "leaf", {"loom"}),
    ("english", "en", "loaf", {"komugi"}),
    ("english", "en", "knife", {"blades"}),
    ("english", "en", "startup", {"startup"}),
    ("english", "en", "start-up", {"startup"}),
    # Several words
    ("multi", "en", "Nerima daikon", {"daikon-fest"}),
    ("multi", "en", "background art", {"seiran"}),
    ("multi", "en", "colour design", {"seiran"}),
    ("multi", "ja", "大泉 味噌", {"miso"}),
    ("multi", "ja", "江古田 せんべい", {"senbei"}),
    ("multi", "zh-hans", "创业 咨询", {"startup"}),
    ("multi", "ko", "배경 미술", {"seiran"}),
    # Nothing to find
    ("nothing", "ja", "寿司", set()),
    ("nothing", "ja", "ラーメン", set()),
    ("nothing", "en", "pizza", set()),
    ("nothing", "en", "sushi", set()),
    ("nothing", "ko", "김치", set()),
    ("nothing", "zh-hans", "火锅", set()),
]
