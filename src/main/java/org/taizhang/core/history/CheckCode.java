package org.taizhang.core.history;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerException;

/**
 * The ledger's check code, printed on paper: how many adjustments the document shows and the first
 * 48 bits of the last one's hash, "295-8C3F-A91B-02D4". A chain rewritten and re-sealed behind the
 * program's back verifies on its own, but no longer gives this code for that record: the paper the
 * committee holds is the anchor the file cannot carry. 48 bits keep a forger grinding texts for a
 * matching hash at it for years, while the code still fits on a line a clerk can type.
 */
public record CheckCode(long count, String hashPrefix) {
    static final int HEX_DIGITS = 12;
    private static final Pattern TEXT = Pattern.compile("(\\d+)(?:[-–—\\s]*((?:[0-9A-F][-–—\\s]*){12}))?");

    public CheckCode {
        hashPrefix = hashPrefix.toUpperCase(Locale.ROOT);
    }

    /** The code of a log up to and including its last record; "0" for a ledger with no adjustment. */
    public static CheckCode of(List<Adjustment> log) {
        if (log.isEmpty()) {
            return new CheckCode(0, "");
        }
        Adjustment last = log.get(log.size() - 1);
        return of(log.size(), last.hash());
    }

    public static CheckCode of(long count, String hash) {
        return new CheckCode(count, count == 0 ? "" : hash.substring(0, HEX_DIGITS));
    }

    /** Reads a code as printed, typed with or without its dashes, in either case. */
    public static CheckCode parse(String text) {
        String read = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher m = TEXT.matcher(read);
        if (!m.matches() || (m.group(2) == null) != read.equals("0")) {
            throw new LedgerException("checkCode.unreadable", text);
        }
        return new CheckCode(Long.parseLong(m.group(1)),
                m.group(2) == null ? "" : m.group(2).replaceAll("[^0-9A-F]", ""));
    }

    /** Whether {@code hash}, the hash of record {@link #count()}, is the one this code was taken from. */
    public boolean matches(String hash) {
        return hash.toUpperCase(Locale.ROOT).startsWith(hashPrefix);
    }

    public String text() {
        if (count == 0) {
            return "0";
        }
        return count + "-" + hashPrefix.substring(0, 4) + "-" + hashPrefix.substring(4, 8) + "-" + hashPrefix.substring(8);
    }

    @Override
    public String toString() {
        return text();
    }
}
