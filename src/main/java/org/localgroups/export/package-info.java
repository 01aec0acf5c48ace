@NullMarked
package org.localgroups.export;

import org.jspecify.annotations.NullMarked;
