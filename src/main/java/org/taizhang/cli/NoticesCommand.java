package org.taizhang.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.notice.Notice;
import org.taizhang.core.notice.NoticeLevel;
import org.taizhang.core.notice.Notices;
import org.taizhang.exchange.export.NoticeBatch;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * 督办单 on the command line: write the notices as of a day (a preview that records nothing, or
 * {@code --issue}d: recorded and numbered), list the notices issued, mark one answered.
 */
@Command(name = "notices", description = "督办单：按日期生成、下发（--issue）、列出（--list）、标记已答复（--answered）"
        + " / supervision notices: write, issue, list, mark answered")
final class NoticesCommand extends LedgerCommand {
    @Option(names = "--as-of", paramLabel = "DATE", description = "按该日结束时的台账判断督办级别（默认今天）/ judge the levels as of the end of that day")
    String asOf;

    @Option(names = "--out", paramLabel = "DIR", description = "督办单写入的文件夹 / folder for the documents")
    Path out;

    @Option(names = "--unit", paramLabel = "UNIT", description = "只为该牵头单位 / only for this lead unit")
    String unit;

    @Option(names = "--level", paramLabel = "LEVEL", split = ",",
            description = "red、yellow、blue（可多次或用逗号分隔，默认全部）/ levels, default all")
    List<String> levels = List.of();

    @Option(names = "--pdf", description = "另用 LibreOffice 生成 PDF / also write PDFs through LibreOffice")
    boolean pdf;

    @Option(names = "--issue", description = "下发并记入台账（编号）；不加时只写预览文件 / issue and record; without it a preview")
    boolean issue;

    @Option(names = "--force", description = "覆盖已存在的文件 / replace existing files")
    boolean force;

    @Option(names = "--list", description = "列出已下发的督办单 / list the notices issued")
    boolean list;

    @Option(names = "--json", description = "以 JSON 输出（与 --list 合用）/ print JSON")
    boolean json;

    @Option(names = "--answered", paramLabel = "NUMBER", description = "将该编号的督办单标记为已答复 / mark this notice answered")
    String answered;

    @Option(names = "--date", paramLabel = "DATE", description = "答复日期（默认今天）/ the day it was answered")
    String date;

    @Option(names = "--note", paramLabel = "TEXT", description = "答复内容摘要 / what the unit answered")
    String note;

    @Option(names = "--operator", paramLabel = "NAME", description = "经办人 / who records it")
    String operator;

    NoticesCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (list) {
            return list();
        }
        if (answered != null) {
            return answer();
        }
        if (out == null) {
            throw new LedgerException("cli.noticesOut");
        }
        if (issue && (operator == null || operator.isBlank())) {
            throw new LedgerException("adjust.operatorRequired");
        }
        Set<NoticeLevel> chosen = EnumSet.noneOf(NoticeLevel.class);
        levels.forEach(l -> chosen.add(NoticeLevel.of(l)));
        if (chosen.isEmpty()) {
            chosen.addAll(EnumSet.allOf(NoticeLevel.class));
        }
        try (OpenLedger ledger = issue ? OpenLedger.open(file, ctx.clock()) : OpenLedger.openForReading(file, ctx.clock())) {
            LocalDate day = day(asOf);
            Files.createDirectories(out);
            NoticeBatch.Result r = NoticeBatch.run(ledger.service(), day, chosen, unit, out, pdf, force,
                    issue ? Note.by(operator) : null);
            if (r.documents().isEmpty()) {
                ctx.out().println(I18n.text("notice.nothingToIssue"));
                return 0;
            }
            ctx.out().println(issue ? I18n.text("notice.issuedLine", r.issued().size()) : I18n.text("notice.preview"));
            for (var d : r.documents()) {
                ctx.out().println(String.join("\t", d.number(), d.unit(), d.level().label(),
                        Integer.toString(d.rows().size())));
            }
            r.files().forEach(f -> ctx.out().println(f.toString()));
            if (r.pdfProblem() != null) {
                ctx.out().println(r.pdfProblem());
                return 4; // the documents are written (and issued when asked); the PDFs are not
            }
        } catch (java.io.IOException e) {
            throw new LedgerException("export.cannotWrite", out, e.getMessage());
        }
        return 0;
    }

    private int list() {
        try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
            List<Notice> all = new Notices(ledger.service()).all();
            LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
            if (json) {
                JsonArray a = new JsonArray();
                for (Notice n : all) {
                    a.add(json(n, today));
                }
                ctx.out().println(Json.print(a));
                return 0;
            }
            for (Notice n : all) {
                ctx.out().println(String.join("\t", n.number(), n.unit(), n.level().label(),
                        String.join(",", n.tasks().stream().map(String::valueOf).toList()), n.issued().toString(),
                        n.replyBy().toString(), n.answered() == null ? "" : n.answered().toString(),
                        n.state(today).label()));
            }
        }
        return 0;
    }

    static JsonObject json(Notice n, LocalDate today) {
        JsonObject o = new JsonObject();
        o.addProperty("number", n.number());
        o.addProperty("unit", n.unit());
        o.addProperty("level", n.level().code());
        JsonArray tasks = new JsonArray();
        n.tasks().forEach(tasks::add);
        o.add("tasks", tasks);
        o.addProperty("issued", n.issued().toString());
        o.addProperty("replyBy", n.replyBy().toString());
        o.addProperty("answered", n.answered() == null ? null : n.answered().toString());
        o.addProperty("state", n.state(today).name().toLowerCase(java.util.Locale.ROOT));
        return o;
    }

    private int answer() {
        if (operator == null || operator.isBlank()) {
            throw new LedgerException("adjust.operatorRequired");
        }
        try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
            Notice n = new Notices(ledger.service()).answer(answered, day(date), Note.by(operator, note, ""));
            ctx.out().println(I18n.text("notice.event.answered", n.number(), n.answered()));
        }
        return 0;
    }

    private LocalDate day(String text) {
        return text == null ? LocalDate.now(ctx.clock().withZone(ctx.zone()))
                : LocalDate.ofInstant(Moments.parse(text, ctx.zone()), ctx.zone());
    }
}
