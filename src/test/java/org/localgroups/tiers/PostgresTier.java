package org.localgroups.tiers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that uses the PostgreSQL at 127.0.0.1:5432: the PostgreSQL tier of {@code
 * bin/test}'s summary, left out with {@code -Dlocalgroups.skip=postgres}. Tags the class for both
 * JUnit Jupiter and jqwik, which read different {@code @Tag} annotations.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@org.junit.jupiter.api.Tag("postgres")
@net.jqwik.api.Tag("postgres")
public @interface PostgresTier {}
