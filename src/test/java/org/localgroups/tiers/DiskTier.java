package org.localgroups.tiers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that mounts a small file system of its own (a tmpfs, which needs root) to fill it:
 * the full-disk tier of {@code bin/test}'s summary, left out with {@code -Dlocalgroups.skip=disk}.
 * Tags the class for both JUnit Jupiter and jqwik, which read different {@code @Tag} annotations.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@org.junit.jupiter.api.Tag("disk")
@net.jqwik.api.Tag("disk")
public @interface DiskTier {}
