#!/usr/bin/env bash
# Writes the spbelint(1) man page (roff) from the binary's own help, so it never goes stale.
# Usage: scripts/manpage.sh PATH/TO/spbelint > spbelint.1
set -euo pipefail
binary=${1:?usage: scripts/manpage.sh PATH/TO/spbelint}
version=$("$binary" --version)
escape() { sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\\&'/"; }
cat <<HEAD
.TH SPBELINT 1 "$(date -u +%Y-%m-%d)" "spbelint $version" "User Commands"
.SH NAME
spbelint \- compliance linter for Indonesian SPBE plans and regulations
.SH SYNOPSIS
.B spbelint
[\fIcommand\fR] [\fIoptions\fR] \fIpath\fR...
.SH DESCRIPTION
spbelint reads a Rencana Induk, Arsitektur or Peta Rencana SPBE, or a Perkada or Keputusan that
enacts one, and reports every gap with the article it enforces (Perpres 95/2018, Perpres 132/2022,
Permenpan RB 59/2020). Exit codes: 0 nothing at or above \-\-fail\-on; 1 findings at or above it;
2 the run could not be done as asked.
HEAD
for command in check rules explain risk report index citations; do
  echo ".SH COMMAND: ${command^^}"
  echo ".nf"
  "$binary" help "$command" 2>&1 | escape
  echo ".fi"
done
cat <<'TAIL'
.SH ENVIRONMENT
.TP
.B SPBELINT_HOME
folder holding Rules/, Schemas/ and Frameworks/ (default: ../share/spbelint beside the binary).
.TP
.B NO_COLOR, FORCE_COLOR
turn colour off, or force it with \-\-color auto.
.TP
.B LANG
messages in English when it starts with en (else Indonesian), unless \-\-lang is given.
.SH SEE ALSO
The README shipped in share/spbelint, and `spbelint explain RULE`.
TAIL
