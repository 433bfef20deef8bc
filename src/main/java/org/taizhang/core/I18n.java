package org.taizhang.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The program's words, Chinese first. The root bundle {@code messages.properties} is Chinese
 * (zh_CN); {@code messages_en.properties} is English. Lookup never falls back to the JVM's default
 * locale, so a Chinese office PC with an English JVM default still sees Chinese.
 */
public final class I18n {
    private static final String BUNDLE = "org.taizhang.messages";
    private static volatile Locale chosen = Locale.SIMPLIFIED_CHINESE;
    private static volatile ResourceBundle bundle = load(chosen);

    private I18n() {
    }

    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chooses the language for the whole program: "en" gives English, anything else Chinese. */
    public static void use(Locale locale) {
        chosen = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        bundle = load(chosen);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The language chosen: zh_CN unless English was asked for. */
    public static Locale locale() {
        return chosen;
    }

    public static String text(String key, Object... args) {
        return format(bundle, key, args);
    }

    public static String format(ResourceBundle in, String key, Object... args) {
        String pattern;
        try {
            pattern = in.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Ids and counts as written: MessageFormat would print task 1234 as "1,234".
            values[i] = args[i] instanceof Number || args[i] == null ? String.valueOf(args[i])
                    : args[i] instanceof Message m ? format(in, m.key(), m.args()) // a message within a message
                    : args[i];
        }
        return new MessageFormat(pattern, in.getLocale()).format(values);
    }
}
