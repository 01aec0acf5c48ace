/** The format-neutral outline that every page front end produces and the importer reads. */
@NullMarked
package org.localgroups.outline;

import org.jspecify.annotations.NullMarked;
