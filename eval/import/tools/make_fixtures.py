#!/usr/bin/env python3
"""Writes the import fixtures into OUT_DIR: the synthetic pages, made from the sentences in lang.json,
and the hand-written ones of eval/import/hand-written into OUT_DIR/pages/, and every page's expected
record into OUT_DIR/expected.jsonl. The build runs it into importer/target/eval-import (importer/pom.xml);
by hand: python3 eval/import/tools/make_fixtures.py OUT_DIR

Every page is synthetic: invented, generic text about learning-city plans in eight languages, laid out
in the templates real sites use (a Drupal article, a WordPress news post, a Pageflow story, an
Archive-It capture, a city profile with JSON-LD, a plain-text extraction, Markdown, a PDF report),
with their chrome: menus, cookie banners, breadcrumbs, share bars, related lists, footers."""
import html, json, os, shutil, sys

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(TOOLS)))
HAND_WRITTEN = os.path.join(ROOT, "eval", "import", "hand-written")
with open(os.path.join(TOOLS, "lang.json"), encoding="utf-8") as f:
    L = json.load(f)["languages"]
COUNTRIES = {}
for line in open(os.path.join(ROOT, "corpus", "countries.tsv"), encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if len(cols) >= 3 and len(cols[1]) == 2:
        COUNTRIES[cols[1]] = (cols[0], cols[2])

CITIES = {
    "en": [("Cork", "IE"), ("Espoo", "FI"), ("Namyangju", "KR"), ("Melbourne", "AU")],
    "fr": [("Lyon", "FR"), ("Nantes", "FR"), ("Casablanca", "MA"), ("Beyrouth", "LB")],
    "es": [("Sevilla", "ES"), ("Medellín", "CO"), ("Barcelona", "ES"), ("Villa María", "AR")],
    "de": [("Hamburg", "DE"), ("München", "DE"), ("Köln", "DE"), ("Wien", "AT")],
    "pt": [("Lisboa", "PT"), ("Porto", "PT"), ("Curitiba", "BR"), ("Sorocaba", "BR")],
    "ru": [("Казань", "RU"), ("Екатеринбург", "RU"), ("Алматы", "KZ"), ("Витебск", "BY")],
    "ar": [("الدوحة", "QA"), ("صفاقس", "TN"), ("أسوان", "EG"), ("بيروت", "LB")],
    "zh": [("杭州", "CN"), ("成都", "CN"), ("武汉", "CN"), ("苏州", "CN")],
}
# Which templates each language's four pages use: every template at least three times.
PLAN = {
    "en": ["drupal", "wordpress", "pdf", "text"],
    "fr": ["archive", "profile", "pdf", "markdown"],
    "es": ["wordpress", "pageflow", "drupal", "text"],
    "de": ["profile", "archive", "pdf", "wordpress"],
    "pt": ["pageflow", "drupal", "markdown", "profile"],
    "ru": ["wordpress", "archive", "text", "pageflow"],
    "ar": ["drupal", "profile", "markdown", "archive"],
    "zh": ["pageflow", "wordpress", "drupal", "text"],
}
SEP = {"zh": ""}


def content(lang, k, city):
    """The article: paragraphs (strings), headings (("h", text)) and a list (("ul", items))."""
    t = L[lang]
    s = [x.format(city=city) for x in t["sentences"]]
    j = SEP.get(lang, " ")
    o = 3 * k
    blocks = [j.join([s[0], s[(o + 1) % 12 or 1]]),
              j.join([s[(o + 2) % 12 or 2], s[(o + 3) % 12 or 3]]),
              ("h", t["heads"][0]),
              j.join([s[(o + 4) % 12 or 4], s[(o + 5) % 12 or 5], s[(o + 6) % 12 or 6]]),
              ("ul", t["items"][k:] + t["items"][:k]),
              ("h", t["heads"][1]),
              j.join([s[(o + 7) % 12 or 7], s[(o + 8) % 12 or 8]])]
    return blocks


def body_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "ul":
            out.append("\n".join("• " + i for i in b[1]))
        elif isinstance(b, tuple):
            out.append(b[1])
        else:
            out.append(b)
    return "\n\n".join(out)


def blocks_html(blocks, pclass=""):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + "</ul>")
        elif isinstance(b, tuple):
            out.append(f"<h2>{html.escape(b[1])}</h2>")
        else:
            out.append(f"<p{pclass}>{html.escape(b)}</p>")
    return "\n".join(out)


def long_date(t, date):
    """The date as the language writes it in running text; date is (year, month, day)."""
    return t["date"].format(d=date[2], month=t["months"][date[1] - 1], y=date[0])


def esc(s):
    return html.escape(s)


def chrome_nav(t):
    return "<nav class=\"main-menu\"><ul>" + "".join(f"<li><a href=\"/{i}\">{esc(m)}</a></li>" for i, m in enumerate(t["menu"])) + "</ul></nav>"


def cookie(t):
    return f"<div id=\"cookie-consent\" class=\"cookie-banner\"><p>{esc(t['cookie'])}</p><button>{esc(t['accept'])}</button></div>"


def related(t, lang, k):
    titles = [x.format(city=c) for x, (c, _) in zip(L[lang]["titles"], CITIES[lang]) if x != L[lang]["titles"][k]]
    return (f"<section class=\"related-articles\"><h3>{esc(t['related'])}</h3><ul>"
            + "".join(f"<li><a href=\"/news/{i}\">{esc(x)}</a></li>" for i, x in enumerate(titles)) + "</ul></section>")


def share(t):
    return (f"<div class=\"share-buttons\"><span>{esc(t['share'])}</span> <a href=\"#fb\">Facebook</a> "
            "<a href=\"#x\">X</a> <a href=\"#li\">LinkedIn</a> <a href=\"#mail\">E-mail</a></div>")


def footer(t, site):
    return f"<footer class=\"site-footer\"><p>© 2024 {esc(site)}. {esc(t['footer'])}</p>{chrome_nav(t)}</footer>"


MARK = "<!-- Synthetic test fixture for lcs import (eval/import): invented text, no real facts. -->"


def drupal(lang, k, city, iso, date, blocks, title, typ):
    t = L[lang]
    label = t["press"] if typ == "press-release" else t["news"]
    d = long_date(t, date)
    iso_date = "%04d-%02d-%02d" % date
    return f"""<!DOCTYPE html>
{MARK}
<html lang="{lang}" dir="{'rtl' if lang == 'ar' else 'ltr'}">
<head><meta charset="utf-8"><title>{esc(title)} | UNESCO</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.example-unesco.test/{lang}/articles/{k}-{iso.lower()}">
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">{esc(t['skip'])}</a>
{cookie(t)}
<header class="site-header" role="banner"><div class="logo">UNESCO</div>{chrome_nav(t)}
<form class="search-form"><input type="search" placeholder="{esc(t['search'])}"></form></header>
<div class="layout-container">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">{esc(t['menu'][0])}</a></li><li><a href="/gnlc">GNLC</a></li></ol></nav>
<main id="main-content" role="main">
<article class="node node--type-article">
<div class="field field--name-field-type field--label-hidden"><span class="label">{esc(label)}</span></div>
<h1 class="page-title"><span>{esc(title)}</span></h1>
<div class="node__meta"><time datetime="{iso_date}T09:00:00Z">{esc(d)}</time></div>
<div class="field field--name-body field--type-text-with-summary clearfix text-formatted">
{blocks_html(blocks)}
</div>
{share(t)}
<div class="field field--name-field-tags"><div class="field__label">{esc(t['tags'])}</div><a href="/tags/1">GNLC</a> <a href="/tags/2">SDG 4</a></div>
</article>
{related(t, lang, k)}
</main>
<aside class="sidebar"><h3>{esc(t['readmore'])}</h3><ul><li><a href="/a">{esc(t['menu'][2])}</a></li><li><a href="/b">{esc(t['menu'][3])}</a></li></ul></aside>
</div>
{footer(t, 'UNESCO')}
</body></html>
"""


def wordpress(lang, k, city, iso, date, blocks, title, typ):
    t = L[lang]
    iso_date = "%04d-%02d-%02d" % date
    d = long_date(t, date)
    return f"""<!doctype html>
{MARK}
<html lang="{lang}-{iso}">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – {esc(city)}</title>
<meta property="article:published_time" content="{iso_date}T08:30:00+00:00">
<link rel="canonical" href="https://city{k}.example.test/news/{date[0]}/{date[1]:02d}/learning-{k}/">
<link rel="stylesheet" href="/wp-content/themes/city/style.css"></head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">{esc(t['skip'])}</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">{esc(city)}</a></p>
<nav id="site-navigation" class="main-navigation">{chrome_nav(t)}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{100 + k}" class="post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso_date}T08:30:00+00:00">{esc(d)}</time></span> <span class="byline">admin</span></div></header>
<div class="entry-content">
<figure class="wp-block-image"><img src="/wp-content/uploads/{k}.jpg" alt=""><figcaption>Foto: {esc(city)}</figcaption></figure>
{blocks_html(blocks)}
<div class="sharedaddy sd-sharing-enabled">{share(t)}</div>
</div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/news" rel="category tag">{esc(t['news'])}</a></span></footer>
</article>
<nav class="navigation post-navigation"><a href="/prev" rel="prev">← {esc(L[lang]['titles'][(k + 1) % 4].format(city=city))}</a></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">0</h2><div id="respond" class="comment-respond"><form><textarea></textarea></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">{esc(t['related'])}</h2><ul><li><a href="/x">{esc(L[lang]['titles'][(k + 2) % 4].format(city=city))}</a></li><li><a href="/y">{esc(L[lang]['titles'][(k + 3) % 4].format(city=city))}</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{esc(t['footer'])}</div></footer>
</div></body></html>
"""


def pageflow(lang, k, city, iso, date, blocks, title, typ):
    t = L[lang]
    slug = f"learning-city-{k}-{iso.lower()}-{lang}"
    pages = []
    for i, b in enumerate(blocks):
        if isinstance(b, tuple) and b[0] == "ul":
            inner = "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>"
        elif isinstance(b, tuple):
            inner = f"<h3>{esc(b[1])}</h3>"
        else:
            inner = f"<p>{esc(b)}</p>"
        pages.append(f"""<section class="page"><div class="page-content"><div class="text">{inner}</div></div>
<a class="navigation-top" href="#p0">Goto first page</a></section>""")
    return f"""<!DOCTYPE html>
{MARK}
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(title)}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="website">
<link rel="canonical" href="https://example-uil.pageflow.io/{slug}"></head>
<body class="pageflow js">
<div class="notice"><p>Notice</p><p>This multimedia story format uses video and audio footage. Please make sure your speakers are turned on.</p>
<p>Use the mouse wheel or the arrow keys on your keyboard to navigate between pages.</p><button>Let's go</button></div>
<div class="entry">
<section class="page title-page"><div class="page-content"><h1>{esc(title)}</h1></div></section>
{''.join(pages)}
<section class="page"><div class="credits">Image Credits: Example Studio; Stock Photos</div></section>
</div>
<div class="player-controls"><a href="#">Scroll down to continue</a> <a href="#">Swipe to continue</a></div>
</body></html>
"""


def archive(lang, k, city, iso, date, blocks, title, typ):
    t = L[lang]
    d = long_date(t, date)
    first = blocks[0]
    sep = "，" if lang == "zh" else "، " if lang == "ar" else ", "
    dash = "——" if lang == "zh" else " – "
    dated = [f"{city}{sep}{d}{dash}{first}"] + blocks[1:]
    cap_y = date[0] + 1
    return f"""<!DOCTYPE html>
{MARK}
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(title)} | UNESCO</title></head>
<body>
<div id="wm-ipp-base"><div id="wm-ipp"><p>You are viewing an archived web page, collected at the request of United Nations Educational, Scientific and Cultural Organization (UNESCO) using Archive-It. This page was captured on 15:48:59 Nov 19, {cap_y}, and is part of the UNESCO collection. The information on this web page may be out of date. See All versions of this archived page.</p><p>Loading media information hide</p></div></div>
<table width="100%" class="layout"><tr><td class="left-menu" width="180">{chrome_nav(t)}</td>
<td class="content">
<p class="breadcrumb"><a href="/">{esc(t['menu'][0])}</a> &gt; <a href="/press">{esc(t['press'])}</a></p>
<span class="label">{esc(t['press'])}</span>
<h1>{esc(title)}</h1>
{blocks_html(dated)}
<p class="print"><a href="javascript:print()">Print</a> | <a href="#top">Top</a></p>
</td></tr></table>
<div class="footer">{esc(t['footer'])}</div>
</body></html>
""", dated


def profile(lang, k, city, iso, date, blocks, title, typ):
    t = L[lang]
    iso_date = "%04d-%02d-%02d" % date
    country_hint = f' data-lcs-field="country:{iso}"' if k % 2 == 0 else ""
    ld = json.dumps({"@context": "https://schema.org", "@type": "WebPage", "headline": title,
                     "datePublished": iso_date, "inLanguage": lang}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
{MARK}
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(title)} - Global Network of Learning Cities</title>
<meta name="description" content="{esc(blocks[0])}">
<script type="application/ld+json">{ld}</script>
<link rel="canonical" href="https://gnlc.example.test/{lang}/learning-cities/profiles/{k}-{iso.lower()}"></head>
<body>
{cookie(t)}
<div class="navbar">{chrome_nav(t)}</div>
<div class="container">
<div class="row"><div class="col-md-8 content-main"{country_hint}>
<h1>{esc(title)}</h1>
<div class="profile-body">
{blocks_html(blocks)}
</div>
</div>
<div class="col-md-4 sidebar"><div class="card"><h4>{esc(t['profile'])}</h4><p>GNLC</p><a href="/map">Map</a></div>
<div class="newsletter"><h4>Newsletter</h4><form><input type="email"></form></div></div></div>
</div>
{footer(t, 'GNLC')}
</body></html>
"""


def text(lang, k, city, iso, date, blocks, title, typ):
    t = L[lang]
    d = long_date(t, date)
    lines = [t["skip"], "", "  • " + "\n  • ".join(t["menu"]), "", t["cookie"], t["accept"], "", t["news"], "", d, "", title, ""]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "ul":
            lines += ["• " + i for i in b[1]] + [""]
        elif isinstance(b, tuple):
            lines += [b[1], ""]
        else:
            lines += [b, ""]
    lines += [t["share"], "Facebook", "X", "", t["related"], "  • " + "\n  • ".join(x.format(city=city) for x in L[lang]["titles"] if x != L[lang]["titles"][k]), "", t["footer"]]
    return "\n".join(lines) + "\n"


def markdown(lang, k, city, iso, date, blocks, title, typ):
    t = L[lang]
    d = long_date(t, date)
    out = [f"**{t['event']}**", "", f"# {title}", "", f"*{d}*", ""]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "ul":
            out += ["- " + i for i in b[1]] + [""]
        elif isinstance(b, tuple):
            out += ["## " + b[1], ""]
        else:
            # Wrapped the way Markdown authors wrap.
            words = b.split(" ")
            line, lines = "", []
            for w in words:
                if len(line) + len(w) > 72 and line:
                    lines.append(line)
                    line = w
                else:
                    line = (line + " " + w).strip()
            lines.append(line)
            out += lines + [""]
    return "\n".join(out)


def pdf(lang, k, city, iso, date, blocks, title, typ):
    """A one-page PDF with Helvetica (Latin scripts only), document info and catalog language."""
    def wrap(s, n=88):
        words, line, lines = s.split(" "), "", []
        for w in words:
            if len(line) + len(w) + 1 > n and line:
                lines.append(line)
                line = w
            else:
                line = (line + " " + w).strip()
        lines.append(line)
        return lines
    t = L[lang]
    d = long_date(t, date)
    rows = [(16, title), (10, ""), (10, t["publication"] + " · " + d), (10, "")]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "ul":
            rows += [(10, "• " + i) for i in b[1]] + [(10, "")]
        elif isinstance(b, tuple):
            rows += [(12, b[1]), (10, "")]
        else:
            rows += [(10, x) for x in wrap(b)] + [(10, "")]
    def pdfstr(s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    ops = ["BT", "72 770 Td"]
    for size, line in rows:
        ops.append(f"/F1 {size} Tf {size + 5} TL T* {pdfstr(line)} Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    def u16(s):
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"
    objs = [
        f"<< /Type /Catalog /Pages 2 0 R /Lang ({lang}) >>".encode(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Title {u16(title)} /Producer (lcs import fixture, synthetic) /CreationDate (D:{date[0]:04d}{date[1]:02d}{date[2]:02d}100000Z) >>".encode(),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


TYPES = {"drupal": None, "wordpress": "news", "pageflow": "story", "archive": "press-release",
         "profile": "profile", "text": "news", "markdown": "event", "pdf": "publication"}
EXT = {"text": "txt", "markdown": "md", "pdf": "pdf"}


def main(out):
    pages = os.path.join(out, "pages")
    # The folder is this script's output only: made afresh, so a page renamed here leaves no stale copy.
    shutil.rmtree(pages, ignore_errors=True)
    os.makedirs(pages)
    expected = []
    for li, lang in enumerate(L):
        for k, tpl in enumerate(PLAN[lang]):
            city, iso = CITIES[lang][k]
            date = (2019 + (li + k) % 5, 1 + (li * 3 + k * 5) % 12, 1 + (li * 7 + k * 11) % 28)
            title = L[lang]["titles"][k].format(city=city)
            typ = TYPES[tpl] or ("press-release" if (li + k) % 2 else "news")
            blocks = content(lang, k, city)
            made = globals()[tpl](lang, k, city, iso, date, blocks, title, typ)
            if isinstance(made, tuple):
                made, blocks = made
            name = f"{lang}-{k}-{tpl}.{EXT.get(tpl, 'html')}"
            mode = "wb" if isinstance(made, bytes) else "w"
            with open(os.path.join(pages, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
                f.write(made)
            country, region = COUNTRIES[iso]
            expected.append({"page": "pages/" + name, "template": tpl, "title": title,
                             "date": None if tpl == "pageflow" else "%04d-%02d-%02d" % date,
                             "city": city, "country": country, "region": region, "type": typ,
                             "language": lang, "body": body_text(blocks)})
    # Hand-written pages (other layouts, written after the generated ones passed) and their expectations.
    with open(os.path.join(HAND_WRITTEN, "expected.jsonl"), encoding="utf-8") as f:
        hand = [json.loads(line) for line in f if line.strip()]
    for e in hand:
        shutil.copyfile(os.path.join(HAND_WRITTEN, os.path.basename(e["page"])), os.path.join(out, e["page"]))
    expected += hand
    with open(os.path.join(out, "expected.jsonl"), "w", encoding="utf-8") as f:
        for e in expected:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")


if len(sys.argv) != 2:
    sys.exit("usage: python3 eval/import/tools/make_fixtures.py OUT_DIR")
main(sys.argv[1])
