package org.taizhang.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.task.TaskField;
import org.taizhang.store.ChangeCodec;

/**
 * Keeps each task's changed fields as one JSON array in adjustment_task instead of one
 * adjustment_field row per field: an import of 100,000 tasks then writes 100,000 history rows,
 * not 1,300,000. The content (and so every record's hash) is unchanged.
 */
public class V3__History_fields_as_json extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE adjustment_task ADD COLUMN changes TEXT NOT NULL DEFAULT '[]'");
            s.execute("DROP TRIGGER adjustment_task_no_update");
        }
        try (Statement read = db.createStatement();
                ResultSet rs = read.executeQuery("SELECT adjustment_id, seq, field, before, after FROM adjustment_field "
                        + "ORDER BY adjustment_id, seq, field_seq");
                PreparedStatement write = db.prepareStatement(
                        "UPDATE adjustment_task SET changes = ? WHERE adjustment_id = ? AND seq = ?")) {
            long adjustment = -1;
            int seq = -1;
            List<FieldChange> fields = new ArrayList<>();
            while (rs.next()) {
                if (rs.getLong(1) != adjustment || rs.getInt(2) != seq) {
                    flush(write, adjustment, seq, fields);
                    adjustment = rs.getLong(1);
                    seq = rs.getInt(2);
                }
                fields.add(new FieldChange(TaskField.ofCode(rs.getString(3)), rs.getString(4), rs.getString(5)));
            }
            flush(write, adjustment, seq, fields);
            write.executeBatch();
        }
        try (Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_field_no_update");
            s.execute("DROP TRIGGER adjustment_field_no_delete");
            s.execute("DROP TABLE adjustment_field");
            s.execute("CREATE TRIGGER adjustment_task_no_update BEFORE UPDATE ON adjustment_task "
                    + "BEGIN SELECT RAISE(ABORT, 'the adjustment log is append-only'); END");
        }
    }

    private static void flush(PreparedStatement write, long adjustment, int seq, List<FieldChange> fields)
            throws java.sql.SQLException {
        if (fields.isEmpty()) {
            return;
        }
        write.setString(1, ChangeCodec.encode(fields));
        write.setLong(2, adjustment);
        write.setInt(3, seq);
        write.addBatch();
        fields.clear();
    }
}
