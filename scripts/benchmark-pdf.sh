#!/usr/bin/env bash
# Times the plan PDF in Release: the demo plan and a plan four times its size. Prints pages, the median
# milliseconds over N runs, milliseconds per page, KB allocated per render and the PDF's size; time should grow no
# faster than the page count.
# Usage: scripts/benchmark-pdf.sh [RUNS] [FOLDER]   (FOLDER: also write the PDFs there, to look at them)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
args=(--runs "$runs")
if [[ $# -ge 2 ]]; then
  args+=(--out "$2")
fi
dotnet run --project benchmarks/Aip.Benchmarks -c Release -- "${args[@]}"
