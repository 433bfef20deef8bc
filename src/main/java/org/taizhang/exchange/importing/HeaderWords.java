package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.taizhang.exchange.FillInFormat;

/**
 * The words offices head their columns with, for each kind of column: 改革任务 = 改革事项 = 任务名称
 * = 主要工作任务 …, and the headers Taizhang itself writes in every language (so a 填报 workbook
 * exported in English reads back). A header matches a word exactly, or contains it (the longest
 * such word wins, so 牵头单位 is the lead unit, not 单位). Some headers contain a word and mean
 * something else (任务数, 任务来源): those match nothing and are shown as 未对应.
 */
final class HeaderWords {
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[（(][^）)]*[）)]");
    private static final java.util.regex.Pattern MARKS =
            java.util.regex.Pattern.compile("[\\s\\u3000*＊:：、，,。./\\\\]");

    /** Longer text is no header (the words themselves are at most 20 characters once normalised). */
    private static final int MAX_HEADER = 200;
    private static final Map<String, Column> EXACT = new LinkedHashMap<>();
    private static final List<Map.Entry<String, Column>> CONTAINED = new ArrayList<>();
    /** Counts, rates, sources and kinds: a header that names a field's word but holds something else. */
    private static final Pattern NOT_A_FIELD = Pattern.compile(
            ".*(任务数|项数|个数|总数|数量|任务来源|来源|依据|出处|文号|类型|任务类别|任务分类|分值|得分|权重|时限日期|deadlinedate)$");

    static {
        words(Column.NUMBER, "序号", "序列号", "任务序号", "项目序号", "编号", "任务编号", "项目编号", "序");
        words(Column.DOMAIN, "改革领域", "领域", "专项小组", "专项领域", "所属领域", "改革类别", "类别", "改革专项",
                "所属改革领域", "改革板块", "专项改革小组", "牵头专项小组", "所属专项小组");
        words(Column.YEAR, "年度", "年份");
        words(Column.TITLE, "改革任务", "改革事项", "任务名称", "主要工作任务", "内容与要求", "改革任务名称", "重点改革任务",
                "工作任务", "任务内容", "事项名称", "重点任务", "改革项目", "改革内容", "主要任务", "任务", "工作内容",
                "重点工作", "改革要点", "工作要点", "具体任务", "任务事项", "改革事项名称", "主要内容", "任务描述",
                "改革任务内容", "重点改革事项", "改革举措名称", "试点名称", "试点项目", "试点任务", "改革试点名称", "试点内容",
                "项目名称", "改革试点");
        words(Column.MEASURES, "具体举措", "具体措施", "工作举措", "主要举措", "具体工作", "工作措施", "实施举措", "主要措施",
                "推进措施", "落实举措", "举措", "措施", "具体工作措施", "任务分解", "改革举措", "具体工作举措");
        words(Column.LEAD_UNITS, "牵头单位", "责任单位", "牵头部门", "主责单位", "责任部门", "牵头责任单位", "牵头单位部门",
                "主办单位", "承办单位", "负责单位", "落实单位", "实施单位", "牵头处室", "责任处室", "牵头科室", "主责部门",
                "牵头责任部门", "责任主体");
        words(Column.PARTNER_UNITS, "配合单位", "协同单位", "参与单位", "配合部门", "协办单位", "参加单位", "协助单位",
                "协作单位", "配合责任单位", "协同部门");
        words(Column.LEADER, "牵头领导", "责任领导", "分管领导", "牵头市领导", "市级领导", "领导", "联系领导", "包联领导",
                "责任市领导", "牵头县领导");
        words(Column.CONTACT, "责任人", "联络员", "联系人", "联系电话", "具体负责人", "经办人", "具体责任人", "联系方式",
                "责任人及电话", "联系人及电话");
        words(Column.DEADLINE, "完成时限", "时间节点", "完成时间", "时限要求", "完成期限", "时限", "办结时限",
                "计划完成时间", "完成时限要求", "截止时间", "截止日期", "完成日期", "预计完成时间", "时间要求", "计划完成时限",
                "完成节点", "进度安排", "时间安排", "时间进度安排");
        words(Column.DELIVERABLE, "成果形式", "预期成果", "成果体现", "改革成果", "成果", "成果名称", "预期成效",
                "成果形式及名称");
        words(Column.PROGRESS, "进展情况", "推进情况", "工作进展", "进展", "落实情况", "推进落实情况", "本月进展", "累计进展",
                "工作推进情况", "进展成效", "工作开展情况", "工作进展情况", "任务进展", "当前进展", "目前进展", "实施情况",
                "执行情况", "工作完成情况", "落实进展", "进展情况说明", "推进情况说明", "完成情况说明", "工作进度情况",
                "工作成效", "进展及成效");
        words(Column.PROBLEMS, "存在问题", "存在的问题", "问题和困难", "困难问题", "存在困难", "困难和问题", "问题",
                "存在问题及困难", "问题困难", "存在的困难和问题");
        words(Column.NEXT_STEPS, "下一步计划", "下步计划", "下一步工作", "下一步工作计划", "下步打算", "下一步打算",
                "下一步工作打算", "下一步措施", "下步措施", "下一步工作安排", "下步工作", "下步工作计划", "下一步安排");
        words(Column.STATUS, "状态", "完成情况", "进展状态", "推进状态", "任务状态", "进度状态", "完成状态", "推进进度",
                "是否完成", "是否办结", "是否已完成", "完成进度", "完成比例", "完成率", "进度", "工作进度", "当前状态",
                "办理状态", "序时进度", "推进情况评价", "完成度");
        words(Column.TARGET, "目标值", "预期目标值", "年度目标", "目标", "预期目标", "指标目标值", "年度目标值");
        words(Column.ACTUAL, "完成值", "实际完成值", "已完成值", "实际值", "完成数", "实际完成", "完成数值", "当前值");
        words(Column.REMARKS, "备注", "说明", "其他", "其他说明");
        // A unit's request for an adjustment (the 填报 workbook's three columns, or a department's own).
        words(Column.REQUEST_TYPE, "申请调整类型", "调整类型", "申请类型", "调整事项类型");
        words(Column.REQUEST_TO, "调整为", "拟调整为", "申请调整为", "调整后内容", "调整后");
        words(Column.REQUEST_REASON, "理由", "调整理由", "申请理由", "申请调整理由", "调整原因", "申请原因");
        // Words that name a column only as its whole header: inside other text they mean something else.
        EXACT.put("事项", Column.TITLE);
        EXACT.put("名称", Column.TITLE);
        EXACT.put("单位", Column.VALUE_UNIT);
        EXACT.put("计量单位", Column.VALUE_UNIT);
        EXACT.put("指标单位", Column.VALUE_UNIT);
        // What Taizhang writes, in every language it writes in.
        for (Column c : Column.values()) {
            for (String w : FillInFormat.headers(c.labelKey())) {
                String n = normalise(w);
                EXACT.putIfAbsent(n, c);
                if (c != Column.VALUE_UNIT && n.length() >= 4) {
                    CONTAINED.add(Map.entry(n, c));
                }
            }
        }
        CONTAINED.sort(Comparator.comparingInt((Map.Entry<String, Column> e) -> e.getKey().length()).reversed());
    }

    private static void words(Column column, String... words) {
        for (String w : words) {
            EXACT.put(w, column);
            CONTAINED.add(Map.entry(w, column));
        }
    }

    private HeaderWords() {
    }

    /** A header's text reduced to its words: no spaces, line breaks, brackets' contents or marks; lower case. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        if (header.length() > MAX_HEADER) {
            return header; // no header is this long; spare the regexes a hostile 10 MB cell
        }
        String bare = BRACKETED.matcher(header).replaceAll(""); // (必填) (单位：万元)
        return MARKS.matcher(bare).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A column named by exactly these words (no word merely contained): 牵头单位, not 单位 in 计量单位. */
    static Optional<Column> exact(String header) {
        String h = normalise(header);
        Column exact = EXACT.get(h);
        return exact != null && (exact.isRequest() || !NOT_A_FIELD.matcher(h).matches()) ? Optional.of(exact)
                : Optional.empty();
    }

    static Optional<Column> match(String header) {
        String h = normalise(header);
        if (h.isEmpty() || h.length() > 20) {
            return Optional.empty();
        }
        Column exact = EXACT.get(h);
        if (exact != null && exact.isRequest()) {
            return Optional.of(exact); // 申请调整类型 is a kind the unit asks for, not a count or a source
        }
        if (NOT_A_FIELD.matcher(h).matches()) {
            return Optional.empty();
        }
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, Column> e : CONTAINED) {
            if (e.getKey().length() >= 2 && h.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
