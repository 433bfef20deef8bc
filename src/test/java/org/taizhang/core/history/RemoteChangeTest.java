package org.taizhang.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/** The line saying who changed what on another PC, from the adjustment as the log holds it. */
class RemoteChangeTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2023, 7, 15);
    static final Instant AT_1042 = Instant.parse("2023-07-15T02:42:00Z"); // 10:42 in Beijing

    final Map<Long, Task> tasks = Map.of(
            7L, Task.builder().id(7).number("3.").title("深化“一网通办”改革").status(Status.IN_PROGRESS).build(),
            8L, Task.builder().id(8).number("一、").title("经济体制改革").status(Status.IN_PROGRESS).build(),
            9L, Task.builder().id(9).title("推进医保支付方式改革试点工作").status(Status.IN_PROGRESS).build());
    final LongFunction<String> names = RemoteChange.byNumber(tasks);

    @BeforeEach
    @AfterEach
    void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    static Adjustment adjustment(AdjustmentType type, String who, Instant when, TaskChange... changes) {
        return new Adjustment(5, type, "", "", who, when, Source.MANUAL, null, List.of(changes), "", "");
    }

    static TaskChange update(long task, TaskField... fields) {
        return new TaskChange(task, TaskChange.Kind.UPDATE,
                java.util.Arrays.stream(fields).map(f -> new FieldChange(f, "旧", "新")).toList());
    }

    String line(Adjustment a) {
        return RemoteChange.line(a, names, BEIJING, TODAY);
    }

    @Test
    void oneFieldOfOneTaskTodayByItsClockTime() {
        assertEquals("10:42 赵静 在另一台电脑上修改了任务 3 的进展情况",
                line(adjustment(AdjustmentType.PROGRESS, "赵静", AT_1042, update(7, TaskField.PROGRESS))));
    }

    @Test
    void anEarlierDayIsWrittenWithItsDate() {
        assertEquals("2023-07-14 18:05 赵静 在另一台电脑上修改了任务 3 的进展情况、状态",
                line(adjustment(AdjustmentType.PROGRESS, "赵静", Instant.parse("2023-07-14T10:05:00Z"),
                        update(7, TaskField.PROGRESS, TaskField.STATUS))));
    }

    @Test
    void threeFieldsAreNamedThenHowManyInAll() {
        assertEquals("10:42 刘洋 在另一台电脑上修改了任务 一 的进展情况、状态、完成值等 5 项",
                line(adjustment(AdjustmentType.EDIT, "刘洋", AT_1042, update(8, TaskField.PROGRESS, TaskField.STATUS,
                        TaskField.ACTUAL, TaskField.PROBLEMS, TaskField.NEXT_STEPS))));
    }

    @Test
    void aTypeTheFieldsDoNotSayIsAddedAndAnUnnumberedTaskIsNamedByItsTitle() {
        assertEquals("10:42 赵静 在另一台电脑上修改了任务 推进医保支付方式改革试点… 的完成时限（调整时限）",
                line(adjustment(AdjustmentType.DEADLINE, "赵静", AT_1042, update(9, TaskField.DEADLINE))));
    }

    @Test
    void additionsSeveralTasksEventsAndNoOperator() {
        TaskChange created = new TaskChange(42, TaskChange.Kind.CREATE, List.of());
        assertEquals("10:42 赵静 在另一台电脑上新增了任务 编号 42",
                line(adjustment(AdjustmentType.ADD, "赵静", AT_1042, created)));
        assertEquals("10:42 赵静 在另一台电脑上做了一次导入，涉及 2 项任务",
                line(adjustment(AdjustmentType.IMPORT, "赵静", AT_1042, update(7, TaskField.PROGRESS),
                        update(8, TaskField.STATUS))));
        assertEquals("10:42 有人 在另一台电脑上记录了下发督办单",
                line(adjustment(AdjustmentType.NOTICE, "", AT_1042)));
    }

    @Test
    void inEnglish() {
        I18n.use(Locale.ENGLISH);
        assertEquals("10:42 Zhao Jing changed Progress, Status of task 3 on another PC",
                line(adjustment(AdjustmentType.PROGRESS, "Zhao Jing", AT_1042,
                        update(7, TaskField.PROGRESS, TaskField.STATUS))));
    }
}
