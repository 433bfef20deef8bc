package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.task.UnitList;

/**
 * Reads a unit cell the way departments write it: names split on any separator (、，,;；/ line
 * breaks, spaces) but never inside brackets ("市委宣传部（市新闻出版局、市版权局）" is one unit);
 * roles marked after a name ("市发展改革委（牵头）", "市财政局配合") or before a list ("牵头单位：
 * …；配合单位：…"); a * before the main lead unit. A cell that marks roles gives its lead and its
 * partners apart; one that does not is all lead units.
 */
final class UnitCells {
    /** A cell's lead units and partners. */
    record Roles(UnitList lead, UnitList partners) {
    }

    private enum Role {
        LEAD, PARTNER, NONE
    }

    private static final String LEAD_WORDS = "牵头单位|牵头部门|牵头|主责单位|主责|主办";
    private static final String PARTNER_WORDS = "配合单位|配合部门|配合|协办单位|协办|协同|参与单位|参与|协助";
    private static final Pattern SECTION = Pattern.compile("(" + LEAD_WORDS + "|" + PARTNER_WORDS + "|责任单位)\\s*[：:]");
    private static final Pattern MARK = Pattern.compile("^(.*?)\\s*(?:[（(]\\s*(" + LEAD_WORDS + "|" + PARTNER_WORDS
            + ")\\s*[)）]|(牵头|配合|协办))$");

    private UnitCells() {
    }

    /** Cells already read: the same unit cells come back on every row of a workbook. */
    private static final java.util.Map<String, Roles> READ = new java.util.concurrent.ConcurrentHashMap<>();
    /** The same, for cells where a * marks the lead among partners. */
    private static final java.util.Map<String, Roles> READ_STARRED = new java.util.concurrent.ConcurrentHashMap<>();
    /** 配合单位 cells already read. */
    private static final java.util.Map<String, UnitList> ALL = new java.util.concurrent.ConcurrentHashMap<>();
    /** A ledger names a few hundred combinations of units; caches this size never grow old. */
    private static final int KNOWN = 4096;

    static Roles read(String text) {
        return read(text, false);
    }

    /**
     * {@code starLeads}: the cell is a 责任单位 cell with no 配合单位 column beside it, where a *
     * marks the lead and the units without one assist (in a 牵头单位 cell, * marks the main one
     * of several leads).
     */
    static Roles read(String text, boolean starLeads) {
        java.util.Map<String, Roles> read = starLeads ? READ_STARRED : READ;
        Roles known = read.get(text);
        if (known != null) {
            return known;
        }
        Roles roles = roles(text);
        if (starLeads && roles.partners().isEmpty() && roles.lead().text().contains("*")) {
            // every starred unit leads ("*市国资委、*市发展改革委、市数据局": two leads, one partner)
            List<String> names = new ArrayList<>();
            split(text, Role.NONE, names, new ArrayList<>());
            List<String> lead = names.stream().filter(n -> n.startsWith("*") || n.startsWith("＊")).toList();
            List<String> rest = names.stream().filter(n -> !lead.contains(n)).toList();
            List<String> marked = new ArrayList<>(List.of(lead.get(0))); // the first one starred is the main lead
            marked.addAll(strip(lead.subList(1, lead.size())));
            roles = new Roles(UnitList.parse(String.join("、", marked)), UnitList.parse(String.join("、", rest)));
        }
        if (read.size() > KNOWN) {
            read.clear();
        }
        read.put(text, roles);
        return roles;
    }

    private static Roles roles(String text) {
        List<String> names = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        Matcher sections = SECTION.matcher(text);
        int start = 0;
        Role sectionRole = Role.NONE;
        while (sections.find()) {
            split(text.substring(start, sections.start()), sectionRole, names, roles);
            sectionRole = role(sections.group(1));
            start = sections.end();
        }
        split(text.substring(start), sectionRole, names, roles);
        boolean anyLead = roles.contains(Role.LEAD);
        boolean anyPartner = roles.contains(Role.PARTNER);
        Set<String> lead = new LinkedHashSet<>();
        Set<String> partners = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Role r = roles.get(i);
            if (r == Role.NONE) {
                r = anyLead ? Role.PARTNER : Role.LEAD; // next to a marked lead, the others assist; next to marked partners, they lead
            }
            (r == Role.LEAD ? lead : partners).add(names.get(i));
        }
        partners.removeIf(n -> lead.contains(n.startsWith("*") ? n.substring(1) : n) || lead.contains("*" + n));
        if (!anyPartner && !anyLead) {
            return new Roles(UnitList.parse(String.join("、", lead)), UnitList.EMPTY);
        }
        return new Roles(UnitList.parse(String.join("、", lead)), UnitList.parse(String.join("、", strip(partners))));
    }

    /** Every unit of a cell, roles aside: a 配合单位 cell. */
    static UnitList all(String text) {
        UnitList known = ALL.get(text);
        if (known != null) {
            return known;
        }
        UnitList all = allOf(text);
        if (ALL.size() > KNOWN) {
            ALL.clear();
        }
        ALL.put(text, all);
        return all;
    }

    private static UnitList allOf(String text) {
        Roles r = read(text);
        List<String> names = new ArrayList<>(r.lead().names());
        names.addAll(r.partners().names());
        return UnitList.parse(String.join("、", names));
    }

    private static List<String> strip(java.util.Collection<String> names) {
        return names.stream().map(n -> n.startsWith("*") || n.startsWith("＊") ? n.substring(1) : n).toList();
    }

    private static Role role(String word) {
        if (word.equals("责任单位")) {
            return Role.NONE;
        }
        return word.matches(LEAD_WORDS) ? Role.LEAD : Role.PARTNER;
    }

    /** Splits on separators outside brackets; each piece's own mark wins over its section's. */
    private static void split(String text, Role sectionRole, List<String> names, List<Role> roles) {
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(' || c == '【' || c == '[') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '】' || c == ']') && depth > 0) {
                depth--;
            }
            if (depth == 0 && "、，,;；/／|\n\r\t \u3000".indexOf(c) >= 0) {
                add(piece.toString(), sectionRole, names, roles);
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        add(piece.toString(), sectionRole, names, roles);
    }

    private static void add(String piece, Role sectionRole, List<String> names, List<Role> roles) {
        String name = RowParser.trim(piece);
        Role role = sectionRole;
        Matcher m = MARK.matcher(name);
        if (m.matches() && !m.group(1).isBlank()) {
            role = role(m.group(2) != null ? m.group(2) : m.group(3));
            name = m.group(1).strip();
        }
        if (!name.isEmpty() && !name.equals("*") && !name.equals("＊")) {
            names.add(name);
            roles.add(role);
        }
    }
}
