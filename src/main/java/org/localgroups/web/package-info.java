@NullMarked
package org.localgroups.web;

import org.jspecify.annotations.NullMarked;
