package dev.redactor.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets forbiddenapis accept the annotated class's use of {@code com.sun.net.httpserver}: its
 * {@code jdk-non-portable} signatures list every {@code com.sun} package, but this one is the
 * supported, exported API of the JDK module {@code jdk.httpserver}. Only {@link RedactorServer}
 * carries it; everything else in this module is still checked.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface SuppressForbidden {
  /** Why. */
  String reason();
}
