@NullMarked
package org.localgroups.cli;

import org.jspecify.annotations.NullMarked;
