#!/usr/bin/env bash
# Renders every framework's rating grid headless (Monocle, no display) into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
out=${1:-docs/screenshots}
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
# one headless JVM per screenshot class: shot <main class> [extra JVM options]
shot() {
    local main=$1; shift
    java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true "$@" \
        -cp "$cp" "$main" "$out"
}
shot com.cxworkbook.ui.assessment.GridScreenshots
shot com.cxworkbook.ui.gaps.GapScreenshots
shot com.cxworkbook.ui.dashboard.DashboardScreenshots
shot com.cxworkbook.ui.library.FrameworkLibraryScreenshots
shot com.cxworkbook.ui.progress.ProgressScreenshots
shot com.cxworkbook.ui.ScreenSizeScreenshots -Dheadless.geometry=1920x1200-32
# the one-page PDF summary of the sample, rendered to PNG (needs poppler-utils for pdftoppm)
if command -v pdftoppm > /dev/null; then
    java -cp "target/classes:$(cat target/test-classpath.txt)" com.cxworkbook.app.Launcher export \
        src/main/resources/samples/sample-workshop.cxwb target/summary.pdf
    pdftoppm -png -r 90 -singlefile target/summary.pdf "$out/summary-pdf"
    java -cp "target/classes:$(cat target/test-classpath.txt)" com.cxworkbook.app.Launcher export \
        samples/northwind-follow-up.cxwb target/follow-up-summary.pdf
    pdftoppm -png -r 90 -singlefile target/follow-up-summary.pdf "$out/follow-up-summary-pdf"
fi
