package com.cxworkbook.domain;

/** One thing wrong with a framework definition, located by a JSON-style path such as {@code $.sections[2].items[0].id}. */
public record ValidationProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
