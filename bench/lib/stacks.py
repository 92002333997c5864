#!/usr/bin/env python3
"""Reads async-profiler's collapsed stacks (bench/profile): the methods with the largest inclusive share, optionally
only those matching a pattern, or each sample's first matching category.

  stacks.py FILE [--top N] [--match RE]
  stacks.py FILE --category NAME=RE [--category NAME=RE ...]
  stacks.py FILE --callers RE [--depth N]
"""
import argparse
import collections
import re


def read(path):
    for line in open(path):
        stack, count = line.rstrip().rsplit(" ", 1)
        yield [re.sub(r"_\[[a-z0-9]\]$", "", frame).replace("/", ".") for frame in stack.split(";")], int(count)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--match")
    parser.add_argument("--category", action="append")
    parser.add_argument("--callers")
    parser.add_argument("--depth", type=int, default=4)
    args = parser.parse_args()
    stacks = list(read(args.file))
    total = sum(count for _, count in stacks) or 1
    print(f"{total} samples")
    counts = collections.Counter()
    if args.category:
        categories = [(c.split("=", 1)[0], re.compile(c.split("=", 1)[1])) for c in args.category]
        for frames, count in stacks:
            name = next((n for n, rx in categories if any(rx.search(f) for f in frames)), "other")
            counts[name] += count
    elif args.callers:
        pattern = re.compile(args.callers)
        for frames, count in stacks:
            for i in range(len(frames) - 1, -1, -1):
                if pattern.search(frames[i]):
                    chain = frames[max(0, i - args.depth + 1):i + 1][::-1]
                    counts[" < ".join(".".join(f.split(".")[-2:]) for f in chain)] += count
                    break
    else:
        pattern = re.compile(args.match) if args.match else None
        for frames, count in stacks:
            for frame in set(frames):
                if pattern is None or pattern.search(frame):
                    counts[frame] += count
    for name, count in counts.most_common(args.top):
        print(f"{100 * count / total:5.1f} % {count:7d}  {name}")


if __name__ == "__main__":
    main()
