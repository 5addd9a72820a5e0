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
-Dheadless.geometry=1920x1200-32 \
-cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    com.cxworkbook.ui.ScreenSizeScreenshots "${1:-docs/screenshots}"
