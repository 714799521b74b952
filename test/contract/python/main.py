"""Runs the named groups (modules of this folder, each with a run() returning its observations) in one
process, so that the SDK's models are built once, and prints {group: {"report": …} or {"error": traceback}}
as one JSON line."""
import importlib
import sys
import traceback

from common import report

results = {}
for name in sys.argv[1:]:
    try:
        results[name] = {"report": importlib.import_module(name).run()}
    except Exception:  # one group's failure is shown by its own test; the others still run
        results[name] = {"error": traceback.format_exc()}
report(results)
