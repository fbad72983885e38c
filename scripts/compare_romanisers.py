"""Compare cutlet and pykakasi as romanisers of the demo's Japanese page titles (slug proposals).

Each demo title has a reference reading (modified Hepburn, written by hand; loanwords may
also be spelt as the English word). A romaniser's slug counts as right when it reads the
same as the reference, ignoring word breaks and how long vowels are spelt (kōen, kouen and
koen are one reading). Reported: titles read right, time per title, size installed.

    uv run --no-project --with cutlet --with unidic-lite --with pykakasi --with pyyaml python scripts/compare_romanisers.py

Run from the repository root; neither package needs Django. The result is in docs/editors.md
("Slugs of Japanese pages").
"""

import importlib.metadata
import re
import sys
import time
from pathlib import Path

import yaml

DEMO_DATA = Path(__file__).resolve().parents[1] / "demo" / "data"


class _TitleLoader(yaml.SafeLoader):
    """Reads the demo data files without the demo's tags (references, streams): only titles are needed."""


_TitleLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def demo_titles():
    """The Japanese titles of the demo pages, in build order (demo/data/index.yaml)."""
    index = yaml.safe_load((DEMO_DATA / "index.yaml").read_text(encoding="utf-8"))
    titles = []
    for section in index["sections"]:
        pages = yaml.load((DEMO_DATA / section / "pages.yaml").read_text(encoding="utf-8"), Loader=_TitleLoader)  # noqa: S506 (a SafeLoader)
        titles += [page["fields"]["title"]["ja"] for page in pages if page["parent"] is not None]
    return titles


# title -> accepted readings (hyphens between words; any alternative may be matched)
REFERENCES = {
    "産業・商店街": ["sangyo-shotengai"],
    "伝統工芸": ["dento-kogei"],
    "アニメ": ["anime"],
    "フェア・見学会": ["fea-kengakukai", "fair-kengakukai"],
    "ストーリー": ["sutori", "story"],
    "アクセス": ["akusesu", "access"],
    "個人情報の取り扱い": ["kojin-joho-no-toriatsukai"],
    "お問い合わせ": ["otoiawase"],
    "このサイトについて": ["kono-saito-ni-tsuite", "kono-site-ni-tsuite"],
    "練馬北口ひだまり商店街": ["nerima-kitaguchi-hidamari-shotengai"],
    "石神井けやき通り商店会": ["shakujii-keyaki-dori-shotenkai"],
    "江古田ゆうやけ横丁": ["ekoda-yuyake-yokocho", "egota-yuyake-yokocho"],  # both are readings of 江古田
    "菓匠 みやこ屋": ["kasho-miyakoya"],
    "お茶と海苔の 松風園": ["ocha-to-nori-no-shofuen"],
    "肉のたかはし": ["niku-no-takahashi"],
    "丸吉金物店": ["marukichi-kanamonoten"],
    "石神井ベーカリー こむぎ堂": ["shakujii-bekari-komugido", "shakujii-bakery-komugido"],
    "八百清": ["yaosei"],
    "酒舗 いしがみ": ["shuho-ishigami"],
    "呉服 ふじむら": ["gofuku-fujimura"],
    "珈琲 ろば": ["kohi-roba"],
    "古書 いろは堂": ["kosho-irohado"],
    "豆大福の 福寿庵": ["mamedaifuku-no-fukujuan"],
    "関町 豆腐店 まめ吉": ["sekimachi-tofuten-mamekichi"],
    "白石漬物店": ["shiraishi-tsukemonoten"],
    "ねりま漬 吉岡本舗": ["nerimazuke-yoshioka-honpo"],
    "関町 木樽漬の 本田商店": ["sekimachi-kidaruzuke-no-honda-shoten"],
    "光が丘 ぬか漬け工房 さくら": ["hikarigaoka-nukazuke-kobo-sakura"],
    "富士見台 小池食品": ["fujimidai-koike-shokuhin"],
    "経営・創業よろず相談": ["keiei-sogyo-yorozu-sodan"],
    "小規模事業者向け融資あっせん": ["shokibo-jigyosha-muke-yushi-assen"],
    "創業セミナーと異業種交流会": ["sogyo-semina-to-igyoshu-koryukai", "sogyo-seminar-to-igyoshu-koryukai"],
    "東京染小紋": ["tokyo-somekomon"],
    "東京手描友禅": ["tokyo-tegaki-yuzen"],
    "江戸木目込人形": ["edo-kimekomi-ningyo"],
    "江戸指物": ["edo-sashimono"],
    "小野寺 浩一": ["onodera-koichi"],
    "矢島 和子": ["yajima-kazuko"],
    "大森 健二": ["omori-kenji"],
    "清水 正樹": ["shimizu-masaki"],
    "村田 さより": ["murata-sayori"],
    "新井 達也": ["arai-tatsuya"],
    "スタジオひまわり座": ["sutajio-himawariza", "studio-himawariza"],
    "桜台アニメーション": ["sakuradai-animeshon", "sakuradai-animation"],
    "江古田モーションワークス": ["ekoda-moshon-wakusu", "ekoda-motion-works", "egota-motion-works"],
    "石神井背景美術": ["shakujii-haikei-bijutsu"],
    "光が丘ピクチャーズ": ["hikarigaoka-pikuchazu", "hikarigaoka-pictures"],
    "ねりま ものづくり産業フェア": ["nerima-monozukuri-sangyo-fea", "nerima-monozukuri-sangyo-fair"],
    "練馬アニメスタジオ見学ウィーク": ["nerima-anime-sutajio-kengaku-uiku", "nerima-anime-studio-kengaku-week"],
    "沢庵の蔵見学と食べくらべ": ["takuan-no-kura-kengaku-to-tabekurabe"],
    "杉樽の漬け込み体験": ["sugidaru-no-tsukekomi-taiken"],
    "アニメスタジオ見学：手描き作画の現場": [
        "anime-sutajio-kengaku-tegaki-sakuga-no-genba",
        "anime-studio-kengaku-tegaki-sakuga-no-genba",
    ],
    "背景美術のアトリエ見学": ["haikei-bijutsu-no-atorie-kengaku", "haikei-bijutsu-no-atelier-kengaku"],
    "染小紋の工房見学と型付け体験": ["somekomon-no-kobo-kengaku-to-katatsuke-taiken"],
    "指物師の作業台見学": ["sashimonoshi-no-sagyodai-kengaku"],
    "和菓子の仕込み見学と上生菓子づくり": ["wagashi-no-shikomi-kengaku-to-jonamagashi-zukuri"],
    "ぬか床づくり教室と工房見学": ["nukadoko-zukuri-kyoshitsu-to-kobo-kengaku"],
    "12月、大根の干し場から": ["12gatsu-daikon-no-hoshiba-kara"],
    "三代目が守る、あんの炊き方": ["sandaime-ga-mamoru-an-no-takikata"],
    "髪の毛ほどの線を彫る": ["kami-no-ke-hodo-no-sen-o-horu"],
    "夏まつり、準備の舞台裏": ["natsumatsuri-junbi-no-butaiura"],
    "手描きの原画が教えてくれること": ["tegaki-no-genga-ga-oshiete-kureru-koto"],
    "杉樽とともに90年": ["sugidaru-to-tomo-ni-90nen"],
    "会社員から人形作家へ": ["kaishain-kara-ningyo-sakka-e"],
    "創業セミナーで出会った二人": ["sogyo-semina-de-deatta-futari", "sogyo-seminar-de-deatta-futari"],
    "背景美術は公園のスケッチから": [
        "haikei-bijutsu-wa-koen-no-suketchi-kara",
        "haikei-bijutsu-wa-koen-no-sketch-kara",
    ],
    "見学会で子どもたちが見たもの": ["kengakukai-de-kodomotachi-ga-mita-mono"],
    "朝採れ野菜がパンになるまで": ["asatore-yasai-ga-pan-ni-naru-made"],
    "金物店、事業承継の決断": ["kanamonoten-jigyo-shokei-no-ketsudan"],
}

LONG_VOWELS = [("ā", "a"), ("ī", "i"), ("ū", "u"), ("ē", "e"), ("ō", "o"), ("ou", "o"), ("oo", "o"), ("uu", "u"),
               ("aa", "a"), ("ee", "e")]  # fmt: skip


def reading(slug):
    """A slug reduced to its reading: no word breaks, one spelling of each long vowel, n before
    b/m/p, the particle を as o."""
    text = re.sub(r"(^|-)wo(-|$)", r"\1o\2", slug.lower())
    text = re.sub(r"[^a-z0-9āīūēō]", "", text)
    for long, short in LONG_VOWELS:
        text = text.replace(long, short)
    return re.sub(r"m(?=[bmp])", "n", text)


def cutlet_romaniser():
    import cutlet

    katsu = cutlet.Cutlet()
    return katsu.slug


def pykakasi_romaniser():
    import pykakasi

    kakasi = pykakasi.kakasi()

    def slug(title):
        words = (item["hepburn"] for item in kakasi.convert(title))
        return re.sub(r"[^a-z0-9]+", "-", "-".join(words).lower()).strip("-")

    return slug


def installed_megabytes(*distributions):
    total = 0
    for name in distributions:
        files = importlib.metadata.distribution(name).files or []
        total += sum(file.size or 0 for file in files)
    return total / 1_000_000


def main():
    titles = demo_titles()
    missing = [title for title in titles if title not in REFERENCES]
    if missing:
        sys.exit(f"No reference reading for: {missing}")
    contenders = {
        "cutlet": (cutlet_romaniser, ("cutlet", "fugashi", "unidic-lite", "mojimoji", "jaconv")),
        "pykakasi": (pykakasi_romaniser, ("pykakasi", "jaconv", "deprecated")),
    }
    for name, (make, distributions) in contenders.items():
        started = time.perf_counter()
        romanise = make()
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        slugs = {title: romanise(title) for title in titles}
        per_title = (time.perf_counter() - started) / len(titles) * 1000
        wrong = {t: s for t, s in slugs.items() if reading(s) not in {reading(r) for r in REFERENCES[t]}}
        print(
            f"{name}: {len(titles) - len(wrong)}/{len(titles)} titles read right, "
            f"{per_title:.2f} ms per title, {loaded:.2f} s to load, {installed_megabytes(*distributions):.0f} MB installed"
        )
        for title, slug in wrong.items():
            print(f"    {title} -> {slug}   (expected {REFERENCES[title][0]})")


if __name__ == "__main__":
    main()
