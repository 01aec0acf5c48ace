/**
 * Fetching a URL someone else wrote, safely: only http and https, only public addresses (unless an
 * allow-list says otherwise), the address that was checked is the one connected to, every redirect
 * re-checked, time and size bounded, polite to each host. Knows nothing of groups.
 */
@NullMarked
package org.localgroups.fetch;

import org.jspecify.annotations.NullMarked;
