package com.cxworkbook.domain;

/**
 * One activity of a gap-analysis worksheet: the item, its section, its current rating (null = unrated),
 * the gap to the top of the scale (null for N/A or unrated) and the worksheet row (null until edited).
 */
public record GapLine(Section section, Item item, Rating rating, Integer gap, GapRow row) {}
