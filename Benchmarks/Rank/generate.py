#!/usr/bin/env python3
"""Benchmark data for `zhizao rank`: runs the shared generator (../shared/tools/gen_assessments.py,
or GEN_ASSESSMENTS) with the same arguments, fixing one thing in its output.

The generator writes a profile fact whose choices carry labels ({id, label}) as the whole
object instead of its id, so every assessment it writes for the shipped rubrics would be
refused. Here its draw_profile is wrapped to keep the id; the random sequence is untouched,
so the data are otherwise exactly the generator's.
"""
import importlib.util
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
path = os.environ.get("GEN_ASSESSMENTS") or os.path.join(here, "..", "..", "..", "shared", "tools", "gen_assessments.py")
spec = importlib.util.spec_from_file_location("gen_assessments", path)
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

draw_profile = gen.draw_profile


def draw_profile_ids(rng, rubric, s):
    return {k: (v["id"] if isinstance(v, dict) and "id" in v else v) for k, v in draw_profile(rng, rubric, s).items()}


gen.draw_profile = draw_profile_ids
sys.exit(gen.main(sys.argv[1:]))
