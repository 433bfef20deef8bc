package org.taizhang.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.LedgerDiff;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.task.Task;

/** The command line's --json output: stable English field names, Chinese values as the ledger writes them. */
final class Json {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();

    private Json() {
    }

    static String print(JsonElement e) {
        return GSON.toJson(e);
    }

    static JsonArray tasks(List<Task> tasks) {
        JsonArray out = new JsonArray();
        tasks.forEach(t -> out.add(task(t)));
        return out;
    }

    static JsonObject task(Task t) {
        JsonObject o = new JsonObject();
        o.addProperty("id", t.id());
        o.addProperty("number", t.number().text());
        o.add("parentId", t.parentId() == null ? JsonNull.INSTANCE : new JsonPrimitive(t.parentId()));
        o.addProperty("domain", t.domain());
        o.addProperty("year", t.year());
        o.addProperty("title", t.title());
        o.addProperty("measures", t.measures());
        o.add("leadUnits", strings(t.leadUnits().names()));
        o.add("partnerUnits", strings(t.partnerUnits().names()));
        o.addProperty("leader", t.leader());
        o.addProperty("contact", t.contact());
        JsonObject deadline = new JsonObject();
        deadline.addProperty("date", t.deadline().date() == null ? null : t.deadline().date().toString());
        deadline.addProperty("kind", t.deadline().kind().code());
        deadline.addProperty("text", t.deadline().text());
        o.add("deadline", deadline);
        o.addProperty("deliverable", t.deliverable());
        o.addProperty("progress", t.progress());
        o.addProperty("problems", t.problems());
        o.addProperty("nextSteps", t.nextSteps());
        o.addProperty("status", t.status().label());
        o.addProperty("target", t.target());
        o.addProperty("actual", t.actual());
        o.addProperty("unit", t.valueUnit());
        o.addProperty("remarks", t.remarks());
        o.add("mergedInto", t.mergedInto() == null ? JsonNull.INSTANCE : new JsonPrimitive(t.mergedInto()));
        o.addProperty("revision", t.revision());
        return o;
    }

    static JsonArray adjustments(List<Adjustment> log) {
        JsonArray out = new JsonArray();
        for (Adjustment a : log) {
            JsonObject o = new JsonObject();
            o.addProperty("id", a.id());
            o.addProperty("type", a.type().label());
            o.addProperty("time", a.time().toString());
            o.addProperty("operator", a.operator());
            o.addProperty("reason", a.reason());
            o.addProperty("basis", a.basis());
            JsonObject source = new JsonObject();
            source.addProperty("kind", a.source().kind().name().toLowerCase(java.util.Locale.ROOT));
            source.addProperty("file", a.source().fileName());
            source.addProperty("sha256", a.source().sha256());
            o.add("source", source);
            o.add("undoes", a.undoes() == null ? JsonNull.INSTANCE : new JsonPrimitive(a.undoes()));
            JsonArray changes = new JsonArray();
            for (TaskChange c : a.changes()) {
                JsonObject co = new JsonObject();
                co.addProperty("taskId", c.taskId());
                co.addProperty("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                co.add("fields", fields(c.fields()));
                changes.add(co);
            }
            o.add("changes", changes);
            if (!a.detail().isEmpty()) { // a request's data, the request an adjustment applied, a task's origin
                JsonObject detail = new JsonObject();
                org.taizhang.core.request.Detail.decode(a.detail()).forEach(detail::addProperty);
                o.add("detail", detail);
            }
            o.addProperty("previousHash", a.previousHash());
            o.addProperty("hash", a.hash());
            out.add(o);
        }
        return out;
    }

    static JsonObject diff(LedgerDiff diff, String from, String to) {
        JsonObject o = new JsonObject();
        o.addProperty("from", from);
        o.addProperty("to", to);
        JsonArray entries = new JsonArray();
        for (LedgerDiff.Entry e : diff.entries()) {
            JsonObject eo = new JsonObject();
            eo.addProperty("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            eo.addProperty("taskId", e.task().id());
            eo.addProperty("number", e.task().number().text());
            eo.addProperty("title", e.task().title());
            eo.add("fields", fields(e.fields()));
            entries.add(eo);
        }
        o.add("entries", entries);
        JsonArray ids = new JsonArray();
        diff.adjustments().forEach(a -> ids.add(a.id()));
        o.add("adjustments", ids);
        return o;
    }

    private static JsonArray fields(List<FieldChange> fields) {
        JsonArray out = new JsonArray();
        for (FieldChange f : fields) {
            JsonObject fo = new JsonObject();
            fo.addProperty("field", f.field().code());
            fo.addProperty("before", f.before());
            fo.addProperty("after", f.after());
            out.add(fo);
        }
        return out;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray out = new JsonArray();
        values.forEach(out::add);
        return out;
    }
}
