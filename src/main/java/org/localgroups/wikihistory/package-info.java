/**
 * A page's own past, read from git: the commits of one branch that changed one file, oldest first,
 * each with its author, time, message and the file's bytes then. A git repository is opened where
 * it is; a bundle file is fetched into a repository in memory. JGit: no git binary is needed. Knows
 * nothing of groups.
 */
@NullMarked
package org.localgroups.wikihistory;

import org.jspecify.annotations.NullMarked;
