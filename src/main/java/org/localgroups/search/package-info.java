@NullMarked
package org.localgroups.search;

import org.jspecify.annotations.NullMarked;
