"""A saved web page: consent banners and paywall boxes are not article text; "saved from" is its URL."""

from __future__ import annotations

import pytest

from timeline.html_outlet import SITE_NAMES, TITLE_SUFFIXES
from timeline.htmltext import BANNER_WORDS, LINE_ENDS, read_page, visible_text

ARTICLE = (
    "<article><h1>Weir repairs begin</h1><p>Crews began repairing the Alder Creek weir on Monday, the county "
    "said, after the spring floods cracked its crest.</p><p>The work should take six weeks and cost about "
    "$2 million, paid from the county's flood reserve.</p></article>"
)


def page(head: str = "", before: str = "", after: str = "") -> str:
    return (
        f"<!DOCTYPE html>\n{head}<html><head><title>Weir repairs begin | Alder Post</title></head>"
        f"<body>{before}{ARTICLE}{after}</body></html>"
    )


BANNERS = [
    ("cookie-id", '<div id="cookie-banner">We use cookies. Policy updated May 25, 2018. '
     "<button>Accept</button></div>"),
    ("gdpr-dialog", '<div class="gdpr-modal" role="dialog"><p>Your privacy choices</p><p>We and our 214 '
     "partners store information on your device. Last reviewed January 3, 2022.</p><button>I agree</button>"
     "</div>"),
    ("onetrust", '<div id="onetrust-banner-sdk"><p>By clicking Accept All Cookies on March 1, 2021 you agree '
     "to the storing of cookies on your device.</p></div>"),
    ("cc-window", "<div class='cc-window cc-banner'><span>This website uses cookies since June 2, "
     "2020.</span></div>"),
    ("newsletter", '<div class="newsletter-signup">Sign up for the Morning Brief, new since April 4, 2019'
     "</div>"),
    ("paywall", '<section class="paywall">Subscribe before December 31, 2024 to keep reading</section>'),
]  # fmt: skip


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("banner", [b for _, b in BANNERS], ids=[name for name, _ in BANNERS])
def test_consent_and_subscription_boxes_are_not_article_text(banner: str, where: str) -> None:
    found = read_page(page(**{where: banner}))
    assert "Crews began repairing the Alder Creek weir on Monday" in found.text
    leaks = ("cookies", "privacy", "Sign up", "Subscribe", "2018", "2022", "2021", "2020", "2019", "2024")
    for leak in leaks:
        assert leak not in found.text


def test_every_banner_word_has_an_example_the_rule_drops() -> None:
    for word, example in BANNER_WORDS:
        assert "Crews began" in read_page(page(before=example)).text, word
        assert read_page(page(before=example.replace(">", ">Flood alert: 9 May 2023. ", 1))).text.count(
            "Flood alert"
        ) == 0, word


def test_a_word_inside_a_longer_class_name_is_not_a_banner() -> None:
    # "cc" is a banner word only as a whole word of the class: "accent" or "success" must not drop text
    found = read_page(page(after='<div class="success accent-box"><p>Residents welcomed the repairs on '
                                 "Tuesday, calling them overdue.</p></div>"))  # fmt: skip
    assert "Crews began" in found.text


SAVED = [
    ("saved-from-only", "<!-- saved from url=(0043)https://alderpost.example/weir-repairs -->\n", "",
     "https://alderpost.example/weir-repairs"),
    ("canonical-wins", "<!-- saved from url=(0043)https://alderpost.example/amp/weir -->\n",
     '<link rel="canonical" href="https://alderpost.example/weir-repairs">', "https://alderpost.example/weir-repairs"),
    ("nothing", "", "", None),
]  # fmt: skip


@pytest.mark.parametrize(("comment", "link", "url"), [c[1:] for c in SAVED], ids=[c[0] for c in SAVED])
def test_a_page_saved_by_a_browser_keeps_the_address_it_came_from(comment: str, link: str, url) -> None:
    html = page(head=comment).replace("</head>", f"{link}</head>")
    assert read_page(html).url == url


# (id, body of a page trafilatura finds no article in, the lines of its visible text)
SHORT_PAGES = [
    ("br", "Pickets formed at the gate<br>Ships waited at anchor<br/>Talks resumed",
     ["Pickets formed at the gate", "Ships waited at anchor", "Talks resumed"]),
    ("divs", "<div>Pickets formed at the gate</div><div>Ships waited at anchor</div>",
     ["Pickets formed at the gate", "Ships waited at anchor"]),
    ("text-then-block", "Pickets formed at the gate<p>Ships waited at anchor</p>",
     ["Pickets formed at the gate", "Ships waited at anchor"]),
    ("inline-stays-in-line", "<p>Ships <b>waited</b> at <span>anchor</span></p>", ["Ships waited at anchor"]),
    ("list", "<ul><li>Monday: vote</li><li>Tuesday: strike</li></ul>", ["Monday: vote", "Tuesday: strike"]),
    ("table-row-one-line", "<table><tr><td>Monday</td><td>vote</td></tr><tr><td>Tuesday</td></tr></table>",
     ["Monday vote", "Tuesday"]),
]  # fmt: skip


def _page(body: str) -> str:
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


@pytest.mark.parametrize(("body", "lines"), [c[1:] for c in SHORT_PAGES], ids=[c[0] for c in SHORT_PAGES])
def test_the_visible_text_keeps_the_lines_of_a_page_apart(body: str, lines: list[str]) -> None:
    assert visible_text(_page(body)).splitlines() == lines


@pytest.mark.parametrize("example", [example for _, example in LINE_ENDS])
def test_every_line_end_row_has_an_example_it_splits(example: str) -> None:
    assert len(visible_text(_page(example)).splitlines()) >= 2



def _site(head: str, body: str = ARTICLE) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


# (id, page, the outlet it names): a meta tag, the publisher of its linked data, a title's suffix.
SITES = [
    ("og:site_name",
     _site('<title>Weir repairs begin</title><meta property="og:site_name" content="Alder Post">'),
     "Alder Post"),
    ("application-name, content first",
     _site("<title>Weir repairs begin</title><meta content='Alder Post' name='application-name'>"),
     "Alder Post"),
    ("json-ld publisher in a graph", _site(
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "publisher": {"@type": '
        '"Organization", "logo": {"url": "https://alder.example/l.png"}, "name": "Alder Post"}}]}</script>'),
     "Alder Post"),
    ("bar suffix", _site("<title>Weir repairs begin | Alder Post</title>"), "Alder Post"),
    ("dash suffix vouched by the h1", _site("<title>Weir repairs begin - Alder Post</title>"), "Alder Post"),
    ("entity in the name", _site("<title>Weir repairs begin | Alder &amp; Vale Post</title>"),
     "Alder & Vale Post"),
    ("a dash inside the headline", _site("<title>Weir repairs - Begin Now</title>"), None),
    ("a headline's own dash, lower case", _site(
        "<title>Weir repairs begin - for now</title>",
        "<article><h1>Weir repairs begin</h1><p>Crews began on Monday.</p></article>"), None),
    ("the suffix is the headline", _site(
        "<title>Alder Post | Weir repairs begin</title>"), None),
    ("a title with no suffix", _site("<title>Weir repairs begin</title>"), None),
    ("a long tail is a headline's", _site("<title>Mayor says | the weir will be fixed before the rains come"
                                          "</title>"), None),
    ("meta wins over the title", _site('<title>Weir repairs begin | Alder Post</title><meta property='
                                       '"og:site_name" content="The Alder Post">'), "The Alder Post"),
]  # fmt: skip


@pytest.mark.parametrize(("html", "outlet"), [c[1:] for c in SITES], ids=[c[0] for c in SITES])
def test_a_page_names_its_outlet(html: str, outlet: str | None) -> None:
    from timeline.html_outlet import site_name

    assert site_name(html) == outlet


@pytest.mark.parametrize("example", [example for *_, example in SITE_NAMES], ids=[w for w, *_ in SITE_NAMES])
def test_every_site_name_row_has_an_example_it_reads(example: str) -> None:
    from timeline.html_outlet import site_name

    head = f'<script type="application/ld+json">{example}</script>' if example.startswith("{") else example
    assert site_name(_site(head, "<h1>Strike talks resume</h1>")) in ("Harbour Times", "Ledger Daily")


@pytest.mark.parametrize("separator, vouched, example", TITLE_SUFFIXES, ids=[t[2] for t in TITLE_SUFFIXES])
def test_every_title_suffix_row_has_an_example_it_reads(separator: str, vouched: bool, example: str) -> None:
    from timeline.html_outlet import title_suffix

    headline = example.rpartition(separator)[0].casefold()
    assert title_suffix(example, {headline}) == "Harbour Times"
    assert (title_suffix(example, set()) is None) is vouched  # a dash needs the page's headline
