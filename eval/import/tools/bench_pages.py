#!/usr/bin/env python3
"""Writes N local HTML pages for the import speed measurement (docs/import.md): the HTML fixtures the
build writes into importer/target/eval-import/pages, each copy given its own paragraph so no two pages
are duplicates. Usage: python3 eval/import/tools/bench_pages.py OUT_DIR [N=1000]"""
import os, sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
src = "importer/target/eval-import/pages"
pages = sorted(f for f in os.listdir(src) if f.endswith(".html"))
os.makedirs(out, exist_ok=True)
for i in range(n):
    name = pages[i % len(pages)]
    text = open(os.path.join(src, name), encoding="utf-8").read()
    marker = f"<p>Synthetic benchmark copy number {i} of this page, to keep every copy distinct.</p>"
    text = text.replace("</h2>", "</h2>\n" + marker, 1) if "</h2>" in text else text.replace("</h1>", "</h1>\n" + marker, 1)
    # A page of its own: its own canonical URL too (the import drops a second page with the same one).
    text = text.replace('rel="canonical" href="', f'rel="canonical" data-copy="{i}" href="', 1)
    import re
    text = re.sub(r'(rel="canonical" data-copy="\d+" href="[^"]+)"', lambda m: m.group(1) + f"-copy-{i}\"", text, 1)
    with open(os.path.join(out, f"{i:04d}-{name}"), "w", encoding="utf-8") as f:
        f.write(text)
print(n, "pages in", out)
