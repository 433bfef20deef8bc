package org.taizhang.exchange.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sheet's name says: a workbook of one sheet per unit ("市医保局") or per 领域 ("一、经济体制改革")
 * is one return, and the name gives the rows the unit or 领域 their table has no column for. A name
 * the ledger knows is read as what it is; otherwise by its shape (a unit ends in 局, 委, 办 …; a
 * 领域 speaks of 改革, 体制, 建设 …). "Sheet1", "2023年第四季度" and "台账" say neither.
 */
final class SheetNames {
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]"
            + "|\\d+[、.．])\\s*");
    private static final Pattern COUNT = Pattern.compile("\\s*[（(]\\s*共?\\s*\\d+\\s*[项个]?[^）)]*[)）]\\s*$");
    private static final Pattern SUFFIX = Pattern.compile("(?:任务)?(?:推进情况|进展情况|填报表|填报|台账|清单|表)$");
    private static final Pattern UNIT = Pattern.compile(".{2,}(?:局|委|办|厅|院|部|处|科|中心|会|所|队|站|署|公司|集团|政府"
            + "|旗|县|区|街道|镇|乡|办公室|委员会|银行|大学|学校|医院)");
    /** A ledger's or a summary's title, not a 领域: "2023年改革任务台账", "重点改革任务汇总". */
    private static final Pattern NOT_DOMAIN = Pattern.compile(".*(?:\\d|任务|台账|汇总|总表|统计|说明|封面|目录).*");
    private static final Pattern DOMAIN = Pattern.compile(".*(?:改革|领域|体制|建设|小组|专项|制度|机制|治理|放管服|营商环境).*");

    /** A sheet name's meaning: a unit, a 领域, or neither (both empty). */
    record Meaning(String unit, String domain) {
    }

    private SheetNames() {
    }

    static Meaning of(String sheetName, ReadOptions.Known known) {
        String name = COUNT.matcher(NUMBERING.matcher(sheetName.strip()).replaceFirst("")).replaceFirst("").strip();
        String bare = SUFFIX.matcher(name).replaceFirst("").strip();
        for (String candidate : new String[] {name, bare}) {
            if (known.units().contains(candidate)) {
                return new Meaning(candidate, "");
            }
            if (known.domains().contains(candidate)) {
                return new Meaning("", candidate);
            }
        }
        // 生态环境局 for the ledger's 市生态环境局: a known unit the name ends, if only one
        List<String> ending = known.units().stream().filter(u -> bare.length() >= 2 && u.endsWith(bare)).toList();
        if (ending.size() == 1) {
            return new Meaning(ending.get(0), "");
        }
        if (UNIT.matcher(bare).matches() && !bare.matches(".*\\d.*")) {
            return new Meaning(bare, "");
        }
        if (DOMAIN.matcher(name).matches() && !NOT_DOMAIN.matcher(name).matches()) {
            return new Meaning("", name);
        }
        return new Meaning("", "");
    }
}
