package com.cxworkbook.persistence;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.FrameworkValidator;
import com.cxworkbook.domain.ValidationProblem;
import com.cxworkbook.domain.Workbook;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads and validates framework files: the bundled ones listed in {@code /frameworks/index.txt}, or an
 * external file. A broken file is reported (file, JSON path, what is wrong) and the others still load.
 * Framework files are plain data: nothing in them is executed, and sizes and nesting are bounded.
 */
public final class FrameworkCatalog {

    static final String INDEX = "/frameworks/index.txt";
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32)
                            .maxStringLength(100_000)
                            .maxNumberLength(12)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, Framework> frameworks = new LinkedHashMap<>();
    /** Every version known, current or kept for workbooks rated on it, keyed by {@link #key}. */
    private final Map<String, Framework> versions = new LinkedHashMap<>();

    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Set<String> bundled = new HashSet<>();
    private final List<FrameworkLoadProblem> problems = new ArrayList<>();

    private FrameworkCatalog() {}

    /** Loads every framework bundled with the app. */
    public static FrameworkCatalog loadBundled() {
        FrameworkCatalog catalog = new FrameworkCatalog();
        for (String file : bundledFileNames()) {
            try (InputStream in = FrameworkCatalog.class.getResourceAsStream("/frameworks/" + file)) {
                if (in == null) {
                    catalog.problems.add(new FrameworkLoadProblem(file, "$", "is listed in " + INDEX + " but missing"));
                    continue;
                }
                FrameworkLoadResult result = read(file, in);
                catalog.add(result);
                if (result.loaded()) {
                    catalog.bundled.add(key(result.framework()));
                }
            } catch (IOException e) {
                catalog.problems.add(new FrameworkLoadProblem(file, "$", "could not be read: " + e.getMessage()));
            }
        }
        return catalog;
    }

    /**
     * The bundled frameworks plus the user's framework folder under {@code home} ({@link UserFrameworks}):
     * a user framework with the id of a bundled one is its newer version and becomes current; older
     * versions stay available to workbooks rated on them through {@link #find(String, String)}.
     */
    public static FrameworkCatalog load(Path home) {
        FrameworkCatalog catalog = loadBundled();
        UserFrameworks user = new UserFrameworks(home);
        for (Path file : user.currentFiles(catalog.problems)) {
            FrameworkLoadResult result = readFile(file);
            if (!result.loaded()) {
                catalog.problems.addAll(result.problems());
                continue;
            }
            Framework framework = result.framework();
            if (catalog.frameworks.containsKey(framework.id())
                    && !catalog.bundled.contains(key(catalog.frameworks.get(framework.id())))) {
                catalog.problems.add(new FrameworkLoadProblem(
                        result.file(),
                        "$.id",
                        "duplicate framework id \"" + framework.id() + "\" (already loaded from another file)"));
                continue;
            }
            catalog.frameworks.put(framework.id(), framework);
            catalog.versions.put(key(framework), framework);
            catalog.origins.put(key(framework), "imported · " + file);
        }
        for (Path file : user.olderFiles(catalog.problems)) {
            FrameworkLoadResult result = readFile(file);
            if (!result.loaded()) {
                catalog.problems.addAll(result.problems());
            } else {
                catalog.versions.putIfAbsent(key(result.framework()), result.framework());
                catalog.origins.putIfAbsent(key(result.framework()), "older version · " + file);
            }
        }
        return catalog;
    }

    /** A catalog of exactly the given results, e.g. for tests or a custom pack. */
    public static FrameworkCatalog of(List<FrameworkLoadResult> results) {
        FrameworkCatalog catalog = new FrameworkCatalog();
        results.forEach(catalog::add);
        return catalog;
    }

    static List<String> bundledFileNames() {
        InputStream in = FrameworkCatalog.class.getResourceAsStream(INDEX);
        if (in == null) {
            throw new IllegalStateException("Resource " + INDEX + " is missing from the application");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and validates one framework file from outside the app (a custom pack). */
    public static FrameworkLoadResult readFile(Path path) {
        String name = path.getFileName().toString();
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                return failed(
                        name,
                        "$",
                        "is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB; a framework file is far smaller");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(name, in);
            }
        } catch (IOException e) {
            return failed(name, "$", "could not be read: " + e.getMessage());
        }
    }

    /** Reads and validates a framework held as a JSON tree (e.g. one embedded in a workbook). */
    public static FrameworkLoadResult read(String fileName, JsonNode tree) {
        try {
            return read(fileName, new ByteArrayInputStream(MAPPER.writeValueAsBytes(tree)));
        } catch (IOException e) {
            return failed(fileName, "$", "could not be read: " + e.getMessage());
        }
    }

    /** Reads and validates one framework from a stream; never throws for bad content. */
    public static FrameworkLoadResult read(String fileName, InputStream in) throws IOException {
        byte[] bytes = BoundedReader.readAtMost(in, MAX_FILE_BYTES);
        if (bytes == null) {
            return failed(
                    fileName,
                    "$",
                    "is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB; a framework file is far smaller");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return failed(fileName, "$", "the file is empty");
        }
        Framework framework;
        try {
            framework = MAPPER.readValue(bytes, Framework.class);
        } catch (JsonProcessingException e) {
            return failed(fileName, JsonErrors.path(e), JsonErrors.message(e));
        }
        if (framework == null) {
            return failed(fileName, "$", "holds null instead of a framework");
        }
        List<ValidationProblem> invalid = FrameworkValidator.validate(framework);
        if (!invalid.isEmpty()) {
            List<FrameworkLoadProblem> problems = new ArrayList<>();
            for (ValidationProblem p : invalid) {
                problems.add(new FrameworkLoadProblem(fileName, p.path(), p.message()));
            }
            return new FrameworkLoadResult(fileName, null, problems);
        }
        return new FrameworkLoadResult(fileName, framework, List.of());
    }

    private static FrameworkLoadResult failed(String file, String path, String message) {
        return new FrameworkLoadResult(file, null, List.of(new FrameworkLoadProblem(file, path, message)));
    }

    private void add(FrameworkLoadResult result) {
        if (!result.loaded()) {
            problems.addAll(result.problems());
            return;
        }
        Framework framework = result.framework();
        if (frameworks.containsKey(framework.id())) {
            problems.add(new FrameworkLoadProblem(
                    result.file(),
                    "$.id",
                    "duplicate framework id \"" + framework.id() + "\" (already loaded from another file)"));
            return;
        }
        frameworks.put(framework.id(), framework);
        versions.put(key(framework), framework);
    }

    private static String key(Framework framework) {
        return key(framework.id(), framework.version());
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    /** That exact version, current or kept for older workbooks. */
    public Optional<Framework> find(String id, String version) {
        return Optional.ofNullable(versions.get(key(id, version)));
    }

    /** True for a framework exactly as the app ships it: a workbook need not carry a copy of it. */
    public boolean isBundled(Framework framework) {
        return bundled.contains(key(framework));
    }

    /** Where a framework comes from, for the library: "bundled with the app" or "imported · <file>". */
    public String origin(Framework framework) {
        return isBundled(framework)
                ? "bundled with the app"
                : origins.getOrDefault(key(framework), "from the workbook");
    }

    /**
     * The frameworks as one workbook sees them: each assessment gets the version it was rated on when that
     * version is installed or embedded in the workbook, else the current one; a framework the app lacks
     * altogether comes from the workbook's embedded copy. Problems and origins are shared.
     */
    public FrameworkCatalog forWorkbook(Workbook workbook) {
        FrameworkCatalog view = new FrameworkCatalog();
        view.frameworks.putAll(frameworks);
        view.versions.putAll(versions);
        view.origins.putAll(origins);
        view.bundled.addAll(bundled);
        view.problems.addAll(problems);
        for (Framework embedded : workbook.getFrameworks()) {
            if (view.versions.putIfAbsent(key(embedded), embedded) == null) {
                view.origins.put(key(embedded), "from the workbook");
            }
            view.frameworks.putIfAbsent(embedded.id(), embedded);
        }
        for (Assessment assessment : workbook.getAssessments()) {
            Framework rated = view.versions.get(key(assessment.getFrameworkId(), assessment.getFrameworkVersion()));
            if (rated != null) {
                view.frameworks.put(rated.id(), rated);
            }
        }
        return view;
    }

    /** Frameworks embedded in a workbook that this catalog does not have in that version: offer to install. */
    public List<Framework> missingFrom(Workbook workbook) {
        return workbook.getFrameworks().stream()
                .filter(f -> !versions.containsKey(key(f)))
                .toList();
    }

    public List<Framework> frameworks() {
        return List.copyOf(frameworks.values());
    }

    public Optional<Framework> find(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    public List<FrameworkLoadProblem> problems() {
        return Collections.unmodifiableList(problems);
    }
}
