package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaskOrderTest {
    private static final String[] NUMBERS = {"1.", "2.", "10.", "（一）", "（十二）", "一、", "三、", "(3)", "2.1", "2.10",
        "甲", "", "1", "01.", "第二项"};
    private static final String[] DOMAINS = {"经济体制改革", "生态文明体制改革", "党的建设制度改革", "社会体制改革", "未列入",
        "", "农业农村改革"};

    /**
     * The reading order by its definition: the top level sorted with one comparator (领域's place,
     * 领域, 序号, id), each task followed depth-first by its measures sorted the same way.
     */
    private static List<Task> byDefinition(List<Task> tasks, List<String> domainOrder) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < domainOrder.size(); i++) {
            rank.putIfAbsent(domainOrder.get(i), i);
        }
        Comparator<Task> siblings = Comparator.comparing((Task t) -> rank.getOrDefault(t.domain(), Integer.MAX_VALUE))
                .thenComparing(Task::domain).thenComparing(Task::number).thenComparingLong(Task::id);
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        List<Task> out = new ArrayList<>();
        List<Task> roots = tasks.stream()
                .filter(t -> t.parentId() == null || t.parentId() == t.id() || !byId.containsKey(t.parentId()))
                .sorted(siblings).toList();
        for (Task root : roots) {
            walk(root, tasks, siblings, out);
        }
        return out;
    }

    private static void walk(Task t, List<Task> tasks, Comparator<Task> siblings, List<Task> out) {
        out.add(t);
        tasks.stream().filter(c -> c.parentId() != null && c.parentId() == t.id() && c.id() != t.id())
                .sorted(siblings).forEach(c -> walk(c, tasks, siblings, out));
    }

    @Test
    void tasksAreReadByDomainPlaceThenNumberWithTheirMeasuresUnderThem() {
        Random random = new Random(19);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            List<Task> tasks = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Long parent = i > 1 && random.nextInt(3) == 0 ? Long.valueOf(1 + random.nextInt(i - 1)) : null;
                tasks.add(Task.builder().id(i).parentId(parent).domain(DOMAINS[random.nextInt(DOMAINS.length)])
                        .number(NUMBERS[random.nextInt(NUMBERS.length)]).title("任务" + i).build());
            }
            Collections.shuffle(tasks, random);
            List<String> order = new ArrayList<>(List.of(DOMAINS).subList(0, 4));
            Collections.shuffle(order, random);
            order.add(order.get(0)); // a name listed twice keeps its first place
            assertEquals(ids(byDefinition(tasks, order)), ids(TaskOrder.sort(tasks, order)), "round " + round);
        }
    }

    private static List<Long> ids(List<Task> tasks) {
        return tasks.stream().map(Task::id).toList();
    }
}
