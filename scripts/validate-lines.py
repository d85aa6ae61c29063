#!/usr/bin/env python3
"""Validate JSON Lines files against a JSON Schema: validate-lines.py SCHEMA FILE... Prints one error per bad
line and exits 1 if any line does not validate (or is not JSON); prints the count of good lines otherwise."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)
bad = good = 0
for path in sys.argv[2:]:
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            errors = sorted(validator.iter_errors(json.loads(line)), key=lambda e: e.path)
        except json.JSONDecodeError as error:
            errors = [error]
        if errors:
            bad += 1
            print(f"{path}:{number}: {errors[0]}"[:400])
        else:
            good += 1
print(f"{good} valid, {bad} invalid")
sys.exit(1 if bad or not good else 0)
