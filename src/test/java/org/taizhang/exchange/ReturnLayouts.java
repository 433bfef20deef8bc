package org.taizhang.exchange;

import static org.taizhang.exchange.TestWorkbook.formatted;
import static org.taizhang.exchange.TestWorkbook.formula;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.FormulaError;
import org.taizhang.exchange.importing.ImportRow;
import org.taizhang.exchange.importing.RowError;
import org.taizhang.exchange.importing.Skipped;
import org.taizhang.exchange.importing.WorkbookData;

/**
 * Returns laid out the ways departments lay them out, none designed here: a sheet per 领域 or per
 * unit, measures under a task whose 序号 and 任务 are merged, rows that go on the task above, a
 * header of three rows, the whole outline 一、 > （一） > 1. > (1) > ①, 是否完成 and 完成进度
 * columns, bad cells, repeated headers and the notes under a table, units and numbers written into
 * the cells of other fields. Each is built by a format's writer and read back as {@link #expected}.
 */
final class ReturnLayouts {
    private ReturnLayouts() {
    }

    /** A layout: its name (the file's), how to build it, and what reading it must give, line by line. */
    record Layout(String name, Function<String, TestWorkbook> build, String expected) {
        Path save(Path dir, String format) {
            return build.apply(format).save(dir.resolve(name + "." + format));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Layout> all() {
        return List.of(sheetPerDomain(), sheetPerUnit(), measuresUnderMergedTask(), rowsGoingOnTheTaskAbove(),
                threeRowHeader(), wholeOutline(), completionColumns(), badCells(), aroundTheTable(),
                cellsHoldingTwoFields(), pagedTable(), progressUnderAStatusWord(), wordsBrokenOverTwoRows(),
                divisionOfWork(), sheetPerQuarter());
    }

    /**
     * What reading gave, a line each: rows (ref, ⊂ parent, values, 领域, 单位, completion, rows
     * joined), then errors, then what was passed over.
     */
    static String render(WorkbookData data) {
        StringBuilder b = new StringBuilder();
        for (ImportRow r : data.rows()) {
            b.append(r.ref());
            if (r.parent() != null) {
                b.append(" ⊂ ").append(r.parent());
            }
            b.append(' ').append(new TreeMap<>(r.values()));
            if (!r.domain().isEmpty()) {
                b.append(" 领域=").append(r.domain());
            }
            if (!r.unit().isEmpty()) {
                b.append(" 单位=").append(r.unit());
            }
            if (r.completion() != null) {
                b.append(" 完成=").append(r.completion());
            }
            if (!r.joined().isEmpty()) {
                b.append(" 并入=").append(r.joined());
            }
            b.append('\n');
        }
        for (RowError e : data.errors()) {
            b.append("错误 ").append(Corpus.error(e)).append('\n');
        }
        for (Skipped s : data.skipped()) {
            b.append("跳过 ").append(s.sheet()).append(s.wholeSheet() ? "" : "!" + s.row()).append(' ')
                    .append(s.reason()).append('\n');
        }
        data.tables().forEach(t -> t.unmapped().forEach((c, samples) -> b.append("未对应 ").append(t.sheet().name())
                .append(' ').append(org.taizhang.exchange.read.CellRef.column(c)).append(' ').append(samples)
                .append('\n')));
        return b.toString();
    }

    private static TestWorkbook book(String format) {
        return Corpus.book(format);
    }

    static Layout sheetPerDomain() {
        return new Layout("一个领域一个工作表", f -> book(f)
                .sheet("封面").row("北疆市2023年全面深化改革任务推进情况").row("报送单位：市委改革办")
                .sheet("经济体制改革").row("经济体制改革任务推进情况").merge("A1:F1")
                .row("序号", "改革任务", "牵头单位", "配合单位", "完成时限", "进展情况")
                .row("1", "深化国资国企改革", "市国资委", "市财政局", "年底前", "完成改革方案")
                .row("2", "优化营商环境", "市发展改革委", "市市场监管局、市政务服务局", "6月底前", "已印发实施方案")
                .sheet("生态文明体制改革").row("生态文明体制改革任务推进情况").merge("A1:F1")
                .row("序号", "改革任务", "牵头单位", "配合单位", "完成时限", "进展情况")
                .row("1", "推进排污权交易", "市生态环境局", null, "三季度末", "起草交易规则")
                .sheet("汇总").row("改革领域", "任务", "已完成", "完成率")
                .row("经济体制改革", formula("1+1", 2), 0, formatted(0, "0%"))
                .row("生态文明体制改革", formula("0+1", 1), 0, formatted(0, "0%")),
                """
                经济体制改革!3 {NUMBER=1, TITLE=深化国资国企改革, LEAD_UNITS=市国资委, PARTNER_UNITS=市财政局, DEADLINE=年底前, PROGRESS=完成改革方案} 领域=经济体制改革
                经济体制改革!4 {NUMBER=2, TITLE=优化营商环境, LEAD_UNITS=市发展改革委, PARTNER_UNITS=市市场监管局、市政务服务局, DEADLINE=6月底前, PROGRESS=已印发实施方案} 领域=经济体制改革
                生态文明体制改革!3 {NUMBER=1, TITLE=推进排污权交易, LEAD_UNITS=市生态环境局, DEADLINE=三季度末, PROGRESS=起草交易规则} 领域=生态文明体制改革
                跳过 封面 NO_TABLE
                跳过 经济体制改革!1 TITLE
                跳过 经济体制改革!2 HEADER
                跳过 生态文明体制改革!1 TITLE
                跳过 生态文明体制改革!2 HEADER
                跳过 汇总 SUMMARY_SHEET
                """);
    }

    static Layout sheetPerUnit() {
        return new Layout("一个单位一个工作表", f -> book(f)
                .sheet("市医保局").row("序号", "改革任务", "完成时限", "进展情况", "状态")
                .row("1", "推进医保支付方式改革", "年底前", "DRG付费全覆盖", "已完成")
                .row("2", "深化医保基金监管", "年内", "智能监管上线", "推进中")
                .sheet("市财政局").row("序号", "改革任务", "完成时限", "进展情况", "状态")
                .row("1", "推进预算管理一体化", "年底前", "系统上线", "推进中"),
                """
                市医保局!2 {NUMBER=1, TITLE=推进医保支付方式改革, DEADLINE=年底前, PROGRESS=DRG付费全覆盖, STATUS=已完成} 单位=市医保局
                市医保局!3 {NUMBER=2, TITLE=深化医保基金监管, DEADLINE=年内, PROGRESS=智能监管上线, STATUS=推进中} 单位=市医保局
                市财政局!2 {NUMBER=1, TITLE=推进预算管理一体化, DEADLINE=年底前, PROGRESS=系统上线, STATUS=推进中} 单位=市财政局
                跳过 市医保局!1 HEADER
                跳过 市财政局!1 HEADER
                """);
    }

    static Layout measuresUnderMergedTask() {
        return new Layout("合并单元格下的具体举措", f -> book(f).sheet("Sheet1")
                .row("序号", "改革任务", "具体举措", "牵头单位", "完成时限", "进展情况", "状态")
                .row("1", "推进医保支付方式改革", "推行DRG付费", "市医保局", "6月底前", "DRG付费覆盖二级医院", "已完成")
                .row(null, null, "开展DIP试点", null, "9月底前", "试点医院3家", "推进中")
                .row(null, null, "完善结算清单", null, "年底前", "清单质控上线", "未启动")
                .row("2", "深化药品集中采购", "落实国家集采结果", "市医保局", "年底前", "已落地", "已完成")
                .merge("A2:A4").merge("B2:B4").merge("D2:D4"),
                """
                Sheet1!2 {NUMBER=1, TITLE=推进医保支付方式改革, LEAD_UNITS=市医保局}
                Sheet1!2+1 ⊂ Sheet1!2 {TITLE=推行DRG付费, LEAD_UNITS=市医保局, DEADLINE=6月底前, PROGRESS=DRG付费覆盖二级医院, STATUS=已完成}
                Sheet1!3 ⊂ Sheet1!2 {TITLE=开展DIP试点, LEAD_UNITS=市医保局, DEADLINE=9月底前, PROGRESS=试点医院3家, STATUS=推进中}
                Sheet1!4 ⊂ Sheet1!2 {TITLE=完善结算清单, LEAD_UNITS=市医保局, DEADLINE=年底前, PROGRESS=清单质控上线, STATUS=未启动}
                Sheet1!5 {NUMBER=2, TITLE=深化药品集中采购, MEASURES=落实国家集采结果, LEAD_UNITS=市医保局, DEADLINE=年底前, PROGRESS=已落地, STATUS=已完成}
                跳过 Sheet1!1 HEADER
                """);
    }

    static Layout rowsGoingOnTheTaskAbove() {
        return new Layout("续写在下一行", f -> book(f).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "进展情况", "存在问题")
                .row("1", "推进政务服务“一网通办”", "市政务服务局", "1.综合窗口改革全面推开", null)
                .row(null, null, "市大数据中心", "2.数据共享平台上线", "部分部门数据未接入")
                .row("2", "深化工程建设项目审批制度改革", "市住房和城乡建设局", "审批时限压缩至60个工作日", null)
                .merge("B2:B3"),
                """
                Sheet1!2 {NUMBER=1, TITLE=推进政务服务“一网通办”, LEAD_UNITS=市政务服务局、市大数据中心, PROGRESS=1.综合窗口改革全面推开
                2.数据共享平台上线, PROBLEMS=部分部门数据未接入} 并入=[3]
                Sheet1!4 {NUMBER=2, TITLE=深化工程建设项目审批制度改革, LEAD_UNITS=市住房和城乡建设局, PROGRESS=审批时限压缩至60个工作日}
                跳过 Sheet1!1 HEADER
                """);
    }

    static Layout threeRowHeader() {
        return new Layout("三行表头", f -> book(f).sheet("推进情况")
                .row("北疆市2023年改革任务推进情况表").merge("A1:I1")
                .row("序号", "改革任务", "责任单位", null, "完成时限", "推进情况", null, null, null)
                .row(null, null, null, null, null, "进展情况", null, "状态", "完成值")
                .row(null, null, "牵头单位", "配合单位", null, "本月进展", "累计进展", null, null)
                .merge("A2:A4").merge("B2:B4").merge("C2:D3").merge("E2:E4").merge("F2:I2").merge("F3:G3")
                .merge("H3:H4").merge("I3:I4")
                .row("1", "深化医药卫生体制改革", "市卫生健康委", "市医保局、市财政局", "年底前", "推进紧密型医共体建设",
                        "累计覆盖5个旗县", "推进中", "80%"),
                """
                推进情况!5 {NUMBER=1, TITLE=深化医药卫生体制改革, LEAD_UNITS=市卫生健康委, PARTNER_UNITS=市医保局、市财政局, DEADLINE=年底前, PROGRESS=推进紧密型医共体建设, STATUS=推进中, ACTUAL=80%}
                跳过 推进情况!1 TITLE
                跳过 推进情况!2 HEADER
                跳过 推进情况!3 HEADER
                跳过 推进情况!4 HEADER
                未对应 推进情况 G [累计覆盖5个旗县]
                """);
    }

    static Layout wholeOutline() {
        return new Layout("一二三级序号", f -> book(f).sheet("台账")
                .row("序号", "改革任务", "牵头单位", "完成时限")
                .row("一、经济体制改革").merge("A2:D2")
                .row("（一）", "深化国资国企改革", "市国资委", "年底前")
                .row("1.", "完善国资监管体制", "市国资委", "6月底前")
                .row("(1)", "出台监管清单", "市国资委", "3月底前")
                .row("①", "梳理权责事项", "市国资委", "2月底前")
                .row("2.", "推进混合所有制改革", "市国资委", "年底前")
                .row("（二）", "优化营商环境", "市发展改革委", "年底前")
                .row("1.", "推行告知承诺制", "市发展改革委", "9月底前")
                .row("二、社会体制改革").merge("A10:D10")
                .row("（一）", "深化教育改革", "市教育局", "年底前")
                .row("1", "推进集团化办学", "市教育局", "年底前")
                .row("1.1", "组建教育集团", "市教育局", "6月底前"),
                """
                台账!3 {NUMBER=（一）, TITLE=深化国资国企改革, LEAD_UNITS=市国资委, DEADLINE=年底前} 领域=经济体制改革
                台账!4 ⊂ 台账!3 {NUMBER=1., TITLE=完善国资监管体制, LEAD_UNITS=市国资委, DEADLINE=6月底前} 领域=经济体制改革
                台账!5 ⊂ 台账!4 {NUMBER=(1), TITLE=出台监管清单, LEAD_UNITS=市国资委, DEADLINE=3月底前} 领域=经济体制改革
                台账!6 ⊂ 台账!5 {NUMBER=①, TITLE=梳理权责事项, LEAD_UNITS=市国资委, DEADLINE=2月底前} 领域=经济体制改革
                台账!7 ⊂ 台账!3 {NUMBER=2., TITLE=推进混合所有制改革, LEAD_UNITS=市国资委, DEADLINE=年底前} 领域=经济体制改革
                台账!8 {NUMBER=（二）, TITLE=优化营商环境, LEAD_UNITS=市发展改革委, DEADLINE=年底前} 领域=经济体制改革
                台账!9 ⊂ 台账!8 {NUMBER=1., TITLE=推行告知承诺制, LEAD_UNITS=市发展改革委, DEADLINE=9月底前} 领域=经济体制改革
                台账!11 {NUMBER=（一）, TITLE=深化教育改革, LEAD_UNITS=市教育局, DEADLINE=年底前} 领域=社会体制改革
                台账!12 ⊂ 台账!11 {NUMBER=1, TITLE=推进集团化办学, LEAD_UNITS=市教育局, DEADLINE=年底前} 领域=社会体制改革
                台账!13 ⊂ 台账!12 {NUMBER=1.1, TITLE=组建教育集团, LEAD_UNITS=市教育局, DEADLINE=6月底前} 领域=社会体制改革
                跳过 台账!1 HEADER
                跳过 台账!2 HEADING
                跳过 台账!10 HEADING
                """);
    }

    static Layout completionColumns() {
        return new Layout("是否完成和完成进度", f -> book(f)
                .sheet("是否完成").row("序号", "改革任务", "是否完成", "进展情况")
                .row("1", "任务甲", "是", "已通过验收")
                .row("2", "任务乙", "否", "正在推进")
                .row("3", "任务丙", "否", null)
                .row("4", "任务丁", "√", null)
                .row("5", "任务戊", "未完成", "方案报审中")
                .sheet("完成进度").row("序号", "改革任务", "完成进度")
                .row("1", "任务己", formatted(1, "0%"))
                .row("2", "任务庚", formatted(0.6, "0%"))
                .row("3", "任务辛", formatted(0, "0%"))
                .row("4", "任务壬", "50%"),
                """
                是否完成!2 {NUMBER=1, TITLE=任务甲, PROGRESS=已通过验收} 完成=DONE
                是否完成!3 {NUMBER=2, TITLE=任务乙, PROGRESS=正在推进} 完成=NOT_DONE
                是否完成!4 {NUMBER=3, TITLE=任务丙} 完成=NOT_DONE
                是否完成!5 {NUMBER=4, TITLE=任务丁} 完成=DONE
                是否完成!6 {NUMBER=5, TITLE=任务戊, PROGRESS=方案报审中} 完成=NOT_DONE
                完成进度!2 {NUMBER=1, TITLE=任务己} 完成=DONE
                完成进度!3 {NUMBER=2, TITLE=任务庚} 完成=STARTED
                完成进度!4 {NUMBER=3, TITLE=任务辛} 完成=NOT_STARTED
                完成进度!5 {NUMBER=4, TITLE=任务壬} 完成=STARTED
                跳过 是否完成!1 HEADER
                跳过 完成进度!1 HEADER
                """);
    }

    static Layout badCells() {
        return new Layout("坏单元格", f -> book(f).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "完成时限", "进展情况", "状态")
                .row("1", "任务一", "市财政局", "尽快", "已起草方案", "推进中")
                .row("2", "任务二", "市财政局", "2023年2月30日", "已印发", "已完成")
                .row("3", "任务三", "市财政局", "年底前", "正在调研", "看情况")
                .row("4", formula("1/0", FormulaError.DIV0), "市财政局", "年底前", "标题坏了", "推进中"),
                """
                Sheet1!2 {NUMBER=1, TITLE=任务一, LEAD_UNITS=市财政局, PROGRESS=已起草方案, STATUS=推进中}
                Sheet1!3 {NUMBER=2, TITLE=任务二, LEAD_UNITS=市财政局, PROGRESS=已印发, STATUS=已完成}
                Sheet1!4 {NUMBER=3, TITLE=任务三, LEAD_UNITS=市财政局, DEADLINE=年底前, PROGRESS=正在调研}
                Sheet1!5 {NUMBER=4, LEAD_UNITS=市财政局, DEADLINE=年底前, PROGRESS=标题坏了, STATUS=推进中}
                错误 Sheet1!2 D [完成时限] «尽快» deadline.unreadable (cell)
                错误 Sheet1!3 D [完成时限] «2023年2月30日» deadline.noDay (cell)
                错误 Sheet1!4 F [状态] «看情况» status.unknown (cell)
                错误 Sheet1!5 B [改革任务] «#DIV/0!» import.cellError (cell)
                跳过 Sheet1!1 HEADER
                """);
    }

    static Layout aroundTheTable() {
        return new Layout("表格前后", f -> book(f).sheet("Sheet1")
                .row("市财政局改革任务推进情况").merge("A1:E1")
                .row("序号", "改革任务", "牵头单位", "进展情况", "联系处室")
                .row("栏次", "1", "2", "3", "4")
                .row("1", "任务一", "市财政局", "进展一", "预算处")
                .row("小计", null, null, null, null)
                .row("序号", "改革任务", "牵头单位", "进展情况", "联系处室")
                .row("2", "任务二", "市财政局", "进展二", null)
                .row(null, null, null, null, "综合处")
                .row("合计：2项").merge("A9:E9")
                .row("注：请于每季度末报送。").merge("A10:E10")
                .row("3", "写在说明之后", "市财政局", "进展三", null)
                .row("填报人：张三", null, "审核人：李四"),
                """
                Sheet1!4 {NUMBER=1, TITLE=任务一, LEAD_UNITS=市财政局, PROGRESS=进展一}
                Sheet1!7 {NUMBER=2, TITLE=任务二, LEAD_UNITS=市财政局, PROGRESS=进展二}
                跳过 Sheet1!1 TITLE
                跳过 Sheet1!2 HEADER
                跳过 Sheet1!3 COLUMN_NUMBERS
                跳过 Sheet1!5 TOTAL
                跳过 Sheet1!6 REPEATED_HEADER
                跳过 Sheet1!8 UNMAPPED_ONLY
                跳过 Sheet1!9 TOTAL
                跳过 Sheet1!10 NOTE
                跳过 Sheet1!11 AFTER_NOTES
                跳过 Sheet1!12 SIGNATURE
                未对应 Sheet1 E [预算处, 综合处]
                """);
    }

    static Layout cellsHoldingTwoFields() {
        return new Layout("一格两用", f -> book(f).sheet("Sheet1")
                .row("改革任务", "责任单位", "进展情况")
                .row("1.推进财税体制改革", "市财政局（牵头）、市税务局、市审计局",
                        "1.完成预算管理一体化\n存在问题：部分旗县系统未对接\n下一步计划：年底前全部对接")
                .row("2.深化金融改革", "牵头单位：市金融办；配合单位：人行市中心支行/市银保监分局", "推进中")
                .row("（1）组建地方金融控股公司", "市国资委 市金融办", "已完成组建方案")
                .row("3.推进宣传文化改革", "市委宣传部（市新闻出版局、市版权局）", "已出台意见")
                .row("4.推进亩均效益评价", "市工信局", "完成评价1326家。\n问题：部分旗县评价结果应用不充分。"),
                """
                Sheet1!2 {NUMBER=1., TITLE=推进财税体制改革, LEAD_UNITS=市财政局, PARTNER_UNITS=市税务局、市审计局, PROGRESS=1.完成预算管理一体化, PROBLEMS=部分旗县系统未对接, NEXT_STEPS=年底前全部对接}
                Sheet1!3 {NUMBER=2., TITLE=深化金融改革, LEAD_UNITS=市金融办, PARTNER_UNITS=人行市中心支行、市银保监分局, PROGRESS=推进中, STATUS=推进中}
                Sheet1!4 ⊂ Sheet1!3 {NUMBER=（1）, TITLE=组建地方金融控股公司, LEAD_UNITS=市国资委、市金融办, PROGRESS=已完成组建方案}
                Sheet1!5 {NUMBER=3., TITLE=推进宣传文化改革, LEAD_UNITS=市委宣传部（市新闻出版局、市版权局）, PROGRESS=已出台意见}
                Sheet1!6 {NUMBER=4., TITLE=推进亩均效益评价, LEAD_UNITS=市工信局, PROGRESS=完成评价1326家。, PROBLEMS=部分旗县评价结果应用不充分。}
                跳过 Sheet1!1 HEADER
                """);
    }

    /** A table printed over pages: a note at a page's foot, the header again, 序号 written as text. */
    static Layout pagedTable() {
        return new Layout("分页重复表头", f -> book(f).sheet("民政局")
                .row("市民政局2023年改革任务推进情况").merge("A1:E1")
                .row("序号", "改革任务", "牵头单位", "进展情况", "状态")
                .row("1", "健全分层分类社会救助体系", "市民政局", "纳入监测低收入人口3.6万人。", "长期坚持")
                .row("2", "推进养老服务体系建设", "市民政局", "建成社区养老服务中心16个。", "推进中")
                .row(null, null, null, "发放高龄津贴4200万元。", null)
                .row("3", "推进基层治理现代化", "市委组织部、市民政局", "清理社区挂牌和证明事项。", "推进中")
                .row("注：本页为第1页。").merge("A7:E7")
                .row("序号", "改革任务", "牵头单位", "进展情况", "状态")
                .row("4", "深化社会组织管理制度改革", "市民政局", "注销“僵尸型”社会组织46家。", "长期坚持")
                .row("注：状态请填写已完成、推进中、滞后、未启动。").merge("A10:E10"),
                """
                民政局!3 {NUMBER=1, TITLE=健全分层分类社会救助体系, LEAD_UNITS=市民政局, PROGRESS=纳入监测低收入人口3.6万人。, STATUS=长期坚持} 单位=民政局
                民政局!4 {NUMBER=2, TITLE=推进养老服务体系建设, LEAD_UNITS=市民政局, PROGRESS=建成社区养老服务中心16个。
                发放高龄津贴4200万元。, STATUS=推进中} 单位=民政局 并入=[5]
                民政局!6 {NUMBER=3, TITLE=推进基层治理现代化, LEAD_UNITS=市委组织部、市民政局, PROGRESS=清理社区挂牌和证明事项。, STATUS=推进中} 单位=民政局
                民政局!9 {NUMBER=4, TITLE=深化社会组织管理制度改革, LEAD_UNITS=市民政局, PROGRESS=注销“僵尸型”社会组织46家。, STATUS=长期坚持} 单位=民政局
                跳过 民政局!1 TITLE
                跳过 民政局!2 HEADER
                跳过 民政局!7 NOTE
                跳过 民政局!8 REPEATED_HEADER
                跳过 民政局!10 NOTE
                """);
    }

    /** 完成情况 written as sentences (progress, then) beside a 完成进度 of percentages (the status). */
    static Layout progressUnderAStatusWord() {
        return new Layout("完成情况与完成进度", f -> book(f).sheet("第二季度")
                .row("填报单位：市财政局")
                .row("序号", "改革任务", "完成情况", "完成进度")
                .row("1", "深化预算管理一体化改革", "系统已上线运行，全市预算单位全部接入。", formatted(1, "0%"))
                .row("2", "推进零基预算改革", "正在编制试点方案并征求部门意见。", formatted(0.5, "0%"))
                .row("3", "推进预算绩效管理扩围提质", "绩效目标覆盖全部项目支出。", formatted(0.8, "0%")),
                """
                第二季度!3 {NUMBER=1, TITLE=深化预算管理一体化改革, PROGRESS=系统已上线运行，全市预算单位全部接入。} 单位=市财政局 完成=DONE
                第二季度!4 {NUMBER=2, TITLE=推进零基预算改革, PROGRESS=正在编制试点方案并征求部门意见。} 单位=市财政局 完成=STARTED
                第二季度!5 {NUMBER=3, TITLE=推进预算绩效管理扩围提质, PROGRESS=绩效目标覆盖全部项目支出。} 单位=市财政局 完成=STARTED
                跳过 第二季度!1 TITLE
                跳过 第二季度!2 HEADER
                """);
    }

    /** A header whose words are broken over two rows: 改革 over 任务, 牵头 over 单位. */
    static Layout wordsBrokenOverTwoRows() {
        return new Layout("拆开写的表头", f -> book(f).sheet("营商环境")
                .row("北疆市优化营商环境改革任务台账").merge("A1:G1")
                .row("填报单位：市政务服务局").merge("A2:G2")
                .row("序号", "改革", "牵头", "配合", "完成", "进展", "状态")
                .row(null, "任务", "单位", "单位", "时限", "情况", null)
                .merge("A3:A4").merge("G3:G4")
                .row("1", "推行政务服务“一网通办”", "市政务服务局", "市大数据中心", "年底前", "网上可办率达96.3%。", "推进中")
                .row("2", "深化“一件事一次办”改革", "市政务服务局", "市直相关部门", "9月底前", "推出套餐28个。", "已完成"),
                """
                营商环境!5 {NUMBER=1, TITLE=推行政务服务“一网通办”, LEAD_UNITS=市政务服务局, PARTNER_UNITS=市大数据中心, DEADLINE=年底前, PROGRESS=网上可办率达96.3%。, STATUS=推进中} 领域=营商环境 单位=市政务服务局
                营商环境!6 {NUMBER=2, TITLE=深化“一件事一次办”改革, LEAD_UNITS=市政务服务局, PARTNER_UNITS=市直相关部门, DEADLINE=9月底前, PROGRESS=推出套餐28个。, STATUS=已完成} 领域=营商环境 单位=市政务服务局
                跳过 营商环境!1 TITLE
                跳过 营商环境!2 TITLE
                跳过 营商环境!3 HEADER
                跳过 营商环境!4 HEADER
                """);
    }

    /**
     * A 分工方案: 1-1 under 1; a 责任单位 column where * marks the lead among partners; a 推进情况
     * column beside 工作进展 that holds status words.
     */
    static Layout divisionOfWork() {
        return new Layout("分工方案", f -> book(f).sheet("分工方案")
                .row("序号", "改革任务", "责任单位", "工作进展", "推进情况")
                .row("1", "深化国资国企改革", "*市国资委、市财政局", "方案已报审。", "推进中")
                .row("1-1", "推动国有资本投资运营公司改建", "市国资委", "改建完成。", "已完成")
                .row("1-2", "推进混合所有制改革", "*市国资委、市发展改革委", "引入战投2家。", "推进中")
                .row("2", "深化财税体制改革", "市财政局", "进度滞后。", "滞后")
                .row("2-1", "健全政府债务管理制度", "市财政局", "按月监测。", "长期坚持"),
                """
                分工方案!2 {NUMBER=1, TITLE=深化国资国企改革, LEAD_UNITS=市国资委, PARTNER_UNITS=市财政局, PROGRESS=方案已报审。, STATUS=推进中}
                分工方案!3 ⊂ 分工方案!2 {NUMBER=1-1, TITLE=推动国有资本投资运营公司改建, LEAD_UNITS=市国资委, PROGRESS=改建完成。, STATUS=已完成}
                分工方案!4 ⊂ 分工方案!2 {NUMBER=1-2, TITLE=推进混合所有制改革, LEAD_UNITS=市国资委, PARTNER_UNITS=市发展改革委, PROGRESS=引入战投2家。, STATUS=推进中}
                分工方案!5 {NUMBER=2, TITLE=深化财税体制改革, LEAD_UNITS=市财政局, PROGRESS=进度滞后。, STATUS=滞后}
                分工方案!6 ⊂ 分工方案!5 {NUMBER=2-1, TITLE=健全政府债务管理制度, LEAD_UNITS=市财政局, PROGRESS=按月监测。, STATUS=长期坚持}
                跳过 分工方案!1 HEADER
                """);
    }

    /** A sheet a quarter holding the same tasks, the last one empty so far: this return is the latest filled. */
    static Layout sheetPerQuarter() {
        return new Layout("分季度工作表", f -> {
            TestWorkbook b = book(f);
            String[] quarters = {"第一季度", "第二季度", "第三季度"};
            for (int q = 0; q < quarters.length; q++) {
                b.sheet(quarters[q]).row("序号", "改革任务", "牵头单位", "进展情况")
                        .row("1", "推进社区“大党委”制度", "新华街道", quarters[q] + "：建立大党委" + (q + 2) + "个。")
                        .row("2", "建立“接诉即办”工作机制", "新华街道", quarters[q] + "：受理诉求" + (q + 1) * 300 + "件。");
            }
            b.row("3", "开展社区减负增效", "新华街道", "清理证明事项11项。"); // the third quarter adds a task
            return b.sheet("第四季度").row("序号", "改革任务", "牵头单位", "进展情况");
        }, """
                第三季度!2 {NUMBER=1, TITLE=推进社区“大党委”制度, LEAD_UNITS=新华街道, PROGRESS=第三季度：建立大党委4个。}
                第三季度!3 {NUMBER=2, TITLE=建立“接诉即办”工作机制, LEAD_UNITS=新华街道, PROGRESS=第三季度：受理诉求900件。}
                第三季度!4 {NUMBER=3, TITLE=开展社区减负增效, LEAD_UNITS=新华街道, PROGRESS=清理证明事项11项。}
                跳过 第一季度 EARLIER_PERIOD
                跳过 第二季度 EARLIER_PERIOD
                跳过 第三季度!1 HEADER
                跳过 第四季度!1 HEADER
                跳过 第四季度 NO_ROWS
                """);
    }
}
