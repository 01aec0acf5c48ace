/**
 * Text rules every layer shares: the one fold used to compare names (places, slugs, search) and the
 * one reading of e-mail addresses hidden from harvesters. Depends on nothing of ours.
 */
@NullMarked
package org.localgroups.text;

import org.jspecify.annotations.NullMarked;
