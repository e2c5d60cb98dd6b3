#!/usr/bin/env python3
"""Fidelity figure: how many summary lines `sniffer read -n -r FILE` prints identical to `tshark -n -r FILE`,
over every capture in ../shared/corpus-wireshark, ../shared/corpus and sample_captures (with the key log that
belongs to each: NAME.keys beside it; for x.pcapng.gz, x.pcapng.keys).

    python3 bench/fidelity.py [--sniffer "dotnet src/Sniffer/bin/Release/net10.0/sniffer.dll"] [-v]

Prints one line per capture (identical/total frames) and the totals. A capture sniffer cannot read counts
its frames as different. Build first: dotnet build Sniffer.sln -c Release.
"""
import argparse, os, shlex, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
DIRS = [os.path.join(SHARED, "corpus-wireshark"), os.path.join(SHARED, "corpus"), os.path.join(ROOT, "sample_captures")]
EXTS = (".pcap", ".pcapng", ".cap", ".pcap.gz", ".pcapng.gz", ".cap.gz")


def captures():
    for d in DIRS:
        if not os.path.isdir(d):
            print(f"# {d} is absent; skipped", file=sys.stderr)
            continue
        for base, dirs, files in os.walk(d):
            dirs[:] = sorted(x for x in dirs if x not in ("expected", "derived"))
            for f in sorted(files):
                if f.endswith(EXTS):
                    yield os.path.join(base, f)


def key_log(capture):
    stem = capture[:-3] if capture.endswith(".gz") else capture
    keys = os.path.splitext(stem)[0] + ".keys"
    return keys if os.path.exists(keys) else None


def run(cmd):
    env = dict(os.environ, WIRESHARK_CONFIG_DIR=os.path.join("/tmp", "sniffer-fidelity-wireshark"))
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=600)
    return p.stdout.decode("utf-8", "replace").splitlines()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sniffer", default="dotnet " + os.path.join(ROOT, "src/Sniffer/bin/Release/net10.0/sniffer.dll"))
    ap.add_argument("-v", action="store_true", help="print the first differing line of each capture")
    a = ap.parse_args()
    sniffer = shlex.split(a.sniffer)
    total = same = 0
    for cap in captures():
        keys = key_log(cap)
        t_args = ["tshark", "-n", "-r", cap] + (["-o", "tls.keylog_file:" + keys] if keys else [])
        s_args = sniffer + ["read", "-n", "-r", cap] + (["--keylog", keys] if keys else [])
        t, s = run(t_args), run(s_args)
        n = len(t)
        ok = sum(1 for i, line in enumerate(t) if i < len(s) and s[i] == line)
        total += n
        same += ok
        print(f"{ok:6d}/{n:<6d} {os.path.relpath(cap, os.path.dirname(ROOT))}")
        if a.v and ok < n:
            for i, line in enumerate(t):
                if i >= len(s) or s[i] != line:
                    print(f"    tshark:  {line}\n    sniffer: {s[i] if i < len(s) else '(missing)'}")
                    break
    pct = 100.0 * same / total if total else 100.0
    print(f"identical summary lines: {same}/{total} ({pct:.1f}%)")


if __name__ == "__main__":
    main()
