package org.taizhang.core.task;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerException;

/**
 * A 完成时限: the text as written (always kept), the date it means (null when ongoing or none)
 * and what kind of date that is. Text that names several dates ("6月底前出台方案，年底前全面推开")
 * means the last of them.
 */
public record Deadline(LocalDate date, DeadlineKind kind, String text) implements Comparable<Deadline> {

    public static final Deadline NONE = new Deadline(null, DeadlineKind.NONE, "");

    private static final Comparator<Deadline> ORDER = Comparator
            .comparing(Deadline::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Deadline::kind)
            .thenComparing(Deadline::text);

    private static final String NUM = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final Pattern ONGOING = Pattern.compile("长期坚持|持续推进|长期推进|长期|持续|常态化");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern YEAR_MONTH_PART = Pattern.compile("(?:(\\d{4})年)?" + NUM + "月(?:份)?(上旬|中旬|下旬)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*(?:年|[\\-/.])\\s*(\\d{1,2})(?:\\s*月)?(?!\\d)");
    private static final Pattern MONTH = Pattern.compile(NUM + "月(?:份)?");
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})年)?(?:第)?([一二三四1-4])季度");
    private static final Pattern HALF = Pattern.compile("(?:(\\d{4})年)?([上下])半年");
    private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})年?)?(?:年内|年底|年末|全年|年前)|(\\d{4})年(?:度)?");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("(\\d{4})年");

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }

    /** An exact day, written the way offices write it. */
    public static Deadline of(LocalDate date) {
        return new Deadline(date, DeadlineKind.DATE,
                date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
    }

    /**
     * Reads a 完成时限. Phrases without a year ("6月底前", "上半年", "年内") fall in {@code ledgerYear}.
     *
     * @throws LedgerException when the text names no date and no ongoing phrase
     */
    public static Deadline parse(String text, int ledgerYear) {
        Deadline d = read(text, ledgerYear);
        if (d.kind == DeadlineKind.UNREAD) {
            throw new LedgerException("deadline.unreadable", d.text);
        }
        return d;
    }

    /** Phrases already read, by year and text: the same few phrases come back on every row. */
    private static final java.util.Map<String, Deadline> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** Like {@link #parse} but keeps unreadable text as kind UNREAD instead of failing. */
    public static Deadline parseLenient(String text, int ledgerYear) {
        String key = ledgerYear + "|" + text;
        Deadline known = READ.get(key);
        if (known != null) {
            return known;
        }
        Deadline d;
        try {
            d = read(text, ledgerYear);
        } catch (LedgerException impossibleDate) {
            d = new Deadline(null, DeadlineKind.UNREAD, text.strip());
        }
        if (READ.size() > 4096) {
            READ.clear(); // a ledger repeats a few dozen phrases; a cache this size never grows old
        }
        READ.put(key, d);
        return d;
    }

    private static Deadline read(String raw, int ledgerYear) {
        String original = raw == null ? "" : raw.strip();
        if (original.isEmpty()) {
            return NONE;
        }
        // Work on a copy in which each recognised phrase is blanked out, so that a less specific
        // pattern never reads the same words again ("2023年12月" is not also "2023年").
        StringBuilder s = new StringBuilder(normalise(original));
        List<Deadline> found = new ArrayList<>();
        int year = explicitYear(s, ledgerYear);

        for (Matcher m = FULL_DATE.matcher(s); m.find(); m = FULL_DATE.matcher(blank(s, m))) {
            found.add(day(original, year(m.group(1), year), m.group(2), m.group(3)));
        }
        for (Matcher m = YEAR_MONTH_PART.matcher(s); m.find(); m = YEAR_MONTH_PART.matcher(blank(s, m))) {
            YearMonth ym = yearMonth(original, year(m.group(1), year), m.group(2));
            String part = m.group(3);
            found.add(part.equals("下旬")
                    ? new Deadline(ym.atEndOfMonth(), DeadlineKind.MONTH_END, original)
                    : new Deadline(ym.atDay(part.equals("上旬") ? 10 : 20), DeadlineKind.DATE, original));
        }
        for (Matcher m = YEAR_MONTH.matcher(s); m.find(); m = YEAR_MONTH.matcher(blank(s, m))) {
            found.add(monthEnd(original, yearMonth(original, Integer.parseInt(m.group(1)), m.group(2))));
        }
        for (Matcher m = MONTH.matcher(s); m.find(); m = MONTH.matcher(blank(s, m))) {
            found.add(monthEnd(original, yearMonth(original, year, m.group(1))));
        }
        for (Matcher m = QUARTER.matcher(s); m.find(); m = QUARTER.matcher(blank(s, m))) {
            int q = "一二三四".indexOf(m.group(2)) + 1;
            q = q > 0 ? q : Integer.parseInt(m.group(2));
            found.add(new Deadline(YearMonth.of(year(m.group(1), year), q * 3).atEndOfMonth(),
                    DeadlineKind.QUARTER_END, original));
        }
        for (Matcher m = HALF.matcher(s); m.find(); m = HALF.matcher(blank(s, m))) {
            int month = m.group(2).equals("上") ? 6 : 12;
            found.add(new Deadline(YearMonth.of(year(m.group(1), year), month).atEndOfMonth(),
                    DeadlineKind.HALF_YEAR_END, original));
        }
        for (Matcher m = YEAR_END.matcher(s); m.find(); m = YEAR_END.matcher(blank(s, m))) {
            String y = m.group(1) != null ? m.group(1) : m.group(2);
            found.add(new Deadline(LocalDate.of(year(y, year), 12, 31), DeadlineKind.YEAR_END, original));
        }
        if (!found.isEmpty()) {
            return found.stream().max(Comparator.comparing(Deadline::date)).orElseThrow();
        }
        if (ONGOING.matcher(s).find()) {
            return new Deadline(null, DeadlineKind.ONGOING, original);
        }
        return new Deadline(null, DeadlineKind.UNREAD, original);
    }

    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '－' || c == '—' || c == '–') {
                b.append('-');
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '／') {
                b.append('/');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Replaces the match with spaces (same length, so later positions stay valid). */
    private static StringBuilder blank(StringBuilder s, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            s.setCharAt(i, ' ');
        }
        return s;
    }

    private static int explicitYear(CharSequence s, int fallback) {
        Matcher m = EXPLICIT_YEAR.matcher(s);
        return m.find() ? Integer.parseInt(m.group(1)) : fallback;
    }

    private static int year(String written, int fallback) {
        return written == null ? fallback : Integer.parseInt(written);
    }

    private static int number(String n) {
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : ChineseNumerals.parse(n);
    }

    private static YearMonth yearMonth(String original, int year, String month) {
        try {
            return YearMonth.of(year, number(month));
        } catch (DateTimeException e) {
            throw new LedgerException("deadline.badDate", original);
        }
    }

    private static Deadline monthEnd(String original, YearMonth ym) {
        return new Deadline(ym.atEndOfMonth(), DeadlineKind.MONTH_END, original);
    }

    private static Deadline day(String original, int year, String month, String day) {
        try {
            return new Deadline(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)),
                    DeadlineKind.DATE, original);
        } catch (DateTimeException e) {
            throw new LedgerException("deadline.badDate", original);
        }
    }

    public boolean isNone() {
        return kind == DeadlineKind.NONE;
    }

    /** Ongoing, none and unread deadlines sort after every dated one. */
    @Override
    public int compareTo(Deadline other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return text;
    }
}
