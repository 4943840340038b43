#!/usr/bin/env bash
# bench-chrono.sh: storyline's tagger against chrono-node, whole process
# against whole process, on the same files.
#
# It writes the texts of the Timeline17 development articles (../shared/tls-dev)
# and of the TimeBank and AQUAINT documents (../shared/corpora) as .txt files
# into a temporary folder, installs chrono-node with npm into that folder,
# then times
#   node chrono-bench.js FILE...                              (chrono-node)
#   storyline tag -format jsonl -dct D -out - FILE...         (storyline)
# each writing one JSONL stream to /dev/null, RUNS times, and prints the best
# wall time and the lowest CPU time (user+sys), each over the RUNS runs and
# read to the millisecond (the machine may be shared: the least disturbed
# run of each is the one to compare), and MB/s for both.
#
# Usage: scripts/bench-chrono.sh [RUNS]   (from the repository root; make bench-chrono)
set -euo pipefail

runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/texts"
python3 - "$shared" "$tmp/texts" <<'PY'
import glob, json, os, re, sys, html
shared, out = sys.argv[1], sys.argv[2]
n = 0
for f in sorted(glob.glob(os.path.join(shared, "tls-dev", "*", "articles.jsonl"))):
    story = os.path.basename(os.path.dirname(f))
    for line in open(f, encoding="utf-8"):
        a = json.loads(line)
        open(os.path.join(out, "%s_%s.txt" % (story, n)), "w", encoding="utf-8").write(a["text"])
        n += 1
for f in sorted(glob.glob(os.path.join(shared, "corpora", "*", "*.tml"))):
    raw = open(f, encoding="utf-8").read()
    m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if m:
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
        open(os.path.join(out, "tml_%s.txt" % n), "w", encoding="utf-8").write(text)
        n += 1
PY
files=("$tmp"/texts/*.txt)
bytes=$(cat "${files[@]}" | wc -c)

echo "installing chrono-node into $tmp (npm)..." >&2
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund chrono-node >/dev/null)
cp "$root/scripts/chrono-bench.js" "$tmp/"
chrono_version=$(node -p "require('$tmp/node_modules/chrono-node/package.json').version")

echo "building storyline..." >&2
(cd "$root" && CGO_ENABLED=1 GOFLAGS=-tags=sqlite_fts5 go build -o "$tmp/storyline" ./cmd/storyline)

# best runs: prints "wall cpu" in seconds, the lowest of each over $runs runs
# (wall from a monotonic clock, CPU from the children's rusage)
best() {
	python3 - "$runs" "$@" <<'PY'
import resource, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
bw = bc = None
for _ in range(runs):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    w = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    c = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    bw = w if bw is None else min(bw, w)
    bc = c if bc is None else min(bc, c)
print("%.3f %.3f" % (bw, bc))
PY
}

export REF_DATE=2009-06-01
read -r cw cc <<<"$(best node "$tmp/chrono-bench.js" "${files[@]}")"
read -r sw sc <<<"$(best "$tmp/storyline" tag -format jsonl -dct "$REF_DATE" -out - "${files[@]}")"
read -r s1w s1c <<<"$(GOMAXPROCS=1 best "$tmp/storyline" tag -format jsonl -dct "$REF_DATE" -out - "${files[@]}")"

mb=$(echo "scale=3; $bytes / 1000000" | bc)
rate() { echo "scale=1; $mb / $1" | bc; }
echo "input: ${#files[@]} documents, $mb MB (tls-dev articles and the TimeBank/AQUAINT texts); best wall and lowest CPU of $runs runs; $(nproc) cores"
printf '%-34s %8s %8s %10s %10s\n' "" "wall s" "cpu s" "MB/s wall" "MB/s cpu"
printf '%-34s %8s %8s %10s %10s\n' "chrono-node $chrono_version (node $(node --version))" "$cw" "$cc" "$(rate "$cw")" "$(rate "$cc")"
printf '%-34s %8s %8s %10s %10s\n' "storyline tag (all cores)" "$sw" "$sc" "$(rate "$sw")" "$(rate "$sc")"
printf '%-34s %8s %8s %10s %10s\n' "storyline tag (GOMAXPROCS=1)" "$s1w" "$s1c" "$(rate "$s1w")" "$(rate "$s1c")"
echo "speed-up, wall: $(echo "scale=1; $cw / $sw" | bc)x (one core: $(echo "scale=1; $cw / $s1w" | bc)x); cpu: $(echo "scale=1; $cc / $sc" | bc)x"
