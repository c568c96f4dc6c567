# Etalase: run on the server by `python -m generator publish` (POSIX sh, GNU coreutils).
# Usage: sh -s -- ACTION TARGET [RELEASE] [ARG]. Prints key=value lines; the exit status names
# the failure (generator/publish/deploy.py reads both). Never touches `current` but to switch it.
set -u
action=$1 target=$2 release=${3:-} arg=${4:-}
marker="$target/.etalase-target"
releases="$target/releases"

current_release() {
    if [ -L "$target/current" ]; then basename "$(readlink "$target/current")"; fi
}

case $action in
preflight)  # ARG: bytes needed; RELEASE: the rsync program
    command -v "$release" >/dev/null 2>&1 || exit 10
    command -v sha256sum >/dev/null 2>&1 || exit 11
    if [ -e "$target" ] && [ ! -e "$marker" ] && [ -n "$(ls -A "$target" 2>/dev/null)" ]; then exit 12; fi
    if [ -e "$target/current" ] && [ ! -L "$target/current" ]; then exit 12; fi
    mkdir -p "$releases" 2>/dev/null && touch "$marker" 2>/dev/null || exit 16
    for stale in "$releases"/*.partial; do [ -e "$stale" ] && rm -rf "$stale"; done
    free_kb=$(df -Pk "$releases" | awk 'NR == 2 { print $4 }')
    echo "free_kb=$free_kb"
    echo "current=$(current_release)"
    [ $((free_kb * 1024)) -ge "$arg" ] || exit 13
    ;;
free)  # the space left where releases are written (after a failed upload, before it is discarded)
    df -Pk "$releases" 2>/dev/null | awk 'NR == 2 { print "free_kb=" $4 }'
    ;;
verify)  # the uploaded RELEASE.partial matches its hash list, file for file
    cd "$releases/$release.partial" 2>/dev/null || exit 14
    listed=$(wc -l < .etalase/release.sha256) || exit 14
    found=$(find . -type f ! -path ./.etalase/release.sha256 | wc -l)
    [ "$listed" -eq "$found" ] || { echo "count=$found/$listed"; exit 14; }
    sha256sum --quiet --strict -c .etalase/release.sha256 2>/dev/null | head -n 20 | sed 's/^/bad=/'
    sha256sum --status --strict -c .etalase/release.sha256 2>/dev/null || exit 14
    ;;
switch)  # make RELEASE current with one rename(2), then keep the newest ARG releases
    if [ -d "$releases/$release.partial" ]; then mv "$releases/$release.partial" "$releases/$release" || exit 17; fi
    [ -d "$releases/$release" ] || exit 15
    ln -sfn "releases/$release" "$target/.current.new" && mv -T "$target/.current.new" "$target/current" || exit 17
    echo "current=$release"
    if [ -n "$arg" ]; then
        ls -1 "$releases" | grep -v '\.partial$' | sort -r | tail -n +"$((arg + 1))" | while read -r old; do
            [ "$old" = "$release" ] || rm -rf "${releases:?}/$old"
        done
    fi
    ;;
previous)  # the release before the current one, by name (names sort by time)
    now=$(current_release)
    [ -n "$now" ] || exit 15
    before=$(ls -1 "$releases" | grep -v '\.partial$' | sort | awk -v now="$now" '$0 < now' | tail -n 1)
    [ -n "$before" ] || exit 15
    echo "current=$now"
    echo "previous=$before"
    ;;
discard)  # remove an upload that did not finish
    rm -rf "${releases:?}/$release.partial"
    ;;
*)
    exit 2
    ;;
esac
