package org.taizhang.store;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.task.TaskField;

/**
 * How the log keeps the fields one adjustment changed in one task: a JSON array of
 * [field, before, after] triples in one column, readable in any SQLite browser. One row per task
 * touched (not per field) keeps a large import's history cheap to write.
 */
public final class ChangeCodec {
    private ChangeCodec() {
    }

    public static String encode(List<FieldChange> fields) {
        StringWriter out = new StringWriter(64 + fields.size() * 48);
        try (JsonWriter json = new JsonWriter(out)) {
            json.setHtmlSafe(false);
            json.beginArray();
            for (FieldChange f : fields) {
                json.beginArray().value(f.field().code()).value(f.before()).value(f.after()).endArray();
            }
            json.endArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static List<FieldChange> decode(String text) {
        List<FieldChange> out = new ArrayList<>();
        try (JsonReader json = new JsonReader(new StringReader(text))) {
            json.beginArray();
            while (json.hasNext()) {
                json.beginArray();
                TaskField field = TaskField.ofCode(json.nextString());
                String before = json.peek() == JsonToken.NULL ? nullToEmpty(json) : json.nextString();
                String after = json.peek() == JsonToken.NULL ? nullToEmpty(json) : json.nextString();
                json.endArray();
                out.add(new FieldChange(field, before, after));
            }
            json.endArray();
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("unreadable change record: " + text, e);
        }
        return out;
    }

    private static String nullToEmpty(JsonReader json) throws IOException {
        json.nextNull();
        return "";
    }
}
