import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

/**
 * Package cycles in com.cxworkbook as jdeps sees them: runs {@code jdeps -verbose:package} on the compiled
 * classes, keeps the edges between the app's own packages and prints every strongly connected group of
 * more than one package. Exit 0 when there is none, 1 when there are cycles, 2 on a usage error.
 * Run through scripts/check-cycles; ArchitectureTest's noPackageCycles rule checks the same in mvn verify.
 */
public class CheckCycles {

    private static final String PREFIX = "com.cxworkbook";

    public static void main(String[] args) {
        String classes = args.length > 0 ? args[0] : "target/classes";
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElse(null);
        if (jdeps == null) {
            System.err.println("jdeps is not in this JDK");
            System.exit(2);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(
                new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none", classes);
        if (code != 0) {
            System.err.print(err);
            System.exit(2);
        }
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 3 && words[1].equals("->") && words[0].startsWith(PREFIX)) {
                edges.computeIfAbsent(words[0], k -> new TreeSet<>());
                if (words[2].startsWith(PREFIX) && !words[2].equals(words[0])) {
                    edges.get(words[0]).add(words[2]);
                    edges.computeIfAbsent(words[2], k -> new TreeSet<>());
                }
            }
        }
        if (edges.isEmpty()) {
            System.err.println("no " + PREFIX + " classes in " + classes + " (run mvn compile first)");
            System.exit(2);
        }
        List<List<String>> cycles = new Tarjan(edges).groups();
        long count = edges.values().stream().mapToLong(Set::size).sum();
        if (cycles.isEmpty()) {
            System.out.println("no package cycles: " + edges.size() + " packages, " + count + " dependencies");
            return;
        }
        for (List<String> cycle : cycles) {
            System.out.println("cycle: " + String.join(" <-> ", cycle));
            for (String from : cycle) {
                for (String to : edges.get(from)) {
                    if (cycle.contains(to)) {
                        System.out.println("    " + from + " -> " + to);
                    }
                }
            }
        }
        System.exit(1);
    }

    /** Strongly connected components with more than one package (Tarjan's algorithm). */
    private static final class Tarjan {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<List<String>> groups = new ArrayList<>();

        Tarjan(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<List<String>> groups() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return groups;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : edges.get(node)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                List<String> group = new ArrayList<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    group.add(member);
                } while (!member.equals(node));
                if (group.size() > 1) {
                    group.sort(null);
                    groups.add(group);
                }
            }
        }
    }
}
