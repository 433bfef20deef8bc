package org.taizhang.exchange;

import static org.taizhang.testing.Needs.need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskOrder;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.WorkbookImport;
import org.taizhang.store.OpenLedger;

/**
 * Each layout of {@link ReturnLayouts}, written by POI as .xlsx and as .xls and re-saved by
 * LibreOffice as .xlsx, .xls and its own .ods (departments do not use POI), is read to exactly what
 * it should give, and
 * imported into a new ledger twice: the ledger then holds the tasks in the outline of the workbook,
 * its 领域 in the workbook's order, its tasks by 序号 (those of the same 序号, and measures without
 * one, in the workbook's order), and the second import changes nothing.
 */
class ReturnLayoutsTest {
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @TempDir
    static Path dir;
    /** Each layout's file by writer. */
    private static final Map<String, Path> FILES = new HashMap<>();

    @BeforeAll
    static void writeEveryLayoutWithEveryWriter() throws Exception {
        List<Path> sources = new ArrayList<>();
        for (ReturnLayouts.Layout l : ReturnLayouts.all()) {
            Path xlsx = l.save(Files.createDirectories(dir.resolve("poi-xlsx")), "xlsx");
            sources.add(xlsx);
            FILES.put(key(l, "POI xlsx"), xlsx);
            FILES.put(key(l, "POI xls"), l.save(Files.createDirectories(dir.resolve("poi-xls")), "xls"));
        }
        if (Files.isExecutable(SOFFICE)) {
            convert(sources, "xlsx:Calc MS Excel 2007 XML", "lo-xlsx", "LibreOffice xlsx");
            convert(sources, "xls:MS Excel 97", "lo-xls", "LibreOffice xls");
            convert(sources, "ods:calc8", "lo-ods", "LibreOffice ods");
        }
    }

    /** One LibreOffice run converts every layout (a start of soffice costs seconds). */
    private static void convert(List<Path> sources, String filter, String folder, String writer) throws Exception {
        Path out = Files.createDirectories(dir.resolve(folder));
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless",
                "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--convert-to", filter, "--outdir",
                out.toString()));
        sources.forEach(s -> command.add(s.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), log);
        String ext = filter.substring(0, filter.indexOf(':'));
        for (ReturnLayouts.Layout l : ReturnLayouts.all()) {
            Path converted = out.resolve(l.name() + "." + ext);
            assertTrue(Files.exists(converted), "LibreOffice wrote no " + converted + ": " + log);
            FILES.put(key(l, writer), converted);
        }
    }

    private static String key(ReturnLayouts.Layout l, String writer) {
        return l.name() + "|" + writer;
    }

    static Stream<Arguments> everyLayoutByEveryWriter() {
        return ReturnLayouts.all().stream().flatMap(l -> Stream.of("POI xlsx", "POI xls", "LibreOffice xlsx",
                "LibreOffice xls", "LibreOffice ods").map(w -> Arguments.of(l, w)));
    }

    private static Path file(ReturnLayouts.Layout layout, String writer) {
        Path f = FILES.get(key(layout, writer));
        need(f != null, "LibreOffice (soffice)");
        return f;
    }

    @ParameterizedTest(name = "{0} · {1}")
    @MethodSource("everyLayoutByEveryWriter")
    void readsEveryRowAndSheetAsWritten(ReturnLayouts.Layout layout, String writer) {
        assertEquals(layout.expected(), ReturnLayouts.render(Corpus.read(file(layout, writer))));
    }

    static Stream<Arguments> importedLayouts() {
        return Stream.of(
                Arguments.of(ReturnLayouts.wholeOutline(), "POI xlsx", """
                        经济体制改革 （一） 深化国资国企改革 [市国资委] 未启动
                        经济体制改革 · 1. 完善国资监管体制 [市国资委] 未启动
                        经济体制改革 · · (1) 出台监管清单 [市国资委] 未启动
                        经济体制改革 · · · ① 梳理权责事项 [市国资委] 未启动
                        经济体制改革 · 2. 推进混合所有制改革 [市国资委] 未启动
                        经济体制改革 （二） 优化营商环境 [市发展改革委] 未启动
                        经济体制改革 · 1. 推行告知承诺制 [市发展改革委] 未启动
                        社会体制改革 （一） 深化教育改革 [市教育局] 未启动
                        社会体制改革 · 1 推进集团化办学 [市教育局] 未启动
                        社会体制改革 · · 1.1 组建教育集团 [市教育局] 未启动
                        """),
                Arguments.of(ReturnLayouts.measuresUnderMergedTask(), "LibreOffice xls", """
                         1 推进医保支付方式改革 [市医保局] 未启动
                         ·  推行DRG付费 [市医保局] 已完成
                         ·  开展DIP试点 [市医保局] 推进中
                         ·  完善结算清单 [市医保局] 未启动
                         2 深化药品集中采购 [市医保局] 已完成
                        """),
                Arguments.of(ReturnLayouts.sheetPerDomain(), "LibreOffice xlsx", """
                        经济体制改革 1 深化国资国企改革 [市国资委] 未启动
                        经济体制改革 2 优化营商环境 [市发展改革委] 未启动
                        生态文明体制改革 1 推进排污权交易 [市生态环境局] 未启动
                        """),
                Arguments.of(ReturnLayouts.sheetPerUnit(), "LibreOffice ods", """
                         1 推进医保支付方式改革 [市医保局] 已完成
                         1 推进预算管理一体化 [市财政局] 推进中
                         2 深化医保基金监管 [市医保局] 推进中
                        """),
                Arguments.of(ReturnLayouts.completionColumns(), "LibreOffice xls", """
                         1 任务甲 [] 已完成
                         1 任务己 [] 已完成
                         2 任务乙 [] 推进中
                         2 任务庚 [] 推进中
                         3 任务丙 [] 未启动
                         3 任务辛 [] 未启动
                         4 任务丁 [] 已完成
                         4 任务壬 [] 推进中
                         5 任务戊 [] 推进中
                        """),
                Arguments.of(ReturnLayouts.progressUnderAStatusWord(), "LibreOffice xls", """
                         1 深化预算管理一体化改革 [市财政局] 已完成
                         2 推进零基预算改革 [市财政局] 推进中
                         3 推进预算绩效管理扩围提质 [市财政局] 推进中
                        """),
                Arguments.of(ReturnLayouts.pagedTable(), "LibreOffice xlsx", """
                         1 健全分层分类社会救助体系 [市民政局] 长期坚持
                         2 推进养老服务体系建设 [市民政局] 推进中
                         3 推进基层治理现代化 [市委组织部、市民政局] 推进中
                         4 深化社会组织管理制度改革 [市民政局] 长期坚持
                        """),
                Arguments.of(ReturnLayouts.cellsHoldingTwoFields(), "POI xlsx", """
                         1. 推进财税体制改革 [市财政局] 未启动
                         2. 深化金融改革 [市金融办] 推进中
                         · （1） 组建地方金融控股公司 [市国资委、市金融办] 未启动
                         3. 推进宣传文化改革 [市委宣传部（市新闻出版局、市版权局）] 未启动
                         4. 推进亩均效益评价 [市工信局] 未启动
                        """),
                Arguments.of(ReturnLayouts.sheetPerQuarter(), "LibreOffice ods", """
                         1 推进社区“大党委”制度 [新华街道] 未启动
                         2 建立“接诉即办”工作机制 [新华街道] 未启动
                         3 开展社区减负增效 [新华街道] 未启动
                        """),
                Arguments.of(ReturnLayouts.divisionOfWork(), "LibreOffice xls", """
                         1 深化国资国企改革 [市国资委] 推进中
                         · 1-1 推动国有资本投资运营公司改建 [市国资委] 已完成
                         · 1-2 推进混合所有制改革 [市国资委] 推进中
                         2 深化财税体制改革 [市财政局] 滞后
                         · 2-1 健全政府债务管理制度 [市财政局] 长期坚持
                        """));
    }

    @ParameterizedTest(name = "{0} · {1}")
    @MethodSource("importedLayouts")
    void importsIntoTheOutlineAndOrderOfTheWorkbookAndASecondImportChangesNothing(ReturnLayouts.Layout layout,
            String writer, String ledger) {
        Path workbook = file(layout, writer);
        try (OpenLedger open = OpenLedger.create(dir.resolve(layout.name() + " " + writer + ".taizhang"),
                "北疆市2023年全面深化改革任务台账", 2023, SettableClock.at("2023-12-20T02:00:00Z"))) {
            LedgerService service = open.service();
            Optional<Adjustment> first = importOnce(service, workbook);
            assertTrue(first.isPresent());
            assertEquals(ledger, outline(service));
            assertEquals(Optional.empty(), importOnce(service, workbook), "the same file again changes nothing");
            assertTrue(service.verify().ok());
        }
    }

    private static Optional<Adjustment> importOnce(LedgerService service, Path workbook) {
        WorkbookImport imports = new WorkbookImport(service);
        WorkbookImport.Reading reading = imports.read(workbook, WorkbookImport.Choices.NONE, Progress.NONE);
        assertEquals(List.of(), reading.plan().rowErrors(), "no row lost");
        return imports.apply(reading, Importer.defaultExclusions(reading.plan()), Note.by("测试员")).adjustment();
    }

    /** The ledger in reading order: 领域, a dot a level, 序号, task, lead units, status. */
    private static String outline(LedgerService service) {
        List<Task> tasks = service.tasks();
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        StringBuilder b = new StringBuilder();
        for (Task t : tasks) {
            b.append(t.domain()).append(' ').append("· ".repeat(TaskOrder.depth(t, byId))).append(t.number().text())
                    .append(' ').append(t.title()).append(" [").append(t.leadUnits().text()).append("] ")
                    .append(t.status().label()).append('\n');
        }
        return b.toString();
    }
}
