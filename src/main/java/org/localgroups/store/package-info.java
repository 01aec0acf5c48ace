/**
 * The directory store: SQLite by default or PostgreSQL, behind {@code DirectoryStore}; each write
 * one transaction.
 */
@NullMarked
package org.localgroups.store;

import org.jspecify.annotations.NullMarked;
