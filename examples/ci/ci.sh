#!/usr/bin/env bash
# Plain shell CI: lint the templates with the redactor command line and keep a SARIF report.
#
#   REDACTOR=/path/to/redactor ./ci.sh      (default: the launcher of the Redactor checkout)
#
# Exit code: 0 clean, 1 findings at or above fail-on (.redactor.yaml), 2 a file, the policy or
# the settings could not be used. The report is written to build/redactor.sarif either way.
set -uo pipefail
cd "$(dirname "$0")"
redactor="${REDACTOR:-../../redactor}"
mkdir -p build

"$redactor" lint --format sarif --output build/redactor.sarif .
status=$?
# Human-readable findings for the CI log (same run, text format; the summary is the last line).
"$redactor" lint . || true

case $status in
  0) echo "templates: clean" ;;
  1) echo "templates: findings above the threshold; see the lines above or build/redactor.sarif" >&2 ;;
  *) echo "templates: lint could not run (exit $status)" >&2 ;;
esac
exit $status
