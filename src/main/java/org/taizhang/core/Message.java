package org.taizhang.core;

import java.util.Arrays;
import java.util.Locale;

/** Words for the user, not yet in a language: a bundle key and the values that fill it. */
public record Message(String key, Object... args) {

    public Message {
        args = args.clone();
    }

    public String text() {
        return I18n.text(key, args);
    }

    public String text(Locale locale) {
        return I18n.format(I18n.load(locale), key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.key.equals(key) && Arrays.equals(m.args, args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
