package org.localgroups.search;

/** A group that matched a text query, with its relevance score (higher is better). */
public record TextHit(String groupSlug, float score) {}
