package com.cxworkbook.ui.file;

/** What the recovery banner says: unsaved work from an earlier session, what it holds and when it was saved. */
public record RecoveryOffer(String text) {}
