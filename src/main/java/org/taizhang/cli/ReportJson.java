package org.taizhang.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Locale;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.report.Summary;

/**
 * The report's figures for `taizhang report --json`, with English field names: the counts the
 * printed report shows, by 领域 and by lead unit, and the task ids behind 逾期 and 即将到期.
 */
final class ReportJson {
    private ReportJson() {
    }

    static JsonObject of(Summary s) {
        JsonObject o = new JsonObject();
        o.addProperty("asOf", s.asOf().toString());
        o.addProperty("from", s.from().toString());
        o.addProperty("to", s.to().toString());
        o.addProperty("checkCode", s.code().text());
        o.addProperty("total", s.total());
        o.addProperty("active", s.active());
        o.addProperty("completed", s.count(Status.DONE));
        o.addProperty("cancelled", s.count(Status.CANCELLED));
        o.addProperty("merged", s.count(Status.MERGED));
        o.addProperty("overdue", s.overdue().size());
        o.addProperty("dueSoon", s.dueSoon().size());
        o.addProperty("dueSoonDays", s.dueSoonDays());
        o.addProperty("due", s.due());
        o.addProperty("onTime", s.onTime());
        o.add("onTimeRate", rate(s.onTimeRate()));
        o.add("completionRate", rate(s.active() == 0 ? null : s.completion()));
        o.addProperty("recurring", s.recurring());
        o.addProperty("undated", s.undated());
        o.addProperty("laterAdjustments", s.later());
        JsonObject requests = new JsonObject();
        requests.addProperty("received", s.requests().received());
        requests.addProperty("approved", s.requests().approved());
        requests.addProperty("partlyApproved", s.requests().partly());
        requests.addProperty("refused", s.requests().refused());
        requests.addProperty("withdrawn", s.requests().withdrawn());
        requests.addProperty("open", s.requests().open());
        com.google.gson.JsonArray adjusted = new com.google.gson.JsonArray();
        for (var a : s.requests().adjusted()) {
            JsonObject ao = new JsonObject();
            ao.addProperty("number", a.number());
            ao.addProperty("title", a.title());
            ao.addProperty("type", a.type());
            ao.addProperty("to", a.to());
            ao.addProperty("unit", a.unit());
            ao.addProperty("basis", a.basis());
            ao.addProperty("decided", a.decided().toString());
            adjusted.add(ao);
        }
        requests.add("adjusted", adjusted);
        o.add("requests", requests);
        JsonObject notices = new JsonObject();
        notices.addProperty("issued", s.notices().issued());
        notices.addProperty("red", s.notices().red());
        notices.addProperty("yellow", s.notices().yellow());
        notices.addProperty("blue", s.notices().blue());
        notices.addProperty("answered", s.notices().answered());
        notices.addProperty("overdue", s.notices().overdue());
        notices.addProperty("open", s.notices().open());
        o.add("notices", notices);
        JsonObject lights = new JsonObject();
        lights.addProperty("green", s.count(Light.GREEN));
        lights.addProperty("yellow", s.count(Light.YELLOW));
        lights.addProperty("red", s.count(Light.RED));
        o.add("lights", lights);
        JsonObject byStatus = new JsonObject();
        for (Status st : Status.values()) {
            byStatus.addProperty(st.name().toLowerCase(Locale.ROOT), s.count(st));
        }
        o.add("byStatus", byStatus);
        o.add("byDomain", groups(s.byDomain(), "domain"));
        o.add("byUnit", groups(s.byUnit(), "unit"));
        JsonArray unreported = new JsonArray();
        s.silentUnits().forEach(u -> unreported.add(u.unit()));
        o.add("unreported", unreported);
        JsonObject adjustments = new JsonObject();
        s.adjustments().forEach((type, n) -> adjustments.addProperty(type.name().toLowerCase(Locale.ROOT), n));
        o.add("adjustments", adjustments);
        o.add("overdueTasks", ids(s.overdue()));
        o.add("dueSoonTasks", ids(s.dueSoon()));
        return o;
    }

    private static JsonArray groups(List<Summary.Group> groups, String name) {
        JsonArray out = new JsonArray();
        for (Summary.Group g : groups) {
            JsonObject o = new JsonObject();
            o.addProperty(name, g.name());
            o.addProperty("active", g.active());
            o.addProperty("completed", g.done());
            o.addProperty("inProgress", g.inProgress());
            o.addProperty("behind", g.behind());
            o.addProperty("notStarted", g.notStarted());
            o.addProperty("ongoing", g.ongoing());
            o.addProperty("red", g.red());
            o.addProperty("overdue", g.overdue());
            o.addProperty("dueSoon", g.dueSoon());
            o.addProperty("due", g.due());
            o.addProperty("onTime", g.onTime());
            o.add("onTimeRate", rate(g.onTimeRate()));
            o.add("completionRate", rate(g.active() == 0 ? null : g.completion()));
            out.add(o);
        }
        return out;
    }

    private static JsonArray ids(List<Summary.Late> late) {
        JsonArray out = new JsonArray();
        late.forEach(l -> out.add(l.task().id()));
        return out;
    }

    /** A share rounded to four places, or null when there is nothing to take it of. */
    private static com.google.gson.JsonElement rate(Double share) {
        return share == null ? JsonNull.INSTANCE : new JsonPrimitive(Math.round(share * 10_000) / 10_000.0);
    }
}
