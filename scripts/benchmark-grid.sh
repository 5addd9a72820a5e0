#!/usr/bin/env bash
# Times a click on the rating grid (headless, Monocle software rendering); see docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java ${JAVA_OPTS:-} -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    com.cxworkbook.ui.assessment.GridClickBenchmark
