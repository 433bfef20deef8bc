package org.taizhang.core.history;

/** Where an adjustment came from: typed in by hand, or read from a file (name and SHA-256). */
public record Source(Kind kind, String fileName, String sha256) {

    public enum Kind {
        MANUAL, FILE
    }

    public static final Source MANUAL = new Source(Kind.MANUAL, "", "");

    public Source {
        fileName = fileName == null ? "" : fileName;
        sha256 = sha256 == null ? "" : sha256;
    }

    public static Source file(String fileName, String sha256) {
        return new Source(Kind.FILE, fileName, sha256);
    }

    @Override
    public String toString() {
        return kind == Kind.MANUAL ? "manual" : fileName + " (sha256 " + sha256 + ")";
    }
}
