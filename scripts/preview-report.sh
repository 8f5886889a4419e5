#!/bin/sh
# Renders a report folder (plan.md and its SVG charts) in headless Chromium and
# writes screenshots beside it, to look at before shipping a report change.
# Needs Debian's chromium and python3-markdown. Usage: scripts/preview-report.sh OUT [dark]
set -eu
out=$1
scheme=${2:-light}
/usr/bin/python3 - "$out" "$scheme" <<'PY'
import sys, markdown, pathlib
out, scheme = pathlib.Path(sys.argv[1]), sys.argv[2]
bg, fg = ("#0d1117", "#f0f6fc") if scheme == "dark" else ("#ffffff", "#1f2328")
style = f"""body{{max-width:1012px;margin:24px auto;font:16px/1.5 -apple-system,'Segoe UI','Noto Sans',Helvetica,Arial,sans-serif;
background:{bg};color:{fg};color-scheme:{scheme}}} table{{border-collapse:collapse;display:block;overflow:auto}}
td,th{{border:1px solid #3d444d88;padding:6px 13px}} img{{max-width:100%}} code{{background:#8881;padding:2px 4px}}"""
for md in sorted(out.glob("*.md")):
    body = markdown.markdown(md.read_text(), extensions=["tables"])
    md.with_suffix(".html").write_text(f"<!doctype html><meta charset=utf-8><style>{style}</style>{body}")
PY
for page in "$out"/*.html "$out"/*.svg; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-dark-mode="$( [ "$scheme" = dark ] && echo true || echo false )" \
        --blink-settings=preferredColorScheme=$( [ "$scheme" = dark ] && echo 0 || echo 1 ) \
        --screenshot="$page.$scheme.png" --window-size=1200,${HEIGHT:-2000} "file://$(realpath "$page")" 2>/dev/null
done
ls "$out"/*.png
