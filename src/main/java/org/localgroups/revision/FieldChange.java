package org.localgroups.revision;

/**
 * One field that differs between two states, each value as people read it ("" when absent).
 *
 * @param field the field's name ("name", "links", "place")
 * @param before its value before
 * @param after its value after
 */
public record FieldChange(String field, String before, String after) {}
