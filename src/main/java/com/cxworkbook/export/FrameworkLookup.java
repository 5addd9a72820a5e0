package com.cxworkbook.export;

import com.cxworkbook.domain.Framework;
import java.util.Optional;

/**
 * Finds a framework by id. The export only needs this one question answered, so it does not depend on the
 * persistence layer: pass {@code catalog::find}.
 */
@FunctionalInterface
public interface FrameworkLookup {

    Optional<Framework> find(String frameworkId);
}
