package org.localgroups.tiers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that kills child JVMs hundreds of times while they write, on SQLite and on the
 * PostgreSQL at 127.0.0.1:5432: the durability tier of {@code bin/test}'s summary (a few minutes of
 * the machine's two cores), left out with {@code -Dlocalgroups.skip=durability}. Tags the class for
 * both JUnit Jupiter and jqwik, which read different {@code @Tag} annotations.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@org.junit.jupiter.api.Tag("durability")
@net.jqwik.api.Tag("durability")
public @interface DurabilityTier {}
