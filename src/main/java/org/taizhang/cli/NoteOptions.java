package org.taizhang.cli;

import org.taizhang.core.ledger.Note;
import picocli.CommandLine.Option;

/** Who makes a change and why: every writing command records them. */
final class NoteOptions {
    @Option(names = "--operator", required = true, paramLabel = "NAME", description = "经办人 / who makes the change")
    String operator;

    @Option(names = "--reason", paramLabel = "TEXT", description = "调整理由（结构性调整必填）/ reason")
    String reason;

    @Option(names = "--basis", paramLabel = "TEXT", description = "依据：文号或会议 / basis: document number or meeting")
    String basis;

    Note note() {
        return Note.by(operator, reason, basis);
    }
}
