package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies that tolerate null elements, so a validator can report them instead of a constructor crashing. */
final class Copies {

    private Copies() {}

    static <T> List<T> list(List<T> source) {
        return source == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(source));
    }
}
