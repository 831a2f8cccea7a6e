#!/usr/bin/env python3
"""Where a search's time goes, by retriever, on a running Casesearch service.

Sends the judged dev queries one at a time (no concurrency) in each search mode and prints the
engine's own time (took_ms) and the HTTP round trip, p50/p90/max:

  vector with the query embedded, then the same queries again (the embedding now cached, so the
  difference is query embedding), BM25, hybrid with the embedding cached, hybrid on fresh queries.

Usage: latency_split.py <base-url> <admin-key> [queries.jsonl]
(the admin key creates a practitioner key that sees every case; queries default to
../../shared/eval/dev/queries.jsonl, searched without their case scope).
"""
import json
import sys
import time
import urllib.parse
import urllib.request

base, admin = sys.argv[1], sys.argv[2]
queries_file = sys.argv[3] if len(sys.argv) > 3 else "../../shared/eval/dev/queries.jsonl"


def call(method, path, key, body=None):
    r = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                               headers={"X-API-Key": key, "Content-Type": "application/json"})
    with urllib.request.urlopen(r, timeout=120) as resp:
        return json.loads(resp.read())


key = call("POST", "/api/v1/admin/api-keys", admin,
           {"name": "latency split", "roles": ["practitioner"], "teams": [], "all_cases": True, "restricted": True})["key"]
texts = [json.loads(line)["text"] for line in open(queries_file) if line.strip()]
half = len(texts) // 2
a, b = texts[:half], texts[half:]


def run(name, queries, mode):
    took, wall = [], []
    for q in queries:
        t0 = time.perf_counter()
        r = call("GET", "/api/v1/search?" + urllib.parse.urlencode({"q": q, "mode": mode}), key)
        wall.append((time.perf_counter() - t0) * 1000)
        took.append(r["took_ms"])

    def p(xs, f):
        return sorted(xs)[int(f * (len(xs) - 1))]

    print(f"{name:40s} took_ms p50 {p(took, .5):6.1f} p90 {p(took, .9):6.1f} max {max(took):6.1f}"
          f" | HTTP p50 {p(wall, .5):6.1f} p90 {p(wall, .9):6.1f}")


run("warm-up hybrid (discarded)", b[:20], "hybrid")
run("vector, query embedded", a, "vector")
run("vector, embedding cached", a, "vector")
run("bm25", a, "bm25")
run("hybrid, embedding cached", a, "hybrid")
run("hybrid, query embedded", b[20:], "hybrid")
