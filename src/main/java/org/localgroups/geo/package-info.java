@NullMarked
package org.localgroups.geo;

import org.jspecify.annotations.NullMarked;
