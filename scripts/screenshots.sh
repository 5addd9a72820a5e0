#!/usr/bin/env bash
# Renders every framework's rating grid headless (Monocle, no display) into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
-cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    com.cxworkbook.ui.assessment.GridScreenshots "${1:-docs/screenshots}"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
-cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    com.cxworkbook.ui.gaps.GapScreenshots "${1:-docs/screenshots}"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
-cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    com.cxworkbook.ui.dashboard.DashboardScreenshots "${1:-docs/screenshots}"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
-cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    com.cxworkbook.ui.library.FrameworkLibraryScreenshots "${1:-docs/screenshots}"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
-cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    com.cxworkbook.ui.progress.ProgressScreenshots "${1:-docs/screenshots}"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
-Dheadless.geometry=1920x1200-32 \
-cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    com.cxworkbook.ui.ScreenSizeScreenshots "${1:-docs/screenshots}"
# the one-page PDF summary of the sample, rendered to PNG (needs poppler-utils for pdftoppm)
if command -v pdftoppm > /dev/null; then
    java -cp "target/classes:$(cat target/test-classpath.txt)" com.cxworkbook.app.Launcher export \
        src/main/resources/samples/sample-workshop.cxwb target/summary.pdf
    pdftoppm -png -r 90 -singlefile target/summary.pdf "${1:-docs/screenshots}/summary-pdf"
    java -cp "target/classes:$(cat target/test-classpath.txt)" com.cxworkbook.app.Launcher export \
        samples/northwind-follow-up.cxwb target/follow-up-summary.pdf
    pdftoppm -png -r 90 -singlefile target/follow-up-summary.pdf "${1:-docs/screenshots}/follow-up-summary-pdf"
fi
