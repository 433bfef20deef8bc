package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words offices head their columns with, for each kind of column: 改革任务 = 改革事项 = 任务名称
 * = 主要工作任务 …. A header matches a word exactly, or contains it (the longest such word wins,
 * so 牵头单位 is the lead unit, not 单位).
 */
final class HeaderWords {
    /** Longer text is no header (the words themselves are at most 20 characters once normalised). */
    private static final int MAX_HEADER = 200;
    private static final Map<String, Column> EXACT = new LinkedHashMap<>();
    private static final List<Map.Entry<String, Column>> CONTAINED = new ArrayList<>();

    static {
        words(Column.NUMBER, "序号", "序列号", "任务序号", "项目序号", "编号");
        words(Column.DOMAIN, "改革领域", "领域", "专项小组", "专项领域", "所属领域", "改革类别", "类别", "改革专项");
        words(Column.YEAR, "年度", "年份");
        words(Column.TITLE, "改革任务", "改革事项", "任务名称", "主要工作任务", "内容与要求", "改革任务名称", "重点改革任务",
                "工作任务", "任务内容", "事项名称", "重点任务", "改革项目", "改革内容", "主要任务", "任务");
        words(Column.MEASURES, "具体举措", "具体措施", "工作举措", "主要举措", "具体工作", "工作措施", "实施举措", "主要措施");
        words(Column.LEAD_UNITS, "牵头单位", "责任单位", "牵头部门", "主责单位", "责任部门", "牵头责任单位", "牵头单位部门",
                "主办单位");
        words(Column.PARTNER_UNITS, "配合单位", "协同单位", "参与单位", "配合部门", "协办单位", "参加单位");
        words(Column.LEADER, "牵头领导", "责任领导", "分管领导", "牵头市领导", "市级领导", "领导");
        words(Column.CONTACT, "责任人", "联络员", "联系人", "联系电话", "具体负责人", "经办人");
        words(Column.DEADLINE, "完成时限", "时间节点", "完成时间", "时限要求", "完成期限", "时限", "办结时限",
                "计划完成时间", "完成时限要求");
        words(Column.DELIVERABLE, "成果形式", "预期成果", "成果体现", "改革成果", "成果");
        words(Column.PROGRESS, "进展情况", "推进情况", "工作进展", "进展", "落实情况", "推进落实情况", "本月进展", "累计进展",
                "工作推进情况", "进展成效", "工作开展情况");
        words(Column.PROBLEMS, "存在问题", "存在的问题", "问题和困难", "困难问题", "存在困难", "困难和问题", "问题");
        words(Column.NEXT_STEPS, "下一步计划", "下步计划", "下一步工作", "下一步工作计划", "下步打算", "下一步打算",
                "下一步工作打算");
        words(Column.STATUS, "状态", "完成情况", "进展状态", "推进状态", "任务状态", "进度状态", "完成状态", "推进进度");
        words(Column.TARGET, "目标值", "预期目标值", "年度目标", "目标");
        words(Column.ACTUAL, "完成值", "实际完成值", "已完成值", "实际值", "完成数");
        words(Column.REMARKS, "备注", "说明");
        words(Column.TASK_ID, "台账编号");
        words(Column.REVISION, "台账版本");
        EXACT.put("单位", Column.UNIT);
        EXACT.put("计量单位", Column.UNIT);
        EXACT.put("指标单位", Column.UNIT);
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

    /** A header's text reduced to its words: no spaces, line breaks, brackets' contents or marks. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        if (header.length() > MAX_HEADER) {
            return header; // no header is this long; spare the regexes a hostile 10 MB cell
        }
        String s = header.replaceAll("[（(][^）)]*[）)]", "") // (必填) (单位：万元)
                .replaceAll("[\\s\\u3000*＊:：、，,。./\\\\]", "");
        return s;
    }

    static Optional<Column> match(String header) {
        String h = normalise(header);
        if (h.isEmpty() || h.length() > 20) {
            return Optional.empty();
        }
        Column exact = EXACT.get(h);
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
