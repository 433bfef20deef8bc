package org.taizhang.core.task;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.LedgerException;

/** A task's 状态. The set is fixed; departments' own words for it are read through {@link #read}. */
public enum Status {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    DONE("已完成"),
    BEHIND("滞后"),
    CANCELLED("已取消"),
    MERGED("已合并"),
    ONGOING("长期坚持"),
    /**
     * 已结转: carried over into next year's ledger by an approved 结转 (year end). Closed in this
     * ledger, the work goes on in the next; set only by a 结转 adjustment (and taken back by its undo).
     */
    CARRIED_OVER("已结转");

    private static final Map<String, Status> WORDS = new HashMap<>();

    static {
        for (Status s : values()) {
            WORDS.put(s.label, s);
            WORDS.put(s.name().toLowerCase(Locale.ROOT), s);
        }
        synonyms(NOT_STARTED, "未开始", "尚未启动", "未开展", "暂未启动", "待启动", "未推进");
        synonyms(IN_PROGRESS, "按时推进", "正常推进", "进行中", "正在推进", "有序推进", "稳步推进", "推进",
                "加快推进", "序时推进", "按序时推进", "已启动", "在办", "办理中", "推进中", "正在实施", "实施中", "已开展",
                "正在开展", "按计划推进", "按进度推进", "部分完成", "正常", "顺利推进", "进展顺利", "序时进度");
        synonyms(DONE, "办结销号", "基本完成", "完成", "已办结", "办结", "已销号", "销号", "全面完成", "已落实");
        synonyms(BEHIND, "进度滞后", "滞后推进", "延期", "推进滞后", "未按时完成", "逾期", "未完成", "滞后于序时进度",
                "进展滞后", "逾期未完成", "推进缓慢");
        synonyms(CANCELLED, "中止事项", "取消", "终止", "已终止", "中止", "不再推进", "已撤销");
        synonyms(MERGED, "合并", "并入", "已并入", "合并推进");
        synonyms(ONGOING, "持续推进", "长期推进", "常态化推进", "长期", "持续开展");
    }

    private static void synonyms(Status status, String... words) {
        for (String w : words) {
            WORDS.put(w, status);
        }
    }

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The Chinese word, as the ledger and its workbooks write it. */
    public String label() {
        return label;
    }

    /** True for tasks that no longer need work in this ledger: done, withdrawn, or carried over to the next. */
    public boolean isClosed() {
        return this == DONE || this == CARRIED_OVER || isWithdrawn();
    }

    /**
     * True for a status only its own adjustment sets: 已合并 (合并 names the task merged into) and
     * 已结转 (an approved 结转). Pickers leave them out unless the task has it already.
     */
    public boolean isSetByItsOwnAdjustment() {
        return this == MERGED || this == CARRIED_OVER;
    }

    /**
     * True for tasks taken off the ledger's work by an adjustment: cancelled or merged into another.
     * They stay in the ledger and can be restored; a done task is closed but not withdrawn.
     */
    public boolean isWithdrawn() {
        return this == CANCELLED || this == MERGED;
    }

    /** Reads a status word, its synonyms and its English name; blanks and unknown words give empty. */
    public static Optional<Status> find(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip().replace(" ", "").replace("　", "").toLowerCase(Locale.ROOT);
        Status s = WORDS.get(w);
        if (s != null) {
            return Optional.of(s);
        }
        if (w.length() > 24) {
            return Optional.empty(); // a sentence of progress, not a status word: cheap to say so
        }
        // "推进中（序时）", "已完成。": the word with a remark or a full stop
        String bare = w.replaceAll("[（(][^）)]*[）)]", "").replaceAll("[。.；;！!]+$", "");
        // "正在推进中", "目前已完成", "已基本完成": the word after a word of time
        String core = bare.replaceFirst("^(?:目前|当前|现阶段|现已|现在|正在|仍在|仍|已经|已)", "");
        for (String candidate : new String[] {bare, core, core.replaceFirst("中$", "")}) {
            s = WORDS.get(candidate);
            if (s != null) {
                return Optional.of(s);
            }
        }
        // "推进较慢", "进度偏慢", "有所延迟": a unit reporting it is behind says so in many words
        return BEHIND_WORDS.matcher(bare).find() && bare.length() <= 12 ? Optional.of(BEHIND) : Optional.empty();
    }

    private static final java.util.regex.Pattern BEHIND_WORDS =
            java.util.regex.Pattern.compile("滞后|缓慢|较慢|偏慢|落后|延期|延迟|拖延|未按期|未按时|逾期");

    /** Like {@link #find} but an unknown word is an error naming the word and the allowed ones. */
    public static Status read(String word) {
        return find(word).orElseThrow(() -> new LedgerException("status.unknown", word, allowedLabels()));
    }

    public static String allowedLabels() {
        StringBuilder b = new StringBuilder();
        for (Status s : values()) {
            b.append(b.length() == 0 ? "" : "、").append(s.label);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return label;
    }
}
