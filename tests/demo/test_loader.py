"""Reading the demo data files (demo/loader.py) and checking them (demo/validation.py):
what the tags become, and errors that name the file and the entry."""

import tempfile
import textwrap
from pathlib import Path

from django.test import SimpleTestCase

from demo.builder import DemoBuilder
from demo.loader import DemoDataError, load_demo_data
from demo.specs import Block, Days, Items, Ref, Session, Stream, T
from demo.validation import validate

INDEX = """
sections: [site]
snippets: [areas]
contact_office: office
"""
AREAS = """
model: core.Area
lookup: name
items:
  - key: office
    fields:
      name: {ja: 練馬, en: Nerima}
"""
IMAGES = """
- key: street
  alt: {ja: 商店街のイラスト, en: Illustration of a shopping street, zh-hans: 商店街插图, zh-hant: 商店街插圖, ko: 상점가 일러스트}
  motif: street
  palette: ['#ffffff', '#000000']
  size: [300, 200]
"""
HOME = """
- key: home
  model: home.HomePage
  parent: null
  fields:
    title: {ja: 練馬, en: Nerima}
"""
STORY = """
- key: a-story
  model: home.StoryPage
  parent: home
  untranslated: [ko]
  fields:
    title: {ja: 話, en: A story}
    date: !days -3
    hero_image: !image street
    body: !stream
      - paragraph: {ja: <p>本文</p>, en: <p>Text</p>}
      - facts:
          facts: !items
            - label: {ja: 人口, en: Population}
              value: {ja: 約74万人, en: About 740,000}
  relations:
    topic_links:
      - topic: !snippet office
  sessions:
    - {days: 7, start: "10:00", minutes: 90, capacity: 4}
"""


class DemoDataTestCase(SimpleTestCase):
    def load(self, changes=None):
        """Load a data directory holding the small data set above, with {file name: text} `changes`."""
        contents = {
            "index.yaml": INDEX,
            "snippets/areas.yaml": AREAS,
            "site/images.yaml": IMAGES,
            "site/pages.yaml": HOME + STORY,
            **(changes or {}),
        }
        directory = Path(self.enterContext(tempfile.TemporaryDirectory()))
        for name, text in contents.items():
            (directory / name).parent.mkdir(parents=True, exist_ok=True)
            (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
        return load_demo_data(directory)


class LoaderTests(DemoDataTestCase):
    def test_the_tags_become_the_builders_specs(self):
        data = self.load()
        story = data.pages[0]
        self.assertEqual(data.home.key, "home")
        self.assertEqual(story.fields["title"], T({"ja": "話", "en": "A story"}))
        self.assertIsInstance(story.fields["title"], T)
        self.assertEqual(story.fields["date"], Days(-3))
        self.assertEqual(story.fields["hero_image"], Ref("image", "street"))
        self.assertIsInstance(story.fields["body"], Stream)
        paragraph, facts = story.fields["body"]
        self.assertEqual(paragraph, Block("paragraph", T({"ja": "<p>本文</p>", "en": "<p>Text</p>"})))
        self.assertIsInstance(facts.value["facts"], Items)
        self.assertIsInstance(facts.value["facts"].values[0]["label"], T)
        self.assertEqual(story.relations["topic_links"], [{"topic": Ref("snippet", "office")}])
        self.assertEqual(story.sessions, (Session(days=7, start="10:00", minutes=90, capacity=4),))
        self.assertEqual(data.images[0].size, (300, 200))
        self.assertEqual(data.contact_office, "office")

    def test_an_untranslated_language_is_left_out_of_the_page(self):
        story = self.load().pages[0]
        self.assertEqual(story.untranslated, {"ko"})
        self.assertNotIn("ko", story.languages)

    def test_the_projects_data_files_are_consistent(self):
        self.assertEqual(validate(load_demo_data()), [])


class LoaderErrorTests(DemoDataTestCase):
    def assertDataError(self, changes, *fragments):
        with self.assertRaises(DemoDataError) as raised:
            self.load(changes)
        for fragment in fragments:
            self.assertIn(fragment, str(raised.exception))

    def test_a_yaml_error_names_the_file(self):
        self.assertDataError({"site/pages.yaml": HOME + "- key: [unclosed\n"}, "site/pages.yaml", "line")

    def test_an_unknown_entry_names_the_file_and_the_page(self):
        self.assertDataError(
            {"site/pages.yaml": HOME + STORY + "  colour: red\n"}, "site/pages.yaml", "'a-story'", "'colour'"
        )

    def test_a_duplicate_key_is_named(self):
        self.assertDataError(
            {"site/pages.yaml": HOME + STORY + STORY}, "site/pages.yaml", "duplicate page key 'a-story'"
        )

    def test_an_unknown_language_to_leave_out(self):
        self.assertDataError({"site/pages.yaml": HOME + STORY.replace("[ko]", "[kr]")}, "'a-story'", "['kr']")

    def test_a_missing_file_is_named(self):
        self.assertDataError({"index.yaml": INDEX.replace("[areas]", "[areas, topics]")}, "snippets/topics.yaml")

    def test_an_unknown_image_field_names_the_image(self):
        self.assertDataError({"site/images.yaml": IMAGES + "  shade: 3\n"}, "site/images.yaml", "'street'", "shade")


class ValidationTests(DemoDataTestCase):
    def test_valid_data_has_no_problems(self):
        self.assertEqual(validate(self.load()), [])

    def test_an_unknown_reference_names_the_file_the_page_and_the_key(self):
        problems = validate(self.load({"site/pages.yaml": HOME + STORY.replace("!image street", "!image nowhere")}))
        self.assertEqual(problems, ["site/pages.yaml: page 'a-story': unknown image 'nowhere'"])

    def test_a_text_missing_a_language_of_its_page(self):
        story = STORY.replace("{ja: 人口, en: Population}", "{ja: 人口}")
        problems = validate(self.load({"site/pages.yaml": HOME + story}))
        self.assertEqual(problems, ["site/pages.yaml: page 'a-story': '人口' lacks ['en']"])

    def test_a_page_before_its_parent(self):
        problems = validate(self.load({"site/pages.yaml": HOME + STORY.replace("parent: home", "parent: stories")}))
        self.assertEqual(problems, ["site/pages.yaml: page 'a-story': parent 'stories' must come before it"])

    def test_english_cannot_be_left_out(self):
        problems = validate(self.load({"site/pages.yaml": HOME + STORY.replace("[ko]", "[en]")}))
        self.assertEqual(problems, ["site/pages.yaml: page 'a-story': needs Japanese and English"])

    def test_the_builder_refuses_inconsistent_data_before_writing_anything(self):
        data = self.load({"site/pages.yaml": HOME + STORY.replace("!snippet office", "!snippet nowhere")})
        with self.assertRaisesMessage(DemoDataError, "unknown snippet 'nowhere'"):
            DemoBuilder(data=data).steps()
