package org.taizhang.core;

import java.util.Locale;

/**
 * A failure the user must read: it carries a {@link Message}, so the same failure is shown in
 * Chinese in the program and in English where asked, never as a stack trace.
 */
public class LedgerException extends RuntimeException {
    private final Message message;

    public LedgerException(String key, Object... args) {
        this(null, key, args);
    }

    public LedgerException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.message = new Message(key, args);
    }

    public Message message() {
        return message;
    }

    public String key() {
        return message.key();
    }

    @Override
    public String getMessage() {
        return message.text();
    }

    public String getMessage(Locale locale) {
        return message.text(locale);
    }
}
