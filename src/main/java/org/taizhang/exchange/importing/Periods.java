package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.task.ChineseNumerals;

/**
 * A workbook that keeps the same tasks on a sheet per period (第一季度, 第二季度 … or 6月, 7月):
 * one return of its latest period. Sheets whose tasks are mostly the same are one series; of each
 * series the sheet of the latest period its name gives is read (the last of them when the names
 * give no period), the others are passed over naming it. Sheets of different tasks (a sheet per
 * 领域 or per unit) are each read.
 */
final class Periods {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern QUARTER = Pattern.compile("(?:第)?([一二三四1-4])\\s*季度|[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月");
    private static final Pattern MARKS = Pattern.compile("[\\p{P}\\s]");
    private static final Pattern HALF = Pattern.compile("([上下])半年|全年|年度");

    private Periods() {
    }

    static List<TableReader.Result> latest(List<TableReader.Result> read, List<Skipped> skipped) {
        if (read.size() < 2) {
            return read;
        }
        List<Set<String>> tasks = new ArrayList<>();
        read.forEach(r -> tasks.add(tasks(r)));
        boolean[] dropped = new boolean[read.size()];
        for (int i = 0; i < read.size(); i++) {
            if (dropped[i] || tasks.get(i).isEmpty()) {
                continue;
            }
            List<Integer> series = new ArrayList<>(List.of(i));
            for (int j = i + 1; j < read.size(); j++) {
                if (!dropped[j] && same(tasks.get(i), tasks.get(j))) {
                    series.add(j);
                }
            }
            if (series.size() < 2) {
                continue;
            }
            int kept = series.get(series.size() - 1);
            boolean named = series.stream().allMatch(k -> period(read.get(k).table().sheet().name()) >= 0);
            if (named) {
                for (int k : series) {
                    if (period(read.get(k).table().sheet().name()) > period(read.get(kept).table().sheet().name())) {
                        kept = k;
                    }
                }
            }
            String keptName = read.get(kept).table().sheet().name();
            for (int k : series) {
                if (k != kept) {
                    dropped[k] = true;
                    skipped.add(new Skipped(read.get(k).table().sheet().name(), 0, Skipped.Reason.EARLIER_PERIOD,
                            keptName));
                }
            }
        }
        List<TableReader.Result> out = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (!dropped[i]) {
                out.add(read.get(i));
            }
        }
        return out;
    }

    /** A sheet's tasks by their words (序号 and task, no marks): the top-level ones. */
    private static Set<String> tasks(TableReader.Result r) {
        Set<String> out = new HashSet<>();
        for (ImportRow row : r.rows()) {
            if (row.parent() == null && row.has(Column.TITLE)) {
                out.add(MARKS.matcher(row.get(Column.TITLE)).replaceAll(""));
            }
        }
        return out;
    }

    /** Mostly the same tasks: at least half of the smaller sheet's. */
    private static boolean same(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() * 2 >= Math.min(a.size(), b.size());
    }

    /** The period a sheet's name gives, as year × 100 + the month it ends in; -1 when it gives none. */
    static int period(String name) {
        Matcher year = YEAR.matcher(name);
        int y = year.find() ? Integer.parseInt(year.group(1)) : 0;
        int month = -1;
        Matcher m;
        if ((m = QUARTER.matcher(name)).find()) {
            String q = m.group(1) != null ? m.group(1) : m.group(2);
            int n = "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : Integer.parseInt(q);
            month = n * 3;
        } else if ((m = MONTH.matcher(name)).find()) {
            String v = m.group(1);
            month = Character.isDigit(v.charAt(0)) ? Integer.parseInt(v) : ChineseNumerals.parse(v);
        } else if ((m = HALF.matcher(name)).find()) {
            month = "上".equals(m.group(1)) ? 6 : 12;
        }
        return month < 0 ? (y > 0 ? y * 100 + 12 : -1) : y * 100 + month;
    }
}
