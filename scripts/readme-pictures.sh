#!/usr/bin/env bash
# Draws the README's pictures with the product's own command (query --format svg) into docs/images/:
# a route, a neighbourhood, the members of a bloc, the chokepoints of a way, a trade chart and a
# timeline, from the seed data and the articles, imported into a throwaway store.
#
#   scripts/readme-pictures.sh            after 'mvn -q -DskipTests package'
#
# CORRIDOR_GRAPH_JAR   the jar (default: target/corridor-graph.jar), as for scripts/corridor-graph
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
out="$root/docs/images"
store="$(mktemp -d)"
trap 'rm -rf "$store"' EXIT
cg() { "$here/corridor-graph" "$@"; }

mkdir -p "$out"
cg import --data-dir "$store" >/dev/null
draw() {
    local file="$1"; shift
    cg query "$@" --format svg --data-dir "$store" > "$out/$file.tmp"
    mv "$out/$file.tmp" "$out/$file"
    echo "docs/images/$file"
}
draw routes-china-iran.svg routes --param from=China --param to=Iran --param 'via=Central Asia'
draw neighbourhood-iran.svg neighbourhood --param entity=Iran --param depth=2
draw members-sco.svg members --param bloc=SCO
draw chokepoints-china-iran.svg chokepoints --param from=China --param to=Iran
draw trade-kazakhstan-iran.svg trade --param a=Kazakhstan --param b=Iran
draw timeline-iran.svg timeline --param entity=Iran
