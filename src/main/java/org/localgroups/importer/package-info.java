@NullMarked
package org.localgroups.importer;

import org.jspecify.annotations.NullMarked;
