package org.taizhang.exchange.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Message;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.DeadlineKind;
import org.taizhang.core.task.OutlineNumber;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.UnitList;
import org.taizhang.exchange.read.CellRef;
import org.taizhang.exchange.read.RawCell;

/**
 * Reads the mapped cells of one row into the ledger's words, each with a reason when it cannot:
 * 序号 as shown, dates as dates (cells, Excel serials or phrases through the deadline parser),
 * statuses through their synonyms (and 是/否, 80 % as what they say of completion), units with
 * their roles. A bad cell costs that cell only. A cell that holds two fields is taken apart: a
 * 序号 written before the task ("1.推进…"), partners marked in a lead unit cell, 存在问题：… and
 * 下一步计划：… written inside the progress when the sheet has no column for them.
 */
final class RowParser {
    private static final int MAX_CHARS = 32_767;
    private static final double LATEST_SERIAL = 2_958_465;
    /** An outline number opening a text: 一、 （一） 1. 1.2 （1） ①. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("(?s)^\\s*("
            + "[一二三四五六七八九十]{1,3}[、.．]"
            + "|[（(][一二三四五六七八九十]{1,3}[)）][、.．]?"
            + "|\\d{1,3}(?:[.．]\\d{1,3})*[.．、](?![\\d%％])"
            + "|[（(]\\d{1,3}[)）][、.．]?"
            + "|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\\s*(\\S.*)$");
    /** "存在问题：", "2.下一步工作计划：" at the start of a line or sentence. */
    private static final Pattern SECTION = Pattern.compile("(?:^|\\n|(?<=[。；;]))\\s*(?:[0-9一二三四五六七八九十]{1,2}[、.．]\\s*)?"
            + "(存在的?问题(?:[和及与]困难)?|困难[和及与]问题|问题[和及与]困难|主要问题|问题|困难|存在不足"
            + "|下一?步(?:工作)?(?:计划|打算|安排|措施|工作)?)"
            + "\\s*[：:]");
    /** In a 是否完成 column, 未完成 says "not yet", not 滞后. */
    private static final Pattern NOT_DONE = Pattern.compile("\\s*(未|没有|尚未|没)完成\\s*");
    private static final Pattern SPACE_AND_STOP = Pattern.compile("[\\s\\u3000。.]");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");

    private final String sheet;
    private final SheetLayout layout;
    private final int ledgerYear;
    private final boolean date1904;

    RowParser(String sheet, SheetLayout layout, int ledgerYear, boolean date1904) {
        this.sheet = sheet;
        this.layout = layout;
        this.ledgerYear = ledgerYear;
        this.date1904 = date1904;
        this.ticks = ticks(layout);
        layout.headers().forEach((column, header) -> {
            String words = HeaderWords.normalise(header);
            if (words.startsWith("是否")) {
                yesNoColumns.add(column);
            }
            if (!words.contains("牵头")) {
                unnamedLeadColumns.add(column);
            }
        });
        // The mapping in the order a row's cells are read (the layout's own), each column's questions
        // answered once for the sheet rather than once a row.
        int n = layout.mapping().size();
        mappedColumns = new int[n];
        mappedFields = new Column[n];
        ticked = new boolean[n];
        yesNo = new boolean[n];
        starLeads = new boolean[n];
        int i = 0;
        for (Map.Entry<Integer, Column> m : layout.mapping().entrySet()) {
            mappedColumns[i] = m.getKey();
            mappedFields[i] = m.getValue();
            ticked[i] = ticks.containsKey(m.getKey());
            yesNo[i] = yesNo(m.getKey());
            starLeads[i] = starLeads(m.getKey());
            i++;
        }
        tickColumns = new int[ticks.size()];
        tickStatuses = new Status[ticks.size()];
        i = 0;
        for (Map.Entry<Integer, Status> t : ticks.entrySet()) {
            tickColumns[i] = t.getKey();
            tickStatuses[i] = t.getValue();
            i++;
        }
        mapsStatus = layout.maps(Column.STATUS);
        mapsProblemsAndNextSteps = layout.maps(Column.PROBLEMS) && layout.maps(Column.NEXT_STEPS);
    }

    private final int[] mappedColumns;
    private final Column[] mappedFields;
    private final boolean[] ticked;
    private final boolean[] yesNo;
    private final boolean[] starLeads;
    private final int[] tickColumns;
    private final Status[] tickStatuses;
    private final boolean mapsStatus;
    private final boolean mapsProblemsAndNextSteps;

    /** 是否完成 columns: they answer yes or no. */
    private final Set<Integer> yesNoColumns = new java.util.HashSet<>();
    /** Columns whose header does not say 牵头 (a 责任单位 column). */
    private final Set<Integer> unnamedLeadColumns = new java.util.HashSet<>();

    /** Columns to tick, one per status, under a 状态 group (推进状态 / 已完成 … 滞后); empty when none. */
    private final Map<Integer, Status> ticks;

    static Map<Integer, Status> ticks(SheetLayout layout) {
        Map<Integer, Status> out = new java.util.TreeMap<>();
        layout.headers().forEach((column, header) -> {
            int slash = header.lastIndexOf('/');
            if (slash > 0 && HeaderWords.match(header.substring(0, slash)).orElse(null) == Column.STATUS
                    && header.length() - slash <= 7) {
                Status.find(header.substring(slash + 1)).ifPresent(s -> out.put(column, s));
            }
        });
        return out.size() >= 2 ? out : Map.of();
    }

    /** √ ✓ and the like: the mark a status column is ticked with. */
    private static final java.util.regex.Pattern TICK = java.util.regex.Pattern.compile("[√✓✔☑●■★✅vVyY是对]|1");

    /** A row as read: its values, what a completion cell said, and the cells that could not be read. */
    record Parsed(Map<Column, String> values, Completion completion, List<RowError> errors) {
    }

    Parsed parse(int rowIndex, RowCells cells) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<RowError> errors = List.of();
        Completion completion = null;
        String partners = "";
        for (int t = 0; t < tickColumns.length; t++) {
            RawCell cell = cells.get(tickColumns[t]);
            if (cell != null && TICK.matcher(trim(cell.text())).matches()) {
                values.put(Column.STATUS, tickStatuses[t].label());
                break;
            }
        }
        for (int m = 0; m < mappedColumns.length; m++) {
            RawCell cell = ticked[m] ? null : cells.get(mappedColumns[m]);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            Column column = mappedFields[m];
            try {
                String text = text(cell);
                if (placeholder(text)) {
                    // "无", "—", "/": nothing to report. In 存在问题, 下一步, 备注 that clears the field
                    // (no problems now); anywhere else it is a blank cell, which changes nothing.
                    if (column.clearedByNothing()) {
                        values.put(column, "");
                    }
                    continue;
                }
                String value;
                switch (column) {
                    case STATUS -> {
                        Status s = yesNo[m] && NOT_DONE.matcher(text).matches() ? null
                                : Status.find(text).orElse(null);
                        if (s == null) {
                            completion = completion(cell, text);
                        }
                        value = s == null ? "" : s.label();
                    }
                    case LEAD_UNITS -> {
                        UnitCells.Roles roles = UnitCells.read(text, starLeads[m]);
                        partners = roles.partners().text();
                        value = roles.lead().text();
                    }
                    case PARTNER_UNITS -> value = UnitCells.all(text).text();
                    case DEADLINE -> value = deadline(cell, text);
                    case YEAR -> value = year(text);
                    case TASK_ID, REVISION -> value = id(text);
                    case REQUEST_TYPE -> value = RequestType.of(text).name();
                    // a day typed into 调整为 is a date cell: the ledger's words for it, not a serial
                    case REQUEST_TO -> value = cell.kind() == RawCell.Kind.DATE ? deadline(cell, text) : text;
                    default -> value = text;
                }
                if (!value.isEmpty()) {
                    values.put(column, value);
                }
            } catch (LedgerException e) {
                if (errors.isEmpty()) {
                    errors = new ArrayList<>();
                }
                errors.add(error(rowIndex, mappedColumns[m], cell.text(), e.message(), RowError.Cost.CELL));
            }
        }
        if (!partners.isEmpty()) { // partners marked in the lead unit cell join the 配合单位 cell's
            List<String> all = new ArrayList<>(UnitList.parse(values.getOrDefault(Column.PARTNER_UNITS, "")).names());
            all.addAll(UnitList.parse(partners).names());
            values.put(Column.PARTNER_UNITS, UnitList.parse(String.join("、", all)).text());
        }
        splitNumber(values);
        splitSections(values);
        if (!mapsStatus && values.containsKey(Column.PROGRESS)) {
            // a 推进情况 cell that is only a status word ("按计划推进。") also says the status
            Status.find(values.get(Column.PROGRESS)).ifPresent(s -> values.put(Column.STATUS, s.label()));
        }
        return new Parsed(values, completion, errors);
    }

    RowError error(int rowIndex, int column, String value, Message why, RowError.Cost cost) {
        String shown = value == null ? "" : value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return new RowError(sheet, rowIndex + 1, CellRef.column(column), layout.headers().getOrDefault(column, ""),
                shown, why, cost);
    }

    /** A cell that says there is nothing: 无, 暂无, —, ——, -, /, 、 and the like. */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
            "[—\\-－–―─/／\\\\、.。·…_＿]+|(?:暂|目前|尚)?无[。.]?|没有|(?i:n/?a|null|none)");

    /** Every character of a placeholder's first kind: a run of dashes, slashes, dots, 、. */
    private static final String PLACEHOLDER_MARKS = "—-－–―─/／\\、.。·…_＿";
    /** The placeholders in words (目前无。, none, n/a) are at most this long. */
    private static final int PLACEHOLDER_WORDS = 4;

    /**
     * {@link #PLACEHOLDER} matches, decided without a matcher for nearly every cell: only marks, or
     * text short enough to be one of its words and holding what each of them holds (无, 没有, an n).
     */
    static boolean placeholder(String text) {
        boolean marks = !text.isEmpty();
        for (int i = 0; i < text.length() && marks; i++) {
            marks = PLACEHOLDER_MARKS.indexOf(text.charAt(i)) >= 0;
        }
        if (marks) {
            return true;
        }
        if (text.isEmpty() || text.length() > PLACEHOLDER_WORDS || text.indexOf('无') < 0 && !text.equals("没有")
                && text.charAt(0) != 'n' && text.charAt(0) != 'N') {
            return false;
        }
        return PLACEHOLDER.matcher(text).matches();
    }

    /** Strips what String.strip leaves: no-break, figure and zero-width spaces and byte-order marks. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && blank(s.charAt(start))) {
            start++;
        }
        while (end > start && blank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    private static String text(RawCell cell) {
        if (cell.kind() == RawCell.Kind.ERROR) {
            if (cell.text().length() > MAX_CHARS) {
                throw new LedgerException("import.cellTooLong", MAX_CHARS);
            }
            throw new LedgerException("import.cellError", cell.text());
        }
        String text = trim(cell.text());
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (text.length() > MAX_CHARS) {
            throw new LedgerException("import.cellTooLong", MAX_CHARS);
        }
        return text;
    }

    /** "1.推进…" with no 序号 of its own, or "（一）深化…" written in the 序号 column: the number and the task. */
    private static void splitNumber(Map<Column, String> values) {
        String number = values.get(Column.NUMBER);
        String title = values.get(Column.TITLE);
        if (number == null && title != null) {
            Matcher m = LEADING_NUMBER.matcher(title);
            if (m.matches()) {
                values.put(Column.NUMBER, m.group(1).strip());
                values.put(Column.TITLE, m.group(2).strip());
            }
        } else if (number != null && title == null && OutlineNumber.of(number).style() == OutlineNumber.Style.OTHER) {
            Matcher m = LEADING_NUMBER.matcher(number);
            if (m.matches()) {
                values.put(Column.NUMBER, m.group(1).strip());
                values.put(Column.TITLE, m.group(2).strip());
            }
        }
    }

    /** 存在问题：… and 下一步计划：… inside a progress cell go to their own fields when the sheet has none. */
    private void splitSections(Map<Column, String> values) {
        String progress = values.get(Column.PROGRESS);
        if (progress == null || mapsProblemsAndNextSteps
                || !progress.contains("问题") && !progress.contains("困难") && !progress.contains("步")
                && !progress.contains("不足")) {
            return;
        }
        Matcher m = SECTION.matcher(progress);
        List<int[]> found = new ArrayList<>();
        List<Column> fields = new ArrayList<>();
        while (m.find()) {
            Column field = m.group(1).startsWith("下") ? Column.NEXT_STEPS : Column.PROBLEMS;
            if (!layout.maps(field) && !fields.contains(field)) {
                found.add(new int[] {m.start(), m.end()});
                fields.add(field);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        values.put(Column.PROGRESS, progress.substring(0, found.get(0)[0]).strip());
        for (int i = 0; i < found.size(); i++) {
            int end = i + 1 < found.size() ? found.get(i + 1)[0] : progress.length();
            String part = progress.substring(found.get(i)[1], end).strip();
            if (!part.isEmpty()) {
                values.put(fields.get(i), part);
            }
        }
        if (values.get(Column.PROGRESS).isEmpty()) {
            values.remove(Column.PROGRESS);
        }
    }

    /** A 责任单位 column with no 配合单位 column beside it: a * there marks the lead among partners. */
    private boolean starLeads(int column) {
        return !layout.maps(Column.PARTNER_UNITS)
                && (unnamedLeadColumns.contains(column) || !layout.headers().containsKey(column));
    }

    /** A 是否完成 column: it answers yes or no. */
    private boolean yesNo(int column) {
        return yesNoColumns.contains(column);
    }

    /** 是 / 否, √ / ×, 100 % / 80 % / 0 % in a status column: what they say of completion. */
    private static Completion completion(RawCell cell, String text) {
        String t = SPACE_AND_STOP.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        switch (t) {
            case "是", "√", "✓", "✔", "y", "yes", "true", "已", "是的" -> {
                return Completion.DONE;
            }
            case "否", "×", "✗", "✘", "x", "n", "no", "false", "未", "不是", "未完成", "没有完成", "尚未完成", "没完成" -> {
                return Completion.NOT_DONE;
            }
            default -> {
            }
        }
        double percent;
        Matcher m = PERCENT.matcher(text);
        if (m.matches() || m.find() && text.strip().length() <= 12) {
            percent = Double.parseDouble(m.group(1));
        } else if (cell.kind() == RawCell.Kind.NUMBER && cell.number() >= 0 && cell.number() <= 100) {
            percent = cell.number() <= 1 ? cell.number() * 100 : cell.number(); // 0.8 and 80 both say 80 %
        } else {
            throw new LedgerException("status.unknown", text, Status.allowedLabels());
        }
        return percent >= 100 ? Completion.DONE : percent <= 0 ? Completion.NOT_STARTED : Completion.STARTED;
    }

    /** A deadline in the ledger's words: a date cell or serial as 2023年6月30日, a phrase as written. */
    private String deadline(RawCell cell, String text) {
        LocalDate date = null;
        if (cell.kind() == RawCell.Kind.DATE && text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            date = LocalDate.parse(text.substring(0, 10));
        } else if (cell.kind() == RawCell.Kind.NUMBER && cell.number() == Math.rint(cell.number())
                && text.matches("\\d+")) {
            double n = cell.number();
            if (n >= 1949 && n <= 2200) {
                return Deadline.parse((long) n + "年", ledgerYear).text(); // a year typed as a number, not a day in 1905
            }
            if (n >= 19_490_101 && n <= 22_001_231) {
                return Deadline.parse(text, ledgerYear).text(); // 20230630: a day as eight digits
            }
            date = n >= 1 && n < LATEST_SERIAL ? DateUtil.getLocalDateTime(n, date1904).toLocalDate() : null;
            if (date == null || date.getYear() < 1949) {
                throw new LedgerException("deadline.unreadable", text); // 6 is no deadline, nor 1900年1月6日
            }
        }
        if (date != null) {
            return Deadline.of(date).text();
        }
        if (cell.kind() == RawCell.Kind.NUMBER && cell.number() != Math.rint(cell.number())) {
            // 6.30 typed into Excel is stored as the number 6.3: 6月3日 or 6月30日 cannot be told apart
            throw new LedgerException("deadline.decimal", text);
        }
        Deadline read = Deadline.parseLenient(text, ledgerYear); // cached: the same phrases come on every row
        if (read.kind() == DeadlineKind.UNREAD) {
            Deadline.parse(text, ledgerYear); // says why
        }
        return text;
    }

    private static String year(String text) {
        try {
            int y = (int) Double.parseDouble(text.replace("年", "").replace("度", ""));
            if (y >= 1949 && y <= 2200) {
                return Integer.toString(y);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new LedgerException("ledger.badYear", text);
    }

    private static String id(String text) {
        try {
            long id = (long) Double.parseDouble(text);
            if (id > 0 && id == Double.parseDouble(text)) {
                return Long.toString(id);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new LedgerException("import.badId", text);
    }
}
