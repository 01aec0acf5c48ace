/**
 * Page files to outlines: decoding and checking the bytes, telling the format, choosing the front
 * end.
 */
@NullMarked
package org.localgroups.pages;

import org.jspecify.annotations.NullMarked;
