package org.fiscallens.export;

import org.fiscallens.batch.ContentHash;
import org.fiscallens.model.SourceInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the source PDF of a result, identified by its {@code source.sha256}: first where a batch summary
 * says it was, then a file of the same name under the {@code --pdf-dir} folders, then any PDF there with the
 * same content. A candidate is used only when its hash matches, so a report never draws another file's page.
 */
public final class PdfLocator {
    private final Map<String, Path> hinted;
    private final List<Path> dirs;
    private final Map<Path, String> hashes = new HashMap<>();
    private Map<String, List<Path>> byName;
    private Map<String, Path> bySha;

    public PdfLocator(Map<String, Path> hinted, List<Path> dirs) {
        this.hinted = Map.copyOf(hinted);
        this.dirs = List.copyOf(dirs);
    }

    public Optional<Path> find(SourceInfo source) {
        if (source == null || source.sha256() == null) return Optional.empty();
        String sha = source.sha256();
        Path hint = hinted.get(sha);
        if (hint != null && matches(hint, sha)) return Optional.of(hint);
        if (dirs.isEmpty()) return Optional.empty();
        index();
        if (source.file() != null) {
            for (Path p : byName.getOrDefault(source.file().toLowerCase(Locale.ROOT), List.of())) {
                if (matches(p, sha)) return Optional.of(p);
            }
        }
        if (bySha == null) {
            bySha = new HashMap<>();
            byName.values().stream().flatMap(List::stream).forEach(p -> {
                String h = hash(p);
                if (h != null) bySha.putIfAbsent(h, p);
            });
        }
        return Optional.ofNullable(bySha.get(sha));
    }

    private void index() {
        if (byName != null) return;
        byName = new HashMap<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                        .forEach(p -> byName.computeIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT),
                                k -> new ArrayList<>()).add(p));
            } catch (IOException e) {
                // an unreadable folder offers no candidates
            }
        }
    }

    private boolean matches(Path p, String sha) {
        return Files.isRegularFile(p) && sha.equalsIgnoreCase(hash(p));
    }

    private String hash(Path p) {
        return hashes.computeIfAbsent(p.toAbsolutePath().normalize(), k -> {
            try {
                return ContentHash.sha256(k);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
