@NullMarked
package org.localgroups.moin;

import org.jspecify.annotations.NullMarked;
