package org.taizhang.cli;

import java.util.function.Consumer;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import picocli.CommandLine.Option;

/** The task fields a command can set; a field not given is left as it is. */
final class TaskOptions {
    @Option(names = "--number", description = "序号 / outline number")
    String number;
    @Option(names = "--parent", paramLabel = "ID", description = "上级任务编号 / parent task id")
    Long parent;
    @Option(names = "--domain", description = "改革领域 / reform domain")
    String domain;
    @Option(names = "--title", description = "改革任务 / the task")
    String title;
    @Option(names = "--measures", description = "具体举措 / measures")
    String measures;
    @Option(names = "--lead", description = "牵头单位，“、”分隔，*标主牵头 / lead units")
    String lead;
    @Option(names = "--partners", description = "配合单位 / partner units")
    String partners;
    @Option(names = "--leader", description = "牵头领导 / leader")
    String leader;
    @Option(names = "--contact", description = "联络员 / contact")
    String contact;
    @Option(names = "--deadline", description = "完成时限，如 6月底前 / deadline")
    String deadline;
    @Option(names = "--deliverable", description = "成果形式 / deliverable")
    String deliverable;
    @Option(names = "--progress", description = "进展情况 / progress")
    String progress;
    @Option(names = "--problems", description = "存在问题 / problems")
    String problems;
    @Option(names = "--next-steps", description = "下一步计划 / next steps")
    String nextSteps;
    @Option(names = "--status", description = "状态 / status: 未启动 推进中 已完成 滞后 已取消 长期坚持")
    String status;
    @Option(names = "--target", description = "目标值 / target")
    String target;
    @Option(names = "--actual", description = "完成值 / actual")
    String actual;
    @Option(names = "--unit", description = "计量单位 / unit of measure")
    String unit;
    @Option(names = "--remarks", description = "备注 / remarks")
    String remarks;

    /** Writes the given fields into {@code b}; a status or deadline that cannot be read fails here, before anything is written. */
    Task.Builder applyTo(Task.Builder b, int year) {
        if (deadline != null) {
            Deadline.parse(deadline, year);
            b.deadline(deadline);
        }
        if (status != null) {
            b.status(Status.read(status));
        }
        if (parent != null) {
            b.parentId(parent == 0 ? null : parent);
        }
        set(lead, v -> b.leadUnits(UnitList.parse(v)));
        set(partners, v -> b.partnerUnits(UnitList.parse(v)));
        set(number, b::number);
        set(domain, b::domain);
        set(title, b::title);
        set(measures, b::measures);
        set(leader, b::leader);
        set(contact, b::contact);
        set(deliverable, b::deliverable);
        set(progress, b::progress);
        set(problems, b::problems);
        set(nextSteps, b::nextSteps);
        set(target, b::target);
        set(actual, b::actual);
        set(unit, b::valueUnit);
        set(remarks, b::remarks);
        return b;
    }

    private static void set(String given, Consumer<String> to) {
        if (given != null) {
            to.accept(given);
        }
    }
}
