package com.cxworkbook.domain;

/** An item and the rating it contributed (null when unrated), for explaining a score. */
public record ItemScore(Item item, Rating rating) {}
