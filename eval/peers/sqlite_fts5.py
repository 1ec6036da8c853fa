#!/usr/bin/env python3
"""SQLite FTS5 peer for the Learning City Search relevance evaluation.

Loads a corpus folder (every *.jsonl under it, recursively) into an in-memory SQLite database with an
FTS5 table (title, summary, body, city, country) and a plain table for the facet fields, runs the judged
queries of a judged file (format of eval/public.tsv) the way a typical site would query FTS5, and prints
the same metrics as `lcs eval` (nDCG@10, MRR@10, success@1, success@3, zero-result count, per category and
overall). Two rows of numbers per tokenizer: strict (terms AND-ed) and with an OR fallback when the strict
query matches nothing.

Python 3 standard library only. Usage:

    python3 eval/peers/sqlite_fts5.py --corpus eval/combined --queries eval/judged.tsv
    python3 eval/peers/sqlite_fts5.py --corpus corpus --queries eval/public.tsv --verbose
"""

import argparse
import glob
import json
import math
import os
import sqlite3
import sys
import unicodedata
import urllib.parse

K = 10
FACETS = ("country", "region", "year", "type", "language")
# bm25 column weights, in FTS column order: title, summary, body, city, country
BM25 = "bm25(fts, 10.0, 5.0, 1.0, 10.0, 8.0)"
DEFAULT_TOKENIZERS = ("unicode61 remove_diacritics 2", "porter unicode61 remove_diacritics 2")


# ---------------------------------------------------------------------------------------------- corpus

def require_fts5():
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
    except sqlite3.OperationalError as e:
        sys.exit("this sqlite3 (%s) has no FTS5: %s" % (sqlite3.sqlite_version, e))
    finally:
        con.close()


def read_corpus(folder):
    files = sorted(glob.glob(os.path.join(folder, "**", "*.jsonl"), recursive=True))
    if not files:
        sys.exit("no *.jsonl under " + folder)
    docs = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                d = json.loads(line)
                if d["id"] in docs:
                    sys.exit("%s:%d: duplicate id %s" % (path, n, d["id"]))
                docs[d["id"]] = d
    return files, list(docs.values())


def build_db(docs, tokenizer):
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, type TEXT, "
                "country TEXT, region TEXT, year INTEGER, language TEXT)")
    for facet in FACETS:
        con.execute("CREATE INDEX docs_%s ON docs(%s)" % (facet, facet))
    con.execute("CREATE VIRTUAL TABLE fts USING fts5(title, summary, body, city, country, tokenize=%s)"
                % sql_string(tokenizer))
    for i, d in enumerate(docs, 1):
        year = d.get("year")
        if year is None and d.get("date"):
            year = int(str(d["date"])[:4])
        con.execute("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (i, d["id"], d.get("type"), d.get("country"), d.get("region"),
                     int(year) if year is not None else None, d.get("language")))
        con.execute("INSERT INTO fts(rowid, title, summary, body, city, country) VALUES (?, ?, ?, ?, ?, ?)",
                    (i, d.get("title") or "", d.get("summary") or "", d.get("body") or "",
                     d.get("city") or "", d.get("country") or ""))
    con.commit()
    return con


def sql_string(s):
    return "'" + s.replace("'", "''") + "'"


# ------------------------------------------------------------------------------------------- judgments

def read_judgments(path):
    rows = []
    header = True
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                if line.startswith("query\t"):
                    continue
            cols = line.split("\t")
            if len(cols) < 4:
                sys.exit("%s:%d: expected 4 tab-separated columns, got %d" % (path, n, len(cols)))
            grades = {}
            for j in cols[2].split():
                doc_id, _, grade = j.rpartition(":")
                grades[doc_id] = int(grade)
            filters = {}
            for key, value in urllib.parse.parse_qsl(cols[1].strip()):
                if value.strip():
                    filters.setdefault(key, []).append(value.strip())
            rows.append({"query": cols[0], "filters": filters, "grades": grades, "category": cols[3].strip()})
    return rows


# ------------------------------------------------------------------------------------- query building

def is_word_char(ch):
    # letters, digits, combining marks (so Arabic harakat or decomposed accents do not cut a word) and _
    return ch == "_" or unicodedata.category(ch)[0] in "LNM"


def words(text):
    out, cur = [], []
    for ch in text:
        if is_word_char(ch):
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def quote(term):
    return '"' + term.replace('"', '""') + '"'


def parse_query(q):
    """Returns (items, negatives): items is a list of ('term', text) / ('phrase', text) / ('or', None)."""
    items, negatives = [], []
    parts = q.split('"')
    if len(parts) % 2 == 0:  # unbalanced quote: the last one is treated as text
        parts = parts[:-2] + [parts[-2] + " " + parts[-1]]
    for i, part in enumerate(parts):
        if i % 2 == 1:  # inside quotes
            ws = words(part)
            if ws:
                items.append(("phrase", " ".join(ws)))
            continue
        for raw in part.split():
            if raw == "OR":
                items.append(("or", None))
            elif raw == "AND":
                continue
            elif raw.startswith("-") and len(raw) > 1:
                negatives.extend(words(raw[1:]))
            else:
                for w in words(raw):
                    items.append(("term", w))
    # clean up OR placement: no leading/trailing/double OR
    cleaned = []
    for kind, text in items:
        if kind == "or" and (not cleaned or cleaned[-1][0] == "or"):
            continue
        cleaned.append((kind, text))
    while cleaned and cleaned[-1][0] == "or":
        cleaned.pop()
    return cleaned, negatives


def strict_expression(items, negatives):
    """Terms AND-ed (FTS5 implicit AND), the user's OR kept, NOT only when there is a positive term."""
    if not items:
        return None
    expr = " ".join("OR" if kind == "or" else quote(text) for kind, text in items)
    for neg in negatives:
        expr = "(" + expr + ") NOT " + quote(neg)
    return expr


def relaxed_expression(items, negatives):
    """Fallback: any of the words (phrases split into their words), exclusions kept."""
    tokens = []
    for kind, text in items:
        if kind != "or":
            for w in text.split():
                if w not in tokens:
                    tokens.append(w)
    if not tokens:
        return None
    expr = " OR ".join(quote(t) for t in tokens)
    for neg in negatives:
        expr = "(" + expr + ") NOT " + quote(neg)
    return expr


# --------------------------------------------------------------------------------------------- search

def filter_sql(filters):
    clauses, args = [], []
    for facet in FACETS:
        values = filters.get(facet)
        if not values:
            continue
        if facet == "year":
            clauses.append("docs.year IN (%s)" % ",".join("?" * len(values)))
            args.extend(int(v) for v in values)
        else:
            clauses.append("docs.%s COLLATE NOCASE IN (%s)" % (facet, ",".join("?" * len(values))))
            args.extend(values)
    return clauses, args


def run_match(con, expr, filters):
    clauses, args = filter_sql(filters)
    where = " AND ".join(["fts MATCH ?"] + clauses)
    sql = ("SELECT docs.id FROM fts JOIN docs ON docs.rowid = fts.rowid WHERE %s ORDER BY %s, docs.id LIMIT %d"
           % (where, BM25, K))
    return [r[0] for r in con.execute(sql, [expr] + args)]


def run_browse(con, filters):
    clauses, args = filter_sql(filters)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = "SELECT id FROM docs%s ORDER BY year DESC, id LIMIT %d" % (where, K)
    return [r[0] for r in con.execute(sql, args)]


def search(con, query, filters, fallback):
    """Returns (ranking, how): how is 'browse', 'strict', 'relaxed' or 'error: …'."""
    try:
        items, negatives = parse_query(query)
        expr = strict_expression(items, negatives)
        if expr is None:
            return run_browse(con, filters), "browse"
        hits = run_match(con, expr, filters)
        if hits or not fallback:
            return hits, "strict"
        relaxed = relaxed_expression(items, negatives)
        if relaxed is None or relaxed == expr:
            return hits, "strict"
        return run_match(con, relaxed, filters), "relaxed"
    except sqlite3.Error as e:  # a failed query scores 0
        return [], "error: %s" % e


# -------------------------------------------------------------------------------------------- metrics

def gain(grade):
    return 2 ** grade - 1


def metrics(ranking, grades):
    threshold = min(2, max(grades.values()) if grades else 1)
    dcg, first = 0.0, 0
    for i, doc_id in enumerate(ranking[:K]):
        g = grades.get(doc_id, 0)
        dcg += gain(g) / math.log2(i + 2)
        if first == 0 and g >= threshold and g > 0:
            first = i + 1
    ideal = sorted(grades.values(), reverse=True)[:K]
    idcg = sum(gain(g) / math.log2(i + 2) for i, g in enumerate(ideal))
    return {
        "ndcg": dcg / idcg if idcg else 0.0,
        "mrr": 1.0 / first if first else 0.0,
        "s1": 1.0 if first == 1 else 0.0,
        "s3": 1.0 if 1 <= first <= 3 else 0.0,
        "zero": 1 if not ranking else 0,
    }


def mean(ms):
    n = max(1, len(ms))
    return {k: sum(m[k] for m in ms) / n for k in ("ndcg", "mrr", "s1", "s3")} | {"zero": sum(m["zero"] for m in ms)}


def evaluate(con, judged, fallback):
    rows = []
    for j in judged:
        ranking, how = search(con, j["query"], j["filters"], fallback)
        rows.append((j, ranking, how, metrics(ranking, j["grades"])))
    return rows


def print_report(rows, title, verbose, out):
    out.write(title + "\n")
    if verbose:
        for j, ranking, how, m in rows:
            q = j["query"] + (" " + json.dumps(j["filters"], ensure_ascii=False) if j["filters"] else "")
            q = q if len(q) <= 40 else q[:37] + "..."
            out.write("%.3f  %-14s %-40s %-8s %s\n" % (m["ndcg"], j["category"], q, how[:8], ranking[:3]))
        out.write("\n")
    out.write("%-16s %5s %7s %7s %7s %7s %5s\n" % ("category", "n", "nDCG@10", "MRR@10", "S@1", "S@3", "zero"))
    cats = sorted({j["category"] for j, *_ in rows})
    for cat in cats:
        ms = [m for j, _, _, m in rows if j["category"] == cat]
        line(out, cat, len(ms), mean(ms))
    line(out, "overall", len(rows), mean([m for *_, m in rows]))
    relaxed = sum(1 for _, _, how, _ in rows if how == "relaxed")
    errors = [(j["query"], how) for j, _, how, _ in rows if how.startswith("error")]
    out.write("(queries answered by the OR fallback: %d; failed queries: %d)\n" % (relaxed, len(errors)))
    for q, how in errors:
        out.write("  failed: %r %s\n" % (q, how))
    out.write("\n")


def line(out, name, n, m):
    out.write("%-16s %5d %7.3f %7.3f %7.3f %7.3f %5d\n" % (name, n, m["ndcg"], m["mrr"], m["s1"], m["s3"], m["zero"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="folder; every *.jsonl under it is indexed")
    ap.add_argument("--queries", required=True, help="judged file (query<TAB>filters<TAB>id:grade ...<TAB>category)")
    ap.add_argument("--tokenizer", action="append",
                    help="FTS5 tokenize= value, repeatable (default: unicode61 and porter unicode61, "
                         "both with remove_diacritics 2)")
    ap.add_argument("--verbose", action="store_true", help="per-query nDCG@10, how it matched, top 3 ids")
    args = ap.parse_args()

    require_fts5()
    files, docs = read_corpus(args.corpus)
    judged = read_judgments(args.queries)
    out = sys.stdout
    out.write("SQLite %s (FTS5), Python %s\n" % (sqlite3.sqlite_version, sys.version.split()[0]))
    out.write("corpus: %s (%d documents from %s)\nqueries: %s (%d judged queries)\n\n"
              % (args.corpus, len(docs), ", ".join(os.path.relpath(f, args.corpus) for f in files),
                 args.queries, len(judged)))
    for tokenizer in args.tokenizer or DEFAULT_TOKENIZERS:
        con = build_db(docs, tokenizer)
        for fallback in (False, True):
            title = "== tokenize='%s', %s ==" % (tokenizer, "strict + OR fallback" if fallback else "strict (AND) only")
            print_report(evaluate(con, judged, fallback), title, args.verbose, out)
        con.close()


if __name__ == "__main__":
    main()
