package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.report.LedgerPrint;

/** What the printed ledger takes from the table: the rows shown, in the table's order, with their depth. */
class PrintLinesTest {
    private static Task task(long id, Long parent, String number, String domain, Status status) {
        return Task.builder().id(id).parentId(parent).number(number).domain(domain).year(2023).title("任务" + number)
                .deadline("年底前").status(status).build();
    }

    private final List<Task> ledger = List.of(task(1, null, "1.", "经济体制改革", Status.IN_PROGRESS),
            task(2, 1L, "(1)", "经济体制改革", Status.BEHIND), task(3, 1L, "(2)", "经济体制改革", Status.DONE),
            task(4, null, "2.", "经济体制改革", Status.BEHIND), task(5, null, "3.", "社会体制改革", Status.DONE));

    private static List<String> numbers(List<LedgerPrint.Line> lines) {
        return lines.stream().map(l -> l.depth() + ":" + l.task().number().text() + (l.context() ? "*" : "")).toList();
    }

    @Test
    void theRowsPrintInTheOutlineOrTheTablesSortWithTheirDepth() {
        LedgerViewModel table = new LedgerViewModel();
        table.show(ledger, List.of("经济体制改革", "社会体制改革"), LocalDate.of(2023, 6, 30), LightRule.DEFAULT);
        assertEquals(List.of("0:1.", "1:(1)", "1:(2)", "0:2.", "0:3."), numbers(table.printLines()));

        Comparator<TaskRow> byNumber = Comparator.comparing(r -> r.task().number());
        table.sortedBy(byNumber.reversed());
        assertEquals(List.of("0:2.", "0:1.", "1:(2)", "1:(1)", "0:3."), numbers(table.printLines()),
                "sorted among siblings, each 领域 and each task's measures kept together");

        table.sortedBy(null);
        table.statusFilter().add(Status.BEHIND);
        assertEquals(List.of("0:1.*", "1:(1)", "0:2."), numbers(table.printLines()),
                "the filter's rows, a parent as context");
    }
}
