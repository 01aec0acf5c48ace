/**
 * A made-up directory as large as asked, for trying the directory at scale: groups in real cities
 * drawn by population from the gazetteer, names in the scripts of their countries, links of every
 * kind, meeting phrases; the same for the same seed.
 */
@NullMarked
package org.localgroups.world;

import org.jspecify.annotations.NullMarked;
