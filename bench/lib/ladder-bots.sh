# Sourced by the arena benchmarks: the bots they submit.
# write_ladder_bots DIR COUNT: COUNT submission bodies (DIR/NAME.json, {game, files}) from the four Light Cycles
# samples in turn; past the fourth, a copy is the sample with the types it declares renamed (not the game API's
# LightCyclesBot it derives from), so that it is a bot (and an artifact) of its own.
write_ladder_bots() {
  local dir="$1" count="$2" samples=(floodfill wallfollower voronoi random) i sample copy name file text declared
  mkdir -p "$dir"
  for i in $(seq 0 $((count - 1))); do
    sample="${samples[$((i % ${#samples[@]}))]}" copy=$((i / ${#samples[@]}))
    name="$sample${copy/#0/}"
    jq -n --arg game lightcycles '{game: $game, files: []}' >"$dir/$name.json"
    declared="$(cat samples/LightCycles/bots/"$sample"/*.cs | grep -oE '\b(class|struct|record|interface|enum) [A-Z][A-Za-z0-9_]*' \
      | awk '{print $2}' | sort -u | paste -sd'|')"
    for file in samples/LightCycles/bots/"$sample"/*.cs; do
      text="$(cat "$file")"
      if [[ $copy -gt 0 && -n "$declared" ]]; then text="$(sed -E "s/\b($declared)\b/\1$copy/g" <<<"$text")"; fi
      jq --arg name "$(basename "$file")" --arg text "$text" '.files += [{name: $name, text: $text}]' "$dir/$name.json" >"$dir/$name.tmp"
      mv "$dir/$name.tmp" "$dir/$name.json"
    done
  done
}
