package org.taizhang.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;

/**
 * A ledger the way it stands the week before a 深改委 meeting: ten tasks, a list decided at the
 * third meeting, and the fourth meeting's list awaiting it with a request of every type (two
 * postponements, one the office would refuse; a new lead unit asked for by a unit that does not lead
 * the task; new wording; a cancellation; a merge; a split; a new task), one request withdrawn from it, and one
 * reviewed but on no list yet. For an empty {@link TestLedger} of 2024, its clock in spring 2024.
 */
public final class MeetingRequests {
    public static final String THIRD = "市委全面深化改革委员会第三次会议";
    public static final String FOURTH = "市委全面深化改革委员会第四次会议";

    /** The tasks by their 序号 ("6."). */
    public final Map<String, Long> tasks = new HashMap<>();
    /** The requests by what they ask ("postpone DRG", "cancel"…). */
    public final Map<String, Long> requests = new HashMap<>();

    private final LedgerService service;
    private final SettableClock clock;
    private final Requests office;

    private MeetingRequests(LedgerService service, SettableClock clock) {
        this.service = service;
        this.clock = clock;
        this.office = new Requests(service);
    }

    public static MeetingRequests in(TestLedger ledger) {
        MeetingRequests m = new MeetingRequests(ledger.service(), ledger.clock());
        m.make();
        return m;
    }

    private void task(String domain, String number, String title, String lead, String deadline) {
        Task t = Task.builder().domain(domain).number(number).title(title).leadUnits(UnitList.parse(lead))
                .deadline(deadline).status(Status.IN_PROGRESS).build();
        tasks.put(number, service.add(t, Note.by("赵静")).changes().get(0).taskId());
    }

    private long ask(String key, String number, String unit, RequestType type, Map<TaskField, String> to,
            String reason) {
        clock.advance(Duration.ofHours(5));
        long id = office.receive(number == null ? null : tasks.get(number), unit, type, to,
                Note.by("赵静", reason, "")).id();
        requests.put(key, id);
        return id;
    }

    private void opinion(long id, boolean agree, String note) {
        clock.advance(Duration.ofHours(1));
        office.opinion(List.of(id), agree, Note.by("陈晓", note, ""));
    }

    private void list(String meeting, long... ids) {
        clock.advance(Duration.ofHours(1));
        office.list(java.util.Arrays.stream(ids).boxed().toList(), meeting, Note.by("陈晓"));
    }

    private void make() {
        String economy = "经济体制改革";
        String society = "社会体制改革";
        task(economy, "1.", "深化国有企业改革，完成市属国有企业战略性重组", "*市国资委、市财政局", "6月底前");
        task(economy, "2.", "推进要素市场化配置综合改革试点", "市发展改革委", "6月底前");
        task(economy, "3.", "建立企业信用修复“一网通办”机制", "市发展改革委", "9月底前");
        task(economy, "4.", "开展营商环境对标提升行动", "市政务服务局", "年底前");
        task(economy, "5.", "推进社会信用体系建设示范城市创建", "市发展改革委", "年底前");
        task(society, "6.", "推进DRG/DIP支付方式改革全覆盖", "市医保局", "6月底前");
        task(society, "7.", "开展长期护理保险制度试点", "*市医保局、市民政局", "年底前");
        task(economy, "8.", "推进旗县政府性融资担保机构整合", "市金融办", "6月底前");
        task(economy, "9.", "开展生态产品总值（GEP）核算试点", "市发展改革委", "年底前");
        task(economy, "10.", "深化“放管服”改革，推进政务服务标准化和“一件事一次办”", "市政务服务局", "年底前");

        // the third meeting: one postponement, approved and applied
        long early = ask("postpone pilot", "2.", "市发展改革委", RequestType.DEADLINE,
                Map.of(TaskField.DEADLINE, "年底前"), "试点方案需待自治区批复后实施，申请延至年底前");
        opinion(early, true, "理由属实，拟同意");
        list(THIRD, early);
        clock.advance(Duration.ofDays(3));
        office.decide(List.of(early), Request.Result.APPROVED, Map.of(), LocalDate.of(2024, 3, 28),
                Note.by("陈晓", "", THIRD));

        clock.advance(Duration.ofDays(20));
        long drg = ask("postpone DRG", "6.", "市医保局", RequestType.DEADLINE, Map.of(TaskField.DEADLINE, "9月底前"),
                "国家医保局DRG/DIP 2.0版分组方案于4月下发，我市需重新测算病组权重并完成定点医疗机构系统改造，"
                        + "原定6月底前实现全覆盖难以完成，申请延至9月底前");
        long soe = ask("postpone SOE", "1.", "市国资委", RequestType.DEADLINE, Map.of(TaskField.DEADLINE, "年底前"),
                "重组涉及资产划转和清产核资，工作量较大，申请延至年底前");
        long gep = ask("lead GEP", "9.", "东风旗", RequestType.LEAD_UNITS,
                Map.of(TaskField.LEAD_UNITS, "*东风旗、市发展改革委"),
                "生态产品总值（GEP）核算试点的实施主体在东风旗，申请由东风旗牵头、市发展改革委配合指导");
        long wording = ask("reword", "3.", "市发展改革委", RequestType.WORDING,
                Map.of(TaskField.TITLE, "建立企业信用修复“一网通办、一次办好”机制",
                        TaskField.MEASURES, "实现信用修复申请、审核、结果共享全流程网上办理"),
                "按照国家发展改革委信用修复制度改革要求，调整任务表述，突出“一次办好”");
        long cancel = ask("cancel", "8.", "市金融办", RequestType.CANCEL, Map.of(),
                "按照自治区部署，旗县政府性融资担保机构由自治区融资担保集团统一整合，市级不再单独推进");
        long merge = ask("merge", "5.", "市发展改革委", RequestType.MERGE,
                Map.of(TaskField.MERGED_INTO, Long.toString(tasks.get("4."))),
                "社会信用体系建设相关内容已纳入《北疆市2024年优化营商环境行动方案》统筹推进，为避免重复调度考核，申请并入第4项");
        long split = ask("split", "10.", "市政务服务局", RequestType.SPLIT,
                Map.of(TaskField.MEASURES, "推进政务服务事项标准化\n推行“一件事一次办”"),
                "两项工作分属不同处室推进、考核口径不同，申请拆分为两项分别调度");
        long add = ask("add", null, "市数据局", RequestType.ADD, Map.of(TaskField.NUMBER, "11.",
                TaskField.DOMAIN, economy, TaskField.TITLE, "推进公共数据授权运营试点",
                TaskField.MEASURES, "制定公共数据授权运营管理办法，选取交通、医疗2个领域开展授权运营",
                TaskField.LEAD_UNITS, "市数据局", TaskField.PARTNER_UNITS, "市网信办、市发展改革委",
                TaskField.DEADLINE, "11月底前", TaskField.DELIVERABLE, "管理办法、试点方案"),
                "落实自治区数据要素市场化配置改革部署，申请新增公共数据授权运营试点任务");
        long withdrawn = ask("withdrawn", "7.", "市医保局", RequestType.DEADLINE,
                Map.of(TaskField.DEADLINE, "2025年6月底前"), "试点评估需延至次年");
        long unlisted = ask("unlisted", "7.", "市民政局", RequestType.PARTNER_UNITS,
                Map.of(TaskField.PARTNER_UNITS, "市卫生健康委、市财政局"), "失能等级评估需卫生健康部门参与");

        opinion(drg, true, "理由属实，国家分组方案调整属客观原因，拟同意延至9月底前");
        opinion(soe, false, "重组方案已经市政府常务会议审议，具备按期完成条件，不宜延期");
        opinion(gep, true, "试点实施主体在东风旗，拟同意调整牵头单位");
        opinion(wording, true, "拟同意");
        opinion(cancel, true, "与自治区部署一致，拟同意取消");
        opinion(merge, true, "内容已纳入营商环境行动方案，拟同意并入第4项");
        opinion(split, true, "拟同意拆分");
        opinion(add, true, "符合自治区改革部署，拟同意新增");
        opinion(withdrawn, true, "");
        opinion(unlisted, true, "拟同意");
        list(FOURTH, drg, soe, gep, wording, cancel, merge, split, add, withdrawn);
        clock.advance(Duration.ofHours(2));
        office.withdraw(withdrawn, Note.by("陈晓"));
    }
}
