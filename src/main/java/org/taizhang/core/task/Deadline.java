package org.taizhang.core.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Message;

/**
 * A 完成时限: the text as written (always kept), the date it means (null when it has none of its
 * own) and what kind of date that is. Text that names several dates ("6月底前出台方案，年底前全面推开")
 * means the last of them; a day named is that day ("9月15日前"); years may be named relative to the
 * ledger's (去年, 次年 …); a range means its end ("2023—2025年") or is open-ended ("2023年起");
 * a recurring phrase ("每季度", "每月10日前") is due again and again ({@link #dueAfter}); a phrase
 * with no date of its own ("根据上级部署") is kept as written. Impossible dates are errors.
 */
public record Deadline(LocalDate date, DeadlineKind kind, String text) implements Comparable<Deadline> {

    public static final Deadline NONE = new Deadline(null, DeadlineKind.NONE, "");

    private static final Comparator<Deadline> ORDER = Comparator
            .comparing(Deadline::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Deadline::kind)
            .thenComparing(Deadline::text);

    private static final String NUM = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final Pattern ONGOING = Pattern.compile("长期坚持|持续推进|长期推进|长期|持续|常态化");
    /** 2023年起: from a year on, with no end. */
    private static final Pattern OPEN_START = Pattern.compile("\\d{4}\\s*年(?:度)?\\s*(?:起|以来|开始)");
    /** No date of its own: the date comes from above or from the work. */
    private static final Pattern UNDATED = Pattern.compile("(?:根据|按照?|视|依)(?:上级|省|国家|中央|自治区)?[^，。；,;]{0,6}"
            + "(?:部署|要求|安排|进度|计划|情况|需要|统一|规定)|适时|另行通知|待定|同步推进|随时");
    /** 每月, 每季度, 每半年, 每年 (也写作 按月、按季度), with a day or month when given: 每月10日前, 每年6月底前. */
    private static final Pattern RECURRING = Pattern.compile("(?:每|按)(月|季度?|半年|年度?|周)(?:(?:的)?(\\d{1,2})日|末|底)?");
    /** What a recurring phrase falls on, right after it: 每年6月底前, 每月10日前, 每季度末. */
    private static final Pattern ANCHOR = Pattern.compile("\\s*(?:" + NUM + "月(?:份)?)?(?:\\d{1,2}[日号])?(?:底|末)?"
            + "(?:前|之前|以前)?");
    private static final Pattern MONTH_DAY = Pattern.compile(NUM + "月(\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]");
    /** Years named from the ledger's year: 去年 is the year before it. */
    private static final String[][] RELATIVE_YEARS = {{"上一年度", "-1"}, {"上年度", "-1"}, {"上一年", "-1"}, {"去年", "-1"},
        {"上年", "-1"}, {"前年", "-2"}, {"今年", "0"}, {"本年度", "0"}, {"本年", "0"}, {"当年", "0"}, {"明年", "1"},
        {"次年", "1"}, {"下一年度", "1"}, {"下年度", "1"}, {"下一年", "1"}, {"翌年", "1"}, {"后年", "2"}};
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");
    /** 20230630: a day written as eight digits, as some systems export it. */
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<!\\d)((?:19|20|21)\\d{2})(0[1-9]|1[0-2])(\\d{2})(?!\\d)");
    /** 6.30, 6/30: a month and day in the ledger's year (never a 4-digit year, read before). */
    private static final Pattern MONTH_DOT_DAY = Pattern.compile("(?<![\\d./\\-])(1[0-2]|0?[1-9])[./](\\d{1,2})(?![\\d./\\-])");
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
     * @throws LedgerException when the text names no date it can read, or a date that does not exist
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
        StringBuilder s = new StringBuilder(relativeYears(normalise(original), ledgerYear));
        if (OPEN_START.matcher(s).find()) {
            return new Deadline(null, DeadlineKind.ONGOING, original);
        }
        // A recurring phrase and the day it falls on are no date of their own; a date beside them is.
        Matcher recurring = RECURRING.matcher(s);
        boolean recurs = recurring.find();
        if (recurs) {
            recurrence(original, recurring, s); // says why when the day or month it names does not exist
            Matcher anchor = ANCHOR.matcher(s).region(recurring.end(), s.length());
            int end = anchor.lookingAt() ? anchor.end() : recurring.end();
            for (int i = recurring.start(); i < end; i++) {
                s.setCharAt(i, ' ');
            }
        }
        List<Deadline> found = new ArrayList<>();
        int year = explicitYear(s, ledgerYear);

        for (Matcher m = COMPACT_DATE.matcher(s); m.find(); m = COMPACT_DATE.matcher(blank(s, m))) {
            found.add(day(original, Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        }
        for (Matcher m = FULL_DATE.matcher(s); m.find(); m = FULL_DATE.matcher(blank(s, m))) {
            found.add(day(original, year(m.group(1), year), m.group(2), m.group(3)));
        }
        for (Matcher m = MONTH_DAY.matcher(s); m.find(); m = MONTH_DAY.matcher(blank(s, m))) {
            found.add(day(original, year, Integer.toString(number(m.group(1))), Integer.toString(number(m.group(2)))));
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
        for (Matcher m = MONTH_DOT_DAY.matcher(s); m.find(); m = MONTH_DOT_DAY.matcher(blank(s, m))) {
            found.add(day(original, year, m.group(1), m.group(2)));
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
        if (recurs) {
            return new Deadline(null, DeadlineKind.RECURRING, original);
        }
        if (ONGOING.matcher(s).find()) {
            return new Deadline(null, DeadlineKind.ONGOING, original);
        }
        if (UNDATED.matcher(s).find()) {
            return new Deadline(null, DeadlineKind.UNDATED, original);
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

    /** 去年年底 → 2022年年底 in a 2023 ledger: relative years written as the years they name. */
    private static String relativeYears(String s, int ledgerYear) {
        if (s.indexOf('年') < 0) {
            return s;
        }
        String out = s;
        for (String[] r : RELATIVE_YEARS) {
            out = out.replace(r[0], (ledgerYear + Integer.parseInt(r[1])) + "年");
        }
        return out.replace("年年", "年");
    }

    /**
     * What a recurring phrase repeats: its period in months (0 for a week), the month a yearly one
     * falls in, and the day it falls on (0: the period's last day).
     */
    private record Recurrence(int months, int month, int day) {
    }

    private static Recurrence recurrence(String original, Matcher m, CharSequence read) {
        int months = switch (m.group(1)) {
            case "月" -> 1;
            case "季", "季度" -> 3;
            case "半年" -> 6;
            case "周" -> 0;
            default -> 12;
        };
        int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(2) != null && (day < 1 || day > 31)) {
            throw new LedgerException("deadline.badDate", original);
        }
        int month = months;
        Matcher named = MONTH.matcher(read.subSequence(m.end(), read.length()));
        if (months == 12 && named.find()) { // 每年6月底前
            month = number(named.group(1));
            if (month < 1 || month > 12) {
                throw new LedgerException("deadline.badDate", original);
            }
        }
        return new Recurrence(months, month, day);
    }

    /**
     * When the task is due next after day {@code after} (after its end): the date of a dated
     * deadline, the next due day of a recurring one (每季度 → the next quarter's end, 每月10日前 →
     * the next 10th, 每年6月底前 → the next 30 June, 每周 → the next Sunday); null when it has no date.
     */
    public LocalDate dueAfter(LocalDate after) {
        if (kind != DeadlineKind.RECURRING) {
            return date;
        }
        String read = normalise(text);
        Matcher m = RECURRING.matcher(read);
        if (!m.find()) {
            return null;
        }
        Recurrence r = recurrence(text, m, read);
        if (r.months() == 0) {
            return after.plusDays(7 - after.getDayOfWeek().getValue() % 7);
        }
        YearMonth month = YearMonth.from(after);
        // the period's last month on or after this one: quarters end in 3, 6, 9 and 12, years in their month
        while (Math.floorMod(month.getMonthValue() - r.month(), r.months()) != 0) {
            month = month.plusMonths(1);
        }
        while (true) {
            LocalDate due = r.day() == 0 ? month.atEndOfMonth() : month.atDay(Math.min(r.day(), month.lengthOfMonth()));
            if (due.isAfter(after)) {
                return due;
            }
            month = month.plusMonths(r.months());
        }
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
        int m = number(month);
        if (m < 1 || m > 12) {
            throw new LedgerException("deadline.noMonth", original, month);
        }
        return YearMonth.of(year, m);
    }

    private static Deadline monthEnd(String original, YearMonth ym) {
        return new Deadline(ym.atEndOfMonth(), DeadlineKind.MONTH_END, original);
    }

    private static Deadline day(String original, int year, String month, String day) {
        YearMonth ym = yearMonth(original, year, month);
        int d = Integer.parseInt(day);
        if (d < 1 || d > ym.lengthOfMonth()) {
            // Say why: 6月只有30日; 2023年2月只有28日 (the year matters only for February)
            Message which = ym.getMonthValue() == 2 ? new Message("deadline.yearMonth", year, 2)
                    : new Message("deadline.month", ym.getMonthValue());
            throw new LedgerException("deadline.noDay", original, which, ym.lengthOfMonth());
        }
        return new Deadline(ym.atDay(d), DeadlineKind.DATE, original);
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
