@NullMarked
package org.localgroups.markdown;

import org.jspecify.annotations.NullMarked;
