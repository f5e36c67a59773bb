#!/usr/bin/env python3
"""Mutation fuzzer for spbelint: runs mutated inputs of every format for a bounded time.

Seeds are the shipped examples (Markdown, XML, self-assessment YAML and CSV) plus a configuration,
a waivers file and a baseline written here. Each round mutates one seed (byte flips, insertions of
hostile tokens, deletions, duplications, truncation), writes it to a scratch folder and runs the
command that reads that format. A round fails when spbelint crashes (a signal, an exit code other
than 0, 1 or 2), exceeds the time or memory limit, or exits 2 without saying why
(`path:line:column: error:` or `error:`). Failing inputs are kept for replay.

Usage: scripts/fuzz.py [--seconds 60] [--seed N] [--binary .build/debug/spbelint]
                       [--timeout 20] [--memory-mb 2048] [--keep DIR]
Exit code: 0 no failure, 1 at least one failure (inputs kept in --keep), 2 bad usage.
"""
import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HOSTILE = [
    b"![[]()", b"[" * 300, b"|" * 300, b">" * 200, b"- " * 200, b"<!--", b"-->", b"<![CDATA[", b"]]>",
    b"<!DOCTYPE d [<!ENTITY e \"x\">]>", b"<?pi ]> ?>", b"&e;", b"&amp;", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
    b"\xc3", b"\xe2\x80", b"\x1b[31m", b"\r\n", b"\r", b"\t", b"e\xcc\x81", b"<\xcc\x81", b"---\n", b"...\n",
    b"&a [*a, *a]", b"*a", b"&a", b"!!binary", b"{", b"}", b"[", b"]", b"\"", b"'", b"Pasal 999 ayat (99)",
    b"BAB " + b"X" * 50, b"RAB1-" * 50, b"# " + b"A" * 2000, b"2099-02-30", b"9" * 40, b"-1", b"\\",
    b"<bagian>" * 50, b"</bagian>", b"<a " + b"x=\"1\" " * 50 + b"/>", b"\"\"\"", b",,,,", b";;;", b"\n" * 50,
]


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        position = rng.randint(0, len(data)) if data else 0
        if choice < 0.25 and data:
            index = rng.randrange(len(data))
            data[index] = rng.randrange(256)
        elif choice < 0.55:
            token = rng.choice(HOSTILE) * rng.choice([1, 1, 1, 2, 10, 100])
            data[position:position] = token
        elif choice < 0.7 and data:
            end = min(len(data), position + rng.randint(1, 200))
            del data[position:end]
        elif choice < 0.85 and data:
            end = min(len(data), position + rng.randint(1, 400))
            data[position:position] = data[position:end] * rng.randint(1, 20)
        elif data:
            del data[rng.randint(0, len(data)):]
    return bytes(data)


def seeds():
    """(name, kind, bytes): kind says which command reads it."""
    found = []
    examples = os.path.join(ROOT, "Examples")
    for folder, _, files in os.walk(examples):
        for name in sorted(files):
            path = os.path.join(folder, name)
            ext = os.path.splitext(name)[1]
            if ext in (".md", ".markdown", ".xml", ".txt", ".docx", ".odt", ".pdf"):
                kind = "document"
            elif ext in (".yml", ".yaml", ".csv") and os.path.basename(folder) == "index":
                kind = "assessment"
            else:
                continue
            with open(path, "rb") as handle:
                found.append((name, kind, handle.read()))
    found.append(("spbelint.yml", "config", b"profile: pemda\nrules:\n  dasar-hukum: warning\n"
                  b"overrides:\n  - files: [\"draf/**\", \"*.md\"]\n    rules: { arsitektur-reviu: info }\nignore: [\"arsip/**\"]\n"))
    found.append(("waivers.yml", "waivers", b"waivers:\n  - rule: dasar-hukum\n    reason: Menunggu\n"
                  b"    owner: Diskominfo\n    expires: 2030-12-31\n"))
    found.append(("baseline.json", "baseline", b"{\n  \"findings\" : [\n    {\n      \"fingerprint\" : \"0123\",\n"
                  b"      \"message\" : \"m\",\n      \"path\" : \"doc.md\",\n      \"ruleId\" : \"dasar-hukum\"\n"
                  b"    }\n  ],\n  \"schemaVersion\" : 1,\n  \"tool\" : \"spbelint\"\n}\n"))
    return found


def command(binary, kind, name, document):
    if kind == "document":
        return [binary, "check", "--no-config", "--format", "json", name]
    if kind == "assessment":
        return [binary, "index", name]
    if kind == "config":
        return [binary, "check", "--config", name, document]
    if kind == "waivers":
        return [binary, "check", "--no-config", "--waivers", name, document]
    return [binary, "check", "--no-config", "--baseline", name, document]


def limit_memory(megabytes):
    def apply():
        size = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    return apply


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "spbelint"))
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--memory-mb", type=int, default=2048)
    parser.add_argument("--keep", default=os.path.join(ROOT, ".build", "fuzz-failures"))
    options = parser.parse_args()
    if not os.access(options.binary, os.X_OK):
        print(f"{options.binary}: error: no spbelint binary; run `swift build` first", file=sys.stderr)
        return 2
    rng = random.Random(options.seed)
    corpus = seeds()
    scratch = tempfile.mkdtemp(prefix="spbelint-fuzz-")
    document = os.path.join(scratch, "doc.md")
    shutil.copy(os.path.join(ROOT, "Examples", "kota-contoh-draf.md"), document)
    os.makedirs(os.path.join(scratch, ".git"))
    deadline = time.time() + options.seconds
    rounds = failures = 0
    print(f"fuzz: seed {options.seed}, {len(corpus)} seeds, {options.seconds:.0f} s", file=sys.stderr)
    while time.time() < deadline:
        name, kind, data = rng.choice(corpus)
        mutant = mutate(data, rng)
        target = os.path.join(scratch, "input-" + name)
        with open(target, "wb") as handle:
            handle.write(mutant)
        arguments = command(options.binary, kind, os.path.basename(target), document)
        started = time.time()
        problem = None
        try:
            run = subprocess.run(arguments, cwd=scratch, capture_output=True, timeout=options.timeout,
                                 preexec_fn=limit_memory(options.memory_mb), env=dict(os.environ, LANG="en_US.UTF-8"))
            said = (run.stdout + run.stderr).decode("utf-8", "replace")
            report = None
            if kind == "document" and run.returncode in (0, 1, 2):
                try:
                    report = json.loads(run.stdout)
                except ValueError:
                    problem = "the JSON report does not parse"
                if isinstance(report, dict) and report.get("errors"):
                    said += " error: (in the JSON report)"
            if problem:
                pass
            elif run.returncode < 0:
                problem = f"killed by signal {-run.returncode}"
            elif run.returncode not in (0, 1, 2):
                problem = f"exit code {run.returncode}"
            elif run.returncode == 2 and "error:" not in said:
                problem = "exit 2 without an error message"
            elif "Fatal error" in said:
                problem = "Swift runtime error"
        except subprocess.TimeoutExpired:
            problem = f"timed out after {options.timeout:.0f} s"
        rounds += 1
        if problem:
            failures += 1
            os.makedirs(options.keep, exist_ok=True)
            kept = os.path.join(options.keep, f"{options.seed}-{rounds}-{name}")
            shutil.copy(target, kept)
            print(f"{kept}: error: {problem} ({' '.join(os.path.basename(a) for a in arguments[1:])}; "
                  f"{time.time() - started:.1f} s)", file=sys.stderr)
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"fuzz: {rounds} inputs, {failures} failure(s)", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
