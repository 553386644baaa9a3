#!/bin/sh
# Re-extract every translatable string of sim_facilitator/ (ui and models, so the
# "Errors" and "Labels" contexts are included) into translations/*.ts, keeping the
# existing translations, then compile the .qm files the app loads at run time.
# Usage: scripts/update_translations.sh   (from anywhere inside the repository)
set -eu
cd "$(dirname "$0")/.."
for pair in ar:ar_MA fr:fr_MA en:en_GB; do
    lang=${pair%%:*}
    locale=${pair#*:}
    uv run pyside6-lupdate -extensions py -locations relative -no-obsolete -tr-function-alias QT_TRANSLATE_NOOP+=_ \
        sim_facilitator -target-language "$locale" \
        -ts "translations/sim_facilitator_${lang}.ts"
done
for lang in ar fr en; do
    uv run pyside6-lrelease -silent "translations/sim_facilitator_${lang}.ts" \
        -qm "translations/sim_facilitator_${lang}.qm"
done
