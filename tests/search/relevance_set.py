"""The relevance test set: queries over the demo content, in five languages, with the pages
a visitor would count as a good answer (by slug; a slug is the same in every language).

A page is relevant when the text the visitor is shown (the page in their language, or the
Japanese original where there is no translation) says the thing asked for, in the query's
words or those of one of the demo's synonym groups: a Chinese query is not expected to find
a Japanese original that says the same in Japanese words, unless a synonym group links them. Categories: words inside sentences, readings and spelling variants,
English stems, multi-word queries, area queries, full-/half-width forms, single-character
words, and queries that should find nothing.
"""

PICKLE_MAKERS = {"shiraishi-tsukemono", "yoshioka-honpo", "honda-shoten", "nukazuke-sakura", "koike-shokuhin"}
PICKLES = PICKLE_MAKERS | {
    "industries",
    "monozukuri-fair",
    "takuan-factory-tour",
    "barrel-pickling-workshop",
    "nukazuke-class",
    "daikon-drying-racks",
    "ninety-years-in-cedar",
    "children-at-the-factory",
    "met-at-the-seminar",
    "about",
    "home",
}
TAKUAN = {
    "shiraishi-tsukemono",
    "yoshioka-honpo",
    "honda-shoten",
    "takuan-factory-tour",
    "barrel-pickling-workshop",
    "daikon-drying-racks",
    "ninety-years-in-cedar",
    "industries",
}
DAIKON = TAKUAN | {"miyakoya", "yaosei", "koike-shokuhin", "studio-himawariza", "hidamari-street", "komugido"}
STUDIOS = {
    "studio-himawariza",
    "sakuradai-animation",
    "ekoda-motion-works",
    "shakujii-background-art",
    "hikarigaoka-pictures",
}
ANIME = STUDIOS | {
    "anime",
    "anime-studio-week",
    "anime-studio-tour",
    "background-art-atelier",
    "what-hand-drawing-teaches",
    "backgrounds-begin-in-the-park",
    "koshoten-irohado",
    "stories",
    "about",
    "home",
}
DOLLS = {"edo-kimekomi-dolls", "omori-kenji", "murata-sayori", "from-office-to-dolls", "crafts"}
KOMON = {
    "tokyo-some-komon",
    "onodera-koichi",
    "arai-tatsuya",
    "komon-dyeing-workshop",
    "lines-as-fine-as-a-hair",
    "gofuku-fujimura",
}
DYEING = KOMON | {"tokyo-tegaki-yuzen", "yajima-kazuko", "crafts"}
SWEETS = {"miyakoya", "fukujuan", "wagashi-making-tour", "third-generation-bean-paste", "monozukuri-fair"}
NUKAZUKE = {"nukazuke-sakura", "nukazuke-class", "met-at-the-seminar"}
SASHIMONO = {"edo-sashimono", "shimizu-masaki", "sashimono-bench-visit"}
HAND_DRAWN = {"studio-himawariza", "anime-studio-tour", "what-hand-drawing-teaches", "hikarigaoka-pictures"}

# (category, language, query, relevant slugs)
CASES = [
    # Words inside sentences
    ("sentence", "ja", "沢庵", TAKUAN),
    ("sentence", "ja", "漬物", PICKLES),
    ("sentence", "ja", "大根", DAIKON),
    ("sentence", "ja", "人形", DOLLS),
    ("sentence", "ja", "友禅", {"tokyo-tegaki-yuzen", "yajima-kazuko", "arai-tatsuya"}),
    ("sentence", "ja", "豆腐", {"tofu-mamekichi"}),
    ("sentence", "ja", "染小紋", KOMON | {"monozukuri-fair"}),
    (
        "sentence",
        "ja",
        "背景美術",
        {
            "shakujii-background-art",
            "background-art-atelier",
            "backgrounds-begin-in-the-park",
            "anime",
            "anime-studio-week",
        },
    ),
    ("sentence", "ja", "和菓子", SWEETS | {"yuyake-yokocho"}),
    ("sentence", "ja", "ほうじ茶", {"shofuen"}),
    ("sentence", "ja", "コロッケ", {"niku-no-takahashi", "summer-festival-backstage"}),
    ("sentence", "ja", "包丁", {"marukichi-kanamono", "hardware-shop-succession"}),
    ("sentence", "ja", "融資", {"small-business-loans", "startup-seminars"}),
    ("sentence", "ja", "事業承継", {"hardware-shop-succession", "business-consultation"}),
    ("sentence", "ja", "指物", SASHIMONO | {"monozukuri-fair"}),
    ("sentence", "ja", "漬け込み", TAKUAN),
    ("sentence", "ja", "豆大福", {"fukujuan"}),
    ("sentence", "zh-hans", "腌菜", PICKLES),
    ("sentence", "zh-hans", "萝卜", DAIKON),
    ("sentence", "zh-hans", "工作室", {"anime", "tourism", "studio-himawariza"}),
    ("sentence", "zh-hans", "手绘", {"studio-himawariza"}),
    ("sentence", "zh-hans", "和果子", {"miyakoya", "hidamari-street"}),
    ("sentence", "zh-hant", "醃菜", PICKLES),
    ("sentence", "zh-hant", "蘿蔔", DAIKON),
    ("sentence", "zh-hant", "手繪", {"studio-himawariza"}),
    ("sentence", "ko", "단무지", TAKUAN),
    ("sentence", "ko", "절임", PICKLES),
    ("sentence", "ko", "손그림", {"studio-himawariza"}),
    ("sentence", "ko", "모나카", {"miyakoya"}),
    ("sentence", "ko", "스튜디오", {"anime", "tourism", "studio-himawariza"}),
    # Readings and spelling variants
    ("variant", "ja", "たくあん", TAKUAN),
    ("variant", "ja", "タクアン", TAKUAN),
    ("variant", "ja", "takuan", TAKUAN),
    ("variant", "ja", "漬け物", PICKLES),
    ("variant", "ja", "つけもの", PICKLES),
    ("variant", "ja", "アニメーション", ANIME),
    ("variant", "ja", "あにめ", ANIME),
    ("variant", "ja", "だいこん", DAIKON),
    ("variant", "ja", "ダイコン", DAIKON),
    ("variant", "ja", "糠漬け", NUKAZUKE),
    ("variant", "ja", "ぬかづけ", NUKAZUKE),
    ("variant", "ja", "ホウジ茶", {"shofuen"}),
    ("variant", "en", "tsukemono", PICKLES),
    ("variant", "zh-hans", "泽庵", TAKUAN),
    ("variant", "zh-hant", "澤庵", TAKUAN),
    ("variant", "ko", "애니메이션", ANIME),
    # English stems
    ("stem", "en", "pickles", PICKLES),
    ("stem", "en", "pickled", PICKLES),
    ("stem", "en", "pickle", PICKLES),
    ("stem", "en", "dolls", DOLLS),
    ("stem", "en", "doll", DOLLS),
    ("stem", "en", "dyeing", DYEING),
    ("stem", "en", "dyed", DYEING),
    ("stem", "en", "loans", {"small-business-loans", "startup-seminars"}),
    ("stem", "en", "loan", {"small-business-loans", "startup-seminars"}),
    ("stem", "en", "seminars", {"startup-seminars", "met-at-the-seminar"}),
    ("stem", "en", "croquettes", {"niku-no-takahashi", "summer-festival-backstage"}),
    ("stem", "en", "animators", {"what-hand-drawing-teaches", "studio-himawariza", "anime-studio-tour", "stories"}),
    ("stem", "en", "stencils", KOMON | {"crafts"}),
    # Multi-word
    ("multi", "en", "studio tour", {"anime-studio-tour", "anime-studio-week", "background-art-atelier", "tourism"}),
    ("multi", "en", "cedar barrels", {"honda-shoten", "ninety-years-in-cedar", "barrel-pickling-workshop"}),
    ("multi", "en", "hand drawn animation", {"anime-studio-tour", "what-hand-drawing-teaches"}),
    ("multi", "ja", "手描き 作画", {"what-hand-drawing-teaches", "studio-himawariza", "anime-studio-tour"}),
    # Areas
    ("area", "ja", "大泉 漬物", {"yoshioka-honpo"}),
    ("area", "ja", "石神井 パン", {"komugido", "keyaki-street"}),
    ("area", "ja", "光が丘 人形", {"murata-sayori"}),
    ("area", "ja", "関町 沢庵", {"honda-shoten", "barrel-pickling-workshop"}),
    ("area", "ja", "江古田 喫茶店", {"coffee-roba", "yuyake-yokocho"}),
    ("area", "en", "Oizumi pickles", {"yoshioka-honpo"}),
    ("area", "en", "Shakujii bakery", {"komugido", "keyaki-street"}),
    ("area", "en", "Seki takuan", {"honda-shoten"}),
    ("area", "en", "Ekoda coffee", {"coffee-roba", "yuyake-yokocho"}),
    (
        "area",
        "zh-hans",
        "大泉",
        {"studio-himawariza", "shimizu-masaki", "yoshioka-honpo", "sashimono-bench-visit", "anime-studio-tour"},
    ),
    ("area", "ko", "오이즈미", {"studio-himawariza"}),
    # Full-width and half-width forms
    ("width", "ja", "ｱﾆﾒ", ANIME),
    ("width", "ja", "ＡＮＩＭＥ", ANIME),
    ("width", "ja", "ﾎｳｼﾞ茶", {"shofuen"}),
    ("width", "ja", "ﾀｸｱﾝ", TAKUAN),
    ("width", "en", "ＳＡＫＥ", {"saketen-ishigami", "keyaki-street"}),
    ("width", "en", "ＴＡＫＵＡＮ", TAKUAN),
    # Single-character words
    ("single", "ja", "匠", {"miyakoya", "from-office-to-dolls", "wagashi-making-tour"}),
    ("single", "zh-hans", "匠", {"onodera-koichi", "miyakoya", "crafts", "stories"}),
    ("single", "ja", "樽", TAKUAN | {"nukazuke-sakura"}),
    ("single", "ja", "蔵", {"takuan-factory-tour", "shiraishi-tsukemono", "saketen-ishigami"}),
    ("single", "ja", "庵", TAKUAN | {"fukujuan"}),
    # Nothing to find
    ("nothing", "ja", "寿司", set()),
    ("nothing", "ja", "ラーメン", set()),
    ("nothing", "en", "pizza", set()),
    ("nothing", "en", "xyzzy", set()),
    ("nothing", "ko", "김치", set()),
    ("nothing", "zh-hans", "火锅", set()),
]
