package org.lectern.model;

import java.util.Locale;

/** An enum whose constants read as plain words: {@code ROUGHLY_EVEN_CHANCE} is "roughly even chance". */
public interface Labelled {
    String name();

    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
