package org.taizhang.ui.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.reference.Domain;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.ReasonPrompt;

/** The reference lists' logic on a real sample ledger, without a toolkit. */
class ReferenceDataViewModelTest {
    static final Note NOTE = Note.by("赵静", "机构改革", "北编发〔2023〕3号");

    @TempDir
    Path dir;
    SettableClock clock;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2026-11-27T08:00:00Z");
    OpenLedger ledger;
    LedgerService service;
    List<String> asked = new ArrayList<>();
    List<AdjustmentType> askedTypes = new ArrayList<>();
    int changed;

    @BeforeEach
    void sample() {
        ledger = sample.ledger();
        clock = sample.clock();
        service = ledger.service();
    }

    ReferenceDataViewModel model(ReasonPrompt prompt) {
        ReferenceDataViewModel vm = new ReferenceDataViewModel(service, new ImmediateBackground(), prompt,
                () -> changed++);
        vm.load();
        return vm;
    }

    ReferenceDataViewModel model() {
        return model((type, lines) -> {
            askedTypes.add(type);
            asked.addAll(lines);
            return Optional.of(NOTE);
        });
    }

    static UnitRow unit(ReferenceDataViewModel vm, String name) {
        return vm.units().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError("no unit " + name));
    }

    static DomainRow domain(ReferenceDataViewModel vm, String name) {
        return vm.domains().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError("no domain " + name));
    }

    long naming(String unit) {
        return service.tasks().stream()
                .filter(t -> t.leadUnits().contains(unit) || t.partnerUnits().contains(unit)).count();
    }

    @Test
    void countsTheTasksThatNameEachUnitAndEachDomain() {
        ReferenceDataViewModel vm = model();
        assertEquals(service.units().size(), vm.units().size());
        assertTrue(vm.editableProperty().get());
        UnitRow finance = unit(vm, "市财政局");
        assertEquals(naming("市财政局"), finance.taskCount());
        assertTrue(finance.taskCount() > 30, "the sample's busiest unit");
        assertEquals("市直部门", finance.unit().level());
        for (UnitRow r : vm.units()) {
            assertEquals(naming(r.name()), r.taskCount(), r.name());
        }
        for (DomainRow d : vm.domains()) {
            assertEquals(service.tasks().stream().filter(t -> t.domain().equals(d.name())).count(), d.taskCount());
        }
        assertEquals(service.tasks().size(), vm.domains().stream().mapToInt(DomainRow::taskCount).sum());
        assertEquals("经济体制改革", vm.domains().get(0).name());
        assertTrue(vm.levels().containsAll(List.of("市直部门", "旗县区", "苏木乡镇", "中直驻市单位", "其他")));
    }

    @Test
    void theFilterNarrowsTheUnitsAsYouType() {
        ReferenceDataViewModel vm = model();
        vm.unitFilterProperty().set("医保");
        assertEquals(List.of("市医保局"), vm.units().stream().map(UnitRow::name).toList());
        vm.unitFilterProperty().set("旗县区");
        assertFalse(vm.units().isEmpty());
        assertTrue(vm.units().stream().allMatch(r -> r.unit().level().equals("旗县区")), "level matches too");
        vm.unitFilterProperty().set("");
        assertEquals(service.units().size(), vm.units().size());
    }

    @Test
    void addsAUnitAndRefusesOneThatExists() {
        ReferenceDataViewModel vm = model();
        assertTrue(vm.addUnit("  市数据局 ", "市直部门"));
        assertEquals(1, changed);
        assertTrue(service.units().stream().anyMatch(u -> u.name().equals("市数据局") && u.level().equals("市直部门")));
        assertEquals(0, unit(vm, "市数据局").taskCount());
        assertEquals("市数据局", vm.selectedUnitProperty().get().name(), "the new unit is selected");

        int units = service.units().size();
        assertFalse(vm.addUnit("市财政局", ""));
        assertEquals("单位“市财政局”已在列表中", vm.messageProperty().get());
        assertTrue(vm.messageIsErrorProperty().get());
        assertFalse(vm.addUnit("  ", ""));
        assertFalse(vm.addUnit("市审计局、市统计局", ""), "a name with a separator would read as two units");
        vm.newUnitNameProperty().set("市财政局");
        assertEquals("单位“市财政局”已在列表中", vm.errors().of("newUnit").get(), "said under the name as it is typed");
        vm.newUnitNameProperty().set("市审计局、市统计局");
        assertTrue(vm.errors().of("newUnit").get().contains("市审计局、市统计局"), vm.errors().of("newUnit").get());
        vm.newUnitNameProperty().set("市统计局（新）");
        assertEquals("", vm.errors().of("newUnit").get());
        vm.newUnitNameProperty().set("");
        assertEquals("", vm.errors().of("newUnit").get(), "nothing typed is nothing wrong yet");
        assertEquals(units, service.units().size());
        assertEquals(1, changed);
    }

    @Test
    void editsShortNameAndLevelInPlaceWithoutAnAdjustment() {
        ReferenceDataViewModel vm = model();
        int logSize = service.log().size();
        vm.editUnit(unit(vm, "北疆海关"), "海关", "中直驻市单位");
        assertEquals("中直驻市单位", unit(vm, "北疆海关").unit().level());
        assertEquals("海关", unit(vm, "北疆海关").unit().shortName());
        assertTrue(service.units().stream().anyMatch(u -> u.name().equals("北疆海关")
                && u.level().equals("中直驻市单位") && u.shortName().equals("海关")));
        assertEquals(logSize, service.log().size(), "routine: no adjustment");
        assertEquals(1, changed);
        assertTrue(vm.levels().contains("中直驻市单位"));
        vm.editUnit(unit(vm, "北疆海关"), "海关", "垂直管理单位");
        assertTrue(vm.levels().contains("垂直管理单位"), "a level of the office's own is offered next time");
    }

    @Test
    void renamingAUnitRenamesItInEveryTaskAsOneAdjustment() {
        ReferenceDataViewModel vm = model();
        long involved = naming("市医保局");
        assertTrue(involved > 0);
        int logSize = service.log().size();

        vm.renameUnit(unit(vm, "市医保局"), "市医疗保障局");

        assertEquals(List.of(AdjustmentType.RENAME_UNIT), askedTypes);
        assertEquals(List.of("市医保局 → 市医疗保障局", "涉及 " + involved + " 项任务"), asked);
        assertEquals(0, naming("市医保局"));
        assertEquals(involved, naming("市医疗保障局"));
        List<Adjustment> log = service.log();
        assertEquals(logSize + 1, log.size());
        Adjustment renamed = log.get(log.size() - 1);
        assertEquals(AdjustmentType.RENAME_UNIT, renamed.type());
        assertEquals("机构改革", renamed.reason());
        assertEquals("北编发〔2023〕3号", renamed.basis());
        assertEquals(involved, renamed.changes().size());
        assertEquals(involved, unit(vm, "市医疗保障局").taskCount());
        assertTrue(vm.units().stream().noneMatch(r -> r.name().equals("市医保局")));
        assertEquals("已将“市医保局”更名为“市医疗保障局”，涉及 " + involved + " 项任务", vm.messageProperty().get());
        assertEquals(1, changed);
        assertTrue(service.verify().ok());
    }

    @Test
    void cancellingTheReasonWritesNothing() {
        ReferenceDataViewModel vm = model((type, lines) -> Optional.empty());
        int logSize = service.log().size();
        List<Task> before = service.tasks();
        vm.renameUnit(unit(vm, "市医保局"), "市医疗保障局");
        vm.renameDomain(domain(vm, "放管服改革"), "营商环境改革");
        assertEquals(logSize, service.log().size());
        assertEquals(before, service.tasks());
        assertTrue(service.units().stream().anyMatch(u -> u.name().equals("市医保局")));
        assertEquals(0, changed);
    }

    @Test
    void renamingOntoAnExistingUnitMergesOnlyWhenConfirmed() {
        ReferenceDataViewModel vm = model();
        List<String> questions = new ArrayList<>();
        vm.setConfirm(q -> {
            questions.add(q);
            return false;
        });
        vm.renameUnit(unit(vm, "市供销社"), "市财政局");
        assertEquals(1, questions.size());
        assertTrue(questions.get(0).contains("合并"), questions.get(0));
        assertTrue(asked.isEmpty(), "no reason asked when the merge is declined");
        assertTrue(naming("市供销社") > 0);

        long both = service.tasks().stream().filter(t -> t.leadUnits().contains("市供销社")
                || t.partnerUnits().contains("市供销社") || t.leadUnits().contains("市财政局")
                || t.partnerUnits().contains("市财政局")).count();
        vm.setConfirm(q -> true);
        vm.renameUnit(unit(vm, "市供销社"), "市财政局");
        assertEquals(0, naming("市供销社"));
        assertEquals(both, naming("市财政局"));
        assertTrue(asked.get(asked.size() - 1).contains("合并"), "the prompt shows the merge too");
        assertEquals(1, service.units().stream().filter(u -> u.name().equals("市财政局")).count());
        assertTrue(service.units().stream().noneMatch(u -> u.name().equals("市供销社")), "the two became one");
    }

    @Test
    void renamingADomainRenamesItsTasks() {
        ReferenceDataViewModel vm = model();
        DomainRow row = domain(vm, "放管服改革");
        assertTrue(row.taskCount() > 0);
        int position = row.position();
        vm.renameDomain(row, "营商环境改革");
        assertEquals(List.of(AdjustmentType.RENAME_DOMAIN), askedTypes);
        assertEquals("放管服改革 → 营商环境改革", asked.get(0));
        assertEquals(row.taskCount(), service.tasks().stream().filter(t -> t.domain().equals("营商环境改革")).count());
        assertTrue(service.tasks().stream().noneMatch(t -> t.domain().equals("放管服改革")));
        Adjustment last = service.log().get(service.log().size() - 1);
        assertEquals(AdjustmentType.RENAME_DOMAIN, last.type());
        assertEquals("机构改革", last.reason());
        assertEquals(position, domain(vm, "营商环境改革").position(), "it keeps its place");
    }

    @Test
    void domainsMoveUpAndDownAndTheOrderIsSaved() {
        ReferenceDataViewModel vm = model();
        int logSize = service.log().size();
        List<String> before = service.domainNames();
        vm.moveDown(domain(vm, before.get(0)));
        List<String> after = service.domainNames();
        assertEquals(before.get(1), after.get(0));
        assertEquals(before.get(0), after.get(1));
        assertEquals(after, vm.domains().stream().map(DomainRow::name).toList());
        assertEquals(before.get(0), vm.selectedDomainProperty().get().name(), "the moved domain stays selected");
        vm.moveUp(domain(vm, before.get(0)));
        assertEquals(before, service.domainNames());
        vm.moveUp(domain(vm, before.get(0)));
        assertEquals(before, service.domainNames(), "the first cannot move up");
        vm.moveUp(domain(vm, before.get(before.size() - 1)));
        assertEquals(before.get(before.size() - 1), service.domainNames().get(before.size() - 2));
        assertEquals(logSize, service.log().size(), "routine: no adjustment");
        assertEquals(List.of(1, 2, 3), service.domains().stream().limit(3).map(Domain::sortOrder).toList());
    }

    @Test
    void addsADomainAndRefusesOneThatExists() {
        ReferenceDataViewModel vm = model();
        assertTrue(vm.addDomain("数字政府改革"));
        assertEquals("数字政府改革", vm.domains().get(vm.domains().size() - 1).name());
        assertFalse(vm.addDomain("经济体制改革"));
        assertEquals("改革领域“经济体制改革”已在列表中", vm.messageProperty().get());
        assertEquals(1, service.domains().stream().filter(d -> d.name().equals("经济体制改革")).count());
    }

    @Test
    void aReadOnlyLedgerIsShownButRefusesEveryChange() {
        ledger.close();
        ledger = OpenLedger.openForReading(sample.file(), clock);
        service = ledger.service();
        ReferenceDataViewModel vm = model();
        assertTrue(vm.readOnlyProperty().get());
        assertFalse(vm.editableProperty().get());
        assertFalse(vm.units().isEmpty());
        List<String> domains = service.domainNames();
        int units = service.units().size();

        assertFalse(vm.addUnit("市数据局", ""));
        assertTrue(vm.messageProperty().get().contains("只读"), vm.messageProperty().get());
        vm.editUnit(unit(vm, "北疆海关"), "海关", "中直驻市单位");
        vm.renameUnit(unit(vm, "市医保局"), "市医疗保障局");
        assertFalse(vm.addDomain("数字政府改革"));
        vm.renameDomain(domain(vm, "放管服改革"), "营商环境改革");
        vm.moveDown(domain(vm, domains.get(0)));

        assertTrue(asked.isEmpty(), "no reason is asked for a change that cannot be made");
        assertEquals(units, service.units().size());
        assertEquals("", unit(vm, "北疆海关").unit().shortName());
        assertEquals(domains, service.domainNames());
        assertTrue(naming("市医保局") > 0);
        assertEquals(0, changed);
    }

    @Test
    void aFailedSaveIsAMessageNotAStackTrace() {
        ReferenceDataViewModel vm = model((type, lines) -> Optional.of(Note.by("", "机构改革", "")));
        vm.renameUnit(unit(vm, "市医保局"), "市医疗保障局");
        assertEquals("请填写经办人", vm.messageProperty().get());
        assertTrue(vm.messageIsErrorProperty().get());
        assertEquals(0, changed);
        assertTrue(naming("市医保局") > 0);
    }
}
