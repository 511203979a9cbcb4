#!/usr/bin/env bash
# Runs every Jazzer fuzz target of the stack (each @FuzzTest method) for SECONDS each, with the
# standalone Jazzer driver (JUnit runs one fuzz test per JVM in fuzzing mode), and prints how many
# inputs each tried. A crash fails the run and leaves its input under stack/target/fuzz/<target>/.
# Usage: tools/fuzz.sh SECONDS   (make test runs 5 s per target, make fuzz 300 s)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: tools/fuzz.sh SECONDS}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }
root=$PWD
classpath="$root/stack/target/test-classes:$root/stack/target/classes:$(cat stack/target/test-classpath.txt)"
status=0
printf '%-42s %12s %10s  %s\n' "fuzz target" "inputs" "exec/s" "result"
for file in $(grep -l '@FuzzTest' -r stack/src/test/java | sort); do
  class=$(sed 's#stack/src/test/java/##; s#\.java$##; s#/#.#g' <<<"$file")
  for method in $(grep -A1 '@FuzzTest' "$file" | grep -oP 'void \K\w+'); do
    dir="stack/target/fuzz/${class##*.}.$method"
    mkdir -p "$dir"
    log="$dir/log.txt"
    if (cd "$dir" && java -Xmx2g -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
          --target_class="$class" --target_method="$method" -max_total_time="$seconds" >"$root/$log" 2>&1); then
      result=ok
    else
      result="FAILED (see $log)"; status=1
    fi
    runs=$(grep -oP 'Done \K[0-9]+(?= runs)' "$log" || echo 0)
    speed=$(( runs / (seconds > 0 ? seconds : 1) ))
    printf '%-42s %12s %10s  %s\n' "${class##*.}.$method" "$runs" "$speed" "$result"
  done
done
exit $status
