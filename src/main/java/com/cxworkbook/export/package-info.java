/** Excel (.xlsx) export with Apache POI; depends on the domain only, never on JavaFX. */
package com.cxworkbook.export;
