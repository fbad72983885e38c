"""Open data in the national layouts: CSV files built from the live site on every request.

Datasets (column lists in docs/open-data.md, with their sources):

- 観光施設一覧 (tourism facilities): shops, pickle makers, anime studios and master
  craftsmen's workshops, in the 推奨データセット layout (v1, 30 columns) and in the
  自治体標準オープンデータセット layout (v2) as far as its columns could be confirmed (the seven
  leading ones; the open-data page says so);
- イベント一覧 (events): one row per tour session, v1 layout (32 columns).

Rows are the Japanese originals of live, public pages, with the English translation's title
and introduction where one is published. UTF-8 with a byte-order mark (spreadsheet programs
need it to read UTF-8), CRLF line ends, one header row. Nothing about visitors is in them.
Pages are read through `apps.get_model`, so core does not import the section apps.
"""

import csv
import io

from django.apps import apps
from django.db.models import Max
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from core.opening_hours import sorted_entries
from core.public_urls import page_public_url, public_url
from core.structured_data import price_amount
from core.view_restrictions import public_q

# 練馬区: 全国地方公共団体コード (with its check digit), prefecture and city names.
LOCAL_GOVERNMENT_CODE = "131202"
PREFECTURE = "東京都"
CITY = "練馬区"

FACILITY_COLUMNS_V1 = [
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
# The leading columns of the v2 layout that could be confirmed (a prefecture's published
# 11_観光施設一覧.xlsx); the rest of v2 is not published until its template is checked.
FACILITY_COLUMNS_V2 = ["全国地方公共団体コード", "法人番号", "ID", "地方公共団体名", "名称", "名称_カナ", "名称_英語"]
EVENT_COLUMNS_V1 = [
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

# The page types that are tourism facilities, with what the 備考 column calls them.
FACILITY_MODELS = [
    ("industries.ShopPage", "店舗"),
    ("industries.PickleMakerPage", "漬物製造所"),
    ("anime.AnimeStudioPage", "アニメスタジオ"),
    ("crafts.MasterCraftsmanPage", "名工の工房"),
]
WEEKDAY_NAMES = "月火水木金土日"
SESSION_LANGUAGES = {
    "ja": "日本語",
    "en": "英語",
    "zh-hans": "中国語（簡体字）",
    "zh-hant": "中国語（繁体字）",
    "ko": "韓国語",
}


def japanese_pages(model):
    """Live, public Japanese originals of a page type, in title order."""
    return model.objects.live().filter(public_q(), locale__language_code="ja").order_by("title", "pk")


def english_versions(pages):
    """{translation_key: English translation} for pages that have a published one."""
    keys = [page.translation_key for page in pages]
    translations = Page.objects.live().filter(
        public_q(), translation_key__in=keys, locale__language_code="en", alias_of__isnull=True
    )
    return {page.translation_key: page.specific for page in translations.exclude(live_revision__isnull=True)}


def weekly_columns(entries):
    """利用可能曜日, 開始時間, 終了時間 of a structured week (the earliest opening, the latest closing)."""
    entries = sorted_entries(entries)
    if not entries:
        return "", "", ""
    days = ",".join(WEEKDAY_NAMES[day] for day in sorted({entry["day"] for entry in entries}))
    return days, min(entry["opens"] for entry in entries), max(entry["closes"] for entry in entries)


def facility_list():
    """One dict per facility: the v1 columns by name."""
    rows = []
    for label, kind in FACILITY_MODELS:
        model = apps.get_model(label)
        pages = list(japanese_pages(model).select_related("locale", "listing_image", model.main_image_field))
        english = english_versions(pages)
        for page in pages:
            days, opens, closes = weekly_columns(getattr(page, "weekly_hours", []))
            notes = [getattr(page, "opening_hours", ""), getattr(page, "closed_days", "")]
            image = page.card_image
            en = english.get(page.translation_key)
            rows.append(
                {
                    "名称": getattr(page, "workshop_name", "") or page.title,
                    "名称_カナ": "",
                    "名称_英語": en.title if en else "",
                    "住所": page.address,
                    "緯度": page.latitude if page.latitude is not None else "",
                    "経度": page.longitude if page.longitude is not None else "",
                    "利用可能曜日": days,
                    "開始時間": opens,
                    "終了時間": closes,
                    "利用可能日時特記事項": " ".join(note for note in notes if note),
                    "説明": page.introduction,
                    "説明_英語": en.introduction if en else "",
                    "アクセス方法": page.access,
                    "バリアフリー情報": getattr(page, "accessibility_notes", ""),
                    "連絡先名称": page.title if getattr(page, "phone", "") else "",
                    "連絡先電話番号": getattr(page, "phone", ""),
                    "画像": public_url(image.file.url) if image else "",
                    "URL": page_public_url(page),
                    "備考": kind if not getattr(page, "workshop_name", "") else f"{kind}（{page.title}）",
                    "ID": f"{model._meta.model_name}-{page.translation_key}",
                }
            )
    return rows


def event_list():
    """One dict per tour session of a live, public tour (the v1 columns by name)."""
    tour_model = apps.get_model("tourism.TourPage")
    session_model = apps.get_model("tourism.TourSession")
    tours = {tour.pk: tour for tour in japanese_pages(tour_model)}
    english = english_versions(list(tours.values()))
    hosts = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[tour.host_id for tour in tours.values() if tour.host_id]).specific()
    }
    sessions = session_model.objects.filter(tour__in=list(tours)).order_by("starts_at", "pk")
    rows = []
    for session in sessions:
        tour = tours[session.tour_id]
        host = hosts.get(tour.host_id)
        en = english.get(tour.translation_key)
        starts, ends = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
        closes = timezone.localtime(session.signups_close_at)
        rows.append(
            {
                "イベント名": tour.title,
                "イベント名_カナ": "",
                "イベント名_英語": en.title if en else "",
                "開始日": starts.date().isoformat(),
                "終了日": ends.date().isoformat(),
                "開始時間": starts.strftime("%H:%M"),
                "終了時間": ends.strftime("%H:%M"),
                "説明": tour.introduction,
                "料金(基本)": price_amount(tour.price),
                "料金(詳細)": tour.price,
                "連絡先名称": host.title if host and getattr(host, "phone", "") else "",
                "連絡先電話番号": getattr(host, "phone", "") if host else "",
                "主催者": host.title if host else CITY,
                "場所名称": session.meeting_point or tour.meeting_point,
                "住所": getattr(host, "address", "") if host else "",
                "緯度": getattr(host, "latitude", None) or "",
                "経度": getattr(host, "longitude", None) or "",
                "アクセス方法": getattr(host, "access", "") if host else "",
                "定員": session.capacity,
                "参加申込終了日": closes.date().isoformat(),
                "参加申込終了時間": closes.strftime("%H:%M"),
                "参加申込方法": "ウェブサイトの申込フォーム",
                "URL": page_public_url(tour),
                "備考": f"使用言語: {SESSION_LANGUAGES.get(session.language, session.language)}",
            }
        )
    return rows


def facility_rows_v1(rows):
    for number, row in enumerate(rows, start=1):
        yield [
            {
                "都道府県コード又は市区町村コード": LOCAL_GOVERNMENT_CODE,
                "NO": number,
                "都道府県名": PREFECTURE,
                "市区町村名": CITY,
                **row,
            }.get(column, "")
            for column in FACILITY_COLUMNS_V1
        ]


def facility_rows_v2(rows):
    for row in rows:
        values = {"全国地方公共団体コード": LOCAL_GOVERNMENT_CODE, "地方公共団体名": PREFECTURE + CITY, **row}
        yield [values.get(column, "") for column in FACILITY_COLUMNS_V2]


def event_rows_v1(rows):
    for number, row in enumerate(rows, start=1):
        values = {
            "都道府県コード又は市区町村コード": LOCAL_GOVERNMENT_CODE,
            "NO": number,
            "都道府県名": PREFECTURE,
            "市区町村名": CITY,
            **row,
        }
        yield [values.get(column, "") for column in EVENT_COLUMNS_V1]


def csv_response(filename, header, rows):
    """UTF-8 CSV with a byte-order mark and CRLF line ends, as the national guideline asks."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    response = HttpResponse(("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# The datasets the open-data page lists: file name, header, rows, and what their update time is read from.
DATASETS = {
    "facilities-v1": (f"{LOCAL_GOVERNMENT_CODE}_tourism.csv", FACILITY_COLUMNS_V1, "v1"),
    "facilities-v2": (f"{LOCAL_GOVERNMENT_CODE}_tourism.csv", FACILITY_COLUMNS_V2, "v2"),
    "events-v1": (f"{LOCAL_GOVERNMENT_CODE}_event.csv", EVENT_COLUMNS_V1, "v1"),
}


def facilities_v1(request):
    return csv_response(DATASETS["facilities-v1"][0], FACILITY_COLUMNS_V1, facility_rows_v1(facility_list()))


def facilities_v2(request):
    return csv_response(DATASETS["facilities-v2"][0], FACILITY_COLUMNS_V2, facility_rows_v2(facility_list()))


def events_v1(request):
    return csv_response(DATASETS["events-v1"][0], EVENT_COLUMNS_V1, event_rows_v1(event_list()))


def datasets_updated_at():
    """When the facilities and the events last changed: the latest publication of their pages."""
    facility_models = [apps.get_model(label) for label, _kind in FACILITY_MODELS]
    facilities = [
        japanese_pages(model).aggregate(latest=Max("last_published_at"))["latest"] for model in facility_models
    ]
    events = japanese_pages(apps.get_model("tourism.TourPage")).aggregate(latest=Max("last_published_at"))["latest"]
    return {"facilities": max((value for value in facilities if value), default=None), "events": events}


def open_data_page(request):
    """The open-data page: every dataset, its layout, licence, update time and download link."""
    updated = datasets_updated_at()
    datasets = [
        {"key": "facilities-v1", "updated_at": updated["facilities"]},
        {"key": "facilities-v2", "updated_at": updated["facilities"]},
        {"key": "events-v1", "updated_at": updated["events"]},
    ]
    for dataset in datasets:
        filename, header, layout = DATASETS[dataset["key"]]
        dataset.update(
            url=reverse(f"open_data_{dataset['key'].replace('-', '_')}"),
            filename=filename,
            layout=layout,
            columns=len(header),
        )
    return render(request, "core/open_data.html", {"datasets": datasets, "code": LOCAL_GOVERNMENT_CODE})
