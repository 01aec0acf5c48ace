/**
 * Finding groups: the Lucene index (full text and nearest), "find a group near me", and the live
 * directory that serves one version of the directory with its index to each request.
 */
@NullMarked
package org.localgroups.search;

import org.jspecify.annotations.NullMarked;
