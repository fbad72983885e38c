"""Open-data CSVs in the national layouts (headers equal the official column lists, UTF-8
with BOM, values round-trip) and the open-data page."""

import csv
import io

from django.test import override_settings

from wagtail.models import PageViewRestriction

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from industries.factories import IndustriesIndexPageFactory, PickleMakerPageFactory, ShopPageFactory
from tests.base import SiteTestCase
from tourism.factories import TourismIndexPageFactory, TourPageFactory, TourSessionFactory, TourSignupFactory

ORIGIN = "https://www.example.org"

# The official column lists (../shared/open-data-layouts.md; docs/open-data.md).
OFFICIAL_FACILITY_V1 = [
    "都道府県コード又は市区町村コード",
    "NO",
    "都道府県名",
    "市区町村名",
    "名称",
    "名称_カナ",
    "名称_英語",
    "POIコード",
    "住所",
    "方書",
    "緯度",
    "経度",
    "利用可能曜日",
    "開始時間",
    "終了時間",
    "利用可能日時特記事項",
    "料金（基本）",
    "料金（詳細）",
    "説明",
    "説明_英語",
    "アクセス方法",
    "駐車場情報",
    "バリアフリー情報",
    "連絡先名称",
    "連絡先電話番号",
    "連絡先内線番号",
    "画像",
    "画像_ライセンス",
    "URL",
    "備考",
]
OFFICIAL_EVENT_V1 = [
    "都道府県コード又は市区町村コード",
    "NO",
    "都道府県名",
    "市区町村名",
    "イベント名",
    "イベント名_カナ",
    "イベント名_英語",
    "開始日",
    "終了日",
    "開始時間",
    "終了時間",
    "開始日時特記事項",
    "説明",
    "料金(基本)",
    "料金(詳細)",
    "連絡先名称",
    "連絡先電話番号",
    "連絡先内線番号",
    "主催者",
    "場所名称",
    "住所",
    "方書",
    "緯度",
    "経度",
    "アクセス方法",
    "駐車場情報",
    "定員",
    "参加申込終了日",
    "参加申込終了時間",
    "参加申込方法",
    "URL",
    "備考",
]
CONFIRMED_FACILITY_V2 = ["全国地方公共団体コード", "法人番号", "ID", "地方公共団体名", "名称", "名称_カナ", "名称_英語"]


@override_settings(WAGTAILADMIN_BASE_URL=ORIGIN)
class OpenDataCsvTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(industries, "en")
        cls.shop = ShopPageFactory(
            parent=industries,
            slug="shop",
            title="大根の店",
            address="東京都練馬区練馬1-0-2",
            latitude="35.737000",
            longitude="139.654000",
            phone="03-0000-0102",
            closed_days="祝日",
        )
        cls.translate(cls.shop, "en", title="Radish shop", introduction="A radish shop.")
        cls.maker = PickleMakerPageFactory(parent=industries, slug="maker", weekly_hours=[])
        cls.secret = ShopPageFactory(parent=industries, slug="secret", title="秘密の店")
        PageViewRestriction.objects.create(page=cls.secret, restriction_type=PageViewRestriction.LOGIN)
        ShopPageFactory(parent=industries, slug="draft", title="下書きの店", live=False)
        AnimeStudioPageFactory(parent=AnimeIndexPageFactory(parent=cls.home), slug="studio")
        tourism = TourismIndexPageFactory(parent=cls.home)
        cls.tour = TourPageFactory(parent=tourism, slug="tour", host=cls.shop, price="500円（試食つき）")
        cls.session = TourSessionFactory(tour=cls.tour, capacity=8, language="en")
        TourSignupFactory(session=cls.session, name="Hanako Private", email="hanako@example.com")
        # Update times are the last publication of the pages in each dataset.
        cls.shop.save_revision().publish()
        cls.tour.save_revision().publish()

    def read(self, url):
        response = self.get(url)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertTrue(response.content.startswith(b"\xef\xbb\xbf"), "no byte-order mark")
        text = response.content.decode("utf-8-sig")
        self.assertIn("\r\n", text)
        rows = list(csv.reader(io.StringIO(text)))
        return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]

    def test_facilities_v1_headers_and_values(self):
        header, rows = self.read("/open-data/v1/131202_tourism.csv")
        self.assertEqual(header, OFFICIAL_FACILITY_V1)
        by_name = {row["名称"]: row for row in rows}
        self.assertNotIn("秘密の店", by_name)
        self.assertNotIn("下書きの店", by_name)
        shop = by_name["大根の店"]
        self.assertEqual(
            {key: shop[key] for key in ("都道府県コード又は市区町村コード", "都道府県名", "市区町村名")},
            {"都道府県コード又は市区町村コード": "131202", "都道府県名": "東京都", "市区町村名": "練馬区"},
        )
        self.assertEqual((shop["名称_英語"], shop["説明_英語"]), ("Radish shop", "A radish shop."))
        self.assertEqual((shop["緯度"], shop["経度"]), ("35.737000", "139.654000"))
        self.assertEqual(
            (shop["利用可能曜日"], shop["開始時間"], shop["終了時間"]), ("月,火,水,木,金,土", "10:00", "19:00")
        )
        self.assertEqual(shop["利用可能日時特記事項"], "祝日")
        self.assertEqual(shop["URL"], f"{ORIGIN}/ja/industries/shop/")
        self.assertEqual([row["NO"] for row in rows], [str(number) for number in range(1, len(rows) + 1)])
        self.assertEqual(len(rows), 3)  # the shop, the maker, the studio

    def test_facilities_v2_has_the_confirmed_columns(self):
        header, rows = self.read("/open-data/v2/131202_tourism.csv")
        self.assertEqual(header, CONFIRMED_FACILITY_V2)
        shop = next(row for row in rows if row["名称"] == "大根の店")
        self.assertEqual((shop["全国地方公共団体コード"], shop["地方公共団体名"]), ("131202", "東京都練馬区"))
        self.assertTrue(shop["ID"].startswith("shoppage-"))
        self.assertEqual(len({row["ID"] for row in rows}), len(rows))

    def test_events_one_row_per_session_without_visitor_data(self):
        response = self.get("/open-data/v1/131202_event.csv")
        self.assertNotIn("Hanako", response.content.decode("utf-8-sig"))
        header, rows = self.read("/open-data/v1/131202_event.csv")
        self.assertEqual(header, OFFICIAL_EVENT_V1)
        self.assertEqual(len(rows), 1)
        event = rows[0]
        self.assertRegex(event["開始日"], r"^\d{4}-\d\d-\d\d$")
        self.assertRegex(event["開始時間"], r"^\d\d:\d\d$")
        self.assertEqual((event["定員"], event["料金(基本)"], event["料金(詳細)"]), ("8", "500", "500円（試食つき）"))
        self.assertEqual((event["主催者"], event["住所"]), ("大根の店", "東京都練馬区練馬1-0-2"))
        self.assertEqual(event["場所名称"], self.tour.meeting_point)
        self.assertEqual(event["備考"], "使用言語: 英語")

    def test_the_open_data_page_lists_every_dataset_with_its_licence(self):
        for code in ("ja", "en", "ko"):
            with self.subTest(language=code):
                html = self.soup(self.get(f"/{code}/open-data/"))
                links = {a["href"] for a in html.select("a[download]")}
                self.assertEqual(
                    links,
                    {
                        "/open-data/v1/131202_tourism.csv",
                        "/open-data/v2/131202_tourism.csv",
                        "/open-data/v1/131202_event.csv",
                    },
                )
                self.assertEqual(len(html.find_all("a", rel="license")), 3)
                self.assertEqual(len(html.select("time[datetime]")), 3)
