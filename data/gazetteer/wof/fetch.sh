#!/usr/bin/env bash
# Regenerates wof-localities-<cc>.tsv.gz and manifest.tsv here from bare clones of whosonfirst-data/whosonfirst-data-admin-<cc>.
#
# Usage: data/gazetteer/wof/fetch.sh <bare-git-dir>...
#   Each path must contain "whosonfirst-data-admin-<cc>" (that is where the country code comes from), e.g.
#     git clone --bare --depth 1 https://github.com/whosonfirst-data/whosonfirst-data-admin-np.git /tmp/wof/whosonfirst-data-admin-np.git
#     data/gazetteer/wof/fetch.sh /tmp/wof/whosonfirst-data-admin-*.git
#   The files here were made from the repositories' default branch at the commits in manifest.tsv.
#   Set WOF_SCRIPTS=latin,arabic,cyrillic to drop alternate names written in other scripts (ExtractWof.cs --scripts).
#
# Not done here: whosonfirst-data-admin-id, -mx and -ru (over 200,000 files in one commit) and -in and -br (snapshots
# over 500 MB) were too big for the copying tool used; with a full clone of them the same command works.
# Checked: with --keep-superseded the output is byte-identical to the SY, CO and NG rows of /work/shared/gazetteer.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
manifest=$here/manifest.tsv
touch "$manifest"

for dir in "$@"; do
    repo=$(grep -o 'whosonfirst-data-admin-[a-z][a-z]' <<<"$dir" | tail -n 1) || { echo "skip $dir: no whosonfirst-data-admin-<cc> in path" >&2; continue; }
    cc=${repo##*-}
    dotnet run --file "$here/ExtractWof.cs" -- --repo "$dir" --cc "$cc" --out "$here/wof-localities-$cc.tsv.gz" ${WOF_SCRIPTS:+--scripts "$WOF_SCRIPTS"}

    # One manifest line per repository (same format as /work/shared/gazetteer/manifest.tsv): name, commit, commit date.
    line=$(printf 'whosonfirst-data/%s\t%s\t%s' "$repo" "$(git --git-dir "$dir" rev-parse HEAD)" "$(git --git-dir "$dir" log -1 --format=%cd --date=short HEAD)")
    { grep -v "^whosonfirst-data/$repo	" "$manifest" || true; echo "$line"; } > "$manifest.tmp"
    mv "$manifest.tmp" "$manifest"
done
