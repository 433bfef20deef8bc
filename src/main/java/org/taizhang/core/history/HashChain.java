package org.taizhang.core.history;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper evidence of the log: SHA-256 over an adjustment's whole content and the previous
 * record's hash. Every value is written with its length, so no two different records share an input.
 */
public final class HashChain {
    private HashChain() {
    }

    public static String hash(Adjustment a) {
        Sealing seal = start(a, a.changes().size());
        for (TaskChange c : a.changes()) {
            seal.change(c);
        }
        return seal.hash();
    }

    /**
     * The hash of {@code record} worked out as its changes arrive one at a time, none of them held:
     * how the check walks a log of any size. {@code changes} is how many will come (the hash covers
     * the count before the changes); {@code record}'s own list of changes is not read.
     */
    public static Sealing start(Adjustment record, int changes) {
        return new Sealing(record, changes);
    }

    /** One record's hash in the making: its changes fed in order, then {@link #hash()}. */
    public static final class Sealing {
        private final MessageDigest digest = sha256();
        // Streamed into the digest: an import of many thousand rows never sits in memory twice.
        private final DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), digest), 1 << 16));
        private final String detail;

        private Sealing(Adjustment a, int changes) {
            detail = a.detail();
            try {
                text(out, a.previousHash());
                out.writeLong(a.id());
                text(out, a.type().name());
                text(out, a.reason());
                text(out, a.basis());
                text(out, a.operator());
                text(out, a.time().toString());
                text(out, a.source().kind().name());
                text(out, a.source().fileName());
                text(out, a.source().sha256());
                out.writeLong(a.undoes() == null ? -1 : a.undoes());
                out.writeInt(changes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The record's next change, in the order it made them. */
        public void change(TaskChange c) {
            try {
                out.writeLong(c.taskId());
                text(out, c.kind().name());
                out.writeInt(c.fields().size());
                for (FieldChange f : c.fields()) {
                    text(out, f.field().code());
                    text(out, f.before());
                    text(out, f.after());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The hash, once every change was fed. Fewer or more changes than announced hash as no
         * record the program wrote (its count is always the number of its changes).
         */
        public String hash() {
            try {
                if (!detail.isEmpty()) { // added with requests (schema 4): the records before keep their seals
                    text(out, detail);
                }
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    public static String sha256(byte[] data) {
        return HexFormat.of().formatHex(sha256().digest(data));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
