package org.localgroups.tiers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that drives headless Chromium: the browser tier of {@code bin/test}'s summary, left
 * out with {@code -Dlocalgroups.skip=browser}. Tags the class for both JUnit Jupiter and jqwik,
 * which read different {@code @Tag} annotations.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@org.junit.jupiter.api.Tag("browser")
@net.jqwik.api.Tag("browser")
public @interface BrowserTier {}
