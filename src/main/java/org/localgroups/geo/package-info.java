/**
 * The offline GeoNames gazetteer: looking places up, finding the places a text names, suggesting as
 * you type.
 */
@NullMarked
package org.localgroups.geo;

import org.jspecify.annotations.NullMarked;
