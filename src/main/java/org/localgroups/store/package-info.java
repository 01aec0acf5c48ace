@NullMarked
package org.localgroups.store;

import org.jspecify.annotations.NullMarked;
