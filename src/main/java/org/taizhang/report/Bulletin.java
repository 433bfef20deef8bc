package org.taizhang.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.export.Numerals;

/**
 * The words of a 通报 on the ledger's progress, made from a {@link Summary} and nothing else, so
 * that every figure in it is the report's: the title, an optional 主送 line, 一、总体情况 (the
 * report's opening paragraph, {@link SummaryTables#overallText}), 二、各领域推进情况 (a paragraph per
 * 领域 from {@link Summary#byDomain()}), 三、存在的问题 (the overdue tasks, the tasks the units
 * report 滞后, each by name up to {@link #LISTED} and the rest counted; the units that sent no
 * progress in the period, by name), 四、下一步工作 left to
 * the clerk (a part marked to fill), the 附件 line, the issuing office and the date, and the
 * attachment: the report's tables by 领域 and by lead unit. The Word document is
 * {@link org.taizhang.report.docx.BulletinDocument}.
 *
 * @param title      the title; "\n" where it breaks into lines
 * @param recipients the 主送 line ("各县区委深改委：") or empty
 * @param parts      the sections of the body, in order
 * @param attachment the 附件 line under the body
 * @param office     the issuing office, or empty: a part to fill then
 * @param date       the 成文日期, as written ("2024年1月10日")
 * @param tables     the attachment's title, heading and tables
 * @param source     the line under the attachment's tables: the ledger and its check code
 */
public record Bulletin(String title, String recipients, List<Part> parts, String attachment, String office,
        String date, Attachment tables, String source) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /**
     * The most tasks a list of the bulletin names one by one (the overdue, the behind): the rest are
     * counted, and the report of the same date lists them all. A bulletin is read at a meeting; a
     * city's ledger never comes near this, and a ledger that does is not helped by a document of
     * thousands of pages (decision 0029).
     */
    public static final int LISTED = 100;

    /** The places a bulletin names that the ledger does not: 主送 and the issuing office (empty: left to fill). */
    public record Options(String recipients, String office) {
        public static final Options NONE = new Options("", "");

        public Options {
            recipients = recipients == null ? "" : recipients.strip();
            office = office == null ? "" : office.strip();
        }
    }

    /** A section: its heading (一、总体情况) and its paragraphs. */
    public record Part(String heading, List<Paragraph> paragraphs) {
        public Part {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A paragraph: a lead-in heading run into it (（一）经济体制改革。) or empty, its text, and
     * whether the text is a place for the clerk to write in.
     */
    public record Paragraph(String lead, String text, boolean toFill) {
        static Paragraph of(String text) {
            return new Paragraph("", text, false);
        }
    }

    /** The attachment: its label (附件), its title, its dates (截至, 统计期间 and the scope, a line each), its tables. */
    public record Attachment(String label, String title, String line, List<Titled> tables) {
    }

    /** A table of the attachment under its heading. */
    public record Titled(String heading, SummaryTables.Table table) {
    }

    /** The bulletin of a summary, dated {@code date} (the day it is drafted). */
    public static Bulletin of(Summary s, Options options, LocalDate date) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(I18n.text("bulletin.overall"),
                List.of(Paragraph.of(tight(I18n.text("bulletin.asOf", DAY.format(s.asOf())) + SummaryTables.overallText(s))))));
        parts.add(new Part(I18n.text("bulletin.domains"), domains(s)));
        parts.add(new Part(I18n.text("bulletin.problems"), problems(s)));
        parts.add(new Part(I18n.text("bulletin.next"), List.of(new Paragraph("", I18n.text("bulletin.fill"), true))));
        List<SummaryTables.Table> tables = SummaryTables.all(s);
        Attachment attachment = new Attachment(I18n.text("bulletin.attachment"), I18n.text("bulletin.attachmentTitle"),
                SummaryTables.dates(s).replace("　", "\n"), List.of(new Titled(I18n.text("bulletin.tableDomains"), tables.get(0)),
                        new Titled(I18n.text("bulletin.tableUnits"), tables.get(1))));
        return new Bulletin(title(s), options.recipients(), parts,
                I18n.text("bulletin.attachmentLine", attachment.title()), options.office(), DAY.format(date), attachment,
                I18n.text("bulletin.source", s.info().title(), I18n.text("report.checkCode", s.code().text())));
    }

    /** The year the ledger's title names onwards: "北疆市2023年全面深化改革任务台账" → "2023年全面深化改革任务". */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d年");

    /**
     * "关于2023年全面深化改革任务\n推进情况的通报": the ledger's subject from its year on (the office
     * that issues it is the place's own), broken into two lines where it would not fit one line of
     * 二号 with a character to spare at each side (eighteen of the line's twenty).
     */
    static String title(Summary s) {
        String title = I18n.text("bulletin.title", subject(s));
        return width(title.replace("\n", "")) <= 18 ? title.replace("\n", "") : title;
    }

    /** What the bulletin is about: the ledger's title from its year on, without "台账". */
    private static String subject(Summary s) {
        String ledger = s.info().title().strip();
        String subject = ledger.endsWith("台账") ? ledger.substring(0, ledger.length() - 2) : ledger;
        Matcher year = YEAR.matcher(subject);
        return year.find() && year.start() > 0 ? subject.substring(year.start()) : subject;
    }

    /** The file's name: the title on one line, and the report's date. */
    public static String fileName(Summary s) {
        return I18n.text("bulletin.fileName", subject(s), s.asOf());
    }

    /** Width in characters of the body's type: a Chinese character 1, a Latin letter or figure ½. */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? 0.5 : 1;
        }
        return w;
    }

    /**
     * The report's words without the spaces it sets around figures for the screen ("任务 83 项" →
     * "任务83项"): an official document sets none between Chinese and figures. English keeps its spaces.
     */
    static String tight(String text) {
        return text.replaceAll("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])[ \\u00A0]+(?=[0-9—])", "")
                .replaceAll("(?<=[0-9%—])[ \\u00A0]+(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])", "");
    }

    private static List<Paragraph> domains(Summary s) {
        List<Paragraph> out = new ArrayList<>();
        int n = 0;
        for (Summary.Group g : s.byDomain()) {
            StringBuilder b = new StringBuilder(I18n.text("bulletin.domain", g.active(), g.done(),
                    SummaryTables.percent(g.completion())));
            int[] counts = {g.inProgress(), g.behind(), g.notStarted(), g.ongoing()};
            Status[] statuses = {Status.IN_PROGRESS, Status.BEHIND, Status.NOT_STARTED, Status.ONGOING};
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    b.append(I18n.text("bulletin.domainStatus", statuses[i].label(), counts[i]));
                }
            }
            b.append(g.overdue() > 0 ? I18n.text("bulletin.domainOverdue", g.overdue())
                    : I18n.text("bulletin.domainNoOverdue"));
            if (g.due() > 0) {
                b.append(I18n.text("bulletin.domainOnTime", g.due(), g.onTime(), SummaryTables.percent(g.onTimeRate())));
            }
            b.append(I18n.text("bulletin.stop"));
            out.add(new Paragraph(I18n.text("bulletin.domainLead", Numerals.chinese(++n), g.name()), tight(b.toString()),
                    false));
        }
        if (out.isEmpty()) {
            out.add(Paragraph.of(I18n.text("bulletin.noDomains")));
        }
        return out;
    }

    private static List<Paragraph> problems(Summary s) {
        List<Paragraph> out = new ArrayList<>();
        String asOf = DAY.format(s.asOf());
        // (一) overdue: the count and the units as the report's table by unit counts them, then each task
        if (s.overdue().isEmpty()) {
            out.add(new Paragraph(I18n.text("bulletin.overdueLead"), I18n.text("bulletin.noOverdue", asOf), false));
        } else {
            List<String> units = s.byUnit().stream().filter(g -> g.overdue() > 0)
                    .sorted(java.util.Comparator.comparingInt(Summary.Group::overdue).reversed())
                    .map(g -> I18n.text("bulletin.unitCount", g.name(), g.overdue())).toList();
            out.add(new Paragraph(I18n.text("bulletin.overdueLead"), tight(I18n.text("bulletin.overdue", asOf,
                    s.overdue().size(), units.size(), String.join(I18n.text("bulletin.listSeparator"), units))), false));
            int i = 0;
            for (Summary.Late late : s.overdue()) { // the most days late first
                if (i == LISTED) {
                    out.add(Paragraph.of(I18n.text("bulletin.overdueMore", LISTED, s.overdue().size() - LISTED)));
                    break;
                }
                Task t = late.task();
                String days = late.days() == 0 ? I18n.text("bulletin.dueToday") : I18n.text("bulletin.daysLate", late.days());
                out.add(Paragraph.of(tight(I18n.text("bulletin.overdueTask", Integer.toString(++i), t.title(),
                        number(s, t), units(t), t.deadline().text(), days))));
            }
        }
        // (二) reported 滞后
        List<Task> behind = behind(s);
        if (behind.isEmpty()) {
            out.add(new Paragraph(I18n.text("bulletin.behindLead"), I18n.text("bulletin.noBehind"), false));
        } else {
            out.add(new Paragraph(I18n.text("bulletin.behindLead"),
                    tight(I18n.text("bulletin.behind", s.count(Status.BEHIND))), false));
            int i = 0;
            for (Task t : behind) {
                if (i == LISTED) {
                    out.add(Paragraph.of(I18n.text("bulletin.behindMore", LISTED, behind.size() - LISTED)));
                    break;
                }
                out.add(Paragraph.of(tight(I18n.text("bulletin.behindTask", Integer.toString(++i), t.title(), number(s, t),
                        units(t), t.deadline().text()))));
            }
        }
        // (三) units without progress in the period
        String from = DAY.format(s.from());
        String to = DAY.format(s.to());
        if (s.silentUnits().isEmpty()) {
            out.add(new Paragraph(I18n.text("bulletin.silentLead"), I18n.text("bulletin.allReported", from, to), false));
        } else {
            List<String> units = s.silentUnits().stream()
                    .map(u -> I18n.text("bulletin.silentUnit", u.unit(), u.notUpdated())).toList();
            out.add(new Paragraph(I18n.text("bulletin.silentLead"), tight(I18n.text("bulletin.silent", from, to,
                    s.silentUnits().size(), String.join(I18n.text("bulletin.listSeparator"), units))), false));
        }
        return out;
    }

    /**
     * The tasks the units report 滞后, the overdue ones first: every one has a red or a yellow light
     * ({@link org.taizhang.core.task.LightRule}), so they are those of the summary's lit tasks.
     */
    static List<Task> behind(Summary s) {
        Set<Task> out = new LinkedHashSet<>();
        for (List<Task> lit : List.of(s.red(), s.yellow())) {
            lit.stream().filter(t -> t.status() == Status.BEHIND).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** "6" for the ledger's "6.", "2.(3)" as it is. */
    private static String number(Summary s, Task t) {
        String n = s.number(t);
        return n.endsWith(".") || n.endsWith("、") ? n.substring(0, n.length() - 1) : n;
    }

    private static String units(Task t) {
        return String.join("、", t.leadUnits().names());
    }
}
