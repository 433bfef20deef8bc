package org.taizhang.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.exchange.Progress;
import org.taizhang.report.LedgerPrint;
import org.taizhang.report.layout.LedgerLayout;
import org.taizhang.report.pdf.PdfPages;
import org.taizhang.report.pdf.ReportFont;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * 打印台账 from the command line: the ledger table as a PDF of A4 landscape pages, laid out as the
 * window's print preview lays it out, with the columns and the filter given here.
 */
@Command(name = "print", description = "打印台账（生成 PDF）/ print the ledger table as a PDF")
final class PrintCommand extends LedgerCommand {

    @Option(names = "--pdf", paramLabel = "OUT.pdf", required = true, description = "台账打印稿 / the PDF to write")
    Path pdf;

    @Option(names = "--columns", paramLabel = "CODES", split = ",",
            description = "打印哪些列、按什么顺序（默认 number,title,leadUnits,deadline,light,status,progress）/ the columns, in order")
    List<String> columns = new ArrayList<>();

    @Option(names = "--search", paramLabel = "TEXT", description = "只打印含有该文字的任务 / only tasks containing TEXT")
    String search;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = "只打印这些改革领域的任务（可重复）/ only these domains (repeatable)")
    List<String> domains = new ArrayList<>();

    @Option(names = "--lead-unit", paramLabel = "UNIT", description = "只打印这些单位牵头的任务（可重复）/ only the tasks these units lead (repeatable)")
    List<String> leadUnits = new ArrayList<>();

    @Option(names = "--status", paramLabel = "STATUS", description = "只打印这些状态的任务（可重复），如 滞后 / only these statuses (repeatable)")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--light", paramLabel = "LIGHT", description = "只打印亮这些序时灯的任务（可重复）：红灯、黄灯、绿灯 / only these lights (repeatable)")
    List<String> lights = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "台账在该日的样子 / the ledger as it stood at the end of that day")
    String asOf;

    @Option(names = "--font", paramLabel = "FONT.ttf", description = "PDF 用的中文字体文件 / the Chinese font for the PDF")
    Path font;

    @Option(names = "--force", description = "覆盖已存在的文件 / replace an existing file")
    boolean force;

    PrintCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        ZoneId zone = ctx.zone();
        LocalDate today = LocalDate.now(ctx.clock().withZone(zone));
        TaskFilter filter = filter();
        List<LedgerPrint.Column> chosen = LedgerPrint.columns(columns.isEmpty() ? LedgerPrint.DEFAULT_COLUMNS : columns);
        LedgerPrint.Sheet sheet;
        try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
            LedgerService service = ledger.service();
            Instant at = asOf == null ? null : Moments.parse(asOf, zone);
            LocalDate day = at == null ? null : LocalDate.ofInstant(at, zone);
            List<Task> tasks = at == null ? service.tasks() : service.tasksAsOf(at);
            List<LedgerPrint.Line> lines = LedgerPrint.lines(tasks, filter, service.lightRule(), day == null ? today : day);
            sheet = LedgerPrint.of(service, at, day, today, filter, chosen, lines);
        }
        try (ReportFont chinese = ReportFont.find(font)) {
            int pages = PdfPages.write(LedgerLayout.document(sheet, chinese), chinese, pdf, force, Progress.NONE);
            ctx.out().println(I18n.text("print.cli.pdf", pdf, sheet.matched(), pages, sheet.checkCode()));
        }
        return 0;
    }

    private TaskFilter filter() {
        Set<Status> s = new HashSet<>();
        statuses.forEach(word -> s.add(Status.read(word)));
        Set<Light> l = new HashSet<>();
        for (String word : lights) {
            l.add(light(word));
        }
        return TaskFilter.NONE.withText(search).withDomains(Set.copyOf(domains)).withLeadUnits(Set.copyOf(leadUnits))
                .withStatuses(s).withLights(l);
    }

    private static Light light(String word) {
        String w = word.strip();
        for (Light l : List.of(Light.RED, Light.YELLOW, Light.GREEN)) {
            String english = l.name().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(l.label()) || w.equals(l.label().substring(0, 1)) || w.equalsIgnoreCase(english)) {
                return l;
            }
        }
        throw new LedgerException("print.unknownLight", word);
    }
}
