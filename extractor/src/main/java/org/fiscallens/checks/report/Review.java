package org.fiscallens.checks.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The review workflow: findings a person has accepted or dismissed, kept in a reviewed file (written by the HTML
 * report's button, read by {@code fiscal check --baseline}). A finding is matched by its rule and its place — the
 * document's sha256 and, for each evidence, its file, page and either its table, row and column or its quote (the
 * printed text, never the message) — so a rewording of the message keeps the review, and a finding at another
 * place is new.
 *
 * <pre>{"reviewed": [{"key": "…", "status": "accepted"|"dismissed", "rule": "…", "page": 3, "message": "…"}]}</pre>
 * Only {@code key} and {@code status} are read; the other fields are for people.
 */
public final class Review {
    private final Map<String, String> statusByKey;

    private Review(Map<String, String> statusByKey) { this.statusByKey = statusByKey; }

    public static Review empty() { return new Review(Map.of()); }

    /** Reads a reviewed file; a one-line IOException when it is not one. */
    public static Review read(Path file) throws IOException {
        JsonNode root;
        try {
            root = FiscalJson.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IOException("not a reviewed-findings file: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        JsonNode list = root == null ? null : root.get("reviewed");
        if (list == null || !list.isArray()) throw new IOException("not a reviewed-findings file: no \"reviewed\" list");
        Map<String, String> m = new HashMap<>();
        for (JsonNode n : list) {
            JsonNode k = n.get("key"), s = n.get("status");
            if (k == null || !k.isTextual()) throw new IOException("not a reviewed-findings file: an entry without \"key\"");
            String status = s == null ? "accepted" : s.asText();
            if (!status.equals("accepted") && !status.equals("dismissed")) continue;
            m.put(k.asText(), status);
        }
        return new Review(m);
    }

    /** "accepted", "dismissed" or null (not reviewed). */
    public String status(String sha256, Finding f) { return statusByKey.get(key(sha256, f)); }

    /** The findings nobody has reviewed yet, in their order. */
    public List<Finding> unreviewed(String sha256, List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) if (status(sha256, f) == null) out.add(f);
        return out;
    }

    public int size() { return statusByKey.size(); }

    /** The stable key of a finding: rule + place, hashed (the same in Java and in the HTML report's file). */
    public static String key(String sha256, Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(f.rule()).append('\u001f').append(sha256 == null ? "" : sha256);
        for (Evidence e : f.evidence()) {
            b.append('\u001e').append(e.file() == null ? "" : e.file()).append('\u001f').append(e.page());
            if (e.table() != null) {
                b.append('\u001f').append(e.table()).append('\u001f').append(e.row()).append('\u001f').append(e.column());
            } else {
                b.append('\u001f').append(e.quote());
            }
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
