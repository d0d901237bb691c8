#!/usr/bin/env python3
"""Figures of the stories LinkJsonl wrote (OUT-stories.jsonl): count, size distribution, largest, and
the multi-article stories with their headlines, for reading them by eye.

usage: python3 bench/links/story_stats.py /tmp/ev-stories.jsonl [--show]"""
import collections
import json
import sys

stories = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
sizes = collections.Counter(s["articles"] for s in stories)
print("stories", len(stories), "articles in them", sum(s["articles"] for s in stories))
print("articles per story", dict(sorted(sizes.items())))
big = max(stories, key=lambda s: (s["articles"], s["claims"]))
print("largest", big["articles"], "articles", big["claims"], "claims:", big["title"])
titles = collections.Counter(s["title"] for s in stories)
print("titles shared by several stories", sum(1 for t, n in titles.items() if n > 1))
if "--show" in sys.argv:
    for s in sorted(stories, key=lambda s: -s["articles"]):
        if s["articles"] > 1:
            print("\n##", s["story"], s["articles"], "|", s["title"])
            for a, t in zip(s["articleIds"], s["titles"]):
                print("   ", a, t)
