/**
 * localgroups: a directory of local user groups. Here only the one exception root every feature
 * shares.
 */
@NullMarked
package org.localgroups;

import org.jspecify.annotations.NullMarked;
