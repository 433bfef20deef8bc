package org.taizhang.exchange.importing;

/**
 * What a 是否完成 (是/否) or 完成进度 (80%) cell says about a task, short of a 状态 word. The plan
 * turns it into a status against the task as the ledger has it (see {@link ImportPlanner}).
 */
public enum Completion {
    /** 是, √, 100%. */
    DONE,
    /** 否, ×: not finished, how far unsaid. */
    NOT_DONE,
    /** Between 0 and 100 %. */
    STARTED,
    /** 0 %. */
    NOT_STARTED
}
