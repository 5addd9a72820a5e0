package com.cxworkbook.persistence;

/** Why one framework file was not loaded: the file, where in it (a JSON path) and what is wrong. */
public record FrameworkLoadProblem(String file, String path, String message) {

    @Override
    public String toString() {
        return file + " — " + path + ": " + message;
    }
}
