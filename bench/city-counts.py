# What cities=true adds to a search (docs/performance.md, "City counts for the map"): each of the
# first 300 queries of a query mix run twice with and without it, in alternating order, one client,
# reading the server's tookMs and the wall time. Start the server with --cache off first.
#   python3 bench/city-counts.py http://127.0.0.1:7101 /tmp/syn100k/queries.tsv
import csv, json, statistics, sys, time, urllib.parse, urllib.request
BASE = sys.argv[1].rstrip('/') + '/api/search?'
rows = list(csv.reader(open(sys.argv[2]), delimiter='\t'))[1:301]
def params(q, f, cities):
    p = [('q', q.strip('"') if q.startswith('"') and q.count('"') == 2 and ' ' not in q else q)]
    for kv in filter(None, f.split('&')):
        k, v = kv.split('=', 1); p.append((k, v))
    if cities: p.append(('cities', 'true'))
    return urllib.parse.urlencode(p)
def get(qs):
    t = time.perf_counter()
    a = json.load(urllib.request.urlopen(BASE + qs))
    return a, (time.perf_counter() - t) * 1000
first_plain = get(params('learning', '', False))[0]['tookMs']
a, _ = get(params('learning', '', True))
print('first cities=true request (reads the city table once):', a['tookMs'], 'ms; plain', first_plain, 'ms; cities listed', len(a['cities']))
for r in rows:  # warm-up
    get(params(r[0], r[1] if len(r) > 1 else '', False)); get(params(r[0], r[1] if len(r) > 1 else '', True))
took = {False: [], True: []}; wall = {False: [], True: []}; ncity = []
for rep in range(2):
    for i, r in enumerate(rows):
        for c in ((False, True) if (i + rep) % 2 == 0 else (True, False)):
            a, w = get(params(r[0], r[1] if len(r) > 1 else '', c))
            took[c].append(a['tookMs']); wall[c].append(w)
            if c: ncity.append(len(a['cities']))
def q(v, p): v = sorted(v); return v[min(len(v) - 1, int(p * len(v)))]
for c in (False, True):
    print('cities=%s: tookMs median %.1f p95 %.1f mean %.2f | wall median %.1f p95 %.1f ms (n=%d)' % (
        c, statistics.median(took[c]), q(took[c], .95), statistics.mean(took[c]), statistics.median(wall[c]), q(wall[c], .95), len(took[c])))
print('cities per answer: median %d max %d' % (statistics.median(ncity), max(ncity)))
