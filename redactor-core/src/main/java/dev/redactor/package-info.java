/**
 * Redactor's public API: build a {@link dev.redactor.Redactor}, {@linkplain
 * dev.redactor.Redactor#check(dev.redactor.Message) check} outgoing messages, read the {@link
 * dev.redactor.Verdict}.
 *
 * <p>Everything here is null-hostile unless marked {@code @Nullable}; value types are immutable
 * and their {@code toString()} never contains message text.
 */
@NullMarked
package dev.redactor;

import org.jspecify.annotations.NullMarked;
