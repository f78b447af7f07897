# Benchmark data from the shared generator, through Benchmarks/Rank/generate.py (which fixes
# the one field the generator writes wrongly for our rubrics). Sourced by the benchmark
# scripts, from the package root:
#
#     bench_tools                                   # python3 + PyYAML, /usr/bin/time
#     bench_data FOLDER RUBRIC COUNT FORMAT SEED    # generated once; FOLDER.done marks it
bench_tools() {
  python3 -c 'import yaml' 2>/dev/null || pip install pyyaml >/dev/null
  [ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
}

bench_data() {
  if [ ! -e "$1.done" ]; then
    rm -rf "$1"
    python3 Benchmarks/Rank/generate.py --rubric "$2" --count "$3" --out "$1" --format "$4" --seed "$5" >/dev/null
    touch "$1.done"
  fi
}
